/* query_sql.c -- a parsed query: accessors, compilation to one bound SQL statement, terms. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/query.h"
#include "dossier/util.h"
#include "query_ast.h"

/*
 * Free text becomes FTS5 MATCH strings built only from folded, double-quoted tokens
 * (letters and digits), so no FTS5 syntax typed by the user can reach FTS5; everything
 * else the user typed is a bound parameter. Free-text terms that meet under one AND or OR
 * share a single MATCH, so `nong duc manh` is one FTS5 query, which also ranks.
 */

/* Conditions of is: on the attached triage state, in enum is_value order. */
static const char *const is_sql[] = {
	"a.hash NOT IN (SELECT hash FROM st.article WHERE hash IS NOT NULL AND read)",
	"a.hash IN (SELECT hash FROM st.article WHERE hash IS NOT NULL AND read)",
	"a.hash IN (SELECT hash FROM st.article WHERE hash IS NOT NULL AND flagged)",
	"a.hash IN (SELECT hash FROM st.article WHERE hash IS NOT NULL AND archived)",
	/* From the watchlist to its entities to their mentions, in that order (CROSS JOIN):
	 * the planner scanned every mention otherwise (0.54 s at 100k, 0.05 s so). */
	"+a.id IN (SELECT m.article FROM st.watch w CROSS JOIN entity e ON e.key = w.key"
	" AND e.type = w.type CROSS JOIN mention m ON m.entity = e.id"
	" UNION ALL SELECT m.article FROM st.watch w CROSS JOIN former f ON f.key = w.key"
	" AND f.type = w.type CROSS JOIN mention m ON m.entity = f.entity)",
	/* The story clusters are the model's (cluster.h); the index gives them to SQL. */
	"dossier_cluster(a.id, 1)",
};

static const char NOT_ARCHIVED[] =
	"a.hash NOT IN (SELECT hash FROM st.article WHERE hash IS NOT NULL AND archived)";

/* bm25 with the plan of its MATCH text, parameter 1 (index_rank.c, index_rank_plan.c). */
static const char RANK[] = "dossier_bm25(fts, 10.0, 1.0, ?1)";

/* Compilation state: the query and the parameters so far, in SQL text order. */
struct emitter {
	const struct query *q;
	char **params;	/* owned until handed to the query_stmt */
	size_t n, cap;
};

bool
query_is_empty(const struct query *q)
{
	return q->root < 0;
}

unsigned
query_needs(const struct query *q)
{
	return q->needs;
}

bool
query_uses(const struct query *q, enum query_need need)
{
	return (q->needs & (unsigned)need) != 0;
}

bool
query_mentions_archived(const struct query *q)
{
	return q->archived;
}

int *
query_kids(const struct query *q, int n, size_t *count)
{
	size_t c = 0;
	int k, *v;

	for (k = q->nodes[n].kid; k >= 0; k = q->nodes[k].next)
		c++;
	v = xmalloc((c ? c : 1) * sizeof *v);
	c = 0;
	for (k = q->nodes[n].kid; k >= 0; k = q->nodes[k].next)
		v[c++] = k;
	*count = c;
	return v;
}

static void
add_param(struct emitter *e, char *owned)
{
	xgrow((void **)&e->params, &e->cap, e->n + 1, sizeof *e->params);
	e->params[e->n++] = owned;
}

static void emit_match(const struct query *q, int n, struct sbuf *b);

/* FTS5 "a OR b ..." of ids[0..n); unwrap takes the operand of each NOT node. */
static void
match_or(const struct query *q, const int *ids, size_t n, bool unwrap, struct sbuf *b)
{
	size_t i;

	sb_addc(b, '(');
	for (i = 0; i < n; i++) {
		if (i)
			sb_adds(b, " OR ");
		emit_match(q, unwrap ? q->nodes[ids[i]].kid : ids[i], b);
	}
	sb_addc(b, ')');
}

/* FTS5 "(p AND p ...)", or "((p AND ...) NOT (n OR ...))", of ids[0..n): positive terms
 * and NOT nodes. */
static void
match_and(const struct query *q, const int *ids, size_t n, struct sbuf *b)
{
	size_t i, pos = 0, neg = 0;

	for (i = 0; i < n; i++)
		neg += q->nodes[ids[i]].kind == QK_NOT;
	sb_adds(b, neg ? "((" : "(");
	for (i = 0; i < n; i++) {
		if (q->nodes[ids[i]].kind == QK_NOT)
			continue;
		if (pos++)
			sb_adds(b, " AND ");
		emit_match(q, ids[i], b);
	}
	if (!neg) {
		sb_addc(b, ')');
		return;
	}
	sb_adds(b, ") NOT (");
	for (i = 0, neg = 0; i < n; i++) {
		if (q->nodes[ids[i]].kind != QK_NOT)
			continue;
		if (neg++)
			sb_adds(b, " OR ");
		emit_match(q, q->nodes[ids[i]].kid, b);
	}
	sb_adds(b, "))");
}

