/* query.c -- the filter language: lexer and parser to a small AST (query_sql.c compiles it). MIT licence. */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "dossier/entity.h"
#include "dossier/query.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "query_ast.h"

enum tok_kind { T_END, T_TERM, T_LPAREN, T_RPAREN, T_OR, T_AND, T_NEG };

/* One lexical token. */
struct token {
	enum tok_kind kind;
	size_t off;	/* byte offset in the query text, for messages */
	int node;	/* T_TERM: its leaf node */
};

struct parser {
	const char *s;		/* the query text (not owned) */
	size_t len;
	struct query *q;	/* being built */
	struct token *toks;	/* owned */
	size_t ntoks, cap, pos;
	char *err;		/* the caller's buffer for the message */
	size_t errlen;
	bool failed;		/* err holds the first error */
};

const char *const query_is_names[] = { "unread", "read", "flagged", "archived", "watched",
	"duplicate" };

#define STR_(x) #x
#define STR(x) STR_(x)
#define DEPTH_HINT " (at most " STR(QUERY_MAX_DEPTH) " levels)"

static const struct {
	const char *name;
	enum qkind kind;
} fields[] = {
	{ "is", QK_IS }, { "tag", QK_TAG }, { "entity", QK_ENTITY }, { "type", QK_TYPE },
	{ "date", QK_DATE }, { "source", QK_SOURCE }, { "path", QK_PATH },
	{ "cluster", QK_CLUSTER }, { "said", QK_SAID },
};

/* ---- messages ---- */

/* 1-based column of byte offset off, counting characters (UTF-8 lead bytes). */
static size_t
column(const char *s, size_t off)
{
	size_t i, col = 1;

	for (i = 0; i < off; i++)
		col += ((unsigned char)s[i] & 0xC0) != 0x80;
	return col;
}

/* A short printable copy of s[0..n) for a message: controls and invalid bytes become '?',
 * long text is cut at a character boundary. */
static void
shown(const char *s, size_t n, char *out, size_t outlen)
{
	size_t i = 0, o = 0, max = outlen > 4 ? outlen - 4 : 0;

	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
						      (utf8proc_ssize_t)(n - i), &cp);
		bool bad = k <= 0 || cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
		size_t step = k > 0 ? (size_t)k : 1, put = bad ? 1 : step;

		if (o + put > max)
			break;
		if (bad)
			out[o] = '?';
		else
			memcpy(out + o, s + i, put);
		o += put;
		i += step;
	}
	out[o] = '\0';
	if (i < n)
		strcat(out, "...");
}

/* Record the first error: "WHAT at column N[HINT]". Always returns -1. */
__attribute__((format(printf, 4, 5)))
static int
perr(struct parser *p, size_t off, const char *hint, const char *fmt, ...)
{
	char what[160];
	va_list ap;

	if (p->failed)
		return -1;
	p->failed = true;
	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	snprintf(p->err, p->errlen, "%s at column %zu%s", what, column(p->s, off), hint);
	return -1;
}

/* ---- folding ---- */

/* Is cp part of an FTS5 unicode61 token (letters, numbers, private use)? */
static bool
token_cp(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_CO:
		return true;
	default:
		return false;
	}
}

/*
 * Fold s[0..n) as the index folds articles and split it into the tokens FTS5 will see,
 * joined by one space. Returns an owned string, or NULL when there is no token. Only
 * letters and digits survive, so the result can sit inside an FTS5 "string" as is.
 */
static char *
fold_tokens(const char *s, size_t n)
{
	struct sbuf b = {0};
	size_t flen, i = 0;
	char *f = text_fold(s, n, &flen);
	bool in = false;

	while (i < flen) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)f + i,
						      (utf8proc_ssize_t)(flen - i), &cp);

		if (k <= 0) {
			k = 1;
			cp = -1;
		}
		if (cp >= 0 && token_cp(cp)) {
			if (!in && b.len)
				sb_addc(&b, ' ');
			sb_add(&b, f + i, (size_t)k);
			in = true;
		} else {
			in = false;
		}
		i += (size_t)k;
	}
	free(f);
	return b.data;
}

