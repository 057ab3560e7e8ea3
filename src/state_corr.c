/* state_corr.c -- entity corrections and watched entities as rows of the state file. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/util.h"
#include "state_int.h"

/*
 * A correction is a row keyed by content (correct.h); the rows apply in id order, and
 * ids are never reused (AUTOINCREMENT), so undoing a deletion puts the row back in its
 * place. Writes go through st_row_action(): one transaction, one step of the journal
 * that triage uses, so `u` undoes a merge as it undoes a flag.
 */

#define CORR_COLS "id, kind, made, key, type, name, hash, surface, occurrence, to_key," \
	" to_type, to_name"

static int
prepare(struct state *s, const char *sql, sqlite3_stmt **st)
{
	int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);

	if (rc != SQLITE_OK)
		*st = NULL;
	return rc;
}

/* A file of the schema before corrections, opened for reading only (so not upgraded),
 * has none: not an error. */
static bool
no_table(struct state *s)
{
	return s->readonly && sqlite3_errcode(s->db) == SQLITE_ERROR &&
	       strstr(sqlite3_errmsg(s->db), "no such table") != NULL;
}

static const char *
type_text(int t)
{
	return t >= 0 && t < ENT_NTYPES ? ent_type_name((enum ent_type)t) : NULL;
}

static int
type_of(sqlite3_stmt *st, int col)
{
	const char *t = (const char *)sqlite3_column_text(st, col);

	return t ? ent_type_parse(t) : -1;
}

