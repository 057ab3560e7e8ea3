/* test_corpus.c -- unit tests of file walking, hygiene and article metadata. MIT licence. */
#include "config.h"

#include <malloc.h>

#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dossier/corpus.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "tap.h"
#include "tmpdir_fixture.h"


/* Path of a bundled seed: $SRCDIR/seeds/NAME, else seeds/NAME. */
static const char *
seed_path(const char *name)
{
	static char buf[4096];
	const char *src = getenv("SRCDIR");

	snprintf(buf, sizeof buf, "%s/seeds/%s", src && *src ? src : ".", name);
	return buf;
}

/* Load one seed into c (initialised here); returns its article or NULL. */
static struct article *
load_seed(struct corpus *c, const char *name)
{
	corpus_init(c);
	if (corpus_add_path(c, seed_path(name)) != 0 || c->n != 1) {
		printf("#   cannot read seed %s (set SRCDIR)\n", seed_path(name));
		return NULL;
	}
	corpus_finish(c);
	return c->arts[0];
}


/* Parse text given as a C string. */
static struct article *
parse(const char *path, const char *s)
{
	return article_parse(path, xstrdup(s), strlen(s), 0);
}

/* Index of the first line whose text starts with prefix, or -1. */
static long
find_line(const struct article *a, const char *prefix)
{
	size_t l;

	for (l = 0; l < a->nlines; l++)
		if (a->lines[l].end - a->lines[l].start >= strlen(prefix) &&
		    !memcmp(a->text + a->lines[l].start, prefix, strlen(prefix)))
			return (long)l;
	return -1;
}

static uint32_t
line_flags(const struct article *a, const char *prefix)
{
	long l = find_line(a, prefix);

	return l < 0 ? 0xFFFFFFFFu : a->lines[l].flags;
}

static void
test_seed_000(void)
{
	struct corpus c;
	struct article *a = load_seed(&c, "000_26794aa82bd9f140.txt");

	CHECK(a != NULL);
	if (!a)
		return;
	CHECK(!strncmp(a->title, "The Russian presidents, Vladimir Putin, and the Chinese", 55));
	CHECK(text_width(a->title, strlen(a->title)) <= 110);
	CHECK(strstr(a->title, "\xE2\x80\xA6") != NULL);	/* cut with an ellipsis */
	CHECK_STR(a->date, "2026-02-04");			/* the tweet credit line */
	CHECK_INT(a->date_key, 20260204);
	CHECK(!a->date_from_mtime);
	CHECK_STR(a->source, "seeds");
	CHECK(a->lines[0].flags & LINE_TITLE);
	CHECK(article_words(a) > 250);
	corpus_free(&c);
}

static void
test_seed_001(void)
{
	struct corpus c;
	struct article *a = load_seed(&c, "001_9c716bbef13f2200.txt");

	CHECK(a != NULL);
	if (!a)
		return;
	CHECK_STR(a->title, "Russia says ties with Cuba becoming stronger despite "
		  "\xE2\x80\x98turbulent geopolitical situation\xE2\x80\x99");
	CHECK_STR(a->date, "2026-01-21");
	CHECK(!a->date_from_mtime);
	CHECK_STR(a->source, "Anadolu Agency");
	CHECK(line_flags(a, "- Published Date") & LINE_DATELINE);
	CHECK(line_flags(a, "- Modified Date") & LINE_DATELINE);
	CHECK(!(line_flags(a, "- Published Date") & LINE_BOILERPLATE));
	CHECK(a->lines[0].flags & LINE_TITLE);
	corpus_free(&c);
}

static void
test_seed_002(void)
{
	struct corpus c;
	struct article *a = load_seed(&c, "002_a4205a8fe78f1143.txt");
	struct tm tm;
	char want[16];

	CHECK(a != NULL);
	if (!a)
		return;
	CHECK_STR(a->title, "what is russia saying about venezuela");	/* "US Trends" is a label */
	CHECK(a->date_from_mtime);
	localtime_r(&a->mtime, &tm);
	strftime(want, sizeof want, "%Y-%m-%d", &tm);
	CHECK_STR(a->date, want);
	CHECK_STR(a->source, "seeds");
	CHECK(!(line_flags(a, "US Trends") & LINE_TITLE));
	CHECK(line_flags(a, "what is russia") & LINE_TITLE);
	CHECK(!(line_flags(a, "Information gathered") & LINE_BOILERPLATE));
	corpus_free(&c);
}