/* Folded s[0..n) with runs of white space made one space and the ends trimmed. */
char *
query_fold_value(const char *s, size_t n)
{
	size_t flen, i, o = 0;
	char *f = text_fold(s, n, &flen);

	for (i = 0; i < flen; i++) {
		bool sp = f[i] == ' ' || f[i] == '\t' || f[i] == '\n' || f[i] == '\r';

		if (!sp)
			f[o++] = f[i];
		else if (o && f[o - 1] != ' ')
			f[o++] = ' ';
	}
	while (o && f[o - 1] == ' ')
		o--;
	f[o] = '\0';
	return f;
}

/* ---- the AST ---- */

static int
new_node(struct query *q, enum qkind kind)
{
	struct qnode *x;

	xgrow((void **)&q->nodes, &q->cap, q->n + 1, sizeof *q->nodes);
	x = &q->nodes[q->n];
	memset(x, 0, sizeof *x);
	x->kind = kind;
	x->kid = x->next = -1;
	return (int)q->n++;
}

/* Is node k a negated free-text expression (an FTS5 "NOT" operand)? */
static bool
is_fts_not(const struct query *q, int k)
{
	return q->nodes[k].kind == QK_NOT && q->nodes[q->nodes[k].kid].fts;
}

/* A group of kind over the sibling list from first (nested groups of the same kind are
 * flattened into it), with its fts flag computed. */
static int
make_group(struct query *q, enum qkind kind, int first)
{
	int g = new_node(q, kind), k, next, last = -1, npos = 0;
	bool all = true;

	for (k = first; k >= 0; k = next) {
		int from = k, to = k;

		next = q->nodes[k].next;
		if (q->nodes[k].kind == kind) {
			from = to = q->nodes[k].kid;
			while (q->nodes[to].next >= 0)
				to = q->nodes[to].next;
		}
		q->nodes[to].next = -1;
		if (last < 0)
			q->nodes[g].kid = from;
		else
			q->nodes[last].next = from;
		last = to;
	}
	for (k = q->nodes[g].kid; k >= 0; k = q->nodes[k].next) {
		npos += q->nodes[k].fts;
		if (!q->nodes[k].fts && !(kind == QK_AND && is_fts_not(q, k)))
			all = false;
	}
	q->nodes[g].fts = all && npos > 0;
	return g;
}

/* ---- lexer ---- */

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void
push_tok(struct parser *p, enum tok_kind kind, size_t off, int node)
{
	xgrow((void **)&p->toks, &p->cap, p->ntoks + 1, sizeof *p->toks);
	p->toks[p->ntoks].kind = kind;
	p->toks[p->ntoks].off = off;
	p->toks[p->ntoks].node = node;
	p->ntoks++;
}

/* A free-text leaf from the folded tokens (owned) into the token list. */
static void
push_text(struct parser *p, size_t off, char *tokens, bool prefix)
{
	int n = new_node(p->q, QK_TEXT);

	p->q->nodes[n].text = tokens;
	p->q->nodes[n].prefix = prefix;
	p->q->nodes[n].fts = true;
	p->q->needs |= QUERY_NEED_TEXT;
	push_tok(p, T_TERM, off, n);
}

/* Offset of the quote closing the one at s[open], or report it unclosed. */
static size_t
closing_quote(struct parser *p, size_t open)
{
	const char *e = memchr(p->s + open + 1, '"', p->len - open - 1);

	if (!e) {
		perr(p, open, "", "unclosed quote");
		return p->len;
	}
	return (size_t)(e - p->s);
}

