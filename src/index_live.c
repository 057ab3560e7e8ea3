/* index_live.c -- the live folder in the index: an article added, removed or moved while the TUI runs. MIT licence. */
#include "config.h"

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
 * An added article goes in as an empty stand-in first (an article row, an empty full-text
 * row and prefix row), then index_replace_article() puts its text in as it does for
 * :edit: one path for new, changed and edited articles, entities included. A removed
 * article is replaced by an empty stand-in the same way, and marked gone: ids stay (the
 * list, the triage mirror and every array indexed by article keep their meaning), the
 * text, mentions and prefixes leave the index. A moved one keeps everything that comes
 * from its text.
 */

/* An article with no text, no title and no hash, at path. */
static struct article *
stand_in(const char *path, time_t mtime)
{
	struct article *s = article_parse(path, xstrdup(""), 0, mtime);

	free(s->title);
	s->title = xstrdup("");
	s->hash[0] = '\0';
	return s;
}

static bool
ready(struct index *ix, const struct corpus *c)
{
	if (c && c == ix->corpus && ix->ents && ix->ents->narticles == c->n)
		return true;
	snprintf(ix->err, sizeof ix->err, "index: the index is not ready for new files");
	return false;
}

/* The folded sources index_query.c keeps per article: their array is sized for the
 * articles there were. */
static void
forget_sources(struct index *ix)
{
	size_t i;

	if (!ix->fsource)
		return;
	for (i = 0; i < ix->corpus->n; i++)
		free(ix->fsource[i]);
	free(ix->fsource);
	ix->fsource = NULL;
}

/* Prepare sql on ix->db, its %s (if any) the article table named with its schema, the
 * cache's when one is attached, else main's (as reindex.c's prepare_stmts() does):
 * unqualified, "article" would be the state's, attached as st before the cache. */
static bool
prepare(struct index *ix, const char *sql, sqlite3_stmt **st)
{
	char *q = NULL;
	bool ok;

	*st = NULL;
	if (strstr(sql, "%s"))
		sql = q = sqlite3_mprintf(sql, ix->cache_attached ? "cache.article" : "main.article");
	ok = sql && sqlite3_prepare_v2(ix->db, sql, -1, st, NULL) == SQLITE_OK;
	sqlite3_free(q);
	return ok;
}

/* Prepare, bind the article as index_bind_article() or index_step_folded() do, step. */
static bool
run(struct index *ix, const char *sql, uint32_t id, const struct article *a, bool folded)
{
	sqlite3_stmt *st = NULL;
	bool ok;

	if (!prepare(ix, sql, &st))
		return false;
	/* The full-text rows are numbered by doc (index_set_docs()). */
	if (folded) {
		ok = index_step_folded(st, (uint32_t)index_article_doc(ix, id), a);
	} else {
		index_bind_article(st, id, index_article_doc(ix, id), a);
		ok = sqlite3_step(st) == SQLITE_DONE;
	}
	sqlite3_finalize(st);
	return ok;
}

/* The stand-in's rows, in one transaction. In a cache file, its file row and its (empty)
 * words in the doc table too, as index_doc_add() writes them: the rows of the file stay
 * true for the update the next launch makes (index_cache_live()). */
static enum index_status
insert_stand_in(struct index *ix, uint32_t id, const struct article *s)
{
	int64_t doc = index_doc_new(ix, id);
	char sql[64];
	bool ok;

	if (index_cache_live(ix) != INDEX_OK ||
	    index_exec(ix, "BEGIN", "starting a transaction") != INDEX_OK)
		return INDEX_ERROR;
	snprintf(sql, sizeof sql, "INSERT INTO pfx(rowid, w) VALUES(%lld, '')", (long long)doc);
	ok = run(ix, "INSERT INTO %s VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", id, s, false);
	if (ok && ix->cache_attached)
		ok = index_cache_put_file(ix->db, "cache", id, s) == SQLITE_OK &&
		     index_doc_add(ix, doc, s) == INDEX_OK;
	else if (ok)
		ok = run(ix, "INSERT INTO fts(rowid, title, body) VALUES(?1, ?2, ?3)", id, s,
			 true) &&
		     (!__atomic_load_n(&ix->prefix_ready, __ATOMIC_ACQUIRE) ||
		      sqlite3_exec(ix->db, sql, NULL, NULL, NULL) == SQLITE_OK);
	if (!ok) {
		index_fail(ix, "adding a new article");
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
		return INDEX_ERROR;
	}
	return index_exec(ix, "COMMIT", "committing a new article");
}

/* Room in the entity set for articles [es->narticles, n), with no mentions. */
static void
grow_entities(struct entity_set *es, size_t n)
{
	size_t i;

	es->mentions = xrealloc(es->mentions, n * sizeof *es->mentions);
	es->nmentions = xrealloc(es->nmentions, n * sizeof *es->nmentions);
	for (i = es->narticles; i < n; i++) {
		es->mentions[i] = NULL;
		es->nmentions[i] = 0;
	}
	es->narticles = n;
}

