/* resolve.c -- alias resolution within articles and across the corpus, canonical names. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * Steps (resolve_corpus):
 *   1. load: every candidate becomes a struct rm with an interned surface and a key (the
 *      folded name, the gazetteer canonical, the ISO date...);
 *   2. acronyms and alias_article: within each article, "Data Protection Commission (DPC)"
 *      names DPC, shorter full names join longer ones, and lone words join the full name
 *      they are a word of (family name first, then any word);
 *   3. alias_corpus: the lone words left join the dominant full name with that family
 *      name anywhere in the corpus, or stand alone when a title, a speech verb or the
 *      name lists vouch for them; the others are dropped;
 *   4. resolve_set.c groups mentions by (type, key) into entities.
 */

static uint32_t
arena_add(struct resolver *r, const char *s, size_t len)
{
	uint32_t off = (uint32_t)r->ar.len;

	sb_add(&r->ar, s, len);
	sb_addc(&r->ar, '\0');
	return off;
}

/* Copy len bytes at arena offset off to a new string (the arena may move meanwhile). */
static uint32_t
arena_dup(struct resolver *r, uint32_t off, size_t len)
{
	uint32_t noff = (uint32_t)r->ar.len;

	xgrow((void **)&r->ar.data, &r->ar.cap, r->ar.len + len + 1, 1);
	memmove(r->ar.data + noff, r->ar.data + off, len);
	r->ar.len += len;
	sb_addc(&r->ar, '\0');
	return noff;
}

/* Intern the string just added to the arena at off: returns the offset of its first copy
 * (the new one is dropped) and that copy's value in *val (UINT32_MAX when new). */
static uint32_t
intern_h(struct resolver *r, int tag, uint32_t off, uint32_t h, uint32_t *val, uint8_t *aux)
{
	size_t i = rs_smap_slot_h(&r->strs, r, tag, rs_str(r, off), h);

	if (r->strs.s[i].key != UINT32_MAX) {
		r->ar.len = off;
		*val = r->strs.s[i].val;
		*aux = r->strs.s[i].aux;
		return r->strs.s[i].key;
	}
	if (r->strs.n * 2 + 2 > r->strs.cap)
		rs_smap_grow(&r->strs);
	rs_smap_put_h(&r->strs, r, tag, off, UINT32_MAX, h);
	*val = UINT32_MAX;
	*aux = 0;
	return off;
}

static uint32_t
intern(struct resolver *r, int tag, uint32_t off, uint32_t *val)
{
	uint8_t aux;

	return intern_h(r, tag, off, rs_smap_hash(tag, rs_str(r, off)), val, &aux);
}

/* Length of folded key k[0..n) without a trailing legal form ("red hat, inc." -> "red
 * hat", "eli lilly and company" -> "eli lilly"): "Google", "Google Inc" and "Google LLC"
 * are one organisation. */
static size_t
legal_form(const char *k, size_t n)
{
	static const char *const form[] = { "inc", "incorporated", "ltd", "limited", "llc",
					    "gmbh", "corp", "corporation", "plc", "co", "ag", "ab",
					    "nv", "bv", "oyj", "asa", "spa", "lp", "llp" };
	size_t e = n, w, i, l;

	while (e > 0 && (k[e - 1] == '.' || k[e - 1] == ','))
		e--;
	for (w = e; w > 0 && k[w - 1] != ' '; w--)
		;
	if (w < 2)
		return n;
	for (i = 0; i < sizeof form / sizeof form[0]; i++) {
		l = strlen(form[i]);
		if (e - w == l && memcmp(k + w, form[i], l) == 0) {
			for (w--; w > 0 && (k[w - 1] == ',' || k[w - 1] == ' '); w--)
				;
			/* "merck & co", "jones and co": the "&" or "and" goes too */
			if (l == 2 && w >= 5 && memcmp(k + w - 2, " &", 2) == 0)
				w -= 2;
			else if (l == 2 && w >= 5 && memcmp(k + w - 4, " and", 4) == 0)
				w -= 4;
			return w;
		}
	}
	/* "eli lilly and company": "Company" alone is a name's head ("Ford Motor Company") */
	if (e - w == 7 && memcmp(k + w, "company", 7) == 0 && w >= 6 &&
	    memcmp(k + w - 5, " and ", 5) == 0)
		return w - 5;
	if (e - w == 7 && memcmp(k + w, "company", 7) == 0 && w >= 4 &&
	    memcmp(k + w - 3, " & ", 3) == 0)
		return w - 3;
	return n;
}

/* s[0, *len) without a nickname in quotes inside it (`William "Bill" Clinton`: the
 * tokeniser's drop_nicknames() made it one name), into out (*len bytes at most): out, or
 * s when it has none. */
