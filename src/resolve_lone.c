/* resolve_lone.c -- the corpus's lone words: the full name, the place or nothing each one is (step 3 of resolve.c). MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/* A town's word beside a reporting verb, linked to a full name (rs_alias_corpus()): the
 * mention, the full name's key, its mentions in full. */
struct town_speaks {
	size_t at;
	uint32_t to, nfull;
};

/* Is the folded word k a family name written first only ("moon", "song", "park") that is
 * one of the commonest English words? Alone and with no title or verb of a person, it
 * is the word: "Moon exploration", "(National Song)" of the Factbook were people. */
static int
ff_word(const char *k)
{
	size_t n = strlen(k);
	const struct gz_entry *e = gaz_find(k, n);

	return e && (e->word & (GZ_FF | GZ_SURNAME | GZ_FIRST)) == GZ_FF && gaz_is_common(k, n) == 1;
}

/* A lone name joins a full name of other articles only if it is at most this many times
 * more frequent than that person's mentions in the articles that name him in full, the
 * full name and the parts of it they joined (a report names its people in full once, in
 * the section that brings them in: "Hope Hicks" six times, "Hicks" 170 times). */
#define ALIAS_RARITY 8
/* ... counting LONE_PER_ART of an article's lone mentions in capitals at most: a
 * transcript writes its speaker's name before every answer ("MR. ZIENTS:" 257 times in 19
 * briefings that never name Jeff Zients in full, beside 22 mentions in full elsewhere). */
#define LONE_PER_ART 3
/* ... unless it stands after a title (an office or a rank: "Mrs. Dashwood" of a novel is no
 * "Marianne Dashwood") in its article, or in more than TITLED_ARTS articles and never after
 * an honorific (a family's name: Mansfield Park's "Lieutenant Price" is William, the
 * "Price" of Mrs. Price's chapters is not), and the corpus names the full name this often
 * at least: the "General Sherman" of Grant's memoirs are the "W. T. Sherman" of eight
 * signatures, the briefings' 65 "President Trump" Donald Trump (the rarity guards an
 * untitled "Moses" of a hundred chapters). */
#define TITLED_FULL_MIN 2
#define TITLED_ARTS 2
/* A family's honorific ("Mrs. Sherman", "Mr. Price") keeps the untitled name apart only
 * where the articles that title it are at most this many times those that write the
 * honorific: one letter's "Mrs. Sherman" is no match for 28 chapters of "General
 * Sherman". An honorific of the full name's own sex by its given name ("Mr. Lincoln"
 * beside "Abraham Lincoln") is his and counts for nothing. */
#define FAMILY_RATIO 4

int
rs_is_surname(const char *k, int ff, const char *w)
{
	size_t wl = strlen(w), kl = strlen(k);

	if (ff)
		return strncmp(k, w, wl) == 0 && k[wl] == ' ';
	return kl > wl && k[kl - wl - 1] == ' ' && strcmp(k + kl - wl, w) == 0;
}

bool
rs_sex_clash(const char *k, int ff, int sex)
{
	const char *f[4];
	size_t n = strcspn(k, " "), nf, i;
	int s, t;

	if (!(sex = sex_of_honorific(sex)) || ff || !k[n])
		return false;
	/* a short form the lists give both sexes has its formal names' ("Bill": William) */
	if (!(s = gaz_given_sex_of(k, n)) && (nf = gaz_given_formal(k, n, f, 4)) > 0) {
		for (i = 0, s = gaz_given_sex_of(f[0], strlen(f[0])); i < nf && s; i++)
			if ((t = gaz_given_sex_of(f[i], strlen(f[i]))) != s)
				s = 0;
	}
	return s && s != sex;
}

int
rs_sub_name(const char *a, const char *b)
{
	size_t al = strlen(a);
	const char *p = b;

	while ((p = strstr(p, a)) != NULL) {
		if ((p == b || p[-1] == ' ') && (p[al] == ' ' || p[al] == '\0'))
			return 1;
		p++;
	}
	return 0;
}

uint32_t
rs_family_word(struct resolver *r, const struct rm *m)
{
	const char *k = rs_str(r, m->key), *sp;
	uint64_t at = (uint64_t)m->key << 1 | ((m->flags & CF_FF) != 0);
	uint32_t soff;
	long v;

	/* Asked again and again over the passes: made once (7% of resolution). */
	if (!r->fam.cap)
		rs_imap_init(&r->fam, 1024);
	if ((v = rs_imap_get(&r->fam, at)) >= 0)
		return (uint32_t)v;
	sp = (m->flags & CF_FF) ? NULL : strrchr(k, ' ');
	soff = sp ? rs_intern_dup(r, (uint32_t)(sp + 1 - r->ar.data), strlen(sp + 1))
		  : rs_intern_dup(r, m->key, strcspn(k, " "));
	rs_imap_put(&r->fam, at, soff);
	return soff;
}

