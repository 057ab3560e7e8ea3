/* quote_according.c -- "according to X": the phrase naming the source, and what it reports. MIT licence. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "dossier/entity.h"
#include "quote_int.h"

/* The phrase after "according to" at token v + 2: a name, or words up to a comma, the
 * end or a preposition ("a ministry statement on Tuesday"); its last token. */
static size_t
according_phrase(const struct qscan *s, size_t v, size_t e)
{
	size_t h = v + 2;

	if (s->t[h].ment >= 0) {
		int32_t m = s->t[h].ment;

		while (h + 1 < e && s->t[h + 1].ment == m)
			h++;
		/* "Afghan Ambassador to the United States Hamdullah Mohib,": a run of
		 * names and titles up to a comma or the sentence's end ("according to
		 * USGS Acting Director Tom Casadevall.") */
		{
			size_t k = h + 1;

			while (k < e && k < v + 16 && s->t[k].kind == QT_WORD &&
			       ((s->t[k].flags & QF_CAP) || s->t[k].ment >= 0 ||
				((word_is(s, k, "to") || word_is(s, k, "of") ||
				  word_is(s, k, "the")) && k + 1 < e &&
				 (s->t[k + 1].flags & QF_CAP || word_is(s, k + 1, "the")))))
				k++;
			if (k > h + 1 && k < e &&
			    (s->t[k].kind == QT_COMMA || s->t[k].kind == QT_END))
				return k - 1;
		}
		/* "Saudi Arabia's Civil Defense Authority": the possessor's, on */
		if (s->m[m].end >= s->t[h].end)
			return h;
	}
	while (h + 1 < e && h < v + 12 &&
	       ((s->t[h + 1].kind == QT_WORD && !(s->t[h + 1].lex & (QL_PREP | QL_THAT | QL_BOUND))) ||
		(qs_abbrev_dot(s, h + 1, v) && h + 2 < e && s->t[h + 2].kind == QT_WORD)))
		h++;
	return h;
}

/* "according to hydrologists at the U.S. Geological Survey", "a new report from the
 * USGS": a prepositional phrase after the phrase's head h that runs to the sentence's
 * end e (its last token), else h. *author is set to a name after "from", "by" or "of". */
static size_t
according_tail(const struct qscan *s, size_t h, size_t e, size_t *author)
{
	size_t k = h + 1, l = e;

	*author = 0;
	while (l > k && (s->t[l - 1].kind == QT_END || s->t[l - 1].kind == QT_COMMA))
		l--;
	if (k >= l || !is_word(s, k, QL_PREP) || l > k + 10)
		return h;
	for (; k < l; k++) {
		if (s->t[k].kind == QT_END && k > h + 1 && s->t[k - 1].end == s->t[k].start)
			continue;	/* "U.S." */
		if (s->t[k].kind != QT_WORD || (s->t[k].lex & (QL_VERB | QL_SPEECH | QL_THAT)))
			return h;
		if (s->t[k].ment >= 0 &&
		    (word_is(s, h + 1, "from") || word_is(s, h + 1, "by") || word_is(s, h + 1, "of")))
			*author = k;	/* the last name: "the U.S. Geological Survey" */
	}
	return l - 1;
}

/* The last token of the last person named in tokens [a, b], or 0. */
static size_t
last_person(const struct qscan *s, size_t a, size_t b)
{
	for (; b >= a && b > 0; b--)
		if (s->t[b].ment >= 0 && s->m[s->t[b].ment].type == ENT_PERSON)
			return b;
	return 0;
}

/* "according to X, …", "…, according to X." and "…, according to X, …" */
void
qa_according(struct qscan *s, size_t v)
{
	size_t f = qs_sent_first(s, v), e = qs_sent_end(s, v), h, c, author, p;
	struct qwho w = { 1, 0, QUOTE_NOBODY, false };
	bool named;

	if (v + 2 >= e || !(s->t[v + 1].kind == QT_WORD && s->t[v + 1].end - s->t[v + 1].start == 2 &&
			    !strncasecmp(s->text + s->t[v + 1].start, "to", 2)) ||
	    s->t[v + 2].kind != QT_WORD)
		return;
	/* "Wikinews has learned that according to a posting, …": a clause starts there */
	if (v > f && is_word(s, v - 1, QL_THAT))
		f = v;
	h = according_phrase(s, v, e);
	/* "According to the Saudi Interior Ministry over 345 pilgrims …": a name ends it */
	named = s->t[v + 2].ment >= 0 || (s->t[h].ment >= 0 && is_word(s, v + 2, QL_DEF) &&
					  s->m[s->t[h].ment].end == s->t[h].end);
	{
		struct qwho a = qw_after(s, v + 1, h + 1);
		size_t t = according_tail(s, h, e, &author);

		/* the name may be the head ("according to Ushakov") or not ("according to a
		 * ministry statement"): the head is the phrase's last word */
		w.ok = true;
		w.first = (uint32_t)(v + 2);
		w.last = (uint32_t)h;
		w.entity = QUOTE_NOBODY;
		if (author && t > h && is_word(s, h, QL_DOC))
			w.entity = qw_resolve(s, author, author);	/* "a new report from the
									   U.S. Geological Survey" */
		else if (a.ok && a.last == h)
			w = a;
		else if ((p = last_person(s, v + 2, h)) > 0) {
			w.first = (uint32_t)p;	/* "Afghan Ambassador … Hamdullah Mohib" */
			w.last = (uint32_t)p;
			w.entity = qw_resolve(s, p, p);
		}
		h = t;
	}
	for (c = h + 1; c < e && c < h + ADVERBIAL_TOKENS && s->t[c].kind != QT_COMMA &&
		    s->t[c].kind != QT_END; c++)
		;
	/* "According to the team's coach, Alireza Mehraban, in their first matchup, …": the
	 * name in apposition is the speaker */
	if (v <= f + 1 && c + 2 < e && s->t[c].kind == QT_COMMA && s->t[c + 1].ment >= 0 &&
	    w.entity == QUOTE_NOBODY) {
		struct qwho a = qw_after(s, c, e);

		if (a.ok && a.entity != QUOTE_NOBODY && a.last + 1 < e &&
		    s->t[a.last + 1].kind == QT_COMMA) {
			w = a;
			c = a.last + 1;
		}
	}
	if (v <= f + 1 && named && h + 1 < e && s->t[h + 1].kind == QT_WORD) {
		/* "According to Rathbun the property was returned" */
		if (!qc_has_verb(s, h + 1, e))
			qq_say_what(s, &w, h, h + 1, e, true);
	} else if (v <= f + 1 && c < e && s->t[c].kind == QT_COMMA) {
		/* "According to X, …": unless the clause has its own reporting verb */
		if (!qc_has_verb(s, c + 1, e))
			qq_say_what(s, &w, h, c + 1, e, true);
	} else if (v > f && s->t[v - 1].kind == QT_COMMA && qc_clause_last(s, h + 1, e) == h + 1) {
		qq_said_before(s, &w, f, v - 1, h);
	} else if (v > f && s->t[v - 1].kind == QT_COMMA && c < e && s->t[c].kind == QT_COMMA) {
		/* "a policy which, according to AFP, the UN has criticised" */
		qq_say_what(s, &w, h, c + 1, e, true);
	}
}

