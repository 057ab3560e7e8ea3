/* test_state_json.c -- the state's JSON: strings, export and import, persistence. MIT licence. */
#include "config.h"

#include "state_fixture.h"

static void
test_json_string(void)
{
	struct sbuf b = {0};

	state_json_string(&b, "a\"b\\c\n\x01\x7f \xff\xc3\xa9 \xed\xa0\x80");
	CHECK_STR(b.data, "\"a\\\"b\\\\c\\n\\u0001\\u007f \xef\xbf\xbd\xc3\xa9 "
		  "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\"");
	sb_free(&b);
}

/* The one sanitising rule in JSON: C1, bidi, zero-width, separators and other unsafe
 * code points escaped (past the BMP as a surrogate pair), and the reader gets the
 * text back exactly. */
static void
test_json_escapes_unsafe(void)
{
	static const char text[] = "a\xc2\x85" "b\xc2\x9b" "c\xe2\x80\xae" "d\xe2\x80\x8b"
		"e\xe2\x80\xa8" "f\xef\xbb\xbf" "g\xe2\x81\xa6" "h\xf3\xa0\x80\x81" "i\xc3\xa9";
	struct sbuf b = {0}, doc = {0};
	struct art_state *recs;
	const char *p;
	size_t n;

	state_json_string(&b, text);
	CHECK_STR(b.data, "\"a\\u0085b\\u009bc\\u202ed\\u200be\\u2028f\\ufeffg\\u2066"
		  "h\\udb40\\udc01i\xc3\xa9\"");
	for (p = b.data; *p; p++)	/* nothing but ASCII and the safe é */
		CHECK((unsigned char)*p < 0x80 || (unsigned char)*p == 0xc3 ||
		      (unsigned char)*p == 0xa9);
	sb_printf(&doc, "[{\"hash\":\"h\",\"note\":%s}]", b.data);
	CHECK_INT(state_json_parse(doc.data, doc.len, &recs, &n, err, sizeof err), STATE_OK);
	CHECK(n == 1 && recs[0].note && strcmp(recs[0].note, text) == 0);
	art_states_free(recs, n);
	sb_free(&b);
	sb_free(&doc);
}

/* A path that is not UTF-8 keeps its bytes through "path_bytes"; a valid one has none. */
static void
test_json_path_bytes(void)
{
	struct art_state a = { .hash = "h", .path = "/news/bad\xff%name\x01.txt" }, *recs;
	struct sbuf b = {0};
	size_t n;

	sb_addc(&b, '[');
	sb_addc(&b, '{');
	state_json_fields(&b, &a);
	sb_adds(&b, "}]");
	CHECK(strstr(b.data, "\"path_bytes\":\"/news/bad%FF%25name%01.txt\"") != NULL);
	CHECK_INT(state_json_parse(b.data, b.len, &recs, &n, err, sizeof err), STATE_OK);
	CHECK(n == 1 && recs[0].path && strcmp(recs[0].path, a.path) == 0);
	art_states_free(recs, n);
	/* "path_bytes" before "path" wins too; a bad escape is an error. */
	CHECK_INT(state_json_parse("[{\"path_bytes\":\"/a%FF\",\"path\":\"/a?\"}]", 37, &recs,
				   &n, err, sizeof err), STATE_OK);
	CHECK(n == 1 && recs[0].path && strcmp(recs[0].path, "/a\xff") == 0);
	art_states_free(recs, n);
	CHECK_INT(state_json_parse("[{\"path_bytes\":\"/a%F\"}]", 23, &recs, &n, err,
				   sizeof err), STATE_INVALID);
	CHECK_INT(state_json_parse("[{\"path_bytes\":\"/a%00\"}]", 24, &recs, &n, err,
				   sizeof err), STATE_INVALID);
	b.len = 0;
	a.path = "/news/caf\xc3\xa9.txt";
	state_json_fields(&b, &a);
	CHECK(strstr(sb_cstr(&b), "path_bytes") == NULL);
	sb_free(&b);
}

/* Tag names hold only safe code points of valid UTF-8 (CLI, TUI prompt and import all
 * ask state_tag_invalid()). */
