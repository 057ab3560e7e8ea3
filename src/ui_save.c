/* ui_save.c -- saving triage without freezing: queued saves, failures kept in sight, :messages. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <curses.h>

#include "dossier/corpus.h"
#include "dossier/state.h"
#include "dossier/util.h"
#include "config_file.h"
#include "keys.h"
#include "prompt.h"
#include "ui.h"

/*
 * One try waits this long for another process (SQLite's busy timeout): short enough that
 * a key typed meanwhile is answered without a noticeable pause. Waiting saves are tried
 * again every SAVE_RETRY_MS from the loop.
 */
#define SAVE_WAIT_MS 150
#define SAVE_RETRY_MS 250
#define LOG_MAX 1000		/* messages kept for :messages; the oldest go first */

static void
keep_unsaved(struct ui *ui, const char *what, const char *why)
{
	struct sbuf b = {0};

	sb_printf(&b, "%s (%s)", what, why);
	ui->save.unsaved = xrealloc(ui->save.unsaved, (ui->save.nunsaved + 1) * sizeof *ui->save.unsaved);
	ui->save.unsaved[ui->save.nunsaved++] = b.data;
}

void
ui_log(struct ui *ui, const char *msg)
{
	char stamp[16], *line;
	time_t now = time(NULL);
	struct tm tm;
	size_t n;

	/* The same message again (a key pressed twice) is one line. */
	if (ui->status.nlog && strcmp(strchr(ui->status.log[ui->status.nlog - 1], ' ') + 1, msg) == 0)
		return;
	if (ui->status.nlog == LOG_MAX) {
		free(ui->status.log[0]);
		memmove(ui->status.log, ui->status.log + 1, --ui->status.nlog * sizeof *ui->status.log);
	}
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%H:%M:%S", &tm);
	n = strlen(stamp) + strlen(msg) + 2;
	line = xmalloc(n);
	snprintf(line, n, "%s %s", stamp, msg);
	xgrow((void **)&ui->status.log, &ui->status.caplog, ui->status.nlog + 1, sizeof *ui->status.log);
	ui->status.log[ui->status.nlog++] = line;
}

void
ui_messages_open(struct ui *ui)
{
	size_t i;

	if (!ui->status.nlog) {
		ui_report(ui, "No errors or warnings in this run");
		return;
	}
	ui_menu_open(ui, MENU_MESSAGES, "Messages of this run (errors and warnings) · q closes");
	for (i = 0; i < ui->status.nlog; i++)
		ui_menu_add(ui, ui->status.log[i], "");
	ui_menu_select(ui, ui->status.nlog - 1);	/* the newest, at the bottom */
}

/* A save failed for good: in sight until acknowledged, in the log, and on stderr at exit. */
static void
failed(struct ui *ui, char **what, size_t n)
{
	const char *why = state_error(ui->st);
	char line[600];
	size_t i;

	snprintf(ui->save.failed, sizeof ui->save.failed, "Not saved: %s%s", why,
		 n > 1 ? " (and the changes made after it: :messages lists them)" : "");
	ui_log(ui, ui->save.failed);
	for (i = 0; i < n; i++) {
		snprintf(line, sizeof line, "Not saved: %s", what[i]);
		if (n > 1)
			ui_log(ui, line);
		keep_unsaved(ui, what[i], why);
	}
}

void
ui_save_start(struct ui *ui)
{
	if (!ui->st)
		return;
	state_set_wait(ui->st, SAVE_WAIT_MS);
	ui->save.queue = state_queue_new(ui->st);
}

/* The result of a save made now, or queued. */
static int
settle(struct ui *ui, int rc, char *what)
{
	if (rc == STATE_PENDING) {
		ui->save.waited = true;
		ui->save.tried = now_seconds();
	} else if (rc != STATE_OK && rc != STATE_NONE) {
		failed(ui, &what, 1);
	}
	return rc;
}

int
ui_save(struct ui *ui, const struct state_op *ops, size_t nops, const uint32_t *ids,
	size_t n)
{
	const char **hashes = xmalloc((n ? n : 1) * sizeof *hashes);
	char *what = state_describe(ops, nops, n);
	size_t i;
	int rc;

	for (i = 0; i < n; i++)
		hashes[i] = ui->corpus->arts[ids[i]]->hash;
	rc = state_queue_apply(ui->save.queue, ops, nops, hashes, n, what);
	if (rc == STATE_PENDING)
		ui_triage_mirror_ops(ui, ops, nops, ids, n);
	settle(ui, rc, what);
	free(what);
	free(hashes);
	return rc;
}

