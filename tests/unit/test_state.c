/* test_state.c -- unit tests of triage state: operations, bulk, undo/redo, export. MIT licence. */
#include "config.h"

#include "state_fixture.h"

static void
test_default_path(void)
{
	char buf[256];

	setenv("HOME", "/home/u", 1);
	unsetenv("DOSSIER_STATE");
	unsetenv("XDG_STATE_HOME");
	CHECK_STR(state_default_path(buf, sizeof buf), "/home/u/.local/state/dossier/state.db");
	setenv("XDG_STATE_HOME", "/xdg/st", 1);
	CHECK_STR(state_default_path(buf, sizeof buf), "/xdg/st/dossier/state.db");
	/* The XDG spec: a relative value is ignored. */
	setenv("XDG_STATE_HOME", "rel/st", 1);
	CHECK_STR(state_default_path(buf, sizeof buf), "/home/u/.local/state/dossier/state.db");
	setenv("XDG_STATE_HOME", "", 1);
	CHECK_STR(state_default_path(buf, sizeof buf), "/home/u/.local/state/dossier/state.db");
	setenv("DOSSIER_STATE", "/elsewhere/s.db", 1);
	CHECK_STR(state_default_path(buf, sizeof buf), "/elsewhere/s.db");
	setenv("DOSSIER_STATE", "", 1);
	CHECK_STR(state_default_path(buf, sizeof buf), "/home/u/.local/state/dossier/state.db");
	CHECK(state_default_path(buf, 10) == NULL);
	unsetenv("DOSSIER_STATE");
	unsetenv("XDG_STATE_HOME");
}

