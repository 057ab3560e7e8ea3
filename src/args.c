/* args.c -- the command line: getopt_long options, the subcommand and its words. MIT licence. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dossier/text.h"
#include "dossier/timeline.h"
#include "dossier/util.h"
#include "args.h"

/* Long options without a short form get codes above any character. */
enum {
	OPT_FORMAT = 256, OPT_QUERY, OPT_TYPE, OPT_SCRIPT, OPT_CONFIG, OPT_MAX_FILE_SIZE,
	OPT_CACHE, OPT_STATE, OPT_NO_STATE, OPT_NO_COLOR, OPT_DUMP_CONFIG, OPT_KEYS_ROFF,
	OPT_SURFACE, OPT_ARTICLE, OPT_INTO, OPT_OCCURRENCE, OPT_BY, OPT_NO_WATCH, OPT_ENTITY,
	OPT_NO_CACHE, OPT_LIMIT, OPT_RECHECK,
	OPT_MARK	/* OPT_MARK + i: mark's flags, mark_flags[i] */
};

/* mark's (and tag's) flags, as the tag operations they stand for. */
static const char *const mark_flags[][2] = {
	{ "read", "+read" }, { "unread", "-read" }, { "flag", "+flagged" },
	{ "unflag", "-flagged" }, { "archive", "+archived" }, { "unarchive", "-archived" },
};

static const struct option long_options[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "query", required_argument, NULL, OPT_QUERY },
	{ "type", required_argument, NULL, OPT_TYPE },
	{ "script", required_argument, NULL, OPT_SCRIPT },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE },
	{ "cache", required_argument, NULL, OPT_CACHE },
	{ "no-cache", no_argument, NULL, OPT_NO_CACHE },
	{ "recheck", no_argument, NULL, OPT_RECHECK },
	{ "limit", required_argument, NULL, OPT_LIMIT },
	{ "state", required_argument, NULL, OPT_STATE },
	{ "no-state", no_argument, NULL, OPT_NO_STATE },
	{ "no-color", no_argument, NULL, OPT_NO_COLOR },
	{ "no-watch", no_argument, NULL, OPT_NO_WATCH },
	{ "dump-config", no_argument, NULL, OPT_DUMP_CONFIG },
	{ "keys-roff", no_argument, NULL, OPT_KEYS_ROFF },	/* for the build: the man page */
	{ "surface", required_argument, NULL, OPT_SURFACE },
	{ "article", required_argument, NULL, OPT_ARTICLE },
	{ "into", required_argument, NULL, OPT_INTO },
	{ "occurrence", required_argument, NULL, OPT_OCCURRENCE },
	{ "by", required_argument, NULL, OPT_BY },
	{ "entity", required_argument, NULL, OPT_ENTITY },
	{ "read", no_argument, NULL, OPT_MARK + 0 },
	{ "unread", no_argument, NULL, OPT_MARK + 1 },
	{ "flag", no_argument, NULL, OPT_MARK + 2 },
	{ "unflag", no_argument, NULL, OPT_MARK + 3 },
	{ "archive", no_argument, NULL, OPT_MARK + 4 },
	{ "unarchive", no_argument, NULL, OPT_MARK + 5 },
	{ NULL, 0, NULL, 0 },
};

int
args_usage_error(const char *what, const char *arg)
{
	char *clean = text_clean_line(arg, strlen(arg));

	warnx_("%s%s", what, clean);
	warnx_("try 'dossier --help'");
	free(clean);
	return 2;
}

static bool
is_triage(const char *cmd)
{
	return cmd && (strcmp(cmd, "tag") == 0 || strcmp(cmd, "mark") == 0);
}

/* -TAG after tag/mark is an operation, not options: a dash, then a name of two or more
 * characters (a lone -x stays an option, so -h is still help). */
static bool
is_minus_op(const char *w)
{
	return w[0] == '-' && w[1] && w[1] != '-' && w[2];
}

/* A word that is not an option: the subcommand, then its words (search's query,
 * import's file, tag's +TAG), then paths. */
static void
positional(struct args *a, char *w)
{
	struct cli_opts *o = &a->o;

	int want;

	if (!o->cmd && o->npaths == 0 && cli_is_command(w))
		o->cmd = w;
	else if (o->cmd && strcmp(o->cmd, "entity") == 0 && !o->action)
		o->action = w;
	else if (o->action && (want = cli_entity_words(o->action)) > 0 &&
		 o->nwords < (size_t)want && o->npaths == 0)
		o->words[o->nwords++] = w;
	else if (is_triage(o->cmd) && w[0] == '+' && w[1])
		o->ops[o->nops++] = w;
	else if (o->cmd && strcmp(o->cmd, "timeline") == 0 && !o->nwords && !o->npaths)
		o->words[o->nwords++] = w;
	else if (o->cmd && strcmp(o->cmd, "search") == 0 && !o->query)
		o->query = w;
	else if (o->cmd && strcmp(o->cmd, "import") == 0 && !o->file)
		o->file = w;
	else
		o->paths[o->npaths++] = w;
}

