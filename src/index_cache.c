/* index_cache.c -- the index kept in a file (--cache): written after a build, reused while no article changed. MIT licence. */
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
#include "dossier/util.h"
#include "index_int.h"

/*
 * The cache is one SQLite file holding what a launch builds: the article rows, the
 * full-text index and the prefix table (copied page by page from the run's own database,
 * so the prefix table is filled first when a command writes it), the entity, alias and
 * mention tables, and the entity set itself (names, aliases and every mention's offsets)
 * in tables of its own. A meta table names the format and the dossier version, and its
 * "complete" row is written last.
 *
 * It is used only when it describes exactly the articles loaded: the same number, and for
 * every article id the same path and the same content hash (the files are read at launch
 * for the list anyway, so this costs nothing and catches an edit that kept size and
 * mtime). Anything else (no file, another version, a changed, added or removed article, an
 * unreadable file) is a miss: the index is built as without a cache and the file
 * is written again. A hit attaches the file in place: the index then lives on disk (the
 * page cache), not in this process's memory.
 *
 * Writing goes to FILE.tmp-XXXXXX (made with mkostemp), synced, then renamed over FILE: a reader never sees half
 * a cache, and two launches writing at once leave one whole file. The writer holds an
 * flock() on its temporary file (not fcntl(): SQLite's own descriptor on the file would
 * drop a process's fcntl locks when it closes), so the next writer can tell one left by a
 * kill -9 (nobody holds it: removed, with its -journal) from one being written now.
 */

/* 2: with the prefix table; 3: article rows with dates from file names and titles,
 * dates and sources from header blocks (a cache of 2 would keep the old ones); 4: the
 * former names of corrected entities (table former, read back into the entity set);
 * 5: the mention rows count quotes (said:) */
#define CACHE_FORMAT "5"

/* Little-endian packing of mentions: 13 bytes each, the same file on every machine. */
#define MENTION_BYTES 13

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static const char CACHE_SCHEMA[] =
	"CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);"
	"CREATE TABLE es_entity(id INTEGER PRIMARY KEY, type INTEGER, canonical TEXT, key TEXT,"
	" narticles INTEGER, nmentions INTEGER, naliases INTEGER, aliases BLOB);"
	"CREATE TABLE es_mentions(article INTEGER PRIMARY KEY, data BLOB);";

/* ---- loading ---------------------------------------------------------------------- */

/* Has the meta table (sql selects its v for k = ?) a row for key, with the value want
 * (any value when want is NULL)? False too when there is no such table. */
static bool
meta_is(sqlite3 *db, const char *sql, const char *key, const char *want)
{
	sqlite3_stmt *st = NULL;
	const char *v;
	bool is = false;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return false;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && (v = (const char *)sqlite3_column_text(st, 0)))
		is = !want || strcmp(v, want) == 0;
	sqlite3_finalize(st);
	return is;
}

#define CACHE_META "SELECT v FROM cache.meta WHERE k = ?"

/* The meta table's value for key (owned), or NULL. */
static char *
meta_text(sqlite3 *db, const char *sql, const char *key)
{
	sqlite3_stmt *st = NULL;
	const char *v;
	char *out = NULL;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && (v = (const char *)sqlite3_column_text(st, 0)))
		out = xstrdup(v);
	sqlite3_finalize(st);
	return out;
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

/* Does the cache's article table name the corpus's articles, id for id? */
static bool
same_articles(sqlite3 *db, const struct corpus *c, char *why, size_t n)
{
	sqlite3_stmt *st = NULL;
	size_t i = 0, changed = 0;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT id, path, hash FROM cache.article ORDER BY id", -1,
			       &st, NULL) != SQLITE_OK) {
		snprintf(why, n, "it cannot be read");
		return false;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *p = (const char *)sqlite3_column_text(st, 1);
		const char *h = (const char *)sqlite3_column_text(st, 2);

		if (i >= c->n || sqlite3_column_int64(st, 0) != (sqlite3_int64)i || !p || !h ||
		    strcmp(p, c->arts[i]->path) != 0 || strcmp(h, c->arts[i]->hash) != 0)
			changed++;
		i++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		snprintf(why, n, "it cannot be read");
		return false;
	}
	if (i != c->n) {
		snprintf(why, n, "it has %zu articles, the folders %zu", i, c->n);
		return false;
	}
	if (changed) {
		snprintf(why, n, "%zu article%s changed", changed,
			 changed == 1 ? "" : "s");
		return false;
	}
	return true;
}

