/* test_timeline.c -- unit tests of the timeline: dates, ISO weeks, scales, buckets. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/timeline.h"
#include "dossier/util.h"
#include "corpus_fixture.h"
#include "tap.h"

/* The name of the period of YYYYMMDD at scale s. */
static const char *
name_of(enum tl_scale s, int32_t key)
{
	static char buf[32];
	int32_t p;

	if (!tl_period_of(s, key, &p))
		return "(none)";
	tl_period_name(s, p, buf, sizeof buf);
	return buf;
}

static void
test_days_round_trip(void)
{
	int32_t d;
	int y, m, dd;

	CHECK_INT(tl_days(1970, 1, 1), 0);
	CHECK_INT(tl_days(1969, 12, 31), -1);
	CHECK_INT(tl_days(2000, 3, 1) - tl_days(2000, 2, 28), 2);	/* 2000 is leap */
	CHECK_INT(tl_days(1900, 3, 1) - tl_days(1900, 2, 28), 1);	/* 1900 is not */
	CHECK_INT(tl_days(2026, 2, 31), tl_days(2026, 3, 3));	/* past the end runs on */
	for (d = -800000; d <= 3000000; d += 997) {
		tl_civil(d, &y, &m, &dd);
		if (tl_days(y, m, dd) != d) {
			CHECK_INT(tl_days(y, m, dd), d);
			break;
		}
	}
	tl_civil(tl_days(2024, 2, 29), &y, &m, &dd);
	CHECK_INT(y * 10000 + m * 100 + dd, 20240229);
	tl_civil(tl_days(1, 1, 1), &y, &m, &dd);
	CHECK_INT(y * 10000 + m * 100 + dd, 10101);
}

/* The ISO weeks around New Year, checked against Python's date.isocalendar(). */
static void
test_iso_weeks(void)
{
	CHECK_STR(name_of(TL_WEEK, 20260101), "2026-W01");
	CHECK_STR(name_of(TL_WEEK, 20251229), "2026-W01");	/* a Monday of 2025 */
	CHECK_STR(name_of(TL_WEEK, 20251228), "2025-W52");
	CHECK_STR(name_of(TL_WEEK, 20241230), "2025-W01");
	CHECK_STR(name_of(TL_WEEK, 20210103), "2020-W53");	/* a Sunday of 2021 */
	CHECK_STR(name_of(TL_WEEK, 20201231), "2020-W53");
	CHECK_STR(name_of(TL_WEEK, 20270101), "2026-W53");
	CHECK_STR(name_of(TL_WEEK, 20261231), "2026-W53");
	CHECK_STR(name_of(TL_WEEK, 20100103), "2009-W53");
	CHECK_STR(name_of(TL_WEEK, 20260121), "2026-W04");
	CHECK_STR(name_of(TL_WEEK, 19700101), "1970-W01");
	CHECK_STR(name_of(TL_WEEK, 19691229), "1970-W01");	/* before day 0 */
	CHECK_STR(name_of(TL_WEEK, 19691228), "1969-W52");
}

static void
test_period_names_and_keys(void)
{
	int32_t p, q, first, last;
	char buf[32];

	CHECK_STR(name_of(TL_DAY, 20260121), "2026-01-21");
	CHECK_STR(name_of(TL_MONTH, 20260121), "2026-01");
	CHECK_STR(name_of(TL_MONTH, 20260000), "(none)");	/* a year alone */
	CHECK_STR(name_of(TL_DAY, 0), "(none)");
	/* Consecutive periods are consecutive numbers, across a year's end too. */
	CHECK(tl_period_of(TL_WEEK, 20251228, &p) && tl_period_of(TL_WEEK, 20251229, &q));
	CHECK_INT(q - p, 1);
	CHECK(tl_period_of(TL_MONTH, 20251231, &p) && tl_period_of(TL_MONTH, 20260101, &q));
	CHECK_INT(q - p, 1);
	CHECK(tl_period_of(TL_WEEK, 20260121, &p));
	tl_period_keys(TL_WEEK, p, &first, &last);
	CHECK_INT(first, 20260119);
	CHECK_INT(last, 20260125);
	CHECK(tl_period_of(TL_MONTH, 20240210, &p));
	tl_period_keys(TL_MONTH, p, &first, &last);
	CHECK_INT(first, 20240201);
	CHECK_INT(last, 20240229);
	CHECK(tl_period_of(TL_MONTH, 20251205, &p));
	tl_period_keys(TL_MONTH, p, &first, &last);
	CHECK_INT(last, 20251231);
	/* The date: values a range selects. */
	CHECK(tl_period_of(TL_DAY, 20260121, &p));
	tl_period_query(TL_DAY, p, p, buf, sizeof buf);
	CHECK_STR(buf, "2026-01-21");
	tl_period_query(TL_DAY, p, p + 3, buf, sizeof buf);
	CHECK_STR(buf, "2026-01-21..2026-01-24");
	CHECK(tl_period_of(TL_WEEK, 20251231, &p));
	tl_period_query(TL_WEEK, p, p, buf, sizeof buf);
	CHECK_STR(buf, "2025-12-29..2026-01-04");
	CHECK(tl_period_of(TL_MONTH, 20251231, &p));
	tl_period_query(TL_MONTH, p, p, buf, sizeof buf);
	CHECK_STR(buf, "2025-12");
	tl_period_query(TL_MONTH, p, p + 2, buf, sizeof buf);
	CHECK_STR(buf, "2025-12..2026-02");
	CHECK_INT(tl_scale_parse("week"), TL_WEEK);
	CHECK_INT(tl_scale_parse("weeks"), -1);
	CHECK_STR(tl_scale_name(TL_MONTH), "month");
}

