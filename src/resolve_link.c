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
 */

/* Years either side of the span of a full name's dated articles in which a lone family
 * name may still be that person: a career, not a century. */
#define LINK_YEARS 10

/* One distinct full name of the corpus. */
struct person {
	uint32_t key;		/* arena offset of the folded full name */
	uint32_t fam;		/* arena offset of its family name (interned) */
	uint32_t count;		/* mentions in full */
	uint16_t ymin, ymax;	/* years of the dated articles that write it; 0: none */
	int titled;		/* written after a title or an honorific somewhere */
	int office;		/* written after a title of office somewhere */
	int courtesy;		/* written after an honorific somewhere */
};

struct rs_people {
	struct person *p;	/* owned; sorted by family name, then key */
	size_t n;
	struct imap byfam;	/* family name -> index of its first person in p */
	struct imap memo;	/* family name << 17 | office << 16 | year -> 1 + person, or 0 */
	const uint16_t *year;	/* the resolver's article years (not owned) */
};

static int
person_cmp(const void *a, const void *b)
{
	const struct person *x = a, *y = b;

	if (x->fam != y->fam)
		return x->fam < y->fam ? -1 : 1;
	return x->key < y->key ? -1 : x->key > y->key;
}

struct rs_people *
rs_people_new(struct resolver *r)
{
	struct rs_people *pp = xcalloc(1, sizeof *pp);
	struct imap at;		/* full-name key -> index in pp->p */
	size_t i, cap = 0;
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
			xgrow((void **)&pp->p, &cap, pp->n + 1, sizeof *pp->p);
			pp->p[pp->n] = (struct person){ m->key, rs_family_word(r, m), 0, 0, 0, 0, 0, 0 };
			rs_imap_put(&at, m->key, (uint32_t)pp->n);
			v = (long)pp->n++;
		}
		q = &pp->p[v];
		q->count++;
		q->titled |= (m->flags & CF_TITLE) != 0;
		q->office |= (m->link & LK_OFFICE) != 0;
		q->courtesy |= (m->link & LK_COURTESY) != 0;
		if (y && (!q->ymin || y < q->ymin))
			q->ymin = y;
		if (y > q->ymax)
			q->ymax = y;
	}
	rs_imap_free(&at);
	if (pp->n)
		qsort(pp->p, pp->n, sizeof *pp->p, person_cmp);
	rs_imap_init(&pp->byfam, pp->n + 1);
	for (i = pp->n; i-- > 0;)
		rs_imap_put(&pp->byfam, pp->p[i].fam, (uint32_t)i);
	rs_imap_init(&pp->memo, 64);
	return pp;
}

