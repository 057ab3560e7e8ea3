/* chunk_annal.c -- the ways of annals and reference works: a family name written in capitals after a given name ("Milton OBOTE", "Jose Eduardo DOS SANTOS"). MIT licence. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Classes that make a word in capitals something else than a family name: a known
 * acronym, country, capital, people, organisation, title or head word. */
#define NOT_FAMILY (GZ_COUNTRY | GZ_DEMONYM | GZ_CAPITAL | GZ_ORG | GZ_SEAT | GZ_TITLE | \
		    GZ_TITLE_MOD | GZ_HONORIFIC | HEADS | GZ_FUNC | GZ_STOP | GZ_MONTH | \
		    GZ_WEEKDAY | GZ_CONNECTOR | GZ_PERSON_NOUN | GZ_SPEECH)

/* Has the folded word f[0..n) a vowel? */
static int
has_vowel(const char *f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (memchr("aeiouy", f[i], 6))
			return 1;
	return 0;
}

/* Can token i, in capitals, be a family name: four letters or more with a vowel, no known
 * acronym, common word ("RIP", "HELP"), place or word of an organisation's name, nor a
 * line in capitals or a Roman numeral? Unknown acronyms are mostly shorter ("CPU",
 * "PDA", "PSA" after a given name or a brand in mails). */
static int
family_caps(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const char *f = b->fb + t->fold;

	return (t->flags & TK_ALLCAP) && t->end - t->start >= 4 && t->flen >= 4 &&
	       !(t->flags & (TK_DOTTED | TK_CAPSLINE | TK_DIGIT)) && !(t->cls & NOT_FAMILY) &&
	       !(t->gz && t->gz->acr) && has_vowel(f, t->flen) && gaz_is_common(f, t->flen) != 1 &&
	       !ck_roman(b, i);
}

/* Does the block write family names in capitals: somewhere a known given name in ordinary
 * capitals right before such a word ("Samuel WALLIS")? Looked once per block. */
static int
caps_style(struct ex_block *b)
{
	size_t i;

	if (!b->caps_family) {
		b->caps_family = 1;
		for (i = 0; i + 1 < b->n; i++)
			if ((b->t[i].cls & GZ_FIRST) && b->t[i].gap == GAP_SPACE &&
			    (b->t[i].flags & (TK_CAP | TK_ALLCAP)) == TK_CAP &&
			    (b->t[i + 1].flags & TK_ALLCAP) && family_caps(b, i + 1)) {
				b->caps_family = 2;
				break;
			}
	}
	return b->caps_family == 2;
}

/* Is token a right after a title or an honorific ("Amir Mubarak AL-SABAH", "Gen. Tito
 * OKELLO")? A name follows, so the run from a is a person's. */
static int
after_title(const struct ex_block *b, size_t a)
{
	return a > 0 && (b->t[a - 1].cls & (GZ_TITLE | GZ_HONORIFIC)) &&
	       (b->t[a - 1].gap == GAP_SPACE || b->t[a - 1].gap == GAP_DOT);
}

/* Are units [ua, i) initials, each a capital and a dot ("U. S.", "W. T."), and unit i a
 * family name in capitals after them, the signature of a letter or a dispatch ("U. S.
 * GRANT, Major-General", "R. E. LEE": 74 signatures of Grant's memoirs were a person
 * "U. S" and no family name)? */
static int
initials_caps(const struct chunker *k, int ua, int i)
{
	const struct ex_block *b = k->b;
	int j;

	if (i <= ua || k->u[i].b != k->u[i].a + 1 || !family_caps(b, k->u[i].a))
		return 0;
	for (j = ua; j < i; j++)
		if (k->u[j].b != k->u[j].a + 1 || b->t[k->u[j].a].end - b->t[k->u[j].a].start != 1 ||
		    b->t[k->u[j].a].gap != GAP_DOT || !(b->t[k->u[j].a].flags & (TK_CAP | TK_ALLCAP)))
			return 0;
	return 1;
}

/* Do initials open a name at token i, first in its sentence or line: two capitals with
 * their dots, then a capitalised name or a family name in capitals ("J. K. Rowling said"
 * lost its "J.", a signature "R. E. LEE" was a person "E"), or one and a listed family
 * name (a letter's signature "A. LINCOLN" was "LINCOLN")? */
int
ck_initials_start(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *u;

	if (i + 1 >= b->n || t->end - t->start != 1 || !(t->flags & TK_CAP) || t->gap != GAP_DOT)
		return 0;
	u = &b->t[i + 1];
	if (u->end - u->start != 1)
		return ck_initial_before_name(b, i + 1);
	if (i + 2 >= b->n || !(u->flags & TK_CAP) || u->gap != GAP_DOT)
		return 0;
	return ck_initial_in_name(b, i + 1) || family_caps(b, i + 2);
}

