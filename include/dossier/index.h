/* index.h -- the index of a run: SQLite (articles, FTS5, entities, mentions) behind functions. MIT licence. */
#ifndef DOSSIER_INDEX_H
#define DOSSIER_INDEX_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dossier/quote.h"

struct corpus;
struct ex_blob;
struct article;
struct entity_set;
struct entity;
struct mention;
struct cluster_set;
struct state;

/* What every index function returns (the cache's hit and miss too), so -Wswitch helps. */
enum index_status { INDEX_OK = 0, INDEX_ERROR = -1, INDEX_INTERRUPTED = -2,
		    INDEX_CACHE_MISS = 1, INDEX_CACHE_HIT = 2 };

/* A ranked full-text hit. */
struct index_hit {
	uint32_t article;	/* article id */
	double score;		/* bm25 (lower is better, as SQLite reports it) */
	char *snippet;		/* owned; body snippet with the hit in [brackets], sanitised */
};

/*
 * Progress of a build: written by the build thread, read by the UI thread. The counters
 * are C11 atomics (sequentially consistent): stage becoming INDEX_READY hands the index
 * over to the UI thread (see HACKING). The note is copied under a lock.
 */
enum index_stage { INDEX_TEXT = 0, INDEX_ENTITIES = 1, INDEX_READY = 2 };
struct index_progress {
	_Atomic size_t done;	/* steps done so far: an article's full text, its entities */
	_Atomic size_t total;	/* steps to do (the articles, twice when both are made) */
	_Atomic int stage;	/* enum index_stage */
	_Atomic int updating;	/* 1 while a persistent index is updated: done of total is
				   then the share of its steps that is done */
	_Atomic int prefixes;	/* 1 while the prefix table is filled (after INDEX_READY) */
	_Atomic int saving;	/* 1 while the index is written to the cache file */
	_Atomic int text_ready;	/* 1 once the full text is whole, before INDEX_READY: a
				   query of words, dates, sources and the state may run
				   (index_hold()), not one of entities or clusters */
	_Atomic int clustering;	/* 1 while the story clusters are found (after INDEX_READY) */
	_Atomic int clusters_done;	/* set once clusters is written (NULL: given up) */
	_Atomic int quoting;	/* 1 while the quotes are counted (after INDEX_READY, a
				   first build in the TUI): said: and the quotes view wait */
	struct cluster_set *clusters;	/* the builder's story clusters: written before
					   clusters_done is set, read (not freed) after */
	_Atomic int note_seq;	/* counted up each time a note is left */
	_Atomic int finished;	/* the build thread has returned: the corpus and the entity
				   set are the UI thread's alone (the live folder waits) */
	pthread_mutex_t lock;	/* guards note and note_error */
	char note[1024];	/* a line for the status bar from the builder */
	bool note_error;	/* the note is an error */
};
/* Zero p and make its lock. */
void index_progress_init(struct index_progress *p);
void index_progress_done(struct index_progress *p);
/* Leave a note for the status bar (copied). */
void index_progress_note(struct index_progress *p, const char *text, bool error);
/* The note, if one newer than *seen was left: copied into buf, *seen updated; true. */
bool index_progress_take_note(struct index_progress *p, int *seen, char *buf, size_t n,
			      bool *error);

struct index;

/*
 * While pending(ud) is set (not NULL), the index asks it now and then during a query and
 * stops the query when it returns non-zero: index_query_ids() and index_query_scored()
 * then return INDEX_INTERRUPTED, with no error recorded. For a live filter that must not
 * hold up the keys typed after it. NULL removes it.
 */
void index_set_interrupt(struct index *ix, int (*pending)(void *ud), void *ud);
/*
 * The query connection between "the full text is whole" (index_progress.text_ready) and
 * INDEX_READY: the builder holds it while it runs statements on it (index_hold()), and
 * lets it go while it works elsewhere (resolution, the entity tables); the UI runs a
 * query meanwhile only when index_try_hold() gets it, and lets it go after. Never a
 * statement of one thread beside the other's (nor the UI's interrupt on the builder's).
 */
void index_hold(struct index *ix);
bool index_try_hold(struct index *ix);
void index_release(struct index *ix);

/* Open an empty index (an anonymous temporary database, gone when closed). Returns NULL with a message in err on failure. */
struct index *index_open(char *err, size_t errlen);
void index_close(struct index *ix);
/* The last error as one clean line (never raw SQL). */
const char *index_error(const struct index *ix);

