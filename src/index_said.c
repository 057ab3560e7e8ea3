/* index_said.c -- who says the quotes of each article, for the mention rows: found ahead on every core, taken in order. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/index.h"
#include "dossier/quote.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * The mention table's quotes column needs quote_article() on every article after the
 * corpus is resolved (a speaker is the entity of a mention). That was most of the
 * entity tables' time (2 s of 4.5 s at 10k articles), serial on the thread that writes
 * the rows. Here workers on the other cores find the speakers of articles ahead of the
 * writer, which takes them in article order (its rows go in in that order) and finds
 * itself any article no worker has taken yet: each article is claimed once (an atomic
 * state), so the answer is the same whichever thread finds it. The workers touch no
 * SQLite connection; each writes only the slot and the kept blob of the articles it
 * claimed.
 */

#define SAID_MAX_THREADS 8	/* workers at most, beside the writer */

enum { SAID_FREE, SAID_TAKEN, SAID_DONE };

/* One article's speakers, found by a worker. */
struct said_slot {
	uint32_t *ids;		/* owned until taken; ascending, one per quote */
	size_t n;
	atomic_int state;	/* SAID_*: claimed by one thread, done with a release store */
};

struct said_pool {
	const struct corpus *c;		/* not owned */
	const struct entity_set *es;	/* not owned */
	struct ex_blob *kept;		/* not owned; NULL, or nkept articles' kept quotes */
	size_t nkept, n;		/* articles: the entity set's */
	struct said_slot *slot;		/* owned; one per article */
	atomic_size_t next;		/* the next article a worker may claim */
	pthread_mutex_t lock;		/* with done: a worker finished an article */
	pthread_cond_t done;
	pthread_t tid[SAID_MAX_THREADS];
	size_t nthreads;		/* workers started */
};

static int said_threads = -1;	/* index_said_threads(); -1: one per core */

void
index_said_threads(int n)
{
	said_threads = n;
}

/*
 * An article's quotes depend on its text and its mentions alone (quote.c): the
 * speakers are the entities of mentions. So the persistent index keeps, per article,
 * which of its entities (numbered by their first mention) said each quote, with a digest
 * of its mentions (spans, types, which are one entity); an article whose mentions come
 * out the same (another article changed, or a correction elsewhere) has the same quotes
 * and needs no text. Kept as: 8 bytes of digest, a varint count, the numbers (varints);
 * then the quotes themselves (`dossier quotes` answers from them, index_kept_quotes()):
 * a varint count, and per quote, as varints, start, end, quote_start, quote_end,
 * who_start, who_end, kind and its speaker's number + 1 (0: nobody). A blob without
 * them (an article's quotes whose speaker is none of its mentions' entities, which
 * quote.c never gives) only counts speakers.
 */
struct qshape {
	uint64_t digest;
	uint32_t *first;	/* owned; per number, its entity */
	size_t n;
};

/* The number of entity e in s (by its first mention), or -1. */
static long
shape_number(const struct qshape *s, uint32_t e)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->first[i] == e)
			return (long)i;
	return -1;
}

/* The digest of mentions m[0..n) and their entities numbered; linear in practice (an
 * article names a few dozen entities; quadratic in them at worst). */
static void
shape_of(const struct mention *m, size_t n, struct qshape *s)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t k;
	long c;

	s->n = 0;
	s->first = xmalloc((n ? n : 1) * sizeof *s->first);
	for (k = 0; k < n; k++) {
		uint64_t v[4];
		size_t b;

		if ((c = shape_number(s, m[k].entity)) < 0) {
			c = (long)s->n;
			s->first[s->n++] = m[k].entity;
		}
		v[0] = m[k].start;
		v[1] = m[k].end;
		v[2] = m[k].type;
		v[3] = (uint64_t)c;
		for (b = 0; b < sizeof v; b++)
			h = (h ^ ((const unsigned char *)v)[b]) * 0x100000001b3ULL;
	}
	s->digest = h;
}

/* A kept blob being read: varints from p to end; bad once one is cut short. */
struct rd {
	const unsigned char *p, *end;
	bool bad;
};

static uint64_t
get(struct rd *r)
{
	uint64_t v = 0;
	unsigned shift;

	for (shift = 0; r->p < r->end && shift < 64; shift += 7) {
		v |= (uint64_t)(*r->p & 0x7f) << shift;
		if (!(*r->p++ & 0x80))
			return v;
	}
	r->bad = true;
	return 0;
}

/* The blob b opened past its digest when it is s's; false when it does not fit s. */
static bool
open_kept(const struct ex_blob *b, const struct qshape *s, struct rd *r)
{
	uint64_t d = 0;
	size_t i;

	if (!b->data || b->len < 9)
		return false;
	for (i = 0; i < 8; i++)
		d |= (uint64_t)b->data[i] << (8 * i);
	r->p = b->data + 8;
	r->end = b->data + b->len;
	r->bad = false;
	return d == s->digest;
}

