/* chunk_edges.c -- what a run of capitalised words is not: a navy's ship, a title's words before a name, an abstract noun first. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* A navy's ship by its prefix and name ("USS Kitty Hawk", "HMS Queen Elizabeth", "USS
 * Gerald R. Ford"): a vessel, no person nor place (RULES.md 1: names of products are not
 * annotated); tokens of the prefix and the name, or 0. A carrier named for a president was
 * the president. */
size_t
ck_ship_name(const struct ex_block *b, size_t i)
{
	static const char *const prefix[] = { "uss", "usns", "hms", "hmas", "hmcs", "hmnzs",
					      "ins", "rfs" };
	size_t j;

	if (!TIS_ANY(b, i, prefix) || b->t[i].gap != GAP_SPACE || i + 1 >= b->n)
		return 0;
	for (j = i + 1; j < b->n && (b->t[j].flags & (TK_CAP | TK_ALLCAP)) &&
		       !(b->t[j].flags & TK_CAPSLINE) && j < i + 6; j++)
		if (b->t[j].gap != GAP_SPACE && b->t[j].gap != GAP_DOT) {
			j++;
			break;
		}
	return j > i + 1 ? j - i : 0;
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