/* Family name -> the full name with the most mentions (ties: first in key order), in sur;
 * full counts the mentions of each full name. (Whether a lone family name may join it is
 * for rs_people_link: sur only weighs a name against the places of the same word.) */
static void
surname_map(struct resolver *r, struct imap *full, struct imap *sur)
{
	size_t i;
	long cur;

	for (i = 0; i < r->n; i++)
		if (rs_is_full(&r->m[i]))
			(*rs_imap_ref(full, r->m[i].key, 0))++;
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t soff;

		if (!rs_is_full(m))
			continue;
		soff = rs_family_word(r, m);
		if ((cur = rs_imap_get(sur, soff)) >= 0 && r->m[cur].key != m->key) {
			long cn = rs_imap_get(full, r->m[cur].key), mn = rs_imap_get(full, m->key);

			if (cn > mn || (cn == mn && strcmp(rs_str(r, r->m[cur].key),
							   rs_str(r, m->key)) <= 0))
				continue;
		} else if (cur >= 0)
			continue;
		rs_imap_put(sur, soff, (uint32_t)i);
	}
}

/* Lone words that the corpus uses as places: in a place's slot ("at Hartfield", "king of
 * Eglon") at least LOC_MIN times, LOC_RATIO times as often as next to a title or a
 * speech verb (plus one), and in a LOC_SHARE'th of its lone uses. Collected over the
 * whole corpus first, then decided (in placew). Two letters are too little to go on ("at
 * St. James's"), one of the commonest English words is no place by "in" alone ("in
 * Breaks", "in Action"), nor is a web site's name (site_names(): "in Ubuntu"). */
#define LOC_MIN 3
#define LOC_RATIO 3
#define LOC_SHARE 6	/* and in a place's slot at least once in six lone uses: "in Medicaid"
			   five times is not enough for "protects Medicaid", "Medicaid will" */
#define LOC_OVER 10
#define KNOWN_RATIO 100
#define LOWER_SHARE 10	/* lone words of which a tenth stand where it is common, */
#define LOWER_MIN 2	/* and at least this many */

/* The names of the web sites the corpus links to: each word of each URL's host but its
 * top-level domain and "www" ("www.ubuntu.com", "https://launchpad.net/...",
 * "java.sun.com", "news.bbc.co.uk"), folded, in sites. A lone word named so is a
 * product's or a company's: "in Ubuntu" makes no place of it, nor "Thinking in Java" (a
 * subdomain's word: the hard ham's newsletters link to java.sun.com). */
static void
site_names(struct resolver *r, struct imap *sites)
{
	size_t i, n, hn;
	char buf[64], host[256];

	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		const char *s = rs_raw(r, m), *e = s + rs_len(r, m), *p, *h, *l;

		if (m->type != ENT_URL)
			continue;
		for (p = s; p + 3 <= e && !(p[0] == ':' && p[1] == '/' && p[2] == '/'); p++)
			;
		h = p + 3 <= e ? p + 3 : s;
		/* The host copied: interning a word may move the arena s points into (a URL
		 * kept in the cache has its bytes there). A host is at most 253 bytes. */
		for (hn = 0; h + hn < e && hn < sizeof host && h[hn] != '/'; hn++)
			host[hn] = h[hn];
		h = host;
		e = host + hn;
		/* (each label that a dot ends: the last one, the top-level domain, is not) */
		for (p = l = h; p < e && *p != '/' && *p != ':' && *p != '?' && *p != '#'; p++) {
			if (*p != '.')
				continue;
			n = ex_fold(l, (size_t)(p - l), buf, sizeof buf);
			if (n >= 3 && n < sizeof buf && !(n == 3 && memcmp(buf, "www", 3) == 0))
				rs_imap_put(sites, rs_intern_key(r, buf, n), 1);
			l = p + 1;
		}
	}
}

/* Per key: the lone-word person mentions (single), the lone words (lone) and the lone
 * words whose article also writes them in lower case (low); in one record, found with
 * one probe where three maps took three. */