static const char *
unquoted(const char *s, size_t *len, char *out)
{
	const char *q = memchr(s, '"', *len), *open = NULL, *close = NULL;
	size_t n = *len, w = 0, i;

	if (q && q > s && q[-1] == ' ')
		open = q, close = memchr(q + 1, '"', n - (size_t)(q + 1 - s));
	for (i = 0; !open && i + 3 <= n; i++)
		if (memcmp(s + i, "\xE2\x80\x9C", 3) == 0 && i > 0 && s[i - 1] == ' ') {
			open = s + i;
			for (i += 3; i + 3 <= n && memcmp(s + i, "\xE2\x80\x9D", 3) != 0; i++)
				;
			close = i + 3 <= n ? s + i + 2 : NULL;
		}
	if (!open || !close || close + 2 >= s + n || close[1] != ' ')
		return s;
	memcpy(out, s, (size_t)(open - 1 - s));	/* (its blank before goes too) */
	w = (size_t)(open - 1 - s);
	memcpy(out + w, close + 1, n - (size_t)(close + 1 - s));
	*len = w + n - (size_t)(close + 1 - s);
	return out;
}

/* Fold a surface and collapse blanks: the matching key of a name (interned). */
static uint32_t
fold_key(struct resolver *r, const char *s, size_t len)
{
	char stack[512], *buf = len * 4 + 8 <= sizeof stack ? stack : xmalloc(len * 4 + 8);
	char plain[256];
	size_t n, i, o = 0;
	uint32_t off, v;

	if (len < sizeof plain)
		s = unquoted(s, &len, plain);
	n = ex_fold(s, len, buf, len * 4 + 8);

	for (i = 0; i < n; i++) {
		char c = buf[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (o > 0 && buf[o - 1] != ' ')
				buf[o++] = ' ';
		} else
			buf[o++] = c;
	}
	while (o > 0 && buf[o - 1] == ' ')
		o--;
	/* (twice: "british petroleum co plc" is "british petroleum co" is "british
	 * petroleum"; but "ivan f. boesky and co lp" is his firm, "ivan f. boesky and co", not
	 * him) */
	if ((i = legal_form(buf, o)) != o && (n = legal_form(buf, i)) != i &&
	    !memmem(buf + n, i - n, " and", 4) && !memchr(buf + n, '&', i - n))
		o = n;
	else
		o = i;
	o = rs_standard_words(buf, o, len * 4 + 8);
	off = intern(r, 2, arena_add(r, buf, o), &v);
	if (buf != stack)
		free(buf);
	return off;
}

/* Surface with blanks collapsed (for display and aliases), added to the arena; *same: are
 * its bytes s[0, len) as they are (no blank but single spaces inside, no NUL)? */
static uint32_t
surface(struct resolver *r, const char *s, size_t len, int *same)
{
	uint32_t off = (uint32_t)r->ar.len;
	size_t i, o = 0;
	char *d;
	int sp = 0, changed = 0;

	xgrow((void **)&r->ar.data, &r->ar.cap, r->ar.len + len + 1, 1);
	d = r->ar.data + off;
	/* Most names are written with single spaces: copied as they are. */
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] <= ' ' && (s[i] != ' ' || i == 0 || i + 1 == len ||
						   s[i + 1] == ' '))
			break;
	if (i == len) {
		memcpy(d, s, len);
		d[len] = '\0';
		r->ar.len += len + 1;
		*same = 1;
		return off;
	}
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			changed |= c != ' ' || sp || o == 0;
			sp = 1;
			continue;
		}
		changed |= c == '\0';
		if (sp && o > 0)
			d[o++] = ' ';
		sp = 0;
		d[o++] = c;
	}
	d[o] = '\0';
	r->ar.len += o + 1;
	*same = !changed && !sp;
	return off;
}

uint8_t
rs_nwords(const char *k)
{
	size_t n = *k ? 1 : 0;

	for (; *k; k++)
		n += *k == ' ';
	return (uint8_t)(n > 255 ? 255 : n);
}

uint32_t
rs_intern_dup(struct resolver *r, uint32_t off, size_t len)
{
	uint32_t v;

	return intern(r, 2, arena_dup(r, off, len), &v);
}

uint32_t
rs_intern_key(struct resolver *r, const char *s, size_t n)
{
	uint32_t v;

	return intern(r, 2, arena_add(r, s, n), &v);
}

uint32_t
rs_find_key(const struct resolver *r, const char *s)
{
	size_t i = rs_smap_slot_h(&r->strs, r, 2, s, rs_smap_hash(2, s));

	return r->strs.s[i].key;
}

/* The key of the first word of key k (of several words), without a possessive when bare
 * ("moody's"), when some mention's key is that word, else UINT32_MAX. */
static uint32_t
first_word(const struct resolver *r, uint32_t k, bool bare)
{
	char buf[128];
	const char *s = rs_str(r, k);
	size_t n = strcspn(s, " ");

	if (n == 0 || n >= sizeof buf || !s[n])
		return UINT32_MAX;
	memcpy(buf, s, n);
	if (bare && n > 3 && buf[n - 2] == '\'' && buf[n - 1] == 's')
		n -= 2;
	buf[n] = '\0';
	return rs_find_key(r, buf);
}

/* (resolve.h) */
uint32_t
rs_first_word(const struct resolver *r, uint32_t k)
{
	return first_word(r, k, false);
}

