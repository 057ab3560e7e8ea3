/* state.c -- the state file: refusing bad files unchanged, migrations, open/close. MIT licence. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dossier/util.h"
#include "state_int.h"

/*
 * Schema migrations: entry i takes a file from user_version i to i + 1. Never edit a
 * released entry; add v2 as a new one (ALTER TABLE ... ADD COLUMN, new tables). The v1
 * step uses IF NOT EXISTS so a file whose version was lost still upgrades.
 */
static const char *const MIGRATIONS[] = {
	/* v1: the tables the query language reads as st.article and st.tag. */
	"CREATE TABLE IF NOT EXISTS article(hash TEXT PRIMARY KEY, path TEXT,"
	" read INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0,"
	" archived INTEGER NOT NULL DEFAULT 0, note TEXT, first_seen INTEGER,"
	" last_opened INTEGER);"
	"CREATE TABLE IF NOT EXISTS tag(hash TEXT NOT NULL, name TEXT NOT NULL,"
	" PRIMARY KEY(hash, name));"
	"CREATE TABLE IF NOT EXISTS saved_search(name TEXT PRIMARY KEY, query TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS history(id INTEGER PRIMARY KEY, kind TEXT, text TEXT,"
	" at INTEGER);"
	"CREATE INDEX IF NOT EXISTS article_path ON article(path);"
	"CREATE INDEX IF NOT EXISTS tag_name ON tag(name);"
	"CREATE INDEX IF NOT EXISTS history_kind ON history(kind, id);",
	/* v2: the reader's entity corrections (applied in id order, so ids are never
	 * reused: AUTOINCREMENT) and the watched entities (correct.h, state_corr.c). */
	"CREATE TABLE IF NOT EXISTS correction(id INTEGER PRIMARY KEY AUTOINCREMENT,"
	" kind TEXT NOT NULL, made INTEGER NOT NULL, key TEXT, type TEXT, name TEXT,"
	" hash TEXT, surface TEXT, occurrence INTEGER NOT NULL DEFAULT -1, to_key TEXT,"
	" to_type TEXT, to_name TEXT);"
	"CREATE TABLE IF NOT EXISTS watch(key TEXT NOT NULL, type TEXT NOT NULL, name TEXT,"
	" made INTEGER, PRIMARY KEY(key, type));",
};
#define NMIGRATIONS ((int)(sizeof MIGRATIONS / sizeof *MIGRATIONS))

/* Partial indexes of the articles read, flagged and archived, made by any writer (no new
 * schema version: an older dossier keeps them up to date without knowing them). The
 * query language's is: terms and the archive hidden from every answer read them
 * (index_state_hashes[]): with 94k articles in the state, the 2.5k archived were a pass
 * over every row for each command. */
static const char STATE_INDEXES[] =
	"CREATE INDEX IF NOT EXISTS article_read ON article(hash) WHERE read;"
	"CREATE INDEX IF NOT EXISTS article_flagged ON article(hash) WHERE flagged;"
	"CREATE INDEX IF NOT EXISTS article_archived ON article(hash) WHERE archived;";

static const char *extra_migration;	/* testing hook: one more step */

int
state_schema_version(void)
{
	return NMIGRATIONS + (extra_migration ? 1 : 0);
}

void
state_test_extra_migration(const char *sql)
{
	extra_migration = sql;
}

/*
 * The state files this process has connections to, by device and inode. POSIX record
 * locks belong to the process: closing any descriptor of a file drops every lock the
 * process holds on it, SQLite's included. So a file is checked by hand (open, read,
 * close) only before the process's first connection to it; later connections (another
 * thread's, a second state_open()) go straight to SQLite, which shares one set of locks
 * between its connections to the same file.
 */
struct open_file {
	dev_t dev;
	ino_t ino;
	int refs;	/* connections open */
};
static struct open_file open_files[16];
static pthread_mutex_t open_files_lock = PTHREAD_MUTEX_INITIALIZER;

/* Is a connection to the file at path open in this process? */
static bool
file_in_use(const char *path)
{
	struct stat sb;
	bool used = false;
	size_t i;

	if (stat(path, &sb) != 0)
		return false;
	pthread_mutex_lock(&open_files_lock);
	for (i = 0; i < sizeof open_files / sizeof *open_files; i++)
		if (open_files[i].refs && open_files[i].dev == sb.st_dev &&
		    open_files[i].ino == sb.st_ino)
			used = true;
	pthread_mutex_unlock(&open_files_lock);
	return used;
}

