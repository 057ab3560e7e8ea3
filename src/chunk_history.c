/* chunk_history.c -- chunk rules for the names of diplomatic history and politics: a body's name before its officer's. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * "General Secretary of the Communist Party Zhao Ziyang", "the leader of the rival
 * Federalist Party Alexander Hamilton": an office "of" a body is written before the name
 * of its holder with no comma, and the body's head word is then followed by a person's
 * name. The units of the chunk [s, e) with the decisive head at h: is the part after the
 * head a person's name of its own? It is when a given name (or a family name written
 * first) opens it and at least one more name-like word follows, and the body has words
 * of its own before its head ("Party Alexander" alone is no body). Heads written first
 * ("Hospital Juan Fernandez", "Estadio Santiago Bernabeu") never reach here with h > s.
 */
int
ck_holder_after_body(const struct chunker *k, int s, int h, int e)
{
	const struct unit *g;
	int i;

	/* (an event's head too: "Under Secretary for Public Diplomacy Anna Marsh") */
	if (h <= s || h + 2 >= e || !(k->u[h].cls & (GZ_ORG_HEAD | GZ_EVENT_HEAD)) ||
	    (k->u[h].cls & GZ_PERSONISH))
		return 0;
	g = &k->u[h + 1];
	if (!(g->cls & (GZ_FIRST | GZ_FF)) || (g->cls & (HEADS | GZ_CONNECTOR | GZ_NAME)))
		return 0;
	for (i = h + 2; i < e; i++)
		if (!namey(&k->u[i]) || (k->u[i].cls & (HEADS | GZ_CONNECTOR)))
			return 0;
	return 1;
}

/*
 * Does the chunk of tokens [a, z) name an event after its possessive: a number's war or
 * battle ("the Seven Years' War", "the Thirty Years' War", "the Seven Days' Battles"), or
 * a maker's treaty, law or rebellion ("Jay's Treaty", "Shays' Rebellion")? The whole is
 * an event, as a feast is (ck_feast_of()), and the name in it is not counted (RULES.md
 * 1): not the organisation a number word opens ("Nine Network", ck_number_lead()), nor
 * the treaty's maker.
 */
int
ck_numbered_event(const struct ex_block *b, size_t a, size_t z)
{
	if (z <= a || z >= b->n || b->t[z - 1].gap != GAP_POSS || !(b->t[z].flags & TK_CAP) ||
	    !(b->t[z].cls & GZ_EVENT_HEAD) || (b->t[z].cls & (GZ_ORG_HEAD | GZ_PLACE_HEAD)))
		return 0;
	/* (a maker's treaty, law or rebellion: "Jay's Treaty", "Shays' Rebellion", "Moore's
	 * Law", the head written capitalised mid-sentence, not in a headline's Title Case;
	 * not a name of its own after the possessive: "Thomas Jefferson's Declaration of
	 * Independence", "EFF's Campaign for Audio-Visual Free Expression") */
	static const char *const law[] = { "treaty", "treaties", "rebellion", "law", "doctrine",
					   "corollary", "proviso" };

	if (z > a + 1 && ck_number_lead(b, a))
		return 1;
	/* (a war stays its maker's: "Vantrel's War goes on, said General Vantrel") */
	return TIS_ANY(b, z, law) && !(b->t[z].flags & (TK_UNTRUSTED | TK_ALLCAP)) &&
	       (z + 1 >= b->n || b->t[z].gap != GAP_SPACE || !(b->t[z + 1].cls & GZ_CONNECTOR));
}

/*
 * Is the chunk so far one listed country or region whose last word is an organisation's
 * head ("Soviet Union", "Russian Federation")? Its name is complete: "of", "for" and "on"
 * after it start no complement of that head ("talks with the Soviet Union on the SALT II
 * agreement", "the efforts of the Soviet Union on the Eastern Front" were organisations
 * of five words).
 */
int
ck_place_closed(const struct chunker *k)
{
	const struct unit *u = &k->u[0];

	return k->nu == 1 && u->b - u->a >= 2 && u->place >= 0 &&
	       (u->cls & (GZ_COUNTRY | GZ_REGION)) && !(u->cls & (GZ_ORG | GZ_PLACE_HEAD)) &&
	       (u->cls & GZ_ORG_HEAD);	/* (not "Virgin Islands of Saint Thomas") */
}

