/* index_cache.c -- the persistent index file: used in place, written after a build. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"
#include "model_id.h"

/*
 * The cache is one SQLite file holding what a launch builds: the article rows, the
 * full-text index, the prefix table and each article's words (copied page by page from
 * the run's own database, so the prefix table is filled first when a command writes it),
 * the entity, alias and mention tables, the entity set itself (index_cache_es.c), what
 * is known of every file (index_cache_files.c) and every article's extraction by content
 * hash. A meta table names the format, the dossier version, the write (generation) and
 * when the files were looked at (scanned); its "complete" row is part of every write
 * ("1"), and says "live" once a session changed the file in place (index_cache_live()).
 *
 * Used as it is, the file is attached in place of the run's own tables: the index then
 * lives on disk (the page cache), not in this process's memory. Updated, it is first
 * copied beside itself (index_cache_update.c). Written after a build, it goes to
 * FILE.tmp-XXXXXX (made with mkostemp), synced, then renamed over FILE: a reader never
 * sees half a cache, two launches writing at once leave one whole file, and a process
 * that has the old file attached keeps reading the old one. The writer holds an flock()
 * on its temporary file (not fcntl(): SQLite's own descriptor on the file would drop a
 * process's fcntl locks when it closes), so the next writer can tell one left by a kill
 * -9 (nobody holds it: removed, with its -journal) from one being written now.
 */

