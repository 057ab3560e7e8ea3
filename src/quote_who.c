/* quote_who.c -- the speaker of a quote: the words naming it, and the entity they stand for. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/entity.h"
#include "quote_int.h"

/*
 * A speaker is named by a name (a mention), a pronoun ("he") or a description ("the
 * minister", "the ministry"). A name is its mention's entity. A pronoun is the last
 * person (or, for "it", organisation) that was the subject of a sentence or the speaker
 * of a quote before it, a few paragraphs back at most. A definite description is the last
 * person introduced with that office ("Interior Minister Vladimir Kolokoltsev", "Peskov,
 * the Kremlin's spokesman"), or the last organisation whose name has that word ("Foreign
 * Ministry"). Anything else ("a witness", "officials", "the report") names nobody.
 */

#define WHO_WORDS 8	/* the longest run of words a speaker's name is looked for in */
#define PRONOUN_LINES 3	/* how far back (in lines) a pronoun's antecedent may be */
#define PRONOUN_SENTS 12	/* and in sentences */
#define SUBJECT_TOKENS 40	/* how far into a sentence its subject is looked for */
#define ROLE_TOKENS 4000
#define ORG_TOKENS 16		/* "Police in the West Midlands": its place's mention is this near */
#define ORG_MENTIONS 256	/* and the organisation's this many mentions from it */
#define QUOTED_BY_TOKENS 10	/* "quoted by the Chinese Xinhua news service as" */	/* how far back a description's person or organisation is */

/* The entity of mention k when it can speak (a person, an organisation, a place that
 * stands for its government), else QUOTE_NOBODY. */
static uint32_t
speaker_of(const struct qscan *s, int32_t k, uint32_t want)
{
	if (k < 0)
		return QUOTE_NOBODY;
	if (!(want & (1u << s->m[k].type)))
		return QUOTE_NOBODY;
	return s->m[k].entity;
}

#define CAN_SPEAK ((1u << ENT_PERSON) | (1u << ENT_ORG) | (1u << ENT_PLACE))

/* The last token of the mention that token i is part of. */
static size_t
mention_last(const struct qscan *s, size_t i)
{
	int32_t k = s->t[i].ment;

	while (i + 1 < s->n && s->t[i + 1].ment == k && k >= 0)
		i++;
	return i;
}

/* The first token of the mention that token i is part of. */
static size_t
mention_first(const struct qscan *s, size_t i)
{
	int32_t k = s->t[i].ment;

	while (i > 0 && s->t[i - 1].ment == k && k >= 0)
		i--;
	return i;
}

/* Do tokens i and h hold the same word, case aside? */
static bool
same_word(const struct qscan *s, size_t i, size_t h)
{
	size_t n = s->t[h].end - s->t[h].start, k;

	if (s->t[i].kind != QT_WORD || s->t[i].end - s->t[i].start != n)
		return false;
	for (k = 0; k < n; k++)
		if ((s->text[s->t[i].start + k] | 32) != (s->text[s->t[h].start + k] | 32))
			return false;
	return true;
}

/* The office or role a person was introduced with: the word right before the name
 * ("Minister Kolokoltsev", "spokesperson Irina Volk") and the head of an appositive
 * after it (", the Kremlin's spokesman"). Does either read as the word at token h? */
static bool
has_role(const struct qscan *s, size_t first, size_t last, size_t h)
{
	size_t k;

	if (first > 0 && same_word(s, first - 1, h))
		return true;
	if (last + 1 < s->n && s->t[last + 1].kind == QT_COMMA)
		for (k = last + 2; k < s->n && k <= last + 6 && s->t[k].kind == QT_WORD; k++)
			if (same_word(s, k, h))
				return true;
	return false;
}

/* A description that names an organisation by another word than its name's: "the
 * force" for a police force, "the firm" for a company. */
static const char *const other_word[][2] = {
	{ "force", "police" }, { "firm", "company" }, { "firm", "corporation" },
	{ "company", "corporation" }, { "agency", "administration" },
};

