/* resolve_generic.c -- generic institutions ("Supreme Court", "Congress"): one body per country, in its article and across the corpus. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* Is word w[0..n) a word of generic institution names, that every country or body has
 * ("Supreme", "Court", "National", "Assembly", "Socialist", "Party", "Imperial", "Task
 * Force", "Advisory Council"), armed services ("Air Force", "Coast Guard", "Marine Corps",
 * "Special Operations Forces") and parties ("Democratic Alliance", "Center Party")? */
static int
generic_word(const char *w, size_t n)
{
	static const char *const word[] = {
		"supreme", "constitutional", "national", "federal", "high", "central", "state",
		"general", "people's", "peoples", "popular", "grand", "upper", "lower", "new",
		"foreign", "defence", "defense", "interior", "justice", "finance", "health",
		"education", "economy", "labour", "labor", "trade", "agriculture", "energy",
		"environment", "culture", "transport", "home", "public", "prosecutor's",
		"prosecutor", "electoral", "election", "legislative", "administrative",
		"military", "security", "intelligence", "appeals", "appeal", "district",
		"regional", "provincial", "municipal", "city", "socialist", "liberal",
		"conservative", "democratic", "republican", "communist", "green", "greens",
		"progressive", "christian", "social", "workers", "workers'", "united",
		"independent", "reform", "freedom", "patriotic", "court", "courts",
		"assembly", "congress", "parliament", "senate", "council", "cabinet",
		"government", "ministry", "party", "front", "commission", "committee",
		"chamber", "house", "bank", "police", "army", "navy", "office", "tribunal",
		"of", "for", "the", "and", "affairs", "deputies", "representatives",
		"ministers", "imperial", "task", "force", "presidential", "delegation",
		"advisory", "air", "naval", "coast", "guard", "guards", "marine", "marines",
		"corps", "armed", "forces", "land", "ground", "special", "operations", "border",
		"liberation", "alliance", "movement", "progress", "center",
		"centre", "broad", "directorate", "union", "coalition", "rally", "unity",
		"democracy", "solidarity", "development", "renewal", "territorial", "gendarmerie",
		"republic", "provisional", "interim", "transitional", "president", "prime",
		"minister",
		/* a town's or a county's: "High School", "Commercial Club", "Circuit Court",
		 * "First National Bank", "Chamber of Commerce", "Baptist Church", "Sunday
		 * School" */
		"county", "town", "township", "village", "parish", "local", "community",
		"civic", "commercial", "commerce", "business", "merchants", "farmers",
		"citizens", "women's", "club", "school", "schools", "normal", "primary",
		"elementary", "junior", "senior", "college", "library", "hospital", "medical",
		"memorial", "baptist", "methodist", "presbyterian", "church", "circuit",
		"superior", "probate", "chancery", "juvenile", "fair", "association", "board",
		"fire", "first", "trust", "savings", "water", "works", "sunday",
		/* a county's prosecutor and sheriff: "the District Attorney's Office" of five
		 * offices' releases was one row */
		"attorney", "attorney's", "attorney\xe2\x80\x99s", "attorneys", "sheriff",
		"sheriff's", "sheriff\xe2\x80\x99s", "state's", "state\xe2\x80\x99s",
		/* a country's bodies by their own names and the words that recur in its
		 * parties': "Corte Suprema de Justicia", "Cour de Cassation", "Tribunal
		 * Constitucional", "Social Democrats", "Homeland Movement", "Action Party" */
		"cassation", "constituent", "democrat", "democrats", "action", "homeland", "change",
		"corte", "cour", "suprema", "supremo", "suprême", "superieur", "supérieur",
		"constitucional", "constitutionnelle", "constitutionelle", "constitutionnel",
		"costituzionale", "nacional", "nationale", "nazionale", "federale", "fédéral",
		"justicia", "justiça", "cassazione", "casación", "casacion", "comptes",
		"cuentas", "conseil", "consejo", "conselho", "haute", "alta",
		"de", "di", "des", "du", "la", "le", "del", "da", "do", "dei", "della",
	};
	size_t k;

	for (k = 0; k < sizeof word / sizeof word[0]; k++)
		if ((word[k][0] == w[0] || word[k][0] == w[0] + ('a' - 'A')) &&
		    strncasecmp(word[k], w, n) == 0 && word[k][n] == '\0')
			return 1;
	return 0;
}

