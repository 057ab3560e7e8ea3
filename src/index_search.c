/* index_search.c -- ranked full-text search and its one-line snippets. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "dossier/corpus.h"
#include "dossier/index.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "index_int.h"

/* Is byte c part of a word (letters, digits, any non-ASCII byte)? */
static int
word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Does the folded word w[0..n) match one of the folded query tokens (all prefixes)? */
static int
word_matches(const char *w, size_t n, char *const *toks, size_t ntoks)
{
	char *f = text_fold(w, n, &n);
	size_t i, k;
	int hit = 0;

	for (i = 0; i < ntoks && !hit; i++) {
		k = strlen(toks[i]);
		if (k && toks[i][k - 1] == '*')
			k--;
		hit = k && strncmp(f, toks[i], k) == 0;
	}
	free(f);
	return hit;
}

/* A one-line snippet of the article around the first word matching toks, hit in [ ]. */
static char *
make_snippet(const struct article *a, char *const *toks, size_t ntoks)
{
	size_t i, s, e, from, to;
	struct sbuf b = {0};
	char *clean;

	for (i = 0; i < a->nlines; i++) {
		const struct text_line *l = &a->lines[i];

		if (l->flags & LINE_BOILERPLATE)
			continue;
		for (s = l->start; s < l->end; s = e) {
			while (s < l->end && !word_byte((unsigned char)a->text[s]))
				s++;
			for (e = s; e < l->end && word_byte((unsigned char)a->text[e]); e++)
				;
			if (e == s || !word_matches(a->text + s, e - s, toks, ntoks))
				continue;
			from = s > l->start + 40 ? s - 40 : l->start;
			to = e + 60 < l->end ? e + 60 : l->end;
			while (from > l->start && (a->text[from] & 0xC0) == 0x80)
				from--;
			while (to < l->end && (a->text[to] & 0xC0) == 0x80)
				to++;
			sb_add(&b, a->text + from, s - from);
			sb_addc(&b, '[');
			sb_add(&b, a->text + s, e - s);
			sb_addc(&b, ']');
			sb_add(&b, a->text + e, to - e);
			clean = text_clean_line(b.data, b.len);
			sb_free(&b);
			return clean;
		}
	}
	return xstrdup("");
}

enum index_status
index_search_text(struct index *ix, const char *text, size_t limit, struct index_hit **hits,
		  size_t *n)
{
	char *expr = index_fts_words(text);
	char *fold = text_fold(text, strlen(text), NULL);
	char *toks[32], *save = NULL, *t;
	size_t ntoks = 0, cap = 0;
	sqlite3_stmt *st = NULL;
	int rc;

	*hits = NULL;
	*n = 0;
	for (t = strtok_r(fold, " \t\n\"", &save); t && ntoks < 32; t = strtok_r(NULL, " \t\n\"", &save))
		toks[ntoks++] = t;
	if (!ntoks) {
		free(expr);
		free(fold);
		return INDEX_OK;
	}
	/* Title matches weigh ten times a body match. */
	if (sqlite3_prepare_v2(ix->db, "SELECT rowid, dossier_bm25(fts, 10.0, 1.0) FROM fts"
			       " WHERE fts MATCH ? ORDER BY 2 LIMIT ?", -1, &st, NULL) != SQLITE_OK) {
		free(expr);
		free(fold);
		return index_fail(ix, "preparing a search");
	}
	sqlite3_bind_text(st, 1, expr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, limit ? (sqlite3_int64)limit : -1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t doc = index_doc_article(ix, sqlite3_column_int64(st, 0));
		uint32_t id = (uint32_t)doc;
		const struct article *a = doc >= 0 ? index_article(ix, id) : NULL;

		if (!a)
			continue;
		article_load(a);
		xgrow((void **)hits, &cap, *n + 1, sizeof **hits);
		(*hits)[*n].article = id;
		(*hits)[*n].score = sqlite3_column_double(st, 1);
		(*hits)[*n].snippet = make_snippet(a, toks, ntoks);
		(*n)++;
	}
	sqlite3_finalize(st);
	free(expr);
	free(fold);
	if (rc != SQLITE_DONE)
		return index_fail(ix, "running a search");
	return INDEX_OK;
}

void
index_hits_free(struct index_hit *hits, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(hits[i].snippet);
	free(hits);
}

char *
index_snippet(const struct index *ix, uint32_t article, char *const *terms, size_t n)
{
	const struct article *a = index_article(ix, article);

	if (!a || !n)
		return xstrdup("");
	article_load(a);	/* a hit's text is read when its snippet is made */
	return make_snippet(a, terms, n);
}

char *
index_snippet_of(const struct article *a, char *const *terms, size_t n)
{
	return n ? make_snippet(a, terms, n) : xstrdup("");
}
