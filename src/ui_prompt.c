/* ui_prompt.c -- what the status-line prompt edits (filter, search, tags...) and the pick list. MIT licence. */
#include "config.h"

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/query.h"
#include "dossier/state.h"
#include "dossier/util.h"
#include "prompt.h"
#include "ui.h"

/* History kinds kept in the state file, per prompt kind. */
static const char *
history_kind(int kind)
{
	switch (kind) {
	case PROMPT_FILTER: return "filter";
	case PROMPT_SEARCH: return "search";
	case PROMPT_COMMAND: return "command";
	case PROMPT_TAG: return "tag";
	case PROMPT_PIPE: return "pipe";
	default: return NULL;
	}
}

static void
free_history(struct ui *ui)
{
	state_strings_free(ui->in.history, ui->in.nhistory);
	ui->in.history = NULL;
	ui->in.nhistory = 0;
}

void
ui_prompt(struct ui *ui, int kind, const char *label, const char *initial)
{
	const char *hk = history_kind(kind);
	char **newest = NULL;
	size_t n = 0, i;

	prompt_open(ui->in.prompt, (enum prompt_kind)kind, label, initial);
	ui->status.text[0] = '\0';
	ui->in.prompt->before = xstrdup(initial ? initial : "");
	free_history(ui);
	/* Up/Down walk the history, newest first; the prompt wants it oldest first. */
	if (hk && ui->st && state_history(ui->st, hk, 200, &newest, &n) == STATE_OK) {
		ui->in.history = xmalloc((n ? n : 1) * sizeof *ui->in.history);
		for (i = 0; i < n; i++)
			ui->in.history[i] = newest[n - 1 - i];
		free(newest);
		ui->in.nhistory = n;
	}
	ui->in.prompt->history = ui->in.history;
	ui->in.prompt->nhistory = ui->in.nhistory;
	ui->in.prompt->hpos = ui->in.nhistory;
	if (kind == PROMPT_FILTER) {
		/* Esc puts back the list as it was (the articles of folded stories too). */
		const uint32_t *all = ui_list_articles(ui, &n);

		free(ui->list.prev_label);
		free(ui->list.prev_ids);
		ui->list.prev_label = xstrdup(ui->list.filter_label);
		ui->list.prev_ids = xmalloc((n ? n : 1) * sizeof *ui->list.prev_ids);
		memcpy(ui->list.prev_ids, all, n * sizeof *all);
		ui->list.prev_n = n;
	}
}

/* Apply the prompt's text to what it edits live. */
/* Is a key (or any input) waiting on the terminal? */
static int
key_waiting(void *ud)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };

	(void)ud;
	return poll(&p, 1, 0) > 0;
}

void
ui_prompt_live(struct ui *ui, const char *text)
{
	switch (ui->in.prompt->kind) {
	case PROMPT_ENTITY:
		ui_sidebar_narrow(ui, text);
		break;
	case PROMPT_SEARCH:
		ui_set_search(ui, text);
		break;
	case PROMPT_HELP:
		ui_help_search(ui, text);
		break;
	case PROMPT_FILTER:
		/* Typing is never held up by a slow query: a key typed meanwhile stops it
		 * (scripts have no typing to wait for: their queries always finish). */
		ui->query_interrupted = false;
		if (!ui->opt.script)
			index_set_interrupt(ui->ix, key_waiting, NULL);
		ui_apply_query(ui, text);
		index_set_interrupt(ui->ix, NULL, NULL);
		break;
	default:
		break;
	}
	ui->in.prompt->dirty = ui->query_interrupted;
	ui->query_interrupted = false;
}

static void
restore_filter(struct ui *ui)
{
	if (ui->list.prev_label && ui->list.prev_label[0])
		ui_set_filter(ui, ui->list.prev_label, ui->list.prev_ids, ui->list.prev_n);
	else
		ui_set_filter(ui, NULL, NULL, 0);
}

