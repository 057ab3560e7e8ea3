/* cli.c -- the subcommands: list, stats, entities, mentions, search; the command table. MIT licence. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/pipeline.h"
#include "dossier/query.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "cli.h"
#include "cli_progress.h"

/* Filled in below the commands (cli_run() walks it). */
struct command;
static const struct command *command_find(const char *name);

bool
cli_is_command(const char *name)
{
	return command_find(name) != NULL;
}

static bool cli_verbose;
static struct cli_progress *cli_prog;	/* the command's progress line, or NULL */

static void
on_skip(void *ud, const char *path, enum corpus_skip reason, const char *detail)
{
	char *clean;

	(void)ud;
	if (!cli_verbose)
		return;
	clean = text_clean_line(path, strlen(path));
	cli_progress_clear();	/* the warning takes the line; the progress comes back below */
	warnx_("skipped %s: %s%s%s", clean, corpus_skip_name(reason),
		detail ? ": " : "", detail ? detail : "");
	free(clean);
}

/* Threads for loading: the cores we have, within reason. */
static int
load_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

bool
cli_load_corpus(struct pipeline *pl, struct corpus *c, char **paths, size_t npaths,
		bool verbose, size_t max_size)
{
	bool ok;

	cli_verbose = verbose;
	c->max_file_size = max_size;
	c->on_skip = on_skip;
	/* Walk first, then read and parse on every core what the persistent index does not
	 * describe as it is. */
	ok = pipeline_load(pl, c, paths, npaths, load_threads(),
			   cli_prog ? &cli_prog->files_read : NULL,
			   cli_prog ? &cli_prog->files_total : NULL);
	if (cli_prog)
		__atomic_store_n(&cli_prog->loaded, true, __ATOMIC_RELEASE);
	return ok;
}

static int
cmd_list(struct cli_opts *o, struct cli_env *e)
{
	struct corpus *c = e->c;
	struct article **v = xmalloc((c->n ? c->n : 1) * sizeof *v);
	size_t i, n = 0;

	for (i = 0; i < c->n; i++)
		if (!e->match || e->match[i])
			v[n++] = c->arts[i];
	cli_sort_date_desc(v, n);
	cli_head(o, CLI_LIST_COLUMNS);
	for (i = 0; i < n; i++)
		cli_print_article(o, v[i], i == 0);
	cli_search_tail(o, n);
	free(v);
	return 0;
}

static int
cmd_entities(struct cli_opts *o, struct cli_env *env)
{
	const struct entity_set *es = env->es;

	int type = o->type ? ent_type_parse(o->type) : -1;
	uint32_t *order;
	size_t i, n = 0;

	if (o->type && type < 0) {
		warnx_("unknown entity type \"%s\" (person, org, place, date, money,"
			" hashtag, handle, url)", o->type);
		return 2;
	}
	order = xmalloc((es->n ? es->n : 1) * sizeof *order);
	for (i = 0; i < es->n; i++)
		if (type < 0 || es->ents[i].type == type)
			order[n++] = (uint32_t)i;
	xsort(order, n, sizeof *order, entity_rank_cmp, es->ents);
	cli_head(o, CLI_ENTITY_COLUMNS);
	for (i = 0; i < n; i++)
		cli_print_entity(o, i, &es->ents[order[i]]);
	cli_search_tail(o, n);
	free(order);
	return 0;
}

struct scored {
	struct cli_opts *o;
	struct cli_env *e;
	char **terms;
	size_t nterms, n;
};

void
cli_print_hit(const struct cli_opts *o, size_t n, const struct cli_hit *h)
{
	/* bm25 is lower for better hits; the output says higher is better. */
	double score = h->score == 0.0 ? 0.0 : -h->score;

	if (o->format == FMT_JSON) {
		printf("%s\n {", n ? "," : "");
		cli_put_json_path(h->path);
		printf(", \"score\": %.6g, \"date\": \"%s\", \"title\": ", score, h->date);
		cli_put_json(h->title);
		fputs(", \"snippet\": ", stdout);
		cli_put_json(h->snippet);
		putchar('}');
	} else {
		printf("%s\t%.6g\t%s\t", h->display_path, score, h->date);
		cli_put_tsv(h->title, false);
		cli_put_tsv(h->snippet, true);
	}
}

