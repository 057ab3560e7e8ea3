/* test_cache.c -- unit tests of the index cache file (--cache): written, reused, refused when stale or damaged. MIT licence. */
#include "config.h"

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include <dirent.h>

#include "corpus_fixture.h"
#include "state_fixture.h"

static char dir[600], cache[700];

static const char HARBOUR[] =
	"Harbour authority publishes dredging plans\n"
	"Published 12 March 2026\n"
	"The Valmora Harbour Authority said dredging will start in May, according to the city "
	"council. Elena Marquez, the harbour master, spoke to #valmora on https://valmora.example/port.\n"
	"Elena Marquez said the herons nesting near the breakwater would be moved first.\n";
static const char ORCHARD[] =
	"Orchard growers count the cost of a late frost\n"
	"Published 10 March 2026\n"
	"Paul Okafor, chair of the cooperative, said Marquez had promised help worth $2 million.\n";
static const char MILL[] =
	"Old mill reopens as a museum\n"
	"Published 2 March 2026\n"
	"The Valmora Heritage Trust opened the mill on Sunday; Paul Okafor cut the ribbon.\n";

static const char QUIET[] =
	"a quiet day\n"
	"nothing happened at all, and nobody said anything about it.\n";

/* Temporary files left beside the cache (index.cache.tmp-*). */
static int
leftovers(void)
{
	DIR *d = opendir(base);
	struct dirent *e;
	int k = 0;

	while (d && (e = readdir(d)))
		k += strncmp(e->d_name, "index.cache.tmp", 15) == 0;
	if (d)
		closedir(d);
	return k;
}

static void
write_article(const char *name, const char *text)
{
	char path[700];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	spit(path, text, strlen(text));
}

static void
load(struct corpus *c)
{
	corpus_init(c);
	CHECK_INT(corpus_add_path(c, dir), 0);
	corpus_finish(c);
}

/* A full in-memory build, as a launch without a usable cache does. */
static struct index *
build(struct corpus *c, struct entity_set **es)
{
	struct index *ix = index_open(err, sizeof err);

	CHECK(ix != NULL);
	CHECK_INT(index_add_corpus(ix, c, NULL), INDEX_OK);
	*es = entities_build(c);
	CHECK_INT(index_add_entities(ix, *es), INDEX_OK);
	return ix;
}

static void
collect(void *ud, uint32_t id)
{
	(*(size_t *)ud) += (size_t)1 << id;
}

/* The articles a query finds, as a bit per article id. */
static size_t
found(struct index *ix, const char *text)
{
	size_t bits = 0;

	CHECK_INT(fixture_query(ix, text, collect, &bits), INDEX_OK);
	return bits;
}

static bool
same_entities(const struct entity_set *a, const struct entity_set *b)
{
	size_t i, j;

	if (a->n != b->n || a->narticles != b->narticles || a->total_mentions != b->total_mentions)
		return false;
	for (i = 0; i < a->n; i++) {
		const struct entity *x = &a->ents[i], *y = &b->ents[i];

		if (x->id != y->id || x->type != y->type || strcmp(x->canonical, y->canonical) ||
		    strcmp(x->key, y->key) || x->narticles != y->narticles ||
		    x->nmentions != y->nmentions || x->naliases != y->naliases)
			return false;
		for (j = 0; j < x->naliases; j++)
			if (strcmp(x->aliases[j], y->aliases[j]))
				return false;
	}
	for (i = 0; i < a->narticles; i++) {
		if (a->nmentions[i] != b->nmentions[i])
			return false;
		for (j = 0; j < a->nmentions[i]; j++) {
			const struct mention *m = &a->mentions[i][j], *n = &b->mentions[i][j];

			if (m->start != n->start || m->end != n->end || m->entity != n->entity ||
			    m->type != n->type)
				return false;
		}
	}
	return true;
}

/* Load the cache for the folder as it is now: the status, the reason in why. */
static int
try_load(char *why, size_t n)
{
	struct corpus c;
	struct entity_set *es = NULL;
	struct index *ix = index_open(err, sizeof err);
	int rc;

	load(&c);
	rc = index_cache_load(ix, &c, cache, &es, why, n);
	CHECK(rc == INDEX_CACHE_HIT ? es != NULL : es == NULL);
	/* A miss leaves the index ready to be built as if no cache had been asked for. */
	if (rc == INDEX_CACHE_MISS) {
		CHECK_INT(index_add_corpus(ix, &c, NULL), INDEX_OK);
		CHECK_INT(fixture_hits(ix, "dredging"), 1);
	}
	index_close(ix);
	entity_set_free(es);
	corpus_free(&c);
	return rc;
}

