/* extract.h -- internals of entity extraction: folding, scanners, tokens, candidates. MIT licence. */
#ifndef DOSSIER_EXTRACT_H
#define DOSSIER_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/util.h"

struct gz_entry;

/* One code point at s (n > 0 bytes): text_decode() with the signed code points of the
 * scanners and the tokenizer. Invalid bytes are one byte of U+FFFD. */
static inline size_t
ex_decode(const char *s, size_t n, int32_t *cp)
{
	uint32_t c;
	size_t k = text_decode(s, n, &c);

	*cp = (int32_t)c;
	return k;
}

/*
 * Fold s[0..len) for matching: lower case, accents stripped, letters that do not decompose
 * mapped (ø->o, ł->l, æ->ae...), typographic apostrophes and hyphens made ASCII. Invalid
 * bytes become '?'. Writes at most cap bytes (4 * len + 4 is always enough; the folded
 * form of one code point is at most 12 bytes) and returns the length written.
 */
size_t ex_fold(const char *s, size_t len, char *out, size_t cap);
/* Drop x's demonyms that name their language where they stand ("in Spanish", "speak
 * English at home", "Spanish speakers"): no mention of the place (extract_lang.c). */
void ex_drop_languages(const char *text, size_t len, struct extraction *x);

/* ASCII character classes: EXC_LOWER, EXC_UPPER, EXC_DIGIT, or 0 (anything else). */
enum { EXC_OTHER, EXC_LOWER, EXC_UPPER, EXC_DIGIT };
extern const unsigned char ex_ascii[256];

/* A span found by a pattern scanner (URL, handle, hashtag, date, money). */
struct scan_span {
	uint32_t start;		/* byte offset in the scanned text's article */
	uint32_t end;		/* exclusive */
	uint8_t type;		/* ENT_URL, ENT_HANDLE, ENT_HASHTAG, ENT_DATE or ENT_MONEY */
	char canon[20];		/* DATE only: "2026-01-21" or "January 3" */
	uint32_t date;		/* DATE only: year * 10000 + month * 100 + day (year 0: none) */
};

/* A growable array of scanner spans. */
struct scan_vec {
	struct scan_span *v;	/* owned */
	size_t n, cap;
};

/*
 * Run every pattern scanner over text[from..to) (text is the whole article, so offsets
 * stay file offsets) and append the spans, sorted and non-overlapping, to sv.
 */
void scan_text(const char *text, size_t from, size_t to, struct scan_vec *sv);
/* Could a span other than a URL start at s? (A cheap test before scan_span_at.) */
int scan_trigger(const char *s, size_t len);
/* Try the scanners (not URLs) at text[i], a word start; append the span to sv and return
 * its length, or 0. from is where the text starts (for the word-start test). */
size_t scan_span_at(const char *text, size_t from, size_t i, size_t to, struct scan_vec *sv);
/* The same for a URL starting at text[i]. */
size_t scan_url_span(const char *text, size_t from, size_t i, size_t to, struct scan_vec *sv);
/* Canonical text of a packed date: "2026-01-21", or "January 3" without a year. */
void ex_date_format(uint32_t date, char out[20]);
/* Single scanners, for tests: each returns the length matched at s (0 if none). */
size_t scan_url(const char *s, size_t len);
size_t scan_date(const char *s, size_t len, char canon[20]);
size_t scan_money(const char *s, size_t len);
/* A mail address at s: its length, or 0 (the tokenizer skips it whole). */
size_t scan_email(const char *s, size_t len);
/* An HTML tag's opening at s ('<'): "<META", "</FONT", "<br" before a blank, '>' or '/':
 * its length, or 0. The tokenizer skips it: a tag's name is no word of the text. */
size_t scan_html_tag(const char *s, size_t len);
/* Where HTML markup ends, and the text inside it: an image's caption or a link's title. */
struct markup {
	size_t text_at, text_end;	/* the text's value, [text_at, text_end); 0, 0: none */
	size_t end;			/* after the markup */
};
/* HTML markup at text[i] ('<'), no text of the article: a known tag with its attributes to
 * its '>' (the address of a link in it is appended to sv as a URL), and for a style sheet
 * or a script all to its closing tag; or a comment. The bytes to skip: to the end of the
 * markup, or to the start of its text (the caller reads that text, then goes on at
 * mk->end); only the tag's name when no '>' closes it; or 0. */
