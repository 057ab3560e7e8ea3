/* ui_triage.c -- triage from the keyboard: read, flag, archive, tags, notes, marks, undo. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/state.h"
#include "dossier/util.h"
#include "prompt.h"
#include "ui.h"

/* Hash → article ids: chains through a table of slots by the hash's first hex digits
 * (the state speaks in hashes, the screen in ids). Built in one pass: sorting the ids by
 * hash took 90 ms of a launch at 100k articles. */
struct load_ctx {
	struct ui *ui;
	uint32_t *head;		/* per slot: the first id + 1, 0: none */
	uint32_t *next;		/* per id: the next id + 1 in its slot's chain */
	size_t mask;
};

static size_t
slot_of(const struct load_ctx *l, const char *hash)
{
	return (size_t)strtoul((char[9]){ hash[0], hash[1], hash[2], hash[3], hash[4], hash[5],
					   hash[6], hash[7], 0 }, NULL, 16) & l->mask;
}

static void
set_mirror(struct ui *ui, uint32_t id, const struct art_state *a)
{
	size_t t;
	struct sbuf b = {0};

	ui->tri.aflags[id] = (uint8_t)((ui->tri.aflags[id] & (AF_MARKED | AF_NEW)) |
				   (a->read ? AF_READ : 0) |
				   (a->flagged ? AF_FLAGGED : 0) | (a->archived ? AF_ARCHIVED : 0) |
				   (a->note && *a->note ? AF_NOTE : 0));
	free(ui->tri.atags[id]);
	ui->tri.atags[id] = NULL;
	for (t = 0; t < a->ntags; t++) {
		if (t)
			sb_addc(&b, ' ');
		sb_adds(&b, a->tags[t]);
	}
	ui->tri.atags[id] = b.data;
}

/* The chains of every article, made at the state's first decided row: a state with none
 * (a new reader, --no-state) costs nothing (0.15-0.5 s at a million articles). */
static void
make_chains(struct load_ctx *l)
{
	size_t i, n = l->ui->corpus->n, slots = 64;

	while (slots < 2 * n)
		slots *= 2;
	l->mask = slots - 1;
	l->head = xcalloc(slots, sizeof *l->head);
	l->next = xmalloc((n ? n : 1) * sizeof *l->next);
	/* Pushed from the last id down: each chain lists its ids in order. */
	for (i = n; i-- > 0;) {
		size_t s = slot_of(l, l->ui->corpus->arts[i]->hash);

		l->next[i] = l->head[s];
		l->head[s] = (uint32_t)i + 1;
	}
}

static int
load_one(void *ud, const struct art_state *a)
{
	struct load_ctx *l = ud;
	const struct corpus *c = l->ui->corpus;
	uint32_t k;

	/* Every article with the hash: a file copied is two articles. */
	if (strlen(a->hash) < 8)
		return 0;
	if (!l->head)
		make_chains(l);
	for (k = l->head[slot_of(l, a->hash)]; k; k = l->next[k - 1])
		if (strcmp(c->arts[k - 1]->hash, a->hash) == 0)
			set_mirror(l->ui, k - 1, a);
	return 0;
}

void
ui_triage_load(struct ui *ui)
{
	struct load_ctx l = { ui, NULL, NULL, 0 };
	size_t i, n = ui->corpus->n;

	for (i = 0; i < n; i++) {
		ui->tri.aflags[i] &= AF_MARKED | AF_NEW;
		free(ui->tri.atags[i]);
		ui->tri.atags[i] = NULL;
	}
	if (!ui->st)
		return;
	if (state_each_decided(ui->st, load_one, &l) != STATE_OK)
		ui_error(ui, "%s", state_error(ui->st));
	free(l.head);
	free(l.next);
}

bool
ui_hidden(const struct ui *ui, uint32_t id)
{
	/* A file that went while the TUI ran is never shown (ui_live.c). While none went no
	 * article is read: a cache miss each, the list made anew at each key of a filter
	 * (6% of typing one at 100k articles). */
	return ((ui->tri.aflags[id] & AF_ARCHIVED) && !strstr(ui->list.filter_label, "is:archived"))
	       || (ui->corpus->ngone && ui->corpus->arts[id]->gone);
}

void
ui_triage_reload_article(struct ui *ui, uint32_t id)
{
	struct art_state a;

	memset(&a, 0, sizeof a);
	if (ui->st && state_get(ui->st, ui->corpus->arts[id]->hash, &a) == STATE_OK)
		set_mirror(ui, id, &a);
	art_state_clear(&a);
}

