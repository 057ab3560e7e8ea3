/* test_correct_names.c -- corrections that name several targets: entities of one name, copies of one text. MIT licence. */
#include "config.h"

#include <stdlib.h>

#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "corpus_fixture.h"
#include "tap.h"

/* The resolver keys a generic body by its country, so these are two entities both
 * shown as "Supreme Court" (ORG): one name and type, two clusters. */
static const char ART_BR[] =
	"Court ruling in Brasilia\n\n"
	"Brazil's Supreme Court said on Monday that the law stands. The Supreme Court met in"
	" Brasilia.\n";
static const char ART_IN[] =
	"Court ruling in Delhi\n\n"
	"India's Supreme Court said on Tuesday that the law falls. The Supreme Court met in"
	" New Delhi.\n";

static struct corpus corpus;

/* How many entities of type t are called name; *mentions gets their mentions. */
static size_t
named(const struct entity_set *es, const char *name, int t, size_t *mentions)
{
	size_t i, n = 0;

	if (mentions)
		*mentions = 0;
	for (i = 0; i < es->n; i++)
		if (strcmp(es->ents[i].canonical, name) == 0 && es->ents[i].type == t) {
			n++;
			if (mentions)
				*mentions += es->ents[i].nmentions;
		}
	return n;
}

static struct corr
mk(enum corr_kind kind, const char *name, int type)
{
	struct corr c = { .kind = kind, .type = type, .occurrence = -1, .to_type = -1 };

	c.name = (char *)name;
	c.key = text_fold(name, strlen(name), NULL);
	return c;
}

/* c applied to a fresh set; *used gets its count. The set is the caller's. */
static struct entity_set *
run1(struct corr *c, uint32_t *used)
{
	struct entity_set *es = entities_build(&corpus);

	corr_apply(&es, &corpus, c, 1, used);
	free(c->key);
	c->key = NULL;
	return es;
}

/* What the other tests rely on: two "Supreme Court" ORG entities, two mentions each. */
static void
test_two_of_one_name(void)
{
	struct entity_set *es = entities_build(&corpus);
	size_t m;

	CHECK_INT(named(es, "Supreme Court", ENT_ORG, &m), 2);
	CHECK_INT(m, 4);
	entity_set_free(es);
}

static void
test_hide_hides_both(void)
{
	struct corr c = mk(CORR_HIDE, "Supreme Court", ENT_ORG);
	uint32_t used = 0;
	struct entity_set *es = run1(&c, &used);

	CHECK_INT(used, 4);
	CHECK_INT(named(es, "Supreme Court", ENT_ORG, NULL), 0);
	entity_set_free(es);
}

/* Retype and rename act on each; the two stay apart. */
static void
test_retype_rename_both(void)
{
	struct corr c = mk(CORR_RETYPE, "Supreme Court", ENT_ORG);
	uint32_t used = 0;
	struct entity_set *es;
	size_t m;

	c.to_type = ENT_PLACE;
	es = run1(&c, &used);
	CHECK_INT(used, 4);
	CHECK_INT(named(es, "Supreme Court", ENT_ORG, NULL), 0);
	CHECK_INT(named(es, "Supreme Court", ENT_PLACE, &m), 2);
	CHECK_INT(m, 4);
	entity_set_free(es);

	c = mk(CORR_RENAME, "Supreme Court", ENT_ORG);
	c.to_name = "High Court";
	es = run1(&c, &used);
	CHECK_INT(used, 4);
	CHECK_INT(named(es, "Supreme Court", ENT_ORG, NULL), 0);
	CHECK_INT(named(es, "High Court", ENT_ORG, &m), 2);
	CHECK_INT(m, 4);
	entity_set_free(es);
}

static void
test_merge_both(void)
{
	struct corr c = mk(CORR_MERGE, "Supreme Court", ENT_ORG);
	uint32_t used = 0;
	struct entity_set *es;
	size_t m;

	c.to_key = "brazil";
	c.to_type = ENT_PLACE;
	es = run1(&c, &used);
	CHECK_INT(used, 4);
	CHECK_INT(named(es, "Supreme Court", ENT_ORG, NULL), 0);
	CHECK_INT(named(es, "Brazil", ENT_PLACE, &m), 1);
	CHECK_INT(m, 5);
	entity_set_free(es);
}

