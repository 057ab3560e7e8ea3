/* quote_int.h -- internals of quote finding shared by quote.c, quote_scan.c, quote_who.c, quote_clause.c and quote_lex.c. MIT licence. */
#ifndef DOSSIER_QUOTE_INT_H
#define DOSSIER_QUOTE_INT_H

#include <stdbool.h>
#include <string.h>
#include <stddef.h>
#include <stdint.h>

#include "dossier/quote.h"

struct article;
struct mention;

/* What a word is to the quote finder (quote_lex.c); a word may be several. */
enum {
	QL_SPEECH = 1u << 0,	/* a finite reporting verb: said, says, told, added... */
	QL_PART = 1u << 1,	/* its participle: saying, adding, noting... */
	QL_TELL = 1u << 2,	/* takes the hearer before the clause: told, tells, informed */
	QL_HE = 1u << 3,	/* he, she: a person */
	QL_IT = 1u << 4,	/* it: an organisation */
	QL_THEY = 1u << 5,	/* they, we, I, you: nobody the finder resolves */
	QL_ROLE_P = 1u << 6,	/* a person by office or role: minister, spokesperson */
	QL_ROLE_O = 1u << 7,	/* an organisation by kind: ministry, government, company */
	QL_ROLE_PL = 1u << 8,	/* several people: officials, sources, analysts */
	QL_DET = 1u << 9,	/* a, an, the, his, its... */
	QL_PREP = 1u << 10,	/* a preposition opening an adverbial: in, on, at, during */
	QL_ADV = 1u << 11,	/* an adverb between a speaker and the verb: also, later */
	QL_AUX = 1u << 12,	/* has, had, have, was: before a verb */
	QL_NEG = 1u << 13,	/* not, never, declined: the verb says nothing was said */
	QL_BOUND = 1u << 14,	/* a word that starts another clause: and, but, which, who */
	QL_THAT = 1u << 15,	/* that */
	QL_ACCORD = 1u << 16,	/* according (to) */
	QL_TIME = 1u << 17,	/* Monday, today, week: the noun of a time adverbial */
	QL_DEF = 1u << 18,	/* the (a definite description) */
	QL_HEARER = 1u << 19,	/* reporters, journalists: the hearer of "told" */
	QL_QUOTED = 1u << 20,	/* quoted ("was quoted as saying") */
	QL_REL = 1u << 21,	/* who, which: a relative clause inside commas */
	QL_VERB = 1u << 22,	/* a common finite verb or modal: is, would, remains, rose */
	QL_GOV = 1u << 23,	/* government, authorities: a place's, when a place is named */
	QL_ISSUE = 1u << 24,	/* issued, released: "issued a statement" attributes what follows */
	QL_DOC = 1u << 25,	/* statement, letter, post: speaks for its author ("Cornyn's
				   statement added") */
	QL_SOMEONE = 1u << 26,	/* another, others, someone: a speaker nobody names */
	QL_WH = 1u << 27,	/* how, whether, why: an indirect question ("asked how …") */
	QL_NOUN = 1u << 28,	/* reports, claims, notes: also plural nouns ("two news reports
				   on …") */
};

/* The longest word the lexicon holds is under QL_MAXW bytes. */
#define QL_MAXW 24

/* Make the lexicon (once; thread-safe). qs_scan() calls it before quote_lex(). */
void quote_lex_init(void);

/* The class bits of the lower-case ASCII word low[0..n), n < QL_MAXW, whose fnv1a() is
 * h, 0 when the lexicon does not have it. low holds QL_MAXW bytes, zero after the word. */
uint32_t quote_lex(const char *low, size_t n, uint32_t h);

/* Token kinds. */
enum {
	QT_WORD,	/* letters, digits, inner apostrophes, hyphens and dots */
	QT_COMMA,
	QT_COLON,
	QT_SEMI,
	QT_END,		/* . ? ! or an ellipsis */
	QT_DASH,	/* - – — standing alone */
	QT_OPEN,	/* an opening quotation mark (“ « or a straight one by its place) */
	QT_CLOSE,	/* a closing one (” » or a straight one by its place) */
	QT_PAREN,	/* ( ) [ ] */
	QT_OTHER,
};