/* The value of an option that has one; 0, or the exit status after a message. */
static int
option_value(struct args *a, int c, const char *v)
{
	switch (c) {
	case OPT_FORMAT:
		a->format_set = true;
		if (strcmp(v, "tsv") == 0) a->o.format = FMT_TSV;
		else if (strcmp(v, "json") == 0) a->o.format = FMT_JSON;
		else if (strcmp(v, "csv") == 0) a->o.format = FMT_CSV;
		else if (strcmp(v, "md") == 0) a->o.format = FMT_MD;
		else return args_usage_error("unknown format (tsv, json, csv or md): ", v);
		return 0;
	case OPT_QUERY: a->o.query = v; return 0;
	case OPT_TYPE: a->o.type = v; return 0;
	case OPT_SCRIPT: a->script = v; return 0;
	case OPT_CONFIG:
		if (!*v)
			return args_usage_error("--config wants a file name (--config=/dev/null "
						"for none)", "");
		a->config = v;
		return 0;
	case OPT_MAX_FILE_SIZE:
		if (!parse_size(v, &a->max_file_size))
			return args_usage_error("--max-file-size wants a size such as 64M, 512K or "
						"1G, not ", v);
		return 0;
	case OPT_CACHE:
		if (!*v)
			return args_usage_error("--cache wants a file name, auto or no", "");
		a->cache = v;
		return 0;
	case OPT_LIMIT: {
		char *end;
		long n = strtol(v, &end, 10);

		if (!*v || *end || n < 0 || n > 100000000)
			return args_usage_error("--limit wants a number of hits (0: all): ", v);
		a->o.limit = (size_t)n;
		a->o.limit_set = true;
		return 0;
	}
	case OPT_SURFACE: a->o.surface = v; return 0;
	case OPT_ARTICLE: a->o.article = v; return 0;
	case OPT_INTO: a->o.into = v; return 0;
	case OPT_ENTITY: a->o.entity = v; return 0;
	case OPT_OCCURRENCE: {
		char *end;
		long n = strtol(v, &end, 10);

		if (!*v || *end || n < 1 || n > 1000000)
			return args_usage_error("--occurrence wants a number from 1: ", v);
		a->o.occurrence = (int)n;
		return 0;
	}
	case OPT_STATE: a->state = v; return 0;
	case OPT_BY:
		if ((a->o.scale = tl_scale_parse(v)) < 0)
			return args_usage_error("--by wants day, week or month, not ", v);
		return 0;
	}
	return 0;
}

static const char *
option_name(int val)
{
	const struct option *lo;

	for (lo = long_options; lo->name; lo++)
		if (lo->val == val)
			return lo->name;
	return "?";
}

/* One option from getopt_long; -1 to go on, else the exit status. */
static int
option(struct args *a, int c, char **argv, int longindex)
{
	char buf[64];
	int rc;

	switch (c) {
	case 'h': a->action = ARGS_HELP; return 0;
	case 'V': a->action = ARGS_VERSION; return 0;
	case OPT_KEYS_ROFF: a->action = ARGS_KEYS_ROFF; return 0;
	case OPT_DUMP_CONFIG: a->action = ARGS_DUMP_CONFIG; return -1;
	case OPT_NO_STATE: a->no_state = true; return -1;
	case OPT_NO_CACHE: a->no_cache = true; return -1;
	case OPT_RECHECK: a->o.recheck = true; return -1;
	case OPT_NO_COLOR: a->no_color = true; return -1;
	case OPT_NO_WATCH: a->no_watch = true; return -1;
	case ':':
		snprintf(buf, sizeof buf, "--%s needs a value: --%s=", option_name(optopt),
			 option_name(optopt));
		return args_usage_error(buf, "VALUE");
	case '?':
		if (optopt > 0 && optopt < 256) {
			snprintf(buf, sizeof buf, "-%c", optopt);
			return args_usage_error("unknown option ", buf);
		}
		return args_usage_error("unknown option ", argv[optind - 1]);
	}
	if (c >= OPT_MARK && c < OPT_MARK + (int)(sizeof mark_flags / sizeof mark_flags[0])) {
		if (!is_triage(a->o.cmd))
			return args_usage_error("an option of mark and tag only: --",
						mark_flags[c - OPT_MARK][0]);
		a->o.ops[a->o.nops++] = (char *)mark_flags[c - OPT_MARK][1];
		return -1;
	}
	if ((rc = option_value(a, c, optarg)) != 0)
		return rc;
	/* --cache list: the value was the next word, and it names a command. */
	if (!a->took_opt && optarg == argv[optind - 1] && cli_is_command(optarg)) {
		a->took_opt = long_options[longindex].name;
		a->took_val = optarg;
	}
	return -1;
}

/* Formats belong to commands: export writes csv (by default), json or md; the others
 * tsv or json. */