/* Does the mention's surface hold the word at token h ("Foreign Ministry", "the
 * ministry"), or the word the description stands for ("West Midlands Police", "the
 * force")? */
static bool
name_has(const struct qscan *s, size_t first, size_t last, size_t h)
{
	size_t k, i;

	for (k = first; k <= last; k++) {
		if (same_word(s, k, h))
			return true;
		for (i = 0; i < sizeof other_word / sizeof other_word[0]; i++)
			if (word_is(s, h, other_word[i][0]) && word_is(s, k, other_word[i][1]))
				return true;
	}
	return false;
}

/* The slot of role word h in the cache of descriptions, with its lower-case form in w;
 * NULL for a word too long to keep. */
static struct qrole *
role_slot(struct qscan *s, size_t h, char w[24])
{
	size_t n = s->t[h].end - s->t[h].start, k;
	unsigned hash = 0;

	if (n >= 24)
		return NULL;
	for (k = 0; k < n; k++) {
		w[k] = (char)(s->text[s->t[h].start + k] | 32);
		hash = hash * 31 + (unsigned char)w[k];
	}
	w[n] = '\0';
	return &s->roles[hash % (sizeof s->roles / sizeof s->roles[0])];
}

/* A definite description at token h (its head noun) before token at: the last fitting
 * person or organisation named before it. The answer for the same word asked before is
 * kept, and the search stops where that one started (linear over many "the minister
 * said"). */
static uint32_t
resolve_description(struct qscan *s, size_t h, size_t at)
{
	bool person = s->t[h].lex & QL_ROLE_P;
	size_t i = at, lo = at > ROLE_TOKENS ? at - ROLE_TOKENS : 0;
	uint32_t found = QUOTE_NOBODY;
	char w[24];
	struct qrole *r = role_slot(s, h, w);

	if (r && r->word[0] && !strcmp(r->word, w) && r->at <= at && r->at > lo) {
		lo = r->at;
		found = r->entity;
	}
	while (i-- > lo) {
		int32_t k = s->t[i].ment;
		size_t first;

		if (k < 0 || s->t[i].span >= 0)
			continue;
		first = mention_first(s, i);
		if ((person && s->m[k].type == ENT_PERSON && has_role(s, first, i, h)) ||
		    (!person && s->m[k].type == ENT_ORG && name_has(s, first, i, h))) {
			found = s->m[k].entity;
			break;
		}
		i = first;
	}
	if (r) {
		memcpy(r->word, w, sizeof r->word);
		r->at = at;
		r->entity = found;
	}
	return found;
}

/* The subject of the sentence from token first, before token lim: the last name of the
 * first run of names and capitalised words ("Russian President Vladimir Putin", after
 * an opening adverbial such as "Last week,"), or a pronoun or a description starting the
 * clause. Sets *at to the token naming it. */
/* Is word token i in capitals only ("WASHINGTON")? */
static bool
all_caps(const struct qscan *s, size_t i)
{
	size_t k;

	if (s->t[i].kind != QT_WORD || s->t[i].end - s->t[i].start < 2)
		return false;
	for (k = s->t[i].start; k < s->t[i].end; k++)
		if (s->text[k] >= 'a' && s->text[k] <= 'z')
			return false;
	return true;
}

/* Where the words of a sentence from token first start after its dateline
 * ("WASHINGTON --", "BUTTE, Mont. –") and an opening adverbial that a preposition starts
 * ("Following Tuesday's launch of SpaceX's rocket,"): neither holds the subject. */
