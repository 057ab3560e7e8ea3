/* resolve_orgname.c -- one key for an organisation's name in its word orders ("Department of War", "War Department"). MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * A body is named in more than one word order, and each order made a row of its own in
 * a corpus's list (190 State of the Union addresses: "War Department" 53 addresses and
 * "Department of War" 11, "Congress of the United States" 41 beside "United States
 * Congress", "Government of Spain" 18 beside "Spanish Government" 32, "The National
 * Government" 11 beside "National Government" 32). The key of an organisation's name not in the name lists is
 * made in one order:
 * - a leading "the" goes (a hyphen stays: the key of the same name typed a person by
 *   default must stay the company's, "Multi-Step Manufacturing" of "Multi-Step
 *   Manufacturing Inc");
 * - "department of (the) X" is "x department", as "ministry of (the) X" is "x ministry";
 * - a name of generic words "of" a country ("Congress of the United States", "Supreme
 *   Court of Brazil", "Communist Party of China") is the country's name before it, as
 *   its people's adjective before it is ("Spanish Government", "Chinese Communist
 *   Party"), or its short name ("US Supreme Court", "U.S. Congress"): "united states
 *   congress", "spain government", "china communist party".
 * Only the key changes: the row's name is still its most frequent surface.
 */

/* The folded canonical name of the country k[0, n) names, or by its people's adjective
 * (demonym: "spanish") when adj, or (short) by a name it has in capitals too ("us",
 * "uk"); 0 when it is none. Into out. */
static size_t
country_of(const char *k, size_t n, bool adj, bool short_name, char *out, size_t cap)
{
	const struct gz_entry *g;
	const char *c;
	size_t l;

	if (n > 3 && memcmp(k, "the ", 4) == 0) {
		k += 4;
		n -= 4;
	}
	g = gaz_find(k, n);
	if (!g || g->place < 0 ||
	    !((short_name ? g->word | g->acr : g->word) & (adj ? GZ_DEMONYM : GZ_COUNTRY)))
		return 0;
	/* a people's adjective that is also a country's own word is not one ("Georgian") */
	if (adj && (g->word & GZ_COUNTRY))
		return 0;
	if (!(c = gaz_canon(g->place)))
		return 0;
	l = ex_fold(c, strlen(c), out, cap);
	if (l >= cap)
		return 0;
	/* the canonical of a demonym is its country's; check it names a country */
	g = gaz_find(out, l);
	return g && (g->word & GZ_COUNTRY) ? l : 0;
}

/* k[0, n) (a NUL after it) rewritten into out as described above; its length (n and a
 * copy: unchanged). */
static size_t
reorder(const char *k, size_t n, char *out, size_t cap)
{
	static const char *const lead[] = { "department of ", "ministry of " };
	char head[256], place[256];
	const char *of, *rest;
	size_t i, l, hl, pl;

	for (i = 0; i < sizeof lead / sizeof *lead; i++) {
		l = strlen(lead[i]);
		if (n > l + 1 && memcmp(k, lead[i], l) == 0) {
			rest = k + l;
			if (n - l > 4 && memcmp(rest, "the ", 4) == 0)
				rest += 4;
			hl = n - (size_t)(rest - k);
			/* "Department of State of Ohio": two "of", left as it is */
			if (memmem(rest, hl, " of ", 4) || hl + l > cap)
				break;
			memcpy(out, rest, hl);
			out[hl] = ' ';
			memcpy(out + hl + 1, lead[i], l - 4);	/* "department", "ministry" */
			return hl + 1 + l - 4;
		}
	}
	/* GENERIC of COUNTRY */
	of = memmem(k, n, " of ", 4);
	if (of && (size_t)(of - k) < sizeof head && !memmem(of + 4, n - (size_t)(of + 4 - k),
							   " of ", 4)) {
		hl = (size_t)(of - k);
		memcpy(head, k, hl);
		head[hl] = '\0';
		pl = country_of(of + 4, n - hl - 4, false, false, place, sizeof place);
		if (pl && rs_generic_name(head) && pl + 1 + hl <= cap) {
			memcpy(out, place, pl);
			out[pl] = ' ';
			memcpy(out + pl + 1, head, hl);
			return pl + 1 + hl;
		}
	}
	/* ADJECTIVE GENERIC: "spanish government" */
	l = strcspn(k, " ");
	if (l < n && rs_generic_name(k + l + 1) &&
	    (pl = country_of(k, l, true, false, place, sizeof place)) != 0 && pl + n - l <= cap) {
		memcpy(out, place, pl);
		memcpy(out + pl, k + l, n - l);
		return pl + n - l;
	}
	/* SHORT NAME GENERIC: "us supreme court", "u.s. congress", of a body a country
	 * has one of (not "U.S. Bank", a firm); a short word, not a US state's name
	 * ("Georgia Supreme Court") */
	if (l < n && l <= 4 && rs_generic_name(k + l + 1) && rs_national_body(k + l + 1) &&
	    (pl = country_of(k, l, false, true, place, sizeof place)) != 0 && pl + n - l <= cap) {
		memcpy(out, place, pl);
		memcpy(out + pl, k + l, n - l);
		return pl + n - l;
	}
	memcpy(out, k, n);
	return n;
}

