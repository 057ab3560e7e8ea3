/* correct_apply.c -- the reader's entity corrections applied to an entity set after resolution. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "correct_int.h"

/*
 * Corrections run after extraction and resolution, on a working copy of the entity set
 * (entities that can be renamed, retyped, killed or made; mentions that can move, go or
 * come), and a new set is made from it the way the resolver makes one (correct_set.c):
 * ids in (type, key, name) order, counts from the mentions. Every table (entity, alias,
 * mention), every count, `entity:` and co-occurrence are then built from the corrected
 * set, so they agree.
 *
 * A correction names its entity by key and type, and the resolver can make two entities
 * of one name ("Supreme Court" of Brazil and of India, from two clusters): a correction
 * then applies to every one of them, as `entity:` finds them all. Hide and retype act
 * on each; rename renames each (they stay apart, unless an entity had the new name
 * already: then they all join it, as a rename onto a name in use always did); merge
 * moves them all into the target; a mention's correction takes any mention of theirs.
 * Where a correction needs one entity (a target), it is the first in id order, the one
 * `dossier entities` lists first.
 */

static int
hidx_cmp(const void *a, const void *b)
{
	return strcmp(((const struct hidx *)a)->hash, ((const struct hidx *)b)->hash);
}

/* The articles with this content hash: w->hx[*first, *first + n), n returned. A mention's
 * correction is kept by content, so it applies to every copy of that text (two files
 * of one content share their triage too); it took one of them, maybe not the one the
 * reader corrected. */
static size_t
copies(const struct work *w, const char *hash, size_t *first)
{
	struct hidx k = { hash, 0 }, *f;
	size_t a, b;

	if (!hash || !(f = bsearch(&k, w->hx, w->c->n, sizeof *w->hx, hidx_cmp)))
		return 0;
	a = b = (size_t)(f - w->hx);
	while (a > 0 && strcmp(w->hx[a - 1].hash, hash) == 0)
		a--;
	while (b + 1 < w->c->n && strcmp(w->hx[b + 1].hash, hash) == 0)
		b++;
	*first = a;
	return b - a + 1;
}

static uint32_t
new_entity(struct work *w, const char *canon, uint8_t type, uint32_t orig)
{
	struct went *e;

	xgrow((void **)&w->e, &w->cap, w->n + 1, sizeof *w->e);
	e = &w->e[w->n];
	memset(e, 0, sizeof *e);
	e->canon = xstrdup(canon);
	e->key = text_fold(canon, strlen(canon), NULL);
	e->type = type;
	e->orig = orig;
	e->touched = orig == DEAD;
	return (uint32_t)w->n++;
}

/* Entity i of the working copy was called key, of type type (kept once). */
static void
remember(struct work *w, uint32_t i, const char *key, uint8_t type)
{
	struct went *e = &w->e[i];
	size_t k;

	for (k = 0; k < e->nwas; k++)
		if (e->was[k].type == type && strcmp(e->was[k].key, key) == 0)
			return;
	xgrow((void **)&e->was, &e->capwas, e->nwas + 1, sizeof *e->was);
	e->was[e->nwas++] = (struct wname){ xstrdup(key), type };
}

static void
work_init(struct work *w, const struct entity_set *es, const struct corpus *c)
{
	size_t i, n = es->narticles;

	memset(w, 0, sizeof *w);
	w->es = es;
	w->c = c;
	for (i = 0; i < es->n; i++)
		new_entity(w, es->ents[i].canonical, es->ents[i].type, (uint32_t)i);
	for (i = 0; i < es->nformer; i++)
		if (es->former[i].entity < es->n)
			remember(w, es->former[i].entity, es->former[i].key, es->former[i].type);
	w->m = xcalloc(n ? n : 1, sizeof *w->m);
	w->nm = xcalloc(n ? n : 1, sizeof *w->nm);
	w->capm = xcalloc(n ? n : 1, sizeof *w->capm);
	for (i = 0; i < n; i++) {
		w->nm[i] = w->capm[i] = es->nmentions[i];
		w->m[i] = xmalloc((w->nm[i] ? w->nm[i] : 1) * sizeof **w->m);
		memcpy(w->m[i], es->mentions[i], w->nm[i] * sizeof **w->m);
	}
	w->hx = xmalloc((c->n ? c->n : 1) * sizeof *w->hx);
	for (i = 0; i < c->n; i++)
		w->hx[i] = (struct hidx){ c->arts[i]->hash, (uint32_t)i };
	qsort(w->hx, c->n, sizeof *w->hx, hidx_cmp);
}

