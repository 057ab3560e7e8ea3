/* index_int.h -- the index's insides, shared by index.c, the query evaluator and reindex.c. MIT licence. */
#ifndef DOSSIER_INDEX_INT_H
#define DOSSIER_INDEX_INT_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"

struct corpus;
struct article;
struct rank_plan;

/* dossier_bm25() (index_rank.c): bm25() with the documents' lengths taken from pack row 1
 * of schema (NULL: none, xColumnSize() as bm25()), loaded at its first use
 * (index_cache_unpack_lengths(), index_cache_pack.c, writes them with the catalog's). */
struct index_rank {
	sqlite3 *db;
	const char *schema;		/* "main", "cache" or NULL */
	uint32_t *len;			/* owned; by doc, UINT32_MAX: none */
	size_t n;
	bool tried;
	bool defer, deferred;		/* rank_rows() (index_rank.c) */
	int64_t nrow;
	int64_t *known;			/* owned; by phrase: its rows counted, -1 not */
	size_t nknown;
	struct rank_plan *plan;		/* owned; index_rank_reduced()'s, for the next */
	int64_t lnrow, lntok;		/* with no schema: the rows and tokens of len's read */
	struct rank_seen *seen;		/* owned; rows of phrases walked for the last ranking */
	size_t nseen;
};
int index_rank_register(sqlite3 *db, struct index_rank *r);
void index_rank_reset(struct index_rank *r, const char *schema);
/* For the next index_rank_all() of the FTS5 expression match: each phrase that is one
 * short prefix ("mar"*) counted in the prefix table (which must be whole), not by FTS5
 * merging every word's positions to count it (bm25's idf of a phrase). */
void index_rank_prefixes(struct index_rank *r, const char *match);
/* Every fts row and its score. */
struct index_scored {
	int64_t doc;
	double score;
};
/* Every row the FTS5 expression match finds, scored as dossier_bm25(fts, 10.0, 1.0,
 * match) scores it on r's connection, into *v (owned by the caller), by its plan
 * (index_rank_plan.c, index_rank_scan.c): short prefixes counted in the prefix table when
 * prefixes; an OR of phrases walked a phrase at a time (xQueryPhrase), not a statement
 * step a row. The last SQLite code (SQLITE_DONE: all). */
int index_rank_all(struct index_rank *r, const char *match, bool prefixes,
		   struct index_scored **v, size_t *n);
/* The same with every false: only the rows a phrase that ranks is in (the rest score
 * 0.0), for a caller that has the query's hits already. Phrases in at least half the rows
 * and negated ones weigh nothing (index_rank_plan.c), and are not scanned. */
int index_rank_scores(struct index_rank *r, const char *match, bool prefixes, bool every,
		      struct index_scored **v, size_t *n);
/* Does ranking match leave out rows of it (some phrase weighs nothing)? Its plan is kept
 * for the next index_rank_scores() of match. */
bool index_rank_reduced(struct index_rank *r, const char *match, bool prefixes);
/* The docs (ascending) of the FTS5 expression m when the last index_rank_scores() walked
 * that phrase whole (its count, or its scan), for the query's sets: NULL when it did not.
 * index_rank_forget() drops them. */
const int64_t *index_rank_seen(const struct index_rank *r, const char *m, size_t *n);
void index_rank_forget(struct index_rank *r);
/* An SQLite varint (as FTS5's docsize rows hold them) at *p before end into *v, *p moved
 * past it; false if there is none (index_prefix.c). */
bool index_sqlite_varint(const unsigned char **p, const unsigned char *end, uint64_t *v);

/*
 * Threads (see HACKING): until the build says the index is ready (index_progress.stage
 * set to 2 with a release store), the build thread owns all of this, db included; from
 * then on the UI thread owns it all except bdb and berr, which stay the build thread's
 * for the work it does after (the prefix table, the cache copy).
 */
/* ix->ents, published to the UI's thread (index_entities() reads it). */
void index_set_ents(struct index *ix, struct entity_set *es);

