/* cluster.h -- story clusters: the same copy from many outlets, found as near-duplicates. MIT licence. */
#ifndef DOSSIER_CLUSTER_H
#define DOSSIER_CLUSTER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;
struct corpus;
struct ex_blob;

/*
 * The story clusters of a corpus: groups of two or more articles whose text (boilerplate,
 * blank, title and date lines left out) is nearly the same. Clusters are numbered from 1
 * in the order of their first article (by path); within one, the articles go earliest
 * dated first (ties by path), and that first one is the cluster's representative.
 */
struct cluster_set {
	size_t narticles;	/* articles of the corpus it was built from */
	uint32_t *of;		/* owned; per article: its cluster (1..n), 0 for none */
	size_t n;		/* clusters */
	uint32_t *start;	/* owned; n + 1 entries: cluster k is members[start[k-1] ..
				   start[k]) */
	uint32_t *members;	/* owned; article ids, cluster by cluster, representative first */
};

/*
 * Find the clusters of c (near-duplicate detection: see cluster.c for the method and its
 * limits). Uses every core for the signatures. Deterministic: the same corpus gives the
 * same clusters on every run and machine. Returns NULL when *stop (may be NULL) became
 * non-zero meanwhile. Free with cluster_set_free().
 */
struct cluster_set *cluster_build(const struct corpus *c, volatile int *stop);
/*
 * The same from signatures kept by the index cache (depending on the text alone, kept by
 * content hash): sigs[i] (struct ex_blob, entity.h) is article i's, CLUSTER_SIG_BYTES bytes
 * (none for a text too short to compare), or has no data when it is not made yet; then
 * it is made (its text read now if it was not, article_load()) and marked fresh.
 * cluster_sign_kept() only makes the missing ones (for a cache about to be written).
 */
#define CLUSTER_SIG_BYTES (4 + 2 * 128)
struct cluster_set *cluster_build_kept(const struct corpus *c, struct ex_blob *sigs,
				       volatile int *stop);
void cluster_sign_kept(const struct corpus *c, struct ex_blob *sigs, volatile int *stop);
/* Article a's signature into b as the kept ones are (its text there). */
void cluster_sign_blob(const struct article *a, struct ex_blob *b);
void cluster_set_free(struct cluster_set *cs);

/* The cluster of article id (1..n), 0 for none (or when cs is NULL, or id is past it). */
uint32_t cluster_of(const struct cluster_set *cs, uint32_t id);
/* The articles of cluster k (1..n), representative first; NULL and *n = 0 for none. */
const uint32_t *cluster_members(const struct cluster_set *cs, uint32_t k, size_t *n);
/* Is id in a cluster without being its representative (is:duplicate)? */
bool cluster_is_duplicate(const struct cluster_set *cs, uint32_t id);

/*
 * The estimated resemblance of two articles, 0..1: the share of their word shingles they
 * have in common (Jaccard), as the clustering estimates it; -1 when either is too short
 * to be compared. Two articles tell the same story (cluster_same_story()) when they
 * resemble at CLUSTER_THRESHOLD, or at CLUSTER_CONTAINED_MIN with that share of the
 * shorter one's shingles in the longer (a version with half the story cut). These two
 * judge a pair alone; cluster_build() also leaves out the corpus' boilerplate (text that
 * many of its articles carry, as a licence: cluster_boiler.c).
 */
double cluster_resemblance(const struct article *a, const struct article *b);
bool cluster_same_story(const struct article *a, const struct article *b);
#define CLUSTER_THRESHOLD 0.4
#define CLUSTER_CONTAINED_MIN 0.3
#define CLUSTER_CONTAINED 0.7

/* One line of a comparison of two versions (cluster_diff()). */
enum diff_kind {
	DIFF_SAME,	/* in both: a and b are its lines */
	DIFF_CUT,	/* only in the first: a is its line */
	DIFF_ADDED,	/* only in the second: b is its line */
};
struct diff_line {
	uint8_t kind;	/* enum diff_kind */
	uint32_t a, b;	/* line indices in the first and second article (UINT32_MAX: none) */
};

/*
 * Compare the lines of a and b (blank, boilerplate and date lines left out; lines compared
 * with their runs of white space made one): what b cut from a and what it added, in reading
 * order. *out is owned by the caller (free()); returns the number of lines. When the two
 * differ too much to be aligned cheaply, the unmatched middle is all cut, then all added.
 */
size_t cluster_diff(const struct article *a, const struct article *b, struct diff_line **out);

#endif