/* Insert every article (metadata + folded title/body into FTS5), in one transaction. */
enum index_status index_add_corpus(struct index *ix, const struct corpus *c, struct index_progress *p);
/* The same, telling holds (NULL: none) when each article's text is in (corpus.h), as the
 * lagging reader; p->done counts up once an article (the caller sets p->total). */
struct text_holds;
enum index_status index_add_corpus_held(struct index *ix, const struct corpus *c,
					struct index_progress *p, struct text_holds *holds);
/*
 * Fill the prefix table that answers short prefixes (`mar*`) of the filter quickly, after
 * index_add_corpus(); until it is done they go through the full-text index (slower, the
 * same answer). Stops early (INDEX_ERROR, no error text) when *stop becomes non-zero.
 * It runs on the build thread's own connection while the UI thread queries: its error
 * is index_build_error()'s, never index_error()'s.
 */
enum index_status index_build_prefixes(struct index *ix, volatile int *stop);
/* The last error of the build thread's work after "ready" (prefixes, cache copy). */
const char *index_build_error(const struct index *ix);
/* Insert entities, aliases and mentions. The index keeps a pointer to es (not owned). */
enum index_status index_add_entities(struct index *ix, const struct entity_set *es);
/*
 * The same in two steps, so the first can run on another thread while index_add_corpus()
 * runs: build the tables in a database of their own (NULL and a message in err on
 * failure), then attach them (taking ownership; freed on failure, and by index_close()).
 */
struct index_ents;
/* c (may be NULL: no quotes counted) is the corpus es was made from: the mention rows
 * count each entity's quotes in the article (said:). kept_quotes (may be NULL; nkept of
 * them, struct ex_blob of entity.h) are the quotes of articles as the index cache keeps
 * them: one whose mentions are the same is not read again; the others are read, and
 * what they give is kept there (marked fresh). */
struct index_ents *index_ents_build(const struct corpus *c, const struct entity_set *es,
				    struct ex_blob *kept_quotes, size_t nkept,
				    char *err, size_t errlen);
enum index_status index_attach_entities(struct index *ix, struct index_ents *ents);
void index_ents_free(struct index_ents *ents);
/*
 * The quotes of t's mention rows counted now, when index_ents_build() was given no corpus
 * (the TUI's first build counts them after "ready"): c and es are what t was built
 * from, kept_quotes as for index_ents_build(). Runs on the build thread while t is
 * attached and queried (index_said.c): each batch of rows is written in a transaction
 * of its own. Stops early (INDEX_ERROR, err "") when *stop becomes non-zero.
 */
enum index_status index_ents_count_quotes(const struct index_ents *t, const struct corpus *c,
					  const struct entity_set *es,
					  struct ex_blob *kept_quotes, size_t nkept,
					  volatile int *stop, char *err, size_t errlen);
/* The entity tables rebuilt from es, put in place of the attached ones (the screen after a
 * correction); es is not owned and becomes what the index reads. Over a cache file's
 * tables too (which stay in the file, unchanged: the next launch makes them again). */
enum index_status index_replace_entities(struct index *ix, struct entity_set *es);
/* The kept quotes of the n articles (index_ents_build()) that a later correction's
 * tables use: taken (freed by index_close()). */
void index_keep_quotes(struct index *ix, struct ex_blob *kept, size_t n);

