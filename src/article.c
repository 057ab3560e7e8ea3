/* article.c -- one article's metadata: lines, boilerplate, date, title and source. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article_int.h"
#include "dossier/corpus.h"
#include "dossier/text.h"
#include "dossier/util.h"

/* ---- article metadata ---- */

/* The blanks a line is trimmed of (NBSP aside): " \t\r\f\v". */
static inline bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* [*s, *e) without surrounding blanks (ASCII whitespace, NBSP) and, with bullet, without
 * a leading list bullet ("- ", "• "). Returns whether there was a bullet. */
bool
article_trim(const char **s, const char **e, bool bullet)
{
	size_t k, n;

	for (;;) {
		if (*s < *e && is_blank(**s))
			(*s)++;
		else if (*e - *s >= 2 && (*s)[0] == '\xC2' && (*s)[1] == '\xA0')
			*s += 2;
		else if (*s < *e && is_blank((*e)[-1]))
			(*e)--;
		else if (*e - *s >= 2 && (*e)[-2] == '\xC2' && (*e)[-1] == '\xA0')
			*e -= 2;
		else
			break;
	}
	if (!bullet)
		return false;
	/* "- ", "* ", "• ", "– ", "— ", "· ", before more text */
	n = (size_t)(*e - *s);
	if (n > 2 && (**s == '-' || **s == '*') && (*s)[1] == ' ')
		k = 2;
	else if (n > 4 && **s == '\xE2' && (*s)[1] == '\x80' &&
		 ((*s)[2] == '\xA2' || (*s)[2] == '\x93' || (*s)[2] == '\x94') && (*s)[3] == ' ')
		k = 4;
	else if (n > 3 && **s == '\xC2' && (*s)[1] == '\xB7' && (*s)[2] == ' ')
		k = 3;
	else
		return false;
	*s += k;
	return true;
}

void
article_line_span(const struct article *a, size_t l, const char **s, const char **e)
{
	*s = a->text + a->lines[l].start;
	*e = a->text + a->lines[l].end;
	article_trim(s, e, false);
}

bool
article_in_list(const char *s, size_t n, const char *const *list, bool prefix)
{
	size_t k;

	for (; *list && n > 0; list++) {
		if ((s[0] | 32) != ((*list)[0] | 32))
			continue;
		k = strlen(*list);
		if (prefix ? n >= k && !strncasecmp(s, *list, k) : n == k && !strncasecmp(s, *list, n))
			return true;
	}
	return false;
}

/* The breadcrumb separators "»" and "›" in s[0..n), counted up to two: eight bytes at
 * a time while they are ASCII (perf: every line is looked at). */
