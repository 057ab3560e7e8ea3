/* index_cache_pack.c -- the catalog's rows packed in one blob, read at a launch in one go. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/strmap.h"
#include "dossier/text.h"
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
 * Each row of the pack begins the same way: its kind (4 bytes), a count (u32), the length
 * of "scanned" (u32) and its bytes. Row 0 ("dpk2", its bytes kept in chunks:
 * index_pack.h): per article in id order, dev, ino, size, mtime (i64); date_key (i32);
 * doc, len, words, paragraphs (u32); date_from, from_path, clean (u8: which of its strings
 * are their own clean line, INDEX_CLEAN_*, so that `list` prints them without looking:
 * that look was a tenth of listing 34k rows); the hash (32 bytes); then path, title,
 * source and date, each a u32 length and its bytes. Row 1 ("dln1"), for ranked searches
 * (index_rank.c): per doc, its length in tokens as the docsize table counts it (u32;
 * UINT32_MAX: none). Rows 2 ("dcl2") and 3 ("dhs1"), for the commands that answer from the
 * file (index_cache_eval.c): per article in id order, its doc (u32), date_key (i32) and
 * source (u32, the source's place in row 4); its hash (32 bytes). Row 4 ("dsr1"): each
 * source once, in order of first use, as a u32 length and its bytes. Row 5 ("dof1"): where
 * each entry of row 0 begins in it (u32), and the row's length as one more; row 6
 * ("did1"), when each article's doc is its id (a build's order), that and no more, so that
 * a query of text alone reads no column of row 2 (its 1.2 MB at 100k were a tenth of a
 * `list`). Row 5 lets a list of a few read theirs alone (index_cache_listed.c; a walk over
 * every entry's bounds was 4.5 ms at 100k). A query of fields read those columns from the
 * article table row by row: 187M instructions at 100k articles, where the rows packed are
 * a copy of 1.2 MB. In the machine's byte order: the file is a cache of this machine's.
 */

#include "index_pack.h"

/* A row's beginning into b (empty): its kind, the count (0 until set_count()), the stamp. */
static void
put_head(struct sbuf *b, const char *magic, const char *scanned)
{
	sb_add(b, magic, 4);
	put_u32(b, 0);
	put_str(b, scanned, (int)strlen(scanned));
}

static void
set_count(struct sbuf *b, uint32_t n)
{
	memcpy(b->data + 4, &n, sizeof n);
}

