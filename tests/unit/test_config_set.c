/* test_config_set.c -- the config file's set options, colours and themes. MIT licence. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dossier/util.h"
#include "config_file.h"
#include "config_fixture.h"
#include "tap.h"

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

int
main(void)
{
	RUN(test_set_bool);
	RUN(test_set_numbers);
	RUN(test_set_choices);
	RUN(test_set_dwell);
	RUN(test_set_layout);
	RUN(test_set_save_wait);
	RUN(test_set_max_file_size);
	RUN(test_set_date_format);
	RUN(test_set_list_columns);
	RUN(test_set_errors);
	RUN(test_layout_of_lines);
	RUN(test_errors_continue);
	RUN(test_color);
	RUN(test_color_errors);
	RUN(test_themes);
	RUN(test_theme_overrides);
	return TAP_END();
}
