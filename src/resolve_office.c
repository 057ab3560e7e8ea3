/* resolve_office.c -- a title alone after a people's name ("the German Kaiser", "the British King") is the office, no person. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* Does the folded surface of mention m carry gazetteer class cls (by its written words)? */
static bool
surface_is(const struct resolver *r, const struct rm *m, uint32_t cls)
{
	const char *s = rs_str(r, rs_at(r, m)->surf);
	const struct gz_entry *g;
	char fold[256];
	size_t n = ex_fold(s, strlen(s), fold, sizeof fold);

	return n && n < sizeof fold && (g = gaz_find(fold, n)) && (g->word & cls);
}

void
rs_offices_in_article(struct resolver *r, size_t f, size_t e)
{
	size_t i;

	for (i = f + 1; i < e; i++) {
		struct rm *m = &r->m[i], *p = &r->m[i - 1];

		/* "the German Kaiser (who was also the King of Prussia)": one word, a title
		 * that is a family name too, right after the demonym; not "German Kaiser
		 * Wilhelm", whose title the name peeled */
		if ((m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && m->ntok == 1 &&
		    p->type == ENT_PLACE &&
		    rs_at(r, p)->end + 1 == rs_at(r, m)->start && surface_is(r, p, GZ_DEMONYM) &&
		    surface_is(r, m, GZ_TITLE))
			m->type = RM_DROP;
	}
}
