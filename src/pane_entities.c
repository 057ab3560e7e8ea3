/* pane_entities.c -- the sidebar: the article's entities by type, or its details. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/util.h"
#include "pane.h"

/* One sidebar row: a type heading (entity == -1) or an entity with its count. */
struct erow {
	long entity;
	uint8_t type;
	uint32_t count;
};

struct sidebar {
	long article;		/* article the rows are for */
	bool have_entities;	/* rows were built from a finished index */
	struct erow *rows;	/* owned */
	size_t nrows, cap;
	size_t cursor, top;
};

static void *
sidebar_init(struct ui *ui)
{
	struct sidebar *s = xcalloc(1, sizeof *s);

	(void)ui;
	s->article = -2;
	return s;
}

static void
sidebar_done(void *priv)
{
	struct sidebar *s = priv;

	free(s->rows);
	free(s);
}

static const struct entity_set *sort_set;	/* for qsort */

static int
cmp_rows(const void *pa, const void *pb)
{
	const struct erow *a = pa, *b = pb;

	if (a->type != b->type)
		return a->type - b->type;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return strcoll(sort_set->ents[a->entity].canonical, sort_set->ents[b->entity].canonical);
}

static void
add_erow(struct sidebar *s, long entity, uint8_t type, uint32_t count)
{
	xgrow((void **)&s->rows, &s->cap, s->nrows + 1, sizeof *s->rows);
	s->rows[s->nrows++] = (struct erow){ entity, type, count };
}

/* Rows for the article's entities: counted, sorted, with a heading per type. */
static void
build_rows(struct sidebar *s, struct ui *ui)
{
	const struct entity_set *es = ui_index_ready(ui) ? index_entities(ui->ix) : NULL;
	struct erow *tmp = NULL;
	size_t ntmp = 0, cap = 0, i, j;
	long last_type = -1;

	s->nrows = 0;
	s->cursor = s->top = 0;
	s->article = ui->open_article;
	s->have_entities = es != NULL;
	if (!es || ui->open_article < 0 || (size_t)ui->open_article >= es->narticles)
		return;
	for (i = 0; i < es->nmentions[ui->open_article]; i++) {
		const struct mention *m = &es->mentions[ui->open_article][i];

		for (j = 0; j < ntmp && tmp[j].entity != (long)m->entity; j++)
			;
		if (j == ntmp) {
			xgrow((void **)&tmp, &cap, ntmp + 1, sizeof *tmp);
			tmp[ntmp++] = (struct erow){ (long)m->entity, m->type, 0 };
		}
		tmp[j].count++;
	}
	sort_set = es;
	qsort(tmp, ntmp, sizeof *tmp, cmp_rows);
	for (i = 0; i < ntmp; i++) {
		if (tmp[i].type != last_type) {
			add_erow(s, -1, tmp[i].type, 0);
			last_type = tmp[i].type;
		}
		add_erow(s, tmp[i].entity, tmp[i].type, tmp[i].count);
	}
	free(tmp);
	if (s->nrows > 1)
		s->cursor = 1;
}

static void
sidebar_article_changed(struct pane *p, struct ui *ui)
{
	build_rows(p->priv, ui);
}

/* Without entities: what the file is (path, source, date, counts). */
static void
draw_details(struct ui *ui, const struct canvas *c)
{
	const struct article *a;
	char buf[128];
	int y = 0;
	size_t i, bp = 0;

	if (ui->open_article < 0)
		return;
	a = ui->corpus->arts[ui->open_article];
	for (i = 0; i < a->nlines; i++)
		bp += (a->lines[i].flags & LINE_BOILERPLATE) != 0;
#define FIELD(label, value) do { \
	draw_text(c, y, 1, label, c->w - 2, AREA_GROUP, 0); \
	draw_text(c, y + 1, 3, value, c->w - 4, AREA_DEFAULT, DRAW_ELLIPSIS); \
	y += 2; } while (0)
	FIELD("Source", a->source);
	snprintf(buf, sizeof buf, "%s%s", a->date, a->date_from_mtime ? " (file date)" : "");
	FIELD("Date", buf);
	snprintf(buf, sizeof buf, "%u words, %u paragraphs", a->words, a->paragraphs);
	FIELD("Length", buf);
	snprintf(buf, sizeof buf, "%zu bytes, %zu lines (%zu boilerplate)", a->len, a->nlines, bp);
	FIELD("File", buf);
	FIELD("Path", a->display_path);
	snprintf(buf, sizeof buf, "%.16s", a->hash);
	FIELD("Hash", buf);
