/* index_cache_update.c -- the persistent index updated: files added, changed, moved or removed, without reading the others. MIT licence. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sqlite3.h>
#ifdef __linux__
#include <linux/fs.h>	/* FICLONE */
#endif

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/util.h"
#include "index_int.h"
#include "model_id.h"

/*
 * An update works on a copy of the cache file (FILE.tmp-XXXXXX beside it, made with
 * SQLite's backup from the connection the catalog was read with, so it is the very file
 * whose rows were compared), attached in place of the run's own tables, in one
 * transaction:
 *   1. the full-text rows (fts, pfx, doc) of the articles gone or changed are removed by
 *      the words the doc table kept (their text is gone); the new ones are added;
 *   2. the article, file and skipped rows are written again (ids follow the paths, so
 *      one new file moves every id after it; full-text rows keep their doc); the
 *      extractions of texts gone, and the tables made from the entity set, are emptied
 *      while the caller's other thread resolves;
 *   3. every article's kept extraction is handed to the caller, who resolves the whole
 *      corpus again (the same entities as a launch that reads everything) and gives the
 *      entity set back: the entity tables and the kept set are replaced, new extractions
 *      kept, and the meta rows written.
 * The copy is made by the kernel where it can (a clone of the blocks, else
 * copy_file_range()), under a read transaction of the catalog's connection: no writer can
 * change the file's pages while it holds its lock (a hot journal was rolled back when the
 * lock was taken), and the copy's generation must be the catalog's. At 100k articles
 * (1.5 GB) that is 1.6 s instead of SQLite's backup, page by page: 4.4 s. Elsewhere the
 * backup copies it.
 * The copy takes the cache's name only after the answer (index_cache_commit()): a launch
 * killed before leaves the old cache whole (and a temporary file the next write removes);
 * a process that has the old cache attached keeps reading the old file. Work: the files
 * read are the new and changed ones; the rest is the copy and resolution.
 */

/* sqlite3_backup of the catalog's file into tmp. */
static int
copy_file(sqlite3 *src, const char *tmp)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	int rc = sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL);

	if (rc == SQLITE_OK && !(b = sqlite3_backup_init(dst, "main", src, "main")))
		rc = SQLITE_ERROR;
	if (rc == SQLITE_OK) {
		rc = sqlite3_backup_step(b, -1);
		sqlite3_backup_finish(b);
		rc = rc == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
	}
	if (sqlite3_close(dst) != SQLITE_OK)
		rc = SQLITE_ERROR;
	return rc;
}

/* The bytes of path into fd (empty), whole, by the kernel; false when the file system
 * cannot (fd is left empty). */
static bool
copy_bytes(const char *path, int fd)
{
	int in = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	off_t left = -1;

	if (in >= 0 && fstat(in, &sb) == 0) {
		left = sb.st_size;
#ifdef FICLONE
		if (ioctl(fd, FICLONE, in) == 0)
			left = 0;
#endif
		while (left > 0) {
			ssize_t n = copy_file_range(in, NULL, fd, NULL, (size_t)left, 0);

			if (n <= 0)
				break;	/* EXDEV, ENOSYS, EINVAL... */
			left -= n;
		}
	}
	if (in >= 0)
		close(in);
	if (left != 0 && ftruncate(fd, 0) != 0)
		return false;
	return left == 0;
}

