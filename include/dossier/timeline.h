/* timeline.h -- an entity's mentions and articles per day, ISO week or month. MIT licence. */
#ifndef DOSSIER_TIMELINE_H
#define DOSSIER_TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;
struct corpus;
struct index_count;

/*
 * Periods are numbered so that consecutive periods have consecutive numbers: a day is
 * its day since 1970-01-01, a week the ISO week (Monday to Sunday) counted from the one
 * starting 1970-01-05, a month year * 12 + month - 1. Named as `dossier timeline`
 * prints them: 2026-01-21, 2026-W04 (ISO 8601: the week's year is its Thursday's),
 * 2026-01.
 */
enum tl_scale { TL_DAY, TL_WEEK, TL_MONTH, TL_NSCALES };

/* How the timeline counts an article's date. */
enum tl_dated {
	TL_DATED,	/* a day found in the text, a header or the file name */
	TL_MTIME,	/* no date but the file's mtime: counted apart ("undated") */
	TL_YEAR,	/* a year alone (1990_speech.txt): no day to place; counted apart */
};

/* The scale chosen for a span of days (last - first): a day for spans up to
 * TL_DAY_SPAN days, a week up to TL_WEEK_SPAN days, a month beyond. */
#define TL_DAY_SPAN 62
#define TL_WEEK_SPAN 366

/* "day", "week", "month"; the scale named s, or -1. */
const char *tl_scale_name(enum tl_scale s);
int tl_scale_parse(const char *s);

/* Days since 1970-01-01 of a date of the proleptic Gregorian calendar (a day past the
 * month's end runs into the next month), and back. */
int32_t tl_days(int y, int m, int d);
void tl_civil(int32_t days, int *y, int *m, int *d);

enum tl_dated tl_article_dated(const struct article *a);
/* The period of a date key (YYYYMMDD); false for a year alone (YYYY0000). */
bool tl_period_of(enum tl_scale s, int32_t date_key, int32_t *period);
/* The period's name (n >= 11: "2026-01-21", "2026-W04", "2026-01"). */
void tl_period_name(enum tl_scale s, int32_t period, char *buf, size_t n);
/* The first and last day of a period, as date keys (YYYYMMDD). */
void tl_period_keys(enum tl_scale s, int32_t period, int32_t *first, int32_t *last);
/* The value of a date: query term for periods a..b (a <= b): "2026-01-21", "2026-01",
 * "2026-01-19..2026-01-25", "2026-01..2026-03" (n >= 24). */
void tl_period_query(enum tl_scale s, int32_t a, int32_t b, char *buf, size_t n);

/* The first and last day (days since 1970) of the corpus' articles dated by a day;
 * false when it has none. */
bool tl_corpus_span(const struct corpus *c, int32_t *first, int32_t *last);
/* The scale for the corpus (TL_DAY when nothing is dated). */
enum tl_scale tl_scale_for(const struct corpus *c);

/* An entity's timeline over the corpus' span. */
struct timeline {
	enum tl_scale scale;
	int32_t first;		/* the period of the corpus' first dated article */
	size_t n;		/* periods to the corpus' last one, empty ones too; 0 when
				 * the corpus has no article dated by a day */
	uint32_t *mentions;	/* owned; n: the mentions in each period's articles */
	uint32_t *articles;	/* owned; n: the articles of each period that mention it */
	uint32_t max_mentions;	/* the most in one period */
	uint32_t mentions_total, articles_total;	/* every article, dated or not */
	uint32_t mtime_mentions, mtime_articles;	/* TL_MTIME articles */
	uint32_t year_mentions, year_articles;		/* TL_YEAR articles */
	bool corpus_has_year;	/* some article of the corpus is dated by a year alone */
};

/*
 * The timeline of per-article mention counts (id: article, count: mentions; each
 * article once, as index_entity_counts() gives them) at scale s over corpus c.
 * Owned by the caller: timeline_free().
 */
struct timeline *timeline_build(const struct corpus *c, enum tl_scale s,
				const struct index_count *counts, size_t n);
void timeline_free(struct timeline *t);
/* The articles of counts dated in periods from..to (indexes into t, inclusive), in
 * the order of counts; *ids owned by the caller. Returns how many. */
size_t timeline_articles(const struct timeline *t, const struct corpus *c,
			 const struct index_count *counts, size_t n, size_t from, size_t to,
			 uint32_t **ids);

/*
 * Sums of the mentions of t->n periods in at most width cells, each cell the periods
 * from i * n / cells on (every period a cell of its own when n <= width). Fills sums
 * (width entries) and returns the number of cells.
 */
size_t timeline_cells(const struct timeline *t, size_t width, uint32_t *sums);
/* v of max as a height in eighths from 0 to top: 0 only for 0, else at least 1. */
unsigned tl_level(uint32_t v, uint32_t max, unsigned top);
/* The block of a height in eighths, 1..8: "▁" ... "█"; " " for 0. */
const char *tl_block(unsigned eighths);

#endif
