/* ui_loading.c -- the list drawn from the walk while a large corpus's files are read. MIT licence. */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <curses.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "config_file.h"
#include "draw.h"
#include "tty_watch.h"
#include "ui.h"
#include "ui_loading.h"

/*
 * The rows are the walk's, in its order (the files' paths, byte order per folder): the
 * date order the UI opens with needs every date. A row shows its file's path below the
 * corpus until the file is parsed, then its date, title and source as the list draws
 * them, so the screen fills in from the top as the readers go down the list. Only the
 * top of the list is on screen; the title bar counts every file.
 */

static SCREEN *ld_screen;	/* opened here, taken by the UI (ui_loading_take) */
static FILE *ld_out;		/* a script's output stream */
static volatile sig_atomic_t ld_signal;	/* a signal that ends the process came */

static void
on_signal(int sig)
{
	ld_signal = sig;
}

/* Ctrl-C, a hangup or a kill while the screen shows the reading: the terminal is put back,
 * then the signal does what it would have done (the handlers are ours before newterm(),
 * which then leaves them; the UI sets its own). */
static void
catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof *sigs; i++)
		sigaction(sigs[i], &sa, NULL);
}

static void
end_by_signal(void)
{
	int sig = ld_signal;

	curs_set(1);
	endwin();
	signal(sig, SIG_DFL);
	raise(sig);
	_exit(128 + sig);
}

/* The path of a file below the path given that holds it (the whole path else). */
static const char *
below_root(const struct ui_options *opt, const char *path)
{
	size_t i, n;

	for (i = 0; i < opt->npaths; i++) {
		n = strlen(opt->paths[i]);
		while (n > 1 && opt->paths[i][n - 1] == '/')
			n--;
		if (n && strncmp(path, opt->paths[i], n) == 0 && path[n] == '/')
			return path + n + 1;
	}
	return path;
}

/* The title bar: the corpus, cut from the left when long, and the files read; in a
 * narrow screen the counts first ("reading 3/10 files · 30%", else "3/10 · 30%"). */
static void
draw_title(const struct ui_loading *l, const struct corpus_loading *cl)
{
	struct canvas top = { 0, 0, 1, COLS };
	size_t done = corpus_loading_done(cl), total = corpus_loading_total(cl);
	const char *label = l->opt->paths_label ? l->opt->paths_label : "";
	char words[120], path[300], all[440];
	int n, pw, room = COLS - 4;

	snprintf(words, sizeof words, "reading %zu/%zu files · %zu%%", done, total,
		 total ? done * 100 / total : 100);
	if (draw_width(words) > room)
		snprintf(words, sizeof words, "%zu/%zu · %zu%%", done, total,
			 total ? done * 100 / total : 100);
	pw = room - draw_width(words) - 3;
	/* (the path where it fits whole, else 8 columns of it at least) */
	if (label[0] && pw >= (draw_width(label) < 8 ? draw_width(label) : 8)) {
		ui_fit_path(label, pw, path, sizeof path);
		snprintf(all, sizeof all, "%s · %s", path, words);
	} else {
		snprintf(all, sizeof all, "%s", words);
	}
	draw_hline(&top, 0, 0, COLS, AREA_BORDER_FOCUS);
	n = draw_text(&top, 0, 1, " ", 1, AREA_HEADER_FOCUS, 0);
	n += draw_text(&top, 0, 1 + n, all, room, AREA_HEADER_FOCUS, DRAW_ELLIPSIS);
	draw_text(&top, 0, 1 + n, " ", 1, AREA_HEADER_FOCUS, 0);
}

/* Column widths of one draw, the list's rules: the date as wide as the widest shown
 * (`set date-format`, 30 at most), the source as wide as the widest (20 at most) and only
 * beside a title that keeps 60 columns. */
struct cols {
	int date, source;
};

