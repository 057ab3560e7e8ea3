/* index_query.c -- a parsed query evaluated to a set of articles, one bitset per term. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/gazetteer.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"
#include "query_ast.h"

/*
 * query_sql() says what a query means; this computes the same set without making SQLite
 * visit every article. Each term becomes a bitset over article ids: free text from one
 * FTS5 MATCH (the same expressions query_sql() builds), type: from sets made once from
 * the entity set, entity: from the mention index, is:/tag: from the state's rows mapped
 * through a hash table of content hashes, date:/source:/path: from the articles in memory,
 * cluster: and is:duplicate from the story clusters.
 * AND, OR and NOT are word operations. tests/unit/test_index.c checks that both agree.
 */

#define NOBODY UINT32_MAX

/* One evaluation: the index and the bitset size. */
struct eval {
	struct index *ix;
	const struct query *q;
	size_t n;	/* articles */
	size_t nw;	/* 64-bit words per set */
	int rc;		/* INDEX_OK until something fails */
	struct index_walk w;	/* the tree walked (index_walk.c), its terms from here */
};

static uint64_t *
set_new(const struct eval *e)
{
	return xcalloc(e->nw ? e->nw : 1, sizeof(uint64_t));
}

static void
set_add(uint64_t *s, size_t id)
{
	s[id >> 6] |= (uint64_t)1 << (id & 63);
}

/* Complement within the n articles. */
static void
set_not(const struct eval *e, uint64_t *s)
{
	index_walk_not(&e->w, s);
}

/* ---- building blocks kept on the index ---- */

void
index_query_type_bits(struct index *ix, const struct entity_set *es)
{
	size_t n = ix->corpus ? ix->corpus->n : 0, nw = (n + 63) / 64, a, k;
	int t;

	ix->types_stale = false;
	for (t = 0; t < ENT_NTYPES; t++) {
		free(ix->type_bits[t]);
		ix->type_bits[t] = xcalloc(nw ? nw : 1, sizeof(uint64_t));
	}
	for (a = 0; a < es->narticles && a < n; a++)
		for (k = 0; k < es->nmentions[a]; k++) {
			uint8_t type = es->ents[es->mentions[a][k].entity].type;

			if (type < ENT_NTYPES)
				set_add(ix->type_bits[type], a);
		}
}

static size_t
hash_slot(const char *h, size_t nslots)
{
	return (size_t)gaz_hash(h, strlen(h)) & (nslots - 1);
}

/* The table from content hash to articles, made once (index_add_corpus builds it). */
void
index_query_build_hashes(struct index *ix)
{
	const struct corpus *c = ix->corpus;
	size_t i, s;

	if (ix->hslot || !c)
		return;
	for (ix->nslots = 64; ix->nslots < 2 * c->n; ix->nslots *= 2)
		;
	ix->hslot = xmalloc(ix->nslots * sizeof *ix->hslot);
	memset(ix->hslot, 0xff, ix->nslots * sizeof *ix->hslot);
	ix->hnext = xmalloc((c->n ? c->n : 1) * sizeof *ix->hnext);
	for (i = c->n; i-- > 0;) {
		const char *h = c->arts[i]->hash;

		/* Probe to the slot holding this hash, or an empty one. */
		for (s = hash_slot(h, ix->nslots); ix->hslot[s] != NOBODY &&
		     strcmp(c->arts[ix->hslot[s]]->hash, h) != 0; s = (s + 1) & (ix->nslots - 1))
			;
		ix->hnext[i] = ix->hslot[s];
		ix->hslot[s] = (uint32_t)i;
	}
}

/* Add every article whose content hash is h. */
static void
add_hash(struct eval *e, uint64_t *set, const char *h)
{
	struct index *ix = e->ix;
	size_t s;
	uint32_t a;

	for (s = hash_slot(h, ix->nslots); ix->hslot[s] != NOBODY;
	     s = (s + 1) & (ix->nslots - 1)) {
		if (strcmp(ix->corpus->arts[ix->hslot[s]]->hash, h) != 0)
			continue;
		for (a = ix->hslot[s]; a != NOBODY; a = ix->hnext[a])
			set_add(set, a);
		return;
	}
}

