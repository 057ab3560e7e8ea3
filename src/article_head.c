/* article_head.c -- metadata outside the body: header blocks, file and folder names. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "article_int.h"
#include "dossier/corpus.h"
#include "dossier/text.h"
#include "dossier/util.h"

#define HEAD_FIELDS_MAX 60	/* a header block longer than this is no header */

/* ---- dates in file names ---- */

static bool
name_day_ok(int y, int m, int d)
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

	return y >= NAME_YEAR_MIN && y <= NAME_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 &&
	       d <= mdays[m - 1] && !(m == 2 && d == 29 && !leap);
}

/* n digits at s as a number. */
static int
digits(const char *s, size_t n)
{
	int v = 0;

	while (n--)
		v = v * 10 + (*s++ - '0');
	return v;
}

bool
article_name_date(const char *path, int *y, int *m, int *d)
{
	const char *base = strrchr(path, '/'), *s;
	size_t n;

	base = base && base[1] ? base + 1 : path;
	/* A full date anywhere in the name, standing alone as a run of digits. */
	for (s = base; *s; s += n ? n : 1) {
		for (n = 0; is_digit((unsigned char)s[n]); n++)
			;
		if (n == 8 && name_day_ok(digits(s, 4), digits(s + 4, 2), digits(s + 6, 2))) {
			*y = digits(s, 4), *m = digits(s + 4, 2), *d = digits(s + 6, 2);
			return true;
		}
		if (n == 4 && s[4] && strchr("-_.", s[4]) && is_digit((unsigned char)s[5]) &&
		    is_digit((unsigned char)s[6]) && s[7] == s[4] && is_digit((unsigned char)s[8]) &&
		    is_digit((unsigned char)s[9]) && !is_digit((unsigned char)s[10]) &&
		    name_day_ok(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2))) {
			*y = digits(s, 4), *m = digits(s + 5, 2), *d = digits(s + 8, 2);
			return true;
		}
	}
	/* A year that leads the name (1990_bush.txt): the year alone. Elsewhere four digits
	 * are as often a number as a year. */
	for (n = 0; is_digit((unsigned char)base[n]); n++)
		;
	if (n == 4 && digits(base, 4) >= NAME_YEAR_MIN && digits(base, 4) <= NAME_YEAR_MAX) {
		*y = digits(base, 4), *m = *d = 0;
		return true;
	}
	return false;
}

bool
article_name_full_date(const char *path, int *y, int *m, int *d)
{
	return article_name_date(path, y, m, d) && *m > 0;
}

/* ---- the folder ---- */

/* Name of the folder holding path ("." and ".." resolved). */
char *
article_folder_name(const char *path)
{
	const char *slash = strrchr(path, '/'), *b, *e;
	char *dir, *real, *name;

	e = slash;
	while (e && e > path && e[-1] == '/')
		e--;
	if (slash && e == path)
		return xstrdup("/");
	for (b = e; b && b > path && b[-1] != '/'; b--)
		;
	if (b && !(e - b == 1 && b[0] == '.') && !(e - b == 2 && !strncmp(b, "..", 2)))
		return text_clean_line(b, (size_t)(e - b));
	dir = slash ? xstrndup(path, (size_t)(e - path)) : xstrdup(".");
	real = realpath(dir, NULL);
	b = real ? strrchr(real, '/') : NULL;
	name = text_clean_line(b && b[1] ? b + 1 : real ? real : dir,
			       strlen(b && b[1] ? b + 1 : real ? real : dir));
	free(real);
	free(dir);
	return name;
}

/* ---- header blocks ---- */

