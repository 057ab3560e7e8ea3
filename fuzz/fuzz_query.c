/* fuzz_query.c -- libFuzzer target: query parser, SQL compiler, and the bitset evaluator checked against the SQL. MIT licence. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/state.h"
#include "dossier/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A small index with entities and some triage state, made once: every parsed query runs
 * through the SQL and through index_query_ids(), which must give the same articles. */
static struct index *ix;

static const char *const texts[] = {
	"Russia and China\nVladimir Putin met Xi Jinping in Moscow on 4 February 2026.\n",
	"Cuba talks\nPublished: 21 January 2026\nNicol\xc3\xa1s Maduro spoke in Havana. #Cuba\n",
	"Oil prices\nThe oil and gas market fell by $2 billion, Reuters said.\n",
	"Undated note\nNothing here but words about the weather in Oslo.\n",
	"Sanctions\n2025-12-19 The EU and the United Nations discussed sanctions on Iran.\n",
	"Same text\nThe twin article about Russia.\n",
	"Same text\nThe twin article about Russia.\n",
};

static void
setup(void)
{
	/* Kept for the whole run (reachable, so not a leak). */
	static struct corpus c;
	static struct entity_set *es;
	static struct state *st;
	char err[256], path[32];
	size_t i;

	corpus_init(&c);
	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		struct article *a;

		snprintf(path, sizeof path, "/f/%zu.txt", i);
		a = article_parse(path, xstrdup(texts[i]), strlen(texts[i]), 0);
		xgrow((void **)&c.arts, &c.cap, c.n + 1, sizeof *c.arts);
		c.arts[c.n++] = a;
	}
	corpus_finish(&c);
	es = entities_build(&c);
	if (!(ix = index_open(err, sizeof err)) || index_add_corpus(ix, &c, NULL) != INDEX_OK ||
	    index_add_entities(ix, es) != INDEX_OK || !(st = state_open_memory(err, sizeof err)))
		abort();
	for (i = 0; i < c.n; i++) {
		if (i % 2 == 0)
			state_set_read(st, c.arts[i]->hash, true);
		if (i % 3 == 1)
			state_set_flagged(st, c.arts[i]->hash, true);
		if (i % 4 == 2)
			state_set_archived(st, c.arts[i]->hash, true);
		if (i % 2 == 1)
			state_add_tag(st, c.arts[i]->hash, "urgent");
	}
	if (index_attach_state(ix, st) != INDEX_OK)
		abort();
}

static void
set_bit(void *ud, uint32_t id)
{
	*(uint64_t *)ud |= (uint64_t)1 << (id & 63);
}

/* Both ways with flags; abort() when they differ (a crash is what libFuzzer reports). */
static void
score_sum(void *ud, uint32_t id, double score)
{
	double *s = ud;

	s[0] += score;
	s[1] += (double)id * (s[2] += 1.0);	/* order matters */
}

/* Ranked both ways: same ids in the same order, same scores (as sums). */
static void
compare_ranked(const struct query *q, unsigned flags)
{
	struct query_stmt st;
	double a[3] = { 0, 0, 0 }, b[3] = { 0, 0, 0 };
	int ra, rb;

	query_sql_ranked(q, flags, &st);
	ra = index_select_scored(ix, st.sql, (const char *const *)st.params, st.nparams,
				 score_sum, a);
	query_stmt_free(&st);
	rb = index_query_scored(ix, q, flags, score_sum, b);
	if ((ra == INDEX_OK && rb != INDEX_OK) ||
	    (ra == INDEX_OK && (a[0] != b[0] || a[1] != b[1] || a[2] != b[2]))) {
		fprintf(stderr, "fuzz_query: ranked SQL %d %g/%g, bitsets %d %g/%g\n", ra, a[0],
			a[1], rb, b[0], b[1]);
		abort();
	}
}

static void
compare(const struct query *q, unsigned flags)
{
	struct query_stmt st;
	uint64_t a = 0, b = 0;
	int ra, rb;

	query_sql(q, flags, &st);
	ra = index_select_ids(ix, st.sql, (const char *const *)st.params, st.nparams, set_bit, &a);
	query_stmt_free(&st);
	if (ra != INDEX_OK)
		fprintf(stderr, "fuzz_query: the SQL failed: %s\n", index_error(ix));
	rb = index_query_ids(ix, q, flags, set_bit, &b);
	/* The SQL may hit one of SQLite's limits (expression depth) on a query the bitsets
	 * answer; anything else is a difference. */
	if ((ra == INDEX_OK && rb != INDEX_OK) || (ra == INDEX_OK && a != b)) {
		fprintf(stderr, "fuzz_query: SQL %d %llx, bitsets %d %llx (%s)\n", ra,
			(unsigned long long)a, rb, (unsigned long long)b, index_error(ix));
		abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct query_stmt st;
	struct query *q;
	char err[256];
	char **terms;
	char *text, *dump;

	text = xmalloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	if (!ix)
		setup();
	q = query_parse(text, err, sizeof err);
	free(text);
	if (!q)
		return 0;
	compare(q, 0);
	compare(q, QUERY_HIDE_ARCHIVED);
	compare_ranked(q, QUERY_HIDE_ARCHIVED);
	(void)query_is_empty(q);
	(void)query_needs(q);
	(void)query_mentions_archived(q);
	query_sql(q, 0, &st);
	query_stmt_free(&st);
	query_sql(q, QUERY_HIDE_ARCHIVED, &st);
	query_stmt_free(&st);
	query_sql_ranked(q, QUERY_HIDE_ARCHIVED, &st);
	query_stmt_free(&st);
	query_fts_terms(q, &terms);
	query_terms_free(terms);
	dump = query_dump(q);
	free(dump);
	query_free(q);
	return 0;
}
