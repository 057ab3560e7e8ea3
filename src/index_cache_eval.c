/* index_cache_eval.c -- a query evaluated on a cache file alone, a bitset of articles per term, and ranked. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/entity.h"
#include "dossier/gazetteer.h"
#include "dossier/query.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_eval.h"
#include "index_int.h"
#include "query_ast.h"

/*
 * The SQL form of a query (query_sql_ranked()) asks SQLite to test every article row
 * against every term: a term that is a list (type:, entity:, said:, is:, tag:, free text
 * under an OR) becomes a b-tree built for the statement and probed per row. At 100k
 * articles `type:person minister` spent 490M of its 655M instructions there. This is
 * index_query.c's evaluator for a cache file without the articles in memory: each term
 * is read once into a bitset over article ids (the list's own rows; date:, source: and
 * path: from one pass over the article table), AND, OR and NOT are word operations,
 * and the best hits are kept with a heap in query_sql_ranked()'s order. The SQL form
 * stays the oracle (tests/cli/cache_eval.sh compares the two on many queries).
 */



/* What column 0 of fe_select()'s rows is. */
enum fe_rows { FE_IDS, FE_DOCS };

/* Rows of sql (text parameters p1, p2) into a new set: column 0 is an id or a doc. */
static uint64_t *
fe_select(struct fe *e, const char *sql, const char *p1, const char *p2, enum fe_rows kind)
{
	uint64_t *s = fe_set(e);
	sqlite3_stmt *st = NULL;
	int rc;

	if (!e->ok)
		return s;
	rc = sqlite3_prepare_v2(e->db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK && p1)
		sqlite3_bind_text(st, 1, p1, -1, SQLITE_STATIC);
	if (rc == SQLITE_OK && p2)
		sqlite3_bind_text(st, 2, p2, -1, SQLITE_STATIC);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t v = sqlite3_column_int64(st, 0);

		rc = SQLITE_OK;
		if (kind == FE_DOCS)
			v = fe_id(e, v);
		fe_add(e, s, v);
	}
	sqlite3_finalize(st);
	e->ok = rc == SQLITE_DONE;
	return s;
}

