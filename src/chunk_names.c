/* chunk_names.c -- where a name goes on past a listed word (teams, companies, parties, family names that are heads, a town after "New"), a name on a line in capitals, a family name after a given one where no word is trusted, the words in and around a name that say what it names (a firm, a kind of firm, a mailing list, a saint's place, a man's honorific), and the connectors that carry a name on ("of", "and", particles). MIT licence. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Is unit i a team's name after a city or state ("Boston Celtics"): one capitalised
 * plural word that no list knows and the text never writes in lower case? Not the states
 * or lands of a region ("the Balkan States", "the New England States", "the German
 * States": organisations of speeches, which took the article's "England" along). */
int
ck_team_word(const struct chunker *k, int i)
{
	static const char *const lands[] = { "states", "provinces", "colonies", "territories",
					     "islands", "isles", "dominions", "principalities",
					     "cantons", "counties", "republics", "kingdoms" };
	const struct unit *u = &k->u[i];
	const struct token *t = &k->b->t[u->a];

	return u->b - u->a == 1 && t->cls == 0 && (t->flags & TK_CAP) &&
	       !(t->flags & (TK_ALLCAP | TK_UNTRUSTED | TK_POSS)) && t->flen >= 4 &&
	       k->b->fb[t->fold + t->flen - 1] == 's' &&
	       !(ex_evidence(k->b, t->hash) & EV_LOWER) && !TIS_ANY(k->b, u->a, lands);
}

/* Is unit i a state's or a city's name with "Pacific" after it, ending the run [.., e),
 * units [i, i + 2) a company's name ("Texas Pacific", "Kansas Pacific", "Denver Pacific":
 * railroads, a buyout firm), not two places? No state names an ocean so; a continent
 * names a region ("Asia Pacific"), a demonym a coast ("the Mexican Pacific"); a name
 * that goes on is another ("Alaska Yukon Pacific Exposition"). */
int
ck_place_pacific(const struct chunker *k, int i, int e)
{
	static const char *const continents[] = { "asia", "australia", "oceania", "america",
						  "latin", "south", "north", "central" };
	const struct unit *u = &k->u[i], *v;

	if (i + 2 != e || !(u->cls & (GZ_REGION | GZ_CITY | GZ_CAPITAL)) ||
	    (u->cls & (GZ_COUNTRY | GZ_DEMONYM)) || u->place < 0 ||
	    k->b->t[u->b - 1].gap != GAP_SPACE)
		return 0;
	v = &k->u[i + 1];
	return v->b - v->a == 1 && tis(k->b, v->a, "pacific") &&
	       !TIS_ANY(k->b, u->a, continents);
}

/*
 * Do the units [ra, i) name a party with the listed party's plural word at i: one or two
 * words that are neither a name nor a person's ("Free Democrats", "Social Democrats",
 * "Christian Democrats", "New Democrats")? The name is another party than the listed one
 * (the Democratic Party's "Democrats"): they made the German FDP and SPD the US party.
 */
int
ck_party_named(const struct chunker *k, int ra, int i)
{
	const struct unit *u = &k->u[i];
	const char *canon;
	size_t n;
	int j;

	if (i - ra > 2 || u->b - u->a != 1 || !(u->cls & GZ_ORG) || u->org < 0 ||
	    k->b->fb[k->b->t[u->a].fold + k->b->t[u->a].flen - 1] != 's' ||
	    !(canon = gaz_canon(u->org)) || (n = strlen(canon)) < 6 ||
	    strcmp(canon + n - 6, " Party") != 0)
		return 0;
	for (j = ra; j < i; j++)
		if (k->u[j].b - k->u[j].a != 1 ||
		    (k->u[j].cls & (GZ_NAME | GZ_PERSONISH | GZ_CONNECTOR | HEADS)) ||
		    !(k->b->t[k->u[j].a].flags & TK_CAP))
			return 0;
	return 1;
}

/*
 * Is unit i a town, a city or a region that the word "New" before it, unit i - 1, makes
 * the name of another place: "New Bedford", "New London", "New England", "New Granada"
 * (listed ones, "New York", are one unit already)? "New" is capitalised mid-sentence,
 * so is part of a name; Bedford, London, England and Granada were counted instead (35
 * of SOTU's "Granada", all of Moby-Dick's 18 "Bedford"). Not a country's name ("a New
 * India", "New Russia" are slogans of the country), nor at a sentence's or headline's
 * start ("New Russia Sanctions"). So does a compass word ("West Hollywood", "North Little
 * Rock", "East St. Louis" were Hollywood, Little Rock, St. Louis), unless a number is
 * before it: an address's "#100 West Washington, DC" is a suite's wing. (In capitals, a
 * dateline's: ex_datelines().)
 */
/* Is a number (blanks or a dash between) right before byte at of text? */
static int
after_number(const char *text, const char *at)
{
	while (at > text && (at[-1] == ' ' || at[-1] == '-'))
		at--;
	return at > text && at[-1] >= '0' && at[-1] <= '9';
}

int
ck_new_place(const struct chunker *k, int i)
{
	static const char *const lead[] = { "new", "north", "south", "east", "west" };
	const struct unit *u = &k->u[i], *p = &k->u[i - 1];
	const struct token *t = &k->b->t[p->a];

	return p->b - p->a == 1 && TIS_ANY(k->b, p->a, lead) && t->gap == GAP_SPACE &&
	       (t->flags & (TK_CAP | TK_ALLCAP | TK_UNTRUSTED)) == TK_CAP &&
	       (u->cls & (GZ_CITY | GZ_CAPITAL | GZ_REGION)) && u->place >= 0 &&
	       !(u->cls & (GZ_COUNTRY | GZ_DEMONYM | GZ_ORG)) &&
	       !(k->b->t[u->a].flags & TK_ALLCAP) &&
	       !after_number(k->b->text, k->b->text + t->start);
}

