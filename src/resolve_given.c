/* resolve_given.c -- a given name alone joins the full name it starts that its article's company points to. MIT licence. */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * A given name written alone ("Jane", "Fanny", "Dave") in an article that does not name
 * its bearer in full was one key across the corpus: Jane Bennet of one novel and Jane
 * Fairfax of another, every Dave of a mailing list, one row. Where the corpus names a
 * person in full and writes the given name alone for that person beside the full name in
 * GIVEN_USES articles at least ("Jane Fairfax ... Jane said"), the company of an article
 * that writes the given name alone decides: the people, organisations and places it
 * names are weighed against those named in the articles of each such full name (a name
 * in few articles weighs more than one in many: log(articles / its articles)), and the
 * given name joins the full name they point to when it is clearly ahead of the others.
 * Otherwise it stays as it was. A given name that is also some full name's family name
 * ("James", "Kim") is left to the family-name rules.
 */

/* The least weight of the company shared, and how far ahead of the next full name. */
#define GIVEN_MIN_SCORE 6.0
#define GIVEN_AHEAD 2.0
/* The articles that must write a full name's given name alone for it, beside it. */
#define GIVEN_USES 2

/* Is m a word of the company an article keeps? */
static int
company(const struct rm *m)
{
	return m->type == ENT_PERSON || m->type == ENT_ORG || m->type == ENT_PLACE;
}

/* Is m a person's name of one word, kept as itself? */
static int
lone_given(const struct rm *m)
{
	return m->type == ENT_PERSON && m->nw == 1;
}

/* Is m a word alone that names full name key f by f's first word ("Jane" for "jane
 * fairfax")? */
static int
given_for(const struct resolver *r, const struct rm *m, uint32_t f)
{
	const char *s = rs_str(r, rs_at(r, m)->surf), *k = rs_str(r, f);
	size_t n = strcspn(k, " ");

	return m->ntok == 1 && k[n] && strlen(s) == n && strncasecmp(s, k, n) == 0;
}

/* A full name of the given name that never has it alone beside it: weighed, never joined. */
#define RIVAL 2

/* The full names each given name starts: a chain through next[] from head (index + 1). */
struct cands {
	struct imap head;	/* given key -> first full name's index + 1 */
	struct imap is;		/* full key -> 1, RIVAL for a rival */
	uint32_t *full, *next;
	size_t n, cap;
};

/* Add full name f to the chain of given name w in c. */
static void
add_cand(struct cands *c, uint32_t w, uint32_t f)
{
	long v = rs_imap_get(&c->head, w);

	rs_imap_put(&c->is, f, 1);
	xgrow((void **)&c->full, &c->cap, c->n + 1, sizeof *c->full);
	c->next = xrealloc(c->next, c->cap * sizeof *c->next);
	c->full[c->n] = f;
	c->next[c->n] = v < 0 ? 0 : (uint32_t)v;
	rs_imap_put(&c->head, w, (uint32_t)++c->n);
}

/*
 * The full names whose given name alone stands for them beside them in GIVEN_USES
 * articles, chained by that word in c; none for a word that is also some full name's
 * family name. (Most corpora have none: one pass over the mentions then, reading only
 * struct rm for all but the lone words that name a full name.)
 */