static size_t
clause_start(const struct qscan *s, size_t first, size_t lim)
{
	size_t k;

	if (first < lim && all_caps(s, first)) {
		for (k = first + 1; k < lim && k < first + 6 && s->t[k].kind != QT_DASH; k++)
			if (s->t[k].kind == QT_WORD && !(s->t[k].flags & QF_CAP))
				break;
		if (k < lim && s->t[k].kind == QT_DASH) {
			while (k < lim && s->t[k].kind == QT_DASH)
				k++;
			first = k;
		}
	}
	if (first < lim && is_word(s, first, QL_PREP) && !(s->t[first].lex & QL_TIME))
		for (k = first + 1; k < lim; k++) {
			if (s->t[k].kind == QT_COMMA)
				return k + 1;
			if (s->t[k].kind != QT_WORD || (s->t[k].lex & (QL_SPEECH | QL_AUX)))
				break;
		}
	return first;
}

/* Are tokens [a, b) capitalised words, a title ("CEO", "Chief Executive")? */
static bool
title_words(const struct qscan *s, size_t a, size_t b)
{
	if (a >= b)
		return false;
	for (; a < b; a++)
		if (s->t[a].kind != QT_WORD || !(s->t[a].flags & QF_CAP) || s->t[a].ment >= 0)
			return false;
	return true;
}

static uint32_t
subject_entity(struct qscan *s, size_t first, size_t lim, uint32_t want, size_t *at)
{
	size_t i, j, steps = 0;

	if (lim > first + SUBJECT_TOKENS)
		lim = first + SUBJECT_TOKENS;
	first = clause_start(s, first, lim);
	for (i = first; i < lim && steps < WHO_WORDS; i++, steps++) {
		if (s->t[i].span >= 0 || s->t[i].kind == QT_OPEN || s->t[i].kind == QT_CLOSE)
			continue;
		if (s->t[i].kind == QT_COMMA) {
			steps = 0;	/* after "Last week," the clause starts again */
			continue;
		}
		if (s->t[i].kind != QT_WORD)
			continue;
		if (s->t[i].lex & (QL_HE | QL_IT)) {
			*at = i;
			return QUOTE_NOBODY;	/* the caller resolves it further back */
		}
		if (s->t[i].ment < 0)
			continue;
		/* "The head of news for the Yushu county station": a name after a
		 * preposition (and its determiner) is not the subject's head */
		for (j = i; j > first && is_word(s, j - 1, QL_DET); j--)
			;
		if (j > first && is_word(s, j - 1, QL_PREP)) {
			/* unless a person's name follows it in the run ("CEO of the Refugee
			 * Council Enver Solomon") */
			if (!title_words(s, first, j - 1))
				return QUOTE_NOBODY;	/* "a spokesman for Putin" */
			if (s->m[s->t[i].ment].type == ENT_PERSON) {
				*at = mention_last(s, i);	/* "CEO of Enver Solomon" */
				return speaker_of(s, s->t[i].ment, want);
			}
			for (j = i; j + 1 < lim && s->t[j + 1].kind == QT_WORD &&
				    (s->t[j + 1].ment >= 0 || (s->t[j + 1].flags & QF_CAP)); j++)
				if (s->t[j + 1].ment >= 0 && s->m[s->t[j + 1].ment].type == ENT_PERSON &&
				    s->t[j].ment >= 0 && s->t[j].ment != s->t[j + 1].ment) {
					j = mention_last(s, j + 1);
					*at = j;
					return speaker_of(s, s->t[j].ment, want);
				}
			return QUOTE_NOBODY;
		}
		/* the run of names and titles from here ("U.S. Senator John Cornyn"): its last
		 * name is the head */
		for (j = i; j + 1 < lim; j++) {
			const struct qtok *n = &s->t[j + 1];

			if (n->kind == QT_END && j + 2 < lim && !(s->t[j + 2].flags & QF_SENT) &&
			    n->start == s->t[j].end)
				continue;	/* the full stop of "U.S." */
			/* "Civil Defense Authority director General Suleiman al-Amr": an
			 * office in lower case between names */
			if (n->kind == QT_WORD && (n->lex & QL_ROLE_P) && j + 2 < lim &&
			    s->t[j + 2].kind == QT_WORD && (s->t[j + 2].flags & QF_CAP))
				continue;
			if (n->kind != QT_WORD || n->span >= 0 || !(n->ment >= 0 || (n->flags & QF_CAP)))
				break;
		}
		while (j > i && s->t[j].ment < 0)
			j--;
		*at = j;
		return speaker_of(s, s->t[j].ment, want);
	}
	return QUOTE_NOBODY;
}

