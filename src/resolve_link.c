/* resolve_link.c -- which full name a lone family name stands for, across articles and in time. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * A lone family name ("Bush", "Roosevelt") in an article that does not write the full name
 * joins a full name of other articles only when that is unambiguous where it stands: of the
 * corpus's full names with that family name, those written within LINK_YEARS of the
 * article's date (all of them when the article or the name has no date of its own) must be
 * one person. A 1985 "Bush" is not the George W. Bush of 2004, a 1965 "Johnson" not the
 * Andrew Johnson of 1865, and a "Roosevelt" of 1935 is Franklin Roosevelt even where
 * Theodore Roosevelt is named in the articles of 1905.
 *
 * A famous name is written long after its time too ("the insight of Theodore Roosevelt"
 * in 1995), so a span of years says little of whose era it was. Each full name also has
 * an era, up to ERA_YEARS after the median year of its dated articles: a family name after
 * an office prefers the full names the corpus writes after an office only when one of them
 * is of the article's era. The 1994 "President Roosevelt" is not Theodore Roosevelt,
 * whose articles centre on 1907, merely because no article titles Franklin Roosevelt.
 */

/* Years either side of the span of a full name's dated articles in which a lone family
 * name may still be that person: a career, not a century. */
#define LINK_YEARS 10

/* Years after the median year of a full name's dated articles that are still its era, when
 * the family has other full names: a family name after an office may be that office
 * holder (in_era()), a titled family name that full name in its article (past_era()). */
#define ERA_YEARS 20

/* How many times as often as the full names a word begins a namesake whose family name it
 * is must be written for the lone word to be his ("Lincoln" beside one "Lincoln Stein"). */
#define GIVEN_RATIO 10
/* ... GIVEN_UNLISTED times for a word that no list knows as a given name. */
#define GIVEN_UNLISTED 4

/* How many times as often as the other full names of its family the office holder's must
 * be written for an untitled family name to be his (rs_people_office()): one "Ivanka
 * Trump" beside seven "Donald Trump", not three Groß of a hundred mentions each. */
#define OFFICE_RATIO 5

/* How many articles must write a full name for its mentions by a part of it to count
 * (rs_people_seen()): a one-off ("Sh Cir" of a citation's "5th Cir.", "McDonough
 * Ferguson" of a list of names) gathers its article's lone words and is no one's. */
#define SEEN_ARTS 2

/* The offices kept for a full name: a holder of several is told apart by any. */
#define PERSON_OFFICES 4

/* The offices of a government's head, whose name a government bears ("the Biden
 * administration"; holds_head()). */
static const char *const head_office[] = { "president", "vice president", "governor",
					   "prime minister", "premier", "chancellor", "mayor" };
#define HEAD_OFFICES (sizeof head_office / sizeof *head_office)

/* One distinct full name of the corpus. */
struct person {
	uint32_t key;		/* arena offset of the folded full name */
	uint32_t fam;		/* arena offset of its family name (interned) */
	uint32_t count;		/* mentions in full */
	uint32_t seen;		/* mentions as a person, in full or by a part its articles
				 * joined to it */
	uint32_t arts, last;	/* articles writing it in full; 1 + the last one counted */
	uint16_t ymin, ymax;	/* years of the dated articles that write it; 0: none */
	uint16_t era;		/* the median of those years (office holders only); 0: none */
	int titled;		/* written after a title or an honorific somewhere */
	int speech;		/* beside a reporting verb or in apposition somewhere */
	int office;		/* written after a title of office somewhere */
	uint16_t offices[PERSON_OFFICES];	/* the offices it is written after (NAME_OFFICE),
						 * the first few; 0: none */
	int courtesy;		/* written after an honorific somewhere */
	int miss, mrs;		/* it or its family name alone for it written after "Miss",
				   after "Mrs." somewhere */
	int lord, sir;		/* it written after "Lord", after "Sir" somewhere */
	int apart;		/* written apart from its family name's honorific (r->apart) */
	int given;		/* its first word a given name of the lists */
	int plain;		/* written after a courtesy title of no sex or of rank
				 * somewhere ("Dr.", "First Lady", "Sir"), not "Mr."/"Mrs." */
};

struct rs_people {
	struct person *p;	/* owned; sorted by family name, then key */
	size_t n;
	struct imap byfam;	/* family name -> index of its first person in p */
	struct imap memo;	/* family name << 24 | honorific (SEX_*, 0: none) << 17 | office
				 * << 16 | year -> 1 + person, or 0 */
	struct imap memo_office;	/* family name << 32 | NAME_OFFICE << 16 | year -> the
					 * same, for a name after a known office */
	struct imap given;	/* first word of a full name not its family name -> the years
				 * of the articles writing such names, ymin << 16 | ymax; 0: any */
	struct imap gcount;	/* the same word -> the mentions in full of such names */
	struct imap bykey;	/* full-name key -> index in p */
	uint32_t heads[HEAD_OFFICES];	/* NAME_OFFICE of each head_office[] */
	const uint16_t *year;	/* the resolver's article years (not owned) */
};

