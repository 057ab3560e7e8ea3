/* gazetteer.c -- hash table over the compiled-in name tables (src/gazetteer_data.c). MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"

/*
 * The generated seeds (one per surface form and meaning) are folded with ex_fold, the same
 * folding the tokeniser applies to words, and merged per key: "jordan" is a country and a
 * given name at once. Multi-word names ("united states", "bosnia and herzegovina") mark
 * their first word with GZ_MW so that the chunker only tries longer matches where one
 * may exist.
 */

/* The table: open addressing, linear probing, built once and then read-only. */
static struct gz_entry *tab;
static size_t tabcap;		/* power of two */
static size_t tabn;
static char *keys;		/* owned; every folded key, NUL-separated */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int built;		/* atomic: set once the table is (a test cheaper than once's) */
const struct gz_entry *gaz_slots;	/* atomic: tab once built, for gaz_prefetch() */
size_t gaz_slot_mask;		/* tabcap - 1 */

/* The common words (gaz_common, gaz_common_given) by hash, built with the table: a binary
 * search of the 11k words with strncmp() was 2% of extraction. */
struct common_slot {
	uint32_t word;		/* 1 + the word's offset in gaz_pool; 0: an empty slot */
	uint32_t hash;		/* gaz_hash() of the word */
	int what;		/* gaz_is_common() of the word */
};
static struct common_slot *common;	/* owned */
static size_t commoncap;	/* power of two */


/* Are the len bytes at a and at b the same? memcmp() without a call: the keys are short,
 * and an entry of the same hash and length is nearly always the key. Reads no byte past
 * either. */
static inline int
same_key(const char *a, const char *b, size_t len)
{
	uint64_t x, y;
	uint32_t p, q, r, s;
	size_t i;

	if (len >= 8) {
		for (i = 0; i + 8 < len; i += 8) {
			memcpy(&x, a + i, 8);
			memcpy(&y, b + i, 8);
			if (x != y)
				return 0;
		}
		memcpy(&x, a + len - 8, 8);
		memcpy(&y, b + len - 8, 8);
		return x == y;
	}
	if (len >= 4) {
		memcpy(&p, a, 4);
		memcpy(&q, b, 4);
		memcpy(&r, a + len - 4, 4);
		memcpy(&s, b + len - 4, 4);
		return p == q && r == s;
	}
	return len == 0 || (a[0] == b[0] && a[len / 2] == b[len / 2] && a[len - 1] == b[len - 1]);
}

/* The slot holding key, or the empty slot where it would go. */
static inline struct gz_entry *
slot(const char *key, size_t len, uint32_t hash)
{
	size_t i = hash & (tabcap - 1);

	for (;;) {
		struct gz_entry *e = &tab[i];

		if (!e->key)
			return e;
		if (e->hash == hash && e->klen == len && same_key(e->key, key, len))
			return e;
		i = (i + 1) & (tabcap - 1);
	}
}

/* True if the surface has letters and none of them is lower case (an acronym: "US"). */
static int
all_capitals(const char *s)
{
	int letters = 0;

	for (; *s; s++) {
		if (*s >= 'a' && *s <= 'z')
			return 0;
		if (*s >= 'A' && *s <= 'Z')
			letters++;
	}
	return letters >= 2;
}

/* Insert or merge one folded key; returns its entry. */
static struct gz_entry *
add_key(const char *key, size_t len, size_t *koff)
{
	uint32_t h = gaz_hash(key, len);
	struct gz_entry *e = slot(key, len, h);

	if (!e->key) {
		memcpy(keys + *koff, key, len);
		keys[*koff + len] = '\0';
		e->key = keys + *koff;
		*koff += len + 1;
		e->klen = (uint16_t)len;
		e->hash = h;
		e->place = e->org = e->std = -1;
		tabn++;
	}
	return e;
}

/* Mark the first word of a name of w words, buf[0, len), as such. */
static void
mark_first(const char *buf, size_t len, size_t w, size_t *koff)
{
	struct gz_entry *f = add_key(buf, len, koff);

	f->word |= GZ_MW;
	if (w > f->maxw)
		f->maxw = (uint8_t)(w > 255 ? 255 : w);
}

