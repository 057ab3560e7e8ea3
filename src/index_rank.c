/* index_rank.c -- ranked search: FTS5's bm25 with each document's length from one packed array. MIT licence. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/util.h"
#include "index_int.h"

/*
 * FTS5's bm25() asks the docsize table for the length of every row it ranks: one
 * statement per match, 166 ms of a 265 ms search for a word that 89k of 100k articles
 * hold. A cache keeps every document's length (its columns' tokens, as the docsize table
 * counts them) packed in one blob beside the catalog's (pack row 1, which begins with the
 * meta row "scanned" as the catalog's does, so a stale one is seen), and dossier_bm25()
 * takes a length from there. Everything else is bm25()'s, in its order (k1 = 1.2,
 * b = 0.75, an idf of at least 1e-6, the weights by column), so the scores are the same
 * numbers (tests/unit/test_rank.c compares them). Without a packed length (no cache, a cache changed in place, a row
 * past the array) it asks xColumnSize() as bm25() does.
 *
 * The blob: "dln1", the count n (u32), the length of "scanned" (u32) and its bytes, then
 * n lengths (u32) by doc, UINT32_MAX for none. In the machine's byte order.
 */

#define MAGIC "dln1"
#define NO_LEN UINT32_MAX

/* An SQLite varint at *p before end into *v; false if there is none. */
static bool
varint(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	uint64_t x = 0;
	int i;

	for (i = 0; i < 9 && *p < end; i++) {
		unsigned char c = *(*p)++;

		if (i == 8) {
			*v = x << 8 | c;
			return true;
		}
		x = x << 7 | (c & 0x7f);
		if (!(c & 0x80)) {
			*v = x;
			return true;
		}
	}
	return false;
}

int
index_rank_pack(sqlite3 *db, const char *schema, const char *scanned)
{
	char *sel = sqlite3_mprintf("SELECT id, sz FROM %s.fts_docsize", schema);
	char *ins = sqlite3_mprintf("INSERT INTO %s.pack VALUES(1, ?)", schema);
	sqlite3_stmt *st = NULL;
	uint32_t *len = NULL, n = 0, k = (uint32_t)strlen(scanned);
	size_t cap = 0, i;
	struct sbuf b = {0};
	int rc = sel && ins ? sqlite3_prepare_v2(db, sel, -1, &st, NULL) : SQLITE_NOMEM;

	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		const unsigned char *p = sqlite3_column_blob(st, 1), *end;
		uint64_t t = 0, v;

		rc = SQLITE_OK;
		if (id < 0 || id >= 64 * 1024 * 1024 || !p)
			continue;	/* no length: bm25's way for that row */
		for (end = p + sqlite3_column_bytes(st, 1); p < end && varint(&p, end, &v);)
			t += v;
		if ((uint32_t)id >= n) {
			xgrow((void **)&len, &cap, (size_t)id + 1, sizeof *len);
			for (i = n; i <= (size_t)id; i++)
				len[i] = NO_LEN;
			n = (uint32_t)id + 1;
		}
		len[id] = t < NO_LEN ? (uint32_t)t : NO_LEN;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		sb_add(&b, MAGIC, 4);
		sb_add(&b, (const char *)&n, sizeof n);
		sb_add(&b, (const char *)&k, sizeof k);
		sb_add(&b, scanned, k);
		if (n)	/* an index of no article has no lengths (and len no array) */
			sb_add(&b, (const char *)len, n * sizeof *len);
		rc = sqlite3_prepare_v2(db, ins, -1, &st, NULL);
		if (rc == SQLITE_OK) {
			sqlite3_bind_blob64(st, 1, b.data, b.len, SQLITE_STATIC);
			rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
		}
		sqlite3_finalize(st);
	}
	sb_free(&b);
	free(len);
	sqlite3_free(sel);
	sqlite3_free(ins);
	return rc;
}

