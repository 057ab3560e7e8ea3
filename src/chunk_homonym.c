/* chunk_homonym.c -- chunk rules for a name that is a firm's and a place's: which one its slot says. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * Is the listed name [a, z), a firm's and a place's (Amazon: the company, the river), the
 * place where it stands? A firm is named bare ("Amazon said", "at Amazon"); the river or
 * forest takes "the", and nothing after it but a function word, a stop or a noun of
 * geography: "up the Amazon.", "the Amazon and its tributaries", "the Amazon basin". A
 * word after "the Amazon" that is none of those makes the firm an adjective: "the Amazon
 * deal", "the Amazon founder". A noun of geography before it says so too: "the river
 * Amazon".
 */
int
ck_place_homonym(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const geo[] = {
		"basin", "river", "rivers", "rainforest", "rainforests", "forest", "forests",
		"jungle", "jungles", "region", "delta", "valley", "estuary", "watershed",
		"headwaters", "biome", "floodplain", "tributaries", "tributary"
	};

	if (a == 0 || b->t[a - 1].gap != GAP_SPACE)
		return 0;
	if ((b->t[a - 1].flags & TK_LOWER) && tis_any(b, a - 1, geo, sizeof geo / sizeof *geo))
		return 1;	/* "the river Amazon" */
	if (!tis(b, a - 1, "the"))
		return 0;
	if (z == b->n || b->t[z - 1].gap != GAP_SPACE)
		return 1;
	return (b->t[z].flags & TK_LOWER) &&
	       ((b->t[z].cls & GZ_FUNC) || tis_any(b, z, geo, sizeof geo / sizeof *geo));
}

/* Is token i a lower-case word of a match or a season ("match", "goal", "league", "final":
 * TC_SPORTW)? The sentence of a result verb with one is a match report, with or without a
 * score. */
static int
sport_word(const struct ex_block *b, size_t i)
{
	return (b->t[i].flags & TK_LOWER) && b->t[i].flen >= 3 && (b->t[i].cue & TC_SPORTW);
}

/* Is a token of the chunk [a, z)'s sentence, at most reach tokens after or before it, one
 * that is(b, i) says yes to (a score, a word of sport)? */
int
ck_in_sentence(const struct ex_block *b, size_t a, size_t z, size_t reach,
	       int (*is)(const struct ex_block *, size_t))
{
	size_t i;

	for (i = z; i < b->n && i < z + reach; i++) {
		if (is(b, i))
			return 1;
		if (b->t[i].gap == GAP_SENT || b->t[i].gap == GAP_LINE)
			break;
	}
	for (i = a; i > 0 && i + reach > a; i--) {
		if (b->t[i - 1].gap == GAP_SENT || b->t[i - 1].gap == GAP_LINE)
			break;
		if (is(b, i - 1))
			return 1;
	}
	return 0;
}

/*
 * Is the chunk [a, z), beside a result verb but with no score in its sentence, a team: a
 * word of a match or a season in the sentence says it ("lost to Barcelona in the Cup
 * final", "drew with Chelsea at home, a goal apiece")? "The party lost to Labour", "the
 * bid lost to Oslo", "Gulbenkian drew the boundaries" at "the final meetings" stay what
 * they are.
 */
int
ck_team_in_sport(const struct ex_block *b, size_t a, size_t z)
{
	/* "drew" alone draws a map or criticism; "drew with" is a result */
	if ((z < b->n && tis(b, z, "drew")) || (a > 0 && tis(b, a - 1, "drew")))
		return 0;
	return ck_in_sentence(b, a, z, 16, sport_word);
}

/*
 * Is the chunk [a, z), with no result verb, a team by its slot: a player's position after
 * it ("Chelsea striker", "Barcelona goalkeeper", "McLaren team-mate"), "signed for" or a
 * match "against" before it ("signed for Barcelona", "the match against Chelsea"; not a
 * war's "victory against ISIS")? A city
 * or a family name so written is the club or the racing team.
 */
int
ck_team_slot(const struct ex_block *b, size_t a, size_t z)
{
	/* a player's position after it (TC_ROLE; not "forward", "keeper": "call Bill
	 * forward") */
	if (z < b->n && b->t[z - 1].gap == GAP_SPACE && (b->t[z].flags & TK_LOWER) &&
	    (b->t[z].cue & TC_ROLE))
		return 1;
	if (a < 2 || !(b->t[a - 1].cue & (TC_FOR | TC_AGAINST)) ||
	    b->t[a - 1].gap != GAP_SPACE || b->t[a - 2].gap != GAP_SPACE ||
	    !(b->t[a - 1].flags & TK_LOWER))
		return 0;
	if (b->t[a - 1].cue & TC_FOR)	/* "signed for", "signs for" */
		return (b->t[a - 2].cue & TC_SIGN) != 0;
	/* a game "against" it (TC_GAME: "match", "game", "clash", "tie", "final", "derby",
	 * "fixture") */
	return (b->t[a - 2].flags & TK_LOWER) && (b->t[a - 2].cue & TC_GAME);
}
