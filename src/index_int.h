/* index_int.h -- the index's insides, shared by index.c, the query evaluator and reindex.c. MIT licence. */
#ifndef DOSSIER_INDEX_INT_H
#define DOSSIER_INDEX_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <sqlite3.h>

#include "dossier/entity.h"
#include "dossier/index.h"

struct corpus;
struct article;

/*
 * Threads (see HACKING): until the build says the index is ready (index_progress.stage
 * set to 2 with a release store), the build thread owns all of this, db included; from
 * then on the UI thread owns it all except bdb and berr, which stay the build thread's
 * for the work it does after (the prefix table, the cache copy).
 */
struct index {
	sqlite3 *db;			/* owned; the connection that queries */
	sqlite3 *bdb;			/* owned; the build thread's own connection to the
					   same file, for its work after "ready" */
	char berr[256];			/* the build thread's last error, one clean line */
	const struct corpus *corpus;	/* not owned; index_reread_article() swaps one article */
	struct entity_set *ents;	/* not owned (main's); index_reread_article() updates it */
	const struct cluster_set *clusters;	/* not owned; index_set_clusters(), or NULL */
	char err[256];			/* last error, one clean line */
	/* For index_query_ids() (index_query.c), built once and kept: */
	uint64_t *type_bits[ENT_NTYPES];	/* owned; articles mentioning each type */
	bool types_stale;		/* type_bits are made again before their next use */
	char **fsource;			/* owned; folded " source" per article, lazily */
	uint32_t *hslot;		/* owned; hash table: first article with a hash */
	uint32_t *hnext;		/* owned; next article with the same hash */
	size_t nslots;
	struct index_ents *ents_tables;	/* owned; the attached entity tables */
	bool cache_attached;		/* the tables are a cache file's (index_cache.c) */
	char *cache_name;		/* owned; the name the cache file is attached by, while
					   it is (index_cache_reattach()) */
	int prefix_ready;		/* the pfx table is filled (atomic; index_prefix.c) */
	int (*pending)(void *ud);	/* index_set_interrupt()'s function, or NULL */
	void *pending_ud;
	/* The entity corrections the tables were made with (index_set_corrections()): a cache
	 * built with other corrections is stale. */
	char corr_digest[17];		/* correct.h corr_digest(); "" is "none" */
	char *corr_used;		/* owned; per correction the mentions it applied to,
					   "3 0 12", as the cache keeps it; NULL: none */
};

/* The ids of the entities that entity:NAME names: its folded name (?1) is the entity's
 * key or one of its aliases'. The query evaluator and index_entities_named() share it. */
#define INDEX_ENTITY_NAMED \
	"SELECT e.id FROM entity e WHERE e.key = ?1" \
	" UNION SELECT al.entity FROM alias al WHERE al.key = ?1"

/* Record "index: WHAT failed (reason)" as the error; returns INDEX_ERROR. */
enum index_status index_fail(struct index *ix, const char *what);
/* The same for the build thread's connection, into berr. */
enum index_status index_bfail(struct index *ix, const char *what);
/* ATTACH file (bound, never pasted) AS schema, one of the index's own names; an SQLite
 * status. */
int index_attach_db(sqlite3 *db, const char *file, const char *schema);
/* The FTS5 extension interface of db (its tokenizers and functions), or NULL. */
fts5_api *index_fts5_api(sqlite3 *db);
/* sqlite3_exec, with index_fail(what) on an error. */
enum index_status index_exec(struct index *ix, const char *sql, const char *what);
/* Folded body without boilerplate lines, as the FTS table holds it. Caller frees. */
char *index_folded_body(const struct article *a, size_t *len);
/* Bind a's id and folded title and body as ?1..?3 of st and step it once; false if that
 * fails. */
bool index_step_folded(sqlite3_stmt *st, uint32_t id, const struct article *a);
/* Bind the article row's columns ?1..?7 (id, path, title, source, date, date_key, hash). */
void index_bind_article(sqlite3_stmt *s, uint32_t id, const struct article *a);
/* The per-type article sets, from the entity set (after index_add_entities). */
void index_query_type_bits(struct index *ix, const struct entity_set *es);
/* The content-hash table of is:/tag: (built on first use if not before). */
void index_query_build_hashes(struct index *ix);
/* Attach the cache file again (after its tables were detached for a while), with the
 * page cache its load gave it; an SQLite status. */
int index_cache_reattach(struct index *ix);
/* Copy the entity, alias and mention tables of t into dst's main database (with their
 * indexes), inside dst's open transaction. */
int index_ents_copy(const struct index_ents *t, sqlite3 *dst);
/* With the prefix table filled, replace article id's row there: old's prefixes out, a's in
 * (inside the caller's transaction). INDEX_OK when there is nothing to do. */
enum index_status index_prefix_update(struct index *ix, uint32_t id, const struct article *old,
			const struct article *a);
/* May the free-text term text (folded; prefix: it ends in *) be answered from the pfx
 * table? Only once the table is filled, for 1-4 letters and digits. */
bool index_prefix_usable(const struct index *ix, const char *text, bool prefix);
/* Register the FTS5 function that collects a one-phrase query's articles
 * (index_query.c) on ix's connection. */
int index_register_rows(struct index *ix);
/* Free what index_query.c built. */
void index_query_cache_free(struct index *ix);

#endif
