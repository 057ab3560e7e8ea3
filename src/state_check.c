/* state_check.c -- the state file on disk: paths, the checks before opening, refusals. MIT licence. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dossier/util.h"
#include "state_int.h"

/* path with $HOME shown as ~, for messages. */
void
st_shown_path(const char *path, char *buf, size_t n)
{
	const char *home = getenv("HOME");
	size_t hl = home ? strlen(home) : 0;

	if (hl > 1 && strncmp(path, home, hl) == 0 && path[hl] == '/')
		snprintf(buf, n, "~%s", path + hl);
	else
		snprintf(buf, n, "%s", path);
}

/* path made absolute (not resolved: a symlink stays the user's choice). */
char *
st_absolute_path(const char *path)
{
	struct sbuf b = {0};
	char cwd[PATH_MAX];

	if (path[0] != '/') {
		if (!getcwd(cwd, sizeof cwd))
			return NULL;
		sb_adds(&b, cwd);
		if (b.len > 1)
			sb_addc(&b, '/');
	}
	sb_adds(&b, path);
	return b.data;
}

/* "file:" URI for path (percent-encoded) plus a query string. */
char *
st_file_uri(const char *path, const char *query)
{
	static const char hex[] = "0123456789ABCDEF";
	struct sbuf b = {0};
	const unsigned char *p;

	sb_adds(&b, "file:");
	for (p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/-._~", *p))
			sb_addc(&b, (char)*p);
		else {
			sb_addc(&b, '%');
			sb_addc(&b, hex[*p >> 4]);
			sb_addc(&b, hex[*p & 15]);
		}
	}
	sb_adds(&b, query);
	return b.data;
}

/* Create the folders above path (0700, as XDG asks), leaving existing ones alone. */
static int
make_parents(const char *path, const char *shown, char *err, size_t errlen)
{
	char *dir = xstrdup(path), *p, *slash = strrchr(dir, '/');
	struct stat sb;
	int ok = 1;

	if (slash && slash != dir) {
		*slash = '\0';
		for (p = dir + 1; ok && p <= slash; p++) {
			if (*p != '/' && *p != '\0')
				continue;
			*p = '\0';
			if (mkdir(dir, 0700) != 0 && errno != EEXIST)
				ok = 0;
			else if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
				ok = 0;
			if (p != slash)
				*p = '/';
		}
		if (!ok)
			snprintf(err, errlen, "cannot create the folder %s for state file %s: %s",
				 dir, shown, errno ? strerror(errno) : "not a folder");
	}
	free(dir);
	return ok ? 0 : -1;
}

static uint32_t
be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}


void
st_refusal_message(enum refusal r, const char *shown, int version, char *err, size_t errlen)
{
	switch (r) {
	case REF_NOTDB:
		snprintf(err, errlen, "state file %s is not a dossier state database", shown);
		break;
	case REF_DAMAGED:
		snprintf(err, errlen, "state file %s is damaged", shown);
		break;
	case REF_NEWER:
		if (version < 0)
			snprintf(err, errlen, "state file %s has an unknown schema version (%d)",
				 shown, version);
		else
			snprintf(err, errlen, "state file %s is from a newer dossier (schema %d; "
				 "this one knows %d)", shown, version, state_schema_version());
		break;
	case REF_UNREADABLE:
		snprintf(err, errlen, "state file %s cannot be read (permission denied)", shown);
		break;
	case REF_READONLY:
		snprintf(err, errlen, "state file %s is read-only", shown);
		break;
	case REF_DIR_RO:
		snprintf(err, errlen, "state file %s is in a folder that cannot be written", shown);
		break;
	case REF_NOTREG:
		snprintf(err, errlen, "state file %s is not a regular file", shown);
		break;
	case REF_OK:
	case REF_OTHER:
		break;
	}
}

/*
 * Check the raw header before SQLite sees the file: the magic, a sane page size, a file
 * not shorter than its header says (a truncated copy), a dossier application id and a
 * schema version this build knows. wal: a -wal file exists (the header may be stale).
 */
