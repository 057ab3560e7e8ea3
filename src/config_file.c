/* config_file.c -- the config file: lines, set options, loading, errors, the dump. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "config_file.h"
#include "config_int.h"

/*
 * The format, like tig's:
 *
 *	bind CONTEXT KEY [KEY] REQUEST	(REQUEST "none" unbinds)
 *	set OPTION = VALUE		(VALUE may be "quoted" to keep blanks or a #)
 *	color AREA FG BG [ATTR...]
 *	# a comment; a word starting with # also ends a line
 *
 * The compiled-in defaults are text in this syntax too (the bind lines generated from
 * the request table), read before the file; a later line wins. A bad line is reported
 * with its number and skipped, so the rest of the file still applies.
 */
#define MAX_WORDS 16		/* words on a bind or color line */
#define MAX_ERRORS 100		/* messages kept; a binary file should not fill the memory */
#define MAX_FILE (1 << 20)	/* bytes read from a config file */

static const char *const column_names[] = { "flags", "date", "title", "tags", "source", NULL };
static const char *const side_names[] = { "right", "left", NULL };
static const char *const theme_names[] = { "dark", "light", "mono", NULL };
static const char *const layout_names[] = { "auto", "columns", "rows", NULL };
static const char *const watch_names[] = { "yes", "no", "poll", NULL };	/* watch.h's order */
static const char *const sort_names[] = { "date", "-date", "title", "-title", "source",
					  "-source", "path", "-path", NULL };
static const char *const bool_names[] = {	/* odd indexes mean yes */
	"no", "yes", "false", "true", "off", "on", "0", "1", NULL };

enum opt_type { OPT_BOOL, OPT_COUNT, OPT_CHOICE, OPT_SECONDS, OPT_FORMAT, OPT_COLUMNS,
		OPT_SIZE, OPT_PATH, OPT_EXTENT };

struct opt_def {
	const char *name;
	enum opt_type type;
	size_t off;			/* the field in struct config_options */
	int max;			/* OPT_COUNT, OPT_EXTENT (cells) */
	const char *const *choices;	/* OPT_CHOICE */
	const char *expected;
};

#define O_(f) offsetof(struct config_options, f)
static const struct opt_def opt_defs[] = {
	{ "sidebar-width", OPT_COUNT, O_(sidebar_width), 200, NULL,
	  "a number of columns up to 200, 0 for automatic" },
	{ "sidebar-side", OPT_CHOICE, O_(sidebar_side), 0, side_names, "right or left" },
	{ "list-columns", OPT_COLUMNS, O_(list_columns), 0, NULL,
	  "a comma-separated list of flags, date, title, tags, source" },
	{ "date-format", OPT_FORMAT, O_(date_format), 0, NULL,
	  "a strftime format such as %Y-%m-%d, at most 63 bytes" },
	{ "wrap-width", OPT_COUNT, O_(wrap_width), 1000, NULL,
	  "a number of columns up to 1000, 0 for the pane's width" },
	{ "auto-advance", OPT_BOOL, O_(auto_advance), 0, NULL, "yes or no" },
	{ "mark-read-dwell", OPT_SECONDS, O_(mark_read_dwell), 0, NULL,
	  "seconds such as 1.5 (at most 3600), 0 to mark read only on Enter" },
	{ "mouse", OPT_BOOL, O_(mouse), 0, NULL, "yes or no" },
	{ "hide-boilerplate", OPT_BOOL, O_(hide_boilerplate), 0, NULL, "yes or no" },
	{ "theme", OPT_CHOICE, O_(theme), 0, theme_names, "dark, light or mono" },
	{ "osc52", OPT_BOOL, O_(osc52), 0, NULL, "yes or no" },
	{ "first-run-hint", OPT_BOOL, O_(first_run_hint), 0, NULL, "yes or no" },
	{ "confirm-quit", OPT_BOOL, O_(confirm_quit), 0, NULL, "yes or no" },
	{ "max-file-size", OPT_SIZE, O_(max_file_size), 0, NULL,
	  "a size such as 64M, 512K or 1G" },
	{ "cache", OPT_PATH, O_(cache), 0, NULL,
	  "auto (a file per corpus in ~/.cache/dossier), no, or a file name (~/ is the home"
	  " folder)" },
	{ "save-wait", OPT_COUNT, O_(save_wait), 3600, NULL,
	  "a number of seconds up to 3600" },
	{ "layout", OPT_CHOICE, O_(layout), 0, layout_names, "auto, columns or rows" },
	{ "layout-threshold", OPT_COUNT, O_(layout_threshold), 1000, NULL,
	  "a number of columns up to 1000" },
	{ "list-width", OPT_EXTENT, O_(list_width), 1000, NULL,
	  "columns (3 to 1000) or a share such as 40% (10% to 90%)" },
	{ "list-rows", OPT_EXTENT, O_(list_rows), 1000, NULL,
	  "rows (3 to 1000) or a share such as 30% (10% to 90%)" },
	{ "sort", OPT_CHOICE, O_(sort), 0, sort_names,
	  "date, title, source or path, with a - before it for the reverse order" },
	{ "watch", OPT_CHOICE, O_(watch), 0, watch_names, "yes, no or poll" },
	{ "recheck", OPT_BOOL, O_(recheck), 0, NULL, "yes or no" },
};
#define NOPT_DEFS (sizeof opt_defs / sizeof opt_defs[0])