int
ui_save_undo(struct ui *ui, bool redo, const char **desc)
{
	char what[32];

	snprintf(what, sizeof what, "%s", redo ? "redo" : "undo");
	return settle(ui, state_queue_undo(ui->save.queue, redo, desc), what);
}

/* Try what waits now; the mirror is read again once nothing waits any more. */
static void
flush(struct ui *ui)
{
	char **dropped;
	size_t n;
	int rc;

	ui->save.tried = now_seconds();
	rc = state_queue_flush(ui->save.queue, config_options(ui->opt.cfg)->save_wait, &dropped, &n);
	if (rc == STATE_PENDING)
		return;
	if (rc != STATE_OK)
		failed(ui, dropped, n);
	state_strings_free(dropped, n);
	if (ui->save.waited) {
		ui->save.waited = false;
		ui_triage_reload(ui);
	}
}

void
ui_save_blocking(struct ui *ui, bool on)
{
	if (!ui->save.queue)
		return;
	state_set_wait(ui->st, on ? 0 : SAVE_WAIT_MS);
	if (on && state_queue_pending(ui->save.queue))
		flush(ui);
}

void
ui_save_tick(struct ui *ui)
{
	if (ui->save.queue && state_queue_pending(ui->save.queue) &&
	    (now_seconds() - ui->save.tried) * 1000 >= SAVE_RETRY_MS)
		flush(ui);
}

int
ui_save_wait_ms(const struct ui *ui)
{
	double left;

	if (!ui->save.queue || !state_queue_pending(ui->save.queue))
		return -1;
	left = SAVE_RETRY_MS - (now_seconds() - ui->save.tried) * 1000;
	return left <= 0 ? 0 : (int)left + 1;
}

bool
ui_save_notice(const struct ui *ui, char *buf, size_t n, bool *error)
{
	size_t waiting = ui->save.queue ? state_queue_pending(ui->save.queue) : 0;

	*error = ui->save.failed[0] != '\0';
	if (*error)
		snprintf(buf, n, "%s", ui->save.failed);
	else if (waiting && ui->save.quitting)
		snprintf(buf, n, "Quitting once %zu change%s saved: another process holds the "
			 "state file · Q quits now", waiting, waiting == 1 ? " is" : "s are");
	else if (waiting)
		snprintf(buf, n, "Waiting to save %s: another process holds the state file "
			 "(%zu change%s waiting)", state_queue_first(ui->save.queue), waiting,
			 waiting == 1 ? "" : "s");
	return *error || waiting;
}

bool
ui_save_ack(struct ui *ui, int key)
{
	if (!ui->save.failed[0] ||
	    (key != 27 && key != '\r' && key != '\n' && key != DK_ENTER))
		return false;
	ui->save.failed[0] = '\0';
	return true;
}

bool
ui_save_may_quit(struct ui *ui)
{
	if (!ui->save.queue || !state_queue_pending(ui->save.queue))
		return true;
	if (!ui->save.quitting) {
		ui->save.quitting = true;
		flush(ui);	/* the wait may be over already */
	}
	return !state_queue_pending(ui->save.queue);
}

bool
ui_save_quit_key(struct ui *ui, int key)
{
	if (!ui->save.quitting)
		return false;
	/* Q or q again: leave now; what still waits is reported as not saved. */
	if (key == 'Q' || key == 'q')
		ui_save_finish(ui);
	return true;	/* other keys wait with the saves */
}

/* Script mode's end is a Q: what waits for the file is tried until it is saved or
 * save-wait gives up (then said on stderr and in the exit status, as at any quit). */
void
ui_save_drain(struct ui *ui)
{
	while (ui->save.queue && state_queue_pending(ui->save.queue)) {
		flush(ui);
		if (state_queue_pending(ui->save.queue))
			nanosleep(&(struct timespec){ 0, 100000000L }, NULL);
	}
}

void
ui_save_finish(struct ui *ui)
{
	char **dropped;
	size_t i, n;

	if (!ui->save.queue || !state_queue_pending(ui->save.queue))
		return;
	flush(ui);
	if (!state_queue_pending(ui->save.queue))
		return;
	state_queue_abandon(ui->save.queue, &dropped, &n);
	for (i = 0; i < n; i++)
		keep_unsaved(ui, dropped[i], "another process held the state file until dossier quit");
	state_strings_free(dropped, n);
}

size_t
ui_save_report(struct ui *ui)
{
	size_t i, n = ui->save.nunsaved;

	for (i = 0; i < ui->save.nunsaved; i++)
		warnx_("not saved: %s", ui->save.unsaved[i]);
	state_strings_free(ui->save.unsaved, ui->save.nunsaved);
	state_strings_free(ui->status.log, ui->status.nlog);
	state_queue_free(ui->save.queue);
	ui->save.queue = NULL;
	return n;
}
