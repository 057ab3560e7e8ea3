/* chunk_phrase.c -- capitals that name nothing: a heading's on a phrase the text writes in lower case, an emphasis's. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Do tokens j.. of block b spell the words of tokens [a, z), j's first word written so
 * (flag: TK_LOWER or TK_CAP) and the words apart by blanks only (or a line's end in
 * prose)? */
static int
same_phrase(const struct ex_block *b, size_t j, size_t a, size_t z, uint16_t flag)
{
	size_t k;

	if (!(b->t[j].flags & flag) || j + (z - a) > b->n)
		return 0;
	for (k = 0; a + k < z; k++) {
		const struct token *s = &b->t[j + k], *t = &b->t[a + k];

		if (s->hash != t->hash || s->flen != t->flen ||
		    memcmp(b->fb + s->fold, b->fb + t->fold, t->flen) != 0 ||
		    (a + k + 1 < z && !ck_joined(b, j + k)))
			return 0;
	}
	return 1;
}

/* Is the line holding token a in title case: three capitalised words or more, and no
 * word in lower case but function words ("(The Insufficiency of the Present
 * Confederation to Preserve the", a heading in brackets the tokenizer does not trust as
 * one)? */
static int
title_line(const struct ex_block *b, size_t a)
{
	const char *s = b->text;
	size_t i, caps = 0;

	/* (each way from a, to the line's ends: most lines of prose meet a lower-case word
	 * within a few tokens, and the answer is no there) */
	for (i = a; i < b->n; i++) {
		const struct token *t = &b->t[i];

		if (t->flags & TK_CAP)
			caps++;
		else if ((t->flags & TK_LOWER) && !(t->cls & GZ_FUNC))
			return 0;
		if (i + 1 < b->n && memchr(s + t->end, '\n', b->t[i + 1].start - t->end))
			break;
	}
	for (i = a; i > 0 && !memchr(s + b->t[i - 1].end, '\n', b->t[i].start - b->t[i - 1].end);
	     i--) {
		const struct token *t = &b->t[i - 1];

		if (t->flags & TK_CAP)
			caps++;
		else if ((t->flags & TK_LOWER) && !(t->cls & GZ_FUNC))
			return 0;
	}
	return caps >= 3;
}

/*
 * Is the organisation's name of tokens [a, z), two words or more in a place where
 * capitals say nothing (a heading in title case, a sentence's start), a phrase the text
 * also writes with its first word in lower case ("The Executive Department Further
 * Considered" over "the powers of the executive department"; "(The Insufficiency of the
 * Present Confederation...)" over "under the present Confederation"), and never with
 * capitals where they count? Then the capitals are the heading's, and the phrase names no
 * body: the Federalist's headings made organisations "Present Confederation" (5 papers)
 * and "Executive Department" (3). A body the text writes with capitals mid-sentence is
 * named so ("the Veldan Department said").
 */
int
ck_lowered_phrase(const struct ex_block *b, size_t a, size_t z)
{
	size_t j;
	int lower = 0;

	if (a < b->n && tis(b, a, "the"))
		a++;
	if (z < a + 2 || z > b->n || (b->t[a].flags & TK_ALLCAP) ||
	    !(ex_evidence(b, b->t[a].hash) & EV_LOWER) ||
	    (!(b->t[a].flags & TK_UNTRUSTED) && !title_line(b, a)))
		return 0;
	for (j = 0; j + (z - a) <= b->n; j++) {
		const struct token *t = &b->t[j];

		if (t->hash != b->t[a].hash || j == a)
			continue;
		if ((t->flags & (TK_CAP | TK_UNTRUSTED | TK_ALLCAP)) == TK_CAP && !title_line(b, j) &&
		    same_phrase(b, j, a, z, TK_CAP))
			return 0;	/* "the Veldan Department said" */
		lower = lower || same_phrase(b, j, a, z, TK_LOWER);
	}
	return lower;
}