/* Token flags. */
enum {
	QF_CAP = 1 << 0,	/* a word starting with an upper-case letter */
	QF_SENT = 1 << 1,	/* a sentence starts at this token */
	QF_LINE = 1 << 2,	/* the first token of a line */
	QF_STRAIGHT = 1 << 3,	/* a straight quotation mark " */
	QF_ASCII = 1 << 4,	/* a word of ASCII letters only */
};

/* One token of the article. */
struct qtok {
	uint32_t start, end;	/* bytes of the text */
	uint32_t lex;		/* QL_* of a word */
	uint32_t line;		/* the line it is on */
	int32_t ment;		/* the mention it is part of, or -1 */
	int32_t span;		/* the quotation (index in spans) it is inside, or -1 */
	uint8_t kind;		/* QT_* */
	uint8_t flags;		/* QF_* */
};

/* A quotation in marks: tokens open..close (the marks), possibly over several lines. */
struct qspan {
	uint32_t open, close;	/* token indices of the first opening and the last closing mark */
	uint32_t speaker;	/* entity once attributed, QUOTE_NOBODY */
	bool done;		/* attributed (or inside a reported clause) */
	bool open_end;		/* no closing mark: close is the paragraph's last token, and
				   what was said runs to its end */
};

/* The working state of one article. */
struct qscan {
	const char *text;
	size_t len;
	const struct mention *m;	/* the article's mentions, by start */
	size_t nm;
	struct qtok *t;		/* owned */
	size_t n, cap;
	uint32_t *sent;		/* owned; sentence number of each token */
	uint32_t *sfirst;	/* owned; the first token of each sentence */
	size_t nsent;
	struct qspan *sp;	/* owned */
	size_t nsp, capsp;
	struct quote_list *out;
	uint32_t last_entity;	/* the speaker of the last quote found (QUOTE_NOBODY) */
	uint32_t last_line;	/* its line */
	uint32_t last_tok;	/* the token its speaker was named at */
	size_t claim;		/* reporting verbs before this token are inside what was
				   said already ("X said Y told Z that..."): not reports */
	size_t absorbed;	/* spans before this token were marked (quote.c absorb()) */
	size_t cl_end, cl_last;	/* clause_last()'s last walk: from cl_end back to cl_last */
	struct qrole {		/* resolve_description()'s last answers, per role word */
		char word[24];
		size_t at;	/* the token it was asked at */
		uint32_t entity;
	} roles[16];
};

/* Tokenise the article, pair its quotation marks and number its sentences (quote_scan.c). */
void qs_scan(struct qscan *s, const struct article *a);
void qs_free(struct qscan *s);
/* The first token of token i's sentence, and one past its last (quote_scan.c). */
size_t qs_sent_first(const struct qscan *s, size_t i);
size_t qs_sent_end(const struct qscan *s, size_t i);

/* Is token i a word of one of the classes lex? */
static inline bool
is_word(const struct qscan *s, size_t i, uint32_t lex)
{
	return i < s->n && s->t[i].kind == QT_WORD && (s->t[i].lex & lex);
}

/* Does word token i read as the lower-case word w? */
static inline bool
word_is(const struct qscan *s, size_t i, const char *w)
{
	size_t n = strlen(w), k;

	if (i >= s->n || s->t[i].kind != QT_WORD || s->t[i].end - s->t[i].start != n)
		return false;
	for (k = 0; k < n; k++)
		if ((s->text[s->t[i].start + k] | 32) != w[k])
			return false;
	return true;
}

/* Is token i the full stop of an abbreviation inside a name or a title ("U.S.", "Maj.
 * Gen. Pat Ryder"): right after a word of at most four letters, and no sentence starting
 * after it? lo is the first token it may follow. */
static inline bool
qs_abbrev_dot(const struct qscan *s, size_t i, size_t lo)
{
	const struct qtok *t = &s->t[i];

	return t->kind == QT_END && i > lo && i + 1 < s->n && t->end - t->start == 1 &&
	       s->text[t->start] == '.' && s->t[i - 1].kind == QT_WORD &&
	       s->t[i - 1].end == t->start && s->t[i - 1].end - s->t[i - 1].start <= 4 &&
	       (s->t[i - 1].flags & QF_CAP) && !(s->t[i + 1].flags & QF_SENT);
}

#define ADVERBIAL_TOKENS 12	/* "said in a statement on Tuesday that" */
#define NO_SPEECH ((size_t)-1)	/* qc_complement(): what follows the verb is no speech */

