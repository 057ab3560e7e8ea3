/* index_ents.c -- the entity, alias and mention tables: built in a database of their own, then attached. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/quote.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * The tables go into two shared in-memory databases (the memdb VFS, named by URIs), the
 * entities and the mentions filled on two threads at once, on the side that extracted the
 * entities while the other thread is still writing the full text; attaching them to the
 * index then takes no time. Queries name the tables without a
 * schema, and the main database has none of them, so they resolve to the attached one.
 */

/* One of the two databases: its connection (in a scratch index, for errors) and name. */
struct ents_db {
	struct index scratch;
	char uri[96];
	int rc;
};

struct index_ents {
	struct ents_db db[2];	/* entities and aliases; mentions */
	const struct entity_set *es;
	const struct corpus *c;	/* not owned; its articles' quotes count (NULL: none) */
	struct ex_blob *kept;	/* not owned; NULL, or nkept articles' kept quotes */
	size_t nkept;
};

/* former: the names and types entities had before a correction renamed, retyped or
 * merged them (entity_set.former), for is:watched; a cache keeps the set's from it. */
/* typed: the articles that mention an entity of each type, what type: reads (through the
 * mention and entity tables, type:person read a million rows: 0.6 s at 100k articles,
 * against 0.08 s here). In the entities' database: the mentions' thread has the most to
 * do (at 100k articles 2.9 s against 0.9 s, of which these rows were 0.5 s). */
#define TYPED_TABLE \
	"CREATE TABLE typed(type TEXT, article INTEGER, PRIMARY KEY(type, article))" \
	" WITHOUT ROWID;"
#define ENT_TABLES \
	"CREATE TABLE entity(id INTEGER PRIMARY KEY, type TEXT, canonical TEXT, key TEXT," \
	" narticles INTEGER, nmentions INTEGER);" \
	"CREATE TABLE alias(entity INTEGER, key TEXT);" \
	"CREATE TABLE former(entity INTEGER, key TEXT, type TEXT);" TYPED_TABLE
static const char ENT_SCHEMA[] = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" ENT_TABLES;
/* One row per (article, entity): what entity:/type:/said: and co-occurrence need; quotes
 * is how many quotes of the article the entity says (quote.c). The mentions themselves
 * (offsets) stay in the entity set in memory, the quotes are found again from them when
 * shown. Clustered by article: rows go in in that order (no separate index to build for
 * it). A database of its own, so it is filled on another thread at the same time as the
 * entities. */
#define MEN_TABLE \
	"CREATE TABLE mention(article INTEGER, entity INTEGER, count INTEGER, quotes INTEGER," \
	" PRIMARY KEY(article, entity)) WITHOUT ROWID;"
static const char MEN_SCHEMA[] = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" MEN_TABLE;

static const char ENT_INDEXES[] =
	"CREATE INDEX alias_key ON alias(key);"
	"CREATE INDEX entity_key ON entity(key);"
	"CREATE INDEX former_key ON former(key);";
static const char MEN_INDEXES[] = "CREATE INDEX mention_entity ON mention(entity, article);";
#define SORT_THREADS "2"	/* helper threads of SQLite's sorter (PRAGMA threads) */

static int
add_entity_rows(struct index *ix, const struct entity_set *es, sqlite3_stmt *ent,
		sqlite3_stmt *al)
{
	size_t i, j;

	for (i = 0; i < es->n; i++) {
		const struct entity *e = &es->ents[i];

		sqlite3_bind_int64(ent, 1, e->id);
		sqlite3_bind_text(ent, 2, ent_type_name(e->type), -1, SQLITE_STATIC);
		sqlite3_bind_text(ent, 3, e->canonical, -1, SQLITE_STATIC);
		sqlite3_bind_text(ent, 4, e->key, -1, SQLITE_STATIC);
		sqlite3_bind_int64(ent, 5, e->narticles);
		sqlite3_bind_int64(ent, 6, e->nmentions);
		if (sqlite3_step(ent) != SQLITE_DONE)
			return index_fail(ix, "adding an entity");
		sqlite3_reset(ent);
		for (j = 0; j < e->naliases; j++) {
			char *k = text_fold(e->aliases[j], strlen(e->aliases[j]), NULL);
			int ok;

			sqlite3_bind_int64(al, 1, e->id);
			sqlite3_bind_text(al, 2, k, -1, SQLITE_TRANSIENT);
			ok = sqlite3_step(al) == SQLITE_DONE;
			sqlite3_reset(al);
			free(k);
			if (!ok)
				return index_fail(ix, "adding an alias");
		}
	}
	return INDEX_OK;
}

