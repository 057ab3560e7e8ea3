/* cluster.c -- story clusters: near-duplicate articles by MinHash signatures and LSH banding. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "cluster_int.h"

/*
 * The method, and why.
 *
 * An article is the set of its word shingles: every run of SHINGLE consecutive words of
 * its kept lines (not blank, boilerplate, title or date lines; words folded as the index
 * folds them). An added "Source link" or "[ad_1]", another headline or dateline change
 * nothing; a cut paragraph takes away its own shingles only; a reworded quote those that
 * hold the changed words. Two versions of one story share most of their shingles, two
 * stories on one topic almost none. Their resemblance is the Jaccard index of the sets.
 *
 * MinHash estimates it from a signature of fixed size. One-permutation hashing (Li, Owen
 * and Zhang, 2012) fills all BINS minima with one hash per shingle (the top bits of the
 * hash choose the bin, the rest is the value) instead of BINS hashes per shingle, so that
 * signing costs about what reading the text costs. Bins a short text leaves empty borrow
 * the next full one, rotated (Shrivastava and Li, 2014): equal sets keep equal
 * signatures. 16 bits of each minimum are kept (b-bit minwise hashing): 256 bytes an
 * article, freed once the clusters are made.
 *
 * Candidate pairs come from locality-sensitive hashing: the signature is cut into BANDS
 * bands of ROWS bins, and articles with an equal band meet in its bucket (one hash table,
 * reused band after band). With 64 bands of 2 a pair that resembles at 0.3 is a candidate
 * with probability 0.998, at 0.2 0.93, at 0.02 0.03. A candidate is then compared on the
 * whole signature: it joins its partner when they resemble at CLUSTER_THRESHOLD, or when
 * they resemble at CLUSTER_CONTAINED_MIN and the shorter is mostly (CLUSTER_CONTAINED) in
 * the longer: a version cut to half of the story resembles it at 0.5 only, but all of it
 * is in the story (the sizes give the share: |A and B| = J (|A| + |B|) / (1 + J)). The
 * floor on the resemblance keeps a short brief out of a long roundup that quotes it. A
 * bucket compares each new article with its first and its last one only: a thousand
 * copies of one text cost two thousand comparisons, not half a million. Union-find makes
 * clusters of the pairs, which split_chains() then cuts around representatives (below).
 *
 * Why not SimHash: one 64-bit fingerprint an article is smaller, but it measures a
 * weighted cosine that drops fast when paragraphs are cut, and finding the fingerprints
 * within k bits needs several permuted tables. MinHash estimates how much text two
 * versions share, which is the question asked (the diff view shows the rest).
 *
 * Corpus-wide boilerplate (a licence, an outlet's footer) is left out of the comparisons
 * by cluster_boiler.c, from the signatures alone.
 *
 * Cost: one pass over the text (fold and hash every word), then BANDS passes over n
 * signatures: time linear in the bytes and in the articles, memory O(n) in articles.
 * Everything is seeded with constants: the same corpus gives the same clusters anywhere.
 */

#define SHINGLE 4		/* words in a shingle */
#define BANDS 64		/* LSH bands of ROWS bins (BANDS * ROWS <= BINS) */
#define MIN_SHINGLES 50		/* fewer (about 50 words): never clustered, too little to judge */
#define MAX_WORD 64		/* bytes of a word that count (a longer one is cut) */
#define NONE UINT32_MAX

_Static_assert(CLUSTER_SIG_BYTES == 4 + 2 * BINS, "a kept signature is its size and its bins");

/* splitmix64's finaliser: every bit of z moves every bit of the result. */
static uint64_t
mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

#define FNV_START 0xCBF29CE484222325ULL
#define FNV_PRIME 0x100000001B3ULL

/* FNV-1a of s[0..n), mixed. */
static uint64_t
hash_bytes(const char *s, size_t n)
{
	uint64_t h = FNV_START;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * FNV_PRIME;
	return mix64(h);
}

/* One article being signed. */
struct signer {
	uint64_t min[BINS];	/* each bin's least value so far (UINT64_MAX: empty) */
	uint64_t ring[SHINGLE];	/* the last SHINGLE word hashes */
	size_t words;		/* words seen */
	size_t shingles;	/* shingles seen (repeats too) */
	char w[MAX_WORD];	/* the word being read */
	size_t wl;
	uint64_t h;		/* FNV-1a of w[0..wl) so far (hash_bytes() unmixed) */
	bool wide;		/* it has a code point beyond ASCII: fold it */
};

