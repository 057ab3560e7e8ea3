/* ui_nav.c -- entity navigation: selection, n/N, ]/[, e/E, in-article search and the jump list. MIT licence. */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "pane.h"
#include "ui.h"

const struct mention *
ui_article_mentions(const struct ui *ui, uint32_t article, size_t *n)
{
	const struct entity_set *es = ui_index_ready(ui) ? index_entities(ui->ix) : NULL;

	*n = 0;
	if (!es || article >= es->narticles)
		return NULL;
	*n = es->nmentions[article];
	return es->mentions[article];
}

static const char *
entity_name(const struct ui *ui, long e)
{
	const struct entity_set *es = index_entities(ui->ix);

	return es && e >= 0 && (size_t)e < es->n ? es->ents[e].canonical : "?";
}

void
ui_select_entity(struct ui *ui, long entity)
{
	if (entity != ui->sel.entity)
		ui->sel.mention = ui->sel.mention_end = -1;
	ui->sel.entity = entity;
}

/* In-article search ----------------------------------------------------------------- */

void
ui_refresh_hits(struct ui *ui)
{
	const struct article *a;
	char *fold, *q, *p;
	uint32_t *map;
	size_t flen, qlen;

	if (ui->find.article == ui->sel.article)
		return;
	ui->find.nhits = 0;
	ui->find.article = ui->sel.article;
	if (!ui->find.search[0] || ui->sel.article < 0)
		return;
	a = ui->corpus->arts[ui->sel.article];
	q = text_fold(ui->find.search, strlen(ui->find.search), &qlen);
	fold = text_fold_map(a->text, a->len, &flen, &map);
	/* Folded text, folded query: the same rules as the index (nicolas finds Nicolás). */
	for (p = qlen ? fold : NULL; p && (p = strstr(p, q)); p += qlen) {
		size_t s = (size_t)(p - fold), e = s + qlen;

		xgrow((void **)&ui->find.hits, &ui->find.caphits, ui->find.nhits + 1, sizeof *ui->find.hits);
		ui->find.hits[ui->find.nhits].start = map[s];
		/* The end is where the code point after the last folded byte starts. */
		while (e < flen && map[e] == map[e - 1])
			e++;
		ui->find.hits[ui->find.nhits++].end = map[e];
	}
	free(fold);
	free(map);
	free(q);
}

void
ui_set_search(struct ui *ui, const char *text)
{
	size_t i;

	snprintf(ui->find.search, sizeof ui->find.search, "%s", text);
	ui->find.article = -2;
	ui_refresh_hits(ui);
	ui->sel.mention = ui->sel.mention_end = -1;
	if (!ui->find.search[0])
		return;
	if (!ui->find.nhits) {
		ui_error(ui, "Not found in this article: %s", ui->find.search);
		return;
	}
	/* The first hit at or below the top of the view, else the first one. */
	for (i = 0; i < ui->find.nhits && (long)ui->find.hits[i].start < ui_reader_top_offset(ui); i++)
		;
	if (i == ui->find.nhits)
		i = 0;
	ui->sel.mention = ui->find.hits[i].start;
	ui->sel.mention_end = ui->find.hits[i].end;
	ui_reader_show(ui, ui->find.hits[i].start);
	ui_report(ui, "hit %zu/%zu", i + 1, ui->find.nhits);
}

/* n/N with a search: the next or previous hit, wrapping with a message. */
static void
step_hit(struct ui *ui, int dir)
{
	size_t i, k = 0;
	bool wrapped = false, found = false;

	ui_refresh_hits(ui);
	if (!ui->find.nhits) {
		ui_error(ui, "Not found in this article: %s", ui->find.search);
		return;
	}
	for (i = 0; i < ui->find.nhits; i++) {
		size_t j = dir > 0 ? i : ui->find.nhits - 1 - i;

		if ((dir > 0 && (long)ui->find.hits[j].start > ui->sel.mention) ||
		    (dir < 0 && (long)ui->find.hits[j].start < ui->sel.mention && ui->sel.mention >= 0)) {
			k = j;
			found = true;
			break;
		}
	}
	if (!found) {
		k = dir > 0 ? 0 : ui->find.nhits - 1;
		wrapped = true;
	}
	ui->sel.mention = ui->find.hits[k].start;
	ui->sel.mention_end = ui->find.hits[k].end;
	ui_reader_show(ui, ui->find.hits[k].start);
	ui_report(ui, "hit %zu/%zu%s", k + 1, ui->find.nhits,
		  wrapped ? (dir > 0 ? " (search wrapped to the top)" : " (search wrapped to the bottom)")
		  : "");
}

