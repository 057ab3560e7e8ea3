/* pipeline.c -- one load pipeline: corpus -> index -> entities -> cache, for the TUI and every command. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/pipeline.h"
#include "dossier/util.h"

/*
 * The TUI's build thread and cli.c's commands once built the index in two different
 * ways (the TUI on two cores, the commands one stage after the other: `dossier stats`
 * on 10k articles took 3.4 s where the TUI was fully indexed in 1.4 s). This file is the
 * one way: the caller loads the corpus and opens the index, pipeline_build() fills both,
 * pipeline_finish() does what can wait.
 */

/* The extraction thread's work and results. */
struct job {
	struct pipeline *p;
	struct index_ents *ents;	/* the entity tables, until attached */
	char err[256];
};

/* The counts of p->corr_used as the cache keeps them: "3 0 12". */
static char *
used_text(const struct pipeline *p)
{
	struct sbuf b = {0};
	size_t i;

	for (i = 0; i < p->ncorr; i++)
		sb_printf(&b, "%s%u", i ? " " : "", (unsigned)p->corr_used[i]);
	return b.data;
}

/* The reader's corrections, after resolution and before any table is made of the set. */
static void
correct(struct pipeline *p)
{
	char *used;

	if (!p->ncorr || !p->es)
		return;
	p->corr_used = xcalloc(p->ncorr, sizeof *p->corr_used);
	corr_apply(&p->es, p->c, p->corr, p->ncorr, p->corr_used);
	if (p->ix) {
		used = used_text(p);
		index_set_corrections(p->ix, NULL, used);
		free(used);
	}
}

/* The counts a cache hit kept, back into p->corr_used. */
static void
used_from_cache(struct pipeline *p)
{
	const char *t = index_corrections_used(p->ix);
	char *end;
	size_t i;

	if (!p->ncorr)
		return;
	p->corr_used = xcalloc(p->ncorr, sizeof *p->corr_used);
	for (i = 0; t && i < p->ncorr; i++, t = end)
		p->corr_used[i] = (uint32_t)strtoul(t, &end, 10);
}

static void *
extract_job(void *ud)
{
	struct job *j = ud;

	j->p->es = entities_build(j->p->c);
	correct(j->p);
	/* Their tables too, while the other thread may still be writing the full text. */
	if (j->p->ix)
		j->ents = index_ents_build(j->p->c, j->p->es, j->err, sizeof j->err);
	return NULL;
}

static void
set_stage(struct pipeline *p, enum index_stage s)
{
	if (p->progress)
		p->progress->stage = s;
}

/* A line for the UI's status bar, when there is a UI. */
static void
note(struct pipeline *p, const char *text, bool error)
{
	if (p->progress)
		index_progress_note(p->progress, text, error);
}

/* The index and entities from the cache file: 1 a hit, 0 a miss (build them), -1 an
 * error halfway through switching to it. */
static int
from_cache(struct pipeline *p)
{
	char why[256];

	switch (index_cache_load(p->ix, p->c, p->cache, &p->es, why, sizeof why)) {
	case INDEX_CACHE_HIT:
		p->cached = true;
		used_from_cache(p);
		return 1;
	case INDEX_ERROR:
		snprintf(p->err, sizeof p->err, "%s", index_error(p->ix));
		return -1;
	default:
		p->save = true;
		/* A miss is normal; said unless it is the first run. */
		if (strcmp(why, "no cache yet") != 0) {
			snprintf(p->why, sizeof p->why, "%s", why);
			snprintf(why, sizeof why, "Index cache not used (%.180s): rebuilding it",
				 p->why);
			note(p, why, false);
		}
		return 0;
	}
}

/* Everything is in (or given up): the UI may use the index from now on. */
static int
ready(struct pipeline *p, bool ok)
{
	if (p->progress) {
		if (ok && !p->cached && p->ix) {
			p->progress->prefixes = p->want_prefixes;
			p->progress->saving = p->save;
		}
		if (ok)
			p->progress->done = p->progress->total;
	}
	if (!ok) {
		char msg[600];

		p->save = false;
		snprintf(msg, sizeof msg, "%s; search and entities are incomplete", p->err);
		note(p, msg, true);
	}
	set_stage(p, INDEX_READY);
	bench_mark("indexed");
	return ok ? 0 : -1;
}