/* The FTS5 expression of node n, whose fts flag is set. */
static void
emit_match(const struct query *q, int n, struct sbuf *b)
{
	const struct qnode *x = &q->nodes[n];
	size_t nk;
	int *kids;

	if (x->kind == QK_TEXT) {
		sb_addc(b, '"');
		sb_adds(b, x->text);
		sb_adds(b, x->prefix ? "\"*" : "\"");
		return;
	}
	kids = query_kids(q, n, &nk);
	if (x->kind == QK_OR)
		match_or(q, kids, nk, false, b);
	else
		match_and(q, kids, nk, b);
	free(kids);
}

void
query_match_node(const struct query *q, int n, struct sbuf *b)
{
	emit_match(q, n, b);
}

void
query_match_and(const struct query *q, const int *ids, size_t n, struct sbuf *b)
{
	match_and(q, ids, n, b);
}

void
query_match_or(const struct query *q, const int *ids, size_t n, bool unwrap, struct sbuf *b)
{
	match_or(q, ids, n, unwrap, b);
}

/* `a.doc IN (articles matching the FTS5 expression m)`; op is "IN" or "NOT IN". The
 * full-text rows are numbered by doc, which is the id until the cache updates them. */
static void
fts_pred(struct emitter *e, const char *op, struct sbuf *m, struct sbuf *b)
{
	sb_printf(b, "a.doc %s (SELECT rowid FROM fts WHERE fts MATCH ?)", op);
	add_param(e, xstrdup(sb_cstr(m)));
	sb_free(m);
}

/* Append parts[lo..hi) joined by op as a balanced tree, so SQLite's expression depth
 * grows with the logarithm of the number of terms. */
static void
join_parts(struct sbuf *b, struct sbuf *parts, size_t lo, size_t hi, const char *op)
{
	size_t mid = lo + (hi - lo) / 2;

	if (hi - lo == 1) {
		sb_add(b, parts[lo].data, parts[lo].len);
		return;
	}
	sb_addc(b, '(');
	join_parts(b, parts, lo, mid, op);
	sb_adds(b, op);
	join_parts(b, parts, mid, hi, op);
	sb_addc(b, ')');
}

static void emit_sql(struct emitter *e, int n, struct sbuf *b);

/*
 * An AND or OR group. Its free-text children become one MATCH placed first; with grab
 * (an AND only) that MATCH expression goes to grab instead of into b, for ranking. Writes
 * nothing when nothing is left.
 */
static void
emit_group(struct emitter *e, int n, struct sbuf *b, struct sbuf *grab)
{
	const struct query *q = e->q;
	bool and = q->nodes[n].kind == QK_AND;
	size_t nk, i, nf = 0, npos = 0, np = 0;
	int *kids = query_kids(q, n, &nk), *fts = xmalloc(nk * sizeof *fts);
	struct sbuf *parts = xcalloc(nk, sizeof *parts), m = {0};

	for (i = 0; i < nk; i++) {
		if (q->nodes[kids[i]].fts) {
			fts[nf++] = kids[i];
			npos++;
		} else if (and && q->nodes[kids[i]].kind == QK_NOT &&
			   q->nodes[q->nodes[kids[i]].kid].fts) {
			fts[nf++] = kids[i];
		}
	}
	if (npos && and && grab) {
		match_and(q, fts, nf, grab);
	} else if (npos) {
		if (and)
			match_and(q, fts, nf, &m);
		else
			match_or(q, fts, nf, false, &m);
		fts_pred(e, "IN", &m, &parts[np++]);
	} else if (nf) {
		/* Only negated text under this AND: one NOT IN for all of it. */
		match_or(q, fts, nf, true, &m);
		fts_pred(e, "NOT IN", &m, &parts[np++]);
	}
	for (i = 0; i < nk; i++) {
		const struct qnode *k = &q->nodes[kids[i]];

		if (!k->fts && !(and && k->kind == QK_NOT && q->nodes[k->kid].fts))
			emit_sql(e, kids[i], &parts[np++]);
	}
	if (np)
		join_parts(b, parts, 0, np, and ? " AND " : " OR ");
	for (i = 0; i < np; i++)
		sb_free(&parts[i]);
	free(parts);
	free(fts);
	free(kids);
}

