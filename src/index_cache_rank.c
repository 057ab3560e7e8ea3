/* index_cache_rank.c -- the entity list in the order `entities` prints it, packed a type a row, read without a sort. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"
#include "index_pack.h"

/*
 * `entities --type=person` from the index file was an SQL sort of all 211k entity rows
 * at 100k articles (0.12 s for the 33k printed, a quarter of it spilling the sorter to a
 * temporary file). The cache keeps the list in its order instead, written with the
 * es_entity rows it mirrors (index_cache_put_entities(), the same transaction): in
 * es_rank, row TYPE holds that type's entities, most articles first, then most
 * mentions, then by id (entity_rank_cmp(), cmd_entities()'s order); row -1 the type of
 * each entity of the whole list in that order, so that the rows merge without a
 * comparison.
 *
 * Row TYPE: "den2", the count (u32), then per entity its id, articles, mentions, number
 * of aliases and whether its name and aliases are all clean lines (u32: 1 or 0; the
 * command then writes them as they are, where checking each was a quarter of listing
 * 33k people), and its name, key and aliases (a NUL after each) as a u32 length and
 * those bytes. Row -1: "dor1", the count of all (u32), a type byte each. In
 * the machine's byte order (the file is this machine's cache, as its pack).
 */

#define ORDER_ROW (-1)
#define RANK_MIN 32		/* an entry's least bytes: five u32, three lengths */

