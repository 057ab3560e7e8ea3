/* cluster_boiler.c -- corpus-wide boilerplate left out of the story clusters' comparisons. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "cluster_int.h"

/*
 * Corpus-wide boilerplate (a licence, an outlet's footer, "Follow us on..."): text that
 * many articles carry and that says nothing of their story. On 804 Debian copyright files
 * (their own lines, then a licence) one cluster held 130 files that share only the
 * licence. A shingle decides a signature's bin when it is the bin's least; shingles of a
 * text that many articles carry decide the same value in the same bin of all of them. So
 * a bin's value found in more than max(BOILER_MIN, BOILER_SHARE of the signed articles)
 * signatures is boilerplate (boiler_find()): two articles that both have it in a bin do
 * not count that bin, as if the shingle that decided it were dropped there, and their
 * resemblance is the share of equal bins among the others (the share of shingles they
 * have in common once the boilerplate is left out); their sizes are taken as the share of
 * their bins that are not boilerplate. Two articles are judged whole (every bin counts)
 * when almost all of them is such text (fewer than OWN_BINS bins left: a wire story
 * printed by a hundred outlets is itself "frequent", and so are two copies of one
 * licence with a line each), and when it is a small part of them (fewer than
 * BOILER_BINS bins: a few stock phrases move the resemblance less than its error, and
 * leaving them out cost recall on the generated set). The rule reads the signatures
 * only (kept by the cache: no text is read again after an update); memory: a count per
 * bin value (256 KB, reused bin after bin), a bit per bin value (1 MB) and a byte per
 * article. Its limit: versions of a story printed by more than that many outlets and cut
 * in different places may stay apart.
 */

#define BOILER_MIN 50		/* a bin value in more signatures than this ... */
#define BOILER_SHARE 0.01	/* ... and than this share of them is boilerplate */
#define OWN_BINS 16		/* fewer bins left: two articles are judged whole */
#define BOILER_BINS 8		/* fewer bins of boilerplate: judged whole too (a few
				   stock phrases move a resemblance less than its error) */
#define VALUES 65536		/* values of a bin (16 bits) */

static bool
is_boiler(const struct boiler *b, size_t bin, uint16_t v)
{
	size_t bit = bin * VALUES + v;

	return b->bits && (b->bits[bit / 64] >> (bit % 64) & 1);
}

/* Mark bin's values that more than limit signatures have; whether there was one. */
static bool
mark_bin(struct boiler *b, const uint16_t *sig, const uint8_t *ok, size_t n, size_t bin,
	 size_t limit, uint32_t *count)
{
	size_t i, v;
	bool any = false;

	memset(count, 0, VALUES * sizeof *count);
	for (i = 0; i < n; i++)
		if (ok[i])
			count[sig[i * BINS + bin]]++;
	for (v = 0; v < VALUES; v++)
		if (count[v] > limit) {
			b->bits[(bin * VALUES + v) / 64] |= UINT64_C(1) << (v % 64);
			any = true;
		}
	return any;
}

void
boiler_find(struct boiler *b, const uint16_t *sig, const uint8_t *ok, size_t n)
{
	size_t i, bin, nsigned = 0, limit;
	uint32_t *count;
	bool any = false;

	memset(b, 0, sizeof *b);
	for (i = 0; i < n; i++)
		nsigned += ok[i] != 0;
	limit = (size_t)(BOILER_SHARE * (double)nsigned);
	if (limit < BOILER_MIN)
		limit = BOILER_MIN;
	if (nsigned <= limit)
		return;	/* too few articles to tell */
	count = xmalloc(VALUES * sizeof *count);
	b->bits = xcalloc(BINS * VALUES / 64, sizeof *b->bits);
	for (bin = 0; bin < BINS; bin++)
		any |= mark_bin(b, sig, ok, n, bin, limit, count);
	free(count);
	if (!any) {
		boiler_free(b);
		return;
	}
	b->n = xcalloc(n ? n : 1, 1);
	for (i = 0; i < n; i++)
		for (bin = 0; ok[i] && bin < BINS; bin++)
			b->n[i] += is_boiler(b, bin, sig[i * BINS + bin]);
}

double
boiler_resemble(const struct boiler *b, const uint16_t *x, const uint16_t *y, uint32_t a,
		uint32_t bb, double *own_a, double *own_b)
{
	size_t i, eq = 0, left = 0;

	*own_a = *own_b = 1;
	if (!b->bits || (b->n[a] < BOILER_BINS && b->n[bb] < BOILER_BINS))
		return resemblance(x, y);
	for (i = 0; i < BINS; i++) {
		if (x[i] == y[i] && is_boiler(b, i, x[i]))
			continue;
		left++;
		eq += x[i] == y[i];
	}
	if (left < OWN_BINS || BINS - left < BOILER_BINS)
		return resemblance(x, y);
	*own_a = (double)(BINS - b->n[a]) / BINS;
	*own_b = (double)(BINS - b->n[bb]) / BINS;
	return (double)eq / left;
}

bool
boiler_in_band(const struct boiler *b, const uint16_t *x, size_t i, size_t band)
{
	size_t r;

	/* Not when a bin of the band has a boilerplate value, unless the article is judged
	 * whole (little of it is boilerplate, or almost all). */
	if (!b->bits || b->n[i] < BOILER_BINS || b->n[i] > BINS - OWN_BINS)
		return true;
	for (r = 0; r < ROWS; r++)
		if (is_boiler(b, band * ROWS + r, x[band * ROWS + r]))
			return false;
	return true;
}

void
boiler_free(struct boiler *b)
{
	free(b->bits);
	free(b->n);
	b->bits = NULL;
	b->n = NULL;
}
