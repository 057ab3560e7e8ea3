/* chunk_int.h -- what the chunker's files share: token tests, the cue rules, a chunk's units. MIT licence. */
#ifndef DOSSIER_CHUNK_INT_H
#define DOSSIER_CHUNK_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dossier/extract.h"

/* A rule asked only after its cheap gate said maybe: rarely, so compiled for size and out
 * of the hot path (the chunker's code is larger than the instruction cache). */
#if defined(__GNUC__)
#define CK_COLD __attribute__((cold))
#else
#define CK_COLD
#endif

/* Cues around a chunk. */
enum { CUE_TITLE = 1, CUE_SPEECH_AFTER = 2, CUE_SPEECH_BEFORE = 4, CUE_LOCATIVE = 8,
       CUE_LEGAL = 16, CUE_MAILBOX = 32, CUE_HOLDER = 64, CUE_GROUP = 128,
       CUE_EMPLOYER = 256, CUE_FIRM = 512, CUE_OUTLET = 1024, CUE_ROLL = 2048 };

/* A token's cue bits (struct token's cue; the words are listed in chunk_cue.c). */
enum {
	TC_RESULT = 1 << 0,	/* a match's result: "beat", "drew", "v" */
	TC_ROLE = 1 << 1,	/* a player's position: "striker", "team-mate" */
	TC_FOR = 1 << 2,	/* "for" */
	TC_AGAINST = 1 << 3,	/* "against" */
	TC_SIGN = 1 << 4,	/* "signed", "signs", "sign" */
	TC_SACK = 1 << 5,	/* "sacked", "sacks", "sack" */
	TC_GAME = 1 << 6,	/* a game after "against": "match", "derby" */
	TC_SPORT = 1 << 7,	/* a word only a sports report writes: "striker", "laps" */
	TC_SPORTW = 1 << 8,	/* a word of a match or a season: "goal", "league" */
	TC_FIGURE = 1 << 9,	/* a nation's figure's first word: "uncle", "john" */
	TC_VERDICT = 1 << 10,	/* after a court case's name: "decision", "ruling" */
	TC_SUPREME = 1 << 11,	/* "supreme" */
	TC_MEMBER = 1 << 12,	/* a member of a parliament: "member", "mps" */
	TC_PARLIAMENT = 1 << 13,	/* "parliament" */
	TC_SHARES = 1 << 14,	/* "shares", "stock" */
	TC_MOVE = 1 << 15,	/* shares moving: "rose", "fell" */
	TC_KIND = 1 << 16,	/* a kind of body before its name: "coalition", "carmaker" */
	TC_RUNNER = 1 << 17,	/* one who runs or holds a firm: "publisher", "shareholders" */
	TC_STAKE = 1 << 18,	/* "stake", "stakes" */
	TC_CEO = 1 << 19,	/* "ceo", "executive" */
	TC_PAPER = 1 << 20,	/* "telegram" */
	TC_LOCPREP = 1 << 21,	/* a preposition of place: "in", "at", "near" */
	TC_LOCNOUN = 1 << 22,	/* a place's noun before "of": "city", "king", "natives" */
	TC_OUTLET = 1 << 23,	/* an outlet's noun after its name: "newspaper", "radio" */
	TC_STATEOFF = 1 << 24,	/* an office or court of a state before "of": "governor" */
	TC_LANGUAGE = 1 << 25,	/* a language a people's word names: "spanish" (extract_lang.c) */
	TC_PAGEMADE = 1 << 26,	/* "web", "founded", "established"...: noun_or_verb_next() */
	TC_MEMBERS = 1 << 27,	/* a member's title after a name: "mp", "meps", "td" */
	TC_ROLL = 1 << 28,	/* a plural honorific opening a roll: "messrs", "mses" */
};

static inline const char *
tfold(const struct ex_block *b, size_t i)
{
	return b->fb + b->t[i].fold;
}

/* The bytes of the first n (1..8) of 8 loaded from memory, the rest cleared. */
static inline uint64_t
tmask8(uint64_t v, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return n >= 8 ? v : v & ~(~(uint64_t)0 >> (8 * n));
#else
	return n >= 8 ? v : v & (((uint64_t)1 << (8 * n)) - 1);
#endif
}

/* Folded form of token i equals the string w. */
static inline int
tis_str(const struct ex_block *b, size_t i, const char *w)
{
	const char *f = tfold(b, i);
	size_t k, n = b->t[i].flen;

	/* the first letter first: most words differ there; then the rest, to w's end (a
	 * folded word has no NUL: at w's end the two differ, or w ends with it) */
	if (n == 0 || f[0] != w[0])
		return 0;
	for (k = 1; k < n; k++)
		if (f[k] != w[k] || !w[k])
			return 0;
	return w[n] == 0;
}

/* Folded form of token i equals the literal w of n bytes. Up to 8 bytes (nearly every
 * word a rule names), one load and two compares without a branch: the chunker asks this
 * some thirty times of every name, and the first-letter test of tis_str() was a
 * mispredicted branch as often as not. (The fold buffer has 8 bytes of room after its
 * last word: ex_tokenize().) */
static inline int
tis_lit(const struct ex_block *b, size_t i, const char *w, size_t n)
{
	const struct token *t = &b->t[i];
	uint64_t v, l = 0;

	if (n > 8)
		return t->flen == n && memcmp(tfold(b, i), w, n) == 0;
	memcpy(&v, b->fb + t->fold, 8);
	memcpy(&l, w, n);
	return (t->flen == n) & (tmask8(v, n) == l);
}

