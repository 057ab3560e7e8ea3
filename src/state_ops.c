/* state_ops.c -- triage actions on many articles at once, undo and redo, import. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/correct.h"
#include "dossier/util.h"
#include "state_int.h"

/* What one state_apply() or state_import() works on and what it found. */
struct apply_ctx {
	const struct state_op *ops;
	size_t nops;
	const char *const *hashes;
	size_t nhashes;
	const struct art_state *recs;	/* import only */
	const char **here;		/* import only: the corpus's hashes, sorted; NULL: all */
	size_t nhere;
	struct undo_step *step;		/* the changes made, for undo */
	size_t changed;			/* articles changed */
	struct state_import_stats stats;
};

static void
step_reset(struct undo_step *u)
{
	size_t i;

	for (i = 0; i < u->n; i++) {
		free(u->ch[i].hash);
		free(u->ch[i].tag);
		free(u->ch[i].before);
		free(u->ch[i].after);
		if (u->ch[i].row) {
			corr_clear(u->ch[i].row);
			free(u->ch[i].row);
		}
	}
	u->n = 0;
}

static void
step_free(struct undo_step *u)
{
	if (!u)
		return;
	step_reset(u);
	free(u->ch);
	free(u->desc);
	free(u);
}

static struct undo_change *
step_add(struct undo_step *u, const char *hash, enum st_field f)
{
	struct undo_change *c;

	xgrow((void **)&u->ch, &u->cap, u->n + 1, sizeof *u->ch);
	c = &u->ch[u->n++];
	memset(c, 0, sizeof *c);
	c->hash = xstrdup(hash);
	c->field = (unsigned char)f;
	return c;
}

void
undo_stack_clear(struct undo_stack *u)
{
	while (u->n)
		step_free(u->v[--u->n]);
}

static void
stack_push(struct undo_stack *u, struct undo_step *step)
{
	if (u->n == STATE_UNDO_MAX) {
		/* The oldest step goes: an unbounded history would grow all session. */
		step_free(u->v[0]);
		memmove(u->v, u->v + 1, --u->n * sizeof *u->v);
	}
	xgrow((void **)&u->v, &u->cap, u->n + 1, sizeof *u->v);
	u->v[u->n++] = step;
}

static int
set_flag(struct state *s, const char *hash, int field, int v)
{
	sqlite3_stmt *st = st_stmt(s, (enum st_stmt)(ST_SET_READ + field));

	if (!st)
		return sqlite3_errcode(s->db);
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, v);
	return st_exec_stmt(st);
}

/* Set the note to v where it still is expect. */
static int
set_note(struct state *s, const char *hash, const char *v, const char *expect)
{
	sqlite3_stmt *st = st_stmt(s, ST_SET_NOTE);

	if (!st)
		return sqlite3_errcode(s->db);
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	st_bind_text(st, 2, v);
	st_bind_text(st, 3, expect);
	return st_exec_stmt(st);
}

static int
set_tag(struct state *s, const char *hash, const char *tag, bool on)
{
	sqlite3_stmt *st = st_stmt(s, on ? ST_ADD_TAG : ST_DEL_TAG);

	if (!st)
		return sqlite3_errcode(s->db);
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, tag, -1, SQLITE_STATIC);
	return st_exec_stmt(st);
}

/* Make sure the article has a row, then read its flags and note into cur; with tags_only
 * (every op a tag's), its hash only: a tag op reads nothing else (`tag +x --query` of 33k
 * articles ran two statements fewer each). */
static int
load_row(struct state *s, const char *hash, struct art_state *cur, bool tags_only)
{
	sqlite3_stmt *st = st_stmt(s, ST_ENSURE);
	int rc;

	if (!st)
		return sqlite3_errcode(s->db);
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, st_now());
	if ((rc = st_exec_stmt(st)) == SQLITE_OK && tags_only) {
		cur->hash = xstrdup(hash);
		return SQLITE_OK;
	}
	if (rc != SQLITE_OK || !(st = st_stmt(s, ST_GET)))
		return rc != SQLITE_OK ? rc : sqlite3_errcode(s->db);
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		st_row_to_art(st, 0, cur);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? SQLITE_OK : rc == SQLITE_DONE ? SQLITE_CORRUPT : rc;
}