/* Is the surface made only of generic words (and so names a body of any country)? */
static int
generic_name(const char *s)
{
	return rs_generic_name(s);
}

int
rs_generic_name(const char *s)
{
	size_t n;

	/* "Democrats" alone is a party the lists know (the Democratic Party), not a word */
	if (strcasecmp(s, "democrats") == 0 || strcasecmp(s, "democrat") == 0)
		return 0;
	while (*s) {
		n = strcspn(s, " ");
		if (!generic_word(s, n))
			return 0;
		s += n;
		s += *s == ' ';
	}
	return 1;
}

/* The place a generic name is "of" ("Supreme Court of Brazil"): writes the folded
 * canonical name of the place to out and returns its length, or 0. */
static size_t
of_place(const char *s, char *out, size_t cap)
{
	char head[256], fold[4 * 64 + 8];
	const char *of = strstr(s, " of "), *t;
	const struct gz_entry *g;
	size_t n;

	if (!of || (size_t)(of - s) >= sizeof head)
		return 0;
	memcpy(head, s, (size_t)(of - s));
	head[of - s] = '\0';
	t = of + 4;
	if (!generic_name(head) || strlen(t) > 64)
		return 0;
	n = ex_fold(t, strlen(t), fold, sizeof fold);
	g = gaz_find(fold, n);
	/* (not "of" a people: "the Democratic Party of Albanians" is no party of Albania) */
	if (!g || g->place < 0 || !gaz_canon(g->place) ||
	    ((g->word & GZ_DEMONYM) && !(g->word & (GZ_COUNTRY | GZ_REGION | GZ_CITY | GZ_CAPITAL))))
		return 0;
	t = gaz_canon(g->place);
	n = ex_fold(t, strlen(t), out, cap);
	return n < cap ? n : 0;
}

/* of_place() of mention m's surface, whose absence is cached per interned surface in seen
 * (key 1 << 32 | surface: 1, none; 2, one, made again): most organisations have no "of"
 * place, and their names were read and tested again in every article. */
static size_t
of_place_of(const struct resolver *r, struct imap *seen, const struct rm *m, char *out,
	    size_t cap)
{
	uint32_t *known = rs_imap_ref(seen, (uint64_t)1 << 32 | rs_at(r, m)->surf, 0);
	size_t n;

	if (*known == 1)
		return 0;
	n = of_place(rs_str(r, rs_at(r, m)->surf), out, cap);
	*known = n ? 2 : 1;
	return n;
}

/* Is mention m a generic institution right after a place in the possessive ("Brazil's
 * Supreme Court") or right after a US state ("the Kansas House of Representatives",
 * written as a place and a body; "Sweden Democrats" is a party's own name)? Returns the
 * index of the place or (size_t)-1. */
static size_t
qualifier(const struct resolver *r, struct imap *seen, size_t f, size_t i)
{
	const struct rm *p;

	if (i == f)
		return (size_t)-1;
	p = &r->m[i - 1];
	if (p->type == ENT_PLACE && ((p->link & LK_POSS) ||
	    (p->canon >= 0 && rs_at(r, p)->end + 1 == rs_at(r, &r->m[i])->start &&
	     rs_us_state(seen, p->canon))))
		return i - 1;
	return (size_t)-1;
}

bool
rs_country_key(const char *k, size_t n)
{
	const struct gz_entry *g = gaz_find(k, n);

	return g && ((g->word | g->acr) & GZ_COUNTRY);
}

/* Is the generic key k (folded, "supreme court") a body a country has one of (its
 * legislature, its highest courts, its government and ministries, its central bank, a
 * party, its armed services and police), not one of
 * its many task forces, councils or offices, nor a state's, a city's or an empire's? */
