/* pane_sources.c -- the source list: one row per article, flags, date, title, source. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "pane.h"

struct sources {
	size_t top;	/* first list position shown */
};

static void *
sources_init(struct ui *ui)
{
	(void)ui;
	return xcalloc(1, sizeof(struct sources));
}

static void
sources_done(void *priv)
{
	free(priv);
}

static size_t
count_unread(const struct ui *ui)
{
	size_t i, n = 0;

	for (i = 0; i < ui->norder; i++)
		n += !ui->read[ui->order[i]];
	return n;
}

static void
sources_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	(void)p;
	snprintf(buf, n, "Sources %zu/%zu · unread %zu", ui->norder ? ui->cursor + 1 : 0,
		 ui->norder, count_unread(ui));
}

static void
sources_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	(void)p;
	snprintf(buf, n, "article %zu/%zu", ui->norder ? ui->cursor + 1 : 0, ui->norder);
}

static void
draw_row(struct ui *ui, const struct canvas *c, int y, uint32_t id, bool cursor, bool focused)
{
	const struct article *a = ui->corpus->arts[id];
	enum area base = cursor ? (focused ? AREA_CURSOR : AREA_CURSOR_DIM) : AREA_DEFAULT;
	bool unread = !ui->read[id];
	int x = 0, srcw = 0, w;

	if (cursor)
		draw_fill(c, y, 0, c->w, base);
	draw_cp(c, y, x++, (long)id == ui->open_article ? 0x25B6 : ' ', base);
	draw_cp(c, y, x++, unread ? 0x25CF : ' ', base);
	draw_cp(c, y, x++, ' ', base);
	x += draw_text(c, y, x, a->date, 10, cursor ? base : a->date_from_mtime ? AREA_DIM
		       : AREA_META, 0);
	x++;
	/* The source goes at the right when the pane is wide enough for it. */
	if (c->w >= 70) {
		srcw = draw_width(a->source);
		srcw = srcw > 20 ? 20 : srcw;
		draw_text(c, y, c->w - srcw - 1, a->source, srcw, cursor ? base : AREA_DIM,
			  DRAW_ELLIPSIS);
		srcw += 2;
	}
	w = c->w - x - srcw;
	draw_text(c, y, x, a->title, w, cursor ? base : unread ? AREA_UNREAD : AREA_DEFAULT,
		  DRAW_ELLIPSIS);
}

static void
sources_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct sources *s = p->priv;
	int y;

	if (!ui->norder) {
		draw_text(c, 0, 1, "No articles.", c->w - 2, AREA_DIM, 0);
		return;
	}
	pane_scroll_to(ui->cursor, &s->top, ui->norder, c->h);
	for (y = 0; y < c->h && s->top + (size_t)y < ui->norder; y++)
		draw_row(ui, c, y, ui->order[s->top + (size_t)y], s->top + (size_t)y == ui->cursor,
			 focused);
}

static bool
sources_request(struct pane *p, struct ui *ui, enum request req)
{
	struct sources *s = p->priv;

	if (pane_move(req, &ui->cursor, &s->top, ui->norder, p->h)) {
		if (ui->norder)
			ui_show_article(ui, ui->order[ui->cursor], false);
		return true;
	}
	if (req == REQ_ENTER) {
		if (ui->norder) {
			ui_show_article(ui, ui->order[ui->cursor], true);
			ui->focus = PANE_READER;
		}
		return true;
	}
	return false;
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
};
