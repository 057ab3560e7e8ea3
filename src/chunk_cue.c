/* chunk_cue.c -- the word lists the chunker's rules ask of the words around a name, as bits of a token; a word against a list. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "dossier/util.h"
#include "chunk_int.h"

/*
 * A rule that asks whether the word before a name is one of twenty ("coalition",
 * "carmaker", ...) used to compare strings for every name; the rules so written made the
 * chunker 12% slower over session 47 (session 48's profile: the compares' branches, and
 * the code of forty rules asked of every name pushed out of the instruction cache). The
 * lists live here instead: every word read is looked up once, by its hash, and a rule
 * asks a bit. A list is written once, here, and the bit is exact (the word is compared).
 */
static const struct {
	const char *w;
	uint32_t bits;
} words[] = {
	/* a match's result (ck_result_verb()) */
	{ "beat", TC_RESULT }, { "beats", TC_RESULT }, { "defeated", TC_RESULT },
	{ "defeat", TC_RESULT }, { "drew", TC_RESULT }, { "downed", TC_RESULT },
	{ "edged", TC_RESULT }, { "hammered", TC_RESULT }, { "lost", TC_RESULT | TC_MOVE },
	{ "routed", TC_RESULT }, { "stunned", TC_RESULT }, { "thrashed", TC_RESULT },
	{ "trounced", TC_RESULT }, { "v", TC_RESULT }, { "vs", TC_RESULT },
	/* a player's position (not "forward", "keeper": "call Bill forward") */
	{ "winger", TC_ROLE }, { "striker", TC_ROLE | TC_SPORT | TC_SPORTW },
	{ "defender", TC_ROLE | TC_SPORT }, { "teammate", TC_ROLE | TC_SPORT },
	{ "fullback", TC_ROLE }, { "playmaker", TC_ROLE }, { "full-back", TC_ROLE },
	{ "team-mate", TC_ROLE | TC_SPORT }, { "midfielder", TC_ROLE | TC_SPORT },
	{ "goalkeeper", TC_ROLE | TC_SPORT }, { "centre-back", TC_ROLE },
	{ "center-back", TC_ROLE },
	{ "for", TC_FOR }, { "against", TC_AGAINST },
	{ "signed", TC_SIGN }, { "signs", TC_SIGN }, { "sign", TC_SIGN },
	{ "sacked", TC_SACK }, { "sacks", TC_SACK }, { "sack", TC_SACK },
	/* a game, after "against" ("the match against Chelsea") */
	{ "match", TC_GAME | TC_SPORTW }, { "game", TC_GAME | TC_SPORTW },
	{ "clash", TC_GAME }, { "tie", TC_GAME }, { "final", TC_GAME | TC_SPORTW },
	{ "derby", TC_GAME | TC_SPORTW }, { "fixture", TC_GAME | TC_SPORT | TC_SPORTW },
	/* the lower-case words that only a sports report writes (chunk_sport.c; not "goal",
	 * "match", "season", "points", "race", "league", "penalty": a speech's words too) */
	{ "lap", TC_SPORT | TC_SPORTW }, { "laps", TC_SPORT | TC_SPORTW },
	{ "pole", TC_SPORT | TC_SPORTW }, { "prix", TC_SPORT }, { "coach", TC_SPORT },
	{ "homer", TC_SPORT }, { "podium", TC_SPORT | TC_SPORTW }, { "inning", TC_SPORT },
	{ "scored", TC_SPORT | TC_SPORTW }, { "innings", TC_SPORT | TC_SPORTW },
	{ "stadium", TC_SPORT | TC_SPORTW }, { "pitcher", TC_SPORT },
	{ "playoff", TC_SPORT | TC_SPORTW }, { "playoffs", TC_SPORT | TC_SPORTW },
	{ "assists", TC_SPORT }, { "halftime", TC_SPORT | TC_SPORTW },
	{ "overtime", TC_SPORT }, { "rebounds", TC_SPORT },
	{ "half-time", TC_SPORT | TC_SPORTW }, { "hat-trick", TC_SPORT },
	{ "touchdown", TC_SPORT | TC_SPORTW }, { "touchdowns", TC_SPORT },
	{ "equalised", TC_SPORT }, { "equalized", TC_SPORT }, { "qualifying", TC_SPORT },
	{ "tournament", TC_SPORT | TC_SPORTW }, { "semifinals", TC_SPORT },
	{ "semi-finals", TC_SPORT }, { "quarterback", TC_SPORT },
	{ "championship", TC_SPORT | TC_SPORTW }, { "quarter-finals", TC_SPORT },
	{ "knockout", TC_SPORT }, { "footballer", TC_SPORT }, { "footballers", TC_SPORT },
	{ "relegation", TC_SPORT }, { "goalscorer", TC_SPORT }, { "goalless", TC_SPORT },
	/* a word of a match or a season in a result's sentence (chunk_homonym.c) */
	{ "matches", TC_SPORTW }, { "games", TC_SPORTW }, { "goal", TC_SPORTW },
	{ "goals", TC_SPORTW }, { "league", TC_SPORTW }, { "semi-final", TC_SPORT | TC_SPORTW },
	{ "semifinal", TC_SPORT | TC_SPORTW }, { "quarter-final", TC_SPORT | TC_SPORTW }, { "season", TC_SPORTW },
	{ "penalty", TC_SPORTW }, { "penalties", TC_SPORTW }, { "grid", TC_SPORTW },
	{ "extra-time", TC_SPORTW }, { "leg", TC_SPORTW }, { "qualifier", TC_SPORTW },
	/* a nation's figure's first word ("Uncle Sam", "John Bull": chunk_seat.c) */
	{ "uncle", TC_FIGURE }, { "john", TC_FIGURE }, { "johnny", TC_FIGURE },
	{ "brother", TC_FIGURE }, { "lady", TC_FIGURE }, { "mother", TC_FIGURE },
	/* what a court case's name stands before ("the Dred Scott decision") */
	{ "decision", TC_VERDICT }, { "decisions", TC_VERDICT }, { "case", TC_VERDICT },
	{ "ruling", TC_VERDICT }, { "verdict", TC_VERDICT }, { "court", TC_VERDICT },
	{ "opinion", TC_VERDICT }, { "supreme", TC_SUPREME },
	/* a member of a parliament, before the seat ("the Member for Cork") */
	{ "member", TC_MEMBER }, { "members", TC_MEMBER }, { "mp", TC_MEMBER },
	{ "mps", TC_MEMBER }, { "m.p", TC_MEMBER }, { "mep", TC_MEMBER },
	{ "meps", TC_MEMBER }, { "msp", TC_MEMBER }, { "msps", TC_MEMBER },
	{ "mla", TC_MEMBER }, { "mlas", TC_MEMBER }, { "parliament", TC_PARLIAMENT },
	/* a firm's shares moving after its name ("Zentavo shares fell": chunk_wire.c) */
	{ "shares", TC_SHARES | TC_RUNNER }, { "stock", TC_SHARES },
	{ "rose", TC_MOVE }, { "fell", TC_MOVE }, { "jumped", TC_MOVE },
	{ "slumped", TC_MOVE }, { "gained", TC_MOVE }, { "dropped", TC_MOVE },
	{ "climbed", TC_MOVE }, { "tumbled", TC_MOVE }, { "surged", TC_MOVE },
	{ "plunged", TC_MOVE }, { "slipped", TC_MOVE }, { "soared", TC_MOVE },
	{ "sank", TC_MOVE }, { "rallied", TC_MOVE }, { "edged", TC_MOVE },
	{ "closed", TC_MOVE }, { "traded", TC_MOVE }, { "added", TC_MOVE },
	/* a kind of body before its name ("opposition coalition Azimio la Umoja") */
	{ "firm", TC_KIND }, { "bank", TC_KIND }, { "club", TC_KIND }, { "party", TC_KIND },
	{ "group", TC_KIND }, { "union", TC_KIND }, { "giant", TC_KIND },
	{ "lender", TC_KIND }, { "outlet", TC_KIND }, { "agency", TC_KIND },
	{ "militia", TC_KIND }, { "company", TC_KIND }, { "insurer", TC_KIND },
	{ "airline", TC_KIND }, { "carrier", TC_KIND }, { "startup", TC_KIND },
	{ "network", TC_KIND }, { "alliance", TC_KIND }, { "movement", TC_KIND },
	{ "carmaker", TC_KIND }, { "retailer", TC_KIND }, { "coalition", TC_KIND },
	{ "automaker", TC_KIND }, { "chipmaker", TC_KIND }, { "drugmaker", TC_KIND },
	{ "newspaper", TC_KIND }, { "broadcaster", TC_KIND }, { "conglomerate", TC_KIND },
	/* one who runs a firm or an outlet, or holds it, before "of" ("the publisher of") */
	{ "publisher", TC_RUNNER }, { "editor", TC_RUNNER }, { "founder", TC_RUNNER },
	{ "co-founder", TC_RUNNER }, { "cofounder", TC_RUNNER }, { "chairman", TC_RUNNER },
	{ "chairwoman", TC_RUNNER }, { "shareholders", TC_RUNNER },
	{ "stockholders", TC_RUNNER }, { "stake", TC_STAKE }, { "stakes", TC_STAKE },
	{ "ceo", TC_CEO }, { "executive", TC_CEO },
	/* a paper's kind that is a listed body's name too ("Telegram from Herrick") */
	{ "telegram", TC_PAPER },
	/* a preposition of place before a name (ck_locative()) */
	{ "in", TC_LOCPREP }, { "at", TC_LOCPREP }, { "into", TC_LOCPREP },
	{ "near", TC_LOCPREP }, { "toward", TC_LOCPREP }, { "towards", TC_LOCPREP },
	{ "through", TC_LOCPREP }, { "throughout", TC_LOCPREP }, { "within", TC_LOCPREP },
	{ "around", TC_LOCPREP },
	/* a place's noun before "of" and its name ("the city of", "the natives of") */
	{ "land", TC_LOCNOUN }, { "city", TC_LOCNOUN }, { "cities", TC_LOCNOUN },
	{ "king", TC_LOCNOUN }, { "kingdom", TC_LOCNOUN }, { "county", TC_LOCNOUN },
	{ "town", TC_LOCNOUN }, { "village", TC_LOCNOUN }, { "parish", TC_LOCNOUN },
	{ "province", TC_LOCNOUN }, { "plain", TC_LOCNOUN }, { "plains", TC_LOCNOUN },
	{ "wilderness", TC_LOCNOUN }, { "coast", TC_LOCNOUN }, { "coasts", TC_LOCNOUN },
	{ "borders", TC_LOCNOUN }, { "border", TC_LOCNOUN }, { "valley", TC_LOCNOUN },
	{ "gate", TC_LOCNOUN }, { "gates", TC_LOCNOUN }, { "streets", TC_LOCNOUN },
	{ "outskirts", TC_LOCNOUN }, { "suburbs", TC_LOCNOUN }, { "mayor", TC_LOCNOUN },
	{ "governor", TC_LOCNOUN | TC_STATEOFF }, { "tribe", TC_LOCNOUN },
	{ "tribes", TC_LOCNOUN }, { "children", TC_LOCNOUN }, { "inhabitants", TC_LOCNOUN },
	{ "island", TC_LOCNOUN }, { "isle", TC_LOCNOUN }, { "port", TC_LOCNOUN },
	{ "native", TC_LOCNOUN }, { "natives", TC_LOCNOUN }, { "resident", TC_LOCNOUN },
	{ "residents", TC_LOCNOUN },
	/* an outlet's noun after its name ("NTV television", ck_outlet_after()) */
	{ "newspaper", TC_OUTLET }, { "newspapers", TC_OUTLET }, { "tabloid", TC_OUTLET },
	{ "magazine", TC_OUTLET }, { "broadcaster", TC_OUTLET }, { "television", TC_OUTLET },
	{ "radio", TC_OUTLET }, { "publishers", TC_OUTLET },
	/* an office or a court held of a state, before "of" or "from" ("Governor of New
	 * York", ck_office_of_state()) */
	{ "senator", TC_STATEOFF }, { "congressman", TC_STATEOFF },
	{ "congresswoman", TC_STATEOFF }, { "representative", TC_STATEOFF },
	{ "legislature", TC_STATEOFF }, { "assemblyman", TC_STATEOFF },
	{ "assemblywoman", TC_STATEOFF }, { "district", TC_STATEOFF }, { "court", TC_STATEOFF },
	{ "state", TC_STATEOFF }, { "states", TC_STATEOFF },
	/* a member's title after a party's or a member's name ("Labour MP", "SNP MSPs":
	 * ck_member_title()) */
	{ "mp", TC_MEMBERS }, { "mps", TC_MEMBERS }, { "mep", TC_MEMBERS },
	{ "meps", TC_MEMBERS }, { "msp", TC_MEMBERS }, { "msps", TC_MEMBERS },
	{ "mla", TC_MEMBERS }, { "mlas", TC_MEMBERS }, { "td", TC_MEMBERS }, { "tds", TC_MEMBERS },
	/* a name's word that a common noun or a participle may follow: "the Microsoft Web
	 * page", "Microsoft Founded in 1975" (chunk_gather.c) */
	/* a roll's plural honorific (ck_honorific_roll()) */
	{ "messrs", TC_ROLL }, { "mses", TC_ROLL }, { "mmes", TC_ROLL }, { "mesdames", TC_ROLL },
	{ "messieurs", TC_ROLL }, { "drs", TC_ROLL },
	{ "web", TC_PAGEMADE }, { "founded", TC_PAGEMADE }, { "established", TC_PAGEMADE },
	{ "headquartered", TC_PAGEMADE }, { "incorporated", TC_PAGEMADE },
	/* the people's words that name a language too (extract_lang.c; not "American",
	 * "European", "British": "in European as well as in American cities") */
	{ "afrikaans", TC_LANGUAGE }, { "albanian", TC_LANGUAGE },
	{ "amharic", TC_LANGUAGE }, { "arabic", TC_LANGUAGE }, { "armenian", TC_LANGUAGE },
	{ "azerbaijani", TC_LANGUAGE }, { "basque", TC_LANGUAGE },
	{ "belarusian", TC_LANGUAGE }, { "bengali", TC_LANGUAGE },
	{ "bulgarian", TC_LANGUAGE }, { "burmese", TC_LANGUAGE },
	{ "cantonese", TC_LANGUAGE }, { "catalan", TC_LANGUAGE },
	{ "chinese", TC_LANGUAGE }, { "croatian", TC_LANGUAGE }, { "czech", TC_LANGUAGE },
	{ "danish", TC_LANGUAGE }, { "dari", TC_LANGUAGE }, { "dutch", TC_LANGUAGE },
	{ "english", TC_LANGUAGE }, { "estonian", TC_LANGUAGE }, { "farsi", TC_LANGUAGE },
	{ "filipino", TC_LANGUAGE }, { "finnish", TC_LANGUAGE },
	{ "flemish", TC_LANGUAGE }, { "french", TC_LANGUAGE }, { "galician", TC_LANGUAGE },
	{ "georgian", TC_LANGUAGE }, { "german", TC_LANGUAGE }, { "greek", TC_LANGUAGE },
	{ "haitian", TC_LANGUAGE }, { "hebrew", TC_LANGUAGE }, { "hindi", TC_LANGUAGE },
	{ "hungarian", TC_LANGUAGE }, { "icelandic", TC_LANGUAGE },
	{ "indonesian", TC_LANGUAGE }, { "irish", TC_LANGUAGE },
	{ "italian", TC_LANGUAGE }, { "japanese", TC_LANGUAGE }, { "kazakh", TC_LANGUAGE },
	{ "khmer", TC_LANGUAGE }, { "korean", TC_LANGUAGE }, { "kurdish", TC_LANGUAGE },
	{ "lao", TC_LANGUAGE }, { "latin", TC_LANGUAGE }, { "latvian", TC_LANGUAGE },
	{ "lithuanian", TC_LANGUAGE }, { "macedonian", TC_LANGUAGE },
	{ "malay", TC_LANGUAGE }, { "maltese", TC_LANGUAGE }, { "mandarin", TC_LANGUAGE },
	{ "mongolian", TC_LANGUAGE }, { "nepali", TC_LANGUAGE },
	{ "norwegian", TC_LANGUAGE }, { "pashto", TC_LANGUAGE },
	{ "persian", TC_LANGUAGE }, { "polish", TC_LANGUAGE },
	{ "portuguese", TC_LANGUAGE }, { "punjabi", TC_LANGUAGE },
	{ "romanian", TC_LANGUAGE }, { "russian", TC_LANGUAGE },
	{ "scottish", TC_LANGUAGE }, { "serbian", TC_LANGUAGE },
	{ "sinhalese", TC_LANGUAGE }, { "slovak", TC_LANGUAGE },
	{ "slovenian", TC_LANGUAGE }, { "somali", TC_LANGUAGE },
	{ "spanish", TC_LANGUAGE }, { "swahili", TC_LANGUAGE }, { "swedish", TC_LANGUAGE },
	{ "tagalog", TC_LANGUAGE }, { "tamil", TC_LANGUAGE }, { "thai", TC_LANGUAGE },
	{ "tibetan", TC_LANGUAGE }, { "turkish", TC_LANGUAGE },
	{ "ukrainian", TC_LANGUAGE }, { "urdu", TC_LANGUAGE }, { "uzbek", TC_LANGUAGE },
	{ "vietnamese", TC_LANGUAGE }, { "welsh", TC_LANGUAGE },
	{ "yiddish", TC_LANGUAGE },
};