static void
test_seed_003(void)
{
	struct corpus c;
	struct article *a = load_seed(&c, "003_e7d0ebf93c2b6bd3.txt");

	CHECK(a != NULL);
	if (!a)
		return;
	CHECK(!strncmp(a->title, "The developments in Venezuela and Iran require Moscow", 53));
	CHECK(strstr(a->title, "2026") == NULL);	/* the date prefix is stripped */
	CHECK(text_width(a->title, strlen(a->title)) <= 110);
	CHECK_STR(a->date, "2026-01-27");
	CHECK(!a->date_from_mtime);
	CHECK_STR(a->source, "seeds");
	CHECK(a->lines[0].flags & LINE_TITLE);
	CHECK(!(a->lines[0].flags & LINE_DATELINE));	/* the line carries text too */
	corpus_free(&c);
}

static void
test_seed_004(void)
{
	struct corpus c;
	struct article *a = load_seed(&c, "004_f9c06428318d3c91.txt");

	CHECK(a != NULL);
	if (!a)
		return;
	CHECK_STR(a->title, "Kremlin praises importance of Vladimir Putin, Xi Jinping meeting in Samarkand");
	CHECK_STR(a->date, "2025-12-19");
	CHECK(!a->date_from_mtime);
	CHECK_STR(a->source, "seeds");	/* the "(Ng Han Guan/AP)" photo credit is no byline */
	CHECK(a->lines[0].flags & LINE_DATELINE);
	CHECK(a->lines[3].flags & LINE_TITLE);
	corpus_free(&c);
}

static void
test_seed_004_boilerplate(void)
{
	static const char *const boiler[] = {
		"HomeWorldKremlin", "[ad_1]", "[ad_2]", "Source link", "RELATED ARTICLES",
		"Most Popular", "Recent Comments", NULL
	};
	static const char *const text[] = {
		"Friday, December 19", "Kremlin praises", "Vladimir Putin stands", "Amid tensions",
		"Russia China", "This is Xi Jinping", "In a show of military", NULL
	};
	struct corpus c;
	struct article *a = load_seed(&c, "004_f9c06428318d3c91.txt");
	size_t i, n = 0;

	CHECK(a != NULL);
	if (!a)
		return;
	for (i = 0; boiler[i]; i++)
		CHECK(line_flags(a, boiler[i]) != 0xFFFFFFFFu && (line_flags(a, boiler[i]) & LINE_BOILERPLATE));
	for (i = 0; text[i]; i++)
		CHECK(!(line_flags(a, text[i]) & LINE_BOILERPLATE));
	for (i = 0; i < a->nlines; i++)
		n += (a->lines[i].flags & LINE_BOILERPLATE) != 0;
	CHECK_INT(n, 7);
	corpus_free(&c);
}

static void
test_seed_folder(void)
{
	struct corpus c;
	char path[4096], hash[33];
	size_t i;

	corpus_init(&c);
	snprintf(path, sizeof path, "%s", seed_path(""));
	CHECK_INT(corpus_add_path(&c, path), 0);
	corpus_finish(&c);
	CHECK_INT(c.n, 5);
	CHECK_INT(corpus_skipped_total(&c), 0);
	if (c.n != 5) {
		corpus_free(&c);
		return;
	}
	for (i = 0; i < c.n; i++) {
		struct article *a = c.arts[i];

		CHECK_INT(a->id, i);
		CHECK(i == 0 || strcmp(c.arts[i - 1]->path, a->path) < 0);
		CHECK(a->title[0] != '\0');
		text_hash(a->text, a->len, hash);
		CHECK_STR(a->hash, hash);
		CHECK(a->paragraphs > 0 && article_words(a) > 100);
	}
	CHECK(strstr(c.arts[0]->path, "000_") != NULL);
	CHECK(c.bytes > 10000);
	corpus_free(&c);
}