enum index_status
index_add_article(struct index *ix, struct corpus *c, struct article *a, uint32_t *id)
{
	struct article *s;
	uint32_t n;
	char old[33];

	if (!ready(ix, c)) {
		article_free(a);
		return INDEX_ERROR;
	}
	n = (uint32_t)c->n;
	s = stand_in(a->path, a->mtime);
	if (insert_stand_in(ix, n, s) != INDEX_OK) {
		article_free(s);
		article_free(a);
		return INDEX_ERROR;
	}
	forget_sources(ix);
	xgrow((void **)&c->arts, &c->cap, c->n + 1, sizeof *c->arts);
	s->id = n;
	c->arts[c->n++] = s;
	grow_entities(ix->ents, c->n);
	c->bytes += a->len;
	if (index_replace_article(ix, n, a, old) != INDEX_OK) {
		/* Its rows are empty: the stand-in stays, gone. */
		s->gone = true;
		c->ngone++;
		return INDEX_ERROR;
	}
	*id = n;
	return INDEX_OK;
}

enum index_status
index_remove_article(struct index *ix, struct corpus *c, uint32_t id)
{
	const struct article *a;
	char old[33];
	size_t len;

	if (!ready(ix, c) || id >= c->n)
		return INDEX_ERROR;
	if ((a = c->arts[id])->gone)
		return INDEX_OK;
	len = a->len;
	if (index_replace_article(ix, id, stand_in(a->path, a->mtime), old) != INDEX_OK)
		return INDEX_ERROR;
	c->arts[id]->gone = true;
	c->ngone++;
	c->bytes -= len <= c->bytes ? len : c->bytes;
	return INDEX_OK;
}

/* The full-text and prefix rows of a moved article whose title (its file's name) changed.
 * In a cache file they go by the words kept (the doc table follows). */
static bool
new_title(struct index *ix, uint32_t id, const struct article *old, const struct article *a)
{
	int64_t doc = index_article_doc(ix, id);
	struct article was;

	if (!ix->cache_attached && !article_text_indexed(old) && !index_doc_kept(ix, doc)) {
		/* Its text let go (corpus_text.c), no words of it kept: the same bytes as a's
		 * (the hash is), under its old title, are what its rows were made of. */
		was = *a;
		was.title = old->title;
		old = &was;
	} else if (ix->cache_attached || !article_text_indexed(old)) {
		return index_doc_remove(ix, doc, old->len) == INDEX_OK &&
		       index_doc_add(ix, doc, a) == INDEX_OK;
	}
	return run(ix, "INSERT INTO fts(fts, rowid, title, body) VALUES('delete', ?1, ?2, ?3)",
		   id, old, true) &&
	       run(ix, "INSERT INTO fts(rowid, title, body) VALUES(?1, ?2, ?3)", id, a, true) &&
	       index_prefix_update(ix, id, old, a) == INDEX_OK;
}

/* The article row, and the title's words when a title taken from the file's name changed. */
static enum index_status
move_rows(struct index *ix, uint32_t id, const struct article *old, const struct article *a)
{
	bool title = strcmp(old->title, a->title) != 0;

	if (index_cache_live(ix) != INDEX_OK ||
	    index_exec(ix, "BEGIN", "starting a transaction") != INDEX_OK)
		return INDEX_ERROR;
	if (!run(ix, "UPDATE %s SET path = ?2, title = ?3, source = ?4, date = ?5,"
		 " date_key = ?6, hash = ?7, doc = ?8 WHERE id = ?1", id, a, false) ||
	    (ix->cache_attached && index_cache_put_file(ix->db, "cache", id, a) != SQLITE_OK) ||
	    (title && !new_title(ix, id, old, a))) {
		index_fail(ix, "moving an article");
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
		return INDEX_ERROR;
	}
	return index_exec(ix, "COMMIT", "committing a moved article");
}

enum index_status
index_move_article(struct index *ix, uint32_t id, struct article *a)
{
	const struct corpus *c = ix->corpus;
	struct article *old;
	char hash[33];

	if (!ready(ix, c) || id >= c->n || c->arts[id]->gone) {
		if (ready(ix, c))
			snprintf(ix->err, sizeof ix->err, "index: no article to move");
		article_free(a);
		return INDEX_ERROR;
	}
	old = c->arts[id];
	if (strcmp(old->hash, a->hash) != 0)
		return index_replace_article(ix, id, a, hash);
	if (move_rows(ix, id, old, a) != INDEX_OK) {
		article_free(a);
		return INDEX_ERROR;
	}
	a->id = id;
	c->arts[id] = a;	/* the same bytes: the mentions' offsets hold */
	article_free(old);
	if (ix->fsource) {
		free(ix->fsource[id]);
		ix->fsource[id] = NULL;
	}
	return INDEX_OK;
}