static enum refusal
check_header(int fd, off_t size, bool wal, int *version)
{
	unsigned char h[100];
	uint32_t psize, appid;

	if (size < 100 || pread(fd, h, sizeof h, 0) != (ssize_t)sizeof h ||
	    memcmp(h, "SQLite format 3", 16) != 0)
		return REF_NOTDB;
	psize = (uint32_t)h[16] << 8 | h[17];
	if (psize == 1)
		psize = 65536;
	if (psize < 512 || (psize & (psize - 1)) || h[18] > 2 || h[19] > 2)
		return REF_NOTDB;
	if (!wal && ((uint64_t)size % psize != 0 ||
		     (be32(h + 24) == be32(h + 92) && be32(h + 28) > (uint64_t)size / psize)))
		return REF_DAMAGED;
	appid = be32(h + 68);
	*version = (int)be32(h + 60);
	if (appid != 0 && appid != STATE_APP_ID)
		return REF_NOTDB;
	/* A negative version is no version of ours (it would index the migrations below 0). */
	if (appid == STATE_APP_ID && (*version > state_schema_version() || *version < 0))
		return REF_NEWER;
	return REF_OK;
}

static enum refusal
refusal_of_rc(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_NOTADB:
		return REF_NOTDB;
	case SQLITE_CORRUPT:
		return REF_DAMAGED;
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return REF_UNREADABLE;
	default:
		return REF_OTHER;
	}
}

/* An integer from a one-row query, or -1. */
long long
st_query_int(sqlite3 *db, const char *sql, int *rc)
{
	sqlite3_stmt *st;
	long long v = -1;

	*rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (*rc != SQLITE_OK)
		return -1;
	*rc = sqlite3_step(st);
	if (*rc == SQLITE_ROW) {
		v = sqlite3_column_int64(st, 0);
		*rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return v;
}

/* PRAGMA quick_check: SQLITE_OK when the one row is "ok", SQLITE_CORRUPT otherwise. */
static int
quick_check(sqlite3 *db)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, NULL);
	const unsigned char *t;

	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		t = sqlite3_column_text(st, 0);
		rc = t && strcmp((const char *)t, "ok") == 0 ? SQLITE_OK : SQLITE_CORRUPT;
	}
	sqlite3_finalize(st);
	return rc;
}

/*
 * Look inside with a read-only connection. Without a -wal file the file is opened
 * immutable so SQLite creates nothing next to it; with one, another process may be using
 * it (or crashed), and a plain read-only open reads the committed WAL frames too.
 */
static enum refusal
check_contents(const char *path, bool wal, bool deep, int *version, int *rcout)
{
	char *uri = st_file_uri(path, wal ? "?mode=ro" : "?mode=ro&immutable=1");
	enum refusal r = REF_OK;
	sqlite3 *db = NULL;
	long long appid = 0, tables = 0, ours = 0;
	int rc;

	rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	free(uri);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, BUSY_MS);
		if (deep)
			rc = quick_check(db);
	}
	if (rc == SQLITE_OK)
		appid = st_query_int(db, "PRAGMA application_id", &rc);
	if (rc == SQLITE_OK)
		*version = (int)st_query_int(db, "PRAGMA user_version", &rc);
	if (rc == SQLITE_OK)
		tables = st_query_int(db, "SELECT count(*) FROM sqlite_schema", &rc);
	if (rc == SQLITE_OK)
		ours = st_query_int(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
				 " AND name IN ('article', 'tag', 'saved_search', 'history')", &rc);
	if (rc != SQLITE_OK)
		r = refusal_of_rc(rc);
	else if (appid == 0 && *version == 0 && tables == 0)
		r = REF_OK;	/* an empty database: ours to fill */
	else if (appid != STATE_APP_ID)
		r = REF_NOTDB;
	else if (*version > state_schema_version() || *version < 0)
		r = REF_NEWER;
	else if (*version >= 1 && ours != 4)
		r = REF_DAMAGED;
	*rcout = rc;
	sqlite3_close(db);
	return r;
}

