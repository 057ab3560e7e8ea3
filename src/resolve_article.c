/* resolve_article.c -- rules of resolution within one article: acronyms, demonyms, places, organisation names, homonyms. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* Is name[i] the start of "of", "and" or "for", a word some acronyms spell too ("Bank of
 * Japan" -> BOJ, "Department of Defense" -> DOD)? */
static int
small_word(const char *name, size_t nlen, size_t i)
{
	static const char *const w[] = { "of", "and", "for" };
	size_t k, n;

	for (k = 0; k < sizeof w / sizeof *w; k++) {
		n = strlen(w[k]);
		if (i + n < nlen && memcmp(name + i, w[k], n) == 0 && name[i + n] == ' ')
			return 1;
	}
	return 0;
}

/* Are the capitals of acr (2-8 letters), in order, initials of name's capitalised words,
 * or of its "of", "and", "for" ("Data Protection Commission" -> DPC, "US Centers for
 * Disease Control" -> CDC, "Bank of Japan" -> BOJ)? */
static int
initials_match(const char *name, size_t nlen, const char *acr, size_t alen)
{
	size_t i, k = 0;

	if (alen < 2 || alen > 8)
		return 0;
	for (i = 0; i < nlen && k < alen; i++) {
		int start = i == 0 || name[i - 1] == ' ' || name[i - 1] == '-' ||
			    name[i - 1] == '/';	/* ("Classification/Declassification") */

		if (!start)
			continue;
		if (name[i] >= 'A' && name[i] <= 'Z' ? name[i] == acr[k] :
		    name[i] + 'A' - 'a' == acr[k] && small_word(name, nlen, i))
			k++;
	}
	return k == alen;
}

/* Listed acronym q is defined as the body of mention d of its article: kept for
 * rs_acronyms_corpus(), once an article. */
static void
redefined(struct resolver *r, const struct rm *q, size_t d)
{
	uint32_t surf = rs_at(r, q)->surf, *v, *arts;

	if (!r->redef.cap)
		rs_imap_init(&r->redef, 16);
	v = rs_imap_ref(&r->redef, surf, (uint32_t)d + 1);
	/* two bodies of one acronym: none; but one name within the other is one body
	 * ("Departmental Classification/Declassification Center", "Declassification
	 * Center": the first kept) */
	if (*v && r->m[*v - 1].key != r->m[d].key &&
	    !strstr(rs_str(r, r->m[*v - 1].key), rs_str(r, r->m[d].key)) &&
	    !strstr(rs_str(r, r->m[d].key), rs_str(r, r->m[*v - 1].key)))
		*v = 0;
	if (*v && *v - 1 != d && r->m[*v - 1].art == r->m[d].art)
		return;	/* (this article's again) */
	arts = rs_imap_ref(&r->redef, (uint64_t)1 << 32 | surf, 0);
	++*arts;
}

/* Is m written in 2-8 capitals ("NDP", "BIEN")? */
static int
capitals(const struct resolver *r, const struct rm *m)
{
	const char *s = rs_raw(r, m);
	uint32_t i, n = rs_len(r, m);

	if (n < 2 || n > 8)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	return 1;
}

/* Is m written as a word is, a capital and small letters only ("Real"), not as an
 * acronym ("REAL", "DoD", "SPÖ")? */
static int
title_word(const struct resolver *r, const struct rm *m)
{
	const char *s = rs_raw(r, m);
	uint32_t i, n = rs_len(r, m);

	for (i = 1; i < n; i++)
		if (!(s[i] >= 'a' && s[i] <= 'z'))
			return 0;
	return n >= 2 && s[0] >= 'A' && s[0] <= 'Z';
}

/* Is m a listed organisation's acronym written in capitals ("NDP", "AP")? */
static int
listed_acronym(const struct resolver *r, const struct rm *m)
{
	return m->type == ENT_ORG && m->canon >= 0 && capitals(r, m);
}

/* Is m one word, a person by default only or undecided: no title, office, given or
 * family name? */
