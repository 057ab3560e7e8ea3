/* ui_correct.c -- entity corrections from the keyboard, and :corrections. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/correct.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "pane.h"
#include "prompt.h"
#include "ui.h"

/*
 * A correction is written to the state file (one undo step there), then the entity tables
 * are made again: the uncorrected set (kept from the first correction on) is copied, every
 * correction applied to the copy in order (corr_apply(), as the load does) and the
 * index's tables rebuilt from it (index_replace_entities()). That costs what building
 * the tables at load costs, without extracting again; re-applying every correction rather
 * than the new one alone is what makes undo, redo and delete exact. The uncorrected set is
 * the loaded one when no correction was applied at load, else it is extracted once, the
 * extractions kept (ui->corr.kept): after :edit re-read an article only that one is
 * extracted again, then the corpus resolved (entities_rebuild()), as a cold launch does.
 */

static const struct entity_set *
ents(const struct ui *ui)
{
	return ui->ix ? index_entities(ui->ix) : NULL;
}

/* The uncorrected set, made when missing or stale. */
static const struct entity_set *
raw_set(struct ui *ui)
{
	struct ui_corrections *k = &ui->corr;

	if (k->raw && k->raw_reloads == ui->reloads)
		return k->raw;
	entity_set_free(k->raw);
	if (strcmp(k->digest, "none") == 0 && k->raw_reloads == ui->reloads)
		k->raw = entity_set_copy(ents(ui));
	else
		k->raw = entities_rebuild(ui->corpus, &k->kept, NULL);
	k->raw_reloads = ui->reloads;
	return k->raw;
}

/* Select again, in a rebuilt set, the entity of that key and type (or none). */
static void
reselect(struct ui *ui, const char *key, int type)
{
	const struct entity_set *es = ents(ui);
	size_t i;

	for (i = 0; key && es && i < es->n; i++)
		if (es->ents[i].type == type && strcmp(es->ents[i].key, key) == 0) {
			ui_select_entity(ui, (long)i);
			return;
		}
	ui_select_entity(ui, -1);
}

void
ui_corr_sync(struct ui *ui)
{
	struct ui_corrections *k = &ui->corr;
	struct entity_set *es;
	struct corr *v = NULL;
	size_t n = 0;
	char digest[17], *key = NULL;
	int type = -1;

	if (!ui->st || !ui_index_ready(ui) || !ents(ui))
		return;
	if (state_corrections(ui->st, &v, &n) != STATE_OK) {
		ui_error(ui, "Corrections not read: %s", state_error(ui->st));
		return;
	}
	corr_digest(v, n, digest);
	if (strcmp(digest, k->digest) != 0) {
		if (k->next_key) {	/* what the correction made of the entity */
			key = k->next_key;
			type = k->next_type;
			k->next_key = NULL;
		} else if (ui->sel.entity >= 0) {
			key = xstrdup(ents(ui)->ents[ui->sel.entity].key);
			type = ents(ui)->ents[ui->sel.entity].type;
		}
		es = entity_set_copy(raw_set(ui));
		corr_apply(&es, ui->corpus, v, n, NULL);
		if (index_replace_entities(ui->ix, es) != INDEX_OK) {
			ui_error(ui, "Entity tables not rebuilt: %s", index_error(ui->ix));
			entity_set_free(es);
		} else {
			entity_set_free(k->set);
			k->set = es;
			snprintf(k->digest, sizeof k->digest, "%s", digest);
			/* Every pane's entity rows are stale; the uncorrected set is not. */
			if (k->raw_reloads == ui->reloads++)
				k->raw_reloads = ui->reloads;
			k->keep_row = true;	/* the sidebar keeps its cursor's row */
			reselect(ui, key, type);
			/* The concordance lists the mentions of the selected entity again. */
			if (ui_top(ui) == PANE_MENTIONS)
				ui->panes[PANE_MENTIONS]->ops->article_changed(ui->panes[PANE_MENTIONS],
									       ui);
		}
		free(key);
	}
	corr_free_all(v, n);
	ui_watch_load(ui);
}

bool
ui_corr_after_edit(struct ui *ui)
{
	struct corr *v = NULL;
	size_t n = 0;

	if (!ui->st || state_corrections(ui->st, &v, &n) != STATE_OK)
		return false;
	corr_free_all(v, n);
	if (n == 0 && strcmp(ui->corr.digest, "none") == 0)
		return false;
	/* The tables are stale whatever the digest says; the uncorrected set is too (the
	 * re-read bumped ui->reloads): extracted again, then every correction applied. */
	snprintf(ui->corr.digest, sizeof ui->corr.digest, "edited");
	ui_corr_sync(ui);
	return strcmp(ui->corr.digest, "edited") != 0;
}