/* The speakers' section read into *q (entity ids, in the quotes' order): their count, or
 * -1 when it is damaged. */
static long
read_speakers(struct rd *r, const struct qshape *s, uint32_t **q, size_t *cap)
{
	uint64_t n = get(r), v, k;

	if (r->bad || n > (uint64_t)(r->end - r->p))
		return -1;
	xgrow((void **)q, cap, n + 1, sizeof **q);
	for (k = 0; k < n; k++) {
		v = get(r);
		if (r->bad || v >= s->n)
			return -1;
		(*q)[k] = s->first[v];
	}
	return (long)n;
}

/* The kept quotes of an article back as speakers (entity ids, ascending, one per quote)
 * into *q; -1 when b does not fit s. */
static long
kept_speakers(const struct ex_blob *b, const struct qshape *s, uint32_t **q, size_t *cap)
{
	struct rd r;
	long n;

	if (!open_kept(b, s, &r) || (n = read_speakers(&r, s, q, cap)) < 0)
		return -1;
	qsort(*q, (size_t)n, sizeof **q, cmp_u32);
	return n;
}

/* One kept quote into q; false when it is damaged. */
static bool
read_quote(struct rd *r, const struct qshape *s, struct quote *q)
{
	uint64_t v[8];
	size_t i;

	for (i = 0; i < 8; i++)
		v[i] = get(r);
	if (r->bad || v[1] < v[0] || v[3] < v[2] || v[5] < v[4] || v[1] > UINT32_MAX ||
	    v[3] > UINT32_MAX || v[5] > UINT32_MAX || v[6] >= QUOTE_NKINDS || v[7] > s->n)
		return false;
	q->start = (uint32_t)v[0];
	q->end = (uint32_t)v[1];
	q->quote_start = (uint32_t)v[2];
	q->quote_end = (uint32_t)v[3];
	q->who_start = (uint32_t)v[4];
	q->who_end = (uint32_t)v[5];
	q->kind = (uint8_t)v[6];
	q->entity = v[7] ? s->first[v[7] - 1] : QUOTE_NOBODY;
	return true;
}

bool
index_kept_quotes(const struct ex_blob *b, const struct mention *m, size_t nm,
		  struct quote_list *out)
{
	struct qshape s = {0};
	struct rd r;
	uint32_t *q = NULL;
	size_t cap = 0;
	uint64_t n, k;
	bool ok;

	out->n = 0;
	if (!b || !nm)
		return false;
	shape_of(m, nm, &s);
	ok = open_kept(b, &s, &r) && read_speakers(&r, &s, &q, &cap) >= 0 && r.p < r.end;
	n = ok ? get(&r) : 0;
	if (r.bad || n > (uint64_t)(r.end - r.p))
		ok = false;
	for (k = 0; ok && k < n; k++) {
		xgrow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v);
		ok = read_quote(&r, &s, &out->v[out->n++]);
	}
	if (!ok || r.p != r.end)
		out->n = 0;
	free(q);
	free(s.first);
	return ok && r.p == r.end;
}

static void
put_varint(struct sbuf *b, uint64_t v)
{
	for (; v >= 0x80; v >>= 7)
		sb_addc(b, (char)(v | 0x80));
	sb_addc(b, (char)v);
}

/* The quotes of ql kept after the speakers, unless a speaker is none of s's entities. */
static void
keep_spans(struct sbuf *o, const struct qshape *s, const struct quote_list *ql)
{
	size_t i, at = o->len;
	long k;

	put_varint(o, ql->n);
	for (i = 0; i < ql->n; i++) {
		const struct quote *q = &ql->v[i];

		k = q->entity == QUOTE_NOBODY ? -1 : shape_number(s, q->entity);
		if (q->entity != QUOTE_NOBODY && k < 0) {
			o->len = at;	/* only the speakers, then */
			return;
		}
		put_varint(o, q->start);
		put_varint(o, q->end);
		put_varint(o, q->quote_start);
		put_varint(o, q->quote_end);
		put_varint(o, q->who_start);
		put_varint(o, q->who_end);
		put_varint(o, q->kind);
		put_varint(o, (uint64_t)(k + 1));
	}
}

/* The speakers q[0..nq) of ql's quotes kept in b for shape s, and the quotes. */
static void
keep_speakers(struct ex_blob *b, const struct qshape *s, const uint32_t *q, size_t nq,
	      const struct quote_list *ql)
{
	struct sbuf o = {0};
	size_t i;

	for (i = 0; i < 8; i++)
		sb_addc(&o, (char)(s->digest >> (8 * i)));
	put_varint(&o, nq);
	for (i = 0; i < nq; i++)
		put_varint(&o, (uint64_t)shape_number(s, q[i]));
	keep_spans(&o, s, ql);
	free(b->data);
	b->data = (unsigned char *)o.data;
	b->len = o.len;
	b->fresh = true;
}

