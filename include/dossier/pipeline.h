/* pipeline.h -- one load pipeline: corpus -> index -> entities -> cache, for the TUI and every command. MIT licence. */
#ifndef DOSSIER_PIPELINE_H
#define DOSSIER_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct corpus;
struct corr;
struct entity_set;
struct index;
struct index_progress;

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
	const char *cache;		/* --cache FILE, NULL for none */
	struct index_progress *progress;	/* may be NULL; stages and counts for a UI */
	volatile int *stop;		/* may be NULL; set by another thread: give up */
	void (*after_text)(void *ud);	/* may be NULL; called once the full text is in, */
	void *ud;			/* while entities may still be extracted */
	const struct corr *corr;	/* not owned; the reader's entity corrections
					   (state_corrections()), applied after resolution */
	size_t ncorr;
	/* set by pipeline_build() */
	struct entity_set *es;		/* owned by the caller (entity_set_free) */
	bool cached;			/* index and entities came from the cache file */
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
 * Build what p asks for: from the cache file when it fits the corpus, else the full text
 * on this thread while another extracts the entities (and fills their tables), then the
 * tables are attached. Returns 0, or -1 with p->err set (the index may be incomplete;
 * entities are there when extraction worked). progress->stage is INDEX_READY after it,
 * either way.
 */
int pipeline_build(struct pipeline *p);
/*
 * The work after "ready": the story clusters (want_clusters; from the corpus alone, no
 * connection: progress->clusters gets them, then clusters_done is set), then, on the
 * build thread's own connection, the prefix table that answers short prefixes, then the
 * cache file when the cache was missed. 0, or -1 with p->err set ("" when *stop ended
 * it). progress->clustering, ->prefixes and ->saving say which runs.
 */
int pipeline_finish(struct pipeline *p);
/* Only the story clusters, as pipeline_finish() finds them (the TUI's build thread after a
 * build that failed: the clusters do not need the index). */
void pipeline_clusters(struct pipeline *p);

#endif
