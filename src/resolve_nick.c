/* resolve_nick.c -- one person's full names with a short given name or no middle initial made one key. MIT licence. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * "Joe Biden", "Joseph Biden", "Joseph R. Biden" and "Joseph R. Biden, Jr." are one
 * person: full names whose family names and written-out middle names agree, and whose
 * given names are one formal name or its short form (data/sources/given_name_forms.tsv:
 * Joe/Joseph, Bill/William, Liz/Elizabeth, Misha/Mikhail), middle initials optional, are
 * made one key where one article at least writes both (its writer names one person twice;
 * "Sen. John Kennedy" of 2025 and the "President John F. Kennedy" of his assassination's
 * files are never written together), or where one is the other's given name abbreviated
 * ("Benj. Harrison": Benjamin written short, no nickname), or where one with middle
 * initials is written first and the same given name without them only from then on
 * ("Harry S Truman" in his addresses, "Harry Truman" in later ones). The corpus keeps
 * them apart where it tells them apart:
 *  - two different middle initials under one given name ("George W. Bush", "George H. W.
 *    Bush") are two people, and the name without one ("George Bush") then joins neither;
 *  - a short form that stands for several formal names, two of which the corpus writes
 *    with this family name ("Chris Hale": "Christopher Hale", "Christine Hale"), joins
 *    neither, and a short form joins a formal name only if that name is one of its own;
 *  - names written only in articles more than NICK_ERA years apart ("Joseph Kennedy" of
 *    1940, "Joe Kennedy" of 2020) stay apart.
 * Names no article writes together join too where their articles keep one company: the
 * people they name besides (full names of other families) weigh NICK_COMPANY at least,
 * each log(articles / its articles), so that only rarely named people count ("Richard
 * Nixon" and "Richard M. Nixon" of essays that each name Kissinger and Brezhnev; not the
 * "John Kennedy" of a Senate hearing and the "John F. Kennedy" of his assassination's
 * files, whose articles share at most a president named in hundreds).
 * The name written most often gives the key. A family name written alone is not touched
 * here: it links later by the rules of the lone family name (resolve_link.c).
 */

#define NICK_MAX_WORDS 5	/* longer names are not compared */
#define NICK_ERA 30		/* years between two names' articles that keep them apart */
#define NICK_FORMALS 4		/* formal names of one short form considered */
#define NICK_WORD 48		/* longest word compared */
#define NICK_COMPANY 6.0	/* the least weight of the people two names' articles share */
#define NICK_GENERATION 10	/* years by which a name first written without initials
				   precedes the same with them for a parent's name */

/* One distinct full name of the corpus. */
struct nname {
	uint32_t key;		/* arena offset of the folded name */
	uint32_t count;		/* its mentions */
	uint32_t up;		/* union-find parent (index) */
	uint16_t y0, y1;	/* first and last year of its dated articles, 0: none */
	uint64_t group;		/* hash of its family name and written-out middle names */
	uint64_t inits;		/* hash of its middle initials, 0: none */
	char given[NICK_WORD];	/* its given name, folded */
	int abbr;		/* written abbreviated, "Benj." (that name, not a nickname) */
	uint64_t letters;	/* hash of its family name and the first letters of its middle
				 * names, written out or as initials; 0: it has none */
	uint8_t spelt;		/* its middle names are all written out (1) or all initials (2) */
};

static uint32_t
nfind(struct nname *v, uint32_t i)
{
	while (v[i].up != i)
		i = v[i].up = v[v[i].up].up;
	return i;
}