struct index {
	sqlite3 *db;			/* owned; the connection that queries */
	sqlite3 *bdb;			/* owned; the build thread's own connection to the
					   same file, for its work after "ready" */
	char berr[256];			/* the build thread's last error, one clean line */
	const struct corpus *corpus;	/* not owned; index_reread_article() swaps one article */
	struct entity_set *ents;	/* not owned (main's); index_reread_article() updates it */
	struct entity_set *stale;	/* owned (atomic); the cache file's set shown while an
					 * update makes the set again (index_set_stale_ents()) */
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
	bool cache_live;		/* ...and marked changed in place (index_cache_live()) */
	struct index_rank rank;		/* dossier_bm25()'s lengths on db (index_rank.c) */
	uint64_t cache_dev, cache_ino;	/* the attached file, as it was when attached */
	char *cache_name;		/* owned; the name the cache file is attached by, while
					   it is (index_cache_reattach()) */
	int prefix_ready;		/* the pfx table is filled (atomic; index_prefix.c) */
	pthread_mutex_t hold;		/* index_hold(): the query connection's user */
	int (*pending)(void *ud);	/* index_set_interrupt()'s function, or NULL */
	void *pending_ud;
	/* The entity corrections the tables were made with (index_set_corrections()): a cache
	 * built with other corrections is stale. */
	char corr_digest[17];		/* correct.h corr_digest(); "" is "none" */
	char *corr_used;		/* owned; per correction the mentions it applied to,
					   "3 0 12", as the cache keeps it; NULL: none */
	/* The rows of fts and pfx are numbered by doc: an article's id when the index was
	 * built, kept when a cache is updated in place while ids move (index_set_docs()). */
	uint32_t *doc_of;		/* owned; article id -> doc; NULL: the same */
	uint32_t *art_of;		/* owned; doc -> article id (NO_ARTICLE: none) */
	size_t ndocs;			/* entries of art_of */
	bool want_terms;		/* index_build_prefixes() fills the doc table too */
	struct ex_blob *kept_quotes;	/* owned; nkept_quotes articles' quotes as the
					   cache keeps them (index_keep_quotes()), or NULL */
	size_t nkept_quotes;
	char *cache_tmp;		/* owned; a cache being updated: its temporary file */
	int cache_fd;			/* its descriptor, locked (flock), or -1; kept open
					   while attached (closing it would drop SQLite's
					   locks on the file) */
};

/* The ids of the entities that entity:NAME names: its folded name (?1) is the entity's
 * key or one of its aliases'. The query evaluator and index_entities_named() share it. */
/* The content hashes of the state's read, flagged and archived articles (attached as st),
 * by enum is_value; both evaluators ask them. */
extern const char *const index_state_hashes[];
/* Articles that mention a watched entity (by its key and type, now or before a
 * correction renamed, retyped or merged it): the state attached as st. */
#define INDEX_WATCHED_ARTICLES \
	"SELECT m.article FROM st.watch w JOIN entity e" \
	" ON e.key = w.key AND e.type = w.type JOIN mention m ON m.entity = e.id" \
	" UNION ALL SELECT m.article FROM st.watch w JOIN former f" \
	" ON f.key = w.key AND f.type = w.type JOIN mention m ON m.entity = f.entity"
/*
 * A query walked to a bitset of articles (ids 0..n-1, nw 64-bit words) by index_walk.c:
 * AND, OR and NOT as word operations, free text in FTS5 MATCH expressions, the sets of
 * the terms from the caller's functions. all: the ids that are articles (NULL: all below
 * n); prefixes: short prefixes come from the prefix table (prefix()), else from FTS5;
 * root_text: the set of the root's free text (all of it, as query_sql_text_first()
 * grabs it) when the caller has it. match() consumes m; node is the one node m is the
 * whole of, or -1. Sets are owned by the caller of index_walk_node()/_query().
 */
struct qnode;
struct sbuf;
struct index_walk {
	const struct query *q;
	size_t n, nw;
	const uint64_t *all;
	bool prefixes;
	const uint64_t *root_text;
	uint64_t *(*match)(struct index_walk *w, struct sbuf *m, int node);
	uint64_t *(*prefix)(struct index_walk *w, const struct qnode *x);
	uint64_t *(*field)(struct index_walk *w, const struct qnode *x);
	bool (*failed)(const struct index_walk *w);
	void *ud;
};
uint64_t *index_walk_query(struct index_walk *w);
uint64_t *index_walk_node(struct index_walk *w, int n);
/* A new empty set; the complement among the articles; a ANDed or ORed with b (freed). */
uint64_t *index_walk_set(const struct index_walk *w);
void index_walk_not(const struct index_walk *w, uint64_t *s);
void index_walk_and(const struct index_walk *w, uint64_t *a, uint64_t *b, bool and);
/* One ranked hit; the order of query_sql_ranked() (score, newest, id), for qsort; the
 * best k of r[0..*n) kept in r[0..k) as a heap with the worst on top, x coming in. */