/* The compiled-in options; the default bind lines come from the request table. */
static const char default_options[] =
	"set sidebar-width = 0\n"
	"set sidebar-side = right\n"
	"set list-columns = flags,date,title,tags,source\n"
	"set date-format = \"%Y-%m-%d\"\n"
	"set wrap-width = 0\n"
	"set auto-advance = yes\n"
	"set mark-read-dwell = 1.5\n"
	"set mouse = yes\n"
	"set hide-boilerplate = no\n"
	"set theme = dark\n"
	"set osc52 = no\n"
	"set first-run-hint = yes\n"
	"set confirm-quit = no\n"
	"set max-file-size = 64M\n"
	"set cache = auto\n"
	"set save-wait = 60\n"
	"set layout = auto\n"
	"set layout-threshold = 160\n"
	"set list-width = 40%\n"
	"set list-rows = 30%\n"
	"set sort = date\n"
	"set watch = yes\n"
	"set recheck = no\n";

/* Names compare without case, and '_' matches '-' ("move_down", "Move-Down"). */
static int
name_char(char c)
{
	return c == '_' ? '-' : tolower((unsigned char)c);
}

bool
config_name_eq(const char *a, const char *b)
{
	while (*a && name_char(*a) == name_char(*b))
		a++, b++;
	return *a == '\0' && *b == '\0';
}

int
config_name_find(const char *w, const char *const *names)
{
	int i;

	for (i = 0; names[i]; i++)
		if (config_name_eq(w, names[i]))
			return i;
	return -1;
}

/* Levenshtein distance, for "did you mean"; long words are never close. */
size_t
config_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[40], i, j;

	if (la >= 40 || lb >= 40)
		return 99;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t up = row[j], best = diag;

			best += name_char(a[i - 1]) != name_char(b[j - 1]);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

/* "what; did you mean NAME?" into buf when a candidate is close to w. */
const char *
config_suggest(char *buf, size_t n, const char *what, const char *w, const char *const *names)
{
	size_t i, d, best = 3;
	const char *pick = NULL;

	for (i = 0; names[i]; i++)
		if ((d = config_edit_distance(w, names[i])) < best)
			best = d, pick = names[i];
	if (pick)
		snprintf(buf, n, "%s; did you mean %s?", what, pick);
	else
		snprintf(buf, n, "%s", what);
	return buf;
}

