/* extract_blob.c -- one article's extraction as bytes for the index cache, and back. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"

/*
 * The index cache keeps every article's extraction (the candidates before resolution),
 * keyed by content hash, so that a launch which finds some files changed extracts only
 * those and resolves the whole corpus again from the others' kept extractions: the same
 * entities as a launch that reads everything (resolution reads no text, see extract.h).
 *
 * Layout, little-endian base-128 varints (v) and bytes (b):
 *   v count
 *   count times: v start - previous start, v end - start, v date, v canon + 1,
 *                b type, b flags, b ntok, b link, b sex
 *   the candidates' bytes, one after the other (sum of end - start)
 * Every field is checked when read back: a damaged cache must not put an offset past its
 * article's text or a gazetteer index past the table.
 */

#define MIN_CAND_BYTES 9	/* the smallest a candidate can be encoded in */

unsigned char *
extraction_encode(const struct extraction *x, const struct article *a, size_t *len)
{
	struct sbuf b = {0};
	uint32_t prev = 0;
	size_t i;

	sb_add_varint(&b, x->n);
	for (i = 0; i < x->n; i++) {
		const struct cand *c = &x->c[i];

		sb_add_varint(&b, c->start - prev);
		sb_add_varint(&b, c->end - c->start);
		sb_add_varint(&b, c->date);
		sb_add_varint(&b, (uint64_t)(c->canon + 1));
		sb_addc(&b, (char)c->type);
		sb_addc(&b, (char)c->flags);
		sb_addc(&b, (char)c->ntok);
		sb_addc(&b, (char)c->link);
		sb_addc(&b, (char)c->sex);
		prev = c->start;
	}
	for (i = 0; i < x->n; i++)
		sb_add(&b, a->text + x->c[i].start, x->c[i].end - x->c[i].start);
	*len = b.len;
	return (unsigned char *)(b.data ? b.data : xcalloc(1, 1));
}

/* One candidate at *p; false when a field is out of its range. *prev_end: the end of the
 * one before (candidates are sorted and do not overlap). */
static bool
get_cand(const unsigned char **p, const unsigned char *end, size_t len, uint64_t *start,
	 uint64_t *prev_end, struct cand *c)
{
	uint64_t d, n, date, canon;

	if (!take_varint(p, end, &d) || !take_varint(p, end, &n) || !take_varint(p, end, &date) ||
	    !take_varint(p, end, &canon) || end - *p < 5)
		return false;
	*start += d;
	if (*start < *prev_end || n == 0 || *start + n > len || date > UINT32_MAX ||
	    canon > (uint64_t)gaz_ncanons || canon > INT16_MAX)
		return false;
	c->start = (uint32_t)*start;
	c->end = (uint32_t)(*start + n);
	c->date = (uint32_t)date;
	c->canon = (int16_t)((int)canon - 1);
	c->type = (*p)[0];
	c->flags = (*p)[1];
	c->ntok = (*p)[2];
	c->link = (*p)[3];
	c->sex = (*p)[4];
	*p += 5;
	*prev_end = *start + n;
	/* every bit of c->link is an LK_* */
	return c->type <= CAND_UNKNOWN && (!c->sex || sex_of_honorific(c->sex));
}

struct extraction *
extraction_decode(const unsigned char *data, size_t size, size_t len)
{
	const unsigned char *p = data, *end = data ? data + size : NULL;
	struct extraction *x = xcalloc(1, sizeof *x);
	uint64_t n, start = 0, prev_end = 0, raw = 0;
	size_t i;

	if (!data || !take_varint(&p, end, &n) || n > (uint64_t)(end - p) / MIN_CAND_BYTES)
		goto bad;
	x->cap = n ? (size_t)n : 1;
	x->c = xmalloc(x->cap * sizeof *x->c);
	for (i = 0; i < n; i++) {
		if (!get_cand(&p, end, len, &start, &prev_end, &x->c[i]))
			goto bad;
		x->n++;
		raw += x->c[i].end - x->c[i].start;
	}
	if (raw != (uint64_t)(end - p))
		goto bad;
	x->raw = xmalloc(raw ? (size_t)raw : 1);
	memcpy(x->raw, p, (size_t)raw);
	return x;
bad:
	extraction_free(x);
	return NULL;
}

void
extraction_keep_raw(struct extraction *x, const char *text, size_t len)
{
	size_t i, n = 0, at = 0;

	if (x->raw)
		return;
	for (i = 0; i < x->n; i++)
		if (x->c[i].start < x->c[i].end)
			n += x->c[i].end - x->c[i].start;
	x->raw = xmalloc(n ? n : 1);
	for (i = 0; i < x->n; i++) {
		const struct cand *c = &x->c[i];

		if (c->start >= c->end)
			continue;
		/* (resolution skips a candidate past the text, but counts its bytes) */
		if (c->end <= len)
			memcpy(x->raw + at, text + c->start, c->end - c->start);
		else
			memset(x->raw + at, ' ', c->end - c->start);
		at += c->end - c->start;
	}
}
