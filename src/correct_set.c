/* correct_set.c -- the corrected entity set made from the working copy: ids, counts, aliases. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/util.h"
#include "correct_int.h"

/* One distinct surface of an entity whose mentions changed. */
struct surf {
	char *s;		/* owned; blanks collapsed, as the resolver lists aliases */
	uint32_t count;
	size_t first;		/* order of its first mention: ties go to the earlier */
};

/* Per-entity surfaces while aliases are counted again. */
struct surfs {
	struct surf *v;		/* owned */
	size_t n, cap;
};

static int
surf_cmp(const void *a, const void *b)
{
	const struct surf *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* text[0, n) with each run of blanks one space. */
static char *
collapse(const char *t, size_t n)
{
	char *o = xmalloc(n + 1);
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		bool blank = t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r';

		if (!blank)
			o[k++] = t[i];
		else if (k && o[k - 1] != ' ')
			o[k++] = ' ';
	}
	o[k] = '\0';
	return o;
}

static void
surf_add(struct surfs *s, const char *t, size_t n, size_t seq)
{
	char *c = collapse(t, n);
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i].s, c) == 0) {
			s->v[i].count++;
			free(c);
			return;
		}
	xgrow((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v);
	s->v[s->n++] = (struct surf){ c, 1, seq };
}

/* The aliases of the working entities that changed, from their mentions. */
static struct surfs *
count_surfaces(const struct work *w)
{
	struct surfs *sv = xcalloc(w->n ? w->n : 1, sizeof *sv);
	size_t a, k, seq = 0;

	for (a = 0; a < w->es->narticles; a++)
		for (k = 0; k < w->nm[a]; k++, seq++) {
			const struct mention *m = &w->m[a][k];

			if (m->entity == DEAD || !w->e[m->entity].touched)
				continue;
			article_load(w->c->arts[a]);
			surf_add(&sv[m->entity], w->c->arts[a]->text + m->start, m->end - m->start,
				 seq);
		}
	return sv;
}

/* The aliases of entity i of the working copy into e. */
static void
set_aliases(const struct work *w, size_t i, struct surfs *sv, struct entity *e)
{
	const struct entity *o;
	size_t k;

	if (!w->e[i].touched && w->e[i].orig != DEAD) {
		o = &w->es->ents[w->e[i].orig];
		e->naliases = o->naliases;
		e->aliases = xmalloc((o->naliases ? o->naliases : 1) * sizeof *e->aliases);
		for (k = 0; k < o->naliases; k++)
			e->aliases[k] = xstrdup(o->aliases[k]);
		return;
	}
	qsort(sv[i].v, sv[i].n, sizeof *sv[i].v, surf_cmp);
	e->naliases = sv[i].n;
	e->aliases = xmalloc((sv[i].n ? sv[i].n : 1) * sizeof *e->aliases);
	for (k = 0; k < sv[i].n; k++)
		e->aliases[k] = sv[i].v[k].s;	/* handed over */
	free(sv[i].v);
	sv[i] = (struct surfs){0};
}

/* The entities of the working copy that have mentions, in id order. */
static struct entity_order *
live_order(const struct work *w, const uint32_t *nment, size_t *nlive)
{
	struct entity_order *ord = xmalloc((w->n ? w->n : 1) * sizeof *ord);
	size_t i, n = 0;

	for (i = 0; i < w->n; i++)
		if (nment[i] > 0)
			ord[n++] = (struct entity_order){ (uint32_t)i, w->e[i].type, w->e[i].key,
						  w->e[i].canon };
	qsort(ord, n, sizeof *ord, entity_order_cmp);
	*nlive = n;
	return ord;
}

/* The former names of the live entities (ord[0, n): new id -> working entity), other
 * than the name and type each has now, into s. */
static void
set_formers(const struct work *w, const struct entity_order *ord, size_t n,
	    struct entity_set *s)
{
	size_t i, k, cap = 0;

	for (i = 0; i < n; i++) {
		const struct went *e = &w->e[ord[i].at];

		for (k = 0; k < e->nwas; k++) {
			if (e->was[k].type == e->type && strcmp(e->was[k].key, e->key) == 0)
				continue;
			xgrow((void **)&s->former, &cap, s->nformer + 1, sizeof *s->former);
			s->former[s->nformer++] = (struct entity_former){ (uint32_t)i,
				e->was[k].type, xstrdup(e->was[k].key) };
		}
	}
}

