/* index_rank.c -- ranked search: FTS5's bm25 with each document's length from one packed array. MIT licence. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/util.h"
#include "index_int.h"
#include "index_rank.h"

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

/* The lengths packed in r's schema, when they are of its last write of the rows; with no
 * schema (an index built in memory), read from its docsize table once, for the rows and
 * tokens the table has now (rank_lengths_check()). */
static void
load(struct index_rank *r)
{
	r->tried = true;
	if (r->schema) {
		if (index_cache_unpack_lengths(r->db, r->schema, &r->len, &r->n))
			bench_value("rank_lengths", (double)r->n);	/* the tests see them */
		return;
	}
	if (rank_averages(r, &r->lnrow, &r->lntok) &&
	    !index_docsize_lengths(r->db, NULL, &r->len, &r->n))
		r->len = NULL, r->n = 0;
}

void
rank_lengths_check(struct index_rank *r, int64_t nrow, int64_t ntok)
{
	if (r && !r->schema && r->tried && (nrow != r->lnrow || ntok != r->lntok)) {
		free(r->len);	/* the table changed since: read again at the next row */
		r->len = NULL;
		r->n = 0;
		r->tried = false;
	}
}

bool
rank_averages(struct index_rank *r, int64_t *nrow, int64_t *ntok)
{
	sqlite3_stmt *st = NULL;
	const unsigned char *p, *end;
	uint64_t v;
	bool ok = false;

	*nrow = *ntok = 0;
	if (sqlite3_prepare_v2(r->db, "SELECT block FROM fts_data WHERE id = 1", -1, &st,
			       NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
	    (p = sqlite3_column_blob(st, 0))) {
		end = p + sqlite3_column_bytes(st, 0);
		ok = index_sqlite_varint(&p, end, &v);
		*nrow = (int64_t)v;
		while (ok && p < end && index_sqlite_varint(&p, end, &v))
			*ntok += (int64_t)v;
	}
	sqlite3_finalize(st);
	return ok;
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
int64_t
rank_prefix_rows(sqlite3 *db, const char *word, size_t len)
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
				n = rank_prefix_rows(r->db, word, len);
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
	if (r->plan) {
		rank_plan_free(r->plan);
		free(r->plan);
		r->plan = NULL;
	}
	index_rank_forget(r);
}

/* Per statement: the idf of each phrase and the mean length (bm25()'s). */
struct rank_data {
	int nphrase;
	double avgdl;
	double *idf, *freq;
	bool *want;	/* NULL, or by phrase: it ranks (a plan's, index_rank_plan.c) */
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
		free(d->want);
		free(d);
	}
}

/* A score as the ORDER BY has it: the sum negated, and no -0 for a row that scores
 * nothing. */
double
rank_negated(double sum)
{
	return sum != 0.0 ? -1.0 * sum : 0.0;
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
	idf = r->deferred ? rank_idf(r->nrow, (sqlite3_int64)*n) : 1.0;
	r->defer = r->deferred = false;
	free(r->known);
	r->known = NULL;
	r->nknown = 0;
	for (i = 0; idf != 1.0 && i < *n; i++)
		(*v)[i].score = idf != 0.0 ? (*v)[i].score * idf : 0.0;
	return rc;
}

/* A plan's idf of each phrase of the expression match (the statement's): each phrase that
 * is not negated counted with xQueryPhrase; false when match is not one we write. */
static bool
plan_data(const Fts5ExtensionApi *api, Fts5Context *fc, struct rank_data *d, const char *match,
	  sqlite3_int64 nrow, int *rc)
{
	struct rank_plan p;
	size_t i;

	if (!match || !rank_plan_parse(&p, match))
		return false;
	if ((int)p.n != d->nphrase) {
		rank_plan_free(&p);
		return false;
	}
	p.nrow = nrow;
	for (i = 0; *rc == SQLITE_OK && i < p.n; i++) {
		sqlite3_int64 nhit = 0;

		if (!p.ph[i].negated && (*rc = api->xQueryPhrase(fc, (int)i, &nhit, count_hit)) ==
		    SQLITE_OK)
			p.ph[i].df = nhit;
	}
	rank_plan_idf(&p);
	d->want = xcalloc(p.n + 1, sizeof *d->want);
	for (i = 0; i < p.n; i++) {
		d->idf[i] = p.ph[i].idf;
		d->want[i] = d->idf[i] > 0.0;
	}
	rank_plan_free(&p);
	return true;
}

