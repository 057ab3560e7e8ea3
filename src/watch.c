/* watch.c -- the live folder's thread: inotify (or a walk every second) turned into changes. MIT licence. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/inotify.h>
#include <sys/stat.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "watch_int.h"

/* What a folder's watch reports: files written and closed, made, moved in or out,
 * deleted; the folder itself deleted or moved. IN_MODIFY is left out: a file being
 * written is looked at once it is closed (or made, for a hard link). */
#define DIR_EVENTS (IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | \
		    IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

/* One inotify watch: a folder. */
struct wdir {
	int wd;
	char *path;		/* owned; the folder as the paths under it are written */
	int depth;		/* below its root (a root is 0) */
	bool tree;		/* every wanted file in it counts (a folder given, or under one) */
	char **names;		/* owned, each owned; files given by path in this folder */
	char **given;		/* owned, each owned; those paths as given */
	size_t nnames;
};

struct watch {
	/* Set by watch_start(), then read only. */
	char **roots;			/* owned, each owned; the paths as given */
	size_t nroots;
	struct watch_options opt;
	pthread_t thread;
	int wake[2];			/* a pipe: a byte wakes the thread (stop, sync) */
	_Atomic int stop;
	/* The thread's own. */
	struct watch_core core;
	int ifd;			/* inotify, or -1 when polling */
	struct wdir *dirs;		/* owned; the watches */
	size_t ndirs, capdirs;
	bool out_of_watches;		/* a watch was refused for want of watches */
	double next_scan;		/* polling: when to walk next */
	/* Shared: under lock. */
	pthread_mutex_t lock;
	pthread_cond_t cond;		/* sync_done moved, or the thread ended */
	struct watch_change *out;	/* owned; changes found, not taken yet */
	size_t nout, capout;
	char note[300];			/* a line for the status bar */
	int note_seq;
	unsigned sync_req, sync_done;
	bool dead;			/* the thread has ended */
	_Atomic size_t nready;		/* nout, read without the lock */
	_Atomic int mode_now;		/* enum watch_mode in effect */
};

static void
leave_note(struct watch *w, const char *text)
{
	pthread_mutex_lock(&w->lock);
	snprintf(w->note, sizeof w->note, "%s", text);
	w->note_seq++;
	pthread_mutex_unlock(&w->lock);
}

/* ---- the watches ------------------------------------------------------------------- */

static struct wdir *
find_wd(struct watch *w, int wd)
{
	size_t i;

	for (i = 0; i < w->ndirs; i++)
		if (w->dirs[i].wd == wd)
			return &w->dirs[i];
	return NULL;
}

static void
free_wdir(struct wdir *d)
{
	size_t i;

	for (i = 0; i < d->nnames; i++) {
		free(d->names[i]);
		free(d->given[i]);
	}
	free(d->names);
	free(d->given);
	free(d->path);
}

static void
forget_wd(struct watch *w, struct wdir *d)
{
	free_wdir(d);
	*d = w->dirs[--w->ndirs];
}

/* A watch on the folder at path (the same one again if it has one); NULL when refused. */
static struct wdir *
add_watch(struct watch *w, const char *path, int depth)
{
	struct wdir *d;
	int wd;

	if (w->ifd < 0)
		return NULL;
	if (w->opt.max_watches && w->ndirs >= w->opt.max_watches) {
		w->out_of_watches = true;
		return NULL;
	}
	if ((wd = inotify_add_watch(w->ifd, path, DIR_EVENTS)) < 0) {
		if (errno == ENOSPC || errno == ENOMEM)
			w->out_of_watches = true;
		return NULL;	/* unreadable folders go unwatched, as the walk skips them */
	}
	if ((d = find_wd(w, wd)))
		return d;
	xgrow((void **)&w->dirs, &w->capdirs, w->ndirs + 1, sizeof *w->dirs);
	d = &w->dirs[w->ndirs++];
	memset(d, 0, sizeof *d);
	d->wd = wd;
	d->path = xstrdup(path);
	d->depth = depth;
	return d;
}

/* A folder of a tree (dir_fn of the walks): watch it; false when it was watched already as
 * part of a tree (a second path to it). */
static bool
tree_dir(void *ud, const char *path, int depth)
{
	struct watch *w = ud;
	struct wdir *d = add_watch(w, path, depth);

	if (!d || d->tree)
		return false;
	if (d->nnames) {	/* a folder of a file given: now a tree, named as this path */
		free(d->path);
		d->path = xstrdup(path);
		d->depth = depth;
	}
	d->tree = true;
	return true;
}

