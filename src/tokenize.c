/* tokenize.c -- tokeniser, sentence and headline marks, a line's lookups and classes. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "tokenize_masks.h"	/* (fast_word_masks(): little-endian only) */

#define MAX_WORD 64		/* longer "words" are never looked up */
#define MAX_LINE_HEADLINE 24	/* longer lines are never Title-Case headlines */
#define MIN_PROSE_LINE 60	/* bytes: a line this long that runs on is wrapped prose */

#define IS_DIGIT(c) ((unsigned)((c) - '0') < 10u)
#define IS_UPPER(c) ((unsigned)((c) - 'A') < 26u)
#define IS_LOWER(c) ((unsigned)((c) - 'a') < 26u)
#define IS_ALNUM(c) (IS_UPPER(c) || IS_LOWER(c) || IS_DIGIT(c))

const unsigned char ex_ascii[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
	0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	/* 128-255: not ASCII */
};

/* Character kinds of the tokeniser. */
enum { CK_OTHER, CK_UPPER, CK_LOWER, CK_DIGIT, CK_MARK, CK_SPACE, CK_APOS, CK_HYPHEN,
       CK_OPENQ, CK_CLOSEQ, CK_ELLIPSIS };

/* Kind of a non-ASCII code point. */
static int
cp_kind(int32_t cp)
{
	switch (cp) {
	case 0x2019: case 0x02BC: return CK_APOS;
	case 0x2010: case 0x2011: return CK_HYPHEN;
	case 0x201C: case 0x2018: case 0x00AB: case 0x201E: return CK_OPENQ;
	case 0x201D: case 0x00BB: return CK_CLOSEQ;
	case 0x2026: return CK_ELLIPSIS;
	}
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return CK_UPPER;
	case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
		return CK_LOWER;
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
		return CK_MARK;
	case UTF8PROC_CATEGORY_ND: return CK_DIGIT;
	case UTF8PROC_CATEGORY_ZS: return CK_SPACE;
	default: return CK_OTHER;
	}
}

/* Kind of the non-ASCII character at s (see char_kind()). */
static int __attribute__((noinline))
char_kind_cp(const char *s, size_t len, size_t *n, int32_t *cpo)
{
	int32_t cp;

	*n = ex_decode(s, len, &cp);
	*cpo = cp;
	return cp_kind(cp);
}

/* Kind of the character at s; *n gets its length in bytes. */
static inline int
char_kind(const char *s, size_t len, size_t *n, int32_t *cpo)
{
	unsigned char c = (unsigned char)s[0];

	if (c >= 0x80)
		return char_kind_cp(s, len, n, cpo);
	*n = 1;
	*cpo = c;
	if (IS_UPPER(c)) return CK_UPPER;
	if (IS_LOWER(c)) return CK_LOWER;
	if (IS_DIGIT(c)) return CK_DIGIT;
	if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return CK_SPACE;
	if (c == '\'') return CK_APOS;
	if (c == '-') return CK_HYPHEN;
	return CK_OTHER;
}

/* The string written into the fold buffer between two tokens (multi-word keys), by GAP_*,
 * and its length: a blank, ". ", ", ", "'s ", else \x01 (no name goes on over it). */
static const char gap_str[7][4] = { " ", ". ", ", ", "'s ", "\x01", "\x01", "\x01" };
static const unsigned char gap_len[7] = { 1, 2, 2, 3, 1, 1, 1 };

/* Tokeniser state carried across characters. */
struct tk_state {
	int gap;		/* strongest separator seen since the last token */
	int untrusted;		/* the next token starts a sentence or quotation */
	int spaces;		/* blanks seen since the last token */
	size_t line_first;	/* first token of the current line */
	size_t last_end;	/* end of the last token */
	int line_dot;		/* the line's last visible character is a full stop */
	int line_prose;		/* a mail address or semicolon: prose or mailbox, no headline */
	size_t head_first, head_end;	/* the line before, if a Title-Case headline */
	size_t at_lo, at_pos;	/* the next '@' (to: none) and 64 bytes before it, if at_known */
	bool at_known;
};

/* A mail address may start at text[i] 64 bytes or less before an '@' (found once; the
 * text is read forwards, so from at_lo up to at_pos the answer is yes, before no). */
