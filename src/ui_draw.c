/* ui_draw.c -- the frame: panes in the rectangles ui_layout.c gives, headers, the status line. MIT licence. */
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

void
ui_article_date(const struct ui *ui, const struct article *a, char *buf, size_t n)
{
	ui_date_text(ui->opt.cfg, a, buf, n);
}

void
ui_date_text(const struct config *cfg, const struct article *a, char *buf, size_t n)
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
	if (config_format_date(cfg, &tm, buf, n) == 0)
		snprintf(buf, n, "%s", a->date);
}

void
ui_fit_path(const char *path, int cols, char *buf, size_t n)
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

/* Articles of the list read, flagged and new, in one pass (folded stories count every
 * version; three passes were 5% of a key of the filter at 100k articles). */
static void
count_flags(const struct ui *ui, size_t *read, size_t *flagged, size_t *fresh)
{
	size_t i, nall, r = 0, f = 0, n = 0;
	const uint32_t *all = ui_list_articles(ui, &nall);

	for (i = 0; i < nall; i++) {
		uint8_t a = ui->tri.aflags[all[i]];

		r += (a & AF_READ) != 0;
		f += (a & AF_FLAGGED) != 0;
		n += (a & AF_NEW) != 0;
	}
	*read = r;
	*flagged = f;
	*fresh = n;
}

/*
 * The list's header is the title bar: the corpus, the list position / articles shown (and
 * the total when a filter hides some; articles whose file went are not counted), unread,
 * new (the live folder), flagged and marked counts, indexing progress, the order. In words
 * when they fit in cols, else in the list's own glyphs (● unread, N new, ★ flagged, *
 * marked); the path gets what is left. The filter has the
 * bottom rule to itself (draw_limit), where it is never cut to a letter.
 */
void
ui_title_counts(struct ui *ui, int cols, char *buf, size_t n)
{
	size_t nall, at, unread, read, flagged, fresh, total = ui_articles_total(ui);
	char words[200], glyphs[120], path[300], pos[64], order[16];
	const char *label = ui->opt.paths_label ? ui->opt.paths_label : "";
	int k, pw, reserve = 0;
	bool indexing = !ui_index_ready(ui) && ui->progress->total;
	size_t pct = indexing ? ui->progress->done * 100 / ui->progress->total : 0;
	const char *counts;
	size_t watched = ui_watched_unread(ui);	/* unread articles mentioning a watched entity */

	at = ui_list_place(ui, &nall);
	count_flags(ui, &read, &flagged, &fresh);
	unread = nall - read;
	/* Position in the list / articles shown (every version of a folded story, as unread
	 * counts them), "of TOTAL" articles when a filter hides some (articles whose file went
	 * are not counted). */
	if (nall == total)
		snprintf(pos, sizeof pos, "%zu/%zu", at, nall);
	else
		snprintf(pos, sizeof pos, "%zu/%zu of %zu", at, nall, total);
	ui_sort_label(ui, order, sizeof order);
	/* An order other than the usual newest first keeps its room before the path's. */
	if (ui->list.sort != SORT_DATE || ui->list.reverse)
		reserve = 1 + draw_width(order);
	cols -= reserve;
	k = snprintf(words, sizeof words, "%s · unread %zu", pos, unread);
	if (fresh)
		k += snprintf(words + k, sizeof words - (size_t)k, " · new %zu", fresh);
	if (flagged)
		k += snprintf(words + k, sizeof words - (size_t)k, " · flagged %zu", flagged);
	if (ui->tri.nmarked)
		k += snprintf(words + k, sizeof words - (size_t)k, " · marked %zu", ui->tri.nmarked);
	if (watched)
		k += snprintf(words + k, sizeof words - (size_t)k, " · watched %zu", watched);
	if (indexing)
		k += snprintf(words + k, sizeof words - (size_t)k, " · %s %zu%%",
			      ui_index_verb(ui), pct);
	k = snprintf(glyphs, sizeof glyphs, "%s ●%zu", pos, unread);
	if (fresh)
		k += snprintf(glyphs + k, sizeof glyphs - (size_t)k, " N%zu", fresh);
	if (flagged)
		k += snprintf(glyphs + k, sizeof glyphs - (size_t)k, " ★%zu", flagged);
	if (ui->tri.nmarked)
		k += snprintf(glyphs + k, sizeof glyphs - (size_t)k, " *%zu", ui->tri.nmarked);
	if (watched)
		k += snprintf(glyphs + k, sizeof glyphs - (size_t)k, " w%zu", watched);
	if (indexing)
		snprintf(glyphs + k, sizeof glyphs - (size_t)k, " %s%s%zu%%",
			 draw_width(glyphs) + 14 <= cols ? ui_index_verb(ui) : "",
			 draw_width(glyphs) + 14 <= cols ? " " : "", pct);
	/* Words with the whole path; else glyphs with as much path as fits (8 columns at
	 * least); else just the counts. */
	counts = draw_width(words) + 3 + draw_width(label) <= cols ? words : glyphs;
	pw = cols - draw_width(counts) - 3;
	if (!label[0] || pw < 8) {
		snprintf(buf, n, "%s", draw_width(words) <= cols ? words : glyphs);
	} else {
		ui_fit_path(label, pw, path, sizeof path);
		snprintf(buf, n, "%s · %s", path, counts);
	}
	/* The order in words where they fit, else (not the usual order) its bare name in
	 * the room kept for it, so a narrow list still says -date. */
	k = (int)strlen(buf);
	if (draw_width(buf) + 6 + draw_width(order) <= cols + reserve)
		snprintf(buf + k, n - (size_t)k, " · by %s", order);
	else if (reserve)
		snprintf(buf + k, n - (size_t)k, " %s", order);
}

