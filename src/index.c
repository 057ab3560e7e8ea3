/* index.c -- the SQLite index of a run: schema, bulk loading, full-text and id queries. MIT licence. */
#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"


/* SQLite's page cache of the query connection, in KiB: while the full text is loaded,
 * and after. */
#define INDEX_BUILD_CACHE_KB "4096"
#define INDEX_QUERY_CACHE_KB "32768"

/* The entity, alias and mention tables live in a database of their own, built beside the
 * full text and attached when done (index_ents.c). */
static const char SCHEMA[] =
	"PRAGMA journal_mode=OFF;"
	"PRAGMA synchronous=OFF;"
	"PRAGMA temp_store=MEMORY;"
	/* The database is a temporary file (removed as soon as both connections have it):
	 * the full-text index lives in the page cache, not in this process's memory (100k
	 * articles: ~450 MB less resident). 32 MB of SQLite's own cache keeps queries as
	 * fast as with an in-memory database (measured with bench/querybench). */
	"PRAGMA cache_size=-" INDEX_QUERY_CACHE_KB ";"
	INDEX_TABLES;

enum index_status
index_bfail(struct index *ix, const char *what)
{
	snprintf(ix->berr, sizeof ix->berr, "index: %s failed (%s)", what,
		 ix->bdb ? sqlite3_errstr(sqlite3_extended_errcode(ix->bdb)) : "no database");
	return INDEX_ERROR;
}

enum index_status
index_fail(struct index *ix, const char *what)
{
	/* SQLite's own text stays out of the UI; name the operation instead. */
	snprintf(ix->err, sizeof ix->err, "index: %s failed (%s)", what,
		 ix->db ? sqlite3_errstr(sqlite3_extended_errcode(ix->db)) : "no database");
	return INDEX_ERROR;
}

void
index_bind_article(sqlite3_stmt *s, uint32_t id, int64_t doc, const struct article *a)
{
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, a->path, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, a->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, a->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, a->date, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 6, a->date_key);
	sqlite3_bind_text(s, 7, a->hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 8, doc);
}

void
index_keep_quotes(struct index *ix, struct ex_blob *kept, size_t n)
{
	size_t i;

	for (i = 0; ix->kept_quotes && i < ix->nkept_quotes; i++)
		free(ix->kept_quotes[i].data);
	free(ix->kept_quotes);
	ix->kept_quotes = kept;
	ix->nkept_quotes = kept ? n : 0;
}

int64_t
index_doc_new(struct index *ix, uint32_t id)
{
	uint32_t doc;

	if (!ix->doc_of)
		return id;	/* docs are the ids: the next id's is free */
	doc = (uint32_t)ix->ndocs++;
	ix->doc_of = xrealloc(ix->doc_of, ((size_t)id + 1) * sizeof *ix->doc_of);
	ix->art_of = xrealloc(ix->art_of, ix->ndocs * sizeof *ix->art_of);
	ix->doc_of[id] = doc;
	ix->art_of[doc] = id;
	return doc;
}

int64_t
index_doc_forget(struct index *ix, uint32_t id)
{
	size_t n = ix->corpus ? ix->corpus->n : 0, i;
	uint32_t doc;

	if (id >= n)
		return index_article_doc(ix, id);
	if (!ix->doc_of) {	/* docs were the ids: now a table of them */
		ix->doc_of = xmalloc(n * sizeof *ix->doc_of);
		ix->art_of = xmalloc(n * sizeof *ix->art_of);
		for (i = 0; i < n; i++)
			ix->doc_of[i] = ix->art_of[i] = (uint32_t)i;
		ix->ndocs = n;
	}
	ix->art_of[ix->doc_of[id]] = NO_ARTICLE;
	doc = (uint32_t)ix->ndocs++;
	ix->art_of = xrealloc(ix->art_of, ix->ndocs * sizeof *ix->art_of);
	ix->art_of[doc] = id;
	ix->doc_of[id] = doc;
	return doc;
}

