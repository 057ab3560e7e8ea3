/* index_cache_folders.c -- the folders a cache file saw, by stat, for answers that trust them. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * Beside its files, a cache file records every folder the walk went through, as stat()
 * saw it before the folder was listed (device, inode, size, mtime and ctime in
 * nanoseconds; whether it was a path given), and in meta:
 *   folders  a digest of those rows and of the number of paths skipped, so that a launch
 *            sees at once whether it must write them again (index_catalog_plan());
 *   skips    how many paths the walk skipped (each is a warning on stderr);
 *   max_size the --max-file-size of the walk (0: the default);
 *   tz       the time zone's offsets in winter and summer: an article dated by its
 *            file's mtime has the date of the zone (a launch in another makes its row
 *            again).
 * A folder's mtime moves when a name in it is added, removed or renamed; so a command
 * whose folders all stat as recorded, none of them modified within RACY_NS of the scan,
 * and nothing skipped, has the same files under the same names (cli_direct.c). A file
 * edited in place (not replaced, as editors and downloaders do) moves no folder's mtime:
 * that command does not see it; a launch, or --recheck, stats every file and does.
 */

void
index_tz_mark(char out[32])
{
	/* 1 January and 1 July 2025, noon UTC. */
	static const time_t at[2] = { 1735732800, 1751371200 };
	struct tm tm;
	size_t i, n = 0;

	out[0] = '\0';
	for (i = 0; i < 2; i++) {
		localtime_r(&at[i], &tm);
		n += strftime(out + n, 32 - n, i ? " %z" : "%z", &tm);
	}
}

void
index_folders_digest(const struct corpus *c, char out[33])
{
	struct sbuf b = {0};
	char tz[32];
	size_t i;

	for (i = 0; i < c->nfolders; i++) {
		const struct corpus_folder *f = &c->folders[i];

		sb_printf(&b, "%s%c%llu %llu %lld %lld %lld %d\n", f->path, 0,
			  (unsigned long long)f->st.dev, (unsigned long long)f->st.ino,
			  (long long)f->st.size, (long long)f->st.mtime_ns, (long long)f->ctime_ns,
			  f->root);
	}
	index_tz_mark(tz);
	sb_printf(&b, "skipped %zu max %zu tz %s", corpus_skipped_total(c), c->max_file_size, tz);
	text_hash(b.data, b.len, out);
	sb_free(&b);
}

bool
index_folders_settle(const struct corpus *c, int64_t then_ns, int64_t now_ns)
{
	size_t i;

	/* Modified just before the last scan (not trusted then), and long enough before this
	 * one to be trusted now: the new scan time is worth writing. */
	for (i = 0; i < c->nfolders; i++) {
		const struct corpus_folder *f = &c->folders[i];
		int64_t t = f->st.mtime_ns > f->ctime_ns ? f->st.mtime_ns : f->ctime_ns;

		if (t >= then_ns - RACY_NS && t < now_ns - RACY_NS)
			return true;
	}
	return false;
}

bool
index_folder_trusted(int64_t mtime_ns, int64_t ctime_ns, int64_t scanned_ns)
{
	return mtime_ns < scanned_ns - RACY_NS && ctime_ns < scanned_ns - RACY_NS;
}