/*
 * Is the listed name of tokens [a, z) "The" and a common word written in capitals for
 * emphasis ("The TIMES, PLACES, and MANNER of holding elections": the Federalist quoting
 * the Constitution was the newspaper "The Times")? A name is written "The Times" or all
 * in capitals, "THE TIMES"; "The" alone in capitals before a word in capitals is not.
 */
int
ck_caps_emphasis(const struct ex_block *b, size_t a, size_t z)
{
	size_t i;

	if (z < a + 2 || !tis(b, a, "the") || (b->t[a].flags & TK_ALLCAP))
		return 0;
	for (i = a + 1; i < z; i++)
		if ((b->t[i].flags & TK_ALLCAP) && b->t[i].flen >= 3 &&
		    gaz_is_common(b->fb + b->t[i].fold, b->t[i].flen))
			return 1;
	return 0;
}

/* Are units [a, z) one word each, of the commonest English words, of none of the classes
 * cls, and (with cap) each written capitalised, not in capitals nor with a digit?
 * (ck_named_for(), ck_given_then_common(): the words after a name that make a thing's.) */
static int
common_units(const struct chunker *k, int a, int z, uint32_t cls, int cap)
{
	const struct ex_block *b = k->b;
	int i;

	for (i = a; i < z; i++) {
		const struct token *t = &b->t[k->u[i].a];

		if (k->u[i].b != k->u[i].a + 1 || (k->u[i].cls & cls) ||
		    (cap && (t->flags & (TK_CAP | TK_ALLCAP | TK_DIGIT)) != TK_CAP) ||
		    gaz_is_common(b->fb + t->fold, t->flen) != 1)
			return 0;
	}
	return 1;
}

/* Are units [a, z) common English words only, in capitals that count, none a name, a
 * title or a connector: the words after a person's name that make a thing's
 * (ck_named_for(), ck_full_named_for())? */
static int
thing_words(const struct chunker *k, int a, int z)
{
	return common_units(k, a, z,
			    GZ_PERSONISH | GZ_NAME | GZ_TITLE | GZ_HONORIFIC | GZ_CONNECTOR, 1);
}

/*
 * Are units [ua, ub) a listed family name and then common English words only, in
 * capitals that count ("Trump Accounts", "the Trump Tax Cuts", "Trump Policies")? The
 * words name a thing after its person, a program, a law or a firm, and no one: RULES.md
 * leaves such names out with the names inside them. (A given name before the family name,
 * or a title, makes it a person's name; in a headline's capitals the caller keeps the
 * family name alone.)
 */
int
ck_named_for(const struct chunker *k, int ua, int ub)
{
	return ub - ua >= 2 && k->u[ua].b == k->u[ua].a + 1 &&
	       (k->u[ua].cls & (GZ_SURNAME | GZ_FIRST | GZ_FF)) == GZ_SURNAME &&
	       thing_words(k, ua + 1, ub);
}

/*
 * Are units [ua, ub) a law report or a code cited after its volume: abbreviations only,
 * each with its full stop, a number before ("312 F. Supp. 3d 60", "138 S. Ct. 1101",
 * "137 S. Ct. at 458", "19 O.L.C. Op. 350", "5 U.S.C. App.")? A report's footnotes cite
 * cases by the hundred; "S. Ct" and "F. Supp" were people. (No person's name is
 * initials alone.)
 */
static int
law_report(const struct chunker *k, int ua, int ub)
{
	const struct ex_block *b = k->b;
	size_t a = k->u[ua].a, z = k->u[ub - 1].b;
	int i;

	if (a == 0 || z > b->n || !(b->t[a - 1].flags & TK_DIGIT) || b->t[a - 1].gap != GAP_SPACE)
		return 0;
	for (i = ua; i < ub; i++) {	/* (the last full stop may read as a sentence's end) */
		const struct token *t = &b->t[k->u[i].b - 1];

		if (k->u[i].cls & (GZ_PERSONISH | GZ_TITLE | GZ_HONORIFIC) || t->flen > 8 ||
		    (b->text[t->end - 1] != '.' &&	/* ("U.S.C." is one token) */
		     (b->text[t->end] != '.' || (t->gap != GAP_DOT && t->gap != GAP_SENT))))
			return 0;
	}
	return 1;
}

