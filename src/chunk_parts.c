/* chunk_parts.c -- listed names of several words, names inside glued words and after connectors, companies by shape. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is the entry e matched by the w tokens at i an outlet named "The ..." ("The National",
 * "The Hill") that a capitalised word goes on from: "The National Assembly voted" at the
 * start of a sentence is the National Assembly, not the newspaper and a word more. */
static int
the_then_more(const struct ex_block *b, size_t i, size_t w, const struct gz_entry *e)
{
	const struct token *n = i + w < b->n ? &b->t[i + w] : NULL;

	return (e->word & GZ_ORG) && !(e->word & GZ_PLACE) && tis(b, i, "the") && n &&
	       b->t[i + w - 1].gap == GAP_SPACE && (n->flags & TK_CAP) &&
	       !(n->cls & (GZ_FUNC | GZ_STOP | GZ_SPEECH));
}

/* Is p[0, e) an ampersand between two words, blanks around it, the one after it maybe a
 * line's end ("Johnson &\nJohnson" of wrapped text)? */
static int
amp_between(const char *p, const char *e)
{
	if (e - p == 3 && memcmp(p, " & ", 3) == 0)
		return 1;
	if (e - p < 3 || e - p > 12 || memcmp(p, " &", 2) != 0)
		return 0;
	for (p += 2; p < e && (*p == ' ' || *p == '\t' || *p == '\r'); p++)
		;
	if (p == e || *p++ != '\n')
		return 0;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	return p == e;
}

/* Longest multi-word gazetteer entry starting at token i: tokens used (0 if none). */
size_t
ck_multi_match(const struct ex_block *b, size_t i, const struct gz_entry **ep)
{
	const struct token *t = &b->t[i];
	size_t w, k, maxw;
	char buf[256];
	int wrap = 0;

	if (!t->gz || !(t->gz->word & GZ_MW) ||
	    !((t->flags & (TK_CAP | TK_LOWERLINE)) || ck_al_start(b, i)))
		return 0;
	maxw = t->gz->maxw;
	for (k = i; k < b->n && k - i + 1 < maxw; k++) {
		if (k + 1 < b->n && amp_between(b->text + b->t[k].end, b->text + b->t[k + 1].start))
			;	/* "Procter & Gamble": keyed so (gazetteer.c's add_seed()) */
		else if (b->t[k].gap == GAP_LINE && k + 1 < b->n && ck_wrapped(b, k))
			wrap = 1;	/* "the House of\nRepresentatives" */
		else if (b->t[k].gap > GAP_POSS || !b->t[k].flen)
			break;
	}
	for (w = k - i + 1; w >= 2; w--) {
		const struct token *l = &b->t[i + w - 1];
		const struct gz_entry *e;
		const char *key = b->fb + t->fold;
		size_t len = l->fold + l->flen - t->fold, j;

		/* "Bab el-Mandeb", "Côte d'Ivoire"; a number last: "France 24", "Channel 4" */
		if (!(l->flags & (TK_CAP | TK_LOWERLINE | TK_HYPH | TK_DIGIT)) &&
		    !ck_elided_cap(b, (size_t)(l - b->t)))
			continue;
		if (wrap) {
			/* the line break is a blank in the key */
			if (len > sizeof buf)
				continue;
			for (j = 0; j < len; j++)
				buf[j] = key[j] == '\x01' ? ' ' : key[j];
			key = buf;
		}
		e = gaz_lookup(key, len, gaz_hash(key, len));
		if (e && (e->word & ~(GZ_MW | GZ_FUNC | GZ_STOP)) && !the_then_more(b, i, w, e)) {
			*ep = e;
			return w;
		}
	}
	return 0;
}

/* Does an organisation the lists name, and not as a place, begin at token i: a name of
 * several words ("Wells Fargo", "European Central Bank"), or one word when the chunk's
 * last words are a place ("Bank of America and Citigroup"; in "Department of Commerce and
 * Labor" a party's name is a department's word)? */
int
ck_listed_org_at(const struct ex_block *b, size_t i, int after_place)
{
	const struct gz_entry *g = NULL;
	const struct token *t;

	if (i >= b->n || !((t = &b->t[i])->flags & TK_CAP))
		return 0;
	if (ck_multi_match(b, i, &g))
		return g->org >= 0 && g->place < 0;
	return after_place && t->gz && t->gz->org >= 0 && t->gz->place < 0 &&
	       !(t->flags & TK_ALLCAP) && !(t->cls & (GZ_FUNC | GZ_STOP | GZ_NAME));
}

/* A city named like a person is a city in a list of cities: not beside a capital, a state
 * or a country, which stand for governments and people too ("by Washington and Madison";
 * "Madison, Wisconsin" is the rule of ck_name_city). */
