/* index_cache_eval_cols.c -- the columns a query of a cache file reads: each article's full-text row, date, source and hash (index_cache_eval.c). MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/gazetteer.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_eval.h"

/* The table of sources twice as large, every name in it again. */
static void
fe_source_grow(struct fe *e)
{
	size_t i, j;

	free(e->slot);
	e->nslots = e->nslots ? 2 * e->nslots : 256;
	e->slot = xcalloc(e->nslots, sizeof *e->slot);
	for (i = 0; i < e->nsrcs; i++) {
		const char *raw = e->srcs[i] + e->srcoff[i];

		for (j = gaz_hash(raw, strlen(raw)) & (e->nslots - 1); e->slot[j];
		     j = (j + 1) & (e->nslots - 1))
			;
		e->slot[j] = (uint32_t)i + 1;
	}
}

/* Does node n (or one under it) ask for the kind k? */
bool
fe_asks(const struct query *q, int n, enum qkind k)
{
	const struct qnode *x = &q->nodes[n];
	int c;

	if (x->kind == k)
		return true;
	for (c = x->kid; c >= 0; c = q->nodes[c].next)
		if (fe_asks(q, c, k))
			return true;
	return false;
}

/* The index in e->srcs of source v (folded once for every article that has it), found
 * through an open-addressing table of the raw names (a hundred outlets, 100k rows). */
uint32_t
fe_source(struct fe *e, const char *v)
{
	size_t vlen = strlen(v), len, i, h = gaz_hash(v, vlen);
	char *f;

	if (!e->nslots)
		fe_source_grow(e);
	for (i = h & (e->nslots - 1); e->slot[i]; i = (i + 1) & (e->nslots - 1))
		if (strcmp(e->srcs[e->slot[i] - 1] + e->srcoff[e->slot[i] - 1], v) == 0)
			return e->slot[i] - 1;
	if (2 * (e->nsrcs + 1) > e->nslots)
		return fe_source_grow(e), fe_source(e, v);
	f = text_fold(v, vlen, &len);
	xgrow((void **)&e->srcs, &e->srcs_cap, e->nsrcs + 1, sizeof *e->srcs);
	e->srcoff = xrealloc(e->srcoff, e->srcs_cap * sizeof *e->srcoff);
	/* " folded\0raw\0": the raw one to find it again. */
	e->srcs[e->nsrcs] = xmalloc(len + vlen + 3);
	e->srcs[e->nsrcs][0] = ' ';
	memcpy(e->srcs[e->nsrcs] + 1, f, len + 1);
	memcpy(e->srcs[e->nsrcs] + len + 2, v, vlen + 1);
	e->srcoff[e->nsrcs] = len + 2;
	free(f);
	e->slot[i] = (uint32_t)++e->nsrcs;
	return (uint32_t)(e->nsrcs - 1);
}

/* One row of the article table into e. */
static void
fe_row(struct fe *e, sqlite3_stmt *st)
{
	int64_t id = sqlite3_column_int64(st, 0), doc = sqlite3_column_int64(st, 1);
	const char *v;

	if (id < 0 || (size_t)id >= e->n)
		return;
	fe_add(e, e->present, id);
	e->date_key[id] = (int32_t)sqlite3_column_int64(st, 2);
	if (doc >= 0 && (size_t)doc < e->ndocs)
		e->id_of[doc] = id;
	if (e->src_of) {
		v = (const char *)sqlite3_column_text(st, 3);
		e->src_of[id] = fe_source(e, v ? v : "");
	}
}

/* Every article's full-text row and date, and its source when sources, from the pack
 * (index_cache_pack.c), where ids are 0..n-1 with no gap; false when the file has none
 * made by its last write. */
