/* resolve_home.c -- where an article is at home: the country or the US state it names most, for generic bodies; which of two countries a short name they share is there. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* The gazetteer's entry for name s (folded here), or NULL. */
static const struct gz_entry *
entry_of(const char *s)
{
	char fold[256];
	size_t n = s ? ex_fold(s, strlen(s), fold, sizeof fold) : 0;

	return n && n < sizeof fold ? gaz_find(fold, n) : NULL;
}

/* Is gazetteer canonical c a country's (not a city's or a region's)? Cached in seen (key
 * 2 << 32 | c: 1, no; 2, yes). */
bool
rs_country_canon(struct imap *seen, int c)
{
	uint32_t *v = rs_imap_ref(seen, (uint64_t)2 << 32 | (uint32_t)c, 0);
	const struct gz_entry *g;

	if (!*v) {
		g = entry_of(gaz_canon(c));
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
	size_t n;

	if (*v)
		return *v == 2;
	*v = 1;
	s = gaz_canon(c);
	if (!s || !(g = entry_of(s)) || g->place != c || !(g->word & GZ_REGION) ||
	    (g->word & GZ_COUNTRY))
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

/* Is mention m a people's word for its country ("Dutch", "Somalis"), not the country's
 * name ("the Netherlands", "US"), in a title? Cached in seen (key 4 << 32 | surface: 1, no; 2,
 * yes). */
static bool
demonym_word(const struct resolver *r, struct imap *seen, const struct rm *m)
{
	uint32_t *v = rs_imap_ref(seen, (uint64_t)4 << 32 | rs_at(r, m)->surf, 0);
	const struct gz_entry *g;

	if (*v)
		return *v == 2;
	g = entry_of(rs_str(r, rs_at(r, m)->surf));
	*v = g && ((g->word | g->acr) & GZ_DEMONYM) && !((g->word | g->acr) & GZ_COUNTRY) ?
	     2 : 1;
	return *v == 2;
}

/* Does the title t name surface s, as a word ("Belgium", not "Belgiumite"; "US" in
 * capitals, not the "us" of "Join us")? */
static bool
title_names(const char *t, const char *s)
{
	size_t n = strlen(s), i;
	const char *p;
	bool caps = true;

	for (i = 0; i < n; i++)
		caps = caps && !islower((unsigned char)s[i]);
	for (p = t; n && (p = caps ? strstr(p, s) : strcasestr(p, s)) != NULL; p++)
		if ((p == t || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[n]))
			return true;
	return false;
}

/* The country the title of article a names by name, when it names just one (Belgium's
 * entry in a gazette, "Brazil court convicts ex-president"): the key of its mentions in
 * [f, e), else UINT32_MAX. A title from the file's name says nothing. */
static uint32_t
title_country(const struct resolver *r, struct imap *seen, size_t f, size_t e)
{
	const struct article *a;
	uint32_t k = UINT32_MAX;
	size_t i;

	if (!r->corpus || r->m[f].art >= r->corpus->n)
		return UINT32_MAX;
	a = r->corpus->arts[r->m[f].art];
	if (!a || !a->title || (a->from_path & FROM_PATH_TITLE))
		return UINT32_MAX;
	for (i = f; i < e; i++) {
		const struct rm *m = &r->m[i];

		if (m->type != ENT_PLACE || m->canon < 0 || m->key == k ||
		    !rs_country_canon(seen, m->canon) || demonym_word(r, seen, m) ||
		    !title_names(a->title, rs_str(r, rs_at(r, m)->surf)))
			continue;
		if (k != UINT32_MAX)
			return UINT32_MAX;	/* two countries: none of them */
		k = m->key;
	}
	return k;
}

/* The country article [f, e) is at home in: the one its title names by name, else the
 * one it names most (by name, its people's word or its capital); the key of its mentions, else
 * UINT32_MAX, and *tie set when it names countries, but none most. The text of a
 * country's entry names others often: Belgium's "in Dutch", "French-speaking" (the
 * Netherlands 6 times, Belgium twice), Djibouti's "Somali clans" and "French". */
uint32_t
rs_home_country(struct resolver *r, struct imap *seen, size_t f, size_t e, bool *tie)
{
	struct imap n;
	uint32_t best, most, next;
	const struct gz_entry *g;
	size_t i;

	*tie = false;
	if (f < e && (best = title_country(r, seen, f, e)) != UINT32_MAX)
		return best;
	rs_imap_init(&n, 8);
	for (i = f; i < e; i++) {
		const struct rm *m = &r->m[i];
		int c;

		if (m->type != ENT_PLACE || m->canon < 0)
			continue;
		if (rs_country_canon(seen, m->canon))
			(*rs_imap_ref(&n, m->key, 0))++;
		/* a national capital counts for its country: a dateline ("LIMA (Reuters) -"),
		 * a government ("Moscow said"); a US state for the United States (Grant's
		 * chapters name Virginia and Tennessee, and Mexico, not the country) */
		else if ((c = gaz_capital_country(m->canon)) >= 0)
			(*rs_imap_ref(&n, rs_canon_key(r, c), 0))++;
		else if (rs_us_state(seen, m->canon) && (g = gaz_find("united states", 13)) &&
			 g->place >= 0)
			(*rs_imap_ref(&n, rs_canon_key(r, g->place), 0))++;
	}
	best = rs_top_two(&n, &most, &next);
	rs_imap_free(&n);
	*tie = most > 0 && most == next;
	return most > next ? best : UINT32_MAX;
}

/* The key of the bare body that key names with its country ("united states supreme
 * court", "chile socialist party": "supreme court", "socialist party"), when a mention
 * has it; else UINT32_MAX. Cached in seen (key 5 << 32 | key: 1, none; else 2 + it). */
uint32_t
rs_country_body(const struct resolver *r, struct imap *seen, uint32_t key)
{
	uint32_t *v = rs_imap_ref(seen, (uint64_t)5 << 32 | key, 0), b;
	const char *k = rs_str(r, key), *sp;
	const struct gz_entry *g;

	if (*v)
		return *v == 1 ? UINT32_MAX : *v - 2;
	*v = 1;
	for (sp = strchr(k, ' '); sp; sp = strchr(sp + 1, ' ')) {
		g = gaz_find(k, (size_t)(sp - k));
		if (!g || !((g->word | g->acr) & GZ_COUNTRY) || !rs_generic_name(sp + 1) ||
		    !rs_national_body(sp + 1))
			continue;
		b = r->strs.s[rs_smap_slot_h(&r->strs, r, 2, sp + 1, rs_smap_hash(2, sp + 1))].key;
		if (b != UINT32_MAX && b < UINT32_MAX - 2)
			*v = b + 2;
		break;
	}
	return *v == 1 ? UINT32_MAX : *v - 2;
}

/* The key of mention m, an organisation the name lists gave a national body's bare name
 * but written with its country ("U.S. Congress", listed as "Congress"): the key
 * rs_org_key() gives the unlisted "United States Congress" ("united states congress"),
 * so that the body is keyed by its country as the bare name and the long form are (the
 * "U.S. Congress" of 19 State Department essays was a row apart from their "Congress"
 * and "United States Congress"); else its key. Cached per surface in seen (7 << 32 |
 * surface: 1, none; else 2 + the key). */
uint32_t
rs_listed_country_body(struct resolver *r, struct imap *seen, const struct rm *m)
{
	uint32_t s = rs_at(r, m)->surf, *v, k;
	struct imap cache;
	char fold[512];
	const char *b;
	size_t n, l;

	if (m->type != ENT_ORG || m->canon < 0)
		return m->key;
	v = rs_imap_ref(seen, (uint64_t)7 << 32 | s, 0);
	if (*v)
		return *v == 1 ? m->key : *v - 2;
	*v = 1;
	b = rs_str(r, m->key);
	l = strlen(b);
	n = ex_fold(rs_str(r, s), strlen(rs_str(r, s)), fold, sizeof fold);
	if (n >= sizeof fold || n <= l + 1 || fold[n - l - 1] != ' ' ||
	    memcmp(fold + n - l, b, l) != 0 || !rs_generic_name(b) || !rs_national_body(b))
		return m->key;
	fold[n] = '\0';
	rs_imap_init(&cache, 4);
	k = rs_org_key(r, &cache, rs_intern_key(r, fold, n));
	rs_imap_free(&cache);
	/* (reordered to the country's name, and so still the body's) */
	b = rs_str(r, k);
	if (strcmp(b, fold) == 0 || strlen(b) <= l + 1 || strcmp(b + strlen(b) - l, fold + n - l) != 0)
		return m->key;
	*rs_imap_ref(seen, (uint64_t)7 << 32 | s, 0) = k + 2;
	return k;
}

/* May article [f, e) be at home in the country of body key ("united states supreme
 * court"): is it at home in none (rs_home_country(), kept in *home), in that one, or in a
 * US state and key the United States'? */
bool
rs_country_home(struct resolver *r, struct imap *seen, size_t f, size_t e, uint32_t key,
		uint32_t *home)
{
	const char *k, *h;
	bool tie;

	if (*home == UINT32_MAX - 1)	/* (may intern a key: the arena may move) */
		*home = rs_home_country(r, seen, f, e, &tie);
	if (*home == UINT32_MAX)
		return true;
	k = rs_str(r, key);
	h = rs_str(r, *home);
	if (strncmp(k, h, strlen(h)) == 0 && k[strlen(h)] == ' ')
		return true;
	return strncmp(k, "united states ", 14) == 0 &&
	       rs_home_state(r, seen, f, e) != UINT32_MAX;
}

/*
 * A short name two countries share is, written bare, the one of them its article names by
 * a longer name, when it names one only: "Congo" is the Democratic Republic's by the lists
 * (AP's usage, and the Congo Free State's and the Belgian Congo's of older texts), but the
 * State Department's page on the Republic of the Congo writes its "Congo" and
 * "Congolese" bare too. ("Korea" is not one: the Korean War's "in Korea" is the
 * peninsula's, whichever Korea its address names.)
 */
static const struct {
	const char *bare;
	const char *full[2];	/* folded, as the gazetteer keys them */
} shared_names[] = {
	{ "Congo", { "democratic republic of the congo", "republic of the congo" } },
};

/* Is mention m's surface the shared name bare, or its people's word ("Congo", "CONGO",
 * "Congolese": the name and lower-case letters after it)? */
static bool
bare_shared(const struct resolver *r, const struct rm *m, const char *bare)
{
	const char *s = rs_str(r, rs_at(r, m)->surf);
	size_t n = strlen(bare);

	return strncasecmp(s, bare, n) == 0 && (s[n] == '\0' || (s[n] >= 'a' && s[n] <= 'z'));
}

/* Which of the two countries (canonical indices canon[0, 2)) mention m names (0, 1), or
 * -1. */
static int
shared_country(const struct rm *m, const int canon[2])
{
	if (m->type != ENT_PLACE || m->canon < 0)
		return -1;
	return m->canon == canon[0] ? 0 : m->canon == canon[1] ? 1 : -1;
}

void
rs_shared_names_in_article(struct resolver *r, size_t f, size_t e)
{
	const struct gz_entry *g;
	size_t i, k, bare;
	long full[2];
	int c, canon[2];

	for (k = 0; k < sizeof shared_names / sizeof *shared_names; k++) {
		/* (the countries' indices, not their names compared at each place named) */
		for (c = 0; c < 2; c++)
			canon[c] = (g = gaz_find(shared_names[k].full[c],
						 strlen(shared_names[k].full[c]))) ? g->place : -1;
		if (canon[0] < 0 || canon[1] < 0)
			continue;
		full[0] = full[1] = -1;
		bare = 0;
		for (i = f; i < e; i++) {
			if ((c = shared_country(&r->m[i], canon)) < 0)
				continue;
			if (bare_shared(r, &r->m[i], shared_names[k].bare))
				bare++;
			else
				full[c] = (long)i;
		}
		if (!bare || (full[0] < 0) == (full[1] < 0))
			continue;	/* (neither named in full, or both) */
		c = full[0] >= 0 ? 0 : 1;
		for (i = f; i < e; i++) {
			struct rm *m = &r->m[i];

			if (shared_country(m, canon) >= 0 &&
			    bare_shared(r, m, shared_names[k].bare)) {
				m->canon = r->m[full[c]].canon;
				m->key = r->m[full[c]].key;
				m->nw = r->m[full[c]].nw;
			}
		}
	}
}
