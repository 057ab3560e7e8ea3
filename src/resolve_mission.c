/* resolve_mission.c -- a country's embassy or consulate, or a university's department, named without its host: a body of its article only. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/* The words that end the name of a post abroad ("the American Embassy", "the U.S.
 * Consulate", "the British Legation"): every country keeps one in every capital, so the
 * name says which only with its host ("the U.S. Embassy in Tirana"), which is a name of its
 * own. */
static const char *const post[] = {
	"embassy", "consulate", "consulate general", "consulate-general", "legation",
	"vice consulate", "vice-consulate", "vice consulate general",
	"mission", "diplomatic mission", "consular agency", "commercial agency",
	"consular office", "consular post", "chancery",
	"high commission", "liaison office", "interests section",
};

/* The disciplines a university teaches: "the Department of History" is every
 * university's. */
static const char *const field[] = {
	"history", "economics", "political science", "politics", "sociology",
	"philosophy", "english", "law", "mathematics", "physics", "chemistry", "biology",
	"anthropology", "international relations", "geography", "classics", "psychology",
	"journalism", "international studies",
};

bool
rs_one_of(const char *k, size_t n, const char *const *list, size_t ln)
{
	size_t i;

	for (i = 0; i < ln; i++)
		if (strlen(list[i]) == n && strncmp(list[i], k, n) == 0)
			return true;
	return false;
}

/* Is k[0, n) empty or a country or its people ("american", "u.s.", "united states")? */
static bool
country_word(const char *k, size_t n)
{
	const struct gz_entry *g;

	if (n == 0)
		return true;
	g = gaz_find(k, n);
	return g && ((g->word | g->acr) & (GZ_COUNTRY | GZ_DEMONYM));
}

/* Does the folded key k name a post abroad without its host, or a department of a
 * university without the university? */
static bool
hostless(const char *k)
{
	size_t n = strlen(k), i, ln;

	if (strncmp(k, "department of ", 14) == 0)
		return rs_one_of(k + 14, n - 14, field, sizeof field / sizeof *field);
	/* the office of a country's envoy, named for him ("the Office of the U.S.
	 * Representative in Majuro", rdcr: two posts merged) */
	if (n > 29 && strncmp(k, "office of the ", 14) == 0 &&
	    strcmp(k + n - 15, " representative") == 0)
		return country_word(k + 14, n - 29);
	if (n > 11 && strcmp(k + n - 11, " department") == 0)
		return rs_one_of(k, n - 11, field, sizeof field / sizeof *field);
	for (i = 0; i < sizeof post / sizeof *post; i++) {
		ln = strlen(post[i]);
		if (ln <= n && strcmp(k + n - ln, post[i]) == 0 &&
		    (ln == n || (k[n - ln - 1] == ' ' && country_word(k, n - ln - 1))))
			return true;
	}
	return false;
}

void
rs_hostless_in_article(struct resolver *r, size_t f, size_t e, size_t art, struct imap *memo)
{
	char buf[512];
	size_t i;
	uint32_t *known;
	int n;

	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];

		if (m->type != ENT_ORG)
			continue;
		/* (each key answered once for the corpus: 1 + the answer, tagged 6) */
		known = rs_imap_ref(memo, (uint64_t)6 << 32 | m->key, 0);
		if (!*known)
			*known = 1 + hostless(rs_str(r, m->key));
		if (*known != 2)
			continue;
		n = snprintf(buf, sizeof buf, "%s\x05%zu", rs_str(r, m->key), art);
		if (n > 0 && (size_t)n < sizeof buf) {
			m->key = rs_intern_key(r, buf, (size_t)n);
			m->canon = -1;
		}
	}
}
