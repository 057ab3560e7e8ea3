/* index_prefix.c -- the prefix table: which articles have a word starting with each 1-4 letter prefix. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"

/*
 * FTS5 answers `mar*` by merging the position lists of every word starting with "mar"
 * (1,300 words and 530,000 article entries at 100k articles: ~100 ms). The filter only
 * needs the articles, so a second FTS5 table with no positions (detail=none) holds, per
 * article, each distinct prefix of 1 to 4 letters or digits of its words ("m ma mar mark
 * b ba ban ..."): `mar*` is then one short list of article ids. The words are cut from the
 * tokens of the tokenizer the fts table uses (unicode61 remove_diacritics 2, on the same
 * folded text), so a prefix is in the table exactly when FTS5's own `"mar"*` matches the
 * article (tests/unit/test_prefix.c compares every one). Longer prefixes, and any with
 * other characters, stay with FTS5 (they match few words).
 *
 * The table is filled once the index is ready (index_build_prefixes(), on the build
 * thread, with a thread per core cutting the prefixes of the next articles); until
 * then prefixes go through FTS5.
 */

#define PREFIX_MAX 4		/* the longest prefix the table holds */
#define PREFIX_BATCH 1024	/* articles a transaction, cut by the workers together */
#define PREFIX_PARTS 4		/* cutting threads at most */

/* A prefix of up to 4 letters/digits packed in a word (its bytes, zero-padded). */
static uint32_t
pack(const char *p, int n)
{
	uint32_t k = 0;
	int i;

	for (i = 0; i < n; i++)
		k |= (uint32_t)(unsigned char)p[i] << (8 * i);
	return k;
}

static bool
alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The prefixes of one column already given to FTS5: an open-addressing set of packed
 * keys stamped with the column's generation, so it is never cleared. */
struct slot {
	uint32_t key, gen;
};

struct seen {
	struct slot *slot;
	size_t cap, used;	/* slots (a power of two), slots of this generation */
	uint32_t now;
};

static bool seen_add(struct seen *s, uint32_t k);

static void
seen_grow(struct seen *s)
{
	struct seen old = *s;
	size_t i;

	s->cap = old.cap ? old.cap * 2 : 4096;
	s->slot = xcalloc(s->cap, sizeof *s->slot);
	s->used = 0;
	for (i = 0; i < old.cap; i++)
		if (old.slot[i].gen == s->now)
			(void)seen_add(s, old.slot[i].key);
	free(old.slot);
}

/* Add k; false if it was there already. */
static bool
seen_add(struct seen *s, uint32_t k)
{
	size_t i;

	if (2 * (s->used + 1) > s->cap)
		seen_grow(s);
	for (i = (k * 2654435761u) >> 7 & (s->cap - 1); s->slot[i].gen == s->now;
	     i = (i + 1) & (s->cap - 1))
		if (s->slot[i].key == k)
			return false;
	s->slot[i] = (struct slot){ k, s->now };
	s->used++;
	return true;
}

static void
seen_next(struct seen *s)
{
	s->used = 0;
	if (++s->now == 0) {	/* wrapped: forget every stamp */
		if (s->slot)
			memset(s->slot, 0, s->cap * sizeof *s->slot);
		s->now = 1;
	}
}

/* The distinct words of one column, in the order first seen: "w1 w2 ...". */
struct terms {
	struct sbuf out;
	uint32_t *at;		/* open addressing: 1 + offset of a word in out, 0 empty */
	uint16_t *len;		/* its length */
	uint32_t *taken;	/* the slots of at in use, used of them: emptied one by one
				   for the next article (a memset of the whole table, grown
				   to the longest article, was 10% of the fill) */
	size_t cap, used;
};

/* What cuts an article's prefixes: unicode61 for the text that is not plain ASCII words,
 * the set of prefixes given so far, the words made; with want_terms, also each column's
 * distinct words (the doc table). Used by one thread at a time. */
struct prefixer {
	fts5_tokenizer u61;
	Fts5Tokenizer *tok;
	struct seen seen;
	struct sbuf out;
	bool want_terms;
	int col;		/* the column being cut: 0 title, 1 body */
	struct terms terms[2];
};