/* Which field a header line names: the length of "Name" before ": ", or 0. */
static size_t
field_name(const char *s, size_t n)
{
	size_t i;

	if (!n || !((s[0] | 32) >= 'a' && (s[0] | 32) <= 'z'))
		return 0;
	for (i = 1; i < n && i <= 40 && (((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') ||
					  is_digit((unsigned char)s[i]) || s[i] == '-'); i++)
		;
	return i < n && s[i] == ':' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t') ? i : 0;
}

enum field { F_OTHER, F_TITLE, F_DATE, F_SOURCE, F_FROM, F_KNOWN };

static enum field
field_kind(const char *s, size_t n)
{
	static const struct { const char *name; enum field f; } names[] = {
		{ "subject", F_TITLE }, { "title", F_TITLE }, { "headline", F_TITLE },
		{ "date", F_DATE }, { "source", F_SOURCE }, { "from", F_FROM },
		{ "byline", F_KNOWN }, { "to", F_KNOWN }, { "cc", F_KNOWN },
		{ "message-id", F_KNOWN }, { "received", F_KNOWN }, { "return-path", F_KNOWN },
		{ "author", F_KNOWN }, { "section", F_KNOWN }, { "length", F_KNOWN },
		{ "language", F_KNOWN }, { "publication", F_KNOWN }, { "reply-to", F_KNOWN },
		{ "mime-version", F_KNOWN }, { "content-type", F_KNOWN },
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i].name) == n && !strncasecmp(s, names[i].name, n))
			return names[i].f;
	return F_OTHER;
}

/* The value of the field on line l, with its folded continuation lines, in one line. */
static char *
field_value(const struct article *a, size_t l, size_t name_len, size_t last)
{
	struct sbuf b = {0};
	const char *s = a->text + a->lines[l].start + name_len + 1;
	const char *e = a->text + a->lines[l].end;
	char *v;

	for (;;) {
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		if (s < e)
			sb_printf(&b, "%s%.*s", b.len ? " " : "", (int)(e - s), s);
		if (++l > last)
			break;
		s = a->text + a->lines[l].start;
		e = a->text + a->lines[l].end;
	}
	v = text_clean_line(b.data ? b.data : "", b.len);
	sb_free(&b);
	return v;
}

/* "Jane Doe <jane@example.org>" -> "Jane Doe"; "<jane@x>" or "jane@x" -> the address. */
static char *
sender_name(const char *v)
{
	const char *lt = strchr(v, '<'), *s = v, *e = lt ? lt : v + strlen(v);

	while (s < e && (*s == ' ' || *s == '"'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '"'))
		e--;
	if (e > s)
		return xstrndup(s, (size_t)(e - s));
	if (lt && strchr(lt, '>'))
		return xstrndup(lt + 1, (size_t)(strchr(lt, '>') - lt - 1));
	return xstrdup(v);
}

/* The first date in a Date: value ("Tue, 20 Jan 2026 10:00:00 +0000", "2026-01-21"). */
static bool
value_date(const char *v, int *y, int *m, int *d)
{
	size_t i, n = strlen(v);

	for (i = 0; i < n; i++)
		if ((i == 0 || v[i - 1] == ' ' || v[i - 1] == ',') &&
		    corpus_parse_date(v + i, n - i, y, m, d))
			return true;
	return false;
}

/* Take what a field says into h (the first of each kind wins; Source: over From:). */
static void
take_field(const struct article *a, struct article_head *h, size_t l, size_t name_len,
	   size_t last)
{
	enum field f = field_kind(a->text + a->lines[l].start, name_len);
	char *v;

	if (f == F_OTHER || f == F_KNOWN)
		return;
	v = field_value(a, l, name_len, last);
	if (f == F_TITLE && !h->title && v[0]) {
		h->title = v;
		return;
	}
	if (f == F_DATE && !h->y)
		value_date(v, &h->y, &h->m, &h->d);
	if ((f == F_SOURCE || (f == F_FROM && !h->from_source)) && v[0]) {
		if (h->source && f == F_SOURCE && h->from_source) {
			free(h->source);
			h->source = NULL;
		}
		if (!h->source) {
			h->source = f == F_FROM ? sender_name(v) : xstrdup(v);
			h->from_source = f == F_FROM;
		}
	}
	free(v);
}

/* An mbox envelope: "From sender@example.org Tue Jan 20 10:00:00 2026" (a time in it,
 * so "From the desk of the editor" stays a line of text). */
static bool
is_envelope(const char *s, size_t n)
{
	size_t i;

	if (n < 12 || memcmp(s, "From ", 5) != 0 || s[5] == ' ')
		return false;
	for (i = 6; i + 3 < n; i++)
		if (is_digit((unsigned char)s[i]) && s[i + 1] == ':' &&
		    is_digit((unsigned char)s[i + 2]) && is_digit((unsigned char)s[i + 3]))
			return true;
	return false;
}

/* ---- front matter ---- */

