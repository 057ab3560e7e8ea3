/* resolve_spelled.c -- a full name written with initials ("J. E. Johnston") made the one name of the corpus they spell out ("Joseph E. Johnston"). MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * Older print and signatures write a man by his initials ("J. E. Johnston", "A. S.
 * Johnston", "W. T. Sherman"), the narrative by his names ("Joseph E. Johnston", "Albert
 * Sidney Johnston"): Grant's memoirs had four rows for the two Johnstons; Lincoln's
 * letters, signed "A. LINCOLN", had one of 161 letters beside Abraham Lincoln. A full
 * name of initials only, one or more, joins the one full name of the corpus whose given names,
 * written out (the first at least), begin with those letters in that order, with the same
 * family name. Where two written names share the initials ("John E. Smith", "James E.
 * Smith") it joins neither; names written only in articles more than SPELLED_ERA years
 * apart stay apart. Abbreviations ("Geo. H. Thomas") are no written names here.
 */

#define SPELLED_ERA 30
#define SPELLED_WORDS 6		/* longer names are not read */

/* One distinct full name: its key, the years of its dated articles. */
struct spelled {
	uint32_t key;
	uint16_t y0, y1;
};

/* Is word w[0, n) an initial ("j." or "j")? */
static int
initial(const char *w, size_t n)
{
	return (n == 1 || (n == 2 && w[1] == '.')) && w[0] >= 'a' && w[0] <= 'z';
}

/* The signature of full name k in buf ("johnston je": the family name, then the first
 * letter of each given name) and its kind: 1 initials only, 2 written out (the first given
 * name a word, no abbreviation), 0 neither or no name of that shape. */
static int
signature(const char *k, char *buf, size_t cap)
{
	const char *w[SPELLED_WORDS + 1];
	size_t l[SPELLED_WORDS + 1], nw = 0, i, n;
	int inits = 1;

	while (*k) {
		if (nw == SPELLED_WORDS + 1)
			return 0;
		n = strcspn(k, " ");
		w[nw] = k;
		l[nw++] = n;
		k += n;
		while (*k == ' ')
			k++;
	}
	if (nw < 2 || l[nw - 1] + nw + 1 > cap || initial(w[nw - 1], l[nw - 1]))
		return 0;
	for (i = 0; i + 1 < nw; i++) {
		if (w[i][0] < 'a' || w[i][0] > 'z')
			return 0;
		inits &= initial(w[i], l[i]);
	}
	if (!inits && (l[0] < 2 || w[0][l[0] - 1] == '.'))
		return 0;	/* an abbreviation ("geo.", "wm.") or an initial first */
	memcpy(buf, w[nw - 1], l[nw - 1]);
	n = l[nw - 1];
	buf[n++] = ' ';
	for (i = 0; i + 1 < nw; i++)
		buf[n++] = w[i][0];
	buf[n] = '\0';
	return inits ? 1 : 2;
}

/* Are names a and b far apart in time (both dated, more than SPELLED_ERA years)? */
static int
apart(const struct spelled *a, const struct spelled *b)
{
	return a->y0 && b->y0 && (a->y0 > b->y1 + SPELLED_ERA || b->y0 > a->y1 + SPELLED_ERA);
}

void
rs_spelled_names(struct resolver *r)
{
	struct imap at;		/* full-name key -> index in v */
	struct imap written;	/* signature -> 1 + index of its written name, 0: several */
	struct imap to;		/* initials' key -> the written name's key */
	struct spelled *v = NULL;
	size_t n = 0, cap = 0, i;
	char buf[128];
	uint32_t *x;
	long w;

	rs_imap_init(&at, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint16_t y = r->year ? r->year[m->art] : 0;

		if (!rs_is_full(m) || (m->flags & CF_FF) || m->nw > SPELLED_WORDS)
			continue;
		if (*(x = rs_imap_ref(&at, m->key, UINT32_MAX)) == UINT32_MAX) {
			xgrow((void **)&v, &cap, n + 1, sizeof *v);
			v[n] = (struct spelled){ m->key, 0, 0 };
			*x = (uint32_t)n++;
		}
		if (y && (!v[*x].y0 || y < v[*x].y0))
			v[*x].y0 = y;
		if (y > v[*x].y1)
			v[*x].y1 = y;
	}
	rs_imap_free(&at);
	rs_imap_init(&written, 64);
	rs_imap_init(&to, 64);
	for (i = 0; i < n; i++) {	/* the written names of each signature */
		if (signature(rs_str(r, v[i].key), buf, sizeof buf) != 2)
			continue;
		x = rs_imap_ref(&written, rs_intern_key(r, buf, strlen(buf)), (uint32_t)i + 1);
		if (*x != i + 1)
			*x = 0;	/* two of them */
	}
	for (i = 0; written.n && i < n; i++) {	/* the initials that spell one out */
		uint32_t sig;

		if (signature(rs_str(r, v[i].key), buf, sizeof buf) != 1 ||
		    (sig = rs_find_key(r, buf)) == UINT32_MAX ||
		    (w = rs_imap_get(&written, sig)) <= 0 || apart(&v[i], &v[w - 1]))
			continue;
		rs_imap_put(&to, v[i].key, v[w - 1].key);
	}
	for (i = 0; to.n && i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->type == ENT_PERSON && (w = rs_imap_get(&to, m->key)) >= 0) {
			m->key = (uint32_t)w;
			m->nw = rs_nwords(rs_str(r, m->key));
		}
	}
	rs_imap_free(&to);
	rs_imap_free(&written);
	free(v);
}
