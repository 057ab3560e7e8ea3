/* chunk_roll.c -- names in rolls and run together: plural honorifics, a body's name then a person's, a place's head amid other words. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is token i a plural honorific ("Messrs.", "Mses.", "Mmes.", "Drs.")? */
static int
plural_honorific(const struct ex_block *b, size_t i)
{
	return (b->t[i].cue & TC_ROLL) && (b->t[i].flags & (TK_CAP | TK_ALLCAP));
}

/* Is token i a singular honorific that may open an item of a roll ("Ms. Minehan")? */
static int
item_honorific(const struct ex_block *b, size_t i)
{
	static const char *const w[] = { "mr", "mrs", "ms", "dr" };

	return (b->t[i].cls & GZ_HONORIFIC) && (b->t[i].flags & (TK_CAP | TK_ALLCAP)) &&
	       TIS_ANY(b, i, w);
}

int
ck_courtesy(const struct ex_block *b, size_t i)
{
	static const char *const w[] = { "mr", "mrs", "ms", "mx", "dr", "messrs", "mses", "mmes",
					 "drs", "mme", "monsieur", "madame", "herr", "frau" };

	return (b->t[i].cls & GZ_HONORIFIC) && (b->t[i].flags & (TK_CAP | TK_ALLCAP)) &&
	       TIS_ANY(b, i, w);
}

/* Can token i be a word of a person's name in a roll: a capitalised word (a roll in
 * capitals too, "Messrs. SKELTON, RYUN"), no function word? */
static int
roll_word(const struct ex_block *b, size_t i)
{
	return (b->t[i].flags & (TK_CAP | TK_ALLCAP)) && !(b->t[i].flags & TK_DIGIT) &&
	       !(b->t[i].cls & (GZ_FUNC | GZ_CONNECTOR | GZ_TITLE | GZ_MONTH | GZ_WEEKDAY));
}

/*
 * Is the chunk of tokens [a, z) a name in a roll that a plural honorific opens: "Messrs.
 * Broaddus, Jordan, Forrestal, and Parry", "Mses. Pianalto and Yellen", "Messrs.
 * Greenspan, McDonough, Ms. Minehan, ..."? Every name of it is a person's, the listed
 * country's too ("Jordan" was the kingdom in 84 sets of the Federal Reserve's minutes).
 * Walks back over items of one to three words (an initial's point inside), each ended by
 * a comma or "and", to the honorific; the chunk itself is one such item.
 */
int
ck_honorific_roll(const struct ex_block *b, size_t a, size_t z)
{
	size_t cur = a, end, s, items;

	if (a < 2 || z - a > 3)
		return 0;
	for (s = a; s < z; s++)
		if (!roll_word(b, s) || (s + 1 < z && b->t[s].gap != GAP_SPACE &&
					 b->t[s].gap != GAP_DOT))
			return 0;
	for (items = 0; items < 16 && cur >= 2; items++) {
		size_t p = cur - 1;	/* the token before the item at cur */

		if (items == 0 && (b->t[p].gap == GAP_DOT || b->t[p].gap == GAP_SPACE) &&
		    plural_honorific(b, p))
			return 1;	/* (the chunk is the roll's first name) */
		if (tis(b, p, "and") && (b->t[p].flags & TK_LOWER) && b->t[p].gap == GAP_SPACE &&
		    (b->t[p - 1].gap == GAP_COMMA || b->t[p - 1].gap == GAP_SPACE))
			end = p - 1;
		else if (b->t[p].gap == GAP_COMMA)
			end = p;
		else
			return 0;
		/* the item before ends at end: one to three words, then what opens it */
		for (s = end; ; s--) {
			if (!roll_word(b, s) || end - s >= 3 ||
			    (s < end && b->t[s].gap != GAP_SPACE && b->t[s].gap != GAP_DOT) || s == 0)
				return 0;
			if ((b->t[s - 1].gap == GAP_DOT || b->t[s - 1].gap == GAP_SPACE) &&
			    plural_honorific(b, s - 1))
				return 1;
			if ((b->t[s - 1].gap == GAP_DOT || b->t[s - 1].gap == GAP_SPACE) &&
			    item_honorific(b, s - 1)) {
				cur = s - 1;	/* "Ms. Minehan," */
				break;
			}
			if (b->t[s - 1].gap == GAP_COMMA ||
			    (tis(b, s - 1, "and") && (b->t[s - 1].flags & TK_LOWER))) {
				cur = s;
				break;
			}
		}
	}
	return 0;
}

