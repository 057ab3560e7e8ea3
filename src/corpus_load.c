/* corpus_load.c -- the walked files read and parsed on every core, watched meanwhile if asked. MIT licence. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/uio.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "corpus_int.h"

/* The parallel part of loading: threads take files by an atomic counter. It is also
 * the struct corpus_loading a watcher is shown. */
struct load_job {
	struct corpus *c;
	struct loaded *out;		/* one per pending file */
	unsigned char *ready;		/* one per pending file: out[i] is final (atomic) */
	size_t next;			/* next file to take (atomic) */
	size_t finished;		/* files done (atomic) */
	volatile size_t *done;		/* progress for the caller, may be NULL */
	const char *hold;		/* tests: files from hold_from on wait while it exists */
	size_t hold_from;
};

struct corpus_loading {
	struct load_job j;
};

size_t
corpus_loading_total(const struct corpus_loading *l)
{
	return l->j.c->npending;
}

size_t
corpus_loading_done(const struct corpus_loading *l)
{
	return __atomic_load_n(&l->j.finished, __ATOMIC_ACQUIRE);
}

const char *
corpus_loading_path(const struct corpus_loading *l, size_t i)
{
	return i < l->j.c->npending ? l->j.c->pending[i] : NULL;
}

const struct article *
corpus_loading_article(const struct corpus_loading *l, size_t i)
{
	if (i >= l->j.c->npending || !__atomic_load_n(&l->j.ready[i], __ATOMIC_ACQUIRE))
		return NULL;
	return l->j.out[i].a;
}

static void *
load_worker(void *ud)
{
	struct load_job *j = ud;
	size_t i, max = corpus_max_size(j->c);
	struct text_slab *slab = NULL;

	while ((i = __atomic_fetch_add(&j->next, 1, __ATOMIC_RELAXED)) < j->c->npending) {
		while (j->hold && i >= j->hold_from && access(j->hold, F_OK) == 0)
			nanosleep(&(struct timespec){ 0, 10000000 }, NULL);
		if (!j->out[i].a && !j->out[i].ret) {	/* not answered by the cache */
			corpus_load_file(j->c->pending[i], max, false, j->c, &j->out[i]);
			if (j->out[i].a)
				article_pack(j->out[i].a, &slab);
		}
		__atomic_store_n(&j->ready[i], 1, __ATOMIC_RELEASE);
		__atomic_fetch_add(&j->finished, 1, __ATOMIC_RELEASE);
		if (j->done)
			__atomic_fetch_add(j->done, 1, __ATOMIC_RELAXED);
	}
	text_slab_done(&slab);
	return NULL;
}

/* The files the cache describes under their own path and stat, made on every thread. */
struct exact_job {
	struct corpus *c;
	struct loaded *out;
	size_t next;			/* next slice to take (atomic) */
};

#define REUSE_SLICE 256

static void *
exact_worker(void *ud)
{
	struct exact_job *j = ud;
	const struct corpus_reuse *r = j->c->reuse;
	size_t i, at, n = j->c->npending, max = corpus_max_size(j->c);

	while ((at = __atomic_fetch_add(&j->next, REUSE_SLICE, __ATOMIC_RELAXED)) < n)
		for (i = at; i < n && i < at + REUSE_SLICE; i++)
			if (!(j->c->pstat[i].size > 0 && (uintmax_t)j->c->pstat[i].size > max))
				j->out[i].a = r->exact(r->ud, i, j->c->pending[i], &j->c->pstat[i]);
	return NULL;
}

/* What the cache knows answers for the pending files it describes, unchanged: their
 * out[i] is filled (an article, or a skip), and ret set to 1 so no worker reads them. The
 * files over the size limit are not asked about: they are skipped as without a cache.
 * Articles recorded under their path come first, made on nthreads threads (at 100k files
 * on one thread this was a third of a warm launch's first paint). */
static void
reuse_pending(struct corpus *c, struct loaded *out, int nthreads)
{
	const struct corpus_reuse *r = c->reuse;
	struct exact_job j = { c, out, 0 };
	size_t i, max = corpus_max_size(c);
	const char *detail;
	int skipped;

	if (!r)
		return;
	threads_run(nthreads, exact_worker, &j);
	for (i = 0; i < c->npending; i++) {
		if (c->pstat[i].size > 0 && (uintmax_t)c->pstat[i].size > max)
			continue;
		skipped = -1;
		detail = NULL;
		if (out[i].a || (out[i].a = r->article(r->ud, c->pending[i], &c->pstat[i],
							  &skipped, &detail))) {
			c->nreused++;
		} else if (skipped >= 0 && skipped < SKIP_NTYPES) {
			out[i].reason = skipped;
			out[i].detail = detail;
			out[i].st = c->pstat[i];
		} else {
			continue;
		}
		out[i].ret = 1;
	}
}