int
index_cache_put_rank(sqlite3 *db, const struct entity_set *es)
{
	struct sbuf row[ENT_NTYPES], types = {0};
	uint32_t *order = xmalloc((es->n ? es->n : 1) * sizeof *order), count[ENT_NTYPES] = {0};
	sqlite3_stmt *st = NULL;
	size_t i, j;
	int rc, t;

	for (i = 0; i < es->n; i++)
		order[i] = (uint32_t)i;
	xsort(order, es->n, sizeof *order, entity_rank_cmp, es->ents);
	memset(row, 0, sizeof row);
	for (t = 0; t < ENT_NTYPES; t++) {
		sb_add(&row[t], "den2", 4);
		put_u32(&row[t], 0);
	}
	sb_add(&types, "dor1", 4);
	put_u32(&types, (uint32_t)es->n);
	for (i = 0; i < es->n; i++) {
		const struct entity *e = &es->ents[order[i]];
		struct sbuf *b = &row[e->type];
		size_t n = 0;
		bool clean = text_is_clean_line(e->canonical, strlen(e->canonical));

		for (j = 0; clean && j < e->naliases; j++)
			clean = text_is_clean_line(e->aliases[j], strlen(e->aliases[j]));
		count[e->type]++;
		sb_addc(&types, (char)e->type);
		put_u32(b, e->id);
		put_u32(b, e->narticles);
		put_u32(b, e->nmentions);
		put_u32(b, (uint32_t)e->naliases);
		put_u32(b, clean);
		put_str(b, e->canonical, (int)strlen(e->canonical) + 1);
		put_str(b, e->key, (int)strlen(e->key) + 1);
		for (j = 0; j < e->naliases; j++)
			n += strlen(e->aliases[j]) + 1;
		put_u32(b, (uint32_t)n);
		for (j = 0; j < e->naliases; j++)
			sb_add(b, e->aliases[j], strlen(e->aliases[j]) + 1);
	}
	rc = sqlite3_prepare_v2(db, "INSERT INTO es_rank VALUES(?, ?)", -1, &st, NULL);
	for (t = -1; t < ENT_NTYPES && rc == SQLITE_OK; t++) {
		struct sbuf *b = t < 0 ? &types : &row[t];

		if (t >= 0)
			memcpy(b->data + 4, &count[t], sizeof count[t]);
		sqlite3_bind_int(st, 1, t < 0 ? ORDER_ROW : t);
		sqlite3_bind_blob64(st, 2, b->data, b->len, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	for (t = 0; t < ENT_NTYPES; t++)
		sb_free(&row[t]);
	sb_free(&types);
	free(order);
	return rc;
}

/* ---- reading ---------------------------------------------------------------------- */

/* One row of es_rank being read: its statement (the blob is SQLite's until finalized). */
struct rank_row {
	sqlite3_stmt *st;
	struct reader r;
	uint32_t count;
};

/* A span of the row (its length first) that ends in a NUL (its strings keep theirs):
 * *s, *n, r past it; false when the row ends first or the span does not end so. */
static bool
take_nul_span(struct reader *r, const char **s, uint32_t *n)
{
	take(r, n, sizeof *n);
	if (!r->ok || (size_t)(r->end - r->p) < *n || (*n && r->p[*n - 1]))
		return r->ok = false;
	*s = (const char *)r->p;
	r->p += *n;
	return true;
}

/* Row id of db's es_rank opened as rr: of kind magic, past its head; false without it. */
static bool
rank_open(sqlite3 *db, int id, const char *magic, struct rank_row *rr)
{
	struct reader *r = &rr->r;
	const unsigned char *p;
	char kind[4];

	*rr = (struct rank_row){ NULL, { NULL, NULL, false }, 0 };
	if (sqlite3_prepare_v2(db, "SELECT data FROM es_rank WHERE type = ?", -1, &rr->st,
			       NULL) != SQLITE_OK)
		return false;	/* (an index of a dossier before es_rank: no table) */
	sqlite3_bind_int(rr->st, 1, id);
	if (sqlite3_step(rr->st) != SQLITE_ROW || !(p = sqlite3_column_blob(rr->st, 0)))
		return false;
	*r = (struct reader){ p, p + sqlite3_column_bytes(rr->st, 0), true };
	take(r, kind, sizeof kind);
	take(r, &rr->count, sizeof rr->count);
	return r->ok && memcmp(kind, magic, 4) == 0 &&
	       rr->count <= (size_t)(r->end - r->p) / (strcmp(magic, "dor1") ? RANK_MIN : 1);
}

/* The next entity of r into *e (its strings r's; e->aliases grown in *al, *cap); false
 * when it does not parse. */
static bool
rank_next(struct reader *r, uint32_t nents, uint8_t type, struct entity *e,
	  char ***al, size_t *cap)
{
	const char *canon, *key, *aliases;
	uint32_t u[5], n, alen, k;

	take(r, u, sizeof u);
	if (!r->ok || u[0] >= nents || u[4] > 1 || !take_nul_span(r, &canon, &n) || !n ||
	    strlen(canon) + 1 != n || !take_nul_span(r, &key, &n) || !n ||
	    strlen(key) + 1 != n || !take_nul_span(r, &aliases, &alen) || u[3] > alen)
		return false;
	xgrow((void **)al, cap, (size_t)u[3] + 1, sizeof **al);
	for (k = 0, n = 0; k < u[3]; k++) {	/* (the span ends in a NUL: strlen stays in) */
		if (n >= alen)
			return false;
		(*al)[k] = (char *)aliases + n;
		n += (uint32_t)strlen(aliases + n) + 1;
	}
	if (n != alen)
		return false;
	memset(e, 0, sizeof *e);
	e->id = u[0];
	e->type = type;
	e->canonical = (char *)canon;
	e->key = (char *)key;
	e->narticles = u[1];
	e->nmentions = u[2];
	e->aliases = *al;
	e->naliases = u[3];
	e->clean = u[4];
	return true;
}

/* Every entry of r parses, as many as it says, to its end. */
static bool
rank_valid(struct rank_row rr, uint32_t nents, uint8_t type, char ***al, size_t *cap)
{
	struct entity e;
	uint32_t i;

	for (i = 0; i < rr.count; i++)
		if (!rank_next(&rr.r, nents, type, &e, al, cap))
			return false;
	return rr.r.p == rr.r.end;
}

int
index_cache_rank_entities(sqlite3 *db, int type,
			  void (*fn)(void *ud, const struct entity *e), void *ud)
{
	struct rank_row order, row[ENT_NTYPES];
	uint32_t seen[ENT_NTYPES] = {0}, nents, i;
	char **al = NULL;
	size_t cap = 0;
	struct entity e;
	sqlite3_stmt *st = NULL;
	sqlite3_int64 n = -1;
	bool ok;
	int t;

	/* The list's rows, the order row saying how many of each, as many as es_entity has
	 * (its ids 0..n-1), each row parsing whole: else none is given, and the caller asks
	 * es_entity. */
	memset(row, 0, sizeof row);
	ok = rank_open(db, ORDER_ROW, "dor1", &order) &&
	     order.count == (size_t)(order.r.end - order.r.p);
	if (ok && sqlite3_prepare_v2(db, "SELECT max(id) FROM es_entity", -1, &st, NULL) ==
			  SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_type(st, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, 0) + 1;
	sqlite3_finalize(st);
	nents = order.count;
	ok = ok && n == (sqlite3_int64)nents;
	for (i = 0; ok && i < nents; i++)
		if ((ok = order.r.p[i] < ENT_NTYPES))
			seen[order.r.p[i]]++;
	for (t = 0; ok && t < ENT_NTYPES; t++)
		if (type < 0 || t == type)
			ok = rank_open(db, t, "den2", &row[t]) && row[t].count == seen[t] &&
			     rank_valid(row[t], nents, (uint8_t)t, &al, &cap);
	if (ok && type >= 0) {
		for (i = 0; i < row[type].count; i++)
			if (rank_next(&row[type].r, nents, (uint8_t)type, &e, &al, &cap))
				fn(ud, &e);
	} else if (ok) {
		for (i = 0; i < nents; i++)
			if (rank_next(&row[order.r.p[i]].r, nents, order.r.p[i], &e, &al, &cap))
				fn(ud, &e);
	}
	for (t = 0; t < ENT_NTYPES; t++)
		sqlite3_finalize(row[t].st);
	sqlite3_finalize(order.st);
	free(al);
	return ok;
}