/*
 * Where the name of a company goes on after its one listed word, unit i (one word read as
 * the organisation, as emit_name() reads it): over at most two more words that no list
 * knows, no title, head or given or family name, none hyphenated ("Meta Platforms",
 * "Siemens Healthineers"), nor a headline's verb (a headline "Microsoft Launches Beta
 * Version of ..." was a mention "Microsoft Launches Beta"), nor past a full stop (a
 * transcript's "SEC. RUMSFELD:" is the Secretary's, not the commission's), nor past a
 * line's end ("Bayern Munich v Arsenal\nClubs' reactions:"). Longest match
 * wins: the gold has the company's whole name, and "Meta Platforms said" made a person
 * "Platforms". The mention stays the listed company's (a product's name, "Google Chrome",
 * adds no row of its own). Returns the unit after the name (i + 1: it does not go on).
 */
int
ck_company_goes_on(const struct chunker *k, int i, int e)
{
	const struct unit *u = &k->u[i];
	int j;

	if (u->b - u->a != 1 || !(u->cls & GZ_ORG) || ((u->cls & GZ_PLACE) && u->org < 0))
		return i + 1;
	for (j = i + 1; j < e && j < i + 3; j++) {
		const struct unit *n = &k->u[j];

		if (n->b - n->a != 1 || (n->cls & (GZ_NAME | NOT_NAMEY | GZ_PERSONISH |
						   GZ_CONNECTOR)) ||
		    (k->b->t[n->a].flags & TK_HYPH) || ck_headline_verb(k->b, n->a) ||
		    k->b->t[n->a - 1].gap == GAP_DOT || k->b->t[n->a - 1].gap == GAP_LINE)
			break;
	}
	return j;
}

/*
 * Is the listed company of unit i, last of the chunk's units before e, the end of a longer
 * name that runs from unit r: capitalised words no list knows, none a given or family
 * name, a place, a title or a stop word ("Lockergnome Penguin Shell", a newsletter;
 * "Vekmo Data Oracle")? The company's one word is then that name's: the hard ham's
 * masthead "Lockergnome Penguin Shell" gave the oil company Shell (31 mails) and a person
 * "Lockergnome Penguin".
 */
int
ck_company_last(const struct chunker *k, int r, int i, int e)
{
	const struct unit *u = &k->u[i];
	int j;

	/* (a company's own name, not an acronym, "Sakiko Fukuda-Parr UN", nor another
	 * name's short form, the "Democrat" of the Democratic Party) */
	if (i != e - 1 || r >= i || u->b - u->a != 1 || !(u->cls & GZ_ORG) || u->org < 0 ||
	    (u->cls & GZ_PLACE) || (k->b->t[u->a].flags & TK_ALLCAP) ||
	    strlen(gaz_canon(u->org)) != k->b->t[u->a].end - k->b->t[u->a].start ||
	    strncmp(gaz_canon(u->org), k->b->text + k->b->t[u->a].start,
		    k->b->t[u->a].end - k->b->t[u->a].start) != 0)
		return 0;
	for (j = r; j < i; j++) {
		const struct unit *n = &k->u[j];
		uint16_t f = k->b->t[n->a].flags;

		if (n->b - n->a != 1 || (n->cls & (GZ_FIRST | GZ_SURNAME | GZ_FF | NOT_NAMEY |
						   GZ_PERSONISH | GZ_CONNECTOR | GZ_PLACE)) ||
		    !(f & TK_CAP) || (f & (TK_ALLCAP | TK_HYPH)))
			return 0;
	}
	return 1;
}

/* The words of products that news and mail name after their maker (folded). */
static const char *const product[] = {
	"windows", "explorer", "excel", "outlook", "powerpoint", "xbox", "teams",
	"bing", "copilot", "azure", "pentium", "xeon", "celeron", "itanium", "strongarm",
	"playstation", "walkman", "vaio", "trinitron", "bravia", "thinkpad", "model",
	"macintosh", "macbook", "watch", "prime", "kindle", "alexa", "echo", "maps",
	"chrome", "android", "gmail", "pixel", "nexus", "gemini", "bard", "photoshop",
	"acrobat", "solaris", "galaxy", "corolla", "camry", "prius", "mustang", "civic",
	"passat", "jetta", "cybertruck", "autopilot", "starship", "falcon", "dreamliner",
	"chatgpt", "llama", "quest", "threads", "firefox", "thunderbird", "netscape",
	"linux", "unix", "athlon", "opteron", "ipod", "imac", "ibook", "powerbook", "inspiron",
	"coolpix", "office", "word", "access", "frontpage", "messenger", "passport" };

/* Is s[0, n) one of those words, in any case ("Explorer", "Excel")? */
int
ex_product_word(const char *s, size_t n)
{
	size_t i;

	/* the first letter first (the words are in lower case): most words differ there */
	for (i = 0; i < sizeof product / sizeof product[0] && n > 0; i++)
		if (product[i][0] == (s[0] | 0x20) && strlen(product[i]) == n &&
		    strncasecmp(product[i], s, n) == 0)
			return 1;
	return 0;
}

