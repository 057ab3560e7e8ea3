/* test_watch.c -- unit tests of the live folder's watcher: bursts coalesced, changes told apart. MIT licence. */
#include "config.h"

#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "dossier/corpus.h"
#include "dossier/watch.h"
#include "state_fixture.h"
#include "watch_int.h"

static char dir[600];

static const char *
at(const char *name)
{
	static char buf[8][700];
	static int k;
	char *p = buf[k++ % 8];

	snprintf(p, 700, "%s/%s", dir, name);
	return p;
}

static void
write_text(const char *name, const char *text)
{
	spit(at(name), text, strlen(text));
}

/* A fresh folder under the scratch one. */
static void
new_dir(const char *stem)
{
	static int n;

	snprintf(dir, sizeof dir, "%s/%s-%d", base, stem, n++);
	CHECK(mkdir(dir, 0755) == 0);
}

/* The corpus's view of a file, for what the watcher starts from. */
static void
know(struct watch_core *k, const char *name)
{
	char why[128];
	struct corpus c;
	struct article *a;

	corpus_init(&c);
	a = corpus_read_file(&c, at(name), why, sizeof why);
	CHECK(a != NULL);
	if (a)
		watch_core_know(k, a->path, a->hash, a->mtime);
	article_free(a);
}

static const char *
kind_name(enum watch_kind k)
{
	return k == WATCH_ADDED ? "added" : k == WATCH_CHANGED ? "changed" :
	       k == WATCH_MOVED ? "moved" : "removed";
}

/* The changes as "kind name[<from]" lines, names relative to dir. */
static char *
describe(const struct watch_change *v, size_t n)
{
	struct sbuf b = {0};
	size_t i, dl = strlen(dir) + 1;

	for (i = 0; i < n; i++) {
		sb_printf(&b, "%s %s", kind_name(v[i].kind), v[i].path + dl);
		if (v[i].from)
			sb_printf(&b, "<%s", v[i].from + dl);
		sb_addc(&b, ';');
	}
	return b.data ? b.data : xstrdup("");
}

/* A thousand events on three files in a burst: three paths to look at, once the burst
 * is quiet; a stream that never pauses is still cut at WATCH_MAX_AGE. */
static void
test_coalesce_burst(void)
{
	struct watch_core k;
	int i;

	watch_core_init(&k, 0);
	CHECK(!watch_core_ready(&k, 0));
	CHECK(watch_core_wait(&k, 0) < 0);
	for (i = 0; i < 1000; i++)
		watch_core_dirty(&k, i % 3 ? (i % 3 == 1 ? "a.txt" : "b.txt") : "c.txt",
				 10.0 + i * 0.00005);
	CHECK_INT(k.ndirty, 3);
	CHECK(!watch_core_ready(&k, 10.05 + 0.05));	/* 0.05 s after the last */
	CHECK(watch_core_ready(&k, 10.05 + WATCH_QUIET + 0.01));
	CHECK(watch_core_wait(&k, 10.06) > 0.05 && watch_core_wait(&k, 10.06) <= WATCH_QUIET);
	watch_core_free(&k);

	watch_core_init(&k, 0);
	for (i = 0; i <= 10; i++) {
		watch_core_dirty(&k, "busy.txt", 20.0 + i * 0.05);
		CHECK(watch_core_ready(&k, 20.0 + i * 0.05) == (i * 0.05 >= WATCH_MAX_AGE - 1e-9));
	}
	CHECK_INT(k.ndirty, 1);
	watch_core_free(&k);
}

/* A deleted folder makes every known file under it (and only there) dirty. */
static void
test_dirty_under(void)
{
	struct watch_core k;

	watch_core_init(&k, 0);
	watch_core_know(&k, "news/x/1.txt", "h1", 0);
	watch_core_know(&k, "news/x/2.txt", "h2", 0);
	watch_core_know(&k, "news/xy.txt", "h3", 0);
	watch_core_know(&k, "news/y.txt", "h4", 0);
	watch_core_dirty_under(&k, "news/x/", 1);
	CHECK_INT(k.ndirty, 2);
	watch_core_free(&k);
	{
		const char *dirs[3] = { "a/", "/", "a//" }, *want[3] = { "a/b", "/b", "a/b" };
		int i;

		for (i = 0; i < 3; i++) {
			char *p = watch_join(dirs[i], "b");

			CHECK_STR(p, want[i]);
			free(p);
		}
	}
}

/* One burst looked at: added, changed, moved (same text elsewhere), removed; a file
 * touched, one made and deleted again, and binary data change nothing. */
