/* test_state_file.c -- the state file: migrations, refusals, failures, sharing. MIT licence. */
#include "config.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "state_fixture.h"

/* A closed state file with a little of everything in it. */
static const char *
real_file(void)
{
	const char *p = fresh("real");
	struct state *s = open_ok(p);
	char h[16];
	int i;

	for (i = 0; s && i < 40; i++) {
		snprintf(h, sizeof h, "h%02d", i);
		state_touch(s, h, "some/longish/path/to/an/article.txt");
		state_add_tag(s, h, "politics");
		state_set_note(s, h, "a note that takes some room in the file");
	}
	state_close(s);
	return p;
}

/*
 * Open must refuse path with a message containing want, leaving the file byte-identical
 * and creating nothing next to it.
 */
static void
check_refused(const char *path, const char *want)
{
	size_t n0 = 0, n1 = 0;
	char *before = slurp(path, &n0), *after;
	struct stat sb0, sb1;
	struct state *s;

	CHECK(stat(path, &sb0) == 0);
	s = state_open(path, err, sizeof err);
	CHECK(s == NULL);
	state_close(s);
	if (!strstr(err, want))
		printf("#   message \"%s\" lacks \"%s\"\n", err, want);
	CHECK(strstr(err, want) != NULL);
	CHECK(strchr(err, '\n') == NULL);
	/* SQLite's own words never reach the user. */
	CHECK(strstr(err, "malformed") == NULL && strstr(err, "file is not a database") == NULL);
	after = slurp(path, &n1);
	/* A file we may not read is compared by size and time instead. */
	CHECK(before ? after && n0 == n1 && memcmp(before, after, n0) == 0 : !after);
	CHECK(stat(path, &sb1) == 0 && sb0.st_size == sb1.st_size &&
	      sb0.st_mtim.tv_sec == sb1.st_mtim.tv_sec &&
	      sb0.st_mtim.tv_nsec == sb1.st_mtim.tv_nsec);
	CHECK(!exists(path, "-wal") && !exists(path, "-shm") && !exists(path, "-journal"));
	free(before);
	free(after);
}


static void
test_migrate_faked_old_version(void)
{
	const char *p = real_file();
	struct state *s;
	struct art_state a;

	CHECK_INT(raw(p, "PRAGMA user_version = 0"), 0);
	CHECK_INT(raw(p, "PRAGMA user_version"), 0);
	s = open_ok(p);
	CHECK(s != NULL);
	CHECK_INT(state_get(s, "h07", &a), STATE_OK);
	CHECK(a.known && a.ntags == 1);
	art_state_clear(&a);
	state_close(s);
	CHECK_INT(raw(p, "PRAGMA user_version"), state_schema_version());
}

static void
test_migrate_to_v2(void)
{
	const char *p = real_file();
	struct state *s;
	int v1 = state_schema_version();

	/* A migration that fails leaves the file at its version, data intact. */
	state_test_extra_migration("ALTER TABLE nosuch ADD COLUMN x TEXT");
	s = state_open(p, err, sizeof err);
	CHECK(s == NULL);
	CHECK(strstr(err, "could not be upgraded") != NULL);
	state_test_extra_migration(NULL);
	CHECK_INT(raw(p, "PRAGMA user_version"), v1);
	/* A working v2 step runs once and the data survives. */
	state_test_extra_migration("ALTER TABLE article ADD COLUMN colour TEXT");
	CHECK_INT(state_schema_version(), v1 + 1);
	s = open_ok(p);
	CHECK(s != NULL);
	state_close(s);
	s = open_ok(p);
	CHECK(s != NULL);
	state_close(s);
	state_test_extra_migration(NULL);
	CHECK_INT(raw(p, "PRAGMA user_version"), v1 + 1);
	CHECK_INT(raw(p, "SELECT count(*) FROM pragma_table_info('article') WHERE name='colour'"), 1);
	CHECK_INT(raw(p, "SELECT count(*) FROM tag"), 40);
	/* Back on the build before, that file is from the future. */
	{
		char want[96];

		snprintf(want, sizeof want, "is from a newer dossier (schema %d; this one knows %d)",
			 v1 + 1, v1);
		check_refused(p, want);
	}
}

static void
test_newer_schema(void)
{
	const char *p = real_file();

	raw(p, "PRAGMA user_version = 99");
	check_refused(p, "is from a newer dossier");
}

