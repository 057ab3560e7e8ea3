/* resolve.h -- internals of alias resolution shared by resolve.c and resolve_set.c. MIT licence. */
#ifndef DOSSIER_RESOLVE_H
#define DOSSIER_RESOLVE_H

#include <stddef.h>
#include <stdint.h>

#include "dossier/entity.h"
#include "dossier/extract.h"
#include "dossier/util.h"

struct corpus;

/* One mention being resolved. Strings are offsets into the resolver's arena. Most
 * passes read every mention of the corpus (7 million at 100k articles): what they read is
 * here, 16 bytes; its surface and where it stands in its text are apart, in struct
 * rm_at. */
struct rm {
	uint32_t art;		/* article index */
	uint32_t key;		/* arena offset of the entity key (folded) */
	int16_t canon;		/* gazetteer canonical index, or -1 */
	uint8_t type;		/* enum ent_type, CAND_UNKNOWN, or RM_DROP */
	uint8_t flags;		/* CF_* */
	uint8_t ntok;		/* words in the name */
	uint8_t nw;		/* words in the key (capped at 255), kept with the key */
	uint8_t link;		/* LK_*: the text between it and the article's next mention */
	uint8_t sex;		/* struct cand's: 'f', 'm' after such an honorific, else 0 */
};

#define RM_DROP 0xff

/* Where mention r->m[i] stands and how it is written (r->at[i]): read by a few rules and
 * for the entity set. */
struct rm_at {
	uint32_t start, end;	/* bytes in the article text */
	uint32_t surf;		/* arena offset of the surface (blanks collapsed) */
	uint32_t raw;		/* arena offset of the bytes as written (end - start of them;
				   the surface's when they are the same) */
};

/* One slot of a string map: the fields read by a probe in one cache line. */
struct rs_slot {
	uint32_t key;		/* arena offset, UINT32_MAX when empty */
	uint32_t val;
	uint32_t hash;		/* rs_smap_hash() of the key */
	uint8_t tag;		/* a small tag (entity type) that is part of the key */
	uint8_t aux;		/* the caller's: load() keeps 1 + the words of a surface's key */
};

/* A string-keyed hash map from arena offsets to values (open addressing). */
struct smap {
	struct rs_slot *s;	/* owned; cap of them */
	size_t cap, n;
};

/* An integer-keyed hash map (open addressing; keys are stored plus one, 0 is empty). */
struct imap_slot {
	uint64_t key;		/* the key plus one; 0: empty */
	uint32_t val;
};

struct imap {
	struct imap_slot *s;	/* owned; cap of them (key and value in one cache line) */
	size_t cap, n;
};

/* The resolver: every mention of the corpus and the arena holding their strings. */
struct resolver {
	struct sbuf ar;		/* arena of NUL-terminated strings */
	struct rm *m;		/* owned */
	struct rm_at *at;	/* owned; at[i] is m[i]'s place in its text */
	size_t n, cap;
	size_t *first;		/* owned; first mention of article i; first[narts] = n */
	size_t narts;
	const struct corpus *corpus;	/* not owned: the articles (their titles), or NULL */
	struct smap strs;	/* interned strings: surfaces (tag 0, value: their folded key),
				 * dates (tag 1) and folded keys and words (tag 2). Equal strings
				 * of one tag have one offset, so maps can key on offsets. */
	uint32_t *gkey;		/* owned; folded canonical of each gazetteer name, or UINT32_MAX */
	uint16_t *year;		/* owned; year of each article's date, 0 when it has none of its
				 * own (the file's mtime says nothing of the text's time) */
	uint8_t *seat;		/* owned, NULL when no mention has one: each mention's SEAT_*
				 * (its candidate's, rs_seats()) */
	uint16_t *office;	/* owned, NULL when no mention has one: the office each stands
				 * after (NAME_OFFICE of its candidate, rs_people_link()) */
	uint8_t *mark;		/* owned, NULL when no mention has one: each mention's
				 * RS_MARK_* (its candidate's NAME_JR, NAME_HOLDER) */
	uint32_t *ent;		/* owned by rs_entity_set(): the entity index of each mention
				 * once grouped (apart from struct rm, which most passes read
				 * whole: 32 bytes, two to a cache line) */
	struct imap words;	/* rs_alias_article()'s words of full names: key << 32 | the
				 * word's offset in it -> the word interned (cap 0 before) */
	struct imap apart;	/* full-name keys that an article wrote after an honorific once
				 * their family name alone had it there ("Mr. Knightley ... Mr.
				 * John Knightley": two men): rs_names_apart() (cap 0 before) */
	struct imap fam;	/* rs_family_word()'s answers: (key, family name first) ->
				 * the word's offset (made when first asked, cap 0 before) */
	struct imap redef;	/* a listed acronym's surface an article defined as another
				 * body -> 1 + the defining mention, 0 when two bodies; and
				 * (1 << 32 | surface) -> the articles that define it (cap 0
				 * before): rs_acronyms_corpus() */
};

