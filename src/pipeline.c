/* pipeline.c -- one load pipeline: corpus -> index -> entities -> cache, for the TUI and every command. MIT licence. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/pipeline.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "pipeline_int.h"

/*
 * The TUI's build thread and cli.c's commands once built the index in two different
 * ways (the TUI on two cores, the commands one stage after the other: `dossier stats`
 * on 10k articles took 3.4 s where the TUI was fully indexed in 1.4 s). This file is the
 * one way: pipeline_load() walks the paths and reads the files the persistent index does
 * not describe as they are, the caller opens the index, pipeline_build() fills both,
 * pipeline_finish() does what can wait.
 *
 * The persistent index (the cache file, index_cache*.c) is decided here: which file
 * (pipeline_cache_path() in auto mode), then, after loading, whether it is used as it is,
 * updated (a copy changed, renamed over it by pipeline_finish()), or missed (the index is
 * built as without one and written by pipeline_finish()).
 */

/* ---- loading ---------------------------------------------------------------------- */

static int64_t
now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_REALTIME, &t);
	return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* The cache file the options name, whatever the corpus's size (NULL: none). */
static char *
cache_file(const struct pipeline *p, char **paths, size_t npaths)
{
	if (p->cache_mode == PIPELINE_CACHE_FILE && p->cache_file && *p->cache_file)
		return xstrdup(p->cache_file);
	if (p->cache_mode == PIPELINE_CACHE_AUTO)
		return pipeline_cache_path(paths, npaths);
	return NULL;
}

/* fn(arg) on a thread of its own, joined by finish_beside(); here and now if no thread
 * can be started. Whether there is one to join. */
static bool
start_beside(pthread_t *th, void *(*fn)(void *), void *arg)
{
	if (thread_start_quiet(th, fn, arg) == 0)
		return true;
	fn(arg);
	return false;
}

static void
finish_beside(const pthread_t *th, bool threaded)
{
	if (threaded)
		pthread_join(*th, NULL);
}

/* The catalog of a cache file, read on a thread of its own while the folders are walked
 * (at 100k files each takes about a fifth of a second). */
struct catalog_job {
	const char *path;
	struct index_catalog *k;
	char why[sizeof ((struct pipeline *)0)->why];
};

static void *
catalog_thread(void *arg)
{
	struct catalog_job *j = arg;

	j->k = index_catalog_open(j->path, j->why, sizeof j->why);
	return NULL;
}

/* Take the catalog read for a corpus of nfiles files, if the cache is to be used (an
 * AUTO cache needs PIPELINE_CACHE_MIN_FILES files): else it is closed. */
static void
take_catalog(struct pipeline *p, char *path, struct catalog_job *j, size_t nfiles)
{
	if (path && p->cache_mode == PIPELINE_CACHE_AUTO && nfiles < PIPELINE_CACHE_MIN_FILES) {
		index_catalog_close(j->k);
		free(path);
		path = NULL;
	}
	p->cache = path;
	if (!path)
		return;
	if (p->cache_mode == PIPELINE_CACHE_AUTO)
		pipeline_make_folders(path);
	p->catalog = j->k;
	/* A miss is normal; said unless it is the first run. */
	snprintf(p->why, sizeof p->why, "%s", strcmp(j->why, "no cache yet") ? j->why : "");
}

