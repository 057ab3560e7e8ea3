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
 *   3. rs_alias_corpus (resolve_lone.c): the lone words left join the dominant full name with that family
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

/* s[0, *len) with its escaped blanks as spaces ("Joe\_Biden" of a YAML title), into out
 * (*len bytes at most): out, or s when it has none. */
static const char *
unescaped(const char *s, size_t *len, char *out)
{
	size_t i, o = 0, k;
	int blank;

	if (!memchr(s, '\\', *len))
		return s;
	for (i = 0; i < *len; i++)
		if (s[i] == '\\' && (k = scan_escape(s + i, *len - i, &blank)) > 0 && blank) {
			out[o++] = ' ';
			i += k - 1;
		} else {
			out[o++] = s[i];
		}
	*len = o;
	return out;
}

/* Fold a surface and collapse blanks: the matching key of a name (interned). */
static uint32_t
fold_key(struct resolver *r, const char *s, size_t len)
{
	char stack[512], *buf = len * 4 + 8 <= sizeof stack ? stack : xmalloc(len * 4 + 8);
	char plain[256];
	char bare[256];
	size_t n, i, o = 0;
	uint32_t off, v;

	if (len < sizeof bare)
		s = unescaped(s, &len, bare);
	if (len < sizeof plain)
		s = unquoted(s, &len, plain);
	n = ex_fold(s, len, buf, len * 4 + 8);

	for (i = 0; i < n; i++) {
		char c = buf[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (o > 0 && buf[o - 1] != ' ')
				buf[o++] = ' ';
		} else if (c != ',' || n - i < 6 || memcmp(buf + i + 1, " and ", 5))
			buf[o++] = c;	/* the serial comma is none: "Health, Education, and Welfare" */
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

/* The bytes of s[0..n) before its name when it opens with particles in lower case after a
 * title ("de Gaulle", "von der Leyen" of "General de Gaulle", "President von der Leyen"):
 * its key is the family name's, as the bare "Gaulle" was, and joins "Charles de Gaulle"
 * so; 0 for any other surface. */
static size_t
particle_lead(const char *s, size_t n)
{
	const struct gz_entry *g;
	size_t i = 0, w, k;

	for (k = 0; k < 2 && i < n && s[i] >= 'a' && s[i] <= 'z'; k++) {
		for (w = i; w < n && s[w] != ' '; w++)
			;
		if (w + 1 >= n || !(g = gaz_find(s + i, w - i)) || !(g->word & GZ_PARTICLE))
			return 0;
		i = w + 1;
	}
	return i < n && !(s[i] >= 'a' && s[i] <= 'z') ? i : 0;
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
	char bare[256];
	const char *given = s;

	xgrow((void **)&r->ar.data, &r->ar.cap, r->ar.len + len + 1, 1);
	d = r->ar.data + off;
	if (len < sizeof bare)
		s = unescaped(s, &len, bare);
	/* Most names are written with single spaces: copied as they are. */
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] <= ' ' && (s[i] != ' ' || i == 0 || i + 1 == len ||
						   s[i + 1] == ' '))
			break;
	if (i == len) {
		memcpy(d, s, len);
		d[len] = '\0';
		r->ar.len += len + 1;
		*same = s == given;
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
	*same = !changed && !sp && s == given;
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

			size_t lead = particle_lead(rs_raw(r, m), rs_len(r, m));

			e->val = fold_key(r, rs_raw(r, m) + lead, rs_len(r, m) - lead);
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
	r->corpus = c;
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
	free(r->seat);
	r->seat = NULL;
	free(r->office);
	r->office = NULL;
	free(r->mark);
	r->mark = NULL;
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
			if (NAME_SEAT(cd->date) && cd->type != ENT_DATE) {
				if (!r->seat)
					r->seat = xcalloc(r->cap, 1);
				r->seat[r->n - 1] = (uint8_t)NAME_SEAT(cd->date);
			}
			if (NAME_OFFICE(cd->date) && cd->type != ENT_DATE) {
				if (!r->office)
					r->office = xcalloc(r->cap, sizeof *r->office);
				r->office[r->n - 1] = (uint16_t)NAME_OFFICE(cd->date);
			}
			if ((cd->date & (NAME_JR | NAME_HOLDER)) && cd->type != ENT_DATE) {
				if (!r->mark)
					r->mark = xcalloc(r->cap, 1);
				r->mark[r->n - 1] = (uint8_t)(((cd->date & NAME_JR) ? RS_MARK_JR : 0) |
							      ((cd->date & NAME_HOLDER) ? RS_MARK_HOLDER : 0));
			}
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

struct entity_set *
resolve_corpus(const struct corpus *c, struct extraction **per)
{
	struct resolver r;
	struct entity_set *s;
	struct imap seen;	/* surface -> 1 + is it an ambiguous demonym */
	struct imap gen;	/* surface -> 1 + is it a generic institution's name */
	struct imap kinds;	/* full name -> RS_TITLED | RS_OFFICE */
	struct imap keyed;	/* tag << 32 | key -> 1 + a test of the key alone */
	size_t a;

	memset(&r, 0, sizeof r);
	sb_add(&r.ar, "", 0);
	load(&r, c, per);
	rs_imap_init(&seen, 64);
	rs_imap_init(&gen, 64);
	rs_imap_init(&kinds, 64);
	rs_imap_init(&keyed, 256);
	rs_title_kinds(&r, &kinds);
	rs_common_names(&r);
	rs_names_apart(&r);
	rs_person_or_place(&r);	/* (before the articles' aliases join their names) */
	for (a = 0; a < r.narts; a++) {
		rs_org_lists(&r, r.first[a], r.first[a + 1]);
		rs_acronyms(&r, r.first[a], r.first[a + 1]);
		rs_initials_in_article(&r, r.first[a], r.first[a + 1]);
		rs_demonyms_in_place(&r, &seen, r.first[a], r.first[a + 1]);
		rs_places_in_article(&r, r.first[a], r.first[a + 1]);
		rs_shared_names_in_article(&r, r.first[a], r.first[a + 1]);
		rs_clubs_in_article(&r, r.first[a], r.first[a + 1]);
		rs_generic_orgs_acronyms(&r, &gen, r.first[a], r.first[a + 1], a);
		rs_hostless_in_article(&r, r.first[a], r.first[a + 1], a, &keyed);
		rs_works_in_article(&r, r.first[a], r.first[a + 1]);
		rs_offices_in_article(&r, r.first[a], r.first[a + 1]);
		rs_polities_in_article(&r, r.first[a], r.first[a + 1], &keyed);
		rs_alias_article(&r, r.first[a], r.first[a + 1], &kinds);
		rs_firm_names(&r, r.first[a], r.first[a + 1]);
		rs_org_words_in_article(&r, r.first[a], r.first[a + 1]);
	}
	rs_acronyms_corpus(&r);
	rs_generic_corpus(&r);
	rs_place_senses(&r);
	rs_town_states(&r);
	rs_titled_towns(&r);
	rs_women(&r, &kinds);
	rs_imap_free(&kinds);
	rs_imap_free(&keyed);
	rs_imap_free(&seen);
	rs_imap_free(&gen);
	rs_org_names(&r);
	rs_firm_words_corpus(&r);
	rs_hyphen_orgs(&r);
	rs_homonyms(&r);
	rs_variant_names(&r);
	rs_nickname_names(&r);
	rs_spelled_names(&r);
	rs_person_evidence(&r);
	rs_alias_corpus(&r);
	rs_people_places(&r);	/* (after the lone words' places are decided) */
	rs_women_apart(&r);
	rs_given_company(&r);
	rs_seats(&r);	/* (before the lone names left are cut into eras) */
	rs_lone_eras(&r);
	rs_juniors(&r);
	rs_placeholders(&r);
	/* What the entity set is not made of goes first: the set and the mentions are the
	 * launch's peak of memory (at 100k articles the string map alone was ~60 MB). */
	free(r.seat);
	free(r.office);
	free(r.mark);
	free(r.year);
	if (r.fam.cap)
		rs_imap_free(&r.fam);
	if (r.apart.cap)
		rs_imap_free(&r.apart);
	if (r.words.cap)
		rs_imap_free(&r.words);
	rs_smap_free(&r.strs);
	r.seat = NULL;
	r.office = NULL;
	r.mark = NULL;
	r.year = NULL;
	s = rs_entity_set(&r);
	free(r.m);
	free(r.at);
	free(r.first);
	free(r.gkey);
	sb_free(&r.ar);
	return s;
}