/*
 * The filter in effect, as mutt's "Limit:", on the bottom rule in every layout: the query
 * (cut only when it is longer than the screen), the articles it shows of all, and how to
 * clear it when there is room. A save's failure takes the rule while it is shown.
 */
static void
draw_limit(const struct ui *ui)
{
	struct canvas rule = { LINES - 2, 0, 1, COLS };
	char counts[80];
	const char *hint = " · Backspace clears ";
	int cw, w, room;
	size_t n;

	if (!ui->list.filter_label[0])
		return;
	ui_list_articles(ui, &n);
	snprintf(counts, sizeof counts, " · %zu of %zu shown", n, ui_articles_total(ui));
	cw = draw_width(counts);
	w = draw_text(&rule, 0, 1, " Limit: ", 8, AREA_HEADER_FOCUS, 0);
	room = COLS - 2 - w - cw - 1;
	w += draw_text(&rule, 0, 1 + w, ui->list.filter_label, room, AREA_HEADER_FOCUS,
		       DRAW_ELLIPSIS);
	w += draw_text(&rule, 0, 1 + w, counts, cw, AREA_HEADER_FOCUS, 0);
	if (1 + w + draw_width(hint) <= COLS - 1)
		draw_text(&rule, 0, 1 + w, hint, draw_width(hint), AREA_HEADER, 0);
	else
		draw_text(&rule, 0, 1 + w, " ", 1, AREA_HEADER_FOCUS, 0);
}

/* Header segment of one pane on the top row: " Title " then a rule. */
static void
draw_header(struct ui *ui, enum pane_id id, const struct canvas *pc)
{
	struct canvas top = { pc->y - 1, pc->x, 1, pc->w };
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
	if (ui_top(ui) == PANE_DIFF)
		return "- only in the other version · + only in this one · n/N changes · q closes";
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
		snprintf(right, sizeof right, "%s %zu%% · %s", ui_index_verb(ui),
			 ui->progress->done * 100 / ui->progress->total, pos);
	else
		snprintf(right, sizeof right, "%s", pos);
	rw = draw_width(right);
	if (ui->in.prompt->kind != PROMPT_NONE) {
		draw_prompt(ui, &st);
		return;
	}
	/* A message that would be cut takes the line: the position (also the progress, in the
	 * title bar too) is back at the next key, the message would not be. */
	if (ui->status.text[0] && draw_width(ui->status.text) > COLS - rw - 3)
		rw = 0;
	if (ui->status.text[0])
		draw_text(&st, 0, 1, ui->status.text, COLS - rw - 3,
			  ui->status.error ? AREA_ERROR : AREA_STATUS, DRAW_ELLIPSIS);
	else
		draw_text(&st, 0, 1, idle_hint(ui), COLS - rw - 3, AREA_DIM, DRAW_ELLIPSIS);
	if (rw)
		draw_text(&st, 0, COLS - rw - 1, right, rw, AREA_STATUS, 0);
}

/* A save that failed, or waits: on the rule over the status line, so it stays in sight
 * while the status line goes on answering keys. */
static bool
draw_save_notice(const struct ui *ui)
{
	static const char hint[] = " Enter/Esc dismisses ";
	struct canvas rule = { LINES - 2, 0, 1, COLS };
	int hw = draw_width(hint), w;
	enum area a;
	char text[700];
	bool error;

	if (!ui_save_notice(ui, text, sizeof text, &error))
		return false;
	a = error ? AREA_ERROR : AREA_STATUS;
	/* The way to dismiss a failure stays in sight however long the message is. */
	if (!error || COLS < hw + 24)
		hw = 0;
	w = draw_text(&rule, 0, 1, " ", 1, a, 0);
	w += draw_text(&rule, 0, 1 + w, text, COLS - 4 - (hw ? hw + 1 : 0), a, DRAW_ELLIPSIS);
	w += draw_text(&rule, 0, 1 + w, " ", 1, a, 0);
	if (hw)
		draw_text(&rule, 0, COLS - hw - 1, hint, hw, AREA_ERROR, 0);
	return true;
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
			draw_vline(whole, c->y, c->x - 1, c->h, AREA_BORDER_FOCUS);
		/* The overlay sidebar covers the reader: clear what it lies on. */
		for (y = 0; i == PANE_ENTITIES && ui->sidebar_overlay && y < c->h; y++)
			draw_fill(c, y, 0, c->w, AREA_DEFAULT);
		ui->panes[i]->ops->draw(ui->panes[i], ui, c, ui->focus == (enum pane_id)i);
	}
	/* Separators left of the panes that do not start at the left edge, with their joins
	 * on the pane's header rule and on the bottom rule. */
	for (i = 0; i < PANE_MAIN; i++) {
		const struct canvas *c = &l->pane[i];

		if (!l->visible[i] || c->x < 1 || (i == PANE_ENTITIES && ui->sidebar_overlay))
			continue;
		draw_vline(whole, c->y, c->x - 1, c->h, AREA_BORDER);
		draw_cp(whole, c->y - 1, c->x - 1, 0x252C, AREA_BORDER);
		draw_cp(whole, LINES - 2, c->x - 1, 0x2534, AREA_BORDER);
	}
}

void
ui_draw_screen(struct ui *ui)
{
	struct canvas whole = { 0, 0, LINES, COLS };
	struct ui_layout l;

	char msg[80];

	erase();
	ui->too_small = !ui_layout_fits(msg, sizeof msg);
	if (ui->too_small) {
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
	if (!draw_save_notice(ui))
		draw_limit(ui);
	draw_status(ui);
	curs_set(ui->in.prompt->kind != PROMPT_NONE ? 1 : 0);
	refresh();
}