/* Is a word after the company of unit i, before e, one of its products' ("Microsoft
 * Windows", "Intel Pentium", "IBM ThinkPad", "Tesla Model 3", "Google Maps")? A product's name is
 * not annotated and names inside it are not counted: "Microsoft Windows" was a mention
 * of Microsoft, a fifth of the company's in 1,060 FoRK mails. The words are the products
 * that news and mail name after their maker, and words of a program's shape
 * (ck_unname_shape(): "Microsoft VisualStudio", "Apple QuickTime", "Nokia N95"); a
 * company's own parts ("Microsoft Research", "Sony Pictures", "Samsung Electronics") are
 * no products. */
int
ck_company_product(const struct chunker *k, int i, int e)
{
	const struct unit *n;
	int j;

	for (j = i + 1; j < e; j++) {	/* (e: where ck_company_goes_on() ends the name) */
		n = &k->u[j];
		if (n->b - n->a == 1 && (k->b->t[n->a].flags & TK_CAP) &&
		    !(k->b->t[n->a].flags & TK_ALLCAP) &&
		    (TIS_ANY(k->b, n->a, product) || ck_unname_shape(k->b, n->a)))
			return 1;
	}
	return 0;
}

/* Are the initials at tokens a, a + 1 a name the lists know by its letters ("U. S.")? */
static int
initials_name(const struct ex_block *b, size_t a)
{
	const struct gz_entry *g;
	char l[2];

	l[0] = (char)(b->text[b->t[a].start] | 0x20);
	l[1] = (char)(b->text[b->t[a + 1].start] | 0x20);
	g = gaz_find(l, 2);
	return g && ((g->word | g->acr) & GZ_NAME);
}

/* Is the head h of units [s, e) a head word that is also a family name ("Lane", "Hall",
 * "Law", "Banks"), last after a given name and at most an initial ("Iain Lane", "Thomas
 * G. Lane", "Simon Law") or two initials ("N. P. Banks"), or alone after a title of rank or office that no street or
 * park is named after, nor an adjective ("General Banks": an ORG row of 14 mentions in
 * Grant's memoirs, "Senator Hall", "Ambassador Lodge"; not "King Street", "Regent Park", "Private Banks"), or any place head ending a
 * mailbox's display name? */
int
ck_surname_head(const struct chunker *k, int s, int e, int h)
{
	static const char *const sur[] = { "lane", "hall", "park", "bridge", "castle", "tower",
					   "steel", "villa", "law", "banks", "lodge", "temple" };
	static const char *const place_prep[] = { "in", "near", "inside", "outside", "across" };
	static const char *const other[] = { "king", "queen", "prince", "princess", "regent",
					     "duke", "duchess", "emperor", "empress", "private",
					     "major" };
	const struct unit *t;
	size_t i;

	if (h != e - 1 || e - s > 3 || k->u[h].b - k->u[h].a != 1 || (k->u[s].cls & GZ_NAME))
		return 0;
	if (h == s && s > 0) {	/* (classify(): units [0, s) are the title's) */
		t = &k->u[s - 1];
		if (!(t->cls & (GZ_TITLE | GZ_HONORIFIC)) || t->b - t->a != 1 ||
		    TIS_ANY(k->b, t->a, other))
			return 0;
		for (i = 0; i < sizeof sur / sizeof sur[0]; i++)
			if (tis(k->b, k->u[h].a, sur[i]))
				return 1;
		return 0;
	}
	if (e - s == 3 && k->b->t[k->u[s + 1].a].end - k->b->t[k->u[s + 1].a].start != 1)
		return 0;
	/* a mailbox's display name, or a holder's after a year that starts with a given name:
	 * any place head ends a person's name ("Sunjae Park <...>", "2004 James M. Cape"); an
	 * organisation's head stays one ("Debian Team <...>") */
	if ((k->cues & (CUE_MAILBOX | CUE_HOLDER)) && e == k->nu && (k->u[h].cls & GZ_PLACE_HEAD) &&
	    !(k->u[h].cls & GZ_ORG_HEAD) && ((k->cues & CUE_MAILBOX) || (k->u[s].cls & GZ_FIRST)))
		return 1;
	/* a place's slot before it: "in Uhuru Park", "near Tony Lane" (a given name too) */
	if (k->u[0].a > 0 && k->b->t[k->u[0].a - 1].gap == GAP_SPACE &&
	    TIS_ANY(k->b, k->u[0].a - 1, place_prep))
		return 0;
	/* (or an initial: "N. P. Banks", "H. W. Hall" were organisations) */
	if (!(k->u[s].cls & GZ_FIRST) &&
	    (e - s != 3 || k->u[s].b - k->u[s].a != 1 ||
	     k->b->t[k->u[s].a].end - k->b->t[k->u[s].a].start != 1 ||
	     !(k->b->t[k->u[s].a].flags & TK_CAP) || initials_name(k->b, k->u[s].a)))
		return 0;
	for (i = 0; i < sizeof sur / sizeof sur[0]; i++)
		if (tis(k->b, k->u[h].a, sur[i]))
			return 1;
	return 0;
}

/* Are tokens i, i + 1 someone's work "at" an employer: "analysts at", "an economist
 * at", "engineers at"? The name after them is the firm, bank or laboratory ("Analysts at
 * Wedbush said" was a person). */
int
ck_employer_before(const struct ex_block *b, size_t i)
{
	static const char *const noun[] = {
		"analyst", "analysts", "economist", "economists", "strategist", "strategists",
		"researcher", "researchers", "scientist", "scientists", "engineer", "engineers",
		"trader", "traders", "banker", "bankers", "employee", "employees", "executive",
		"executives", "staffers", "workers", "colleagues", "investors",
	};

	/* (the noun may open a sentence: "Analysts at Wedbush said") */
	if (b->t[i + 1].flen != 2 || !tis(b, i + 1, "at") || b->t[i].gap != GAP_SPACE ||
	    b->t[i + 1].gap != GAP_SPACE || !(b->t[i + 1].flags & TK_LOWER) || b->t[i].flen < 6)
		return 0;
	return TIS_ANY(b, i, noun);
}