/* The lengths packed in r's schema, if their stamp is its "scanned" (else none). */
static void
load(struct index_rank *r)
{
	char *sql = sqlite3_mprintf("SELECT data FROM %s.pack WHERE id = 1", r->schema);
	char *scanned = index_meta_of(r->db, r->schema, "scanned");
	sqlite3_stmt *st = NULL;
	const unsigned char *d;
	uint32_t n, k;
	size_t bytes;

	r->tried = true;
	if (sql && scanned && sqlite3_prepare_v2(r->db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW && (d = sqlite3_column_blob(st, 0)) &&
	    (bytes = (size_t)sqlite3_column_bytes(st, 0)) >= 12 && memcmp(d, MAGIC, 4) == 0) {
		memcpy(&n, d + 4, 4);
		memcpy(&k, d + 8, 4);
		if (k == strlen(scanned) && bytes == 12 + (size_t)k + (size_t)n * 4 &&
		    memcmp(d + 12, scanned, k) == 0) {
			r->len = xmalloc((n ? n : 1) * sizeof *r->len);
			memcpy(r->len, d + 12 + k, (size_t)n * 4);
			r->n = n;
			bench_value("rank_lengths", (double)n);	/* the tests see it was used */
		}
	}
	sqlite3_finalize(st);
	sqlite3_free(sql);
	free(scanned);
}

void
index_rank_reset(struct index_rank *r, const char *schema)
{
	free(r->len);
	r->len = NULL;
	r->n = 0;
	r->tried = false;
	r->schema = schema;
}

/* Per statement: the idf of each phrase and the mean length (bm25()'s). */
struct rank_data {
	int nphrase;
	double avgdl;
	double *idf, *freq;
};

static int
count_hit(const Fts5ExtensionApi *api, Fts5Context *fc, void *ud)
{
	(void)api;
	(void)fc;
	(*(sqlite3_int64 *)ud)++;
	return SQLITE_OK;
}

static void
free_data(void *p)
{
	struct rank_data *d = p;

	if (d) {
		free(d->idf);
		free(d->freq);
		free(d);
	}
}

static struct rank_data *
rank_data(const Fts5ExtensionApi *api, Fts5Context *fc, int *rc)
{
	struct rank_data *d = api->xGetAuxdata(fc, 0);
	sqlite3_int64 nrow = 0, ntok = 0;
	int i;

	if (d)
		return d;
	d = xcalloc(1, sizeof *d);
	if ((*rc = api->xSetAuxdata(fc, d, free_data)) != SQLITE_OK)
		return NULL;	/* freed by xSetAuxdata */
	d->nphrase = api->xPhraseCount(fc);
	d->idf = xcalloc((size_t)d->nphrase + 1, sizeof *d->idf);
	d->freq = xcalloc((size_t)d->nphrase + 1, sizeof *d->freq);
	*rc = SQLITE_OK;
	*rc = api->xRowCount(fc, &nrow);
	if (*rc == SQLITE_OK)
		*rc = api->xColumnTotalSize(fc, -1, &ntok);
	if (*rc == SQLITE_OK)
		d->avgdl = (double)ntok / (double)(nrow ? nrow : 1);
	for (i = 0; *rc == SQLITE_OK && i < d->nphrase; i++) {
		sqlite3_int64 nhit = 0;

		*rc = api->xQueryPhrase(fc, i, &nhit, count_hit);
		if (*rc == SQLITE_OK) {
			double idf = log((nrow - nhit + 0.5) / (nhit + 0.5));

			d->idf[i] = idf <= 0.0 ? 1e-6 : idf;
		}
	}
	return d;
}

static void
rank_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx, int argc,
	      sqlite3_value **argv)
{
	struct index_rank *r = api->xUserData(fc);
	const double k1 = 1.2, b = 0.75;
	struct rank_data *d;
	double score = 0.0, D = 0.0;
	sqlite3_int64 doc;
	int rc = SQLITE_OK, ninst = 0, i;

	if (!(d = rank_data(api, fc, &rc)) || rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc != SQLITE_OK ? rc : SQLITE_ERROR);
		return;
	}
	memset(d->freq, 0, sizeof *d->freq * (size_t)d->nphrase);
	rc = api->xInstCount(fc, &ninst);
	for (i = 0; rc == SQLITE_OK && i < ninst; i++) {
		int ip, ic, io;

		if ((rc = api->xInst(fc, i, &ip, &ic, &io)) == SQLITE_OK)
			d->freq[ip] += argc > ic ? sqlite3_value_double(argv[ic]) : 1.0;
	}
	if (rc == SQLITE_OK) {
		if (r && r->schema && !r->tried)
			load(r);
		doc = api->xRowid(fc);
		if (r && r->len && doc >= 0 && (size_t)doc < r->n && r->len[doc] != NO_LEN) {
			D = (double)r->len[doc];
		} else {
			int ntok;

			rc = api->xColumnSize(fc, -1, &ntok);
			D = (double)ntok;
		}
	}
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	for (i = 0; i < d->nphrase; i++)
		score += d->idf[i] * ((d->freq[i] * (k1 + 1.0)) /
				      (d->freq[i] + k1 * (1 - b + b * D / d->avgdl)));
	sqlite3_result_double(ctx, -1.0 * score);
}

int
index_rank_register(sqlite3 *db, struct index_rank *r)
{
	fts5_api *api = index_fts5_api(db);

	r->db = db;
	return api ? api->xCreateFunction(api, "dossier_bm25", r, rank_function, NULL)
		   : SQLITE_ERROR;
}