static int
default_word(const struct rm *m)
{
	return (m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && m->ntok == 1 && m->nw == 1 &&
	       !(m->flags & (CF_TITLE | CF_GIVEN | CF_SURNAME | CF_FF)) &&
	       !(m->link & (LK_OFFICE | LK_COURTESY));
}

/* Is m an acronym that a firm's cue made an organisation of its own ("chairman of UCPB",
 * "agency EPAC"), none the lists know? */
static int
cued_acronym(const struct resolver *r, const struct rm *m)
{
	return m->type == ENT_ORG && m->canon < 0 && capitals(r, m);
}

/* The bit of an acronym map's value that says the acronym was written in capitals. */
#define ACR_CAPS (1u << 31)

/* Give m the organisation its acronym was defined as, if any (map: acronym key -> index
 * of the defining organisation mention, ACR_CAPS); a listed acronym too, where the article
 * defined it as another body ("National Democratic Party or NDP" is not Canada's New
 * Democratic Party there), and one a firm's cue made a body of its own ("chairman of
 * UCPB" after "United Coconut Planters Bank (UCPB)"). */
static void
acronym_use(struct resolver *r, const struct imap *map, struct rm *m)
{
	long o;

	if (!map->n ||
	    (m->type != CAND_UNKNOWN && !listed_acronym(r, m) && !default_word(m) &&
	     !cued_acronym(r, m)) ||
	    (o = rs_imap_get(map, m->key)) < 0)
		return;
	/* an acronym defined in capitals is used in capitals: "Republican Alternative
	 * Party or REAL" made a body of 21 "Real GDP" lines of its profile */
	if ((o & ACR_CAPS) && title_word(r, m))
		return;
	o &= ~(long)ACR_CAPS;
	m->type = ENT_ORG;
	m->key = r->m[o].key;
	m->nw = r->m[o].nw;
	m->canon = r->m[o].canon;
}

/* Is the mention pair (n, b) written "N (B)", the second in brackets right after the first?
 * (b is the mention after n in its article: extract.c linked them.) */
static int
bracketed(const struct rm *n, const struct rm *b)
{
	(void)b;
	return (n->link & LK_BRACKET) != 0;
}

/* Is mention a, an acronym bracketed next to organisation o, its acronym: its capitals are
 * initials of o's words, or o is a long name and a is 2-8 capitals (an acronym of another
 * language: "Federal Ministry for Economic Affairs and Climate Action (BMWK)")? */
int
rs_acronym_of(const struct resolver *r, const struct rm *o, const struct rm *a)
{
	return initials_match(rs_raw(r, o), rs_len(r, o), rs_raw(r, a), rs_len(r, a)) ||
	       (o->nw >= 3 && capitals(r, a));
}

/* A bracketed all-capitals word after an organisation, whose letters are its initials, is
 * its acronym even when a place has that name ("Tork Eork Pork Iork Commission (TEPIC)",
 * not the city of Tepic). */
static int
place_acronym(const struct resolver *r, const struct rm *a, const struct rm *o)
{
	const char *s = rs_raw(r, a);
	uint32_t i, n = rs_len(r, a);

	if (a->type != ENT_PLACE || (!bracketed(o, a) && !(o->link & LK_OR)))
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	return initials_match(rs_raw(r, o), rs_len(r, o), s, n);
}

/* "Data Protection Commission (DPC)" and "DPC (Data Protection Commission)": an acronym
 * bracketed after an organisation, or an organisation bracketed after its acronym, names
 * it there and wherever else the article uses it; the first definition of an acronym
 * wins. One pass records the definitions in a map (uses after a definition take it as
 * the pass reaches them, so they can define no other), a second gives the earlier uses
 * theirs: linear, where rewriting every use at each definition was quadratic (60,000
 * acronyms in one article: 12 s). */
void
rs_acronyms(struct resolver *r, size_t f, size_t e)
{
	struct imap map;
	struct imap defs = { NULL, 0, 0 };	/* a defined acronym's surface -> its body
						   (made when one is) */
	size_t i;

	if (e - f < 2)
		return;
	rs_imap_init(&map, 16);
	for (i = f; i + 1 < e; i++) {
		struct rm *p = &r->m[i], *q = &r->m[i + 1];

		acronym_use(r, &map, p);
		acronym_use(r, &map, q);
		if (!bracketed(p, q) && !(p->link & LK_OR))
			continue;

		/* a name defined with its acronym after "or" is a body's, never a person's:
		 * "Biju Janata Dal or BJD", "Fanmi Lavalas or FL" */
		if ((p->link & LK_OR) && (p->type == ENT_PERSON || p->type == CAND_UNKNOWN))
			p->type = ENT_ORG;
		if (p->type == ENT_ORG && place_acronym(r, q, p))
			q->type = CAND_UNKNOWN;
		/* a listed acronym that spells the organisation it is bracketed with, another
		 * body than the list's: "Free Democratic Party (FDP)" of Switzerland */
		if (p->type == ENT_ORG && listed_acronym(r, q) && p->key != q->key &&
		    initials_match(rs_raw(r, p), rs_len(r, p), rs_raw(r, q), rs_len(r, q))) {
			redefined(r, q, i);
			q->type = CAND_UNKNOWN;
		}
		if (p->type == ENT_ORG &&
		    ((q->type == CAND_UNKNOWN &&
		      (rs_acronym_of(r, p, q) || ((p->link & LK_OR) && capitals(r, q)))) ||
		     (default_word(q) && rs_syllable_acronym(r, p, q)))) {
			int caps = capitals(r, q);

			rs_imap_put(&map, q->key, (uint32_t)i | (caps ? ACR_CAPS : 0));
			/* (and the list's body of that acronym, used before: "a coalition of
			 * SNS, SNP ... Serbian People's Party or SNP") */
			if (caps) {
				if (!defs.s)
					rs_imap_init(&defs, 8);
				if (rs_imap_get(&defs, rs_at(r, q)->surf) < 0)
					rs_imap_put(&defs, rs_at(r, q)->surf, (uint32_t)i);
			}
			acronym_use(r, &map, q);
		} else if (q->type == ENT_ORG && (p->type == CAND_UNKNOWN || cued_acronym(r, p)) &&
			   rs_acronym_of(r, q, p)) {
			rs_imap_put(&map, p->key,
				    (uint32_t)(i + 1) | (capitals(r, p) ? ACR_CAPS : 0));
			acronym_use(r, &map, p);
		}
	}
	for (i = f; map.n > 0 && i < e; i++)
		acronym_use(r, &map, &r->m[i]);
	for (i = f; defs.n > 0 && i < e; i++) {
		struct rm *m = &r->m[i];
		long o;

		if (listed_acronym(r, m) && (o = rs_imap_get(&defs, rs_at(r, m)->surf)) >= 0 &&
		    m->key != r->m[o].key) {
			m->key = r->m[o].key;
			m->nw = r->m[o].nw;
			m->canon = r->m[o].canon;
		}
	}
	rs_imap_free(&map);
	if (defs.s)
		rs_imap_free(&defs);
}

/* Is mention m written with a demonym that also names other peoples ("Indians")? The
 * answer is cached per interned surface in seen (value 1 + answer). */
static int
ambiguous_demonym(const struct resolver *r, struct imap *seen, const struct rm *m)
{
	char buf[4 * 32 + 8];
	const struct gz_entry *g;
	size_t n;
	long v;
	int amb;

	if (m->type != ENT_PLACE || rs_len(r, m) > 32)
		return 0;
	if ((v = rs_imap_get(seen, rs_at(r, m)->surf)) >= 0)
		return (int)v - 1;
	n = ex_fold(rs_raw(r, m), rs_len(r, m), buf, sizeof buf);
	g = gaz_find(buf, n);
	amb = g && (g->word & GZ_AMB_DEMONYM);
	rs_imap_put(seen, rs_at(r, m)->surf, (uint32_t)amb + 1);
	return amb;
}

/* "Indians" is India's people only where the article also names India some other way
 * (or its capital);
 * in 19th-century American speeches it is not. Other such mentions are dropped, and so
 * are all of an article that writes the word for the other peoples ("Indian tribes",
 * "American Indians": the extraction's CF_LOWER), though it names India too ("the
 * mango from India"). */
void
rs_demonyms_in_place(struct resolver *r, struct imap *seen, size_t f, size_t e)
{
	size_t i, j;
	int16_t other = -1;	/* a place whose demonym names other peoples here */

	for (i = f; i < e && other < 0; i++)
		if ((r->m[i].flags & CF_LOWER) && r->m[i].canon >= 0 &&
		    ambiguous_demonym(r, seen, &r->m[i]))
			other = r->m[i].canon;
	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];

		if (!ambiguous_demonym(r, seen, m))
			continue;
		if (m->canon == other) {
			m->type = RM_DROP;
			continue;
		}
		/* (its capital names it too: "NEW DELHI - Indian Prime Minister ...") */
		for (j = f; j < e; j++)
			if (r->m[j].type == ENT_PLACE && r->m[j].canon >= 0 &&
			    ((r->m[j].canon == m->canon && !ambiguous_demonym(r, seen, &r->m[j])) ||
			     gaz_capital_country(r->m[j].canon) == m->canon))
				break;
		if (j == e)
			m->type = RM_DROP;
	}
}