/* Folded form of token i equals w: a literal's length is known when compiled. */
#if defined(__GNUC__)
#define tis(b, i, w)                                                                      \
	(__builtin_types_compatible_p(__typeof__(w), char[sizeof(w)]) ?                   \
		 tis_lit((b), (i), (w), sizeof(w) - 1) : tis_str((b), (i), (w)))
#else
#define tis(b, i, w) tis_str((b), (i), (w))
#endif

/* Is token i any of the folded words w[0..n)? TIS_ANY(b, i, w) for an array w.
 * (chunk_cue.c; out of line: inline at some three hundred places, its loops were most of
 * the chunker's code) */
int tis_any(const struct ex_block *b, size_t i, const char *const *w, size_t n);
#define TIS_ANY(b, i, w) tis_any((b), (i), (w), sizeof (w) / sizeof (w)[0])

/* Are classes cls a place's name that a club's word may stand before ("Madrid", "Bavaria",
 * not the people "Russian")? (ck_club(), ck_lookahead_start()) */
static inline int
ck_club_place(uint32_t cls)
{
	return (cls & (GZ_CITY | GZ_CAPITAL | GZ_REGION | GZ_COUNTRY)) && !(cls & GZ_DEMONYM);
}

/* Can token i stand in a name? (Capitalised, and trusted or known.) */
static inline int
ck_nameish(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];
	uint32_t c = t->cls;

	if (t->flags & (TK_LONG | TK_GLUED | TK_DIGIT | TK_REFLINE))
		return 0;
	if (!(t->flags & TK_CAP))
		return (t->flags & TK_LOWERLINE) && (c & GZ_LOWER_OK);
	/* a weekday's abbreviation between two words of a name is a name's word: the
	 * Vietnamese given name "Thu" ("Bùi Thu Trang"), not "Published Thu Jan 5" */
	if (c & (GZ_MONTH | GZ_WEEKDAY))
		return (c & GZ_WEEKDAY) && t->end - t->start == 3 && i > 0 && i + 1 < b->n &&
		       b->t[i - 1].gap == GAP_SPACE && t->gap == GAP_SPACE &&
		       (b->t[i - 1].flags & TK_CAP) && (b->t[i + 1].flags & TK_CAP) &&
		       !((b->t[i - 1].cls | b->t[i + 1].cls) & (GZ_MONTH | GZ_WEEKDAY)) &&
		       !(b->t[i + 1].flags & (TK_DIGIT | TK_ALLCAP)) &&
		       ((b->t[i - 1].cls & (GZ_FF | GZ_FIRST | GZ_SURNAME)) ||
			(b->t[i - 1].flags & TK_NONASCII));
	if (!(t->flags & TK_UNTRUSTED))
		return !(c & GZ_FUNC) || (c & GZ_NAME);
	if (c & GZ_NAME)
		return 1;
	if (c & GZ_FUNC)
		return 0;
	if (c & (GZ_TITLE | GZ_HONORIFIC))
		return 1;
	if (c & GZ_STOP)
		return 0;
	if (ex_evidence(b, t->hash) & EV_CAP)
		return 1;
	return (c & (GZ_PERSONISH | GZ_TITLE_MOD | GZ_ORG_HEAD | GZ_PLACE_HEAD)) != 0;
}
/* The rules that look at a candidate's surroundings (chunk_cues.c); each takes a block
 * and token indices and answers yes (1) or no (0), ck_chunk_cues() a CUE_* set. */
int ck_sun_weekday(const struct ex_block *b, size_t i);
int ck_wrapped(const struct ex_block *b, size_t i);
/* Are tokens i and i + 1 two capitalised words of a firm's name joined by an ampersand
 * ("Johnson & Johnson", "Medicare & Medicaid", "Miller, & Ciresi"), not two given names
 * ("Jim & Sue"), places, titles or common words? */
int ck_ampersand(const struct ex_block *b, size_t i);
int ck_and_co(const struct ex_block *b, size_t e);
int ck_headline_verb(const struct ex_block *b, size_t i);
/* Is token i a verb of a history's headings ("Baden Joins"), after a word (chunk_verb.c)? */
int ck_history_verb(const struct ex_block *b, size_t i);
int ck_article_name(const struct ex_block *b, size_t i);
int ck_group_poss(const struct ex_block *b, size_t i);
int ck_firm_poss(const struct ex_block *b, size_t i);	/* chunk_wire.c */
size_t ck_month_range(const struct ex_block *b, size_t i);	/* chunk_wire.c */
int ck_joined_across(const struct ex_block *b, size_t i);
int ck_roman(const struct ex_block *b, size_t i);
int ck_regnal(const struct ex_block *b, size_t i);
int ck_initial_in_name(const struct ex_block *b, size_t i);
int ck_after_initial(const struct ex_block *b, size_t i);
int ck_legal_form_at(const struct ex_block *b, size_t i);
int ck_chunk_cues(const struct ex_block *b, size_t a, size_t z);
int ck_feast_of(const struct ex_block *b, size_t z);
int ck_adjective_plural(const struct ex_block *b, size_t a, size_t z);
int ck_feminine(const struct ex_block *b, size_t i);
int ck_masculine(const struct ex_block *b, size_t i);
/* chunk_seat.c: is honorific token i an office's abbreviation ("Sen.", "Rep.")? The
 * office (NAME_OFFICE) of the title of tokens [a, z). */