static struct rank_data *
rank_data(const Fts5ExtensionApi *api, Fts5Context *fc, struct index_rank *r, const char *match,
	  int *rc)
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
	rank_lengths_check(r, nrow, ntok);
	if (*rc == SQLITE_OK && plan_data(api, fc, d, match, nrow, rc))
		return d;
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
			d->idf[i] = rank_idf(nrow, nhit);
	}
	return d;
}

/* Each phrase's weighted count of instances in the row of fc into freq (zeroed first):
 * an instance in column c weighs w[c] (1.0 past nw). */
int
rank_row_freq(const Fts5ExtensionApi *api, Fts5Context *fc, const double *w, int nw, double *freq,
	 int nphrase, const bool *want)
{
	int rc = SQLITE_OK, ip, n = api->xPhraseCount(fc);

	/* Each phrase's positions walked on their own (xPhraseFirst()): xInst() sorts every
	 * phrase's instances into one array first, 90% of ranking "the" at 100k. */
	memset(freq, 0, sizeof *freq * (size_t)nphrase);
	for (ip = 0; rc == SQLITE_OK && ip < n && ip < nphrase; ip++) {
		Fts5PhraseIter it;
		int ic, io;

		if (want && !want[ip])
			continue;	/* it does not rank: its positions are not walked */
		rc = api->xPhraseFirst(fc, ip, &it, &ic, &io);
		for (; rc == SQLITE_OK && ic >= 0; api->xPhraseNext(fc, &it, &ic, &io))
			freq[ip] += nw > ic ? w[ic] : 1.0;
	}
	return rc;
}

/* The length of the row of fc in tokens: packed (the cache's), else asked. */
int
rank_row_len(const Fts5ExtensionApi *api, Fts5Context *fc, struct index_rank *r, double *D)
{
	sqlite3_int64 doc;
	int rc = SQLITE_OK, ntok = 0;

	if (r && !r->tried)
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
double
rank_term(double idf, double freq, double D, double avgdl)
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
	const char *match = argc == 3 ? (const char *)sqlite3_value_text(argv[2]) : NULL;

	/* dossier_bm25(fts, w0, w1, MATCH): the plan's weights (index_rank_plan.c); with
	 * no text, bm25()'s. */
	if (!(d = rank_data(api, fc, r, match, &rc)) || rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc != SQLITE_OK ? rc : SQLITE_ERROR);
		return;
	}
	for (i = 0; i < argc && i < 2; i++)
		w[i] = sqlite3_value_double(argv[i]);
	rc = rank_row_freq(api, fc, w, argc < 2 ? argc : 2, d->freq, d->nphrase, d->want);
	if (rc == SQLITE_OK)
		rc = rank_row_len(api, fc, r, &D);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	for (i = 0; i < d->nphrase; i++)
		if (!d->want || d->want[i])
			score += rank_term(d->idf[i], d->freq[i], D, d->avgdl);
	sqlite3_result_double(ctx, rank_negated(score));
}

/* index_rank_all() for an expression that is not one of ours (or whose averages the plan
 * could not read): bm25()'s way, a statement step a row (a one-phrase text's idf from the
 * rows counted, rank_rows()). */
int
rank_legacy_all(struct index_rank *r, const char *match, bool prefixes, struct index_scored **v,
		size_t *n)
{
	sqlite3_stmt *st = NULL;
	int rc;

	*v = NULL, *n = 0;
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

int
index_rank_register(sqlite3 *db, struct index_rank *r)
{
	fts5_api *api = index_fts5_api(db);

	r->db = db;
	if (!api || api->xCreateFunction(api, "dossier_bm25", r, rank_function, NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	return api->xCreateFunction(api, "dossier_rank_scan", r, rank_scan_function, NULL);
}