int
st_corr_has(struct state *s, int64_t id, bool *has)
{
	sqlite3_stmt *st;
	int rc = prepare(s, "SELECT 1 FROM correction WHERE id = ?1", &st);

	*has = false;
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	*has = rc == SQLITE_ROW;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int
st_corr_row(struct state *s, struct corr *c, bool present)
{
	sqlite3_stmt *st;
	int rc;

	if (!present) {
		if ((rc = prepare(s, "DELETE FROM correction WHERE id = ?1", &st)) != SQLITE_OK)
			return rc;
		sqlite3_bind_int64(st, 1, c->id);
	} else {
		if ((rc = prepare(s, "INSERT OR IGNORE INTO correction(" CORR_COLS ") VALUES(?1,"
				  " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", &st)) !=
		    SQLITE_OK)
			return rc;
		if (c->id)
			sqlite3_bind_int64(st, 1, c->id);
		sqlite3_bind_text(st, 2, corr_kind_name(c->kind), -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, c->made);
		st_bind_text(st, 4, c->key);
		st_bind_text(st, 5, type_text(c->type));
		st_bind_text(st, 6, c->name);
		st_bind_text(st, 7, c->hash);
		st_bind_text(st, 8, c->surface);
		sqlite3_bind_int(st, 9, c->occurrence);
		st_bind_text(st, 10, c->to_key);
		st_bind_text(st, 11, type_text(c->to_type));
		st_bind_text(st, 12, c->to_name);
	}
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc;
	if (present && !c->id)
		c->id = sqlite3_last_insert_rowid(s->db);
	return SQLITE_OK;
}

int
st_watch_row(struct state *s, const char *key, const char *type, const char *name,
	     bool present, bool *was)
{
	sqlite3_stmt *st;
	int rc;

	if (was) {
		if ((rc = prepare(s, "SELECT 1 FROM watch WHERE key = ?1 AND type = ?2", &st)) !=
		    SQLITE_OK)
			return rc;
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, type, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		*was = rc == SQLITE_ROW;
		sqlite3_finalize(st);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return rc;
		if (*was == present)
			return SQLITE_OK;
	}
	rc = prepare(s, present ? "INSERT OR IGNORE INTO watch(key, type, name, made)"
		     " VALUES(?1, ?2, ?3, ?4)" : "DELETE FROM watch WHERE key = ?1 AND type = ?2",
		     &st);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, type, -1, SQLITE_STATIC);
	if (present) {
		st_bind_text(st, 3, name);
		sqlite3_bind_int64(st, 4, st_now());
	}
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static bool
type_ok(int t)
{
	return t >= 0 && t < ENT_NTYPES;
}

/* Why c cannot be kept, or NULL. */
static const char *
corr_invalid(const struct corr *c)
{
	if ((unsigned)c->kind >= CORR_NKINDS)
		return "unknown correction";
	if (c->kind != CORR_ADD && (!c->key || !*c->key || !type_ok(c->type)))
		return "a correction needs an entity (a name and a type)";
	if (c->surface && !*c->surface)
		return "an empty surface";
	if ((c->hash || c->kind == CORR_ADD) && (!c->hash || !*c->hash))
		return "a correction of a mention needs its article";
	switch (c->kind) {
	case CORR_RETYPE:
		return type_ok(c->to_type) ? NULL : "unknown type";
	case CORR_RENAME:
		return c->to_name && *c->to_name ? NULL : "a new name is needed";
	case CORR_MERGE:
		return c->to_key && *c->to_key && type_ok(c->to_type) ? NULL
			: "merge needs the entity to merge into";
	case CORR_SPLIT:
		if (!c->surface)
			return "split needs the surface of the mentions to take out";
		return !c->to_key || type_ok(c->to_type) ? NULL : "unknown type";
	case CORR_ADD:
		if (!c->surface || c->occurrence < 0)
			return "add needs the surface and its occurrence";
		return c->to_key && *c->to_key && type_ok(c->to_type) ? NULL
			: "add needs the entity's name and type";
	default:
		return NULL;
	}
}

enum state_status
state_correct_put(struct state *s, const struct corr *c, int64_t *id)
{
	struct undo_change ch = {0};
	const char *why = corr_invalid(c);
	char *desc;
	int rc;

	if (id)
		*id = 0;
	if (why)
		return st_err(s, STATE_INVALID, "%s", why);
	ch.field = F_CORR;
	ch.a = 1;
	ch.row = xcalloc(1, sizeof *ch.row);
	corr_copy(ch.row, c);
	if (!ch.row->made)
		ch.row->made = st_now();
	desc = corr_describe(c);
	/* The row is handed to the step; its id is read before the step can be dropped. */
	{
		struct corr *row = ch.row;

		rc = st_row_action(s, "keep the correction", desc, &ch, NULL);
		if (rc == STATE_OK && id && s->undo.n &&
		    s->undo.v[s->undo.n - 1]->ch[0].row == row)
			*id = row->id;
	}
	free(desc);
	return rc;
}

/* A correction of kind about ent (and at) into c; pointers borrowed. */
static struct corr
make(enum corr_kind kind, const struct corr_ent *ent, const struct corr_place *at)
{
	struct corr c = { .kind = kind, .type = -1, .occurrence = -1, .to_type = -1 };

	if (ent) {
		c.key = (char *)ent->key;
		c.type = ent->type;
		c.name = (char *)ent->name;
	}
	if (at) {
		c.hash = (char *)at->hash;
		c.surface = (char *)at->surface;
		c.occurrence = at->occurrence;
	}
	return c;
}

static void
set_into(struct corr *c, const struct corr_ent *into)
{
	if (!into)
		return;
	c->to_key = (char *)into->key;
	c->to_type = into->type;
	c->to_name = (char *)into->name;
}

enum state_status
state_correct_hide(struct state *s, const struct corr_ent *ent, const struct corr_place *at,
		   int64_t *id)
{
	struct corr c = make(CORR_HIDE, ent, at);

	return state_correct_put(s, &c, id);
}

enum state_status
state_correct_retype(struct state *s, const struct corr_ent *ent, const struct corr_place *at,
		     int type, int64_t *id)
{
	struct corr c = make(CORR_RETYPE, ent, at);

	c.to_type = type;
	return state_correct_put(s, &c, id);
}

enum state_status
state_correct_rename(struct state *s, const struct corr_ent *ent, const char *name, int64_t *id)
{
	struct corr c = make(CORR_RENAME, ent, NULL);

	c.to_name = (char *)name;
	return state_correct_put(s, &c, id);
}

enum state_status
state_correct_merge(struct state *s, const struct corr_ent *ent, const struct corr_ent *into,
		    int64_t *id)
{
	struct corr c = make(CORR_MERGE, ent, NULL);

	set_into(&c, into);
	return state_correct_put(s, &c, id);
}

enum state_status
state_correct_split(struct state *s, const struct corr_ent *ent, const struct corr_place *at,
		    const struct corr_ent *into, int64_t *id)
{
	struct corr c = make(CORR_SPLIT, ent, at);

	set_into(&c, into);
	return state_correct_put(s, &c, id);
}

enum state_status
state_correct_add(struct state *s, const struct corr_place *at, const struct corr_ent *into,
		  int64_t *id)
{
	struct corr c = make(CORR_ADD, NULL, at);

	set_into(&c, into);
	return state_correct_put(s, &c, id);
}

/* Row st (CORR_COLS) into c. */
static void
row_to_corr(sqlite3_stmt *st, struct corr *c)
{
	const char *kind = (const char *)sqlite3_column_text(st, 1);
	int k = kind ? corr_kind_parse(kind) : -1;

#define COL_DUP(i) (sqlite3_column_type(st, i) == SQLITE_NULL ? NULL \
		    : xstrdup((const char *)sqlite3_column_text(st, i)))
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(st, 0);
	c->kind = k < 0 ? CORR_NKINDS : (enum corr_kind)k;
	c->made = sqlite3_column_int64(st, 2);
	c->key = COL_DUP(3);
	c->type = type_of(st, 4);
	c->name = COL_DUP(5);
	c->hash = COL_DUP(6);
	c->surface = COL_DUP(7);
	c->occurrence = sqlite3_column_int(st, 8);
	c->to_key = COL_DUP(9);
	c->to_type = type_of(st, 10);
	c->to_name = COL_DUP(11);
#undef COL_DUP
}

