/* resolve.c -- alias resolution within articles and across the corpus, canonical names. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/text.h"
#include "dossier/util.h"

/* One mention being resolved. Strings are offsets into the resolver's arena. */
struct rm {
	uint32_t art;		/* article index */
	uint32_t start, end;	/* bytes in the article text */
	uint32_t key;		/* arena offset of the entity key (folded) */
	uint32_t surf;		/* arena offset of the surface (blanks collapsed) */
	uint32_t ent;		/* entity index once grouped */
	int16_t canon;		/* gazetteer canonical index, or -1 */
	uint8_t type;		/* enum ent_type, CAND_UNKNOWN, or RM_DROP */
	uint8_t flags;		/* CF_* */
	uint8_t ntok;		/* words in the name */
	char dcanon[20];	/* DATE canonical */
};

#define RM_DROP 0xff

/* A string-keyed hash map from arena offsets to values (open addressing). */
struct smap {
	uint32_t *keys;		/* owned; arena offsets, UINT32_MAX when empty */
	uint32_t *vals;		/* owned */
	uint8_t *tags;		/* owned; a small tag (entity type) that is part of the key */
	size_t cap, n;
};

/* The resolver: every mention of the corpus and the arena holding their strings. */
struct resolver {
	struct sbuf ar;		/* arena of NUL-terminated strings */
	struct rm *m;		/* owned */
	size_t n, cap;
	size_t *first;		/* owned; first mention of article i; first[narts] = n */
	size_t narts;
};

static const char *
S(const struct resolver *r, uint32_t off)
{
	return r->ar.data + off;
}

static uint32_t
arena_add(struct resolver *r, const char *s, size_t len)
{
	uint32_t off = (uint32_t)r->ar.len;

	sb_add(&r->ar, s, len);
	sb_addc(&r->ar, '\0');
	return off;
}

/* Copy len bytes at arena offset off to a new string (the arena may move meanwhile). */
static uint32_t
arena_dup(struct resolver *r, uint32_t off, size_t len)
{
	uint32_t noff = (uint32_t)r->ar.len;

	xgrow((void **)&r->ar.data, &r->ar.cap, r->ar.len + len + 1, 1);
	memmove(r->ar.data + noff, r->ar.data + off, len);
	r->ar.len += len;
	sb_addc(&r->ar, '\0');
	return noff;
}

static uint32_t
str_hash(const char *s)
{
	return gaz_hash(s, strlen(s));
}

static void
smap_init(struct smap *m, size_t want)
{
	m->cap = 16;
	while (m->cap < 2 * want + 16)
		m->cap <<= 1;
	m->keys = xmalloc(m->cap * sizeof *m->keys);
	m->vals = xmalloc(m->cap * sizeof *m->vals);
	m->tags = xmalloc(m->cap);
	memset(m->keys, 0xff, m->cap * sizeof *m->keys);
	m->n = 0;
}

static void
smap_free(struct smap *m)
{
	free(m->keys);
	free(m->vals);
	free(m->tags);
}

/* The slot for key s (type-tagged by prefix byte t), full or empty. */
static size_t
smap_slot(const struct smap *m, const struct resolver *r, int t, const char *s)
{
	size_t i = (str_hash(s) + (size_t)t * 0x9e3779b9u) & (m->cap - 1);

	for (; m->keys[i] != UINT32_MAX; i = (i + 1) & (m->cap - 1))
		if (m->tags[i] == t && strcmp(S(r, m->keys[i]), s) == 0)
			return i;
	return i;
}

/* Value stored for (t, s), or -1. */
static long
smap_get(const struct smap *m, const struct resolver *r, int t, const char *s)
{
	size_t i = smap_slot(m, r, t, s);

	return m->keys[i] == UINT32_MAX ? -1 : (long)m->vals[i];
}

static void
smap_put(struct smap *m, const struct resolver *r, int t, uint32_t koff, uint32_t val)
{
	size_t i = smap_slot(m, r, t, S(r, koff));

	if (m->keys[i] == UINT32_MAX) {
		m->keys[i] = koff;
		m->tags[i] = (uint8_t)t;
		m->n++;
	}
	m->vals[i] = val;
}

/* Fold a surface and collapse blanks: the matching key of a name. */
static uint32_t
fold_key(struct resolver *r, const char *s, size_t len)
{
	char stack[512], *buf = len * 4 + 8 <= sizeof stack ? stack : xmalloc(len * 4 + 8);
	size_t n = ex_fold(s, len, buf, len * 4 + 8), i, o = 0;
	uint32_t off;

	for (i = 0; i < n; i++) {
		char c = buf[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (o > 0 && buf[o - 1] != ' ')
				buf[o++] = ' ';
		} else
			buf[o++] = c;
	}
	while (o > 0 && buf[o - 1] == ' ')
		o--;
	off = arena_add(r, buf, o);
	if (buf != stack)
		free(buf);
	return off;
}