/* Where mention m (of r->m) stands in its text. */
static inline const struct rm_at *
rs_at(const struct resolver *r, const struct rm *m)
{
	return &r->at[m - r->m];
}

/* The bytes of mention m as its article writes them (rs_len() of them). */
static inline const char *
rs_raw(const struct resolver *r, const struct rm *m)
{
	return r->ar.data + rs_at(r, m)->raw;
}

/* The length of mention m in its text. */
static inline uint32_t
rs_len(const struct resolver *r, const struct rm *m)
{
	return rs_at(r, m)->end - rs_at(r, m)->start;
}

/* A string of the arena by offset. */
static inline const char *
rs_str(const struct resolver *r, uint32_t off)
{
	return r->ar.data + off;
}

/* Is m a person's full name (two words or more)? (Inline: asked of every mention in
 * most passes.) */
static inline int
rs_is_full(const struct rm *m)
{
	return m->type == ENT_PERSON && m->ntok >= 2 && m->nw >= 2;
}

/* Is m a lone name that may be a person's (a person or unknown, not a full name)? */
static inline int
rs_is_single(const struct rm *m, const struct resolver *r)
{
	return (m->type == ENT_PERSON || m->type == CAND_UNKNOWN) && !rs_is_full(m);
}

void rs_smap_init(struct smap *m, size_t want);
void rs_smap_free(struct smap *m);
/* The hash of (tag t, string s) in a string map. */
uint32_t rs_smap_hash(int t, const char *s);
/* The slot for (tag t, string s) of hash h, full or empty. */
size_t rs_smap_slot_h(const struct smap *m, const struct resolver *r, int t, const char *s,
		      uint32_t h);
/* Store val for (t, string at arena offset koff) of hash h, and return its slot; the map
 * must have room (see init). */
struct rs_slot *rs_smap_put_h(struct smap *m, const struct resolver *r, int t, uint32_t koff,
			      uint32_t val, uint32_t h);
/* Double the map's room (its keys keep their values). */
void rs_smap_grow(struct smap *m);
/* Integer map for at most want keys. */
void rs_imap_init(struct imap *m, size_t want);
void rs_imap_free(struct imap *m);
/* Value for key, or -1. */
long rs_imap_get(const struct imap *m, uint64_t key);
/* Set the value for key (the map grows as needed). */
void rs_imap_put(struct imap *m, uint64_t key, uint32_t val);
/* The value for key, set to init first when the key is new: one probe where a get and a
 * put made two. Valid until the next key is added. */
uint32_t *rs_imap_ref(struct imap *m, uint64_t key, uint32_t init);
/* Sort k[0, n) ascending, v[0, n) (may be NULL) along with it, stably: equal keys keep
 * their order (a radix sort; qsort's comparator calls were a fifth of resolution). */