/* A correction of one mention finds it whichever of the two entities it belongs to:
 * before, only the first entity's mentions could be corrected. */
static void
test_one_mention_of_the_second(void)
{
	struct corr c;
	uint32_t used = 0;
	struct entity_set *es;
	size_t m;
	int t;

	for (t = 0; t < 2; t++) {
		c = mk(CORR_HIDE, "Supreme Court", ENT_ORG);
		c.hash = corpus.arts[t]->hash;
		c.surface = "Supreme Court";
		c.occurrence = 1;
		es = run1(&c, &used);
		CHECK_INT(used, 1);
		CHECK_INT(named(es, "Supreme Court", ENT_ORG, &m), 2);
		CHECK_INT(m, 3);
		entity_set_free(es);
	}
}

/* Split one article's mentions into a new name: the way to tell the two apart. A split
 * into their own name makes a new entity of it, never a move into the other one. */
static void
test_split_tells_apart(void)
{
	struct corr c = mk(CORR_SPLIT, "Supreme Court", ENT_ORG);
	uint32_t used = 0;
	struct entity_set *es;
	size_t m;

	c.hash = corpus.arts[1]->hash;
	c.surface = "Supreme Court";
	c.to_key = "supreme court of india";
	c.to_type = ENT_ORG;
	c.to_name = "Supreme Court of India";
	es = run1(&c, &used);
	CHECK_INT(used, 2);
	CHECK_INT(named(es, "Supreme Court", ENT_ORG, &m), 1);
	CHECK_INT(m, 2);
	CHECK_INT(named(es, "Supreme Court of India", ENT_ORG, &m), 1);
	CHECK_INT(m, 2);
	entity_set_free(es);

	c = mk(CORR_SPLIT, "Supreme Court", ENT_ORG);
	c.hash = corpus.arts[1]->hash;
	c.surface = "Supreme Court";
	es = run1(&c, &used);
	CHECK_INT(used, 2);
	CHECK_INT(named(es, "Supreme Court", ENT_ORG, &m), 2);
	CHECK_INT(m, 4);
	entity_set_free(es);
}

/* Two files of one content (Debian ships one copyright file under many names): a
 * mention's correction is kept by content, so it applies to every copy. It applied to
 * whichever copy the lookup found, maybe not the one corrected. */
static void
test_copies_of_one_text(void)
{
	struct corpus two;
	struct entity_set *es;
	struct corr c;
	uint32_t used = 0;
	size_t m;

	corpus_init(&two);
	fixture_add(&two, "/mem/one.txt", ART_IN);
	fixture_add(&two, "/mem/two.txt", ART_IN);
	corpus_finish(&two);
	CHECK_STR(two.arts[0]->hash, two.arts[1]->hash);
	c = mk(CORR_HIDE, "Supreme Court", ENT_ORG);
	c.hash = two.arts[1]->hash;
	c.surface = "Supreme Court";
	c.occurrence = 1;
	es = entities_build(&two);
	corr_apply(&es, &two, &c, 1, &used);
	CHECK_INT(used, 2);
	CHECK_INT(named(es, "Supreme Court", ENT_ORG, &m), 1);
	CHECK_INT(m, 2);	/* the first mention of each copy is left */
	CHECK(es->nmentions[0] == es->nmentions[1]);
	entity_set_free(es);
	c.kind = CORR_ADD;
	c.to_key = "the law";
	c.to_type = ENT_ORG;
	c.to_name = "The Law";
	c.surface = "the law";
	c.occurrence = 0;
	es = entities_build(&two);
	corr_apply(&es, &two, &c, 1, &used);
	CHECK_INT(used, 2);
	CHECK_INT(named(es, "The Law", ENT_ORG, &m), 1);
	CHECK_INT(m, 2);
	entity_set_free(es);
	free(c.key);
	corpus_free(&two);
}

int
main(void)
{
	corpus_init(&corpus);
	fixture_add(&corpus, "/mem/br.txt", ART_BR);
	fixture_add(&corpus, "/mem/in.txt", ART_IN);
	corpus_finish(&corpus);
	RUN(test_two_of_one_name);
	RUN(test_hide_hides_both);
	RUN(test_retype_rename_both);
	RUN(test_merge_both);
	RUN(test_one_mention_of_the_second);
	RUN(test_split_tells_apart);
	RUN(test_copies_of_one_text);
	corpus_free(&corpus);
	return TAP_END();
}