static void
add_seed(const struct gaz_seed *sd, char *buf, size_t *koff)
{
	const char *name = gaz_pool + sd->name;
	size_t n = ex_fold(name, strlen(name), buf, 1024), w = 1, i;
	struct gz_entry *e;

	if (n == 0 || n > 1000)
		return;
	/* " & " between two words is punctuation between tokens, as the fold buffer writes
	 * it ("\x01": tokenize.c's gap_str): "Procter & Gamble", "College of William & Mary" */
	for (i = 0; i + 2 < n; i++)
		if (buf[i] == ' ' && buf[i + 1] == '&' && buf[i + 2] == ' ') {
			buf[i] = '\x01';
			memmove(buf + i + 1, buf + i + 3, n - i - 3);
			n -= 2;
		}
	e = add_key(buf, n, koff);
	if (all_capitals(name))
		e->acr |= sd->cls;
	else
		e->word |= sd->cls;
	if (sd->canon >= 0 && (sd->cls & (GZ_PLACE | GZ_NAME_CITY)) && e->place < 0)
		e->place = sd->canon;
	if (sd->canon >= 0 && (sd->cls & GZ_ORG) && e->org < 0)
		e->org = sd->canon;
	if (sd->canon >= 0 && (sd->cls & GZ_VARIANT) && e->std < 0)
		e->std = sd->canon;
	/* A multi-word key marks its first word so that lookups try longer matches. */
	for (i = 0; i < n; i++)
		if (buf[i] == ' ' || buf[i] == '\x01')
			w++;
	if (w > 1) {
		size_t first = strcspn(buf, " \x01");

		mark_first(buf, first, w, koff);
		/* the word before a possessive inside the name is a token of its own unless
		 * it ends a listed name too: "people" of "People's Republic of China" */
		if (first > 3 && buf[first - 2] == '\'' && buf[first - 1] == 's')
			mark_first(buf, first - 2, w, koff);
	}
	/* a name that ends in "'s": its last word keeps its "'s" ("McDonald's", "Standard &
	 * Poor's"), where a person's possessive is cut (tokenize_poss.c) */
	if (n > 3 && buf[n - 2] == '\'' && buf[n - 1] == 's' && buf[n - 3] != ' ') {
		for (i = n; i > 0 && buf[i - 1] != ' ' && buf[i - 1] != '\x01'; i--)
			;
		if (w <= 8)
			add_key(buf + i, n - i, koff)->poss |= (uint8_t)(1u << (w - 1));
	}
}

/* Add the n words at ws (offsets in gaz_pool) to the common words, as what. */
static void
add_common(const uint32_t *ws, size_t n, int what)
{
	size_t k, i;

	for (k = 0; k < n; k++) {
		const char *w = gaz_pool + ws[k];
		uint32_t h = gaz_hash(w, strlen(w));

		for (i = h & (commoncap - 1); common[i].word; i = (i + 1) & (commoncap - 1))
			if (common[i].hash == h && strcmp(gaz_pool + common[i].word - 1, w) == 0)
				break;
		common[i].word = ws[k] + 1;
		common[i].hash = h;
		common[i].what = what;
	}
}

static void
build(void)
{
	size_t i, kbytes = 0, koff = 0;
	char buf[1100];

	for (i = 0; i < gaz_nseeds; i++)
		kbytes += 4 * (4 * strlen(gaz_pool + gaz_seeds[i].name) + 4);
	tabcap = 1;
	while (tabcap < 4 * gaz_nseeds)
		tabcap <<= 1;
	tab = xcalloc(tabcap, sizeof *tab);
	keys = xmalloc(kbytes + 1);
	for (i = 0; i < gaz_nseeds; i++)
		add_seed(&gaz_seeds[i], buf, &koff);
	/* Acronym classes also given by a lower-case surface are plain word classes. */
	for (i = 0; i < tabcap; i++)
		tab[i].acr &= ~tab[i].word;
	/* (a word of both lists is common, 1: the given names go in first) */
	for (commoncap = 1; commoncap < 2 * (gaz_ncommon + gaz_ncommon_given); commoncap <<= 1)
		;
	common = xcalloc(commoncap, sizeof *common);
	add_common(gaz_common_given, gaz_ncommon_given, 2);
	add_common(gaz_common, gaz_ncommon, 1);
	gaz_slot_mask = tabcap - 1;
	__atomic_store_n(&gaz_slots, tab, __ATOMIC_RELEASE);
	__atomic_store_n(&built, 1, __ATOMIC_RELEASE);
}