/* A lone word that its article names a place twice or more, and no person of it in full,
 * is that place wherever no title or speech verb makes a person of it: the "Jordan" of
 * "the U.S. - Jordan FTA" in a text on the Hashemite Kingdom of Jordan is no Jim Jordan. */
void
rs_places_in_article(struct resolver *r, size_t f, size_t e)
{
	size_t i, j;

	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];
		int16_t canon = -1;
		int places = 0;

		const char *k = rs_str(r, m->key);
		const struct gz_entry *g;

		if ((m->type != ENT_PERSON && m->type != CAND_UNKNOWN) || m->ntok != 1 ||
		    m->nw != 1 || (m->flags & (CF_TITLE | CF_SPEECH)))
			continue;
		/* only a word the gazetteer knows as a place can be one here */
		g = gaz_find(k, strlen(k));
		if (!g || g->place < 0)
			continue;
		for (j = f; j < e; j++)
			if (r->m[j].type == ENT_PLACE && r->m[j].key == m->key) {
				places++;
				canon = r->m[j].canon;
			}
		if (places < 2)
			continue;
		for (j = f; j < e; j++)	/* "Michael Jordan ... Jordan scored" */
			if (rs_is_full(&r->m[j]) && rs_family_word(r, &r->m[j]) == m->key)
				break;
		if (j == e) {
			m->type = ENT_PLACE;
			m->canon = canon;
		}
	}
}

