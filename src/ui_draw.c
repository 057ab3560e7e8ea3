/* ui_draw.c -- the frame: pane layout, headers, the title counts, the status line. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <curses.h>

#include "dossier/corpus.h"
#include "dossier/text.h"
#include "config_file.h"
#include "pane.h"
#include "prompt.h"
#include "ui.h"

#define MIN_COLS 40
#define MIN_LINES 10
#define WIDE_COLS 100	/* below this the sidebar folds into an overlay */

void
ui_layout(struct ui *ui, struct ui_layout *l)
{
	const struct config_options *o = config_options(ui->opt.cfg);
	int W = COLS, h = LINES - 3;	/* header row, bottom rule, status line */
	int lw, sw, rw, x0, id;

	memset(l, 0, sizeof *l);
	l->content_h = h;
	ui->sidebar_overlay = W < WIDE_COLS;
	lw = W * 3 / 10;
	lw = lw < 24 ? 24 : lw > 60 ? 60 : lw;
	if (ui->sidebar_overlay) {
		sw = 0;
		rw = W - lw - 1;
	} else {
		sw = o->sidebar_width ? o->sidebar_width : W / 5 < 26 ? 26 : W / 5 > 40 ? 40 : W / 5;
		sw = sw > W - lw - 22 ? W - lw - 22 : sw;	/* the reader keeps 20 columns */
		rw = W - lw - sw - 2;
	}
	/* set sidebar-side = left: the sidebar first, the list and the reader after it. */
	x0 = !ui->sidebar_overlay && o->sidebar_side == SIDEBAR_LEFT ? sw + 1 : 0;
	l->pane[PANE_SOURCES] = (struct canvas){ 1, x0, h, lw };
	l->pane[PANE_READER] = (struct canvas){ 1, x0 + lw + 1, h, rw };
	l->visible[PANE_SOURCES] = l->visible[PANE_READER] = true;
	if (!ui->sidebar_overlay) {
		l->pane[PANE_ENTITIES] = (struct canvas){ 1, x0 ? 0 : lw + rw + 2, h, sw };
		l->visible[PANE_ENTITIES] = true;
	} else if (ui->focus == PANE_ENTITIES) {
		sw = W / 2 < 26 ? 26 : W / 2 > 40 ? 40 : W / 2;
		l->pane[PANE_ENTITIES] = (struct canvas){ 1, W - sw, h, sw };
		l->visible[PANE_ENTITIES] = true;
	}
	/* The full-screen views (concordance, help, pick list) cover the three panes. */
	for (id = PANE_MAIN; id < PANE_N; id++) {
		l->pane[id] = (struct canvas){ 1, 0, h, W };
		l->visible[id] = false;
	}
	if (ui_is_view(ui_top(ui))) {
		l->visible[ui_top(ui)] = true;
		l->visible[PANE_SOURCES] = l->visible[PANE_READER] = false;
		l->visible[PANE_ENTITIES] = false;
	}
}

