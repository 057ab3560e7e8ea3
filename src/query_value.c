/* query_value.c -- field values of the query language: date spans and keys, path globs. MIT licence. */
#include "config.h"

#include <stdlib.h>

#include "query_ast.h"

static int
days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/*
 * YYYY, YYYY-MM or YYYY-MM-DD in s[0..n): its first and last day as date keys. Returns 1,
 * 0 when it is not a date, or -1 when it is an impossible one (2026-02-30, 2026-13).
 */
int
query_date_span(const char *s, size_t n, int *first, int *last)
{
	int y, m = 0, d = 0;
	size_t i;

	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	y = atoi(s);
	if (n >= 7)
		m = (s[5] - '0') * 10 + (s[6] - '0');
	if (n == 10)
		d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1 || (n >= 7 && (m < 1 || m > 12)) || (n == 10 && (d < 1 || d > days_in_month(y, m))))
		return -1;
	/* A year starts at YYYY0000, the key of an article dated by its year alone
	 * (1990_bush.txt), so date:1990 finds it and date:1990-01 does not. */
	*first = y * 10000 + (m ? m * 100 + (d ? d : 1) : 0);
	*last = y * 10000 + (m ? m : 12) * 100 + (d ? d : m ? days_in_month(y, m) : 31);
	return 1;
}

/* The date key of the day after (step 1) or before (step -1) the valid key k; a year
 * starts with its year-alone key YYYY0000 (see date_span). */
int
query_next_day(int k, int step)
{
	int y = k / 10000, m = k / 100 % 100, d = k % 100 + step;

	if (m == 0)	/* before the year alone: the last day of the year before */
		return step < 0 ? (y - 1) * 10000 + 1231 : y * 10000 + 101;
	if (step > 0 && m == 12 && d > 31)
		return (y + 1) * 10000;
	if (d > days_in_month(y, m)) {
		d = 1;
		if (++m > 12) {
			m = 1;
			y++;
		}
	} else if (d < 1) {
		if (--m < 1) {
			m = 12;
			y--;
		}
		d = days_in_month(y, m);
	}
	return y * 10000 + m * 100 + d;
}

/* Where a "[" of the path glob g (n bytes) opens a set that never closes, else n. SQLite's
 * GLOB matches nothing then (path:[ found no article and said nothing); a "]" right after
 * "[" or "[^" is a member, as in SQLite. */
size_t
query_glob_unclosed(const char *g, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		if (g[i] != '[')
			continue;
		k = i + 1;
		if (k < n && g[k] == '^')
			k++;
		if (k < n && g[k] == ']')
			k++;
		while (k < n && g[k] != ']')
			k++;
		if (k >= n)
			return i;
		i = k;
	}
	return n;
}