static void
test_crlf_bom(void)
{
	struct article *a = parse("x/crlf.txt",
				  "\xEF\xBB\xBFTitle here\r\nBody text one.\r\n\r\nMore words.\r\n");

	CHECK_INT(a->body, 3);
	CHECK_INT(a->nlines, 4);
	CHECK_INT(a->lines[0].start, 3);
	CHECK_INT(a->lines[0].end, 13);	/* CR excluded */
	CHECK_STR(a->title, "Title here");
	CHECK(a->lines[2].flags & LINE_BLANK);
	CHECK_INT(a->lines[3].end - a->lines[3].start, 11);
	CHECK_INT(article_words(a), 7);
	CHECK_INT(a->paragraphs, 3);
	article_free(a);
}

static void
test_lines_without_final_newline(void)
{
	struct article *a = parse("x/a.txt", "one\n\ntwo");

	CHECK_INT(a->nlines, 3);
	CHECK_INT(a->lines[2].start, 5);
	CHECK_INT(a->lines[2].end, 8);
	article_free(a);
	a = parse("x/b.txt", "one\n");
	CHECK_INT(a->nlines, 1);
	article_free(a);
}

static void
test_empty_file(void)
{
	struct corpus c;

	fresh_tmpdir();
	put("empty-note.txt", "", 0);
	corpus_init(&c);
	CHECK_INT(corpus_add_path(&c, tmpdir), 0);
	CHECK_INT(c.n, 1);
	if (c.n == 1) {
		CHECK_STR(c.arts[0]->title, "empty-note");	/* the file name */
		CHECK_INT(article_words(c.arts[0]), 0);
		CHECK_INT(c.arts[0]->len, 0);
		CHECK(c.arts[0]->date_from_mtime);
		CHECK(c.arts[0]->source[0] != '\0');
	}
	corpus_free(&c);
}

static void
test_binary_skip(void)
{
	static const char bin[] = "PK\3\4\0\0\0binary\0data";
	char ctrl[200];
	struct corpus c;
	size_t i;

	fresh_tmpdir();
	put("zip.txt", bin, sizeof bin);
	for (i = 0; i < sizeof ctrl; i++)
		ctrl[i] = (char)(i % 3 ? 'a' : 0x02);
	put("ctrl.txt", ctrl, sizeof ctrl);
	put("ansi.txt", "\x1b[31mRed title\x1b[0m\nbody\n", 24);
	corpus_init(&c);
	corpus_add_path(&c, tmpdir);
	CHECK_INT(c.skipped[SKIP_BINARY], 2);
	CHECK_INT(c.n, 1);	/* escape sequences are text, shown as placeholders */
	if (c.n == 1) {
		CHECK(strchr(c.arts[0]->title, '\x1b') == NULL);
		CHECK(strstr(c.arts[0]->title, "\xE2\x90\x9B") != NULL);
	}
	corpus_free(&c);
}

/* The sniff's limits: a NUL anywhere in the first 8 KB, not after; control bytes over a
 * tenth (and two) of them, whatever the steps the scan takes; line ends never count. */
static void
test_binary_limits(void)
{
	static char buf[9000];
	struct corpus c;
	size_t i;

	fresh_tmpdir();
	memset(buf, 'a', sizeof buf);
	buf[100] = '\0';
	put("nul100.txt", buf, 200);
	buf[100] = 'a';
	buf[8191] = '\0';
	put("nul8191.txt", buf, sizeof buf);
	buf[8191] = 'a';
	buf[8192] = '\0';
	put("nul8192.txt", buf, sizeof buf);	/* past the sniff: text */
	buf[8192] = 'a';
	for (i = 0; i < 1000; i += 3)
		buf[i] = '\n';
	put("lines.txt", buf, 1000);	/* a third of line ends: text */
	memset(buf, 'a', 1000);
	for (i = 0; i < 102; i++)	/* 1000 / 10 + 2: text */
		buf[i * 9] = 0x02;
	put("ctrl102.txt", buf, 1000);
	buf[999] = 0x1F;	/* one more: binary */
	put("ctrl103.txt", buf, 1000);
	corpus_init(&c);
	corpus_add_path(&c, tmpdir);
	CHECK_INT(c.skipped[SKIP_BINARY], 3);
	CHECK_INT(c.n, 3);
	for (i = 0; i < c.n; i++)
		CHECK(strstr(c.arts[i]->path, "nul8192") || strstr(c.arts[i]->path, "lines") ||
		      strstr(c.arts[i]->path, "ctrl102"));
	corpus_free(&c);
}

