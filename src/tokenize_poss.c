/* tokenize_poss.c -- a listed name's own "'s" kept by its last word ("McDonald's", "Standard & Poor's"), where a person's possessive is cut. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"

/* Is the previous token a capitalised word joined to token t by a blank or an
 * abbreviation's full stop, and no function word, or a given name, title or honorific? */
static int
name_word_before(struct ex_block *b, int prevgap)
{
	struct token *p;

	if (b->n < 2 || prevgap > GAP_DOT || !((p = &b->t[b->n - 2])->flags & TK_CAP))
		return 0;
	ex_lookup(b, p);
	return !p->gz || !(p->gz->word & (GZ_FUNC | GZ_STOP)) ||
	       (p->gz->word & (GZ_FIRST | GZ_TITLE | GZ_HONORIFIC));
}

/*
 * Does the "'s" after token t, which ends at j, end a listed name ("McDonald's", "Moody's",
 * "Standard & Poor's", "St. John's")? Then the token takes it in, as its name has it:
 * "McDonald's said" was a person McDonald. A name of several words only when the tokens
 * before are its first words ("John's" alone is John's); one of one word not where a
 * family name's possessive stands after a given name, a title or an initial ("Ronald
 * McDonald's", "Mr. Moody's").
 */
int
ex_poss_name(struct ex_block *b, struct token *t, const char *text, size_t j, int prevgap)
{
	char *f = b->fb + t->fold;
	const struct gz_entry *g;
	unsigned k;

	if ((text[j - 1] != 's' && text[j - 1] != 'S') || !(t->flags & TK_CAP) || !t->flen)
		return 0;
	f[t->flen] = '\'';	/* (tokenize.c's fold_token() left room) */
	f[t->flen + 1] = 's';
	g = gaz_lookup(f, t->flen + 2u, gaz_hash(f, t->flen + 2u));
	if (!g || !g->poss)
		return 0;
	for (k = 8; k >= 1; k--) {
		const struct gz_entry *e;
		const char *key;
		size_t len;

		if (!(g->poss & (1u << (k - 1))) || k > b->n)
			continue;
		if (k == 1) {
			if (!(g->word & GZ_NAME) || name_word_before(b, prevgap))
				continue;
		} else {
			key = b->fb + b->t[b->n - k].fold;
			len = (size_t)(f + t->flen + 2 - key);
			e = gaz_lookup(key, len, gaz_hash(key, len));
			if (!e || !(e->word & GZ_NAME))
				continue;
		}
		t->flen += 2;
		t->hash = g->hash;
		t->end = (uint32_t)j;
		b->fblen += 2;
		return 1;
	}
	return 0;
}

