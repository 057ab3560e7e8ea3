/* extract_near.c -- what a name's neighbours and line say of it: a member's seat, a season, a label, a rank, a line of another language. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "dossier/extract.h"

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

/* A word of up to five letters as a number: its bytes, the first lowest. */
#define W1(a) ((uint64_t)(a))
#define W2(a, b) (W1(a) | (uint64_t)(b) << 8)
#define W3(a, b, c) (W2(a, b) | (uint64_t)(c) << 16)
#define W4(a, b, c, d) (W3(a, b, c) | (uint64_t)(d) << 24)
#define W5(a, b, c, d, e) (W4(a, b, c, d) | (uint64_t)(e) << 32)

/* Is the word of n letters at w (n <= 5) a function word of Spanish, French or Portuguese
 * (1), of English (-1), or neither (0)? (a switch: the compiler's search, no calls) */
static int
function_word(const char *w, size_t n)
{
	uint64_t k = 0;
	size_t i;

	for (i = 0; i < n; i++)
		k |= (uint64_t)(unsigned char)w[i] << (8 * i);
	switch (k) {
	case W2('e', 'l'): case W3('l', 'o', 's'): case W3('l', 'a', 's'):
	case W3('c', 'o', 'n'): case W3('p', 'o', 'r'): case W4('p', 'a', 'r', 'a'):
	case W3('q', 'u', 'e'): case W3('u', 'n', 'a'): case W5('s', 'o', 'b', 'r', 'e'):
	case W2('e', 'n'): case W1('y'): case W3('l', 'e', 's'): case W3('d', 'e', 's'):
	case W4('a', 'v', 'e', 'c'): case W4('p', 'o', 'u', 'r'): case W4('d', 'a', 'n', 's'):
	case W3('u', 'n', 'e'): case W3('e', 's', 't'): case W3('c', 'o', 'm'):
	case W3('u', 'm', 'a'): case W4('p', 'e', 'l', 'o'):
		return 1;
	case W3('t', 'h', 'e'): case W3('a', 'n', 'd'): case W2('o', 'f'): case W2('t', 'o'):
	case W2('i', 'n'): case W3('f', 'o', 'r'): case W4('w', 'i', 't', 'h'):
	case W2('o', 'n'): case W2('a', 't'): case W2('b', 'y'): case W4('f', 'r', 'o', 'm'):
	case W2('i', 's'): case W3('w', 'a', 's'): case W4('t', 'h', 'a', 't'):
	case W4('t', 'h', 'i', 's'): case W3('h', 'a', 's'): case W4('h', 'a', 'v', 'e'):
	case W4('s', 'a', 'i', 'd'): case W1('a'): case W2('a', 'n'):
		return -1;
	default:
		return 0;
	}
}

/* Is person c, with no cue of its own (a given name, a title, a speech verb), on a line
 * of Spanish, French or Portuguese rather than English: three of their function words or
 * more, twice as many as English ones ("... el Incidente con Materiales Peligrosos Ocurrido
 * el 21 de Mayo de 2026 en ...": "Materiales Peligrosos Ocurrido" was a person of 59
 * releases)? Capitals there say nothing this reader knows. */
bool
ex_foreign_line(const char *text, size_t len, const struct cand *c, struct ex_line_memo *memo)
{
	size_t s, e, i, w;
	int es = 0, en = 0, f;
	bool foreign;

	if ((c->type != ENT_PERSON && c->type != CAND_UNKNOWN) ||
	    (c->flags & (CF_GIVEN | CF_TITLE | CF_SPEECH)) || (c->link & (LK_OFFICE | LK_COURTESY)))
		return false;
	/* the line counted last, when it is all of what c's would be (counting each
	 * candidate's line was 45% of extraction on long paragraphs) */
	if (memo && memo->whole && memo->s <= c->start && c->end <= memo->e &&
	    c->start - memo->s <= 2000 && memo->e - c->end <= 2000)
		return memo->foreign;
	for (s = c->start; s > 0 && text[s - 1] != '\n' && c->start - s < 2000; s--)
		;
	for (e = c->end; e < len && text[e] != '\n' && e - c->end < 2000; e++)
		;
	for (i = s; i < e; i = w) {
		while (i < e && !(text[i] >= 'a' && text[i] <= 'z'))
			i++;
		for (w = i; w < e && text[w] >= 'a' && text[w] <= 'z'; w++)
			;
		if (w == i || w - i > 5 ||
		    (i > s && ((text[i - 1] >= 'A' && text[i - 1] <= 'Z') ||
			       (unsigned char)text[i - 1] >= 0x80)))
			continue;	/* (not a word's start: "Mayo", "Información") */
		f = function_word(text + i, w - i);
		es += f > 0;
		en += f < 0;
	}
	foreign = es >= 3 && es > 2 * en;
	if (memo)	/* (a line, not two that c spans) */
		*memo = (struct ex_line_memo){ s, e, (s == 0 || text[s - 1] == '\n') &&
						       (e == len || text[e] == '\n') &&
						       !memchr(text + c->start, '\n',
							       c->end - c->start), foreign };
	return foreign;
}