/* Record "name:LINE: what: "text" (expected ...)"; the text made safe for a terminal. */
void
config_error(struct config *cfg, const char *what, const char *text, const char *expected)
{
	struct sbuf b = {0};
	size_t i, len = text ? strlen(text) : 0;

	cfg->bad_lines++;
	if (cfg->nerrors > MAX_ERRORS)
		return;
	if (cfg->nerrors == MAX_ERRORS) {
		sb_printf(&b, "%s: too many errors; the rest are not shown", cfg->name);
	} else if (!text) {
		sb_printf(&b, "%s: %s", cfg->name, what);	/* about the whole file */
	} else {
		sb_printf(&b, "%s:%u: %s: \"", cfg->name, cfg->line, what);
		/* At most 60 bytes (not cutting a character). */
		for (i = 0; i < len && (i < 60 || ((unsigned char)text[i] & 0xC0) == 0x80); i++)
			sb_addc(&b, text[i]);
		sb_adds(&b, i < len ? "...\"" : "\"");
		if (expected)
			sb_printf(&b, " (expected %s)", expected);
	}
	/* The one sanitising rule (ESC shows as U+241B), for the file name too, so the
	 * message is safe wherever it goes: stderr, the status line. */
	xgrow((void **)&cfg->errors, &cfg->caperrors, cfg->nerrors + 1, sizeof *cfg->errors);
	cfg->errors[cfg->nerrors++] = text_clean_line(sb_cstr(&b), b.len);
	sb_free(&b);
}

/* Milliseconds from "1.5" (the C locale's decimal point whatever LC_NUMERIC says). */
static bool
parse_ms(const char *s, long *ms)
{
	long whole = 0, frac = 0, scale = 100;
	bool digits = false;

	for (; isdigit((unsigned char)*s) && whole <= 3600; s++, digits = true)
		whole = whole * 10 + (*s - '0');
	if (*s == '.')
		for (s++; isdigit((unsigned char)*s); s++, digits = true, scale /= 10)
			frac += (*s - '0') * scale;
	if (!digits || *s || whole > 3600)
		return false;
	*ms = whole * 1000 + frac;
	return *ms <= 3600 * 1000;
}

static bool
parse_count(const char *s, int max, int *v)
{
	long n = 0;

	if (!*s)
		return false;
	for (; isdigit((unsigned char)*s) && n <= max; s++)
		n = n * 10 + (*s - '0');
	if (*s || n > max)
		return false;
	*v = (int)n;
	return true;
}

/* list-columns = flags,date,title: each known, none twice. */
static void
parse_columns(struct config *cfg, const struct opt_def *d, const char *val)
{
	int cols[LIST_COL_N], c;
	size_t n = 0, i;
	char *copy = xstrdup(val), *p = copy, *word;
	bool ok = true;

	while (ok && p) {
		word = p;
		if ((p = strchr(p, ',')))
			*p++ = '\0';
		word += strspn(word, " \t");
		word[strcspn(word, " \t")] = '\0';
		if ((c = config_name_find(word, column_names)) < 0) {
			if (*word)
				config_error(cfg, "unknown column in list-columns", word,
					     d->expected);
			else
				config_error(cfg, "empty column in list-columns", val, d->expected);
			ok = false;
		}
		for (i = 0; ok && i < n; i++)
			if (cols[i] == c) {
				config_error(cfg, "column listed twice in list-columns", word,
					     "each column at most once");
				ok = false;
			}
		if (ok)
			cols[n++] = c;
	}
	if (ok) {
		memcpy(cfg->opt.list_columns, cols, n * sizeof *cols);
		cfg->opt.nlist_columns = n;
	}
	free(copy);
}

/* strftime with the user's format: the one place a format is not a literal. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static size_t
format_date(const char *fmt, const struct tm *tm, char *buf, size_t n)
{
	return strftime(buf, n, fmt, tm);
}
#pragma GCC diagnostic pop

size_t
config_format_date(const struct config *cfg, const struct tm *tm, char *buf, size_t n)
{
	size_t len = n ? format_date(cfg->opt.date_format, tm, buf, n) : 0;

	if (n && len == 0)
		buf[0] = '\0';
	return len;
}

/*
 * A date format or a file name with a control, bidi or invisible character (the one
 * rule, text_cp_class()) or invalid UTF-8 is refused: strftime() would copy an ESC into
 * every date and --dump-config would write it raw; no format or file needs one.
 */
