/* resolve_town.c -- a town named with its US state ("Columbus, Ga.", "Paris, Tenn."): that state's town, not the listed city of its name. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* Is gazetteer canonical c a city's (GZ_CITY, or GZ_CAPITAL: 2), not a country's or a
 * region's? Cached in seen (key 4 << 32 | c: 1 + the answer). */
static int
city_canon(struct imap *seen, int c)
{
	uint32_t *v = rs_imap_ref(seen, (uint64_t)4 << 32 | (uint32_t)c, 0);
	const struct gz_entry *g;
	const char *s;
	char fold[256];
	size_t n;

	if (*v)
		return (int)*v - 1;
	*v = 1;
	s = gaz_canon(c);
	n = s ? ex_fold(s, strlen(s), fold, sizeof fold) : 0;
	if (n && n < sizeof fold && (g = gaz_find(fold, n)) &&
	    g->place == c && !(g->word & (GZ_COUNTRY | GZ_REGION)))
		*v = (g->word & GZ_CAPITAL) ? 3 : (g->word & GZ_CITY) ? 2 : 1;
	return (int)*v - 1;
}

/* The US state that qualifies city mention i, written right after it with a comma only
 * ("Columbus, Ohio", "Columbus, Ga."), not in a list of places going on: its key, or
 * UINT32_MAX. *cap is set for a capital's name (not Washington's). */
static uint32_t
state_after(const struct resolver *r, struct imap *seen, size_t i, size_t e, bool *cap)
{
	const struct rm *m = &r->m[i], *n;
	int k;

	if (m->type != ENT_PLACE || m->canon < 0 || i + 1 >= e)
		return UINT32_MAX;
	n = &r->m[i + 1];
	if (n->type != ENT_PLACE || n->canon < 0 || (i + 2 < e && (n->link & LK_LIST) &&
	    r->m[i + 2].type == ENT_PLACE) || !rs_us_state(seen, n->canon) ||
	    (k = city_canon(seen, m->canon)) == 0)
		return UINT32_MAX;
	*cap = k == 2 && strcmp(rs_str(r, m->key), "washington, d.c.") != 0;
	return n->key;
}

/* The town's key "CITY, STATE" (interned). */
static uint32_t
town_key(struct resolver *r, uint32_t city, uint32_t state)
{
	char buf[512];
	int n = snprintf(buf, sizeof buf, "%s, %s", rs_str(r, city), rs_str(r, state));

	return n > 0 && (size_t)n < sizeof buf ? rs_intern_key(r, buf, (size_t)n) : city;
}

/* Is mention i followed by a comma only (state_after() asks the rest)? */
#define COMMA_ONLY(r, i) (((r)->m[i].link & (LK_LIST | LK_COMMA)) == (LK_LIST | LK_COMMA))

/* Counts, per city key, the articles that qualify it with each state (pair), and the
 * state most of them give (best: 1 + state, most: its articles); those articles in arts
 * (1 + article). */
static void
count_towns(const struct resolver *r, struct imap *seen, struct imap *pair, struct imap *best,
	    struct imap *most, struct imap *arts)
{
	struct imap last;
	size_t a, i;
	bool cap;
	uint32_t s, *l, *c;

	rs_imap_init(&last, 16);
	for (a = 0; a < r->narts; a++)
		for (i = r->first[a]; i < r->first[a + 1]; i++) {
			if (!COMMA_ONLY(r, i) ||
			    (s = state_after(r, seen, i, r->first[a + 1], &cap)) == UINT32_MAX)
				continue;
			rs_imap_put(arts, a + 1, 1);
			l = rs_imap_ref(&last, (uint64_t)r->m[i].key << 32 | s, 0);
			if (*l == a + 1)
				continue;
			*l = (uint32_t)a + 1;
			c = rs_imap_ref(pair, (uint64_t)r->m[i].key << 32 | s, 0);
			if (++*c > *rs_imap_ref(most, r->m[i].key, 0)) {
				rs_imap_put(most, r->m[i].key, *c);
				rs_imap_put(best, r->m[i].key, cap ? 0 : s + 1);
			}
		}
	rs_imap_free(&last);
}

/*
 * A town written with its US state after a comma is that state's: "Columbus, Miss." and
 * "Columbus, N.M." are two towns, and each of them in its whole article. The state most
 * articles give a city's name (the listed city's own, most likely: "Columbus, Ohio",
 * "Chicago, Ill.") keeps the listed city; a capital's name (Paris, not Washington) keeps
 * none ("Paris, Tenn."). (A threshold of 3 articles for that state split "Chicago, Ill."
 * and "Seattle, Wash." from their cities where a corpus wrote them so only once or twice:
 * the gazetteer does not know a city's state.)
 */
void
rs_town_states(struct resolver *r)
{
	struct imap seen, pair, best, most, arts, town;	/* town: city key -> its key here */
	size_t a, i;
	bool cap;
	uint32_t s;
	long v;

	rs_imap_init(&seen, 64);
	rs_imap_init(&pair, 16);
	rs_imap_init(&best, 16);
	rs_imap_init(&most, 16);
	rs_imap_init(&arts, 16);
	count_towns(r, &seen, &pair, &best, &most, &arts);
	for (a = 0; a < r->narts && pair.n; a++) {
		size_t f = r->first[a], e = r->first[a + 1];

		if (rs_imap_get(&arts, a + 1) < 0)
			continue;
		rs_imap_init(&town, 4);
		for (i = f; i < e; i++)
			if (COMMA_ONLY(r, i) && (s = state_after(r, &seen, i, e, &cap)) != UINT32_MAX &&
			    rs_imap_get(&best, r->m[i].key) != (long)s + 1) {
				v = rs_imap_get(&town, r->m[i].key);
				rs_imap_put(&town, r->m[i].key, v < 0 ||
					    v == town_key(r, r->m[i].key, s) ?
					    town_key(r, r->m[i].key, s) : UINT32_MAX);
			}
		for (i = f; i < e && town.n; i++)
			if (r->m[i].type == ENT_PLACE &&
			    (v = rs_imap_get(&town, r->m[i].key)) >= 0 && v != UINT32_MAX)
				r->m[i].key = (uint32_t)v;
		rs_imap_free(&town);
	}
	rs_imap_free(&seen);
	rs_imap_free(&pair);
	rs_imap_free(&best);
	rs_imap_free(&most);
	rs_imap_free(&arts);
}