/* (resolve.h) */
uint32_t
rs_first_word_bare(const struct resolver *r, uint32_t k)
{
	return first_word(r, k, true);
}

/* A people in the plural has the key of the singular ("amorites" -> "amorite"). */
static uint32_t
people_key(struct resolver *r, uint32_t key)
{
	const char *k = rs_str(r, key);
	size_t n = strlen(k);
	uint32_t v;

	if (n < 7 || memcmp(k + n - 4, "ites", 4) != 0 || strchr(k, ' '))
		return key;
	return intern(r, 2, arena_dup(r, key, n - 1), &v);
}

/* The bytes s[0..len) as m's raw bytes: its surface's when they are the same (names are
 * mostly written with single spaces: same, from surface()), else a copy in the arena. */
static uint32_t
raw_bytes(struct resolver *r, uint32_t surf, const char *s, size_t len, int same)
{
	const char *t = rs_str(r, surf);
	size_t i;

	if (same)
		return surf;

	for (i = 0; i < len && t[i] == s[i] && t[i]; i++)
		;
	if (i == len && t[i] == '\0')
		return surf;
	return arena_add(r, s, len);
}

/* An interned surface as load() last found it: its offset and hash, the folded key kept
 * with it and 1 + that key's words (UINT32_MAX and 0 until made), as its slot of r->strs
 * holds them. load() keeps SURF_CACHE of them by hash: a name is mostly written again in
 * its article or the next, and its slot and string are then in the cache. */
struct surf_seen {
	uint32_t surf, hash, val;
	uint8_t aux;
};

#define SURF_CACHE 4096

/* Key of a mention from its candidate (folded name, canonical date, or the URL itself)
 * and its words; e: its surface, whose folded key is made and kept with it (in e and in
 * r->strs) when it has none yet; gnw: 1 + the words of each r->gkey, or 0. (Counting the
 * words of each mention's key read a string of the arena per mention.) The words' 1 + 255
 * wraps to 0, and back to 255 as aux - 1. */
static void
mention_key(struct resolver *r, struct rm *m, uint32_t date, struct surf_seen *e,
	    uint8_t *gnw, struct imap *orgk)
{
	const char *g;
	char buf[20];
	uint32_t v;

	if (m->type == ENT_DATE) {
		ex_date_format(date, buf);
		m->key = intern(r, 1, arena_add(r, buf, strlen(buf)), &v);
	} else if (m->type == ENT_URL || m->type == ENT_MONEY) {
		m->key = e->surf;
	} else if ((g = gaz_canon(m->canon)) != NULL) {
		if (r->gkey[m->canon] == UINT32_MAX)
			r->gkey[m->canon] = fold_key(r, g, strlen(g));
		m->key = r->gkey[m->canon];
		if (!gnw[m->canon])
			gnw[m->canon] = (uint8_t)(rs_nwords(rs_str(r, m->key)) + 1);
		m->nw = (uint8_t)(gnw[m->canon] - 1);
		/* a listed organisation's key as an unlisted one's ("Hewlett-Packard" and
		 * "Hewlett Packard Co") */
		if (m->type != ENT_ORG || (m->key = rs_org_key(r, orgk, m->key)) == r->gkey[m->canon])
			return;
	} else {
		if (e->val == UINT32_MAX) {
			struct rs_slot *sl;

			e->val = fold_key(r, rs_raw(r, m), rs_len(r, m));
			sl = rs_smap_put_h(&r->strs, r, 0, e->surf, e->val, e->hash);
			e->aux = sl->aux = (uint8_t)(rs_nwords(rs_str(r, e->val)) + 1);
		}
		m->key = e->val;
		/* a people's singular has no blank, as its plural */
		if (m->type == ENT_PLACE)
			m->key = people_key(r, e->val);
		m->nw = (uint8_t)(e->aux - 1);
		/* an organisation's name in one word order (its words counted below) */
		if (m->type != ENT_ORG || (m->key = rs_org_key(r, orgk, e->val)) == e->val)
			return;
	}
	m->nw = rs_nwords(rs_str(r, m->key));
}

/* The surface just added to the arena at off, interned: from the cache sc when it holds
 * it there (the copy dropped, as intern() drops it), else from r->strs. */
static struct surf_seen *
seen_surface(struct resolver *r, struct surf_seen *sc, uint32_t off)
{
	uint32_t h = rs_smap_hash(0, rs_str(r, off));
	struct surf_seen *e = &sc[h & (SURF_CACHE - 1)];

	if (e->surf != UINT32_MAX && e->hash == h &&
	    strcmp(rs_str(r, e->surf), rs_str(r, off)) == 0) {
		r->ar.len = off;
		return e;
	}
	e->surf = intern_h(r, 0, off, h, &e->val, &e->aux);
	e->hash = h;
	return e;
}

/* Load every candidate of every article: its bytes from the extraction when it was
 * decoded from the cache, else from the article's text. */
