/* draw.h -- the one width-aware draw path: canvases, colour areas, text. MIT licence. */
#ifndef DOSSIER_DRAW_H
#define DOSSIER_DRAW_H

#include <stdbool.h>
#include <stddef.h>

/* Screen areas; each has a colour pair and a monochrome attribute. */
enum area {
	AREA_DEFAULT, AREA_HEADER, AREA_HEADER_FOCUS, AREA_BORDER, AREA_BORDER_FOCUS,
	AREA_CURSOR, AREA_CURSOR_DIM, AREA_DIM, AREA_UNREAD, AREA_TITLE, AREA_META,
	AREA_STATUS, AREA_ERROR, AREA_BOILERPLATE, AREA_GROUP, AREA_COUNT, AREA_HELP_KEY,
	AREA_ENT_PERSON, AREA_ENT_ORG, AREA_ENT_PLACE, AREA_ENT_DATE, AREA_ENT_MONEY,
	AREA_ENT_HASHTAG, AREA_ENT_HANDLE, AREA_ENT_URL,
	AREA_SELECTED, AREA_SEARCH, AREA_HIT, AREA_DIFF_CUT, AREA_DIFF_ADDED, AREA_QUOTE,
	AREA_NAREAS
};

/* A rectangle of the screen that a pane draws into; coordinates are relative to it. */
struct canvas {
	int y, x;	/* top-left corner on the screen */
	int h, w;	/* size in cells */
};

enum {
	DRAW_ELLIPSIS = 1 << 0,	/* end with "…" when the text does not fit */
	DRAW_FILL = 1 << 1,	/* pad with spaces (in the area) up to maxw */
};

struct config;

/* Take every area's colours and attributes from the configuration; call before draw_init(). */
void draw_set_styles(const struct config *cfg);
/* Set up colours (or monochrome attributes when color is false). */
void draw_init(bool color);
bool draw_has_color(void);
/*
 * Draw s[0..len) at (y, x) of the canvas in at most maxw columns (clipped to the canvas).
 * Every code point goes through text_display_cp(): no byte reaches the terminal as a
 * control. Tabs expand relative to tab_origin (the column where the line started).
 * Returns the columns used.
 */
int draw_text_ex(const struct canvas *c, int y, int x, const char *s, size_t len, int maxw,
		 enum area a, int flags, int tab_origin);
int draw_text(const struct canvas *c, int y, int x, const char *s, int maxw, enum area a,
	      int flags);
/* Fill n cells with spaces in the area. */
void draw_fill(const struct canvas *c, int y, int x, int n, enum area a);
/* Draw a single (ASCII-or-symbol) code point. */
void draw_cp(const struct canvas *c, int y, int x, unsigned cp, enum area a);
/* Horizontal / vertical rules with line-drawing characters. */
void draw_hline(const struct canvas *c, int y, int x, int n, enum area a);
void draw_vline(const struct canvas *c, int y, int x, int n, enum area a);
/* Columns that s would take (same rules as draw_text). */
int draw_width(const char *s);

#endif