/* Surface with blanks collapsed (for display and aliases). */
static uint32_t
surface(struct resolver *r, const char *s, size_t len)
{
	uint32_t off = (uint32_t)r->ar.len;
	size_t i;
	int sp = 0;

	for (i = 0; i < len; i++) {
		char c = s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			sp = 1;
			continue;
		}
		if (sp && r->ar.len > off)
			sb_addc(&r->ar, ' ');
		sp = 0;
		sb_addc(&r->ar, c);
	}
	sb_addc(&r->ar, '\0');
	return off;
}

/* Key of a mention from its candidate. */
static void
mention_key(struct resolver *r, struct rm *m, const char *text)
{
	const char *g;

	if (m->type == ENT_DATE) {
		m->key = arena_add(r, m->dcanon, strlen(m->dcanon));
	} else if (m->type == ENT_URL || m->type == ENT_MONEY) {
		m->key = m->surf;
	} else if ((g = gaz_canon(m->canon)) != NULL) {
		m->key = fold_key(r, g, strlen(g));
	} else {
		m->key = fold_key(r, text + m->start, m->end - m->start);
	}
}

/* Load every candidate of every article. */
static void
load(struct resolver *r, const struct corpus *c, struct extraction **per)
{
	size_t i, j;

	r->narts = c->n;
	r->first = xcalloc(c->n + 1, sizeof *r->first);
	for (i = 0; i < c->n; i++) {
		const struct article *a = c->arts[i];
		struct extraction *x = per ? per[i] : NULL;

		r->first[i] = r->n;
		for (j = 0; x && j < x->n; j++) {
			const struct cand *cd = &x->c[j];
			struct rm *m;

			if (cd->end > a->len || cd->start >= cd->end)
				continue;
			xgrow((void **)&r->m, &r->cap, r->n + 1, sizeof *r->m);
			m = &r->m[r->n++];
			memset(m, 0, sizeof *m);
			m->art = (uint32_t)i;
			m->start = cd->start;
			m->end = cd->end;
			m->type = cd->type;
			m->flags = cd->flags;
			m->ntok = cd->ntok;
			m->canon = cd->canon;
			memcpy(m->dcanon, cd->dcanon, sizeof m->dcanon);
			m->surf = surface(r, a->text + m->start, m->end - m->start);
			mention_key(r, m, a->text);
		}
		extraction_free(x);
		if (per)
			per[i] = NULL;
	}
	r->first[c->n] = r->n;
}


#define SCAN_LIMIT 4096		/* mentions looked at around a lone name */

static size_t
nwords(const char *k)
{
	size_t n = *k ? 1 : 0;

	for (; *k; k++)
		n += *k == ' ';
	return n;
}

/* Is w (a single folded word) the family name of full name k? */
static int
is_surname(const char *k, int ff, const char *w)
{
	size_t wl = strlen(w), kl = strlen(k);

	if (ff)
		return strncmp(k, w, wl) == 0 && k[wl] == ' ';
	return kl > wl && k[kl - wl - 1] == ' ' && strcmp(k + kl - wl, w) == 0;
}

/* Is w one of the words of k? */
static int
has_word(const char *k, const char *w)
{
	size_t wl = strlen(w);
	const char *p = k;

	while ((p = strstr(p, w)) != NULL) {
		if ((p == k || p[-1] == ' ') && (p[wl] == ' ' || p[wl] == '\0'))
			return 1;
		p++;
	}
	return 0;
}

/* Are the words of a a contiguous part of the (longer) name b? */
static int
sub_name(const char *a, const char *b)
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

static int
is_full(const struct rm *m, const struct resolver *r)
{
	return m->type == ENT_PERSON && m->ntok >= 2 && nwords(S(r, m->key)) >= 2;
}