static void
test_create_mode_and_schema(void)
{
	char path[700], dir[700];
	struct stat sb;
	struct state *s;
	mode_t old = umask(0);

	snprintf(dir, sizeof dir, "%.500s/xdg/deep", base);
	snprintf(path, sizeof path, "%.600s/dossier/state.db", dir);
	s = open_ok(path);
	umask(old);
	CHECK(s != NULL);
	CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	CHECK(stat(dir, &sb) == 0 && (sb.st_mode & 0777) == 0700);
	CHECK(!state_is_memory(s));
	CHECK_STR(state_file_path(s), path);
	state_close(s);
	CHECK_INT(raw(path, "PRAGMA user_version"), state_schema_version());
	CHECK_INT(raw(path, "SELECT count(*) FROM pragma_table_info('article') WHERE name IN"
		      " ('hash','path','read','flagged','archived','note','first_seen',"
		      "'last_opened')"), 8);
	CHECK_INT(raw(path, "SELECT count(*) FROM pragma_table_info('tag') WHERE name IN"
		      " ('hash','name')"), 2);
	CHECK_INT(raw(path, "SELECT count(*) FROM pragma_table_info('saved_search')"), 2);
	CHECK_INT(raw(path, "SELECT count(*) FROM pragma_table_info('history') WHERE name IN"
		      " ('id','kind','text','at')"), 4);
	CHECK_INT(raw(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode='wal'"), 1);
}

static void
test_relative_path(void)
{
	char cwd[600], path[700];
	struct state *s;

	CHECK(getcwd(cwd, sizeof cwd) != NULL);
	CHECK(chdir(base) == 0);
	s = open_ok("rel.db");
	snprintf(path, sizeof path, "%s/rel.db", base);
	CHECK(s && strcmp(state_file_path(s), path) == 0);
	state_close(s);
	CHECK(chdir(cwd) == 0);
}

static void
test_flags(void)
{
	struct state *s = open_ok(fresh("flags"));
	struct art_state a;

	CHECK_INT(state_get(s, "h1", &a), STATE_OK);
	CHECK(!a.known && !a.read && !a.flagged && !a.archived && a.note == NULL);
	CHECK_STR(a.hash, "h1");
	art_state_clear(&a);
	CHECK_INT(state_set_read(s, "h1", true), STATE_OK);
	CHECK_INT(state_set_flagged(s, "h1", true), STATE_OK);
	CHECK_INT(state_set_archived(s, "h1", true), STATE_OK);
	state_get(s, "h1", &a);
	CHECK(a.known && a.read && a.flagged && a.archived && a.first_seen > 0);
	art_state_clear(&a);
	state_set_read(s, "h1", false);
	state_set_flagged(s, "h1", false);
	state_set_archived(s, "h1", false);
	state_get(s, "h1", &a);
	CHECK(a.known && !a.read && !a.flagged && !a.archived);
	art_state_clear(&a);
	CHECK_INT(state_set_read(s, "", true), STATE_INVALID);
	CHECK_INT(state_set_read(s, NULL, true), STATE_INVALID);
	state_close(s);
}

static void
test_tags(void)
{
	struct state *s = open_ok(fresh("tags"));
	struct art_state a;
	const char *h = "h1";
	size_t changed = 9;
	struct state_op op = { STATE_OP_TAG, true, "zeta" };

	CHECK_INT(state_add_tag(s, h, "beta"), STATE_OK);
	CHECK_INT(state_add_tag(s, h, "alpha"), STATE_OK);
	CHECK_INT(state_apply(s, &op, 1, &h, 1, &changed), STATE_OK);
	CHECK_INT(changed, 1);
	CHECK_INT(state_apply(s, &op, 1, &h, 1, &changed), STATE_OK);
	CHECK_INT(changed, 0);	/* already there */
	state_get(s, h, &a);
	CHECK_INT(a.ntags, 3);
	if (a.ntags == 3) {
		CHECK_STR(a.tags[0], "alpha");
		CHECK_STR(a.tags[2], "zeta");
	}
	art_state_clear(&a);
	CHECK_INT(state_remove_tag(s, h, "beta"), STATE_OK);
	CHECK_INT(state_remove_tag(s, h, "nothere"), STATE_OK);
	state_get(s, h, &a);
	CHECK_INT(a.ntags, 2);
	art_state_clear(&a);
	CHECK_INT(state_add_tag(s, h, "two words"), STATE_INVALID);
	CHECK(strstr(state_error(s), "spaces") != NULL);
	CHECK_INT(state_add_tag(s, h, ""), STATE_INVALID);
	CHECK_INT(state_add_tag(s, h, "read"), STATE_INVALID);
	CHECK_INT(state_add_tag(s, h, "-x"), STATE_INVALID);
	CHECK(state_tag_invalid("ünïcödé:ok") == NULL);
	state_close(s);
}

static void
test_note(void)
{
	struct state *s = open_ok(fresh("note"));
	struct art_state a;

	CHECK_INT(state_set_note(s, "h1", "first"), STATE_OK);
	CHECK_INT(state_set_note(s, "h1", "second"), STATE_OK);
	state_get(s, "h1", &a);
	CHECK_STR(a.note, "second");
	art_state_clear(&a);
	CHECK_INT(state_set_note(s, "h1", ""), STATE_OK);
	state_get(s, "h1", &a);
	CHECK(a.note == NULL);
	art_state_clear(&a);
	state_set_note(s, "h1", "x");
	CHECK_INT(state_set_note(s, "h1", NULL), STATE_OK);
	state_get(s, "h1", &a);
	CHECK(a.note == NULL);
	art_state_clear(&a);
	state_close(s);
}

static void
test_tag_counts(void)
{
	struct state *s = open_ok(fresh("counts"));
	const char *hs[] = { "a", "b", "c" };
	struct state_op op = { STATE_OP_TAG, true, "many" };
	struct state_tag *t;
	size_t n;

	state_apply(s, &op, 1, hs, 3, NULL);
	state_add_tag(s, "a", "one");
	CHECK_INT(state_tags(s, &t, &n), STATE_OK);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(t[0].name, "many");
		CHECK_INT(t[0].count, 3);
		CHECK_STR(t[1].name, "one");
		CHECK_INT(t[1].count, 1);
	}
	state_tags_free(t, n);
	state_close(s);
}

/* What state_each() and state_each_decided() saw: "hash:flags:tags;" per article. */
static int
each_line(void *ud, const struct art_state *a)
{
	struct sbuf *b = ud;
	size_t i;

	sb_printf(b, "%s:%s%s%s%s:", a->hash, a->read ? "r" : "", a->flagged ? "f" : "",
		  a->archived ? "a" : "", a->note ? "n" : "");
	for (i = 0; i < a->ntags; i++)
		sb_printf(b, "%s%s", i ? "," : "", a->tags[i]);
	sb_addc(b, ';');
	return 0;
}

/* Every article with its own tags (read in one pass beside the rows, not a query each);
 * the decided ones only for a launch's mirror. */
static void
test_each(void)
{
	struct state *s = open_ok(fresh("each"));
	struct sbuf all = {0}, decided = {0};

	state_touch(s, "c1", "seen.txt");		/* seen, nothing decided */
	state_set_read(s, "a1", true);
	state_add_tag(s, "b1", "zeta");
	state_add_tag(s, "b1", "alpha");
	state_touch(s, "b2", "seen-too.txt");
	state_set_note(s, "d1", "look again");
	state_add_tag(s, "d1", "mid");
	state_set_flagged(s, "e1", true);
	state_set_flagged(s, "e1", false);		/* undecided again */
	CHECK_INT(state_each(s, each_line, &all), STATE_OK);
	CHECK_STR(sb_cstr(&all), "a1:r:;b1::alpha,zeta;b2::;c1::;d1:n:mid;e1::;");
	CHECK_INT(state_each_decided(s, each_line, &decided), STATE_OK);
	CHECK_STR(sb_cstr(&decided), "a1:r:;b1::alpha,zeta;d1:n:mid;");
	sb_free(&all);
	sb_free(&decided);
	state_close(s);
}

static void
test_saved_searches(void)
{
	struct state *s = open_ok(fresh("search"));
	struct state_search *l;
	size_t n;
	char *q;

	CHECK_INT(state_search_save(s, "zz", "is:unread"), STATE_OK);
	CHECK_INT(state_search_save(s, "aa", "tag:x"), STATE_OK);
	CHECK_INT(state_search_save(s, "zz", "is:flagged"), STATE_OK);
	CHECK_INT(state_searches(s, &l, &n), STATE_OK);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(l[0].name, "aa");
		CHECK_STR(l[1].query, "is:flagged");
	}
	state_searches_free(l, n);
	CHECK_INT(state_search_get(s, "zz", &q), STATE_OK);
	CHECK_STR(q, "is:flagged");
	free(q);
	CHECK_INT(state_search_get(s, "nope", &q), STATE_NONE);
	CHECK(q == NULL);
	CHECK_INT(state_search_delete(s, "aa"), STATE_OK);
	CHECK_INT(state_search_delete(s, "aa"), STATE_NONE);
	CHECK_INT(state_search_save(s, "", "x"), STATE_INVALID);
	state_close(s);
}