/* The first column of a one-row query; -1 for NULL or no row. */
static sqlite3_int64
one_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	sqlite3_int64 v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_type(st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The former names of the set's entities, from the table the queries use. */
static bool
load_formers(sqlite3 *db, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	bool bad = false;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT entity, key, type FROM cache.former", -1, &st, NULL)
	    != SQLITE_OK)
		return false;
	while (!bad && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 e = sqlite3_column_int64(st, 0);
		const char *key = (const char *)sqlite3_column_text(st, 1);
		const char *type = (const char *)sqlite3_column_text(st, 2);
		int t = type ? ent_type_parse(type) : -1;

		if (e < 0 || (size_t)e >= s->n || !key || t < 0) {
			bad = true;
			break;
		}
		xgrow((void **)&s->former, &cap, s->nformer + 1, sizeof *s->former);
		s->former[s->nformer++] = (struct entity_former){ (uint32_t)e, (uint8_t)t,
								  xstrdup(key) };
	}
	sqlite3_finalize(st);
	return !bad && rc == SQLITE_DONE;
}

/* Read the entity rows, in id order, into s; false when any row is damaged. */
static bool
load_entity_rows(sqlite3 *db, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	bool bad = false;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT id, type, canonical, key, narticles, nmentions,"
			       " naliases, aliases FROM cache.es_entity ORDER BY id", -1, &st,
			       NULL) != SQLITE_OK)
		return false;
	while (!bad && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct entity *e;
		const char *canon = (const char *)sqlite3_column_text(st, 2);
		const char *key = (const char *)sqlite3_column_text(st, 3);
		const char *al = sqlite3_column_blob(st, 7), *p;
		size_t alen = (size_t)sqlite3_column_bytes(st, 7), na, k;
		int type = sqlite3_column_int(st, 1);

		na = (size_t)sqlite3_column_int64(st, 6);
		if (sqlite3_column_int64(st, 0) != (sqlite3_int64)s->n || !canon || !key ||
		    type < 0 || type >= ENT_NTYPES || na > alen || (alen && al[alen - 1])) {
			bad = true;
			break;
		}
		xgrow((void **)&s->ents, &cap, s->n + 1, sizeof *s->ents);
		e = &s->ents[s->n++];
		memset(e, 0, sizeof *e);
		e->id = (uint32_t)(s->n - 1);
		e->type = (uint8_t)type;
		e->canonical = xstrdup(canon);
		e->key = xstrdup(key);
		e->narticles = (uint32_t)sqlite3_column_int64(st, 4);
		e->nmentions = (uint32_t)sqlite3_column_int64(st, 5);
		e->aliases = xcalloc(na ? na : 1, sizeof *e->aliases);
		for (k = 0, p = al; k < na; k++) {
			if (p >= al + alen) {
				bad = true;
				break;
			}
			e->aliases[e->naliases++] = xstrdup(p);
			p += strlen(p) + 1;
		}
	}
	sqlite3_finalize(st);
	return !bad && rc == SQLITE_DONE;
}

/* Read the packed mention rows of every article into s; false when any is damaged. */
static bool
load_mention_rows(sqlite3 *db, const struct corpus *c, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	bool bad = false;
	size_t i;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT article, data FROM cache.es_mentions", -1, &st,
			       NULL) != SQLITE_OK)
		return false;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 a = sqlite3_column_int64(st, 0);
		const unsigned char *d = sqlite3_column_blob(st, 1);
		size_t len = (size_t)sqlite3_column_bytes(st, 1), m = len / MENTION_BYTES;

		if (a < 0 || (size_t)a >= s->narticles || len % MENTION_BYTES ||
		    s->mentions[a] || (!d && len)) {
			bad = true;
			break;
		}
		s->mentions[a] = xmalloc((m ? m : 1) * sizeof **s->mentions);
		s->nmentions[a] = m;
		for (i = 0; i < m; i++, d += MENTION_BYTES) {
			struct mention *x = &s->mentions[a][i];

			x->start = get32(d);
			x->end = get32(d + 4);
			x->entity = get32(d + 8);
			x->type = d[12];
			if (x->entity >= s->n || x->type >= ENT_NTYPES || x->end < x->start ||
			    x->end > c->arts[a]->len)
				bad = true;
		}
		s->total_mentions += m;
	}
	sqlite3_finalize(st);
	return !bad && rc == SQLITE_DONE;
}

