/* resolve_variant.c -- spelling variants of one full name made one key across the corpus. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/*
 * Spelling variants of one person's name ("Mikhail Gorbachev", "Mikhail Gorbachov";
 * "Alexei Navalny", "Alexey Navalny") become one entity: two full names of the same number
 * of words that differ in one word only, where that word is long and the two spellings are
 * one or two edits apart (see variant_words), and no article writes both (one writer keeps
 * to one spelling; two spellings side by side are two people). The name written more often
 * gives the key. A spelling table (data/sources/name_variants.tsv) has already made the
 * known transliterations one key.
 */

#define VAR_MAX_WORDS 6	/* longer names are not compared */
#define VAR_WINDOW 64	/* in a large block, each name is compared with the next this many */

/* One distinct full name, for variant matching. */
struct vname {
	uint32_t key;		/* arena offset of the folded name */
	uint32_t count;		/* its mentions */
	uint32_t up;		/* union-find parent (index) */
};

/* One (name, word position) of a block: the names equal but for that word. */
struct vslot {
	uint64_t hash;		/* hash of the name with word j blanked, and j */
	uint64_t pre;		/* the first 8 bytes of word j, big-endian: similar words sort
				 * together inside a block */
	uint32_t name;		/* index into the names */
	uint16_t off, len;	/* word j: bytes [off, off + len) of the key */
};

/* Replace the words of folded key buf[0, o) that are spelling variants by the standard
 * spelling ("usama bin laden" -> "osama bin laden", "zelenskyy" -> "zelensky"), so that
 * both spellings make one key; each part of a hyphenated word too ("al-zawahri" ->
 * "al-zawahiri"). Returns the new length (at most cap). */
size_t
rs_standard_words(char *buf, size_t o, size_t cap)
{
	char out[512], sf[64];
	size_t i = 0, n = 0, w, sl;

	if (o >= sizeof out)
		return o;
	while (i < o) {
		const struct gz_entry *e;
		const char *std;

		/* buf is not NUL-terminated: the word ends at a blank, a hyphen or at o */
		for (w = 0; i + w < o && buf[i + w] != ' ' && buf[i + w] != '-'; w++)
			;
		e = gaz_find(buf + i, w);
		std = e && (e->word & GZ_VARIANT) ? gaz_canon(e->std) : NULL;
		sl = std ? ex_fold(std, strlen(std), sf, sizeof sf) : 0;
		if (sl == 0 || n + sl + 1 >= sizeof out) {
			if (n + w + 1 >= sizeof out)
				return o;	/* longer than out: left as it is */
			memcpy(out + n, buf + i, w);
			n += w;
		} else {
			memcpy(out + n, sf, sl);
			n += sl;
		}
		i += w;
		if (i < o)
			out[n++] = buf[i++];	/* the blank or the hyphen */
		if (n + 1 >= sizeof out)
			return o;
	}
	if (n > cap)
		return o;
	memcpy(buf, out, n);
	return n;
}

/* Sort the slots by hash, then by their word's first bytes, equal ones in their order. */
static void
sort_slots(struct vslot *s, size_t ns)
{
	uint64_t *k = xmalloc((ns + 1) * sizeof *k);
	uint32_t *v;
	size_t i, j, g;

	for (i = 0; i < ns; i++)
		k[i] = s[i].hash;
	v = rs_sort_order(k, ns);
	/* the runs of one hash by pre, stably: v still holds indices in s */
	for (g = 0; g < ns; g = i) {
		for (i = g + 1; i < ns && k[i] == k[g]; i++)
			;
		for (j = g; j < i; j++)
			k[j] = s[v[j]].pre;
		rs_sort_keyed(k + g, v + g, i - g);
	}
	rs_permute(s, v, ns, sizeof *s);
	free(k);
	free(v);
}

