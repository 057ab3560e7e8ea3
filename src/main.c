/* main.c -- argv, locale, subcommands, and the TUI start with background indexing. MIT licence. */
#include "config.h"

#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/pipeline.h"
#include "dossier/state.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "dossier/watch.h"
#include "args.h"
#include "cli.h"
#include "config_file.h"
#include "keys.h"
#include "tty_watch.h"
#include "ui_loading.h"
#include "ui.h"

/* --help after the commands: paths, queries, options and the keys. */
static const char usage_rest[] =
	"PATH is a file or a folder (read recursively; hidden entries, symlink loops,\n"
	"FIFOs and binary files are skipped). Without a PATH dossier opens its bundled\n"
	"seeds. The TUI needs a terminal on standard input and output. The index is\n"
	"kept between launches (see --cache): files unchanged since (by stat) are not\n"
	"read again, changed ones update it.\n"
	"\n"
	"Queries: words (all must occur), \"a phrase\", prefix*, a OR b, -term, ( ),\n"
	"is:unread|read|flagged|archived|watched, tag:NAME, entity:\"Full Name\",\n"
	"said:NAME (articles quoting the entity), type:person, date:2026-01,\n"
	"date:2026-01..2026-02, date:>2025-12-01, source:NAME, path:GLOB, is:duplicate\n"
	"(a later version of a story), cluster:N.\n"
	"Case and accents are ignored. Archived articles are hidden unless asked for.\n"
	"A query with nothing to search for (!!!, a lone -) is an error.\n"
	"\n"
	"Options:\n"
	"  --format=FMT        tsv or json (export: csv, json or md)\n"
	"  --query=Q           the articles to list, tag, mark or export\n"
	"  --type=T            entities of one type: person, org, place, date, money,\n"
	"                      hashtag, handle, url\n"
	"  --state=FILE        triage state file (default $DOSSIER_STATE, else\n"
	"                      $XDG_STATE_HOME/dossier/state.db)\n"
	"  --no-state          keep triage state in memory for this run only\n"
	"  --no-color          no colours in the TUI (also when NO_COLOR is set)\n"
	"  --no-watch          do not watch the folders for files added, changed,\n"
	"                      moved or removed while the TUI runs (set watch = no;\n"
	"                      set watch = poll walks them every second instead of\n"
	"                      using inotify)\n"
	"  --config=FILE       the config file (default $XDG_CONFIG_HOME/dossier/config,\n"
	"                      else ~/.config/dossier/config; a regular file or\n"
	"                      /dev/null, never a FIFO or device)\n"
	"  --dump-config       print the configuration in effect, in its own syntax\n"
	"  --max-file-size=N   skip files larger than N bytes (64M by default; K, M, G;\n"
	"                      also `set max-file-size` in the config file)\n"
	"  --surface=S         entity: the words of a mention (split, add, one mention)\n"
	"  --article=FILE      entity: the article of a mention\n"
	"  --occurrence=N      entity: the Nth time --surface occurs in it (from 1)\n"
	"  --into=NAME         entity split: the entity the mentions join (a name no\n"
	"                      entity has makes one)\n"
	"  --by=PERIOD         timeline: day, week (ISO, 2026-W04) or month; by default\n"
	"                      days when the dated articles span up to 62 days, weeks\n"
	"                      up to 366, else months\n"
	"  --entity=NAME       quotes, mentions: only this entity's (name or alias)\n"
	"  --limit=N           search: print the best N hits (0: all; default 20)\n"
	"  --cache=FILE        keep the persistent index in FILE (auto: one per corpus of\n"
	"                      100 files or more in $XDG_CACHE_HOME/dossier, the default;\n"
	"                      no: none; also `set cache` in the config file)\n"
	"  --no-cache          no persistent index: read and build everything now\n"
	"  --recheck           search, list, entities, tag, mark: stat every file, not\n"
	"                      only the folders (a file edited in place moves no folder's\n"
	"                      time; the TUI and the other commands always stat every\n"
	"                      file); any launch: list the folders again too (also\n"
	"                      `set recheck` in the config file)\n"
	"  -h, --help          this help\n"
	"  -V, --version       the version\n"
	"\n"
	"Keys in the TUI: ? lists them all. Tab/1/2/3 panes, j/k move, Enter open,\n"
	"J/K next/previous article, / filter or find, n/N next mention or hit, ]/[ next\n"
	"article with the entity, e/E any entity, m mentions, h timeline, \" quotes,\n"
	"w co-occurring, c scope, r read, f flag, a archive, t tag, i note, x mark,\n"
	"u undo, : commands, Q quit.\n"
	"L layouts (auto, columns, rows: set layout), Z zoom a pane, o sort, O reverse.\n"
	"U links ($BROWSER; y copies), | pipe the article to a command, v $PAGER,\n"
	":edit in $EDITOR (re-read and re-indexed), :!cmd a shell command.\n"
	"Files added, changed, moved or removed while the TUI runs show at once; new\n"
	"articles are marked N and I opens the next one (--no-watch turns it off).\n"
	"Entities: H hide, R retype, C rename, M merge, S/P split, V add a mention,\n"
	"* star (W or :watchlist the watched ones), :corrections lists corrections.\n"
	"Story clusters: a row +N has N more versions of its story; + expands it, d in the\n"
	"reader compares the article with another version (d again: the next one).\n"
	"Mouse: a click selects, a double-click opens, the wheel scrolls the pane under\n"
	"the pointer; Shift-drag selects text; set mouse = no in the config turns it off.\n"
	"\n"
	"Options go before or after the command (--format=json or --format json; --\n"
	"ends them). A path that cannot be read is a usage error: a command does nothing,\n"
	"the TUI opens the other paths and says what it skipped.\n"
	"Exit status: 0 ok, 1 runtime error, 2 usage error. See dossier(1).\n";