/* The ORG mentions of article [f, e) into *v (owned by the caller; NULL when none),
 * those with no gazetteer canonical only when unlisted; how many. Both rules below ask
 * each of their mentions about the article's organisations: looked for once, not in a
 * pass over the article per mention (4.5% of a cold build's samples at 10k articles). */
size_t
rs_article_orgs(const struct resolver *r, size_t f, size_t e, int unlisted, uint32_t **v)
{
	size_t j, n = 0;

	*v = NULL;
	for (j = f; j < e; j++)
		n += r->m[j].type == ENT_ORG && (!unlisted || r->m[j].canon < 0);
	if (!n)
		return 0;
	*v = xmalloc(n * sizeof **v);
	for (n = 0, j = f; j < e; j++)
		if (r->m[j].type == ENT_ORG && (!unlisted || r->m[j].canon < 0))
			(*v)[n++] = (uint32_t)j;
	return n;
}

/* Is ORG mention o a team's name by its last word: one word no list knows, a plural
 * ("boston celtics"), as the chunker's team words? Or by its first, a club's word
 * ("real madrid", ck_club())? Its city's place in its key: *at, and the length
 * returned (0: no team's). */
static size_t
team_city(const struct resolver *r, const struct rm *o, size_t *at)
{
	const char *ok = rs_str(r, o->key), *w = strrchr(ok, ' '), *f;
	size_t wn;

	*at = 0;
	if (!w || o->nw < 2)
		return 0;
	f = strchr(ok, ' ');
	if (gaz_club_word(ok, (size_t)(f - ok))) {
		*at = (size_t)(f + 1 - ok);
		return strlen(f + 1);
	}
	wn = strlen(++w);
	return wn >= 4 && w[wn - 1] == 's' && !gaz_find(w, wn) ? (size_t)(w - 1 - ok) : 0;
}

