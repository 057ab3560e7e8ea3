/* index_cache_story.c -- the story clusters kept in the persistent index, read back on a hit. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <sqlite3.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * The clusters depend on the articles' texts, paths and dates alone, which a cache used
 * as it is describes unchanged (same ids too): so the set found when the cache was
 * written (or updated) is kept beside the signatures and read back instead of clustering
 * again (0.25 s at 10k articles, 7 s at 100k: the signatures read from xtr, the bands,
 * the chains cut). One row per member: its cluster and its rank in it (0 is the
 * representative). The meta row "clusters" (their count) says the set is there: a write
 * stopped before the clusters were found keeps none, and they are found from the
 * signatures as before.
 */

int
index_cache_put_clusters(sqlite3 *db, const char *schema, const struct cluster_set *cs)
{
	char *del = sqlite3_mprintf("DELETE FROM %s.story; DELETE FROM %s.meta WHERE k ="
				    " 'clusters'", schema, schema);
	char *ins = sqlite3_mprintf("INSERT INTO %s.story(article, cluster, rank) VALUES(?1, ?2, ?3)", schema);
	char *meta = sqlite3_mprintf("INSERT INTO %s.meta VALUES('clusters', ?1)", schema);
	sqlite3_stmt *st = NULL;
	int rc = del && ins && meta ? sqlite3_exec(db, del, NULL, NULL, NULL) : SQLITE_NOMEM;
	uint32_t k;
	size_t i, n;

	if (rc == SQLITE_OK && cs)
		rc = sqlite3_prepare_v2(db, ins, -1, &st, NULL);
	for (k = 1; rc == SQLITE_OK && cs && k <= cs->n; k++) {
		const uint32_t *m = cluster_members(cs, k, &n);

		for (i = 0; i < n && rc == SQLITE_OK; i++) {
			sqlite3_bind_int64(st, 1, m[i]);
			sqlite3_bind_int64(st, 2, k);
			sqlite3_bind_int64(st, 3, (sqlite3_int64)i);
			rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
			sqlite3_reset(st);
		}
	}
	sqlite3_finalize(st);
	st = NULL;
	if (rc == SQLITE_OK && cs && sqlite3_prepare_v2(db, meta, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, (sqlite3_int64)cs->n);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
	} else if (rc == SQLITE_OK && cs) {
		rc = SQLITE_ERROR;
	}
	sqlite3_finalize(st);
	sqlite3_free(del);
	sqlite3_free(ins);
	sqlite3_free(meta);
	return rc;
}

/* How many clusters the attached cache keeps, or -1 when it keeps none. */
static long
kept_count(struct index *ix)
{
	sqlite3_stmt *st = NULL;
	long n = -1;

	if (sqlite3_prepare_v2(ix->db, "SELECT v FROM cache.meta WHERE k = 'clusters'", -1, &st,
			       NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Rows (article, cluster, rank) by cluster and rank into cs, checked: every cluster from
 * 1 to cs->n, each of two members or more ranked from 0, each article once. */
static bool
read_rows(sqlite3_stmt *st, struct cluster_set *cs, size_t cap)
{
	size_t m = 0, rank = 0;
	uint32_t k = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 a = sqlite3_column_int64(st, 0), ck = sqlite3_column_int64(st, 1);
		sqlite3_int64 r = sqlite3_column_int64(st, 2);

		if (ck != k) {	/* the next cluster */
			if (ck != (sqlite3_int64)k + 1 || (k && rank < 2) || r != 0)
				return false;
			cs->start[k++] = (uint32_t)m;
			rank = 0;
		}
		if (a < 0 || (size_t)a >= cs->narticles || cs->of[a] || r != (sqlite3_int64)rank ||
		    m >= cap)
			return false;
		cs->of[a] = k;
		cs->members[m++] = (uint32_t)a;
		rank++;
	}
	if (rc != SQLITE_DONE || k != cs->n || (k && rank < 2))
		return false;
	cs->start[k] = (uint32_t)m;
	return true;
}

struct cluster_set *
index_cache_clusters(struct index *ix, const struct corpus *c)
{
	struct cluster_set *cs;
	sqlite3_stmt *st = NULL;
	long n = kept_count(ix);
	size_t rows;

	if (n < 0 || (size_t)n > c->n / 2)
		return NULL;
	if (sqlite3_prepare_v2(ix->db, "SELECT count(*) FROM cache.story", -1, &st, NULL) !=
		    SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return NULL;
	}
	rows = (size_t)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	st = NULL;
	if (rows > c->n)
		return NULL;
	cs = xcalloc(1, sizeof *cs);
	cs->narticles = c->n;
	cs->n = (size_t)n;
	cs->of = xcalloc(c->n ? c->n : 1, sizeof *cs->of);
	cs->start = xcalloc(cs->n + 1, sizeof *cs->start);
	cs->members = xcalloc(rows ? rows : 1, sizeof *cs->members);
	if (sqlite3_prepare_v2(ix->db, "SELECT article, cluster, rank FROM cache.story ORDER BY"
			       " cluster, rank", -1, &st, NULL) != SQLITE_OK ||
	    !read_rows(st, cs, rows)) {
		cluster_set_free(cs);
		cs = NULL;
	}
	sqlite3_finalize(st);
	return cs;
}
