/* test_index.c -- unit tests of the index: schema, FTS folding, search, ids, interrupting a query. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/util.h"
#include "corpus_fixture.h"
#include "tap.h"

static struct corpus corpus;
static struct index *ix;

static void
add(const char *path, const char *text)
{
	fixture_add(&corpus, path, text);
}

static size_t
count(const char *q)
{
	return fixture_hits(ix, q);
}

static void
setup(void)
{
	char err[256];

	corpus_init(&corpus);
	add("a.txt", "Vietnam leader\nNông Đức Mạnh met Nicolás Maduro in Hà Nội.\n");
	add("b.txt", "Nordic notes\nThe Øresund bridge and Łódź and Ærø were visited by Straße fans.\n");
	add("c.txt", "Maduro in the title\nA short text about oil.\n");
	add("d.txt", "Other\nNothing relevant; [ad_1] is boilerplate.\n[ad_1]\nSource link\n");
	/* (So "maduro" is in fewer than half the articles: in half, it would weigh nothing,
	 * index_rank_plan.c.) */
	add("e.txt", "Weather\nRain fell on the coast all week.\n");
	corpus_finish(&corpus);
	ix = index_open(err, sizeof err);
	CHECK(ix != NULL);
	CHECK_INT(index_add_corpus(ix, &corpus, NULL), INDEX_OK);
}

static void
test_open(void)
{
	CHECK(ix != NULL);
	CHECK_INT(index_narticles(ix), 5);
	CHECK(index_article(ix, 0) != NULL);
	CHECK(index_article(ix, 5) == NULL);
}

static void
test_fold_vietnamese(void)
{
	CHECK_INT(count("nong duc manh"), 1);
	CHECK_INT(count("NÔNG ĐỨC"), 1);
	CHECK_INT(count("ha noi"), 1);
}

static void
test_fold_accents(void)
{
	CHECK_INT(count("nicolas"), 1);
	CHECK_INT(count("Nicolás"), 1);
}

static void
test_fold_nondecomposable(void)
{
	CHECK_INT(count("oresund"), 1);
	CHECK_INT(count("lodz"), 1);
	CHECK_INT(count("aero"), 1);
	CHECK_INT(count("strasse"), 1);
}

static void
test_and_and_rank(void)
{
	struct index_hit *h;
	size_t n;

	CHECK_INT(count("maduro oil"), 1);
	CHECK_INT(index_search_text(ix, "maduro", 0, &h, &n), INDEX_OK);
	CHECK_INT(n, 2);
	/* A title match ranks above a body match. */
	if (n == 2)
		CHECK_STR(index_article(ix, h[0].article)->path, "c.txt");
	index_hits_free(h, n);
}

static void
test_snippet(void)
{
	struct index_hit *h;
	size_t n;

	CHECK_INT(index_search_text(ix, "nicolas", 0, &h, &n), INDEX_OK);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK(strstr(h[0].snippet, "[Nicolás]") != NULL);
	index_hits_free(h, n);
}

static void
test_boilerplate_not_indexed(void)
{
	CHECK_INT(count("source link"), 0);
}

static void
test_injection(void)
{
	/* FTS5 operators in user text are quoted, never parsed. */
	CHECK_INT(count("NEAR(maduro"), 0);
	CHECK_INT(count("\"unbalanced"), 0);
	CHECK_INT(count("title:maduro"), 0);
	CHECK_INT(count("*"), 0);
	CHECK_INT(count(""), 0);
}

static void
collect(void *ud, uint32_t id)
{
	(*(size_t *)ud) += id + 1;
}

static void
test_select_ids(void)
{
	const char *p[] = { "c.txt" };
	size_t sum = 0;

	CHECK_INT(index_select_ids(ix, "SELECT id FROM article WHERE path = ?", p, 1, collect, &sum),
		  INDEX_OK);
	CHECK_INT(sum, 3);
	CHECK_INT(index_select_ids(ix, "SELECT nonsense FROM", NULL, 0, collect, &sum), INDEX_ERROR);
	/* The message names the operation, not SQLite's parser text. */
	CHECK(strstr(index_error(ix), "index:") == index_error(ix));
	CHECK(strstr(index_error(ix), "syntax error") == NULL);
}

static void
test_fts_words(void)
{
	char *s = index_fts_words("Hello \"World\" NEAR");

	CHECK_STR(s, "\"hello\" \"world\" \"near\"");
	free(s);
}

static int
asks;

/* The interrupt callback: stop once asked n times (asks counts down). */
static int
stop_after(void *ud)
{
	(void)ud;
	return asks-- <= 0;
}

static void
count_id(void *ud, uint32_t id)
{
	(void)id;
	(*(size_t *)ud)++;
}

static void
test_interrupt(void)
{
	char err[256], text[128];
	struct corpus big;
	struct index *bix;
	static const char q[] = "maduro OR oil OR bridge";
	size_t n = 0, i;

	/* Enough articles for the query to take many steps of SQLite's machine. */
	corpus_init(&big);
	for (i = 0; i < 2000; i++) {
		snprintf(text, sizeof text, "Article %zu\nSome %s and a bridge.\n", i,
			 i % 2 ? "oil" : "gas");
		fixture_add(&big, "x.txt", text);
	}
	corpus_finish(&big);
	bix = index_open(err, sizeof err);
	CHECK(bix != NULL);
	if (!bix)
		return;
	CHECK_INT(index_add_corpus(bix, &big, NULL), INDEX_OK);
	/* Asked and told to stop: the query ends, as interrupted, with no error recorded. */
	asks = 0;
	index_set_interrupt(bix, stop_after, NULL);
	CHECK_INT(fixture_query(bix, q, count_id, &n), INDEX_INTERRUPTED);
	CHECK_INT(n, 0);
	CHECK(asks < 0);	/* it was asked */
	CHECK(strstr(index_error(bix), "interrupt") == NULL);
	/* Asked but never told to stop: the full answer. */
	asks = 1 << 30;
	CHECK_INT(fixture_query(bix, q, count_id, &n), INDEX_OK);
	CHECK_INT(n, 2000);
	/* One word: its rows are collected inside one step of SQLite's machine (xQueryPhrase),
	 * which asks too. */
	asks = 0;
	n = 0;
	CHECK_INT(fixture_query(bix, "bridge", count_id, &n), INDEX_INTERRUPTED);
	CHECK_INT(n, 0);
	CHECK(asks < 0);
	asks = 1 << 30;
	CHECK_INT(fixture_query(bix, "bridge", count_id, &n), INDEX_OK);
	CHECK_INT(n, 2000);
	n = 0;
	CHECK_INT(fixture_query(bix, "\"a bridge\"", count_id, &n), INDEX_OK);
	CHECK_INT(n, 2000);
	n = 0;
	/* Removed: not asked any more, and the index works as before. */
	index_set_interrupt(bix, NULL, NULL);
	asks = 0;
	n = 0;
	CHECK_INT(fixture_query(bix, q, count_id, &n), INDEX_OK);
	CHECK_INT(n, 2000);
	CHECK_INT(asks, 0);
	index_close(bix);
	corpus_free(&big);
}

int
main(void)
{
	setup();
	RUN(test_open);
	RUN(test_fold_vietnamese);
	RUN(test_fold_accents);
	RUN(test_fold_nondecomposable);
	RUN(test_and_and_rank);
	RUN(test_snippet);
	RUN(test_boilerplate_not_indexed);
	RUN(test_injection);
	RUN(test_select_ids);
	RUN(test_fts_words);
	RUN(test_interrupt);
	index_close(ix);
	corpus_free(&corpus);
	return TAP_END();
}
