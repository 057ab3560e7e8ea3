/* article_int.h -- what article.c takes from article_head.c (not installed). MIT licence. */
#ifndef DOSSIER_ARTICLE_INT_H
#define DOSSIER_ARTICLE_INT_H

#include <stdbool.h>
#include <stddef.h>

struct article;

/* Years a file name may carry (1790_washington.txt is a year; 0042_x.txt is not). */
#define NAME_YEAR_MIN 1500
#define NAME_YEAR_MAX 2100

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

#endif
