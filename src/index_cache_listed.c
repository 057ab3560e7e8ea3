/* index_cache_listed.c -- the catalog's rows a command lists, read from the pack a window at a time, only the entries asked for. MIT licence. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/util.h"
#include "index_int.h"
#include "index_pack.h"

/*
 * Row 0 of main's pack a window at a time (its chunks read into one buffer), not
 * copied whole: at 100k articles the copy was 22 MB of fresh memory, a sixth of listing
 * 92k articles in its page faults alone, and a list of a few hundred copied it too.
 */
#define WINDOW (256 * 1024)

struct stream {
	struct pack_stream b;
	unsigned char *buf;
	size_t cap, total;	/* buf's bytes; the row's */
	size_t base, len;	/* buf holds the row's bytes [base, base + len) */
};

/* Bytes [off, off + n) of the row, in s->buf until the next call; NULL past its end or
 * when a read fails. A read for them reads ahead bytes (n at least, a window at most). */
static unsigned char *
stream_at(struct stream *s, size_t off, size_t n, size_t ahead)
{
	if (off > s->total || n > s->total - off)
		return NULL;
	if (off >= s->base && off + n <= s->base + s->len)
		return s->buf + (off - s->base);
	if (n > s->cap) {
		free(s->buf);
		s->buf = xmalloc(s->cap = n);
	}
	ahead = ahead < n ? n : ahead > s->cap ? s->cap : ahead;
	s->base = off;
	s->len = s->total - off < ahead ? s->total - off : ahead;
	if (!index_pack_stream_read(&s->b, s->buf, s->len, off)) {
		s->len = 0;
		return NULL;
	}
	return s->buf + 0;
}

/* A u32 of the row at *off, *off past it; false past the row's end. */
static bool
stream_u32(struct stream *s, size_t *off, uint32_t *v)
{
	const unsigned char *p = stream_at(s, *off, sizeof *v, WINDOW);

	if (!p)
		return false;
	memcpy(v, p, sizeof *v);
	*off += sizeof *v;
	return true;
}

/* Row 0 of main's pack opened as s, *off past its head, *count its entries: when it is a
 * pack of entries made by the last write of the rows (as index_pack_open_row() checks). */
static bool
stream_open(sqlite3 *db, struct stream *s, size_t *off, uint32_t *count)
{
	char *scanned = index_meta_of(db, "main", "scanned");
	const unsigned char *p;
	uint32_t slen = 0;
	bool ok;

	*s = (struct stream){ { NULL, NULL, 0, 0 }, NULL, 0, 0, 0, 0 };
	ok = scanned && index_pack_stream_open(db, &s->b);
	if (ok) {
		s->total = s->b.total;
		s->buf = xmalloc(s->cap = s->total < WINDOW ? (s->total ? s->total : 1) : WINDOW);
	}
	/* Its head (kind, count, the stamp's length and bytes), read as the other rows' */
	ok = ok && (p = stream_at(s, 0, 12, WINDOW)) != NULL;
	if (ok) {
		memcpy(&slen, p + 8, sizeof slen);
		ok = (p = stream_at(s, 0, 12 + (size_t)slen, WINDOW)) != NULL;
	}
	if (ok) {
		struct reader r = { p, p + 12 + (size_t)slen, true };

		ok = index_pack_row_head(&r, MAGIC, scanned, count);
	}
	*off = 12 + (size_t)slen;
	free(scanned);
	return ok && *count <= (s->total - *off) / ENTRY_MIN;
}

static void
stream_close(struct stream *s)
{
	index_pack_stream_close(&s->b);
	free(s->buf);
}

/* Row 5 when it describes row 0 as stream_open() found it (count entries, the first at
 * first, the last ending at the row's end; none shorter than an entry can be): count + 1
 * offsets, owned; else NULL (the entries are walked). */
static uint32_t *
entry_offsets(sqlite3 *db, uint32_t count, size_t first, size_t total)
{
	sqlite3_stmt *st;
	struct reader r;
	uint32_t n = 0, *off = NULL, i;
	bool ok = index_pack_open_row(db, "main", 5, MAGIC_OFF, &st, &r, &n) && n == count &&
		  (size_t)(r.end - r.p) == ((size_t)n + 1) * sizeof *off;

	if (ok) {
		off = xmalloc(((size_t)n + 1) * sizeof *off);
		memcpy(off, r.p, ((size_t)n + 1) * sizeof *off);
		ok = off[0] == first && off[n] == total;
		for (i = 0; ok && i < n; i++)
			ok = off[i + 1] >= off[i] && off[i + 1] - off[i] >= ENTRY_MIN;
	}
	sqlite3_finalize(st);
	if (!ok) {
		free(off);
		return NULL;
	}
	return off;
}

/* The entries noted: where each begins in row 0, its bytes, its article. */
struct noted {
	size_t off;
	uint32_t len, id;
};

/* Entry id (off, len in row 0) noted in *at (*nat of them, *cap room) when it is one of
 * set's (n ids; NULL: all). */
