/* pane_entities.c -- the sidebar: entities of the article or corpus, co-occurrence, details. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/timeline.h"
#include "dossier/util.h"
#include "pane.h"
#include "prompt.h"

/* One sidebar row: a type heading (entity == -1) or an entity with its count. */
struct erow {
	long entity;
	uint8_t type;
	uint32_t count;
};

/* What the rows were built for; any change rebuilds them. */
struct built {
	long article;
	bool ready;
	bool stale;		/* browse only: the set the cache file held, while an update
				 * makes it again (index_entities_shown()) */
	const void *set;	/* the set the rows are of: another one rebuilds them */
	int scope, type;
	long cooccur_with;
	char narrow[128];
	unsigned reloads;	/* ui->reloads: an article was re-read since */
};

struct sidebar {
	char narrow[128];	/* show entities whose name contains this */
	int type;		/* show one type (enum ent_type), -1 all */
	int scope;		/* enum sidebar_scope */
	long cooccur;		/* SCOPE_COOCCUR lists the entities sharing articles with it */
	int back_scope;		/* the scope w came from: q and Esc go back to it */
	struct built b;
	bool valid;		/* rows match b */
	struct erow *rows;	/* owned */
	size_t nrows, cap;
	size_t cursor, top;
	size_t nentities;	/* entity rows (headings excluded) */
	/* The selected entity's timeline, for the sparkline under its row: */
	struct timeline *spark;	/* owned; NULL until made */
	long spark_entity;	/* the entity it is of */
	unsigned spark_reloads;	/* ui->reloads when made */
	int spark_y;		/* the row it was drawn on, -1 for none */
};

static struct sidebar *
side_of(const struct ui *ui)
{
	return ui->panes[PANE_ENTITIES]->priv;
}

static void *
sidebar_init(struct ui *ui)
{
	struct sidebar *s = xcalloc(1, sizeof *s);

	(void)ui;
	s->type = -1;
	s->cooccur = -1;
	s->spark_entity = -1;
	s->spark_y = -1;
	return s;
}

static void
sidebar_done(void *priv)
{
	struct sidebar *s = priv;

	timeline_free(s->spark);
	free(s->rows);
	free(s);
}