/* The articles whose content hash the statement sub (one column) gives. */
static uint64_t *
fe_hashes(struct fe *e, const char *sub, const char *p1)
{
	uint64_t *s = fe_set(e);
	sqlite3_stmt *st = NULL;
	int rc;

	rc = e->ok ? sqlite3_prepare_v2(e->db, sub, -1, &st, NULL) : SQLITE_MISUSE;
	if (rc == SQLITE_OK && p1)
		sqlite3_bind_text(st, 1, p1, -1, SQLITE_STATIC);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		rc = SQLITE_OK;
		if (!e->hslot)
			fe_hash_table(e);
		fe_add_hash(e, s, (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	e->ok = e->ok && rc == SQLITE_DONE;
	return s;
}

/* Each article's source or path (column 1 of sql) tested by keep. */
static uint64_t *
fe_rows_where(struct fe *e, const char *sql, const char *want,
	      bool (*keep)(const char *value, const char *want))
{
	uint64_t *s = fe_set(e);
	sqlite3_stmt *st = NULL;
	int rc;

	rc = sqlite3_prepare_v2(e->db, sql, -1, &st, NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(st, 1);

		rc = SQLITE_OK;
		if (keep(v ? v : "", want))
			fe_add(e, s, sqlite3_column_int64(st, 0));
	}
	sqlite3_finalize(st);
	e->ok = e->ok && rc == SQLITE_DONE;
	return s;
}

/* source:NAME -- a word of the folded source starts with it (index_query.c's test):
 * tested once for each source, then each article takes its source's answer. */
static uint64_t *
fe_sources(struct fe *e, const char *name)
{
	uint64_t *s = fe_set(e);
	char *want = xmalloc(strlen(name) + 2);
	bool *yes = xcalloc(e->nsrcs ? e->nsrcs : 1, sizeof *yes);
	size_t i;

	want[0] = ' ';
	strcpy(want + 1, name);
	for (i = 0; i < e->nsrcs; i++)
		yes[i] = strstr(e->srcs[i], want) != NULL;
	for (i = 0; e->src_of && i < e->n; i++)
		if (yes[e->src_of[i]] && (e->present[i >> 6] >> (i & 63) & 1))
			fe_add(e, s, (int64_t)i);
	free(yes);
	free(want);
	e->ok = e->ok && e->src_of;
	return s;
}

static bool
path_matches(const char *path, const char *glob)
{
	return sqlite3_strglob(glob, path) == 0;
}

static uint64_t *
fe_state(struct fe *e, int which)
{
	const char *const *sql = index_state_hashes;
	uint64_t *s;

	if (which == IS_WATCHED)
		return fe_select(e, INDEX_WATCHED_ARTICLES, NULL, NULL, FE_IDS);
	s = fe_hashes(e, sql[which == IS_UNREAD ? IS_READ : which], NULL);
	if (which == IS_UNREAD)
		index_walk_not(&e->w, s);
	return s;
}

/* A field term; cluster: and is:duplicate are not in the file (the caller asks SQL). */
static uint64_t *
fe_field(struct fe *e, const struct qnode *x)
{
	uint64_t *s;
	size_t i;

	switch (x->kind) {
	case QK_IS:
		if (x->which != IS_DUPLICATE)
			return fe_state(e, x->which);
		break;
	case QK_TAG:
		return fe_hashes(e, "SELECT hash FROM st.tag WHERE hash IS NOT NULL"
				 " AND fold(name) = ?1", x->text);
	case QK_ENTITY:
	case QK_SAID:
		return fe_select(e, x->kind == QK_SAID ?
				 "SELECT m.article FROM mention m WHERE m.quotes > 0 AND m.entity IN ("
				 INDEX_ENTITY_NAMED ")" :
				 "SELECT m.article FROM mention m WHERE m.entity IN ("
				 INDEX_ENTITY_NAMED ")", x->text, NULL, FE_IDS);
	case QK_TYPE:
		return fe_select(e, "SELECT article FROM typed WHERE type = ?1",
				 ent_type_name((enum ent_type)x->which), NULL, FE_IDS);
	case QK_DATE:
		s = fe_set(e);
		if (!fe_dates(e)) {	/* (read with the ids: fe_load()) */
			e->ok = false;
			return s;
		}
		for (i = 0; i < e->n; i++)
			if ((!x->lo || e->date_key[i] >= x->lo) && (!x->hi || e->date_key[i] <= x->hi))
				fe_add(e, s, (int64_t)i);
		for (i = 0; i < e->nw; i++)
			s[i] &= e->present[i];
		return s;
	case QK_SOURCE:
		return fe_sources(e, x->text);
	case QK_PATH:
		return fe_rows_where(e, "SELECT id, path FROM article", x->text, path_matches);
	default:
		break;
	}
	e->ok = false;
	return fe_set(e);
}

/* The articles matching the FTS5 expression m (consumed); a short prefix alone is one
 * word of the prefix table, which the file holds whole. */
static uint64_t *
fe_match(struct fe *e, struct sbuf *m, const struct qnode *x)
{
	uint64_t *s;
	char *w;
	const int64_t *docs;
	size_t n, i;

	if (e->rank && (docs = index_rank_seen(e->rank, sb_cstr(m), &n))) {
		/* The ranking walked this phrase already (index_file_top()). */
		bench_value("rows_seen", (double)n);	/* tests/cli/rank_lengths.sh */
		s = fe_set(e);
		for (i = 0; i < n; i++)
			fe_add(e, s, fe_id(e, docs[i]));
	} else if (x && x->kind == QK_TEXT && index_prefix_word(x->text, x->prefix)) {
		w = xmalloc(strlen(x->text) + 3);
		sprintf(w, "\"%s\"", x->text);
		s = fe_select(e, "SELECT rowid FROM pfx WHERE pfx MATCH ?", w, NULL, FE_DOCS);
		free(w);
	} else {
		s = fe_select(e, "SELECT rowid FROM fts WHERE fts MATCH ?", sb_cstr(m), NULL,
			      FE_DOCS);
	}
	sb_free(m);
	return s;
}

/* The walk's questions (index_walk.c), answered from the file. */
static uint64_t *
walk_match(struct index_walk *w, struct sbuf *m, int node)
{
	struct fe *e = w->ud;

	return fe_match(e, m, node >= 0 ? &e->q->nodes[node] : NULL);
}

static uint64_t *
walk_prefix(struct index_walk *w, const struct qnode *x)
{
	struct sbuf m = {0};

	return fe_match(w->ud, &m, x);
}

static uint64_t *
walk_field(struct index_walk *w, const struct qnode *x)
{
	return fe_field(w->ud, x);
}

static bool
walk_failed(const struct index_walk *w)
{
	return !((const struct fe *)w->ud)->ok;
}

/* The articles of the hits the caller gave. */
static uint64_t *
fe_given(struct fe *e)
{
	uint64_t *s = fe_set(e);
	size_t i;

	for (i = 0; i < e->ngiven; i++) {
		int64_t doc = e->given[i].doc;

		fe_add(e, s, fe_id(e, doc));
	}
	return s;
}

/* Is an article archived in the state attached? (Most piles have none: then no hash
 * is read for the archive.) */
static bool
fe_some_archived(struct fe *e)
{
	sqlite3_stmt *st = NULL;
	bool some = false;

	if (sqlite3_prepare_v2(e->db, "SELECT 1 FROM st.article WHERE hash IS NOT NULL"
			       " AND archived LIMIT 1", -1, &st, NULL) == SQLITE_OK)
		some = sqlite3_step(st) == SQLITE_ROW;
	else
		e->ok = false;
	sqlite3_finalize(st);
	return some;
}

/* The set of the whole query, archived articles taken out (hide); NULL when the file
 * cannot answer it. */
static uint64_t *
fe_query(struct fe *e, bool hide)
{
	uint64_t *s, *arch, *given = e->given ? fe_given(e) : NULL;

	e->w = (struct index_walk){ e->q, e->n, e->nw, e->present, true, given, walk_match,
				    walk_prefix, walk_field, walk_failed, e };
	s = index_walk_query(&e->w);
	free(given);
	if (hide && e->ok) {
		arch = fe_state(e, IS_ARCHIVED);
		index_walk_not(&e->w, arch);
		index_walk_and(&e->w, s, arch, true);
	}
	if (!e->ok) {
		free(s);
		return NULL;
	}
	return s;
}

/* The scored rows of the text the query ranks by (none: nothing) into *sc, given[0..
 * ngiven) when the caller scored it already; false on an error. */
static bool
fe_rank(struct fe *e, struct index_rank *rank, const struct index_scored *given,
	size_t ngiven, struct index_scored **sc, size_t *nsc)
{
	struct sbuf m = {0};
	bool ok = true;

	*sc = (struct index_scored *)given, *nsc = ngiven;
	if (!given)
		query_rank_match(e->q, &m);
	if (m.len)	/* the file's prefix table is whole */
		ok = index_rank_scores(rank, m.data, true, false, sc, nsc) == SQLITE_DONE;
	sb_free(&m);
	return ok;
}

/* Scores by id, of the articles in s, from sc[0..nsc) (0.0 for the rest). */
static double *
fe_scores(struct fe *e, const uint64_t *s, const struct index_scored *sc, size_t nsc)
{
	double *score = xcalloc(e->n ? e->n : 1, sizeof *score);
	size_t i;

	for (i = 0; e->ok && i < nsc; i++) {
		int64_t doc = sc[i].doc, id;

		id = fe_id(e, doc);
		if (id >= 0 && (s[id >> 6] >> (id & 63) & 1))
			score[id] = sc[i].score;
	}
	return score;
}

/* By score alone (then id), for select_first(). */
static int
cmp_score_id(const void *a, const void *b)
{
	const struct index_ranked *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

/*
 * The best limit (0: all) of the articles in s, in index_ranked_cmp()'s order, into *out:
 * the best by score alone first, with every tie of the last of them, then only those
 * ones' dates (the date breaks a tie): a query with text has few ties, and reads a
 * score for each hit but twenty dates.
 */
static struct index_ranked *
fe_best(struct fe *e, const uint64_t *s, const double *score, size_t limit, size_t *nout)
{
	struct index_ranked *r, t;
	size_t i, n = 0, m;
	double last;
	uint64_t w;

	for (i = 0; i < e->nw; i++)
		n += (size_t)__builtin_popcountll(s[i]);
	r = xmalloc((n ? n : 1) * sizeof *r);
	for (n = 0, i = 0; i < e->nw; i++)
		for (w = s[i]; w; w &= w - 1) {
			uint32_t id = (uint32_t)(i * 64 + (size_t)__builtin_ctzll(w));

			r[n++] = (struct index_ranked){ id, 0, score[id] };
		}
	m = n;
	if (limit && limit < n) {
		select_first(r, n, sizeof *r, limit, cmp_score_id);
		for (last = r[0].score, i = 1; i < limit; i++)
			if (r[i].score > last)
				last = r[i].score;
		for (m = limit, i = limit; i < n; i++)
			if (r[i].score == last)
				t = r[m], r[m++] = r[i], r[i] = t;
	}
	if (!fe_dates(e))
		e->ok = false;
	for (i = 0; e->ok && i < m; i++)
		r[i].date_key = e->date_key[r[i].id];
	if (limit && m > 4 * limit) {
		/* Many ties (no phrase ranked: all score 0): the newest of them by a heap. */
		size_t k = 0;

		for (i = 0; i < m; i++)
			index_heap_offer(r, &k, limit, r[i]);
		m = k;
	}
	qsort(r, m, sizeof *r, index_ranked_cmp);
	*nout = limit && m > limit ? limit : m;
	return r;
}

/* Is node n lists of article ids alone (entity:, said:, type:, is:watched) under AND and
 * OR? Its set needs nothing of the article rows. */
static bool
fe_lists_only(const struct query *q, int n)
{
	const struct qnode *x = &q->nodes[n];
	int c;

	if (x->kind == QK_AND || x->kind == QK_OR) {
		for (c = x->kid; c >= 0; c = q->nodes[c].next)
			if (!fe_lists_only(q, c))
				return false;
		return true;
	}
	return x->kind == QK_ENTITY || x->kind == QK_SAID || x->kind == QK_TYPE ||
	       (x->kind == QK_IS && x->which == IS_WATCHED);
}

/* The articles' ids, docs and dates read (not for lists alone when rows is false), and
 * the set of the query (NULL: the file cannot answer), archived articles out when flags
 * ask. */
static uint64_t *
fe_run(struct fe *e, unsigned flags, bool rows)
{
	const struct query *q = e->q;
	bool hide;

	hide = (flags & QUERY_HIDE_ARCHIVED) && !q->archived && fe_some_archived(e);
	rows = rows || hide || q->root < 0 || !fe_lists_only(q, q->root);
	e->ok = e->ok && fe_load(e, rows);
	return e->ok ? fe_query(e, hide) : NULL;
}

static void
fe_free(struct fe *e)
{
	size_t i;

	free(e->present);
	free(e->id_of);
	free(e->date_key);
	free(e->hash);
	free(e->hslot);
	free(e->src_of);
	for (i = 0; i < e->nsrcs; i++)
		free(e->srcs[i]);
	free(e->srcs);
	free(e->srcoff);
	free(e->slot);
}

int
index_file_top(sqlite3 *db, struct index_rank *rank, const struct query *q, unsigned flags,
	       size_t limit, const struct index_scored *given, size_t ngiven,
	       struct index_ranked **out, size_t *nout)
{
	struct fe e = { .db = db, .q = q, .ok = true, .rank = rank, .given = given,
			.ngiven = ngiven };
	struct index_ranked *r = NULL;
	struct index_scored *sc = NULL;
	uint64_t *s = NULL;
	double *score = NULL;
	size_t n = 0, nsc = 0;

	*out = NULL, *nout = 0;
	/* The text ranked first: the phrases its scan walks whole give the sets their rows
	 * (fe_match()), not a second walk. */
	e.ok = fe_rank(&e, rank, given, ngiven, &sc, &nsc);
	s = e.ok ? fe_run(&e, flags, true) : NULL;
	index_rank_forget(rank);
	if (s)
		score = fe_scores(&e, s, sc, nsc);
	if (sc != given)
		free(sc);
	if (e.ok)
		r = fe_best(&e, s, score, limit, &n);
	free(s);
	free(score);
	fe_free(&e);
	if (!e.ok) {
		free(r);
		return -1;
	}
	*out = r;
	*nout = n;
	return 0;
}

int
index_file_ids(sqlite3 *db, const struct query *q, unsigned flags, uint64_t **out,
	       size_t *nids)
{
	struct fe e = { .db = db, .q = q, .ok = true };
	uint64_t *s;

	*out = NULL, *nids = 0;
	s = fe_run(&e, flags, false);
	fe_free(&e);
	if (!s)
		return -1;
	*out = s;
	*nids = e.n;
	return 0;
}
