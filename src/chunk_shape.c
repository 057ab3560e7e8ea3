/* chunk_shape.c -- the shapes of a word that say it is no name: a part of a document, camel case, a hyphen, a plural of an acronym or of a common word. MIT licence. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Does p (in a NUL-terminated text) begin a date written with slashes, "2/14/18",
 * "12/6/2013"? */
static int
slash_date(const char *p)
{
	int part, n;

	for (part = 0; part < 3; part++) {
		for (n = 0; *p >= '0' && *p <= '9'; p++)
			n++;
		if (n < 1 || n > (part == 2 ? 4 : 2) || (part < 2 && *p++ != '/'))
			return 0;
	}
	return 1;
}

/* Is token i followed by a number or a lone letter ("Section 3.2", "Clause 52.227",
 * "Exhibit A"), on its line or the next? A date is none ("Bannon 2/14/18 302", a
 * report's footnote citing an interview: its person's). */
int
ck_numbered(const struct ex_block *b, size_t i)
{
	const char *p = b->text + b->t[i].end, *e = b->text + b->t[i].end + 8;

	while (p < e && (*p == ' ' || *p == '\n' || *p == '\r'))
		p++;
	if (p == e || p == b->text + b->t[i].end || slash_date(p))
		return 0;
	return (*p >= '0' && *p <= '9') ||
	       (*p >= 'A' && *p <= 'Z' && !((p[1] >= 'a' && p[1] <= 'z') ||
					    (p[1] >= 'A' && p[1] <= 'Z')));
}

/* Has token i a capital after a small letter ("GLib", "NetBSD", "TeX"), or two capitals
 * or more before small letters ("JGit", "ZDNet")? */
int
ck_camel(const struct ex_block *b, size_t i)
{
	const char *p = b->text + b->t[i].start, *e = b->text + b->t[i].end, *q;

	/* capitals and then small letters: "JGit", "XFree86", "KDevelop", "ZDNet" (a web
	 * site "in ZDNet's Career Center" was a place of the hard ham's newsletters) */
	for (q = p; q < e && *q >= 'A' && *q <= 'Z'; q++)
		;
	if (q - p >= 2 && e - q >= 2 && q[0] >= 'a' && q[0] <= 'z' && q[1] >= 'a' && q[1] <= 'z')
		return 1;
	for (p++; p < e; p++)
		if (*p >= 'A' && *p <= 'Z' && p[-1] >= 'a' && p[-1] <= 'z')
			return 1;
	return 0;
}

/* Is token i, hyphenated, made of a word its article also writes in lower case ("Build-
 * Depends", "Back-Cover", "Standards-Version")? Name particles ("al-", "bin-") and parts of
 * two letters do not count: "Al-Assad", "Jean-Luc" stay names. */
int
ck_hyphen_lower(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const char *f = tfold(b, i);
	size_t p = 0, q;

	if (!(t->flags & TK_HYPH))
		return 0;
	while (p < t->flen) {
		for (q = p; q < t->flen && f[q] != '-'; q++)
			;
		if (q - p >= 3) {
			uint32_t h = gaz_hash(f + p, q - p);
			const struct gz_entry *e = gaz_lookup(f + p, q - p, h);

			if (!(e && (e->word & GZ_PARTICLE)) && (ex_evidence(b, h) & EV_LOWER))
				return 1;
		}
		p = q + 1;
	}
	return 0;
}

/* Is token i capitals with a plural s ("APIs", "FARs")? Then it is no name of the lists
 * either ("FARs" is not the Fars news agency). */
int
ck_plural_acronym(const struct ex_block *b, size_t i)
{
	const char *s = b->text + b->t[i].start;
	size_t n = b->t[i].end - b->t[i].start, k;

	if (n < 3 || s[n - 1] != 's')
		return 0;
	for (k = 0; k + 1 < n; k++)
		if (s[k] < 'A' || s[k] > 'Z')
			return 0;
	return 1;
}

/* Is token i a plural ("Republics", "Founders") whose singular the article also writes,
 * in lower case or capitalised? A family name of a plural's shape ("Williams") has no
 * singular beside it. */
static int
plural_common(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	const char *f = b->fb + t->fold;
	size_t n = t->flen;

	if (n < 5 || f[n - 1] != 's' || strchr("sui'", f[n - 2]) || (t->flags & TK_ALLCAP) ||
	    (t->cls & GZ_PERSONISH))
		return 0;
	return (ex_evidence(b, gaz_hash(f, n - 1)) & (EV_LOWER | EV_CAP)) != 0;
}

/* Is token i shaped as no person's name is: a digit ("WIN32"), a capital after a small
 * letter that no name prefix explains ("SunOS", "MacOS" -- but "McVittie", "MacArthur",
 * "DeShawn", "LeBron", "VanderMeulen", and in capitals after the prefix "McCLELLAN",
 * "MacDONALD", as papers and annals write family names), or a capital before a word of
 * English ("CNet", "KBase" -- but "CDale" is a nickname, "OBrien", "DArcy" are "O'Brien",
 * "D'Arcy" without the mark)?
 * Such a word is a program's, a site's or a firm's, and no part of a person's name. */
int
ck_unname_shape(const struct ex_block *b, size_t i)
{
	static const char *const prefix[] = { "Mc", "Mac", "De", "Di", "Du", "La", "Le", "Van",
					      "Von", "Fitz", "Da", "Del", "Della", "Ben" };
	const struct token *t = &b->t[i];
	const char *s = b->text + t->start, *p;
	size_t n = t->end - t->start, k, at = 0, transitions = 0;

	for (p = s; p < s + n; p++) {
		if (*p >= '0' && *p <= '9')
			return 1;
		if (p > s && *p >= 'A' && *p <= 'Z' && p[-1] >= 'a' && p[-1] <= 'z') {
			transitions++;
			at = (size_t)(p - s);
		}
	}
	if (n >= 4 && s[0] >= 'A' && s[0] <= 'Z' && s[0] != 'O' && s[0] != 'D' &&
	    s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'a' && s[2] <= 'z' && s[3] >= 'a' && s[3] <= 'z') {
		/* only before a word of English: an initial glued to a name is a person's
		 * nickname ("CDale <cdale@...>") */
		if (t->flen == n && gaz_is_common(b->fb + t->fold + 1, n - 1))
			return 1;
	}
	if (!transitions)
		return 0;
	if (transitions == 1)
		for (k = 0; k < sizeof prefix / sizeof prefix[0]; k++)
			if (strlen(prefix[k]) == at && strncmp(s, prefix[k], at) == 0 &&
			    n > at + 1 && ((s[at + 1] >= 'a' && s[at + 1] <= 'z') ||
					   (n >= at + 3 && strspn(s + at, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
					    n - at)))
				return 0;
	return 1;
}

/* Is the lone word at token i shaped as no person's name is (ck_unname_shape), capitals
 * with a plural s ("APIs", "IDs") or a plural beside its singular ("Republics")? Such a
 * word is never made a person, whatever cue stands beside it. */
int
ck_unnamelike(const struct ex_block *b, size_t i)
{
	return ck_plural_acronym(b, i) || plural_common(b, i) || ck_unname_shape(b, i);
}
