/* article_date.c -- dates in an article's text: their forms, a dateline's labels. MIT licence. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article_int.h"
#include "dossier/corpus.h"
#include "dossier/text.h"

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"
};
static const char *const day_names[7] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

static size_t
alpha_run(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && is_alpha((unsigned char)s[n]))
		n++;
	return n;
}

/* A name from names[count] written in full or as its first three letters ("Sept" too),
 * with an optional dot after an abbreviation. Returns its 1-based index. */
static int
match_name(const char *s, size_t len, const char *const *names, int count, size_t *used)
{
	size_t n = alpha_run(s, len);
	int i;

	for (i = 0; i < count && n >= 3 && n <= 9; i++) {
		if ((s[0] | 32) != names[i][0] || strncasecmp(s, names[i], n) != 0)
			continue;
		if (n != strlen(names[i]) && n != 3 && !(n == 4 && names == month_names && i == 8))
			continue;
		*used = n;
		if (n != strlen(names[i]) && n < len && s[n] == '.')
			(*used)++;
		return i + 1;
	}
	return 0;
}

/* 1..max digits not followed by another digit. */
static size_t
number(const char *s, size_t len, size_t max, int *val)
{
	size_t n = 0;

	*val = 0;
	while (n < len && is_digit((unsigned char)s[n])) {
		if (++n > max)
			return 0;
		*val = *val * 10 + (s[n - 1] - '0');
	}
	return n;
}

static bool
valid_date(int y, int m, int d)
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (y != 0 && (y < TEXT_YEAR_MIN || y > 2100))
		return false;
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	return !(m == 2 && d == 29 && y != 0 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)));
}

/* A day number with an optional ordinal suffix (3rd, 21st). */
static size_t
day_number(const char *s, size_t len, int *d)
{
	size_t i = number(s, len, 2, d);
	char a, b;

	if (i && i + 2 <= len) {
		a = (char)(s[i] | 32), b = (char)(s[i + 1] | 32);	/* ASCII case ignored */
		if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
		    (a == 't' && b == 'h'))
			i += 2;
	}
	return i && i < len && is_alpha((unsigned char)s[i]) ? 0 : i;
}

/*
 * Match one date pattern at s: Y a 4-digit year, N a month number, M a month name,
 * d a day number, D a day with an optional ordinal, ' ' one or more spaces, ',' an
 * optional comma, '|' where a match without year may end; anything else is literal.
 */
static size_t
date_pattern(const char *p, const char *s, size_t len, bool no_year, int *y, int *m, int *d)
{
	size_t i = 0, k = 0, cand = 0;
	bool upper = false;

	for (; *p; p++, i += k) {
		k = 0;
		if (*p == 'Y' && ((k = number(s + i, len - i, 4, y)) != 4 ||
				  (i + 4 < len && is_alpha((unsigned char)s[i + 4]))))
			break;
		if ((*p == 'N' && !(k = number(s + i, len - i, 2, m))) ||
		    (*p == 'd' && !(k = number(s + i, len - i, 2, d))) ||
		    (*p == 'D' && !(k = day_number(s + i, len - i, d))))
			break;
		if (*p == 'M') {
			upper = i < len && s[i] >= 'A' && s[i] <= 'Z';
			if (!(*m = match_name(s + i, len - i, month_names, 12, &k)))
				break;
		} else if (*p == ' ') {
			/* (none after an abbreviation's dot: "Nov.20, 1858") */
			if ((k = article_spaces(s, len, i) - i) == 0 && (i == 0 || s[i - 1] != '.'))
				break;
		} else if (*p == ',') {
			k = i < len && s[i] == ',';
		} else if (*p == '|') {
			if (no_year && upper && (i == len || !is_alpha((unsigned char)s[i])))
				cand = i;
		} else if (*p != 'Y' && *p != 'N' && *p != 'd' && *p != 'D') {
			if (i >= len || s[i] != *p)
				break;
			k = 1;
		}
	}
	if (!*p)
		return i;
	*y = 0;
	return cand;
}