static void
work_free(struct work *w)
{
	size_t i, k;

	for (i = 0; i < w->n; i++) {
		free(w->e[i].canon);
		free(w->e[i].key);
		for (k = 0; k < w->e[i].nwas; k++)
			free(w->e[i].was[k].key);
		free(w->e[i].was);
	}
	free(w->e);
	for (i = 0; i < w->es->narticles; i++)
		free(w->m[i]);
	free(w->m);
	free(w->nm);
	free(w->capm);
	free(w->hx);
	free(w->hit);
}

/* Is the folded alias of original entity orig equal to key? */
static bool
alias_is(const struct work *w, uint32_t orig, const char *key)
{
	const struct entity *e = &w->es->ents[orig];
	size_t i;
	bool same;
	char *f;

	for (i = 0; i < e->naliases; i++) {
		f = text_fold(e->aliases[i], strlen(e->aliases[i]), NULL);
		same = strcmp(f, key) == 0;
		free(f);
		if (same)
			return true;
	}
	return false;
}

/* Is entity i one of the n entities in not? */
static bool
among(uint32_t i, const uint32_t *not, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (not[k] == i)
			return true;
	return false;
}

/* The first live entity of this key and type that is not one of not[0, nnot) (by key,
 * else by an alias when by_alias, as `entity:` finds one), or DEAD. */
static uint32_t
find_other(const struct work *w, const char *key, int type, bool by_alias,
	   const uint32_t *not, size_t nnot)
{
	size_t i;

	if (!key)
		return DEAD;
	for (i = 0; i < w->n; i++)
		if (!w->e[i].dead && w->e[i].type == type && strcmp(w->e[i].key, key) == 0 &&
		    !among((uint32_t)i, not, nnot))
			return (uint32_t)i;
	for (i = 0; by_alias && i < w->n; i++)
		if (!w->e[i].dead && w->e[i].type == type && w->e[i].orig != DEAD &&
		    !among((uint32_t)i, not, nnot) && alias_is(w, w->e[i].orig, key))
			return (uint32_t)i;
	return DEAD;
}

static uint32_t
find_entity(const struct work *w, const char *key, int type)
{
	return find_other(w, key, type, true, NULL, 0);
}

/* The entities a correction names: every live one of this key and type, else the first
 * that has key as an alias. Into w->hit; returns how many. */
static size_t
targets(struct work *w, const char *key, int type)
{
	uint32_t alias;
	size_t i;

	w->nhit = 0;
	for (i = 0; key && i < w->n; i++)
		if (!w->e[i].dead && w->e[i].type == type && strcmp(w->e[i].key, key) == 0) {
			xgrow((void **)&w->hit, &w->caphit, w->nhit + 1, sizeof *w->hit);
			w->hit[w->nhit++] = (uint32_t)i;
		}
	if (w->nhit == 0 && (alias = find_entity(w, key, type)) != DEAD) {
		xgrow((void **)&w->hit, &w->caphit, 1, sizeof *w->hit);
		w->hit[w->nhit++] = alias;
	}
	return w->nhit;
}

/* The entity (key, type) that is not one of not[0, nnot), made with name when there is
 * none. by_alias: an entity that has key as an alias will do (not for a split: "King"
 * is an alias of the entity the mentions leave). */