static struct cols
plan(const struct ui_loading *l, const struct canvas *c, const struct corpus_loading *cl)
{
	struct cols k = { 10, 0 };
	size_t i, total = corpus_loading_total(cl);
	char date[64];
	int y, w;

	for (y = 0, i = l->top; y < c->h && i < total; y++, i++) {
		const struct article *a = corpus_loading_article(cl, i);

		if (!a)
			continue;
		ui_date_text(l->opt->cfg, a, date, sizeof date);
		if ((w = draw_width(date)) > k.date)
			k.date = w > 30 ? 30 : w;
		if ((w = draw_width(a->source)) > k.source)
			k.source = w > 20 ? 20 : w;
	}
	if (c->w - 4 - k.date - 1 - 1 - k.source - 1 < 60)
		k.source = 0;
	return k;
}

/* One row: "   DATE TITLE  SOURCE" once parsed (unread, as a new corpus is), else the
 * path dimmed where the title goes. */
static void
draw_row(const struct ui_loading *l, const struct canvas *c, int y,
	 const struct corpus_loading *cl, size_t i, const struct cols *k)
{
	const struct article *a = corpus_loading_article(cl, i);
	int x = 4 + k->date + 1, room = c->w - x - 1 - (k->source ? k->source + 1 : 0);
	char date[64];

	if (!a) {
		draw_text(c, y, x, below_root(l->opt, corpus_loading_path(cl, i)), c->w - x - 1,
			  AREA_DIM, DRAW_ELLIPSIS);
		return;
	}
	draw_cp(c, y, 1, 0x25CF, AREA_UNREAD);
	ui_date_text(l->opt->cfg, a, date, sizeof date);
	draw_text(c, y, 4, date, k->date, a->date_from_mtime ? AREA_DIM : AREA_META,
		  DRAW_ELLIPSIS);
	draw_text(c, y, x, a->title, room, AREA_UNREAD, DRAW_ELLIPSIS);
	if (k->source)
		draw_text(c, y, c->w - k->source - 1, a->source, k->source, AREA_DIM,
			  DRAW_ELLIPSIS);
}

static void
draw(struct ui_loading *l, const struct corpus_loading *cl)
{
	struct canvas whole = { 0, 0, LINES, COLS }, list = { 1, 0, LINES - 3, COLS };
	struct canvas st = { LINES - 1, 0, 1, COLS };
	size_t i, total = corpus_loading_total(cl);
	char msg[80];
	struct cols k;
	int y;

	erase();
	if (!ui_layout_fits(msg, sizeof msg)) {
		draw_text(&whole, LINES / 2, 0, msg, COLS, AREA_ERROR, DRAW_ELLIPSIS);
		refresh();
		return;
	}
	draw_title(l, cl);
	k = plan(l, &list, cl);
	for (y = 0, i = l->top; y < list.h && i < total; y++, i++)
		draw_row(l, &list, y, cl, i, &k);
	draw_hline(&whole, LINES - 2, 0, COLS, AREA_BORDER);
	draw_text(&st, 0, 1, l->hint, COLS - 2, AREA_DIM, DRAW_ELLIPSIS);
	refresh();
}

SCREEN *
ui_screen_open(const struct ui_options *opt, FILE **out)
{
	SCREEN *sc;

	*out = NULL;
	if (opt->script) {
		/* Test mode: no terminal; curses renders to /dev/null, sized by LINES/COLUMNS.
		 * DOSSIER_SCRIPT_OUTPUT keeps what curses sent, for the terminal-safety tests. */
		*out = fopen(getenv("DOSSIER_SCRIPT_OUTPUT") ? getenv("DOSSIER_SCRIPT_OUTPUT")
			     : "/dev/null", "w");
		sc = *out ? newterm(NULL, *out, stdin) : NULL;
	} else {
		sc = newterm(NULL, stdout, stdin);
	}
	if (!sc) {
		if (*out)
			fclose(*out);
		*out = NULL;
		return NULL;
	}
	set_term(sc);
	cbreak();
	noecho();
	nonl();
	curs_set(0);
	draw_set_styles(opt->cfg);
	draw_init(opt->color && config_options(opt->cfg)->theme != THEME_MONO);
	return sc;
}