struct index_ranked {
	uint32_t id;
	int32_t date_key;
	double score;
};
int index_ranked_cmp(const void *a, const void *b);
void index_heap_offer(struct index_ranked *r, size_t *n, size_t k, struct index_ranked x);
/* The best limit (0: all) articles of q, as index_query_top() ranks them, from a cache
 * file's tables alone (db, the state attached as st; rank: dossier_bm25() on db), into
 * *out (owned by the caller); given[0..ngiven): the text it ranks by scored already
 * (NULL: scored here). 0, or -1 when the file cannot answer (index_cache_eval.c). */
struct query;
int index_file_top(sqlite3 *db, struct index_rank *rank, const struct query *q,
		   unsigned flags, size_t limit, const struct index_scored *given,
		   size_t ngiven, struct index_ranked **out, size_t *nout);
/* The articles q matches (archived out when flags ask), from a cache file's tables alone,
 * as a bitset by id into *out (owned by the caller), nids ids long; -1 when the file
 * cannot answer (index_cache_eval.c). */
int index_file_ids(sqlite3 *db, const struct query *q, unsigned flags, uint64_t **out,
		   size_t *nids);
/* Is text (a prefix when prefix) one word of the prefix table: 1-4 letters or digits? */
bool index_prefix_word(const char *text, bool prefix);
#define INDEX_ENTITY_NAMED \
	"SELECT e.id FROM entity e WHERE e.key = ?1" \
	" UNION SELECT al.entity FROM alias al WHERE al.key = ?1"
#define NO_ARTICLE UINT32_MAX

/* The article of full-text row doc, or -1 when none (a row of no article). */
static inline int64_t
index_doc_article(const struct index *ix, int64_t doc)
{
	if (!ix->art_of)
		return doc;
	if (doc < 0 || (uint64_t)doc >= ix->ndocs || ix->art_of[doc] == NO_ARTICLE)
		return -1;
	return ix->art_of[doc];
}

/* A full-text row for article id, appended to the corpus (the live folder): its id when
 * docs are the ids, else the next free doc, recorded. */
int64_t index_doc_new(struct index *ix, uint32_t id);

/* The order of ranked hits: better (lower) score first, then newer, then lower id; the
 * order of query_sql_ranked()'s ORDER BY, for the searches that rank in C. */
static inline int
index_rank_cmp(double s1, int64_t d1, int64_t i1, double s2, int64_t d2, int64_t i2)
{
	if (s1 != s2)
		return s1 < s2 ? -1 : 1;
	if (d1 != d2)
		return d1 > d2 ? -1 : 1;
	return (i1 > i2) - (i1 < i2);
}

/* The full-text row of article id. */
static inline int64_t
index_article_doc(const struct index *ix, uint32_t id)
{
	return ix->doc_of ? ix->doc_of[id] : id;
}

/* A file or folder modified within RACY_NS before the index looked may stat as it did after
 * a second change in the same tick (FAT keeps mtimes to 2 s): its stat is not trusted
 * (index_cache_files.c, index_cache_folders.c, index_cache_es.c). */
#define RACY_NS (2 * (int64_t)1000000000)

/* The cache file's format: 17 with each entity's names marked clean in es_rank
 * (index_cache_rank.c); 16 with each entity's mentions together (es_posts,
 * index_cache_posts.c); 15 with each mention's alias, the one whose bytes it is
 * (es_mentions, index_cache_es.c); 14 with the catalog's entries in chunks, 13 with the
 * clean strings marked (index_cache_pack.c); 12 with the entity list in its order (es_rank,
 * index_cache_rank.c); 11 with the extraction blobs in a table of their own (xtd, by
 * the number xtr keeps): in xtr's rows, keyed by hash, a blob spilled past 1 KB into an
 * overflow page of its own, 4.4 KB an article and 437 MB of 1.5 GB at 100k articles; 10
 * with the typed table (index_ents.c); 9 with the folder table
 * (index_cache_folders.c); 8 with xtr's small columns before its extraction blob, so
 * they are read without the blob's overflow pages (7: the story clusters,
 * index_cache_story.c; 6: the file, skipped, doc and xtr tables of an update in place;
 * 5: quotes counted in the mention rows; 4: the former names of corrected
 * entities; 3: article rows with dates from file names and header blocks; 2: the prefix
 * table). */
