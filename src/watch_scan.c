/* watch_scan.c -- the watcher's walks of the folders, by the corpus's rules. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "watch_int.h"

/*
 * The rules are corpus.c's (visit, walk_dir): names in byte order, hidden entries left
 * out, in a folder only the names corpus_wanted_name() takes, a path given read whatever
 * its name, folders deeper than CORPUS_MAX_DEPTH not entered, a file or folder reached a
 * second time (a hard link, a symlink, a loop) skipped. So a walk finds the files the
 * corpus read, and no file the corpus skipped looks new.
 */
struct scan {
	struct watch_core *k;
	struct corpus seen;		/* only its set of (device, inode) pairs is used */
	double now;
	bool whole;			/* a walk of the roots (watch_core_walk_*); else every
					   file found is dirty (a new folder) */
	bool (*dir_fn)(void *ud, const char *path, int depth);
	void *ud;
};

static void scan_path(struct scan *s, const char *path, int depth, bool explicit);

static void
scan_dir(struct scan *s, const char *path, int depth)
{
	char **names, *child;
	size_t n, i;

	/* A whole walk goes on regardless (its seen set stops loops); a new folder already
	 * watched through another path is not walked again. */
	if (s->dir_fn && !s->dir_fn(s->ud, path, depth) && !s->whole)
		return;
	if (!(names = corpus_dir_names(path, &n)))
		return;
	for (i = 0; i < n; i++) {
		child = watch_join(path, names[i]);
		scan_path(s, child, depth + 1, false);
		free(child);
		free(names[i]);
	}
	free(names);
}

static void
scan_path(struct scan *s, const char *path, int depth, bool explicit)
{
	const char *base = strrchr(path, '/');
	struct stat st;

	if (s->k->stop && *s->k->stop)
		return;		/* quitting */
	if (stat(path, &st) != 0)
		return;		/* gone: a whole walk's end finds it missing */
	if (S_ISDIR(st.st_mode)) {
		if (depth <= CORPUS_MAX_DEPTH && corpus_mark_seen(&s->seen, st.st_dev, st.st_ino))
			scan_dir(s, path, depth);
		return;
	}
	base = base ? base + 1 : path;
	if ((!explicit && !corpus_wanted_name(base)) || !S_ISREG(st.st_mode))
		return;
	if (!corpus_mark_seen(&s->seen, st.st_dev, st.st_ino)) {
		if (s->whole)
			watch_core_walk_skip(s->k, path);
		return;
	}
	if (s->whole)
		watch_core_walk_file(s->k, path, &st, s->now);
	else
		watch_core_dirty(s->k, path, s->now);
}

void
watch_scan(struct watch_core *k, const char *const *roots, size_t nroots, double now,
	   bool (*dir_fn)(void *ud, const char *path, int depth), void *ud)
{
	struct scan s = { k, { 0 }, now, true, dir_fn, ud };
	size_t i;

	corpus_init(&s.seen);
	watch_core_walk_begin(k);
	for (i = 0; i < nroots; i++)
		scan_path(&s, roots[i], 0, true);
	watch_core_walk_end(k, now);
	corpus_free(&s.seen);
}

void
watch_scan_new_dir(struct watch_core *k, const char *dir, int depth, double now,
		   bool (*dir_fn)(void *ud, const char *path, int depth), void *ud)
{
	struct scan s = { k, { 0 }, now, false, dir_fn, ud };

	corpus_init(&s.seen);
	scan_path(&s, dir, depth, false);
	corpus_free(&s.seen);
}
