/* resolve_doe.c -- a name that stands for someone the text does not name ("Jane Doe", "John Doe") is a person of its article only. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/resolve.h"

/*
 * Courts and prosecutors call a victim or a party they may not name "Jane Doe" or "John
 * Doe" ("10-year-old Jane Doe 1 and her relative, 8-year-old Jane Doe 2"): in nine of the
 * prosecutors' releases nine different women were one person "Jane Doe" of 30 mentions.
 * Such a name is a person of its article: keyed "jane doe\x04" and the article, shown as
 * written.
 */

static const char *const placeholder[] = {
	"jane doe", "john doe", "jane roe", "john roe", "richard roe", "baby doe", "jane does",
	"john does", "janet doe", "johnny doe",
};

#define NPLACEHOLDERS (sizeof placeholder / sizeof *placeholder)

void
rs_placeholders(struct resolver *r)
{
	uint32_t off[NPLACEHOLDERS];
	size_t i, k, n = 0;

	/* (keys are interned: a name the corpus never writes has no offset, and the others
	 * are compared by it) */
	for (k = 0; k < NPLACEHOLDERS; k++)
		if ((off[n] = rs_find_key(r, placeholder[k])) != UINT32_MAX)
			n++;
	for (i = 0; n && i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->type != ENT_PERSON || m->nw != 2)
			continue;
		for (k = 0; k < n && off[k] != m->key; k++)
			;
		if (k < n)
			rs_key_apart(r, m, m->art);
	}
}