#define INDEX_CACHE_FORMAT "17"

/* One file a cache describes (index_cache_files.c): an article (skip < 0) or a file
 * skipped as binary data. */
struct cat_entry {		/* hash "": an article gone in a live session */
	char *path, *title, *source;	/* owned; title, source move to the article made */
	char date[11];
	char hash[33];
	int32_t date_key;
	uint8_t date_from, from_path;
	int skip;			/* -1, or SKIP_BINARY */
	uint32_t id, doc, len, words, paragraphs;
	struct corpus_stat st;
	struct article *taken;		/* the article of this run it is, or NULL */
	bool seen;			/* a skipped file found again, unchanged */
	bool row_differs;		/* its article row is not the one kept (but for */
	bool path_differs;		/* the path: then only that is written again) */
};

/* An open cache file's rows of files (see index_cache_files.c). */
struct index_catalog {
	sqlite3 *db;			/* read-only connection to the file */
	char *path;			/* owned */
	char *generation;		/* owned; meta "generation": which write it is */
	char *corr;			/* owned; the corrections digest of its entities */
	char *folders;			/* owned; meta "folders" (index_cache_folders.c) */
	int64_t scanned_ns;		/* when its files were looked at */
	bool live;			/* changed in place by a session: resolve again */
	struct cat_entry *e;		/* owned; articles by id, then skipped files */
	size_t n, narticles;
	size_t ndocs;			/* 1 + its largest doc */
	uint32_t *by_path, *by_ino, *by_hash;	/* owned; slots, entry + 1 (0: empty); */
	size_t nslots;			/* by_path and by_ino made at the first lookup */
	pthread_mutex_t slot_lock;	/* ...by whichever thread asks first */
	bool slots_made;		/* (atomic) */
	struct corpus_reuse reuse;
};

/* The run's tables (index.c). doc in article: the article's row in fts and pfx (its id,
 * until a cache update moves ids). The doc table: per doc, its distinct words as fts
 * holds them (title, body), which deleting a row of a contentless table must name once
 * its text is gone (index_prefix.c fills it for a cache, index_doc_remove() reads it).
 * fts is contentless: the text lives in the corpus, the index holds folded tokens only;
 * pfx says which articles have a word starting with each short prefix (index_prefix.c). */
#define INDEX_TABLES \
	"CREATE TABLE IF NOT EXISTS article(id INTEGER PRIMARY KEY, path TEXT, title TEXT," \
	" source TEXT, date TEXT, date_key INTEGER, hash TEXT, doc INTEGER);" \
	"CREATE TABLE IF NOT EXISTS doc(doc INTEGER PRIMARY KEY, title TEXT, body TEXT);" \
	"CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, content=''," \
	" tokenize='unicode61 remove_diacritics 2');" \
	"CREATE VIRTUAL TABLE IF NOT EXISTS pfx USING fts5(w, content='', detail=none," \
	" columnsize=0," \
	" tokenize='ascii');"

/* The cache's own tables, beside the copy of the index (index_cache.c). */
#define CACHE_SCHEMA \
	"CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);" \
	"CREATE TABLE es_entity(id INTEGER PRIMARY KEY, type INTEGER, canonical TEXT, key TEXT," \
	" narticles INTEGER, nmentions INTEGER, naliases INTEGER, aliases BLOB);" \
	"CREATE TABLE es_mentions(article INTEGER PRIMARY KEY, data BLOB);" \
	"CREATE TABLE es_rank(type INTEGER PRIMARY KEY, data BLOB);" \
	"CREATE TABLE es_posts(entity INTEGER PRIMARY KEY, data BLOB);" \
	"CREATE TABLE file(id INTEGER PRIMARY KEY, dev INTEGER, ino INTEGER, size INTEGER," \
	" mtime INTEGER, len INTEGER, words INTEGER, paragraphs INTEGER, date_from INTEGER," \
	" from_path INTEGER);" \
	"CREATE TABLE skipped(path TEXT, dev INTEGER, ino INTEGER, size INTEGER, mtime INTEGER," \
	" reason INTEGER);" \
	"CREATE TABLE xtr(hash TEXT PRIMARY KEY, sig BLOB, quotes BLOB, blob INTEGER)" \
	" WITHOUT ROWID;" \
	"CREATE TABLE xtd(id INTEGER PRIMARY KEY, data BLOB);" \
	"CREATE TABLE story(cluster INTEGER, rank INTEGER, article INTEGER," \
	" PRIMARY KEY(cluster, rank)) WITHOUT ROWID;" \
	"CREATE TABLE folder(path TEXT PRIMARY KEY, dev INTEGER, ino INTEGER, size INTEGER," \
	" mtime INTEGER, ctime INTEGER, root INTEGER);" \
	"CREATE INDEX article_doc ON article(doc);"