int ck_office_honorific(const struct ex_block *b, size_t i);
uint32_t ck_office_hash(const struct ex_block *b, size_t a, size_t z);
int ck_after_the(const struct ex_block *b, size_t a);
int ck_after_the_thing(const struct ex_block *b, size_t a, uint32_t cls);
/* A match report's words (chunk_kind.c): a score ("2-1"), a result verb ("beat"),
 * and is the chunk [a, z) a team beside them? */
int ck_score_at(const struct ex_block *b, size_t i);
int ck_result_verb(const struct ex_block *b, size_t i);
CK_COLD int ck_team_in_match_at(const struct ex_block *b, size_t a, size_t z);
/* ... asked of every lone name: a result's verb, a player's position, "for" or "against"
 * beside it first (the words' bits), else no */
static inline int
ck_team_in_match(const struct ex_block *b, size_t a, size_t z)
{
	/* (a block without a result's verb, a player's position, "sign" or a game's word
	 * has no team in a match) */
	return (b->cues & (TC_RESULT | TC_ROLE | TC_SIGN | TC_GAME)) &&
	       ((z < b->n && (b->t[z].cue & (TC_RESULT | TC_ROLE))) ||
		(a >= 1 && (b->t[a - 1].cue & (TC_RESULT | TC_FOR | TC_AGAINST))) ||
		(a >= 2 && (b->t[a - 2].cue & TC_RESULT))) && ck_team_in_match_at(b, a, z);
}
int ck_lower_acronym(const struct ex_block *b, size_t i);
int ck_saint(const struct ex_block *b, size_t i);
int ck_wrapped_word(const struct ex_block *b, size_t i);
int ck_wrapped_after(const struct ex_block *b, size_t i);
int ck_state_river(const struct ex_block *b, size_t i);
int ck_place_lead(const struct ex_block *b, size_t i);
int ck_given_before(const struct ex_block *b, size_t i);
int ck_wordy_suffix(const struct ex_block *b, size_t i);
/* Is token t a capitalised abstract noun by its ending, six letters or more
 * ("Sustainability", "Engagement")? (chunk_cues.c) */
int ck_abstract_noun(const struct ex_block *b, const struct token *t);
int ck_name_goes_on(const struct ex_block *b, size_t i);
int ck_office(const struct ex_block *b, size_t i);
int ck_mailbox_start(const struct ex_block *b, size_t i);
int ck_numbered(const struct ex_block *b, size_t i);
int ck_camel(const struct ex_block *b, size_t i);
int ck_unname_shape(const struct ex_block *b, size_t i);
int ck_unnamelike(const struct ex_block *b, size_t i);
int ck_plural_acronym(const struct ex_block *b, size_t i);
int ck_hyphen_lower(const struct ex_block *b, size_t i);
int ck_locative(const struct ex_block *b, size_t a);
/* "Elinor, this eldest daughter,"; "walked up to Hartfield" (chunk_kind.c) */
int ck_kin_apposition(const struct ex_block *b, size_t z);
/* A person's noun or title in apposition after "the" and three words at most, closed by
 * a comma (chunk_kind.c). */
int ck_noun_apposition(const struct ex_block *b, size_t z);
/* Either, after a name's comma at token z (chunk_kind.c). */
int ck_person_apposition(const struct ex_block *b, size_t z);
int ck_motion_to(const struct ex_block *b, size_t i);
int ck_people_ite(const struct ex_block *b, size_t i);
int ck_unknown_common(const struct ex_block *b, size_t a, size_t z);
int ck_common_words(const struct ex_block *b, size_t a, size_t z);
int ck_name_city(const struct ex_block *b, size_t i);
int ck_town_of(const struct ex_block *b, size_t i);
int ck_group_after(const struct ex_block *b, size_t z);
int ck_adjective(const struct ex_block *b, size_t i);
int ck_adjective_end(const struct ex_block *b, size_t i);
/* Is token i listed beside a known place ("Austin, San Antonio and Houston")? */
int ck_listed_place(const struct ex_block *b, size_t i);
/* Does an organisation the lists name (not as a place) begin at token i: several words,
 * or one after a place (after_place)? (chunk_parts.c) */
int ck_listed_org_at(const struct ex_block *b, size_t i, int after_place);
/* Are tokens i, i + 1 someone's work "at" an employer ("analysts at")? Is token i, after
 * a possessive, what only a firm has ("share price", "shareholders")? (chunk_names.c) */
int ck_employer_before(const struct ex_block *b, size_t i);
int ck_runner_before(const struct ex_block *b, size_t a);
int ck_firm_after(const struct ex_block *b, size_t i);
int ck_firm_apposition(const struct ex_block *b, size_t z);
/* ... and its shares moving after it, or a kind of body before it (chunk_wire.c); asked
 * of every name, so the words' cue bits first, here */
CK_COLD int ck_firm_around_at(const struct ex_block *b, size_t a, size_t z);
static inline int
ck_firm_around(const struct ex_block *b, size_t a, size_t z)
{
	return (b->cues & (TC_SHARES | TC_KIND)) &&
	       ((z + 1 < b->n && (b->t[z].cue & TC_SHARES)) ||
		(a >= 2 && (b->t[a - 1].cue & TC_KIND) && (b->t[a - 1].flags & TK_LOWER))) &&
	       ck_firm_around_at(b, a, z);
}
int ck_list_word(const struct ex_block *b, size_t i);
int ck_san(const struct ex_block *b, size_t i);
int ck_kind_of_firm(const struct ex_block *b, size_t a, size_t z);
/* Is the place at tokens [a, z) the state's by its words around: "Governor of",
 * "Senator from", "upstate", "New York state", "X, of New York, to be"? (chunk_parts.c) */
