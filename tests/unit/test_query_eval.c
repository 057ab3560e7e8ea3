/* test_query_eval.c -- index_query_ids() gives exactly what the query's SQL gives, for every kind of term. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/query.h"
#include "dossier/state.h"
#include "dossier/util.h"
#include "corpus_fixture.h"
#include "tap.h"

static struct corpus corpus;
static struct entity_set *es;
static struct index *ix;
static struct state *st;
static struct cluster_set *cs;

/* Queries over seeds/, tests/data/extra and a few in-memory articles (two of them with the
 * same text, so one hash names two articles). */
static const char *const queries[] = {
	"", "russia", "russia china", "russia OR cuba", "-russia", "russia -china",
	"\"foreign minister\"", "minis*", "\"vladimir put\"*", "(oil OR gas) -russia",
	"-(russia OR china)", "russia (cuba OR venezuela) -iran", "nong duc manh", "nicolas",
	"is:unread", "is:read", "is:flagged", "is:archived", "-is:archived", "-is:read",
	"is:read OR is:flagged", "tag:urgent", "tag:élection", "-tag:urgent", "tag:nothing",
	"entity:russia", "entity:\"vladimir putin\"", "entity:putin", "-entity:russia",
	"entity:nobody", "type:person", "type:org", "type:money", "type:url", "-type:place",
	"type:hashtag OR type:handle", "date:2026", "date:2026-01", "date:2026-01-21",
	"date:2025-12..2026-01", "date:>2026-01-21", "date:<=2026-01-21", "date:..2026-01",
	"-date:2026", "source:anadolu", "source:\"anadolu ag\"", "source:extra", "-source:seeds",
	"path:*001*", "path:*.txt", "-path:*extra*", "type:person minister date:2026",
	"(russia OR tag:urgent) -is:read", "russia OR date:2025", "-(is:read -is:flagged)",
	"type:org sanct*", "entity:china -(oil OR \"xi jinping\")", "(a OR b) (c OR -d)",
	"twin", "twin is:flagged", "twin -is:flagged", "-twin", "-twin -russia",
	"(-russia) OR (-china)", "(is:read (russia OR -cuba)) OR (tag:urgent -date:2026-01)",
	/* the watchlist: articles mentioning a watched entity */
	"is:watched", "-is:watched", "is:watched is:unread", "is:watched OR tag:urgent",
	"is:watched -entity:cuba",
	/* quotes: the articles where the entity speaks */
	"said:ushakov", "said:\"yuri ushakov\"", "-said:ushakov", "said:nobody",
	"said:putin OR entity:cuba", "said:belousov -russia", "entity:putin -said:putin",
	/* short prefixes: from the prefix table once it is filled */
	"m*", "ru*", "rus*", "russ*", "russi*", "ru* ch*", "-ru*", "oil OR rus*", "-(oil OR ga*)",
	"(rus* OR tag:urgent) -chi*", "20*", "2026*", "\"ru\"* twin", "is:read -ru*",
	/* one word or phrase: collected by dossier_rows(), also when nothing matches */
	"zzqxj", "\"russia says\"", "\"says russia\"", "-zzqxj", "-\"russia says\"",
	/* story clusters: the /mem/wire articles */
	"is:duplicate", "-is:duplicate", "cluster:1", "cluster:2", "cluster:3", "-cluster:1",
	"cluster:1 OR cluster:2", "is:duplicate is:unread", "wire -is:duplicate",
	"cluster:1 -is:duplicate", "(cluster:2 OR tag:urgent) -is:read",
};

/* One wire story as an outlet prints it: its own headline and dateline, the same text. */
static const char WIRE[] = "The harbour authority of Valdoria announced on Monday that"
	" the northern pier would close for repairs until the spring, after divers found"
	" cracks in three of its pillars during a routine inspection last week, and ferries"
	" will dock at the old quay meanwhile, the wire story says. The repairs will cost"
	" about four million euros, shared between the city and the region, and fishing"
	" boats keep their moorings on the eastern side of the pier.\n";