/* Count a connection to the file (device, inode) in (add > 0) or out. */
static void
file_count(dev_t dev, ino_t ino, int add)
{
	size_t i, fre = SIZE_MAX;

	pthread_mutex_lock(&open_files_lock);
	for (i = 0; i < sizeof open_files / sizeof *open_files; i++) {
		if (open_files[i].refs && open_files[i].dev == dev && open_files[i].ino == ino) {
			open_files[i].refs += add;
			fre = SIZE_MAX - 1;
			break;
		}
		if (!open_files[i].refs && fre == SIZE_MAX)
			fre = i;
	}
	/* More than 16 files at once: the rest are checked each time, as before. */
	if (add > 0 && fre < SIZE_MAX - 1)
		open_files[fre] = (struct open_file){ dev, ino, add };
	pthread_mutex_unlock(&open_files_lock);
}

/* Is the file at this build's schema, and dossier's? A read: a writer does not block it. */
static bool
schema_is_current(sqlite3 *db)
{
	int rc = SQLITE_OK;
	long long appid = st_query_int(db, "PRAGMA application_id", &rc);
	int v = rc == SQLITE_OK ? (int)st_query_int(db, "PRAGMA user_version", &rc) : -1;

	return rc == SQLITE_OK && appid == STATE_APP_ID && v == state_schema_version();
}

/* Bring the schema up to date inside one write transaction (which also proves the file
 * and its folder can be written). 0, or -1 with err set and nothing changed. */
static int
migrate(sqlite3 *db, const char *shown, char *err, size_t errlen)
{
	int rc, v = 0, found = 0, known = state_schema_version(), tries = 0;
	long long appid = 0;
	char sql[96], words[160];

	/* Busy: another process writes (a big bulk command). A file that needs no upgrade
	 * needs no write to be opened: it opens at once, and what this session writes waits
	 * for the file as any busy write does (the TUI's save queue) -- where a session in
	 * memory, after waiting 15 s on a blank screen, lost it. An upgrade waits. */
	sqlite3_busy_timeout(db, 250);
	rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	sqlite3_busy_timeout(db, BUSY_MS);
	if ((rc & 0xff) == SQLITE_BUSY && schema_is_current(db))
		return 0;
	while ((rc & 0xff) == SQLITE_BUSY && tries++ <= BUSY_RETRIES)
		rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		appid = st_query_int(db, "PRAGMA application_id", &rc);
	if (rc == SQLITE_OK)
		found = v = (int)st_query_int(db, "PRAGMA user_version", &rc);
	if (rc == SQLITE_OK && (v > known || v < 0 || (appid != 0 && appid != STATE_APP_ID))) {
		/* Another process got there first with something we must not touch. */
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		st_refusal_message(v > known || v < 0 ? REF_NEWER : REF_NOTDB, shown, v, err, errlen);
		return -1;
	}
	for (; rc == SQLITE_OK && v < known; v++)
		rc = sqlite3_exec(db, v < NMIGRATIONS ? MIGRATIONS[v] : extra_migration,
				  NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, STATE_INDEXES, NULL, NULL, NULL);
	if (rc == SQLITE_OK && (found < known || appid == 0)) {
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d; PRAGMA application_id = %d",
			 known, STATE_APP_ID);
		rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	}
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		return 0;
	if (!sqlite3_get_autocommit(db))
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	st_rc_words(rc, words, sizeof words);
	if (found == 0)
		snprintf(err, errlen, "state file %s could not be set up: %s", shown, words);
	else if (found < known)
		snprintf(err, errlen, "state file %s could not be upgraded to schema %d: %s",
			 shown, known, words);
	else
		snprintf(err, errlen, "state file %s cannot be written: %s", shown, words);
	return -1;
}

/* A one-row text PRAGMA: SQLITE_OK if it answers want, SQLITE_ERROR if something else,
 * or the error code. */
static int
pragma_is(sqlite3 *db, const char *sql, const char *want)
{
	sqlite3_stmt *st;
	const unsigned char *t;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);

	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		t = sqlite3_column_text(st, 0);
		rc = t && strcmp((const char *)t, want) == 0 ? SQLITE_OK : SQLITE_ERROR;
	}
	sqlite3_finalize(st);
	return rc;
}

/*
 * Switching a new file to WAL needs it to itself for a moment, and SQLite answers busy
 * without waiting when another dossier opens it at the same instant: try again.
 */
static int
set_wal(sqlite3 *db)
{
	int rc, tries = 0;

	while ((rc = pragma_is(db, "PRAGMA journal_mode = WAL", "wal")) != SQLITE_OK &&
	       (rc & 0xff) == SQLITE_BUSY && ++tries < BUSY_MS / 10)
		sqlite3_sleep(10);
	return rc == SQLITE_ERROR ? SQLITE_CANTOPEN : rc;
}

