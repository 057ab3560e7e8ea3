/* correct.c -- the reader's entity corrections applied to an entity set after resolution. MIT licence. */
#include "config.h"

#include <stdio.h>
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
 * come), and a new set is made from it the way the resolver makes one: ids in (type, key,
 * name) order, counts from the mentions. Every table (entity, alias, mention), every
 * count, `entity:` and co-occurrence are then built from the corrected set, so they agree.
 */

static const char *const kind_names[CORR_NKINDS] = {
	"hide", "retype", "rename", "merge", "split", "add",
};

const char *
corr_kind_name(enum corr_kind k)
{
	return (unsigned)k < CORR_NKINDS ? kind_names[k] : "?";
}

int
corr_kind_parse(const char *s)
{
	int i;

	for (i = 0; i < CORR_NKINDS; i++)
		if (strcmp(s, kind_names[i]) == 0)
			return i;
	return -1;
}

void
corr_clear(struct corr *c)
{
	free(c->key);
	free(c->name);
	free(c->hash);
	free(c->surface);
	free(c->to_key);
	free(c->to_name);
	memset(c, 0, sizeof *c);
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void
corr_copy(struct corr *out, const struct corr *c)
{
	*out = *c;
	out->key = dup_or_null(c->key);
	out->name = dup_or_null(c->name);
	out->hash = dup_or_null(c->hash);
	out->surface = dup_or_null(c->surface);
	out->to_key = dup_or_null(c->to_key);
	out->to_name = dup_or_null(c->to_name);
}

void
corr_free_all(struct corr *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		corr_clear(&v[i]);
	free(v);
}

static const char *
type_name(int t)
{
	return t >= 0 && t < ENT_NTYPES ? ent_type_name((enum ent_type)t) : "?";
}

char *
corr_describe(const struct corr *c)
{
	struct sbuf b = {0};
	const char *name = c->name ? c->name : c->key ? c->key : "";

	sb_adds(&b, corr_kind_name(c->kind));
	if (c->kind == CORR_ADD)
		sb_printf(&b, " \"%s\"", c->surface ? c->surface : "");
	else if (c->surface && c->kind != CORR_SPLIT)
		sb_printf(&b, " a mention \"%s\" of %s (%s)", c->surface, name, type_name(c->type));
	else
		sb_printf(&b, " %s (%s)", name, type_name(c->type));
	switch (c->kind) {
	case CORR_RETYPE:
		sb_printf(&b, " as %s", type_name(c->to_type));
		break;
	case CORR_RENAME:
		sb_printf(&b, " to %s", c->to_name ? c->to_name : "");
		break;
	case CORR_SPLIT:
		sb_printf(&b, ": \"%s\"", c->surface ? c->surface : "");
		/* fall through */
	case CORR_MERGE:
	case CORR_ADD:
		if (c->kind != CORR_SPLIT || c->to_key)
			sb_printf(&b, " into %s (%s)", c->to_name ? c->to_name : c->to_key ?
				  c->to_key : "", type_name(c->to_type));
		else
			sb_adds(&b, " out as an entity of its own");
		break;
	default:
		break;
	}
	if (c->hash)
		sb_printf(&b, " in article %.8s", c->hash);
	return b.data;
}

/* FNV-1a over a string and its terminator (NULL hashes as a lone 0xff). */
static uint64_t
fnv(uint64_t h, const char *s)
{
	if (!s)
		return (h ^ 0xff) * 0x100000001b3ULL;
	for (;; s++) {
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
		if (!*s)
			return h;
	}
}

void
corr_digest(const struct corr *v, size_t n, char out[17])
{
	uint64_t h = 0xcbf29ce484222325ULL;
	char num[64];
	size_t i;

	if (n == 0) {
		snprintf(out, 17, "none");
		return;
	}
	for (i = 0; i < n; i++) {
		snprintf(num, sizeof num, "%lld %d %d %d %d", (long long)v[i].id, (int)v[i].kind,
			 v[i].type, v[i].occurrence, v[i].to_type);
		h = fnv(h, num);
		h = fnv(h, v[i].key);
		h = fnv(h, v[i].hash);
		h = fnv(h, v[i].surface);
		h = fnv(h, v[i].to_key);
		h = fnv(h, v[i].to_name);
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* The start of the next occurrence of needle at or after from, or NULL. */
static const char *
find_from(const char *text, size_t len, size_t from, const char *needle, size_t nlen)
{
	const char *p;

	if (nlen == 0 || from > len || len - from < nlen)
		return NULL;
	for (p = text + from; (size_t)(text + len - p) >= nlen; p++) {
		p = memchr(p, needle[0], (size_t)(text + len - p) - nlen + 1);
		if (!p)
			return NULL;
		if (memcmp(p, needle, nlen) == 0)
			return p;
	}
	return NULL;
}

int
corr_occurrence(const char *text, size_t len, size_t start, size_t end)
{
	const char *p;
	size_t from = 0;
	int k = 0;

	if (start >= end || end > len)
		return -1;
	while ((p = find_from(text, len, from, text + start, end - start)) &&
	       (size_t)(p - text) < start) {
		k++;
		from = (size_t)(p - text) + 1;
	}
	return k;
}

long
corr_locate(const char *text, size_t len, const char *surface, int occ)
{
	size_t from = 0, n = surface ? strlen(surface) : 0;
	const char *p;
	int k;

	if (occ < 0)
		return -1;
	for (k = 0; (p = find_from(text, len, from, surface, n)); k++) {
		if (k == occ)
			return (long)(p - text);
		from = (size_t)(p - text) + 1;
	}
	return -1;
}

static int
hidx_cmp(const void *a, const void *b)
{
	return strcmp(((const struct hidx *)a)->hash, ((const struct hidx *)b)->hash);
}

/* The index of the article with this content hash, or -1. */
static long
article_of(const struct work *w, const char *hash)
{
	struct hidx k = { hash, 0 }, *f;

	f = bsearch(&k, w->hx, w->c->n, sizeof *w->hx, hidx_cmp);
	return f ? (long)f->art : -1;
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

static void
work_init(struct work *w, const struct entity_set *es, const struct corpus *c)
{
	size_t i, n = es->narticles;

	memset(w, 0, sizeof *w);
	w->es = es;
	w->c = c;
	for (i = 0; i < es->n; i++)
		new_entity(w, es->ents[i].canonical, es->ents[i].type, (uint32_t)i);
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
	size_t i;

	for (i = 0; i < w->n; i++) {
		free(w->e[i].canon);
		free(w->e[i].key);
	}
	free(w->e);
	for (i = 0; i < w->es->narticles; i++)
		free(w->m[i]);
	free(w->m);
	free(w->nm);
	free(w->capm);
	free(w->hx);
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

/* The live entity of this key and type (by key, else by an alias, as `entity:` finds
 * one), or DEAD. */
static uint32_t
find_entity_by(const struct work *w, const char *key, int type, bool by_alias)
{
	size_t i;

	if (!key)
		return DEAD;
	for (i = 0; i < w->n; i++)
		if (!w->e[i].dead && w->e[i].type == type && strcmp(w->e[i].key, key) == 0)
			return (uint32_t)i;
	for (i = 0; by_alias && i < w->n; i++)
		if (!w->e[i].dead && w->e[i].type == type && w->e[i].orig != DEAD &&
		    alias_is(w, w->e[i].orig, key))
			return (uint32_t)i;
	return DEAD;
}

static uint32_t
find_entity(const struct work *w, const char *key, int type)
{
	return find_entity_by(w, key, type, true);
}

/* The entity (key, type), made with name when there is none. by_alias: an entity that
 * has key as an alias will do (not for a split: "King" is an alias of the entity the
 * mentions leave). */
static uint32_t
find_or_make(struct work *w, const char *key, int type, const char *name, bool by_alias)
{
	uint32_t e = find_entity_by(w, key, type, by_alias);

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
		const char *text = w->c->arts[a]->text;

		for (k = 0; k < w->nm[a]; k++) {
			struct mention *m = &w->m[a][k];

			if (m->entity != from || (surf && (m->end - m->start != slen ||
							   memcmp(text + m->start, surf, slen) != 0)))
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

/* The mention at c's place (hash, surface, occurrence), or NULL; *art gets its article. */
static struct mention *
mention_at(struct work *w, const struct corr *c, long *art)
{
	const struct article *a;
	long pos;
	size_t k, slen;

	if (!c->hash || !c->surface || (*art = article_of(w, c->hash)) < 0)
		return NULL;
	a = w->c->arts[*art];
	slen = strlen(c->surface);
	if ((pos = corr_locate(a->text, a->len, c->surface, c->occurrence)) < 0)
		return NULL;
	for (k = 0; k < w->nm[*art]; k++)
		if (w->m[*art][k].entity != DEAD && w->m[*art][k].start == (uint32_t)pos &&
		    w->m[*art][k].end == (uint32_t)(pos + (long)slen))
			return &w->m[*art][k];
	return NULL;
}

/* Everything of entity from goes to entity to (it is merged): returns the mentions moved. */
static uint32_t
merge_into(struct work *w, uint32_t from, uint32_t to)
{
	uint32_t n;

	if (from == to || from == DEAD || to == DEAD)
		return 0;
	n = move_mentions(w, from, -1, NULL, to);
	w->e[from].dead = true;
	return n;
}

/* One mention (or the whole entity) changes type. */
static uint32_t
apply_retype(struct work *w, const struct corr *c, uint32_t e)
{
	struct mention *m;
	uint32_t to, other;
	long art;

	if (c->to_type < 0 || c->to_type >= ENT_NTYPES)
		return 0;
	if (c->surface) {
		if (!(m = mention_at(w, c, &art)) || (e != DEAD && m->entity != e))
			return 0;
		to = find_or_make(w, w->e[m->entity].key, c->to_type, w->e[m->entity].canon,
				  false);
		w->e[m->entity].touched = w->e[to].touched = true;
		m->entity = to;
		m->type = (uint8_t)c->to_type;
		return 1;
	}
	if (e == DEAD)
		return 0;
	/* Another entity of that name and type already: the two are one now. */
	if ((other = find_entity(w, w->e[e].key, c->to_type)) != DEAD)
		return merge_into(w, e, other);
	w->e[e].type = (uint8_t)c->to_type;
	return move_mentions(w, e, -1, NULL, e);
}

static uint32_t
apply_rename(struct work *w, const struct corr *c, uint32_t e)
{
	char *key;
	uint32_t other;

	if (e == DEAD || !c->to_name || !*c->to_name)
		return 0;
	key = text_fold(c->to_name, strlen(c->to_name), NULL);
	other = find_entity(w, key, w->e[e].type);
	free(key);
	if (other != DEAD && other != e) {
		free(w->e[other].canon);
		w->e[other].canon = xstrdup(c->to_name);
		return merge_into(w, e, other);
	}
	free(w->e[e].canon);
	free(w->e[e].key);
	w->e[e].canon = xstrdup(c->to_name);
	w->e[e].key = text_fold(c->to_name, strlen(c->to_name), NULL);
	return move_mentions(w, e, -1, NULL, e);
}

static uint32_t
apply_split(struct work *w, const struct corr *c, uint32_t e)
{
	struct mention *m;
	uint32_t to;
	long art = -1;
	char *key;

	if (e == DEAD || !c->surface)
		return 0;
	if (c->hash && (art = article_of(w, c->hash)) < 0)
		return 0;
	if (c->to_key)
		to = find_or_make(w, c->to_key, c->to_type, c->to_name, true);
	else {
		key = text_fold(c->surface, strlen(c->surface), NULL);
		to = find_or_make(w, key, w->e[e].type, c->surface, false);
		free(key);
	}
	if (to == DEAD || to == e)
		return 0;
	if (c->hash && c->occurrence >= 0) {
		if (!(m = mention_at(w, c, &art)) || m->entity != e)
			return 0;
		m->entity = to;
		m->type = w->e[to].type;
		w->e[e].touched = w->e[to].touched = true;
		return 1;
	}
	return move_mentions(w, e, art, c->surface, to);
}

static uint32_t
apply_add(struct work *w, const struct corr *c)
{
	const struct article *a;
	size_t k, j, slen;
	uint32_t to;
	long art, pos;

	if (!c->hash || !c->surface || !*c->surface || (art = article_of(w, c->hash)) < 0)
		return 0;
	a = w->c->arts[art];
	slen = strlen(c->surface);
	if ((pos = corr_locate(a->text, a->len, c->surface, c->occurrence)) < 0 ||
	    (to = find_or_make(w, c->to_key, c->to_type, c->to_name, true)) == DEAD)
		return 0;
	/* The reader's word wins over what overlaps it. */
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
					  w->e[to].type };
	w->nm[art]++;
	w->e[to].touched = true;
	return 1;
}

/* One correction; the number of mentions it applied to. */
static uint32_t
apply_one(struct work *w, const struct corr *c)
{
	struct mention *m;
	uint32_t e = c->kind == CORR_ADD ? DEAD : find_entity(w, c->key, c->type);
	long art;

	switch (c->kind) {
	case CORR_HIDE:
		if (c->surface) {
			if (!(m = mention_at(w, c, &art)) || (e != DEAD && m->entity != e))
				return 0;
			w->e[m->entity].touched = true;
			m->entity = DEAD;
			return 1;
		}
		if (e == DEAD)
			return 0;
		w->e[e].dead = true;
		return move_mentions(w, e, -1, NULL, DEAD);
	case CORR_RETYPE:
		return apply_retype(w, c, e);
	case CORR_RENAME:
		return apply_rename(w, c, e);
	case CORR_MERGE:
		return merge_into(w, e, find_entity(w, c->to_key, c->to_type));
	case CORR_SPLIT:
		return apply_split(w, c, e);
	case CORR_ADD:
		return apply_add(w, c);
	default:
		return 0;
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