void
ui_corr_start(struct ui *ui)
{
	struct corr *v = NULL;
	size_t n = 0;

	/* What the load applies (main.c reads the same rows before the build). */
	snprintf(ui->corr.digest, sizeof ui->corr.digest, "none");
	if (ui->st && state_corrections(ui->st, &v, &n) == STATE_OK)
		corr_digest(v, n, ui->corr.digest);
	corr_free_all(v, n);
	ui->corr.watched_stale = true;
}

void
ui_corr_done(struct ui *ui)
{
	/* The index points at set until index_close(), which only closes connections; the
	 * build thread is done with it (a correction waits for the prefixes and the cache). */
	entity_set_free(ui->corr.raw);
	entity_set_free(ui->corr.set);
	ex_kept_free(&ui->corr.kept);
	free(ui->corr.watched_art);
	free(ui->corr.hash);
	free(ui->corr.surface);
	free(ui->corr.next_key);
	free(ui->corr.add_name);
	ui_corr_forget(ui);
}

/* The target ---------------------------------------------------------------------- */

/* May a correction be made now? The build thread reads the entity set until the prefix
 * table and the cache file are done (as :edit waits). */
static bool
can_correct(struct ui *ui)
{
	if (!ui_index_ready(ui) || !ents(ui)) {
		ui_report(ui, "Entities are still being indexed: corrections wait until they are in");
		return false;
	}
	if (ui->progress && (ui->progress->prefixes || ui->progress->saving ||
			     ui->progress->quoting)) {
		ui_report(ui, "The index is still being finished: try the correction in a moment");
		return false;
	}
	if (!ui->st) {
		ui_error(ui, "No state file: corrections cannot be kept");
		return false;
	}
	/*
	 * A correction is written at once or not at all (it rebuilds the tables, which
	 * must match the file), with the screen's short wait: a file another process
	 * holds makes it fail with a message, the screen never freezes. Triage waiting
	 * in the queue goes first, so the undo journal keeps the order of the keys.
	 */
	if (state_queue_pending(ui->save.queue)) {
		ui_error(ui, "Triage changes still wait for the state file: correct once they"
			 " are saved");
		return false;
	}
	return true;
}

/* The selected mention, where one is: the reader's (focus there, a mention selected) or
 * the concordance's row. Its place into ui->corr. */
static bool
mention_target(struct ui *ui)
{
	const struct article *a;
	struct ui_corrections *k = &ui->corr;
	uint32_t art, ms, me;
	size_t s, e;

	free(k->hash);
	free(k->surface);
	k->hash = k->surface = NULL;
	if (ui_top(ui) == PANE_MENTIONS) {
		if (!ui_mentions_selected(ui, &art, &ms, &me))
			return false;
		a = ui->corpus->arts[art];
		article_load(a);
		s = ms;
		e = me;
	} else if (ui_top(ui) == PANE_READER && ui->sel.article >= 0 && ui->sel.mention >= 0 &&
		   ui->sel.mention_end > ui->sel.mention) {
		a = ui->corpus->arts[ui->sel.article];
		article_load(a);
		s = (size_t)ui->sel.mention;
		e = (size_t)ui->sel.mention_end;
	} else {
		return false;
	}
	if (e > a->len || s >= e)
		return false;
	k->hash = xstrdup(a->hash);
	k->surface = xstrndup(a->text + s, e - s);
	k->occurrence = corr_occurrence(a->text, a->len, s, e);
	return k->occurrence >= 0;
}

/* The entity the key acts on (the selected one) and, in the reader, the mention. */
static bool
target(struct ui *ui, bool want_mention)
{
	if (!can_correct(ui))
		return false;
	if (ui->sel.entity < 0 || (size_t)ui->sel.entity >= ents(ui)->n) {
		ui_no_entity(ui);
		return false;
	}
	ui->corr.entity = ui->sel.entity;
	ui->corr.at_mention = want_mention && mention_target(ui);
	return true;
}

static struct corr_ent
target_ent(struct ui *ui)
{
	const struct entity *e = &ents(ui)->ents[ui->corr.entity];
	struct corr_ent ce = { e->key, e->type, e->canonical };

	return ce;
}