/* One dated article that writes a person's full name, for its era: person is an index in
 * the people or a full-name key, fam its family word where kept. */
struct dated {
	uint32_t person, fam, art;
	uint16_t year;
};

/* Does full name key start with a common English word that no list knows as a given
 * name ("directs trump" of a heading's Title Case, "The President Directs Trump Jr.'s
 * Response"; "reports allege trump" of a cited headline)? Written once, it is no one a
 * lone family name may be, nor a rival of Donald Trump for the office; written again,
 * a nickname may be a word ("Tip O'Neill"). */
static int
common_first(const struct resolver *r, uint32_t key)
{
	const char *k = rs_str(r, key);
	size_t n = strcspn(k, " ");
	const struct gz_entry *g = gaz_find(k, n);

	return gaz_is_common(k, n) == 1 && !(g && (gaz_classes(g, 0) & GZ_PERSONISH));
}

/* Each article's place in the order of (year, article index), for sorting by both at
 * once; owned by the caller. */
static uint32_t *
article_ranks(const struct resolver *r)
{
	uint32_t *rank = xmalloc((r->narts + 1) * sizeof *rank);
	size_t *at = xcalloc(65537, sizeof *at), i;

	for (i = 0; i < r->narts; i++)
		at[(r->year ? r->year[i] : 0) + 1]++;
	for (i = 0; i < 65536; i++)
		at[i + 1] += at[i];
	for (i = 0; i < r->narts; i++)
		rank[i] = (uint32_t)at[r->year ? r->year[i] : 0]++;
	free(at);
	return rank;
}

/* Sort d[0, n) by person, year and article (in that order; equal entries keep their
 * order) and keep one entry per person and article; their number. */
static size_t
dated_sort(const struct resolver *r, struct dated *d, size_t n)
{
	uint32_t *rank, *v;
	uint64_t *k;
	size_t i, kept;

	if (n < 2)
		return n;
	rank = article_ranks(r);
	k = xmalloc(n * sizeof *k);
	for (i = 0; i < n; i++)
		k[i] = (uint64_t)d[i].person << 32 | rank[d[i].art];
	v = rs_sort_order(k, n);
	rs_permute(d, v, n, sizeof *d);
	for (i = 0, kept = 0; i < n; i++)
		if (!kept || d[i].person != d[kept - 1].person || d[i].art != d[kept - 1].art)
			d[kept++] = d[i];
	free(k);
	free(v);
	free(rank);
	return kept;
}

/* The era of each person written after an office (the only ones in_era() asks of): the
 * median year of the dated articles that write the full name, each article once; d[0, n)
 * are the dated full mentions, by index in pp->p (not yet sorted). */
static void
people_eras(struct rs_people *pp, const struct resolver *r, struct dated *d, size_t n)
{
	size_t i, j, k;

	for (i = 0, k = 0; i < n; i++)
		if (pp->p[d[i].person].office)
			d[k++] = d[i];
	k = dated_sort(r, d, k);
	for (i = 0; i < k; i = j) {
		for (j = i; j < k && d[j].person == d[i].person; j++)
			;
		pp->p[d[i].person].era = d[i + (j - i - 1) / 2].year;
	}
}

/* Sort the people by family name, then key (each key is one person). */
static void
sort_people(struct rs_people *pp)
{
	uint64_t *k = xmalloc((pp->n + 1) * sizeof *k);
	uint32_t *v;
	size_t i;

	for (i = 0; i < pp->n; i++)
		k[i] = (uint64_t)pp->p[i].fam << 32 | pp->p[i].key;
	v = rs_sort_order(k, pp->n);
	rs_permute(pp->p, v, pp->n, sizeof *pp->p);
	free(k);
	free(v);
}

/* Note the first word of person q's full name, when it is not the family name, as a given
 * name the corpus writes, with the years of q's dated articles. A name with no cue of a
 * person that ends in a common word ("Lincoln Memorial") is no evidence. */
