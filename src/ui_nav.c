/* ui_nav.c -- moves across articles: the entity selection, ]/[ and the jump list. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/util.h"
#include "pane.h"
#include "ui.h"

void
ui_select_entity(struct ui *ui, long entity)
{
	if (entity != ui->sel.entity)
		ui->sel.mention = ui->sel.mention_end = -1;
	ui->sel.entity = entity;
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

	/* Walking the list is no new jump: a push here would cut off what lies ahead. */
	if ((long)j->article != ui->sel.article) {
		ui->jumps.walking = true;
		ui_show_article(ui, j->article, true);
		ui->jumps.walking = false;
	}
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

/* Across articles ---------------------------------------------------------------------- */

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
		ui_no_entity(ui);
		return;
	}
	for (i = ui->list.cursor; ui->list.norder && (dir > 0 ? i + 1 < ui->list.norder : i > 0);) {
		i = dir > 0 ? i + 1 : i - 1;
		if (!mentions_entity(ui, ui->list.order[i], e, &first, &last))
			continue;
		ui_push_jump(ui);
		ui_show_article(ui, ui->list.order[i], true);
		ui_select_entity(ui, e);
		ui_reader_land(ui, &ui_article_mentions(ui, ui->list.order[i], &n)[dir > 0 ? first : last]);
		ui_report(ui, "%s: article %zu/%zu in the list", ui_entity_name(ui, e), i + 1,
			  ui->list.norder);
		return;
	}
	ui_report(ui, "No %s article in the list mentions %s", dir > 0 ? "later" : "earlier",
		  ui_entity_name(ui, e));
}

bool
ui_nav_request(struct ui *ui, enum request req)
{
	switch (req) {
	/* The reader's own moves, asked for from another pane (the reader takes them itself). */
	case REQ_NEXT_MENTION: case REQ_PREV_MENTION: case REQ_NEXT_ANY_MENTION:
	case REQ_PREV_ANY_MENTION: return ui_reader_step(ui, req);
	case REQ_NEXT_ENTITY_ARTICLE: step_article(ui, 1); break;
	case REQ_PREV_ENTITY_ARTICLE: step_article(ui, -1); break;
	case REQ_JUMP_BACK: jump(ui, -1); break;
	case REQ_JUMP_FORWARD: jump(ui, 1); break;
	case REQ_CLEAR_FILTER:
		if (ui->list.filter_label[0]) {
			size_t n;

			ui_set_filter(ui, NULL, NULL, 0);
			ui_list_articles(ui, &n);
			ui_report(ui, "Filter cleared: %zu article%s", n, plural_s(n));
		}
		break;
	default:
		return false;
	}
	return true;
}