static struct corr_place
target_place(struct ui *ui)
{
	struct corr_place p = { ui->corr.hash, ui->corr.surface, ui->corr.occurrence };

	return p;
}

/* Say, after what (of n bytes), when the target's name and type are other entities' too. */
static void
namesakes(struct ui *ui, char *what, size_t n)
{
	size_t i, k = 0, len = strlen(what);

	for (i = 0; i < ents(ui)->n; i++)
		k += ui_corr_same_name(ui, i, (size_t)ui->corr.entity);
	if (k > 1 && len < n)
		snprintf(what + len, n - len, " (%zu of that name)", k);
}

/* The sidebar's selection after the next rebuild: the entity the correction made. */
static void written(struct ui *ui, int rc, const char *what);

static void
select_next(struct ui *ui, const char *name, int type)
{
	free(ui->corr.next_key);
	ui->corr.next_key = text_fold(name, strlen(name), NULL);
	ui->corr.next_type = type;
}

void
ui_corr_write(struct ui *ui, int rc, const char *what, const char *name, int type)
{
	if (rc == STATE_OK && name)
		select_next(ui, name, type);
	written(ui, rc, what);
}

/* After a write: say what it did, or why it was not kept; rebuild the tables. */
static void
written(struct ui *ui, int rc, const char *what)
{
	char line[600];

	if (rc != STATE_OK) {
		free(ui->corr.next_key);
		ui->corr.next_key = NULL;
		snprintf(line, sizeof line, "Correction not saved (%s): %s; nothing changed, try"
			 " again", what, state_error(ui->st));
		ui_error(ui, "%s", line);
		ui_log(ui, line);
		return;
	}
	snprintf(line, sizeof line, "%s · u undoes", what);
	ui_corr_sync(ui);
	ui_report(ui, "%s", line);
}

static void
hide(struct ui *ui)
{
	struct corr_ent ce;
	struct corr_place at;
	char what[400];
	int rc;

	if (!target(ui, true))
		return;
	ce = target_ent(ui);
	at = target_place(ui);
	if (ui->corr.at_mention)
		snprintf(what, sizeof what, "Hidden: this mention \"%.120s\" of %.120s", at.surface,
			 ce.name);
	else {
		snprintf(what, sizeof what, "Hidden: %.200s (%s) is not an entity", ce.name,
			 ent_type_name(ce.type));
		namesakes(ui, what, sizeof what);
	}
	rc = state_correct_hide(ui->st, &ce, ui->corr.at_mention ? &at : NULL, NULL);
	written(ui, rc, what);
}

static void
retype_open(struct ui *ui)
{
	char title[300];
	int t;

	if (!target(ui, true))
		return;
	snprintf(title, sizeof title, "Retype %s%.120s as · Enter picks · q closes",
		 ui->corr.at_mention ? "this mention of " : "", ents(ui)->ents[ui->corr.entity].canonical);
	ui_menu_open(ui, MENU_TYPES, title);
	for (t = 0; t < ENT_NTYPES; t++) {
		char v[8];

		snprintf(v, sizeof v, "%d", t);
		ui_menu_add(ui, ent_type_name(t), v);
		if (t == ents(ui)->ents[ui->corr.entity].type)
			ui_menu_select(ui, (size_t)t);
	}
}

static void
retype(struct ui *ui, int type)
{
	struct corr_ent ce = target_ent(ui);
	struct corr_place at = target_place(ui);
	char what[400];
	int rc;

	if (type == ce.type) {
		ui_report(ui, "Type unchanged: %s is %s already", ce.name, ent_type_name(type));
		return;
	}
	snprintf(what, sizeof what, "Retyped %s%.200s: %s", ui->corr.at_mention ? "this mention of " : "",
		 ce.name, ent_type_name(type));
	if (!ui->corr.at_mention) {
		namesakes(ui, what, sizeof what);
		select_next(ui, ce.name, type);
	}
	rc = state_correct_retype(ui->st, &ce, ui->corr.at_mention ? &at : NULL, type, NULL);
	written(ui, rc, what);
}

