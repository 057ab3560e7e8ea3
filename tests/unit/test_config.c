/* test_config.c -- the config file parser: every directive, every error, the dump. MIT licence. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier/util.h"
#include "config_file.h"
#include "tap.h"

/* A configuration with text loaded as "config"; nbad gets the bad line count. */
static struct config *
load(const char *text, int *nbad)
{
	struct config *cfg = config_new();
	int bad = config_load_string(cfg, text, "config");

	if (nbad)
		*nbad = bad;
	return cfg;
}

/* The i-th error message, or "" when there are fewer. */
static const char *
err(const struct config *cfg, size_t i)
{
	const char *const *msgs;
	size_t n = config_errors(cfg, &msgs);

	return i < n ? msgs[i] : "";
}

static size_t
nerr(const struct config *cfg)
{
	const char *const *msgs;

	return config_errors(cfg, &msgs);
}

/* The dump as a string (caller frees). */
static char *
dump(const struct config *cfg)
{
	FILE *f = tmpfile();
	long len;
	char *s;

	config_dump(cfg, f);
	len = ftell(f);
	rewind(f);
	s = xcalloc((size_t)len + 1, 1);
	if (fread(s, 1, (size_t)len, f) != (size_t)len)
		s[0] = '\0';
	fclose(f);
	return s;
}

/* What one key alone does in ctx under cfg (REQ_NONE: nothing). */
static enum request
one(const struct config *cfg, enum key_context ctx, int key)
{
	enum request req;

	config_lookup_seq(cfg, ctx, &key, 1, &req);
	return req;
}

static enum keys_match
seq(const struct config *cfg, enum key_context ctx, const char *keys, enum request *req)
{
	int k[4];
	size_t n;

	for (n = 0; keys[n] && n < 4; n++)
		k[n] = keys[n];
	return config_lookup_seq(cfg, ctx, k, n, req);
}

static void
test_default_options(void)
{
	struct config *cfg = load("", NULL);
	const struct config_options *o = config_options(cfg);

	CHECK_INT(o->sidebar_width, 0);
	CHECK_INT(o->sidebar_side, SIDEBAR_RIGHT);
	CHECK_INT(o->nlist_columns, 5);
	CHECK_INT(o->list_columns[0], LIST_COL_FLAGS);
	CHECK_INT(o->list_columns[4], LIST_COL_SOURCE);
	CHECK_STR(o->date_format, "%Y-%m-%d");
	CHECK_INT(o->wrap_width, 0);
	CHECK(o->auto_advance);
	CHECK(o->mark_read_dwell > 1.49 && o->mark_read_dwell < 1.51);
	CHECK(o->mouse);
	CHECK(!o->hide_boilerplate);
	CHECK_INT(o->theme, THEME_DARK);
	CHECK(!o->osc52);
	CHECK(o->first_run_hint);
	CHECK(!o->confirm_quit);
	CHECK_INT(nerr(cfg), 0);
	config_free(cfg);
}

static void
test_default_bindings(void)
{
	struct config *cfg = load("", NULL);
	enum request r;

	CHECK_INT(one(cfg, CTX_GENERIC, 'j'), REQ_MOVE_DOWN);
	CHECK_INT(one(cfg, CTX_READER, DK_DOWN), REQ_MOVE_DOWN);
	CHECK_INT(one(cfg, CTX_GENERIC, 'Q'), REQ_QUIT);
	CHECK_INT(one(cfg, CTX_GENERIC, 4), REQ_HALF_DOWN);	/* <C-d> */
	CHECK_INT(one(cfg, CTX_GENERIC, '\r'), REQ_ENTER);
	CHECK_INT(one(cfg, CTX_GENERIC, DK_ENTER), REQ_ENTER);
	CHECK_INT(seq(cfg, CTX_SOURCES, "g", &r), KEYS_FOUND);
	CHECK_INT(r, REQ_MOVE_FIRST);
	CHECK_INT(seq(cfg, CTX_SOURCES, "p", &r), KEYS_NONE);
	CHECK_INT(r, REQ_NONE);
	config_free(cfg);
}

static void
test_bind_generic(void)
{
	int bad;
	struct config *cfg = load("bind generic x quit\nbind generic <F2> help\n", &bad);

	CHECK_INT(bad, 0);
	CHECK_INT(one(cfg, CTX_GENERIC, 'x'), REQ_QUIT);
	CHECK_INT(one(cfg, CTX_SOURCES, 'x'), REQ_QUIT);	/* generic reaches every pane */
	CHECK_INT(one(cfg, CTX_GENERIC, DK_F(2)), REQ_HELP);
	config_free(cfg);
}

static void
test_bind_context(void)
{
	struct config *cfg = load("bind reader j next-mention\n", NULL);

	CHECK_INT(one(cfg, CTX_READER, 'j'), REQ_NEXT_MENTION);
	CHECK_INT(one(cfg, CTX_SOURCES, 'j'), REQ_MOVE_DOWN);
	CHECK_INT(one(cfg, CTX_GENERIC, 'j'), REQ_MOVE_DOWN);
	config_free(cfg);
}

static void
test_rebind_across_contexts(void)
{
	struct config *cfg = load("bind sources n sort\nbind entities n cooccur\n"
				  "bind mentions n quit\nbind sources n toggle-flag\n", NULL);
	enum request r;

	CHECK_INT(one(cfg, CTX_SOURCES, 'n'), REQ_TOGGLE_FLAG);	/* the later line wins */
	CHECK_INT(one(cfg, CTX_ENTITIES, 'n'), REQ_COOCCUR);
	CHECK_INT(one(cfg, CTX_MENTIONS, 'n'), REQ_QUIT);
	CHECK_INT(one(cfg, CTX_READER, 'n'), REQ_NEXT_MENTION);
	CHECK_INT(seq(cfg, CTX_ENTITIES, "n", &r), KEYS_FOUND);
	CHECK_INT(r, REQ_COOCCUR);
	config_free(cfg);
}

