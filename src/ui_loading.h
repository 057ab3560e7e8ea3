/* ui_loading.h -- the list drawn from the walk while a large corpus's files are read. MIT licence. */
#ifndef DOSSIER_UI_LOADING_H
#define DOSSIER_UI_LOADING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <curses.h>

#include "dossier/corpus.h"

struct ui_options;

/*
 * Reading 100k files takes a second or more after the walk. Rather than a blank terminal,
 * once the reading has taken UI_LOADING_AFTER_MS and is far from done, the screen
 * opens on the files the walk found, in its order, each row filled in (date, title,
 * source) as its file is parsed, with the count read in the title bar. The quit key quits
 * at once; other keys are kept for the UI, which opens on the same screen when every file
 * is read (the list then takes its order). Set l->watch as the corpus's watch.
 */
#define UI_LOADING_AFTER_MS 50
#define UI_LOADING_LEFT_MS 200	/* ... and at this pace would take this long again */

struct ui_loading {
	struct corpus_watch watch;	/* for struct corpus's watch */
	const struct ui_options *opt;	/* cfg, color, script, paths_label */
	int (*is_quit)(int key, void *ud);	/* the quit key in the list (ud: opt->cfg) */
	void (*quit)(void);		/* ends the process; the terminal is already put back */
	bool tty_watching;		/* tty_watch runs until the screen opens */
	bool keys_read;			/* keys come from the terminal (not in a script) */
	char *keys;			/* keys typed meanwhile (TTY_WATCH_MAX), for the UI */
	size_t nkeys;
	double since;			/* when the reading was first waited for (0: not yet) */
	bool open;			/* the screen is on */
	bool painted;			/* drawn once */
	bool failed;			/* the screen could not open: not tried again */
	size_t top;			/* the first row shown */
	char hint[200];			/* the status line, made when the screen opens */
};

void ui_loading_init(struct ui_loading *l, const struct ui_options *opt,
		     int (*is_quit)(int key, void *ud), void (*quit)(void), bool tty_watching,
		     char *keys);
/* The screen it opened, for the UI to go on with (NULL: none); *out the stream a script's
 * screen writes to (else NULL). The screen is the caller's after this. */
SCREEN *ui_loading_take(FILE **out);
/* A curses screen as opt says (a script's on /dev/null or DOSSIER_SCRIPT_OUTPUT, its
 * stream in *out), in cbreak mode without echo or cursor, the styles set; NULL when the
 * terminal cannot be used. */
SCREEN *ui_screen_open(const struct ui_options *opt, FILE **out);
/* Put the terminal back if the UI did not take the screen (the load failed). */
void ui_loading_close(void);

#endif