void
index_query_cache_free(struct index *ix)
{
	size_t i;
	int t;

	for (t = 0; t < ENT_NTYPES; t++)
		free(ix->type_bits[t]);
	if (ix->fsource)
		for (i = 0; i < ix->corpus->n; i++)
			free(ix->fsource[i]);
	free(ix->fsource);
	free(ix->hslot);
	free(ix->hnext);
}

/* ---- terms ---- */

/* A set being filled from the rows of a query (dossier_rows(), dossier_ids()). */
struct rows {
	struct index *ix;
	uint64_t *set;
	size_t n;		/* articles */
	bool docs;		/* the values are full-text rows (docs), not article ids */
	unsigned long seen;	/* rows so far */
	bool interrupted;
};

/* Value v (an article id, or a doc: docs) into r's set; SQLITE_INTERRUPT when a key is
 * waiting (the live filter's question, as the progress handler asks it elsewhere). */
static int
row_into(struct rows *r, int64_t v)
{
	int64_t id = r->docs ? index_doc_article(r->ix, v) : v;

	if (id >= 0 && (size_t)id < r->n)
		set_add(r->set, (size_t)id);
	if (++r->seen % 1024 == 0 && r->ix->pending && r->ix->pending(r->ix->pending_ud)) {
		r->interrupted = true;
		return SQLITE_INTERRUPT;
	}
	return SQLITE_OK;
}

static int
row_found(const Fts5ExtensionApi *api, Fts5Context *fc, void *ud)
{
	return row_into(ud, api->xRowid(fc));
}

/* dossier_ids(value, collector): an aggregate that adds each row's value to the set, so
 * that a query of many rows is one step (a step and a column read a row each took the
 * connection's lock twice: 11% of typing `oil OR gas` at 100k articles). */
static void
ids_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct rows **at = sqlite3_aggregate_context(ctx, sizeof *at), *r;

	/* The collector looked up once (a compare of its type's name a row) */
	if (at && !*at && argc == 2)
		*at = sqlite3_value_pointer(argv[1], "dossier_rows");
	if (!at || !(r = *at))
		sqlite3_result_error(ctx, "dossier_ids: no collector", -1);
	else if (!r->interrupted && sqlite3_value_type(argv[0]) != SQLITE_NULL &&
		 row_into(r, sqlite3_value_int64(argv[0])) != SQLITE_OK)
		sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
}

static void
ids_final(sqlite3_context *ctx)
{
	sqlite3_result_int(ctx, 1);
}

/* A query that filled r ended with rc: interrupted (a key is waiting), failed, or done. */
static void
rows_end(struct eval *e, const struct rows *r, int rc)
{
	if (r->interrupted || rc == SQLITE_INTERRUPT)
		e->rc = INDEX_INTERRUPTED;
	else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		e->rc = index_fail(e->ix, "running a query");
}

/* What column 0 of select_into()'s rows is. */
enum rows_of { ROWS_IDS, ROWS_DOCS, ROWS_HASHES };

/*
 * Run sql with text parameters; column 0 of each row is an article id, a full-text row
 * (doc) or a content hash, as kind says, to add to set.
 */
static void
select_into(struct eval *e, uint64_t *set, const char *sql, const char *p1, const char *p2,
	    enum rows_of kind)
{
	bool hashes = kind == ROWS_HASHES;
	struct rows r = { e->ix, set, e->n, kind == ROWS_DOCS, 0, false };
	struct sbuf q = {0};
	sqlite3_stmt *st = NULL;
	int rc;

