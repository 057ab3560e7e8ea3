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
	if (r->plan) {
		rank_plan_free(r->plan);
		free(r->plan);
		r->plan = NULL;
	}
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

/* bm25()'s idf of a phrase found in nhit of nrow rows; 0 where bm25() has 1e-6
 * (index_rank_plan.c). */
static double
idf_of(sqlite3_int64 nrow, sqlite3_int64 nhit)
{
	return rank_idf(nrow, nhit);
}

/* A score as the ORDER BY has it: the sum negated, and no -0 for a row that scores
 * nothing. */
static double
negated(double sum)
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
	idf = r->deferred ? idf_of(r->nrow, (sqlite3_int64)*n) : 1.0;
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
			d->idf[i] = idf_of(nrow, nhit);
	}
	return d;
}

/* Each phrase's weighted count of instances in the row of fc into freq (zeroed first):
 * an instance in column c weighs w[c] (1.0 past nw). */
static int
row_freq(const Fts5ExtensionApi *api, Fts5Context *fc, const double *w, int nw, double *freq,
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
	const char *match = argc == 3 ? (const char *)sqlite3_value_text(argv[2]) : NULL;

	/* dossier_bm25(fts, w0, w1, MATCH): the plan's weights (index_rank_plan.c); with
	 * no text, bm25()'s. */
	if (!(d = rank_data(api, fc, r, match, &rc)) || rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc != SQLITE_OK ? rc : SQLITE_ERROR);
		return;
	}
	for (i = 0; i < argc && i < 2; i++)
		w[i] = sqlite3_value_double(argv[i]);
	rc = row_freq(api, fc, w, argc < 2 ? argc : 2, d->freq, d->nphrase, d->want);
	if (rc == SQLITE_OK)
		rc = row_len(api, fc, r, &D);
	if (rc != SQLITE_OK) {
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	for (i = 0; i < d->nphrase; i++)
		if (!d->want || d->want[i])
			score += term(d->idf[i], d->freq[i], D, d->avgdl);
	sqlite3_result_double(ctx, negated(score));
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

	rc = row_freq(api, fc, a->w, 2, &freq, 1, NULL);
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

/* index_rank_all() for an expression that is not one of ours: bm25()'s way. */
static int
legacy_all(struct index_rank *r, const char *match, bool prefixes, struct index_scored **v,
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

/*
 * The plan's scan (index_rank_plan.c): dossier_rank_scan(fts, collector, 10.0, 1.0)
 * records each row's length and the weighted count of each phrase that ranks, on every
 * row of the scan, or (a one-phrase scan of a word or words) on its first row for all of
 * them with xQueryPhrase. The scores are summed after, once every phrase's idf is known
 * (a phrase of an OR of phrases is counted by the rows that hold it).
 */
struct plist {		/* one phrase's rows, from xQueryPhrase */
	int64_t *doc;
	double *D, *f;
	size_t n, cap;
};

struct scan {
	struct index_rank *r;
	const struct rank_plan *p;
	bool bulk;		/* one call for all rows: each phrase's into pl[] */
	struct plist *pl;
	size_t cur;		/* the phrase being walked */
	double w[2];
	bool *want;		/* by scan phrase: it may rank */
	sqlite3_int64 nrow, ntok;	/* as FTS5 has them */
	bool seen;
	int64_t *doc;
	double *D, *freq;	/* freq: nscan a row */
	size_t n, cap, fcap;
};

static int
scan_add(const Fts5ExtensionApi *api, Fts5Context *fc, struct scan *s)
{
	size_t k = s->p->nscan;
	double D = 0.0;
	int rc;

	if (s->n == s->cap) {
		xgrow((void **)&s->doc, &s->cap, s->n + 1, sizeof *s->doc);
		s->D = xrealloc(s->D, s->cap * sizeof *s->D);
	}
	xgrow((void **)&s->freq, &s->fcap, (s->n + 1) * k, sizeof *s->freq);
	rc = row_freq(api, fc, s->w, 2, s->freq + s->n * k, (int)k, s->want);
	if (rc == SQLITE_OK)
		rc = row_len(api, fc, s->r, &D);
	if (rc == SQLITE_OK) {
		s->doc[s->n] = api->xRowid(fc);
		s->D[s->n++] = D;
	}
	return rc;
}

static int
scan_phrase_row(const Fts5ExtensionApi *api, Fts5Context *fc, void *ud)
{
	struct scan *s = ud;
	struct plist *l = &s->pl[s->cur];
	double f = 0.0, D = 0.0;
	int rc;

	rc = row_freq(api, fc, s->w, 2, &f, 1, NULL);
	if (rc == SQLITE_OK)
		rc = row_len(api, fc, s->r, &D);
	if (rc == SQLITE_OK) {
		if (l->n == l->cap) {
			xgrow((void **)&l->doc, &l->cap, l->n + 1, sizeof *l->doc);
			l->D = xrealloc(l->D, l->cap * sizeof *l->D);
			l->f = xrealloc(l->f, l->cap * sizeof *l->f);
		}
		l->doc[l->n] = api->xRowid(fc);
		l->D[l->n] = D;
		l->f[l->n++] = f;
	}
	return rc;
}

/* The phrases' rows (pl[0..k), each by doc) as the scan's rows, by doc: a phrase not in a
 * row counts 0 there. */
static void
merge_lists(struct scan *s)
{
	size_t k = s->p->nscan, *at = xcalloc(k, sizeof *at), j, total = 0;

	for (j = 0; j < k; j++)
		total += s->pl[j].n;
	s->doc = xmalloc((total ? total : 1) * sizeof *s->doc);
	s->D = xmalloc((total ? total : 1) * sizeof *s->D);
	s->freq = xcalloc((total ? total : 1) * k, sizeof *s->freq);
	for (;;) {
		int64_t doc = INT64_MAX;

		for (j = 0; j < k; j++)
			if (at[j] < s->pl[j].n && s->pl[j].doc[at[j]] < doc)
				doc = s->pl[j].doc[at[j]];
		if (doc == INT64_MAX)
			break;
		for (j = 0; j < k; j++)
			if (at[j] < s->pl[j].n && s->pl[j].doc[at[j]] == doc) {
				s->D[s->n] = s->pl[j].D[at[j]];
				s->freq[s->n * k + j] = s->pl[j].f[at[j]++];
			}
		s->doc[s->n++] = doc;
	}
	for (j = 0; j < k; j++) {
		free(s->pl[j].doc);
		free(s->pl[j].D);
		free(s->pl[j].f);
	}
	free(s->pl);
	s->pl = NULL;
	free(at);
}

static void
scan_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx, int argc,
	      sqlite3_value **argv)
{
	struct scan *s = argc == 3 ? sqlite3_value_pointer(argv[0], "dossier_scan") : NULL;
	int rc = SQLITE_OK;

	if (!s) {
		sqlite3_result_error(ctx, "dossier_rank_scan: no collector", -1);
		return;
	}
	if (!s->seen) {
		s->seen = true;
		s->w[0] = sqlite3_value_double(argv[1]);
		s->w[1] = sqlite3_value_double(argv[2]);
		rc = api->xRowCount(fc, &s->nrow);
		if (rc == SQLITE_OK)
			rc = api->xColumnTotalSize(fc, -1, &s->ntok);
		for (s->cur = 0; rc == SQLITE_OK && s->bulk && s->cur < s->p->nscan; s->cur++)
			rc = api->xQueryPhrase(fc, (int)s->cur, s, scan_phrase_row);
	}
	if (rc == SQLITE_OK && !s->bulk)
		rc = scan_add(api, fc, s);
	if (rc != SQLITE_OK)
		sqlite3_result_error_code(ctx, rc);
	else
		sqlite3_result_int(ctx, 1);
}

/* The rows of FTS5 expression m: SELECT sql with m bound to ?1 and ptr (when not NULL) to
 * ?2, stepped to its end; SQLITE_DONE when all went well. */
static int
run(struct index_rank *r, const char *sql, const char *m, struct scan *ptr,
    void (*row)(void *ud, sqlite3_stmt *st), void *ud)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(r->db, sql, -1, &st, NULL);

	if (rc == SQLITE_OK) {
		sqlite3_bind_text(st, 1, m, -1, SQLITE_STATIC);
		if (ptr)
			sqlite3_bind_pointer(st, 2, ptr, "dossier_scan", NULL);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			if (row)
				row(ud, st);
	}
	sqlite3_finalize(st);
	return rc;
}