struct lone_count {
	uint32_t key;
	uint32_t single, lone, low;
	uint32_t spread;	/* lone mentions, LONE_PER_ART of an article in capitals at most */
	uint32_t last, here;	/* 1 + the article last counted, and its lone mentions */
	uint32_t thing;		/* lone mentions where a cue took its given name's reading away */
	long sur, placew;	/* the key's values in alias_corpus()'s maps of those names */
};

struct lone_counts {
	struct imap at;		/* key -> index in c */
	struct lone_count *c;	/* owned */
	size_t n, cap;
};

static void
count_lone(const struct resolver *r, struct lone_counts *lc)
{
	size_t i;

	rs_imap_init(&lc->at, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		int single = rs_is_single(m, r), person = m->type == ENT_PERSON && !rs_is_full(m);
		uint32_t *at;
		struct lone_count *c;

		if (!single && !person)
			continue;
		if (*(at = rs_imap_ref(&lc->at, m->key, UINT32_MAX)) == UINT32_MAX) {
			*at = (uint32_t)lc->n;
			xgrow((void **)&lc->c, &lc->cap, lc->n + 1, sizeof *lc->c);
			lc->c[lc->n++] = (struct lone_count){ m->key, 0, 0, 0, 0, 0, 0, 0, -1, -1 };
		}
		c = &lc->c[*at];
		c->low += single && (m->flags & CF_LOWER);
		c->thing += single && (m->flags & (CF_LOWER | CF_GIVEN)) == CF_LOWER;
		c->single += person;
		c->lone += single;
		if (single && c->last != m->art + 1) {
			c->last = (uint32_t)m->art + 1;
			c->here = 0;
		}
		if (single && (!rs_capitals(r, m) || c->here++ < LONE_PER_ART))
			c->spread++;
	}
}

/* The counts of key, or NULL when it has none. */
static const struct lone_count *
lone_of(const struct lone_counts *lc, uint32_t key)
{
	long v = rs_imap_get(&lc->at, key);

	return v < 0 ? NULL : &lc->c[v];
}

/* Is mention i a point of the compass split from the place it qualifies, right before
 * it ("factories in West Europe", "stocks in West Malaysia")? Its place's slot is the
 * place's, not its own ("the North" alone is). */
static bool
compass_before_place(const struct resolver *r, size_t i)
{
	static const char *const c[] = { "north", "south", "east", "west", "northeast",
					  "northwest", "southeast", "southwest" };
	const char *w = rs_str(r, r->m[i].key);
	size_t k;

	if (i + 1 >= r->n || r->m[i + 1].art != r->m[i].art || r->m[i + 1].type != ENT_PLACE ||
	    r->at[i + 1].start != r->at[i].end + 1)
		return false;
	for (k = 0; k < sizeof c / sizeof *c; k++)
		if (strcmp(w, c[k]) == 0)
			return true;
	return false;
}

static void
place_words(const struct resolver *r, const struct imap *sites, const struct lone_counts *lc,
	    struct imap *placew)
{
	struct imap loc, cue, cued;	/* cued: article << 32 | key -> 1, a person's cue there */
	size_t i;

	rs_imap_init(&loc, 64);
	rs_imap_init(&cue, 64);
	rs_imap_init(&cued, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		struct imap *c = (m->flags & CF_LOC) ? &loc :
				 (m->flags & (CF_TITLE | CF_SPEECH)) ? &cue : NULL;

		/* a word its article also writes in lower case is a common word there; a
		 * town before its state ("in Reston, Virginia") is one already */
		if (!c || (!rs_is_single(m, r) && (m->type != ENT_PLACE || m->ntok != 1)) ||
		    (m->flags & CF_LOWER) || (c == &loc && compass_before_place(r, i)))
			continue;
		/* a person's cues count once an article ("Benjamin said ... and Benjamin
		 * wept" is one story's person) */
		if (c == &cue && (*rs_imap_ref(&cued, (uint64_t)m->art << 32 | m->key, 0))++)
			continue;
		(*rs_imap_ref(c, m->key, 0))++;
	}
	rs_imap_free(&cued);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		const struct lone_count *lw;
		long nl, nc;
		const char *w;

		if ((m->flags & (CF_LOC | CF_LOWER)) != CF_LOC)
			continue;
		nl = rs_imap_get(&loc, m->key);
		nc = rs_imap_get(&cue, m->key);
		w = rs_str(r, m->key);
		if (nl >= LOC_MIN && nl >= LOC_RATIO * (nc < 0 ? 1 : nc + 1) &&
		    (!(lw = lone_of(lc, m->key)) || nl * LOC_SHARE >= (long)(lw->lone - lw->low)) &&
		    strlen(w) > 2 && gaz_is_common(w, strlen(w)) != 1 && rs_imap_get(sites, m->key) < 0)
			rs_imap_put(placew, m->key, (uint32_t)nl);
	}
	rs_imap_free(&loc);
	rs_imap_free(&cue);
}

