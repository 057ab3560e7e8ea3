/* quote_clause.c -- what a reporting verb governs: its complement, and whether words read as a clause. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dossier/entity.h"
#include "quote_int.h"

#define HEARER_WORDS 3		/* "told a news conference" */
#define NEXT_REPORT_TOKENS 16	/* ", and local official, Huang Limin was quoted" */

/* Is token k "to" before a verb ("continued to shun", "told him to leave")? */
static bool
infinitive(const struct qscan *s, size_t k, size_t e)
{
	const struct qtok *t = &s->t[k], *n = k + 1 < e ? &s->t[k + 1] : NULL;

	return t->kind == QT_WORD && t->end - t->start == 2 && (s->text[t->start] | 32) == 't' &&
	       (s->text[t->start + 1] | 32) == 'o' && n && n->kind == QT_WORD && n->ment < 0 &&
	       !(n->flags & QF_CAP) && !(n->lex & (QL_DET | QL_HE | QL_IT | QL_THEY | QL_TIME));
}

/* Skip the hearer after "told": a name and the capitalised words with it ("LA Weekly"),
 * "reporters", "a news conference". Returns the token after it, or NO_SPEECH when the
 * verb gives an order ("told him to leave"). */
static size_t
skip_hearer(const struct qscan *s, size_t k, size_t e)
{
	size_t n = 0;

	if (k < e && s->t[k].ment >= 0) {
		while (k < e && s->t[k].kind == QT_WORD &&
		       (s->t[k].ment >= 0 || (s->t[k].flags & QF_CAP)))
			k++;
	} else {
		while (k < e && n < HEARER_WORDS && s->t[k].kind == QT_WORD &&
		       !(s->t[k].lex & (QL_THAT | QL_PREP | QL_HE | QL_IT | QL_THEY | QL_BOUND |
					QL_WH)) &&
		       !(s->t[k].lex & QL_HEARER && n > 0)) {
			bool hearer = s->t[k].lex & (QL_HEARER | QL_HE);

			k++;
			n++;
			if (hearer)
				break;
		}
	}
	/* "told him to leave", "asked the governments of the region not to …" */
	for (n = k; n < e && n < k + HEARER_WORDS + 4 && s->t[n].kind == QT_WORD &&
		    !(s->t[n].lex & (QL_THAT | QL_WH)); n++)
		if (infinitive(s, n, e))
			return NO_SPEECH;
	return k;
}

/* An adverbial from token k ("in a statement", "on Tuesday", "during a call with his
 * counterpart"): the token after it, where what was said may start. */
static size_t
skip_adverbial(const struct qscan *s, size_t k, size_t e)
{
	size_t n = 0;

	if (s->t[k].lex & QL_TIME)
		return k + 1;
	k++;	/* the preposition */
	while (k < e && n < 10 && s->t[k].kind == QT_WORD) {
		uint32_t lx = s->t[k].lex;

		if (lx & (QL_THAT | QL_HE | QL_IT | QL_THEY | QL_AUX | QL_VERB))
			break;
		/* "the" starts what was said, but not right after a preposition */
		if (n > 0 && (lx & QL_DET) && !(s->t[k - 1].lex & QL_PREP))
			break;
		k++;
		n++;
		if (lx & QL_TIME)
			break;	/* "on Tuesday" */
	}
	return k;
}

/* A lower-case word in -ed (a past tense or participle)? */
static bool
ed_word(const struct qscan *s, size_t k)
{
	const struct qtok *t = &s->t[k];

	return (t->flags & QF_ASCII) && !(t->flags & QF_CAP) && t->end - t->start > 4 &&
	       !memcmp(s->text + t->end - 2, "ed", 2);
}

/* Where what was said starts after verb v: past the hearer, adverbials, a colon or
 * comma and "that". *that is set when "that" was written. e when nothing follows;
 * NO_SPEECH when what follows is no speech ("continued to shun", "told him to leave",
 * "the grants announced today are …", "and …"). */