static const char WIRE2[] = "Farmers in the Ostrava valley began the grape harvest two"
	" weeks early this year because of a hot and dry summer, and the cooperative expects"
	" a smaller but sweeter crop, its chairman told the local radio station on Friday"
	" morning before the first lorries left. About three hundred seasonal workers came"
	" to the valley this week, and researchers say the harvest now starts almost a"
	" month earlier than it did in the nineteen fifties.\n";

static void
collect(void *ud, uint32_t id)
{
	struct { uint32_t *v; size_t n, cap; } *c = ud;

	xgrow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v);
	c->v[c->n++] = id;
}


static void
setup(void)
{
	const char *src = getenv("SRCDIR");
	char path[4096], err[256];
	size_t i;

	if (!src)
		src = ".";
	corpus_init(&corpus);
	snprintf(path, sizeof path, "%s/seeds", src);
	CHECK_INT(corpus_add_path(&corpus, path), 0);
	snprintf(path, sizeof path, "%s/tests/data/extra", src);
	CHECK_INT(corpus_add_path(&corpus, path), 0);
	fixture_add(&corpus, "/mem/twin1.txt", "Twin article\nThe twin text about Russia, 3 March 2026.\n");
	fixture_add(&corpus, "/mem/twin2.txt", "Twin article\nThe twin text about Russia, 3 March 2026.\n");
	fixture_add(&corpus, "/mem/undated.txt", "No date here\nA short text about oil and gas.\n");
	{
		static const char *const heads[] = { "Pier closes\n3 March 2026\n\n",
			"Valdoria pier shut\n1 March 2026\n\n", "Repairs at the pier\n2 March 2026\n\n",
			"Early harvest\n4 March 2026\n\n", "Grapes come early\n5 March 2026\n\n" };
		char buf[1024], name[32];

		for (i = 0; i < 5; i++) {
			snprintf(buf, sizeof buf, "%s%s", heads[i], i < 3 ? WIRE : WIRE2);
			snprintf(name, sizeof name, "/mem/wire%zu.txt", i + 1);
			fixture_add(&corpus, name, buf);
		}
	}
	corpus_finish(&corpus);
	CHECK(corpus.n > 15);
	es = entities_build(&corpus);
	/* Moscow renamed: a watch made on its old name follows it (the former table). */
	{
		struct corr c = { .kind = CORR_RENAME, .key = "moscow", .type = ENT_PLACE,
				  .occurrence = -1, .to_type = -1, .to_name = "Moskva" };

		corr_apply(&es, &corpus, &c, 1, NULL);
	}
	ix = index_open(err, sizeof err);
	CHECK(ix != NULL);
	CHECK_INT(index_add_corpus(ix, &corpus, NULL), INDEX_OK);
	CHECK_INT(index_add_entities(ix, es), INDEX_OK);
	cs = cluster_build(&corpus, NULL);
	CHECK(cs != NULL && cs->n == 2);
	index_set_clusters(ix, cs);
	st = state_open_memory(err, sizeof err);
	CHECK(st != NULL);
	/* Some of every state, spread by position (path order). */
	for (i = 0; i < corpus.n; i++) {
		const char *h = corpus.arts[i]->hash;

		if (i % 3 == 0)
			CHECK_INT(state_set_read(st, h, true), STATE_OK);
		if (i % 4 == 1)
			CHECK_INT(state_set_flagged(st, h, true), STATE_OK);
		if (i % 5 == 2)
			CHECK_INT(state_set_archived(st, h, true), STATE_OK);
		if (i % 2 == 1)
			CHECK_INT(state_add_tag(st, h, i % 4 == 1 ? "Urgent" : "Élection"), STATE_OK);
	}
	/* Three watched entities (by key and type: Moscow by its name before the rename),
	 * and one that is in no article. */
	{
		static const struct corr_ent w[] = { { "vladimir putin", ENT_PERSON, "Putin" },
			{ "cuba", ENT_PLACE, "Cuba" }, { "nobody", ENT_PERSON, NULL },
			{ "moscow", ENT_PLACE, "Moscow" } };

		for (i = 0; i < 4; i++)
			CHECK_INT(state_watch(st, &w[i], true, NULL), STATE_OK);
	}
	/* A state row for an article that is not in the corpus. */
	CHECK_INT(state_set_read(st, "0123456789abcdef0123456789abcdef", true), STATE_OK);
	CHECK_INT(index_attach_state(ix, st), INDEX_OK);
}