bool
rs_national_body(const char *k)
{
	static const char *const not[] = {
		"imperial", "state", "provincial", "municipal", "city", "district", "regional",
		"task", "advisory", "foreign", "home", "county", "town", "township", "village",
		"parish", "local", "community",
	};
	static const char *const last[] = {
		"congress", "parliament", "senate", "party", "government", "representatives",
		"assembly", "cabinet", "forces", "guard", "corps", "army", "navy", "police",
		"gendarmerie",
		"republic",	/* "... of the Republic": the article's country's */
	};
	static const char *const two[] = {
		"supreme court", "constitutional court", "high court", "central bank", "air force",
		"national security council", "office of the president",
		"office of the prime minister",
	};
	enum { FOREIGN = 9, HOME = 10 };	/* (their places in not[]) */
	const char *w = strrchr(k, ' ') ? strrchr(k, ' ') + 1 : k, *p;
	size_t i, n, kl = strlen(k);
	bool minister = w != k && strcmp(w, "ministry") == 0;

	for (p = k; *p; p += *p == ' ') {
		n = strcspn(p, " ");
		for (i = 0; i < sizeof not / sizeof *not; i++)
			if (not[i][0] == p[0] && strncmp(not[i], p, n) == 0 && not[i][n] == '\0' &&
			    !(minister && (i == FOREIGN || i == HOME)))
				return false;
		p += n;
	}
	if (minister)	/* a country's ministries ("the Foreign Ministry said") */
		return true;
	/* "a Democratic Congress", "the Republican Senate": a majority, not a body */
	if ((strstr(k, "democratic ") || strstr(k, "republican ")) &&
	    (!strcmp(w, "congress") || !strcmp(w, "senate") || !strcmp(w, "parliament") ||
	     !strcmp(w, "assembly")))
		return false;
	for (i = 0; i < sizeof last / sizeof *last; i++)
		if (strcmp(w, last[i]) == 0)
			return true;
	for (i = 0; i < sizeof two / sizeof *two; i++) {
		n = strlen(two[i]);
		if (kl >= n && strcmp(k + kl - n, two[i]) == 0 && (kl == n || k[kl - n - 1] == ' '))
			return true;
	}
	return false;
}

/* Generic institutions are distinct per country: "Supreme Court" in five countries is five
 * bodies. A possessive place qualifies one ("Brazil's Supreme Court": key "brazil supreme
 * court", the same in every article); an unqualified one is the body the article qualified
 * (if it qualified just one), else, for a body a country has one of (rs_national_body()),
 * that of the country the article names most (the "Congress" of 190 American speeches is
 * one), else a body of this article only. */
/* generic_name of mention m's surface, cached per interned surface in seen (1 + answer). */
static int
generic_surface(const struct resolver *r, struct imap *seen, const struct rm *m)
{
	long v = rs_imap_get(seen, rs_at(r, m)->surf);
	int g;

	if (v >= 0)
		return (int)v - 1;
	g = generic_name(rs_str(r, rs_at(r, m)->surf));
	rs_imap_put(seen, rs_at(r, m)->surf, (uint32_t)g + 1);
	return g;
}

/* Is mention m a party's members' word that the name lists gave a party of one country
 * ("Democrats", "Republicans", "Labour", "Conservatives": the US and UK parties)? Every
 * country has its own: it goes as the party's generic name does, by the article's country
 * (a party's own name, "GOP", "Tories", stays that party). */
static int
party_word(const struct resolver *r, const struct rm *m)
{
	const char *s = rs_str(r, rs_at(r, m)->surf), *k = rs_str(r, m->key);
	size_t n = strlen(k), l = strlen(s);

	/* plural, or the party's own first word ("Labour"): "a Democrat" may be an outlet's
	 * name ("the Watauga Democrat") */
	return n > 6 && strcmp(k + n - 6, " party") == 0 && !strchr(s, ' ') && l >= 5 &&
	       (s[l - 1] == 's' || l == strcspn(k, " ")) && strncasecmp(s, k, 5) == 0 &&
	       generic_name(k);
}

/* Does article [f, e) name its home country (key home) more often than all the towns
 * and regions it names? Party words go by a foreign home only then: an American article
 * on crime from Mexico still names more American towns and states than Mexico. */
static bool
home_holds(const struct resolver *r, struct imap *seen, size_t f, size_t e, uint32_t home)
{
	size_t i, h = 0, other = 0;

	for (i = f; i < e; i++) {
		if (r->m[i].type != ENT_PLACE)
			continue;
		if (r->m[i].key == home)
			h++;
		else if (r->m[i].canon < 0 || !rs_country_canon(seen, r->m[i].canon))
			other++;
	}
	return h > other;
}

/* Is generic key k a body a US state has one of too (its legislature, its highest
 * court)? */
static bool
state_body(const char *k)
{
	const char *w = strrchr(k, ' ') ? strrchr(k, ' ') + 1 : k;
	size_t n = strlen(k);

	return rs_national_body(k) && (!strcmp(w, "assembly") || !strcmp(w, "senate") ||
				    !strcmp(w, "representatives") ||
				    (n >= 13 && !strcmp(k + n - 13, "supreme court")));
}