/*
 * The index kept in a file: the persistent index (index_cache*.c, see HACKING).
 *
 * A launch opens the file's catalog first (index_catalog_open(): the rows that describe
 * every file, not the files; NULL and the reason in why when the file is missing, of
 * another version, incomplete or damaged) and loads the corpus through
 * index_catalog_reuse(): a file whose stat is the one recorded is not read. Then
 * index_catalog_plan() compares the corpus with the catalog (corr: the corrections digest
 * the entities must be made with; scanned_ns: when this launch began to walk) and says
 * what the cache gives:
 *  - everything (plan->update false): index_cache_use() attaches the file in place of
 *    the run's own tables; *es is its entity set when want_entities (else NULL). A file
 *    replaced since the catalog was read is INDEX_CACHE_MISS (why says so);
 *  - an update: index_cache_update() copies the file to a temporary one beside it,
 *    attached in place of the run's tables, and changes it there: the full-text rows of
 *    the articles gone or changed go, the new ones' come, the article and file rows are
 *    written again; the arrays of kept (zeroed, one entry per article; each may be NULL;
 *    kept NULL: none) get what the cache keeps of every article. index_cache_update_set() puts the
 *    new entity set in, index_cache_update_entities() its tables (t: taken; es: not
 *    owned) and the fresh entries of kept, and commits; queries answer from the copy. index_cache_kept() reads the kept
 *    entries of a cache used as it is.
 *    index_cache_commit(), after the answer, gives the copy the cache's name (synced,
 *    renamed). On an error, index_cache_abandon() drops the copy: the index is then
 *    empty, to be built as without a cache.
 * index_cache_refresh() writes in place (on a connection of its own, any thread), after an
 * answer from a used cache, the stat of files read again without a change (p->restat)
 * and the skipped files, so that they are not read next time.
 * Without a usable file the index is built and index_cache_save() writes it, with kept
 * (what is kept of each article, may be NULL) and the time its files were looked at, to
 * FILE through a temporary file and a rename; only over nothing, an empty file or an
 * earlier cache (never a file that is not one); *stop set by another thread abandons it
 * (INDEX_ERROR, err empty). index_keep_terms() before the prefix table is filled keeps
 * each article's words (the doc table) that a later update needs.
 * index_cache_live() marks an attached cache as changed in place before the live folder or
 * an :edit changes it: its rows of articles, files and full text stay true (the live
 * writes keep them so), its entities are approximate, so the next launch updates it
 * (resolves the corpus again from the kept extractions) instead of using it as it is.
 */
struct index_catalog;
struct ex_blob;
struct corpus_reuse;
/* What the cache keeps per article by content hash (struct ex_blob, entity.h): its
 * extraction (entities_build_kept()), its story signature (cluster_build_kept()) and its
 * quotes (index_ents_build()); each an array of one per article, or NULL. And the story
 * clusters found from the signatures (not owned; NULL: none kept, found again). */
struct cluster_set;
struct index_kept {
	struct ex_blob *blobs, *sigs, *quotes;
	const struct cluster_set *clusters;
};
struct index_plan {
	uint32_t *doc_of;	/* owned; per article id, its full-text row */
	uint32_t *removed;	/* owned; the rows of articles gone or changed */
	uint32_t *removed_len;	/* owned; the length of their texts then */
	size_t nnew, nremoved;	/* articles with a new row; rows removed */
	uint32_t first_new;	/* the new rows are numbered from here */
	uint32_t *restat;	/* owned; articles found with another stat (read again) */
	size_t nrestat;
	uint32_t *repath;	/* owned; articles found under another path, the rest */
	size_t nrepath;		/* of their rows as kept */
	bool skipped;		/* the files skipped as binary data are others */
	bool settle;		/* files read for being modified just before the cache
				   looked at them are settled now (scanned moves on) */
	bool rows;		/* the article rows change (ids, dates, titles; not paths alone) */
	bool entities;		/* the entities are made again */
	bool folders;		/* the folders (or the paths skipped) are not as recorded */
	bool stat;		/* files were read, moved or are gone: their rows change */
	bool update;		/* the cache is updated (a copy); else used as it is */
	char why[128];		/* "2 new, 1 removed" */
};
struct index_catalog *index_catalog_open(const char *file, char *why, size_t whylen);
const struct corpus_reuse *index_catalog_reuse(struct index_catalog *k);
/*
 * A walk skipped: when the folders the file recorded all stat as then (nothing added,
 * removed or renamed under them, nothing skipped, the same paths, size limit and time
 * zone), a launch need not list them again: index_cache_listable() says so from the file
 * (a connection of its own, so that it can run while the catalog is read), and
 * index_catalog_list() gives c (defer set) the catalog's files and folders as the walk
 * would have listed them, checked again on the catalog's own connection; each file is
 * still stat()ed, so a file edited in place is read, unless trust: then a file settled
 * when the index was written is taken with the stat it had (for a TUI whose live folder
 * looks at every file once it runs, and re-reads the ones edited). False: walk.
 */
bool index_cache_listable(const char *file, char *const *paths, size_t npaths,
			  size_t max_size);
bool index_catalog_list(struct index_catalog *k, struct corpus *c, char *const *paths,
			size_t npaths, int nthreads, bool trust);
