/* cli.h -- the subcommands (list, stats, entities, mentions, search, ...). MIT licence. */
#ifndef DOSSIER_CLI_H
#define DOSSIER_CLI_H

#include <stdbool.h>
#include <stddef.h>

struct corpus;

enum out_format { FMT_TSV, FMT_JSON, FMT_CSV, FMT_MD };

/* Options shared by the subcommands after argv parsing. */
struct cli_opts {
	const char *cmd;		/* subcommand name */
	char **paths;			/* corpus paths (not owned) */
	size_t npaths;
	enum out_format format;
	const char *query;		/* --query Q, or the search words */
	const char *type;		/* --type T (entities) */
	char **ops;			/* tag operations (+NAME/-NAME) */
	size_t nops;
	const char *state_path;		/* the triage state file, NULL for memory only */
};

/* Load the corpus of paths, naming each skipped file on stderr when verbose.
 * Returns false (after a message) when nothing could be read from a given path. */
bool load_corpus(struct corpus *c, char **paths, size_t npaths, bool verbose);
/* Run a subcommand; returns the exit status. */
int cli_run(struct cli_opts *o);
/* Is name a subcommand? */
bool cli_is_command(const char *name);

#endif
