/* index_prefix.c -- the prefix table: which articles have a word starting with each 1-4 letter prefix. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
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
 * thread, with a second thread cutting the prefixes of the next articles); until then
 * prefixes go through FTS5.
 */

#define PREFIX_MAX 4		/* the longest prefix the table holds */
#define PREFIX_BATCH 1024	/* articles a transaction, and a worker's share */

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

/* What cuts an article's prefixes: unicode61 for the text that is not plain ASCII words,
 * the set of prefixes given so far, the words made. Used by one thread at a time. */
struct prefixer {
	fts5_tokenizer u61;
	Fts5Tokenizer *tok;
	struct seen seen;
	struct sbuf out;
};

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
	free(p);
}

/* One unicode61 token: add its prefixes of 1..4 letters/digits not added yet. */
static int
prefix_token(void *ud, int tflags, const char *tok, int n, int start, int end)
{
	struct prefixer *p = ud;
	int k, len;

	(void)tflags;
	(void)start;
	(void)end;
	for (len = 0; len < n && len < PREFIX_MAX && alnum((unsigned char)tok[len]); len++)
		;
	/* The longest prefix already there means the shorter ones are too. */
	for (k = len; k > 0 && seen_add(&p->seen, pack(tok, k)); k--) {
		sb_add(&p->out, tok, (size_t)k);
		sb_addc(&p->out, ' ');
	}
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
			for (k = 0; k < PREFIX_MAX && i + (size_t)k < j; k++)
				low[k] = (char)(s[i + k] | (s[i + k] >= 'A' ? 0x20 : 0));
			prefix_token(p, 0, low, k, 0, 0);
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
	text_prefixes(p, ft, tl);
	text_prefixes(p, fb, bl);
	free(ft);
	free(fb);
	*len = p->out.len;
	return sb_cstr(&p->out);
}

bool
index_prefix_usable(const struct index *ix, const char *text, bool prefix)
{
	size_t i, n = strlen(text);

	if (!prefix || n == 0 || n > PREFIX_MAX || !__atomic_load_n(&ix->prefix_ready,
								      __ATOMIC_ACQUIRE))
		return false;
	for (i = 0; i < n; i++)
		if (!alnum((unsigned char)text[i]))
			return false;
	return true;
}

static bool
stopped(volatile int *stop)
{
	return stop && *stop;
}

/* One batch of articles [lo, hi): their prefix words, cut on a worker thread. */
struct batch {
	struct prefixer *p;
	const struct corpus *c;
	size_t lo, hi;
	char **words;	/* owned, hi - lo of them; NULL after a stop */
	volatile int *stop;	/* not owned; the caller's quit flag, or NULL */
};

static void *
cut_batch(void *ud)
{
	struct batch *b = ud;
	size_t i, len;

	for (i = b->lo; i < b->hi; i++) {
		const char *w;

		/* A quit is seen within one article, not after the whole batch (~0.2 s). */
		if (stopped(b->stop)) {
			for (; i < b->hi; i++)
				b->words[i - b->lo] = NULL;
			break;
		}
		w = prefix_words(b->p, b->c->arts[i], &len);
		b->words[i - b->lo] = xmalloc(len + 1);
		memcpy(b->words[i - b->lo], w, len + 1);
	}
	return NULL;
}

/* Start cutting the batch from lo (on a thread when one can be made); *th says if so. */
static void
start_batch(struct batch *b, size_t lo, pthread_t *th, bool *threaded)
{
	b->lo = lo;
	b->hi = lo + PREFIX_BATCH < b->c->n ? lo + PREFIX_BATCH : b->c->n;
	*threaded = pthread_create(th, NULL, cut_batch, b) == 0;
	if (!*threaded)
		cut_batch(b);
}

/* Insert the words of a cut batch, none once *stop is set, freeing them all; false when
 * an insert fails. */
