/* resolve_sense.c -- a place name of two places (city and state, country and state) told apart; a name no list knows read as a place and as a person. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * The gazetteer names a second place of a name as "Name (qualifier)": "New York (state)"
 * beside the city New York, "Georgia (U.S. state)" beside the country Georgia,
 * "Washington (U.S. state)" beside the capital "Washington, D.C.". A mention
 * written with the bare name is one or the other by its cues:
 *
 *   - its own words: "New York City", "State of New York", "Republic of Georgia" are
 *     already the one place the gazetteer knows them as;
 *   - the places listed beside it ("Colorado, Florida, Georgia, Illinois": states;
 *     "France, Georgia, Germany": countries; "Chicago, New York and Boston": cities), and
 *     a city written before it with a comma ("Atlanta, Georgia": a city names its state,
 *     a capital its country);
 *   - an office or a court of a state before it ("Governor of Georgia", "Senator from New
 *     York", "the southern district of New York"), "upstate" before it, "state" or an
 *     office after it ("New York state", "New York Gov."), a person's residence between
 *     commas ("X, of New York, to be"; CF_TITLE on the place, chunk_parts.c).
 *
 * A country and a state of another country are not named in one article: an article
 * keeps to one of them (the one most of its cues give); an article without cues takes the
 * one most articles of the corpus with cues give, and where no article has any, the
 * gazetteer's first place (the country Georgia): a corpus of White House statements
 * writes the state Georgia, one of world news the country. A city and its state share
 * articles: there a cue counts only where it stands, and the bare name is the city.
 */

/* What kind of place a canonical name is, for the cues. */
enum { K_OTHER, K_CITY, K_CAPITAL, K_STATE, K_COUNTRY };

/* One name of two places: canonical indexes and kinds of the first and second. */
struct sense {
	int16_t base, alt;
	uint8_t kbase, kalt;
	int corpus;		/* articles whose cues give the second place minus those giving
				 * the first */
};

/* The kind of place canonical c is, by the classes of its name. */
static int
kind_of(int c)
{
	const char *g = gaz_canon(c);
	char buf[256];
	size_t n;
	const struct gz_entry *e;
	uint32_t w;

	if (!g || (n = ex_fold(g, strlen(g), buf, sizeof buf)) == 0 || n >= sizeof buf)
		return K_OTHER;
	if (!(e = gaz_find(buf, n)) || e->place != c)
		return K_OTHER;
	w = e->word;
	return (w & GZ_COUNTRY) ? K_COUNTRY : (w & GZ_REGION) ? K_STATE :
	       (w & GZ_CAPITAL) ? K_CAPITAL : (w & GZ_CITY) ? K_CITY : K_OTHER;
}

/* Where the name of canonical g ends: before a qualifier after a comma, as in
 * "Washington, D.C." (the capital beside "Washington (U.S. state)"). */
static size_t
first_name_end(const char *g)
{
	const char *c = strstr(g, ", ");

	return c ? (size_t)(c - g) : strlen(g);
}

/* The names of two places in the gazetteer, in *out (owned); their number. */
static size_t
find_senses(struct sense **out)
{
	struct sense *v = NULL;
	size_t i, j, n = 0, cap = 0;

	for (i = 0; i < gaz_ncanons; i++) {
		const char *g = gaz_canon((int)i), *par = strstr(g, " (");

		if (!par || g[strlen(g) - 1] != ')' || kind_of((int)i) != K_STATE)
			continue;
		for (j = 0; j < gaz_ncanons; j++)
			if (j != i && strncmp(gaz_canon((int)j), g, (size_t)(par - g)) == 0 &&
			    first_name_end(gaz_canon((int)j)) == (size_t)(par - g))
				break;
		if (j == gaz_ncanons || kind_of((int)j) == K_OTHER)
			continue;
		xgrow((void **)&v, &cap, n + 1, sizeof *v);
		v[n++] = (struct sense){ (int16_t)j, (int16_t)i, (uint8_t)kind_of((int)j), K_STATE, 0 };
	}
	*out = v;
	return n;
}

/* Which of the two places of s a list of places of kind k (a neighbour's) points to: 1
 * the second, -1 the first, 0 neither. */
static int
list_vote(const struct sense *s, int k)
{
	if (k == K_CAPITAL)
		k = K_CITY;
	if (k == K_OTHER || s->kbase == s->kalt)
		return 0;
	return k == s->kalt ? 1 : k == s->kbase ? -1 : 0;
}

/* Which of the two places of s a city of kind k written before the name with a comma, as
 * an address, points to ("Atlanta, Georgia", "Buffalo, New York": the state; "Tbilisi,
 * Georgia": the country, of which it is the capital). */
