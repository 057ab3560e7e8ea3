/* ui_watch.c -- the watchlist on the screen: star an entity, the list, the title bar's count. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/correct.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/state.h"
#include "dossier/util.h"
#include "ui.h"

/*
 * A watch is a row of the state file, kept by the entity's name and type when it was
 * starred; it designates the entity of that name now, or the one a rename, retype or
 * merge made of it (entity_set.former, entity_set_mark_named()), so a watch follows
 * its entity through corrections and comes back when the correction is undone.
 */

static const struct entity_set *
ents(const struct ui *ui)
{
	return ui->ix ? index_entities(ui->ix) : NULL;
}

/* Which articles mention a watched entity (for the title bar and the watchlist). */
void
ui_watch_load(struct ui *ui)
{
	const struct entity_set *es = ents(ui);
	struct state_watch *w = NULL;
	uint8_t *on;
	size_t nw = 0, i, j;

	free(ui->corr.watched_art);
	ui->corr.watched_art = NULL;
	if (!es || !ui->st || state_watched(ui->st, &w, &nw) != STATE_OK || !nw) {
		state_watch_free(w, nw);
		return;
	}
	/* A watch follows its entity through a rename, retype or merge (its former names). */
	on = xcalloc(es->n ? es->n : 1, 1);
	for (j = 0; j < nw; j++)
		entity_set_mark_named(es, w[j].key, w[j].type, on);
	ui->corr.watched_art = xcalloc(es->narticles ? es->narticles : 1, 1);
	for (i = 0; i < es->narticles; i++)
		for (j = 0; j < es->nmentions[i]; j++)
			if (on[es->mentions[i][j].entity]) {
				ui->corr.watched_art[i] = 1;
				break;
			}
	free(on);
	state_watch_free(w, nw);
}

size_t
ui_watched_unread(struct ui *ui)
{
	const struct entity_set *es;
	size_t i, n = 0;

	/* (the builder sets the index's entity set until then: not even read) */
	if (!ui_index_ready(ui))
		return 0;
	es = ents(ui);
	if (ui->corr.watched_stale) {
		ui->corr.watched_stale = false;
		ui_watch_load(ui);
	}
	if (!ui->corr.watched_art || !es)
		return 0;
	for (i = 0; i < es->narticles && i < ui->corpus->n; i++)
		if (ui->corr.watched_art[i] && !(ui->tri.aflags[i] & AF_READ) && !ui_hidden(ui, (uint32_t)i))
			n++;
	return n;
}

/* Which watch rows of w[0, nw) designate entity e (by its name now, or a former one):
 * into hit (nw of them); how many. */
static size_t
watching(struct ui *ui, size_t e, const struct state_watch *w, size_t nw, bool *hit)
{
	const struct entity_set *es = ents(ui);
	uint8_t *mark = xcalloc(es->n ? es->n : 1, 1);
	size_t i, n = 0;

	for (i = 0; i < nw; i++) {
		memset(mark, 0, es->n ? es->n : 1);
		entity_set_mark_named(es, w[i].key, w[i].type, mark);
		n += hit[i] = mark[e] != 0;
	}
	free(mark);
	return n;
}

/* Star the selected entity, or unstar it: every watch row that designates it goes (one
 * made before a rename, under its old name, too). */
void
ui_watch_toggle(struct ui *ui)
{
	struct corr_ent ce, row;
	struct state_watch *w = NULL;
	size_t unread;
	size_t nw = 0, i;
	bool on, changed = false, *hit;
	int rc = STATE_OK;

	ce = (struct corr_ent){ ents(ui)->ents[ui->corr.entity].key,
				ents(ui)->ents[ui->corr.entity].type,
				ents(ui)->ents[ui->corr.entity].canonical };
	if (state_watched(ui->st, &w, &nw) != STATE_OK) {
		ui_error(ui, "Watchlist not read: %s", state_error(ui->st));
		return;
	}
	hit = xcalloc(nw ? nw : 1, sizeof *hit);
	on = watching(ui, (size_t)ui->corr.entity, w, nw, hit) == 0;
	if (on)
		rc = state_watch(ui->st, &ce, true, &changed);
	for (i = 0; !on && i < nw && rc == STATE_OK; i++) {
		if (!hit[i])
			continue;
		row = (struct corr_ent){ w[i].key, w[i].type, w[i].name };
		rc = state_watch(ui->st, &row, false, &changed);
	}
	free(hit);
	state_watch_free(w, nw);
	if (rc != STATE_OK) {
		ui_error(ui, "Watchlist not saved: %s", state_error(ui->st));
		return;
	}
	ui_watch_load(ui);
	unread = ui_watched_unread(ui);
	ui_report(ui, "%s %.200s (%s) · %zu unread article%s watched entities · u undoes",
		  on ? "Watching" : "No longer watching", ce.name, ent_type_name(ce.type),
		  unread, unread == 1 ? " mentions" : "s mention");
}

/* Unread articles (not archived) that mention entity e. */
static size_t
unread_of(struct ui *ui, size_t e)
{
	const struct entity_set *es = ents(ui);
	size_t i, j, n = 0;

	for (i = 0; i < es->narticles && i < ui->corpus->n; i++) {
		if ((ui->tri.aflags[i] & AF_READ) || ui_hidden(ui, (uint32_t)i))
			continue;
		for (j = 0; j < es->nmentions[i]; j++)
			if (es->mentions[i][j].entity == e) {
				n++;
				break;
			}
	}
	return n;
}

void
ui_watchlist_open(struct ui *ui)
{
	const struct entity_set *es = ents(ui);
	struct state_watch *w = NULL;
	size_t nw = 0, i, j;
	char label[400], value[300];
	uint8_t *mark;

	if (!ui->st || !es || !ui_index_ready(ui)) {
		ui_report(ui, "Entities are still being indexed: the watchlist waits until they are in");
		return;
	}
	if (state_watched(ui->st, &w, &nw) != STATE_OK || !nw) {
		ui_report(ui, "No watched entities: * on an entity in the sidebar stars it");
		state_watch_free(w, nw);
		return;
	}
	ui_menu_open(ui, MENU_WATCH, "Watched entities · Enter filters the list · q closes");
	snprintf(label, sizeof label, "All watched entities  %zu unread", ui_watched_unread(ui));
	ui_menu_add(ui, label, "is:watched");
	mark = xcalloc(es->n ? es->n : 1, 1);
	for (i = 0; i < nw; i++) {
		size_t unread = 0;
		long now = -1;	/* the entity it designates now (its name is shown) */
		const char *name;

		memset(mark, 0, es->n ? es->n : 1);
		entity_set_mark_named(es, w[i].key, w[i].type, mark);
		for (j = 0; j < es->n; j++)
			if (mark[j]) {
				unread += unread_of(ui, j);
				now = now < 0 ? (long)j : now;
			}
		name = now >= 0 ? es->ents[now].canonical : w[i].name ? w[i].name : w[i].key;
		snprintf(label, sizeof label, "★ %s (%s)  %zu unread", name,
			 ent_type_name(now >= 0 ? es->ents[now].type : w[i].type), unread);
		snprintf(value, sizeof value, "entity:\"%s\"", name);
		ui_menu_add(ui, label, value);
	}
	free(mark);
	state_watch_free(w, nw);
}