/* The articles an action is for: the marked ones, else the current one. */
static size_t
targets(struct ui *ui, uint32_t **ids)
{
	size_t i, n = 0;

	*ids = xmalloc((ui->corpus->n ? ui->corpus->n : 1) * sizeof **ids);
	if (ui->tri.nmarked) {
		for (i = 0; i < ui->corpus->n; i++)
			if (ui->tri.aflags[i] & AF_MARKED)
				(*ids)[n++] = (uint32_t)i;
	} else if (ui->focus == PANE_SOURCES && ui->list.norder) {
		(*ids)[n++] = ui->list.order[ui->list.cursor];
	} else if (ui->sel.article >= 0) {
		(*ids)[n++] = (uint32_t)ui->sel.article;
	}
	return n;
}

/* Drop archived articles from the list unless the filter asks for them. The cursor
 * stays on its article, or moves on to the next one left when that went (as mutt's
 * does: moving up made the next `a` archive the article above). */
static void
prune_hidden(struct ui *ui)
{
	size_t i, k = 0, newcur = 0;

	ui_list_ungroup(ui);	/* every article, the cursor on its own */
	for (i = 0; i < ui->list.norder; i++) {
		if (ui_hidden(ui, ui->list.order[i]))
			continue;
		if (i < ui->list.cursor)
			newcur = k + 1;
		ui->list.order[k++] = ui->list.order[i];
	}
	ui->list.norder = k;
	ui->list.cursor = k ? (newcur < k ? newcur : k - 1) : 0;
	ui_list_group(ui);
	k = ui->list.norder;
	if (k && (long)ui->list.order[ui->list.cursor] != ui->sel.article)
		ui_show_article(ui, ui->list.order[ui->list.cursor], false);
	else if (!k)
		ui_show_none(ui);	/* the reader follows the list, empty too */
}

/* Run ops on ids as one undoable step; report what happened. A save that waits for
 * another process counts as done here: the mirror shows it and the loop retries it. */
static bool
apply(struct ui *ui, const struct state_op *ops, size_t nops, const uint32_t *ids, size_t n,
      const char *what)
{
	size_t i;
	int rc = ui_save(ui, ops, nops, ids, n);

	if (rc != STATE_OK && rc != STATE_PENDING)
		return false;
	for (i = 0; rc == STATE_OK && i < n; i++)
		ui_triage_reload_article(ui, ids[i]);
	ui_report(ui, "%s: %zu article%s%s", what, n, n == 1 ? "" : "s",
		  rc == STATE_PENDING ? " (waiting to be saved)" :
		  ui->status.state_msg[0] ? " (state in memory only)" : "");
	return true;
}

/* strcmp() of tag against the len bytes at p. */
static int
cmp_token(const char *tag, const char *p, size_t len)
{
	size_t lt = strlen(tag);
	int c = memcmp(tag, p, lt < len ? lt : len);

	return c ? c : (lt > len) - (lt < len);
}

/* A tag list "a b c" with tag added or removed, in the state's order (byte order). */
static char *
tags_with(const char *cur, const char *tag, bool on)
{
	struct sbuf b = {0};
	const char *p = cur ? cur : "", *e;
	bool placed = !on;
	size_t len;

	for (; *p; p = *e ? e + 1 : e) {
		e = strchr(p, ' ');
		if (!e)
			e = p + strlen(p);
		len = (size_t)(e - p);
		if (cmp_token(tag, p, len) == 0)
			continue;	/* dropped, or put back in its place below */
		if (!placed && cmp_token(tag, p, len) < 0) {
			sb_printf(&b, "%s%s", b.len ? " " : "", tag);
			placed = true;
		}
		sb_printf(&b, "%s%.*s", b.len ? " " : "", (int)len, p);
	}
	if (!placed)
		sb_printf(&b, "%s%s", b.len ? " " : "", tag);
	return b.data;
}

void
ui_triage_mirror_ops(struct ui *ui, const struct state_op *ops, size_t nops,
		     const uint32_t *ids, size_t n)
{
	static const uint8_t bit[] = { [STATE_OP_READ] = AF_READ, [STATE_OP_FLAG] = AF_FLAGGED,
		[STATE_OP_ARCHIVE] = AF_ARCHIVED, [STATE_OP_TAG] = 0, [STATE_OP_NOTE] = AF_NOTE };
	size_t i, k;
	bool on;
	char *t;

	for (i = 0; i < n; i++)
		for (k = 0; k < nops; k++) {
			on = ops[k].kind == STATE_OP_NOTE ? ops[k].arg && *ops[k].arg : ops[k].on;
			if (ops[k].kind != STATE_OP_TAG) {
				ui->tri.aflags[ids[i]] = (uint8_t)(on ? ui->tri.aflags[ids[i]] | bit[ops[k].kind]
							       : ui->tri.aflags[ids[i]] & ~bit[ops[k].kind]);
				continue;
			}
			t = tags_with(ui->tri.atags[ids[i]], ops[k].arg, on);
			free(ui->tri.atags[ids[i]]);
			ui->tri.atags[ids[i]] = t;
		}
}

