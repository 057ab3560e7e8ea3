/* index_cache_es.c -- the entity set kept in the cache file: names, aliases and every mention's offsets. MIT licence. */
#include "config.h"

#include <stdbool.h>
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

/* Little-endian packing of mentions: 13 bytes each, the same file on every machine. */
#define MENTION_BYTES 13

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
load_formers(sqlite3 *db, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	bool bad = false;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT entity, key, type FROM cache.former", -1, &st, NULL)
	    != SQLITE_OK)
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
load_entity_rows(sqlite3 *db, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	bool bad = false;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT id, type, canonical, key, narticles, nmentions,"
			       " naliases, aliases FROM cache.es_entity ORDER BY id", -1, &st,
			       NULL) != SQLITE_OK)
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

/* Read the packed mention rows of every article into s; false when any is damaged. */
static bool
load_mention_rows(sqlite3 *db, const struct corpus *c, struct entity_set *s)
{
	sqlite3_stmt *st = NULL;
	bool bad = false;
	size_t i;
	int rc;

	if (sqlite3_prepare_v2(db, "SELECT article, data FROM cache.es_mentions", -1, &st,
			       NULL) != SQLITE_OK)
		return false;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 a = sqlite3_column_int64(st, 0);
		const unsigned char *d = sqlite3_column_blob(st, 1);
		size_t len = (size_t)sqlite3_column_bytes(st, 1), m = len / MENTION_BYTES;

		if (a < 0 || (size_t)a >= s->narticles || len % MENTION_BYTES ||
		    s->mentions[a] || (!d && len)) {
			bad = true;
			break;
		}
		s->mentions[a] = xmalloc((m ? m : 1) * sizeof **s->mentions);
		s->nmentions[a] = m;
		for (i = 0; i < m; i++, d += MENTION_BYTES) {
			struct mention *x = &s->mentions[a][i];

			x->start = get32(d);
			x->end = get32(d + 4);
			x->entity = get32(d + 8);
			x->type = d[12];
			if (x->entity >= s->n || x->type >= ENT_NTYPES || x->end < x->start ||
			    x->end > c->arts[a]->len)
				bad = true;
		}
		s->total_mentions += m;
	}
	sqlite3_finalize(st);
	return !bad && rc == SQLITE_DONE;
}

/*
 * The entity set from es_entity and es_mentions; NULL if the tables do not fit each other,
 * the articles or the entity tables the queries use. A damaged file must not let an offset
 * point past an article's text or an id past the set.
 */
struct entity_set *
index_cache_get_entities(sqlite3 *db, const struct corpus *c)
{
	size_t narticles = c->n;
	struct entity_set *s = xcalloc(1, sizeof *s);

	s->narticles = narticles;
	s->mentions = xcalloc(narticles ? narticles : 1, sizeof *s->mentions);
	s->nmentions = xcalloc(narticles ? narticles : 1, sizeof *s->nmentions);
	if (!load_entity_rows(db, s) || !load_mention_rows(db, c, s) || !load_formers(db, s) ||
	    one_int(db, "SELECT count(*) FROM cache.entity") != (sqlite3_int64)s->n ||
	    one_int(db, "SELECT max(entity) FROM cache.mention") >= (sqlite3_int64)s->n ||
	    one_int(db, "SELECT max(entity) FROM cache.alias") >= (sqlite3_int64)s->n) {
		entity_set_free(s);
		return NULL;
	}
	return s;
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
		}
		sqlite3_bind_int64(st, 1, (sqlite3_int64)i);
		sqlite3_bind_blob(st, 2, buf, (int)(m * MENTION_BYTES), SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = SQLITE_ERROR;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	free(buf);
	return rc;
}

