/* config_theme.c -- colour areas: the built-in themes and color lines. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "dossier/util.h"
#include "config_file.h"
#include "config_int.h"

/* In the order of enum area (draw.h). */
static const char *const area_names[] = {
	"default", "header", "header-focus", "border", "border-focus", "cursor", "cursor-dim",
	"dim", "unread", "title", "meta", "status", "error", "boilerplate", "group", "count",
	"help-key", "ent-person", "ent-org", "ent-place", "ent-date", "ent-money",
	"ent-hashtag", "ent-handle", "ent-url", "selected", "search", "hit", "diff-cut",
	"diff-added", "quote", NULL };
_Static_assert(sizeof area_names / sizeof area_names[0] == AREA_NAREAS + 1,
	       "area_names must follow enum area");
static const char *const color_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white", NULL };
static const char *const attr_names[] = {	/* bit i is 1 << i */
	"bold", "dim", "underline", "reverse", "italic", NULL };

/* The built-in themes, in the syntax of color lines; every area once. */
static const char theme_dark[] =
	"color default default default\n" "color header default default bold\n"
	"color header-focus black cyan bold\n" "color border blue default\n"
	"color border-focus cyan default bold\n" "color cursor black cyan\n"
	"color cursor-dim default blue\n" "color dim white default dim\n"
	"color unread default default bold\n" "color title yellow default bold\n"
	"color meta cyan default\n" "color status default default\n"
	"color error red default bold\n" "color boilerplate white default dim\n"
	"color group magenta default bold\n" "color count cyan default\n"
	"color help-key green default bold\n" "color ent-person yellow default\n"
	"color ent-org cyan default\n" "color ent-place green default\n"
	"color ent-date magenta default\n" "color ent-money magenta default\n"
	"color ent-hashtag blue default bold\n" "color ent-handle blue default bold\n"
	"color ent-url blue default underline\n" "color selected black yellow bold\n"
	"color search black green bold\n" "color hit black magenta\n"
	"color diff-cut red default\n" "color diff-added green default\n"
	"color quote default default italic\n";
/* For a light background: no yellow or cyan text, dim black for grey. */
static const char theme_light[] =
	"color default default default\n" "color header default default bold\n"
	"color header-focus white blue bold\n" "color border blue default\n"
	"color border-focus blue default bold\n" "color cursor white blue\n"
	"color cursor-dim default cyan\n" "color dim black default dim\n"
	"color unread default default bold\n" "color title blue default bold\n"
	"color meta blue default\n" "color status default default\n"
	"color error red default bold\n" "color boilerplate black default dim\n"
	"color group magenta default bold\n" "color count blue default\n"
	"color help-key green default bold\n" "color ent-person red default\n"
	"color ent-org blue default\n" "color ent-place green default\n"
	"color ent-date magenta default\n" "color ent-money magenta default\n"
	"color ent-hashtag blue default bold\n" "color ent-handle blue default bold\n"
	"color ent-url blue default underline\n" "color selected black yellow bold\n"
	"color search black green bold\n" "color hit white magenta\n"
	"color diff-cut red default\n" "color diff-added green default\n"
	"color quote default default italic\n";
static const char theme_mono[] =
	"color default default default\n" "color header default default bold\n"
	"color header-focus default default reverse bold\n" "color border default default dim\n"
	"color border-focus default default bold\n" "color cursor default default reverse\n"
	"color cursor-dim default default underline\n" "color dim default default dim\n"
	"color unread default default bold\n" "color title default default bold\n"
	"color meta default default\n" "color status default default\n"
	"color error default default bold\n" "color boilerplate default default dim\n"
	"color group default default bold\n" "color count default default\n"
	"color help-key default default bold\n" "color ent-person default default underline\n"
	"color ent-org default default underline\n" "color ent-place default default underline\n"
	"color ent-date default default underline\n" "color ent-money default default underline\n"
	"color ent-hashtag default default underline\n"
	"color ent-handle default default underline\n"
	"color ent-url default default underline\n" "color selected default default reverse bold\n"
	"color search default default reverse bold\n"
	"color hit default default reverse underline\n"
	"color diff-cut default default dim\n" "color diff-added default default bold\n"
	"color quote default default italic\n";
static const char *const theme_text[THEME_N] = { theme_dark, theme_light, theme_mono };