/* The kind of entity the last speaker was named as (1u << its type): by its name, by
 * "he"/"she" (a person), "it" (an organisation) or a description; 0 if unknown. */
static uint32_t
last_kind(const struct qscan *s)
{
	const struct qtok *t = &s->t[s->last_tok];

	if (t->ment >= 0)
		return 1u << s->m[t->ment].type;
	if (t->lex & (QL_HE | QL_ROLE_P))
		return 1u << ENT_PERSON;
	if (t->lex & (QL_IT | QL_ROLE_O))
		return 1u << ENT_ORG;
	return 0;
}

/* The antecedent of a pronoun at token p: the speaker of the quote before (of the
 * kind asked for), or the subject of a sentence before, whichever is nearer; a type of
 * entity want. */
static uint32_t
resolve_pronoun(struct qscan *s, size_t p, uint32_t want)
{
	size_t i = p, first, at, sents = 0;
	uint32_t e;

	while (i > 0 && sents < PRONOUN_SENTS) {
		first = qs_sent_first(s, sents++ ? i - 1 : p);
		if (s->t[first].line + PRONOUN_LINES < s->t[p].line)
			break;
		if (s->last_entity != QUOTE_NOBODY && s->last_tok >= first && s->last_tok < i &&
		    s->last_tok != p && (last_kind(s) & want))
			return s->last_entity;
		at = s->n;
		e = subject_entity(s, first, i, want, &at);
		if (e != QUOTE_NOBODY && at < p)
			return e;
		if (first == 0)
			break;
		i = first;
	}
	return QUOTE_NOBODY;
}

uint32_t
qw_resolve(struct qscan *s, size_t first, size_t last)
{
	const struct qtok *h = &s->t[last];

	(void)first;
	if (h->ment >= 0)
		return speaker_of(s, h->ment, CAN_SPEAK);
	if (h->lex & QL_HE)
		return resolve_pronoun(s, last, 1u << ENT_PERSON);
	if (h->lex & QL_IT)
		return resolve_pronoun(s, last, 1u << ENT_ORG);
	if (h->lex & (QL_ROLE_P | QL_ROLE_O))
		return resolve_description(s, last, first);
	return QUOTE_NOBODY;
}

size_t
qw_np_first(const struct qscan *s, size_t lo, size_t h)
{
	size_t i = h, n = 0;

	while (i > lo && n < WHO_WORDS) {
		const struct qtok *t = &s->t[i - 1];

		if (qs_abbrev_dot(s, i - 1, lo)) {
			i--;	/* the full stop of "U.S." or "Maj. Gen." */
			continue;
		}
		/* "Secretary of Defense Lloyd J. Austin": "of" inside a title */
		if (i > lo + 1 && (word_is(s, i - 1, "of") || word_is(s, i - 1, "for")) &&
		    (s->t[i].flags & QF_CAP) && s->t[i - 2].kind == QT_WORD &&
		    (s->t[i - 2].flags & QF_CAP) && s->t[i - 2].span < 0) {
			i--;
			continue;
		}
		if (t->kind != QT_WORD || t->span >= 0 ||
		    (t->lex & (QL_BOUND | QL_THAT | QL_REL | QL_PREP | QL_SPEECH | QL_PART |
			       QL_AUX | QL_HE | QL_IT | QL_THEY)))
			break;
		i--;
		n++;
		if (t->lex & QL_DET)
			break;	/* the phrase starts there: "In a statement the Secretary" */
	}
	return i;
}

/* The head of "Police in the West Midlands in England" before the preposition at token
 * p: an organisation's kind, then "in" or "of", "the" and names up to p; else p + 1. */