static void
add_word(struct signer *g, uint64_t w)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL, v;
	size_t j, bin;

	g->ring[g->words % SHINGLE] = w;
	if (++g->words < SHINGLE)
		return;
	/* Oldest word first: the shingle's words in order. */
	for (j = 0; j < SHINGLE; j++)
		h = (h << 23 | h >> 41) ^ g->ring[(g->words + j) % SHINGLE];
	h = mix64(h);
	bin = (size_t)(h >> 57);	/* 7 bits: BINS == 128 */
	v = h & ((UINT64_C(1) << 57) - 1);
	if (v < g->min[bin])
		g->min[bin] = v;
	g->shingles++;
}

/* The word read so far, folded as the index folds text (ASCII is lowercased already). */
static void
end_word(struct signer *g)
{
	size_t fl;
	char *f;

	if (!g->wl)
		return;
	if (g->wide) {
		f = text_fold(g->w, g->wl, &fl);
		add_word(g, hash_bytes(f, fl));
		free(f);
	} else {
		add_word(g, mix64(g->h));	/* hash_bytes(g->w, g->wl), made as it was read */
	}
	g->wl = 0;
	g->h = FNV_START;
	g->wide = false;
}

/* ASCII letters and digits, as the index's words have them, lower case (0: none). */
static const unsigned char lower_word_byte[128] = {
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5',
	['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9', ['A'] = 'a', ['a'] = 'a',
	['B'] = 'b', ['b'] = 'b', ['C'] = 'c', ['c'] = 'c', ['D'] = 'd', ['d'] = 'd',
	['E'] = 'e', ['e'] = 'e', ['F'] = 'f', ['f'] = 'f', ['G'] = 'g', ['g'] = 'g',
	['H'] = 'h', ['h'] = 'h', ['I'] = 'i', ['i'] = 'i', ['J'] = 'j', ['j'] = 'j',
	['K'] = 'k', ['k'] = 'k', ['L'] = 'l', ['l'] = 'l', ['M'] = 'm', ['m'] = 'm',
	['N'] = 'n', ['n'] = 'n', ['O'] = 'o', ['o'] = 'o', ['P'] = 'p', ['p'] = 'p',
	['Q'] = 'q', ['q'] = 'q', ['R'] = 'r', ['r'] = 'r', ['S'] = 's', ['s'] = 's',
	['T'] = 't', ['t'] = 't', ['U'] = 'u', ['u'] = 'u', ['V'] = 'v', ['v'] = 'v',
	['W'] = 'w', ['w'] = 'w', ['X'] = 'x', ['x'] = 'x', ['Y'] = 'y', ['y'] = 'y',
	['Z'] = 'z', ['z'] = 'z'
};

/* Is cp part of a word: a letter, a mark or a digit? */
static bool
word_cp(uint32_t cp)
{
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

/* The words of s[0..n) into the signer (a word does not go on past the line's end). */
static void
sign_line(struct signer *g, const char *s, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			uint64_t h = g->h;
			size_t wl = g->wl;

			if (!lower_word_byte[c]) {
				end_word(g);
				i++;
				continue;
			}
			/* A run of ASCII letters and digits, hashed as it is copied. */
			do {
				if (wl < MAX_WORD) {
					g->w[wl++] = (char)lower_word_byte[c];
					h = (h ^ lower_word_byte[c]) * FNV_PRIME;
				}
			} while (++i < n && (c = (unsigned char)s[i]) < 0x80 && lower_word_byte[c]);
			g->h = h;
			g->wl = wl;
			continue;
		}
		k = text_decode(s + i, n - i, &cp);
		if (!word_cp(cp)) {
			end_word(g);
		} else if (g->wl + k <= MAX_WORD) {
			memcpy(g->w + g->wl, s + i, k);
			g->wl += k;
			g->wide = true;
		}
		i += k;
	}
	end_word(g);
}

/*
 * The signature of a into sig[BINS] and its shingles' count into *size; false when its
 * text is too short to be compared. Title, date, blank and boilerplate lines are left
 * out: outlets change exactly those.
 */