size_t scan_markup(const char *text, size_t from, size_t i, size_t to, struct scan_vec *sv,
		   struct markup *mk);
/* An HTML character reference at s ('&'): "&nbsp;", "&amp;", "&#109;", "&#x6D;": its
 * length, or 0; *space tells whether it is a blank ("&nbsp;", "&#160;", "&#32;"). */
size_t scan_char_ref(const char *s, size_t len, int *space);
/* A line of an encoded attachment at s, a line's start: base64 or uuencode. Its length to
 * its '\n' (the tokenizer skips it), or 0. */
size_t scan_encoded_line(const char *s, size_t len);
/* Japanese in ISO-2022-JP at s (ESC "$B" ... ESC "(B"): its length, or 0 (skipped). */
size_t scan_iso2022(const char *s, size_t len);
/* A stock ticker in angle brackets at s ('<'), as a wire writes it after a company's name
 * ("<IBM>", "<ASTS ST>", "<BRK.A>"): its length, or 0. The tokenizer skips it. */
size_t scan_ticker(const char *s, size_t len);
/* A ticker after a company's name at s (blanks first): "<ASTS ST>", "(NYSE: IBM)",
 * "(Nasdaq: AAPL, TSX: X)": 1, else 0. */
int ex_ticker_after(const char *s, size_t len);

/* Token flags. */
enum {
	TK_CAP = 1 << 0,	/* first letter upper case */
	TK_ALLCAP = 1 << 1,	/* two or more letters, all upper case (US, BRICS, U.S.) */
	TK_LOWER = 1 << 2,	/* first letter lower case (or uncased) */
	TK_DIGIT = 1 << 3,	/* starts with a digit */
	TK_UNTRUSTED = 1 << 4,	/* capitalisation says nothing: sentence start, headline... */
	TK_POSS = 1 << 5,	/* followed by a possessive 's */
	TK_HYPH = 1 << 6,	/* contains a hyphen between letters */
	TK_GLUED = 1 << 7,	/* glued words (HomeWorldKremlin) */
	TK_LONG = 1 << 8,	/* too long to be a word: never looked up */
	TK_LOWERLINE = 1 << 9,	/* on a line with no upper-case letter */
	TK_CAPSLINE = 1 << 10,	/* on an all-capitals line */
	TK_DOTTED = 1 << 11,	/* dotted abbreviation (U.S., D.C.) */
	TK_LOOKED = 1 << 12,	/* gz has been looked up */
	TK_NONASCII = 1 << 13,	/* has non-ASCII bytes (slow folding path) */
	TK_REFLINE = 1 << 14,	/* on a reference line ("1 Samuel 17"): a heading, no names */
	TK_HEADLINE = 1 << 15,	/* untrusted only for its Title-Case line (tokenize.c) */
};

/* What separates a token from the next one. */
enum {
	GAP_SPACE = 0,		/* blanks only: the two can be one name */
	GAP_DOT = 1,		/* "Mr. X", "J. K.": abbreviation full stop and blanks */
	GAP_COMMA = 2,		/* ", " */
	GAP_POSS = 3,		/* possessive 's */
	GAP_PUNCT = 4,		/* other punctuation, or a scanner span */
	GAP_SENT = 5,		/* end of sentence */
	GAP_LINE = 6,		/* end of line */
};

/* One word of the text. */
struct token {
	uint32_t start;		/* byte offset in the article text */
	uint32_t end;		/* exclusive; a possessive 's is not included */
	uint32_t fold;		/* offset of the folded form in the block's fold buffer */
	uint32_t hash;		/* gaz_hash of the folded form */
	uint32_t cls;		/* gazetteer classes that apply to this token (case checked) */
	uint32_t cue;		/* TC_* bits: the folded word is in a cue list (chunk_cue.c) */
	const struct gz_entry *gz;	/* gazetteer entry of the folded form, or NULL */
	uint16_t flen;		/* bytes of the folded form */
	uint16_t flags;		/* TK_* */
	uint8_t gap;		/* GAP_* to the next token */
};

/* Candidate flags. */
enum {
	CF_TITLE = 1 << 0,	/* after a title, honorific or person noun */
	CF_SPEECH = 1 << 1,	/* next to a reporting verb, an apposition or a mailbox */
	CF_WEAK = 1 << 2,	/* in an untrusted position (sentence start, headline) */
	CF_FF = 1 << 3,		/* person name whose first word is the family name */
	CF_GIVEN = 1 << 4,	/* single word that is a known given name; in a full name, a
				 * word of it is a known given or family name */
	CF_SURNAME = 1 << 5,	/* single word that is a known surname */
	CF_LOWER = 1 << 6,	/* the document also writes this word in lower case; in a
				 * name of several words, all are common English words */
	CF_LOC = 1 << 7,	/* single word after a locative ("in X", "king of X") */
};

