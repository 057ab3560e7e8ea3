/* ui_cluster.c -- story clusters on the screen: folded list rows, + and d, "also in", r/a on a story. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/state.h"
#include "dossier/util.h"
#include "pane.h"
#include "prompt.h"
#include "ui.h"

/*
 * The build thread finds the clusters after the index (pipeline.c) and leaves them in
 * progress->clusters; the UI thread takes them here, gives them to the index (for
 * is:duplicate and cluster:) and folds the list. Folding is a pass over the list after
 * every sort (ui_sort() unfolds first): each cluster with two or more articles in the
 * list keeps one row, its head (the earliest version the list holds), with the count of
 * the others; + unfolds it (the others follow the head, earliest first) and folds it
 * again. ui->clus.full keeps the list unfolded, so that counts, X, A and the filter's
 * Esc see every article, not the rows.
 */

#define NONE UINT32_MAX

/* Keep the open article in view: a story folded over it unfolds (the list follows the
 * reader, as everywhere). */
static void
keep_open_article(struct ui *ui)
{
	size_t i;

	if (ui->sel.article < 0)
		return;
	for (i = 0; i < ui->list.norder; i++)
		if ((long)ui->list.order[i] == ui->sel.article)
			return;
	if (ui_cluster_reveal(ui, (uint32_t)ui->sel.article))
		for (i = 0; i < ui->list.norder; i++)
			if ((long)ui->list.order[i] == ui->sel.article)
				ui->list.cursor = i;
}

void
ui_clusters_poll(struct ui *ui)
{
	struct ui_clusters *k = &ui->clus;
	const struct cluster_set *cs;
	size_t n = ui->corpus->n ? ui->corpus->n : 1;

	if (k->cs || !ui->progress || !ui->progress->clusters_done || !ui_index_ready(ui) ||
	    !(cs = ui->progress->clusters))
		return;
	k->cs = cs;
	index_set_clusters(ui->ix, cs);
	k->open = xcalloc(cs->n + 1, 1);
	k->head = xcalloc(cs->n + 1, sizeof *k->head);
	k->count = xcalloc(cs->n + 1, sizeof *k->count);
	k->mark = xcalloc(n, 1);
	k->full = xmalloc(n * sizeof *k->full);
	ui_sort(ui);	/* folds the list, the cursor on its article's row */
	/* Before the first key the article open is only the launch's pick: the list's first
	 * row, folded now, opens its story's head rather than unfolding the story. */
	if (!ui->keyed && ui->panes[PANE_READER] && ui->sel.article >= 0 &&
	    ui->list.cursor < ui->list.norder)
		ui_show_article(ui, ui->list.order[ui->list.cursor], false);
	keep_open_article(ui);
	/* The reader's "also in" line. */
	if (ui->panes[PANE_READER])
		ui->panes[PANE_READER]->ops->article_changed(ui->panes[PANE_READER], ui);
}

void
ui_clusters_room(struct ui *ui, size_t n)
{
	struct ui_clusters *k = &ui->clus;

	if (!k->cs)
		return;		/* made at the corpus's size when the clusters come */
	k->mark = xrealloc(k->mark, n);
	memset(k->mark, 0, n);
	k->full = xrealloc(k->full, n * sizeof *k->full);
}

void
ui_clusters_free(struct ui *ui)
{
	struct ui_clusters *k = &ui->clus;

	free(k->open);
	free(k->head);
	free(k->count);
	free(k->mark);
	free(k->full);
	memset(k, 0, sizeof *k);
}

void
ui_list_ungroup(struct ui *ui)
{
	struct ui_clusters *k = &ui->clus;
	uint32_t sel;
	size_t i;

	if (!k->grouped)
		return;
	sel = ui->list.norder ? ui->list.order[ui->list.cursor] : NONE;
	memcpy(ui->list.order, k->full, k->nfull * sizeof *k->full);
	ui->list.norder = k->nfull;
	k->grouped = false;
	ui->list.cursor = 0;
	for (i = 0; i < ui->list.norder; i++)
		if (ui->list.order[i] == sel)
			ui->list.cursor = i;
}

/* Does a come before b in their cluster: earlier dated, then by path (id order)? */
static bool
earlier(const struct corpus *c, uint32_t a, uint32_t b)
{
	int32_t da = c->arts[a]->date_key, db = c->arts[b]->date_key;

	return da != db ? da < db : a < b;
}

/* Each cluster's count and head among the list's articles (marked in k->mark). */
static void
count_heads(struct ui *ui)
{
	struct ui_clusters *k = &ui->clus;
	uint32_t id, c;
	size_t i;

	for (i = 0; i < k->nfull; i++)
		if ((c = cluster_of(k->cs, k->full[i]))) {
			k->count[c] = 0;
			k->head[c] = NONE;
		}
	for (i = 0; i < k->nfull; i++) {
		id = k->full[i];
		if (!(c = cluster_of(k->cs, id)))
			continue;
		k->mark[id] = 1;
		k->count[c]++;
		if (k->head[c] == NONE || earlier(ui->corpus, id, k->head[c]))
			k->head[c] = id;
	}
}