/* The ids of q both ways, with flags; 1 when they agree. */
static int
agree(const char *text, unsigned flags, size_t *nhits)
{
	struct { uint32_t *v; size_t n, cap; } a = {0}, b = {0};
	struct query_stmt s;
	struct query *q;
	char err[256];
	int ok;

	if (!(q = query_parse(text, err, sizeof err))) {
		printf("# %s: %s\n", text, err);
		return 0;
	}
	query_sql(q, flags, &s);
	ok = index_select_ids(ix, s.sql, (const char *const *)s.params, s.nparams, collect, &a)
		== INDEX_OK &&
	     index_query_ids(ix, q, flags, collect, &b) == INDEX_OK;
	query_stmt_free(&s);
	query_free(q);
	if (a.n)
		qsort(a.v, a.n, sizeof *a.v, cmp_u32);
	ok = ok && a.n == b.n && (a.n == 0 || memcmp(a.v, b.v, a.n * sizeof *a.v) == 0);
	if (!ok)
		printf("# %s (flags %u): SQL %zu ids, bitsets %zu ids\n", text, flags, a.n, b.n);
	*nhits = a.n;
	free(a.v);
	free(b.v);
	return ok;
}

/* is:watched finds the articles of the watched entities, as entity: does (Moskva's by
 * the name it had). */
static void
test_watched(void)
{
	size_t w, p, c, m, any;

	CHECK(agree("is:watched", 0, &w));
	CHECK(agree("entity:\"vladimir putin\"", 0, &p));
	CHECK(agree("entity:cuba", 0, &c));
	CHECK(agree("entity:moskva", 0, &m));
	CHECK(agree("entity:\"vladimir putin\" OR entity:cuba OR entity:moskva", 0, &any));
	CHECK(p > 0 && c > 0 && m > 0);
	CHECK(any > p && any > c);
	CHECK_INT(w, any);
}

static void
test_every_query_agrees(void)
{
	size_t i, n, nonempty = 0, partial = 0;
	int pass;

	/* Twice: short prefixes through FTS5, then through the prefix table. */
	for (pass = 0; pass < 2; pass++) {
		if (pass)
			CHECK_INT(index_build_prefixes(ix, NULL), INDEX_OK);
		for (i = 0; i < sizeof queries / sizeof *queries; i++) {
			CHECK(agree(queries[i], 0, &n));
			nonempty += n > 0;
			partial += n > 0 && n < corpus.n;
			CHECK(agree(queries[i], QUERY_HIDE_ARCHIVED, &n));
		}
	}
	/* The mix really tells the two apart: most queries select some but not all. */
	CHECK(partial * 3 > sizeof queries / sizeof *queries * 2 * 2);
	CHECK(nonempty > partial);
}

struct scored_list {
	uint32_t *id;
	double *score;
	size_t n, cap, cap2;
};

static void
collect_scored(void *ud, uint32_t id, double score)
{
	struct scored_list *l = ud;

	xgrow((void **)&l->id, &l->cap, l->n + 1, sizeof *l->id);
	xgrow((void **)&l->score, &l->cap2, l->n + 1, sizeof *l->score);
	l->id[l->n] = id;
	l->score[l->n++] = score;
}

