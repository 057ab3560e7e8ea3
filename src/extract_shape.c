/* extract_shape.c -- names no one has by their shape: letters spaced out, initials alone, pieces of a word broken by a soft line break or an ampersand, products and their model codes, stock indexes. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "dossier/entity.h"
#include "dossier/extract.h"

/* Is name c three or more letters spaced out ("U N S P U N", a logo's lettering), which
 * no name is? */
static bool
spaced_letters(const char *text, const struct cand *c)
{
	uint32_t i, n = 0;

	if (c->type != ENT_PERSON && c->type != CAND_UNKNOWN && c->type != ENT_ORG &&
	    c->type != ENT_PLACE)
		return false;
	for (i = c->start; i < c->end; i += 2, n++)
		if (!((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= 'a' && text[i] <= 'z')) ||
		    (i + 1 < c->end && text[i + 1] != ' '))
			return false;
	return n >= 3;
}

/* Is person c initials only, two or more capitals each with its full stop ("D. C" of
 * "Washington, D. C.", "G. B" of a name cut before its family name)? Initials alone name
 * no one: 4 addresses' "Washington, D. C." and 5 of Grant's gave a person "D. C". */
static bool
initials_only(const char *text, const struct cand *c)
{
	uint32_t i = c->start, n = 0;

	if ((c->type != ENT_PERSON && c->type != CAND_UNKNOWN) || c->end - c->start < 4 ||
	    text[i + 1] != '.')
		return false;
	for (;; i += 3, n++) {
		if (text[i] < 'A' || text[i] > 'Z')
			return false;
		if (i + 1 == c->end)
			return n >= 1;
		if (i + 3 > c->end || text[i + 1] != '.' || text[i + 2] != ' ')
			return false;
	}
}

/* Is name c cut by a soft line break of quoted-printable mail, '=' at a line's end glued to
 * a word ("<b>Mo=\nnitors</b>", "Report S=\nubscription Problems")? A piece of a word is no
 * name (8 newsletters gave a person "Report S"). */
static bool
soft_break_piece(const char *text, size_t len, const struct cand *c)
{
	size_t e = c->end, s = c->start;
	int sp;

	if (c->type != ENT_PERSON && c->type != CAND_UNKNOWN && c->type != ENT_ORG &&
	    c->type != ENT_PLACE)
		return false;
	if (e + 2 < len && text[e] == '=' && (text[e + 1] == '\n' || text[e + 1] == '\r')) {
		e += 2 + (text[e + 1] == '\r');
		return e < len && isalnum((unsigned char)text[e]);
	}
	/* a name glued to another by '&' is a piece of one name: the "T Broadband" of "AT&T
	 * Broadband" was a person (5 newsletters); "AT&T", "S&P" are no words of their own */
	if ((s >= 2 && text[s - 1] == '&' && isalnum((unsigned char)text[s - 2])) ||
	    (e + 1 < len && text[e] == '&' && isalnum((unsigned char)text[e + 1]) &&
	     !scan_char_ref(text + e, len - e, &sp)))	/* ("Chris&nbsp;Pirillo": a blank) */
		return true;
	if (s >= 3 && text[s - 1] == '\n') {
		s -= 1 + (text[s - 2] == '\r');
		return s >= 2 && text[s - 1] == '=' && isalnum((unsigned char)text[s - 2]);
	}
	return false;
}

/* Is person c followed, one blank or tab on, by a model's code or a version: a word that
 * mixes letters and digits ("Harman Kardon\tAVR520", "Flexible Renamer v5", "Nomad
 * Jukebox 6GB")? Then c names a product, which no one is (RULES.md 1): newsletters' shop
 * and download lists gave such people in the hard ham (30 mentions). An ordinal, a
 * decade or a clock time ("3rd", "60s", "5pm") is no code. */
/* Is the name of c, an index's maker, a market's or a magazine's, followed by a blank and
 * a plain number of two to four digits, no year, amount or share: a stock index or a
 * ranking ("the S&P 500 fell", "the Nikkei 225", "the FTSE 100", "the Fortune 500")?
 * Products are not annotated, nor the names in them (RULES.md 1). (Not any firm's:
 * "the Interstate Commerce Commission 10 years ago".) */
static bool
index_number_after(const char *text, size_t len, const struct cand *c)
{
	static const char *const maker[] = { "S&P", "Nikkei", "FTSE", "Stoxx", "STOXX", "DAX",
					      "CAC", "Nasdaq", "NASDAQ", "Russell", "Kospi",
					      "KOSPI", "Sensex", "Nifty", "Topix", "TOPIX", "ASX",
					      "TSX", "Fortune", "Forbes" };
	static const char *const unit[] = { "percent", "per", "pct", "million", "billion",
					     "points", "shares", "jobs", "people" };
	size_t i = c->end, a = i + 1, k, n = 0, w = c->end;

	if (a >= len || text[i] != ' ' || !isdigit((unsigned char)text[a]) || text[a] == '0')
		return false;
	while (w > c->start && text[w - 1] != ' ')
		w--;
	for (k = 0; k < sizeof maker / sizeof *maker; k++)
		if (strlen(maker[k]) == c->end - w && memcmp(maker[k], text + w, c->end - w) == 0)
			break;
	if (k == sizeof maker / sizeof *maker)
		return false;
	for (i = a; i < len && isdigit((unsigned char)text[i]); i++)
		n = n * 10 + (size_t)(text[i] - '0');
	if (i - a < 2 || i - a > 4 || (n >= 1800 && n <= 2099) ||
	    (i < len && (isalnum((unsigned char)text[i]) || text[i] == '%')) ||
	    (i + 1 < len && (text[i] == ',' || text[i] == '.') && isdigit((unsigned char)text[i + 1])))
		return false;
	if (i < len && text[i] == ' ')
		for (k = 0; k < sizeof unit / sizeof *unit; k++) {
			size_t m = strlen(unit[k]);

			if (i + 1 + m <= len && strncasecmp(text + i + 1, unit[k], m) == 0 &&
			    (i + 1 + m == len || !isalpha((unsigned char)text[i + 1 + m])))
				return false;
		}
	return true;
}

