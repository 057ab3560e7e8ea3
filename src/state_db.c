/* state_db.c -- SQLite plumbing of the state: statements, transactions, attach. MIT licence. */
#include "config.h"

#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dossier/util.h"
#include "state_int.h"

/* Every statement the state runs; the write paths only ever use these, with bound values. */
static const char *const STMT_SQL[ST_NSTMT] = {
	[ST_ENSURE] = "INSERT INTO article(hash, first_seen) VALUES(?1, ?2)"
		" ON CONFLICT(hash) DO NOTHING",
	[ST_GET] = "SELECT hash, path, read, flagged, archived, note, first_seen, last_opened"
		" FROM article WHERE hash = ?1",
	[ST_SET_READ] = "UPDATE article SET read = ?2 WHERE hash = ?1",
	[ST_SET_FLAGGED] = "UPDATE article SET flagged = ?2 WHERE hash = ?1",
	[ST_SET_ARCHIVED] = "UPDATE article SET archived = ?2 WHERE hash = ?1",
	/* Compare-and-set: undo leaves a note another process changed since alone. */
	[ST_SET_NOTE] = "UPDATE article SET note = ?2 WHERE hash = ?1 AND note IS ?3",
	[ST_ADD_TAG] = "INSERT OR IGNORE INTO tag(hash, name) VALUES(?1, ?2)",
	[ST_DEL_TAG] = "DELETE FROM tag WHERE hash = ?1 AND name = ?2",
	[ST_TAGS_OF] = "SELECT name FROM tag WHERE hash = ?1 ORDER BY name",
	[ST_TOUCH] = "INSERT INTO article(hash, path, first_seen) VALUES(?1, ?2, ?3)"
		" ON CONFLICT(hash) DO UPDATE SET path = excluded.path"
		" WHERE path IS NOT excluded.path",
	[ST_OPENED] = "INSERT INTO article(hash, first_seen, last_opened) VALUES(?1, ?2, ?2)"
		" ON CONFLICT(hash) DO UPDATE SET last_opened = excluded.last_opened",
	[ST_BY_PATH] = "SELECT hash FROM article WHERE path = ?1"
		" ORDER BY first_seen DESC, rowid DESC LIMIT 1",
	[ST_TIMES] = "UPDATE article SET path = coalesce(path, ?2),"
		" first_seen = CASE WHEN ?3 > 0 AND (first_seen IS NULL OR first_seen > ?3)"
		" THEN ?3 ELSE first_seen END,"
		" last_opened = CASE WHEN ?4 > coalesce(last_opened, 0) THEN ?4"
		" ELSE last_opened END WHERE hash = ?1",
	[ST_TAG_COUNTS] = "SELECT name, count(*) FROM tag GROUP BY name ORDER BY name",
	[ST_SEARCH_SAVE] = "INSERT INTO saved_search(name, query) VALUES(?1, ?2)"
		" ON CONFLICT(name) DO UPDATE SET query = excluded.query",
	[ST_SEARCH_DEL] = "DELETE FROM saved_search WHERE name = ?1",
	[ST_SEARCH_GET] = "SELECT query FROM saved_search WHERE name = ?1",
	[ST_SEARCH_LIST] = "SELECT name, query FROM saved_search ORDER BY name",
	[ST_HIST_DEL] = "DELETE FROM history WHERE kind = ?1 AND text = ?2",
	[ST_HIST_ADD] = "INSERT INTO history(kind, text, at) VALUES(?1, ?2, ?3)",
	[ST_HIST_TRIM] = "DELETE FROM history WHERE kind = ?1 AND id NOT IN"
		" (SELECT id FROM history WHERE kind = ?1 ORDER BY id DESC LIMIT ?2)",
	[ST_HIST_LIST] = "SELECT text FROM history WHERE kind = ?1 ORDER BY id DESC LIMIT ?2",
	[ST_EACH] = "SELECT hash, path, read, flagged, archived, note, first_seen, last_opened"
		" FROM article ORDER BY hash",
	/* +hash: the few rows found by a scan of the table, then sorted; ordered through
	 * the index of hashes, every row of 100k was looked up (0.3 s of a launch). */
	[ST_EACH_DECIDED] = "SELECT hash, path, read, flagged, archived, note, first_seen,"
		" last_opened FROM article WHERE read OR flagged OR archived OR note IS NOT NULL"
		" OR hash IN (SELECT hash FROM tag) ORDER BY +hash",
	/* Beside a walk in hash order: every article's tags in one pass (a query per
	 * article was 2.4 s of a launch at 100k articles). */
	[ST_TAGS_ALL] = "SELECT hash, name FROM tag ORDER BY hash, name",
};