static void
test_history(void)
{
	struct state *s = open_ok(fresh("hist"));
	char **v, buf[32];
	size_t n;
	int i;

	state_history_add(s, "filter", "one");
	state_history_add(s, "filter", "two");
	state_history_add(s, "search", "other");
	state_history_add(s, "filter", "one");	/* moves to the front, no duplicate */
	state_history_add(s, "filter", "   ");	/* blank: ignored */
	CHECK_INT(state_history(s, "filter", 10, &v, &n), STATE_OK);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(v[0], "one");
		CHECK_STR(v[1], "two");
	}
	state_strings_free(v, n);
	CHECK_INT(state_history(s, "filter", 1, &v, &n), STATE_OK);
	CHECK_INT(n, 1);
	state_strings_free(v, n);
	for (i = 0; i < 510; i++) {
		snprintf(buf, sizeof buf, "q%d", i);
		state_history_add(s, "many", buf);
	}
	CHECK_INT(state_history(s, "many", 0, &v, &n), STATE_OK);
	CHECK_INT(n, 500);
	if (n == 500) {
		CHECK_STR(v[0], "q509");
		CHECK_STR(v[499], "q10");
	}
	state_strings_free(v, n);
	state_close(s);
}

static void
test_touch_and_rename(void)
{
	struct state *s = open_ok(fresh("touch"));
	struct art_state a;
	int64_t first;
	char *h;

	CHECK_INT(state_touch(s, "hh", "old/name.txt"), STATE_OK);
	state_set_flagged(s, "hh", true);
	state_get(s, "hh", &a);
	first = a.first_seen;
	CHECK(first > 0);
	CHECK_STR(a.path, "old/name.txt");
	art_state_clear(&a);
	/* The same content under a new name and folder: state follows the hash. */
	CHECK_INT(state_touch(s, "hh", "new/folder/renamed.txt"), STATE_OK);
	state_get(s, "hh", &a);
	CHECK_STR(a.path, "new/folder/renamed.txt");
	CHECK(a.flagged);
	CHECK_INT(a.first_seen, first);
	art_state_clear(&a);
	CHECK_INT(state_find_by_path(s, "new/folder/renamed.txt", &h), STATE_OK);
	CHECK_STR(h, "hh");
	free(h);
	CHECK_INT(state_find_by_path(s, "old/name.txt", &h), STATE_NONE);
	CHECK_INT(state_set_last_opened(s, "hh", 1234567), STATE_OK);
	state_get(s, "hh", &a);
	CHECK_INT(a.last_opened, 1234567);
	art_state_clear(&a);
	state_close(s);
}