static void
test_unbind(void)
{
	struct config *cfg = load("bind generic q none\nbind reader j none\n", NULL);
	enum request r;

	CHECK_INT(one(cfg, CTX_GENERIC, 'q'), REQ_NONE);
	CHECK_INT(seq(cfg, CTX_SOURCES, "q", &r), KEYS_NONE);
	CHECK_INT(one(cfg, CTX_READER, 'j'), REQ_NONE);	/* hides the generic j */
	CHECK_INT(one(cfg, CTX_SOURCES, 'j'), REQ_MOVE_DOWN);
	CHECK_INT(seq(cfg, CTX_READER, "j", &r), KEYS_NONE);
	config_free(cfg);
}

static void
test_key_names(void)
{
	int bad;
	struct config *cfg = load(
		"bind generic <C-x> quit\n" "bind generic <Tab> help\n" "bind generic <Up> sort\n"
		"bind generic <PgDn> undo\n" "bind generic <F1> help\n" "bind generic <F12> redo\n"
		"bind generic <Space> tag\n" "bind generic <Hash> note\n" "bind generic <Lt> sort\n"
		"bind generic \xC3\xA9 toggle-read\n" "bind generic <Esc> back\n"
		"bind generic <C-]> redraw\n", &bad);

	CHECK_INT(bad, 0);
	CHECK_STR(err(cfg, 0), "");
	CHECK_INT(one(cfg, CTX_GENERIC, 24), REQ_QUIT);
	CHECK_INT(one(cfg, CTX_GENERIC, '\t'), REQ_HELP);
	CHECK_INT(one(cfg, CTX_GENERIC, DK_UP), REQ_SORT);
	CHECK_INT(one(cfg, CTX_GENERIC, DK_NPAGE), REQ_UNDO);
	CHECK_INT(one(cfg, CTX_GENERIC, DK_F(1)), REQ_HELP);
	CHECK_INT(one(cfg, CTX_GENERIC, DK_F(12)), REQ_REDO);
	CHECK_INT(one(cfg, CTX_GENERIC, ' '), REQ_TAG);
	CHECK_INT(one(cfg, CTX_GENERIC, '#'), REQ_NOTE);
	CHECK_INT(one(cfg, CTX_GENERIC, '<'), REQ_SORT);
	CHECK_INT(one(cfg, CTX_GENERIC, 0xE9), REQ_TOGGLE_READ);
	CHECK_INT(one(cfg, CTX_GENERIC, 27), REQ_BACK);
	CHECK_INT(one(cfg, CTX_GENERIC, 29), REQ_REDRAW);
	config_free(cfg);
}

static void
test_enter_alias(void)
{
	struct config *cfg = load("bind reader <Enter> next-mention\n", NULL);

	/* After nonl() the Enter key is '\r': both halves follow the binding. */
	CHECK_INT(one(cfg, CTX_READER, '\n'), REQ_NEXT_MENTION);
	CHECK_INT(one(cfg, CTX_READER, '\r'), REQ_NEXT_MENTION);
	CHECK_INT(one(cfg, CTX_SOURCES, '\r'), REQ_ENTER);
	config_free(cfg);
}

static void
test_request_names(void)
{
	int bad;
	struct config *cfg = load("bind generic x Move_Down\nbind Reader y NEXT-MENTION\n", &bad);

	CHECK_INT(bad, 0);
	CHECK_INT(one(cfg, CTX_GENERIC, 'x'), REQ_MOVE_DOWN);
	CHECK_INT(one(cfg, CTX_READER, 'y'), REQ_NEXT_MENTION);
	config_free(cfg);
}

static void
test_sequence(void)
{
	int bad;
	struct config *cfg = load("bind generic g g quit\n", &bad);
	enum request r;

	CHECK_INT(bad, 0);
	CHECK_INT(seq(cfg, CTX_SOURCES, "g", &r), KEYS_MORE);
	CHECK_INT(r, REQ_MOVE_FIRST);	/* what g alone does if no sequence follows */
	CHECK_INT(seq(cfg, CTX_SOURCES, "gg", &r), KEYS_FOUND);
	CHECK_INT(r, REQ_QUIT);
	CHECK_INT(seq(cfg, CTX_READER, "gg", &r), KEYS_FOUND);
	CHECK_INT(seq(cfg, CTX_SOURCES, "gx", &r), KEYS_NONE);
	CHECK_INT(r, REQ_NONE);
	CHECK_INT(seq(cfg, CTX_SOURCES, "ggg", &r), KEYS_NONE);
	CHECK_INT(config_lookup_seq(cfg, CTX_SOURCES, NULL, 0, &r), KEYS_NONE);
	CHECK_INT(one(cfg, CTX_GENERIC, 'g'), REQ_MOVE_FIRST);	/* alone, when no second key follows */
	config_free(cfg);
}

static void
test_sequence_context(void)
{
	struct config *cfg = load("bind reader p p toggle-read\nbind reader <C-w> <Tab> focus-next\n"
				  "bind reader g move-first\nbind generic g x sort\n", NULL);
	enum request r;

	CHECK_INT(seq(cfg, CTX_READER, "p", &r), KEYS_MORE);
	CHECK_INT(r, REQ_NONE);
	CHECK_INT(seq(cfg, CTX_READER, "pp", &r), KEYS_FOUND);
	CHECK_INT(r, REQ_TOGGLE_READ);
	CHECK_INT(seq(cfg, CTX_SOURCES, "p", &r), KEYS_NONE);
	CHECK_INT(seq(cfg, CTX_READER, "\x17\t", &r), KEYS_FOUND);
	CHECK_INT(r, REQ_FOCUS_NEXT);
	/* The reader's own g hides generic's "g x"; elsewhere g waits for the x. */
	CHECK_INT(seq(cfg, CTX_READER, "g", &r), KEYS_FOUND);
	CHECK_INT(seq(cfg, CTX_SOURCES, "g", &r), KEYS_MORE);
	CHECK_INT(seq(cfg, CTX_SOURCES, "gx", &r), KEYS_FOUND);
	CHECK_INT(r, REQ_SORT);
	config_free(cfg);
}