void rs_sort_keyed(uint64_t *k, uint32_t *v, size_t n);
/* Sort k[0, n) so and return where each key came from (owned by the caller). */
uint32_t *rs_sort_order(uint64_t *k, size_t n);
/* Put the n records of size bytes at base in the order v (from rs_sort_order()). */
void rs_permute(void *base, const uint32_t *v, size_t n, size_t size);
/* Intern the key s[0..n) (s must not point into the arena); returns its offset.
 * rs_intern_dup(): the key of the arena's bytes [off, off + len). */
uint32_t rs_intern_key(struct resolver *r, const char *s, size_t n);
/* The key of string s when some mention's key is s (interned), else UINT32_MAX. */
uint32_t rs_find_key(const struct resolver *r, const char *s);
/* The key of the first word of key k (of several words) when some mention's key is that
 * word, else UINT32_MAX: looking adds no key for every person's given name. */
uint32_t rs_first_word(const struct resolver *r, uint32_t k);
/* The same without the possessive of a firm's first word ("moody's investors service":
 * "moody"). */
uint32_t rs_first_word_bare(const struct resolver *r, uint32_t k);
uint32_t rs_intern_dup(struct resolver *r, uint32_t off, size_t len);
/* Words in a folded key (at most 255). */
uint8_t rs_nwords(const char *k);
/* Is w (a single folded word) the family name of full name k (family name first: ff)? */
int rs_is_surname(const char *k, int ff, const char *w);
/* A woman's honorific (SEX_*), the word her own key starts with ("mrs bennet",
 * rs_women()) and how she is shown then ("Mrs. Bennet"). */
struct rs_woman_word {
	int sex;
	const char *key, *shown;
};
extern const struct rs_woman_word rs_woman_words[4];

/* Is full name k (folded; ff: family name first) one of a given name of the other sex than
 * sex ('f', 'm', 0: none), so that "Miss Crawford" is not Henry Crawford? */
bool rs_sex_clash(const char *k, int ff, int sex);

/* The full names an article writes after an honorific once it has written their family
 * name alone after the same one ("Mr. Knightley ... Mr. John Knightley": the writer adds
 * the given name to tell two men apart), into r->apart: a lone family name after that
 * honorific joins none of them, in any article (resolve_alias.c). */
void rs_names_apart(struct resolver *r);
/* Within article mentions [f, e): shorter full names join the longer ones that hold them,
 * lone names the full name they are a word of; kinds as rs_title_kinds() made it
 * (resolve_alias.c). */
void rs_alias_article(struct resolver *r, size_t f, size_t e, const struct imap *kinds);
/* The family names article mentions [f, e) write in capitals in names written otherwise
 * in ordinary capitals ("Samuel WALLIS"), folded, as a list of strings ended by an empty
 * one (owned by the caller), or NULL; is lone mention m one of them in ordinary capitals
 * ("Wallis and Futuna"), and so not that person? (resolve_annal.c) */
char *rs_caps_families(const struct resolver *r, size_t f, size_t e);
bool rs_caps_family_apart(const struct resolver *r, const char *list, const struct rm *m);
/* Generic institution names ("Supreme Court", "National Assembly") of article art's
 * mentions [f, e) are keyed per country where a possessive place qualifies them
 * ("Brazil's Supreme Court"), else per article (resolve_article.c); seen caches the
 * test per surface. */
/* resolve_home.c: is gazetteer canonical c a country's (cached in seen); the key of map n
 * with the highest count (*most, the next *next; UINT32_MAX when empty); is c a US
 * state's (cached in seen); the US state
 * article [f, e) names most, more than other states and countries but the United States
 * (its key, or UINT32_MAX). */
bool rs_country_canon(struct imap *seen, int c);
/* The folded key of gazetteer canonical c, as a mention of it has (interned when no
 * mention has it yet; resolve_sense.c). */
uint32_t rs_canon_key(struct resolver *r, int c);
bool rs_us_state(struct imap *seen, int c);
uint32_t rs_top_two(const struct imap *n, uint32_t *most, uint32_t *next);
uint32_t rs_home_state(const struct resolver *r, struct imap *seen, size_t f, size_t e);
/* The country article [f, e) is at home in: the one its title names, else the one it
 * names most (its key, or UINT32_MAX and *tie set when countries are named but none
 * most). */