/* A file given by path: its folder is watched for that name (a save by rename is seen). */
static void
watch_file_root(struct watch *w, const char *given)
{
	const char *slash = strrchr(given, '/');
	char *dir = slash ? xstrndup(given, slash == given ? 1 : (size_t)(slash - given))
		    : xstrdup(".");
	struct wdir *d = add_watch(w, dir, 0);

	if (d) {
		d->names = xrealloc(d->names, (d->nnames + 1) * sizeof *d->names);
		d->given = xrealloc(d->given, (d->nnames + 1) * sizeof *d->given);
		d->names[d->nnames] = xstrdup(slash ? slash + 1 : given);
		d->given[d->nnames++] = xstrdup(given);
	}
	free(dir);
}

/* Stop every watch of the folder at path and under it (it was moved away or deleted). */
static void
unwatch_under(struct watch *w, const char *path)
{
	char *prefix = watch_join(path, "");
	size_t i = 0, n = strlen(prefix);

	while (i < w->ndirs) {
		struct wdir *d = &w->dirs[i];

		if (d->tree && (strcmp(d->path, path) == 0 || strncmp(d->path, prefix, n) == 0)) {
			inotify_rm_watch(w->ifd, d->wd);
			forget_wd(w, d);
		} else {
			i++;
		}
	}
	free(prefix);
}

/* inotify is no use (none, or out of watches): walk the folders instead, and say so. */
static void
fall_back(struct watch *w, const char *why)
{
	char note[300];
	size_t i;

	for (i = 0; i < w->ndirs; i++)
		free_wdir(&w->dirs[i]);
	w->ndirs = 0;
	if (w->ifd >= 0)
		close(w->ifd);
	w->ifd = -1;
	w->mode_now = WATCH_POLL;
	snprintf(note, sizeof note, "Live folder polled every %g s: %s", w->opt.poll_seconds,
		 why);
	leave_note(w, note);
}

/* Every root watched (folders as trees, files by name) and walked once: what changed
 * since the corpus was read becomes dirty. */
static void
start_watching(struct watch *w)
{
	struct stat st;
	size_t i;

	if (w->mode_now == WATCH_AUTO && (w->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) < 0) {
		char why[200];

		snprintf(why, sizeof why, "inotify is not available (%s)", strerror(errno));
		fall_back(w, why);
	}
	for (i = 0; w->ifd >= 0 && i < w->nroots; i++)
		if (stat(w->roots[i], &st) == 0 && !S_ISDIR(st.st_mode))
			watch_file_root(w, w->roots[i]);
	/* Each folder is watched before it is read: nothing made in between is missed. */
	watch_scan(&w->core, (const char *const *)w->roots, w->nroots, now_seconds(),
		   w->ifd >= 0 ? tree_dir : NULL, w);
	if (w->out_of_watches)
		fall_back(w, "the inotify watch limit is reached (fs.inotify.max_user_watches)");
	w->next_scan = now_seconds() + w->opt.poll_seconds;
}

/* ---- events ------------------------------------------------------------------------ */

/* The path an event in d names, or NULL when it does not concern the corpus. */
static char *
event_path(const struct wdir *d, const char *name, bool isdir)
{
	size_t i;

	for (i = 0; !isdir && i < d->nnames; i++)
		if (strcmp(d->names[i], name) == 0)
			return xstrdup(d->given[i]);
	if (!d->tree || name[0] == '.' || (!isdir && !corpus_wanted_name(name)))
		return NULL;
	return watch_join(d->path, name);
}

static void
one_event(struct watch *w, const struct inotify_event *ev, double now)
{
	struct wdir *d;
	bool isdir = (ev->mask & IN_ISDIR) != 0;
	char *path;

	if (ev->mask & IN_Q_OVERFLOW) {
		/* Events were lost: walk everything (and watch what is new). */
		watch_scan(&w->core, (const char *const *)w->roots, w->nroots, now, tree_dir, w);
		return;
	}
	if (!(d = find_wd(w, ev->wd)))
		return;		/* a watch already dropped */
	if (ev->mask & IN_IGNORED) {
		forget_wd(w, d);
		return;
	}
	if (ev->mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
		path = xstrdup(d->path);
		if (d->tree)
			watch_core_dirty_under(&w->core, path, now);
		unwatch_under(w, path);
		free(path);
		return;
	}
	if (!ev->len || !(path = event_path(d, ev->name, isdir)))
		return;
	if (!isdir) {
		watch_core_dirty(&w->core, path, now);
	} else if (ev->mask & (IN_CREATE | IN_MOVED_TO)) {
		if (d->depth + 1 <= CORPUS_MAX_DEPTH)
			watch_scan_new_dir(&w->core, path, d->depth + 1, now, tree_dir, w);
	} else if (ev->mask & (IN_DELETE | IN_MOVED_FROM)) {
		watch_core_dirty_under(&w->core, path, now);
		unwatch_under(w, path);
	}
	free(path);
}

