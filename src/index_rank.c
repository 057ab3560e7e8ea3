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
 * counts them) packed beside the catalog (pack row 1, index_cache_pack.c), and
 * dossier_bm25() takes a length from there. Everything else is bm25()'s, in its order
 * (k1 = 1.2, b = 0.75, an idf of at least 1e-6, the weights by column), so the scores are
 * the same numbers (test_query_sql's test_rank_is_bm25 compares them). Without a packed
 * length (no cache, a cache changed in place, a row past the array) it asks
 * xColumnSize() as bm25() does.
 */

#define NO_LEN UINT32_MAX	/* a doc whose length is not packed */

/* The lengths packed in r's schema, when they are of its last write of the rows. */
static void
load(struct index_rank *r)
{
	r->tried = true;
	if (index_cache_unpack_lengths(r->db, r->schema, &r->len, &r->n))
		bench_value("rank_lengths", (double)r->n);	/* the tests see they were used */
}

/* How many phrases (double-quoted strings) the FTS5 expression match has. */
static size_t
phrases(const char *match)
{
	const char *q = match;
	size_t n = 0;

	while ((q = strchr(q, '"')) && (q = strchr(q + 1, '"')))
		n++, q++;
	return n;
}

/* The rows of the prefix table holding word (a short prefix); -1 on an error. */
static int64_t
prefix_rows(sqlite3 *db, const char *word, size_t len)
{
	sqlite3_stmt *st = NULL;
	int64_t n = -1;
	char *m = sqlite3_mprintf("\"%.*s\"", (int)len, word);

	if (m && sqlite3_prepare_v2(db, "SELECT count(*) FROM pfx WHERE pfx MATCH ?", -1, &st,
				    NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, m, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	sqlite3_free(m);
	return n;
}

/*
 * FTS5 numbers the phrases of an expression as they come in its text, and every phrase
 * of ours is a double-quoted string of folded letters and digits (query_sql.c), a star
 * after it for a prefix: the phrases are the quoted strings, in order. For `thal* ban*`
 * at 100k articles, counting both phrases through FTS5 was 40% of the search.
 */
void
index_rank_prefixes(struct index_rank *r, const char *match)
{
	const char *p = match, *q;
	size_t cap = 0;
	char word[8];

	free(r->known);
	r->known = NULL;
	r->nknown = 0;
	if (phrases(match) < 2)
		return;	/* one phrase is counted by its rows (rank_rows()) */
	while ((p = strchr(p, '"')) && (q = strchr(p + 1, '"'))) {
		int64_t n = -1;
		size_t len = (size_t)(q - p - 1);

		if (q[1] == '*' && len < sizeof word) {
			memcpy(word, p + 1, len);
			word[len] = '\0';
			if (index_prefix_word(word, true))
				n = prefix_rows(r->db, word, len);
		}
		xgrow((void **)&r->known, &cap, r->nknown + 1, sizeof *r->known);
		r->known[r->nknown++] = n;
		p = q + 1;
	}
}

void
index_rank_reset(struct index_rank *r, const char *schema)
{
	free(r->known);
	r->known = NULL;
	r->nknown = 0;
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

/* bm25()'s idf of a phrase found in nhit of nrow rows. */
static double
idf_of(sqlite3_int64 nrow, sqlite3_int64 nhit)
{
	double idf = log((nrow - nhit + 0.5) / (nhit + 0.5));

	return idf <= 0.0 ? 1e-6 : idf;
}

/* The statement that scores every match of a text (bound to its ?). */
#define RANK_ALL "SELECT rowid, dossier_bm25(fts, 10.0, 1.0) FROM fts WHERE fts MATCH ?"

/* Steps st (RANK_ALL, on r's connection) to its end, each row into *v (owned by the
 * caller, also on an error). A text of one phrase is scored without its idf, which would
 * cost a second pass over the index to count its rows: the rows counted give it after.
 * Returns the last sqlite3_step() code (SQLITE_DONE when all were read). */
static int
rank_rows(struct index_rank *r, sqlite3_stmt *st, struct index_scored **v, size_t *n)
{
	size_t cap = 0, i;
	double idf;
	int rc;

	*v = NULL, *n = 0;
	r->defer = true;	/* the rows are all the matches: rank_data() counts none */
	r->deferred = false;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		xgrow((void **)v, &cap, *n + 1, sizeof **v);
		(*v)[*n].doc = sqlite3_column_int64(st, 0);
		(*v)[(*n)++].score = sqlite3_column_double(st, 1);
	}
	idf = r->deferred ? idf_of(r->nrow, (sqlite3_int64)*n) : 1.0;
	r->defer = r->deferred = false;
	free(r->known);
	r->known = NULL;
	r->nknown = 0;
	for (i = 0; idf != 1.0 && i < *n; i++)
		(*v)[i].score *= idf;
	return rc;
}

static struct rank_data *
rank_data(const Fts5ExtensionApi *api, Fts5Context *fc, struct index_rank *r, int *rc)
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
	if (*rc == SQLITE_OK && r && r->defer && d->nphrase == 1) {
		d->idf[0] = 1.0;	/* rank_rows() applies it, the rows counted */
		r->deferred = true;
		r->nrow = nrow;
		return d;
	}
	for (i = 0; *rc == SQLITE_OK && i < d->nphrase; i++) {
		sqlite3_int64 nhit = 0;

		if (r && (size_t)i < r->nknown && r->known[i] >= 0)
			nhit = r->known[i];	/* index_rank_prefixes() */
		else
			*rc = api->xQueryPhrase(fc, i, &nhit, count_hit);
		if (*rc == SQLITE_OK)
			d->idf[i] = idf_of(nrow, nhit);
	}
	return d;
}

/* Each phrase's weighted count of instances in the row of fc into freq (zeroed first):
 * an instance in column c weighs w[c] (1.0 past nw). */
static int
row_freq(const Fts5ExtensionApi *api, Fts5Context *fc, const double *w, int nw, double *freq,
	 int nphrase)
{
	int rc = SQLITE_OK, ip, n = api->xPhraseCount(fc);

	/* Each phrase's positions walked on their own (xPhraseFirst()): xInst() sorts every
	 * phrase's instances into one array first, 90% of ranking "the" at 100k. */
	memset(freq, 0, sizeof *freq * (size_t)nphrase);
	for (ip = 0; rc == SQLITE_OK && ip < n && ip < nphrase; ip++) {
		Fts5PhraseIter it;
		int ic, io;

		rc = api->xPhraseFirst(fc, ip, &it, &ic, &io);
		for (; rc == SQLITE_OK && ic >= 0; api->xPhraseNext(fc, &it, &ic, &io))
			freq[ip] += nw > ic ? w[ic] : 1.0;
	}
	return rc;
}

/* The length of the row of fc in tokens: packed (the cache's), else asked. */
static int
row_len(const Fts5ExtensionApi *api, Fts5Context *fc, struct index_rank *r, double *D)
{
	sqlite3_int64 doc;
	int rc = SQLITE_OK, ntok = 0;

	if (r && r->schema && !r->tried)
		load(r);
	doc = api->xRowid(fc);
	if (r && r->len && doc >= 0 && (size_t)doc < r->n && r->len[doc] != NO_LEN) {
		*D = (double)r->len[doc];
	} else {
		rc = api->xColumnSize(fc, -1, &ntok);
		*D = (double)ntok;
	}
	return rc;
}

/* bm25's term of one phrase: idf times the saturated, length-normalised frequency. */
static double
term(double idf, double freq, double D, double avgdl)
{
	const double k1 = 1.2, b = 0.75;

	return idf * ((freq * (k1 + 1.0)) / (freq + k1 * (1 - b + b * D / avgdl)));
}

static void
rank_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx, int argc,
	      sqlite3_value **argv)
{
	struct index_rank *r = api->xUserData(fc);
	struct rank_data *d;
	double score = 0.0, D = 0.0, w[2];
	int rc = SQLITE_OK, i;

	if (!(d = rank_data(api, fc, r, &rc)) || rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc != SQLITE_OK ? rc : SQLITE_ERROR);
		return;
	}
	for (i = 0; i < argc && i < 2; i++)
		w[i] = sqlite3_value_double(argv[i]);
	rc = row_freq(api, fc, w, argc < 2 ? argc : 2, d->freq, d->nphrase);
	if (rc == SQLITE_OK)
		rc = row_len(api, fc, r, &D);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	for (i = 0; i < d->nphrase; i++)
		score += term(d->idf[i], d->freq[i], D, d->avgdl);
	sqlite3_result_double(ctx, -1.0 * score);
}

