/* extract_near.c -- what a name's neighbours and line say of it: a member's seat, a season, a label, a rank, a line of another language. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"

/* s after the blanks (spaces, tabs, line ends) that start s[0, q). */
static const char *
skip_blanks(const char *s, const char *q)
{
	while (s < q && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t'))
		s++;
	return s;
}

/* Skip blanks and then the word w at *p (before q), if it is there; says whether it was. */
static bool
words_are(const char **p, const char *q, const char *w)
{
	const char *s = skip_blanks(*p, q);
	size_t n = strlen(w);

	if ((size_t)(q - s) < n || memcmp(s, w, n) != 0 || (s + n < q && s[n] != ' ' &&
							     s[n] != '\n' && s[n] != '\r'))
		return false;
	*p = skip_blanks(s + n, q);
	return true;
}

/* Is name c a season alone after a word of time ("this Summer", "the past Summer",
 * "during Autumn")? "Summer" and "Autumn" are given names too ("District Attorney Summer
 * Stephan"), and a speech capitalising the season made it a person. */
bool
ex_season_alone(const char *text, const struct cand *c)
{
	static const char *const season[] = { "summer", "autumn", "winter", "spring" };
	static const char *const before[] = { "this", "last", "next", "past", "that", "every",
					      "each", "early", "late", "the", "during", "in",
					      "of", "all", "mid", "since", "until" };
	const char *p = text + c->start, *w;
	size_t k, n = c->end - c->start, m;
	bool is = false;

	if (c->ntok != 1 || n != 6 || (c->type != ENT_PERSON && c->type != CAND_UNKNOWN))
		return false;	/* (the four are six letters long) */
	for (k = 0; k < sizeof season / sizeof *season && !is; k++)
		is = n == strlen(season[k]) && strncasecmp(p, season[k], n) == 0;
	if (!is)
		return false;
	while (p > text && (p[-1] == ' ' || p[-1] == '\n' || p[-1] == '\t'))
		p--;
	for (w = p; w > text && ((w[-1] >= 'a' && w[-1] <= 'z') || (w[-1] >= 'A' && w[-1] <= 'Z'));
	     w--)
		;
	m = (size_t)(p - w);
	for (k = 0; k < sizeof before / sizeof *before; k++)
		if (m == strlen(before[k]) && strncasecmp(w, before[k], m) == 0)
			return true;
	return false;
}

/* Is s[0, q) an honorific of a member's, "Mr." "Mrs." "Ms." "Miss" with or without its
 * stop, and blanks after it only? */
static bool
member_honorific(const char *s, const char *q)
{
	static const char *const h[] = { "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms" };
	size_t k, n;

	for (k = 0; k < sizeof h / sizeof *h; k++) {
		n = strlen(h[k]);
		if ((size_t)(q - s) > n && memcmp(s, h[k], n) == 0 &&
		    (s[n] == ' ' || s[n] == '\n') && skip_blanks(s + n, q) == q)
			return true;
	}
	return false;
}

/* SEAT_* of candidate m between p and n (either NULL at the article's ends): a lone family
 * name, titled, with "of PLACE" after it, or bracketed after "from PLACE" with its
 * honorific (extract.h). */
uint32_t
ex_seat_bits(const char *text, const struct cand *p, const struct cand *m, const struct cand *n)
{
	const char *s, *q;

	if ((m->type != ENT_PERSON && m->type != CAND_UNKNOWN) || m->ntok != 1)
		return 0;
	if (n && n->type == ENT_PLACE && m->end < n->start &&
	    ((m->link & (LK_OFFICE | LK_COURTESY)) || (m->flags & CF_TITLE)) &&
	    (text[m->end] == ' ' || text[m->end] == '\n')) {
		s = text + m->end;
		q = text + n->start;
		if (words_are(&s, q, "of") && s == q)
			return SEAT_NEXT;
	}
	if (p && p->type == ENT_PLACE && p->end < m->start && (m->link & LK_COURTESY)) {
		s = skip_blanks(text + p->end, text + m->start);
		q = text + m->start;
		if (s < q && (*s == '(' || *s == '[') && member_honorific(s + 1, q))
			return SEAT_PREV;
	}
	return 0;
}

/* Is name c a question word in capitals labelling its line ("WHO:", "WHAT:", "WHERE:" of
 * a media advisory)? "WHO" is no World Health Organization there (15 of a district
 * attorney's advisories). */
bool
ex_line_label(const char *text, const struct cand *c)
{
	static const char *const label[] = { "WHO", "WHAT", "WHEN", "WHERE", "WHY", "HOW" };
	const char *p = text + c->start;
	size_t k, n = c->end - c->start;

	if (text[c->end] != ':')
		return false;
	for (k = 0; k < sizeof label / sizeof *label; k++)
		if (n == strlen(label[k]) && memcmp(p, label[k], n) == 0)
			break;
	if (k == sizeof label / sizeof *label)
		return false;
	while (p > text && (p[-1] == ' ' || p[-1] == '\t'))
		p--;
	return p == text || p[-1] == '\n';
}

/* Is organisation c a rank and a body's head word alone ("Former Bank" of "Former Bank
 * Officer Arrested", "Deputy Bureau" of "Deputy Bureau Chief"), or a press event ("Press
 * Conference")? No body is named so. */
bool
ex_no_body(const char *text, const struct cand *c)
{
	static const char *const rank[] = { "Former ", "Ex ", "Deputy ", "Acting ", "Assistant ",
					    "Associate " };
	static const char *const press[] = { "Press Conference", "News Conference",
					     "Press Briefing", "News Briefing", "Press Release",
					     "News Release", "Media Advisory" };
	const char *p = text + c->start, *sp;
	size_t k, n = c->end - c->start;

	if (c->type != ENT_ORG || c->ntok != 2)
		return false;
	for (k = 0; k < sizeof press / sizeof *press; k++)
		if (n == strlen(press[k]) && strncasecmp(p, press[k], n) == 0)
			return true;
	if (!(sp = memchr(p, ' ', n)))
		return false;
	for (k = 0; k < sizeof rank / sizeof *rank; k++)
		if ((size_t)(sp + 1 - p) == strlen(rank[k]) && memcmp(p, rank[k], sp + 1 - p) == 0)
			return true;
	return false;
}

/* Is name c a person's of six capitalised words or more, two of them with letters beyond
 * ASCII ("Línea de la Fiscalía del Distrito del Condado de Orange Solicitan Información
 * Sobre el Incidente", "Văn Phòng Công Tố Quận Orange": a line of another language in
 * Title Case, a footer of 59 releases)? Few names are so long once titles are peeled
 * and particles left out, and those are written in ASCII in English text ("Kaiser Shum
 * Shere Jung Bahadur Rana"). */
bool
ex_too_long_name(const char *text, const struct cand *c)
{
	const unsigned char *p = (const unsigned char *)text + c->start,
			    *e = (const unsigned char *)text + c->end;
	int caps = 0, start = 1, wide = 0, in_wide = 0;

	if ((c->type != ENT_PERSON && c->type != CAND_UNKNOWN) || c->ntok < 6)
		return false;
	for (; p < e; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t') {
			start = 1;
			in_wide = 0;
			continue;
		}
		/* a capital letter, or a word that starts with a byte of UTF-8 (most
		 * capitals of other scripts with accents: "Văn", "Công", "Línea") */
		if (start && ((*p >= 'A' && *p <= 'Z') || *p >= 0xc3))
			caps++;
		if (*p >= 0x80 && !in_wide) {
			wide++;
			in_wide = 1;
		}
		start = 0;
	}
	return caps >= 6 && wide >= 2;
}

