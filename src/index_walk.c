/* index_walk.c -- a parsed query walked to one bitset of articles, the sets of its terms from the caller. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/query.h"
#include "dossier/util.h"
#include "index_int.h"
#include "query_ast.h"

/*
 * Both query evaluators walk the tree the same way (index_query.c with the articles in
 * memory, index_cache_eval.c with a cache file alone); only where a term's articles come
 * from differs, which the walk asks through struct index_walk. Free-text children of an
 * AND or OR go into one FTS5 MATCH, as query_sql() writes them, except a short prefix,
 * which the prefix table answers alone when the caller has one.
 */

uint64_t *
index_walk_set(const struct index_walk *w)
{
	return xcalloc(w->nw ? w->nw : 1, sizeof(uint64_t));
}

void
index_walk_not(const struct index_walk *w, uint64_t *s)
{
	size_t i;

	for (i = 0; i < w->nw; i++)
		s[i] = w->all ? ~s[i] & w->all[i] : ~s[i];
	if (!w->all && (w->n & 63))
		s[w->nw - 1] &= ((uint64_t)1 << (w->n & 63)) - 1;
}

void
index_walk_and(const struct index_walk *w, uint64_t *a, uint64_t *b, bool and)
{
	size_t i;

	for (i = 0; i < w->nw; i++)
		a[i] = and ? a[i] & b[i] : a[i] | b[i];
	free(b);
}

/* Every article. */
static uint64_t *
all_set(const struct index_walk *w)
{
	uint64_t *s = index_walk_set(w);

	index_walk_not(w, s);
	return s;
}

/* Does node n hold a short prefix that the prefix table answers? */
static bool
has_table_prefix(const struct index_walk *w, int n)
{
	const struct qnode *x = &w->q->nodes[n];
	size_t nk, i;
	int *kids;
	bool any = false;

	if (!w->prefixes)
		return false;
	if (x->kind == QK_TEXT)
		return index_prefix_word(x->text, x->prefix);
	if (x->kind == QK_NOT)
		return has_table_prefix(w, x->kid);
	if (x->kind != QK_AND && x->kind != QK_OR)
		return false;
	kids = query_kids(w->q, n, &nk);
	for (i = 0; i < nk && !any; i++)
		any = has_table_prefix(w, kids[i]);
	free(kids);
	return any;
}

/* Does node n go into an FTS5 MATCH (free text, no prefix for the prefix table)? */
static bool
in_match(const struct index_walk *w, int n)
{
	return w->q->nodes[n].fts && !has_table_prefix(w, n);
}

/* Is kid k of an AND (and) or OR taken by its MATCH: text, or negated text? */
static bool
in_group_match(const struct index_walk *w, int k, bool and, bool given)
{
	const struct qnode *x = &w->q->nodes[k];

	if (given)	/* all of the root's text, as query_sql_text_first() grabs it */
		return x->fts || (x->kind == QK_NOT && w->q->nodes[x->kid].fts);
	return in_match(w, k) || (and && x->kind == QK_NOT && in_match(w, x->kid));
}

/* The set the caller has for the root's text, copied. */
static uint64_t *
given_set(const struct index_walk *w)
{
	uint64_t *s = index_walk_set(w);

	memcpy(s, w->root_text, w->nw * sizeof *s);
	return s;
}

/* The MATCH of a group's text children fts[0..nf), npos of them positive. */
static uint64_t *
group_match(struct index_walk *w, const int *fts, size_t nf, size_t npos, bool and)
{
	const struct query *q = w->q;
	struct sbuf m = {0};
	uint64_t *s;

	if (npos) {
		if (and)
			query_match_and(q, fts, nf, &m);
		else
			query_match_or(q, fts, nf, false, &m);
		return w->match(w, &m, nf == 1 ? fts[0] : -1);
	}
	/* Only negated text under this AND: one NOT of all of it. */
	query_match_or(q, fts, nf, true, &m);
	s = w->match(w, &m, nf == 1 ? q->nodes[fts[0]].kid : -1);
	index_walk_not(w, s);
	return s;
}

/* An AND or OR group, its free-text children in one MATCH as query_sql() does. */
static uint64_t *
walk_group(struct index_walk *w, int n)
{
	const struct query *q = w->q;
	bool and = q->nodes[n].kind == QK_AND;
	bool given = w->root_text && n == q->root && and;
	size_t nk, i, nf = 0, npos = 0;
	int *kids = query_kids(q, n, &nk), *fts = xmalloc((nk ? nk : 1) * sizeof *fts);
	uint64_t *acc = NULL, *part;

	for (i = 0; i < nk && !given; i++) {
		if (in_match(w, kids[i]))
			npos++;
		if (in_group_match(w, kids[i], and, false))
			fts[nf++] = kids[i];
	}
	if (given)
		acc = given_set(w);
	else if (nf)
		acc = group_match(w, fts, nf, npos, and);
	for (i = 0; i < nk && !w->failed(w); i++) {
		if (in_group_match(w, kids[i], and, given))
			continue;
		part = index_walk_node(w, kids[i]);
		if (!acc)
			acc = part;
		else
			index_walk_and(w, acc, part, and);
	}
	if (!acc)
		acc = and ? all_set(w) : index_walk_set(w);
	free(fts);
	free(kids);
	return acc;
}

uint64_t *
index_walk_node(struct index_walk *w, int n)
{
	const struct qnode *x = &w->q->nodes[n];
	struct sbuf m = {0};
	uint64_t *s;

	if (w->root_text && n == w->q->root && x->fts)
		return given_set(w);
	if (in_match(w, n)) {
		query_match_node(w->q, n, &m);
		return w->match(w, &m, n);
	}
	if (x->kind == QK_TEXT)
		return w->prefix(w, x);
	if (x->kind == QK_NOT) {
		s = index_walk_node(w, x->kid);
		index_walk_not(w, s);
		return s;
	}
	if (x->kind == QK_AND || x->kind == QK_OR)
		return walk_group(w, n);
	return w->field(w, x);
}

uint64_t *
index_walk_query(struct index_walk *w)
{
	return w->q->root >= 0 ? index_walk_node(w, w->q->root) : all_set(w);
}
