/* reindex.c -- re-read one article after an outside edit: corpus, FTS row, entities. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/quote.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * Exact after a re-read: the article's text, lines, title, source, date, words and hash;
 * its full-text row; its mentions (extraction works one article at a time).
 *
 * Approximate until the next launch: resolution across articles. The edited article is
 * resolved on its own (the load-time rules, with itself as the whole corpus); each entity
 * found is then matched to an existing one of the same type by folded key, else by alias,
 * else added as a new entity. So a bare surname that only resolved through another
 * article's full name may become an entity of its own; the canonical names and aliases of
 * existing entities are not chosen again; an entity no article mentions any more stays in
 * the set with 0 articles (the sidebar of the edited article no longer lists it).
 */

/* Mentions counted per entity: sorted by entity id. */
struct ecount {
	uint32_t entity;
	uint32_t n;
};

static int
cmp_ecount(const void *a, const void *b)
{
	uint32_t x = ((const struct ecount *)a)->entity, y = ((const struct ecount *)b)->entity;

	return (x > y) - (x < y);
}

/* Count m[0..n) by entity (through map when not NULL) into a new array; *k entries. */
static struct ecount *
count_mentions(const struct mention *m, size_t n, const uint32_t *map, size_t *k)
{
	struct ecount *v = xmalloc((n ? n : 1) * sizeof *v);
	size_t i, j = 0;

	for (i = 0; i < n; i++)
		v[i] = (struct ecount){ map ? map[m[i].entity] : m[i].entity, 1 };
	qsort(v, n, sizeof *v, cmp_ecount);
	for (i = 0; i < n; i++) {
		if (j && v[j - 1].entity == v[i].entity)
			v[j - 1].n++;
		else
			v[j++] = v[i];
	}
	*k = j;
	return v;
}

/* How one entity's counts change: +1/-1/0 articles and the mention difference. */
struct edelta {
	uint32_t entity;
	int articles;
	long mentions;
};

/* Merge the old and new counts of the article into deltas (sorted by entity). */
static struct edelta *
deltas(const struct ecount *o, size_t no, const struct ecount *nw, size_t nn, size_t *k)
{
	struct edelta *d = xmalloc((no + nn + 1) * sizeof *d);
	size_t i = 0, j = 0, n = 0;

	while (i < no || j < nn) {
		if (j >= nn || (i < no && o[i].entity < nw[j].entity)) {
			d[n++] = (struct edelta){ o[i].entity, -1, -(long)o[i].n };
			i++;
		} else if (i >= no || nw[j].entity < o[i].entity) {
			d[n++] = (struct edelta){ nw[j].entity, 1, (long)nw[j].n };
			j++;
		} else {
			if (nw[j].n != o[i].n)
				d[n++] = (struct edelta){ o[i].entity, 0, (long)nw[j].n - (long)o[i].n };
			i++, j++;
		}
	}
	*k = n;
	return d;
}

/* Statements of one re-read, prepared together and finalised together. */
enum { RS_BY_KEY, RS_BY_ALIAS, RS_ENT, RS_ALIAS, RS_FTS_DEL, RS_FTS_ADD, RS_ART, RS_MEN_DEL,
       RS_MEN_ADD, RS_TYPED_DEL, RS_TYPED_ADD, RS_COUNT, RS_N };