uint32_t rs_home_country(struct resolver *r, struct imap *seen, size_t f, size_t e,
			 bool *tie);
void rs_generic_orgs(struct resolver *r, struct imap *seen, size_t f, size_t e, size_t art);
/* Is the folded generic name k a body a country has one of ("supreme court", "senate",
 * "government"), not a state's, a city's or one of many ("task force")? */
bool rs_national_body(const char *k);
/* Is k[0, n) (folded) the name of a country? (resolve_generic.c) */
bool rs_country_key(const char *k, size_t n);
/* A generic key "COUNTRY federal government" (national, general, central) made
 * "COUNTRY government", as "Government of COUNTRY" is keyed (resolve_govt.c). */
void rs_national_governments(struct resolver *r);
/* The key of the bare body ("supreme court") a key names with its country ("united
 * states supreme court"), when a mention has it; else UINT32_MAX (cached in seen). */
uint32_t rs_country_body(const struct resolver *r, struct imap *seen, uint32_t key);
/* The key of organisation mention m, a listed national body written with its country
 * ("U.S. Congress" of the listed "Congress"), keyed by its country as an unlisted one is
 * ("united states congress"); else its key (cached in seen). */
uint32_t rs_listed_country_body(struct resolver *r, struct imap *seen, const struct rm *m);
/* resolve_unbody.c: the key of organisation mention i of article [f, e),
 * rs_listed_country_body()'s, but a listed body's bare generic alias ("General Assembly"
 * of the United Nations') unlisted, a generic body, where the article names no wider body. */
uint32_t rs_listed_body(struct resolver *r, struct imap *seen, size_t f, size_t e, size_t i);
/* resolve_wider.c: the bare generic name of article [f, e) ("Congress") is the one longer
 * body of that name it names most ("the Continental Congress"): into q (bare key -> the
 * body's key) where q has no key for it yet. */
void rs_wider_bodies(struct resolver *r, struct imap *seen, size_t f, size_t e, struct imap *q);
/* May article [f, e) be at home in the country of body key: in none (rs_home_country(),
 * kept in *home, UINT32_MAX - 1 before), that one, or a US state for the US's body? */
bool rs_country_home(struct resolver *r, struct imap *seen, size_t f, size_t e,
		     uint32_t key, uint32_t *home);
/* After every article: a national body an article names with no country at all is the
 * one the corpus qualifies it as, when one has 3 of 4 of the articles that qualify it. */
void rs_generic_corpus(struct resolver *r);
/* resolve_town.c: a town written with its US state after a comma ("Columbus, Ga.") is
 * that state's town in its article, unless the state is the one most articles give the
 * name (the listed city's). */
void rs_town_states(struct resolver *r);
/* resolve_titled.c: a town's word titled as a person ("Judge Douglas") is that person
 * alone too, in its article and, where the corpus never writes it as a place, elsewhere. */
void rs_titled_towns(struct resolver *r);
/* Is m one word read as a town or a capital, not after a locative ("in Hamilton"), that
 * no list has as a country, region or people (a namesake's family name, maybe)? */
int rs_town_word(const struct resolver *r, const struct rm *m);
/* Is the folded word k a town or a capital of the lists, and no country, region or
 * people? (resolve_alias.c) */
bool rs_town_key(const char *k);
/* Step 3 of resolve_corpus() (resolve_lone.c): across the corpus, lone words used as
 * places are places; a lone family name joins the one full name that has it when that is
 * unambiguous; lone words with no person behind them are dropped. */
void rs_alias_corpus(struct resolver *r);
/* The ORG mentions of article [f, e) into *v (owned by the caller; NULL when none), those
 * with no gazetteer canonical only when unlisted; how many (resolve_article.c). */