int ck_office_of_state(const struct ex_block *b, size_t a, size_t z);
int ck_kin_pair(const struct ex_block *b, size_t i);
int ck_given_second(const struct ex_block *b, size_t i, uint32_t ci, uint32_t cz);
/* The longest listed name of several words starting at token i: words used, its entry in
 * *ep (0 if none); does a listed name start there (chunk_parts.c)? */
size_t ck_multi_match(const struct ex_block *b, size_t i, const struct gz_entry **ep);
int ck_multi_start(const struct ex_block *b, size_t i);
/* Are tokens i and i+1 apart by blanks only, or by the end of a line of wrapped prose
 * ("the House of\nCommons")? */
static inline int
ck_joined(const struct ex_block *b, size_t i)
{
	return b->t[i].gap == GAP_SPACE || ck_wrapped(b, i);
}

/* After a lower-case word at token e: the token of an organisation's head that ends the
 * capitalised words after it, or 0 (ck_head_after_and); do those words end, within three,
 * in the head of an event, a law or a programme (ck_event_after)? (chunk_parts.c) */
size_t ck_head_after_and(const struct ex_block *b, size_t e);
int ck_event_after(const struct ex_block *b, size_t e);
/* Known names inside a hyphenated or glued word of token ti are added to x as candidates
 * of their own (chunk_parts.c); returns how many. */
int ck_emit_parts(const struct ex_block *b, struct extraction *x, size_t ti, int glued);
/* Does token i, by its shape alone ("g10", "eBay", an acronym starting a sentence), start
 * a company's name that ends in a legal form ("g10 Code GmbH", "RSA Data Security, Inc.")?
 * (chunk_parts.c) */
int ck_company_lead_at(const struct ex_block *b, size_t i);
static inline int
ck_company_lead(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];

	return t->gap == GAP_SPACE && i + 1 < b->n && (b->t[i + 1].flags & TK_CAP) &&
	       !(t->cls & (GZ_FUNC | GZ_STOP | GZ_CONNECTOR | GZ_SPEECH | GZ_PARTICLE |
			   GZ_PERSON_NOUN | GZ_MONTH | GZ_WEEKDAY)) &&
	       ((t->flags & (TK_LOWER | TK_DIGIT)) ||
		(t->flags & (TK_ALLCAP | TK_UNTRUSTED)) == (TK_ALLCAP | TK_UNTRUSTED)) &&
	       ck_company_lead_at(b, i);
}
/* An unknown sentence-initial word before an unknown capitalised one or a head word
 * (ck_lookahead_start)? Does the weekday before token i start the organisation's name
 * gathered from i to z, "the Sunday School Association" (ck_weekday_lead)? (chunk_lead.c) */
#define HEADS (GZ_ORG_HEAD | GZ_PLACE_HEAD | GZ_EVENT_HEAD)
#define NOT_NAMEY (GZ_TITLE_MOD | GZ_TITLE | GZ_HONORIFIC | HEADS | GZ_STOP | GZ_FUNC | \
		   GZ_CONNECTOR | GZ_PARTICLE | GZ_PERSON_NOUN)
/* A headline's unknown word before an organisation's head word (chunk_lead.c). */
int ck_head_ahead(const struct ex_block *b, size_t i);
int ck_common_before_last_head(const struct ex_block *b, size_t i);
int ck_lookahead_start(const struct ex_block *b, size_t i);
int ck_weekday_lead(const struct ex_block *b, size_t i, size_t z);
/* The token after "(Qualifier) Ltd" following the name ending at token z - 1, or 0
 * (chunk_lead.c). */
size_t ck_paren_legal(const struct ex_block *b, size_t z);
/* Is token i a number word, capitalised mid-sentence, first in a name (chunk_lead.c)? */
int ck_number_lead(const struct ex_block *b, size_t i);
/* Is token e the acronym of the words from token a before it (chunk_lead.c)? */
int ck_initials_after(const struct ex_block *b, size_t a, size_t e);
/* Is token i a legal form that may end a name without a comma ("Code GmbH")? */
int ck_legal_end(const struct ex_block *b, size_t i);
/* Does token i start a line of wrapped prose in mid-sentence ("published by the\nFree
 * Software Foundation") with words that end in an organisation's head? The line's start
 * made it untrusted, not a sentence. */
static inline int
ck_wrapped_start(const struct ex_block *b, size_t i)
{
	return (b->t[i].flags & (TK_CAP | TK_UNTRUSTED | TK_ALLCAP)) == (TK_CAP | TK_UNTRUSTED) &&
	       i > 0 && b->t[i - 1].gap == GAP_LINE && (b->t[i - 1].flags & TK_LOWER) &&
	       ck_wrapped(b, i - 1) && ck_head_after_and(b, i - 1);
}

/* The chunker's view of a capitalised span (chunk.c; chunk_names.c reads it too). */
#define MAX_UNITS 48	/* words in one chunk; longer runs are cut (a roll's names
			 * run together: 24 cut names in two) */

/* One unit of a chunk: a word, or several words matched together by the gazetteer. */
struct unit {
	uint32_t a, b;		/* tokens [a, b) */
	uint32_t cls;		/* entry classes, plus the head classes of its last word */
	int16_t place, org;	/* canonical indices of the gazetteer entry, or -1 */
};


/* How a segment of a chunk is read. */
enum { SEG_NORMAL, SEG_AFTER_TITLE, SEG_BEFORE_TITLE };

struct chunker {
	struct ex_block *b;
	struct extraction *x;
	struct unit u[MAX_UNITS];
	int nu;
	int cues;		/* CUE_* of the current chunk */
};

