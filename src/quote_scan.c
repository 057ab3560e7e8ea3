/* quote_scan.c -- the quote finder's tokens: words and marks, quotation marks paired, sentences. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/gazetteer.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "quote_int.h"

/* What a code point is to the tokenizer. */
enum { C_SPACE, C_WORD, C_UPPER, C_APOS, C_HYPHEN, C_DOT, C_COMMA, C_COLON, C_SEMI, C_END,
       C_DASH, C_OPEN, C_CLOSE, C_STRAIGHT, C_PAREN, C_OTHER };

static int
cp_class(uint32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '\r': case '\f': case '\v': case 0xA0: return C_SPACE;
	case '\'': case 0x2019: case 0x02BC: return C_APOS;
	case '-': case 0x2010: case 0x2011: return C_HYPHEN;
	case '.': return C_DOT;
	case ',': return C_COMMA;
	case ':': return C_COLON;
	case ';': return C_SEMI;
	case '?': case '!': case 0x2026: return C_END;
	case 0x2012: case 0x2013: case 0x2014: case 0x2015: return C_DASH;
	case 0x201C: case 0x00AB: case 0x201E: return C_OPEN;
	case 0x201D: case 0x00BB: return C_CLOSE;
	case '"': return C_STRAIGHT;
	case '(': case ')': case '[': case ']': return C_PAREN;
	case '@': case '#': return C_WORD;
	}
	if (cp < 0x80)
		return (cp >= 'A' && cp <= 'Z') ? C_UPPER :
		       ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) ? C_WORD : C_OTHER;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return C_UPPER;
	case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return C_WORD;
	case UTF8PROC_CATEGORY_ZS: return C_SPACE;
	default: return C_OTHER;
	}
}

/* cp_class() of the ASCII code points, made once by qs_scan() (from cp_class itself):
 * the class of every byte of every article is asked, most of them ASCII. */
static unsigned char ascii_class[0x80];
/* The lower case of each byte that is an ASCII letter, else 0: one load a letter. */
static unsigned char ascii_lower[0x100];
static pthread_once_t ascii_once = PTHREAD_ONCE_INIT;

static void
make_ascii_class(void)
{
	uint32_t cp;

	for (cp = 0; cp < 0x80; cp++)
		ascii_class[cp] = (unsigned char)cp_class(cp);
	for (cp = 'a'; cp <= 'z'; cp++)
		ascii_lower[cp] = ascii_lower[cp - 'a' + 'A'] = (unsigned char)cp;
}

/* The class of the code point at text[i] (i < e) and its length. */
static inline int
class_at(const char *text, size_t i, size_t e, size_t *n)
{
	unsigned char b = (unsigned char)text[i];
	uint32_t cp;

	if (b < 0x80) {
		*n = 1;
		return ascii_class[b];
	}
	*n = text_decode(text + i, e - i, &cp);
	return cp_class(cp);
}

/* A new token (one per word or mark of every article: made in place, no memset). */
static inline struct qtok *
push(struct qscan *s, size_t start, size_t end, int kind, uint32_t line)
{
	struct qtok *t;

	if (s->n == s->cap)
		xgrow((void **)&s->t, &s->cap, s->n + 1, sizeof *s->t);
	t = &s->t[s->n++];
	*t = (struct qtok){ .start = (uint32_t)start, .end = (uint32_t)end, .line = line,
			    .ment = -1, .span = -1, .kind = (uint8_t)kind };
	return t;
}

/* A word from text[i]: letters, digits and marks, with apostrophes, hyphens and dots
 * between them (don't, Diaz-Canel, U.S, 1.5). Returns its end. */
static size_t
word_end(const char *text, size_t i, size_t e)
{
	size_t n, n2;
	int c, c2;

	while (i < e) {
		c = class_at(text, i, e, &n);
		if (c == C_WORD || c == C_UPPER) {
			i += n;
			continue;
		}
		if ((c != C_APOS && c != C_HYPHEN && c != C_DOT && c != C_COMMA) || i + n >= e)
			break;
		c2 = class_at(text, i + n, e, &n2);
		if (c2 != C_WORD && c2 != C_UPPER)
			break;
		/* 1,000 but not "a,b": a comma joins digits only */
		if (c == C_COMMA && !(text[i - 1] >= '0' && text[i - 1] <= '9' &&
				      text[i + 1] >= '0' && text[i + 1] <= '9'))
			break;
		i += n;
	}
	return i;
}