static void
note_given(struct rs_people *pp, struct resolver *r, const struct person *q)
{
	char buf[64];
	const char *k = rs_str(r, q->key), *fam = rs_str(r, q->fam);
	size_t n = strcspn(k, " ");
	uint32_t w, span = q->ymin ? (uint32_t)q->ymin << 16 | q->ymax : 0;
	long v;

	if (n < 2 || n >= sizeof buf || k[n - 1] == '.' ||
	    (!q->titled && !q->speech && gaz_is_common(fam, strlen(fam)) == 1))
		return;
	memcpy(buf, k, n);
	if ((w = rs_intern_key(r, buf, n)) == q->fam)
		return;
	if ((v = rs_imap_get(&pp->given, w)) >= 0 && span)
		span = v == 0 ? 0 : (uint32_t)(v >> 16 < q->ymin ? v >> 16 : q->ymin) << 16 |
				    ((v & 0xffff) > q->ymax ? (v & 0xffff) : q->ymax);
	rs_imap_put(&pp->given, w, span);
	v = rs_imap_get(&pp->gcount, w);
	rs_imap_put(&pp->gcount, w, (uint32_t)(v < 0 ? 0 : v) + q->count);
}

/* Note office h (NAME_OFFICE) of person q, if it has room. */
static void
note_office(struct person *q, uint16_t h)
{
	size_t k;

	for (k = 0; k < PERSON_OFFICES && q->offices[k] && q->offices[k] != h; k++)
		;
	if (k < PERSON_OFFICES)
		q->offices[k] = h;
}

/* Is person q written after office h somewhere? */
static bool
holds(const struct person *q, uint16_t h)
{
	size_t k;

	for (k = 0; k < PERSON_OFFICES && q->offices[k]; k++)
		if (q->offices[k] == h)
			return true;
	return false;
}

/* Is folded word k[0, n) a given name of the lists: one they never know as a family name
 * ("Anthony", "Tony"; not "James", "Carter", "Lincoln") with only, or any? The first
 * word of a full name's key ("jill biden"; not "greenspan mcdonough" of a roll's
 * "Messrs. Greenspan, McDonough") is asked so too. */
static int
listed_given(const char *k, size_t n, int only)
{
	const struct gz_entry *g = gaz_find(k, n);
	uint32_t c = g ? gaz_classes(g, 0) : 0;

	return (c & GZ_FIRST) && !(only && (c & (GZ_SURNAME | GZ_FF)));
}

/* May person q head a government, as far as the corpus says: written after such an
 * office somewhere (pp->heads), or after no office, or after more than are kept?
 * ("Secretary Ash Carter" may not: "the Carter administration" is Jimmy Carter's.) */
static bool
holds_head(const struct rs_people *pp, const struct person *q)
{
	size_t k, h;

	for (k = 0; k < PERSON_OFFICES && q->offices[k]; k++)
		for (h = 0; h < HEAD_OFFICES; h++)
			if (q->offices[k] == pp->heads[h])
				return true;
	return k == 0 || k == PERSON_OFFICES;
}

