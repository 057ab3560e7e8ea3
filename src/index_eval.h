/* index_eval.h -- the evaluator of queries on a cache file (index_cache_eval.c), its state shared with the columns it reads (index_cache_eval_cols.c). MIT licence. */
#ifndef DOSSIER_INDEX_EVAL_H
#define DOSSIER_INDEX_EVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <sqlite3.h>

#include "dossier/query.h"
#include "dossier/util.h"
#include "index_int.h"
#include "query_ast.h"

/* One query evaluated on a cache file: its articles, their columns read, its sets. */
struct fe {
	sqlite3 *db;
	const struct query *q;
	size_t n, nw;		/* ids 0..n-1; 64-bit words a set */
	uint64_t *present;	/* ids with an article row */
	int64_t *id_of;		/* by full-text row (doc): its article, -1 none; NULL when */
	bool same_ids;		/* each doc is its article's id (index_cache_unpack_ids()) */
	size_t ndocs;
	int32_t *date_key;	/* by id; NULL until a term or a ranking needs it */
	char (*hash)[33];	/* by id, when a term asks for the triage state */
	uint32_t *hslot;	/* open addressing by hash: id + 1, 0 empty */
	size_t nhslots;
	uint32_t *src_of;	/* by id, when source: is asked: its source in srcs */
	char **srcs;		/* each source once, folded, a space in front; then raw */
	size_t *srcoff;		/* where the raw name starts in each */
	size_t nsrcs, srcs_cap;
	uint32_t *slot;		/* open addressing: srcs index + 1, 0 empty */
	size_t nslots;
	struct index_walk w;	/* the tree walked (index_walk.c), its terms from here */
	struct index_rank *rank;	/* its rows of phrases walked (index_rank_seen()) */
	const struct index_scored *given;	/* the hits of the root's text, when the */
	size_t ngiven;				/* caller ranked them already */
	bool packed;		/* the columns came from the pack: so may the hashes */
	bool ok;
};

static inline uint64_t *
fe_set(const struct fe *e)
{
	return xcalloc(e->nw ? e->nw : 1, sizeof(uint64_t));
}

static inline void
fe_add(const struct fe *e, uint64_t *s, int64_t id)
{
	if (id >= 0 && (size_t)id < e->n)
		s[id >> 6] |= (uint64_t)1 << (id & 63);
}

/* The article of full-text row doc, -1 none. */
static inline int64_t
fe_id(const struct fe *e, int64_t doc)
{
	if (doc < 0 || (size_t)doc >= e->ndocs)
		return -1;
	return e->same_ids ? doc : e->id_of[doc];
}

/* index_cache_eval_cols.c */
/* Does node n (or one under it) ask for the kind k? */
bool fe_asks(const struct query *q, int n, enum qkind k);
/* The index in e->srcs of source v. */
uint32_t fe_source(struct fe *e, const char *v);
/* Every article's id, full-text row and date (and source when the query asks), or the ids
 * alone; without scan, only how many ids there are. */
bool fe_load(struct fe *e, bool scan);
/* Every article's date by id, read now when it was not. */
bool fe_dates(struct fe *e);
/* Every article's hash read and put in a table by hash. */
void fe_hash_table(struct fe *e);
/* Every article whose hash is h into s. */
void fe_add_hash(const struct fe *e, uint64_t *s, const char *h);

#endif
