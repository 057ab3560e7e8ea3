/* chunk_wire.c -- shapes and cues of firms' names in news wire: a possessive inside a legal name, a kind before a name, shares after it. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * Is the possessive at token i the inside of a firm's legal name ("Moody's Investors
 * Service Inc", "McDonald's Corp", "Sotheby's Holdings Inc")? One capitalised word that
 * starts the name, no place, body, title or given name's ("Britain's Kelvor Chemicals
 * Plc", "John Brindle's Brindle Holdings Ltd", "Ardent Corp's Kelvor Motors Inc" name a
 * firm after a possessive of another), then up to four capitalised words joined by blanks
 * that end in a legal form. The wire wrote the firm so, then "Moody's said": a person
 * "Moody" and a firm "Investors Service Inc".
 */
int
ck_firm_poss(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	size_t j;

	if (i + 2 >= b->n || t->gap != GAP_POSS || !(t->flags & TK_CAP) ||
	    (t->flags & (TK_ALLCAP | TK_DIGIT | TK_LONG | TK_GLUED)) ||
	    (t->cls & (GZ_NAME | GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC | GZ_FUNC |
		       GZ_MONTH | GZ_WEEKDAY | GZ_ORG_HEAD | GZ_PLACE_HEAD)))
		return 0;
	/* the name's first word: no capitalised word joined to it before */
	if (i > 0 && (b->t[i - 1].flags & TK_CAP) &&
	    (b->t[i - 1].gap == GAP_SPACE || b->t[i - 1].gap == GAP_DOT))
		return 0;
	for (j = i + 1; j < b->n && j <= i + 4; j++) {
		if (!ck_nameish(b, j) || (b->t[j].cls & (GZ_NAME | GZ_PERSONISH)))
			return 0;
		if (j > i + 1 && ck_legal_end(b, j))
			return 1;
		if (b->t[j].gap != GAP_SPACE)
			return 0;
	}
	return 0;
}

/*
 * Is unit s of the chunk, a country's name or its people's, and unit s + 1 (its last), a
 * plural of a body's head, a kind of body, or its market, capitalised as the wire does
 * after "U.S.": "U.S. Banks have 50 pct representation", "U.K. Authorities", "Japanese
 * Companies", "the U.S. Market"? No body or place is named; the country is a place of its
 * own. (Not a name of more words: "Allied Irish Banks"; nor a sea: "Irish Sea".)
 */
int
ck_country_kind(const struct chunker *k, int s)
{
	static const char *const plural[] = { "banks", "companies", "firms", "corporations",
					       "authorities", "agencies", "ministries",
					       "governments", "market", "markets" };
	const struct unit *h = &k->u[s + 1];

	return s + 2 == k->nu && (k->u[s].cls & (GZ_COUNTRY | GZ_DEMONYM)) &&
	       !(k->u[s].cls & GZ_ORG) && h->b - h->a == 1 &&
	       (!(k->b->t[h->a].flags & TK_ALLCAP) || (k->b->t[h->a].flags & TK_CAPSLINE)) &&
	       TIS_ANY(k->b, h->a, plural);	/* ("GERMAN BANKS SEE ...": a headline's) */
}

/* Is token i a month's name or its abbreviation ("Jan", "Sept", "May")? */
static int
month_word(const struct ex_block *b, size_t i)
{
	static const char *const m[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
		"sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april",
		"june", "july", "august", "september", "october", "november", "december" };

	return (b->t[i].flags & TK_CAP) && TIS_ANY(b, i, m);
}

/* How many tokens from i are a range of months written with a slash or a hyphen ("during
 * Jan/Sept 1986", "Jan-March sales"): 2, or 0. "Jan" and "May" are given names too: the
 * range named a person "Jan" in 4 mentions of a commodity story. */
size_t
ck_month_range(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];

	/* (the cheap tests first: every capitalised word is asked) */
	if (i + 1 >= b->n || (b->text[t->end] != '/' && b->text[t->end] != '-') ||
	    b->t[i + 1].start != t->end + 1 || t->flen > 9 || !month_word(b, i) ||
	    !month_word(b, i + 1))
		return 0;
	return 2;
}