/* Ranked both ways: the same articles in the same order with the same scores. */
static int
ranked_agree(const char *text, unsigned flags)
{
	struct scored_list a = {0}, b = {0};
	struct query_stmt s;
	struct query *q = query_parse(text, NULL, 0);
	size_t i;
	int ok;

	if (!q)
		return 0;
	query_sql_ranked(q, flags, &s);
	ok = index_select_scored(ix, s.sql, (const char *const *)s.params, s.nparams,
				 collect_scored, &a) == INDEX_OK &&
	     index_query_scored(ix, q, flags, collect_scored, &b) == INDEX_OK && a.n == b.n;
	for (i = 0; ok && i < a.n; i++)
		ok = a.id[i] == b.id[i] && a.score[i] == b.score[i];
	if (!ok)
		printf("# ranked %s (flags %u): SQL %zu, bitsets %zu\n", text, flags, a.n, b.n);
	query_stmt_free(&s);
	query_free(q);
	free(a.id);
	free(a.score);
	free(b.id);
	free(b.score);
	return ok;
}

static void
test_ranked_agrees(void)
{
	size_t i;

	for (i = 0; i < sizeof queries / sizeof *queries; i++) {
		CHECK(ranked_agree(queries[i], 0));
		CHECK(ranked_agree(queries[i], QUERY_HIDE_ARCHIVED));
	}
}

/* cluster: and is:duplicate read the clusters set on the index; none set, none match. */
static void
test_clusters(void)
{
	size_t n;

	CHECK(agree("cluster:1", 0, &n));
	CHECK_INT(n, 3);
	CHECK(agree("cluster:2", 0, &n));
	CHECK_INT(n, 2);
	CHECK(agree("is:duplicate", 0, &n));
	CHECK_INT(n, 3);
	CHECK(agree("cluster:2 -is:duplicate", 0, &n));
	CHECK_INT(n, 1);
	index_set_clusters(ix, NULL);
	CHECK(agree("is:duplicate", 0, &n));
	CHECK_INT(n, 0);
	CHECK(agree("cluster:1 OR -is:duplicate", 0, &n));
	CHECK_INT(n, corpus.n);
	index_set_clusters(ix, cs);
}

static void
test_ids_ascending(void)
{
	struct { uint32_t *v; size_t n, cap; } a = {0};
	struct query *q = query_parse("", NULL, 0);
	size_t i;

	CHECK(q != NULL);
	CHECK_INT(index_query_ids(ix, q, 0, collect, &a), INDEX_OK);
	CHECK_INT(a.n, corpus.n);
	for (i = 1; i < a.n; i++)
		CHECK(a.v[i - 1] < a.v[i]);
	free(a.v);
	query_free(q);
}

static void
test_state_errors_reported(void)
{
	struct index *bare;
	struct query *q = query_parse("is:read", NULL, 0);
	char err[256];
	size_t n = 0;

	/* No state attached: the error is the index's one clean line, as with the SQL. */
	bare = index_open(err, sizeof err);
	CHECK(bare != NULL);
	CHECK_INT(index_add_corpus(bare, &corpus, NULL), INDEX_OK);
	CHECK_INT(index_query_ids(bare, q, 0, collect, &(struct { uint32_t *v; size_t n, cap; }){0}),
		  INDEX_ERROR);
	CHECK(strstr(index_error(bare), "index: ") == index_error(bare));
	(void)n;
	index_close(bare);
	query_free(q);
}

int
main(void)
{
	setup();
	RUN(test_every_query_agrees);
	RUN(test_watched);
	RUN(test_ranked_agrees);
	RUN(test_clusters);
	RUN(test_ids_ascending);
	RUN(test_state_errors_reported);
	index_close(ix);
	state_close(st);
	entity_set_free(es);
	cluster_set_free(cs);
	corpus_free(&corpus);
	return TAP_END();
}