struct rs_people *
rs_people_new(struct resolver *r)
{
	struct rs_people *pp = xcalloc(1, sizeof *pp);
	struct imap at;		/* full-name key -> index in pp->p */
	struct dated *d = NULL;	/* the dated full mentions, for people_eras() */
	size_t i, cap = 0, nd = 0, dcap = 0;
	long v;

	pp->year = r->year;
	rs_imap_init(&at, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		struct person *q;
		uint16_t y = r->year ? r->year[m->art] : 0;

		if (!rs_is_full(m))
			continue;
		if ((v = rs_imap_get(&at, m->key)) < 0) {
			const char *k = rs_str(r, m->key);

			xgrow((void **)&pp->p, &cap, pp->n + 1, sizeof *pp->p);
			pp->p[pp->n] = (struct person){
				.key = m->key, .fam = rs_family_word(r, m),
				.apart = r->apart.cap && rs_imap_get(&r->apart, m->key) > 0,
				.given = listed_given(k, strcspn(k, " "), 0) };
			rs_imap_put(&at, m->key, (uint32_t)pp->n);
			v = (long)pp->n++;
		}
		q = &pp->p[v];
		q->count++;
		if (q->last != m->art + 1) {
			q->last = (uint32_t)m->art + 1;
			q->arts++;
		}
		q->titled |= (m->flags & CF_TITLE) != 0;
		q->speech |= (m->flags & CF_SPEECH) != 0;
		q->office |= (m->link & LK_OFFICE) != 0;
		if (r->office && r->office[i])
			note_office(q, r->office[i]);
		q->courtesy |= (m->link & LK_COURTESY) != 0;
		q->plain |= (m->link & LK_COURTESY) &&
			    (!m->sex || m->sex == SEX_LADY || m->sex == SEX_SIR);
		if (y && (!q->ymin || y < q->ymin))
			q->ymin = y;
		if (y > q->ymax)
			q->ymax = y;
		if (y) {
			xgrow((void **)&d, &dcap, nd + 1, sizeof *d);
			d[nd++] = (struct dated){ (uint32_t)v, 0, m->art, y };
		}
	}
	for (i = 0; i < r->n; i++) {	/* "Miss Smith" beside "Harriet Smith" is she */
		const struct rm *m = &r->m[i];

		if ((m->sex == SEX_MISS || m->sex == SEX_MRS) && m->type == ENT_PERSON &&
		    (v = rs_imap_get(&at, m->key)) >= 0) {
			pp->p[v].miss |= m->sex == SEX_MISS;
			pp->p[v].mrs |= m->sex == SEX_MRS;
		}
		if ((m->sex == SEX_LORD || m->sex == SEX_SIR) && m->type == ENT_PERSON &&
		    (v = rs_imap_get(&at, m->key)) >= 0) {
			pp->p[v].lord |= m->sex == SEX_LORD;
			pp->p[v].sir |= m->sex == SEX_SIR;
		}
	}
	rs_imap_free(&at);
	people_eras(pp, r, d, nd);
	free(d);
	for (i = 0, nd = 0; i < pp->n; i++)	/* (nd: the people kept) */
		if (pp->p[i].count > 1 || !common_first(r, pp->p[i].key))
			pp->p[nd++] = pp->p[i];
	pp->n = nd;
	sort_people(pp);
	rs_imap_init(&pp->byfam, pp->n + 1);
	rs_imap_init(&pp->bykey, pp->n + 1);
	for (i = pp->n; i-- > 0;) {
		rs_imap_put(&pp->byfam, pp->p[i].fam, (uint32_t)i);
		rs_imap_put(&pp->bykey, pp->p[i].key, (uint32_t)i);
	}
	for (i = 0; i < r->n; i++)
		if (r->m[i].type == ENT_PERSON && (v = rs_imap_get(&pp->bykey, r->m[i].key)) >= 0)
			pp->p[v].seen++;
	for (i = 0; i < HEAD_OFFICES; i++)
		pp->heads[i] = ex_office_hash(head_office[i]);
	rs_imap_init(&pp->memo, 64);
	rs_imap_init(&pp->memo_office, 16);
	rs_imap_init(&pp->given, pp->n + 1);
	rs_imap_init(&pp->gcount, pp->n + 1);
	for (i = 0; i < pp->n; i++)
		note_given(pp, r, &pp->p[i]);
	return pp;
}

void
rs_people_free(struct rs_people *pp)
{
	if (!pp)
		return;
	free(pp->p);
	rs_imap_free(&pp->byfam);
	rs_imap_free(&pp->bykey);
	rs_imap_free(&pp->memo);
	rs_imap_free(&pp->memo_office);
	rs_imap_free(&pp->given);
	rs_imap_free(&pp->gcount);
	free(pp);
}

/* Could person q be named in an article of year y (0: unknown)? */
static int
in_time(const struct person *q, uint16_t y)
{
	if (!y || !q->ymin)
		return 1;
	return y + LINK_YEARS >= q->ymin && y <= q->ymax + LINK_YEARS;
}

/* Is year y (0: unknown) of person q's era: from LINK_YEARS before the first article that
 * writes the name to ERA_YEARS after the median one? (Later articles write it in
 * retrospect: "the insight of Theodore Roosevelt" in 1995.) */
static int
in_era(const struct person *q, uint16_t y)
{
	if (!y || !q->era)
		return 1;
	return y + LINK_YEARS >= q->ymin && y <= q->era + ERA_YEARS;
}

/* Is person q written after office h somewhere, and of year y's era? */
static bool
holds_in_era(const struct person *q, uint16_t h, uint16_t y)
{
	return holds(q, h) && in_era(q, y);
}

/* Which of the full names with a family name a lone one of year y may be: every one of
 * its time (PICK_ANY); after a title of office, where the corpus has several full names
 * with that family name, not one titled only by courtesy ("Dr. Jill Biden", "First Lady
 * Jill Biden": "President Biden" is another holder of the name; PICK_NOT_COURTESY), and
 * only those written after an office themselves when there are such ("President
 * Jackson" is "General Andrew Jackson", not "Reverend Jesse Jackson"; PICK_OFFICE) when
 * one of them is of the article's era: else an office holder is one candidate among the
 * others. */
enum { PICK_ANY, PICK_NOT_COURTESY, PICK_OFFICE, PICK_COURTESY };

static int
candidate(const struct person *q, uint16_t y, int pick)
{
	return in_time(q, y) && (pick == PICK_ANY ||
				 (pick == PICK_OFFICE ? q->office :
				  pick == PICK_COURTESY ? q->plain && !q->office && q->given :
				  !(q->courtesy && !q->office)));
}

