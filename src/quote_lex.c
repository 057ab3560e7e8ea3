/* quote_lex.c -- the quote finder's lexicon: reporting verbs, pronouns, roles, function words. MIT licence. */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "dossier/util.h"
#include "quote_int.h"

/*
 * General English, not words of any one article: the verbs that report speech, the nouns
 * that name a speaker by office ("the minister") or kind ("the ministry"), and the small
 * words around an attribution. Each list is words separated by blanks; a word may be in
 * several lists. Looked up in ASCII lower case.
 */
static const struct {
	uint32_t cls;
	const char *words;
} lists[] = {
	{ QL_SPEECH, "said says say tell told tells added adds stated states noted notes wrote writes"
	  " stressed stresses emphasized emphasised emphasizes emphasises explained explains"
	  " declared declares announced announces argued argues warned warns insisted insists"
	  " claimed claims asked asks replied replies responded answered continued remarked"
	  " commented observed acknowledged acknowledges admitted admits recalled recalls"
	  " concluded confirmed confirms reported reports tweeted posted underlined underscored"
	  " reiterated reiterates cautioned conceded predicted suggested suggests denied denies"
	  " maintained maintains testified informed assured reminded affirmed reaffirmed"
	  " contended countered quipped asserted asserts" },
	{ QL_PART, "saying adding stating noting stressing emphasizing emphasising explaining"
	  " declaring announcing arguing warning insisting claiming telling asking replying"
	  " acknowledging admitting recalling concluding confirming writing tweeting predicting"
	  " suggesting reiterating underlining cautioning maintaining affirming reaffirming"
	  " informing assuring reminding asserting commenting remarking observing responding"
	  " answering conceding denying testifying contending countering quipping"
	  " underscoring stressing reporting" },
	{ QL_TELL, "told tells tell telling informed informing assured assuring reminded"
	  " reminding asked asks asking" },
	{ QL_WH, "how why what when where whether if who which" },
	{ QL_NOUN, "reports claims notes states posts answers comments remarks replies tweets"
	  " statements warnings" },
	{ QL_HE, "he she" },
	{ QL_IT, "it" },
	{ QL_THEY, "they we i you" },
	{ QL_ROLE_P, "minister president spokesman spokeswoman spokesperson official leader chief"
	  " secretary ambassador adviser advisor director chairman chairwoman chair governor"
	  " mayor premier chancellor commander general envoy diplomat head ceo founder"
	  " executive manager superintendent administrator professor researcher scientist"
	  " analyst expert author lawyer attorney judge senator congressman congresswoman"
	  " lawmaker legislator representative deputy captain coach player officer sheriff"
	  " prosecutor king queen prince pope bishop cardinal counterpart president-elect"
	  " vice-president inspector engineer doctor economist editor activist candidate"
	  " pastor priest imam rabbi astronaut commissioner" },
	{ QL_ROLE_O, "ministry government agency company firm group council committee department"
	  " office embassy administration army military police court party organisation"
	  " organization union bank commission board parliament cabinet"
	  " authority authorities service institute university school hospital team club"
	  " foundation coalition alliance campaign network station newspaper center centre"
	  " laboratory church force" },
	{ QL_ROLE_PL, "officials sources analysts experts researchers scientists authors"
	  " witnesses residents people lawyers leaders ministers diplomats critics"
	  " observers activists doctors economists investigators authorities organizers"
	  " organisers protesters protestors students teachers workers members"
	  " spokespeople representatives lawmakers senators media posters" },
	{ QL_DET, "a an the this these those his her its their our my your some another" },
	{ QL_DEF, "the" },
	{ QL_PREP, "in on at during after before to via through from with for over by"
	  " following amid late early ahead about of against into upon under within without"
	  " across around toward towards despite among between behind beyond near" },
	{ QL_ADV, "also further later then previously earlier again once still recently"
	  " reportedly repeatedly publicly separately subsequently however meanwhile now"
	  " already often frequently simply flatly first initially finally last too"
	  " similarly" },
	{ QL_AUX, "has have had was were is are been be would will could had" },
	{ QL_NEG, "not never n't declined refused nor cannot" },
	{ QL_BOUND, "and but or while as because after before when if although though where"
	  " since until whether so nor unless whereas" },
	{ QL_REL, "who which whom whose" },
	{ QL_THAT, "that" },
	{ QL_ACCORD, "according" },
	{ QL_TIME, "monday tuesday wednesday thursday friday saturday sunday today yesterday"
	  " tonight tomorrow morning afternoon evening night week month year weekend day"
	  " earlier later recently" },
	{ QL_HEARER, "reporters journalists media press reuters ap afp parliament lawmakers"
	  " congress audience crowd delegates supporters students listeners viewers"
	  " readers" },
	{ QL_QUOTED, "quoted" },
	{ QL_VERB, "is are was were be been has have had will would can could may might must"
	  " should shall did does do rose fell went came made took gave saw got became left"
	  " kept held met ran began found thought knew felt put set stood lost paid won sent"
	  " brought built bought sold spent led meant grew cut hit let says remains stands"
	  " marks means shows needs wants plans seems looks makes takes gives goes comes"
	  " continues expects believes hopes supports opposes rejects faces includes requires"
	  " holds sees knows thinks considers keeps lacks depends poses risks violates"
	  " threatens intends agrees aims seeks remain appear seem become exist appears"
	  " appeared seemed tends tended" },
	{ QL_GOV, "government authorities administration regime" },
	{ QL_ISSUE, "issued issues released releases" },
	{ QL_DOC, "statement statements letter post memo message report tweet" },
	{ QL_SOMEONE, "another others someone somebody some many both" },
};

/* An open-addressing table of the words, made once. */
#define LEX_CAP 2048	/* a power of two, over three times the words (a miss probes little) */

static struct {
	char w[QL_MAXW];	/* zero after the word */
	uint8_t len;		/* of w; 0: a free slot */
	uint32_t cls;
} table[LEX_CAP];
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* The slot of word s[0..n) (lower case, QL_MAXW bytes zero after the word) whose fnv1a()
 * is h, free or holding it. Called for every ASCII word of every article: the length is
 * kept beside the word, so a probe compares lengths before bytes, and the bytes are
 * compared whole (a fixed size, no call). */
static size_t
slot(const char *s, size_t n, uint32_t h)
{
	size_t i = h & (LEX_CAP - 1);

	while (table[i].len && !(table[i].len == n && memcmp(table[i].w, s, QL_MAXW) == 0))
		i = (i + 1) & (LEX_CAP - 1);
	return i;
}

static void
build(void)
{
	char w[QL_MAXW];
	size_t k, i, n;

	for (k = 0; k < sizeof lists / sizeof lists[0]; k++) {
		const char *p = lists[k].words;

		while (*p) {
			while (*p == ' ')
				p++;
			for (n = 0; p[n] && p[n] != ' '; n++)
				;
			if (n && n < QL_MAXW) {
				memset(w, 0, sizeof w);
				memcpy(w, p, n);
				i = slot(w, n, fnv1a(w, n));
				memcpy(table[i].w, w, sizeof w);
				table[i].len = (uint8_t)n;
				table[i].cls |= lists[k].cls;
			}
			p += n;
		}
	}
}

void
quote_lex_init(void)
{
	pthread_once(&once, build);
}

uint32_t
quote_lex(const char *low, size_t n, uint32_t h)
{
	return table[slot(low, n, h)].cls;
}
