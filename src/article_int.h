/* article_int.h -- what article.c takes from article_head.c and article_date.c (not installed). MIT licence. */
#ifndef DOSSIER_ARTICLE_INT_H
#define DOSSIER_ARTICLE_INT_H

#include <stdbool.h>
#include <stddef.h>

struct article;

#define HEAD_LINES 30		/* dates, titles and sources are looked for this far */
#define TITLE_COLS 110		/* longer titles are cut to a sentence or a word */

static inline bool
is_alpha(int ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static inline bool
is_digit(int ch)
{
	return ch >= '0' && ch <= '9';
}

/* Where the run of spaces at s[i] ends (i when none). */
static inline size_t
article_spaces(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* Years a file name may carry (1790_washington.txt is a year; 0042_x.txt is not). */
#define NAME_YEAR_MIN 1500
#define NAME_YEAR_MAX 2100

/* Years a date written in the text may carry. A date before PROSE_YEAR_MIN is the article's
 * own only where nothing else can be meant: a line of its own near the top or a header
 * (letters and speeches of 1861 are dated so), never the prose of a news story that
 * recalls the year 1776. */
#define TEXT_YEAR_MIN 1600
#define PROSE_YEAR_MIN 1900

/* What a header block at the top of a file says (article_head()). */
struct article_head {
	char *title;		/* owned; Subject:, Title: or Headline:, or NULL */
	char *source;		/* owned; Source:, else the sender's name in From:, or NULL */
	bool from_source;	/* source came from From: (a Source: line replaces it) */
	int y, m, d;		/* the Date: line's date; y = 0 for none */
	size_t lines;		/* lines of the block (the envelope line included), 0 for none */
};

/* Find a mail or news-export header block at the top of a (lines split), mark its lines
 * LINE_BOILERPLATE (an mbox "From " envelope line too) and fill h; free with
 * article_head_free(). */
void article_head(struct article *a, struct article_head *h);
void article_head_free(struct article_head *h);

/* A date in the file name of path: 2026-01-21-slug.txt, 2026_01_21.txt, 20260121_x.txt;
 * a leading year alone (1990_bush.txt) sets *m = *d = 0. */
bool article_name_date(const char *path, int *y, int *m, int *d);

/* The name of the folder holding path ("." and ".." resolved), cleaned for display:
 * the source of an article that names none. Owned by the caller. */
char *article_folder_name(const char *path);

/* Set a's date (m = 0: the year alone), saying where it came from. */
void article_set_date(struct article *a, int y, int m, int d, int from);
/* No date in the text: one in the file's name, else the file's mtime (local time). */
void article_date_from_path(struct article *a);
/* No title in the text: the file's name without its extension (FROM_PATH_TITLE). */
void article_title_from_path(struct article *a);

/* Shared by article.c and article_title.c. */
/* [*s, *e) without surrounding blanks and, with bullet, a list bullet; whether there was one. */
bool article_trim(const char **s, const char **e, bool bullet);
/* Line l of a, trimmed. */
void article_line_span(const struct article *a, size_t l, const char **s, const char **e);
/* Whether s (n bytes) is one of list (ASCII case ignored), or starts with one (prefix). */
bool article_in_list(const char *s, size_t n, const char *const *list, bool prefix);
/* The first full date of min_year or later in a line starting at most at max_start: the
 * offset past it or 0. */
size_t article_line_date(const char *s, size_t n, size_t max_start, int min_year, int *y, int *m,
			 int *d, size_t *start, bool *only);
/* Whether s[0..n) is a letter's place and a comma before its date ("SPRINGFIELD, "). */
bool article_dateline_place(const char *s, size_t n);
/* Whether s (n bytes) holds only date words, digits and separators. */
bool article_dateish(const char *s, size_t n);
/* How much of s[0..n) is only labels, times, zones and punctuation: n, or where the first
 * other word or symbol starts (article_date.c). */
size_t article_dateish_len(const char *s, size_t n);
/* The title (article_title.c): a header's, else the first line that is a headline. */
void article_find_title(struct article *a, const struct article_head *h);

#endif