static void
first_int(void *ud, sqlite3_stmt *st)
{
	*(int64_t *)ud = sqlite3_column_int64(st, 0);
}

/* Each row into the plan's rows. */
static void
keep_row(void *ud, sqlite3_stmt *st)
{
	struct rank_plan *p = ud;
	static const size_t grain = 4096;

	if (p->nrows % grain == 0)
		p->rows = xrealloc(p->rows, (p->nrows + grain) * sizeof *p->rows);
	p->rows[p->nrows++] = sqlite3_column_int64(st, 0);
}

/* The rows holding phrase x into x->df: from the prefix table for a short prefix (when
 * it is whole), else FTS5's rows walked without their positions. SQLITE_DONE, or the
 * error. */
static int
count_phrase(struct index_rank *r, struct rank_phrase *x, bool prefixes, struct rank_plan *keep)
{
	char *m;
	int rc;

	if (x->prefix && prefixes && strlen(x->text) < 8 && index_prefix_word(x->text, true)) {
		x->df = prefix_rows(r->db, x->text, strlen(x->text));
		return x->df >= 0 ? SQLITE_DONE : SQLITE_ERROR;
	}
	m = sqlite3_mprintf("\"%s\"%s", x->text, x->prefix ? "*" : "");
	if (keep) {
		/* The rows of a text of this phrase alone are its hits: kept, so that
		 * hits which do not rank need no second walk (index_rank_scores()). */
		rc = m ? run(r, "SELECT rowid FROM fts WHERE fts MATCH ?1", m, NULL, keep_row,
			     keep) : SQLITE_NOMEM;
		keep->have_rows = rc == SQLITE_DONE;
		x->df = (int64_t)keep->nrows;
	} else {
		rc = m ? run(r, "SELECT count(*) FROM fts WHERE fts MATCH ?1", m, NULL, first_int,
			     &x->df) : SQLITE_NOMEM;
	}
	sqlite3_free(m);
	return rc;
}