/*
 * The entity set from es_entity and es_mentions; NULL if the tables do not fit each other,
 * the articles or the entity tables the queries use. A damaged file must not let an offset
 * point past an article's text or an id past the set.
 */
static struct entity_set *
load_entities(sqlite3 *db, const struct corpus *c)
{
	size_t narticles = c->n;
	struct entity_set *s = xcalloc(1, sizeof *s);

	s->narticles = narticles;
	s->mentions = xcalloc(narticles ? narticles : 1, sizeof *s->mentions);
	s->nmentions = xcalloc(narticles ? narticles : 1, sizeof *s->nmentions);
	if (!load_entity_rows(db, s) || !load_mention_rows(db, c, s) || !load_formers(db, s) ||
	    one_int(db, "SELECT count(*) FROM cache.entity") != (sqlite3_int64)s->n ||
	    one_int(db, "SELECT max(entity) FROM cache.mention") >= (sqlite3_int64)s->n ||
	    one_int(db, "SELECT max(entity) FROM cache.alias") >= (sqlite3_int64)s->n) {
		entity_set_free(s);
		return NULL;
	}
	return s;
}

/* ATTACH path AS cache; a path that would read as a URI is made relative. The name is
 * kept while the file is attached (ix->cache_name). */
static int
attach(struct index *ix, const char *path)
{
	char *name = xmalloc(strlen(path) + 3);
	int rc;

	sprintf(name, "%s%s", strncmp(path, "file:", 5) == 0 ? "./" : "", path);
	rc = index_attach_db(ix->db, name, "cache");
	free(ix->cache_name);
	ix->cache_name = name;
	return rc == SQLITE_OK ? INDEX_OK : index_fail(ix, "opening the cache");
}

/* A huge cache file is read through the operating system's page cache; give SQLite a
 * little more than its default for the pages a query keeps coming back to. */