/* The file and skipped rows of corpus c into schema's tables (empty) on db; an SQLite
 * status (index_cache_rows.c). index_cache_put_file(): article a's file row as id, in
 * place of one there is (a live change). */
int index_cache_put_files(sqlite3 *db, const char *schema, const struct corpus *c);
int index_cache_put_file(sqlite3 *db, const char *schema, uint32_t id, const struct article *a);
/* The columns of a catalog entry, in the order index_cache_files.c and index_cache_pack.c
 * read them, from article a JOIN file f. */
#define INDEX_CATALOG_COLUMNS "a.id, a.path, a.title, a.source, a.date, a.date_key, a.hash," \
	" a.doc, f.dev, f.ino, f.size, f.mtime, f.len, f.words, f.paragraphs, f.date_from," \
	" f.from_path"
/* May entry e be believed on its stat alone (recorded well before the catalog's scan, not
 * within the file system's clock tick of it)? (index_cache_files.c) */
bool index_entry_settled(const struct index_catalog *k, const struct cat_entry *e);
/* Is an entry read from a file within its values' ranges (not a damaged file)? */
bool index_cache_entry_valid(const struct cat_entry *e);
/* Pack the article and file rows of schema into its pack table, after the meta row
 * "scanned" is written (index_cache_pack.c); an SQLite code. */
int index_cache_pack(sqlite3 *db, const char *schema);
/* The entries of the pack of main, when there is one made by the last write of the rows
 * and it parses: *out (owned, each entry's strings too), *nout. */
bool index_cache_unpack(sqlite3 *db, struct cat_entry **out, size_t *nout);
/* The documents' lengths of schema's pack (row 1), when made by its last write of the
 * rows: *len (owned; by doc, UINT32_MAX: none), *n. */
bool index_cache_unpack_lengths(sqlite3 *db, const char *schema, uint32_t **len, size_t *n);
/* Every document's length in tokens from schema's (NULL: main) fts_docsize, by doc
 * (UINT32_MAX: none), into *len (owned by the caller); false on an error. */
bool index_docsize_lengths(sqlite3 *db, const char *schema, uint32_t **len, size_t *n);
/* Rows 2, 3 and 4 of main's pack, when made by its last write of the rows: every
 * article's doc, date_key and source (a place in row 4) by id (*doc, *date_key, *source
 * owned, *n of them); every article's hash into hash[0..n) (a NUL first: none), when the
 * pack has n; each source once (*out owned, its strings too). */
bool index_cache_unpack_cols(sqlite3 *db, uint32_t **doc, int32_t **date_key, uint32_t **source,
			     size_t *n);
bool index_cache_unpack_sources(sqlite3 *db, char ***out, size_t *nout);
/* Row 6 of main's pack, when made by its last write of the rows: the articles are *n,
 * ids 0..n-1, each one's doc its id. */
bool index_cache_unpack_ids(sqlite3 *db, size_t *n);
bool index_cache_unpack_hashes(sqlite3 *db, char (*hash)[33], size_t n);
/* fn for each article of main's pack (row 0) whose id is in set (n ids; NULL: all of
 * them), in id order, with its list columns (the strings valid during the call): as a
 * scan of the article and file rows, with no statement step per row. 1 when done; 0,
 * having called fn for none, when there is no pack made by the last write or it does
 * not parse; -1 when an entry did not parse after fn was called for others (a damaged
 * file: the caller drops what it was given). */
struct index_row;
int index_cache_pack_rows(sqlite3 *db, const uint64_t *set, size_t n,
			   void (*fn)(void *ud, const struct index_row *row), void *ud);
/* Is the attached cache the write the catalog k read (its meta "generation"), not one
 * another launch renamed over it since? (index_cache.c) */