static void
test_hidden_and_extensions(void)
{
	struct corpus c;
	size_t i;
	const char *want[] = { "a.md", "b.TEXT", "notes", "sub/c.txt" };

	fresh_tmpdir();
	mkdir(tmp(".git"), 0755);
	mkdir(tmp("sub"), 0755);
	put(".hidden.txt", "hidden\n", 7);
	put(".git/config.txt", "hidden\n", 7);
	put("a.md", "A\n", 2);
	put("b.TEXT", "B\n", 2);
	put("notes", "N\n", 2);
	put("photo.jpg", "J\n", 2);
	put("data.csv", "C\n", 2);
	put("sub/c.txt", "C\n", 2);
	corpus_init(&c);
	corpus_add_path(&c, tmpdir);
	corpus_finish(&c);
	CHECK_INT(c.n, 4);
	for (i = 0; i < c.n && i < 4; i++)
		CHECK_STR(c.arts[i]->path + strlen(tmpdir) + 1, want[i]);
	CHECK_INT(corpus_skipped_total(&c), 0);
	corpus_add_path(&c, tmp("photo.jpg"));	/* named explicitly: always read */
	CHECK_INT(c.n, 5);
	corpus_free(&c);
}

static void
test_symlink_loop(void)
{
	struct corpus c;

	fresh_tmpdir();
	mkdir(tmp("a"), 0755);
	put("a/x.txt", "X\n", 2);
	CHECK(symlink("..", tmp("a/up")) == 0);		/* a folder loop */
	CHECK(symlink("self2", tmp("self1")) == 0);	/* a symlink cycle */
	CHECK(symlink("self1", tmp("self2")) == 0);
	CHECK(symlink("nowhere.txt", tmp("dangling.txt")) == 0);
	CHECK(symlink("a/x.txt", tmp("alias.txt")) == 0);	/* same file twice */
	corpus_init(&c);
	CHECK_INT(corpus_add_path(&c, tmpdir), 0);
	CHECK_INT(c.n, 1);
	CHECK_INT(c.skipped[SKIP_LOOP], 4);	/* a/up, self1, self2, alias.txt */
	CHECK_INT(c.skipped[SKIP_UNREADABLE], 1);	/* the dangling link */
	CHECK_INT(c.skipped[SKIP_MISSING], 0);
	corpus_add_path(&c, tmpdir);	/* the same folder again adds nothing */
	CHECK_INT(c.n, 1);
	corpus_free(&c);
}

static int skip_calls;
static enum corpus_skip last_reason;

static void
on_skip(void *ud, const char *path, enum corpus_skip reason, const char *detail)
{
	(void)ud, (void)path;
	CHECK(detail != NULL);
	skip_calls++;
	last_reason = reason;
}

/* Files listed by the walk, then changed before they are read (the read is deferred and
 * parallel, as at launch): gone, turned into a folder, grown over the cap, emptied. */