static inline bool
email_may_start(struct tk_state *st, const char *text, size_t i, size_t to)
{
	const char *p;

	if (i <= st->at_pos && st->at_known)
		return i >= st->at_lo;
	p = memchr(text + i, '@', to - i);
	st->at_known = true;
	st->at_pos = p ? (size_t)(p - text) : to;
	st->at_lo = !p ? SIZE_MAX : st->at_pos > 64 ? st->at_pos - 64 : 0;
	return i >= st->at_lo;
}

/* Set the case flags of a word from its letter counts. */
static inline void
case_flags(struct token *t, int first, int up, int low, int trans)
{
	if (up >= 2 && low == 0)
		t->flags |= TK_ALLCAP;
	if (first == CK_UPPER)
		t->flags |= TK_CAP;
	else if (first == CK_DIGIT)
		t->flags |= TK_DIGIT;
	else
		t->flags |= TK_LOWER;
	if (trans >= 2 && !(t->flags & TK_ALLCAP) && !(t->flags & TK_HYPH))
		t->flags |= TK_GLUED;
}

/* Do capitals after the ampersand at text[i] end a word, no small letter or hyphen on? */
static int
amp_word(const char *text, size_t i, size_t to)
{
	size_t e = i + 1;

	while (e < to && IS_UPPER(text[e]))
		e++;
	return e > i + 1 && (e == to || (!IS_LOWER(text[e]) && text[e] != '-' && text[e] != '&'));
}

/* Read one word at text[i]; fills t and returns the index after it (possessive skipped). */
static size_t
read_word(const char *text, size_t i, size_t to, struct token *t, int *poss)
{
	int up = 0, low = 0, trans = 0, prevlow = 0, first = -1, k;
	size_t n, st = i;
	int32_t cp;

	*poss = 0;
	while (i < to) {
		if ((unsigned char)text[i] >= 0x80)
			t->flags |= TK_NONASCII;
		k = char_kind(text + i, to - i, &n, &cp);
		if (k == CK_UPPER || k == CK_LOWER || k == CK_DIGIT || k == CK_MARK) {
			if (first < 0)
				first = k;
			if (k == CK_UPPER) {
				up++;
				trans += prevlow;
			}
			low += k == CK_LOWER;
			prevlow = k == CK_LOWER;
			i += n;
			continue;
		}
		/* an ampersand between capitals in a word of capitals: "AT&T", "S&P" (not
		 * "I&I-drop") */
		if (cp == '&' && low == 0 && i > st && IS_UPPER(text[i - 1]) && amp_word(text, i, to)) {
			i++;
			continue;
		}
		if (i + n < to && (k == CK_APOS || k == CK_HYPHEN || cp == '.' || cp == ',')) {
			size_t n2;
			int32_t cp2;
			int k2 = char_kind(text + i + n, to - i - n, &n2, &cp2);
			int next_letter = k2 == CK_UPPER || k2 == CK_LOWER;

			if (k == CK_APOS && (cp2 == 's' || cp2 == 'S') &&
			    (i + n + 1 >= to || !IS_ALNUM(text[i + n + 1]))) {
				*poss = (int)(n + 1);
				break;
			}
			if (k == CK_APOS && next_letter) {
				i += n;
				continue;
			}
			/* "New York-based": the name ends at the hyphen (tokenize_hyph.c) */
			if (k == CK_HYPHEN && up > 0 && k2 == CK_LOWER &&
			    ex_compound_suffix(text + i + n, to - i - n))
				break;
			if (k == CK_HYPHEN && (next_letter || k2 == CK_DIGIT)) {
				t->flags |= TK_HYPH;
				prevlow = 0;
				i += n;
				continue;
			}
			/* Dotted abbreviation: U.S., D.C., e.g. */
			if (cp == '.' && next_letter && i + n + n2 < to && text[i + n + n2] == '.' &&
			    (i - st == 1 || (t->flags & TK_DOTTED))) {
				t->flags |= TK_DOTTED;
				up += k2 == CK_UPPER;
				low += k2 == CK_LOWER;
				i += n + n2;
				if (i + 1 >= to || text[i + 1] == ' ' || text[i + 1] == '\n' ||
				    !IS_ALNUM(text[i + 1]))
					i++;	/* the final full stop */
				continue;
			}
			/* 3.5, 1,000 */
			if ((cp == '.' || cp == ',') && first == CK_DIGIT && k2 == CK_DIGIT) {
				i += n;
				continue;
			}
		}
		if (k == CK_APOS && i > st && (text[i - 1] == 's' || text[i - 1] == 'S') &&
		    (i + n >= to || !IS_ALNUM(text[i + n])))
			*poss = (int)n;	/* plural possessive: Ukrainians' */
		break;
	}
	case_flags(t, first, up, low, trans);
	t->start = (uint32_t)st;
	t->end = (uint32_t)i;
	if (i - st > MAX_WORD)
		t->flags |= TK_LONG;
	return i + (size_t)*poss;
}