static void
load(struct resolver *r, const struct corpus *c, struct extraction **per)
{
	size_t i, j, roff;
	uint8_t *gnw = xcalloc(gaz_ncanons ? gaz_ncanons : 1, 1);
	struct imap orgk;
	struct surf_seen *sc = xmalloc(SURF_CACHE * sizeof *sc), *e;
	int same;
	const char *raw;

	memset(sc, 0xff, SURF_CACHE * sizeof *sc);	/* surf UINT32_MAX: empty */
	rs_imap_init(&orgk, 256);
	r->narts = c->n;
	r->first = xcalloc(c->n + 1, sizeof *r->first);
	r->year = xcalloc(c->n + 1, sizeof *r->year);
	rs_article_years(r, c);
	rs_smap_init(&r->strs, 1024);
	r->gkey = xmalloc((gaz_ncanons ? gaz_ncanons : 1) * sizeof *r->gkey);
	memset(r->gkey, 0xff, (gaz_ncanons ? gaz_ncanons : 1) * sizeof *r->gkey);
	/* Sized once: growing by doubling left up to half of it unused, and each step held
	 * the old and the new array at once (at 100k articles the largest block of the
	 * launch). */
	for (i = 0, j = 0; per && i < c->n; i++)
		j += per[i] ? per[i]->n : 0;
	free(r->m);
	free(r->at);
	r->cap = j + 1;	/* no more mentions than candidates: never grown */
	r->m = xbig_alloc(r->cap * sizeof *r->m);
	r->at = xbig_alloc(r->cap * sizeof *r->at);
	r->n = 0;
	for (i = 0; i < c->n; i++) {
		const struct article *a = c->arts[i];
		struct extraction *x = per ? per[i] : NULL;

		r->first[i] = r->n;
		for (j = 0, roff = 0; x && j < x->n; j++) {
			const struct cand *cd = &x->c[j];
			struct rm *m;
			struct rm_at *at;

			raw = x->raw ? x->raw + roff : NULL;
			if (cd->start < cd->end)
				roff += cd->end - cd->start;
			if (cd->end > a->len || cd->start >= cd->end)
				continue;
			if (!raw)
				raw = a->text + cd->start;
			at = &r->at[r->n];
			m = &r->m[r->n++];
			memset(m, 0, sizeof *m);
			m->art = (uint32_t)i;
			at->start = cd->start;
			at->end = cd->end;
			m->type = cd->type;
			m->flags = cd->flags;
			m->ntok = cd->ntok;
			m->canon = cd->canon;
			m->link = cd->link;
			m->sex = cd->sex;
			e = seen_surface(r, sc, surface(r, raw, at->end - at->start, &same));
			at->surf = e->surf;
			at->raw = raw_bytes(r, at->surf, raw, at->end - at->start, same);
			mention_key(r, m, cd->date, e, gnw, &orgk);
		}
		extraction_free(x);
		if (per)
			per[i] = NULL;
	}
	r->first[c->n] = r->n;
	rs_imap_free(&orgk);
	free(gnw);
	free(sc);
}

/* A lone name joins a full name of other articles only if it is at most this many times
 * more frequent than the full name. */
#define ALIAS_RARITY 8

int
rs_is_surname(const char *k, int ff, const char *w)
{
	size_t wl = strlen(w), kl = strlen(k);

	if (ff)
		return strncmp(k, w, wl) == 0 && k[wl] == ' ';
	return kl > wl && k[kl - wl - 1] == ' ' && strcmp(k + kl - wl, w) == 0;
}

bool
rs_sex_clash(const char *k, int ff, int sex)
{
	const char *f[4];
	size_t n = strcspn(k, " "), nf, i;
	int s, t;

	if (!(sex = sex_of_honorific(sex)) || ff || !k[n])
		return false;
	/* a short form the lists give both sexes has its formal names' ("Bill": William) */
	if (!(s = gaz_given_sex_of(k, n)) && (nf = gaz_given_formal(k, n, f, 4)) > 0) {
		for (i = 0, s = gaz_given_sex_of(f[0], strlen(f[0])); i < nf && s; i++)
			if ((t = gaz_given_sex_of(f[i], strlen(f[i]))) != s)
				s = 0;
	}
	return s && s != sex;
}

int
rs_sub_name(const char *a, const char *b)
{
	size_t al = strlen(a);
	const char *p = b;

	while ((p = strstr(p, a)) != NULL) {
		if ((p == b || p[-1] == ' ') && (p[al] == ' ' || p[al] == '\0'))
			return 1;
		p++;
	}
	return 0;
}

uint32_t
rs_family_word(struct resolver *r, const struct rm *m)
{
	const char *k = rs_str(r, m->key), *sp;
	uint64_t at = (uint64_t)m->key << 1 | ((m->flags & CF_FF) != 0);
	uint32_t soff, dummy;
	long v;

	/* Asked again and again over the passes: made once (7% of resolution). */
	if (!r->fam.cap)
		rs_imap_init(&r->fam, 1024);
	if ((v = rs_imap_get(&r->fam, at)) >= 0)
		return (uint32_t)v;
	sp = (m->flags & CF_FF) ? NULL : strrchr(k, ' ');
	soff = sp ? arena_dup(r, (uint32_t)(sp + 1 - r->ar.data), strlen(sp + 1))
		  : arena_dup(r, m->key, strcspn(k, " "));
	soff = intern(r, 2, soff, &dummy);
	rs_imap_put(&r->fam, at, soff);
	return soff;
}