static void
test_tag_names_safe(void)
{
	static const char *const bad[] = {
		"a\xc2\x85" "b", "a\xc2\x9b" "b", "a\xe2\x80\xae" "b", "a\xe2\x80\x8b" "b",
		"a\xe2\x80\x8d" "b", "a\xef\xbb\xbf" "b", "a\xe2\x81\xa6" "b", "a\xe2\x80\xa8" "b",
		"a\xff", "\xff", "a\xc3", "a\x1b[31m", "a\xc2\xa0" "b", "a\xee\x80\x80",
	};
	struct state *s = open_ok(fresh("safetags"));
	struct state_op *ops;
	size_t i, nops;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		CHECK(state_tag_invalid(bad[i]) != NULL);
		CHECK_INT(state_add_tag(s, "h", bad[i]), STATE_INVALID);
	}
	CHECK(state_tag_invalid("caf\xc3\xa9") == NULL);
	CHECK(state_tag_invalid("\xe4\xb8\xad\xe6\x96\x87") == NULL);
	CHECK(state_tag_invalid("@home") == NULL);
	CHECK_INT(state_parse_ops("+ok +a\xe2\x80\xae" "b", &ops, &nops, err, sizeof err),
		  STATE_INVALID);
	CHECK(strstr(err, "bidi") != NULL);
	CHECK_INT(state_parse_ops("+a\xff", &ops, &nops, err, sizeof err), STATE_INVALID);
	CHECK(strstr(err, "UTF-8") != NULL);
	/* Removing is looser: a tag stored before the rule can still be taken off. */
	CHECK_INT(state_parse_ops("-a\xe2\x80\xae" "b", &ops, &nops, err, sizeof err), STATE_OK);
	CHECK_INT(state_apply(s, ops, nops, (const char *[]){ "h" }, 1, NULL), STATE_OK);
	free(ops);
	CHECK_INT(state_parse_ops("-", &ops, &nops, err, sizeof err), STATE_INVALID);
	state_close(s);
}

static void
test_last_opened_is_not_an_action(void)
{
	struct state *s = open_ok(fresh("opened"));
	struct art_state a;

	CHECK_INT(state_set_last_opened(s, "o", 0), STATE_OK);
	state_get(s, "o", &a);
	CHECK(a.known && a.last_opened > 0 && !a.read);
	art_state_clear(&a);
	CHECK(!state_can_undo(s));
	CHECK_INT(state_set_last_opened(s, "", 5), STATE_INVALID);
	state_close(s);
}

static void
test_persistence(void)
{
	const char *p = fresh("persist");
	struct state *s = open_ok(p);
	struct art_state a;
	char *q, **v;
	size_t n;

	state_touch(s, "p1", "dir/p1.txt");
	state_set_read(s, "p1", true);
	state_set_flagged(s, "p1", true);
	state_set_archived(s, "p1", true);
	state_add_tag(s, "p1", "keep");
	state_set_note(s, "p1", "remember me");
	state_search_save(s, "mine", "tag:keep");
	state_history_add(s, "filter", "is:flagged");
	state_close(s);
	s = open_ok(p);
	CHECK(s != NULL);
	state_get(s, "p1", &a);
	CHECK(a.known && a.read && a.flagged && a.archived);
	CHECK(a.ntags == 1 && strcmp(a.tags[0], "keep") == 0);
	CHECK_STR(a.note, "remember me");
	CHECK_STR(a.path, "dir/p1.txt");
	art_state_clear(&a);
	CHECK_INT(state_search_get(s, "mine", &q), STATE_OK);
	CHECK_STR(q, "tag:keep");
	free(q);
	state_history(s, "filter", 5, &v, &n);
	CHECK(n == 1 && strcmp(v[0], "is:flagged") == 0);
	state_strings_free(v, n);
	CHECK(!state_can_undo(s));	/* undo history is per session */
	state_close(s);
}

static int
collect(void *ud, const struct art_state *a)
{
	struct sbuf *b = ud;

	state_json_fields(b, a);
	sb_addc(b, '\n');
	return 0;
}

/* Every article's state as text, without times (they differ between files). */
static char *
dump(struct state *s)
{
	struct sbuf b = {0}, line = {0};
	char *all, *p, *q;

	state_each(s, collect, &b);
	all = xstrdup(sb_cstr(&b));
	for (p = all; (q = strstr(p, ",\"first_seen\":")); p = strchr(q, '\n')) {
		sb_add(&line, p, (size_t)(q - p));
		sb_addc(&line, '\n');
	}
	free(all);
	sb_free(&b);
	sb_cstr(&line);
	return line.data;
}

