/* chunk_headed.c -- a span with a head word: its body or place, or what the words around the head make of it; a realm named by its last word ("Adelie Land"). MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * Units [s, e) of the chunk with the head word at h (decisive_head()): a person whose
 * family name is a head ("Iain Lane"), a body's name with a person's after it, a street
 * and its town, a place's head amid common words, several bodies of a list of places, a
 * staff title after a body's name, or the body or the place itself. Returns 1 when the
 * span is done with (its candidates emitted, or none), 0 to read it as names.
 */
int
ck_headed(struct chunker *k, int s, int e, int h, int mode)
{
	const struct ex_block *b = k->b;
	int i;

	if (h >= 0 && e - s >= 2 && ck_surname_head(k, s, e, h)) {
		ck_emit(k, k->u[s].a, k->u[e - 1].b, ENT_PERSON, -1)->flags |= CF_GIVEN;	/* "Iain Lane" */
		return 1;
	}
	if (h >= 0 && ck_holder_after_body(k, s, h, e)) {	/* "Communist Party Zhao Ziyang" */
		ck_segment(k, s, h + 1, mode);
		ck_segment(k, h + 1, e, SEG_AFTER_TITLE);
		return 1;
	}
	/* a listed place right after a place's head starts a name of its own: a list of
	 * countries run together ("Faroe Islands Fiji Finland", a web page's menu) */
	if (h >= 0 && (i = ck_place_after_head(k, s, e)) > s) {
		ck_segment(k, s, i, mode);
		if (i + 1 == e && !(k->u[i].cls & GZ_ORG))	/* "Poydras Street New Orleans" */
			ck_emit(k, k->u[i].a, k->u[i].b, ENT_PLACE, k->u[i].place)->flags |= CF_LOC;
		else
			ck_segment(k, i, e, SEG_NORMAL);
		return 1;
	}
	/* a place's head with common words after it that are no head ends the place's name
	 * if a name leads it ("Harris County Criminal Case", "Long Island Man Sentenced"); if
	 * common words do, it is none ("System Open Market Account", "Open Market
	 * Operations": "Borough Market" ends in its head) */
	if (h >= 0 && h + 1 < e && (k->u[h].cls & (GZ_PLACE_HEAD | GZ_ORG_HEAD)) == GZ_PLACE_HEAD &&
	    (h > s || (k->u[h].cls & GZ_NAME)) && ck_common_tail(k, h + 1, e)) {
		if (!ck_common_lead(k, s, h))
			ck_segment(k, s, h + 1, mode);
		return 1;
	}
	/* a plural body's head "of" a list of places names several bodies: "the Federal
	 * Reserve Banks of Atlanta, Chicago, and Dallas" (102 sets of minutes had a body
	 * "Federal Reserve Banks of Atlanta"); the bodies' name, then the places. Not of one
	 * place ("Armed Forces of Ukraine" is one body) */
	if (h >= s && h + 2 < e && k->u[h + 1].b - k->u[h + 1].a == 1 &&
	    tis(b, k->u[h + 1].a, "of") && ck_plural_head(k, h) && ck_places_listed(k, h + 2, e)) {
		if (h > s)	/* (a head alone is no name: "the Universities of Oxford and") */
			ck_emit(k, k->u[s].a, k->u[h].b, ENT_ORG, -1);
		ck_segment(k, h + 2, e, SEG_NORMAL);
		return 1;
	}
	/* a body's head with an office's words after it is that office's body: "Open
	 * Market Secretariat Assistant" (a staff title of 104 sets of minutes); and the
	 * plural of a firm's head after an office's words alone is an office's people, no
	 * firm: "Senior Advisers", "Special Advisers" */
	if (h >= 0 && (k->u[h].cls & GZ_ORG_HEAD) && (i = ck_office_tail(k, s, h, e)) != 0) {
		if (i > 0)
			ck_segment(k, s, h + 1, mode);
		return 1;
	}
	/* a person's full name after a body's name, a roll's line end lost: "Board of
	 * Governors Linda Robertson" */
	if (h >= 0 && e - s >= 3 && (i = ck_person_tail(k, h, e)) > h) {
		ck_segment(k, s, i, mode);
		ck_flush_run(k, i, e, SEG_NORMAL, ck_run_cues(k, i, e));
		return 1;
	}
	if (h >= 0 && e - s >= 2) {
		/* "Kenji Watanabe of Hokkaido University": a name "of" an organisation. */
		for (i = s; i < h && !(k->u[i].cls & (GZ_ORG_HEAD | GZ_PLACE_HEAD)); i++)
			if ((k->u[i].cls & GZ_CONNECTOR) && !(k->u[i].cls & GZ_PARTICLE) && i > s &&
			    !tis(b, k->u[i].a, "and")) {
				ck_segment(k, s, i, mode);
				ck_segment(k, i + 1, e, SEG_NORMAL);
				return 1;
			}
		if (ck_kind_of_firm(k->b, k->u[s].a, k->u[e - 1].b))
			return 1;	/* "Telecom Companies", "Oil Companies": no one firm */
		if ((k->u[h].cls & GZ_ORG_HEAD) && ck_lowered_phrase(b, k->u[s].a, k->u[e - 1].b))
			return 1;	/* a heading's "Executive Department" (chunk_phrase.c) */
		if (e - s == 2 && e == k->nu && ck_country_kind(k, s)) {
			ck_segment(k, s, s + 1, mode);	/* "U.S. Banks": the country */
			return 1;
		}
		/* "The National Weather Service": a listed name's "The" ("The National", an
		 * outlet; not a place's, "The Hague Court") is no word of a longer one's */
		ck_emit(k, k->u[s].a + (h > s && k->u[s].b - k->u[s].a >= 2 &&
				     !(k->u[s].cls & GZ_PLACE) && tis(b, k->u[s].a, "the")),
		     k->u[e - 1].b, (k->u[h].cls & GZ_ORG_HEAD) && !ck_building(k, s, h, e) ?
		     ENT_ORG : ENT_PLACE, -1);
		return 1;
	}
	return 0;
}

