/* extract_lang.c -- a people's word that names its language ("in Spanish", "speak English at home") is no mention of the place. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "chunk_int.h"

/*
 * A demonym is a mention of its place (RULES.md 4) where it reads as the place's people or
 * things: "the Spanish government", "Russian troops". Where it names the language it
 * does not: "taught in Spanish", "provided in both English and Spanish", "residents who
 * speak Spanish at home", "Spanish speakers", "in English, Spanish, Tagalog, and
 * Vietnamese". Ten prosecutors' offices' releases (486 texts) had Spain (32 mentions),
 * England (22), Vietnam, Japan and Iran among their top 50 places from such words alone.
 * The adjective before a noun stays the place's ("in Spanish waters", "English Channel").
 */

/* Words after a demonym that make it a language: "Spanish speakers", "English lessons". */
static const char *const lang_nouns[] = {
	"language", "languages", "speaking", "speaker", "speakers", "translation",
	"translations", "subtitles", "subtitled", "lessons", "classes", "courses",
	"proficiency", "fluency", "dubbed", "instruction", "immersion", "literacy",
};

/* Languages no people's word names: one beside a people's word makes it a language too
 * ("in English, Spanish, Tagalog, and Vietnamese"). */
static const char *const only_languages[] = {
	"tagalog", "urdu", "hindi", "yiddish", "mandarin", "cantonese", "farsi", "dari",
	"swahili", "latin", "esperanto", "creole", "gujarati", "telugu", "marathi", "hmong",
};

/* Is folded w[0, n) a language's name that a people's word names too ("spanish", not
 * "american": "in European as well as in American cities")? The list is the chunker's
 * cues' (TC_LANGUAGE, chunk_cue.c): one hash and one comparison, not a search. */
static bool
is_language(const char *w, size_t n)
{
	uint32_t h = gaz_hash(w, n);

	return ex_cue_may(h) && (ex_cue_verify(h, w, n) & TC_LANGUAGE);
}

/* Is w[0, n), in any case, a language's name of is_language()? */
static bool
lower_language(const char *w, size_t n)
{
	char buf[32];
	size_t i;

	if (n >= sizeof buf)
		return false;
	for (i = 0; i < n; i++)
		buf[i] = (char)(w[i] | 0x20);
	return is_language(buf, n);
}

/* Words before it that make it one: "in Spanish", "speak English". */
static const char *const lang_verbs[] = {
	"in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "fluent", "learn",
	"learning", "learned", "learnt", "teach", "teaches", "taught", "teaching", "study",
	"studied", "studying", "translate", "translated", "translating", "understand",
	"understands", "read", "reads", "write", "writes", "written", "both",
};

/* Words after "in Spanish" that end the language's phrase: not a noun of the adjective. */
static const char *const lang_after[] = {
	"and", "or", "on", "at", "for", "with", "to", "from", "by", "as", "but", "is", "was",
	"are", "were", "only", "too", "also", "if", "so", "when", "while", "that", "which",
	"because", "before", "after", "during", "until", "than", "then", "each",
	"every", "the", "a", "an", "this", "these", "their", "his", "her", "our", "its",
	"well", "fluently", "instead", "first", "please",
};

/* Is w[0, n) one of the list's words (case-insensitive)? */
static bool
word_in(const char *w, size_t n, const char *const *list, size_t count)
{
	size_t k;
	int c = w[0] | 0x20;

	for (k = 0; k < count; k++)	/* (the first letter first: called for many words) */
		if (list[k][0] == c && strlen(list[k]) == n && strncasecmp(w, list[k], n) == 0)
			return true;
	return false;
}

static bool
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The word of text before byte at (blanks skipped), in *w and its length. */
static size_t
word_before(const char *text, size_t at, const char **w)
{
	size_t e = at, s;

	while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n'))
		e--;
	for (s = e; s > 0 && is_letter(text[s - 1]); s--)
		;
	*w = text + s;
	return e - s;
}

/* The word of text after byte at (blanks, not line ends, skipped), in *w and its length;
 * *stop: the next byte is no word's (punctuation, the line's end). */
