/* chunk_seat.c -- set phrases of parliaments and churches: "the Member for Cork" is a place, "Roman Catholic" none. MIT licence. */
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
int
ck_seat(const struct ex_block *b, size_t a)
{
	static const char *const member[] = { "member", "members", "mp", "mps", "m.p", "mep",
					      "meps", "msp", "msps", "mla", "mlas" };
	size_t f;

	if (a < 2 || b->t[a - 1].flen != 3)	/* ("the" or "for": asked of every name) */
		return 0;
	f = a - 1;
	if (tis(b, f, "the") && ck_joined(b, f))	/* "for the West Riding" */
		f--;
	return f >= 1 && tis(b, f, "for") && (b->t[f].flags & TK_LOWER) && ck_joined(b, f) &&
	       ck_joined(b, f - 1) && TIS_ANY(b, f - 1, member);
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
