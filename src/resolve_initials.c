/* resolve_initials.c -- within one article: an organisation's acronym used without a definition ("the Environmental Protection Agency ... the EPA"). MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/resolve.h"
#include "dossier/util.h"

#define ACR_MIN 3	/* two capitals ("AM", "TV") are too often something else */
#define ACR_MAX 8
#define AMBIGUOUS UINT32_MAX

/* The initials of the capitalised words of s[0, n) ("Federal Bureau of Investigation":
 * FBI; a hyphen starts a word, "U.S." is one), packed five bits a letter, past the first
 * skip capitalised words; 0 when fewer than ACR_MIN or more than ACR_MAX. */
static uint64_t
initials(const char *s, size_t n, int skip)
{
	uint64_t v = 0;
	size_t i;
	int k = 0;

	for (i = 0; i < n; i++) {
		int start = i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '-';

		if (!start || s[i] < 'A' || s[i] > 'Z' || skip-- > 0)
			continue;
		if (++k > ACR_MAX)
			return 0;
		v = v << 5 | (uint64_t)(s[i] - 'A' + 1);
	}
	return k >= ACR_MIN ? v : 0;
}

/* The letters of s[0, n), all capitals, packed as initials() packs them; else 0. */
static uint64_t
acronym(const char *s, size_t n)
{
	uint64_t v = 0;
	size_t i;

	if (n < ACR_MIN || n > ACR_MAX)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
		v = v << 5 | (uint64_t)(s[i] - 'A' + 1);
	}
	return v;
}

static void
note(struct imap *map, uint64_t v, uint32_t o, const struct resolver *r)
{
	uint32_t *p;

	if (!v)
		return;
	p = rs_imap_ref(map, v, o);
	if (*p != o && *p != AMBIGUOUS && r->m[*p].key != r->m[o].key)
		*p = AMBIGUOUS;
}

/*
 * News names a body in full once and then by its initials alone, without brackets:
 * "the Environmental Protection Agency ... The EPA finding", "the Federal Election
 * Commission ... the FEC also suggested". Those acronyms were dropped as unknown words.
 * An unknown word in capitals whose letters are the initials of the capitalised words of
 * one organisation named in the same article (or of them past the first, "U.S. Food and
 * Drug Administration": FDA) is that organisation; of two organisations with the same
 * initials, neither. Only near the name: at most NEAR_AFTER bytes after a mention of it,
 * or NEAR_BEFORE before the first (a headline's acronym): in a long speech the "OMB" 100
 * kB after an "Office of Minority Business" is another office.
 */
#define NEAR_AFTER 10000
#define NEAR_BEFORE 1500

void
rs_initials_in_article(struct resolver *r, size_t f, size_t e)
{
	struct imap first, last;	/* initials -> the first (last so far) mention of a body */
	size_t i;
	long o, l;

	for (i = f; i < e && r->m[i].type != ENT_ORG; i++)
		;
	if (i == e)
		return;
	rs_imap_init(&first, 16);
	rs_imap_init(&last, 16);
	for (; i < e; i++) {
		const struct rm *m = &r->m[i];

		if (m->type != ENT_ORG || m->ntok < 2)
			continue;
		note(&first, initials(rs_raw(r, m), rs_len(r, m), 0), (uint32_t)i, r);
		note(&first, initials(rs_raw(r, m), rs_len(r, m), 1), (uint32_t)i, r);
	}
	for (i = f; first.n > 0 && i < e; i++) {
		struct rm *m = &r->m[i];
		uint64_t v;

		if (m->type == ENT_ORG && m->ntok >= 2) {
			if ((v = initials(rs_raw(r, m), rs_len(r, m), 0)) != 0)
				rs_imap_put(&last, v, (uint32_t)i);
			if ((v = initials(rs_raw(r, m), rs_len(r, m), 1)) != 0)
				rs_imap_put(&last, v, (uint32_t)i);
			continue;
		}
		if (m->type != CAND_UNKNOWN || m->ntok != 1 ||
		    !(v = acronym(rs_raw(r, m), rs_len(r, m))) ||
		    (o = rs_imap_get(&first, v)) < 0 || (uint32_t)o == AMBIGUOUS)
			continue;
		l = rs_imap_get(&last, v);
		if (l >= 0 ? rs_at(r, m)->start - rs_at(r, &r->m[l])->end > NEAR_AFTER :
			     rs_at(r, &r->m[o])->start - rs_at(r, m)->end > NEAR_BEFORE)
			continue;
		m->type = ENT_ORG;
		m->key = r->m[o].key;
		m->nw = r->m[o].nw;
	}
	rs_imap_free(&first);
	rs_imap_free(&last);
}

/* Is m written as an acronym: 2 to ACR_MAX capitals, with full stops or not ("FEC",
 * "U.N.")? */
static int
acronym_shaped(const struct resolver *r, const struct rm *m)
{
	const char *s = rs_raw(r, m);
	uint32_t i, n = rs_len(r, m), caps = 0;

	for (i = 0; i < n; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			caps++;
		else if (s[i] != '.')
			return 0;
	return caps >= 2 && caps <= ACR_MAX;
}

/*
 * rs_generic_orgs() gives a body of generic words the key of its country or of its
 * article ("Federal Election Commission": the United States'), by its surface; its
 * acronym, bracketed or not, kept the key it had, and the one body made two rows of one
 * article, "Federal Election Commission" and "FEC". An acronym still keyed as a body was
 * before (old[i - f], the keys of [f, e) before that pass) follows the body's new key, when
 * the body got one key only.
 */
static void
acronyms_follow(struct resolver *r, size_t f, size_t e, const uint32_t *old)
{
	struct imap moved;	/* key before -> key after (AMBIGUOUS: several) */
	size_t i;
	long v;

	rs_imap_init(&moved, 4);
	for (i = f; i < e; i++) {
		const struct rm *m = &r->m[i];
		uint32_t *p;

		if (m->type != ENT_ORG || m->key == old[i - f])
			continue;
		p = rs_imap_ref(&moved, old[i - f], m->key);
		if (*p != m->key)
			*p = AMBIGUOUS;
	}
	for (i = f; moved.n > 0 && i < e; i++) {
		struct rm *m = &r->m[i];

		if (m->type == ENT_ORG && m->key == old[i - f] &&
		    (v = rs_imap_get(&moved, m->key)) >= 0 && (uint32_t)v != AMBIGUOUS &&
		    acronym_shaped(r, m))
			m->key = (uint32_t)v;
	}
	rs_imap_free(&moved);
}

void
rs_generic_orgs_acronyms(struct resolver *r, struct imap *gen, size_t f, size_t e,
			 size_t art)
{
	uint32_t stack[256], *old = e - f <= 256 ? stack : xmalloc((e - f) * sizeof *old);
	size_t i;

	for (i = f; i < e; i++)
		old[i - f] = r->m[i].key;
	rs_generic_orgs(r, gen, f, e, art);
	acronyms_follow(r, f, e, old);
	if (old != stack)
		free(old);
}
