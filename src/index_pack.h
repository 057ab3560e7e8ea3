/* index_pack.h -- the packed catalog's format (index_cache_pack.c), shared by its writer and readers. MIT licence. */
#ifndef DOSSIER_INDEX_PACK_H
#define DOSSIER_INDEX_PACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/util.h"

/* (the rows' kinds and layout: the comment at the top of index_cache_pack.c) */
#define MAGIC "dpk2"
#define MAGIC_LEN "dln1"
#define MAGIC_COLS "dcl2"
#define MAGIC_HASH "dhs1"
#define MAGIC_SRC "dsr1"
#define MAGIC_OFF "dof1"
#define MAGIC_CHUNKS "dpc1"
#define MAGIC_IDS "did1"
#define ENTRY_MIN 103	/* the bytes of an entry whose strings are all empty */

/* Row 0's bytes (the entries, MAGIC) are kept in rows CHUNK_ROW + k of the pack, CHUNK
 * bytes each (the last shorter), and row 0 itself says so (MAGIC_CHUNKS, the count of
 * chunks, the stamp, then the bytes in all as a u64). One blob of 24 MB at 100k articles
 * is a chain of 5,800 overflow pages that SQLite walks from its start to read any byte
 * of it: a fifth of a `list` of a few rows. A chunk is a chain of eight. */
#define CHUNK_ROW 1000
#define CHUNK (32 * 1024)

/* Row 0's bytes read from their chunks. */
struct pack_stream {
	sqlite3_blob *b;	/* open on chunk row, or NULL */
	sqlite3 *db;
	int64_t row;
	size_t total;		/* row 0's bytes */
};

/* A u32 onto b; a string onto b as its length (u32) and bytes (n <= 0: none). */
static inline void
put_u32(struct sbuf *b, uint32_t v)
{
	sb_add(b, (const char *)&v, sizeof v);
}

static inline void
put_str(struct sbuf *b, const char *s, int n)
{
	put_u32(b, (uint32_t)(n > 0 ? n : 0));
	if (n > 0)
		sb_add(b, s, (size_t)n);
}

/* Bytes of a row being read: p steps to end; ok false once a read went past it. */
struct reader {
	const unsigned char *p, *end;
	bool ok;
};

static inline void
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

/* A string of the pack: its bytes (no NUL among them), *n long, r past them; NULL
 * when the pack ends first. */
static inline const char *
take_span(struct reader *r, uint32_t *n)
{
	const char *s;

	*n = 0;
	take(r, n, sizeof *n);
	if (!r->ok || (size_t)(r->end - r->p) < *n || memchr(r->p, 0, *n)) {
		r->ok = false;
		return NULL;
	}
	s = (const char *)r->p;
	r->p += *n;
	return s;
}

/* The fixed part of an entry, as pack_row() writes it. */
struct entry_head {
	int64_t i64[4];		/* dev, ino, size, mtime */
	int32_t date_key;
	uint32_t u[4];		/* doc, len, words, paragraphs */
	uint8_t u8[3];		/* date_from, from_path, clean (INDEX_CLEAN_* of its strings) */
	char hash[32];
};

/* The bytes of an entry's fixed part: its struct but for the padding at the end. */
#define HEAD_BYTES (offsetof(struct entry_head, hash) + sizeof ((struct entry_head *)0)->hash)
_Static_assert(HEAD_BYTES + 4 * sizeof(uint32_t) == ENTRY_MIN, "an entry: its head, 4 strings");

static inline void
take_head(struct reader *r, struct entry_head *h)
{
	take(r, h->i64, sizeof h->i64);
	take(r, &h->date_key, sizeof h->date_key);
	take(r, h->u, sizeof h->u);
	take(r, h->u8, sizeof h->u8);
	take(r, h->hash, sizeof h->hash);
}

/* r at the beginning of a pack row: past its head when it is of kind magic and made by
 * the last write of the rows (its stamp is scanned), *n its count. */
bool index_pack_row_head(struct reader *r, const char *magic, const char *scanned,
			 uint32_t *n);
/* Row id of schema's pack when it is of kind magic and made by the last write of the
 * rows (its stamp is meta "scanned"): r past its beginning, *n its count; *st to be
 * finalized either way. */
bool index_pack_open_row(sqlite3 *db, const char *schema, int id, const char *magic,
			 sqlite3_stmt **st, struct reader *r, uint32_t *n);

/* Row 0's chunks of main's pack opened as s when row 0 says they are made by the last
 * write of the rows; false (s closed) else. */
bool index_pack_stream_open(sqlite3 *db, struct pack_stream *s);
/* Bytes [off, off + n) of row 0 into buf; false past its end or when a read fails. */
bool index_pack_stream_read(struct pack_stream *s, void *buf, size_t n, size_t off);
void index_pack_stream_close(struct pack_stream *s);

#endif