void
rs_people_free(struct rs_people *pp)
{
	if (!pp)
		return;
	free(pp->p);
	rs_imap_free(&pp->byfam);
	rs_imap_free(&pp->memo);
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

/* Which of the full names with a family name a lone one of year y may be: every one of
 * its time (PICK_ANY); after a title of office, where the corpus has several full names
 * with that family name, not one titled only by courtesy ("Dr. Jill Biden", "First Lady
 * Jill Biden": "President Biden" is another holder of the name; PICK_NOT_COURTESY), and
 * only those written after an office themselves when there are such ("President
 * Jackson" is "General Andrew Jackson", not "Reverend Jesse Jackson"; PICK_OFFICE). */
enum { PICK_ANY, PICK_NOT_COURTESY, PICK_OFFICE };

static int
candidate(const struct person *q, uint16_t y, int pick)
{
	return in_time(q, y) && (pick == PICK_ANY || (pick == PICK_OFFICE ? q->office :
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
		if (in_time(&pp->p[i], y) && pp->p[i].office)
			return PICK_OFFICE;
	return PICK_NOT_COURTESY;
}

/* Decide for family name fam in year y, after a title of office or not: the index of the
 * one person it names, or -1. */
static long
decide(const struct rs_people *pp, const struct resolver *r, uint32_t fam, uint16_t y,
       int office)
{
	long f = rs_imap_get(&pp->byfam, fam), best = -1;
	size_t i;

	if (f < 0)
		return -1;
	office = pick_for(pp, (size_t)f, fam, y, office);
	for (i = (size_t)f; i < pp->n && pp->p[i].fam == fam; i++)
		if (candidate(&pp->p[i], y, office) &&
		    (best < 0 || pp->p[i].count > pp->p[best].count))
			best = (long)i;
	if (best < 0)
		return -1;
	/* Every other full name in time must be the same person: one name inside the other
	 * ("Vladimir Putin", "Vladimir Vladimirovich Putin"), not "George Bush" beside
	 * "George W. Bush". */
	for (i = (size_t)f; i < pp->n && pp->p[i].fam == fam; i++) {
		const char *a = rs_str(r, pp->p[i].key), *b = rs_str(r, pp->p[best].key);

		if ((long)i != best && candidate(&pp->p[i], y, office) && !rs_sub_name(a, b) &&
		    !rs_sub_name(b, a))
			return -1;
	}
	return best;
}

uint32_t
rs_people_link(struct rs_people *pp, const struct resolver *r, uint32_t word, uint32_t art,
	       int cue, uint32_t *count)
{
	uint16_t y = pp->year ? pp->year[art] : 0;
	int office = (cue & RS_OFFICE) != 0, titled = (cue & RS_TITLED) != 0;
	uint64_t k = (uint64_t)word << 17 | (uint64_t)office << 16 | y;
	long v = rs_imap_get(&pp->memo, k);

	if (v < 0) {
		v = decide(pp, r, word, y, office) + 1;
		rs_imap_put(&pp->memo, k, (uint32_t)v);
	}
	/* An office or an honorific before the lone name ("President Clinton", "Vice President
	 * Gore") and never before the full name ("Hillary Clinton", "Tipper Gore"): the
	 * corpus names another holder of that family name in full nowhere, so no link. */
	if (v == 0 || (titled && !pp->p[v - 1].titled))
		return UINT32_MAX;
	*count = pp->p[v - 1].count;
	return pp->p[v - 1].key;
}

void
rs_women(struct resolver *r, const struct imap *kinds)
{
	char buf[256];
	size_t i;
	int n;

	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (!(m->link & LK_FEMININE) || m->ntok != 1 || m->nw > 1 ||
		    (m->type != ENT_PERSON && m->type != CAND_UNKNOWN) ||
		    !(rs_imap_get(kinds, m->key) > 0 && (rs_imap_get(kinds, m->key) & RS_LONE_OFFICE)))
			continue;
		n = snprintf(buf, sizeof buf, "mrs %s", rs_str(r, m->key));
		if (n > 0 && (size_t)n < sizeof buf) {
			m->key = rs_intern_key(r, buf, (size_t)n);
			m->type = ENT_PERSON;
		}
	}
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

void
rs_title_kinds(struct resolver *r, struct imap *kinds)
{
	struct imap fam;	/* family name -> 1 + the first full key with it, 0: several */
	struct imap rival;	/* family name -> 1 + the first full key after an office with
				 * it, 0: two of other given names ("Theodore", "Franklin") */
	size_t i;
	long v;

	rs_imap_init(&fam, 64);
	rs_imap_init(&rival, 16);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t w;

		if (!rs_is_full(m))
			continue;
		w = rs_family_word(r, m);
		v = rs_imap_get(&fam, w);
		if (v < 0)
			rs_imap_put(&fam, w, m->key + 1);
		else if (v > 0 && (uint32_t)v != m->key + 1)
			rs_imap_put(&fam, w, 0);
		if (!(m->link & LK_OFFICE))
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

		if (!rs_is_full(m))
			continue;
		w = rs_family_word(r, m);
		bits = (rs_imap_get(&rival, w) == 0 ? RS_RIVAL : 0) |
		       (!(m->flags & CF_TITLE) ? 0 : RS_TITLED |
			((m->link & LK_OFFICE) ? RS_OFFICE : 0) |
			((m->link & LK_COURTESY) ? RS_COURTESY : 0) |
			(rs_imap_get(&fam, w) == 0 ? RS_SHARED : 0));
		if (bits) {
			v = rs_imap_get(kinds, m->key);
			rs_imap_put(kinds, m->key, (uint32_t)(v < 0 ? 0 : v) | bits);
		}
	}
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if ((m->link & LK_OFFICE) && m->ntok == 1 && m->nw <= 1) {
			v = rs_imap_get(kinds, m->key);
			rs_imap_put(kinds, m->key, (uint32_t)(v < 0 ? 0 : v) | RS_LONE_OFFICE);
		}
	}
	rs_imap_free(&fam);
	rs_imap_free(&rival);
}

int
rs_not_this_office(const struct imap *kinds, uint32_t key, int office_here)
{
	long v = rs_imap_get(kinds, key);

	if (v < 0)
		return 0;
	return (v & (RS_COURTESY | RS_SHARED | RS_OFFICE)) == (RS_COURTESY | RS_SHARED) ||
	       ((v & RS_RIVAL) && !office_here);
}

/*
 * Spelling variants of one person's name ("Mikhail Gorbachev", "Mikhail Gorbachov";
 * "Alexei Navalny", "Alexey Navalny") become one entity: two full names of the same number
 * of words that differ in one word only, where that word is long and the two spellings are
 * one or two edits apart (see variant_words), and no article writes both (one writer keeps
 * to one spelling; two spellings side by side are two people). The name written more often
 * gives the key. A spelling table (data/sources/name_variants.tsv) has already made the
 * known transliterations one key.
 */

#define VAR_MAX_WORDS 6	/* longer names are not compared */
#define VAR_WINDOW 64	/* in a large block, each name is compared with the next this many */

/* One distinct full name, for variant matching. */
struct vname {
	uint32_t key;		/* arena offset of the folded name */
	uint32_t count;		/* its mentions */
	uint32_t up;		/* union-find parent (index) */
	size_t a0, a1;		/* its articles: [a0, a1) of the sorted article list */
};

/* One (name, word position) of a block: the names equal but for that word. */
struct vslot {
	uint64_t hash;		/* hash of the name with word j blanked, and j */
	uint64_t pre;		/* the first 8 bytes of word j, big-endian: similar words sort
				 * together inside a block */
	uint32_t name;		/* index into the names */
	uint16_t off, len;	/* word j: bytes [off, off + len) of the key */
};

static int
vslot_cmp(const void *a, const void *b)
{
	const struct vslot *x = a, *y = b;

	if (x->hash != y->hash)
		return x->hash < y->hash ? -1 : 1;
	return x->pre < y->pre ? -1 : x->pre > y->pre;
}

static int
u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Edit distance of a[0, la) and b[0, lb) with adjacent transpositions, capped at 3. */
static int
edit_distance(const char *a, size_t la, const char *b, size_t lb)
{
	int d[3][64];
	size_t i, j;

	if (la >= 63 || lb >= 63 || (la > lb ? la - lb : lb - la) > 2)
		return 3;
	for (j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= la; i++) {
		int *row = d[i % 3], *up = d[(i - 1) % 3], *up2 = d[(i + 1) % 3], best = 3;

		row[0] = (int)i;
		for (j = 1; j <= lb; j++) {
			int c = row[j - 1] + 1, s = up[j - 1] + (a[i - 1] != b[j - 1]);

			if (up[j] + 1 < c)
				c = up[j] + 1;
			if (s < c)
				c = s;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    up2[j - 2] + 1 < c)
				c = up2[j - 2] + 1;
			row[j] = c;
			if (c < best)
				best = c;
		}
		if (best >= 3)
			return 3;
	}
	return d[la % 3][lb] > 3 ? 3 : d[la % 3][lb];
}