/*
 * Every row of a one-phrase text scored in one call: dossier_bm25_all(fts, collector,
 * 10.0, 1.0) on the first matching row walks the phrase's rows with xQueryPhrase, each
 * scored as dossier_bm25() scores it with its idf deferred (rank_rows()). The
 * statement is not stepped once a row: at 100k articles `minister` (88k rows) took
 * 160M instructions that way.
 */
struct all_rows {
	struct index_rank *r;
	double w[2], avgdl;
	struct index_scored *v;
	size_t n, cap;
};

static int
score_row(const Fts5ExtensionApi *api, Fts5Context *fc, void *ud)
{
	struct all_rows *a = ud;
	double freq, D = 0.0;
	int rc;

	rc = row_freq(api, fc, a->w, 2, &freq, 1);
	if (rc == SQLITE_OK)
		rc = row_len(api, fc, a->r, &D);
	if (rc == SQLITE_OK) {
		xgrow((void **)&a->v, &a->cap, a->n + 1, sizeof *a->v);
		a->v[a->n].doc = api->xRowid(fc);
		a->v[a->n++].score = -1.0 * (0.0 + term(1.0, freq, D, a->avgdl));
	}
	return rc;
}

static void
rank_all_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx, int argc,
		  sqlite3_value **argv)
{
	struct all_rows *a = argc == 3 ? sqlite3_value_pointer(argv[0], "dossier_rank") : NULL;
	sqlite3_int64 nrow = 0, ntok = 0;
	int rc;

	if (!a) {
		sqlite3_result_error(ctx, "dossier_bm25_all: no collector", -1);
		return;
	}
	a->w[0] = sqlite3_value_double(argv[1]);
	a->w[1] = sqlite3_value_double(argv[2]);
	rc = api->xRowCount(fc, &nrow);
	if (rc == SQLITE_OK)
		rc = api->xColumnTotalSize(fc, -1, &ntok);
	a->avgdl = (double)ntok / (double)(nrow ? nrow : 1);
	a->r->nrow = nrow;
	if (rc == SQLITE_OK)
		rc = api->xQueryPhrase(fc, 0, a, score_row);
	if (rc != SQLITE_OK)
		sqlite3_result_error_code(ctx, rc);
	else
		sqlite3_result_int(ctx, 1);
}

