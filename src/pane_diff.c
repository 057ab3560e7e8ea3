/* pane_diff.c -- the diff view: the open article against another version of its story, by line. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "config_file.h"
#include "pane.h"

/*
 * What one outlet added to a story or cut from it: cluster_diff() of the other version
 * (the one compared with) against the open one, so a line marked - is only in the other
 * version (this one cut it) and + only in this one (it added it). Lines are wrapped as
 * the reader wraps them; three header lines say which is which.
 */

enum { HEAD_LINES = 3 };
enum { DROW_HEAD = 3 };	/* after DIFF_SAME, DIFF_CUT, DIFF_ADDED */

/* One display row: bytes [start, end) of a line of one version, or of a header line. */
struct drow {
	uint32_t start, end;
	uint32_t line;		/* the header line (DROW_HEAD), else unused */
	uint8_t kind;		/* enum diff_kind, or DROW_HEAD */
	bool first;		/* the first row of its line: the - or + goes there */
	bool mine;		/* its text is the open version's (else the other's) */
};

struct diffview {
	long a, b;		/* the open article, the version it is compared with; -1 none */
	struct diff_line *d;	/* owned; the comparison, in reading order */
	size_t nd;
	size_t ncut, nadded;	/* lines only in the other version, only in this one */
	char head[HEAD_LINES][600];	/* who is who, and the counts */
	struct drow *rows;	/* owned; wrapped to width */
	size_t nrows, cap;
	int width;		/* the text width of rows; 0: wrap again */
	size_t top;
	unsigned reloads;	/* ui->reloads when compared: an :edit compares again */
	struct wrap_line *wl;	/* owned; scratch for wrapping */
	size_t nwl, capwl;
};

static void *
diff_init(struct ui *ui)
{
	struct diffview *v = xcalloc(1, sizeof *v);

	(void)ui;
	v->a = v->b = -1;
	return v;
}

static void
diff_done(void *priv)
{
	struct diffview *v = priv;

	free(v->d);
	free(v->rows);
	free(v->wl);
	free(v);
}

/* One version as the header names it: "Reuters · 2026-01-12 · Title". */
static void
name_version(struct ui *ui, const char *what, long id, char *buf, size_t n)
{
	const struct article *a = ui->corpus->arts[id];
	char date[64];

	ui_article_date(ui, a, date, sizeof date);
	snprintf(buf, n, "%s %.160s · %s · %.300s", what, a->source, date, a->title);
}

/* Compare v->b (the other version) with v->a (the open one). */
static void
compare(struct diffview *v, struct ui *ui)
{
	const struct corpus *c = ui->corpus;
	size_t i;

	free(v->d);
	v->nd = cluster_diff(c->arts[v->b], c->arts[v->a], &v->d);
	v->ncut = v->nadded = 0;
	for (i = 0; i < v->nd; i++) {
		v->ncut += v->d[i].kind == DIFF_CUT;
		v->nadded += v->d[i].kind == DIFF_ADDED;
	}
	name_version(ui, "This: ", v->a, v->head[0], sizeof v->head[0]);
	name_version(ui, "Other:", v->b, v->head[1], sizeof v->head[1]);
	snprintf(v->head[2], sizeof v->head[2], "- %zu line%s only in the other · + %zu only in"
		 " this one · %zu the same", v->ncut, v->ncut == 1 ? "" : "s", v->nadded,
		 v->nd - v->ncut - v->nadded);
	v->reloads = ui->reloads;
	v->width = 0;
	v->top = 0;
}

static void
add_rows(struct diffview *v, const char *s, size_t base, size_t len, int kind, uint32_t line,
	 bool mine)
{
	size_t i;

	v->nwl = 0;
	text_wrap(s + base, len, v->width, &v->wl, &v->nwl, &v->capwl);
	for (i = 0; i < v->nwl; i++) {
		xgrow((void **)&v->rows, &v->cap, v->nrows + 1, sizeof *v->rows);
		v->rows[v->nrows++] = (struct drow){ (uint32_t)(base + v->wl[i].start),
			(uint32_t)(base + v->wl[i].end), line, (uint8_t)kind, i == 0, mine };
	}
}

