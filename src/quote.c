/* quote.c -- who said what: direct quotes, reported speech and embedded posts with their speakers. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/util.h"
#include "quote_int.h"

/*
 * One pass over the article's tokens (quote_scan.c), in text order:
 *
 *  - a quotation in marks looks for its attribution right after the closing mark
 *    (“…,” Smith said / “…,” said Smith / “…” he added);
 *  - a reporting verb outside marks takes its speaker before it (quote_who.c) and what
 *    was said after it: a quotation in marks that is all of it (Smith said: “…”), or the
 *    clause to the end of the sentence (Smith said (that) …, Smith told reporters …); a
 *    verb that ends its sentence reports what came before the comma (…, Smith said.);
 *    "according to X" and a participle after a comma (…, saying …) too;
 *  - a quotation left without attribution takes the speaker of the quotation before it
 *    in its paragraph, or of the paragraph before when it opens its own: a speaker's
 *    words go on over several quotations and paragraphs.
 *
 * An embedded post ("— Name (@handle) February 4, 2026" under its text) is a quote of
 * the name. Every step looks a bounded number of tokens around where it is, so the whole
 * is linear in the article's length.
 */

#define ATTRIB_TOKENS 16	/* “…,” Khaled Al-Maeena, editor at large at the Saudi Gazette,
				   said */
#define ISSUE_TOKENS 80	/* how far after "issued a statement" its quotation may open */

const char *
quote_kind_name(enum quote_kind k)
{
	static const char *const names[] = { "direct", "reported", "tweet" };

	return (unsigned)k < QUOTE_NKINDS ? names[k] : "?";
}

void
quote_list_free(struct quote_list *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}

size_t
quote_speakers(const struct quote_list *ql, uint32_t **ids, size_t *cap)
{
	size_t i, n = 0;

	xgrow((void **)ids, cap, ql->n + 1, sizeof **ids);
	for (i = 0; i < ql->n; i++)
		if (ql->v[i].entity != QUOTE_NOBODY)
			(*ids)[n++] = ql->v[i].entity;
	qsort(*ids, n, sizeof **ids, cmp_u32);
	return n;
}

uint32_t
quote_count_of(const uint32_t *ids, size_t n, size_t *at, uint32_t entity)
{
	uint32_t k = 0;

	while (*at < n && ids[*at] < entity)
		(*at)++;
	while (*at < n && ids[*at] == entity) {
		(*at)++;
		k++;
	}
	return k;
}

/* Add a quote: what was said is bytes [qs, qe), the speaker w, the whole [st, en). */
void
qq_emit(struct qscan *s, int kind, uint32_t qs, uint32_t qe, const struct qwho *w, uint32_t st,
     uint32_t en, bool named)
{
	struct quote *q;

	if (qe <= qs)
		return;
	xgrow((void **)&s->out->v, &s->out->cap, s->out->n + 1, sizeof *s->out->v);
	q = &s->out->v[s->out->n++];
	memset(q, 0, sizeof *q);
	q->kind = (uint8_t)kind;
	q->quote_start = qs;
	q->quote_end = qe;
	q->entity = w->entity;
	q->start = st < qs ? st : qs;
	q->end = en > qe ? en : qe;
	if (named && w->first <= w->last) {
		q->who_start = s->t[w->first].start;
		q->who_end = s->t[w->last].end;
		if (q->who_start < q->start)
			q->start = q->who_start;
		if (q->who_end > q->end)
			q->end = q->who_end;
		s->last_tok = w->last;
		s->last_line = s->t[w->last].line;
	}
	s->last_entity = w->entity;
}

/* The span whose opening mark is token i, or -1. */
static long
span_opening(const struct qscan *s, size_t i)
{
	if (s->t[i].kind != QT_OPEN || i + 1 >= s->n)
		return -1;
	if (s->t[i + 1].span >= 0 && s->sp[s->t[i + 1].span].open == i)
		return s->t[i + 1].span;
	if (s->t[i + 1].kind == QT_CLOSE)	/* “” */
		return -1;
	return -1;
}

/* Where what span k says ends: at its closing mark, or with its paragraph. */
uint32_t
qq_said_end(const struct qscan *s, size_t k)
{
	const struct qspan *sp = &s->sp[k];

	return sp->open_end ? s->t[sp->close].end : s->t[sp->close].start;
}