static const char *const rs_sql[RS_N] = {
	[RS_BY_KEY] = "SELECT id FROM entity WHERE key = ?1 AND type = ?2"
		" ORDER BY narticles DESC, id LIMIT 1",
	[RS_BY_ALIAS] = "SELECT e.id FROM alias a JOIN entity e ON e.id = a.entity"
		" WHERE a.key = ?1 AND e.type = ?2 ORDER BY e.narticles DESC, e.id LIMIT 1",
	[RS_ENT] = "INSERT INTO entity VALUES(?1, ?2, ?3, ?4, 0, 0)",
	[RS_ALIAS] = "INSERT INTO alias VALUES(?1, ?2)",
	/* The FTS table is contentless: a delete names the folded values it was given. */
	[RS_FTS_DEL] = "INSERT INTO fts(fts, rowid, title, body) VALUES('delete', ?1, ?2, ?3)",
	[RS_FTS_ADD] = "INSERT INTO fts(rowid, title, body) VALUES(?1, ?2, ?3)",
	/* RS_ART: made by prepare_stmts() with the table's schema */
	[RS_MEN_DEL] = "DELETE FROM mention WHERE article = ?1",
	[RS_MEN_ADD] = "INSERT INTO mention VALUES(?1, ?2, ?3, ?4)",
	/* the article's types, from its new rows (its new entities have theirs already); the
	 * old ones a type at a time, by the key (by the article alone: a scan of the table,
	 * 32 ms at 100k articles for each file re-read) */
	[RS_TYPED_DEL] = "DELETE FROM typed WHERE type = ?2 AND article = ?1",
	[RS_TYPED_ADD] = "INSERT OR IGNORE INTO typed SELECT e.type, m.article FROM mention m"
		" JOIN entity e ON e.id = m.entity WHERE m.article = ?1",
	[RS_COUNT] = "UPDATE entity SET narticles = narticles + ?2, nmentions = nmentions + ?3"
		" WHERE id = ?1",
};

/* Step a statement that returns no row, then reset it. */
static bool
step_done(sqlite3_stmt *st)
{
	bool ok = sqlite3_step(st) == SQLITE_DONE;

	sqlite3_reset(st);
	return ok;
}

/* The existing entity of e's type whose key or an alias is e's key, or -1. */
static long
find_entity(sqlite3_stmt **st, const struct entity *e)
{
	long id = -1;
	int i;

	for (i = RS_BY_KEY; i <= RS_BY_ALIAS && id < 0; i++) {
		sqlite3_bind_text(st[i], 1, e->key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st[i], 2, ent_type_name(e->type), -1, SQLITE_STATIC);
		if (sqlite3_step(st[i]) == SQLITE_ROW)
			id = (long)sqlite3_column_int64(st[i], 0);
		sqlite3_reset(st[i]);
	}
	return id;
}

/* Map sub's entities to the corpus set (map[j]); unknown ones get rows as new entities. */
static bool
map_entities(struct index *ix, sqlite3_stmt **st, const struct entity_set *sub, uint32_t *map)
{
	size_t j, k, next = ix->ents->n;

	for (j = 0; j < sub->n; j++) {
		const struct entity *e = &sub->ents[j];
		long id = find_entity(st, e);

		if (id >= 0) {
			map[j] = (uint32_t)id;
			continue;
		}
		map[j] = (uint32_t)next++;
		sqlite3_bind_int64(st[RS_ENT], 1, map[j]);
		sqlite3_bind_text(st[RS_ENT], 2, ent_type_name(e->type), -1, SQLITE_STATIC);
		sqlite3_bind_text(st[RS_ENT], 3, e->canonical, -1, SQLITE_STATIC);
		sqlite3_bind_text(st[RS_ENT], 4, e->key, -1, SQLITE_STATIC);
		if (!step_done(st[RS_ENT]))
			return false;
		for (k = 0; k < e->naliases; k++) {
			char *f = text_fold(e->aliases[k], strlen(e->aliases[k]), NULL);
			bool ok;

			sqlite3_bind_int64(st[RS_ALIAS], 1, map[j]);
			sqlite3_bind_text(st[RS_ALIAS], 2, f, -1, SQLITE_TRANSIENT);
			ok = step_done(st[RS_ALIAS]);
			free(f);
			if (!ok)
				return false;
		}
	}
	return true;
}

/* Replace the article's full-text row (doc): delete with the old folded values, add the
 * new. */
static bool
replace_fts(sqlite3_stmt **st, uint32_t doc, const struct article *old, const struct article *a)
{
	return index_step_folded(st[RS_FTS_DEL], doc, old) &&
	       index_step_folded(st[RS_FTS_ADD], doc, a);
}

