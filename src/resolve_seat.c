/* resolve_seat.c -- a family name that the record seats in several places is one member per seat ("Mr. SMITH of New Jersey"). MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * A legislature's record names its members by family name and tells those of one name
 * apart by their seats: "Mr. SMITH of New Jersey", "Mr. SMITH of Texas", "the gentleman
 * from New Jersey (Mr. Smith)". A lone "Smith" that joined no full name was one row for
 * all of them (15 of the top 50 people of 250 days of the Congressional Record: Smith,
 * Johnson, Kennedy, Brown, Thompson...). Where the corpus seats a family name in two
 * places or more, each seated mention is keyed by its seat ("smith of new jersey"), and
 * so is every other lone mention of the name in an article that seats it once: the
 * record writes the seat where two members of the name could be meant. A name seated in
 * one place only ("Mr. Bingley of Netherfield") keeps its word.
 */

/* The seat of place key p by its bare name, without the gazetteer's qualifier, interned:
 * "new york (state)" and "new york" are one seat, as the record names it ("washington,
 * d.c." too: a member's Washington is the state). */
static uint32_t
bare_seat(struct resolver *r, uint32_t place)
{
	const char *p = rs_str(r, place), *q = strstr(p, " ("), *c = strstr(p, ", ");
	size_t pl = strlen(p);

	if (q && (size_t)(q - p) < pl)
		pl = (size_t)(q - p);
	if (c && (size_t)(c - p) < pl)
		pl = (size_t)(c - p);
	return pl == strlen(p) || !pl ? place : rs_intern_key(r, p, pl);
}

/* The folded family name and the seat's key (bare_seat()) of mention i, when it has a
 * seat: a lone person's name with a place beside it as SEAT_* says. */
static bool
seat_of(struct resolver *r, size_t i, uint32_t *fam, uint32_t *place)
{
	const struct rm *m = &r->m[i];
	size_t f = r->first[m->art], e = r->first[m->art + 1], j;

	if (!r->seat[i] || m->type != ENT_PERSON || strchr(rs_str(r, m->key), ' '))
		return false;
	if (r->seat[i] == SEAT_NEXT && i + 1 < e)
		j = i + 1;
	else if (r->seat[i] == SEAT_PREV && i > f)
		j = i - 1;
	else
		return false;
	if (r->m[j].type != ENT_PLACE)
		return false;
	*fam = m->key;
	*place = bare_seat(r, r->m[j].key);
	return true;
}

/* The key "FAMILY of SEAT" (folded), interned. */
static uint32_t
seat_key(struct resolver *r, uint32_t fam, uint32_t seat)
{
	char buf[256];
	int n = snprintf(buf, sizeof buf, "%s of %s", rs_str(r, fam), rs_str(r, seat));

	return n > 0 && (size_t)n < sizeof buf ? rs_intern_key(r, buf, (size_t)n) : fam;
}

/* The pairs fam << 32 | place of one article's seated mentions [f, e), sorted and
 * unique, of the names seated in two places or more (count); their number. */
static size_t
article_seats(struct resolver *r, const struct imap *count, size_t f, size_t e,
	      uint64_t **v, size_t *cap)
{
	uint32_t fam, place;
	size_t i, n = 0, o;

	for (i = f; i < e; i++)
		if (seat_of(r, i, &fam, &place) && rs_imap_get(count, fam) >= 2) {
			xgrow((void **)v, cap, n + 1, sizeof **v);
			(*v)[n++] = (uint64_t)fam << 32 | place;
		}
	if (n > 1)
		rs_sort_keyed(*v, NULL, n);
	for (i = o = 0; i < n; i++)
		if (!o || (*v)[i] != (*v)[o - 1])
			(*v)[o++] = (*v)[i];
	return o;
}

