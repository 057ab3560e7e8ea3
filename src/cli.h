/* cli.h -- the subcommands (list, stats, entities, mentions, search, ...). MIT licence. */
#ifndef DOSSIER_CLI_H
#define DOSSIER_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dossier/pipeline.h"

struct corpus;
struct corpus_stat;
struct cluster_set;
struct corr;
struct entity_set;
struct index;
struct query;
struct state;

enum out_format { FMT_TSV, FMT_JSON, FMT_CSV, FMT_MD };

/* Hits `dossier search` prints unless --limit says (0: all). */
#define SEARCH_LIMIT 20

/* Options shared by the subcommands after argv parsing. */
struct cli_opts {
	const char *cmd;		/* subcommand name */
	char **paths;			/* corpus paths (not owned) */
	size_t npaths;
	enum out_format format;
	const char *query;		/* --query Q, or the search words */
	const char *type;		/* --type T (entities) */
	char **ops;			/* tag operations (+NAME/-NAME), not owned */
	size_t nops;
	const char *file;		/* import: the export file */
	const char *state_path;		/* the triage state file, NULL for memory only */
	size_t max_file_size;		/* bytes; larger files are skipped (0: the default) */
	enum pipeline_cache cache_mode;	/* --cache, --no-cache, set cache */
	const char *cache;		/* PIPELINE_CACHE_FILE: the file */
	/* entity ACTION WORD...: the action and its words (NAME, TYPE, NEW-NAME...) */
	const char *action;
	const char *words[2];
	size_t nwords;
	const char *surface;		/* --surface S (entity split, add) */
	const char *article;		/* --article PATH (entity hide, retype, split, add) */
	const char *into;		/* --into NAME (entity split, add) */
	int occurrence;			/* --occurrence N, from 1; 0 when not given */
	int scale;			/* --by: enum tl_scale, -1 for the corpus' own */
	const char *entity;		/* --entity NAME (quotes, mentions) */
	size_t limit;			/* search --limit N: hits printed (0: all) */
	bool limit_set;			/* --limit was given */
	bool recheck;			/* --recheck: stat every file, trust no folder */
};

/* What a subcommand works on: the corpus, and as needed a query, index, entities, state. */
struct cli_env {
	struct corpus *c;		/* not owned */
	struct query *q;		/* owned; the --query (or search words), NULL for none */
	struct index *ix;		/* owned; NULL unless built */
	struct entity_set *es;		/* owned; NULL unless extracted */
	struct state *st;		/* owned; NULL unless opened */
	struct cluster_set *cs;		/* owned; the story clusters, NULL unless found */
	bool *match;			/* owned; per article: matches q; NULL: every article */
	struct corr *corr;		/* owned; the state's corrections, applied to es */
	size_t ncorr;
	uint32_t *corr_used;		/* owned; per correction, mentions it applied to */
	struct pipeline *pl;		/* not owned; the load pipeline of the command */
	bool built;			/* pl built the index: pl finishes it after the answer */
};

/* ENV_STATE_READ: the state is the command's answer (export): it must be the file's. */
enum { ENV_INDEX = 1, ENV_ENTITIES = 2, ENV_STATE = 4, ENV_STATE_WRITE = 8, ENV_STATE_READ = 16,
       ENV_CLUSTERS = 32 };

/* Build what flags ask for (more when the query needs it) with pl, which loaded c; 0, or
 * an exit status. */
int cli_env_open(struct cli_env *e, struct cli_opts *o, struct corpus *c, struct pipeline *pl,
		 unsigned flags);
void cli_env_close(struct cli_env *e);
/* A search hit as printed. */
struct cli_hit {
	const char *path, *display_path;
	double score;			/* bm25, lower is better */
	const char *date, *title, *snippet;
};
/* A listing's head: "[" for JSON, else the TSV header columns; its tail after n items
 * (the "]" of JSON). Between them, `search` prints the nth hit (from 0), `list` its
 * articles and `entities` its entities. */
#define CLI_SEARCH_COLUMNS "path\tscore\tdate\ttitle\tsnippet"
#define CLI_LIST_COLUMNS "path\tdate\ttitle\tsource\twords"
#define CLI_ENTITY_COLUMNS "type\tentity_id\tcanonical\tarticles\tmentions\taliases"
void cli_head(const struct cli_opts *o, const char *columns);
void cli_search_tail(const struct cli_opts *o, size_t n);
/* Was standard output written: written (false: errno says why), then flushed? A reader
 * gone is no failure (EPIPE: `dossier list | head`); any other is said on standard
 * error ("writing output: ...") and false returned. */
bool cli_output_ok(bool written);
void cli_print_hit(const struct cli_opts *o, size_t n, const struct cli_hit *h);
struct entity;
void cli_print_entity(const struct cli_opts *o, size_t i, const struct entity *e);
struct article;
struct sbuf;
void cli_format_article(struct sbuf *b, const struct cli_opts *o, const struct article *a);
/* Its TSV row of those fields (each a string of the length given); clean: INDEX_CLEAN_* of
 * the ones known to be their own clean line (printed as they are), 0 for none known. */
void cli_format_tsv(struct sbuf *b, unsigned clean, const char *path, size_t plen,
		    const char *date, const char *title, size_t tlen, const char *source,
		    size_t slen, size_t words);