/*
 * Is units [s, e) a realm or a land of the map named by a word of its own ("the Lan Na
 * Kingdom", "Adelie Land", "the Southern Lands", "the Sukhothai Kingdom" of a town), a
 * place? Only the last word, written "Kingdom", "Land" or "Lands" (not in capitals: a
 * heading's "ARID LANDS"), after words that are no country or title, nor a given name
 * alone ("Kevin Land" is a man, the "United Kingdom" is read as ever), with no title before. A people's
 * word first is its own ("the Thai Lan Na Kingdom"), or the realm's ("the Siamese
 * Kingdom", as "the Russian Empire" is one name). They were people by default, or
 * "Kingdom" alone was (Factbook: "Lan Na Kingdom" 6 mentions, "Adelie Land" 4 in the
 * PERSON top 50). Returns the realm's first unit, or -1.
 */
int
ck_realm(const struct chunker *k, int s, int e)
{
	static const char *const word[] = { "kingdom", "land", "lands" };
	const struct ex_block *b = k->b;
	const struct unit *l;
	int i, f;

	if (e - s < 2)
		return -1;
	l = &k->u[e - 1];	/* (after the test: e may be 0) */
	if (l->b - l->a != 1 || !TIS_ANY(b, l->a, word) ||
	    (b->t[l->a].flags & TK_ALLCAP) || (k->cues & CUE_TITLE))
		return -1;
	/* (nor a line's first word after an abbreviation's point: "the size of Washington,
	 * D.C.\nLand boundaries" of 72 Factbook profiles) */
	if ((b->t[l->a - 1].flags & TK_DOTTED) &&
	    memchr(b->text + b->t[l->a - 1].end, '\n', b->t[l->a].start - b->t[l->a - 1].end))
		return -1;
	for (f = s; f < e - 1 && (k->u[f].cls & GZ_DEMONYM) && !(k->u[f].cls & GZ_COUNTRY); f++)
		;
	if (e - f < 2)	/* "the Siamese Kingdom", as "the Russian Empire" */
		return f > s ? s : -1;
	for (i = f; i < e - 1; i++)
		if ((k->u[i].cls & (GZ_COUNTRY | GZ_DEMONYM | GZ_ORG_HEAD | GZ_PLACE_HEAD | GZ_TITLE |
				    GZ_HONORIFIC)) ||
		    ((k->u[i].cls & GZ_FIRST) && e - f == 2))	/* (not "Lan" of "Lan Na") */
			return -1;
	return f;
}