/*
 * Is the name of tokens [a, z) a firm's or a body's by the words around it: its shares
 * moving after it ("Dangote Cement shares rose", "Zentavo stock fell"), or a kind of body
 * before it with a word that describes it first ("opposition coalition Azimio la Umoja",
 * "militant group Hamas", "media giant Vivendi", "German carmaker Volkswagen"; not "the
 * party" alone, whose name may be the subject of a clause: "the party Smith leads")?
 */
int
ck_firm_around_at(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const industry[] = {
		"media", "tech", "technology", "oil", "energy", "retail", "software", "fund",
		"internet", "search", "food", "drug", "auto", "car", "steel", "chip", "telecom",
		"telecoms", "telecommunications", "pharmaceutical", "pharma", "beverage", "tobacco",
		"computer", "financial", "insurance", "chemical", "chemicals", "aerospace",
		"defence", "defense", "entertainment", "e-commerce", "consumer", "industrial",
	};
	const struct token *m;
	size_t i;

	/* "shares" or "stock" and a verb of their moving after it (TC_SHARES, TC_MOVE: "rose",
	 * "fell", "slumped", "closed", ...) */
	if (z + 1 < b->n && (b->t[z].cue & TC_SHARES) &&
	    b->t[z - 1].gap == GAP_SPACE && b->t[z].gap == GAP_SPACE &&
	    (b->t[z].flags & TK_LOWER) && (b->t[z + 1].flags & TK_LOWER) &&
	    (b->t[z + 1].cue & TC_MOVE))
		return 1;
	/* a kind of body before it (TC_KIND: "coalition", "carmaker", "broadcaster", ...) */
	if (a < 2 || !(b->t[a - 1].cue & TC_KIND) ||
	    b->t[a - 1].gap != GAP_SPACE || b->t[a - 2].gap != GAP_SPACE ||
	    !(b->t[a - 1].flags & TK_LOWER))
		return 0;
	/* one word, or words with one in lower case or of the language ("Azimio la Umoja",
	 * "Vivendi Universal"): two or more names' words may be a person's ("the central
	 * bank Amara Okonkwo" of the bench's generated text made a person's 31 articles a
	 * firm's) */
	for (i = a; z - a > 1 && i < z && !(b->t[i].flags & TK_LOWER) &&
		    !gaz_is_common(tfold(b, i), b->t[i].flen); i++)
		;
	if ((z - a > 1 && i == z) || (z - a == 1 && (b->t[a].cls & (GZ_SURNAME | GZ_FF))))
		return 0;	/* (nor a known family name alone: "agency Ferreira") */
	/* the word before the kind: a noun or an adjective in lower case ("opposition",
	 * "militant", "ruling", "state-run oil"), or a people's ("German") */
	m = &b->t[a - 2];
	/* (a giant of an industry, not a giant thing: "media giant Vivendi", "networking
	 * giant Cisco"; not "the powerful giant Saturn rocket") */
	if (tis(b, a - 1, "giant") && !(!(m->flags & TK_ALLCAP) && (TIS_ANY(b, a - 2, industry) ||
	    (m->flen > 5 && memcmp(b->fb + m->fold + m->flen - 3, "ing", 3) == 0))))
		return 0;
	if (m->cls & (GZ_FUNC | GZ_STOP | GZ_CONNECTOR | GZ_TITLE | GZ_HONORIFIC | GZ_MONTH |
		      GZ_WEEKDAY))
		return 0;
	/* (a sentence's first word in capitals: "Media giant Vivendi said") */
	if ((m->flags & (TK_CAP | TK_UNTRUSTED)) == (TK_CAP | TK_UNTRUSTED) &&
	    !(m->flags & (TK_ALLCAP | TK_HEADLINE | TK_CAPSLINE)) && !(m->cls & GZ_NAME) &&
	    gaz_is_common(tfold(b, a - 2), m->flen))
		return 1;
	return (m->flags & TK_LOWER) ? !(m->flags & TK_DIGIT) : (m->cls & GZ_DEMONYM) != 0;
}
