/* test_corpus_text.c -- articles' texts packed in slabs, held, let go and read again. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "tap.h"

static void
die(const char *msg)
{
	fprintf(stderr, "%s\n", msg);
	exit(2);
}

#include "tmpdir_fixture.h"

#define NFILES 40

/* File i's text: a title, a date, a paragraph that names it. */
static const char *
text_of(int i)
{
	static char buf[512];

	snprintf(buf, sizeof buf, "Report number %d on the harbour\n\nPublished 3 March 2026\n\n"
		 "The harbour master said that ship %d came in late, and the crew of %d went"
		 " ashore at noon.\n", i, i, i);
	return buf;
}

/* A corpus of NFILES files, read as a launch reads them (the loading threads). */
static void
load(struct corpus *c)
{
	char name[32];
	int i;

	fresh_tmpdir();
	for (i = 0; i < NFILES; i++) {
		snprintf(name, sizeof name, "r%02d.txt", i);
		put(name, text_of(i), strlen(text_of(i)));
	}
	put("z-empty.txt", "", 0);	/* (no lines: nothing of it in a slab) */
	corpus_init(c);
	c->defer = true;
	if (corpus_add_path(c, tmpdir) != 0)
		die("corpus_add_path failed");
	corpus_load_pending(c, 4, NULL);
	c->defer = false;
	corpus_finish(c);
	if (c->n != NFILES + 1)
		die("not every file was read");
}

/* The number in the file name of article a ("r07.txt": 7). */
static int
number(const struct article *a)
{
	const char *p = strrchr(a->path, '/');

	return atoi(p ? p + 2 : a->path + 1);
}

/* The loading threads pack texts and lines in slabs; they read as the files do, and a
 * corpus with them is freed whole (ASan and the leak checker see the rest). */
static void
test_packed(void)
{
	struct corpus c;
	size_t i;

	load(&c);
	for (i = 0; i < c.n; i++) {
		const struct article *a = c.arts[i];

		if (a->len == 0) {
			CHECK(a->lines == NULL);
			continue;
		}
		CHECK(a->slab != NULL);
		CHECK_STR(a->text, text_of(number(a)));
		CHECK(a->nlines >= 5);
		CHECK_INT(a->lines[a->nlines - 1].end, a->len - 1);
	}
	corpus_free(&c);
}

struct seen {
	size_t calls, with_text;
};

static struct corpus *each_c;

static void
each(void *ud, size_t i)
{
	struct seen *s = ud;

	s->calls++;
	s->with_text += each_c->arts[i]->text_ready && each_c->arts[i]->text != NULL;
}

/* A text goes once both readers are done with it, not before; reader 0's calls run the
 * hook with the text there. An article read again has the same text and lines; one kept
 * (article_load()) or held never goes. */
static void
test_let_go(void)
{
	struct corpus c;
	struct seen s = { 0, 0 };
	struct text_holds *h;
	const struct article *a;
	uint32_t words;
	size_t nlines;

	load(&c);
	each_c = &c;
	a = c.arts[3];
	words = article_words(a);
	nlines = a->nlines;
	CHECK_INT(article_let_go(a), 0);	/* not loose: no build lets it go */
	h = text_holds_new(&c, TEXT_READERS, TEXT_READER_FTS, TEXT_READERS, each, &s);
	text_holds_done(h, 3, TEXT_READER_EXTRACT);
	CHECK(a->text_ready && a->text != NULL);
	text_holds_done(h, 3, TEXT_READER_FTS);
	CHECK_INT(s.calls, 1);
	CHECK_INT(s.with_text, 1);
	CHECK(!a->text_ready && a->text == NULL && a->lines == NULL);
	CHECK_INT(article_words(a), words);	/* read again for the count, and let go */
	CHECK(!a->text_ready);
	article_hold(a);
	CHECK_STR(a->text, text_of(number(a)));
	CHECK_INT(a->nlines, nlines);
	CHECK_INT(article_let_go(a), 0);	/* held */
	article_release(a);
	CHECK(!a->text_ready);		/* the last hold let it go */
	article_load(a);
	CHECK_STR(a->text, text_of(number(a)));
	article_hold(a);
	article_release(a);
	CHECK_INT(article_let_go(a), 0);	/* kept */
	CHECK(a->text_ready);
	/* Article 4 is kept before its readers are done: it stays. */
	article_load(c.arts[4]);
	text_holds_done(h, 4, TEXT_READER_FTS);
	text_holds_done(h, 4, TEXT_READER_EXTRACT);
	CHECK(c.arts[4]->text_ready);
	text_holds_free(h);
	corpus_free(&c);
}

/* With the full text's reader lagging, a text goes when the extraction is done with it;
 * the full text reads it again between enter and leave, and while it holds one the
 * extraction's end does not take it away. One the full text read first stays for the
 * extraction. */
static void
test_lagging(void)
{
	struct corpus c;
	struct text_holds *h;
	const struct article *a, *b, *d;

	load(&c);
	a = c.arts[1];
	b = c.arts[2];
	d = c.arts[5];
	h = text_holds_new(&c, TEXT_READERS, TEXT_READER_EXTRACT, TEXT_READER_FTS, NULL, NULL);
	/* a: the extraction first; the full text reads it again, then it goes */
	text_holds_done(h, 1, TEXT_READER_EXTRACT);
	CHECK(!a->text_ready && a->text == NULL);
	text_holds_enter(h, 1);
	CHECK(a->text_ready);
	CHECK_STR(a->text, text_of(number(a)));
	text_holds_leave(h, 1);
	CHECK(!a->text_ready && a->text == NULL);
	/* b: the full text holds it while the extraction ends */
	text_holds_enter(h, 2);
	text_holds_done(h, 2, TEXT_READER_EXTRACT);
	CHECK(b->text_ready);
	CHECK_STR(b->text, text_of(number(b)));
	text_holds_leave(h, 2);
	CHECK(!b->text_ready);
	/* d: the full text first; it stays for the extraction, then goes */
	text_holds_enter(h, 5);
	text_holds_leave(h, 5);
	CHECK(d->text_ready);
	CHECK_STR(d->text, text_of(number(d)));
	text_holds_done(h, 5, TEXT_READER_EXTRACT);
	CHECK(!d->text_ready);
	text_holds_free(h);
	corpus_free(&c);
}

/* A file changed after its text went: reading it again gives a text of the same length
 * saying so (the index's offsets stay inside it), never the new bytes. */
static void
test_changed(void)
{
	struct corpus c;
	struct text_holds *h;
	const struct article *a;
	char *was;

	load(&c);
	a = c.arts[0];
	was = strdup(a->text);
	h = text_holds_new(&c, TEXT_READERS, TEXT_READER_FTS, TEXT_READERS, NULL, NULL);
	text_holds_done(h, 0, TEXT_READER_FTS);
	text_holds_done(h, 0, TEXT_READER_EXTRACT);
	text_holds_free(h);
	CHECK(!a->text_ready);
	put(strrchr(a->path, '/') + 1, "Something else entirely\n", 24);
	article_load(a);
	CHECK(a->text_ready);
	CHECK_INT(strlen(a->text), strlen(was));
	CHECK(strstr(a->text, "changed after it was indexed") != NULL);
	free(was);
	corpus_free(&c);
}

int
main(void)
{
	RUN(test_packed);
	RUN(test_let_go);
	RUN(test_lagging);
	RUN(test_changed);
	return TAP_END();
}