/*
 * The common case in one pass: a plain ASCII word ended by a blank or simple punctuation,
 * folded and hashed into o as it is read. Returns the index after it, or 0 when the word
 * needs the general reader (apostrophes, hyphens, dots, non-ASCII, very long words).
 */
static size_t
fast_word(const char *text, size_t i, size_t to, struct token *t, char *restrict o)
{
	const unsigned char *restrict p = (const unsigned char *)text + i;
	size_t n = to - i > MAX_WORD ? MAX_WORD : to - i, j = 0;
	unsigned up = 0, digits = 0, low = 0, trans = 0, c = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (to - i >= 17)
		j = fast_word_masks(p, t, o, &up, &digits, &low, &trans);
#endif
	if (j == 0) {
		for (j = 0; j < n; j++) {
			c = p[j];
			if (c - 'a' >= 26u) {
				if (c - 'A' < 26u) {
					up++;
					/* "aB" */
					trans += j > 0 && (unsigned)(p[j - 1] - 'a') < 26u;
					c += 32;
				} else if (c - '0' < 10u) {
					digits++;
				} else
					break;
			}
			o[j] = (char)c;
		}
		if (j >= MAX_WORD)
			return 0;
		t->hash = gaz_hash(o, j);
		low = (unsigned)(j - up - digits);	/* (lower case: the rest, uncounted) */
	}
	if ((j < n || i + j < to) && (c = p[j]) != ' ') {	/* a blank: the usual end */
		if (c >= 0x80 || c == '\'' || c == '-' || c == '&')
			return 0;
		if ((c == '.' || c == ',') && i + j + 1 < to && ex_ascii[p[j + 1]])
			return 0;
	}
	c = ex_ascii[p[0]];
	if ((up | digits) == 0)
		t->flags = TK_LOWER;	/* the usual word: what case_flags() says of it */
	else
		case_flags(t, c == EXC_UPPER ? CK_UPPER : c == EXC_DIGIT ? CK_DIGIT : CK_LOWER,
			   (int)up, (int)low, (int)trans);
	t->start = (uint32_t)i;
	t->end = (uint32_t)(i + j);
	t->flen = (uint16_t)j;
	return i + j;
}

/* Write the gap string of the previous token into the fold buffer, with room for a word. */
static void
fold_gap(struct ex_block *b, int prevgap)
{
	if (b->fblen + 4 + 6 * MAX_WORD + 16 > b->fbcap)
		xgrow((void **)&b->fb, &b->fbcap, b->fblen + 4 + 6 * MAX_WORD + 16, 1);
	if (b->n > 1) {
		memcpy(b->fb + b->fblen, gap_str[prevgap], 4);	/* the room is there */
		b->fblen += gap_len[prevgap];
	}
}

/* Append a token's folded form (the gap string is already written). */
static void
fold_token(struct ex_block *b, struct token *t, const char *text)
{
	size_t len = t->end - t->start, need = 6 * len + 8;

	if (b->fblen + need > b->fbcap)
		xgrow((void **)&b->fb, &b->fbcap, b->fblen + need, 1);
	t->fold = (uint32_t)b->fblen;
	if (t->flags & TK_LONG) {
		t->flen = 0;
		t->hash = 0;
		return;
	}
	/* ASCII (a word flagged for the curly apostrophe after it too, "Trump’s"): lower-case
	 * in one pass, else ex_fold() from the start; then gaz_hash(). */
	{
		const unsigned char *p = (const unsigned char *)text + t->start;
		char *o = b->fb + b->fblen;
		size_t j;

		for (j = 0; j < len && p[j] < 0x80; j++) {
			unsigned char c = p[j];

			o[j] = (char)(IS_UPPER(c) ? c + 32 : c);
		}
		t->flen = (uint16_t)len;
		if (j < len)
			t->flen = (uint16_t)ex_fold(text + t->start, len, o, need);
		t->hash = gaz_hash(o, t->flen);
	}
	b->fblen += t->flen;
}

/* Look the token up in the gazetteer (once). A title after "Ex-" is the title:
 * "Ex-President Taft", "Ex-Senator Edmunds" kept it in the name (speeches). */
