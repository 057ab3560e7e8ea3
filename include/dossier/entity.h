/* entity.h -- entity types, mentions and the corpus entity set (extraction + resolution). MIT licence. */
#ifndef DOSSIER_ENTITY_H
#define DOSSIER_ENTITY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;
struct corpus;

enum ent_type {
	ENT_PERSON, ENT_ORG, ENT_PLACE, ENT_DATE, ENT_MONEY,
	ENT_HASHTAG, ENT_HANDLE, ENT_URL,
	ENT_NTYPES
};

/* "PERSON", "ORG", ... */
const char *ent_type_name(enum ent_type t);
/* Case-insensitive name ("person", "PLACE", also "people"/"orgs"/"places"...) to type, -1 if unknown. */
int ent_type_parse(const char *s);

/* One mention of an entity in one article. */
struct mention {
	uint32_t start;		/* byte offset in article->text (the file as stored) */
	uint32_t end;		/* exclusive */
	uint32_t entity;	/* corpus entity id (index into entity_set.ents) */
	uint8_t type;		/* enum ent_type */
	uint16_t surf;		/* 1 + the index of the entity's alias whose bytes are exactly
				 * text[start, end) (the persistent index prints it without
				 * reading the file); 0: unknown, read the text */
};

/* One corpus-level entity. */
struct entity {
	uint32_t id;		/* == its index in entity_set.ents; stable for the run */
	uint8_t type;		/* enum ent_type */
	char *canonical;	/* owned; display name (most frequent full form, accented preferred) */
	char *key;		/* owned; folded canonical, for matching (text_fold) */
	uint32_t narticles;	/* articles that mention it */
	uint32_t nmentions;	/* mentions in the corpus */
	char **aliases;		/* owned; distinct surface forms, most frequent first */
	size_t naliases;
	bool clean;		/* its name and aliases are each a clean line (text_is_clean_line()),
				 * as the persistent index knows; false: not known */
};

/* Every entity and mention of a corpus. */
/* The order entity ids follow: type, then folded key, then display name, for qsort of
 * an array of these (resolve_set.c; correct_set.c numbers a corrected set the same way). */
struct entity_order {
	uint32_t at;		/* the caller's index of the entity */
	uint8_t type;
	const char *key, *canon;
};
int entity_order_cmp(const void *a, const void *b);
/* The order `entities` lists them in, for xsort() of ids (uint32_t) into ctx's entities:
 * most articles first, then most mentions, then by id. */
int entity_rank_cmp(const void *pa, const void *pb, void *ctx);

/* A name and type an entity had before the reader's corrections (correct.h) renamed,
 * retyped or merged it: a watch made on the old name follows the entity. */
struct entity_former {
	uint32_t entity;	/* the entity's id now */
	uint8_t type;		/* enum ent_type it had */
	char *key;		/* owned; the folded name it had */
};

struct entity_set {
	struct entity *ents;	/* owned */
	size_t n;
	struct entity_former *former;	/* owned; none until corrections applied (or came
					 * back from a cache) */
	size_t nformer;
	struct mention **mentions;	/* owned; mentions[article id], sorted by start */
	size_t *nmentions;		/* owned; count per article */
	size_t narticles;
	size_t total_mentions;
	struct mention *block;		/* owned (big_alloc()); NULL, or the mentions of a set
					   read from a cache, which mentions[a] point into */
	size_t nblock;
};

/* Per-article extraction result before corpus resolution (opaque; thread-safe to build). */
struct extraction;
/* Run the scanners and chunker over one article. Safe to call from several threads. */
struct extraction *extract_article(const struct article *a);
void extraction_free(struct extraction *x);
/* Articles extracted so far by this process (the cache's kept ones are not). */
size_t extract_count(void);
/* Resolve aliases within and across articles; per[i] belongs to c->arts[i] and is
 * consumed (freed). Returns the corpus entity set. */
struct entity_set *resolve_corpus(const struct corpus *c, struct extraction **per);
/* extract_article for every article, then resolve_corpus. */
struct entity_set *entities_build(const struct corpus *c);
/* The threads it extracts on: one a core, at most 8, one for a corpus under 32 articles. */
size_t entities_threads(const struct corpus *c);
/* One article's extraction as bytes (extraction_encode(), extract.h), for the cache. */
struct ex_blob {
	unsigned char *data;	/* owned (free()); NULL: none */
	size_t len;
	bool fresh;		/* made by this run (not read from the cache) */
};
/*
 * entities_build() with the extractions kept: an article whose blobs[i] is set (by the
 * index cache) is decoded from it instead of extracted, without its text (and the blob
 * freed); the others are extracted (their text read now if it was not) and their
 * blobs[i] filled and marked fresh. A blob that cannot be decoded is extracted again.
 */
struct entity_set *entities_build_kept(const struct corpus *c, struct ex_blob *blobs);
/* The same, each article's text done with through holds (corpus.h) once it is
 * extracted: the extraction keeps its candidates' bytes for the resolver. *tick (tick
 * may be NULL) counts up once an article (a build's progress). */
struct text_holds;
struct entity_set *entities_build_held(const struct corpus *c, struct ex_blob *blobs,
				       struct text_holds *holds, _Atomic size_t *tick);
/*
 * The extractions of one session's corpus, kept between builds, each with the content
 * hash of the text it was made from. entities_rebuild() extracts again only the articles
 * whose text changed since (an :edit, a live folder's change) or that are new, decodes
 * the others and resolves the whole corpus: the set a cold build of the corpus as it is
 * now gives, for the cost of the changed articles' extraction and the resolution.
 * *nextracted (may be NULL) is set to how many were extracted.
 */
struct ex_kept {
	struct ex_blob *b;	/* owned; n of them */
	char (*hash)[33];	/* owned; the article's hash when b[i] was made */
	size_t n;
};
struct entity_set *entities_rebuild(const struct corpus *c, struct ex_kept *k,
				    size_t *nextracted);
void ex_kept_free(struct ex_kept *k);
void entity_set_free(struct entity_set *s);
/* Article a's mentions freed (NULL, none after), wherever they were allocated. */
void entity_set_free_mentions(struct entity_set *s, size_t a);

#endif