static uint64_t
fnv(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* Is word w[0, n) a middle initial ("j." or "j")? */
static int
initial(const char *w, size_t n)
{
	return (n == 1 || (n == 2 && w[1] == '.')) && w[0] >= 'a' && w[0] <= 'z';
}

/* Is word w[0, n) two initials or more written together ("h.w.", "j.r.r.")? */
static int
initials_run(const char *w, size_t n)
{
	size_t i;

	if (n < 4 || n % 2)
		return 0;
	for (i = 0; i < n; i += 2)
		if (w[i] < 'a' || w[i] > 'z' || w[i + 1] != '.')
			return 0;
	return 1;
}

/* Is word w[0, n) a generation's suffix ("jr.", "iii"), which names no one apart? */
static int
suffix(const char *w, size_t n)
{
	static const char *const sfx[] = { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };
	size_t i;

	for (i = 0; i < sizeof sfx / sizeof sfx[0]; i++)
		if (strlen(sfx[i]) == n && memcmp(w, sfx[i], n) == 0)
			return 1;
	return 0;
}

/* Split key k into its given name, the hash of its family and written-out middle names
 * (group) and that of its initials; 0 if it is no name of that shape. */
static int
parse_name(const char *k, struct nname *q)
{
	const char *w[NICK_MAX_WORDS + 2];
	size_t l[NICK_MAX_WORDS + 2], nw = 0, i, j;
	uint64_t g = 1469598103934665603ull, in = 1469598103934665603ull;
	uint64_t lt = 1469598103934665603ull;
	int ninit = 0, nout = 0, nmid = 0;

	while (*k) {
		size_t n = strcspn(k, " ");

		if (nw == NICK_MAX_WORDS + 1)
			return 0;
		w[nw] = k;
		l[nw++] = n;
		k += n;
		while (*k == ' ')
			k++;
	}
	while (nw > 2 && suffix(w[nw - 1], l[nw - 1]))
		nw--;
	/* a first initial before the name its bearer goes by ("G. Bernard Noble", "M. Paul
	 * Claussen" of the FRUS committee's minutes, beside "Bernard Noble"): an initial of
	 * that given name's, as a middle one is */
	if (nw >= 3 && initial(w[0], l[0]) && !initial(w[1], l[1]) && !initials_run(w[1], l[1])) {
		in = fnv(in, w[0], 1);
		ninit++;
		for (i = 1; i < nw; i++)
			w[i - 1] = w[i], l[i - 1] = l[i];
		nw--;
	}
	if (nw < 2 || l[0] >= NICK_WORD || initial(w[0], l[0]) || initial(w[nw - 1], l[nw - 1]))
		return 0;
	for (i = 1; i < nw; i++) {
		if (i < nw - 1 && initial(w[i], l[i])) {
			in = fnv(in, w[i], 1);
			lt = fnv(lt, w[i], 1);
			ninit++;
			nmid++;
		} else if (i < nw - 1 && initials_run(w[i], l[i])) {
			for (j = 0; j < l[i]; j += 2) {	/* "h.w." as "h. w." */
				in = fnv(in, w[i] + j, 1);
				lt = fnv(lt, w[i] + j, 1);
				nmid++;
			}
			ninit++;
		} else {
			g = fnv(g, w[i], l[i]);
			g = fnv(g, " ", 1);
			if (i < nw - 1) {
				lt = fnv(lt, w[i], 1);
				nout++;
				nmid++;
			}
		}
	}
	q->abbr = l[0] > 2 && w[0][l[0] - 1] == '.';	/* "Benj. Harrison": Benj */
	l[0] -= (size_t)q->abbr;
	memcpy(q->given, w[0], l[0]);
	q->given[l[0]] = '\0';
	q->group = g;
	q->inits = ninit ? in | 1 : 0;
	q->spelt = nout && nout == nmid ? 1 : ninit && !nout ? 2 : 0;
	q->letters = q->spelt ? fnv(fnv(lt, " ", 1), w[nw - 1], l[nw - 1]) | 1 : 0;
	return 1;
}

/* The distinct full names of the corpus (not family-first ones) with their counts and
 * years; *n of them. Their articles, sorted (name << 32 | article), in *arts, each
 * name's in (*sp)[name]. */
static struct nname *
nick_names(const struct resolver *r, size_t *n, uint64_t **arts, struct rs_span **sp)
{
	struct imap at;
	struct nname *v = NULL;
	size_t cap = 0, acap = 0, na = 0, i;
	uint32_t *x;

	*n = 0;
	*arts = NULL;
	rs_imap_init(&at, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint16_t y;

		if (!rs_is_full(m) || (m->flags & CF_FF) || m->nw > NICK_MAX_WORDS + 1)
			continue;
		if (*(x = rs_imap_ref(&at, m->key, UINT32_MAX)) == UINT32_MAX) {
			xgrow((void **)&v, &cap, *n + 1, sizeof *v);
			memset(&v[*n], 0, sizeof v[*n]);
			v[*n].key = m->key;
			v[*n].up = (uint32_t)*n;
			if (!parse_name(rs_str(r, m->key), &v[*n]))
				v[*n].group = 0;
			*x = (uint32_t)(*n)++;
		}
		v[*x].count++;
		xgrow((void **)arts, &acap, na + 1, sizeof **arts);
		(*arts)[na++] = (uint64_t)*x << 32 | m->art;
		y = r->year ? r->year[m->art] : 0;
		if (y && (!v[*x].y0 || y < v[*x].y0))
			v[*x].y0 = y;
		if (y > v[*x].y1)
			v[*x].y1 = y;
	}
	rs_imap_free(&at);
	*sp = xcalloc(*n + 1, sizeof **sp);
	rs_name_spans(*arts, na, *sp);
	return v;
}

/* Are names a and b far apart in time (both dated, more than NICK_ERA years between)? */
static int
eras_apart(const struct nname *a, const struct nname *b)
{
	if (!a->y0 || !b->y0)
		return 0;
	return a->y0 > b->y1 + NICK_ERA || b->y0 > a->y1 + NICK_ERA;
}

/* The formal given name that name q of group g[0, ng) stands for, or NULL when it is a
 * short form of several formal names the group writes (or none it may be). */
static const char *
formal_of(const struct nname *v, const uint32_t *g, size_t ng, const struct nname *q)
{
	const char *f[NICK_FORMALS], *hit = NULL;
	size_t nf = gaz_given_formal(q->given, strlen(q->given), f, NICK_FORMALS), i, j;

	if (nf == 0)
		return q->given;	/* a formal name, or one the table does not know */
	for (i = 0; i < nf; i++)
		for (j = 0; j < ng; j++)
			if (strcmp(v[g[j]].given, f[i]) == 0) {
				if (hit && strcmp(hit, f[i]) != 0)
					return NULL;	/* two formal names it may be */
				hit = f[i];
			}
	return hit ? hit : nf == 1 ? f[0] : NULL;
}

/* Are names a and b one name written with and without the points of its initials, or a
 * space between them ("George H.W. Bush", "George H. W. Bush"; the same words, a
 * generation's suffix too: "Joseph P. Kennedy Jr." is not his father)? */
static int
same_but_points(const struct resolver *r, const struct nname *a, const struct nname *b)
{
	const char *p = rs_str(r, a->key), *q = rs_str(r, b->key);

	for (;; p++, q++) {
		/* (and the space after an initial's point: "H.W." and "H. W.") */
		while (*p == '.' || (*p == ' ' && p[-1] == '.' && p[1] && p[2] == '.'))
			p++;
		while (*q == '.' || (*q == ' ' && q[-1] == '.' && q[1] && q[2] == '.'))
			q++;
		if (*p != *q)
			return 0;
		if (!*p)
			return 1;
	}
}

/* Join names x and y, the one written out, then the one written more often leading. */
static void
join(struct resolver *r, struct nname *v, uint32_t x, uint32_t y)
{
	x = nfind(v, x);
	y = nfind(v, y);
	if (x == y)
		return;
	if (v[x].abbr != v[y].abbr ? v[x].abbr :
	    v[y].count > v[x].count ||
	    (v[y].count == v[x].count && strcmp(rs_str(r, v[y].key), rs_str(r, v[x].key)) < 0)) {
		v[y].count += v[x].count;
		v[x].up = y;
	} else {
		v[x].count += v[y].count;
		v[y].up = x;
	}
}

/* Is one of names a and b written with middle initials and the other, of the same given
 * name, without, and the one without not first written in an earlier year ("Harry S
 * Truman" of 1946, "Harry Truman" from 1974: one person, though no address writes both;
 * "George Bush" of 1989 is not "George W Bush" of 2001)? */
static int
initials_later(const struct nname *a, const struct nname *b)
{
	const struct nname *plain = a->inits ? b : a, *full = a->inits ? a : b;

	return !a->inits != !b->inits && strcmp(a->given, b->given) == 0 &&
	       !(plain->y0 && full->y0 && plain->y0 < full->y0);
}

/* How many articles name each person's full name: df, made when first asked. */
static void
person_articles(const struct resolver *r, struct imap *df)
{
	struct imap stamp;	/* key -> the last article + 1 that named it */
	size_t a, i;
	uint32_t *s;

	rs_imap_init(df, 64);
	rs_imap_init(&stamp, 64);
	for (a = 0; a < r->narts; a++)
		for (i = r->first[a]; i < r->first[a + 1]; i++)
			if (rs_is_full(&r->m[i]) && *(s = rs_imap_ref(&stamp, r->m[i].key, 0)) != a + 1) {
				*s = (uint32_t)a + 1;
				(*rs_imap_ref(df, r->m[i].key, 0))++;
			}
	rs_imap_free(&stamp);
}

/* Do the articles of names x and y keep one company (NICK_COMPANY): people of other names
 * than the group g[0, ng)'s named in an article of each? */
static int
one_company(const struct resolver *r, const struct nname *v, uint32_t x, uint32_t y,
	    const uint32_t *g, size_t ng, const uint64_t *arts, const struct rs_span *sp,
	    struct imap *df)
{
	struct imap seen;	/* key -> 1: named beside x; 2: counted */
	double w = 0.0;
	size_t i, j, k;
	uint32_t *s;
	long n;

	if (!df->cap)
		person_articles(r, df);
	rs_imap_init(&seen, 64);
	for (k = 0; k < 2; k++) {
		const struct rs_span *q = &sp[k ? y : x];

		for (i = q->a0; i < q->a1; i++) {
			uint32_t a = (uint32_t)arts[i];

			for (j = r->first[a]; j < r->first[a + 1]; j++) {
				const struct rm *m = &r->m[j];
				size_t t;

				if (!rs_is_full(m))
					continue;
				for (t = 0; t < ng && v[g[t]].key != m->key; t++)
					;
				if (t < ng)
					continue;	/* a name of the group */
				s = rs_imap_ref(&seen, m->key, 0);
				if (!k) {
					*s = 1;
				} else if (*s == 1) {
					*s = 2;
					n = rs_imap_get(df, m->key);
					w += log((double)r->narts / (double)(n > 0 ? n : 1));
				}
			}
		}
	}
	rs_imap_free(&seen);
	return w >= NICK_COMPANY;
}

/* Is one of names a and b written without middle initials first, more than
 * NICK_GENERATION years before the other with them is ("George Bush" of 1989, "George W.
 * Bush" of 2001: a father and a son, whatever company they keep; not "Harry Truman" of
 * an essay on 1945 and "Harry S. Truman" of one on 1947)? */
static int
initials_earlier(const struct nname *a, const struct nname *b)
{
	const struct nname *plain = a->inits ? b : a, *full = a->inits ? a : b;

	return !a->inits != !b->inits && plain->y0 && full->y0 &&
	       plain->y0 + NICK_GENERATION < full->y0;
}

/* Join the names of one group g[0, ng) (one family name) that stand for one formal given
 * name, as the rules above allow; formal[] is scratch of ng entries. */
static void
join_group(struct resolver *r, struct nname *v, const uint32_t *g, size_t ng, const char **formal,
	   const uint64_t *arts, const struct rs_span *sp, struct imap *df)
{
	size_t i, j, k;

	for (i = 0; i < ng; i++)
		formal[i] = formal_of(v, g, ng, &v[g[i]]);
	for (i = 0; i < ng; i++) {
		uint64_t in = 0;
		int several = 0;

		if (!formal[i])
			continue;
		/* the initials written under this formal name: one set, or several */
		for (k = 0; k < ng; k++)
			if (formal[k] && strcmp(formal[k], formal[i]) == 0 && v[g[k]].inits) {
				if (in && in != v[g[k]].inits)
					several = 1;
				in = v[g[k]].inits;
			}
		for (j = i + 1; j < ng; j++) {
			const struct nname *a = &v[g[i]], *b = &v[g[j]];

			/* (an abbreviation is the formal name written short: no article need
			 * write both; nor two ways of writing one name, the initials' points
			 * put or left out: "Dwight D. Eisenhower", "Dwight D Eisenhower"; nor,
			 * in any era, a name with initials and the same without them later) */
			if (!formal[j] || strcmp(formal[i], formal[j]) != 0)
				continue;
			if (!same_but_points(r, a, b) && !initials_later(a, b) &&
			    (eras_apart(a, b) ||
			     (!rs_spans_meet(&sp[g[i]], &sp[g[j]], arts) && !a->abbr && !b->abbr &&
			      (initials_earlier(a, b) ||
			       !one_company(r, v, g[i], g[j], g, ng, arts, sp, df)))))
				continue;
			if (several && a->inits != b->inits)
				continue;	/* "George W." and "George H. W.": "George" joins neither */
			join(r, v, g[i], g[j]);
		}
	}
}

/*
 * A middle name written out and the same as an initial are one person's name: "Franklin
 * Delano Roosevelt" (24 mentions in the State Department's Milestones) and "Franklin D.
 * Roosevelt" (85), "William Henry Seward" and "William H. Seward", "George Herbert Walker
 * Bush" and "George H.W. Bush" were two rows each. The groups above keep written-out
 * middle names apart ("John Quincy Adams" is not "John Adams"); here names of one given
 * name and family name whose middle names are written out in one and are all initials of
 * those, in order, in the other join, unless their articles are eras apart. Scratch k of
 * n entries.
 */
static void
join_spelt(struct resolver *r, struct nname *v, size_t n, uint64_t *k)
{
	uint32_t *o;
	size_t s, e, i, j;

	for (i = 0; i < n; i++)
		k[i] = v[i].letters;
	o = rs_sort_order(k, n);
	for (s = 0; s < n; s = e) {
		for (e = s + 1; e < n && k[e] == k[s]; e++)
			;
		if (k[s] == 0)
			continue;
		for (i = s; i < e; i++)
			for (j = i + 1; j < e; j++) {
				const struct nname *a = &v[o[i]], *b = &v[o[j]];

				if (a->spelt != b->spelt && strcmp(a->given, b->given) == 0 &&
				    !eras_apart(a, b))
					join(r, v, o[i], o[j]);
			}
	}
	free(o);
}

/* Give every person mention of a joined name the key of its set's leader. */
static void
rename_names(struct resolver *r, struct nname *v, size_t n)
{
	struct imap at;
	size_t i;
	long x;

	rs_imap_init(&at, n + 1);
	for (i = 0; i < n; i++)
		if (nfind(v, (uint32_t)i) != i)
			rs_imap_put(&at, v[i].key, nfind(v, (uint32_t)i));
	for (i = 0; at.n && i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->type == ENT_PERSON && (x = rs_imap_get(&at, m->key)) >= 0)
			m->key = v[x].key;
	}
	rs_imap_free(&at);
}