bool
pipeline_load(struct pipeline *p, struct corpus *c, char **paths, size_t npaths,
	      int nthreads, volatile size_t *done, volatile size_t *total)
{
	struct catalog_job j = { NULL, NULL, "" };
	char *path = cache_file(p, paths, npaths);
	bool ok = true, threaded, listed = false;
	pthread_t th;
	size_t i;

	p->why[0] = '\0';
	p->scanned_ns = now_ns();
	j.path = path;
	threaded = path && start_beside(&th, catalog_thread, &j);
	/* Walk first, then read and parse on every core what the cache does not give. The
	 * walk is the catalog's when no folder moved: every file is stat()ed all the same. */
	c->defer = true;
	/* No persistent index to ask about the files (none, or none written yet): their stat
	 * waits for their reading (corpus.c, walk_file()). */
	c->walk_fast = !path || access(path, F_OK) != 0;
	if (path && !p->recheck && index_cache_listable(path, paths, npaths, c->max_file_size)) {
		finish_beside(&th, threaded);
		threaded = false;
		listed = index_catalog_list(j.k, c, paths, npaths, nthreads, p->trust_listed);
	}
	for (i = 0; !listed && i < npaths; i++)
		if (corpus_add_path(c, paths[i]) != 0)
			ok = false;
	bench_mark(listed ? "listed" : "walked");
	if (total)
		__atomic_store_n(total, c->npending, __ATOMIC_RELAXED);
	finish_beside(&th, threaded);
	take_catalog(p, path, &j, c->npending);
	c->reuse = index_catalog_reuse(p->catalog);
	corpus_load_pending(c, nthreads, done);
	c->reuse = NULL;
	c->defer = c->walk_fast = false;
	corpus_finish(c);
	return ok;
}

/* An array of n kept blobs freed (NULL after). */
void
pipeline_free_kept(struct ex_blob **v, size_t n)
{
	size_t i;

	for (i = 0; *v && i < n; i++)
		free((*v)[i].data);
	free(*v);
	*v = NULL;
}

static struct ex_blob *
new_kept(const struct corpus *c)
{
	return xcalloc(c->n ? c->n : 1, sizeof(struct ex_blob));
}

/* What the pipeline holds of the cache's per-article entries. */
struct index_kept
pipeline_kept_of(const struct pipeline *p)
{
	struct index_kept k = { p->blobs, p->sigs, p->quotes, NULL };

	return k;
}

void
pipeline_free(struct pipeline *p)
{
	index_catalog_close(p->catalog);
	p->catalog = NULL;
	index_plan_free(&p->plan);
	pipeline_free_kept(&p->blobs, p->c ? p->c->n : 0);
	pipeline_free_kept(&p->sigs, p->c ? p->c->n : 0);
	pipeline_free_kept(&p->quotes, p->c ? p->c->n : 0);
	cluster_set_free(p->kept_clusters);
	p->kept_clusters = NULL;
	free(p->cache);
	p->cache = NULL;
}

/* ---- building --------------------------------------------------------------------- */

/* The extraction thread's work and results. */
struct job {
	struct pipeline *p;
	struct index_ents *ents;	/* the entity tables, until attached */
	_Atomic size_t *ticks;		/* counted up an article extracted (and one indexed) */
	char err[256];
};

/* The counts of p->corr_used as the cache keeps them: "3 0 12". */
static char *
used_text(const struct pipeline *p)
{
	struct sbuf b = {0};
	size_t i;

	for (i = 0; i < p->ncorr; i++)
		sb_printf(&b, "%s%u", i ? " " : "", (unsigned)p->corr_used[i]);
	return b.data;
}

/* The reader's corrections, after resolution and before any table is made of the set. */
static void
correct(struct pipeline *p)
{
	char *used;

	if (!p->ncorr || !p->es)
		return;
	p->corr_used = xcalloc(p->ncorr, sizeof *p->corr_used);
	corr_apply(&p->es, p->c, p->corr, p->ncorr, p->corr_used);
	if (p->ix) {
		used = used_text(p);
		index_set_corrections(p->ix, NULL, used);
		free(used);
	}
}

/* The counts a cache hit kept, back into p->corr_used. */
static void
used_from_cache(struct pipeline *p)
{
	const char *t = index_corrections_used(p->ix);
	char *end;
	size_t i;

	if (!p->ncorr)
		return;
	p->corr_used = xcalloc(p->ncorr, sizeof *p->corr_used);
	for (i = 0; t && i < p->ncorr; i++, t = end)
		p->corr_used[i] = (uint32_t)strtoul(t, &end, 10);
}

