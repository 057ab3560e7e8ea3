/* extract.c -- entity types and per-article extraction: scanners, tokeniser, chunker. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"

/*
 * The pipeline for one article (extract_article):
 *   1. tokenize.c reads the text in blocks, runs the pattern scanners of scan.c at every
 *      word start (URLs, @handles, #hashtags, dates, money: those spans are final), and
 *      cuts the rest into tokens folded on the fly, with sentence starts, Title-Case
 *      headlines and all-capitals lines marked, and a table of document evidence (which
 *      words are capitalised mid-sentence, which are written in lower case);
 *   2. chunk.c gathers capitalised spans, peels titles, applies head words, the gazetteer
 *      and demonyms, and emits candidate mentions; lone words stay undecided;
 *   3. resolve.c later decides the lone words and joins aliases across the corpus.
 * Nothing here is shared between calls except the read-only gazetteer, so several threads
 * may extract at once (entities_build does).
 */

/* Text is tokenised in blocks of about this many bytes, cut at line ends (or at a blank
 * inside a very long line), so memory stays bounded on huge files. */
#define BLOCK_BYTES (256u * 1024u)
#define EX_MAX_THREADS 8	/* extraction threads in entities_build() */

static const char *const type_names[ENT_NTYPES] = {
	"PERSON", "ORG", "PLACE", "DATE", "MONEY", "HASHTAG", "HANDLE", "URL",
};

const char *
ent_type_name(enum ent_type t)
{
	return (unsigned)t < ENT_NTYPES ? type_names[t] : "UNKNOWN";
}

int
ent_type_parse(const char *s)
{
	static const struct { const char *name; int type; } alias[] = {
		{ "people", ENT_PERSON }, { "persons", ENT_PERSON }, { "orgs", ENT_ORG },
		{ "organisation", ENT_ORG }, { "organization", ENT_ORG },
		{ "organisations", ENT_ORG }, { "organizations", ENT_ORG },
		{ "places", ENT_PLACE }, { "location", ENT_PLACE }, { "locations", ENT_PLACE },
		{ "dates", ENT_DATE }, { "hashtags", ENT_HASHTAG }, { "tag", ENT_HASHTAG },
		{ "handles", ENT_HANDLE }, { "urls", ENT_URL }, { "link", ENT_URL },
		{ "links", ENT_URL },
	};
	size_t i;

	if (!s)
		return -1;
	for (i = 0; i < ENT_NTYPES; i++)
		if (strcasecmp(s, type_names[i]) == 0)
			return (int)i;
	for (i = 0; i < sizeof alias / sizeof alias[0]; i++)
		if (strcasecmp(s, alias[i].name) == 0)
			return alias[i].type;
	return -1;
}

struct cand *
ex_add(struct extraction *x, uint32_t start, uint32_t end, int type)
{
	struct cand *c;

	xgrow((void **)&x->c, &x->cap, x->n + 1, sizeof *x->c);
	c = &x->c[x->n++];
	memset(c, 0, sizeof *c);
	c->start = start;
	c->end = end;
	c->type = (uint8_t)type;
	c->canon = -1;
	return c;
}