/* A corpus of articles with the given date keys; mtime[i] marks a date from the mtime. */
static void
make_corpus(struct corpus *c, const int32_t *keys, const bool *mtime, size_t n)
{
	char path[32];
	size_t i;

	corpus_init(c);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof path, "a%02zu.txt", i);
		fixture_add(c, path, "A title\nSome text.\n");
		c->arts[i]->date_key = keys[i];
		c->arts[i]->date_from_mtime = mtime && mtime[i];
	}
	corpus_finish(c);
}

static enum tl_scale
scale_of_span(int32_t last_key)
{
	int32_t keys[] = { 20260101, last_key, 20300101 };
	bool mtime[] = { false, false, true };	/* the mtime widens nothing */
	struct corpus c;
	enum tl_scale s;

	make_corpus(&c, keys, mtime, 3);
	s = tl_scale_for(&c);
	corpus_free(&c);
	return s;
}

static void
test_scale_choice(void)
{
	int32_t keys[] = { 20260101, 19990000 };
	bool mtime[] = { true, false };
	struct corpus c;

	CHECK_INT(scale_of_span(20260101), TL_DAY);
	CHECK_INT(scale_of_span(20260304), TL_DAY);	/* 62 days */
	CHECK_INT(scale_of_span(20260305), TL_WEEK);	/* 63 */
	CHECK_INT(scale_of_span(20270102), TL_WEEK);	/* 366 */
	CHECK_INT(scale_of_span(20270103), TL_MONTH);	/* 367 */
	/* Nothing dated by a day (an mtime, a year alone): days, and no periods. */
	make_corpus(&c, keys, mtime, 2);
	CHECK_INT(tl_scale_for(&c), TL_DAY);
	corpus_free(&c);
}

static void
test_build(void)
{
	int32_t keys[] = { 20251230, 20251231, 20260105, 20260120, 20260120, 19990000, 20260110 };
	bool mtime[] = { false, false, false, false, false, false, true };
	struct index_count counts[] = { { 0, 2 }, { 1, 1 }, { 3, 4 }, { 4, 1 }, { 5, 7 },
					{ 6, 3 }, { 9, 5 } /* no such article */ };
	struct timeline *t;
	struct corpus c;
	uint32_t *ids;
	size_t n;

	make_corpus(&c, keys, mtime, 7);
	t = timeline_build(&c, TL_WEEK, counts, 7);
	/* 2026-W01 .. 2026-W04 holds the dated span 2025-12-30 .. 2026-01-20. */
	CHECK_INT(t->n, 4);
	CHECK_INT(t->mentions[0], 3);	/* 2026-W01: the two December days */
	CHECK_INT(t->articles[0], 2);
	CHECK_INT(t->mentions[1], 0);	/* 2026-W02: article 2 is not counted */
	CHECK_INT(t->mentions[2], 0);
	CHECK_INT(t->mentions[3], 5);	/* 2026-W04 */
	CHECK_INT(t->articles[3], 2);
	CHECK_INT(t->max_mentions, 5);
	CHECK_INT(t->mtime_mentions, 3);
	CHECK_INT(t->mtime_articles, 1);
	CHECK_INT(t->year_mentions, 7);
	CHECK_INT(t->year_articles, 1);
	CHECK(t->corpus_has_year);
	CHECK_INT(t->mentions_total, 18);
	CHECK_INT(t->articles_total, 6);
	n = timeline_articles(t, &c, counts, 7, 0, 1, &ids);
	CHECK_INT(n, 2);
	CHECK(n == 2 && ids[0] == 0 && ids[1] == 1);
	free(ids);
	n = timeline_articles(t, &c, counts, 7, 3, 3, &ids);
	CHECK(n == 2 && ids[0] == 3 && ids[1] == 4);
	free(ids);
	timeline_free(t);
	/* By day: every day of the span, empty ones too. */
	t = timeline_build(&c, TL_DAY, counts, 7);
	CHECK_INT(t->n, 22);
	CHECK_INT(t->mentions[21], 5);
	timeline_free(t);
	corpus_free(&c);
}