/* Are tokens i and i + 1 a firm's chief officer in lower case: "chief executive", "chief
 * financial (officer)", "chief operating (officer)"? */
static int
chief_officer(const struct ex_block *b, size_t i)
{
	static const char *const of[] = { "executive", "financial", "operating" };

	return i + 1 < b->n && tis(b, i, "chief") && b->t[i].gap == GAP_SPACE &&
	       (b->t[i + 1].flags & TK_LOWER) && TIS_ANY(b, i + 1, of);
}

/* Does the name at token a follow someone who runs it: "the publisher of Dotcom Scoop",
 * "an editor of the Daily Planet", "a co-founder of Acuitive", "the chairman of Vivendi",
 * "the chief executive of Vivendi"; or its holders or a holding in it: "shareholders of
 * Vivendi", "a stake in Vivendi"? The name is the outlet or the firm (one such was a
 * person in 2 RSS feed items; "Vivendi" a person of 32 mentions in mails of business
 * news). One person's word only: "the founders of the Republic" are no firm's. */
int
ck_runner_before(const struct ex_block *b, size_t a)
{
	size_t i = a;

	if (i >= 3 && tis(b, i - 1, "the") && (b->t[i - 1].flags & TK_LOWER) &&
	    b->t[i - 1].gap == GAP_SPACE)
		i--;
	if (i < 2 || !(b->t[i - 1].flags & TK_LOWER) || b->t[i - 1].gap != GAP_SPACE ||
	    b->t[i - 2].gap != GAP_SPACE)
		return 0;
	/* a holding in it: "a stake in Vivendi" */
	if (tis(b, i - 1, "in"))
		return (b->t[i - 2].flags & TK_LOWER) && (b->t[i - 2].cue & TC_STAKE);
	if (!tis(b, i - 1, "of"))
		return 0;
	/* its chief: "the chief executive of Vivendi", "the CEO of Vivendi" */
	if (tis(b, i - 2, "ceo") || (i >= 3 && b->t[i - 3].gap == GAP_SPACE &&
				     chief_officer(b, i - 3) && tis(b, i - 2, "executive")))
		return 1;
	/* one who runs it or holds it (TC_RUNNER: "publisher", "editor", "founder",
	 * "chairman", "shareholders", ...) */
	return (b->t[i - 2].flags & TK_LOWER) && (b->t[i - 2].cue & TC_RUNNER);
}

/* Are tokens [a, z) a kind of firm, capitalised for emphasis: common words or head words
 * before "Companies", "Firms" or "Corporations" ("executives of Telecom Companies", "Oil
 * Companies lobbied"), no name among them ("Coca-Cola Companies") nor a connector
 * ("Bureau of Corporations")? */
int
ck_kind_of_firm(const struct ex_block *b, size_t a, size_t z)
{
	static const char *const plural[] = { "companies", "firms", "corporations" };
	size_t i;

	if (z < a + 2 || z > a + 3 || !TIS_ANY(b, z - 1, plural))
		return 0;
	for (i = a; i + 1 < z; i++)
		if ((b->t[i].flags & (TK_ALLCAP | TK_HYPH | TK_DIGIT)) ||
		    (b->t[i].cls & (GZ_NAME | GZ_FIRST | GZ_SURNAME | GZ_CONNECTOR)) ||
		    !((b->t[i].cls & GZ_ORG_HEAD) || gaz_is_common(tfold(b, i), b->t[i].flen)))
			return 0;
	return 1;
}

/* Is token i the last word of a mailing list's or a service's name, before its mailbox
 * ("Digital Bearer Settlement List", "Debian Announce", "Perl Digest")? */
int
ck_list_word(const struct ex_block *b, size_t i)
{
	static const char *const w[] = { "list", "lists", "digest", "announce", "bulletin",
					  "newsletter", "admin", "administrator", "support",
					  "subscriptions", "helpdesk", "webmaster", "postmaster" };

	return TIS_ANY(b, i, w);
}

/* Is token i, after a possessive, what only a firm has: "Vivendi's share price",
 * "Acme's shareholders", "Globex's profits"? (Not shares or a stake, which people hold
 * too, nor headquarters or divisions, which a general or a campaign has: "sent to
 * Rosecrans' headquarters", "one of McPherson's divisions" made five generals of Grant's
 * memoirs firms.) */
int
ck_firm_after(const struct ex_block *b, size_t i)
{
	static const char *const noun[] = {
		"shareholders", "stockholders", "subsidiary", "subsidiaries", "workforce",
		"creditors", "bondholders", "profits", "earnings", "revenue", "revenues",
		"turnover", "bankruptcy", "takeover", "brands", "chairman", "chairwoman",
		"executives", "customers",
	};

	if (tis(b, i, "ceo") || tis(b, i, "cfo"))	/* "Vivendi's CEO" */
		return 1;
	if (!(b->t[i].flags & TK_LOWER))
		return 0;
	if ((tis(b, i, "share") || tis(b, i, "stock")) && i + 1 < b->n &&
	    b->t[i].gap == GAP_SPACE && tis(b, i + 1, "price"))
		return 1;
	return TIS_ANY(b, i, noun) || chief_officer(b, i);
}

/* Do tokens from z on make an apposition that says a name is a firm's: ", the Canadian
 * company that owns", ", a Hong Kong investment firm,", ", the oil producer." (up to
 * three words before the firm's noun, which ends the phrase: not "a company spokesman")?
 * Token z - 1, the name's last, is followed by a comma. */