static void
terms_clear(struct terms *t)
{
	size_t i;

	t->out.len = 0;
	sb_cstr(&t->out);
	for (i = 0; i < t->used; i++)
		t->at[t->taken[i]] = 0;
	t->used = 0;
}

static void terms_add(struct terms *t, const char *w, size_t n);

static void
terms_grow(struct terms *t)
{
	struct terms old = *t;
	size_t i;

	t->cap = old.cap ? old.cap * 2 : 1024;
	t->at = xcalloc(t->cap, sizeof *t->at);
	t->len = xcalloc(t->cap, sizeof *t->len);
	t->taken = xmalloc(t->cap / 2 * sizeof *t->taken);
	t->used = 0;
	for (i = 0; i < old.cap; i++)
		if (old.at[i]) {
			size_t h = fnv1a(old.out.data + old.at[i] - 1, old.len[i]) & (t->cap - 1);

			while (t->at[h])
				h = (h + 1) & (t->cap - 1);
			t->at[h] = old.at[i];
			t->len[h] = old.len[i];
			t->taken[t->used++] = (uint32_t)h;
		}
	free(old.at);
	free(old.len);
	free(old.taken);
}

/* Add word w[0..n) unless it is there (a word longer than 65535 bytes is cut there, as
 * no real one is). */
static void
terms_add(struct terms *t, const char *w, size_t n)
{
	size_t h;

	if (n > UINT16_MAX)
		n = UINT16_MAX;
	if (2 * (t->used + 1) > t->cap)
		terms_grow(t);
	for (h = fnv1a(w, n) & (t->cap - 1); t->at[h]; h = (h + 1) & (t->cap - 1))
		if (t->len[h] == n && memcmp(t->out.data + t->at[h] - 1, w, n) == 0)
			return;
	if (t->out.len)
		sb_addc(&t->out, ' ');
	t->at[h] = (uint32_t)t->out.len + 1;
	t->len[h] = (uint16_t)n;
	sb_add(&t->out, w, n);
	t->taken[t->used++] = (uint32_t)h;
}

static void
terms_free(struct terms *t)
{
	sb_free(&t->out);
	free(t->at);
	free(t->len);
	free(t->taken);
}

/* A prefixer with the unicode61 tokenizer of db (the connection of the calling thread);
 * NULL if it cannot be had. */
static struct prefixer *
prefixer_new(sqlite3 *db)
{
	static const char *args[] = { "remove_diacritics", "2" };
	struct prefixer *p = xcalloc(1, sizeof *p);
	fts5_api *api = index_fts5_api(db);
	void *ud;

	p->seen.now = 1;
	if (!api || api->xFindTokenizer(api, "unicode61", &ud, &p->u61) != SQLITE_OK ||
	    p->u61.xCreate(ud, args, 2, &p->tok) != SQLITE_OK) {
		free(p);
		return NULL;
	}
	return p;
}

static void
prefixer_free(struct prefixer *p)
{
	if (!p)
		return;
	p->u61.xDelete(p->tok);
	free(p->seen.slot);
	sb_free(&p->out);
	terms_free(&p->terms[0]);
	terms_free(&p->terms[1]);
	free(p);
}

/* Add the prefixes of 1..4 letters/digits of token tok[0..n) not added yet. */
static void
add_prefixes(struct prefixer *p, const char *tok, int n)
{
	int k, len;

	for (len = 0; len < n && len < PREFIX_MAX && alnum((unsigned char)tok[len]); len++)
		;
	/* The longest prefix already there means the shorter ones are too. */
	for (k = len; k > 0 && seen_add(&p->seen, pack(tok, k)); k--) {
		sb_add(&p->out, tok, (size_t)k);
		sb_addc(&p->out, ' ');
	}
}

