/* test_prefix.c -- the prefix table answers every short prefix exactly as FTS5's own prefix query does. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/util.h"
#include "corpus_fixture.h"
#include "index_int.h"
#include "tap.h"

static struct corpus corpus;
static struct index *ix;

/* Words next to letters of other scripts, marks, ligatures, wide forms, symbols and
 * separators that are not ASCII: where a word starts is unicode61's call, and the table
 * must agree with it. */
static const char *const tricky[] = {
	"Mixed scripts\nβmarket μar марш mar中文 中文mar Tōkyō-mar 東京 ＭＡＲＳ ﬁnance ﬂow\n",
	"Marks and joiners\nx\xcc\x81mar ma\xe2\x80\x8dr so\xc2\xad" "ft e\xcc\x88mu a\xe0\xa4\x83mar\n",
	"Symbols\n€mar £12m ½mar №5 ©mar •mar mar…ket mar—ket mar–ket «mar» “mar” mar’s\n",
	"Digits and case\n2026-01-03 COVID-19 G7 x86_64 IPv6 MAR mar_ket ma.r 3rd 1st\n",
	"Emoji\n🙂mar 🇺🇦mar mar👍 ‍mar\n",
	"Long words\nmarketisation internationalisation a b c d e f ab cd abc abcd abcde\n",
	"Right to left\nمرحبا mar שלום mar\n",
	"Invalid bytes\nma\xffr m\xc3r \xed\xa0\x80mar ok\n",
};

static void
collect(void *ud, uint32_t id)
{
	struct { uint32_t *v; size_t n, cap; } *c = ud;

	xgrow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v);
	c->v[c->n++] = id;
}

/* Sorted article ids of sql with one text parameter, as a string "1 4 7". */
static char *
ids(const char *sql, const char *param)
{
	struct { uint32_t *v; size_t n, cap; } c = {0};
	const char *const params[] = { param };
	struct sbuf b = {0};
	size_t i;

	if (index_select_ids(ix, sql, params, 1, collect, &c) != INDEX_OK)
		return xstrdup("error");
	for (i = 0; i < c.n; i++)
		sb_printf(&b, "%s%u", i ? " " : "", c.v[i]);
	free(c.v);
	return b.data ? b.data : xstrdup("");
}

/* The prefix table and FTS5 agree on p (letters and digits): 1 when they do. */
static int
agree(const char *p)
{
	char q[16], *a, *b;
	int ok;

	snprintf(q, sizeof q, "\"%s\"", p);
	a = ids("SELECT rowid FROM pfx WHERE pfx MATCH ? ORDER BY rowid", q);
	snprintf(q, sizeof q, "\"%s\"*", p);
	b = ids("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid", q);
	ok = strcmp(a, b) == 0 && strcmp(a, "error") != 0;
	if (!ok)
		printf("# %s: prefix table [%s], fts5 [%s]\n", p, a, b);
	free(a);
	free(b);
	return ok;
}

static int
alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

static void
setup(void)
{
	const char *src = getenv("SRCDIR");
	char path[4096], err[256];
	size_t i;

	corpus_init(&corpus);
	snprintf(path, sizeof path, "%s/seeds", src ? src : ".");
	CHECK_INT(corpus_add_path(&corpus, path), 0);
	for (i = 0; i < sizeof tricky / sizeof tricky[0]; i++) {
		snprintf(path, sizeof path, "/mem/tricky%zu.txt", i);
		fixture_add(&corpus, path, tricky[i]);
	}
	corpus_finish(&corpus);
	ix = index_open(err, sizeof err);
	CHECK(ix != NULL);
	CHECK_INT(index_add_corpus(ix, &corpus, NULL), INDEX_OK);
}

/* Not used before it is filled; only for 1-4 letters or digits after. */
static void
test_usable(void)
{
	CHECK(!index_prefix_usable(ix, "mar", true));
	CHECK_INT(index_build_prefixes(ix, NULL), INDEX_OK);
	CHECK(index_prefix_usable(ix, "mar", true));
	CHECK(index_prefix_usable(ix, "m", true));
	CHECK(index_prefix_usable(ix, "2026", true));
	CHECK(!index_prefix_usable(ix, "mar", false));
	CHECK(!index_prefix_usable(ix, "marke", true));
	CHECK(!index_prefix_usable(ix, "", true));
	CHECK(!index_prefix_usable(ix, "m r", true));
	CHECK(!index_prefix_usable(ix, "mär", true));
	CHECK(!index_prefix_usable(ix, "Mar", true));
}