static void
test_changed_between_scan_and_read(void)
{
	struct corpus c;
	char big[200];
	size_t i;
	bool seen_grow = false;

	fresh_tmpdir();
	put("stays.txt", "Stays\n\nText.\n", 13);
	put("gone.txt", "Gone\n\nText.\n", 12);
	put("dir.txt", "Dir\n\nText.\n", 11);
	put("grows.txt", "Grows\n\nText.\n", 13);
	put("empties.txt", "Empties\n\nText.\n", 15);
	corpus_init(&c);
	c.defer = true;
	c.max_file_size = 100;
	CHECK_INT(corpus_add_path(&c, tmpdir), 0);
	CHECK_INT(c.npending, 5);
	CHECK(unlink(tmp("gone.txt")) == 0);
	CHECK(unlink(tmp("dir.txt")) == 0 && mkdir(tmp("dir.txt"), 0755) == 0);
	memset(big, 'x', sizeof big);
	put("grows.txt", big, sizeof big);
	put("empties.txt", "", 0);
	corpus_load_pending(&c, 2, NULL);
	c.defer = false;
	corpus_finish(&c);
	CHECK_INT(c.n, 2);	/* stays.txt, and empties.txt as an empty article */
	for (i = 0; i < c.n; i++)
		seen_grow |= strstr(c.arts[i]->path, "grows") != NULL;
	CHECK(!seen_grow);
	CHECK_INT(c.skipped[SKIP_TOO_LARGE], 1);
	CHECK_INT(c.skipped[SKIP_MISSING] + c.skipped[SKIP_UNREADABLE], 2);
	corpus_free(&c);
}

/* The paths skipped, in the order they were reported (test_many_files_in_order()). */
static void
test_missing_large_fifo(void)
{
	struct corpus c;
	char big[100];

	fresh_tmpdir();
	corpus_init(&c);
	c.on_skip = on_skip;
	skip_calls = 0;
	CHECK_INT(corpus_add_path(&c, tmp("no-such-file.txt")), -1);
	CHECK_INT(c.skipped[SKIP_MISSING], 1);
	CHECK_INT(last_reason, SKIP_MISSING);
	memset(big, 'x', sizeof big);
	put("big.txt", big, sizeof big);
	c.max_file_size = 10;
	CHECK_INT(corpus_add_path(&c, tmp("big.txt")), 0);
	CHECK_INT(c.skipped[SKIP_TOO_LARGE], 1);
	CHECK(mkfifo(tmp("pipe"), 0600) == 0);
	/* A FIFO in a folder is never opened, and named like any skipped file. */
	corpus_add_path(&c, tmpdir);
	CHECK_INT(c.skipped[SKIP_TOO_LARGE], 2);	/* big.txt once more */
	CHECK_INT(c.skipped[SKIP_UNREADABLE], 1);
	CHECK_INT(last_reason, SKIP_UNREADABLE);
	CHECK_INT(corpus_add_path(&c, tmp("pipe")), -1);	/* named: does not block */
	CHECK_INT(c.skipped[SKIP_UNREADABLE], 2);
	CHECK_INT(c.n, 0);
	CHECK_INT(skip_calls, 5);
	CHECK_INT(corpus_skipped_total(&c), 5);
	CHECK_STR(corpus_skip_name(SKIP_BINARY), "binary");
	corpus_free(&c);
}

static void
test_utf16_file(void)
{
	static const char le[] = "\xFF\xFE" "H\0\xE9\0l\0l\0o\0\n\0w\0o\0r\0l\0d\0\n\0";
	struct corpus c;

	fresh_tmpdir();
	put("u16.txt", le, sizeof le - 1);
	put("u16-nobom.txt", le + 2, sizeof le - 3);	/* without BOM: NULs, binary */
	corpus_init(&c);
	corpus_add_path(&c, tmpdir);
	CHECK_INT(c.n, 1);
	CHECK_INT(c.skipped[SKIP_BINARY], 1);
	if (c.n == 1) {
		CHECK_STR(c.arts[0]->text, "H\xC3\xA9llo\nworld\n");
		CHECK_STR(c.arts[0]->title, "H\xC3\xA9llo");
		CHECK_INT(c.arts[0]->nlines, 2);
	}
	corpus_free(&c);
}

/* corpus_parse_date(s) gives y-m-d and matches n bytes. */
static int
date_is(const char *s, int y, int m, int d, size_t n)
{
	int yy = 0, mm = 0, dd = 0;
	size_t k = corpus_parse_date(s, strlen(s), &yy, &mm, &dd);

	if (k != n || (n && (yy != y || mm != m || dd != d))) {
		printf("#   parse_date(\"%s\") = %zu %d-%d-%d\n", s, k, yy, mm, dd);
		return 0;
	}
	return 1;
}

