/* quote.h -- who said what: direct and reported speech and its speaker, found in one article. MIT licence. */
#ifndef DOSSIER_QUOTE_H
#define DOSSIER_QUOTE_H

#include <stddef.h>
#include <stdint.h>

struct article;
struct mention;

/* How the words are given. */
enum quote_kind {
	QUOTE_DIRECT,		/* in quotation marks: “…,” she said / he said: “…” */
	QUOTE_REPORTED,		/* reported speech: X said (that) …, according to X, … */
	QUOTE_TWEET,		/* an embedded post: its text, then "— Name (@handle) date" */
	QUOTE_NKINDS
};

/* The speaker of a quote that names nobody the article's entities know ("a witness",
 * "officials", "they"). */
#define QUOTE_NOBODY UINT32_MAX

/*
 * One quotation. Offsets are bytes of the article's text, ends exclusive, as the
 * mentions' are. [start, end) is the quotation with its attribution: the quotation
 * marks, the quoted or reported words and the words that name the speaker and the verb
 * ("“We will win,” Smith said"; "Smith said that talks would resume"). [quote_start,
 * quote_end) is what was said: the words inside the marks (from the first opening mark to
 * the last closing one of a quote over several paragraphs, the marks between included),
 * or the reported clause without "that" and the sentence's final full stop.
 */
struct quote {
	uint32_t start, end;		/* the quotation with its attribution */
	uint32_t quote_start, quote_end;	/* what was said */
	uint32_t who_start, who_end;	/* the words naming the speaker: "Smith", "he",
					   "the minister" (both 0 when none are written:
					   a quote that continues the previous speaker's) */
	uint32_t entity;		/* the speaker's entity id (a mention's), or QUOTE_NOBODY */
	uint8_t kind;			/* enum quote_kind */
};

/* A growable list of quotes, sorted by quote_start. */
struct quote_list {
	struct quote *v;	/* owned; freed by quote_list_free() */
	size_t n, cap;
};

/*
 * The quotes of article a, whose entity mentions are m[0..nm) (sorted by start, as an
 * entity set keeps them: the speaker is the entity of a mention, so corrections and
 * alias resolution apply). A pronoun or a description as speaker ("he", "the minister")
 * is resolved to the fitting PERSON or ORG named before it in the article. The quotes
 * are appended to out (emptied first). Linear in the article's length; any bytes.
 */
void quote_article(const struct article *a, const struct mention *m, size_t nm,
		   struct quote_list *out);
/* The same with a's text there already (article_hold()), not kept by it. */
void quote_article_held(const struct article *a, const struct mention *m, size_t nm,
			struct quote_list *out);
void quote_list_free(struct quote_list *l);

/* The entities of ql's linked speakers, one per quote, ascending: into *ids (grown as
 * needed, capacity *cap; the caller frees it). Returns how many. For counting an
 * entity's quotes beside its mentions (the index's said: rows). */
size_t quote_speakers(const struct quote_list *ql, uint32_t **ids, size_t *cap);
/* How many of ids[*at..n) (ascending) are entity, moving *at past them and any smaller. */
uint32_t quote_count_of(const uint32_t *ids, size_t n, size_t *at, uint32_t entity);

/* "direct", "reported", "tweet". */
const char *quote_kind_name(enum quote_kind k);

#endif
