/* pane_sources.c -- the source list: one row per article, flags, date, title, source. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "config_file.h"
#include "pane.h"

#define TITLE_KEEP 60	/* columns of title before the source column is shown */

struct sources {
	size_t top;	/* first list position shown */
	long last_id;	/* the article under the cursor at the last draw (-1 none) */
	size_t last_row;	/* its row in the pane then */
};

static void *
sources_init(struct ui *ui)
{
	struct sources *s = xcalloc(1, sizeof *s);

	(void)ui;
	s->last_id = -1;
	return s;
}

static void
sources_done(void *priv)
{
	free(priv);
}

/* The title bar of the screen: the corpus and its counts (ui_draw.c). */
static void
sources_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	ui_title_counts(ui, p->w - 4, buf, n);
}

static void
sources_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	size_t all, at = ui_list_place(ui, &all);

	(void)p;
	snprintf(buf, n, "article %zu/%zu", at, all);
}

/* Column widths of one draw, shared by every row so the columns line up. */
struct cols {
	int w[LIST_COL_N];	/* 0: not drawn */
};

/* The width of each column in `set list-columns` over the rows shown: the title (or,
 * without one, the last column) takes what the others leave. */
static void
plan_columns(struct ui *ui, const struct canvas *c, size_t top, struct cols *k)
{
	const struct config_options *o = config_options(ui->opt.cfg);
	int maxw[LIST_COL_N] = { 3, 0, 0, 0, 0 }, used = 0, y, rest, flex = -1;
	size_t i;
	char date[64];

	memset(k, 0, sizeof *k);
	for (y = 0; y < c->h && top + (size_t)y < ui->list.norder; y++) {
		uint32_t id = ui->list.order[top + (size_t)y];
		const struct article *a = ui->corpus->arts[id];
		int w;

		ui_article_date(ui, a, date, sizeof date);
		if ((w = draw_width(date)) > maxw[LIST_COL_DATE])
			maxw[LIST_COL_DATE] = w;
		if ((w = draw_width(a->source)) > maxw[LIST_COL_SOURCE])
			maxw[LIST_COL_SOURCE] = w;
		if (ui->tri.atags[id] && (w = draw_width(ui->tri.atags[id]) + 2) > maxw[LIST_COL_TAGS])
			maxw[LIST_COL_TAGS] = w;
	}
	maxw[LIST_COL_SOURCE] = maxw[LIST_COL_SOURCE] > 20 ? 20 : maxw[LIST_COL_SOURCE];
	maxw[LIST_COL_DATE] = maxw[LIST_COL_DATE] > 30 ? 30 : maxw[LIST_COL_DATE];
	for (i = 0; i < o->nlist_columns; i++)
		if (o->list_columns[i] == LIST_COL_TITLE)
			flex = LIST_COL_TITLE;
	if (flex < 0 && o->nlist_columns)
		flex = o->list_columns[o->nlist_columns - 1];
	for (i = 0; i < o->nlist_columns; i++) {
		int col = o->list_columns[i];

		if (col == flex || col == LIST_COL_SOURCE || col == LIST_COL_TAGS)
			continue;
		k->w[col] = maxw[col];
		used += maxw[col] + 1;
	}
	rest = c->w - used - 1;
	/* Beside a title the source comes only when the title keeps TITLE_KEEP columns (a
	 * headline is read before its outlet), the tags get a third of what is left. */
	for (i = 0; i < o->nlist_columns; i++)
		if (o->list_columns[i] == LIST_COL_SOURCE && flex != LIST_COL_SOURCE &&
		    (flex != LIST_COL_TITLE || rest - maxw[LIST_COL_SOURCE] - 1 >= TITLE_KEEP)) {
			k->w[LIST_COL_SOURCE] = maxw[LIST_COL_SOURCE];
			rest -= maxw[LIST_COL_SOURCE] + 1;
		}
	for (i = 0; i < o->nlist_columns; i++)
		if (o->list_columns[i] == LIST_COL_TAGS && flex != LIST_COL_TAGS && maxw[LIST_COL_TAGS]
		    && rest > 24) {
			k->w[LIST_COL_TAGS] = maxw[LIST_COL_TAGS] > rest / 3 ? rest / 3 : maxw[LIST_COL_TAGS];
			rest -= k->w[LIST_COL_TAGS] + 1;
		}
	if (flex >= 0)
		k->w[flex] = rest > 0 ? rest : 0;
}

/* Flags: marked * (else ▶ for the open article), new N (added while dossier runs, until
 * shown) else unread ●, then flagged ★, archived ▪ or a note ✎. */
static void
draw_flags(struct ui *ui, const struct canvas *c, int y, int x, uint32_t id, bool cursor,
	   enum area base)
{
	uint8_t f = ui->tri.aflags[id];

	if (f & AF_MARKED)
		draw_cp(c, y, x, '*', cursor ? base : AREA_SELECTED);
	else
		draw_cp(c, y, x, (long)id == ui->sel.article ? 0x25B6 : ' ', base);
	draw_cp(c, y, x + 1, (f & AF_NEW) ? 'N' : !(f & AF_READ) ? 0x25CF : ' ',
		cursor ? base : AREA_UNREAD);
	draw_cp(c, y, x + 2, (f & AF_FLAGGED) ? 0x2605 : (f & AF_ARCHIVED) ? 0x25AA
		: (f & AF_NOTE) ? 0x270E : ' ', cursor ? base : AREA_TITLE);
}

/* Before the title, a story's mark: +3 (folded: three more versions), -3 (unfolded),
 * └ (a version under its head). Returns the columns used. */