static void
test_process_kinds(void)
{
	struct watch_core k;
	struct watch_change *v;
	size_t n;
	char *d;
	const char *names[] = { "c.txt", "d.txt", "f.txt", "g.txt" };
	size_t i;

	new_dir("kinds");
	write_text("c.txt", "Gone tomorrow\n\nThe city council met.\n");
	write_text("d.txt", "Moving story\n\nThe harbour moved north.\n");
	write_text("f.txt", "Changing story\n\nFirst version.\n");
	write_text("g.txt", "Touched story\n\nSame words.\n");
	watch_core_init(&k, 0);
	for (i = 0; i < 4; i++)
		know(&k, names[i]);
	write_text("b.txt", "New story\n\nA new article arrived.\n");
	CHECK(unlink(at("c.txt")) == 0);
	CHECK(rename(at("d.txt"), at("e.txt")) == 0);
	write_text("f.txt", "Changing story\n\nSecond version.\n");
	write_text("g.txt", "Touched story\n\nSame words.\n");
	write_text("h.txt", "Short lived\n");
	CHECK(unlink(at("h.txt")) == 0);
	spit(at("i.txt"), "\0\1\2\3binary", 10);
	for (i = 0; i < 9; i++) {
		char name[8] = "b.txt";

		name[0] = (char)('b' + i);
		watch_core_dirty(&k, at(name), 1);
	}
	n = watch_core_process(&k, &v);
	d = describe(v, n);
	CHECK_STR(d, "added b.txt;removed c.txt;moved e.txt<d.txt;changed f.txt;");
	CHECK(n == 4 && v[0].a && !v[1].a && v[2].a && v[3].a);
	CHECK_INT(k.ndirty, 0);
	/* What is known follows: the moved file under its new name, the binary one known
	 * as no article (a later look finds nothing new). */
	watch_core_dirty(&k, at("e.txt"), 2);
	watch_core_dirty(&k, at("i.txt"), 2);
	free(d);
	watch_changes_free(v, n);
	n = watch_core_process(&k, &v);
	CHECK_INT(n, 0);
	watch_changes_free(v, n);
	CHECK_INT(watch_core_count(&k), 5);	/* b e f g (articles), i (binary) */
	watch_core_free(&k);
}

/* A walk: new and changed files and vanished ones are dirty; hidden files, other
 * extensions and a second path to a file (a hard link) are not; the corpus's mtime is
 * what a first walk compares with. */
static void
test_walk(void)
{
	struct watch_core k;
	const char *root;
	struct timeval tv[2] = { { 1700000000, 0 }, { 1700000000, 0 } };

	new_dir("walk");
	root = xstrdup(dir);
	write_text("same.txt", "Same\n\nUnchanged text.\n");
	write_text("edited.txt", "Edited\n\nOld text.\n");
	write_text("gone.txt", "Gone\n\nText.\n");
	watch_core_init(&k, 0);
	know(&k, "same.txt");
	know(&k, "edited.txt");
	know(&k, "gone.txt");
	write_text("edited.txt", "Edited\n\nNew text!\n");
	CHECK(utimes(at("edited.txt"), tv) == 0);
	CHECK(unlink(at("gone.txt")) == 0);
	write_text("new.txt", "New\n\nText.\n");
	write_text(".hidden.txt", "Hidden\n");
	write_text("photo.jpg", "not text");
	CHECK(link(at("same.txt"), at("zlink.txt")) == 0);
	CHECK(mkdir(at(".git"), 0755) == 0);
	write_text(".git/inside.txt", "Hidden folder\n");
	watch_scan(&k, &root, 1, 5, NULL, NULL);
	CHECK_INT(k.ndirty, 3);	/* edited, gone, new */
	CHECK(k.ndirty == 3 && strstr(k.dirty[0], "edited.txt") && strstr(k.dirty[1], "new.txt")
	      && strstr(k.dirty[2], "gone.txt"));
	watch_changes_free(NULL, 0);
	{
		struct watch_change *v;
		size_t n = watch_core_process(&k, &v);
		char *d = describe(v, n);

		CHECK_STR(d, "changed edited.txt;removed gone.txt;added new.txt;");
		free(d);
		watch_changes_free(v, n);
	}
	/* Walked again with nothing new: nothing to look at. */
	watch_scan(&k, &root, 1, 6, NULL, NULL);
	CHECK_INT(k.ndirty, 0);
	watch_core_free(&k);
	free((char *)root);
}

