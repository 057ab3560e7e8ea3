/* chunk_titles.c -- a chunk's titles: their words, a rank before a body, a second title with its name. MIT licence. */
#include "config.h"

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is unit u a word of a title (an office, its modifier, an honorific) and no name or head? */
int
ck_title_part(const struct unit *u)
{
	return (u->cls & (GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC)) &&
	       !(u->cls & (GZ_NAME | GZ_ORG_HEAD | GZ_PLACE_HEAD));
}

/* Is unit i a rank that a title takes before its body ("Deputy Central Bank Governor",
 * "Former Central Bank Governor", "Associate Supreme Court Justice")? */
int
ck_rank_word(const struct chunker *k, int i)
{
	static const char *const rank[] = { "deputy", "former", "associate", "acting",
					    "assistant", "vice", "interim", "outgoing", "incoming",
					    "retired" };

	return k->u[i].b - k->u[i].a == 1 && ck_title_part(&k->u[i]) &&
	       TIS_ANY(k->b, k->u[i].a, rank);
}

/* Do units from te on name a body and then a title with a name after it: the body is the
 * title's, and the title before it a rank of that one ("Deputy Central Bank Governor
 * Edgardo Zialcita" was an organisation of five words in a Reuters story)? */
int
ck_body_then_title(const struct chunker *k, int te)
{
	int j, head = 0;

	for (j = te; j < k->nu && !((k->u[j].cls & GZ_TITLE) && ck_title_part(&k->u[j])); j++) {
		if (k->u[j].cls & (GZ_PERSONISH | GZ_CONNECTOR))
			return 0;
		head |= (k->u[j].cls & GZ_ORG_HEAD) != 0;
	}
	while (j < k->nu && ck_title_part(&k->u[j]) && !(k->u[j].cls & GZ_PERSONISH))
		j++;
	return head && j < k->nu && namey(&k->u[j]);
}

/* The first unit after te (a name after a title), past a name of two words, that starts
 * a title with a name after it; -1 for none. */
int
ck_title_again(const struct chunker *k, int te)
{
	int t, j;

	for (t = te + 2; t + 1 < k->nu; t++) {
		if (!(k->u[t].cls & (GZ_TITLE | GZ_HONORIFIC)) || !ck_title_part(&k->u[t]))
			continue;
		for (j = t + 1; j < k->nu && ck_title_part(&k->u[j]) &&
		     !(k->u[j].cls & GZ_PERSONISH); j++)
			;
		if (j < k->nu && namey(&k->u[j]) && !(k->u[j].cls & GZ_CONNECTOR) &&
		    namey(&k->u[t - 1]) && !(k->u[t - 1].cls & GZ_CONNECTOR))
			return t;
	}
	return -1;
}