static void
test_adopts_empty(void)
{
	const char *p = fresh("empty"), *q = fresh("emptydb");
	struct state *s;

	spit(p, "", 0);		/* a zero-length file is an empty database */
	s = open_ok(p);
	CHECK(s != NULL);
	state_close(s);
	raw(q, "CREATE TABLE t(x)");
	raw(q, "DROP TABLE t");	/* a real but empty SQLite file */
	s = open_ok(q);
	CHECK(s != NULL);
	state_close(s);
}

static void
test_refuses_foreign_db(void)
{
	const char *p = fresh("foreign");

	raw(p, "CREATE TABLE photos(id INTEGER)");
	check_refused(p, "is not a dossier state database");
}

static void
test_refuses_random_bytes(void)
{
	const char *p = fresh("random");
	unsigned char buf[8192];
	size_t i;

	srand(7);
	for (i = 0; i < sizeof buf; i++)
		buf[i] = (unsigned char)rand();
	spit(p, buf, sizeof buf);
	check_refused(p, "is not a dossier state database");
	spit(p, "hello\n", 6);
	check_refused(p, "is not a dossier state database");
}

static void
test_refuses_truncated(void)
{
	const char *p = real_file();
	size_t n;
	char *data = slurp(p, &n);

	CHECK(data && n >= 4 * 4096);
	spit(p, data, n / 2 - 100);	/* mid-page */
	check_refused(p, "is damaged");
	spit(p, data, (n / 4096 - 1) * 4096);	/* a whole page missing */
	check_refused(p, "is damaged");
	free(data);
}

static void
test_refuses_damaged_pages(void)
{
	const char *p = real_file();
	size_t n, i;
	char *data = slurp(p, &n);

	/* Keep the header, scribble over the rest of the schema page and the next. */
	for (i = 120; i < 3 * 4096 && i < n; i++)
		data[i] = (char)(i * 7);
	spit(p, data, n);
	check_refused(p, "is damaged");
	free(data);
}

static void
test_refuses_folder(void)
{
	check_refused(base, "is not a regular file");
}

/*
 * Permission cases. Root ignores permissions, so as root they run in a child that has
 * become nobody; the files stay root's.
 */
static int
unwritable_cases(const char *dir)
{
	char ro[700], rodir[700], inrodir[700], unread[700];
	int fails = tap_failed;

	tap_case_failed = 0;
	snprintf(ro, sizeof ro, "%s/ro.db", dir);
	snprintf(rodir, sizeof rodir, "%s/rodir/state.db", dir);
	snprintf(inrodir, sizeof inrodir, "%s/rodir/new/state.db", dir);
	snprintf(unread, sizeof unread, "%s/unread.db", dir);
	check_refused(ro, "is read-only");
	check_refused(rodir, "in a folder that cannot be written");
	CHECK(state_open(inrodir, err, sizeof err) == NULL);
	CHECK(strstr(err, "cannot create the folder") != NULL);
	check_refused(unread, "cannot be read");
	return tap_case_failed || tap_failed != fails;
}

static void
test_refuses_unwritable(void)
{
	char dir[600], p[700], q[700];
	const char *src = real_file();
	size_t n;
	char *data = slurp(src, &n);
	bool root = geteuid() == 0;
	pid_t pid;
	int status = -1;

	snprintf(dir, sizeof dir, "%s/perm", base);
	CHECK(mkdir(dir, 0755) == 0);
	snprintf(p, sizeof p, "%s/ro.db", dir);
	spit(p, data, n);
	chmod(p, root ? 0644 : 0444);
	snprintf(p, sizeof p, "%s/unread.db", dir);
	spit(p, data, n);
	chmod(p, root ? 0600 : 0000);
	snprintf(q, sizeof q, "%s/rodir", dir);
	CHECK(mkdir(q, 0755) == 0);
	snprintf(p, sizeof p, "%s/rodir/state.db", dir);
	spit(p, data, n);
	chmod(p, 0666);
	free(data);
	if (!root) {
		chmod(q, 0555);
		CHECK(unwritable_cases(dir) == 0);
		chmod(q, 0755);
		return;
	}
	fflush(stdout);
	if ((pid = fork()) == 0) {
		if (setgid(65534) != 0 || setuid(65534) != 0)
			_exit(3);
		tap_failed = 0;
		status = unwritable_cases(dir);
		fflush(stdout);
		_exit(status);
	}
	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		printf("#   the unprivileged child ended with status %d\n", status);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void
test_session_fallback(void)
{
	const char *p = fresh("fallback");
	char msg[600];
	struct state *s;
	struct art_state a;

	spit(p, "not a database at all, just text\n", 33);
	s = state_open_session(p, msg, sizeof msg);
	CHECK(s != NULL && state_is_memory(s));
	CHECK(strstr(msg, "is not a dossier state database; using memory for this session") != NULL);
	CHECK_INT(state_set_flagged(s, "m", true), STATE_OK);
	state_get(s, "m", &a);
	CHECK(a.flagged);
	art_state_clear(&a);
	state_close(s);
	s = state_open_session(NULL, msg, sizeof msg);
	CHECK(s && state_is_memory(s) && msg[0] == '\0');
	state_close(s);
	s = state_open_session(fresh("fine"), msg, sizeof msg);
	CHECK(s && !state_is_memory(s) && msg[0] == '\0');
	state_close(s);
}


/* --- Failures on write: a VFS whose writes fail on demand stands in for a full disk. */
static sqlite3_vfs shim_vfs, *real_vfs;
/* The VFS uses one method table for databases and another for logs: wrap each. */
static const sqlite3_io_methods *real_methods[4];
static sqlite3_io_methods shim_methods[4];
static int (*real_write)(sqlite3_file *, const void *, int, sqlite3_int64);
static int shim_fail;		/* the SQLite code writes return; 0: they work */

static int
shim_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
	return shim_fail ? shim_fail : real_write(f, buf, n, off);
}