static void
accept(struct ui *ui)
{
	struct prompt *p = ui->in.prompt;
	enum prompt_kind kind = p->kind;
	char *text = xstrdup(prompt_text(p));
	const char *hk = history_kind(kind);

	/* (once: not again when tried again by ui_prompt_when_ready()) */
	if (hk && text[0] && ui->st && !ui->accept_when_ready)
		state_history_add(ui->st, hk, text);
	if (kind == PROMPT_FILTER && !ui_apply_query(ui, text)) {
		/* Keep the prompt open on a bad query (the message says why); while indexing,
		 * accept it by itself once the index is ready (ui_prompt_when_ready). */
		ui->accept_when_ready = !ui_index_ready(ui) || ui_quotes_pending(ui);
		free(text);
		return;
	}
	ui->accept_when_ready = false;
	if (kind != PROMPT_FILTER)
		ui_prompt_live(ui, text);
	prompt_close(p);
	free_history(ui);
	if (kind == PROMPT_TAG || kind == PROMPT_NOTE)
		ui_triage_prompt_done(ui, kind, text);
	else if (kind == PROMPT_COMMAND)
		ui_command(ui, text);
	else if (kind == PROMPT_PIPE)
		ui_pipe_article(ui, text);
	else if (kind == PROMPT_RENAME || kind == PROMPT_MERGE || kind == PROMPT_ADD ||
		 kind == PROMPT_SPLIT)
		ui_corr_prompt_done(ui, kind, text);
	else if (kind == PROMPT_FILTER && text[0]) {
		size_t n;

		ui_list_articles(ui, &n);
		ui_report(ui, "Filter: %s · %zu article%s · Backspace clears", text, n,
			  plural_s(n));
		ui_filter_hint(ui, text);
	}
	free(text);
}

/* Enter was pressed on a filter the index could not answer yet: tried again as soon as
 * it can (the full text whole and a query of no entities, or everything ready). */
void
ui_prompt_when_ready(struct ui *ui)
{
	struct query *q;
	char err[256];
	bool can;

	if (!ui->accept_when_ready)
		return;
	if (ui->in.prompt->kind != PROMPT_FILTER) {
		ui->accept_when_ready = false;
		return;
	}
	can = ui_index_ready(ui) && !ui_quotes_pending(ui);
	if (!can && (ui->progress->text_ready || ui_index_ready(ui)) &&
	    (q = query_parse(prompt_text(ui->in.prompt), err, sizeof err))) {
		can = ui_query_answerable(ui, q);
		query_free(q);
	}
	if (can)
		accept(ui);
}

void
ui_prompt_input(struct ui *ui, int key)
{
	struct prompt *p = ui->in.prompt;

	ui->accept_when_ready = false;	/* a key changes or cancels what was accepted */
	if ((p->kind == PROMPT_CONFIRM || p->kind == PROMPT_QUIT || p->kind == PROMPT_CLUSTER) &&
	    key != 27) {
		/* One key answers a question. */
		char ans[2] = { (char)(key == 'y' || key == 'Y' ? 'y' : 'n'), 0 };
		enum prompt_kind kind = p->kind;

		prompt_close(p);
		if (kind == PROMPT_QUIT)
			ui->quit = ans[0] == 'y';
		else if (kind == PROMPT_CLUSTER)
			ui_cluster_answer(ui, ans[0] == 'y');
		else
			ui_triage_prompt_done(ui, PROMPT_CONFIRM, ans);
		return;
	}
	switch (prompt_key(p, key)) {
	case PROMPT_ACCEPT:
		accept(ui);
		break;
	case PROMPT_CANCEL:
		if (p->kind == PROMPT_FILTER)
			restore_filter(ui);
		else
			ui_prompt_live(ui, p->before ? p->before : "");
		prompt_close(p);
		free_history(ui);
		ui->status.text[0] = '\0';
		break;
	case PROMPT_COMPLETE:
		ui_complete(ui);
		if (ui->opt.script && p->dirty)
			ui_prompt_live(ui, prompt_text(p));
		break;
	case PROMPT_EDITED:
		/* Live updates wait until typing pauses (see read_key); scripts apply them now. */
		if (ui->opt.script)
			ui_prompt_live(ui, prompt_text(p));
		break;
	default:
		break;
	}
}

