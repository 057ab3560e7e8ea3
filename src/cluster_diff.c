/* cluster_diff.c -- two versions of a story compared line by line (Myers' algorithm). MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/text.h"
#include "dossier/util.h"

/*
 * What one outlet added to a wire story or cut from it is a matter of paragraphs, so the
 * comparison is by line (a paragraph is a line in these files), as diff(1) does it:
 * Myers' O(ND) algorithm, where D, the lines that differ, is small between versions of
 * one story. Lines are compared as text_clean_line() shows them (runs of white space
 * made one). A pair that differs in more than MAX_EDITS lines (two unrelated texts, a
 * hostile file of a million lines) is not aligned: its unmatched middle is all cut, then
 * all added, which bounds the time and the memory ((MAX_EDITS + 2)^2 ints at most).
 */

#define MAX_EDITS 1000

/* The lines of one version that are compared. */
struct side {
	uint32_t *line;		/* owned; indices into the article's lines */
	char **text;		/* owned, each owned; the lines as compared */
	size_t n;
};

static void
side_load(struct side *s, const struct article *a)
{
	size_t i, cap = 0, capt = 0;

	memset(s, 0, sizeof *s);
	for (i = 0; i < a->nlines; i++) {
		const struct text_line *l = &a->lines[i];
		char *t;

		if (l->flags & (LINE_BLANK | LINE_BOILERPLATE | LINE_DATELINE))
			continue;
		t = text_clean_line(a->text + l->start, l->end - l->start);
		if (!*t) {
			free(t);
			continue;
		}
		xgrow((void **)&s->line, &cap, s->n + 1, sizeof *s->line);
		xgrow((void **)&s->text, &capt, s->n + 1, sizeof *s->text);
		s->line[s->n] = (uint32_t)i;
		s->text[s->n++] = t;
	}
}

static void
side_free(struct side *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->text[i]);
	free(s->text);
	free(s->line);
}

/* The result being built. */
struct out {
	struct diff_line *v;
	size_t n, cap;
};

static void
put(struct out *o, int kind, uint32_t a, uint32_t b)
{
	xgrow((void **)&o->v, &o->cap, o->n + 1, sizeof *o->v);
	o->v[o->n++] = (struct diff_line){ (uint8_t)kind, a, b };
}

/* The lines being aligned: A's [a0, a0 + n) against B's [b0, b0 + m). */
struct span {
	const struct side *A, *B;
	size_t a0, b0;
	long n, m;
};

static bool
same(const struct span *s, long x, long y)
{
	return strcmp(s->A->text[s->a0 + (size_t)x], s->B->text[s->b0 + (size_t)y]) == 0;
}

/* Where V of step d keeps diagonal k (k from -d-1 to d+1) in the trace. */
static size_t
at(long d, long k)
{
	return (size_t)(d * d + 2 * d + k + d + 1);
}

/* The greedy forward pass: trace[at(d, k)] is the furthest x on diagonal k before step d.
 * Returns D, the number of edits, or -1 when it is over MAX_EDITS. */
static long
forward(const struct span *s, int **trace)
{
	long max = s->n + s->m < MAX_EDITS ? s->n + s->m : MAX_EDITS, d, k, x, y;
	long *v = xcalloc((size_t)(2 * max + 5), sizeof *v), off = max + 2;
	size_t cap = 0;

	*trace = NULL;
	v[off + 1] = 0;
	for (d = 0; d <= max; d++) {
		xgrow((void **)trace, &cap, at(d + 1, -d - 2), sizeof **trace);
		for (k = -d - 1; k <= d + 1; k++)
			(*trace)[at(d, k)] = (int)v[off + k];
		for (k = -d; k <= d; k += 2) {
			if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
				x = v[off + k + 1];
			else
				x = v[off + k - 1] + 1;
			y = x - k;
			while (x < s->n && y < s->m && same(s, x, y))
				x++, y++;
			v[off + k] = x;
			if (x >= s->n && y >= s->m) {
				free(v);
				return d;
			}
		}
	}
	free(v);
	return -1;
}

/* Walk the trace back from the end; the moves come out last first, into rev. */
static void
backward(const struct span *s, const int *trace, long D, struct out *rev)
{
	long x = s->n, y = s->m, d, k, pk, px, py;

	for (d = D; d >= 0; d--) {
		k = x - y;
		if (k == -d || (k != d && trace[at(d, k - 1)] < trace[at(d, k + 1)]))
			pk = k + 1;
		else
			pk = k - 1;
		px = trace[at(d, pk)];
		py = px - pk;
		for (; x > px && y > py; x--, y--)
			put(rev, DIFF_SAME, s->A->line[s->a0 + (size_t)x - 1],
			    s->B->line[s->b0 + (size_t)y - 1]);
		if (d == 0)
			break;
		if (x == px)
			put(rev, DIFF_ADDED, UINT32_MAX, s->B->line[s->b0 + (size_t)py]);
		else
			put(rev, DIFF_CUT, s->A->line[s->a0 + (size_t)px], UINT32_MAX);
		x = px;
		y = py;
	}
}

/* The middle, the common head and tail taken off. */
static void
align(const struct span *s, struct out *o)
{
	struct out rev = {0};
	int *trace;
	long D = forward(s, &trace), i;

	if (D < 0) {
		for (i = 0; i < s->n; i++)
			put(o, DIFF_CUT, s->A->line[s->a0 + (size_t)i], UINT32_MAX);
		for (i = 0; i < s->m; i++)
			put(o, DIFF_ADDED, UINT32_MAX, s->B->line[s->b0 + (size_t)i]);
	} else {
		backward(s, trace, D, &rev);
		for (i = (long)rev.n - 1; i >= 0; i--)
			put(o, rev.v[i].kind, rev.v[i].a, rev.v[i].b);
	}
	free(rev.v);
	free(trace);
}

size_t
cluster_diff(const struct article *a, const struct article *b, struct diff_line **out)
{
	struct side A, B;
	struct out o = {0};
	struct span s;
	size_t head = 0, tail = 0, i;

	article_load(a);	/* their text is read now if the cache only listed them */
	article_load(b);
	side_load(&A, a);
	side_load(&B, b);
	while (head < A.n && head < B.n && strcmp(A.text[head], B.text[head]) == 0)
		head++;
	while (tail < A.n - head && tail < B.n - head &&
	       strcmp(A.text[A.n - 1 - tail], B.text[B.n - 1 - tail]) == 0)
		tail++;
	for (i = 0; i < head; i++)
		put(&o, DIFF_SAME, A.line[i], B.line[i]);
	s = (struct span){ &A, &B, head, head, (long)(A.n - head - tail),
			   (long)(B.n - head - tail) };
	if (s.n || s.m)
		align(&s, &o);
	for (i = tail; i > 0; i--)
		put(&o, DIFF_SAME, A.line[A.n - i], B.line[B.n - i]);
	side_free(&A);
	side_free(&B);
	*out = o.v;
	return o.n;
}
