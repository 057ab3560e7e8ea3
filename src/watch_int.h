/* watch_int.h -- the watcher's insides: what it knows of each file, the burst being collected. MIT licence. */
#ifndef DOSSIER_WATCH_INT_H
#define DOSSIER_WATCH_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "dossier/strmap.h"
#include "dossier/watch.h"

/* A burst is over once no event came for WATCH_QUIET seconds; a stream that never pauses
 * is still cut every WATCH_MAX_AGE seconds, so what it brings shows within a second. */
#define WATCH_QUIET 0.1
#define WATCH_MAX_AGE 0.5

/* One file the watcher knows: an article (its hash) or a file that is not one. */
struct watch_file {
	char *path;		/* owned; NULL for a free slot */
	char hash[33];		/* "" when it is no article (binary, too large, unreadable) */
	bool has_stat;		/* the fields below were taken from the file */
	int64_t mtime_ns, size;
	uint64_t dev, ino;
	time_t loaded_mtime;	/* before has_stat: the mtime the corpus read it with */
	unsigned gen;		/* the last walk that found it */
};

/*
 * What the watcher knows and the burst it collects; one thread's (the watcher's, or a
 * unit test's). Events only name paths (dirty); once the burst is over each path is
 * looked at once and compared with what is known: so a thousand writes to a file, or a
 * file made and deleted again, cost one look, and a rename is told from a delete and a
 * create by the content hash.
 */
struct watch_core {
	struct watch_file *files;	/* owned; slots, some free */
	size_t nfiles, capfiles;
	size_t *free_slots;		/* owned; free slots of files */
	size_t nfree, capfree;
	struct strmap byname;		/* path -> slot */
	char **dirty;			/* owned, each owned; paths to look at, in event order */
	size_t ndirty, capdirty;
	struct strmap dirty_set;	/* the same, to take each once */
	double first, last;		/* the burst's first and last event (0: no burst) */
	size_t max_file_size;		/* as the corpus's */
	unsigned gen;			/* the walk going on (watch_core_walk_*) */
	_Atomic int *stop;		/* not owned; may be NULL; set by another thread: a
					   burst or a walk stops short (its results are dropped) */
};

void watch_core_init(struct watch_core *k, size_t max_file_size);
void watch_core_free(struct watch_core *k);
/* A file the corpus has (the starting point). */
void watch_core_know(struct watch_core *k, const char *path, const char *hash, time_t mtime);
/* An event names path (a file): look at it when the burst is over. */
void watch_core_dirty(struct watch_core *k, const char *path, double now);
/* A folder went (deleted, moved away): every known file under it is looked at. */
void watch_core_dirty_under(struct watch_core *k, const char *dir, double now);
/* Is the burst over (something to look at, and quiet or old enough)? */
bool watch_core_ready(const struct watch_core *k, double now);
/* Seconds until it will be (-1: nothing collected). */
double watch_core_wait(const struct watch_core *k, double now);
/* Look at every dirty path: the changes, sorted by path, into *out (owned by the caller,
 * watch_changes_free); their number. What is known is updated. */
size_t watch_core_process(struct watch_core *k, struct watch_change **out);
/*
 * A walk of the folders (polling, the first look, a lost event queue): begin, then every
 * file found (st: its stat) or found again through another path (skip), then end: new
 * and changed files and the known ones the walk did not find become dirty.
 */
void watch_core_walk_begin(struct watch_core *k);
void watch_core_walk_file(struct watch_core *k, const char *path, const struct stat *st,
			  double now);
void watch_core_walk_skip(struct watch_core *k, const char *path);
void watch_core_walk_end(struct watch_core *k, double now);
/* The number of files known (articles or not). */
size_t watch_core_count(const struct watch_core *k);

/* The path of name in folder dir, as the corpus's walk writes it ("a/" + "b" is "a/b"). */
char *watch_join(const char *dir, const char *name);

/* Walk roots by the corpus's rules, reporting to k (watch_scan.c); dir_fn (may be NULL)
 * gets every folder before it is read (its answer does not matter here). */
void watch_scan(struct watch_core *k, const char *const *roots, size_t nroots, double now,
		bool (*dir_fn)(void *ud, const char *path, int depth), void *ud);
/* Walk one folder found while watching (depth: below its root): every file in it is
 * dirty. dir_fn (may be NULL) gets every folder, the first one included, and says
 * whether to go into it (false: it is watched already, through another path). */
void watch_scan_new_dir(struct watch_core *k, const char *dir, int depth, double now,
			bool (*dir_fn)(void *ud, const char *path, int depth), void *ud);

#endif
