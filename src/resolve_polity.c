/* resolve_polity.c -- a confederation or federation of places ("the North German Confederation", "the Federation of Mali") is a state, a PLACE. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* The words that make a union of states ("the Swiss Confederation", "the Southern
 * Confederacy"); not "Union", which names bodies of states as often ("Western European
 * Union", "African Union", a party's "Patriotic Union of Kurdistan") as states ("North
 * German Union", "Union of South Africa"). */
static const char *const polity[] = { "confederation", "confederacy", "federation" };

/* The compass words of a place's name ("North German", "Central American"), the words of
 * the states joined ("the Federation of Central American States"). */
static const char *const compass[] = {
	"north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "upper", "lower", "united", "states", "republics", "provinces",
	/* (and the words between: "the Federation of the Centre of America", "the
	 * Federation of Rhodesia and Nyasaland") */
	"the", "of", "and", "centre", "center",
};

/* Is the folded s[0, n), "the" before it or not, listed with a class of cls: a place or a
 * people ("bolivian", "mali", "the rhine"), a country ("the comoros")? */
static bool
listed_as(const char *s, size_t n, uint32_t cls)
{
	const struct gz_entry *g;

	if (n > 4 && strncmp(s, "the ", 4) == 0)
		s += 4, n -= 4;
	g = n ? gaz_find(s, n) : NULL;
	return g && (g->word & cls);
}

static bool
place_word(const char *s, size_t n)
{
	return listed_as(s, n, GZ_PLACE);
}

/* Is the folded s[0, n) made of places, peoples and compass words only, a word or a
 * hyphened part at a time ("north german", "peru-bolivian", "germanic": its people's
 * adjective in -ic), with one place or people at least? */
static bool
places_only(const char *s, size_t n)
{
	size_t i = 0, w;
	bool any = false;

	if (n == 0)
		return false;
	if (place_word(s, n))
		return true;
	while (i < n) {
		w = strcspn(s + i, " -");
		if (i + w > n)
			w = n - i;
		if (place_word(s + i, w) ||
		    (w > 4 && strncmp(s + i + w - 2, "ic", 2) == 0 && place_word(s + i, w - 2)))
			any = true;
		else if (!rs_one_of(s + i, w, compass, sizeof compass / sizeof *compass))
			return false;
		i += w + 1;
	}
	return any;
}

/* Does the folded key k name a union of states: places then the union's word, or the
 * union's word "of" places (1)? Or one listed country and "union" (2), a state's name of
 * its own where written "Union of" the country ("the Union of South Africa", "the Union
 * of Burma", "the Union of India", "the Union of the Comoros": keyed "south africa
 * union"; not "the Union of South African Miners")? */
static int
polity_key(const char *k)
{
	const char *sp = strrchr(k, ' ');
	size_t n = strlen(k), w = strcspn(k, " ");

	if (sp && rs_one_of(sp + 1, strlen(sp + 1), polity, sizeof polity / sizeof *polity))
		return places_only(k, (size_t)(sp - k));
	if (sp && strcmp(sp + 1, "union") == 0)
		return listed_as(k, (size_t)(sp - k), GZ_COUNTRY) ? 2 : 0;
	return rs_one_of(k, w, polity, sizeof polity / sizeof *polity) && n > w + 4 &&
	       strncmp(k + w, " of ", 4) == 0 && places_only(k + w + 4, n - w - 4);
}

void
rs_polities_in_article(struct resolver *r, size_t f, size_t e, struct imap *memo)
{
	size_t i;
	uint32_t *known;
	const char *surf;

	/* (written in capitals, the name may be cut short: "THE AMERICAN FEDERATION OF
	 * LABOR" of a speech's heading was "AMERICAN FEDERATION") */
	for (i = f; i < e; i++) {
		if (r->m[i].type != ENT_ORG || r->m[i].canon >= 0)
			continue;
		/* (each key answered once for the corpus: 1 + the answer, tagged 7) */
		known = rs_imap_ref(memo, (uint64_t)7 << 32 | r->m[i].key, 0);
		if (!*known)
			*known = 1 + (uint32_t)polity_key(rs_str(r, r->m[i].key));
		surf = rs_str(r, rs_at(r, &r->m[i])->surf);
		if ((*known == 2 || (*known == 3 && strncasecmp(surf, "union of ", 9) == 0)) &&
		    strpbrk(surf, "abcdefghijklmnopqrstuvwxyz"))
			r->m[i].type = ENT_PLACE;
	}
}
