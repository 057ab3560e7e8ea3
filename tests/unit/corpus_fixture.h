/* corpus_fixture.h -- unit-test helpers: articles from strings, search hit counts. MIT licence. */
#ifndef DOSSIER_CORPUS_FIXTURE_H
#define DOSSIER_CORPUS_FIXTURE_H

#include <string.h>

#include "dossier/corpus.h"
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

#endif