/* Emit span k as a direct quote of w; the attribution runs over tokens [a0, a1]. */
void
qq_emit_span(struct qscan *s, size_t k, const struct qwho *w, size_t a0, size_t a1)
{
	struct qspan *sp = &s->sp[k];
	uint32_t st = s->t[sp->open].start, en = s->t[sp->close].end;

	if (a0 < s->n && s->t[a0].start < st)
		st = s->t[a0].start;
	if (a1 < s->n && s->t[a1].end > en)
		en = s->t[a1].end;
	sp->done = true;
	sp->speaker = w->entity;
	qq_emit(s, QUOTE_DIRECT, s->t[sp->open].end, qq_said_end(s, k), w, st, en, true);
}

/* Mark the spans inside tokens [a, b) as said already (a reported clause holds them).
 * Each token is looked at once: what lies before the furthest point marked so far was
 * marked then (clauses come in text order), so a long sentence of attributions stays
 * linear. */
static void
absorb(struct qscan *s, size_t a, size_t b)
{
	size_t i;

	for (i = a > s->absorbed ? a : s->absorbed; i < b; i++)
		if (s->t[i].span >= 0)
			s->sp[s->t[i].span].done = true;
	if (b > s->absorbed)
		s->absorbed = b;
}


/* Are tokens [a, b) a description ("team member") or an office ("Deputy Defense
 * Secretary"): words in lower case, or words with an office among them (not a bare
 * honorific, "Ms")? */
static bool
lower_words(const struct qscan *s, size_t a, size_t b)
{
	bool lower = true, office = false;

	for (; a < b; a++) {
		if (s->t[a].kind != QT_WORD)
			return false;
		lower = lower && !(s->t[a].flags & QF_CAP);
		office = office || (s->t[a].lex & QL_ROLE_P);
	}
	return lower || office;
}

/* Does a sentence end inside tokens (a, b)? */
bool
qq_has_end(const struct qscan *s, size_t a, size_t b)
{
	for (a++; a < b; a++)
		if (s->t[a].kind == QT_END)
			return true;
	return false;
}

/* “A,” he said, “B.”: after the attribution ending at token x (the hearer and an
 * adverbial may follow: "told the press,"), a quotation opening after a comma or a colon
 * before the sentence's end e is the same speaker's (rule 3). */
static void
split_on(struct qscan *s, const struct qwho *w, size_t x, size_t e)
{
	size_t k;
	long sp;

	for (k = x + 1; k < e && k < x + 6 && s->t[k].kind == QT_WORD && s->t[k].span < 0 &&
		    !(s->t[k].lex & (QL_SPEECH | QL_PART | QL_THAT | QL_AUX | QL_VERB)); k++)
		;
	if (k + 1 >= s->n || (s->t[k].kind != QT_COMMA && s->t[k].kind != QT_COLON) ||
	    (sp = span_opening(s, k + 1)) < 0 || s->sp[sp].done)
		return;
	qq_emit_span(s, (size_t)sp, w, k + 1, k + 1);
}

/* “…,” Smith said: the attribution right after span k's closing mark. */
static void
after_span(struct qscan *s, size_t k, bool *used)
{
	size_t c = s->sp[k].close, a = c + 1, e, v, o;
	struct qwho w;
	bool mid, that;

	if (a >= s->n || (s->t[a].flags & QF_SENT) || s->t[a].line != s->t[c].line)
		return;
	if (s->t[a].kind == QT_COMMA)
		a++;
	e = qs_sent_end(s, c);
	for (v = a; v < e && v < a + ATTRIB_TOKENS; v++) {
		if (s->t[v].kind == QT_OPEN || s->t[v].kind == QT_END)
			return;
		if (is_word(s, v, QL_SPEECH))
			break;
	}
	if (v >= e || v >= a + ATTRIB_TOKENS)
		return;
	if (v == a)
		w = qw_after(s, v, e);
	else {
		w = qw_before(s, a, v);
		/* more than a speaker between the quote and the verb; a description before
		 * the name is part of it ("team member Rodaba Noori told") */
		if (w.ok && w.first != a && (qw_np_first(s, a, w.first) != a ||
					     !lower_words(s, a, w.first)))
			return;
	}
	if (!w.ok)
		return;
	o = s->sp[k].open;
	mid = o > 0 && !(s->t[o].flags & QF_SENT) && s->t[o - 1].kind == QT_WORD &&
	      s->t[o - 1].line == s->t[o].line;
	/* "In what an officer described as “…”, the police reported recovering six boxes":
	 * a verb with an object of its own does not attribute the words in marks before */
	if (mid && v > a && v + 1 < e && s->t[v + 1].kind == QT_WORD &&
	    !(s->t[v + 1].lex & (QL_PREP | QL_TIME | QL_ADV | QL_THAT | QL_HEARER)) &&
	    !(is_word(s, v, QL_TELL)) && qc_complement(s, v, e, &that) == v + 1)
		return;
	used[v] = true;
	/* "Tseng formed a chamber responsible for many “community initiatives”, the
	 * candidate told Wikinews": the marks hold part of what was said, the words before
	 * the comma (rule 4a) */
	if (mid && (s->t[c + 1].kind == QT_COMMA ||
		    (s->t[c - 1].kind == QT_COMMA && !qq_has_end(s, o, c)))) {
		qq_said_before(s, &w, qs_sent_first(s, o), s->t[c + 1].kind == QT_COMMA ? c + 1 : c - 1,
			    v > w.last ? v : w.last);
		s->sp[k].done = true;
		return;
	}
	qq_emit_span(s, k, &w, a, v > w.last ? v : w.last);
	split_on(s, &w, v > w.last ? v : w.last, e);
}