void
ui_article_date(const struct ui *ui, const struct article *a, char *buf, size_t n)
{
	static const int month_off[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	static const int days_before[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
	struct tm tm;
	int y = a->date_key / 10000, m = a->date_key / 100 % 100, d = a->date_key % 100, yy;

	if (m < 1 || m > 12 || d < 1 || d > 31) {
		snprintf(buf, n, "%s", a->date);
		return;
	}
	/* The weekday (Sakamoto's method) and day of the year, for %a, %A and %j. */
	yy = m < 3 ? y - 1 : y;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 12;
	tm.tm_wday = (yy + yy / 4 - yy / 100 + yy / 400 + month_off[m - 1] + d) % 7;
	tm.tm_yday = days_before[m - 1] + d - 1 +
		     (m > 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
	tm.tm_isdst = -1;
	if (config_format_date(ui->opt.cfg, &tm, buf, n) == 0)
		snprintf(buf, n, "%s", a->date);
}

/* The last part of path that fits in cols columns, after a "…" when cut: the end of a
 * path names the folder, its start is mostly the home directory. */
static void
fit_path(const char *path, int cols, char *buf, size_t n)
{
	size_t len = strlen(path), s = 0;
	uint32_t cp;

	if (text_width(path, len) <= cols) {
		snprintf(buf, n, "%s", path);
		return;
	}
	while (s < len && text_width(path + s, len - s) > cols - 1)
		s += text_decode(path + s, len - s, &cp);
	snprintf(buf, n, "…%s", path + s);
}

static size_t
count_flag(const struct ui *ui, uint8_t flag)
{
	size_t i, n = 0;

	for (i = 0; i < ui->list.norder; i++)
		n += (ui->tri.aflags[ui->list.order[i]] & flag) != 0;
	return n;
}

/*
 * The list's header is the title bar: the corpus, the list position / articles shown (and
 * the total when a filter hides some), unread, flagged
 * and marked counts, indexing progress, the filter. In words when they fit in cols, else
 * in the list's own glyphs (● unread, ★ flagged, * marked); the path gets what is left.
 */
void
ui_title_counts(struct ui *ui, int cols, char *buf, size_t n)
{
	size_t unread = ui->list.norder - count_flag(ui, AF_READ), flagged = count_flag(ui, AF_FLAGGED);
	char words[200], glyphs[120], path[300], pos[64];
	const char *label = ui->opt.paths_label ? ui->opt.paths_label : "";
	int k, pw;
	bool indexing = !ui_index_ready(ui) && ui->progress->total;
	size_t pct = indexing ? ui->progress->done * 100 / ui->progress->total : 0;
	const char *counts;

	/* Position in the list / articles shown, "of TOTAL" when a filter hides some. */
	if (ui->list.norder == ui->corpus->n)
		snprintf(pos, sizeof pos, "%zu/%zu", ui->list.norder ? ui->list.cursor + 1 : 0, ui->list.norder);
	else
		snprintf(pos, sizeof pos, "%zu/%zu of %zu", ui->list.norder ? ui->list.cursor + 1 : 0,
			 ui->list.norder, ui->corpus->n);
	k = snprintf(words, sizeof words, "%s · unread %zu", pos, unread);
	if (flagged)
		k += snprintf(words + k, sizeof words - (size_t)k, " · flagged %zu", flagged);
	if (ui->tri.nmarked)
		k += snprintf(words + k, sizeof words - (size_t)k, " · marked %zu", ui->tri.nmarked);
	if (indexing)
		snprintf(words + k, sizeof words - (size_t)k, " · indexing %zu%%", pct);
	k = snprintf(glyphs, sizeof glyphs, "%s ●%zu", pos, unread);
	if (flagged)
		k += snprintf(glyphs + k, sizeof glyphs - (size_t)k, " ★%zu", flagged);
	if (ui->tri.nmarked)
		k += snprintf(glyphs + k, sizeof glyphs - (size_t)k, " *%zu", ui->tri.nmarked);
	if (indexing)
		snprintf(glyphs + k, sizeof glyphs - (size_t)k, "%s%zu%%",
			 draw_width(glyphs) + 14 <= cols ? " indexing " : " ", pct);
	/* Words with the whole path; else glyphs with as much path as fits (8 columns at
	 * least); else just the counts. */
	counts = draw_width(words) + 3 + draw_width(label) <= cols ? words : glyphs;
	pw = cols - draw_width(counts) - 3;
	if (!label[0] || pw < 8) {
		snprintf(buf, n, "%s", draw_width(words) <= cols ? words : glyphs);
	} else {
		fit_path(label, pw, path, sizeof path);
		snprintf(buf, n, "%s · %s", path, counts);
	}
	if (ui->list.filter_label[0] && draw_width(buf) + 3 < cols) {
		k = (int)strlen(buf);
		snprintf(buf + k, n - (size_t)k, " · %s", ui->list.filter_label);
	}
}

/* Header segment of one pane on the top row: " Title " then a rule. */
static void
draw_header(struct ui *ui, enum pane_id id, const struct canvas *pc)
{
	struct canvas top = { 0, pc->x, 1, pc->w };
	char title[512];
	bool focused = ui->focus == id || ui_is_view(id);
	enum area a = focused ? AREA_HEADER_FOCUS : AREA_HEADER;
	int n;

	title[0] = '\0';
	ui->panes[id]->ops->title(ui->panes[id], ui, title, sizeof title);
	draw_hline(&top, 0, 0, pc->w, focused ? AREA_BORDER_FOCUS : AREA_BORDER);
	n = draw_text(&top, 0, 1, " ", 1, a, 0);
	n += draw_text(&top, 0, 1 + n, title, pc->w - 4, a, DRAW_ELLIPSIS);
	draw_text(&top, 0, 1 + n, " ", 1, a, 0);
}

/* What the status line says when nothing else is to be said. */
static const char *
idle_hint(const struct ui *ui)
{
	if (ui_top(ui) == PANE_HELP)
		return ui_help_searching((struct ui *)ui) ?
		       "n/N next/previous match · Esc clears · q closes help"
		       : "q close help · j/k scroll · / find";
	if (ui_top(ui) == PANE_MENTIONS)
		return "Enter opens the article at the mention · q closes";
	/* Until the help has been opened once (remembered beside the state file). */
	return ui->help_seen ? "" : "? help · / filter · Tab panes";
}

static void
draw_prompt(struct ui *ui, const struct canvas *st)
{
	const char *t = prompt_text(ui->in.prompt);
	int lw = draw_width(ui->in.prompt->label);
	int cx = 1 + lw + text_width(t, ui->in.prompt->cursor);
	int tw = text_width(t, strlen(t));

	draw_text(st, 0, 1, ui->in.prompt->label, COLS - 2, AREA_HEADER, 0);
	draw_text(st, 0, 1 + lw, t, COLS - 2 - lw, AREA_DEFAULT, 0);
	/* Messages (a bad query, completions) show beside what is being typed. */
	if (ui->status.text[0] && 1 + lw + tw + 4 < COLS)
		draw_text(st, 0, 1 + lw + tw + 3, ui->status.text, COLS - (lw + tw + 5),
			  ui->status.error ? AREA_ERROR : AREA_DIM, DRAW_ELLIPSIS);
	move(LINES - 1, cx < COLS ? cx : COLS - 1);
}

static void
draw_status(struct ui *ui)
{
	struct canvas st = { LINES - 1, 0, 1, COLS };
	char right[160], pos[96];
	enum pane_id fp = ui_top(ui);
	int rw;

	pos[0] = '\0';
	if (ui->panes[fp]->ops->position)
		ui->panes[fp]->ops->position(ui->panes[fp], ui, pos, sizeof pos);
	if (!ui_index_ready(ui) && ui->progress->total)
		snprintf(right, sizeof right, "indexing %zu%% · %s",
			 ui->progress->done * 100 / ui->progress->total, pos);
	else
		snprintf(right, sizeof right, "%s", pos);
	rw = draw_width(right);
	if (ui->in.prompt->kind != PROMPT_NONE) {
		draw_prompt(ui, &st);
		return;
	}
	if (ui->status.text[0])
		draw_text(&st, 0, 1, ui->status.text, COLS - rw - 3,
			  ui->status.error ? AREA_ERROR : AREA_STATUS, DRAW_ELLIPSIS);
	else
		draw_text(&st, 0, 1, idle_hint(ui), COLS - rw - 3, AREA_DIM, DRAW_ELLIPSIS);
	draw_text(&st, 0, COLS - rw - 1, right, rw, AREA_STATUS, 0);
}

/* A save that failed, or waits: on the rule over the status line, so it stays in sight
 * while the status line goes on answering keys. */
static void
draw_save_notice(const struct ui *ui)
{
	static const char hint[] = " Enter/Esc dismisses ";
	struct canvas rule = { LINES - 2, 0, 1, COLS };
	int hw = draw_width(hint), w;
	enum area a;
	char text[700];
	bool error;

	if (!ui_save_notice(ui, text, sizeof text, &error))
		return;
	a = error ? AREA_ERROR : AREA_STATUS;
	/* The way to dismiss a failure stays in sight however long the message is. */
	if (!error || COLS < hw + 24)
		hw = 0;
	w = draw_text(&rule, 0, 1, " ", 1, a, 0);
	w += draw_text(&rule, 0, 1 + w, text, COLS - 4 - (hw ? hw + 1 : 0), a, DRAW_ELLIPSIS);
	w += draw_text(&rule, 0, 1 + w, " ", 1, a, 0);
	if (hw)
		draw_text(&rule, 0, COLS - hw - 1, hint, hw, AREA_ERROR, 0);
}


static void
draw_panes(struct ui *ui, const struct canvas *whole, const struct ui_layout *l)
{
	int i, y;

	for (i = 0; i < PANE_MAIN; i++) {
		const struct canvas *c = &l->pane[i];

		if (!l->visible[i])
			continue;
		ui->panes[i]->h = c->h;
		ui->panes[i]->w = c->w;
		draw_header(ui, (enum pane_id)i, c);
		if (i == PANE_ENTITIES && ui->sidebar_overlay)
			draw_vline(whole, 1, c->x - 1, c->h, AREA_BORDER_FOCUS);
		/* The overlay sidebar covers the reader: clear what it lies on. */
		for (y = 0; i == PANE_ENTITIES && ui->sidebar_overlay && y < c->h; y++)
			draw_fill(c, y, 0, c->w, AREA_DEFAULT);
		ui->panes[i]->ops->draw(ui->panes[i], ui, c, ui->focus == (enum pane_id)i);
	}
	/* Separators with their joins on the top and bottom rules. */
	for (i = 0; i < PANE_MAIN; i++) {
		int x = l->pane[i].x - 1;

		if (!l->visible[i] || x < 0 || (i == PANE_ENTITIES && ui->sidebar_overlay))
			continue;
		draw_vline(whole, 1, x, l->content_h, AREA_BORDER);
		draw_cp(whole, 0, x, 0x252C, AREA_BORDER);
		draw_cp(whole, LINES - 2, x, 0x2534, AREA_BORDER);
	}
}

void
ui_draw_screen(struct ui *ui)
{
	struct canvas whole = { 0, 0, LINES, COLS };
	struct ui_layout l;

	erase();
	ui->too_small = COLS < MIN_COLS || LINES < MIN_LINES;
	if (ui->too_small) {
		char msg[64];

		snprintf(msg, sizeof msg, "terminal too small (%dx%d, need %dx%d)", COLS, LINES,
			 MIN_COLS, MIN_LINES);
		draw_text(&whole, LINES / 2, 0, msg, COLS, AREA_ERROR, DRAW_ELLIPSIS);
		refresh();
		return;
	}
	ui_layout(ui, &l);
	draw_hline(&whole, LINES - 2, 0, COLS, AREA_BORDER);
	if (ui_is_view(ui_top(ui))) {
		enum pane_id v = ui_top(ui);
		const struct canvas *vc = &l.pane[v];

		ui->panes[v]->h = vc->h;
		ui->panes[v]->w = vc->w;
		draw_header(ui, v, vc);
		ui->panes[v]->ops->draw(ui->panes[v], ui, vc, true);
	} else {
		draw_panes(ui, &whole, &l);
	}
	draw_save_notice(ui);
	draw_status(ui);
	curs_set(ui->in.prompt->kind != PROMPT_NONE ? 1 : 0);
	refresh();
}
