/* index_cache_es.c -- the entity set kept in the cache file: names, aliases and every mention's offsets; one entity's mentions from it. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * A used cache gives the entity set the screen and the commands read (the mentions'
 * offsets, the aliases) from two tables of its own, es_entity and es_mentions, as well as
 * the entity, alias and mention tables the queries read. Read back, every value is
 * checked: a damaged file must not let an offset point past an article's text or an id
 * past the set.
 */

/* Little-endian packing of mentions: 15 bytes each (start, end, entity, type, surf), the
 * same file on every machine. */
#define MENTION_BYTES 15

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The first column of a one-row query; -1 for NULL or no row. */
static sqlite3_int64
one_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	sqlite3_int64 v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_type(st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The former names of the set's entities, from the table the queries use. */
static bool
load_formers(sqlite3 *db, const char *schema, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	bool bad = false;
	char sql[96];
	int rc;

	snprintf(sql, sizeof sql, "SELECT entity, key, type FROM %s.former", schema);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return false;
	while (!bad && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 e = sqlite3_column_int64(st, 0);
		const char *key = (const char *)sqlite3_column_text(st, 1);
		const char *type = (const char *)sqlite3_column_text(st, 2);
		int t = type ? ent_type_parse(type) : -1;

		if (e < 0 || (size_t)e >= s->n || !key || t < 0) {
			bad = true;
			break;
		}
		xgrow((void **)&s->former, &cap, s->nformer + 1, sizeof *s->former);
		s->former[s->nformer++] = (struct entity_former){ (uint32_t)e, (uint8_t)t,
								  xstrdup(key) };
	}
	sqlite3_finalize(st);
	return !bad && rc == SQLITE_DONE;
}

/* Read the entity rows, in id order, into s; false when any row is damaged. */
static bool
load_entity_rows(sqlite3 *db, const char *schema, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	bool bad = false;
	char sql[192];
	int rc;

	snprintf(sql, sizeof sql, "SELECT id, type, canonical, key, narticles, nmentions,"
		 " naliases, aliases FROM %s.es_entity ORDER BY id", schema);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return false;
	while (!bad && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct entity *e;
		const char *canon = (const char *)sqlite3_column_text(st, 2);
		const char *key = (const char *)sqlite3_column_text(st, 3);
		const char *al = sqlite3_column_blob(st, 7), *p;
		size_t alen = (size_t)sqlite3_column_bytes(st, 7), na, k;
		int type = sqlite3_column_int(st, 1);

		na = (size_t)sqlite3_column_int64(st, 6);
		if (sqlite3_column_int64(st, 0) != (sqlite3_int64)s->n || !canon || !key ||
		    type < 0 || type >= ENT_NTYPES || na > alen || (alen && al[alen - 1])) {
			bad = true;
			break;
		}
		xgrow((void **)&s->ents, &cap, s->n + 1, sizeof *s->ents);
		e = &s->ents[s->n++];
		memset(e, 0, sizeof *e);
		e->id = (uint32_t)(s->n - 1);
		e->type = (uint8_t)type;
		e->canonical = xstrdup(canon);
		e->key = xstrdup(key);
		e->narticles = (uint32_t)sqlite3_column_int64(st, 4);
		e->nmentions = (uint32_t)sqlite3_column_int64(st, 5);
		e->aliases = xcalloc(na ? na : 1, sizeof *e->aliases);
		for (k = 0, p = al; k < na; k++) {
			if (p >= al + alen) {
				bad = true;
				break;
			}
			e->aliases[e->naliases++] = xstrdup(p);
			p += strlen(p) + 1;
		}
	}
	sqlite3_finalize(st);
	return !bad && rc == SQLITE_DONE;
}

/* The row of es_mentions before every article's (article -1): the set's number of
 * mentions, 8 bytes, so that a reader can take them all in one block. */
#define COUNT_ROW (-1)

/* A block for n mentions, in huge pages (big_alloc()), into s; none when n is 0, too
 * many or refused. */
static void
mention_block(struct entity_set *s, uint64_t n)
{
	if (!n || n > SIZE_MAX / sizeof *s->block / 2)
		return;
	s->nblock = (size_t)n;
	if (!(s->block = big_alloc(s->nblock * sizeof *s->block)))
		s->nblock = 0;
}

/*
 * Read the packed mention rows of every article into s; false when any is damaged. At
 * 100k articles they are 7M mentions, 110 MB: in one block of huge pages, its size
 * from the count row, rather than an allocation an article, which on the build thread
 * grew its heap a page at a time. (A file without the row, or whose row says too few,
 * gives the others an allocation each.) With map (nmap rows), the file's article i is
 * this run's map[i], or none (UINT32_MAX): its mentions are left out.
 */
static bool
load_mention_rows(sqlite3 *db, const char *schema, const struct corpus *c,
		  const uint32_t *map, size_t nmap, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	bool bad = false;
	size_t i, used = 0;
	char sql[96];
	int rc;

	snprintf(sql, sizeof sql, "SELECT article, data FROM %s.es_mentions", schema);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return false;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 a = sqlite3_column_int64(st, 0);
		const unsigned char *d = sqlite3_column_blob(st, 1);
		size_t len = (size_t)sqlite3_column_bytes(st, 1), m = len / MENTION_BYTES;

		if (a == COUNT_ROW && len == 8 && d && !s->block && !s->total_mentions) {
			mention_block(s, (uint64_t)get32(d) | (uint64_t)get32(d + 4) << 32);
			continue;
		}
		if (map && a >= 0 && (size_t)a < nmap) {
			if (map[a] == UINT32_MAX)
				continue;	/* an article gone or changed since */
			a = map[a];
		}
		if (a < 0 || (size_t)a >= s->narticles || len % MENTION_BYTES ||
		    s->mentions[a] || (!d && len)) {
			bad = true;
			break;
		}
		if (m && m <= s->nblock - used) {
			s->mentions[a] = s->block + used;
			used += m;
		} else {
			s->mentions[a] = xmalloc((m ? m : 1) * sizeof **s->mentions);
		}
		s->nmentions[a] = m;
		for (i = 0; i < m; i++, d += MENTION_BYTES) {
			struct mention *x = &s->mentions[a][i];

			x->start = get32(d);
			x->end = get32(d + 4);
			x->entity = get32(d + 8);
			x->type = d[12];
			x->surf = (uint16_t)(d[13] | d[14] << 8);
			if (x->entity >= s->n || x->type >= ENT_NTYPES || x->end < x->start ||
			    x->end > c->arts[a]->len)
				bad = true;
			else if (x->surf > s->ents[x->entity].naliases)
				x->surf = 0;	/* no alias of its: read the text */
		}
		s->total_mentions += m;
	}
	sqlite3_finalize(st);
	if (s->block)
		bench_value("mentions_block", (double)used);	/* tests/cli/cache_pack.sh */
	return !bad && rc == SQLITE_DONE;
}