int ck_country_kind(const struct chunker *k, int s);	/* chunk_wire.c */
/* chunk_roll.c: a name in a plural honorific's roll ("Messrs. Broaddus, Jordan, and
 * Parry"); a courtesy honorific at token i ("Mr.", "Dr.": not "Miss" of a pageant's
 * "Miss France", nor an office's "Gov."); where a second full name starts in a run of
 * units, or 0 ("Thomas M. Hoenig Donald L. Kohn"). */
int ck_honorific_roll(const struct ex_block *b, size_t a, size_t z);
int ck_courtesy(const struct ex_block *b, size_t i);
int ck_names_run_together(const struct chunker *k, int ua, int ub);
/* ...and a person's full name after a body's name with its head at unit h (chunk_roll.c). */
int ck_person_tail(const struct chunker *k, int h, int e);
int ck_common_tail(const struct chunker *k, int a, int e);
int ck_initial(const struct chunker *k, int i);
int ck_not_ice(const struct chunker *k, int s, int h);
int ck_plural_role(const struct chunker *k, int i);
int ck_place_after_head(const struct chunker *k, int s, int e);
int ck_epithet(const struct chunker *k, int i);
int ck_office_tail(const struct chunker *k, int s, int h, int e);
int ck_plural_head(const struct chunker *k, int h);
int ck_places_listed(const struct chunker *k, int i, int e);
/* chunk.c's steps (chunk_headed.c calls them too), and chunk_headed.c's rules of a span
 * with a head word. */
struct cand *ck_emit(struct chunker *k, size_t a, size_t z, int type, int canon);
void ck_segment(struct chunker *k, int s, int e, int mode);
void ck_flush_run(struct chunker *k, int ua, int ub, int mode, int cues);
int ck_run_cues(const struct chunker *k, int ra, int rb);
int ck_headed(struct chunker *k, int s, int e, int h, int mode);
int ck_common_lead(const struct chunker *k, int s, int h);
/* Is "and" at token e the "and" of a partnership's name, family names only on both sides
 * ("Cahill Gordon and Reindel LLP", "Sullivan and Cromwell LLP")? (chunk_lead.c) */
int ck_and_partners(const struct chunker *k, size_t e);

/* Does a unit of the chunk have a class of cls? */
static inline int
chunk_has(const struct chunker *k, uint32_t cls)
{
	int i;

	for (i = 0; i < k->nu; i++)
		if (k->u[i].cls & cls)
			return 1;
	return 0;
}

/* Has a unit of k from a on a class of cls? */
static inline bool
units_have(const struct chunker *k, int a, uint32_t cls)
{
	for (; a < k->nu; a++)
		if (k->u[a].cls & cls)
			return true;
	return false;
}

/* Does the chunk hold the word w (folded)? */
static inline int
chunk_word(const struct chunker *k, const char *w)
{
	int i;

	for (i = 0; i < k->nu; i++)
		if (k->u[i].b - k->u[i].a == 1 && tis(k->b, k->u[i].a, w))
			return 1;
	return 0;
}


/* Is token i a year of four digits ("1926") and nothing more? */
static inline int
ck_year_at(const struct ex_block *b, size_t i)
{
	const char *s = b->text + b->t[i].start;

	return (b->t[i].flags & TK_DIGIT) && b->t[i].end - b->t[i].start == 4 &&
	       (s[0] == '1' || s[0] == '2') && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' &&
	       s[2] <= '9' && s[3] >= '0' && s[3] <= '9';
}

/* Is token i an Arabic article in lower case before a capitalised word, the start of a
 * listed name ("al Qaeda", "al-Shabaab" written "al Shabaab": "We fought al Qaeda" named
 * no one)? Two bytes read for most words. */
static inline int
ck_al_start(const struct ex_block *b, size_t i)
{
	return tis(b, i, "al") && i + 1 < b->n &&
	       b->t[i].gap == GAP_SPACE && (b->t[i + 1].flags & TK_CAP) &&
	       (b->t[i].flags & TK_LOWER);
}

/* Can the unit stand in a person's name? */
static inline int
namey(const struct unit *u)
{
	return (u->cls & GZ_PERSONISH) || !(u->cls & NOT_NAMEY);
}

/* chunk_names.c: where a name goes on past a listed word. */
/* After a known given name, an unknown capitalised word in an untrusted position is
 * still its family name: "Brian Inganga" (ck_surname_after_given). */
int ck_surname_after_given(const struct chunker *k, size_t e);
int ck_place_pacific(const struct chunker *k, int i, int e);
int ck_company_product(const struct chunker *k, int i, int e);
/* Is the listed company of unit i, last before e, the end of a longer name from unit r
 * ("Lockergnome Penguin Shell")? */
int ck_company_last(const struct chunker *k, int r, int i, int e);
int ck_team_word(const struct chunker *k, int i);
int ck_court_house(const struct chunker *k, int h, int e);
/* chunk_names.c: is the organisation's head at h, ending [s, e), a building's or a place's
 * ("Appomattox Court House", "at New Hope Church")? */
int ck_building(const struct chunker *k, int s, int h, int e);
int ck_ground_head(const struct chunker *k, int h);
int ck_party_named(const struct chunker *k, int ra, int i);
int ck_new_place(const struct chunker *k, int i);
int ck_caps_run(const struct chunker *k, int ua, int ub);
/* chunk_annal.c: is unit i of the run from ua a family name in capitals after a given
 * name ("Milton OBOTE")? */