/* Family name -> the full name with the most mentions (ties: first in key order), in sur;
 * full counts the mentions of each full name. (Whether a lone family name may join it is
 * for rs_people_link: sur only weighs a name against the places of the same word.) */
static void
surname_map(struct resolver *r, struct imap *full, struct imap *sur)
{
	size_t i;
	long cur;

	for (i = 0; i < r->n; i++)
		if (rs_is_full(&r->m[i]))
			(*rs_imap_ref(full, r->m[i].key, 0))++;
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint32_t soff;

		if (!rs_is_full(m))
			continue;
		soff = rs_family_word(r, m);
		if ((cur = rs_imap_get(sur, soff)) >= 0 && r->m[cur].key != m->key) {
			long cn = rs_imap_get(full, r->m[cur].key), mn = rs_imap_get(full, m->key);

			if (cn > mn || (cn == mn && strcmp(rs_str(r, r->m[cur].key),
							   rs_str(r, m->key)) <= 0))
				continue;
		} else if (cur >= 0)
			continue;
		rs_imap_put(sur, soff, (uint32_t)i);
	}
}

/* Lone words that the corpus uses as places: in a place's slot ("at Hartfield", "king of
 * Eglon") at least LOC_MIN times, LOC_RATIO times as often as next to a title or a
 * speech verb (plus one), and in a LOC_SHARE'th of its lone uses. Collected over the
 * whole corpus first, then decided (in placew). Two letters are too little to go on ("at
 * St. James's"), one of the commonest English words is no place by "in" alone ("in
 * Breaks", "in Action"), nor is a web site's name (site_names(): "in Ubuntu"). */
#define LOC_MIN 3
#define LOC_RATIO 3
#define LOC_SHARE 6	/* and in a place's slot at least once in six lone uses: "in Medicaid"
			   five times is not enough for "protects Medicaid", "Medicaid will" */
#define LOC_OVER 10
#define KNOWN_RATIO 100
#define LOWER_SHARE 10	/* lone words of which a tenth stand where it is common, */
#define LOWER_MIN 2	/* and at least this many */

/* The names of the web sites the corpus links to: each word of each URL's host but its
 * top-level domain and "www" ("www.ubuntu.com", "https://launchpad.net/...",
 * "java.sun.com", "news.bbc.co.uk"), folded, in sites. A lone word named so is a
 * product's or a company's: "in Ubuntu" makes no place of it, nor "Thinking in Java" (a
 * subdomain's word: the hard ham's newsletters link to java.sun.com). */
static void
site_names(struct resolver *r, struct imap *sites)
{
	size_t i, n, hn;
	char buf[64], host[256];

	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		const char *s = rs_raw(r, m), *e = s + rs_len(r, m), *p, *h, *l;

		if (m->type != ENT_URL)
			continue;
		for (p = s; p + 3 <= e && !(p[0] == ':' && p[1] == '/' && p[2] == '/'); p++)
			;
		h = p + 3 <= e ? p + 3 : s;
		/* The host copied: interning a word may move the arena s points into (a URL
		 * kept in the cache has its bytes there). A host is at most 253 bytes. */
		for (hn = 0; h + hn < e && hn < sizeof host && h[hn] != '/'; hn++)
			host[hn] = h[hn];
		h = host;
		e = host + hn;
		/* (each label that a dot ends: the last one, the top-level domain, is not) */
		for (p = l = h; p < e && *p != '/' && *p != ':' && *p != '?' && *p != '#'; p++) {
			if (*p != '.')
				continue;
			n = ex_fold(l, (size_t)(p - l), buf, sizeof buf);
			if (n >= 3 && n < sizeof buf && !(n == 3 && memcmp(buf, "www", 3) == 0))
				rs_imap_put(sites, rs_intern_key(r, buf, n), 1);
			l = p + 1;
		}
	}
}

/* Per key: the lone-word person mentions (single), the lone words (lone) and the lone
 * words whose article also writes them in lower case (low); in one record, found with
 * one probe where three maps took three. */
struct lone_count {
	uint32_t key;
	uint32_t single, lone, low;
	uint32_t thing;		/* lone mentions where a cue took its given name's reading away */
	long sur, placew;	/* the key's values in alias_corpus()'s maps of those names */
};

struct lone_counts {
	struct imap at;		/* key -> index in c */
	struct lone_count *c;	/* owned */
	size_t n, cap;
};