const struct gz_entry *
gaz_lookup(const char *key, size_t len, uint32_t hash)
{
	const struct gz_entry *e;

	if (!__atomic_load_n(&built, __ATOMIC_ACQUIRE))
		pthread_once(&once, build);
	if (len == 0 || len > 0xffff)
		return NULL;
	e = slot(key, len, hash);
	return e->key ? e : NULL;
}

uint32_t
gaz_classes(const struct gz_entry *e, int allcaps)
{
	if (!e)
		return 0;
	return allcaps ? (e->word | e->acr) : e->word;
}

const char *
gaz_canon(int idx)
{
	if (idx < 0 || (size_t)idx >= gaz_ncanons)
		return NULL;
	return gaz_pool + gaz_canons[idx];
}

/* The second of the pair whose first is idx in the n pairs t sorted by first, or -1. */
static int
pair_of(const int16_t (*t)[2], size_t n, int idx)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (t[mid][0] < idx)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && t[lo][0] == idx ? t[lo][1] : -1;
}

int
gaz_capital_country(int idx)
{
	return pair_of(gaz_capitals, gaz_ncapitals, idx);
}

int
gaz_city_country(int idx)
{
	int c = pair_of(gaz_city_cc, gaz_ncity_cc, idx);

	return c >= 0 ? c : gaz_capital_country(idx);
}

/* Is key one of the n sorted words at ws (offsets in gaz_pool)? */
static int
sorted_has(const uint32_t *ws, size_t n, const char *key, size_t len)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *w = gaz_pool + ws[mid];
		int c = strncmp(w, key, len);

		if (c == 0)
			c = w[len] != '\0';	/* w is longer than key */
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

int
gaz_is_common(const char *key, size_t len)
{
	uint32_t h = gaz_hash(key, len);
	size_t i;

	if (!__atomic_load_n(&built, __ATOMIC_ACQUIRE))
		pthread_once(&once, build);
	for (i = h & (commoncap - 1); common[i].word; i = (i + 1) & (commoncap - 1)) {
		const char *w = gaz_pool + common[i].word - 1;

		if (common[i].hash == h && strncmp(w, key, len) == 0 && w[len] == '\0')
			return common[i].what;
	}
	return 0;
}

int
gaz_club_word(const char *key, size_t len)
{
	if (sorted_has(gaz_club_words, gaz_nclub_words, key, len))
		return 1;
	return sorted_has(gaz_club_acronyms, gaz_nclub_acronyms, key, len) ? 2 : 0;
}

int
gaz_us_state_name(const char *s, size_t n)
{
	static const char *const state[] = {
		"alabama", "alaska", "arizona", "arkansas", "california", "colorado",
		"connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois",
		"indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
		"massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
		"nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
		"north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
		"rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
		"vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
	};
	size_t k;

	for (k = 0; k < sizeof state / sizeof *state; k++)
		if (strlen(state[k]) == n && strncasecmp(state[k], s, n) == 0)
			return 1;
	return 0;
}

size_t
gaz_given_formal(const char *key, size_t len, const char **out, size_t max)
{
	size_t lo = 0, hi = gaz_ngiven_forms, n = 0;

	/* the first pair that starts with key or sorts after it; the pairs that start with
	 * key follow one another ("joe joseph", "joey joseph") */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strncmp(gaz_pool + gaz_given_forms[mid], key, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < gaz_ngiven_forms && n < max; lo++) {
		const char *w = gaz_pool + gaz_given_forms[lo];

		if (strncmp(w, key, len) != 0)
			break;
		if (w[len] == ' ')
			out[n++] = w + len + 1;
	}
	return n;
}

int
gaz_given_sex_of(const char *key, size_t len)
{
	size_t lo = 0, hi = gaz_ngiven_sex;

	while (lo < hi) {	/* "name f": the name, then a space, sorts before any longer name */
		size_t mid = lo + (hi - lo) / 2;
		const char *w = gaz_pool + gaz_given_sex[mid];
		int c = strncmp(w, key, len);

		if (c == 0 && w[len] == ' ')
			return (unsigned char)w[len + 1];
		if (c < 0 || (c == 0 && (unsigned char)w[len] < ' '))
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

size_t
gaz_size(void)
{
	pthread_once(&once, build);
	return tabn;
}