/* How a front matter key names a field: title, date (published, created ...), source. */
static enum field
front_kind(const char *k, size_t n, int *rank)
{
	static const struct { const char *name; enum field f; int rank; } names[] = {
		{ "title", F_TITLE, 0 }, { "headline", F_TITLE, 1 }, { "subject", F_TITLE, 2 },
		{ "date", F_DATE, 0 }, { "published", F_DATE, 1 }, { "pubdate", F_DATE, 1 },
		{ "publishdate", F_DATE, 1 }, { "published_at", F_DATE, 1 },
		{ "published_time", F_DATE, 1 }, { "date_published", F_DATE, 1 },
		{ "datepublished", F_DATE, 1 }, { "created", F_DATE, 2 },
		{ "created_at", F_DATE, 2 }, { "source", F_SOURCE, 0 },
		{ "publisher", F_SOURCE, 1 }, { "publication", F_SOURCE, 1 },
		{ "outlet", F_SOURCE, 1 }, { "site_name", F_SOURCE, 2 }, { "site", F_SOURCE, 2 },
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof *names; i++)
		if (strlen(names[i].name) == n && !strncasecmp(k, names[i].name, n)) {
			*rank = names[i].rank;
			return names[i].f;
		}
	return F_OTHER;
}

/* What the front matter's fields say, the best-ranked of each kind. */
struct front {
	const char *text;
	struct article_head *h;
	int rank[F_KNOWN];
};

/* "https://www.example.org/x" -> "example.org"; NULL for no web address. */
static char *
web_host(const char *v)
{
	const char *s = strstr(v, "://"), *e;

	if (!s || s - v > 8 || strchr(v, ' '))
		return NULL;
	s += 3;
	if (!strncasecmp(s, "www.", 4))
		s += 4;
	for (e = s; *e && *e != '/' && *e != ':' && *e != '?'; e++)
		;
	return e > s ? xstrndup(s, (size_t)(e - s)) : NULL;
}

static void
front_field(void *ud, const char *key, size_t klen, size_t vstart, size_t vend)
{
	struct front *fm = ud;
	struct article_head *h = fm->h;
	int rank = 0;
	enum field f = front_kind(key, klen, &rank);
	char *v, *host;

	if (f == F_OTHER || rank >= fm->rank[f])
		return;
	v = corpus_front_value(fm->text + vstart, vend - vstart);
	if (!v[0] || (f == F_DATE && !value_date(v, &h->y, &h->m, &h->d))) {
		free(v);
		return;
	}
	fm->rank[f] = rank;
	if (f == F_TITLE) {
		free(h->title);
		h->title = v;
		return;
	}
	if (f == F_SOURCE) {
		free(h->source);
		h->source = (host = web_host(v)) ? host : v;
		if (host)
			free(v);
		return;
	}
	free(v);
}

/* Front matter at the top (article_front.c): its fields into h, its lines boilerplate. */
static bool
front_matter(struct article *a, struct article_head *h)
{
	struct front fm = { a->text, h, { 9, 9, 9, 9, 9 } };
	size_t n = corpus_front_matter(a->text, a->body, a->len, front_field, &fm), l;

	if (!n)
		return false;
	for (l = 0; l < a->nlines && a->lines[l].start < a->body + n; l++) {
		a->lines[l].flags = LINE_BOILERPLATE;
		h->lines = l + 1;
	}
	return true;
}

/*
 * A header block at the top: "Name: value" lines (and lines folded under them, which
 * start with a space) up to a blank line, as a mail's (From:, Subject:, Date:) or a news
 * export's (Title:, Headline:, Date:, Source:, Byline:). Two fields at least, one of them
 * one of those; an mbox "From " envelope line before it belongs to it.
 */