#define CAND_UNKNOWN ENT_NTYPES	/* a lone capitalised word: resolve_corpus decides */

/*
 * What the text says between a candidate and the next one of its article (struct cand's
 * link), read once by extract_article() so that resolution never needs the text: the
 * rules of resolve_article.c use these bits and the candidates' own bytes only, and an
 * extraction kept in the index cache is resolved again without reading its file.
 */
enum {
	LK_BRACKET = 1 << 0,	/* "N (B)": the next one is bracketed right after this one */
	LK_POSS = 1 << 1,	/* "N's B": only a possessive 's between them */
	LK_SONOF = 1 << 2,	/* "N, the son of B" */
	/* Not of the text between: this one itself (a name) stands right after a title of
	 * office ("President", "Secretary of State"), or after an honorific or courtesy
	 * title ("Mr.", "Dr.", "First Lady"); set by the chunker. Whose honorific (a man's,
	 * a woman's) is struct cand's sex. */
	LK_OFFICE = 1 << 3,
	LK_COURTESY = 1 << 4,
	LK_OR = 1 << 5,		/* "N or B", B the initials of N or capitals ending the
				 * line: an acronym defined as reference works do ("National
				 * Democratic Party or NDP", "Bienestar Nacional or BIEN") */
	LK_LIST = 1 << 6,	/* "N, B", "N and B", "N, or B": a comma or a conjunction only */
	LK_COMMA = 1 << 7,	/* "N, B": a comma only (and LK_LIST) */
};

/* A mention found in one article, before resolution (kept small: every mention of the
 * corpus is held at once until resolve_corpus). */
struct cand {
	uint32_t start;		/* byte offset in article->text */
	uint32_t end;		/* exclusive */
	uint32_t date;		/* DATE: packed date (see scan_span); a name: its SEAT_* (a
				 * lone one) and its office (NAME_OFFICE); else 0 */
	int16_t canon;		/* gazetteer canonical name index, or -1 */
	uint8_t type;		/* enum ent_type, or CAND_UNKNOWN */
	uint8_t flags;		/* CF_* */
	uint8_t ntok;		/* words in a name */
	uint8_t link;		/* LK_*: the text between this one and the next */
	uint8_t sex;		/* SEX_*: right after a man's or a woman's honorific ("Mr.",
				 * "Mrs.", "Miss"; with LK_COURTESY), else 0 */
};

/* Where the seat of a lone family name is named (struct cand's date for a name): the
 * place a legislature's record tells its members of one name apart by. SEAT_NEXT: the next
 * candidate, "of" between ("Mr. SMITH of New Jersey", "Senator Smith of Oregon");
 * SEAT_PREV: the one before, the honorific bracketed between ("the gentleman from New
 * Jersey (Mr. Smith)", "the Senator from Michigan [Mr. Levin]"). */
enum { SEAT_NEXT = 1, SEAT_PREV = 2 };

/* The office a name stands after (LK_OFFICE), in struct cand's date for a name: a hash of
 * the title's words, folded, its abbreviations written out ("Sen." is "senator"), in bits
 * 8-23; 0: none. Two holders of one family name are told apart by it ("President Bush"
 * beside "Gov. Jeb Bush"), where the corpus writes their full names after their offices. */
#define NAME_SEAT(date) ((date) & 0xffu)
#define NAME_OFFICE(date) (((date) >> 8) & 0xffffu)
#define NAME_DATE(seat, office) ((uint32_t)(seat) | (uint32_t)(office) << 8)
/* A name written before a generation's mark, "Jr." ("Donald Trump Jr.", "Trump Jr."; the
 * mark itself is no part of the span): bit 24 of a name's date (rs_juniors()). */
#define NAME_JR (1u << 24)
/* A family name alone named for the government its holder heads, "the Biden
 * administration": his, as after a head's title, and no one's who holds no such office
 * (bit 25; rs_people_link()). */
#define NAME_HOLDER (1u << 25)
/* NAME_OFFICE of an office by its folded words ("president", "prime minister"). */
uint32_t ex_office_hash(const char *words);

