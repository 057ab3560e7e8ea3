/* ui.c -- the input loop: keys to requests, the status line, resize and signals. MIT licence. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <curses.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/state.h"
#include "config_file.h"
#include "keys.h"
#include "pane.h"
#include "prompt.h"
#include "script.h"
#include "ui.h"
#include "ui_loading.h"

static volatile sig_atomic_t got_signal;	/* set by the handler, read by the loop */
static SCREEN *screen;				/* owned; the curses screen */
static FILE *script_out;			/* /dev/null output of script mode */
static bool from_loading;			/* the screen showed the files being read */

static const struct pane_ops *const pane_table[PANE_N] = {
	&sources_ops, &reader_ops, &entities_ops, &mentions_ops, &help_ops, &menu_ops,
	&timeline_ops, &diff_ops, &quotes_ops,
};

static void
on_signal(int sig)
{
	got_signal = sig;
}

int
ui_signalled(void)
{
	return got_signal;
}

/* Leave curses (used on exit, on fatal errors and on signals). */
static void
ui_restore_terminal(void)
{
	if (screen && !isendwin()) {
		curs_set(1);
		endwin();
	}
}

static struct termios saved_tty;	/* the terminal as we found it */
static bool have_saved_tty;

/*
 * A crash must not leave the terminal raw and on the alternate screen: put the saved
 * modes back with async-signal-safe calls only, then die of the same signal.
 */
static void
on_crash(int sig)
{
	/* Mouse reporting off (normal, button-event, any-event, SGR), main screen, cursor on. */
	static const char restore[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l"
		"\033[?1049l\033[?25h\033[0m\r\n";
	static const char msg[] = "dossier: crashed; the terminal was restored\n";

	if (screen && !script_out) {
		if (write(STDOUT_FILENO, restore, sizeof restore - 1) < 0) {
			/* nothing more can be done */
		}
		if (have_saved_tty)
			tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
	}
	if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
		/* nothing more can be done */
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;	/* no SA_RESTART: a blocked read returns at once */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
	if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_tty) == 0)
		have_saved_tty = true;
	util_fatal_hook = ui_restore_terminal;
}

