/* resolve_map.c -- the resolver's hash maps (arena strings or integers to values) and its radix sort. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

/* The hash of (tag t, string s): where its probe starts, kept with the key so that
 * probes skip other strings and growth rehashes without reading them. Eight bytes a
 * step (FNV's byte a step was a tenth of resolution); it places keys only, no answer
 * depends on it. */
uint32_t
rs_smap_hash(int t, const char *s)
{
	return place_hash(s, strlen(s)) + (uint32_t)t * 0x9e3779b9u;
}

void
rs_smap_init(struct smap *m, size_t want)
{
	size_t i;

	m->cap = 16;
	while (m->cap < 2 * want + 16)
		m->cap <<= 1;
	m->s = xbig_alloc(m->cap * sizeof *m->s);
	for (i = 0; i < m->cap; i++)
		m->s[i].key = UINT32_MAX;
	m->n = 0;
}

void
rs_smap_free(struct smap *m)
{
	free(m->s);
}

size_t
rs_smap_slot_h(const struct smap *m, const struct resolver *r, int t, const char *s, uint32_t h)
{
	size_t i = h & (m->cap - 1);

	for (; m->s[i].key != UINT32_MAX; i = (i + 1) & (m->cap - 1))
		if (m->s[i].hash == h && m->s[i].tag == t &&
		    strcmp(rs_str(r, m->s[i].key), s) == 0)
			return i;
	return i;
}

struct rs_slot *
rs_smap_put_h(struct smap *m, const struct resolver *r, int t, uint32_t koff, uint32_t val,
	      uint32_t h)
{
	size_t i = rs_smap_slot_h(m, r, t, rs_str(r, koff), h);

	if (m->s[i].key == UINT32_MAX) {
		m->s[i] = (struct rs_slot){ koff, val, h, (uint8_t)t, 0 };
		m->n++;
	}
	m->s[i].val = val;
	return &m->s[i];
}

void
rs_smap_grow(struct smap *m)
{
	struct smap old = *m;
	size_t k, i;

	rs_smap_init(m, old.cap);
	for (k = 0; k < old.cap; k++) {
		if (old.s[k].key == UINT32_MAX)
			continue;
		/* the keys are distinct: the first empty slot of the probe is theirs */
		for (i = old.s[k].hash & (m->cap - 1); m->s[i].key != UINT32_MAX;
		     i = (i + 1) & (m->cap - 1))
			;
		m->s[i] = old.s[k];
	}
	m->n = old.n;
	rs_smap_free(&old);
}

static size_t
imap_slot(const struct imap *m, uint64_t key)
{
	uint64_t k = key + 1;
	/* The high half folded in: the product's bits from 20 take in the key's low 44
	 * bits only, and keys that differed above them (article << 32 | key, key << 32 |
	 * word) shared one run of slots. Keys below 1 << 32 hash as they did. */
	size_t i = (size_t)(((k ^ (k >> 32)) * 0x9e3779b97f4a7c15ull) >> 20) & (m->cap - 1);

	while (m->s[i].key != 0 && m->s[i].key != k)
		i = (i + 1) & (m->cap - 1);
	return i;
}

void
rs_imap_init(struct imap *m, size_t want)
{
	m->cap = 16;
	while (m->cap < 2 * want + 16)
		m->cap <<= 1;
	m->s = xbig_alloc(m->cap * sizeof *m->s);
	memset(m->s, 0, m->cap * sizeof *m->s);
	m->n = 0;
}

void
rs_imap_free(struct imap *m)
{
	free(m->s);
}

long
rs_imap_get(const struct imap *m, uint64_t key)
{
	size_t i = imap_slot(m, key);

	return m->s[i].key ? (long)m->s[i].val : -1;
}

uint32_t *
rs_imap_ref(struct imap *m, uint64_t key, uint32_t init)
{
	size_t i = imap_slot(m, key), k;

	if (!m->s[i].key) {
		if (2 * (m->n + 1) > m->cap) {
			struct imap old = *m;

			rs_imap_init(m, old.cap);
			for (k = 0; k < old.cap; k++)
				if (old.s[k].key)
					rs_imap_put(m, old.s[k].key - 1, old.s[k].val);
			rs_imap_free(&old);
			i = imap_slot(m, key);
		}
		m->s[i].key = key + 1;
		m->s[i].val = init;
		m->n++;
	}
	return &m->s[i].val;
}

void
rs_imap_put(struct imap *m, uint64_t key, uint32_t val)
{
	*rs_imap_ref(m, key, val) = val;
}

/* Below this many keys an insertion sort beats the radix sort's passes. */
#define SORT_SMALL 48

static void
insertion_sort(uint64_t *k, uint32_t *v, size_t n)
{
	size_t i, d;

	for (i = 1; i < n; i++) {
		uint64_t x = k[i];
		uint32_t y = v ? v[i] : 0;

		for (d = i; d > 0 && k[d - 1] > x; d--) {
			k[d] = k[d - 1];
			if (v)
				v[d] = v[d - 1];
		}
		k[d] = x;
		if (v)
			v[d] = y;
	}
}

void
rs_sort_keyed(uint64_t *k, uint32_t *v, size_t n)
{
	size_t (*count)[256], i, d, sum;
	uint64_t *ak = k, *bk;
	uint32_t *av = v, *bv = NULL;

	if (n < SORT_SMALL) {
		insertion_sort(k, v, n);
		return;
	}
	/* Least significant byte first: each pass is stable, and a byte that every key has
	 * alike is skipped. */
	count = xcalloc(8, sizeof *count);
	for (i = 0; i < n; i++)
		for (d = 0; d < 8; d++)
			count[d][(k[i] >> (8 * d)) & 0xff]++;
	bk = xmalloc(n * sizeof *bk);
	if (v)
		bv = xmalloc(n * sizeof *bv);
	for (d = 0; d < 8; d++) {
		size_t *c = count[d];
		uint64_t *tk;
		uint32_t *tv;
		unsigned b;

		if (c[(ak[0] >> (8 * d)) & 0xff] == n)
			continue;
		for (b = 0, sum = 0; b < 256; b++) {
			size_t t = c[b];

			c[b] = sum;
			sum += t;
		}
		for (i = 0; i < n; i++) {
			size_t at = c[(ak[i] >> (8 * d)) & 0xff]++;

			bk[at] = ak[i];
			if (v)
				bv[at] = av[i];
		}
		tk = ak, ak = bk, bk = tk;
		tv = av, av = bv, bv = tv;
	}
	if (ak != k) {	/* an odd number of passes: the result is in the scratch arrays */
		memcpy(k, ak, n * sizeof *k);
		if (v)
			memcpy(v, av, n * sizeof *v);
		bk = ak;
		bv = av;
	}
	free(bk);
	free(bv);
	free(count);
}

uint32_t *
rs_sort_order(uint64_t *k, size_t n)
{
	uint32_t *v = xmalloc((n + 1) * sizeof *v);
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = (uint32_t)i;
	rs_sort_keyed(k, v, n);
	return v;
}

void
rs_permute(void *base, const uint32_t *v, size_t n, size_t size)
{
	char *t, *b = base;
	size_t i;

	if (!n)
		return;		/* (base may be NULL: memcpy() must not be given it) */
	t = xmalloc(n * size);
	for (i = 0; i < n; i++)
		memcpy(t + i * size, b + (size_t)v[i] * size, size);
	memcpy(b, t, n * size);
	free(t);
}