size_t rs_article_orgs(const struct resolver *r, size_t f, size_t e, int unlisted, uint32_t **v);
/* A name typed ORG by its own evidence is an ORG where it was a person by default only. */
/* A lone word its article names a place twice, and no person in full, is that place
 * (resolve_article.c). */
void rs_places_in_article(struct resolver *r, size_t f, size_t e);
/* A short name two countries share ("Congo"), written bare or as its people's word, is the
 * one of them article [f, e) names in full, if it names one only (resolve_home.c). */
void rs_shared_names_in_article(struct resolver *r, size_t f, size_t e);
/* A confederation or federation of places ("the North German Confederation") is a
 * PLACE (resolve_polity.c). */
void rs_polities_in_article(struct resolver *r, size_t f, size_t e, struct imap *memo);
/* A title alone after a demonym ("the German Kaiser") is the office, no person
 * (resolve_office.c). */
void rs_offices_in_article(struct resolver *r, size_t f, size_t e);
/* A name ending in "Papers" or "Files" is a collection of documents, one ending in a
 * plural head or a body's people ("Presidential Libraries", "Foreign Service Officers")
 * no one body: no entity (resolve_works.c). */
void rs_works_in_article(struct resolver *r, size_t f, size_t e);
/* Is k[0, n) one of the ln strings of list (resolve_mission.c)? */
bool rs_one_of(const char *k, size_t n, const char *const *list, size_t ln);
/* An embassy or consulate named by its country only ("the U.S. Embassy"), a university's
 * department ("the Department of History"): a body of article art only
 * (resolve_mission.c). */
void rs_hostless_in_article(struct resolver *r, size_t f, size_t e, size_t art,
			    struct imap *memo);
/* A city's name its article reads as a club, or names a team of, is the club where no
 * locative stands before it (resolve_article.c). */
void rs_clubs_in_article(struct resolver *r, size_t f, size_t e);
/* A lone word that only an organisation of its article starts with is that organisation
 * (resolve_article.c). */
void rs_org_words_in_article(struct resolver *r, size_t f, size_t e);
/* A lone word a cue made a firm ("Vivendi's share price") and the name of several words,
 * a person by default only, that it starts in its article ("Vivendi Universal") are one
 * organisation (resolve_firm.c). */
void rs_firm_names(struct resolver *r, size_t f, size_t e);
/* Is mention j written with a company's legal form last ("Multi-Step Products Inc",
 * "Esselte Business Systems Inc.")? (resolve_article.c) */
int rs_legal_written(const struct resolver *r, size_t j);
/* Is mention j a company's name of several words, with a legal form or a firm's head
 * last ("Penn Traffic Co", "Korvex Holdings", "Abbott Laboratories")?
 * (resolve_orgword.c) */
int rs_firm_named(const struct resolver *r, size_t j);
/* Does folded key k run on over "and" from its first word ("redstone and zembar
 * holdings": Sumner Redstone is no company) (resolve_article.c)? */
int rs_and_after_first(const char *k);
/* A lone family or given name m (gazetteer classes cls) is the one listed company of
 * orgs[0..norgs) (its article's ORG mentions), or one written with a legal form, that
 * starts with it: made so, true (resolve_firm.c). */
bool rs_listed_firm_word(const struct resolver *r, struct rm *m, uint32_t cls,
			 const uint32_t *orgs, size_t norgs);
/* Is mention a, bracketed after organisation o, a short name of the first letters of
 * o's words ("Amsterdam-Rotterdam Bank NV (Amro)") (resolve_firm.c)? */
bool rs_syllable_acronym(const struct resolver *r, const struct rm *o, const struct rm *a);
/* A lone word that starts one company's legal name in the corpus, and that the corpus
 * never writes as a person's, is that company (resolve_firm.c). */
void rs_firm_words_corpus(struct resolver *r);
/* A lone name in a list of organisations of article [f, e) is one too (resolve_article.c). */
void rs_org_lists(struct resolver *r, size_t f, size_t e);
void rs_org_names(struct resolver *r);
/* A name of organisations with a hyphen and the same name with a blank are one key
 * (resolve_orgname.c). */