/* A "phrase" at s[i], optionally followed by '*'; returns where lexing goes on. */
static size_t
lex_phrase(struct parser *p, size_t i)
{
	size_t close = closing_quote(p, i), end;
	char *tokens;
	bool prefix = false;

	if (p->failed)
		return p->len;
	tokens = fold_tokens(p->s + i + 1, close - i - 1);
	if (!tokens) {
		perr(p, i, "", "empty phrase");
		return p->len;
	}
	for (end = close + 1; end < p->len && p->s[end] == '*'; end++)
		prefix = true;
	push_text(p, i, tokens, prefix);
	return end;
}

/* A bare word s[i..j): an operator, a word or a prefix. */
static void
lex_word(struct parser *p, size_t i, size_t j)
{
	size_t e = j;
	bool prefix = false;
	char *tokens;

	if (j - i == 2 && memcmp(p->s + i, "OR", 2) == 0) {
		push_tok(p, T_OR, i, -1);
		return;
	}
	if (j - i == 3 && memcmp(p->s + i, "AND", 3) == 0) {
		push_tok(p, T_AND, i, -1);
		return;
	}
	while (e > i && p->s[e - 1] == '*') {
		e--;
		prefix = true;
	}
	tokens = fold_tokens(p->s + i, e - i);
	if (!tokens && prefix) {
		perr(p, e, "", "lone \"*\"");
		return;
	}
	if (!tokens) {
		/* Punctuation only: ignored, and so is a "-" that negated it. */
		while (p->ntoks && p->toks[p->ntoks - 1].kind == T_NEG)
			p->ntoks--;
		return;
	}
	push_text(p, i, tokens, prefix);
}

static int field_node(struct parser *p, enum qkind kind, const char *name, const char *v,
		      size_t vlen, size_t voff);

/* name:value starting at s[i], the name ending at s[colon], the bare run at s[j]. */
static size_t
lex_field(struct parser *p, size_t i, size_t colon, size_t j)
{
	size_t f, v = colon + 1, vend = j, end = j;
	int n;

	for (f = 0; f < sizeof fields / sizeof *fields; f++)
		if (strlen(fields[f].name) == colon - i &&
		    strncasecmp(fields[f].name, p->s + i, colon - i) == 0)
			break;
	if (f == sizeof fields / sizeof *fields) {
		char shown_name[40];

		shown(p->s + i, colon - i, shown_name, sizeof shown_name);
		perr(p, i, "", "unknown field \"%s\"", shown_name);
		return p->len;
	}
	if (v == j && v < p->len && p->s[v] == '"') {
		vend = closing_quote(p, v);
		if (p->failed)
			return p->len;
		v++;
		end = vend + 1;
	}
	if (v == vend) {
		perr(p, i, "", "empty value for \"%s:\"", fields[f].name);
		return p->len;
	}
	n = field_node(p, fields[f].kind, fields[f].name, p->s + v, vend - v, v);
	if (n >= 0)
		push_tok(p, T_TERM, i, n);
	return end;
}

static void
lex(struct parser *p)
{
	size_t i = 0, j, k;

	while (!p->failed) {
		while (i < p->len && is_space(p->s[i]))
			i++;
		if (i >= p->len)
			break;
		if (p->s[i] == '(' || p->s[i] == ')') {
			push_tok(p, p->s[i] == '(' ? T_LPAREN : T_RPAREN, i, -1);
			i++;
			continue;
		}
		/* "-" negates the term it touches; alone it is punctuation. */
		if (p->s[i] == '-' && i + 1 < p->len && !is_space(p->s[i + 1]) &&
		    p->s[i + 1] != ')') {
			push_tok(p, T_NEG, i, -1);
			i++;
			continue;
		}
		if (p->s[i] == '"') {
			i = lex_phrase(p, i);
			continue;
		}
		for (j = i; j < p->len && !is_space(p->s[j]) && !strchr("()\"", p->s[j]); j++)
			;
		for (k = i; k < j && ((p->s[k] | 0x20) >= 'a' && (p->s[k] | 0x20) <= 'z'); k++)
			;
		if (k > i && k < j && p->s[k] == ':') {
			i = lex_field(p, i, k, j);
			continue;
		}
		lex_word(p, i, j);
		i = j;
	}
	push_tok(p, T_END, p->len, -1);
}