static uint32_t
find_or_make(struct work *w, const char *key, int type, const char *name, bool by_alias,
	     const uint32_t *not, size_t nnot)
{
	uint32_t e = find_other(w, key, type, by_alias, not, nnot);

	if (e == DEAD && type >= 0 && type < ENT_NTYPES && (name || key))
		e = new_entity(w, name ? name : key, (uint8_t)type, DEAD);
	return e;
}

/* Move every mention of from (in article art only, when art >= 0) whose surface is surf
 * (any, when NULL) to entity to (DEAD: remove it). Returns how many. */
static uint32_t
move_mentions(struct work *w, uint32_t from, long art, const char *surf, uint32_t to)
{
	size_t a, k, slen = surf ? strlen(surf) : 0;
	uint32_t moved = 0;

	for (a = art >= 0 ? (size_t)art : 0; a < w->es->narticles; a++) {
		const char *text = NULL;

		for (k = 0; k < w->nm[a]; k++) {
			struct mention *m = &w->m[a][k];

			if (m->entity != from || (surf && m->end - m->start != slen))
				continue;
			if (surf && !text) {
				/* read when one of its mentions is a candidate */
				article_load(w->c->arts[a]);
				text = w->c->arts[a]->text;
			}
			if (surf && memcmp(text + m->start, surf, slen) != 0)
				continue;
			m->entity = to;
			if (to != DEAD)
				m->type = w->e[to].type;
			moved++;
		}
		if (art >= 0)
			break;
	}
	if (moved) {
		w->e[from].touched = true;
		if (to != DEAD)
			w->e[to].touched = true;
	}
	return moved;
}

/* The mention at c's place (surface, occurrence) in article art (a copy of c's), or
 * NULL. With n > 0 it must be a mention of one of the entities ids[0, n). */
static struct mention *
mention_in(struct work *w, const struct corr *c, size_t art, const uint32_t *ids, size_t n)
{
	const struct article *a = w->c->arts[art];
	long pos;
	size_t k, slen;

	if (!c->surface)
		return NULL;
	slen = strlen(c->surface);
	article_load(a);
	if ((pos = corr_locate(a->text, a->len, c->surface, c->occurrence)) < 0)
		return NULL;
	for (k = 0; k < w->nm[art]; k++) {
		struct mention *m = &w->m[art][k];

		if (m->entity != DEAD && m->start == (uint32_t)pos &&
		    m->end == (uint32_t)(pos + (long)slen))
			return n == 0 || among(m->entity, ids, n) ? m : NULL;
	}
	return NULL;
}

/* Everything of entity from goes to entity to (it is merged), its names too (a watch of
 * the entity merged away follows): returns the mentions moved. */
static uint32_t
merge_into(struct work *w, uint32_t from, uint32_t to)
{
	uint32_t n;
	size_t k;

	if (from == to || from == DEAD || to == DEAD)
		return 0;
	n = move_mentions(w, from, -1, NULL, to);
	w->e[from].dead = true;
	remember(w, to, w->e[from].key, w->e[from].type);
	for (k = 0; k < w->e[from].nwas; k++)
		remember(w, to, w->e[from].was[k].key, w->e[from].was[k].type);
	return n;
}

static uint32_t
apply_hide(struct work *w, const struct corr *c, const uint32_t *ids, size_t n)
{
	struct mention *m;
	uint32_t moved = 0;
	size_t i, first = 0, ncopy;

	if (c->surface) {
		/* A mention whose entity is gone from the set is still hidden at its place. */
		for (i = 0, ncopy = copies(w, c->hash, &first); i < ncopy; i++) {
			if (!(m = mention_in(w, c, w->hx[first + i].art, ids, n)))
				continue;
			w->e[m->entity].touched = true;
			m->entity = DEAD;
			moved++;
		}
		return moved;
	}
	for (i = 0; i < n; i++) {
		w->e[ids[i]].dead = true;
		moved += move_mentions(w, ids[i], -1, NULL, DEAD);
	}
	return moved;
}

