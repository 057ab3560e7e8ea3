/* tokenize_caps.c -- a run of capitals that ends a prose line after its last sentence: a signature. MIT licence. */
#include "config.h"

#include "dossier/extract.h"

/* Words of a signature: a given name, initials, a family name ("RUTHERFORD B. HAYES"). */
#define TAIL_MIN 2
#define TAIL_MAX 4

/*
 * A letter or a message ends with its signer's name, and a transcript often runs it on
 * after the last sentence: "...our common country.  JAMES K. POLK". The run is read like
 * a line in capitals of its own (TK_CAPSLINE: untrusted, a name only where a known given
 * name starts it), not as acronyms of the prose line.
 */
void
ex_caps_tail(struct ex_block *b, size_t first)
{
	size_t i, j, lim;

	if (b->n < first + TAIL_MIN + 1 || (b->t[first].flags & (TK_CAPSLINE | TK_REFLINE)))
		return;
	/* The last sentence's end, looked for no further back than a tail may start */
	lim = b->n > first + TAIL_MAX + 1 ? b->n - TAIL_MAX - 1 : first;
	for (j = b->n; j > lim && b->t[j - 1].gap != GAP_SENT; j--)
		;
	if (j <= lim || b->n - j < TAIL_MIN)
		return;
	for (i = j; i < b->n; i++) {
		const struct token *t = &b->t[i];

		if ((t->flags & TK_DIGIT) ||
		    !((t->flags & TK_ALLCAP) || ((t->flags & TK_CAP) && t->end - t->start == 1)))
			return;
	}
	for (i = j; i < b->n; i++)
		b->t[i].flags |= TK_CAPSLINE | TK_UNTRUSTED;
}
