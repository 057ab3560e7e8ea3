/* chunk_seat.c -- set phrases of parliaments and churches: "the Member for Cork" is a place, "Parliament for Bristol" two names, "Roman Catholic" none. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * Does the chunk at token a name the seat a member sits for: "the hon. Member for Cork",
 * "the Member for the West Riding", "Members for Oxford", "the Labour MP for Uxbridge"?
 * A parliament names its members by their seats, and
 * a seat is named after its town or county: a place, not the person a lone unknown word
 * with a verb after it is taken for (John Bright's speeches: "Cork", "Tamworth", "Oxford"
 * and "King's Lynn" were four of the top 50 people, their members' names beside them).
 */
static const char *const member[] = { "member", "members", "mp", "mps", "m.p", "mep",
				      "meps", "msp", "msps", "mla", "mlas" };

/* Is token p "Parliament" in "Member of Parliament", "Members of Parliament"? */
static int
member_of_parliament(const struct ex_block *b, size_t p)
{
	return p >= 2 && tis(b, p, "parliament") && tis(b, p - 1, "of") && ck_joined(b, p - 1) &&
	       ck_joined(b, p - 2) && TIS_ANY(b, p - 2, member);
}

int
ck_seat(const struct ex_block *b, size_t a)
{
	size_t f;

	if (a < 2)
		return 0;
	f = a - 1;
	if (tis(b, f, "the") && ck_joined(b, f))	/* "for the West Riding" */
		f--;
	return f >= 1 && tis(b, f, "for") && (b->t[f].flags & TK_LOWER) && ck_joined(b, f) &&
	       ck_joined(b, f - 1) && (TIS_ANY(b, f - 1, member) || member_of_parliament(b, f - 1));
}

/*
 * Does the chunk, the one word "Parliament", "Congress" or "Senate", end before the "for"
 * at token e: "Member of Parliament for Bristol" names the house and the seat, "a bad
 * Parliament for the United Kingdom" the house and the country it sits for, not a body
 * "Parliament for Bristol" (John Bright's speeches)? After "Member of", any seat; else a
 * listed place.
 */
int
ck_house_for(const struct chunker *k, size_t e)
{
	static const char *const house[] = { "parliament", "congress", "senate" };
	const struct ex_block *b = k->b;
	const struct gz_entry *g = NULL;
	size_t p = e + 1;

	if (k->nu != 1 || k->u[0].b != k->u[0].a + 1 || !tis(b, e, "for") ||
	    !TIS_ANY(b, k->u[0].a, house))
		return 0;
	if (member_of_parliament(b, k->u[0].a))
		return 1;
	if (tis(b, p, "the") && p + 1 < b->n)
		p++;
	if (ck_multi_match(b, p, &g))	/* "the United Kingdom" */
		return g->place >= 0 && g->org < 0;
	return (b->t[p].cls & GZ_PLACE) && !(b->t[p].cls & GZ_DEMONYM);
}

/*
 * Is unit u the "Roman" of "Roman Catholic(s)", "Roman Catholicism": a faith named by its
 * see, not the people of Rome? Its "Roman" was a mention of the Roman Empire (11 of 20 in
 * John Bright's speeches on Ireland; in the State of the Union addresses, the Factbook and
 * FoRK too). The Romans of history ("the Roman legions") stay the Empire's.
 */
int
ck_faith_see(const struct ex_block *b, const struct unit *u)
{
	static const char *const faith[] = { "catholic", "catholics", "catholicism" };

	return u->b == u->a + 1 && u->b < b->n && tis(b, u->a, "roman") && ck_joined(b, u->a) &&
	       TIS_ANY(b, u->b, faith);
}

/*
 * Is token i a family name in capitals on a line of its own, alone or beside another
 * name ("HAMILTON", "HAMILTON OR MADISON" over the Federalist's papers): the signature or
 * the byline of a letter or an essay, its author, not the town of that name ("Hamilton"
 * was a place of 66 papers, row 4 of the PLACE top 50)? The line holds up to four words
 * in capitals and nothing else but "AND", "OR", "&" between them; one word in capitals
 * alone is otherwise a heading ("SUMMARY", "APPENDIX"), and a country's or a region's
 * name stays the place ("CANADA.").
 */
int
ck_signature_line(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const char *s = b->text;
	size_t p, q, words = 0;

	if ((t->flags & (TK_ALLCAP | TK_POSS)) != TK_ALLCAP || !(t->cls & (GZ_SURNAME | GZ_FF)) ||
	    (t->cls & (GZ_COUNTRY | GZ_REGION)) || t->end - t->start < 3)
		return 0;
	for (p = t->start; p > 0 && s[p - 1] != '\n'; p--)
		;
	for (q = p; s[q] && s[q] != '\n'; q++) {
		if (s[q] >= 'A' && s[q] <= 'Z') {
			if (q == p || s[q - 1] == ' ')
				words++;
		} else if (!strchr(" \t\r&", s[q])) {
			return 0;
		}
	}
	return words <= 4;
}

/*
 * Do tokens from i name a nation's figure: "Uncle Sam", "John Bull", "Brother Jonathan",
 * "Johnny Bull", "Lady Liberty", "Mother Russia"? Returns its words, or 0. A
 * personification is no one: "Uncle Sam" was the "Sam" of a "Sam Young" (speeches: T.
 * Roosevelt's "keep Uncle Sam in such a position"), "John Bull" would be a John. (Not
 * "Jim Crow", whose laws RULES.md does not annotate either way.)
 */
size_t
ck_figure(const struct ex_block *b, size_t i)
{
	static const char *const figure[][2] = {
		{ "uncle", "sam" }, { "john", "bull" }, { "johnny", "bull" },
		{ "brother", "jonathan" }, { "lady", "liberty" }, { "mother", "russia" },
	};
	const struct token *t = &b->t[i];
	size_t k;

	if (i + 1 >= b->n || t->flen < 4 || t->flen > 7 || t->gap != GAP_SPACE ||
	    !(b->t[i + 1].flags & TK_CAP))
		return 0;
	for (k = 0; k < sizeof figure / sizeof *figure; k++)
		if (tis(b, i, figure[k][0]) && tis(b, i + 1, figure[k][1]))
			return 2;
	return 0;
}
