/* cli_progress.c -- one progress line on stderr while a command reads and indexes the corpus. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "dossier/index.h"
#include "dossier/util.h"
#include "cli_progress.h"

/*
 * A command on 100k articles reads and indexes for many seconds with nothing on the
 * screen (issue 19). A thread redraws one line on stderr every 0.2 s once the work has
 * taken a second: what is done, of how much, and when it should end. Only on a
 * terminal: a log or a pipe gets no \r lines.
 */

#define TICK_MS 200

static pthread_mutex_t line_lock = PTHREAD_MUTEX_INITIALIZER;
static struct cli_progress *shown;	/* the progress whose line is on the screen */

/* "0:07", "12:34" or "1:02:03". */
static void
fmt_eta(char *buf, size_t n, double s)
{
	long t = (long)(s + 0.5);

	if (t >= 3600)
		snprintf(buf, n, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
	else
		snprintf(buf, n, "%ld:%02ld", t / 60, t % 60);
}

/* Seconds left at the rate since the stage began, "" when there is no rate yet. */
static void
eta(char *buf, size_t n, size_t done, size_t total, double started)
{
	double el = now_seconds() - started;

	buf[0] = '\0';
	if (done > 0 && total > done && el > 0.2) {
		double left = el / (double)done * (double)(total - done);
		char t[32];

		if (left < 1)
			return;	/* "0:00 left" says nothing */
		fmt_eta(t, sizeof t, left);
		snprintf(buf, n, ", about %s left", t);
	}
}

/* The line for the current state into buf (no newline). */
static void
describe(struct cli_progress *p, char *buf, size_t n)
{
	struct index_progress *ip = p->ip;
	size_t read = *(volatile size_t *)&p->files_read;
	size_t files = __atomic_load_n(&p->files_total, __ATOMIC_RELAXED);
	int stage = ip ? ip->stage : -1;
	char left[64];

	if (!__atomic_load_n(&p->loaded, __ATOMIC_ACQUIRE) && !files) {
		snprintf(buf, n, "dossier: looking for files");
		return;
	}
	if (!__atomic_load_n(&p->loaded, __ATOMIC_ACQUIRE)) {
		eta(left, sizeof left, read, files, p->t0);
		snprintf(buf, n, "dossier: %zu of %zu files read%s", read, files, left);
		return;
	}
	if (!p->t_index)
		p->t_index = now_seconds();
	if (!ip || !__atomic_load_n(&p->building, __ATOMIC_ACQUIRE)) {
		snprintf(buf, n, "dossier: %zu files read", files);
	} else if (ip->updating && stage != INDEX_READY) {
		snprintf(buf, n, "dossier: %zu files read, updating the index (%zu%%)", files,
			 ip->total ? (size_t)ip->done * 100 / ip->total : 0);
	} else if (stage == INDEX_TEXT && ip->done < ip->total) {
		eta(left, sizeof left, ip->done, ip->total, p->t_index);
		snprintf(buf, n, "dossier: %zu files read, indexing (%zu%%)%s", files,
			 (size_t)ip->done * 100 / ip->total, left);
	} else if (stage != INDEX_READY) {
		snprintf(buf, n, "dossier: %zu files read, %zu indexed, extracting entities",
			 files, (size_t)ip->total);
	} else {
		snprintf(buf, n, "dossier: %zu files read, %zu indexed, entities found, %s",
			 files, (size_t)ip->total, ip->saving ? "writing the cache" :
			 "finishing");
	}
}

/* Rewrite the line, cut to the terminal's width (a wrapped line would not be rewritten). */
static void
draw(struct cli_progress *p)
{
	struct winsize ws;
	char buf[256];
	size_t w = sizeof buf - 1;

	describe(p, buf, sizeof buf);
	if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1 && (size_t)ws.ws_col - 1 < w)
		w = (size_t)ws.ws_col - 1;
	if (strlen(buf) > w)
		buf[w] = '\0';
	pthread_mutex_lock(&line_lock);
	fprintf(stderr, "\r%s\033[K", buf);
	fflush(stderr);
	shown = p;
	pthread_mutex_unlock(&line_lock);
}

static void *
progress_thread(void *ud)
{
	struct cli_progress *p = ud;
	const struct timespec tick = { 0, TICK_MS * 1000L * 1000L };

	while (!__atomic_load_n(&p->stop, __ATOMIC_ACQUIRE)) {
		if (now_seconds() - p->t0 >= p->delay)
			draw(p);
		nanosleep(&tick, NULL);
	}
	return NULL;
}

void
cli_progress_start(struct cli_progress *p, struct index_progress *ip)
{
	const char *d = getenv("DOSSIER_PROGRESS_DELAY");

	memset(p, 0, sizeof *p);
	p->ip = ip;
	p->t0 = now_seconds();
	/* Tests set the delay to 0 to see the line on a small corpus. */
	p->delay = d && *d ? atof(d) : 1.0;
	if (!isatty(STDERR_FILENO))
		return;
	p->running = pthread_create(&p->th, NULL, progress_thread, p) == 0;
}

void
cli_progress_clear(void)
{
	pthread_mutex_lock(&line_lock);
	if (shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		shown = NULL;
	}
	pthread_mutex_unlock(&line_lock);
}

void
cli_progress_stop(struct cli_progress *p)
{
	if (!p->running)
		return;
	__atomic_store_n(&p->stop, 1, __ATOMIC_RELEASE);
	pthread_join(p->th, NULL);
	p->running = false;
	cli_progress_clear();
}
