/* state_query.c -- reading state, sightings, +tag syntax, saved searches, history. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "state_int.h"

/* Longest tag name, in bytes; history texts kept per kind. */
#define TAG_MAX 64
#define HISTORY_MAX 500

void
art_state_clear(struct art_state *a)
{
	size_t i;

	free(a->hash);
	free(a->path);
	free(a->note);
	for (i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	memset(a, 0, sizeof *a);
}

void
art_states_free(struct art_state *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		art_state_clear(&v[i]);
	free(v);
}

/* A text column as an owned string (NULL stays NULL). */
static char *
col_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	return t ? xstrdup((const char *)t) : NULL;
}

void
st_row_to_art(sqlite3_stmt *st, int col, struct art_state *a)
{
	a->hash = col_text(st, col);
	a->path = col_text(st, col + 1);
	a->known = true;
	a->read = sqlite3_column_int(st, col + 2) != 0;
	a->flagged = sqlite3_column_int(st, col + 3) != 0;
	a->archived = sqlite3_column_int(st, col + 4) != 0;
	a->note = col_text(st, col + 5);
	a->first_seen = sqlite3_column_int64(st, col + 6);
	a->last_opened = sqlite3_column_int64(st, col + 7);
}

int
st_load_tags(struct state *s, const char *hash, struct art_state *a)
{
	sqlite3_stmt *st = st_stmt(s, ST_TAGS_OF);
	size_t cap = a->ntags;
	int rc;

	if (!st)
		return sqlite3_errcode(s->db);
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		xgrow((void **)&a->tags, &cap, a->ntags + 1, sizeof *a->tags);
		a->tags[a->ntags++] = col_text(st, 0);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

enum state_status
state_get(struct state *s, const char *hash, struct art_state *out)
{
	sqlite3_stmt *st;
	int rc;

	/* An unknown hash is not an error: it is an article nobody has triaged yet. */
	memset(out, 0, sizeof *out);
	if (!hash || !*hash)
		return st_err(s, STATE_INVALID, "an article without a content hash");
	if (!(st = st_stmt(s, ST_GET)))
		return st_fail(s, sqlite3_errcode(s->db), "read the state");
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		st_row_to_art(st, 0, out);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE) {
		out->hash = xstrdup(hash);
		return STATE_OK;
	}
	if (rc == SQLITE_ROW)
		rc = st_load_tags(s, hash, out);
	if (rc != SQLITE_OK) {
		art_state_clear(out);
		return st_fail(s, rc, "read the state");
	}
	return STATE_OK;
}

/* The tags of hash from the walk over every tag (t, in hash order), onto a. */
static int
take_tags(sqlite3_stmt *t, int *trc, const char *hash, struct art_state *a)
{
	size_t cap = a->ntags;
	int c;

	while (*trc == SQLITE_ROW) {
		const char *h = (const char *)sqlite3_column_text(t, 0);

		if (!h || (c = strcmp(h, hash)) < 0) {
			*trc = sqlite3_step(t);		/* a tag of no article row */
			continue;
		}
		if (c > 0)
			break;
		xgrow((void **)&a->tags, &cap, a->ntags + 1, sizeof *a->tags);
		a->tags[a->ntags++] = col_text(t, 1);
		*trc = sqlite3_step(t);
	}
	return *trc == SQLITE_ROW || *trc == SQLITE_DONE ? SQLITE_OK : *trc;
}

static int
each(struct state *s, enum st_stmt which, int (*fn)(void *ud, const struct art_state *a),
     void *ud)
{
	struct art_state a;
	sqlite3_stmt *st, *t;
	int rc, trc, stop = 0;

	/* One read transaction: a concurrent writer cannot tear the walk. */
	if ((rc = sqlite3_exec(s->db, "BEGIN", NULL, NULL, NULL)) != SQLITE_OK)
		return st_fail(s, rc, "read the state");
	if (!(st = st_stmt(s, which)) || !(t = st_stmt(s, ST_TAGS_ALL))) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return STATE_ERROR;
	}
	/* Both in the byte order of hashes: one merge. */
	trc = sqlite3_step(t);
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		memset(&a, 0, sizeof a);
		st_row_to_art(st, 0, &a);
		if ((rc = take_tags(t, &trc, a.hash ? a.hash : "", &a)) == SQLITE_OK)
			stop = fn(ud, &a);
		art_state_clear(&a);
		if (rc != SQLITE_OK)
			break;
	}
	sqlite3_reset(st);
	sqlite3_reset(t);
	sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	if (stop)
		return stop;
	return rc == SQLITE_DONE ? STATE_OK : st_fail(s, rc, "read the state");
}

