/* corpus_list.c -- the walk skipped: the files a persistent index lists, each stat()ed on every core. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dossier/corpus.h"
#include "dossier/util.h"

/*
 * A walk lists every folder (readdir, names sorted) and stats every name in it. When a
 * persistent index says its folders have not moved (index_cache_listable()), the names
 * are the ones it recorded: only the stat of each file is needed, to see the files edited
 * in place. At 100k files this is a third of the walk, and it runs on every core. A TUI
 * whose live folder walks every file once the index is ready (watch.c, comparing mtimes)
 * need not: it gives the stat the index recorded (known) for the files settled then.
 */

/* The stat of every known file, by threads taking slices. */
struct stat_job {
	char *const *files;
	const struct corpus_stat *known;	/* NULL, or taken as it is where size >= 0 */
	struct corpus_stat *out;
	size_t n, next;			/* next slice to take (atomic) */
	bool bad;			/* a file is not a regular file now (atomic) */
};

#define STAT_SLICE 512

static void *
stat_worker(void *ud)
{
	struct stat_job *j = ud;
	struct stat st;
	size_t i, at;

	while ((at = __atomic_fetch_add(&j->next, STAT_SLICE, __ATOMIC_RELAXED)) < j->n)
		for (i = at; i < j->n && i < at + STAT_SLICE; i++) {
			if (j->known && j->known[i].size >= 0) {
				j->out[i] = j->known[i];
				continue;
			}
			if (stat(j->files[i], &st) != 0 || !S_ISREG(st.st_mode)) {
				__atomic_store_n(&j->bad, true, __ATOMIC_RELAXED);
				return NULL;
			}
			corpus_stat_of(&st, &j->out[i]);
		}
	return NULL;
}

bool
corpus_list_known(struct corpus *c, char *const *files, const struct corpus_stat *known,
		  size_t n, const struct corpus_folder *folders, size_t nfolders, int nthreads)
{
	struct stat_job j = { files, known, xmalloc((n ? n : 1) * sizeof *j.out), n, 0, false };
	size_t k, taken = 0;

	threads_run(nthreads, stat_worker, &j);
	for (k = 0; known && k < n; k++)
		taken += known[k].size >= 0;
	bench_value("stats_taken", (double)taken);	/* the tests see which way it went */
	if (j.bad) {
		free(j.out);
		return false;
	}
	for (k = 0; k < nfolders; k++) {
		xgrow((void **)&c->folders, &c->capfolders, c->nfolders + 1, sizeof *c->folders);
		c->folders[c->nfolders] = folders[k];
		c->folders[c->nfolders++].path = xstrdup(folders[k].path);
	}
	xgrow((void **)&c->pending, &c->cappending, c->npending + n, sizeof *c->pending);
	c->pstat = xrealloc(c->pstat, c->cappending * sizeof *c->pstat);
	for (k = 0; k < n; k++) {
		c->pstat[c->npending] = j.out[k];
		c->pending[c->npending++] = xstrdup(files[k]);
	}
	free(j.out);
	return true;
}