/* The thread, polling: a sync waits until a file made before it is a change to take. */
static struct watch_change *
sync_take(struct watch *w, size_t *n)
{
	struct watch_change *v;

	watch_sync(w);
	*n = watch_take(w, &v);
	return v;
}

static void
check_thread(enum watch_mode mode, size_t max_watches, const char *stem)
{
	struct watch_options opt = { mode, 0, max_watches, 0.2 };
	struct watch_known kn;
	struct watch_change *v;
	struct watch *w;
	const char *root;
	char why[128], *d, note[300];
	struct corpus c;
	struct article *a;
	int seen = 0;
	size_t n;

	new_dir(stem);
	root = xstrdup(dir);
	CHECK(mkdir(at("sub"), 0755) == 0);
	write_text("sub/old.txt", "Old story\n\nAlready there.\n");
	corpus_init(&c);
	a = corpus_read_file(&c, at("sub/old.txt"), why, sizeof why);
	kn = (struct watch_known){ a->path, a->hash, a->mtime };
	w = watch_start(&root, 1, &kn, 1, &opt);
	CHECK(w != NULL);
	article_free(a);
	if (!w)
		return;
	v = sync_take(w, &n);
	CHECK_INT(n, 0);	/* the first walk finds the corpus as it was */
	watch_changes_free(v, n);
	CHECK(mkdir(at("sub/deeper"), 0755) == 0);
	write_text("sub/deeper/new.txt", "New story\n\nJust arrived.\n");
	v = sync_take(w, &n);
	d = describe(v, n);
	CHECK_STR(d, "added sub/deeper/new.txt;");
	free(d);
	watch_changes_free(v, n);
	CHECK(rename(at("sub/deeper/new.txt"), at("moved.txt")) == 0);
	CHECK(unlink(at("sub/old.txt")) == 0);
	v = sync_take(w, &n);
	d = describe(v, n);
	CHECK_STR(d, "moved moved.txt<sub/deeper/new.txt;removed sub/old.txt;");
	free(d);
	watch_changes_free(v, n);
	CHECK(watch_mode_now(w) == (max_watches || mode == WATCH_POLL ? WATCH_POLL : WATCH_AUTO));
	CHECK(watch_take_note(w, &seen, note, sizeof note) == (max_watches != 0));
	if (max_watches)
		CHECK(strstr(note, "watch limit") != NULL);
	watch_stop(w);
	free((char *)root);
}

static void
test_thread_inotify(void)
{
	check_thread(WATCH_AUTO, 0, "inotify");
}

static void
test_thread_poll(void)
{
	check_thread(WATCH_POLL, 0, "poll");
}

/* Out of inotify watches (a limit of 1 folder, two to watch): polling, said once. */
static void
test_thread_fallback(void)
{
	check_thread(WATCH_AUTO, 1, "fallback");
}

/* A file given by path is watched by name in its folder: its neighbours do not count,
 * a save by rename does. */
static void
test_file_root(void)
{
	struct watch_options opt = { WATCH_AUTO, 0, 0, 0.2 };
	struct watch_change *v;
	struct watch *w;
	const char *root;
	size_t n;
	char *d;

	new_dir("fileroot");
	write_text("given.txt", "Given\n\nFirst.\n");
	root = xstrdup(at("given.txt"));
	CHECK(watch_start(&root, 1, NULL, 0, &(struct watch_options){ WATCH_OFF, 0, 0, 0 }) == NULL);
	w = watch_start(&root, 1, NULL, 0, &opt);
	CHECK(w != NULL);
	if (!w)
		return;
	v = sync_take(w, &n);
	d = describe(v, n);
	CHECK_STR(d, "added given.txt;");	/* not known: new since the corpus was read */
	free(d);
	watch_changes_free(v, n);
	write_text("neighbour.txt", "Neighbour\n\nNot given.\n");
	write_text("given.txt.new", "Given\n\nSecond.\n");
	CHECK(rename(at("given.txt.new"), at("given.txt")) == 0);
	v = sync_take(w, &n);
	d = describe(v, n);
	CHECK_STR(d, "changed given.txt;");
	free(d);
	watch_changes_free(v, n);
	watch_stop(w);
	free((char *)root);
}

int
main(void)
{
	fixture_init();
	RUN(test_coalesce_burst);
	RUN(test_dirty_under);
	RUN(test_process_kinds);
	RUN(test_walk);
	RUN(test_thread_inotify);
	RUN(test_thread_poll);
	RUN(test_thread_fallback);
	RUN(test_file_root);
	return TAP_END();
}