static void
wrap_rows(struct diffview *v, struct ui *ui, int width)
{
	size_t i;

	v->nrows = 0;
	v->width = width < 1 ? 1 : width;
	for (i = 0; i < HEAD_LINES; i++)
		add_rows(v, v->head[i], 0, strlen(v->head[i]), DROW_HEAD, (uint32_t)i, false);
	xgrow((void **)&v->rows, &v->cap, v->nrows + 1, sizeof *v->rows);
	v->rows[v->nrows++] = (struct drow){ 0, 0, HEAD_LINES, DROW_HEAD, true, false };
	for (i = 0; i < v->nd; i++) {
		bool mine = v->d[i].kind != DIFF_CUT;	/* a kept line is shown as this one has it */
		const struct article *a = ui->corpus->arts[mine ? v->a : v->b];
		uint32_t k = mine ? v->d[i].b : v->d[i].a;
		const struct text_line *l = &a->lines[k];

		/* Paragraphs apart as in the reader: a blank row where the text has a blank line. */
		if (i && k && (a->lines[k - 1].flags & LINE_BLANK)) {
			xgrow((void **)&v->rows, &v->cap, v->nrows + 1, sizeof *v->rows);
			v->rows[v->nrows++] = (struct drow){ 0, 0, HEAD_LINES, DROW_HEAD, true, false };
		}
		add_rows(v, a->text, l->start, l->end - l->start, v->d[i].kind, 0, mine);
	}
}

static const char *
row_text(const struct diffview *v, const struct ui *ui, const struct drow *w)
{
	if (w->kind == DROW_HEAD)
		return w->line < HEAD_LINES ? v->head[w->line] : "";
	return ui->corpus->arts[w->mine ? v->a : v->b]->text;
}

static void
diff_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	static const enum area areas[] = { AREA_DEFAULT, AREA_DIFF_CUT, AREA_DIFF_ADDED, AREA_META };
	struct diffview *v = p->priv;
	int y, width;

	(void)focused;
	if (v->a < 0 || v->b < 0 || (size_t)v->a >= ui->corpus->n || (size_t)v->b >= ui->corpus->n) {
		draw_text(c, 0, 1, "Nothing compared.", c->w - 2, AREA_DIM, 0);
		return;
	}
	if (v->reloads != ui->reloads)
		compare(v, ui);
	/* The reader's width: the view's, or `set wrap-width` when that is narrower. */
	width = config_options(ui->opt.cfg)->wrap_width;
	width = width > 0 && width < c->w - 4 ? width : c->w - 4;
	if (v->width != width)
		wrap_rows(v, ui, width);
	if (v->nrows > (size_t)c->h && v->top > v->nrows - (size_t)c->h)
		v->top = v->nrows - (size_t)c->h;
	if (v->nrows <= (size_t)c->h)
		v->top = 0;
	for (y = 0; y < c->h && v->top + (size_t)y < v->nrows; y++) {
		const struct drow *w = &v->rows[v->top + (size_t)y];

		if (w->first && w->kind != DROW_HEAD && w->kind != DIFF_SAME)
			draw_cp(c, y, 1, w->kind == DIFF_CUT ? '-' : '+', areas[w->kind]);
		draw_text_ex(c, y, 3, row_text(v, ui, w) + w->start, w->end - w->start, c->w - 4,
			     areas[w->kind], 0, 3);
	}
}

/* The other versions of a's story in turn: the one after b (wrapping), never a. */
static long
next_version(struct ui *ui, long a, long b)
{
	const struct cluster_set *cs = index_clusters(ui->ix);
	size_t n, i, k;
	const uint32_t *m = cluster_members(cs, cluster_of(cs, (uint32_t)a), &n);

	for (k = 0; k < n && (long)m[k] != b; k++)
		;
	for (i = 1; i <= n; i++)
		if ((long)m[(k + i) % n] != a)
			return (long)m[(k + i) % n];
	return b;
}

