/* args.h -- the command line: getopt_long options, the subcommand and its words. MIT licence. */
#ifndef DOSSIER_ARGS_H
#define DOSSIER_ARGS_H

#include <stdbool.h>
#include <stddef.h>

#include "cli.h"

/* What the command line asks for besides running (a subcommand or the TUI). */
enum args_action { ARGS_RUN, ARGS_HELP, ARGS_VERSION, ARGS_KEYS_ROFF, ARGS_DUMP_CONFIG };

struct args {
	enum args_action action;
	struct cli_opts o;		/* cmd, paths, ops, format, query, type, file */
	bool format_set;		/* --format was given */
	const char *script;		/* --script FILE (test mode), or NULL */
	const char *config;		/* --config FILE, or NULL for the default */
	const char *cache;		/* --cache FILE (or auto, no), or NULL */
	bool no_cache;			/* --no-cache */
	const char *state;		/* --state FILE, or NULL */
	bool no_state, no_color;
	bool no_watch;			/* --no-watch: the folders are not watched (set watch) */
	size_t max_file_size;		/* --max-file-size, 0 when not given */
	/* An option that took the next word, a subcommand's name, as its value
	 * (`dossier --cache list seeds`): the TUI says so instead of starting. */
	const char *took_opt, *took_val;
};

/* Parse argv into a; returns -1 to go on, else the exit status after a message on
 * stderr (2: a usage error). a->o.paths and a->o.ops are owned (args_free). */
int args_parse(struct args *a, int argc, char **argv);
void args_free(struct args *a);
/* Paths that cannot be read. The TUI opens the others and msg says what was skipped
 * (none readable: the TUI does not start); a command does nothing. A first word that is
 * no file but close to a command name is a mistyped command. -1 to go on, else the
 * exit status (2) after messages on stderr. */
int args_check_paths(struct args *a, bool tui, char *msg, size_t n);
/* "dossier: WHATARG" and "try 'dossier --help'" on stderr; returns 2. */
int args_usage_error(const char *what, const char *arg);

#endif
