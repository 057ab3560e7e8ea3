/* corpus_fixture.h -- unit-test helpers: articles from strings, search hit counts. MIT licence. */
#ifndef DOSSIER_CORPUS_FIXTURE_H
#define DOSSIER_CORPUS_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/util.h"

/* Parse text as the article at path and append it to c (corpus_finish() comes later). */
static inline void
fixture_add(struct corpus *c, const char *path, const char *text)
{
	struct article *a = article_parse(path, xstrdup(text), strlen(text), 0);

	xgrow((void **)&c->arts, &c->cap, c->n + 1, sizeof *c->arts);
	c->arts[c->n++] = a;
}

/* How many articles index_search_text() finds for q; (size_t)-1 on an error. */
static inline size_t
fixture_hits(struct index *ix, const char *q)
{
	struct index_hit *h;
	size_t n;

	if (index_search_text(ix, q, 0, &h, &n) != INDEX_OK)
		return (size_t)-1;
	index_hits_free(h, n);
	return n;
}

/* Parse text and run it through the query evaluator (index_query_ids, no flags): fn gets
 * each article. Returns its status, INDEX_ERROR when text does not parse. */
static inline int
fixture_query(struct index *ix, const char *text, void (*fn)(void *ud, uint32_t id), void *ud)
{
	struct query *q = query_parse(text, NULL, 0);
	int rc = q ? index_query_ids(ix, q, 0, fn, ud) : INDEX_ERROR;

	query_free(q);
	return rc;
}

/* For index_select_ids() and fixture_query(): add (id + 1) to *(size_t *)ud, a sum that
 * tells small sets of articles apart. */
static inline void
fixture_sum_id(void *ud, uint32_t id)
{
	(*(size_t *)ud) += id + 1;
}

/* Articles the mention table has for entity e, as such a sum; (size_t)-1 on an error. */
static inline size_t
fixture_table_articles(struct index *ix, long e)
{
	char buf[32];
	const char *p[1] = { buf };
	size_t sum = 0;

	snprintf(buf, sizeof buf, "%ld", e);
	if (index_select_ids(ix, "SELECT article FROM mention WHERE entity = ?", p, 1,
			     fixture_sum_id, &sum) != INDEX_OK)
		return (size_t)-1;
	return sum;
}

/* Articles the query language finds (the bitset evaluator), as such a sum; (size_t)-1 on
 * an error. */
static inline size_t
fixture_query_sum(struct index *ix, const char *text)
{
	size_t sum = 0;

	return fixture_query(ix, text, fixture_sum_id, &sum) == INDEX_OK ? sum : (size_t)-1;
}

/* The entity of es whose display name is name, or -1. */
static inline long
fixture_entity_named(const struct entity_set *es, const char *name)
{
	size_t i;

	for (i = 0; i < es->n; i++)
		if (strcmp(es->ents[i].canonical, name) == 0)
			return (long)i;
	return -1;
}

/* The corpus of the folder dir, read as the program reads it, in a new index *ix with its
 * entities (*es) and prefix table; false when a step fails. */
static inline bool
fixture_index_dir(struct corpus *c, const char *dir, struct index **ix, struct entity_set **es)
{
	char err[256];

	corpus_init(c);
	if (corpus_add_path(c, dir) != 0)
		return false;
	corpus_finish(c);
	*es = NULL;
	if (!(*ix = index_open(err, sizeof err)) || index_add_corpus(*ix, c, NULL) != INDEX_OK)
		return false;
	*es = entities_build(c);
	return index_add_entities(*ix, *es) == INDEX_OK &&
	       index_build_prefixes(*ix, NULL) == INDEX_OK;
}

#endif