/* What a reporting verb governs (quote_clause.c). Where what verb v says starts, before
 * the sentence's end e: past the hearer, adverbials and "that" (*that is set when it was
 * written); e when nothing follows, NO_SPEECH when what follows is no speech. */
size_t qc_complement(const struct qscan *s, size_t v, size_t e, bool *that);
/* Do tokens [c, e) read as a clause (a subject and a verb)? */
bool qc_clause_like(const struct qscan *s, size_t c, size_t e);
/* One past the last token of what was said in [c, e), without the sentence's end marks. */
/* Where the clause from token c stops before e: at a comma and a conjunction that open
 * another report (", and local official Huang Limin was quoted as saying"), else e. */
size_t qc_report_end(const struct qscan *s, size_t c, size_t e);
size_t qc_clause_last(struct qscan *s, size_t c, size_t e);
/* Are there at least want words in tokens [a, b)? */
bool qc_has_words(const struct qscan *s, size_t a, size_t b, size_t want);
/* Does the clause [c, e) start with an attribution of its own ("Belousov said")? */
bool qc_has_verb(const struct qscan *s, size_t c, size_t e);

/* A speaker found by quote_who.c: the words naming it and its entity. */
struct qwho {
	uint32_t first, last;	/* tokens of the words naming it (inclusive); first > last: none */
	uint32_t entity;	/* its entity, or QUOTE_NOBODY */
	bool ok;		/* a speaker was found at the place asked */
};

/* "quoted as" or "quoted by X as" right before token p (a participle): the token of
 * "quoted", else p. lo is the sentence's first token. */
size_t qw_quoted(const struct qscan *s, size_t lo, size_t p);

/* The speaker named right before token v (a verb): "Smith", "he", "the minister", an
 * appositive ("Peskov, the Kremlin's spokesman, said"). lo is the first token that may
 * belong to it. */
struct qwho qw_before(struct qscan *s, size_t lo, size_t v);
/* The speaker named right after token v, up to token hi (exclusive): "said Smith". */
struct qwho qw_after(struct qscan *s, size_t v, size_t hi);
/* The subject of the sentence holding token p, for a participle ("..., saying"). */
struct qwho qw_subject(struct qscan *s, size_t first, size_t p);
/* The first token of the noun phrase ending at head token h: back over determiners,
 * adjectives, names and titles ("Russian presidential advisor Yuri Ushakov"), to at
 * most a few words and not before lo. */
size_t qw_np_first(const struct qscan *s, size_t lo, size_t h);
/* The entity the words at tokens first..last stand for: a name's, or a pronoun's or a
 * description's antecedent (the last fitting PERSON or ORG before). */
uint32_t qw_resolve(struct qscan *s, size_t first, size_t last);

/* What follows verb v (spoken by w): a quotation in marks that is all of it, else the
 * clause to the sentence's end [c, e); false when it is neither (quote.c). */
bool qq_say_what(struct qscan *s, const struct qwho *w, size_t v, size_t c, size_t e, bool that);
/* "…, Smith said.": what came before the comma at token cm, from token f (quote.c). */
void qq_said_before(struct qscan *s, const struct qwho *w, size_t f, size_t cm, size_t v);
/* Add a quote (quote.c): what was said is bytes [qs, qe), the speaker w, the whole [st,
 * en); named: w's words are where the speaker is named. */
void qq_emit(struct qscan *s, int kind, uint32_t qs, uint32_t qe, const struct qwho *w,
	     uint32_t st, uint32_t en, bool named);
/* Emit span k as a direct quote of w, the attribution over tokens [a0, a1] (quote.c). */
void qq_emit_span(struct qscan *s, size_t k, const struct qwho *w, size_t a0, size_t a1);
/* Where what span k says ends: at its closing mark, or with its paragraph (quote.c). */
uint32_t qq_said_end(const struct qscan *s, size_t k);
/* Does a sentence end inside tokens (a, b)? (quote.c) */
bool qq_has_end(const struct qscan *s, size_t a, size_t b);
/* The quotations nothing attributed: introduced by a colon, or going on the quote
 * before them (quote_go_on.c). */
void qq_continuations(struct qscan *s);
/* "according to X, …", "…, according to X." at token v (quote_according.c). */
void qa_according(struct qscan *s, size_t v);

#endif