/*
 * The word token from text[i] (a word's first code point; cap: an upper-case one), its
 * lexicon classes when it is ASCII letters only. Returns its end. One pass over the
 * letters makes the lower case and the hash of the lexicon as it finds where they stop;
 * word_end() reads on only from a byte that is no ASCII letter (then the word is not
 * ASCII letters only, unless the word ends there).
 */
static size_t
scan_word(struct qscan *s, size_t i, size_t e, uint32_t ln, bool cap)
{
	const char *w = s->text + i;
	char low[QL_MAXW] = { 0 };
	uint32_t h = 2166136261u;	/* fnv1a() of the lower-case word */
	size_t lim = e - i < QL_MAXW ? e - i : QL_MAXW, n, j;
	struct qtok *t;

	unsigned char c;

	for (n = 0; n < lim && (c = ascii_lower[(unsigned char)w[n]]) != 0; n++) {
		low[n] = (char)c;
		h = (h ^ c) * 16777619u;
	}
	if (n == QL_MAXW)	/* too long for the lexicon: only where it ends */
		while (i + n < e && ascii_lower[(unsigned char)w[n]])
			n++;
	/* a blank after the letters ends the word (most words) */
	j = i + n < e && w[n] == ' ' ? i + n : word_end(s->text, i + n, e);
	t = push(s, i, j, QT_WORD, ln);
	if (cap)
		t->flags |= QF_CAP;
	if (j == i + n) {
		t->flags |= QF_ASCII;
		t->lex = n < QL_MAXW ? quote_lex(low, n, h) : 0;
		return j;
	}
	/* didn't, wouldn’t */
	n = j - i;
	if ((n > 3 && !memcmp(w + n - 3, "n't", 3)) || (n > 5 && !memcmp(w + n - 5, "n\xE2\x80\x99t", 5)))
		t->lex |= QL_NEG;
	return j;
}

/* A straight quotation mark at text[i]: opening after a blank or an opening bracket,
 * closing before one or before punctuation, else nothing. */
static int
straight_kind(const char *text, size_t i, size_t b, size_t e)
{
	unsigned char before = i > b ? (unsigned char)text[i - 1] : ' ';
	unsigned char after = i + 1 < e ? (unsigned char)text[i + 1] : ' ';
	int open = before == ' ' || before == '\t' || before == '(' || before == '[' ||
		   before == '-' || before == 0xA0 || before == 0x94 /* end of an em dash */;
	int close = after == ' ' || after == '\t' || after == ',' || after == '.' ||
		    after == ';' || after == ':' || after == ')' || after == '?' || after == '!' ||
		    after == '\r' || after == 0xE2 /* a dash or another mark */;

	if (open && !close)
		return QT_OPEN;
	if (close && !open)
		return QT_CLOSE;
	return QT_OTHER;
}

/* The tokens of line ln, text[b, e). */
static void
scan_line(struct qscan *s, size_t b, size_t e, uint32_t ln)
{
	static const int kinds[] = {
		[C_COMMA] = QT_COMMA, [C_COLON] = QT_COLON, [C_SEMI] = QT_SEMI, [C_END] = QT_END,
		[C_DOT] = QT_END, [C_DASH] = QT_DASH, [C_HYPHEN] = QT_DASH, [C_OPEN] = QT_OPEN,
		[C_CLOSE] = QT_CLOSE, [C_PAREN] = QT_PAREN, [C_OTHER] = QT_OTHER,
		[C_APOS] = QT_OTHER,
	};
	size_t i = b, n, first = s->n;
	struct qtok *t;
	int c;

	while (i < e) {
		if (s->text[i] == ' ') {	/* the commonest byte between tokens */
			i++;
			continue;
		}
		c = class_at(s->text, i, e, &n);
		if (c == C_SPACE) {
			i += n;
		} else if (c == C_WORD || c == C_UPPER) {
			i = scan_word(s, i, e, ln, c == C_UPPER);
		} else if (c == C_STRAIGHT) {
			t = push(s, i, i + n, straight_kind(s->text, i, b, e), ln);
			t->flags |= QF_STRAIGHT;
			i += n;
		} else if ((c == C_DOT || c == C_END) && s->n > first && s->t[s->n - 1].kind == QT_END &&
			   s->t[s->n - 1].end == i) {
			s->t[s->n - 1].end = (uint32_t)(i + n);	/* "..." and "?!" are one */
			i += n;
		} else {
			push(s, i, i + n, kinds[c], ln);
			i += n;
		}
	}
	if (s->n > first)
		s->t[first].flags |= QF_LINE;
}

