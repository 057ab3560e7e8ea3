/* evidence.c -- document evidence: which words an article capitalises mid-sentence or writes in lower case. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"

/* Record evidence bit for hash in the block's table; *used counts the keys. */
static void
ev_put(struct ex_block *b, uint32_t hash, uint32_t bit, size_t *used)
{
	/* Keys keep the hash's upper 30 bits; the low two bits hold EV_*. */
	uint32_t key = hash & ~3u, *e;
	size_t h;

	if (key == 0)
		return;		/* hash 0: too rare to matter */
	for (h = (hash >> 2) & (b->evcap - 1);; h = (h + 1) & (b->evcap - 1)) {
		e = &b->ev[h];
		if (*e == 0 || (*e & ~3u) == key)
			break;
	}
	*used += *e == 0;
	*e = key | (*e & 3u) | bit;
}

/* Build the evidence table of the block: which words are capitalised mid-sentence, which
 * are written in lower case (the first part of "gcc-12" too). */
void
ex_build_evidence(struct ex_block *b)
{
	size_t need = 64, i, used = 0, k;

	while (need < 4 * b->n && need < (1u << 22))
		need <<= 1;
	if (need > b->evcap) {
		free(b->ev);
		b->ev = xmalloc(need * sizeof *b->ev);
		b->evcap = need;
	}
	memset(b->ev, 0, b->evcap * sizeof *b->ev);
	for (i = 0; i < b->n && used < b->evcap / 2; i++) {
		const struct token *t = &b->t[i];
		const char *f = b->fb + t->fold;

		if (!t->flen || (t->flags & TK_DIGIT))
			continue;
		if ((t->flags & TK_CAP) && !(t->flags & (TK_UNTRUSTED | TK_ALLCAP)))
			ev_put(b, t->hash, EV_CAP, &used);
		else if (t->flags & TK_LOWER) {
			ev_put(b, t->hash, EV_LOWER, &used);
			for (k = 1; k + 1 < t->flen && f[k] != '-'; k++)
				;
			if (k + 1 < t->flen)
				ev_put(b, gaz_hash(f, k), EV_LOWER, &used);
		}
	}
}

unsigned
ex_evidence(const struct ex_block *b, uint32_t hash)
{
	uint32_t key = hash & ~3u;
	size_t h;

	if (!b->evcap || key == 0)
		return 0;
	for (h = (hash >> 2) & (b->evcap - 1);; h = (h + 1) & (b->evcap - 1)) {
		uint32_t e = b->ev[h];

		if (e == 0)
			return 0;
		if ((e & ~3u) == key)
			return e & 3u;
	}
}

