/* ui_filter.c -- the list filter: the query language live in the list, saved searches, ':' commands. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/query.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "prompt.h"
#include "ui.h"

struct idvec {
	uint32_t *v;
	size_t n, cap;
};

static void
collect_id(void *ud, uint32_t id)
{
	struct idvec *iv = ud;

	xgrow((void **)&iv->v, &iv->cap, iv->n + 1, sizeof *iv->v);
	iv->v[iv->n++] = id;
}

/* Can q be answered now: the index is ready, or its full text is whole and q asks nothing
 * of entities or story clusters (their tables are still being made)? */
bool
ui_query_answerable(const struct ui *ui, const struct query *q)
{
	if (query_uses(q, QUERY_NEED_QUOTES) && ui_quotes_pending(ui))
		return false;	/* said: reads counts not written yet */
	return ui_index_ready(ui) ||
	       (ui->progress->text_ready &&
		!query_uses(q, QUERY_NEED_ENTITIES) && !query_uses(q, QUERY_NEED_CLUSTERS));
}

/* The index held for q, which it can still answer then; false (not held) else. */
static bool
held(struct ui *ui, const struct query *q)
{
	if (!index_try_hold(ui->ix))
		return false;
	if (ui_query_answerable(ui, q))
		return true;
	index_release(ui->ix);
	return false;
}

/* Run a query; on success fills *ids (owned by the caller). Errors go to the status line.
 * Before the index is ready, a query it can answer runs between the builder's statements
 * (index_hold()). */
bool
ui_run_query(struct ui *ui, const char *text, uint32_t **ids, size_t *n)
{
	char err[256];
	struct query *q = query_parse(text, err, sizeof err);
	struct idvec iv = {0};
	bool early;
	int rc;

	*ids = NULL;
	*n = 0;
	if (!q) {
		ui_error(ui, "%s", err);
		return false;
	}
	if (query_uses(q, QUERY_NEED_QUOTES) && ui_quotes_pending(ui)) {
		ui_report(ui, "The quotes are still being counted… the filter applies when they"
			  " are, in a moment");
		query_free(q);
		return false;
	}
	early = !ui_index_ready(ui);
	/* (asked again once held: a failed update takes the text away under the hold) */
	if (early && !(ui_query_answerable(ui, q) && held(ui, q))) {
		/* Never a partial answer presented as the answer. */
		ui_report(ui, "%s %zu%%… the filter applies when %s", ui_index_verb(ui),
			  ui->progress->total ? ui->progress->done * 100 / ui->progress->total : 0,
			  ui_query_answerable(ui, q) ? "the index is free, in a moment"
			  : "the index is ready");
		query_free(q);
		return false;
	}
	rc = index_query_ids(ui->ix, q, ui->st ? QUERY_HIDE_ARCHIVED : 0, collect_id, &iv);
	if (early)
		index_release(ui->ix);
	query_free(q);
	if (rc == INDEX_INTERRUPTED) {
		/* A key came in: it goes first, the query runs again when typing pauses. */
		free(iv.v);
		ui->query_interrupted = true;
		return false;
	}
	if (rc != INDEX_OK) {
		free(iv.v);
		ui_error(ui, "%s", index_error(ui->ix));
		return false;
	}
	*ids = iv.v;
	*n = iv.n;
	return true;
}

/* Filter the list by a query ("" shows everything). Returns false on a bad query. */
bool
ui_apply_query(struct ui *ui, const char *text)
{
	uint32_t *ids;
	size_t n;
	const char *p = text;

	while (*p == ' ')
		p++;
	if (!*p) {
		ui_set_filter(ui, NULL, NULL, 0);
		return true;
	}
	if (!ui_run_query(ui, text, &ids, &n))
		return false;
	ui_set_filter(ui, text, ids, n);
	free(ids);
	if (ui->list.norder)
		ui_show_article(ui, ui->list.order[ui->list.cursor], false);
	ui_report(ui, "%zu article%s match", n, n == 1 ? "" : "s");
	return true;
}

/* The entity a plain-word query names: canonical name or alias, folded; -1 for none. Of
 * several with that alias, the one in the most articles. */
static long
entity_named(const struct entity_set *es, const char *key)
{
	size_t i, k;
	long best = -1;

	for (i = 0; i < es->n; i++)
		if (strcmp(es->ents[i].key, key) == 0)
			return (long)i;
	for (i = 0; i < es->n; i++)
		for (k = 0; k < es->ents[i].naliases; k++) {
			char *f = text_fold(es->ents[i].aliases[k], strlen(es->ents[i].aliases[k]), NULL);
			bool same = strcmp(f, key) == 0;

			free(f);
			if (same && (best < 0 || es->ents[i].narticles > es->ents[best].narticles))
				best = (long)i;
			if (same)
				break;
		}
	return best;
}