static size_t
separators(const char *s, size_t n)
{
	size_t i = 0, seps = 0;
	uint64_t w;

	while (i + 1 < n && seps < 2) {
		if (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (!(w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		if ((s[i] == '\xC2' && s[i + 1] == '\xBB') ||
		    (i + 2 < n && s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == '\xBA'))
			seps++;
		i++;
	}
	return seps;
}

/* Ads, share widgets, "Source link", navigation and breadcrumbs ("Home » World »"). */
static bool
is_boilerplate(const char *s, size_t n)
{
	static const char *const exact[] = {
		"source link", "related articles", "related posts", "related stories", "related",
		"most popular", "most read", "recent comments", "recent posts", "share this",
		"share", "share this article", "share this story", "like this", "tweet", "email",
		"print", "whatsapp", "pinterest", "linkedin", "facebook", "twitter", "reddit",
		"copy link", "advertisement", "skip to content", "leave a reply", "leave a comment",
		"you may also like", "read more", "read next", "loading...", NULL
	};
	enum { EXACT_MAX = 18 };	/* the longest of exact[], "share this article" */
	static const char *const prefix[] = {
		"share on ", "share via ", "click to share", "click to email", "click to print",
		"follow us on ", NULL
	};
	size_t i, seps, k;

	if (n == 0 || n > 200)
		return false;
	k = s[n - 1] == ':' ? n - 1 : n;
	if (n >= 4 && s[0] == '[' && s[n - 1] == ']' && !strncasecmp(s + 1, "ad", 2)) {
		for (i = 3; i < n - 1 && (s[i] == '_' || is_digit((unsigned char)s[i])); i++)
			;
		if (i == n - 1)
			return true;
	}
	if ((k <= EXACT_MAX && article_in_list(s, k, exact, false)) ||
	    article_in_list(s, n, prefix, true))
		return true;
	seps = separators(s, n);
	i = n > 4 && (s[0] | 32) == 'h' && !strncasecmp(s, "home", 4) ? article_spaces(s, n, 4) : 0;
	return seps >= 2 || (i && i < n && ((s[i] && strchr(">/|", s[i])) || seps));
}

/* "HomeWorldKremlin praises…" followed by "Kremlin praises…": navigation glued to a
 * copy of the next headline. */
static bool
is_glued_breadcrumb(const struct article *a, size_t l)
{
	const char *s, *e, *s2, *e2;
	size_t k, n, n2;

	article_line_span(a, l, &s, &e);
	n = (size_t)(e - s);
	for (k = l + 1; k < a->nlines && k <= l + 3; k++) {
		article_line_span(a, k, &s2, &e2);
		if (s2 == e2)
			continue;
		n2 = (size_t)(e2 - s2);
		return n <= 300 && n2 >= 10 && n > n2 && n - n2 <= 40 &&
		       !memcmp(e - n2, s2, n2) && !memchr(s, ' ', n - n2);
	}
	return false;
}

static void
split_lines(struct article *a)
{
	size_t cap = 0, i = a->body, e;
	const char *nl, *s, *t;

	while (i < a->len) {
		nl = memchr(a->text + i, '\n', a->len - i);
		e = nl ? (size_t)(nl - a->text) : a->len;
		xgrow((void **)&a->lines, &cap, a->nlines + 1, sizeof *a->lines);
		a->lines[a->nlines].start = (uint32_t)i;
		a->lines[a->nlines].end = (uint32_t)(e > i && a->text[e - 1] == '\r' ? e - 1 : e);
		a->lines[a->nlines].flags = 0;
		article_line_span(a, a->nlines, &s, &t);
		if (s == t)
			a->lines[a->nlines].flags = LINE_BLANK;
		else if (is_boilerplate(s, (size_t)(t - s)))
			a->lines[a->nlines].flags = LINE_BOILERPLATE;
		a->nlines++;
		i = e + 1;
	}
	for (i = 0; i < a->nlines && i < HEAD_LINES; i++)
		if (!a->lines[i].flags && is_glued_breadcrumb(a, i))
			a->lines[i].flags = LINE_BOILERPLATE;
}

static bool
contains_ci(const char *s, size_t n, const char *word)
{
	size_t i, w = strlen(word);

	for (i = 0; i + w <= n; i++)	/* (word is in lower case) */
		if ((s[i] | 32) == word[0] && !strncasecmp(s + i, word, w))
			return true;
	return false;
}

/* "On April 20, 2010, an explosion ...": a sentence about the day, not a dateline (the
 * line starts with "On", the date, then more than labels). */
static bool
narrative(const char *s, size_t at, bool only)
{
	size_t i = 0;

	while (i < at && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (only || at < i + 3 || (s[i] | 32) != 'o' || (s[i + 1] | 32) != 'n' || s[i + 2] != ' ')
		return false;
	for (i += 3; i < at; i++)
		if (s[i] != ' ')
			return false;
	return true;
}

/* Does line l go on from a line of prose above it (the same paragraph, wrapped): a line
 * just above that ends without ending a sentence ("... revenue authorities through")? A
 * text written a paragraph a line ends each with one. */
static bool
wrapped(const struct article *a, size_t l)
{
	const char *s, *e;

	if (l == 0 || (a->lines[l - 1].flags & (LINE_BLANK | LINE_BOILERPLATE | LINE_DATELINE)))
		return false;
	article_line_span(a, l - 1, &s, &e);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	/* (the closing quotes of "said.” and ’, in UTF-8, end with these bytes too) */
	return e > s && !strchr(".!?:;\")'\x9d\x99", e[-1]);
}

/* Is s[0..n) a line of prose: long, with a lower-case letter (not a heading, a date, a
 * letter's address in capitals)? An old date after one is a quoted letter's ("I wrote
 * the following letter:\nGALENA, ILLINOIS, May 24, 1861."), not the text's own. */
static bool
prose_line(const char *s, size_t n)
{
	size_t i;

	for (i = 0; n > 60 && i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			return true;
	return false;
}

/* A header block's Date: first; then a "Published: DATE" line, a line starting with a
 * date near the top; then a full date in the file's name; the first full date in the
 * prose of the first lines; a year leading the file's name; else the file's mtime (local
 * time). Marks the date-only lines LINE_DATELINE. */
static void
find_date(struct article *a, const struct article_head *h)
{
	size_t l, nb = 0, at, end, len;
	int y, m, d, rank = 9, r, by = 0, bm = 0, bd = 0;
	const char *s, *e;
	bool only, prose = false, after_prose;

	/*
	 * First the dates that lead their line (only labels before them), which rank 0 or 1:
	 * a line is looked at only as far as its labels go, so a paragraph costs a word.
	 * Then, if none ranks, the first date anywhere in the head (rank 2). The same answer
	 * as trying every line in full, for a fraction of the work (perf: line_date was a
	 * quarter of parsing).
	 */
	if (h->y) {
		article_set_date(a, h->y, h->m, h->d, DATE_FROM_HEADER);
		return;
	}
	for (l = 0; l < a->nlines && l < HEAD_LINES; l++) {
		if (a->lines[l].flags & (LINE_BLANK | LINE_BOILERPLATE))
			continue;
		nb++;
		article_line_span(a, l, &s, &e);
		len = (size_t)(e - s);
		after_prose = prose;
		prose = prose || prose_line(s, len);
		if (!(end = article_line_date(s, len, article_dateish_len(s, len < 160 ? len : 160),
					      TEXT_YEAR_MIN, &y, &m, &d, &at, &only)))
			continue;
		if (only)
			a->lines[l].flags |= LINE_DATELINE;
		/* A line that goes on from the one above leads with a date only because the
		 * paragraph was wrapped there ("... through\nSeptember 30, 2028; and"); not
		 * the line under the title ("Title\nMarch 3, 2026 - Reuters"). */
		r = contains_ci(s, at, "published") || contains_ci(s, at, "posted") ? 0 :
		    nb <= 8 && !narrative(s, at, only) && (only || nb <= 2 || !wrapped(a, l)) ? 1
		    : 2;
		/* An old date is the article's own only on a line of its own near the top,
		 * before the prose ("ANNUAL MESSAGE TO CONGRESS.\nDecember 3, 1861"). */
		if (y < PROSE_YEAR_MIN && (r > 1 || !only || after_prose))
			continue;
		if (r < rank) {
			rank = r;
			by = y, bm = m, bd = d;
		}
	}
	for (l = 0; rank > 1 && l < a->nlines && l < HEAD_LINES; l++) {
		if (a->lines[l].flags & (LINE_BLANK | LINE_BOILERPLATE))
			continue;
		article_line_span(a, l, &s, &e);
		if (article_line_date(s, (size_t)(e - s), SIZE_MAX, PROSE_YEAR_MIN, &y, &m, &d, &at,
				      &only)) {
			rank = 2;
			by = y, bm = m, bd = d;
			break;
		}
	}
	for (l = 0, nb = 0; rank > 2 && l < a->nlines && nb < 8; l++) {
		/* An old letter's place and date under its heading: "SPRINGFIELD, Aug. 2,
		 * 1858."; not a letter that a chapter's prose quotes ("... the following
		 * letter:\nGALENA, ILLINOIS, May 24, 1861.") */
		if (a->lines[l].flags & (LINE_BLANK | LINE_BOILERPLATE))
			continue;
		nb++;
		article_line_span(a, l, &s, &e);
		len = (size_t)(e - s);
		if (prose_line(s, len))
			break;
		if ((end = article_line_date(s, len, 40, TEXT_YEAR_MIN, &y, &m, &d, &at, &only)) &&
		    article_dateline_place(s, at) && article_dateish(s + end, len - end)) {
			rank = 1;
			by = y, bm = m, bd = d;
			break;
		}
	}
	if (rank < 2) {
		article_set_date(a, by, bm, bd, DATE_FROM_TEXT);
	} else if (rank == 2) {
		/* Only in the prose: the file's name, when it has a full date, knows better
		 * ("... the election of November 8, 2016" in 2017-12-18-remarks.txt). */
		if (article_name_full_date(a->path, &y, &m, &d))
			article_set_date(a, y, m, d, DATE_FROM_NAME_OVER_TEXT);
		else
			article_set_date(a, by, bm, bd, DATE_FROM_PROSE);
	} else {
		article_date_from_path(a);
	}
}

/* A news outlet's name: a well-known one, or a short Title Case name ending in a word
 * like Agency or Times ("Anadolu Agency", "The Moscow Times"), not a section label. */
static bool
is_outlet(const char *s, size_t n)
{
	static const char *const known[] = {
		"Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "TASS",
		"Xinhua", "BBC", "BBC News", "CNN", "Al Jazeera", "Anadolu Agency", "Anadolu",
		"RIA Novosti", "Interfax", "Bloomberg", "Sputnik", "EFE", "dpa", "ANSA", "Kyodo",
		"Yonhap", "UPI", "NPR", "Prensa Latina", "CGTN", "Deutsche Welle", "France 24",
		"Euronews", "The Guardian", "Politico", "Axios", NULL
	};
	static const char *const heads[] = {
		"Agency", "News", "Times", "Post", "Press", "Herald", "Tribune", "Journal", "Gazette",
		"Network", "Broadcasting", "Telegraph", "Chronicle", "Observer", NULL
	};
	static const char *const sections[] = {
		"breaking ", "latest ", "top ", "more ", "related ", "world ", "local ", "business ",
		"sports ", "politics ", "tech ", "fake ", "trending ", "recent ", "popular ", NULL
	};
	size_t i, last = 0, words = 1;

	if (article_in_list(s, n, known, false))
		return true;
	if (n == 0 || n > 60 || article_in_list(s, n, sections, true))
		return false;
	for (i = 0; i < n; i++) {
		if (s[i] != ' ')
			continue;
		if (++words > 6 || (i + 1 < n && s[i + 1] >= 'a' && s[i + 1] <= 'z' &&
				    strncmp(s + i + 1, "of ", 3) && strncmp(s + i + 1, "and ", 4)))
			return false;
		last = i + 1;
	}
	return words >= 2 && s[0] >= 'A' && s[0] <= 'Z' && article_in_list(s + last, n - last, heads, false);
}

/* "By Reuters", "Source: Xinhua", "- Anadolu Agency", "MOSCOW (AP) —". */
static bool
line_source(struct article *a, const char *s, const char *e)
{
	const char *p, *q, *r;
	size_t n = (size_t)(e - s);
	bool labelled = (s[0] | 32) == 's';	/* "Source:" names the outlet outright */

	if (n <= 100 && article_in_list(s, n, (const char *const[]){ "source:", "by ", "via ", NULL }, true)) {
		/* "By John Smith and Jane Doe, Reuters": look at each part */
		for (p = (const char *)memchr(s, labelled ? ':' : ' ', n) + 1; p < e; p = q + 1) {
			p += article_spaces(p, (size_t)(e - p), 0);
			for (q = p; q < e && *q && !strchr(",|/(", *q) && !(*q == ' ' && q[1] == '-'); q++)
				;
			for (r = q; r > p && r[-1] == ' '; r--)
				;
			if (r > p && (is_outlet(p, (size_t)(r - p)) || (labelled && r - p <= 40))) {
				a->source = text_clean_line(p, (size_t)(r - p));
				return true;
			}
			labelled = false;
			q += q < e && *q == ' ';
		}
	}
	if (n <= 60 && is_outlet(s, n)) {
		a->source = text_clean_line(s, n);
		return true;
	}
	for (p = s; p < e && p < s + 120 && (p = memchr(p, '(', (size_t)(e - p))) != NULL; p++) {
		q = memchr(p, ')', (size_t)(e - p));
		if (q && q - p <= 40 && e - q >= 3 && q[1] == ' ' &&
		    (q[2] == '-' || (e - q >= 5 && (!memcmp(q + 2, "\xE2\x80\x94", 3) ||
						     !memcmp(q + 2, "\xE2\x80\x93", 3)))) &&
		    article_in_list(p + 1, (size_t)(q - p - 1), (const char *const[]){ "AP", "Reuters",
			    "AFP", "TASS", "Xinhua", "UPI", "dpa", "EFE", "Sputnik", NULL }, false)) {
			a->source = text_clean_line(p + 1, (size_t)(q - p - 1));
			return true;
		}
	}
	return false;
}

static void
find_source(struct article *a, const struct article_head *h)
{
	const char *s, *e;
	size_t l, nb = 0;

	if (h->source) {
		a->source = text_clean_line(h->source, strlen(h->source));
		return;
	}

	for (l = 0; l < a->nlines && l < HEAD_LINES && nb < 12; l++) {
		if (a->lines[l].flags & (LINE_BLANK | LINE_BOILERPLATE | LINE_TITLE))
			continue;
		nb++;
		article_line_span(a, l, &s, &e);
		article_trim(&s, &e, true);
		if (line_source(a, s, e))
			return;
	}
	a->source = article_folder_name(a->path);
	a->from_path |= FROM_PATH_SOURCE;
}

void
article_set_path(struct article *a, const char *path)
{
	size_t n = strlen(path);

	a->path = xstrndup(path, n);
	a->display_path = text_is_clean_line(path, n) ? a->path : text_clean_line(path, n);
}

struct article *
article_parse(const char *path, char *text, size_t len, time_t mtime)
{
	struct article *a = xcalloc(1, sizeof *a);
	struct article_head h;
	size_t l;

	article_set_path(a, path);
	a->text = text;
	a->len = len < UINT32_MAX - 1 ? len : UINT32_MAX - 1;
	text[a->len] = '\0';
	a->mtime = mtime;
	a->text_ready = 1;
	a->body = a->len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
	text_hash(text, len, a->hash);
	split_lines(a);
	article_head(a, &h);
	find_date(a, &h);
	article_find_title(a, &h);
	find_source(a, &h);
	article_head_free(&h);
	for (l = 0; l < a->nlines; l++) {
		struct text_line *t = &a->lines[l];

		if (t->flags & (LINE_BLANK | LINE_BOILERPLATE))
			continue;
		a->paragraphs++;
	}
	return a;
}

static uint32_t
count_words(const struct article *a)
{
	size_t l, n = 0;

	for (l = 0; l < a->nlines; l++) {
		const struct text_line *t = &a->lines[l];

		if (!(t->flags & (LINE_BLANK | LINE_BOILERPLATE)))
			n += text_count_words(a->text + t->start, t->end - t->start);
	}
	return (uint32_t)n;
}

uint32_t
article_words(const struct article *a)
{
	uint32_t n;

	/* (an update writes the rows of files while the other thread extracts and counts) */
	if (__atomic_load_n(&a->words_counted, __ATOMIC_ACQUIRE))
		return a->words;	/* kept */
	if (!__atomic_load_n(&a->loose, __ATOMIC_ACQUIRE))
		return __atomic_load_n(&a->text_ready, __ATOMIC_ACQUIRE) ? count_words(a) :
		       a->words;	/* (the cache's count while the text is not read) */
	/* A text a build may let go meanwhile, or let go (corpus_text.c): held while it is
	 * counted (read again if need be). */
	article_hold(a);
	n = count_words(a);
	article_release(a);
	return n;
}

void
article_count_words(struct article *a)
{
	if (__atomic_load_n(&a->text_ready, __ATOMIC_ACQUIRE)) {
		a->words = count_words(a);
		__atomic_store_n(&a->words_counted, true, __ATOMIC_RELEASE);
	}
}