/* ---- field values ---- */

/* One side of a date value at s[0..n) (offset off); reports errors. */
static int
date_part(struct parser *p, const char *s, size_t n, size_t off, int *first, int *last)
{
	char v[40];
	int rc = query_date_span(s, n, first, last);

	shown(s, n, v, sizeof v);
	if (rc < 0)
		return perr(p, off, "", "impossible date \"%s\"", v);
	if (rc == 0)
		return perr(p, off, " (YYYY, YYYY-MM or YYYY-MM-DD; A..B, >D, >=D, <D, <=D)",
			    "bad date \"%s\"", v);
	return 0;
}

/* date:VALUE into x->lo and x->hi (inclusive, 0 when open). */
static int
parse_date(struct parser *p, struct qnode *x, const char *v, size_t n, size_t off)
{
	const char *dots = NULL;
	int f, l, f2, l2;
	size_t i, op = 0;

	if (n >= 2 && (v[0] == '>' || v[0] == '<') && v[1] == '=')
		op = 2;
	else if (v[0] == '>' || v[0] == '<')
		op = 1;
	if (op) {
		if (date_part(p, v + op, n - op, off + op, &f, &l) < 0)
			return -1;
		if (v[0] == '>')
			x->lo = op == 2 ? f : query_next_day(l, 1);
		else
			x->hi = op == 2 ? l : query_next_day(f, -1);
		return 0;
	}
	for (i = 0; i + 1 < n && !dots; i++)
		if (v[i] == '.' && v[i + 1] == '.')
			dots = v + i;
	if (!dots) {
		if (date_part(p, v, n, off, &f, &l) < 0)
			return -1;
		x->lo = f;
		x->hi = l;
		return 0;
	}
	i = (size_t)(dots - v);
	if (n == 2)	/* ".." alone is no date: date_part says so */
		return date_part(p, v, n, off, &f, &l);
	if (i > 0 && date_part(p, v, i, off, &f, &l) < 0)
		return -1;
	if (i + 2 < n && date_part(p, dots + 2, n - i - 2, off + i + 2, &f2, &l2) < 0)
		return -1;
	x->lo = i > 0 ? f : 0;
	x->hi = i + 2 < n ? l2 : 0;
	if (x->lo && x->hi && x->lo > x->hi)
		return perr(p, off, "", "date range ends before it starts");
	return 0;
}

/* ASCII-lowercased, NUL-terminated copy of v[0..n) in buf (cut to fit). */
static void
lower_copy(const char *v, size_t n, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < n && i + 1 < size; i++)
		buf[i] = (v[i] >= 'A' && v[i] <= 'Z') ? (char)(v[i] | 0x20) : v[i];
	buf[i] = '\0';
}

/* is:VALUE or type:VALUE into x->which. */
static int
parse_enum(struct parser *p, struct qnode *x, const char *v, size_t n, size_t off)
{
	char buf[32], val[40];
	size_t i;

	lower_copy(v, n, buf, sizeof buf);
	shown(v, n, val, sizeof val);
	if (x->kind == QK_TYPE) {
		x->which = n < sizeof buf ? ent_type_parse(buf) : -1;
		if (x->which < 0)
			return perr(p, off, " (person, org, place, date, money, hashtag, handle or url)",
				    "unknown type \"%s\"", val);
		return 0;
	}
	for (i = 0; i < sizeof query_is_names / sizeof *query_is_names; i++)
		if (n < sizeof buf && strcmp(buf, query_is_names[i]) == 0)
			break;
	if (i == sizeof query_is_names / sizeof *query_is_names)
		return perr(p, off, " (unread, read, flagged, archived, watched or duplicate)",
			    "unknown is: value \"%s\"", val);
	x->which = (int)i;
	p->q->archived |= i == IS_ARCHIVED;
	return 0;
}

