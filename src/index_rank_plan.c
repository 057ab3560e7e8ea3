/* index_rank_plan.c -- a ranked search's plan: its FTS5 expression parsed, the phrases that rank, the expression scanned. MIT licence. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "index_rank.h"

/*
 * bm25's idf of a phrase in at least half the rows is not positive, and bm25() puts it at
 * 1e-6: such a phrase carries no weight, yet scoring it walked the positions of every row
 * it is in (at 100k generated articles `thal* ban*` took 150 ms, `the` 40 ms, where the
 * same query unranked takes 5). Here it weighs nothing at all, as a negated phrase (a word
 * the user excluded raises no hit), so a search only scans the phrases that rank: the plan
 * says which (each phrase counted first where that is cheap: index_rank.c) and what to
 * scan. Reduced, the scan is the expression with each phrase that does not rank taken as
 * true (an AND drops it, an OR with it is true), so its rows hold the match's rows; when
 * that would lose a ranking phrase (under an OR that became true), it is the OR of every
 * ranking phrase. A query whose phrases all carry no weight scans nothing: its hits come
 * newest first, as the list has them.
 */

enum { RN_PH, RN_AND, RN_OR, RN_NOT };

struct rank_node {
	int kind;
	int ph;		/* RN_PH: the phrase */
	int a, b;	/* the operands of an operator */
};

/* The parser's state over p->match. */
struct parse {
	struct rank_plan *p;
	const char *s;
	size_t cap, phcap;
};

static int
add_node(struct parse *ps, int kind, int ph, int a, int b)
{
	struct rank_plan *p = ps->p;

	xgrow((void **)&p->node, &ps->cap, p->nnode + 1, sizeof *p->node);
	p->node[p->nnode] = (struct rank_node){ kind, ph, a, b };
	return (int)p->nnode++;
}

static void
skip_space(struct parse *ps)
{
	while (*ps->s == ' ' || *ps->s == '\t')
		ps->s++;
}

/* The operator at ps->s (AND, OR, NOT followed by a space or a quote or parenthesis), or
 * -1; its length into *len. */
static int
op_at(const char *s, size_t *len)
{
	static const struct { const char *w; int kind; } ops[] = {
		{ "AND", RN_AND }, { "OR", RN_OR }, { "NOT", RN_NOT } };
	size_t i, n;

	for (i = 0; i < sizeof ops / sizeof *ops; i++) {
		n = strlen(ops[i].w);
		if (!strncmp(s, ops[i].w, n) && (s[n] == ' ' || s[n] == '"' || s[n] == '(')) {
			*len = n;
			return ops[i].kind;
		}
	}
	return -1;
}

static int parse_level(struct parse *ps, int depth);

/* A phrase or a parenthesised level; -1 when there is none. */
static int
parse_primary(struct parse *ps, int depth)
{
	struct rank_plan *p = ps->p;
	const char *q;
	int n;

	skip_space(ps);
	if (*ps->s == '(') {
		ps->s++;
		n = parse_level(ps, depth + 1);
		skip_space(ps);
		if (n < 0 || *ps->s != ')')
			return -1;
		ps->s++;
		return n;
	}
	if (*ps->s != '"' || !(q = strchr(ps->s + 1, '"')) || q == ps->s + 1 || q[1] == '"')
		return -1;
	xgrow((void **)&p->ph, &ps->phcap, p->n + 1, sizeof *p->ph);
	p->ph[p->n] = (struct rank_phrase){ xstrndup(ps->s + 1, (size_t)(q - ps->s - 1)),
					    q[1] == '*', false, false, -1, 0.0 };
	p->ph[p->n].words = strchr(p->ph[p->n].text, ' ') != NULL;
	ps->s = q + 1 + (q[1] == '*');
	return add_node(ps, RN_PH, (int)p->n++, -1, -1);
}

/* Primaries joined by one operator (two side by side are an AND), left to right. */
static int
parse_level(struct parse *ps, int depth)
{
	int l, r, kind = -1, k;
	size_t len = 0;

	if (depth > 200)
		return -1;
	if ((l = parse_primary(ps, depth)) < 0)
		return -1;
	for (;;) {
		skip_space(ps);
		if (!*ps->s || *ps->s == ')')
			return l;
		k = op_at(ps->s, &len);
		if (k < 0)
			k = RN_AND, len = 0;	/* side by side */
		if (kind >= 0 && k != kind)
			return -1;	/* mixed operators: precedence is not ours to guess */
		kind = k;
		ps->s += len;
		if ((r = parse_primary(ps, depth)) < 0)
			return -1;
		l = add_node(ps, kind, -1, l, r);
	}
}

/* Marks the phrases under node n negated. */
static void
negate(struct rank_plan *p, int n)
{
	const struct rank_node *x = &p->node[n];

	if (x->kind == RN_PH) {
		p->ph[x->ph].negated = true;
		return;
	}
	negate(p, x->a);
	negate(p, x->b);
}

bool
rank_plan_parse(struct rank_plan *p, const char *match)
{
	struct parse ps = { p, match, 0, 0 };
	size_t i;

	memset(p, 0, sizeof *p);
	p->match = xstrdup(match);
	p->root = parse_level(&ps, 0);
	skip_space(&ps);
	if (p->root < 0 || *ps.s) {
		rank_plan_free(p);
		return false;
	}
	for (i = 0; i < p->nnode; i++)
		if (p->node[i].kind == RN_NOT)
			negate(p, p->node[i].b);
	return true;
}

