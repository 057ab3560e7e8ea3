/* chunk_wire.c -- shapes of firms' names in news wire: a possessive inside a legal name. MIT licence. */
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