static int
cand_cmp(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

/* End of the block starting at from: a line end near BLOCK_BYTES, else a blank. */
static size_t
block_end(const char *text, size_t from, size_t to)
{
	size_t lim, i;
	const char *nl;

	if (to - from <= BLOCK_BYTES)
		return to;
	lim = from + BLOCK_BYTES;
	for (i = lim; i > from + BLOCK_BYTES / 2; i--)
		if (text[i - 1] == '\n')
			return i;
	nl = memchr(text + lim, '\n', to - lim < BLOCK_BYTES ? to - lim : BLOCK_BYTES);
	if (nl)
		return (size_t)(nl - text) + 1;
	for (i = lim; i > from + BLOCK_BYTES / 2; i--)
		if (text[i - 1] == ' ' || text[i - 1] == '\t')
			return i;
	return lim;	/* one enormous word: cut it */
}

/* Are the n candidates c in cand_cmp order? */
static int
cands_sorted(const struct cand *c, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (cand_cmp(&c[i - 1], &c[i]) > 0)
			return 0;
	return 1;
}

/* The scanners' spans join the chunker's candidates, all sorted by cand_cmp, stably (of
 * two equal ones the chunker's first). Both runs are almost always in order already: then
 * they are merged from the end, in place; else everything is sorted (qsort is glibc's
 * merge sort here, stable: the merge gives its order). */
static void
add_spans(struct extraction *x, const struct scan_vec *sv)
{
	size_t i, k, m = sv->n;

	for (i = 1; i < m; i++)
		if (sv->v[i - 1].start > sv->v[i].start || (sv->v[i - 1].start == sv->v[i].start &&
							    sv->v[i - 1].end < sv->v[i].end))
			break;
	if (i < m || !cands_sorted(x->c, x->n)) {
		for (i = 0; i < m; i++)
			ex_add(x, sv->v[i].start, sv->v[i].end, sv->v[i].type)->date = sv->v[i].date;
		if (x->n > 1)
			qsort(x->c, x->n, sizeof *x->c, cand_cmp);
		return;
	}
	xgrow((void **)&x->c, &x->cap, x->n + m, sizeof *x->c);
	for (i = x->n, k = x->n + m; m > 0; k--) {
		const struct scan_span *v = &sv->v[m - 1];
		struct cand s = { v->start, v->end, v->date, -1, v->type, 0, 0, 0, 0 };

		if (i > 0 && cand_cmp(&x->c[i - 1], &s) > 0) {
			x->c[k - 1] = x->c[--i];
		} else {
			x->c[k - 1] = s;
			m--;
		}
	}
	x->n += sv->n;
}

/* Candidates are sorted; drop any that overlap an earlier one (flat spans). */
static void
flatten(struct extraction *x)
{
	size_t i, o = 0;
	uint32_t end = 0;

	for (i = 0; i < x->n; i++) {
		if (x->c[i].end <= x->c[i].start || (o > 0 && x->c[i].start < end))
			continue;
		x->c[o++] = x->c[i];
		end = x->c[i].end;
	}
	x->n = o;
}

/* Do the words in lower case right before offset p (a space, then "(" at p) spell the
 * capitals of acr[0, n), one word a letter, hyphens parting words ("genetically modified
 * (GM)", "non-governmental organisations (NGOs)")? */
static bool
lower_spelled(const char *text, size_t p, const char *acr, size_t n)
{
	size_t k = n, i = p;

	if (i < 2 || text[i - 1] != ' ')
		return false;
	i--;
	while (k > 0) {
		size_t e = i;

		while (i > 0 && text[i - 1] >= 'a' && text[i - 1] <= 'z')
			i--;
		if (i == e || text[i] != acr[k - 1] + ('a' - 'A'))
			return false;
		k--;
		if (k > 0 && (i == 0 || (text[i - 1] != ' ' && text[i - 1] != '-')))
			return false;
		if (k > 0)
			i--;
	}
	/* the phrase starts there: not in the middle of a capitalised name */
	return i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '(';
}

/* An acronym an article defines as words of the language, in lower case ("genetically
 * modified (GM) grain" was General Motors, 12 mentions in the Forteana list's mail), is
 * no name anywhere in that article: those candidates are dropped. */
static void
drop_lower_acronyms(const char *text, struct extraction *x)
{
	char acr[4][8];
	size_t alen[4], nacr = 0, i, o, k, n;

	for (i = 0; i < x->n && nacr < 4; i++) {
		const struct cand *c = &x->c[i];

		n = c->end - c->start;
		if (c->start < 3 || text[c->start - 1] != '(' || text[c->end] != ')' || n < 2 ||
		    n > 8)
			continue;
		for (k = 0; k < n && text[c->start + k] >= 'A' && text[c->start + k] <= 'Z'; k++)
			;
		if (k == n - 1 && text[c->start + k] == 's')
			n--;	/* "NGOs" */
		if (k != n || n < 2 ||
		    !lower_spelled(text, c->start - 1, text + c->start, n))
			continue;
		memcpy(acr[nacr], text + c->start, n);
		alen[nacr++] = n;
	}
	if (!nacr)
		return;
	for (i = o = 0; i < x->n; i++) {
		const struct cand *c = &x->c[i];

		n = c->end - c->start;
		for (k = 0; k < nacr; k++)	/* the acronym, or its plural */
			if ((n == alen[k] || (n == alen[k] + 1 && text[c->end - 1] == 's')) &&
			    memcmp(text + c->start, acr[k], alen[k]) == 0)
				break;
		if (k == nacr)
			x->c[o++] = *c;
	}
	x->n = o;
}

/* s after the blanks that start s[0, q): spaces, line ends, tabs and no-break spaces
 * (U+00A0, which web text puts after a list's commas: "Stellantis,\u00a0General Motors"). */
static inline const char *
skip_blanks(const char *s, const char *q)
{
	for (;;) {
		if (s < q && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t'))
			s++;
		else if (q - s >= 2 && (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
			s += 2;
		else
			return s;
	}
}

/* Skip blanks and then the word w at *p (before q), if it is there; says whether it was. */
static inline int
words_are(const char **p, const char *q, const char *w)
{
	const char *s = skip_blanks(*p, q);
	size_t n = strlen(w);

	if ((size_t)(q - s) < n || memcmp(s, w, n) != 0 || (s + n < q && s[n] != ' ' &&
							     s[n] != '\n' && s[n] != '\r'))
		return 0;
	*p = skip_blanks(s + n, q);
	return 1;
}

/* Is a[0, an) capitalised words whose initials are b[0, bn), 2-8 capitals ("Saudi Press
 * Agency" and "SPA"; small words skipped: "Bank of Japan" and "BOJ")? */
static bool
spells(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i, k = 0;

	if (bn < 2 || bn > 8)
		return false;
	for (i = 0; i < bn; i++)
		if (b[i] < 'A' || b[i] > 'Z')
			return false;
	for (i = 0; i < an; i++) {
		if (i > 0 && a[i - 1] != ' ' && a[i - 1] != '\n')	/* (wrapped: "European\nCommunity") */
			continue;
		if (a[i] >= 'a' && a[i] <= 'z')
			continue;	/* "of", "the" */
		if (k >= bn || a[i] != b[k])
			return false;
		k++;
	}
	return k == bn;
}

/* Has s[0..n) a small letter (a name, not an acronym or a word in capitals)? */
static bool
has_small(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return true;
	return false;
}

/* Does candidate m open its line (blanks only before it)? "Unity for the Republic or
 * UDR", where only "Republic" was found, defines nothing. */
static bool
line_start(const char *text, const struct cand *m)
{
	const char *s = text + m->start;

	while (s > text && (s[-1] == ' ' || s[-1] == '\t'))
		s--;
	return s == text || s[-1] == '\n';
}

/* Is candidate n 2-8 capitals that end their line ("... or BIEN \n")? */
static bool
line_acronym(const char *text, const struct cand *n)
{
	const char *s = text + n->start, *e = text + n->end;

	if (e - s < 2 || e - s > 8)
		return false;
	for (; s < e; s++)
		if (*s < 'A' || *s > 'Z')
			return false;
	while (*e == ' ' || *e == '\t' || *e == '\r')
		e++;
	return *e == '\n' || *e == '\0';
}

/* LK_* for the text between candidates m and n (the next one), whose bytes are text's:
 * what resolve_article.c's rules ask of the text (bracketed acronyms, "Brazil's Supreme
 * Court", "Azariah the son of Oded", the items of a list). The text is NUL-terminated, so
 * text[n->end] is. */
static uint8_t
link_bits(const char *text, const struct cand *m, const struct cand *n)
{
	const char *p = text + m->end, *q = text + n->start;
	uint32_t gap;
	uint8_t k = 0;

	if (m->end > n->start)
		return 0;
	gap = n->start - m->end;
	if (gap == 2 && (text[m->end] == ' ' || text[m->end] == '\n') && text[m->end + 1] == '(' &&
	    text[n->end] == ')')
		k |= LK_BRACKET;	/* (a wrapped line's: "held by EPAC\n(Empresa ...)") */
	/* "Saudi Press Agency SPA": an acronym right after the name it spells is as if
	 * bracketed (the chunker split them: ck_initials_after()) */
	if (gap == 1 && text[m->end] == ' ' && spells(text + m->start, m->end - m->start,
						       text + n->start, n->end - n->start))
		k |= LK_BRACKET;
	/* "National Democratic Party or NDP", as reference works define acronyms; one of
	 * another language where it ends a list's line ("Bienestar Nacional or BIEN") */
	if (gap == 4 && memcmp(text + m->end, " or ", 4) == 0 &&
	    (spells(text + m->start, m->end - m->start, text + n->start, n->end - n->start) ||
	     (line_acronym(text, n) && has_small(text + m->start, m->end - m->start) &&
	      line_start(text, m))))
		k |= LK_OR;
	/* "the European Community, EC, on its proposed tax": the wire's brackets are commas */
	if (gap == 2 && text[m->end] == ',' && text[m->end + 1] == ' ' && text[n->end] == ',' &&
	    spells(text + m->start, m->end - m->start, text + n->start, n->end - n->start))
		k |= LK_BRACKET;
	if ((gap == 3 && memcmp(p, "'s ", 3) == 0) ||
	    (gap == 5 && memcmp(p, "\xe2\x80\x99s ", 5) == 0))
		k |= LK_POSS;
	/* ", ", " and ", ", or ": the two are items of one list ("Colorado, Florida, Georgia") */
	if (gap <= 7 && (*p == ',' || (*p == ' ' && (p[1] == 'a' || p[1] == 'o')))) {
		const char *s = p + (*p == ',');
		int conj = words_are(&s, q, "and") || words_are(&s, q, "or");

		s = skip_blanks(s, q);
		if (s == q && (conj || *p == ','))
			k |= LK_LIST | (conj ? 0 : LK_COMMA);
	}
	/* ", the son of ", over line ends too */
	if (gap >= 6 && gap <= 40) {	/* "son of" at least */
		p += *p == ',';
		words_are(&p, q, "the");
		if (words_are(&p, q, "son") && words_are(&p, q, "of") && p == q)
			k |= LK_SONOF;
	}
	return k;
}

/* Does "Jr." (or ", Jr", "JR.") follow name c of text (len bytes, NUL-terminated)? */
static int
junior_after(const char *text, size_t len, const struct cand *c)
{
	const char *p = text + c->end, *e = text + len;

	if (p < e && *p == ',')
		p++;
	if (p >= e || *p != ' ')
		return 0;
	p++;
	return e - p >= 2 && p[0] == 'J' && (p[1] == 'r' || p[1] == 'R') &&
	       (e - p == 2 || !ex_ascii_letter(p[2]));
}

/* Is name c of text (len bytes) an office holder's by the government named for him: "the
 * Biden administration", "the Newsom administration"? */
static int
administration_of(const char *text, size_t len, const struct cand *c)
{
	static const char adm[] = " administration";
	size_t n = sizeof adm - 1;

	return c->start >= 4 && strncasecmp(text + c->start - 4, "the ", 4) == 0 &&
	       (c->start == 4 || !ex_ascii_letter(text[c->start - 5])) &&
	       len - c->end >= n && memcmp(text + c->end, adm, n) == 0 &&
	       (len - c->end == n || !ex_ascii_letter(text[c->end + n]));
}

/* The noun of a race for an office written in lower case right before name c of text:
 * "candidate Trump", "nominee Clinton", "president-elect Trump" (the office's NAME_OFFICE
 * name), or NULL. A candidate is told apart by it as a holder by his title. */
static const char *
race_noun_before(const char *text, const struct cand *c)
{
	static const char *const noun[] = { "candidate", "nominee", "president-elect" };
	size_t i, n;

	for (i = 0; i < sizeof noun / sizeof *noun; i++) {
		n = strlen(noun[i]);
		if (c->start >= n + 1 && text[c->start - 1] == ' ' &&
		    memcmp(text + c->start - 1 - n, noun[i], n) == 0 &&
		    (c->start == n + 1 || !ex_ascii_letter(text[c->start - 2 - n])))
			return noun[i];
	}
	return NULL;
}

/* The last step: candidates within the text only, each linked to the next (the kind of a
 * title before a name, set by the chunker, is kept). */
static void
link_cands(const struct article *a, struct extraction *x)
{
	size_t i, o = 0;
	uint32_t seat;
	const char *race;
	struct ex_line_memo line = { 0 };

	ex_firm_tails(a->text, a->len, x);
	for (i = 0; i < x->n; i++)
		if (x->c[i].start < x->c[i].end && x->c[i].end <= a->len &&
		    !ex_no_name_shape(a->text, a->len, &x->c[i]) && !ex_season_alone(a->text, &x->c[i]) && !ex_line_label(a->text, &x->c[i]) &&
		    !ex_no_body(a->text, &x->c[i]) && !ex_too_long_name(a->text, &x->c[i]) &&
		    !ex_foreign_line(a->text, a->len, &x->c[i], &line))
			x->c[o++] = x->c[i];
	x->n = o;
	ex_line_memo_free(&line);
	for (i = 0; i < x->n; i++)
		x->c[i].link = (x->c[i].link & (LK_OFFICE | LK_COURTESY)) |
			       (i + 1 < x->n ? link_bits(a->text, &x->c[i], &x->c[i + 1]) : 0);
	for (i = 0; i < x->n; i++)	/* (a name's date has its office only until then) */
		if (x->c[i].ntok == 1 && x->c[i].type != ENT_PLACE &&
		    (seat = ex_seat_bits(a->text, i ? &x->c[i - 1] : NULL, &x->c[i],
					 i + 1 < x->n ? &x->c[i + 1] : NULL)))
			x->c[i].date |= seat;
	for (i = 0; i < x->n; i++) {
		if (x->c[i].type != ENT_PERSON && x->c[i].type != CAND_UNKNOWN)
			continue;
		if (junior_after(a->text, a->len, &x->c[i]))
			x->c[i].date |= NAME_JR;
		/* "candidate Trump": its office, the race's, for the corpus's linking (not
		 * LK_OFFICE: its article's "Hillary Clinton" is still "candidate Clinton") */
		if (x->c[i].ntok == 1 && !(x->c[i].link & (LK_OFFICE | LK_COURTESY)) &&
		    !NAME_OFFICE(x->c[i].date) &&
		    (race = race_noun_before(a->text, &x->c[i])) != NULL) {
			x->c[i].type = ENT_PERSON;
			x->c[i].flags |= CF_TITLE;
			x->c[i].date |= NAME_DATE(0, ex_office_hash(race));
		}
		/* "the Biden administration": its holder, as after his title (a family name
		 * alone there is the office holder, not a son or a wife of the family; and a
		 * person, though "the" stands before it; not two of them, "the Obama-Biden
		 * administration") */
		if (x->c[i].ntok == 1 && !(x->c[i].link & (LK_OFFICE | LK_COURTESY)) &&
		    administration_of(a->text, a->len, &x->c[i]) &&
		    !memchr(a->text + x->c[i].start, '-', x->c[i].end - x->c[i].start)) {
			x->c[i].type = ENT_PERSON;
			x->c[i].link |= LK_OFFICE;
			x->c[i].flags = (uint8_t)((x->c[i].flags & ~CF_LOWER) | CF_TITLE);
			x->c[i].date |= NAME_HOLDER;
		}
	}
}

static size_t extracted;	/* atomic: extract_article() calls, for extract_count() */

size_t
extract_count(void)
{
	return __atomic_load_n(&extracted, __ATOMIC_RELAXED);
}

struct extraction *
extract_article(const struct article *a)
{
	struct extraction *x = xcalloc(1, sizeof *x);
	struct scan_vec sv = { NULL, 0, 0 };
	struct ex_block b;
	size_t from, to, est, c0;

	__atomic_fetch_add(&extracted, 1, __ATOMIC_RELAXED);
	if (!a || !a->text || a->len == 0 || a->len >= UINT32_MAX)
		return x;
	memset(&b, 0, sizeof b);
	from = a->body <= a->len ? a->body : 0;
	/* Size the buffers once from the text (about a word in five bytes), not by doubling. */
	est = a->len - from < BLOCK_BYTES ? a->len - from : BLOCK_BYTES;
	xgrow((void **)&b.t, &b.cap, est / 5 + 64, sizeof *b.t);
	xgrow((void **)&b.fb, &b.fbcap, est + est / 4 + 1024, 1);
	xgrow((void **)&x->c, &x->cap, est / 40 + 16, sizeof *x->c);
	xgrow((void **)&sv.v, &sv.cap, est / 400 + 8, sizeof *sv.v);
	while (from < a->len) {
		to = block_end(a->text, from, a->len);
		ex_tokenize(&b, a->text, from, to, &sv);
		c0 = x->n;
		ex_chunk(&b, x);
		ex_states(&b, x, c0);
		ex_datelines(&b, x, c0);
		from = to;
	}
	add_spans(x, &sv);
	flatten(x);
	ex_drop_mail_headers(a->text, a->body <= a->len ? a->body : 0, a->len, x);
	ex_drop_front_matter(a->text, a->body <= a->len ? a->body : 0, a->len, x);
	drop_lower_acronyms(a->text, x);
	ex_slash_lead(a->text, x);
	ex_split_pairs(a->text, x);
	ex_drop_languages(a->text, a->len, x);
	link_cands(a, x);
	ex_block_free(&b);
	free(sv.v);
	/* Kept until the whole corpus is resolved: no spare room (it was most of the array,
	 * 270 MB at 100k articles). */
	if (x->n + 1 < x->cap) {
		x->cap = x->n ? x->n : 1;
		x->c = xrealloc(x->c, x->cap * sizeof *x->c);
	}
	return x;
}

void
extraction_free(struct extraction *x)
{
	if (!x)
		return;
	free(x->c);
	free(x->raw);
	free(x);
}

/* Work shared by the extraction threads: the next article to take. */
struct ex_work {
	const struct corpus *c;
	struct extraction **per;
	struct ex_blob *blobs;	/* NULL, or kept extractions in and out */
	struct text_holds *holds;	/* NULL, or told when a text is done with */
	_Atomic size_t *tick;		/* NULL, or counted up an article */
	atomic_size_t next;
};

/* Article i's extraction: decoded from its kept blob, else extracted (and kept). */
static struct extraction *
one_extraction(struct ex_work *w, size_t i)
{
	const struct article *a = w->c->arts[i];
	struct ex_blob *b = w->blobs ? &w->blobs[i] : NULL;
	struct extraction *x;

	if (b && b->data && (x = extraction_decode(b->data, b->len, a->len))) {
		/* The cache has it: only fresh ones are kept (one taken from a file that is
		 * written anew is, index_cache_salvage()). */
		if (!b->fresh) {
			free(b->data);
			b->data = NULL;
		}
		return x;
	}
	if (!__atomic_load_n(&a->text_ready, __ATOMIC_ACQUIRE))
		article_load(a);	/* (held by the build if it is there) */
	x = extract_article(a);
	if (w->holds)
		extraction_keep_raw(x, a->text, a->len);
	if (b) {
		free(b->data);
		b->data = extraction_encode(x, a, &b->len);
		b->fresh = true;
		/* The cache keeps every file's word count: made here, on every core, while
		 * the text is at hand (it was 15% of writing a cache, on one core). */
		article_count_words(w->c->arts[i]);
	}
	return x;
}

static void *
ex_worker(void *arg)
{
	struct ex_work *w = arg;
	size_t i;

	while ((i = atomic_fetch_add(&w->next, 1)) < w->c->n) {
		w->per[i] = one_extraction(w, i);
		text_holds_done(w->holds, i, TEXT_READER_EXTRACT);
		if (w->tick)
			atomic_fetch_add_explicit(w->tick, 1, memory_order_relaxed);
	}
	return NULL;
}

/* Extraction threads for a corpus: one per core (at most EX_MAX_THREADS), none for small
 * corpora where starting threads costs more than it saves. */
size_t
entities_threads(const struct corpus *c)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	if (c->n < 32 || ncpu <= 1)
		return 1;
	return ncpu > EX_MAX_THREADS ? EX_MAX_THREADS : (size_t)ncpu;
}

struct entity_set *
entities_rebuild(const struct corpus *c, struct ex_kept *k, size_t *nextracted)
{
	struct ex_blob *tmp = xcalloc(c->n ? c->n : 1, sizeof *tmp);
	struct entity_set *s;
	size_t i, nx = 0;

	if (k->n < c->n) {
		k->b = xrealloc(k->b, c->n * sizeof *k->b);
		k->hash = xrealloc(k->hash, c->n * sizeof *k->hash);
		memset(k->b + k->n, 0, (c->n - k->n) * sizeof *k->b);
		memset(k->hash + k->n, 0, (c->n - k->n) * sizeof *k->hash);
		k->n = c->n;
	}
	/* A copy of what is kept: entities_build_kept() frees a blob it decodes. */
	for (i = 0; i < c->n; i++) {
		if (k->b[i].data && strcmp(k->hash[i], c->arts[i]->hash) == 0) {
			tmp[i].data = xmalloc(k->b[i].len ? k->b[i].len : 1);
			memcpy(tmp[i].data, k->b[i].data, k->b[i].len);
			tmp[i].len = k->b[i].len;
		} else {
			nx++;
		}
	}
	s = entities_build_kept(c, tmp);
	for (i = 0; i < c->n; i++) {
		if (tmp[i].fresh) {
			free(k->b[i].data);
			k->b[i] = tmp[i];
			k->b[i].fresh = false;
			memcpy(k->hash[i], c->arts[i]->hash, sizeof k->hash[i]);
		} else {
			free(tmp[i].data);
		}
	}
	free(tmp);
	if (nextracted)
		*nextracted = nx;
	return s;
}

void
ex_kept_free(struct ex_kept *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		free(k->b[i].data);
	free(k->b);
	free(k->hash);
	memset(k, 0, sizeof *k);
}

struct entity_set *
entities_build(const struct corpus *c)
{
	return entities_build_kept(c, NULL);
}

struct entity_set *
entities_build_kept(const struct corpus *c, struct ex_blob *blobs)
{
	return entities_build_held(c, blobs, NULL, NULL);
}

struct entity_set *
entities_build_held(const struct corpus *c, struct ex_blob *blobs, struct text_holds *holds,
		    _Atomic size_t *tick)
{
	struct extraction **per = xcalloc(c->n ? c->n : 1, sizeof *per);
	struct ex_work w;
	pthread_t tid[EX_MAX_THREADS];
	size_t nt = entities_threads(c), i, started = 0;
	struct entity_set *s;

	w.c = c;
	w.per = per;
	w.blobs = blobs;
	w.holds = holds;
	w.tick = tick;
	atomic_init(&w.next, 0);
	for (i = 1; i < nt; i++)
		if (pthread_create(&tid[started], NULL, ex_worker, &w) == 0)
			started++;
	ex_worker(&w);		/* this thread works too */
	for (i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	bench_mark("extracted");
	s = resolve_corpus(c, per);
	bench_mark("resolved");
	free(per);
	return s;
}