static int
cmp_rows(const void *pa, const void *pb, void *ctx)
{
	const struct erow *a = pa, *b = pb;
	const struct entity_set *sort_set = ctx;

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

/* Does entity e pass the type filter and the name narrowing? */
static bool
wanted(const struct ui *ui, const struct entity *e, const char *narrow)
{
	char *f;
	bool ok;

	if (side_of(ui)->type >= 0 && e->type != side_of(ui)->type)
		return false;
	if (!narrow[0])
		return true;
	f = text_fold(e->canonical, strlen(e->canonical), NULL);
	ok = strstr(f, narrow) != NULL;
	free(f);
	return ok;
}

/* The candidate (entity, count) pairs of the current scope. */
static struct erow *
candidates(struct ui *ui, const struct entity_set *es, size_t *n)
{
	struct erow *v = NULL;
	size_t cap = 0, i, j, nc;
	struct index_count *cc;

	*n = 0;
	if (side_of(ui)->scope == SCOPE_CORPUS) {
		v = xmalloc((es->n ? es->n : 1) * sizeof *v);
		for (i = 0; i < es->n; i++)
			v[i] = (struct erow){ (long)i, es->ents[i].type, es->ents[i].narticles };
		*n = es->n;
	} else if (side_of(ui)->scope == SCOPE_COOCCUR) {
		if (side_of(ui)->cooccur >= 0 &&
		    index_cooccurring(ui->ix, (uint32_t)side_of(ui)->cooccur, &cc, &nc) == INDEX_OK) {
			v = xmalloc((nc ? nc : 1) * sizeof *v);
			for (i = 0; i < nc; i++)
				v[i] = (struct erow){ cc[i].id, es->ents[cc[i].id].type, cc[i].count };
			*n = nc;
			free(cc);
		}
	} else if (ui->sel.article >= 0 && (size_t)ui->sel.article < es->narticles) {
		const struct mention *m = es->mentions[ui->sel.article];

		/* Count mentions per entity; articles hold few distinct entities. */
		for (i = 0; i < es->nmentions[ui->sel.article]; i++) {
			for (j = 0; j < *n && v[j].entity != (long)m[i].entity; j++)
				;
			if (j == *n) {
				xgrow((void **)&v, &cap, *n + 1, sizeof *v);
				v[(*n)++] = (struct erow){ (long)m[i].entity, m[i].type, 0 };
			}
			v[j].count++;
		}
	}
	return v;
}

static void
build_rows(struct sidebar *s, struct ui *ui)
{
	const struct entity_set *es = s->b.ready || s->b.stale ? index_entities_shown(ui->ix) : NULL;
	struct erow *v;
	size_t n, i;
	long last_type = -1;

	s->nrows = s->nentities = 0;
	s->valid = true;
	if (!es)
		return;
	v = candidates(ui, es, &n);
	xsort(v, n, sizeof *v, cmp_rows, (void *)es);
	for (i = 0; i < n; i++) {
		if (!wanted(ui, &es->ents[v[i].entity], s->b.narrow))
			continue;
		if (v[i].type != last_type) {
			add_erow(s, -1, v[i].type, 0);
			last_type = v[i].type;
		}
		add_erow(s, v[i].entity, v[i].type, v[i].count);
		s->nentities++;
	}
	free(v);
}

/* Put the cursor on the selected entity when it is listed, else on the first entity. */
static void
place_cursor(struct sidebar *s, struct ui *ui)
{
	size_t i;

	for (i = 0; i < s->nrows; i++)
		if (s->rows[i].entity >= 0 && s->rows[i].entity == ui->sel.entity) {
			s->cursor = i;
			return;
		}
	s->cursor = s->nrows > 1 ? 1 : 0;
}

/* Rebuild when anything the rows depend on changed; keep the cursor on the selection. */
static void
sidebar_refresh(struct sidebar *s, struct ui *ui)
{
	struct built b;
	char *f = text_fold(side_of(ui)->narrow, strlen(side_of(ui)->narrow), NULL);

	memset(&b, 0, sizeof b);
	b.article = side_of(ui)->scope == SCOPE_ARTICLE ? ui->sel.article : -1;
	b.scope = side_of(ui)->scope;
	b.ready = ui_index_ready(ui) && index_entities(ui->ix);
	b.set = index_entities_shown(ui->ix);
	/* (a build's own set before it is ready is not shown: only an update's old one) */
	b.stale = !b.ready && !index_entities(ui->ix) && b.set && b.scope != SCOPE_COOCCUR;
	b.reloads = ui->reloads;
	b.type = side_of(ui)->type;
	b.cooccur_with = side_of(ui)->scope == SCOPE_COOCCUR ? side_of(ui)->cooccur : -1;
	snprintf(b.narrow, sizeof b.narrow, "%s", f);
	free(f);
	if (!s->valid || memcmp(&b, &s->b, sizeof b) != 0) {
		/* Only the entities changed, by a correction: the rows stay where they were,
		 * so after a hide the next entity is under the cursor. */
		bool same_view = ui->corr.keep_row && s->valid && b.reloads != s->b.reloads &&
			(s->b.reloads = b.reloads, s->b.set = b.set,	/* (a set made anew) */
			 memcmp(&b, &s->b, sizeof b) == 0);
		size_t was = s->cursor, top = s->top;

		ui->corr.keep_row = false;
		s->b = b;
		build_rows(s, ui);
		s->top = 0;
		place_cursor(s, ui);
		if (same_view && s->nrows && (ui->sel.entity < 0 ||
		    s->rows[s->cursor].entity != ui->sel.entity)) {
			s->cursor = was < s->nrows ? was : s->nrows - 1;
			while (s->cursor + 1 < s->nrows && s->rows[s->cursor].entity < 0)
				s->cursor++;	/* off a type heading */
			while (s->cursor > 0 && s->rows[s->cursor].entity < 0)
				s->cursor--;
			s->top = top;
			if (s->rows[s->cursor].entity >= 0)
				ui_select_entity(ui, s->rows[s->cursor].entity);
		}
	} else if (s->cursor < s->nrows && s->rows[s->cursor].entity != ui->sel.entity) {
		place_cursor(s, ui);
	}
}

static void
sidebar_article_changed(struct pane *p, struct ui *ui)
{
	sidebar_refresh(p->priv, ui);
}

/* Without entities yet: what the file is (path, source, date, counts). */
static void
draw_details(struct ui *ui, const struct canvas *c)
{
	const struct article *a;
	char buf[128];
	int y = 0;
	size_t i, bp = 0;

	if (ui->sel.article < 0)
		return;
	a = ui->corpus->arts[ui->sel.article];
	article_load(a);
	for (i = 0; i < a->nlines; i++)
		bp += (a->lines[i].flags & LINE_BOILERPLATE) != 0;
#define FIELD(label, value) do { \
	draw_text(c, y, 1, label, c->w - 2, AREA_GROUP, 0); \
	draw_text(c, y + 1, 3, value, c->w - 4, AREA_DEFAULT, DRAW_ELLIPSIS); \
	y += 2; } while (0)
	FIELD("Source", a->source);
	snprintf(buf, sizeof buf, "%s%s", a->date, a->date_from_mtime ? " (file date)" : "");
	FIELD("Date", buf);
	snprintf(buf, sizeof buf, "%u word%s, %u paragraph%s", article_words(a),
		 plural_s(article_words(a)), a->paragraphs, plural_s(a->paragraphs));
	FIELD("Length", buf);
	snprintf(buf, sizeof buf, "%zu byte%s, %zu line%s (%zu boilerplate)", a->len,
		 plural_s(a->len), a->nlines, plural_s(a->nlines), bp);
	FIELD("File", buf);
	FIELD("Path", a->display_path);
	snprintf(buf, sizeof buf, "%.16s", a->hash);
	FIELD("Hash", buf);
#undef FIELD
	if (!ui_index_ready(ui))
		draw_text(c, y, 1, "Entities: indexing…", c->w - 2, AREA_DIM, 0);
}