static void
test_touch_many(void)
{
	struct state *s = open_ok(fresh("many"));
	const char *hs[1000], *ps[1000];
	char names[1000][16];
	struct art_state a;
	int i;

	for (i = 0; i < 1000; i++) {
		snprintf(names[i], sizeof names[i], "m%04d", i);
		hs[i] = names[i];
		ps[i] = "p.txt";
	}
	CHECK_INT(state_touch_many(s, hs, ps, 1000), STATE_OK);
	state_get(s, "m0999", &a);
	CHECK(a.known);
	art_state_clear(&a);
	CHECK(!state_can_undo(s));	/* sightings are not triage actions */
	state_close(s);
}

/* A second touch of many (the launch's): rows at their path are left alone, moved ones
 * follow, new ones come in, and of two copies of one text the later path wins, as one
 * upsert after another has it (state_query.c reads the table once instead). */
static void
test_touch_many_again(void)
{
	struct state *s = open_ok(fresh("again"));
	const char *hs[600], *ps[600];
	char names[600][16], paths[600][24];
	struct art_state a;
	int i;

	for (i = 0; i < 500; i++) {
		snprintf(names[i], sizeof names[i], "t%04d", i);
		snprintf(paths[i], sizeof paths[i], "/news/%04d.txt", i);
		hs[i] = names[i];
		ps[i] = paths[i];
	}
	CHECK_INT(state_touch_many(s, hs, ps, 500), STATE_OK);
	state_get(s, "t0007", &a);
	CHECK_INT(a.first_seen > 0, 1);
	art_state_clear(&a);
	CHECK_INT(state_set_flagged(s, "t0007", true), STATE_OK);
	/* Again: t0003 moved, t0500..t0597 new, t0010 twice (its copy comes later). */
	snprintf(paths[3], sizeof paths[3], "/moved/0003.txt");
	for (i = 500; i < 598; i++) {
		snprintf(names[i], sizeof names[i], "t%04d", i);
		snprintf(paths[i], sizeof paths[i], "/news/%04d.txt", i);
		hs[i] = names[i];
		ps[i] = paths[i];
	}
	hs[598] = "t0010";
	ps[598] = "/copies/0010.txt";
	hs[599] = "t0011";
	ps[599] = "/news/0011.txt";	/* a second copy at the same path */
	CHECK_INT(state_touch_many(s, hs, ps, 600), STATE_OK);
	state_get(s, "t0003", &a);
	CHECK_STR(a.path, "/moved/0003.txt");
	art_state_clear(&a);
	state_get(s, "t0007", &a);
	CHECK_STR(a.path, "/news/0007.txt");
	CHECK(a.flagged);
	art_state_clear(&a);
	state_get(s, "t0010", &a);
	CHECK_STR(a.path, "/copies/0010.txt");
	art_state_clear(&a);
	state_get(s, "t0011", &a);
	CHECK_STR(a.path, "/news/0011.txt");
	art_state_clear(&a);
	state_get(s, "t0597", &a);
	CHECK(a.known);
	CHECK_STR(a.path, "/news/0597.txt");
	art_state_clear(&a);
	/* The copy first, the original last: the original's path wins. */
	hs[0] = "t0010";
	ps[0] = "/news/0010.txt";
	hs[598] = "t0000";
	ps[598] = "/copies/0000.txt";
	CHECK_INT(state_touch_many(s, hs, ps, 600), STATE_OK);
	state_get(s, "t0010", &a);
	CHECK_STR(a.path, "/news/0010.txt");
	art_state_clear(&a);
	state_get(s, "t0000", &a);
	CHECK_STR(a.path, "/copies/0000.txt");
	art_state_clear(&a);
	state_close(s);
}