static bool
update_article_row(struct index *ix, sqlite3_stmt *s, uint32_t id, const struct article *a)
{
	index_bind_article(s, id, index_article_doc(ix, id), a);
	return step_done(s);
}

/* The speakers of the re-read article's quotes (see quote_speakers()): its mentions
 * with their entities as the corpus numbers them. */
static size_t
new_speakers(const struct article *a, const struct entity_set *sub, const uint32_t *map,
	     uint32_t **q)
{
	size_t n = sub->nmentions[0], i, cap = 0, nq;
	struct mention *m = xmalloc((n ? n : 1) * sizeof *m);
	struct quote_list ql = {0};

	for (i = 0; i < n; i++) {
		m[i] = sub->mentions[0][i];
		m[i].entity = map[m[i].entity];
	}
	quote_article(a, m, n, &ql);
	nq = quote_speakers(&ql, q, &cap);
	quote_list_free(&ql);
	free(m);
	return nq;
}

/* The article's mention rows (with its quotes by entity, q[0..nq)) and the entities'
 * counts. */
static bool
update_mentions(sqlite3_stmt **st, uint32_t id, const struct ecount *nw, size_t nn,
		const struct edelta *d, size_t nd, const uint32_t *q, size_t nq)
{
	size_t i, at = 0;

	sqlite3_bind_int64(st[RS_MEN_DEL], 1, id);
	if (!step_done(st[RS_MEN_DEL]))
		return false;
	for (i = 0; i < nn; i++) {
		sqlite3_bind_int64(st[RS_MEN_ADD], 1, id);
		sqlite3_bind_int64(st[RS_MEN_ADD], 2, nw[i].entity);
		sqlite3_bind_int64(st[RS_MEN_ADD], 3, nw[i].n);
		sqlite3_bind_int64(st[RS_MEN_ADD], 4, quote_count_of(q, nq, &at, nw[i].entity));
		if (!step_done(st[RS_MEN_ADD]))
			return false;
	}
	for (i = 0; i < ENT_NTYPES; i++) {
		sqlite3_bind_int64(st[RS_TYPED_DEL], 1, id);
		sqlite3_bind_text(st[RS_TYPED_DEL], 2, ent_type_name((enum ent_type)i), -1,
				  SQLITE_STATIC);
		if (!step_done(st[RS_TYPED_DEL]))
			return false;
	}
	sqlite3_bind_int64(st[RS_TYPED_ADD], 1, id);
	if (!step_done(st[RS_TYPED_ADD]))
		return false;
	for (i = 0; i < nd; i++) {
		sqlite3_bind_int64(st[RS_COUNT], 1, d[i].entity);
		sqlite3_bind_int64(st[RS_COUNT], 2, d[i].articles);
		sqlite3_bind_int64(st[RS_COUNT], 3, d[i].mentions);
		if (!step_done(st[RS_COUNT]))
			return false;
	}
	return true;
}

/* The in-memory side, once the database committed: new entities, counts, mentions. */
static void
apply_entities(struct entity_set *es, uint32_t id, struct entity_set *sub, const uint32_t *map,
	       const struct edelta *d, size_t nd)
{
	size_t j, n = es->n, i;

	for (j = 0; j < sub->n; j++)
		if (map[j] >= n && map[j] + 1 > es->n)
			es->n = map[j] + 1;
	es->ents = xrealloc(es->ents, (es->n ? es->n : 1) * sizeof *es->ents);
	for (j = 0; j < sub->n; j++) {
		if (map[j] < n)
			continue;
		/* The new entity takes over sub's strings. */
		es->ents[map[j]] = sub->ents[j];
		es->ents[map[j]].id = map[j];
		es->ents[map[j]].narticles = es->ents[map[j]].nmentions = 0;
		memset(&sub->ents[j], 0, sizeof sub->ents[j]);
	}
	for (i = 0; i < nd; i++) {
		struct entity *e = &es->ents[d[i].entity];

		e->narticles = (uint32_t)((long)e->narticles + d[i].articles < 0 ? 0
					  : (long)e->narticles + d[i].articles);
		e->nmentions = (uint32_t)((long)e->nmentions + d[i].mentions < 0 ? 0
					  : (long)e->nmentions + d[i].mentions);
	}
	es->total_mentions = es->total_mentions - es->nmentions[id] + sub->nmentions[0];
	entity_set_free_mentions(es, id);
	es->mentions[id] = sub->mentions[0];
	es->nmentions[id] = sub->nmentions[0];
	for (i = 0; i < es->nmentions[id]; i++)
		es->mentions[id][i].entity = map[es->mentions[id][i].entity];
	sub->mentions[0] = NULL;
	sub->nmentions[0] = 0;
}

