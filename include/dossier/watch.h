/* watch.h -- the live folder: a thread that sees files added, changed, moved and removed. MIT licence. */
#ifndef DOSSIER_WATCH_H
#define DOSSIER_WATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct article;

/* How the folders are watched (`set watch`, --no-watch). */
enum watch_mode {
	WATCH_AUTO,	/* inotify; polling when it is missing or out of watches */
	WATCH_OFF,	/* not at all */
	WATCH_POLL,	/* a walk of the folders (stat) about every second */
};

/* What happened to one file, as the watcher found it once a burst of events was over. */
enum watch_kind {
	WATCH_ADDED,	/* a new article (or a file that became one) */
	WATCH_CHANGED,	/* the article's text is not the same */
	WATCH_MOVED,	/* the same text at another path (from): no new extraction */
	WATCH_REMOVED,	/* gone, or no longer an article (binary, unreadable, too large) */
};

struct watch_change {
	enum watch_kind kind;
	char *path;		/* owned; where the file is (REMOVED: where it was) */
	char *from;		/* owned; MOVED: where it was; else NULL */
	struct article *a;	/* owned; the file as read now (not REMOVED), id 0 */
};

/* A file the corpus already has, for the watcher's starting point. */
struct watch_known {
	const char *path;	/* the path as the corpus has it (copied) */
	const char *hash;	/* its content hash */
	time_t mtime;		/* when it was read: a later one is a change since */
};

/*
 * The options of a watcher. roots are the paths given on the command line, as given:
 * folders are watched recursively by the walk's rules (hidden entries, other extensions
 * and folders deeper than CORPUS_MAX_DEPTH left out), a file by its name in its folder
 * (an editor that saves by renaming is seen).
 */
struct watch_options {
	enum watch_mode mode;
	size_t max_file_size;	/* as the corpus's (0: its default) */
	size_t max_watches;	/* 0: as many as the system gives; else inotify counts as
				   out of watches past this many folders (tests) */
	double poll_seconds;	/* 0: 1 s; the pause between two walks when polling */
};

struct watch;

/*
 * Start watching on a thread of the watcher's own (no SQLite, no curses, nothing shared
 * but what this file's functions lock). Everything is copied. It first walks the folders
 * once and reports what changed since the corpus was read (known). NULL when mode is
 * WATCH_OFF or no thread could be made.
 */
struct watch *watch_start(const char *const *roots, size_t nroots,
			  const struct watch_known *known, size_t nknown,
			  const struct watch_options *opt);
/* Stop the thread and free everything (changes not taken are dropped). NULL is fine. */
void watch_stop(struct watch *w);
/* Stop the watcher's thread only, its memory left to the process's end (at 1M files,
 * freeing what it knows took most of a second of quitting). */
void watch_halt(struct watch *w);
/* How it watches now: WATCH_AUTO (inotify) or WATCH_POLL (asked for, or the fallback). */
enum watch_mode watch_mode_now(struct watch *w);
/* A line for the status bar left since *seen (the fall back to polling): copied, true. */
bool watch_take_note(struct watch *w, int *seen, char *buf, size_t n);
/* Are changes waiting to be taken? (cheap: a counter) */
bool watch_has_changes(struct watch *w);
/* The changes found so far, oldest first, as one array the caller owns
 * (watch_changes_free); 0 and NULL when there are none. */
size_t watch_take(struct watch *w, struct watch_change **out);
void watch_changes_free(struct watch_change *v, size_t n);
/*
 * Wait until every file event up to now has been read and turned into changes ready to
 * take (no debounce): for the script mode's :wait-watch, so a test needs no timing. When
 * polling, a walk is made first.
 */
void watch_sync(struct watch *w);

#endif
