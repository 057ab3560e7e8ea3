/* test_config.c -- the config file parser: bindings, key names, errors, the dump. MIT licence. */
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