/* The catalog's file copied whole into tmp (fd): see the comment at the top. */
static bool
copy_cache(struct index_catalog *k, const char *tmp, int fd)
{
	bool ok;

	if (sqlite3_exec(k->db, "BEGIN; SELECT count(*) FROM meta", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		sqlite3_exec(k->db, "ROLLBACK", NULL, NULL, NULL);
		return copy_file(k->db, tmp) == SQLITE_OK;
	}
	ok = copy_bytes(k->path, fd);
	sqlite3_exec(k->db, "COMMIT", NULL, NULL, NULL);
	return ok || copy_file(k->db, tmp) == SQLITE_OK;
}

/* The copy, attached as the cache; INDEX_ERROR with ix->err. */
static enum index_status
attach_copy(struct index *ix, struct index_catalog *k)
{
	char *tmp = xmalloc(strlen(k->path) + 32);
	int fd = index_cache_temp(tmp, k->path);

	if (fd < 0) {
		snprintf(ix->err, sizeof ix->err, "cannot update the cache %s: %s", k->path,
			 strerror(errno));
		free(tmp);
		return INDEX_ERROR;
	}
	ix->cache_tmp = tmp;
	ix->cache_fd = fd;
	if (!copy_cache(k, tmp, fd)) {
		snprintf(ix->err, sizeof ix->err, "cannot update the cache %s: copying it failed",
			 k->path);
		return INDEX_ERROR;
	}
	if (index_cache_attach_file(ix, tmp) != INDEX_OK)
		return INDEX_ERROR;
	ix->cache_attached = true;
	if (!index_cache_same_write(ix, k)) {
		snprintf(ix->err, sizeof ix->err, "cannot update the cache %s: another launch"
			 " wrote it meanwhile", k->path);
		return INDEX_ERROR;
	}
	/* Its own until renamed: a journal in memory lets a failed step roll back. */
	if (index_exec(ix, "PRAGMA cache.journal_mode=MEMORY; PRAGMA cache.synchronous=OFF",
		       "updating the cache") != INDEX_OK ||
	    index_cache_drop_own(ix) != INDEX_OK)
		return INDEX_ERROR;
	return INDEX_OK;
}

/* Step 1: full-text rows out and in. */
static enum index_status
update_text(struct index *ix, const struct corpus *c, const struct index_plan *p)
{
	size_t i;
	bool added;

	for (i = 0; i < p->nremoved; i++)
		if (index_doc_remove(ix, p->removed[i], p->removed_len[i]) != INDEX_OK)
			return INDEX_ERROR;
	/* The rows numbered past the cache's are the new ones (index_catalog_plan()). */
	for (i = 0; i < c->n; i++) {
		const struct article *a = c->arts[i];

		added = p->doc_of[i] >= p->first_new;
		if (!added)
			continue;
		article_load(a);
		if (index_doc_add(ix, p->doc_of[i], a) != INDEX_OK)
			return INDEX_ERROR;
	}
	return INDEX_OK;
}

/* Step 2: the rows of articles, files and skipped files. */
static enum index_status
update_rows(struct index *ix, const struct corpus *c, const struct index_plan *p)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	bool ok;

	if (index_exec(ix, "DELETE FROM cache.article; DELETE FROM cache.file;"
		       " DELETE FROM cache.skipped", "updating the cache") != INDEX_OK)
		return INDEX_ERROR;
	ok = sqlite3_prepare_v2(ix->db, "INSERT INTO cache.article VALUES(?,?,?,?,?,?,?,?)", -1,
				&st, NULL) == SQLITE_OK;
	for (i = 0; ok && i < c->n; i++) {
		index_bind_article(st, (uint32_t)i, p->doc_of[i], c->arts[i]);
		ok = sqlite3_step(st) == SQLITE_DONE;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	if (!ok || index_cache_put_files(ix->db, "cache", c) != SQLITE_OK ||
	    index_cache_put_folders(ix->db, "cache", c) != SQLITE_OK)
		return index_fail(ix, "writing the cache's articles");
	return INDEX_OK;
}

/* Column k of st into b when it is not NULL. */
static void
take_blob(sqlite3_stmt *st, int k, struct ex_blob *b)
{
	const void *d;
	size_t n;

	if (!b || sqlite3_column_type(st, k) == SQLITE_NULL)
		return;	/* an unwanted column is not read at all (the blob's pages) */
	d = sqlite3_column_blob(st, k);
	n = (size_t)sqlite3_column_bytes(st, k);
	b->data = xmalloc(n ? n : 1);
	memcpy(b->data, d ? d : "", n);
	b->len = n;
}

/* An article's content hash and number, to meet the cache's rows in hash order. */
struct by_hash {
	const char *hash;
	uint32_t i;
};

static int
cmp_by_hash(const void *a, const void *b)
{
	return strcmp(((const struct by_hash *)a)->hash, ((const struct by_hash *)b)->hash);
}

/*
 * Step 3: what is kept of every article (by content hash), into the arrays of k that are
 * not NULL. One pass over the table in its key order, met by the articles sorted by hash
 * (a lookup per article cost a descent of the tree each); the extraction blobs, in a
 * table of their own (format 11), are not read unless they are wanted.
 */
static int
kept_rows(sqlite3 *db, const char *schema, const struct corpus *c, struct index_kept *k)
{
	char sql[192];
	struct by_hash *v = xmalloc((c->n ? c->n : 1) * sizeof *v);
	sqlite3_stmt *st = NULL;
	size_t i, j = 0;
	int rc, cmp;

	for (i = 0; i < c->n; i++)
		v[i] = (struct by_hash){ c->arts[i]->hash, (uint32_t)i };
	qsort(v, c->n, sizeof *v, cmp_by_hash);
	if (k->blobs)
		snprintf(sql, sizeof sql, "SELECT x.hash, x.sig, x.quotes, d.data FROM %s.xtr x"
			 " LEFT JOIN %s.xtd d ON d.id = x.blob ORDER BY x.hash", schema, schema);
	else
		snprintf(sql, sizeof sql, "SELECT hash, sig, quotes FROM %s.xtr ORDER BY hash",
			 schema);
	rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	while (rc == SQLITE_OK && j < c->n && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *h = (const char *)sqlite3_column_text(st, 0);

		rc = SQLITE_OK;
		for (cmp = -1; h && j < c->n && (cmp = strcmp(v[j].hash, h)) < 0; j++)
			;
		for (; cmp == 0 && j < c->n && !strcmp(v[j].hash, h); j++) {
			take_blob(st, 1, k->sigs ? &k->sigs[v[j].i] : NULL);
			take_blob(st, 2, k->quotes ? &k->quotes[v[j].i] : NULL);
			take_blob(st, 3, k->blobs ? &k->blobs[v[j].i] : NULL);
		}
	}
	sqlite3_finalize(st);
	free(v);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

enum index_status
index_cache_kept(struct index *ix, const struct corpus *c, struct index_kept *kept)
{
	if (kept_rows(ix->db, "cache", c, kept) != SQLITE_OK)
		return index_fail(ix, "reading the cache's extractions");
	return INDEX_OK;
}

enum index_status
index_catalog_kept(struct index_catalog *k, const struct corpus *c, struct index_kept *kept)
{
	return k && kept_rows(k->db, "main", c, kept) == SQLITE_OK ? INDEX_OK : INDEX_ERROR;
}

enum index_status
index_catalog_kept_apart(const struct index_catalog *k, const struct corpus *c,
			 struct index_kept *kept)
{
	char *name = index_cache_file_name(k->path);
	sqlite3 *db = NULL;
	bool ok;

	/* The file whose rows were read (its generation), not one renamed over it since. */
	ok = sqlite3_open_v2(name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) ==
		     SQLITE_OK && k->generation && index_meta_is(db, "generation", k->generation) &&
	     kept_rows(db, "main", c, kept) == SQLITE_OK;
	sqlite3_close(db);
	free(name);
	return ok ? INDEX_OK : INDEX_ERROR;
}

struct entity_set *
index_catalog_stale_entities(const struct index_catalog *k, const struct corpus *c)
{
	char *name = index_cache_file_name(k->path);
	uint32_t *map = xmalloc((k->narticles ? k->narticles : 1) * sizeof *map);
	struct entity_set *es = NULL;
	sqlite3 *db = NULL;
	size_t i;

	/* The file's article i is this run's article it was taken as, the same text. */
	for (i = 0; i < k->narticles; i++)
		map[i] = UINT32_MAX;
	for (i = 0; i < k->n; i++) {
		const struct cat_entry *e = &k->e[i];

		if (e->skip < 0 && e->taken && e->id < k->narticles && e->taken->id < c->n &&
		    c->arts[e->taken->id] == e->taken && strcmp(e->hash, e->taken->hash) == 0)
			map[e->id] = e->taken->id;
	}
	/* The file whose rows were read (its generation), as index_catalog_kept_apart(). */
	if (sqlite3_open_v2(name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) ==
	    SQLITE_OK && k->generation && index_meta_is(db, "generation", k->generation))
		es = index_cache_get_entities_mapped(db, c, map, k->narticles);
	sqlite3_close(db);
	free(map);
	free(name);
	return es;
}

size_t
index_cache_salvage(const char *file, const struct corpus *c, struct ex_blob *blobs)
{
	struct index_kept k = { blobs, NULL, NULL, NULL };
	sqlite3 *db = NULL;
	size_t i, n = 0;
	char *name;

	if (!file || !blobs || !c->n)
		return 0;
	name = index_cache_file_name(file);
	/* Another format, version or model made other extractions: nothing to take. */
	if (sqlite3_open_v2(name, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) ==
	    SQLITE_OK && index_meta_is(db, "format", INDEX_CACHE_FORMAT) &&
	    index_meta_is(db, "version", PACKAGE_VERSION) &&
	    index_meta_is(db, "model", DOSSIER_MODEL_ID) &&
	    kept_rows(db, "main", c, &k) == SQLITE_OK) {
		for (i = 0; i < c->n; i++)
			if (blobs[i].data) {
				blobs[i].fresh = true;	/* for the file written next */
				n++;
			}
	} else {
		for (i = 0; i < c->n; i++) {
			free(blobs[i].data);
			blobs[i].data = NULL;
		}
	}
	sqlite3_close(db);
	free(name);
	return n;
}

/* Step 1b (index_cache_update_clear()): what is made again from the new entity set,
 * emptied while the caller's other thread resolves (at 100k articles these take a second
 * off the end of an update), and the extractions of texts no article has any more. */
enum index_status
index_cache_update_clear(struct index *ix)
{
	return index_exec(ix, "DELETE FROM cache.xtr WHERE hash NOT IN"
			  " (SELECT hash FROM cache.article);"
			  "DELETE FROM cache.xtd WHERE id NOT IN"
			  " (SELECT blob FROM cache.xtr WHERE blob IS NOT NULL);"
			  "DELETE FROM cache.entity; DELETE FROM cache.alias;"
			  "DELETE FROM cache.mention; DELETE FROM cache.former;"
			  "DELETE FROM cache.typed;"
			  "DELETE FROM cache.es_entity; DELETE FROM cache.es_mentions;"
			  "DELETE FROM cache.es_posts;"
			  "DELETE FROM cache.es_rank",
			  "updating the cache");
}

enum index_status
index_cache_update(struct index *ix, struct index_catalog *k, const struct corpus *c,
		   const struct index_plan *p, struct index_kept *kept)
{
	ix->corpus = c;
	index_set_docs(ix, p->doc_of, c->n);
	if (attach_copy(ix, k) != INDEX_OK ||
	    index_exec(ix, "BEGIN", "updating the cache") != INDEX_OK)
		return INDEX_ERROR;
	if (update_text(ix, c, p) != INDEX_OK || update_rows(ix, c, p) != INDEX_OK ||
	    (kept && index_cache_kept(ix, c, kept) != INDEX_OK)) {
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
		return INDEX_ERROR;
	}
	bench_mark("cache_text_updated");
	return INDEX_OK;
}

/* The entity, alias and mention tables of t into the cache's (emptied by
 * index_cache_update_clear()). The built tables have the cache's indexes: SQLite then
 * copies the rows and the index entries as they are (its transfer optimisation).
 * Without them each row is inserted and its index entry found: built without indexes,
 * the mention rows took 6.6 s here at 100k articles instead of 2.0 s. */
static enum index_status
replace_tables(struct index *ix, const struct index_ents *t)
{
	static const char copy[] =
		"INSERT INTO cache.entity SELECT * FROM e.entity;"
		"INSERT INTO cache.alias SELECT * FROM e.alias;"
		"INSERT INTO cache.former SELECT * FROM e.former;"
		"INSERT INTO cache.typed SELECT * FROM e.typed;"
		"INSERT INTO cache.mention SELECT * FROM m.mention;";
	const char *uri[2];
	enum index_status rc;

	index_ents_uris(t, uri);
	if (index_attach_db(ix->db, uri[0], "e") != SQLITE_OK)
		return index_fail(ix, "updating the cache's entities");
	if (index_attach_db(ix->db, uri[1], "m") != SQLITE_OK) {
		sqlite3_exec(ix->db, "DETACH DATABASE e", NULL, NULL, NULL);
		return index_fail(ix, "updating the cache's entities");
	}
	rc = index_exec(ix, copy, "updating the cache's entities");
	sqlite3_exec(ix->db, "DETACH DATABASE m; DETACH DATABASE e", NULL, NULL, NULL);
	return rc;
}

enum index_status
index_cache_update_set(struct index *ix, const struct entity_set *es)
{
	if (index_cache_put_entities(ix->db, es) != SQLITE_OK)
		return index_fail(ix, "updating the cache's entities");
	return INDEX_OK;
}

enum index_status
index_cache_update_entities(struct index *ix, struct index_ents *t, struct entity_set *es,
			    const struct index_kept *kept, int64_t scanned_ns)
{
	const struct corpus *c = ix->corpus;
	enum index_status rc = INDEX_ERROR;

	if (replace_tables(ix, t) != INDEX_OK)
		goto out;
	if (index_cache_put_blobs(ix->db, "cache", c, kept) != SQLITE_OK ||
	    index_cache_put_meta(ix->db, "cache", ix, scanned_ns) != SQLITE_OK ||
	    index_cache_put_clusters(ix->db, "cache", kept->clusters) != SQLITE_OK) {
		index_fail(ix, "updating the cache's entities");
		goto out;
	}
	rc = index_exec(ix, "COMMIT", "committing the cache's update");
out:
	index_ents_free(t);
	if (rc != INDEX_OK) {
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	index_set_ents(ix, es);
	__atomic_store_n(&ix->prefix_ready, 1, __ATOMIC_RELEASE);
	index_query_build_hashes(ix);
	index_query_type_bits(ix, es);
	return INDEX_OK;
}

enum index_status
index_cache_commit(struct index *ix, const char *path, char *err, size_t n)
{
	err[0] = '\0';
	if (!ix->cache_tmp)
		return INDEX_OK;
	bench_mark("cache_update_rename");	/* a kill here leaves the old cache whole */
	if (fsync(ix->cache_fd) != 0 || rename(ix->cache_tmp, path) != 0) {
		snprintf(err, n, "cannot write the cache %s: %s", path, strerror(errno));
		unlink(ix->cache_tmp);
	} else {
		index_cache_renamed(ix, path);
	}
	/* The descriptor stays open (and locked) while the file is attached. */
	free(ix->cache_tmp);
	ix->cache_tmp = NULL;
	return err[0] ? INDEX_ERROR : INDEX_OK;
}

void
index_cache_abandon(struct index *ix)
{
	if (ix->cache_attached) {
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
		sqlite3_exec(ix->db, "DETACH DATABASE cache", NULL, NULL, NULL);
		index_rank_reset(&ix->rank, NULL);
		index_cache_restore_own(ix);
	}
	ix->cache_attached = false;
	ix->corpus = NULL;
	index_set_ents(ix, NULL);
	index_set_docs(ix, NULL, 0);
	if (ix->cache_tmp)
		unlink(ix->cache_tmp);
	free(ix->cache_tmp);
	ix->cache_tmp = NULL;
	if (ix->cache_fd >= 0)
		close(ix->cache_fd);
	ix->cache_fd = -1;
	ix->err[0] = '\0';
}