/* Are the bytes s[0, n) only the vowels of an inflection (a, e, i, o)? */
static int
inflection(const char *s, size_t n)
{
	size_t i;

	if (n > 2)
		return 0;
	for (i = 0; i < n; i++)
		if (!strchr("aeio", s[i]))
			return 0;
	return 1;
}

/* Do a and b differ only by one i written y, the two transliterations of a Russian
 * ending ("Alexei", "Alexey"; "Dmitri", "Dmitry")? */
static int
i_for_y(const char *a, size_t la, const char *b, size_t lb)
{
	size_t i, diff = 0;

	if (la != lb)
		return 0;
	for (i = 0; i < la; i++)
		if (a[i] != b[i]) {
			if (!((a[i] == 'i' && b[i] == 'y') || (a[i] == 'y' && b[i] == 'i')))
				return 0;
			diff++;
		}
	return diff == 1;
}

/* Are a and b two names of the lists, given or family ("Christian" and "Christine",
 * "Hanson" and "Hansen"), not two transliterations of one? */
static int
two_known_names(const char *a, size_t la, const char *b, size_t lb)
{
	const struct gz_entry *ea = gaz_lookup(a, la, gaz_hash(a, la));
	const struct gz_entry *eb = gaz_lookup(b, lb, gaz_hash(b, lb));
	uint32_t ca = ea ? ea->word & GZ_PERSONISH : 0, cb = eb ? eb->word & GZ_PERSONISH : 0;

	return (ca & cb) != 0 && !i_for_y(a, la, b, lb);
}