/* One mention (in every copy of its text) changes type. */
static uint32_t
retype_mention(struct work *w, const struct corr *c, const uint32_t *ids, size_t n)
{
	struct mention *m;
	uint32_t to, moved = 0;
	size_t i, first = 0, ncopy = copies(w, c->hash, &first);

	for (i = 0; i < ncopy; i++) {
		if (!(m = mention_in(w, c, w->hx[first + i].art, ids, n)))
			continue;
		to = find_or_make(w, w->e[m->entity].key, c->to_type, w->e[m->entity].canon,
				  false, NULL, 0);
		w->e[m->entity].touched = w->e[to].touched = true;
		m->entity = to;
		m->type = (uint8_t)c->to_type;
		moved++;
	}
	return moved;
}

/* One mention, or each entity named, changes type. */
static uint32_t
apply_retype(struct work *w, const struct corr *c, const uint32_t *ids, size_t n)
{
	uint32_t other, moved = 0;
	size_t i;

	if (c->to_type < 0 || c->to_type >= ENT_NTYPES)
		return 0;
	if (c->surface)
		return retype_mention(w, c, ids, n);
	if (n == 0 || c->to_type == w->e[ids[0]].type)
		return 0;
	/* Another entity of that name and type already: they are one now. Looked up once,
	 * so that entities of one name retyped together stay apart otherwise. */
	other = find_entity(w, w->e[ids[0]].key, c->to_type);
	for (i = 0; i < n; i++) {
		if (other != DEAD) {
			moved += merge_into(w, ids[i], other);
			continue;
		}
		remember(w, ids[i], w->e[ids[i]].key, w->e[ids[i]].type);
		w->e[ids[i]].type = (uint8_t)c->to_type;
		moved += move_mentions(w, ids[i], -1, NULL, ids[i]);
	}
	return moved;
}

static uint32_t
apply_rename(struct work *w, const struct corr *c, const uint32_t *ids, size_t n)
{
	uint32_t other, moved = 0;
	size_t i;
	char *key;

	if (n == 0 || !c->to_name || !*c->to_name)
		return 0;
	key = text_fold(c->to_name, strlen(c->to_name), NULL);
	other = find_other(w, key, w->e[ids[0]].type, true, ids, n);
	if (other != DEAD) {
		free(w->e[other].canon);
		w->e[other].canon = xstrdup(c->to_name);
	}
	for (i = 0; i < n; i++) {
		if (other != DEAD) {
			moved += merge_into(w, ids[i], other);
			continue;
		}
		remember(w, ids[i], w->e[ids[i]].key, w->e[ids[i]].type);
		free(w->e[ids[i]].canon);
		free(w->e[ids[i]].key);
		w->e[ids[i]].canon = xstrdup(c->to_name);
		w->e[ids[i]].key = xstrdup(key);
		moved += move_mentions(w, ids[i], -1, NULL, ids[i]);
	}
	free(key);
	return moved;
}

static uint32_t
apply_merge(struct work *w, const struct corr *c, const uint32_t *ids, size_t n)
{
	uint32_t to = find_other(w, c->to_key, c->to_type, true, ids, n), moved = 0;
	size_t i;

	for (i = 0; to != DEAD && i < n; i++)
		moved += merge_into(w, ids[i], to);
	return moved;
}

static uint32_t
apply_split(struct work *w, const struct corr *c, const uint32_t *ids, size_t n)
{
	struct mention *m;
	uint32_t to, moved = 0;
	size_t i, k, first = 0, ncopy = 0;
	char *key;

	if (n == 0 || !c->surface)
		return 0;
	if (c->hash && (ncopy = copies(w, c->hash, &first)) == 0)
		return 0;
	/* Never into one of the entities the mentions leave: a surface that folds to
	 * their own name makes a new entity of that name. */
	if (c->to_key) {
		to = find_or_make(w, c->to_key, c->to_type, c->to_name, true, ids, n);
	} else {
		key = text_fold(c->surface, strlen(c->surface), NULL);
		to = find_or_make(w, key, w->e[ids[0]].type, c->surface, false, ids, n);
		free(key);
	}
	if (to == DEAD)
		return 0;
	if (!c->hash) {
		for (i = 0; i < n; i++)
			moved += move_mentions(w, ids[i], -1, c->surface, to);
		return moved;
	}
	for (k = 0; k < ncopy; k++) {
		size_t art = w->hx[first + k].art;

		if (c->occurrence < 0) {
			for (i = 0; i < n; i++)
				moved += move_mentions(w, ids[i], (long)art, c->surface, to);
		} else if ((m = mention_in(w, c, art, ids, n))) {
			w->e[m->entity].touched = w->e[to].touched = true;
			m->entity = to;
			m->type = w->e[to].type;
			moved++;
		}
	}
	return moved;
}