void
article_head(struct article *a, struct article_head *h)
{
	size_t l = 0, first, fields = 0, known = 0, k, last;
	const char *s;
	size_t n;

	memset(h, 0, sizeof *h);
	if (front_matter(a, h))
		return;
	if (a->nlines && is_envelope(a->text + a->lines[0].start,
				     a->lines[0].end - a->lines[0].start)) {
		/* An mbox envelope is never a title, header block or not. */
		a->lines[0].flags = LINE_BOILERPLATE;
		l = 1;
	}
	first = l;
	for (; l < a->nlines && !(a->lines[l].flags & LINE_BLANK); l++) {
		s = a->text + a->lines[l].start;
		n = a->lines[l].end - a->lines[l].start;
		if ((*s == ' ' || *s == '\t') && fields)
			continue;	/* folded under the field above */
		if (!(k = field_name(s, n)) || ++fields > HEAD_FIELDS_MAX)
			return;
		known += field_kind(s, k) != F_OTHER;
	}
	if (fields < 2 || !known)
		return;
	for (k = first; k < l; k = last + 1) {
		for (last = k; last + 1 < l && (a->text[a->lines[last + 1].start] == ' ' ||
						a->text[a->lines[last + 1].start] == '\t'); last++)
			;
		take_field(a, h, k, field_name(a->text + a->lines[k].start,
					       a->lines[k].end - a->lines[k].start), last);
	}
	for (k = first; k < l; k++)
		a->lines[k].flags = LINE_BOILERPLATE;
	h->lines = l;
}

void
article_head_free(struct article_head *h)
{
	free(h->title);
	free(h->source);
	memset(h, 0, sizeof *h);
}

/* ---- what the path says (made again when a file is found under a new name) ---- */

/* n as `width` digits, zeros before it, at out. */
static void
put_digits(char *out, int n, int width)
{
	while (width-- > 0) {
		out[width] = (char)('0' + n % 10);
		n /= 10;
	}
}

/* m = 0: the year alone, shown as "1990" and sorted before the days of its year. (The
 * digits are put by hand: snprintf() was a twentieth of parsing a file.) */
void
article_set_date(struct article *a, int y, int m, int d, int from)
{
	y = y < 0 ? 0 : y > 9999 ? 9999 : y;
	a->date_from = (uint8_t)from;
	a->date_from_mtime = from == DATE_FROM_MTIME;
	put_digits(a->date, y, 4);
	if (m == 0) {
		a->date_key = y * 10000;
		a->date[4] = '\0';
		return;
	}
	m = m < 1 ? 1 : m > 12 ? 12 : m;
	d = d < 1 ? 1 : d > 31 ? 31 : d;
	a->date_key = y * 10000 + m * 100 + d;
	a->date[4] = a->date[7] = '-';
	put_digits(a->date + 5, m, 2);
	put_digits(a->date + 8, d, 2);
	a->date[10] = '\0';
}

/* No date in the text: one in the file's name, else the file's mtime (local time). */
void
article_date_from_path(struct article *a)
{
	int y, m, d;
	struct tm tm;

	if (article_name_date(a->path, &y, &m, &d))
		article_set_date(a, y, m, d, DATE_FROM_NAME);
	else if (localtime_r(&a->mtime, &tm))
		article_set_date(a, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, DATE_FROM_MTIME);
	else
		article_set_date(a, 1970, 1, 1, DATE_FROM_MTIME);
}

/* No title in the text: the file's name without its extension. */
void
article_title_from_path(struct article *a)
{
	const char *base = strrchr(a->path, '/'), *e;

	base = base && base[1] ? base + 1 : a->path;
	e = strrchr(base, '.');
	a->title = text_clean_line(base, e && e > base ? (size_t)(e - base) : strlen(base));
	if (!a->title[0]) {
		free(a->title);
		a->title = xstrdup("(untitled)");
	}
	a->from_path |= FROM_PATH_TITLE;
}

void
article_path_fields(struct article *a)
{
	int y, m, d;

	if (a->date_from == DATE_FROM_NAME || a->date_from == DATE_FROM_MTIME)
		article_date_from_path(a);
	/* A date of the prose gives way to a new name's full date. (A name's full date that
	 * went before one of the prose, renamed to a name without one, needs the text: the
	 * index reads such a file again, index_cache_files.c.) */
	else if ((a->date_from == DATE_FROM_PROSE || a->date_from == DATE_FROM_NAME_OVER_TEXT) &&
		 article_name_full_date(a->path, &y, &m, &d))
		article_set_date(a, y, m, d, DATE_FROM_NAME_OVER_TEXT);
	if (a->from_path & FROM_PATH_TITLE) {
		free(a->title);
		a->title = NULL;
		article_title_from_path(a);
	}
	if (a->from_path & FROM_PATH_SOURCE) {
		free(a->source);
		a->source = article_folder_name(a->path);
	}
}