static void
test_sequence_unbind(void)
{
	struct config *cfg = load("bind generic g g quit\nbind generic g g none\n", NULL);
	enum request r;

	CHECK_INT(seq(cfg, CTX_SOURCES, "g", &r), KEYS_FOUND);
	CHECK_INT(r, REQ_MOVE_FIRST);
	CHECK_INT(seq(cfg, CTX_SOURCES, "gg", &r), KEYS_NONE);
	config_free(cfg);
}

static void
test_request_keys(void)
{
	struct config *cfg = load("bind generic g g move-first\nbind reader <Home> quit\n"
				  "bind reader t move-first\n", NULL);
	char buf[128];

	config_request_keys(cfg, REQ_MOVE_FIRST, CTX_GENERIC, buf, sizeof buf);
	CHECK_STR(buf, "g, <Home>, g g");
	config_request_keys(cfg, REQ_MOVE_FIRST, CTX_READER, buf, sizeof buf);
	CHECK_STR(buf, "t, g, g g");
	config_request_keys(cfg, REQ_ENTER, CTX_SOURCES, buf, sizeof buf);
	CHECK_STR(buf, "<Enter>");
	config_request_keys(cfg, REQ_NOTE, CTX_SOURCES, buf, 2);
	CHECK_STR(buf, "i");
	config_free(cfg);
}

static void
test_bind_errors(void)
{
	int bad;
	struct config *cfg = load(
		"bind generic j move-dwn\n"
		"bind readr j quit\n"
		"bind generic <Ctrl-x> quit\n"
		"bind generic j\n"
		"bind generic a b c quit\n"
		"bind generic <C-1> quit\n"
		"bind generic <F13> quit\n"
		"bind generic # quit\n"
		"bind generic j frobnicate\n", &bad);

	CHECK_INT(bad, 9);
	CHECK_STR(err(cfg, 0), "config:1: unknown request: \"move-dwn\" (expected a request name "
		  "(dossier --dump-config lists them) or none; did you mean move-down?)");
	CHECK_STR(err(cfg, 1), "config:2: unknown context: \"readr\" (expected generic, sources, "
		  "reader, entities, mentions, timeline or quotes; did you mean reader?)");
	CHECK_STR(err(cfg, 2), "config:3: unknown key name: \"<Ctrl-x>\" (expected a character, "
		  "<C-x>, <Enter>, <Tab>, <Space>, <Up>, <PgDn>, <Home>, <Esc>, <F1>...<F12>)");
	CHECK_STR(err(cfg, 3), "config:4: bind needs a context, a key and a request: "
		  "\"bind generic j\" (expected bind CONTEXT KEY REQUEST; the # key is <Hash>)");
	CHECK_STR(err(cfg, 4), "config:5: too many keys (a sequence has at most two): "
		  "\"bind generic a b c quit\" (expected bind CONTEXT KEY [KEY] REQUEST)");
	CHECK(strstr(err(cfg, 5), "config:6: unknown key name: \"<C-1>\"") == err(cfg, 5));
	CHECK(strstr(err(cfg, 6), "config:7: unknown key name: \"<F13>\"") == err(cfg, 6));
	CHECK(strstr(err(cfg, 7), "config:8: bind needs a context") == err(cfg, 7));
	CHECK_STR(err(cfg, 8), "config:9: unknown request: \"frobnicate\" (expected a request "
		  "name (dossier --dump-config lists them) or none)");
	CHECK_INT(one(cfg, CTX_GENERIC, 'j'), REQ_MOVE_DOWN);	/* nothing half-applied */
	config_free(cfg);
}

static void
test_unknown_command(void)
{
	int bad;
	struct config *cfg = load("\nbnd generic j quit\nunbind j\n", &bad);

	CHECK_INT(bad, 2);
	CHECK_STR(err(cfg, 0), "config:2: unknown command: \"bnd\" (expected bind, set or color)");
	CHECK_STR(err(cfg, 1), "config:3: unknown command: \"unbind\" (expected bind, set or "
		  "color)");
	config_free(cfg);
}

static void
test_set_bool(void)
{
	static const char *const yes[] = { "yes", "true", "on", "1", "YES", "On" };
	static const char *const no[] = { "no", "false", "off", "0", "No" };
	char line[128];
	size_t i;
	int bad;

	for (i = 0; i < sizeof yes / sizeof *yes; i++) {
		struct config *cfg = load("set mouse = no\nset osc52 = no\n", NULL);

		snprintf(line, sizeof line, "set mouse = %s\nset osc52=%s\n", yes[i], yes[i]);
		CHECK_INT(config_load_string(cfg, line, "config"), 0);
		CHECK(config_options(cfg)->mouse && config_options(cfg)->osc52);
		config_free(cfg);
	}
	for (i = 0; i < sizeof no / sizeof *no; i++) {
		struct config *cfg = load("", NULL);

		snprintf(line, sizeof line, "set auto-advance = %s\nset first-run-hint = %s\n"
			 "set hide-boilerplate = %s\n", no[i], no[i], i % 2 ? "yes" : "no");
		CHECK_INT(config_load_string(cfg, line, "config"), 0);
		CHECK(!config_options(cfg)->auto_advance && !config_options(cfg)->first_run_hint);
		CHECK_INT(config_options(cfg)->hide_boilerplate, i % 2);
		config_free(cfg);
	}
	{
		struct config *cfg = load("set mouse = maybe\n", &bad);

		CHECK_INT(bad, 1);
		CHECK_STR(err(cfg, 0), "config:1: bad value for mouse: \"maybe\" (expected yes or "
			  "no)");
		CHECK(config_options(cfg)->mouse);
		config_free(cfg);
	}
}

