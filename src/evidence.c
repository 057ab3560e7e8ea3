/* evidence.c -- document evidence: which words an article capitalises mid-sentence or writes in lower case. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"

/* Record evidence bit for hash in the block's table; *used counts the keys. */
static inline void
ev_put(struct ex_block *b, uint32_t hash, uint32_t bit, size_t *used)
{
	/* Keys keep the hash's upper 29 bits; the low three bits hold EV_*. */
	uint32_t key = hash & ~7u, *e;
	size_t h;

	if (key == 0)
		return;		/* hash 0: too rare to matter */
	for (h = (key >> 3) & (b->evcap - 1);; h = (h + 1) & (b->evcap - 1)) {
		e = &b->ev[h];
		if (*e == 0 || (*e & ~7u) == key)
			break;
	}
	*used += *e == 0;
	*e = key | (*e & 7u) | bit;
}

/* Double the table, its keys placed again (their slot depends on the key alone). */
static void
ev_grow(struct ex_block *b)
{
	uint32_t *old = b->ev;
	size_t n = b->evcap, i, h;

	b->evcap = 2 * n;
	b->ev = xcalloc(b->evcap, sizeof *b->ev);
	for (i = 0; i < n; i++) {
		if (!old[i])
			continue;
		for (h = (old[i] >> 3) & (b->evcap - 1); b->ev[h]; h = (h + 1) & (b->evcap - 1))
			;
		b->ev[h] = old[i];
	}
	free(old);
}

/* Is token i the last word of a term in quotes that a definition follows ('"Licensor"
 * shall mean', '"Covered Code" means')? Returns the first word of the term, or i + 1. */
static size_t
defined_term(const struct ex_block *b, size_t i)
{
	static const char *const verb[] = { "means", "mean", "shall", "refers", "includes" };
	const char *s = b->text, *p;
	size_t k, j;

	/* The closing mark first: one byte read rules out almost every word. */
	if (i + 1 >= b->n || !(b->t[i + 1].flags & TK_LOWER))
		return i + 1;
	p = s + b->t[i].end;
	if (!(*p == '"' || (p[0] == '\xe2' && p[1] == '\x80' && p[2] == '\x9d')))
		return i + 1;
	for (k = 0; k < sizeof verb / sizeof verb[0]; k++)
		if (b->t[i + 1].flen == strlen(verb[k]) &&
		    memcmp(b->fb + b->t[i + 1].fold, verb[k], b->t[i + 1].flen) == 0)
			break;
	if (k == sizeof verb / sizeof verb[0])
		return i + 1;
	for (j = i + 1; j-- > 0 && j + 4 > i;) {
		const char *q = s + b->t[j].start;

		if (!(b->t[j].flags & TK_CAP))
			return i + 1;
		if (b->t[j].start > 0 && q[-1] == '"')
			return j;
		if (b->t[j].start >= 3 && q[-3] == '\xe2' && q[-2] == '\x80' && q[-1] == '\x9c')
			return j;
	}
	return i + 1;
}

/* Does token i stand with no capitalised word joined to it on either side ("and Abram
 * went", "unto Lachish;")? */
static int
lone(const struct ex_block *b, size_t i)
{
	const struct token *p = i > 0 ? &b->t[i - 1] : NULL, *t = &b->t[i];

	if (p && (p->flags & TK_CAP) && (p->gap == GAP_SPACE || p->gap == GAP_DOT))
		return 0;
	return i + 1 >= b->n || !(b->t[i + 1].flags & TK_CAP) ||
	       (t->gap != GAP_SPACE && t->gap != GAP_DOT);
}

/* Does the rest of an identifier from s (at its '_') hold a digit ("_colvin2001")? */
static int
handle_digits(const char *s)
{
	for (; *s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'); s++)
		if (*s >= '0' && *s <= '9')
			return 1;
	return 0;
}

/* Build the evidence table of the block: which words are capitalised mid-sentence, which
 * are written in lower case (the first part of "gcc-12" too, and defined terms). */
void
ex_build_evidence(struct ex_block *b)
{
	const struct token *tk = b->t;
	const char *text = b->text, *fb = b->fb;
	const size_t n = b->n;	/* the block's fields read once (the stores would reread them) */
	size_t need = 64, i, used = 0, k, lim;

	/* A slot a token to start with: most words come again, so the keys (up to two a
	 * token: the word, the first part of a hyphenated one) seldom fill half of it. */
	while (need < n && need < (1u << 20))
		need <<= 1;
	if (need > b->evcap) {
		free(b->ev);
		b->ev = xmalloc(need * sizeof *b->ev);
		b->evcap = need;
	}
	memset(b->ev, 0, b->evcap * sizeof *b->ev);
	/* One pass: a key holds the union of its bits, whatever the order they come in, and
	 * the table is kept at most half full (a token puts six keys at most: its own two,
	 * and the four words of a defined term). */
	for (i = 0, lim = b->evcap / 2 - 6; i < n; i++) {
		const struct token *t = &tk[i];
		const char *f = fb + t->fold;

		if (used >= lim) {
			if (b->evcap >= (1u << 22))
				break;
			ev_grow(b);
			lim = b->evcap / 2 - 6;
		}
		/* (lower case first, the most words; a word is in lower case, capitalised or a
		 * number: never two of them) */
		if ((t->flags & TK_LOWER) && t->flen) {
			const char *dash = (t->flags & TK_HYPH) && t->flen > 2 ?
					   memchr(f + 1, '-', t->flen - 2) : NULL;

			/* (not the first part of a handle with a number: the "terry" of
			 * "terry_colvin2001" in a mail's header made Terry W. Colvin of its
			 * signature no name; "aspx_web_matrix" still writes "web") */
			if (t->gap != GAP_SPACE && text[t->end] == '_' && handle_digits(text + t->end))
				continue;
			ev_put(b, t->hash, EV_LOWER, &used);
			if (dash)
				ev_put(b, gaz_hash(f, (size_t)(dash - f)), EV_LOWER, &used);
		} else if ((t->flags & (TK_CAP | TK_UNTRUSTED | TK_ALLCAP)) == TK_CAP && t->flen) {
			ev_put(b, t->hash, EV_CAP | (lone(b, i) ? EV_LONE : 0), &used);
		}
		/* A defined term of a licence or a contract is a common word of its text,
		 * however it is capitalised ("Licensor", "Contributor", "Executable"). A
		 * quotation mark right after a word is punctuation between it and the next
		 * one (tokenize.c's separator()): other gaps need not look. */
		if (t->gap >= GAP_PUNCT && i + 1 < n &&
		    (text[t->end] == '"' || text[t->end] == '\xe2'))
			for (k = defined_term(b, i); k <= i; k++)	/* a quotation mark after */
				ev_put(b, tk[k].hash, EV_LOWER, &used);
	}
}

unsigned
ex_evidence(const struct ex_block *b, uint32_t hash)
{
	uint32_t key = hash & ~7u;
	size_t h;

	if (!b->evcap || key == 0)
		return 0;
	for (h = (key >> 3) & (b->evcap - 1);; h = (h + 1) & (b->evcap - 1)) {
		uint32_t e = b->ev[h];

		if (e == 0)
			return 0;
		if ((e & ~7u) == key)
			return e & 7u;
	}
}