static size_t
org_head(const struct qscan *s, size_t lo, size_t p)
{
	size_t k, n = 0;

	for (k = p; k > lo && n < WHO_WORDS; k--, n++) {
		const struct qtok *t = &s->t[k - 1];

		if ((t->lex & QL_ROLE_O) && t->ment < 0 &&
		    (word_is(s, k, "in") || word_is(s, k, "of")))
			return k - 1;
		if (t->kind != QT_WORD || !((t->flags & QF_CAP) || t->ment >= 0 ||
					    word_is(s, k - 1, "the") || word_is(s, k - 1, "in") ||
					    word_is(s, k - 1, "of")))
			break;
	}
	return p + 1;
}

/* Does the mention text [a, b) hold the word w[0..n) (case aside) or the bytes x[0..m)? */
static bool
holds(const char *text, uint32_t a, uint32_t b, const char *w, size_t n, bool word)
{
	uint32_t i;
	size_t k;

	for (i = a; i + n <= b; i++) {
		for (k = 0; k < n && (word ? (text[i + k] | 32) == (w[k] | 32) : text[i + k] == w[k]);
		     k++)
			;
		if (k == n && (!word || ((i == a || text[i - 1] == ' ') &&
					 (i + n == b || text[i + n] == ' '))))
			return true;
	}
	return false;
}

/* The organisation the article names with the kind at token hd and the names after it
 * ("Police" and "West Midlands"), or QUOTE_NOBODY. */
static uint32_t
org_named(const struct qscan *s, size_t hd)
{
	size_t a = hd + 2, b, k, lo, hi;

	if (word_is(s, a, "the"))
		a++;
	for (b = a; b < s->n && s->t[b].kind == QT_WORD && (s->t[b].flags & QF_CAP) &&
		    s->t[b].line == s->t[hd].line; b++)
		;
	if (b == a)
		return QUOTE_NOBODY;
	/* the mentions near it only (a bounded look, linear over many such phrases) */
	for (k = hd; k < s->n && k < hd + ORG_TOKENS && s->t[k].ment < 0; k++)
		;
	lo = k < s->n && s->t[k].ment >= 0 ? (size_t)s->t[k].ment : s->nm;
	if (lo == s->nm)
		return QUOTE_NOBODY;
	hi = lo + ORG_MENTIONS < s->nm ? lo + ORG_MENTIONS : s->nm;
	lo = lo > ORG_MENTIONS ? lo - ORG_MENTIONS : 0;
	for (k = lo; k < hi; k++) {
		const struct mention *m = &s->m[k];

		if (m->type == ENT_ORG &&
		    holds(s->text, m->start, m->end, s->text + s->t[hd].start,
			  s->t[hd].end - s->t[hd].start, true) &&
		    holds(s->text, m->start, m->end, s->text + s->t[a].start,
			  s->t[b - 1].end - s->t[a].start, false))
			return m->entity;
	}
	return QUOTE_NOBODY;
}

/* "Police in the West Midlands in England", the phrase after the preposition starting
 * at token f: the speaker is the article's "West Midlands Police" (*w from its kind's
 * word on). False when no organisation's kind comes before. */
static bool
org_in_place(const struct qscan *s, size_t lo, size_t f, struct qwho *w)
{
	size_t hd = org_head(s, lo, f - 1);

	if (hd >= f)
		return false;
	w->first = (uint32_t)hd;
	w->entity = org_named(s, hd);
	return true;
}

/* Is word token h a suffix of a name: Jr, Sr, II, III, IV? */
static bool
name_suffix(const struct qscan *s, size_t h)
{
	static const char *const sfx[] = { "jr", "sr", "ii", "iii", "iv" };
	size_t k;

	for (k = 0; k < sizeof sfx / sizeof sfx[0]; k++)
		if (word_is(s, h, sfx[k]) && (s->t[h].flags & QF_CAP))
			return true;
	return false;
}