static int
stop_at_two(void *ud, const struct art_state *a)
{
	(void)a;
	return ++*(int *)ud == 2 ? 42 : 0;
}

static void
test_each_order(void)
{
	struct state *s = open_ok(fresh("each"));
	char *d;
	int n = 0;

	state_set_read(s, "c", true);
	state_set_read(s, "a", true);
	state_set_read(s, "b", true);
	d = dump(s);
	CHECK(strstr(d, "\"hash\":\"a\"") < strstr(d, "\"hash\":\"b\""));
	CHECK(strstr(d, "\"hash\":\"b\"") < strstr(d, "\"hash\":\"c\""));
	free(d);
	CHECK_INT(state_each(s, stop_at_two, &n), 42);
	state_close(s);
}

static void
test_export_import_roundtrip(void)
{
	struct state *s = open_ok(fresh("export")), *t = open_ok(fresh("import"));
	struct state_import_stats st;
	struct art_state *recs;
	char *buf = NULL, *d1, *d2;
	size_t len = 0, n;
	FILE *f;

	state_touch(s, "e1", "dir/ünïcode \"quoted\".txt");
	state_add_tag(s, "e1", "a");
	state_add_tag(s, "e1", "b");
	state_set_note(s, "e1", "line\twith tab and \\ backslash");
	state_set_flagged(s, "e2", true);
	state_set_archived(s, "e3", true);
	f = open_memstream(&buf, &len);
	CHECK_INT(state_export_json(s, f), STATE_OK);
	fclose(f);
	CHECK_INT(state_json_parse(buf, len, &recs, &n, err, sizeof err), STATE_OK);
	CHECK_INT(n, 3);
	state_add_tag(t, "e1", "stale");	/* import replaces tags */
	CHECK_INT(state_import(t, recs, n, &st), STATE_OK);
	CHECK_INT(st.by_hash, 1);
	CHECK_INT(st.added, 2);
	CHECK_INT(st.changed, 3);
	d1 = dump(s);
	d2 = dump(t);
	CHECK_STR(d1, d2);
	free(d1);
	free(d2);
	/* One step: undo puts e1's stale tag back. */
	CHECK(state_can_undo(t));
	state_undo(t, NULL);
	d2 = dump(t);
	CHECK(strstr(d2, "\"tags\":[\"stale\"]") != NULL);
	free(d2);
	art_states_free(recs, n);
	free(buf);
	state_close(s);
	state_close(t);
}

static void
test_import_by_path(void)
{
	struct state *s = open_ok(fresh("bypath"));
	static const char json[] = "{\"version\":1,\"articles\":[\n"
		"{\"hash\":\"oldhash\",\"path\":\"news/a.txt\",\"title\":\"T\",\"read\":1,"
		"\"entities\":[{\"name\":\"X\",\"n\":[1,2.5e3,{\"deep\":null}]}],"
		"\"tags\":[\"caf\\u00e9\",\"\\ud83d\\ude00\"],\"flagged\":true},\n"
		"{\"path\":\"nowhere.txt\",\"read\":true},\n"
		"{\"hash\":\"\",\"note\":null}]}";
	struct state_import_stats st;
	struct art_state *recs, a;
	size_t n;

	state_touch(s, "newhash", "news/a.txt");	/* the file changed: a new hash */
	CHECK_INT(state_json_parse(json, strlen(json), &recs, &n, err, sizeof err), STATE_OK);
	CHECK_INT(n, 3);
	CHECK_INT(state_import(s, recs, n, &st), STATE_OK);
	CHECK_INT(st.by_path, 1);
	CHECK_INT(st.skipped, 2);
	state_get(s, "newhash", &a);
	CHECK(a.read && a.flagged && a.ntags == 2);
	if (a.ntags == 2) {
		CHECK_STR(a.tags[0], "caf\xc3\xa9");
		CHECK_STR(a.tags[1], "\xf0\x9f\x98\x80");
	}
	art_state_clear(&a);
	art_states_free(recs, n);
	state_close(s);
}

