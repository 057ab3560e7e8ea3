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
	cli_add_clean_n(b, s, strlen(s));
}

void
cli_add_clean_n(struct sbuf *b, const char *s, size_t n)
{
	char *clean;

	if (text_is_clean_line(s, n)) {
		sb_add(b, s, n);
		return;
	}
	clean = text_clean_line(s, n);
	sb_adds(b, clean);
	free(clean);
}

char *
cli_put_uint(char *o, uint64_t v)
{
	char buf[20], *p = buf + sizeof buf;

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	memcpy(o, p, (size_t)(buf + sizeof buf - p));
	return o + (buf + sizeof buf - p);
}

void
cli_add_uint(struct sbuf *b, uint64_t v)
{
	char buf[20];

	sb_add(b, buf, (size_t)(cli_put_uint(buf, v) - buf));
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
cli_add_json_path(struct sbuf *b, const char *path)
{
	size_t mark;

	sb_adds(b, "\"path\": ");
	state_json_string(b, path);
	mark = b->len;
	sb_adds(b, ", \"path_bytes\": ");
	if (!state_json_path_bytes(b, path))
		b->len = mark;	/* (valid UTF-8: no such field) */
}

void
cli_put_json_path(const char *path)
{
	struct sbuf b = {0};

	cli_add_json_path(&b, path);
	fwrite(b.data, 1, b.len, stdout);
	sb_free(&b);
}

/* Rows to order by date: row i's date key and path, from ud. */
struct dated {
	int32_t (*date)(const void *ud, size_t i);
	const char *(*path)(const void *ud, size_t i);
	const void *ud;
};

/* `list`'s order of two rows (their numbers): newest first, then by path. */
static int
cmp_date_desc(const void *pa, const void *pb, void *ctx)
{
	const struct dated *d = ctx;
	size_t a = (size_t)*(const uint64_t *)pa, b = (size_t)*(const uint64_t *)pb;
	int32_t x = d->date(d->ud, a), y = d->date(d->ud, b);

	if (x != y)
		return x > y ? -1 : 1;
	return strcmp(d->path(d->ud, a), d->path(d->ud, b));
}

/* Rows in path order into order newest first, by a count of each day (the rows' dates
 * span a few years: one pass, where the radix sort took two of 64k counts); false when
 * they span more days than that is worth. */
static bool
by_day(uint64_t *order, size_t n, int32_t (*date)(const void *ud, size_t i), const void *ud)
{
	int32_t lo = INT32_MAX, hi = INT32_MIN, d;
	size_t i, span, *at, sum, c;

	for (i = 0; i < n; i++) {
		d = date(ud, i);
		lo = d < lo ? d : lo;
		hi = d > hi ? d : hi;
	}
	span = n ? (size_t)((int64_t)hi - lo) + 1 : 0;
	if (!n || span > n + 4096)
		return false;
	at = xcalloc(span, sizeof *at);
	for (i = 0; i < n; i++)
		at[hi - date(ud, i)]++;
	for (i = 0, sum = 0; i < span; i++) {	/* (newest first: day hi - i) */
		c = at[i];
		at[i] = sum;
		sum += c;
	}
	for (i = 0; i < n; i++)	/* (stable: a day's rows stay in path order) */
		order[at[hi - date(ud, i)]++] = i;
	free(at);
	return true;
}

void
cli_order_date_desc(uint64_t *order, size_t n, int32_t (*date)(const void *ud, size_t i),
		    const char *(*path)(const void *ud, size_t i), const void *ud)
{
	struct dated d = { date, path, ud };
	size_t i;

	/* Rows in path order (the index's rows and the corpus's articles come so): a sort by
	 * date and row number, by radix (a tenth of the comparisons: 8% of listing 89k
	 * articles), is the order. Otherwise the whole comparison. */
	for (i = 1; i < n && strcmp(path(ud, i - 1), path(ud, i)) < 0; i++)
		;
	if (i >= n && by_day(order, n, date, ud))
		return;
	if (i >= n) {
		for (i = 0; i < n; i++)	/* (the date as a number that sorts newest first) */
			order[i] = (uint64_t)~((uint32_t)date(ud, i) ^ 0x80000000u) << 32 | i;
		xsort_u64(order, n);
		for (i = 0; i < n; i++)
			order[i] = (uint32_t)order[i];
		return;
	}
	for (i = 0; i < n; i++)
		order[i] = i;
	xsort(order, n, sizeof *order, cmp_date_desc, &d);
}

static int32_t
article_date(const void *ud, size_t i)
{
	return ((struct article *const *)ud)[i]->date_key;
}

static const char *
article_path(const void *ud, size_t i)
{
	return ((struct article *const *)ud)[i]->path;
}

void
cli_sort_date_desc(struct article **v, size_t n)
{
	struct article **was = xmalloc((n ? n : 1) * sizeof *was);
	uint64_t *order = xmalloc((n ? n : 1) * sizeof *order);
	size_t i;

	memcpy(was, v, n * sizeof *v);
	cli_order_date_desc(order, n, article_date, article_path, was);
	for (i = 0; i < n; i++)
		v[i] = was[order[i]];
	free(order);
	free(was);
}

/* a's row as `list` prints it onto b: a TSV line, or a JSON object (no separator, no
 * line end before it). */
void
cli_format_article(struct sbuf *b, const struct cli_opts *o, const struct article *a)
{
	if (o->format == FMT_JSON) {
		sb_addc(b, '{');
		cli_add_json_path(b, a->path);
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
	cli_format_tsv(b, 0, a->display_path, strlen(a->display_path), a->date, a->title,
		       strlen(a->title), a->source, strlen(a->source), article_words(a));
}

/* s (n bytes) onto b, cleaned unless known to be clean already. */
static void
add_known(struct sbuf *b, bool clean, const char *s, size_t n)
{
	if (clean)
		sb_add(b, s, n);
	else
		cli_add_clean_n(b, s, n);
}

void
cli_format_tsv(struct sbuf *b, unsigned clean, const char *path, size_t plen,
	       const char *date, const char *title, size_t tlen, const char *source,
	       size_t slen, size_t words)
{
	enum { ALL = INDEX_CLEAN_PATH | INDEX_CLEAN_DATE | INDEX_CLEAN_TITLE |
		     INDEX_CLEAN_SOURCE };
	size_t dlen = strlen(date);

	/* Clean strings with room for them (`list` makes it a row): copied, no call a
	 * field (sb_add() and sb_addc() were 7% of listing 34k articles). */
	if ((clean & ALL) == ALL && b->cap - b->len > plen + dlen + tlen + slen + 32) {
		char *o = b->data + b->len;

		memcpy(o, path, plen), o += plen, *o++ = '\t';
		memcpy(o, date, dlen), o += dlen, *o++ = '\t';
		memcpy(o, title, tlen), o += tlen, *o++ = '\t';
		memcpy(o, source, slen), o += slen, *o++ = '\t';
		o = cli_put_uint(o, words);
		*o++ = '\n';
		*o = '\0';
		b->len = (size_t)(o - b->data);
		return;
	}
	add_known(b, clean & INDEX_CLEAN_PATH, path, plen);
	sb_addc(b, '\t');
	add_known(b, clean & INDEX_CLEAN_DATE, date, dlen);
	sb_addc(b, '\t');
	add_known(b, clean & INDEX_CLEAN_TITLE, title, tlen);
	sb_addc(b, '\t');
	add_known(b, clean & INDEX_CLEAN_SOURCE, source, slen);
	sb_addc(b, '\t');
	cli_add_uint(b, words);
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
