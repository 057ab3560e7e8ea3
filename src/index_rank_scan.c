/* index_rank_scan.c -- a ranked search run by its plan: the phrases counted, the ranking ones scanned, the rows scored. MIT licence. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/util.h"
#include "index_int.h"
#include "index_rank.h"

/* Keeps docs[0..n) (owned from here) as the rows of phrase x for the query's sets. */
static void
seen_add(struct index_rank *r, const struct rank_phrase *x, int64_t *docs, size_t n)
{
	r->seen = xrealloc(r->seen, (r->nseen + 1) * sizeof *r->seen);
	r->seen[r->nseen].m = xmalloc(strlen(x->text) + 4);
	sprintf(r->seen[r->nseen].m, "\"%s\"%s", x->text, x->prefix ? "*" : "");
	r->seen[r->nseen].docs = docs;
	r->seen[r->nseen++].n = n;
}

const int64_t *
index_rank_seen(const struct index_rank *r, const char *m, size_t *n)
{
	size_t i, len = strlen(m);

	/* A group of one phrase is the phrase: "(\"a b\")". */
	while (len >= 2 && m[0] == '(' && m[len - 1] == ')')
		m++, len -= 2;
	for (i = 0; i < r->nseen; i++)
		if (strlen(r->seen[i].m) == len && !strncmp(r->seen[i].m, m, len)) {
			*n = r->seen[i].n;
			return r->seen[i].docs;
		}
	return NULL;
}

void
index_rank_forget(struct index_rank *r)
{
	size_t i;

	for (i = 0; i < r->nseen; i++) {
		free(r->seen[i].m);
		free(r->seen[i].docs);
	}
	free(r->seen);
	r->seen = NULL;
	r->nseen = 0;
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
	rc = rank_row_freq(api, fc, s->w, 2, s->freq + s->n * k, (int)k, s->want);
	if (rc == SQLITE_OK)
		rc = rank_row_len(api, fc, s->r, &D);
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

	rc = rank_row_freq(api, fc, s->w, 2, &f, 1, NULL);
	if (rc == SQLITE_OK)
		rc = rank_row_len(api, fc, s->r, &D);
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
merge_lists(struct scan *s, bool whole)
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
		/* Each phrase's rows stay for the query's sets (index_rank_seen()). */
		if (whole)
			seen_add(s->r, &s->p->ph[s->p->map[j]], s->pl[j].doc, s->pl[j].n);
		else
			free(s->pl[j].doc);
		free(s->pl[j].D);
		free(s->pl[j].f);
	}
	free(s->pl);
	s->pl = NULL;
	free(at);
}

void
rank_scan_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx, int argc,
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
		rank_lengths_check(s->r, s->nrow, s->ntok);
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
		x->df = rank_prefix_rows(r->db, x->text, strlen(x->text));
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
		if (keep->have_rows) {
			int64_t *copy = xmalloc((keep->nrows ? keep->nrows : 1) * sizeof *copy);

			if (keep->nrows)	/* (no rows: none to copy, and rows NULL) */
				memcpy(copy, keep->rows, keep->nrows * sizeof *copy);
			seen_add(r, x, copy, keep->nrows);
		}
	} else {
		rc = m ? run(r, "SELECT count(*) FROM fts WHERE fts MATCH ?1", m, NULL, first_int,
			     &x->df) : SQLITE_NOMEM;
	}
	sqlite3_free(m);
	return rc;
}

/* A plan for match, its cheap phrases counted (short prefixes, words, prefixes): false
 * when match is not one of ours or the table cannot tell its size. */
static bool
plan(struct index_rank *r, const char *match, bool prefixes, struct rank_plan *p, int *rc)
{
	size_t i;

	*rc = SQLITE_DONE;
	index_rank_forget(r);	/* a new ranking: the rows it walks from here */
	if (!rank_plan_parse(p, match))
		return false;
	if (!rank_averages(r, &p->nrow, &p->ntok)) {
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
		merge_lists(&s, rc == SQLITE_DONE);
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
				sum += rank_term(idf, s.freq[i * k + j], s.D[i], p->avgdl);
		}
		(*v)[i] = (struct index_scored){ s.doc[i], rank_negated(sum) };
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
		return rank_legacy_all(r, match, prefixes, v, n);
	if (rc == SQLITE_DONE)
		rc = scan_rows(r, &p, v, n);
	if (rc == SQLITE_SCHEMA) {
		free(*v);
		rank_plan_free(&p);
		return rank_legacy_all(r, match, prefixes, v, n);
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