/* Does article [f, e) name the body base of a country ("the United States Supreme
 * Court", "the General Assembly of the United Nations") or the body that the name lists
 * gave the bare name to (the "United Nations" of its "General Assembly"), other than at
 * mention i? */
static bool
names_wider(const struct resolver *r, struct imap *seen, size_t f, size_t e, size_t i,
	    const char *base)
{
	const char *k = rs_str(r, r->m[i].key), *o;
	size_t j, bl = strlen(base), ol, kl = strlen(k);

	for (j = f; j < e; j++) {
		if (j == i || r->m[j].type != ENT_ORG)
			continue;
		o = rs_str(r, r->m[j].key);
		ol = strlen(o);
		if (r->m[j].key == r->m[i].key && !generic_surface(r, seen, &r->m[j]))
			return true;
		if (ol < kl && strncmp(k, o, ol) == 0 && k[ol] == ' ')
			return true;	/* "united nations" of "united nations general assembly" */
		if (ol > bl + 4 && strncmp(o, base, bl) == 0 && strncmp(o + bl, " of ", 4) == 0)
			return true;	/* "general assembly of the united nations" */
		if (ol > bl + 1 && strcmp(o + ol - bl, base) == 0 && o[ol - bl - 1] == ' ' &&
		    rs_country_key(o, ol - bl - 1))
			return true;
	}
	return false;
}

/* Is mention i an unqualified body of a US state in an article at home in one (state:
 * home_state(), asked once)? "the General Assembly", "the Supreme Court", "the State
 * Senate" there are the state's, not the United Nations' nor the nation's, unless the
 * article names those; the key "STATE NAME", or for a bare name "STATE\x04NAME", which
 * rs_generic_corpus() gives the nation when the corpus does (dominant_key()). */
static bool
state_bare(struct resolver *r, struct imap *seen, size_t f, size_t e, size_t i,
	   uint32_t *state)
{
	struct rm *m = &r->m[i];
	const char *k = rs_str(r, m->key), *s = rs_str(r, rs_at(r, m)->surf);
	char base[256], buf[512];
	size_t bn;
	int n, mark = '\x04';

	if (!generic_surface(r, seen, m) || strpbrk(k, "\x01\x02\x03\x04"))
		return false;
	if (!generic_name(k)) {	/* a listed body: "General Assembly" */
		bn = ex_fold(s, strlen(s), base, sizeof base - 1);
		base[bn < sizeof base ? bn : 0] = '\0';
	}
	else if (strncmp(k, "state ", 6) == 0 && generic_name(k + 6))
		bn = (size_t)snprintf(base, sizeof base, "%s", k + 6), mark = ' ';
	else
		bn = (size_t)snprintf(base, sizeof base, "%s", k);
	if (!bn || bn >= sizeof base || !state_body(base))
		return false;
	if (*state == UINT32_MAX - 1)
		*state = rs_home_state(r, seen, f, e);
	if (*state == UINT32_MAX || names_wider(r, seen, f, e, i, base))
		return false;
	rs_intern_key(r, base, bn);	/* rs_generic_corpus() finds the body by it */
	n = snprintf(buf, sizeof buf, "%s%c%s", rs_str(r, *state), mark, base);
	if (n <= 0 || (size_t)n >= sizeof buf)
		return false;
	m->key = rs_intern_key(r, buf, (size_t)n);
	m->canon = -1;	/* no longer the listed body */
	return true;
}

/* "Christian Democratic Union (CDU)", "AKP (Justice and Development Party)": a body of
 * generic words bracketed with an acronym the name lists give one party or body names
 * that body wherever the article names it so, not the country's or the article's body of
 * that name (a row apart from the acronym's, both called "Christian Democratic Union").
 * Each such name's key goes to the acronym's in [f, e); fixed has the acronyms' keys. */
