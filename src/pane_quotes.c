/* pane_quotes.c -- the quotes view: who said what, every quote of an entity across the corpus. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/quote.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "pane.h"

/*
 * One entry per quote, newest article first: a line with the speaker, the date, the
 * outlet and the article's title, then what was said, wrapped (at most QUOTE_ROWS rows,
 * the last one ending in "…"), then a blank line. The cursor moves by entry; Enter opens
 * the reader at the quote, over this view, so q comes back to it.
 */

#define QUOTE_ROWS 4		/* rows of quoted text shown per entry */
#define QUOTE_BYTES 4096	/* bytes of a quote looked at for those rows */
#define INDENT 4

struct quotes_view {
	long entity;			/* the speaker listed, -1 before the first open */
	struct index_quote *q;		/* owned; in display order */
	uint8_t *rows;			/* owned; rows of text of each entry at width */
	size_t n, narticles;
	size_t cursor, top;
	int width;			/* the text width rows[] was made for, 0: stale */
	unsigned reloads;		/* ui->reloads when loaded */
	bool wheeled;			/* the wheel moved the view off the cursor */
	struct wrap_line *wl;		/* owned; scratch for wrapping */
	size_t nwl, capwl;
};

static void *
quotes_init(struct ui *ui)
{
	struct quotes_view *k = xcalloc(1, sizeof *k);

	(void)ui;
	k->entity = -1;
	return k;
}

static void
quotes_done(void *priv)
{
	struct quotes_view *k = priv;

	free(k->q);
	free(k->rows);
	free(k->wl);
	free(k);
}

/* Newest article first, then by place in the article. */
static int
cmp_quotes(const void *pa, const void *pb, void *ctx)
{
	const struct corpus *c = ctx;
	const struct index_quote *a = pa, *b = pb;
	const struct article *x = c->arts[a->article], *y = c->arts[b->article];

	if (x->date_key != y->date_key)
		return x->date_key > y->date_key ? -1 : 1;
	if (a->article != b->article)
		return strcmp(x->path, y->path);
	return (a->q.quote_start > b->q.quote_start) - (a->q.quote_start < b->q.quote_start);
}

/* The quotes of the selected entity, found again when it or the entity set changed. */
static void
load(struct quotes_view *k, struct ui *ui)
{
	free(k->q);
	free(k->rows);
	k->q = NULL;
	k->rows = NULL;
	k->n = k->narticles = k->cursor = k->top = 0;
	k->width = 0;
	k->wheeled = false;
	k->reloads = ui->reloads;
	k->entity = ui->sel.entity;
	if (k->entity < 0)
		return;
	if (index_entity_quotes(ui->ix, (uint32_t)k->entity, &k->q, &k->n) != INDEX_OK) {
		ui_error(ui, "%s", index_error(ui->ix));
		return;
	}
	for (size_t i = 0; i < k->n; i++)
		k->narticles += i == 0 || k->q[i].article != k->q[i - 1].article;
	xsort(k->q, k->n, sizeof *k->q, cmp_quotes, (void *)ui->corpus);
	k->rows = xcalloc(k->n ? k->n : 1, sizeof *k->rows);
	/* Start on the quote the reader is in, when it is one of them. */
	for (size_t i = 0; i < k->n; i++)
		if ((long)k->q[i].article == ui->sel.article) {
			k->cursor = i;
			break;
		}
}

static void
quotes_article_changed(struct pane *p, struct ui *ui)
{
	struct quotes_view *k = p->priv;

	if (ui_top(ui) == PANE_QUOTES &&
	    (ui->sel.entity != k->entity || ui->reloads != k->reloads))
		load(k, ui);
}