/* One unicode61 token: its prefixes, and the word itself for the doc table. */
static int
prefix_token(void *ud, int tflags, const char *tok, int n, int start, int end)
{
	struct prefixer *p = ud;

	(void)tflags;
	(void)start;
	(void)end;
	if (p->want_terms)
		terms_add(&p->terms[p->col], tok, (size_t)n);
	add_prefixes(p, tok, n);
	return SQLITE_OK;
}

/* 0: ASCII that ends a token, 1: ASCII letter or digit, 2: a byte of anything else */
static const unsigned char cls[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

/* A run of ASCII letters and digits is one unicode61 token, lower case. */
static void
ascii_term(struct prefixer *p, const char *s, size_t n)
{
	char stack[64], *w = n <= sizeof stack ? stack : xmalloc(n);
	size_t i;

	for (i = 0; i < n; i++)
		w[i] = (char)(s[i] | (s[i] >= 'A' ? 0x20 : 0));
	terms_add(&p->terms[p->col], w, n);
	if (w != stack)
		free(w);
}

/*
 * The prefixes of one folded text. ASCII punctuation and spaces always end a unicode61
 * token, so the text splits at them into runs: a run of ASCII letters and digits is one
 * token, read here directly (the common case: folded text is mostly ASCII); a run holding
 * any other byte goes to unicode61 itself, whose rules for the rest of Unicode are its own.
 */
static void
text_prefixes(struct prefixer *p, const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	char low[PREFIX_MAX];
	size_t i = 0, j;
	int k;
	unsigned char kinds;

	while (i < n) {
		if (!cls[s[i]]) {
			i++;
			continue;
		}
		for (kinds = 0, j = i; j < n && cls[s[j]]; j++)
			kinds |= cls[s[j]];
		if (kinds == 1) {
			if (p->want_terms)
				ascii_term(p, text + i, j - i);
			for (k = 0; k < PREFIX_MAX && i + (size_t)k < j; k++)
				low[k] = (char)(s[i + k] | (s[i + k] >= 'A' ? 0x20 : 0));
			add_prefixes(p, low, k);
		} else {
			p->u61.xTokenize(p->tok, p, FTS5_TOKENIZE_DOCUMENT, text + i, (int)(j - i),
					 prefix_token);
		}
		i = j;
	}
}

/* The prefix words of a's folded title and body, as the pfx row holds them (p->out). */
static const char *
prefix_words(struct prefixer *p, const struct article *a, size_t *len)
{
	size_t tl, bl;
	char *ft = text_fold(a->title, strlen(a->title), &tl);
	char *fb = index_folded_body(a, &bl);

	p->out.len = 0;
	seen_next(&p->seen);
	terms_clear(&p->terms[0]);
	terms_clear(&p->terms[1]);
	p->col = 0;
	text_prefixes(p, ft, tl);
	p->col = 1;
	text_prefixes(p, fb, bl);
	free(ft);
	free(fb);
	*len = p->out.len;
	return sb_cstr(&p->out);
}

bool
index_prefix_word(const char *text, bool prefix)
{
	size_t i, n = strlen(text);

	if (!prefix || n == 0 || n > PREFIX_MAX)
		return false;
	for (i = 0; i < n; i++)
		if (!alnum((unsigned char)text[i]))
			return false;
	return true;
}

bool
index_prefix_usable(const struct index *ix, const char *text, bool prefix)
{
	return __atomic_load_n(&ix->prefix_ready, __ATOMIC_ACQUIRE) &&
	       index_prefix_word(text, prefix);
}

static bool
stopped(volatile int *stop)
{
	return stop_set(stop);
}

/* One batch of articles [lo, hi): their prefix words, cut on worker threads, a part
 * each; with the doc table wanted, each one's words too (title, body). */
struct batch;
struct part {
	struct batch *b;
	struct prefixer *p;	/* not owned; this part's (one per part, shared by the
				   two batches, which are never cut at the same time) */
	size_t lo, hi;		/* its articles, inside the batch's */
	pthread_t th;
	bool threaded;		/* cut on th (else already cut) */
};

struct batch {
	const struct corpus *c;
	size_t lo, hi;
	char **words;	/* owned, hi - lo of them; NULL after a stop */
	char **terms;	/* owned, 2 * (hi - lo) (title, body), when want_terms */
	volatile int *stop;	/* not owned; the caller's quit flag, or NULL */
	struct part part[PREFIX_PARTS];
	size_t nparts;
};

static void *
cut_part(void *ud)
{
	struct part *pt = ud;
	struct batch *b = pt->b;
	size_t i, len;

	for (i = pt->lo; i < pt->hi; i++) {
		const char *w;

		/* A quit is seen within one article, not after the whole batch (~0.2 s). */
		if (stopped(b->stop)) {
			for (; i < pt->hi; i++)
				b->words[i - b->lo] = NULL;
			break;
		}
		/* Held, not kept: a TUI's first build let the texts go (corpus_text.c). A
		 * file changed since gives no rows: no words but the indexed text's go in
		 * (its change is indexed anew, by a new doc: index_doc_forget()). */
		article_hold(b->c->arts[i]);
		if (!article_text_indexed(b->c->arts[i])) {
			article_release(b->c->arts[i]);
			b->words[i - b->lo] = NULL;
			continue;
		}
		w = prefix_words(pt->p, b->c->arts[i], &len);
		b->words[i - b->lo] = xmalloc(len + 1);
		memcpy(b->words[i - b->lo], w, len + 1);
		if (pt->p->want_terms) {
			b->terms[2 * (i - b->lo)] = xstrdup(sb_cstr(&pt->p->terms[0].out));
			b->terms[2 * (i - b->lo) + 1] = xstrdup(sb_cstr(&pt->p->terms[1].out));
		}
		article_release(b->c->arts[i]);
	}
	return NULL;
}

/* Start cutting the batch from lo, its parts on threads (each one that cannot be made
 * is cut here and now). */
static void
start_batch(struct batch *b, size_t lo)
{
	size_t k, n;

	b->lo = lo;
	b->hi = lo + PREFIX_BATCH < b->c->n ? lo + PREFIX_BATCH : b->c->n;
	n = b->hi - b->lo;
	for (k = 0; k < b->nparts; k++) {
		struct part *pt = &b->part[k];

		pt->b = b;
		pt->lo = b->lo + n * k / b->nparts;
		pt->hi = b->lo + n * (k + 1) / b->nparts;
		pt->threaded = pthread_create(&pt->th, NULL, cut_part, pt) == 0;
		if (!pt->threaded)
			cut_part(pt);
	}
}

/* Wait until the batch is cut. */
static void
join_batch(struct batch *b)
{
	size_t k;

	for (k = 0; k < b->nparts; k++)
		if (b->part[k].threaded) {
			pthread_join(b->part[k].th, NULL);
			b->part[k].threaded = false;
		}
}

/* Cutting threads: one per core (the inserts take a share of a core too; at most
 * PREFIX_PARTS). */
static size_t
part_count(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > PREFIX_PARTS ? PREFIX_PARTS : (size_t)n;
}

/* Bind ?1 (a doc) and the texts ?2, ?3 that are not NULL, step st once; false if that
 * fails. */
static bool
step_doc(sqlite3_stmt *st, int64_t doc, const char *t1, const char *t2)
{
	bool ok;

	sqlite3_bind_int64(st, 1, doc);
	if (t1)
		sqlite3_bind_text(st, 2, t1, -1, SQLITE_STATIC);
	if (t2)
		sqlite3_bind_text(st, 3, t2, -1, SQLITE_STATIC);
	ok = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_reset(st);
	return ok;
}

/* Insert the words of a cut batch (st: pfx rows, dt: doc rows or NULL), none once *stop
 * is set, freeing them all; false when an insert fails. */
static bool
insert_batch(const struct index *ix, sqlite3_stmt *st, sqlite3_stmt *dt, struct batch *b,
	     volatile int *stop)
{
	size_t i, k;
	bool ok = true;

	for (i = b->lo; i < b->hi; i++) {
		char *w = b->words[i - b->lo], **t = dt ? &b->terms[2 * (i - b->lo)] : NULL;
		int64_t doc = index_article_doc(ix, b->c->arts[i]->id);

		if (ok && w && !stopped(stop))
			ok = step_doc(st, doc, w, NULL) && (!t || step_doc(dt, doc, t[0], t[1]));
		for (k = 0; t && w && k < 2; k++)	/* cut (and kept) with the words */
			free(t[k]);
		free(w);
	}
	return ok;
}

/* sqlite3_exec on the build thread's connection, with index_bfail(what) on an error. */
static int
bexec(struct index *ix, const char *sql, const char *what)
{
	if (sqlite3_exec(ix->bdb, sql, NULL, NULL, NULL) != SQLITE_OK)
		return index_bfail(ix, what);
	return INDEX_OK;
}

/* One prefixer a part, all on the build thread's own connection (the UI's queries and
 * their interrupt go on the other one meanwhile); false, none left open, on a failure. */
static bool
open_prefixers(struct index *ix, struct prefixer **pp, size_t np)
{
	size_t j;

	for (j = 0; j < np; j++) {
		if (!(pp[j] = prefixer_new(ix->bdb))) {
			while (j > 0)
				prefixer_free(pp[--j]);
			return false;
		}
		pp[j]->want_terms = ix->want_terms;
	}
	return true;
}

static void
batch_init(struct batch *b, const struct corpus *c, volatile int *stop,
	   struct prefixer **pp, size_t np)
{
	size_t j;

	memset(b, 0, sizeof *b);
	b->c = c;
	b->words = xmalloc(PREFIX_BATCH * sizeof(char *));
	b->terms = xmalloc(2 * PREFIX_BATCH * sizeof(char *));
	b->stop = stop;
	b->nparts = np;
	for (j = 0; j < np; j++)
		b->part[j].p = pp[j];
}

enum index_status
index_build_prefixes(struct index *ix, volatile int *stop)
{
	const struct corpus *c = ix->corpus;
	volatile int skip = 1;
	struct batch b[2];
	struct prefixer *p, *pp[PREFIX_PARTS] = { NULL };
	sqlite3_stmt *st = NULL, *dt = NULL;
	bool ok = true, pending;
	int rc = INDEX_ERROR, k;
	size_t lo, np = part_count(), j;

	if (!c)
		return INDEX_OK;
	if (!open_prefixers(ix, pp, np))
		return index_bfail(ix, "starting the prefix table");
	p = pp[0];
	/* One segment a batch, not merged while filling (100 at 100k articles): a prefix is
	 * then a lookup in each of them, as fast as in merged ones for one or two prefixes a
	 * query, and filling takes 7.7 -> 5.5 s at 100k articles. */
	if (bexec(ix, "INSERT INTO pfx(pfx, rank) VALUES('automerge', 0);"
		       "INSERT INTO pfx(pfx, rank) VALUES('crisismerge', 1000);"
		       "BEGIN", "starting the prefix table") != INDEX_OK) {
		for (j = 0; j < np; j++)
			prefixer_free(pp[j]);
		return INDEX_ERROR;
	}
	if (sqlite3_prepare_v2(ix->bdb, "INSERT INTO pfx(rowid, w) VALUES(?,?)", -1, &st,
			       NULL) != SQLITE_OK ||
	    (p->want_terms && sqlite3_prepare_v2(ix->bdb, "INSERT INTO doc VALUES(?,?,?)", -1,
						 &dt, NULL) != SQLITE_OK)) {
		index_bfail(ix, "preparing the prefix table");
		goto out;
	}
	/* While one batch goes into SQLite, the next is cut on the other cores. */
	for (k = 0; k < 2; k++)
		batch_init(&b[k], c, stop, pp, np);
	if ((pending = c->n > 0))
		start_batch(&b[0], 0);
	for (lo = 0, k = 0; pending; lo += PREFIX_BATCH, k ^= 1) {
		join_batch(&b[k]);
		if ((pending = lo + PREFIX_BATCH < c->n && ok && !stopped(stop)))
			start_batch(&b[k ^ 1], lo + PREFIX_BATCH);
		/* After an error only freed. */
		if (!insert_batch(ix, st, dt, &b[k], ok ? stop : &skip)) {
			index_bfail(ix, "adding an article's prefixes");
			ok = false;
		}
		/* Committed now and then, so the UI's queries on the other connection wait
		 * for one short commit at most, never for the whole fill. */
		if (ok && !stopped(stop) &&
		    bexec(ix, "COMMIT; BEGIN", "committing the prefix table") != INDEX_OK)
			ok = false;
	}
	for (k = 0; k < 2; k++) {
		free(b[k].words);
		free(b[k].terms);
	}
	if (ok && !stopped(stop))
		rc = bexec(ix, "COMMIT", "committing the prefix table");
	if (rc == INDEX_OK)
		__atomic_store_n(&ix->prefix_ready, 1, __ATOMIC_RELEASE);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(dt);
	for (j = 0; j < np; j++)
		prefixer_free(pp[j]);
	if (rc != INDEX_OK)
		sqlite3_exec(ix->bdb, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

enum index_status
index_prefix_update(struct index *ix, uint32_t id, const struct article *old,
		    const struct article *a)
{
	static const char *const sql[2] = {
		"INSERT INTO pfx(pfx, rowid, w) VALUES('delete', ?1, ?2)",
		"INSERT INTO pfx(rowid, w) VALUES(?1, ?2)",
	};
	const struct article *v[2] = { old, a };
	struct prefixer *p;
	sqlite3_stmt *st = NULL;
	size_t len;
	int i, rc = INDEX_OK;

	if (!__atomic_load_n(&ix->prefix_ready, __ATOMIC_ACQUIRE))
		return INDEX_OK;	/* not filled: not used either */
	if (!(p = prefixer_new(ix->db)))
		return index_fail(ix, "starting the prefix table");
	for (i = old ? 0 : 1; i < 2 && rc == INDEX_OK; i++) {
		const char *w = prefix_words(p, v[i], &len);

		if (sqlite3_prepare_v2(ix->db, sql[i], -1, &st, NULL) != SQLITE_OK)
			rc = index_fail(ix, "preparing the prefix table");
		else {
			sqlite3_bind_int64(st, 1, index_article_doc(ix, id));
			sqlite3_bind_text(st, 2, w, (int)len, SQLITE_STATIC);
			if (sqlite3_step(st) != SQLITE_DONE)
				rc = index_fail(ix, "replacing the article's prefixes");
		}
		sqlite3_finalize(st);
		st = NULL;
	}
	prefixer_free(p);
	return rc;
}

/* ---- one doc at a time: a cache updated in place ---------------------------------- */

/* An SQLite varint (as FTS5's docsize rows hold them) at *p before end; false if none. */
bool
index_sqlite_varint(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	const unsigned char *s = *p;
	int i;

	*v = 0;
	for (i = 0; i < 9 && s < end; i++, s++) {
		if (i == 8) {
			*v = (*v << 8) | *s;
			*p = s + 1;
			return true;
		}
		*v = (*v << 7) | (*s & 0x7f);
		if (!(*s & 0x80)) {
			*p = s + 1;
			return true;
		}
	}
	return false;
}

/* A text of exactly n words of the column, made of its distinct words (the rest the last
 * one again): what a contentless FTS5 row's delete must name. NULL if it cannot be (more
 * words than a text of len bytes holds: a damaged file). */
static char *
column_text(const char *words, uint64_t n, size_t len)
{
	struct sbuf b = {0};
	const char *last = strrchr(words, ' ');
	uint64_t k = *words ? 1 : 0;
	const char *w;

	for (w = words; *w; w++)
		k += *w == ' ';
	if (k > n || (n && !*words) || n > (uint64_t)len + 1)
		return NULL;
	sb_adds(&b, words);
	last = last ? last + 1 : words;
	for (; k < n; k++) {
		sb_addc(&b, ' ');
		sb_adds(&b, last);
	}
	return (char *)sb_cstr(&b);	/* "" for no words */
}

/* Step sql on ix->db with ?1 doc and ?2, ?3 text (when not NULL). */
static bool
exec_doc(struct index *ix, const char *sql, int64_t doc, const char *t1, const char *t2)
{
	sqlite3_stmt *st = NULL;
	bool ok = sqlite3_prepare_v2(ix->db, sql, -1, &st, NULL) == SQLITE_OK &&
		  step_doc(st, doc, t1, t2);

	sqlite3_finalize(st);
	return ok;
}

enum index_status
index_doc_remove(struct index *ix, int64_t doc, size_t len)
{
	sqlite3_stmt *st = NULL;
	const unsigned char *sz, *end;
	char *col[2] = { NULL, NULL };
	uint64_t n[2];
	struct prefixer *p = NULL;
	bool ok = false;
	int k;

	if (sqlite3_prepare_v2(ix->db, "SELECT d.title, d.body, s.sz FROM doc d JOIN fts_docsize s"
			       " ON s.id = d.doc WHERE d.doc = ?", -1, &st, NULL) != SQLITE_OK)
		goto out;
	sqlite3_bind_int64(st, 1, doc);
	if (sqlite3_step(st) != SQLITE_ROW || !(sz = sqlite3_column_blob(st, 2)))
		goto out;
	end = sz + sqlite3_column_bytes(st, 2);
	for (k = 0; k < 2; k++) {
		const char *w = (const char *)sqlite3_column_text(st, k);

		/* The title is a line of the text, or the file's name (at most 255 bytes). */
		if (!w || !index_sqlite_varint(&sz, end, &n[k]) ||
		    !(col[k] = column_text(w, n[k], k ? len : len + 256)))
			goto out;
	}
	if (!(p = prefixer_new(ix->db)))
		goto out;
	p->out.len = 0;
	seen_next(&p->seen);
	for (k = 0; k < 2; k++)
		text_prefixes(p, col[k], strlen(col[k]));
	ok = exec_doc(ix, "INSERT INTO fts(fts, rowid, title, body) VALUES('delete', ?1, ?2, ?3)",
		      doc, col[0], col[1]) &&
	     exec_doc(ix, "INSERT INTO pfx(pfx, rowid, w) VALUES('delete', ?1, ?2)", doc,
		      sb_cstr(&p->out), NULL) &&
	     exec_doc(ix, "DELETE FROM doc WHERE doc = ?1", doc, NULL, NULL);
out:
	sqlite3_finalize(st);
	prefixer_free(p);
	free(col[0]);
	free(col[1]);
	return ok ? INDEX_OK : index_fail(ix, "removing an article from the cache");
}

bool
index_doc_kept(struct index *ix, int64_t doc)
{
	sqlite3_stmt *st = NULL;
	bool yes;

	yes = sqlite3_prepare_v2(ix->db, "SELECT 1 FROM doc WHERE doc = ?", -1, &st, NULL) ==
	      SQLITE_OK && sqlite3_bind_int64(st, 1, doc) == SQLITE_OK &&
	      sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return yes;
}

enum index_status
index_doc_add(struct index *ix, int64_t doc, const struct article *a)
{
	sqlite3_stmt *st = NULL;
	struct prefixer *p;
	const char *w;
	size_t len;
	bool ok;

	if (!(p = prefixer_new(ix->db)))
		return index_fail(ix, "adding an article to the cache");
	p->want_terms = true;
	w = prefix_words(p, a, &len);
	ok = sqlite3_prepare_v2(ix->db, "INSERT INTO fts(rowid, title, body) VALUES(?,?,?)", -1,
				&st, NULL) == SQLITE_OK && index_step_folded(st, (uint32_t)doc, a) &&
	     exec_doc(ix, "INSERT INTO pfx(rowid, w) VALUES(?1, ?2)", doc, w, NULL) &&
	     exec_doc(ix, "INSERT INTO doc VALUES(?1, ?2, ?3)", doc, sb_cstr(&p->terms[0].out),
		      sb_cstr(&p->terms[1].out));
	sqlite3_finalize(st);
	prefixer_free(p);
	return ok ? INDEX_OK : index_fail(ix, "adding an article to the cache");
}