/* The read-write connection to a validated file: WAL, full sync, current schema. */
static sqlite3 *
open_connection(const char *path, const char *shown, char *err, size_t errlen)
{
	char *uri = st_file_uri(path, ""), words[160];
	sqlite3 *db = NULL;
	int rc;

	rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL);
	free(uri);
	if (rc == SQLITE_OK && sqlite3_db_readonly(db, "main") == 1) {
		st_refusal_message(REF_READONLY, shown, 0, err, errlen);
		goto fail;
	}
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, BUSY_MS);
		/* WAL lets another dossier read while we write; FULL makes each commit
		 * survive a power cut as well as a kill -9; the size limit lets the log
		 * shrink back after a big bulk action. */
		if ((rc = set_wal(db)) == SQLITE_OK)
			rc = sqlite3_exec(db, "PRAGMA synchronous = FULL;"
					  " PRAGMA journal_size_limit = 4194304", NULL, NULL, NULL);
	}
	if (rc != SQLITE_OK) {
		st_rc_words(rc, words, sizeof words);
		snprintf(err, errlen, "state file %s cannot be opened: %s", shown, words);
		goto fail;
	}
	if (migrate(db, shown, err, errlen) == 0)
		return db;
fail:
	sqlite3_close(db);
	return NULL;
}

/*
 * The read-write state of a checked file at abs (owned; freed on failure). An empty file
 * is adopted: it will hold notes, so it is made private first, as a file dossier creates
 * is (0600).
 */