/* The former names of entities (is:watched follows them). */
static int
add_former_rows(struct index *ix, const struct entity_set *es)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int ok = sqlite3_prepare_v2(ix->db, "INSERT INTO former VALUES(?,?,?)", -1, &st,
				    NULL) == SQLITE_OK;

	for (i = 0; ok && i < es->nformer; i++) {
		sqlite3_bind_int64(st, 1, es->former[i].entity);
		sqlite3_bind_text(st, 2, es->former[i].key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, ent_type_name(es->former[i].type), -1, SQLITE_STATIC);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return ok ? INDEX_OK : index_fail(ix, "adding the former names of entities");
}

/* Sort an article's entity ids. qsort, not an insertion sort: one article may hold
 * hundreds of thousands of mentions of different entities (a 9 MB list of hashtags
 * took 50 s to index with the quadratic sort). */
static void
sort_ids(uint32_t *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_u32);
}

/* Rows go in MEN_BATCH at a time, one statement each: a third of the time of one
 * statement a row (the statement's fixed cost was most of it). */
#define MEN_BATCH 64

/* Insert rows v[0..n) (article, entity, count, quotes) with st, which takes n of them. */
#define MEN_COLS 4
static int
put_mentions(struct index *ix, sqlite3_stmt *st, const sqlite3_int64 *v, size_t n)
{
	size_t i;
	int ok;

	for (i = 0; i < MEN_COLS * n; i++)
		sqlite3_bind_int64(st, (int)i + 1, v[i]);
	ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok ? INDEX_OK : index_fail(ix, "adding a mention");
}

/* The typed rows, gathered per type as the articles go by and put in in the table's
 * order at the end (a row at a time in article order cost three times as much). */
struct typed_rows {
	uint32_t *v[ENT_NTYPES];
	size_t n[ENT_NTYPES], cap[ENT_NTYPES];
};

/* Article a in the lists of the types it mentions. */
static void
gather_typed(struct typed_rows *tr, const struct entity_set *es, size_t a)
{
	unsigned seen = 0;
	size_t k;
	uint32_t id;
	int t;

	for (k = 0; k < es->nmentions[a]; k++) {
		if ((id = es->mentions[a][k].entity) >= es->n ||
		    (seen & (1u << (t = es->ents[id].type))))
			continue;
		seen |= 1u << t;
		xgrow((void **)&tr->v[t], &tr->cap[t], tr->n[t] + 1, sizeof *tr->v[t]);
		tr->v[t][tr->n[t]++] = (uint32_t)a;
	}
}

static int
cmp_type_name(const void *a, const void *b)
{
	return strcmp(ent_type_name(*(const int *)a), ent_type_name(*(const int *)b));
}

/* Rows go in TYPED_BATCH at a time, one statement each, as the mentions do. */
#define TYPED_BATCH 64

/* The typed rows of every article of es, types in name order (the key's), with batch
 * (TYPED_BATCH rows) and one (a row). */