#define LIST_PLACE GZ_CITY
#define NOT_LISTED (GZ_CAPITAL | GZ_REGION | GZ_COUNTRY | GZ_PERSONISH)

/* Is a known place, not itself a given name, the tokens [i, e)? */
static int
place_span(const struct ex_block *b, size_t i, size_t e)
{
	const struct gz_entry *g;
	const struct token *t = &b->t[i];

	if (e == i + 1)
		return (t->flags & TK_CAP) && (t->cls & LIST_PLACE) && !(t->cls & NOT_LISTED);
	return ck_multi_match(b, i, &g) == e - i && (g->word & LIST_PLACE) &&
	       !(g->word & NOT_LISTED);
}

/* The words of a known place that ends just before token i, or 0. */
static size_t
place_before(const struct ex_block *b, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i; k++)
		if (place_span(b, i - k, i))
			return k;
	return 0;
}

/* Does a known place start at token i? */
static int
place_after(const struct ex_block *b, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && i + k <= b->n; k++)
		if (place_span(b, i, i + k))
			return 1;
	return 0;
}

int
ck_listed_place(const struct ex_block *b, size_t i)
{
	int conj_before = i >= 2 && (tis(b, i - 1, "and") || tis(b, i - 1, "or"));
	int conj_after = i + 2 < b->n && (tis(b, i + 1, "and") || tis(b, i + 1, "or"));
	size_t k;

	/* "Houston, Austin"; "Dallas, Houston and Austin", "Houston, and Austin": a comma
	 * shows the list ("by Washington and Madison" is two men) */
	if (i >= 1 && b->t[i - 1].gap == GAP_COMMA && place_before(b, i))
		return 1;
	if (conj_before && (k = place_before(b, i - 1)) != 0 &&
	    (b->t[i - 2].gap == GAP_COMMA || (i - 1 > k && b->t[i - 2 - k].gap == GAP_COMMA)))
		return 1;
	/* "Austin, San Antonio", "Austin, and Dallas" */
	return b->t[i].gap == GAP_COMMA && i + 1 < b->n &&
	       (place_after(b, i + 1) || (conj_after && place_after(b, i + 2)));
}

/* Is the place at tokens [a, z) written between commas after "of", as a person's state in
 * a nomination, before "to be" or "a"/"an" ("Orla Vantrel, of New York, to be ...", "X, of
 * New York, a Career Member")? ("X, of Georgia, said" may be the country's.) */
static int
residence(const struct ex_block *b, size_t a, size_t z)
{
	if (a < 2 || b->t[a - 2].gap != GAP_COMMA || b->t[a - 1].gap != GAP_SPACE ||
	    !tis(b, a - 1, "of") || !(b->t[a - 1].flags & TK_LOWER) ||
	    b->t[z - 1].gap != GAP_COMMA || z + 1 >= b->n || !(b->t[z].flags & TK_LOWER))
		return 0;
	return (tis(b, z, "to") && b->t[z].gap == GAP_SPACE && tis(b, z + 1, "be")) ||
	       tis(b, z, "a") || tis(b, z, "an");
}

/* Is token z "state" or an office of a state, after a place ("New York state", "New York
 * Gov.")? */
static int
office_after(const struct ex_block *b, size_t z)
{
	static const char *const after[] = { "state", "governor", "gov", "senator", "sen",
					     "congressman", "congresswoman", "rep",
					     "representative", "lawmakers" };

	/* all of them are listed words (a title, its part, a person's noun, a stop word), and
	 * looked up on the place's line; a word on the next line is not */
	if (z >= b->n)
		return 0;
	if (b->t[z - 1].gap == GAP_SPACE) {
		if (!b->t[z].gz || !(b->t[z].gz->word & (GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC |
							  GZ_PERSON_NOUN | GZ_STOP)))
			return 0;
	} else if (!ck_wrapped(b, z - 1)) {
		return 0;
	}
	return TIS_ANY(b, z, after);
}

/* Is the city's name at token a (one a state shares: "Washington", "New York") after a
 * compass word in lower case ("southeastern Washington", "western New York")? A region
 * of a state, not of a city. */
static int
compass_before(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const side[] = {
		"eastern", "western", "northern", "southern", "central", "northeastern",
		"northwestern", "southeastern", "southwestern",
	};
	const struct gz_entry *e = NULL;
	uint32_t c;
	size_t k;

	if (a < 1 || b->t[a - 1].flen < 7 || !(b->t[a - 1].flags & TK_LOWER) ||
	    (z - a == 1 && !(b->t[a].cls & (GZ_CITY | GZ_CAPITAL))) || !ck_joined(b, a - 1))
		return 0;
	for (k = 0; k < sizeof side / sizeof *side; k++)
		if (tis(b, a - 1, side[k]))
			break;
	if (k == sizeof side / sizeof *side)
		return 0;
	c = z - a == 1 ? b->t[a].cls : ck_multi_match(b, a, &e) == z - a ? e->word : 0;
	return (c & (GZ_CITY | GZ_CAPITAL)) && !(c & (GZ_COUNTRY | GZ_REGION));
}