/*
 * The entity set from es_entity and es_mentions; NULL if the tables do not fit each other,
 * the articles or the entity tables the queries use. A damaged file must not let an offset
 * point past an article's text or an id past the set.
 */
/* The set of schema's file, its articles mapped to c's by map (or the same ids). */
static struct entity_set *
get_entities(sqlite3 *db, const char *schema, const struct corpus *c, const uint32_t *map,
	     size_t nmap)
{
	size_t narticles = c->n;
	struct entity_set *s = xcalloc(1, sizeof *s);
	char q[3][80];

	snprintf(q[0], sizeof q[0], "SELECT count(*) FROM %s.entity", schema);
	snprintf(q[1], sizeof q[1], "SELECT max(entity) FROM %s.mention", schema);
	snprintf(q[2], sizeof q[2], "SELECT max(entity) FROM %s.alias", schema);
	s->narticles = narticles;
	s->mentions = xcalloc(narticles ? narticles : 1, sizeof *s->mentions);
	s->nmentions = xcalloc(narticles ? narticles : 1, sizeof *s->nmentions);
	if (!load_entity_rows(db, schema, s) ||
	    !load_mention_rows(db, schema, c, map, nmap, s) || !load_formers(db, schema, s) ||
	    one_int(db, q[0]) != (sqlite3_int64)s->n ||
	    one_int(db, q[1]) >= (sqlite3_int64)s->n || one_int(db, q[2]) >= (sqlite3_int64)s->n) {
		entity_set_free(s);
		return NULL;
	}
	return s;
}

struct entity_set *
index_cache_get_entities(sqlite3 *db, const struct corpus *c)
{
	return get_entities(db, "cache", c, NULL, 0);
}

struct entity_set *
index_cache_get_entities_mapped(sqlite3 *db, const struct corpus *c, const uint32_t *map,
				size_t nmap)
{
	return get_entities(db, "main", c, map, nmap);
}

