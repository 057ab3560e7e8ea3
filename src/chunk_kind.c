/* chunk_kind.c -- a chunk's kind by the words around it: an outlet before its noun ("NTV television"), a title's word as a family name after a given name ("John Major"). MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * Is token z, right after a name, a noun of news outlets that makes the name one: "NTV
 * television reported", "Ekho Moskvy radio", "Bild newspaper", "Macmillan publishers",
 * "the Yonhap news agency", "Britain's Independent newspaper"? Those were dropped or made
 * people ("Ekho Moskvy"). Not when a noun of a programme or a person follows: "the Oprah
 * Winfrey television show", "a Rush Limbaugh radio host". ("Daily", "weekly" and
 * "network" are not among them: "printing the Consular Reports daily", "an XML
 * network".)
 */
int
ck_outlet_after(const struct ex_block *b, size_t z)
{
	static const char *const noun[] = {
		"newspaper", "newspapers", "tabloid", "magazine", "broadcaster", "television",
		"radio", "publishers",
	};
	static const char *const news[] = { "agency", "agencies", "service", "website", "channel" };
	static const char *const then[] = {
		"show", "shows", "program", "programs", "programme", "programmes", "host", "hosts",
		"presenter", "personality", "star", "interview", "interviews", "appearance",
		"appearances", "series", "debate", "documentary", "commentator", "journalist",
		"reporter", "correspondent", "anchor", "ad", "ads", "advert", "commercial",
		"career", "special", "address", "audience", "speech",
	};

	if (z == 0 || z >= b->n || (b->t[z - 1].gap != GAP_SPACE && !ck_wrapped(b, z - 1)) ||
	    !(b->t[z].flags & TK_LOWER))
		return 0;
	if (tis(b, z, "news")) {
		if (z + 1 >= b->n || b->t[z].gap != GAP_SPACE || !TIS_ANY(b, z + 1, news))
			return 0;
		z++;
	} else if (!TIS_ANY(b, z, noun)) {
		return 0;
	}
	return z + 1 >= b->n || b->t[z].gap != GAP_SPACE || !(b->t[z + 1].flags & TK_LOWER) ||
	       !TIS_ANY(b, z + 1, then);
}

/* Are units s on of the chunk before an outlet's noun (CUE_OUTLET: "NTV television", "the
 * Independent newspaper") an outlet's name: no given name, place or place's head ("a
 * Humboldt County newspaper"), title, weekday or month in it, not one adjective ("a
 * Catholic newspaper"; "Macmillan" is no "Mexican"), a word of the language alone only
 * after "the" or a possessive? */
int
ck_outlet(const struct chunker *k, int s)
{
	const struct ex_block *b = k->b;
	size_t a = k->u[s].a;
	const char *w = tfold(b, a);
	size_t n = b->t[a].flen;
	int i;

	for (i = s; i < k->nu; i++)
		if (k->u[i].cls & (GZ_FIRST | GZ_PLACE | GZ_PLACE_HEAD | GZ_TITLE | GZ_HONORIFIC |
				   GZ_WEEKDAY | GZ_MONTH))
			return 0;
	/* (two capitals are a band's or a standard's: "FM radio", "HD television") */
	if (k->nu == s + 1 && (b->t[a].flags & TK_ALLCAP) && b->t[a].end - b->t[a].start <= 2)
		return 0;
	if (k->nu > s + 1 || k->u[s].b != a + 1)
		return 1;
	if (ck_adjective_end(b, a) && !(n > 2 && w[n - 2] == 'a' && w[n - 1] == 'n'))
		return 0;
	return !gaz_is_common(w, n) ||
	       (a > 0 && (tis(b, a - 1, "the") || b->t[a - 1].gap == GAP_POSS));
}

/* "John Major", "Julie Bishop", "Jane Senior", "Charles Prince": a word of titles last in
 * the chunk, right after a known given name, is the family name, not a title with no name
 * after it (the person was cut to "John", or dropped). */
void
ck_family_title(struct chunker *k)
{
	struct unit *l, *g;
	const struct token *lt, *gt;

	if (k->nu < 2)
		return;
	l = &k->u[k->nu - 1];
	g = &k->u[k->nu - 2];
	lt = &k->b->t[l->a];
	gt = &k->b->t[g->a];
	if (l->b != l->a + 1 || g->b != g->a + 1 ||
	    !(l->cls & (GZ_TITLE | GZ_TITLE_MOD)) || (l->cls & (GZ_PERSONISH | GZ_NAME | HEADS)) ||
	    !(g->cls & GZ_FIRST) || (g->cls & (GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC | GZ_NAME)) ||
	    ((lt->flags | gt->flags) & (TK_HYPH | TK_DOTTED)) || gt->end - gt->start < 2 ||
	    gt->gap != GAP_SPACE)
		return;
	/* (an office of a place or a body is one: "Mary Queen of Scots") */
	if (l->b < k->b->n && lt->gap == GAP_SPACE && tis(k->b, l->b, "of"))
		return;
	l->cls = (l->cls & ~(uint32_t)(GZ_TITLE | GZ_TITLE_MOD)) | GZ_SURNAME;
}