int
pipeline_build(struct pipeline *p)
{
	struct job j = { p, NULL, "" };
	pthread_t th;
	bool threaded;
	int rc;

	p->es = NULL;
	p->clusters = NULL;
	p->corr_used = NULL;
	p->cached = p->save = false;
	if (p->ix) {
		char digest[17];

		/* A cache made with other corrections is stale. */
		corr_digest(p->corr, p->ncorr, digest);
		index_set_corrections(p->ix, digest, NULL);
	}
	p->why[0] = p->err[0] = '\0';
	if (p->progress)
		p->progress->total = p->c->n;
	set_stage(p, INDEX_TEXT);
	if (p->ix && p->cache && (rc = from_cache(p)) != 0) {
		rc = ready(p, rc > 0);
		if (rc == 0 && p->after_text)
			p->after_text(p->ud);	/* after: the index is ready without it */
		return rc;
	}
	if (!p->ix) {	/* entities only */
		if (p->want_entities) {
			p->es = entities_build(p->c);
			correct(p);
		}
		return ready(p, true);
	}
	/* Full text on this core, entities on the other; a cache needs both. */
	if (p->want_entities || p->save)
		threaded = pthread_create(&th, NULL, extract_job, &j) == 0;
	else
		threaded = false;
	if ((rc = index_add_corpus(p->ix, p->c, p->progress)) != INDEX_OK)
		snprintf(p->err, sizeof p->err, "%s", index_error(p->ix));
	bench_mark("fts_done");
	if (p->after_text)
		p->after_text(p->ud);
	if (threaded)
		pthread_join(th, NULL);
	else if (p->want_entities || p->save)
		extract_job(&j);
	bench_mark("extract_done");
	set_stage(p, INDEX_ENTITIES);
	if (!p->want_entities && !p->save)
		return ready(p, rc == INDEX_OK);
	if (!j.ents) {
		if (!p->err[0])
			snprintf(p->err, sizeof p->err, "%s", j.err);
		rc = INDEX_ERROR;
	} else if (rc != INDEX_OK) {
		index_ents_free(j.ents);
	} else if ((rc = index_attach_entities(p->ix, j.ents)) != INDEX_OK) {
		snprintf(p->err, sizeof p->err, "%s", index_error(p->ix));
	}
	return ready(p, rc == INDEX_OK);
}

void
pipeline_clusters(struct pipeline *p)
{
	if (p->progress)
		p->progress->clustering = 1;
	p->clusters = cluster_build(p->c, p->stop);
	bench_mark("clustered");
	if (p->progress) {
		p->progress->clusters = p->clusters;
		p->progress->clusters_done = 1;
		p->progress->clustering = 0;
	}
}

int
pipeline_finish(struct pipeline *p)
{
	bool stopped;
	int rc = 0;

	p->err[0] = '\0';
	if (p->want_clusters)
		pipeline_clusters(p);
	if (!p->ix || p->cached)
		return 0;
	/* Searchable already; short prefixes (`mar*`) get fast once this is done. */
	if (p->want_prefixes) {
		if (index_build_prefixes(p->ix, p->stop) != INDEX_OK) {
			stopped = p->stop && *p->stop;
			if (!stopped)
				snprintf(p->err, sizeof p->err, "%s; short prefixes are searched"
					 " without it (slower)", index_build_error(p->ix));
			p->save = false;
			rc = -1;
		}
		if (p->progress)
			p->progress->prefixes = 0;
		bench_mark("prefixes");
	}
	/* A cache holds the prefix table: index_cache_save() fills it first if need be. */
	if (p->save) {
		if (index_cache_save(p->ix, p->cache, p->stop, p->err, sizeof p->err) !=
		    INDEX_OK)
			rc = -1;	/* p->err is "" when stopped */
		bench_mark("cache_written");
	}
	if (p->progress)
		p->progress->saving = 0;
	if (rc && p->err[0])
		note(p, p->err, true);
	return rc;
}