static bool
sign_article(const struct article *a, uint16_t *sig, uint32_t *size)
{
	struct signer g;
	size_t i, j, d;

	memset(&g, 0, sizeof g);
	g.h = FNV_START;
	for (i = 0; i < BINS; i++)
		g.min[i] = UINT64_MAX;
	for (i = 0; i < a->nlines; i++) {
		const struct text_line *l = &a->lines[i];

		if (l->flags & (LINE_BLANK | LINE_BOILERPLATE | LINE_TITLE | LINE_DATELINE))
			continue;
		sign_line(&g, a->text + l->start, l->end - l->start);
	}
	*size = g.shingles > UINT32_MAX ? UINT32_MAX : (uint32_t)g.shingles;
	if (g.shingles < MIN_SHINGLES)
		return false;
	for (i = 0; i < BINS; i++) {
		uint64_t v = g.min[i];

		/* An empty bin takes the next full one's value, rotated by the distance. */
		for (d = 1, j = (i + 1) % BINS; v == UINT64_MAX; d++, j = (j + 1) % BINS)
			if (g.min[j] != UINT64_MAX)
				v = g.min[j] + d * 0x9E3779B97F4A7C15ULL;
		sig[i] = (uint16_t)mix64(v ^ (uint64_t)i << 58);
	}
	return true;
}

/* Do two articles that resemble at j, of sizes nx and ny, tell one story? */
static bool
judge(double j, double nx, double ny)
{
	if (j >= CLUSTER_THRESHOLD)
		return true;
	if (j < CLUSTER_CONTAINED_MIN)
		return false;
	/* The share of the shorter text that is in the longer one. */
	return j * (nx + ny) / (1 + j) >= CLUSTER_CONTAINED * (nx < ny ? nx : ny);
}

/* Do two signed articles (signatures x, y of sizes nx, ny) tell one story? */
static bool
same_story(const uint16_t *x, uint32_t nx, const uint16_t *y, uint32_t ny)
{
	return judge(resemblance(x, y), nx, ny);
}

double
cluster_resemblance(const struct article *a, const struct article *b)
{
	uint16_t x[BINS], y[BINS];
	uint32_t nx, ny;

	article_load(a);
	article_load(b);
	if (!sign_article(a, x, &nx) || !sign_article(b, y, &ny))
		return -1;
	return resemblance(x, y);
}

bool
cluster_same_story(const struct article *a, const struct article *b)
{
	uint16_t x[BINS], y[BINS];
	uint32_t nx, ny;

	article_load(a);
	article_load(b);
	return sign_article(a, x, &nx) && sign_article(b, y, &ny) && same_story(x, nx, y, ny);
}

/* ---- signing every article, on every core ---- */

struct sign_job {
	const struct corpus *c;
	uint16_t *sig;		/* BINS per article */
	uint32_t *size;		/* per article: its shingles */
	uint8_t *ok;		/* per article: signed */
	struct ex_blob *kept;	/* NULL, or per article its signature as the cache keeps it */
	struct boiler boiler;	/* the corpus' boilerplate (cluster_boiler.c) */
	atomic_size_t next;
	volatile int *stop;
};

/* A kept signature back: true when it is one (ok: of a text long enough). */
static bool
sig_decode(const struct ex_blob *b, uint16_t *sig, uint32_t *size, uint8_t *ok)
{
	const unsigned char *d = b->data;
	size_t i;

	if (!d || (b->len != 0 && b->len != CLUSTER_SIG_BYTES))
		return false;
	*ok = b->len != 0;
	*size = *ok ? (uint32_t)d[0] | (uint32_t)d[1] << 8 | (uint32_t)d[2] << 16 |
		      (uint32_t)d[3] << 24 : 0;
	for (i = 0; *ok && i < BINS; i++)
		sig[i] = (uint16_t)(d[4 + 2 * i] | d[5 + 2 * i] << 8);
	return true;
}

/* A signature into b as the cache keeps it (ok: of a text long enough). */
static void
sig_encode(struct ex_blob *b, const uint16_t *sig, uint32_t size, bool ok)
{
	unsigned char *d;
	size_t k;

	free(b->data);
	b->len = ok ? CLUSTER_SIG_BYTES : 0;
	b->data = d = xmalloc(CLUSTER_SIG_BYTES);
	for (k = 0; k < 4; k++)
		d[k] = (unsigned char)(size >> (8 * k));
	for (k = 0; k < BINS; k++) {
		d[4 + 2 * k] = (unsigned char)sig[k];
		d[5 + 2 * k] = (unsigned char)(sig[k] >> 8);
	}
	b->fresh = true;
}