void
ui_filter_hint(struct ui *ui, const char *text)
{
	const struct entity_set *es = ui_index_ready(ui) ? index_entities(ui->ix) : NULL;
	char q[300], *key;
	const char *p;
	uint32_t *ids;
	size_t n;
	long e;

	/* Plain words only: a field, a phrase, a prefix, OR or a negation says what it wants. */
	for (p = text; *p; p++)
		if (strchr(":\"*()-", *p))
			return;
	if (!es || strstr(text, " OR ") || strlen(text) > 200)
		return;
	/* The words find fewer than the entity (its other names, "Cuban" for Cuba)? The
	 * entity's name is looked for only then: that walks every alias. */
	snprintf(q, sizeof q, strchr(text, ' ') ? "entity:\"%s\"" : "entity:%s", text);
	if (!ui_run_query(ui, q, &ids, &n))
		return;
	free(ids);
	if (n <= ui->list.norder)
		return;
	key = text_fold(text, strlen(text), NULL);
	e = entity_named(es, key);
	free(key);
	ui_report(ui, "%zu article%s the entity %s: %s", n, n == 1 ? " mentions" : "s mention",
		  e >= 0 ? es->ents[e].canonical : text, q);
}

/* Saved searches ---------------------------------------------------------------------- */

static void
save_search(struct ui *ui, const char *name)
{
	if (!*name) {
		ui_error(ui, "usage: :save NAME (saves the current filter)");
		return;
	}
	if (!ui->list.filter_label[0]) {
		ui_error(ui, "No filter to save: filter the list with / first");
		return;
	}
	if (state_search_save(ui->st, name, ui->list.filter_label) != STATE_OK)
		ui_error(ui, "%s", state_error(ui->st));
	else
		ui_report(ui, "Saved search %s: %s", name, ui->list.filter_label);
}

static void
use_search(struct ui *ui, const char *name)
{
	char *q = NULL;
	size_t n;

	if (state_search_get(ui->st, name, &q) != STATE_OK) {
		ui_error(ui, "No saved search named %s (:searches lists them)", name);
		return;
	}
	if (ui_apply_query(ui, q) && ui_list_articles(ui, &n))
		ui_report(ui, "%s: %s · %zu article%s", name, q, n, plural_s(n));
	free(q);
}

static void
delete_search(struct ui *ui, const char *name)
{
	if (!*name)
		ui_error(ui, "usage: :delete-search NAME (:searches lists them)");
	else if (state_search_delete(ui->st, name) != STATE_OK)
		ui_error(ui, "No saved search named %s", name);
	else
		ui_report(ui, "Deleted saved search %s", name);
}

/* The ':searches' menu: every saved search with its count now. */
static void
list_searches(struct ui *ui)
{
	struct state_search *list;
	size_t n, i;

	if (state_searches(ui->st, &list, &n) != STATE_OK) {
		ui_error(ui, "%s", state_error(ui->st));
		return;
	}
	if (!n) {
		ui_report(ui, "No saved searches: filter with / then :save NAME");
		state_searches_free(list, n);
		return;
	}
	ui_menu_open(ui, MENU_SEARCHES, "Saved searches · Enter applies · q closes");
	for (i = 0; i < n; i++) {
		uint32_t *ids;
		size_t k = 0;
		char label[512];

		if (ui_run_query(ui, list[i].query, &ids, &k))
			free(ids);
		ui->status.text[0] = '\0';
		snprintf(label, sizeof label, "%-20s %6zu  %s", list[i].name, k, list[i].query);
		ui_menu_add(ui, label, list[i].name);
	}
	state_searches_free(list, n);
}

void
ui_menu_chosen(struct ui *ui, int kind, const char *value)
{
	if (kind == MENU_SEARCHES)
		use_search(ui, value);
	else if (kind == MENU_LINKS)
		ui_links_chosen(ui, value);
	else
		ui_corr_menu_chosen(ui, kind, value);
}

/* ':' commands ------------------------------------------------------------------------ */