/* The timeline of entity for the sparkline: made again when the entity or the tables
 * changed; NULL when it cannot be made. */
static const struct timeline *
spark_of(struct sidebar *s, struct ui *ui, long entity)
{
	struct index_count *counts;
	uint32_t id = (uint32_t)entity;
	size_t n;

	if (s->spark && s->spark_entity == entity && s->spark_reloads == ui->reloads)
		return s->spark;
	timeline_free(s->spark);
	s->spark = NULL;
	s->spark_entity = entity;
	s->spark_reloads = ui->reloads;
	if (index_entity_counts(ui->ix, &id, 1, &counts, &n) != INDEX_OK)
		return NULL;	/* no line, rather than an error at every draw */
	s->spark = timeline_build(ui->corpus, tl_scale_for(ui->corpus), counts, n);
	free(counts);
	return s->spark;
}

/* The sparkline of the selected entity on row y: its mentions over the corpus' dated
 * span, oldest at the left, a dot where there are none. */
static void
draw_spark(const struct timeline *t, const struct canvas *c, int y)
{
	uint32_t sums[256], max = 0;
	size_t n, i;
	int w = c->w - 4 < 256 ? c->w - 4 : 256;

	n = timeline_cells(t, w > 0 ? (size_t)w : 0, sums);
	for (i = 0; i < n; i++)
		max = sums[i] > max ? sums[i] : max;
	for (i = 0; i < n; i++) {
		if (sums[i])
			draw_text(c, y, 3 + (int)i, tl_block(tl_level(sums[i], max, 8)), 1,
				  AREA_COUNT, 0);
		else
			draw_cp(c, y, 3 + (int)i, 0xB7, AREA_DIM);
	}
}