/* Does the place at tokens [a, z) follow an office or a court held of a state, and "of"
 * or "from" ("Governor of New York", "Senator from Georgia", "the southern district of
 * New York", "the supreme court of New York", "the state of New York"), or "upstate", or
 * come before "state" or an office of a state ("New York state lawmakers", "New York Gov.
 * X", "our New York senator"), or stand as a person's residence (residence())? The name
 * is the state's, not a city's or a country's of that name ("New York Mayor X" is the
 * city's). */
int
ck_office_of_state(const struct ex_block *b, size_t a, size_t z)
{
	if (a >= 1 && b->t[a - 1].flen >= 7 && b->t[a - 1].flen <= 9 &&
	    (tis(b, a - 1, "upstate") || tis(b, a - 1, "downstate")) && ck_joined(b, a - 1))
		return 1;
	if (compass_before(b, a, z))
		return 1;
	if (office_after(b, z) || residence(b, a, z))
		return 1;
	if (a < 2 || !(tis(b, a - 1, "of") || tis(b, a - 1, "from")) ||
	    !ck_joined(b, a - 1) || !ck_joined(b, a - 2))	/* ("the governor of\nNew York") */
		return 0;
	/* "governor", "senator", "legislature", "district", "court", "state", ... */
	return (b->t[a - 2].cue & TC_STATEOFF) != 0;
}

/* A known multi-word name starts at token i ("New York" even where "New" is untrusted). */
int
ck_multi_start(const struct ex_block *b, size_t i)
{
	const struct gz_entry *e;

	return ck_multi_match(b, i, &e) > 0 && (e->word & GZ_NAME);
}

#define IS_UPPER(c) ((unsigned)((c) - 'A') < 26u)
#define IS_LOWER(c) ((unsigned)((c) - 'a') < 26u)

/* The classes of bytes [p, q) of the text, one part of a hyphenated or glued word (its
 * entry in *e), *cap set when it is a capitalised word; else 0. */
static uint32_t
part_class(const struct ex_block *b, size_t p, size_t q, const struct gz_entry **e, int *cap)
{
	const char *s = b->text;
	char buf[4 * 48 + 16];
	size_t n, i;
	int up = 0, low = 0;

	*cap = 0;
	if (q - p < 2 || q - p > 48 || !(IS_UPPER(s[p]) || (unsigned char)s[p] >= 0xc3))
		return 0;
	*cap = 1;
	for (i = p; i < q; i++) {
		up += IS_UPPER(s[i]);
		low += IS_LOWER(s[i]);
	}
	n = ex_fold(s + p, q - p, buf, sizeof buf);
	*e = gaz_lookup(buf, n, gaz_hash(buf, n));
	return gaz_classes(*e, up >= 2 && low == 0);
}

/* Bytes [p, q) of the text, one part of a hyphenated or glued word, if it is a known name. */
static int
emit_part(const struct ex_block *b, struct extraction *x, size_t p, size_t q)
{
	const struct gz_entry *e = NULL;
	struct cand *c;
	int org, cap;
	uint32_t cls = part_class(b, p, q, &e, &cap);

	if (!(cls & GZ_NAME))
		return 0;
	org = (cls & GZ_ORG) && (!(cls & GZ_PLACE) || e->org >= 0);
	c = ex_add(x, (uint32_t)p, (uint32_t)q, org ? ENT_ORG : ENT_PLACE);
	c->canon = org ? e->org : e->place;
	c->ntok = 1;
	return 1;
}

/* Is there a part boundary at byte q of a word? Sets *skip to the separator's length. */
static int
part_boundary(const char *s, size_t q, size_t end, int glued, size_t *skip)
{
	const unsigned char *u = (const unsigned char *)s;

	*skip = 0;
	if (glued)
		return IS_UPPER(s[q]) && IS_LOWER(s[q - 1]);
	if (s[q] == '-')
		return (int)(*skip = 1);
	if (q + 2 < end && u[q] == 0xe2 && u[q + 1] == 0x80 && (u[q + 2] == 0x90 || u[q + 2] == 0x91))
		return (int)(*skip = 3);
	return 0;
}

/* Known names inside a hyphenated ("China-Russia", "pro-Russian") or glued
 * ("HomeWorldKremlin") word are mentions on their own. Returns how many were found. */
