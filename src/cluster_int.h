/* cluster_int.h -- the story clusters' insides shared by cluster.c and cluster_boiler.c. MIT licence. */
#ifndef DOSSIER_CLUSTER_INT_H
#define DOSSIER_CLUSTER_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BINS 128		/* minima in a signature (16 bits each) */
#define ROWS 2			/* bins in an LSH band */

/* Resemblance of two signatures: the share of equal bins. */
static inline double
resemblance(const uint16_t *x, const uint16_t *y)
{
	size_t i, eq = 0;

	for (i = 0; i < BINS; i++)
		eq += x[i] == y[i];
	return (double)eq / BINS;
}

/* The corpus' boilerplate as its signatures show it (cluster_boiler.c). All zero: none. */
struct boiler {
	uint64_t *bits;		/* owned; NULL, or a bit per bin and value */
	uint8_t *n;		/* owned; per article, its bins of a boilerplate value */
};

/* Find it in the signatures sig[n * BINS] of the articles with ok[i]. */
void boiler_find(struct boiler *b, const uint16_t *sig, const uint8_t *ok, size_t n);
/* The resemblance of articles a and b (signatures x, y) without the bins where both have
 * the same boilerplate value; the share of each one's bins that are not boilerplate in
 * *own_a, *own_b (1 when they are judged whole). */
double boiler_resemble(const struct boiler *b, const uint16_t *x, const uint16_t *y, uint32_t a,
		       uint32_t bb, double *own_a, double *own_b);
/* Does article i (signature x) take part in band's buckets? */
bool boiler_in_band(const struct boiler *b, const uint16_t *x, size_t i, size_t band);
void boiler_free(struct boiler *b);

#endif
