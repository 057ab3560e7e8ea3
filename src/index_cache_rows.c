/* index_cache_rows.c -- the cache's rows of files written: by a build, an update, a refresh, a live change. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/util.h"
#include "index_int.h"

/* Prepare sql (with %s for schema) on db. */
static sqlite3_stmt *
prepare_in(sqlite3 *db, const char *sql, const char *schema)
{
	char *q = sqlite3_mprintf(sql, schema);
	sqlite3_stmt *st = NULL;

	if (q)
		sqlite3_prepare_v2(db, q, -1, &st, NULL);
	sqlite3_free(q);
	return st;
}

static void
bind_stat(sqlite3_stmt *st, int at, const struct corpus_stat *s)
{
	sqlite3_bind_int64(st, at, (sqlite3_int64)s->dev);
	sqlite3_bind_int64(st, at + 1, (sqlite3_int64)s->ino);
	sqlite3_bind_int64(st, at + 2, s->size);
	sqlite3_bind_int64(st, at + 3, s->mtime_ns);
}

static int
step_reset(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;

	sqlite3_reset(st);
	return rc;
}

/* The file row of article a, id, through st (its ten values). */
static int
step_file(sqlite3_stmt *st, uint32_t id, const struct article *a)
{
	sqlite3_bind_int64(st, 1, (sqlite3_int64)id);
	bind_stat(st, 2, &a->st);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)a->len);
	sqlite3_bind_int64(st, 7, article_words(a));
	sqlite3_bind_int64(st, 8, a->paragraphs);
	sqlite3_bind_int(st, 9, a->date_from);
	sqlite3_bind_int(st, 10, a->from_path);
	return step_reset(st);
}

int
index_cache_put_file(sqlite3 *db, const char *schema, uint32_t id, const struct article *a)
{
	sqlite3_stmt *st = prepare_in(db, "INSERT OR REPLACE INTO %s.file"
				      " VALUES(?,?,?,?,?,?,?,?,?,?)", schema);
	int rc = st ? step_file(st, id, a) : SQLITE_ERROR;

	sqlite3_finalize(st);
	return rc;
}

int
index_cache_put_files(sqlite3 *db, const char *schema, const struct corpus *c)
{
	sqlite3_stmt *f = prepare_in(db, "INSERT INTO %s.file VALUES(?,?,?,?,?,?,?,?,?,?)", schema);
	sqlite3_stmt *s = prepare_in(db, "INSERT INTO %s.skipped VALUES(?,?,?,?,?,?)", schema);
	int rc = f && s ? SQLITE_OK : SQLITE_ERROR;
	size_t i;

	for (i = 0; i < c->n && rc == SQLITE_OK; i++)
		rc = step_file(f, (uint32_t)i, c->arts[i]);
	for (i = 0; i < c->nbins && rc == SQLITE_OK; i++) {
		sqlite3_bind_text(s, 1, c->bins[i].path, -1, SQLITE_STATIC);
		bind_stat(s, 2, &c->bins[i].st);
		sqlite3_bind_int(s, 6, SKIP_BINARY);
		rc = step_reset(s);
	}
	sqlite3_finalize(f);
	sqlite3_finalize(s);
	return rc;
}

/* Bind b's bytes as parameter at when it was made by this run, else NULL. */
static void
bind_fresh(sqlite3_stmt *st, int at, const struct ex_blob *b)
{
	if (b && b->fresh && b->data)
		sqlite3_bind_blob(st, at, b->data, (int)b->len, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, at);
}

/* Was k's entry of article i made by this run? */
static bool
fresh_at(const struct ex_blob *v, size_t i)
{
	return v && v[i].fresh;
}

/* The number of k's fresh extraction blob of article i in schema.xtd, written through
 * find (the number hash has) and put (a row of xtd, by number or a new one): 0 when none
 * is fresh, -1 on an error. */
static sqlite3_int64
put_blob(sqlite3 *db, sqlite3_stmt *find, sqlite3_stmt *put, const char *hash,
	 const struct ex_blob *b)
{
	if (!b || !b->fresh || !b->data)
		return 0;
	sqlite3_bind_text(find, 1, hash, -1, SQLITE_STATIC);
	if (sqlite3_step(find) == SQLITE_ROW && sqlite3_column_type(find, 0) != SQLITE_NULL)
		sqlite3_bind_int64(put, 1, sqlite3_column_int64(find, 0));
	else
		sqlite3_bind_null(put, 1);
	sqlite3_reset(find);
	bind_fresh(put, 2, b);
	if (step_reset(put) != SQLITE_OK)
		return -1;
	return sqlite3_last_insert_rowid(db);
}

