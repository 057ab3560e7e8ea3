/* chunk_edges.c -- the edges of a run of capitalised words: a navy's ship, a title's words before a name, an abstract noun first, a family name that is a common word. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* A navy's ship by its prefix and name ("USS Kitty Hawk", "HMS Queen Elizabeth", "USS
 * Gerald R. Ford"), or a space shuttle ("Space Shuttle Columbia" was the country's
 * capital, the shuttle "Discovery" a person): a vessel, no person nor place (RULES.md 1:
 * names of products are not annotated); tokens of the prefix and the name, or 0. A
 * carrier named for a president was the president. */
size_t
ck_ship_name(const struct ex_block *b, size_t i)
{
	static const char *const prefix[] = { "uss", "usns", "hms", "hmas", "hmcs", "hmnzs",
					      "ins", "rfs" };
	size_t j, p = i;

	if (i + 2 < b->n && tis(b, i, "space") && b->t[i].gap == GAP_SPACE &&
	    tis(b, i + 1, "shuttle"))
		p = i + 1;	/* "Space Shuttle Columbia", "the space shuttle Atlantis" */
	if ((p == i && !TIS_ANY(b, i, prefix) && !tis(b, i, "shuttle")) ||
	    b->t[p].gap != GAP_SPACE || p + 1 >= b->n)
		return 0;
	for (j = p + 1; j < b->n && (b->t[j].flags & (TK_CAP | TK_ALLCAP)) &&
		       !(b->t[j].flags & TK_CAPSLINE) && j < i + 6; j++)
		if (b->t[j].gap != GAP_SPACE && b->t[j].gap != GAP_DOT) {
			j++;
			break;
		}
	return j > p + 1 ? j - i : 0;
}

/* Does run [ua, ub) of two units or more open with an abstract noun no list knows as a
 * name ("a new Sustainability Accelerator", "Litigation Counsel": a programme, a body or
 * a post, not a person with no cue), its last word no listed family name ("Felicity
 * Jones")? */
int
ck_abstract_first(const struct chunker *k, int ua, int ub)
{
	return ub - ua >= 2 && k->u[ua].b == k->u[ua].a + 1 &&
	       !(k->u[ua].cls & (GZ_PERSONISH | GZ_NAME)) &&
	       !(k->u[ub - 1].cls & (GZ_SURNAME | GZ_FF)) &&
	       ck_abstract_noun(k->b, &k->b->t[k->u[ua].a]);
}

/* The unit of run [ua, ub) where a listed given name starts a name of two words or more
 * after capitalised common words or abstract nouns only, none a name of the lists ("Lonely
 * Quest Defending Julian Assange", "Engagement Keisha Lance Bottoms"), or ua. */
int
ck_common_words_before_given(const struct chunker *k, int ua, int ub)
{
	const struct ex_block *b = k->b;
	int i, j;

	for (j = ua + 1; j + 1 < ub; j++)
		if ((k->u[j].cls & (GZ_FIRST | GZ_SURNAME)) == GZ_FIRST &&
		    k->u[j].b == k->u[j].a + 1)
			break;
	if (j + 1 >= ub)
		return ua;
	for (i = ua; i < j; i++) {
		const struct token *t = &b->t[k->u[i].a];

		if (k->u[i].b != k->u[i].a + 1 || (t->flags & TK_ALLCAP) ||
		    (k->u[i].cls & (GZ_PERSONISH | GZ_NAME | GZ_TITLE | GZ_TITLE_MOD |
				    GZ_HONORIFIC | GZ_ORG_HEAD | GZ_PLACE_HEAD | GZ_PARTICLE)) ||
		    (gaz_is_common(b->fb + t->fold, t->flen) != 1 && !ck_abstract_noun(b, t)))
			return ua;
	}
	return j;
}

/*
 * Is token e, after unit g of the chunk (a given name, or a personal honorific; only
 * titles from unit r to it), a family name that is also a stop word or a month:
 * "Prime Minister John Key said" (the stop word "key", a "key witness"), "Theresa May
 * said", "Mr Key", "Mrs May" (a month and a modal verb, so listed as a family name too)?
 * Only in running text (not a headline's Title Case), only where the name ends with it:
 * a lower-case word or a point next, no capital and no digit ("by June May 5"); a
 * function word only when the family names list it ("James To", "Wilson Or" stay apart);
 * not a weekday ("Colonel Brandon Monday morning"), a number ("the Artemis One launch")
 * or a plural ("the Thai Rangers (... "Hunter Soldiers")").
 */
int
ck_common_surname(const struct chunker *k, int r, int g, size_t e)
{
	static const char *const pers[] = { "mr", "mrs", "ms", "miss", "mx", "messrs" };
	static const char *const number[] = { "one", "two", "three", "four", "five", "first",
					      "second", "third" };
	const struct ex_block *b = k->b;
	const struct token *t = &b->t[e], *n = e + 1 < b->n ? &b->t[e + 1] : NULL;
	const struct unit *u = &k->u[g];
	const struct token *gt = &b->t[u->a];
	int i;

	if (u->b - u->a != 1 || (t->flags & (TK_CAP | TK_ALLCAP | TK_UNTRUSTED | TK_HYPH |
					     TK_GLUED | TK_DIGIT | TK_HEADLINE)) != TK_CAP ||
	    (gt->flags & (TK_ALLCAP | TK_HEADLINE | TK_CAPSLINE)) || !(gt->flags & TK_CAP))
		return 0;
	/* (a head word that may come first is no head at a name's end: "Key Largo") */
	if (!(t->cls & (GZ_STOP | GZ_MONTH | GZ_FUNC)) || TIS_ANY(b, e, number) ||
	    (!(t->cls & GZ_SURNAME) && b->text[t->end - 1] == 's') ||
	    ((t->cls & GZ_FUNC) && !(t->cls & GZ_SURNAME)) ||
	    (t->cls & (GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC | GZ_NAME | GZ_PARTICLE |
		       GZ_PERSON_NOUN | GZ_SPEECH | GZ_WEEKDAY)) ||
	    ((t->cls & HEADS) && !(t->cls & GZ_HEAD_PREFIX)))
		return 0;
	if (n && t->gap == GAP_SPACE && (n->flags & (TK_CAP | TK_ALLCAP | TK_DIGIT)))
		return 0;
	if (n && t->gap == GAP_COMMA && (t->cls & GZ_MONTH) && (n->flags & TK_DIGIT))
		return 0;
	for (i = r; i < g; i++)	/* (titles before it: "Prime Minister John Key") */
		if (!(k->u[i].cls & (GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC)))
			return 0;
	if ((u->cls & GZ_FIRST) && !(u->cls & (GZ_NAME | GZ_STOP | GZ_FUNC | GZ_MONTH |
						GZ_WEEKDAY)))
		return !gaz_is_common(b->fb + gt->fold, gt->flen);
	return (u->cls & GZ_HONORIFIC) && TIS_ANY(b, u->a, pers);
}