/* `% value%` escaped for LIKE ... ESCAPE '\': a word of the source starts with value. */
static char *
like_word_prefix(const char *v)
{
	struct sbuf b = {0};

	sb_adds(&b, "% ");
	for (; *v; v++) {
		if (*v == '%' || *v == '_' || *v == '\\')
			sb_addc(&b, '\\');
		sb_addc(&b, *v);
	}
	sb_addc(&b, '%');
	return b.data;
}

static char *
int_param(int v)
{
	char buf[16];

	snprintf(buf, sizeof buf, "%d", v);
	return xstrdup(buf);
}

/* A field term as an SQL condition. */
static void
emit_field(struct emitter *e, const struct qnode *x, struct sbuf *b)
{
	switch (x->kind) {
	case QK_IS:
		sb_adds(b, is_sql[x->which]);
		break;
	case QK_TAG:
		sb_adds(b, "a.hash IN (SELECT hash FROM st.tag WHERE hash IS NOT NULL"
			" AND fold(name) = ?)");
		add_param(e, xstrdup(x->text));
		break;
	case QK_ENTITY:
	case QK_SAID:
		/* The folded canonical name or any folded alias; said: where it is quoted. */
		/* "+": the list is probed, never walked for each row of the full text (the
		 * planner did that with a date: 30k hits x 25k articles, minutes at 100k). */
		sb_printf(b, "+a.id IN (SELECT m.article FROM mention m WHERE %sm.entity IN"
			  " (SELECT e.id FROM entity e WHERE e.key = ?"
			  " UNION SELECT al.entity FROM alias al WHERE al.key = ?))",
			  x->kind == QK_SAID ? "m.quotes > 0 AND " : "");
		add_param(e, xstrdup(x->text));
		add_param(e, xstrdup(x->text));
		break;
	case QK_TYPE:
		sb_adds(b, "+a.id IN (SELECT t.article FROM typed t WHERE t.type = ?)");
		add_param(e, xstrdup(ent_type_name((enum ent_type)x->which)));
		break;
	case QK_DATE:
		/* The bounds are numbers in the text: a parameter (bound as text) made SQLite
		 * convert it for every row (atof was a sixth of `search date:2025` at 100k). */
		if (x->lo && x->hi)
			sb_printf(b, "(a.date_key BETWEEN %d AND %d)", x->lo, x->hi);
		else
			sb_printf(b, "a.date_key %s %d", x->lo ? ">=" : "<=", x->lo ? x->lo : x->hi);
		break;
	case QK_SOURCE:
		sb_adds(b, "(' ' || fold(a.source)) LIKE ? ESCAPE '\\'");
		add_param(e, like_word_prefix(x->text));
		break;
	case QK_PATH:
		sb_adds(b, "a.path GLOB ?");
		add_param(e, xstrdup(x->text));
		break;
	case QK_CLUSTER:
		sb_adds(b, "dossier_cluster(a.id, 0) = CAST(? AS INTEGER)");
		add_param(e, int_param(x->which));
		break;
	default:
		break;
	}
}

/* Node n as an SQL condition on article a. */
static void
emit_sql(struct emitter *e, int n, struct sbuf *b)
{
	const struct qnode *x = &e->q->nodes[n];
	struct sbuf m = {0};

	if (x->fts) {
		emit_match(e->q, n, &m);
		fts_pred(e, "IN", &m, b);
	} else if (x->kind == QK_NOT && e->q->nodes[x->kid].fts) {
		emit_match(e->q, x->kid, &m);
		fts_pred(e, "NOT IN", &m, b);
	} else if (x->kind == QK_NOT) {
		sb_adds(b, "NOT (");
		emit_sql(e, x->kid, b);
		sb_addc(b, ')');
	} else if (x->kind == QK_AND || x->kind == QK_OR) {
		emit_group(e, n, b, NULL);
	} else {
		emit_field(e, x, b);
	}
}

/* The WHERE condition into b ("" when none); grab as for emit_group(). */
static void
emit_where(struct emitter *e, unsigned flags, struct sbuf *b, struct sbuf *grab)
{
	const struct query *q = e->q;
	bool hide = (flags & QUERY_HIDE_ARCHIVED) && !q->archived;
	struct sbuf c = {0};

	if (q->root >= 0 && grab && q->nodes[q->root].fts)
		emit_match(q, q->root, grab);
	else if (q->root >= 0 && grab && q->nodes[q->root].kind == QK_AND)
		emit_group(e, q->root, &c, grab);
	else if (q->root >= 0)
		emit_sql(e, q->root, &c);
	if (c.len && hide)
		sb_printf(b, "(%s) AND %s", c.data, NOT_ARCHIVED);
	else if (c.len)
		sb_add(b, c.data, c.len);
	else if (hide)
		sb_adds(b, NOT_ARCHIVED);
	sb_free(&c);
}

