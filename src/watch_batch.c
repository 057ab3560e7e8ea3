/* watch_batch.c -- the watcher's bursts: dirty paths collected, then compared with what is known. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "watch_int.h"

void
watch_core_init(struct watch_core *k, size_t max_file_size)
{
	memset(k, 0, sizeof *k);
	strmap_init(&k->byname);
	strmap_init(&k->dirty_set);
	k->max_file_size = max_file_size;
}

void
watch_core_free(struct watch_core *k)
{
	size_t i;

	for (i = 0; i < k->nfiles; i++)
		free(k->files[i].path);
	for (i = 0; i < k->ndirty; i++)
		free(k->dirty[i]);
	free(k->files);
	free(k->free_slots);
	free(k->dirty);
	strmap_free(&k->byname);
	strmap_free(&k->dirty_set);
	memset(k, 0, sizeof *k);
}

size_t
watch_core_count(const struct watch_core *k)
{
	return k->byname.n;
}

char *
watch_join(const char *dir, const char *name)
{
	size_t dl = strlen(dir);
	struct sbuf b = {0};

	/* As corpus.c's walk_dir: trailing slashes go, "/" alone stays. */
	while (dl > 1 && dir[dl - 1] == '/')
		dl--;
	sb_add(&b, dir, dl);
	if (!dl || dir[dl - 1] != '/')
		sb_addc(&b, '/');
	sb_adds(&b, name);
	return b.data;
}

/* The slot of path, or NULL. */
static struct watch_file *
lookup(struct watch_core *k, const char *path)
{
	uint32_t slot;

	return strmap_get(&k->byname, path, &slot) ? &k->files[slot] : NULL;
}

/* A slot for path (a free one if any); its fields zeroed. */
static struct watch_file *
add_file(struct watch_core *k, const char *path)
{
	size_t slot;

	if (k->nfree) {
		slot = k->free_slots[--k->nfree];
	} else {
		xgrow((void **)&k->files, &k->capfiles, k->nfiles + 1, sizeof *k->files);
		slot = k->nfiles++;
	}
	memset(&k->files[slot], 0, sizeof k->files[slot]);
	k->files[slot].path = xstrdup(path);
	k->files[slot].gen = k->gen;
	strmap_put(&k->byname, path, (uint32_t)slot);
	return &k->files[slot];
}

static void
drop_file(struct watch_core *k, struct watch_file *f)
{
	size_t slot = (size_t)(f - k->files);

	strmap_del(&k->byname, f->path);
	free(f->path);
	f->path = NULL;
	xgrow((void **)&k->free_slots, &k->capfree, k->nfree + 1, sizeof *k->free_slots);
	k->free_slots[k->nfree++] = slot;
}

void
watch_core_know(struct watch_core *k, const char *path, const char *hash, time_t mtime)
{
	struct watch_file *f = lookup(k, path);

	if (!f)
		f = add_file(k, path);
	snprintf(f->hash, sizeof f->hash, "%s", hash);
	f->has_stat = false;
	f->loaded_mtime = mtime;
}

void
watch_core_dirty(struct watch_core *k, const char *path, double now)
{
	uint32_t dummy;

	if (!k->ndirty)
		k->first = now;
	k->last = now;
	if (strmap_get(&k->dirty_set, path, &dummy))
		return;
	strmap_put(&k->dirty_set, path, 0);
	xgrow((void **)&k->dirty, &k->capdirty, k->ndirty + 1, sizeof *k->dirty);
	k->dirty[k->ndirty++] = xstrdup(path);
}

void
watch_core_dirty_under(struct watch_core *k, const char *dir, double now)
{
	char *prefix = watch_join(dir, "");
	size_t i, n = strlen(prefix);

	for (i = 0; i < k->nfiles; i++)
		if (k->files[i].path && strncmp(k->files[i].path, prefix, n) == 0)
			watch_core_dirty(k, k->files[i].path, now);
	free(prefix);
}

bool
watch_core_ready(const struct watch_core *k, double now)
{
	return k->ndirty && (now - k->last >= WATCH_QUIET || now - k->first >= WATCH_MAX_AGE);
}

double
watch_core_wait(const struct watch_core *k, double now)
{
	double quiet, age;

	if (!k->ndirty)
		return -1;
	quiet = k->last + WATCH_QUIET - now;
	age = k->first + WATCH_MAX_AGE - now;
	quiet = quiet < age ? quiet : age;
	return quiet > 0 ? quiet : 0;
}

/* ---- a walk ---------------------------------------------------------------------- */

static void
take_stat(struct watch_file *f, const struct stat *st)
{
	f->has_stat = true;
	f->mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
	f->size = (int64_t)st->st_size;
	f->dev = (uint64_t)st->st_dev;
	f->ino = (uint64_t)st->st_ino;
}

/* Has the file changed since f was taken? Before a first stat, the corpus's mtime (whole
 * seconds) is all there is to compare with. */