/* SEAT_* of candidate m of text between p and n (either NULL at the article's ends), or 0
 * (extract_near.c). */
uint32_t ex_seat_bits(const char *text, const struct cand *p, const struct cand *m,
		      const struct cand *n);
/* Is name c no one's by its shape: letters spaced out, initials alone, a piece of a word
 * broken by a soft line break or an ampersand, a product or its model code, a stock
 * index ("the S&P 500")? (extract_shape.c) */
bool ex_no_name_shape(const char *text, size_t len, const struct cand *c);
/* Is name c a season alone after a word of time ("this Summer"): no one? */
bool ex_season_alone(const char *text, const struct cand *c);
/* Is name c a question word labelling its line ("WHO:")? */
bool ex_line_label(const char *text, const struct cand *c);
/* Is organisation c a rank and a head alone ("Former Bank") or a press event? */
bool ex_no_body(const char *text, const struct cand *c);
/* A name of capitalised common words only with a speaker's verb after it, right after a
 * place's or a capitalised word of its line, is a firm's name with that word ("Corning
 * Glass Works said", "U.S. Lines said", "IC Gas said": not people "Glass Works", "Lines",
 * "Gas"): x's candidates made so (extract_near.c). */
void ex_firm_tails(const char *text, size_t len, struct extraction *x);
/* Is name c a person's of six capitalised words or more: a line of another language? */
bool ex_too_long_name(const char *text, const struct cand *c);
/* Take into the unlisted organisations of x a word a slash glues before them
 * ("Classification/Declassification Center"). */
void ex_slash_lead(const char *text, struct extraction *x);
/* Part a name of four words or more that is two names side by side, each written alone in
 * the article ("By Geoffrey Dabelko Wangari Maathai with good reason to smile": a byline,
 * then a caption, where a page's text ran together). */
void ex_split_pairs(const char *text, struct extraction *x);
/* A function word of a long line (ex_foreign_line()): where, its length, its language,
 * and the line's count of each language's words before it. */
struct ex_fw_word {
	uint32_t at;
	uint8_t len;
	int8_t lang;
	int32_t es, en;
};
/* What ex_foreign_line() keeps from one candidate to the next of an article: the line
 * counted last ([s, e), whole: all of it) and its answer; the function words of the last
 * line too long to count whole ([ls, le): over 2000 bytes each side of a name), whose
 * windows are then counted from them. Zeroed to start; ex_line_memo_free() at the end. */
struct ex_line_memo {
	size_t s, e;
	bool whole;
	bool foreign;
	size_t ls, le;
	struct ex_fw_word *w;
	size_t nw, wcap;
};
/* Is person c, with no cue of its own, on a line of Spanish, French or Portuguese?
 * (memo, or NULL: the line last counted, for candidates in text order) */
bool ex_foreign_line(const char *text, size_t len, const struct cand *c,
		     struct ex_line_memo *memo);
void ex_line_memo_free(struct ex_line_memo *memo);

/* The honorific before a name (struct cand's sex): a man's ("Mr.", or a peer's "Lord", a
 * knight's "Sir": SEX_LORD, SEX_SIR), or which of a woman's. */
enum { SEX_MR = 'm', SEX_MRS = 'f', SEX_MS = 's', SEX_MISS = 'g', SEX_LADY = 'l',
       SEX_LORD = 'p', SEX_SIR = 'k' };

/* Is byte ch an ASCII letter (the words around a name that extract.c and extract_near.c
 * read in its text)? */
static inline int
ex_ascii_letter(char ch)
{
	return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
}

/* The sex of honorific h (SEX_*): 'm', 'f', or 0 for none. */
static inline int
sex_of_honorific(int h)
{
	return h == SEX_MR || h == SEX_LORD || h == SEX_SIR ? 'm' :
	       h == SEX_MRS || h == SEX_MS || h == SEX_MISS || h == SEX_LADY ? 'f' : 0;
}

/* Honorific h with a man's of every rank as "Mr." (SEX_MR): the rank matters only to a
 * lone family name's full name across articles (resolve_link.c). */
static inline int
honorific_plain(int h)
{
	return h == SEX_LORD || h == SEX_SIR ? SEX_MR : h;
}