static void *
extract_job(void *ud)
{
	struct job *j = ud;

	/* A cache is written with every article's extraction. */
	j->p->es = entities_build_held(j->p->c, j->p->blobs, j->p->holds, j->ticks);
	correct(j->p);
	/* Their tables too, while the other thread may still be writing the full text;
	 * their quotes counted now, or after "ready" (count_quotes()). */
	if (j->p->ix)
		j->ents = index_ents_build(j->p->defer_quotes ? NULL : j->p->c, j->p->es,
					   j->p->quotes, j->p->c->n, j->err, sizeof j->err);
	return NULL;
}

static void
set_stage(struct pipeline *p, enum index_stage s)
{
	if (p->progress)
		p->progress->stage = s;
}

/* The full text is whole (or no longer): see index_hold(). */
static void
text_ready(struct pipeline *p, bool yes)
{
	if (p->progress)
		p->progress->text_ready = yes;
	if (yes)
		bench_mark("searchable");	/* bench/run: a filter of words answers */
}

/* Tests (tests/cli/text_first.sh): with the full text whole, the entities wait while the
 * file DOSSIER_TEST_HOLD_ENTITIES names exists, so that a script sees that stage. */
static void
test_hold(void)
{
	test_hold_file("DOSSIER_TEST_HOLD_ENTITIES");
}

/* A line for the UI's status bar, when there is a UI. */
void
pipeline_note(struct pipeline *p, const char *text, bool error)
{
	if (p->progress)
		index_progress_note(p->progress, text, error);
}

/* The cache is not used (why): said on the status line, the index built without it. */
static void
note_miss(struct pipeline *p, const char *why)
{
	char line[600];

	if (why != p->why)
		snprintf(p->why, sizeof p->why, "%s", why);
	snprintf(line, sizeof line, "Index cache not used (%.180s): rebuilding it", p->why);
	pipeline_note(p, line, false);
}


/* An update's share done, in percent: its steps take about that part of it at 100k
 * articles (the status says "updating N%" instead of staying at 0 for the whole of it). */
static void
update_step(struct pipeline *p, size_t pct)
{
	size_t was, want;

	if (!p->progress)
		return;
	/* Two threads step it (resolve_job() beside the copy): it only goes up. */
	want = p->progress->total * pct / 100;
	was = atomic_load(&p->progress->done);
	while (was < want && !atomic_compare_exchange_weak(&p->progress->done, &was, want))
		;
}

/* An update's other half, beside the copy of the file and its text (index_cache_update()
 * on the pipeline's thread): what the cache kept of every article, read through a
 * connection of its own; every article resolved again, from the extractions kept and the
 * new ones (the entities a launch that reads everything finds); and, on a thread of its
 * own meanwhile (they do not depend on the entities), the new articles' story signatures
 * made and the clusters found from them all (kept with the update, a hit reads them
 * back). At 100k articles the copy and the text take 2 s of the 8 s this does: the
 * clusters' half second went after the resolution, with a core idle, before. */
struct resolve_job {
	struct pipeline *p;
	struct index_kept kept;
	bool ok;
};

static void *
cluster_job(void *arg)
{
	struct resolve_job *j = arg;
	struct pipeline *p = j->p;

	cluster_sign_kept(p->c, p->sigs, p->stop);
	j->kept.clusters = p->kept_clusters = cluster_build_kept(p->c, p->sigs, p->stop);
	return NULL;
}

static void *
resolve_job(void *arg)
{
	struct resolve_job *j = arg;
	struct pipeline *p = j->p;
	pthread_t th;
	bool threaded;

	if (!(j->ok = index_catalog_kept_apart(p->catalog, p->c, &j->kept) == INDEX_OK))
		return NULL;
	threaded = start_beside(&th, cluster_job, j);
	p->es = entities_build_kept(p->c, p->blobs);
	update_step(p, 54);
	finish_beside(&th, threaded);
	return NULL;
}