static void
usage(FILE *f)
{
	fputs("usage: dossier [OPTIONS] [PATH...]                     read articles in the TUI\n", f);
	cli_usage_commands(f);
	fputs("\n", f);
	fputs(usage_rest, f);
}

static bool
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The bundled seeds: ./seeds beside a binary in the source tree, else the installed ones. */
static char *
default_corpus(void)
{
	char exe[PATH_MAX], path[PATH_MAX + 16];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

	if (n > 0) {
		char *slash;

		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')))
			*slash = '\0';
		snprintf(path, sizeof path, "%s/seeds", exe);
		if (is_dir(path) && access(path, R_OK) == 0) {
			snprintf(path, sizeof path, "%s/Makefile", exe);
			if (access(path, R_OK) == 0) {
				snprintf(path, sizeof path, "%s/seeds", exe);
				return xstrdup(path);
			}
		}
	}
	if (is_dir("seeds") && access("seeds/000_26794aa82bd9f140.txt", R_OK) == 0)
		return xstrdup("seeds");
	return xstrdup(PKGDATADIR "/seeds");
}


/* End the process now: what is left is memory and an unlinked index file. */
static _Noreturn void
quit_now(int rc)
{
	bench_value("files_read", (double)corpus_files_read());
	bench_value("articles_extracted", (double)extract_count());
	fflush(stdout);
	fflush(stderr);
	_exit(rc);
}

/* The quit key while the files are read, the screen already closed (ui_loading.c). */
static _Noreturn void
quit_loading(void)
{
	quit_now(0);
}

/* The background build of the index while the list is already on screen. */
struct build {
	const struct state *st;		/* not owned; the session's state (file), or NULL */
	struct pipeline pl;		/* what is built, and how (pipeline.c) */
	volatile int stop;		/* the UI quit: abandon writing the cache */
	struct index_progress progress;
	pthread_t thread;
	int finished;			/* set (atomic) when build_thread() has returned */
	bool started;
};

/* Record where every article is now: first sightings and renames follow the hash. */
static void
touch_all(struct state *st, const struct corpus *c)
{
	const char **h = xmalloc((c->n ? c->n : 1) * sizeof *h);
	const char **p = xmalloc((c->n ? c->n : 1) * sizeof *p);
	struct abs_dir d = { NULL, NULL };
	size_t i;

	/* Absolute paths: a later run from another folder still finds a moved file. */
	for (i = 0; i < c->n; i++) {
		h[i] = c->arts[i]->hash;
		p[i] = abs_path_in(c->arts[i]->path, &d);
	}
	abs_dir_free(&d);
	state_touch_many(st, h, p, c->n);
	for (i = 0; i < c->n; i++)
		free((char *)p[i]);
	free(h);
	free(p);
}