/* “…,” said X with the opening mark forgotten: a closing mark right after a comma at
 * token i that no opening mark on its line pairs, and an attribution after it. The writer
 * meant the quotation to start with the paragraph (RULES.md rule 3). */
static void
stray_close(struct qscan *s, size_t i, bool *used)
{
	size_t f = i, a = i + 1, e, v;
	struct qwho w;

	if (i < 2 || (s->t[i].flags & QF_STRAIGHT) || s->t[i - 1].kind != QT_COMMA ||
	    s->t[i - 1].end != s->t[i].start ||
	    s->t[i - 1].span >= 0 || a >= s->n || s->t[a].line != s->t[i].line)
		return;
	while (f > 0 && s->t[f - 1].line == s->t[i].line) {
		if (s->t[f - 1].kind == QT_OPEN || s->t[f - 1].kind == QT_CLOSE ||
		    s->t[f - 1].span >= 0)
			return;
		f--;
	}
	if (s->t[f].kind != QT_WORD || f < s->claim || !qc_has_words(s, f, i - 1, 3))
		return;
	e = qs_sent_end(s, i);
	for (v = a; v < e && v < a + ATTRIB_TOKENS && !is_word(s, v, QL_SPEECH); v++)
		if (s->t[v].kind == QT_OPEN || s->t[v].kind == QT_END)
			return;
	if (v >= e || v >= a + ATTRIB_TOKENS)
		return;
	w = v == a ? qw_after(s, v, e) : qw_before(s, a, v);
	if (!w.ok || (v > a && w.first != a))
		return;
	used[v] = true;
	absorb(s, f, i);
	qq_emit(s, QUOTE_DIRECT, s->t[f].start, s->t[i - 1].end, &w, s->t[f].start,
	     s->t[v > w.last ? v : w.last].end, true);
}

/* What follows verb v (spoken by w): a quotation in marks that is all of it, else the
 * clause to the sentence's end [c, e) (after "that", or one that reads as a clause).
 * False when it is neither. */
bool
qq_say_what(struct qscan *s, const struct qwho *w, size_t v, size_t c, size_t e, bool that)
{
	long k;
	size_t l, after;

	while (c < e && s->t[c].kind == QT_COMMA)
		c++;	/* "said that, as the parents came from India, …" */
	if (c >= e)
		return false;
	k = span_opening(s, c);
	if (k >= 0) {
		after = s->sp[k].close + 1;
		if (after >= e || s->t[after].kind == QT_END || s->t[after].kind == QT_SEMI ||
		    s->t[after].kind == QT_DASH ||
		    (s->t[after].kind == QT_COMMA && after + 1 < e &&
		     (is_word(s, after + 1, QL_PART | QL_HE | QL_BOUND)))) {
			if (!s->sp[k].done)
				qq_emit_span(s, (size_t)k, w, w->first <= w->last ? w->first : v, v);
			return true;
		}
	}
	l = qc_clause_last(s, c, qc_report_end(s, c, e));
	if (l <= c || !qc_has_words(s, c, l, 2) || (!that && !qc_clause_like(s, c, l)))
		return false;
	absorb(s, c, l);
	if (l > s->claim)
		s->claim = l;
	qq_emit(s, QUOTE_REPORTED, s->t[c].start, s->t[l - 1].end, w,
	     s->t[w->first <= w->last ? w->first : v].start, s->t[l - 1].end, true);
	return true;
}