/* r, f, a on ids: set the state on every one unless all have it, then clear it. */
void
ui_triage_toggle(struct ui *ui, int kind, const uint32_t *ids, size_t n)
{
	static const char *const words[][2] = { [STATE_OP_READ] = { "Read", "Unread" },
		[STATE_OP_FLAG] = { "Flagged", "Unflagged" },
		[STATE_OP_ARCHIVE] = { "Archived", "Unarchived" } };
	uint8_t flag = kind == STATE_OP_READ ? AF_READ : kind == STATE_OP_FLAG ? AF_FLAGGED
		       : AF_ARCHIVED;
	struct state_op op = { (enum state_op_kind)kind, false, NULL };
	bool single = !ui->tri.nmarked;
	size_t i;

	for (i = 0; i < n; i++)
		if (!(ui->tri.aflags[ids[i]] & flag))
			op.on = true;
	if (n && apply(ui, &op, 1, ids, n, words[kind][!op.on])) {
		size_t before = ui->list.norder;

		/* An archived article leaves the list: the cursor is on the next one already. */
		if (kind == STATE_OP_ARCHIVE)
			prune_hidden(ui);
		if (ui->list.norder == before && single && ui->tri.auto_advance &&
		    ui->focus == PANE_SOURCES && ui->list.cursor + 1 < ui->list.norder)
			ui_show_article(ui, ui->list.order[++ui->list.cursor], false);
	}
}

/* r, f, a: on the targets; on a folded story row, r and a ask whether all its versions
 * are meant first. */
static void
toggle(struct ui *ui, enum state_op_kind kind)
{
	uint32_t *ids;
	size_t n;

	if (!ui->tri.nmarked && kind != STATE_OP_FLAG && ui_cluster_ask(ui, kind))
		return;
	n = targets(ui, &ids);
	ui_triage_toggle(ui, kind, ids, n);
	free(ids);
}

void
ui_mark_read(struct ui *ui, uint32_t id)
{
	struct state_op op = { STATE_OP_READ, true, NULL };

	if (ui->tri.aflags[id] & AF_READ)
		return;
	/* Queued (the mirror then shows it read) or failed: the open time is not a decision
	 * worth a wait, so it is only recorded with a read that was saved at once. */
	if (ui_save(ui, &op, 1, &id, 1) != STATE_OK)
		return;
	state_set_last_opened(ui->st, ui->corpus->arts[id]->hash, 0);
	ui->tri.aflags[id] |= AF_READ;
}

static void
set_mark(struct ui *ui, uint32_t id, bool on)
{
	if (on == !!(ui->tri.aflags[id] & AF_MARKED))
		return;
	ui->tri.aflags[id] ^= AF_MARKED;
	if (on)
		ui->tri.nmarked++;
	else
		ui->tri.nmarked--;
}

static void
clear_marks(struct ui *ui)
{
	size_t i;

	for (i = 0; i < ui->corpus->n; i++)
		ui->tri.aflags[i] &= (uint8_t)~AF_MARKED;
	ui->tri.nmarked = 0;
}

static void
undo_redo(struct ui *ui, bool redo)
{
	const char *desc = NULL;
	int rc = ui_save_undo(ui, redo, &desc);

	if (rc == STATE_NONE) {
		ui_report(ui, redo ? "Nothing to redo" : "Nothing to undo");
		return;
	}
	if (rc == STATE_PENDING) {
		ui_report(ui, "%s waits for the state file; it shows once saved",
			  redo ? "Redo" : "Undo");
		return;
	}
	if (rc != STATE_OK)
		return;
	ui_triage_reload(ui);
	ui_report(ui, "%s", desc ? desc : (redo ? "redone" : "undone"));
}

void
ui_triage_reload(struct ui *ui)
{
	ui_triage_load(ui);
	/* An undone or redone correction (or star) shows at once: tables made again. */
	ui_corr_sync(ui);
	/* Archiving undone brings articles back: rebuild the list from scratch. */
	if (!ui->list.filter_label[0])
		ui_list_rebuild(ui, NULL, NULL, 0);
	else
		prune_hidden(ui);
}

