/* resolve_era.c -- a lone family name that joined no full name is one person per era, not per corpus. MIT licence. */
#include "config.h"

#include <stdbool.h>
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
 * years leave a gap of more than ERA_GAP (name_eras()): each era is a row of its own, and
 * the one with the most mentions keeps the word's key.
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

/* What the articles write of one lone family name. */
struct lone {
	uint32_t last;		/* its last article + 1 */
	uint32_t here;		/* its mentions there */
	uint32_t arts;		/* its articles */
	uint32_t office;	/* its articles that write it after a title of office */
	uint32_t multi;		/* its articles that write it twice or more */
	uint32_t fulls;		/* the corpus's full names with it for family name */
	int office_here, want;
};

/* The lone family names' stats into *v (index + 1 by key in ix); their count. */
static size_t
lone_stats(const struct resolver *r, struct imap *ix, struct lone **v)
{
	size_t i, n = 0, cap = 0;

	*v = NULL;
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t *x;
		struct lone *s;

		if (!lone_person(r, m))
			continue;
		x = rs_imap_ref(ix, m->key, 0);
		if (!*x) {
			xgrow((void **)v, &cap, n + 1, sizeof **v);
			memset(&(*v)[n], 0, sizeof **v);
			*x = (uint32_t)++n;
		}
		s = &(*v)[*x - 1];
		if (s->last != m->art + 1) {
			s->last = m->art + 1;
			s->here = 0;
			s->office_here = 0;
			s->arts++;
		}
		if (++s->here == 2)
			s->multi++;
		if ((m->link & LK_OFFICE) && !s->office_here) {
			s->office_here = 1;
			s->office++;
		}
	}
	return n;
}

/* Is full name key full new for word (pair: word << 32 | full, noted now)? Counts the
 * corpus's distinct full names with a word (a family name, a given name). */
static bool
new_full(struct imap *pair, uint32_t word, uint32_t full)
{
	uint32_t *seen = rs_imap_ref(pair, (uint64_t)word << 32 | full, 0);

	if (*seen)
		return false;
	*seen = 1;
	return true;
}

void
rs_key_apart(struct resolver *r, struct rm *m, unsigned long n)
{
	char buf[256];
	int len = snprintf(buf, sizeof buf, "%s\x04%lu", rs_str(r, m->key), n);

	if (len > 0 && (size_t)len < sizeof buf)
		m->key = rs_intern_key(r, buf, (size_t)len);
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
	struct imap ix, pair;	/* key -> stats index + 1; family << 32 | full name -> 1 */
	struct lone *v;
	size_t i, n, want = 0;

	rs_imap_init(&ix, 64);
	n = lone_stats(r, &ix, &v);
	for (i = 0; i < n; i++)
		want += v[i].want = v[i].arts >= 2 && v[i].office < 2 && v[i].multi < 2;
	rs_imap_init(&pair, 16);
	for (i = 0; want && i < r->n; i++) {	/* the full names of the wanted families */
		const struct rm *m = &r->m[i];
		uint32_t f;
		long x;

		if (rs_is_full(m) && (x = rs_imap_get(&ix, f = rs_family_word(r, m))) >= 1 &&
		    v[x - 1].want && new_full(&pair, f, m->key))
			v[x - 1].fulls++;
	}
	for (i = 0; want && i < r->n; i++) {
		struct rm *m = &r->m[i];
		long x;

		if (!lone_person(r, m) || (x = rs_imap_get(&ix, m->key)) < 1 || !v[x - 1].want ||
		    (v[x - 1].fulls < 2 &&
		     !gaz_is_common(rs_str(r, m->key), strlen(rs_str(r, m->key)))))
			continue;
		rs_key_apart(r, m, m->art);
	}
	rs_imap_free(&pair);
	rs_imap_free(&ix);
	free(v);
}

/*
 * A given name alone that joined no full name ("Dave" of a mailing list: every Dave of
 * it, one row; "Catherine" of Austen: Catherine Morland's chapters and Lady Catherine's,
 * one row), where the corpus names two people or more in full with it for given name
 * ("Dave Long", "Dave Winer"), is a person of the articles near each other that write it
 * (no more than GIVEN_NEAR apart in path order: a novel's chapters, a thread's mails):
 * its key ends in "\x04" and the first of them. Not a name that two articles write after
 * a title ("Queen Elizabeth", "Pope Francis": one person known so), nor one that is also
 * a family name (the family-name rules have it).
 */