/* "…, Smith said." / "…, said Smith.": what came before the comma at token cm. */
void
qq_said_before(struct qscan *s, const struct qwho *w, size_t f, size_t cm, size_t v)
{
	size_t a = f;

	while (a < cm && (s->t[a].kind == QT_DASH || s->t[a].kind == QT_PAREN ||
			  (s->t[a].kind == QT_OPEN && span_opening(s, a) < 0)))
		a++;	/* a bullet, or a mark whose quote was never closed */
	if (cm <= a || !qc_has_words(s, a, cm, 3))
		return;
	/* a quotation in marks: its own attribution was looked for when it was met */
	if (s->t[a].kind == QT_OPEN && s->t[cm - 1].kind == QT_CLOSE)
		return;
	if (s->t[cm - 1].kind == QT_CLOSE && s->t[cm - 1].span < 0 && span_opening(s, a) >= 0)
		return;
	absorb(s, a, cm);
	if (cm > s->claim)
		s->claim = cm;
	qq_emit(s, QUOTE_REPORTED, s->t[a].start, s->t[cm - 1].end, w, s->t[a].start,
	     s->t[w->last > v ? w->last : v].end, true);
}

/* A word that makes "X said" something other than a report: "what he said", "as
 * Putin said". */
static bool
not_a_report(const struct qscan *s, const struct qwho *w)
{
	size_t b = w->first;
	const char *p;
	size_t n;

	if (b == 0 || s->t[b - 1].kind != QT_WORD)
		return false;
	p = s->text + s->t[b - 1].start;
	n = s->t[b - 1].end - s->t[b - 1].start;
	/* "other sites such as Gawker.com have stated" is a report */
	if (n == 2 && !strncasecmp(p, "as", 2) && b > 1 && word_is(s, b - 2, "such"))
		return false;
	return (n == 4 && !strncasecmp(p, "what", 4)) || (n == 2 && !strncasecmp(p, "as", 2)) ||
	       (n == 4 && !strncasecmp(p, "than", 4));
}

/* "…, and wrote that …": a second verb of the sentence's subject (an adverb may come
 * between), not a base form ("to give them a label and say …"), saying right after it
 * "that …", a quotation or a pronoun's clause ("and said it was …"; not "and declared
 * it “incomprehensible”", "and remarked on the improvements I have made"). */
static bool
second_verb(const struct qscan *s, size_t f, size_t v, size_t e)
{
	size_t b = v, c = v + 1;

	while (b > f && is_word(s, b - 1, QL_ADV))
		b--;
	if (b <= f + 1 || !(word_is(s, b - 1, "and") || word_is(s, b - 1, "but")) ||
	    word_is(s, v, "say") || word_is(s, v, "tell"))
		return false;
	while (c < e && (s->t[c].kind == QT_COMMA || s->t[c].kind == QT_COLON))
		c++;
	return c < e && (is_word(s, c, QL_THAT) || s->t[c].kind == QT_OPEN ||
			 (is_word(s, c, QL_HE | QL_IT | QL_THEY) && c + 1 < e &&
			  is_word(s, c + 1, QL_VERB | QL_AUX)));
}

/* "tell" (not "told") reports with a hearer: "officials tell BBC News …", "they tell us
 * that"; not "how can you tell whether", "when I tell stories". */
static bool
tell_hearer(const struct qscan *s, size_t v)
{
	return !word_is(s, v, "tell") ||
	       (v + 1 < s->n && (s->t[v + 1].ment >= 0 || is_word(s, v + 1, QL_HEARER) ||
				 (is_word(s, v + 1, QL_DET) && v + 2 < s->n &&
				  (s->t[v + 2].flags & QF_CAP)) ||
				 word_is(s, v + 1, "me") || word_is(s, v + 1, "us") ||
				 word_is(s, v + 1, "him") || word_is(s, v + 1, "her") ||
				 word_is(s, v + 1, "them")));
}

/* "As Heald told The Huffington Post, US surface ozone has dropped": a sentence opening
 * with "As X said," reports the clause after the comma. */