/* Are units [ua, ub) a given name, a listed family name and then common English words
 * only, in capitals that count ("the Martha Stewart Everyday brand", "Kenneth Cole
 * Reaction")? A thing named for its person, as after the family name alone
 * (ck_named_for()); not in a headline's Title Case, where the words say nothing. */
int
ck_full_named_for(const struct chunker *k, int ua, int ub)
{
	return ub - ua >= 3 && k->u[ua].b == k->u[ua].a + 1 && (k->u[ua].cls & GZ_FIRST) &&
	       k->u[ua + 1].b == k->u[ua + 1].a + 1 && (k->u[ua + 1].cls & GZ_SURNAME) &&
	       thing_words(k, ua + 2, ub) &&
	       !(k->b->t[k->u[ua + 2].a].flags & TK_UNTRUSTED);
}

/* The particles of Romance and German phrases that join a name no given name opens. */
static const char *const foreign_joint[] = { "del", "della", "delle", "das", "der", "du",
					     "des", "dos" };

/* Articles of other languages that open a phrase's name and no person's ("Het Wilhelmus",
 * "Das World Factbook", "Les Misérables"; not "La" nor "Le" nor "El": "La Toya", "Le Pen",
 * "El Chapo"). */
static const char *const foreign_article[] = { "het", "das", "der", "los", "las", "les",
					       "il", "gli" };

/*
 * Are units [ua, ub), with no given name among them, a phrase and not a person's name:
 * one a year follows ("Tropical Timber 2006", "Vision 2030": an agreement, a plan, a
 * show), or one joined by a particle of another language's phrases ("Libreta
 * Informativa del Mundo", "Federaal Parlement der ...")? The Factbook's lists of
 * agreements and its names of anthems and books in their languages were people; so is
 * one a foreign article opens ("Het Wilhelmus", "Das World Factbook"). A name
 * a given name opens is a person's still ("Leonardo da Vinci", "John Smith 2006"). So
 * is a law report cited by volume and page (law_report()).
 */
int
ck_phrase_not_name(const struct chunker *k, int ua, int ub)
{
	const struct ex_block *b = k->b;
	size_t z = k->u[ub - 1].b;
	int i, joint = 0;

	if (ub - ua < 2)
		return 0;
	if (law_report(k, ua, ub))
		return 1;
	for (i = ua; i < ub; i++) {
		if (k->u[i].cls & (GZ_FIRST | GZ_TITLE | GZ_HONORIFIC))
			return 0;
		if (k->u[i].b == k->u[i].a + 1 && (k->u[i].cls & GZ_CONNECTOR) &&
		    TIS_ANY(b, k->u[i].a, foreign_joint))
			joint = 1;
	}
	return joint || (z < b->n && b->t[z - 1].gap == GAP_SPACE && ck_year_at(b, z)) ||
	       (k->u[ua].b == k->u[ua].a + 1 && TIS_ANY(b, k->u[ua].a, foreign_article));
}

/* Are units [ua, ub) a given name and two common English words or more, no family name
 * nor a listed name among them ("Marine Life Conservation" of 59 Factbook profiles'
 * agreements, "Summer Gas Prices", "Gordon Research Conferences")? A thing's name, no
 * one's: a person's family name that is a word is listed ("Will Smith"). */
int
ck_given_then_common(const struct chunker *k, int ua, int ub)
{
	return ub - ua >= 3 && (k->u[ua].cls & (GZ_PERSONISH | GZ_HONORIFIC)) == GZ_FIRST &&
	       common_units(k, ua + 1, ub, GZ_PERSONISH | GZ_NAME, 0);
}
