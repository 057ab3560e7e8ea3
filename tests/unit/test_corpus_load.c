/* test_corpus_load.c -- reading a walked corpus on several threads: order, skips, a watcher. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "tap.h"
#include "tmpdir_fixture.h"

static struct sbuf skip_order;

static void
on_skip_order(void *ud, const char *path, enum corpus_skip reason, const char *detail)
{
	(void)ud, (void)detail;
	sb_printf(&skip_order, "%d %s\n", (int)reason, path);
}

/* Enough files to be read on more threads than cores (as when they are on disk, not in the
 * page cache: DOSSIER_TEST_MANY_READERS says they are): the articles and the skips come in
 * path order all the same, as a load of one file after another gives them. */
static void
test_many_files_in_order(void)
{
	struct corpus one, many;
	char name[32], text[64], *skips_one;
	size_t i;

	fresh_tmpdir();
	for (i = 0; i < 600; i++) {
		snprintf(name, sizeof name, "f%03zu.txt", (i * 7919) % 600);
		if (i % 97 == 0) {
			put(name, "bin\0\0\0ary", 9);	/* skipped as binary */
		} else {
			int n = snprintf(text, sizeof text, "Title %zu\n\nBody of %zu.\n", i, i);

			put(name, text, (size_t)n);
		}
	}
	corpus_init(&one);
	one.on_skip = on_skip_order;
	CHECK_INT(corpus_add_path(&one, tmpdir), 0);
	corpus_finish(&one);
	skips_one = xstrdup(sb_cstr(&skip_order));
	sb_free(&skip_order);
	corpus_init(&many);
	many.on_skip = on_skip_order;
	many.defer = true;
	CHECK_INT(corpus_add_path(&many, tmpdir), 0);
	CHECK_INT(many.npending, 600);
	setenv("DOSSIER_TEST_MANY_READERS", "1", 1);
	corpus_load_pending(&many, 2, NULL);
	unsetenv("DOSSIER_TEST_MANY_READERS");
	many.defer = false;
	corpus_finish(&many);
	CHECK_INT(many.nread, 600);
	CHECK_INT(many.n, one.n);
	CHECK_INT(one.n, 600 - 7);
	for (i = 0; i < one.n && i < many.n; i++) {
		CHECK_STR(many.arts[i]->path, one.arts[i]->path);
		CHECK_STR(many.arts[i]->title, one.arts[i]->title);
		CHECK_STR(many.arts[i]->hash, one.arts[i]->hash);
	}
	CHECK_STR(sb_cstr(&skip_order), skips_one);
	CHECK_INT(many.skipped[SKIP_BINARY], 7);
	sb_free(&skip_order);
	free(skips_one);
	corpus_free(&one);
	corpus_free(&many);
}

static volatile size_t hold_seen;	/* files the watcher saw read */

/* test_watched_load: the held reading goes on once the watcher saw half the files read. */
static void *
unhold_later(void *ud)
{
	struct timespec t = { 0, 20000000L };
	int i;

	(void)ud;
	for (i = 0; i < 500 && hold_seen < 150; i++)
		nanosleep(&t, NULL);
	unlink(tmp("hold"));
	return NULL;
}

/* A watcher of the reading (the loading screen's view): called until every file is read,
 * with counts that only grow, and each file's article once it is parsed; the corpus it
 * leaves is the one an unwatched load gives. */
struct watched {
	size_t calls, last_done, total, titled, bad;
	char first_path[512];
	char bad_title[128];
};

static void
watch_wait(void *ud, const struct corpus_loading *l)
{
	struct watched *w = ud;
	size_t i, done = corpus_loading_done(l);
	const struct article *a;

	w->calls++;
	w->total = corpus_loading_total(l);
	if (done < w->last_done || done > w->total)
		w->bad++;
	w->last_done = done;
	hold_seen = done;
	snprintf(w->first_path, sizeof w->first_path, "%s", corpus_loading_path(l, 0));
	for (i = 0; i < w->total; i++)
		if ((a = corpus_loading_article(l, i)) != NULL) {
			if (!a->title || !a->title[0] || strcmp(a->path, corpus_loading_path(l, i))) {
				snprintf(w->bad_title, sizeof w->bad_title, "%s", a->title);
				w->bad++;
			}
			w->titled++;
		}
	if (corpus_loading_path(l, w->total) != NULL || corpus_loading_article(l, w->total))
		w->bad++;
}