/* Where a place word stands beside a speech verb or a title in an article and never in a
 * place's slot there, it is the person of that article: "Reuben said" in Genesis is
 * Jacob's son, "the tribe of Reuben" elsewhere the tribe. where: article << 32 | key ->
 * 1 (person cue there), 2 (place slot), 3 (both). */
static void
place_cues(const struct resolver *r, const struct imap *placew, struct imap *where)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint64_t k = (uint64_t)m->art << 32 | m->key;

		if (!rs_is_single(m, r) || rs_imap_get(placew, m->key) < 0)
			continue;
		*rs_imap_ref(where, k, 0) |=
			(m->flags & CF_LOC) ? 2u : (m->flags & (CF_TITLE | CF_SPEECH)) ? 1u : 0u;
	}
}

/* Is key a common word of the corpus: a word that many articles write in lower case
 * ("Republic", "Staff", "Monument"), capitalised for emphasis where it stands alone? A
 * tenth of its lone mentions, and at least LOWER_MIN, stand in such articles. It links
 * to no full name and needs a cue of its own. */
static int
common_word(const struct lone_count *c)
{
	return c && c->low >= LOWER_MIN && (long)c->low * LOWER_SHARE >= (long)c->lone;
}

/* Is lone word m a word of English that no list knows as a family name, with no cue of a
 * person where it stands ("Band of Brothers": not Caroline Brothers of another article)? */
static bool
english_word(const struct resolver *r, const struct rm *m)
{
	const char *k = rs_str(r, m->key);

	return !(m->flags & (CF_SURNAME | CF_GIVEN | CF_TITLE | CF_SPEECH)) &&
	       gaz_is_common(k, strlen(k)) == 1;
}

/* The articles writing family word fam after a man's honorific and after a woman's, packed
 * in hon (1 << 63 | word -> men | women << 16); seen: article << 32 | word -> the sexes
 * already counted there. */
static void
count_honorifics(struct resolver *r, struct imap *hon)
{
	struct imap seen;
	size_t i;

	rs_imap_init(&seen, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		const char *k = rs_str(r, m->key), *w = strrchr(k, ' ');
		uint32_t fam, bit, *had;
		int sex = sex_of_honorific(m->sex);

		if (!sex || m->type != ENT_PERSON ||
		    (fam = w ? rs_find_key(r, w + 1) : m->key) == UINT32_MAX)
			continue;
		bit = sex == 'm' ? 1 : 2;
		had = rs_imap_ref(&seen, (uint64_t)m->art << 32 | fam, 0);
		if (*had & bit)
			continue;
		*had |= bit;
		*rs_imap_ref(hon, (uint64_t)1 << 63 | fam, 0) += sex == 'm' ? 1 : 1u << 16;
	}
	rs_imap_free(&seen);
}

/* May lone word key, titled in narts articles, be full name to where it stands untitled:
 * are the articles writing its family's honorific (count_honorifics()), but those of
 * to's own sex, far outweighed (FAMILY_RATIO)? */
static bool
family_outweighed(const struct resolver *r, const struct imap *hon, uint32_t key, uint32_t to,
		  long narts)
{
	long v = rs_imap_get(hon, (uint64_t)1 << 63 | key);
	const char *k = rs_str(r, to);
	long men, women;

	if (v <= 0)
		return true;
	men = v & 0xffff;
	women = v >> 16;
	if (rs_sex_clash(k, 0, SEX_MRS))	/* a man by his given name */
		men = 0;
	else if (rs_sex_clash(k, 0, SEX_MR))
		women = 0;
	return narts > FAMILY_RATIO * (men + women);
}

/* Across the corpus: lone words used as places are places; a lone family name joins the
 * one full name that has it, when that is unambiguous: no other person of its time shares
 * the family name (rs_people_link), the article never writes the word in lower case ("Long
 * before", "the king"), and the full name is not much rarer than the lone word (a "Moses"
 * of a hundred chapters is not the "Levi Moses" of one line). Lone words with no person
 * behind them are dropped. */
