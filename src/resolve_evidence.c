/* resolve_evidence.c -- evidence before type: a full name the corpus keeps using with no cue of a person is a phrase. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * Evidence before type, over the corpus: a full name typed PERSON for want of anything
 * else (no word of it a known given or family name, never after a title, beside a
 * speech verb, in apposition, after a year or "by", or before a mail address) that stands
 * in EVIDENCE_ARTS articles or more and ends in a word shaped as a common noun is a
 * phrase the corpus keeps using ("Invariant Sections", "Back-Cover Texts", "Acquisition
 * Regulations"), not a person: a person named that often shows a cue somewhere. Names of
 * one or two articles are kept (recall of one-off names).
 */
#define EVIDENCE_ARTS 3

/* Is the last word of folded name k shaped as a common noun is and a family name seldom:
 * a plural ("Texts", "Regulations", "URLs"), an English suffix ("Packaging", "Reserved",
 * "Dedication"), or a digit ("V5")? Family names with a plural's shape ("Williams") need a
 * known given name, which is evidence of its own. */
static int
phrase_word(const char *k)
{
	static const char *const suf[] = { "ing", "ed", "tion", "sion", "ment", "ness", "ity",
					   "ous", "ive", "ful", "less", "able", "ism", "ics" };
	const char *w = strrchr(k, ' ');
	size_t n, i, l;

	w = w ? w + 1 : k;
	n = strlen(w);
	for (i = 0; i < n; i++)
		if (w[i] >= '0' && w[i] <= '9')
			return 1;
	if (n >= 4 && w[n - 1] == 's' && !strchr("sui'", w[n - 2]))
		return 1;
	for (i = 0; i < sizeof suf / sizeof suf[0]; i++) {
		l = strlen(suf[i]);
		if (n > l + 2 && memcmp(w + n - l, suf[i], l) == 0)
			return 1;
	}
	return 0;
}

void
rs_person_evidence(struct resolver *r)
{
	struct evidence {
		uint32_t e;	/* articles << 2 | 2 (seen) | 1 (evidence) */
		uint32_t last;	/* 1 + the last article counted */
	} *ev = NULL;
	struct imap at;		/* full name -> its record in ev (one probe for both) */
	size_t i, n = 0, cap = 0;
	uint32_t *x;
	long v;

	rs_imap_init(&at, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		struct evidence *q;

		if (!rs_is_full(m))
			continue;
		if (*(x = rs_imap_ref(&at, m->key, UINT32_MAX)) == UINT32_MAX) {
			*x = (uint32_t)n;
			xgrow((void **)&ev, &cap, n + 1, sizeof *ev);
			ev[n++] = (struct evidence){ 2, 0 };
		}
		q = &ev[*x];
		if (m->flags & (CF_TITLE | CF_SPEECH | CF_GIVEN))
			q->e |= 1;
		if (q->last != m->art + 1) {
			if (q->e >> 2 < 0x3fffffff)
				q->e += 4;
			q->last = m->art + 1;
		}
	}
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->type == ENT_PERSON && (v = rs_imap_get(&at, m->key)) >= 0 &&
		    !(ev[v].e & 1) && (ev[v].e >> 2) >= EVIDENCE_ARTS &&
		    phrase_word(rs_str(r, m->key)))
			m->type = RM_DROP;
	}
	rs_imap_free(&at);
	free(ev);
}
