/* ui_layout.c -- the geometry of the screen: columns, rows, zoom, the sidebar overlay. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <curses.h>

#include "config_file.h"
#include "ui.h"

/*
 * Every pane's rectangle is decided here and nowhere else: the panes draw into the canvas
 * they get, the mouse asks the same function where they are. Row 0 holds the headers of
 * the panes whose canvas starts on row 1; LINES - 2 is the bottom rule (the filter's
 * Limit: line), LINES - 1 the status line.
 */
#define MIN_COLS 40
#define MIN_LINES 10
#define WIDE_COLS 100		/* below this the sidebar folds into an overlay */
#define READER_MIN 20		/* columns the reader keeps beside the list */
#define LIST_MIN_W 16		/* columns of the narrowest list (a short title still shows) */
#define LIST_MIN_H 3		/* rows of the lowest list in the rows layout */
#define READER_MIN_H 3		/* rows the reader keeps under it */

static const char *const kind_names[LAYOUT_N] = { "auto", "columns", "rows" };

const char *
ui_layout_name(int kind)
{
	return kind >= 0 && kind < LAYOUT_N ? kind_names[kind] : "?";
}

/* auto is rows below the threshold, where side-by-side panes leave a title a few words. */
int
ui_layout_kind(const struct ui *ui)
{
	if (ui->layout == LAYOUT_COLUMNS || ui->layout == LAYOUT_ROWS)
		return ui->layout;
	return COLS >= config_options(ui->opt.cfg)->layout_threshold ? LAYOUT_COLUMNS : LAYOUT_ROWS;
}

bool
ui_layout_fits(char *msg, size_t n)
{
	if (COLS >= MIN_COLS && LINES >= MIN_LINES)
		return true;
	/* Said so that it fits the screen it is on: the longest form that does. */
	if (snprintf(msg, n, "terminal too small: %dx%d, %dx%d needed", COLS, LINES, MIN_COLS,
		     MIN_LINES) > COLS)
		if (snprintf(msg, n, "too small: %dx%d needed", MIN_COLS, MIN_LINES) > COLS)
			snprintf(msg, n, "%dx%d needed", MIN_COLS, MIN_LINES);
	return false;
}

/* An extent (N cells or N%) of whole, clamped to [lo, hi] (lo wins when hi < lo). */
static int
extent(const struct config_extent *e, int whole, int lo, int hi)
{
	int v = e->percent ? whole * e->n / 100 : e->n;

	v = v > hi ? hi : v;
	return v < lo ? lo : v;
}

/* The sidebar's width beside the reader: set sidebar-width, else a fifth, 26 to 40. */
static int
sidebar_width(const struct config_options *o, int W)
{
	if (o->sidebar_width)
		return o->sidebar_width;
	return W / 5 < 26 ? 26 : W / 5 > 40 ? 40 : W / 5;
}

/* The overlay sidebar, over the right of the reader while it has the focus. */
static void
fold_sidebar(struct ui *ui, struct ui_layout *l, int y, int h)
{
	int W = COLS, sw = W / 2 < 26 ? 26 : W / 2 > 40 ? 40 : W / 2;

	if (ui->focus != PANE_ENTITIES)
		return;
	l->pane[PANE_ENTITIES] = (struct canvas){ y, W - sw, h, sw };
	l->visible[PANE_ENTITIES] = true;
}

/* Today's three panes side by side: list, reader, sidebar (or the sidebar first). */
static void
columns(struct ui *ui, struct ui_layout *l, int h)
{
	const struct config_options *o = config_options(ui->opt.cfg);
	int W = COLS, sw = 0, lw, rw, x0;

	if (!ui->sidebar_overlay) {
		sw = sidebar_width(o, W);
		sw = sw > W / 3 ? W / 3 : sw;
	}
	lw = extent(&o->list_width, W, LIST_MIN_W, W - (sw ? sw + 1 : 0) - 1 - READER_MIN);
	rw = W - lw - 1 - (sw ? sw + 1 : 0);
	/* set sidebar-side = left: the sidebar first, the list and the reader after it. */
	x0 = sw && o->sidebar_side == SIDEBAR_LEFT ? sw + 1 : 0;
	l->pane[PANE_SOURCES] = (struct canvas){ 1, x0, h, lw };
	l->pane[PANE_READER] = (struct canvas){ 1, x0 + lw + 1, h, rw };
	if (sw) {
		l->pane[PANE_ENTITIES] = (struct canvas){ 1, x0 ? 0 : lw + rw + 2, h, sw };
		l->visible[PANE_ENTITIES] = true;
	} else {
		fold_sidebar(ui, l, 1, h);
	}
}