static void
test_parse_date_forms(void)
{
	CHECK(date_is("21 January 2026", 2026, 1, 21, 15));
	CHECK(date_is("2026-01-27 The developments", 2026, 1, 27, 10));
	CHECK(date_is("Friday, December 19, 2025", 2025, 12, 19, 25));
	CHECK(date_is("February 4, 2026", 2026, 2, 4, 16));
	CHECK(date_is("Jan. 3, 2026,", 2026, 1, 3, 12));
	CHECK(date_is("Sept. 12, 2025", 2025, 9, 12, 14));
	CHECK(date_is("21 Jan 2026", 2026, 1, 21, 11));
	CHECK(date_is("3rd March 2024", 2024, 3, 3, 14));
	CHECK(date_is("March 3rd, 2024", 2024, 3, 3, 15));
	CHECK(date_is("december 1 2025", 2025, 12, 1, 15));
	CHECK(date_is("2026/01/27", 2026, 1, 27, 10));
	CHECK(date_is("27.01.2026", 2026, 1, 27, 10));
	CHECK(date_is("Fri 19 Dec 2025", 2025, 12, 19, 15));
	CHECK(date_is("29 February 2024", 2024, 2, 29, 16));
	/* the wire's own (Reuters-21578: "3-MAR-1987" on its line; was a file date) */
	CHECK(date_is("3-MAR-1987", 1987, 3, 3, 10));
	CHECK(date_is("20-OCT-1987\n", 1987, 10, 20, 11));
	CHECK(date_is("12-May-2020 ", 2020, 5, 12, 11));
}

static void
test_parse_date_invalid(void)
{
	int y, m, d;
	size_t lead;

	CHECK(date_is("February 30, 2026", 0, 0, 0, 0));
	CHECK(date_is("2026-02-30", 0, 0, 0, 0));
	CHECK(date_is("31 April 2026", 0, 0, 0, 0));
	CHECK(date_is("29 February 2025", 0, 0, 0, 0));
	CHECK(date_is("2026-13-01", 0, 0, 0, 0));
	CHECK(date_is("27/01/2026", 0, 0, 0, 0));	/* ambiguous */
	CHECK(date_is("May 2026", 0, 0, 0, 0));
	CHECK(date_is("January 3", 0, 0, 0, 0));	/* no year */
	CHECK(date_is("2026-01-275", 0, 0, 0, 0));
	CHECK(date_is("Friday", 0, 0, 0, 0));
	CHECK(date_is("Marching 3, 2026", 0, 0, 0, 0));
	CHECK(date_is("", 0, 0, 0, 0));
	/* the extractor's variant: no year, weekday reported apart */
	CHECK_INT(corpus_parse_date_ex("Jan. 3, which", 13, true, &y, &m, &d, &lead), 6);
	CHECK(y == 0 && m == 1 && d == 3);
	CHECK_INT(corpus_parse_date_ex("Friday, December 19, 2025", 25, false, &y, &m, &d, &lead), 25);
	CHECK_INT(lead, 8);
	CHECK_INT(corpus_parse_date_ex("February 30", 11, true, &y, &m, &d, NULL), 0);
}