int
ck_firm_apposition(const struct ex_block *b, size_t z)
{
	static const char *const noun[] = {
		"company", "firm", "conglomerate", "insurer", "lender", "bank", "maker",
		"manufacturer", "retailer", "airline", "carrier", "refiner", "miner",
		"brokerage", "developer", "utility", "supplier", "distributor", "publisher",
		"chain", "startup", "start-up", "subsidiary", "unit", "operator", "producer",
		"automaker", "carmaker", "chipmaker", "drugmaker", "shipbuilder", "exporter",
		"importer", "wholesaler", "broadcaster", "newspaper", "group", "holding",
	};
	static const char *const next[] = {
		"that", "which", "with", "based", "in", "of", "owned", "controlled",
		"headquartered", "whose", "said", "has", "had", "is", "was", "will", "and",
	};
	size_t i;

	if (z + 1 >= b->n || b->t[z - 1].gap != GAP_COMMA || !(b->t[z].flags & TK_LOWER) ||
	    !(tis(b, z, "the") || tis(b, z, "a") || tis(b, z, "an")))
		return 0;
	for (i = z + 1; i < b->n && i <= z + 4; i++) {
		if (b->t[i - 1].gap != GAP_SPACE)
			return 0;
		if ((b->t[i].flags & TK_LOWER) && TIS_ANY(b, i, noun))
			return b->t[i].gap != GAP_SPACE || i + 1 >= b->n ||
			       ((b->t[i + 1].flags & TK_LOWER) && TIS_ANY(b, i + 1, next));
		/* (words that describe the firm only: "the Canadian", "a Hong Kong
		 * investment"; no number, no function word) */
		if ((b->t[i].flags & TK_DIGIT) || (b->t[i].cls & (GZ_FUNC | GZ_CONNECTOR | GZ_STOP)))
			return 0;
	}
	return 0;
}

/* Is token a the first word of a byline's name: after "By" first on its line ("By
 * LYNNLEY BROWNING")? */
int
ck_byline(const struct ex_block *b, size_t a)
{
	return a > 0 && b->t[a - 1].gap == GAP_SPACE && tis(b, a - 1, "by") &&
	       (b->t[a - 1].flags & TK_CAP) && (a == 1 || b->t[a - 2].gap == GAP_LINE);
}

/* Is run [ua, ub) a name on a line in capitals: a known given name first, then initials
 * or given names, then one family name ("JOHN QUINCY ADAMS")? After a byline's "By", any
 * words in capitals (tokenize_caps.c's ex_byline_caps() marked them): "By LYNNLEY
 * BROWNING". So too a name in capitals in a line of prose, the signature of a state paper
 * ("By the President: WILLIAM H. SEWARD, Secretary of State"): its words all in capitals
 * but the initials, the family name no listed acronym. It was "WILLIAM H" and an acronym
 * "SEWARD" (15 of Lincoln's proclamations). */
int
ck_caps_run(const struct chunker *k, int ua, int ub)
{
	const struct token *l = &k->b->t[k->u[ub - 1].a];
	int i, by, prose;

	if (ub - ua < 2 || ub - ua > 4)
		return 0;
	by = ck_byline(k->b, k->u[ua].a);
	if (!by && !(k->u[ua].cls & GZ_FIRST))
		return 0;
	/* (a prose line's run: each word in capitals, the last no acronym of the lists, no
	 * word of English or its plural, "CHRIS TEACHES", "ROI CALCULATORS", and of a name's
	 * shape, not "IR4US1") */
	prose = !by && !(l->flags & TK_CAPSLINE) && (l->flags & TK_ALLCAP) &&
		!(l->gz && (l->gz->acr & GZ_NAME)) && l->flen > 1 &&
		!gaz_is_common(k->b->fb + l->fold, l->flen) &&
		!(k->b->fb[l->fold + l->flen - 1] == 's' &&
		  gaz_is_common(k->b->fb + l->fold, l->flen - 1u)) &&
		!ck_unname_shape(k->b, k->u[ub - 1].a);
	for (i = ua; i < ub; i++) {
		const struct token *t = &k->b->t[k->u[i].a];

		if (!(t->flags & (prose ? TK_ALLCAP : TK_CAPSLINE)) && !(prose && i > ua &&
		    t->end - t->start == 1 && (t->flags & TK_CAP)))
			return 0;
		if (k->u[i].b != k->u[i].a + 1 ||
		    (!by && (k->u[i].cls & GZ_NAME)) ||
		    (!by && i < ub - 1 && !(k->u[i].cls & GZ_FIRST) && t->end - t->start != 1))
			return 0;
	}
	return 1;
}

/* Is token i a man's honorific ("Mr.", "Sir", "Lord", "Monsieur", "Herr")? Which: a
 * peer's "Lord" (SEX_LORD), a knight's "Sir" (SEX_SIR), another (SEX_MR), else 0. */
int
ck_masculine(const struct ex_block *b, size_t i)
{
	static const char *const w[] = { "mr", "messrs", "monsieur", "herr", "señor", "senor",
					  "signor", "shri" };

	return tis(b, i, "lord") ? SEX_LORD : tis(b, i, "sir") ? SEX_SIR :
	       TIS_ANY(b, i, w) ? SEX_MR : 0;
}

/* Is token i the "San", "Santa", "Santo" or "São" of a saint's name before another word,
 * which names a place where no list knows it ("the battle of San Jacinto", "San
 * Clemente")? */
