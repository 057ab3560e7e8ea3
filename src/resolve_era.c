/* resolve_era.c -- a lone family name that joined no full name is one person per era, not per corpus. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * A lone "Johnson" or "Taft" that joined no full name (several people of its time share
 * it, or the corpus never writes it in full) is keyed by its word alone, so one row would
 * gather the surveyor "Mr. Johnson" of 1842 and "Senator Johnson" of 1960, "Secretary Taft"
 * of 1906 and "Governor Taft" of 2002. Its dated articles are cut into eras where their
 * years leave a gap of more than ERA_GAP: each era after the first is a row of its own. The
 * first era keeps the word's key, and with it the undated articles' mentions.
 */

/* Years a file's name may end with: older names are numbers, not years. */
#define NAME_YEAR_FIRST 1600
#define NAME_YEAR_LAST 2100

/*
 * An article's year is its own date's (its text, its header, a date in the file's name),
 * never the file's mtime, which says when it was copied. Without one, a year that ends the
 * file's name is the year of the text: collections of speeches and letters are named so
 * ("abraham-lincoln-1861.txt", "Lincoln_1861.txt", a second one "...-1979-2.txt"). Files
 * numbered in a series ("news-0042.txt" to "news-3000.txt") are not dated so: the names
 * are trusted only when three in four of those ending in a number end in such a year. The
 * article's listed date is not changed.
 */

/* Where the stem of path's file name (without its extension) ends, in end. */
static const char *
stem(const char *path, const char **end)
{
	const char *base = strrchr(path, '/'), *dot;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	*end = dot && dot > base ? dot : base + strlen(base);
	return base;
}

/* The year that ends path's stem (0: none); *numbered: does the stem end in digits after
 * a '-', '_' or blank at all? */
static int
name_year(const char *path, int *numbered)
{
	const char *e, *b = stem(path, &e), *d;
	int y = 0;

	for (d = e; d > b && d[-1] >= '0' && d[-1] <= '9'; d--)
		;
	*numbered = d < e && d > b && strchr("-_ ", d[-1]);
	if (*numbered && e - d <= 2 && d - b >= 7 && d[-1] == '-')	/* "-1979-2" */
		for (e = d - 1, d = e; d > b && d[-1] >= '0' && d[-1] <= '9'; d--)
			;
	if (e - d != 4 || d == b || !strchr("-_ ", d[-1]))
		return 0;
	for (; d < e; d++)
		y = y * 10 + (*d - '0');
	return y >= NAME_YEAR_FIRST && y <= NAME_YEAR_LAST ? y : 0;
}

void
rs_article_years(struct resolver *r, const struct corpus *c)
{
	size_t i, numbered = 0, years = 0;
	int num;

	for (i = 0; i < c->n; i++) {
		years += name_year(c->arts[i]->path, &num) != 0;
		numbered += num;
	}
	for (i = 0; i < c->n; i++) {
		const struct article *a = c->arts[i];

		if (a->date_from != DATE_FROM_MTIME && a->date_key > 0 &&
		    a->date_key / 10000 < 65536)
			r->year[i] = (uint16_t)(a->date_key / 10000);
		else if (years * 4 >= numbered * 3)
			r->year[i] = (uint16_t)name_year(a->path, &num);
	}
}

/* Years with no article writing the lone name that end its era: a generation. */
#define ERA_GAP 20

/* Is m a lone-word person that names no full name? */
static int
lone_person(const struct resolver *r, const struct rm *m)
{
	return m->type == ENT_PERSON && !strchr(rs_str(r, m->key), ' ');
}

/* The number of different full names per family name (its interned key) in fulls. */
static void
count_fulls(struct resolver *r, struct imap *fulls)
{
	struct imap pair;	/* family << 32 | full name -> 1 */
	size_t i;

	rs_imap_init(&pair, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		const char *k, *sp;
		uint32_t f, *seen;

		if (m->type != ENT_PERSON || !(sp = strrchr(k = rs_str(r, m->key), ' ')) ||
		    strchr(k, '\x04'))
			continue;
		f = rs_intern_key(r, sp + 1, strlen(sp + 1));
		seen = rs_imap_ref(&pair, (uint64_t)f << 32 | m->key, 0);
		if (!*seen) {
			*seen = 1;
			(*rs_imap_ref(fulls, f, 0))++;
		}
	}
	rs_imap_free(&pair);
}

