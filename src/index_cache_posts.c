/* index_cache_posts.c -- each entity's mentions in the cache file, together (es_posts): `mentions --entity` reads them, not every mention of its articles. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * es_mentions keeps each article's mentions; `mentions --entity` of a name in 33k of 100k
 * articles read all of those articles' mentions (37 MB) to find the name's 123k, and
 * joined three tables an article. es_posts keeps each entity's mentions in one row, in
 * the order of es_mentions (by article, then as that article's): for each, varints of
 * the article (its difference from the one before), the mention's place in its article's
 * list, start, length, type and surf (struct mention). The articles' paths and stats come
 * from the catalog's pack (index_cache_pack_rows()), read in order. A row that does not
 * decode, or a mention past its article's text, is a damaged file.
 */

/* A mention's place: its article and its index in that article's list. */
struct place {
	uint32_t article, k;
};

int
index_cache_put_posts(sqlite3 *db, const struct entity_set *es)
{
	sqlite3_stmt *st = NULL;
	size_t *first, i, j, e, total = 0;
	struct place *v;
	struct sbuf b = {0};
	int rc = SQLITE_OK;

	if (sqlite3_prepare_v2(db, "INSERT INTO es_posts VALUES(?,?)", -1, &st, NULL) !=
	    SQLITE_OK)
		return SQLITE_ERROR;
	/* Every mention's place, by entity (a count each first), in article order. */
	first = xcalloc(es->n + 1, sizeof *first);
	for (i = 0; i < es->narticles; i++)
		for (j = 0; j < es->nmentions[i]; j++)
			if (es->mentions[i][j].entity < es->n)
				first[es->mentions[i][j].entity + 1]++, total++;
	for (e = 0; e < es->n; e++)
		first[e + 1] += first[e];
	v = xmalloc((total ? total : 1) * sizeof *v);
	for (i = 0; i < es->narticles; i++)
		for (j = 0; j < es->nmentions[i]; j++)
			if (es->mentions[i][j].entity < es->n)
				v[first[es->mentions[i][j].entity]++] =
					(struct place){ (uint32_t)i, (uint32_t)j };
	for (e = es->n; e > 0; e--)	/* (back to each one's beginning) */
		first[e] = first[e - 1];
	first[0] = 0;
	for (e = 0; e < es->n && rc == SQLITE_OK; e++) {
		uint32_t prev = 0;

		b.len = 0;
		for (i = first[e]; i < first[e + 1]; i++) {
			const struct mention *m = &es->mentions[v[i].article][v[i].k];

			sb_add_varint(&b, v[i].article - prev);
			sb_add_varint(&b, v[i].k);
			sb_add_varint(&b, m->start);
			sb_add_varint(&b, m->end - m->start);
			sb_add_varint(&b, m->type);
			sb_add_varint(&b, m->surf);
			prev = v[i].article;
		}
		sqlite3_bind_int64(st, 1, (sqlite3_int64)e);
		sqlite3_bind_blob(st, 2, b.data ? b.data : "", (int)b.len, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = SQLITE_ERROR;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	sb_free(&b);
	free(v);
	free(first);
	return rc;
}

bool
index_cache_read_posts(sqlite3 *db, const uint32_t *ids, size_t nids,
		       struct index_post **out, size_t *n)
{
	sqlite3_stmt *st = NULL;
	struct index_post *v = NULL;
	size_t cap = 0, i, from;
	bool ok = sqlite3_prepare_v2(db, "SELECT data FROM es_posts WHERE entity = ?", -1, &st,
				     NULL) == SQLITE_OK;

	*n = 0;
	for (i = 0; ok && i < nids; i++) {
		const unsigned char *p, *end;
		uint64_t art = 0, x[6];
		int f;

		sqlite3_bind_int64(st, 1, ids[i]);
		ok = sqlite3_step(st) == SQLITE_ROW;
		p = ok ? sqlite3_column_blob(st, 0) : NULL;
		end = p ? p + sqlite3_column_bytes(st, 0) : NULL;
		from = *n;
		while (ok && p && p < end) {
			for (f = 0; f < 6 && ok; f++)
				ok = take_varint(&p, end, &x[f]);
			art += x[0];
			ok = ok && art <= UINT32_MAX && x[1] <= UINT32_MAX && x[2] <= UINT32_MAX &&
			     x[3] <= UINT32_MAX - x[2] && x[4] < ENT_NTYPES && x[5] <= UINT16_MAX &&
			     (*n == from || x[0] || x[1] > v[*n - 1].k);
			if (!ok)
				break;
			xgrow((void **)&v, &cap, *n + 1, sizeof *v);
			v[(*n)++] = (struct index_post){ (uint32_t)art, (uint32_t)x[1],
							 (uint32_t)x[2], (uint32_t)(x[2] + x[3]),
							 ids[i], (uint8_t)x[4], (uint16_t)x[5] };
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	if (!ok) {
		free(v);
		v = NULL;
		*n = 0;
	}
	*out = v;
	return ok;
}