static void
rename_done(struct ui *ui, const char *name)
{
	struct corr_ent ce = target_ent(ui);
	char what[400];
	int rc;

	if (!name[0] || strcmp(name, ce.name) == 0) {
		ui_report(ui, "Name unchanged");
		return;
	}
	snprintf(what, sizeof what, "Renamed %.150s: %.150s", ce.name, name);
	namesakes(ui, what, sizeof what);
	select_next(ui, name, ce.type);
	rc = state_correct_rename(ui->st, &ce, name, NULL);
	written(ui, rc, what);
}

static void
merge_done(struct ui *ui, const char *text)
{
	const struct entity_set *es = ents(ui);
	struct corr_ent ce = target_ent(ui), into;
	long e = ui_corr_chosen(ui, text);
	char what[400];
	int rc;

	if (e < 0)
		e = ui_corr_best(ui, text, ui->corr.entity);
	ui_corr_forget(ui);

	if (e < 0) {
		ui_error(ui, "No entity named %.200s (Tab completes a name)", text);
		return;
	}
	into = (struct corr_ent){ es->ents[e].key, es->ents[e].type, es->ents[e].canonical };
	snprintf(what, sizeof what, "Merged %.150s into %.150s", ce.name, into.name);
	namesakes(ui, what, sizeof what);
	select_next(ui, into.name, into.type);
	rc = state_correct_merge(ui->st, &ce, &into, NULL);
	written(ui, rc, what);
}