/* The set the file held, handed to the screen while the update makes it again (at 100k
 * articles 15 s, at a million minutes, when one file was added): the entities of the
 * articles unchanged show, browse only. */
static void *
stale_job(void *arg)
{
	struct pipeline *p = arg;
	struct entity_set *es = index_catalog_stale_entities(p->catalog, p->c);

	if (es)
		index_set_stale_ents(p->ix, es);
	bench_mark("stale_shown");
	return NULL;
}

/* An update's entity tables, built on threads of their own (index_ents.c) while the
 * pipeline's puts the entity set into the file. */
struct tables_job {
	struct pipeline *p;
	struct index_ents *t;
	char err[256];
};

static void *
tables_job(void *arg)
{
	struct tables_job *j = arg;
	struct pipeline *p = j->p;

	j->t = index_ents_build(p->c, p->es, p->quotes, p->c->n, j->err, sizeof j->err);
	return NULL;
}

/* The cache updated for the files that changed: 1, or 0 when it could not be (the index
 * is then empty, to be built). */
static int
update(struct pipeline *p)
{
	struct index_ents *t = NULL;
	struct resolve_job j = { p, { NULL, NULL, NULL, NULL }, false };
	struct index_kept kept;
	char err[256] = "";
	enum index_status rc;
	pthread_t th, sth;
	bool threaded, sthreaded = false;

	if (p->progress)
		p->progress->updating = 1;
	if (p->show_stale && p->catalog)
		sthreaded = start_beside(&sth, stale_job, p);
	p->blobs = new_kept(p->c);
	p->sigs = new_kept(p->c);
	p->quotes = new_kept(p->c);
	j.kept = pipeline_kept_of(p);
	threaded = start_beside(&th, resolve_job, &j);
	index_hold(p->ix);
	rc = index_cache_update(p->ix, p->catalog, p->c, &p->plan, NULL);
	/* The text is whole: the filter may search it while the entities are made again
	 * (15 s of the update at 100k articles), between this thread's statements. */
	text_ready(p, rc == INDEX_OK);
	index_release(p->ix);
	finish_beside(&sth, sthreaded);	/* (the set shown meanwhile: the screen's now) */
	test_hold();
	/* (the filter may have run between) */
	index_hold(p->ix);
	if (rc == INDEX_OK)
		rc = index_cache_update_clear(p->ix);
	index_release(p->ix);
	update_step(p, 18);
	finish_beside(&th, threaded);
	kept = j.kept;
	if (rc == INDEX_OK && !j.ok)
		snprintf(err, sizeof err, "its extractions cannot be read");
	if (rc == INDEX_OK && j.ok) {
		struct tables_job tj = { p, NULL, "" };

		correct(p);
		update_step(p, 58);
		/* The tables on other threads; the entity set itself meanwhile. */
		threaded = start_beside(&th, tables_job, &tj);
		index_hold(p->ix);
		rc = index_cache_update_set(p->ix, p->es);
		index_release(p->ix);
		finish_beside(&th, threaded);
		t = tj.t;
		snprintf(err, sizeof err, "%s", tj.err);
		if (rc != INDEX_OK)
			index_ents_free(t);	/* (else index_cache_update_entities() frees it) */
		index_hold(p->ix);
		if (rc == INDEX_OK && t && (update_step(p, 78), true) &&
		    index_cache_update_entities(p->ix, t, p->es, &kept, p->scanned_ns) ==
			    INDEX_OK) {
			index_release(p->ix);
			pipeline_free_kept(&p->blobs, p->c->n);
			/* A correction in the session makes the tables again from them. */
			index_keep_quotes(p->ix, p->quotes, p->c->n);
			p->quotes = NULL;
			p->cached = p->updated = true;
			return 1;
		}
	} else {
		index_hold(p->ix);
	}
	text_ready(p, false);	/* (held) the text goes with the copy */
	if (p->progress) {
		p->progress->updating = 0;	/* built now */
		p->progress->done = 0;
	}
	note_miss(p, err[0] ? err : index_error(p->ix));
	index_cache_abandon(p->ix);
	index_release(p->ix);
	if (p->es)
		entity_set_free(p->es);
	p->es = NULL;
	free(p->corr_used);
	p->corr_used = NULL;
	pipeline_free_kept(&p->blobs, p->c->n);
	pipeline_free_kept(&p->sigs, p->c->n);
	pipeline_free_kept(&p->quotes, p->c->n);
	cluster_set_free(p->kept_clusters);
	p->kept_clusters = NULL;
	return 0;
}