/* What index_query.c keeps about the articles is stale now: per-type sets, the article's
 * folded source, the hash table (the article's hash changed). They are built again. */
static void
forget_cached(struct index *ix, uint32_t id)
{
	ix->types_stale = true;	/* made again when a query asks (a burst of new files) */
	if (ix->fsource) {
		free(ix->fsource[id]);
		ix->fsource[id] = NULL;
	}
	free(ix->hslot);
	free(ix->hnext);
	ix->hslot = ix->hnext = NULL;
	ix->nslots = 0;
}

/* The statements of rs_sql into st; false when one cannot be prepared. */
static bool
prepare_stmts(struct index *ix, sqlite3_stmt **st)
{
	char sql[256];
	int i;

	/* The index's article table is named with its schema, main or the cache's: the
	 * triage state, attached before a cache file, has an article table too, which
	 * SQLite would take first (an :edit on a cache with a state file failed). */
	snprintf(sql, sizeof sql, "UPDATE %s.article SET path = ?2, title = ?3, source = ?4,"
		 " date = ?5, date_key = ?6, hash = ?7, doc = ?8 WHERE id = ?1",
		 ix->cache_attached ? "cache" : "main");
	for (i = 0; i < RS_N; i++)
		if (sqlite3_prepare_v2(ix->db, i == RS_ART ? sql : rs_sql[i], -1, &st[i], NULL) !=
		    SQLITE_OK)
			return false;
	return true;
}

/* Every database change of a re-read, in one transaction. */
static int
write_rows(struct index *ix, uint32_t id, const struct article *old, const struct article *a,
	   const struct entity_set *sub, uint32_t *map, struct edelta **dp, size_t *nd)
{
	sqlite3_stmt *st[RS_N] = {0};
	struct ecount *oc = NULL, *nc = NULL;
	uint32_t *q = NULL;
	size_t no = 0, nn = 0, nq;
	int i, rc = INDEX_ERROR;
	const char *what = "preparing the re-read";
	int64_t was = -1;	/* the doc it had, when it gets another */
	bool lost;

	*dp = NULL;
	/* A cache file about to change is first marked so: the next launch updates it (the
	 * resolution of an edit is approximate). Its rows of the article, its file and its
	 * words stay true, for that update. */
	if (index_cache_live(ix) != INDEX_OK ||
	    index_exec(ix, "BEGIN", "starting a transaction") != INDEX_OK)
		return INDEX_ERROR;
	if (!prepare_stmts(ix, st))
		goto out;
	what = "adding the article's new entities";
	if (!map_entities(ix, st, sub, map))
		goto out;
	oc = count_mentions(ix->ents->mentions[id], ix->ents->nmentions[id], NULL, &no);
	nc = count_mentions(sub->nmentions[0] ? sub->mentions[0] : NULL, sub->nmentions[0], map, &nn);
	*dp = deltas(oc, no, nc, nn, nd);
	what = "replacing the article's text";
	/* Its text let go with no words of it kept: its old rows stay, of no article. */
	lost = !ix->cache_attached && !article_text_indexed(old) &&
	       !index_doc_kept(ix, index_article_doc(ix, id));
	if (lost) {
		was = index_article_doc(ix, id);
		index_doc_forget(ix, id);
	}
	if (!update_article_row(ix, st[RS_ART], id, a) ||
	    (ix->cache_attached && index_cache_put_file(ix->db, "cache", id, a) != SQLITE_OK))
		goto out;
	if (lost) {
		if (!index_step_folded(st[RS_FTS_ADD], (uint32_t)index_article_doc(ix, id), a))
			goto out;
		what = NULL;
		if (index_prefix_update(ix, id, NULL, a) != INDEX_OK)
			goto out;
	} else if (ix->cache_attached || !article_text_indexed(old)) {
		/* A cache's rows go by the words kept for it (the doc table follows). */
		what = NULL;
		if (index_doc_remove(ix, index_article_doc(ix, id), old->len) != INDEX_OK ||
		    index_doc_add(ix, index_article_doc(ix, id), a) != INDEX_OK)
			goto out;
	} else {
		if (!replace_fts(st, (uint32_t)index_article_doc(ix, id), old, a))
			goto out;
		what = NULL;	/* it names its own failure */
		if (index_prefix_update(ix, id, old, a) != INDEX_OK)
			goto out;
	}
	what = "replacing the article's mentions";
	nq = new_speakers(a, sub, map, &q);
	if (!update_mentions(st, id, nc, nn, *dp, *nd, q, nq))
		goto out;
	what = NULL;	/* index_exec names its own failure */
	rc = index_exec(ix, "COMMIT", "committing the re-read");
out:
	if (rc != INDEX_OK && what)
		index_fail(ix, what);
	for (i = 0; i < RS_N; i++)
		sqlite3_finalize(st[i]);
	if (rc != INDEX_OK)
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
	if (rc != INDEX_OK && was >= 0) {	/* rolled back: its old rows are its again */
		ix->art_of[ix->doc_of[id]] = NO_ARTICLE;
		ix->art_of[was] = id;
		ix->doc_of[id] = (uint32_t)was;
	}
	free(oc);
	free(nc);
	free(q);
	return rc;
}