/* s on one line (owned): a line break or tab is a space, as the prompt shows it. */
static char *
one_line(const char *s)
{
	char *t = xstrdup(s), *p;

	for (p = t; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	return t;
}

/* Split: this mention (P: every mention with its words in this article) leaves the
 * entity. A prompt names where they go: the words as they are (Enter) make an entity
 * of their own, as the CLI's split without --into; another name joins the entity of
 * that name (Tab completes; the one shown), else makes one of that name. */
static void
split(struct ui *ui, bool every)
{
	char *text;

	if (!target(ui, true))
		return;
	if (!ui->corr.at_mention) {
		ui_report(ui, "Split takes a mention out: select one in the reader (e/E, n/N)");
		return;
	}
	ui->corr.split_every = every;
	text = one_line(ui->corr.surface);
	ui_corr_forget(ui);
	ui_prompt(ui, PROMPT_SPLIT, every ? "Split every one into: " : "Split into: ", text);
	ui_report(ui, "Enter: an entity of its own · another name joins that entity (Tab"
		  " completes) or makes it");
	free(text);
}

static void
split_done(struct ui *ui, const char *name)
{
	const struct entity_set *es = ents(ui);
	struct corr_ent ce = target_ent(ui), into = {0};
	struct corr_place at = target_place(ui);
	long e = ui_corr_chosen(ui, name);
	char what[400], *key = NULL, *words = one_line(at.surface);
	bool own = e < 0 && strcmp(name, words) == 0;	/* the words as they were */
	int rc;

	ui_corr_forget(ui);
	free(words);
	if (!name[0]) {
		ui_report(ui, "Nothing split");
		return;
	}
	if (ui->corr.split_every)
		at.occurrence = -1;
	if (!own && e < 0)
		e = ui_corr_by_name(ui, name, ui->corr.entity);
	if (e >= 0)
		into = (struct corr_ent){ es->ents[e].key, es->ents[e].type, es->ents[e].canonical };
	else if (!own)	/* a new entity of that name, of the entity's type */
		into = (struct corr_ent){ key = text_fold(name, strlen(name), NULL), ce.type, name };
	snprintf(what, sizeof what, "Split %s\"%.100s\" out of %.100s%s%.100s",
		 ui->corr.split_every ? "every " : "", at.surface, ce.name, own ? "" : " into ",
		 own ? "" : into.name);
	if (!own)
		select_next(ui, into.name, into.type);
	rc = state_correct_split(ui->st, &ce, &at, own ? NULL : &into, NULL);
	free(key);
	written(ui, rc, what);
}

/* :corrections --------------------------------------------------------------------- */

void
ui_corrections_open(struct ui *ui)
{
	struct corr *v = NULL;
	size_t n = 0, i;
	char label[700], value[32], when[32];
	uint32_t *used;
	struct entity_set *es;

	if (!ui->st || !ui_index_ready(ui) || !ents(ui)) {
		ui_report(ui, "Entities are still being indexed: :corrections waits until they are in");
		return;
	}
	if (state_corrections(ui->st, &v, &n) != STATE_OK || !n) {
		ui_report(ui, "%s", n ? state_error(ui->st) : "No corrections yet");
		corr_free_all(v, n);
		return;
	}
	/* How many mentions each applies to: applied again to a copy of the uncorrected set. */
	used = xcalloc(n, sizeof *used);
	es = entity_set_copy(raw_set(ui));
	corr_apply(&es, ui->corpus, v, n, used);
	entity_set_free(es);
	ui_menu_open(ui, MENU_CORRECTIONS, "Corrections · mentions each applies to · D deletes"
		     " (u undoes) · q closes");
	for (i = 0; i < n; i++) {
		char *d = corr_describe(&v[i]);
		time_t t = (time_t)v[i].made;
		struct tm tm;

		localtime_r(&t, &tm);
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
		/* A script's dumps are compared with fixed text: no clock in them. */
		if (ui->opt.script)
			snprintf(when, sizeof when, "(made now)");
		/* The count before the description: at 80 columns a long one cut "unused" off. */
		if (used[i])
			snprintf(label, sizeof label, "%s  %6u  %s", when, (unsigned)used[i], d);
		else
			snprintf(label, sizeof label, "%s  unused  %s", when, d);
		snprintf(value, sizeof value, "%lld", (long long)v[i].id);
		ui_menu_add(ui, label, value);
		free(d);
	}
	free(used);
	corr_free_all(v, n);
}

static void
delete_correction(struct ui *ui, const char *value)
{
	int rc;

	if (!can_correct(ui))
		return;
	rc = state_correction_delete(ui->st, strtoll(value, NULL, 10));
	if (rc != STATE_OK) {
		ui_error(ui, "Correction not deleted: %s", rc == STATE_NONE ? "it is gone already" :
			 state_error(ui->st));
		return;
	}
	ui_corr_sync(ui);
	ui_menu_close(ui);
	ui_corrections_open(ui);
	ui_report(ui, "Correction deleted · u undoes");
}

/* Requests, prompts, pick lists ----------------------------------------------------- */

bool
ui_corr_request(struct ui *ui, enum request req)
{
	switch (req) {
	case REQ_CORR_HIDE: hide(ui); break;
	case REQ_CORR_RETYPE: retype_open(ui); break;
	case REQ_CORR_RENAME:
		if (target(ui, false))
			ui_prompt(ui, PROMPT_RENAME, "Rename to: ",
				  ents(ui)->ents[ui->corr.entity].canonical);
		break;
	case REQ_CORR_MERGE:
		if (target(ui, false)) {
			char label[48];

			snprintf(label, sizeof label, "Merge into (Tab completes): ");
			ui_corr_forget(ui);
			ui_prompt(ui, PROMPT_MERGE, label, "");
		}
		break;
	case REQ_CORR_SPLIT: split(ui, false); break;
	case REQ_CORR_SPLIT_ALL: split(ui, true); break;
	case REQ_CORR_ADD: ui_corr_add_start(ui); break;
	case REQ_WATCH:
		if (target(ui, false))
			ui_watch_toggle(ui);
		break;
	case REQ_WATCHLIST: ui_watchlist_open(ui); break;
	default:
		return false;
	}
	return true;
}

void
ui_corr_prompt_done(struct ui *ui, int kind, const char *text)
{
	if (kind == PROMPT_RENAME)
		rename_done(ui, text);
	else if (kind == PROMPT_MERGE)
		merge_done(ui, text);
	else if (kind == PROMPT_ADD)
		ui_corr_add_named(ui, text);
	else if (kind == PROMPT_SPLIT)
		split_done(ui, text);
}

bool
ui_corr_menu_chosen(struct ui *ui, int kind, const char *value)
{
	if (kind == MENU_TYPES)
		retype(ui, atoi(value));
	else if (kind == MENU_ADD_TYPE)
		ui_corr_add_typed(ui, atoi(value));
	else if (kind == MENU_WATCH)
		ui_apply_query(ui, value);
	else if (kind != MENU_CORRECTIONS)
		return false;
	return true;
}

bool
ui_corr_menu_key(struct ui *ui, int kind, const char *value, enum request req)
{
	if (kind != MENU_CORRECTIONS)
		return false;
	if (req == REQ_CORR_DELETE) {
		delete_correction(ui, value);
	} else if (req == REQ_UNDO || req == REQ_REDO) {
		/* The list shows what the undo did (a deletion undone comes back). */
		ui_triage_request(ui, req);
		ui_menu_close(ui);
		ui_corrections_open(ui);
	} else {
		return false;
	}
	return true;
}
