/* index_prefix.c -- the prefix table: which articles have a word starting with each 1-4 letter prefix. MIT licence. */
#include "config.h"

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
 * article, each distinct prefix of 1 to 4 letters or digits of its words: `mar*` is then
 * one short list of article ids. Its tokenizer wraps the one the fts table uses
 * (unicode61 remove_diacritics 2, on the same folded text), so a prefix is in the table
 * exactly when FTS5's own `"mar"*` would match the article. Longer prefixes, and any with
 * other characters, stay with FTS5 (they match few words).
 *
 * The table is filled after the article is indexed (index_build_prefixes(), on the build
 * thread, after "fully indexed"); until then prefixes go through FTS5 as before.
 */

#define PREFIX_MAX 4	/* the longest prefix the table holds */
#define PREFIX_BATCH 1024	/* articles a transaction */

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

/* The tokenizer: unicode61 underneath, its tokens turned into prefixes. */
struct ptok {
	fts5_tokenizer base;	/* unicode61's functions */
	Fts5Tokenizer *inner;
	struct seen seen;
};

struct pcall {
	struct ptok *t;
	void *ctx;
	int (*xtoken)(void *, int, const char *, int, int, int);
};

/* One unicode61 token: give its prefixes of 1..4 letters/digits not given yet. */
static int
prefix_token(void *ud, int tflags, const char *tok, int n, int start, int end)
{
	struct pcall *c = ud;
	int k, len, rc;

	(void)tflags;
	for (len = 0; len < n && len < PREFIX_MAX && alnum((unsigned char)tok[len]); len++)
		;
	/* The longest prefix already given means the shorter ones were too. */
	for (k = len; k > 0; k--) {
		if (!seen_add(&c->t->seen, pack(tok, k)))
			break;
		if ((rc = c->xtoken(c->ctx, 0, tok, k, start, end)) != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

static int
ptok_create(void *ud, const char **argv, int argc, Fts5Tokenizer **out)
{
	static const char *args[] = { "remove_diacritics", "2" };
	fts5_api *api = ud;
	struct ptok *t;
	void *inner_ud;
	int rc;

	(void)argv;
	(void)argc;
	t = xcalloc(1, sizeof *t);
	t->seen.now = 1;
	rc = api->xFindTokenizer(api, "unicode61", &inner_ud, &t->base);
	if (rc == SQLITE_OK)
		rc = t->base.xCreate(inner_ud, args, 2, &t->inner);
	if (rc != SQLITE_OK) {
		free(t);
		return rc;
	}
	*out = (Fts5Tokenizer *)t;
	return SQLITE_OK;
}

static void
ptok_delete(Fts5Tokenizer *p)
{
	struct ptok *t = (struct ptok *)p;

	t->base.xDelete(t->inner);
	free(t->seen.slot);
	free(t);
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
 * A document's prefixes. ASCII punctuation and spaces always end a unicode61 token, so
 * the text splits at them into runs: a run of ASCII letters and digits is one token, read
 * here directly (the common case: folded text is mostly ASCII); a run holding any other
 * byte goes to unicode61 itself, whose token rules for the rest of Unicode are its own.
 */
static int
document_prefixes(struct pcall *c, const char *text, int n)
{
	const unsigned char *s = (const unsigned char *)text;
	char low[PREFIX_MAX];
	int i = 0, j, k, rc;
	unsigned char seen;

	while (i < n) {
		if (!cls[s[i]]) {
			i++;
			continue;
		}
		for (seen = 0, j = i; j < n && cls[s[j]]; j++)
			seen |= cls[s[j]];
		if (seen == 1) {
			for (k = 0; k < PREFIX_MAX && i + k < j; k++)
				low[k] = (char)(s[i + k] | (s[i + k] >= 'A' ? 0x20 : 0));
			rc = prefix_token(c, 0, low, k, i, j);
		} else {
			rc = c->t->base.xTokenize(c->t->inner, c, FTS5_TOKENIZE_DOCUMENT,
						  text + i, j - i, prefix_token);
		}
		if (rc != SQLITE_OK)
			return rc;
		i = j;
	}
	return SQLITE_OK;
}

static int
ptok_tokenize(Fts5Tokenizer *p, void *ctx, int flags, const char *text, int n,
	      int (*xtoken)(void *, int, const char *, int, int, int))
{
	struct ptok *t = (struct ptok *)p;
	struct pcall c = { t, ctx, xtoken };

	/* A query names a prefix itself: its tokens pass through. */
	if (!(flags & FTS5_TOKENIZE_DOCUMENT))
		return t->base.xTokenize(t->inner, ctx, flags, text, n, xtoken);
	seen_next(&t->seen);
	return document_prefixes(&c, text, n);
}

int
index_prefix_register(sqlite3 *db)
{
	static fts5_tokenizer tok = { ptok_create, ptok_delete, ptok_tokenize };
	fts5_api *api = NULL;
	sqlite3_stmt *st = NULL;
	int rc;

	if ((rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL)) != SQLITE_OK)
		return rc;
	sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", NULL);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (!api)
		return SQLITE_ERROR;
	return api->xCreateTokenizer(api, "dossier_prefix", api, &tok, NULL);
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

int
index_build_prefixes(struct index *ix, volatile int *stop)
{
	const struct corpus *c = ix->corpus;
	sqlite3_stmt *st = NULL;
	int rc = INDEX_ERROR;
	size_t i;

	if (!c)
		return INDEX_OK;
	if (index_exec(ix, "INSERT INTO pfx(pfx, rank) VALUES('automerge', 0);"
		       "INSERT INTO pfx(pfx, rank) VALUES('crisismerge', 64);"
		       "BEGIN", "starting the prefix table") != INDEX_OK)
		return INDEX_ERROR;
	if (sqlite3_prepare_v2(ix->db, "INSERT INTO pfx(rowid, title, body) VALUES(?,?,?)", -1,
			       &st, NULL) != SQLITE_OK) {
		index_fail(ix, "preparing the prefix table");
		goto out;
	}
	for (i = 0; i < c->n; i++) {
		if (stop && *stop)
			goto out;
		if (!index_step_folded(st, NULL, c->arts[i]->id, c->arts[i])) {
			index_fail(ix, "adding an article's prefixes");
			goto out;
		}
		/* The UI thread's queries share the connection: committed now and then, they
		 * see the triage state as it is, not as it was when the transaction began. */
		if (i % PREFIX_BATCH == PREFIX_BATCH - 1 &&
		    index_exec(ix, "COMMIT; BEGIN", "committing the prefix table") != INDEX_OK)
			goto out;
	}
	rc = index_exec(ix, "COMMIT", "committing the prefix table");
	if (rc == INDEX_OK)
		__atomic_store_n(&ix->prefix_ready, 1, __ATOMIC_RELEASE);
out:
	sqlite3_finalize(st);
	if (rc != INDEX_OK)
		sqlite3_exec(ix->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}