/* Edit distance of a[0, la) and b[0, lb) with adjacent transpositions, capped at 3. */
static int
edit_distance(const char *a, size_t la, const char *b, size_t lb)
{
	int d[3][64];
	size_t i, j;

	if (la >= 63 || lb >= 63 || (la > lb ? la - lb : lb - la) > 2)
		return 3;
	for (j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= la; i++) {
		int *row = d[i % 3], *up = d[(i - 1) % 3], *up2 = d[(i + 1) % 3], best = 3;

		row[0] = (int)i;
		for (j = 1; j <= lb; j++) {
			int c = row[j - 1] + 1, s = up[j - 1] + (a[i - 1] != b[j - 1]);

			if (up[j] + 1 < c)
				c = up[j] + 1;
			if (s < c)
				c = s;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    up2[j - 2] + 1 < c)
				c = up2[j - 2] + 1;
			row[j] = c;
			if (c < best)
				best = c;
		}
		if (best >= 3)
			return 3;
	}
	return d[la % 3][lb] > 3 ? 3 : d[la % 3][lb];
}

/* Are the bytes s[0, n) only the vowels of an inflection (a, e, i, o)? */
static int
inflection(const char *s, size_t n)
{
	size_t i;

	if (n > 2)
		return 0;
	for (i = 0; i < n; i++)
		if (!strchr("aeio", s[i]))
			return 0;
	return 1;
}

/* Do a and b differ only by one i written y, the two transliterations of a Russian
 * ending ("Alexei", "Alexey"; "Dmitri", "Dmitry")? */
static int
i_for_y(const char *a, size_t la, const char *b, size_t lb)
{
	size_t i, diff = 0;

	if (la != lb)
		return 0;
	for (i = 0; i < la; i++)
		if (a[i] != b[i]) {
			if (!((a[i] == 'i' && b[i] == 'y') || (a[i] == 'y' && b[i] == 'i')))
				return 0;
			diff++;
		}
	return diff == 1;
}

/* Are a and b two names of the lists, given or family ("Christian" and "Christine",
 * "Hanson" and "Hansen"), not two transliterations of one? */
static int
two_known_names(const char *a, size_t la, const char *b, size_t lb)
{
	const struct gz_entry *ea = gaz_find(a, la);
	const struct gz_entry *eb = gaz_find(b, lb);
	uint32_t ca = ea ? ea->word & GZ_PERSONISH : 0, cb = eb ? eb->word & GZ_PERSONISH : 0;

	return (ca & cb) != 0 && !i_for_y(a, la, b, lb);
}

/* May the words a and b (folded, the one word in which two full names differ) be two
 * spellings of one name? Both long (6 letters; 9 for two edits), one or two edits apart,
 * not told apart by an ending of gender or case ("Ivanov", "Ivanova"; "Andrei",
 * "Andrea"), nor "-son" beside "-sen", nor two names the lists know. */
static int
variant_words(const char *a, size_t la, const char *b, size_t lb)
{
	size_t p = 0, m = la < lb ? la : lb;
	int d;

	if (m < 6)
		return 0;
	d = edit_distance(a, la, b, lb);
	if (d == 0 || d > (m >= 9 ? 2 : 1))
		return 0;
	while (p < m && a[p] == b[p])
		p++;
	if (inflection(a + p, la - p) && inflection(b + p, lb - p))
		return 0;
	if (la >= 3 && lb >= 3 && (!memcmp(a + la - 3, "son", 3) || !memcmp(a + la - 3, "sen", 3)) &&
	    (!memcmp(b + lb - 3, "son", 3) || !memcmp(b + lb - 3, "sen", 3)) &&
	    memcmp(a + la - 3, b + lb - 3, 3) != 0)
		return 0;
	return !two_known_names(a, la, b, lb);
}

static uint32_t
vfind(struct vname *v, uint32_t i)
{
	while (v[i].up != i)
		i = v[i].up = v[v[i].up].up;
	return i;
}

void
rs_name_spans(uint64_t *arts, size_t n, struct rs_span *sp)
{
	size_t i;

	rs_sort_keyed(arts, NULL, n);
	for (i = 0; i < n; i++) {
		struct rs_span *q = &sp[arts[i] >> 32];

		if (i == 0 || arts[i - 1] >> 32 != arts[i] >> 32)
			q->a0 = i;
		q->a1 = i + 1;
	}
}

int
rs_spans_meet(const struct rs_span *x, const struct rs_span *y, const uint64_t *arts)
{
	size_t i = x->a0, j = y->a0;

	while (i < x->a1 && j < y->a1) {
		uint32_t ai = (uint32_t)arts[i], aj = (uint32_t)arts[j];

		if (ai == aj)
			return 1;
		if (ai < aj)
			i++;
		else
			j++;
	}
	return 0;
}

