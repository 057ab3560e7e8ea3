/* gazetteer.h -- compiled-in name tables and word lists, looked up by folded key. MIT licence. */
#ifndef DOSSIER_GAZETTEER_H
#define DOSSIER_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dossier/util.h"

/* What a word or name is; one key may have several classes ("jordan": country, first name). */
enum gz_class {
	GZ_COUNTRY = 1u << 0,	/* country name or alias (PLACE) */
	GZ_DEMONYM = 1u << 1,	/* "Russian" -> Russia (PLACE) */
	GZ_CAPITAL = 1u << 2,	/* national capital (PLACE, itself) */
	GZ_CITY = 1u << 3,	/* other city (PLACE) */
	GZ_REGION = 1u << 4,	/* region, territory, sea, state, historical state (PLACE) */
	GZ_ORG = 1u << 5,	/* known organisation, outlet, platform, company */
	GZ_SEAT = 1u << 6,	/* seat of power (Kremlin): ORG, but PLACE after "in the" */
	GZ_TITLE = 1u << 7,	/* office or title before a name (President, Minister) */
	GZ_TITLE_MOD = 1u << 8,	/* word inside a title (Interior, Deputy, House) */
	GZ_HONORIFIC = 1u << 9,	/* Mr, Dr, Sir... */
	GZ_PERSON_NOUN = 1u << 10,	/* lower-case noun announcing a name (counterpart) */
	GZ_ORG_HEAD = 1u << 11,	/* Ministry, Council, Agency... */
	GZ_HEAD_IN = 1u << 12,	/* org head taking "in PLACE" (Embassy) */
	GZ_PLACE_HEAD = 1u << 13,	/* Sea, Square, Bazaar... */
	GZ_EVENT_HEAD = 1u << 14,	/* Olympics, Treaty, War...: span not annotated */
	GZ_FIRST = 1u << 15,	/* given name */
	GZ_SURNAME = 1u << 16,	/* family name written last */
	GZ_FF = 1u << 17,	/* family name written first (Xi, Dong, Kim) */
	GZ_PARTICLE = 1u << 18,	/* de, von, bin, al... inside names */
	GZ_CONNECTOR = 1u << 19,	/* of, for, on, and, the, in inside org names */
	GZ_FUNC = 1u << 20,	/* function word */
	GZ_STOP = 1u << 21,	/* not a name in sentence-initial or headline position */
	GZ_MONTH = 1u << 22,
	GZ_WEEKDAY = 1u << 23,
	GZ_SPEECH = 1u << 24,	/* said, told, added... */
	GZ_ABBREV = 1u << 25,	/* abbreviation whose full stop does not end a sentence */
	GZ_LOWER_OK = 1u << 26,	/* country name also matched in lower case */
	GZ_MW = 1u << 27,	/* first word of a longer entry (see maxw) */
	GZ_HEAD_PREFIX = 1u << 28,	/* place head that may come first (Lake Baikal) */
	GZ_VARIANT = 1u << 29,	/* another spelling of a name word (Usama -> Osama) */
	GZ_AMB_DEMONYM = 1u << 30,	/* demonym of other peoples too (Indians): needs its place */
};

/* A given name that is also a large city ("Regina", "Eugene"): the city only in a place's
 * slot ("in Eugene", "Regina, Saskatchewan"), else a given name. Outside the enum: an
 * enumeration constant must fit in an int. */
#define GZ_NAME_CITY (1u << 31)

#define GZ_PLACE (GZ_COUNTRY | GZ_DEMONYM | GZ_CAPITAL | GZ_CITY | GZ_REGION)
#define GZ_NAME (GZ_PLACE | GZ_ORG)
#define GZ_PERSONISH (GZ_FIRST | GZ_SURNAME | GZ_FF)

/* Every string of the generated tables, NUL-ended; the tables hold offsets into it, not
 * pointers (a pointer is a relocation at every start of a position-independent program:
 * 51,000 of them took a millisecond of each command). */
extern const char gaz_pool[];

/* One generated seed row: a surface form, its classes, its canonical name (index or -1). */
struct gaz_seed {
	uint32_t name;		/* in gaz_pool */
	uint32_t cls;
	int16_t canon;
};

extern const struct gaz_seed gaz_seeds[];
extern const size_t gaz_nseeds;
extern const uint32_t gaz_canons[];
extern const size_t gaz_ncanons;
/* The commonest English words, lower case, sorted (data/common_words.txt); those that are
 * given names too ("pat", "grant") apart. */
extern const uint32_t gaz_common[];
extern const size_t gaz_ncommon;
extern const uint32_t gaz_common_given[];
extern const size_t gaz_ncommon_given;
/* Short forms of given names (data/sources/given_name_forms.tsv) as "short formal"
 * pairs, lower case, sorted. */
