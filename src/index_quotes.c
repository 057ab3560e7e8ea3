/* index_quotes.c -- quotes from the index: an article's, and an entity's across the corpus. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/quote.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * The quotes are found again (quote.c, linear in the article) from the article's text
 * and its mentions in the entity set the index reads now, so an edit or a correction
 * shows at once. The mention table only counts each entity's quotes per article, which
 * says where to look (and answers said:). The persistent index also keeps each article's
 * quotes with a digest of the mentions they were found with (index_said.c), which
 * `dossier quotes` reads instead of the text when they still fit (index_quote_read()).
 */

enum index_status
index_article_quotes(const struct index *ix, uint32_t id, struct quote_list *out)
{
	const struct entity_set *es = ix->ents;

	out->n = 0;
	if (!es || !ix->corpus || id >= ix->corpus->n || id >= es->narticles)
		return INDEX_OK;
	quote_article(ix->corpus->arts[id], es->mentions[id], es->nmentions[id], out);
	return INDEX_OK;
}

enum index_status
index_entity_quotes(struct index *ix, uint32_t entity, struct index_quote **out, size_t *n)
{
	struct quote_list ql = {0};
	size_t cap = 0, k, a, na = ix->corpus ? ix->corpus->n : 0;
	bool *in = xcalloc(na ? na : 1, sizeof *in);

	*out = NULL;
	*n = 0;
	if (index_quoted_in(ix, entity, in, na) != INDEX_OK) {
		free(in);
		return INDEX_ERROR;
	}
	for (a = 0; a < na; a++) {
		if (!in[a] || index_article_quotes(ix, (uint32_t)a, &ql) != INDEX_OK)
			continue;
		for (k = 0; k < ql.n; k++) {
			if (ql.v[k].entity != entity)
				continue;
			xgrow((void **)out, &cap, *n + 1, sizeof **out);
			(*out)[*n].article = (uint32_t)a;
			(*out)[(*n)++].q = ql.v[k];
		}
	}
	quote_list_free(&ql);
	free(in);
	return INDEX_OK;
}

enum index_status
index_quoted_in(struct index *ix, uint32_t entity, bool *quoted, size_t n)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(ix->db, "SELECT article FROM mention WHERE entity = ?1 AND"
			       " quotes > 0", -1, &st, NULL) != SQLITE_OK)
		return index_fail(ix, "looking up quotes");
	sqlite3_bind_int64(st, 1, entity);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 a = sqlite3_column_int64(st, 0);

		if (a >= 0 && (uint64_t)a < n)
			quoted[a] = true;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? INDEX_OK : index_fail(ix, "looking up quotes");
}

struct index_quote_reader {
	sqlite3_stmt *st;	/* the kept quotes of a content hash */
};

struct index_quote_reader *
index_quote_reader(struct index *ix)
{
	struct index_quote_reader *r;
	sqlite3_stmt *st = NULL;

	if (!ix || !ix->cache_attached ||
	    sqlite3_prepare_v2(ix->db, "SELECT quotes FROM cache.xtr WHERE hash = ?1", -1, &st,
			       NULL) != SQLITE_OK) {
		sqlite3_finalize(st);
		return NULL;
	}
	r = xcalloc(1, sizeof *r);
	r->st = st;
	return r;
}

bool
index_quote_read(struct index_quote_reader *r, const struct article *a,
		 const struct mention *m, size_t nm, struct quote_list *out)
{
	const void *d;
	bool ok = false;

	out->n = 0;
	if (!r)
		return false;
	sqlite3_bind_text(r->st, 1, a->hash, -1, SQLITE_STATIC);
	if (sqlite3_step(r->st) == SQLITE_ROW && (d = sqlite3_column_blob(r->st, 0))) {
		/* Read where SQLite holds it (index_kept_quotes() only reads it). */
		struct ex_blob b = { (unsigned char *)(uintptr_t)d,
				     (size_t)sqlite3_column_bytes(r->st, 0), false };

		ok = index_kept_quotes(&b, m, nm, out);
	}
	sqlite3_reset(r->st);
	return ok;
}

void
index_quote_reader_free(struct index_quote_reader *r)
{
	if (!r)
		return;
	sqlite3_finalize(r->st);
	free(r);
}