static void
print_hit(void *ud, uint32_t id, double score)
{
	struct scored *sc = ud;
	const struct article *a = sc->e->c->arts[id];
	char *snip = index_snippet(sc->e->ix, id, sc->terms, sc->nterms);

	cli_print_hit(sc->o, sc->n++, &(struct cli_hit){ a->path, a->display_path, score,
							 a->date, a->title, snip });
	free(snip);
}

void
cli_head(const struct cli_opts *o, const char *columns)
{
	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts(columns);
}

void
cli_search_tail(const struct cli_opts *o, size_t n)
{
	if (o->format == FMT_JSON)
		puts(n ? "\n]" : "]");
}

static int
cmd_search(struct cli_opts *o, struct cli_env *e)
{
	struct scored sc = { o, e, NULL, 0, 0 };
	int rc;

	sc.nterms = query_fts_terms(e->q, &sc.terms);
	cli_head(o, CLI_SEARCH_COLUMNS);
	/* Only the hits printed are ranked in order and have a snippet (their text read). */
	rc = index_query_top(e->ix, e->q, QUERY_HIDE_ARCHIVED,
			     o->limit_set ? o->limit : SEARCH_LIMIT, print_hit, &sc);
	cli_search_tail(o, sc.n);
	query_terms_free(sc.terms);
	if (rc != INDEX_OK) {
		warnx_("%s", index_error(e->ix));
		return 1;
	}
	return 0;
}

static int
cmd_stats(struct cli_opts *o, struct cli_env *env)
{
	char **paths = o->paths, err[256];
	size_t npaths = o->npaths, i, nment = 0;
	struct pipeline none = { .cache_mode = PIPELINE_CACHE_NO };
	struct corpus c;
	struct entity_set *es;
	struct index *ix;
	double t0, t1, t2, t3;

	(void)env;	/* it loads and times each stage itself */
	corpus_init(&c);
	t0 = now_seconds();
	/* Every stage timed: built in memory, the persistent index aside. */
	if (!cli_load_corpus(&none, &c, paths, npaths, true, o->max_file_size)) {
		corpus_free(&c);
		return 1;
	}
	pipeline_free(&none);
	t1 = now_seconds();
	if (!(ix = index_open(err, sizeof err))) {
		warnx_("%s", err);
		corpus_free(&c);
		return 1;
	}
	if (index_add_corpus(ix, &c, NULL) != INDEX_OK) {
		warnx_("%s", index_error(ix));
		index_close(ix);
		corpus_free(&c);
		return 1;
	}
	t2 = now_seconds();
	es = entities_build(&c);
	index_add_entities(ix, es);
	t3 = now_seconds();
	for (i = 0; i < es->narticles; i++)
		nment += es->nmentions[i];
	printf("articles\t%zu\n", c.n);
	printf("bytes\t%llu\n", (unsigned long long)c.bytes);
	for (i = 0; i < SKIP_NTYPES; i++)
		if (c.skipped[i])
			printf("skipped_%s\t%zu\n", corpus_skip_name((enum corpus_skip)i), c.skipped[i]);
	printf("entities\t%zu\n", es->n);
	printf("mentions\t%zu\n", nment);
	printf("time_load\t%.3f s\n", t1 - t0);
	printf("time_read\t%.3f s (summed over threads)\n", c.read_seconds);
	printf("time_parse\t%.3f s (summed over threads)\n", c.parse_seconds);
	printf("time_index\t%.3f s\n", t2 - t1);
	printf("time_entities\t%.3f s\n", t3 - t2);
	printf("time_total\t%.3f s\n", t3 - t0);
	printf("peak_rss\t%ld KiB\n", peak_rss_kb());
	index_close(ix);
	entity_set_free(es);
	corpus_free(&c);
	return 0;
}

static void
mark_match(void *ud, uint32_t id)
{
	((bool *)ud)[id] = true;
}

/* The state a command works with: the file as it is for a reader (read-only if it must
 * be), a writable one for a writer, memory for --no-state; 0 or an exit status. */