static void
test_set_numbers(void)
{
	int bad;
	struct config *cfg = load("set sidebar-width = 32\nset wrap-width = 72\n"
				  "set sidebar-width = -4\nset wrap-width = 7x\n"
				  "set sidebar-width = 201\nset wrap-width = 99999999999999999999\n",
				  &bad);

	CHECK_INT(bad, 4);
	CHECK_INT(config_options(cfg)->sidebar_width, 32);
	CHECK_INT(config_options(cfg)->wrap_width, 72);
	CHECK_STR(err(cfg, 0), "config:3: bad value for sidebar-width: \"-4\" (expected a number "
		  "of columns up to 200, 0 for automatic)");
	CHECK_STR(err(cfg, 1), "config:4: bad value for wrap-width: \"7x\" (expected a number of "
		  "columns up to 1000, 0 for the pane's width)");
	CHECK(strstr(err(cfg, 2), "config:5: bad value for sidebar-width: \"201\"") == err(cfg, 2));
	CHECK(strstr(err(cfg, 3), "config:6: bad value for wrap-width") == err(cfg, 3));
	config_free(cfg);
}

static void
test_set_choices(void)
{
	int bad;
	struct config *cfg = load("set sidebar-side = left\nset theme = light\n"
				  "set sidebar-side = top\nset theme = solarized\n", &bad);

	CHECK_INT(bad, 2);
	CHECK_INT(config_options(cfg)->sidebar_side, SIDEBAR_LEFT);
	CHECK_INT(config_options(cfg)->theme, THEME_LIGHT);
	CHECK_STR(err(cfg, 0), "config:3: bad value for sidebar-side: \"top\" (expected right or "
		  "left)");
	CHECK_STR(err(cfg, 1), "config:4: bad value for theme: \"solarized\" (expected dark, "
		  "light or mono)");
	config_free(cfg);
}

static void
test_set_dwell(void)
{
	int bad;
	struct config *cfg = load("set mark-read-dwell = 0.25\n", &bad);
	char *d;

	CHECK_INT(bad, 0);
	CHECK(config_options(cfg)->mark_read_dwell > 0.249 && config_options(cfg)->mark_read_dwell
	      < 0.251);
	d = dump(cfg);
	CHECK(strstr(d, "set mark-read-dwell = 0.25\n") != NULL);
	free(d);
	CHECK_INT(config_load_string(cfg, "set mark-read-dwell = 0\n", "config"), 0);
	CHECK(config_options(cfg)->mark_read_dwell == 0);
	CHECK_INT(config_load_string(cfg, "set mark-read-dwell = 2\nset mark-read-dwell = .5\n",
				     "config"), 0);
	CHECK(config_options(cfg)->mark_read_dwell == 0.5);
	CHECK_INT(config_load_string(cfg, "set mark-read-dwell = 1,5\nset mark-read-dwell = -1\n"
				     "set mark-read-dwell = 3601\nset mark-read-dwell = .\n",
				     "config"), 4);
	CHECK_STR(err(cfg, 0), "config:1: bad value for mark-read-dwell: \"1,5\" (expected seconds "
		  "such as 1.5 (at most 3600), 0 to mark read only on Enter)");
	CHECK(config_options(cfg)->mark_read_dwell == 0.5);
	config_free(cfg);
}

/* The layout options: set layout, layout-threshold, list-width and list-rows (N or N%),
 * set sort (a - for the reverse order); the defaults, bad values and the dump. */
static void
test_set_layout(void)
{
	int bad;
	struct config *cfg = load("", &bad);
	const struct config_options *o = config_options(cfg);
	char *d;

	CHECK_INT(o->layout, LAYOUT_AUTO);
	CHECK_INT(o->layout_threshold, 160);
	CHECK(o->list_width.n == 40 && o->list_width.percent);
	CHECK(o->list_rows.n == 30 && o->list_rows.percent);
	CHECK_INT(o->sort, 0);
	CHECK_INT(config_load_string(cfg, "set layout = rows\nset layout-threshold = 120\n"
				     "set list-width = 70\nset list-rows = 25%\n"
				     "set sort = -title\n", "config"), 0);
	CHECK_INT(o->layout, LAYOUT_ROWS);
	CHECK_INT(o->layout_threshold, 120);
	CHECK(o->list_width.n == 70 && !o->list_width.percent);
	CHECK(o->list_rows.n == 25 && o->list_rows.percent);
	CHECK_INT(o->sort, 3);	/* 2 * title + reversed */
	d = dump(cfg);
	CHECK(strstr(d, "set layout = rows\n") != NULL);
	CHECK(strstr(d, "set list-width = 70\n") != NULL);
	CHECK(strstr(d, "set list-rows = 25%\n") != NULL);
	CHECK(strstr(d, "set sort = -title\n") != NULL);
	free(d);
	CHECK_INT(config_load_string(cfg, "set layout = diagonal\nset list-width = 95%\n"
				     "set list-rows = 2\nset list-width = %\nset list-rows = 5%x\n"
				     "set sort = --date\n", "config"), 6);
	CHECK_STR(err(cfg, 0), "config:1: bad value for layout: \"diagonal\" (expected auto, "
		  "columns or rows)");
	CHECK_STR(err(cfg, 1), "config:2: bad value for list-width: \"95%\" (expected columns "
		  "(3 to 1000) or a share such as 40% (10% to 90%))");
	CHECK_STR(err(cfg, 5), "config:6: bad value for sort: \"--date\" (expected date, title, "
		  "source or path, with a - before it for the reverse order)");
	CHECK(o->list_width.n == 70 && !o->list_width.percent);
	CHECK(o->list_rows.n == 25 && o->list_rows.percent);
	CHECK_INT(o->sort, 3);
	config_free(cfg);
}