static bool
unsafe_text(const char *val)
{
	size_t len = strlen(val), i = 0;
	uint32_t cp;

	if (!text_valid_utf8(val, len))
		return true;
	while (i < len) {
		i += text_decode(val + i, len - i, &cp);
		if (text_cp_class(cp) != TEXT_CP_SAFE)
			return true;
	}
	return false;
}

/* N cells (3 to max) or N% (10 to 90) into *e; false if neither. */
static bool
parse_extent(const char *val, int max, struct config_extent *e)
{
	char num[16];
	size_t len = strlen(val);
	bool percent = len && val[len - 1] == '%';
	int v;

	if (len - percent >= sizeof num)
		return false;
	memcpy(num, val, len - percent);
	num[len - percent] = '\0';
	if (!parse_count(num, max, &v))
		return false;
	/* Fewer than 3 cells show nothing; the layout keeps the other panes usable. */
	if (percent ? v < 10 || v > 90 : v < 3)
		return false;
	e->n = v;
	e->percent = percent;
	return true;
}

static void
set_option(struct config *cfg, const struct opt_def *d, const char *val)
{
	char *field = (char *)&cfg->opt + d->off, what[80], out[64];
	struct tm tm = { .tm_year = 124, .tm_mon = 2, .tm_mday = 9, .tm_hour = 14 };
	int v;
	long ms;
	size_t size;

	snprintf(what, sizeof what, "bad value for %s", d->name);
	if ((d->type == OPT_FORMAT || d->type == OPT_PATH) && unsafe_text(val)) {
		config_error(cfg, what, val, "text without control or invisible characters");
		return;
	}
	switch (d->type) {
	case OPT_BOOL:
		if ((v = config_name_find(val, bool_names)) < 0)
			config_error(cfg, what, val, d->expected);
		else
			*(bool *)field = v % 2;
		break;
	case OPT_COUNT:
		if (!parse_count(val, d->max, &v))
			config_error(cfg, what, val, d->expected);
		else
			*(int *)field = v;
		break;
	case OPT_CHOICE:
		if ((v = config_name_find(val, d->choices)) < 0)
			config_error(cfg, what, val, d->expected);
		else
			*(int *)field = v;
		break;
	case OPT_SECONDS:
		if (!parse_ms(val, &ms)) {
			config_error(cfg, what, val, d->expected);
		} else {
			cfg->dwell_ms = ms;
			*(double *)field = (double)ms / 1000;
		}
		break;
	case OPT_FORMAT:
		if (strlen(val) >= sizeof cfg->opt.date_format ||
		    format_date(val, &tm, out, sizeof out) == 0)
			config_error(cfg, what, val, d->expected);
		else
			snprintf(field, sizeof cfg->opt.date_format, "%s", val);
		break;
	case OPT_COLUMNS:
		parse_columns(cfg, d, val);
		break;
	case OPT_SIZE:
		if (!parse_size(val, &size))
			config_error(cfg, what, val, d->expected);
		else
			*(size_t *)field = size;
		break;
	case OPT_EXTENT:
		if (!parse_extent(val, d->max, (struct config_extent *)(void *)field))
			config_error(cfg, what, val, d->expected);
		break;
	case OPT_PATH: {
		const char *home = getenv("HOME");
		bool tilde = val[0] == '~' && val[1] == '/';

		if (tilde && (!home || !*home))
			config_error(cfg, what, val, "a file name; ~/ needs $HOME set");
		else if ((size_t)snprintf(field, sizeof cfg->opt.cache, "%s%s", tilde ? home : "",
					  val + tilde) >= sizeof cfg->opt.cache)
			config_error(cfg, what, val, d->expected);
		break;
	}
	}
}