/* The table's rows and tokens from FTS5's averages record (what xRowCount() and
 * xColumnTotalSize() read); false when it cannot be read. */
static bool
averages(struct index_rank *r, int64_t *nrow, int64_t *ntok)
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

/* A plan for match, its cheap phrases counted (short prefixes, words, prefixes): false
 * when match is not one of ours or the table cannot tell its size. */
static bool
plan(struct index_rank *r, const char *match, bool prefixes, struct rank_plan *p, int *rc)
{
	size_t i;

	*rc = SQLITE_DONE;
	if (!rank_plan_parse(p, match))
		return false;
	if (!averages(r, &p->nrow, &p->ntok)) {
		rank_plan_free(p);
		return false;
	}
	p->avgdl = (double)p->ntok / (double)(p->nrow ? p->nrow : 1);
	for (i = 0; i < p->n && *rc == SQLITE_DONE; i++)
		if (!p->ph[i].negated && !p->ph[i].words)	/* words cost a scan to count */
			*rc = count_phrase(r, &p->ph[i], prefixes, p->n == 1 ? p : NULL);
	rank_plan_idf(p);
	rank_plan_scan(p);
	return true;
}

/* The plan index_rank_reduced() made for match, or a new one. */
static bool
plan_for(struct index_rank *r, const char *match, bool prefixes, struct rank_plan *p, int *rc)
{
	if (r->plan && !strcmp(r->plan->match, match)) {
		*p = *r->plan;
		free(r->plan);
		r->plan = NULL;
		*rc = SQLITE_DONE;
		return true;
	}
	return plan(r, match, prefixes, p, rc);
}

bool
index_rank_reduced(struct index_rank *r, const char *match, bool prefixes)
{
	struct rank_plan p;
	int rc;

	if (r->plan) {
		rank_plan_free(r->plan);
		free(r->plan);
		r->plan = NULL;
	}
	if (!plan(r, match, prefixes, &p, &rc))
		return false;
	if (rc != SQLITE_DONE) {
		rank_plan_free(&p);
		return false;
	}
	r->plan = xmalloc(sizeof *r->plan);
	*r->plan = p;
	/* A one-phrase text's rows are at hand: taking them as the hits costs nothing. */
	return (p.reduced || !p.scan) && !p.have_rows;
}

/* Every row of match into *v, scored from the sorted scored[0..ns) (0.0 for the rest). */
struct merge {
	const struct index_scored *sc;
	size_t ns, at, n, cap;
	struct index_scored *v;
};

static void
merge_doc(struct merge *m, int64_t doc)
{
	while (m->at < m->ns && m->sc[m->at].doc < doc)
		m->at++;
	xgrow((void **)&m->v, &m->cap, m->n + 1, sizeof *m->v);
	m->v[m->n].doc = doc;
	m->v[m->n++].score = m->at < m->ns && m->sc[m->at].doc == doc ? m->sc[m->at].score : 0.0;
}

static void
merge_row(void *ud, sqlite3_stmt *st)
{
	merge_doc(ud, sqlite3_column_int64(st, 0));
}

