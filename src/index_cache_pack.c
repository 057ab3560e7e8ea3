/* index_cache_pack.c -- the catalog's rows packed in one blob, read at a launch in one go. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * A launch reads every article and file row of its cache before anything is on the
 * screen (index_cache_files.c). At 100k articles stepping through those rows took 0.3 s,
 * most of a warm launch; the same rows packed in one blob are read in a few hundredths.
 * Every write of the rows packs them again in the same transaction, after the meta row
 * "scanned" (index_cache_put_meta(), index_cache_refresh()): the pack begins with that
 * value, so a pack left by a write that did not make one (another version) is seen to be
 * stale and the rows are read instead. A pack that does not parse is no error either.
 *
 * The blob: "dpk1", the number of entries (u32), the length of "scanned" (u32) and its
 * bytes; then per article in id order: dev, ino, size, mtime (i64); date_key (i32); doc,
 * len, words, paragraphs (u32); date_from, from_path (u8); the hash (32 bytes); then path,
 * title, source and date, each a u32 length and its bytes. In the machine's byte order:
 * the file is a cache of this machine's.
 */

#define MAGIC "dpk1"
#define ENTRY_MIN 102	/* the bytes of an entry whose strings are all empty */

static void
put_u32(struct sbuf *b, uint32_t v)
{
	sb_add(b, (const char *)&v, sizeof v);
}

static void
put_str(struct sbuf *b, const char *s, int n)
{
	put_u32(b, (uint32_t)(n > 0 ? n : 0));
	if (n > 0)
		sb_add(b, s, (size_t)n);
}

/* One article and file row (the columns of index_cache_files.c's read) into b. */
static void
pack_row(struct sbuf *b, sqlite3_stmt *st)
{
	int64_t i64[4];
	int32_t key = (int32_t)sqlite3_column_int64(st, 5);
	uint32_t u[4];
	uint8_t u8[2];
	const char *hash = (const char *)sqlite3_column_text(st, 6);
	int c, k;

	for (k = 0; k < 4; k++)
		i64[k] = sqlite3_column_int64(st, 8 + k);
	u[0] = (uint32_t)sqlite3_column_int64(st, 7);
	for (k = 1; k < 4; k++)
		u[k] = (uint32_t)sqlite3_column_int64(st, 11 + k);
	u8[0] = (uint8_t)sqlite3_column_int(st, 15);
	u8[1] = (uint8_t)sqlite3_column_int(st, 16);
	sb_add(b, (const char *)i64, sizeof i64);
	sb_add(b, (const char *)&key, sizeof key);
	sb_add(b, (const char *)u, sizeof u);
	sb_add(b, (const char *)u8, sizeof u8);
	sb_add(b, hash && strlen(hash) == 32 ? hash : "????????????????????????????????", 32);
	for (c = 1; c <= 4; c++)	/* path, title, source, date */
		put_str(b, (const char *)sqlite3_column_text(st, c), sqlite3_column_bytes(st, c));
}

int
index_cache_pack(sqlite3 *db, const char *schema)
{
	char *sql = sqlite3_mprintf("CREATE TABLE IF NOT EXISTS %s.pack(id INTEGER PRIMARY KEY,"
				    " data BLOB); DELETE FROM %s.pack", schema, schema);
	char *sel = sqlite3_mprintf("SELECT " INDEX_CATALOG_COLUMNS " FROM %s.article a"
				    " JOIN %s.file f ON f.id = a.id ORDER BY a.id", schema, schema);
	char *ins = sqlite3_mprintf("INSERT INTO %s.pack VALUES(0, ?)", schema);
	char *scanned = index_meta_of(db, schema, "scanned");
	sqlite3_stmt *st = NULL;
	struct sbuf b = {0};
	uint32_t n = 0;
	bool damaged = false;
	int rc = sql && sel && ins && scanned ? sqlite3_exec(db, sql, NULL, NULL, NULL)
		 : SQLITE_NOMEM;

	sb_add(&b, MAGIC, 4);
	put_u32(&b, 0);		/* the count, filled in below */
	if (scanned)
		put_str(&b, scanned, (int)strlen(scanned));
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db, sel, -1, &st, NULL);
	while (rc == SQLITE_OK && !damaged && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		/* Ids out of order are a damaged file: no pack, the row read says so. */
		damaged = sqlite3_column_int64(st, 0) != n;
		pack_row(&b, st);
		n++;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (damaged) {
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE) {
		memcpy(b.data + 4, &n, sizeof n);
		rc = sqlite3_prepare_v2(db, ins, -1, &st, NULL);
		if (rc == SQLITE_OK) {
			sqlite3_bind_blob64(st, 1, b.data, b.len, SQLITE_STATIC);
			rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
		}
		sqlite3_finalize(st);
		/* The documents' lengths beside it, for ranked searches (index_rank.c). */
		if (rc == SQLITE_OK)
			rc = index_rank_pack(db, schema, scanned);
	}
	sb_free(&b);
	sqlite3_free(sql);
	sqlite3_free(sel);
	sqlite3_free(ins);
	free(scanned);
	return rc;
}