/* The speakers of article a's quotes, ascending, into *q (see quote_speakers()): from
 * what was kept when its mentions are the same, else from its text (then kept). */
static size_t
quote_ids(const struct said_pool *p, size_t a, struct quote_list *ql, uint32_t **q,
	  size_t *cap)
{
	const struct entity_set *es = p->es;
	struct ex_blob *b = p->kept && a < p->nkept ? &p->kept[a] : NULL;
	struct qshape s = {0};
	size_t n;
	long k;

	if (!p->c || a >= p->c->n || !es->nmentions[a])
		return 0;
	if (b)
		shape_of(es->mentions[a], es->nmentions[a], &s);
	if (b && (k = kept_speakers(b, &s, q, cap)) >= 0) {
		free(s.first);
		return (size_t)k;
	}
	/* Held, not kept: a TUI's first build lets the text go again (corpus_text.c). */
	article_hold(p->c->arts[a]);
	quote_article_held(p->c->arts[a], es->mentions[a], es->nmentions[a], ql);
	n = quote_speakers(ql, q, cap);
	if (b)
		keep_speakers(b, &s, *q, n, ql);
	article_release(p->c->arts[a]);
	free(s.first);
	return n;
}

static bool
claim(struct said_slot *s)
{
	int want = SAID_FREE;

	return atomic_compare_exchange_strong(&s->state, &want, SAID_TAKEN);
}

static void *
said_worker(void *ud)
{
	struct said_pool *p = ud;
	struct quote_list ql = {0};
	size_t a, cap;

	while ((a = atomic_fetch_add(&p->next, 1)) < p->n) {
		struct said_slot *s = &p->slot[a];

		if (!claim(s))
			continue;	/* the writer got there first */
		cap = 0;
		s->n = quote_ids(p, a, &ql, &s->ids, &cap);
		atomic_store(&s->state, SAID_DONE);
		pthread_mutex_lock(&p->lock);
		pthread_cond_broadcast(&p->done);
		pthread_mutex_unlock(&p->lock);
	}
	quote_list_free(&ql);
	return NULL;
}

/* Workers beside the writer: one per other core (none on one core or for a few
 * articles, where a thread costs more than it saves). */
static size_t
worker_count(size_t n)
{
	long ncpu = said_threads >= 0 ? said_threads + 1 : sysconf(_SC_NPROCESSORS_ONLN);

	if (said_threads < 0 && n < 32)
		return 0;
	if (ncpu <= 1)
		return 0;
	return ncpu - 1 > SAID_MAX_THREADS ? SAID_MAX_THREADS : (size_t)ncpu - 1;
}

struct said_pool *
index_said_start(const struct corpus *c, const struct entity_set *es, struct ex_blob *kept,
		 size_t nkept)
{
	struct said_pool *p = xcalloc(1, sizeof *p);
	size_t i, want;

	if (c && es->narticles)	/* (a build that counts them later: no pass now) */
		bench_mark("quotes_start");	/* bench/features.sh: the quote pass, to "quoted" */
	p->c = c;
	p->es = es;
	p->kept = kept;
	p->nkept = kept ? nkept : 0;
	p->n = c ? es->narticles : 0;
	p->slot = xcalloc(p->n ? p->n : 1, sizeof *p->slot);
	for (i = 0; i < p->n; i++)
		atomic_init(&p->slot[i].state, SAID_FREE);
	atomic_init(&p->next, 0);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->done, NULL);
	want = worker_count(p->n);
	for (i = 0; i < want; i++)
		if (pthread_create(&p->tid[p->nthreads], NULL, said_worker, p) == 0)
			p->nthreads++;
	return p;
}

size_t
index_said_take(struct said_pool *p, size_t a, struct quote_list *ql, uint32_t **q,
		size_t *cap)
{
	struct said_slot *s;
	size_t n;

	if (a >= p->n)
		return 0;
	s = &p->slot[a];
	if (claim(s))
		return quote_ids(p, a, ql, q, cap);	/* nobody had: the writer finds it */
	if (atomic_load(&s->state) != SAID_DONE) {
		pthread_mutex_lock(&p->lock);
		while (atomic_load(&s->state) != SAID_DONE)
			pthread_cond_wait(&p->done, &p->lock);
		pthread_mutex_unlock(&p->lock);
	}
	n = s->n;
	xgrow((void **)q, cap, n + 1, sizeof **q);
	if (n)
		memcpy(*q, s->ids, n * sizeof **q);
	free(s->ids);
	s->ids = NULL;
	return n;
}

