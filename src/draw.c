/* draw.c -- the one width-aware draw path onto the curses screen. MIT licence. */
#include "config.h"

#include <string.h>
#include <wchar.h>
#include <curses.h>

#include "dossier/text.h"
#include "config_file.h"
#include "draw.h"

static bool has_color;
static attr_t area_attr[AREA_NAREAS];	/* attributes (colour pair included) per area */

struct area_style {
	short fg, bg;	/* colours; -1 is the terminal default */
	attr_t color_attr;	/* extra attributes with colour */
	attr_t mono_attr;	/* attributes without colour */
};

/* What a quote is in the reader: italic where curses has it (the entity colours stay
 * visible inside it). */
#ifdef A_ITALIC
#define QUOTE_ATTR A_ITALIC
#else
#define QUOTE_ATTR A_BOLD
#endif

/* The default (dark) theme and its monochrome fallback; draw_set_styles() replaces it. */
static struct area_style styles[AREA_NAREAS] = {
	[AREA_DEFAULT] = { -1, -1, 0, 0 },
	[AREA_HEADER] = { -1, -1, A_BOLD, A_BOLD },
	[AREA_HEADER_FOCUS] = { COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE | A_BOLD },
	[AREA_BORDER] = { COLOR_BLUE, -1, 0, A_DIM },
	[AREA_BORDER_FOCUS] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[AREA_CURSOR] = { COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
	[AREA_CURSOR_DIM] = { -1, COLOR_BLUE, 0, A_UNDERLINE },
	[AREA_DIM] = { COLOR_WHITE, -1, A_DIM, A_DIM },
	[AREA_UNREAD] = { -1, -1, A_BOLD, A_BOLD },
	[AREA_TITLE] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[AREA_META] = { COLOR_CYAN, -1, 0, 0 },
	[AREA_STATUS] = { -1, -1, 0, 0 },
	[AREA_ERROR] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[AREA_BOILERPLATE] = { COLOR_WHITE, -1, A_DIM, A_DIM },
	[AREA_GROUP] = { COLOR_MAGENTA, -1, A_BOLD, A_BOLD },
	[AREA_COUNT] = { COLOR_CYAN, -1, 0, 0 },
	[AREA_HELP_KEY] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[AREA_ENT_PERSON] = { COLOR_YELLOW, -1, 0, A_UNDERLINE },
	[AREA_ENT_ORG] = { COLOR_CYAN, -1, 0, A_UNDERLINE },
	[AREA_ENT_PLACE] = { COLOR_GREEN, -1, 0, A_UNDERLINE },
	[AREA_ENT_DATE] = { COLOR_MAGENTA, -1, 0, A_UNDERLINE },
	[AREA_ENT_MONEY] = { COLOR_MAGENTA, -1, 0, A_UNDERLINE },
	[AREA_ENT_HASHTAG] = { COLOR_BLUE, -1, A_BOLD, A_UNDERLINE },
	[AREA_ENT_HANDLE] = { COLOR_BLUE, -1, A_BOLD, A_UNDERLINE },
	[AREA_ENT_URL] = { COLOR_BLUE, -1, A_UNDERLINE, A_UNDERLINE },
	[AREA_SELECTED] = { COLOR_BLACK, COLOR_YELLOW, A_BOLD, A_REVERSE | A_BOLD },
	[AREA_SEARCH] = { COLOR_BLACK, COLOR_GREEN, A_BOLD, A_REVERSE | A_BOLD },
	[AREA_HIT] = { COLOR_BLACK, COLOR_MAGENTA, 0, A_REVERSE | A_UNDERLINE },
	[AREA_QUOTE] = { -1, -1, QUOTE_ATTR, QUOTE_ATTR },
};

static attr_t
style_attrs(unsigned s)
{
	attr_t a = 0;

	if (s & STYLE_BOLD)
		a |= A_BOLD;
	if (s & STYLE_DIM)
		a |= A_DIM;
	if (s & STYLE_UNDERLINE)
		a |= A_UNDERLINE;
	if (s & STYLE_REVERSE)
		a |= A_REVERSE;
#ifdef A_ITALIC
	if (s & STYLE_ITALIC)
		a |= A_ITALIC;
#endif
	return a;
}

void
draw_set_styles(const struct config *cfg)
{
	int i;

	for (i = 0; i < AREA_NAREAS; i++) {
		const struct config_style *c = config_style(cfg, (enum area)i, true);

		styles[i].fg = c->fg;
		styles[i].bg = c->bg;
		styles[i].color_attr = style_attrs(c->attrs);
		styles[i].mono_attr = style_attrs(config_style(cfg, (enum area)i, false)->attrs);
	}
}

void
draw_init(bool color)
{
	int i;

	has_color = color && has_colors() && start_color() == OK;
	for (i = 0; i < AREA_NAREAS; i++) {
		/* color200 on an 8-colour terminal: the terminal's default instead. */
		short fg = styles[i].fg < COLORS ? styles[i].fg : -1;
		short bg = styles[i].bg < COLORS ? styles[i].bg : -1;

		if (has_color && i == AREA_DEFAULT) {
			assume_default_colors(fg, bg);	/* pair 0 */
			area_attr[i] = styles[i].color_attr;
		} else if (has_color && i < COLOR_PAIRS) {
			init_pair((short)i, fg, bg);
			area_attr[i] = COLOR_PAIR(i) | styles[i].color_attr;
		} else {
			area_attr[i] = has_color ? styles[i].color_attr : styles[i].mono_attr;
		}
	}
}

bool
draw_has_color(void)
{
	return has_color;
}

static void
put_cell(const struct canvas *c, int y, int x, const wchar_t *wc, enum area a)
{
	cchar_t cc;

	if (setcchar(&cc, wc, area_attr[a] & ~A_COLOR, (short)PAIR_NUMBER(area_attr[a]), NULL) == OK)
		mvadd_wch(c->y + y, c->x + x, &cc);
}

/* Collect one cluster (a base and its zero-width marks) starting at s, as text_cluster()
 * measures it (the one walker every width comes from); returns bytes used. *width is -1
 * when there is nothing to draw. */
static size_t
next_cluster(const char *s, size_t len, wchar_t *wc, int *width)
{
	uint32_t cps[TEXT_CLUSTER_MAX];
	size_t n, i, used = text_cluster(s, len, cps, &n, width);

	for (i = 0; i < n; i++)
		wc[i] = (wchar_t)cps[i];
	wc[n] = 0;
	if (n == 0 || (cps[0] != '\t' && cps[0] != '\n' && cps[0] != '\r' && *width == 0))
		*width = -1;
	return used;
}

/* Columns s[0..len) takes when it starts at column origin of its line. */
static int
draw_width_n(const char *s, size_t len, int origin)
{
	int col = origin, w;
	size_t i = 0, k;
	wchar_t wc[8];

	while (i < len && (k = next_cluster(s + i, len - i, wc, &w)) > 0) {
		i += k;
		if (wc[0] == '\t')
			col += TEXT_TABSTOP - (col % TEXT_TABSTOP);
		else if (w > 0)
			col += w;
	}
	return col - origin;
}

int
draw_width(const char *s)
{
	return draw_width_n(s, strlen(s), 0);
}

int
draw_text_ex(const struct canvas *c, int y, int x, const char *s, size_t len, int maxw,
	     enum area a, int flags, int tab_origin)
{
	int col = x, limit;
	size_t i = 0;
	wchar_t wc[8];
	bool trunc;