void
ex_lookup(struct ex_block *b, struct token *t)
{
	const char *f = b->fb + t->fold;
	const struct gz_entry *g;

	if (t->flags & TK_LOOKED)
		return;
	t->flags |= TK_LOOKED;
	t->gz = t->flen ? gaz_lookup(f, t->flen, t->hash) : NULL;
	if (!t->gz && (t->flags & TK_HYPH) && t->flen > 4 && f[0] == 'e' && f[1] == 'x' &&
	    f[2] == '-' && (g = gaz_lookup(f + 3, t->flen - 3u, gaz_hash(f + 3, t->flen - 3u))) &&
	    (g->word & GZ_TITLE))
		t->gz = g;
}

/* Classes of a token once its line is known. */
static uint32_t
token_classes(const struct token *t)
{
	/* gaz_classes() inline: acronyms count for a word in capitals off a capitals line,
	 * where a person's noun or a people is none ("Commission (AZTEC)") */
	uint32_t c = !t->gz ? 0 : (t->flags & (TK_ALLCAP | TK_CAPSLINE)) == TK_ALLCAP ?
				  (t->gz->word & ~GZ_PERSON_NOUN) | t->gz->acr : t->gz->word;

	if (t->flags & (TK_LOWER | TK_DIGIT)) {
		uint32_t keep = GZ_NAME | GZ_LOWER_OK;

		if (!((t->flags & TK_LOWERLINE) && (c & GZ_LOWER_OK)))
			keep = 0;
		c &= ~(GZ_NAME | GZ_PERSONISH | GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC |
		       GZ_ORG_HEAD | GZ_PLACE_HEAD | GZ_EVENT_HEAD | GZ_MONTH | GZ_WEEKDAY) | keep;
	}
	return c;
}

/* Does the capitalised token t carry a letter with a diacritic (a lead byte from U+00C0
 * up, leaving out U+2000-U+2FFF punctuation such as the curly apostrophe of "I’ve")?
 * Then it is no English function word: "Tô" of "Tô Lâm" is not "to". */
static int
accented(const char *text, const struct token *t)
{
	uint32_t i;

	for (i = t->start; i < t->end; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c >= 0xc3 && c != 0xe2 && c < 0xf0)
			return 1;
	}
	return 0;
}

/* Look up the tokens of a line that need their classes (capitalised words, and lower-case
 * words near them: connectors, cues, locatives; the rest of the text never does), and set
 * every token's classes. A word is near a capitalised one two before it to three after:
 * before near_end, three past the last capitalised word up to two ahead. On a line that may be a headline
 * (all), counts its content words (not numbers, no function words) and those of them
 * capitalised. */
static void
line_classes(struct ex_block *b, size_t first, int all, size_t *content, size_t *capcontent)
{
	struct token *tk = b->t;
	const size_t n = b->n;
	size_t i, near_end = 0, con = 0, capcon = 0;	/* near: before near_end */

	for (i = first; i < n && i < first + 2; i++)
		if (tk[i].flags & TK_CAP)
			near_end = i + 4;
	for (i = first; i < n; i++) {
		struct token *t = &tk[i];

		if (i + 2 < n && (tk[i + 2].flags & TK_CAP))
			near_end = i + 6;
		if (i < near_end || all || (t->flags & (TK_HYPH | TK_LOWERLINE)))
			ex_lookup(b, t);
		t->cls = t->gz ? token_classes(t) : 0;
		/* "MS. National Archives, Record Group 59": a manuscript's "MS." before a word
		 * in mixed case, not "Ms." */
		if ((t->cls & GZ_HONORIFIC) && (t->flags & TK_ALLCAP) && t->flen == 2 &&
		    i + 1 < n && (tk[i + 1].flags & (TK_CAP | TK_ALLCAP)) == TK_CAP &&
		    memcmp(b->fb + t->fold, "ms", 2) == 0)
			t->cls &= ~(uint32_t)GZ_HONORIFIC;
		if ((t->flags & (TK_NONASCII | TK_CAP)) == (TK_NONASCII | TK_CAP) &&
		    (t->cls & (GZ_FUNC | GZ_STOP)) && accented(b->text, t))
			t->cls &= ~(uint32_t)(GZ_FUNC | GZ_STOP);
		if (ex_will_given(b, i))
			t->cls = (t->cls & ~(uint32_t)(GZ_FUNC | GZ_STOP)) | GZ_FIRST;
		if (all && !(t->flags & TK_DIGIT) && !(t->cls & GZ_FUNC)) {
			con++;
			capcon += (t->flags & TK_CAP) != 0;
		}
	}
	*content = con;
	*capcontent = capcon;
}