static struct state *
connect_file(char *abs, const char *shown, char *err, size_t errlen)
{
	struct state *s;
	struct stat sb;
	sqlite3 *db;

	if (stat(abs, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size == 0 &&
	    chmod(abs, 0600) != 0) {
		snprintf(err, errlen, "cannot make state file %s private: %s", shown,
			 strerror(errno));
		free(abs);
		return NULL;
	}
	if (!(db = open_connection(abs, shown, err, errlen))) {
		free(abs);
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->db = db;
	s->path = abs;
	if (stat(abs, &sb) == 0) {
		s->dev = sb.st_dev;
		s->ino = sb.st_ino;
		s->counted = true;
		file_count(sb.st_dev, sb.st_ino, 1);
	}
	return s;
}

struct state *
state_open(const char *path, char *err, size_t errlen)
{
	char shown[PATH_MAX + 64], *abs;
	int made;

	if (!path || !*path) {
		snprintf(err, errlen, "no state file was given");
		return NULL;
	}
	if (!(abs = st_absolute_path(path))) {
		snprintf(err, errlen, "state file %s: cannot find the current folder", path);
		return NULL;
	}
	st_shown_path(abs, shown, sizeof shown);
	made = access(abs, F_OK) == 0 ? 1 : st_create_file(abs, shown, err, errlen);
	/* A file this process has open was checked then; a check now would drop its locks. */
	if (made < 0 || (made == 1 && !file_in_use(abs) &&
			 st_validate_file(abs, shown, true, err, errlen) != REF_OK)) {
		free(abs);
		return NULL;
	}
	return connect_file(abs, shown, err, errlen);
}

struct state *
state_open_again(const struct state *s, char *err, size_t errlen)
{
	if (s->memory) {
		snprintf(err, errlen, "the state is in memory");
		return NULL;
	}
	return state_open(s->path, err, errlen);
}

/* A read-only connection to a checked file; NULL with err set. */
static sqlite3 *
open_reading(const char *path, const char *shown, char **uriout, char *err, size_t errlen)
{
	/* Without a log the file alone is the state: immutable reads it without the -shm
	 * file a read-only folder would not let SQLite make. With one, through the log. */
	static const char *const modes[2] = { "?mode=ro", "?mode=ro&immutable=1" };
	char words[160];
	sqlite3 *db = NULL;
	int k, rc = SQLITE_CANTOPEN, ver;

	for (k = st_has_wal(path) ? 0 : 1; k < 2; k++) {
		char *uri = st_file_uri(path, modes[k]);

		rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
		if (rc == SQLITE_OK) {
			sqlite3_busy_timeout(db, BUSY_MS);
			ver = (int)st_query_int(db, "PRAGMA user_version", &rc);
			if (rc == SQLITE_OK && (ver < 1 || ver > state_schema_version()))
				rc = SQLITE_NOTADB;	/* checked before; changed since */
			if (rc == SQLITE_OK) {
				*uriout = uri;	/* what state_attach() attaches */
				return db;
			}
		}
		free(uri);
		sqlite3_close(db);
		db = NULL;
		if (k == 0)
			break;	/* a log that cannot be read: the file alone would be stale */
	}
	st_rc_words(rc, words, sizeof words);
	snprintf(err, errlen, "state file %s cannot be read: %s", shown, words);
	return NULL;
}

/* state_open_reader(), state_open_query(): deep as st_validate_file(). */
static struct state *
open_reader(const char *path, bool deep, char *err, size_t errlen)
{
	char shown[PATH_MAX + 64], *abs, *uri = NULL;
	enum refusal r;
	struct state *s;
	struct stat sb;
	sqlite3 *db;

	err[0] = '\0';
	if (!path || !*path)
		return state_open_memory(err, errlen);
	if (!(abs = st_absolute_path(path))) {
		snprintf(err, errlen, "state file %s: cannot find the current folder", path);
		return NULL;
	}
	if (stat(abs, &sb) != 0 && errno == ENOENT) {
		/* Nothing saved yet: made as any session would (so that a --cache naming
		 * this path finds a state file there, not a free name), else empty. */
		free(abs);
		if ((s = state_open(path, err, errlen)))
			return s;
		snprintf(shown, sizeof shown, "%s", err);
		if ((s = state_open_memory(err, errlen)))
			snprintf(err, errlen, "%s; using memory for this command", shown);
		return s;
	}
	st_shown_path(abs, shown, sizeof shown);
	/* Writable: as any session (another process may be writing it too). */
	if (file_in_use(abs) || (r = st_validate_file(abs, shown, deep, err, errlen)) == REF_OK)
		return connect_file(abs, shown, err, errlen);
	if ((r != REF_READONLY && r != REF_DIR_RO) ||
	    !(db = open_reading(abs, shown, &uri, err, errlen))) {
		free(abs);
		return NULL;
	}
	err[0] = '\0';
	s = xcalloc(1, sizeof *s);
	s->db = db;
	s->path = abs;
	s->uri = uri;
	s->readonly = true;
	return s;
}

struct state *
state_open_reader(const char *path, char *err, size_t errlen)
{
	return open_reader(path, true, err, errlen);
}

struct state *
state_open_query(const char *path, char *err, size_t errlen)
{
	return open_reader(path, false, err, errlen);
}

struct state *
state_open_memory(char *err, size_t errlen)
{
	static unsigned seq;
	bool shared = sqlite3_vfs_find("memdb") != NULL;
	char name[80], words[160];
	struct state *s;
	sqlite3 *db = NULL;
	int rc;

	/* A name starting with '/' makes memdb share the database within the process. */
	snprintf(name, sizeof name, "/dossier-state-%ld-%u", (long)getpid(), seq++);
	rc = sqlite3_open_v2(shared ? name : ":memory:", &db,
			     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, shared ? "memdb" : NULL);
	/* memdb would put a rollback journal on disk; keep it in memory too. */
	if (rc == SQLITE_OK)
		rc = pragma_is(db, "PRAGMA journal_mode = MEMORY", "memory");
	if (rc != SQLITE_OK) {
		st_rc_words(rc, words, sizeof words);
		snprintf(err, errlen, "cannot keep state in memory: %s", words);
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_busy_timeout(db, BUSY_MS);
	if (migrate(db, "in memory", err, errlen) != 0) {
		sqlite3_close(db);
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->db = db;
	s->memory = true;
	s->path = xstrdup(name);
	if (shared) {
		s->uri = xmalloc(strlen(name) + 32);
		sprintf(s->uri, "file:%s?vfs=memdb", name);
	}
	return s;
}

struct state *
state_open_session(const char *path, char *msg, size_t msglen)
{
	char why[512], err[512];
	struct state *s;

	msg[0] = '\0';
	if (path && (s = state_open(path, why, sizeof why)))
		return s;
	s = state_open_memory(err, sizeof err);
	if (!s)
		snprintf(msg, msglen, "%s", err);
	else if (path)
		snprintf(msg, msglen, "%s; using memory for this session", why);
	return s;
}

void
state_close(struct state *s)
{
	int i;

	if (!s)
		return;
	for (i = 0; i < ST_NSTMT; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	if (s->counted)
		file_count(s->dev, s->ino, -1);
	undo_stack_clear(&s->undo);
	undo_stack_clear(&s->redo);
	free(s->undo.v);
	free(s->redo.v);
	free(s->path);
	free(s->uri);
	free(s);
}

