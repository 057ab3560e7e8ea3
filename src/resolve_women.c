/* resolve_women.c -- women by their honorifics: "Mrs. Bennet" and "Miss Bennet" of a family are people apart from its men. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

const struct rs_woman_word rs_woman_words[4] = {
	{ SEX_MRS, "mrs", "Mrs." }, { SEX_MS, "ms", "Ms." }, { SEX_MISS, "miss", "Miss" },
	{ SEX_LADY, "lady", "Lady" },
};

/* The word a woman's key starts with for honorific h ("mrs", "ms", "miss", "lady"), or
 * NULL for a man's or none. */
static const char *
woman_word(int h)
{
	size_t k;

	for (k = 0; k < sizeof rs_woman_words / sizeof *rs_woman_words; k++)
		if (rs_woman_words[k].sex == h)
			return rs_woman_words[k].key;
	return NULL;
}

/* m's key made a woman's of her own, "WORD NAME" (woman_word()), by honorific h. */
static void
woman_key(struct resolver *r, struct rm *m, int h)
{
	char buf[256];
	int n = snprintf(buf, sizeof buf, "%s %s", woman_word(h), rs_str(r, m->key));

	if (n > 0 && (size_t)n < sizeof buf)
		m->key = rs_intern_key(r, buf, (size_t)n);
}

/* Is m a family name alone that no full name took, after an honorific (SEX_*)? */
static bool
lone_after(const struct resolver *r, const struct rm *m)
{
	return sex_of_honorific(m->sex) && (m->link & LK_COURTESY) && m->type == ENT_PERSON &&
	       m->ntok == 1 && m->nw == 1 && !strchr(rs_str(r, m->key), ' ');
}

/* The bit of honorific h among a family name's (rs_women_apart()). */
static uint32_t
honorific_bit(int h)
{
	h = honorific_plain(h);
	return h == SEX_MR ? 1 : h == SEX_MRS ? 2 : h == SEX_MS ? 4 : h == SEX_MISS ? 8 : 16;
}

void
rs_women_apart(struct resolver *r)
{
	struct imap kinds;	/* a family name no full name took -> its honorifics' bits */
	size_t i;
	long v;

	rs_imap_init(&kinds, 64);
	for (i = 0; i < r->n; i++)
		if (lone_after(r, &r->m[i]))
			*rs_imap_ref(&kinds, r->m[i].key, 0) |= honorific_bit(r->m[i].sex);
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		/* two kinds or more: "Mr." and "Mrs.", "Mrs." and "Miss" ("Mrs. Bates" and
		 * "Miss Bates" are mother and daughter); a man's stays the lone name's */
		if (lone_after(r, m) && honorific_plain(m->sex) != SEX_MR &&
		    (v = rs_imap_get(&kinds, m->key)) > 0 &&
		    (v & (v - 1)))
			woman_key(r, m, m->sex);
	}
	rs_imap_free(&kinds);
}

void
rs_women(struct resolver *r, const struct imap *kinds)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (sex_of_honorific(m->sex) != 'f' || m->ntok != 1 || m->nw > 1 ||
		    (m->type != ENT_PERSON && m->type != CAND_UNKNOWN) ||
		    !(rs_imap_get(kinds, m->key) > 0 && (rs_imap_get(kinds, m->key) & RS_LONE_OFFICE)))
			continue;
		woman_key(r, m, woman_word(m->sex) ? m->sex : SEX_MRS);
		m->type = ENT_PERSON;
	}
}