void
rs_nickname_names(struct resolver *r)
{
	struct nname *v;
	uint64_t *k, *arts;
	struct rs_span *sp;
	uint32_t *o, *g;
	const char **formal;
	struct imap df = {0};	/* person_articles(), when asked */
	size_t n, i, s, e;

	v = nick_names(r, &n, &arts, &sp);
	if (n < 2) {
		free(sp);
		free(arts);
		free(v);
		return;
	}
	k = xmalloc(n * sizeof *k);
	for (i = 0; i < n; i++)
		k[i] = v[i].group;
	o = rs_sort_order(k, n);	/* k sorted, o the names in that order */
	g = xmalloc(n * sizeof *g);
	formal = xmalloc(n * sizeof *formal);
	for (s = 0; s < n; s = e) {
		for (e = s + 1; e < n && k[e] == k[s]; e++)
			;
		if (e - s < 2 || k[s] == 0)
			continue;
		for (i = s; i < e; i++)
			g[i - s] = o[i];
		join_group(r, v, g, e - s, formal, arts, sp, &df);
	}
	if (df.cap)
		rs_imap_free(&df);
	free(o);
	join_spelt(r, v, n, k);
	rename_names(r, v, n);
	free(formal);
	free(g);
	free(k);
	free(sp);
	free(arts);
	free(v);
}