/* cluster:N: a story cluster's number, 1 and up, into x->which. */
static int
parse_cluster(struct parser *p, struct qnode *x, const char *v, size_t n, size_t off)
{
	char val[40];
	size_t i;
	long k = 0;

	for (i = 0; i < n && v[i] >= '0' && v[i] <= '9' && k <= INT32_MAX; i++)
		k = k * 10 + (v[i] - '0');
	if (i < n || k < 1 || k > INT32_MAX) {
		shown(v, n, val, sizeof val);
		return perr(p, off, " (a story cluster's number: 1, 2, ...)",
			    "bad cluster \"%s\"", val);
	}
	x->which = (int)k;
	return 0;
}

/* The leaf of a field term with value v[0..vlen) at offset voff, or -1 after an error. */
static int
field_node(struct parser *p, enum qkind kind, const char *name, const char *v, size_t vlen,
	   size_t voff)
{
	int n = new_node(p->q, kind), rc = 0;
	struct qnode *x = &p->q->nodes[n];
	size_t bad;

	switch (kind) {
	case QK_IS:
	case QK_TYPE:
		rc = parse_enum(p, x, v, vlen, voff);
		/* is:duplicate reads the story clusters, not the state */
		if (kind == QK_IS && rc == 0 && x->which == IS_DUPLICATE)
			p->q->needs |= QUERY_NEED_CLUSTERS;
		else
			p->q->needs |= kind == QK_IS ? QUERY_NEED_STATE : QUERY_NEED_ENTITIES;
		/* is:watched: articles mentioning an entity of the state's watchlist */
		if (kind == QK_IS && rc == 0 && x->which == IS_WATCHED)
			p->q->needs |= QUERY_NEED_ENTITIES;
		break;
	case QK_CLUSTER:
		rc = parse_cluster(p, x, v, vlen, voff);
		p->q->needs |= QUERY_NEED_CLUSTERS;
		break;
	case QK_DATE:
		rc = parse_date(p, x, v, vlen, voff);
		break;
	case QK_PATH:
		x->text = xstrndup(v, vlen);
		if ((bad = query_glob_unclosed(v, vlen)) < vlen)
			rc = perr(p, voff + bad, " (write [[] for a literal [)",
				  "unclosed \"[\" in a path pattern");
		break;
	default:
		x->text = query_fold_value(v, vlen);
		if (!*x->text)
			rc = perr(p, voff, "", "empty value for \"%s:\"", name);
		p->q->needs |= kind == QK_TAG ? QUERY_NEED_STATE :
			       kind == QK_ENTITY || kind == QK_SAID ? QUERY_NEED_ENTITIES : 0;
		if (kind == QK_SAID)
			p->q->needs |= QUERY_NEED_QUOTES;
		break;
	}
	return rc < 0 ? -1 : n;
}

/* ---- parser: or := and (OR and)* ; and := unary ([AND] unary)* ; unary := -unary | primary */

static int parse_or(struct parser *p, int depth);

static const char *
op_name(enum tok_kind k)
{
	return k == T_OR ? "OR" : "AND";
}

/* Does a token of kind k end a sequence of terms? */
static bool
ends_terms(enum tok_kind k)
{
	return k == T_END || k == T_RPAREN || k == T_OR || k == T_AND;
}

static int
parse_primary(struct parser *p, int depth)
{
	const struct token *t = &p->toks[p->pos];
	int n;

	switch (t->kind) {
	case T_TERM:
		p->pos++;
		return t->node;
	case T_LPAREN:
		if (depth >= QUERY_MAX_DEPTH)
			return perr(p, t->off, DEPTH_HINT, "query nested too deeply");
		p->pos++;
		if (p->toks[p->pos].kind == T_RPAREN)
			return perr(p, t->off, "", "empty parentheses");
		n = parse_or(p, depth + 1);
		if (n < 0)
			return -1;
		if (p->toks[p->pos].kind != T_RPAREN)
			return perr(p, t->off, "", "unclosed parenthesis");
		p->pos++;
		return n;
	case T_RPAREN:
		return perr(p, t->off, "", "unmatched \")\"");
	case T_OR:
	case T_AND:
		return perr(p, t->off, "", "\"%s\" without a term before it", op_name(t->kind));
	default:
		return perr(p, t->off, "", "unexpected end of query");
	}
}