static int
address_vote(const struct sense *s, int k)
{
	int want = k == K_CAPITAL && (s->kbase == K_COUNTRY || s->kalt == K_COUNTRY) ? K_COUNTRY
										       : K_STATE;

	return want == s->kalt ? 1 : want == s->kbase ? -1 : 0;
}

/* The same for a city of canonical index c (-1: none the lists know): one the lists
 * place in one of the two ("Batumi, Georgia": the country's) points to it. */
static int
address_vote_of(const struct sense *s, int k, int c)
{
	int cc = c >= 0 ? gaz_city_country(c) : -1;

	if (cc >= 0 && cc == s->base && s->kbase == K_COUNTRY)
		return -1;
	if (cc >= 0 && cc == s->alt && s->kalt == K_COUNTRY)
		return 1;
	return address_vote(s, k);
}

/* The kind of place mention m names, K_OTHER unless it is a place of another name; a town
 * no list knows, read as one before its state ("in Wheatfield, New York": CF_LOC on a
 * place, chunk_parts.c), is a city. */
static int
place_kind(const struct sense *s, const struct rm *m)
{
	if (m->type == ENT_PLACE && m->canon < 0)
		return (m->flags & CF_LOC) ? K_CITY : K_OTHER;
	return m->type != ENT_PLACE || m->canon == s->base || m->canon == s->alt
		       ? K_OTHER : kind_of(m->canon);
}

/* Is mention m written as the bare name of canonical c (not "New York City",
 * "Georgians")? */
static int
bare(const struct resolver *r, const struct rm *m, int c)
{
	const char *g = gaz_canon(c), *raw = rs_raw(r, m);
	size_t n = first_name_end(g), i;

	if (rs_len(r, m) != n)
		return 0;
	for (i = 0; i < n; i++)
		if ((raw[i] | 0x20) != (g[i] | 0x20))
			return 0;
	return 1;
}

/* Is mention m written as a demonym ("Georgians")? */
static int
demonym(const struct resolver *r, const struct rm *m)
{
	char buf[128];
	size_t n = rs_len(r, m);
	const struct gz_entry *e;

	if (n >= sizeof buf / 4)
		return 0;
	n = ex_fold(rs_raw(r, m), n, buf, sizeof buf);
	e = gaz_find(buf, n);
	return e && (e->word & GZ_DEMONYM);
}

/* The cue of mention m's own words for sense s: 1 the second place ("State of Georgia"),
 * -1 the first ("New York City", "Republic of Georgia"), 0 none (the bare name, a
 * demonym). */
static int
own_words(const struct resolver *r, const struct rm *m, const struct sense *s)
{
	if (m->canon == s->alt)
		return 1;
	return bare(r, m, s->base) || demonym(r, m) ? 0 : -1;
}

/* The cues of mention i (of the article's [f, e)) for sense s: the second place minus the
 * first. Its own words weigh 2; each place listed beside it 1 ("Colorado, Florida,
 * Georgia"), or a city before it as in an address ("Atlanta, Georgia"): a lone city
 * and a comma, no list going on after the name. */
static int
mention_vote(const struct resolver *r, const struct sense *s, size_t i, size_t f, size_t e)
{
	const struct rm *m = &r->m[i];
	int w, v = 0, kp, kn;

	if (m->type != ENT_PLACE || (m->canon != s->base && m->canon != s->alt))
		return 0;
	if ((w = own_words(r, m, s)) != 0)
		return 2 * w;
	/* a people's word is of the place whose people they are ("the Georgian company":
	 * the country's; the lists give a state no demonym of the country's) */
	if (!bare(r, m, s->base))
		return demonym(r, m) ? (m->canon == s->alt) - (m->canon == s->base) : 0;
	/* "Governor of Georgia", "Senator from New York"; a member's seat, "Mr. SMITH of
	 * Washington", "the gentleman from Washington (Mr. Smith)" (SEAT_*) */
	if ((m->flags & CF_TITLE) ||
	    (r->seat && ((i > f && r->seat[i - 1] == SEAT_NEXT) ||
			 (i + 1 < e && r->seat[i + 1] == SEAT_PREV))))
		return s->kalt == K_STATE ? 2 : s->kbase == K_STATE ? -2 : 0;
	if (i > f && (r->m[i - 1].link & LK_LIST) && (kp = place_kind(s, &r->m[i - 1])) != K_OTHER)
		v += (kp == K_CITY || kp == K_CAPITAL) && (r->m[i - 1].link & LK_COMMA) &&
		     !(m->link & LK_LIST) &&
		     !(i > f + 1 && (r->m[i - 2].link & LK_LIST) && r->m[i - 2].type == ENT_PLACE)
			     ? address_vote_of(s, kp, r->m[i - 1].canon) : list_vote(s, kp);
	if (i + 1 < e && (m->link & LK_LIST) && (kn = place_kind(s, &r->m[i + 1])) != K_OTHER)
		v += list_vote(s, kn);
	return v;
}