size_t
corpus_parse_date_ex(const char *s, size_t len, bool allow_no_year, int *y, int *m,
		     int *d, size_t *lead)
{
	/* "27/01/2026" is left out on purpose: day or month first? ("3-MAR-1987": the wire
	 * stories of Reuters-21578 date themselves so) */
	static const char *const patterns[] = {
		"Y-N-d", "Y/N/d", "d.N.Y", "D M|, Y", "M D|, Y", "d-M-Y", NULL
	};
	const char *const *p;
	size_t w = 0, n = 0;

	if (lead)
		*lead = 0;
	if (len && is_alpha((unsigned char)s[0]) && match_name(s, len, day_names, 7, &w)) {
		if (w < len && s[w] == ',')
			w++;
		if (article_spaces(s, len, w) == w)
			return 0;
		w = article_spaces(s, len, w);
	}
	for (p = patterns; *p; p++)
		if ((n = date_pattern(*p, s + w, len - w, allow_no_year, y, m, d)) > 0)
			break;
	if (!n || !valid_date(*y, *m, *d) || (w + n < len && is_digit((unsigned char)s[w + n])))
		return 0;
	if (lead)
		*lead = w;
	return w + n;
}

size_t
corpus_parse_date(const char *s, size_t len, int *y, int *m, int *d)
{
	return corpus_parse_date_ex(s, len, false, y, m, d, NULL);
}

/* Whether s[0..w) is a word of a date's label: "Published", "on", a time zone, a
 * weekday. Looked up by first letter, as most words of a line are not labels (perf). */
static bool
date_label(const char *s, size_t w)
{
	static const char by_letter[26][8][10] = {
		['a' - 'a'] = { "at", "am", "a" },
		['b' - 'a'] = { "bst" },
		['c' - 'a'] = { "created", "ct", "cst", "cdt", "cet", "cest" },
		['d' - 'a'] = { "date", "dated" },
		['e' - 'a'] = { "et", "est", "edt" },
		['f' - 'a'] = { "first", "filed", "friday" },
		['g' - 'a'] = { "gmt" },
		['i' - 'a'] = { "issued", "ist" },
		['j' - 'a'] = { "jst" },
		['l' - 'a'] = { "last", "local" },
		['m' - 'a'] = { "modified", "m", "msk", "monday" },
		['o' - 'a'] = { "on" },
		['p' - 'a'] = { "published", "posted", "pm", "p", "pt", "pst", "pdt" },
		['r' - 'a'] = { "released", "revised" },
		['s' - 'a'] = { "saturday", "sunday" },
		['t' - 'a'] = { "time", "tuesday", "thursday" },
		['u' - 'a'] = { "updated", "utc" },
		['w' - 'a'] = { "wednesday" },
	};
	const char (*row)[10] = by_letter[(s[0] | 32) - 'a'];
	size_t k;

	if (w == 0 || w > 9)
		return false;	/* (none is longer) */
	for (k = 0; k < 8 && row[k][0]; k++)
		if (row[k][w] == '\0' && row[k][w - 1] != '\0' && !strncasecmp(s, row[k], w))
			return true;
	return false;
}

/* How much of s[0..n) is only labels, times, zones and punctuation ("- Published Date:
 * 09:53 |"): n when all of it, else where the first other word or symbol starts. */
size_t
article_dateish_len(const char *s, size_t n)
{
	size_t i = 0, w;
	uint32_t cp;

	while (i < n) {
		unsigned char b = (unsigned char)s[i];

		if (is_alpha(b)) {
			w = alpha_run(s + i, n - i);
			if (!date_label(s + i, w))
				return i;
			i += w;
		} else if (b < 0x80) {
			i++;
		} else {
			w = text_decode(s + i, n - i, &cp);
			if (cp != 0x2022 && cp != 0xB7 && cp != 0xA0 && !(cp >= 0x2010 && cp <= 0x2015))
				return i;
			i += w;
		}
	}
	return n;
}

bool
article_dateish(const char *s, size_t n)
{
	return article_dateish_len(s, n) == n;
}

/* Whether s[0..n) is a letter's place before its date: one to four capitalised words and
 * a comma ("SPRINGFIELD, ", "EXECUTIVE MANSION, ", "St. Louis, "). */
bool
article_dateline_place(const char *s, size_t n)
{
	size_t i = 0, words = 0;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n < 3 || n > 40 || s[n - 1] != ',')
		return false;
	while (i < n - 1) {
		if (!(s[i] >= 'A' && s[i] <= 'Z') || ++words > 4)
			return false;
		while (i < n - 1 && (is_alpha((unsigned char)s[i]) || s[i] == '.' || s[i] == '\''))
			i++;
		if (i < n - 1 && s[i] == ',')
			i++;
		if (i < n - 1 && s[i] != ' ')
			return false;
		i = article_spaces(s, n - 1, i);
	}
	return words > 0;
}