/* Has db's meta table a row for key? False too when there is no such table. */
static bool
has_meta(sqlite3 *db, const char *key)
{
	sqlite3_stmt *st = NULL;
	bool is;

	if (sqlite3_prepare_v2(db, "SELECT 1 FROM meta WHERE k = ?", -1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	is = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return is;
}

char *
index_meta_of(sqlite3 *db, const char *schema, const char *key)
{
	char *sql = sqlite3_mprintf("SELECT v FROM %s.meta WHERE k = ?", schema);
	sqlite3_stmt *st = NULL;
	const char *v;
	char *out = NULL;

	if (!sql || sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
		sqlite3_free(sql);
		return NULL;
	}
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && (v = (const char *)sqlite3_column_text(st, 0)))
		out = xstrdup(v);
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return out;
}

bool
index_meta_is(sqlite3 *db, const char *key, const char *want)
{
	char *v = index_meta_of(db, "main", key);
	bool ok = v && strcmp(v, want) == 0;

	free(v);
	return ok;
}

void
index_set_corrections(struct index *ix, const char *digest, const char *used)
{
	if (digest)	/* NULL: the counts only */
		snprintf(ix->corr_digest, sizeof ix->corr_digest, "%s", digest);
	free(ix->corr_used);
	ix->corr_used = used ? xstrdup(used) : NULL;
}

const char *
index_corrections_used(const struct index *ix)
{
	return ix->corr_used;
}

void
index_keep_terms(struct index *ix)
{
	ix->want_terms = true;
}

int
index_meta_put(sqlite3 *db, const char *schema, const char *k, const char *v)
{
	char *sql = sqlite3_mprintf("INSERT OR REPLACE INTO %s.meta VALUES(?,?)", schema);
	sqlite3_stmt *st = NULL;
	int rc = SQLITE_ERROR;

	if (sql && sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, k, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, v, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
	}
	sqlite3_finalize(st);
	sqlite3_free(sql);
	return rc;
}

int
index_cache_put_meta(sqlite3 *db, const char *schema, const struct index *ix,
		     int64_t scanned_ns)
{
	static unsigned serial;
	char gen[33], seed[96], scanned[32];

	/* Which write this is: a launch that read the catalog of one write must not attach
	 * another one. */
	snprintf(seed, sizeof seed, "%ld %.9f %u", (long)getpid(), now_seconds(),
		 __atomic_fetch_add(&serial, 1, __ATOMIC_RELAXED));
	text_hash(seed, strlen(seed), gen);
	snprintf(scanned, sizeof scanned, "%lld", (long long)scanned_ns);
	if (index_meta_put(db, schema, "format", INDEX_CACHE_FORMAT) != SQLITE_OK ||
	    index_meta_put(db, schema, "version", PACKAGE_VERSION) != SQLITE_OK ||
	    index_meta_put(db, schema, "model", DOSSIER_MODEL_ID) != SQLITE_OK ||
	    index_meta_put(db, schema, "complete", "1") != SQLITE_OK ||
	    index_meta_put(db, schema, "generation", gen) != SQLITE_OK ||
	    index_meta_put(db, schema, "scanned", scanned) != SQLITE_OK ||
	    index_meta_put(db, schema, "corrections",
			   ix->corr_digest[0] ? ix->corr_digest : "none") != SQLITE_OK)
		return SQLITE_ERROR;
	if ((ix->corr_used ? index_meta_put(db, schema, "corrections_used", ix->corr_used)
	     : sqlite3_exec(db, strcmp(schema, "main") ? "DELETE FROM cache.meta WHERE k ="
			    " 'corrections_used'" : "SELECT 1", NULL, NULL, NULL)) != SQLITE_OK)
		return SQLITE_ERROR;
	/* The rows are written: packed for the next launch (index_cache_pack.c). */
	return index_cache_pack(db, schema);
}

/* ---- used in place ------------------------------------------------------------------ */

/* A huge cache file is read through the operating system's page cache; give SQLite a
 * little more than its default for the pages a query keeps coming back to. */
static void
cache_pages(struct index *ix)
{
	sqlite3_exec(ix->db, "PRAGMA cache.cache_size = -32768", NULL, NULL, NULL);
}

char *
index_cache_file_name(const char *path)
{
	char *name = xmalloc(strlen(path) + 3);

	sprintf(name, "%s%s", strncmp(path, "file:", 5) == 0 ? "./" : "", path);
	return name;
}

enum index_status
index_cache_attach_file(struct index *ix, const char *path)
{
	char *name = index_cache_file_name(path);
	int rc = index_attach_db(ix->db, name, "cache");
	struct stat sb;

	ix->cache_live = false;
	index_rank_reset(&ix->rank, "cache");
	ix->cache_dev = ix->cache_ino = 0;
	if (stat(name, &sb) == 0) {
		ix->cache_dev = (uint64_t)sb.st_dev;
		ix->cache_ino = (uint64_t)sb.st_ino;
	}
	/* Kept while the file is attached (index_cache_reattach()). */
	free(ix->cache_name);
	ix->cache_name = name;
	if (rc != SQLITE_OK)
		return index_fail(ix, "opening the cache");
	cache_pages(ix);
	return INDEX_OK;
}

void
index_cache_renamed(struct index *ix, const char *path)
{
	free(ix->cache_name);
	ix->cache_name = index_cache_file_name(path);
}

int
index_cache_reattach(struct index *ix)
{
	int rc = ix->cache_name ? index_attach_db(ix->db, ix->cache_name, "cache") : SQLITE_ERROR;

	if (rc == SQLITE_OK)
		cache_pages(ix);
	return rc;
}

enum index_status
index_cache_drop_own(struct index *ix)
{
	/* The cache's tables answer from now on: the empty ones of the run's own database
	 * would hide them (names are looked up in main first). */
	return index_exec(ix, "DROP TABLE main.fts; DROP TABLE main.pfx; DROP TABLE main.article;"
			  " DROP TABLE main.doc;", "switching to the cache");
}

enum index_status
index_cache_restore_own(struct index *ix)
{
	return index_exec(ix, INDEX_TABLES, "making the index again");
}

/* The index reads the attached cache from now on (its entity set es may be NULL). */
static void
switch_to_cache(struct index *ix, const struct corpus *c, const struct index_plan *p,
		struct entity_set *es)
{
	ix->corpus = c;
	index_set_ents(ix, es);
	ix->cache_attached = true;
	free(ix->corr_used);
	ix->corr_used = index_meta_of(ix->db, "cache", "corrections_used");
	index_set_docs(ix, p->doc_of, c->n);
	__atomic_store_n(&ix->prefix_ready, 1, __ATOMIC_RELEASE);	/* written complete */
	index_query_build_hashes(ix);
	if (es)
		index_query_type_bits(ix, es);
}

bool
index_cache_same_write(struct index *ix, const struct index_catalog *k)
{
	char *gen = index_meta_of(ix->db, "cache", "generation");
	bool same = gen && k->generation && strcmp(gen, k->generation) == 0;

	free(gen);
	return same;
}

enum index_status
index_cache_use(struct index *ix, struct index_catalog *k, const struct corpus *c,
		const struct index_plan *p, bool want_entities, struct entity_set **es,
		char *why, size_t n)
{
	*es = NULL;
	if (index_cache_attach_file(ix, k->path) != INDEX_OK) {
		snprintf(why, n, "it cannot be opened");
		return INDEX_CACHE_MISS;
	}
	if (!index_cache_same_write(ix, k))
		snprintf(why, n, "another launch wrote it meanwhile");
	else if (want_entities && !(*es = index_cache_get_entities(ix->db, c)))
		snprintf(why, n, "its entities cannot be read");
	else
		why[0] = '\0';
	if (why[0]) {
		sqlite3_exec(ix->db, "DETACH DATABASE cache", NULL, NULL, NULL);
		index_rank_reset(&ix->rank, NULL);
		free(ix->cache_name);
		ix->cache_name = NULL;
		return INDEX_CACHE_MISS;
	}
	if (index_cache_drop_own(ix) != INDEX_OK) {
		entity_set_free(*es);
		*es = NULL;
		return INDEX_ERROR;
	}
	switch_to_cache(ix, c, p, *es);
	return INDEX_CACHE_HIT;
}

/*
 * May this session change the attached file in place and leave it updatable? Only while
 * no other process can: it holds an exclusive flock() on the file (an update's copy is
 * made locked; else the lock is taken now, not waited for). Two sessions writing in
 * place would give two articles one full-text row, which an update could not mend. The
 * descriptor stays open until the connections close (closing it would drop this
 * process's POSIX locks on the file: SQLite's).
 */
static bool
own_file(struct index *ix)
{
	struct stat sb;
	int fd;

	if (ix->cache_fd >= 0)
		return true;
	if (!ix->cache_name || (fd = open(ix->cache_name, O_RDONLY | O_CLOEXEC)) < 0)
		return false;
	ix->cache_fd = fd;
	return fstat(fd, &sb) == 0 && (uint64_t)sb.st_dev == ix->cache_dev &&
	       (uint64_t)sb.st_ino == ix->cache_ino && flock(fd, LOCK_EX | LOCK_NB) == 0;
}

/* Once per attached file: "complete" says "live" (the direct commands, which answer
 * from the file as it is, pass it by: index_cache_direct.c wants "1"), and the pack goes
 * (the rows it packed are about to change; the next write makes one again). A file
 * another session may change too is marked out of date instead: the next launch builds
 * it again (taking its extractions). */
enum index_status
index_cache_live(struct index *ix)
{
	if (!ix->cache_attached || ix->cache_live)
		return INDEX_OK;
	ix->cache_live = true;
	/* A row changed in place keeps its doc, not its length. */
	index_rank_reset(&ix->rank, NULL);
	if (!own_file(ix))
		return index_exec(ix, "DELETE FROM cache.meta WHERE k = 'complete'",
				  "marking the cache out of date");
	if (index_exec(ix, "BEGIN; UPDATE cache.meta SET v = 'live' WHERE k = 'complete';"
		       " DROP TABLE IF EXISTS cache.pack; COMMIT",
		       "marking the cache changed") != INDEX_OK) {
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
		return INDEX_ERROR;
	}
	return INDEX_OK;
}

/* ---- writing ---------------------------------------------------------------------- */

/* Copy the run's index into dst through the build thread's own connection, a few
 * thousand pages at a time (the UI's queries read the file meanwhile). dst is a new
 * temporary file that takes the cache's name only once complete and synced: it needs
 * no rollback journal and no sync of its own (with them, every step of the copy wrote
 * a journal and waited for the disk). */
static int
copy_index(struct index *ix, sqlite3 *dst, volatile int *stop)
{
	sqlite3_backup *b;
	int rc;

	if (sqlite3_exec(dst, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", NULL, NULL,
			 NULL) != SQLITE_OK ||
	    !(b = sqlite3_backup_init(dst, "main", ix->bdb, "main")))
		return SQLITE_ERROR;
	do {
		rc = sqlite3_backup_step(b, 2048);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
			nanosleep(&(struct timespec){ 0, 2000000 }, NULL);
			rc = SQLITE_OK;
		}
	} while (rc == SQLITE_OK && !stop_set(stop));
	sqlite3_backup_finish(b);
	return rc == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
}