size_t
qc_complement(const struct qscan *s, size_t v, size_t e, bool *that)
{
	size_t k = v + 1, lim = v + 1 + ADVERBIAL_TOKENS;

	*that = false;
	if (word_is(s, k, "by"))
		return NO_SPEECH;	/* "a pause suggested by poetic form": a participle */
	if (is_word(s, v, QL_TELL) && (k = skip_hearer(s, k, e)) == NO_SPEECH)
		return NO_SPEECH;
	/* "allow states and Tribes to …"; but "said although …", "said because …" open
	 * what was said */
	if (is_word(s, k, QL_BOUND) && !is_word(s, k, QL_WH) && !word_is(s, k, "although") &&
	    !word_is(s, k, "though") && !word_is(s, k, "because") && !word_is(s, k, "unless"))
		return NO_SPEECH;
	while (k < e && k < lim) {
		const struct qtok *t = &s->t[k];

		if (infinitive(s, k, e))
			return NO_SPEECH;	/* "continued to shun" */
		if (t->kind == QT_COMMA && k + 1 < e &&
		    (word_is(s, k + 1, "and") || word_is(s, k + 1, "but")))
			return e;	/* "…, officials reported, and the department has …" */
		if (t->kind == QT_COMMA || t->kind == QT_COLON || t->kind == QT_DASH)
			k++;
		else if (t->kind == QT_WORD && (t->lex & QL_THAT)) {
			*that = true;
			return k + 1;
		} else if (t->kind == QT_WORD && (t->lex & (QL_PREP | QL_TIME)) &&
			   !(t->lex & QL_BOUND && k > v + 1))
			k = skip_adverbial(s, k, e);
		else if (t->kind == QT_WORD && (t->lex & QL_ADV))
			k++;
		else if (t->kind == QT_WORD && (t->lex & QL_DET) && k + 1 < e &&
			 is_word(s, k + 1, QL_TIME))
			k += 2;	/* "this Wednesday" */
		else if (t->kind == QT_WORD && ((t->lex & (QL_AUX | QL_VERB)) || ed_word(s, k)))
			return NO_SPEECH;	/* "the grants announced today are" */
		else
			return k;
	}
	return k >= lim ? e : k;
}

/* Does a determiner start the words before a noun, at token k or up to two modifiers
 * before it ("the results", "the combined security lapses")? */
static bool
det_before(const struct qscan *s, size_t c, size_t k)
{
	size_t n;

	for (n = 0; n < 3 && k >= c; n++, k--) {
		const struct qtok *t = &s->t[k];

		if (is_word(s, k, QL_DET))
			return true;
		if (t->kind != QT_WORD || (t->flags & QF_CAP) || t->lex || t->ment >= 0 || k == c)
			return false;
	}
	return false;
}

/* Is word k a verb by its neighbours: after a pronoun ("they reaffirm", "they
 * “reaffirm"), or after a plural noun after a determiner ("the results confirm")? */
static bool
verb_by_place(const struct qscan *s, size_t c, size_t k)
{
	const struct qtok *t = &s->t[k];
	size_t b = k - (k > c && s->t[k - 1].kind == QT_OPEN);
	const struct qtok *p;

	if (b <= c || (t->flags & QF_CAP) || (t->lex & (QL_PREP | QL_BOUND | QL_DET | QL_ADV |
							 QL_THAT | QL_WH)))
		return false;
	p = &s->t[b - 1];
	if (p->kind == QT_WORD && (p->lex & (QL_HE | QL_IT | QL_THEY)))
		return true;
	if (b < c + 2 || p->kind != QT_WORD || !(p->flags & QF_ASCII) || (p->flags & QF_CAP) ||
	    p->end - p->start <= 3 || !det_before(s, c, b - 2))
		return false;
	/* "the results confirm", "the group recommends", "the combined security lapses
	 * raise" */
	return (s->text[p->end - 1] == 's' && s->text[p->end - 2] != 's') ||
	       ((t->flags & QF_ASCII) && t->end - t->start > 3 && s->text[t->end - 1] == 's' &&
		s->text[t->end - 2] != 's' && s->text[t->end - 2] != 'u' &&
		s->text[t->end - 2] != 'i');
}

/* A lower-case word in -ing after a noun ("ties becoming stronger"), not after a
 * preposition or a determiner ("in funding", "the meeting")? */