/* Does the article [f, e) name organisation mention o again, in full or by its last word
 * ("the Boston Celtics ... the Celtics")? A team named once in passing ("George Brett of
 * the Kansas City Royals" in a speech) does not make a club of its city's every mention. */
static int
named_again(const struct resolver *r, size_t f, size_t e, uint32_t o)
{
	const char *k = rs_str(r, r->m[o].key), *last = strrchr(k, ' ');
	size_t i;

	for (i = f; i < e; i++)
		if (i != o && (r->m[i].key == r->m[o].key ||
			       (last && r->m[i].nw == 1 && strcmp(rs_str(r, r->m[i].key), last + 1) == 0)))
			return 1;
	return 0;
}

/*
 * A city's name that its article reads as a club (a match report: "Liverpool beat Arsenal
 * 2-1", chunk_cues.c) or names a team of ("the Boston Celtics") is that club wherever no
 * locative stands before it: the headline's "Liverpool beat Arsenal", "Liverpool manager
 * Arne Slot", "Boston led from the start" (a team named by its city and a plural only
 * when named twice or beside another team, named_again()). Not before its country or state ("LIVERPOOL,
 * England"), nor when two teams of the city are named ("the Los Angeles Lakers" and
 * "Clippers").
 */
void
rs_clubs_in_article(struct resolver *r, size_t f, size_t e)
{
	uint32_t *orgs, *byk;
	size_t i, j, n, norgs = rs_article_orgs(r, f, e, 1, &orgs), *city, *at, *teams, nteams = 0;
	const char *mk;

	if (!norgs)
		return;
	city = xmalloc(norgs * sizeof *city);
	at = xmalloc(norgs * sizeof *at);
	teams = xmalloc(norgs * sizeof *teams);
	byk = xmalloc(norgs * sizeof *byk);
	for (j = 0; j < norgs; j++) {
		if ((city[j] = team_city(r, &r->m[orgs[j]], &at[j])) != 0)
			teams[nteams++] = j;
		byk[j] = r->m[orgs[j]].key;
	}
	/* (one team of a city and a plural, named once, is a speech's passing mention:
	 * named_again(); two teams are a match) */
	if (nteams == 1 && !at[teams[0]] && !named_again(r, f, e, orgs[teams[0]]))
		nteams = 0;
	/* (the organisations' keys sorted, each looked up once a place: a pass over every
	 * organisation of the article for each of its places was 8% of a build's samples
	 * at 10k articles) */
	qsort(byk, norgs, sizeof *byk, cmp_u32);
	/* (a place made a club here keeps a key of these: the same clubs for the next) */
	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];
		const struct rm *club = NULL;
		int clubs = 0;

		/* "in Boston", and a town before its country ("LIVERPOOL, England —") */
		if (m->type != ENT_PLACE || (m->flags & CF_LOC) || m->ntok > 3 ||
		    ((m->link & LK_COMMA) && i + 1 < e && r->m[i + 1].type == ENT_PLACE))
			continue;
		/* its own name (one club of any number of its mentions) ... */
		if (bsearch(&m->key, byk, norgs, sizeof *byk, cmp_u32)) {
			for (j = 0; r->m[orgs[j]].key != m->key; j++)
				;
			club = &r->m[orgs[j]];
			clubs = 1;
		}
		/* ... or a team of it: the city's words, then the team's */
		mk = rs_str(r, m->key);
		n = strlen(mk);
		for (j = 0; j < nteams && clubs < 2; j++) {
			const struct rm *o = &r->m[orgs[teams[j]]];

			if (o->key == m->key || city[teams[j]] != n || o->nw != m->nw + 1 ||
			    memcmp(rs_str(r, o->key) + at[teams[j]], mk, n) != 0 ||
			    (club && club->key == o->key))
				continue;
			club = o;
			clubs++;
		}
		if (clubs == 1) {
			m->type = ENT_ORG;
			m->key = club->key;
			m->nw = club->nw;
			m->canon = -1;
		}
	}
	free(city);
	free(at);
	free(teams);
	free(byk);
	free(orgs);
}

