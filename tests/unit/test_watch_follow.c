/* test_watch_follow.c -- a watch follows its entity through a rename, retype or merge. MIT licence. */
#include "config.h"

#include <stdlib.h>

#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "corpus_fixture.h"
#include "tap.h"

static const char ART_A[] =
	"Talks in Moscow\n\n"
	"Vladimir Putin met officials in Moscow on Monday. Putin left Moscow for Atlanta.\n";
static const char ART_B[] =
	"A visit to Atlanta\n\n"
	"The mayor of Atlanta spoke about Moscow. Atlanta is warm.\n";

static struct corpus corpus;

static struct corr
mk(enum corr_kind kind, const char *name, int type)
{
	struct corr c = { .kind = kind, .type = type, .occurrence = -1, .to_type = -1 };

	c.name = (char *)name;
	c.key = text_fold(name, strlen(name), NULL);
	return c;
}

/* The id of the entity called name of type t, or -1. */
static long
id_of(const struct entity_set *es, const char *name, int t)
{
	size_t i;

	for (i = 0; i < es->n; i++)
		if (strcmp(es->ents[i].canonical, name) == 0 && es->ents[i].type == t)
			return (long)i;
	return -1;
}

/* What a watch of (key, type) designates: the one entity's id, -1 for none, -2 for more. */
static long
watched(const struct entity_set *es, const char *key, int type)
{
	uint8_t *mark = xcalloc(es->n ? es->n : 1, 1);
	size_t i, n = entity_set_mark_named(es, key, type, mark);
	long id = -1;

	for (i = 0; i < es->n; i++)
		if (mark[i])
			id = (long)i;
	free(mark);
	return n > 1 ? -2 : id;
}

/* The set with corrections v[0, n) applied (their keys freed). */
static struct entity_set *
corrected(struct corr *v, size_t n)
{
	struct entity_set *es = entities_build(&corpus);
	size_t i;

	corr_apply(&es, &corpus, v, n, NULL);
	for (i = 0; i < n; i++)
		free(v[i].key);
	return es;
}

static void
test_uncorrected(void)
{
	struct entity_set *es = entities_build(&corpus);

	CHECK(id_of(es, "Moscow", ENT_PLACE) >= 0);
	CHECK_INT(watched(es, "moscow", ENT_PLACE), id_of(es, "Moscow", ENT_PLACE));
	CHECK_INT(es->nformer, 0);
	CHECK_INT(watched(es, "nowhere", ENT_PLACE), -1);
	entity_set_free(es);
}

static void
test_rename(void)
{
	struct corr c = mk(CORR_RENAME, "Moscow", ENT_PLACE);
	struct entity_set *es;

	c.to_name = "Moskva";
	es = corrected(&c, 1);
	CHECK(id_of(es, "Moskva", ENT_PLACE) >= 0);
	CHECK_INT(watched(es, "moscow", ENT_PLACE), id_of(es, "Moskva", ENT_PLACE));
	CHECK_INT(watched(es, "moskva", ENT_PLACE), id_of(es, "Moskva", ENT_PLACE));
	entity_set_free(es);
}

static void
test_retype(void)
{
	struct corr c = mk(CORR_RETYPE, "Moscow", ENT_PLACE);
	struct entity_set *es;

	c.to_type = ENT_ORG;
	es = corrected(&c, 1);
	CHECK(id_of(es, "Moscow", ENT_ORG) >= 0);
	CHECK_INT(watched(es, "moscow", ENT_PLACE), id_of(es, "Moscow", ENT_ORG));
	entity_set_free(es);
}

/* The watch of the entity merged away moves to the target; the target's own stays. */
static void
test_merge(void)
{
	struct corr c = mk(CORR_MERGE, "Atlanta", ENT_PLACE);
	struct entity_set *es;

	c.to_key = "moscow";
	c.to_type = ENT_PLACE;
	es = corrected(&c, 1);
	CHECK_INT(id_of(es, "Atlanta", ENT_PLACE), -1);
	CHECK_INT(watched(es, "atlanta", ENT_PLACE), id_of(es, "Moscow", ENT_PLACE));
	CHECK_INT(watched(es, "moscow", ENT_PLACE), id_of(es, "Moscow", ENT_PLACE));
	entity_set_free(es);
}

/* Renamed, then merged, then retyped: the first name still leads to the end of it; a
 * copy of the set keeps the trail. */
static void
test_chain_and_copy(void)
{
	struct corr v[3] = { mk(CORR_RENAME, "Atlanta", ENT_PLACE),
			     mk(CORR_MERGE, "Hotlanta", ENT_PLACE),
			     mk(CORR_RETYPE, "Moscow", ENT_PLACE) };
	struct entity_set *es, *cp;
	long end;

	v[0].to_name = "Hotlanta";
	v[1].to_key = "moscow";
	v[1].to_type = ENT_PLACE;
	v[2].to_type = ENT_ORG;
	es = corrected(v, 3);
	end = id_of(es, "Moscow", ENT_ORG);
	CHECK(end >= 0);
	CHECK_INT(watched(es, "atlanta", ENT_PLACE), end);
	CHECK_INT(watched(es, "hotlanta", ENT_PLACE), end);
	CHECK_INT(watched(es, "moscow", ENT_PLACE), end);
	cp = entity_set_copy(es);
	CHECK_INT(cp->nformer, es->nformer);
	CHECK_INT(watched(cp, "atlanta", ENT_PLACE), end);
	entity_set_free(cp);
	entity_set_free(es);
}

/* A hidden entity is watched by nobody; a split keeps the entity's name where it was. */
static void
test_hide_and_split(void)
{
	struct corr c = mk(CORR_HIDE, "Moscow", ENT_PLACE);
	struct entity_set *es = corrected(&c, 1);

	CHECK_INT(watched(es, "moscow", ENT_PLACE), -1);
	entity_set_free(es);
	c = mk(CORR_SPLIT, "Vladimir Putin", ENT_PERSON);
	c.surface = "Putin";
	es = corrected(&c, 1);
	CHECK(id_of(es, "Putin", ENT_PERSON) >= 0);
	CHECK_INT(watched(es, "vladimir putin", ENT_PERSON), id_of(es, "Vladimir Putin",
								     ENT_PERSON));
	entity_set_free(es);
}

int
main(void)
{
	corpus_init(&corpus);
	fixture_add(&corpus, "/mem/a.txt", ART_A);
	fixture_add(&corpus, "/mem/b.txt", ART_B);
	corpus_finish(&corpus);
	RUN(test_uncorrected);
	RUN(test_rename);
	RUN(test_retype);
	RUN(test_merge);
	RUN(test_chain_and_copy);
	RUN(test_hide_and_split);
	corpus_free(&corpus);
	return TAP_END();
}