struct entity_set *
corr_work_to_set(struct work *w)
{
	struct entity_set *s = xcalloc(1, sizeof *s);
	uint32_t *nment = xcalloc(w->n ? w->n : 1, sizeof *nment);
	uint32_t *narts = xcalloc(w->n ? w->n : 1, sizeof *narts);
	uint32_t *last = xmalloc((w->n ? w->n : 1) * sizeof *last), *id;
	struct surfs *sv = count_surfaces(w);
	struct entity_order *ord;
	size_t a, i, k, n;

	memset(last, 0xff, (w->n ? w->n : 1) * sizeof *last);
	for (a = 0; a < w->es->narticles; a++)
		for (k = 0; k < w->nm[a]; k++) {
			uint32_t e = w->m[a][k].entity;

			if (e == DEAD)
				continue;
			nment[e]++;
			if (last[e] != a) {
				narts[e]++;
				last[e] = (uint32_t)a;
			}
		}
	ord = live_order(w, nment, &n);
	id = last;	/* reused: working entity -> new id */
	s->ents = xcalloc(n ? n : 1, sizeof *s->ents);
	s->n = n;
	for (i = 0; i < n; i++) {
		struct entity *e = &s->ents[i];
		uint32_t wi = ord[i].at;

		e->id = (uint32_t)i;
		e->type = w->e[wi].type;
		e->canonical = xstrdup(w->e[wi].canon);
		e->key = xstrdup(w->e[wi].key);
		e->narticles = narts[wi];
		e->nmentions = nment[wi];
		set_aliases(w, wi, sv, e);
		id[wi] = (uint32_t)i;
	}
	set_formers(w, ord, n, s);
	s->narticles = w->es->narticles;
	s->mentions = xcalloc(s->narticles ? s->narticles : 1, sizeof *s->mentions);
	s->nmentions = xcalloc(s->narticles ? s->narticles : 1, sizeof *s->nmentions);
	for (a = 0; a < s->narticles; a++) {
		s->mentions[a] = xmalloc((w->nm[a] ? w->nm[a] : 1) * sizeof **s->mentions);
		for (k = n = 0; k < w->nm[a]; k++) {
			struct mention m = w->m[a][k];

			if (m.entity == DEAD)
				continue;
			/* aliases counted again: which is its own is not known here */
			if (w->e[m.entity].touched)
				m.surf = 0;
			m.type = w->e[m.entity].type;
			m.entity = id[m.entity];
			s->mentions[a][n++] = m;
		}
		s->nmentions[a] = n;
		s->total_mentions += n;
	}
	for (i = 0; i < w->n; i++) {
		for (k = 0; k < sv[i].n; k++)
			free(sv[i].v[k].s);
		free(sv[i].v);
	}
	free(sv);
	free(ord);
	free(nment);
	free(narts);
	free(last);
	return s;
}

struct entity_set *
entity_set_copy(const struct entity_set *s)
{
	struct entity_set *d = xcalloc(1, sizeof *d);
	size_t i, k;

	d->n = s->n;
	d->ents = xcalloc(s->n ? s->n : 1, sizeof *d->ents);
	for (i = 0; i < s->n; i++) {
		const struct entity *e = &s->ents[i];
		struct entity *o = &d->ents[i];

		*o = *e;
		o->canonical = xstrdup(e->canonical);
		o->key = xstrdup(e->key);
		o->aliases = xcalloc(e->naliases ? e->naliases : 1, sizeof *o->aliases);
		for (k = 0; k < e->naliases; k++)
			o->aliases[k] = xstrdup(e->aliases[k]);
	}
	d->nformer = s->nformer;
	d->former = xcalloc(s->nformer ? s->nformer : 1, sizeof *d->former);
	for (i = 0; i < s->nformer; i++) {
		d->former[i] = s->former[i];
		d->former[i].key = xstrdup(s->former[i].key);
	}
	d->narticles = s->narticles;
	d->total_mentions = s->total_mentions;
	d->mentions = xcalloc(s->narticles ? s->narticles : 1, sizeof *d->mentions);
	d->nmentions = xcalloc(s->narticles ? s->narticles : 1, sizeof *d->nmentions);
	for (i = 0; i < s->narticles; i++) {
		d->nmentions[i] = s->nmentions[i];
		d->mentions[i] = xmalloc((s->nmentions[i] ? s->nmentions[i] : 1) *
					 sizeof *d->mentions[i]);
		memcpy(d->mentions[i], s->mentions[i], s->nmentions[i] * sizeof *d->mentions[i]);
	}
	return d;
}

size_t
entity_set_mark_named(const struct entity_set *es, const char *key, int type, uint8_t *mark)
{
	size_t i, n = 0;
	uint32_t e;

	for (i = 0; key && i < es->n + es->nformer; i++) {
		const char *k = i < es->n ? es->ents[i].key : es->former[i - es->n].key;
		int t = i < es->n ? es->ents[i].type : es->former[i - es->n].type;

		e = i < es->n ? (uint32_t)i : es->former[i - es->n].entity;
		if (t != type || e >= es->n || strcmp(k, key) != 0 || mark[e])
			continue;
		mark[e] = 1;
		n++;
	}
	return n;
}