/* What entry i says, as one clean line: in marks when it was in marks. Caller frees. */
static char *
said_line(const struct ui *ui, const struct index_quote *iq)
{
	const struct article *a = ui->corpus->arts[iq->article];
	size_t len = iq->q.quote_end - iq->q.quote_start, cut = len;
	struct sbuf b = {0};
	char *clean, *out;

	if (cut > QUOTE_BYTES) {
		cut = QUOTE_BYTES;
		while (cut > 0 && (a->text[iq->q.quote_start + cut] & 0xC0) == 0x80)
			cut--;
	}
	clean = text_clean_line(a->text + iq->q.quote_start, cut);
	if (iq->q.kind == QUOTE_DIRECT)
		sb_printf(&b, "\xE2\x80\x9C%s%s\xE2\x80\x9D", clean, cut < len ? "…" : "");
	else
		sb_printf(&b, "%s%s", clean, cut < len ? "…" : "");
	free(clean);
	out = xstrdup(sb_cstr(&b));
	sb_free(&b);
	return out;
}

/* Wrap entry i's text to width; rows in k->wl[0..k->nwl). Returns the line (caller frees). */
static char *
wrap_entry(struct quotes_view *k, const struct ui *ui, size_t i, int width)
{
	char *line = said_line(ui, &k->q[i]);

	k->nwl = 0;
	text_wrap(line, strlen(line), width, &k->wl, &k->nwl, &k->capwl);
	return line;
}

/* Rows of each entry at this width (header, text, blank line). */
static void
measure(struct quotes_view *k, const struct ui *ui, int width)
{
	size_t i;

	if (k->width == width)
		return;
	for (i = 0; i < k->n; i++) {
		free(wrap_entry(k, ui, i, width));
		k->rows[i] = (uint8_t)(k->nwl < QUOTE_ROWS ? k->nwl : QUOTE_ROWS);
	}
	k->width = width;
}

static int
height(const struct quotes_view *k, size_t i)
{
	return 2 + k->rows[i];
}

/* The first entry shown, so that the cursor's entry is whole on h rows. */
static void
follow(struct quotes_view *k, int h)
{
	int used = 0;
	size_t i;

	if (k->wheeled)
		return;
	if (k->cursor < k->top)
		k->top = k->cursor;
	for (i = k->cursor + 1; i-- > k->top;)
		used += height(k, i);
	while (k->top < k->cursor && used - 1 > h)	/* the last blank row may go */
		used -= height(k, k->top++);
}

/* Draw entry i at row y; returns the rows used. */
static int
draw_entry(struct quotes_view *k, struct ui *ui, const struct canvas *c, int y, size_t i)
{
	const struct index_quote *iq = &k->q[i];
	const struct article *a = ui->corpus->arts[iq->article];
	bool cur = i == k->cursor;
	enum area base = cur ? AREA_CURSOR : AREA_DEFAULT;
	char date[64], *line;
	int x = 1, r;

	if (cur)
		draw_fill(c, y, 0, c->w, base);
	x += draw_text(c, y, x, ui_entity_name(ui, k->entity), c->w / 3,
		       cur ? base : AREA_ENT_PERSON, DRAW_ELLIPSIS);
	ui_article_date(ui, a, date, sizeof date);
	x += draw_text(c, y, x, " · ", c->w - x - 1, cur ? base : AREA_DIM, 0);
	x += draw_text(c, y, x, date, c->w - x - 1, cur ? base : AREA_META, 0);
	x += draw_text(c, y, x, " · ", c->w - x - 1, cur ? base : AREA_DIM, 0);
	x += draw_text(c, y, x, a->source, c->w / 4, cur ? base : AREA_META, DRAW_ELLIPSIS);
	x += draw_text(c, y, x, " · ", c->w - x - 1, cur ? base : AREA_DIM, 0);
	draw_text(c, y, x, a->title, c->w - x - 1, cur ? base : AREA_DIM, DRAW_ELLIPSIS);
	line = wrap_entry(k, ui, i, c->w - INDENT - 1);
	for (r = 0; r < k->rows[i] && y + 1 + r < c->h; r++) {
		const struct wrap_line *w = &k->wl[r];
		bool last = r + 1 == k->rows[i] && k->nwl > (size_t)k->rows[i];

		draw_text_ex(c, y + 1 + r, INDENT, line + w->start,
			     last ? strlen(line) - w->start : w->end - w->start,
			     c->w - INDENT - 1, AREA_QUOTE, last ? DRAW_ELLIPSIS : 0, INDENT);
	}
	free(line);
	return height(k, i);
}