/* May the words a and b (folded, the one word in which two full names differ) be two
 * spellings of one name? Both long (6 letters; 9 for two edits), one or two edits apart,
 * not told apart by an ending of gender or case ("Ivanov", "Ivanova"; "Andrei",
 * "Andrea"), nor "-son" beside "-sen", nor two names the lists know. */
static int
variant_words(const char *a, size_t la, const char *b, size_t lb)
{
	size_t p = 0, m = la < lb ? la : lb;
	int d;

	if (m < 6)
		return 0;
	d = edit_distance(a, la, b, lb);
	if (d == 0 || d > (m >= 9 ? 2 : 1))
		return 0;
	while (p < m && a[p] == b[p])
		p++;
	if (inflection(a + p, la - p) && inflection(b + p, lb - p))
		return 0;
	if (la >= 3 && lb >= 3 && (!memcmp(a + la - 3, "son", 3) || !memcmp(a + la - 3, "sen", 3)) &&
	    (!memcmp(b + lb - 3, "son", 3) || !memcmp(b + lb - 3, "sen", 3)) &&
	    memcmp(a + la - 3, b + lb - 3, 3) != 0)
		return 0;
	return !two_known_names(a, la, b, lb);
}

static uint32_t
vfind(struct vname *v, uint32_t i)
{
	while (v[i].up != i)
		i = v[i].up = v[v[i].up].up;
	return i;
}

/* Do names x and y share an article? (Their article lists are sorted.) */
static int
share_article(const struct vname *x, const struct vname *y, const uint64_t *arts)
{
	size_t i = x->a0, j = y->a0;

	while (i < x->a1 && j < y->a1) {
		uint32_t ai = (uint32_t)arts[i], aj = (uint32_t)arts[j];

		if (ai == aj)
			return 1;
		if (ai < aj)
			i++;
		else
			j++;
	}
	return 0;
}

/* The distinct full names of the corpus with their counts, and their sorted articles
 * (name index << 32 | article, in *arts). */
static size_t
variant_names(const struct resolver *r, struct vname **vp, uint64_t **arts, size_t *narts)
{
	struct imap at;
	struct vname *v = NULL;
	size_t n = 0, cap = 0, i, k = 0;
	long x;

	*arts = NULL;
	*narts = 0;
	rs_imap_init(&at, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if (!rs_is_full(m) || m->nw > VAR_MAX_WORDS)
			continue;
		if ((x = rs_imap_get(&at, m->key)) < 0) {
			xgrow((void **)&v, &cap, n + 1, sizeof *v);
			v[n] = (struct vname){ m->key, 0, (uint32_t)n, 0, 0 };
			rs_imap_put(&at, m->key, (uint32_t)n);
			x = (long)n++;
		}
		v[x].count++;
		(*narts)++;
	}
	*arts = xmalloc((*narts + 1) * sizeof **arts);
	for (i = 0; i < r->n; i++)
		if (rs_is_full(&r->m[i]) && r->m[i].nw <= VAR_MAX_WORDS)
			(*arts)[k++] = (uint64_t)rs_imap_get(&at, r->m[i].key) << 32 | r->m[i].art;
	rs_imap_free(&at);
	if (k)
		qsort(*arts, k, sizeof **arts, u64_cmp);
	for (i = 0; i < k; i++) {
		struct vname *q = &v[(*arts)[i] >> 32];

		if (i == 0 || (*arts)[i - 1] >> 32 != (*arts)[i] >> 32)
			q->a0 = i;
		q->a1 = i + 1;
	}
	*vp = v;
	return n;
}

/* Every (name, word position) of the names, hashed with that word blanked. */
static size_t
variant_slots(const struct resolver *r, const struct vname *v, size_t n, struct vslot **sp)
{
	struct vslot *s = NULL;
	size_t ns = 0, cap = 0, i;

	for (i = 0; i < n; i++) {
		const char *k = rs_str(r, v[i].key);
		size_t kl = strlen(k), p = 0, j = 0;

		while (p <= kl && kl < 65536) {
			size_t w = strcspn(k + p, " ");
			uint64_t h = 1469598103934665603ull;

			if (w >= 6) {
				uint64_t pre = 0;
				size_t q;

				for (q = 0; q < kl; q++) {
					h ^= (q >= p && q < p + w) ? 0 : (unsigned char)k[q];
					h *= 1099511628211ull;
				}
				for (q = 0; q < 8; q++)
					pre = pre << 8 | (q < w ? (unsigned char)k[p + q] : 0);
				h ^= j;
				h *= 1099511628211ull;
				xgrow((void **)&s, &cap, ns + 1, sizeof *s);
				s[ns++] = (struct vslot){ h, pre, (uint32_t)i, (uint16_t)p, (uint16_t)w };
			}
			p += w + 1;
			j++;
		}
	}
	if (ns)
		qsort(s, ns, sizeof *s, vslot_cmp);
	*sp = s;
	return ns;
}

