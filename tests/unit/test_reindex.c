/* test_reindex.c -- unit tests of the :edit model: one article re-read and re-indexed, its state rehashed. MIT licence. */
#include "config.h"

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "corpus_fixture.h"
#include "state_fixture.h"

static struct corpus corpus;
static struct index *ix;
static struct entity_set *es;
static char dir[600];

static const char HARBOUR[] =
	"Harbour authority publishes dredging plans\n"
	"Published 12 March 2026\n"
	"The Valmora Harbour Authority said dredging will start in May, according to the city "
	"council.\n"
	"Elena Marquez said the herons nesting near the breakwater would be moved first.\n";
static const char ORCHARD[] =
	"Orchard growers count the cost of a late frost\n"
	"Published 10 March 2026\n"
	"Paul Okafor, chair of the cooperative, said Elena Marquez had promised help.\n";

static void
setup(void)
{
	char path[700];

	fixture_init();
	snprintf(dir, sizeof dir, "%s/articles", base);
	mkdir(dir, 0755);
	snprintf(path, sizeof path, "%s/harbour.txt", dir);
	spit(path, HARBOUR, strlen(HARBOUR));
	snprintf(path, sizeof path, "%s/orchard.txt", dir);
	spit(path, ORCHARD, strlen(ORCHARD));
	CHECK(fixture_index_dir(&corpus, dir, &ix, &es));
}

static size_t
hits(const char *q)
{
	return fixture_hits(ix, q);
}

static long
entity_named(const char *name)
{
	return fixture_entity_named(es, name);
}

/* Does article a mention entity e (the in-memory set)? */
static bool
mentions(uint32_t a, long e)
{
	size_t i;

	for (i = 0; e >= 0 && i < es->nmentions[a]; i++)
		if (es->mentions[a][i].entity == (uint32_t)e)
			return true;
	return false;
}

/* Articles the mention table has for entity e, as a sum of (id + 1). */
static size_t
table_articles(long e)
{
	return fixture_table_articles(ix, e);
}

/* Articles the query language finds (the bitset evaluator), as a sum of (id + 1). */
static size_t
query_articles(const char *text)
{
	return fixture_query_sum(ix, text);
}

static void
test_reread(void)
{
	char path[700], old[33], before[33];
	const struct article *a = corpus.arts[0];
	long elena = entity_named("Elena Marquez"), brandt;
	uint32_t elena_articles = es->ents[elena].narticles;
	size_t n_before = es->n;
	char *edited = xstrdup(HARBOUR), *p;

	CHECK(strstr(a->path, "harbour.txt") != NULL);
	snprintf(before, sizeof before, "%s", a->hash);
	CHECK_INT(hits("herons"), 1);
	CHECK_INT(query_articles("hero*"), 1);
	CHECK_INT(query_articles("egr*"), 0);
	CHECK(elena >= 0 && mentions(0, elena));
	/* The edit: a word changes, a new person comes in, Elena Marquez goes. */
	p = strstr(edited, "herons");
	memcpy(p, "egrets", 6);
	p = strstr(edited, "Elena Marquez said");
	memcpy(p, "Rita Brandtova", 14);
	p = strstr(edited, "the city council");
	memcpy(p, "Mayor Tom Brandt", 16);
	snprintf(path, sizeof path, "%s/harbour.txt", dir);
	spit(path, edited, strlen(edited));
	free(edited);

	CHECK_INT(index_reread_article(ix, 0, old), INDEX_OK);
	a = corpus.arts[0];
	CHECK_STR(old, before);
	CHECK(strcmp(a->hash, before) != 0);
	CHECK_INT(a->id, 0);
	CHECK(strstr(a->text, "egrets") != NULL);
	/* Full text: the old words are gone (the contentless delete matched), the new found. */
	CHECK_INT(hits("egrets"), 1);
	CHECK_INT(hits("herons"), 0);
	CHECK_INT(hits("dredging"), 1);
	CHECK_INT(hits("frost"), 1);
	/* Entities: a new one with its row, the old counts moved. */
	brandt = entity_named("Tom Brandt");
	CHECK(brandt >= (long)n_before);
	CHECK(mentions(0, brandt));
	CHECK_INT(es->ents[brandt].narticles, 1);
	CHECK_INT(table_articles(brandt), 1);
	CHECK(!mentions(0, elena));
	CHECK_INT(es->ents[elena].narticles, elena_articles - 1);
	CHECK_INT(table_articles(elena), 2);	/* only orchard.txt (id 1) now */
	/* The query evaluator's caches follow too. */
	CHECK_INT(query_articles("egrets"), 1);
	CHECK_INT(query_articles("herons"), 0);
	/* Short prefixes come from the prefix table, changed with the full text. */
	CHECK_INT(query_articles("hero*"), 0);
	CHECK_INT(query_articles("egr*"), 1);
	CHECK_INT(query_articles("egre*"), 1);
	CHECK_INT(query_articles("dre*"), 1);
	CHECK_INT(query_articles("fro*"), 2);	/* orchard.txt (id 1): frost */
	CHECK_INT(query_articles("entity:\"Tom Brandt\""), 1);
	CHECK_INT(query_articles("entity:\"Elena Marquez\""), 2);
}

/* Does the typed table (what type: reads from SQL) agree with the bitset evaluator's
 * per-type sets for every type? As a count of the types that disagree. */
