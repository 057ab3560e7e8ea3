/* pane_mentions.c -- the concordance: every mention of an entity in context, Enter opens it. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "pane.h"

struct concordance {
	long entity;			/* entity listed, -1 before the first open */
	struct index_mention *m;	/* owned; in display order */
	size_t n;
	size_t narticles;
	size_t cursor, top;
	unsigned reloads;		/* ui->reloads when loaded: an edit makes offsets stale */
	char *key;			/* owned; the entity's folded name and type, which stay */
	int type;			/* when a correction makes the tables (and ids) again */
};

static void *
mentions_init(struct ui *ui)
{
	struct concordance *k = xcalloc(1, sizeof *k);

	(void)ui;
	k->entity = -1;
	return k;
}

static void
mentions_done(void *priv)
{
	struct concordance *k = priv;

	free(k->m);
	free(k->key);
	free(k);
}

/* Newest article first, then by place in the article. */
static int
cmp_mentions(const void *pa, const void *pb, void *ctx)
{
	const struct corpus *sort_corpus = ctx;
	const struct index_mention *a = pa, *b = pb;
	const struct article *x = sort_corpus->arts[a->article], *y = sort_corpus->arts[b->article];

	if (x->date_key != y->date_key)
		return x->date_key > y->date_key ? -1 : 1;
	if (a->article != b->article)
		return strcmp(x->path, y->path);
	return (a->start > b->start) - (a->start < b->start);
}

/* Load the mentions of the selected entity (called when the view opens). */
static void
mentions_article_changed(struct pane *p, struct ui *ui)
{
	struct concordance *k = p->priv;
	const struct entity_set *es = index_entities(ui->ix);
	size_t i, row = k->cursor;
	bool same;

	if (ui_top(ui) != PANE_MENTIONS ||
	    (ui->sel.entity == k->entity && ui->reloads == k->reloads))
		return;
	/* The same entity again (a correction of one of its mentions made the tables
	 * again): the cursor stays on its row, not back at the first. */
	same = es && k->key && ui->sel.entity >= 0 && (size_t)ui->sel.entity < es->n &&
	       es->ents[ui->sel.entity].type == k->type &&
	       strcmp(es->ents[ui->sel.entity].key, k->key) == 0;
	k->reloads = ui->reloads;
	free(k->m);
	free(k->key);
	k->m = NULL;
	k->key = NULL;
	k->n = k->narticles = k->cursor = k->top = 0;
	k->entity = ui->sel.entity;
	if (k->entity < 0 || !es || (size_t)k->entity >= es->n)
		return;
	k->key = xstrdup(es->ents[k->entity].key);
	k->type = es->ents[k->entity].type;
	if (index_entity_mentions(ui->ix, (uint32_t)k->entity, &k->m, &k->n) != INDEX_OK) {
		ui_error(ui, "%s", index_error(ui->ix));
		return;
	}
	for (i = 0; i < k->n; i++)
		k->narticles += i == 0 || k->m[i].article != k->m[i - 1].article;
	xsort(k->m, k->n, sizeof *k->m, cmp_mentions, (void *)ui->corpus);
	if (same) {
		k->cursor = row < k->n ? row : k->n ? k->n - 1 : 0;
		return;
	}
	/* Start on the mention the reader is at, when it is one of them. */
	for (i = 0; i < k->n; i++)
		if ((long)k->m[i].article == ui->sel.article &&
		    (ui->sel.mention < 0 || (long)k->m[i].start == ui->sel.mention)) {
			k->cursor = i;
			break;
		}
}

/* The start of the tail of text[from..to) that fits in width columns. */
static size_t
tail_that_fits(const char *text, size_t from, size_t to, int width)
{
	size_t s = to > from + (size_t)width * 4 ? to - (size_t)width * 4 : from;

	while (s < to && (text[s] & 0xC0) == 0x80)
		s++;
	while (s < to && text_width(text + s, to - s) > width) {
		uint32_t cp;

		s += text_decode(text + s, to - s, &cp);
	}
	return s;
}