uint32_t
rs_canon_key(struct resolver *r, int c)
{
	const char *g = gaz_canon(c);
	char buf[256];
	size_t n;

	if (r->gkey[c] != UINT32_MAX)
		return r->gkey[c];
	n = ex_fold(g, strlen(g), buf, sizeof buf);
	return r->gkey[c] = rs_intern_key(r, buf, n < sizeof buf ? n : 0);
}

/* Does mention m write the word "state" ("State of New York", "NEW YORK STATE"; not the
 * "N.Y." of an address, "Armonk, N.Y.")? */
static int
state_word(const struct resolver *r, const struct rm *m)
{
	const char *s = rs_raw(r, m);
	uint32_t n = rs_len(r, m), i;

	for (i = 0; i + 5 <= n; i++)
		if (strncasecmp(s + i, "state", 5) == 0)
			return 1;
	return 0;
}

void
rs_place_senses(struct resolver *r)
{
	struct sense *sv;
	size_t ns = find_senses(&sv), i, k, n = 0, cap = 0;
	uint8_t *which;		/* canonical -> 1 + its sense, or 0 */
	size_t *at = NULL;	/* the mentions of those places */
	int *votes;		/* article * ns + sense -> its cues */
	uint8_t *named;		/* article * ns + sense -> 1: first named the second place in
				 * its own words ("State of New York"), 2: the first place so
				 * ("New York City"), 4: first named another way */

	if (!ns || ns > 254) {
		free(sv);
		return;
	}
	which = xcalloc(gaz_ncanons + 1, 1);
	for (k = 0; k < ns; k++)
		which[sv[k].base] = which[sv[k].alt] = (uint8_t)(k + 1);
	for (i = 0; i < r->n; i++)
		if (r->m[i].canon >= 0 && which[r->m[i].canon]) {
			xgrow((void **)&at, &cap, n + 1, sizeof *at);
			at[n++] = i;
		}
	votes = xcalloc(n ? r->narts * ns : 1, sizeof *votes);
	named = xcalloc(n ? r->narts * ns : 1, 1);
	for (i = 0; i < n; i++) {
		const struct rm *m = &r->m[at[i]];
		int w;

		k = which[m->canon] - 1u;
		votes[m->art * ns + k] += mention_vote(r, &sv[k], at[i], r->first[m->art],
						       r->first[m->art + 1]);
		if (m->type != ENT_PLACE)
			continue;
		w = own_words(r, m, &sv[k]);
		if (w < 0)
			named[m->art * ns + k] |= 2;
		else if (!named[m->art * ns + k])
			named[m->art * ns + k] = w > 0 && state_word(r, m) ? 1 : 4;
	}
	for (i = 0; n && i < r->narts * ns; i++)
		if (votes[i])
			sv[i % ns].corpus += votes[i] > 0 ? 1 : -1;
	for (i = 0; i < n; i++) {
		struct rm *m = &r->m[at[i]];
		const struct sense *q;
		int v, local;
		size_t f, e;

		if (m->canon < 0 || !which[m->canon])
			continue;
		q = &sv[which[m->canon] - 1];
		if ((v = votes[m->art * ns + (size_t)(q - sv)]) == 0)
			v = q->corpus;
		/* A city and its state share an article often enough: there a cue counts
		 * only where it stands, and the bare name is the city. */
		local = q->kbase == K_CITY || q->kalt == K_CITY;
		f = r->first[m->art];
		e = r->first[m->art + 1];
		/* (but where the article first names the state in its own words and the
		 * city never so, the bare name is the state: "To the People of the State of
		 * New York" heads each Federalist paper, whose "New York" is the state's;
		 * not a capital's, "the State of Washington ... the envoy in Washington") */
		if (m->canon == q->base && own_words(r, m, q) == 0 &&
		    (local ? mention_vote(r, q, at[i], f, e) > 0 ||
			     (q->kbase == K_CITY && gaz_capital_country(q->base) < 0 &&
			      named[m->art * ns + (size_t)(q - sv)] == 1 &&
			      bare(r, m, q->base))
			   : v > 0)) {
			m->canon = q->alt;
			m->key = rs_canon_key(r, q->alt);
		}
	}
	free(votes);
	free(named);
	free(at);
	free(which);
	free(sv);
}