static void
test_watched_load(void)
{
	struct watched w = { 0 };
	struct corpus_watch cw = { watch_wait, &w };
	struct corpus plain, seen;
	char name[32], text[64];
	size_t i;

	fresh_tmpdir();
	for (i = 0; i < 300; i++) {
		int n = snprintf(text, sizeof text, "Title %zu\n\nBody of %zu.\n", i, i);

		snprintf(name, sizeof name, "f%03zu.txt", i);
		put(name, text, (size_t)n);
	}
	corpus_init(&plain);
	plain.defer = true;
	CHECK_INT(corpus_add_path(&plain, tmpdir), 0);
	corpus_load_pending(&plain, 2, NULL);
	plain.defer = false;
	corpus_finish(&plain);
	corpus_init(&seen);
	seen.defer = true;
	seen.watch = &cw;
	CHECK_INT(corpus_add_path(&seen, tmpdir), 0);
	/* Held at file 150 until the watcher has seen the half: it is called meanwhile. */
	put("hold", "", 0);
	setenv("DOSSIER_TEST_HOLD_LOAD", tmp("hold"), 1);
	setenv("DOSSIER_TEST_HOLD_FROM", "150", 1);
	{
		pthread_t th;

		CHECK(pthread_create(&th, NULL, unhold_later, NULL) == 0);
		corpus_load_pending(&seen, 2, NULL);
		pthread_join(th, NULL);
	}
	unsetenv("DOSSIER_TEST_HOLD_LOAD");
	unsetenv("DOSSIER_TEST_HOLD_FROM");
	seen.defer = false;
	corpus_finish(&seen);
	CHECK(w.calls > 0);
	CHECK_INT(w.bad, 0);
	CHECK_STR(w.bad_title, "");
	CHECK_INT(w.total, 300);
	CHECK(w.titled > 0);
	CHECK(strstr(w.first_path, "f000.txt") != NULL);
	CHECK_INT(seen.n, plain.n);
	for (i = 0; i < seen.n && i < plain.n; i++) {
		CHECK_STR(seen.arts[i]->path, plain.arts[i]->path);
		CHECK_STR(seen.arts[i]->title, plain.arts[i]->title);
		CHECK_STR(seen.arts[i]->hash, plain.arts[i]->hash);
	}
	corpus_free(&plain);
	corpus_free(&seen);
}

/* A walk that does not stat the files readdir() calls regular (walk_fast) finds what a
 * walk that does finds: the same articles in the same order, a hard link and a symlink to
 * a file skipped as seen, a FIFO named like an article skipped, other names ignored; the
 * files' stats wait for their reading (size -1 while pending). */
static void
load_walked(struct corpus *c, bool fast, long *pending_size)
{
	corpus_init(c);
	c->on_skip = on_skip_order;
	c->defer = true;
	c->walk_fast = fast;
	CHECK_INT(corpus_add_path(c, tmpdir), 0);
	*pending_size = c->npending ? (long)c->pstat[0].size : 0;
	corpus_load_pending(c, 2, NULL);
	c->defer = c->walk_fast = false;
	corpus_finish(c);
}

static void
test_walk_fast(void)
{
	struct corpus slow, fast;
	char *skips_slow;
	long size_slow, size_fast;
	size_t i;

	fresh_tmpdir();
	put("a.txt", "Alpha\n\nThe first.\n", strlen("Alpha\n\nThe first.\n"));
	{
		char a[512];

		snprintf(a, sizeof a, "%s", tmp("a.txt"));	/* (tmp() has one buffer) */
		CHECK(link(a, tmp("b.txt")) == 0);		/* a hard link */
	}
	CHECK(symlink("a.txt", tmp("c.txt")) == 0);		/* a symlink to it */
	CHECK(mkfifo(tmp("f.txt"), 0600) == 0);			/* never opened */
	put("notes.pdf", "%PDF", 4);				/* not an article's name */
	CHECK(mkdir(tmp("sub"), 0755) == 0);
	put("sub/d.md", "Delta\n\nThe second.\n", strlen("Delta\n\nThe second.\n"));
	load_walked(&slow, false, &size_slow);
	skips_slow = xstrdup(sb_cstr(&skip_order));
	sb_free(&skip_order);
	load_walked(&fast, true, &size_fast);
	CHECK(size_slow > 0);
	CHECK_INT(size_fast, -1);
	CHECK_INT(fast.n, slow.n);
	CHECK_INT(slow.n, 2);
	for (i = 0; i < slow.n && i < fast.n; i++) {
		CHECK_STR(fast.arts[i]->path, slow.arts[i]->path);
		CHECK_STR(fast.arts[i]->title, slow.arts[i]->title);
		CHECK(fast.arts[i]->st.size == slow.arts[i]->st.size);
		CHECK(fast.arts[i]->st.mtime_ns == slow.arts[i]->st.mtime_ns);
	}
	CHECK_STR(sb_cstr(&skip_order), skips_slow);
	CHECK_INT(fast.skipped[SKIP_LOOP], 2);
	CHECK_INT(fast.skipped[SKIP_UNREADABLE], 1);
	sb_free(&skip_order);
	free(skips_slow);
	corpus_free(&slow);
	corpus_free(&fast);
}

int
main(void)
{
	RUN(test_many_files_in_order);
	RUN(test_watched_load);
	RUN(test_walk_fast);
	if (tmpdir[0])
		nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	return TAP_END();
}
