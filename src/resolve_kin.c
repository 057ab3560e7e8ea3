/* resolve_kin.c -- relatives who share a name: a father and the son named after him are two people, a patronymic names the father. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "dossier/gazetteer.h"
#include "dossier/resolve.h"

/*
 * A son is often named after his father, his father's given name after his own ("Idriss
 * Deby", his son "Mahamat Idriss Deby"; "Hafez", "Bashar Hafez"): the father's full name
 * is then the end of the son's. A shorter full name is the short form of a longer one
 * that contains it ("Lopez Obrador" of "Andres Manuel Lopez Obrador"), but not when it is
 * the end of it, begins with a listed given name, and the article wrote it first: no one
 * introduces a man by the middle of his name, and the text that names the father before
 * the son is the common way of writing of both (Factbook: Chad's entry).
 */
bool
rs_elder_name(const char *a, const char *b, bool a_first)
{
	size_t al = strlen(a), bl = strlen(b), n = strcspn(a, " ");
	const struct gz_entry *g;

	if (!a_first || al + 1 >= bl || !a[n] || b[bl - al - 1] != ' ' ||
	    strcmp(b + bl - al, a) != 0)
		return false;
	g = gaz_find(a, n);
	return g && (g->word & GZ_FIRST);
}

/*
 * The son's own short form leaves out the father's name in the middle ("Mahamat Deby" of
 * "Mahamat Idriss Deby", as "John Kennedy" of "John Fitzgerald Kennedy"): a two-word
 * full name is the longer one with its first and last words, when the article wrote the
 * longer first. Written before it, it is another man's ("John Adams" before "John
 * Quincy Adams", his son).
 */
bool
rs_short_form(const char *a, const char *b, bool b_first)
{
	size_t n = strcspn(a, " "), bl = strlen(b), l;
	const char *last = a + n + 1;

	if (!b_first || !a[n] || strchr(last, ' ') || strncmp(a, b, n) != 0 || b[n] != ' ')
		return false;
	l = strlen(last);
	return bl > n + 1 + l && b[bl - l - 1] == ' ' && strcmp(b + bl - l, last) == 0 &&
	       bl - l - 1 > n;
}

/*
 * Is the word at k + p (a full name's key) right after a patronymic particle ("tamim bin
 * hamad": "hamad")? It is the father's given name, not a name of this man: a lone
 * "Hamad" in the article is the father ("Hamad bin Khalifa Al Thani"), who abdicated to
 * his son (Factbook: Qatar's entry).
 */
bool
rs_after_patronymic(const char *k, size_t p)
{
	static const char *const part[] = { "bin ", "ibn ", "bint " };
	size_t i, n;

	for (i = 0; i < sizeof part / sizeof *part; i++) {
		n = strlen(part[i]);
		if (p >= n && memcmp(k + p - n, part[i], n) == 0 && (p == n || k[p - n - 1] == ' '))
			return true;
	}
	return false;
}