uint32_t
rs_org_key(struct resolver *r, struct imap *cache, uint32_t key)
{
	const char *k = rs_str(r, key);
	char buf[512], out[600];
	size_t n = strlen(k), o;
	long v = rs_imap_get(cache, key);
	uint32_t nk;

	if (v >= 0)
		return (uint32_t)v;
	if (n >= sizeof buf || n < 4) {
		rs_imap_put(cache, key, key);
		return key;
	}
	if (n > 8 && memcmp(k, "the ", 4) == 0 && strchr(k + 4, ' '))
		k += 4, n -= 4;	/* "the national government"; not "the hague" alone */
	memcpy(buf, k, n);
	o = n;
	buf[o] = '\0';
	o = reorder(buf, o, out, sizeof out);
	nk = o == strlen(rs_str(r, key)) && memcmp(out, rs_str(r, key), o) == 0 ? key
	     : rs_intern_key(r, out, o);
	rs_imap_put(cache, key, nk);
	return nk;
}

/*
 * One body written with and without a hyphen is one body: "Post-Office Department" (75
 * addresses of 233) and "Post Office Department" (21), "Light-House Board", "Marine
 * Hospital Service", "Miami-Dade Police Department", "Coca Cola Company" were two rows
 * each. The hyphen stays in the keys (above); here, once the types are known, a name of
 * organisations whose key has a hyphen between letters takes the key written with a
 * blank there, or gives it its own, when both are names of organisations in the corpus:
 * the name written more often leads. Every mention of the key follows (a person's by
 * default too, as rs_org_key()'s note says).
 */

/* Key k (folded) with a blank for each hyphen between two letters, into out; its length,
 * or 0 when it has none. */
static size_t
unhyphened(const char *k, char *out, size_t cap)
{
	size_t i, n = strlen(k);
	bool any = false;

	if (n >= cap)
		return 0;
	for (i = 0; i < n; i++) {
		out[i] = k[i];
		if (k[i] == '-' && i > 0 && i + 1 < n && k[i - 1] != ' ' && k[i + 1] != ' ' &&
		    k[i - 1] != '-' && k[i + 1] != '-') {
			out[i] = ' ';
			any = true;
		}
	}
	out[n] = '\0';
	return any ? n : 0;
}

/* A key and its mentions: those of organisations, and all of PERSON, ORG, PLACE and
 * unknown; the key written with a blank for its hyphens, if that is a name of
 * organisations too (UINT32_MAX: none). */
struct key_count {
	uint32_t key, org, all, spaced;
};

static bool
named(const struct rm *m)
{
	return m->type == ENT_ORG || m->type == ENT_PERSON || m->type == ENT_PLACE ||
	       m->type == CAND_UNKNOWN;
}

void
rs_hyphen_orgs(struct resolver *r)
{
	struct imap at, to;
	struct key_count *kc = NULL;
	size_t nk = 0, cap = 0, i, pairs = 0;
	char buf[512];
	long x, y;

	/* the names of organisations (a quarter of the mentions), then, if some have a
	 * hyphen and a partner, all the mentions of those */
	rs_imap_init(&at, 256);
	for (i = 0; i < r->n; i++) {
		if (r->m[i].type != ENT_ORG)
			continue;
		if ((x = rs_imap_get(&at, r->m[i].key)) < 0) {
			xgrow((void **)&kc, &cap, nk + 1, sizeof *kc);
			kc[nk] = (struct key_count){ r->m[i].key, 0, 0, UINT32_MAX };
			rs_imap_put(&at, r->m[i].key, (uint32_t)nk);
			x = (long)nk++;
		}
		kc[x].org++;
	}
	for (i = 0; i < nk; i++)
		if (strchr(rs_str(r, kc[i].key), '-') &&
		    unhyphened(rs_str(r, kc[i].key), buf, sizeof buf) &&
		    (kc[i].spaced = rs_find_key(r, buf)) != UINT32_MAX &&
		    rs_imap_get(&at, kc[i].spaced) >= 0)
			pairs++;
		else
			kc[i].spaced = UINT32_MAX;
	for (i = 0; pairs && i < r->n; i++)
		if (named(&r->m[i]) && (x = rs_imap_get(&at, r->m[i].key)) >= 0)
			kc[x].all++;
	rs_imap_init(&to, 16);
	for (i = 0; i < nk; i++) {
		uint32_t from, lead;

		/* both names mostly of organisations */
		if (kc[i].spaced == UINT32_MAX || 2 * kc[i].org <= kc[i].all ||
		    (y = rs_imap_get(&at, kc[i].spaced)) < 0 || 2 * kc[y].org <= kc[y].all)
			continue;
		lead = kc[i].all > kc[y].all ||
		       (kc[i].all == kc[y].all &&
			strcmp(rs_str(r, kc[i].key), rs_str(r, kc[y].key)) < 0) ? kc[i].key
										   : kc[y].key;
		from = lead == kc[y].key ? kc[i].key : kc[y].key;
		rs_imap_put(&to, from, lead);
	}
	for (i = 0; to.n && i < r->n; i++) {
		struct rm *m = &r->m[i];
		int hops = 0;

		if (!named(m))
			continue;
		/* ("a-b-c" led by "a b c", itself led by "a-b c") */
		while (hops++ < 4 && (x = rs_imap_get(&to, m->key)) >= 0)
			m->key = (uint32_t)x;
		if (hops > 1)
			m->nw = rs_nwords(rs_str(r, m->key));
	}
	rs_imap_free(&to);
	rs_imap_free(&at);
	free(kc);
}
