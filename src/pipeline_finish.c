/* pipeline_finish.c -- the load pipeline's work after "ready": clusters, quotes, the cache written. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/pipeline.h"
#include "dossier/util.h"
#include "pipeline_int.h"

void
pipeline_clusters(struct pipeline *p)
{
	if (p->progress)
		p->progress->clustering = 1;
	/* As the cache kept them, else from the kept signatures, or from the texts (kept
	 * too when a cache is written). */
	if (p->kept_clusters) {
		p->clusters = p->kept_clusters;
		p->kept_clusters = NULL;
	} else {
		p->clusters = cluster_build_kept(p->c, p->sigs, p->stop);
	}
	bench_mark("clustered");
	if (p->progress) {
		p->progress->clusters = p->clusters;
		p->progress->clusters_done = 1;
		p->progress->clustering = 0;
	}
}

/* The quotes of the mention rows counted, after "ready" (defer_quotes): 0, or -1 with p->err
 * set ("" when *stop ended it) and no cache written (it keeps the counts). */
static int
count_quotes(struct pipeline *p)
{
	char err[256];
	int rc = 0;

	if (index_ents_count_quotes(p->quote_tables, p->c, p->es, p->quotes,
				    p->quotes ? p->c->n : 0, p->stop, err, sizeof err) != INDEX_OK) {
		p->save = false;
		if (err[0])
			snprintf(p->err, sizeof p->err, "%s: said: and the quotes view are"
				 " incomplete", err);
		rc = -1;
	}
	p->quote_tables = NULL;
	if (p->progress)
		p->progress->quoting = 0;
	return rc;
}

/* After a used or updated cache: it takes its name, or learns what was read again. */
static int
finish_cached(struct pipeline *p)
{
	int rc = 0;

	if (p->updated)
		rc = index_cache_commit(p->ix, p->cache, p->err, sizeof p->err) == INDEX_OK ? 0 : -1;
	else if (p->plan.stat)
		rc = index_cache_refresh(p->cache, p->c, &p->plan, p->scanned_ns, p->err,
					 sizeof p->err) == INDEX_OK ? 0 : -1;
	bench_mark("cache_written");
	if (p->progress)
		p->progress->saving = 0;
	if (rc && p->err[0])
		pipeline_note(p, p->err, true);
	return rc;
}

int
pipeline_finish(struct pipeline *p)
{
	struct cluster_set *made = NULL;
	struct index_kept kept;
	bool stopped;
	int rc = 0;

	p->err[0] = '\0';
	if (p->want_clusters)
		pipeline_clusters(p);
	if (!p->ix)
		return 0;
	if (p->cached)
		return finish_cached(p);
	if (p->quote_tables && count_quotes(p) != 0)
		rc = -1;
	/* Searchable already; short prefixes (`mar*`) get fast once this is done. */
	if (p->want_prefixes) {
		if (index_build_prefixes(p->ix, p->stop) != INDEX_OK) {
			stopped = stop_set(p->stop);
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
		cluster_sign_kept(p->c, p->sigs, p->stop);	/* done unless clustered */
		kept = pipeline_kept_of(p);
		/* The clusters are kept too: found now when nobody asked for them. */
		kept.clusters = p->clusters ? p->clusters :
			(made = cluster_build_kept(p->c, p->sigs, p->stop));
		if (index_cache_save(p->ix, p->cache, &kept, p->scanned_ns, p->stop,
				     p->err,
				     sizeof p->err) != INDEX_OK)
			rc = -1;	/* p->err is "" when stopped */
		bench_mark("cache_written");
		cluster_set_free(made);
	}
	pipeline_free_kept(&p->blobs, p->c->n);
	pipeline_free_kept(&p->sigs, p->c->n);
	if (p->progress)
		p->progress->saving = 0;
	if (rc && p->err[0])
		pipeline_note(p, p->err, true);
	return rc;
}