	if (e->rc != INDEX_OK)
		return;
	/* Ids and docs go to the set in one step, through dossier_ids() (?9: the set). */
	if (!hashes)
		sb_printf(&q, "WITH q(v) AS (%s) SELECT dossier_ids(v, ?9) FROM q", sql);
	rc = sqlite3_prepare_v2(e->ix->db, hashes ? sql : sb_cstr(&q), -1, &st, NULL);
	sb_free(&q);
	if (rc != SQLITE_OK) {
		e->rc = index_fail(e->ix, "preparing a query");
		return;
	}
	if (p1)
		sqlite3_bind_text(st, 1, p1, -1, SQLITE_STATIC);
	if (p2)
		sqlite3_bind_text(st, 2, p2, -1, SQLITE_STATIC);
	if (hashes)
		index_query_build_hashes(e->ix);
	else
		sqlite3_bind_pointer(st, 9, &r, "dossier_rows", NULL);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && hashes) {
		const char *h = (const char *)sqlite3_column_text(st, 0);

		if (h)
			add_hash(e, set, h);
	}
	sqlite3_finalize(st);
	rows_end(e, &r, rc);
}

/*
 * One phrase (a word, or words in quotes) is the common filter, and the one typed letter
 * by letter. Its articles are collected by an FTS5 function called on the first matching
 * row, which walks the phrase's rows with xQueryPhrase in C: about three times faster
 * than stepping a statement row by row (100k articles, `minister`: 15 -> 5 ms). A
 * prefix phrase is not taken this way: FTS5 would merge its words twice. A short prefix
 * answered by the prefix table is one word there, and is.
 */
static void
rows_function(const Fts5ExtensionApi *api, Fts5Context *fc, sqlite3_context *ctx, int argc,
	      sqlite3_value **argv)
{
	struct rows *r = argc == 1 ? sqlite3_value_pointer(argv[0], "dossier_rows") : NULL;
	int rc;

	if (!r) {
		sqlite3_result_error(ctx, "dossier_rows: no collector", -1);
		return;
	}
	if ((rc = api->xQueryPhrase(fc, 0, r, row_found)) != SQLITE_OK && !r->interrupted)
		sqlite3_result_error_code(ctx, rc);
	else
		sqlite3_result_int(ctx, 1);
}