/* "X the son of Y": the father of a lone name written just before him, or 0. */
static uint32_t
father(const struct resolver *r, size_t i, size_t e)
{
	const struct rm *m = &r->m[i], *n;

	if (i + 1 >= e || m->nw != 1 || (m->type != ENT_PERSON && m->type != CAND_UNKNOWN))
		return 0;
	n = &r->m[i + 1];
	/* The father may have been read as a place ("the son of Gera"): his name tells him
	 * apart all the same. */
	if (n->nw != 1 || (n->type != ENT_PERSON && n->type != CAND_UNKNOWN &&
			   n->type != ENT_PLACE))
		return 0;
	/* ", the son of ", over line ends too (extract.c read it) */
	return (m->link & LK_SONOF) ? n->key : 0;
}

/* The counts rs_homonyms judges by, keyed by a one-word name (pair: name and father). */
struct homonym_counts {
	struct imap pair, total, top, nfath, last, seen, narts;
};

/* Count each one-word name's articles and its "X the son of Y" fathers, and type both
 * names of each such pair as people. */
static void
count_fathers(struct resolver *r, struct homonym_counts *h)
{
	size_t a, i;
	long v;

	for (a = 0; a < r->narts; a++)
		for (i = r->first[a]; i < r->first[a + 1]; i++) {
			uint32_t f, x = r->m[i].key, *last;
			uint64_t pk;

			if (r->m[i].nw == 1 &&
			    *(last = rs_imap_ref(&h->seen, x, UINT32_MAX)) != (uint32_t)a) {
				*last = (uint32_t)a;	/* valid: narts is another map */
				(*rs_imap_ref(&h->narts, x, 0))++;
			}
			if (!(f = father(r, i, r->first[a + 1])))
				continue;
			/* "X the son of Y" names two people, whatever else the words are; the
			 * patronymic counts as a person's cue, like a title */
			r->m[i].type = ENT_PERSON;
			r->m[i].flags |= CF_TITLE;
			r->m[i + 1].type = ENT_PERSON;
			pk = (uint64_t)x << 32 | f;
			/* counted once per article: a chapter that repeats "Shimei the son of
			 * Gera" is one witness */
			if (rs_imap_get(&h->last, pk) == (long)a)
				continue;
			rs_imap_put(&h->last, pk, (uint32_t)a);
			v = rs_imap_get(&h->pair, pk);
			rs_imap_put(&h->pair, pk, (uint32_t)(v < 0 ? 1 : v + 1));
			if (v < 0) {
				long d = rs_imap_get(&h->nfath, x);

				rs_imap_put(&h->nfath, x, (uint32_t)(d < 0 ? 1 : d + 1));
			}
			(*rs_imap_ref(&h->total, x, 0))++;
			if ((long)rs_imap_get(&h->pair, pk) > rs_imap_get(&h->top, x))
				rs_imap_put(&h->top, x, (uint32_t)rs_imap_get(&h->pair, pk));
		}
}

/* Give each homonymous one-word name in article a the key "X son of Y" (its father
 * here) or one of its own. */
static void
split_homonyms(struct resolver *r, size_t a, const struct homonym_counts *h)
{
	struct imap here;	/* name -> its father here (UINT32_MAX: several) */
	char buf[512];
	size_t i;
	long v;
	int n;

	rs_imap_init(&here, 8);
	for (i = r->first[a]; i < r->first[a + 1]; i++) {
		uint32_t f = father(r, i, r->first[a + 1]);

		if (f && (v = rs_imap_get(&here, r->m[i].key)) != f)
			rs_imap_put(&here, r->m[i].key, v < 0 ? f : UINT32_MAX);
	}
	for (i = r->first[a]; i < r->first[a + 1]; i++) {
		struct rm *m = &r->m[i];
		const char *k = rs_str(r, m->key);

		if (m->nw != 1 || (m->type != ENT_PERSON && m->type != CAND_UNKNOWN) ||
		    rs_imap_get(&h->nfath, m->key) < 2 ||
		    rs_imap_get(&h->top, m->key) * 5 >= rs_imap_get(&h->total, m->key) * 4 ||
		    rs_imap_get(&h->total, m->key) * 4 < rs_imap_get(&h->narts, m->key))
			continue;
		v = rs_imap_get(&here, m->key);
		if (v >= 0 && v != UINT32_MAX)
			n = snprintf(buf, sizeof buf, "%s son of %s", k, rs_str(r, (uint32_t)v));
		else
			n = snprintf(buf, sizeof buf, "%s\x01%zu", k, a);
		if (n > 0 && (size_t)n < sizeof buf)
			m->key = rs_intern_key(r, buf, (size_t)n);
	}
	rs_imap_free(&here);
}