/* An open-addressed table of the words by their hashes (bits 0: empty), and a filter of
 * their hashes' low 12 bits asked first (ex_cue_may(): about one word in 25 that is no
 * cue word gets past it). */
#define CUE_SLOTS 1024
static struct {
	uint32_t hash, bits;
	const char *w;
	size_t len;
} slot[CUE_SLOTS];
unsigned char ex_cue_filter[4096];
static pthread_once_t cue_once = PTHREAD_ONCE_INIT;

static void
cue_build(void)
{
	size_t j, s, n;
	uint32_t h;

	for (j = 0; j < sizeof words / sizeof *words; j++) {
		n = strlen(words[j].w);
		h = gaz_hash(words[j].w, n);
		for (s = h & (CUE_SLOTS - 1); slot[s].bits; s = (s + 1) & (CUE_SLOTS - 1))
			if (slot[s].hash == h && slot[s].len == n && !memcmp(slot[s].w, words[j].w, n))
				break;	/* (a word in two lines: its bits joined) */
		slot[s].hash = h;
		slot[s].bits |= words[j].bits;
		slot[s].w = words[j].w;
		slot[s].len = n;
		ex_cue_filter[h & 4095] = 1;
	}
}

void
ex_cue_init(void)
{
	pthread_once(&cue_once, cue_build);
}

uint32_t
ex_cue_verify(uint32_t hash, const char *fold, size_t flen)
{
	size_t s, k;

	for (s = hash & (CUE_SLOTS - 1); slot[s].bits; s = (s + 1) & (CUE_SLOTS - 1))
		if (slot[s].hash == hash && slot[s].len == flen) {
			/* (short words: compared here, not by a call) */
			for (k = 0; k < flen && slot[s].w[k] == fold[k]; k++)
				;
			if (k == flen)
				return slot[s].bits;
		}
	return 0;
}

int
tis_any(const struct ex_block *b, size_t i, const char *const *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (tis_str(b, i, w[k]))
			return 1;
	return 0;
}