void index_catalog_plan(struct index_catalog *k, const struct corpus *c, const char *corr,
			int64_t scanned_ns, struct index_plan *p);
void index_plan_free(struct index_plan *p);
void index_catalog_close(struct index_catalog *k);
enum index_status index_cache_use(struct index *ix, struct index_catalog *k,
				  const struct corpus *c, const struct index_plan *p,
				  bool want_entities, struct entity_set **es, char *why,
				  size_t whylen);
enum index_status index_cache_update(struct index *ix, struct index_catalog *k,
				     const struct corpus *c, const struct index_plan *p,
				     struct index_kept *kept);
/* The tables an update makes again from the new entity set emptied (and the kept
 * extractions of texts gone), once the text is whole: apart, so that the filter may
 * search the text first. */
enum index_status index_cache_update_clear(struct index *ix);
/* The entity set itself into the update (es_entity, es_mentions), while its tables are
 * made on other threads; index_cache_update_entities() then puts the rest. */
enum index_status index_cache_update_set(struct index *ix, const struct entity_set *es);
enum index_status index_cache_update_entities(struct index *ix, struct index_ents *t,
					      struct entity_set *es,
					      const struct index_kept *kept, int64_t scanned_ns);
enum index_status index_cache_kept(struct index *ix, const struct corpus *c,
				   struct index_kept *kept);
/* The kept entries of every article of c read from k's file through a connection of its
 * own (any thread, beside index_cache_update() with kept NULL), when the file is still
 * the one the catalog read. */
enum index_status index_catalog_kept_apart(const struct index_catalog *k,
					   const struct corpus *c, struct index_kept *kept);
/* The entity set the cache file held, its articles this run's that are the same texts
 * (the others have no mentions): what the screen shows, browse only, while an update
 * makes the set again. NULL when the file cannot give it. Its own connection. */
struct entity_set *index_catalog_stale_entities(const struct index_catalog *k,
						const struct corpus *c);
/* A cache file that cannot be used as it is (marked out of date by a live change or an
 * :edit, an update that failed) still holds the extractions of this build's model by
 * content hash: into blobs (one per article of c, empty), marked fresh so that the file
 * written next keeps them; a rebuild decodes them instead of extracting. How many. */
size_t index_cache_salvage(const char *file, const struct corpus *c, struct ex_blob *blobs);
/* The same from the catalog's own connection to the file whose rows it read (the same
 * write as a cache then used as it is): another thread may read them while the index
 * attaches the file and loads its entities. INDEX_ERROR says nothing more. */
enum index_status index_catalog_kept(struct index_catalog *k, const struct corpus *c,
				     struct index_kept *kept);
/* The story clusters the attached cache keeps for corpus c (used as it is), or NULL when it
 * keeps none (found from the signatures then). Free with cluster_set_free(). */
struct cluster_set *index_cache_clusters(struct index *ix, const struct corpus *c);
enum index_status index_cache_commit(struct index *ix, const char *file, char *err,
				     size_t errlen);
void index_cache_abandon(struct index *ix);
enum index_status index_cache_refresh(const char *file, const struct corpus *c,
				      const struct index_plan *p, int64_t scanned_ns, char *err,
				      size_t errlen);
enum index_status index_cache_save(struct index *ix, const char *file,
				   const struct index_kept *kept, int64_t scanned_ns,
				   volatile int *stop, char *err, size_t errlen);
void index_keep_terms(struct index *ix);
enum index_status index_cache_live(struct index *ix);
/*
 * The entity corrections the entity tables are made with, as the cache validates and
 * keeps them: digest (corr_digest(); NULL keeps the one set) and how many mentions each applied to ("3 0 12",
 * may be NULL). Set before index_cache_load() (a cache made with other corrections is a
 * miss) and before index_cache_save(); after a hit, index_corrections_used() gives
 * the counts kept with the cache (NULL when it kept none).
 */
void index_set_corrections(struct index *ix, const char *digest, const char *used);
const char *index_corrections_used(const struct index *ix);

/*
 * After an outside edit: read article id's file again and replace the article in the
 * corpus (same id), its row and full-text row, and its mentions in the entity set and the
 * tables (re-extracted; resolution across articles is approximate until the next launch,
 * see reindex.c). Only once the index is built, from the thread that queries it. The
 * hash the article had goes to old_hash (its triage state is keyed by it). On an error
 * nothing changes and index_error() says why ("cannot re-read PATH: ...").
 */
