/* text_width.c -- display width: grapheme clusters, columns, wrapping and ellipsizing. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <utf8proc.h>

#include "dossier/text.h"
#include "dossier/util.h"

static bool
is_mark(uint32_t cp)
{
	utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);

	return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME ||
	       cat == UTF8PROC_CATEGORY_MC;
}

int
text_cp_width(uint32_t cp)
{
	int w;

	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	if (cp == 0)
		return 0;
	w = utf8proc_charwidth((utf8proc_int32_t)cp);
	if (w <= 0)
		return is_mark(cp) ? 0 : 1;
	return w > 2 ? 2 : w;
}

static bool use_wcwidth;	/* text_use_wcwidth() */

void
text_use_wcwidth(bool on)
{
	use_wcwidth = on;
}

size_t
text_cluster(const char *s, size_t len, uint32_t cps[TEXT_CLUSTER_MAX], size_t *n,
	     int *width)
{
	uint32_t cp, d;
	size_t used = 0;
	int w;

	*n = 0;
	*width = 0;
	while (used < len) {
		size_t k = text_decode(s + used, len - used, &cp);

		if (cp == '\t' || cp == '\n' || cp == '\r') {
			if (*n == 0) {
				cps[(*n)++] = cp;
				used += k;
			}
			break;
		}
		d = text_display_cp(cp);
		w = d ? text_cp_width(d) : 0;
		if (*n > 0 && (w > 0 || d == 0 || *n >= TEXT_CLUSTER_MAX))
			break;	/* the next cluster starts here */
		used += k;
		if (d == 0)
			continue;	/* dropped (zero-width format character) */
		if (*n == 0 && w == 0) {
			/* A mark with nothing to sit on: shown on a dotted circle. */
			cps[(*n)++] = 0x25CC;
			*width = 1;
		}
		if (*n == 0) {
			if (use_wcwidth && wcwidth((wchar_t)d) != w) {
				d = '?';
				w = 1;
			}
			*width = w;
		}
		cps[(*n)++] = d;
	}
	return used;
}

int
text_width(const char *s, size_t len)
{
	uint32_t cps[TEXT_CLUSTER_MAX];
	size_t i = 0, n;
	int col = 0, w;

	while (i < len) {
		unsigned char b = (unsigned char)s[i];

		/* Plain ASCII not followed by a mark: one column, as text_cluster() says. */
		if (b >= 0x20 && b < 0x7F && (i + 1 == len || (unsigned char)s[i + 1] < 0x80)) {
			col++;
			i++;
			continue;
		}
		i += text_cluster(s + i, len - i, cps, &n, &w);
		if (n && cps[0] == '\t')
			col = (col / TEXT_TABSTOP + 1) * TEXT_TABSTOP;
		else
			col += w;
	}
	return col;
}


/* One unit that wrapping never splits: a grapheme cluster (base plus combining marks),
 * or a single space/tab byte. Returns its byte length; *w gets its width at column col,
 * as text_width() (and so the screen) measures it. */