/* Parse the built-in themes with the same color-line parser as the file. */
void
config_load_themes(struct config *cfg)
{
	size_t i, a;

	for (i = 0; i < THEME_N; i++) {
		for (a = 0; a < AREA_NAREAS; a++)
			cfg->theme[i][a].fg = -2;	/* not set yet */
		cfg->target = cfg->theme[i];
		if (config_load_string(cfg, theme_text[i], "theme"))
			die("internal: %s", cfg->errors[0]);
		for (a = 0; a < AREA_NAREAS; a++)
			if (cfg->theme[i][a].fg == -2)
				die("internal: no colour for %s in a built-in theme", area_names[a]);
	}
	cfg->target = NULL;
}

/* default, black...white, color0-color255 or 0-255. */
static bool
parse_color(const char *w, short *c)
{
	const char *d = w;
	int i;

	if (config_name_eq(w, "default")) {
		*c = -1;
		return true;
	}
	if ((i = config_name_find(w, color_names)) >= 0) {
		*c = (short)i;
		return true;
	}
	if (strncasecmp(w, "color", 5) == 0)
		d = w + 5;
	for (i = 0; isdigit((unsigned char)*d) && i <= 255; d++)
		i = i * 10 + (*d - '0');
	if (*d || i > 255 || !isdigit((unsigned char)d[-1]))
		return false;
	*c = (short)i;
	return true;
}

/* color AREA FG BG [ATTR...] */
void
config_parse_color(struct config *cfg, char **w, size_t n, const char *orig)
{
	static const char colors[] = "default, black, red, green, yellow, blue, magenta, cyan, "
		"white, color0-color255 or 0-255";
	struct config_style st = { -1, -1, 0 };
	char buf[200];
	int a, bit;
	size_t i;

	if (n < 4) {
		config_error(cfg, "color needs an area, a foreground and a background", orig,
			     "color AREA FG BG [ATTR...]");
		return;
	}
	if ((a = config_name_find(w[1], area_names)) < 0) {
		config_error(cfg, "unknown area", w[1], config_suggest(buf, sizeof buf,
			     "an area such as title or header-focus (see --dump-config)", w[1],
			     area_names));
		return;
	}
	for (i = 2; i < 4; i++)
		if (!parse_color(w[i], i == 2 ? &st.fg : &st.bg)) {
			config_error(cfg, i == 2 ? "bad foreground colour" : "bad background colour",
				     w[i], colors);
			return;
		}
	for (i = 4; i < n; i++) {
		if (config_name_eq(w[i], "normal")) {
			st.attrs = 0;
		} else if ((bit = config_name_find(w[i], attr_names)) >= 0) {
			st.attrs |= 1u << bit;
		} else {
			config_error(cfg, "unknown attribute", w[i],
				     "bold, dim, underline, reverse, italic or normal");
			return;
		}
	}
	if (cfg->target) {
		cfg->target[a] = st;
	} else {
		cfg->over[a] = st;
		cfg->overridden[a] = true;
	}
}

const struct config_style *
config_style(const struct config *cfg, enum area a, bool color)
{
	if (!color && cfg->opt.theme != THEME_MONO)
		return &cfg->theme[THEME_MONO][a];
	return cfg->overridden[a] ? &cfg->over[a] : &cfg->theme[cfg->opt.theme][a];
}

static void
dump_color(short c, FILE *f)
{
	if (c < 0)
		fputs(" default", f);
	else if (c < 8)
		fprintf(f, " %s", color_names[c]);
	else
		fprintf(f, " color%d", c);
}

/* One color line per area, as config_style() gives them with colour. */
void
config_dump_colors(const struct config *cfg, FILE *f)
{
	int a, bit;

	for (a = 0; a < AREA_NAREAS; a++) {
		const struct config_style *st = config_style(cfg, (enum area)a, true);

		fprintf(f, "color %s", area_names[a]);
		dump_color(st->fg, f);
		dump_color(st->bg, f);
		for (bit = 0; attr_names[bit]; bit++)
			if (st->attrs & (1u << bit))
				fprintf(f, " %s", attr_names[bit]);
		fputc('\n', f);
	}
}

const char *
config_area_name(enum area a)
{
	return a < AREA_NAREAS ? area_names[a] : "?";
}