enum index_status index_reread_article(struct index *ix, uint32_t id, char old_hash[33]);

/* index_reread_article()'s work on an article the caller read (a, owned from now on,
 * freed on an error): the live folder reads its files on a thread of its own. */
enum index_status index_replace_article(struct index *ix, uint32_t id, struct article *a,
					char old_hash[33]);

/*
 * The live folder (watch.h), each once the index is built, from the thread that queries
 * it, while no other thread reads the corpus; a cache file attached is marked out of
 * date first. Add: article a (owned from now on) goes to the end of the corpus c (the
 * index's, given here writable) as id *id, and into the index as a re-read article does
 * (text, prefixes, entities; resolution across articles approximate, see reindex.c).
 * Remove: article id is replaced by an empty stand-in marked gone (its text, mentions and
 * prefixes leave the index; its id stays, so no other article's changes). Move: article
 * id's file is now a's (the same text at another path; a owned from now on): its path and
 * what comes from the path (source, date) change, nothing is extracted again; with
 * another text it is index_replace_article(). INDEX_ERROR and index_error() on a failure.
 */
enum index_status index_add_article(struct index *ix, struct corpus *c, struct article *a,
				    uint32_t *id);
enum index_status index_remove_article(struct index *ix, struct corpus *c, uint32_t id);
enum index_status index_move_article(struct index *ix, uint32_t id, struct article *a);
/*
 * The full-text row (doc) of each of the n articles, doc_of[id], when they are not the
 * ids (a cache updated in place; NULL: the same). Set before the index is queried.
 */
void index_set_docs(struct index *ix, const uint32_t *doc_of, size_t n);

/* Attach the triage state as schema "st" so queries can read is:/tag: terms. */
enum index_status index_attach_state(struct index *ix, struct state *st);

/*
 * The story clusters that is:duplicate and cluster: read (cluster.h; not owned, kept until
 * replaced; NULL: none yet, and those terms match nothing). Set by the thread that
 * queries, once they are built (cluster_build() runs on its own, after the index).
 */
struct cluster_set;
void index_set_clusters(struct index *ix, const struct cluster_set *cs);
const struct cluster_set *index_clusters(const struct index *ix);

/* The corpus and entities the index was built from (NULL until added). */
const struct corpus *index_corpus(const struct index *ix);
const struct entity_set *index_entities(const struct index *ix);
/*
 * While an update of the persistent index makes the entity set again, the screen may show
 * the set the file held (index_catalog_stale_entities()), browse only: the builder hands
 * it over once (index_set_stale_ents(), the index owns it); index_entities_shown() is the
 * set when there is one, else that one; the screen's thread takes it back to free it once
 * the index is ready (index_take_stale(): NULL when there is none), no pointer into it
 * kept.
 */
void index_set_stale_ents(struct index *ix, struct entity_set *es);
const struct entity_set *index_entities_shown(const struct index *ix);
struct entity_set *index_take_stale(struct index *ix);
size_t index_narticles(const struct index *ix);
const struct article *index_article(const struct index *ix, uint32_t id);

/*
 * Full-text search of free text (words are ANDed; folded like the index). Results in
 * rank order, title matches weighted above body. *hits is owned by the caller: free with
 * index_hits_free(). Returns INDEX_OK, or INDEX_ERROR with index_error() set.
 */
enum index_status index_search_text(struct index *ix, const char *text, size_t limit,
		      struct index_hit **hits, size_t *n);
void index_hits_free(struct index_hit *hits, size_t n);

/*
 * Run a compiled query (SQL selecting article ids; parameters bound in order as text).
 * Calls fn for every id in result order. Used by the query language.
 */
enum index_status index_select_ids(struct index *ix, const char *sql, const char *const *params,
		     size_t nparams, void (*fn)(void *ud, uint32_t id), void *ud);

struct query;
/*
 * The articles matching a parsed query, ascending ids: what running query_sql(q, flags)
 * through index_select_ids() gives, evaluated as article bitsets instead (FTS5 for the
 * free text, the entity set for type:, state rows for is: and tag:), so a broad term
 * costs its own matches, not a pass over every article. flags: QUERY_HIDE_ARCHIVED.
 */
enum index_status index_query_ids(struct index *ix, const struct query *q, unsigned flags,
		    void (*fn)(void *ud, uint32_t id), void *ud);