/* The PICK_* for family name fam (first person at index f) in year y, after a title of
 * office or not. With one full name of the family, any: "Prime Minister Churchill" is
 * "Sir Winston Churchill". */
static int
pick_for(const struct rs_people *pp, size_t f, uint32_t fam, uint16_t y, int office)
{
	size_t i;

	if (!office || f + 1 >= pp->n || pp->p[f + 1].fam != fam)
		return PICK_ANY;
	for (i = f; i < pp->n && pp->p[i].fam == fam; i++)
		if (in_time(&pp->p[i], y) && pp->p[i].office && in_era(&pp->p[i], y))
			return PICK_OFFICE;
	return PICK_NOT_COURTESY;
}

/* Is person q's given name of the other sex than sex (rs_sex_clash())? */
static bool
sex_clash(const struct resolver *r, const struct person *q, int sex)
{
	const char *k = rs_str(r, q->key), *f = rs_str(r, q->fam);
	size_t n = strlen(f);

	return rs_sex_clash(k, strncmp(k, f, n) == 0 && k[n] == ' ', sex);
}

/* Is person q's given name of the honorific sex's own sex, as the lists know it? */
static bool
sex_same(const struct resolver *r, const struct person *q, int sex)
{
	sex = sex_of_honorific(sex);
	return sex && sex_clash(r, q, sex == 'f' ? 'm' : 'f');
}

/* Is person q a "Miss" where honorific sex is "Mrs." or the other way round, or a "Sir"
 * where it is "Lord", and never what sex says? ("Mrs. Smith" of one novel is not the
 * "Miss Smith", Harriet Smith, of another.) */
static bool
miss_clash(const struct person *q, int sex)
{
	return (sex == SEX_MRS && q->miss && !q->mrs) || (sex == SEX_MISS && q->mrs && !q->miss) ||
	       /* (a peer, "Lord Grey", is not the knight "Sir George Grey") */
	       (sex == SEX_LORD && q->sir && !q->lord);
}

/* Decide for family name fam in year y, after a title of office or not, and after an
 * honorific of sex sex ('f', 'm', 0: none): the index of the one person it names, or -1.
 * A full name of a given name of the other sex is none ("Mrs. Clinton" beside Bill and
 * Hillary Clinton is Hillary; "Miss Crawford" is not Henry Crawford). */
static long
decide_among(const struct rs_people *pp, const struct resolver *r, size_t f, uint32_t fam,
	     uint16_t y, int office, int sex, uint16_t h)
{
	long best = -1;
	size_t i;

	for (i = f; i < pp->n && pp->p[i].fam == fam; i++)
		if (candidate(&pp->p[i], y, office) && (!h || holds_in_era(&pp->p[i], h, y)) &&
		    !sex_clash(r, &pp->p[i], sex) && !miss_clash(&pp->p[i], sex) &&
		    (best < 0 || pp->p[i].count > pp->p[best].count))
			best = (long)i;
	if (best < 0)
		return -1;
	/* Every other full name in time must be the same person: one name inside the other
	 * ("Vladimir Putin", "Vladimir Vladimirovich Putin"), not "George Bush" beside
	 * "George W. Bush". */
	for (i = f; i < pp->n && pp->p[i].fam == fam; i++) {
		const char *a = rs_str(r, pp->p[i].key), *b = rs_str(r, pp->p[best].key);

		if ((long)i != best && candidate(&pp->p[i], y, office) &&
		    (!h || holds_in_era(&pp->p[i], h, y)) &&
		    !sex_clash(r, &pp->p[i], sex) && !miss_clash(&pp->p[i], sex) &&
		    !rs_sub_name(a, b) && !rs_sub_name(b, a))
			return -1;
	}
	return best;
}

/* decide_among() the family's full names; where several are in time, of those written
 * after office h (0: none) and of the article's era, if one is (a 1994 "President
 * Vantrel" is not the Theodore Vantrel of 1905 because his namesake of the 1990s is named
 * in full but never titled). */
static long
decide(const struct rs_people *pp, const struct resolver *r, uint32_t fam, uint16_t y,
       int office, int sex, uint16_t h, int courtesy)
{
	long f = rs_imap_get(&pp->byfam, fam), best;

	if (f < 0)
		return -1;
	office = pick_for(pp, (size_t)f, fam, y, office);
	best = decide_among(pp, r, (size_t)f, fam, y, office, sex, 0);
	if (best < 0 && h)
		best = decide_among(pp, r, (size_t)f, fam, y, office, sex, h);
	/* an honorific of no sex ("Dr. Biden") among several of the family: the one the
	 * corpus titles so and by no office ("Dr. Jill Biden"), not the office holder nor
	 * the untitled son (nor "Mrs. Lyndon B. Johnson": "the great Dr. Johnson" is
	 * another), and by a given name (a roll's "Messrs. Greenspan, McDonough" made a
	 * "full name" of two family names) */
	if (best < 0 && courtesy && !sex && office == PICK_ANY)
		best = decide_among(pp, r, (size_t)f, fam, y, PICK_COURTESY, sex, 0);
	return best;
}