/* Does the selected row get a sparkline under it? When the sidebar sits beside the
 * reader (not folded over it on a narrow screen) and the corpus has dates. */
static const struct timeline *
spark_wanted(struct sidebar *s, struct ui *ui, const struct canvas *c)
{
	const struct timeline *t;

	if (ui->sidebar_overlay || c->h < 4 || c->w < 12 || s->cursor >= s->nrows ||
	    s->rows[s->cursor].entity < 0 || s->rows[s->cursor].entity != ui->sel.entity)
		return NULL;
	t = spark_of(s, ui, s->rows[s->cursor].entity);
	return t && t->n ? t : NULL;
}

static void
sidebar_draw(struct pane *p, struct ui *ui, const struct canvas *c, bool focused)
{
	struct sidebar *s = p->priv;
	const struct entity_set *es;
	const struct timeline *spark;
	size_t row;
	int y;

	sidebar_refresh(s, ui);
	if (!s->b.ready && !s->b.stale) {
		draw_details(ui, c);
		return;
	}
	if (!s->nentities) {
		draw_text(c, 0, 1, side_of(ui)->narrow[0] || side_of(ui)->type >= 0
			  ? "No entity matches." : "No entities here.", c->w - 2, AREA_DIM, 0);
		return;
	}
	es = index_entities_shown(ui->ix);
	/* Focusing the sidebar selects the entity under its cursor (not one of the set
	 * shown while an update makes it again). */
	if (focused && s->b.ready && s->cursor < s->nrows && s->rows[s->cursor].entity >= 0 &&
	    s->rows[s->cursor].entity != ui->sel.entity)
		ui_select_entity(ui, s->rows[s->cursor].entity);
	spark = s->b.ready ? spark_wanted(s, ui, c) : NULL;
	s->spark_y = -1;
	/* The sparkline's row must be in view too. */
	pane_follow(p, s->cursor, &s->top, s->nrows, spark ? c->h - 1 : c->h);
	for (y = 0, row = s->top; y < c->h && row < s->nrows; y++, row++) {
		const struct erow *r = &s->rows[row];
		bool cur = row == s->cursor;
		bool sel = cur && (r->entity == ui->sel.entity || (s->b.stale && focused));
		enum area a = sel ? (focused ? AREA_CURSOR : AREA_CURSOR_DIM) : AREA_DEFAULT;
		char cnt[16];
		int cw;

		if (r->entity < 0) {
			draw_text(c, y, 1, ent_type_name(r->type), c->w - 2, AREA_GROUP, 0);
			continue;
		}
		snprintf(cnt, sizeof cnt, "%u", r->count);
		cw = (int)strlen(cnt);
		if (sel)
			draw_fill(c, y, 0, c->w, a);
		draw_cp(c, y, 1, sel ? 0x25B8 : ' ', a);
		draw_text(c, y, 3, es->ents[r->entity].canonical, c->w - cw - 5,
			  sel ? a : (enum area)(AREA_ENT_PERSON + r->type), DRAW_ELLIPSIS);
		draw_text(c, y, c->w - cw - 1, cnt, cw, sel ? a : AREA_COUNT, 0);
		if (sel && spark && y + 1 < c->h) {
			draw_spark(spark, c, ++y);
			s->spark_y = y;
		}
	}
}