static size_t
word_after(const char *text, size_t len, size_t at, const char **w, bool *stop)
{
	size_t s = at, e;

	if (s < len && text[s] == '-') {	/* "Spanish-language", "English-speaking" */
		s++;
	} else {	/* (a wrapped line goes on; a blank line ends the phrase) */
		while (s < len && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r'))
			s++;
		if (s < len && text[s] == '\n' && (s + 1 >= len || text[s + 1] != '\n'))
			for (s++; s < len && (text[s] == ' ' || text[s] == '\t'); s++)
				;
	}
	for (e = s; e < len && is_letter(text[e]); e++)
		;
	*w = text + s;
	*stop = s == e;
	return e - s;
}

/* Is candidate c a people's word that names a language ("Spanish", "English")? */
static bool
demonym(const char *text, const struct cand *c)
{
	char buf[64];
	size_t n = c->end - c->start, i;
	const struct gz_entry *g;
	const char *name;

	if (c->type != ENT_PLACE || c->ntok != 1 || n < 3 || n >= sizeof buf / 4 ||
	    c->canon < 0 || !is_letter(text[c->start]))
		return false;
	/* (a place written by its own name, most of them: "Russia", "Moscow") */
	if ((name = gaz_canon(c->canon)) && strncmp(name, text + c->start, n) == 0 && !name[n])
		return false;
	for (i = 0; i < n && is_letter(text[c->start + i]); i++)	/* (ASCII: no folding) */
		buf[i] = (char)(text[c->start + i] | 0x20);
	if (i < n)
		n = ex_fold(text + c->start, n, buf, sizeof buf);
	if (!is_language(buf, n))
		return false;
	g = gaz_find(buf, n);	/* ("Thai" is listed as a country's name too) */
	return g && (g->word & GZ_DEMONYM);
}

/* Do the demonyms [a, b] of x, one list ("English, Spanish, Tagalog, and Vietnamese"),
 * read as languages where they stand: a language's noun after the last ("Spanish
 * speakers"), or a word of speech or "in" before the first and the phrase ended after
 * the last ("in Spanish on Thursdays", "speak Spanish at home", "in English.")? Not "in
 * Russian and Chinese media": the adjectives of a noun. */
static bool
languages_at(const char *text, size_t len, const struct extraction *x, size_t a, size_t b)
{
	const char *w;
	size_t n;
	bool stop;

	n = word_after(text, len, x->c[b].end, &w, &stop);
	if (!stop && word_in(w, n, lang_nouns, sizeof lang_nouns / sizeof *lang_nouns))
		return true;
	if (!(stop || (n && w[0] >= 'a' && w[0] <= 'z' &&
		       word_in(w, n, lang_after, sizeof lang_after / sizeof *lang_after))))
		return false;
	/* "in Spanish and French", "in English and," but not "in Spanish and colonial
	 * ports" nor "in Dutch or American vessels": after "and" or "or", a language or
	 * nothing */
	if (!stop && ((n == 3 && strncmp(w, "and", 3) == 0) || (n == 2 && strncmp(w, "or", 2) == 0))) {
		n = word_after(text, len, (size_t)(w - text) + n, &w, &stop);
		if (!stop && ((w[0] >= 'a' && w[0] <= 'z') ||	/* ("in Dutch or American vessels") */
			      !lower_language(w, n)))
			return false;
	}
	n = word_before(text, x->c[a].start, &w);
	return word_in(w, n, lang_verbs, sizeof lang_verbs / sizeof *lang_verbs);
}

/* The word before byte at, over a list's comma and "and"/"or" ("Tagalog, and"), in *w
 * and its length; *blank: only blanks were crossed. */
static size_t
item_before(const char *text, size_t at, const char **w, bool *blank)
{
	size_t n = word_before(text, at, w), e;

	*blank = true;
	if ((n == 3 && strncmp(*w, "and", 3) == 0) || (n == 2 && strncmp(*w, "or", 2) == 0)) {
		*blank = false;
		at = (size_t)(*w - text);
	}
	for (e = at; e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t');
	     e--)
		;
	if (e > 0 && text[e - 1] == ',') {
		*blank = false;
		at = e - 1;
	}
	return *blank ? n : word_before(text, at, w);
}

/* The word after byte at, over a list's comma and "and"/"or", as item_before(). */
static size_t
item_after(const char *text, size_t len, size_t at, const char **w, bool *blank)
{
	size_t s = at, n;
	bool stop;

	*blank = true;
	if (s < len && text[s] == ',') {
		*blank = false;
		s++;
	}
	n = word_after(text, len, s, w, &stop);
	if ((n == 3 && strncmp(*w, "and", 3) == 0) || (n == 2 && strncmp(*w, "or", 2) == 0)) {
		*blank = false;
		n = word_after(text, len, (size_t)(*w - text) + n, w, &stop);
	}
	return stop ? 0 : n;
}

/* Is w[0, n) a language's name, capitalised ("Tagalog"; only_languages too)? */
static bool
language_word(const char *w, size_t n, bool only)
{
	if (!n || w[0] < 'A' || w[0] > 'Z')
		return false;
	return word_in(w, n, only_languages, sizeof only_languages / sizeof *only_languages) ||
	       (!only && lower_language(w, n));
}

/* Is demonym c a language by its neighbours: an item of a list with a language no people
 * has ("Tagalog, and Vietnamese"), or one of a menu of languages, names with nothing but
 * blanks between ("Swedish Thai Turkish Ukrainian")? Not a tag in brackets: "Art of
 * Recovery (English)" is a release's language, "the Servian (Serbian) Ambulance" a gloss. */
static bool
language_by_list(const char *text, size_t len, const struct cand *c)
{
	const char *w, *v;
	size_t n, m, run = 1;
	bool blank, blank2;

	n = item_before(text, c->start, &w, &blank);
	m = item_after(text, len, c->end, &v, &blank2);
	if (language_word(w, n, true) || language_word(v, m, true))
		return true;
	/* a menu: two language names on each side, or three in all with blanks between */
	while (blank && language_word(w, n, false) && run < 3) {
		run++;
		n = item_before(text, (size_t)(w - text), &w, &blank);
	}
	while (blank2 && language_word(v, m, false) && run < 3) {
		run++;
		m = item_after(text, len, (size_t)(v - text) + m, &v, &blank2);
	}
	return run >= 3;
}

/* Are candidates a and b (the next) two items of one list: ", ", " and ", ", and ",
 * " or "? */
static bool
listed(const char *text, const struct cand *a, const struct cand *b)
{
	const char *p = text + a->end, *q = text + b->start;

	if (a->end > b->start || b->start - a->end > 6)
		return false;
	if (*p == ',')
		p++;
	while (p < q && *p == ' ')
		p++;
	if (q - p >= 3 && (strncmp(p, "and", 3) == 0 || strncmp(p, "or", 2) == 0))
		p += p[0] == 'a' ? 3 : 2;
	while (p < q && *p == ' ')
		p++;
	return p == q && (b->start - a->end <= 2 ? text[a->end] == ',' : true);
}

void
ex_drop_languages(const char *text, size_t len, struct extraction *x)
{
	size_t i, j, k, o;
	bool *lang = NULL, next, whole;

	ex_cue_init();	/* (is_language()'s list) */
	next = x->n && x->c[0].type == ENT_PLACE && demonym(text, &x->c[0]);
	for (i = 0; i < x->n; i = j + 1) {
		j = i;
		if (!next) {
			next = i + 1 < x->n && x->c[i + 1].type == ENT_PLACE &&
			       demonym(text, &x->c[i + 1]);
			continue;
		}
		while ((next = j + 1 < x->n && demonym(text, &x->c[j + 1])) &&
		       listed(text, &x->c[j], &x->c[j + 1]))
			j++;
		/* (the run's phrase, else each by its neighbours) */
		whole = languages_at(text, len, x, i, j);
		for (k = i; k <= j; k++)
			if (whole || language_by_list(text, len, &x->c[k])) {
				if (!lang)
					lang = xcalloc(x->n, sizeof *lang);
				lang[k] = true;
			}
	}
	if (!lang)
		return;
	for (i = o = 0; i < x->n; i++)
		if (!lang[i])
			x->c[o++] = x->c[i];
	x->n = o;
	free(lang);
}