static void
quotes_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct quotes_view *k = p->priv;
	size_t i;
	int y = 0;

	(void)focused;
	/* an edit or a correction since: the quotes are found again */
	if (k->reloads != ui->reloads)
		load(k, ui);
	if (!k->n) {
		draw_text(c, 0, 1, k->entity < 0 ? "No entity selected." :
			  "No quotes: nothing this entity said is reported in the corpus.",
			  c->w - 2, AREA_DIM, 0);
		return;
	}
	measure(k, ui, c->w - INDENT - 1);
	follow(k, c->h);
	for (i = k->top; i < k->n && y < c->h; i++)
		y += draw_entry(k, ui, c, y, i);
}

static void
quotes_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct quotes_view *k = p->priv;

	if (k->entity < 0)
		snprintf(buf, n, "Quotes");
	else
		snprintf(buf, n, "Quotes of %s · %zu quote%s in %zu article%s · Enter opens ·"
			 " q closes", ui_entity_name(ui, k->entity), k->n, plural_s(k->n),
			 k->narticles, plural_s(k->narticles));
}

static void
quotes_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct quotes_view *k = p->priv;

	(void)ui;
	snprintf(buf, n, "quote %zu/%zu", k->n ? k->cursor + 1 : 0, k->n);
}

static bool
quotes_request(struct pane *p, struct ui *ui, enum request req)
{
	struct quotes_view *k = p->priv;
	const struct index_quote *iq;
	size_t top = k->top;

	/* a page is the entries of the smallest size that fit */
	if (pane_move(req, &k->cursor, &top, k->n, p->h / (2 + QUOTE_ROWS) + 1)) {
		k->wheeled = false;
		return true;
	}
	if (req != REQ_ENTER)
		return false;
	if (!k->n)
		return true;
	iq = &k->q[k->cursor];
	ui_push_jump(ui);
	/* The article opens over this view: q comes back to it. */
	ui_view_push(ui, VIEW_MAIN);
	ui_show_article(ui, iq->article, true);
	ui_select_entity(ui, k->entity);
	ui_reader_show(ui, iq->q.quote_start);
	ui->focus = PANE_READER;
	return true;
}

/* A click puts the cursor on the entry under it; a double-click opens it. */
static void
quotes_click(struct pane *p, struct ui *ui, int y, int x, bool twice)
{
	struct quotes_view *k = p->priv;
	size_t i;
	int row = 0;

	(void)x;
	for (i = k->top; i < k->n && row + height(k, i) <= y; i++)
		row += height(k, i);
	if (i >= k->n)
		return;
	k->cursor = i;
	k->wheeled = false;
	if (twice)
		quotes_request(p, ui, REQ_ENTER);
}

/* The wheel scrolls by entries and leaves the cursor where it is. */
static void
quotes_wheel(struct pane *p, struct ui *ui, int lines)
{
	struct quotes_view *k = p->priv;

	(void)ui;
	if (lines < 0)
		k->top = k->top > 1 ? k->top - 1 : 0;
	else if (k->top + 1 < k->n)
		k->top++;
	k->wheeled = true;
}

const struct pane_ops quotes_ops = {
	.name = "quotes",
	.ctx = CTX_QUOTES,
	.init = quotes_init,
	.done = quotes_done,
	.draw = quotes_draw,
	.title = quotes_title,
	.position = quotes_position,
	.request = quotes_request,
	.article_changed = quotes_article_changed,
	.click = quotes_click,
	.wheel = quotes_wheel,
};