static void
find_cands(struct resolver *r, struct cands *c)
{
	struct imap uses;	/* full key -> articles that write its given name alone for it */
	struct imap seen;	/* full key -> the last article + 1 seen; later 1: weighed */
	struct imap arts;	/* full key -> the articles that name it */
	size_t i;
	uint32_t w;

	rs_imap_init(&uses, 16);
	rs_imap_init(&seen, 16);
	for (i = 0; i < r->n; i++) {	/* "Jane" for "Jane Fairfax" beside it */
		const struct rm *m = &r->m[i];
		uint32_t *u;

		if (m->type != ENT_PERSON || m->ntok != 1 || m->nw < 2 || !given_for(r, m, m->key))
			continue;
		u = rs_imap_ref(&seen, m->key, 0);
		if (*u != m->art + 1) {
			*u = m->art + 1;
			(*rs_imap_ref(&uses, m->key, 0))++;
		}
	}
	for (i = 0; i < uses.cap; i++)
		if (uses.s[i].key && uses.s[i].val >= GIVEN_USES &&
		    (w = rs_first_word(r, (uint32_t)(uses.s[i].key - 1))) != UINT32_MAX)
			add_cand(c, w, (uint32_t)(uses.s[i].key - 1));
	rs_imap_free(&uses);
	rs_imap_free(&seen);
	if (!c->n)
		return;
	rs_imap_init(&seen, 64);
	for (i = 0; i < r->n; i++) {	/* "James" of "LeBron James" is left alone */
		const struct rm *m = &r->m[i];
		uint32_t fw;

		if (!rs_is_full(m) || rs_imap_get(&seen, m->key) >= 0)
			continue;
		rs_imap_put(&seen, m->key, 1);
		if (rs_imap_get(&c->head, fw = rs_family_word(r, m)) > 0)
			rs_imap_put(&c->head, fw, 0);
	}
	/* Every other bearer named in full in two articles and half a candidate's is a
	 * rival, weighed as the candidates are: the given name joins none when a rival's
	 * company is as close ("Peter" of a hundred press briefings, reporters called on by
	 * their given names, was all "Peter Baker", named in full twice beside "Peter";
	 * Peter DeFazio, Peter Marks ... keep the same company). A bearer of fewer articles
	 * is no rival: the married name of a novel's heroine ("Lydia Wickham"), a maiden name
	 * ("Maria Ward"), a slip of the chunker. */
	rs_imap_free(&seen);
	rs_imap_init(&seen, 64);
	rs_imap_init(&arts, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t *at;

		if (!rs_is_full(m) || rs_imap_get(&c->head, rs_first_word(r, m->key)) <= 0)
			continue;
		at = rs_imap_ref(&seen, m->key, 0);
		if (*at != m->art + 1) {
			*at = (uint32_t)m->art + 1;
			(*rs_imap_ref(&arts, m->key, 0))++;
		}
	}
	for (i = 0; i < arts.cap; i++) {	/* each full name once */
		uint32_t key = (uint32_t)(arts.s[i].key - 1), gw;
		long x, most = 0, na = arts.s[i].val;

		if (!arts.s[i].key || na < 2 || rs_imap_get(&c->is, key) >= 0 ||
		    (gw = rs_first_word(r, key)) == UINT32_MAX || rs_imap_get(&c->head, gw) <= 0)
			continue;
		for (x = rs_imap_get(&c->head, gw); x > 0; x = c->next[x - 1])
			if (rs_imap_get(&c->is, c->full[x - 1]) == 1 &&
			    rs_imap_get(&arts, c->full[x - 1]) > most)
				most = rs_imap_get(&arts, c->full[x - 1]);
		if (2 * na >= most) {
			add_cand(c, gw, key);
			rs_imap_put(&c->is, key, RIVAL);
		}
	}
	rs_imap_free(&arts);
	rs_imap_free(&seen);
}

/* The company: ctx (key -> the articles that name it, for the keys of the articles in
 * want) and pair (full name << 32 | key -> 1: named in one of the full name's articles). */
struct company {
	struct imap want;	/* article -> 1: a lone given name with full names is there */
	struct imap ctx, pair;
};

/* Fill k's ctx and pair for the candidates c from every article. */
static void
keep_company(const struct resolver *r, const struct cands *c, struct company *k)
{
	struct imap stamp;	/* key -> the last article + 1 that named it */
	uint32_t *here = NULL, *fulls = NULL, *s;
	size_t nhere, caphere = 0, nfulls, capfulls = 0, a, i, j, x;
	long v;
	int isf;

	for (a = 0; a < r->narts; a++)	/* the company those articles keep */
		if (rs_imap_get(&k->want, a) > 0)
			for (i = r->first[a]; i < r->first[a + 1]; i++)
				if (company(&r->m[i]))
					rs_imap_put(&k->ctx, r->m[i].key, 0);
	rs_imap_init(&stamp, k->ctx.n + c->n);
	for (a = 0; a < r->narts; a++) {	/* how many articles name each; with whom */
		nhere = nfulls = 0;
		for (i = r->first[a]; i < r->first[a + 1]; i++) {
			const struct rm *m = &r->m[i];

			if (!company(m))
				continue;
			v = rs_imap_get(&k->ctx, m->key);
			isf = rs_imap_get(&c->is, m->key) > 0;
			if (v < 0 && !isf)
				continue;
			s = rs_imap_ref(&stamp, m->key, 0);
			if (*s == a + 1)
				continue;
			*s = (uint32_t)a + 1;
			if (v >= 0) {
				rs_imap_put(&k->ctx, m->key, (uint32_t)v + 1);
				xgrow((void **)&here, &caphere, nhere + 1, sizeof *here);
				here[nhere++] = m->key;
			}
			if (isf) {
				xgrow((void **)&fulls, &capfulls, nfulls + 1, sizeof *fulls);
				fulls[nfulls++] = m->key;
			}
		}
		for (j = 0; j < nfulls; j++)
			for (x = 0; x < nhere; x++)
				if (here[x] != fulls[j])
					rs_imap_put(&k->pair, (uint64_t)fulls[j] << 32 | here[x], 1);
	}
	rs_imap_free(&stamp);
	free(here);
	free(fulls);
}

