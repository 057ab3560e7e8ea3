/* config_int.h -- shared by the config_*.c files, nobody else. MIT licence. */
#ifndef DOSSIER_CONFIG_INT_H
#define DOSSIER_CONFIG_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "config_file.h"

struct sbuf;

/* One binding as the file wrote it; keys.c holds the single keys too. */
struct cbinding {
	enum key_context ctx;
	int keys[CONFIG_MAX_SEQ];
	size_t n;		/* keys used */
	enum request req;	/* REQ_NONE: explicitly unbound */
};

struct config {
	struct config_options opt;
	long dwell_ms;				/* mark-read-dwell exactly as set */
	struct config_style theme[THEME_N][AREA_NAREAS];	/* the built-in themes */
	struct config_style over[AREA_NAREAS];	/* what `color` lines set */
	bool overridden[AREA_NAREAS];
	struct config_style *target;		/* not owned; color lines go here (a theme) if set */
	struct cbinding *binds;			/* owned; in the order first bound */
	size_t nbinds, capbinds;
	char **errors;				/* owned, each owned */
	size_t nerrors, caperrors;
	int bad_lines;				/* of the current load */
	const char *name;			/* not owned; what is being read, for messages */
	unsigned line;
};

/* Names compare without case, '_' matching '-'; find returns the index or -1. */
bool config_name_eq(const char *a, const char *b);
int config_name_find(const char *w, const char *const *names);
size_t config_edit_distance(const char *a, const char *b);
/* "what; did you mean NAME?" into buf when one of names (NULL-ended) is close to w. */
const char *config_suggest(char *buf, size_t n, const char *what, const char *w,
			   const char *const *names);
/* Record "name:LINE: what: "text" (expected ...)", or "name: what" without text. */
void config_error(struct config *cfg, const char *what, const char *text, const char *expected);

/* bind CONTEXT KEY [KEY] REQUEST, split into n words. */
void config_parse_bind(struct config *cfg, char **w, size_t n, const char *orig);
/* Append the default bind lines (from the request table) to b. */
void config_default_binds(struct sbuf *b);
void config_dump_bindings(const struct config *cfg, enum key_context ctx, FILE *f);

/* color AREA FG BG [ATTR...], split into n words; into cfg->target if set. */
void config_parse_color(struct config *cfg, char **w, size_t n, const char *orig);
/* Fill cfg->theme from the built-in theme texts. */
void config_load_themes(struct config *cfg);
void config_dump_colors(const struct config *cfg, FILE *f);

#endif