static void
diff_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct diffview *v = p->priv;
	const struct cluster_set *cs = index_clusters(ui->ix);
	uint32_t k = v->a >= 0 ? cluster_of(cs, (uint32_t)v->a) : 0;
	size_t nm = 0;

	cluster_members(cs, k, &nm);
	snprintf(buf, n, "Story cluster:%u · %zu version%s · d next · Enter opens the other ·"
		 " q closes", (unsigned)k, nm, plural_s(nm));
}

static void
diff_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct diffview *v = p->priv;

	(void)ui;
	pane_line_position(buf, n, v->top, v->nrows, p->h);
}

/* n/N: the next or previous change (the first row of a run of - or + lines). */
static void
step_change(struct diffview *v, struct ui *ui, int dir)
{
	size_t i, at = v->top, count = 0, pos = 0;

	for (i = 0; i < v->nrows; i++) {
		bool start = v->rows[i].kind == DIFF_CUT || v->rows[i].kind == DIFF_ADDED;

		start = start && (i == 0 || v->rows[i - 1].kind == DIFF_SAME ||
				  v->rows[i - 1].kind == DROW_HEAD);
		if (!start)
			continue;
		count++;
		if ((dir > 0 && i > v->top && !pos) || (dir < 0 && i < v->top)) {
			at = i;
			pos = count;
		}
	}
	if (!pos) {
		ui_report(ui, count ? (dir > 0 ? "No more changes below" : "No more changes above")
			  : "The two versions have the same lines");
		return;
	}
	v->top = at;
	ui_report(ui, "change %zu/%zu", pos, count);
}

static bool
diff_request(struct pane *p, struct ui *ui, enum request req)
{
	struct diffview *v = p->priv;

	if (pane_scroll(req, &v->top, v->nrows, p->h))
		return true;
	switch (req) {
	case REQ_NEXT_MENTION: step_change(v, ui, 1); return true;
	case REQ_PREV_MENTION: step_change(v, ui, -1); return true;
	case REQ_DIFF_VERSION:
		if (v->a >= 0)
			ui_diff_open(ui, (uint32_t)v->a, (uint32_t)next_version(ui, v->a, v->b));
		return true;
	case REQ_ENTER:
		if (v->b < 0)
			return true;
		/* The other version opens over the view: q comes back to it. */
		ui_push_jump(ui);
		ui_view_push(ui, VIEW_MAIN);
		ui_show_article(ui, (uint32_t)v->b, true);
		ui->focus = PANE_READER;
		return true;
	default:
		return false;
	}
}

static void
diff_wheel(struct pane *p, struct ui *ui, int lines)
{
	struct diffview *v = p->priv;
	int i;

	(void)ui;
	for (i = 0; i < (lines < 0 ? -lines : lines); i++)
		pane_scroll(lines < 0 ? REQ_MOVE_UP : REQ_MOVE_DOWN, &v->top, v->nrows, p->h);
}

void
ui_diff_open(struct ui *ui, uint32_t id, uint32_t other)
{
	struct diffview *v = ui->panes[PANE_DIFF]->priv;

	if (id >= ui->corpus->n || other >= ui->corpus->n || id == other)
		return;
	v->a = id;
	v->b = other;
	compare(v, ui);
	ui_view_push(ui, PANE_DIFF);
	ui_report(ui, "%zu line%s only in %s, %zu only in %s", v->ncut, v->ncut == 1 ? "" : "s",
		  ui->corpus->arts[other]->source, v->nadded, ui->corpus->arts[id]->source);
}

const struct pane_ops diff_ops = {
	.name = "diff",
	.ctx = CTX_GENERIC,
	.init = diff_init,
	.done = diff_done,
	.draw = diff_draw,
	.title = diff_title,
	.position = diff_position,
	.request = diff_request,
	.wheel = diff_wheel,
};