/* The state's paths of every article, on a connection of the build thread's own (the UI
 * thread owns the session's one). Never state_open(): its checks open the file by hand,
 * and closing that descriptor would drop the UI connection's locks (issue 14). */
static void
refresh_paths(struct build *b)
{
	char err[256];
	struct state *st;

	if (b->st && (st = state_open_again(b->st, err, sizeof err))) {
		touch_all(st, b->pl.c);
		state_close(st);
	}
}

/* The full text is in: the state learns where every article is now (on the build
 * thread's own connection), while entities may still be extracted. */
static void
after_text(void *ud)
{
	refresh_paths(ud);
}

/* The whole build, on the pipeline every command uses: notes for the status line and the
 * progress go through b->progress. */
static void
build_work(struct build *b)
{
	if (pipeline_build(&b->pl) == 0)
		pipeline_finish(&b->pl);
	else
		pipeline_clusters(&b->pl);
}

static void *
build_thread(void *ud)
{
	struct build *b = ud;

	build_work(b);
	__atomic_store_n(&b->finished, 1, __ATOMIC_RELEASE);
	b->progress.finished = 1;
	return NULL;
}

static void
join_build(struct build *b)
{
	if (b->started) {
		pthread_join(b->thread, NULL);
		b->started = false;
	}
}

/* Wait for the index (script mode, :wait-index), or for the whole build with all (the
 * start of a script, :wait-build). Polled, not joined: a SIGTERM must end the wait at
 * once, not after minutes of indexing a huge article (the handler only sets a flag, and
 * the sleep returns early when it runs). */
static void
wait_build(void *ud, bool all)
{
	struct build *b = ud;
	const struct timespec tick = { 0, 20 * 1000 * 1000 };

	while (b->started && !__atomic_load_n(&b->finished, __ATOMIC_ACQUIRE)) {
		if (ui_signalled() || (!all && b->progress.stage == INDEX_READY))
			return;
		nanosleep(&tick, NULL);
	}
	join_build(b);
}

/* Does this key alone quit from the list (where the UI starts)? For tty_watch_start(). */
static int
is_quit_key(int key, void *ud)
{
	enum request req = REQ_NONE;

	return config_lookup_seq(ud, CTX_SOURCES, &key, 1, &req) == KEYS_FOUND &&
	       req == REQ_QUIT;
}

/* The state file this run uses (NULL: memory only). */
static const char *
state_path(const char *opt_state, bool no_state, char *buf, size_t n)
{
	if (no_state)
		return NULL;
	if (opt_state)
		return opt_state;
	return state_default_path(buf, n);
}

/* "Help seen" lives in a file beside the state file (the state has no key/value table
 * and a schema change would lock older builds out of the file): its path in buf, or NULL
 * for a state in memory. */
static const char *
hint_path(const char *spath, const struct state *st, char *buf, size_t n)
{
	const char *slash;

	if (!spath || state_is_memory(st))
		return NULL;
	slash = strrchr(spath, '/');
	snprintf(buf, n, "%.*s%shelp-seen", slash ? (int)(slash - spath) : 0, spath,
		 slash ? "/" : "");
	return buf;
}