void
rank_plan_free(struct rank_plan *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->ph[i].text);
	free(p->ph);
	free(p->match);
	free(p->scan);
	free(p->map);
	free(p->node);
	free(p->rows);
	memset(p, 0, sizeof *p);
	p->root = -1;
}

double
rank_idf(int64_t nrow, int64_t df)
{
	double idf = log((nrow - df + 0.5) / (df + 0.5));

	return idf <= 0.0 ? 0.0 : idf;
}

void
rank_plan_idf(struct rank_plan *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		struct rank_phrase *x = &p->ph[i];

		if (x->negated)
			x->idf = 0.0;
		else if (x->df >= 0)
			x->idf = rank_idf(p->nrow, x->df);
	}
}

bool
rank_plan_ranks(const struct rank_plan *p, size_t i)
{
	return !p->ph[i].negated && (p->ph[i].df < 0 || p->ph[i].idf > 0.0);
}

#define TRUE_NODE (-2)	/* reduce(): matches every row */

/* Node n with each phrase that does not rank taken as true (right sides of NOT kept as
 * they are: a NOT keeps its rows a subset of its left side's). */
static int
reduce(struct parse *ps, int n)
{
	struct rank_plan *p = ps->p;
	struct rank_node x = p->node[n];
	int a, b;

	if (x.kind == RN_PH)
		return rank_plan_ranks(p, (size_t)x.ph) ? n : TRUE_NODE;
	a = reduce(ps, x.a);
	if (x.kind == RN_NOT)
		return a == TRUE_NODE ? TRUE_NODE : a == x.a ? n : add_node(ps, RN_NOT, -1, a, x.b);
	b = reduce(ps, x.b);
	if (x.kind == RN_AND && (a == TRUE_NODE || b == TRUE_NODE))
		return a == TRUE_NODE ? b : a;
	if (x.kind == RN_OR && (a == TRUE_NODE || b == TRUE_NODE))
		return TRUE_NODE;
	return a == x.a && b == x.b ? n : add_node(ps, x.kind, -1, a, b);
}

/* Node n as FTS5 text into b, its phrases in order into p->map. */
static void
emit(struct rank_plan *p, int n, struct sbuf *b, size_t *cap)
{
	static const char *const op[] = { "", " AND ", " OR ", " NOT " };
	const struct rank_node *x = &p->node[n];

	if (x->kind == RN_PH) {
		sb_printf(b, "\"%s\"%s", p->ph[x->ph].text, p->ph[x->ph].prefix ? "*" : "");
		xgrow((void **)&p->map, cap, p->nscan + 1, sizeof *p->map);
		p->map[p->nscan++] = x->ph;
		return;
	}
	sb_addc(b, '(');
	emit(p, x->a, b, cap);
	sb_adds(b, op[x->kind]);
	emit(p, x->b, b, cap);
	sb_addc(b, ')');
}

/* Is node n a phrase, or phrases under OR alone? */
static bool
or_of_phrases(const struct rank_plan *p, int n)
{
	const struct rank_node *x = &p->node[n];

	return x->kind == RN_PH ||
	       (x->kind == RN_OR && or_of_phrases(p, x->a) && or_of_phrases(p, x->b));
}

void
rank_plan_scan(struct rank_plan *p)
{
	struct parse ps = { p, NULL, p->nnode, 0 };
	struct sbuf b = {0};
	size_t i, cap = 0, j;
	int root;
	bool all = true, lost = false;

	free(p->scan);
	free(p->map);
	p->scan = NULL, p->map = NULL, p->nscan = 0;
	for (i = 0; i < p->n; i++)
		all = all && (p->ph[i].negated || rank_plan_ranks(p, i));
	if (all) {
		p->scan = xstrdup(p->match);
		p->map = xmalloc(p->n * sizeof *p->map);
		for (i = 0; i < p->n; i++)
			p->map[i] = (int)i;
		p->nscan = p->n;
		p->reduced = false;
		p->pure_or = or_of_phrases(p, p->root);
		return;
	}
	p->reduced = true;
	root = reduce(&ps, p->root);
	if (root != TRUE_NODE)
		emit(p, root, &b, &cap);
	for (i = 0; root != TRUE_NODE && i < p->n && !lost; i++) {
		bool in = false;

		for (j = 0; j < p->nscan && !in; j++)
			in = p->map[j] == (int)i;
		lost = !in && rank_plan_ranks(p, i);
	}
	if (root != TRUE_NODE && !lost) {
		p->scan = xstrdup(sb_cstr(&b));
		sb_free(&b);
		p->pure_or = or_of_phrases(p, root);
		return;
	}
	/* The OR of every phrase that ranks (none: nothing is scanned). */
	sb_free(&b);
	p->nscan = 0;
	for (i = 0; i < p->n; i++) {
		if (!rank_plan_ranks(p, i))
			continue;
		sb_printf(&b, "%s\"%s\"%s", p->nscan ? " OR " : "", p->ph[i].text,
			  p->ph[i].prefix ? "*" : "");
		xgrow((void **)&p->map, &cap, p->nscan + 1, sizeof *p->map);
		p->map[p->nscan++] = (int)i;
	}
	p->scan = p->nscan ? xstrdup(sb_cstr(&b)) : NULL;
	sb_free(&b);
	p->pure_or = true;
}