bool index_cache_same_write(struct index *ix, const struct index_catalog *k);
/* The name a cache file is opened or attached by (owned): a path that would read as a URI
 * ("file:...") is made relative (index_cache.c). */
char *index_cache_file_name(const char *path);
/* schema's meta value for key on db (owned), or NULL; written (an SQLite status)
 * (index_cache.c). */
char *index_meta_of(sqlite3 *db, const char *schema, const char *key);
/* Is meta key of db's main schema want? */
bool index_meta_is(sqlite3 *db, const char *key, const char *want);
int index_meta_put(sqlite3 *db, const char *schema, const char *key, const char *value);
/* fold(x) on db: text_fold() in SQL, as the query language's SQL uses it (index.c). */
int index_sql_fold(sqlite3 *db);
/* The folders of corpus c in place of schema's, with their digest and the number of
 * paths skipped in meta; an SQLite status (index_cache_folders.c). */
int index_cache_put_folders(sqlite3 *db, const char *schema, const struct corpus *c);
/* The time zone's offsets in winter and summer ("+0000 +0000"), as meta 'tz' holds it. */
void index_tz_mark(char out[32]);
/* The digest of c's folders and skips, as meta 'folders' holds it. */
void index_folders_digest(const struct corpus *c, char out[33]);
/* May a folder of these times be trusted by a scan at scanned_ns (not modified within
 * the file system's clock tick of it)? */
bool index_folder_trusted(int64_t mtime_ns, int64_t ctime_ns, int64_t scanned_ns);
/* Do the folders db recorded stat as then, with nothing skipped, the same paths, size
 * limit and time zone (index_cache_direct.c)? */
bool index_folders_unmoved(sqlite3 *db, char *const *paths, size_t npaths, size_t max_size);
/* Is a folder of c settled now (trusted) that was not at the scan then_ns? */
bool index_folders_settle(const struct corpus *c, int64_t then_ns, int64_t now_ns);
/* The fresh ones of k into schema.xtr; an SQLite status. */
int index_cache_put_blobs(sqlite3 *db, const char *schema, const struct corpus *c,
			  const struct index_kept *k);
/* The story clusters cs (NULL: none kept) in place of schema's; an SQLite status
 * (index_cache_story.c). */
struct cluster_set;
int index_cache_put_clusters(sqlite3 *db, const char *schema, const struct cluster_set *cs);
/* The meta rows of a write: format, version, generation (new), scanned, corrections. */
int index_cache_put_meta(sqlite3 *db, const char *schema, const struct index *ix,
			 int64_t scanned_ns);
/* The entity set into es_entity and es_mentions (unqualified names) on db. */
int index_cache_put_entities(sqlite3 *db, const struct entity_set *es);
/* Each entity's mentions into es_posts (index_cache_posts.c); an SQLite status. */
int index_cache_put_posts(sqlite3 *db, const struct entity_set *es);
/* One mention of es_posts: its article, its index in that article's mentions, as
 * struct mention has them. */
struct index_post {
	uint32_t article, k, start, end, entity;
	uint8_t type;
	uint16_t surf;
};
/* The mentions of entities ids[0..nids) from es_posts on db (main), into *v (owned, *n
 * of them), each entity's by article then as its article lists them; false, with none,
 * when a row is missing or damaged. */
bool index_cache_read_posts(sqlite3 *db, const uint32_t *ids, size_t nids,
			    struct index_post **v, size_t *n);
/* es's list in `entities`' order into es_rank (index_cache_rank.c); an SQLite status. */
int index_cache_put_rank(sqlite3 *db, const struct entity_set *es);
/* fn for each entity of type (-1: every type) in `entities`' order, from es_rank: true
 * when done; false, having called fn for none, when the rows are missing or damaged. */
int index_cache_rank_entities(sqlite3 *db, int type,
			      void (*fn)(void *ud, const struct entity *e), void *ud);
/* The connection of a cache file opened for a direct answer (index_cache_direct.c). */
struct index_direct;
sqlite3 *index_direct_db(struct index_direct *d);
/* The entity set from schema cache's es tables, checked against c; NULL if damaged. */
struct entity_set *index_cache_get_entities(sqlite3 *db, const struct corpus *c);
/* The set of a cache file opened as the connection's main, its article i taken as c's
 * map[i] (none: UINT32_MAX, its mentions left out); NULL when damaged. */
