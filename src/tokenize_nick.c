/* tokenize_nick.c -- a nickname in quotes inside a name leaves the tokens: `William "Bill" Clinton`. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"

/* Is text[a, z) a blank and an opening double quote (open), or a closing one and a
 * blank? Straight or curly. */
static int
quote_gap(const char *text, size_t a, size_t z, int open)
{
	if (z - a == 2)
		return open ? text[a] == ' ' && text[a + 1] == '"'
			    : text[a] == '"' && text[a + 1] == ' ';
	if (z - a == 4)
		return open ? text[a] == ' ' && memcmp(text + a + 1, "\xE2\x80\x9C", 3) == 0
			    : memcmp(text + a, "\xE2\x80\x9D", 3) == 0 && text[a + 3] == ' ';
	return 0;
}

/* Is token t a known given name, capitalised? */
static int
given_name(struct ex_block *b, struct token *t)
{
	ex_lookup(b, t);
	return (t->flags & TK_CAP) && !(t->flags & TK_ALLCAP) && t->gz &&
	       (t->gz->word & GZ_FIRST);
}

/*
 * A nickname in quotes between a given name (or its initial) and a family name:
 * `William "Bill" Clinton`, `Adam L. "Duncan" Beberg`, `Joaquín "El Chapo" Guzmán`. Its
 * words leave the block's tokens, so that the chunker reads the name around them as
 * one (a span that keeps them); the name's key leaves them out (resolve.c fold_key()).
 * Before, the nickname's quotes cut the name: "Clinton" alone, "Adam L" (51 FoRK mails).
 */
void
ex_drop_nicknames(struct ex_block *b)
{
	const char *text = b->text;
	size_t i, k, o, gend;

	for (i = 0, o = 0; i < b->n; i++) {
		struct token *g;

		if (o != i)	/* (tokens move down only once a nickname was dropped) */
			b->t[o] = b->t[i];
		g = &b->t[o++];
		if (g->gap != GAP_PUNCT || i + 2 >= b->n)
			continue;
		gend = g->end;
		if (g->end - g->start == 1 && text[g->end] == '.') {	/* an initial */
			if (o < 2 || b->t[o - 2].gap != GAP_SPACE || !(g->flags & TK_CAP) ||
			    !given_name(b, &b->t[o - 2]))
				continue;
			gend++;
		} else if (!given_name(b, g)) {
			continue;
		}
		if (!quote_gap(text, gend, b->t[i + 1].start, 1) || !(b->t[i + 1].flags & TK_CAP))
			continue;
		for (k = i + 1; k < i + 4 && k + 1 < b->n; k++)
			if (b->t[k].gap != GAP_SPACE)
				break;
		if (k + 1 >= b->n || k >= i + 4 ||
		    !quote_gap(text, b->t[k].end, b->t[k + 1].start, 0) ||
		    !(b->t[k + 1].flags & TK_CAP) || (b->t[k + 1].flags & TK_ALLCAP))
			continue;
		g->gap = gend > g->end ? GAP_DOT : GAP_SPACE;
		i = k;	/* the nickname's words dropped */
	}
	b->n = o;
}