static bool
ing_verb(const struct qscan *s, size_t c, size_t k)
{
	const struct qtok *t = &s->t[k];

	return (t->flags & QF_ASCII) && !(t->flags & QF_CAP) && t->end - t->start > 5 &&
	       !memcmp(s->text + t->end - 3, "ing", 3) && k > c && s->t[k - 1].kind == QT_WORD &&
	       !(s->t[k - 1].lex & (QL_PREP | QL_DET | QL_BOUND | QL_THAT));
}

/* Is token k a word after which an -ed word is an adjective, not a verb: a determiner
 * or a preposition ("any forced displacement", "with limited resources")? */
static bool
before_adjective(const struct qscan *s, size_t c, size_t k)
{
	if (k <= c || s->t[k - 1].kind != QT_WORD)
		return false;
	return (s->t[k - 1].lex & (QL_DET | QL_PREP)) || word_is(s, k - 1, "any") ||
	       word_is(s, k - 1, "every") || word_is(s, k - 1, "each") || word_is(s, k - 1, "no");
}

/* Does [c, e) read as a clause ("the talks would resume", "his country stands"), not a
 * noun phrase ("support for Maduro", "the locations that would be given", "the funding
 * for 11 projects totaling $1 million to be implemented")? A finite verb before the
 * first comma that does not open an appositive: not a verb after "to", not an -ed word
 * after a determiner or a preposition, and a bare -ing word only where the words start
 * without a determiner (a headline's "ties with Cuba becoming stronger"; after "the
 * funding" it is a noun's participle). */
bool
qc_clause_like(const struct qscan *s, size_t c, size_t e)
{
	size_t k, lim = c + 16;
	bool headline = !is_word(s, c, QL_DET);

	for (k = c; k < e && k < lim; k++) {
		const struct qtok *t = &s->t[k];

		/* "(about US$49 million or €36 million)" does not count */
		if (t->kind == QT_PAREN && s->text[t->start] == '(') {
			size_t j;

			for (j = k + 1; j < e && j < k + 16 && s->t[j].kind != QT_PAREN; j++)
				;
			if (j < e && s->text[s->t[j].start] == ')') {
				lim += j - k + 1;
				k = j;
				continue;
			}
		}
		if (k > c && infinitive(s, k, e)) {
			/* "to be implemented", "to help": no finite verb */
			k++;
			if (k + 1 < e && (s->t[k].lex & QL_AUX) && ed_word(s, k + 1))
				k++;
			continue;
		}

		if (t->kind == QT_COMMA && k + 1 < e &&
		    (is_word(s, k + 1, QL_DET | QL_ROLE_P | QL_ROLE_O | QL_REL | QL_PREP) ||
		     s->t[k + 1].ment >= 0)) {
			/* ", the Secretary of State," and ", through all its offices," are not
			 * where the clause ends */
			size_t j;

			for (j = k + 1; j < e && j < k + 10 && s->t[j].kind != QT_COMMA; j++)
				;
			if (j < e && s->t[j].kind == QT_COMMA) {
				k = j;
				lim = j + 10;
				continue;
			}
		}
		if (t->kind == QT_COMMA || t->kind == QT_SEMI || t->kind == QT_COLON)
			break;
		if (t->kind != QT_WORD || t->ment >= 0)
			continue;	/* a name is no verb ("the United States") */
		if (k == c && (t->lex & QL_WH))
			return true;	/* an indirect question: "asked how …" */
		if ((t->lex & (QL_THAT | QL_REL)) && k > c && k <= c + 4 &&
		    !(t->lex & (QL_VERB | QL_AUX)))
			return false;	/* a noun and its relative clause */
		/* "declared Havana a danger … and (generally) threatens": that verb is not
		 * said */
		if (t->lex & QL_BOUND) {
			size_t j = k + 1;

			while (j < e && s->t[j].kind == QT_WORD && (s->t[j].flags & QF_ASCII) &&
			       ((s->t[j].lex & QL_ADV) || (s->t[j].end - s->t[j].start > 3 &&
							   !memcmp(s->text + s->t[j].end - 2, "ly", 2))))
				j++;
			if (j < e && (is_word(s, j, QL_VERB | QL_AUX) || ed_word(s, j)))
				return false;
		}
		if ((t->lex & (QL_VERB | QL_AUX | QL_SPEECH)) ||
		    (ed_word(s, k) && !before_adjective(s, c, k)) ||
		    (headline && ing_verb(s, c, k)) || verb_by_place(s, c, k))
			return true;
	}
	return false;
}