static void
draw_line(struct ui *ui, const struct canvas *c, int y, const struct index_mention *im,
	  bool cur, enum area hit)
{
	const struct article *a = ui->corpus->arts[im->article];
	enum area base = cur ? AREA_CURSOR : AREA_DEFAULT;
	size_t line = 0, ls, le, s;

	article_load(a);	/* the lines on screen only */	int titlew = c->w >= 100 ? 30 : 18, x, ctxw, mw, lw;

	while (line + 1 < a->nlines && a->lines[line + 1].start <= im->start)
		line++;
	ls = a->nlines ? a->lines[line].start : 0;
	le = a->nlines ? a->lines[line].end : a->len;
	if (cur)
		draw_fill(c, y, 0, c->w, base);
	x = 1 + draw_text(c, y, 1, a->date, 10, cur ? base : AREA_META, 0);
	x += 1 + draw_text(c, y, x + 1, a->title, titlew, cur ? base : AREA_DIM, DRAW_ELLIPSIS | DRAW_FILL);
	draw_cp(c, y, x + 1, 0x2502, cur ? base : AREA_BORDER);
	x += 3;
	ctxw = c->w - x - 1;
	mw = text_width(a->text + im->start, im->end - im->start);
	lw = (ctxw - mw) / 2;
	if (lw < 0)
		lw = 0;
	s = tail_that_fits(a->text, ls, im->start, lw);
	x += lw - text_width(a->text + s, im->start - s);
	x += draw_text_ex(c, y, x, a->text + s, im->start - s, lw, base, 0, x);
	x += draw_text_ex(c, y, x, a->text + im->start, im->end - im->start, c->w - x - 1,
			  cur ? AREA_SEARCH : hit, 0, x);
	if (im->end < le)
		draw_text_ex(c, y, x, a->text + im->end, le - im->end, c->w - x - 1, base, 0, x);
}

static void
mentions_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct concordance *k = p->priv;
	const struct entity_set *es = index_entities(ui->ix);
	int y;

	(void)focused;
	if (!k->n) {
		draw_text(c, 0, 1, "No mentions.", c->w - 2, AREA_DIM, 0);
		return;
	}
	pane_follow(p, k->cursor, &k->top, k->n, c->h);
	for (y = 0; y < c->h && k->top + (size_t)y < k->n; y++)
		draw_line(ui, c, y, &k->m[k->top + (size_t)y], k->top + (size_t)y == k->cursor,
			  (enum area)(AREA_ENT_PERSON + es->ents[k->entity].type));
}

static void
mentions_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct concordance *k = p->priv;
	const struct entity_set *es = index_entities(ui->ix);

	if (k->entity < 0 || !es)
		snprintf(buf, n, "Mentions");
	else
		snprintf(buf, n, "Mentions of %s · %zu mention%s in %zu article%s · Enter opens ·"
			 " q closes", es->ents[k->entity].canonical, k->n, plural_s(k->n),
			 k->narticles, plural_s(k->narticles));
}

static void
mentions_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct concordance *k = p->priv;

	(void)ui;
	snprintf(buf, n, "mention %zu/%zu", k->n ? k->cursor + 1 : 0, k->n);
}

static bool
mentions_request(struct pane *p, struct ui *ui, enum request req)
{
	struct concordance *k = p->priv;
	const struct index_mention *m;

	if (pane_move(req, &k->cursor, &k->top, k->n, p->h))
		return true;
	if (req != REQ_ENTER)
		return false;
	if (!k->n)
		return true;
	m = &k->m[k->cursor];
	ui_push_jump(ui);
	/* The article opens over the concordance: q comes back to it. */
	ui_view_push(ui, VIEW_MAIN);
	ui_show_article(ui, m->article, true);
	ui_select_entity(ui, k->entity);
	ui->sel.mention = m->start;
	ui->sel.mention_end = m->end;
	ui_reader_show(ui, m->start);
	ui->focus = PANE_READER;
	return true;
}

/* A click puts the cursor on the mention; a double-click opens it. */
static void
mentions_click(struct pane *p, struct ui *ui, int y, int x, bool twice)
{
	struct concordance *k = p->priv;
	size_t row = k->top + (size_t)y;

	(void)x;
	if (row >= k->n)
		return;
	k->cursor = row;
	if (twice)
		mentions_request(p, ui, REQ_ENTER);
}

static void
mentions_wheel(struct pane *p, struct ui *ui, int lines)
{
	struct concordance *k = p->priv;

	(void)ui;
	pane_wheel(p, k->cursor, &k->top, k->n, lines);
}

const struct pane_ops mentions_ops = {
	.name = "mentions",
	.ctx = CTX_MENTIONS,
	.init = mentions_init,
	.done = mentions_done,
	.draw = mentions_draw,
	.title = mentions_title,
	.position = mentions_position,
	.request = mentions_request,
	.article_changed = mentions_article_changed,
	.click = mentions_click,
	.wheel = mentions_wheel,
};

bool
ui_mentions_selected(const struct ui *ui, uint32_t *article, uint32_t *start, uint32_t *end)
{
	const struct concordance *k = ui->panes[PANE_MENTIONS]->priv;

	if (!k->n || k->cursor >= k->n)
		return false;
	*article = k->m[k->cursor].article;
	*start = k->m[k->cursor].start;
	*end = k->m[k->cursor].end;
	return true;
}