static int
env_state(struct cli_env *e, const struct cli_opts *o, unsigned flags, unsigned needs)
{
	char err[1024] = "";

	if (!(flags & ENV_STATE_WRITE))
		e->st = state_open_reader(o->state_path, err, sizeof err);
	else if (o->state_path)
		e->st = state_open(o->state_path, err, sizeof err);
	else
		e->st = state_open_memory(err, sizeof err);	/* --no-state */
	/* Never an answer from an empty state where the state is the answer (a backup taken
	 * so would be empty); elsewhere (hiding archived articles) it is said. */
	if (!e->st && ((flags & (ENV_STATE_WRITE | ENV_STATE_READ)) || (needs & QUERY_NEED_STATE))) {
		warnx_("%s", err[0] ? err : "cannot open the state");
		return 1;
	}
	if (!e->st) {
		warnx_("%s; using memory for this command", err);
		if (!(e->st = state_open_memory(err, sizeof err))) {
			warnx_("%s", err);
			return 1;
		}
	} else if (err[0] && ((flags & ENV_STATE_WRITE) || (needs & QUERY_NEED_STATE))) {
		warnx_("%s", err);
		return 1;
	} else if (err[0])
		warnx_("%s", err);
	return 0;
}

/* The one load pipeline, as the TUI's: the full text and the entities at once on two
 * cores; the persistent index holds both, so a command gets both from it (updated for
 * the files that changed), or builds both; the file is written after the answer
 * (cli_run()). 0 or an exit status. */
static int
env_build(struct cli_env *e, unsigned flags)
{
	struct pipeline *pl = e->pl;
	char err[1024];
	int rc;

	pl->c = e->c;
	pl->want_entities = (flags & ENV_ENTITIES) != 0;
	pl->want_sigs = (flags & ENV_CLUSTERS) != 0;
	/* The clusters alone need no index (the persistent index is opened to be kept). */
	if (((flags & ENV_INDEX) || pl->cache) && !(e->ix = index_open(err, sizeof err))) {
		warnx_("%s", err);
		return 1;
	}
	pl->ix = e->ix;
	/* The reader's corrections are part of every entity table a command reads. */
	if (e->st && state_corrections(e->st, &e->corr, &e->ncorr) != STATE_OK) {
		warnx_("%s", state_error(e->st));
		return 1;
	}
	pl->corr = e->corr;
	pl->ncorr = e->ncorr;
	if (cli_prog && cli_prog->ip) {
		pl->progress = cli_prog->ip;
		__atomic_store_n(&cli_prog->building, true, __ATOMIC_RELEASE);
	}
	rc = pipeline_build(pl);
	pl->progress = NULL;	/* the counts are the command's until it answers */
	e->es = pl->es;
	e->corr_used = pl->corr_used;
	e->built = true;
	if (rc != 0) {
		cli_progress_clear();	/* the message gets a line of its own */
		warnx_("%s", pl->err);
		return 1;
	}
	/* The story clusters are part of the answer: found now (the TUI finds them after
	 * "ready", in pipeline_finish()). */
	if (flags & ENV_CLUSTERS) {
		pipeline_clusters(pl);
		if ((e->cs = pl->clusters) && e->ix)
			index_set_clusters(e->ix, e->cs);
	}
	if (e->ix && e->st && index_attach_state(e->ix, e->st) != INDEX_OK) {
		warnx_("%s", index_error(e->ix));
		return 1;
	}
	return 0;
}

int
cli_env_open(struct cli_env *e, struct cli_opts *o, struct corpus *c, struct pipeline *pl,
	     unsigned flags)
{
	char err[1024];
	unsigned needs = 0;
	int rc;

	memset(e, 0, sizeof *e);
	e->c = c;
	e->pl = pl;
	if (o->query) {
		if (!(e->q = query_parse(o->query, err, sizeof err))) {
			warnx_("bad query: %s", err);
			return 2;
		}
		needs = query_needs(e->q);
		flags |= ENV_INDEX | ENV_STATE;	/* archived articles are hidden from queries */
		if (needs & QUERY_NEED_ENTITIES)
			flags |= ENV_ENTITIES;
		if (needs & QUERY_NEED_CLUSTERS)
			flags |= ENV_CLUSTERS;
	}
	/* Entities and a cache are made with the state's corrections: it is read for them. */
	if ((flags & (ENV_STATE_WRITE | ENV_STATE_READ | ENV_INDEX | ENV_ENTITIES)) || pl->cache)
		flags |= ENV_STATE;
	if ((flags & ENV_STATE) && (rc = env_state(e, o, flags, needs)) != 0)
		return rc;
	/* A persistent index in use is opened (and updated) even for a command that needs
	 * none of these: it is written after the answer. */
	if (((flags & (ENV_INDEX | ENV_ENTITIES | ENV_CLUSTERS)) || pl->cache) &&
	    (rc = env_build(e, flags)) != 0)
		return rc;
	if (e->q) {
		e->match = xcalloc(c->n ? c->n : 1, sizeof *e->match);
		if (index_query_ids(e->ix, e->q, QUERY_HIDE_ARCHIVED, mark_match, e->match) !=
		    INDEX_OK) {
			warnx_("%s", index_error(e->ix));
			return 1;
		}
	}
	return 0;
}