/* b as row id of schema's pack; an SQLite status. */
static int
insert_row(sqlite3 *db, const char *schema, int id, const struct sbuf *b)
{
	char *ins = sqlite3_mprintf("INSERT INTO %s.pack VALUES(%d, ?)", schema, id);
	sqlite3_stmt *st = NULL;
	int rc = ins ? sqlite3_prepare_v2(db, ins, -1, &st, NULL) : SQLITE_NOMEM;

	if (rc == SQLITE_OK) {
		sqlite3_bind_blob64(st, 1, b->data, b->len, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
	}
	sqlite3_finalize(st);
	sqlite3_free(ins);
	return rc;
}

/* b (row 0) as its chunks, rows CHUNK_ROW + k, and row 0 saying so (index_pack.h); an
 * SQLite status. */
static int
insert_chunks(sqlite3 *db, const char *schema, const char *scanned, const struct sbuf *b)
{
	char *ins = sqlite3_mprintf("INSERT INTO %s.pack VALUES(?, ?)", schema);
	sqlite3_stmt *st = NULL;
	struct sbuf head = {0};
	uint64_t total = b->len;
	size_t k, n = (b->len + CHUNK - 1) / CHUNK;
	int rc = ins ? sqlite3_prepare_v2(db, ins, -1, &st, NULL) : SQLITE_NOMEM;

	for (k = 0; rc == SQLITE_OK && k < n; k++) {
		size_t at = k * CHUNK, len = b->len - at < CHUNK ? b->len - at : CHUNK;

		sqlite3_bind_int64(st, 1, CHUNK_ROW + (sqlite3_int64)k);
		sqlite3_bind_blob64(st, 2, b->data + at, len, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	sqlite3_free(ins);
	if (rc == SQLITE_OK) {
		put_head(&head, MAGIC_CHUNKS, scanned);
		set_count(&head, (uint32_t)n);
		sb_add(&head, (const char *)&total, sizeof total);
		rc = insert_row(db, schema, 0, &head);
	}
	sb_free(&head);
	return rc;
}

/* Row 6: the articles are n, ids 0..n-1, and each one's doc is its id; an SQLite
 * status. */
static int
insert_ids(sqlite3 *db, const char *schema, const char *scanned, uint32_t n)
{
	struct sbuf b = {0};
	int rc;

	put_head(&b, MAGIC_IDS, scanned);
	set_count(&b, n);
	rc = insert_row(db, schema, 6, &b);
	sb_free(&b);
	return rc;
}

bool
index_docsize_lengths(sqlite3 *db, const char *schema, uint32_t **lenp, size_t *np)
{
	char *sel = sqlite3_mprintf("SELECT id, sz FROM %s.fts_docsize", schema ? schema : "main");
	sqlite3_stmt *st = NULL;
	uint32_t *len = NULL, n = 0;
	size_t cap = 0, i;
	int rc = sel ? sqlite3_prepare_v2(db, sel, -1, &st, NULL) : SQLITE_NOMEM;

	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 id = sqlite3_column_int64(st, 0);
		const unsigned char *p = sqlite3_column_blob(st, 1), *end;
		uint64_t t = 0, v;

		rc = SQLITE_OK;
		if (id < 0 || id >= 64 * 1024 * 1024 || !p)
			continue;	/* no length: bm25's way for that row */
		for (end = p + sqlite3_column_bytes(st, 1);
		     p < end && index_sqlite_varint(&p, end, &v);)
			t += v;
		if ((uint32_t)id >= n) {
			xgrow((void **)&len, &cap, (size_t)id + 1, sizeof *len);
			for (i = n; i <= (size_t)id; i++)
				len[i] = UINT32_MAX;
			n = (uint32_t)id + 1;
		}
		len[id] = t < UINT32_MAX ? (uint32_t)t : UINT32_MAX;
	}
	sqlite3_finalize(st);
	sqlite3_free(sel);
	if (rc != SQLITE_DONE) {
		free(len);
		len = NULL, n = 0;
	}
	*lenp = len;
	*np = n;
	return rc == SQLITE_DONE;
}

/* Every document's length (the sum of its columns' token counts in fts_docsize) as row
 * 1; an SQLite status. */
static int
pack_lengths(sqlite3 *db, const char *schema, const char *scanned)
{
	uint32_t *len = NULL;
	size_t n = 0;
	struct sbuf b = {0};
	int rc = SQLITE_ERROR;

	if (index_docsize_lengths(db, schema, &len, &n)) {
		put_head(&b, MAGIC_LEN, scanned);
		set_count(&b, (uint32_t)n);
		if (n)	/* an index of no article has no lengths (and len no array) */
			sb_add(&b, (const char *)len, n * sizeof *len);
		rc = insert_row(db, schema, 1, &b);
	}
	sb_free(&b);
	free(len);
	return rc;
}

/* One article and file row (the columns of index_cache_files.c's read) into b. */
static void
pack_row(struct sbuf *b, sqlite3_stmt *st)
{
	int64_t i64[4];
	int32_t key = (int32_t)sqlite3_column_int64(st, 5);
	uint32_t u[4];
	uint8_t u8[3];
	const char *hash = (const char *)sqlite3_column_text(st, 6);
	int c, k;

	for (k = 0; k < 4; k++)
		i64[k] = sqlite3_column_int64(st, 8 + k);
	u[0] = (uint32_t)sqlite3_column_int64(st, 7);
	for (k = 1; k < 4; k++)
		u[k] = (uint32_t)sqlite3_column_int64(st, 11 + k);
	u8[0] = (uint8_t)sqlite3_column_int(st, 15);
	u8[1] = (uint8_t)sqlite3_column_int(st, 16);
	u8[2] = 0;
	for (c = 1; c <= 4; c++) {	/* path, title, source, date: INDEX_CLEAN_PATH << (c - 1) */
		const char *s = (const char *)sqlite3_column_text(st, c);

		if (s && text_is_clean_line(s, (size_t)sqlite3_column_bytes(st, c)))
			u8[2] |= (uint8_t)(INDEX_CLEAN_PATH << (c - 1));
	}
	sb_add(b, (const char *)i64, sizeof i64);
	sb_add(b, (const char *)&key, sizeof key);
	sb_add(b, (const char *)u, sizeof u);
	sb_add(b, (const char *)u8, sizeof u8);
	sb_add(b, hash && strlen(hash) == 32 ? hash : "????????????????????????????????", 32);
	for (c = 1; c <= 4; c++)	/* path, title, source, date */
		put_str(b, (const char *)sqlite3_column_text(st, c), sqlite3_column_bytes(st, c));
}

/* Rows 2, 3, 4 and 5 as they are made. */
struct cols {
	struct sbuf cols, hashes, sources, offsets;
	struct strmap seen;	/* source -> its place in sources */
	uint32_t nsources;
	bool identity;		/* each article's doc is its id so far */
};

/* The doc, date_key, source and hash of one row of the catalog's select into c. */
static void
pack_cols(struct cols *c, sqlite3_stmt *st)
{
	int32_t key = (int32_t)sqlite3_column_int64(st, 5);
	uint32_t doc = (uint32_t)sqlite3_column_int64(st, 7), src;
	const char *hash = (const char *)sqlite3_column_text(st, 6);
	const char *source = (const char *)sqlite3_column_text(st, 3);
	static const char none[32];	/* no hash: in no list of the state's */

	if (!source)
		source = "";
	if (!strmap_get(&c->seen, source, &src)) {
		strmap_put(&c->seen, source, src = c->nsources++);
		put_str(&c->sources, source, (int)strlen(source));
	}
	put_u32(&c->cols, doc);
	sb_add(&c->cols, (const char *)&key, sizeof key);
	put_u32(&c->cols, src);
	sb_add(&c->hashes, hash && strlen(hash) == 32 ? hash : none, 32);
}

int
index_cache_pack(sqlite3 *db, const char *schema)
{
	char *sql = sqlite3_mprintf("CREATE TABLE IF NOT EXISTS %s.pack(id INTEGER PRIMARY KEY,"
				    " data BLOB); DELETE FROM %s.pack", schema, schema);
	char *sel = sqlite3_mprintf("SELECT " INDEX_CATALOG_COLUMNS " FROM %s.article a"
				    " JOIN %s.file f ON f.id = a.id ORDER BY a.id", schema, schema);
	char *scanned = index_meta_of(db, schema, "scanned");
	sqlite3_stmt *st = NULL;
	struct sbuf b = {0};
	struct cols c = { {0}, {0}, {0}, {0}, {0}, 0, true };
	uint32_t n = 0;
	bool damaged = false;
	int rc = sql && sel && scanned ? sqlite3_exec(db, sql, NULL, NULL, NULL) : SQLITE_NOMEM;

	if (scanned) {
		put_head(&b, MAGIC, scanned);
		put_head(&c.cols, MAGIC_COLS, scanned);
		put_head(&c.hashes, MAGIC_HASH, scanned);
		put_head(&c.sources, MAGIC_SRC, scanned);
		put_head(&c.offsets, MAGIC_OFF, scanned);
	}
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db, sel, -1, &st, NULL);
	while (rc == SQLITE_OK && !damaged && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		/* Ids out of order are a damaged file: no pack, the row read says so. */
		damaged = sqlite3_column_int64(st, 0) != n || b.len > UINT32_MAX;
		put_u32(&c.offsets, (uint32_t)b.len);
		pack_row(&b, st);
		pack_cols(&c, st);
		c.identity = c.identity && sqlite3_column_int64(st, 7) == (sqlite3_int64)n;
		n++;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (damaged) {
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE) {
		set_count(&b, n);
		rc = insert_chunks(db, schema, scanned, &b);
		damaged = b.len > UINT32_MAX;	/* (then no row 5: the entries are walked) */
		put_u32(&c.offsets, (uint32_t)b.len);
		set_count(&c.offsets, n);
		if (rc == SQLITE_OK && !damaged)
			rc = insert_row(db, schema, 5, &c.offsets);
		/* The documents' lengths beside it, for ranked searches (index_rank.c). */
		if (rc == SQLITE_OK)
			rc = pack_lengths(db, schema, scanned);
		set_count(&c.cols, n);
		set_count(&c.hashes, n);
		set_count(&c.sources, c.nsources);
		if (rc == SQLITE_OK)
			rc = insert_row(db, schema, 2, &c.cols);
		if (rc == SQLITE_OK)
			rc = insert_row(db, schema, 3, &c.hashes);
		if (rc == SQLITE_OK)
			rc = insert_row(db, schema, 4, &c.sources);
		if (rc == SQLITE_OK && c.identity)
			rc = insert_ids(db, schema, scanned, n);
	}
	sb_free(&b);
	sb_free(&c.cols);
	sb_free(&c.hashes);
	sb_free(&c.sources);
	sb_free(&c.offsets);
	strmap_free(&c.seen);
	sqlite3_free(sql);
	sqlite3_free(sel);
	free(scanned);
	return rc;
}

/* ---- reading ---------------------------------------------------------------------- */

/* A string of the pack, owned; NULL when the pack ends first. */
static char *
take_str(struct reader *r)
{
	uint32_t n;
	const char *s = take_span(r, &n);

	return s ? xstrndup(s, n) : NULL;
}

/* Past one string of the pack: false when the pack ends first. */
static bool
skip_str(struct reader *r)
{
	uint32_t n = 0;

	take(r, &n, sizeof n);
	if (!r->ok || (size_t)(r->end - r->p) < n)
		return r->ok = false;
	r->p += n;
	return true;
}

/* A string of the pack into buf (size bytes, NUL included), not allocated; false when
 * the pack ends first or it does not fit. */
static bool
take_into(struct reader *r, char *buf, size_t size)
{
	uint32_t n;
	const char *s = take_span(r, &n);

	if (!s || n >= size)
		return r->ok = false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return true;
}

/* One entry, with the checks of a row read (index_cache_entry_valid()). */
static bool
take_entry(struct reader *r, size_t i, struct cat_entry *e)
{
	struct entry_head h;
	const int64_t *i64 = h.i64;
	const uint32_t *u = h.u;
	const uint8_t *u8 = h.u8;

	memset(e, 0, sizeof *e);
	e->skip = -1;
	take_head(r, &h);
	e->date_key = h.date_key;
	memcpy(e->hash, h.hash, sizeof h.hash);
	e->path = take_str(r);
	e->title = take_str(r);
	e->source = take_str(r);
	/* (the date straight into the entry: a million of them were a malloc and a free each) */
	if (!take_into(r, e->date, sizeof e->date))
		return false;
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
index_pack_row_head(struct reader *r, const char *magic, const char *scanned, uint32_t *n)
{
	char kind[4], *mine;

	take(r, kind, 4);
	take(r, n, sizeof *n);
	mine = take_str(r);
	r->ok = r->ok && memcmp(kind, magic, 4) == 0 && strcmp(mine, scanned) == 0;
	free(mine);
	return r->ok;
}

bool
index_pack_open_row(sqlite3 *db, const char *schema, int id, const char *magic,
		    sqlite3_stmt **st, struct reader *r, uint32_t *n)
{
	char *sql = sqlite3_mprintf("SELECT data FROM %s.pack WHERE id = %d", schema, id);
	char *scanned = index_meta_of(db, schema, "scanned");

	*st = NULL;
	*r = (struct reader){ NULL, NULL, false };
	*n = 0;
	if (sql && scanned && sqlite3_prepare_v2(db, sql, -1, st, NULL) == SQLITE_OK &&
	    sqlite3_step(*st) == SQLITE_ROW) {
		/* A NULL or empty row: no pointer to step from. */
		r->p = sqlite3_column_blob(*st, 0);
		r->end = r->p ? r->p + sqlite3_column_bytes(*st, 0) : NULL;
		r->ok = r->p != NULL;
		index_pack_row_head(r, magic, scanned, n);
	}
	sqlite3_free(sql);
	free(scanned);
	return r->ok;
}

bool
index_pack_stream_open(sqlite3 *db, struct pack_stream *s)
{
	sqlite3_stmt *st = NULL;
	struct reader r;
	uint32_t n = 0;
	uint64_t total = 0;
	bool ok = index_pack_open_row(db, "main", 0, MAGIC_CHUNKS, &st, &r, &n);

	*s = (struct pack_stream){ NULL, db, CHUNK_ROW, 0 };
	take(&r, &total, sizeof total);
	/* as many chunks as the bytes need, and one to begin with */
	ok = ok && r.ok && r.p == r.end && total && n == (total + CHUNK - 1) / CHUNK &&
	     total <= UINT32_MAX && sqlite3_blob_open(db, "main", "pack", "data", CHUNK_ROW, 0,
						      &s->b) == SQLITE_OK;
	sqlite3_finalize(st);
	s->total = (size_t)total;
	if (!ok)
		index_pack_stream_close(s);
	return ok;
}

bool
index_pack_stream_read(struct pack_stream *s, void *buf, size_t n, size_t off)
{
	unsigned char *out = buf;

	if (!s->b || off > s->total || n > s->total - off)
		return false;
	while (n) {
		size_t k = off / CHUNK, at = off % CHUNK, len = CHUNK - at < n ? CHUNK - at : n;
		/* every chunk but the last is whole */
		size_t want = s->total - k * CHUNK < CHUNK ? s->total - k * CHUNK : CHUNK;
		bool ok = true;

		if (CHUNK_ROW + (int64_t)k != s->row) {
			ok = sqlite3_blob_reopen(s->b, CHUNK_ROW + (int64_t)k) == SQLITE_OK;
			s->row = CHUNK_ROW + (int64_t)k;
		}
		if (!ok || (size_t)sqlite3_blob_bytes(s->b) != want ||
		    sqlite3_blob_read(s->b, out, (int)len, (int)at) != SQLITE_OK) {
			index_pack_stream_close(s);
			return false;
		}
		out += len;
		off += len;
		n -= len;
	}
	return true;
}

void
index_pack_stream_close(struct pack_stream *s)
{
	sqlite3_blob_close(s->b);
	s->b = NULL;
}

/* Row 0 (its chunks), read into a buffer of its own (big_alloc(): *buf, *len bytes, to be
 * freed either way) rather than SQLite's: the entries, 240 MB at a million articles. */
static bool
copy_entries(sqlite3 *db, unsigned char **buf, size_t *len, struct reader *r, uint32_t *n)
{
	char *scanned = index_meta_of(db, "main", "scanned");
	struct pack_stream s;

	*buf = NULL;
	*len = 0;
	*r = (struct reader){ NULL, NULL, false };
	*n = 0;
	if (scanned && index_pack_stream_open(db, &s)) {
		if ((*buf = big_alloc(*len = s.total)) &&
		    index_pack_stream_read(&s, *buf, *len, 0)) {
			*r = (struct reader){ *buf, *buf + *len, true };
			index_pack_row_head(r, MAGIC, scanned, n);
		}
		index_pack_stream_close(&s);
	}
	free(scanned);
	return r->ok;
}

bool
index_cache_unpack_lengths(sqlite3 *db, const char *schema, uint32_t **len, size_t *n)
{
	sqlite3_stmt *st;
	struct reader r;
	uint32_t count;
	bool ok = index_pack_open_row(db, schema, 1, MAGIC_LEN, &st, &r, &count) &&
		  (size_t)(r.end - r.p) == (size_t)count * sizeof **len;

	if (ok) {
		*len = xmalloc((count ? count : 1) * sizeof **len);
		take(&r, *len, (size_t)count * sizeof **len);
		*n = count;
	}
	sqlite3_finalize(st);
	return ok;
}

/* Entries [from, to) of a pack, parsed on a thread of their own: *at is how far it got
 * (the entry that failed included). */
struct unpack_job {
	struct reader r;
	struct cat_entry *e;
	uint32_t from, to, at;
};

static void *
unpack_worker(void *arg)
{
	struct unpack_job *j = arg;

	for (j->at = j->from; j->at < j->to && take_entry(&j->r, j->at, &j->e[j->at]); j->at++)
		;
	return NULL;
}

/* Where entry want begins, stepping over the ones before it from r's place (bounds only);
 * NULL when the pack ends first. */
static const unsigned char *
entry_start(struct reader r, uint32_t want)
{
	uint32_t i;
	int s;

	for (i = 0; i < want && r.ok; i++) {
		if ((size_t)(r.end - r.p) < HEAD_BYTES)
			return NULL;
		r.p += HEAD_BYTES;
		for (s = 0; s < 4 && r.ok; s++)
			skip_str(&r);
	}
	return r.ok ? r.p : NULL;
}

/* Entries parsed in the job's range, the one that failed included, freed. */
static void
unpack_free(const struct unpack_job *j)
{
	uint32_t i;

	for (i = j->from; i < j->to && i <= j->at; i++) {
		free(j->e[i].path);
		free(j->e[i].title);
		free(j->e[i].source);
	}
}

/*
 * At a million articles parsing the entries (three strings allocated each) took 0.7 s,
 * a third of a warm launch's first paint, on one core while the other waited for it:
 * the second half is parsed on a thread of its own, from where a walk over the lengths
 * (a hundredth of a second) says it begins.
 */
#define UNPACK_SPLIT 4096	/* fewer entries: one thread */

bool
index_cache_unpack(sqlite3 *db, struct cat_entry **out, size_t *nout)
{
	unsigned char *buf;
	size_t len;
	struct reader r;
	struct cat_entry *e = NULL;
	struct unpack_job a = { {0}, NULL, 0, 0, 0 }, b = a;
	const unsigned char *mid = NULL;
	uint32_t n = 0;
	pthread_t th;
	bool threaded = false, ok;

	/* Made by the last write of the rows; no more entries than its bytes could hold. */
	if (copy_entries(db, &buf, &len, &r, &n))
		r.ok = n <= (size_t)(r.end - r.p) / ENTRY_MIN;
	if (r.ok) {
		e = xmalloc((n ? n : 1) * sizeof *e);
		a = (struct unpack_job){ r, e, 0, n, 0 };
		if (n >= UNPACK_SPLIT && (mid = entry_start(r, n / 2))) {
			a.to = n / 2;
			b = (struct unpack_job){ { mid, r.end, true }, e, n / 2, n, n / 2 };
			threaded = thread_start_quiet(&th, unpack_worker, &b) == 0;
		}
		unpack_worker(&a);
		if (mid && threaded)
			pthread_join(th, NULL);
		else if (mid)
			unpack_worker(&b);
	}
	/* Each half ends where the next begins; the last at the pack's end. */
	ok = r.ok && a.at == a.to && a.r.ok &&
	     (mid ? a.r.p == mid && b.at == b.to && b.r.ok && b.r.p == r.end : a.r.p == r.end);
	free(buf);
	if (!ok) {
		if (e) {
			unpack_free(&a);
			if (mid)
				unpack_free(&b);
		}
		free(e);
		return false;
	}
	*out = e;
	*nout = n;
	return true;
}

bool
index_cache_unpack_ids(sqlite3 *db, size_t *n)
{
	sqlite3_stmt *st;
	struct reader r;
	uint32_t count = 0;
	bool ok = index_pack_open_row(db, "main", 6, MAGIC_IDS, &st, &r, &count) && r.p == r.end;

	sqlite3_finalize(st);
	*n = ok ? count : 0;
	return ok;
}

bool
index_cache_unpack_cols(sqlite3 *db, uint32_t **doc, int32_t **date_key, uint32_t **source,
			size_t *n)
{
	sqlite3_stmt *st;
	struct reader r;
	uint32_t count, i;
	bool ok = index_pack_open_row(db, "main", 2, MAGIC_COLS, &st, &r, &count) &&
		  (size_t)(r.end - r.p) == (size_t)count * 12;

	if (ok) {
		*doc = xmalloc((count ? count : 1) * sizeof **doc);
		*date_key = xmalloc((count ? count : 1) * sizeof **date_key);
		*source = xmalloc((count ? count : 1) * sizeof **source);
		for (i = 0; i < count; i++) {
			take(&r, &(*doc)[i], sizeof **doc);
			take(&r, &(*date_key)[i], sizeof **date_key);
			take(&r, &(*source)[i], sizeof **source);
		}
		*n = count;
	}
	sqlite3_finalize(st);
	return ok;
}

bool
index_cache_unpack_sources(sqlite3 *db, char ***out, size_t *nout)
{
	sqlite3_stmt *st;
	struct reader r;
	uint32_t count = 0, i = 0;
	char **v = NULL;
	bool ok = index_pack_open_row(db, "main", 4, MAGIC_SRC, &st, &r, &count) &&
		  count <= (size_t)(r.end - r.p) / 4;

	if (ok) {
		v = xcalloc(count ? count : 1, sizeof *v);
		for (i = 0; i < count && (v[i] = take_str(&r)); i++)
			;
		ok = i == count && r.p == r.end;
	}
	sqlite3_finalize(st);
	if (!ok) {
		while (v && i-- > 0)
			free(v[i]);
		free(v);
		return false;
	}
	*out = v;
	*nout = count;
	return true;
}

bool
index_cache_unpack_hashes(sqlite3 *db, char (*hash)[33], size_t n)
{
	sqlite3_stmt *st;
	struct reader r;
	uint32_t count, i;
	bool ok = index_pack_open_row(db, "main", 3, MAGIC_HASH, &st, &r, &count) &&
		  count == n &&
		  (size_t)(r.end - r.p) == (size_t)count * 32;

	for (i = 0; ok && i < count; i++) {
		take(&r, hash[i], 32);
		hash[i][32] = '\0';
	}
	sqlite3_finalize(st);
	return ok;
}