int
ck_emit_parts(const struct ex_block *b, struct extraction *x, size_t ti, int glued)
{
	const char *s = b->text;
	size_t p = b->t[ti].start, end = b->t[ti].end, q, skip = 0;
	int found = 0, cap, cap2;
	const struct gz_entry *e;

	/* "Democratic-Republicans", "Christian-Democrat": a word of four letters or more
	 * that is no name, and a party's members' word the lists give a party after it, are
	 * one name, not that party (the Jeffersonians were no Republican Party of 1854);
	 * not "Pro-EU", "Ex-AOL", "NEC-Mitsubishi" */
	for (q = p + 1; !glued && q < end && !part_boundary(s, q, end, 0, &skip); q++)
		;
	if (!glued && q < end && q - p >= 4 && IS_LOWER(s[q - 1]) && IS_LOWER(s[end - 1]) &&
	    !(part_class(b, p, q, &e, &cap) & GZ_NAME) && cap &&
	    (part_class(b, q + skip, end, &e, &cap2) & (GZ_ORG | GZ_PLACE)) == GZ_ORG &&
	    (s[end - 1] == 's' || (end - q - skip > 4 && memcmp(s + end - 4, "crat", 4) == 0)) &&
	    memchr(s + q + skip, '-', end - q - skip) == NULL)
		return 0;
	while (p < end) {
		for (q = p + 1; q < end && !part_boundary(s, q, end, glued, &skip); q++)
			;
		found += emit_part(b, x, p, q);
		p = q + skip;
	}
	return found;
}

/* After "and" (or any lower-case word) at token e, capitalised name words that end in an
 * organisation's head word: the head's token, or 0. A word that starts the next line of wrapped prose is
 * untrusted only there. */
size_t
ck_head_after_and(const struct ex_block *b, size_t e)
{
	size_t i;

	for (i = e + 1; i < b->n && i < e + 5; i++) {
		const struct token *t = &b->t[i];

		if (!(t->flags & TK_CAP) || (t->flags & (TK_LONG | TK_GLUED | TK_DIGIT)) ||
		    !(ck_nameish(b, i) || ck_wrapped(b, i - 1)) ||
		    (t->cls & (GZ_FUNC | GZ_TITLE | GZ_HONORIFIC | GZ_NAME)))
			return 0;
		if ((t->cls & GZ_ORG_HEAD) && i > e + 1)
			return i;
		if (!ck_joined(b, i))
			return 0;
	}
	return 0;
}

/* After the lower-case connector at token e, up to three capitalised words that end in the
 * head of an event, a law or a programme ("Justice in Policing Act", "Housing for All
 * Initiative")? The chunk is then that one name, not counted. A head right after the
 * connector starts a name only before "of" ("and Bill of Rights"): "Hillary Clinton and
 * Bill Gates" are two people. */
int
ck_event_after(const struct ex_block *b, size_t e)
{
	size_t i;

	for (i = e + 1; i < b->n && i < e + 4; i++) {
		const struct token *t = &b->t[i];

		if (!(t->flags & TK_CAP) || (t->flags & (TK_LONG | TK_GLUED | TK_DIGIT | TK_ALLCAP)) ||
		    (t->cls & GZ_FUNC))
			return 0;
		if ((t->cls & GZ_EVENT_HEAD) && !(t->cls & (GZ_ORG_HEAD | GZ_PLACE_HEAD)))
			return i > e + 1 || (i + 1 < b->n && tis(b, i + 1, "of"));
		if (!ck_joined(b, i))
			return 0;
	}
	return 0;
}

/* Are the words of tokens [a, z) two or more of the commonest English words ("Build Back
 * Better", "Black Girls Code"), none a listed given name nor a family name written first,
 * nor first a word that is a given name too before a listed family name ("Ray Hill")? */
int
ck_common_words(const struct ex_block *b, size_t a, size_t z)
{
	size_t i;
	int c, n = 0;

	for (i = a; i < z; i++) {
		const struct token *t = &b->t[i];

		if (t->cls & GZ_CONNECTOR)
			continue;
		if (t->cls & (GZ_FIRST | GZ_FF))
			return 0;
		c = gaz_is_common(b->fb + t->fold, t->flen);
		if (c == 0 || (c == 2 && n == 0 && i + 1 < z && (b->t[i + 1].cls & GZ_SURNAME)))
			return 0;
		n++;
	}
	return n >= 2;
}

/* Do the words of tokens [a, z) hold a word of English ("Movable Type", "Forget Mars",
 * "Monkey Switch Ad"), and no listed family name, title or initial, nor first a given name
 * of any list ("Tim Powers", "Sally Ride")? A
 * name no list knows, with no title or person's verb beside it, names a program, a product
 * or a site as often as a person. */
