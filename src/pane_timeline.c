/* pane_timeline.c -- the timeline view: an entity's mentions per period as bars. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/timeline.h"
#include "dossier/util.h"
#include "pane.h"

/*
 * Time runs left to right, one column group per period of the corpus' dated span (empty
 * ones too), the bar's height in eighths of a row (▁ to █). The cursor moves by period
 * (←/→, j/k, pages, g/G); x anchors a range; Enter lists the entity's articles of the
 * bar (the list filtered, over the view: q comes back) or, with a range, filters the
 * list to its dates. o cycles day, week and month.
 */

struct tview {
	long entity;			/* entity shown, -1 before the first open */
	unsigned reloads;		/* ui->reloads when loaded: corrections, :edit */
	int scale;			/* enum tl_scale; -1: the corpus' own */
	struct index_count *counts;	/* owned; the entity's mentions per article */
	size_t ncounts;
	struct timeline *t;		/* owned */
	size_t cursor, left;		/* the period under the cursor; the first shown */
	long anchor;			/* x: the range's other end, -1 for none */
	int x0, avail;			/* the first bar's column and the bars' columns, */
	size_t shown;			/* and periods shown, at the last draw */
};

static void *
timeline_init(struct ui *ui)
{
	struct tview *v = xcalloc(1, sizeof *v);

	(void)ui;
	v->entity = -1;
	v->scale = -1;
	v->anchor = -1;
	return v;
}

static void
tv_clear(struct tview *v)
{
	timeline_free(v->t);
	free(v->counts);
	v->t = NULL;
	v->counts = NULL;
	v->ncounts = 0;
}

static void
timeline_done(void *priv)
{
	tv_clear(priv);
	free(priv);
}

/* The period of the article open in the reader, when it is one of the entity's dated
 * ones; else the busiest period. */
static size_t
start_period(const struct tview *v, const struct ui *ui)
{
	const struct timeline *t = v->t;
	size_t i, best = 0;
	int32_t p;

	for (i = 0; i < v->ncounts; i++)
		if ((long)v->counts[i].id == ui->sel.article &&
		    tl_article_dated(ui->corpus->arts[ui->sel.article]) == TL_DATED &&
		    tl_period_of(t->scale, ui->corpus->arts[ui->sel.article]->date_key, &p) &&
		    p >= t->first && (size_t)(p - t->first) < t->n)
			return (size_t)(p - t->first);
	for (i = 1; i < t->n; i++)
		if (t->mentions[i] > t->mentions[best])
			best = i;
	return best;
}

/* (Re)load the selected entity's timeline when it, the scale or the tables changed;
 * keep_key: the date (YYYYMMDD) the cursor stays on, 0 to start afresh. */
static void
tv_load(struct tview *v, struct ui *ui, int32_t keep_key)
{
	enum tl_scale s;
	uint32_t id;
	int32_t p;

	tv_clear(v);
	v->entity = ui->sel.entity;
	v->reloads = ui->reloads;
	v->cursor = v->left = 0;
	v->anchor = -1;
	if (v->entity < 0)
		return;
	id = (uint32_t)v->entity;
	if (index_entity_counts(ui->ix, &id, 1, &v->counts, &v->ncounts) != INDEX_OK) {
		ui_error(ui, "%s", index_error(ui->ix));
		return;
	}
	s = v->scale >= 0 ? (enum tl_scale)v->scale : tl_scale_for(ui->corpus);
	v->t = timeline_build(ui->corpus, s, v->counts, v->ncounts);
	if (keep_key && tl_period_of(s, keep_key, &p) && p >= v->t->first &&
	    (size_t)(p - v->t->first) < v->t->n)
		v->cursor = (size_t)(p - v->t->first);
	else if (v->t->n)
		v->cursor = start_period(v, ui);
}

static void
tv_refresh(struct tview *v, struct ui *ui)
{
	if (ui->sel.entity != v->entity || ui->reloads != v->reloads)
		tv_load(v, ui, 0);
}

static void
timeline_article_changed(struct pane *p, struct ui *ui)
{
	if (ui_top(ui) == PANE_TIMELINE)
		tv_refresh(p->priv, ui);
}

/* The first and last period of the range (or the cursor's alone). */
static void
tv_range(const struct tview *v, size_t *lo, size_t *hi)
{
	size_t a = v->anchor >= 0 ? (size_t)v->anchor : v->cursor;

	*lo = a < v->cursor ? a : v->cursor;
	*hi = a < v->cursor ? v->cursor : a;
}