/* Article i's signature into the job, and into kept[i] as the cache keeps it. */
static void
sign_one(struct sign_job *j, size_t i)
{
	struct ex_blob *b = j->kept ? &j->kept[i] : NULL;
	uint16_t *sig = j->sig + i * BINS;

	if (b && sig_decode(b, sig, &j->size[i], &j->ok[i]))
		return;
	article_load(j->c->arts[i]);	/* read now if the cache described it */
	j->ok[i] = sign_article(j->c->arts[i], sig, &j->size[i]);
	if (b)
		sig_encode(b, sig, j->size[i], j->ok[i]);
}

void
cluster_sign_blob(const struct article *a, struct ex_blob *b)
{
	uint16_t sig[BINS];
	uint32_t size;
	bool ok = sign_article(a, sig, &size);

	sig_encode(b, sig, size, ok);
}

static void *
sign_worker(void *ud)
{
	struct sign_job *j = ud;
	size_t i;

	while ((i = atomic_fetch_add(&j->next, 1)) < j->c->n) {
		if (stop_set(j->stop))
			break;
		sign_one(j, i);
	}
	return NULL;
}

#define MAX_THREADS 8

static void
sign_all(struct sign_job *j)
{
	pthread_t th[MAX_THREADS];
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nt = j->c->n < 64 || ncpu <= 1 ? 1 : ncpu > MAX_THREADS ? MAX_THREADS
		    : (size_t)ncpu, i, started = 0;

	atomic_init(&j->next, 0);
	for (i = 1; i < nt; i++)
		if (pthread_create(&th[started], NULL, sign_worker, j) == 0)
			started++;
	sign_worker(j);
	for (i = 0; i < started; i++)
		pthread_join(th[i], NULL);
}

/* Do signed articles a and b tell one story, their boilerplate left out? */
static bool
same_in(const struct sign_job *j, uint32_t a, uint32_t b)
{
	double oa, ob, r = boiler_resemble(&j->boiler, j->sig + (size_t)a * BINS,
					   j->sig + (size_t)b * BINS, a, b, &oa, &ob);

	return judge(r, j->size[a] * oa, j->size[b] * ob);
}

/* ---- candidates and union-find ---- */