int
ck_unknown_common(const struct ex_block *b, size_t a, size_t z)
{
	const char *form[1], *f;
	size_t i;
	int n = 0;

	for (i = a; i < z; i++) {
		const struct token *t = &b->t[i];

		if (t->cls & GZ_CONNECTOR)
			continue;
		if ((t->cls & (GZ_PERSONISH | GZ_TITLE | GZ_HONORIFIC)) ||
		    (t->flen == 1 && t->gap == GAP_DOT && i + 1 < z))
			return 0;
		n += gaz_is_common(b->fb + t->fold, t->flen) == 1;
	}
	/* (the lists of given names of one sex hold words too: "Ad", "Web"; only a name's
	 * first word is read in them, and only when the answer hangs on it: two binary
	 * searches a name of a person were 1% of extraction) */
	if (n == 0 || a >= z || (b->t[a].cls & GZ_CONNECTOR))
		return n > 0;
	f = b->fb + b->t[a].fold;
	return !(gaz_given_sex_of(f, b->t[a].flen) || gaz_given_formal(f, b->t[a].flen, form, 1));
}

/* Is token i shaped like the first word of a company's name only: an acronym where
 * capitals say nothing (a sentence's start: "RSA Data Security, Inc."), or a word that
 * starts in lower case or with a digit and has a capital or digit inside ("g10 Code
 * GmbH", "eBay Inc.", "3M Co")? Function words and the like are ck_company_lead's. */
static int
lead_shape(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const char *s = b->text + t->start, *e = b->text + t->end, *p;
	int lower = (t->flags & TK_LOWER) != 0;

	if (t->flags & (TK_LONG | TK_GLUED | TK_REFLINE | TK_CAPSLINE | TK_LOWERLINE | TK_NONASCII))
		return 0;
	if (t->flags & TK_ALLCAP)
		return (t->flags & TK_UNTRUSTED) && t->flen >= 2 && t->flen <= 5 &&
		       !(ex_evidence(b, t->hash) & EV_LOWER);
	if (e - s < 2 || e - s > 12)
		return 0;
	/* a capital inside; in a word that starts in lower case a digit will do ("g10", not
	 * "1990s") */
	for (p = s + 1; p < e && !(*p >= 'A' && *p <= 'Z') && !(lower && *p >= '0' && *p <= '9'); p++)
		;
	if (p == e)
		return 0;
	for (p = s, lower = 0; p < e; p++) {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			return 0;
		lower |= !(*p >= '0' && *p <= '9');
	}
	return lower;	/* a letter somewhere */
}

/* Does token i start a company's name by its shape alone (lead_shape), the capitalised
 * words after it (at most five) ending in a legal form, or followed by ", Inc."? The
 * blank and the capital after it are ck_company_lead's. */
int
ck_company_lead_at(const struct ex_block *b, size_t i)
{
	size_t j;

	if (!lead_shape(b, i))
		return 0;
	for (j = i + 1; j < b->n && j <= i + 5 && ck_nameish(b, j); j++) {
		if (ck_legal_end(b, j) ||
		    (b->t[j].gap == GAP_COMMA && j + 1 < b->n && ck_legal_form_at(b, j + 1)))
			return 1;
		if (b->t[j].gap != GAP_SPACE)
			break;
	}
	return 0;
}

/* Is token t a given name: listed, or a common word that is one too ("Sue", "Bill")? */
static int
given_word(const struct ex_block *b, const struct token *t)
{
	return (t->cls & GZ_FIRST) || gaz_is_common(b->fb + t->fold, t->flen) == 2;
}

/* Is the possessive at token i a group's plural inside a name ("People's Liberation Army",
 * "Workers' Party", "Children's Hospital", "Veterans' Affairs"), or an office's whose
 * office is a body ("Chief Public Prosecutor's Office", "Attorney General's Office",
 * "District Attorney's Office", "Sheriff's Department")? The name goes on after it; a
 * person's or a place's possessive ends a name ("Maduro's government"). */