static void
finish(struct emitter *e, struct sbuf *sql, struct query_stmt *out)
{
	out->sql = sql->data;
	out->params = e->params;
	out->nparams = e->n;
}

void
query_sql(const struct query *q, unsigned flags, struct query_stmt *out)
{
	struct emitter e = { q, NULL, 0, 0 };
	struct sbuf sql = {0}, c = {0};

	emit_where(&e, flags, &c, NULL);
	sb_printf(&sql, "SELECT a.id FROM article a WHERE %s", c.len ? c.data : "1");
	sb_free(&c);
	finish(&e, &sql, out);
}

/* Walk the positive (not negated) free-text leaves under n, calling fn for each. */
static void
walk_text(const struct query *q, int n, bool neg, void (*fn)(void *, const struct qnode *),
	  void *ud)
{
	const struct qnode *x = &q->nodes[n];
	int k;

	if (x->kind == QK_TEXT && !neg)
		fn(ud, x);
	if (x->kind == QK_NOT)
		walk_text(q, x->kid, !neg, fn, ud);
	if (x->kind == QK_AND || x->kind == QK_OR)
		for (k = x->kid; k >= 0; k = q->nodes[k].next)
			walk_text(q, k, neg, fn, ud);
}

/* Adds leaf x to the FTS5 OR expression in the sbuf ud. */
static void
or_leaf(void *ud, const struct qnode *x)
{
	struct sbuf *b = ud;

	sb_adds(b, b->len ? " OR \"" : "\"");
	sb_adds(b, x->text);
	sb_adds(b, x->prefix ? "\"*" : "\"");
}

void
query_sql_ranked(const struct query *q, unsigned flags, struct query_stmt *out)
{
	struct emitter e = { q, NULL, 0, 0 };
	struct sbuf sql = {0}, c = {0}, grab = {0};
	bool top;

	emit_where(&e, flags, &c, &grab);
	top = grab.len > 0;
	if (!top && q->root >= 0)
		walk_text(q, q->root, false, or_leaf, &grab);
	if (top) {
		/* The top-level free text is the FTS5 query and ranks. */
		sb_printf(&sql, "SELECT a.id, %s AS score FROM fts JOIN article a"
			  " ON a.doc = fts.rowid WHERE fts MATCH ?1%s%s", RANK,
			  c.len ? " AND " : "", c.len ? c.data : "");
	} else if (grab.len) {
		/* Free text under an OR: it ranks what it matches, the rest scores 0. */
		sb_printf(&sql, "SELECT a.id, COALESCE(r.score, 0.0) AS score FROM article a"
			  " LEFT JOIN (SELECT rowid AS doc, %s AS score FROM fts WHERE fts MATCH ?1)"
			  " r ON r.doc = a.doc WHERE %s", RANK, c.len ? c.data : "1");
	} else {
		sb_printf(&sql, "SELECT a.id, 0.0 AS score FROM article a WHERE %s",
			  c.len ? c.data : "1");
	}
	sb_adds(&sql, grab.len ? " ORDER BY score, a.date_key DESC, a.id" :
		" ORDER BY a.date_key DESC, a.id");
	if (grab.len) {
		/* Its ? comes first in the text, so its parameter goes first. */
		add_param(&e, NULL);
		memmove(e.params + 1, e.params, (e.n - 1) * sizeof *e.params);
		e.params[0] = grab.data;
	}
	sb_free(&c);
	finish(&e, &sql, out);
}

bool
query_sql_text_first(const struct query *q, unsigned flags, struct sbuf *match, struct query_stmt *out)
{
	struct emitter e = { q, NULL, 0, 0 };
	struct sbuf sql = {0}, c = {0};
	size_t i;

	emit_where(&e, flags, &c, match);
	if (!match->len) {
		for (i = 0; i < e.n; i++)
			free(e.params[i]);
		free(e.params);
		sb_free(&c);
		return false;
	}
	if (c.len)
		sb_printf(&sql, "SELECT a.doc, a.id, a.date_key FROM article a WHERE %s", c.data);
	sb_free(&c);
	finish(&e, &sql, out);
	return true;
}