static bool
as_opening(struct qscan *s, const struct qwho *w, size_t f, size_t v, size_t e)
{
	size_t c;
	bool that;

	if (w->first != f + 1 || !word_is(s, f, "as"))
		return false;
	c = qc_complement(s, v, e, &that);
	if (c == NO_SPEECH || c >= e || c == v + 1 || s->t[c - 1].kind != QT_COMMA)
		return false;
	return qq_say_what(s, w, v, c, e, true);
}

/* Where the words of a "…, X said." end: the comma before the speaker's phrase at c
 * (also before a closing mark: "Iraqi Forces 'Getting Better Every Day,' U.S. Officer
 * Says"), or 0. "state and federal disaster officials" is one phrase. */
static size_t
comma_before(const struct qscan *s, size_t f, size_t c)
{
	if (c > f + 2 && (word_is(s, c - 1, "and") || word_is(s, c - 1, "or")) &&
	    s->t[c - 2].kind == QT_WORD && !(s->t[c - 2].lex & ~(uint32_t)QL_ROLE_O) &&
	    (s->t[c - 3].kind == QT_COMMA || s->t[c - 3].kind == QT_DASH))
		c -= 2;
	if (c > f + 1 && s->t[c - 1].kind == QT_OTHER && s->text[s->t[c - 1].start] == '\'' &&
	    s->t[c - 2].kind == QT_COMMA)
		return c - 2;
	return c > f && (s->t[c - 1].kind == QT_COMMA || s->t[c - 1].kind == QT_DASH) ? c - 1 : 0;
}

/* "I have been told twice, “You don't live like …”": a passive names no speaker, but
 * the quotation after it is a quote of someone unnamed. */
static bool
passive_quote(struct qscan *s, size_t v, size_t e)
{
	struct qwho w = { 1, 0, QUOTE_NOBODY, true };
	size_t c;
	long k;
	bool that;

	if (v == 0 || !(word_is(s, v - 1, "been") || word_is(s, v - 1, "was") ||
			word_is(s, v - 1, "were") || word_is(s, v - 1, "is") ||
			word_is(s, v - 1, "are")))
		return false;
	c = qc_complement(s, v, e, &that);
	if (c == NO_SPEECH || c >= e || (k = span_opening(s, c)) < 0 || s->sp[k].done ||
	    c == v + 1)
		return false;	/* "was reported, Mohamed received …" */
	qq_emit_span(s, (size_t)k, &w, v - 1, v);	/* no words name the speaker */
	return true;
}

/* A finite reporting verb at v. */
static void
at_verb(struct qscan *s, size_t v, bool used)
{
	size_t f = qs_sent_first(s, v), e = qs_sent_end(s, v), c;
	struct qwho w = qw_before(s, f, v);
	bool that;

	if (!tell_hearer(s, v))
		return;
	if (!w.ok && second_verb(s, f, v, e)) {
		w = qw_subject(s, f, v);
		w.ok = true;	/* a subject no name heads: someone unnamed */
	}
	if (w.ok && not_a_report(s, &w)) {
		as_opening(s, &w, f, v, e);
		return;
	}
	if (!w.ok && !used && passive_quote(s, v, e))
		return;
	if (!w.ok) {
		/* "…, said Smith." */
		if (used || v == f || s->t[v - 1].kind != QT_COMMA)
			return;
		w = qw_after(s, v, e);
		/* nothing after the speaker but an appositive ("said Sarah Holt, Officer …") */
		if (w.ok && (qc_clause_last(s, w.last + 1, e) == w.last + 1 ||
			     s->t[w.last + 1].kind == QT_COMMA))
			qq_said_before(s, &w, f, v - 1, v);
		return;
	}
	if ((c = qc_complement(s, v, e, &that)) == NO_SPEECH)
		return;
	if (used) {
		/* “…,” Ushakov told reporters that …: the verb may report more */
		if (that && c < e)
			qq_say_what(s, &w, v, c, e, that);
		return;
	}
	if (c < qc_clause_last(s, c, e)) {
		/* "…, Kathleen Hicks told Army War College graduates.": no clause after the
		 * hearer, what came before the comma was said */
		if (qq_say_what(s, &w, v, c, e, that) || that || !is_word(s, v, QL_TELL) ||
		    qc_has_words(s, c, qc_clause_last(s, c, e), 3) || qc_clause_like(s, c, e))
			return;
	}
	/* nothing said after the verb: "…, Smith said (during a call)." */
	c = w.first <= w.last ? qw_np_first(s, f, w.first) : v;
	if (!that && (c = comma_before(s, f, c)) > 0)
		qq_said_before(s, &w, f, c, v);
}

