/* pipeline.h -- one load pipeline: corpus -> index -> entities -> cache, for the TUI and every command. MIT licence. */
#ifndef DOSSIER_PIPELINE_H
#define DOSSIER_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dossier/index.h"

struct corpus;
struct corr;
struct entity_set;
struct ex_blob;
struct index;
struct index_catalog;
struct index_progress;

/*
 * Where the persistent index lives (set cache, --cache, --no-cache):
 * PIPELINE_CACHE_AUTO   a file of its own per set of paths opened, in
 *                       $XDG_CACHE_HOME/dossier/ (default ~/.cache/dossier/), for a corpus
 *                       of at least PIPELINE_CACHE_MIN_FILES files (the bundled seeds and
 *                       other tiny corpora are built in memory: faster than the file);
 * PIPELINE_CACHE_FILE   the file named, whatever the corpus;
 * PIPELINE_CACHE_NO     none: everything is built in memory at each launch.
 */
enum pipeline_cache { PIPELINE_CACHE_AUTO, PIPELINE_CACHE_FILE, PIPELINE_CACHE_NO };
#define PIPELINE_CACHE_MIN_FILES 100

/*
 * What is built from a loaded corpus, and how. The TUI runs it on its build thread and
 * the commands on theirs: the same threads (the full text on one core while entities
 * are extracted on the other), the same cache decision.
 */
struct pipeline {
	/* set by the caller */
	const struct corpus *c;		/* not owned */
	struct index *ix;		/* not owned; index_open()ed; NULL: entities only */
	bool want_entities;		/* extract entities */
	bool want_prefixes;		/* pipeline_finish() fills the prefix table (the
					   TUI's filter; a cache write fills it anyway) */
	bool want_clusters;		/* pipeline_finish() finds the story clusters */
	bool want_sigs;			/* a used cache gives its story signatures (the
					   caller calls pipeline_clusters()) */
	bool defer_quotes;		/* a build counts the quotes of the mention rows in
					   pipeline_finish(), after "ready" (the TUI's:
					   progress->quoting says when they are in) */
	enum pipeline_cache cache_mode;
	const char *cache_file;		/* PIPELINE_CACHE_FILE: the file */
	struct index_progress *progress;	/* may be NULL; stages and counts for a UI */
	volatile int *stop;		/* may be NULL; set by another thread: give up */
	void (*after_text)(void *ud);	/* may be NULL; called once the full text is in, */
	void *ud;			/* while entities may still be extracted */
	const struct corr *corr;	/* not owned; the reader's entity corrections
					   (state_corrections()), applied after resolution */
	size_t ncorr;
	bool recheck;			/* walk the folders even when the cache file says
					   they have not moved (index_cache_listable()) */
	bool trust_listed;		/* ...and then take the stat the file recorded of
					   each settled file (a TUI whose live folder looks
					   at every file once it runs) */
	bool let_go;			/* a build lets each text go once the full text
					   and the extraction read it (article_let_go():
					   the TUI's, which reads the open article only) */
	bool show_stale;		/* an update of the cache hands the screen the set
					   the file held meanwhile (index_set_stale_ents()) */
	/* set by pipeline_load() */
	char *cache;			/* owned; the cache file in use, or NULL */
	int64_t scanned_ns;		/* when the walk began */
	struct index_catalog *catalog;	/* owned; the cache's rows of files, or NULL */
	/* set by pipeline_build() */
	struct entity_set *es;		/* owned by the caller (entity_set_free) */
	bool cached;			/* index and entities came from the cache file (used
					   as it was, or updated) */
	bool updated;			/* ... updated: pipeline_finish() renames it */
	struct index_plan plan;		/* what the cache gave (with a catalog) */
	struct ex_blob *blobs;		/* owned; each article's extraction, to be kept */
	struct ex_blob *sigs;		/* owned; each article's story signature (cluster.h),
					   from the cache or to be kept */
	struct ex_blob *quotes;		/* owned; each article's quotes (index_ents_build()) */
	struct text_holds *holds;	/* owned, while a build lets the texts go */
	struct index_ents *quote_tables;	/* not owned (the index's); the entity tables
					   whose quotes pipeline_finish() counts, or NULL */
	struct cluster_set *kept_clusters;	/* owned; the clusters the cache kept (a hit)
					   or an update found, until pipeline_clusters() */
	struct cluster_set *clusters;	/* owned by the caller (cluster_set_free); set by
					   pipeline_finish() with want_clusters, NULL
					   when stopped */
	uint32_t *corr_used;		/* owned (free()); per correction, the mentions it
					   applied to (0: unused); NULL when ncorr is 0 or the
					   entities were not built */
	bool save;			/* a cache miss: pipeline_finish() writes the file */
	char why[512];			/* why the cache was not used ("" when it was, or
					   when there was none yet) */
	char err[512];			/* what failed, one line */
};

/*
 * Load the corpus c of paths (c's on_skip and max_file_size set): walk them, decide on the
 * cache file (p->cache_mode; AUTO needs PIPELINE_CACHE_MIN_FILES files), read its catalog
 * and read only the files it does not describe as they are (nthreads threads; *done
 * counts files, *total gets how many when not NULL). Returns false when a given path
 * could not be read (the others are loaded).
 */
bool pipeline_load(struct pipeline *p, struct corpus *c, char **paths, size_t npaths,
		   int nthreads, volatile size_t *done, volatile size_t *total);
/* The cache file of auto mode for these paths (owned), or NULL when there is no folder
 * for it ($XDG_CACHE_HOME and $HOME unset). */
char *pipeline_cache_path(char **paths, size_t npaths);
/* The folders of file, made private (0700) when they are not there (pipeline_path.c). */
void pipeline_make_folders(const char *file);
/* What pipeline_load() and pipeline_build() hold: the catalog, blobs, plan, cache name. */
void pipeline_free(struct pipeline *p);

/*
 * Build what p asks for: from the cache file when it fits the corpus, else the full text
 * on this thread while another extracts the entities (and fills their tables), then the
 * tables are attached. Returns 0, or -1 with p->err set (the index may be incomplete;
 * entities are there when extraction worked). progress->stage is INDEX_READY after it,
 * either way.
 */
int pipeline_build(struct pipeline *p);
/*
 * The work after "ready" (and, for a command, after its answer): the story clusters
 * (want_clusters; from the corpus alone, no connection: progress->clusters gets them,
 * then clusters_done is set), then, on the build thread's own connection, the prefix
 * table that answers short prefixes, then the cache file when the cache was missed; an
 * updated cache takes the cache's name; a used one learns the stat of files read again.
 * 0, or -1 with p->err set ("" when *stop ended it). progress->clustering, ->prefixes
 * and ->saving say which runs.
 */
int pipeline_finish(struct pipeline *p);
/* Only the story clusters, as pipeline_finish() finds them (the TUI's build thread after a
 * build that failed: the clusters do not need the index). */
void pipeline_clusters(struct pipeline *p);

#endif