/* Is word the given name of a full name that an article of year y (0: unknown) may name? */
static int
given_in_time(const struct rs_people *pp, uint32_t word, uint16_t y)
{
	long v = rs_imap_get(&pp->given, word);

	if (v < 0)
		return 0;
	return !y || !v || (y + LINK_YEARS >= (v >> 16) && y <= (v & 0xffff) + LINK_YEARS);
}

uint32_t
rs_people_link(struct rs_people *pp, const struct resolver *r, const struct rm *m,
	       uint16_t h, uint32_t *count)
{
	uint16_t y = pp->year ? pp->year[m->art] : 0;
	/* (an office is known by its title, or by a race's noun: "candidate Trump") */
	int office = (m->link & LK_OFFICE) != 0 || h, titled = (m->flags & CF_TITLE) != 0;
	/* (keyed by the honorific itself, as decide() is asked: "Mrs." and "Ms." differ
	 * there, miss_clash()) */
	int courtesy = (m->link & LK_COURTESY) != 0;
	uint64_t k = (uint64_t)m->key << 25 | (uint64_t)courtesy << 24 |
		     (uint64_t)(m->sex & 0x7f) << 17 | (uint64_t)office << 16 | y;
	long v, gc = rs_imap_get(&pp->gcount, m->key);
	struct imap *memo = &pp->memo;
	const char *lone = rs_str(r, m->key);

	if (!office)
		h = 0;
	if (h) {	/* (an office has no honorific: no sex) */
		memo = &pp->memo_office;
		k = (uint64_t)m->key << 32 | (uint64_t)h << 16 | y;
	}
	if ((v = rs_imap_get(memo, k)) < 0) {
		v = decide(pp, r, m->key, y, office, m->sex, h, courtesy) + 1;
		rs_imap_put(memo, k, (uint32_t)v);
	}
	/* An office or an honorific before the lone name ("President Clinton", "Vice President
	 * Gore") and never before the full name ("Hillary Clinton", "Tipper Gore"), nor an
	 * office after it ("WILLIAM H. SEWARD, Secretary of State" is "Governor Seward"): the
	 * corpus names another holder of that family name in full nowhere, so no link. */
	if (v == 0 || (titled && !pp->p[v - 1].titled && !pp->p[v - 1].office &&
		       !((m->link & LK_COURTESY) && sex_same(r, &pp->p[v - 1], m->sex))))
		return UINT32_MAX;
	/* "Mr. Knightley" is not the John Knightley whom the text names "Mr. John
	 * Knightley" beside him */
	if ((m->link & LK_COURTESY) && m->sex && pp->p[v - 1].apart)
		return UINT32_MAX;
	/* A given name with no title before it ("James, a nurse at the clinic, said") is not
	 * the family name of a namesake of other articles ("LeBron James"): a word that a
	 * full name of its time starts with ("James Holloway"), unless the namesake is
	 * written GIVEN_RATIO times as often as all those. A given name of the lists that
	 * no list knows as a family name counts as one such full name even where the
	 * corpus writes none: a briefing's "Anthony" (Anthony Fauci, named "Tony" and
	 * "Dr. Fauci" elsewhere) is not the Susan B. Anthony of a speech's list of heroes.
	 * A word no list knows as a given name weighs less (GIVEN_UNLISTED): the "Bannon
	 * Priebus" of a report's quoted notes is two family names, and the report's hundred
	 * "Bannon" are Steve Bannon's, named in full eight times. */
	if (!titled && (given_in_time(pp, m->key, y) || listed_given(lone, strlen(lone), 1)) &&
	    pp->p[v - 1].count <
		    (listed_given(lone, strlen(lone), 0) ? GIVEN_RATIO : GIVEN_UNLISTED) *
			    (uint64_t)(gc > 0 ? gc : 1))
		return UINT32_MAX;
	/* "the Carter administration" is no Secretary Ash Carter's: named for a government,
	 * the name is its head's only */
	if (r->mark && m >= r->m && m < r->m + r->n && (r->mark[m - r->m] & RS_MARK_HOLDER) &&
	    !holds_head(pp, &pp->p[v - 1]))
		return UINT32_MAX;
	*count = pp->p[v - 1].count;
	return pp->p[v - 1].key;
}

