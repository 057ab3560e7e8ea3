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
count_flag(const struct ui *ui, uint8_t flag)
{
	size_t i, n = 0;

	for (i = 0; i < ui->norder; i++)
		n += (ui->aflags[ui->order[i]] & flag) != 0;
	return n;
}

static void
sources_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	size_t flagged = count_flag(ui, AF_FLAGGED);
	int k;

	(void)p;
	k = snprintf(buf, n, "Sources %zu/%zu · unread %zu", ui->norder ? ui->cursor + 1 : 0,
		     ui->norder, ui->norder - count_flag(ui, AF_READ));
	if (flagged && k > 0 && (size_t)k < n)
		k += snprintf(buf + k, n - (size_t)k, " · flagged %zu", flagged);
	if (ui->nmarked && k > 0 && (size_t)k < n)
		k += snprintf(buf + k, n - (size_t)k, " · marked %zu", ui->nmarked);
	if (ui->filter_label[0] && k > 0 && (size_t)k < n)
		snprintf(buf + k, n - (size_t)k, " · %s", ui->filter_label);
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
	uint8_t f = ui->aflags[id];
	bool unread = !(f & AF_READ);
	const char *tags = ui->atags[id];
	int x = 0, srcw = 0, w, tw = 0;

	if (cursor)
		draw_fill(c, y, 0, c->w, base);
	/* Flags: marked * (else ▶ for the open article), unread ●, then flagged ★,
	 * archived ▪ or a note ✎. */
	if (f & AF_MARKED)
		draw_cp(c, y, x, '*', cursor ? base : AREA_SELECTED);
	else
		draw_cp(c, y, x, (long)id == ui->open_article ? 0x25B6 : ' ', base);
	x++;
	draw_cp(c, y, x++, unread ? 0x25CF : ' ', cursor ? base : AREA_UNREAD);
	draw_cp(c, y, x++, (f & AF_FLAGGED) ? 0x2605 : (f & AF_ARCHIVED) ? 0x25AA
		: (f & AF_NOTE) ? 0x270E : ' ', cursor ? base : AREA_TITLE);
	x++;
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
	if (tags && w > 24) {
		tw = draw_width(tags) + 2;
		tw = tw > w / 3 ? w / 3 : tw;
	}
	draw_text(c, y, x, a->title, w - tw, cursor ? base : unread ? AREA_UNREAD : AREA_DEFAULT,
		  DRAW_ELLIPSIS);
	if (tw) {
		draw_cp(c, y, x + w - tw, '[', cursor ? base : AREA_META);
		draw_text(c, y, x + w - tw + 1, tags, tw - 2, cursor ? base : AREA_META,
			  DRAW_ELLIPSIS);
		draw_cp(c, y, x + w - 1, ']', cursor ? base : AREA_META);
	}
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