/*
 * Is the one-word town at token a, known by a longer name ("Washington" for "Washington,
 * D.C."), written as the seat of a government and not as a namesake: gone to or from
 * ("heading north to Washington", "power back from Washington", "a program for
 * Washington", "between Washington and our States"), or after "the" before a lower-case
 * noun it qualifies ("the Washington traction companies")? Then it is in a place's slot
 * (CF_LOC) as after "in", and no family name of a person of its article. (Not a town
 * known by its word alone: "attention to Medina's story", "looked to Hamilton" are
 * people.)
 */
static int
ck_compass_before(const struct ex_block *b, size_t a)
{
	static const char *const compass[] = { "north", "south", "east", "west", "northwest",
					       "northeast", "southwest", "southeast", "downtown" };

	return (b->t[a - 1].flags & TK_CAP) && TIS_ANY(b, a - 1, compass);
}

int
ck_town_way(const struct ex_block *b, size_t a, const struct unit *u)
{
	static const char *const way[] = { "to", "from", "for", "between", "via", "toward",
					   "towards", "across" };
	const char *c;
	char fold[64];
	size_t n;

	if (!(u->cls & (GZ_CITY | GZ_CAPITAL)) || (u->cls & (GZ_COUNTRY | GZ_DEMONYM)) ||
	    u->place < 0 || a == 0 || b->t[a - 1].gap != GAP_SPACE)
		return 0;
	/* (or after a compass word of its own name: "in Northwest Washington") */
	if (!((b->t[a - 1].flags & TK_LOWER) && TIS_ANY(b, a - 1, way)) &&
	    !ck_compass_before(b, a) &&
	    !(tis(b, a - 1, "the") && a + 1 < b->n && b->t[a].gap == GAP_SPACE &&
	      (b->t[a + 1].flags & TK_LOWER) && !(b->t[a + 1].cls & (GZ_FUNC | GZ_STOP))))
		return 0;
	c = gaz_canon(u->place);
	n = c ? ex_fold(c, strlen(c), fold, sizeof fold) : 0;
	return n > b->t[a].flen && n < sizeof fold;	/* (known by a longer name) */
}

/*
 * Is the chunk, whose decisive head is unit h, a meeting, not a body: "Conference" last
 * after words a place opens ("the Paris Peace Conference", "the Washington Naval
 * Conference") or after one word no list knows nor English has ("the Yalta Conference",
 * "the Bandung Conference", "the JavaOne Conference"), "Congress" last after a town, or
 * either "of" a town ("the Congress of Vienna", "the Conference of Brussels")? Names of
 * events are not annotated, nor the names inside them (RULES.md 1), as a "Convention"
 * is not; they were organisations (milestones: 32 of them, 60 mentions, 4 in the ORG
 * top 50). A standing body named so stays one: no place first ("the Southern Christian
 * Leadership Conference"), a head not last ("the Conference Board", "the Conference on
 * Security and Cooperation in Europe"), a people's word first ("the Indian National
 * Congress"), a country's "Congress" ("the United States Congress", "the Congress of
 * Peru"), a word of English or an adjective's shape ("the Judicial Conference"), unless
 * the text dates or places it as a meeting (dated(): "the Imperial Conference of 1926",
 * rdcr: an ORG of 3 essays).
 */
/* Is the conference of tokens [a, z) dated or placed as a meeting is: a year before it
 * ("the 1926 Imperial Conference"), "of" a year after it ("the Imperial Conference of
 * 1926", "the International Conference of 1899"), or "held in" or "held at" after it
 * ("the Imperial Conference held in London"; not "the Conference held its vote")? */
static int
dated(const struct ex_block *b, size_t a, size_t z)
{
	if (a >= 1 && b->t[a - 1].gap == GAP_SPACE && ck_year_at(b, a - 1))
		return 1;
	if (z + 1 >= b->n || b->t[z - 1].gap != GAP_SPACE || b->t[z].gap != GAP_SPACE)
		return 0;
	if (tis(b, z, "of"))
		return ck_year_at(b, z + 1);
	return tis(b, z, "held") && (tis(b, z + 1, "in") || tis(b, z + 1, "at"));
}