/* Does the line before, long, go on with a name's last word and a sentence in lower case
 * ("...from the Committee on Banking, Housing, and Urban\nAffairs, reported the"), not
 * with a function word ("...with a New\nCategory of High-Density ATA Drives")? */
static int
wrapped_name(const struct ex_block *b, const struct tk_state *st)
{
	const struct token *t = &b->t[st->line_first];

	return st->line_first + 1 < b->n && (t->flags & TK_CAP) && (t[1].flags & TK_LOWER) &&
	       (t->gap == GAP_COMMA || (t->gap == GAP_SPACE && !ex_func_word(b, st->line_first + 1))) &&
	       !(t[1].flags & TK_LOWERLINE) &&
	       b->t[st->head_end - 1].end - b->t[st->head_first].start >= MIN_PROSE_LINE;
}

/* The line before, taken for a Title-Case headline, was long prose full of names when its
 * sentence goes on in lower case on this line ("...and that Leon Trotsky and Sofia
 * Coppola\nmet Victoria Beckham"; not a byline's "by"), or a short line whose last word
 * was in lower case already ("<Multi-Step Products Inc>, earlier\nreporting a loss": a
 * paragraph wrapped early), or a line whose last word begins a name this line ends
 * ("...Inc's United\nStates Lines Inc said": ex_name_across()): its words are trusted
 * again. */
static void
headline_goes_on(struct ex_block *b, struct tk_state *st)
{
	const struct token *t = &b->t[st->line_first];
	size_t i;

	if (st->head_end == st->line_first && st->head_end > st->head_first &&
	    st->line_first < b->n && ex_name_across(b, st->head_end - 1, st->line_first)) {
		for (i = st->head_first; i < st->head_end; i++)
			if (b->t[i].flags & TK_HEADLINE)
				b->t[i].flags &= (uint16_t)~(TK_HEADLINE | TK_UNTRUSTED);
		return;
	}
	/* (a short line of names that the next one's speech verb goes on from is the
	 * sentence's subject: "<Hayes Microcomputer Products Inc>\nsaid it has
	 * introduced") */
	if (st->head_end != st->line_first || st->head_end <= st->head_first ||
	    st->line_first >= b->n || !(t->flags & TK_LOWER || wrapped_name(b, st)) ||
	    (t->flen == 2 && memcmp(b->fb + t->fold, "by", 2) == 0) ||
	    (b->t[st->head_end - 1].end - b->t[st->head_first].start < MIN_PROSE_LINE &&
	     !(b->t[st->head_end - 1].flags & TK_LOWER) && !ex_speech_word(b, st->line_first)))
		return;
	for (i = st->head_first; i < st->head_end; i++)
		if (b->t[i].flags & TK_HEADLINE)
			b->t[i].flags &= (uint16_t)~(TK_HEADLINE | TK_UNTRUSTED);
}