/* How long the TUI keeps retrying a save while another process holds the state file. */
static void
test_set_save_wait(void)
{
	int bad;
	struct config *cfg = load("", &bad);
	char *d;

	CHECK_INT(config_options(cfg)->save_wait, 60);
	CHECK_INT(config_load_string(cfg, "set save-wait = 5\nset save-wait = 3601\n", "config"),
		  1);
	CHECK_INT(config_options(cfg)->save_wait, 5);
	d = dump(cfg);
	CHECK(strstr(d, "set save-wait = 5\n") != NULL);
	free(d);
	config_free(cfg);
}

static void
test_set_max_file_size(void)
{
	int bad;
	struct config *cfg = load("set max-file-size = 512K\n", &bad);
	char *d;

	CHECK_INT(bad, 0);
	CHECK(config_options(cfg)->max_file_size == 512 * 1024);
	d = dump(cfg);
	CHECK(strstr(d, "set max-file-size = 512K\n") != NULL);
	free(d);
	CHECK_INT(config_load_string(cfg, "set max-file-size = 2GiB\nset max-file-size = 3MB\n"
				     "set max-file-size = 1000\n", "config"), 0);
	CHECK(config_options(cfg)->max_file_size == 1000);
	CHECK_INT(config_load_string(cfg, "set max-file-size = 0\nset max-file-size = 12Q\n"
				     "set max-file-size = -1\nset max-file-size = M\n", "config"), 4);
	CHECK_STR(err(cfg, 1), "config:2: bad value for max-file-size: \"12Q\" (expected a size "
		  "such as 64M, 512K or 1G)");
	CHECK(config_options(cfg)->max_file_size == 1000);
	config_free(cfg);
	cfg = load("", &bad);
	CHECK(config_options(cfg)->max_file_size == (size_t)64 << 20);
	config_free(cfg);
}

static void
test_set_date_format(void)
{
	int bad;
	struct config *cfg = load("set date-format = \"%d %b # %Y\"  # a comment\n", &bad);
	struct tm tm = { .tm_year = 124, .tm_mon = 0, .tm_mday = 5 };
	char buf[64];

	CHECK_INT(bad, 0);
	CHECK_STR(config_options(cfg)->date_format, "%d %b # %Y");
	CHECK_INT(config_load_string(cfg, "set date-format = %d.%m.%y # day first\n", "config"), 0);
	CHECK_STR(config_options(cfg)->date_format, "%d.%m.%y");
	CHECK_INT(config_format_date(cfg, &tm, buf, sizeof buf), 8);
	CHECK_STR(buf, "05.01.24");
	CHECK_INT(config_format_date(cfg, &tm, buf, 4), 0);
	CHECK_STR(buf, "");
	CHECK_INT(config_load_string(cfg, "set date-format = \"\"\n"
				     "set date-format = %Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y"
				     "%Y%Y%Y%Y%Y%Y%Y\n",
				     "config"), 2);
	CHECK_STR(err(cfg, 0), "config:1: bad value for date-format: \"\" (expected a strftime "
		  "format such as %Y-%m-%d, at most 63 bytes)");
	CHECK_STR(config_options(cfg)->date_format, "%d.%m.%y");
	config_free(cfg);
}

static void
test_set_list_columns(void)
{
	int bad;
	struct config *cfg = load("set list-columns = title , source\n", &bad);
	const struct config_options *o = config_options(cfg);

	CHECK_INT(bad, 0);
	CHECK_INT(o->nlist_columns, 2);
	CHECK_INT(o->list_columns[0], LIST_COL_TITLE);
	CHECK_INT(o->list_columns[1], LIST_COL_SOURCE);
	CHECK_INT(config_load_string(cfg, "set list-columns = date,author\n"
				     "set list-columns = date,title,date\n"
				     "set list-columns = date,,title\n", "config"), 3);
	CHECK_STR(err(cfg, 0), "config:1: unknown column in list-columns: \"author\" (expected a "
		  "comma-separated list of flags, date, title, tags, source)");
	CHECK_STR(err(cfg, 1), "config:2: column listed twice in list-columns: \"date\" "
		  "(expected each column at most once)");
	CHECK_STR(err(cfg, 2), "config:3: empty column in list-columns: \"date,,title\" (expected "
		  "a comma-separated list of flags, date, title, tags, source)");
	CHECK_INT(o->nlist_columns, 2);
	CHECK_STR(config_column_name(LIST_COL_TAGS), "tags");
	config_free(cfg);
}

static void
test_set_errors(void)
{
	int bad;
	struct config *cfg = load("set mouse no\n" "set mouse =\n" "set mose = no\n"
				  "set mouse osc52 = no\n" "set date-format = \"%Y\n"
				  "set date-format = \"%Y\" x\n" "set\n" "set = 1\n"
				  "set colour = red\n", &bad);

	CHECK_INT(bad, 9);
	CHECK_STR(err(cfg, 0), "config:1: missing \"=\": \"set mouse no\" (expected set OPTION = "
		  "VALUE)");
	CHECK_STR(err(cfg, 1), "config:2: missing value: \"set mouse =\" (expected yes or no)");
	CHECK_STR(err(cfg, 2), "config:3: unknown option: \"mose\" (expected sidebar-width, "
		  "sidebar-side, list-columns, date-format, wrap-width, auto-advance, "
		  "mark-read-dwell, mouse, hide-boilerplate, theme, osc52, first-run-hint, "
		  "confirm-quit, max-file-size, cache, save-wait, layout, layout-threshold, "
		  "list-width, list-rows, sort or watch; "
		  "did you mean mouse?)");
	CHECK_STR(err(cfg, 3), "config:4: one option name goes before \"=\": \"set mouse osc52 = "
		  "no\" (expected set OPTION = VALUE)");
	CHECK_STR(err(cfg, 4), "config:5: missing closing quote: \"set date-format = \"%Y\" "
		  "(expected set OPTION = \"VALUE\")");
	CHECK_STR(err(cfg, 5), "config:6: text after the quoted value: \"x\" (expected set OPTION "
		  "= \"VALUE\")");
	CHECK_STR(err(cfg, 6), "config:7: set needs an option and a value: \"set\" (expected set "
		  "OPTION = VALUE)");
	CHECK_STR(err(cfg, 7), "config:8: missing option name: \"set = 1\" (expected set OPTION = "
		  "VALUE)");
	CHECK(strstr(err(cfg, 8), "config:9: unknown option: \"colour\"") == err(cfg, 8));
	CHECK(config_options(cfg)->mouse);
	config_free(cfg);
}