static const char *const commands[] = {
	"filter", "save", "search", "searches", "delete-search", "unmark", "sort", "edit", "help",
	"quit", "messages", "watchlist", "corrections", "!",
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

void
ui_command(struct ui *ui, const char *line)
{
	char cmd[32];
	const char *arg;
	size_t n;

	while (*line == ' ' || *line == ':')
		line++;
	if (*line == '!') {
		ui_shell_command(ui, line + 1);	/* the rest of the line, as typed */
		return;
	}
	n = strcspn(line, " ");
	if (n >= sizeof cmd)
		n = sizeof cmd - 1;
	memcpy(cmd, line, n);
	cmd[n] = '\0';
	for (arg = line + n; *arg == ' '; arg++)
		;
	if (!cmd[0])
		return;
	if (strcmp(cmd, "filter") == 0)
		ui_apply_query(ui, arg);
	else if (strcmp(cmd, "save") == 0)
		save_search(ui, arg);
	else if (strcmp(cmd, "searches") == 0 || (strcmp(cmd, "search") == 0 && !*arg))
		list_searches(ui);	/* a bare :search lists what it could apply */
	else if (strcmp(cmd, "search") == 0)
		use_search(ui, arg);
	else if (strcmp(cmd, "delete-search") == 0)
		delete_search(ui, arg);
	else if (strcmp(cmd, "unmark") == 0)
		ui_triage_request(ui, REQ_CANCEL);
	else if (strcmp(cmd, "sort") == 0)
		ui_sort_by(ui, arg);
	else if (strcmp(cmd, "edit") == 0)
		ui_edit_article(ui);
	else if (strcmp(cmd, "help") == 0)
		ui_help_open(ui);
	else if (strcmp(cmd, "messages") == 0)
		ui_messages_open(ui);
	else if (strcmp(cmd, "watchlist") == 0)
		ui_watchlist_open(ui);
	else if (strcmp(cmd, "corrections") == 0)
		ui_corrections_open(ui);
	else if (strcmp(cmd, "quit") == 0 || strcmp(cmd, "q") == 0)
		ui_quit(ui);
	else
		ui_error(ui, "Unknown command :%s (Tab completes commands)", cmd);
}

/* Completion ------------------------------------------------------------------------- */

struct cands {
	char **v;	/* owned, each owned */
	size_t n, cap;
};

static void
cand_add(struct cands *c, const char *prefix, const char *s)
{
	size_t i;

	if (strncmp(s, prefix, strlen(prefix)) != 0)
		return;
	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i], s) == 0)
			return;
	xgrow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v);
	c->v[c->n++] = xstrdup(s);
}

/* Entity names as completions (quoted when they hold a space): any word of the name may
 * start with what was typed, folded (entity:put offers entity:"Vladimir Putin"). */
static void
add_entities(struct ui *ui, struct cands *c, const char *field, const char *typed)
{
	const struct entity_set *es = ui_index_ready(ui) ? index_entities(ui->ix) : NULL;
	const char *v = typed + strlen(field);
	char buf[300], *want;
	size_t i, wl;

	if (*v == '"')
		v++;
	want = text_fold(v, strlen(v), &wl);
	for (i = 0; es && i < es->n && c->n < 200; i++) {
		const char *k = es->ents[i].key, *hit = k;

		while (wl && hit && strncmp(hit, want, wl) != 0)
			hit = (hit = strchr(hit, ' ')) ? hit + 1 : NULL;
		if (!hit)
			continue;
		snprintf(buf, sizeof buf, strchr(es->ents[i].canonical, ' ') ? "%s\"%s\"" : "%s%s",
			 field, es->ents[i].canonical);
		cand_add(c, "", buf);
	}
	free(want);
}

static void
add_tags(struct ui *ui, struct cands *c, const char *field, const char *prefix)
{
	struct state_tag *tags;
	size_t n, i;
	char buf[300];

	if (state_tags(ui->st, &tags, &n) != STATE_OK)
		return;
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof buf, "%s%s", field, tags[i].name);
		cand_add(c, prefix, buf);
	}
	state_tags_free(tags, n);
}

static void
add_searches(struct ui *ui, struct cands *c, const char *prefix)
{
	struct state_search *list;
	size_t n, i;

	if (state_searches(ui->st, &list, &n) != STATE_OK)
		return;
	for (i = 0; i < n; i++)
		cand_add(c, prefix, list[i].name);
	state_searches_free(list, n);
}