int
state_each(struct state *s, int (*fn)(void *ud, const struct art_state *a), void *ud)
{
	return each(s, ST_EACH, fn, ud);
}

int
state_each_decided(struct state *s, int (*fn)(void *ud, const struct art_state *a), void *ud)
{
	return each(s, ST_EACH_DECIDED, fn, ud);
}

enum state_status
state_tags(struct state *s, struct state_tag **tags, size_t *n)
{
	sqlite3_stmt *st = st_stmt(s, ST_TAG_COUNTS);
	size_t cap = 0;
	int rc;

	*tags = NULL;
	*n = 0;
	if (!st)
		return STATE_ERROR;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		xgrow((void **)tags, &cap, *n + 1, sizeof **tags);
		(*tags)[*n].name = col_text(st, 0);
		(*tags)[(*n)++].count = (size_t)sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return STATE_OK;
	state_tags_free(*tags, *n);
	*tags = NULL;
	*n = 0;
	return st_fail(s, rc, "read the tags");
}

void
state_tags_free(struct state_tag *tags, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(tags[i].name);
	free(tags);
}

/*
 * Tag names must survive the +name -name syntax, the query language (tag:NAME) and the
 * CSV export, hence no spaces, quotes, commas or leading +/-. Case is kept as typed.
 * They must also come back from a JSON export unchanged and look like what they are, so
 * they are valid UTF-8 and hold only code points the one sanitising rule calls safe
 * (text_cp_class(): no C1, bidi override or zero-width character).
 */
const char *
state_tag_invalid(const char *name)
{
	static const char *const reserved[] = { "read", "flagged", "archived" };
	size_t i, len;
	uint32_t cp;

	if (!name || !*name)
		return "a tag name cannot be empty";
	len = strlen(name);
	if (len > TAG_MAX)
		return "a tag name is at most 64 bytes long";
	if (*name == '+' || *name == '-')
		return "a tag name cannot start with + or -";
	if (!text_valid_utf8(name, len))
		return "a tag name must be valid UTF-8";
	for (i = 0; i < len;) {
		i += text_decode(name + i, len - i, &cp);
		if (cp == '"' || cp == ',' || text_cp_is_space(cp))
			return "a tag name cannot contain spaces, quotes or commas";
		if (text_cp_class(cp) != TEXT_CP_SAFE)
			return "a tag name cannot contain control, bidi, zero-width or unassigned"
			       " characters";
	}
	for (i = 0; i < sizeof reserved / sizeof *reserved; i++)
		if (strcmp(name, reserved[i]) == 0)
			return "read, flagged and archived are states, not tag names";
	return NULL;
}

/* A name -name may remove: any a tag could have, so a tag made before the rules above
 * grew (a bidi or zero-width character in it) can still be taken off. */
const char *
state_tag_unremovable(const char *name)
{
	if (!name || !*name)
		return "a tag name cannot be empty";
	return strlen(name) > TAG_MAX ? "a tag name is at most 64 bytes long" : NULL;
}

/* One word of "+name -name name": the op, or NULL with err set. */
static int
parse_word(char *w, struct state_op *op, char *err, size_t errlen)
{
	const char *why, *typed = w;

	op->on = *w != '-';
	if (*w == '+' || *w == '-')
		w++;
	op->arg = NULL;
	if (strcmp(w, "read") == 0)
		op->kind = STATE_OP_READ;
	else if (strcmp(w, "flagged") == 0)
		op->kind = STATE_OP_FLAG;
	else if (strcmp(w, "archived") == 0)
		op->kind = STATE_OP_ARCHIVE;
	else if ((why = op->on ? state_tag_invalid(w) : state_tag_unremovable(w))) {
		/* The word as typed, so "++x" is named as such, not as "+x". */
		snprintf(err, errlen, "%s%s%s", *w ? typed : "", *w ? ": " : "", why);
		return STATE_INVALID;
	} else {
		op->kind = STATE_OP_TAG;
		op->arg = w;
	}
	return STATE_OK;
}