void
ui_list_group(struct ui *ui)
{
	struct ui_clusters *k = &ui->clus;
	uint32_t sel, id, c;
	const uint32_t *mem;
	size_t i, j, m, n = 0;

	if (!k->cs || k->grouped)
		return;
	sel = ui->list.norder ? ui->list.order[ui->list.cursor] : NONE;
	memcpy(k->full, ui->list.order, ui->list.norder * sizeof *k->full);
	k->nfull = ui->list.norder;
	count_heads(ui);
	for (i = 0; i < k->nfull; i++) {
		id = k->full[i];
		c = cluster_of(k->cs, id);
		if (c && k->count[c] >= 2 && id != k->head[c])
			continue;	/* folded, or placed after its head */
		ui->list.order[n++] = id;
		if (!c || k->count[c] < 2 || !k->open[c])
			continue;
		for (mem = cluster_members(k->cs, c, &m), j = 0; j < m; j++)
			if (mem[j] != id && k->mark[mem[j]])
				ui->list.order[n++] = mem[j];
	}
	for (i = 0; i < k->nfull; i++)
		k->mark[k->full[i]] = 0;
	ui->list.norder = n;
	k->grouped = true;
	/* The cursor stays on its article, or goes to the row its story folded into. */
	c = sel == NONE ? 0 : cluster_of(k->cs, sel);
	for (i = 0; i < n && ui->list.order[i] != sel; i++)
		;
	if (i == n && c)
		for (i = 0; i < n && ui->list.order[i] != k->head[c]; i++)
			;
	ui->list.cursor = i < n ? i : 0;
}

const uint32_t *
ui_list_articles(const struct ui *ui, size_t *n)
{
	*n = ui->clus.grouped ? ui->clus.nfull : ui->list.norder;
	return ui->clus.grouped ? ui->clus.full : ui->list.order;
}

size_t
ui_list_place(const struct ui *ui, size_t *n)
{
	size_t i, at = 1, more;

	ui_list_articles(ui, n);
	if (!ui->list.norder)
		return 0;
	if (!ui->clus.grouped)
		return ui->list.cursor + 1;
	for (i = 0; i < ui->list.cursor && i < ui->list.norder; i++)
		at += ui_cluster_row(ui, ui->list.order[i], &more) == CROW_FOLDED ? 1 + more : 1;
	return at;
}

int
ui_cluster_row(const struct ui *ui, uint32_t id, size_t *more)
{
	const struct ui_clusters *k = &ui->clus;
	uint32_t c = k->grouped ? cluster_of(k->cs, id) : 0;

	*more = 0;
	if (!c || k->count[c] < 2)
		return CROW_PLAIN;
	*more = k->count[c] - 1;
	if (id != k->head[c])
		return CROW_MEMBER;
	return k->open[c] ? CROW_OPEN : CROW_FOLDED;
}

/* Fold or unfold cluster c, the cursor on its head. */
static void
set_open(struct ui *ui, uint32_t c, bool open)
{
	struct ui_clusters *k = &ui->clus;
	size_t i;

	ui_list_ungroup(ui);
	k->open[c] = open;
	for (i = 0; i < ui->list.norder; i++)
		if (ui->list.order[i] == k->head[c])
			ui->list.cursor = i;
	ui_list_group(ui);
}

bool
ui_cluster_reveal(struct ui *ui, uint32_t id)
{
	struct ui_clusters *k = &ui->clus;
	uint32_t c = k->grouped ? cluster_of(k->cs, id) : 0;
	size_t i;

	if (!c || k->open[c] || k->count[c] < 2)
		return false;
	for (i = 0; i < k->nfull && k->full[i] != id; i++)
		;
	if (i == k->nfull)
		return false;	/* not in the list at all (filtered out, archived) */
	set_open(ui, c, true);
	return true;
}

/* Why there is no cluster to act on: not found yet, or none. */
static bool
clusters_known(struct ui *ui)
{
	if (ui->clus.cs)
		return true;
	if (ui->progress && !ui->progress->clusters_done)
		ui_report(ui, "Story clusters are still being found…");
	else
		ui_report(ui, "No story clusters (their search was stopped)");
	return false;
}

/* + : fold or unfold the story of the list's cursor row. */
static void
toggle_row(struct ui *ui)
{
	struct ui_clusters *k = &ui->clus;
	uint32_t id, c;

	if (!clusters_known(ui) || !ui->list.norder)
		return;
	id = ui->list.order[ui->list.cursor];
	c = k->grouped ? cluster_of(k->cs, id) : 0;
	if (!c || k->count[c] < 2) {
		ui_report(ui, "No other version of this story in the list");
		return;
	}
	set_open(ui, c, !k->open[c]);
	if ((long)ui->list.order[ui->list.cursor] != ui->sel.article)
		ui_show_article(ui, ui->list.order[ui->list.cursor], false);
	ui_report(ui, k->open[c] ? "%u versions of this story (cluster:%u)" :
		  "Story folded: %u versions (cluster:%u)", (unsigned)k->count[c], (unsigned)c);
}

