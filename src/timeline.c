/* timeline.c -- an entity's mentions and articles per day, ISO week or month. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/timeline.h"
#include "dossier/util.h"

/*
 * Dates are counted in days since 1970-01-01 (the civil-date conversions of Howard
 * Hinnant's "chrono-compatible low-level date algorithms", any year of the proleptic
 * Gregorian calendar), so that periods are plain integers: a week is a run of seven days
 * from a Monday, a month a year times twelve plus the month.
 */

static const char *const scale_names[TL_NSCALES] = { "day", "week", "month" };

const char *
tl_scale_name(enum tl_scale s)
{
	return s < TL_NSCALES ? scale_names[s] : "?";
}

int
tl_scale_parse(const char *s)
{
	int i;

	for (i = 0; s && i < TL_NSCALES; i++)
		if (strcmp(s, scale_names[i]) == 0)
			return i;
	return -1;
}

/* Division and remainder rounding towards minus infinity (days before 1970 too). */
static int32_t
floor_div(int32_t a, int32_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static int32_t
floor_mod(int32_t a, int32_t b)
{
	return a - floor_div(a, b) * b;
}

int32_t
tl_days(int y, int m, int d)
{
	int32_t era, yoe, doy, doe;

	m = m < 1 ? 1 : m > 12 ? 12 : m;
	y -= m <= 2;
	era = floor_div(y, 400);
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
tl_civil(int32_t days, int *y, int *m, int *d)
{
	int32_t z = days + 719468, era = floor_div(z, 146097), doe = z - era * 146097;
	int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int32_t
key_of_day(int32_t days)
{
	int y, m, d;

	tl_civil(days, &y, &m, &d);
	return y * 10000 + m * 100 + d;
}

/* The Monday of the week of period 0: 1970-01-05 is day 4. */
#define WEEK0 4

static int32_t
period_of_day(enum tl_scale s, int32_t days)
{
	int y, m, d;

	switch (s) {
	case TL_WEEK:
		/* 1970-01-01 was a Thursday: day 0 is weekday 3 counted from Monday. */
		return floor_div(days - floor_mod(days + 3, 7) - WEEK0, 7);
	case TL_MONTH:
		tl_civil(days, &y, &m, &d);
		return y * 12 + m - 1;
	default:
		return days;
	}
}

enum tl_dated
tl_article_dated(const struct article *a)
{
	if (a->date_from_mtime)
		return TL_MTIME;
	return a->date_key % 10000 / 100 == 0 ? TL_YEAR : TL_DATED;
}

/* Days since 1970 of a date key; false for a year alone. */
static bool
key_days(int32_t key, int32_t *days)
{
	int m = (int)(key / 100 % 100);

	if (m == 0)
		return false;
	*days = tl_days((int)(key / 10000), m, (int)(key % 100));
	return true;
}

bool
tl_period_of(enum tl_scale s, int32_t date_key, int32_t *period)
{
	int32_t days;

	if (!key_days(date_key, &days))
		return false;
	*period = period_of_day(s, days);
	return true;
}

void
tl_period_keys(enum tl_scale s, int32_t period, int32_t *first, int32_t *last)
{
	int32_t y, m;

	switch (s) {
	case TL_WEEK:
		*first = key_of_day(period * 7 + WEEK0);
		*last = key_of_day(period * 7 + WEEK0 + 6);
		return;
	case TL_MONTH:
		y = floor_div(period, 12);
		m = period - y * 12 + 1;
		*first = y * 10000 + m * 100 + 1;
		*last = key_of_day(tl_days((int)(m == 12 ? y + 1 : y), (int)(m == 12 ? 1 : m + 1), 1) - 1);
		return;
	default:
		*first = *last = key_of_day(period);
		return;
	}
}

static void
key_name(int32_t key, bool day, char *buf, size_t n)
{
	if (day)
		snprintf(buf, n, "%04d-%02d-%02d", (int)(key / 10000), (int)(key / 100 % 100),
			 (int)(key % 100));
	else
		snprintf(buf, n, "%04d-%02d", (int)(key / 10000), (int)(key / 100 % 100));
}

void
tl_period_name(enum tl_scale s, int32_t period, char *buf, size_t n)
{
	int32_t first, last, thursday;
	int y, m, d;

	tl_period_keys(s, period, &first, &last);
	if (s != TL_WEEK) {
		key_name(first, s == TL_DAY, buf, n);
		return;
	}
	/* ISO 8601: a week belongs to the year of its Thursday, and week 1 is the one
	 * holding that year's first Thursday. */
	thursday = period * 7 + WEEK0 + 3;
	tl_civil(thursday, &y, &m, &d);
	snprintf(buf, n, "%04d-W%02d", y, (int)((thursday - tl_days(y, 1, 1)) / 7 + 1));
}

void
tl_period_query(enum tl_scale s, int32_t a, int32_t b, char *buf, size_t n)
{
	int32_t af, al, bf, bl;
	char x[16], y[16];

	tl_period_keys(s, a, &af, &al);
	tl_period_keys(s, b, &bf, &bl);
	/* A month is written as one (date:2026-01); a week only as its days. */
	key_name(af, s != TL_MONTH, x, sizeof x);
	key_name(s == TL_MONTH ? bf : bl, s != TL_MONTH, y, sizeof y);
	if (a == b && s != TL_WEEK)
		snprintf(buf, n, "%s", x);
	else
		snprintf(buf, n, "%s..%s", x, y);
}

bool
tl_corpus_span(const struct corpus *c, int32_t *first, int32_t *last)
{
	bool any = false;
	int32_t days;
	size_t i;

	for (i = 0; i < c->n; i++) {
		if (tl_article_dated(c->arts[i]) != TL_DATED || !key_days(c->arts[i]->date_key, &days))
			continue;
		if (!any || days < *first)
			*first = days;
		if (!any || days > *last)
			*last = days;
		any = true;
	}
	return any;
}

enum tl_scale
tl_scale_for(const struct corpus *c)
{
	int32_t first, last;

	if (!tl_corpus_span(c, &first, &last) || last - first <= TL_DAY_SPAN)
		return TL_DAY;
	return last - first <= TL_WEEK_SPAN ? TL_WEEK : TL_MONTH;
}

struct timeline *
timeline_build(const struct corpus *c, enum tl_scale s, const struct index_count *counts,
	       size_t n)
{
	struct timeline *t = xcalloc(1, sizeof *t);
	int32_t first, last, p;
	size_t i, k;

	t->scale = s;
	for (i = 0; i < c->n && !t->corpus_has_year; i++)
		t->corpus_has_year = tl_article_dated(c->arts[i]) == TL_YEAR;
	if (tl_corpus_span(c, &first, &last)) {
		t->first = period_of_day(s, first);
		t->n = (size_t)(period_of_day(s, last) - t->first) + 1;
	}
	t->mentions = xcalloc(t->n ? t->n : 1, sizeof *t->mentions);
	t->articles = xcalloc(t->n ? t->n : 1, sizeof *t->articles);
	for (i = 0; i < n; i++) {
		const struct article *a;

		if (counts[i].id >= c->n || !counts[i].count)
			continue;
		a = c->arts[counts[i].id];
		t->mentions_total += counts[i].count;
		t->articles_total++;
		switch (tl_article_dated(a)) {
		case TL_MTIME:
			t->mtime_mentions += counts[i].count;
			t->mtime_articles++;
			continue;
		case TL_YEAR:
			t->year_mentions += counts[i].count;
			t->year_articles++;
			continue;
		case TL_DATED:
			break;
		}
		if (!tl_period_of(s, a->date_key, &p) || p < t->first ||
		    (k = (size_t)(p - t->first)) >= t->n)
			continue;	/* cannot happen: the span holds every dated article */
		t->mentions[k] += counts[i].count;
		t->articles[k]++;
		if (t->mentions[k] > t->max_mentions)
			t->max_mentions = t->mentions[k];
	}
	return t;
}

void
timeline_free(struct timeline *t)
{
	if (!t)
		return;
	free(t->mentions);
	free(t->articles);
	free(t);
}

size_t
timeline_articles(const struct timeline *t, const struct corpus *c,
		  const struct index_count *counts, size_t n, size_t from, size_t to,
		  uint32_t **ids)
{
	size_t i, got = 0, cap = 0;
	int32_t p;

	*ids = NULL;
	for (i = 0; i < n; i++) {
		const struct article *a;

		if (counts[i].id >= c->n || !counts[i].count)
			continue;
		a = c->arts[counts[i].id];
		if (tl_article_dated(a) != TL_DATED || !tl_period_of(t->scale, a->date_key, &p) ||
		    p < t->first + (int32_t)from || p > t->first + (int32_t)to)
			continue;
		xgrow((void **)ids, &cap, got + 1, sizeof **ids);
		(*ids)[got++] = counts[i].id;
	}
	return got;
}

size_t
timeline_cells(const struct timeline *t, size_t width, uint32_t *sums)
{
	size_t cells = t->n < width ? t->n : width, i, k;

	for (i = 0; i < cells; i++) {
		sums[i] = 0;
		for (k = i * t->n / cells; k < (i + 1) * t->n / cells; k++)
			sums[i] += t->mentions[k];
	}
	return cells;
}

unsigned
tl_level(uint32_t v, uint32_t max, unsigned top)
{
	uint64_t l;

	if (!v || !max)
		return 0;
	l = ((uint64_t)v * top + max - 1) / max;
	return l > top ? top : l < 1 ? 1 : (unsigned)l;
}

const char *
tl_block(unsigned eighths)
{
	static const char *const blocks[9] = { " ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };

	return blocks[eighths > 8 ? 8 : eighths];
}