/* A speaker whose head is token h, its phrase starting at or after lo. */
static struct qwho
who_at(struct qscan *s, size_t lo, size_t h)
{
	struct qwho w = { 1, 0, QUOTE_NOBODY, false };
	const struct qtok *t = &s->t[h];
	size_t f;

	if (t->kind != QT_WORD || t->span >= 0 || (t->lex & (QL_BOUND | QL_THAT | QL_PREP)) ||
	    ((t->lex & QL_DET) && !(t->lex & QL_SOMEONE)))
		return w;
	/* "Lloyd J. Austin III said": the name before the suffix */
	if (h > lo && t->ment < 0 && s->t[h - 1].ment >= 0 && name_suffix(s, h))
		return who_at(s, lo, h - 1);
	/* "to meet with Devocht, who had told him": the name before the relative clause */
	if ((t->lex & QL_REL) && h > lo + 1) {
		size_t a = h - 1 - (s->t[h - 1].kind == QT_COMMA);

		if (s->t[a].ment >= 0) {
			w.ok = true;
			w.first = (uint32_t)mention_first(s, a);
			w.last = (uint32_t)a;
			w.entity = speaker_of(s, s->t[a].ment, CAN_SPEAK);
			return w;
		}
		return who_at(s, lo, a);
	}
	w.ok = true;
	w.last = (uint32_t)h;
	if (t->ment >= 0 && s->m[t->ment].end >= t->end) {
		f = mention_first(s, h);
		w.first = (uint32_t)f;
		/* "a spokesman for Putin said": the name is not the head */
		if (f > lo && is_word(s, f - 1, QL_PREP)) {
			w.first = (uint32_t)qw_np_first(s, lo, f - 1);
			org_in_place(s, lo, f, &w);
			return w;
		}
		w.entity = speaker_of(s, t->ment, CAN_SPEAK);
		return w;
	}
	if (t->lex & (QL_HE | QL_IT | QL_THEY)) {
		w.first = (uint32_t)h;
		w.entity = qw_resolve(s, h, h);
		return w;
	}
	f = qw_np_first(s, lo, h);
	w.first = (uint32_t)f;
	/* "Police in the West Midlands said" */
	if (f > lo && word_is(s, f, "the") && is_word(s, f - 1, QL_PREP) &&
	    org_in_place(s, lo, f, &w))
		return w;
	/* a lone lower-case word is no speaker ("… allow states …") */
	if (f == h && !(t->flags & QF_CAP) &&
	    !(t->lex & (QL_ROLE_P | QL_ROLE_O | QL_ROLE_PL | QL_SOMEONE | QL_DOC))) {
		w.ok = false;
		return w;
	}
	/* "the Cuban government": the place's; "Cornyn's statement": its author's */
	if (t->lex & (QL_GOV | QL_DOC)) {
		size_t k;

		for (k = f; k < h; k++) {
			int32_t m = s->t[k].ment;

			if (m < 0)
				continue;
			if (((t->lex & QL_GOV) && s->m[m].type == ENT_PLACE) ||
			    ((t->lex & QL_DOC) && s->m[m].end < s->t[k].end &&
			     (s->text[s->m[m].end] == '\'' ||
			      !memcmp(s->text + s->m[m].end, "\xE2\x80\x99", 3)))) {
				w.entity = speaker_of(s, m, CAN_SPEAK);
				return w;
			}
		}
	}
	/* only "the minister", never "a spokesman", "officials" or "Putin's adviser" */
	if ((t->lex & (QL_ROLE_P | QL_ROLE_O)) && !(t->lex & QL_ROLE_PL) &&
	    is_word(s, f, QL_DEF))
		w.entity = resolve_description(s, h, f);
	return w;
}

size_t
qw_quoted(const struct qscan *s, size_t lo, size_t p)
{
	size_t k;

	if (p < lo + 3 || !word_is(s, p - 1, "as"))
		return p;
	if (is_word(s, p - 2, QL_QUOTED))
		return p - 2;
	for (k = p - 2; k > lo && k + QUOTED_BY_TOKENS > p; k--) {
		if (s->t[k].kind != QT_WORD || s->t[k].span >= 0)
			return p;
		if (word_is(s, k, "by") && is_word(s, k - 1, QL_QUOTED))
			return k - 1;
	}
	return p;
}