/* Which mention each word is part of (both lists are in text order). */
static void
map_mentions(struct qscan *s)
{
	const struct mention *m = s->m;
	struct qtok *t = s->t, *end = s->t + s->n;
	size_t k = 0, nm = s->nm;

	for (; t < end && k < nm; t++) {
		if (t->kind != QT_WORD)
			continue;	/* the next word moves k on as far */
		while (k < nm && m[k].end <= t->start)
			k++;
		if (k < nm && m[k].start <= t->start) {
			t->ment = (int32_t)k;
			t->lex = 0;	/* a name: "States" is no verb in "United States" */
		}
	}
}

/* A quotation from mark open to mark close; open_end: no closing mark, close is the
 * last token of its paragraph and belongs to the quotation. */
static void
add_span(struct qscan *s, size_t open, size_t close, bool open_end)
{
	size_t k;

	if (open_end && close <= open)
		return;	/* a mark that ends its paragraph opens nothing */
	xgrow((void **)&s->sp, &s->capsp, s->nsp + 1, sizeof *s->sp);
	s->sp[s->nsp].open = (uint32_t)open;
	s->sp[s->nsp].close = (uint32_t)close;
	s->sp[s->nsp].speaker = QUOTE_NOBODY;
	s->sp[s->nsp].done = false;
	s->sp[s->nsp].open_end = open_end;
	for (k = open + 1; k < close + open_end; k++)
		s->t[k].span = (int32_t)s->nsp;
	s->nsp++;
}

/* An opening mark typed where a closing one was meant: right after the sentence's end
 * mark or a comma, with the quote open (“…decision.“). */
static bool
mistyped_close(const struct qscan *s, size_t i)
{
	const struct qtok *p = &s->t[i - 1];

	return (s->t[i].flags & QF_STRAIGHT) == 0 && p->end == s->t[i].start &&
	       (p->kind == QT_END || p->kind == QT_COMMA) &&
	       (i + 1 >= s->n || s->t[i + 1].line != s->t[i].line ||
		s->t[i + 1].start > s->t[i].end);
}

/* Is the first quotation mark of the line starting at token i a closing one (a
 * quotation going on from the paragraph before, whose next paragraph the writer did not
 * open with a mark)? */
static bool
closes_line(const struct qscan *s, size_t i)
{
	size_t k;

	for (k = i; k < s->n && s->t[k].line == s->t[i].line; k++)
		if (s->t[k].kind == QT_OPEN || s->t[k].kind == QT_CLOSE)
			return s->t[k].kind == QT_CLOSE && !mistyped_close(s, k);
	return false;
}

/*
 * Pair the quotation marks: an opening mark, then the first closing one. A quote left
 * open at the end of a paragraph goes on when the next paragraph starts with an opening
 * mark (the way a quote over several paragraphs is written) or its first mark closes
 * (the writer did not open it again), else it ends with its
 * paragraph (the closing mark was forgotten: whether it is a quote at all is for its
 * attribution to say). One pass over the tokens: a mark on every line of a long file
 * stays linear.
 */
static void
pair_marks(struct qscan *s)
{
	long open = -1;
	size_t i;

	for (i = 0; i < s->n; i++) {
		struct qtok *t = &s->t[i];

		if ((t->flags & QF_LINE) && open >= 0 && t->line != s->t[open].line) {
			if (t->kind == QT_OPEN || closes_line(s, i))
				continue;	/* the same quote, its next paragraph */
			add_span(s, (size_t)open, i - 1, true);
			open = -1;
		}
		if (t->kind == QT_OPEN && open >= 0 && mistyped_close(s, i)) {
			t->kind = QT_CLOSE;	/* what the writer meant */
			add_span(s, (size_t)open, i, false);
			open = -1;
		} else if (t->kind == QT_OPEN) {
			open = (long)i;	/* an earlier one left open was stray */
		} else if (t->kind == QT_CLOSE && open >= 0) {
			add_span(s, (size_t)open, i, false);
			open = -1;
		}
	}
	if (open >= 0)
		add_span(s, (size_t)open, s->n - 1, true);
}