static void
cache_pages(struct index *ix)
{
	sqlite3_exec(ix->db, "PRAGMA cache.cache_size = -32768", NULL, NULL, NULL);
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
index_cache_load(struct index *ix, const struct corpus *c, const char *path,
		 struct entity_set **es, char *why, size_t n)
{
	struct stat sb;

	*es = NULL;
	why[0] = '\0';
	if (stat(path, &sb) != 0) {
		snprintf(why, n, errno == ENOENT ? "no cache yet" : "it cannot be read");
		return INDEX_CACHE_MISS;
	}
	if (!S_ISREG(sb.st_mode)) {
		snprintf(why, n, "it is not a regular file");
		return INDEX_CACHE_MISS;
	}
	if (attach(ix, path) != INDEX_OK) {
		snprintf(why, n, "it cannot be opened");
		return INDEX_CACHE_MISS;
	}
	cache_pages(ix);
	if (!meta_is(ix->db, CACHE_META, "format", CACHE_FORMAT) ||
	    !meta_is(ix->db, CACHE_META, "version", PACKAGE_VERSION))
		snprintf(why, n, "another version of dossier wrote it");
	else if (!meta_is(ix->db, CACHE_META, "complete", NULL))
		snprintf(why, n, "an article was edited, or it is incomplete");
	else if (!meta_is(ix->db, CACHE_META, "corrections",
			  ix->corr_digest[0] ? ix->corr_digest : "none"))
		snprintf(why, n, "the entity corrections changed");
	else if (same_articles(ix->db, c, why, n) && !(*es = load_entities(ix->db, c)))
		snprintf(why, n, "its entities cannot be read");
	if (!*es) {
		sqlite3_exec(ix->db, "DETACH DATABASE cache", NULL, NULL, NULL);
		free(ix->cache_name);
		ix->cache_name = NULL;
		return INDEX_CACHE_MISS;
	}
	/* The cache's tables answer from now on: the empty ones of the run's own database
	 * would hide them (names are looked up in main first). */
	if (index_exec(ix, "DROP TABLE main.fts; DROP TABLE main.pfx; DROP TABLE main.article;",
		       "switching to the cache") != INDEX_OK) {
		entity_set_free(*es);
		*es = NULL;
		return INDEX_ERROR;
	}
	ix->corpus = c;
	ix->ents = *es;
	ix->cache_attached = true;
	free(ix->corr_used);
	ix->corr_used = meta_text(ix->db, CACHE_META, "corrections_used");
	__atomic_store_n(&ix->prefix_ready, 1, __ATOMIC_RELEASE);	/* written complete */
	index_query_build_hashes(ix);
	index_query_type_bits(ix, *es);
	return INDEX_CACHE_HIT;
}

enum index_status
index_cache_invalidate(struct index *ix)
{
	if (!ix->cache_attached)
		return INDEX_OK;
	return index_exec(ix, "DELETE FROM cache.meta WHERE k = 'complete'",
			  "marking the cache out of date");
}

/* ---- writing ---------------------------------------------------------------------- */

static int
put_entities(sqlite3 *db, const struct entity_set *es)
{
	sqlite3_stmt *st = NULL;
	struct sbuf al = {0};
	unsigned char *buf = NULL;
	size_t cap = 0, i, j;
	int rc = SQLITE_OK;

	if (sqlite3_prepare_v2(db, "INSERT INTO es_entity VALUES(?,?,?,?,?,?,?,?)", -1, &st,
			       NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	for (i = 0; i < es->n && rc == SQLITE_OK; i++) {
		const struct entity *e = &es->ents[i];

		al.len = 0;
		for (j = 0; j < e->naliases; j++)
			sb_add(&al, e->aliases[j], strlen(e->aliases[j]) + 1);
		sqlite3_bind_int64(st, 1, (sqlite3_int64)i);
		sqlite3_bind_int(st, 2, e->type);
		sqlite3_bind_text(st, 3, e->canonical, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, e->key, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, e->narticles);
		sqlite3_bind_int64(st, 6, e->nmentions);
		sqlite3_bind_int64(st, 7, (sqlite3_int64)e->naliases);
		sqlite3_bind_blob(st, 8, al.data ? al.data : "", (int)al.len, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = SQLITE_ERROR;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	sb_free(&al);
	if (rc != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO es_mentions VALUES(?,?)", -1, &st, NULL) !=
		    SQLITE_OK)
		return SQLITE_ERROR;
	for (i = 0; i < es->narticles && rc == SQLITE_OK; i++) {
		size_t m = es->nmentions[i];

		xgrow((void **)&buf, &cap, m * MENTION_BYTES + 1, 1);
		for (j = 0; j < m; j++) {
			const struct mention *x = &es->mentions[i][j];
			unsigned char *d = buf + j * MENTION_BYTES;

			put32(d, x->start);
			put32(d + 4, x->end);
			put32(d + 8, x->entity);
			d[12] = x->type;
		}
		sqlite3_bind_int64(st, 1, (sqlite3_int64)i);
		sqlite3_bind_blob(st, 2, buf, (int)(m * MENTION_BYTES), SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = SQLITE_ERROR;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	free(buf);
	return rc;
}

/* Copy the run's index into dst through the build thread's own connection, a few
 * thousand pages at a time (the UI's queries read the file meanwhile). */
static int
copy_index(struct index *ix, sqlite3 *dst, volatile int *stop)
{
	sqlite3_backup *b = sqlite3_backup_init(dst, "main", ix->bdb, "main");
	int rc;

	if (!b)
		return SQLITE_ERROR;
	do {
		rc = sqlite3_backup_step(b, 2048);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
			nanosleep(&(struct timespec){ 0, 2000000 }, NULL);
			rc = SQLITE_OK;
		}
	} while (rc == SQLITE_OK && !(stop && *stop));
	sqlite3_backup_finish(b);
	return rc == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
}

static int
put_meta(sqlite3 *db, const char *k, const char *v)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO meta VALUES(?,?)", -1, &st, NULL) !=
	    SQLITE_OK)
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, k, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, v, -1, SQLITE_STATIC);
	rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
	sqlite3_finalize(st);
	return rc;
}

static int
stopped(void *ud)
{
	return *(volatile int *)ud;
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
		ok = meta_is(db, "SELECT v FROM meta WHERE k = ?", "format", NULL);
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

/* A temporary file of our own for path, locked (see above); -1 with errno. */
static int
make_temp(char *tmp, const char *path)
{
	struct stat a, b;
	int fd, tries;

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

enum index_status
index_cache_save(struct index *ix, const char *path, volatile int *stop, char *err,
		 size_t n)
{
	char *tmp = xmalloc(strlen(path) + 32);
	sqlite3 *dst = NULL;
	const char *what = "creating it";
	int rc = SQLITE_ERROR, fd;

	if (!ix->ents || !ix->ents_tables || ix->cache_attached) {
		snprintf(err, n, "cannot write the cache %s: the index is not complete", path);
		free(tmp);
		return INDEX_ERROR;
	}
	if (!replaceable(path, err, n)) {
		free(tmp);
		return INDEX_ERROR;
	}
	/* A cache holds the prefix table (a command's index is built without it). */
	if (!__atomic_load_n(&ix->prefix_ready, __ATOMIC_ACQUIRE) &&
	    index_build_prefixes(ix, stop) != INDEX_OK) {
		if (stop && *stop)
			err[0] = '\0';	/* stopped: no message, as below */
		else
			snprintf(err, n, "cannot write the cache %s: %s", path,
				 index_build_error(ix));
		free(tmp);
		return INDEX_ERROR;
	}
	remove_stale_temps(path);
	/* Made here first, with a name of its own, so that a folder that is not there or not
	 * writable is named in the system's words. */
	if ((fd = make_temp(tmp, path)) < 0) {
		snprintf(err, n, "cannot write the cache %s: %s", path, strerror(errno));
		free(tmp);
		return INDEX_ERROR;
	}
	/* mode 0600, like the state file: it holds the articles' words; fd stays open to
	 * sync the file before it takes the cache's name */
	if (sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
	    SQLITE_OK)
		goto out;
	what = "writing it";
	/* Quitting stops the statements on dst too, not only the copy of the pages. */
	if (stop)
		sqlite3_progress_handler(dst, 1000, stopped, (void *)stop);
	if (copy_index(ix, dst, stop) != SQLITE_OK ||
	    sqlite3_exec(dst, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", NULL, NULL,
			 NULL) != SQLITE_OK ||
	    sqlite3_exec(dst, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(dst, CACHE_SCHEMA, NULL, NULL, NULL) != SQLITE_OK ||
	    index_ents_copy(ix->ents_tables, dst) != INDEX_OK ||
	    put_entities(dst, ix->ents) != SQLITE_OK)
		goto out;
	if (put_meta(dst, "format", CACHE_FORMAT) != SQLITE_OK ||
	    put_meta(dst, "version", PACKAGE_VERSION) != SQLITE_OK ||
	    put_meta(dst, "complete", "1") != SQLITE_OK ||
	    put_meta(dst, "corrections", ix->corr_digest[0] ? ix->corr_digest : "none") !=
		    SQLITE_OK ||
	    (ix->corr_used && put_meta(dst, "corrections_used", ix->corr_used) != SQLITE_OK) ||
	    sqlite3_exec(dst, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		goto out;
	rc = SQLITE_OK;
out:
	if (stop && *stop)
		rc = SQLITE_ABORT;
	err[0] = '\0';
	if (rc != SQLITE_OK && rc != SQLITE_ABORT)
		snprintf(err, n, "cannot write the cache %s: %s (%s)", path, what,
			 dst ? sqlite3_errstr(sqlite3_extended_errcode(dst)) : "out of memory");
	if (sqlite3_close(dst) != SQLITE_OK && rc == SQLITE_OK) {
		snprintf(err, n, "cannot write the cache %s: closing it", path);
		rc = SQLITE_ERROR;
	}
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