/*
 * mutt's index with pager_index_lines: the list on top at the full width (set list-rows
 * of the rows), the reader under it with its own header, the sidebar beside the reader
 * (or folded over it on a narrow screen).
 */
static void
rows(struct ui *ui, struct ui_layout *l, int h)
{
	const struct config_options *o = config_options(ui->opt.cfg);
	int W = COLS, lh, y, bh, sw;

	lh = extent(&o->list_rows, h, LIST_MIN_H, h - 1 - READER_MIN_H);
	y = 1 + lh + 1;		/* the reader's header row is 1 + lh */
	bh = h - lh - 1;
	l->pane[PANE_SOURCES] = (struct canvas){ 1, 0, lh, W };
	if (ui->sidebar_overlay) {
		l->pane[PANE_READER] = (struct canvas){ y, 0, bh, W };
		fold_sidebar(ui, l, y, bh);
		return;
	}
	sw = sidebar_width(o, W);
	sw = sw > W / 3 ? W / 3 : sw;
	if (o->sidebar_side == SIDEBAR_LEFT) {
		l->pane[PANE_ENTITIES] = (struct canvas){ y, 0, bh, sw };
		l->pane[PANE_READER] = (struct canvas){ y, sw + 1, bh, W - sw - 1 };
	} else {
		l->pane[PANE_READER] = (struct canvas){ y, 0, bh, W - sw - 1 };
		l->pane[PANE_ENTITIES] = (struct canvas){ y, W - sw, bh, sw };
	}
	l->visible[PANE_ENTITIES] = true;
}

void
ui_layout(struct ui *ui, struct ui_layout *l)
{
	int W = COLS, h = LINES - 3;	/* header row, bottom rule, status line */
	int id;
	bool view = ui_is_view(ui_top(ui));

	memset(l, 0, sizeof *l);
	l->content_h = h;
	l->kind = ui_layout_kind(ui);
	ui->sidebar_overlay = W < WIDE_COLS && !ui->zoom;
	/* The full-screen views (concordance, help, pick list) cover the three panes. */
	for (id = PANE_MAIN; id < PANE_N; id++)
		l->pane[id] = (struct canvas){ 1, 0, h, W };
	if (view) {
		l->visible[ui_top(ui)] = true;
		return;
	}
	if (ui->zoom) {
		l->pane[ui->focus] = (struct canvas){ 1, 0, h, W };
		l->visible[ui->focus] = true;
		return;
	}
	if (l->kind == LAYOUT_ROWS)
		rows(ui, l, h);
	else
		columns(ui, l, h);
	l->visible[PANE_SOURCES] = l->visible[PANE_READER] = true;
}

/* Z zooms the focused pane and back; L cycles the layouts (auto, columns, rows). */
void
ui_layout_request(struct ui *ui, enum request req)
{
	if (req == REQ_ZOOM) {
		ui->zoom = !ui->zoom;
		ui_report(ui, ui->zoom ? "Zoomed: Z shows every pane again" : "Every pane shown");
		return;
	}
	ui->layout = (ui->layout + 1) % LAYOUT_N;
	ui->zoom = false;
	if (ui->layout == LAYOUT_AUTO)
		ui_report(ui, "Layout: auto (%s at %d columns; columns from %d)",
			  ui_layout_name(ui_layout_kind(ui)), COLS,
			  config_options(ui->opt.cfg)->layout_threshold);
	else
		ui_report(ui, "Layout: %s", ui_layout_name(ui->layout));
}