/* Are slots x and y two spellings of one name: the same words but the blanked one, and
 * those two variants, never written in one article? */
static int
variant_pair(const struct resolver *r, const struct vname *v, const struct vslot *x,
	     const struct vslot *y, const uint64_t *arts)
{
	const char *a = rs_str(r, v[x->name].key), *b = rs_str(r, v[y->name].key);
	size_t la = strlen(a), lb = strlen(b);

	if (x->off != y->off || la - x->len != lb - y->len ||
	    memcmp(a, b, x->off) != 0 ||
	    strcmp(a + x->off + x->len, b + y->off + y->len) != 0)
		return 0;
	return variant_words(a + x->off, x->len, b + y->off, y->len) &&
	       !share_article(&v[x->name], &v[y->name], arts);
}

/* Give every mention of a merged name the key of the name that leads its set; a lone
 * family name spelt as a merged name's (words: pairs of its interned family word and the
 * leading name's) takes the leading spelling, so that it links as that name does. */
static void
rename_variants(struct resolver *r, struct vname *v, size_t n, const uint32_t *words,
		size_t nwords)
{
	struct imap at, fam;
	size_t i;
	long x;

	rs_imap_init(&at, n + 1);
	rs_imap_init(&fam, nwords / 2 + 1);
	for (i = 0; i < n; i++)
		if (vfind(v, (uint32_t)i) != i)
			rs_imap_put(&at, v[i].key, vfind(v, (uint32_t)i));
	for (i = 0; i + 1 < nwords; i += 2)
		if (words[i] != words[i + 1])
			rs_imap_put(&fam, words[i], words[i + 1]);
	for (i = 0; at.n && i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->type == ENT_PERSON && (x = rs_imap_get(&at, m->key)) >= 0)
			m->key = v[x].key;
		else if ((m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && !rs_is_full(m) &&
			 m->nw == 1 && (x = rs_imap_get(&fam, m->key)) >= 0)
			m->key = (uint32_t)x;
	}
	rs_imap_free(&at);
	rs_imap_free(&fam);
}

/* If names x and y differ in their last word only, store the two last words, interned, in
 * out[0] (x's) and out[1] (y's) and return 1. */
static int
family_pair(struct resolver *r, uint32_t x, uint32_t y, uint32_t out[2])
{
	const char *a = rs_str(r, x), *b = rs_str(r, y), *sa = strrchr(a, ' '), *sb = strrchr(b, ' ');
	size_t pa, pb, la, lb;

	if (!sa || !sb || sa - a != sb - b || memcmp(a, b, (size_t)(sa - a)) != 0)
		return 0;
	pa = (size_t)(sa + 1 - a);
	pb = (size_t)(sb + 1 - b);
	la = strlen(sa + 1);
	lb = strlen(sb + 1);
	/* interning may move the arena: copy the words first */
	{
		char wa[64], wb[64];

		if (la >= sizeof wa || lb >= sizeof wb)
			return 0;
		memcpy(wa, a + pa, la);
		memcpy(wb, b + pb, lb);
		out[0] = rs_intern_key(r, wa, la);
		out[1] = rs_intern_key(r, wb, lb);
	}
	return 1;
}