/* The value after '=': up to a comment, or between the first and the last '"'. */
static const char *
set_value(struct config *cfg, char *val, const char *orig)
{
	char *end;

	val += strspn(val, " \t");
	if (*val == '"') {
		end = strrchr(val, '"');
		if (end == val) {
			config_error(cfg, "missing closing quote", orig, "set OPTION = \"VALUE\"");
			return NULL;
		}
		*end++ = '\0';
		end += strspn(end, " \t");
		if (*end && *end != '#') {
			config_error(cfg, "text after the quoted value", end,
				     "set OPTION = \"VALUE\"");
			return NULL;
		}
		return val + 1;
	}
	for (end = val; *end; end++)
		if (*end == '#' && end > val && (end[-1] == ' ' || end[-1] == '\t'))
			break;
	while (end > val && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	*end = '\0';
	return val;
}

/* set OPTION = VALUE; rest is what follows "set". */
static void
parse_set(struct config *cfg, char *rest, const char *orig)
{
	char *eq = strchr(rest, '='), *name, buf[320];
	const char *names[NOPT_DEFS + 1], *val;
	size_t i, len;

	if (!eq) {
		config_error(cfg, rest[strspn(rest, " \t")] ? "missing \"=\""
			     : "set needs an option and a value", orig, "set OPTION = VALUE");
		return;
	}
	*eq = '\0';
	name = rest + strspn(rest, " \t");
	for (len = strlen(name); len && (name[len - 1] == ' ' || name[len - 1] == '\t'); len--)
		name[len - 1] = '\0';
	if (!*name || strpbrk(name, " \t")) {
		config_error(cfg, *name ? "one option name goes before \"=\""
			     : "missing option name", orig, "set OPTION = VALUE");
		return;
	}
	for (i = 0; i < NOPT_DEFS && !config_name_eq(name, opt_defs[i].name); i++)
		names[i] = opt_defs[i].name;
	if (i == NOPT_DEFS) {
		names[i] = NULL;
		config_error(cfg, "unknown option", name, config_suggest(buf, sizeof buf,
			     "sidebar-width, sidebar-side, list-columns, date-format, wrap-width, "
			     "auto-advance, mark-read-dwell, mouse, hide-boilerplate, theme, osc52, "
			     "first-run-hint, confirm-quit, max-file-size, cache, save-wait, layout, "
			     "layout-threshold, list-width, list-rows, sort or watch", name, names));
		return;
	}
	if (!(val = set_value(cfg, eq + 1, orig)))
		return;
	if (!*val && opt_defs[i].type != OPT_FORMAT && opt_defs[i].type != OPT_PATH)
		config_error(cfg, "missing value", orig, opt_defs[i].expected);
	else
		set_option(cfg, &opt_defs[i], val);
}

/* Split s into words at blanks, up to a word that starts a comment; max + 1 if more. */
static size_t
split_words(char *s, char **w, size_t max)
{
	size_t n = 0;

	for (;;) {
		s += strspn(s, " \t");
		if (!*s || *s == '#')
			return n;
		if (n == max)
			return max + 1;
		w[n++] = s;
		s += strcspn(s, " \t");
		if (*s)
			*s++ = '\0';
	}
}

static void
config_line(struct config *cfg, const char *text, size_t len)
{
	char *line, *orig, *w[MAX_WORDS];
	size_t n, cmd, skip = strspn(text, " \t");

	while (len && (text[len - 1] == '\r' || text[len - 1] == ' ' || text[len - 1] == '\t'))
		len--;
	skip = skip < len ? skip : len;
	line = xstrndup(text + skip, len - skip);
	orig = xstrdup(line);
	cmd = strcspn(line, " \t");
	if (cmd == 3 && strncmp(line, "set", 3) == 0) {
		parse_set(cfg, line + 3, orig);
	} else if ((n = split_words(line, w, MAX_WORDS)) == 0) {
		;	/* blank or a comment */
	} else if (n > MAX_WORDS) {
		config_error(cfg, "too many words", orig, "bind, set or color and their arguments");
	} else if (strcmp(w[0], "bind") == 0) {
		config_parse_bind(cfg, w, n, orig);
	} else if (strcmp(w[0], "color") == 0 || strcmp(w[0], "colour") == 0) {
		config_parse_color(cfg, w, n, orig);
	} else {
		config_error(cfg, "unknown command", w[0], "bind, set or color");
	}
	free(line);
	free(orig);
}

int
config_load_string(struct config *cfg, const char *text, const char *name)
{
	const char *p = text, *e;

	cfg->name = name;
	cfg->line = 0;
	cfg->bad_lines = 0;
	if (strncmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;	/* a byte order mark some editors write */
	while (*p) {
		e = strchr(p, '\n');
		cfg->line++;
		config_line(cfg, p, e ? (size_t)(e - p) : strlen(p));
		p = e ? e + 1 : p + strlen(p);
	}
	return cfg->bad_lines;
}

/* Why the file open on fd is no config file (a FIFO would block the read forever, a
 * terminal would wait for typing), or NULL. /dev/null is fine: "no settings". */
static const char *
not_a_file(int fd)
{
	struct stat sb, null;

	if (fstat(fd, &sb) != 0)
		return strerror(errno);
	if (S_ISREG(sb.st_mode))
		return NULL;
	if (S_ISCHR(sb.st_mode) && stat("/dev/null", &null) == 0 && sb.st_rdev == null.st_rdev)
		return NULL;
	return S_ISDIR(sb.st_mode) ? "it is a folder, not a file"
	       : S_ISFIFO(sb.st_mode) ? "it is a FIFO (a named pipe), not a regular file"
	       : S_ISSOCK(sb.st_mode) ? "it is a socket, not a regular file"
	       : "it is a device, not a regular file";
}

/* Open path for reading, checking its type before anything can block on it. */
static FILE *
open_config(const char *path, const char **why)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	FILE *f;

	*why = NULL;
	if (fd < 0)
		return NULL;
	if ((*why = not_a_file(fd)) || fcntl(fd, F_SETFL, 0) != 0 || !(f = fdopen(fd, "r"))) {
		if (!*why)
			*why = strerror(errno);
		close(fd);
		return NULL;
	}
	return f;
}

int
config_load_file(struct config *cfg, const char *path, bool required)
{
	const char *why;
	FILE *f = open_config(path, &why);
	struct sbuf b = {0};
	char chunk[4096];
	size_t got;
	int err = 0, bad;

	if (!f && !why && errno == ENOENT && !required)
		return 0;	/* no config file: the defaults */
	while (f && (got = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len <= MAX_FILE)
		sb_add(&b, chunk, got);
	if (!f || ferror(f))
		err = errno;
	if (f)
		fclose(f);
	cfg->name = path;
	cfg->line = 0;
	if (why || err || b.len > MAX_FILE) {
		char what[160];

		snprintf(what, sizeof what, "cannot read the config file: %s",
			 why ? why : err ? strerror(err) : "larger than 1 MB");
		config_error(cfg, what, NULL, NULL);
		sb_free(&b);
		return -1;
	}
	bad = config_load_string(cfg, sb_cstr(&b), path);
	sb_free(&b);
	return bad;
}

struct config *
config_new(void)
{
	struct config *cfg = xcalloc(1, sizeof *cfg);
	struct sbuf b = {0};

	config_load_themes(cfg);
	config_default_binds(&b);
	sb_adds(&b, default_options);
	if (config_load_string(cfg, sb_cstr(&b), "defaults"))
		die("internal: %s", cfg->errors[0]);
	sb_free(&b);
	return cfg;
}

void
config_clear_errors(struct config *cfg)
{
	size_t i;

	for (i = 0; i < cfg->nerrors; i++)
		free(cfg->errors[i]);
	cfg->nerrors = 0;
}

void
config_free(struct config *cfg)
{
	if (!cfg)
		return;
	config_clear_errors(cfg);
	free(cfg->errors);
	free(cfg->binds);
	free(cfg);
}

size_t
config_errors(const struct config *cfg, const char *const **msgs)
{
	*msgs = (const char *const *)cfg->errors;
	return cfg->nerrors;
}

const struct config_options *
config_options(const struct config *cfg)
{
	return &cfg->opt;
}

static void
dump_option(const struct config *cfg, const struct opt_def *d, FILE *f)
{
	const char *field = (const char *)&cfg->opt + d->off;
	char sizebuf[32];
	size_t i;

	fprintf(f, "set %s = ", d->name);
	switch (d->type) {
	case OPT_BOOL:
		fputs(*(const bool *)field ? "yes" : "no", f);
		break;
	case OPT_COUNT:
		fprintf(f, "%d", *(const int *)field);
		break;
	case OPT_CHOICE:
		fputs(d->choices[*(const int *)field], f);
		break;
	case OPT_SIZE:
		format_size(*(const size_t *)field, sizebuf, sizeof sizebuf);
		fputs(sizebuf, f);
		break;
	case OPT_SECONDS:
		/* By hand: printf("%g") would write "1,5" under a German LC_NUMERIC. */
		fprintf(f, "%ld", cfg->dwell_ms / 1000);
		if (cfg->dwell_ms % 1000) {
			char frac[8];
			size_t k;

			k = (size_t)snprintf(frac, sizeof frac, "%03ld", cfg->dwell_ms % 1000);
			while (k && frac[k - 1] == '0')
				frac[--k] = '\0';
			fprintf(f, ".%s", frac);
		}
		break;
	case OPT_FORMAT:
	case OPT_PATH:
		fprintf(f, "\"%s\"", field);
		break;
	case OPT_EXTENT: {
		const struct config_extent *e = (const void *)field;

		fprintf(f, "%d%s", e->n, e->percent ? "%" : "");
		break;
	}
	case OPT_COLUMNS:
		for (i = 0; i < cfg->opt.nlist_columns; i++)
			fprintf(f, "%s%s", i ? "," : "", column_names[cfg->opt.list_columns[i]]);
		break;
	}
	fputc('\n', f);
}

void
config_dump(const struct config *cfg, FILE *f)
{
	size_t i;

	fputs("# dossier: the configuration in effect (compiled-in defaults, then the file).\n"
	      "# Feeding this back with --config gives the same configuration.\n\n"
	      "# Options\n", f);
	for (i = 0; i < NOPT_DEFS; i++)
		dump_option(cfg, &opt_defs[i], f);
	fprintf(f, "\n# Colours: the %s theme with color lines applied; delete these lines to "
		"follow `set theme`.\n", theme_names[cfg->opt.theme]);
	config_dump_colors(cfg, f);
	for (i = 0; i < CTX_NCONTEXTS; i++)
		config_dump_bindings(cfg, (enum key_context)i, f);
}

const char *
config_default_path(char *buf, size_t n)
{
	const char *x = getenv("XDG_CONFIG_HOME"), *h = getenv("HOME");
	size_t len;
	int r;

	/* The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored. */
	if (x && x[0] == '/') {
		for (len = strlen(x); len > 1 && x[len - 1] == '/'; len--)
			;
		r = snprintf(buf, n, "%.*s/dossier/config", (int)len, x);
	} else if (h && *h) {
		for (len = strlen(h); len > 1 && h[len - 1] == '/'; len--)
			;
		r = snprintf(buf, n, "%.*s/.config/dossier/config", (int)len, h);
	} else {
		return NULL;
	}
	return r > 0 && (size_t)r < n ? buf : NULL;
}

const char *
config_column_name(enum list_column col)
{
	return col < LIST_COL_N ? column_names[col] : "?";
}