/* Mark the tokens of a finished line: all-capitals, all-lower-case, Title-Case headline. */
static void
finish_line(struct ex_block *b, struct tk_state *st)
{
	size_t i, words = 0, caps = 0, lower = 0, content = 0, capcontent = 0, capword = 0;
	size_t sentences = 0;
	uint16_t mark = 0;
	int all;

	headline_goes_on(b, st);
	st->head_first = st->head_end = 0;

	/* The counts stop once they can decide nothing more: a word not in capitals and one
	 * not in lower case were seen (no mark), and the line is no headline either. */
	for (i = st->line_first; i < b->n; i++) {
		struct token *t = &b->t[i];

		if (i + 1 < b->n && t->gap == GAP_SENT)
			sentences++;	/* a headline is one phrase, not several sentences */
		if (t->flags & TK_DIGIT)
			continue;
		words++;
		caps += (t->flags & TK_ALLCAP) || ((t->flags & TK_CAP) && t->end - t->start == 1);
		capword += (t->flags & TK_CAP) != 0;
		lower += (t->flags & TK_LOWER) != 0;
		if (caps != words && lower != words &&
		    (sentences || words > MAX_LINE_HEADLINE || st->line_dot || st->line_prose))
			break;
	}
	if (ex_reference_line(b, st->line_first, b->n))
		mark = TK_REFLINE | TK_UNTRUSTED;
	else if (words >= 2 && caps == words)
		mark = TK_CAPSLINE | TK_UNTRUSTED;
	else if (words >= 1 && lower == words)
		mark = TK_LOWERLINE;
	if (!mark && b->n > st->line_first && ex_byline_caps(b, st->line_first))
		st->line_prose = 1;	/* "By JOHN MARKOFF": a byline, no headline */
	/* Lines that might be headlines need every word's classes. */
	all = !mark && !st->line_dot && !st->line_prose && !sentences &&
	      words <= MAX_LINE_HEADLINE && capword >= 2 && !ex_prose_line(b, st->line_first) &&
	      !ex_acronym_line(b, st->line_first, b->n) && !ex_person_entry(b, st->line_first, b->n) &&
	      !(st->line_first > 0 && ex_runs_on(b, st->line_first, b->n));
	/* (a book's heading, "CHAPTER 39. First Night Watch. Fore-Top.": stops and all) */
	all |= !mark && !st->line_prose && b->n - st->line_first <= MAX_LINE_HEADLINE &&
	       ex_heading_title(b, st->line_first) > st->line_first;
	for (i = st->line_first; mark && i < b->n; i++)
		b->t[i].flags |= mark;
	ex_caps_tail(b, st->line_first);
	line_classes(b, st->line_first, all, &content, &capcontent);
	if (all && content >= 2 && capcontent * 4 >= content * 3) {
		for (i = st->line_first; i < b->n; i++)
			b->t[i].flags |= (b->t[i].flags & TK_UNTRUSTED) ? 0 : TK_UNTRUSTED | TK_HEADLINE;
		st->head_first = st->line_first;
		st->head_end = b->n;
	}
	st->line_first = b->n;
	st->line_dot = st->line_prose = 0;
}

/* A '.' right after token t: an abbreviation or initial, not the end of a sentence. */
static int
abbrev_dot(struct ex_block *b, struct token *t)
{
	if (t->end - t->start == 1 && (t->flags & TK_CAP))
		return 1;
	ex_lookup(b, t);
	return t->gz && ((t->gz->word | t->gz->acr) & (GZ_ABBREV | GZ_HONORIFIC));
}

/* Account for one separator character c (kind k) at text[i]. */
static void
separator(struct ex_block *b, struct tk_state *st, const char *text, size_t i, size_t to,
	  int k, int32_t cp)
{
	int attached = b->n > 0 && st->last_end == i;

	if (k == CK_SPACE) {
		st->spaces++;
		return;
	}
	st->line_dot = cp == '.';
	st->line_prose |= cp == ';';
	if (cp == '.' && attached && abbrev_dot(b, &b->t[b->n - 1]) && i + 1 < to &&
	    text[i + 1] == ' ') {
		if (st->gap < GAP_DOT)
			st->gap = GAP_DOT;
		return;
	}
	if (cp == '.' || cp == '!' || cp == '?' || k == CK_ELLIPSIS) {
		st->gap = GAP_SENT;
		st->untrusted = 1;
		return;
	}
	if (cp == ',' && attached && i + 1 < to && text[i + 1] == ' ' && st->gap < GAP_COMMA) {
		st->gap = GAP_COMMA;
		return;
	}
	/* A field's name that opens its line ("title: ...", "subject: ..." of a Markdown
	 * file's front matter): its value is a line of its own, a headline or not. */
	if (cp == ':' && attached && b->n == st->line_first + 1 &&
	    (b->t[b->n - 1].flags & TK_LOWER) && (b->t[b->n - 1].start == 0 ||
						   text[b->t[b->n - 1].start - 1] == '\n'))
		finish_line(b, st);
	if (cp == ':' || k == CK_OPENQ || cp == 0x2022 ||
	    ((cp == '"' || cp == '\'') && !attached))
		st->untrusted = 1;
	if (st->gap < GAP_PUNCT)
		st->gap = GAP_PUNCT;
}

/* The rare words, out of line: non-ASCII, apostrophes, hyphens, dots, very long. */
static size_t __attribute__((noinline))
slow_word(struct ex_block *b, const char *text, size_t i, size_t to, struct token *t, int *poss)
{
	size_t j = read_word(text, i, to, t, poss);

	fold_token(b, t, text);
	return j;
}

