/* state_fixture.h -- scratch files and raw SQLite helpers for the state unit tests. MIT licence. */
#ifndef DOSSIER_STATE_FIXTURE_H
#define DOSSIER_STATE_FIXTURE_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "dossier/state.h"
#include "dossier/util.h"
#include "tap.h"

/* Each test program uses some of these. */
#define FIXTURE static __attribute__((unused))

static char base[512];		/* scratch folder for this run */
static int nfile;		/* counter for fresh file names */
static char err[512];

/* A fresh path in the scratch folder. */
FIXTURE const char *
fresh(const char *stem)
{
	static char buf[8][600];
	static int k;
	char *p = buf[k++ % 8];

	snprintf(p, 600, "%s/%s-%d.db", base, stem, nfile++);
	return p;
}

FIXTURE struct state *
open_ok(const char *path)
{
	struct state *s = state_open(path, err, sizeof err);

	if (!s)
		printf("#   state_open(%s): %s\n", path, err);
	return s;
}

FIXTURE bool
exists(const char *path, const char *suffix)
{
	char p[700];
	struct stat sb;

	snprintf(p, sizeof p, "%s%s", path, suffix);
	return stat(p, &sb) == 0;
}

/* The whole file, or NULL. */
FIXTURE char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct sbuf b = {0};
	char buf[4096];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sb_add(&b, buf, n);
	fclose(f);
	*len = b.len;
	return b.data ? b.data : xstrdup("");
}

FIXTURE void
spit(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	CHECK(f != NULL);
	if (f) {
		CHECK(fwrite(data, 1, len, f) == len);
		fclose(f);
	}
}

/* One SQL statement straight on a file, bypassing the state module. */
FIXTURE long long
raw(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	long long v = -1;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -2;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int64(st, 0);
		else
			v = 0;
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return v;
}


/* Make the scratch folder: under $T (tests/wrap.sh) or /tmp. */
FIXTURE void
fixture_init(void)
{
	const char *t = getenv("T");
	char tmpl[512];

	snprintf(tmpl, sizeof tmpl, "%s/state.XXXXXX", t && *t ? t : "/tmp");
	if (!mkdtemp(tmpl))
		die("cannot make a scratch folder under %s", t && *t ? t : "/tmp");
	/* An unprivileged child (see test_state_file.c) must be able to reach its files. */
	chmod(tmpl, 0755);
	if (t && *t)
		chmod(t, 0755);
	snprintf(base, sizeof base, "%s", tmpl);
}

#endif