void
rs_people_places(struct resolver *r)
{
	struct imap stems;	/* a "-ite" word's stem -> 1, 2 once a place names it */
	uint32_t *cand = NULL, *stem = NULL;	/* the "-ite" mentions and their stems */
	size_t i, n, nc = 0, cap = 0, scap = 0;
	char buf[128];
	uint32_t s;
	long v;

	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		const char *k;

		if (m->type != ENT_PLACE || m->canon >= 0)
			continue;
		k = rs_str(r, m->key);
		n = strlen(k);
		/* (people_key() made the plural singular: "moabites" is "moabite") */
		if (n < 7 || n >= sizeof buf || memcmp(k + n - 3, "ite", 3) != 0 || strchr(k, ' '))
			continue;
		memcpy(buf, k, n - 3);
		buf[n - 3] = '\0';
		if ((s = rs_find_key(r, buf)) == UINT32_MAX)
			continue;
		xgrow((void **)&cand, &cap, nc + 1, sizeof *cand);
		xgrow((void **)&stem, &scap, nc + 1, sizeof *stem);
		cand[nc] = (uint32_t)i;
		stem[nc++] = s;
	}
	/* Most corpora name no people so: the places are looked through only for those
	 * stems (a map of every place's key was a pass of its own at 100k articles). */
	if (nc) {
		rs_imap_init(&stems, 16);
		for (i = 0; i < nc; i++)
			rs_imap_put(&stems, stem[i], 1);
		for (i = 0; i < r->n; i++)
			if (r->m[i].type == ENT_PLACE && rs_imap_get(&stems, r->m[i].key) == 1)
				rs_imap_put(&stems, r->m[i].key, 2);
		for (i = 0; i < nc; i++)
			if ((v = rs_imap_get(&stems, stem[i])) == 2)
				r->m[cand[i]].key = stem[i];
		rs_imap_free(&stems);
	}
	free(cand);
	free(stem);
}

/*
 * A name of several words that no list knows is a PLACE where it stands in a place's slot
 * ("in Chasiv Yar", ck_place_slot_run()) and a PERSON elsewhere: where the corpus types
 * it a person twice as often or more ("Dušan Černý" of a thousand articles, once "in
 * Dušan Černý"), its few place readings are the person's too, not an entity of their own.
 * But a name the corpus puts in a place's slot twice or more and never titles nor has
 * speak is the place where it was a person by default only: "at Bowling Green", "from
 * Bowling Green", "menace Bowling Green" of Lincoln's letters.
 */
void
rs_person_or_place(struct resolver *r)
{
	struct imap n;	/* key of such a place -> persons << 16 | places (each capped) */
	struct imap cued;	/* such a key -> 1: a person's reading with a cue */
	size_t i;
	uint32_t *v;
	long x;

	/* (the places first: a few keys, and a probe for each person then, not an entry) */
	rs_imap_init(&n, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if (m->type == ENT_PLACE && m->canon < 0 && m->ntok >= 2 &&
		    ((v = rs_imap_ref(&n, m->key, 0)), (*v & 0xffff) < 0xffff))
			*v += 1;
	}
	rs_imap_init(&cued, 16);
	for (i = 0; n.n && i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if (m->type == ENT_PERSON && m->ntok >= 2 && rs_imap_get(&n, m->key) >= 0 &&
		    ((v = rs_imap_ref(&n, m->key, 0)), (*v >> 16) < 0xffff)) {
			*v += 1u << 16;
			if (m->flags & (CF_TITLE | CF_SPEECH))
				rs_imap_put(&cued, m->key, 1);
		}
	}
	for (i = 0; n.n && i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->ntok < 2 || (m->type != ENT_PLACE && m->type != ENT_PERSON) ||
		    (m->type == ENT_PLACE && m->canon >= 0) || (x = rs_imap_get(&n, m->key)) < 0)
			continue;
		if (m->type == ENT_PERSON) {
			if ((x & 0xffff) >= 2 && !(m->flags & (CF_TITLE | CF_SPEECH)) &&
			    rs_imap_get(&cued, m->key) < 0)
				m->type = ENT_PLACE;
			continue;
		}
		if ((x >> 16) < 2 * (x & 0xffff) ||
		    ((x & 0xffff) >= 2 && rs_imap_get(&cued, m->key) < 0))
			continue;
		m->type = ENT_PERSON;
		m->flags &= (uint8_t)~CF_LOC;
	}
	rs_imap_free(&cued);
	rs_imap_free(&n);
}