/* Is dirname(path) writable? */
static bool
dir_writable(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	bool ok;

	if (slash == dir)
		slash[1] = '\0';
	else if (slash)
		*slash = '\0';
	ok = access(dir, W_OK) == 0;
	free(dir);
	return ok;
}

bool
st_has_wal(const char *path)
{
	char *walpath = xmalloc(strlen(path) + 5);
	struct stat sb;
	bool wal;

	sprintf(walpath, "%s-wal", path);
	wal = stat(walpath, &sb) == 0;
	free(walpath);
	return wal;
}

/* One look at the file: the header, then the contents. *rc: an SQLite code for REF_OTHER. */
static enum refusal
look(const char *path, bool wal, bool deep, int *version, int *rc, int *err_no)
{
	struct stat sb;
	enum refusal r = REF_OK;
	int fd;

	/* The type first: opening a FIFO for reading would wait for a writer forever. */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
		return REF_NOTREG;
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	*err_no = errno;
	if (fd < 0)
		return errno == EACCES ? REF_UNREADABLE : REF_OTHER;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode))
		r = REF_NOTREG;
	else if (sb.st_size > 0)
		r = check_header(fd, sb.st_size, wal, version);
	close(fd);
	if (r == REF_OK && (sb.st_size > 0 || wal))
		r = check_contents(path, wal, deep, version, rc);
	return r;
}

/* Validate an existing file without changing it: REF_OK, or why not with err set
 * (REF_READONLY and REF_DIR_RO: sound, but it cannot be written). */
enum refusal
st_validate_file(const char *path, const char *shown, bool deep, char *err, size_t errlen)
{
	enum refusal r;
	int version = 0, rc = SQLITE_OK, err_no = 0, tries;
	bool wal = st_has_wal(path);
	char words[160];

	r = look(path, wal, deep, &version, &rc, &err_no);
	/* Without a log the file was read as it lay, with no lock: another dossier that
	 * opened it meanwhile, wrote and checkpointed its log into the file (and removed
	 * the log) can make that read torn. Such a file is sound a moment later; a damaged
	 * one stays so. Look again, through the log when there is one, a few times. */
	for (tries = 1; tries <= 3 && (r == REF_DAMAGED || r == REF_NOTDB ||
				       (r == REF_OTHER && rc != SQLITE_OK)); tries++) {
		if (!st_has_wal(path))
			usleep(20000u * (unsigned)tries);
		/* asked again: a log may have appeared while this one slept */
		r = look(path, st_has_wal(path), deep, &version, &rc, &err_no);
	}
	if (r == REF_OK && access(path, W_OK) != 0)
		r = REF_READONLY;
	if (r == REF_OK && !dir_writable(path))
		r = REF_DIR_RO;
	if (r == REF_OTHER && rc == SQLITE_OK)
		snprintf(err, errlen, "state file %s cannot be opened: %s", shown, strerror(err_no));
	else if (r == REF_OTHER) {
		st_rc_words(rc, words, sizeof words);
		snprintf(err, errlen, "state file %s cannot be opened: %s", shown, words);
	}
	st_refusal_message(r, shown, version, err, errlen);
	return r;
}

/* Create a missing state file (and folders), empty and 0600. 0, 1 if it exists, or -1. */
int
st_create_file(const char *path, const char *shown, char *err, size_t errlen)
{
	int fd;

	if (make_parents(path, shown, err, errlen) != 0)
		return -1;
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 && errno == EEXIST)
		return 1;
	if (fd < 0) {
		snprintf(err, errlen, "cannot create state file %s: %s", shown, strerror(errno));
		return -1;
	}
	/* Whatever the umask says: triage notes are private. */
	if (fchmod(fd, 0600) != 0 || close(fd) != 0) {
		snprintf(err, errlen, "cannot create state file %s: %s", shown, strerror(errno));
		return -1;
	}
	return 0;
}