static bool
insert_batch(sqlite3_stmt *st, struct batch *b, volatile int *stop)
{
	size_t i;
	bool ok = true;

	for (i = b->lo; i < b->hi; i++) {
		char *w = b->words[i - b->lo];

		if (ok && w && !stopped(stop)) {
			sqlite3_bind_int64(st, 1, b->c->arts[i]->id);
			sqlite3_bind_text(st, 2, w, -1, SQLITE_STATIC);
			ok = sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
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

enum index_status
index_build_prefixes(struct index *ix, volatile int *stop)
{
	const struct corpus *c = ix->corpus;
	volatile int skip = 1;
	struct batch b[2];
	struct prefixer *p;
	sqlite3_stmt *st = NULL;
	pthread_t th;
	bool threaded = false, ok = true, pending;
	int rc = INDEX_ERROR, k;
	size_t lo;

	if (!c)
		return INDEX_OK;
	/* All on the build thread's own connection: the UI's queries and their interrupt
	 * go on the other one meanwhile. */
	if (!(p = prefixer_new(ix->bdb)))
		return index_bfail(ix, "starting the prefix table");
	/* One segment a batch, not merged while filling (100 at 100k articles): a prefix is
	 * then a lookup in each of them, as fast as in merged ones for one or two prefixes a
	 * query, and filling takes 7.7 -> 5.5 s at 100k articles. */
	if (bexec(ix, "INSERT INTO pfx(pfx, rank) VALUES('automerge', 0);"
		       "INSERT INTO pfx(pfx, rank) VALUES('crisismerge', 1000);"
		       "BEGIN", "starting the prefix table") != INDEX_OK) {
		prefixer_free(p);
		return INDEX_ERROR;
	}
	if (sqlite3_prepare_v2(ix->bdb, "INSERT INTO pfx(rowid, w) VALUES(?,?)", -1, &st,
			       NULL) != SQLITE_OK) {
		index_bfail(ix, "preparing the prefix table");
		goto out;
	}
	/* While one batch goes into SQLite, the next is cut on the other core. */
	for (k = 0; k < 2; k++)
		b[k] = (struct batch){ p, c, 0, 0, xmalloc(PREFIX_BATCH * sizeof(char *)), stop };
	if ((pending = c->n > 0))
		start_batch(&b[0], 0, &th, &threaded);
	for (lo = 0, k = 0; pending; lo += PREFIX_BATCH, k ^= 1) {
		if (threaded)
			pthread_join(th, NULL);
		threaded = false;
		if ((pending = lo + PREFIX_BATCH < c->n && ok && !stopped(stop)))
			start_batch(&b[k ^ 1], lo + PREFIX_BATCH, &th, &threaded);
		/* After an error only freed. */
		if (!insert_batch(st, &b[k], ok ? stop : &skip)) {
			index_bfail(ix, "adding an article's prefixes");
			ok = false;
		}
		/* Committed now and then, so the UI's queries on the other connection wait
		 * for one short commit at most, never for the whole fill. */
		if (ok && !stopped(stop) &&
		    bexec(ix, "COMMIT; BEGIN", "committing the prefix table") != INDEX_OK)
			ok = false;
	}
	free(b[0].words);
	free(b[1].words);
	if (ok && !stopped(stop))
		rc = bexec(ix, "COMMIT", "committing the prefix table");
	if (rc == INDEX_OK)
		__atomic_store_n(&ix->prefix_ready, 1, __ATOMIC_RELEASE);
out:
	sqlite3_finalize(st);
	prefixer_free(p);
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
	for (i = 0; i < 2 && rc == INDEX_OK; i++) {
		const char *w = prefix_words(p, v[i], &len);

		if (sqlite3_prepare_v2(ix->db, sql[i], -1, &st, NULL) != SQLITE_OK)
			rc = index_fail(ix, "preparing the prefix table");
		else {
			sqlite3_bind_int64(st, 1, id);
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