uint32_t
rs_people_seen(const struct rs_people *pp, uint32_t key, uint32_t full)
{
	long v = rs_imap_get(&pp->bykey, key);

	if (v < 0 || pp->p[v].arts < SEEN_ARTS || pp->p[v].seen < full)
		return full;
	return pp->p[v].seen;
}

uint32_t
rs_people_office(struct rs_people *pp, const struct resolver *r, const struct rm *m,
		 uint32_t *count)
{
	struct rm t = *m;
	uint32_t to, holder = 0, others = 0;
	size_t f;
	long v;

	if ((m->flags & (CF_TITLE | CF_GIVEN)) || (m->link & (LK_OFFICE | LK_COURTESY)) || m->sex)
		return UINT32_MAX;
	t.flags |= CF_TITLE;
	t.link |= LK_OFFICE;
	if ((to = rs_people_link(pp, r, &t, 0, count)) == UINT32_MAX ||
	    (v = rs_imap_get(&pp->byfam, m->key)) < 0)
		return UINT32_MAX;
	for (f = (size_t)v; f < pp->n && pp->p[f].fam == m->key; f++) {
		const char *a = rs_str(r, pp->p[f].key), *b = rs_str(r, to);

		if (pp->p[f].key == to)
			holder = pp->p[f].office ? pp->p[f].count : 0;
		else if (!rs_sub_name(a, b) && !rs_sub_name(b, a))
			others += pp->p[f].count;
	}
	return holder && holder >= OFFICE_RATIO * others ? to : UINT32_MAX;
}

/* Do full names a and b (keys) start with other words ("theodore roosevelt", "franklin
 * d. roosevelt")? */
static int
first_word_differs(const struct resolver *r, uint32_t a, uint32_t b)
{
	const char *x = rs_str(r, a), *y = rs_str(r, b);
	size_t n = strcspn(x, " ");

	return n != strcspn(y, " ") || memcmp(x, y, n) != 0;
}

/* Entries of kinds beside the full names' bits (full-name keys and family words are arena
 * offsets, below 1 << 32). */
#define KIND_ERA (1ull << 32)	/* full name -> ymin << 16 | median year of its articles */
#define KIND_FAMOF (2ull << 32)	/* full name -> 1 + its family word */
#define KIND_FAM (3ull << 32)	/* family word -> 1 + a full name of it (dated) */
#define KIND_NEXT (4ull << 32)	/* full name -> 1 + the next of its family, or 0 */

/* Put in kinds each dated full name's era (its first year and the median one of its
 * articles, each article once) and the full names of each family, for past_era(). */
static void
title_eras(const struct resolver *r, struct imap *kinds, struct dated *d, size_t n)
{
	size_t i, j, k = dated_sort(r, d, n);
	long h;

	for (i = 0; i < k; i = j) {
		for (j = i; j < k && d[j].person == d[i].person; j++)
			;
		rs_imap_put(kinds, d[i].person | KIND_ERA,
			    (uint32_t)d[i].year << 16 | d[i + (j - i - 1) / 2].year);
		rs_imap_put(kinds, d[i].person | KIND_FAMOF, d[i].fam + 1);
		h = rs_imap_get(kinds, d[i].fam | KIND_FAM);
		rs_imap_put(kinds, d[i].person | KIND_NEXT, h < 0 ? 0 : (uint32_t)h);
		rs_imap_put(kinds, d[i].fam | KIND_FAM, d[i].person + 1);
	}
}