enum state_status
state_parse_ops(const char *spec, struct state_op **ops, size_t *nops, char *err,
		size_t errlen)
{
	size_t len = strlen(spec), max = len / 2 + 1, n = 0;
	struct state_op *v = xmalloc(max * sizeof *v + len + 1);
	char *p = (char *)(v + max), *w;

	/* The words live after the array, so one free() releases everything. */
	memcpy(p, spec, len + 1);
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		for (w = p; *p && *p != ' ' && *p != '\t'; p++)
			;
		if (*p)
			*p++ = '\0';
		if (parse_word(w, &v[n], err, errlen) != STATE_OK) {
			free(v);
			return STATE_INVALID;
		}
		n++;
	}
	if (n == 0) {
		free(v);
		snprintf(err, errlen, "give +name to add and -name to remove");
		return STATE_INVALID;
	}
	*ops = v;
	*nops = n;
	return STATE_OK;
}

/* Sightings: paths and times; not triage actions, so not undoable. */
struct touch_ctx {
	const char *const *hashes;
	const char *const *paths;
	size_t n;
	int64_t when;
};

/* An article of a touch, for its sort by hash. */
struct keyed {
	const char *hash;
	size_t i;
};

static int
cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->hash, y->hash);

	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/*
 * Which of the n articles need no write: the state has each at its path already, and no
 * other of the n has its hash (a second copy of a text may move its row). One read of
 * the article table in hash order, merged with the articles sorted by hash, costs less
 * than an upsert's lookup of each (at 100k articles, 0.4 s a launch). NULL on an error:
 * then every article is written.
 */
static bool *
unchanged(struct state *s, const struct touch_ctx *c)
{
	sqlite3_stmt *st = NULL;
	struct keyed *k = xmalloc(c->n * sizeof *k);
	bool *same = xcalloc(c->n, sizeof *same);
	size_t i = 0, j;
	int rc, cmp = 1;

	for (j = 0; j < c->n; j++)
		k[j] = (struct keyed){ c->hashes[j], j };
	qsort(k, c->n, sizeof *k, cmp_keyed);
	rc = sqlite3_prepare_v2(s->db, "SELECT hash, path FROM article ORDER BY hash", -1, &st,
				NULL);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *h = (const char *)sqlite3_column_text(st, 0);
		const char *p = (const char *)sqlite3_column_text(st, 1);

		rc = SQLITE_OK;
		if (!h)
			continue;
		while (i < c->n && (cmp = strcmp(k[i].hash, h)) < 0)
			i++;
		if (i >= c->n || cmp != 0 || !p || strcmp(p, c->paths[k[i].i]) != 0)
			continue;
		if ((i + 1 >= c->n || strcmp(k[i + 1].hash, h) != 0) &&
		    (i == 0 || strcmp(k[i - 1].hash, h) != 0))
			same[k[i].i] = true;
	}
	sqlite3_finalize(st);
	free(k);
	if (rc != SQLITE_DONE) {
		free(same);
		return NULL;
	}
	return same;
}

static int
touch_body(struct state *s, void *ud)
{
	struct touch_ctx *c = ud;
	sqlite3_stmt *st;
	bool *same = c->paths && c->n >= 256 ? unchanged(s, c) : NULL;
	size_t i;
	int rc = SQLITE_OK;

	for (i = 0; rc == SQLITE_OK && i < c->n; i++) {
		if (same && same[i])
			continue;
		if (!(st = st_stmt(s, c->paths ? ST_TOUCH : ST_OPENED))) {
			free(same);
			return sqlite3_errcode(s->db);
		}
		sqlite3_bind_text(st, 1, c->hashes[i], -1, SQLITE_STATIC);
		if (c->paths) {
			st_bind_text(st, 2, c->paths[i]);
			sqlite3_bind_int64(st, 3, c->when);
		} else
			sqlite3_bind_int64(st, 2, c->when);
		rc = st_exec_stmt(st);
	}
	free(same);
	return rc;
}

/* The upsert only writes when the path changed, so a relaunch over the same corpus costs
 * reads, not writes. */
enum state_status
state_touch_many(struct state *s, const char *const *hashes, const char *const *paths,
		 size_t n)
{
	struct touch_ctx c = { hashes, paths, n, st_now() };
	size_t i;

	for (i = 0; i < n; i++)
		if (!hashes[i] || !*hashes[i] || !paths[i])
			return st_err(s, STATE_INVALID, "an article without a hash or path");
	return n ? st_write(s, "record the articles seen", touch_body, &c) : STATE_OK;
}

enum state_status
state_touch(struct state *s, const char *hash, const char *path)
{
	return state_touch_many(s, &hash, &path, 1);
}