int
index_cache_put_folders(sqlite3 *db, const char *schema, const struct corpus *c)
{
	char *del = sqlite3_mprintf("DELETE FROM %s.folder", schema);
	char *ins = sqlite3_mprintf("INSERT OR REPLACE INTO %s.folder VALUES(?,?,?,?,?,?,?)",
				    schema);
	sqlite3_stmt *f = NULL;
	char digest[33], skips[32], max[32], tz[32];
	int rc = del && ins ? sqlite3_exec(db, del, NULL, NULL, NULL) : SQLITE_NOMEM;
	size_t i;

	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db, ins, -1, &f, NULL);
	for (i = 0; i < c->nfolders && rc == SQLITE_OK; i++) {
		const struct corpus_folder *d = &c->folders[i];

		sqlite3_bind_text(f, 1, d->path, -1, SQLITE_STATIC);
		sqlite3_bind_int64(f, 2, (sqlite3_int64)d->st.dev);
		sqlite3_bind_int64(f, 3, (sqlite3_int64)d->st.ino);
		sqlite3_bind_int64(f, 4, d->st.size);
		sqlite3_bind_int64(f, 5, d->st.mtime_ns);
		sqlite3_bind_int64(f, 6, d->ctime_ns);
		sqlite3_bind_int(f, 7, d->root);
		rc = sqlite3_step(f) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
		sqlite3_reset(f);
	}
	index_folders_digest(c, digest);
	snprintf(skips, sizeof skips, "%zu", corpus_skipped_total(c));
	snprintf(max, sizeof max, "%zu", c->max_file_size);
	index_tz_mark(tz);
	if (rc == SQLITE_OK)
		rc = index_meta_put(db, schema, "folders", digest);
	if (rc == SQLITE_OK)
		rc = index_meta_put(db, schema, "skips", skips);
	if (rc == SQLITE_OK)
		rc = index_meta_put(db, schema, "max_size", max);
	if (rc == SQLITE_OK)
		rc = index_meta_put(db, schema, "tz", tz);
	sqlite3_finalize(f);
	sqlite3_free(del);
	sqlite3_free(ins);
	return rc;
}

bool
index_catalog_list(struct index_catalog *k, struct corpus *c, char *const *paths,
		   size_t npaths, int nthreads, bool trust)
{
	struct corpus_stat *known = NULL;
	sqlite3_stmt *st = NULL;
	struct corpus_folder *f = NULL;
	size_t nf = 0, cap = 0, i;
	char **files;
	bool ok;

	/* An article a live session saw go (its row's hash empty): its folder moved, or
	 * was set back; the walk says what is there. */
	for (i = 0; k && i < k->narticles; i++)
		if (!k->e[i].hash[0])
			return false;
	/* Checked again on the catalog's connection: its rows are the ones listed. */
	if (!k || !index_folders_unmoved(k->db, paths, npaths, c->max_file_size) ||
	    sqlite3_prepare_v2(k->db, "SELECT path, dev, ino, size, mtime, ctime, root FROM"
			       " folder ORDER BY rowid", -1, &st, NULL) != SQLITE_OK)
		return false;
	/* In the order the walk went (the digest of the folders is of that order). */
	while (sqlite3_step(st) == SQLITE_ROW) {
		xgrow((void **)&f, &cap, nf + 1, sizeof *f);
		f[nf].path = (char *)sqlite3_column_text(st, 0);
		f[nf].st.dev = (uint64_t)sqlite3_column_int64(st, 1);
		f[nf].st.ino = (uint64_t)sqlite3_column_int64(st, 2);
		f[nf].st.size = sqlite3_column_int64(st, 3);
		f[nf].st.mtime_ns = sqlite3_column_int64(st, 4);
		f[nf].ctime_ns = sqlite3_column_int64(st, 5);
		f[nf].root = sqlite3_column_int(st, 6) != 0;
		f[nf].path = xstrdup(f[nf].path ? f[nf].path : "");
		nf++;
	}
	sqlite3_finalize(st);
	files = xmalloc((k->n ? k->n : 1) * sizeof *files);
	if (trust)
		known = xmalloc((k->n ? k->n : 1) * sizeof *known);
	for (i = 0; i < k->n; i++) {
		files[i] = k->e[i].path;
		if (known) {
			known[i] = k->e[i].st;
			if (!index_entry_settled(k, &k->e[i]) || k->e[i].st.size < 0)
				known[i].size = -1;	/* stat()ed: it may change unseen */
		}
	}
	ok = corpus_list_known(c, files, known, k->n, f, nf, nthreads);
	free(known);
	free(files);
	for (i = 0; i < nf; i++)
		free(f[i].path);
	free(f);
	return ok;
}