static void
test_nothing_dated(void)
{
	int32_t keys[] = { 20260101 };
	bool mtime[] = { true };
	struct index_count counts[] = { { 0, 4 } };
	struct corpus c;
	struct timeline *t;
	uint32_t sums[8];

	make_corpus(&c, keys, mtime, 1);
	t = timeline_build(&c, tl_scale_for(&c), counts, 1);
	CHECK_INT(t->n, 0);
	CHECK_INT(t->mtime_mentions, 4);
	CHECK_INT(timeline_cells(t, 8, sums), 0);
	timeline_free(t);
	corpus_free(&c);
}

static void
test_cells_and_levels(void)
{
	struct timeline t;
	uint32_t m[10] = { 1, 0, 0, 2, 0, 0, 0, 3, 0, 4 }, sums[20];

	memset(&t, 0, sizeof t);
	t.n = 10;
	t.mentions = m;
	CHECK_INT(timeline_cells(&t, 4, sums), 4);	/* periods 0-1, 2-4, 5-6, 7-9 */
	CHECK_INT(sums[0], 1);
	CHECK_INT(sums[1], 2);
	CHECK_INT(sums[2], 0);
	CHECK_INT(sums[3], 7);
	CHECK_INT(timeline_cells(&t, 20, sums), 10);
	CHECK_INT(sums[9], 4);
	CHECK_INT(tl_level(0, 5, 8), 0);
	CHECK_INT(tl_level(1, 100, 8), 1);	/* a mention is never invisible */
	CHECK_INT(tl_level(50, 100, 8), 4);
	CHECK_INT(tl_level(100, 100, 8), 8);
	CHECK_INT(tl_level(3, 0, 8), 0);
	CHECK_STR(tl_block(0), " ");
	CHECK_STR(tl_block(1), "▁");
	CHECK_STR(tl_block(8), "█");
	CHECK_STR(tl_block(99), "█");
}

/* The lookup is entity:'s: a name or an alias, folded; the counts per article. */
static void
test_index_lookup(void)
{
	struct corpus c;
	struct entity_set *es;
	struct index *ix;
	struct index_count *counts;
	uint32_t *ids;
	size_t n, nc;
	char err[256];

	corpus_init(&c);
	fixture_add(&c, "a.txt", "Talks\nPresident Vladimir Putin met reporters. Putin spoke.\n");
	fixture_add(&c, "b.txt", "More talks\nOn Monday Vladimir Putin said nothing new.\n");
	fixture_add(&c, "c.txt", "Weather\nRain fell in the valley all day.\n");
	corpus_finish(&c);
	es = entities_build(&c);
	ix = index_open(err, sizeof err);
	CHECK(ix != NULL);
	CHECK_INT(index_add_corpus(ix, &c, NULL), INDEX_OK);
	CHECK_INT(index_add_entities(ix, es), INDEX_OK);
	CHECK_INT(index_entities_named(ix, "  VLADIMIR   putin ", &ids, &n), INDEX_OK);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_STR(es->ents[ids[0]].canonical, "Vladimir Putin");
		CHECK_INT(index_entity_counts(ix, ids, n, &counts, &nc), INDEX_OK);
		CHECK_INT(nc, 2);
		CHECK(nc == 2 && counts[0].id == 0 && counts[0].count == 2 && counts[1].id == 1 &&
		      counts[1].count == 1);
		free(counts);
	}
	free(ids);
	CHECK_INT(index_entities_named(ix, "nobody at all", &ids, &n), INDEX_OK);
	CHECK_INT(n, 0);
	free(ids);
	index_close(ix);
	entity_set_free(es);
	corpus_free(&c);
}

int
main(void)
{
	RUN(test_days_round_trip);
	RUN(test_iso_weeks);
	RUN(test_period_names_and_keys);
	RUN(test_scale_choice);
	RUN(test_build);
	RUN(test_nothing_dated);
	RUN(test_cells_and_levels);
	RUN(test_index_lookup);
	return TAP_END();
}