/* Is word token i a day standing for when ("the police today said", "Smith on Tuesday
 * said" aside)? */
static bool
day_word(const struct qscan *s, size_t i)
{
	return word_is(s, i, "today") || word_is(s, i, "yesterday") || word_is(s, i, "tonight");
}

/* Is word token i a form of "be" (before a participle, a passive)? */
static bool
be_form(const struct qscan *s, size_t i)
{
	return word_is(s, i, "was") || word_is(s, i, "were") || word_is(s, i, "is") ||
	       word_is(s, i, "are") || word_is(s, i, "been") || word_is(s, i, "be");
}

struct qwho
qw_before(struct qscan *s, size_t lo, size_t v)
{
	struct qwho none = { 1, 0, QUOTE_NOBODY, false };
	size_t j = v, c1;

	/* "was quoted as saying", "was quoted by Xinhua as saying" */
	j = qw_quoted(s, lo, j);
	/* "went on to say" */
	if (j >= lo + 4 && word_is(s, j - 1, "to") && word_is(s, j - 2, "on") &&
	    (word_is(s, j - 3, "went") || word_is(s, j - 3, "goes") || word_is(s, j - 3, "go")))
		j -= 3;
	/* "Volk further said", "he has repeatedly said", but never "did not say" */
	while (j > lo && s->t[j - 1].kind == QT_WORD && s->t[j - 1].span < 0 &&
	       ((s->t[j - 1].lex & (QL_ADV | QL_AUX | QL_NEG)) || day_word(s, j - 1) ||
		((s->t[j - 1].flags & QF_ASCII) && s->t[j - 1].end - s->t[j - 1].start > 3 &&
		 !memcmp(s->text + s->t[j - 1].end - 2, "ly", 2)))) {
		if (s->t[j - 1].lex & QL_NEG)
			return none;
		/* "news of the response was reported": a passive names no speaker */
		if (j == v && be_form(s, j - 1))
			return none;
		j--;
	}
	if (j <= lo)
		return none;
	if (s->t[j - 1].kind != QT_COMMA)
		return who_at(s, lo, j - 1);
	/* an appositive or a relative clause between commas: "Peskov, the Kremlin's
	 * spokesman, said"; "Ushakov, who attended the talks, said" */
	for (c1 = j - 1; c1 > lo && s->t[c1 - 1].kind != QT_COMMA && j - c1 < 12; c1--)
		if (s->t[c1 - 1].kind != QT_WORD)
			break;
	if (c1 > lo + 1 && s->t[c1 - 1].kind == QT_COMMA &&
	    (is_word(s, c1, QL_REL | QL_DET) || s->t[c1].ment >= 0)) {
		struct qwho w = who_at(s, lo, c1 - 2);

		if (w.ok && (w.entity != QUOTE_NOBODY || s->t[c1 - 2].ment >= 0))
			return w;
	}
	/* a longer one ("Professor Cres Eastman, Director of …, and Chairman of …, says";
	 * "Lydia Buchtmann for Food Standards Australia, says"): the sentence's subject,
	 * unless a verb comes between ("“The Federation is honored, said Holt"). */
	{
		struct qwho w = qw_subject(s, lo, j - 1);
		size_t k;

		for (k = w.ok ? w.last + 1 : j; k < j - 1; k++)
			if (s->t[k].kind == QT_WORD && s->t[k].ment < 0 &&
			    ((s->t[k].lex & (QL_VERB | QL_AUX | QL_SPEECH)) ||
			     ((s->t[k].flags & QF_ASCII) && !(s->t[k].flags & QF_CAP) &&
			      s->t[k].end - s->t[k].start > 4 &&
			      !memcmp(s->text + s->t[k].end - 2, "ed", 2))))
				return none;
		return w;
	}
}

