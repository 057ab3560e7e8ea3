/* test_cache.c -- unit tests of the persistent index file: written, used without reading the files, updated for the ones that changed, refused when damaged. MIT licence. */
#include "config.h"

#include <fcntl.h>
#include <sys/stat.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/pipeline.h"
#include "dossier/quote.h"
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

/* An article file, with an mtime long past (a file written just now is read again until
 * it is a few seconds old: see index_cache_files.c), another one at each write (an edit
 * that keeps the size and the mtime is not seen: the cache trusts stat). */
static void
write_article(const char *name, const char *text)
{
	static time_t when = 1700000000;
	char path[700];
	struct timespec t[2] = { { when, 0 }, { when, 0 } };

	snprintf(path, sizeof path, "%s/%s", dir, name);
	spit(path, text, strlen(text));
	CHECK(utimensat(AT_FDCWD, path, t, 0) == 0);
	when += 10;
}

static void
article_path(char *out, size_t n, const char *name)
{
	snprintf(out, n, "%s/%s", dir, name);
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


/* One launch on the folder through the cache file, as the TUI and the commands do. */
struct run {
	struct pipeline p;
	struct corpus c;
	struct index *ix;
};

static void
launch(struct run *r)
{
	char *paths[1] = { dir };

	memset(r, 0, sizeof *r);
	corpus_init(&r->c);
	r->p.cache_mode = PIPELINE_CACHE_FILE;
	r->p.cache_file = cache;
	CHECK(pipeline_load(&r->p, &r->c, paths, 1, 2, NULL, NULL));
	r->ix = index_open(err, sizeof err);
	CHECK(r->ix != NULL);
	r->p.ix = r->ix;
	r->p.c = &r->c;
	r->p.want_entities = true;
	CHECK_INT(pipeline_build(&r->p), 0);
	pipeline_finish(&r->p);
}

static void
land(struct run *r)
{
	index_close(r->ix);
	entity_set_free(r->p.es);
	free(r->p.corr_used);
	pipeline_free(&r->p);
	corpus_free(&r->c);
}

static const char *const queries[] = {
	"dredging", "herons OR frost", "\"harbour master\"", "valm*", "-frost",
	"entity:\"Elena Marquez\"", "entity:marquez", "type:money", "type:hashtag",
	"type:url dredging", "date:2026-03-10", "date:>2026-03-05", "path:*orchard*",
	"okafor -museum", "va*", "her* OR m*", "-fro*", "2026*", "front", "museum", "o*",
};

/* The launch r answers as a build of the folder in memory does: every query, the
 * entities (names, aliases, every mention). */
static bool
same_as_built(struct run *r)
{
	struct corpus c;
	struct entity_set *es;
	struct index *ix;
	size_t i;
	bool same;

	load(&c);
	ix = build(&c, &es);
	same = c.n == r->c.n && r->p.es && same_entities(es, r->p.es);
	for (i = 0; same && i < sizeof queries / sizeof queries[0]; i++)
		same = found(ix, queries[i]) == found(r->ix, queries[i]);
	index_close(ix);
	entity_set_free(es);
	corpus_free(&c);
	return same;
}

static ino_t
inode(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 ? sb.st_ino : 0;
}

static void
test_roundtrip(void)
{
	const char *const valm[] = { "\"valm\"" };
	struct run r;
	size_t bits = 0;

	unlink(cache);
	launch(&r);		/* no cache yet: built, then written */
	CHECK(!r.p.cached && r.c.nread == 3 && r.p.why[0] == '\0');
	CHECK(same_as_built(&r));
	land(&r);
	CHECK(inode(cache) != 0);
	launch(&r);		/* used: nothing read */
	CHECK(r.p.cached && !r.p.updated);
	CHECK_INT(r.c.nread, 0);
	CHECK_INT(r.c.nreused, 3);
	CHECK(same_as_built(&r));
	CHECK(r.p.es->narticles == 3 && r.p.es->nmentions[2] == 0);	/* quiet.txt */
	/* The prefix table was filled to write the cache, and is read back from it. */
	CHECK_INT(index_select_ids(r.ix, "SELECT rowid FROM pfx WHERE pfx MATCH ?", valm, 1,
				   collect, &bits), INDEX_OK);
	CHECK_INT(bits, found(r.ix, "valmora"));
	/* An article's text is read when it is asked for, and is the one indexed. */
	CHECK(r.c.arts[0]->text == NULL);
	article_load(r.c.arts[0]);
	CHECK(r.c.arts[0]->text && strstr(r.c.arts[0]->text, "herons") != NULL);
	CHECK_INT(r.c.arts[0]->len, strlen(HARBOUR));
	/* No temporary file is left beside the cache, which is private like the state. */
	CHECK_INT(leftovers(), 0);
	{
		struct stat sb;

		CHECK(stat(cache, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	}
	/* A cache is written only from a complete build, not from a cache. */
	CHECK_INT(index_cache_save(r.ix, cache, NULL, 0, NULL, err, sizeof err), INDEX_ERROR);
	CHECK(strstr(err, "not complete") != NULL);
	land(&r);
}

/* Launch after a change: files read, whether the cache was updated, the answers. */
static void
after_change(size_t nread, bool updated)
{
	struct run r;
	ino_t before = inode(cache);

	launch(&r);
	CHECK_INT(r.c.nread, nread);
	CHECK(r.p.cached);
	CHECK(r.p.updated == updated);
	CHECK(same_as_built(&r));
	land(&r);
	/* An update is a new file renamed over the cache; a use leaves it be. */
	CHECK(updated ? inode(cache) != before : inode(cache) == before);
	CHECK_INT(leftovers(), 0);
	launch(&r);		/* and the next launch reads nothing */
	CHECK_INT(r.c.nread, 0);
	CHECK(r.p.cached && !r.p.updated);
	land(&r);
}

static void
test_update(void)
{
	char a[700], b[700];

	/* One article's text changes (same size: only the content tells). */
	{
		char *t = xstrdup(ORCHARD), *p = strstr(t, "frost");

		memcpy(p, "front", 5);
		write_article("orchard.txt", t);
		free(t);
	}
	after_change(1, true);
	write_article("mill.txt", MILL);	/* added */
	after_change(1, true);
	/* Renamed: found by device and inode, not read; ids move. */
	article_path(a, sizeof a, "harbour.txt");
	article_path(b, sizeof b, "zz-harbour.txt");
	CHECK(rename(a, b) == 0);
	after_change(0, true);
	CHECK(rename(b, a) == 0);
	after_change(0, true);
	article_path(a, sizeof a, "mill.txt");
	CHECK(unlink(a) == 0);			/* removed */
	after_change(0, true);
	/* Touched without a change: read once, the cache learns the new mtime. */
	{
		struct timespec t[2] = { { 1700000500, 0 }, { 1700000500, 0 } };

		article_path(a, sizeof a, "quiet.txt");
		CHECK(utimensat(AT_FDCWD, a, t, 0) == 0);
	}
	after_change(1, false);
	write_article("orchard.txt", ORCHARD);
	after_change(1, true);
}

static void
test_live_mark(void)
{
	struct run r;
	char old[33];

	launch(&r);
	CHECK(r.p.cached);
	/* :edit on a cached index: the change is made in the file, which is marked as
	 * changed in place first (its rows stay true), so the next launch updates it: the
	 * corpus resolved again, the answers of a build. */
	{
		char *t = xstrdup(HARBOUR), *p = strstr(t, "herons");

		memcpy(p, "egrets", 6);
		write_article("harbour.txt", t);
		free(t);
	}
	CHECK_INT(found(r.ix, "hero*"), 1);
	CHECK_INT(index_reread_article(r.ix, 0, old), INDEX_OK);
	CHECK_INT(fixture_hits(r.ix, "egrets"), 1);
	CHECK_INT(fixture_hits(r.ix, "herons"), 0);
	/* and in the cache's prefix table */
	CHECK_INT(found(r.ix, "egr*"), 1);
	CHECK_INT(found(r.ix, "hero*"), 0);
	land(&r);
	{
		sqlite3 *db = NULL;
		sqlite3_stmt *st = NULL;

		CHECK_INT(sqlite3_open(cache, &db), SQLITE_OK);
		CHECK_INT(sqlite3_prepare_v2(db, "SELECT v FROM meta WHERE k = 'complete'", -1,
					     &st, NULL), SQLITE_OK);
		CHECK(sqlite3_step(st) == SQLITE_ROW &&
		      strcmp((const char *)sqlite3_column_text(st, 0), "live") == 0);
		sqlite3_finalize(st);
		sqlite3_close(db);
	}
	launch(&r);
	CHECK(r.p.cached && r.p.updated);
	CHECK(same_as_built(&r));
	land(&r);
	write_article("harbour.txt", HARBOUR);
	after_change(1, true);
}

/* Change the cache with sql, then launch (after orchard.txt is given text when not
 * NULL): the answers are right either way; the reason the cache was not used in why.
 * The rows of the catalog are read only when there is no pack of them (a damaged pack is
 * passed over for them: tests/cli/cache_pack.sh): it goes, so that the rows' damage is
 * met. */
static void
damaged_launch(const char *sql, const char *text, char *why, size_t n)
{
	struct run r;
	sqlite3 *db;

	CHECK_INT(sqlite3_open(cache, &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, "DELETE FROM pack", NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	CHECK(sqlite3_changes(db) >= 1);
	sqlite3_close(db);
	if (text)
		write_article("orchard.txt", text);
	launch(&r);
	CHECK(same_as_built(&r));
	snprintf(why, n, "%.200s", r.p.why);
	land(&r);
	launch(&r);	/* whole again */
	CHECK(r.p.cached && r.c.nread == 0);
	land(&r);
}

static void
test_damaged_rows(void)
{
	char why[256];

	/* A mention that would point past its article's text, an entity id past the set. */
	damaged_launch("UPDATE es_mentions SET data = x'00000000FFFF0000000000000000'"
		       " WHERE article = 0", NULL, why, sizeof why);
	CHECK_STR(why, "its entities cannot be read");
	damaged_launch("DELETE FROM entity WHERE id = 0", NULL, why, sizeof why);
	CHECK_STR(why, "its entities cannot be read");
	/* Two articles on one full-text row; an article row out of order. */
	damaged_launch("UPDATE article SET doc = 0", NULL, why, sizeof why);
	CHECK_STR(why, "it cannot be read");
	damaged_launch("UPDATE article SET id = id + 7 WHERE id = 1", NULL, why, sizeof why);
	CHECK_STR(why, "it cannot be read");
	/* A content hash that is not 32 lower-case hex digits (is_hash(), eight bytes a
	 * step): upper case, a letter past f, one digit short, a byte with its top bit. */
	damaged_launch("UPDATE article SET hash = upper(hash) WHERE id = 0", NULL, why,
		       sizeof why);
	CHECK_STR(why, "it cannot be read");
	damaged_launch("UPDATE article SET hash = 'g' || substr(hash, 2) WHERE id = 0", NULL,
		       why, sizeof why);
	CHECK_STR(why, "it cannot be read");
	damaged_launch("UPDATE article SET hash = substr(hash, 2) WHERE id = 0", NULL, why,
		       sizeof why);
	CHECK_STR(why, "it cannot be read");
	damaged_launch("UPDATE article SET hash = substr(hash, 1, 30) || char(233) WHERE id = 0",
		       NULL, why, sizeof why);
	CHECK_STR(why, "it cannot be read");
	/* A length no file of that size has; rows numbered far past the articles. */
	damaged_launch("UPDATE file SET len = 4000000000 WHERE id = 0", NULL, why, sizeof why);
	CHECK_STR(why, "it cannot be read");
	damaged_launch("UPDATE article SET doc = 4000000 WHERE id = 1", NULL, why, sizeof why);
	CHECK_STR(why, "it cannot be read");
	/* A changed article whose row says it has 2^63 words: not believed (no such text). */
	damaged_launch("UPDATE fts_docsize SET sz = x'0bffffffffffffffff7f' WHERE id ="
		       " (SELECT doc FROM article WHERE path LIKE '%orchard.txt')", MILL, why,
		       sizeof why);
	CHECK(strstr(why, "removing an article") != NULL);
	/* Kept extractions that cannot be decoded are made again (same answers). */
	damaged_launch("UPDATE xtd SET data = x'ff0102'", MILL, why, sizeof why);
	CHECK_STR(why, "");
	/* A changed article whose kept words are gone: the update gives up, a build follows. */
	damaged_launch("DELETE FROM doc WHERE doc = (SELECT doc FROM article WHERE"
		       " path LIKE '%orchard.txt')", ORCHARD, why, sizeof why);
	CHECK(strstr(why, "removing an article") != NULL);
}

/* A file that is not a cache of ours is neither used nor written over. */
static void
test_not_a_cache(void)
{
	char why[256];
	struct corpus c;
	struct entity_set *es;
	struct index *ix;

	/* Not a database at all: not used, and not written over either (--cache naming a
	 * document by mistake must not destroy it). */
	spit(cache, "this is not a cache\n", 20);
	CHECK(index_catalog_open(cache, why, sizeof why) == NULL && why[0] != '\0');
	load(&c);
	ix = build(&c, &es);
	CHECK_INT(index_cache_save(ix, cache, NULL, 0, NULL, err, sizeof err), INDEX_ERROR);
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
		CHECK_INT(index_cache_save(ix, cache, NULL, 0, NULL, err, sizeof err), INDEX_ERROR);
		CHECK(strstr(err, "not a dossier cache") != NULL);
		CHECK_INT(leftovers(), 0);
	}
	index_close(ix);
	entity_set_free(es);
	corpus_free(&c);
}

/* An empty file is written over; one cut short, a folder or no file is not used; a save
 * abandoned halfway leaves nothing. */
static void
test_damaged(void)
{
	char why[256], path[700];
	struct corpus c;
	struct entity_set *es;
	struct index *ix;
	volatile int stop = 1;

	/* An empty file is fine to write over (a build keeps each article's words). */
	spit(cache, "", 0);
	load(&c);
	ix = index_open(err, sizeof err);
	index_keep_terms(ix);
	CHECK_INT(index_add_corpus(ix, &c, NULL), INDEX_OK);
	es = entities_build(&c);
	CHECK_INT(index_add_entities(ix, es), INDEX_OK);
	CHECK_INT(index_cache_save(ix, cache, NULL, 0, NULL, err, sizeof err), INDEX_OK);
	{
		struct index_catalog *k = index_catalog_open(cache, why, sizeof why);

		CHECK(k != NULL);
		index_catalog_close(k);
	}
	/* Cut short: not used. */
	CHECK(truncate(cache, 4096) == 0);
	CHECK(index_catalog_open(cache, why, sizeof why) == NULL);
	CHECK(unlink(cache) == 0);
	/* A folder of that name, a folder that is not there. */
	CHECK(mkdir(cache, 0755) == 0);
	CHECK(index_catalog_open(cache, why, sizeof why) == NULL);
	CHECK_STR(why, "it is not a regular file");
	CHECK(rmdir(cache) == 0);
	CHECK(index_catalog_open(cache, why, sizeof why) == NULL);
	CHECK_STR(why, "no cache yet");
	snprintf(path, sizeof path, "%s/no/such/dir/cache", base);
	CHECK_INT(index_cache_save(ix, path, NULL, 0, NULL, err, sizeof err), INDEX_ERROR);
	CHECK(strstr(err, "cannot write the cache") && strstr(err, "No such file or directory"));
	/* Abandoned halfway (the user quit): no message, no file, no temporary file. */
	CHECK_INT(index_cache_save(ix, cache, NULL, 0, &stop, err, sizeof err), INDEX_ERROR);
	CHECK_STR(err, "");
	CHECK(!exists(cache, ""));
	CHECK_INT(leftovers(), 0);
	index_close(ix);
	entity_set_free(es);
	corpus_free(&c);
}

/* A cache another version wrote: built again, and written over. */
static void
test_other_version(void)
{
	struct run r;
	sqlite3 *db;

	launch(&r);
	land(&r);
	CHECK_INT(sqlite3_open(cache, &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, "UPDATE meta SET v = '0.0.1' WHERE k = 'version'", NULL,
			       NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	launch(&r);
	CHECK(!r.p.cached);
	CHECK_STR(r.p.why, "another version of dossier wrote it");
	land(&r);
	launch(&r);
	CHECK(r.p.cached && r.c.nread == 0);
	land(&r);
}

/* Do two lists hold the same quotes? */
static bool
same_quotes(const struct quote_list *a, const struct quote_list *b)
{
	size_t k;

	if (a->n != b->n)
		return false;
	for (k = 0; k < a->n; k++) {
		const struct quote *x = &a->v[k], *y = &b->v[k];

		if (x->start != y->start || x->end != y->end || x->quote_start != y->quote_start ||
		    x->quote_end != y->quote_end || x->who_start != y->who_start ||
		    x->who_end != y->who_end || x->entity != y->entity || x->kind != y->kind)
			return false;
	}
	return true;
}

/* The quotes the index keeps per article (for `dossier quotes`): those quote_article()
 * finds, back without the text, for the same mentions only; a damaged blob is none. */
static void
test_kept_quotes(void)
{
	struct quote_list found = {0}, kept = {0};
	struct corpus c;
	struct entity_set *es;
	struct index_ents *t;
	struct ex_blob *b, cut;
	size_t i, quoted = 0, len;

	load(&c);
	es = entities_build(&c);
	b = xcalloc(c.n, sizeof *b);
	t = index_ents_build(&c, es, b, c.n, err, sizeof err);
	CHECK(t != NULL);
	for (i = 0; i < c.n; i++) {
		if (!es->nmentions[i])
			continue;
		quote_article(c.arts[i], es->mentions[i], es->nmentions[i], &found);
		quoted += found.n;
		CHECK(b[i].fresh && b[i].data);
		CHECK(index_kept_quotes(&b[i], es->mentions[i], es->nmentions[i], &kept));
		CHECK(same_quotes(&found, &kept));
		/* Other mentions (one fewer): not these quotes. */
		CHECK(!index_kept_quotes(&b[i], es->mentions[i], es->nmentions[i] - 1, &kept));
		CHECK_INT(kept.n, 0);
		/* Cut short anywhere: none. */
		for (len = 0; len < b[i].len; len++) {
			cut = b[i];
			cut.len = len;
			if (index_kept_quotes(&cut, es->mentions[i], es->nmentions[i], &kept))
				break;
		}
		CHECK_INT(len, b[i].len);
		free(b[i].data);
	}
	CHECK(quoted >= 2);	/* the harbour's and the orchard's */
	index_ents_free(t);
	free(b);
	quote_list_free(&found);
	quote_list_free(&kept);
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
	RUN(test_update);
	RUN(test_live_mark);
	RUN(test_damaged_rows);
	RUN(test_not_a_cache);
	RUN(test_damaged);
	RUN(test_other_version);
	RUN(test_kept_quotes);
	return TAP_END();
}