static bool
fe_load_packed(struct fe *e, bool sources)
{
	uint32_t *doc = NULL, *src = NULL, *place = NULL;
	char **names = NULL;
	size_t i, n, nnames = 0;
	bool ok;

	if (!index_cache_unpack_cols(e->db, &doc, &e->date_key, &src, &n))
		return false;
	ok = !sources || index_cache_unpack_sources(e->db, &names, &nnames);
	for (i = 0; ok && sources && i < n; i++)
		ok = src[i] < nnames;
	if (!ok) {
		free(doc);
		free(src);
		free(e->date_key);
		e->date_key = NULL;
		for (i = 0; i < nnames; i++)
			free(names[i]);
		free(names);
		return false;
	}
	e->n = n;
	e->nw = (n + 63) / 64;
	for (i = 0; i < n; i++)
		if (doc[i] < INT32_MAX && doc[i] + (size_t)1 > e->ndocs)
			e->ndocs = doc[i] + (size_t)1;
	e->present = fe_set(e);
	for (i = 0; i < n; i++)
		e->present[i >> 6] |= (uint64_t)1 << (i & 63);
	e->id_of = xmalloc((e->ndocs ? e->ndocs : 1) * sizeof *e->id_of);
	for (i = 0; i < e->ndocs; i++)
		e->id_of[i] = -1;
	for (i = 0; i < n; i++)
		if (doc[i] < INT32_MAX)
			e->id_of[doc[i]] = (int64_t)i;
	if (sources) {	/* each source folded once, as the rows' pass does */
		place = xmalloc((nnames ? nnames : 1) * sizeof *place);
		for (i = 0; i < nnames; i++)
			place[i] = fe_source(e, names[i]);
		e->src_of = xmalloc((n ? n : 1) * sizeof *e->src_of);
		for (i = 0; i < n; i++)
			e->src_of[i] = place[src[i]];
	}
	for (i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	free(place);
	free(doc);
	free(src);
	e->packed = true;
	bench_value("eval_packed", 1);	/* tests/cli/cache_eval.sh */
	return true;
}

/* The articles' ids when the pack says each doc is its id (row 6): no column read, the
 * dates read when a term or a ranking needs them (fe_dates()). */
static bool
fe_load_ids(struct fe *e)
{
	size_t n, i;

	if (!index_cache_unpack_ids(e->db, &n))
		return false;
	e->n = e->ndocs = n;
	e->nw = (n + 63) / 64;
	e->same_ids = true;
	e->present = fe_set(e);
	for (i = 0; i < n; i++)
		e->present[i >> 6] |= (uint64_t)1 << (i & 63);
	e->packed = true;
	bench_value("eval_ids", 1);	/* tests/cli/cache_eval.sh */
	return true;
}

/* Every article's date by id, read now when it was not: false when the pack's are not
 * those of the articles read. */
bool
fe_dates(struct fe *e)
{
	uint32_t *doc = NULL, *src = NULL;
	size_t n = 0, i;
	bool ok;

	if (e->date_key)
		return true;
	ok = index_cache_unpack_cols(e->db, &doc, &e->date_key, &src, &n) && n == e->n;
	for (i = 0; ok && i < n; i++)
		ok = doc[i] == i;
	free(doc);
	free(src);
	if (!ok) {
		free(e->date_key);
		e->date_key = NULL;
	}
	return ok;
}

/* Every article's id, full-text row and date, and its source when the query asks: one
 * pass over the article table (each column is decoded once for all terms); without
 * scan, only how many ids there are. A query with no date or source term reads the ids
 * alone when it can (fe_load_ids()). */
bool
fe_load(struct fe *e, bool scan)
{
	sqlite3_stmt *st = NULL;
	int64_t maxid = -1, maxdoc = -1;
	size_t i;
	int rc;
	bool sources = e->q->root >= 0 && fe_asks(e->q, e->q->root, QK_SOURCE);

	if (!sources && !(e->q->root >= 0 && fe_asks(e->q, e->q->root, QK_DATE)) &&
	    fe_load_ids(e))
		return true;
	if (fe_load_packed(e, sources))
		return true;
	rc = sqlite3_prepare_v2(e->db, "SELECT max(id), max(doc) FROM article", -1, &st, NULL);
	if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		maxid = sqlite3_column_int64(st, 0);
		maxdoc = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK || maxid < -1 || maxid >= INT32_MAX || maxdoc >= INT32_MAX)
		return false;
	e->n = (size_t)(maxid + 1);
	e->nw = (e->n + 63) / 64;
	e->ndocs = maxdoc < 0 ? 0 : (size_t)maxdoc + 1;
	if (!scan)
		return true;
	e->present = fe_set(e);
	e->date_key = xcalloc(e->n ? e->n : 1, sizeof *e->date_key);
	e->id_of = xmalloc((e->ndocs ? e->ndocs : 1) * sizeof *e->id_of);
	for (i = 0; i < e->ndocs; i++)
		e->id_of[i] = -1;
	if (e->q->root >= 0 && fe_asks(e->q, e->q->root, QK_SOURCE))
		e->src_of = xcalloc(e->n ? e->n : 1, sizeof *e->src_of);
	rc = sqlite3_prepare_v2(e->db, e->src_of ? "SELECT id, doc, date_key, source FROM article"
				: "SELECT id, doc, date_key FROM article", -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		rc = SQLITE_OK;
		fe_row(e, st);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE;
}

/* Every article's content hash, read when a term of the state has some (most commands
 * run with nothing read, flagged or archived: then none is). */
static void
fe_load_hashes(struct fe *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	e->hash = xcalloc(e->n ? e->n : 1, sizeof *e->hash);
	if (e->packed && index_cache_unpack_hashes(e->db, e->hash, e->n)) {
		bench_value("eval_packed_hashes", 1);
		return;
	}
	rc = sqlite3_prepare_v2(e->db, "SELECT id, hash FROM article", -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		const char *v = (const char *)sqlite3_column_text(st, 1);
		size_t len = (size_t)sqlite3_column_bytes(st, 1);

		rc = SQLITE_OK;
		if (id >= 0 && (size_t)id < e->n && v && len < sizeof e->hash[id])
			memcpy(e->hash[id], v, len + 1);
	}
	sqlite3_finalize(st);
	e->ok = e->ok && rc == SQLITE_DONE;
}

/* A slot of e->hslot for hash h: a content hash in hex, its bytes spread already, so
 * two words of it mixed (gaz_hash()'s byte-at-a-time FNV over 32 bytes, for each of
 * 100k articles and each hash of the state, cost a fifth of `search tag:urgent`). */
static size_t
fe_hash_slot(const struct fe *e, const char *h)
{
	uint64_t a = 0, b = 0;
	size_t n = strlen(h);

	memcpy(&a, h, n < 8 ? n : 8);
	if (n > 8)
		memcpy(&b, h + 8, n - 8 < 8 ? n - 8 : 8);
	return (size_t)((a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full) >> 17) &
	       (e->nhslots - 1);
}

/* Every article's hash read and put in a table by hash (ids + 1; 0 empty). */
void
fe_hash_table(struct fe *e)
{
	size_t i, k;

	fe_load_hashes(e);
	for (e->nhslots = 64; e->nhslots < 2 * e->n; e->nhslots *= 2)
		;
	e->hslot = xcalloc(e->nhslots, sizeof *e->hslot);
	for (i = 0; i < e->n; i++) {
		if (!e->hash[i][0])
			continue;
		for (k = fe_hash_slot(e, e->hash[i]); e->hslot[k]; k = (k + 1) & (e->nhslots - 1))
			;
		e->hslot[k] = (uint32_t)i + 1;
	}
}

/* Every article whose hash is h into s (one text in several files: each of them, as
 * SQL's IN). */
void
fe_add_hash(const struct fe *e, uint64_t *s, const char *h)
{
	size_t k;

	if (!h || !h[0])
		return;
	for (k = fe_hash_slot(e, h); e->hslot[k]; k = (k + 1) & (e->nhslots - 1))
		if (strcmp(e->hash[e->hslot[k] - 1], h) == 0)
			fe_add(e, s, (int64_t)e->hslot[k] - 1);
}