/* The distinct full names of the corpus with their counts, and their sorted articles
 * (name index << 32 | article, in *arts; each name's in (*spans)[name]). */
static size_t
variant_names(const struct resolver *r, struct vname **vp, uint64_t **arts,
	      struct rs_span **spans)
{
	struct imap at;
	struct vname *v = NULL;
	size_t n = 0, cap = 0, acap = 0, i, k = 0;
	uint32_t *x;

	*arts = NULL;
	rs_imap_init(&at, 64);
	/* one pass: each full mention's name is known when its article is noted */
	for (i = 0; i < r->n; i++) {
		const struct rm *m = &r->m[i];

		if (!rs_is_full(m) || m->nw > VAR_MAX_WORDS)
			continue;
		if (*(x = rs_imap_ref(&at, m->key, UINT32_MAX)) == UINT32_MAX) {
			xgrow((void **)&v, &cap, n + 1, sizeof *v);
			v[n] = (struct vname){ m->key, 0, (uint32_t)n };
			*x = (uint32_t)n++;
		}
		v[*x].count++;
		xgrow((void **)arts, &acap, k + 1, sizeof **arts);
		(*arts)[k++] = (uint64_t)*x << 32 | m->art;
	}
	rs_imap_free(&at);
	*spans = xcalloc(n + 1, sizeof **spans);
	rs_name_spans(*arts, k, *spans);
	*vp = v;
	return n;
}

/* Every (name, word position) of the names, hashed with that word blanked. */
static size_t
variant_slots(const struct resolver *r, const struct vname *v, size_t n, struct vslot **sp)
{
	struct vslot *s = NULL;
	size_t ns = 0, cap = 0, i;

	for (i = 0; i < n; i++) {
		const char *k = rs_str(r, v[i].key);
		size_t kl = strlen(k), p = 0, j = 0;

		while (p <= kl && kl < 65536) {
			size_t w = strcspn(k + p, " ");
			uint64_t h = 1469598103934665603ull;

			if (w >= 6) {
				uint64_t pre = 0;
				size_t q;

				for (q = 0; q < kl; q++) {
					h ^= (q >= p && q < p + w) ? 0 : (unsigned char)k[q];
					h *= 1099511628211ull;
				}
				for (q = 0; q < 8; q++)
					pre = pre << 8 | (q < w ? (unsigned char)k[p + q] : 0);
				h ^= j;
				h *= 1099511628211ull;
				xgrow((void **)&s, &cap, ns + 1, sizeof *s);
				s[ns++] = (struct vslot){ h, pre, (uint32_t)i, (uint16_t)p, (uint16_t)w };
			}
			p += w + 1;
			j++;
		}
	}
	sort_slots(s, ns);
	*sp = s;
	return ns;
}

/* Are slots x and y two spellings of one name: the same words but the blanked one, and
 * those two variants, never written in one article? */
static int
variant_pair(const struct resolver *r, const struct vname *v, const struct vslot *x,
	     const struct vslot *y, const uint64_t *arts, const struct rs_span *sp)
{
	const char *a = rs_str(r, v[x->name].key), *b = rs_str(r, v[y->name].key);
	size_t la = strlen(a), lb = strlen(b);

	if (x->off != y->off || la - x->len != lb - y->len ||
	    memcmp(a, b, x->off) != 0 ||
	    strcmp(a + x->off + x->len, b + y->off + y->len) != 0)
		return 0;
	return variant_words(a + x->off, x->len, b + y->off, y->len) &&
	       !rs_spans_meet(&sp[x->name], &sp[y->name], arts);
}

/* Give every mention of a merged name the key of the name that leads its set; a lone
 * family name spelt as a merged name's (words: pairs of its interned family word and the
 * leading name's) takes the leading spelling, so that it links as that name does. */