/* After the answer: the persistent index written (built, updated, or what was read again
 * learnt); a cache that cannot be written is said, and the answer stands. */
static void
env_finish(struct cli_env *e)
{
	if (!e->built || !e->pl)
		return;
	if (pipeline_finish(e->pl) != 0 && e->pl->err[0])
		warnx_("%s", e->pl->err);
}

void
cli_env_close(struct cli_env *e)
{
	query_free(e->q);
	index_close(e->ix);
	if (e->es)
		entity_set_free(e->es);
	state_close(e->st);
	cluster_set_free(e->cs);
	free(e->match);
	corr_free_all(e->corr, e->ncorr);
	free(e->corr_used);
	memset(e, 0, sizeof *e);
}

/* What a command needs before anything is loaded. */
enum { NEEDS_QUERY = 1, NEEDS_OPS = 2, NEEDS_FILE = 4, OWN_LOAD = 8, NEEDS_ACTION = 16,
       NEEDS_WORD = 32, DIRECT = 64 };

/* The options of some commands only (the others are everyone's, or checked by args.c):
 * given to another, they are a usage error rather than ignored. */
enum { TAKES_QUERY = 1, TAKES_TYPE = 2, TAKES_LIMIT = 4, TAKES_ENTITY = 8, TAKES_EDIT = 16 };

/* The commands, as notmuch's table: a name, the function, what it needs (ENV_* for
 * cli_env_open(), NEEDS_* checked first), the options it takes and how it is used, for
 * its usage error. */
struct command {
	const char *name;
	int (*fn)(struct cli_opts *o, struct cli_env *e);
	unsigned env;		/* ENV_*: what cli_env_open() builds */
	unsigned needs;		/* NEEDS_*, OWN_LOAD (the command loads the corpus itself),
				   DIRECT (the index file may answer alone: cli_direct()) */
	unsigned takes;		/* TAKES_*: its own options */
	const char *usage;	/* said when a NEEDS_* is missing */
	const char *synopsis;	/* its arguments, for --help (lines split by \n) */
	const char *summary;	/* what it prints or does, for --help; NULL: said with the
				   command before it (mark, with tag) */
};