static uint32_t
find(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

/* Join a's and b's clusters when they tell the same story. */
static void
consider(uint32_t *parent, const struct sign_job *j, uint32_t a, uint32_t b)
{
	uint32_t ra = find(parent, a), rb = find(parent, b);

	if (ra == rb || !same_in(j, a, b))
		return;
	if (ra < rb)
		parent[rb] = ra;
	else
		parent[ra] = rb;
}

/* A bucket of one band: its key, its first and its last article. */
struct bucket {
	uint64_t key;
	uint32_t first, last;	/* first NONE: the slot is free */
};

/* Every band's buckets in turn; false when stopped. */
static bool
join_bands(const struct sign_job *j, uint32_t *parent)
{
	size_t n = j->c->n, nslots = 64, band, i, r, s;
	struct bucket *t;

	while (nslots < 2 * n)
		nslots *= 2;
	t = xmalloc(nslots * sizeof *t);
	for (band = 0; band < BANDS; band++) {
		if (stop_set(j->stop)) {
			free(t);
			return false;
		}
		for (s = 0; s < nslots; s++)
			t[s].first = NONE;
		for (i = 0; i < n; i++) {
			const uint16_t *v = j->sig + i * BINS + band * ROWS;
			uint64_t key = (uint64_t)band << 48;

			if (!j->ok[i] || !boiler_in_band(&j->boiler, j->sig + i * BINS, i, band))
				continue;
			for (r = 0; r < ROWS; r++)
				key |= (uint64_t)v[r] << (16 * (ROWS - 1 - r));
			for (s = mix64(key) & (nslots - 1); t[s].first != NONE && t[s].key != key;
			     s = (s + 1) & (nslots - 1))
				;
			if (t[s].first == NONE) {
				t[s] = (struct bucket){ key, (uint32_t)i, (uint32_t)i };
				continue;
			}
			consider(parent, j, t[s].first, (uint32_t)i);
			if (t[s].last != t[s].first)
				consider(parent, j, t[s].last, (uint32_t)i);
			t[s].last = (uint32_t)i;
		}
	}
	free(t);
	return true;
}

/* ---- the clusters ---- */

static int
cmp_by_date(const void *pa, const void *pb, void *ctx)
{
	const struct corpus *c = ctx;
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	int32_t da = c->arts[a]->date_key, db = c->arts[b]->date_key;

	if (da != db)
		return da < db ? -1 : 1;
	return (a > b) - (a < b);
}

/*
 * Single link chains: A near B near C puts A and C together however little they share,
 * and on a pile of licence files (each the same licence text plus its own lines) one
 * cluster took 418 of 804. So a cluster is cut around representatives: its members in
 * the order the list shows them (earliest first), each joins the first representative
 * it is near itself (near_leader()), or the one with a member near it that is near the
 * representative itself (bridge()), else becomes one. A member is at most two steps from
 * its cluster's representative, not at the end of a chain. At most MAX_LEADERS representatives a chain are
 * tried (bounded work on a pathological chain of many stories: the rest stand alone).
 */
#define MAX_LEADERS 256
#define LEADER_SLACK 0.05	/* a signature's error on a resemblance near 0.3 */

/* Is article x near enough to representative r to join it: resembling at
 * CLUSTER_CONTAINED_MIN, the least any pair that tells the same story resembles (two
 * versions cut in different places both resemble the full one that much)? */
static bool
near_leader(const struct sign_job *j, uint32_t r, uint32_t x)
{
	double own_r, own_x;

	return boiler_resemble(&j->boiler, j->sig + (size_t)r * BINS, j->sig + (size_t)x * BINS,
			       r, x, &own_r, &own_x) >= CLUSTER_CONTAINED_MIN - LEADER_SLACK;
}

/* The representative whose cluster x joins when it is near no representative itself:
 * the one with the most of its members near their representative themselves (among the
 * BRIDGE_SCAN placed last) that tell the same story as x, as a version cut elsewhere than
 * the first one is near the others. So every member is at most two steps from its
 * representative, never at the end of a chain. which[p] is the representative (its
 * index) of the member at order[p], direct[p] whether it is near it itself. NONE when
 * there is none. */
#define BRIDGE_SCAN 64

static uint32_t
bridge(const struct sign_job *j, const uint32_t *order, const uint16_t *which,
       const bool *direct, size_t a, size_t k, uint32_t x, size_t nl)
{
	uint16_t votes[MAX_LEADERS];
	size_t p, l, best = nl;

	memset(votes, 0, nl * sizeof *votes);
	for (p = k > a + BRIDGE_SCAN ? k - BRIDGE_SCAN : a; p < k; p++) {
		uint32_t y = order[p];

		if (which[p] < nl && direct[p])
			votes[which[p]] += same_in(j, y, x);
	}
	for (l = 0; l < nl; l++)
		if (votes[l] && (best == nl || votes[l] > votes[best]))
			best = l;
	return best < nl ? (uint32_t)best : NONE;
}

static void
split_chains(const struct sign_job *j, uint32_t *parent)
{
	size_t n = j->c->n, i, k, a, b;
	uint32_t *start = xcalloc(n + 1, sizeof *start), *order = xmalloc((n ? n : 1) *
									 sizeof *order);
	uint32_t *fill = xcalloc(n + 1, sizeof *fill), leaders[MAX_LEADERS];
	uint16_t *which = xmalloc((n ? n : 1) * sizeof *which);
	bool *direct = xmalloc(n ? n : 1);

	for (i = 0; i < n; i++)
		start[(parent[i] = find(parent, (uint32_t)i)) + 1]++;
	for (i = 0; i < n; i++)
		start[i + 1] += start[i];
	for (i = 0; i < n; i++)
		order[start[parent[i]] + fill[parent[i]]++] = (uint32_t)i;
	for (i = 0; i < n; i++) {
		size_t nl = 0;

		a = start[i];
		b = start[i + 1];
		if (b - a < 3)
			continue;	/* a pair was compared itself */
		xsort(order + a, b - a, sizeof *order, cmp_by_date, (void *)j->c);
		for (k = a; k < b; k++) {
			uint32_t x = order[k], q;
			size_t l;

			for (l = 0; l < nl; l++)
				if (near_leader(j, leaders[l], x))
					break;
			direct[k] = l < nl;
			if (l == nl && (q = bridge(j, order, which, direct, a, k, x, nl)) != NONE)
				l = q;
			if (l < nl) {
				parent[x] = leaders[l];
				which[k] = (uint16_t)l;
				continue;
			}
			parent[x] = x;
			direct[k] = true;
			which[k] = (uint16_t)nl;	/* nl == MAX_LEADERS: alone */
			if (nl < MAX_LEADERS)
				leaders[nl++] = x;
		}
	}
	free(direct);
	free(which);
	free(fill);
	free(order);
	free(start);
}

/* The clusters of the union-find forest (parent becomes each article's root): numbered
 * by their first article, each earliest dated first. */
static struct cluster_set *
make_set(const struct corpus *c, uint32_t *parent)
{
	struct cluster_set *cs = xcalloc(1, sizeof *cs);
	size_t n = c->n, i, k, total = 0;
	uint32_t *size = xcalloc(n ? n : 1, sizeof *size), *num, *fill;

	for (i = 0; i < n; i++)
		size[parent[i] = find(parent, (uint32_t)i)]++;
	/* Number the clusters by their first article: num[root]. */
	num = xcalloc(n ? n : 1, sizeof *num);
	for (i = 0; i < n; i++)
		if (size[parent[i]] >= 2 && !num[parent[i]]) {
			num[parent[i]] = (uint32_t)++cs->n;
			total += size[parent[i]];
		}
	cs->narticles = n;
	cs->of = xcalloc(n ? n : 1, sizeof *cs->of);
	cs->start = xcalloc(cs->n + 1, sizeof *cs->start);
	cs->members = xmalloc((total ? total : 1) * sizeof *cs->members);
	fill = xcalloc(cs->n + 1, sizeof *fill);
	for (i = 0; i < n; i++)
		if ((cs->of[i] = size[parent[i]] >= 2 ? num[parent[i]] : 0) && parent[i] == i)
			cs->start[cs->of[i]] = size[i];
	for (k = 1; k <= cs->n; k++)
		cs->start[k] += cs->start[k - 1];
	for (i = 0; i < n; i++)
		if ((k = cs->of[i]))
			cs->members[cs->start[k - 1] + fill[k]++] = (uint32_t)i;
	for (k = 1; k <= cs->n; k++)
		xsort(cs->members + cs->start[k - 1], cs->start[k] - cs->start[k - 1],
		      sizeof *cs->members, cmp_by_date, (void *)c);
	free(fill);
	free(num);
	free(size);
	return cs;
}

/* Every article signed (or its kept signature read) into j. */
static void
sign_job_run(struct sign_job *j, const struct corpus *c, struct ex_blob *kept,
	     volatile int *stop)
{
	size_t n = c->n;

	j->c = c;
	j->sig = xmalloc((n ? n : 1) * BINS * sizeof *j->sig);
	j->ok = xcalloc(n ? n : 1, 1);
	j->size = xcalloc(n ? n : 1, sizeof *j->size);
	j->kept = kept;
	memset(&j->boiler, 0, sizeof j->boiler);
	j->stop = stop;
	sign_all(j);
}

static void
sign_job_free(struct sign_job *j)
{
	free(j->ok);
	free(j->size);
	free(j->sig);
	boiler_free(&j->boiler);
}

struct cluster_set *
cluster_build_kept(const struct corpus *c, struct ex_blob *sigs, volatile int *stop)
{
	struct sign_job j;
	struct cluster_set *cs = NULL;
	uint32_t *parent;
	size_t i, n = c->n;

	sign_job_run(&j, c, sigs, stop);
	if (!stop_set(stop))
		boiler_find(&j.boiler, j.sig, j.ok, n);
	parent = xmalloc((n ? n : 1) * sizeof *parent);
	for (i = 0; i < n; i++)
		parent[i] = (uint32_t)i;
	if (!stop_set(stop) && join_bands(&j, parent)) {
		split_chains(&j, parent);
		cs = make_set(c, parent);
	}
	free(parent);
	sign_job_free(&j);
	return cs;
}

struct cluster_set *
cluster_build(const struct corpus *c, volatile int *stop)
{
	return cluster_build_kept(c, NULL, stop);
}

void
cluster_sign_kept(const struct corpus *c, struct ex_blob *sigs, volatile int *stop)
{
	struct sign_job j;

	sign_job_run(&j, c, sigs, stop);
	sign_job_free(&j);
}

void
cluster_set_free(struct cluster_set *cs)
{
	if (!cs)
		return;
	free(cs->of);
	free(cs->start);
	free(cs->members);
	free(cs);
}

uint32_t
cluster_of(const struct cluster_set *cs, uint32_t id)
{
	return cs && id < cs->narticles ? cs->of[id] : 0;
}

const uint32_t *
cluster_members(const struct cluster_set *cs, uint32_t k, size_t *n)
{
	*n = 0;
	if (!cs || k < 1 || k > cs->n)
		return NULL;
	*n = cs->start[k] - cs->start[k - 1];
	return cs->members + cs->start[k - 1];
}

bool
cluster_is_duplicate(const struct cluster_set *cs, uint32_t id)
{
	uint32_t k = cluster_of(cs, id);

	return k && cs->members[cs->start[k - 1]] != id;
}