/* "X issued a statement …": the quotation that follows in the paragraph is X's; after
 * "X issued the following statement:" the one that opens the next paragraph. */
static void
at_issue(struct qscan *s, size_t v)
{
	size_t f = qs_sent_first(s, v), k, i;
	struct qwho w = qw_before(s, f, v);
	long sp;

	if (!w.ok)
		return;
	for (k = v + 1; k < s->n && k <= v + 4 && s->t[k].kind == QT_WORD; k++)
		if (s->t[k].lex & QL_DOC)
			break;
	if (k >= s->n || k > v + 4 || !(s->t[k].lex & QL_DOC))
		return;
	/* "issued the following statement:" and the quotation opens the next paragraph */
	if (k + 2 < s->n && s->t[k + 1].kind == QT_COLON && s->t[k + 2].line > s->t[k].line &&
	    (s->t[k + 2].flags & QF_LINE) && (sp = span_opening(s, k + 2)) >= 0) {
		if (!s->sp[sp].done)
			qq_emit_span(s, (size_t)sp, &w, w.first, v);
		return;
	}
	for (i = k + 1; i < s->n && i < k + ISSUE_TOKENS && s->t[i].line == s->t[v].line; i++)
		if ((sp = span_opening(s, i)) >= 0 && ((s->t[i].flags & QF_SENT) ||
						      s->t[i - 1].kind == QT_COLON)) {
			if (!s->sp[sp].done)
				qq_emit_span(s, (size_t)sp, &w, w.first, v);
			return;
		}
}

/* "…, saying (that) …": the subject of the sentence said it. */
static void
at_participle(struct qscan *s, size_t p)
{
	size_t f = qs_sent_first(s, p), e = qs_sent_end(s, p), c, b = p;
	struct qwho w;
	bool that;

	if (b > f && is_word(s, b - 1, QL_ADV))
		b--;	/* "while also saying" */
	/* "was quoted (by Xinhua) as saying": the one quoted, before "was" */
	if (qw_quoted(s, f, p) < p) {
		w = qw_before(s, f, p);
		if (w.ok && (c = qc_complement(s, p, e, &that)) < e)	/* NO_SPEECH too */
			qq_say_what(s, &w, p, c, e, that);
		return;
	}
	/* "with one poster writing “…”", "with Boswell stating:": the one named after
	 * "with" */
	for (c = b; c > f && c + 6 > b && s->t[c - 1].kind == QT_WORD && s->t[c - 1].span < 0 &&
		    !word_is(s, c - 1, "with"); c--)
		;
	if (c > f && c < b && word_is(s, c - 1, "with") && !is_word(s, b - 1, QL_PREP)) {
		w = qw_before(s, c, b);
		if (w.ok && (c = qc_complement(s, p, e, &that)) < e)
			qq_say_what(s, &w, p, c, e, that);
		return;
	}
	/* "issued a statement saying …": the sentence's subject's */
	if (b == f || !(s->t[b - 1].kind == QT_COMMA || is_word(s, b - 1, QL_BOUND | QL_DOC) ||
			s->t[b - 1].kind == QT_DASH))
		return;
	w = qw_subject(s, f, b);
	/* a subject no name heads ("The head of news for the station, …, saying"):
	 * someone the text does not name said it */
	w.ok = true;
	c = qc_complement(s, p, e, &that);
	if (c < e)	/* NO_SPEECH is not */
		qq_say_what(s, &w, p, c, e, that);
}

/* Does token i start with the bytes w? */
static bool
starts(const struct qscan *s, size_t i, const char *w)
{
	size_t n = strlen(w);

	return s->t[i].end - s->t[i].start >= n && !memcmp(s->text + s->t[i].start, w, n);
}

/* "— Russian Embassy in Cuba (@EmbRusCuba) February 4, 2026" under a post: the line
 * before is a quote of the name. Line first token i is the dash. */
