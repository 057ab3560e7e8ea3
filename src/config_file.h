/* config_file.h -- the config file: bind, set, color lines; themes; --dump-config. MIT licence. */
#ifndef DOSSIER_CONFIG_FILE_H
#define DOSSIER_CONFIG_FILE_H

/*
 * Not "config.h": every source file includes the autoconf config.h, and a src/config.h
 * would shadow it for the files in src/.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "draw.h"
#include "keys.h"

/* Columns of the article list, in the order of `set list-columns`. */
enum list_column { LIST_COL_FLAGS, LIST_COL_DATE, LIST_COL_TITLE, LIST_COL_TAGS,
		   LIST_COL_SOURCE, LIST_COL_N };
enum sidebar_side { SIDEBAR_RIGHT, SIDEBAR_LEFT };
enum theme { THEME_DARK, THEME_LIGHT, THEME_MONO, THEME_N };
/* set layout: rows below layout-threshold columns and columns from it (auto), or one. */
enum layout_kind { LAYOUT_AUTO, LAYOUT_COLUMNS, LAYOUT_ROWS, LAYOUT_N };

/* A size given as N cells or as N% of what there is (set list-width, set list-rows). */
struct config_extent {
	int n;
	bool percent;
};

/* Every `set` option, with its compiled-in default noted. */
struct config_options {
	int sidebar_width;		/* columns; 0 = automatic (the default) */
	int sidebar_side;		/* enum sidebar_side; right */
	int list_columns[LIST_COL_N];	/* enum list_column, the first nlist_columns used */
	size_t nlist_columns;		/* flags,date,title,tags,source */
	char date_format[64];		/* strftime format; "%Y-%m-%d" */
	int wrap_width;			/* reader text width; 0 = the pane's width (default) */
	bool auto_advance;		/* move down after r/f/a; yes */
	double mark_read_dwell;		/* seconds shown that mark read; 0 = Enter only; 1.5 */
	bool mouse;			/* yes */
	bool hide_boilerplate;		/* boilerplate hidden when an article opens; no */
	int theme;			/* enum theme; dark */
	bool osc52;			/* `y` copies a link with OSC 52; no */
	bool first_run_hint;		/* status line hint until help is opened; yes */
	bool confirm_quit;		/* q in the list, Q and :quit ask first; no */
	size_t max_file_size;		/* bytes; larger files are skipped; 64M */
	char cache[4096];		/* the persistent index: auto (the default), no (or
					   ""), or a file name */
	int save_wait;			/* seconds the TUI keeps retrying a save while another
					 * process holds the state file; 60 */
	int layout;			/* enum layout_kind; auto */
	int layout_threshold;		/* columns from which auto lays out columns; 160 */
	struct config_extent list_width;	/* the list's width in columns; 40% */
	struct config_extent list_rows;	/* the list's height in rows; 30% */
	int sort;			/* the list's order: 2 * enum sort_order (date, title,
					 * source, path), + 1 when reversed ("-date"); date */
	int watch;			/* the live folder, enum watch_mode: yes (inotify, else
					 * polling), no, poll; yes */
	bool recheck;			/* commands stat every file, as --recheck; no */
};

/* Attributes of a colour area (mapped to A_* by the draw layer). */
enum {
	STYLE_BOLD = 1 << 0, STYLE_DIM = 1 << 1, STYLE_UNDERLINE = 1 << 2,
	STYLE_REVERSE = 1 << 3, STYLE_ITALIC = 1 << 4,
};

/* How one area looks. */
struct config_style {
	short fg, bg;		/* 0-255, or -1 for the terminal's default */
	unsigned attrs;		/* STYLE_* bits */
};

/* What a key sequence typed so far means (config_lookup_seq). */
enum keys_match {
	KEYS_NONE,	/* bound to nothing, and no longer sequence starts with it */
	KEYS_FOUND,	/* bound; *req is the request */
	KEYS_MORE,	/* a longer sequence starts with it: wait for the next key */
};
#define CONFIG_MAX_SEQ 2	/* keys in a sequence ("g g") */

struct config;

/*
 * A configuration with the compiled-in defaults applied, its keymap included (every
 * binding lives in the config: config_lookup_seq() answers single keys and sequences).
 * Load order: defaults, then the file.
 */
struct config *config_new(void);
/* Free the configuration and its keymap. */
void config_free(struct config *cfg);

/*
 * Apply the lines of a file. A missing file is fine unless required (an explicit
 * --config). Returns -1 when the file cannot be read (the reason is in the errors),
 * else the number of bad lines; good lines apply either way.
 */
int config_load_file(struct config *cfg, const char *path, bool required);
/* Apply text; errors are reported as "name:LINE: ...". Returns the number of bad lines. */
int config_load_string(struct config *cfg, const char *text, const char *name);

/* The error messages so far, oldest first (owned by cfg); returns how many. */
size_t config_errors(const struct config *cfg, const char *const **msgs);
void config_clear_errors(struct config *cfg);

const struct config_options *config_options(const struct config *cfg);
/*
 * The style of an area: with color, the theme's colours with `color` lines applied;
 * without, the monochrome theme (the chosen theme's own when it is mono).
 */
const struct config_style *config_style(const struct config *cfg, enum area a, bool color);

/*
 * Look up the keys typed so far in a context (its own bindings first, then generic).
 * *req is the binding of exactly these keys, REQ_NONE if none, also with KEYS_MORE
 * (the input loop runs it when the next key does not complete a sequence).
 */
enum keys_match config_lookup_seq(const struct config *cfg, enum key_context ctx,
				  const int *keys, size_t n, enum request *req);
/* The keys that give req in ctx, sequences included, as "g g <Home>", into buf. */
void config_request_keys(const struct config *cfg, enum request req, enum key_context ctx,
			 char *buf, size_t n);

/* Format a date with `set date-format` into buf; returns its length (0 and "" if too long). */
size_t config_format_date(const struct config *cfg, const struct tm *tm, char *buf, size_t n);

/* Write the effective configuration in the config syntax (re-readable). */
void config_dump(const struct config *cfg, FILE *f);

/* $XDG_CONFIG_HOME/dossier/config, else ~/.config/dossier/config; NULL if neither is known. */
const char *config_default_path(char *buf, size_t n);

/* Names used in the file (static storage): "reader", "header-focus", "title". */
const char *config_context_name(enum key_context ctx);
const char *config_area_name(enum area a);
const char *config_column_name(enum list_column col);

#endif