int
index_register_rows(struct index *ix)
{
	fts5_api *api = index_fts5_api(ix->db);

	if (!api || sqlite3_create_function_v2(ix->db, "dossier_ids", 2, SQLITE_UTF8, NULL, NULL,
					       ids_step, ids_final, NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	return api->xCreateFunction(api, "dossier_rows", NULL, rows_function, NULL);
}

/* Articles matching the one-phrase FTS5 expression m, through dossier_rows(), in the
 * full-text table or (prefixes) the prefix table. */
static void
phrase_into(struct eval *e, uint64_t *set, const char *m, bool prefixes)
{
	static const char *const sql[2] = {
		"SELECT dossier_rows(fts, ?2) FROM fts WHERE fts MATCH ?1 LIMIT 1",
		"SELECT dossier_rows(pfx, ?2) FROM pfx WHERE pfx MATCH ?1 LIMIT 1",
	};
	struct rows r = { e->ix, set, e->n, true, 0, false };
	sqlite3_stmt *st = NULL;
	int rc;

	if (e->rc != INDEX_OK)
		return;
	if (sqlite3_prepare_v2(e->ix->db, sql[prefixes], -1, &st, NULL) != SQLITE_OK) {
		e->rc = index_fail(e->ix, "preparing a query");
		return;
	}
	sqlite3_bind_text(st, 1, m, -1, SQLITE_STATIC);
	sqlite3_bind_pointer(st, 2, &r, "dossier_rows", NULL);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	rows_end(e, &r, rc);
}

/* Articles matching the FTS5 expression in m (consumed). node: the query node m is the
 * whole of, when it is one node (else -1); a one-phrase node goes through phrase_into(). */
static uint64_t *
match_set(struct eval *e, struct sbuf *m, int node)
{
	uint64_t *s = set_new(e);
	const struct qnode *x = node >= 0 ? &e->q->nodes[node] : NULL;
	const int64_t *docs;
	size_t n, i;

	if ((docs = index_rank_seen(&e->ix->rank, sb_cstr(m), &n))) {
		/* The ranking walked this phrase already (index_query_top()). */
		bench_value("rows_seen", (double)n);	/* tests/cli/rank_lengths.sh */
		for (i = 0; i < n; i++) {
			int64_t id = index_doc_article(e->ix, docs[i]);

			if (id >= 0 && (size_t)id < e->n)
				set_add(s, (size_t)id);
		}
	} else if (x && x->kind == QK_TEXT && !x->prefix)
		phrase_into(e, s, sb_cstr(m), false);
	else
		select_into(e, s, "SELECT rowid FROM fts WHERE fts MATCH ?", sb_cstr(m), NULL,
			    ROWS_DOCS);
	sb_free(m);
	return s;
}

/* is:read, is:flagged, is:archived (is:unread is the complement of is:read). */
const char *const index_state_hashes[] = {
	[IS_READ] = "SELECT hash FROM st.article WHERE hash IS NOT NULL AND read",
	[IS_FLAGGED] = "SELECT hash FROM st.article WHERE hash IS NOT NULL AND flagged",
	[IS_ARCHIVED] = "SELECT hash FROM st.article WHERE hash IS NOT NULL AND archived",
};

static uint64_t *
state_set(struct eval *e, int which)
{
	const char *const *sql = index_state_hashes;
	uint64_t *s = set_new(e);

	if (which == IS_WATCHED) {
		/* Articles that mention a watched entity (by its key and type, now or before
		 * a correction renamed, retyped or merged it). */
		select_into(e, s, INDEX_WATCHED_ARTICLES, NULL, NULL, ROWS_IDS);
	} else if (which == IS_UNREAD) {
		select_into(e, s, sql[IS_READ], NULL, NULL, ROWS_HASHES);
		set_not(e, s);
	} else {
		select_into(e, s, sql[which], NULL, NULL, ROWS_HASHES);
	}
	return s;
}

/* The folded source of article i with a space in front, as source: compares it. */
static const char *
folded_source(struct index *ix, size_t i)
{
	const char *src;
	size_t len;
	char *f;

	if (!ix->fsource)
		ix->fsource = xcalloc(ix->corpus->n ? ix->corpus->n : 1, sizeof *ix->fsource);
	if (!ix->fsource[i]) {
		src = ix->corpus->arts[i]->source ? ix->corpus->arts[i]->source : "";
		f = text_fold(src, strlen(src), &len);
		ix->fsource[i] = xmalloc(len + 2);
		ix->fsource[i][0] = ' ';
		memcpy(ix->fsource[i] + 1, f, len + 1);
		free(f);
	}
	return ix->fsource[i];
}

/* cluster:N (k > 0), or every duplicate (k == 0): from the story clusters. */
static uint64_t *
cluster_set(struct eval *e, int k)
{
	const struct cluster_set *cs = e->ix->clusters;
	uint64_t *s = set_new(e);
	const uint32_t *m;
	size_t i, n;

	if (k > 0) {
		for (m = cluster_members(cs, (uint32_t)k, &n), i = 0; i < n; i++)
			if (m[i] < e->n)
				set_add(s, m[i]);
		return s;
	}
	for (i = 0; cs && i < e->n; i++)
		if (cluster_is_duplicate(cs, (uint32_t)i))
			set_add(s, i);
	return s;
}

/* A field term (not free text). */
static uint64_t *
field_set(struct eval *e, const struct qnode *x)
{
	const struct corpus *c = e->ix->corpus;
	uint64_t *s;
	char *want;
	size_t i;

	switch (x->kind) {
	case QK_IS:
		if (x->which == IS_DUPLICATE)
			return cluster_set(e, 0);
		return state_set(e, x->which);
	case QK_CLUSTER:
		return cluster_set(e, x->which);
	case QK_TAG:
		s = set_new(e);
		select_into(e, s, "SELECT hash FROM st.tag WHERE hash IS NOT NULL AND fold(name) = ?",
			    x->text, NULL, ROWS_HASHES);
		return s;
	case QK_ENTITY:
	case QK_SAID:
		s = set_new(e);
		select_into(e, s, x->kind == QK_SAID ?
			    "SELECT m.article FROM mention m WHERE m.quotes > 0 AND m.entity IN ("
			    INDEX_ENTITY_NAMED ")" :
			    "SELECT m.article FROM mention m WHERE m.entity IN ("
			    INDEX_ENTITY_NAMED ")", x->text, NULL, ROWS_IDS);
		return s;
	case QK_TYPE:
		s = set_new(e);
		if (e->ix->types_stale && e->ix->ents)	/* articles re-read, added or removed */
			index_query_type_bits(e->ix, e->ix->ents);
		if (x->which >= 0 && x->which < ENT_NTYPES && e->ix->type_bits[x->which])
			memcpy(s, e->ix->type_bits[x->which], e->nw * sizeof *s);
		return s;
	case QK_DATE:
		s = set_new(e);
		for (i = 0; i < e->n; i++) {
			int32_t d = c->arts[i]->date_key;

			if ((!x->lo || d >= x->lo) && (!x->hi || d <= x->hi))
				set_add(s, i);
		}
		return s;
	case QK_SOURCE:
		s = set_new(e);
		want = xmalloc(strlen(x->text) + 2);
		want[0] = ' ';
		strcpy(want + 1, x->text);
		for (i = 0; i < e->n; i++)
			if (strstr(folded_source(e->ix, i), want))
				set_add(s, i);
		free(want);
		return s;
	case QK_PATH:
		s = set_new(e);
		for (i = 0; i < e->n; i++)
			if (sqlite3_strglob(x->text, c->arts[i]->path) == 0)
				set_add(s, i);
		return s;
	default:
		return set_new(e);
	}
}

/* Articles with a word starting with the short prefix of x, from the prefix table. */
static uint64_t *
prefix_set(struct eval *e, const struct qnode *x)
{
	uint64_t *s = set_new(e);
	char *m = xmalloc(strlen(x->text) + 3);

	sprintf(m, "\"%s\"", x->text);	/* letters and digits only: index_prefix_usable() */
	phrase_into(e, s, m, true);	/* one word of the prefix table */
	free(m);
	return s;
}

/* The walk's questions (index_walk.c), answered by the functions above. */
static uint64_t *
walk_match(struct index_walk *w, struct sbuf *m, int node)
{
	return match_set(w->ud, m, node);
}

static uint64_t *
walk_prefix(struct index_walk *w, const struct qnode *x)
{
	return prefix_set(w->ud, x);
}

static uint64_t *
walk_field(struct index_walk *w, const struct qnode *x)
{
	return field_set(w->ud, x);
}

static bool
walk_failed(const struct index_walk *w)
{
	return ((const struct eval *)w->ud)->rc != INDEX_OK;
}

/* The set of a whole query (archived hidden when flags ask); NULL after an error. */
static uint64_t *
eval_query(struct eval *e, unsigned flags)
{
	const struct query *q = e->q;
	uint64_t *s, *arch;
	size_t i;

	e->nw = (e->n + 63) / 64;
	e->w = (struct index_walk){ q, e->n, e->nw, NULL,
		/* short prefixes from the prefix table once it is whole */
		__atomic_load_n(&e->ix->prefix_ready, __ATOMIC_ACQUIRE), NULL,
		walk_match, walk_prefix, walk_field, walk_failed, e };
	s = index_walk_query(&e->w);
	if ((flags & QUERY_HIDE_ARCHIVED) && !q->archived && e->rc == INDEX_OK) {
		arch = state_set(e, IS_ARCHIVED);
		set_not(e, arch);
		index_walk_and(&e->w, s, arch, true);
	}
	if (e->rc != INDEX_OK) {
		free(s);
		return NULL;
	}
	/* Articles whose file went while the TUI ran (index_remove_article) match nothing. */
	for (i = 0; i < e->n && e->ix->corpus->ngone; i++)
		if (e->ix->corpus->arts[i]->gone)
			s[i / 64] &= ~((uint64_t)1 << (i % 64));
	return s;
}

enum index_status
index_query_ids(struct index *ix, const struct query *q, unsigned flags,
		void (*fn)(void *ud, uint32_t id), void *ud)
{
	struct eval e = { .ix = ix, .q = q, .n = index_narticles(ix), .rc = INDEX_OK };
	uint64_t *s = eval_query(&e, flags), w;
	size_t i;

	if (!s)
		return e.rc;
	for (i = 0; i < e.nw; i++)
		for (w = s[i]; w; w &= w - 1)
			fn(ud, (uint32_t)(i * 64 + (size_t)__builtin_ctzll(w)));
	free(s);
	return INDEX_OK;
}

int
index_ranked_cmp(const void *a, const void *b)
{
	const struct index_ranked *x = a, *y = b;

	return index_rank_cmp(x->score, x->date_key, x->id, y->score, y->date_key, y->id);
}

void
index_heap_offer(struct index_ranked *r, size_t *n, size_t k, struct index_ranked x)
{
	size_t i, c;

	if (*n < k) {
		/* Up from the bottom while worse than the parent. */
		for (i = (*n)++; i > 0 && index_ranked_cmp(&x, &r[(i - 1) / 2]) > 0; i = (i - 1) / 2)
			r[i] = r[(i - 1) / 2];
		r[i] = x;
		return;
	}
	if (index_ranked_cmp(&x, &r[0]) >= 0)
		return;		/* no better than the worst kept */
	for (i = 0; (c = 2 * i + 1) < k; i = c) {
		if (c + 1 < k && index_ranked_cmp(&r[c + 1], &r[c]) > 0)
			c++;
		if (index_ranked_cmp(&r[c], &x) <= 0)
			break;
		r[i] = r[c];
	}
	r[i] = x;
}

enum index_status
index_query_scored(struct index *ix, const struct query *q, unsigned flags,
		   void (*fn)(void *ud, uint32_t id, double score), void *ud)
{
	return index_query_top(ix, q, flags, 0, fn, ud);
}

enum index_status
index_query_top(struct index *ix, const struct query *q, unsigned flags, size_t limit,
		void (*fn)(void *ud, uint32_t id, double score), void *ud)
{
	struct eval e = { .ix = ix, .q = q, .n = index_narticles(ix), .rc = INDEX_OK };
	uint64_t *s, w;
	struct sbuf m = {0};
	struct index_ranked *r;
	size_t i, n = 0;
	struct index_scored *sc = NULL;
	size_t nsc = 0;
	double *score;
	int rc = SQLITE_DONE;

	/* The text ranked first: the phrases its scan walks whole give the query's sets
	 * their rows (match_set()), not a second walk. */
	query_rank_match(q, &m);
	index_rank_forget(&ix->rank);
	if (m.len)	/* short prefixes from the prefix table once it is whole */
		rc = index_rank_scores(&ix->rank, m.data,
				       __atomic_load_n(&ix->prefix_ready, __ATOMIC_ACQUIRE), false,
				       &sc, &nsc);
	s = eval_query(&e, flags);
	index_rank_forget(&ix->rank);
	if (!s) {
		free(sc);
		sb_free(&m);
		return e.rc;
	}
	r = xmalloc((e.n ? e.n : 1) * sizeof *r);
	score = xcalloc(e.n ? e.n : 1, sizeof *score);	/* 0.0 unless the text ranks it */
	if (m.len) {
		for (i = 0; i < nsc; i++) {
			int64_t id = index_doc_article(ix, sc[i].doc);

			if (id >= 0 && (size_t)id < e.n && (s[id >> 6] >> (id & 63) & 1))
				score[id] = sc[i].score;
		}
		free(sc);
		if (rc == SQLITE_INTERRUPT)
			e.rc = INDEX_INTERRUPTED;
		else if (rc != SQLITE_DONE)
			e.rc = index_fail(ix, "running a query");
	}
	for (i = 0; i < e.nw && e.rc == INDEX_OK; i++)
		for (w = s[i]; w; w &= w - 1) {
			uint32_t id = (uint32_t)(i * 64 + (size_t)__builtin_ctzll(w));

			struct index_ranked x = { id, ix->corpus->arts[id]->date_key,
					    m.len ? score[id] : 0.0 };

			if (limit)
				index_heap_offer(r, &n, limit, x);	/* only the best limit */
			else
				r[n++] = x;
		}
	qsort(r, n, sizeof *r, index_ranked_cmp);
	for (i = 0; i < n; i++)
		fn(ud, r[i].id, r[i].score);
	sb_free(&m);
	free(score);
	free(r);
	free(s);
	return e.rc;
}