static void
acronym_defined(struct resolver *r, struct imap *seen, size_t f, size_t e, struct imap *fixed)
{
	struct imap def = { NULL, 0, 0 };
	size_t i;
	long v;

	for (i = f; i + 1 < e; i++) {
		struct rm *p = &r->m[i], *q = &r->m[i + 1], *name = p, *acr = q;

		if (!(p->link & LK_BRACKET) || p->type != ENT_ORG || q->type != ENT_ORG)
			continue;
		if (!def.s) {	/* (most articles have no such pair: no map for them) */
			rs_imap_init(&def, 8);
			rs_imap_init(fixed, 8);
		}
		if (!generic_surface(r, seen, p)) {
			name = q;
			acr = p;
		}
		if (generic_surface(r, seen, name) && !generic_surface(r, seen, acr) &&
		    acr->canon >= 0 && rs_acronym_of(r, name, acr) && rs_imap_get(&def, name->key) < 0)
			rs_imap_put(&def, name->key, acr->key);
	}
	for (i = f; def.n > 0 && i < e; i++)
		if (r->m[i].type == ENT_ORG && (v = rs_imap_get(&def, r->m[i].key)) >= 0) {
			r->m[i].key = (uint32_t)v;
			rs_imap_put(fixed, (uint32_t)v, 1);
		}
	if (def.s)
		rs_imap_free(&def);
}

void
rs_generic_orgs(struct resolver *r, struct imap *seen, size_t f, size_t e, size_t art)
{
	struct imap q;	/* generic key -> its qualified key here (UINT32_MAX: several) */
	struct imap bare;	/* generic keys met bare so far */
	struct imap plain;	/* generic keys met so far with no place to qualify them */
	struct imap apart;	/* generic keys met bare, then qualified: the bare ones are no
				 * body of the places qualifying them by the article's say */
	struct imap fixed = { NULL, 0, 0 };	/* the keys of acronyms that named a body here
						   (allocated only then) */
	uint32_t home = UINT32_MAX - 1;	/* rs_home_country(), once asked */
	uint32_t chome = UINT32_MAX - 1;	/* the same, asked for a country's body */
	uint32_t state = UINT32_MAX - 1;	/* home_state(), once asked */
	bool tie = false, was_plain;
	char buf[512];
	size_t i, p;
	long v;
	int n;

	rs_imap_init(&q, 8);
	rs_imap_init(&bare, 8);
	rs_imap_init(&plain, 8);
	rs_imap_init(&apart, 8);
	acronym_defined(r, seen, f, e, &fixed);
	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];
		char place[256];
		size_t pn;
		uint32_t k;

		if (m->type != ENT_ORG || (fixed.n && rs_imap_get(&fixed, m->key) >= 0))
			continue;
		m->key = rs_listed_body(r, seen, f, e, i);
		/* "The U.S. Supreme Court ... the Supreme Court": the article's bare name
		 * is the one it first named with its country, as after a possessive, when
		 * the article is at home in no other country (an address to "Congress"
		 * naming the "Mexican Congress" is not) */
		if ((k = rs_country_body(r, seen, m->key)) != UINT32_MAX) {
			v = rs_imap_get(&q, k);
			if (rs_imap_get(&bare, k) < 0 && rs_country_home(r, seen, f, e, m->key, &chome))
				rs_imap_put(&q, k, v < 0 || v == m->key ? m->key : UINT32_MAX);
			continue;
		}
		if (generic_surface(r, seen, m))
			rs_imap_put(&bare, m->key, 1);
		if ((pn = of_place_of(r, seen, m, place, sizeof place)) != 0) {
			/* "Supreme Court of Brazil" is "Brazil's Supreme Court" */
			const char *of = strstr(rs_str(r, m->key), " of ");

			if (!of)
				continue;
			n = snprintf(buf, sizeof buf, "%.*s %.*s", (int)pn, place,
				     (int)(of - rs_str(r, m->key)), rs_str(r, m->key));
			if (n > 0 && (size_t)n < sizeof buf)
				m->key = rs_intern_key(r, buf, (size_t)n);
			continue;
		}
		if (!generic_surface(r, seen, m))
			continue;
		if ((p = qualifier(r, seen, f, i)) == (size_t)-1) {
			rs_imap_put(&plain, m->key, 1);
			continue;
		}
		n = snprintf(buf, sizeof buf, "%s %s", rs_str(r, r->m[p].key), rs_str(r, m->key));
		if (n < 0 || (size_t)n >= sizeof buf)
			continue;
		k = rs_intern_key(r, buf, (size_t)n);
		/* the bare name is the one the article qualified, unless it wrote it bare
		 * first: "In Washington, the Supreme Court ruled ... India's Supreme Court,
		 * meanwhile" names two courts (its home country's first) */
		v = rs_imap_get(&q, m->key);
		was_plain = rs_imap_get(&plain, m->key) >= 0;
		if (was_plain)
			rs_imap_put(&apart, m->key, 1);
		rs_imap_put(&q, m->key, (v < 0 && !was_plain) || v == k ? k : UINT32_MAX);
		m->key = k;
	}
	rs_wider_bodies(r, seen, f, e, &q);
	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];

		if (m->type == ENT_ORG && fixed.n && rs_imap_get(&fixed, m->key) >= 0)
			continue;
		if (m->type == ENT_ORG && qualifier(r, seen, f, i) == (size_t)-1 &&
		    rs_imap_get(&q, m->key) < 0 && state_bare(r, seen, f, e, i, &state))
			continue;
		/* (a generic surface the name lists gave one body, "Security Council": the
		 * United Nations', stays that body) */
		if (m->type != ENT_ORG || (!generic_surface(r, seen, m) && !party_word(r, m)) ||
		    qualifier(r, seen, f, i) != (size_t)-1 || !generic_name(rs_str(r, m->key)))
			continue;
		if (!generic_surface(r, seen, m)) {	/* a party word */
			if (home == UINT32_MAX - 1)
				home = rs_home_country(r, seen, f, e, &tie);
			if (home == UINT32_MAX || !home_holds(r, seen, f, e, home))
				continue;
		}
		if ((v = rs_imap_get(&q, m->key)) >= 0 && v != UINT32_MAX) {
			m->key = (uint32_t)v;
			continue;
		}
		if (home == UINT32_MAX - 1 && rs_national_body(rs_str(r, m->key)))
			home = rs_home_country(r, seen, f, e, &tie);
		/* Marked for rs_generic_corpus(): \x03, the country named most, then the name;
		 * \x02, countries named, none most; \x01, none named or not a national body;
		 * \x05, the article's own, written bare before it named another country's. */
		if (home != UINT32_MAX && home != UINT32_MAX - 1 && rs_national_body(rs_str(r, m->key)))
			n = snprintf(buf, sizeof buf, "%s\x03%s", rs_str(r, home), rs_str(r, m->key));
		else if (rs_imap_get(&apart, m->key) >= 0)
			n = snprintf(buf, sizeof buf, "%s\x05%zu", rs_str(r, m->key), art);
		else
			n = snprintf(buf, sizeof buf, "%s%c%zu", rs_str(r, m->key),
				     tie ? '\x02' : '\x01', art);
		if (n > 0 && (size_t)n < sizeof buf)
			m->key = rs_intern_key(r, buf, (size_t)n);
	}
	rs_imap_free(&q);
	rs_imap_free(&bare);
	rs_imap_free(&plain);
	rs_imap_free(&apart);
	if (fixed.s)
		rs_imap_free(&fixed);
}