enum index_status
index_reread_article(struct index *ix, uint32_t id, char old_hash[33])
{
	const struct corpus *c = ix->corpus;
	struct article *a;
	char why[200];

	if (!c || !ix->ents || id >= c->n || id >= ix->ents->narticles) {
		snprintf(ix->err, sizeof ix->err, "index: the index is not ready to re-read");
		return INDEX_ERROR;
	}
	if (!(a = corpus_read_file(c, c->arts[id]->path, why, sizeof why))) {
		snprintf(ix->err, sizeof ix->err, "cannot re-read %s: %s", c->arts[id]->display_path,
			 why);
		return INDEX_ERROR;
	}
	return index_replace_article(ix, id, a, old_hash);
}

enum index_status
index_replace_article(struct index *ix, uint32_t id, struct article *a, char old_hash[33])
{
	const struct corpus *c = ix->corpus;
	struct article *old;
	struct corpus one;
	struct extraction *x;
	struct entity_set *sub;
	struct edelta *d = NULL;
	uint32_t *map;
	size_t nd = 0;

	if (!c || !ix->ents || id >= c->n || id >= ix->ents->narticles) {
		snprintf(ix->err, sizeof ix->err, "index: the index is not ready to re-read");
		article_free(a);
		return INDEX_ERROR;
	}
	old = c->arts[id];
	/* The article alone is the corpus of its resolution (see the comment at the top). */
	corpus_init(&one);
	one.arts = &a;
	one.n = 1;
	x = extract_article(a);
	sub = resolve_corpus(&one, &x);
	map = xcalloc(sub->n ? sub->n : 1, sizeof *map);
	if (write_rows(ix, id, old, a, sub, map, &d, &nd) != INDEX_OK) {
		free(d);
		free(map);
		entity_set_free(sub);
		article_free(a);
		return INDEX_ERROR;
	}
	apply_entities(ix->ents, id, sub, map, d, nd);
	snprintf(old_hash, 33, "%s", old->hash);
	a->id = id;
	c->arts[id] = a;	/* the corpus is main's; the article pointers are ours to swap */
	article_free(old);
	forget_cached(ix, id);
	free(d);
	free(map);
	entity_set_free(sub);
	return INDEX_OK;
}