/* The scan of p: each scanned row's score into *v (owned by the caller). */
static int
scan_rows(struct index_rank *r, struct rank_plan *p, struct index_scored **v, size_t *n)
{
	struct scan s = { .r = r, .p = p, .w = { 1.0, 1.0 } };
	size_t i, j, k = p->nscan;
	int rc;

	*v = NULL, *n = 0;
	if (!p->scan)
		return SQLITE_DONE;	/* no phrase ranks */
	s.want = xcalloc(k, sizeof *s.want);
	for (j = 0; j < k; j++)
		s.want[j] = rank_plan_ranks(p, (size_t)p->map[j]);
	/* An OR of phrases is walked a phrase at a time, each in one call (xQueryPhrase),
	 * not a statement step a row. A prefix is merged from its words for the statement's
	 * first row: xQueryPhrase would merge it a second time. */
	s.bulk = p->pure_or;
	for (j = 0; j < k; j++)
		s.bulk = s.bulk && !p->ph[p->map[j]].prefix;
	if (s.bulk)
		s.pl = xcalloc(k, sizeof *s.pl);
	rc = run(r, s.bulk ? "SELECT dossier_rank_scan(fts, ?2, 10.0, 1.0) FROM fts"
			     " WHERE fts MATCH ?1 LIMIT 1" :
			     "SELECT dossier_rank_scan(fts, ?2, 10.0, 1.0) FROM fts"
			     " WHERE fts MATCH ?1", p->scan, &s, NULL, NULL);
	if (s.pl)
		merge_lists(&s);
	if (rc == SQLITE_DONE && s.seen && (s.nrow != p->nrow || s.ntok != p->ntok))
		rc = SQLITE_SCHEMA;	/* the averages read were not FTS5's: bm25()'s way */
	/* The rows of an OR of phrases count each phrase; any other is counted alone. */
	for (j = 0; rc == SQLITE_DONE && j < k; j++) {
		struct rank_phrase *x = &p->ph[p->map[j]];

		if (x->df >= 0 || !s.want[j])
			continue;
		if (p->pure_or) {
			for (x->df = 0, i = 0; i < s.n; i++)
				x->df += s.freq[i * k + j] > 0.0;
		} else {
			rc = count_phrase(r, x, false, NULL);
		}
	}
	rank_plan_idf(p);
	*v = xmalloc((s.n ? s.n : 1) * sizeof **v);
	for (i = 0; rc == SQLITE_DONE && i < s.n; i++) {
		double sum = 0.0;

		for (j = 0; j < k; j++) {
			double idf = p->ph[p->map[j]].idf;

			if (s.want[j] && idf > 0.0)
				sum += term(idf, s.freq[i * k + j], s.D[i], p->avgdl);
		}
		(*v)[i] = (struct index_scored){ s.doc[i], negated(sum) };
	}
	*n = rc == SQLITE_DONE ? s.n : 0;
	free(s.want);
	free(s.doc);
	free(s.D);
	free(s.freq);
	return rc;
}

int
index_rank_scores(struct index_rank *r, const char *match, bool prefixes, bool every,
		  struct index_scored **v, size_t *n)
{
	struct rank_plan p;
	struct merge m = {0};
	int rc;

	*v = NULL, *n = 0;
	if (!plan_for(r, match, prefixes, &p, &rc))
		return legacy_all(r, match, prefixes, v, n);
	if (rc == SQLITE_DONE)
		rc = scan_rows(r, &p, v, n);
	if (rc == SQLITE_SCHEMA) {
		free(*v);
		rank_plan_free(&p);
		return legacy_all(r, match, prefixes, v, n);
	}
	if (rc == SQLITE_DONE && every && (p.reduced || !p.scan)) {
		/* The caller takes the rows for the hits: every row of match. */
		m.sc = *v, m.ns = *n;
		if (p.have_rows) {
			size_t i;

			for (i = 0; i < p.nrows; i++)
				merge_doc(&m, p.rows[i]);
		} else {
			rc = run(r, "SELECT rowid FROM fts WHERE fts MATCH ?1", match, NULL,
				 merge_row, &m);
		}
		free(*v);
		*v = m.v, *n = rc == SQLITE_DONE ? m.n : 0;
	}
	rank_plan_free(&p);
	return rc;
}

int
index_rank_all(struct index_rank *r, const char *match, bool prefixes, struct index_scored **v,
	       size_t *n)
{
	return index_rank_scores(r, match, prefixes, true, v, n);
}

int
index_rank_register(sqlite3 *db, struct index_rank *r)
{
	fts5_api *api = index_fts5_api(db);

	r->db = db;
	if (!api || api->xCreateFunction(api, "dossier_bm25", r, rank_function, NULL) != SQLITE_OK ||
	    api->xCreateFunction(api, "dossier_rank_scan", r, scan_function, NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	return api->xCreateFunction(api, "dossier_bm25_all", r, rank_all_function, NULL);
}