/* Jump list ------------------------------------------------------------------------- */

static struct jump
here(const struct ui *ui)
{
	struct jump j = { ui->sel.article >= 0 ? (uint32_t)ui->sel.article : 0,
			  ui->sel.entity, ui->sel.mention };

	return j;
}

void
ui_push_jump(struct ui *ui)
{
	if (ui->sel.article < 0)
		return;
	ui->jumps.n = ui->jumps.pos;	/* a new jump forgets what was ahead */
	if (ui->jumps.n && ui->jumps.list[ui->jumps.n - 1].article == (uint32_t)ui->sel.article &&
	    ui->jumps.list[ui->jumps.n - 1].offset == ui->sel.mention)
		return;
	xgrow((void **)&ui->jumps.list, &ui->jumps.cap, ui->jumps.n + 1, sizeof *ui->jumps.list);
	ui->jumps.list[ui->jumps.n++] = here(ui);
	ui->jumps.pos = ui->jumps.n;
}

static void
restore(struct ui *ui, const struct jump *j)
{
	long off = j->offset;

	if ((long)j->article != ui->sel.article)
		ui_show_article(ui, j->article, true);
	ui_select_entity(ui, j->entity);
	ui->sel.mention = off;
	ui_reader_show(ui, off);
}

static void
jump(struct ui *ui, int dir)
{
	if (dir < 0) {
		if (ui->jumps.pos == 0) {
			ui_report(ui, "At the start of the jump list");
			return;
		}
		if (ui->jumps.pos == ui->jumps.n) {
			ui_push_jump(ui);
			ui->jumps.pos = ui->jumps.n - 1;
		}
		if (ui->jumps.pos == 0) {
			ui_report(ui, "At the start of the jump list");
			return;
		}
		ui->jumps.pos--;
	} else {
		if (ui->jumps.pos + 1 >= ui->jumps.n) {
			ui_report(ui, "At the end of the jump list");
			return;
		}
		ui->jumps.pos++;
	}
	restore(ui, &ui->jumps.list[ui->jumps.pos]);
	ui_report(ui, "Jump %zu/%zu", ui->jumps.pos + 1, ui->jumps.n);
}

/* Mentions ----------------------------------------------------------------------------- */

static void
land_on(struct ui *ui, const struct mention *m)
{
	ui->sel.mention = m->start;
	ui->sel.mention_end = m->end;
	ui_reader_show(ui, m->start);
}

/* n/N: the next or previous mention of the selected entity in the open article. */
static void
step_mention(struct ui *ui, int dir)
{
	size_t n, i, k = 0, pos = 0, count = 0;
	const struct mention *m;
	long found = -1;

	if (ui->sel.entity < 0) {
		ui_report(ui, "No entity selected: pick one in the sidebar (3), or e/E in the reader");
		return;
	}
	m = ui_article_mentions(ui, (uint32_t)ui->sel.article, &n);
	for (i = 0; i < n; i++)
		if (m[i].entity == (uint32_t)ui->sel.entity)
			count++;
	if (!count) {
		ui_report(ui, "%s is not mentioned in this article; ]/[ find one that does",
			  entity_name(ui, ui->sel.entity));
		return;
	}
	for (i = 0; i < n; i++) {
		if (m[i].entity != (uint32_t)ui->sel.entity)
			continue;
		k++;
		if (dir > 0 && found < 0 && (long)m[i].start > ui->sel.mention)
			found = (long)i, pos = k;
		if (dir < 0 && (long)m[i].start < ui->sel.mention)
			found = (long)i, pos = k;
	}
	if (found < 0) {
		/* Wrap around, and say so. */
		for (i = 0, k = 0; i < n; i++)
			if (m[i].entity == (uint32_t)ui->sel.entity) {
				k++;
				if (found < 0 || dir < 0)
					found = (long)i, pos = k;
			}
		land_on(ui, &m[found]);
		ui_report(ui, "mention %zu/%zu of %s (wrapped)", pos, count,
			  entity_name(ui, ui->sel.entity));
		return;
	}
	land_on(ui, &m[found]);
	ui_report(ui, "mention %zu/%zu of %s", pos, count, entity_name(ui, ui->sel.entity));
}