/* The kept quotes, read on a thread of their own through the catalog's connection while
 * the index attaches the cache and loads its entity set (each about a quarter of a
 * second at 100k articles). */
struct kept_job {
	struct index_catalog *k;
	const struct corpus *c;
	struct index_kept kept;
};

static void *
kept_thread(void *arg)
{
	struct kept_job *j = arg;

	index_catalog_kept(j->k, j->c, &j->kept);
	return NULL;
}

/* The cache as it is: clusters, signatures and quotes it keeps (j->kept.quotes, the
 * TUI's, were read already). */
static void
hit(struct pipeline *p, struct kept_job *j)
{

	p->cached = true;
	used_from_cache(p);
	/* The clusters as the cache kept them; else found from the kept story signatures,
	 * not the texts. */
	if ((p->want_clusters || p->want_sigs) &&
	    (p->kept_clusters = index_cache_clusters(p->ix, p->c)))
		bench_value("clusters_read", 1);	/* tests/cli/cache_answers.sh */
	p->sigs = (p->want_clusters || p->want_sigs) && !p->kept_clusters ? new_kept(p->c) : NULL;
	if (p->sigs)
		index_cache_kept(p->ix, p->c, &(struct index_kept){ NULL, p->sigs, NULL, NULL });
	/* The TUI's corrections make the entity tables again: with the quotes kept, the
	 * articles whose mentions stay the same are not read. */
	if (j->kept.quotes) {
		index_keep_quotes(p->ix, j->kept.quotes, p->c->n);
		j->kept.quotes = NULL;
	}
}

/* The index and entities from the cache file, as it is or updated: 1, 0 when it cannot
 * be used (build them), -1 an error halfway through switching to it. */
static int
from_catalog(struct pipeline *p, const char *digest)
{
	struct kept_job j = { p->catalog, p->c, { NULL, NULL, NULL, NULL } };
	enum index_status r;
	bool threaded = false;
	pthread_t th;
	char why[256];

	index_catalog_plan(p->catalog, p->c, digest, p->scanned_ns, &p->plan);
	if (p->plan.update)
		return update(p);
	if (p->want_prefixes) {
		j.kept.quotes = new_kept(p->c);
		threaded = start_beside(&th, kept_thread, &j);
	}
	r = index_cache_use(p->ix, p->catalog, p->c, &p->plan, p->want_entities, &p->es, why,
			    sizeof why);
	finish_beside(&th, threaded);
	if (r == INDEX_CACHE_HIT) {
		hit(p, &j);
		return 1;
	}
	pipeline_free_kept(&j.kept.quotes, p->c->n);
	if (r == INDEX_ERROR) {
		snprintf(p->err, sizeof p->err, "%s", index_error(p->ix));
		return -1;
	}
	note_miss(p, why);
	return 0;
}

/* Every article's text, for a build: the ones the cache described are read now (not
 * kept: a build that lets the texts go lets these go too). */
static void
load_texts(const struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (!__atomic_load_n(&c->arts[i]->text_ready, __ATOMIC_ACQUIRE)) {
			article_hold(c->arts[i]);
			article_release(c->arts[i]);
		}
}

