/* extract.c -- entity types and per-article extraction: scanners, tokeniser, chunker. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"

/* Text is tokenised in blocks of about this many bytes, cut at line ends (or at a blank
 * inside a very long line), so memory stays bounded on huge files. */
#define BLOCK_BYTES (256u * 1024u)

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

/* Candidates are sorted; drop any that overlap an earlier one (flat spans). */
static void
flatten(struct extraction *x)
{
	size_t i, o = 0;
	uint32_t end = 0;

	if (x->n > 1)
		qsort(x->c, x->n, sizeof *x->c, cand_cmp);
	for (i = 0; i < x->n; i++) {
		if (x->c[i].end <= x->c[i].start || (o > 0 && x->c[i].start < end))
			continue;
		x->c[o++] = x->c[i];
		end = x->c[i].end;
	}
	x->n = o;
}

struct extraction *
extract_article(const struct article *a)
{
	struct extraction *x = xcalloc(1, sizeof *x);
	struct scan_vec sv = { NULL, 0, 0 };
	struct ex_block b;
	size_t from, to, si = 0, i;

	if (!a || !a->text || a->len == 0 || a->len >= UINT32_MAX)
		return x;
	memset(&b, 0, sizeof b);
	from = a->body <= a->len ? a->body : 0;
	scan_text(a->text, from, a->len, &sv);
	while (from < a->len) {
		to = block_end(a->text, from, a->len);
		ex_tokenize(&b, a->text, from, to, &sv, &si);
		ex_chunk(&b, x);
		from = to;
	}
	for (i = 0; i < sv.n; i++) {
		struct cand *c = ex_add(x, sv.v[i].start, sv.v[i].end, sv.v[i].type);

		memcpy(c->dcanon, sv.v[i].canon, sizeof c->dcanon);
	}
	flatten(x);
	ex_block_free(&b);
	free(sv.v);
	return x;
}

void
extraction_free(struct extraction *x)
{
	if (!x)
		return;
	free(x->c);
	free(x);
}

struct entity_set *
entities_build(const struct corpus *c)
{
	struct extraction **per = xcalloc(c->n ? c->n : 1, sizeof *per);
	struct entity_set *s;
	size_t i;

	for (i = 0; i < c->n; i++)
		per[i] = extract_article(c->arts[i]);
	s = resolve_corpus(c, per);
	free(per);
	return s;
}
