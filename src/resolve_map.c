/* resolve_map.c -- the resolver's hash maps: arena strings to values, integers to values. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "dossier/resolve.h"

static uint32_t
str_hash(const char *s)
{
	return gaz_hash(s, strlen(s));
}

void
rs_smap_init(struct smap *m, size_t want)
{
	m->cap = 16;
	while (m->cap < 2 * want + 16)
		m->cap <<= 1;
	m->keys = xmalloc(m->cap * sizeof *m->keys);
	m->vals = xmalloc(m->cap * sizeof *m->vals);
	m->tags = xmalloc(m->cap);
	memset(m->keys, 0xff, m->cap * sizeof *m->keys);
	m->n = 0;
}

void
rs_smap_free(struct smap *m)
{
	free(m->keys);
	free(m->vals);
	free(m->tags);
}

/* The slot for key s (type-tagged by prefix byte t), full or empty. */
size_t
rs_smap_slot(const struct smap *m, const struct resolver *r, int t, const char *s)
{
	size_t i = (str_hash(s) + (size_t)t * 0x9e3779b9u) & (m->cap - 1);

	for (; m->keys[i] != UINT32_MAX; i = (i + 1) & (m->cap - 1))
		if (m->tags[i] == t && strcmp(rs_str(r, m->keys[i]), s) == 0)
			return i;
	return i;
}

/* Value stored for (t, s), or -1. */
long
rs_smap_get(const struct smap *m, const struct resolver *r, int t, const char *s)
{
	size_t i = rs_smap_slot(m, r, t, s);

	return m->keys[i] == UINT32_MAX ? -1 : (long)m->vals[i];
}

void
rs_smap_put(struct smap *m, const struct resolver *r, int t, uint32_t koff, uint32_t val)
{
	size_t i = rs_smap_slot(m, r, t, rs_str(r, koff));

	if (m->keys[i] == UINT32_MAX) {
		m->keys[i] = koff;
		m->tags[i] = (uint8_t)t;
		m->n++;
	}
	m->vals[i] = val;
}

static size_t
imap_slot(const struct imap *m, uint64_t key)
{
	uint64_t k = key + 1;
	size_t i = (size_t)((k * 0x9e3779b97f4a7c15ull) >> 20) & (m->cap - 1);

	while (m->keys[i] != 0 && m->keys[i] != k)
		i = (i + 1) & (m->cap - 1);
	return i;
}

void
rs_imap_init(struct imap *m, size_t want)
{
	m->cap = 16;
	while (m->cap < 2 * want + 16)
		m->cap <<= 1;
	m->keys = xcalloc(m->cap, sizeof *m->keys);
	m->vals = xmalloc(m->cap * sizeof *m->vals);
	m->n = 0;
}

void
rs_imap_free(struct imap *m)
{
	free(m->keys);
	free(m->vals);
}

long
rs_imap_get(const struct imap *m, uint64_t key)
{
	size_t i = imap_slot(m, key);

	return m->keys[i] ? (long)m->vals[i] : -1;
}

void
rs_imap_put(struct imap *m, uint64_t key, uint32_t val)
{
	size_t i = imap_slot(m, key), k;

	if (!m->keys[i]) {
		if (2 * (m->n + 1) > m->cap) {
			struct imap old = *m;

			rs_imap_init(m, old.cap);
			for (k = 0; k < old.cap; k++)
				if (old.keys[k])
					rs_imap_put(m, old.keys[k] - 1, old.vals[k]);
			rs_imap_free(&old);
			i = imap_slot(m, key);
		}
		m->keys[i] = key + 1;
		m->n++;
	}
	m->vals[i] = val;
}