/* The capitalised word a slash glues before unlisted organisation c is a part of its
 * name: "the Classification/Declassification Center (CDC)" was "Declassification Center"
 * (35 mentions of frus-history) and its acronym the CDC of Atlanta (654). The word: a
 * capital and three or more small letters after a blank or a bracket, no name of its own
 * ("Reuters/Ipsos" names two, and the second is listed; "AP/NORC" are acronyms). So is
 * the undecided name that ends with it ("a new Departmental Classification/..." was a
 * person "Departmental Classification"); a word before it that is no candidate's or a
 * decided one's stops it ("Bristol Myers/Squibb Corp", "Capital Cities/ABC"). Returns
 * where the name starts, and in *take how many candidates before c it takes in. */
static size_t
slash_word(const char *text, const struct cand *c, const struct cand *prev, int *take)
{
	size_t s = c->start, w, p;

	*take = 0;
	if (c->type != ENT_ORG || c->canon >= 0 || s < 5 || text[s - 1] != '/' ||
	    !(text[s] >= 'A' && text[s] <= 'Z'))
		return s;
	for (w = s - 1; w > 0 && text[w - 1] >= 'a' && text[w - 1] <= 'z'; w--)
		;
	if (w < 2 || s - 1 - w < 3 || !(text[w - 1] >= 'A' && text[w - 1] <= 'Z'))
		return s;
	w--;
	if (w > 0 && !(text[w - 1] == ' ' || text[w - 1] == '\n' || text[w - 1] == '(' ||
		       text[w - 1] == '"'))
		return s;
	if (prev && prev->end == s - 1 && prev->start <= w && prev->canon < 0 &&
	    (prev->type == CAND_UNKNOWN || prev->type == ENT_PERSON) &&
	    !(prev->flags & (CF_TITLE | CF_SPEECH | CF_GIVEN)) &&
	    !memchr(text + prev->start, '\n', s - prev->start))
		*take = 1;	/* the undecided name that ends with the word */
	else if (prev && prev->end > w)
		return s;
	if (*take)
		w = prev->start;
	for (p = w; p > 0 && text[p - 1] == ' '; p--)
		;
	while (p > 0 && ((text[p - 1] >= 'a' && text[p - 1] <= 'z') ||
			 (text[p - 1] >= 'A' && text[p - 1] <= 'Z')))
		p--;
	if (p < w && text[p] >= 'A' && text[p] <= 'Z') {
		*take = 0;
		return s;
	}
	return w;
}