int
index_cache_put_entities(sqlite3 *db, const struct entity_set *es)
{
	sqlite3_stmt *st = NULL;
	struct sbuf al = {0};
	unsigned char *buf = NULL;
	size_t cap = 0, i, j;
	int rc = SQLITE_OK;

	if (sqlite3_prepare_v2(db, "INSERT INTO es_entity VALUES(?,?,?,?,?,?,?,?)", -1, &st,
			       NULL) != SQLITE_OK)
		return SQLITE_ERROR;
	for (i = 0; i < es->n && rc == SQLITE_OK; i++) {
		const struct entity *e = &es->ents[i];

		al.len = 0;
		for (j = 0; j < e->naliases; j++)
			sb_add(&al, e->aliases[j], strlen(e->aliases[j]) + 1);
		sqlite3_bind_int64(st, 1, (sqlite3_int64)i);
		sqlite3_bind_int(st, 2, e->type);
		sqlite3_bind_text(st, 3, e->canonical, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, e->key, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, e->narticles);
		sqlite3_bind_int64(st, 6, e->nmentions);
		sqlite3_bind_int64(st, 7, (sqlite3_int64)e->naliases);
		sqlite3_bind_blob(st, 8, al.data ? al.data : "", (int)al.len, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = SQLITE_ERROR;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	sb_free(&al);
	if (rc != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO es_mentions VALUES(?,?)", -1, &st, NULL) !=
		    SQLITE_OK)
		return SQLITE_ERROR;
	xgrow((void **)&buf, &cap, 8, 1);
	put32(buf, (uint32_t)es->total_mentions);
	put32(buf + 4, (uint32_t)((uint64_t)es->total_mentions >> 32));
	sqlite3_bind_int64(st, 1, COUNT_ROW);
	sqlite3_bind_blob(st, 2, buf, 8, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE)
		rc = SQLITE_ERROR;
	sqlite3_reset(st);
	for (i = 0; i < es->narticles && rc == SQLITE_OK; i++) {
		size_t m = es->nmentions[i];

		xgrow((void **)&buf, &cap, m * MENTION_BYTES + 1, 1);
		for (j = 0; j < m; j++) {
			const struct mention *x = &es->mentions[i][j];
			unsigned char *d = buf + j * MENTION_BYTES;

			put32(d, x->start);
			put32(d + 4, x->end);
			put32(d + 8, x->entity);
			d[12] = x->type;
			d[13] = (unsigned char)x->surf;
			d[14] = (unsigned char)(x->surf >> 8);
		}
		sqlite3_bind_int64(st, 1, (sqlite3_int64)i);
		sqlite3_bind_blob(st, 2, buf, (int)(m * MENTION_BYTES), SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = SQLITE_ERROR;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	free(buf);
	if (rc == SQLITE_OK)
		rc = index_cache_put_posts(db, es);
	return rc == SQLITE_OK ? index_cache_put_rank(db, es) : rc;
}


/* The ids and names of the entities key names (their key or a folded alias), by id. */
static bool
named_ids(sqlite3 *db, const char *key, uint32_t **ids, char ***names, size_t *n)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	*ids = NULL, *names = NULL, *n = 0;
	rc = sqlite3_prepare_v2(db, "SELECT id, canonical FROM entity WHERE key = ?1 UNION"
				" SELECT e.id, e.canonical FROM alias a JOIN entity e"
				" ON e.id = a.entity WHERE a.key = ?1 ORDER BY 1", -1, &st, NULL);
	if (rc == SQLITE_OK)
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *canon = (const char *)sqlite3_column_text(st, 1);
		sqlite3_int64 id = sqlite3_column_int64(st, 0);

		rc = SQLITE_OK;
		if (!canon || id < 0 || id > UINT32_MAX) {
			rc = SQLITE_CORRUPT;
			break;
		}
		if (*n == cap) {
			cap = cap ? 2 * cap : 4;
			*ids = xrealloc(*ids, cap * sizeof **ids);
			*names = xrealloc(*names, cap * sizeof **names);
		}
		(*ids)[*n] = (uint32_t)id;
		(*names)[(*n)++] = xstrdup(canon);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE;
}

/* The statement that gives each article that mentions one of ids[0..n), by id, once:
 * its id, path, hash, length, file stat and packed mentions (one program: a statement of
 * each kind an article, bound and reset, was a third of `mentions --entity` of a name in
 * 33k of 100k articles). */
static sqlite3_stmt *
articles_of(sqlite3 *db, const uint32_t *ids, size_t n)
{
	struct sbuf in = {0};
	sqlite3_stmt *st = NULL;
	char num[16];
	char *sql;
	size_t i;

	for (i = 0; i < n; i++) {
		snprintf(num, sizeof num, "%s%u", i ? "," : "", ids[i]);
		sb_adds(&in, num);
	}
	sql = sqlite3_mprintf("SELECT a.id, a.path, a.hash, f.len, f.dev, f.ino, f.size, f.mtime,"
			      " m.data, m.article FROM article a LEFT JOIN file f ON f.id = a.id"
			      " LEFT JOIN es_mentions m ON m.article = a.id WHERE a.id IN"
			      " (SELECT article FROM mention WHERE entity IN (%s)) ORDER BY a.id",
			      in.data ? in.data : "");
	if (sql)
		sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	sqlite3_free(sql);
	sb_free(&in);
	return st;
}

/* The aliases of each entity named, ids[i]'s in al[i] (a NUL-separated copy each); false
 * when a row is damaged. A mention's surf picks one (struct mention). */
struct named_aliases {
	char *blob;	/* owned */
	size_t len, n;
	const char **v;	/* owned; into blob */
};

static bool
aliases_of(sqlite3 *db, const uint32_t *ids, size_t nids, struct named_aliases *al)
{
	sqlite3_stmt *st = NULL;
	bool ok = sqlite3_prepare_v2(db, "SELECT naliases, aliases FROM es_entity WHERE id = ?",
				     -1, &st, NULL) == SQLITE_OK;
	size_t i, k;

	for (i = 0; ok && i < nids; i++) {
		const char *b, *p;
		size_t len, n;

		sqlite3_bind_int64(st, 1, ids[i]);
		ok = sqlite3_step(st) == SQLITE_ROW;
		b = ok ? sqlite3_column_blob(st, 1) : NULL;
		len = ok ? (size_t)sqlite3_column_bytes(st, 1) : 0;
		n = ok ? (size_t)sqlite3_column_int64(st, 0) : 0;
		ok = ok && n <= len && (!len || (b && !b[len - 1]));
		if (ok && len) {
			al[i].blob = xmalloc(len);
			memcpy(al[i].blob, b, len);
			al[i].v = xmalloc((n ? n : 1) * sizeof *al[i].v);
			for (k = 0, p = al[i].blob; k < n && p < al[i].blob + len; k++) {
				al[i].v[k] = p;
				p += strlen(p) + 1;
			}
			al[i].n = k;
			al[i].len = len;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return ok;
}

/* The index's file times when the files were read (meta "scanned"); 0 if unknown. */
static int64_t
scanned_at(sqlite3 *db)
{
	char *v = index_meta_of(db, "main", "scanned");
	int64_t ns = v ? strtoll(v, NULL, 10) : 0;

	free(v);
	return ns;
}

/* x, a mention of the entity named canonical with aliases al, its name; its surface the
 * alias surf picks (1 + its index; 0: unknown) when the file is settled and the alias is
 * as long as the mention. */
static void
name_mention(struct index_named_mention *x, const char *canonical,
	     const struct named_aliases *al, unsigned surf, bool settled)
{
	x->canonical = canonical;
	if (settled && surf && surf <= al->n && strlen(al->v[surf - 1]) == x->end - x->start)
		x->surface = al->v[surf - 1];
}

/* The mentions of ids[0..nids) (names[i] and al[i] for ids[i]) in the article of row st
 * (articles_of()) into *v, and its row into *r; false when a row is damaged. A mention's
 * surface is its alias when the file's stat, recorded at least RACY_NS before the scan,
 * says the file is the one read; else NULL (the caller reads the file). */
static bool
mentions_in(sqlite3_stmt *st, const uint32_t *ids, char *const *names,
	    const struct named_aliases *al, size_t nids, const uint64_t *bits, int64_t scanned,
	    struct index_row *r, struct index_named_mention **v, size_t *n, size_t *cap)
{
	const unsigned char *d;
	size_t len, i;
	const uint32_t *k;
	bool ok, settled;

	*n = 0;
	memset(r, 0, sizeof *r);
	r->article = (uint32_t)sqlite3_column_int64(st, 0);
	r->path = (const char *)sqlite3_column_text(st, 1);
	r->hash = (const char *)sqlite3_column_text(st, 2);
	r->len = (size_t)sqlite3_column_int64(st, 3);
	r->dev = (uint64_t)sqlite3_column_int64(st, 4);
	r->ino = (uint64_t)sqlite3_column_int64(st, 5);
	r->size = sqlite3_column_int64(st, 6);
	r->mtime_ns = sqlite3_column_int64(st, 7);
	settled = r->mtime_ns < scanned - RACY_NS;
	d = sqlite3_column_blob(st, 8);
	len = (size_t)sqlite3_column_bytes(st, 8);
	/* (no file or packed row: a damaged index) */
	ok = r->path && r->hash && sqlite3_column_type(st, 3) != SQLITE_NULL &&
	     sqlite3_column_type(st, 9) != SQLITE_NULL && len % MENTION_BYTES == 0 && (d || !len);
	for (i = 0; ok && i < len / MENTION_BYTES; i++, d += MENTION_BYTES) {
		struct index_named_mention x = { get32(d), get32(d + 4), get32(d + 8), d[12],
						 NULL, NULL };
		unsigned surf = d[13] | (unsigned)d[14] << 8;

		if (x.end < x.start || x.end > r->len || x.type >= ENT_NTYPES) {
			ok = false;
		} else if (x.entity <= ids[nids - 1] && (bits[x.entity >> 6] >> (x.entity & 63) & 1) &&
			   (k = bsearch(&x.entity, ids, nids, sizeof *ids, cmp_u32))) {
			name_mention(&x, names[k - ids], &al[k - ids], surf, settled);
			xgrow((void **)v, cap, *n + 1, sizeof **v);
			(*v)[(*n)++] = x;
		}
	}
	return ok;
}

/* index_direct_mentions() from es_posts: the mentions of the names, and a cursor in
 * them as the catalog's rows come (post_row()). */
struct post_walk {
	const struct index_post *p;
	size_t n, at;
	const uint32_t *ids;
	char *const *names;
	const struct named_aliases *al;
	size_t nids;
	int64_t scanned;
	bool (*fn)(void *ud, const struct index_row *r, const struct index_named_mention *v,
		   size_t n);
	void *ud;
	struct index_named_mention *v;
	size_t cap;
	bool stopped, bad;
};

static int
cmp_post(const void *a, const void *b)
{
	const struct index_post *x = a, *y = b;

	if (x->article != y->article)
		return x->article < y->article ? -1 : 1;
	return x->k < y->k ? -1 : x->k > y->k;
}

/* p[0..n), runs each in order (an entity's posts, one after the other), in order: runs
 * merged two by two, not sorted anew (a qsort of them was a tenth of `mentions --entity`
 * for a name of three entities and 250k mentions at 100k articles). */
static void
merge_runs(struct index_post *p, size_t n)
{
	struct index_post *a = p, *b, *t;
	size_t *r = NULL, nr = 0, cap = 0, i, j, k, o;

	for (i = 0; i < n; i++)	/* where each run starts, and n */
		if (i == 0 || cmp_post(&p[i - 1], &p[i]) > 0) {
			xgrow((void **)&r, &cap, nr + 2, sizeof *r);
			r[nr++] = i;
		}
	if (nr < 2) {
		free(r);
		return;
	}
	r[nr] = n;
	b = xmalloc(n * sizeof *b);
	while (nr > 1) {
		for (k = 0, o = 0; k < nr; k += 2) {
			size_t lo = r[k], mid = k + 1 < nr ? r[k + 1] : n, hi = k + 2 <= nr ? r[k + 2] : n;

			r[o++] = lo;
			for (i = lo, j = mid; i < mid || j < hi;)
				b[lo++] = j >= hi || (i < mid && cmp_post(&a[i], &a[j]) < 0) ? a[i++] : a[j++];
		}
		r[o] = n;
		nr = o;
		t = a;
		a = b;
		b = t;
	}
	if (a != p)
		memcpy(p, a, n * sizeof *p);
	free(a == p ? b : a);
	free(r);
}

/* The catalog's row r: the names' mentions in its article to w->fn, as mentions_in()
 * gives them. */
static void
post_row(void *ud, const struct index_row *r)
{
	struct post_walk *w = ud;
	bool settled = r->mtime_ns < w->scanned - RACY_NS;
	size_t n = 0;

	if (w->stopped || w->bad)
		return;
	if (w->at < w->n && w->p[w->at].article < r->article) {
		w->bad = true;	/* (a mention of an article the catalog has not) */
		return;
	}
	for (; w->at < w->n && w->p[w->at].article == r->article; w->at++) {
		const struct index_post *m = &w->p[w->at];
		struct index_named_mention x = { m->start, m->end, m->entity, m->type, NULL,
						 NULL };
		const uint32_t *k = bsearch(&m->entity, w->ids, w->nids, sizeof *w->ids, cmp_u32);

		if (!k || m->end > r->len) {
			w->bad = true;
			return;
		}
		name_mention(&x, w->names[k - w->ids], &w->al[k - w->ids], m->surf, settled);
		xgrow((void **)&w->v, &w->cap, n + 1, sizeof *w->v);
		w->v[n++] = x;
	}
	if (n && !w->fn(w->ud, r, w->v, n))
		w->stopped = true;
}

/* The mentions of ids[0..nids) from es_posts and the catalog: 1 when given, 0 when they
 * cannot be read so (nothing given: the caller asks the tables), -1 on a damaged file. */
static int
posts_mentions(sqlite3 *db, struct post_walk *w)
{
	struct index_post *p = NULL;
	uint64_t *set;
	size_t n, i, top;
	int rc;

	if (!index_cache_read_posts(db, w->ids, w->nids, &p, &n))
		return 0;
	if (w->nids > 1)	/* (each entity's in order: the names' together) */
		merge_runs(p, n);
	top = n ? p[n - 1].article + 1 : 0;	/* (in article order now) */
	set = xcalloc(top / 64 + 1, sizeof *set);
	for (i = 0; i < n; i++)
		set[p[i].article >> 6] |= 1ull << (p[i].article & 63);
	w->p = p;
	w->n = n;
	rc = n ? index_cache_pack_rows(db, set, top, post_row, w) : 1;
	bench_value("mention_posts", (double)n);	/* tests/cli/cache_direct.sh */
	if (rc == 1 && (w->bad || (!w->stopped && w->at != n)))
		rc = -1;
	free(set);
	free(p);
	free(w->v);
	return rc;
}

enum index_status
index_direct_mentions(struct index_direct *d, const char *key, bool *named,
		      bool (*fn)(void *ud, const struct index_row *r,
				 const struct index_named_mention *v, size_t n), void *ud)
{
	sqlite3 *db = index_direct_db(d);
	sqlite3_stmt *st = NULL;
	struct index_named_mention *v = NULL;
	struct named_aliases *al = NULL;
	uint32_t *ids;
	uint64_t *bits = NULL;
	char **names;
	size_t nids, n, cap = 0, i;
	int64_t scanned = scanned_at(db);
	struct index_row r;
	bool ok, given = false;
	int rc = SQLITE_DONE;

	ok = named_ids(db, key, &ids, &names, &nids);
	al = xcalloc(nids ? nids : 1, sizeof *al);
	ok = ok && aliases_of(db, ids, nids, al);
	*named = nids > 0;
	if (ok && nids) {
		struct post_walk w = { .ids = ids, .names = names, .al = al, .nids = nids,
				       .scanned = scanned, .fn = fn, .ud = ud };
		int got = posts_mentions(db, &w);

		given = got != 0;	/* (else the tables are asked) */
		ok = got >= 0;
	}
	/* The ids as bits, asked of every mention of those articles first: a name the
	 * corpus splits by article ("Lindqvist" of each) has thousands (a search each was
	 * 17% of `mentions --entity lindqvist` at 100k). */
	if (ok && nids && !given) {
		bits = xcalloc(ids[nids - 1] / 64 + 1, sizeof *bits);
		for (i = 0; i < nids; i++)
			bits[ids[i] >> 6] |= 1ull << (ids[i] & 63);
		ok = (st = articles_of(db, ids, nids)) != NULL;
	}
	while (ok && nids && !given && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		ok = mentions_in(st, ids, names, al, nids, bits, scanned, &r, &v, &n, &cap);
		if (ok && n && !fn(ud, &r, v, n))
			break;
	}
	ok = ok && (rc == SQLITE_ROW || rc == SQLITE_DONE);
	sqlite3_finalize(st);
	for (i = 0; i < nids; i++) {
		free(names[i]);
		free(al[i].blob);
		free(al[i].v);
	}
	free(al);
	free(names);
	free(ids);
	free(bits);
	free(v);
	return ok ? INDEX_OK : INDEX_ERROR;
}