/* Mentions and articles in periods lo..hi. */
static void
tv_sum(const struct tview *v, size_t lo, size_t hi, uint32_t *m, uint32_t *a)
{
	size_t i;

	*m = *a = 0;
	for (i = lo; i <= hi && i < v->t->n; i++) {
		*m += v->t->mentions[i];
		*a += v->t->articles[i];
	}
}

/* The periods lo..hi as the line under the chart names them. */
static void
tv_range_name(const struct tview *v, size_t lo, size_t hi, char *buf, size_t n)
{
	char a[16], b[16], q[24];

	tl_period_name(v->t->scale, v->t->first + (int32_t)lo, a, sizeof a);
	tl_period_name(v->t->scale, v->t->first + (int32_t)hi, b, sizeof b);
	if (lo == hi && v->t->scale == TL_WEEK) {
		tl_period_query(TL_WEEK, v->t->first + (int32_t)lo, v->t->first + (int32_t)lo, q,
				sizeof q);
		snprintf(buf, n, "%s (%s)", a, q);
	} else if (lo == hi) {
		snprintf(buf, n, "%s", a);
	} else {
		snprintf(buf, n, "%s..%s", a, b);
	}
}

/* A period is at most this many columns wide. */
#define BAR_MAX 8

/* Where the chart goes in a canvas of w columns: every period when they fit (the
 * columns shared out), else a column each and the view scrolls with the cursor. */
static void
tv_geometry(struct tview *v, int w, int lw)
{
	size_t n = v->t->n;

	v->x0 = lw + 2;
	v->avail = w - v->x0 - 1;
	v->avail = v->avail < 1 ? 1 : v->avail;
	v->shown = n < (size_t)v->avail ? n : (size_t)v->avail;
	if (n && (size_t)v->avail > n * BAR_MAX)
		v->avail = (int)(n * BAR_MAX);
	pane_scroll_to(v->cursor, &v->left, n, (int)v->shown);
}

/* The first column of shown period i (i = v->shown: the end of the last). */
static int
col_of(const struct tview *v, size_t i)
{
	return v->x0 + (int)((i - v->left) * (size_t)v->avail / (v->shown ? v->shown : 1));
}

static enum area
bar_area(const struct tview *v, const struct ui *ui, size_t i)
{
	size_t lo, hi;

	tv_range(v, &lo, &hi);
	if (i == v->cursor)
		return AREA_SEARCH;
	if (v->anchor >= 0 && i >= lo && i <= hi)
		return AREA_SELECTED;
	return (enum area)(AREA_ENT_PERSON + index_entities(ui->ix)->ents[v->entity].type);
}

/* The bars in rows 1..ch, the y axis at column lw. */
static void
draw_bars(struct tview *v, struct ui *ui, const struct canvas *c, int ch, int lw)
{
	char top[16];
	size_t i;
	int r, k, x, bw;

	snprintf(top, sizeof top, "%u", v->t->max_mentions);
	draw_text(c, 1, lw - (int)strlen(top), top, lw, AREA_COUNT, 0);
	for (r = 1; r <= ch; r++)
		draw_cp(c, r, lw, r == 1 ? 0x2524 : 0x2502, AREA_BORDER);
	for (i = v->left; i < v->left + v->shown; i++) {
		unsigned lvl = tl_level(v->t->mentions[i], v->t->max_mentions, (unsigned)ch * 8);
		enum area a = bar_area(v, ui, i);

		x = col_of(v, i);
		bw = col_of(v, i + 1) - x;
		bw = bw > 1 ? bw - 1 : 1;	/* a gap between bars when there is room */
		for (r = 0; r < ch; r++) {
			unsigned e = lvl > (unsigned)r * 8 ? lvl - (unsigned)r * 8 : 0;

			for (k = 0; k < bw; k++)
				draw_text(c, ch - r, x + k, tl_block(e), 1, a, 0);
		}
	}
}

/* The x axis (row y): ticks under labelled periods, the range, ▲ under the cursor;
 * then the labels (row y + 1), as many as fit. */