static void
test_layout_of_lines(void)
{
	int bad;
	struct config *cfg = load("\xEF\xBB\xBF# a comment\r\n"
				  "   \t\n"
				  "\t  bind   generic\tx   quit   # trailing comment\r\n"
				  "  # indented comment\n"
				  "set   sidebar-width=40   \n"
				  "color title red default bold # red titles\n"
				  "bind generic y help", &bad);

	CHECK_INT(bad, 0);
	CHECK_STR(err(cfg, 0), "");
	CHECK_INT(one(cfg, CTX_GENERIC, 'x'), REQ_QUIT);
	CHECK_INT(one(cfg, CTX_GENERIC, 'y'), REQ_HELP);	/* no final newline */
	CHECK_INT(config_options(cfg)->sidebar_width, 40);
	CHECK_INT(config_style(cfg, AREA_TITLE, true)->fg, 1);
	config_free(cfg);
}

static void
test_errors_continue(void)
{
	int bad;
	struct config *cfg = load("bind generic x quit\n" "bind nowhere y quit\n"
				  "set wrap-width = 80\n" "set wrap-width = wide\n"
				  "color nothing red red\n" "bind generic z help\n", &bad);

	CHECK_INT(bad, 3);
	CHECK_INT(nerr(cfg), 3);
	CHECK(strncmp(err(cfg, 0), "config:2: ", 10) == 0);
	CHECK(strncmp(err(cfg, 1), "config:4: ", 10) == 0);
	CHECK(strncmp(err(cfg, 2), "config:5: ", 10) == 0);
	CHECK_INT(one(cfg, CTX_GENERIC, 'x'), REQ_QUIT);
	CHECK_INT(one(cfg, CTX_GENERIC, 'z'), REQ_HELP);
	CHECK_INT(config_options(cfg)->wrap_width, 80);
	config_clear_errors(cfg);
	CHECK_INT(nerr(cfg), 0);
	config_free(cfg);
}

static void
test_color(void)
{
	int bad;
	struct config *cfg = load("color title red default bold underline\n"
				  "color header-focus color200 17 italic reverse dim\n"
				  "color cursor white blue bold normal\n"
				  "colour meta default COLOR255\n"
				  "color hit color0 color15\n", &bad);
	const struct config_style *s;

	CHECK_INT(bad, 0);
	s = config_style(cfg, AREA_TITLE, true);
	CHECK_INT(s->fg, 1);
	CHECK_INT(s->bg, -1);
	CHECK_INT(s->attrs, STYLE_BOLD | STYLE_UNDERLINE);
	s = config_style(cfg, AREA_HEADER_FOCUS, true);
	CHECK_INT(s->fg, 200);
	CHECK_INT(s->bg, 17);
	CHECK_INT(s->attrs, STYLE_ITALIC | STYLE_REVERSE | STYLE_DIM);
	s = config_style(cfg, AREA_CURSOR, true);
	CHECK_INT(s->fg, 7);
	CHECK_INT(s->bg, 4);
	CHECK_INT(s->attrs, 0);	/* normal clears what came before it */
	CHECK_INT(config_style(cfg, AREA_META, true)->bg, 255);
	CHECK_INT(config_style(cfg, AREA_HIT, true)->bg, 15);
	CHECK_STR(config_area_name(AREA_ENT_HASHTAG), "ent-hashtag");
	CHECK_STR(config_area_name(AREA_HIT), "hit");
	config_free(cfg);
}

static void
test_color_errors(void)
{
	int bad;
	struct config *cfg = load("color titel red default\n" "color title purple default\n"
				  "color title red color256\n" "color title red default blink\n"
				  "color title red\n" "color title 12345 default\n", &bad);

	CHECK_INT(bad, 6);
	CHECK_STR(err(cfg, 0), "config:1: unknown area: \"titel\" (expected an area such as title "
		  "or header-focus (see --dump-config); did you mean title?)");
	CHECK_STR(err(cfg, 1), "config:2: bad foreground colour: \"purple\" (expected default, "
		  "black, red, green, yellow, blue, magenta, cyan, white, color0-color255 or "
		  "0-255)");
	CHECK(strstr(err(cfg, 2), "config:3: bad background colour: \"color256\"") == err(cfg, 2));
	CHECK_STR(err(cfg, 3), "config:4: unknown attribute: \"blink\" (expected bold, dim, "
		  "underline, reverse, italic or normal)");
	CHECK_STR(err(cfg, 4), "config:5: color needs an area, a foreground and a background: "
		  "\"color title red\" (expected color AREA FG BG [ATTR...])");
	CHECK(strstr(err(cfg, 5), "config:6: bad foreground colour: \"12345\"") == err(cfg, 5));
	CHECK_INT(config_style(cfg, AREA_TITLE, true)->fg, 3);	/* the dark theme's yellow */
	config_free(cfg);
}