/* The build thread on the loaded corpus c, with the reader's corrections. */
static void
start_build(struct build *b, const struct corpus *c, const struct corr *corr, size_t ncorr)
{
	b->pl.corr = corr;
	b->pl.ncorr = ncorr;
	b->pl.c = c;
	b->pl.want_entities = b->pl.want_prefixes = b->pl.want_clusters = true;
	b->pl.defer_quotes = true;	/* said: waits for them, the rest is usable sooner */
	b->pl.let_go = true;	/* only the articles opened keep their text (issue 19) */
	b->pl.show_stale = true;	/* an update: the entities as last indexed meanwhile */
	b->pl.progress = &b->progress;
	b->pl.stop = &b->stop;
	b->pl.after_text = after_text;
	b->pl.ud = b;
	b->progress.total = c->n;
	/* Curses measures with wcwidth(): so does every width from now on (before the build
	 * thread starts, which reads the setting). */
	text_use_wcwidth(true);
	/* Signals belong to the UI thread, from the build thread's first instant (a Ctrl-Z
	 * at launch once landed there) and in the workers it starts. */
	if (thread_start_quiet(&b->thread, build_thread, b) == 0)
		b->started = true;
	else
		build_thread(b);
}

/* The session's state opened on a thread of its own while the corpus loads: its checks
 * (an integrity check of the file) took 45-90 ms of a launch at 100k articles. */
struct state_job {
	const char *path;
	char *msg;
	size_t nmsg;
	struct state *st;
	pthread_t thread;
	bool threaded;
};

static void *
state_job_run(void *ud)
{
	struct state_job *j = ud;

	/* A state file that cannot be used is never touched: the session runs in memory. */
	j->st = state_open_session(j->path, j->msg, j->nmsg);
	return NULL;
}

static void
state_job_start(struct state_job *j)
{
	j->threaded = thread_start_quiet(&j->thread, state_job_run, j) == 0;
}

/* The state the job opened (here and now if no thread could be started). */
static struct state *
state_job_take(struct state_job *j)
{
	if (j->threaded)
		pthread_join(j->thread, NULL);
	else
		state_job_run(j);
	j->threaded = false;
	return j->st;
}

/* Open the index, take the session's state, and read the corrections; opt learns the
 * state and what to say of it (msg). NULL, having said why, when the TUI cannot start. */
static struct state *
open_session(struct build *b, struct state_job *sj, struct ui_options *opt, char *msg,
	     size_t nmsg, char *hint, size_t nhint, struct corr **corr, size_t *ncorr)
{
	char err[256];
	struct state *st = state_job_take(sj);

	index_progress_init(&b->progress);
	if (!(b->pl.ix = index_open(err, sizeof err))) {
		warnx_("%s", err);
		state_close(st);
		return NULL;
	}
	if (!st) {
		warnx_("%s", msg);
		index_close(b->pl.ix);
		return NULL;
	}
	if (index_attach_state(b->pl.ix, st) != INDEX_OK)
		snprintf(msg, nmsg, "%s", index_error(b->pl.ix));
	opt->st = st;
	opt->state_msg = msg;
	opt->hint_file = hint_path(sj->path, st, hint, nhint);
	b->st = state_is_memory(st) ? NULL : st;
	/* The reader's entity corrections go into the entity set the build makes. */
	if (state_corrections(st, corr, ncorr) != STATE_OK)
		snprintf(msg, nmsg, "%s", state_error(st));
	return st;
}

/* After the UI: stop the build, and free what the session holds (or just exit). */
static void
close_session(struct build *b, struct state *st, struct corr *corr, size_t ncorr, int rc)
{
	if (b->started) {
		/* Quitting while indexing: do not wait for work nobody will see. */
		if (b->progress.stage != INDEX_READY)
			quit_now(rc);
		/* Nor for the prefix table or the cache being written: both stop within an
		 * article or a page (a cache is abandoned; the next launch builds it). */
		stop_raise(&b->stop);
		join_build(b);
		if (!FREE_AT_EXIT) {
			state_close(st);
			quit_now(rc);
		}
	}
	index_close(b->pl.ix);
	index_progress_done(&b->progress);
	state_close(st);
	if (b->pl.es)
		entity_set_free(b->pl.es);
	cluster_set_free(b->pl.clusters);
	corr_free_all(corr, ncorr);
	free(b->pl.corr_used);
}