void
rs_seats(struct resolver *r)
{
	struct imap pairs;	/* fam << 32 | place -> 1: the corpus's seats */
	struct imap count;	/* fam -> its seats */
	uint64_t *v = NULL;
	uint32_t fam, place;
	size_t a, i, k, n, cap = 0;

	if (!r->seat)
		return;
	rs_imap_init(&pairs, 64);
	rs_imap_init(&count, 64);
	for (i = 0; i < r->n; i++)
		if (seat_of(r, i, &fam, &place) &&
		    rs_imap_get(&pairs, (uint64_t)fam << 32 | place) < 0) {
			rs_imap_put(&pairs, (uint64_t)fam << 32 | place, 1);
			(*rs_imap_ref(&count, fam, 0))++;
		}
	for (a = 0; a < r->narts; a++) {
		size_t f = r->first[a], e = r->first[a + 1];

		if (!(n = article_seats(r, &count, f, e, &v, &cap)))
			continue;
		for (i = f; i < e; i++) {
			struct rm *m = &r->m[i];
			uint32_t to = UINT32_MAX;

			if (m->type != ENT_PERSON || strchr(rs_str(r, m->key), ' '))
				continue;
			if (seat_of(r, i, &fam, &place)) {
				if (rs_imap_get(&count, fam) >= 2)
					to = seat_key(r, fam, place);
			} else {
				/* the article's one seat of the name, if it seats it once */
				for (k = 0; k < n && (uint32_t)(v[k] >> 32) != m->key; k++)
					;
				if (k < n && (k + 1 == n || (uint32_t)(v[k + 1] >> 32) != m->key))
					to = seat_key(r, m->key, (uint32_t)v[k]);
			}
			if (to != UINT32_MAX) {
				m->key = to;
				m->nw = (uint8_t)rs_nwords(rs_str(r, to));
			}
		}
	}
	free(v);
	rs_imap_free(&count);
	rs_imap_free(&pairs);
}

/* Is s the start of a word kept in lower case inside a name ("of", "the", "and")? */
static bool
small_word(const char *s)
{
	static const char *const w[] = { "of ", "the ", "and ", "upon ", "on " };
	size_t k;

	for (k = 0; k < sizeof w / sizeof *w; k++)
		if (strncmp(s, w[k], strlen(w[k])) == 0)
			return true;
	return false;
}

/* A member keyed by his seat ("smith of new jersey", rs_seats()) is shown with it when
 * his name is the lone family name: "Smith of New Jersey", as the record writes him,
 * the place as the gazetteer writes it (else its key's words capitalised), not a row
 * "Smith" beside other Smiths. */
void
rs_seat_title(const char *key, char **canon)
{
	size_t len = strlen(*canon), n, kl = strlen(key), i;
	char stack[256], *buf = 4 * len + 8 <= sizeof stack ? stack : xmalloc(4 * len + 8);
	const struct gz_entry *g;
	const char *place, *shown;
	char *t;

	n = ex_fold(*canon, len, buf, 4 * len + 8);
	if (n + 4 < kl && memcmp(buf, key, n) == 0 && memcmp(key + n, " of ", 4) == 0 &&
	    !memchr(buf, ' ', n)) {
		place = key + n + 4;
		g = gaz_find(place, strlen(place));
		shown = g && g->place >= 0 ? gaz_canon(g->place) : NULL;
		if (shown && !rs_folds_to_key(shown, place, 0))	/* ("Washington, D.C.") */
			shown = NULL;
		t = xmalloc(len + 4 + strlen(place) + 1);
		sprintf(t, "%s of %s", *canon, shown ? shown : place);
		if (!shown)	/* ("washington": "Washington") */
			for (i = len + 4; t[i]; i++)
				if ((i == len + 4 || t[i - 1] == ' ' || t[i - 1] == '-') &&
				    t[i] >= 'a' && t[i] <= 'z' && !small_word(t + i))
					t[i] = (char)(t[i] - 'a' + 'A');
		free(*canon);
		*canon = t;
	}
	if (buf != stack)
		free(buf);
}