static bool
same_note(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* Apply one op to the article cur, recording the change if there is one. */
static int
apply_op(struct state *s, struct art_state *cur, const struct state_op *op,
	 struct undo_step *step, bool *any)
{
	bool *flag[3] = { &cur->read, &cur->flagged, &cur->archived };
	const char *note;
	struct undo_change *c;
	int rc, f;

	switch (op->kind) {
	case STATE_OP_READ:
	case STATE_OP_FLAG:
	case STATE_OP_ARCHIVE:
		f = op->kind == STATE_OP_READ ? F_READ : op->kind == STATE_OP_FLAG ? F_FLAGGED
										 : F_ARCHIVED;
		if (*flag[f] == op->on)
			return SQLITE_OK;
		if ((rc = set_flag(s, cur->hash, f, op->on)) != SQLITE_OK)
			return rc;
		c = step_add(step, cur->hash, (enum st_field)f);
		c->b = *flag[f];
		c->a = op->on;
		*flag[f] = op->on;
		break;
	case STATE_OP_NOTE:
		note = op->arg && *op->arg ? op->arg : NULL;
		if (same_note(cur->note, note))
			return SQLITE_OK;
		if ((rc = set_note(s, cur->hash, note, cur->note)) != SQLITE_OK)
			return rc;
		c = step_add(step, cur->hash, F_NOTE);
		c->before = cur->note;
		c->after = note ? xstrdup(note) : NULL;
		cur->note = note ? xstrdup(note) : NULL;
		break;
	case STATE_OP_TAG:
		/* "INSERT OR IGNORE" and "DELETE" change a row only when the tag was not there,
		 * or was: the change count says what it was before (one statement, not a
		 * look first) */
		if ((rc = set_tag(s, cur->hash, op->arg, op->on)) != SQLITE_OK)
			return rc;
		if (sqlite3_changes(s->db) == 0)
			return SQLITE_OK;
		c = step_add(step, cur->hash, F_TAG);
		c->tag = xstrdup(op->arg);
		c->b = !op->on;
		c->a = op->on;
		break;
	}
	*any = true;
	return SQLITE_OK;
}

/* Apply ops to one article. *any is set when something changed. */
static int
apply_one(struct state *s, const char *hash, const struct state_op *ops, size_t nops,
	  struct undo_step *step, bool *any)
{
	struct art_state cur = {0};
	bool tags_only = true;
	size_t i;
	int rc;

	*any = false;
	for (i = 0; i < nops; i++)
		tags_only &= ops[i].kind == STATE_OP_TAG;
	rc = load_row(s, hash, &cur, tags_only);
	for (i = 0; rc == SQLITE_OK && i < nops; i++)
		rc = apply_op(s, &cur, &ops[i], step, any);
	art_state_clear(&cur);
	return rc;
}

static int
apply_body(struct state *s, void *ud)
{
	struct apply_ctx *c = ud;
	size_t i;
	bool any;
	int rc = SQLITE_OK;

	/* A retry after SQLITE_BUSY starts over. */
	step_reset(c->step);
	c->changed = 0;
	for (i = 0; rc == SQLITE_OK && i < c->nhashes; i++) {
		rc = apply_one(s, c->hashes[i], c->ops, c->nops, c->step, &any);
		c->changed += any;
	}
	return rc;
}

/* "flag", "mark read, tag +x -y", ... followed by " N articles". */
char *
state_describe(const struct state_op *ops, size_t nops, size_t n)
{
	static const char *const verbs[][2] = {
		[STATE_OP_READ] = { "mark unread", "mark read" },
		[STATE_OP_FLAG] = { "unflag", "flag" },
		[STATE_OP_ARCHIVE] = { "unarchive", "archive" },
		[STATE_OP_TAG] = { "tag", "tag" },
		[STATE_OP_NOTE] = { "remove the note of", "set the note of" },
	};
	struct sbuf b = {0};
	size_t i;
	bool on;

	for (i = 0; i < nops; i++) {
		on = ops[i].kind == STATE_OP_NOTE ? ops[i].arg && *ops[i].arg : ops[i].on;
		if (ops[i].kind == STATE_OP_TAG && i > 0 && ops[i - 1].kind == STATE_OP_TAG) {
			sb_printf(&b, " %c%s", on ? '+' : '-', ops[i].arg);
			continue;
		}
		if (b.len)
			sb_adds(&b, ",");
		sb_printf(&b, "%s%s", b.len ? " " : "", verbs[ops[i].kind][on]);
		if (ops[i].kind == STATE_OP_TAG)
			sb_printf(&b, " %c%s", on ? '+' : '-', ops[i].arg);
	}
	sb_printf(&b, " %zu article%s", n, n == 1 ? "" : "s");
	return b.data;
}

/* Check ops and hashes before touching the file. */
static int
check_args(struct state *s, const struct state_op *ops, size_t nops,
	   const char *const *hashes, size_t nhashes)
{
	const char *why;
	size_t i;

	for (i = 0; i < nops; i++) {
		if ((unsigned)ops[i].kind > STATE_OP_NOTE)
			return st_err(s, STATE_INVALID, "unknown triage operation");
		if (ops[i].kind == STATE_OP_TAG && (why = ops[i].on ? state_tag_invalid(ops[i].arg)
						    : state_tag_unremovable(ops[i].arg)))
			return st_err(s, STATE_INVALID, "%s", why);
	}
	for (i = 0; i < nhashes; i++)
		if (!hashes[i] || !*hashes[i])
			return st_err(s, STATE_INVALID, "an article without a content hash");
	return STATE_OK;
}

/* Run body as one action: on success with changes, push the step and clear redo. */
static int
run_action(struct state *s, struct apply_ctx *c, const char *what, st_body_fn body,
	   const char *desc_verb)
{
	int rc;

	c->step = xcalloc(1, sizeof *c->step);
	rc = st_write(s, what, body, c);
	if (rc != STATE_OK || c->changed == 0) {
		step_free(c->step);
		return rc;
	}
	if (desc_verb) {
		struct sbuf b = {0};

		sb_printf(&b, "%s %zu article%s", desc_verb, c->changed, c->changed == 1 ? "" : "s");
		c->step->desc = b.data;
	} else
		c->step->desc = state_describe(c->ops, c->nops, c->changed);
	stack_push(&s->undo, c->step);
	undo_stack_clear(&s->redo);
	return STATE_OK;
}

enum state_status
state_apply(struct state *s, const struct state_op *ops, size_t nops,
	    const char *const *hashes, size_t nhashes, size_t *changed)
{
	struct apply_ctx c = { .ops = ops, .nops = nops, .hashes = hashes, .nhashes = nhashes };
	char *what;
	int rc;

	if (changed)
		*changed = 0;
	if ((rc = check_args(s, ops, nops, hashes, nhashes)) != STATE_OK)
		return rc;
	if (nops == 0 || nhashes == 0)
		return STATE_OK;
	what = state_describe(ops, nops, nhashes);
	rc = run_action(s, &c, what, apply_body, NULL);
	free(what);
	if (changed && rc == STATE_OK)
		*changed = c.changed;
	return rc;
}

static int
apply1(struct state *s, const char *hash, enum state_op_kind kind, bool on, const char *arg)
{
	struct state_op op = { kind, on, arg };

	return state_apply(s, &op, 1, &hash, 1, NULL);
}

enum state_status
state_set_read(struct state *s, const char *hash, bool on)
{
	return apply1(s, hash, STATE_OP_READ, on, NULL);
}

enum state_status
state_set_flagged(struct state *s, const char *hash, bool on)
{
	return apply1(s, hash, STATE_OP_FLAG, on, NULL);
}

enum state_status
state_set_archived(struct state *s, const char *hash, bool on)
{
	return apply1(s, hash, STATE_OP_ARCHIVE, on, NULL);
}

enum state_status
state_add_tag(struct state *s, const char *hash, const char *tag)
{
	return apply1(s, hash, STATE_OP_TAG, true, tag);
}

enum state_status
state_remove_tag(struct state *s, const char *hash, const char *tag)
{
	return apply1(s, hash, STATE_OP_TAG, false, tag);
}

enum state_status
state_set_note(struct state *s, const char *hash, const char *note)
{
	return apply1(s, hash, STATE_OP_NOTE, true, note);
}

static int
change_apply(struct state *s, const struct undo_change *c, bool undo)
{
	switch (c->field) {
	case F_TAG:
		return set_tag(s, c->hash, c->tag, undo ? c->b : c->a);
	case F_NOTE:
		return set_note(s, c->hash, undo ? c->before : c->after,
				undo ? c->after : c->before);
	case F_CORR:
		return st_corr_row(s, c->row, undo ? c->b : c->a);
	case F_WATCH:
		return st_watch_row(s, c->hash, c->tag, c->before, undo ? c->b : c->a, NULL);
	default:
		return set_flag(s, c->hash, c->field, undo ? c->b : c->a);
	}
}

static int
undo_body(struct state *s, void *ud)
{
	struct undo_step *u = ud;
	size_t i;
	int rc = SQLITE_OK;

	/* Newest change first, so an article changed twice ends where it began. */
	for (i = u->n; rc == SQLITE_OK && i > 0; i--)
		rc = change_apply(s, &u->ch[i - 1], true);
	return rc;
}

static int
redo_body(struct state *s, void *ud)
{
	struct undo_step *u = ud;
	size_t i;
	int rc = SQLITE_OK;

	for (i = 0; rc == SQLITE_OK && i < u->n; i++)
		rc = change_apply(s, &u->ch[i], false);
	return rc;
}

static int
undo_redo(struct state *s, bool undo, const char **desc)
{
	struct undo_stack *from = undo ? &s->undo : &s->redo, *to = undo ? &s->redo : &s->undo;
	struct undo_step *step;
	char what[300];
	int rc;

	if (desc)
		*desc = NULL;
	if (from->n == 0)
		return st_err(s, STATE_NONE, undo ? "nothing to undo" : "nothing to redo");
	step = from->v[from->n - 1];
	snprintf(what, sizeof what, "%s %s", undo ? "undo" : "redo", step->desc);
	rc = st_write(s, what, undo ? undo_body : redo_body, step);
	if (rc != STATE_OK)
		return rc;	/* the step stays where it was */
	from->n--;
	stack_push(to, step);
	snprintf(s->desc, sizeof s->desc, "%s: %s", undo ? "undid" : "redid", step->desc);
	if (desc)
		*desc = s->desc;
	return STATE_OK;
}

enum state_status
state_undo(struct state *s, const char **desc)
{
	return undo_redo(s, true, desc);
}

enum state_status
state_redo(struct state *s, const char **desc)
{
	return undo_redo(s, false, desc);
}

bool
state_can_undo(const struct state *s)
{
	return s->undo.n > 0;
}

bool
state_can_redo(const struct state *s)
{
	return s->redo.n > 0;
}

/* What st_row_action() writes. */
struct row_ctx {
	struct undo_change *c;
	bool changed;
};

static int
row_body(struct state *s, void *ud)
{
	struct row_ctx *r = ud;
	bool was = false;
	int rc;

	if (r->c->field == F_WATCH)
		rc = st_watch_row(s, r->c->hash, r->c->tag, r->c->before, r->c->a, &was);
	else if ((rc = r->c->row->id ? st_corr_has(s, r->c->row->id, &was) : SQLITE_OK) ==
		 SQLITE_OK && was != r->c->a)
		rc = st_corr_row(s, r->c->row, r->c->a);
	r->changed = rc == SQLITE_OK && was != r->c->a;
	r->c->b = was;
	return rc;
}

int
st_row_action(struct state *s, const char *what, const char *desc, struct undo_change *c,
	      bool *changed)
{
	struct row_ctx r = { c, false };
	struct undo_step *step;
	int rc = st_write(s, what, row_body, &r);

	if (changed)
		*changed = r.changed;
	step = xcalloc(1, sizeof *step);
	xgrow((void **)&step->ch, &step->cap, 1, sizeof *step->ch);
	step->ch[0] = *c;
	step->n = 1;
	if (rc != STATE_OK || !r.changed) {
		step_free(step);
		return rc;
	}
	step->desc = xstrdup(desc);
	stack_push(&s->undo, step);
	undo_stack_clear(&s->redo);
	return STATE_OK;
}

/* The hash of the row for hash, or for the article last seen at path. Sets *how. */
static int
import_target(struct state *s, const struct art_state *r, char **target, size_t **how,
	      struct state_import_stats *stats)
{
	sqlite3_stmt *st = r->hash && *r->hash ? st_stmt(s, ST_GET) : NULL;
	int rc = SQLITE_DONE;

	*target = NULL;
	*how = &stats->skipped;
	if (st) {
		sqlite3_bind_text(st, 1, r->hash, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc == SQLITE_ROW) {
			*target = xstrdup(r->hash);
			*how = &stats->by_hash;
			return SQLITE_OK;
		}
	}
	if (rc != SQLITE_DONE)
		return rc;
	if (r->path && (st = st_stmt(s, ST_BY_PATH))) {
		sqlite3_bind_text(st, 1, r->path, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*target = xstrdup((const char *)sqlite3_column_text(st, 0));
			*how = &stats->by_path;
		}
		sqlite3_reset(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return rc;
	}
	if (!*target && r->hash && *r->hash) {
		*target = xstrdup(r->hash);
		*how = &stats->added;
	}
	return SQLITE_OK;
}

/* The ops that make hash's state equal to the record r. *ops is owned by the caller. */
static int
import_ops(struct state *s, const char *hash, const struct art_state *r,
	   struct state_op **ops, size_t *nops)
{
	struct art_state cur = {0};
	struct state_op *v;
	size_t i, j, n = 0;
	int rc = st_load_tags(s, hash, &cur);

	v = xcalloc(4 + r->ntags + cur.ntags, sizeof *v);
	v[n++] = (struct state_op){ STATE_OP_READ, r->read, NULL };
	v[n++] = (struct state_op){ STATE_OP_FLAG, r->flagged, NULL };
	v[n++] = (struct state_op){ STATE_OP_ARCHIVE, r->archived, NULL };
	v[n++] = (struct state_op){ STATE_OP_NOTE, true, r->note };
	for (i = 0; i < r->ntags; i++)
		v[n++] = (struct state_op){ STATE_OP_TAG, true, r->tags[i] };
	for (i = 0; i < cur.ntags; i++) {
		for (j = 0; j < r->ntags && strcmp(cur.tags[i], r->tags[j]) != 0; j++)
			;
		if (j == r->ntags)	/* ops point into r, so keep cur's names alive */
			v[n++] = (struct state_op){ STATE_OP_TAG, false, xstrdup(cur.tags[i]) };
	}
	art_state_clear(&cur);
	*ops = v;
	*nops = n;
	return rc;
}

static void
import_ops_free(struct state_op *ops, size_t n, const struct art_state *r)
{
	size_t i;

	for (i = 4 + r->ntags; i < n; i++)
		free((char *)ops[i].arg);
	free(ops);
}

/* Times and path: keep the earliest first_seen, the latest last_opened, a known path. */
static int
import_times(struct state *s, const char *hash, const struct art_state *r)
{
	sqlite3_stmt *st = st_stmt(s, ST_TIMES);

	if (!st)
		return sqlite3_errcode(s->db);
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	st_bind_text(st, 2, r->path);
	sqlite3_bind_int64(st, 3, r->first_seen);
	sqlite3_bind_int64(st, 4, r->last_opened);
	return st_exec_stmt(st);
}

static bool
is_here(const struct apply_ctx *c, const char *hash)
{
	return !c->here || bsearch(&hash, c->here, c->nhere, sizeof *c->here, cmp_strp);
}

static int
import_body(struct state *s, void *ud)
{
	struct apply_ctx *c = ud;
	struct state_op *ops;
	size_t i, nops, *how;
	char *target;
	bool any;
	int rc = SQLITE_OK;

	step_reset(c->step);
	c->changed = 0;
	memset(&c->stats, 0, sizeof c->stats);
	for (i = 0; rc == SQLITE_OK && i < c->nhashes; i++) {
		if ((rc = import_target(s, &c->recs[i], &target, &how, &c->stats)) != SQLITE_OK)
			break;
		++*how;
		if (!target)
			continue;
		rc = import_ops(s, target, &c->recs[i], &ops, &nops);
		if (rc == SQLITE_OK)
			rc = apply_one(s, target, ops, nops, c->step, &any);
		if (rc == SQLITE_OK)
			rc = import_times(s, target, &c->recs[i]);
		c->changed += rc == SQLITE_OK && any;
		/* Articles elsewhere are counted apart: "changed" is about the paths at hand. */
		if (is_here(c, target))
			c->stats.changed += rc == SQLITE_OK && any;
		else
			c->stats.outside++;
		import_ops_free(ops, nops, &c->recs[i]);
		free(target);
	}
	return rc;
}

enum state_status
state_import(struct state *s, const struct art_state *recs, size_t n,
	     struct state_import_stats *stats)
{
	return state_import_here(s, recs, n, NULL, 0, stats);
}

enum state_status
state_import_here(struct state *s, const struct art_state *recs, size_t n,
		  const char *const *here, size_t nhere, struct state_import_stats *stats)
{
	struct apply_ctx c = { .recs = recs, .nhashes = n };
	const char *why;
	size_t i, j;
	int rc;

	for (i = 0; i < n; i++)
		for (j = 0; j < recs[i].ntags; j++)
			if ((why = state_tag_invalid(recs[i].tags[j])))
				return st_err(s, STATE_INVALID, "record %zu: %s", i + 1, why);
	if (here) {
		c.here = xmalloc((nhere ? nhere : 1) * sizeof *c.here);
		memcpy(c.here, here, nhere * sizeof *here);
		qsort(c.here, nhere, sizeof *c.here, cmp_strp);
		c.nhere = nhere;
	}
	rc = n ? run_action(s, &c, "import the state", import_body, "import") : STATE_OK;
	free(c.here);
	if (stats)
		*stats = rc == STATE_OK ? c.stats : (struct state_import_stats){0};
	return rc;
}