int
ck_san(const struct ex_block *b, size_t i)
{
	static const char *const w[] = { "san", "santa", "santo", "sao", "são" };

	return b->t[i].gap == GAP_SPACE && (b->t[i].flags & TK_CAP) &&
	       !(b->t[i].flags & TK_ALLCAP) && TIS_ANY(b, i, w);
}

/* Does token e follow, on a line in capitals, a known given name that starts the chunk,
 * with at most initials and given names between: the signature or byline "JAMES MONROE",
 * "DWIGHT D. EISENHOWER"? Its words are a name's, not acronyms. */
static int
caps_name(const struct chunker *k, size_t e)
{
	int i;

	if (!(k->b->t[e].flags & TK_CAPSLINE) || k->nu > 3 || !(k->u[0].cls & GZ_FIRST) ||
	    (k->u[0].cls & GZ_NAME))
		return 0;
	for (i = 0; i < k->nu; i++) {
		const struct token *t = &k->b->t[k->u[i].a];

		if (!(t->flags & TK_CAPSLINE) || k->u[i].b != k->u[i].a + 1 ||
		    !((k->u[i].cls & GZ_FIRST) || t->end - t->start == 1))
			return 0;
	}
	return 1;
}

/* After a known given name, an unknown capitalised word in an untrusted position (a
 * headline, a photo credit) is still its family name: "Brian Inganga". */
int
ck_surname_after_given(const struct chunker *k, size_t e)
{
	const struct token *t = &k->b->t[e];
	int caps = (t->flags & TK_CAPSLINE) && caps_name(k, e);
	int g = k->nu - 1;

	/* past a particle after the given name: "Martin Van Buren" in a heading was
	 * "Martin Van" */
	if (g > 0 && (k->u[g].cls & GZ_PARTICLE) && k->u[g].b == k->u[g].a + 1)
		g--;
	/* ...or a Gaelic prefix written apart: "William Mc Kinley" in a speech's heading
	 * was "William Mc" */
	else if (g > 0 && k->u[g].b == k->u[g].a + 1 && (tis(k->b, k->u[g].a, "mc") ||
							 tis(k->b, k->u[g].a, "mac")))
		g--;
	if (!caps && (!(k->u[g].cls & GZ_FIRST) || (k->u[g].cls & GZ_NAME)))
		return 0;
	if (!(t->flags & TK_CAP) || (t->flags & (TK_LONG | TK_GLUED)) || !t->flen ||
	    ((t->flags & TK_ALLCAP) && !caps))
		return 0;
	if (t->cls & (GZ_FUNC | GZ_STOP | GZ_MONTH | GZ_WEEKDAY | GZ_NAME | NOT_NAMEY))
		return 0;
	/* (an English word's ending only on an English word: "Larry Snelling" on a line of
	 * Title Case was "Larry") */
	return !(ck_wordy_suffix(k->b, e) && gaz_is_common(k->b->fb + t->fold, t->flen)) &&
	       !(ex_evidence(k->b, t->hash) & EV_LOWER);
}

/* Is unit h a head word of American places named by their ground, which ends a name only
 * (place_heads.txt): "Pittsburg Landing", not "Landing of United States forces" (a
 * heading in a speech's list of events), "Bend of the river"? */
int
ck_ground_head(const struct chunker *k, int h)
{
	static const char *const w[] = { "springs", "roads", "forks", "ferry", "landing",
					  "shoals", "bluff", "bluffs", "bend", "courthouse" };

	return k->u[h].b - k->u[h].a == 1 && TIS_ANY(k->b, k->u[h].a, w);
}

/* Are units [h, e) the words "Court House" ending a name, a county's seat or its court's
 * building ("Appomattox Court House", "Spottsylvania Court House"): a place, though
 * "Court" heads bodies ("Supreme Court")? */
int
ck_court_house(const struct chunker *k, int h, int e)
{
	return h + 2 == e && k->u[h].b - k->u[h].a == 1 && k->u[h + 1].b - k->u[h + 1].a == 1 &&
	       tis(k->b, k->u[h].a, "court") && tis(k->b, k->u[h + 1].a, "house");
}

/* Is the chunk's part [s, e), its head "Church" last at h, a church in a place's slot
 * written with no article: a crossroads or a meeting house of the map ("at New Hope
 * Church", "moved to Bethesda Church", "by Piney Branch Church": a place, as a cathedral
 * or a temple is), not a faith's body ("the Methodist Church", "the Roman Catholic
 * Church": "the", a faith's or a people's word)? Grant's memoirs: 7 such churches, 16
 * mentions, were organisations. */
static int
church_place(const struct chunker *k, int s, int h, int e)
{
	static const char *const prep[] = { "at", "near", "to", "from", "by", "called", "past",
					    "beyond", "toward", "towards", "around" };
	static const char *const faith[] = { "catholic", "methodist", "baptist", "presbyterian",
					     "episcopal", "lutheran", "orthodox", "anglican",
					     "reformed", "evangelical", "christian", "unitarian",
					     "mormon", "congregational", "adventist", "pentecostal",
					     "apostolic", "coptic", "unification", "moravian",
					     "mennonite", "universalist", "scientology" };
	const struct ex_block *b = k->b;
	uint32_t a = k->u[s].a;
	int i;

	if (h != e - 1 || h == s || k->u[h].b - k->u[h].a != 1 || !tis(b, k->u[h].a, "church") ||
	    a == 0 || b->t[a - 1].gap != GAP_SPACE || !(b->t[a - 1].flags & TK_LOWER) ||
	    !TIS_ANY(b, a - 1, prep))
		return 0;
	for (i = s; i < h; i++) {
		uint32_t t;

		if (k->u[i].cls & (GZ_DEMONYM | GZ_COUNTRY | GZ_ORG | GZ_TITLE | GZ_HONORIFIC))
			return 0;
		for (t = k->u[i].a; t < k->u[i].b; t++)
			if (TIS_ANY(b, t, faith))
				return 0;
	}
	return 1;
}