static int
shim_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out)
{
	int rc = real_vfs->xOpen(real_vfs, name, f, flags, out), i;

	(void)v;
	for (i = 0; rc == SQLITE_OK && f->pMethods && i < 4; i++) {
		if (!real_methods[i]) {
			real_methods[i] = f->pMethods;
			real_write = f->pMethods->xWrite;
			shim_methods[i] = *f->pMethods;
			shim_methods[i].xWrite = shim_write;
		}
		if (f->pMethods == real_methods[i]) {
			f->pMethods = &shim_methods[i];
			break;
		}
	}
	return rc;
}

static void
shim_install(void)
{
	real_vfs = sqlite3_vfs_find(NULL);
	shim_vfs = *real_vfs;
	shim_vfs.zName = "failing-writes";
	shim_vfs.xOpen = shim_open;
	sqlite3_vfs_register(&shim_vfs, 1);
}

/* A bulk action whose commit fails: an error code and plain words, nothing applied,
 * the undo history as it was, and the next action works once the disk has room. */
static void
write_failure_case(int sqlite_code, int want, const char *words)
{
	struct state *s = open_ok(fresh("full"));
	const char *hs[] = { "f1", "f2", "f3" }, *desc;
	struct state_op op = { STATE_OP_TAG, true, "big" };
	struct art_state a;
	size_t changed = 7;

	state_set_flagged(s, "f1", true);
	shim_fail = sqlite_code;
	CHECK_INT(state_apply(s, &op, 1, hs, 3, &changed), want);
	shim_fail = 0;
	CHECK_INT(changed, 0);
	CHECK(strstr(state_error(s), "could not tag +big 3 articles: ") != NULL);
	CHECK(strstr(state_error(s), words) != NULL);
	CHECK(strstr(state_error(s), "database or disk") == NULL);
	state_get(s, "f2", &a);
	CHECK(a.ntags == 0);
	art_state_clear(&a);
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: flag 1 article");
	CHECK_INT(state_apply(s, &op, 1, hs, 3, &changed), STATE_OK);
	CHECK_INT(changed, 3);
	state_close(s);
}

static void
test_disk_full(void)
{
	write_failure_case(SQLITE_FULL, STATE_FULL, "the disk is full (SQLITE_FULL)");
}

static void
test_io_error(void)
{
	write_failure_case(SQLITE_IOERR_WRITE, STATE_IOERR, "a disk read or write failed");
}

static void
test_readonly_after_open(void)
{
	write_failure_case(SQLITE_READONLY, STATE_READONLY, "the state file is read-only");
}

/* A new file on a full disk: refused with plain words, nothing half made. */
static void
test_full_at_creation(void)
{
	const char *p = fresh("fullnew");
	struct state *s;

	shim_fail = SQLITE_FULL;
	s = state_open(p, err, sizeof err);
	shim_fail = 0;
	CHECK(s == NULL);
	state_close(s);
	CHECK(strstr(err, "fullnew") && strstr(err, ": the disk is full (SQLITE_FULL)"));
	s = open_ok(p);		/* room again: the same file is set up */
	CHECK(s != NULL);
	state_close(s);
}