static int
is_single(const struct rm *m, const struct resolver *r)
{
	return (m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && !is_full(m, r);
}

/* Does full-name mention j match the word w at this strength (2 surname, 1 any word)? */
static int
full_matches(const struct resolver *r, size_t j, const char *w, int strength)
{
	const struct rm *m = &r->m[j];

	if (!is_full(m, r))
		return 0;
	if (strength == 2)
		return is_surname(S(r, m->key), (m->flags & CF_FF) != 0, w);
	return has_word(S(r, m->key), w);
}

/* The full name in article [f, e) that lone name i stands for: nearest preceding mention
 * matching by family name, else following, else by any word. Returns -1 if none. */
static long
find_full(const struct resolver *r, size_t f, size_t e, size_t i)
{
	const char *w = S(r, r->m[i].key);
	int strength;
	size_t d;

	for (strength = 2; strength >= 1; strength--) {
		for (d = 1; d <= SCAN_LIMIT && i >= f + d; d++)
			if (full_matches(r, i - d, w, strength))
				return (long)(i - d);
		for (d = 1; d <= SCAN_LIMIT && i + d < e; d++)
			if (full_matches(r, i + d, w, strength))
				return (long)(i + d);
	}
	return -1;
}

/* Within one article: shorter full names join longer ones that contain them
 * ("Alvarez Casas" -> "Lazaro Alberto Alvarez Casas"), lone names join full names. */
static void
alias_article(struct resolver *r, size_t f, size_t e)
{
	size_t i, j, nfull = 0;
	long k;

	for (i = f; i < e; i++)
		nfull += is_full(&r->m[i], r);
	for (i = f; i < e && nfull <= SCAN_LIMIT; i++) {
		if (!is_full(&r->m[i], r))
			continue;
		for (j = f; j < e; j++)
			if (is_full(&r->m[j], r) &&
			    nwords(S(r, r->m[j].key)) > nwords(S(r, r->m[i].key)) &&
			    sub_name(S(r, r->m[i].key), S(r, r->m[j].key))) {
				r->m[i].key = r->m[j].key;
				r->m[i].flags |= r->m[j].flags & CF_FF;
				break;
			}
	}
	for (i = f; i < e; i++) {
		if (!is_single(&r->m[i], r) || (k = find_full(r, f, e, i)) < 0)
			continue;
		r->m[i].type = ENT_PERSON;
		r->m[i].key = r->m[k].key;
		r->m[i].flags |= r->m[k].flags & CF_FF;
		r->m[i].ntok = 1;
	}
}

/* Across the corpus: a lone family name joins the dominant full name that has it; lone
 * words with no person behind them are dropped. */
static void
alias_corpus(struct resolver *r)
{
	struct smap full, sur, single;
	size_t i;
	long v;

	smap_init(&full, r->n);
	smap_init(&sur, r->n);
	smap_init(&single, r->n);
	/* Mentions per full name (the value counts up). */
	for (i = 0; i < r->n; i++)
		if (is_full(&r->m[i], r) && r->m[i].ntok >= 2) {
			v = smap_get(&full, r, 0, S(r, r->m[i].key));
			smap_put(&full, r, 0, r->m[i].key, (uint32_t)(v < 0 ? 1 : v + 1));
		}
	/* Family name -> the full name with the most mentions (ties: first in key order). */
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		const char *k = S(r, m->key), *sp;
		uint32_t soff;
		long cur;

		if (!is_full(m, r) || m->ntok < 2)
			continue;
		sp = (m->flags & CF_FF) ? NULL : strrchr(k, ' ');
		soff = sp ? arena_dup(r, (uint32_t)(sp + 1 - r->ar.data), strlen(sp + 1))
			  : arena_dup(r, m->key, strcspn(k, " "));
		k = S(r, m->key);
		cur = smap_get(&sur, r, 0, S(r, soff));
		if (cur >= 0) {
			const char *ck = S(r, r->m[cur].key);
			long cn = smap_get(&full, r, 0, ck), mn = smap_get(&full, r, 0, k);

			if (cn > mn || (cn == mn && strcmp(ck, k) <= 0))
				continue;
		}
		smap_put(&sur, r, 0, soff, (uint32_t)i);
	}
	for (i = 0; i < r->n; i++)
		if (r->m[i].type == ENT_PERSON && !is_full(&r->m[i], r))
			smap_put(&single, r, 0, r->m[i].key, 1);
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (!is_single(m, r))
			continue;
		if ((v = smap_get(&sur, r, 0, S(r, m->key))) >= 0) {
			m->type = ENT_PERSON;
			m->key = r->m[v].key;
		} else if (m->type == CAND_UNKNOWN) {
			int known = smap_get(&single, r, 0, S(r, m->key)) >= 0;
			/* A known family name, capitalised mid-sentence and never written in
			 * lower case in its article, is a person on its own ("Merkel"). */
			int surname = (m->flags & (CF_SURNAME | CF_LOWER | CF_WEAK)) == CF_SURNAME;

			m->type = known || surname ? ENT_PERSON : RM_DROP;
		}
	}
	smap_free(&full);
	smap_free(&sur);
	smap_free(&single);
}