void
rs_alias_corpus(struct resolver *r)
{
	struct imap full, sur, placew, sites;
	struct imap where;	/* article << 32 | key -> 1: person cue there, 2: place slot */
	struct imap towns;	/* article << 32 | town word -> the person's key */
	struct imap places;	/* a town word that speaks -> its mentions as a place */
	struct town_speaks *spk = NULL;
	size_t linked = 0, nsp = 0, spcap = 0;
	struct imap titled;	/* article << 32 | lone word -> 1: after a title there; and
				 * 1 << 63 | lone word -> 1 + the articles where it is */
	struct imap hon;	/* a family's honorifics (count_honorifics()) */
	struct imap *maps[] = { &full, &sur, &placew, &where, &sites, &towns, &places,
				&titled, &hon };
	struct lone_counts lc = { .c = NULL, .n = 0, .cap = 0 };
	const struct lone_count *c;
	struct rs_people *people = rs_people_new(r);
	uint32_t to, nfull;
	size_t i;
	long v, n, ta;
	int common, site;

	for (i = 0; i < sizeof maps / sizeof maps[0]; i++)
		rs_imap_init(maps[i], 64);
	surname_map(r, &full, &sur);
	site_names(r, &sites);
	count_lone(r, &lc);
	place_words(r, &sites, &lc, &placew);
	for (i = 0; i < lc.n; i++) {	/* once per word, not per mention */
		lc.c[i].sur = rs_imap_get(&sur, lc.c[i].key);
		lc.c[i].placew = rs_imap_get(&placew, lc.c[i].key);
	}
	place_cues(r, &placew, &where);
	/* (a family's name: "Mrs. Price", keyed "mrs price" apart, beside "Lieutenant
	 * Price") */
	count_honorifics(r, &hon);
	for (i = 0; i < r->n; i++) {
		const struct rm *t = &r->m[i];
		uint32_t *arts;

		if (!(t->flags & CF_TITLE) || t->sex || !rs_is_single(t, r) ||
		    rs_imap_get(&titled, (uint64_t)t->art << 32 | t->key) >= 0)
			continue;
		rs_imap_put(&titled, (uint64_t)t->art << 32 | t->key, 1);
		arts = rs_imap_ref(&titled, (uint64_t)1 << 63 | t->key, 1);
		*arts += *arts > 0;
	}
	/* A town's name beside a reporting verb ("Hamilton said", Lewis Hamilton of another
	 * article's race) is the one full name of its time with that family name, as a lone
	 * family name is, when the corpus writes that name not much more rarely than the
	 * town (ALIAS_RARITY: a "Bel Moscow" of two articles took 2,500 "Moscow" of the 10k
	 * bench corpus); and so is the name in the rest of its article, out of a place's
	 * slot ("Hamilton was quickest"). ("Moscow said" is its government, RULES.md 5:
	 * the rarity keeps it so.) */
	for (i = 0; i < r->n; i++) {	/* the few that may be, and their person */
		const struct rm *m = &r->m[i];

		if ((m->flags & CF_SPEECH) && rs_town_word(r, m) &&
		    (to = rs_people_link(people, r, m, r->office ? r->office[i] : 0,
					 &nfull)) != UINT32_MAX) {
			xgrow((void **)&spk, &spcap, nsp + 1, sizeof *spk);
			spk[nsp++] = (struct town_speaks){ i, to, nfull };
			rs_imap_put(&places, m->key, 0);
		}
	}
	for (i = 0; nsp && i < r->n; i++) {	/* then their words' mentions as a place */
		const struct rm *m = &r->m[i];

		if (m->type == ENT_PLACE && m->ntok == 1 && m->nw == 1 &&
		    rs_imap_get(&places, m->key) >= 0)
			(*rs_imap_ref(&places, m->key, 0))++;
	}
	for (i = 0; i < nsp; i++) {
		const struct rm *m = &r->m[spk[i].at];

		if ((long)spk[i].nfull * ALIAS_RARITY >= rs_imap_get(&places, m->key)) {
			rs_imap_put(&towns, (uint64_t)m->art << 32 | m->key, spk[i].to);
			linked++;
		}
	}
	free(spk);
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (linked && rs_town_word(r, m) &&
		    (v = rs_imap_get(&towns, (uint64_t)m->art << 32 | m->key)) >= 0) {
			m->type = ENT_PERSON;
			m->key = (uint32_t)v;
			m->nw = rs_nwords(rs_str(r, m->key));
			m->canon = -1;
			continue;
		}
		if (!rs_is_single(m, r))
			continue;
		c = lone_of(&lc, m->key);	/* not NULL: m is a lone word */
		v = c->sur;
		n = c->placew;
		/* A family word of a full name is still a place when the corpus uses it as one
		 * far more often than it writes that name ("Shuah Judah" once, "cities of
		 * Judah" a hundred times). */
		if (n >= 0 && !(m->flags & CF_LOWER) &&
		    (v < 0 || n >= LOC_OVER * rs_imap_get(&full, r->m[v].key)) &&
		    rs_imap_get(&where, (uint64_t)m->art << 32 | m->key) != 1) {
			m->type = ENT_PLACE;
			continue;
		}
		/* a title before a common word does not make a person of it ("General
		 * Staff"), only of a known name ("General Grant", "Admiral King"), or of a
		 * family name its article joined to a full name: "Under Secretary BRYAN",
		 * whose key "bill bryan" the lone "Bill" shares in a text that writes "the
		 * bill" (17 speaker labels of one briefing were dropped) */
		common = common_word(c);
		if (common && m->type == ENT_PERSON && !(m->flags & (CF_GIVEN | CF_SURNAME)) &&
		    (m->flags & (CF_TITLE | CF_SPEECH)) == CF_TITLE && m->nw < 2) {
			m->type = RM_DROP;
			continue;
		}
		site = rs_imap_get(&sites, m->key) >= 0;
		/* (untitled, the family's one office holder where the corpus titles the
		 * word by office in several articles: rs_people_office()) */
		if (!(m->flags & CF_LOWER) && !common && !site &&
		    ((to = rs_people_link(people, r, m, r->office ? r->office[i] : 0,
					  &nfull)) != UINT32_MAX ||
		     (rs_imap_get(&titled, (uint64_t)1 << 63 | m->key) > TITLED_ARTS &&
		      (to = rs_people_office(people, r, m, &nfull)) != UINT32_MAX)) &&
		    ((long)(m->sex ? nfull : rs_people_seen(people, to, nfull)) * ALIAS_RARITY >=
			     (long)c->spread ||
		     (nfull >= TITLED_FULL_MIN &&
		      (rs_imap_get(&titled, (uint64_t)m->art << 32 | m->key) >= 0 ||
		       ((ta = rs_imap_get(&titled, (uint64_t)1 << 63 | m->key)) > TITLED_ARTS &&
			family_outweighed(r, &hon, m->key, to, ta - 1))))) &&
		    !english_word(r, m)) {
			m->type = ENT_PERSON;
			m->key = to;
			m->nw = rs_nwords(rs_str(r, to));
		} else if (m->type == CAND_UNKNOWN) {
			/* A lone word seen as a person elsewhere is a person here too, when
			 * this article does not also write it in lower case ("License") and
			 * that reading is not drowned by its other uses (one "Debian says"
			 * does not make a person of 1,700 "On Debian systems"), nor a
			 * common word of the corpus or of English ("Western" North Carolina,
			 * nations, world: one "Western said" makes no person of them). */
			const char *k = rs_str(r, m->key);
			int known = !(m->flags & CF_LOWER) && !common &&
				    (c->single ? (long)c->single : -1) * KNOWN_RATIO >=
				    (long)c->lone && gaz_is_common(k, strlen(k)) != 1;
			/* A known family or given name, capitalised mid-sentence and never
			 * written in lower case in its article, is a person on its own
			 * ("Merkel", "Catherine"), but a family name written first that is an
			 * English word ("Moon", "Song", "Sun") only with a cue; a given name
			 * only when the corpus does not name a thing by it a tenth of the time
			 * ("Mac OS X", "a new Mac": ck_thing_slot() took CF_GIVEN away there). */
			int surname = (m->flags & (CF_SURNAME | CF_LOWER | CF_WEAK)) == CF_SURNAME &&
				      !ff_word(k);
			int given = (m->flags & (CF_GIVEN | CF_LOWER | CF_WEAK)) == CF_GIVEN &&
				    !(c->thing >= LOWER_MIN &&
				      (long)c->thing * LOWER_SHARE >= (long)c->lone);

			/* (nor a product's word, "Excel", nor the name of a site the corpus
			 * links to: "Gnomedex", a conference at gnomedex.com, was a person of
			 * 16 newsletters) */
			m->type = (known && !ex_product_word(k, strlen(k)) && !site) || surname ||
				  given ? ENT_PERSON : RM_DROP;
		}
	}
	rs_people_free(people);
	for (i = 0; i < sizeof maps / sizeof maps[0]; i++)
		rs_imap_free(maps[i]);
	rs_imap_free(&lc.at);
	free(lc.c);
}