static void
draw_axis(struct tview *v, const struct canvas *c, int y, int lw)
{
	char name[32];
	size_t i, lo, hi, step;
	int x, k, lwid;

	tl_period_name(v->t->scale, v->t->first, name, sizeof name);
	lwid = (int)strlen(name);
	/* A label every step periods, so that labels keep a column between them. */
	step = ((size_t)(lwid + 1) * v->shown + (size_t)v->avail - 1) / (size_t)v->avail;
	step = step ? step : 1;
	draw_text(c, y, lw - 1, "0", 1, AREA_COUNT, 0);
	draw_cp(c, y, lw, 0x2514, AREA_BORDER);
	draw_hline(c, y, lw + 1, c->w - lw - 2, AREA_BORDER);
	tv_range(v, &lo, &hi);
	for (i = v->left; i < v->left + v->shown; i++) {
		x = col_of(v, i);
		if (v->anchor >= 0 && i >= lo && i <= hi)
			for (k = 0; k < col_of(v, i + 1) - x; k++)
				draw_cp(c, y, x + k, 0x2501, AREA_SELECTED);
		if (i == v->cursor)
			draw_cp(c, y, x, 0x25B2, AREA_SEARCH);
		else if (i % step == 0 && (v->anchor < 0 || i < lo || i > hi))
			draw_cp(c, y, x, 0x2534, AREA_BORDER);
		if (i % step == 0 && x + lwid <= c->w) {
			tl_period_name(v->t->scale, v->t->first + (int32_t)i, name, sizeof name);
			draw_text(c, y + 1, x, name, lwid, AREA_META, 0);
		}
	}
}

/* The line under the chart: the cursor's period (or the range) and what Enter does. */
static void
draw_cursor_line(struct tview *v, const struct canvas *c, int y)
{
	char what[96], line[256];
	size_t lo, hi;
	uint32_t m, a;

	tv_range(v, &lo, &hi);
	tv_sum(v, lo, hi, &m, &a);
	tv_range_name(v, lo, hi, what, sizeof what);
	snprintf(line, sizeof line, "%s · %u mention%s in %u article%s%s", what, m,
		 m == 1 ? "" : "s", a, a == 1 ? "" : "s", v->anchor >= 0 ?
		 " · Enter filters the list by date" : a ? " · Enter lists them" : "");
	draw_text(c, y, 1, line, c->w - 2, AREA_DEFAULT, DRAW_ELLIPSIS);
}

/* What the chart leaves out: articles with no day of their own. */
static void
draw_apart(const struct timeline *t, const struct canvas *c, int y)
{
	char line[256];
	int n = 0;

	if (t->mtime_articles)
		n = snprintf(line, sizeof line, "Not drawn: %u mention%s in %u article%s dated only"
			     " by the file's time", t->mtime_mentions, t->mtime_mentions == 1 ?
			     "" : "s", t->mtime_articles, t->mtime_articles == 1 ? "" : "s");
	if (t->year_articles)
		snprintf(line + n, sizeof line - (size_t)n, "%s%u in %u dated by a year alone",
			 n ? "; " : "Not drawn: ", t->year_mentions, t->year_articles);
	if (t->mtime_articles || t->year_articles)
		draw_text(c, y, 1, line, c->w - 2, AREA_DIM, DRAW_ELLIPSIS);
}

static void
timeline_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct tview *v = p->priv;
	char top[16];
	int ch = c->h - 5, lw;

	(void)focused;
	tv_refresh(v, ui);
	if (!v->t) {
		draw_text(c, 0, 1, "No entity selected.", c->w - 2, AREA_DIM, 0);
		return;
	}
	draw_apart(v->t, c, c->h - 1);
	if (!v->t->n) {
		draw_text(c, 0, 1, "No article of the corpus has a date of its own: nothing to"
			  " draw.", c->w - 2, AREA_DIM, 0);
		return;
	}
	if (!v->t->max_mentions) {
		/* Dated articles there are, but none of them names it: an empty chart over
		 * the corpus' whole span says nothing. */
		draw_text(c, 0, 1, "No article with a date of its own mentions it: nothing to draw.",
			  c->w - 2, AREA_DIM, 0);
		return;
	}
	draw_text(c, 0, 1, "←/→ move · Enter lists a bar's articles · x range · o day/week/month"
		  " · q back", c->w - 2, AREA_DIM, DRAW_ELLIPSIS);
	lw = snprintf(top, sizeof top, "%u", v->t->max_mentions);
	lw = lw < 1 ? 1 : lw;
	tv_geometry(v, c->w, lw);
	if (ch >= 1) {
		draw_bars(v, ui, c, ch, lw);
		draw_axis(v, c, ch + 1, lw);
	}
	draw_cursor_line(v, c, c->h - 2);
}

static void
timeline_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct tview *v = p->priv;
	const struct timeline *t = v->t;

	tv_refresh(v, ui);
	if (!t)
		snprintf(buf, n, "Timeline");
	else
		snprintf(buf, n, "Timeline of %s · %u mention%s in %u article%s · by %s",
			 ui_entity_name(ui, v->entity), t->mentions_total,
			 t->mentions_total == 1 ? "" : "s", t->articles_total,
			 t->articles_total == 1 ? "" : "s", tl_scale_name(t->scale));
}

