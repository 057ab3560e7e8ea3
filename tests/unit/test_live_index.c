/* test_live_index.c -- unit tests of the live folder's index: articles added, removed, moved. MIT licence. */
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
	"The Valmora Harbour Authority said dredging will start in May.\n"
	"Elena Marquez said the herons nesting near the breakwater would be moved first.\n";
static const char ORCHARD[] =
	"Orchard growers count the cost of a late frost\n"
	"Published 10 March 2026\n"
	"Paul Okafor, chair of the cooperative, said Elena Marquez had promised help.\n";
static const char CARGO[] =
	"Cargo ship delayed by fog\n"
	"Published 14 March 2026\n"
	"Elena Marquez met Tomas Brandt at the quay, where the zeppelin mast stands.\n";

static const char *
at(const char *name)
{
	static char buf[4][700];
	static int k;
	char *p = buf[k++ % 4];

	snprintf(p, 700, "%s/%s", dir, name);
	return p;
}

static void
setup(void)
{
	fixture_init();
	snprintf(dir, sizeof dir, "%s/articles", base);
	mkdir(dir, 0755);
	spit(at("harbour.txt"), HARBOUR, strlen(HARBOUR));
	spit(at("orchard.txt"), ORCHARD, strlen(ORCHARD));
	CHECK(fixture_index_dir(&corpus, dir, &ix, &es));
}

static struct article *
read_article(const char *path)
{
	char why[128];
	struct article *a = corpus_read_file(&corpus, path, why, sizeof why);

	CHECK(a != NULL);
	return a;
}

/* A new file: the next id, its words (short prefixes too), its entities, its type sets. */
static void
test_add(void)
{
	long elena = fixture_entity_named(es, "Elena Marquez");
	uint32_t before = es->ents[elena].narticles, id = 99;
	size_t nents = es->n, persons = fixture_query_sum(ix, "type:person");

	CHECK(elena >= 0);
	spit(at("cargo.txt"), CARGO, strlen(CARGO));
	CHECK_INT(index_add_article(ix, &corpus, read_article(at("cargo.txt")), &id), INDEX_OK);
	CHECK_INT(id, 2);
	CHECK_INT(corpus.n, 3);
	CHECK_INT(es->narticles, 3);
	CHECK_STR(corpus.arts[2]->path, at("cargo.txt"));
	CHECK_INT(fixture_hits(ix, "zeppelin"), 1);
	CHECK_INT(fixture_query_sum(ix, "zep*"), 3);	/* the prefix table */
	CHECK_INT(fixture_query_sum(ix, "cargo"), 3);
	CHECK_INT(es->ents[elena].narticles, before + 1);
	CHECK_INT(fixture_table_articles(ix, elena), 1 + 2 + 3);
	CHECK(fixture_entity_named(es, "Tomas Brandt") >= (long)nents);	/* a new entity */
	CHECK_INT(fixture_query_sum(ix, "type:person"), persons + 3);
	CHECK_INT(fixture_query_sum(ix, "entity:\"Tomas Brandt\""), 3);
}

/* A file gone: out of the text, the entities and the queries; its id stays, marked. */
static void
test_remove(void)
{
	long elena = fixture_entity_named(es, "Elena Marquez");
	uint32_t before = es->ents[elena].narticles;

	CHECK(strstr(corpus.arts[0]->path, "harbour.txt") != NULL);
	CHECK_INT(fixture_hits(ix, "herons"), 1);
	CHECK_INT(index_remove_article(ix, &corpus, 0), INDEX_OK);
	CHECK(corpus.arts[0]->gone);
	CHECK_INT(corpus.ngone, 1);
	CHECK_INT(corpus.n, 3);
	CHECK_INT(fixture_hits(ix, "herons"), 0);
	CHECK_INT(fixture_query_sum(ix, "her*"), 0);
	CHECK_INT(fixture_query_sum(ix, "entity:\"Elena Marquez\""), 2 + 3);
	CHECK_INT(es->ents[elena].narticles, before - 1);
	CHECK_INT(fixture_table_articles(ix, elena), 2 + 3);
	CHECK_INT(es->nmentions[0], 0);
	CHECK_STR(corpus.arts[0]->hash, "");	/* no triage state is the stand-in's */
	/* Removing it again changes nothing. */
	CHECK_INT(index_remove_article(ix, &corpus, 0), INDEX_OK);
	CHECK_INT(corpus.ngone, 1);
}

/* A file moved to another folder: the same id, entities and words; the source that came
 * from the folder's name follows; nothing is extracted again (the mentions are the same
 * array). */
static void
test_move(void)
{
	char other[700];
	const struct mention *m = es->mentions[1];
	size_t nm = es->nmentions[1];

	snprintf(other, sizeof other, "%s/elsewhere", base);
	CHECK(mkdir(other, 0755) == 0);
	strcat(other, "/orchard.txt");
	CHECK(rename(at("orchard.txt"), other) == 0);
	CHECK_STR(corpus.arts[1]->source, "articles");
	CHECK_INT(index_move_article(ix, 1, read_article(other)), INDEX_OK);
	CHECK_STR(corpus.arts[1]->path, other);
	CHECK_STR(corpus.arts[1]->source, "elsewhere");
	CHECK_INT(corpus.arts[1]->id, 1);
	CHECK(es->mentions[1] == m && es->nmentions[1] == nm);
	CHECK_INT(fixture_query_sum(ix, "source:elsewhere"), 2);
	CHECK_INT(fixture_query_sum(ix, "source:articles"), 3);
	CHECK_INT(fixture_query_sum(ix, "frost"), 2);
	/* A move whose text differs is a re-read. */
	spit(other, CARGO, strlen(CARGO));
	CHECK_INT(index_move_article(ix, 1, read_article(other)), INDEX_OK);
	CHECK_INT(fixture_query_sum(ix, "frost"), 0);
	CHECK_INT(fixture_query_sum(ix, "zeppelin"), 2 + 3);
	/* A gone article cannot move. */
	CHECK_INT(index_move_article(ix, 0, read_article(other)), INDEX_ERROR);
}

int
main(void)
{
	setup();
	RUN(test_add);
	RUN(test_remove);
	RUN(test_move);
	index_close(ix);
	entity_set_free(es);
	corpus_free(&corpus);
	return TAP_END();
}