size_t
index_said_workers(const struct said_pool *p)
{
	return p ? p->nthreads : 0;
}

void
index_said_stop(struct said_pool *p)
{
	size_t i;

	if (!p)
		return;
	atomic_store(&p->next, p->n);	/* an early stop (an error): claim no more */
	for (i = 0; i < p->nthreads; i++)
		pthread_join(p->tid[i], NULL);
	if (p->c && p->n)
		bench_mark("quoted");
	for (i = 0; i < p->n; i++)
		free(p->slot[i].ids);
	free(p->slot);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->done);
	free(p);
}

/*
 * The quotes counted after "ready" (the TUI's first build, pipeline.c): the entity
 * tables went in with every mention row's quotes at 0, so that entity: and the sidebar
 * come a quarter sooner (the quote pass was 0.45 s of 2.0 s at 10k articles, 4.5 s of
 * 20 s at 100k); the counts are then written into those rows in place, through a
 * connection of this thread's own to the shared in-memory database the index attached.
 * Each batch's speakers are found first (with the pool's workers), then written in one
 * short transaction: the UI's queries wait for no more than that (busy_timeout).
 */
#define QUOTE_BATCH 256		/* articles a transaction */

struct said_row {
	uint32_t article, entity, count;
};

/* The rows of articles [a, b) with quotes into *v (*n of them). */
static void
batch_rows(struct said_pool *said, size_t a, size_t b, struct said_row **v, size_t *n,
	   size_t *cap, struct quote_list *ql, uint32_t **q, size_t *qcap)
{
	size_t nq, k, j;

	*n = 0;
	for (; a < b; a++) {
		nq = index_said_take(said, a, ql, q, qcap);
		for (k = 0; k < nq; k = j) {
			for (j = k; j < nq && (*q)[j] == (*q)[k]; j++)
				;
			xgrow((void **)v, cap, *n + 1, sizeof **v);
			(*v)[(*n)++] = (struct said_row){ (uint32_t)a, (*q)[k], (uint32_t)(j - k) };
		}
	}
}

static int
put_rows(sqlite3 *db, sqlite3_stmt *up, const struct said_row *v, size_t n)
{
	size_t i;
	int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);

	for (i = 0; i < n && rc == SQLITE_OK; i++) {
		sqlite3_bind_int64(up, 1, v[i].article);
		sqlite3_bind_int64(up, 2, v[i].entity);
		sqlite3_bind_int64(up, 3, v[i].count);
		rc = sqlite3_step(up) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
		sqlite3_reset(up);
	}
	if (rc == SQLITE_OK)
		return sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

enum index_status
index_ents_count_quotes(const struct index_ents *t, const struct corpus *c,
			const struct entity_set *es, struct ex_blob *kept, size_t nkept,
			volatile int *stop, char *err, size_t errlen)
{
	const char *uri[2];
	sqlite3 *db = NULL;
	sqlite3_stmt *up = NULL;
	struct said_pool *said;
	struct said_row *v = NULL;
	struct quote_list ql = {0};
	uint32_t *q = NULL;
	size_t cap = 0, qcap = 0, n, a, b;
	int rc;

	err[0] = '\0';
	test_hold_file("DOSSIER_TEST_HOLD_QUOTES");	/* tests/cli/quotes_later.sh */
	index_ents_uris(t, uri);
	rc = sqlite3_open_v2(uri[1], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI |
			     SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_OK) {
		/* A query of the screen holds its read for milliseconds */
		sqlite3_busy_timeout(db, 60000);
		rc = sqlite3_prepare_v2(db, "UPDATE mention SET quotes = ?3 WHERE article = ?1"
					" AND entity = ?2", -1, &up, NULL);
	}
	if (rc != SQLITE_OK) {
		snprintf(err, errlen, "cannot count the quotes of the articles");
		sqlite3_close(db);
		return INDEX_ERROR;
	}
	said = index_said_start(c, es, kept, nkept);
	for (a = 0; a < es->narticles && rc == SQLITE_OK && !stop_set(stop); a = b) {
		b = es->narticles - a < QUOTE_BATCH ? es->narticles : a + QUOTE_BATCH;
		batch_rows(said, a, b, &v, &n, &cap, &ql, &q, &qcap);
		if (n && (rc = put_rows(db, up, v, n)) != SQLITE_OK)
			snprintf(err, errlen, "cannot write the count of quotes: %s",
				 rc == SQLITE_BUSY ? "the index stayed busy" : "an SQLite error");
	}
	index_said_stop(said);
	sqlite3_finalize(up);
	sqlite3_close(db);
	free(v);
	free(q);
	quote_list_free(&ql);
	return rc == SQLITE_OK && !stop_set(stop) ? INDEX_OK : INDEX_ERROR;
}