static void
query_cands(struct ui *ui, struct cands *c, const char *w)
{
	static const char *const fields[] = { "is:unread", "is:read", "is:flagged", "is:archived",
		"tag:", "entity:", "said:", "type:person", "type:org", "type:place", "type:date",
		"type:money", "type:hashtag", "type:handle", "type:url", "date:", "source:", "path:" };
	const char *neg = w[0] == '-' ? "-" : "";
	char buf[64];
	size_t i;

	/* A negated term completes like the term, keeping its dash. */
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		snprintf(buf, sizeof buf, "%s%s", neg, fields[i]);
		cand_add(c, w, buf);
	}
	if (strncmp(w + strlen(neg), "tag:", 4) == 0) {
		snprintf(buf, sizeof buf, "%stag:", neg);
		add_tags(ui, c, buf, w);
	}
	if (strncmp(w + strlen(neg), "entity:", 7) == 0) {
		snprintf(buf, sizeof buf, "%sentity:", neg);
		add_entities(ui, c, buf, w);
	}
	if (strncmp(w + strlen(neg), "said:", 5) == 0) {
		snprintf(buf, sizeof buf, "%ssaid:", neg);
		add_entities(ui, c, buf, w);
	}
}

/* Tab in a prompt: complete the word before the cursor as far as it is unambiguous. */
void
ui_complete(struct ui *ui)
{
	struct prompt *p = ui->in.prompt;
	struct cands c = {0};
	char word[256];
	size_t i, common;
	bool first = !memchr(prompt_text(p), ' ', p->cursor);

	if (ui_corr_complete(ui))
		return;
	prompt_word(p, word, sizeof word);
	if (p->kind == PROMPT_COMMAND && first) {
		for (i = 0; i < NCOMMANDS; i++)
			cand_add(&c, word, commands[i]);
	} else if (p->kind == PROMPT_COMMAND && (strncmp(prompt_text(p), "search ", 7) == 0 ||
						 strncmp(prompt_text(p), "delete-search ", 14) == 0)) {
		add_searches(ui, &c, word);
	} else if (p->kind == PROMPT_TAG) {
		add_tags(ui, &c, word[0] == '-' ? "-" : "+", word);
	} else if (p->kind == PROMPT_FILTER || p->kind == PROMPT_COMMAND) {
		query_cands(ui, &c, word);
	}
	if (!c.n) {
		ui_report(ui, "No completion");
		return;
	}
	common = strlen(c.v[0]);
	for (i = 1; i < c.n; i++) {
		size_t k = 0;

		while (k < common && c.v[i][k] == c.v[0][k])
			k++;
		common = k;
	}
	if (c.n == 1)
		prompt_replace_word(p, c.v[0]);	/* a unique match replaces what was typed */
	else if (common > strlen(word) && strncmp(c.v[0], word, strlen(word)) == 0) {
		c.v[0][common] = '\0';
		prompt_replace_word(p, c.v[0]);
	}
	if (c.n > 1) {
		struct sbuf b = {0};

		for (i = 0; i < c.n && b.len < 400; i++)
			sb_printf(&b, "%s%s", i ? "  " : "", c.v[i]);
		ui_report(ui, "%s", b.data);
		sb_free(&b);
	}
	for (i = 0; i < c.n; i++)
		free(c.v[i]);
	free(c.v);
}

void
ui_list_rebuild(struct ui *ui, const char *label, const uint32_t *ids, size_t n)
{
	long sel = ui->list.norder ? (long)ui->list.order[ui->list.cursor]
		   : ui->sel.article >= 0 ? ui->sel.article : ui->list.kept;
	bool found = false;
	size_t i;

	snprintf(ui->list.filter_label, sizeof ui->list.filter_label, "%s", label ? label : "");
	ui->list.norder = 0;
	ui->clus.grouped = false;	/* order is made anew: nothing is folded in it */
	ui->list.cursor = 0;
	for (i = 0; i < (label ? n : ui->corpus->n); i++) {
		uint32_t id = label ? ids[i] : (uint32_t)i;

		/* Archived articles stay out of view unless the filter asks for them. */
		if (ui_hidden(ui, id))
			continue;
		if ((long)id == sel) {
			ui->list.cursor = ui->list.norder;
			found = true;
		}
		ui->list.order[ui->list.norder++] = id;
	}
	/* The sort keeps the cursor's article (on its story's row when folded); without it
	 * in the list, the first row (it kept the lowest id's, anywhere in the order). */
	ui_sort(ui);
	if (!found)
		ui->list.cursor = 0;
	ui->list.kept = ui->list.norder ? -1 : sel;
}

void
ui_set_filter(struct ui *ui, const char *label, const uint32_t *ids, size_t n)
{
	ui_list_rebuild(ui, label, ids, n);
	/* The reader follows the list: it showed an article the filter had left out (a filter
	 * from the sidebar). */
	if (!ui->list.norder)
		ui_show_none(ui);
	else if ((long)ui->list.order[ui->list.cursor] != ui->sel.article)
		ui_show_article(ui, ui->list.order[ui->list.cursor], false);
}
