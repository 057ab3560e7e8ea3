/* resolve_home.c -- where an article is at home: the country or the US state it names most, for generic bodies. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* Is gazetteer canonical c a country's (not a city's or a region's)? Cached in seen (key
 * 2 << 32 | c: 1, no; 2, yes). */
bool
rs_country_canon(struct imap *seen, int c)
{
	uint32_t *v = rs_imap_ref(seen, (uint64_t)2 << 32 | (uint32_t)c, 0);
	const struct gz_entry *g = NULL;
	const char *s;
	char fold[256];
	size_t n;

	if (!*v) {
		s = gaz_canon(c);
		n = s ? ex_fold(s, strlen(s), fold, sizeof fold) : 0;
		if (n && n < sizeof fold)
			g = gaz_find(fold, n);
		*v = g && ((g->word | g->acr) & GZ_COUNTRY) && g->place == c ? 2 : 1;
	}
	return *v == 2;
}

/* The key of n (key -> count) with the highest count, that count in *most and the
 * next highest in *next; UINT32_MAX when n is empty. */
uint32_t
rs_top_two(const struct imap *n, uint32_t *most, uint32_t *next)
{
	uint32_t best = UINT32_MAX;
	size_t i;

	*most = *next = 0;
	for (i = 0; i < n->cap; i++) {
		if (!n->s[i].key)
			continue;
		if (n->s[i].val > *most) {
			*next = *most;
			*most = n->s[i].val;
			best = (uint32_t)(n->s[i].key - 1);
		} else if (n->s[i].val > *next) {
			*next = n->s[i].val;
		}
	}
	return best;
}

/* Is gazetteer canonical c a US state ("Kansas", "Georgia (U.S. state)"), whose bodies
 * share the nation's generic names? Cached in seen (key 3 << 32 | c: 1, no; 2, yes). */
bool
rs_us_state(struct imap *seen, int c)
{
	uint32_t *v = rs_imap_ref(seen, (uint64_t)3 << 32 | (uint32_t)c, 0);
	const struct gz_entry *g;
	const char *s;
	char fold[256];
	size_t n;

	if (*v)
		return *v == 2;
	*v = 1;
	s = gaz_canon(c);
	n = s ? ex_fold(s, strlen(s), fold, sizeof fold) : 0;
	if (!n || n >= sizeof fold || !(g = gaz_find(fold, n)) ||
	    g->place != c || !(g->word & GZ_REGION) || (g->word & GZ_COUNTRY))
		return false;
	n = strcspn(s, "(");	/* "Georgia (U.S. state)" */
	while (n && s[n - 1] == ' ')
		n--;
	if (gaz_us_state_name(s, n))
		*v = 2;
	return *v == 2;
}

/* The US state article [f, e) is at home in: the one it names most, more often than any
 * other state and any country but the United States; its key, or UINT32_MAX. */
uint32_t
rs_home_state(const struct resolver *r, struct imap *seen, size_t f, size_t e)
{
	struct imap n, c;
	uint32_t best, most, next, cmost = 0, cnext;
	size_t i;

	rs_imap_init(&n, 8);
	rs_imap_init(&c, 8);
	for (i = f; i < e; i++) {
		const struct rm *m = &r->m[i];

		if (m->type != ENT_PLACE || m->canon < 0)
			continue;
		if (rs_us_state(seen, m->canon))
			(*rs_imap_ref(&n, m->key, 0))++;
		else if (rs_country_canon(seen, m->canon) &&
			 strcmp(rs_str(r, m->key), "united states") != 0)
			(*rs_imap_ref(&c, m->key, 0))++;
	}
	best = rs_top_two(&n, &most, &next);
	if (c.cap)
		rs_top_two(&c, &cmost, &cnext);
	rs_imap_free(&n);
	rs_imap_free(&c);
	return most > next && most > cmost ? best : UINT32_MAX;
}
