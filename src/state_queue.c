/* state_queue.c -- triage writes that wait for a busy state file without freezing a screen. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/state.h"
#include "dossier/util.h"

enum job_kind { JOB_APPLY, JOB_UNDO, JOB_REDO };

/* One write not made yet: an action's own copy of what it was asked to do. */
struct job {
	enum job_kind kind;
	struct state_op *ops;	/* owned, with each arg owned; JOB_APPLY */
	size_t nops;
	char **hashes;		/* owned, each owned; JOB_APPLY */
	size_t nhashes;
	char *what;		/* owned; "flag 2 articles", for the status line and reports */
	double queued_at;	/* now_seconds() when it was queued */
};

struct state_queue {
	struct state *s;	/* not owned */
	struct job *v;		/* owned; oldest first */
	size_t n, cap;
	unsigned long done;	/* jobs that got through, queued or not */
};

struct state_queue *
state_queue_new(struct state *s)
{
	struct state_queue *q = xcalloc(1, sizeof *q);

	q->s = s;
	return q;
}

static void
job_clear(struct job *j)
{
	size_t i;

	for (i = 0; i < j->nops; i++)
		free((char *)j->ops[i].arg);
	for (i = 0; i < j->nhashes; i++)
		free(j->hashes[i]);
	free(j->ops);
	free(j->hashes);
	free(j->what);
}

void
state_queue_free(struct state_queue *q)
{
	size_t i;

	if (!q)
		return;
	for (i = 0; i < q->n; i++)
		job_clear(&q->v[i]);
	free(q->v);
	free(q);
}

static struct job *
push(struct state_queue *q, enum job_kind kind, const char *what)
{
	struct job *j;

	xgrow((void **)&q->v, &q->cap, q->n + 1, sizeof *q->v);
	j = &q->v[q->n++];
	memset(j, 0, sizeof *j);
	j->kind = kind;
	j->what = xstrdup(what);
	j->queued_at = now_seconds();
	return j;
}

/* Run one job now: STATE_OK, STATE_BUSY, or another error. */
static int
run(struct state_queue *q, const struct job *j, const char **desc)
{
	int rc;

	if (j->kind == JOB_APPLY)
		rc = state_apply(q->s, j->ops, j->nops, (const char *const *)j->hashes,
				 j->nhashes, NULL);
	else
		rc = j->kind == JOB_UNDO ? state_undo(q->s, desc) : state_redo(q->s, desc);
	if (rc == STATE_OK)
		q->done++;
	return rc;
}

enum state_status
state_queue_apply(struct state_queue *q, const struct state_op *ops, size_t nops,
		  const char *const *hashes, size_t nhashes, const char *what)
{
	struct job *j;
	const char *why;
	size_t i;
	int rc;

	if (q->n == 0) {
		rc = state_apply(q->s, ops, nops, hashes, nhashes, NULL);
		if (rc == STATE_OK)
			q->done++;
		if (rc != STATE_BUSY)
			return rc;
	} else {
		/* Refuse a bad tag now, not later when it would drop the jobs behind it. */
		for (i = 0; i < nops; i++)
			if (ops[i].kind == STATE_OP_TAG && (why = state_tag_invalid(ops[i].arg))) {
				state_apply(q->s, ops, nops, hashes, 0, NULL);	/* sets the error */
				return STATE_INVALID;
			}
	}
	if (what) {
		j = push(q, JOB_APPLY, what);
	} else {
		char *d = state_describe(ops, nops, nhashes);

		j = push(q, JOB_APPLY, d);
		free(d);
	}
	j->ops = xcalloc(nops ? nops : 1, sizeof *j->ops);
	for (i = 0; i < nops; i++) {
		j->ops[i] = ops[i];
		j->ops[i].arg = ops[i].arg ? xstrdup(ops[i].arg) : NULL;
	}
	j->nops = nops;
	j->hashes = xcalloc(nhashes ? nhashes : 1, sizeof *j->hashes);
	for (i = 0; i < nhashes; i++)
		j->hashes[i] = xstrdup(hashes[i]);
	j->nhashes = nhashes;
	return STATE_PENDING;
}

enum state_status
state_queue_undo(struct state_queue *q, bool redo, const char **desc)
{
	int rc;

	if (desc)
		*desc = NULL;
	if (q->n == 0) {
		rc = redo ? state_redo(q->s, desc) : state_undo(q->s, desc);
		if (rc == STATE_OK)
			q->done++;
		if (rc != STATE_BUSY)
			return rc;
	}
	push(q, redo ? JOB_REDO : JOB_UNDO, redo ? "redo the last undone change"
	     : "undo the last change");
	return STATE_PENDING;
}

/* Hand the descriptions of jobs from..n back and forget the jobs. */
static void
drop_from(struct state_queue *q, size_t from, char ***dropped, size_t *ndropped)
{
	size_t i;

	*dropped = xcalloc(q->n - from + 1, sizeof **dropped);
	*ndropped = 0;
	for (i = from; i < q->n; i++) {
		(*dropped)[(*ndropped)++] = q->v[i].what;
		q->v[i].what = NULL;
		job_clear(&q->v[i]);
	}
	q->n = from;
}

enum state_status
state_queue_flush(struct state_queue *q, double give_up, char ***dropped, size_t *ndropped)
{
	size_t done = 0;
	int rc = STATE_OK;

	*dropped = NULL;
	*ndropped = 0;
	while (done < q->n) {
		rc = run(q, &q->v[done], NULL);
		if (rc == STATE_NONE)	/* an undo with nothing left to undo: nothing to save */
			rc = STATE_OK;
		if (rc != STATE_OK)
			break;
		job_clear(&q->v[done++]);
	}
	/* The jobs that got through leave the front of the queue. */
	memmove(q->v, q->v + done, (q->n - done) * sizeof *q->v);
	q->n -= done;
	if (rc == STATE_OK)
		return STATE_OK;
	if (rc == STATE_BUSY && now_seconds() - q->v[0].queued_at < give_up)
		return STATE_PENDING;
	drop_from(q, 0, dropped, ndropped);
	return rc;
}

void
state_queue_abandon(struct state_queue *q, char ***dropped, size_t *ndropped)
{
	drop_from(q, 0, dropped, ndropped);
}

size_t
state_queue_pending(const struct state_queue *q)
{
	return q->n;
}

const char *
state_queue_first(const struct state_queue *q)
{
	return q->n ? q->v[0].what : "";
}

unsigned long
state_queue_done(const struct state_queue *q)
{
	return q->done;
}