/* "X the son of Y" makes persons of both. Names that several people of the corpus bear,
 * told apart by their fathers ("Azariah the
 * son of Oded", "Azariah the son of Nathan"): when a lone name has two fathers or more
 * and none of them is named in four in five of the articles that name one, it names one
 * person per father, and its articles that name no father each have their own. Names
 * with one father, or a main one, link as before (David, "the son of Jesse"), and so do
 * names whose fathers are named in fewer than one in four of their articles (the tribe
 * of Judah, a "Judah the son of Senuah" aside). */
void
rs_homonyms(struct resolver *r)
{
	struct homonym_counts h;
	size_t a;

	rs_imap_init(&h.pair, 64);
	rs_imap_init(&h.total, 64);
	rs_imap_init(&h.top, 64);
	rs_imap_init(&h.nfath, 64);
	rs_imap_init(&h.last, 64);
	rs_imap_init(&h.seen, 64);
	rs_imap_init(&h.narts, 64);
	count_fathers(r, &h);
	for (a = 0; h.nfath.n > 0 && a < r->narts; a++)
		split_homonyms(r, a, &h);
	rs_imap_free(&h.pair);
	rs_imap_free(&h.total);
	rs_imap_free(&h.top);
	rs_imap_free(&h.nfath);
	rs_imap_free(&h.last);
	rs_imap_free(&h.seen);
	rs_imap_free(&h.narts);
}

/* Does mention m write a word in capitals ("CDC", "CDC Lot File"): no name written out? */
static int
acronym_in(const struct resolver *r, const struct rm *m)
{
	const char *s = rs_raw(r, m);
	uint32_t i, n = rs_len(r, m);

	for (i = 0; i + 1 < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
			return 1;
	return 0;
}

/* (resolve.h) "the Classification/Declassification Center (CDC)" of 15 texts of a
 * history of the State Department's documents, and "CDC" alone in 16 more, which were the
 * listed CDC of Atlanta (450 mentions) in a corpus that never names it. Not where the
 * corpus writes the listed body out, nor where one article defines it and three times as
 * many use it ("Child Development Center (CDC)" of one article in fifty about the CDC). */
void
rs_acronyms_corpus(struct resolver *r)
{
	struct imap uses, last, named;
	size_t i;
	long v, d, u;

	if (!r->redef.cap)
		return;
	rs_imap_init(&uses, 16);	/* surface -> articles that use it undefined */
	rs_imap_init(&last, 16);	/* surface -> 1 + the last such article */
	rs_imap_init(&named, 16);	/* listed body written out -> 1 */
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t surf = rs_at(r, m)->surf, *a;

		if (m->type == ENT_ORG && m->canon >= 0 && !acronym_in(r, m)) {
			rs_imap_put(&named, (uint64_t)m->canon, 1);
		} else if (listed_acronym(r, m) && rs_imap_get(&r->redef, surf) > 0) {
			a = rs_imap_ref(&last, surf, 0);
			if (*a != m->art + 1) {
				*a = m->art + 1;
				++*rs_imap_ref(&uses, surf, 0);
			}
		}
	}
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];
		uint32_t surf = rs_at(r, m)->surf;
		const struct rm *b;

		if (!listed_acronym(r, m) || (v = rs_imap_get(&r->redef, surf)) <= 0 ||
		    rs_imap_get(&named, (uint64_t)m->canon) >= 0)
			continue;
		d = rs_imap_get(&r->redef, (uint64_t)1 << 32 | surf);
		u = rs_imap_get(&uses, surf);
		b = &r->m[v - 1];
		if ((d < 2 && d * 3 < u) || b->key == m->key || b->type != ENT_ORG)
			continue;
		m->key = b->key;
		m->nw = b->nw;
		m->canon = b->canon;
	}
	rs_imap_free(&uses);
	rs_imap_free(&last);
	rs_imap_free(&named);
	rs_imap_free(&r->redef);
}