static void
test_roundtrip(void)
{
	struct corpus c;
	struct entity_set *es, *es2 = NULL;
	struct index *ix, *ix2;
	static const char *const queries[] = {
		"dredging", "herons OR frost", "\"harbour master\"", "valm*", "-frost",
		"entity:\"Elena Marquez\"", "entity:marquez", "type:money", "type:hashtag",
		"type:url dredging", "date:2026-03-10", "date:>2026-03-05", "path:*orchard*",
		"okafor -museum", "va*", "her* OR m*", "-fro*", "2026*",
	};
	const char *const valm[] = { "\"valm\"" };
	size_t bits = 0;
	size_t i;
	char why[256];

	load(&c);
	ix = build(&c, &es);
	CHECK_INT(index_cache_save(ix, cache, NULL, err, sizeof err), INDEX_OK);
	ix2 = index_open(err, sizeof err);
	CHECK_INT(index_cache_load(ix2, &c, cache, &es2, why, sizeof why), INDEX_CACHE_HIT);
	CHECK_STR(why, "");
	CHECK(es2 != NULL && same_entities(es, es2));
	CHECK(es->narticles == 3 && es->nmentions[2] == 0);	/* quiet.txt: none, kept so */
	/* The same answers from the file as from memory, free text, entities and all. */
	for (i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		size_t want = found(ix, queries[i]);

		CHECK(want != 0 || strcmp(queries[i], "-frost") == 0);
		CHECK_INT(found(ix2, queries[i]), want);
	}
	CHECK_INT(fixture_hits(ix2, "herons"), 1);
	CHECK_INT(fixture_hits(ix2, "marquez"), 2);
	/* The prefix table was filled to write the cache, and is read back from it. */
	CHECK_INT(index_select_ids(ix2, "SELECT rowid FROM pfx WHERE pfx MATCH ?", valm, 1,
				   collect, &bits), INDEX_OK);
	CHECK_INT(bits, found(ix, "valmora"));
	/* No temporary file is left beside the cache, which is private like the state. */
	CHECK_INT(leftovers(), 0);
	{
		struct stat sb;

		CHECK(stat(cache, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	}
	/* A cache is written only from a complete in-memory build, not from a cache. */
	CHECK_INT(index_cache_save(ix2, cache, NULL, err, sizeof err), INDEX_ERROR);
	CHECK(strstr(err, "not complete") != NULL);
	index_close(ix);
	index_close(ix2);
	entity_set_free(es);
	entity_set_free(es2);
	corpus_free(&c);
}

static void
test_stale(void)
{
	char why[256];
	sqlite3 *db;

	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_HIT);
	/* One article's text changes (same size: only the hash tells). */
	{
		char *t = xstrdup(ORCHARD), *p = strstr(t, "frost");

		memcpy(p, "front", 5);
		write_article("orchard.txt", t);
		free(t);
	}
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
	CHECK_STR(why, "1 article changed");
	write_article("orchard.txt", ORCHARD);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_HIT);
	/* An article more. */
	write_article("mill.txt", MILL);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
	CHECK_STR(why, "it has 3 articles, the folders 4");
	{
		char path[700];

		snprintf(path, sizeof path, "%s/mill.txt", dir);
		unlink(path);
	}
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_HIT);
	/* Another version wrote it. */
	CHECK_INT(sqlite3_open(cache, &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, "UPDATE meta SET v = '0.0.1' WHERE k = 'version'", NULL, NULL,
			       NULL), SQLITE_OK);
	sqlite3_close(db);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
	CHECK_STR(why, "another version of dossier wrote it");
}

static void
test_invalidate(void)
{
	struct corpus c;
	struct entity_set *es, *es2 = NULL;
	struct index *ix, *ix2;
	char why[256], old[33];

	load(&c);
	ix = build(&c, &es);
	CHECK_INT(index_cache_invalidate(ix), INDEX_OK);	/* no cache: nothing to do */
	CHECK_INT(index_cache_save(ix, cache, NULL, err, sizeof err), INDEX_OK);
	index_close(ix);
	entity_set_free(es);
	ix2 = index_open(err, sizeof err);
	CHECK_INT(index_cache_load(ix2, &c, cache, &es2, why, sizeof why), INDEX_CACHE_HIT);
	/* :edit on a cached index: the change is made in the file, which is marked out of
	 * date first, so the next launch builds afresh. */
	{
		char *t = xstrdup(HARBOUR), *p = strstr(t, "herons");

		memcpy(p, "egrets", 6);
		write_article("harbour.txt", t);
		free(t);
	}
	CHECK_INT(found(ix2, "hero*"), 1);
	CHECK_INT(index_reread_article(ix2, 0, old), INDEX_OK);
	CHECK_INT(fixture_hits(ix2, "egrets"), 1);
	CHECK_INT(fixture_hits(ix2, "herons"), 0);
	/* and in the cache's prefix table */
	CHECK_INT(found(ix2, "egr*"), 1);
	CHECK_INT(found(ix2, "hero*"), 0);
	index_close(ix2);
	entity_set_free(es2);
	corpus_free(&c);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
	CHECK(strstr(why, "edited") != NULL);
	write_article("harbour.txt", HARBOUR);
}

