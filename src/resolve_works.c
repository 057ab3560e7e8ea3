/* resolve_works.c -- names of no one body or person: a collection of documents ("Pentagon Papers"), bodies of a kind ("Presidential Libraries"), a body's people ("Foreign Service Officers"). MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/resolve.h"

/* Does s (n bytes) end in one of the words end[0, ne) (each with its blank before it)? */
static bool
ends_in(const char *s, size_t n, const char *const *end, size_t ne)
{
	size_t i, l;

	for (i = 0; i < ne; i++) {
		l = strlen(end[i]);
		if (n > l && memcmp(s + n - l, end[i], l) == 0)
			return true;
	}
	return false;
}

/* Does surface s end in a word naming a set of documents ("the Pentagon Papers", "the
 * Advisory Committee on Historical Diplomatic Documentation Files, 1957-1990", "the Paul
 * Claussen Files")? RULES.md annotates no work, nor the names inside it. */
static bool
collection(const char *s, size_t n)
{
	static const char *const last[] = { " Papers", " Files", " PAPERS", " FILES" };

	return ends_in(s, n, last, sizeof last / sizeof *last);
}

/* Does the organisation's surface s end in the plural of a body's head or in its people
 * ("the Presidential Libraries", "American Embassies", "Foreign Service Officers",
 * "Consulate General Officials"), with no "of" or "and" that may make it one body's own
 * name ("Organization of American Historians", "Office of Presidential Libraries")? Such
 * a name is bodies of a kind or people, no one body. (Not the plurals that end many
 * firms' names: "Airlines", "Industries", "Laboratories", "Holdings".) */
static bool
kind(const char *s, size_t n)
{
	static const char *const last[] = {
		" Libraries", " Embassies", " Consulates", " Legations", " Ministries",
		" Departments", " Agencies", " Officers", " Officials", " Employees",
		" Diplomats",
	};

	return !strstr(s, " of ") && !strstr(s, " and ") && !strstr(s, " for ") &&
	       ends_in(s, n, last, sizeof last / sizeof *last);
}

void
rs_works_in_article(struct resolver *r, size_t f, size_t e)
{
	size_t i;

	for (i = f; i < e; i++) {
		struct rm *m = &r->m[i];
		const char *s;
		size_t n;

		if ((m->type != ENT_ORG && m->type != ENT_PERSON) || m->ntok < 2)
			continue;
		s = rs_str(r, rs_at(r, m)->surf);
		n = strlen(s);
		/* an archive's series, "National Archives, Record Group 59" */
		if (n >= 12 && strcmp(s + n - 12, "Record Group") == 0) {
			m->type = RM_DROP;
			continue;
		}
		/* (every other ending looked for is a plural's: most names end otherwise) */
		if (n < 6 || (s[n - 1] != 's' && s[n - 1] != 'S'))
			continue;
		if (collection(s, n) || (m->type == ENT_ORG && kind(s, n)))
			m->type = RM_DROP;
	}
}