/* The result of extract_article(), or of extraction_decode(). */
struct extraction {
	struct cand *c;		/* owned; sorted by start, non-overlapping, start < end */
	size_t n, cap;
	/* Decoded from the cache (or kept, extraction_keep_raw()): the candidates' bytes
	 * (c[0]'s, then c[1]'s...), which resolution reads instead of the article's text.
	 * NULL: read them in the text. */
	char *raw;		/* owned */
};

/*
 * An extraction as bytes, kept in the index cache by content hash (extraction depends on
 * the text alone): the candidates and their bytes, read from a's text. Owned by the
 * caller; *len gets its size.
 */
unsigned char *extraction_encode(const struct extraction *x, const struct article *a,
				 size_t *len);
/* The extraction back from those bytes, checked against an article of len bytes (a
 * damaged cache gives NULL, never an offset past the text). */
struct extraction *extraction_decode(const unsigned char *data, size_t n, size_t len);
/* x->raw filled from the text (len bytes) it was extracted from, so that resolution
 * does not read the text (a build that lets the texts go, text_holds_new()). */
void extraction_keep_raw(struct extraction *x, const char *text, size_t len);

/* Working state of one article's tokeniser and chunker (see tokenize.c, chunk.c). */
struct ex_block {
	const char *text;	/* the article text */
	struct token *t;	/* owned; tokens of the block */
	size_t n, cap;
	char *fb;		/* owned; fold buffer */
	size_t fblen, fbcap;
	uint32_t *ev;		/* owned; document evidence: hash's upper bits | EV_* bits */
	size_t evcap;		/* power of two */
	int caps_family;	/* 0 not looked; 1 no, 2 yes: a given name before a family name in
				 * capitals ("Milton OBOTE", chunk_annal.c) */
	int sport;		/* 0 not looked; 1 no, 2 yes: a sports report (chunk_sport.c) */
	uint32_t cues;		/* the TC_* bits of all its tokens (a rule whose words the
				 * block lacks is not asked) */
};

/* EV_CAP: capitalised mid-sentence; EV_LOWER: written in lower case; EV_LONE: capitalised
 * mid-sentence with no capitalised word beside it (a name of one word there). */
enum { EV_CAP = 1, EV_LOWER = 2, EV_LONE = 4 };

/* Tokenise text[from..to) and run the pattern scanners on the way: their spans are appended
 * to sv (when not NULL) and are not tokens. Resets b's tokens. */
void ex_tokenize(struct ex_block *b, const char *text, size_t from, size_t to,
		 struct scan_vec *sv);
/* The words the chunker's rules ask of the words around a name, as bits by a token's hash
 * (chunk_cue.c): one probe when a word is read, then a rule asks a bit before its strings.
 * The table is made once, by ex_cue_init(), which ex_tokenize() calls; a word found by
 * its hash is compared, so that a bit is exact. */
extern unsigned char ex_cue_filter[4096];	/* by a hash's low 12 bits: a cue word may
						 * have them */
void ex_cue_init(void);
uint32_t ex_cue_verify(uint32_t hash, const char *fold, size_t flen);
/* May the word of this hash be a cue word? (Most words: no cue word's hash has their low
 * bits; the others are asked of ex_cue_verify().) */
static inline int
ex_cue_may(uint32_t hash)
{
	return ex_cue_filter[hash & 4095];
}
/* Look token t up in the gazetteer, once (its gz). */
void ex_lookup(struct ex_block *b, struct token *t);
/* Token t, the block's last, read up to j with a possessive "'s" after it: when that
 * ends a listed name, the token takes it in (its end, fold and hash) and 1 is returned
 * (tokenize_poss.c). prevgap: the gap before t. */
int ex_poss_name(struct ex_block *b, struct token *t, const char *text, size_t j, int prevgap);
/* Drop the words of a nickname in quotes inside a name from b's tokens (tokenize_nick.c). */
void ex_drop_nicknames(struct ex_block *b);
/* Mark a signature in capitals that ends the prose line starting at token first
 * (tokenize_caps.c). */
void ex_caps_tail(struct ex_block *b, size_t first);
/* Do token a, last on its line, and token z, first on the next, make a listed name
 * (tokenize_caps.c)? */
int ex_name_across(const struct ex_block *b, size_t a, size_t z);
/* Is token i a speech verb in lower case ("said", "told") (tokenize_caps.c)? */
int ex_speech_word(const struct ex_block *b, size_t i);
/* Is token i a function word or a name's connector in lower case ("of", "and")? */
int ex_func_word(const struct ex_block *b, size_t i);
/* Mark a byline's name in capitals on the line from token first ("By JOHN MARKOFF"):
 * is the line one (tokenize_caps.c)? */