static size_t
next_cluster(const char *s, size_t len, size_t i, int col, int *w)
{
	size_t start = i, k;
	uint32_t cp, next;
	utf8proc_int32_t state = 0;

	if (s[i] == '\t') {
		*w = TEXT_TABSTOP - col % TEXT_TABSTOP;
		return 1;
	}
	if ((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F &&
	    (i + 1 == len || (unsigned char)s[i + 1] < 0x80)) {
		*w = 1;		/* ASCII not followed by a combining mark */
		return 1;
	}
	i += text_decode(s + i, len - i, &cp);
	while (i < len && s[i] != ' ' && s[i] != '\t') {
		k = text_decode(s + i, len - i, &next);
		if (cp == TEXT_REPLACEMENT || next == TEXT_REPLACEMENT ||
		    utf8proc_grapheme_break_stateful((utf8proc_int32_t)cp,
						     (utf8proc_int32_t)next, &state))
			break;
		cp = next;
		i += k;
	}
	*w = text_width(s + start, i - start);
	return i - start;
}

/* State of one text_wrap() call. */
struct wrapper {
	const char *s;
	size_t len;
	int width;
	struct wrap_line **lines;
	size_t *n, *cap, added;
	size_t start, end;	/* the line being filled: [start, end) */
	int col;		/* its width so far */
};

static void
wrap_emit(struct wrapper *w)
{
	xgrow((void **)w->lines, w->cap, *w->n + 1, sizeof **w->lines);
	(*w->lines)[*w->n].start = w->start;
	(*w->lines)[*w->n].end = w->end;
	(*w->lines)[*w->n].width = w->col;
	(*w->n)++;
	w->added++;
}

/* A word starting at i (no spaces inside): its end and width. Wide characters (CJK)
 * end a word, so ideographic text can break between any two characters. */
static size_t
word_end(const struct wrapper *w, size_t i, int *width)
{
	int cw;

	*width = 0;
	while (i < w->len && w->s[i] != ' ' && w->s[i] != '\t') {
		size_t k = next_cluster(w->s, w->len, i, 0, &cw);

		if (cw == 2 && *width > 0)
			break;
		*width += cw;
		i += k;
		if (cw == 2)
			break;
	}
	return i;
}

/* Place a word that is wider than a whole line, splitting it between clusters. */
static void
wrap_long_word(struct wrapper *w, size_t i, size_t end)
{
	int cw;

	while (i < end) {
		size_t k = next_cluster(w->s, w->len, i, 0, &cw);

		if (w->col + cw > w->width && w->end > w->start) {
			wrap_emit(w);
			w->start = w->end = i;
			w->col = 0;
		}
		w->col += cw;
		i += k;
		w->end = i;
	}
}

size_t
text_wrap(const char *s, size_t len, int width, struct wrap_line **lines,
	  size_t *n, size_t *cap)
{
	struct wrapper w = { s, len, width < 1 ? 1 : width, lines, n, cap, 0, 0, 0, 0 };
	size_t i = 0, sp, we;
	int spw, ww, cw, ind;

	while (i < len) {
		/* the spaces before the next word, measured where they would go */
		spw = 0;
		for (sp = i; sp < len && (s[sp] == ' ' || s[sp] == '\t'); sp++) {
			next_cluster(s, len, sp, w.col + spw, &cw);
			spw += cw;
		}
		if (sp == len)
			break;
		we = word_end(&w, sp, &ww);
		i = we;
		if (w.end > w.start) {
			if (w.col + spw + ww <= w.width) {
				w.col += spw + ww;
				w.end = we;
				continue;
			}
			wrap_emit(&w);
			w.start = w.end = sp;
			w.col = 0;
			spw = 0;
		}
		/* at the start of a line: only the paragraph's first line keeps its indent */
		ind = w.added == 0 && w.start == 0 ? spw : 0;
		if (ind + ww > w.width && (ww <= w.width || ind >= w.width))
			ind = 0;
		w.col = ind;
		w.start = ind ? 0 : sp;
		w.end = sp;
		if (ind + ww <= w.width) {
			w.col += ww;
			w.end = we;
		} else {
			wrap_long_word(&w, sp, we);
		}
	}
	if (w.end == w.start)
		w.col = 0;
	wrap_emit(&w);
	return w.added;
}

char *
text_ellipsize(const char *s, size_t len, int cols)
{
	size_t i = 0, k, cut = 0, word_cut = 0;
	int col = 0, cw;
	char *out;

	if (text_width(s, len) <= cols)
		return xstrndup(s, len);
	while (i < len) {
		k = next_cluster(s, len, i, col, &cw);
		if (col + cw > cols - 1)
			break;
		if (s[i] == ' ' && i > 0)
			word_cut = i;
		col += cw;
		i += k;
		cut = i;
	}
	if (word_cut > 0)
		cut = word_cut;
	/* no dangling separator before the ellipsis */
	while (cut > 0 && strchr(" ,;:-", s[cut - 1]))
		cut--;
	while (cut >= 3 && !memcmp(s + cut - 3, "\xE2\x80", 2) &&
	       (s[cut - 1] == '\x93' || s[cut - 1] == '\x94' || s[cut - 1] == '\x9C'))
		cut -= 3;
	out = xmalloc(cut + 4);
	memcpy(out, s, cut);
	memcpy(out + cut, "\xE2\x80\xA6", 4);
	return out;
}
