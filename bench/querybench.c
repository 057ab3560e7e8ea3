/* querybench.c -- index build throughput and query latency over a corpus, in one process. MIT licence. */
/*
 * Usage: querybench [-c CACHE] [-k LIMIT] [-r REPEAT] [-v] QUERIES PATH...
 *
 * Loads the articles under PATH, builds the index as dossier does (FTS insert, entity
 * extraction, entity insert), then runs every query of the QUERIES file (one a line, the
 * dossier query first, a TAB and anything after it ignored; blank and '#' lines skipped)
 * REPEAT times (default 5): parse + evaluate, unranked (what the list filter runs)
 * and ranked (what `dossier search` runs: its best LIMIT hits in order, default 20 as
 * `dossier search` prints; -k 0 orders every hit). Prints "name value" lines:
 *
 *   articles, bytes          the corpus
 *   read_s                   reading and parsing the files
 *   fts_s, fts_mbps          index_add_corpus(), wall clock; corpus MB per second
 *   extract_s, extract_cpu_s entities_build(), wall clock and CPU time of every thread
 *   extract_mbps             corpus MB per CPU second (one core's throughput)
 *   extract_wall_mbps        corpus MB per wall second
 *   entities_s               index_add_entities()
 *   prefix_s                 index_build_prefixes(), before the queries (as a launch
 *                            fills the prefix table once the index is ready)
 *   search_p50_ms ...        unranked: p50, p99 and max over all runs of all queries
 *   ranked_p50_ms ...        ranked: the same
 *   load_rss_kb              peak resident memory once the corpus is loaded
 *   sqlite_kb                memory SQLite holds once the index is built (all of it)
 *   peak_rss_kb              peak resident memory of this process
 *
 * With -c, the index is then written to the cache file CACHE and the queries run on a
 * second index read from it (the index on disk, as `dossier --cache` uses it), after
 * cache_load_s: the time that took.
 *
 * With -v, every query's median and max times go to standard error, slowest first. Exits 1
 * if a query does not parse or fails to run (so a broken query mix is noticed).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/state.h"

static double
wall(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU seconds of every thread of the process. */
static double
cpu(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The q-th quantile (0..1) of n sorted values, nearest rank. */
static double
quantile(const double *v, size_t n, double q)
{
	size_t k;

	if (n == 0)
		return 0;
	k = (size_t)(q * (double)n + 0.999999);
	if (k < 1)
		k = 1;
	return v[(k > n ? n : k) - 1];
}

static void
count_id(void *ud, uint32_t id)
{
	(void)id;
	++*(size_t *)ud;
}

static void
count_scored(void *ud, uint32_t id, double score)
{
	(void)id;
	(void)score;
	++*(size_t *)ud;
}

static size_t top_k = 20;	/* -k: the ranked hits ordered (0: all) */

/* Run one query once; seconds, or -1 on error. *hits gets the number of results. */
static double
run_query(struct index *ix, const char *text, int ranked, size_t *hits)
{
	struct query *q;
	char err[256];
	double t0 = wall();
	int rc;

	*hits = 0;
	if (!(q = query_parse(text, err, sizeof err))) {
		fprintf(stderr, "querybench: %s: %s\n", text, err);
		return -1;
	}
	/* What `dossier search` runs (bitsets, then bm25 of the free text), or what the list
	 * filter runs (bitsets); archived articles hidden either way. */
	if (ranked)
		rc = index_query_top(ix, q, QUERY_HIDE_ARCHIVED, top_k, count_scored, hits);
	else
		rc = index_query_ids(ix, q, QUERY_HIDE_ARCHIVED, count_id, hits);
	query_free(q);
	if (rc != INDEX_OK) {
		fprintf(stderr, "querybench: %s: %s\n", text, index_error(ix));
		return -1;
	}
	return wall() - t0;
}

struct per_query {
	const char *text;
	double med, max;
	size_t hits;
};

static int
cmp_slowest(const void *a, const void *b)
{
	const struct per_query *x = a, *y = b;

	return (x->max < y->max) - (x->max > y->max);
}

int
main(int argc, char **argv)
{
	struct corpus c;
	struct index *ix;
	struct entity_set *es;
	struct state *sst;
	char err[256], line[4096];
	char **queries = NULL;
	size_t nq = 0, capq = 0, i, r, repeat = 5, ns = 0;
	double t, tc, mb, *samples[2], *one;
	struct per_query *pq[2];
	struct rusage ru;
	int opt, verbose = 0, failed = 0, k;
	const char *cache = NULL;
	FILE *f;

	while ((opt = getopt(argc, argv, "c:k:r:v")) != -1) {
		switch (opt) {
		case 'k': top_k = strtoul(optarg, NULL, 10); break;
		case 'r': repeat = strtoul(optarg, NULL, 10); break;
		case 'v': verbose = 1; break;
		case 'c': cache = optarg; break;
		default: goto usage;
		}
	}
	if (argc - optind < 2 || repeat == 0)
		goto usage;
	if (!(f = fopen(argv[optind], "r"))) {
		fprintf(stderr, "querybench: cannot read %s\n", argv[optind]);
		return 1;
	}
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\t\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		if (nq == capq) {
			capq = capq ? capq * 2 : 64;
			queries = realloc(queries, capq * sizeof *queries);
			if (!queries)
				return 1;
		}
		queries[nq++] = strdup(line);
	}
	fclose(f);

	t = wall();
	corpus_init(&c);
	for (i = (size_t)optind + 1; i < (size_t)argc; i++)
		if (corpus_add_path(&c, argv[i]) != 0)
			fprintf(stderr, "querybench: cannot read %s\n", argv[i]);
	corpus_finish(&c);
	if (c.n == 0) {
		fprintf(stderr, "querybench: no articles\n");
		return 1;
	}
	mb = (double)c.bytes / 1e6;
	getrusage(RUSAGE_SELF, &ru);
	printf("articles %zu\nbytes %llu\nread_s %.4f\nload_rss_kb %ld\n", c.n,
	       (unsigned long long)c.bytes, wall() - t, ru.ru_maxrss);
	if (!(ix = index_open(err, sizeof err))) {
		fprintf(stderr, "querybench: %s\n", err);
		return 1;
	}
	t = wall();
	if (index_add_corpus(ix, &c, NULL) != INDEX_OK) {
		fprintf(stderr, "querybench: %s\n", index_error(ix));
		return 1;
	}
	t = wall() - t;
	printf("fts_s %.4f\nfts_mbps %.2f\n", t, mb / t);
	t = wall();
	tc = cpu();
	es = entities_build(&c);
	tc = cpu() - tc;
	t = wall() - t;
	printf("extract_s %.4f\nextract_cpu_s %.4f\nextract_mbps %.2f\nextract_wall_mbps %.2f\n",
	       t, tc, mb / tc, mb / t);
	t = wall();
	if (index_add_entities(ix, es) != INDEX_OK) {
		fprintf(stderr, "querybench: %s\n", index_error(ix));
		return 1;
	}
	printf("entities_s %.4f\n", wall() - t);
	t = wall();
	if (cache)
		index_keep_terms(ix);	/* a cache keeps each article's words */
	if (index_build_prefixes(ix, NULL) != INDEX_OK) {
		fprintf(stderr, "querybench: %s\n", index_error(ix));
		return 1;
	}
	printf("prefix_s %.4f\nsqlite_kb %lld\n", wall() - t,
	       (long long)(sqlite3_memory_used() / 1024));
	if (cache) {
		struct entity_set *es2 = NULL;
		struct index_catalog *k = NULL;
		struct index_plan plan;
		struct index *ix2;
		char why[256] = "";

		if (index_cache_save(ix, cache, NULL, 0, NULL, err, sizeof err) != INDEX_OK) {
			fprintf(stderr, "querybench: %s\n", err);
			return 1;
		}
		t = wall();
		memset(&plan, 0, sizeof plan);
		if (!(ix2 = index_open(err, sizeof err)) ||
		    !(k = index_catalog_open(cache, why, sizeof why))) {
			fprintf(stderr, "querybench: the cache just written cannot be read: %s\n",
				why);
			return 1;
		}
		/* The corpus was read here, not loaded through the catalog: the same files. */
		index_catalog_plan(k, &c, "none", 0, &plan);
		if (plan.update ||
		    index_cache_use(ix2, k, &c, &plan, true, &es2, why, sizeof why) !=
			    INDEX_CACHE_HIT) {
			fprintf(stderr, "querybench: the cache just written was not used: %s\n", why);
			return 1;
		}
		index_plan_free(&plan);
		index_catalog_close(k);
		printf("cache_load_s %.4f\n", wall() - t);
		index_close(ix);
		entity_set_free(es);
		ix = ix2;
		es = es2;
	}
	/* A triage state as after some use (every 10th article read, every 50th flagged,
	 * every 100th archived, every 40th tagged), for is:, tag: and the hidden archive. */
	if (!(sst = state_open_memory(err, sizeof err)) || index_attach_state(ix, sst) != INDEX_OK) {
		fprintf(stderr, "querybench: %s\n", sst ? index_error(ix) : err);
		return 1;
	}
	for (i = 0; i < c.n; i++) {
		const char *h = c.arts[i]->hash;

		if ((i % 10 == 0 && state_set_read(sst, h, true) != STATE_OK) ||
		    (i % 50 == 1 && state_set_flagged(sst, h, true) != STATE_OK) ||
		    (i % 100 == 2 && state_set_archived(sst, h, true) != STATE_OK) ||
		    (i % 40 == 3 && state_add_tag(sst, h, i % 80 == 3 ? "urgent" : "later") !=
		     STATE_OK)) {
			fprintf(stderr, "querybench: %s\n", state_error(sst));
			return 1;
		}
	}
	fflush(stdout);

	for (k = 0; k < 2; k++) {
		samples[k] = calloc(nq * repeat + 1, sizeof **samples);
		pq[k] = calloc(nq + 1, sizeof **pq);
	}
	one = calloc(repeat, sizeof *one);
	if (!one)
		return 1;
	for (k = 0; k < 2; k++) {
		ns = 0;
		for (i = 0; i < nq; i++) {
			pq[k][i].text = queries[i];
			for (r = 0; r < repeat; r++) {
				double s = run_query(ix, queries[i], k, &pq[k][i].hits);

				if (s < 0) {
					failed = 1;
					break;
				}
				one[r] = s;
				samples[k][ns++] = s;
			}
			if (r < repeat)
				continue;
			qsort(one, repeat, sizeof *one, cmp_double);
			pq[k][i].med = quantile(one, repeat, 0.5);
			pq[k][i].max = one[repeat - 1];
		}
		qsort(samples[k], ns, sizeof *samples[k], cmp_double);
		printf("%s_p50_ms %.3f\n%s_p99_ms %.3f\n%s_max_ms %.3f\n",
		       k ? "ranked" : "search", quantile(samples[k], ns, 0.5) * 1e3,
		       k ? "ranked" : "search", quantile(samples[k], ns, 0.99) * 1e3,
		       k ? "ranked" : "search", ns ? samples[k][ns - 1] * 1e3 : 0.0);
		if (verbose) {
			qsort(pq[k], nq, sizeof *pq[k], cmp_slowest);
			for (i = 0; i < nq; i++)
				fprintf(stderr, "%s %8.3f ms median %8.3f ms max %7zu hits  %s\n",
					k ? "ranked" : "search", pq[k][i].med * 1e3,
					pq[k][i].max * 1e3, pq[k][i].hits, pq[k][i].text);
		}
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("queries %zu\npeak_rss_kb %ld\n", nq, ru.ru_maxrss);
	index_close(ix);
	state_close(sst);
	entity_set_free(es);
	corpus_free(&c);
	for (k = 0; k < 2; k++) {
		free(samples[k]);
		free(pq[k]);
	}
	for (i = 0; i < nq; i++)
		free(queries[i]);
	free(queries);
	free(one);
	return failed;
usage:
	fputs("usage: querybench [-c CACHE] [-k LIMIT] [-r REPEAT] [-v] QUERIES PATH...\n", stderr);
	return 2;
}
