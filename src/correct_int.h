/* correct_int.h -- the working copy of an entity set that corrections change (correct*.c). MIT licence. */
#ifndef DOSSIER_CORRECT_INT_H
#define DOSSIER_CORRECT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"

#define DEAD UINT32_MAX

/* A name and type a working entity had (renamed, retyped, or merged into it). */
struct wname {
	char *key;		/* owned */
	uint8_t type;
};

/* One entity of the working copy. */
struct went {
	char *canon;		/* owned; the name shown */
	char *key;		/* owned; text_fold(canon) */
	uint8_t type;		/* enum ent_type */
	bool dead;		/* hidden, or merged into another */
	bool touched;		/* its mentions changed: aliases are counted again */
	uint32_t orig;		/* its index in the resolver's set, DEAD for a new one */
	struct wname *was;	/* owned; its former names (entity_set.former) */
	size_t nwas, capwas;
};

/* An article's content hash and index, for finding a mention's article. */
struct hidx {
	const char *hash;	/* not owned (the corpus's) */
	uint32_t art;
};

/* The working copy. */
struct work {
	const struct entity_set *es;	/* not owned; the resolver's set */
	const struct corpus *c;		/* not owned */
	struct went *e;			/* owned */
	size_t n, cap;
	struct mention **m;		/* owned; per article, sorted by start; entity DEAD:
					 * removed */
	size_t *nm, *capm;		/* owned */
	struct hidx *hx;		/* owned; sorted by hash */
	uint32_t *hit;			/* owned; the entities the correction being applied
					 * names (targets() in correct_apply.c) */
	size_t nhit, caphit;
};

/* The corrected entity set made from the working copy (correct_set.c): ids in the
 * resolver's order, counts and the aliases of changed entities counted again. */
struct entity_set *corr_work_to_set(struct work *w);

#endif