static bool
stat_differs(const struct watch_file *f, const struct stat *st)
{
	if (!f->has_stat)
		return st->st_mtime != f->loaded_mtime;
	return f->mtime_ns != (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec ||
	       f->size != (int64_t)st->st_size || f->dev != (uint64_t)st->st_dev ||
	       f->ino != (uint64_t)st->st_ino;
}

void
watch_core_walk_begin(struct watch_core *k)
{
	k->gen++;
}

void
watch_core_walk_file(struct watch_core *k, const char *path, const struct stat *st, double now)
{
	struct watch_file *f = lookup(k, path);

	if (!f) {
		watch_core_dirty(k, path, now);
		return;
	}
	f->gen = k->gen;
	if (stat_differs(f, st))
		watch_core_dirty(k, path, now);
	else if (!f->has_stat)
		take_stat(f, st);	/* the same file the corpus read: compare finer from now */
}

void
watch_core_walk_skip(struct watch_core *k, const char *path)
{
	struct watch_file *f = lookup(k, path);

	if (f)
		f->gen = k->gen;
}

void
watch_core_walk_end(struct watch_core *k, double now)
{
	size_t i;

	for (i = 0; i < k->nfiles; i++)
		if (k->files[i].path && k->files[i].gen != k->gen)
			watch_core_dirty(k, k->files[i].path, now);
}

/* ---- a burst over: look at each path once ---------------------------------------- */

static int
cmp_change(const void *a, const void *b)
{
	return strcmp(((const struct watch_change *)a)->path, ((const struct watch_change *)b)->path);
}

/* One path looked at: before (hash known, "" none), after (the article read, or NULL). */
struct look {
	char *path;		/* not owned (the dirty list's) */
	char before[33];
	struct article *a;	/* owned until it goes into a change */
	bool paired;		/* an add or remove taken into a move */
};

/* Read path as the corpus would; update what is known about it. */
static void
look_at(struct watch_core *k, struct look *l)
{
	struct watch_file *f = lookup(k, l->path);
	struct corpus limits;
	struct stat st;
	char why[128];

	corpus_init(&limits);
	limits.max_file_size = k->max_file_size;
	snprintf(l->before, sizeof l->before, "%s", f ? f->hash : "");
	if (stat(l->path, &st) != 0 || !S_ISREG(st.st_mode)) {
		if (f)
			drop_file(k, f);
		return;
	}
	l->a = corpus_read_file(&limits, l->path, why, sizeof why);
	if (!f)
		f = add_file(k, l->path);
	snprintf(f->hash, sizeof f->hash, "%s", l->a ? l->a->hash : "");
	f->gen = k->gen;
	take_stat(f, &st);
}

static void
push_change(struct watch_change **out, size_t *n, size_t *cap, enum watch_kind kind,
	    const char *path, const char *from, struct article *a)
{
	xgrow((void **)out, cap, *n + 1, sizeof **out);
	(*out)[(*n)++] = (struct watch_change){ kind, xstrdup(path), from ? xstrdup(from) : NULL,
						a };
}

/* A file that went and one that came with the same text are a move (pairs in path order). */
static void
pair_moves(struct look *v, size_t n, struct watch_change **out, size_t *nout, size_t *cap)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (!v[i].before[0] || v[i].a)
			continue;	/* not a removal */
		for (j = 0; j < n; j++) {
			if (v[j].paired || v[j].before[0] || !v[j].a ||
			    strcmp(v[j].a->hash, v[i].before) != 0)
				continue;
			push_change(out, nout, cap, WATCH_MOVED, v[j].path, v[i].path, v[j].a);
			v[j].a = NULL;
			v[i].paired = v[j].paired = true;
			break;
		}
	}
}

size_t
watch_core_process(struct watch_core *k, struct watch_change **out)
{
	struct look *v = xcalloc(k->ndirty ? k->ndirty : 1, sizeof *v);
	size_t i, n = k->ndirty, nout = 0, cap = 0;

	*out = NULL;
	if (n > 1)
		qsort(k->dirty, n, sizeof *k->dirty, cmp_strp);
	for (i = 0; i < n; i++) {
		v[i].path = k->dirty[i];
		if (!k->stop || !*k->stop)	/* quitting: each file is left unread */
			look_at(k, &v[i]);
	}
	pair_moves(v, n, out, &nout, &cap);
	for (i = 0; i < n; i++) {
		struct look *l = &v[i];

		if (l->paired)
			continue;
		if (!l->before[0] && l->a)
			push_change(out, &nout, &cap, WATCH_ADDED, l->path, NULL, l->a);
		else if (l->before[0] && !l->a)
			push_change(out, &nout, &cap, WATCH_REMOVED, l->path, NULL, NULL);
		else if (l->a && strcmp(l->before, l->a->hash) != 0)
			push_change(out, &nout, &cap, WATCH_CHANGED, l->path, NULL, l->a);
		else
			article_free(l->a);	/* touched, or no article before nor after */
		l->a = NULL;
	}
	if (nout > 1)
		qsort(*out, nout, sizeof **out, cmp_change);
	for (i = 0; i < n; i++)
		free(k->dirty[i]);
	free(v);
	k->ndirty = 0;
	k->first = k->last = 0;
	strmap_free(&k->dirty_set);
	return nout;
}

void
watch_changes_free(struct watch_change *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].path);
		free(v[i].from);
		article_free(v[i].a);
	}
	free(v);
}