enum state_status
state_set_last_opened(struct state *s, const char *hash, int64_t when)
{
	struct touch_ctx c = { &hash, NULL, 1, when ? when : st_now() };

	if (!hash || !*hash)
		return st_err(s, STATE_INVALID, "an article without a content hash");
	return st_write(s, "record the article as opened", touch_body, &c);
}

/* Run a statement that returns one text column; *out owned by the caller. */
static int
one_text(struct state *s, enum st_stmt id, const char *arg, char **out, const char *what)
{
	sqlite3_stmt *st = st_stmt(s, id);
	int rc;

	*out = NULL;
	if (!st)
		return STATE_ERROR;
	st_bind_text(st, 1, arg);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = col_text(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return STATE_OK;
	return rc == SQLITE_DONE ? st_err(s, STATE_NONE, "no %s", what) : st_fail(s, rc, "read the state");
}

enum state_status
state_find_by_path(struct state *s, const char *path, char **hash)
{
	return one_text(s, ST_BY_PATH, path, hash, "article was seen at that path");
}

/* Two text parameters and no result, in a transaction. */
struct pair_ctx {
	enum st_stmt id;
	const char *a, *b;
	int changes;
};

static int
pair_body(struct state *s, void *ud)
{
	struct pair_ctx *c = ud;
	sqlite3_stmt *st = st_stmt(s, c->id);
	int rc;

	if (!st)
		return sqlite3_errcode(s->db);
	st_bind_text(st, 1, c->a);
	if (c->b)
		st_bind_text(st, 2, c->b);
	rc = st_exec_stmt(st);
	c->changes = sqlite3_changes(s->db);
	return rc;
}

/* Saved searches and history are preferences, not triage: they are not undoable. */
enum state_status
state_search_save(struct state *s, const char *name, const char *query)
{
	struct pair_ctx c = { ST_SEARCH_SAVE, name, query, 0 };

	if (!name || !*name || !query)
		return st_err(s, STATE_INVALID, "a saved search needs a name and a query");
	return st_write(s, "save the search", pair_body, &c);
}

enum state_status
state_search_delete(struct state *s, const char *name)
{
	struct pair_ctx c = { ST_SEARCH_DEL, name, NULL, 0 };
	int rc;

	if (!name)
		return st_err(s, STATE_INVALID, "no saved search named");
	rc = st_write(s, "delete the saved search", pair_body, &c);
	if (rc == STATE_OK && c.changes == 0)
		return st_err(s, STATE_NONE, "no saved search named %s", name);
	return rc;
}

enum state_status
state_search_get(struct state *s, const char *name, char **query)
{
	return one_text(s, ST_SEARCH_GET, name, query, "saved search of that name");
}

enum state_status
state_searches(struct state *s, struct state_search **list, size_t *n)
{
	sqlite3_stmt *st = st_stmt(s, ST_SEARCH_LIST);
	size_t cap = 0;
	int rc;

	*list = NULL;
	*n = 0;
	if (!st)
		return STATE_ERROR;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		xgrow((void **)list, &cap, *n + 1, sizeof **list);
		(*list)[*n].name = col_text(st, 0);
		(*list)[(*n)++].query = col_text(st, 1);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return STATE_OK;
	state_searches_free(*list, *n);
	*list = NULL;
	*n = 0;
	return st_fail(s, rc, "read the saved searches");
}

void
state_searches_free(struct state_search *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(list[i].name);
		free(list[i].query);
	}
	free(list);
}

/* Delete, insert, trim: a repeated text moves to the newest place instead of repeating. */
static int
history_body(struct state *s, void *ud)
{
	struct pair_ctx *c = ud;
	sqlite3_stmt *st;
	int rc;

	c->id = ST_HIST_DEL;
	if ((rc = pair_body(s, c)) != SQLITE_OK || !(st = st_stmt(s, ST_HIST_ADD)))
		return rc != SQLITE_OK ? rc : sqlite3_errcode(s->db);
	st_bind_text(st, 1, c->a);
	st_bind_text(st, 2, c->b);
	sqlite3_bind_int64(st, 3, st_now());
	if ((rc = st_exec_stmt(st)) != SQLITE_OK || !(st = st_stmt(s, ST_HIST_TRIM)))
		return rc != SQLITE_OK ? rc : sqlite3_errcode(s->db);
	st_bind_text(st, 1, c->a);
	sqlite3_bind_int(st, 2, HISTORY_MAX);
	return st_exec_stmt(st);
}