size_t
qc_report_end(const struct qscan *s, size_t c, size_t e)
{
	size_t k, j;

	for (k = c; k + 1 < e; k++) {
		/* "any process “must be well thought out”: “Moves …”": the quotation after
		 * the colon is a quote of its own */
		if (s->t[k].kind == QT_COLON && s->t[k + 1].kind == QT_OPEN && k > c)
			return k;
		/* "…, with the i reporting …": another speaker's report */
		if (s->t[k].kind == QT_COMMA && word_is(s, k + 1, "with")) {
			for (j = k + 2; j < e && j < k + 7 && s->t[j].kind == QT_WORD &&
				    !is_word(s, j, QL_PART); j++)
				;
			if (is_word(s, j, QL_PART))
				return k;
		}
		if (s->t[k].kind != QT_COMMA || !is_word(s, k + 1, QL_BOUND) ||
		    !(word_is(s, k + 1, "and") || word_is(s, k + 1, "but")))
			continue;
		/* its own subject first: not "…, and emphasized …" (the same speaker's) */
		for (j = k + 2; j < e && is_word(s, j, QL_ADV); j++)
			;
		/* "…, and said it was “damning …”": a second report of its own, when a
		 * clause follows the verb */
		if (is_word(s, j, QL_SPEECH) && !is_word(s, j, QL_AUX)) {
			bool that;
			size_t c2 = qc_complement(s, j, e, &that);

			if (c2 != NO_SPEECH && c2 < e &&
			    (that || (is_word(s, c2, QL_HE | QL_IT | QL_THEY) &&
				      qc_clause_like(s, c2, e))))
				return k;
		}
		if (is_word(s, j, QL_SPEECH | QL_PART | QL_QUOTED | QL_AUX))
			continue;
		for (; j < e && j < k + 2 + NEXT_REPORT_TOKENS; j++) {
			if (s->t[j].kind == QT_OPEN || s->t[j].span >= 0)
				break;
			/* "was quoted", "Smith said"; not a passive ("be declared") */
			if (is_word(s, j, QL_QUOTED) ||
			    (is_word(s, j, QL_SPEECH | QL_PART) && !is_word(s, j - 1, QL_AUX)))
				return k;
		}
	}
	return e;
}

/* One past the last token of what was said in [c, e): without the sentence's end
 * marks. The walk back from e is kept for the next clause ending there. */
size_t
qc_clause_last(struct qscan *s, size_t c, size_t e)
{
	size_t l = e;

	if (s->cl_end == e && s->cl_end) {
		l = s->cl_last;
	} else {
		while (l > 0 && (s->t[l - 1].kind == QT_END || s->t[l - 1].kind == QT_COMMA ||
				 s->t[l - 1].kind == QT_SEMI))
			l--;
		s->cl_end = e;
		s->cl_last = l;
	}
	return l > c ? l : c;
}

/* Are there at least want words in tokens [a, b)? */
bool
qc_has_words(const struct qscan *s, size_t a, size_t b, size_t want)
{
	size_t n = 0;

	for (; a < b && n < want; a++)
		n += s->t[a].kind == QT_WORD;
	return n >= want;
}

/* Does the clause [c, e) start with an attribution of its own ("Belousov said")? */
bool
qc_has_verb(const struct qscan *s, size_t c, size_t e)
{
	size_t n = 0, k;

	for (; c < e && n < 8; c++, n++) {
		/* an appositive does not count: "Professor John Burrows, the chairman of
		 * the panel, said" */
		if (s->t[c].kind == QT_COMMA && n > 0) {
			for (k = c + 1; k < e && k < c + 12 && s->t[k].kind != QT_COMMA &&
				    !is_word(s, k, QL_SPEECH); k++)
				;
			if (k < e && s->t[k].kind == QT_COMMA)
				c = k;
			continue;
		}
		if (s->t[c].span < 0 && is_word(s, c, QL_SPEECH))
			return true;
	}
	return false;
}