/* The text at pos (slen bytes) of article art is a mention of entity to: the reader's
 * words win over what overlaps them. */
static void
add_in(struct work *w, size_t art, long pos, size_t slen, uint32_t to)
{
	size_t k, j;

	for (k = j = 0; k < w->nm[art]; k++) {
		struct mention *m = &w->m[art][k];

		if (m->entity != DEAD && m->start < (uint32_t)pos + slen && m->end > (uint32_t)pos) {
			w->e[m->entity].touched = true;
			continue;
		}
		w->m[art][j++] = *m;
	}
	w->nm[art] = j;
	xgrow((void **)&w->m[art], &w->capm[art], j + 1, sizeof **w->m);
	for (k = j; k > 0 && w->m[art][k - 1].start > (uint32_t)pos; k--)
		w->m[art][k] = w->m[art][k - 1];
	w->m[art][k] = (struct mention){ (uint32_t)pos, (uint32_t)(pos + (long)slen), to,
					  w->e[to].type, 0 /* its alias unknown */ };
	w->nm[art]++;
	w->e[to].touched = true;
}

static uint32_t
apply_add(struct work *w, const struct corr *c)
{
	const struct article *a;
	size_t i, first = 0, ncopy;
	uint32_t to = DEAD, added = 0;
	long pos;

	if (!c->surface || !*c->surface || (ncopy = copies(w, c->hash, &first)) == 0)
		return 0;
	for (i = 0; i < ncopy; i++) {
		a = w->c->arts[w->hx[first + i].art];
		article_load(a);
		if ((pos = corr_locate(a->text, a->len, c->surface, c->occurrence)) < 0)
			continue;
		/* Made (when it has to be) only where the words are there. */
		if (to == DEAD && (to = find_or_make(w, c->to_key, c->to_type, c->to_name, true,
						     NULL, 0)) == DEAD)
			return 0;
		add_in(w, w->hx[first + i].art, pos, strlen(c->surface), to);
		added++;
	}
	return added;
}

/* One correction; the number of mentions it applied to. */
static uint32_t
apply_one(struct work *w, const struct corr *c)
{
	/* The entities it names (w->hit, which nothing below changes). */
	size_t n = c->kind == CORR_ADD ? 0 : targets(w, c->key, c->type);
	const uint32_t *ids = w->hit;

	switch (c->kind) {
	case CORR_HIDE: return apply_hide(w, c, ids, n);
	case CORR_RETYPE: return apply_retype(w, c, ids, n);
	case CORR_RENAME: return apply_rename(w, c, ids, n);
	case CORR_MERGE: return apply_merge(w, c, ids, n);
	case CORR_SPLIT: return apply_split(w, c, ids, n);
	case CORR_ADD: return apply_add(w, c);
	default: return 0;
	}
}

void
corr_apply(struct entity_set **es, const struct corpus *c, const struct corr *v, size_t n,
	   uint32_t *used)
{
	struct entity_set *out;
	struct work w;
	size_t i;

	if (n == 0 || !*es)
		return;
	work_init(&w, *es, c);
	for (i = 0; i < n; i++) {
		uint32_t k = apply_one(&w, &v[i]);

		if (used)
			used[i] = k;
	}
	out = corr_work_to_set(&w);
	work_free(&w);
	entity_set_free(*es);
	*es = out;
}
