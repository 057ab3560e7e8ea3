/* cli_print.c -- the rows the commands print: fields in TSV or JSON, articles in date order. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "cli.h"

void
cli_add_clean(struct sbuf *b, const char *s)
{
	size_t n = strlen(s);
	char *clean;

	if (text_is_clean_line(s, n)) {
		sb_add(b, s, n);
		return;
	}
	clean = text_clean_line(s, n);
	sb_adds(b, clean);
	free(clean);
}

void
cli_add_uint(struct sbuf *b, uint64_t v)
{
	char buf[24], *p = buf + sizeof buf;

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	sb_add(b, p, (size_t)(buf + sizeof buf - p));
}

/* s into b as a TSV field, one clean line with no tabs, and its separator. */
static void
tsv_field(struct sbuf *b, const char *s, bool last)
{
	cli_add_clean(b, s);
	sb_addc(b, last ? '\n' : '\t');
}

/* A field for TSV output: one clean line, no tabs. */
void
cli_put_tsv(const char *s, bool last)
{
	static struct sbuf field;	/* (the CLI writes from one thread) */

	field.len = 0;
	tsv_field(&field, s, last);
	/* stdout is this thread's alone: a list of 89k rows took and gave its lock 450k
	 * times */
	fwrite_unlocked(field.data, 1, field.len, stdout);
}

/* A JSON string, by the one JSON writer (state_json_string(): unsafe code points
 * escaped, invalid bytes as U+FFFD). */
void
cli_put_json(const char *s)
{
	struct sbuf b = {0};

	state_json_string(&b, s);
	fwrite(b.data, 1, b.len, stdout);
	sb_free(&b);
}

void
cli_put_json_path(const char *path)
{
	struct sbuf b = {0};

	fputs("\"path\": ", stdout);
	cli_put_json(path);
	if (state_json_path_bytes(&b, path)) {
		fputs(", \"path_bytes\": ", stdout);
		fwrite(b.data, 1, b.len, stdout);
	}
	sb_free(&b);
}

int
cli_cmp_date_desc(const void *pa, const void *pb)
{
	const struct article *a = *(struct article *const *)pa, *b = *(struct article *const *)pb;

	if (a->date_key != b->date_key)
		return a->date_key > b->date_key ? -1 : 1;
	return strcmp(a->path, b->path);
}

uint32_t
cli_date_desc_key(int32_t date_key)
{
	return ~((uint32_t)date_key ^ 0x80000000u);
}

void
cli_radix_hi32(uint64_t *v, size_t n)
{
	uint64_t *tmp = xmalloc((n ? n : 1) * sizeof *tmp), *src = v, *dst = tmp, *swap;
	size_t i, count[256];
	unsigned shift;

	/* A byte of the key a pass (a tenth of qsort()'s comparisons), each pass stable. */
	for (shift = 32; shift < 64; shift += 8) {
		size_t sum = 0, c;

		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[src[i] >> shift & 0xff]++;
		if (n && count[src[0] >> shift & 0xff] == n)
			continue;	/* every key has this byte: the order stands */
		for (i = 0; i < 256; i++) {
			c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[src[i] >> shift & 0xff]++] = src[i];
		swap = src, src = dst, dst = swap;
	}
	if (src != v)
		memcpy(v, src, n * sizeof *v);
	free(tmp);
}

void
cli_sort_date_desc(struct article **v, size_t n)
{
	struct article **was;
	uint64_t *key;
	size_t i;

	/* Newest first, then by path: when v comes in path order (the index's rows and the
	 * corpus's articles do), a stable sort by date alone is that order (8% of listing
	 * 89k articles by qsort()). Otherwise qsort() with the whole comparison. */
	for (i = 1; i < n && strcmp(v[i - 1]->path, v[i]->path) < 0; i++)
		;
	if (i < n) {
		qsort(v, n, sizeof *v, cli_cmp_date_desc);
		return;
	}
	key = xmalloc((n ? n : 1) * sizeof *key);
	for (i = 0; i < n; i++)
		key[i] = (uint64_t)cli_date_desc_key(v[i]->date_key) << 32 | i;
	cli_radix_hi32(key, n);
	was = xmalloc((n ? n : 1) * sizeof *was);
	memcpy(was, v, n * sizeof *v);
	for (i = 0; i < n; i++)
		v[i] = was[(uint32_t)key[i]];
	free(was);
	free(key);
}

/* a's row as `list` prints it onto b: a TSV line, or a JSON object (no separator, no
 * line end before it). */
void
cli_format_article(struct sbuf *b, const struct cli_opts *o, const struct article *a)
{
	size_t mark;

	if (o->format == FMT_JSON) {
		sb_adds(b, "{\"path\": ");
		state_json_string(b, a->path);
		mark = b->len;
		sb_adds(b, ", \"path_bytes\": ");
		if (!state_json_path_bytes(b, a->path))
			b->len = mark;	/* (valid UTF-8: no such field) */
		sb_adds(b, ", \"date\": \"");
		sb_adds(b, a->date);
		sb_adds(b, a->date_from_mtime ? "\", \"date_from_mtime\": true, \"title\": "
					      : "\", \"date_from_mtime\": false, \"title\": ");
		state_json_string(b, a->title);
		sb_adds(b, ", \"source\": ");
		state_json_string(b, a->source);
		sb_adds(b, ", \"words\": ");
		cli_add_uint(b, article_words(a));
		sb_adds(b, ", \"bytes\": ");
		cli_add_uint(b, a->len);
		sb_adds(b, ", \"hash\": \"");
		sb_adds(b, a->hash);
		sb_adds(b, "\"}");
		return;
	}
	tsv_field(b, a->display_path, false);
	tsv_field(b, a->date, false);
	tsv_field(b, a->title, false);
	tsv_field(b, a->source, false);
	cli_add_uint(b, article_words(a));
	sb_addc(b, '\n');
}

void
cli_print_article(const struct cli_opts *o, const struct article *a, bool first)
{
	static struct sbuf row;	/* one row, written at once (the CLI is one thread) */

	row.len = 0;
	if (o->format == FMT_JSON)
		sb_adds(&row, first ? "\n " : ",\n ");
	cli_format_article(&row, o, a);
	fwrite_unlocked(row.data, 1, row.len, stdout);
}