/* Start a new token at text[i]; returns the index after it. */
static size_t
new_token(struct ex_block *b, struct tk_state *st, const char *text, size_t i, size_t to)
{
	struct token *t;
	int poss = 0, prevgap = st->gap;
	size_t j;

	if (prevgap == GAP_SPACE && (st->spaces == 0 || st->spaces >= 4) && b->n > 0)
		prevgap = GAP_PUNCT;	/* glued by something odd, or a column's gap */
	if (prevgap == GAP_DOT && st->spaces == 0)
		prevgap = GAP_PUNCT;
	if (b->n > 0)
		b->t[b->n - 1].gap = (uint8_t)prevgap;
	if (b->n + 1 > b->cap)
		xgrow((void **)&b->t, &b->cap, b->n + 1, sizeof *b->t);
	t = &b->t[b->n++];
	memset(t, 0, sizeof *t);
	fold_gap(b, prevgap);
	t->fold = (uint32_t)b->fblen;
	if ((j = fast_word(text, i, to, t, b->fb + b->fblen)) != 0)
		b->fblen += t->flen;
	else if ((j = slow_word(b, text, i, to, t, &poss)) && poss &&
		 ex_poss_name(b, t, text, j, prevgap))
		poss = 0;
	gaz_prefetch(t->hash);	/* looked up when its line ends (line_classes()), if at all */
	if (ex_cue_may(t->hash))	/* (t->cue is 0) */
		b->cues |= t->cue = ex_cue_verify(t->hash, b->fb + t->fold, t->flen);
	if (st->untrusted)
		t->flags |= TK_UNTRUSTED;
	if (poss)
		t->flags |= TK_POSS;
	st->gap = poss ? GAP_POSS : GAP_SPACE;
	/* A number that starts a sentence (a list item, a verse or paragraph number) passes
	 * the sentence start on: the word after "12 Wherefore" is still sentence-initial. */
	st->untrusted = (t->flags & (TK_DIGIT | TK_UNTRUSTED)) == (TK_DIGIT | TK_UNTRUSTED);
	st->spaces = 0;
	st->last_end = j;
	st->line_dot = 0;
	return j;
}

/* A scanner span [i, i + n): not a token, a separator between tokens. */
static void
span_gap(struct tk_state *st)
{
	if (st->gap < GAP_PUNCT)
		st->gap = GAP_PUNCT;
	st->line_dot = 0;
}

/* Markup of n bytes at s skipped: a separator; over lines, it ends the line before it. */
static void
markup_gap(struct ex_block *b, struct tk_state *st, const char *s, size_t n)
{
	if (memchr(s, '\n', n)) {
		finish_line(b, st);
		st->gap = GAP_LINE;
		st->untrusted = 1;
	} else {
		span_gap(st);
	}
}

/* A word starts at text[i]: a scanner span, or a token. Returns the index after it. Then
 * words in lower case one blank apart, the bulk of prose, follow at once, with what the
 * main loop would have done for them: a blank counted, no scanner (no span starts in
 * lower case but a mail address, looked for as there). */
static size_t
word_or_span(struct ex_block *b, struct tk_state *st, const char *text, size_t from, size_t i,
	     size_t to, struct scan_vec *sv)
{
	size_t n, j, last_end;
	int gap;

	if (sv && !IS_LOWER(text[i]) && scan_trigger(text + i, to - i) &&	/* lower: never */
	    (n = scan_span_at(text, from, i, to, sv))) {
		span_gap(st);
		return i + n;
	}
	if (sv && email_may_start(st, text, i, to) && (n = scan_email(text + i, to - i)) > 0) {
		span_gap(st);
		st->line_prose = 1;
		return i + n;
	}
	for (;;) {
		last_end = st->last_end;
		gap = st->gap;
		j = new_token(b, st, text, i, to);
		if (j + 1 < to && text[j] == ' ') {	/* the most of words: the next one? */
			if (!IS_LOWER(text[j + 1]) || (sv && email_may_start(st, text, j + 1, to)))
				return j;
			st->spaces = 1;
			i = j + 1;
			continue;
		}
		/* A word followed by ".x", ":" or "-" may be the start of a URL. */
		if (sv && j < to && (text[j] == '.' || text[j] == ':' || text[j] == '-') &&
		    (n = scan_url_span(text, from, i, to, sv)) > 0) {
			/* Undo new_token() (the '@' found is kept). The blanks counted and the
			 * full stop seen before it need no undoing: span_gap() makes the gap
			 * punctuation, which they cannot change, and clears line_dot. */
			const struct token *t = &b->t[--b->n];

			b->fblen = t->fold - (b->n > 0 ? gap_len[b->t[b->n - 1].gap] : 0);
			st->gap = gap;
			st->untrusted = (t->flags & TK_UNTRUSTED) != 0;
			st->last_end = last_end;
			span_gap(st);
			return i + n;
		}
		return j;
	}
}