/* The offset of the interned key s, or UINT32_MAX when no mention has it. */
static uint32_t
key_of(const struct resolver *r, const char *s)
{
	size_t i = rs_smap_slot_h(&r->strs, r, 2, s, rs_smap_hash(2, s));

	return r->strs.s[i].key;
}

/* Does article a name the country whose key is q[0, n)? */
static bool
names_country(const struct resolver *r, uint32_t a, const char *q, size_t n)
{
	size_t i;

	for (i = r->first[a]; i < r->first[a + 1]; i++)
		if (r->m[i].type == ENT_PLACE && strncmp(rs_str(r, r->m[i].key), q, n) == 0 &&
		    rs_str(r, r->m[i].key)[n] == '\0')
			return true;
	return false;
}

/* A generic key of rs_generic_orgs(), taken apart: the body's name (base, interned), the
 * mark (\x01, \x02, \x03; 0 for a key written "COUNTRY NAME" in the text) and for \x03
 * the country (k[0, cn)). False for other keys. */
struct gen_key {
	uint32_t base;
	char mark;
	size_t cn;
};

static bool
gen_key(struct resolver *r, uint32_t key, struct gen_key *g)
{
	const char *k = rs_str(r, key), *x = k + strcspn(k, "\x01\x02\x03\x04"), *sp;
	uint32_t b;

	g->mark = *x;
	g->cn = 0;
	if (*x == '\x03' || *x == '\x04') {
		g->cn = (size_t)(x - k);
		g->base = key_of(r, x + 1);
		return g->base != UINT32_MAX;
	}
	if (*x) {
		/* copied first: interning may move the arena k points into */
		char buf[512];

		if ((size_t)(x - k) >= sizeof buf)
			return false;
		memcpy(buf, k, (size_t)(x - k));
		g->base = rs_intern_key(r, buf, (size_t)(x - k));
		return true;
	}
	for (sp = strchr(k, ' '); sp; sp = strchr(sp + 1, ' '))
		if ((b = key_of(r, sp + 1)) != UINT32_MAX && rs_national_body(sp + 1) &&
		    rs_country_key(k, (size_t)(sp - k))) {
			g->base = b;
			g->cn = (size_t)(sp - k);
			return true;
		}
	return false;
}