void rs_hyphen_orgs(struct resolver *r);
/* Names of common words only: an ORG named so elsewhere, else dropped (resolve_article.c). */
void rs_common_names(struct resolver *r);
/* Lone names borne by several people, told apart by "the son of" (resolve_article.c). */
void rs_homonyms(struct resolver *r);
/* Acronyms bracketed beside an organisation in article mentions [f, e) become its aliases
 * (resolve_article.c). */
void rs_acronyms(struct resolver *r, size_t f, size_t e);
/* A listed acronym defined as another body where it is written out, the listed body never
 * written out in the corpus, is that body in the articles that do not define it too,
 * where two articles or a quarter of its articles define it (resolve_article.c). */
void rs_acronyms_corpus(struct resolver *r);
/* An unknown acronym that spells an organisation named in the article is it
 * (resolve_initials.c). */
void rs_initials_in_article(struct resolver *r, size_t f, size_t e);
/* rs_generic_orgs(), and the acronyms of the bodies it gives a new key follow them
 * (resolve_initials.c). */
void rs_generic_orgs_acronyms(struct resolver *r, struct imap *gen, size_t f, size_t e,
			      size_t art);
/* Is mention a, bracketed next to organisation o, its acronym: its capitals are initials
 * of o's words, or o is a long name and a is 2-8 capitals? */
int rs_acronym_of(const struct resolver *r, const struct rm *o, const struct rm *a);
/* Ambiguous demonyms ("Indians") of mentions [f, e) are dropped unless the article names
 * their place another way; seen caches the test per surface (resolve_article.c). */
void rs_demonyms_in_place(struct resolver *r, struct imap *seen, size_t f, size_t e);
/* Are the words of a a contiguous part of the (longer) name b? (resolve.c) */
int rs_sub_name(const char *a, const char *b);
/* Is full name a, which the article wrote first (a_first), the father's of longer name b
 * that ends with it after a given name ("idriss deby", "mahamat idriss deby")?
 * (resolve_kin.c) */
bool rs_elder_name(const char *a, const char *b, bool a_first);
/* Is two-word full name a the first and last words of longer name b, which the article
 * wrote first (b_first: "mahamat deby" of "mahamat idriss deby")? */
bool rs_short_form(const char *a, const char *b, bool b_first);
/* Is the word at k + p of a full name's key the father's name after "bin", "ibn",
 * "bint"? */
bool rs_after_patronymic(const char *k, size_t p);

/* The family name of full-name mention m, interned (the first word when written first). */
uint32_t rs_family_word(struct resolver *r, const struct rm *m);
/* The corpus's full names by family name, with the years they are written in
 * (resolve_link.c). */
struct rs_people;
struct rs_people *rs_people_new(struct resolver *r);
void rs_people_free(struct rs_people *pp);
/* A lone family name that joined no full name is one row per era of its dated articles
 * (resolve_era.c). */
void rs_lone_eras(struct resolver *r);
/* A lone family name that the corpus seats in two places or more ("Mr. SMITH of New
 * Jersey", "Mr. SMITH of Texas"): keyed by its seat, "smith of new jersey", where the
 * article names one (resolve_seat.c). */
void rs_seats(struct resolver *r);
/* A member keyed by his seat shown with it: canon "Smith" of key "smith of new jersey"
 * becomes "Smith of New Jersey" (*canon replaced; resolve_seat.c). */
void rs_seat_title(const char *key, char **canon);
/* A son named after his father, where the corpus writes his family name and "Jr."
 * alone ("Trump Jr."): every name written before "Jr." of that family is the son's, keyed
 * "key\x05jr" (resolve_kin.c). */
void rs_juniors(struct resolver *r);
/* struct resolver's mark bits: written before "Jr." (rs_juniors()), named for the
 * government its holder heads ("the Biden administration", rs_people_link()). */