bool
query_sql_indexed(const struct query *q)
{
	size_t i;

	/* entity:, said:, type: and is:watched are lists probed per row ("+a.id IN");
	 * clusters are not tables. */
	for (i = 0; i < q->n; i++)
		if (q->nodes[i].kind == QK_CLUSTER ||
		    (q->nodes[i].kind == QK_IS && q->nodes[i].which == IS_DUPLICATE))
			return false;
	return true;
}

void
query_rank_match(const struct query *q, struct sbuf *b)
{
	struct emitter e = { q, NULL, 0, 0 };
	struct sbuf c = {0};
	size_t i;

	/* Exactly what query_sql_ranked() ranks by: the top-level text, else every positive
	 * free-text leaf. */
	emit_where(&e, 0, &c, b);
	if (!b->len && q->root >= 0)
		walk_text(q, q->root, false, or_leaf, b);
	sb_free(&c);
	for (i = 0; i < e.n; i++)
		free(e.params[i]);
	free(e.params);
}

void
query_stmt_free(struct query_stmt *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->nparams; i++)
		free(s->params[i]);
	free(s->params);
	free(s->sql);
	s->sql = NULL;
	s->params = NULL;
	s->nparams = 0;
}

/* The positive terms being collected. */
struct terms {
	char **v;	/* owned, NULL-terminated */
	size_t n, cap;
};

static void
add_term(struct terms *t, const char *s, size_t len, bool prefix)
{
	size_t i;
	char *w = xmalloc(len + 2);

	memcpy(w, s, len);
	w[len] = '*';
	w[len + prefix] = '\0';
	for (i = 0; i < t->n; i++)
		if (strcmp(t->v[i], w) == 0) {
			free(w);
			return;
		}
	xgrow((void **)&t->v, &t->cap, t->n + 2, sizeof *t->v);
	t->v[t->n++] = w;
	t->v[t->n] = NULL;
}

/* Adds the tokens of leaf x to the struct terms ud. */
static void
term_leaf(void *ud, const struct qnode *x)
{
	const char *s = x->text, *sp;

	for (; (sp = strchr(s, ' ')); s = sp + 1)
		add_term(ud, s, (size_t)(sp - s), false);
	add_term(ud, s, strlen(s), x->prefix);
}

size_t
query_fts_terms(const struct query *q, char ***terms)
{
	struct terms t = {0};

	xgrow((void **)&t.v, &t.cap, 1, sizeof *t.v);
	t.v[0] = NULL;
	if (q->root >= 0)
		walk_text(q, q->root, false, term_leaf, &t);
	*terms = t.v;
	return t.n;
}

void
query_terms_free(char **terms)
{
	char **p;

	if (!terms)
		return;
	for (p = terms; *p; p++)
		free(*p);
	free(terms);
}

static void
dump_node(const struct query *q, int n, struct sbuf *b)
{
	static const char *const kinds[] = { "and", "or", "not" };
	static const char *const names[] = { [QK_TAG] = "tag", [QK_ENTITY] = "entity",
		[QK_SOURCE] = "source", [QK_PATH] = "path", [QK_SAID] = "said" };
	const struct qnode *x = &q->nodes[n];
	int k;

	switch (x->kind) {
	case QK_AND: case QK_OR: case QK_NOT:
		sb_printf(b, "(%s", kinds[x->kind]);
		for (k = x->kid; k >= 0; k = q->nodes[k].next) {
			sb_addc(b, ' ');
			dump_node(q, k, b);
		}
		sb_addc(b, ')');
		break;
	case QK_TEXT:
		sb_printf(b, "\"%s\"%s", x->text, x->prefix ? "*" : "");
		break;
	case QK_IS:
		sb_printf(b, "is:%s", query_is_names[x->which]);
		break;
	case QK_TYPE:
		sb_printf(b, "type:%s", ent_type_name((enum ent_type)x->which));
		break;
	case QK_CLUSTER:
		sb_printf(b, "cluster:%d", x->which);
		break;
	case QK_DATE:
		sb_adds(b, "date:");
		if (x->lo)
			sb_printf(b, "%d", x->lo);
		sb_adds(b, "..");
		if (x->hi)
			sb_printf(b, "%d", x->hi);
		break;
	default:
		sb_printf(b, "%s:\"%s\"", names[x->kind], x->text);
		break;
	}
}

char *
query_dump(const struct query *q)
{
	struct sbuf b = {0};

	if (q->root >= 0)
		dump_node(q, q->root, &b);
	return b.data ? b.data : xstrdup("");
}