static int
run_tui(const struct cli_opts *o, struct ui_options *opt)
{
	struct corpus c;
	struct build b;
	char msg[600], hint[4096 + 16], typeahead[TTY_WATCH_MAX];
	struct state_job sj = { .path = o->state_path, .msg = msg, .nmsg = sizeof msg };
	struct state *st = NULL;
	struct corr *corr = NULL;
	struct ui_loading ld;
	size_t ncorr = 0;
	bool watching, loaded;
	int rc = 1;

	corpus_init(&c);
	memset(&b, 0, sizeof b);
	b.pl.cache_mode = o->cache_mode;
	b.pl.cache_file = o->cache;
	b.pl.recheck = o->recheck;
	/* The live folder looks at every file once the index is ready and re-reads the ones
	 * edited in place: the first paint need not stat them all first. */
	b.pl.trust_listed = opt->watch != WATCH_OFF;
	watching = !opt->script && tty_watch_start(is_quit_key, (void *)opt->cfg);
	/* A long read shows the list as it fills (not to a script that waits for the index:
	 * its screens are the finished build's). */
	opt->paths = o->paths;		/* the live folder's roots; the loading screen's too */
	opt->npaths = o->npaths;
	ui_loading_init(&ld, opt, is_quit_key, quit_loading, watching, typeahead);
	if (!opt->script || getenv("DOSSIER_BENCH_NOWAIT"))
		c.watch = &ld.watch;
	state_job_start(&sj);
	loaded = cli_load_corpus(&b.pl, &c, o->paths, o->npaths, false, o->max_file_size);
	c.watch = NULL;
	/* Keys typed before the screen opened, then while it showed the files being read. */
	opt->ntypeahead = ld.nkeys + (ld.tty_watching ? tty_watch_end(typeahead) : 0);
	opt->typeahead = typeahead;
	if (!loaded) {
		ui_loading_close();
		state_close(state_job_take(&sj));
	}
	if (loaded &&
	    (st = open_session(&b, &sj, opt, msg, sizeof msg, hint, sizeof hint, &corr,
			       &ncorr))) {
		/* The live folder (ui_live.c) adds to the corpus once the build is done. */
		opt->live_corpus = &c;
		start_build(&b, &c, corr, ncorr);
		rc = ui_run(b.pl.ix, &c, opt, &b.progress, wait_build, &b);
		close_session(&b, st, corr, ncorr, rc);
	}
	ui_loading_close();	/* (when the session could not open) */
	pipeline_free(&b.pl);
	corpus_free(&c);
	return rc;
}

/* The persistent index: --no-cache, --cache (FILE, auto or no), else `set cache`. */
static void
cache_choice(const struct args *a, const struct config *cfg, struct cli_opts *o)
{
	const char *v = a->no_cache ? "no" : a->cache ? a->cache : config_options(cfg)->cache;

	o->cache = NULL;
	if (!*v || strcmp(v, "no") == 0) {
		o->cache_mode = PIPELINE_CACHE_NO;
	} else if (strcmp(v, "auto") == 0) {
		o->cache_mode = PIPELINE_CACHE_AUTO;
	} else {
		o->cache_mode = PIPELINE_CACHE_FILE;
		o->cache = v;
	}
}

/*
 * Defaults, then the config file; bad lines are reported on stderr and skipped.
 * NULL when an explicit --config FILE cannot be read.
 */
static struct config *
load_config(const char *explicit_path)
{
	struct config *cfg = config_new();
	const char *path = explicit_path, *const *msgs;
	char buf[4096];
	size_t i, n;
	int rc = 0;

	if (!path)
		path = config_default_path(buf, sizeof buf);
	if (path)
		rc = config_load_file(cfg, path, explicit_path != NULL);
	n = config_errors(cfg, &msgs);
	for (i = 0; i < n; i++)
		warnx_("%s", msgs[i]);
	if (rc < 0 && explicit_path) {
		config_free(cfg);
		return NULL;
	}
	return cfg;
}

/* What the title bar calls the corpus: the paths as given, or the bundled seeds. */
static char *
paths_label(char **paths, size_t n, bool bundled)
{
	struct sbuf b = {0};
	size_t i;

	if (bundled)
		return xstrdup("bundled seeds");
	for (i = 0; i < n; i++)
		sb_printf(&b, "%s%s", i ? " " : "", paths[i]);
	return b.data ? b.data : xstrdup("");
}

