/* strmap.h -- a hash map from strings (copied) to 32-bit values, with removal. MIT licence. */
#ifndef DOSSIER_STRMAP_H
#define DOSSIER_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Open addressing with tombstones; keys are copied and owned. Used where paths must be
 * found among many (the live folder: a file's article id, the watcher's known files).
 */
struct strmap {
	char **keys;		/* owned, each owned; NULL empty, STRMAP_TOMB removed */
	uint32_t *vals;		/* owned */
	size_t cap;		/* a power of two, or 0 */
	size_t n;		/* keys present */
	size_t used;		/* slots not empty (present or removed) */
};

void strmap_init(struct strmap *m);
void strmap_free(struct strmap *m);
/* Set key's value (a copy of key is kept). */
void strmap_put(struct strmap *m, const char *key, uint32_t val);
/* The value of key into *val; false when key is absent. */
bool strmap_get(const struct strmap *m, const char *key, uint32_t *val);
/* Remove key; false when it was absent. */
bool strmap_del(struct strmap *m, const char *key);

#endif