static void
note(struct noted **at, size_t *nat, size_t *cap, const uint64_t *set, size_t n,
     size_t off, size_t len, uint32_t id)
{
	if (set && (id >= n || !(set[id >> 6] >> (id & 63) & 1)))
		return;
	xgrow((void **)at, cap, *nat + 1, sizeof **at);
	(*at)[(*nat)++] = (struct noted){ off, (uint32_t)len, id };
}

/* The row of entry e (at p, its bytes, its article id) to fn; false when it does not
 * parse to its end. The entry is in the stream's own buffer: its path, title and source
 * are each followed there by the length of the next string, read already, so a NUL is
 * written over that byte and fn gets them in place (copying each entry's strings out
 * first was a tenth of listing 34k articles); the date, last, is copied. */
static bool
give_row(unsigned char *p, const struct noted *e,
	 void (*fn)(void *ud, const struct index_row *row), void *ud)
{
	struct reader r = { p, p + e->len, true };
	struct entry_head h;
	struct index_row row;
	const char *str[4];
	uint32_t len[4];
	char hash[33], date[64];
	int f;

	take_head(&r, &h);
	memcpy(hash, h.hash, sizeof h.hash);
	hash[32] = '\0';
	for (f = 0; f < 4 && r.ok; f++)	/* path, title, source, date */
		str[f] = take_span(&r, &len[f]);
	if (!r.ok || r.p != r.end || hash[0] == '?' || len[3] >= sizeof date)
		return false;	/* (no hash: the rows say so) */
	for (f = 0; f < 3; f++)
		((char *)str[f])[len[f]] = '\0';	/* (over the next length) */
	memcpy(date, str[3], len[3]);
	date[len[3]] = '\0';
	memset(&row, 0, sizeof row);
	row.article = e->id;
	row.path = str[0];
	row.title = str[1];
	row.source = str[2];
	row.date = date;
	row.path_len = len[0];
	row.title_len = len[1];
	row.source_len = len[2];
	row.hash = hash;
	row.date_key = h.date_key;
	row.words = h.u[2];
	row.len = h.u[1];
	row.date_from_mtime = h.u8[0] == DATE_FROM_MTIME;
	row.clean = h.u8[2];
	row.dev = (uint64_t)h.i64[0];
	row.ino = (uint64_t)h.i64[1];
	row.size = h.i64[2];
	row.mtime_ns = h.i64[3];
	fn(ud, &row);
	return true;
}

int
index_cache_pack_rows(sqlite3 *db, const uint64_t *set, size_t n,
		      void (*fn)(void *ud, const struct index_row *row), void *ud)
{
	struct stream s;
	struct noted *at = NULL;
	uint32_t count = 0, i, *offs = NULL;
	size_t nat = 0, cap = 0, k, j, off;
	uint64_t w;
	bool ok = stream_open(db, &s, &off, &count);
	int given = 1;

	if (ok && (offs = entry_offsets(db, count, off, s.total))) {
		/* Row 5 says where the entries are: the ones in the set noted (its bits
		 * walked: a rare word's few of 100k entries). */
		for (k = 0; set && k < (n + 63) / 64; k++)
			for (w = set[k]; w; w &= w - 1)
				if ((i = (uint32_t)(k * 64 + (size_t)__builtin_ctzll(w))) < count)
					note(&at, &nat, &cap, NULL, 0, offs[i], offs[i + 1] - offs[i], i);
		for (i = 0; !set && i < count; i++)
			note(&at, &nat, &cap, NULL, 0, offs[i], offs[i + 1] - offs[i], i);
		free(offs);
	} else {
		/* Every entry's bounds first (a pack that does not parse calls fn for none);
		 * the ones in the set noted, in id order. */
		for (i = 0; ok && i < count; i++) {
			const unsigned char *head = stream_at(&s, off, HEAD_BYTES, WINDOW);
			size_t start = off;
			uint32_t len;
			int f;

			/* (bounds only: the fixed part is read for the entries given) */
			if (!head || head[offsetof(struct entry_head, hash)] == '?') {
				ok = false;	/* (no hash: the rows say so) */
				break;
			}
			off += HEAD_BYTES;
			for (f = 0; f < 4 && ok; f++)
				if ((ok = stream_u32(&s, &off, &len) && len <= s.total - off))
					off += len;
			if (ok && off - start > UINT32_MAX)
				ok = false;
			if (ok)
				note(&at, &nat, &cap, set, n, start, off - start, i);
		}
		ok = ok && off == s.total;
	}
	/* Then the entries noted, in order: a read for each run of them a window holds (the
	 * windows that hold none are not read). From here a row that does not parse has
	 * come after others given. */
	for (k = 0; ok && k < nat; k++) {
		unsigned char *p;
		size_t ahead = 0;

		if (at[k].off < s.base || at[k].off + at[k].len > s.base + s.len) {
			for (j = k + 1; j < nat && at[j].off + at[j].len - at[k].off <= WINDOW; j++)
				;
			ahead = at[j - 1].off + at[j - 1].len - at[k].off;
		}
		p = stream_at(&s, at[k].off, at[k].len, ahead);
		if (!p || !give_row(p, &at[k], fn, ud))
			ok = false, given = k ? -1 : 0;
	}
	stream_close(&s);
	free(at);
	return ok ? 1 : given < 0 ? -1 : 0;
}