void
ex_tokenize(struct ex_block *b, const char *text, size_t from, size_t to,
	    struct scan_vec *sv)
{
	struct tk_state st = { .gap = GAP_LINE, .untrusted = 1 };
	size_t i = from, n, m, stuck;
	int32_t cp;
	int k, sp;
	struct markup mk = { 0, 0, 0 };

	ex_cue_init();
	b->text = text;
	b->n = 0;
	b->fblen = 0;
	b->caps_family = b->sport = 0;
	b->cues = 0;
	for (stuck = SIZE_MAX; i < to;) {
		unsigned char c;

		/* Every step consumes at least one byte (defence against a stuck loop). */
		if (i == stuck && ++i >= to)
			break;
		stuck = i;
		/* (the rest of a tag after the caption read inside it) */
		if (mk.text_end && i >= mk.text_end) {
			n = mk.end > i ? mk.end - i : 0;
			mk.text_end = 0;
			if (n) {
				markup_gap(b, &st, text + i, n);
				i += n;
				continue;
			}
		}
		c = (unsigned char)text[i];
		if (c == ' ') {
			st.spaces++;
			i++;
			continue;
		}
		if (c == '\n') {
			finish_line(b, &st);
			st.gap = GAP_LINE;
			st.untrusted = 1;
			i++;
			if (i < to && (n = scan_encoded_line(text + i, to - i)) > 0)
				i += n;	/* an attachment's line: no words */
			continue;
		}
		if (c < 0x80) {
			if (ex_ascii[c]) {
				i = word_or_span(b, &st, text, from, i, to, sv);
				continue;
			}
			if (c == '<' && (n = scan_markup(text, from, i, to, sv, &mk)) > 0) {
				markup_gap(b, &st, text + i, n);
				st.untrusted |= mk.text_end != 0;	/* a caption starts */
				i += n;
				continue;
			}
			/* A character reference is no word: a blank, or a sign between words
			 * ("&nbsp;Latest News" starts its line as "Latest News" does). */
			if (c == 0x1b && (n = scan_iso2022(text + i, to - i)) > 0) {
				span_gap(&st);
				i += n;
				continue;
			}
			/* (an escape likewise: YAML's "Joe\_Biden", JSON's "\u2019s") */
			if ((c == '&' && (n = scan_char_ref(text + i, to - i, &sp)) > 0) ||
			    (c == '\\' && (n = scan_escape(text + i, to - i, &sp)) > 0)) {
				if (sp)
					st.spaces++;
				else if (st.gap < GAP_PUNCT)
					st.gap = GAP_PUNCT;
				i += n;
				continue;
			}
			if ((c == '<' && (n = scan_ticker(text + i, to - i)) > 0) ||
			    (sv && (c == '@' || c == '#' || c == '$') &&
			     (n = scan_span_at(text, from, i, to, sv)) > 0)) {
				span_gap(&st);
				i += n;
				continue;
			}
			k = (c == '\t' || c == '\r' || c == '\f' || c == '\v') ? CK_SPACE :
			    c == '\'' ? CK_APOS : c == '-' ? CK_HYPHEN : CK_OTHER;
			separator(b, &st, text, i, to, k, c);
			i++;
			continue;
		}
		k = char_kind(text + i, to - i, &n, &cp);
		if (k == CK_UPPER || k == CK_LOWER || k == CK_DIGIT) {
			i = new_token(b, &st, text, i, to);
		} else if (sv && scan_trigger(text + i, to - i) &&
			   (m = scan_span_at(text, from, i, to, sv)) > 0) {
			span_gap(&st);	/* a currency sign */
			i += m;
		} else {
			separator(b, &st, text, i, to, k, cp);
			i += n;
		}
	}
	finish_line(b, &st);
	if (b->n > 0)
		b->t[b->n - 1].gap = GAP_LINE;
	/* 8 bytes of room after the last word, cleared: tis() loads a word's 8 bytes */
	if (b->fblen + 8 > b->fbcap)
		xgrow((void **)&b->fb, &b->fbcap, b->fblen + 8, 1);
	memset(b->fb + b->fblen, 0, 8);
	ex_drop_nicknames(b);
	ex_build_evidence(b);
}

void
ex_block_free(struct ex_block *b)
{
	free(b->t);
	free(b->fb);
	free(b->ev);
	memset(b, 0, sizeof *b);
}