static void
rename_variants(struct resolver *r, struct vname *v, size_t n, const uint32_t *words,
		size_t nwords)
{
	struct imap at, fam;
	size_t i;
	long x;

	rs_imap_init(&at, n + 1);
	rs_imap_init(&fam, nwords / 2 + 1);
	for (i = 0; i < n; i++)
		if (vfind(v, (uint32_t)i) != i)
			rs_imap_put(&at, v[i].key, vfind(v, (uint32_t)i));
	for (i = 0; i + 1 < nwords; i += 2)
		if (words[i] != words[i + 1])
			rs_imap_put(&fam, words[i], words[i + 1]);
	for (i = 0; at.n && i < r->n; i++) {
		struct rm *m = &r->m[i];

		if (m->type == ENT_PERSON && (x = rs_imap_get(&at, m->key)) >= 0)
			m->key = v[x].key;
		else if ((m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && !rs_is_full(m) &&
			 m->nw == 1 && (x = rs_imap_get(&fam, m->key)) >= 0)
			m->key = (uint32_t)x;
	}
	rs_imap_free(&at);
	rs_imap_free(&fam);
}

/* If names x and y differ in their last word only, store the two last words, interned, in
 * out[0] (x's) and out[1] (y's) and return 1. */
static int
family_pair(struct resolver *r, uint32_t x, uint32_t y, uint32_t out[2])
{
	const char *a = rs_str(r, x), *b = rs_str(r, y), *sa = strrchr(a, ' '), *sb = strrchr(b, ' ');
	size_t pa, pb, la, lb;

	if (!sa || !sb || sa - a != sb - b || memcmp(a, b, (size_t)(sa - a)) != 0)
		return 0;
	pa = (size_t)(sa + 1 - a);
	pb = (size_t)(sb + 1 - b);
	la = strlen(sa + 1);
	lb = strlen(sb + 1);
	/* interning may move the arena: copy the words first */
	{
		char wa[64], wb[64];

		if (la >= sizeof wa || lb >= sizeof wb)
			return 0;
		memcpy(wa, a + pa, la);
		memcpy(wb, b + pb, lb);
		out[0] = rs_intern_key(r, wa, la);
		out[1] = rs_intern_key(r, wb, lb);
	}
	return 1;
}

/* Merge the full names that are spelling variants of one another (see above). */
void
rs_variant_names(struct resolver *r)
{
	struct vname *v;
	struct vslot *s;
	uint64_t *arts;
	struct rs_span *sp;
	uint32_t *fw = NULL;	/* the names merged */
	uint32_t *words = NULL;	/* pairs: a merged name's family word, its leader's */
	uint32_t pair[2];
	size_t n, ns, i, j, g, nfw = 0, fwcap = 0, nwords = 0, wcap = 0;

	n = variant_names(r, &v, &arts, &sp);
	ns = variant_slots(r, v, n, &s);
	for (g = 0; g < ns; g = i) {
		for (i = g + 1; i < ns && s[i].hash == s[g].hash; i++)
			;
		for (j = g; j < i; j++) {
			size_t q;

			for (q = j + 1; q < i && q <= j + VAR_WINDOW; q++) {
				uint32_t a = s[j].name, b = s[q].name;

				if (vfind(v, a) == vfind(v, b) || !variant_pair(r, v, &s[j], &s[q], arts, sp))
					continue;
				xgrow((void **)&fw, &fwcap, nfw + 2, sizeof *fw);
				fw[nfw++] = a;
				fw[nfw++] = b;
				a = vfind(v, a);
				b = vfind(v, b);
				/* the name written more often leads (ties: the first in key order) */
				if (v[b].count > v[a].count || (v[b].count == v[a].count &&
				    strcmp(rs_str(r, v[b].key), rs_str(r, v[a].key)) < 0)) {
					v[b].count += v[a].count;
					v[a].up = b;
				} else {
					v[a].count += v[b].count;
					v[b].up = a;
				}
			}
		}
	}
	free(s);
	free(sp);
	free(arts);
	/* each merged name that does not lead its set: its family word and the leader's */
	for (i = 0; i < nfw; i++) {
		uint32_t lead = vfind(v, fw[i]);

		if (fw[i] != lead && family_pair(r, v[fw[i]].key, v[lead].key, pair)) {
			xgrow((void **)&words, &wcap, nwords + 2, sizeof *words);
			words[nwords++] = pair[0];
			words[nwords++] = pair[1];
		}
	}
	rename_variants(r, v, n, words, nwords);
	free(words);
	free(fw);
	free(v);
}
