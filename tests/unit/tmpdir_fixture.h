/* tmpdir_fixture.h -- a fresh temporary folder per test and files written into it, for the unit tests. MIT licence. */
#ifndef DOSSIER_TMPDIR_FIXTURE_H
#define DOSSIER_TMPDIR_FIXTURE_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static char tmpdir[256];

/* Write a file under tmpdir; returns its path (static buffer). */
static const char *
put(const char *rel, const char *data, size_t len)
{
	static char path[512];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
	f = fopen(path, "wb");
	if (!f)
		return path;
	fwrite(data, 1, len, f);
	fclose(f);
	return path;
}

static const char *
tmp(const char *rel)
{
	static char path[512];

	snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
	return path;
}

static int
rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	return remove(path);
}

/* A fresh empty temporary folder in tmpdir. */
static void
fresh_tmpdir(void)
{
	const char *base = getenv("TMPDIR");

	if (tmpdir[0])
		nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	snprintf(tmpdir, sizeof tmpdir, "%s/dossier-corpus.XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(tmpdir))
		die("mkdtemp failed");
}

#endif