struct entity_set *index_cache_get_entities_mapped(sqlite3 *db, const struct corpus *c,
						   const uint32_t *map, size_t nmap);
/* A temporary file beside path for a write (FILE.tmp-XXXXXX in tmp, locked with flock,
 * stale ones of killed writers removed first); its descriptor or -1 with errno. */
int index_cache_temp(char *tmp, const char *path);
/* ATTACH path AS cache on ix->db, read mostly through the page cache; the name is kept
 * (ix->cache_name) for index_cache_reattach(); index_cache_renamed() after a rename. */
enum index_status index_cache_attach_file(struct index *ix, const char *path);
void index_cache_renamed(struct index *ix, const char *path);
/* The run's own empty tables go (the cache's answer in their place), or come back. */
enum index_status index_cache_drop_own(struct index *ix);
enum index_status index_cache_restore_own(struct index *ix);

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
/* Bind the article row's columns ?1..?8 (id, path, title, source, date, date_key, hash,
 * doc). */
void index_bind_article(sqlite3_stmt *s, uint32_t id, int64_t doc, const struct article *a);
/* The per-type article sets, from the entity set (after index_add_entities). */
void index_query_type_bits(struct index *ix, const struct entity_set *es);
/* The content-hash table of is:/tag: (built on first use if not before). */
void index_query_build_hashes(struct index *ix);
/* Attach the cache file again (after its tables were detached for a while), with the
 * page cache its load gave it; an SQLite status. */
int index_cache_reattach(struct index *ix);
/* The URIs of t's two databases (entities and aliases; mentions), to attach them. */
void index_ents_uris(const struct index_ents *t, const char *uri[2]);
/*
 * The speakers of every article's quotes for the mention rows (index_said.c): workers on
 * the other cores find them ahead; index_said_take() gives article a's (a = 0, 1, 2...:
 * in order), found by a worker or now, from kept[a] when its mentions are the same as
 * when it was kept (else kept[a] is made again). index_said_stop() joins the workers.
 */
struct quote_list;
struct said_pool *index_said_start(const struct corpus *c, const struct entity_set *es,
				   struct ex_blob *kept, size_t nkept);
size_t index_said_take(struct said_pool *p, size_t a, struct quote_list *ql, uint32_t **q,
		       size_t *cap);
size_t index_said_workers(const struct said_pool *p);
void index_said_stop(struct said_pool *p);
/* Tests: n workers beside the writer, even for a few articles (-1: one per other core). */
void index_said_threads(int n);
/* Copy the entity, alias and mention tables of t into dst's main database (with their
 * indexes), inside dst's open transaction. */
int index_ents_copy(const struct index_ents *t, sqlite3 *dst);
/* With the prefix table filled, replace article id's row there: old's prefixes out (none
 * when old is NULL), a's in (inside the caller's transaction). INDEX_OK when there is
 * nothing to do. */
enum index_status index_prefix_update(struct index *ix, uint32_t id, const struct article *old,
			const struct article *a);
/* A cache updated in place (on ix->db, the cache's tables answering): add article a as
 * full-text row doc (fts, pfx and its words in doc), or remove row doc, whose text of len
 * bytes is gone, by the words the doc table kept. Inside the caller's transaction. */
enum index_status index_doc_add(struct index *ix, int64_t doc, const struct article *a);
enum index_status index_doc_remove(struct index *ix, int64_t doc, size_t len);
/* Does the doc table hold row doc's words (a cache's, or a build that keeps them)? */
bool index_doc_kept(struct index *ix, int64_t doc);
/*
 * Article id's text was let go (a TUI's first build, corpus_text.c) and the doc table has
 * no words of it: its full-text and prefix rows cannot be deleted (a contentless table
 * deletes by the values it was given), so they stay, rows of no article, and the article
 * gets a new doc, returned: the caller adds its rows.
 */
int64_t index_doc_forget(struct index *ix, uint32_t id);
/* May the free-text term text (folded; prefix: it ends in *) be answered from the pfx
 * table? Only once the table is filled, for 1-4 letters and digits. */
bool index_prefix_usable(const struct index *ix, const char *text, bool prefix);
/* Register the FTS5 function that collects a one-phrase query's articles
 * (index_query.c) on ix's connection. */
int index_register_rows(struct index *ix);
/* Free what index_query.c built. */
void index_query_cache_free(struct index *ix);

#endif