void cli_print_article(const struct cli_opts *o, const struct article *a, bool first);
/* order[0, n) the row numbers 0..n-1 in `list`'s order: newest first (date(ud, i), a
 * date_key), then by path (path(ud, i)). */
void cli_order_date_desc(uint64_t *order, size_t n, int32_t (*date)(const void *ud, size_t i),
			 const char *(*path)(const void *ud, size_t i), const void *ud);
/* v[0, n) sorted in `list`'s order. */
void cli_sort_date_desc(struct article **v, size_t n);
/* `search`, `list`, `tag`, `mark` or `entities` answered from the persistent index alone
 * (cli_direct.c): the exit status, or -1 when it cannot be (nothing written). */
int cli_direct(const struct cli_opts *o);
/* `tag`/`mark`: the operations of o (false with the message in err); applied to the n
 * articles of hashes, the line said (cli_triage.c). */
struct state_op;
bool cli_tag_ops(const struct cli_opts *o, struct state_op **ops, size_t *nops, char *err,
		 size_t errlen);
int cli_tag_apply(struct state *st, const struct state_op *ops, size_t nops,
		  const char **hashes, size_t n);
/* Output helpers shared by the subcommands. */
void cli_put_tsv(const char *s, bool last);
/* s onto b as one clean line (text_clean_line()); v onto b in decimal. */
void cli_add_clean(struct sbuf *b, const char *s);
/* The same of s's n bytes (s is a string: a NUL at s[n]). */
void cli_add_clean_n(struct sbuf *b, const char *s, size_t n);
void cli_add_uint(struct sbuf *b, uint64_t v);
/* v's decimal digits at o (room for 20): o past them. */
char *cli_put_uint(char *o, uint64_t v);
void cli_put_json(const char *s);
/* "path": ..., with "path_bytes" (its exact bytes) when it is not valid UTF-8; onto b. */
void cli_put_json_path(const char *path);
void cli_add_json_path(struct sbuf *b, const char *path);
/* tag/mark, export, import (cli_triage.c). */
int cmd_tag(struct cli_opts *o, struct cli_env *e);
int cmd_export(struct cli_opts *o, struct cli_env *e);
int cmd_import(struct cli_opts *o, struct cli_env *e);
/* entity ACTION ..., corrections (cli_entity.c). */
int cmd_entity(struct cli_opts *o, struct cli_env *e);
int cmd_corrections(struct cli_opts *o, struct cli_env *e);
/* timeline ENTITY (cli_timeline.c). */
int cmd_timeline(struct cli_opts *o, struct cli_env *e);
/* clusters (cli_cluster.c). */
int cmd_clusters(struct cli_opts *o, struct cli_env *e);
/* Does entity e have the folded name key as its key (2) or an alias's (1), or not (0)? */
struct entity;
int cli_entity_names(const struct entity *e, const char *key);
/* The entities --entity NAME names (its folded name is their key or an alias's), as a
 * bitmap over the entity set; NULL, after a line on stderr, when none is named so. */
struct entity_set;
bool *cli_entities_named(const struct entity_set *es, const char *name);
/* quotes [--entity NAME]: who said what (cli_quotes.c). */
int cmd_quotes(struct cli_opts *o, struct cli_env *e);
int cmd_mentions(struct cli_opts *o, struct cli_env *e);
/* `mentions --entity NAME` answered from the index file d alone (cli_mentions.c): 0, or
 * -1 (nothing printed) when a file is not as indexed or the index cannot be read. */
struct index_direct;
int cli_mentions_direct(const struct cli_opts *o, struct index_direct *d);
/* The file at path read as an article (within max_size), when its content is the one the
 * index holds (its hash); else NULL (cli_direct.c). */
struct article *cli_read_indexed(const char *path, const char *hash, size_t max_size);
/* The same for its text alone (corpus_read_text(): *len bytes, owned), no article made. */
char *cli_read_indexed_text(const char *path, const char *hash, size_t max_size, size_t *len);
/* Does the file at path stat as the index recorded it (device, inode, size, mtime)? */
bool cli_stats_as(const char *path, const struct corpus_stat *was);
/* cli_stats_as() of path relative to the folder open as dir (AT_FDCWD: as given). */
bool cli_stats_as_at(int dir, const char *path, const struct corpus_stat *was);
/* Say on stderr that no entity is called name. */
void cli_no_entity(const char *name);
/* How many words entity's action takes before the paths (NAME, TYPE...); -1 if the
 * action is unknown. */
int cli_entity_words(const char *action);

/* Load the corpus of paths through pl (its persistent index: pipeline_load()), naming
 * each skipped file on stderr when verbose. Returns false (after a message) when nothing
 * could be read from a given path. */
bool cli_load_corpus(struct pipeline *pl, struct corpus *c, char **paths, size_t npaths,
		     bool verbose, size_t max_size);
/* Run a subcommand; returns the exit status. */
int cli_run(struct cli_opts *o);
/* Is name a subcommand? */
bool cli_is_command(const char *name);
/* The commands' synopses and summaries, for --help. */
void cli_usage_commands(FILE *f);
/* The i-th subcommand's name, NULL past the last. */
const char *cli_command_name(int i);

#endif