/* Article i is extracted, its text at hand, about to go: its story signature is made
 * now (the clusters read no text then), and the count of its words a cache keeps. On the
 * extraction's threads: the full text's one is behind them already (texts held longer,
 * measured: 100k articles peaked 820-880 MB with the signatures there, 750-765 MB here). */
static void
text_at_hand(void *ud, size_t i)
{
	struct pipeline *p = ud;
	struct article *a = p->c->arts[i];

	if (!p->sigs[i].data)
		cluster_sign_blob(a, &p->sigs[i]);
	if (p->save && !__atomic_load_n(&a->words_counted, __ATOMIC_ACQUIRE))
		article_count_words(a);
}

/* A build that lets the texts go (p->let_go): the full text and the extraction read
 * each, then it goes. */
static void
let_texts_go(struct pipeline *p)
{
	if (!p->let_go || !p->c->n)
		return;
	if (!p->sigs)
		p->sigs = new_kept(p->c);
	p->holds = text_holds_new(p->c, TEXT_READERS, TEXT_READER_EXTRACT, TEXT_READER_FTS,
				  text_at_hand, p);
}

/* The full text, then what waits for it. */
static enum index_status
add_text(struct pipeline *p)
{
	enum index_status rc = index_add_corpus_held(p->ix, p->c, p->progress, p->holds);

	if (rc != INDEX_OK)
		snprintf(p->err, sizeof p->err, "%s", index_error(p->ix));
	/* Searchable while the entities are still being made (index_hold()). */
	text_ready(p, rc == INDEX_OK);
	test_hold();
	bench_mark("fts_done");
	if (p->after_text)
		p->after_text(p->ud);
	return rc;
}

/*
 * The full text beside the extraction, started once the extraction has no article left to
 * begin when it has every core. The entities' road is the longer (extraction, then the
 * resolution on one core, then their tables), the full text's is one pass: run side by
 * side, the two shared both cores and the resolution ran alone after them (10k articles:
 * 1.5 s, then 0.85 s with a core idle; 100k: ~15 s, then 9 s). Behind the extraction, the
 * full text takes the core the resolution leaves (a lower priority did the same, and
 * starved it when other programs kept the cores busy). It reads again the texts the
 * extraction let go before it came (text_holds_enter()): holding them for it took 40%
 * more memory at 10k articles.
 */
struct text_job {
	struct pipeline *p;
	_Atomic size_t *ticks;	/* the extraction's count (the full text adds none before) */
	size_t wait_for;	/* start once it reaches this (0: at once) */
	atomic_bool over;	/* the extraction returned: wait no more */
	enum index_status rc;
};

static void *
text_job(void *ud)
{
	struct text_job *t = ud;
	struct timespec ms = { 0, 1000000 };

	while (atomic_load(t->ticks) < t->wait_for && !atomic_load(&t->over) &&
	       !stop_set(t->p->stop))
		nanosleep(&ms, NULL);
	t->rc = add_text(t->p);
	return NULL;
}

/* Where the full text starts: when the extraction takes every core, once no more than one
 * article a thread is left. */
static size_t
text_waits_for(const struct corpus *c)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nt = entities_threads(c);

	return ncpu >= 1 && nt >= (size_t)ncpu && c->n > nt ? c->n - nt : 0;
}

/* Everything is in (or given up): the UI may use the index from now on. */
static int
ready(struct pipeline *p, bool ok)
{
	if (p->progress) {
		if (ok && !p->cached && p->ix) {
			p->progress->prefixes = p->want_prefixes;
			p->progress->saving = p->save;
		}
		p->progress->quoting = ok && p->quote_tables;
		/* An updated cache takes its name after "ready": a correction waits for it. */
		if (ok && p->updated)
			p->progress->saving = 1;
		if (ok)
			p->progress->done = p->progress->total;
	}
	if (!ok) {
		char msg[600];

		p->save = false;
		snprintf(msg, sizeof msg, "%s; search and entities are incomplete", p->err);
		pipeline_note(p, msg, true);
	}
	set_stage(p, INDEX_READY);
	bench_mark("indexed");
	return ok ? 0 : -1;
}