static int
draw_story(struct ui *ui, const struct canvas *c, int y, int x, uint32_t id, int w,
	   enum area a)
{
	char mark[32];
	size_t more;

	switch (ui_cluster_row(ui, id, &more)) {
	case CROW_FOLDED: snprintf(mark, sizeof mark, "+%zu ", more); break;
	case CROW_OPEN: snprintf(mark, sizeof mark, "-%zu ", more); break;
	case CROW_MEMBER: snprintf(mark, sizeof mark, "\u2514 "); break;
	default: return 0;
	}
	return draw_text(c, y, x, mark, w, a, 0);
}

static void
draw_row(struct ui *ui, const struct canvas *c, int y, uint32_t id, bool cursor, bool focused,
	 const struct cols *k)
{
	const struct config_options *o = config_options(ui->opt.cfg);
	const struct article *a = ui->corpus->arts[id];
	enum area base = cursor ? (focused ? AREA_CURSOR : AREA_CURSOR_DIM) : AREA_DEFAULT;
	bool unread = !(ui->tri.aflags[id] & AF_READ);
	const char *tags = ui->tri.atags[id];
	char date[64];
	size_t i;
	int x = 0, sw;

	if (cursor)
		draw_fill(c, y, 0, c->w, base);
	for (i = 0; i < o->nlist_columns; i++) {
		int col = o->list_columns[i], w = k->w[col];

		if (w <= 0)
			continue;
		switch (col) {
		case LIST_COL_FLAGS:
			draw_flags(ui, c, y, x, id, cursor, base);
			break;
		case LIST_COL_DATE:
			ui_article_date(ui, a, date, sizeof date);
			draw_text(c, y, x, date, w, cursor ? base : a->date_from_mtime ? AREA_DIM
				  : AREA_META, DRAW_ELLIPSIS);
			break;
		case LIST_COL_TITLE:
			sw = draw_story(ui, c, y, x, id, w, cursor ? base : AREA_COUNT);
			draw_text(c, y, x + sw, a->title, w - sw, cursor ? base : unread ? AREA_UNREAD
				  : AREA_DEFAULT, DRAW_ELLIPSIS);
			break;
		case LIST_COL_TAGS:
			if (tags && w > 2) {
				draw_cp(c, y, x, '[', cursor ? base : AREA_META);
				draw_text(c, y, x + 1, tags, w - 2, cursor ? base : AREA_META,
					  DRAW_ELLIPSIS);
				draw_cp(c, y, x + 1 + draw_width(tags) < x + w - 1
					? x + 1 + draw_width(tags) : x + w - 1, ']',
					cursor ? base : AREA_META);
			}
			break;
		case LIST_COL_SOURCE:
			draw_text(c, y, x, a->source, w, cursor ? base : AREA_DIM, DRAW_ELLIPSIS);
			break;
		default:
			break;
		}
		x += w + 1;
	}
}

static void
sources_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct sources *s = p->priv;
	struct cols k;
	int y;

	if (!ui->list.norder) {
		draw_text(c, 0, 1, "No articles.", c->w - 2, AREA_DIM, 0);
		return;
	}
	/* The live folder made the list again: the cursor's article keeps its row, as far
	 * as it can, however many rows came or went above it. */
	if (ui->list.hold_row && s->last_id == (long)ui->list.order[ui->list.cursor])
		s->top = ui->list.cursor >= s->last_row ? ui->list.cursor - s->last_row : 0;
	ui->list.hold_row = false;
	pane_follow(p, ui->list.cursor, &s->top, ui->list.norder, c->h);
	s->last_id = ui->list.order[ui->list.cursor];
	s->last_row = ui->list.cursor - s->top;
	plan_columns(ui, c, s->top, &k);
	for (y = 0; y < c->h && s->top + (size_t)y < ui->list.norder; y++)
		draw_row(ui, c, y, ui->list.order[s->top + (size_t)y], s->top + (size_t)y == ui->list.cursor,
			 focused, &k);
}

static bool
sources_request(struct pane *p, struct ui *ui, enum request req)
{
	struct sources *s = p->priv;

	if (pane_move(req, &ui->list.cursor, &s->top, ui->list.norder, p->h)) {
		if (ui->list.norder)
			ui_show_article(ui, ui->list.order[ui->list.cursor], false);
		return true;
	}
	if (req == REQ_ENTER) {
		if (ui->list.norder) {
			ui_show_article(ui, ui->list.order[ui->list.cursor], true);
			ui->focus = PANE_READER;
		}
		return true;
	}
	return false;
}

/* A click selects the row like moving the cursor there; a double-click opens it. */
static void
sources_click(struct pane *p, struct ui *ui, int y, int x, bool twice)
{
	struct sources *s = p->priv;
	size_t row = s->top + (size_t)y;

	(void)x;
	if (row >= ui->list.norder)
		return;
	ui->list.cursor = row;
	ui_show_article(ui, ui->list.order[row], false);
	if (twice)
		sources_request(p, ui, REQ_ENTER);
}

static void
sources_wheel(struct pane *p, struct ui *ui, int lines)
{
	struct sources *s = p->priv;

	pane_wheel(p, ui->list.cursor, &s->top, ui->list.norder, lines);
}

const struct pane_ops sources_ops = {
	.name = "sources",
	.ctx = CTX_SOURCES,
	.init = sources_init,
	.done = sources_done,
	.draw = sources_draw,
	.title = sources_title,
	.position = sources_position,
	.request = sources_request,
	.click = sources_click,
	.wheel = sources_wheel,
};