/*
 * Reading threads for nthreads cores, when many files are to be read. With the files in
 * the page cache, loading is parsing, and a thread a core does it best (16 threads on 2
 * cores painted 100k articles at 1.63-1.78 s instead of 1.13-1.38). With them on disk
 * (a first launch after a reboot, or after the kernel dropped its cache) every thread
 * mostly waits for its read, and more reads in flight finish sooner: after `drop_caches`,
 * 2 threads painted at 4.8-5.7 s, 16 at 2.8-3.1 s. So a few of the files, spread over
 * the list, are asked for their first byte without waiting (RWF_NOWAIT): when some are
 * not in memory, the many threads read.
 */
#define LOAD_THREADS_PER_CORE 8
#define LOAD_THREADS_MAX 16
#define LOAD_MANY 256		/* files to read: fewer are read on a thread a core */
#define LOAD_PROBES 16		/* files asked whether they are in memory */

/* Are the files of out[] to read (not answered by the cache) on disk rather than in the
 * page cache, as far as LOAD_PROBES of them tell? (No way to ask: false.) */
static bool
files_on_disk(const struct corpus *c, const struct loaded *out, size_t nread)
{
#ifdef RWF_NOWAIT
	size_t i, k = 0, step = nread / LOAD_PROBES, seen = 0, cold = 0;
	char b;

	for (i = 0; i < c->npending && seen < LOAD_PROBES; i++) {
		struct iovec v = { &b, 1 };
		int fd;

		if (out[i].a || out[i].ret || k++ % (step ? step : 1))
			continue;
		fd = open(c->pending[i], O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
		if (fd < 0)
			continue;
		seen++;
		if (preadv2(fd, &v, 1, 0, RWF_NOWAIT) < 0 && errno == EAGAIN)
			cold++;
		close(fd);
	}
	return cold * 4 >= seen && cold > 0;
#else
	(void)c, (void)out, (void)nread;
	return false;
#endif
}

void
corpus_load_pending(struct corpus *c, int nthreads, volatile size_t *done)
{
	struct corpus_loading l = { { c, xcalloc(c->npending ? c->npending : 1, sizeof *l.j.out),
				      xcalloc(c->npending ? c->npending : 1, 1), 0, 0, done, NULL, 0 } };
	struct load_job *jp = &l.j;
	pthread_t th[LOAD_THREADS_MAX];
	int i, started = 0;
	size_t k, nread = 0;
	bool watched;

	/* Tests (tests/tmux/loading.sh): a corpus read to its half (or to file K) and held
	 * there while this file exists. */
	l.j.hold = getenv("DOSSIER_TEST_HOLD_LOAD");
	l.j.hold_from = getenv("DOSSIER_TEST_HOLD_FROM") ?
			(size_t)strtoul(getenv("DOSSIER_TEST_HOLD_FROM"), NULL, 10) : c->npending / 2;

	if (nthreads > LOAD_THREADS_MAX)
		nthreads = LOAD_THREADS_MAX;
	reuse_pending(c, jp->out, nthreads);
	for (k = 0; k < c->npending; k++)
		nread += !jp->out[k].ret;
	c->nread += nread;
	if (nread >= LOAD_MANY && (files_on_disk(c, jp->out, nread) ||
				   getenv("DOSSIER_TEST_MANY_READERS")))	/* test_corpus */
		nthreads = nthreads * LOAD_THREADS_PER_CORE > LOAD_THREADS_MAX ? LOAD_THREADS_MAX
				: nthreads * LOAD_THREADS_PER_CORE;
	/* A watcher takes this thread's place: as many readers as cores all the same. */
	watched = c->watch && nread >= LOAD_MANY;
	for (i = watched ? 0 : 1; i < nthreads; i++)
		if (pthread_create(&th[started], NULL, load_worker, jp) == 0)
			started++;
	if (watched && started)
		while (corpus_loading_done(&l) < c->npending)
			c->watch->wait(c->watch->ud, &l);
	else
		load_worker(jp);
	for (i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	/* In path order, so ids and skip messages do not depend on thread timing. */
	for (k = 0; k < c->npending; k++) {
		struct loaded *o = &jp->out[k];

		if (o->ret > 0)
			o->ret = 0;	/* a cached answer: a file that was there */
		/* A file the walk did not stat (walk_fast) was taken as seen by its folder's
		 * device and readdir()'s inode; where the file says otherwise (an overlay file
		 * system's inode numbers), what it says is what counts. */
		if (o->a && c->pstat[k].size == -1 && (o->st.dev != c->pstat[k].dev ||
		    o->st.ino != c->pstat[k].ino) &&
		    !corpus_mark_seen(c, (dev_t)o->st.dev, (ino_t)o->st.ino)) {
			article_free(o->a);
			o->a = NULL;
			o->reason = SKIP_LOOP;
			o->detail = "already seen through another path";
			o->err = 0;
			o->ret = 0;
		}
		corpus_take_loaded(c, c->pending[k], o);
		free(c->pending[k]);
	}
	free(jp->out);
	free(jp->ready);
	free(c->pending);
	free(c->pstat);
	c->pending = NULL;
	c->pstat = NULL;
	c->npending = c->cappending = 0;
}

