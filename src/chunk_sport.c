/* chunk_sport.c -- a team in a sports report by its slot: "for Red Bull", "Leclerc of Ferrari", "the Celtics", "Liverpool are ninth". MIT licence. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is token i a match's score by the words around it: after a team ("the Celtics
 * 121-118", "Dortmund 5-0") or before a result ("a 1-1 draw", "a 109-101 win")? Page
 * ranges, fractions and dates ("pp. 54-67", "3-1/2", "the 9-11 attacks") are not. */
static int
score(const struct ex_block *b, size_t i)
{
	static const char *const result[] = {
		"win", "victory", "draw", "defeat", "loss", "lead", "triumph", "rout", "on",
		"in", "at", "over",
	};
	const struct token *p = i > 0 ? &b->t[i - 1] : NULL;

	if (!ck_score_at(b, i) || !p || p->gap != GAP_SPACE || b->text[b->t[i].end] == '/')
		return 0;
	if ((p->flags & (TK_CAP | TK_ALLCAP)) == TK_CAP && !(p->cls & (GZ_MONTH | GZ_ABBREV)))
		return 1;
	return i + 1 < b->n && b->t[i].gap == GAP_SPACE && (b->t[i + 1].flags & TK_LOWER) &&
	       TIS_ANY(b, i + 1, result) && (tis(b, i - 1, "a") || tis(b, i - 1, "the"));
}

/* Is token i a word that only a sports report writes (TC_SPORT: a game's, a player's, a
 * race's; not "goal", "match", "season", "points", "race", "league", "penalty": a speech's
 * words too), or a score ("121-118")? */
static int
sport_term(const struct ex_block *b, size_t i)
{
	const struct token *k = &b->t[i];

	if (k->flags & TK_DIGIT)
		return score(b, i);
	/* (no branch: asked of the block's first 120 words, half of them in lower case) */
	return ((k->flags & TK_LOWER) != 0) & (k->flen >= 3) & ((k->cue & TC_SPORT) != 0);
}

/* Is the block a sports report: two words of sport in its first 120 words (a report
 * says so in its lead; a long speech may write "tournament" and "stadium" far apart)?
 * Looked once per block (b->sport: 0 not looked, 1 no, 2 yes). */
static int
sport_block(struct ex_block *b)
{
	size_t i, n = 0, m = b->n < 120 ? b->n : 120;

	if (!b->sport) {
		for (i = 0; i < m && n < 2; i++)
			n += sport_term(b, i);
		b->sport = n >= 2 ? 2 : 1;
	}
	return b->sport == 2;
}

/* Is token i a place the lists know (a city, a state, a country)? */
static int
listed_place(const struct ex_block *b, size_t i)
{
	return (b->t[i].cls & (GZ_COUNTRY | GZ_CAPITAL | GZ_CITY | GZ_REGION | GZ_DEMONYM)) != 0;
}

/* Is the chunk [a, z), in a sports report, after "for" or, after a name, "of": "won for
 * Red Bull", "22 points for the Lakers", "scored twice for City", "Leclerc of Ferrari"?
 * A team's name or a city's (its club) after "for"; after "of" only a name that is no
 * place's ("Jim Doyle of Denver" may be his town). Not a country's (a national side is
 * written as its country), nor a journey's ("left for Paris"). */
static int
team_after(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const go[] = {
		"left", "leave", "leaves", "leaving", "bound", "headed", "heading", "departed",
		"flew", "sailed", "set", "vote", "voted", "voting", "candidate", "running", "ran",
	};
	size_t p = a - 1, j;

	if (a >= 2 && tis(b, p, "the") && b->t[p - 1].gap == GAP_SPACE)
		p--;	/* "for the Lakers" */
	if (p < 1 || b->t[p].gap != GAP_SPACE || b->t[p - 1].gap != GAP_SPACE)
		return 0;
	for (j = a; j < z; j++)
		if (b->t[j].cls & (GZ_COUNTRY | GZ_DEMONYM | GZ_FIRST | GZ_TITLE | GZ_HONORIFIC))
			return 0;
	if (tis(b, p, "for"))
		return !TIS_ANY(b, p - 1, go);
	return tis(b, p, "of") && p == a - 1 &&
	       (b->t[p - 1].flags & (TK_CAP | TK_ALLCAP | TK_UNTRUSTED)) == TK_CAP &&
	       !(b->t[a].flags & TK_ALLCAP) && !(b->t[p - 1].cls & GZ_TITLE) &&
	       !listed_place(b, p - 1) && !listed_place(b, a);
}

/* Is the chunk [a, z) a team by its nickname after "the", its last word a capitalised
 * plural no list knows ("the Celtics", "the Red Sox")? */
static int
team_nickname(const struct ex_block *b, size_t a, size_t z)
{
	const struct token *t = &b->t[z - 1];
	size_t j;

	if (a < 1 || !tis(b, a - 1, "the") || b->t[a - 1].gap != GAP_SPACE ||
	    t->flen < 4 || b->fb[t->fold + t->flen - 1] != 's' ||
	    b->fb[t->fold + t->flen - 2] == 's' || (t->flags & (TK_ALLCAP | TK_POSS)))
		return 0;
	for (j = a; j < z; j++)
		if ((b->t[j].flags & TK_ALLCAP) || (b->t[j].cls & (GZ_PLACE | GZ_ORG |
		     GZ_ORG_HEAD | GZ_PLACE_HEAD | GZ_EVENT_HEAD | GZ_TITLE | GZ_TITLE_MOD)))
			return 0;
	return 1;
}