/* Is unit i a middle initial ("M." of "Thomas M. Hoenig")? */
int
ck_initial(const struct chunker *k, int i)
{
	const struct token *t = &k->b->t[k->u[i].a];

	return k->u[i].b - k->u[i].a == 1 && t->end - t->start == 1 && (t->flags & TK_CAP) &&
	       t->gap == GAP_DOT;
}

/*
 * Two or more people's full names run together with nothing between them, as a roll
 * whose line ends were lost: "Thomas M. Hoenig Donald L. Kohn Sandra Pianalto Eric
 * Rosengren". Returns the unit in [ua, ub) where a second name starts, or 0: a given name
 * (a listed one, or any word before an initial: "Jerome H. Powell") after a family name (no given name itself) that ends a name of two or three units
 * opened by a given name or an initial (a roll cut at its chunk's end: "K. Tarullo John
 * C. Williams"), or of one family name going on from another name of the chunk; the
 * second name has two units or more. Given names in a row
 * are one name ("George Herbert Walker Bush"), and two names of two words each only with
 * an initial in one ("Jean Vilbrun Guillaume Sam" is one man) or after another name of
 * the run.
 */
int
ck_names_run_together(const struct chunker *k, int ua, int ub)
{
	const struct ex_block *b = k->b;
	int i, j, inits;
	/* (a run that goes on from another name of the chunk: the rest of a roll) */
	bool after = ua > 0 && namey(&k->u[ua - 1]) && b->t[k->u[ua - 1].b - 1].gap == GAP_SPACE;

	if (ub - ua < 4 ||
	    (!(k->u[ua].cls & GZ_FIRST) && !ck_initial(k, ua) && !ck_initial(k, ua + 1) && !after))
		return 0;
	/* a name of a given name, an initial and a family name is whole: what follows is
	 * the next name, known given name or not ("Michelle W. Bowman Lael Brainard") */
	if (ub - ua >= 5 && ck_initial(k, ua + 1) && !ck_initial(k, ua) &&
	    k->u[ua + 2].b - k->u[ua + 2].a == 1 && k->u[ua + 3].b - k->u[ua + 3].a == 1 &&
	    b->t[k->u[ua + 2].a].end - b->t[k->u[ua + 2].a].start >= 2 &&
	    b->t[k->u[ua + 3].a].end - b->t[k->u[ua + 3].a].start >= 2 &&
	    !(k->u[ua + 2].cls & GZ_PARTICLE) &&
	    b->t[k->u[ua + 2].a].gap == GAP_SPACE && namey(&k->u[ua + 3]) &&
	    !(k->u[ua + 3].cls & (GZ_PARTICLE | GZ_NAME)) &&
	    (namey(&k->u[ua + 4]) || ck_initial(k, ua + 4)))
		return ua + 3;
	for (i = after ? ua + 1 : ua + 2; i <= ua + 3 && i + 2 <= ub; i++) {
		const struct unit *l = &k->u[i - 1], *g = &k->u[i];

		if (l->b - l->a != 1 || g->b - g->a != 1 || (l->cls & (GZ_FIRST | GZ_PARTICLE)) ||
		    b->t[l->a].end - b->t[l->a].start < 2 || b->t[l->a].gap != GAP_SPACE ||
		    (!(g->cls & GZ_FIRST) && !ck_initial(k, i + 1)) ||
		    (g->cls & (GZ_PARTICLE | NOT_NAMEY | GZ_NAME)) ||
		    b->t[g->a].end - b->t[g->a].start < 2 ||
		    (!namey(&k->u[i + 1]) && !ck_initial(k, i + 1)))
			continue;
		for (inits = 0, j = ua; j < ub && j <= i + 1; j++)
			inits += ck_initial(k, j);
		if (inits || ub - ua >= 5 || after)
			return i;
	}
	return 0;
}