int
index_cache_put_blobs(sqlite3 *db, const char *schema, const struct corpus *c,
		      const struct index_kept *k)
{
	/* What was not made again stays as the cache has it; a blob made again takes the
	 * number of the one it replaces. */
	sqlite3_stmt *st = prepare_in(db, "INSERT INTO %s.xtr(hash, blob, sig, quotes)"
				      " VALUES(?1, ?2, ?3, ?4) ON"
				      " CONFLICT(hash) DO UPDATE SET"
				      " blob = coalesce(excluded.blob, blob),"
				      " sig = coalesce(excluded.sig, sig),"
				      " quotes = coalesce(excluded.quotes, quotes)", schema);
	sqlite3_stmt *find = prepare_in(db, "SELECT blob FROM %s.xtr WHERE hash = ?1", schema);
	sqlite3_stmt *put = prepare_in(db, "INSERT OR REPLACE INTO %s.xtd(id, data)"
				       " VALUES(?1, ?2)", schema);
	int rc = st && find && put ? SQLITE_OK : SQLITE_ERROR;
	sqlite3_int64 blob;
	size_t i;

	for (i = 0; i < c->n && rc == SQLITE_OK; i++) {
		if (!fresh_at(k->blobs, i) && !fresh_at(k->sigs, i) && !fresh_at(k->quotes, i))
			continue;
		blob = put_blob(db, find, put, c->arts[i]->hash, k->blobs ? &k->blobs[i] : NULL);
		if (blob < 0) {
			rc = SQLITE_ERROR;
			break;
		}
		sqlite3_bind_text(st, 1, c->arts[i]->hash, -1, SQLITE_STATIC);
		if (blob)
			sqlite3_bind_int64(st, 2, blob);
		else
			sqlite3_bind_null(st, 2);
		bind_fresh(st, 3, k->sigs ? &k->sigs[i] : NULL);
		bind_fresh(st, 4, k->quotes ? &k->quotes[i] : NULL);
		rc = step_reset(st);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(find);
	sqlite3_finalize(put);
	return rc;
}

/* Step sql (for one file row: ?1 id, ?2.. stat) for each article in ids. */
static int
restat_rows(sqlite3 *db, const struct corpus *c, const uint32_t *ids, size_t n)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, "UPDATE file SET dev = ?2, ino = ?3, size = ?4,"
				    " mtime = ?5 WHERE id = ?1", -1, &st, NULL);
	size_t i;

	for (i = 0; i < n && rc == SQLITE_OK; i++) {
		sqlite3_bind_int64(st, 1, ids[i]);
		bind_stat(st, 2, &c->arts[ids[i]]->st);
		rc = step_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

/* The articles in ids found under another path: their rows' paths. */
static int
repath_rows(sqlite3 *db, const struct corpus *c, const uint32_t *ids, size_t n)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, "UPDATE article SET path = ?2 WHERE id = ?1", -1, &st,
				    NULL);
	size_t i;

	for (i = 0; i < n && rc == SQLITE_OK; i++) {
		sqlite3_bind_int64(st, 1, ids[i]);
		sqlite3_bind_text(st, 2, c->arts[ids[i]]->path, -1, SQLITE_STATIC);
		rc = step_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

enum index_status
index_cache_refresh(const char *path, const struct corpus *c, const struct index_plan *p,
		    int64_t scanned_ns, char *err, size_t errlen)
{
	sqlite3 *db = NULL;
	char s[32];
	int rc;

	snprintf(s, sizeof s, "%lld", (long long)scanned_ns);
	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, 2000);
		rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	}
	if (rc == SQLITE_OK)
		rc = restat_rows(db, c, p->restat, p->nrestat);
	if (rc == SQLITE_OK)
		rc = repath_rows(db, c, p->repath, p->nrepath);
	if (rc == SQLITE_OK)
		rc = index_cache_put_folders(db, "main", c);
	if (rc == SQLITE_OK && p->skipped &&
	    (rc = sqlite3_exec(db, "DELETE FROM skipped", NULL, NULL, NULL)) == SQLITE_OK) {
		struct corpus none = *c;

		none.n = 0;	/* the skipped rows only */
		rc = index_cache_put_files(db, "main", &none);
	}
	if (rc == SQLITE_OK) {
		sqlite3_stmt *st = NULL;

		rc = sqlite3_prepare_v2(db, "UPDATE meta SET v = ? WHERE k = 'scanned'", -1, &st,
					NULL);
		if (rc == SQLITE_OK) {
			sqlite3_bind_text(st, 1, s, -1, SQLITE_STATIC);
			rc = step_reset(st);
		}
		sqlite3_finalize(st);
	}
	if (rc == SQLITE_OK)
		rc = index_cache_pack(db, "main");
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	err[0] = '\0';
	if (rc != SQLITE_OK) {
		snprintf(err, errlen, "cannot write the cache %s: %s", path,
			 db ? sqlite3_errstr(sqlite3_extended_errcode(db)) : "out of memory");
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	}
	sqlite3_close(db);
	return rc == SQLITE_OK ? INDEX_OK : INDEX_ERROR;
}