static int
add_typed_rows(struct index *ix, const struct entity_set *es, sqlite3_stmt *batch,
	       sqlite3_stmt *one)
{
	struct typed_rows tr = {0};
	int order[ENT_NTYPES], t, ok = 1, col;
	size_t a, k, nb;

	for (a = 0; a < es->narticles; a++)
		gather_typed(&tr, es, a);
	for (t = 0; t < ENT_NTYPES; t++)
		order[t] = t;
	qsort(order, ENT_NTYPES, sizeof *order, cmp_type_name);
	for (t = 0; t < ENT_NTYPES; t++) {
		const char *name = ent_type_name(order[t]);
		const uint32_t *v = tr.v[order[t]];
		size_t n = tr.n[order[t]];

		for (k = 0; ok && k < n; k += nb) {
			sqlite3_stmt *st = n - k >= TYPED_BATCH ? batch : one;

			nb = st == batch ? TYPED_BATCH : 1;
			for (col = 0; col < (int)nb; col++) {
				sqlite3_bind_text(st, 2 * col + 1, name, -1, SQLITE_STATIC);
				sqlite3_bind_int64(st, 2 * col + 2, v[k + (size_t)col]);
			}
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
	}
	for (t = 0; t < ENT_NTYPES; t++)
		free(tr.v[t]);
	return ok ? INDEX_OK : index_fail(ix, "adding the types of articles");
}

static int
add_mention_rows(struct index *ix, const struct index_ents *t, sqlite3_stmt *one,
		 sqlite3_stmt *batch)
{
	const struct entity_set *es = t->es;
	sqlite3_int64 v[MEN_COLS * MEN_BATCH];
	uint32_t *ids = NULL, *q = NULL;
	size_t cap = 0, qcap = 0, a, k, j, nv = 0, nq, at;
	struct quote_list ql = {0};
	/* The quotes' speakers, found ahead on the other cores (index_said.c). */
	struct said_pool *said = index_said_start(t->c, es, t->kept, t->nkept);
	int rc = INDEX_OK;

	for (a = 0; a < es->narticles && rc == INDEX_OK; a++) {
		size_t n = es->nmentions[a];

		xgrow((void **)&ids, &cap, n + 1, sizeof *ids);
		for (k = 0; k < n; k++)
			ids[k] = es->mentions[a][k].entity;
		sort_ids(ids, n);
		nq = index_said_take(said, a, &ql, &q, &qcap);
		at = 0;
		for (k = 0; k < n && rc == INDEX_OK; k = j) {
			for (j = k; j < n && ids[j] == ids[k]; j++)
				;
			v[MEN_COLS * nv] = (sqlite3_int64)a;
			v[MEN_COLS * nv + 1] = ids[k];
			v[MEN_COLS * nv + 2] = (sqlite3_int64)(j - k);
			v[MEN_COLS * nv + 3] = quote_count_of(q, nq, &at, ids[k]);
			if (++nv == MEN_BATCH) {
				rc = put_mentions(ix, batch, v, nv);
				nv = 0;
			}
		}
	}
	index_said_stop(said);
	for (k = 0; k < nv && rc == INDEX_OK; k++)
		rc = put_mentions(ix, one, v + MEN_COLS * k, 1);
	free(ids);
	free(q);
	quote_list_free(&ql);
	return rc;
}

/* "INSERT INTO table VALUES(?,...)" for n rows of cols columns, into sql. */
static void
insert_rows_sql(struct sbuf *sql, const char *table, int cols, int n)
{
	int i, c;

	sb_adds(sql, "INSERT INTO ");
	sb_adds(sql, table);
	sb_adds(sql, " VALUES");
	for (i = 0; i < n; i++) {
		sb_adds(sql, i ? ",(" : "(");
		for (c = 0; c < cols; c++)
			sb_adds(sql, c ? ",?" : "?");
		sb_addc(sql, ')');
	}
}

static int
fill_entities(struct index *ix, const struct entity_set *es)
{
	sqlite3_stmt *ent = NULL, *al = NULL, *typed = NULL, *typed1 = NULL;
	struct sbuf sql = {0};
	int rc = INDEX_ERROR;

	if (index_exec(ix, ENT_SCHEMA, "creating the entity tables") != INDEX_OK ||
	    index_exec(ix, "BEGIN", "starting a transaction") != INDEX_OK)
		return INDEX_ERROR;
	insert_rows_sql(&sql, "typed", 2, TYPED_BATCH);
	if (sqlite3_prepare_v2(ix->db, "INSERT INTO entity VALUES(?,?,?,?,?,?)", -1, &ent,
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(ix->db, "INSERT INTO alias VALUES(?,?)", -1, &al, NULL) !=
		    SQLITE_OK ||
	    sqlite3_prepare_v2(ix->db, sql.data, (int)sql.len, &typed, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(ix->db, "INSERT INTO typed VALUES(?,?)", -1, &typed1, NULL) !=
		    SQLITE_OK) {
		index_fail(ix, "preparing entity inserts");
		goto out;
	}
	if (add_entity_rows(ix, es, ent, al) != INDEX_OK || add_former_rows(ix, es) != INDEX_OK ||
	    add_typed_rows(ix, es, typed, typed1) != INDEX_OK ||
	    index_exec(ix, ENT_INDEXES, "indexing entities") != INDEX_OK)
		goto out;
	rc = index_exec(ix, "COMMIT", "committing the entities");
out:
	sb_free(&sql);
	sqlite3_finalize(typed1);
	sqlite3_finalize(typed);
	sqlite3_finalize(ent);
	sqlite3_finalize(al);
	if (rc != INDEX_OK)
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

static int
fill_mentions(struct index *ix, const struct index_ents *t)
{
	sqlite3_stmt *men = NULL, *batch = NULL;
	struct sbuf sql = {0};
	int rc = INDEX_ERROR;

	if (index_exec(ix, MEN_SCHEMA, "creating the mention table") != INDEX_OK ||
	    index_exec(ix, "BEGIN", "starting a transaction") != INDEX_OK)
		return INDEX_ERROR;
	insert_rows_sql(&sql, "mention", MEN_COLS, MEN_BATCH);
	if (sqlite3_prepare_v2(ix->db, "INSERT INTO mention VALUES(?,?,?,?)", -1, &men, NULL) !=
	    SQLITE_OK ||
	    sqlite3_prepare_v2(ix->db, sql.data, (int)sql.len, &batch, NULL) != SQLITE_OK) {
		index_fail(ix, "preparing mention inserts");
		goto out;
	}
	if (add_mention_rows(ix, t, men, batch) != INDEX_OK)
		goto out;
	/* The index of two million rows (100k articles) is a sort: SQLite's sorter may use
	 * the other cores for it (an update has them idle by then): 1.7 -> 1.0-1.3 s. */
	sqlite3_exec(ix->db, "PRAGMA threads=" SORT_THREADS, NULL, NULL, NULL);
	if (index_exec(ix, MEN_INDEXES, "indexing mentions") != INDEX_OK)
		goto out;
	rc = index_exec(ix, "COMMIT", "committing the mentions");
out:
	sb_free(&sql);
	sqlite3_finalize(batch);
	sqlite3_finalize(men);
	if (rc != INDEX_OK)
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* Open database k of t (a shared in-memory one) and fill it. */
static void
fill_db(struct index_ents *t, int k)
{
	static unsigned serial;
	struct ents_db *d = &t->db[k];

	snprintf(d->uri, sizeof d->uri, "file:/dossier-%s-%ld-%u?vfs=memdb",
		 k ? "mentions" : "entities", (long)getpid(),
		 __atomic_fetch_add(&serial, 1, __ATOMIC_RELAXED));
	/* Only the thread that fills it uses this connection (the index attaches the database
	 * through its own), so it needs no mutex of its own. */
	if (sqlite3_open_v2(d->uri, &d->scratch.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
			    SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
		d->rc = index_fail(&d->scratch, "creating the entity tables");
	else
		d->rc = k ? fill_mentions(&d->scratch, t) : fill_entities(&d->scratch, t->es);
}

static void *
mentions_thread(void *ud)
{
	fill_db(ud, 1);
	return NULL;
}

struct index_ents *
index_ents_build(const struct corpus *c, const struct entity_set *es, struct ex_blob *kept,
		 size_t nkept, char *err, size_t errlen)
{
	struct index_ents *t = xcalloc(1, sizeof *t);
	pthread_t tid;
	bool threaded;
	int k;

	t->es = es;
	t->c = c;
	t->kept = kept;
	t->nkept = kept ? nkept : 0;
	/* The two databases at once: the mentions on a thread of their own. */
	threaded = pthread_create(&tid, NULL, mentions_thread, t) == 0;
	fill_db(t, 0);
	if (threaded)
		pthread_join(tid, NULL);
	else
		fill_db(t, 1);
	for (k = 0; k < 2; k++)
		if (t->db[k].rc != INDEX_OK) {
			snprintf(err, errlen, "%s", t->db[k].scratch.err);
			index_ents_free(t);
			return NULL;
		}
	return t;
}

void
index_ents_free(struct index_ents *t)
{
	if (!t)
		return;
	sqlite3_close(t->db[0].scratch.db);
	sqlite3_close(t->db[1].scratch.db);
	free(t);
}

enum index_status
index_attach_entities(struct index *ix, struct index_ents *t)
{
	static const char *const names[2] = { "ent", "men" };
	int k;

	for (k = 0; k < 2; k++) {
		if (index_attach_db(ix->db, t->db[k].uri, names[k]) != SQLITE_OK) {
			if (k)
				sqlite3_exec(ix->db, "DETACH DATABASE ent", NULL, NULL, NULL);
			index_ents_free(t);
			return index_fail(ix, "attaching the entity tables");
		}
	}
	/* The connections that built them keep the shared databases alive while attached. */
	ix->ents_tables = t;
	index_set_ents(ix, (struct entity_set *)t->es);	/* index_reread_article() updates it */
	index_query_type_bits(ix, t->es);
	return INDEX_OK;
}

enum index_status
index_add_entities(struct index *ix, const struct entity_set *es)
{
	char err[256];
	struct index_ents *t = index_ents_build(ix->corpus, es, NULL, 0, err, sizeof err);

	if (!t) {
		snprintf(ix->err, sizeof ix->err, "%s", err);
		return INDEX_ERROR;
	}
	return index_attach_entities(ix, t);
}

void
index_ents_uris(const struct index_ents *t, const char *uri[2])
{
	uri[0] = t->db[0].uri;
	uri[1] = t->db[1].uri;
}

int
index_ents_copy(const struct index_ents *t, sqlite3 *dst)
{
	static const char copy[] =
		"INSERT INTO main.entity SELECT * FROM e.entity;"
		"INSERT INTO main.alias SELECT * FROM e.alias;"
		"INSERT INTO main.former SELECT * FROM e.former;"
		"INSERT INTO main.typed SELECT * FROM e.typed;"
		"INSERT INTO main.mention SELECT * FROM m.mention;";
	int rc = index_attach_db(dst, t->db[0].uri, "e");

	if (rc == SQLITE_OK)
		rc = index_attach_db(dst, t->db[1].uri, "m");
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(dst, ENT_TABLES MEN_TABLE, NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(dst, copy, NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(dst, ENT_INDEXES, NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(dst, MEN_INDEXES, NULL, NULL, NULL);
	return rc == SQLITE_OK ? INDEX_OK : INDEX_ERROR;
}

/*
 * With a cache file attached, its entity tables answer for the names (SQLite takes a
 * table from the database attached first): it is detached, the new tables attached,
 * and the cache attached again after them, so they answer and its full text still does.
 * The cache file is not written: it keeps the tables of the corrections it was built
 * with (and says so: a launch with others builds it again).
 */
enum index_status
index_replace_entities(struct index *ix, struct entity_set *es)
{
	struct index_ents *t;
	char err[256];
	int rc;

	if (!(t = index_ents_build(ix->corpus, es, ix->kept_quotes, ix->nkept_quotes, err,
				   sizeof err))) {
		snprintf(ix->err, sizeof ix->err, "%s", err);
		return INDEX_ERROR;
	}
	if (ix->cache_attached &&
	    sqlite3_exec(ix->db, "DETACH DATABASE cache", NULL, NULL, NULL) != SQLITE_OK) {
		index_ents_free(t);
		return index_fail(ix, "detaching the cache to replace its entity tables");
	}
	/* Detached first: the new databases attach under the same schema names. */
	if (ix->ents_tables &&
	    (sqlite3_exec(ix->db, "DETACH DATABASE men", NULL, NULL, NULL) != SQLITE_OK ||
	     sqlite3_exec(ix->db, "DETACH DATABASE ent", NULL, NULL, NULL) != SQLITE_OK)) {
		index_ents_free(t);
		rc = index_fail(ix, "detaching the entity tables");
	} else {
		index_ents_free(ix->ents_tables);
		ix->ents_tables = NULL;
		rc = index_attach_entities(ix, t);
	}
	/* The full text lives there: it comes back whatever happened to the entities. */
	if (ix->cache_attached && index_cache_reattach(ix) != SQLITE_OK)
		rc = index_fail(ix, "attaching the cache again (restart dossier)");
	return rc;
}