static void
sidebar_title(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct sidebar *s = p->priv;
	const struct entity_set *es = index_entities(ui->ix);
	char extra[160] = "";

	if (!ui_index_ready(ui)) {
		sidebar_refresh(s, ui);
		snprintf(buf, n, s->b.stale ? "Entities (updating)" : "Entities (indexing)");
		return;
	}
	/* The title is drawn before the rows: count what the rows will be, not what they were. */
	sidebar_refresh(s, ui);
	if (side_of(ui)->type >= 0 || side_of(ui)->narrow[0])
		snprintf(extra, sizeof extra, " %s%s%s%s", side_of(ui)->type >= 0 ? "type:" : "",
			 side_of(ui)->type >= 0 ? ent_type_name((enum ent_type)side_of(ui)->type) : "",
			 side_of(ui)->narrow[0] ? " /" : "", side_of(ui)->narrow);
	if (side_of(ui)->scope == SCOPE_CORPUS)
		snprintf(buf, n, "Entities (corpus %zu)%s", s->nentities, extra);
	else if (side_of(ui)->scope == SCOPE_COOCCUR && es && side_of(ui)->cooccur >= 0)
		snprintf(buf, n, "With %s%s", es->ents[side_of(ui)->cooccur].canonical, extra);
	else
		snprintf(buf, n, "Entities (article)%s", extra);
}

static void
sidebar_position(struct pane *p, struct ui *ui, char *buf, size_t n)
{
	struct sidebar *s = p->priv;
	size_t i, k = 0;

	if (ui_index_ready(ui) || index_entities_shown(ui->ix))
		sidebar_refresh(s, ui);
	for (i = 0; i < s->nrows && i <= s->cursor; i++)
		k += s->rows[i].entity >= 0;
	snprintf(buf, n, "entity %zu/%zu", k, s->nentities);
}

/* Enter: filter the list to the articles of the entity (and the co-occurrence anchor). */
static void
filter_to_entity(struct sidebar *s, struct ui *ui)
{
	const struct entity_set *es = index_entities(ui->ix);
	const struct erow *r = &s->rows[s->cursor];
	uint32_t *ids = NULL;
	size_t n = 0;
	char label[300];
	int rc;

	if (side_of(ui)->scope == SCOPE_COOCCUR && side_of(ui)->cooccur >= 0) {
		rc = index_articles_with_both(ui->ix, (uint32_t)side_of(ui)->cooccur,
					      (uint32_t)r->entity, &ids, &n);
		snprintf(label, sizeof label, "entity:\"%s\" entity:\"%s\"",
			 es->ents[side_of(ui)->cooccur].canonical, es->ents[r->entity].canonical);
	} else {
		rc = index_entity_articles(ui->ix, (uint32_t)r->entity, &ids, &n);
		snprintf(label, sizeof label, "entity:\"%s\"", es->ents[r->entity].canonical);
	}
	if (rc != INDEX_OK) {
		ui_error(ui, "%s", index_error(ui->ix));
		return;
	}
	ui_set_filter(ui, label, ids, n);
	free(ids);
	ui->focus = PANE_SOURCES;
	ui_report(ui, "Filter: %s · %zu article%s · Backspace clears", label, n, plural_s(n));
}

static void
cycle_type(struct ui *ui)
{
	side_of(ui)->type = side_of(ui)->type + 1 >= ENT_NTYPES ? -1 : side_of(ui)->type + 1;
	ui_report(ui, "Sidebar shows %s", side_of(ui)->type < 0 ? "every type"
		  : ent_type_name((enum ent_type)side_of(ui)->type));
}