static void
test_themes(void)
{
	struct config *cfg = load("", NULL);
	const struct config_style *s;
	int a, differ = 0;

	s = config_style(cfg, AREA_TITLE, true);
	CHECK_INT(s->fg, 3);
	CHECK_INT(s->attrs, STYLE_BOLD);
	s = config_style(cfg, AREA_HEADER_FOCUS, false);	/* monochrome */
	CHECK_INT(s->fg, -1);
	CHECK_INT(s->attrs, STYLE_REVERSE | STYLE_BOLD);
	CHECK_INT(config_load_string(cfg, "set theme = light\n", "config"), 0);
	CHECK_INT(config_style(cfg, AREA_TITLE, true)->fg, 4);
	CHECK_INT(config_style(cfg, AREA_HEADER_FOCUS, true)->bg, 4);
	CHECK_INT(config_load_string(cfg, "set theme = mono\n", "config"), 0);
	for (a = 0; a < AREA_NAREAS; a++) {
		s = config_style(cfg, (enum area)a, true);
		CHECK(s->fg == -1 && s->bg == -1);
		CHECK(s == config_style(cfg, (enum area)a, false));
		differ += s->attrs != 0;
	}
	CHECK(differ > 10);
	config_free(cfg);
}

static void
test_theme_overrides(void)
{
	/* color lines win over the theme whichever comes first; mono ignores them. */
	struct config *cfg = load("color title green default\nset theme = light\n"
				  "color meta red default\n", NULL);

	CHECK_INT(config_style(cfg, AREA_TITLE, true)->fg, 2);
	CHECK_INT(config_style(cfg, AREA_META, true)->fg, 1);
	CHECK_INT(config_style(cfg, AREA_COUNT, true)->fg, 4);	/* the light theme's */
	CHECK_INT(config_style(cfg, AREA_TITLE, false)->attrs, STYLE_BOLD);
	CHECK_INT(config_load_string(cfg, "set theme = mono\ncolor title default default "
				     "underline\n", "config"), 0);
	CHECK_INT(config_style(cfg, AREA_TITLE, false)->attrs, STYLE_UNDERLINE);
	config_free(cfg);
}

static void
test_dump_contents(void)
{
	struct config *cfg = load("bind generic g g quit\nbind reader j none\n"
				  "bind generic <Hash> help\nbind reader <C-\\> sort\n", NULL);
	char *d = dump(cfg);

	CHECK(strstr(d, "\nset sidebar-width = 0\n") != NULL);
	CHECK(strstr(d, "\nset list-columns = flags,date,title,tags,source\n") != NULL);
	CHECK(strstr(d, "\nset date-format = \"%Y-%m-%d\"\n") != NULL);
	CHECK(strstr(d, "\nset mark-read-dwell = 1.5\n") != NULL);
	CHECK(strstr(d, "\nset theme = dark\n") != NULL);
	CHECK(strstr(d, "\ncolor title yellow default bold\n") != NULL);
	CHECK(strstr(d, "\ncolor default default default\n") != NULL);
	CHECK(strstr(d, "\nbind generic j move-down\n") != NULL);
	CHECK(strstr(d, "\nbind generic <C-d> half-down\n") != NULL);
	CHECK(strstr(d, "\nbind generic g g quit\n") != NULL);
	CHECK(strstr(d, "\nbind generic <Hash> help\n") != NULL);
	CHECK(strstr(d, "\nbind reader j none\n") != NULL);
	CHECK(strstr(d, "\nbind reader <C-\\> sort\n") != NULL);
	CHECK(strstr(d, "# Bindings: mentions\n") != NULL);
	CHECK(strstr(d, "bind sources") == NULL);
	free(d);
	config_free(cfg);
}

/* Load text, dump, load the dump into a fresh configuration: the dumps must agree. */
static void
roundtrip(const char *text)
{
	struct config *a = load(text, NULL), *b;
	char *d1 = dump(a), *d2;
	int bad;

	config_free(a);
	b = load(d1, &bad);
	CHECK_INT(bad, 0);
	CHECK_STR(err(b, 0), "");
	d2 = dump(b);
	CHECK_STR(d1, d2);
	free(d1);
	free(d2);
	config_free(b);
}

static void
test_roundtrip_defaults(void)
{
	roundtrip("");
}

static void
test_roundtrip_custom(void)
{
	roundtrip("set sidebar-width = 33\nset sidebar-side = left\nset list-columns = title,date\n"
		  "set date-format = \"%d \"%b\" # %Y \"\nset wrap-width = 80\n"
		  "set auto-advance = off\nset mark-read-dwell = 0.125\nset mouse = 0\n"
		  "set hide-boilerplate = on\nset theme = light\nset osc52 = true\n"
		  "set first-run-hint = no\ncolor title color123 color45 italic underline\n"
		  "color default red black\nbind generic g g quit\nbind reader d d toggle-read\n"
		  "bind generic j none\nbind entities <Enter> mentions-view\n"
		  "bind generic <Hash> help\nbind mentions \xC3\xA9 <C-x> redo\n"
		  "bind reader <C-]> sort\nbind generic x move-down\nbind generic Z move-down\n"
		  "bind sources <F5> redraw\nbind generic <Lt> quit\n");
}

static void
test_load_file(void)
{
	char dir[] = "/tmp/test_config.XXXXXX", path[256], missing[256];
	struct config *cfg = config_new();
	FILE *f;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(path, sizeof path, "%s/config", dir);
	snprintf(missing, sizeof missing, "%s/nothing", dir);
	f = fopen(path, "w");
	fputs("bind generic x quit\nset mouse = sometimes\n", f);
	fclose(f);
	CHECK_INT(config_load_file(cfg, missing, false), 0);	/* the default path may be absent */
	CHECK_INT(nerr(cfg), 0);
	CHECK_INT(config_load_file(cfg, path, true), 1);
	CHECK_INT(one(cfg, CTX_GENERIC, 'x'), REQ_QUIT);
	CHECK(strncmp(err(cfg, 0), path, strlen(path)) == 0);
	CHECK(strstr(err(cfg, 0), ":2: bad value for mouse: \"sometimes\"") != NULL);
	config_clear_errors(cfg);
	CHECK_INT(config_load_file(cfg, missing, true), -1);	/* --config FILE must exist */
	CHECK(strncmp(err(cfg, 0), missing, strlen(missing)) == 0);
	CHECK_STR(err(cfg, 0) + strlen(missing), ": cannot read the config file: No such file or "
		  "directory");
	CHECK_INT(config_load_file(cfg, dir, false), -1);	/* a directory */
	CHECK_INT(nerr(cfg), 2);
	remove(path);
	rmdir(dir);
	config_free(cfg);
}