/* SQLite result codes in plain words, with the code's name for bug reports. */
static const struct {
	int rc;
	int code;		/* STATE_* */
	const char *name;
	const char *words;
} CODES[] = {
	{ SQLITE_FULL, STATE_FULL, "SQLITE_FULL", "the disk is full" },
	{ SQLITE_IOERR, STATE_IOERR, "SQLITE_IOERR", "a disk read or write failed" },
	{ SQLITE_READONLY, STATE_READONLY, "SQLITE_READONLY", "the state file is read-only" },
	{ SQLITE_CANTOPEN, STATE_READONLY, "SQLITE_CANTOPEN",
	  "the state file or its folder cannot be opened for writing" },
	{ SQLITE_PERM, STATE_READONLY, "SQLITE_PERM", "permission denied" },
	{ SQLITE_BUSY, STATE_BUSY, "SQLITE_BUSY", "another process kept the state file busy" },
	{ SQLITE_LOCKED, STATE_BUSY, "SQLITE_LOCKED", "the state is in use" },
	{ SQLITE_CORRUPT, STATE_CORRUPT, "SQLITE_CORRUPT", "the state file is damaged" },
	{ SQLITE_NOTADB, STATE_CORRUPT, "SQLITE_NOTADB", "the state file is not a database" },
	{ SQLITE_NOMEM, STATE_ERROR, "SQLITE_NOMEM", "out of memory" },
	{ SQLITE_TOOBIG, STATE_INVALID, "SQLITE_TOOBIG", "the text is too long" },
	{ SQLITE_NOLFS, STATE_FULL, "SQLITE_NOLFS", "the file is too large" },
	{ SQLITE_CONSTRAINT, STATE_ERROR, "SQLITE_CONSTRAINT", "a consistency check failed" },
	{ SQLITE_INTERRUPT, STATE_ERROR, "SQLITE_INTERRUPT", "interrupted" },
};

static int
code_index(int rc)
{
	size_t i;

	for (i = 0; i < sizeof CODES / sizeof *CODES; i++)
		if (CODES[i].rc == (rc & 0xff))
			return (int)i;
	return -1;
}

/* "the disk is full (SQLITE_FULL)" into buf. */
void
st_rc_words(int rc, char *buf, size_t n)
{
	int i = code_index(rc);

	if (i >= 0)
		snprintf(buf, n, "%s (%s)", CODES[i].words, CODES[i].name);
	else
		snprintf(buf, n, "an internal database error (SQLite code %d)", rc);
}

/* Messages are built here and only here, so no raw SQLite text can reach the screen. */
int
st_err(struct state *s, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->err, sizeof s->err, fmt, ap);
	va_end(ap);
	return code;
}

int
st_fail(struct state *s, int rc, const char *what)
{
	char words[160];
	int i = code_index(rc);

	st_rc_words(rc, words, sizeof words);
	snprintf(s->err, sizeof s->err, "could not %s: %s", what, words);
	return i >= 0 ? CODES[i].code : STATE_ERROR;
}

const char *
state_error(const struct state *s)
{
	return s->err[0] ? s->err : "no error";
}

int64_t
st_now(void)
{
	return (int64_t)time(NULL);
}

int
st_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	return v ? sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i);
}