/* ---- reading ---------------------------------------------------------------------- */

struct reader {
	const unsigned char *p, *end;
	bool ok;
};

static void
take(struct reader *r, void *out, size_t n)
{
	if (!r->ok || (size_t)(r->end - r->p) < n) {
		r->ok = false;
		memset(out, 0, n);
		return;
	}
	memcpy(out, r->p, n);
	r->p += n;
}

/* A string of the pack, owned; NULL when the pack ends first. */
static char *
take_str(struct reader *r)
{
	uint32_t n = 0;
	char *s;

	take(r, &n, sizeof n);
	if (!r->ok || (size_t)(r->end - r->p) < n || memchr(r->p, 0, n)) {
		r->ok = false;
		return NULL;
	}
	s = xstrndup((const char *)r->p, n);
	r->p += n;
	return s;
}

/* One entry, with the checks of a row read (index_cache_entry_valid()). */
static bool
take_entry(struct reader *r, size_t i, struct cat_entry *e)
{
	int64_t i64[4];
	uint32_t u[4];
	uint8_t u8[2];
	char *date;

	memset(e, 0, sizeof *e);
	e->skip = -1;
	take(r, i64, sizeof i64);
	take(r, &e->date_key, sizeof e->date_key);
	take(r, u, sizeof u);
	take(r, u8, sizeof u8);
	take(r, e->hash, 32);
	e->path = take_str(r);
	e->title = take_str(r);
	e->source = take_str(r);
	date = take_str(r);
	if (!r->ok || !date || strlen(date) >= sizeof e->date) {
		free(date);
		return false;
	}
	memcpy(e->date, date, strlen(date) + 1);
	free(date);
	e->id = (uint32_t)i;
	e->st.dev = (uint64_t)i64[0];
	e->st.ino = (uint64_t)i64[1];
	e->st.size = i64[2];
	e->st.mtime_ns = i64[3];
	e->doc = u[0];
	e->len = u[1];
	e->words = u[2];
	e->paragraphs = u[3];
	e->date_from = u8[0];
	e->from_path = u8[1];
	return index_cache_entry_valid(e);
}

bool
index_cache_unpack(sqlite3 *db, struct cat_entry **out, size_t *nout)
{
	sqlite3_stmt *st = NULL;
	struct reader r = { NULL, NULL, true };
	struct cat_entry *e = NULL;
	char *scanned = index_meta_of(db, "main", "scanned"), *mine = NULL;
	uint32_t n = 0, i = 0;
	char magic[4];

	if (!scanned || sqlite3_prepare_v2(db, "SELECT data FROM pack WHERE id = 0", -1, &st,
					   NULL) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		free(scanned);
		return false;
	}
	/* A NULL or empty pack: no pointer to step from. */
	r.p = sqlite3_column_blob(st, 0);
	r.end = r.p ? r.p + sqlite3_column_bytes(st, 0) : NULL;
	r.ok = r.p != NULL;
	take(&r, magic, 4);
	take(&r, &n, sizeof n);
	mine = take_str(&r);
	/* Made by the last write of the rows; no more entries than its bytes could hold. */
	r.ok = r.ok && memcmp(magic, MAGIC, 4) == 0 && strcmp(mine, scanned) == 0 &&
	       n <= (size_t)(r.end - r.p) / ENTRY_MIN;
	if (r.ok) {
		e = xmalloc((n ? n : 1) * sizeof *e);
		for (i = 0; i < n && take_entry(&r, i, &e[i]); i++)
			;
	}
	sqlite3_finalize(st);
	free(scanned);
	free(mine);
	if (!r.ok || i < n || r.p != r.end) {
		for (n = (i < n ? i + 1 : n); e && n-- > 0;) {
			free(e[n].path);
			free(e[n].title);
			free(e[n].source);
		}
		free(e);
		return false;
	}
	*out = e;
	*nout = n;
	return true;
}