void
index_set_docs(struct index *ix, const uint32_t *doc_of, size_t n)
{
	size_t i, max = 0;

	free(ix->doc_of);
	free(ix->art_of);
	ix->doc_of = ix->art_of = NULL;
	ix->ndocs = 0;
	for (i = 0; doc_of && i < n; i++)
		if (doc_of[i] != i)
			break;
	if (!doc_of || i == n)
		return;		/* the same numbers: no table */
	for (i = 0; i < n; i++)
		max = doc_of[i] + (size_t)1 > max ? doc_of[i] + (size_t)1 : max;
	ix->doc_of = xmalloc((n ? n : 1) * sizeof *ix->doc_of);
	memcpy(ix->doc_of, doc_of, n * sizeof *doc_of);
	ix->art_of = xmalloc((max ? max : 1) * sizeof *ix->art_of);
	memset(ix->art_of, 0xff, (max ? max : 1) * sizeof *ix->art_of);
	for (i = 0; i < n; i++)
		ix->art_of[doc_of[i]] = (uint32_t)i;
	ix->ndocs = max;
}

/* fold(x): text_fold() in SQL, so the query language matches sources and tags folded. */
static void
sql_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	size_t n;
	char *f;

	(void)argc;
	if (!s) {
		sqlite3_result_null(ctx);
		return;
	}
	f = text_fold(s, (size_t)sqlite3_value_bytes(argv[0]), &n);
	sqlite3_result_text(ctx, f, (int)n, free);
}

int
index_sql_fold(sqlite3 *db)
{
	return sqlite3_create_function_v2(db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
					  sql_fold, NULL, NULL, NULL);
}

/* dossier_cluster(id, 0): article id's story cluster (0 for none); dossier_cluster(id, 1):
 * 1 when it is a duplicate. For the SQL of query_sql(), the oracle of the evaluator. */
static void
sql_cluster(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const struct index *ix = sqlite3_user_data(ctx);
	sqlite3_int64 id = sqlite3_value_int64(argv[0]);
	uint32_t a = (uint32_t)id;

	(void)argc;
	if (id < 0 || id >= (sqlite3_int64)UINT32_MAX)
		sqlite3_result_int(ctx, 0);
	else if (sqlite3_value_int(argv[1]))
		sqlite3_result_int(ctx, cluster_is_duplicate(ix->clusters, a));
	else
		sqlite3_result_int64(ctx, cluster_of(ix->clusters, a));
}

void
index_set_clusters(struct index *ix, const struct cluster_set *cs)
{
	ix->clusters = cs;
}

const struct cluster_set *
index_clusters(const struct index *ix)
{
	return ix->clusters;
}

void
index_set_interrupt(struct index *ix, int (*pending)(void *ud), void *ud)
{
	/* About every thousand virtual machine steps: a few microseconds apart. */
	sqlite3_progress_handler(ix->db, pending ? 1000 : 0, pending, ud);
	ix->pending = pending;	/* and inside the one step that collects a phrase's rows */
	ix->pending_ud = ud;
}

/*
 * A new file for the index, in SQLite's temporary folder ($SQLITE_TMPDIR, $TMPDIR,
 * /var/tmp, /tmp): made private by mkostemp, then opened by SQLite; no connection to it
 * exists yet, so closing mkostemp's descriptor drops no lock. NULL if none can be made.
 */
static char *
temp_file(void)
{
	const char *dirs[] = { getenv("SQLITE_TMPDIR"), getenv("TMPDIR"), "/var/tmp", "/tmp" };
	size_t i;
	char *p;
	int fd;

	for (i = 0; i < sizeof dirs / sizeof *dirs; i++) {
		if (!dirs[i] || !*dirs[i])
			continue;
		p = xmalloc(strlen(dirs[i]) + 32);
		sprintf(p, "%s/dossier-index-XXXXXX", dirs[i]);
		if ((fd = mkostemp(p, O_CLOEXEC)) >= 0) {
			close(fd);
			return p;
		}
		free(p);
	}
	return NULL;
}

/*
 * Two connections to one temporary file: db, the one that queries, and bdb, the build
 * thread's for what it does once the index is ready (fill the prefix table, copy the
 * index into a cache), so that the UI's interrupt never stops the builder's statements
 * and neither waits on the other's connection. The name is removed once both have it
 * open: nothing is left behind by a crash. Neither keeps a rollback journal on disk (one
 * would need the name): db none, bdb one in memory so its batches can roll back.
 */