int ck_spaced_country(const struct ex_block *b, size_t a, size_t z);
int ck_initials_start(const struct ex_block *b, size_t i);
int ck_caps_family(const struct chunker *k, int ua, int i);
/* chunk_annal.c: is token j a people's name before an organisation's head
 * ("Multiethnic Indigenous Party")? */
int ck_people_in_org(const struct ex_block *b, size_t j);
/* chunk_annal.c: does the word at token i open a name an acronym after "or" spells
 * ("National Democratic Party or NDP")? */
int ck_spelled_start(const struct ex_block *b, size_t i);
/* chunk_annal.c: is token i an acronym after "or" ending a line, of the item before it
 * in some language ("Popular Action (Accion Popular) or AP"), not of the lists' body org
 * (a canonical index, or -1)? */
int ck_acronym_of_item(const struct ex_block *b, size_t i, int org);
int ck_byline(const struct ex_block *b, size_t a);
/* ck_byline(), or the first word of a second name after "and" on a byline's line; a
 * byline's name alone at [a, z) (chunk_lead.c). */
int ck_byline_name(const struct ex_block *b, size_t a);
int ck_byline_alone(const struct ex_block *b, size_t a, size_t z);
/* chunk_kind.c: a chunk's kind by the words around it. */
/* Is the run of units [ua, ub) words no list knows as a name, in a place's slot with no
 * person's cue ("in Chasiv Yar")? Then it is a place (1); -1: a thing in that slot, no
 * entity ("faith in ...", "in Apache Struts 1.1"); 0: neither. */
int ck_place_slot_run(const struct chunker *k, int ua, int ub, int mode, int cues);
/* Is token z, after the possessive of a one-word name, a place's head that makes one place
 * of both ("Harper's Ferry", "Champion's Hill")? */
int ck_possessive_place(const struct ex_block *b, size_t z);
/* Is the listed name [a, z), a firm's and a place's, the place where it stands ("up the
 * Amazon.")? (chunk_homonym.c) */
int ck_place_homonym(const struct ex_block *b, size_t a, size_t z);
/* Is a token of the chunk [a, z)'s sentence, at most reach tokens away, one is() says yes
 * to? (chunk_homonym.c) */
int ck_in_sentence(const struct ex_block *b, size_t a, size_t z, size_t reach,
		   int (*is)(const struct ex_block *, size_t));
/* Is the chunk [a, z) beside a result verb a team by a word of sport in its sentence
 * ("lost to Barcelona in the final")? (chunk_homonym.c) */
int ck_team_in_sport(const struct ex_block *b, size_t a, size_t z);
/* Is the chunk [a, z) a team by its slot: "Chelsea striker", "signed for Barcelona", "the
 * match against Chelsea"? (chunk_homonym.c) */
int ck_team_slot(const struct ex_block *b, size_t a, size_t z);
/* chunk_titles.c: is unit u a title's word; is unit i a rank before a body ("Deputy
 * Central Bank Governor"); do units from te on name a body then a title with a name; the
 * unit after te that starts a second title with a name, or -1. */
int ck_title_part(const struct unit *u);
int ck_rank_word(const struct chunker *k, int i);
int ck_body_then_title(const struct chunker *k, int te);
int ck_title_again(const struct chunker *k, int te);
/* chunk_edges.c: a navy's ship by its prefix and name, its tokens or 0 ("USS Kitty
 * Hawk"); the unit where a listed given name starts a name after common words only
 * ("Lonely Quest Defending Julian Assange"), or ua; does an abstract noun open the run
 * ("Sustainability Accelerator")? */
size_t ck_ship_name(const struct ex_block *b, size_t i);
int ck_common_surname(const struct chunker *k, int r, int g, size_t e);
int ck_common_words_before_given(const struct chunker *k, int ua, int ub);
int ck_abstract_first(const struct chunker *k, int ua, int ub);
/* chunk_cues.c: the listed river a state's name stands for at token i ("the Missouri"):
 * its canonical index, or -1. chunk_sport.c: is the chunk [a, z) a side of a fixture in
 * a list of them ("Barcelona v Chelsea")? */
int ck_river_of_state(const struct ex_block *b, size_t i);
int ck_fixture_side(const struct ex_block *b, size_t a, size_t z);
/* chunk_sport.c: is the chunk [a, z) of nu units (listed: a listed organisation's or
 * place's among them), its first word untrusted only before a player's word ("Chelsea
 * striker Joao Vella"), a team in a sports report after "for" ("won for Red Bull"),
 * "NAME of" ("Leclerc of McLaren"), "the" with a plural nickname ("the Celtics"), or a
 * city before a plural verb ("Liverpool are ninth"), or a city that "sacked" someone? Is
 * token i, first in its sentence, a team by its slot? */
int ck_team(struct ex_block *b, size_t a, size_t z, int nu, int listed);
CK_COLD int ck_team_start_at(struct ex_block *b, size_t i);
/* (a player's position after it, or "for" or "against" before it, first) */
static inline int
ck_team_start_words(const struct ex_block *b, size_t i)
{
	return (i + 1 < b->n && (b->t[i + 1].cue & TC_ROLE)) ||
	       (i >= 1 && (b->t[i - 1].cue & (TC_FOR | TC_AGAINST)));
}
static inline int
ck_team_start(struct ex_block *b, size_t i)
{
	return (b->cues & (TC_ROLE | TC_SIGN | TC_GAME)) && ck_team_start_words(b, i) &&
	       ck_team_start_at(b, i);
}