void
ex_slash_lead(const char *text, struct extraction *x)
{
	size_t i, o, w;
	unsigned nt;
	int take;

	for (i = o = 0; i < x->n; i++) {
		if ((w = slash_word(text, &x->c[i], o ? &x->c[o - 1] : NULL, &take)) <
		    x->c[i].start) {
			nt = x->c[i].ntok + (take ? x->c[o - 1].ntok : 1u);	/* (words) */
			x->c[i].ntok = (uint8_t)(nt < UINT8_MAX ? nt : UINT8_MAX);
			o -= (size_t)take;
			x->c[i].start = (uint32_t)w;
		}
		x->c[o++] = x->c[i];
	}
	x->n = o;
}

/* The bounds of the words of name c, parted by blanks, into at[] (starts) and to[]
 * (ends), at most max: how many. */
static unsigned
name_words(const char *text, const struct cand *c, uint32_t *at, uint32_t *to, unsigned max)
{
	uint32_t p = c->start;
	unsigned n = 0;

	while (p < c->end && n < max) {
		while (p < c->end && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t'))
			p++;
		if (p >= c->end)
			break;
		at[n] = p;
		while (p < c->end && text[p] != ' ' && text[p] != '\n' && text[p] != '\t')
			p++;
		to[n++] = p;
	}
	return n;
}

/* Is text[s, e) the whole of a person's name of x other than skip, not one of common
 * words ("Blue Cross" and "Blue Shield" of a lobbying report are no pair)? */
static bool
named_alone(const char *text, const struct extraction *x, size_t skip, uint32_t s, uint32_t e)
{
	size_t j;

	for (j = 0; j < x->n; j++)
		if (j != skip && x->c[j].end - x->c[j].start == e - s &&
		    x->c[j].type == ENT_PERSON && !(x->c[j].flags & CF_LOWER) &&
		    memcmp(text + x->c[j].start, text + s, e - s) == 0)
			return true;
	return false;
}

#define PAIR_WORDS 8	/* words of a name looked at for two names side by side */
#define PAIR_TRIES 32	/* long names of an article looked at (each a pass over all) */

void
ex_split_pairs(const char *text, struct extraction *x)
{
	uint32_t at[PAIR_WORDS], to[PAIR_WORDS];
	unsigned n, k, tries = 0;
	size_t i;

	for (i = 0; i < x->n && tries < PAIR_TRIES; i++) {
		struct cand *c = &x->c[i];

		if (c->ntok < 4 || c->type != ENT_PERSON || (c->flags & CF_LOWER) ||
		    (n = name_words(text, c, at, to, PAIR_WORDS)) < 4 || to[n - 1] != c->end)
			continue;
		tries++;
		for (k = 2; k + 2 <= n; k++) {
			if (!named_alone(text, x, i, c->start, to[k - 1]) ||
			    !named_alone(text, x, i, at[k], c->end))
				continue;
			xgrow((void **)&x->c, &x->cap, x->n + 1, sizeof *x->c);
			c = &x->c[i];
			memmove(c + 2, c + 1, (x->n - i - 1) * sizeof *c);
			x->n++;
			c[1] = c[0];
			c[0].end = to[k - 1];
			c[0].ntok = (uint8_t)k;
			c[1].start = at[k];
			c[1].ntok = (uint8_t)(n - k);
			c[1].canon = -1;
			c[1].date = 0;
			c[1].sex = 0;
			c[1].flags = 0;
			i++;
			break;
		}
	}
}

/* The function words of Spanish, French and Portuguese, and of English, that say which
 * language a line is in; a hash of them by their bytes (the first lowest) as a number. */
static const char *const romance_words[] = {
	"el", "los", "las", "con", "por", "para", "que", "una", "sobre", "en", "y", "les",
	"des", "avec", "pour", "dans", "une", "est", "com", "uma", "pelo",
};
static const char *const english_words[] = {
	"the", "and", "of", "to", "in", "for", "with", "on", "at", "by", "from", "is", "was",
	"that", "this", "has", "have", "said", "a", "an",
};
#define FW_SLOTS 256
static struct { uint64_t key; int lang; } fw_slot[FW_SLOTS];
static uint64_t fw_mul;	/* a multiplier that gives each word a slot of its own */
static pthread_once_t fw_once = PTHREAD_ONCE_INIT;

static unsigned
fw_hash(uint64_t key)
{
	return (unsigned)((key * fw_mul) >> 56);
}

/* A word as a number: its bytes, the first lowest. */
static uint64_t
fw_key(const char *w)
{
	uint64_t key = 0;
	size_t i;

	for (i = 0; w[i]; i++)
		key |= (uint64_t)(unsigned char)w[i] << (8 * i);
	return key;
}

/* Put the words in their slots; false when two of them meet. */
static bool
fw_place(const char *const *w, size_t n, int lang)
{
	size_t i;
	unsigned h;

	uint64_t key;

	for (i = 0; i < n; i++) {
		key = fw_key(w[i]);
		h = fw_hash(key);
		if (fw_slot[h].key)
			return false;
		fw_slot[h].key = key;
		fw_slot[h].lang = lang;
	}
	return true;
}

/* The first multiplier of a row of odd ones that puts every word in a slot of its own
 * (the lookup is then one load and one comparison, no loop). */
static void
fw_build(void)
{
	for (fw_mul = 0x9E3779B97F4A7C15ULL;; fw_mul += 0x5851F42D4C957F2EULL) {
		memset(fw_slot, 0, sizeof fw_slot);
		if (fw_place(romance_words, sizeof romance_words / sizeof *romance_words, 1) &&
		    fw_place(english_words, sizeof english_words / sizeof *english_words, -1))
			return;
	}
}

/* The word of key (its bytes, the first lowest; 0 for none): a function word of Spanish,
 * French or Portuguese (1), of English (-1), or neither (0). */
static inline int
function_word(uint64_t key)
{
	unsigned h = fw_hash(key);

	/* (no branch: a word found or not is an even chance, and a mispredicted branch) */
	return fw_slot[h].lang & -(int)(fw_slot[h].key == key);
}

/* Bit k of *lower: byte k of p[0, 64) is a lower-case ASCII letter; of *alpha: a letter
 * of either case or a byte beyond ASCII (a letter of UTF-8's, or part of one). */
static inline void
letter_masks(const unsigned char *p, uint64_t *lower, uint64_t *alpha)
{
	uint64_t lo = 0, al = 0;
	int k;

#if defined(__SSE2__)
	/* v - ('a' + 128) is below -128 + 26, as a signed byte, for 'a' to 'z' alone */
	const __m128i la = _mm_set1_epi8((char)('a' + 128)), ua = _mm_set1_epi8((char)('A' + 128)),
		      lim = _mm_set1_epi8((char)(-128 + 26));

	for (k = 0; k < 4; k++) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
		uint64_t l = (uint16_t)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_sub_epi8(v, la), lim));
		uint64_t u = (uint16_t)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_sub_epi8(v, ua), lim));

		lo |= l << (16 * k);
		al |= (l | u | (uint16_t)_mm_movemask_epi8(v)) << (16 * k);
	}
