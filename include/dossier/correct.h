/* correct.h -- the reader's entity corrections and how they change an entity set. MIT licence. */
#ifndef DOSSIER_CORRECT_H
#define DOSSIER_CORRECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct corpus;
struct entity_set;

/*
 * A correction is kept by content, never by an id of one run: the entity by its key
 * (the folded canonical name, as `entity:` matches) and type, a mention by its article's
 * content hash, its surface (the exact bytes) and the occurrence of that surface in the
 * article's text (0 the first). So it survives a relaunch, a re-extraction with other
 * rules and edits of other articles. One that finds no target is kept, and counted as
 * applying to no mention ("unused").
 */
enum corr_kind {
	CORR_HIDE,	/* not an entity: the entity, or one mention (at) */
	CORR_RETYPE,	/* the entity, or one mention, gets type to_type */
	CORR_RENAME,	/* the entity's canonical name becomes to_name */
	CORR_MERGE,	/* the entity joins the entity (to_key, to_type) */
	CORR_SPLIT,	/* mentions with surface (in article hash, or all) leave the entity:
			 * for (to_key, to_type), made when missing (to_name) */
	CORR_ADD,	/* the text at (hash, surface, occurrence) is a mention of
			 * (to_key, to_type), made when missing (to_name) */
	CORR_NKINDS
};

/* One correction, as the state file keeps it. */
struct corr {
	int64_t id;		/* the row's id: corrections apply in id order */
	int64_t made;		/* unix seconds */
	enum corr_kind kind;
	char *key;		/* owned; the entity's key (NULL for CORR_ADD) */
	int type;		/* its enum ent_type (-1 for CORR_ADD) */
	char *name;		/* owned; its name when the correction was made (shown) */
	char *hash;		/* owned; the article of a mention; NULL: every article */
	char *surface;		/* owned; a mention's surface; NULL: the whole entity */
	int occurrence;		/* which occurrence of surface in the article; -1: all */
	char *to_key;		/* owned; MERGE, SPLIT, ADD: the entity to join (NULL for
				 * SPLIT: the folded surface) */
	int to_type;		/* RETYPE: the new type; MERGE, SPLIT, ADD: the target's */
	char *to_name;		/* owned; RENAME: the new name; SPLIT, ADD: the name of a new
				 * entity; MERGE: the target's name (shown) */
};

/* Free the members of c and zero it. */
void corr_clear(struct corr *c);
/* A deep copy of c into out. */
void corr_copy(struct corr *out, const struct corr *c);
/* Free n corrections and the array. */
void corr_free_all(struct corr *v, size_t n);
/* "hide", "retype", ... and back (-1 if unknown). */
const char *corr_kind_name(enum corr_kind k);
int corr_kind_parse(const char *s);
/* What c does, in words: "merge Putin (PERSON) into Vladimir Putin" (owned). */
char *corr_describe(const struct corr *c);
/* A short fingerprint of the corrections (an index cache built with others is stale):
 * 16 hex digits into out (17 bytes); "none" when n is 0. */
void corr_digest(const struct corr *v, size_t n, char out[17]);

/*
 * Apply corrections v[0..n) in order to *es, built from corpus c: entities hidden,
 * retyped, renamed, merged, split, mentions added; counts, aliases and ids made again
 * (ids in the resolver's order), and the names and types entities had before a rename,
 * retype or merge kept in (*es)->former. *es is replaced by the corrected set (the old one is
 * freed). used[i] (may be NULL) gets how many mentions correction i applied to; 0 is an
 * unused correction. Nothing is done when n is 0.
 */
void corr_apply(struct entity_set **es, const struct corpus *c, const struct corr *v,
		size_t n, uint32_t *used);

/* A deep copy of s (corr_apply() consumes the set it corrects: the screen keeps the
 * uncorrected set and corrects a copy each time the corrections change). */
struct entity_set *entity_set_copy(const struct entity_set *s);

/* Mark (mark[id] set non-zero; es->n of them) every entity called key, of type type, now
 * or before a correction renamed, retyped or merged it (entity_set.former): what a watch
 * of (key, type) designates. Returns how many were not marked before. */
size_t entity_set_mark_named(const struct entity_set *es, const char *key, int type,
			     uint8_t *mark);

/* The occurrence index of the surface text[start, end) among the occurrences of the
 * same bytes in text (0 the first), or -1 when the range is not inside the text. */
int corr_occurrence(const char *text, size_t len, size_t start, size_t end);
/* Where occurrence occ of surface is in text: its start, or -1 when there is none. */
long corr_locate(const char *text, size_t len, const char *surface, int occ);

#endif