static void
count_lone(const struct resolver *r, struct lone_counts *lc)
{
	size_t i;

	rs_imap_init(&lc->at, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		int single = rs_is_single(m, r), person = m->type == ENT_PERSON && !rs_is_full(m);
		uint32_t *at;
		struct lone_count *c;

		if (!single && !person)
			continue;
		if (*(at = rs_imap_ref(&lc->at, m->key, UINT32_MAX)) == UINT32_MAX) {
			*at = (uint32_t)lc->n;
			xgrow((void **)&lc->c, &lc->cap, lc->n + 1, sizeof *lc->c);
			lc->c[lc->n++] = (struct lone_count){ m->key, 0, 0, 0, 0, -1, -1 };
		}
		c = &lc->c[*at];
		c->low += single && (m->flags & CF_LOWER);
		c->thing += single && (m->flags & (CF_LOWER | CF_GIVEN)) == CF_LOWER;
		c->single += person;
		c->lone += single;
	}
}

/* The counts of key, or NULL when it has none. */
static const struct lone_count *
lone_of(const struct lone_counts *lc, uint32_t key)
{
	long v = rs_imap_get(&lc->at, key);

	return v < 0 ? NULL : &lc->c[v];
}

/* Is mention i a point of the compass split from the place it qualifies, right before
 * it ("factories in West Europe", "stocks in West Malaysia")? Its place's slot is the
 * place's, not its own ("the North" alone is). */
static bool
compass_before_place(const struct resolver *r, size_t i)
{
	static const char *const c[] = { "north", "south", "east", "west", "northeast",
					  "northwest", "southeast", "southwest" };
	const char *w = rs_str(r, r->m[i].key);
	size_t k;

	if (i + 1 >= r->n || r->m[i + 1].art != r->m[i].art || r->m[i + 1].type != ENT_PLACE ||
	    r->at[i + 1].start != r->at[i].end + 1)
		return false;
	for (k = 0; k < sizeof c / sizeof *c; k++)
		if (strcmp(w, c[k]) == 0)
			return true;
	return false;
}

static void
place_words(const struct resolver *r, const struct imap *sites, const struct lone_counts *lc,
	    struct imap *placew)
{
	struct imap loc, cue, cued;	/* cued: article << 32 | key -> 1, a person's cue there */
	size_t i;

	rs_imap_init(&loc, 64);
	rs_imap_init(&cue, 64);
	rs_imap_init(&cued, 64);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		struct imap *c = (m->flags & CF_LOC) ? &loc :
				 (m->flags & (CF_TITLE | CF_SPEECH)) ? &cue : NULL;

		/* a word its article also writes in lower case is a common word there; a
		 * town before its state ("in Reston, Virginia") is one already */
		if (!c || (!rs_is_single(m, r) && (m->type != ENT_PLACE || m->ntok != 1)) ||
		    (m->flags & CF_LOWER) || (c == &loc && compass_before_place(r, i)))
			continue;
		/* a person's cues count once an article ("Benjamin said ... and Benjamin
		 * wept" is one story's person) */
		if (c == &cue && (*rs_imap_ref(&cued, (uint64_t)m->art << 32 | m->key, 0))++)
			continue;
		(*rs_imap_ref(c, m->key, 0))++;
	}
	rs_imap_free(&cued);
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		const struct lone_count *lw;
		long nl, nc;
		const char *w;

		if ((m->flags & (CF_LOC | CF_LOWER)) != CF_LOC)
			continue;
		nl = rs_imap_get(&loc, m->key);
		nc = rs_imap_get(&cue, m->key);
		w = rs_str(r, m->key);
		if (nl >= LOC_MIN && nl >= LOC_RATIO * (nc < 0 ? 1 : nc + 1) &&
		    (!(lw = lone_of(lc, m->key)) || nl * LOC_SHARE >= (long)(lw->lone - lw->low)) &&
		    strlen(w) > 2 && gaz_is_common(w, strlen(w)) != 1 && rs_imap_get(sites, m->key) < 0)
			rs_imap_put(placew, m->key, (uint32_t)nl);
	}
	rs_imap_free(&loc);
	rs_imap_free(&cue);
}

/* Where a place word stands beside a speech verb or a title in an article and never in a
 * place's slot there, it is the person of that article: "Reuben said" in Genesis is
 * Jacob's son, "the tribe of Reuben" elsewhere the tribe. where: article << 32 | key ->
 * 1 (person cue there), 2 (place slot), 3 (both). */
static void
place_cues(const struct resolver *r, const struct imap *placew, struct imap *where)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];
		uint64_t k = (uint64_t)m->art << 32 | m->key;

		if (!rs_is_single(m, r) || rs_imap_get(placew, m->key) < 0)
			continue;
		*rs_imap_ref(where, k, 0) |=
			(m->flags & CF_LOC) ? 2u : (m->flags & (CF_TITLE | CF_SPEECH)) ? 1u : 0u;
	}
}

/* Is key a common word of the corpus: a word that many articles write in lower case
 * ("Republic", "Staff", "Monument"), capitalised for emphasis where it stands alone? A
 * tenth of its lone mentions, and at least LOWER_MIN, stand in such articles. It links
 * to no full name and needs a cue of its own. */