/* May ck_team() say yes to the chunk [a, z) of nu units: after a short word ("for",
 * "of", "the"), or a lone word that is a city's or untrusted before a lower-case word; and
 * then, a word first in its sentence before a player's word, or in a block not known to
 * be no sports report, or before a club's "sacked"? (Asked of every chunk: inline, and
 * most say no here.) */
static inline int
ck_team_may(const struct ex_block *b, size_t a, size_t z, int nu)
{
	/* (a block known to be no sports report, without a player's or a game's word or
	 * "sacked": no team; said before the words around the chunk are read) */
	if (b->sport == 1 && !(b->cues & (TC_ROLE | TC_SIGN | TC_GAME | TC_SACK)))
		return 0;
	if (!((a > 0 && b->t[a - 1].flen <= 3) ||
	      (nu == 1 && a + 1 < b->n && (b->t[a + 1].flags & TK_LOWER) &&
	       (b->t[a].cls & (GZ_CITY | GZ_CAPITAL) || (b->t[a].flags & TK_UNTRUSTED)))))
		return 0;
	if ((b->t[a].flags & TK_UNTRUSTED) && !(b->t[a].cls & GZ_NAME))
		return nu == 1 && ck_team_start_words(b, a);
	return b->sport != 1 || (nu == 1 && z < b->n && (b->t[z].cue & TC_SACK));
}
/* Is token i the kind of a paper first on a heading line in capitals ("TELEGRAM TO ...")?
 * (chunk_papers.c) */
CK_COLD int ck_paper_kind(const struct ex_block *b, size_t i);
/* Do tokens from i name a paper whose kind is a listed body's name: "Telegram" before
 * "from", "the Long Telegram"? Its words, or 0. (chunk_papers.c) */
size_t ck_paper_named(const struct ex_block *b, size_t i);
/* Is token z, after a name and its comma, the office it holds ("X, Secretary of State.")? */
int ck_office_apposition(const struct ex_block *b, size_t z);
/* Is the chunk [a, z) a name in apposition after a title that "the" opens, closed by a
 * comma ("The Treasury Secretary, Steve Mnuchin, said")? */
int ck_title_apposition(const struct ex_block *b, size_t a, size_t z);
/* Is the run of units [ua, ub) a compass word and a given name alone ("the North Anna"), a
 * place? */
int ck_compass_given(const struct chunker *k, int ua, int ub, int cues);
/* Does a body's name in a heading go on from token i, its line's last, to the one word
 * of the next line (chunk_wrap.c)? */
int ck_wrapped_heading(const struct chunker *k, size_t i);
/* Does a name that took ck_line_of()'s "of" go on from token i, a blank after it, to the
 * capitalised word after it (chunk_wrap.c)? */
int ck_line_goes_on(const struct chunker *k, size_t i);

/* ck_joined_across(), or a heading's name wrapped before its last word. (Inline: the
 * chunker asks at every word's end that is no blank.) */
static inline int
ck_joined_name(const struct chunker *k, size_t i)
{
	return ck_joined_across(k->b, i) ||
	       (k->b->t[i].gap == GAP_LINE && ck_wrapped_heading(k, i));
}

/* ck_wrapped_word(), or a heading's name wrapped before its last word, or a body's name
 * that is its line going on after its "of". (Inline: asked at most names' ends, before a
 * word in lower case.) */
static inline int
ck_wrapped_name(const struct chunker *k, size_t i)
{
	const struct token *t = &k->b->t[i];

	if (t->gap == GAP_LINE)
		return ck_wrapped_word(k->b, i) || ck_wrapped_heading(k, i);
	/* (ck_wrapped_word() wants a line's end) */
	return t->gap == GAP_SPACE && i + 1 < k->b->n && (t[1].flags & TK_CAP) &&
	       ck_line_goes_on(k, i);
}
/* Is token e the "of" of a body's name that is its line alone (chunk_wrap.c)? */
int ck_line_of(const struct chunker *k, size_t e);
/* Is the one token of unit u a heading's verb ("American Embassy Reopened", "Baden
 * Joins"; chunk_verb.c)? */
int ck_heading_verb_at(const struct chunker *k, int u);

/* Is unit u, after a unit of its chunk, a heading's verb? (Inline: asked of every
 * segment; the verbs are capitalised words of five letters or more in -s or -ed.) */
static inline int
ck_heading_verb_unit(const struct chunker *k, int s, int u)
{
	const struct token *t;
	char c;

	if (u <= s || k->u[u].b != k->u[u].a + 1)
		return 0;
	t = &k->b->t[k->u[u].a];
	if (t->flen < 5 || !(t->flags & TK_CAP))
		return 0;
	c = k->b->fb[t->fold + t->flen - 1];
	return (c == 's' || c == 'd') && ck_heading_verb_at(k, u);
}

/* The unit of [s, e) that is a heading's verb, or -1: the last, or the one before it
 * ("American Embassy Moved Twice"; a lower-case word follows the verb most often). */
static inline int
ck_heading_verb(const struct chunker *k, int s, int e)
{
	return ck_heading_verb_unit(k, s, e - 1) ? e - 1 :
	       ck_heading_verb_unit(k, s, e - 2) ? e - 2 : -1;
}
/* Evidence that the run of units [ua, ub), two or more words, is a person: a known given
 * or family name, or else no word the document also writes in lower case. */