/* Is the organisation's head at h, ending units [s, e), a building's or a place's here:
 * "Court House" (ck_court_house()), a church in a place's slot (church_place())? */
int
ck_building(const struct chunker *k, int s, int h, int e)
{
	return ck_court_house(k, h, e) || church_place(k, s, h, e);
}

/* Does "and" at token e join two halves of a company's name ("American Telephone and
 * Telegraph Company", "National Oceanic and Atmospheric Administration"): capitalised
 * words on both sides, the ones after it ending in an organisation's head word that is
 * not a legal form ("Rosetta Contributors and Canonical Ltd" are two), and before it no
 * known place or organisation ("Britain and France Trade Council"), no given name ("Zack
 * Weinberg and Free Software Foundation") and no head word after other words (a whole
 * name)? */
static int
and_company(const struct chunker *k, size_t e)
{
	size_t h;

	/* one head word alone is no whole name ("Securities and Exchange Commission"); a
	 * listed body is a whole one ("the Bundesbank and Finance Ministry") */
	if ((k->u[k->nu - 1].cls & (GZ_NAME | GZ_ORG)) || !(k->b->t[e].flags & TK_LOWER) ||
	    chunk_has(k, GZ_PERSONISH) || (k->nu > 1 && chunk_has(k, HEADS)))
		return 0;
	/* an acronym alone is a whole name too ("ICE and Border Patrol") */
	if (k->nu == 1 && k->u[0].b - k->u[0].a == 1 && (k->b->t[k->u[0].a].flags & TK_ALLCAP))
		return 0;
	h = ck_head_after_and(k->b, e);
	return h && !ck_legal_form_at(k->b, h);
}

/* The words of a body whose portfolio may be a list ("Ministry of Agriculture, Forestry
 * and Fisheries", "Committee on Banking, Housing, and Urban Affairs"). */
static const char *const list_heads[] = {
	"ministry", "department", "committee", "subcommittee", "commission", "secretariat",
	"directorate", "bureau", "agency", "office", "council", "board", "faculty", "school",
	"institute", "division", "ministries", "departments", "committees",
};

/* Is the chunk so far a body's head word of list_heads, its "of", "for" or "on", and more
 * ("Committee on Rules")? */
static int
portfolio_body(const struct chunker *k)
{
	int c;

	for (c = 1; c < k->nu && !(k->u[c].cls & GZ_CONNECTOR); c++)
		;
	return c < k->nu - 1 && k->u[c - 1].b - k->u[c - 1].a == 1 &&
	       TIS_ANY(k->b, k->u[c - 1].a, list_heads) &&
	       (tis(k->b, k->u[c].a, "of") || tis(k->b, k->u[c].a, "for") ||
		tis(k->b, k->u[c].a, "on"));
}

/* Is the word after "and" at token e a head word alone, the name's last, no body of its
 * own: a portfolio's ("Committee on Rules and Administration"; not "Department of
 * Government and Center for International Affairs")? */
static int
head_portfolio(const struct chunker *k, size_t e)
{
	const struct ex_block *b = k->b;
	const struct token *h = &b->t[e + 1];

	return (h->cls & HEADS) && !(h->cls & (GZ_NAME | GZ_PERSONISH | GZ_TITLE)) &&
	       ck_nameish(b, e + 1) && !(h->flags & TK_ALLCAP) &&
	       (e + 2 >= b->n || !ck_joined(b, e + 1) ||
		!(b->t[e + 2].flags & TK_CAP || ex_func_word(b, e + 2))) &&
	       portfolio_body(k);
}

/* Has the word of n bytes at s a digit in it? */
static int
memchr_digit(const char *s, size_t n)
{
	for (; n; n--, s++)
		if (*s >= '0' && *s <= '9')
			return 1;
	return 0;
}

/*
 * Connectors after token e-1 that may continue the chunk: returns how many connector
 * words to take (0: the chunk ends). Particles join person names; of/for/on (and "the"
 * after them), "and" after an "of" complement, and "in" after Embassy-like heads join
 * organisation, place and event names.
 */