/* Is the chunk [a, z), one city's name, a team by the verb after it: plural, as British
 * reports write a side ("Liverpool are ninth", "Arsenal were held", "Barcelona have
 * signed": 1, in a sports report), or one that only a club does to its manager
 * ("Liverpool sacked its manager": 2, anywhere)? Not the last of two subjects. */
static int
team_verb(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const verbs[] = { "are", "were", "have", "remain" };
	static const char *const sack[] = { "sacked", "sacks", "sack" };

	if (!(b->t[a].cls & (GZ_CITY | GZ_CAPITAL)) || (b->t[a].cls & GZ_COUNTRY) ||
	    z != a + 1 || z >= b->n || b->t[a].gap != GAP_SPACE || !(b->t[z].flags & TK_LOWER))
		return 0;
	/* (not a subject of two: "Moscow and Beijing have") */
	if (a > 0 && (tis(b, a - 1, "and") || tis(b, a - 1, "or")))
		return 0;
	return TIS_ANY(b, z, sack) ? 2 : TIS_ANY(b, z, verbs);
}

/* Is the chunk [a, z) a side of a fixture, "v" or "vs" between it and a capitalised name
 * ("Barcelona v Chelsea", "Werder Bremen v Lyon")? Not "v." of a court's case ("Roe v.
 * Wade", "United States v. Nixon"). */
static int
fixture_side(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const versus[] = { "v", "vs" };

	if (z + 1 < b->n && b->t[z - 1].gap == GAP_SPACE && (b->t[z].flags & TK_LOWER) &&
	    TIS_ANY(b, z, versus) && b->t[z].gap == GAP_SPACE && (b->t[z + 1].flags & TK_CAP))
		return 1;
	return a >= 2 && b->t[a - 2].gap == GAP_SPACE && (b->t[a - 1].flags & TK_LOWER) &&
	       TIS_ANY(b, a - 1, versus) && b->t[a - 1].gap == GAP_SPACE &&
	       (b->t[a - 2].flags & TK_CAP);
}

/* (chunk_int.h) A side of a fixture in a block that lists two fixtures at least, a club
 * of the lists in one ("Bayern Munich v Arsenal ... Liverpool v Leverkusen"): a sports
 * report's list, whatever its lead says (not a list of Slovene towns, "Sveti Jurij v
 * Slovenskih goricah", nor "the US vs THEM"). */
int
ck_fixture_side(const struct ex_block *b, size_t a, size_t z)
{
	size_t i, n = 0, club = 0;

	if (!fixture_side(b, a, z))
		return 0;
	for (i = 1; i + 1 < b->n && (n < 2 || !club); i++)
		if (b->t[i].flen <= 2 && fixture_side(b, i + 1, i + 2)) {
			n++;
			club += ((b->t[i - 1].cls | b->t[i + 1].cls) & GZ_ORG) != 0;
		}
	return n >= 2 && club;
}

int
ck_team(struct ex_block *b, size_t a, size_t z, int nu, int listed)
{
	const struct token *p;
	int v;
	char c;

	/* (a word first in its sentence or in a headline needs a name's list or a player
	 * after it: "Chelsea striker Joao Vella"; ck_team_in_match() was asked of the
	 * others) */
	if ((b->t[a].flags & TK_UNTRUSTED) && !(b->t[a].cls & GZ_NAME))
		return nu == 1 && ck_team_start(b, a);
	/* (a listed name of two words is the lists': "for Real Madrid") */
	if (a == 0 || (nu > 1 && listed))
		return 0;
	/* (the block's lead read first, once: most blocks are no sports report, and then
	 * only a club's verb is left to ask) */
	if (!sport_block(b))
		return nu == 1 && team_verb(b, a, z) == 2;
	if ((v = nu == 1 ? team_verb(b, a, z) : 0) == 2)
		return 1;
	p = &b->t[a - 1];
	c = b->fb[p->fold];
	return v || (p->flen >= 2 && p->flen <= 3 && (c == 'f' || c == 'o' || c == 't') &&
		     (team_after(b, a, z) || team_nickname(b, a, z)));
}

int
ck_team_start_at(struct ex_block *b, size_t i)
{
	/* (not "The striker", "Our goalkeeper"; a player's word has six letters or more) */
	return i + 1 < b->n && (b->t[i + 1].flags & TK_LOWER) && b->t[i + 1].flen >= 6 &&
	       (b->t[i].flags & (TK_CAP | TK_ALLCAP)) == TK_CAP &&
	       !(b->t[i].cls & (GZ_FUNC | GZ_STOP | GZ_CONNECTOR | GZ_MONTH | GZ_WEEKDAY)) &&
	       ck_team_slot(b, i, i + 1);
}