#else
	for (k = 0; k < 64; k++) {
		lo |= (uint64_t)((unsigned)(p[k] - 'a') < 26u) << k;
		al |= (uint64_t)((unsigned)(p[k] - 'a') < 26u || (unsigned)(p[k] - 'A') < 26u ||
				 p[k] >= 0x80) << k;
	}
#endif
	*lower = lo;
	*alpha = al;
}

static bool
is_lower(char c)
{
	return (unsigned)((unsigned char)c - 'a') < 26u;
}

/* Add a function word of language f (none: 0) at byte at to the memo's list. */
static void
list_word(struct ex_line_memo *m, size_t at, size_t len, int f, int es, int en)
{
	if (!f)
		return;
	xgrow((void **)&m->w, &m->wcap, m->nw + 1, sizeof *m->w);
	m->w[m->nw++] = (struct ex_fw_word){ (uint32_t)at, (uint8_t)len, (int8_t)f, es, en };
}

/* Count the function words of text[s, e) (es: Spanish, French, Portuguese; en: English):
 * runs of one to five lower-case ASCII letters that do not go on from a letter or a byte
 * beyond ASCII ("Mayo", "Información" are no "ayo", "n"). 64 bytes a step, by masks:
 * a branch a word, none a byte (the byte at a time loop was 4% of extraction, and a
 * third of the mispredicted branches its rules added). With list, each word is listed
 * too (list_word()). */
