/* quote_go_on.c -- quotations no verb attributed: those a colon introduces, and those that go on a speaker's words. MIT licence. */
#include "config.h"

#include <stdlib.h>

#include "dossier/entity.h"
#include "dossier/quote.h"
#include "quote_int.h"

#define CAPTION_TOKENS 40	/* the most words of the captions a quote's paragraphs skip */

/* The line of the token holding byte at (the last token starting before it). */
static uint32_t
line_of(const struct qscan *s, uint32_t at)
{
	size_t lo = 0, hi = s->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (s->t[mid].start < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? s->t[lo - 1].line : 0;
}

/* Is line pl right before the paragraph starting at token i, or before it with at most
 * two short lines between (a caption, an image credit)? */
static bool
after_caption(const struct qscan *s, size_t i, uint32_t pl)
{
	size_t n = 0;
	uint32_t lines = 0, last = s->t[i].line;

	while (i > 0 && s->t[i - 1].line > pl && n++ < CAPTION_TOKENS) {
		if (s->t[i - 1].line != last) {
			last = s->t[i - 1].line;
			lines++;
		}
		i--;
	}
	return i > 0 && s->t[i - 1].line == pl && lines <= 2;
}

/* Is the quotation opening at token o in the sentence of the quote before it (prev),
 * with nothing but a conjunction, adverbs and punctuation between: "“…”, it added; and,
 * later, “…”"? */
static bool
goes_on(const struct qscan *s, size_t o, const struct quote *prev)
{
	size_t i = o, n = 0;

	while (i > 0 && s->t[i - 1].end > prev->end && n++ < 6) {
		const struct qtok *t = &s->t[i - 1];

		if (t->line != s->t[o].line || !(t->kind == QT_COMMA || t->kind == QT_SEMI ||
						 (t->kind == QT_WORD && (t->lex & (QL_BOUND | QL_ADV)))))
			return false;
		i--;
	}
	return i > 0 && s->t[i - 1].end <= prev->end && s->t[i - 1].line == s->t[o].line &&
	       i < o && s->t[o - 1].kind == QT_COMMA;
}

/* Is the closing mark at token c followed on its line by a dash and a name only (a
 * pull-quote's caption, "“…” - Matthew Ingram")? */
static bool
caption_name(const struct qscan *s, size_t c)
{
	size_t k = c + 1, n = 0;

	if (k >= s->n || s->t[k].kind != QT_DASH || s->t[k].line != s->t[c].line)
		return false;
	for (k++; k < s->n && s->t[k].line == s->t[c].line; k++, n++)
		if (s->t[k].kind != QT_WORD || !(s->t[k].flags & QF_CAP) || n > 4)
			return false;
	return n > 0;
}

/* Does the speaker's phrase at token a open its clause: its title and determiners run
 * back to the sentence's start f or a comma ("During Questions Wednesday, Sunak …")? */
static bool
opens_clause(const struct qscan *s, size_t f, size_t a)
{
	size_t b = qw_np_first(s, f, a), n;

	/* "CEO of the Refugee Council Enver Solomon" */
	for (n = 0; n < 2 && b > f + 1 && (word_is(s, b - 1, "of") || word_is(s, b - 1, "for")) &&
		    (s->t[b - 2].flags & QF_CAP); n++)
		b = qw_np_first(s, f, b - 2);
	return b == f || s->t[b - 1].kind == QT_COMMA || s->t[b - 1].kind == QT_DASH;
}

/* "The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has
 * called …": a person's name between commas after the sentence's first words, before
 * token cl, when the subject names nobody. */
static struct qwho
apposed_person(struct qscan *s, size_t f, size_t cl)
{
	struct qwho w = { 1, 0, QUOTE_NOBODY, false };
	size_t k, a;

	for (k = f + 1; k + 2 < cl && k < f + 16; k++) {
		if (s->t[k].kind != QT_COMMA || s->t[k + 1].ment < 0 ||
		    s->m[s->t[k + 1].ment].type != ENT_PERSON)
			continue;
		for (a = k + 1; a + 1 < cl && s->t[a + 1].ment == s->t[k + 1].ment; a++)
			;
		if (s->t[a + 1].kind == QT_COMMA) {
			w.ok = true;
			w.first = (uint32_t)(k + 1);
			w.last = (uint32_t)a;
			w.entity = qw_resolve(s, a, a);
		}
		break;
	}
	return w;
}

/* A quotation in marks no verb attributed, span k, that a sentence introduces with a
 * colon, on its line or ending the paragraph before: "Sunak defended the record: “…”",
 * "Galantino has called the sentence “dangerous”:" and the next paragraph's quotation.
 * The sentence's subject said it, when it is named and the quotation reads as a clause
 * (not "dubbed the conflict: “Scientology vs. the Internet”", nor examples "including:
 * “…”"). */
static bool
introduced(struct qscan *s, size_t k)
{
	struct qspan *sp = &s->sp[k];
	size_t o = sp->open, cl, f;
	struct qwho w;

	if (o < 2 || s->t[o - 1].kind != QT_COLON ||
	    (s->t[o - 1].line != s->t[o].line && !(s->t[o].flags & QF_LINE)))
		return false;
	cl = o - 1;
	if (word_is(s, cl - 1, "including") || word_is(s, cl - 1, "include") ||
	    word_is(s, cl - 1, "includes") || !qc_has_words(s, o, sp->close, 4) ||
	    !(qc_clause_like(s, o + 1, sp->close) ||
	      (s->t[cl].line != s->t[o].line && qq_has_end(s, o, sp->close))))
		return false;	/* a quotation opening a paragraph may start "Cool clock, Ahmed." */
	f = qs_sent_first(s, cl);
	w = qw_subject(s, f, cl);
	if (w.ok && !opens_clause(s, f, w.first))
		w.ok = false;	/* "His last words to his brother Alfred were:" */
	if (!w.ok || w.entity == QUOTE_NOBODY)
		w = apposed_person(s, f, cl);
	if (!w.ok || w.entity == QUOTE_NOBODY || w.last >= cl)
		return false;
	qq_emit_span(s, k, &w, w.first, cl);
	return true;
}

/* A quotation in marks no verb attributed, span k: the speaker of the quote before it
 * (prev) when that is in its paragraph, or in the paragraph before and this one opens its
 * own paragraph. */
static void
go_on(struct qscan *s, size_t k, const struct quote *prev)
{
	struct qspan *sp = &s->sp[k];
	uint32_t line = s->t[sp->open].line, pl;
	struct qwho w = { 1, 0, QUOTE_NOBODY, true };

	if (!prev || (!(s->t[sp->open].flags & QF_SENT) && !goes_on(s, sp->open, prev)))
		return;	/* words in marks inside a sentence: a term, not speech */
	if (caption_name(s, sp->close))
		return;	/* a pull-quote: “…” - Matthew Ingram */
	pl = line_of(s, prev->quote_end);
	if (pl != line && !((s->t[sp->open].flags & QF_LINE) && after_caption(s, sp->open, pl)))
		return;
	w.entity = prev->entity;
	sp->done = true;
	qq_emit(s, QUOTE_DIRECT, s->t[sp->open].end, qq_said_end(s, k), &w, s->t[sp->open].start,
	     s->t[sp->close].end, false);
}

static int
cmp_quote(const void *a, const void *b)
{
	const struct quote *x = a, *y = b;

	if (x->quote_start != y->quote_start)
		return x->quote_start < y->quote_start ? -1 : 1;
	return (x->quote_end > y->quote_end) - (x->quote_end < y->quote_end);
}

/* The quotations nothing attributed, in text order, each after the quotes found so
 * far (sorted): the one before it is a binary search away, or the last one added here. */
void
qq_continuations(struct qscan *s)
{
	size_t nmain = s->out->n, j = 0, k;
	struct quote last, before;
	bool have_last = false;

	if (nmain > 1)	/* qsort's pointer may not be NULL, even for no element */
		qsort(s->out->v, nmain, sizeof *s->out->v, cmp_quote);
	for (k = 0; k < s->nsp; k++) {
		uint32_t at = s->t[s->sp[k].open].start;
		const struct quote *prev = NULL;

		if (s->sp[k].done)
			continue;
		while (j < nmain && s->out->v[j].quote_start < at)
			j++;
		if (j > 0)
			before = s->out->v[j - 1];
		if (j > 0 && (!have_last || before.quote_start > last.quote_start))
			prev = &before;
		else if (have_last)
			prev = &last;
		if (!introduced(s, k))
			go_on(s, k, prev);
		if (s->sp[k].done) {
			last = s->out->v[s->out->n - 1];
			have_last = true;
		}
	}
	if (s->out->n > 1)
		qsort(s->out->v, s->out->n, sizeof *s->out->v, cmp_quote);
}