/* Every 1-4 byte prefix of every word FTS5 indexed, and some of no word. */
static void
test_every_prefix(void)
{
	static const char *const absent[] = { "zzq", "qxj", "0x0", "9zz9" };
	sqlite3_stmt *st = NULL;
	char **seen = NULL;
	size_t nseen = 0, cap = 0, i, bad = 0, checked = 0;
	int k;

	CHECK_INT(sqlite3_exec(ix->db, "CREATE VIRTUAL TABLE temp.vocab USING"
			       " fts5vocab(main, fts, row)", NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(sqlite3_prepare_v2(ix->db, "SELECT term FROM temp.vocab", -1, &st, NULL),
		  SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);

		for (k = 1; k <= 4 && alnum((unsigned char)t[k - 1]); k++) {
			char p[5];

			memcpy(p, t, (size_t)k);
			p[k] = '\0';
			if (nseen && strcmp(seen[nseen - 1], p) == 0)
				continue;
			for (i = 0; i < nseen && strcmp(seen[i], p) != 0; i++)
				;
			if (i < nseen)
				continue;
			xgrow((void **)&seen, &cap, nseen + 1, sizeof *seen);
			seen[nseen++] = xstrdup(p);
		}
	}
	sqlite3_finalize(st);
	CHECK(nseen > 1000);
	for (i = 0; i < nseen; i++) {
		bad += !agree(seen[i]);
		checked++;
		free(seen[i]);
	}
	free(seen);
	for (i = 0; i < sizeof absent / sizeof absent[0]; i++)
		bad += !agree(absent[i]);
	printf("# %zu prefixes compared\n", checked);
	CHECK_INT(bad, 0);
	/* The words around other scripts, by hand. */
	CHECK(agree("mar"));
	CHECK(agree("ma"));
	CHECK(agree("fina"));
	CHECK(agree("ket"));
	CHECK(agree("x86"));
	CHECK(agree("ok"));
}

/* The filter answers short prefixes from the table, the same as before it was filled. */
static void
test_query(void)
{
	static const char *const qs[] = {
		"mar*", "m*", "ma* fin*", "mar* -russ*", "(mar* OR oil) -ru*", "\"mar\"*",
		"20*", "2026*", "russ* \"foreign minister\"", "-(ab* OR cd*)", "mark*",
	};
	size_t i;

	for (i = 0; i < sizeof qs / sizeof qs[0]; i++) {
		struct { uint32_t *v; size_t n, cap; } a = {0}, b = {0};

		__atomic_store_n(&ix->prefix_ready, 0, __ATOMIC_RELEASE);
		CHECK_INT(fixture_query(ix, qs[i], collect, &a), INDEX_OK);
		__atomic_store_n(&ix->prefix_ready, 1, __ATOMIC_RELEASE);
		CHECK_INT(fixture_query(ix, qs[i], collect, &b), INDEX_OK);
		if (a.n != b.n || (a.n && memcmp(a.v, b.v, a.n * sizeof *a.v) != 0))
			printf("# %s: %zu articles without the table, %zu with it\n", qs[i], a.n, b.n);
		CHECK(a.n == b.n && (!a.n || memcmp(a.v, b.v, a.n * sizeof *a.v) == 0));
		free(a.v);
		free(b.v);
	}
}

/* Stopped halfway: an error with no message, and the table is not used. */
static void
test_stop(void)
{
	char err[256];
	struct index *other = index_open(err, sizeof err);
	volatile int stop = 1;

	CHECK(other != NULL);
	CHECK_INT(index_add_corpus(other, &corpus, NULL), INDEX_OK);
	CHECK_INT(index_build_prefixes(other, &stop), INDEX_ERROR);
	CHECK(!index_prefix_usable(other, "mar", true));
	index_close(other);
}

/* The live filter's "a key is waiting": always. */
static int
key_waiting(void *ud)
{
	(void)ud;
	return 1;
}

static void
count_one(void *ud, uint32_t id)
{
	(void)id;
	++*(size_t *)ud;
}

/*
 * Issue 14: the prefix table is filled on the build thread while the UI queries. It once
 * shared the UI's connection, so the live filter's interrupt (set while a key waits) also
 * stopped the builder's inserts: "adding an article's prefixes failed (interrupted)", the
 * table dropped and the cache not written. On its own connection it fills regardless,
 * and a failure goes to index_build_error(), not to the UI's index_error().
 */
static void
test_fill_ignores_ui_interrupt(void)
{
	char err[256], path[64], text[256];
	struct index *other = index_open(err, sizeof err);
	struct corpus many;
	size_t with = 0, without = 0, i;

	CHECK(other != NULL);
	if (!other)
		return;
	/* Enough articles that the inserts run well past the handler's 1000 steps. */
	corpus_init(&many);
	for (i = 0; i < 3000; i++) {
		snprintf(path, sizeof path, "many/%zu.txt", i);
		snprintf(text, sizeof text, "Report %zu on the market\n\nMarkets in Marseille"
			 " moved %zu points as traders watched district %zu.\n", i, i % 97, i);
		fixture_add(&many, path, text);
	}
	corpus_finish(&many);
	CHECK_INT(index_add_corpus(other, &many, NULL), INDEX_OK);
	CHECK_INT(fixture_query(other, "mar*", count_one, &without), INDEX_OK);
	index_set_interrupt(other, key_waiting, NULL);
	CHECK_INT(index_build_prefixes(other, NULL), INDEX_OK);
	CHECK_STR(index_error(other), "index: no error");
	CHECK(index_prefix_usable(other, "mar", true));
	index_set_interrupt(other, NULL, NULL);
	CHECK_INT(fixture_query(other, "mar*", count_one, &with), INDEX_OK);
	CHECK_INT(with, 3000);
	CHECK_INT(with, without);
	index_close(other);
	corpus_free(&many);
}

/* The full text is loaded with a small page cache (the launch's peak of memory); the
 * queries get theirs back after it. */
static void
test_query_cache_back(void)
{
	sqlite3_stmt *st = NULL;

	CHECK(sqlite3_prepare_v2(ix->db, "PRAGMA main.cache_size", -1, &st, NULL) == SQLITE_OK);
	CHECK(st && sqlite3_step(st) == SQLITE_ROW);
	CHECK_INT(sqlite3_column_int64(st, 0), -32768);
	sqlite3_finalize(st);
}

int
main(void)
{
	setup();
	RUN(test_query_cache_back);
	RUN(test_usable);
	RUN(test_every_prefix);
	RUN(test_query);
	RUN(test_stop);
	RUN(test_fill_ignores_ui_interrupt);
	index_close(ix);
	corpus_free(&corpus);
	return TAP_END();
}