/* Every event waiting (the descriptor does not block). */
static void
read_events(struct watch *w)
{
	char buf[64 * 1024] __attribute__((aligned(__alignof__(struct inotify_event))));
	ssize_t n;

	while (w->ifd >= 0 && (n = read(w->ifd, buf, sizeof buf)) > 0) {
		double now = now_seconds();
		char *p = buf;

		while (w->ifd >= 0 && p + sizeof(struct inotify_event) <= buf + n) {
			const struct inotify_event *ev = (const struct inotify_event *)p;

			one_event(w, ev, now);
			p += sizeof *ev + ev->len;
		}
		if (w->out_of_watches && w->ifd >= 0) {
			fall_back(w, "the inotify watch limit is reached "
				  "(fs.inotify.max_user_watches)");
			watch_scan(&w->core, (const char *const *)w->roots, w->nroots, now, NULL,
				   NULL);
		}
	}
}

/* ---- the thread -------------------------------------------------------------------- */

/* The burst is over: its changes go out. */
static void
publish(struct watch *w)
{
	struct watch_change *v;
	size_t n = watch_core_process(&w->core, &v);

	if (!n) {
		free(v);
		return;
	}
	pthread_mutex_lock(&w->lock);
	xgrow((void **)&w->out, &w->capout, w->nout + n, sizeof *w->out);
	memcpy(w->out + w->nout, v, n * sizeof *v);
	w->nout += n;
	w->nready = w->nout;
	pthread_mutex_unlock(&w->lock);
	free(v);
}

/* A walk when polling; the next one after a pause of at least five times its cost. */
static void
poll_walk(struct watch *w)
{
	double t0 = now_seconds(), cost;

	watch_scan(&w->core, (const char *const *)w->roots, w->nroots, t0, NULL, NULL);
	cost = now_seconds() - t0;
	w->next_scan = now_seconds() + (5 * cost > w->opt.poll_seconds ? 5 * cost
					: w->opt.poll_seconds);
}

/* How long to sleep: until the burst is over, or the next walk; -1 for no limit. */
static int
sleep_ms(struct watch *w)
{
	double now = now_seconds(), wait = watch_core_wait(&w->core, now);

	if (w->ifd < 0) {
		double t = w->next_scan - now;

		if (wait < 0 || t < wait)
			wait = t < 0 ? 0 : t;
	}
	return wait < 0 ? -1 : (int)(wait * 1000) + 1;
}

/* A sync asked for: everything up to now, no debounce. */
static void
sync_now(struct watch *w, unsigned req)
{
	if (w->ifd >= 0)
		read_events(w);
	else
		poll_walk(w);
	publish(w);
	pthread_mutex_lock(&w->lock);
	w->sync_done = req;
	pthread_cond_broadcast(&w->cond);
	pthread_mutex_unlock(&w->lock);
}

static void
watch_loop(struct watch *w)
{
	struct pollfd pfd[2];
	char drain[64];
	unsigned req;

	while (!w->stop) {
		pfd[0] = (struct pollfd){ w->wake[0], POLLIN, 0 };
		pfd[1] = (struct pollfd){ w->ifd, POLLIN, 0 };
		if (poll(pfd, w->ifd >= 0 ? 2 : 1, sleep_ms(w)) < 0 && errno != EINTR)
			break;
		if (w->stop)
			break;
		if (pfd[0].revents & POLLIN)
			while (read(w->wake[0], drain, sizeof drain) > 0)
				;
		if (w->ifd >= 0 && (pfd[1].revents & POLLIN))
			read_events(w);
		if (w->ifd < 0 && now_seconds() >= w->next_scan)
			poll_walk(w);
		pthread_mutex_lock(&w->lock);
		req = w->sync_req;
		pthread_mutex_unlock(&w->lock);
		if (req != w->sync_done)
			sync_now(w, req);
		else if (watch_core_ready(&w->core, now_seconds()))
			publish(w);
	}
}