static bool
open_screen(struct ui_loading *l)
{
	char keys[64];

	if (l->tty_watching) {
		/* Keys typed so far are the UI's first; from here curses reads them. */
		l->nkeys = tty_watch_end(l->keys);
		l->tty_watching = false;
	}
	catch_signals();
	if (!(ld_screen = ui_screen_open(l->opt, &ld_out)))
		return false;
	/* Bytes as typed, kept for the UI, which reads them with its own keypad. */
	keypad(stdscr, FALSE);
	/* The quit key as bound (its first binding in the list), for the status line. */
	config_request_keys(l->opt->cfg, REQ_QUIT, CTX_SOURCES, keys, sizeof keys);
	keys[strcspn(keys, " ")] = '\0';
	snprintf(l->hint, sizeof l->hint,
		 "the list opens in its order when every file is read%s%s%s",
		 keys[0] ? " · " : "", keys, keys[0] ? " quits" : "");
	return true;
}

/* A key read while the files are read: the quit key quits, others wait for the UI. */
static void
take_key(struct ui_loading *l)
{
	int ch;

	timeout(60);
	ch = getch();
	if (ld_signal)
		end_by_signal();
	if (ch == ERR || ch == KEY_RESIZE)
		return;
	if (l->is_quit(ch, (void *)l->opt->cfg)) {
		curs_set(1);
		endwin();
		l->quit();
	}
	if (ch >= 0 && ch < 256 && l->nkeys < TTY_WATCH_MAX)
		l->keys[l->nkeys++] = (char)ch;
}

static void
loading_wait(void *ud, const struct corpus_loading *cl)
{
	struct ui_loading *l = ud;
	double now = now_seconds();
	size_t done = corpus_loading_done(cl), total = corpus_loading_total(cl);

	if (!l->since)
		l->since = now;
	/* Not for a load about to end: the UI's screen would follow at once. */
	if (!l->open && !l->failed && (now - l->since) * 1000 >= UI_LOADING_AFTER_MS &&
	    (!done || (now - l->since) * (double)(total - done) / (double)done * 1000
	     >= UI_LOADING_LEFT_MS))
		l->failed = !(l->open = open_screen(l));	/* (the UI says why) */
	if (!l->open) {
		nanosleep(&(struct timespec){ 0, 10000000 }, NULL);
		return;
	}
	if (ld_signal)
		end_by_signal();
	draw(l, cl);
	if (!l->painted) {
		bench_mark("first_paint");
		l->painted = true;
	}
	if (!l->keys_read)
		nanosleep(&(struct timespec){ 0, 60000000 }, NULL);
	else
		take_key(l);
}

void
ui_loading_init(struct ui_loading *l, const struct ui_options *opt,
		int (*is_quit)(int key, void *ud), void (*quit)(void), bool tty_watching,
		char *keys)
{
	memset(l, 0, sizeof *l);
	l->watch.wait = loading_wait;
	l->watch.ud = l;
	l->opt = opt;
	l->is_quit = is_quit;
	l->quit = quit;
	l->tty_watching = tty_watching;
	l->keys_read = !opt->script;
	l->keys = keys;
}

SCREEN *
ui_loading_take(FILE **out)
{
	SCREEN *s = ld_screen;

	*out = ld_out;
	ld_screen = NULL;
	ld_out = NULL;
	if (!s)
		return NULL;
	set_term(s);
	/* A signal that came after the last file was read, before the UI set its own
	 * handlers, ends the process now as it would have then. */
	if (ld_signal)
		end_by_signal();
	return s;
}

void
ui_loading_close(void)
{
	if (!ld_screen)
		return;
	curs_set(1);
	endwin();
	delscreen(ld_screen);
	ld_screen = NULL;
	if (ld_out)
		fclose(ld_out);
	ld_out = NULL;
}