/* A building's or a place's part, side or number after its name ("Cook County Jail",
 * "Long Island Sound", "L'Enfant Plaza East", "World Trade Center Tower One"). */
static const char *const place_part[] = {
	"jail", "prison", "penitentiary", "building", "buildings", "sound", "north",
	"south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"central", "upper", "lower", "tower", "room", "apartment", "apartments", "apt",
	"suite", "floor", "wing", "annex", "sanctuary", "reservation", "colony", "campus",
	"complex", "house", "houses", "area", "place", "drive", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten" };

/*
 * A person's full name after a body's or a place's name whose head is unit h, ending the
 * chunk at e: a roll's line end lost between an office and the next name ("Board of
 * Governors Linda Robertson", "System Open Market Account Lorie K. Logan"). Returns the
 * unit where the name starts, or 0: a given name, then an initial or not, then one word,
 * none of them a listed name or a head; not right after "of" ("Church of Jesus Christ")
 * nor right after a head that comes first ("Lake Mary Jane").
 */
int
ck_person_tail(const struct chunker *k, int h, int e)
{
	const struct ex_block *b = k->b;
	int t = e - 2, j;

	/* (a given name, an initial or a middle name, a family name: "Seth B. Carpenter",
	 * "Marnie Gillis DeBoer"; a word before an initial is a given name, "Antulio N.") */
	if (t > h + 1 && (ck_initial(k, e - 2) ||
			  ((k->u[e - 3].cls & GZ_FIRST) && !(k->u[e - 2].cls & GZ_FIRST) &&
			   !gaz_is_common(tfold(b, k->u[e - 2].a), b->t[k->u[e - 2].a].flen))))
		t = e - 3;
	if (t <= h || (!(k->u[t].cls & GZ_FIRST) && !ck_initial(k, t + 1)) ||
	    b->t[k->u[t].a].end - b->t[k->u[t].a].start < 2 ||	/* (not "P. O. Box") */
	    (k->u[t - 1].cls & (GZ_CONNECTOR | GZ_PARTICLE | GZ_TITLE | GZ_TITLE_MOD |
				GZ_HONORIFIC)) ||
	    (t == h + 1 && (k->u[h].cls & GZ_HEAD_PREFIX)) || ck_initial(k, e - 1))
		return 0;
	/* (without an initial, neither word a common one: "Channel Islands Marine
	 * Sanctuary", "Shirley Lane Chevy Chase") */
	if (TIS_ANY(b, k->u[e - 1].a, place_part))
		return 0;	/* (nor a place's part: "Channel Islands Marine Sanctuary") */
	if (t == e - 2 && (gaz_is_common(tfold(b, k->u[t].a), b->t[k->u[t].a].flen) ||
			   gaz_is_common(tfold(b, k->u[t + 1].a), b->t[k->u[t + 1].a].flen)))
		return 0;
	/* (an initial's letter may be a particle's, "E."; a family name after an initial
	 * may be a word no name starts a sentence with, "David H. Small") */
	for (j = t; j < e; j++)
		if (k->u[j].b - k->u[j].a != 1 ||
		    (!ck_initial(k, j) && !namey(&k->u[j]) &&
		     !(j == e - 1 && ck_initial(k, j - 1) &&
		       !(k->u[j].cls & (NOT_NAMEY & ~GZ_STOP)))) ||
		    (k->u[j].cls & (GZ_NAME | HEADS | GZ_MONTH | GZ_WEEKDAY)) ||
		    (b->t[k->u[j].a].flags & (TK_ALLCAP | TK_DIGIT)) ||
		    (j > t && b->t[k->u[j - 1].a].gap != GAP_SPACE && !ck_initial(k, j - 1)))
			return 0;
	return b->t[k->u[t - 1].b - 1].gap == GAP_SPACE ? t : 0;
}

/* Are units [a, e) common English words in capitals, no name, head, given or family
 * name of the lists ("Account", "Desk", "Operations")? Not a place's part (place_part),
 * which goes on with its name. */
int
ck_common_tail(const struct chunker *k, int a, int e)
{
	const struct ex_block *b = k->b;
	int j;

	for (j = a; j < e; j++)
		if (k->u[j].b - k->u[j].a != 1 || TIS_ANY(b, k->u[j].a, place_part) ||
		    (k->u[j].cls & (GZ_NAME | HEADS | GZ_PERSONISH | GZ_CONNECTOR)) ||
		    (b->t[k->u[j].a].flags & (TK_ALLCAP | TK_DIGIT)) ||
		    !gaz_is_common(tfold(b, k->u[j].a), b->t[k->u[j].a].flen))
			return 0;
	return a < e;
}

/* Is a unit of [s, h) a common English word and no listed name or head ("System Open" of
 * "System Open Market Account"; not "Harris" of "Harris County")? */
int
ck_common_lead(const struct chunker *k, int s, int h)
{
	const struct ex_block *b = k->b;
	int j;

	for (j = s; j < h; j++)
		if (k->u[j].b - k->u[j].a == 1 &&
		    !(k->u[j].cls & (GZ_NAME | GZ_ORG_HEAD | GZ_PLACE_HEAD | GZ_CONNECTOR)) &&
		    gaz_is_common(tfold(b, k->u[j].a), b->t[k->u[j].a].flen))
			return 1;
	return 0;
}

/* Is the place's head at unit h one of ice or the sea floor only, after "Ice" or
 * "Continental" ("Greenland Ice Sheet", "Outer Continental Shelf"), here after another
 * word ("Balance Sheet", "Information Sheet": 82 "Balance Sheet" of the Federal Reserve's
 * minutes were a place)? */
int
ck_not_ice(const struct chunker *k, int s, int h)
{
	static const char *const ice[] = { "sheet", "shelf" };
	const struct ex_block *b = k->b;

	return k->u[h].b - k->u[h].a == 1 && b->t[k->u[h].a].flen == 5 &&
	       TIS_ANY(b, k->u[h].a, ice) &&
	       !(h > s && k->u[h - 1].b - k->u[h - 1].a == 1 &&
		 (tis(b, k->u[h - 1].a, "ice") || tis(b, k->u[h - 1].a, "continental")));
}

/* Is unit i a plural of an office's or a person's noun ("Economists", "Advisers"),
 * naming the people of a roll before their names ("Associate Economists Simon Potter":
 * no part of his name)? */
int
ck_plural_role(const struct chunker *k, int i)
{
	const struct ex_block *b = k->b;
	const struct token *t = &b->t[k->u[i].a];
	const struct gz_entry *g;

	if (k->u[i].b - k->u[i].a != 1 || t->flen < 4 || tfold(b, k->u[i].a)[t->flen - 1] != 's' ||
	    (k->u[i].cls & (GZ_PERSONISH | GZ_NAME)))
		return 0;
	g = gaz_find(tfold(b, k->u[i].a), (size_t)t->flen - 1);
	return g && (g->word & (GZ_TITLE | GZ_PERSON_NOUN));
}

/* The unit of [s, e) after a place's head where a listed place's name starts ("Faroe
 * Islands Fiji Finland France"), or 0. Not after a head that comes first ("Mount
 * Lebanon", "Lake Victoria": the head's own name). */
int
ck_place_after_head(const struct chunker *k, int s, int e)
{
	int j;

	for (j = s; j + 1 < e; j++)
		if ((k->u[j].cls & (GZ_PLACE_HEAD | GZ_ORG_HEAD)) == GZ_PLACE_HEAD &&
		    (j > s || !(k->u[j].cls & GZ_HEAD_PREFIX)) &&
		    (k->u[j + 1].cls & GZ_PLACE) && !(k->u[j + 1].cls & (HEADS | GZ_CONNECTOR)))
			return j + 1;
	return 0;
}

/* Is unit i a common English word, no given or family name, that may stand before a
 * country's name as its epithet ("Red China", "Free France", "Mainland China")? */
int
ck_epithet(const struct chunker *k, int i)
{
	const struct ex_block *b = k->b;

	return k->u[i].b - k->u[i].a == 1 && !(k->u[i].cls & (GZ_PERSONISH | GZ_NAME)) &&
	       !(b->t[k->u[i].a].flags & TK_ALLCAP) && b->t[k->u[i].a].gap == GAP_SPACE &&
	       gaz_is_common(tfold(b, k->u[i].a), b->t[k->u[i].a].flen);
}

/* A body's head at unit h of [s, e): 1 if words of an office end the chunk after it
 * ("Secretariat Assistant", "Ministry Spokesman"), the body being the words up to its head;
 * -1 if only an office's words come before a head of people ("Senior Advisers",
 * "Managing Partners", "Senior Administration"): no body at all; else 0. */
int
ck_office_tail(const struct chunker *k, int s, int h, int e)
{
	static const char *const people[] = { "advisers", "advisors", "associates", "partners" };
	/* (a staff's rank before its body's generic head: "SENIOR ADMINISTRATION OFFICIAL:",
	 * a speaker of 60 press briefings, was a body "Senior Administration") */
	static const char *const rank[] = { "senior", "junior", "top" };
	static const char *const staff[] = { "administration", "management", "leadership" };
	static const char *const aide[] = { "assistant", "specialist", "head" };
	int j;

	/* (an office's word: a title, "Spokesman", "Analyst"; or a staff's rank) */
	if (h + 1 < e && h > s) {
		for (j = h + 1; j < e && ((k->u[j].cls & GZ_TITLE) ||
					  (k->u[j].b - k->u[j].a == 1 && TIS_ANY(k->b, k->u[j].a, aide))) &&
			     !(k->u[j].cls & (GZ_NAME | HEADS)); j++)
			;
		if (j == e)
			return 1;
	}
	if (h + 1 == e && h == s + 1 && k->u[s].b - k->u[s].a == 1 && k->u[h].b - k->u[h].a == 1 &&
	    TIS_ANY(k->b, k->u[s].a, rank) && TIS_ANY(k->b, k->u[h].a, staff))
		return -1;
	if (h + 1 != e || h == s || k->u[h].b - k->u[h].a != 1 ||
	    !TIS_ANY(k->b, k->u[h].a, people))
		return 0;
	for (j = s; j < h && (k->u[j].cls & GZ_TITLE_MOD) && !(k->u[j].cls & GZ_NAME); j++)
		;
	return j == h ? -1 : 0;
}

/* Is unit h the plural of a body's head ("Banks", "Ministries", "Universities")? */
int
ck_plural_head(const struct chunker *k, int h)
{
	const struct ex_block *b = k->b;
	const struct token *t = &b->t[k->u[h].a];
	const char *f = tfold(b, k->u[h].a);
	const struct gz_entry *g;
	char sing[64];
	size_t n = t->flen;

	if (k->u[h].b - k->u[h].a != 1 || !(k->u[h].cls & GZ_ORG_HEAD) || n < 4 ||
	    n >= sizeof sing || f[n - 1] != 's')
		return 0;
	if (n > 4 && f[n - 3] == 'i' && f[n - 2] == 'e') {	/* "ministries" */
		memcpy(sing, f, n - 3);
		sing[n - 3] = 'y';
		n -= 2;
	} else {
		memcpy(sing, f, --n);
	}
	g = gaz_find(sing, n);
	return g && (g->word & GZ_ORG_HEAD);
}

/* Do units [i, e) start a list of places: a listed place (no people's word) with "and"
 * and another unit after it, or last in the chunk before a comma or an "and" and a
 * capitalised word ("of Atlanta, Chicago", "of Oxford and Cambridge")? */
int
ck_places_listed(const struct chunker *k, int i, int e)
{
	const struct ex_block *b = k->b;
	size_t z;

	if (!(k->u[i].cls & (GZ_COUNTRY | GZ_CITY | GZ_CAPITAL | GZ_REGION)) ||
	    (k->u[i].cls & GZ_DEMONYM))
		return 0;
	if (i + 2 < e)
		return k->u[i + 1].b - k->u[i + 1].a == 1 && tis(b, k->u[i + 1].a, "and");
	if (i + 1 != e || e != k->nu)
		return 0;
	z = k->u[i].b;	/* the token after the chunk */
	if (z + 1 >= b->n)
		return 0;
	if (b->t[z - 1].gap == GAP_COMMA)
		return (b->t[z].flags & TK_CAP) != 0;
	return b->t[z - 1].gap == GAP_SPACE && tis(b, z, "and") && (b->t[z].flags & TK_LOWER) &&
	       (b->t[z + 1].flags & TK_CAP);
}