int
index_rank_all(struct index_rank *r, const char *match, bool prefixes, struct index_scored **v,
	       size_t *n)
{
	struct all_rows a = { r, { 1.0, 1.0 }, 0.0, NULL, 0, 0 };
	sqlite3_stmt *st = NULL;
	size_t i;
	double idf;
	int rc;

	*v = NULL, *n = 0;
	/* A prefix is merged from its words for the statement's first row: xQueryPhrase
	 * would merge it a second time. */
	if (phrases(match) != 1 || strstr(match, "\"*")) {
		rc = sqlite3_prepare_v2(r->db, RANK_ALL, -1, &st, NULL);
		if (rc == SQLITE_OK) {
			sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
			if (prefixes)
				index_rank_prefixes(r, match);
			rc = rank_rows(r, st, v, n);
		}
		sqlite3_finalize(st);
		return rc;
	}
	rc = sqlite3_prepare_v2(r->db, "SELECT dossier_bm25_all(fts, ?2, 10.0, 1.0) FROM fts"
				" WHERE fts MATCH ?1 LIMIT 1", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
		sqlite3_bind_pointer(st, 2, &a, "dossier_rank", NULL);
		rc = sqlite3_step(st);
		rc = rc == SQLITE_ROW ? sqlite3_step(st) : rc;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(a.v);
		return rc;
	}
	idf = a.n ? idf_of(r->nrow, (sqlite3_int64)a.n) : 1.0;
	for (i = 0; i < a.n; i++)
		a.v[i].score *= idf;
	*v = a.v;
	*n = a.n;
	return SQLITE_DONE;
}

int
index_rank_register(sqlite3 *db, struct index_rank *r)
{
	fts5_api *api = index_fts5_api(db);

	r->db = db;
	if (!api || api->xCreateFunction(api, "dossier_bm25", r, rank_function, NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	return api->xCreateFunction(api, "dossier_bm25_all", r, rank_all_function, NULL);
}