static void
count_function_words(const char *text, size_t s, size_t e, int *es, int *en,
		     struct ex_line_memo *list)
{
	unsigned char buf[72];
	uint64_t lower, alpha, starts, key, carry = 0;
	size_t b, n, len;
	int k, f;

	for (b = s; b < e; b += 64) {
		const unsigned char *p = (const unsigned char *)text + b;

		/* (the masks read 64 bytes, a word's key 8 from its start) */
		if ((n = e - b) < sizeof buf) {
			memset(buf, 0, sizeof buf);	/* (a fixed size: no branch) */
			memcpy(buf, p, n);
			p = buf;
		}
		letter_masks(p, &lower, &alpha);
		starts = lower & ~(alpha << 1 | carry);
		carry = alpha >> 63;
		for (; starts; starts &= starts - 1) {
			k = __builtin_ctzll(starts);
			len = (lower >> k) == UINT64_MAX >> k ? (size_t)(64 - k)
							      : (size_t)__builtin_ctzll(~(lower >> k));
			if ((size_t)k + len == 64)	/* on into the next 64 bytes? */
				while (b + (size_t)k + len < e && len <= 5 &&
				       is_lower(text[b + (size_t)k + len]))
					len++;
			memcpy(&key, p + k, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			key = __builtin_bswap64(key);
#endif
			/* the word's letters alone, or 0 for one of over five (no branch) */
			key &= ((uint64_t)1 << (8 * (len & 7))) - 1;
			key *= len <= 5;
			f = function_word(key);
			if (list)	/* (a long line's: asked apart, the branch foreseen) */
				list_word(list, b + (size_t)k, len, f, *es, *en);
			*es += f > 0;
			*en += f < 0;
		}
	}
}

/* The function word, if it is one, of the run of lower-case letters at text[i] cut at e;
 * check: only where it goes on from no letter (as in count_function_words()). */
static int
run_word(const char *text, size_t i, size_t e, bool check)
{
	uint64_t key = 0;
	size_t w;
	unsigned char p;

	for (w = i; w < e && is_lower(text[w]) && w - i < 6; w++)
		key |= (uint64_t)(unsigned char)text[w] << (8 * (w - i));
	if (w == i || (w < e && is_lower(text[w])) || w - i > 5)
		return 0;
	p = i > 0 ? (unsigned char)text[i - 1] : ' ';
	if (check && ((p >= 'A' && p <= 'Z') || p >= 0x80))
		return 0;
	return function_word(key);
}

/* The first of the memo's words at or after byte at. */
static size_t
word_from(const struct ex_line_memo *m, size_t at)
{
	size_t lo = 0, hi = m->nw, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (m->w[mid].at < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The memo's function words of language lang before its k-th. */
static int
words_before(const struct ex_line_memo *m, size_t k, int lang)
{
	const struct ex_fw_word *w;

	if (k < m->nw)
		return lang > 0 ? m->w[k].es : m->w[k].en;
	if (!m->nw)
		return 0;
	w = &m->w[m->nw - 1];
	return (lang > 0 ? w->es : w->en) + (w->lang == lang);
}

/* Count the function words of the window [s, e) of the memo's long line as
 * count_function_words() would: the line's words that start inside it, but the run at
 * s (no letter is looked at before it) and the run cut at e counted as they stand. */
static void
count_window(const char *text, const struct ex_line_memo *m, size_t s, size_t e, int *es,
	     int *en)
{
	size_t lo = word_from(m, s + 1), hi = word_from(m, e), i;
	int f;

	*es = words_before(m, hi, 1) - words_before(m, lo, 1);
	*en = words_before(m, hi, -1) - words_before(m, lo, -1);
	if (hi > lo && m->w[hi - 1].at + m->w[hi - 1].len > e) {	/* cut at e */
		*es -= m->w[hi - 1].lang > 0;
		*en -= m->w[hi - 1].lang < 0;
	}
	f = run_word(text, s, e, false);
	*es += f > 0;
	*en += f < 0;
	if (e > s + 1 && is_lower(text[e - 1]) && is_lower(text[e])) {
		for (i = e - 1; i > s && is_lower(text[i - 1]); i--)
			;
		if (i > s) {
			f = run_word(text, i, e, true);
			*es += f > 0;
			*en += f < 0;
		}
	}
}

/* The start of the line of byte at, or from if the line starts before it. */
static size_t
line_start(const char *text, size_t from, size_t at)
{
	const char *nl;

#if HAVE_MEMRCHR
	if ((nl = memrchr(text + from, '\n', at - from)))
		from = (size_t)(nl - text) + 1;
#else
	while ((nl = memchr(text + from, '\n', at - from)))
		from = (size_t)(nl - text) + 1;
#endif
	return from;
}

/* The end of the line of byte at (its line end's offset), or to if it ends after it. */
static size_t
line_end(const char *text, size_t at, size_t to)
{
	const char *nl = memchr(text + at, '\n', to - at);

	return nl ? (size_t)(nl - text) : to;
}

/* Is person c, with no cue of its own (a given name, a title, a speech verb), on a line
 * of Spanish, French or Portuguese rather than English: three of their function words or
 * more, twice as many as English ones ("... el Incidente con Materiales Peligrosos Ocurrido
 * el 21 de Mayo de 2026 en ...": "Materiales Peligrosos Ocurrido" was a person of 59
 * releases)? Capitals there say nothing this reader knows. */
bool
ex_foreign_line(const char *text, size_t len, const struct cand *c, struct ex_line_memo *memo)
{
	size_t s, e;
	int es = 0, en = 0;
	bool foreign, whole, spans;

	if ((c->type != ENT_PERSON && c->type != CAND_UNKNOWN) ||
	    (c->flags & (CF_GIVEN | CF_TITLE | CF_SPEECH)) || (c->link & (LK_OFFICE | LK_COURTESY)))
		return false;
	/* the line counted last, when it is all of what c's would be (counting each
	 * candidate's line was 45% of extraction on long paragraphs) */
	if (memo && memo->whole && memo->s <= c->start && c->end <= memo->e &&
	    c->start - memo->s <= 2000 && memo->e - c->end <= 2000)
		return memo->foreign;
	/* the line's start and end, or 2000 bytes from c each way */
	s = line_start(text, c->start > 2000 ? c->start - 2000 : 0, c->start);
	e = line_end(text, c->end, c->end + 2000 < len ? c->end + 2000 : len);
	pthread_once(&fw_once, fw_build);
	whole = (s == 0 || text[s - 1] == '\n') && (e == len || text[e] == '\n');
	spans = memchr(text + c->start, '\n', c->end - c->start) != NULL;
	if (memo && !whole && !spans) {
		/* A line longer than the window (a page's text in one line, 100 KB: every
		 * name counted 4 KB around it was a quarter of extracting a news pile):
		 * its words listed once, each window counted from them. */
		if (!(memo->ls <= s && e <= memo->le && memo->le > memo->ls)) {
			memo->ls = line_start(text, 0, s);
			memo->le = line_end(text, e, len);
			memo->nw = 0;
			count_function_words(text, memo->ls, memo->le, &es, &en, memo);
			es = en = 0;
		}
		count_window(text, memo, s, e, &es, &en);
		return es >= 3 && es > 2 * en;
	}
	count_function_words(text, s, e, &es, &en, NULL);
	foreign = es >= 3 && es > 2 * en;
	if (memo) {	/* (a line, not two that c spans) */
		memo->s = s;
		memo->e = e;
		memo->whole = whole && !spans;
		memo->foreign = foreign;
	}
	return foreign;
}

void
ex_line_memo_free(struct ex_line_memo *memo)
{
	free(memo->w);
	memset(memo, 0, sizeof *memo);
}

/* Is text[a, z) capitalised words of the commonest English words only, none a name of
 * the lists ("Glass Works", "Lines", "Gas")? */
static bool
common_caps(const char *text, size_t a, size_t z)
{
	char buf[64];
	size_t p = a, q, n;
	const struct gz_entry *g;

	while (p < z) {
		for (q = p; q < z && text[q] != ' '; q++)
			;
		if (!(text[p] >= 'A' && text[p] <= 'Z') || q - p < 2 ||
		    (n = ex_fold(text + p, q - p, buf, sizeof buf)) == 0 || n >= sizeof buf ||
		    gaz_is_common(buf, n) != 1 ||
		    ((g = gaz_find(buf, n)) && (gaz_classes(g, 0) & (GZ_PERSONISH | GZ_NAME))))
			return false;
		p = q + 1;
	}
	return true;
}

/* Is text[w, p) a word no list knows and no common English word, letters only ("Corning",
 * "IC"): a firm's own first word? */
static bool
proper_word(const char *text, size_t w, size_t p)
{
	char buf[64];
	size_t i, n;

	for (i = w; i < p; i++)
		if (!ex_ascii_letter(text[i]))
			return false;
	n = ex_fold(text + w, p - w, buf, sizeof buf);
	return n > 0 && n < sizeof buf && gaz_is_common(buf, n) == 0 && !gaz_find(buf, n);
}

void
ex_firm_tails(const char *text, size_t len, struct extraction *x)
{
	size_t i, p, w;

	for (i = 0; i < x->n; i++) {
		struct cand *c = &x->c[i];

		if ((c->type != ENT_PERSON && c->type != CAND_UNKNOWN) || c->end > len ||
		    (c->flags & (CF_SPEECH | CF_TITLE | CF_GIVEN | CF_SURNAME)) != CF_SPEECH ||
		    (c->link & (LK_OFFICE | LK_COURTESY)) || c->start < 3 ||
		    text[c->start - 1] != ' ' || !common_caps(text, c->start, c->end))
			continue;
		p = c->start - 1;	/* the word before, on the line */
		for (w = p; w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n' &&
			    text[w - 1] != '\t' && text[w - 1] != '"';
		     w--)
			;
		if (w == p || !(text[w] >= 'A' && text[w] <= 'Z'))
			continue;
		if (i > 0 && x->c[i - 1].end == p && x->c[i - 1].start == w &&
		    x->c[i - 1].type == ENT_PLACE && (text[p - 1] == '.' || ex_ascii_letter(text[p - 1])) &&
		    !(p - w >= 3 && (text[p - 2] == '\'' || (unsigned char)text[p - 2] == 0x99))) {
			/* "U.S. Lines", "Queensland Rail" (not "Japan's Gas") */
			x->c[i - 1].end = c->end;
			x->c[i - 1].type = ENT_ORG;
			x->c[i - 1].canon = -1;
			x->c[i - 1].flags = 0;
			x->c[i - 1].ntok = (uint8_t)(x->c[i - 1].ntok + c->ntok);
			c->start = c->end;	/* (dropped by link_cands()) */
		} else if (!(i > 0 && x->c[i - 1].end > w) && proper_word(text, w, p)) {
			/* "Corning Glass Works", "IC Gas" (not "After Sessions", "State Directed",
			 * "June. Participants", "President's Budget") */
			c->start = (uint32_t)w;
			c->type = ENT_ORG;
			c->canon = -1;
			c->flags = 0;
			c->ntok = (uint8_t)(c->ntok + 1);
		}
	}
}
