/* resolve_annal.c -- the ways of annals and reference works in resolution: where a text writes family names in capitals, the same word in ordinary capitals is another name. MIT licence. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/resolve.h"
#include "dossier/util.h"

/* Is s[0..n) a word of two capitals or more and no small letter? */
static bool
caps_word(const char *s, size_t n)
{
	size_t i, up = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return false;
		up += s[i] >= 'A' && s[i] <= 'Z';
	}
	return up >= 2;
}

/* Has s a small letter? */
static bool
has_lower(const char *s)
{
	for (; *s; s++)
		if (*s >= 'a' && *s <= 'z')
			return true;
	return false;
}

/* Is the folded word w a word of the key of a place of several words among the article's
 * mentions [f, e) ("wallis" of "wallis and futuna", "keeling" of "cocos (keeling)
 * islands")? */
static bool
in_place_name(const struct resolver *r, size_t f, size_t e, const char *w, size_t n)
{
	const char *k, *p;
	size_t i;

	for (i = f; i < e; i++) {
		if (r->m[i].type != ENT_PLACE || r->m[i].nw < 2)
			continue;
		k = rs_str(r, r->m[i].key);
		for (p = strstr(k, w); p; p = strstr(p + 1, w))
			if ((p == k || !((p[-1] >= 'a' && p[-1] <= 'z') || p[-1] == '-')) &&
			    !((p[n] >= 'a' && p[n] <= 'z') || p[n] == '-'))
				return true;
	}
	return false;
}

/*
 * The folded family names that the article's mentions [f, e) of people write in capitals
 * inside a name written otherwise in ordinary capitals ("Samuel WALLIS", "William
 * KEELING"), as reference works do, that a place of the article is named after ("Wallis
 * and Futuna", "Cocos (Keeling) Islands"): a list of folded words, each ended by '\0',
 * the list by an empty one (owned by the caller), or NULL when there are none. ("Stalin's
 * rule" beside "Iosif STALIN" is still the man: no place has his name there.)
 */
char *
rs_caps_families(const struct resolver *r, size_t f, size_t e)
{
	struct sbuf b = {0};
	char fold[4 * 64 + 8];
	size_t i, n, k;

	for (i = f; i < e; i++) {
		const struct rm *m = &r->m[i];
		const char *s = rs_str(r, rs_at(r, m)->surf);

		if (m->type != ENT_PERSON || !rs_is_full(m) || !has_lower(s))
			continue;
		for (; *s; s += n, s += *s != '\0') {
			n = strcspn(s, " ");
			if (n > 64 || !caps_word(s, n))
				continue;
			k = ex_fold(s, n, fold, sizeof fold);
			if (k < sizeof fold && (fold[k] = '\0', in_place_name(r, f, e, fold, k))) {
				sb_add(&b, fold, k);
				sb_addc(&b, '\0');
			}
		}
	}
	if (!b.len)
		return NULL;
	sb_addc(&b, '\0');
	return b.data;
}

/* Is lone mention m a word of the list of rs_caps_families() written in ordinary capitals
 * ("Wallis" of "Wallis and Futuna" beside "Samuel WALLIS")? Then it is not that person. */
bool
rs_caps_family_apart(const struct resolver *r, const char *list, const struct rm *m)
{
	const char *k, *s;

	if (!list)
		return false;
	s = rs_str(r, rs_at(r, m)->surf);
	if (caps_word(s, strlen(s)))
		return false;
	k = rs_str(r, m->key);
	for (; *list; list += strlen(list) + 1)
		if (strcmp(list, k) == 0)
			return true;
	return false;
}