int
st_exec_stmt(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

sqlite3_stmt *
st_stmt(struct state *s, enum st_stmt id)
{
	sqlite3_stmt *st = s->stmt[id];

	/* Prepared once and kept: these run on every key press and every list redraw. */
	if (st) {
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		return st;
	}
	if (sqlite3_prepare_v3(s->db, STMT_SQL[id], -1, SQLITE_PREPARE_PERSISTENT, &st, NULL)
	    != SQLITE_OK) {
		st_fail(s, sqlite3_errcode(s->db), "read the state");
		return NULL;
	}
	s->stmt[id] = st;
	return st;
}

void
state_set_wait(struct state *s, int ms)
{
	s->wait_ms = ms > 0 ? ms : 0;
	sqlite3_busy_timeout(s->db, ms > 0 ? ms : BUSY_MS);
}

int
st_write(struct state *s, const char *what, st_body_fn body, void *ud)
{
	int rc, tries, retries = s->wait_ms ? 0 : BUSY_RETRIES;

	/*
	 * IMMEDIATE takes the write lock up front, so two processes queue on the busy
	 * timeout instead of failing at COMMIT. Each round already waited BUSY_MS inside
	 * SQLite; the retries ride out a long checkpoint in the other process. With a
	 * short wait (a screen, state_set_wait()) one try is all: the caller queues the write
	 * and tries again later rather than freeze.
	 */
	if (s->readonly)
		return st_err(s, STATE_READONLY, "could not %s: the state file is open for"
			      " reading only", what);
	for (tries = 0;; tries++) {
		rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc == SQLITE_OK) {
			rc = body(s, ud);
			if (rc == SQLITE_OK)
				rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
		}
		if (rc == SQLITE_OK)
			return STATE_OK;
		/* Some errors roll back by themselves; make sure nothing is left open. */
		if (!sqlite3_get_autocommit(s->db))
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		if (((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED) ||
		    tries >= retries)
			break;
	}
	return st_fail(s, rc, what);
}

bool
state_is_memory(const struct state *s)
{
	return s->memory;
}

const char *
state_file_path(const struct state *s)
{
	return s->memory ? s->uri : s->path;
}

const char *
state_default_path(char *buf, size_t n)
{
	const char *env = getenv("DOSSIER_STATE"), *home;
	struct passwd *pw;
	int len;

	if (env && *env)
		len = snprintf(buf, n, "%s", env);
	else if ((env = getenv("XDG_STATE_HOME")) && env[0] == '/')
		len = snprintf(buf, n, "%s/dossier/state.db", env);
	else {
		/* The XDG spec says a relative XDG_STATE_HOME is to be ignored. */
		home = getenv("HOME");
		if ((!home || !*home) && (pw = getpwuid(getuid())) && pw->pw_dir)
			home = pw->pw_dir;
		if (!home || !*home)
			return NULL;
		len = snprintf(buf, n, "%s/.local/state/dossier/state.db", home);
	}
	return len >= 0 && (size_t)len < n ? buf : NULL;
}

/* Run "<pre>"NAME"<post>" on db (the name was checked). With appid, the row it returns
 * must be the state's application id. */
static int
exec_on(sqlite3 *db, const char *pre, const char *name, const char *post, const char *bind,
	bool appid)
{
	struct sbuf sql = {0};
	sqlite3_stmt *st;
	int rc;

	sb_printf(&sql, "%s\"%s\"%s", pre, name, post);
	rc = sqlite3_prepare_v2(db, sql.data, -1, &st, NULL);
	if (rc == SQLITE_OK && bind)
		rc = sqlite3_bind_text(st, 1, bind, -1, SQLITE_TRANSIENT);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW && appid)
			rc = sqlite3_column_int64(st, 0) == STATE_APP_ID ? SQLITE_OK : SQLITE_NOTADB;
		else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
			rc = appid ? SQLITE_NOTADB : SQLITE_OK;
	}
	sqlite3_finalize(st);
	sb_free(&sql);
	return rc;
}

enum state_status
state_attach(struct state *s, sqlite3 *db, const char *name)
{
	/* memory: its memdb URI; read-only: the URI it was opened with; else the path */
	const char *file = s->memory || s->readonly ? s->uri : s->path, *p;
	int rc;

	/* The name is spliced into SQL (it cannot be bound), so only an identifier will do. */
	if (!name)
		name = "st";
	for (p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' ||
		      (p > name && *p >= '0' && *p <= '9')))
			break;
	if (!*name || *p || p - name > 32)
		return st_err(s, STATE_INVALID, "could not attach the state: bad schema name");
	if (!file)
		return st_err(s, STATE_ERROR, "could not attach the state: this SQLite cannot "
			      "share memory between connections (it needs 3.36 or later)");
	/* A file by absolute path (never mistaken for a URI); memory by its memdb URI. */
	rc = exec_on(db, "ATTACH DATABASE ?1 AS ", name, "", file, false);
	if (rc != SQLITE_OK && (s->memory || s->readonly))
		return st_err(s, STATE_ERROR, "could not attach the state: the connection must "
			      "accept URI file names (SQLITE_OPEN_URI)");
	if (rc != SQLITE_OK)
		return st_fail(s, rc, "attach the state");
	/* Prove it is the same database, not a file made by a misread name. */
	rc = exec_on(db, "PRAGMA ", name, ".application_id", NULL, true);
	if (rc == SQLITE_OK && s->memory)
		rc = exec_on(db, "PRAGMA ", name, ".journal_mode = MEMORY", NULL, false);
	if (rc != SQLITE_OK) {
		exec_on(db, "DETACH DATABASE ", name, "", NULL, false);
		return st_err(s, STATE_ERROR, "could not attach the state: the attached database "
			      "is not the state");
	}
	return STATE_OK;
}