static void
test_title_rules(void)
{
	struct article *a;

	a = parse("x/a.txt", "\n\n  \n- World\n[ad_1]\nJanuary 5, 2026\nThe  real\theadline\n\nBody.\n");
	CHECK_STR(a->title, "The real headline");
	CHECK_STR(a->date, "2026-01-05");
	article_free(a);
	a = parse("x/p.txt", "Headline\nThe report, published on March 3, 2025, said\n"
		  "Posted: 4 March 2025\n");
	CHECK_STR(a->date, "2025-03-04");	/* a "Posted:" label beats a date in the text */
	CHECK(a->lines[2].flags & LINE_DATELINE);
	CHECK(!(a->lines[1].flags & LINE_DATELINE));
	article_free(a);
	a = parse("x/b.txt", "Updated: 2026-01-27 | Putin meets Xi\nBody.\n");
	CHECK_STR(a->title, "Putin meets Xi");
	article_free(a);
	a = parse("dir/only-ads.md", "[ad_1]\n\nSource link\n");
	CHECK_STR(a->title, "only-ads");
	article_free(a);
	a = parse("x/c.txt", "First sentence is short. But the paragraph goes on and on and on and on "
		  "and on and on and on and on and on and on and on and on and on and on and on.\n");
	CHECK_STR(a->title, "First sentence is short.");
	article_free(a);
	a = parse("x/d.txt", "Bad \xFF byte and \xE2\x80\xAE bidi\n");
	CHECK_STR(a->title, "Bad \xEF\xBF\xBD byte and \xEF\xBF\xBD bidi");
	article_free(a);
	/* a name and a short line after it are a title and its subtitle, not a label and a
	 * headline: the Factbook's profiles were all titled "INTRODUCTION" */
	a = parse("x/ag.txt", "Algeria\n\nThe World Factbook\n\n\nINTRODUCTION\n\n"
		  "Background: Algeria has known many empires and dynasties, including the ancient "
		  "Numidians, Phoenicians, Carthaginians, Romans, Vandals and Byzantines, over a dozen "
		  "different dynasties, Spaniards, and Ottoman Turks.\n");
	CHECK_STR(a->title, "Algeria");
	article_free(a);
}

static void
test_source_rules(void)
{
	static const struct { const char *text, *source; } cases[] = {
		{ "Headline\nBy Reuters\nBody.\n", "Reuters" },
		{ "Headline\nSource: Xinhua | 2026-01-01\nBody.\n", "Xinhua" },
		{ "Headline\nMOSCOW (AP) \xE2\x80\x94 Russia said on Monday.\n", "AP" },
		{ "Headline\n- The Moscow Times\nBody.\n", "The Moscow Times" },
		{ "Headline\nBy John Smith\nBreaking News\nBody.\n", "desk" },
		{ "Headline\nBy Ann Lee and Bo Li, Reuters - 5 min read\nBody.\n", "Reuters" },
		{ "Headline\nAP photo of the day.\n", "desk" },
	};
	struct article *a;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		a = parse("news/desk/x.txt", cases[i].text);
		CHECK_STR(a->source, cases[i].source);
		article_free(a);
	}
}

static void
test_boilerplate_rules(void)
{
	struct article *a = parse("x/a.txt", "Headline\nHome \xC2\xBB World \xC2\xBB Europe\n"
				  "Share this:\nClick to share on Twitter (Opens in new window)\n"
				  "  Tweet  \n[ad_12]\nShare on Facebook\nText that stays.\n"
				  "Most popular stories of the year were about share prices.\n");
	size_t l;

	CHECK_INT(a->nlines, 9);
	for (l = 1; l <= 6; l++)
		CHECK(a->lines[l].flags & LINE_BOILERPLATE);
	CHECK(!(a->lines[7].flags & LINE_BOILERPLATE));
	CHECK(!(a->lines[8].flags & LINE_BOILERPLATE));
	CHECK_INT(a->paragraphs, 3);
	CHECK_INT(article_words(a), 1 + 3 + 10);
	article_free(a);
}

static void
test_finish_sorts(void)
{
	struct corpus c;

	fresh_tmpdir();
	put("b.txt", "B\n", 2);
	put("a.txt", "A\n", 2);
	put("c.txt", "C\n", 2);
	corpus_init(&c);
	corpus_add_path(&c, tmp("c.txt"));
	corpus_add_path(&c, tmp("a.txt"));
	corpus_add_path(&c, tmp("b.txt"));
	corpus_finish(&c);
	CHECK_INT(c.n, 3);
	CHECK_STR(c.arts[0]->title, "A");
	CHECK_STR(c.arts[2]->title, "C");
	CHECK_INT(c.arts[2]->id, 2);
	corpus_free(&c);
}