int
pipeline_build(struct pipeline *p)
{
	struct job j = { p, NULL, NULL, "" };
	pthread_t th;
	bool threaded;
	int rc;

	char digest[17];

	p->es = NULL;
	p->clusters = NULL;
	p->corr_used = NULL;
	p->cached = p->save = p->updated = false;
	/* A cache made with other corrections has other entities. */
	corr_digest(p->corr, p->ncorr, digest);
	if (p->ix)
		index_set_corrections(p->ix, digest, NULL);
	p->err[0] = '\0';
	if (p->progress)
		p->progress->total = p->c->n;
	set_stage(p, INDEX_TEXT);
	text_ready(p, false);
	rc = p->ix && p->catalog ? from_catalog(p, digest) : 0;
	index_catalog_close(p->catalog);	/* its rows are the articles' now */
	p->catalog = NULL;
	if (rc != 0) {
		rc = ready(p, rc > 0);
		if (rc == 0 && p->after_text)
			p->after_text(p->ud);	/* after: the index is ready without it */
		return rc;
	}
	if (p->why[0])
		note_miss(p, p->why);
	load_texts(p->c);
	/* No cache, or one that cannot be used: built, then written for the next launch. */
	p->save = p->ix && p->cache;
	if (p->save) {
		index_keep_terms(p->ix);
		p->blobs = new_kept(p->c);
		p->sigs = new_kept(p->c);
		p->quotes = new_kept(p->c);
		/* A file out of date (a live change, an :edit) keeps its extractions. */
		bench_value("salvaged", (double)index_cache_salvage(p->cache, p->c, p->blobs));
	}
	if (!p->ix) {	/* entities only */
		if (p->want_entities) {
			p->es = entities_build(p->c);
			correct(p);
		}
		return ready(p, true);
	}
	/* Entities on this thread (and the extraction's), the full text beside them; a cache
	 * needs both. */
	if (p->progress) {	/* an article's full text and its entities: two steps */
		p->progress->total = p->c->n * (p->want_entities || p->save ? 2 : 1);
		p->progress->done = 0;
	}
	if (p->want_entities || p->save) {
		_Atomic size_t ticks = 0;
		struct text_job t = { p, NULL, 0, false, INDEX_ERROR };

		j.ticks = t.ticks = p->progress ? &p->progress->done : &ticks;
		t.wait_for = text_waits_for(p->c);
		let_texts_go(p);
		threaded = thread_start_quiet(&th, text_job, &t) == 0;
		if (!threaded)
			t.rc = add_text(p);
		extract_job(&j);
		atomic_store(&t.over, true);
		if (threaded)
			pthread_join(th, NULL);
		rc = t.rc;
	} else {
		rc = add_text(p);
	}
	text_holds_free(p->holds);	/* (the texts not let go stay) */
	p->holds = NULL;
	bench_mark("extract_done");
	set_stage(p, INDEX_ENTITIES);
	if (!p->want_entities && !p->save)
		return ready(p, rc == INDEX_OK);
	if (!j.ents) {
		if (!p->err[0])
			snprintf(p->err, sizeof p->err, "%s", j.err);
		rc = INDEX_ERROR;
	} else if (rc != INDEX_OK) {
		index_ents_free(j.ents);
	} else {
		index_hold(p->ix);
		if ((rc = index_attach_entities(p->ix, j.ents)) != INDEX_OK)
			snprintf(p->err, sizeof p->err, "%s", index_error(p->ix));
		else if (p->defer_quotes)
			p->quote_tables = j.ents;
		index_release(p->ix);
	}
	return ready(p, rc == INDEX_OK);
}