int
ck_group_poss(const struct ex_block *b, size_t i)
{
	static const char *const group[] = {
		"people", "peoples", "workers", "children", "women", "men", "veterans",
		"citizens", "farmers", "teachers", "nurses", "employees", "soldiers",
		"prosecutor", "prosecutors", "sheriff", "ombudsman", "comptroller", "coroner",
		"general", "auditor", "mayor", "attorney", "attorneys",
	};

	static const char *const royal[] = { "king", "kings", "queen", "queens" };
	static const char *const school[] = { "college", "university", "school", "hospital",
					       "academy" };

	if (i + 1 >= b->n || b->t[i].gap != GAP_POSS || !(b->t[i].flags & TK_CAP) ||
	    !(b->t[i + 1].flags & TK_CAP) || (b->t[i].flags & TK_ALLCAP))
		return 0;
	/* a saint's before the name's word ("St. Mary's Hospital", "St Patrick's Cathedral",
	 * "Saint Peter's Square"), a monarch's before a school's or a hospital's head
	 * ("King's College London", "Queen's University"; not "the Queen's Government") */
	if (i > 0 && (b->t[i - 1].gap == GAP_DOT || b->t[i - 1].gap == GAP_SPACE) &&
	    (b->t[i - 1].flags & TK_CAP) && (tis(b, i - 1, "st") || tis(b, i - 1, "saint")) &&
	    (b->t[i + 1].cls & (GZ_ORG_HEAD | GZ_PLACE_HEAD)))
		return 1;
	if (TIS_ANY(b, i, royal) && TIS_ANY(b, i + 1, school))
		return 1;
	return TIS_ANY(b, i, group);
}

/* Does a name go on after token i across what is not a space: a wrapped line, an
 * ampersand ("Johnson & Johnson"), a group's possessive ("People's Liberation Army")? */
int
ck_joined_across(const struct ex_block *b, size_t i)
{
	return b->t[i].gap == GAP_POSS ? ck_group_poss(b, i) || ck_firm_poss(b, i) :
					 ck_wrapped(b, i) ||
								 ck_ampersand(b, i);
}

/* Is token i a Roman numeral in capitals, II to XXXIX ("III", "XIV")? Not "I", "V" or "X"
 * alone (a pronoun, an initial). */
int
ck_roman(const struct ex_block *b, size_t i)
{
	static const char *const unit[] = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII",
		"IX" };
	const struct token *t = &b->t[i];
	const char *w = b->text + t->start;
	size_t n = t->end - t->start, k;

	if (!(t->flags & TK_ALLCAP) || n < 2 || n > 6)
		return 0;
	for (k = 0; k < n; k++)
		if (!strchr("IVX", w[k]))
			return 0;
	/* a well-formed numeral: tens, then units (not "IIII", "VX", "IVI") */
	for (k = 0; k < n && w[k] == 'X'; k++)
		;
	if (k > 3)
		return 0;
	for (n -= k, w += k, k = 0; k < sizeof unit / sizeof unit[0]; k++)
		if (strlen(unit[k]) == n && memcmp(unit[k], w, n) == 0)
			return 1;
	return 0;
}

/* Is token i a regnal number ending a name with a given name, or a title and a name, at
 * most three words before it: "Charles III", "George Tupou VI", "Pope Leo XIV", "King
 * Abdallah II"? */
int
ck_regnal(const struct ex_block *b, size_t i)
{
	const uint32_t stop = GZ_FIRST | GZ_TITLE | GZ_HONORIFIC;
	size_t a;

	if (!ck_roman(b, i))
		return 0;
	for (a = i; a > 0 && a + 3 > i && b->t[a - 1].gap == GAP_SPACE &&
	     (b->t[a - 1].flags & TK_CAP) && !(b->t[a - 1].cls & stop); a--)
		;
	return a > 0 && a + 3 > i && b->t[a - 1].gap == GAP_SPACE &&
	       ((b->t[a - 1].cls & GZ_FIRST) || ((b->t[a - 1].cls & stop) && a < i));
}

/* Is token i a headline's verb after a name ("Biden Announces", "Putin Warns", "Quorvel
 * Says"): a capitalised reporting verb in -s that no list knows as a name ("Said" of
 * Edward Said and "Wells" are not)? */
int
ck_headline_verb(const struct ex_block *b, size_t i)
{
	/* the verbs of business and news headlines that are no speech verbs ("Kmart
	 * Acquires Sears in $11 Billion Deal" was a company "Kmart Acquires Sears" that the
	 * story's every "Kmart" and "Sears" joined) */
	static const char *const verb[] = {
		"acquires", "buys", "sells", "sues", "wins", "loses", "beats", "defeats", "signs",
		"hires", "fires", "joins", "quits", "backs", "blames", "plans", "seeks", "faces",
		"meets", "visits", "launches", "unveils", "cuts", "raises", "merges", "rejects",
		"approves", "slams", "ousts", "appoints", "nominates", "endorses", "vows",
		"pledges", "threatens", "takes", "buries", "arrests", "kills", "eyes", "mulls",
		"completes", "settles", "agrees", "tops", "trims", "drops", "dumps", "snaps",
		"bids", "sheds", "shuts", "opens", "halts", "resumes", "suspends", "expands",
	};
	const struct token *t = &b->t[i];

	if (i == 0 || !(t->flags & TK_CAP) || (t->flags & TK_ALLCAP) ||
	    (t->cls & (GZ_FIRST | GZ_SURNAME | GZ_NAME)) || t->flen <= 3 ||
	    b->fb[t->fold + t->flen - 1] != 's' || b->t[i - 1].gap != GAP_SPACE)
		return 0;
	return (t->cls & GZ_SPEECH) || TIS_ANY(b, i, verb);
}