/* Merge the full names that are spelling variants of one another (see above). */
void
rs_variant_names(struct resolver *r)
{
	struct vname *v;
	struct vslot *s;
	uint64_t *arts;
	uint32_t *fw = NULL;	/* the names merged */
	uint32_t *words = NULL;	/* pairs: a merged name's family word, its leader's */
	uint32_t pair[2];
	size_t n, ns, na, i, j, g, nfw = 0, fwcap = 0, nwords = 0, wcap = 0;

	n = variant_names(r, &v, &arts, &na);
	ns = variant_slots(r, v, n, &s);
	for (g = 0; g < ns; g = i) {
		for (i = g + 1; i < ns && s[i].hash == s[g].hash; i++)
			;
		for (j = g; j < i; j++) {
			size_t q;

			for (q = j + 1; q < i && q <= j + VAR_WINDOW; q++) {
				uint32_t a = s[j].name, b = s[q].name;

				if (vfind(v, a) == vfind(v, b) || !variant_pair(r, v, &s[j], &s[q], arts))
					continue;
				xgrow((void **)&fw, &fwcap, nfw + 2, sizeof *fw);
				fw[nfw++] = a;
				fw[nfw++] = b;
				a = vfind(v, a);
				b = vfind(v, b);
				/* the name written more often leads (ties: the first in key order) */
				if (v[b].count > v[a].count || (v[b].count == v[a].count &&
				    strcmp(rs_str(r, v[b].key), rs_str(r, v[a].key)) < 0)) {
					v[b].count += v[a].count;
					v[a].up = b;
				} else {
					v[a].count += v[b].count;
					v[b].up = a;
				}
			}
		}
	}
	free(s);
	free(arts);
	/* each merged name that does not lead its set: its family word and the leader's */
	for (i = 0; i < nfw; i++) {
		uint32_t lead = vfind(v, fw[i]);

		if (fw[i] != lead && family_pair(r, v[fw[i]].key, v[lead].key, pair)) {
			xgrow((void **)&words, &wcap, nwords + 2, sizeof *words);
			words[nwords++] = pair[0];
			words[nwords++] = pair[1];
		}
	}
	rename_variants(r, v, n, words, nwords);
	free(words);
	free(fw);
	free(v);
}

/*
 * Evidence before type, over the corpus: a full name typed PERSON for want of anything
 * else (no word of it a known given or family name, never after a title, beside a
 * speech verb, in apposition, after a year or "by", or before a mail address) that stands
 * in EVIDENCE_ARTS articles or more and ends in a word shaped as a common noun is a
 * phrase the corpus keeps using ("Invariant Sections", "Back-Cover Texts", "Acquisition
 * Regulations"), not a person: a person named that often shows a cue somewhere. Names of
 * one or two articles are kept (recall of one-off names).
 */
#define EVIDENCE_ARTS 3

/* Is the last word of folded name k shaped as a common noun is and a family name seldom:
 * a plural ("Texts", "Regulations", "URLs"), an English suffix ("Packaging", "Reserved",
 * "Dedication"), or a digit ("V5")? Family names with a plural's shape ("Williams") need a
 * known given name, which is evidence of its own. */
static int
phrase_word(const char *k)
{
	static const char *const suf[] = { "ing", "ed", "tion", "sion", "ment", "ness", "ity",
					   "ous", "ive", "ful", "less", "able", "ism", "ics" };
	const char *w = strrchr(k, ' ');
	size_t n, i, l;

	w = w ? w + 1 : k;
	n = strlen(w);
	for (i = 0; i < n; i++)
		if (w[i] >= '0' && w[i] <= '9')
			return 1;
	if (n >= 4 && w[n - 1] == 's' && !strchr("sui'", w[n - 2]))
		return 1;
	for (i = 0; i < sizeof suf / sizeof suf[0]; i++) {
		l = strlen(suf[i]);
		if (n > l + 2 && memcmp(w + n - l, suf[i], l) == 0)
			return 1;
	}
	return 0;
}

void
rs_person_evidence(struct resolver *r)
{
	struct imap ev;		/* key -> articles << 2 | 2 (seen) | 1 (evidence) */
	struct imap last;	/* key -> 1 + the last article counted */
	size_t i;
	long v, l;

	rs_imap_init(&ev, 64);
	rs_imap_init(&last, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t e;

		if (!rs_is_full(m))
			continue;
		v = rs_imap_get(&ev, m->key);
		e = v < 0 ? 2 : (uint32_t)v;
		if (m->flags & (CF_TITLE | CF_SPEECH | CF_GIVEN))
			e |= 1;
		if ((l = rs_imap_get(&last, m->key)) < 0 || (uint32_t)l != m->art + 1) {
			if (e >> 2 < 0x3fffffff)
				e += 4;
			rs_imap_put(&last, m->key, m->art + 1);
		}
		rs_imap_put(&ev, m->key, e);
	}
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->type == ENT_PERSON && (v = rs_imap_get(&ev, m->key)) >= 0 && !(v & 1) &&
		    (v >> 2) >= EVIDENCE_ARTS && phrase_word(rs_str(r, m->key)))
			m->type = RM_DROP;
	}
	rs_imap_free(&ev);
	rs_imap_free(&last);
}
