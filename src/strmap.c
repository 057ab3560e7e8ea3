/* strmap.c -- a hash map from strings (copied) to 32-bit values, with removal. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/strmap.h"
#include "dossier/util.h"

/* A removed key's slot: probing goes on past it, an insert may reuse it. */
static char tomb;
#define STRMAP_TOMB (&tomb)

static size_t
str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)(h ^ (h >> 29));
}

void
strmap_init(struct strmap *m)
{
	memset(m, 0, sizeof *m);
}

void
strmap_free(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		if (m->keys[i] && m->keys[i] != STRMAP_TOMB)
			free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	strmap_init(m);
}

/* The slot holding key, or (-1) none; *free_slot gets the first reusable slot. */
static long
find(const struct strmap *m, const char *key, size_t *free_slot)
{
	size_t i, mask = m->cap - 1;
	bool have_free = false;

	if (!m->cap)
		return -1;
	for (i = str_hash(key) & mask;; i = (i + 1) & mask) {
		if (!m->keys[i]) {
			if (free_slot && !have_free)
				*free_slot = i;
			return -1;
		}
		if (m->keys[i] == STRMAP_TOMB) {
			if (free_slot && !have_free)
				*free_slot = i;
			have_free = true;
		} else if (strcmp(m->keys[i], key) == 0) {
			return (long)i;
		}
	}
}

/* Twice the room for what is present, tombstones dropped. */
static void
rehash(struct strmap *m)
{
	struct strmap old = *m;
	size_t i, j, cap = 16;

	while (cap < 4 * (m->n + 1))
		cap *= 2;
	m->keys = xcalloc(cap, sizeof *m->keys);
	m->vals = xmalloc(cap * sizeof *m->vals);
	m->cap = cap;
	m->used = m->n;
	for (i = 0; i < old.cap; i++) {
		if (!old.keys[i] || old.keys[i] == STRMAP_TOMB)
			continue;
		for (j = str_hash(old.keys[i]) & (cap - 1); m->keys[j]; j = (j + 1) & (cap - 1))
			;
		m->keys[j] = old.keys[i];
		m->vals[j] = old.vals[i];
	}
	free(old.keys);
	free(old.vals);
}

void
strmap_put(struct strmap *m, const char *key, uint32_t val)
{
	size_t slot = 0;
	long at;

	if (2 * (m->used + 1) > m->cap)
		rehash(m);
	if ((at = find(m, key, &slot)) >= 0) {
		m->vals[at] = val;
		return;
	}
	if (!m->keys[slot])
		m->used++;
	m->keys[slot] = xstrdup(key);
	m->vals[slot] = val;
	m->n++;
}

bool
strmap_get(const struct strmap *m, const char *key, uint32_t *val)
{
	long at = find(m, key, NULL);

	if (at < 0)
		return false;
	*val = m->vals[at];
	return true;
}

bool
strmap_del(struct strmap *m, const char *key)
{
	long at = find(m, key, NULL);

	if (at < 0)
		return false;
	free(m->keys[at]);
	m->keys[at] = STRMAP_TOMB;
	m->n--;
	return true;
}