static bool
mentions_entity(const struct ui *ui, uint32_t article, long entity, size_t *first, size_t *last)
{
	size_t n, i;
	const struct mention *m = ui_article_mentions(ui, article, &n);
	bool any = false;

	for (i = 0; i < n; i++)
		if (m[i].entity == (uint32_t)entity) {
			if (!any)
				*first = i;
			*last = i;
			any = true;
		}
	return any;
}

/* ]/[: the next or previous article in the list that mentions the selected entity. */
static void
step_article(struct ui *ui, int dir)
{
	size_t i, first = 0, last = 0, n;
	long e = ui->sel.entity;

	if (e < 0) {
		ui_report(ui, "No entity selected: pick one in the sidebar (3), or e/E in the reader");
		return;
	}
	for (i = ui->list.cursor; ui->list.norder && (dir > 0 ? i + 1 < ui->list.norder : i > 0);) {
		i = dir > 0 ? i + 1 : i - 1;
		if (!mentions_entity(ui, ui->list.order[i], e, &first, &last))
			continue;
		ui_push_jump(ui);
		ui_show_article(ui, ui->list.order[i], true);
		ui_select_entity(ui, e);
		land_on(ui, &ui_article_mentions(ui, ui->list.order[i], &n)[dir > 0 ? first : last]);
		ui_report(ui, "%s: article %zu/%zu in the list", entity_name(ui, e), i + 1,
			  ui->list.norder);
		return;
	}
	ui_report(ui, "No %s article in the list mentions %s", dir > 0 ? "later" : "earlier",
		  entity_name(ui, e));
}

/* e/E: the next or previous mention of any entity, from the current one or the view. */
static void
step_any(struct ui *ui, int dir)
{
	size_t n, i;
	const struct mention *m;
	long ref = ui->sel.mention;

	if (ui->sel.article < 0)
		return;
	if (ref < 0)	/* nothing current: from the top of the view */
		ref = dir > 0 ? ui_reader_top_offset(ui) - 1 : LONG_MAX;
	m = ui_article_mentions(ui, (uint32_t)ui->sel.article, &n);
	if (!m || !n) {
		ui_report(ui, ui_index_ready(ui) ? "No entities in this article"
			  : "Entities are still being indexed");
		return;
	}
	for (i = 0; i < n; i++) {
		size_t k = dir > 0 ? i : n - 1 - i;

		if ((dir > 0 && (long)m[k].start > ref) || (dir < 0 && (long)m[k].start < ref)) {
			ui_push_jump(ui);
			ui_select_entity(ui, m[k].entity);
			land_on(ui, &m[k]);
			ui_report(ui, "%s %s", ent_type_name(m[k].type), entity_name(ui, m[k].entity));
			return;
		}
	}
	ui_report(ui, dir > 0 ? "No more entity mentions below" : "No more entity mentions above");
}

bool
ui_nav_request(struct ui *ui, enum request req)
{
	bool search = ui->find.search[0] && ui->focus == PANE_READER;

	switch (req) {
	case REQ_NEXT_MENTION: if (search) step_hit(ui, 1); else step_mention(ui, 1); break;
	case REQ_PREV_MENTION: if (search) step_hit(ui, -1); else step_mention(ui, -1); break;
	case REQ_NEXT_ENTITY_ARTICLE: step_article(ui, 1); break;
	case REQ_PREV_ENTITY_ARTICLE: step_article(ui, -1); break;
	case REQ_NEXT_ANY_MENTION: step_any(ui, 1); break;
	case REQ_PREV_ANY_MENTION: step_any(ui, -1); break;
	case REQ_JUMP_BACK: jump(ui, -1); break;
	case REQ_JUMP_FORWARD: jump(ui, 1); break;
	case REQ_CLEAR_FILTER:
		if (ui->list.filter_label[0]) {
			ui_set_filter(ui, NULL, NULL, 0);
			ui_report(ui, "Filter cleared: %zu articles", ui->list.norder);
		}
		break;
	default:
		return false;
	}
	return true;
}