static void
test_huge_line(void)
{
	size_t n = 4u << 20, i;
	char *s = xmalloc(n + 1);
	struct article *a;

	for (i = 0; i < n; i++)
		s[i] = i % 7 == 6 ? ' ' : 'w';
	s[n] = '\0';
	a = article_parse("x/huge.txt", s, n, 0);
	CHECK_INT(a->nlines, 1);
	CHECK(text_width(a->title, strlen(a->title)) <= 110);
	CHECK_INT(article_words(a), (n + 6) / 7);
	article_free(a);
}

/* A text takes its own size in memory, not twice it (reading to the end once doubled
 * the buffer of every file). */
static void
test_text_buffer_size(void)
{
	static const size_t sizes[] = { 1, 4095, 4096, 5000, 100000 };
	struct corpus c;
	size_t i;

	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		char *s = xmalloc(sizes[i]), name[32];

		memset(s, 'w', sizes[i]);
		fresh_tmpdir();
		snprintf(name, sizeof name, "a%zu.txt", sizes[i]);
		put(name, s, sizes[i]);
		free(s);
		corpus_init(&c);
		CHECK_INT(corpus_add_path(&c, tmpdir), 0);
		corpus_finish(&c);
		CHECK_INT(c.n, 1);
		if (c.n) {
			CHECK_INT(c.arts[0]->len, sizes[i]);
			CHECK(malloc_usable_size(c.arts[0]->text) < sizes[i] + 64);
		}
		corpus_free(&c);
	}
}

/* abs_path_in() gives what abs_path() (realpath) gives, a folder resolved once: a plain
 * file, a symlinked file (its target), a file under a symlinked folder, "..", a file of
 * the root, a name without a folder, a missing file; several files of one folder. */
static void
test_abs_path_in(void)
{
	const char *cases[] = { "a/x.txt", "a/link.txt", "b/x.txt", "a/../a/x.txt",
				"a//x.txt", "a/y.txt", "/etc/hostname", "/", "x.txt", "a/missing.txt",
				"a/x.txt", NULL };
	struct abs_dir d = { NULL, NULL };
	char cwd[1024], *want, *got;
	size_t i;

	fresh_tmpdir();
	CHECK(getcwd(cwd, sizeof cwd) != NULL);
	CHECK(chdir(tmpdir) == 0);
	CHECK(mkdir("a", 0700) == 0);
	put("a/x.txt", "x", 1);
	put("a/y.txt", "y", 1);
	put("x.txt", "z", 1);
	CHECK(symlink("y.txt", "a/link.txt") == 0);
	CHECK(symlink("a", "b") == 0);
	for (i = 0; cases[i]; i++) {
		want = abs_path(cases[i]);
		got = abs_path_in(cases[i], &d);
		if (strcmp(want, got) != 0)
			printf("#   %s: %s, not %s\n", cases[i], got, want);
		CHECK_STR(got, want);
		free(want);
		free(got);
	}
	abs_dir_free(&d);
	CHECK(chdir(cwd) == 0);
}

int
main(void)
{
	RUN(test_seed_000);
	RUN(test_seed_001);
	RUN(test_seed_002);
	RUN(test_seed_003);
	RUN(test_seed_004);
	RUN(test_seed_004_boilerplate);
	RUN(test_seed_folder);
	RUN(test_crlf_bom);
	RUN(test_lines_without_final_newline);
	RUN(test_empty_file);
	RUN(test_binary_skip);
	RUN(test_binary_limits);
	RUN(test_hidden_and_extensions);
	RUN(test_symlink_loop);
	RUN(test_missing_large_fifo);
	RUN(test_changed_between_scan_and_read);
	RUN(test_text_buffer_size);
	RUN(test_utf16_file);
	RUN(test_parse_date_forms);
	RUN(test_parse_date_invalid);
	RUN(test_title_rules);
	RUN(test_source_rules);
	RUN(test_boilerplate_rules);
	RUN(test_finish_sorts);
	RUN(test_huge_line);
	RUN(test_abs_path_in);
	if (tmpdir[0])
		nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	return TAP_END();
}