static int
check_format(struct args *a)
{
	const char *cmd = a->o.cmd;

	if (cmd && strcmp(cmd, "export") == 0 && a->o.format == FMT_TSV) {
		if (a->format_set)
			return args_usage_error("export writes csv, json or md, not ", "tsv");
		a->o.format = FMT_CSV;
	}
	if (a->o.scale >= 0 && !(cmd && strcmp(cmd, "timeline") == 0))
		return args_usage_error("an option of timeline only: --by=", tl_scale_name(a->o.scale));
	if (cmd && (a->o.format == FMT_CSV || a->o.format == FMT_MD) && strcmp(cmd, "export") != 0)
		return args_usage_error("csv and md are formats of export only; use tsv or json for ",
					cmd);
	return -1;
}

int
args_parse(struct args *a, int argc, char **argv)
{
	int c, longindex, rc;

	memset(a, 0, sizeof *a);
	a->o.scale = -1;	/* the corpus' own scale */
	a->o.paths = xcalloc((size_t)argc + 1, sizeof *a->o.paths);
	a->o.ops = xcalloc((size_t)argc + 1, sizeof *a->o.ops);
	/* "-": words come back in order (as 1), so the first one can be the subcommand and
	 * "--" ends the options; ":": a missing value is told apart from an unknown option. */
	opterr = 0;
	optind = 1;
	for (;;) {
		/* tag/mark take -TAG as an operation; getopt would read it as options. */
		if (is_triage(a->o.cmd) && optind < argc && is_minus_op(argv[optind])) {
			a->o.ops[a->o.nops++] = argv[optind++];
			continue;
		}
		longindex = 0;
		if ((c = getopt_long(argc, argv, "-:hV", long_options, &longindex)) == -1)
			break;
		if (c == 1) {
			positional(a, optarg);
			continue;
		}
		if ((rc = option(a, c, argv, longindex)) >= 0)
			return rc;
	}
	/* After "--" every word is a path, but for search's query when it is still to come
	 * (`dossier search -- -fraud news`, as grep takes its pattern). */
	for (; optind < argc; optind++)
		if (a->o.cmd && strcmp(a->o.cmd, "search") == 0 && !a->o.query)
			a->o.query = argv[optind];
		else
			a->o.paths[a->o.npaths++] = argv[optind];
	return check_format(a);
}

void
args_free(struct args *a)
{
	free(a->o.paths);
	free(a->o.ops);
	a->o.paths = NULL;
	a->o.ops = NULL;
}

/* Edit distance with transpositions ("serach" is one step from "search"), capped. */
static int
distance(const char *s, const char *t)
{
	size_t m = strlen(s), n = strlen(t), i, j;
	int d[16][16];

	if (m >= 16 || n >= 16)
		return 99;
	for (i = 0; i <= m; i++)
		d[i][0] = (int)i;
	for (j = 0; j <= n; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= m; i++)
		for (j = 1; j <= n; j++) {
			int cost = s[i - 1] != t[j - 1], v = d[i - 1][j - 1] + cost;

			if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1] &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[m][n];
}

/* The subcommand a mistyped word was probably meant to be, or NULL. */
static const char *
command_near(const char *w)
{
	const char *best = NULL, *name;
	int bestd = 3, i, dd;

	for (i = 0; (name = cli_command_name(i)); i++)
		if ((dd = distance(w, name)) < bestd && dd > 0) {
			bestd = dd;
			best = name;
		}
	return bestd <= (strlen(w) <= 3 ? 1 : 2) ? best : NULL;
}

int
args_check_paths(struct args *a, bool tui, char *msg, size_t n)
{
	struct cli_opts *o = &a->o;
	size_t i, kept = 0, bad = 0;
	const char *near;
	char *clean;
	int err;

	if (msg && n)
		msg[0] = '\0';
	for (i = 0; i < o->npaths; i++) {
		if (access(o->paths[i], R_OK) == 0) {
			o->paths[kept++] = o->paths[i];
			continue;
		}
		err = errno;
		clean = text_clean_line(o->paths[i], strlen(o->paths[i]));
		if (i == 0 && !o->cmd && err == ENOENT && (near = command_near(o->paths[i]))) {
			warnx_("'%s' is neither a command nor a file; did you mean '%s'?", clean, near);
			free(clean);
			return 2;
		}
		/* On stderr always: it stays above the TUI's screen once that closes. */
		warnx_("cannot read %s: %s", clean, strerror(err));
		if (tui && msg && !bad)
			snprintf(msg, n, "skipped %s: %s", clean, strerror(err));
		bad++;
		free(clean);
	}
	if (!bad)
		return -1;
	if (!tui) {
		warnx_("nothing done: give only paths that can be read");
		return 2;
	}
	if (kept == 0) {
		warnx_("nothing to open");
		return 2;
	}
	if (bad > 1 && msg)
		snprintf(msg + strlen(msg), n - strlen(msg), " (and %zu more paths)", bad - 1);
	o->npaths = kept;
	return -1;
}