/*
 * The same articles ranked as query_sql_ranked() through index_select_scored() ranks
 * them (bm25 of the free text, title x10, best first, then newest), with their scores;
 * only the free text goes through FTS5's ranking, every other term through the bitsets.
 */
enum index_status index_query_scored(struct index *ix, const struct query *q, unsigned flags,
		       void (*fn)(void *ud, uint32_t id, double score), void *ud);
/* The same, the best limit of them only (0: all): what a ranked search prints. */
enum index_status index_query_top(struct index *ix, const struct query *q, unsigned flags,
				  size_t limit,
				  void (*fn)(void *ud, uint32_t id, double score), void *ud);

/* A count attached to an id (co-occurring entities). */
struct index_count {
	uint32_t id;
	uint32_t count;
};

/* One mention of an entity somewhere in the corpus. */
struct index_mention {
	uint32_t article;
	uint32_t start, end;	/* byte offsets in the article text */
};

/* Articles that mention entity (ascending ids); *ids owned by the caller. */
enum index_status index_entity_articles(struct index *ix, uint32_t entity, uint32_t **ids, size_t *n);
/* Articles that mention both a and b (ascending ids); *ids owned by the caller. */
enum index_status index_articles_with_both(struct index *ix, uint32_t a, uint32_t b, uint32_t **ids,
			     size_t *n);
/* Entities that share articles with entity, most shared first; *out owned by the caller. */
enum index_status index_cooccurring(struct index *ix, uint32_t entity, struct index_count **out, size_t *n);
/* Every mention of entity, by article then offset; *out owned by the caller. */
enum index_status index_entity_mentions(struct index *ix, uint32_t entity, struct index_mention **out,
			  size_t *n);

/* The entities entity:NAME names (its folded name is their name's or an alias's), in
 * ascending ids; none is not an error. *ids owned by the caller. */
enum index_status index_entities_named(struct index *ix, const char *name, uint32_t **ids,
				       size_t *n);
/* Per article, the mentions of the entities ids (summed when several): id is the article,
 * count its mentions; ascending articles, each once. *out owned by the caller. */
enum index_status index_entity_counts(struct index *ix, const uint32_t *ids, size_t nids,
				      struct index_count **out, size_t *n);
/* The quotes of article id (quote_article() with the index's entity set: corrections
 * and edits apply); out is emptied first. INDEX_OK (none before the entities are in). */
struct quote_list;
enum index_status index_article_quotes(const struct index *ix, uint32_t id,
				       struct quote_list *out);
/* One quote somewhere in the corpus. */
struct index_quote {
	uint32_t article;
	struct quote q;
};
/* Every quote whose speaker is entity, by article then place; *out owned by the caller. */
enum index_status index_entity_quotes(struct index *ix, uint32_t entity, struct index_quote **out,
				      size_t *n);
/*
 * The quotes of articles as the persistent index keeps them (with who said each quote,
 * index_said.c), for `dossier quotes` to answer without reading the texts: a reader on
 * the attached cache (NULL when none is: the index was built in this run), then per
 * article its quotes as quote_article() gives them for its mentions m[0..nm) in the
 * entity set now (true), or false when none fit them (another set of mentions, none
 * kept): then the text must be scanned. Free the reader before the index is closed.
 */
struct index_quote_reader;
struct article;
struct mention;
struct index_quote_reader *index_quote_reader(struct index *ix);
bool index_quote_read(struct index_quote_reader *r, const struct article *a,
		      const struct mention *m, size_t nm, struct quote_list *out);
void index_quote_reader_free(struct index_quote_reader *r);
/* index_quote_read()'s decoding: the quotes kept in b (struct ex_blob, entity.h) for
 * mentions m[0..nm) into out (emptied); false when b does not fit them. */
bool index_kept_quotes(const struct ex_blob *b, const struct mention *m, size_t nm,
		       struct quote_list *out);
/* Mark in quoted[0..n) the articles where entity says a quote (the mention rows' quotes
 * count, said:): the only ones whose quotes can be the entity's. */
enum index_status index_quoted_in(struct index *ix, uint32_t entity, bool *quoted, size_t n);

/* index_select_ids() for statements whose second column is a score. */
enum index_status index_select_scored(struct index *ix, const char *sql, const char *const *params,
			size_t nparams, void (*fn)(void *ud, uint32_t id, double score), void *ud);