static int
typed_disagrees(void)
{
	static const char *const types[] = { "person", "org", "place", "date", "money" };
	char want[16], q[32];
	const char *p[1] = { want };
	size_t i, j, sum;
	int bad = 0;

	for (i = 0; i < sizeof types / sizeof types[0]; i++) {
		for (j = 0; types[i][j]; j++)
			want[j] = (char)(types[i][j] - 'a' + 'A');
		want[j] = '\0';
		sum = 0;
		if (index_select_ids(ix, "SELECT article FROM typed WHERE type = ?", p, 1,
				     fixture_sum_id, &sum) != INDEX_OK)
			return -1;
		snprintf(q, sizeof q, "type:%s", types[i]);
		bad += sum != query_articles(q);
	}
	return bad;
}

/* A re-read that changes the types an article mentions: the typed rows follow (they were
 * those of the old text: type:money found it no more from SQL). */
static void
test_reread_types(void)
{
	static const char TEXT[] =
		"Orchard growers count the cost of a late frost\n"
		"Published 10 March 2026\n"
		"The cooperative puts the loss at $4 million for the valley.\n";
	char path[700], old[33];

	CHECK_INT(typed_disagrees(), 0);
	CHECK_INT(query_articles("type:money"), 0);
	snprintf(path, sizeof path, "%s/orchard.txt", dir);
	spit(path, TEXT, strlen(TEXT));
	CHECK_INT(index_reread_article(ix, 1, old), INDEX_OK);
	CHECK_INT(query_articles("type:money"), 2);	/* orchard.txt: id 1 */
	CHECK_INT(typed_disagrees(), 0);
}

static void
test_reread_missing(void)
{
	char path[700], old[33] = "";
	const struct article *a = corpus.arts[1];

	snprintf(path, sizeof path, "%s/orchard.txt", dir);
	CHECK(unlink(path) == 0);
	CHECK_INT(index_reread_article(ix, 1, old), INDEX_ERROR);
	CHECK(strstr(index_error(ix), "cannot re-read") != NULL);
	CHECK(corpus.arts[1] == a);	/* nothing changed */
	CHECK_INT(hits("frost"), 1);
	CHECK_INT(index_reread_article(ix, 7, old), INDEX_ERROR);
}

static void
test_rehash(void)
{
	struct state *s = open_ok(fresh("rehash"));
	struct art_state a;
	char *h = NULL;

	memset(&a, 0, sizeof a);
	CHECK_INT(state_touch(s, "old", "/x/a.txt"), STATE_OK);
	CHECK_INT(state_set_flagged(s, "old", true), STATE_OK);
	CHECK_INT(state_add_tag(s, "old", "keep"), STATE_OK);
	CHECK_INT(state_set_note(s, "old", "check the figures"), STATE_OK);
	CHECK_INT(state_rehash(s, "old", "new", "/x/a.txt"), STATE_OK);
	CHECK_INT(state_get(s, "new", &a), STATE_OK);
	CHECK(a.known && a.flagged && !a.read);
	CHECK_INT(a.ntags, 1);
	CHECK_STR(a.ntags ? a.tags[0] : NULL, "keep");
	CHECK_STR(a.note, "check the figures");
	CHECK_STR(a.path, "/x/a.txt");
	art_state_clear(&a);
	CHECK_INT(state_find_by_path(s, "/x/a.txt", &h), STATE_OK);
	CHECK_STR(h, "new");
	free(h);
	/* The old record keeps its decisions (another copy of that text may exist). */
	CHECK_INT(state_get(s, "old", &a), STATE_OK);
	CHECK(a.flagged && a.ntags == 1 && a.path == NULL);
	art_state_clear(&a);
	/* Into a hash that has state of its own: both sets of decisions survive. */
	CHECK_INT(state_set_read(s, "other", true), STATE_OK);
	CHECK_INT(state_add_tag(s, "other", "later"), STATE_OK);
	CHECK_INT(state_set_note(s, "other", "its own note"), STATE_OK);
	CHECK_INT(state_rehash(s, "new", "other", "/x/a.txt"), STATE_OK);
	CHECK_INT(state_get(s, "other", &a), STATE_OK);
	CHECK(a.read && a.flagged);
	CHECK_INT(a.ntags, 2);
	/* The edited article's note is not left behind on the old hash: both are kept. */
	CHECK_STR(a.note, "its own note\n\ncheck the figures");
	art_state_clear(&a);
	/* The same merge again adds nothing. */
	CHECK_INT(state_rehash(s, "new", "other", "/x/a.txt"), STATE_OK);
	CHECK_INT(state_get(s, "other", &a), STATE_OK);
	CHECK_STR(a.note, "its own note\n\ncheck the figures");
	art_state_clear(&a);
	/* Into a hash with state but no note: the note moves as it is. */
	CHECK_INT(state_set_flagged(s, "third", true), STATE_OK);
	CHECK_INT(state_rehash(s, "old", "third", "/x/a.txt"), STATE_OK);
	CHECK_INT(state_get(s, "third", &a), STATE_OK);
	CHECK_STR(a.note, "check the figures");
	art_state_clear(&a);
	CHECK_INT(state_rehash(s, "", "x", "/p"), STATE_INVALID);
	state_close(s);
}

int
main(void)
{
	setup();
	RUN(test_reread);
	RUN(test_reread_types);
	RUN(test_reread_missing);
	RUN(test_rehash);
	index_close(ix);
	entity_set_free(es);
	corpus_free(&corpus);
	return TAP_END();
}