int ex_byline_caps(struct ex_block *b, size_t first);
/* Line shapes of the tokeniser (tokenize_caps.c): is the line of tokens [f, n) a
 * reference or chapter heading ("1 Samuel 17")? is the line from token f prose whatever its
 * capitals (a copyright line, a sentence wrapped from the line before)? does the line of
 * tokens [f, e) end in a word only running text ends a line with ("of", "said")? */
int ex_reference_line(const struct ex_block *b, size_t f, size_t n);
int ex_prose_line(const struct ex_block *b, size_t f);
/* Is token i "Will" inside a sentence before a capitalised word, a given name ("singer Will
 * Young"), not the verb? (tokenize_caps.c) */
int ex_will_given(struct ex_block *b, size_t i);
/* Is the line of tokens [f, e) a name and its acronym after "or" ("New Patriotic Party or
 * NPP"), an item of a list, no headline (tokenize_caps.c)? */
int ex_acronym_line(const struct ex_block *b, size_t f, size_t e);
/* ... or a person's name with an initial and a comma, then a post ("Dr. Alona E. Evans,
 * Professor of Political Science"), an entry of a list of people (tokenize_caps.c)? */
int ex_person_entry(const struct ex_block *b, size_t f, size_t e);
int ex_runs_on(const struct ex_block *b, size_t f, size_t e);
/* Is s[0, len) the lower-case second word of a name's compound ("-based")? */
int ex_compound_suffix(const char *s, size_t len);
/* The first token of the title of a book's labelled heading ("CHAPTER 61. Stubb Kills a
 * Whale.") on the line of tokens from first to the last; first if the line is none. */
size_t ex_heading_title(const struct ex_block *b, size_t first);
/* Fill the block's evidence table from its tokens (evidence.c). */
void ex_build_evidence(struct ex_block *b);
/* Document evidence bits (EV_*) for a folded-word hash. */
unsigned ex_evidence(const struct ex_block *b, uint32_t hash);
/* Chunk and classify the block's tokens, appending candidates to x. */
void ex_chunk(struct ex_block *b, struct extraction *x);
/* A US state's abbreviation after its town and a comma ("Eau Claire, Wis."): the state,
 * and the town a place, among the candidates of x from c0 on (chunk_state.c). */
void ex_states(const struct ex_block *b, struct extraction *x, size_t c0);
/* The canonical place of the US state whose postal code is token i of an address
 * ("Boise, ID 83702"), else -1 (chunk_state.c). */
int ck_state_code(const struct ex_block *b, size_t i);
/* A dateline's town in capitals, first on its line before a comma and a place
 * ("MADISON, Wis. (AP)", "AUSTIN, Texas —"), that the chunker made nothing of: a place
 * (a given name in capitals alone is no one's) (chunk_state.c). */
void ex_datelines(const struct ex_block *b, struct extraction *x, size_t c0);
/* Is the folded word w[0..n) a company's legal form: 1 for one written after a comma too
 * ("Red Hat, Inc.": inc, ltd, gmbh...), 2 for one that ends a name without a comma only
 * ("Holdings AG", "3M Co"), else 0 (chunk_parts.c). */
int ex_legal_form(const char *w, size_t n);
/* Is w[0, n) a word of the products named after their maker ("Explorer", "Excel"), in any
 * case? (chunk_names.c) */
int ex_product_word(const char *w, size_t n);
void ex_block_free(struct ex_block *b);
/* A backslash escape at s: YAML's "\_", JSON's "\u201C", "\n", Markdown's "\*" (the sign
 * after it read next). Returns its bytes (0 for none); *space is set when it stands for a
 * blank (extract_front.c). */
size_t scan_escape(const char *s, size_t len, int *space);
/* Drop x's mentions in a Markdown article's front matter but for its title's, author's
 * and summary's, and names cut by an escaped letter (extract_front.c). */
void ex_drop_front_matter(const char *text, size_t from, size_t len, struct extraction *x);
/* Drop x's mentions in the mail header blocks of text[from, len) (extract_mail.c). */
void ex_drop_mail_headers(const char *text, size_t from, size_t len, struct extraction *x);

/* Append a candidate. */
struct cand *ex_add(struct extraction *x, uint32_t start, uint32_t end, int type);

#endif
