/* ui_live.c -- the live folder on the screen: the watcher's changes applied between keys. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/state.h"
#include "dossier/strmap.h"
#include "dossier/util.h"
#include "dossier/watch.h"
#include "pane.h"
#include "ui.h"

/*
 * The watcher (watch.c) runs on a thread of its own and hands over changes in bursts.
 * They are applied here, on the UI thread that owns the index's connection, a slice of
 * SLICE seconds at a time between keys (a thousand new files never hold up a key), and
 * only once the build thread is done with the corpus. Ids stay: a new article takes the
 * next id, a removed one stays as a stand-in marked gone, a moved one keeps its id. The
 * list is made again when a burst is done (every SHOW seconds while a long one goes on),
 * its cursor on the article it was on (or the next one left when that one went).
 */
#define SLICE 0.02
#define SHOW 0.5
#define WAKE_MS 200	/* how often an idle loop looks for changes */

size_t
ui_articles_total(const struct ui *ui)
{
	return ui->corpus->n - ui->corpus->ngone;
}

/* The build thread has returned: the corpus and the entity set are this thread's. */
static bool
build_done(const struct ui *ui)
{
	return !ui->progress || ui->progress->finished;
}

/* Start the watcher on what the corpus holds now. */
static void
start(struct ui *ui)
{
	const struct corpus *c = ui->corpus;
	struct watch_options o = { (enum watch_mode)ui->opt.watch, c->max_file_size, 0, 0 };
	struct watch_known *k = xmalloc((c->n ? c->n : 1) * sizeof *k);
	const char *limit = getenv("DOSSIER_WATCH_MAX_WATCHES");	/* tests: few watches */
	size_t i, n = 0;

	ui->live.tried = true;
	o.max_watches = limit ? strtoul(limit, NULL, 10) : 0;
	if (!index_entities(ui->ix)) {
		ui_error(ui, "dossier: the live folder is off: the index is incomplete");
		free(k);
		return;
	}
	for (i = 0; i < c->n; i++)
		if (!c->arts[i]->gone)
			k[n++] = (struct watch_known){ c->arts[i]->path, c->arts[i]->hash,
						       c->arts[i]->mtime };
	ui->live.w = watch_start((const char *const *)ui->opt.paths, ui->opt.npaths, k, n, &o);
	free(k);
	ui->live.room = c->n;
}

/* Path -> id of every article there is, made at the first change. */
static struct strmap *
ids(struct ui *ui)
{
	size_t i;

	if (!ui->live.ids) {
		ui->live.ids = xcalloc(1, sizeof *ui->live.ids);
		strmap_init(ui->live.ids);
		for (i = 0; i < ui->corpus->n; i++)
			if (!ui->corpus->arts[i]->gone)
				strmap_put(ui->live.ids, ui->corpus->arts[i]->path, (uint32_t)i);
	}
	return ui->live.ids;
}

/* Room in every per-article array for n articles (new ones unflagged, untagged); grown
 * by half again, so a burst of new files does not copy them each time. */
static void
make_room(struct ui *ui, size_t n)
{
	struct ui_live *L = &ui->live;

	if (n <= L->room)
		return;
	if (n < L->room + L->room / 2 + 16)
		n = L->room + L->room / 2 + 16;
	ui->tri.aflags = xrealloc(ui->tri.aflags, n * sizeof *ui->tri.aflags);
	ui->tri.atags = xrealloc(ui->tri.atags, n * sizeof *ui->tri.atags);
	ui->list.order = xrealloc(ui->list.order, n * sizeof *ui->list.order);
	memset(ui->tri.aflags + L->room, 0, (n - L->room) * sizeof *ui->tri.aflags);
	memset(ui->tri.atags + L->room, 0, (n - L->room) * sizeof *ui->tri.atags);
	ui_clusters_room(ui, n);
	L->room = n;
}

/* The corpus has one more article: what is sized by it is made again when next used (the
 * sort of every article, the watched articles' flags). */
static void
corpus_grew(struct ui *ui)
{
	free(ui->list.sorted_all);
	free(ui->list.sort_mark);
	ui->list.sorted_all = NULL;
	ui->list.sort_mark = NULL;
	ui->list.sorted_mode = -1;
	ui->list.ids_unordered = true;
	ui->corr.watched_stale = true;
}

static void
touch(struct ui *ui, uint32_t id)
{
	struct ui_live *L = &ui->live;

	xgrow((void **)&L->touched, &L->captouched, L->ntouched + 1, sizeof *L->touched);
	L->touched[L->ntouched++] = id;
}

/* The state learns where the burst's new and moved articles are now, in one transaction
 * (not a triage decision: a busy file skips it). */