static void
timeline_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct tview *v = p->priv;
	char name[32];

	(void)ui;
	if (!v->t || !v->t->n) {
		snprintf(buf, n, "period 0/0");
		return;
	}
	tl_period_name(v->t->scale, v->t->first + (int32_t)v->cursor, name, sizeof name);
	snprintf(buf, n, "%s · period %zu/%zu", name, v->cursor + 1, v->t->n);
}

/* Enter: the entity's articles of the bar, or every article of the range's dates; the
 * list opens over the view, so q comes back to it. */
static void
tv_enter(struct tview *v, struct ui *ui)
{
	char q[64], label[512];
	size_t lo, hi, n;
	uint32_t *ids;

	tv_range(v, &lo, &hi);
	tl_period_query(v->t->scale, v->t->first + (int32_t)lo, v->t->first + (int32_t)hi, q,
			sizeof q);
	if (v->anchor >= 0) {
		snprintf(label, sizeof label, "date:%s", q);
		ui_view_push(ui, VIEW_MAIN);
		ui->focus = PANE_SOURCES;
		ui_apply_query(ui, label);
		return;
	}
	n = timeline_articles(v->t, ui->corpus, v->counts, v->ncounts, lo, hi, &ids);
	if (!n) {
		ui_report(ui, "No article of %s mentions %s", q, ui_entity_name(ui, v->entity));
		return;
	}
	snprintf(label, sizeof label, "entity:\"%s\" date:%s", ui_entity_name(ui, v->entity), q);
	ui_push_jump(ui);
	ui_view_push(ui, VIEW_MAIN);
	ui_set_filter(ui, label, ids, n);
	ui->focus = PANE_SOURCES;
	ui_report(ui, "Filter: %s · %zu article%s · q: the timeline", label, n,
		  n == 1 ? "" : "s");
	free(ids);
}

/* o: the next scale, the cursor staying on the date it was at. */
static void
tv_next_scale(struct tview *v, struct ui *ui)
{
	int32_t first, last;

	tl_period_keys(v->t->scale, v->t->first + (int32_t)v->cursor, &first, &last);
	v->scale = (v->t->scale + 1) % TL_NSCALES;
	tv_load(v, ui, v->t->n ? first : 0);
	ui_report(ui, "Timeline by %s", tl_scale_name((enum tl_scale)v->scale));
}

static bool
timeline_request(struct pane *p, struct ui *ui, enum request req)
{
	struct tview *v = p->priv;
	enum request move = req == REQ_MOVE_LEFT ? REQ_MOVE_UP :
			    req == REQ_MOVE_RIGHT ? REQ_MOVE_DOWN : req;

	tv_refresh(v, ui);
	if (!v->t)
		return false;
	if (pane_move(move, &v->cursor, &v->left, v->t->n, v->shown ? (int)v->shown : 1))
		return true;
	switch (req) {
	case REQ_ENTER:
		if (v->t->n)
			tv_enter(v, ui);
		return true;
	case REQ_TOGGLE_MARK:
		v->anchor = v->anchor >= 0 || !v->t->n ? -1 : (long)v->cursor;
		return true;
	case REQ_CANCEL:
		if (v->anchor < 0)
			return false;	/* Esc closes the view */
		v->anchor = -1;
		return true;
	case REQ_SORT:
		tv_next_scale(v, ui);
		return true;
	default:
		return false;
	}
}

/* A click puts the cursor on the bar under it; a double-click is Enter. */
static void
timeline_click(struct pane *p, struct ui *ui, int y, int x, bool twice)
{
	struct tview *v = p->priv;
	size_t i;

	(void)y;
	if (!v->t || !v->t->n || x < v->x0)
		return;
	for (i = v->left; i < v->left + v->shown && x >= col_of(v, i + 1); i++)
		;
	if (i >= v->left + v->shown)
		return;
	v->cursor = i;
	if (twice)
		timeline_request(p, ui, REQ_ENTER);
}

/* The wheel moves the cursor a period a notch. */
static void
timeline_wheel(struct pane *p, struct ui *ui, int lines)
{
	int i;

	for (i = 0; i < (lines < 0 ? -lines : lines); i++)
		timeline_request(p, ui, lines < 0 ? REQ_MOVE_LEFT : REQ_MOVE_RIGHT);
}

const struct pane_ops timeline_ops = {
	.name = "timeline",
	.ctx = CTX_TIMELINE,
	.init = timeline_init,
	.done = timeline_done,
	.draw = timeline_draw,
	.title = timeline_title,
	.position = timeline_position,
	.request = timeline_request,
	.article_changed = timeline_article_changed,
	.click = timeline_click,
	.wheel = timeline_wheel,
};