/* Is token i shaped as an Arabic name's article glued to the name ("al-Assad", "el-Sisi",
 * "ash-Sharaa", "ud-Din"), with a blank before it? */
static int
article_word(const struct ex_block *b, size_t i)
{
	static const char *const art[] = { "al", "el", "ad", "ag", "an", "ar", "as", "ash", "at",
		"az", "ud", "ul", "ibn", "bin" };
	const struct token *t = &b->t[i];
	const char *w = b->text + t->start, *h;
	size_t k, n;

	if ((t->flags & (TK_LOWER | TK_HYPH)) != (TK_LOWER | TK_HYPH) || i == 0 ||
	    b->t[i - 1].gap != GAP_SPACE || !(h = memchr(w, '-', t->end - t->start)) ||
	    h + 1 >= b->text + t->end || h[1] < 'A' || h[1] > 'Z')
		return 0;
	n = (size_t)(h - w);
	for (k = 0; k < sizeof art / sizeof art[0]; k++)
		if (strlen(art[k]) == n && memcmp(art[k], w, n) == 0)
			return 1;
	return 0;
}

/* Is token i an Arabic name's article glued to the name, after a capitalised word it goes
 * on from ("Bashar al-Assad"), or after such names ("Ali al-Khalifa al-Sabah", "Sabah
 * al-Ahmad al-Jaber al-Sabah": the last one was a place "Sabah", the person cut short)? */
int
ck_article_name(const struct ex_block *b, size_t i)
{
	size_t j;

	if (!article_word(b, i))
		return 0;
	for (j = i - 1; j > 0 && j + 4 > i && article_word(b, j); j--)
		;
	return (b->t[j].flags & TK_CAP) && !(b->t[j].flags & TK_ALLCAP) &&
	       (j + 1 == i || article_word(b, j + 1));
}

/* Is "and" at token e the "and Company" that ends a company's legal name ("Eli Lilly and
 * Company", "Johnson and Co."), whatever the words before it, its legal form after it or
 * not ("Aubrey G. Lanston and Co Inc": the name stopped at "and", a firm "Co Inc")? */
int
ck_and_co(const struct ex_block *b, size_t e)
{
	const struct token *t = &b->t[e + 1];

	return (tis(b, e + 1, "company") || tis(b, e + 1, "co")) && (t->flags & TK_CAP) &&
	       !(t->flags & TK_ALLCAP) && ck_joined(b, e) &&
	       (e + 2 >= b->n || t->gap != GAP_SPACE || !(b->t[e + 2].flags & TK_CAP) ||
		ck_legal_end(b, e + 2));
}

int
ck_ampersand(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *u;
	const char *p, *e;

	if (i + 1 >= b->n || t->gap != GAP_PUNCT)
		return 0;
	u = &b->t[i + 1];
	p = b->text + t->end;
	e = b->text + u->start;
	if (p < e && *p == ',')
		p++;
	if (e - p != 3 || memcmp(p, " & ", 3) != 0)
		return 0;
	/* two places, titles or particles beside it are a list ("Spain & Great Britain",
	 * "President X & El Salvador's President Y"); two common words a heading's ("Crime &
	 * Safety", "City & State") */
	if (!(t->flags & TK_CAP) || !(u->flags & TK_CAP) ||
	    ((t->flags | u->flags) & (TK_LONG | TK_GLUED | TK_DIGIT | TK_REFLINE)) ||
	    ((t->cls | u->cls) & (GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY | GZ_PLACE | GZ_TITLE |
				  GZ_HONORIFIC | GZ_PARTICLE | GZ_CONNECTOR)) ||
	    (gaz_is_common(b->fb + t->fold, t->flen) && gaz_is_common(b->fb + u->fold, u->flen)) ||
	    (ck_plural_acronym(b, i) && ck_plural_acronym(b, i + 1)))	/* "PDBs & PICLs" */
		return 0;
	/* a given name after it starts a person's name ("& John Elmslie", "Jim & Sue") */
	return !(given_word(b, u) && (given_word(b, t) || (i + 2 < b->n && u->gap == GAP_SPACE &&
							  (b->t[i + 2].flags & TK_CAP))));
}

/* Is the lone word at token i a town before its state or country (or a place of both
 * kinds, "New York"), after a place's preposition ("a plant in Anderson, Indiana", "near
 * Tonawanda, New York", "in Anderson, Houston and Dallas"), whatever it is named? */