/* A one-line snippet of the article around the first word matching one of the folded
 * terms (a trailing '*' is a prefix), the hit in [brackets]; "" if none. Caller frees. */
char *index_snippet(const struct index *ix, uint32_t article, char *const *terms, size_t n);
/* The same for an article read by the caller (its text loaded). */
char *index_snippet_of(const struct article *a, char *const *terms, size_t n);

/*
 * A search answered by a persistent index file alone (index_cache_direct.c), for the
 * commands: index_direct_open() gives NULL unless the file, written whole by this build,
 * was made from exactly these paths (as spelt) and size limit, its walk skipped nothing, and every
 * folder it walked stats as it did then (names added, removed or renamed move a folder's
 * mtime). A file edited in place is not seen: the caller reads each hit's file and
 * compares its hash (struct index_row), and gives up on a difference.
 */
struct index_direct;
struct query;
struct index_row {
	uint32_t article;	/* its id in the file's article table */
	double score;		/* as index_query_top() gives it */
	const char *path, *title, *date, *hash;	/* valid during the callback */
	const char *source;	/* index_direct_list() only, as the next six */
	size_t path_len, title_len, source_len;	/* their bytes (no strlen() a row) */
	int32_t date_key;
	uint32_t words;
	size_t len;
	bool date_from_mtime;
	uint64_t dev, ino;	/* the file's stat when the index looked */
	int64_t size, mtime_ns;
	unsigned clean;		/* INDEX_CLEAN_*: which strings are their own clean line
				   (text_is_clean_line()), as the index knows; 0: unknown */
};
enum { INDEX_CLEAN_PATH = 1, INDEX_CLEAN_TITLE = 2, INDEX_CLEAN_SOURCE = 4,
       INDEX_CLEAN_DATE = 8 };
struct index_direct *index_direct_open(const char *file, char *const *paths, size_t npaths,
				       size_t max_file_size);
/* The corrections digest its entity tables were made with (corr_digest()). */
const char *index_direct_corrections(const struct index_direct *d);
enum index_status index_direct_attach_state(struct index_direct *d, struct state *st);
/* The state let go (before it is written). */
void index_direct_close_state(struct index_direct *d);
/* The matches of q best first (the order of index_query_top()), at most limit (0: all). */
enum index_status index_direct_top(struct index_direct *d, const struct query *q,
				   unsigned flags, size_t limit,
				   void (*fn)(void *ud, const struct index_row *r), void *ud);
/* The articles q matches (NULL: all) by id, the corpus's order (by path). `dossier list`
 * sorts them itself: SQLite's sorter was a third of a `list --query` of 88k articles. */
enum index_status index_direct_list(struct index_direct *d, const struct query *q,
				    unsigned flags,
				    void (*fn)(void *ud, const struct index_row *r), void *ud);
/* One mention of index_direct_mentions(). */
struct index_named_mention {
	uint32_t start, end;	/* bytes in the file as stored */
	uint32_t entity;	/* its id */
	uint8_t type;		/* enum ent_type */
	const char *canonical;	/* the entity's name, valid during the callback */
	const char *surface;	/* its bytes as the index knows them, valid during the
				 * callback, when the file stats as recorded (r's dev, ino,
				 * size and mtime); NULL: read them in the file */
};
/* The mentions of the entities whose key, or an alias folded, is key (the folded name, as
 * `quotes --entity` names them), article by article in id order: fn(ud, r, v, n) with the
 * article's row (path, hash, len, the file's stat) and its mentions of them in text order;
 * fn returns false to stop. *named: some entity has the name. INDEX_ERROR on a damaged
 * row. */
enum index_status index_direct_mentions(struct index_direct *d, const char *key, bool *named,
					bool (*fn)(void *ud, const struct index_row *r,
						   const struct index_named_mention *v, size_t n),
					void *ud);
/* The entities of a type (-1: all), most articles first, then most mentions, then by id
 * (`dossier entities`); e is valid during the callback. */
enum index_status index_direct_entities(struct index_direct *d, int type,
					void (*fn)(void *ud, const struct entity *e),
					void *ud);
void index_direct_close(struct index_direct *d);

/* Quote-safe FTS5 expression for plain words: every token folded and double-quoted. */
char *index_fts_words(const char *text);

#endif