/* Per-entity working data while grouping. */
struct egroup {
	uint8_t type;
	uint32_t key;		/* arena offset */
	uint32_t canon;		/* arena offset of the display name */
	uint32_t nment, narts, lastart;
	size_t first;		/* first mention index */
};

static int
has_non_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

/* Mentions of one entity sorted by surface, for alias counting. */
struct msort {
	uint32_t ent;
	const char *surf;
	size_t idx;
};

static int
msort_cmp(const void *a, const void *b)
{
	const struct msort *x = a, *y = b;
	int c;

	if (x->ent != y->ent)
		return x->ent < y->ent ? -1 : 1;
	if ((c = strcmp(x->surf, y->surf)) != 0)
		return c;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* One distinct surface of an entity. */
struct alias {
	const char *surf;
	uint32_t count;
	size_t first;		/* first mention with it: ties go to the earlier form */
};

static int
alias_cmp(const void *a, const void *b)
{
	const struct alias *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/* Group mentions into entities by (type, key). Returns the number of groups. */
static size_t
group(struct resolver *r, struct egroup **gp)
{
	struct smap map;
	struct egroup *g = NULL;
	size_t ng = 0, gcap = 0, i;

	smap_init(&map, r->n);
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];
		long v;

		if (m->type >= ENT_NTYPES)
			continue;
		if ((v = smap_get(&map, r, m->type, S(r, m->key))) < 0) {
			xgrow((void **)&g, &gcap, ng + 1, sizeof *g);
			memset(&g[ng], 0, sizeof *g);
			g[ng].type = m->type;
			g[ng].key = m->key;
			g[ng].lastart = UINT32_MAX;
			g[ng].first = i;
			smap_put(&map, r, m->type, m->key, (uint32_t)ng);
			v = (long)ng++;
		}
		m->ent = (uint32_t)v;
		g[v].nment++;
		if (g[v].lastart != m->art) {
			g[v].narts++;
			g[v].lastart = m->art;
		}
	}
	smap_free(&map);
	*gp = g;
	return ng;
}

/* Is alias a a full form of the person key (two words or more, folding to the key)? */
static int
full_form(const char *surf, const char *key)
{
	size_t len = strlen(surf), n;
	char stack[256], *buf = 4 * len + 8 <= sizeof stack ? stack : xmalloc(4 * len + 8);
	int ok;

	n = ex_fold(surf, len, buf, 4 * len + 8);
	ok = n == strlen(key) && memcmp(buf, key, n) == 0 && strchr(key, ' ');
	if (buf != stack)
		free(buf);
	return ok;
}

/* Display name: for people the full form, accented preferred, then the most frequent. */
static const char *
pick_canon(const struct resolver *r, const struct egroup *g, const struct alias *al, size_t n)
{
	const struct rm *m = &r->m[g->first];
	const char *best = NULL, *key = S(r, g->key);
	size_t i;

	if (g->type == ENT_DATE)
		return m->dcanon;
	if (gaz_canon(m->canon))
		return gaz_canon(m->canon);
	if (g->type != ENT_PERSON)
		return al[0].surf;
	for (i = 0; i < n; i++)
		if (full_form(al[i].surf, key) && (!best || (has_non_ascii(al[i].surf) &&
							  !has_non_ascii(best))))
			best = al[i].surf;
	return best ? best : al[0].surf;
}

/* Fill aliases and canonical names of every group into ents[group]. */
static void
name_groups(struct resolver *r, const struct egroup *g, size_t ng, struct entity *ents)
{
	struct msort *ms = xmalloc((r->n ? r->n : 1) * sizeof *ms);
	struct alias *al = xmalloc((r->n ? r->n : 1) * sizeof *al);
	size_t n = 0, i, j, k, na;

	for (i = 0; i < r->n; i++)
		if (r->m[i].type < ENT_NTYPES)
			ms[n++] = (struct msort){ r->m[i].ent, S(r, r->m[i].surf), i };
	qsort(ms, n, sizeof *ms, msort_cmp);
	for (i = 0; i < n; i = j) {
		uint32_t e = ms[i].ent;

		for (j = i, na = 0; j < n && ms[j].ent == e; j++) {
			if (na > 0 && strcmp(al[na - 1].surf, ms[j].surf) == 0) {
				al[na - 1].count++;
				continue;
			}
			al[na++] = (struct alias){ ms[j].surf, 1, ms[j].idx };
		}
		qsort(al, na, sizeof *al, alias_cmp);
		ents[e].aliases = xmalloc(na * sizeof *ents[e].aliases);
		ents[e].naliases = na;
		for (k = 0; k < na; k++)
			ents[e].aliases[k] = xstrdup(al[k].surf);
		ents[e].canonical = xstrdup(pick_canon(r, &g[e], al, na));
	}
	(void)ng;
	free(ms);
	free(al);
}