static void
record_paths(struct ui *ui)
{
	struct ui_live *L = &ui->live;
	const char **h, **p;
	size_t i, n = 0;

	if (!ui->st || !L->ntouched)
		return;
	h = xmalloc(L->ntouched * sizeof *h);
	p = xmalloc(L->ntouched * sizeof *p);
	for (i = 0; i < L->ntouched; i++) {
		const struct article *a = ui->corpus->arts[L->touched[i]];

		if (!a->gone) {
			h[n] = a->hash;
			p[n++] = abs_path(a->path);
		}
	}
	state_touch_many(ui->st, h, p, n);
	for (i = 0; i < n; i++)
		free((char *)p[i]);
	free(h);
	free(p);
}

/* Jumps into an article: dropped when it went, at its top when its text changed. */
static void
fix_jumps(struct ui *ui, uint32_t id, bool gone)
{
	struct ui_jumps *j = &ui->jumps;
	size_t i, k = 0, pos = j->pos;

	for (i = 0; i < j->n; i++) {
		if (j->list[i].article == id && gone) {
			if (i < j->pos)
				pos--;
			continue;
		}
		if (j->list[i].article == id)
			j->list[i].offset = 0;
		j->list[k++] = j->list[i];
	}
	j->n = k;
	j->pos = pos;
}

static void
report_failure(struct ui *ui)
{
	ui_error(ui, "dossier: %s", index_error(ui->ix));
}

static void
add_article(struct ui *ui, struct watch_change *ch)
{
	size_t n = ui->corpus->n;
	enum index_status rc;
	uint32_t id;

	make_room(ui, n + 1);
	rc = index_add_article(ui->ix, ui->opt.live_corpus, ch->a, &id);
	ch->a = NULL;
	if (ui->corpus->n != n)
		corpus_grew(ui);	/* a failure may leave a stand-in, gone */
	if (rc != INDEX_OK) {
		report_failure(ui);
		return;
	}
	strmap_put(ids(ui), ui->corpus->arts[id]->path, id);
	ui->tri.aflags[id] = AF_NEW;
	ui_triage_reload_article(ui, id);	/* a copy of an article has its state */
	touch(ui, id);
	ui->live.added++;
}

static void
change_article(struct ui *ui, uint32_t id, struct watch_change *ch)
{
	char old[33], *abs;

	if (strcmp(ui->corpus->arts[id]->hash, ch->a->hash) == 0)
		return;		/* :edit re-read it already */
	if (index_replace_article(ui->ix, id, ch->a, old) != INDEX_OK) {
		ch->a = NULL;
		report_failure(ui);
		return;
	}
	ch->a = NULL;
	/* The triage follows the text, as after :edit. */
	abs = abs_path(ui->corpus->arts[id]->path);
	if (ui->st && !ui_rehash(ui, old, ui->corpus->arts[id]->hash, abs))
		ui_error(ui, "dossier: the triage state stays with the old text: %s",
			 state_error(ui->st));
	free(abs);
	ui_triage_reload_article(ui, id);
	fix_jumps(ui, id, false);
	touch(ui, id);
	ui->live.changed++;
	ui->live.open_changed |= (long)id == ui->sel.article;
}

static void
move_article(struct ui *ui, uint32_t id, struct watch_change *ch)
{
	if (index_move_article(ui->ix, id, ch->a) != INDEX_OK) {
		ch->a = NULL;
		report_failure(ui);
		return;
	}
	ch->a = NULL;
	strmap_del(ids(ui), ch->from);
	strmap_put(ids(ui), ch->path, id);
	touch(ui, id);		/* the triage stays: it is keyed by the text's hash */
	ui->list.ids_unordered = true;
	ui->live.moved++;
	ui->live.open_changed |= (long)id == ui->sel.article;
}

static void
remove_article(struct ui *ui, uint32_t id, const char *path)
{
	if (index_remove_article(ui->ix, ui->opt.live_corpus, id) != INDEX_OK) {
		report_failure(ui);
		return;
	}
	strmap_del(ids(ui), path);
	if (ui->tri.aflags[id] & AF_MARKED)
		ui->tri.nmarked--;
	ui->tri.aflags[id] = 0;
	free(ui->tri.atags[id]);
	ui->tri.atags[id] = NULL;
	fix_jumps(ui, id, true);
	ui->live.removed++;
	if ((long)id == ui->sel.article) {
		free(ui->live.open_gone);
		ui->live.open_gone = xstrdup(ui->corpus->arts[id]->display_path);
	}
}

/* One change. A path the screen does not know (or no longer) is a new article. */
static void
apply_one(struct ui *ui, struct watch_change *ch)
{
	uint32_t id;
	bool known = strmap_get(ids(ui), ch->from ? ch->from : ch->path, &id);

	ui->reloads++;	/* entity rows and the uncorrected set are stale from now on */
	switch (ch->kind) {
	case WATCH_ADDED:
	case WATCH_CHANGED:
		if (known)
			change_article(ui, id, ch);
		else
			add_article(ui, ch);
		break;
	case WATCH_MOVED:
		if (known)
			move_article(ui, id, ch);
		else
			add_article(ui, ch);
		break;
	case WATCH_REMOVED:
		if (known)
			remove_article(ui, id, ch->path);
		break;
	}
}