static const struct command commands[] = {
	{ "list", cmd_list, 0, DIRECT, TAKES_QUERY, NULL,
	  "[--query Q] [--format=tsv|json] [PATH...]",
	  "articles, newest first: path, date, title, source, words" },
	{ "entities", cmd_entities, ENV_ENTITIES, DIRECT, TAKES_TYPE, NULL,
	  "[--type T] [--format=tsv|json] [PATH...]",
	  "entities with article and mention counts and aliases" },
	{ "mentions", cmd_mentions, ENV_ENTITIES, DIRECT, TAKES_QUERY | TAKES_ENTITY, NULL,
	  "[--entity NAME] [--query Q] [--format=tsv|json]\n[PATH...]",
	  "every entity mention (of one entity, in the articles a query\n"
	  "matches): path, byte offsets, type, entity id, names" },
	{ "quotes", cmd_quotes, ENV_ENTITIES, 0, TAKES_QUERY | TAKES_ENTITY, NULL,
	  "[--entity NAME] [--query Q] [--format=tsv|json]\n[PATH...]",
	  "who said what: path, offsets of the quotation and of what was\n"
	  "said, the speaker's entity id (empty when unnamed) and name" },
	{ "search", cmd_search, ENV_INDEX | ENV_STATE, NEEDS_QUERY | DIRECT,
	  TAKES_QUERY | TAKES_LIMIT,
	  "search needs a query: dossier search QUERY [PATH...]",
	  "QUERY [--limit N] [--format=tsv|json] [PATH...]",
	  "ranked hits (title matches first) with a snippet, the best 20" },
	{ "tag", cmd_tag, ENV_STATE_WRITE, NEEDS_OPS | DIRECT, TAKES_QUERY,
	  "tag needs operations: +TAG -TAG +read -read +flagged +archived ... --query Q",
	  "+TAG|-TAG... --query Q [PATH...]",
	  "triage without the screen (+read +flagged +archived or tags)" },
	{ "mark", cmd_tag, ENV_STATE_WRITE, NEEDS_OPS | DIRECT, TAKES_QUERY,
	  "mark needs operations: +TAG -TAG +read -read +flagged +archived ... --query Q",
	  "--read|--unread|--flag|--unflag|--archive|--unarchive --query Q [PATH...]", NULL },
	{ "export", cmd_export, ENV_STATE_READ | ENV_ENTITIES, 0, TAKES_QUERY, NULL,
	  "[--query Q] [--format=csv|json|md] [PATH...]",
	  "triage state, tags, notes and top entities per article" },
	{ "import", cmd_import, ENV_STATE_WRITE, NEEDS_FILE, 0,
	  "import needs a file: dossier import FILE [PATH...]", "FILE [PATH...]",
	  "restore triage state from a JSON export" },
	{ "entity", cmd_entity, ENV_STATE_WRITE | ENV_ENTITIES, NEEDS_ACTION,
	  TAKES_TYPE | TAKES_EDIT,
	  "entity needs an action: hide, retype, rename, merge, split, add, watch or unwatch"
	  " (see dossier --help)",
	  "hide|watch|unwatch NAME | retype NAME TYPE |\n"
	  "rename NAME NEW-NAME | merge NAME INTO-NAME |\n"
	  "split NAME --surface S | add NAME --article FILE\n--surface S [--type T] [PATH...]",
	  "correct an entity (kept in the state file, applied everywhere):\n"
	  "hide, retype, rename, merge, split, add; watch/unwatch it" },
	{ "corrections", cmd_corrections, ENV_STATE_READ | ENV_ENTITIES, 0, 0, NULL,
	  "[--format=tsv|json] [PATH...]",
	  "every correction: when, mentions it applies to, unused ones\nmarked" },
	{ "timeline", cmd_timeline, ENV_INDEX | ENV_ENTITIES, NEEDS_WORD, 0,
	  "timeline needs an entity: dossier timeline ENTITY [--by day|week|month] [PATH...]",
	  "ENTITY [--by day|week|month] [--format=tsv|json] [PATH...]",
	  "an entity's mentions and articles per period (as entity:ENTITY\n"
	  "finds it); articles dated only by the file's time last, as undated" },
	{ "clusters", cmd_clusters, ENV_CLUSTERS, 0, TAKES_QUERY, NULL,
	  "[--query Q] [--format=tsv|json] [PATH...]",
	  "story clusters (the same story from several outlets): cluster,\n"
	  "path, title; the earliest version of each first" },
	{ "stats", cmd_stats, 0, OWN_LOAD, 0, NULL, "[PATH...]",
	  "counts, per-stage times (read, parse, index, entities), peak memory" },
};

/* Print s, its lines after the first indented by indent spaces. */
static void
put_indented(FILE *f, const char *s, int indent)
{
	const char *nl;

	while ((nl = strchr(s, '\n'))) {
		fprintf(f, "%.*s\n%*s", (int)(nl - s), s, indent, "");
		s = nl + 1;
	}
	fprintf(f, "%s\n", s);
}

void
cli_usage_commands(FILE *f)
{
	const size_t n = sizeof commands / sizeof commands[0];
	size_t i;

	for (i = 0; i < n; i++) {
		fprintf(f, "       dossier %-8s ", commands[i].name);
		put_indented(f, commands[i].synopsis, 24);
	}
	fputs("       dossier --help | --version\n\n", f);
	for (i = 0; i < n; i++) {
		char label[32];

		if (!commands[i].summary)
			continue;
		if (i + 1 < n && !commands[i + 1].summary)
			snprintf(label, sizeof label, "%s/%s", commands[i].name, commands[i + 1].name);
		else
			snprintf(label, sizeof label, "%s", commands[i].name);
		fprintf(f, "  %-8s  ", label);
		put_indented(f, commands[i].summary, 12);
	}
}