/*
 * A lone family name that many people share (the corpus writes two full names or more
 * with it, or it is a common English word: "Wood", "Green", "King"), written in several
 * articles, is one person across them only where two of them at least write it after a
 * title of office ("President Wilson", "Secretary Lansing") or write it twice or more (the
 * person the article is about, not one of a list): the "Johnson" of a
 * basketball score, of a court list and of a wedding in three papers are three people,
 * each a row of its own article. (Keys of those rows end in "\x04" and the article.)
 */
static void
lone_articles(struct resolver *r)
{
	struct imap office, last, arts;	/* key -> articles titled, last article + 1, all */
	struct imap here, multi;	/* key -> mentions in its last article; articles of 2+ */
	struct imap fulls;	/* family name -> its full names */
	char buf[256];
	size_t i;
	int len;

	rs_imap_init(&fulls, 64);
	count_fulls(r, &fulls);
	rs_imap_init(&office, 64);
	rs_imap_init(&last, 64);
	rs_imap_init(&arts, 64);
	rs_imap_init(&here, 64);
	rs_imap_init(&multi, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t *l;

		if (!lone_person(r, m))
			continue;
		l = rs_imap_ref(&last, m->key, 0);
		if (*l == m->art + 1 && ++*rs_imap_ref(&here, m->key, 0) == 2)
			(*rs_imap_ref(&multi, m->key, 0))++;
		if (*l != m->art + 1) {
			*l = m->art + 1;
			rs_imap_put(&here, m->key, 1);
			(*rs_imap_ref(&arts, m->key, 0))++;
			if (m->link & LK_OFFICE)
				(*rs_imap_ref(&office, m->key, 0))++;
		} else if ((m->link & LK_OFFICE) && rs_imap_get(&office, m->key) < 1) {
			rs_imap_put(&office, m->key, 1);	/* (its first mention here had none) */
		}
	}
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (!lone_person(r, m) || rs_imap_get(&arts, m->key) < 2 ||
		    rs_imap_get(&office, m->key) >= 2 || rs_imap_get(&multi, m->key) >= 2 ||
		    (rs_imap_get(&fulls, m->key) < 2 &&
		     !gaz_is_common(rs_str(r, m->key), strlen(rs_str(r, m->key)))))
			continue;
		len = snprintf(buf, sizeof buf, "%s\x04%u", rs_str(r, m->key), m->art);
		if (len > 0 && (size_t)len < sizeof buf)
			m->key = rs_intern_key(r, buf, (size_t)len);
	}
	rs_imap_free(&office);
	rs_imap_free(&last);
	rs_imap_free(&arts);
	rs_imap_free(&fulls);
	rs_imap_free(&here);
	rs_imap_free(&multi);
}

void
rs_lone_eras(struct resolver *r)
{
	uint64_t *ly;		/* key << 16 | year of each dated lone person, sorted */
	struct imap era;	/* key << 16 | year -> first year of its era, 0: the first era */
	size_t i, j, n = 0;
	char buf[256];
	int len;

	lone_articles(r);
	if (!r->year)
		return;
	ly = xmalloc((r->n ? r->n : 1) * sizeof *ly);
	for (i = 0; i < r->n; i++)
		if (lone_person(r, &r->m[i]) && r->year[r->m[i].art])
			ly[n++] = (uint64_t)r->m[i].key << 16 | r->year[r->m[i].art];
	rs_sort_keyed(ly, NULL, n);
	rs_imap_init(&era, n + 1);
	for (i = 0; i < n; i = j) {
		uint16_t start = 0;

		for (j = i; j < n && ly[j] >> 16 == ly[i] >> 16; j++) {
			if (j > i && (ly[j] & 0xffff) > (ly[j - 1] & 0xffff) + ERA_GAP)
				start = (uint16_t)(ly[j] & 0xffff);
			rs_imap_put(&era, ly[j], start);
		}
	}
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];
		long s;

		if (!lone_person(r, m) || !r->year[m->art] ||
		    (s = rs_imap_get(&era, (uint64_t)m->key << 16 | r->year[m->art])) <= 0)
			continue;
		len = snprintf(buf, sizeof buf, "%s %ld", rs_str(r, m->key), s);
		if (len > 0 && (size_t)len < sizeof buf)
			m->key = rs_intern_key(r, buf, (size_t)len);
	}
	rs_imap_free(&era);
	free(ly);
}