	if (y < 0 || y >= c->h || x >= c->w)
		return 0;
	limit = maxw < 0 || x + maxw > c->w ? c->w : x + maxw;
	trunc = (flags & DRAW_ELLIPSIS) && draw_width_n(s, len, x - tab_origin) > limit - x;
	if (trunc)
		limit--;	/* room for the mark */
	while (i < len && col < limit) {
		int w;
		size_t k = next_cluster(s + i, len - i, wc, &w);

		if (k == 0)
			break;
		i += k;
		if (wc[0] == '\t') {
			int to = col + TEXT_TABSTOP - ((col - tab_origin) % TEXT_TABSTOP);

			while (col < to && col < limit)
				put_cell(c, y, col++, L" ", a);
			continue;
		}
		if (wc[0] == '\n' || wc[0] == '\r' || w < 0)
			continue;
		if (col + w > limit)
			break;
		put_cell(c, y, col, wc, a);
		col += w;
	}
	if (trunc && col < c->w)
		put_cell(c, y, col++, L"\u2026", a);
	if (flags & DRAW_FILL) {
		int end = maxw < 0 || x + maxw > c->w ? c->w : x + maxw;

		while (col < end)
			put_cell(c, y, col++, L" ", a);
	}
	return col - x;
}

int
draw_text(const struct canvas *c, int y, int x, const char *s, int maxw, enum area a, int flags)
{
	return draw_text_ex(c, y, x, s, strlen(s), maxw, a, flags, x);
}

void
draw_fill(const struct canvas *c, int y, int x, int n, enum area a)
{
	for (; n > 0 && x < c->w; n--, x++)
		if (x >= 0 && y >= 0 && y < c->h)
			put_cell(c, y, x, L" ", a);
}

void
draw_cp(const struct canvas *c, int y, int x, unsigned cp, enum area a)
{
	wchar_t wc[2] = { (wchar_t)text_display_cp(cp), 0 };

	if (y >= 0 && y < c->h && x >= 0 && x < c->w && wc[0])
		put_cell(c, y, x, wc, a);
}

void
draw_hline(const struct canvas *c, int y, int x, int n, enum area a)
{
	for (; n > 0; n--, x++)
		draw_cp(c, y, x, 0x2500, a);
}

void
draw_vline(const struct canvas *c, int y, int x, int n, enum area a)
{
	for (; n > 0; n--, y++)
		draw_cp(c, y, x, 0x2502, a);
}