size_t
ck_connectors(const struct chunker *k, size_t e, int *has_of)
{
	const struct ex_block *b = k->b;
	const struct token *c;

	if (e + 1 >= b->n || !ck_joined(b, e) ||
	    (!ck_joined(b, e - 1) &&	/* (but "Dr. de Klerk", "Mr. van Gogh") */
	     !(b->t[e - 1].gap == GAP_DOT && (b->t[e - 1].cls & GZ_HONORIFIC) &&
	       (b->t[e].cls & GZ_PARTICLE))))
		return 0;
	c = &b->t[e];
	if (!(c->flags & TK_LOWER) || (c->flags & TK_LOWERLINE))
		return 0;
	if (c->cls & GZ_PARTICLE) {
		/* "da", "von der", "bin": up to three particles before the next name word */
		size_t p = 0;

		while (p < 3 && e + p + 1 < b->n && (b->t[e + p].flags & TK_LOWER) &&
		       (b->t[e + p].cls & GZ_PARTICLE) && b->t[e + p].gap == GAP_SPACE)
			p++;
		if (p && e + p < b->n && ck_nameish(b, e + p) && !(b->t[e + p].cls & GZ_FUNC))
			return p;
	}
	/* "University of Texas at Austin": a campus is part of the university's name. */
	if (tis(b, e, "at") && ck_nameish(b, e + 1) && !(b->t[e + 1].cls & GZ_FUNC) &&
	    chunk_word(k, "university"))
		return 1;
	if (tis(b, e, "and") && (and_company(k, e) || ck_and_co(b, e) || ck_and_partners(k, e)))
		return 1;
	if ((c->cls & GZ_CONNECTOR) && !tis(b, e, "the") &&
	    !chunk_has(k, GZ_ORG_HEAD | GZ_PLACE_HEAD) && ck_event_after(b, e))
		return 1;
	if (!(c->cls & GZ_CONNECTOR) || !chunk_has(k, HEADS) || ck_place_closed(k) ||
	    ck_house_for(k, e))
		return 0;
	if (tis(b, e, "in"))
		return (k->u[k->nu - 1].cls & GZ_HEAD_IN) && (b->t[e + 1].cls & GZ_PLACE) &&
		       ck_nameish(b, e + 1);
	/* "Department of Health and Human Services", but not "Organization for
	 * Standardization and International Electrotechnical Commission": two words or more
	 * before a head of their own are a name of their own */
	/* ...nor "Bank of America and Wells Fargo": a listed body after "and" is another */
	if (tis(b, e, "and") && *has_of && ck_members_and(b, e))
		return 1;	/* "Alliance of Liberals and Democrats" */
	/* ...nor "Bank of Japan and Finance Ministry": a body "of" a place is whole, and a
	 * head after "and" ends a name of its own (not "Trinidad and Tobago") */
	if (tis(b, e, "and") && k->u[k->nu - 1].place >= 0 &&
	    !(k->u[k->nu - 1].cls & GZ_DEMONYM) && ck_head_after_and(b, e))
		return 0;
	if (tis(b, e, "and") && *has_of && head_portfolio(k, e))
		return 1;
	if (tis(b, e, "and"))
		return *has_of && (ck_nameish(b, e + 1) || ck_wrapped_after(b, e)) &&
		       !ck_listed_org_at(b, e + 1, k->u[k->nu - 1].place >= 0) &&
		       !(b->t[e + 1].cls & (GZ_NAME | GZ_PERSONISH | GZ_TITLE | GZ_HONORIFIC | HEADS)) &&
		       ck_head_after_and(b, e) < e + 3;
	if (tis(b, e, "the"))
		return 0;
	/* a place's head ends its name before "on": "Red Square on Victory Day" (a body's
	 * goes on: "Committee on Armed Services", but not before a code with a digit in it:
	 * "the Kennedy Space Center on STS-1") */
	if (tis(b, e, "on") &&
	    ((k->u[k->nu - 1].cls & (GZ_PLACE_HEAD | GZ_ORG_HEAD)) == GZ_PLACE_HEAD ||
	     memchr_digit(b->text + b->t[e + 1].start, b->t[e + 1].end - b->t[e + 1].start)))
		return 0;
	if (ck_nameish(b, e + 1) || ck_wrapped_after(b, e) || ck_line_of(k, e))	/* "Agency for\nCoastal ..." */
		return (size_t)(*has_of = 1);
	if (tis(b, e + 1, "the") && e + 2 < b->n && ck_joined(b, e + 1) &&
	    ck_nameish(b, e + 2))
		return (size_t)(*has_of = 2);
	return 0;
}


/* Capitalised words of a portfolio from token j: how many (0: none, or a word that is a
 * name of its own: a place, a given name, a title, a listed body or another's head, but
 * "Local Government"). */
static size_t
portfolio(const struct ex_block *b, size_t j)
{
	size_t n = 0;

	while (j + n < b->n && n < 4 && ck_nameish(b, j + n) &&
	       !(b->t[j + n].flags & TK_ALLCAP) &&
	       !(b->t[j + n].cls & (GZ_NAME | GZ_FIRST | GZ_FF | GZ_TITLE | GZ_HONORIFIC |
				    GZ_MONTH | GZ_WEEKDAY)) &&
	       (!(b->t[j + n].cls & HEADS) || tis(b, j + n, "government"))) {
		n++;
		if (!ck_joined(b, j + n - 1))
			break;
	}
	return n && (j + n >= b->n || !ck_joined(b, j + n - 1) ||
		     !(b->t[j + n].flags & TK_CAP)) ? n : 0;
}

/*
 * Does the body's name gathered in k go on after the comma that follows token e-1, as a
 * list of its portfolios ended by "and" ("Ministry of Agriculture, Forestry and
 * Fisheries")? Returns the token after the list's last word, or 0. The chunk so far must
 * be a listed body's head, its "of", "for" or "on", and a word; each item is one to four
 * capitalised words that are no name of their own ("the Ministry of Defence, John Smith
 * and ..." is a list of names).
 */
size_t
ck_comma_list(const struct chunker *k, size_t e)
{
	const struct ex_block *b = k->b;
	size_t j = e, n, items = 0;

	if (e >= b->n || b->t[e - 1].gap != GAP_COMMA || k->nu < 3 || !portfolio_body(k))
		return 0;
	while (items < 6) {
		if (tis(b, j, "and") && items && j + 1 < b->n && ck_joined(b, j))
			return (n = portfolio(b, j + 1)) ? j + 1 + n : 0;
		if (!(n = portfolio(b, j)))
			return 0;
		j += n, items++;
		if (ck_joined(b, j - 1) && tis(b, j, "and"))
			continue;
		if (b->t[j - 1].gap != GAP_COMMA)
			return 0;
	}
	return 0;
}