static void
test_json_errors(void)
{
	static const char *const bad[] = {
		"", "{", "[", "[{]", "[{\"hash\" 1}]", "[{\"hash\":\"x\"}] trailing",
		"[{\"tags\":\"notalist\"}]", "[\"str\"]", "{\"other\":[]}",
		"[{\"hash\":\"a\\q\"}]", "[{\"hash\":\"\x01\"}]", "[{\"x\":[[[[",
	};
	struct art_state *recs;
	size_t i, n;

	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		err[0] = '\0';
		CHECK_INT(state_json_parse(bad[i], strlen(bad[i]), &recs, &n, err, sizeof err),
			  STATE_INVALID);
		CHECK(recs == NULL && n == 0 && strncmp(err, "line ", 5) == 0);
	}
	CHECK_INT(state_json_parse("[\n\n{\"read\":tru}]", 15, &recs, &n, err, sizeof err),
		  STATE_INVALID);
	CHECK_STR(err, "line 3 (article record 1): expected a number");
	CHECK_INT(state_json_parse(" [ ] ", 5, &recs, &n, err, sizeof err), STATE_OK);
	CHECK_INT(n, 0);
}

/* Numbers: JSON's grammar, times range-checked without a cast (1e26 was undefined). */
static void
test_json_numbers(void)
{
	static const char *const bad[] = {
		"[{\"first_seen\":1e26}]", "[{\"first_seen\":-1e30}]", "[{\"last_opened\":-1}]",
		"[{\"first_seen\":1e999}]", "[{\"first_seen\":253402300800}]",
		"[{\"first_seen\":123456789012345678901234567890}]",
	};
	static const char *const malformed[] = {
		"[{\"read\":01}]", "[{\"read\":1.}]", "[{\"read\":.5}]", "[{\"read\":1e}]",
		"[{\"read\":+1}]", "[{\"first_seen\":inf}]", "[{\"first_seen\":nan}]",
		"[{\"x\":-}]",
	};
	const char *good = "[{\"hash\":\"h\",\"first_seen\":12.34e1,\"last_opened\":0.0012e4,"
			   "\"read\":0.0,\"flagged\":-0.5e-3,\"x\":[-1e999,0.5]},\n"
			   "{\"first_seen\":253402300799,\"last_opened\":-0,\"archived\":2}]";
	struct art_state *recs;
	size_t i, n;

	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		CHECK_INT(state_json_parse(bad[i], strlen(bad[i]), &recs, &n, err, sizeof err),
			  STATE_INVALID);
		CHECK(strstr(err, "line 1 (article record 1): ") == err);
		CHECK(strstr(err, "is out of range") != NULL);
	}
	for (i = 0; i < sizeof malformed / sizeof *malformed; i++)
		CHECK_INT(state_json_parse(malformed[i], strlen(malformed[i]), &recs, &n, err,
					   sizeof err), STATE_INVALID);
	CHECK_INT(state_json_parse(good, strlen(good), &recs, &n, err, sizeof err), STATE_OK);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_INT(recs[0].first_seen, 123);
		CHECK_INT(recs[0].last_opened, 12);
		CHECK(!recs[0].read && recs[0].flagged);
		CHECK_INT(recs[1].first_seen, 253402300799);
		CHECK_INT(recs[1].last_opened, 0);
		CHECK(recs[1].archived);
		art_states_free(recs, n);
	}
}

static void
test_import_rejects_bad_tags(void)
{
	struct state *s = open_ok(fresh("badtag"));
	char *tags[] = { "ok", "not ok" };
	struct art_state r = { .hash = "h", .tags = tags, .ntags = 2 };

	CHECK_INT(state_import(s, &r, 1, NULL), STATE_INVALID);
	CHECK(strstr(state_error(s), "record 1") != NULL);
	CHECK(!state_can_undo(s));
	state_close(s);
}

int
main(void)
{
	fixture_init();
	RUN(test_json_string);
	RUN(test_json_escapes_unsafe);
	RUN(test_json_path_bytes);
	RUN(test_tag_names_safe);
	RUN(test_last_opened_is_not_an_action);
	RUN(test_persistence);
	RUN(test_each_order);
	RUN(test_export_import_roundtrip);
	RUN(test_import_by_path);
	RUN(test_json_errors);
	RUN(test_json_numbers);
	RUN(test_import_rejects_bad_tags);
	return TAP_END();
}