static int
common_word(const struct lone_count *c)
{
	return c && c->low >= LOWER_MIN && (long)c->low * LOWER_SHARE >= (long)c->lone;
}

/* Is lone word m a word of English that no list knows as a family name, with no cue of a
 * person where it stands ("Band of Brothers": not Caroline Brothers of another article)? */
static bool
english_word(const struct resolver *r, const struct rm *m)
{
	const char *k = rs_str(r, m->key);

	return !(m->flags & (CF_SURNAME | CF_GIVEN | CF_TITLE | CF_SPEECH)) &&
	       gaz_is_common(k, strlen(k)) == 1;
}

/* Across the corpus: lone words used as places are places; a lone family name joins the
 * one full name that has it, when that is unambiguous: no other person of its time shares
 * the family name (rs_people_link), the article never writes the word in lower case ("Long
 * before", "the king"), and the full name is not much rarer than the lone word (a "Moses"
 * of a hundred chapters is not the "Levi Moses" of one line). Lone words with no person
 * behind them are dropped. */
static void
alias_corpus(struct resolver *r)
{
	struct imap full, sur, placew, sites;
	struct imap where;	/* article << 32 | key -> 1: person cue there, 2: place slot */
	struct imap towns;	/* article << 32 | town word -> the person's key; UINT32_MAX
				 * << 32 | word -> its mentions as a place */
	size_t linked = 0;
	struct imap *maps[] = { &full, &sur, &placew, &where, &sites, &towns };
	struct lone_counts lc = { .c = NULL, .n = 0, .cap = 0 };
	const struct lone_count *c;
	struct rs_people *people = rs_people_new(r);
	uint32_t to, nfull;
	size_t i;
	long v, n;
	int common, site;

	for (i = 0; i < sizeof maps / sizeof maps[0]; i++)
		rs_imap_init(maps[i], 64);
	surname_map(r, &full, &sur);
	site_names(r, &sites);
	count_lone(r, &lc);
	place_words(r, &sites, &lc, &placew);
	for (i = 0; i < lc.n; i++) {	/* once per word, not per mention */
		lc.c[i].sur = rs_imap_get(&sur, lc.c[i].key);
		lc.c[i].placew = rs_imap_get(&placew, lc.c[i].key);
	}
	place_cues(r, &placew, &where);
	/* A town's name beside a reporting verb ("Hamilton said", Lewis Hamilton of another
	 * article's race) is the one full name of its time with that family name, as a lone
	 * family name is, when the corpus writes that name not much more rarely than the
	 * town (ALIAS_RARITY: a "Bel Moscow" of two articles took 2,500 "Moscow" of the 10k
	 * bench corpus); and so is the name in the rest of its article, out of a place's
	 * slot ("Hamilton was quickest"). ("Moscow said" is its government, RULES.md 5:
	 * the rarity keeps it so.) */
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if (m->type == ENT_PLACE && m->ntok == 1 && m->nw == 1)
			(*rs_imap_ref(&towns, (uint64_t)UINT32_MAX << 32 | m->key, 0))++;
	}
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if ((m->flags & CF_SPEECH) && rs_town_word(r, m) &&
		    (to = rs_people_link(people, r, m, &nfull)) != UINT32_MAX &&
		    (long)nfull * ALIAS_RARITY >=
			    rs_imap_get(&towns, (uint64_t)UINT32_MAX << 32 | m->key)) {
			rs_imap_put(&towns, (uint64_t)m->art << 32 | m->key, to);
			linked++;
		}
	}
	for (i = 0; i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (linked && rs_town_word(r, m) &&
		    (v = rs_imap_get(&towns, (uint64_t)m->art << 32 | m->key)) >= 0) {
			m->type = ENT_PERSON;
			m->key = (uint32_t)v;
			m->nw = rs_nwords(rs_str(r, m->key));
			m->canon = -1;
			continue;
		}
		if (!rs_is_single(m, r))
			continue;
		c = lone_of(&lc, m->key);	/* not NULL: m is a lone word */
		v = c->sur;
		n = c->placew;
		/* A family word of a full name is still a place when the corpus uses it as one
		 * far more often than it writes that name ("Shuah Judah" once, "cities of
		 * Judah" a hundred times). */
		if (n >= 0 && !(m->flags & CF_LOWER) &&
		    (v < 0 || n >= LOC_OVER * rs_imap_get(&full, r->m[v].key)) &&
		    rs_imap_get(&where, (uint64_t)m->art << 32 | m->key) != 1) {
			m->type = ENT_PLACE;
			continue;
		}
		/* a title before a common word does not make a person of it ("General
		 * Staff"), only of a known name ("General Grant", "Admiral King") */
		common = common_word(c);
		if (common && m->type == ENT_PERSON && !(m->flags & (CF_GIVEN | CF_SURNAME)) &&
		    (m->flags & (CF_TITLE | CF_SPEECH)) == CF_TITLE) {
			m->type = RM_DROP;
			continue;
		}
		site = rs_imap_get(&sites, m->key) >= 0;
		if (!(m->flags & CF_LOWER) && !common && !site &&
		    (to = rs_people_link(people, r, m, &nfull)) != UINT32_MAX &&
		    (long)nfull * ALIAS_RARITY >= (long)c->lone && !english_word(r, m)) {
			m->type = ENT_PERSON;
			m->key = to;
			m->nw = rs_nwords(rs_str(r, to));
		} else if (m->type == CAND_UNKNOWN) {
			/* A lone word seen as a person elsewhere is a person here too, when
			 * this article does not also write it in lower case ("License") and
			 * that reading is not drowned by its other uses (one "Debian says"
			 * does not make a person of 1,700 "On Debian systems"), nor a
			 * common word of the corpus or of English ("Western" North Carolina,
			 * nations, world: one "Western said" makes no person of them). */
			const char *k = rs_str(r, m->key);
			int known = !(m->flags & CF_LOWER) && !common &&
				    (c->single ? (long)c->single : -1) * KNOWN_RATIO >=
				    (long)c->lone && gaz_is_common(k, strlen(k)) != 1;
			/* A known family or given name, capitalised mid-sentence and never
			 * written in lower case in its article, is a person on its own
			 * ("Merkel", "Catherine"); a given name only when the corpus does not
			 * name a thing by it a tenth of the time ("Mac OS X", "a new Mac":
			 * ck_thing_slot() took CF_GIVEN away there). */
			int surname = (m->flags & (CF_SURNAME | CF_LOWER | CF_WEAK)) == CF_SURNAME;
			int given = (m->flags & (CF_GIVEN | CF_LOWER | CF_WEAK)) == CF_GIVEN &&
				    !(c->thing >= LOWER_MIN &&
				      (long)c->thing * LOWER_SHARE >= (long)c->lone);

			/* (nor a product's word, "Excel", nor the name of a site the corpus
			 * links to: "Gnomedex", a conference at gnomedex.com, was a person of
			 * 16 newsletters) */
			m->type = (known && !ex_product_word(k, strlen(k)) && !site) || surname ||
				  given ? ENT_PERSON : RM_DROP;
		}
	}
	rs_people_free(people);
	for (i = 0; i < sizeof maps / sizeof maps[0]; i++)
		rs_imap_free(maps[i]);
	rs_imap_free(&lc.at);
	free(lc.c);
}