enum state_status
state_history_add(struct state *s, const char *kind, const char *text)
{
	struct pair_ctx c = { ST_HIST_DEL, kind, text, 0 };
	const char *p;

	if (!kind || !text)
		return st_err(s, STATE_INVALID, "no history kind or text");
	for (p = text; *p == ' ' || *p == '\t'; p++)
		;
	if (!*p)
		return STATE_OK;	/* blank lines are not worth remembering */
	return st_write(s, "save the history", history_body, &c);
}

enum state_status
state_history(struct state *s, const char *kind, size_t limit, char ***texts, size_t *n)
{
	sqlite3_stmt *st = st_stmt(s, ST_HIST_LIST);
	size_t cap = 0;
	int rc;

	*texts = NULL;
	*n = 0;
	if (!st)
		return STATE_ERROR;
	st_bind_text(st, 1, kind);
	sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : HISTORY_MAX);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		xgrow((void **)texts, &cap, *n + 1, sizeof **texts);
		(*texts)[(*n)++] = col_text(st, 0);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return STATE_OK;
	state_strings_free(*texts, *n);
	*texts = NULL;
	*n = 0;
	return st_fail(s, rc, "read the history");
}

void
state_strings_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* state_rehash: copy one article's state to its new hash. */
struct rehash_ctx {
	const char *from, *to, *path;
	int64_t when;
};

static const char *const rehash_sql[] = {
	/* Merge into a row the new hash may already have: a decision is never dropped. */
	("INSERT INTO article(hash, path, read, flagged, archived, note, first_seen, last_opened)"
	" SELECT ?2, ?3, read, flagged, archived, note, first_seen, last_opened"
	" FROM article WHERE hash = ?1"
	" ON CONFLICT(hash) DO UPDATE SET path = excluded.path,"
	" read = max(read, excluded.read), flagged = max(flagged, excluded.flagged),"
	" archived = max(archived, excluded.archived),"
	/* Both notes are kept, the new hash's first, a blank line between (once only). */
	" note = CASE WHEN coalesce(note, '') = '' THEN excluded.note"
	" WHEN coalesce(excluded.note, '') = '' OR instr(note, excluded.note) > 0 THEN note"
	" ELSE note || char(10) || char(10) || excluded.note END,"
	" first_seen = min(coalesce(first_seen, excluded.first_seen),"
	" coalesce(excluded.first_seen, first_seen)),"
	" last_opened = nullif(max(coalesce(last_opened, 0), coalesce(excluded.last_opened, 0)), 0)"),
	"INSERT OR IGNORE INTO tag(hash, name) SELECT ?2, name FROM tag WHERE hash = ?1",
	/* A hash the state did not know yet is still recorded as seen here. */
	("INSERT INTO article(hash, path, first_seen) VALUES(?2, ?3, ?4)"
	" ON CONFLICT(hash) DO UPDATE SET path = excluded.path"),
	/* The old content is no longer at this path (find-by-path must give the new hash). */
	"UPDATE article SET path = NULL WHERE hash = ?1 AND path = ?3",
	/* Corrections of one mention follow the edited text (in place: they keep their turn
	 * among the corrections); one whose words went is listed as unused. */
	"UPDATE correction SET hash = ?2 WHERE hash = ?1",
};

static int
rehash_body(struct state *s, void *ud)
{
	struct rehash_ctx *c = ud;
	size_t i;
	int rc = SQLITE_OK;

	for (i = 0; rc == SQLITE_OK && i < sizeof rehash_sql / sizeof *rehash_sql; i++) {
		sqlite3_stmt *st;

		if ((rc = sqlite3_prepare_v2(s->db, rehash_sql[i], -1, &st, NULL)) != SQLITE_OK)
			break;
		sqlite3_bind_text(st, 1, c->from, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, c->to, -1, SQLITE_STATIC);
		if (sqlite3_bind_parameter_count(st) >= 3)
			sqlite3_bind_text(st, 3, c->path, -1, SQLITE_STATIC);
		if (sqlite3_bind_parameter_count(st) >= 4)
			sqlite3_bind_int64(st, 4, c->when);
		rc = st_exec_stmt(st);
		sqlite3_finalize(st);
	}
	return rc;
}

enum state_status
state_rehash(struct state *s, const char *from, const char *to, const char *path)
{
	struct rehash_ctx c = { from, to, path, st_now() };

	if (!from || !*from || !to || !*to || !path)
		return st_err(s, STATE_INVALID, "an article without a hash or path");
	if (strcmp(from, to) == 0)
		return state_touch(s, to, path);
	return st_write(s, "keep the article's state after the edit", rehash_body, &c);
}