static int
open_pair(struct index *ix)
{
	char *path = temp_file();
	int rc = SQLITE_CANTOPEN;

	if (!path)
		return rc;
	/* URI names let a memory-only triage state be attached (state_attach()). */
	rc = sqlite3_open_v2(path, &ix->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(ix->db, SCHEMA, NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_open_v2(path, &ix->bdb, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(ix->bdb, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF;"
				  " PRAGMA temp_store=MEMORY", NULL, NULL, NULL);
	unlink(path);
	free(path);
	/* Each waits while the other commits (milliseconds: a batch of prefixes). */
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(ix->db, 10000);
		sqlite3_busy_timeout(ix->bdb, 10000);
	}
	return rc;
}

struct index *
index_open(char *err, size_t errlen)
{
	struct index *ix = xcalloc(1, sizeof *ix);

	ix->cache_fd = -1;
	pthread_mutex_init(&ix->hold, NULL);
	if (open_pair(ix) != SQLITE_OK ||
	    index_sql_fold(ix->db) != SQLITE_OK ||
	    sqlite3_create_function_v2(ix->db, "dossier_cluster", 2, SQLITE_UTF8, ix,
				       sql_cluster, NULL, NULL, NULL) != SQLITE_OK ||
	    index_register_rows(ix) != SQLITE_OK ||
	    index_rank_register(ix->db, &ix->rank) != SQLITE_OK) {
		index_fail(ix, "creating the index");
		snprintf(err, errlen, "%s", ix->err);
		index_close(ix);
		return NULL;
	}
	return ix;
}

void
index_close(struct index *ix)
{
	if (!ix)
		return;
	index_query_cache_free(ix);
	sqlite3_close(ix->bdb);
	sqlite3_close(ix->db);
	index_rank_reset(&ix->rank, NULL);
	/* After the connections: closing it drops this process's locks on the file. An
	 * update never committed leaves no file either. */
	if (ix->cache_tmp)
		unlink(ix->cache_tmp);
	free(ix->cache_tmp);
	if (ix->cache_fd >= 0)
		close(ix->cache_fd);
	index_ents_free(ix->ents_tables);
	entity_set_free(ix->stale);
	free(ix->corr_used);
	free(ix->cache_name);
	free(ix->doc_of);
	free(ix->art_of);
	index_keep_quotes(ix, NULL, 0);
	pthread_mutex_destroy(&ix->hold);
	free(ix);
}

void
index_hold(struct index *ix)
{
	pthread_mutex_lock(&ix->hold);
}

bool
index_try_hold(struct index *ix)
{
	return pthread_mutex_trylock(&ix->hold) == 0;
}

void
index_release(struct index *ix)
{
	pthread_mutex_unlock(&ix->hold);
}

const char *
index_error(const struct index *ix)
{
	return ix->err[0] ? ix->err : "index: no error";
}

void
index_progress_init(struct index_progress *p)
{
	memset(p, 0, sizeof *p);
	pthread_mutex_init(&p->lock, NULL);
}

void
index_progress_done(struct index_progress *p)
{
	pthread_mutex_destroy(&p->lock);
}

void
index_progress_note(struct index_progress *p, const char *text, bool error)
{
	pthread_mutex_lock(&p->lock);
	snprintf(p->note, sizeof p->note, "%s", text);
	p->note_error = error;
	p->note_seq++;
	pthread_mutex_unlock(&p->lock);
}

bool
index_progress_take_note(struct index_progress *p, int *seen, char *buf, size_t n,
			 bool *error)
{
	bool fresh;

	pthread_mutex_lock(&p->lock);
	if ((fresh = p->note_seq != *seen)) {
		*seen = p->note_seq;
		snprintf(buf, n, "%s", p->note);
		*error = p->note_error;
	}
	pthread_mutex_unlock(&p->lock);
	return fresh;
}

const char *
index_build_error(const struct index *ix)
{
	return ix->berr[0] ? ix->berr : "index: no error";
}

const struct corpus *
index_corpus(const struct index *ix)
{
	return ix->corpus;
}

const struct entity_set *
index_entities(const struct index *ix)
{
	/* The UI draws while the builder sets it (index_set_ents()): NULL until then. */
	return __atomic_load_n(&ix->ents, __ATOMIC_ACQUIRE);
}

void
index_set_ents(struct index *ix, struct entity_set *es)
{
	__atomic_store_n(&ix->ents, es, __ATOMIC_RELEASE);
}

void
index_set_stale_ents(struct index *ix, struct entity_set *es)
{
	__atomic_store_n(&ix->stale, es, __ATOMIC_RELEASE);
}

const struct entity_set *
index_entities_shown(const struct index *ix)
{
	const struct entity_set *es = index_entities(ix);

	return es ? es : __atomic_load_n(&ix->stale, __ATOMIC_ACQUIRE);
}

struct entity_set *
index_take_stale(struct index *ix)
{
	return __atomic_exchange_n(&ix->stale, NULL, __ATOMIC_ACQ_REL);
}

size_t
index_narticles(const struct index *ix)
{
	return ix->corpus ? ix->corpus->n : 0;
}

const struct article *
index_article(const struct index *ix, uint32_t id)
{
	if (!ix->corpus || id >= ix->corpus->n)
		return NULL;
	return ix->corpus->arts[id];
}

int
index_attach_db(sqlite3 *db, const char *file, const char *schema)
{
	char sql[64];
	sqlite3_stmt *st = NULL;
	int rc;

	snprintf(sql, sizeof sql, "ATTACH DATABASE ? AS %s", schema);
	if ((rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL)) != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

fts5_api *
index_fts5_api(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
	return api;
}

enum index_status
index_exec(struct index *ix, const char *sql, const char *what)
{
	if (sqlite3_exec(ix->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return index_fail(ix, what);
	return INDEX_OK;
}

char *
index_folded_body(const struct article *a, size_t *len)
{
	struct sbuf b = {0};
	size_t i;

	for (i = 0; i < a->nlines; i++) {
		const struct text_line *l = &a->lines[i];

		if (l->flags & (LINE_BOILERPLATE | LINE_BLANK))
			continue;
		text_fold_add(&b, a->text + l->start, l->end - l->start);	/* (no copy a line) */
		sb_addc(&b, '\n');
	}
	*len = b.len;
	return b.data ? b.data : xstrdup("");
}

bool
index_step_folded(sqlite3_stmt *st, uint32_t id, const struct article *a)
{
	size_t tlen, blen;
	char *ft = text_fold(a->title, strlen(a->title), &tlen);
	char *fb = index_folded_body(a, &blen);
	bool ok;

	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, ft, (int)tlen, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, fb, (int)blen, SQLITE_STATIC);
	ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	free(ft);
	free(fb);
	return ok;
}

enum index_status
index_add_corpus(struct index *ix, const struct corpus *c, struct index_progress *p)
{
	return index_add_corpus_held(ix, c, p, NULL);
}

enum index_status
index_add_corpus_held(struct index *ix, const struct corpus *c, struct index_progress *p,
		      struct text_holds *holds)
{
	sqlite3_stmt *art = NULL, *fts = NULL;
	int rc = INDEX_ERROR;
	uint64_t hash;
	char sql[96];
	size_t i;

	ix->corpus = c;
	/* A bulk load: no merging of index segments while it runs (measured: 25% faster). */
	if (index_exec(ix, "INSERT INTO fts(fts, rank) VALUES('automerge', 0);"
		     "INSERT INTO fts(fts, rank) VALUES('crisismerge', 64);"
		     "INSERT INTO fts(fts, rank) VALUES('pgsz', 4050);", "tuning the index") !=
	    INDEX_OK)
		return INDEX_ERROR;
	/* Terms buffered in up to 8 MB before a segment is written, not 1 MB: a sixty-fourth
	 * of the corpus, fewer segments to write and merge. At 100k articles (511 MB) the
	 * full text alone took 10-11.5 s, 7.4-8 s with 16 MB (4 MB: 10.8, 64 MB: 8.5); at 10k
	 * no faster (0.8 s). 16 MB held up to 40 MB more at the launch's peak of memory, when
	 * the full text runs beside the resolution (1.53x the corpus at 100k, against 1.5);
	 * 8 MB: 717-736 MB, 1 MB 706-744 MB (runs of one launch vary by 20 MB). An SQLite
	 * without the setting builds as before. */
	hash = c->bytes / 64;
	hash = hash < ((uint64_t)1 << 20) ? (uint64_t)1 << 20 : hash > ((uint64_t)8 << 20) ?
	       (uint64_t)8 << 20 : hash;
	snprintf(sql, sizeof sql, "INSERT INTO fts(fts, rank) VALUES('hashsize', %llu);",
		 (unsigned long long)hash);
	(void)sqlite3_exec(ix->db, sql, NULL, NULL, NULL);
	/* The bulk load writes each page once, in order: a small page cache while it runs.
	 * The queries' 32 MB (SCHEMA) come back after it; they fill as pages are read,
	 * not at the launch's peak of memory (at 10k articles the load's dirty pages
	 * were 26 MB of it, held while every article's extraction was too). */
	if (index_exec(ix, "PRAGMA main.cache_size=-" INDEX_BUILD_CACHE_KB "; BEGIN",
		       "starting a transaction") != INDEX_OK)
		return INDEX_ERROR;
	if (sqlite3_prepare_v2(ix->db, "INSERT INTO article VALUES(?,?,?,?,?,?,?,?)", -1,
			       &art, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(ix->db, "INSERT INTO fts(rowid, title, body) VALUES(?,?,?)", -1,
			       &fts, NULL) != SQLITE_OK) {
		index_fail(ix, "preparing inserts");
		goto out;
	}
	for (i = 0; i < c->n; i++) {
		const struct article *a = c->arts[i];
		bool ok;

		text_holds_enter(holds, i);	/* (read again if the extraction let it go) */
		index_bind_article(art, a->id, a->id, a);
		ok = sqlite3_step(art) == SQLITE_DONE;
		sqlite3_reset(art);
		if (!ok || !index_step_folded(fts, a->id, a)) {
			text_holds_leave(holds, i);
			index_fail(ix, "adding an article");
			goto out;
		}
		text_holds_leave(holds, i);
		if (p)
			atomic_fetch_add(&p->done, 1);
	}
	rc = index_exec(ix, "COMMIT", "committing the articles");
	/* is:/tag: map state rows to articles through this table (index_query.c), built here
	 * on the build thread rather than in the first filter the user types; no SQL index
	 * on article(hash) is needed for them. */
	if (rc == INDEX_OK)
		index_query_build_hashes(ix);
out:
	sqlite3_finalize(art);
	sqlite3_finalize(fts);
	if (rc != INDEX_OK)
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_exec(ix->db, "PRAGMA main.cache_size=-" INDEX_QUERY_CACHE_KB, NULL, NULL, NULL);
	return rc;
}


char *
index_fts_words(const char *text)
{
	struct sbuf b = {0};
	char *f = text_fold(text, strlen(text), NULL);
	char *tok, *save = NULL;

	/* Every folded token becomes a quoted FTS5 string: no operator can leak in. */
	for (tok = strtok_r(f, " \t\n\"", &save); tok; tok = strtok_r(NULL, " \t\n\"", &save)) {
		if (b.len)
			sb_addc(&b, ' ');
		sb_addc(&b, '"');
		sb_adds(&b, tok);
		sb_addc(&b, '"');
	}
	free(f);
	return b.data ? b.data : xstrdup("");
}

/* index_select_ids() runs through index_select_scored() with this adapter. */
struct ids_only {
	void (*fn)(void *ud, uint32_t id);
	void *ud;
};

static void
ids_only(void *ud, uint32_t id, double score)
{
	struct ids_only *o = ud;

	(void)score;
	o->fn(o->ud, id);
}

enum index_status
index_select_ids(struct index *ix, const char *sql, const char *const *params,
		 size_t nparams, void (*fn)(void *ud, uint32_t id), void *ud)
{
	struct ids_only o = { fn, ud };

	return index_select_scored(ix, sql, params, nparams, ids_only, &o);
}

/* Run sql with integer parameters; fn gets each row's first ncols integer columns. */
static int
select_ints(struct index *ix, const char *sql, const int64_t *params, int nparams, int ncols,
	    void (*fn)(void *ud, const int64_t *cols), void *ud, const char *what)
{
	sqlite3_stmt *st = NULL;
	int64_t cols[4];
	int i, rc;

	if (sqlite3_prepare_v2(ix->db, sql, -1, &st, NULL) != SQLITE_OK)
		return index_fail(ix, what);
	for (i = 0; i < nparams; i++)
		sqlite3_bind_int64(st, i + 1, params[i]);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (i = 0; i < ncols && i < 4; i++)
			cols[i] = sqlite3_column_int64(st, i);
		fn(ud, cols);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? INDEX_OK : index_fail(ix, what);
}

/* A growable array of fixed-size records filled by select_ints callbacks. */
struct rows {
	void *v;
	size_t n, cap, size;
	int kind;	/* 0 ids, 1 counts */
};

static void
collect_row(void *ud, const int64_t *c)
{
	struct rows *r = ud;

	xgrow(&r->v, &r->cap, r->n + 1, r->size);
	if (r->kind == 0)
		((uint32_t *)r->v)[r->n] = (uint32_t)c[0];
	else
		((struct index_count *)r->v)[r->n] = (struct index_count){ (uint32_t)c[0],
									   (uint32_t)c[1] };
	r->n++;
}

enum index_status
index_entity_articles(struct index *ix, uint32_t entity, uint32_t **ids, size_t *n)
{
	struct rows r = { NULL, 0, 0, sizeof **ids, 0 };
	int64_t p = entity;
	int rc = select_ints(ix, "SELECT DISTINCT article FROM mention WHERE entity = ?"
			     " ORDER BY article", &p, 1, 1, collect_row, &r,
			     "listing an entity's articles");

	*ids = r.v;
	*n = r.n;
	return rc;
}

enum index_status
index_articles_with_both(struct index *ix, uint32_t a, uint32_t b, uint32_t **ids, size_t *n)
{
	struct rows r = { NULL, 0, 0, sizeof **ids, 0 };
	int64_t p[2] = { a, b };
	int rc = select_ints(ix, "SELECT DISTINCT article FROM mention WHERE entity = ?1"
			     " INTERSECT SELECT DISTINCT article FROM mention WHERE entity = ?2"
			     " ORDER BY 1", p, 2, 1, collect_row, &r, "listing shared articles");

	*ids = r.v;
	*n = r.n;
	return rc;
}

enum index_status
index_cooccurring(struct index *ix, uint32_t entity, struct index_count **out, size_t *n)
{
	struct rows r = { NULL, 0, 0, sizeof **out, 1 };
	int64_t p = entity;
	int rc = select_ints(ix, "SELECT m.entity, COUNT(DISTINCT m.article) FROM mention m"
			     " WHERE m.article IN (SELECT article FROM mention WHERE entity = ?1)"
			     " AND m.entity != ?1 GROUP BY m.entity ORDER BY 2 DESC, 1", &p, 1, 2,
			     collect_row, &r, "finding co-occurring entities");

	*out = r.v;
	*n = r.n;
	return rc;
}

enum index_status
index_entity_mentions(struct index *ix, uint32_t entity, struct index_mention **out, size_t *n)
{
	const struct entity_set *es = ix->ents;
	size_t cap = 0, a, k;

	*out = NULL;
	*n = 0;
	/* From the entity set in memory: a pass over every mention is a few milliseconds. */
	for (a = 0; es && a < es->narticles; a++)
		for (k = 0; k < es->nmentions[a]; k++) {
			const struct mention *m = &es->mentions[a][k];

			if (m->entity != entity)
				continue;
			xgrow((void **)out, &cap, *n + 1, sizeof **out);
			(*out)[(*n)++] = (struct index_mention){ (uint32_t)a, m->start, m->end };
		}
	return INDEX_OK;
}

enum index_status
index_attach_state(struct index *ix, struct state *st)
{
	if (state_attach(st, ix->db, "st") != STATE_OK) {
		snprintf(ix->err, sizeof ix->err, "%s", state_error(st));
		return INDEX_ERROR;
	}
	return INDEX_OK;
}

enum index_status
index_select_scored(struct index *ix, const char *sql, const char *const *params,
		    size_t nparams, void (*fn)(void *ud, uint32_t id, double score), void *ud)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int rc;

	if (sqlite3_prepare_v2(ix->db, sql, -1, &st, NULL) != SQLITE_OK)
		return index_fail(ix, "preparing a query");
	for (i = 0; i < nparams; i++)
		sqlite3_bind_text(st, (int)i + 1, params[i], -1, SQLITE_STATIC);
	/* A statement of one column gives score 0. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ud, (uint32_t)sqlite3_column_int64(st, 0),
		   sqlite3_column_count(st) > 1 ? sqlite3_column_double(st, 1) : 0.0);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return index_fail(ix, "running a query");
	return INDEX_OK;
}
