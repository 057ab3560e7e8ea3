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

/* s into b as a TSV field, one clean line with no tabs, and its separator. */
static void
tsv_field(struct sbuf *b, const char *s, bool last)
{
	size_t n = strlen(s);
	char *clean = NULL;

	if (!text_is_clean_line(s, n)) {
		clean = text_clean_line(s, n);
		n = strlen(s = clean);
	}
	sb_add(b, s, n);
	sb_addc(b, last ? '\n' : '\t');
	free(clean);
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

/* The sort key of a's date for newest first, as an unsigned number: smaller is newer. */
static uint32_t
date_desc_key(const struct article *a)
{
	return ~((uint32_t)a->date_key ^ 0x80000000u);
}

void
cli_sort_date_desc(struct article **v, size_t n)
{
	struct article **tmp, **src = v, **dst, **swap;
	size_t i, count[256];
	unsigned shift;

	/* Newest first, then by path: when v comes in path order (the index's rows and the
	 * corpus's articles do), a stable sort by date alone is that order; a radix sort of
	 * the dates, a byte a pass, costs a tenth of qsort()'s comparisons (8% of listing
	 * 89k articles). Otherwise qsort() with the whole comparison. */
	for (i = 1; i < n && strcmp(v[i - 1]->path, v[i]->path) < 0; i++)
		;
	if (i < n) {
		qsort(v, n, sizeof *v, cli_cmp_date_desc);
		return;
	}
	tmp = xmalloc((n ? n : 1) * sizeof *tmp);
	dst = tmp;
	for (shift = 0; shift < 32; shift += 8) {
		size_t sum = 0, c;

		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[date_desc_key(src[i]) >> shift & 0xff]++;
		if (n && count[date_desc_key(src[0]) >> shift & 0xff] == n)
			continue;	/* every key has this byte: the order stands */
		for (i = 0; i < 256; i++) {
			c = count[i];
			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[date_desc_key(src[i]) >> shift & 0xff]++] = src[i];
		swap = src, src = dst, dst = swap;
	}
	if (src != v)
		memcpy(v, src, n * sizeof *v);
	free(tmp);
}

void
cli_print_article(const struct cli_opts *o, const struct article *a, bool first)
{
	static struct sbuf row;	/* one TSV row, written at once (the CLI is one thread) */
	char words[16], *p = words + sizeof words;
	uint32_t w = article_words(a);

	*--p = '\0';
	do
		*--p = (char)('0' + w % 10);
	while ((w /= 10) != 0);
	if (o->format == FMT_JSON) {
		printf("%s\n {", first ? "" : ",");
		cli_put_json_path(a->path);
		printf(", \"date\": \"%s\", \"date_from_mtime\": %s, \"title\": ", a->date,
		       a->date_from_mtime ? "true" : "false");
		cli_put_json(a->title);
		fputs(", \"source\": ", stdout);
		cli_put_json(a->source);
		printf(", \"words\": %s, \"bytes\": %zu, \"hash\": \"%s\"}", p, a->len,
		       a->hash);
		return;
	}
	row.len = 0;
	tsv_field(&row, a->display_path, false);
	tsv_field(&row, a->date, false);
	tsv_field(&row, a->title, false);
	tsv_field(&row, a->source, false);
	tsv_field(&row, p, true);
	fwrite_unlocked(row.data, 1, row.len, stdout);
}