/* Collecting the articles of the filter the burst brings in. */
struct pick {
	uint8_t *mark;		/* per article: 1 touched by the burst, 2 listed already */
	uint32_t *v;
	size_t n;
};

static void
pick_match(void *ud, uint32_t id)
{
	struct pick *p = ud;

	if (p->mark[id] == 1) {
		p->mark[id] = 2;
		p->v[p->n++] = id;
	}
}

/* What a filtered list shows after a burst: what it showed, and the articles the burst
 * touched that the filter matches. The filter is not run again on the rest, so no row
 * vanishes under the cursor because a file changed. */
static uint32_t *
filtered_ids(struct ui *ui, size_t *n)
{
	struct ui_live *L = &ui->live;
	struct query *q = query_parse(ui->list.filter_label, NULL, 0);
	size_t i, nall;
	const uint32_t *all = ui_list_articles(ui, &nall);	/* folded stories too */
	struct pick p = { xcalloc(ui->corpus->n ? ui->corpus->n : 1, 1),
			  xmalloc((nall + L->ntouched + 1) * sizeof *p.v), 0 };

	for (i = 0; i < nall; i++) {
		p.mark[all[i]] = 2;
		p.v[p.n++] = all[i];
	}
	for (i = 0; i < L->ntouched; i++)
		if (!p.mark[L->touched[i]])
			p.mark[L->touched[i]] = 1;
	if (q && ui_index_ready(ui))
		index_query_ids(ui->ix, q, ui->st ? QUERY_HIDE_ARCHIVED : 0, pick_match, &p);
	query_free(q);
	free(p.mark);
	*n = p.n;
	return p.v;
}

/* The article the cursor should stay on: its own, or when that went the next one left
 * in the list (the previous at the end), as archiving does. -1 for none. */
static long
cursor_article(const struct ui *ui)
{
	const struct ui_list *l = &ui->list;
	size_t i;

	if (!l->norder)
		return -1;
	for (i = l->cursor; i < l->norder; i++)
		if (!ui->corpus->arts[l->order[i]]->gone)
			return l->order[i];
	for (i = l->cursor; i-- > 0;)
		if (!ui->corpus->arts[l->order[i]]->gone)
			return l->order[i];
	return -1;
}

/* The list made again: new articles in their place, gone ones out, the cursor kept. */
static void
rebuild_list(struct ui *ui)
{
	long keep = cursor_article(ui);
	bool was_empty = !ui->list.norder;
	uint32_t *v;
	size_t i, n;

	ui->list.sorted_mode = -1;	/* moved and changed articles may sort elsewhere */
	if (!ui->list.filter_label[0]) {
		ui_list_rebuild(ui, NULL, NULL, 0);
	} else {
		char *label = xstrdup(ui->list.filter_label);

		v = filtered_ids(ui, &n);
		ui_list_rebuild(ui, label, v, n);
		free(v);
		free(label);
	}
	/* ui_list_rebuild() kept the cursor on its article unless that one went. */
	for (i = 0; keep >= 0 && i < ui->list.norder; i++)
		if ((long)ui->list.order[i] == keep)
			ui->list.cursor = i;
	ui->list.hold_row = true;
	/* Files came to an empty list: the reader shows the first, as at the start. */
	if (was_empty && ui->list.norder && ui->sel.article < 0)
		ui_show_article(ui, ui->list.order[ui->list.cursor], false);
}

/* The reader and the views over the main screen, after a burst. */
static void
refresh_views(struct ui *ui)
{
	struct ui_live *L = &ui->live;
	int p;

	if (L->open_gone) {
		ui_show_none(ui);
		ui->find.article = -1;
	} else if (L->open_changed && ui->sel.article >= 0) {
		/* Offsets into the old text mean nothing now; the reader keeps its row. */
		ui->sel.mention = ui->sel.mention_end = -1;
		ui->find.article = -1;
		ui->panes[PANE_READER]->ops->article_changed(ui->panes[PANE_READER], ui);
		ui_refresh_hits(ui);
	}
	for (p = PANE_MAIN; p < PANE_N; p++)
		if (ui->panes[p]->ops->article_changed)
			ui->panes[p]->ops->article_changed(ui->panes[p], ui);
}