/* Does the full stop at token i end a sentence, by the word before it? */
static bool
stop_ends(const struct qscan *s, size_t i)
{
	static const char *const months[] = { "jan", "feb", "mar", "apr", "jun", "jul", "aug",
					      "sep", "sept", "oct", "nov", "dec", NULL };
	const struct qtok *w = i ? &s->t[i - 1] : NULL;
	char key[16];
	size_t n, k;

	if (s->text[s->t[i].start] != '.' || s->t[i].end - s->t[i].start > 1 || !w ||
	    w->kind != QT_WORD || w->end != s->t[i].start)
		return true;
	n = w->end - w->start;
	if ((n == 1 && (unsigned)((unsigned char)s->text[w->start] - '0') >= 10u) ||
	    memchr(s->text + w->start, '.', n))
		return false;	/* an initial, or U.S. (not "September 5.") */
	if (n >= sizeof key || !(w->flags & QF_ASCII))
		return true;
	for (k = 0; k < n; k++)
		key[k] = (char)(s->text[w->start + k] | 32);
	key[n] = '\0';
	if (i + 1 < s->n && s->t[i + 1].kind == QT_WORD &&
	    (unsigned)((unsigned char)s->text[s->t[i + 1].start] - '0') < 10u)
		for (k = 0; months[k]; k++)
			if (!strcmp(key, months[k]))
				return false;	/* Jan. 3 */
	{
		const struct gz_entry *g = gaz_lookup(key, n, gaz_hash(key, n));

		return !(g && (gaz_classes(g, 0) & GZ_ABBREV));
	}
}

/* Can token i start a sentence after an end mark? */
static bool
starts_sentence(const struct qscan *s, size_t i)
{
	const struct qtok *t = &s->t[i];

	if (t->kind == QT_OPEN || t->kind == QT_DASH || t->kind == QT_PAREN)
		return true;
	if (t->kind != QT_WORD)
		return false;
	return (t->flags & QF_CAP) || (unsigned)((unsigned char)s->text[t->start] - '0') < 10u;
}

/* Number the sentences. A full stop inside quotation marks does not end the sentence
 * around them, unless it ends the quote too and a sentence starts after the mark. */
static void
number_sentences(struct qscan *s)
{
	struct qtok *t = s->t;	/* locals: the stores below cannot move them */
	uint32_t *sent = s->sent, *sfirst = s->sfirst, sn = 0;
	size_t i, n = s->n;

	for (i = 0; i < n; i++) {
		bool start = i == 0 || (t[i].flags & QF_LINE);

		if (!start) {
			const struct qtok *p = &t[i - 1];

			if (p->kind == QT_END && p->span < 0 && t[i].kind != QT_CLOSE)
				start = starts_sentence(s, i) && stop_ends(s, i - 1);
			else if (p->kind == QT_CLOSE && i >= 2 && t[i - 2].kind == QT_END)
				start = starts_sentence(s, i) && t[i].kind != QT_OPEN &&
					stop_ends(s, i - 2);
		}
		if (start) {
			if (i)
				sn++;
			t[i].flags |= QF_SENT;
			sfirst[sn] = (uint32_t)i;
		}
		sent[i] = sn;
	}
	s->nsent = n ? sn + 1 : 0;
}

void
qs_scan(struct qscan *s, const struct article *a)
{
	size_t i;

	pthread_once(&ascii_once, make_ascii_class);
	quote_lex_init();
	/* About a token in five bytes: one allocation for most articles (a huge one grows). */
	xgrow((void **)&s->t, &s->cap, (a->len < (1u << 20) ? a->len : (1u << 20)) / 5 + 16,
	      sizeof *s->t);
	for (i = 0; i < a->nlines; i++)
		scan_line(s, a->lines[i].start, a->lines[i].end, (uint32_t)i);
	map_mentions(s);
	pair_marks(s);
	s->sent = xmalloc((s->n ? s->n : 1) * sizeof *s->sent);
	s->sfirst = xmalloc((s->n ? s->n : 1) * sizeof *s->sfirst);
	number_sentences(s);
}

void
qs_free(struct qscan *s)
{
	free(s->t);
	free(s->sent);
	free(s->sfirst);
	free(s->sp);
}

size_t
qs_sent_first(const struct qscan *s, size_t i)
{
	return s->sfirst[s->sent[i]];
}

size_t
qs_sent_end(const struct qscan *s, size_t i)
{
	return s->sent[i] + 1 < s->nsent ? s->sfirst[s->sent[i] + 1] : s->n;
}
