/* cli_progress.h -- one progress line on stderr while a command reads and indexes the corpus. MIT licence. */
#ifndef DOSSIER_CLI_PROGRESS_H
#define DOSSIER_CLI_PROGRESS_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

struct index_progress;

/* What the line says; the counts are written by the loading and building threads. */
struct cli_progress {
	volatile size_t files_read;	/* files read so far (corpus_load_pending adds
					   atomically) */
	size_t files_total;		/* atomic: files found by the walk */
	bool loaded;			/* the corpus is in (set before building starts) */
	bool building;			/* ip is in use by the pipeline */
	struct index_progress *ip;	/* not owned; the pipeline's counts, or NULL */
	double t0, t_index;		/* when the command and the indexing began */
	double delay;			/* seconds before the first line (1, or
					   $DOSSIER_PROGRESS_DELAY) */
	int stop;			/* atomic: the thread returns */
	pthread_t th;
	bool running;
};

/* Start the line's thread when stderr is a terminal (else nothing is ever written);
 * ip (not owned, may be NULL) gets the pipeline's counts. */
void cli_progress_start(struct cli_progress *p, struct index_progress *ip);
/* Erase the line if one is shown (before a warning is written on stderr). */
void cli_progress_clear(void);
/* Stop the thread and erase the line. */
void cli_progress_stop(struct cli_progress *p);

#endif