/* Correction rows of sql (with ?1 bound to id when id > 0). */
static enum state_status
select_corr(struct state *s, const char *sql, int64_t id, struct corr **v, size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	*v = NULL;
	*n = 0;
	if ((rc = prepare(s, sql, &st)) != SQLITE_OK)
		return no_table(s) ? STATE_OK : st_fail(s, rc, "read the corrections");
	if (id > 0)
		sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		xgrow((void **)v, &cap, *n + 1, sizeof **v);
		row_to_corr(st, &(*v)[(*n)++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		corr_free_all(*v, *n);
		*v = NULL;
		*n = 0;
		return st_fail(s, rc, "read the corrections");
	}
	return STATE_OK;
}

enum state_status
state_corrections(struct state *s, struct corr **v, size_t *n)
{
	return select_corr(s, "SELECT " CORR_COLS " FROM correction ORDER BY id", 0, v, n);
}

enum state_status
state_correction_delete(struct state *s, int64_t id)
{
	struct undo_change ch = {0};
	struct corr *v;
	size_t n;
	char *desc;
	int rc;

	if ((rc = select_corr(s, "SELECT " CORR_COLS " FROM correction WHERE id = ?1", id, &v,
			      &n)) != STATE_OK)
		return rc;
	if (n == 0) {
		free(v);
		return st_err(s, STATE_NONE, "no correction %lld", (long long)id);
	}
	ch.field = F_CORR;
	ch.a = 0;
	ch.row = v;	/* the one row, handed to the step */
	desc = corr_describe(v);
	{
		struct sbuf b = {0};

		sb_printf(&b, "delete the correction: %s", desc);
		rc = st_row_action(s, "delete the correction", b.data, &ch, NULL);
		sb_free(&b);
	}
	free(desc);
	return rc;
}

enum state_status
state_watch(struct state *s, const struct corr_ent *ent, bool on, bool *changed)
{
	struct undo_change ch = {0};
	struct sbuf b = {0};
	int rc;

	if (changed)
		*changed = false;
	if (!ent || !ent->key || !*ent->key || !type_ok(ent->type))
		return st_err(s, STATE_INVALID, "watch needs an entity (a name and a type)");
	ch.field = F_WATCH;
	ch.a = on;
	ch.hash = xstrdup(ent->key);
	ch.tag = xstrdup(ent_type_name((enum ent_type)ent->type));
	ch.before = ent->name ? xstrdup(ent->name) : NULL;
	sb_printf(&b, "%s %s (%s)", on ? "watch" : "unwatch", ent->name ? ent->name : ent->key,
		  ent_type_name((enum ent_type)ent->type));
	rc = st_row_action(s, on ? "watch the entity" : "unwatch the entity", b.data, &ch,
			   changed);
	sb_free(&b);
	return rc;
}

enum state_status
state_watched(struct state *s, struct state_watch **v, size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	*v = NULL;
	*n = 0;
	if ((rc = prepare(s, "SELECT key, type, name, made FROM watch ORDER BY type, key", &st))
	    != SQLITE_OK)
		return no_table(s) ? STATE_OK : st_fail(s, rc, "read the watched entities");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct state_watch *w;
		const char *name = (const char *)sqlite3_column_text(st, 2);

		xgrow((void **)v, &cap, *n + 1, sizeof **v);
		w = &(*v)[(*n)++];
		w->key = xstrdup((const char *)sqlite3_column_text(st, 0));
		w->type = type_of(st, 1);
		w->name = name ? xstrdup(name) : NULL;
		w->made = sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		state_watch_free(*v, *n);
		*v = NULL;
		*n = 0;
		return st_fail(s, rc, "read the watched entities");
	}
	return STATE_OK;
}

void
state_watch_free(struct state_watch *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].key);
		free(v[i].name);
	}
	free(v);
}