enum { RS_MARK_JR = 1, RS_MARK_HOLDER = 2 };
/* The display name of a son so keyed ends in "Jr." (*canon replaced; resolve_kin.c). */
void rs_junior_title(const char *key, char **canon);
/* The mark after a son's key ("donald trump\x05jr"), and the bytes of key before it, or
 * 0 when key is no son's (resolve_kin.c). */
#define RS_JUNIOR "\x05jr"
size_t rs_junior_stem(const char *key);
/* "Jane Doe", "John Doe": a person of each article that writes it (resolve_doe.c). */
void rs_placeholders(struct resolver *r);
/* m's key made a person's of its own: "key\x04n", n an article or a run's first
 * (resolve_era.c). */
void rs_key_apart(struct resolver *r, struct rm *m, unsigned long n);
/* Does surf fold to key itself? With words 1, the key must have two words or more; with 2,
 * the key is surf's fold followed by more words (resolve_set.c). */
int rs_folds_to_key(const char *surf, const char *key, int words);
/* A given name alone joins the full name it starts that its article's company points to
 * (resolve_given.c). */
void rs_given_company(struct resolver *r);
/* Fill r->year: each article's year for resolution, 0: unknown (resolve_era.c). */
struct corpus;
void rs_article_years(struct resolver *r, const struct corpus *c);
/* The key of the one full name that lone name m stands for as a family name, unambiguous
 * in the corpus and in time, with its count of full mentions in *count; UINT32_MAX when
 * there is none or more than one, or when m is titled and the full name never is. A lone
 * name after a title of office names no one the corpus titles only by courtesy ("Dr. Jill
 * Biden"); of several in time, the one the corpus writes after m's office (NAME_OFFICE,
 * 0: none), when one is ("President Bush" beside "Gov. Jeb Bush"). Untitled, a given name
 * (listed, or the first word of a full name of its time) is no namesake's family name. */
enum { RS_TITLED = 1, RS_OFFICE = 2, RS_SHARED = 4, RS_COURTESY = 8, RS_RIVAL = 16,
       RS_LONE_OFFICE = 32, RS_KIN_OFFICE = 64 };
uint32_t rs_people_link(struct rs_people *pp, const struct resolver *r, const struct rm *m,
			uint16_t office, uint32_t *count);
/* The mentions of full name key as a person: in full, and by the parts of it its
 * articles joined to it ("Hicks" after "Hope Hicks"); full (its mentions in full) for
 * one that fewer than two articles write. */
uint32_t rs_people_seen(const struct rs_people *pp, uint32_t key, uint32_t full);
/* The same for an untitled lone name m read as if after a title of office, when that names
 * one full name its corpus writes after an office (its family's one office holder) and
 * writes far more often than the family's other full names; UINT32_MAX for a given name, a
 * name after a title or an honorific, or none. */
uint32_t rs_people_office(struct rs_people *pp, const struct resolver *r, const struct rm *m,
			  uint32_t *count);
/* A lone family name after a woman's honorific that its article names in full nowhere,
 * where the corpus also writes that family name alone after an office (kinds: value bit
 * RS_LONE_OFFICE), is a person of her own ("Mrs. Gore" beside "Vice President Gore"), not
 * the office holder nor any full name of the family, which may be her husband's. */
void rs_women(struct resolver *r, const struct imap *kinds);
/* After the corpus's links: a family name written alone after a woman's honorific and,
 * elsewhere, after a man's ("Mrs. Bennet", "Mr. Bennet") names two people; the woman's
 * mentions that no full name took are hers apart (key "mrs NAME", as rs_women()). */
void rs_women_apart(struct resolver *r);
/* Keys of full names that some mention writes after a title of office (value bit
 * RS_OFFICE), after an honorific (RS_COURTESY) or after a title at all (RS_TITLED), whose
 * family name another full name of the corpus has too (RS_SHARED), or whose family has two
 * full names of other given names after an office (RS_RIVAL), for the rule above; and the
 * lone names written after an office (RS_LONE_OFFICE), for rs_women(). */
