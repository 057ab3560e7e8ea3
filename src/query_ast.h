/* query_ast.h -- the query AST shared by the parser (query.c) and the compiler (query_sql.c). MIT licence. */
#ifndef DOSSIER_QUERY_AST_H
#define DOSSIER_QUERY_AST_H

#include <stdbool.h>
#include <stddef.h>

enum qkind {
	QK_AND, QK_OR, QK_NOT,	/* groups: children in kid/next */
	QK_TEXT,		/* free text: words, a phrase or a prefix */
	QK_IS, QK_TAG, QK_ENTITY, QK_TYPE, QK_DATE, QK_SOURCE, QK_PATH, QK_CLUSTER,
	QK_SAID			/* said:NAME, articles where the entity is quoted */
};

enum is_value { IS_UNREAD, IS_READ, IS_FLAGGED, IS_ARCHIVED, IS_WATCHED, IS_DUPLICATE };
/* "unread", "read", ... in enum is_value order. */
extern const char *const query_is_names[];

/* One node of the AST; nodes live in one array and refer to each other by index. */
struct qnode {
	enum qkind kind;
	bool fts;	/* expressible as one positive FTS5 expression */
	bool prefix;	/* QK_TEXT: the last token is a prefix */
	int kid;	/* groups: first child, -1 none */
	int next;	/* next sibling, -1 none */
	int which;	/* QK_IS: enum is_value; QK_TYPE: enum ent_type; QK_CLUSTER: its
			 * number (1..) */
	int lo, hi;	/* QK_DATE: inclusive date_key bounds, 0 when open */
	char *text;	/* owned; QK_TEXT: folded tokens joined by one space; QK_TAG,
			 * QK_ENTITY, QK_SAID, QK_SOURCE: folded value; QK_PATH: the glob as
			 * typed */
};

struct query {
	struct qnode *nodes;	/* owned, with each node's text */
	size_t n, cap;
	int root;		/* -1: the empty query */
	unsigned needs;		/* QUERY_NEED_* */
	bool archived;		/* is:archived appears somewhere */
};

struct sbuf;
/* FTS5 MATCH expressions (query_sql.c), as the SQL compiler builds them: of node n (its
 * fts flag set); of an AND of ids (positive terms and NOT nodes); of an OR of ids, taking
 * each NOT node's operand when unwrap. */
void query_match_node(const struct query *q, int n, struct sbuf *b);
void query_match_and(const struct query *q, const int *ids, size_t n, struct sbuf *b);
void query_match_or(const struct query *q, const int *ids, size_t n, bool unwrap,
		    struct sbuf *b);

/* The FTS5 expression query_sql_ranked() scores with bm25 into b (nothing: no free text). */
void query_rank_match(const struct query *q, struct sbuf *b);

/* The children of group n as an owned array of *count node indices. */
int *query_kids(const struct query *q, int n, size_t *count);

/* Field values (query_value.c). YYYY, YYYY-MM or YYYY-MM-DD in s[0..n): its first and
 * last day as date keys (1; 0 not a date; -1 an impossible one); the date key of the day
 * after (step 1) or before (-1) key k; where a "[" of path glob g never closes, else n. */
int query_date_span(const char *s, size_t n, int *first, int *last);
int query_next_day(int k, int step);
size_t query_glob_unclosed(const char *g, size_t n);

#endif