int
ck_town_of(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const struct gz_entry *g;
	uint32_t c;

	if (t->gap != GAP_COMMA || i + 1 >= b->n || (t->flags & (TK_ALLCAP | TK_POSS)) ||
	    !(b->t[i + 1].flags & TK_CAP))
		return 0;
	c = ck_multi_match(b, i + 1, &g) ? g->word : b->t[i + 1].cls;
	/* a state, a country, or a name of a city and a state ("New York") */
	return (c & (GZ_REGION | GZ_COUNTRY | GZ_CITY | GZ_CAPITAL)) && ck_locative(b, i);
}

/* Is token z (after a name) a lower-case noun of a group's people, as in "Tren de Aragua
 * members", "Wagner fighters", "al-Shabaab militants": the name is a group's? (By its
 * first letter first: it is asked after every name.) */
int
ck_group_after(const struct ex_block *b, size_t z)
{
	if (z == 0 || z >= b->n || b->t[z - 1].gap != GAP_SPACE || !(b->t[z].flags & TK_LOWER))
		return 0;
	switch (b->fb[b->t[z].fold]) {
	case 'm':
		return tis(b, z, "members") || tis(b, z, "militants");
	case 'g':
		return tis(b, z, "gang");
	case 'f':
		return tis(b, z, "fighters");
	case 'o':
		return tis(b, z, "operatives");
	case 't':
		return tis(b, z, "terrorists");
	case 'i':
		return tis(b, z, "insurgents");
	case 'r':
		return tis(b, z, "rebels");
	default:
		return 0;
	}
}

/* Does token i end as adjectives do ("Islamic", "Communist", "Southern", "Hispanic")? */
int
ck_adjective_end(const struct ex_block *b, size_t i)
{
	static const char *const end[] = { "ic", "ist", "ern", "ing", "al", "an", "ish" };
	const char *w = b->fb + b->t[i].fold;
	size_t n = b->t[i].flen, k, l;

	for (k = 0; k < sizeof end / sizeof end[0]; k++)
		if ((l = strlen(end[k])) < n && memcmp(w + n - l, end[k], l) == 0)
			return 1;
	return 0;
}

/* Is token i a capitalised adjective by its ending or a common word ("Islamic",
 * "Communist", "Southern", "God-fearing", "Hispanic")? */
int
ck_adjective(const struct ex_block *b, size_t i)
{
	return gaz_is_common(b->fb + b->t[i].fold, b->t[i].flen) || ck_adjective_end(b, i);
}

/* Is the one-word region or town at token i the first word of a two-word name that no
 * list knows, mid-sentence ("the Nord Stream pipeline", "Nord Stream 2": no Nord region
 * there; "Kursk Oblast", "Texas Senate", "Ohio River" are names or heads the lists know)?
 * (Three capitalised words or more are more often a heading in title case: "Arizona
 * Thanksgiving Meal Prices".) */
int
ck_place_lead(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *u = &b->t[i + 1];

	return i + 1 < b->n && t->gap == GAP_SPACE && (t->cls & (GZ_REGION | GZ_CITY)) &&
	       !(t->cls & (GZ_COUNTRY | GZ_CAPITAL | GZ_DEMONYM | GZ_PERSONISH | GZ_ORG)) &&
	       !((t->flags | u->flags) & (TK_ALLCAP | TK_HEADLINE | TK_DIGIT)) &&
	       !(u->flags & TK_UNTRUSTED) && (u->flags & TK_CAP) && u->cls == 0 &&
	       !(u->gap == GAP_SPACE && i + 2 < b->n && (b->t[i + 2].flags & TK_CAP)) &&
	       !ck_history_verb(b, i + 1);	/* (not "Baden Joins the German Empire") */
}

/* Is the town's word at token i written after a name it is the family name of (out of
 * headlines): an initial ("Booker T. Washington") or a listed family name that no other
 * list knows and that is no common word ("Allen Washington", "Jenniffer González Colón";
 * not "Northwest Washington", "Seattle Washington", "Te Pāti Māori" of an unknown "Te")? */
int
ck_given_before(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i], *p;

	if (i == 0 || !(t->cls & GZ_CITY) || (t->cls & (GZ_COUNTRY | GZ_REGION)))
		return 0;
	p = &b->t[i - 1];
	if (p->end - p->start == 1)
		return (p->flags & TK_CAP) && p->gap == GAP_DOT;
	return p->gap == GAP_SPACE && (p->flags & TK_CAP) &&
	       !(p->flags & (TK_ALLCAP | TK_HEADLINE | TK_DIGIT | TK_HYPH)) &&
	       p->cls == GZ_SURNAME && !gaz_is_common(b->fb + p->fold, p->flen);
}
