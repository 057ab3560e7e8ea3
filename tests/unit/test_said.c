/* test_said.c -- the quotes' speakers for the mention rows are the same on any number of threads, kept or found. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/quote.h"
#include "dossier/util.h"
#include "index_int.h"
#include "corpus_fixture.h"
#include "tap.h"

static struct corpus corpus;
static struct entity_set *es;
/* Per article, its speakers as quote_article() gives them on this thread alone. */
static uint32_t **want;
static size_t *nwant;
static size_t nquotes;		/* quotes in the whole corpus */

/* The quote gold's articles and the seeds, and three copies of them: enough articles
 * for several workers to take turns, with quotes in most of them. */
static void
setup(void)
{
	const char *src = getenv("SRCDIR");
	char path[4096];
	struct quote_list ql = {0};
	size_t a, cap, n;
	int k;

	corpus_init(&corpus);
	snprintf(path, sizeof path, "%s/tests/gold/quotes/articles", src ? src : ".");
	CHECK_INT(corpus_add_path(&corpus, path), 0);
	snprintf(path, sizeof path, "%s/seeds", src ? src : ".");
	CHECK_INT(corpus_add_path(&corpus, path), 0);
	for (k = 0, n = corpus.n; k < 3; k++)
		for (a = 0; a < n; a++) {
			snprintf(path, sizeof path, "/mem/%d/%zu.txt", k, a);
			fixture_add(&corpus, path, corpus.arts[a]->text);
		}
	corpus_finish(&corpus);
	es = entities_build(&corpus);
	want = xcalloc(es->narticles, sizeof *want);
	nwant = xcalloc(es->narticles, sizeof *nwant);
	for (a = 0; a < es->narticles; a++) {
		quote_article(corpus.arts[a], es->mentions[a], es->nmentions[a], &ql);
		cap = 0;
		nwant[a] = quote_speakers(&ql, &want[a], &cap);
		nquotes += nwant[a];
	}
	quote_list_free(&ql);
}

/* Every article's speakers from a pool of nthreads workers (kept: the blobs to read and
 * fill, or NULL); the number of articles that differ from want. */
static size_t
run_pool(int nthreads, struct ex_blob *kept)
{
	struct said_pool *p;
	struct quote_list ql = {0};
	uint32_t *q = NULL;
	size_t cap = 0, a, n, bad = 0;

	index_said_threads(nthreads);
	p = index_said_start(&corpus, es, kept, es->narticles);
	CHECK_INT(index_said_workers(p), nthreads);
	for (a = 0; a < es->narticles; a++) {
		n = index_said_take(p, a, &ql, &q, &cap);
		if (n != nwant[a] || (n && memcmp(q, want[a], n * sizeof *q) != 0))
			bad++;
	}
	index_said_stop(p);
	index_said_threads(-1);
	free(q);
	quote_list_free(&ql);
	return bad;
}

static struct ex_blob *
new_blobs(void)
{
	return xcalloc(es->narticles, sizeof(struct ex_blob));
}

static void
free_blobs(struct ex_blob *b)
{
	size_t a;

	for (a = 0; a < es->narticles; a++)
		free(b[a].data);
	free(b);
}

/* The corpus has quotes to find, in many articles. */
static void
test_fixture(void)
{
	printf("# %zu articles, %zu quotes with a speaker\n", es->narticles, nquotes);
	CHECK(es->narticles >= 100);
	CHECK(nquotes >= 200);
}

/* No worker, one, three: the same speakers for every article, whoever found them (run
 * several times: which thread takes an article changes from run to run). */
static void
test_same_on_threads(void)
{
	int round;

	CHECK_INT(run_pool(0, NULL), 0);
	for (round = 0; round < 5; round++) {
		CHECK_INT(run_pool(1, NULL), 0);
		CHECK_INT(run_pool(3, NULL), 0);
	}
}

/* The kept blobs made with workers are the ones made without, byte for byte, and read
 * back (every article from its blob, none found again) they give the same speakers. */
static void
test_kept_same(void)
{
	struct ex_blob *one = new_blobs(), *many = new_blobs();
	size_t a, differ = 0, made = 0;

	CHECK_INT(run_pool(0, one), 0);
	CHECK_INT(run_pool(3, many), 0);
	for (a = 0; a < es->narticles; a++) {
		if (one[a].len != many[a].len ||
		    (one[a].len && memcmp(one[a].data, many[a].data, one[a].len) != 0))
			differ++;
		made += many[a].data != NULL;
		many[a].fresh = false;
	}
	CHECK_INT(differ, 0);
	CHECK(made > es->narticles / 2);
	CHECK_INT(run_pool(3, many), 0);
	for (a = 0, made = 0; a < es->narticles; a++)
		made += many[a].fresh;
	CHECK_INT(made, 0);	/* all read from the blobs */
	free_blobs(one);
	free_blobs(many);
}

/* A writer that stops early (an error writing the rows) leaves the workers to finish. */
static void
test_early_stop(void)
{
	struct said_pool *p;
	struct quote_list ql = {0};
	uint32_t *q = NULL;
	size_t cap = 0, n;

	index_said_threads(3);
	p = index_said_start(&corpus, es, NULL, 0);
	n = index_said_take(p, 0, &ql, &q, &cap);
	CHECK_INT(n, nwant[0]);
	index_said_stop(p);
	index_said_threads(-1);
	free(q);
	quote_list_free(&ql);
}

int
main(void)
{
	size_t a;

	setup();
	RUN(test_fixture);
	RUN(test_same_on_threads);
	RUN(test_kept_same);
	RUN(test_early_stop);
	for (a = 0; a < es->narticles; a++)
		free(want[a]);
	free(want);
	free(nwant);
	entity_set_free(es);
	corpus_free(&corpus);
	return TAP_END();
}