static int
parse_unary(struct parser *p, int depth)
{
	const struct token *t = &p->toks[p->pos];
	int kid, n;

	if (t->kind != T_NEG)
		return parse_primary(p, depth);
	if (depth >= QUERY_MAX_DEPTH)
		return perr(p, t->off, DEPTH_HINT, "query nested too deeply");
	p->pos++;
	if (ends_terms(p->toks[p->pos].kind))
		return perr(p, t->off, "", "\"-\" with nothing to negate");
	kid = parse_unary(p, depth + 1);
	if (kid < 0)
		return -1;
	n = new_node(p->q, QK_NOT);
	p->q->nodes[n].kid = kid;
	return n;
}

/* Terms until OR, ")" or the end; AND between them is optional. */
static int
parse_and(struct parser *p, int depth)
{
	int first = -1, last = -1, n;

	for (;;) {
		const struct token *t = &p->toks[p->pos];

		if (t->kind == T_END || t->kind == T_RPAREN || t->kind == T_OR)
			break;
		if (t->kind == T_AND) {
			if (first < 0)
				return perr(p, t->off, "", "\"AND\" without a term before it");
			p->pos++;
			if (ends_terms(p->toks[p->pos].kind))
				return perr(p, t->off, "", "\"AND\" without a term after it");
			continue;
		}
		n = parse_unary(p, depth);
		if (n < 0)
			return -1;
		if (last < 0)
			first = n;
		else
			p->q->nodes[last].next = n;
		last = n;
	}
	if (first < 0)
		return parse_primary(p, depth);	/* reports what is there instead */
	return p->q->nodes[first].next < 0 ? first : make_group(p->q, QK_AND, first);
}

static int
parse_or(struct parser *p, int depth)
{
	int first, last, n;

	first = last = parse_and(p, depth);
	if (first < 0)
		return -1;
	while (p->toks[p->pos].kind == T_OR) {
		const struct token *t = &p->toks[p->pos++];

		if (ends_terms(p->toks[p->pos].kind))
			return perr(p, t->off, "", "\"OR\" without a term after it");
		n = parse_and(p, depth);
		if (n < 0)
			return -1;
		p->q->nodes[last].next = n;
		last = n;
	}
	return first == last ? first : make_group(p->q, QK_OR, first);
}

struct query *
query_parse(const char *text, char *err, size_t errlen)
{
	struct parser p = {0};
	struct query *q = xcalloc(1, sizeof *q);
	char dummy[8];

	p.s = text ? text : "";
	p.len = strlen(p.s);
	p.q = q;
	p.err = err && errlen ? err : dummy;
	p.errlen = err && errlen ? errlen : sizeof dummy;
	p.err[0] = '\0';
	q->root = -1;
	if (p.len > QUERY_MAX_LEN)
		perr(&p, QUERY_MAX_LEN, "", "query too long (at most %d bytes)", QUERY_MAX_LEN);
	else
		lex(&p);
	if (!p.failed && p.ntoks > 1) {
		q->root = parse_or(&p, 0);
		if (!p.failed && p.toks[p.pos].kind != T_END)
			perr(&p, p.toks[p.pos].off, "", "unmatched \")\"");
	} else if (!p.failed && p.len > strspn(p.s, " \t\n\r\f\v")) {
		/* Only punctuation, a lone "-" or bytes no index holds: every article would
		 * match, silently. An empty query (all of them) stays valid. */
		perr(&p, 0, "", "nothing to search for");
	}
	free(p.toks);
	if (p.failed) {
		query_free(q);
		return NULL;
	}
	return q;
}

void
query_free(struct query *q)
{
	size_t i;

	if (!q)
		return;
	for (i = 0; i < q->n; i++)
		free(q->nodes[i].text);
	free(q->nodes);
	free(q);
}