#undef FIELD
	if (!ui_index_ready(ui))
		draw_text(c, y, 1, "Entities: indexing…", c->w - 2, AREA_DIM, 0);
}

static void
sidebar_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct sidebar *s = p->priv;
	const struct entity_set *es;
	int y;

	if (s->article != ui->open_article || s->have_entities != (ui_index_ready(ui) &&
								   index_entities(ui->ix)))
		build_rows(s, ui);
	if (!s->have_entities) {
		draw_details(ui, c);
		return;
	}
	if (!s->nrows) {
		draw_text(c, 0, 1, "No entities in this article.", c->w - 2, AREA_DIM, 0);
		return;
	}
	es = index_entities(ui->ix);
	pane_scroll_to(s->cursor, &s->top, s->nrows, c->h);
	for (y = 0; y < c->h && s->top + (size_t)y < s->nrows; y++) {
		const struct erow *r = &s->rows[s->top + (size_t)y];
		bool cur = s->top + (size_t)y == s->cursor;
		enum area a = cur ? (focused ? AREA_CURSOR : AREA_CURSOR_DIM) : AREA_DEFAULT;
		char cnt[16];
		int cw;

		if (r->entity < 0) {
			draw_text(c, y, 1, ent_type_name(r->type), c->w - 2, AREA_GROUP, 0);
			continue;
		}
		snprintf(cnt, sizeof cnt, "%u", r->count);
		cw = (int)strlen(cnt);
		if (cur)
			draw_fill(c, y, 0, c->w, a);
		draw_cp(c, y, 1, cur ? 0x25B8 : ' ', a);
		draw_text(c, y, 3, es->ents[r->entity].canonical, c->w - cw - 5,
			  cur ? a : (enum area)(AREA_ENT_PERSON + r->type), DRAW_ELLIPSIS);
		draw_text(c, y, c->w - cw - 1, cnt, cw, cur ? a : AREA_COUNT, 0);
	}
}

static void
sidebar_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct sidebar *s = p->priv;

	if (!ui_index_ready(ui))
		snprintf(buf, n, "Entities (indexing)");
	else if (s->have_entities)
		snprintf(buf, n, "Entities (article)");
	else
		snprintf(buf, n, "Details");
}

static void
sidebar_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct sidebar *s = p->priv;
	size_t i, k = 0, total = 0;

	(void)ui;
	for (i = 0; i < s->nrows; i++)
		if (s->rows[i].entity >= 0) {
			total++;
			if (i <= s->cursor)
				k++;
		}
	snprintf(buf, n, "entity %zu/%zu", k, total);
}

static bool
sidebar_request(struct pane *p, struct ui *ui, enum request req)
{
	struct sidebar *s = p->priv;
	size_t before = s->cursor;

	(void)ui;
	if (!pane_move(req, &s->cursor, &s->top, s->nrows, p->h))
		return false;
	/* Headings are not selectable: step over them in the direction of travel. */
	while (s->cursor < s->nrows && s->rows[s->cursor].entity < 0) {
		if (s->cursor >= before && s->cursor + 1 < s->nrows)
			s->cursor++;
		else if (s->cursor > 0)
			s->cursor--;
		else
			s->cursor++;
	}
	if (s->cursor >= s->nrows)
		s->cursor = before;
	return true;
}

const struct pane_ops entities_ops = {
	.name = "entities",
	.ctx = CTX_ENTITIES,
	.init = sidebar_init,
	.done = sidebar_done,
	.draw = sidebar_draw,
	.title = sidebar_title,
	.position = sidebar_position,
	.request = sidebar_request,
	.article_changed = sidebar_article_changed,
};