/* gen_key() remembered per key in memo (1 + the base, or 0: no generic key): most of the
 * corpus's organisation mentions share their keys, and each was taken apart again. */
static bool
gen_key_memo(struct resolver *r, uint32_t key, struct gen_key *g, struct imap *memo)
{
	long v = rs_imap_get(memo, key);

	if (v == 0)
		return false;
	if (v > 0 && !strpbrk(rs_str(r, key), "\x01\x02\x03\x04")) {
		g->mark = 0;
		g->base = (uint32_t)(v - 1);
		return true;
	}
	if (!gen_key(r, key, g)) {
		rs_imap_put(memo, key, 0);
		return false;
	}
	if (!g->mark)
		rs_imap_put(memo, key, g->base + 1);
	return true;
}

/* The key "COUNTRY NAME" of a \x03 key (interned). */
static uint32_t
plain_key(struct resolver *r, uint32_t key)
{
	char buf[512];
	const char *k = rs_str(r, key);
	size_t n = strlen(k), i;

	if (n >= sizeof buf)
		return key;
	for (i = 0; i <= n; i++)
		buf[i] = k[i] == '\x03' || k[i] == '\x04' ? ' ' : k[i];
	return rs_intern_key(r, buf, n);
}

/* The key "COUNTRY NAME" of national body base in country home (interned). */
static uint32_t
home_key(struct resolver *r, uint32_t home, uint32_t base)
{
	char buf[512];
	int n = snprintf(buf, sizeof buf, "%s %s", rs_str(r, home), rs_str(r, base));

	return n > 0 && (size_t)n < sizeof buf ? rs_intern_key(r, buf, (size_t)n) : base;
}

/* Per national body (base key): its keys qualified by a country, the articles of each
 * (counted once: last), the best of them and all. */
struct bodies {
	struct imap pair;	/* base << 32 | plain key -> articles */
	struct imap last;	/* the same -> 1 + the last article counted */
	struct imap best, most, total;	/* base -> its best key, its articles, all */
};

static void
count_bodies(struct resolver *r, struct bodies *c)
{
	struct gen_key g;
	size_t i;
	struct imap memo;

	rs_imap_init(&memo, 64);
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];
		uint64_t pk;
		uint32_t *last, key;

		if (m->type != ENT_ORG || !gen_key_memo(r, m->key, &g, &memo) ||
		    (g.mark && g.mark != '\x03'))
			continue;
		key = g.mark ? plain_key(r, m->key) : m->key;
		pk = (uint64_t)g.base << 32 | key;
		last = rs_imap_ref(&c->last, pk, 0);
		if (*last != m->art + 1) {
			*last = m->art + 1;
			(*rs_imap_ref(&c->pair, pk, 0))++;
		}
	}
	rs_imap_free(&memo);
	for (i = 0; i < c->pair.cap; i++) {
		uint64_t pk = c->pair.s[i].key - 1;
		uint32_t b = (uint32_t)(pk >> 32), n = c->pair.s[i].val;

		if (!c->pair.s[i].key)
			continue;
		*rs_imap_ref(&c->total, b, 0) += n;
		if (n > *rs_imap_ref(&c->most, b, 0)) {
			rs_imap_put(&c->most, b, n);
			rs_imap_put(&c->best, b, (uint32_t)pk);
		}
	}
}

/* The key the corpus gives national body base, when one country has it in 3 articles or
 * more and 2 of 3 of those that say or imply a country (3 of 4 left the milestones'
 * "Congress", 46 of 62 essays, in 14 rows); else UINT32_MAX. */
static uint32_t
dominant_key(const struct bodies *c, uint32_t base)
{
	long v = rs_imap_get(&c->best, base);
	uint32_t n = v < 0 ? 0 : (uint32_t)rs_imap_get(&c->most, base);

	return n >= 3 && (uint64_t)n * 3 >= (uint64_t)rs_imap_get(&c->total, base) * 2
	       ? (uint32_t)v : UINT32_MAX;
}

/* The bodies whose generic name is also a name of its own in the corpus ("Democrats",
 * the Democratic Party by the name lists, never split by country): their best key ->
 * that name, into plain (initialised here), for the bodies of one country. */
