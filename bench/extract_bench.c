/* extract_bench.c -- entity extraction throughput on the seeds repeated to ~64 MB. MIT licence. */
/*
 * Build (from the top of the tree, after configure/make so libdossier.a exists):
 *   cc -O2 -std=c11 -D_GNU_SOURCE -Iinclude -I. bench/extract_bench.c libdossier.a \
 *      $(pkg-config --libs libutf8proc sqlite3) -lpthread -lm -o extract_bench
 * Run: ./extract_bench [SEEDS_DIR] [MEGABYTES]   (defaults: seeds 64)
 * Prints the bytes extracted, the time of extract_article() alone (MB/s on one core, by
 * the thread's CPU clock so that other load on the machine does not count, and by the wall
 * clock), the time of resolve_corpus() over the same articles, and the time of the whole
 * entities_build() (extraction on every core, then resolution).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/util.h"

/* CPU seconds used by this thread. */
static double
cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "seeds";
	double mb = argc > 2 ? atof(argv[2]) : 64.0, t0, t1, t2, t3, c0, c1, mbytes;
	struct corpus seeds, big;
	struct extraction **per;
	struct entity_set *es;
	size_t i, bytes = 0, total = 0;

	corpus_init(&seeds);
	if (corpus_add_path(&seeds, dir) != 0 || seeds.n == 0) {
		fprintf(stderr, "extract_bench: no articles in %s\n", dir);
		return 1;
	}
	/* Copies of the seed articles, each parsed as an article of its own. */
	corpus_init(&big);
	for (i = 0; bytes < (size_t)(mb * 1024 * 1024); i++) {
		const struct article *a = seeds.arts[i % seeds.n];
		struct article *b = article_parse(a->path, xstrndup(a->text, a->len), a->len, 0);

		xgrow((void **)&big.arts, &big.cap, big.n + 1, sizeof *big.arts);
		b->id = (uint32_t)big.n;
		big.arts[big.n++] = b;
		bytes += a->len;
	}
	per = xcalloc(big.n, sizeof *per);
	t0 = now_seconds();
	c0 = cpu_seconds();
	for (i = 0; i < big.n; i++) {
		per[i] = extract_article(big.arts[i]);
		total += big.arts[i]->len;
	}
	c1 = cpu_seconds();
	t1 = now_seconds();
	mbytes = (double)total / (1024.0 * 1024.0);
	es = resolve_corpus(&big, per);
	t2 = now_seconds();
	entity_set_free(es);
	es = entities_build(&big);	/* threaded extraction + resolution */
	t3 = now_seconds();
	printf("articles\t%zu\nbytes\t%zu\nextract_cpu_seconds\t%.3f\nextract_MB_per_s\t%.1f\n"
	       "extract_wall_MB_per_s\t%.1f\nresolve_seconds\t%.3f\n"
	       "entities_build_seconds\t%.3f\nentities\t%zu\nmentions\t%zu\n", big.n, total,
	       c1 - c0, mbytes / (c1 - c0), mbytes / (t1 - t0), t2 - t1, t3 - t2, es->n,
	       es->total_mentions);
	entity_set_free(es);
	free(per);
	corpus_free(&big);
	corpus_free(&seeds);
	return 0;
}