static int
meeting(const struct chunker *k, int h)
{
	static const char *const head[] = { "conference", "congress" };
	const struct unit *p;
	const struct token *t;
	uint32_t town = GZ_CITY | GZ_CAPITAL;
	int conf;

	if (k->u[h].b - k->u[h].a != 1 || !TIS_ANY(k->b, k->u[h].a, head))
		return 0;
	conf = tis(k->b, k->u[h].a, "conference");
	/* (a conference last, dated or placed as a meeting is, whatever its words) */
	if (conf && h == k->nu - 1 && h >= 1 && dated(k->b, k->u[0].a, k->u[h].b))
		return 1;
	if (h == k->nu - 1 && h >= 1)
		p = &k->u[0];
	else if (h == 0 && k->nu == 3 && k->u[1].b - k->u[1].a == 1 && tis(k->b, k->u[1].a, "of"))
		p = &k->u[2];
	else
		return 0;
	t = &k->b->t[p->a];
	if (conf && h == 1 && p->b - p->a == 1 && !p->cls && t->flen >= 4 &&
	    (t->flags & (TK_CAP | TK_ALLCAP | TK_DIGIT)) == TK_CAP &&
	    !gaz_is_common(k->b->fb + t->fold, t->flen) && !ck_adjective_end(k->b, p->a))
		return 1;
	if (h == k->nu - 1 && conf)
		town |= GZ_COUNTRY | GZ_REGION;
	return (p->cls & town) && p->place >= 0 &&
	       !(p->cls & (GZ_DEMONYM | GZ_ORG | GZ_TITLE | GZ_HONORIFIC));
}

/* Is the chunk, its decisive head at unit h, an event: an event's head that is no
 * body's nor place's ("War", "Treaty"), or a meeting (meeting())? */
int
ck_event_head(const struct chunker *k, int h)
{
	return !(k->u[h].cls & (GZ_ORG_HEAD | GZ_PLACE_HEAD)) || meeting(k, h);
}

/* Is token i followed by its full stop, an abbreviation's or a sentence's, or dotted
 * ("H.J.")? */
static int
dot_after(const struct ex_block *b, size_t i)
{
	return (b->t[i].flags & TK_DOTTED) ||
	       ((b->t[i].gap == GAP_DOT || b->t[i].gap == GAP_SENT) && b->text[b->t[i].end] == '.');
}

/* A resolution's number in a legislature's record: "H. Res. 12", "S. Con. Res. 3",
 * "H.J. Res. 4" (the chamber's initial, "J." or "Con.", "Res." and its number): how many
 * tokens it takes from token i (0: none). Its letters are no person ("H. Con" and "H.
 * Res" were two in a day of the Congressional Record). */
size_t
ck_resolution(const struct ex_block *b, size_t i)
{
	size_t j = i + 1;	/* after "H", "S", "H.J." */

	if (b->t[i].flen > (b->t[i].flags & TK_DOTTED ? 4 : 1) || !(b->t[i].flags & TK_CAP) ||
	    !dot_after(b, i))
		return 0;
	if (j < b->n && dot_after(b, j) && (tis(b, j, "con") || tis(b, j, "j")))
		j++;
	if (j + 1 >= b->n || !dot_after(b, j) || !tis(b, j, "res") ||
	    !(b->t[j + 1].flags & TK_DIGIT))
		return 0;
	return j + 2 - i;
}

/* Is token i a post's mark before the handle it repeats or thanks: "RT @name:" (a
 * retweet), "MT @name" (modified), "HT @name" (a hat tip)? Not the outlet RT: 86 months of
 * a historians' posts made "RT" their first body. */
int
ck_retweet(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const char *p = b->text + t->end;

	return (t->flags & TK_ALLCAP) && p[0] == ' ' && p[1] == '@' &&
	       (tis(b, i, "rt") || tis(b, i, "mt") || tis(b, i, "ht"));
}