int ck_person_run(const struct chunker *k, int ua, int ub, int mode, int cues);
int ck_named_for(const struct chunker *k, int ua, int ub);
int ck_full_named_for(const struct chunker *k, int ua, int ub);
int ck_phrase_not_name(const struct chunker *k, int ua, int ub);
int ck_given_then_common(const struct chunker *k, int ua, int ub);
int ck_particles_then_name(const struct chunker *k, int te);
int ck_outlet_after(const struct ex_block *b, size_t z);
int ck_outlet(const struct chunker *k, int s);
void ck_family_title(struct chunker *k);
int ck_company_goes_on(const struct chunker *k, int i, int e);
int ck_surname_head(const struct chunker *k, int s, int e, int h);
int ck_thing_slot(const struct ex_block *b, size_t i);
int ck_capital_of_kind(const struct chunker *k, int s, int h);
int ck_realm(const struct chunker *k, int s, int e);
int ck_body_of_title(const struct chunker *k, int e);
/* Are the title's words [e, nu) that end the chunk the holder an office is named after,
 * "of" or "of the" and a place's name at most after the office's word ("Office of the
 * Prime Minister", "Office of the U.S. Trade Representative")? (chunk_kind.c) */
int ck_office_of_title(const struct chunker *k, int e);
int ck_members_and(const struct ex_block *b, size_t e);
int ck_club(const struct chunker *k, int s, int e);
int ck_person_place(const struct chunker *k, int i, int s, int e, int mode);
int ck_elided_cap(const struct ex_block *b, size_t i);
/* chunk_history.c: is the part of units [s, e) after the body's head h its holder's
 * name ("Communist Party Zhao Ziyang")? */
int ck_holder_after_body(const struct chunker *k, int s, int h, int e);
/* chunk_history.c: is the chunk [a, z) a number's war ("Seven Years' War")? */
int ck_numbered_event(const struct ex_block *b, size_t a, size_t z);
/* chunk_history.c: is the chunk, its decisive head at unit h, an event ("War", "the Yalta
 * Conference", "the Congress of Vienna"), no body? */
int ck_event_head(const struct chunker *k, int h);
/* chunk_history.c: is the chunk one listed country named with a head ("Soviet Union")? */
int ck_place_closed(const struct chunker *k);
/* chunk_history.c: is the one-word town at token a gone to or from ("to Washington")? */
int ck_town_way(const struct ex_block *b, size_t a, const struct unit *u);

int ck_other_people(const struct ex_block *b, const struct unit *u);
int ck_initial_before_name(const struct ex_block *b, size_t j);
int ck_possessive_firm(const struct ex_block *b, size_t z);
int ck_member_title(const struct ex_block *b, size_t e);
int ck_caps_surname(const struct ex_block *b, size_t i);	/* chunk_annal.c */
size_t ck_resolution(const struct ex_block *b, size_t i);	/* chunk_history.c */
int ck_retweet(const struct ex_block *b, size_t i);	/* chunk_history.c */
/* chunk_seat.c: is the chunk at token a the seat after "the Member for", a place? Is unit
 * u the "Roman" of "Roman Catholic", no place? */
CK_COLD int ck_seat_at(const struct ex_block *b, size_t a);
/* (a "for" before it, or before its "the", first: asked of every name) */
static inline int
ck_seat(const struct ex_block *b, size_t a)
{
	return (b->cues & TC_MEMBER) && a >= 2 &&
	       ((b->t[a - 1].cue & TC_FOR) || (a >= 3 && (b->t[a - 2].cue & TC_FOR))) &&
	       ck_seat_at(b, a);
}
/* Does the chunk, one word "Parliament" (or "Congress", "Senate"), end before the "for"
 * at token e: "Member of Parliament for Bristol", "a Parliament for the United Kingdom"? */
int ck_house_for(const struct chunker *k, size_t e);
/* Do tokens from i name a nation's figure ("Uncle Sam", "John Bull") or a court case's
 * party ("the Dred Scott decision")? Its words, or 0. */
CK_COLD size_t ck_figure_at(const struct ex_block *b, size_t i);
/* (a figure's first word, or a case's word within three words after it, first: asked of
 * every name of two words) */
static inline size_t
ck_figure(const struct ex_block *b, size_t i)
{
	size_t j;

	/* (the block's words, then a capitalised word after it: most names are of one) */
	if (!(b->cues & (TC_FIGURE | TC_VERDICT | TC_SUPREME)) || i + 1 >= b->n ||
	    !(b->t[i + 1].flags & TK_CAP))
		return 0;
	if (b->t[i].cue & TC_FIGURE)
		return ck_figure_at(b, i);
	for (j = i + 1; j < b->n && j <= i + 3; j++)
		if (b->t[j].cue & (TC_VERDICT | TC_SUPREME))
			return ck_figure_at(b, i);
	return 0;
}
int ck_faith_see(const struct ex_block *b, const struct unit *u);
CK_COLD int ck_signature_line(const struct ex_block *b, size_t i);
/* chunk_phrase.c: is the organisation's name of tokens [a, z), where capitals say nothing,
 * a phrase the text writes in lower case ("the executive department"), no name? */
int ck_lowered_phrase(const struct ex_block *b, size_t a, size_t z);
/* chunk_phrase.c: is the listed name of tokens [a, z) "The" and a common word in capitals
 * for emphasis ("The TIMES, PLACES, and MANNER"), no name? */
int ck_caps_emphasis(const struct ex_block *b, size_t a, size_t z);
/* chunk_names.c: how many connector words after token e - 1 continue the chunk. */
size_t ck_connectors(const struct chunker *k, size_t e, int *has_of);
size_t ck_comma_list(const struct chunker *k, size_t e);
/* chunk_gather.c: gather into k->u the units of the chunk that starts at token i; the
 * token after it. */
size_t ck_gather(struct chunker *k, size_t i);
#endif