#define GIVEN_NEAR 3
static void
lone_given_apart(struct resolver *r)
{
	struct imap fulls, pair;	/* given -> its full names; given << 32 | full -> 1 */
	struct imap titled, tlast;	/* given -> articles writing it after a title; the
					 * last of them + 1 */
	struct imap first, last;	/* given -> its run's first and last articles */
	size_t i;

	rs_imap_init(&fulls, 64);
	rs_imap_init(&pair, 64);
	rs_imap_init(&titled, 64);
	rs_imap_init(&tlast, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t f;

		if (lone_person(r, m) && (m->flags & CF_TITLE) &&
		    rs_imap_get(&tlast, m->key) != (long)m->art + 1) {
			rs_imap_put(&tlast, m->key, m->art + 1);
			(*rs_imap_ref(&titled, m->key, 0))++;
		}
		if (rs_is_full(m) && (f = rs_first_word(r, m->key)) != UINT32_MAX &&
		    new_full(&pair, f, m->key))
			(*rs_imap_ref(&fulls, f, 0))++;
	}
	rs_imap_init(&first, 64);
	rs_imap_init(&last, 64);
	for (i = 0; i < r->n; i++) {	/* (in article order) */
		struct rm *m = &r->m[i];
		long t, f;

		if (!lone_person(r, m) || m->ntok != 1 || !(m->flags & CF_GIVEN) ||
		    (m->flags & (CF_SURNAME | CF_FF | CF_TITLE)) || (m->link & LK_OFFICE) ||
		    rs_imap_get(&fulls, m->key) < 2 ||
		    rs_imap_get(&titled, m->key) >= 2)
			continue;
		t = rs_imap_get(&last, m->key);
		f = rs_imap_get(&first, m->key);
		if (t < 0 || f < 0 || m->art > (uint32_t)t + GIVEN_NEAR) {
			f = m->art;	/* a new run */
			rs_imap_put(&first, m->key, m->art);
		}
		rs_imap_put(&last, m->key, m->art);
		rs_key_apart(r, m, (unsigned long)f);
	}
	rs_imap_free(&first);
	rs_imap_free(&last);
	rs_imap_free(&titled);
	rs_imap_free(&tlast);
	rs_imap_free(&pair);
	rs_imap_free(&fulls);
}

/* The year of an entry key << 17 | year << 1 | office of rs_lone_eras(). */
#define LY_YEAR(x) ((uint16_t)((x) >> 1 & 0xffff))

/* Where the run of ly[k, j) with no gap of more than ERA_GAP years ends. */
static size_t
run_end(const uint64_t *ly, size_t k, size_t j)
{
	size_t e;

	for (e = k + 1; e < j && LY_YEAR(ly[e]) <= LY_YEAR(ly[e - 1]) + ERA_GAP; e++)
		;
	return e;
}

/* Where the era starting at ly[k] ends: a later run is another man's only where it writes
 * the name after a title of office ("Secretary Hull" of 1944 after "General Hull" of
 * 1812); one that never does recalls the earlier man ("Napoleon", "Jefferson" in a speech
 * of 1885 as in one of 1860) and is of his era. */
static size_t
era_end(const uint64_t *ly, size_t k, size_t j)
{
	size_t e = run_end(ly, k, j), n, x;

	while (e < j) {
		n = run_end(ly, e, j);
		for (x = e; x < n && !(ly[x] & 1); x++)
			;
		if (x < n)
			break;
		e = n;
	}
	return e;
}

/* Each year of one name's entries ly[i, j) to the first year of its era, 0 for the era
 * with the most mentions (the later on a tie): it keeps the word's key and with it the
 * undated articles' mentions (undated speeches of 1915 speak of the "President Wilson" of
 * the dated ones of 1915, not of a senator of 1861). */
static void
name_eras(struct imap *era, const uint64_t *ly, size_t i, size_t j)
{
	size_t k, e, x, best = i, most = 0;

	for (k = i; k < j; k = e)
		if ((e = era_end(ly, k, j)) - k >= most)
			most = e - k, best = k;
	for (k = i; k < j; k = e)
		for (e = era_end(ly, k, j), x = k; x < e; x++)
			rs_imap_put(era, ly[x] >> 1, k == best ? 0 : LY_YEAR(ly[k]));
}

void
rs_lone_eras(struct resolver *r)
{
	uint64_t *ly;		/* key << 17 | year << 1 | office of each dated lone person,
				 * sorted */
	struct imap era;	/* key << 16 | year -> first year of its era, 0: the era that
				 * keeps the key */
	size_t i, j, n = 0;
	char buf[256];
	int len;

	lone_articles(r);
	lone_given_apart(r);
	if (!r->year)
		return;
	ly = xmalloc((r->n ? r->n : 1) * sizeof *ly);
	for (i = 0; i < r->n; i++)
		if (lone_person(r, &r->m[i]) && r->year[r->m[i].art])
			ly[n++] = ((uint64_t)r->m[i].key << 16 | r->year[r->m[i].art]) << 1 |
				  ((r->m[i].link & LK_OFFICE) != 0);
	rs_sort_keyed(ly, NULL, n);
	rs_imap_init(&era, n + 1);
	for (i = 0; i < n; i = j) {
		for (j = i; j < n && ly[j] >> 17 == ly[i] >> 17; j++)
			;
		name_eras(&era, ly, i, j);
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