void
rs_title_kinds(struct resolver *r, struct imap *kinds)
{
	struct imap fam;	/* family name -> 1 + the first full key with it, 0: several */
	struct imap rival;	/* family name -> 1 + the first full key after an office with
				 * it, 0: two of other given names ("Theodore", "Franklin") */
	struct imap count;	/* full key -> its mentions */
	struct dated *d = NULL;	/* the dated full mentions, for title_eras() */
	size_t i, nd = 0, dcap = 0, kept;
	long v;

	rs_imap_init(&fam, 64);
	rs_imap_init(&rival, 16);
	rs_imap_init(&count, 64);
	for (i = 0; i < r->n; i++)
		if (rs_is_full(&r->m[i]))
			(*rs_imap_ref(&count, r->m[i].key, 0))++;
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t w;

		if (!rs_is_full(m))
			continue;
		w = rs_family_word(r, m);
		if (r->year && r->year[m->art]) {
			xgrow((void **)&d, &dcap, nd + 1, sizeof *d);
			d[nd++] = (struct dated){ m->key, w, m->art, r->year[m->art] };
		}
		v = rs_imap_get(&fam, w);
		if (v < 0)
			rs_imap_put(&fam, w, m->key + 1);
		else if (v > 0 && (uint32_t)v != m->key + 1)
			rs_imap_put(&fam, w, 0);
		if (!(m->link & LK_OFFICE) ||
		    (rs_imap_get(&count, m->key) == 1 && common_first(r, m->key)))
			continue;
		v = rs_imap_get(&rival, w);
		if (v < 0)
			rs_imap_put(&rival, w, m->key + 1);
		else if (v > 0 && first_word_differs(r, (uint32_t)v - 1, m->key))
			rs_imap_put(&rival, w, 0);
	}
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t w, bits;

		if (!rs_is_full(m)) {	/* a lone name after an office (never a full one) */
			if ((m->link & LK_OFFICE) && m->ntok == 1 && m->nw <= 1)
				*rs_imap_ref(kinds, m->key, 0) |= RS_LONE_OFFICE;
			continue;
		}
		w = rs_family_word(r, m);
		/* (the office's holder is of the family, of another given name: "Hunter
		 * Biden" beside President Joe Biden; not "Dwight D. Eisenhower" beside
		 * "President Dwight Eisenhower") */
		v = rs_imap_get(&rival, w);
		bits = (v == 0 ? RS_RIVAL : 0) |
		       (v > 0 && (uint32_t)v != m->key + 1 &&
			first_word_differs(r, (uint32_t)v - 1, m->key) ? RS_KIN_OFFICE : 0) |
		       (!(m->flags & CF_TITLE) ? 0 : RS_TITLED |
			((m->link & LK_OFFICE) ? RS_OFFICE : 0) |
			((m->link & LK_COURTESY) ? RS_COURTESY : 0) |
			(rs_imap_get(&fam, w) == 0 ? RS_SHARED : 0));
		if (bits)
			*rs_imap_ref(kinds, m->key, 0) |= bits;
	}
	for (i = 0, kept = 0; i < nd; i++)	/* families of one full name need no era */
		if (rs_imap_get(&fam, d[i].fam) == 0)
			d[kept++] = d[i];
	title_eras(r, kinds, d, kept);
	free(d);
	rs_imap_free(&fam);
	rs_imap_free(&rival);
	rs_imap_free(&count);
}

/* Is year y past the era of full name key, whose family name word is, while another full
 * name of its family (not a part of it) is of that year's era? ("Governor Roosevelt" of
 * 1932 is not the Theodore Roosevelt its article names in retrospect: his articles centre
 * on 1906, those of Franklin D. Roosevelt begin in 1933.) */
static int
past_era(const struct resolver *r, const struct imap *kinds, uint32_t key, uint32_t word,
	 uint16_t y)
{
	long e = rs_imap_get(kinds, key | KIND_ERA), f, k, o;

	if (!y || e < 0 || y <= (e & 0xffff) + ERA_YEARS ||
	    (f = rs_imap_get(kinds, key | KIND_FAMOF)) <= 0 || (uint32_t)(f - 1) != word)
		return 0;
	for (k = rs_imap_get(kinds, (uint32_t)(f - 1) | KIND_FAM); k > 0;
	     k = rs_imap_get(kinds, (uint32_t)(k - 1) | KIND_NEXT)) {
		const char *a = rs_str(r, (uint32_t)(k - 1)), *b = rs_str(r, key);

		if ((uint32_t)(k - 1) == key || rs_sub_name(a, b) || rs_sub_name(b, a) ||
		    (o = rs_imap_get(kinds, (uint32_t)(k - 1) | KIND_ERA)) < 0)
			continue;
		if (y + LINK_YEARS >= (o >> 16) && y <= (o & 0xffff) + ERA_YEARS)
			return 1;
	}
	return 0;
}

int
rs_not_this_office(const struct resolver *r, const struct imap *kinds, const struct rm *m,
		   uint32_t key, int office_here)
{
	long v = rs_imap_get(kinds, key);

	if ((m->link & LK_OFFICE) && v >= 0 &&
	    ((v & (RS_COURTESY | RS_SHARED | RS_OFFICE)) == (RS_COURTESY | RS_SHARED) ||
	     ((v & RS_RIVAL) && !office_here) ||
	     ((v & (RS_KIN_OFFICE | RS_OFFICE)) == RS_KIN_OFFICE && !office_here)))
		return 1;
	/* "President John F. Kennedy ... President Kennedy": the article's own office holder */
	if ((m->link & LK_OFFICE) && office_here)
		return 0;
	return r->year && past_era(r, kinds, key, m->key, r->year[m->art]);
}