extern const uint32_t gaz_given_forms[];
extern const size_t gaz_ngiven_forms;
/* Given names of one sex ("elizabeth f", "henry m"), lower case, sorted. */
extern const uint32_t gaz_given_sex[];
extern const size_t gaz_ngiven_sex;
/* National capitals and their countries: canonical index pairs, sorted. */
extern const int16_t gaz_capitals[][2];
extern const size_t gaz_ncapitals;
extern const int16_t gaz_city_cc[][2];
extern const size_t gaz_ncity_cc;

/* One key of the lookup table (all seeds with the same folded form merged). */
struct gz_entry {
	const char *key;	/* folded form (owned by the table) */
	uint32_t hash;		/* gaz_hash(key) */
	uint16_t klen;
	uint8_t maxw;		/* with GZ_MW: most words of an entry starting with this word */
	uint8_t poss;		/* the word with its "'s" ends a listed name ("mcdonald's", the
				 * "poor's" of "Standard & Poor's"): bit k-1 set for a name of k
				 * words (up to 8); the tokenizer keeps the "'s" */
	uint32_t word;		/* classes given by surfaces that have lower-case letters */
	uint32_t acr;		/* classes given only by all-capital surfaces (acronyms) */
	int16_t place;		/* canonical index of the PLACE meaning, or -1 */
	int16_t org;		/* canonical index of the ORG meaning, or -1 */
	int16_t std;		/* GZ_VARIANT: canonical index of the standard spelling, or -1 */
};

/* Hash of a folded key: place_hash()'s (util.h), eight bytes a step, the last ones
 * gathered a byte at a time (a call of memcpy() for them was a tenth of extraction); the
 * tokenizer's fast path computes the same in registers (tokenize.c). */
static inline uint32_t
gaz_hash(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	uint64_t h = PLACE_HASH_SEED ^ len, w;
	size_t k;

	for (; len > 8; p += 8, len -= 8) {
		memcpy(&w, p, 8);
		h = place_hash_step(h, w);
	}
	for (w = 0, k = 0; k < len; k++)
		w |= (uint64_t)p[k] << (8 * k);
	return place_hash_last(h, w);
}
/* The entry for a folded key, or NULL. Builds the table on first use (thread-safe). */
const struct gz_entry *gaz_lookup(const char *key, size_t len, uint32_t hash);
/* Ask for the memory of hash's slot ahead of its gaz_lookup() (a no-op before the table is
 * built): lookups waiting on memory were 9% of extraction. */
extern const struct gz_entry *gaz_slots;
extern size_t gaz_slot_mask;
static inline void
gaz_prefetch(uint32_t hash)
{
	const struct gz_entry *s = __atomic_load_n(&gaz_slots, __ATOMIC_ACQUIRE);

	if (s)
		__builtin_prefetch(&s[hash & gaz_slot_mask]);
}
/* gaz_lookup() of key[0..len), hashed here. */
static inline const struct gz_entry *
gaz_find(const char *key, size_t len)
{
	return gaz_lookup(key, len, gaz_hash(key, len));
}
/* Classes of an entry for a token: acronym classes only count when allcaps is set. */
uint32_t gaz_classes(const struct gz_entry *e, int allcaps);
/* Canonical name by index (NULL for -1). */
const char *gaz_canon(int idx);
/* The country (canonical index) whose national capital canonical idx is, or -1. */
int gaz_capital_country(int idx);
/* The country (canonical index) of city idx, of a capital or a city the lists give one
 * country, or -1. */
int gaz_city_country(int idx);
/* Is the folded word one of the commonest English words: 1 ("build", "girls"), 2 if a given
 * name too ("pat"), else 0? */
int gaz_is_common(const char *key, size_t len);
/* Is s[0, n) the name of one of the fifty US states, in any case ("Arizona", "new york")? */
int gaz_us_state_name(const char *s, size_t n);
/* The formal given names that the short form key[0, len) (folded, "joe") stands for
 * ("joseph"): up to max of them in out (NUL-terminated, static); returns how many. */
size_t gaz_given_formal(const char *key, size_t len, const char **out, size_t max);
/* The sex of the folded given name key[0, len): 'f', 'm', or 0 when the lists give it
 * both, none, or it is not a given name. */
int gaz_given_sex_of(const char *key, size_t len);
/* Words that begin a sports club's name before its city's ("Real", "Inter", "Dynamo",
 * "FC"; data/sources/club_words.txt) by folded key: 1 in any case, 2 in capitals only
 * ("AS Roma", not "As Rome"). */
extern const uint32_t gaz_club_words[];
extern const size_t gaz_nclub_words;
extern const uint32_t gaz_club_acronyms[];
extern const size_t gaz_nclub_acronyms;
int gaz_club_word(const char *key, size_t len);
/* Number of keys in the table (for tests). */
size_t gaz_size(void);

#endif