/* A mention that would point past its article's text, an entity id past the set. */
static void
test_damaged_entities(void)
{
	char why[256];
	static const char *const bad[] = {
		"UPDATE es_mentions SET data = x'00000000FFFF0000000000000000' WHERE article = 0",
		"UPDATE mention SET entity = 99999 WHERE (article, entity) ="
		" (SELECT article, entity FROM mention LIMIT 1)",
		"DELETE FROM entity WHERE id = 0",
	};
	size_t k;
	sqlite3 *db;

	for (k = 0; k < sizeof bad / sizeof bad[0]; k++) {
		struct corpus c2;
		struct entity_set *e2;
		struct index *i2;

		load(&c2);
		i2 = build(&c2, &e2);
		CHECK_INT(index_cache_save(i2, cache, NULL, err, sizeof err), INDEX_OK);
		index_close(i2);
		entity_set_free(e2);
		corpus_free(&c2);
		CHECK_INT(sqlite3_open(cache, &db), SQLITE_OK);
		CHECK_INT(sqlite3_exec(db, bad[k], NULL, NULL, NULL), SQLITE_OK);
		CHECK_INT(sqlite3_changes(db), 1);
		sqlite3_close(db);
		CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
		CHECK_STR(why, "its entities cannot be read");
	}
}

static void
test_damaged(void)
{
	char why[256], path[700];
	struct corpus c;
	struct entity_set *es;
	struct index *ix;
	volatile int stop = 1;

	/* Not a database at all: not used, and not written over either (--cache naming a
	 * document by mistake must not destroy it). */
	spit(cache, "this is not a cache\n", 20);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
	CHECK(why[0] != '\0');
	load(&c);
	ix = build(&c, &es);
	CHECK_INT(index_cache_save(ix, cache, NULL, err, sizeof err), INDEX_ERROR);
	CHECK(strstr(err, "not a dossier cache") != NULL);
	{
		size_t len;
		char *s = slurp(cache, &len);

		CHECK(s && len == 20 && memcmp(s, "this is not a cache\n", 20) == 0);
		free(s);
	}
	/* Nor another SQLite database, such as the state file. */
	{
		sqlite3 *db;

		CHECK(unlink(cache) == 0);
		CHECK_INT(sqlite3_open(cache, &db), SQLITE_OK);
		CHECK_INT(sqlite3_exec(db, "CREATE TABLE decisions(x); INSERT INTO decisions"
				       " VALUES(1)", NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(db);
		CHECK_INT(index_cache_save(ix, cache, NULL, err, sizeof err), INDEX_ERROR);
		CHECK(strstr(err, "not a dossier cache") != NULL);
		CHECK_INT(leftovers(), 0);
	}
	/* An empty file is fine to write over. */
	spit(cache, "", 0);
	CHECK_INT(index_cache_save(ix, cache, NULL, err, sizeof err), INDEX_OK);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_HIT);
	/* Cut short: a miss. */
	CHECK(truncate(cache, 4096) == 0);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
	CHECK(unlink(cache) == 0);
	/* A folder of that name, a folder that is not there. */
	CHECK(mkdir(cache, 0755) == 0);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
	CHECK_STR(why, "it is not a regular file");
	CHECK(rmdir(cache) == 0);
	CHECK_INT(try_load(why, sizeof why), INDEX_CACHE_MISS);
	CHECK_STR(why, "no cache yet");
	snprintf(path, sizeof path, "%s/no/such/dir/cache", base);
	CHECK_INT(index_cache_save(ix, path, NULL, err, sizeof err), INDEX_ERROR);
	CHECK(strstr(err, "cannot write the cache") && strstr(err, "No such file or directory"));
	/* Abandoned halfway (the user quit): no message, no file, no temporary file. */
	CHECK_INT(index_cache_save(ix, cache, &stop, err, sizeof err), INDEX_ERROR);
	CHECK_STR(err, "");
	CHECK(!exists(cache, ""));
	CHECK_INT(leftovers(), 0);
	index_close(ix);
	entity_set_free(es);
	corpus_free(&c);
}

int
main(void)
{
	fixture_init();
	snprintf(dir, sizeof dir, "%s/articles", base);
	snprintf(cache, sizeof cache, "%s/index.cache", base);
	mkdir(dir, 0755);
	write_article("harbour.txt", HARBOUR);
	write_article("orchard.txt", ORCHARD);
	write_article("quiet.txt", QUIET);	/* an article without entities */
	RUN(test_roundtrip);
	RUN(test_stale);
	RUN(test_invalidate);
	RUN(test_damaged_entities);
	RUN(test_damaged);
	return TAP_END();
}