/* Whether s starts with the first three letters of a month or weekday name. */
static bool
month_or_day(const char *s)
{
#define ABBR(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
	switch (ABBR((unsigned char)s[0] | 32, (unsigned char)s[1] | 32, (unsigned char)s[2] | 32)) {
	case ABBR('j', 'a', 'n'): case ABBR('f', 'e', 'b'): case ABBR('m', 'a', 'r'):
	case ABBR('a', 'p', 'r'): case ABBR('m', 'a', 'y'): case ABBR('j', 'u', 'n'):
	case ABBR('j', 'u', 'l'): case ABBR('a', 'u', 'g'): case ABBR('s', 'e', 'p'):
	case ABBR('o', 'c', 't'): case ABBR('n', 'o', 'v'): case ABBR('d', 'e', 'c'):
	case ABBR('m', 'o', 'n'): case ABBR('t', 'u', 'e'): case ABBR('w', 'e', 'd'):
	case ABBR('t', 'h', 'u'): case ABBR('f', 'r', 'i'): case ABBR('s', 'a', 't'):
	case ABBR('s', 'u', 'n'):
		return true;
	default:
		return false;
	}
#undef ABBR
}

/* Where the last run of exactly four digits in s[0..n) starts, or SIZE_MAX: looked for
 * from the end, eight bytes at a time while they hold no digit. */
static size_t
last_four_digits(const char *s, size_t n)
{
	size_t i = n, run = 0;
	uint64_t w, t;

	while (i > 0) {
		if (run == 0 && i >= 8) {
			memcpy(&w, s + i - 8, 8);
			t = w ^ 0x3030303030303030ULL;	/* a digit's byte becomes 0..9 */
			if (!((t - 0x0A0A0A0A0A0A0A0AULL) & ~t & 0x8080808080808080ULL)) {
				i -= 8;	/* no byte below 10: no digit */
				continue;
			}
		}
		i--;
		if (is_digit((unsigned char)s[i])) {
			run++;
		} else {
			if (run == 4)
				return i + 1;
			run = 0;
		}
	}
	return run == 4 ? 0 : SIZE_MAX;
}

/* The first full date (with year) in a line starting at most at max_start. Returns the
 * offset just past it, or 0; *start gets where it begins, *only whether the rest of the
 * line is date-ish. */
size_t
article_line_date(const char *s, size_t n, size_t max_start, int min_year, int *y, int *m, int *d,
		  size_t *start, bool *only)
{
	/* (a last4 not looked for yet) */
	const size_t unknown = SIZE_MAX - 1;
	size_t i, k, last4 = unknown;

	/* An article's own date sits in a short line or at the start of one; a date deep in
	 * a paragraph is news, not the dateline (and scanning whole paragraphs was 17% of
	 * loading, measured with perf). */
	if (n > 160)
		n = 160;
	/*
	 * Every date has a year of exactly four digits, a run of them that starts at or
	 * after the date: none in the line, no date; none after i, no date starting at i
	 * (perf: most of loading went into trying). The run is looked for once a place a
	 * date could start is met: the first lines' scan (max_start the labels' end) mostly
	 * meets none.
	 */
	if (max_start > 16) {
		if ((last4 = last_four_digits(s, n)) == SIZE_MAX)
			return 0;
		if (max_start > last4)
			max_start = last4;
	}
	for (i = 0; i < n && i <= max_start; i++) {
		unsigned char b = (unsigned char)s[i];

		if (i > 0 && (is_alpha((unsigned char)s[i - 1]) || is_digit((unsigned char)s[i - 1]) ||
			      (unsigned char)s[i - 1] >= 0x80))
			continue;
		if (!is_digit(b) && !(n - i >= 3 && is_alpha(b) && month_or_day(s + i)))
			continue;
		if (last4 == unknown) {
			if ((last4 = last_four_digits(s, n)) == SIZE_MAX)
				return 0;
			if (max_start > last4)
				max_start = last4;
			if (i > max_start)
				return 0;
		}
		k = corpus_parse_date(s + i, n - i, y, m, d);
		if (!k || *y < min_year)
			continue;
		*start = i;
		*only = article_dateish(s, i) && article_dateish(s + i + k, n - i - k);
		return i + k;
	}
	return 0;
}