/* Are tokens [a, z), two or three, capitals with their dots and a space between that
 * spell a country's abbreviation ("U. S.", "U. S. A.", "U. K.": older print; 23 "U. S."
 * of Grant's memoirs were a person "U. S")? Its place's canonical index, else -1. */
int
ck_spaced_country(const struct ex_block *b, size_t a, size_t z)
{
	const struct gz_entry *g;
	char key[4];
	size_t n = 0, j;

	if (z - a < 2 || z - a > 3)
		return -1;
	for (j = a; j < z; j++) {
		const struct token *t = &b->t[j];

		if (t->end - t->start != 1 || !(t->flags & TK_CAP) || t->gap != GAP_DOT)
			return -1;
		key[n++] = (char)(b->text[t->start] | 0x20);
	}
	g = gaz_find(key, n);
	return g && ((g->word | g->acr) & GZ_COUNTRY) && g->place >= 0 ? g->place : -1;
}

/*
 * Is unit i, a word in capitals inside the run from unit ua, a family name written in
 * capitals as annals, gazettes and reference works do ("Samuel WALLIS", "Ali Abdallah
 * SALIH", "Jose Eduardo DOS SANTOS")? It is when the run opens with a given name in
 * ordinary capitals, every word between is a name's word (in capitals or not), and the
 * word is family_caps(). The given name is a known one, or any name's word after a title
 * ("Amir Mubarak AL-SABAH") or where the block writes family names so elsewhere ("Milton
 * OBOTE" beside "Samuel WALLIS"). An unknown
 * acronym otherwise stands apart ("Brian Inganga FAQ").
 */
int
ck_caps_family(const struct chunker *k, int ua, int i)
{
	struct ex_block *b = k->b;
	const struct token *g = &b->t[k->u[ua].a];
	int j;

	if (initials_caps(k, ua, i))
		return 1;
	if (i <= ua || k->u[i].b != k->u[i].a + 1 || b->t[k->u[i].a - 1].gap != GAP_SPACE)
		return 0;
	/* a particle in capitals before the family name: "DOS SANTOS", "DA COSTA" */
	if (!family_caps(b, k->u[i].a) &&
	    !((k->u[i].cls & GZ_PARTICLE) && (b->t[k->u[i].a].flags & TK_ALLCAP) &&
	      i + 1 < k->nu && k->u[i + 1].b == k->u[i + 1].a + 1 &&
	      b->t[k->u[i].a].gap == GAP_SPACE && family_caps(b, k->u[i + 1].a)))
		return 0;
	if ((g->flags & (TK_ALLCAP | TK_CAP)) != TK_CAP || k->u[ua].b != k->u[ua].a + 1 ||
	    (k->u[ua].cls & (NOT_FAMILY | GZ_REGION | GZ_PARTICLE)))
		return 0;
	for (j = ua + 1; j < i; j++) {
		const struct token *w = &b->t[k->u[j].a];

		if (k->u[j].b != k->u[j].a + 1 || !(w->flags & TK_CAP) ||
		    (k->u[j].cls & (NOT_FAMILY | GZ_REGION)) ||
		    b->t[k->u[j].a - 1].gap != GAP_SPACE)
			return 0;
	}
	return (k->u[ua].cls & GZ_FIRST) || after_title(b, k->u[ua].a) || caps_style(b);
}

/*
 * Is token j a people's name ("Indigenous", "Arab", "Tamil": a person's noun in capitals,
 * peoples.txt) in an organisation's name, whose head follows within three words
 * ("Multiethnic Indigenous Party", "Moskitia Indigenous Progressive Movement")? Then an
 * unknown word before it at a line's start opens that name.
 */
int
ck_people_in_org(const struct ex_block *b, size_t j)
{
	size_t k;

	if (!(b->t[j].flags & TK_CAP) || !(b->t[j].cls & GZ_PERSON_NOUN))
		return 0;
	for (k = j + 1; k < b->n && k <= j + 3 && b->t[k - 1].gap == GAP_SPACE &&
	     (b->t[k].flags & TK_CAP); k++)
		if (b->t[k].cls & GZ_ORG_HEAD)
			return 1;
	return 0;
}

/* Do the capitalised words of tokens [f, e) have the letters of token a, in capitals, as
 * their initials ("National Democratic Party" and "NDP"; small words skipped)? */
static int
spelled_by(const struct ex_block *b, size_t f, size_t e, const struct token *a)
{
	size_t k, n = 0, len = a->end - a->start;
	const char *s = b->text + a->start;

	if (!(a->flags & TK_ALLCAP) || len < 2 || len > 8)
		return 0;
	for (k = f; k < e; k++) {
		if (b->t[k].flags & TK_LOWER)
			continue;	/* "of", "for" */
		if (n >= len || b->text[b->t[k].start] != s[n])
			return 0;
		n++;
	}
	return n == len;
}

