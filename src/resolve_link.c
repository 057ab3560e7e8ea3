/* resolve_link.c -- which full name a lone family name stands for, across articles and in time. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
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
};

struct rs_people {
	struct person *p;	/* owned; sorted by family name, then key */
	size_t n;
	struct imap byfam;	/* family name -> index of its first person in p */
	struct imap memo;	/* family name << 16 | year -> 1 + person linked, or 0 */
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
			pp->p[pp->n] = (struct person){ m->key, rs_family_word(r, m), 0, 0, 0 };
			rs_imap_put(&at, m->key, (uint32_t)pp->n);
			v = (long)pp->n++;
		}
		q = &pp->p[v];
		q->count++;
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

/* Decide for family name fam in year y: the index of the one person it names, or -1. */
static long
decide(const struct rs_people *pp, const struct resolver *r, uint32_t fam, uint16_t y)
{
	long f = rs_imap_get(&pp->byfam, fam), best = -1;
	size_t i;

	if (f < 0)
		return -1;
	for (i = (size_t)f; i < pp->n && pp->p[i].fam == fam; i++)
		if (in_time(&pp->p[i], y) && (best < 0 || pp->p[i].count > pp->p[best].count))
			best = (long)i;
	if (best < 0)
		return -1;
	/* Every other full name in time must be the same person: one name inside the other
	 * ("Vladimir Putin", "Vladimir Vladimirovich Putin"), not "George Bush" beside
	 * "George W. Bush". */
	for (i = (size_t)f; i < pp->n && pp->p[i].fam == fam; i++) {
		const char *a = rs_str(r, pp->p[i].key), *b = rs_str(r, pp->p[best].key);

		if ((long)i != best && in_time(&pp->p[i], y) && !rs_sub_name(a, b) &&
		    !rs_sub_name(b, a))
			return -1;
	}
	return best;
}

uint32_t
rs_people_link(struct rs_people *pp, const struct resolver *r, uint32_t word, uint32_t art,
	       uint32_t *count)
{
	uint16_t y = pp->year ? pp->year[art] : 0;
	uint64_t k = (uint64_t)word << 16 | y;
	long v = rs_imap_get(&pp->memo, k);

	if (v < 0) {
		v = decide(pp, r, word, y) + 1;
		rs_imap_put(&pp->memo, k, (uint32_t)v);
	}
	if (v == 0)
		return UINT32_MAX;
	*count = pp->p[v - 1].count;
	return pp->p[v - 1].key;
}