/* Entity order for ids: type, then folded key, then display name. */
struct eorder {
	uint32_t group;
	uint8_t type;
	const char *key;
	const char *canon;
};

static int
eorder_cmp(const void *a, const void *b)
{
	const struct eorder *x = a, *y = b;
	int c;

	if (x->type != y->type)
		return x->type < y->type ? -1 : 1;
	if ((c = strcmp(x->key, y->key)) != 0)
		return c;
	return strcmp(x->canon, y->canon);
}

/* Build the entity set: entities in id order, mentions per article. */
static struct entity_set *
build_set(struct resolver *r, const struct egroup *g, size_t ng, struct entity *tmp)
{
	struct entity_set *s = xcalloc(1, sizeof *s);
	struct eorder *ord = xmalloc((ng ? ng : 1) * sizeof *ord);
	uint32_t *id = xmalloc((ng ? ng : 1) * sizeof *id);
	size_t i, a;

	for (i = 0; i < ng; i++)
		ord[i] = (struct eorder){ (uint32_t)i, g[i].type, S(r, g[i].key), tmp[i].canonical };
	qsort(ord, ng, sizeof *ord, eorder_cmp);
	s->ents = xcalloc(ng ? ng : 1, sizeof *s->ents);
	s->n = ng;
	for (i = 0; i < ng; i++) {
		struct entity *e = &s->ents[i];
		uint32_t gi = ord[i].group;

		*e = tmp[gi];
		e->id = (uint32_t)i;
		e->type = g[gi].type;
		e->key = text_fold(e->canonical, strlen(e->canonical), NULL);
		e->narticles = g[gi].narts;
		e->nmentions = g[gi].nment;
		id[gi] = (uint32_t)i;
	}
	s->narticles = r->narts;
	s->mentions = xcalloc(r->narts ? r->narts : 1, sizeof *s->mentions);
	s->nmentions = xcalloc(r->narts ? r->narts : 1, sizeof *s->nmentions);
	for (a = 0; a < r->narts; a++) {
		size_t k = 0;

		for (i = r->first[a]; i < r->first[a + 1]; i++)
			k += r->m[i].type < ENT_NTYPES;
		s->mentions[a] = xmalloc((k ? k : 1) * sizeof *s->mentions[a]);
		for (i = r->first[a], k = 0; i < r->first[a + 1]; i++) {
			const struct rm *m = &r->m[i];

			if (m->type >= ENT_NTYPES)
				continue;
			s->mentions[a][k++] = (struct mention){ m->start, m->end, id[m->ent], m->type };
		}
		s->nmentions[a] = k;
		s->total_mentions += k;
	}
	free(ord);
	free(id);
	return s;
}

struct entity_set *
resolve_corpus(const struct corpus *c, struct extraction **per)
{
	struct resolver r;
	struct egroup *g;
	struct entity *tmp;
	struct entity_set *s;
	size_t ng, a;

	memset(&r, 0, sizeof r);
	sb_add(&r.ar, "", 0);
	load(&r, c, per);
	for (a = 0; a < r.narts; a++)
		alias_article(&r, r.first[a], r.first[a + 1]);
	alias_corpus(&r);
	ng = group(&r, &g);
	tmp = xcalloc(ng ? ng : 1, sizeof *tmp);
	name_groups(&r, g, ng, tmp);
	s = build_set(&r, g, ng, tmp);
	free(tmp);
	free(g);
	free(r.m);
	free(r.first);
	sb_free(&r.ar);
	return s;
}

void
entity_set_free(struct entity_set *s)
{
	size_t i, j;

	if (!s)
		return;
	for (i = 0; i < s->n; i++) {
		free(s->ents[i].canonical);
		free(s->ents[i].key);
		for (j = 0; j < s->ents[i].naliases; j++)
			free(s->ents[i].aliases[j]);
		free(s->ents[i].aliases);
	}
	free(s->ents);
	for (i = 0; i < s->narticles; i++)
		free(s->mentions[i]);
	free(s->mentions);
	free(s->nmentions);
	free(s);
}