/* The real thing: a file size limit makes the kernel refuse the WAL append. */
static void
test_file_size_limit(void)
{
	struct state *s = open_ok(fresh("rlimit"));
	const char *hs[] = { "r1", "r2" };
	struct state_op op = { STATE_OP_FLAG, true, NULL };
	struct rlimit old, lim;
	struct art_state a;
	int rc;

	state_set_read(s, "r1", true);
	signal(SIGXFSZ, SIG_IGN);
	getrlimit(RLIMIT_FSIZE, &old);
	lim = old;
	lim.rlim_cur = 0;
	/* Nothing may print while the limit is on: stdout may be a file too. */
	fflush(stdout);
	setrlimit(RLIMIT_FSIZE, &lim);
	rc = state_apply(s, &op, 1, hs, 2, NULL);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, SIG_DFL);
	CHECK(rc == STATE_IOERR || rc == STATE_FULL);
	state_get(s, "r1", &a);
	CHECK(a.read && !a.flagged);
	art_state_clear(&a);
	CHECK_INT(state_apply(s, &op, 1, hs, 2, NULL), STATE_OK);
	state_close(s);
}

/* kill -9 right after actions: everything reported done is in the file. */
static void
test_kill9_loses_nothing(void)
{
	const char *p = fresh("kill");
	struct state *s;
	struct art_state a;
	char h[16];
	pid_t pid;
	int i, status, flagged = 0;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		s = state_open(p, err, sizeof err);
		for (i = 0; s && i < 20; i++) {
			snprintf(h, sizeof h, "k%02d", i);
			if (state_set_flagged(s, h, true) != STATE_OK)
				_exit(1);
		}
		raise(SIGKILL);
		_exit(2);
	}
	waitpid(pid, &status, 0);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	CHECK(exists(p, "-wal"));	/* the crash left the log behind */
	s = open_ok(p);
	for (i = 0; s && i < 20; i++) {
		snprintf(h, sizeof h, "k%02d", i);
		state_get(s, h, &a);
		flagged += a.flagged;
		art_state_clear(&a);
	}
	CHECK_INT(flagged, 20);
	state_close(s);
}


static long long
one_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	long long v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return -2;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The index's view of the state through ATTACH, in both modes. */
static void
attach_case(struct state *s)
{
	sqlite3 *db;

	CHECK(sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
			      SQLITE_OPEN_URI, NULL) == SQLITE_OK);
	state_set_flagged(s, "x1", true);
	CHECK_INT(state_attach(s, db, NULL), STATE_OK);
	CHECK_INT(one_int(db, "SELECT flagged FROM st.article WHERE hash = 'x1'"), 1);
	/* Later writes show at once: one database, not a copy. */
	state_add_tag(s, "x1", "seen");
	CHECK_INT(one_int(db, "SELECT count(*) FROM st.tag WHERE name = 'seen'"), 1);
	state_set_flagged(s, "x1", false);
	CHECK_INT(one_int(db, "SELECT flagged FROM st.article WHERE hash = 'x1'"), 0);
	CHECK_INT(state_attach(s, db, "bad name"), STATE_INVALID);
	CHECK_INT(state_attach(s, db, "other"), STATE_OK);
	CHECK_INT(one_int(db, "SELECT count(*) FROM other.article"), 1);
	sqlite3_close(db);
}

static void
test_attach_memory(void)
{
	struct state *s = state_open_memory(err, sizeof err);

	CHECK(s != NULL && state_is_memory(s));
	CHECK(strncmp(state_file_path(s), "file:/dossier-state-", 20) == 0);
	attach_case(s);
	state_close(s);
}

static void
test_attach_file(void)
{
	struct state *s = open_ok(fresh("attach"));

	attach_case(s);
	state_close(s);
}


/* Two handles on one file (as two dossiers would be): both write, neither loses. */
static void
test_two_handles(void)
{
	const char *p = fresh("two");
	struct state *a = open_ok(p), *b = open_ok(p);
	struct art_state x;
	const char *desc;

	state_add_tag(a, "t", "from-a");
	state_add_tag(b, "t", "from-b");
	state_set_note(a, "t", "a's note");
	state_set_note(b, "t", "b's note");
	state_get(a, "t", &x);
	CHECK_INT(x.ntags, 2);
	CHECK_STR(x.note, "b's note");
	art_state_clear(&x);
	/* a's undo of its note leaves b's newer note alone. */
	CHECK_INT(state_undo(a, &desc), STATE_OK);
	state_get(a, "t", &x);
	CHECK_STR(x.note, "b's note");
	art_state_clear(&x);
	state_close(a);
	state_close(b);
}

/* In a child process: open path, add tag to hash, close (the last connection of that
 * process, so SQLite checkpoints there). The child's exit status: 0 when all went well. */