static void
confirm_mark_all_read(struct ui *ui)
{
	char label[96];
	size_t i, unread = 0, n;
	const uint32_t *all = ui_list_articles(ui, &n);

	for (i = 0; i < n; i++)
		unread += !(ui->tri.aflags[all[i]] & AF_READ);
	if (!unread) {
		ui_report(ui, "Every article in the list is read");
		return;
	}
	snprintf(label, sizeof label, "Mark %zu article%s read? (y/n) ", unread,
		 unread == 1 ? "" : "s");
	ui_prompt(ui, PROMPT_CONFIRM, label, "");
}

bool
ui_triage_request(struct ui *ui, enum request req)
{
	const uint32_t *all;
	uint32_t *ids;
	size_t i, n;

	switch (req) {
	case REQ_TOGGLE_READ: toggle(ui, STATE_OP_READ); break;
	case REQ_TOGGLE_FLAG: toggle(ui, STATE_OP_FLAG); break;
	case REQ_TOGGLE_ARCHIVE: toggle(ui, STATE_OP_ARCHIVE); break;
	case REQ_TAG:
		n = targets(ui, &ids);
		free(ids);
		if (n)
			/* Empty, not "+": typing "+a +b" as the README shows made "++a". A word
			 * without a sign adds. */
			ui_prompt(ui, PROMPT_TAG, n > 1 ? "Tags (+add -remove, marked): "
				  : "Tags (+add -remove): ", "");
		break;
	case REQ_NOTE:
		n = targets(ui, &ids);
		if (n) {
			struct art_state a;

			memset(&a, 0, sizeof a);
			state_get(ui->st, ui->corpus->arts[ids[0]]->hash, &a);
			ui_prompt(ui, PROMPT_NOTE, n > 1 ? "Note (marked): " : "Note: ",
				  n == 1 && a.note ? a.note : "");
			art_state_clear(&a);
		}
		free(ids);
		break;
	case REQ_TOGGLE_MARK:
		if (!ui->list.norder)
			break;
		set_mark(ui, ui->list.order[ui->list.cursor], !(ui->tri.aflags[ui->list.order[ui->list.cursor]] & AF_MARKED));
		if (ui->list.cursor + 1 < ui->list.norder && ui->focus == PANE_SOURCES)
			ui_show_article(ui, ui->list.order[++ui->list.cursor], false);
		ui_report(ui, "%zu marked · triage keys act on them · Esc unmarks", ui->tri.nmarked);
		break;
	case REQ_MARK_ALL:
		for (all = ui_list_articles(ui, &n), i = 0; i < n; i++)
			set_mark(ui, all[i], true);
		ui_report(ui, "%zu marked · triage keys act on them · Esc unmarks", ui->tri.nmarked);
		break;
	case REQ_MARK_ALL_READ: confirm_mark_all_read(ui); break;
	case REQ_UNDO: undo_redo(ui, false); break;
	case REQ_REDO: undo_redo(ui, true); break;
	case REQ_CANCEL:
		if (!ui->tri.nmarked)
			return false;
		clear_marks(ui);
		ui_report(ui, "Marks cleared");
		break;
	default:
		return false;
	}
	return true;
}

void
ui_triage_prompt_done(struct ui *ui, int kind, const char *text)
{
	struct state_op *ops = NULL, note = { STATE_OP_NOTE, true, text };
	uint32_t *ids;
	size_t nops = 0, n;
	char err[256];

	if (kind == PROMPT_CONFIRM) {
		struct state_op op = { STATE_OP_READ, true, NULL };
		const uint32_t *all;
		size_t i, nall;

		if (text[0] != 'y' && text[0] != 'Y') {
			ui_report(ui, "Nothing changed");
			return;
		}
		/* The unread ones only: the count is the one asked about, and undo says the same. */
		all = ui_list_articles(ui, &nall);
		ids = xmalloc((nall ? nall : 1) * sizeof *ids);
		for (i = n = 0; i < nall; i++)
			if (!(ui->tri.aflags[all[i]] & AF_READ))
				ids[n++] = all[i];
		apply(ui, &op, 1, ids, n, "Marked read");
		free(ids);
		return;
	}
	n = targets(ui, &ids);
	if (kind == PROMPT_NOTE) {
		apply(ui, &note, 1, ids, n, text[0] ? "Note saved" : "Note removed");
	} else if (state_parse_ops(text, &ops, &nops, err, sizeof err) != STATE_OK) {
		ui_error(ui, "%s; no tag changed", err);
	} else if (nops) {
		apply(ui, ops, nops, ids, n, "Tags changed");
		prune_hidden(ui);
	}
	free(ops);
	free(ids);
}