static void
test_default_path(void)
{
	char buf[256], small[12];
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char *sx = xdg ? xstrdup(xdg) : NULL, *sh = home ? xstrdup(home) : NULL;

	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	setenv("HOME", "/home/u", 1);
	CHECK_STR(config_default_path(buf, sizeof buf), "/x/conf/dossier/config");
	setenv("XDG_CONFIG_HOME", "/x/conf/", 1);
	CHECK_STR(config_default_path(buf, sizeof buf), "/x/conf/dossier/config");
	setenv("XDG_CONFIG_HOME", "relative/conf", 1);	/* invalid by the XDG spec */
	CHECK_STR(config_default_path(buf, sizeof buf), "/home/u/.config/dossier/config");
	setenv("XDG_CONFIG_HOME", "", 1);
	setenv("HOME", "/home/u/", 1);
	CHECK_STR(config_default_path(buf, sizeof buf), "/home/u/.config/dossier/config");
	CHECK(config_default_path(small, sizeof small) == NULL);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	CHECK(config_default_path(buf, sizeof buf) == NULL);
	if (sx)
		setenv("XDG_CONFIG_HOME", sx, 1);
	if (sh)
		setenv("HOME", sh, 1);
	free(sx);
	free(sh);
}

static void
test_error_text_safe(void)
{
	int bad;
	struct config *cfg = load("bind generic j \x1b[31mred\n"
				  "set date-format = 01234567890123456789012345678901234567890"
				  "12345678901234567890123456789\n", &bad);

	CHECK_INT(bad, 2);
	/* No escape reaches stderr: ESC shows as U+241B, the one sanitising rule. */
	CHECK(strstr(err(cfg, 0), "\"\xe2\x90\x9b[31mred\"") != NULL);
	CHECK(strstr(err(cfg, 1), "\"012345678901234567890123456789012345678901234567890123456789"
		     "...\"") != NULL);
	config_free(cfg);
}

static void
test_too_many_errors(void)
{
	struct sbuf b = {0};
	struct config *cfg;
	int i, bad;

	for (i = 0; i < 150; i++)
		sb_adds(&b, "nonsense\n");
	cfg = load(sb_cstr(&b), &bad);
	CHECK_INT(bad, 150);
	CHECK_INT(nerr(cfg), 101);
	CHECK_STR(err(cfg, 100), "config: too many errors; the rest are not shown");
	sb_free(&b);
	config_free(cfg);
}

/* Issue 16: one keymap, owned by the config. There was a global single-key table beside
 * the config's sequences: config_new() reset it, and config_free() left the last file's
 * bindings in force for everyone. Now two configs have two keymaps. */
static void
test_keymaps_are_the_configs(void)
{
	struct config *cfg = load("bind generic j quit\n", NULL);
	struct config *other = config_new();

	CHECK_INT(one(cfg, CTX_GENERIC, 'j'), REQ_QUIT);
	CHECK_INT(one(other, CTX_GENERIC, 'j'), REQ_MOVE_DOWN);
	CHECK_INT(one(cfg, CTX_GENERIC, 'j'), REQ_QUIT);	/* config_new() changed nothing */
	config_free(other);
	CHECK_INT(one(cfg, CTX_GENERIC, DK_ENTER), REQ_ENTER);	/* the keypad's Enter */
	CHECK_STR(config_context_name(CTX_ENTITIES), "entities");
	config_free(cfg);
}

static void
test_locale_numbers(void)
{
	/* A German LC_NUMERIC must not change how 1.5 is read or written. */
	struct config *cfg;
	char *d;

	if (!setlocale(LC_NUMERIC, "de_DE.UTF-8") && !setlocale(LC_NUMERIC, "de_DE"))
		printf("# no German locale; checked in the C locale only\n");
	cfg = load("set mark-read-dwell = 2.75\n", NULL);
	CHECK(config_options(cfg)->mark_read_dwell == 2.75);
	d = dump(cfg);
	CHECK(strstr(d, "set mark-read-dwell = 2.75\n") != NULL);
	free(d);
	config_free(cfg);
	setlocale(LC_NUMERIC, "C");
}

int
main(void)
{
	RUN(test_default_options);
	RUN(test_default_bindings);
	RUN(test_bind_generic);
	RUN(test_bind_context);
	RUN(test_rebind_across_contexts);
	RUN(test_unbind);
	RUN(test_key_names);
	RUN(test_enter_alias);
	RUN(test_request_names);
	RUN(test_sequence);
	RUN(test_sequence_context);
	RUN(test_sequence_unbind);
	RUN(test_request_keys);
	RUN(test_bind_errors);
	RUN(test_unknown_command);
	RUN(test_set_bool);
	RUN(test_set_numbers);
	RUN(test_set_choices);
	RUN(test_set_dwell);
	RUN(test_set_max_file_size);
	RUN(test_set_save_wait);
	RUN(test_set_layout);
	RUN(test_set_date_format);
	RUN(test_set_list_columns);
	RUN(test_set_errors);
	RUN(test_layout_of_lines);
	RUN(test_errors_continue);
	RUN(test_color);
	RUN(test_color_errors);
	RUN(test_themes);
	RUN(test_theme_overrides);
	RUN(test_dump_contents);
	RUN(test_roundtrip_defaults);
	RUN(test_roundtrip_custom);
	RUN(test_load_file);
	RUN(test_default_path);
	RUN(test_error_text_safe);
	RUN(test_too_many_errors);
	RUN(test_keymaps_are_the_configs);
	RUN(test_locale_numbers);
	return TAP_END();
}