static void
plain_names(const struct resolver *r, struct bodies *c, struct imap *plain)
{
	size_t i;
	uint32_t v;

	rs_imap_init(plain, 16);
	for (i = 0; i < r->n; i++)
		if (r->m[i].type == ENT_ORG &&
		    (v = dominant_key(c, r->m[i].key)) != UINT32_MAX)
			rs_imap_put(plain, v, r->m[i].key);
}

/* The corpus's own country: the one that two in three of its articles name at least, and
 * three times as many as any other (the United States of the White House's texts; not of
 * the Factbook, whose entries name it in 59%, the United Kingdom in 52%), else
 * UINT32_MAX. */
static uint32_t
corpus_home(const struct resolver *r)
{
	struct imap seen, last, arts;	/* canon cache; key -> last article + 1, articles */
	uint32_t best, most, next;
	size_t i;

	rs_imap_init(&seen, 64);
	rs_imap_init(&last, 64);
	rs_imap_init(&arts, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t *l;

		if (m->type != ENT_PLACE || m->canon < 0 || !rs_country_canon(&seen, m->canon))
			continue;
		l = rs_imap_ref(&last, m->key, 0);
		if (*l != m->art + 1) {
			*l = m->art + 1;
			(*rs_imap_ref(&arts, m->key, 0))++;
		}
	}
	best = rs_top_two(&arts, &most, &next);
	rs_imap_free(&seen);
	rs_imap_free(&last);
	rs_imap_free(&arts);
	return r->narts >= 4 && (size_t)most * 3 >= r->narts * 2 && most >= next * 3 ?
	       best : UINT32_MAX;
}

void
rs_generic_corpus(struct resolver *r)
{
	struct bodies c;
	struct imap plain;	/* a best key -> its base, when the base is a name of its own */
	struct gen_key g;
	uint32_t home = UINT32_MAX - 1;	/* corpus_home(), once asked */
	size_t i;
	long v;

	rs_imap_init(&c.pair, 64);
	rs_imap_init(&c.last, 64);
	rs_imap_init(&c.best, 16);
	rs_imap_init(&c.most, 16);
	rs_imap_init(&c.total, 16);
	count_bodies(r, &c);
	plain_names(r, &c, &plain);
	/* A body the corpus gives one country (dominant_key()) is that country's in an
	 * article naming no country, or
	 * naming it, if not most ("Congress" in a speech on China is still the Congress of
	 * the speeches' United States); a body it gives none is the corpus's own country's
	 * (corpus_home()) alike (the White House's "National Security Council" in a
	 * statement on Sweden); else the country the article names most, else the
	 * article's own. */
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];
		uint32_t d;
		const char *best;

		if (m->type != ENT_ORG || !strpbrk(rs_str(r, m->key), "\x01\x02\x03\x04") ||
		    !gen_key(r, m->key, &g))
			continue;
		d = dominant_key(&c, g.base);
		best = d != UINT32_MAX ? rs_str(r, d) : NULL;
		if (best && (g.mark == '\x01' || g.mark == '\x04' ||
			     names_country(r, m->art, best, strlen(best) -
					   strlen(rs_str(r, g.base)) - 1)))
			m->key = rs_imap_get(&plain, d) >= 0 ? g.base : d;
		else if (!best && rs_national_body(rs_str(r, g.base)) &&
			 (home != UINT32_MAX - 1 || (home = corpus_home(r)) != UINT32_MAX) &&
			 home != UINT32_MAX && (g.mark == '\x01' || g.mark == '\x04' ||
			 (g.mark == '\x03' && names_country(r, m->art, rs_str(r, home),
							      strlen(rs_str(r, home))))))
			m->key = home_key(r, home, g.base);
		else if (g.mark == '\x03' || g.mark == '\x04')
			m->key = plain_key(r, m->key);
	}
	/* and the body written with that country ("the Democratic Party of the United
	 * States") is the one written without, when the corpus has that one too */
	for (i = 0; i < r->n; i++)
		if (r->m[i].type == ENT_ORG && (v = rs_imap_get(&plain, r->m[i].key)) >= 0)
			r->m[i].key = (uint32_t)v;
	rs_national_governments(r);
	rs_imap_free(&plain);
	rs_imap_free(&c.pair);
	rs_imap_free(&c.last);
	rs_imap_free(&c.best);
	rs_imap_free(&c.most);
	rs_imap_free(&c.total);
}