const char *
cli_command_name(int i)
{
	return i >= 0 && (size_t)i < sizeof commands / sizeof commands[0] ? commands[i].name : NULL;
}

static const struct command *
command_find(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(name, commands[i].name) == 0)
			return &commands[i];
	return NULL;
}

/* An option of other commands given to cmd: a usage error (2), said; else 0. */
static int
foreign_option(const struct command *cmd, const struct cli_opts *o)
{
	const char *given = NULL;

	if (o->query && !(cmd->takes & TAKES_QUERY))
		given = "--query";
	else if (o->type && !(cmd->takes & TAKES_TYPE))
		given = "--type";
	else if (o->limit_set && !(cmd->takes & TAKES_LIMIT))
		given = "--limit";
	else if (o->entity && !(cmd->takes & TAKES_ENTITY))
		given = "--entity";
	else if (!(cmd->takes & TAKES_EDIT))
		given = o->surface ? "--surface" : o->article ? "--article" : o->into ? "--into"
			: o->occurrence ? "--occurrence" : NULL;
	if (!given)
		return 0;
	warnx_("%s is not an option of %s", given, cmd->name);
	warnx_("try 'dossier --help'");
	return 2;
}

bool
cli_output_ok(bool written)
{
	if ((written && fflush(stdout) == 0) || errno == EPIPE)
		return true;
	warnx_("writing output: %s", strerror(errno));
	return false;
}

int
cli_run(struct cli_opts *o)
{
	const struct command *cmd = command_find(o->cmd);
	struct index_progress ip;
	struct cli_progress prog;
	struct pipeline pl;
	struct corpus c;
	struct cli_env e;
	int rc;

	if (!cmd)
		return 2;	/* main.c only passes names cli_is_command() knows */
	if ((rc = foreign_option(cmd, o)) != 0)
		return rc;
	if (cmd->needs & OWN_LOAD)
		return cmd->fn(o, NULL);
	if (((cmd->needs & NEEDS_QUERY) && (!o->query || !*o->query)) ||
	    ((cmd->needs & NEEDS_OPS) && !o->nops) || ((cmd->needs & NEEDS_FILE) && !o->file) ||
	    ((cmd->needs & NEEDS_ACTION) && !o->action) ||
	    ((cmd->needs & NEEDS_WORD) && (!o->nwords || !*o->words[0]))) {
		warnx_("%s", cmd->usage);
		return 2;
	}
	/* A reader that goes away (`dossier search x | head`) ends the answer, not the
	 * process: the persistent index is still written after it. */
	signal(SIGPIPE, SIG_IGN);
	/* A search from the persistent index alone, when its folders say it can be. */
	if ((cmd->needs & DIRECT) && (rc = cli_direct(o)) >= 0) {
		bench_value("files_read", (double)corpus_files_read());
		bench_value("articles_extracted", 0);
		return rc;
	}
	corpus_init(&c);
	memset(&pl, 0, sizeof pl);
	pl.cache_mode = o->cache_mode;
	pl.cache_file = o->cache;
	pl.recheck = o->recheck;
	/* Reading and indexing say how far they are (on a terminal, after a second); the
	 * line is gone before the command writes its answer. */
	index_progress_init(&ip);
	cli_progress_start(&prog, &ip);
	cli_prog = &prog;
	if (!cli_load_corpus(&pl, &c, o->paths, o->npaths, true, o->max_file_size)) {
		cli_progress_stop(&prog);
		cli_prog = NULL;
		index_progress_done(&ip);
		pipeline_free(&pl);
		corpus_free(&c);
		return 1;
	}
	rc = cli_env_open(&e, o, &c, &pl, cmd->env);
	cli_progress_stop(&prog);
	cli_prog = NULL;
	index_progress_done(&ip);
	if (rc == 0)
		rc = cmd->fn(o, &e);
	/* The answer first, then the index for the next command. */
	if (!cli_output_ok(true))
		rc = rc ? rc : 1;
	env_finish(&e);
	cli_env_close(&e);
	index_catalog_close(pl.catalog);	/* the rest is memory: the process ends */
	pl.catalog = NULL;
	if (FREE_AT_EXIT) {
		pipeline_free(&pl);
		corpus_free(&c);
	}
	bench_value("files_read", (double)corpus_files_read());
	bench_value("articles_extracted", (double)extract_count());
	return rc;
}