void rs_title_kinds(struct resolver *r, struct imap *kinds);
/* May a family name m after a title in an article not join that article's full name key
 * (by kinds; office_here: the article writes key after an office)? After an office, so
 * when the corpus titles key by courtesy and never by an office and another full name
 * shares the family ("Dr. Jill Biden"), or when two office holders of the family have other
 * given names and the article does not give key its office ("Theodore Roosevelt" untitled
 * beside "President Roosevelt", who is Franklin), or when the office's holder is another
 * full name of the family, of another given name, and key never has an office ("President
 * Biden" in a briefing that names Hunter Biden); after any title, when the article's year
 * is past key's era and another full name of the family is of its era, unless the article
 * gives key the office itself. */
int rs_not_this_office(const struct resolver *r, const struct imap *kinds, const struct rm *m,
		       uint32_t key, int office_here);
/* Replace the words of folded key buf[0, o) that are spelling variants by their standard
 * spelling (data/sources/name_variants.tsv); returns the new length, at most cap
 * (resolve_variant.c). */
size_t rs_standard_words(char *buf, size_t o, size_t cap);
/* Where one name's articles lie in a sorted list of (name << 32 | article). */
struct rs_span {
	size_t a0, a1;
};

/* Sort arts[0, n) (name << 32 | article) and note each name's run in sp[name]
 * (resolve_variant.c). */
void rs_name_spans(uint64_t *arts, size_t n, struct rs_span *sp);
/* Do the names of spans x and y share an article? */
int rs_spans_meet(const struct rs_span *x, const struct rs_span *y, const uint64_t *arts);
/* Full names that are spelling variants of one another ("Gorbachev", "Gorbachov") get
 * one key (resolve_variant.c). */
void rs_variant_names(struct resolver *r);
/* Make the full names of one person with a short given name ("Joe", "Joseph") or without
 * a middle initial one key, where the corpus tells them not apart (resolve_nick.c). */
void rs_nickname_names(struct resolver *r);
/* A full name of initials ("J. E. Johnston") made the one full name of the corpus they
 * spell out ("Joseph E. Johnston"), of its time (resolve_spelled.c). */
void rs_spelled_names(struct resolver *r);
/* Full names of three articles or more with no evidence of a person anywhere are no one
 * (resolve_link.c). */
void rs_person_evidence(struct resolver *r);
/* A place name of two places ("New York": the city and "New York (state)"; "Georgia": the
 * country and "Georgia (U.S. state)") is one or the other by the cues of its article, else
 * of the corpus (resolve_sense.c). */
void rs_place_senses(struct resolver *r);
/* A name of several words no list knows, typed a place in a place's slot and a person
 * elsewhere, is the person where the corpus types it so twice as often (resolve_sense.c). */
void rs_person_or_place(struct resolver *r);
/* A people named with "-ite" is the place its stem names where the corpus names that place
 * ("the Bethlehemite" of Bethlehem, "Moabites" of Moab, rule 4 of the gold's RULES): its
 * mentions take that place's key (resolve_sense.c). */
void rs_people_places(struct resolver *r);
/* Group the resolved mentions into the corpus entity set (resolve_set.c). */
struct entity_set *rs_entity_set(struct resolver *r);

/* Is name s (folded or not, blanks between words) made only of the words of generic
 * institution names ("supreme court", "national government"): a body of any country
 * (resolve_generic.c)? */
int rs_generic_name(const char *s);
/* The key of an unlisted organisation's name in one word order ("department of war" ->
 * "war department", "congress of the united states" -> "united states congress"; cache
 * maps key to answer), resolve_orgname.c. */
uint32_t rs_org_key(struct resolver *r, struct imap *cache, uint32_t key);

/* Is mention m written in capitals only ("SNAP" is no "Snap Inc.")? (resolve_article.c) */
int rs_capitals(const struct resolver *r, const struct rm *m);

#endif