/*
 * Does an unknown word at token i, first in its sentence or line, open a name that an
 * acronym after "or" spells ("National Democratic Party or NDP", "New Patriotic Party or
 * NPP")? Its capital is then the name's, not the sentence's.
 */
int
ck_spelled_start(const struct ex_block *b, size_t i)
{
	size_t j;

	for (j = i + 1; j + 1 < b->n && j <= i + 8; j++) {
		if (b->t[j - 1].gap != GAP_SPACE)
			return 0;
		if ((b->t[j].flags & TK_LOWER) && tis(b, j, "or"))
			break;
	}
	if (j + 1 >= b->n || j > i + 8 || j == i + 1 || b->t[j].gap != GAP_SPACE)
		return 0;
	return spelled_by(b, i, j, &b->t[j + 1]);
}

/* Fold s[0..n) into out (cap bytes) keeping letters, digits and single blanks only
 * ("Spanish Socialist Workers' Party" and "Spanish Socialist Workers Party" are one);
 * returns the length, or 0 when it does not fit. */
static size_t
fold_words(const char *s, size_t n, char *out, size_t cap)
{
	char f[4 * 160 + 8];
	size_t k, i, o = 0;

	if (n > 160 || (k = ex_fold(s, n, f, sizeof f)) >= sizeof f)
		return 0;
	for (i = 0; i < k && o + 1 < cap; i++) {
		unsigned char c = (unsigned char)f[i];

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
			out[o++] = (char)c;
		else if (c == ' ' && o > 0 && out[o - 1] != ' ')
			out[o++] = ' ';
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o;
}

/* Do the words of tokens [f, e) and the name of listed canonical org hold one another
 * ("Social Democratic Party" and "Social Democratic Party of Germany")? */
static int
names_listed(const struct ex_block *b, size_t f, size_t e, int org)
{
	char line[4 * 160 + 8], name[4 * 160 + 8];
	const char *c = gaz_canon(org);

	if (!c || e <= f ||
	    !fold_words(b->text + b->t[f].start, b->t[e - 1].end - b->t[f].start, line,
			sizeof line) ||
	    !fold_words(c, strlen(c), name, sizeof name))
		return 0;
	return strstr(line, name) != NULL || strstr(name, line) != NULL;
}

/*
 * Is token i an acronym in capitals after "or" that ends a line or sentence, that the
 * words before it from the line's start neither spell nor name as the lists' body of
 * these letters (org, or -1) does ("Popular Action (Accion Popular) or AP", "The
 * Alternative or AP", "... or DPFP or DPP"; not "Justice and Development Party or AKP")?
 * It is then that item's, in some language, not the body the lists know by the letters
 * (the Associated Press of 8 parties' lines of the Factbook, Taiwan's DPP of Japan's).
 */
int
ck_acronym_of_item(const struct ex_block *b, size_t i, int org)
{
	const struct token *t = &b->t[i];
	size_t f;

	if (!(t->flags & TK_ALLCAP) || i < 2 || !(b->t[i - 1].flags & TK_LOWER) ||
	    !tis(b, i - 1, "or") || b->t[i - 1].gap != GAP_SPACE ||
	    (i + 1 < b->n && t->gap < GAP_SENT))
		return 0;
	for (f = i - 1; f > 0 && b->t[f - 1].gap < GAP_SENT; f--)
		;
	return f + 1 < i && !spelled_by(b, f, i - 1, t) &&
	       !(org >= 0 && names_listed(b, f, i - 1, org));
}

/* Is token i a family name in capitals right after an honorific, on a line that is not in
 * capitals: the way records of debates name a member ("Mr. LOTT. Mr. President", "Mrs.
 * BOXER"), hearings and transcripts a speaker? An honorific names a person, so a common
 * word ("BOXER", "WARNER") or a short one ("KYL") is the name here. */
int
ck_caps_surname(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *h = i ? &b->t[i - 1] : NULL;

	return h && (h->cls & GZ_HONORIFIC) && (h->gap == GAP_DOT || h->gap == GAP_SPACE) &&
	       (t->flags & TK_ALLCAP) && t->flen >= 2 && has_vowel(b->fb + t->fold, t->flen) &&
	       !(t->flags & (TK_DOTTED | TK_CAPSLINE | TK_DIGIT)) &&
	       !(t->cls & (NOT_FAMILY & ~(GZ_FUNC | GZ_STOP))) && !(t->gz && t->gz->acr) &&
	       !ck_roman(b, i);
}