/* What the burst did, on the status line: "3 new articles · 1 changed · 2 removed". */
static void
report_burst(struct ui *ui)
{
	struct ui_live *L = &ui->live;
	struct sbuf b = {0};

	if (L->open_gone)
		sb_printf(&b, "Closed %s: its file was removed", L->open_gone);
	if (L->added)
		sb_printf(&b, "%s%zu new article%s", b.len ? " · " : "", L->added,
			  L->added == 1 ? "" : "s");
	if (L->changed)
		sb_printf(&b, "%s%zu changed", b.len ? " · " : "", L->changed);
	if (L->moved)
		sb_printf(&b, "%s%zu moved", b.len ? " · " : "", L->moved);
	if (L->removed)
		sb_printf(&b, "%s%zu removed", b.len ? " · " : "", L->removed);
	if (b.len && !(ui->status.error && ui->status.text[0]))
		ui_report(ui, "%s", b.data);
	sb_free(&b);
}

/* Show what the burst did so far; when it is over, say so and forget it. */
static void
show_burst(struct ui *ui, bool over)
{
	struct ui_live *L = &ui->live;

	ui->corr.watched_stale = true;
	rebuild_list(ui);
	refresh_views(ui);
	L->shown_at = now_seconds();
	if (!over) {
		ui_report(ui, "Reading changed files… %zu of %zu", L->next, L->ntodo);
		return;
	}
	report_burst(ui);
	record_paths(ui);
	watch_changes_free(L->todo, L->ntodo);
	L->todo = NULL;
	L->ntodo = L->next = L->ntouched = 0;
	L->added = L->changed = L->moved = L->removed = 0;
	L->open_changed = false;
	free(L->open_gone);
	L->open_gone = NULL;
}

/* Apply changes for up to budget seconds (< 0: all of them). */
static void
apply(struct ui *ui, double budget)
{
	struct ui_live *L = &ui->live;
	double t0 = now_seconds();

	if (!L->ntodo) {
		if (!L->w || !watch_has_changes(L->w))
			return;
		L->ntodo = watch_take(L->w, &L->todo);
		L->next = 0;
		L->shown_at = t0;
	}
	while (L->next < L->ntodo && (budget < 0 || now_seconds() - t0 < budget))
		apply_one(ui, &L->todo[L->next++]);
	if (L->next == L->ntodo)
		show_burst(ui, true);
	else if (now_seconds() - L->shown_at >= SHOW)
		show_burst(ui, false);
}

void
ui_live_tick(struct ui *ui)
{
	struct ui_live *L = &ui->live;
	char note[300];

	if (ui->opt.watch == WATCH_OFF || !ui->opt.live_corpus)
		return;
	if (!L->tried) {
		if (!build_done(ui) || !ui_index_ready(ui))
			return;
		start(ui);
	}
	if (L->w && watch_take_note(L->w, &L->note_seen, note, sizeof note)) {
		ui_report(ui, "%s", note);
		ui_log(ui, note);
	}
	if (!ui->opt.script)	/* scripts apply changes at :wait-watch only */
		apply(ui, SLICE);
}

int
ui_live_wait_ms(const struct ui *ui)
{
	if (ui->opt.script || ui->opt.watch == WATCH_OFF || !ui->opt.live_corpus)
		return -1;
	if (ui->live.ntodo || (ui->live.w && watch_has_changes(ui->live.w)))
		return 0;
	return WAKE_MS;
}

void
ui_live_sync(struct ui *ui)
{
	struct ui_live *L = &ui->live;

	if (ui->opt.watch == WATCH_OFF || !ui->opt.live_corpus)
		return;
	if (!L->tried) {
		if (ui->wait_ready)
			ui->wait_ready(ui->wait_ud, true);
		start(ui);
	}
	watch_sync(L->w);
	apply(ui, -1);
}

void
ui_live_done(struct ui *ui)
{
	struct ui_live *L = &ui->live;

	if (!FREE_AT_EXIT) {
		/* Quitting: the thread stops, the process's end frees the rest. */
		watch_halt(L->w);
		L->w = NULL;
		return;
	}
	watch_stop(L->w);
	L->w = NULL;
	watch_changes_free(L->todo, L->ntodo);
	L->todo = NULL;
	L->ntodo = 0;
	if (L->ids) {
		strmap_free(L->ids);
		free(L->ids);
		L->ids = NULL;
	}
	free(L->touched);
	free(L->open_gone);
}

/* I: the next article added while dossier runs, after the cursor (wrapping around). */
bool
ui_live_request(struct ui *ui, enum request req)
{
	size_t i, n = ui->list.norder;

	if (req != REQ_NEXT_NEW)
		return false;
	for (i = 1; i <= n; i++) {
		uint32_t id = ui->list.order[(ui->list.cursor + i) % n];

		if (ui->tri.aflags[id] & AF_NEW) {
			ui_show_article(ui, id, true);
			return true;
		}
	}
	ui_report(ui, ui->opt.watch == WATCH_OFF ? "No new articles: the folders are not watched"
		  " (set watch)" : "No new articles: N marks the files added while dossier runs");
	return true;
}