static void vstatus(struct ui *ui, bool error, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

static void
vstatus(struct ui *ui, bool error, const char *fmt, va_list ap)
{
	vsnprintf(ui->status.text, sizeof ui->status.text, fmt, ap);
	ui->status.error = error;
}

void
ui_report(struct ui *ui, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vstatus(ui, false, fmt, ap);
	va_end(ap);
}

void
ui_error(struct ui *ui, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vstatus(ui, true, fmt, ap);
	va_end(ap);
	/* Into this run's log (:messages), but not what a live prompt says as one types. */
	if (ui->in.prompt->kind == PROMPT_NONE)
		ui_log(ui, ui->status.text);
}

FILE *
ui_output(void)
{
	return script_out ? script_out : stdout;
}

bool
ui_index_ready(const struct ui *ui)
{
	return !ui->progress || ui->progress->stage == INDEX_READY;
}

bool
ui_quotes_pending(const struct ui *ui)
{
	return ui->progress && ui->progress->quoting;
}

const char *
ui_index_verb(const struct ui *ui)
{
	return ui->progress && ui->progress->updating ? "updating" : "indexing";
}


void
ui_show_article(struct ui *ui, uint32_t id, bool mark_read)
{
	size_t i;
	int p;

	if (id >= ui->corpus->n || ui->corpus->arts[id]->gone)
		return;		/* (its file went while the TUI ran) */
	ui->tri.aflags[id] &= (uint8_t)~AF_NEW;	/* seen: no longer marked new */
	for (i = 0; i < ui->list.norder && ui->list.order[i] != id; i++)
		;
	/* Folded into its story's row: the story unfolds to show it. */
	if (i == ui->list.norder && ui_cluster_reveal(ui, id))
		for (i = 0; i < ui->list.norder && ui->list.order[i] != id; i++)
			;
	if (i < ui->list.norder)
		ui->list.cursor = i;
	if (mark_read && (long)id != ui->sel.article && !ui->jumps.walking)
		ui_push_jump(ui);
	if ((long)id != ui->sel.article) {
		ui->sel.mention = ui->sel.mention_end = -1;
		ui_reader_show(ui, -1);
	}
	if ((long)id != ui->sel.article)
		ui->tri.dwell_spent = false;
	/* Opened: its text is read now if the persistent index only listed it. */
	article_load(ui->corpus->arts[id]);
	ui->sel.article = id;
	ui->tri.shown_at = now_seconds();
	if (mark_read)
		ui_mark_read(ui, id);
	for (p = 0; p < PANE_MAIN; p++)
		if (pane_table[p]->article_changed)
			pane_table[p]->article_changed(ui->panes[p], ui);
}

void
ui_show_none(struct ui *ui)
{
	int p;

	if (ui->sel.article < 0)
		return;
	ui->sel.article = -1;
	ui->sel.mention = ui->sel.mention_end = -1;
	ui_reader_show(ui, -1);
	for (p = 0; p < PANE_MAIN; p++)
		if (pane_table[p]->article_changed)
			pane_table[p]->article_changed(ui->panes[p], ui);
}

void
ui_step_article(struct ui *ui, int delta)
{
	size_t pos = ui->list.cursor;

	if (!ui->list.norder)
		return;
	/* From the article in the reader, when it is in the list. */
	if (ui->sel.article >= 0 && ui->list.order[ui->list.cursor] != (uint32_t)ui->sel.article)
		ui_show_article(ui, ui->list.order[pos], true);
	else if (delta > 0 && pos + 1 < ui->list.norder)
		ui_show_article(ui, ui->list.order[pos + 1], true);
	else if (delta < 0 && pos > 0)
		ui_show_article(ui, ui->list.order[pos - 1], true);
	else
		ui_report(ui, delta > 0 ? "Last article" : "First article");
}

static void
focus(struct ui *ui, enum pane_id id)
{
	ui->focus = id;
}

void
ui_no_entity(struct ui *ui)
{
	ui_report(ui, "No entity selected: pick one in the sidebar (3), or e/E in the reader");
}

/* Entity features need the finished index; say so instead of showing partial answers. */
static bool
entities_ready(struct ui *ui)
{
	if (!ui_index_ready(ui)) {
		ui_report(ui, "Entities are still being indexed (%zu%%)…", ui->progress->total ?
			  ui->progress->done * 100 / ui->progress->total : 0);
		return false;
	}
	if (ui->sel.entity < 0) {
		ui_no_entity(ui);
		return false;
	}
	return true;
}

void
ui_open_view(struct ui *ui, enum pane_id view)
{
	if (!entities_ready(ui))
		return;
	if (view == PANE_QUOTES && ui_quotes_pending(ui)) {
		ui_report(ui, "The quotes are still being counted: try again in a moment");
		return;
	}
	ui_view_push(ui, view);
	pane_table[view]->article_changed(ui->panes[view], ui);
}

void
ui_quit(struct ui *ui)
{
	/* A second quit while saves wait gives up on them (ui_save_may_quit): no question. */
	if (config_options(ui->opt.cfg)->confirm_quit && !ui->save.quitting)
		ui_prompt(ui, PROMPT_QUIT, "Quit dossier? (y/n) ", "");
	else
		ui->quit = true;
}

/* Requests that mean the same in every pane. */
static void
generic_request(struct ui *ui, enum request req, int key)
{
	char name[32];

	switch (req) {
	case REQ_FOCUS_NEXT: focus(ui, (enum pane_id)((ui->focus + 1) % PANE_MAIN)); break;
	case REQ_FOCUS_PREV: focus(ui, (enum pane_id)((ui->focus + PANE_MAIN - 1) % PANE_MAIN)); break;
	case REQ_FOCUS_SOURCES: focus(ui, PANE_SOURCES); break;
	case REQ_FOCUS_READER: focus(ui, PANE_READER); break;
	case REQ_FOCUS_ENTITIES: focus(ui, PANE_ENTITIES); break;
	case REQ_NEXT_ARTICLE: ui_step_article(ui, 1); break;
	case REQ_PREV_ARTICLE: ui_step_article(ui, -1); break;
	case REQ_SORT: case REQ_SORT_REVERSE: ui_sort_request(ui, req); break;
	case REQ_ZOOM: case REQ_LAYOUT: ui_layout_request(ui, req); break;
	case REQ_TOGGLE_BOILERPLATE:
		ui->hide_boilerplate = !ui->hide_boilerplate;
		if (pane_table[PANE_READER]->article_changed)
			pane_table[PANE_READER]->article_changed(ui->panes[PANE_READER], ui);
		ui_report(ui, ui->hide_boilerplate ? "Boilerplate hidden" : "Boilerplate shown");
		break;
	case REQ_HELP: ui_help_open(ui); break;
	case REQ_BACK:
		if (ui_view_pop(ui))
			break;	/* back to the view this screen was opened from */
		if (ui->focus == PANE_SOURCES)
			ui_quit(ui);
		else
			focus(ui, ui->focus == PANE_ENTITIES ? PANE_READER : PANE_SOURCES);
		break;
	case REQ_QUIT: ui_quit(ui); break;
	case REQ_REDRAW: clearok(curscr, TRUE); break;
	case REQ_MENTIONS_VIEW: ui_open_view(ui, PANE_MENTIONS); break;
	case REQ_TIMELINE: ui_open_view(ui, PANE_TIMELINE); break;
	case REQ_QUOTES_VIEW: ui_open_view(ui, PANE_QUOTES); break;
	case REQ_COOCCUR:
		if (!entities_ready(ui))
			break;
		ui_sidebar_cooccur(ui, ui->sel.entity);
		focus(ui, PANE_ENTITIES);
		break;
	case REQ_SIDEBAR_SCOPE:
		ui_sidebar_scope(ui);
		break;
	case REQ_TYPE_FILTER:
		ui_sidebar_next_type(ui);
		break;
	case REQ_CANCEL:
		if (ui->sidebar_overlay && ui->focus == PANE_ENTITIES)
			focus(ui, PANE_READER);
		else if (!ui_sidebar_uncooccur(ui))
			ui_nav_request(ui, REQ_CLEAR_FILTER);
		break;
	case REQ_SEARCH:
	case REQ_FILTER:
		ui_prompt(ui, PROMPT_FILTER, "Filter: ", ui->list.filter_label);
		break;
	case REQ_COMMAND:
		ui_prompt(ui, PROMPT_COMMAND, ":", "");
		break;
	case REQ_NONE:
		keys_name(key, name, sizeof name);
		ui_report(ui, "Unknown key %s, press ? for help", name);
		break;
	default: break;	/* a pane request that does not apply here */
	}
}

/*
 * The request for key, after a pending first key if there is one. Returns false while a
 * two-key sequence waits for its second key. When the second key completes nothing, the
 * first does what it does alone and *replay is the second key, to be handled anew.
 */
static bool
key_request(struct ui *ui, enum key_context ctx, int key, enum request *req, int *replay)
{
	int keys[2];
	size_t n = 0;
	enum keys_match m;
	char name[32];

	*replay = 0;
	if (ui->in.pending_key && key == 27) {
		ui->in.pending_key = 0;	/* Esc abandons a sequence */
		ui->status.text[0] = '\0';
		return false;
	}
	if (ui->in.pending_key)
		keys[n++] = ui->in.pending_key;
	keys[n++] = key;
	m = config_lookup_seq(ui->opt.cfg, ctx, keys, n, req);
	if (m == KEYS_MORE) {
		ui->in.pending_key = key;
		ui->in.pending_req = *req;
		keys_name(key, name, sizeof name);
		ui_report(ui, "%s-", name);
		return false;
	}
	if (n == 2 && m == KEYS_NONE) {
		*req = ui->in.pending_req;
		*replay = key;
	}
	ui->in.pending_key = 0;
	return true;
}

static void dispatch_request(struct ui *ui, enum request req, int key);

static void
dispatch(struct ui *ui, int key)
{
	enum pane_id id = ui_top(ui);
	enum request req;
	int replay, first = ui->in.pending_key ? ui->in.pending_key : key;

	if (ui->in.prompt->kind != PROMPT_NONE) {
		ui->in.pending_key = 0;
		ui_prompt_input(ui, key);
		return;
	}
	/* Quitting waits for the saves; a failed save is seen before Enter or Esc does more. */
	if ((ui->save.quitting || ui->save.failed[0]) &&
	    (ui_save_quit_key(ui, key) || (!ui->in.pending_key && ui_save_ack(ui, key))))
		return;
	if (ui_corr_select_key(ui, key))	/* V's selection has the keys */
		return;
	if (!key_request(ui, pane_table[id]->ctx, key, &req, &replay))
		return;
	dispatch_request(ui, req, first);
	if (replay)
		dispatch(ui, replay);
}

static void
dispatch_request(struct ui *ui, enum request req, int key)
{
	enum pane_id id = ui_top(ui);
	struct pane *p = ui->panes[id];
	const struct pane_ops *ops = pane_table[id];

	ui->status.text[0] = '\0';
	if (req != REQ_NONE && ops->request(p, ui, req))
		return;
	/* A view's q and Esc go back to what it was opened from; the help and the pick
	 * lists keep every other key to themselves. */
	if (ui_is_view(id) && (req == REQ_BACK || req == REQ_CANCEL)) {
		ui_view_pop(ui);
		return;
	}
	if (id == PANE_HELP || id == PANE_MENU) {
		if (req == REQ_REDRAW)
			clearok(curscr, TRUE);
		return;
	}
	if (ui_nav_request(ui, req) || ui_triage_request(ui, req) || ui_extern_request(ui, req) ||
	    ui_corr_request(ui, req) || ui_cluster_request(ui, req) || ui_live_request(ui, req))
		return;
	generic_request(ui, req, key);
}

/* Once read while shown, the dwell is spent: undoing a mark-all-read (or r) must not mark
 * the open article read again at once. Checked before every key. */
static void
dwell_check_read(struct ui *ui)
{
	if (ui->sel.article >= 0 && (ui->tri.aflags[ui->sel.article] & AF_READ))
		ui->tri.dwell_spent = true;
}

int
ui_dwell_left(struct ui *ui)
{
	double left;

	dwell_check_read(ui);
	if (ui->sel.article < 0 || ui->tri.dwell <= 0 || ui->tri.dwell_spent)
		return -1;
	left = ui->tri.shown_at + ui->tri.dwell - now_seconds();
	return left <= 0 ? 0 : (int)(left * 1000) + 1;
}

/* A curses function key as dossier's own code (keys.h): only this file knows curses'. */
static int
key_of_curses(int wch)
{
	static const struct { int curses, key; } map[] = {
		{ KEY_UP, DK_UP }, { KEY_DOWN, DK_DOWN }, { KEY_LEFT, DK_LEFT },
		{ KEY_RIGHT, DK_RIGHT }, { KEY_NPAGE, DK_NPAGE }, { KEY_PPAGE, DK_PPAGE },
		{ KEY_HOME, DK_HOME }, { KEY_END, DK_END }, { KEY_IC, DK_IC }, { KEY_DC, DK_DC },
		{ KEY_BACKSPACE, DK_BACKSPACE }, { KEY_BTAB, DK_BTAB }, { KEY_ENTER, DK_ENTER },
		{ KEY_MOUSE, DK_MOUSE }, { KEY_RESIZE, DK_RESIZE },
	};
	size_t i;

	for (i = 0; i < sizeof map / sizeof *map; i++)
		if (map[i].curses == wch)
			return map[i].key;
	if (wch >= KEY_F(1) && wch <= KEY_F(12))
		return DK_F(wch - KEY_F0);
	return DK_CURSES + wch;
}

/* Read one key: from the script in test mode, else from curses. -1 ends the loop. */
static int
read_key(struct ui *ui)
{
	wint_t wch;
	int r;

	if (ui->opt.script)
		return script_next_key(ui);
	/* While the user types into a live prompt, apply the text once typing pauses. */
	{
		/* Wake for whichever comes first: typing paused, the dwell, indexing progress. */
		int wait = ui->in.prompt->dirty ? 40 : -1, dw = ui_dwell_left(ui);

		if (dw >= 0 && (wait < 0 || dw < wait))
			wait = dw;
		/* Woken to fold the list as soon as the story clusters are found. */
		if ((!ui_index_ready(ui) || ui_quotes_pending(ui) || (ui->progress &&
		     (ui->progress->saving || !ui->progress->clusters_done))) &&
		    (wait < 0 || wait > 100))
			wait = 100;
		/* Saves waiting for another process are retried while keys keep working. */
		if ((dw = ui_save_wait_ms(ui)) >= 0 && (wait < 0 || dw < wait))
			wait = dw;
		/* The live folder's changes: looked for now and then, applied between keys. */
		if ((dw = ui_live_wait_ms(ui)) >= 0 && (wait < 0 || dw < wait))
			wait = dw;
		timeout(wait);
	}
	r = get_wch(&wch);
	if (r == ERR) {
		if (ui->in.prompt->dirty)
			ui_prompt_live(ui, prompt_text(ui->in.prompt));
		if (ui_dwell_left(ui) == 0)
			ui_mark_read(ui, (uint32_t)ui->sel.article);
		return 0;	/* timeout or a signal: redraw */
	}
	if (r == KEY_CODE_YES && wch == KEY_MOUSE)
		return ui_mouse_read(ui) ? DK_MOUSE : 0;
	if (r == KEY_CODE_YES)
		return key_of_curses((int)wch);
	return (int)wch;
}

/* A line the index builder left for the status bar (the cache), shown once. */
static void
builder_note(struct ui *ui)
{
	char note[1024];
	bool error;

	if (!ui->progress || !index_progress_take_note(ui->progress, &ui->status.note_seen, note,
						       sizeof note, &error))
		return;
	if (error)
		ui_error(ui, "dossier: %s", note);
	else
		ui_report(ui, "%s", note);
}

/* The set shown while an update made the entities again goes once the index is ready
 * (nothing kept a pointer into it: the sidebar's rows are ids, made again for the new
 * set; nothing was selected from it). */
static void
stale_done(struct ui *ui)
{
	struct entity_set *old;

	if (ui->ix && ui_index_ready(ui) && (old = index_take_stale(ui->ix)))
		entity_set_free(old);
}

static void
ui_loop(struct ui *ui)
{
	bool painted = false;
	double t = 0;

	for (;;) {
		int key;

		ui_save_tick(ui);
		if (got_signal || (ui->quit && ui_save_may_quit(ui)))
			break;
		builder_note(ui);
		stale_done(ui);
		ui_clusters_poll(ui);
		ui_live_tick(ui);
		ui_draw_screen(ui);
		if (!painted) {
			/* The list in its order; the first paint was the files being read's when
			 * their screen showed (ui_loading.c). */
			if (!from_loading)
				bench_mark("first_paint");
			bench_mark("list_ordered");
			painted = true;
		} else if (t > 0) {
			bench_value("key", now_seconds() - t);	/* key press to screen */
		}
		dwell_check_read(ui);
		key = read_key(ui);
		t = now_seconds();
		ui_prompt_when_ready(ui);
		if (key < 0 && ui->opt.script && !got_signal)
			ui_save_drain(ui);
		if (key < 0 || got_signal)
			break;
		if (key == 0)
			continue;
		if (key == DK_RESIZE) {
			/* The next draw lays the screen out anew, and repaints all of it: after
			 * a shrink some terminals keep stale rows that curses believes are
			 * right (the tmux resize test saw row 0 stay old for 10 s). */
			clearok(curscr, TRUE);
			continue;
		}
		ui->keyed = true;
		if (key == DK_MOUSE) {
			ui_mouse(ui, &ui->mouse_ev);	/* real or from a script's :mouse */
			continue;
		}
		if (ui->too_small && key != 'Q' && key != 'q')
			continue;
		dispatch(ui, key);
	}
}

/* Config errors were on stderr before the screen opened: every one goes to :messages;
 * the status line counts them first, so a line cut at the screen's edge still says so. */
static void
show_config_errors(struct ui *ui, const struct config *cfg)
{
	const char *const *msgs;
	size_t i, nerr = config_errors(cfg, &msgs);

	for (i = 0; i < nerr; i++)
		ui_log(ui, msgs[i]);
	if (nerr == 1)
		snprintf(ui->status.text, sizeof ui->status.text, "%s", msgs[0]);
	else if (nerr > 1)
		snprintf(ui->status.text, sizeof ui->status.text,
			 "%zu config errors (:messages lists them): %s", nerr, msgs[0]);
	ui->status.error = nerr > 0;
}

static bool
start_curses(struct ui *ui)
{
	size_t i;

	if (ui->opt.script && !script_open(ui->opt.script)) {
		warnx_("cannot read script %s", ui->opt.script);
		return false;
	}
	/* The screen that showed the files being read goes on (ui_loading.c). */
	screen = ui_loading_take(&script_out);
	from_loading = screen != NULL;
	if (!screen && !(screen = ui_screen_open(&ui->opt, &script_out))) {
		warnx_("cannot start the screen: unknown terminal type \"%s\"",
		       getenv("TERM") ? getenv("TERM") : "");
		return false;
	}
	keypad(stdscr, TRUE);
	set_escdelay(25);
	ui_mouse_enable(ui);
	/* Keys typed while the corpus loaded come first; ungetch() pushes onto a stack. */
	for (i = ui->opt.ntypeahead; i > 0; i--)
		ungetch((unsigned char)ui->opt.typeahead[i - 1]);
	return true;
}

/* struct ui before the screen opens: the options, an unfiltered list, empty selections. */
static void
ui_init(struct ui *ui, struct index *ix, const struct corpus *c, const struct ui_options *opt,
	struct index_progress *progress)
{
	const struct config_options *o = config_options(opt->cfg);
	size_t i;

	memset(ui, 0, sizeof *ui);
	ui->ix = ix;
	ui->corpus = c;
	ui->opt = *opt;
	ui->progress = progress;
	ui->st = opt->st;
	ui->sel.article = -1;
	ui->sel.entity = ui->sel.mention = ui->sel.mention_end = -1;
	ui->list.kept = -1;
	ui->find.article = -1;
	ui->in.prompt = xcalloc(1, sizeof *ui->in.prompt);
	ui->tri.aflags = xcalloc(c->n ? c->n : 1, sizeof *ui->tri.aflags);
	ui->tri.atags = xcalloc(c->n ? c->n : 1, sizeof *ui->tri.atags);
	ui->tri.dwell = o->mark_read_dwell;
	ui->tri.auto_advance = o->auto_advance;
	ui->hide_boilerplate = o->hide_boilerplate;
	ui->views[0] = VIEW_MAIN;
	ui->nviews = 1;
	/* The first-run hint shows until the help has been opened, in this run or one before. */
	ui->help_seen = !o->first_run_hint || (opt->hint_file && access(opt->hint_file, F_OK) == 0);
	snprintf(ui->status.state_msg, sizeof ui->status.state_msg, "%s",
		 opt->state_msg ? opt->state_msg : "");
	ui->list.order = xcalloc(c->n ? c->n : 1, sizeof *ui->list.order);
	ui->list.sorted_mode = -1;
	ui->list.sort = (enum sort_order)(o->sort / 2 % SORT_N);
	ui->list.reverse = o->sort % 2;
	ui->layout = o->layout;
	for (i = 0; i < c->n; i++)
		ui->list.order[ui->list.norder++] = (uint32_t)i;
	ui_save_start(ui);
	ui_corr_start(ui);
}

/* Everything struct ui owns, from any point after ui_init (panes made or not). */
static void
ui_free(struct ui *ui)
{
	size_t i;
	int p;

	for (p = 0; p < PANE_N; p++)
		if (ui->panes[p]) {
			pane_table[p]->done(ui->panes[p]->priv);
			free(ui->panes[p]);
		}
	ui_live_done(ui);	/* first: its thread stops */
	state_queue_free(ui->save.queue);
	ui_corr_done(ui);
	ui_clusters_free(ui);
	prompt_close(ui->in.prompt);
	free(ui->in.prompt);
	free(ui->jumps.list);
	free(ui->find.hits);
	free(ui->list.prev_label);
	free(ui->list.prev_ids);
	state_strings_free(ui->in.history, ui->in.nhistory);
	for (i = 0; i < ui->corpus->n; i++)
		free(ui->tri.atags[i]);
	free(ui->tri.atags);
	free(ui->tri.aflags);
	free(ui->list.order);
	free(ui->list.sorted_all);
	free(ui->list.sort_mark);
}

int
ui_run(struct index *ix, const struct corpus *c, const struct ui_options *opt,
       struct index_progress *progress, void (*wait_ready)(void *, bool), void *wait_ud)
{
	struct ui ui;
	size_t unsaved;
	int p;

	ui_init(&ui, ix, c, opt, progress);
	install_signals();	/* the key table is config_new()'s: defaults, then the file */
	/* Scripts see a finished build (the prefix table and the cache included): no timing
	 * in tests (bench/ measures the other way). Their end is Q's: what still runs stops. */
	if (opt->script && wait_ready && !getenv("DOSSIER_BENCH_NOWAIT"))
		wait_ready(wait_ud, true);
	if (got_signal) {
		/* SIGTERM while waiting for the index: end now, nothing is on the screen. */
		ui_free(&ui);
		return got_signal != SIGINT ? 128 + got_signal : 0;
	}
	ui.wait_ready = wait_ready;
	ui.wait_ud = wait_ud;
	if (!start_curses(&ui)) {
		ui_free(&ui);
		return 1;
	}
	ui_triage_load(&ui);
	ui_clusters_poll(&ui);	/* a script starts on a finished build: folded at once */
	ui_list_rebuild(&ui, NULL, NULL, 0);	/* no panes yet: the first article opens below */
	show_config_errors(&ui, opt->cfg);
	/* Both go to :messages; the status line keeps the state's, which matters more. */
	if (opt->start_msg && opt->start_msg[0])
		ui_error(&ui, "%s", opt->start_msg);
	if (ui.status.state_msg[0])
		ui_error(&ui, "%s", ui.status.state_msg);
	for (p = 0; p < PANE_N; p++) {
		ui.panes[p] = xcalloc(1, sizeof *ui.panes[p]);
		ui.panes[p]->ops = pane_table[p];
		ui.panes[p]->priv = pane_table[p]->init(&ui);
	}
	ui_sort(&ui);
	ui.list.cursor = 0;
	if (ui.list.norder)
		ui_show_article(&ui, ui.list.order[0], false);
	ui_loop(&ui);
	ui_save_finish(&ui);
	ui_restore_terminal();
	unsaved = ui_save_report(&ui);
	ui_free(&ui);
	delscreen(screen);
	screen = NULL;
	if (script_out)
		fclose(script_out);
	script_close();
	if (got_signal && got_signal != SIGINT)
		return 128 + got_signal;
	return unsaved ? 1 : 0;	/* what was not saved is on stderr */
}