static void *
watch_main(void *ud)
{
	struct watch *w = ud;

	start_watching(w);
	watch_loop(w);
	pthread_mutex_lock(&w->lock);
	w->dead = true;
	pthread_cond_broadcast(&w->cond);
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

/* ---- the other thread's side ------------------------------------------------------- */

static void
wake(struct watch *w)
{
	if (write(w->wake[1], "", 1) < 0) {
		/* full: the thread has a byte to read already */
	}
}

struct watch *
watch_start(const char *const *roots, size_t nroots, const struct watch_known *known,
	    size_t nknown, const struct watch_options *opt)
{
	struct watch *w;
	size_t i;

	if (opt->mode == WATCH_OFF)
		return NULL;
	w = xcalloc(1, sizeof *w);
	w->opt = *opt;
	if (w->opt.poll_seconds <= 0)
		w->opt.poll_seconds = 1;
	w->mode_now = opt->mode;
	w->ifd = -1;
	w->roots = xcalloc(nroots ? nroots : 1, sizeof *w->roots);
	for (i = 0; i < nroots; i++)
		w->roots[i] = xstrdup(roots[i]);
	w->nroots = nroots;
	watch_core_init(&w->core, opt->max_file_size);
	w->core.stop = &w->stop;	/* Q does not wait for a burst or a walk */
	for (i = 0; i < nknown; i++)
		watch_core_know(&w->core, known[i].path, known[i].hash, known[i].mtime);
	pthread_mutex_init(&w->lock, NULL);
	pthread_cond_init(&w->cond, NULL);
	if (pipe2(w->wake, O_CLOEXEC | O_NONBLOCK) == 0) {
		/* Not even a Ctrl-Z (SIGTSTP, curses' handler) lands in the watcher. */
		if (thread_start_quiet(&w->thread, watch_main, w) == 0)
			return w;
		close(w->wake[0]);
		close(w->wake[1]);
	}
	w->wake[0] = w->wake[1] = -1;
	w->dead = true;
	watch_stop(w);
	return NULL;
}

void
watch_halt(struct watch *w)
{
	if (!w || w->wake[0] < 0)
		return;
	w->stop = 1;
	wake(w);
	pthread_join(w->thread, NULL);
	close(w->wake[0]);
	close(w->wake[1]);
	w->wake[0] = w->wake[1] = -1;
}

void
watch_stop(struct watch *w)
{
	size_t i;

	if (!w)
		return;
	watch_halt(w);
	for (i = 0; i < w->ndirs; i++)
		free_wdir(&w->dirs[i]);
	free(w->dirs);
	if (w->ifd >= 0)
		close(w->ifd);
	watch_core_free(&w->core);
	watch_changes_free(w->out, w->nout);
	for (i = 0; i < w->nroots; i++)
		free(w->roots[i]);
	free(w->roots);
	pthread_mutex_destroy(&w->lock);
	pthread_cond_destroy(&w->cond);
	free(w);
}

enum watch_mode
watch_mode_now(struct watch *w)
{
	return (enum watch_mode)w->mode_now;
}

bool
watch_take_note(struct watch *w, int *seen, char *buf, size_t n)
{
	bool got = false;

	pthread_mutex_lock(&w->lock);
	if (w->note_seq != *seen) {
		*seen = w->note_seq;
		snprintf(buf, n, "%s", w->note);
		got = true;
	}
	pthread_mutex_unlock(&w->lock);
	return got;
}

bool
watch_has_changes(struct watch *w)
{
	return w->nready > 0;
}

size_t
watch_take(struct watch *w, struct watch_change **out)
{
	size_t n;

	pthread_mutex_lock(&w->lock);
	*out = w->out;
	n = w->nout;
	w->out = NULL;
	w->nout = w->capout = 0;
	w->nready = 0;
	pthread_mutex_unlock(&w->lock);
	return n;
}

void
watch_sync(struct watch *w)
{
	unsigned req;

	if (!w)
		return;
	pthread_mutex_lock(&w->lock);
	req = ++w->sync_req;
	pthread_mutex_unlock(&w->lock);
	wake(w);
	pthread_mutex_lock(&w->lock);
	while (w->sync_done != req && !w->dead)
		pthread_cond_wait(&w->cond, &w->lock);
	pthread_mutex_unlock(&w->lock);
}