/*
 * The TUI needs a terminal on both ends: without one, curses wrote escapes into the file
 * and spun at full CPU on an input that never blocks. An option that swallowed a
 * subcommand as its value (`dossier --cache list seeds`: list became the cache file) is
 * the likely cause, so say that first. Script mode (tests) runs without a terminal.
 * Returns 0 when the TUI may start, else the exit status after the message.
 */
static int
tui_refusal(const char *took_opt, const char *took_val, bool script)
{
	const char *kind;

	if (took_opt) {
		kind = strcmp(took_opt, "query") == 0 ? "query" :
		       strcmp(took_opt, "type") == 0 ? "type" : "file";
		warnx_("--%s took '%s' as its %s; put the option after the command or write --%s=%s",
		       took_opt, took_val, kind, took_opt,
		       kind[0] == 'f' ? "FILE" : kind[0] == 'q' ? "QUERY" : "TYPE");
		return 2;
	}
	if (script)
		return 0;
	if (!isatty(STDIN_FILENO)) {
		warnx_("standard input is not a terminal");
		return 2;
	}
	if (!isatty(STDOUT_FILENO)) {
		warnx_("standard output is not a terminal");
		return 2;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct args args;
	struct cli_opts *o = &args.o;
	struct ui_options uo;
	char *def = NULL, *label = NULL, skipped[512];
	struct config *cfg = NULL;
	char spbuf[4096];
	int rc;

	bench_start();
	/* A file-size limit (ulimit -f) must be a write error we report, not a kill. */
	signal(SIGXFSZ, SIG_IGN);
	setlocale(LC_ALL, "");
	memset(&uo, 0, sizeof uo);
	if ((rc = args_parse(&args, argc, argv)) >= 0 || args.action == ARGS_HELP ||
	    args.action == ARGS_VERSION || args.action == ARGS_KEYS_ROFF) {
		if (rc <= 0 && args.action == ARGS_HELP)
			usage(stdout);
		else if (rc <= 0 && args.action == ARGS_VERSION)
			printf("dossier %s\n", PACKAGE_VERSION);
		else if (rc <= 0 && args.action == ARGS_KEYS_ROFF)
			keys_write_roff(stdout);	/* for the build: the man page's key list */
		args_free(&args);
		return rc < 0 ? 0 : rc;
	}
	uo.color = !args.no_color && (getenv("NO_COLOR") == NULL || !*getenv("NO_COLOR"));
	uo.watch = args.no_watch ? WATCH_OFF : -1;	/* -1: as the config says */
	uo.script = args.script;
	if (o->npaths == 0)
		o->paths[o->npaths++] = def = default_corpus();
	if (args.action == ARGS_RUN &&
	    (rc = args_check_paths(&args, !o->cmd, skipped, sizeof skipped)) >= 0)
		goto out;
	uo.start_msg = skipped;
	o->state_path = state_path(args.state, args.no_state, spbuf, sizeof spbuf);
	/* The config applies to the subcommands too (max-file-size); keys only matter here. */
	if (!(cfg = load_config(args.config))) {
		rc = 2;
		goto out;
	}
	uo.cfg = cfg;
	if (uo.watch < 0)
		uo.watch = config_options(cfg)->watch;
	o->max_file_size = args.max_file_size ? args.max_file_size :
			   config_options(cfg)->max_file_size;
	cache_choice(&args, cfg, o);
	o->recheck = o->recheck || config_options(cfg)->recheck;
	if (args.action == ARGS_DUMP_CONFIG) {
		config_dump(cfg, stdout);
		rc = 0;
	} else if (o->cmd) {
		rc = cli_run(o);
	} else if (!(rc = tui_refusal(args.took_opt, args.took_val, uo.script != NULL))) {
		uo.paths_label = label = paths_label(o->paths, o->npaths, def != NULL);
		rc = run_tui(o, &uo);
	}
out:
	if (o->cmd == NULL && args.action == ARGS_RUN) {
		bench_value("files_read", (double)corpus_files_read());
		bench_value("articles_extracted", (double)extract_count());
	}
	config_free(cfg);
	free(label);
	free(def);
	args_free(&args);
	return rc;
}
