/* chunk_homonym.c -- chunk rules for a name that is a firm's and a place's: which one its slot says. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * Is the listed name [a, z), a firm's and a place's (Amazon: the company, the river), the
 * place where it stands? A firm is named bare ("Amazon said", "at Amazon"); the river or
 * forest takes "the", and nothing after it but a function word, a stop or a noun of
 * geography: "up the Amazon.", "the Amazon and its tributaries", "the Amazon basin". A
 * word after "the Amazon" that is none of those makes the firm an adjective: "the Amazon
 * deal", "the Amazon founder". A noun of geography before it says so too: "the river
 * Amazon".
 */
int
ck_place_homonym(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const geo[] = {
		"basin", "river", "rivers", "rainforest", "rainforests", "forest", "forests",
		"jungle", "jungles", "region", "delta", "valley", "estuary", "watershed",
		"headwaters", "biome", "floodplain", "tributaries", "tributary"
	};

	if (a == 0 || b->t[a - 1].gap != GAP_SPACE)
		return 0;
	if ((b->t[a - 1].flags & TK_LOWER) && tis_any(b, a - 1, geo, sizeof geo / sizeof *geo))
		return 1;	/* "the river Amazon" */
	if (!tis(b, a - 1, "the"))
		return 0;
	if (z == b->n || b->t[z - 1].gap != GAP_SPACE)
		return 1;
	return (b->t[z].flags & TK_LOWER) &&
	       ((b->t[z].cls & GZ_FUNC) || tis_any(b, z, geo, sizeof geo / sizeof *geo));
}