/* d: the open article against another version, the earliest one first. */
static void
diff_request(struct ui *ui)
{
	const uint32_t *m;
	size_t n;
	uint32_t id;

	if (ui->sel.article < 0) {
		ui_report(ui, "No article open");
		return;
	}
	if (!clusters_known(ui))
		return;
	id = (uint32_t)ui->sel.article;
	m = cluster_members(ui->clus.cs, cluster_of(ui->clus.cs, id), &n);
	if (n < 2) {
		ui_report(ui, "No other version of this article's story");
		return;
	}
	ui_diff_open(ui, id, m[0] != id ? m[0] : m[1]);
}

bool
ui_cluster_request(struct ui *ui, enum request req)
{
	if (ui_is_view(ui_top(ui)))
		return false;	/* a view's keys are its own */
	if (req == REQ_CLUSTER_TOGGLE)
		toggle_row(ui);
	else if (req == REQ_DIFF_VERSION)
		diff_request(ui);
	else
		return false;
	return true;
}

/* The articles of the list in cluster c, head first (as r and a apply to them). */
static size_t
story_articles(struct ui *ui, uint32_t c, uint32_t **ids)
{
	struct ui_clusters *k = &ui->clus;
	size_t i, n = 0;

	*ids = xmalloc((k->count[c] ? k->count[c] : 1) * sizeof **ids);
	(*ids)[n++] = k->head[c];
	for (i = 0; i < k->nfull && n < k->count[c]; i++)
		if (k->full[i] != k->head[c] && cluster_of(k->cs, k->full[i]) == c)
			(*ids)[n++] = k->full[i];
	return n;
}

bool
ui_cluster_ask(struct ui *ui, int kind)
{
	struct ui_clusters *k = &ui->clus;
	uint8_t flag = kind == STATE_OP_READ ? AF_READ : AF_ARCHIVED;
	uint32_t id, c, *ids;
	size_t n, i;
	bool on = false;
	char label[48];

	if (ui->focus != PANE_SOURCES || !ui->list.norder || !k->grouped)
		return false;
	id = ui->list.order[ui->list.cursor];
	c = cluster_of(k->cs, id);
	if (!c || k->count[c] < 2 || k->open[c] || id != k->head[c])
		return false;
	n = story_articles(ui, c, &ids);
	for (i = 0; i < n; i++)
		on |= !(ui->tri.aflags[ids[i]] & flag);
	free(ids);
	k->ask_kind = kind;
	k->ask_id = id;
	snprintf(label, sizeof label, "%s: apply to all %zu? (y/n) ", kind == STATE_OP_READ ?
		 (on ? "Read" : "Unread") : (on ? "Archive" : "Unarchive"), n);
	ui_prompt(ui, PROMPT_CLUSTER, label, "");
	return true;
}

void
ui_cluster_answer(struct ui *ui, bool all)
{
	struct ui_clusters *k = &ui->clus;
	uint32_t c = cluster_of(k->cs, k->ask_id), *ids;
	size_t n;

	/* y: every version the list holds, one undo step; n: the row's article alone. */
	if (all && c && k->grouped && k->count[c] >= 2 && k->head[c] == k->ask_id) {
		n = story_articles(ui, c, &ids);
	} else {
		ids = xmalloc(sizeof *ids);
		ids[0] = k->ask_id;
		n = 1;
	}
	ui_triage_toggle(ui, k->ask_kind, ids, n);
	free(ids);
}

bool
ui_cluster_also(const struct ui *ui, uint32_t id, char *buf, size_t n)
{
	const struct corpus *c = ui->corpus;
	const uint32_t *m;
	size_t nm, i, j, len;
	bool seen;

	m = cluster_members(ui->clus.cs, cluster_of(ui->clus.cs, id), &nm);
	if (nm < 2 || n < 32)
		return false;
	len = (size_t)snprintf(buf, n, "also in:");
	for (i = 0; i < nm; i++) {
		if (m[i] == id)
			continue;
		for (seen = false, j = 0; j < i && !seen; j++)
			seen = m[j] != id && strcmp(c->arts[m[j]]->source, c->arts[m[i]]->source) == 0;
		if (seen)
			continue;
		if (len + strlen(c->arts[m[i]]->source) + 8 >= n) {
			snprintf(buf + len, n - len, " …");
			break;
		}
		len += (size_t)snprintf(buf + len, n - len, "%s %s", len > 8 ? "," : "",
					c->arts[m[i]]->source);
	}
	return true;
}