static void
test_bulk(void)
{
	struct state *s = open_ok(fresh("bulk"));
	const char *hs[50];
	char names[50][8];
	struct state_op op = { STATE_OP_FLAG, true, NULL };
	struct art_state a;
	size_t changed;
	int i;

	for (i = 0; i < 50; i++) {
		snprintf(names[i], sizeof names[i], "b%02d", i);
		hs[i] = names[i];
	}
	state_set_flagged(s, "b00", true);
	state_set_flagged(s, "b01", true);
	CHECK_INT(state_apply(s, &op, 1, hs, 50, &changed), STATE_OK);
	CHECK_INT(changed, 48);
	state_get(s, "b49", &a);
	CHECK(a.flagged);
	art_state_clear(&a);
	state_close(s);
}

static void
test_undo_redo(void)
{
	struct state *s = open_ok(fresh("undo"));
	const char *desc;
	struct art_state a;

	CHECK(!state_can_undo(s));
	CHECK_INT(state_undo(s, &desc), STATE_NONE);
	CHECK_STR(state_error(s), "nothing to undo");
	state_set_flagged(s, "u1", true);
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: flag 1 article");
	state_get(s, "u1", &a);
	CHECK(!a.flagged);
	art_state_clear(&a);
	CHECK(state_can_redo(s));
	CHECK_INT(state_redo(s, &desc), STATE_OK);
	CHECK_STR(desc, "redid: flag 1 article");
	state_get(s, "u1", &a);
	CHECK(a.flagged);
	art_state_clear(&a);
	CHECK_INT(state_redo(s, &desc), STATE_NONE);
	/* A note and read state come back exactly. */
	state_set_note(s, "u1", "before");
	state_set_note(s, "u1", "after");
	state_set_read(s, "u1", true);
	state_undo(s, NULL);
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: set the note of 1 article");
	state_get(s, "u1", &a);
	CHECK_STR(a.note, "before");
	CHECK(!a.read);
	art_state_clear(&a);
	state_close(s);
}

static void
test_undo_bulk_one_step(void)
{
	struct state *s = open_ok(fresh("undobulk"));
	const char *hs[] = { "a", "b", "c" }, *desc;
	struct state_op op = { STATE_OP_TAG, true, "x" };
	struct art_state a;

	state_add_tag(s, "b", "x");	/* b already has it: not part of the bulk change */
	CHECK_INT(state_apply(s, &op, 1, hs, 3, NULL), STATE_OK);
	state_set_flagged(s, "a", true);
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: flag 1 article");
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: tag +x 2 articles");
	state_get(s, "a", &a);
	CHECK_INT(a.ntags, 0);
	art_state_clear(&a);
	state_get(s, "b", &a);
	CHECK_INT(a.ntags, 1);	/* its tag predates the bulk action */
	art_state_clear(&a);
	CHECK_INT(state_redo(s, &desc), STATE_OK);
	state_get(s, "c", &a);
	CHECK_INT(a.ntags, 1);
	art_state_clear(&a);
	state_close(s);
}

static void
test_new_action_clears_redo(void)
{
	struct state *s = open_ok(fresh("clears"));
	const char *desc;

	state_set_flagged(s, "a", true);
	state_undo(s, NULL);
	CHECK(state_can_redo(s));
	state_set_flagged(s, "a", true);	/* no change: not an action */
	state_set_archived(s, "a", true);
	CHECK(!state_can_redo(s));
	CHECK_INT(state_redo(s, &desc), STATE_NONE);
	CHECK(desc == NULL);
	state_close(s);
}

static void
test_parse_ops_and_multi_undo(void)
{
	struct state *s = open_ok(fresh("parse"));
	const char *hs[] = { "a", "b" }, *desc;
	struct state_op *ops;
	struct art_state a;
	size_t n, changed;
	char e[128];

	CHECK_INT(state_parse_ops("  +read +x -y  ", &ops, &n, e, sizeof e), STATE_OK);
	CHECK_INT(n, 3);
	CHECK(ops[0].kind == STATE_OP_READ && ops[0].on);
	CHECK(ops[2].kind == STATE_OP_TAG && !ops[2].on);
	CHECK_STR(ops[2].arg, "y");
	state_add_tag(s, "a", "y");
	CHECK_INT(state_apply(s, ops, n, hs, 2, &changed), STATE_OK);
	CHECK_INT(changed, 2);
	free(ops);
	state_get(s, "a", &a);
	CHECK(a.read && a.ntags == 1 && strcmp(a.tags[0], "x") == 0);
	art_state_clear(&a);
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: mark read, tag +x -y 2 articles");
	state_get(s, "a", &a);
	CHECK(!a.read && a.ntags == 1 && strcmp(a.tags[0], "y") == 0);
	art_state_clear(&a);
	CHECK_INT(state_parse_ops("-flagged archived tag", &ops, &n, e, sizeof e), STATE_OK);
	CHECK(n == 3 && ops[0].kind == STATE_OP_FLAG && !ops[0].on);
	CHECK(ops[1].kind == STATE_OP_ARCHIVE && ops[1].on && ops[2].kind == STATE_OP_TAG);
	free(ops);
	CHECK_INT(state_parse_ops("+ok +\"bad", &ops, &n, e, sizeof e), STATE_INVALID);
	CHECK(strstr(e, "quotes") != NULL);
	CHECK_INT(state_parse_ops("   ", &ops, &n, e, sizeof e), STATE_INVALID);
	CHECK_INT(state_parse_ops("+", &ops, &n, e, sizeof e), STATE_INVALID);
	state_close(s);
}