static bool
sidebar_request(struct pane *p, struct ui *ui, enum request req)
{
	struct sidebar *s = p->priv;
	size_t before = s->cursor;

	switch (req) {
	case REQ_ENTER:
		if (s->b.stale)
			ui_report(ui, "The entities are being updated: shown as last indexed "
				  "until then");
		else if (s->cursor < s->nrows && s->rows[s->cursor].entity >= 0)
			filter_to_entity(s, ui);
		return true;
	case REQ_SEARCH:
		ui_prompt(ui, PROMPT_ENTITY, "Entity name: ", side_of(ui)->narrow);
		return true;
	case REQ_TYPE_FILTER:
		cycle_type(ui);
		return true;
	case REQ_CLEAR_FILTER:
		/* The sidebar's own filters first (T took up to eight keys to undo); when it
		 * has none, Backspace clears the list's filter as anywhere else. */
		if (side_of(ui)->type < 0 && !side_of(ui)->narrow[0])
			return false;
		side_of(ui)->type = -1;
		side_of(ui)->narrow[0] = '\0';
		ui_report(ui, "Sidebar shows every entity");
		return true;
	case REQ_BACK:
		return ui_sidebar_uncooccur(ui);	/* else q does what it does elsewhere */
	default:
		break;
	}
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
	if (s->b.ready && s->cursor < s->nrows && s->rows[s->cursor].entity >= 0)
		ui_select_entity(ui, s->rows[s->cursor].entity);
	return true;
}

/* A click selects the entity on the row (headings do nothing); a double-click is Enter. */
static void
sidebar_click(struct pane *p, struct ui *ui, int y, int x, bool twice)
{
	struct sidebar *s = p->priv;
	size_t row = s->top + (size_t)y;

	(void)x;
	/* Under the sparkline the rows are one lower; a double-click on it opens the
	 * timeline. */
	if (s->spark_y >= 0 && y == s->spark_y) {
		if (twice)
			ui_open_view(ui, PANE_TIMELINE);
		return;
	}
	if (s->spark_y >= 0 && y > s->spark_y)
		row--;
	if (!s->b.ready || row >= s->nrows || s->rows[row].entity < 0)
		return;
	s->cursor = row;
	ui_select_entity(ui, s->rows[row].entity);
	if (twice)
		sidebar_request(p, ui, REQ_ENTER);
}

static void
sidebar_wheel(struct pane *p, struct ui *ui, int lines)
{
	struct sidebar *s = p->priv;

	(void)ui;
	pane_wheel(p, s->cursor, &s->top, s->nrows, lines);
}

void
ui_sidebar_narrow(struct ui *ui, const char *text)
{
	snprintf(side_of(ui)->narrow, sizeof side_of(ui)->narrow, "%s", text);
}

/* w: the co-occurrence list goes over the scope shown, as a view over another; q or Esc
 * (ui_sidebar_uncooccur) go back to that scope, on the entity w was pressed on. */
void
ui_sidebar_cooccur(struct ui *ui, long entity)
{
	struct sidebar *s = side_of(ui);

	if (s->scope != SCOPE_COOCCUR)
		s->back_scope = s->scope;
	s->cooccur = entity;
	s->scope = SCOPE_COOCCUR;
}

void
ui_sidebar_scope(struct ui *ui)
{
	struct sidebar *s = side_of(ui);

	s->scope = s->scope == SCOPE_CORPUS ? SCOPE_ARTICLE : SCOPE_CORPUS;
	ui_report(ui, s->scope == SCOPE_CORPUS ? "Sidebar: whole corpus (article counts)"
		  : "Sidebar: this article (mention counts)");
}

void
ui_sidebar_next_type(struct ui *ui)
{
	struct sidebar *s = side_of(ui);

	s->type = s->type + 1 >= ENT_NTYPES ? -1 : s->type + 1;
	ui_report(ui, "Sidebar shows %s", s->type < 0 ? "every type"
		  : ent_type_name((enum ent_type)s->type));
}

bool
ui_sidebar_uncooccur(struct ui *ui)
{
	struct sidebar *s = side_of(ui);

	if (s->scope != SCOPE_COOCCUR)
		return false;
	s->scope = s->back_scope;
	ui_select_entity(ui, s->cooccur);
	ui_report(ui, "Back to the %s list", s->scope == SCOPE_CORPUS ? "corpus" : "article");
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
	.click = sidebar_click,
	.wheel = sidebar_wheel,
};
