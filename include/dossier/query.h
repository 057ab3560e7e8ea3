/* query.h -- the filter and search language: parse to an AST, compile to one SQL statement. MIT licence. */
#ifndef DOSSIER_QUERY_H
#define DOSSIER_QUERY_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The language (case- and accent-insensitive everywhere free text or a name is matched):
 *
 *   words            all must occur (implicit AND); "AND" between terms is allowed
 *   "a phrase"       the words in order; "a phrase"* makes the last word a prefix
 *   prefix*          any word starting with prefix
 *   a OR b           either; binds looser than AND: `a b OR c` is `(a b) OR c`
 *   -term            negation of any term, field or parenthesised group
 *   ( ... )          grouping, nested at most QUERY_MAX_DEPTH deep
 *   is:unread|read|flagged|archived
 *   tag:NAME         a tag, compared folded (tag:Élection finds "election")
 *   entity:NAME      articles mentioning the entity whose folded name or alias is NAME
 *   said:NAME        articles that quote that entity (a quote whose speaker it is)
 *   type:TYPE        articles mentioning an entity of that type (person, org, place, ...)
 *   date:2026 date:2026-01 date:2026-01-03     that year, month or day
 *   date:A..B        from the start of A to the end of B, inclusive; A.. and ..B are open
 *   date:>D date:>=D date:<D date:<=D          after, from, before, up to D
 *   source:NAME      the folded source name has a word starting with NAME
 *                    (source:guardian finds "The Guardian", source:"anadolu ag" finds
 *                    "Anadolu Agency")
 *   path:GLOB        SQLite GLOB on the whole path, case-sensitive (path:*.md)
 *   is:duplicate     in a story cluster without being its representative (cluster.h)
 *   cluster:N        the articles of story cluster N
 *
 * Field names and is:/type: values are ASCII case-insensitive; values may be quoted
 * (tag:"long name"). "OR" and "AND" are operators only in capitals; quote them ("OR") to
 * search for the word. A bare word that holds no letter or digit (a dash, an em dash) is
 * ignored; name:value with an unknown name is an error, so quote text like "http://x".
 */

#define QUERY_MAX_LEN 2048	/* bytes of query text */
#define QUERY_MAX_DEPTH 32	/* nested parentheses and negations */

/* What a query reads besides the article table (see query_needs()). */
enum query_need {
	QUERY_NEED_TEXT = 1 << 0,	/* free text: the fts table */
	QUERY_NEED_ENTITIES = 1 << 1,	/* entity:, type:, said: -- entity and mention tables */
	QUERY_NEED_STATE = 1 << 2,	/* is:, tag: -- the attached st schema */
	QUERY_NEED_CLUSTERS = 1 << 3,	/* is:duplicate, cluster: -- index_set_clusters() */
	QUERY_NEED_QUOTES = 1 << 4,	/* said: -- the mention table's quotes column, which the
					   TUI's first build fills after "ready" */
};

/* Flags for query_sql() and query_sql_ranked(). */
enum {
	/*
	 * Hide archived articles unless the query mentions is:archived (negated or not).
	 * The statement then reads st.article even when the query does not; callers with no
	 * triage state attached leave this out.
	 */
	QUERY_HIDE_ARCHIVED = 1 << 0,
};

/* A compiled statement. Parameters are bound as text, in order (index_select_ids()). */
struct query_stmt {
	char *sql;		/* owned */
	char **params;		/* owned, and each string; nparams entries */
	size_t nparams;
};

/* A parsed query (opaque). */
struct query;

/*
 * Parse text. Returns a query owned by the caller (free with query_free()), or NULL with
 * a one-line message in err naming the problem and its 1-based column (in characters),
 * e.g. `unknown field "foo" at column 5`. Empty or blank text parses to an empty query.
 */
struct query *query_parse(const char *text, char *err, size_t errlen);
void query_free(struct query *q);

/* Does the query match everything (no terms)? */
bool query_is_empty(const struct query *q);
/* QUERY_NEED_* bits of the terms in the query. */
unsigned query_needs(const struct query *q);
/* Does the query need that data? (so the UI can say "entities are still indexing") */
bool query_uses(const struct query *q, enum query_need need);
/* Does is:archived appear anywhere (so archived articles are not hidden)? */
bool query_mentions_archived(const struct query *q);

/*
 * `SELECT a.id FROM article a WHERE ...`: the matching article ids in no particular
 * order (the caller orders, or wraps it: `... WHERE id IN (<sql>) ORDER BY ...`).
 * Fills *out, which the caller frees with query_stmt_free(). Never fails.
 * The test oracle: the filter and the commands answer through index_query_ids() (an
 * evaluator over article sets, much faster); tests/unit/test_query_eval.c checks that
 * it gives exactly what this SQL gives for every query of its list.
 */
void query_sql(const struct query *q, unsigned flags, struct query_stmt *out);

/*
 * `SELECT a.id, score FROM ...` ordered best first, for `dossier search`. The score is
 * bm25(fts, 10.0, 1.0) (title matches weigh ten times a body match; lower is better, as
 * SQLite reports it). When the free text is ANDed with the rest of the query, that text
 * ranks the hits; when it sits under an OR with other terms, every positive free-text
 * term ranks and articles matched otherwise score 0.0; with no free text every score is
 * 0.0. Ties go newest first, then by id.
 */
void query_sql_ranked(const struct query *q, unsigned flags, struct query_stmt *out);
/*
 * When every hit of q must match its top-level free text (which then ranks them): that
 * FTS5 expression into match, and into out `SELECT a.doc, a.id, a.date_key FROM article
 * a WHERE ...`, the articles the rest of the query keeps (out->sql NULL when it keeps
 * all). Returns false, writing nothing, for any other query.
 */
struct sbuf;
bool query_sql_text_first(const struct query *q, unsigned flags, struct sbuf *match,
			  struct query_stmt *out);
void query_stmt_free(struct query_stmt *s);
/* Can the SQL forms answer q quickly on a large index (cli_direct.c)? Not with
 * is:duplicate or cluster: (the story clusters are not SQL tables). */
bool query_sql_indexed(const struct query *q);

/*
 * The folded words of the positive free-text terms (not under a negation), each once,
 * in query order; a prefix term ends in '*' ("nicol*"). For snippets and highlighting.
 * *terms is a NULL-terminated array owned by the caller: free with query_terms_free().
 * Returns the number of terms.
 */
size_t query_fts_terms(const struct query *q, char ***terms);
void query_terms_free(char **terms);

/* A field's value as the query compares it (tag:, entity:, source:): folded, runs of
 * white space made one space, the ends trimmed. Caller frees. */
char *query_fold_value(const char *s, size_t n);

/*
 * The AST as one line, for tests and debugging: (and "nong duc" (not is:read)),
 * (or "a"* tag:"x"), date:20260101..20260131, type:PERSON ... Caller frees.
 */
char *query_dump(const struct query *q);

#endif