static int
stopped(void *ud)
{
	return stop_set(ud);
}

/*
 * May a cache be written over path? Only over nothing, an empty file or an earlier cache:
 * a mistyped --cache naming the state file or a document must never be replaced.
 */
static bool
replaceable(const char *path, char *err, size_t n)
{
	struct stat sb;
	sqlite3 *db = NULL;
	bool ok = false;

	if (stat(path, &sb) != 0)
		return true;	/* not there (or unreachable: creating the file will say) */
	if (S_ISREG(sb.st_mode) && sb.st_size == 0)
		return true;
	if (S_ISREG(sb.st_mode) &&
	    sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
		ok = has_meta(db, "format");
	sqlite3_close(db);
	if (!ok)
		snprintf(err, n, "cannot write the cache %s: the file there is not a dossier cache"
			 " (remove it to let dossier write one)", path);
	return ok;
}

/* Is name FILE.tmp-XXXXXX or FILE.tmp-XXXXXX-journal for the cache file called base? */
static bool
temp_name(const char *name, const char *base, bool *journal)
{
	size_t bl = strlen(base), i;

	if (strncmp(name, base, bl) != 0 || strncmp(name + bl, ".tmp-", 5) != 0)
		return false;
	name += bl + 5;
	for (i = 0; i < 6; i++)		/* mkostemp's letters and digits */
		if (!isalnum((unsigned char)name[i]))
			return false;
	*journal = strcmp(name + 6, "-journal") == 0;
	return name[6] == '\0' || *journal;
}

/* Remove the temporary file p (and its journal) when no writer holds its lock. */
static void
remove_if_stale(const char *p)
{
	struct stat a, b;
	char *journal;
	int fd = open(p, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0)
		return;
	/* Locked here, and still the file of that name: its writer is gone. */
	if (fstat(fd, &a) == 0 && S_ISREG(a.st_mode) && flock(fd, LOCK_EX | LOCK_NB) == 0 &&
	    lstat(p, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
		journal = xmalloc(strlen(p) + 9);
		sprintf(journal, "%s-journal", p);
		unlink(journal);
		unlink(p);
		free(journal);
	}
	close(fd);
}

/* Clear what writers killed before the rename left beside the cache: temporary files
 * nobody holds, and journals whose temporary file is gone. Never another cache's. */
static void
remove_stale_temps(const char *path)
{
	const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
	char *dir = slash ? xstrdup(path) : xstrdup("."), *p;
	struct dirent *d;
	struct stat sb;
	bool journal;
	DIR *dh;

	if (slash)
		dir[(slash - path) ? slash - path : 1] = '\0';	/* "/x" keeps its root */
	if (!(dh = opendir(dir))) {
		free(dir);
		return;
	}
	while ((d = readdir(dh))) {
		if (!temp_name(d->d_name, base, &journal))
			continue;
		p = xmalloc(strlen(dir) + strlen(d->d_name) + 2);
		sprintf(p, "%s/%s", dir, d->d_name);
		if (!journal) {
			remove_if_stale(p);
		} else {
			p[strlen(p) - 8] = '\0';	/* its temporary file */
			if (lstat(p, &sb) != 0 && errno == ENOENT) {
				strcat(p, "-journal");
				if (lstat(p, &sb) == 0 && S_ISREG(sb.st_mode))
					unlink(p);
			}
		}
		free(p);
	}
	closedir(dh);
	free(dir);
}

int
index_cache_temp(char *tmp, const char *path)
{
	struct stat a, b;
	int fd, tries;

	remove_stale_temps(path);
	for (tries = 0; tries < 5; tries++) {
		sprintf(tmp, "%s.tmp-XXXXXX", path);
		if ((fd = mkostemp(tmp, O_CLOEXEC)) < 0)
			return -1;
		/* A file system without flock(): no clean-up can take the file either. */
		if (flock(fd, LOCK_EX) != 0)
			return fd;
		/* Another writer's clean-up may have taken it between the two calls: then it
		 * is no longer ours under that name, and we start again. */
		if (fstat(fd, &a) == 0 && lstat(tmp, &b) == 0 && a.st_dev == b.st_dev &&
		    a.st_ino == b.st_ino)
			return fd;
		close(fd);
	}
	errno = EAGAIN;
	return -1;
}

/* May the index be written to path now? The prefix table (with each article's words) is
 * filled first if it is not (a command's index is built without it). */
static bool
ready_to_save(struct index *ix, const char *path, volatile int *stop, char *err, size_t n)
{
	if (!ix->ents || !ix->ents_tables || ix->cache_attached) {
		snprintf(err, n, "cannot write the cache %s: the index is not complete", path);
		return false;
	}
	if (!replaceable(path, err, n))
		return false;
	if (!__atomic_load_n(&ix->prefix_ready, __ATOMIC_ACQUIRE)) {
		ix->want_terms = true;
		if (index_build_prefixes(ix, stop) != INDEX_OK) {
			if (stop_set(stop))
				err[0] = '\0';	/* stopped: no message */
			else
				snprintf(err, n, "cannot write the cache %s: %s", path,
					 index_build_error(ix));
			return false;
		}
	}
	/* The words of each article, which a later update needs (index_keep_terms()). */
	if (!ix->want_terms) {
		snprintf(err, n, "cannot write the cache %s: the index kept no words", path);
		return false;
	}
	return true;
}

/* Everything into dst, a new file: the run's database, then the cache's own tables. */
static int
write_tables(struct index *ix, sqlite3 *dst, const struct index_kept *kept, int64_t scanned_ns,
	     volatile int *stop)
{
	if (copy_index(ix, dst, stop) != SQLITE_OK ||
	    sqlite3_exec(dst, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(dst, CACHE_SCHEMA, NULL, NULL, NULL) != SQLITE_OK ||
	    index_ents_copy(ix->ents_tables, dst) != INDEX_OK ||
	    index_cache_put_entities(dst, ix->ents) != SQLITE_OK ||
	    index_cache_put_files(dst, "main", ix->corpus) != SQLITE_OK ||
	    index_cache_put_folders(dst, "main", ix->corpus) != SQLITE_OK ||
	    (kept && index_cache_put_blobs(dst, "main", ix->corpus, kept) != SQLITE_OK) ||
	    index_cache_put_meta(dst, "main", ix, scanned_ns) != SQLITE_OK ||
	    (kept && index_cache_put_clusters(dst, "main", kept->clusters) != SQLITE_OK))
		return SQLITE_ERROR;
	return sqlite3_exec(dst, "COMMIT", NULL, NULL, NULL);
}

enum index_status
index_cache_save(struct index *ix, const char *path, const struct index_kept *kept,
		 int64_t scanned_ns, volatile int *stop, char *err, size_t n)
{
	char *tmp = xmalloc(strlen(path) + 32);
	sqlite3 *dst = NULL;
	const char *what = "creating it";
	int rc = SQLITE_ERROR, fd;

	if (!ready_to_save(ix, path, stop, err, n)) {
		free(tmp);
		return INDEX_ERROR;
	}
	/* Made here first, with a name of its own, so that a folder that is not there or not
	 * writable is named in the system's words. */
	if ((fd = index_cache_temp(tmp, path)) < 0) {
		snprintf(err, n, "cannot write the cache %s: %s", path, strerror(errno));
		free(tmp);
		return INDEX_ERROR;
	}
	/* mode 0600, like the state file: it holds the articles' words; fd stays open to
	 * sync the file before it takes the cache's name */
	if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) ==
	    SQLITE_OK) {
		what = "writing it";
		/* Quitting stops the statements on dst too, not only the copy of the pages. */
		if (stop)
			sqlite3_progress_handler(dst, 1000, stopped, (void *)stop);
		rc = write_tables(ix, dst, kept, scanned_ns, stop);
	}
	if (stop_set(stop))
		rc = SQLITE_ABORT;
	err[0] = '\0';
	if (rc != SQLITE_OK && rc != SQLITE_ABORT)
		snprintf(err, n, "cannot write the cache %s: %s (%s)", path, what,
			 dst ? sqlite3_errstr(sqlite3_extended_errcode(dst)) : "out of memory");
	if (sqlite3_close(dst) != SQLITE_OK && rc == SQLITE_OK) {
		snprintf(err, n, "cannot write the cache %s: closing it", path);
		rc = SQLITE_ERROR;
	}
	bench_mark("cache_written_tmp");	/* a kill here leaves the old cache whole */
	if (rc == SQLITE_OK && (fsync(fd) != 0 || rename(tmp, path) != 0)) {
		snprintf(err, n, "cannot write the cache %s: %s", path, strerror(errno));
		rc = SQLITE_ERROR;
	}
	close(fd);
	if (rc != SQLITE_OK)
		unlink(tmp);
	free(tmp);
	/* Stopped (the user quit): INDEX_ERROR with no message. */
	return rc == SQLITE_OK ? INDEX_OK : INDEX_ERROR;
}
