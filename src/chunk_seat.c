/* chunk_seat.c -- the seat a member of a parliament sits for: "the Member for Cork" names a place. MIT licence. */
#include "config.h"

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

	if (a < 2)
		return 0;
	f = a - 1;
	if (tis(b, f, "the") && ck_joined(b, f))	/* "for the West Riding" */
		f--;
	return f >= 1 && tis(b, f, "for") && (b->t[f].flags & TK_LOWER) && ck_joined(b, f) &&
	       ck_joined(b, f - 1) && TIS_ANY(b, f - 1, member);
}