static void
test_undo_chain_and_limit(void)
{
	struct state *s = open_ok(fresh("chain"));
	struct art_state a;
	int i, n = 0;

	/* Three different actions on one article unwind to where it started. */
	state_set_flagged(s, "c", true);
	state_add_tag(s, "c", "t");
	state_set_note(s, "c", "n");
	while (state_undo(s, NULL) == STATE_OK)
		n++;
	CHECK_INT(n, 3);
	state_get(s, "c", &a);
	CHECK(!a.flagged && a.ntags == 0 && a.note == NULL);
	art_state_clear(&a);
	while (state_redo(s, NULL) == STATE_OK)
		n--;
	CHECK_INT(n, 0);
	state_get(s, "c", &a);
	CHECK(a.flagged && a.ntags == 1 && a.note != NULL);
	art_state_clear(&a);
	/* The history is bounded: the oldest steps go. */
	for (i = 0; i < 510; i++)
		state_set_read(s, "c", i % 2 == 0);
	for (n = 0; state_undo(s, NULL) == STATE_OK; n++)
		;
	CHECK_INT(n, 500);
	state_close(s);
}

static void
test_tag_names_exact(void)
{
	struct state *s = open_ok(fresh("exact"));
	struct art_state a;
	char long_name[70];

	/* Tags are kept as typed: case and accents matter. */
	state_add_tag(s, "e", "Urgent");
	state_add_tag(s, "e", "urgent");
	state_add_tag(s, "e", "caf\xc3\xa9");
	state_get(s, "e", &a);
	CHECK_INT(a.ntags, 3);
	art_state_clear(&a);
	CHECK(state_tag_invalid("a\tb") != NULL);
	CHECK(state_tag_invalid("a,b") != NULL);
	memset(long_name, 'x', 64);
	long_name[64] = '\0';
	CHECK(state_tag_invalid(long_name) == NULL);
	long_name[64] = 'x';
	long_name[65] = '\0';
	CHECK(state_tag_invalid(long_name) != NULL);
	state_close(s);
}

static void
test_memory_states_separate(void)
{
	struct state *a = state_open_memory(err, sizeof err), *b = state_open_memory(err, sizeof err);
	struct art_state x;

	CHECK(a && b && strcmp(state_file_path(a), state_file_path(b)) != 0);
	state_set_flagged(a, "m", true);
	state_get(b, "m", &x);
	CHECK(!x.known);
	art_state_clear(&x);
	CHECK_INT(state_undo(a, NULL), STATE_OK);
	state_close(a);
	state_close(b);
}

int
main(void)
{
	fixture_init();
	RUN(test_default_path);
	RUN(test_create_mode_and_schema);
	RUN(test_relative_path);
	RUN(test_flags);
	RUN(test_tags);
	RUN(test_note);
	RUN(test_tag_counts);
	RUN(test_each);
	RUN(test_saved_searches);
	RUN(test_history);
	RUN(test_touch_and_rename);
	RUN(test_touch_many);
	RUN(test_touch_many_again);
	RUN(test_bulk);
	RUN(test_undo_redo);
	RUN(test_undo_bulk_one_step);
	RUN(test_new_action_clears_redo);
	RUN(test_parse_ops_and_multi_undo);
	RUN(test_undo_chain_and_limit);
	RUN(test_tag_names_exact);
	RUN(test_memory_states_separate);
	return TAP_END();
}