/* Does article a name in full two people or more whose given name is the key w ("mike
 * pence", "mike lee" for "mike")? */
static bool
names_bearers(const struct resolver *r, size_t a, uint32_t w)
{
	uint32_t one = UINT32_MAX;
	size_t j;

	for (j = r->first[a]; j < r->first[a + 1]; j++)
		if (r->m[j].type == ENT_PERSON && r->m[j].nw >= 2 && r->m[j].key != one &&
		    rs_first_word(r, r->m[j].key) == w) {
			if (one != UINT32_MAX)
				return true;
			one = r->m[j].key;
		}
	return false;
}

/* The full name of c that lone mention m of article a joins, or UINT32_MAX. */
static uint32_t
pick_full(const struct resolver *r, const struct cands *c, const struct company *k,
	  struct imap *mark, uint32_t *round, size_t a, const struct rm *m)
{
	double best = 0, second = 0, score;
	uint32_t bestf = UINT32_MAX, f, *s;
	size_t j;
	long x;

	for (x = rs_imap_get(&c->head, m->key); x > 0; x = c->next[x - 1]) {
		f = c->full[x - 1];
		score = 0;
		++*round;
		for (j = r->first[a]; j < r->first[a + 1]; j++) {
			const struct rm *e = &r->m[j];

			if (!company(e) || e->key == m->key)
				continue;
			s = rs_imap_ref(mark, e->key, 0);
			if (*s == *round)
				continue;
			*s = *round;
			if (rs_imap_get(&k->pair, (uint64_t)f << 32 | e->key) > 0)
				score += log((double)r->narts / (double)rs_imap_get(&k->ctx, e->key));
		}
		if (score > best) {
			second = best;
			best = score;
			bestf = f;
		} else if (score > second) {
			second = score;
		}
	}
	return best >= GIVEN_MIN_SCORE && best >= GIVEN_AHEAD * second &&
	       rs_imap_get(&c->is, bestf) != RIVAL ? bestf : UINT32_MAX;
}

void
rs_given_company(struct resolver *r)
{
	struct cands c = { .n = 0 };
	struct company k;
	struct imap pick;	/* given key << 32 | article -> 1 + the full name picked */
	struct imap mark;	/* key -> the last round that weighed it */
	uint32_t round = 0, f;
	size_t a, i;
	long v;

	rs_imap_init(&c.head, 16);
	rs_imap_init(&c.is, 16);
	find_cands(r, &c);
	rs_imap_init(&k.want, 16);
	for (i = 0; c.n && i < r->n; i++)
		if (lone_given(&r->m[i]) && rs_imap_get(&c.head, r->m[i].key) > 0)
			rs_imap_put(&k.want, r->m[i].art, 1);
	if (!k.want.n)
		goto out;
	rs_imap_init(&k.ctx, 64);
	rs_imap_init(&k.pair, 64);
	keep_company(r, &c, &k);
	rs_imap_init(&pick, 16);
	rs_imap_init(&mark, 64);
	for (a = 0; a < r->narts; a++) {	/* each article's lone given names */
		if (rs_imap_get(&k.want, a) <= 0)
			continue;
		for (i = r->first[a]; i < r->first[a + 1]; i++) {
			const struct rm *m = &r->m[i];

			if (!lone_given(m) || rs_imap_get(&c.head, m->key) <= 0 ||
			    rs_imap_get(&pick, (uint64_t)m->key << 32 | a) >= 0)
				continue;
			/* nor in an article that names several bearers in full: "Mike" of a
			 * rally naming Mike Lee, Mike Braun and Mike Pompeo is none of them
			 * for sure, nor the Mike Pence of other speeches */
			f = names_bearers(r, a, m->key) ? UINT32_MAX :
			    pick_full(r, &c, &k, &mark, &round, a, m);
			rs_imap_put(&pick, (uint64_t)m->key << 32 | a, f + 1);
		}
		for (i = r->first[a]; i < r->first[a + 1]; i++) {
			struct rm *m = &r->m[i];

			if (lone_given(m) &&
			    (v = rs_imap_get(&pick, (uint64_t)m->key << 32 | a)) > 0) {
				m->key = (uint32_t)v - 1;
				m->nw = rs_nwords(rs_str(r, m->key));
			}
		}
	}
	rs_imap_free(&pick);
	rs_imap_free(&mark);
	rs_imap_free(&k.ctx);
	rs_imap_free(&k.pair);
out:
	rs_imap_free(&k.want);
	rs_imap_free(&c.head);
	rs_imap_free(&c.is);
	free(c.full);
	free(c.next);
}