static int
child_tags(const char *path, const char *hash, const char *tag)
{
	pid_t pid = fork();
	int status = -1;

	if (pid == 0) {
		char e[512];
		struct state *s = state_open(path, e, sizeof e);

		_exit(s && state_add_tag(s, hash, tag) == STATE_OK ? (state_close(s), 0) : 1);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* In a child process: does hash carry tag in the file? 1 yes, 0 no, -1 error. */
static int
child_has_tag(const char *path, const char *hash, const char *tag)
{
	pid_t pid = fork();
	int status = -1;

	if (pid == 0) {
		char e[512];
		struct state *s = state_open(path, e, sizeof e);
		struct art_state x;
		size_t i;
		int has = 0;

		if (!s || state_get(s, hash, &x) != STATE_OK)
			_exit(2);
		for (i = 0; i < x.ntags; i++)
			has |= strcmp(x.tags[i], tag) == 0;
		_exit(has);
	}
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) < 2 ? WEXITSTATUS(status) : -1;
}

/*
 * Issue 14: a second connection in one process (the build thread's) must not drop the
 * first one's locks. Before the fix, state_open() checked the file with a plain
 * open()/close(), which released every POSIX lock of the process on it; another process
 * closing its connection then thought itself the last, checkpointed and deleted the -wal
 * file under the first connection, whose later commits went to a deleted log and were lost.
 */
static void
test_second_connection_keeps_locks(void)
{
	const char *p = fresh("share");
	struct state *a = open_ok(p), *b;

	if (!a)
		return;
	CHECK_INT(state_add_tag(a, "h", "a1"), STATE_OK);
	b = open_ok(p);		/* the build thread's connection, opened after a's */
	CHECK(b != NULL);
	if (b) {
		CHECK_INT(state_add_tag(b, "h", "b1"), STATE_OK);
		state_close(b);
	}
	/* Another process writes and closes: it must see that this one still has the file. */
	CHECK_INT(child_tags(p, "h", "other"), 0);
	CHECK(exists(p, "-wal"));
	CHECK_INT(state_add_tag(a, "h", "a2"), STATE_OK);
	/* What this process committed is visible to others while it runs... */
	CHECK_INT(child_has_tag(p, "h", "a2"), 1);
	CHECK(exists(p, "-wal"));
	state_close(a);
	/* ...and after it closed, with the other process's tag kept too. */
	CHECK_INT(child_has_tag(p, "h", "a1"), 1);
	CHECK_INT(child_has_tag(p, "h", "b1"), 1);
	CHECK_INT(child_has_tag(p, "h", "other"), 1);
	CHECK_INT(child_has_tag(p, "h", "a2"), 1);
	CHECK_INT(raw(p, "SELECT count(*) FROM tag"), 4);
}

/* The same through state_open_again(), what the TUI's build thread uses. */
static void
test_open_again_keeps_locks(void)
{
	const char *p = fresh("again");
	struct state *a = open_ok(p), *b;

	if (!a)
		return;
	b = state_open_again(a, err, sizeof err);
	CHECK(b != NULL);
	if (b) {
		CHECK_INT(state_touch(b, "h", "/x/y.txt"), STATE_OK);
		state_close(b);
	}
	CHECK_INT(child_tags(p, "h", "other"), 0);
	CHECK(exists(p, "-wal"));
	CHECK_INT(state_add_tag(a, "h", "mine"), STATE_OK);
	CHECK_INT(child_has_tag(p, "h", "mine"), 1);
	state_close(a);
	CHECK_INT(child_has_tag(p, "h", "other"), 1);
	CHECK_INT(child_has_tag(p, "h", "mine"), 1);
}

int
main(void)
{
	fixture_init();
	shim_install();
	RUN(test_migrate_faked_old_version);
	RUN(test_migrate_to_v2);
	RUN(test_newer_schema);
	RUN(test_adopts_empty);
	RUN(test_refuses_foreign_db);
	RUN(test_refuses_random_bytes);
	RUN(test_refuses_truncated);
	RUN(test_refuses_damaged_pages);
	RUN(test_refuses_folder);
	RUN(test_refuses_unwritable);
	RUN(test_session_fallback);
	RUN(test_disk_full);
	RUN(test_io_error);
	RUN(test_readonly_after_open);
	RUN(test_full_at_creation);
	RUN(test_file_size_limit);
	RUN(test_kill9_loses_nothing);
	RUN(test_attach_memory);
	RUN(test_attach_file);
	RUN(test_two_handles);
	RUN(test_second_connection_keeps_locks);
	RUN(test_open_again_keeps_locks);
	return TAP_END();
}