static void
at_post(struct qscan *s, size_t i)
{
	size_t k, h = 0, a, b;
	struct qwho w = { 1, 0, QUOTE_NOBODY, true };

	for (k = i + 1; k < s->n && s->t[k].line == s->t[i].line && k < i + 12; k++) {
		if (s->t[k].kind == QT_PAREN && s->text[s->t[k].start] == '(' && k + 1 < s->n &&
		    s->t[k + 1].kind == QT_WORD && s->text[s->t[k + 1].start] == '@')
			break;
		if (s->t[k].kind == QT_WORD)
			h = k;
	}
	if (!h || k >= s->n || s->t[k].kind != QT_PAREN || s->t[k].line != s->t[i].line ||
	    i == 0)
		return;
	/* the post: the line before, without the picture's link at its end */
	b = i;
	a = i - 1;
	while (a > 0 && s->t[a - 1].line == s->t[i - 1].line)
		a--;
	for (k = b; k > a && k + 6 > b; k--)
		if (s->t[k - 1].kind == QT_WORD && (starts(s, k - 1, "pic.twitter.com") ||
						    starts(s, k - 1, "http")))
			b = k - 1;
	if (b <= a)
		return;
	w.first = (uint32_t)(i + 1);
	w.last = (uint32_t)h;
	w.entity = qw_resolve(s, i + 1, h);
	absorb(s, a, b);
	qq_emit(s, QUOTE_TWEET, s->t[a].start, s->t[b - 1].end, &w, s->t[a].start,
	     s->t[h].end, true);
}

/* Is token i a determiner or a number? */
static bool
det_or_number(const struct qscan *s, size_t i)
{
	return is_word(s, i, QL_DET) ||
	       (s->t[i].kind == QT_WORD &&
		(unsigned)((unsigned char)s->text[s->t[i].start] - '0') < 10u);
}

/* A verb written with a capital is one only at a sentence's start or in a title in
 * capitals ("Putin Says Russia …"), not in the middle of a sentence ("States and
 * Tribes"). */
static bool
anchor_case(const struct qscan *s, size_t i)
{
	const struct qtok *t = &s->t[i];

	/* "reports on …", "two news reports", "the claims made": nouns */
	if ((t->lex & QL_NOUN) && ((i + 1 < s->n && is_word(s, i + 1, QL_PREP)) ||
				   (i > 0 && det_or_number(s, i - 1)) ||
				   (i > 1 && s->t[i - 1].kind == QT_WORD && !s->t[i - 1].lex &&
				    s->t[i - 1].ment < 0 && !(s->t[i - 1].flags & QF_CAP) &&
				    det_or_number(s, i - 2))))
		return false;	/* "the 48 conterminous states coverage" too */
	return !(t->flags & QF_CAP) || (t->flags & QF_SENT) ||
	       (i > 0 && s->t[i - 1].kind == QT_WORD && (s->t[i - 1].flags & QF_CAP));
}

void
quote_article(const struct article *a, const struct mention *m, size_t nm,
	      struct quote_list *out)
{
	article_load(a);	/* read now if the persistent index only listed it */
	quote_article_held(a, m, nm, out);
}

void
quote_article_held(const struct article *a, const struct mention *m, size_t nm,
		   struct quote_list *out)
{
	struct qscan s;
	bool *used;
	size_t i;

	out->n = 0;
	memset(&s, 0, sizeof s);
	s.text = a->text;
	s.len = a->len;
	s.m = m;
	s.nm = nm;
	s.out = out;
	s.last_entity = QUOTE_NOBODY;
	qs_scan(&s, a);
	used = xcalloc(s.n ? s.n : 1, sizeof *used);
	for (i = 0; i < s.n; i++) {
		const struct qtok *t = &s.t[i];
		long k;

		/* most tokens: a word that cannot anchor, nothing below applies */
		if (t->kind == QT_WORD && !(t->lex & (QL_SPEECH | QL_PART | QL_ACCORD | QL_ISSUE)))
			continue;
		if ((t->flags & QF_LINE) && t->kind == QT_DASH)
			at_post(&s, i);
		if (t->kind == QT_OPEN && (k = span_opening(&s, i)) >= 0 && !s.sp[k].done)
			after_span(&s, (size_t)k, used);
		if (t->kind == QT_CLOSE && !(i > 0 && s.t[i - 1].span >= 0))
			stray_close(&s, i, used);
		if (t->kind != QT_WORD || t->span >= 0 || i < s.claim || !anchor_case(&s, i))
			continue;
		if (t->lex & QL_SPEECH)
			at_verb(&s, i, used[i]);
		else if (t->lex & QL_PART)
			at_participle(&s, i);
		else if (t->lex & QL_ACCORD)
			qa_according(&s, i);
		else if (t->lex & QL_ISSUE)
			at_issue(&s, i);
	}
	qq_continuations(&s);
	free(used);
	qs_free(&s);
}