static bool
product_code_after(const char *text, size_t len, const struct cand *c)
{
	size_t i = c->end, a, letters = 0, digits = 0;

	/* An acronym glued to a model's number is the model's: "Pioneer HTS-910DV", "Onkyo
	 * HTS-L5" (the armed group HTS in 11 of the hard ham's newsletters), "DAVC-900"; a
	 * number of two digits is no model ("EU-27", "G-20"). */
	if (i + 2 < len && text[i] == '-' && c->end - c->start <= 6) {
		for (a = c->start; a < c->end && isupper((unsigned char)text[a]); a++)
			;
		for (i++; a == c->end && i < len && i < c->end + 12 && isalnum((unsigned char)text[i]);
		     i++) {
			letters += isalpha((unsigned char)text[i]) != 0;
			digits += isdigit((unsigned char)text[i]) != 0;
		}
		if (a == c->end && digits && (letters || digits >= 3))
			return true;
		i = c->end;
		letters = digits = 0;
	}
	if (c->type == ENT_ORG)
		return index_number_after(text, len, c);
	if (c->type != ENT_PERSON && c->type != CAND_UNKNOWN)
		return false;
	if (i >= len || (text[i] != ' ' && text[i] != '\t'))
		return false;
	for (a = ++i; i < len && i < a + 16 && (isalnum((unsigned char)text[i]) || text[i] == '-');
	     i++) {
		letters += isalpha((unsigned char)text[i]) != 0;
		digits += isdigit((unsigned char)text[i]) != 0;
	}
	if (!letters || !digits || i == a || (i < len && isalnum((unsigned char)text[i])))
		return false;
	/* (digits then a suffix of two letters at most: "3rd", "60s", "5pm"; "6GB" is a code) */
	if (isdigit((unsigned char)text[a]) && i - a - digits <= 2 &&
	    (text[i - 1] == 's' || text[i - 1] == 'd' || text[i - 1] == 'h' || text[i - 1] == 'm' ||
	     text[i - 1] == 't'))
		return false;
	return true;
}

/* Is person c a product's name: a word of the products' list last ("Internet Explorer",
 * "Microsoft Excel"; "Excel" alone, if a person's), no given or family name known in it, no title or
 * speech verb at it? (Products are not annotated, RULES.md 1: in the hard ham
 * "Internet Explorer" was a person of 12 newsletters, with "Internet" as his alias, and
 * "Excel" one of 8.) */
static bool
product_name(const char *text, const struct cand *c)
{
	uint32_t w = c->end;

	/* (a lone word the corpus decides may be the company: "Netscape") */
	if ((c->type != ENT_PERSON && (c->type != CAND_UNKNOWN || c->ntok < 2)) ||
	    (c->flags & (CF_GIVEN | CF_SURNAME | CF_TITLE | CF_SPEECH | CF_FF)))
		return false;
	while (w > c->start && text[w - 1] != ' ')
		w--;
	return ex_product_word(text + w, c->end - w);
}

/* Does person c start with a word in capitals and small letters mixed ("ZDNet Shopper",
 * "PayPal Account", "iPod Nano"), which no given name is unless known, with no given or
 * family name known in it, no title or speech verb at it? A site's, a firm's or a
 * product's name, no one's. */
static bool
camel_first(const char *text, const struct cand *c)
{
	uint32_t i = c->start, up = 0;

	if ((c->type != ENT_PERSON && c->type != CAND_UNKNOWN) || c->ntok < 2 ||
	    (c->flags & (CF_GIVEN | CF_SURNAME | CF_TITLE | CF_SPEECH | CF_FF)))
		return false;
	for (; i < c->end && text[i] != ' '; i++) {
		if (isupper((unsigned char)text[i]) && i > c->start &&
		    (islower((unsigned char)text[i - 1]) ||
		     (up && i + 1 < c->end && islower((unsigned char)text[i + 1]))))
			return true;
		up = isupper((unsigned char)text[i]) ? up + 1 : 0;
	}
	return false;
}

/* (extract.h) */
bool
ex_no_name_shape(const char *text, size_t len, const struct cand *c)
{
	return spaced_letters(text, c) || initials_only(text, c) ||
	       soft_break_piece(text, len, c) || product_code_after(text, len, c) ||
	       product_name(text, c) || camel_first(text, c);
}