struct entity_set *
resolve_corpus(const struct corpus *c, struct extraction **per)
{
	struct resolver r;
	struct entity_set *s;
	struct imap seen;	/* surface -> 1 + is it an ambiguous demonym */
	struct imap gen;	/* surface -> 1 + is it a generic institution's name */
	struct imap kinds;	/* full name -> RS_TITLED | RS_OFFICE */
	size_t a;

	memset(&r, 0, sizeof r);
	sb_add(&r.ar, "", 0);
	load(&r, c, per);
	rs_imap_init(&seen, 64);
	rs_imap_init(&gen, 64);
	rs_imap_init(&kinds, 64);
	rs_title_kinds(&r, &kinds);
	rs_common_names(&r);
	rs_names_apart(&r);
	for (a = 0; a < r.narts; a++) {
		rs_org_lists(&r, r.first[a], r.first[a + 1]);
		rs_acronyms(&r, r.first[a], r.first[a + 1]);
		rs_initials_in_article(&r, r.first[a], r.first[a + 1]);
		rs_demonyms_in_place(&r, &seen, r.first[a], r.first[a + 1]);
		rs_places_in_article(&r, r.first[a], r.first[a + 1]);
		rs_clubs_in_article(&r, r.first[a], r.first[a + 1]);
		rs_generic_orgs_acronyms(&r, &gen, r.first[a], r.first[a + 1], a);
		rs_alias_article(&r, r.first[a], r.first[a + 1], &kinds);
		rs_firm_names(&r, r.first[a], r.first[a + 1]);
		rs_org_words_in_article(&r, r.first[a], r.first[a + 1]);
	}
	rs_generic_corpus(&r);
	rs_place_senses(&r);
	rs_town_states(&r);
	rs_women(&r, &kinds);
	rs_imap_free(&kinds);
	rs_imap_free(&seen);
	rs_imap_free(&gen);
	rs_org_names(&r);
	rs_firm_words_corpus(&r);
	rs_homonyms(&r);
	rs_variant_names(&r);
	rs_nickname_names(&r);
	rs_person_evidence(&r);
	alias_corpus(&r);
	rs_people_places(&r);	/* (after the lone words' places are decided) */
	rs_women_apart(&r);
	rs_given_company(&r);
	rs_lone_eras(&r);
	s = rs_entity_set(&r);
	free(r.m);
	free(r.at);
	free(r.first);
	free(r.year);
	free(r.gkey);
	if (r.fam.cap)
		rs_imap_free(&r.fam);
	if (r.apart.cap)
		rs_imap_free(&r.apart);
	if (r.words.cap)
		rs_imap_free(&r.words);
	rs_smap_free(&r.strs);
	sb_free(&r.ar);
	return s;
}