/* May token k go on a run of names and titles after a name ("Secretary of Commerce
 * Gina Raimondo", "Acting Region 4 Administrator Jeaneanne Gettle")? */
static bool
in_name_run(const struct qscan *s, size_t k, size_t hi)
{
	const struct qtok *t = &s->t[k];

	if (t->flags & QF_CAP)
		return true;
	if ((unsigned)((unsigned char)s->text[t->start] - '0') < 10u)
		return true;
	/* "of", "for", "and" between two capitalised words */
	return k + 1 < hi && (word_is(s, k, "of") || word_is(s, k, "for") || word_is(s, k, "and")) &&
	       s->t[k + 1].kind == QT_WORD && (s->t[k + 1].flags & QF_CAP);
}

struct qwho
qw_after(struct qscan *s, size_t v, size_t hi)
{
	struct qwho w = { 1, 0, QUOTE_NOBODY, false };
	size_t k, last_role = 0, name = 0, person = 0, nwords = 0;

	for (k = v + 1; k < hi && k <= v + 2 * WHO_WORDS + 2; k++) {
		const struct qtok *t = &s->t[k];

		if (t->span >= 0)
			break;
		if (t->kind == QT_END && k + 1 < hi && !(s->t[k + 1].flags & QF_SENT))
			continue;	/* "Vice Adm. Conrad Lautenbacher" */
		if (t->kind != QT_WORD)
			break;
		if (k == v + 1 && (t->lex & QL_HE)) {
			w.ok = true;
			w.first = w.last = (uint32_t)k;
			w.entity = qw_resolve(s, k, k);
			return w;
		}
		/* the last name of the run is the speaker, a person's before an office's */
		if (t->ment >= 0) {
			k = mention_last(s, k);
			if (speaker_of(s, t->ment, CAN_SPEAK) != QUOTE_NOBODY)
				name = k + 1;
			if (s->m[t->ment].type == ENT_PERSON)
				person = k + 1;
			nwords++;
			continue;
		}
		if (name && !in_name_run(s, k, hi))
			break;
		if (!name && (t->lex & (QL_PREP | QL_THAT | QL_BOUND | QL_SPEECH | QL_TIME)))
			break;
		if (t->lex & (QL_ROLE_P | QL_ROLE_O | QL_ROLE_PL))
			last_role = k + 1;
		nwords++;
	}
	if (person || name) {
		k = (person ? person : name) - 1;
		w.ok = true;
		w.first = (uint32_t)mention_first(s, k);
		w.last = (uint32_t)k;
		w.entity = speaker_of(s, s->t[k].ment, CAN_SPEAK);
		return w;
	}
	if (last_role) {
		w.ok = true;
		w.first = (uint32_t)(v + 1);
		w.last = (uint32_t)(last_role - 1);
		if (is_word(s, v + 1, QL_DEF) && !(s->t[w.last].lex & QL_ROLE_PL))
			w.entity = resolve_description(s, w.last, v + 1);
		return w;
	}
	/* someone the text does not name: "said one viewer", "said a witness" */
	if (nwords > 0 && nwords <= 4 && (k >= hi || s->t[k].kind == QT_COMMA ||
					  s->t[k].kind == QT_END)) {
		w.ok = true;
		w.first = (uint32_t)(v + 1);
		w.last = (uint32_t)(k - 1);
	}
	return w;
}

struct qwho
qw_subject(struct qscan *s, size_t first, size_t p)
{
	struct qwho w = { 1, 0, QUOTE_NOBODY, false };
	size_t at = s->n, f;
	uint32_t e = subject_entity(s, first, p, CAN_SPEAK, &at);

	if (at >= p)
		return w;
	w.ok = true;
	if (s->t[at].ment >= 0) {
		f = mention_first(s, at);
		w.first = (uint32_t)f;
		w.last = (uint32_t)at;
		w.entity = e;
	} else {
		w.first = w.last = (uint32_t)at;
		w.entity = qw_resolve(s, at, at);
	}
	return w;
}
