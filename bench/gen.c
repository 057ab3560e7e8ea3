/* gen.c -- reproducible corpus of synthetic news articles for bench/ (plain text and maildir). MIT licence. */
/*
 * Usage: gen -n N -s SEED [-o DIR] [-m MAILDIR] [-L KB]
 *
 * Writes N articles, as DIR/batch-NNN/NNNNNN.txt (1000 a folder) and/or as one message a
 * file in MAILDIR/cur (with From, To, Subject, Date and Message-ID headers above the same
 * text). The output depends only on N, SEED and -L: the same arguments give byte-identical
 * files, and article i is the same whatever N is (a 10k corpus is the first tenth of the
 * 100k one with the same seed). Article 0 is the long one (-L KB, default 300) and carries
 * the newest date, so it is at the top of a list sorted by date.
 *
 * Each file's mtime is its article's date (an article without a date line is dated by it).
 * Every other article is 2-8 KB: a title line, a date line in one of several formats,
 * sometimes a source line ("- Anadolu Agency", "By Reuters", "MOSCOW (AP) —"), then
 * paragraphs of words drawn from a Zipf-distributed vocabulary (common English words,
 * then a few thousand pseudo-words, a few rare English words among them) with people,
 * organisations and places drawn (Zipf again) from a few thousand synthetic names, accents
 * included, plus the odd #hashtag, @handle, URL, sum of money and date.
 * Prints "articles N bytes B" (bytes of the .txt files) on standard output.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define NPSEUDO 5000		/* pseudo-words in the vocabulary */
#define NPERSONS 3000		/* synthetic people */
#define NORGS 1500		/* synthetic organisations */
#define DAYS 396		/* article dates: 2025-01-01 .. 2026-01-31 */

/* ---- random numbers: splitmix64, one stream per article ---- */

static uint64_t
rnd(uint64_t *s)
{
	uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n). */
static size_t
pick(uint64_t *s, size_t n)
{
	return (size_t)(((rnd(s) >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [0, 1). */
static double
unit(uint64_t *s)
{
	return (double)(rnd(s) >> 11) * (1.0 / 9007199254740992.0);
}

/* True with probability p. */
static int
chance(uint64_t *s, double p)
{
	return unit(s) < p;
}

/* ---- Zipf sampling over ranks 0..n-1: weight 1/(rank+q)^e ---- */

struct zipf {
	uint32_t *cdf;		/* owned; cumulative weights scaled to 2^32 - 1 */
	size_t n;
};

static void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		fputs("gen: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static void
zipf_init(struct zipf *z, size_t n, double q, double e)
{
	double *w = xmalloc(n * sizeof *w), sum = 0, acc = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		w[i] = 1.0 / pow((double)i + q, e);
		sum += w[i];
	}
	z->cdf = xmalloc(n * sizeof *z->cdf);
	z->n = n;
	for (i = 0; i < n; i++) {
		acc += w[i];
		z->cdf[i] = (uint32_t)(acc / sum * 4294967295.0);
	}
	z->cdf[n - 1] = UINT32_MAX;
	free(w);
}

static size_t
zipf_pick(const struct zipf *z, uint64_t *s)
{
	uint32_t u = (uint32_t)(rnd(s) >> 32);
	size_t lo = 0, hi = z->n - 1;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (z->cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ---- word lists ---- */

#define N(a) (sizeof (a) / sizeof (a)[0])

/* Common English words, most frequent first, then news words. */
static const char *const english[] = {
	"the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "was", "with", "he",
	"it", "as", "said", "by", "at", "from", "his", "an", "be", "has", "have", "are", "this",
	"not", "but", "had", "they", "its", "were", "which", "after", "who", "their", "been",
	"will", "would", "also", "more", "or", "one", "about", "new", "than", "two", "up", "out",
	"year", "over", "she", "her", "there", "when", "all", "into", "we", "last", "against",
	"government", "could", "first", "other", "some", "people", "what", "can", "no", "if",
	"president", "minister", "country", "under", "before", "while", "them", "only", "years",
	"three", "state", "week", "between", "so", "officials", "told", "most", "since", "may",
	"any", "because", "security", "foreign", "during", "national", "our", "public", "where",
	"percent", "talks", "military", "officials", "former", "made", "both", "several", "well",
	"economic", "international", "agreement", "according", "statement", "further", "being",
	"support", "cooperation", "meeting", "told", "reporters", "countries", "relations",
	"leader", "leaders", "policy", "power", "energy", "oil", "gas", "prices", "market",
	"trade", "sanctions", "sanction", "sanctioned", "election", "elections", "vote", "votes",
	"parliament", "opposition", "party", "court", "law", "police", "forces", "attack",
	"attacks", "war", "peace", "ceasefire", "border", "region", "regional", "crisis",
	"situation", "pressure", "issues", "issue", "interests", "strategic", "partnership",
	"bilateral", "visit", "summit", "delegation", "spokesperson", "spokesman", "ministry",
	"agency", "council", "committee", "report", "reports", "reported", "according", "data",
	"growth", "inflation", "budget", "debt", "investment", "investors", "company", "companies",
	"bank", "banks", "central", "rate", "rates", "billion", "million", "deal", "plan", "plans",
	"project", "projects", "infrastructure", "development", "climate", "water", "food",
	"health", "hospital", "schools", "students", "workers", "union", "strike", "protest",
	"protests", "demonstrators", "rights", "human", "humanitarian", "aid", "refugees",
	"migrants", "migration", "authorities", "investigation", "charges", "trial", "judge",
	"prosecutors", "corruption", "fraud", "reform", "reforms", "tax", "taxes", "exports",
	"imports", "tariffs", "production", "industry", "technology", "digital", "network",
	"internet", "cyber", "satellite", "space", "nuclear", "weapons", "missile", "drone",
	"drones", "navy", "army", "troops", "soldiers", "defence", "defense", "alliance",
	"treaty", "negotiations", "dialogue", "diplomatic", "diplomats", "embassy", "ambassador",
	"sovereignty", "independence", "constitution", "referendum", "campaign", "candidate",
	"candidates", "coalition", "cabinet", "mayor", "governor", "province", "city", "capital",
	"village", "residents", "community", "local", "media", "press", "television", "radio",
	"newspaper", "interview", "conference", "announced", "announcement", "expected",
	"continue", "continued", "remain", "remains", "important", "significant", "major",
	"recent", "current", "future", "long", "short", "high", "higher", "low", "lower",
	"increase", "increased", "decline", "fell", "rose", "record", "level", "levels",
	"despite", "amid", "following", "ahead", "however", "although", "though", "without",
	"within", "across", "around", "through", "among", "until", "next", "early", "late",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
	"evening", "night", "day", "days", "month", "months", "time", "times", "world", "global",
	"europe", "asia", "africa", "americas", "western", "eastern", "northern", "southern",
	"storm", "flood", "floods", "earthquake", "wildfire", "heat", "drought", "harvest",
	"farmers", "wheat", "grain", "fertiliser", "shipping", "port", "ports", "railway",
	"pipeline", "electricity", "grid", "solar", "wind", "coal", "mining", "minerals",
	"lithium", "copper", "gold", "currency", "dollar", "euro", "exchange", "stock", "shares",
	"profit", "losses", "revenue", "contract", "contracts", "tender", "consortium", "merger",
	"acquisition", "regulator", "regulators", "rules", "ban", "approved", "approval",
	"rejected", "signed", "launched", "opened", "closed", "warned", "called", "urged",
	"added", "noted", "stressed", "confirmed", "denied", "accused", "claimed", "insisted",
	"believe", "think", "know", "say", "says", "see", "make", "take", "give", "need",
	"want", "help", "work", "working", "work", "shows", "show", "set", "part", "number",
	"group", "groups", "members", "member", "head", "chief", "director", "adviser",
	"official", "senior", "deputy", "secretary", "general", "executive", "board", "fund",
	"funds", "funding", "costs", "cost", "price", "supply", "supplies", "demand", "shortage",
	"shortages", "emergency", "response", "measures", "steps", "action", "actions",
	"efforts", "effort", "approach", "framework", "mechanism", "initiative", "programme",
	"strategy", "vision", "goal", "goals", "targets", "target", "progress", "results",
	"result", "impact", "effect", "effects", "risk", "risks", "threat", "threats",
	"concern", "concerns", "questions", "answer", "answers", "evidence", "sources",
	"source", "document", "documents", "letter", "decree", "order", "orders", "decision",
	"decisions", "proposal", "proposals", "bill", "legislation", "amendment", "session",
	"hearing", "inquiry", "audit", "review", "study", "survey", "poll", "polls", "analysts",
	"experts", "economists", "observers", "critics", "supporters", "voters", "citizens",
	"families", "children", "women", "men", "youth", "elderly", "patients", "doctors",
	"nurses", "teachers", "journalists", "lawyers", "engineers", "scientists", "researchers",
};

/* Phrases that news text repeats. */
static const char *const colloc[] = {
	"foreign minister", "prime minister", "central bank", "security council",
	"human rights", "interest rates", "climate change", "trade deal", "press conference",
	"according to the", "the United Nations Security Council", "foreign ministry",
	"state media", "armed forces", "supply chains", "energy security",
};

/* Rare English words placed in the tail of the vocabulary. */
static const char *const rare[] = {
	"zeppelin", "quorum", "marmalade", "xylophone", "labyrinth", "obsidian", "gondola",
	"tapestry", "juniper", "meridian", "pelican", "sextant", "trombone", "verdigris",
	"walrus", "yodel", "zenith", "bramble", "cinnabar", "dulcimer",
};

static const char *const syll[] = {
	"ka", "lo", "mi", "ten", "var", "dor", "sel", "qui", "ban", "ro", "tu", "nel", "pra",
	"vin", "sho", "gal", "ber", "ti", "mun", "dra", "fe", "lis", "cor", "pe", "zan", "hol",
	"ki", "mar", "wen", "tor", "ula", "en", "ost", "ri", "san", "bel", "ko", "vu", "thal",
	"gre", "dun", "ly", "mes", "pha", "rin", "cha", "sto", "ve", "nar", "ju",
};

/* First names and surnames by culture; a few cultures write the surname first. */
struct culture {
	const char *const *first;
	size_t nfirst;
	const char *const *last;
	size_t nlast;
	int surname_first;
};

static const char *const es_first[] = { "Nicolás", "José", "María", "Lucía", "Andrés",
	"Sebastián", "Martín", "Ramón", "Inés", "Álvaro", "Sofía", "Joaquín", "Camila",
	"Tomás", "Valentina", "Julián", "Mariana", "Íñigo", "Begoña", "Raúl" };
static const char *const es_last[] = { "García", "Fernández", "Rodríguez", "López", "Martínez",
	"Sánchez", "Pérez", "Gómez", "Díaz", "Hernández", "Muñoz", "Jiménez", "Álvarez",
	"Ibáñez", "Castañeda", "Ordóñez", "Peña", "Núñez", "Ferreira", "Gonçalves" };
static const char *const de_first[] = { "Jürgen", "Günter", "Jörg", "Sören", "Anke",
	"Bärbel", "Matthias", "Katrin", "Lukas", "Hannah", "Maximilian", "Jürgen", "Uwe",
	"Dörte", "Felix", "Annika" };
static const char *const de_last[] = { "Müller", "Schäfer", "Schröder", "Köhler", "Weiß",
	"Krüger", "Hoffmann", "Wagner", "Becker", "Jäger", "Groß", "Bäcker", "Hartmann",
	"Vogt", "Lübke", "Zöllner" };
static const char *const nord_first[] = { "Søren", "Bjørn", "Åsa", "Ingrid", "Mikkel",
	"Sigrún", "Jóhann", "Astrid", "Henrik", "Øystein", "Linnéa", "Kristján", "Freja",
	"Ólafur" };
static const char *const nord_last[] = { "Lindqvist", "Søndergaard", "Kristiansen",
	"Åberg", "Sigurðsson", "Jóhannsdóttir", "Halvorsen", "Nyström", "Løvås", "Bergström",
	"Ødegaard", "Virtanen", "Mäkinen", "Häkkinen" };
static const char *const pl_first[] = { "Łukasz", "Małgorzata", "Wojciech", "Zofia",
	"Agnieszka", "Paweł", "Krzysztof", "Jiří", "Tomáš", "Zuzana", "Dušan", "Barbora",
	"Michał", "Jolanta" };
static const char *const pl_last[] = { "Nowakowski", "Wiśniewski", "Kowalczyk",
	"Wójcik", "Zieliński", "Dvořák", "Novák", "Černý", "Procházková", "Horváth", "Szabó",
	"Kovačević", "Petrović", "Błaszczyk" };
static const char *const fr_first[] = { "François", "Hélène", "Zoé", "Jérôme", "Anaïs",
	"Loïc", "Cécile", "Gaël", "Maëlle", "Benoît", "Léa", "Stéphane", "Zoë", "Noémie" };
static const char *const fr_last[] = { "Lefèvre", "Béranger", "Dubois", "Moreau",
	"Lévesque", "Mercier", "Giraud", "Rousseau", "Fontaine", "Chevalier", "Girard",
	"Leclerc", "Bélanger", "Gauthier" };
static const char *const tr_first[] = { "Çağlar", "Gülşen", "Şükrü", "Ömer", "Ayşe",
	"Mehmet", "Elif", "İbrahim", "Özlem", "Burak", "Zeynep", "Uğur" };
static const char *const tr_last[] = { "Öztürk", "Yılmaz", "Çelik", "Şahin", "Doğan",
	"Kaya", "Aydın", "Özdemir", "Arslan", "Koç", "Kılıç", "Erdoğan" };
static const char *const ru_first[] = { "Vladimir", "Dmitry", "Sergei", "Yulia",
	"Anastasia", "Oleksandr", "Olena", "Mikhail", "Irina", "Andrei", "Tatiana", "Nikolai",
	"Yevgeny", "Svetlana" };
static const char *const ru_last[] = { "Ivanov", "Petrova", "Sokolov", "Kuznetsova",
	"Volkov", "Morozov", "Lebedeva", "Kovalenko", "Shevchenko", "Bondarenko", "Orlov",
	"Zakharova", "Belov", "Fedorova" };
static const char *const ar_first[] = { "Ahmed", "Fatima", "Omar", "Layla", "Youssef",
	"Mariam", "Khalid", "Noor", "Hassan", "Rania", "Tariq", "Samira" };
static const char *const ar_last[] = { "Haddad", "Al-Masri", "Khoury", "Mansour",
	"Al-Rashid", "Nasser", "Saleh", "Abdullah", "Hamdan", "Farouk", "Qasim", "Aziz" };
static const char *const af_first[] = { "Chinedu", "Amara", "Kwame", "Ngozi", "Thabo",
	"Aïssata", "Oumar", "Wanjiru", "Kofi", "Adaeze", "Sékou", "Nomvula" };
static const char *const af_last[] = { "Okonkwo", "Mensah", "Diallo", "Traoré", "Nkosi",
	"Kamau", "Adeyemi", "Boateng", "Touré", "Mbeki", "Ndiaye", "Otieno" };
static const char *const in_first[] = { "Priya", "Arjun", "Ananya", "Rahul", "Kavya",
	"Vikram", "Sneha", "Rohan", "Aditi", "Sanjay" };
static const char *const in_last[] = { "Sharma", "Iyer", "Patel", "Reddy", "Banerjee",
	"Nair", "Chatterjee", "Gupta", "Menon", "Desai" };
static const char *const en_first[] = { "James", "Sarah", "Michael", "Emily", "David",
	"Laura", "Robert", "Olivia", "Thomas", "Grace", "William", "Chloe", "Daniel", "Megan" };
static const char *const en_last[] = { "Smith", "Johnson", "O'Brien", "MacLeod",
	"Thompson", "Walker", "Harris", "Clarke", "Bennett", "Fitzgerald", "Hughes", "Turner",
	"Wright", "Carter" };
/* Vietnamese and Chinese: surname first. */
static const char *const vi_first[] = { "Văn Minh", "Thị Lan", "Đức Huy", "Thị Hương",
	"Quốc Bảo", "Ngọc Anh", "Minh Tuấn", "Thu Trang", "Hoàng Nam", "Phương Linh" };
static const char *const vi_last[] = { "Đặng", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
	"Huỳnh", "Võ", "Đỗ", "Bùi" };
static const char *const zh_first[] = { "Wei", "Yiming", "Xiaoling", "Jianguo", "Mei",
	"Haoran", "Lihua", "Zhiwei", "Yan", "Qiang" };
static const char *const zh_last[] = { "Wang", "Li", "Zhang", "Liu", "Chen", "Yang",
	"Zhao", "Huang", "Zhou", "Wu" };

#define CULT(f, l, sf) { f, N(f), l, N(l), sf }
static const struct culture cultures[] = {
	CULT(es_first, es_last, 0), CULT(de_first, de_last, 0), CULT(nord_first, nord_last, 0),
	CULT(pl_first, pl_last, 0), CULT(fr_first, fr_last, 0), CULT(tr_first, tr_last, 0),
	CULT(ru_first, ru_last, 0), CULT(ar_first, ar_last, 0), CULT(af_first, af_last, 0),
	CULT(in_first, in_last, 0), CULT(en_first, en_last, 0), CULT(vi_first, vi_last, 1),
	CULT(zh_first, zh_last, 1),
};

/* The most mentioned people (ranks 0..): fixed, so that the query mix can name them. */
static const char *const famous[][2] = {
	{ "Nicolás", "Ferreira" }, { "Søren", "Lindqvist" }, { "Zoë", "Hartmann" },
	{ "Łukasz", "Nowakowski" }, { "Đặng Văn", "Minh" }, { "Amara", "Okonkwo" },
	{ "Çağlar", "Öztürk" }, { "Hélène", "Béranger" }, { "Yulia", "Sokolov" },
	{ "Priya", "Iyer" },
};

static const char *const org_fixed[] = {
	"United Nations", "European Union", "NATO", "World Bank", "International Monetary Fund",
	"World Health Organization", "African Union", "Red Cross", "OPEC", "Amnesty International",
};
static const char *const ministries[] = {
	"Energy", "Finance", "Defence", "Foreign Affairs", "Health", "Education", "Agriculture",
	"Transport", "Justice", "the Interior", "Trade", "Labour", "Culture", "Environment",
	"Fisheries", "Digital Affairs", "Economy", "Tourism", "Water Resources", "Housing",
};
static const char *const org_pre[] = {
	"National", "Federal", "European", "Regional", "International", "Central", "Nordic",
	"Pacific", "Atlantic", "Andean", "Baltic", "Caspian", "Danubian", "Sahel", "Mekong",
};
static const char *const org_mid[] = {
	"Energy", "Water", "Space", "Maritime", "Statistics", "Cyber Security", "Food Safety",
	"Nuclear", "Railway", "Aviation", "Medicines", "Competition", "Data Protection",
	"Migration", "Meteorological", "Forestry", "Mining", "Telecommunications", "Grid",
	"Climate",
};
static const char *const org_head[] = {
	"Agency", "Authority", "Commission", "Institute", "Council", "Bank", "Corporation",
	"Foundation", "Board", "Office",
};
static const char *const company_tail[] = {
	"Holdings", "Group", "Energy", "Logistics", "Capital", "Mining", "Systems", "Motors",
	"Pharma", "Telecom",
};

static const char *const countries[] = {
	"Russia", "China", "United States", "Venezuela", "Cuba", "Iran", "Ukraine", "Türkiye",
	"Germany", "France", "Brazil", "India", "Japan", "South Korea", "Mexico", "Colombia",
	"Argentina", "Chile", "Peru", "Bolivia", "Ecuador", "Nigeria", "Kenya", "Ethiopia",
	"Egypt", "Morocco", "Algeria", "Tunisia", "Senegal", "Ghana", "South Africa",
	"Côte d'Ivoire", "Mali", "Niger", "Sudan", "Saudi Arabia", "Qatar", "Israel", "Jordan",
	"Lebanon", "Syria", "Iraq", "Pakistan", "Afghanistan", "Bangladesh", "Sri Lanka",
	"Indonesia", "Malaysia", "Vietnam", "Thailand", "Philippines", "Australia",
	"New Zealand", "Canada", "United Kingdom", "Ireland", "Spain", "Portugal", "Italy",
	"Greece", "Poland", "Czechia", "Hungary", "Romania", "Bulgaria", "Serbia", "Croatia",
	"Norway", "Sweden", "Finland", "Denmark", "Iceland", "Estonia", "Latvia", "Lithuania",
	"Belarus", "Moldova", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Uzbekistan",
	"Mongolia", "Nepal", "Myanmar", "Cambodia", "Laos", "Panama", "Costa Rica", "Nicaragua",
	"Honduras", "Guatemala", "Haiti", "Dominican Republic", "Jamaica", "Paraguay",
	"Uruguay", "Switzerland", "Austria", "Belgium", "Netherlands", "Luxembourg",
};
static const char *const cities[] = {
	"Moscow", "Beijing", "Washington", "Caracas", "Havana", "Tehran", "Kyiv", "Ankara",
	"Berlin", "Paris", "Brasília", "New Delhi", "Tokyo", "Seoul", "Mexico City", "Bogotá",
	"Buenos Aires", "Santiago", "Lima", "La Paz", "Quito", "Abuja", "Lagos", "Nairobi",
	"Addis Ababa", "Cairo", "Rabat", "Algiers", "Dakar", "Accra", "Johannesburg",
	"Abidjan", "Bamako", "Khartoum", "Riyadh", "Doha", "Amman", "Beirut", "Damascus",
	"Baghdad", "Islamabad", "Kabul", "Dhaka", "Colombo", "Jakarta", "Kuala Lumpur",
	"Hanoi", "Hồ Chí Minh City", "Bangkok", "Manila", "Sydney", "Wellington", "Ottawa",
	"London", "Dublin", "Madrid", "Lisbon", "Rome", "Athens", "Warsaw", "Kraków", "Prague",
	"Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Oslo", "Stockholm", "Helsinki",
	"Copenhagen", "Reykjavík", "Tallinn", "Riga", "Vilnius", "Minsk", "Tbilisi", "Yerevan",
	"Baku", "Astana", "Tashkent", "Samarkand", "Ulaanbaatar", "Kathmandu", "Geneva",
	"Zürich", "Vienna", "Brussels", "Amsterdam", "São Paulo", "Rio de Janeiro", "Medellín",
	"Montréal", "Québec", "Köln", "München", "Malmö", "Gdańsk", "Łódź", "İstanbul",
	"Thessaloníki", "Valparaíso", "Curaçao", "Düsseldorf",
};

/* News outlets: some the article parser knows, some that only look like one. */
static const char *const outlets[] = {
	"Reuters", "AP", "AFP", "Anadolu Agency", "Xinhua", "TASS", "Al Jazeera", "The Guardian",
	"BBC News", "Bloomberg", "Prensa Latina", "Deutsche Welle", "Euronews", "Kyodo",
	"Yonhap", "The Moscow Times", "The Baltic Herald", "Andean Post", "The Sahel Tribune",
	"Danube Press", "The Mekong Chronicle", "Caspian News", "Pacific Daily Journal",
	"The Nordic Observer",
};
static const char *const wire[] = { "AP", "Reuters", "AFP" };
static const char *const sections[] = { "World", "Politics", "Business", "Europe",
	"Americas", "Asia", "Africa", "Middle East", "Economy", "Energy" };
static const char *const roles[] = { "spokesperson", "minister", "director", "chief economist",
	"senior adviser", "head", "president", "deputy director", "secretary general",
	"chairman", "ambassador", "analyst" };
static const char *const months[] = { "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December" };
static const char *const mon_abbr[] = { "Jan.", "Feb.", "March", "April", "May", "June",
	"July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec." };
static const char *const mon3[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
	"Sep", "Oct", "Nov", "Dec" };
static const char *const wdays[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday" };
static const char *const wd3[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const char *const said[] = { "said", "said", "said", "told reporters", "added",
	"noted", "stressed", "warned", "said in a statement", "wrote on Telegram" };

/* ---- the name pools (fixed: they do not depend on the seed) ---- */

struct person {
	char *full;		/* "Nicolás Ferreira" */
	const char *last;	/* "Ferreira" (for later mentions) */
};

static const char *vocab[NPSEUDO + N(english) + N(rare)];
static size_t nvocab;
static struct person persons[NPERSONS];
static char *orgs[NORGS];
static const char *places[N(countries) + N(cities)];
static size_t nplaces;
static struct zipf zwords, zpersons, zorgs, zplaces, zoutlets;

static char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

static char *
fmt(const char *f, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, f);
	vsnprintf(buf, sizeof buf, f, ap);
	va_end(ap);
	return xstrdup(buf);
}

static char *
pseudo_word(uint64_t *s, int cap)
{
	char buf[64];
	size_t n = 0, k, i = 2 + pick(s, 3) - (chance(s, 0.3) ? 1 : 0);

	for (k = 0; k < i; k++) {
		const char *y = syll[pick(s, N(syll))];

		memcpy(buf + n, y, strlen(y));
		n += strlen(y);
	}
	buf[n] = '\0';
	if (cap)
		buf[0] = (char)(buf[0] - 'a' + 'A');
	return xstrdup(buf);
}

static void
pools_init(void)
{
	uint64_t s = 0x5EED0F0CAB;	/* fixed: names and words are the same for every seed */
	size_t i;

	for (i = 0; i < N(english); i++)
		vocab[nvocab++] = english[i];
	for (i = 0; i < NPSEUDO; i++) {
		if (i == NPSEUDO / 2) {
			size_t j;

			for (j = 0; j < N(rare); j++)
				vocab[nvocab++] = rare[j];
		}
		vocab[nvocab++] = pseudo_word(&s, 0);
	}
	for (i = 0; i < NPERSONS; i++) {
		const struct culture *c = &cultures[pick(&s, N(cultures))];
		const char *f = c->first[pick(&s, c->nfirst)], *l = c->last[pick(&s, c->nlast)];

		if (i < N(famous)) {
			f = famous[i][0];
			l = famous[i][1];
			c = &cultures[0];
		}
		if (c->surname_first) {
			persons[i].full = fmt("%s %s", l, f);
			persons[i].last = persons[i].full;	/* always the full name */
		} else {
			persons[i].full = fmt("%s %s", f, l);
			persons[i].last = persons[i].full + strlen(f) + 1;
		}
	}
	for (i = 0; i < NORGS; i++) {
		if (i < N(org_fixed))
			orgs[i] = xstrdup(org_fixed[i]);
		else if (i % 4 == 0)
			orgs[i] = fmt("Ministry of %s", ministries[pick(&s, N(ministries))]);
		else if (i % 4 == 1) {
			char *w = pseudo_word(&s, 1);

			orgs[i] = fmt("%s %s", w, company_tail[pick(&s, N(company_tail))]);
			free(w);
		} else
			orgs[i] = fmt("%s %s %s", org_pre[pick(&s, N(org_pre))],
				      org_mid[pick(&s, N(org_mid))], org_head[pick(&s, N(org_head))]);
	}
	/* countries and cities interleaved so both are among the frequent places */
	for (i = 0; i < N(countries) || i < N(cities); i++) {
		if (i < N(countries))
			places[nplaces++] = countries[i];
		if (i < N(cities))
			places[nplaces++] = cities[i];
	}
	zipf_init(&zwords, nvocab, 2.7, 1.0);
	zipf_init(&zpersons, NPERSONS, 1.5, 1.0);
	zipf_init(&zorgs, NORGS, 1.5, 1.0);
	zipf_init(&zplaces, nplaces, 1.5, 1.0);
	zipf_init(&zoutlets, N(outlets), 1.0, 1.0);
}

/* ---- the article text ---- */

struct buf {
	char *d;
	size_t len, cap;
};

static void
put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		while (b->len + n + 1 > b->cap)
			b->cap = b->cap ? b->cap * 2 : 65536;
		b->d = realloc(b->d, b->cap);
		if (!b->d) {
			fputs("gen: out of memory\n", stderr);
			exit(1);
		}
	}
	memcpy(b->d + b->len, s, n);
	b->len += n;
}

static void
puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

static void
putf(struct buf *b, const char *f, ...)
{
	char tmp[512];
	va_list ap;
	int n;

	va_start(ap, f);
	n = vsnprintf(tmp, sizeof tmp, f, ap);
	va_end(ap);
	if (n > 0)
		put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* A word with its first letter in capitals (ASCII words only; names are capitalised). */
static void
put_cap(struct buf *b, const char *w)
{
	char c = w[0];

	if (c >= 'a' && c <= 'z')
		c = (char)(c - 'a' + 'A');
	put(b, &c, 1);
	puts_(b, w + 1);
}

struct date {
	int y, m, d, wday;	/* m 0..11, wday 0 = Monday */
	int hh, mm;
	int off;		/* days since 2025-01-01 */
};

static void
date_of(int off, struct date *dt)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = 2025, m = 0, d = off;

	dt->off = off;
	dt->wday = (2 + off) % 7;	/* 2025-01-01 was a Wednesday */
	while (d >= mdays[m]) {
		d -= mdays[m];
		if (++m == 12) {
			m = 0;
			y++;
		}
	}
	dt->y = y;
	dt->m = m;
	dt->d = d + 1;
}

/* The people, organisations and places an article is about. */
struct cast {
	size_t person[6], nperson;
	int named[6];		/* full name already used */
	size_t org[4], norg;
	size_t place[4], nplace;
};

static void
put_person(struct buf *b, struct cast *c, uint64_t *s)
{
	size_t k;

	if (chance(s, 0.1)) {
		puts_(b, persons[zipf_pick(&zpersons, s)].full);
		return;
	}
	k = pick(s, c->nperson);
	if (!c->named[k] || chance(s, 0.25)) {
		puts_(b, persons[c->person[k]].full);
		c->named[k] = 1;
	} else {
		puts_(b, persons[c->person[k]].last);
	}
}

static void
put_org(struct buf *b, struct cast *c, uint64_t *s)
{
	const char *o = orgs[chance(s, 0.15) ? zipf_pick(&zorgs, s) : c->org[pick(s, c->norg)]];

	if (!strncmp(o, "Ministry", 8) || !strncmp(o, "United", 6) || !strncmp(o, "European", 8) ||
	    !strncmp(o, "World", 5) || !strncmp(o, "International", 13) || !strncmp(o, "Red", 3))
		puts_(b, "the ");
	puts_(b, o);
}

static void
put_place(struct buf *b, struct cast *c, uint64_t *s)
{
	puts_(b, places[chance(s, 0.15) ? zipf_pick(&zplaces, s) : c->place[pick(s, c->nplace)]]);
}

static void
put_money(struct buf *b, uint64_t *s)
{
	static const char *const cur[] = { "$", "$", "$", "€", "£" };
	static const char *const big[] = { "million", "billion", "million", "trillion" };

	if (chance(s, 0.2))
		putf(b, "%zu,%03zu dollars", 1 + pick(s, 99), pick(s, 1000));
	else
		putf(b, "%s%zu.%zu %s", cur[pick(s, N(cur))], 1 + pick(s, 400), pick(s, 10),
		     big[pick(s, N(big))]);
}

static void
put_inline_date(struct buf *b, uint64_t *s)
{
	struct date dt;

	date_of((int)pick(s, DAYS), &dt);
	switch (pick(s, 3)) {
	case 0: putf(b, "%d %s %d", dt.d, months[dt.m], dt.y); break;
	case 1: putf(b, "%s %d", months[dt.m], dt.d); break;
	default: putf(b, "%s %d, %d", mon_abbr[dt.m], dt.d, dt.y); break;
	}
}

/* Words from the vocabulary; names, sums, dates and set phrases now and then. The first
 * word is in capitals with cap_first; without it, it is not a name. */
static void
put_words(struct buf *b, struct cast *c, uint64_t *s, size_t n, int cap_first)
{
	size_t i;
	int name = !cap_first;	/* a name just before: never two in a row (they read as one) */

	for (i = 0; i < n; i++) {
		double r = name ? 1.0 : unit(s);

		if (i)
			put(b, " ", 1);
		name = r < 0.075;
		if (r < 0.035)
			put_person(b, c, s);
		else if (r < 0.06)
			put_place(b, c, s);
		else if (r < 0.075)
			put_org(b, c, s);
		else if (r < 0.078)
			put_money(b, s);
		else if (r < 0.080)
			put_inline_date(b, s);
		else if (r < 0.095 && i == 0 && cap_first)
			put_cap(b, colloc[pick(s, N(colloc))]);
		else if (r < 0.095)
			puts_(b, colloc[pick(s, N(colloc))]);
		else if (i == 0 && cap_first)
			put_cap(b, vocab[zipf_pick(&zwords, s)]);
		else
			puts_(b, vocab[zipf_pick(&zwords, s)]);
		if (i + 1 < n && chance(s, 0.06))
			put(b, ",", 1);
	}
}

static void
put_sentence(struct buf *b, struct cast *c, uint64_t *s)
{
	size_t n = 6 + pick(s, 20);

	switch (pick(s, 10)) {
	case 0:		/* “...,” Person said. */
		puts_(b, "“");
		put_words(b, c, s, n, 1);
		puts_(b, ",” ");
		put_person(b, c, s);
		putf(b, " %s.", said[pick(s, N(said))]);
		return;
	case 1:		/* Person, role of the Org, said ... */
		put_person(b, c, s);
		putf(b, ", %s of ", roles[pick(s, N(roles))]);
		put_org(b, c, s);
		putf(b, ", %s ", said[pick(s, 3)]);
		put_words(b, c, s, n, 0);
		puts_(b, ".");
		return;
	case 2:		/* In Place, ... */
		puts_(b, "In ");
		put_place(b, c, s);
		puts_(b, ", ");
		put_words(b, c, s, n, 0);
		puts_(b, ".");
		return;
	default:
		put_words(b, c, s, n, 1);
		puts_(b, ".");
		return;
	}
}

static void
put_title(struct buf *b, struct cast *c, uint64_t *s)
{
	size_t n = 4 + pick(s, 7);

	switch (pick(s, 4)) {
	case 0:
		put_place(b, c, s);
		puts_(b, " and ");
		put_place(b, c, s);
		puts_(b, " ");
		put_words(b, c, s, n, 0);
		break;
	case 1:
		put_person(b, c, s);
		puts_(b, " says ");
		put_words(b, c, s, n, 0);
		break;
	default:
		put_words(b, c, s, n, 1);
		break;
	}
	puts_(b, "\n");
}

/* Article i into b; its date into *dt; its outlet (or NULL) into *outlet; title bytes. */
static void
article(struct buf *b, uint64_t seed, size_t i, size_t long_kb, struct date *dt,
	const char **outlet, size_t *title_len)
{
	uint64_t s = seed * 0x9E3779B97F4A7C15ULL + i * 0xD1B54A32D192ED03ULL + 1;
	size_t target, k, para = 0, start, dform, nform;
	int blank = chance(&s, 0.5), wire_lead = 0;
	struct cast c;

	rnd(&s);
	memset(&c, 0, sizeof c);
	c.nperson = 2 + pick(&s, 5);
	for (k = 0; k < c.nperson; k++)
		c.person[k] = zipf_pick(&zpersons, &s);
	c.norg = 1 + pick(&s, 4);
	for (k = 0; k < c.norg; k++)
		c.org[k] = zipf_pick(&zorgs, &s);
	c.nplace = 1 + pick(&s, 4);
	for (k = 0; k < c.nplace; k++)
		c.place[k] = zipf_pick(&zplaces, &s);
	date_of(i == 0 ? DAYS + 13 : (int)pick(&s, DAYS), dt);	/* the long one is newest */
	dt->hh = (int)pick(&s, 24);
	dt->mm = (int)pick(&s, 60);
	target = i == 0 ? long_kb * 1024 : 2048 + (size_t)(6144.0 * pow(unit(&s), 1.2));

	start = b->len;
	if (i == 0)
		puts_(b, "Long read: ");
	put_title(b, &c, &s);
	*title_len = b->len - start - 1;
	*outlet = NULL;
	dform = pick(&s, 10);
	nform = pick(&s, 10);
	if (nform < 3) {	/* "- Section" / "- Outlet" / "- Published Date: ..." block */
		*outlet = outlets[zipf_pick(&zoutlets, &s)];
		putf(b, "- %s\n- %s\n", sections[pick(&s, N(sections))], *outlet);
		if (dform < 8) {
			putf(b, "- Published Date: %02d:%02d | %d %s %d\n", dt->hh, dt->mm, dt->d,
			     months[dt->m], dt->y);
			putf(b, "- Modified Date: %02d:%02d | %d %s %d\n", dt->hh, (dt->mm + 7) % 60,
			     dt->d, months[dt->m], dt->y);
		}
	} else {
		switch (dform) {
		case 0: case 1: putf(b, "%s %d, %d\n", months[dt->m], dt->d, dt->y); break;
		case 2: putf(b, "date %d-%02d-%02d\n", dt->y, dt->m + 1, dt->d); break;
		case 3: putf(b, "%s, %s %d, %d\n", wdays[dt->wday], months[dt->m], dt->d, dt->y); break;
		case 4: putf(b, "%d %s %d\n", dt->d, months[dt->m], dt->y); break;
		case 5: putf(b, "Updated: %s %d, %d\n", mon_abbr[dt->m], dt->d, dt->y); break;
		case 6: putf(b, "Published Date: %02d:%02d | %d %s %d\n", dt->hh, dt->mm, dt->d,
			     months[dt->m], dt->y); break;
		case 7: putf(b, "%d-%02d-%02d %02d:%02d\n", dt->y, dt->m + 1, dt->d, dt->hh, dt->mm); break;
		default: break;	/* no date: the file's mtime */
		}
		if (nform < 5) {
			*outlet = outlets[zipf_pick(&zoutlets, &s)];
			putf(b, "By %s\n", *outlet);
		} else if (nform < 6) {
			*outlet = outlets[zipf_pick(&zoutlets, &s)];
			puts_(b, "By ");
			put_person(b, &c, &s);
			putf(b, ", %s\n", *outlet);
		} else if (nform < 7) {
			*outlet = wire[pick(&s, N(wire))];
			wire_lead = 1;
		}
	}
	if (blank)
		puts_(b, "\n");
	while (b->len - start < target) {
		size_t ns = 2 + pick(&s, 5);

		if (para == 0 && wire_lead) {
			const char *city = cities[zipf_pick(&zplaces, &s) % N(cities)];
			const char *p;

			for (p = city; *p; p++) {
				char u = *p >= 'a' && *p <= 'z' ? (char)(*p - 32) : *p;

				put(b, &u, 1);
			}
			putf(b, " (%s) — ", *outlet);
		}
		for (k = 0; k < ns; k++) {
			if (k)
				puts_(b, " ");
			put_sentence(b, &c, &s);
		}
		if (chance(&s, 0.04)) {
			char *w = pseudo_word(&s, 1);

			if (chance(&s, 0.5)) {
				const char *p = countries[zipf_pick(&zplaces, &s) % N(countries)];

				puts_(b, " #");
				for (; *p; p++)
					if (*p != ' ' && *p != '\'')
						put(b, p, 1);
			} else {
				putf(b, " #%s", w);
			}
			free(w);
		}
		if (chance(&s, 0.03)) {
			char *w = pseudo_word(&s, 0);

			putf(b, " Follow @%s%zu for updates.", w, pick(&s, 100));
			free(w);
		}
		if (chance(&s, 0.03)) {
			char *w = pseudo_word(&s, 0);

			putf(b, " More at https://www.%s.com/%d/%02d/%s-%s", w, dt->y, dt->m + 1,
			     vocab[zipf_pick(&zwords, &s)], vocab[zipf_pick(&zwords, &s)]);
			free(w);
		}
		puts_(b, blank ? "\n\n" : "\n");
		para++;
	}
}

/* ---- output ---- */

static void
mkdirs(const char *path)
{
	char tmp[4096];
	char *p;

	snprintf(tmp, sizeof tmp, "%s", path);
	for (p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(tmp, 0777);
		*p = '/';
	}
	if (mkdir(tmp, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "gen: cannot create %s: %s\n", tmp, strerror(errno));
		exit(1);
	}
}

/* Write the file and date it: an article without a date line gets its date from the mtime. */
static void
write_file(const char *path, const char *a, size_t na, const char *b, size_t nb,
	   const struct date *dt)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	struct timespec ts[2];

	ts[0].tv_sec = (time_t)(20089 + dt->off) * 86400 + dt->hh * 3600 + dt->mm * 60;
	ts[0].tv_nsec = 0;	/* 20089: days from 1970-01-01 to 2025-01-01 */
	ts[1] = ts[0];
	if (fd < 0 || write(fd, a, na) != (ssize_t)na || (nb && write(fd, b, nb) != (ssize_t)nb) ||
	    futimens(fd, ts) != 0 || close(fd) != 0) {
		fprintf(stderr, "gen: cannot write %s: %s\n", path, strerror(errno));
		exit(1);
	}
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* A Subject header value: as is when ASCII, else one RFC 2047 encoded word. */
static void
put_subject(struct buf *h, const char *s, size_t n)
{
	size_t i;
	int ascii = 1;

	for (i = 0; i < n; i++)
		ascii &= (unsigned char)s[i] < 0x80;
	if (ascii) {
		put(h, s, n);
		return;
	}
	puts_(h, "=?UTF-8?B?");
	for (i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)(unsigned char)s[i] << 16;
		char out[4];

		if (i + 1 < n)
			v |= (uint32_t)(unsigned char)s[i + 1] << 8;
		if (i + 2 < n)
			v |= (unsigned char)s[i + 2];
		out[0] = b64[v >> 18 & 63];
		out[1] = b64[v >> 12 & 63];
		out[2] = i + 1 < n ? b64[v >> 6 & 63] : '=';
		out[3] = i + 2 < n ? b64[v & 63] : '=';
		put(h, out, 4);
	}
	puts_(h, "?=");
}

static void
usage(void)
{
	fputs("usage: gen -n N -s SEED [-o DIR] [-m MAILDIR] [-L LONG_KB]\n", stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	const char *dir = NULL, *maildir = NULL;
	unsigned long long seed = 1;
	size_t n = 0, i, long_kb = 300;
	uint64_t total = 0;
	struct buf b = {0}, h = {0};
	char path[4096];
	int opt;

	while ((opt = getopt(argc, argv, "n:s:o:m:L:")) != -1) {
		switch (opt) {
		case 'n': n = strtoul(optarg, NULL, 10); break;
		case 's': seed = strtoull(optarg, NULL, 10); break;
		case 'o': dir = optarg; break;
		case 'm': maildir = optarg; break;
		case 'L': long_kb = strtoul(optarg, NULL, 10); break;
		default: usage();
		}
	}
	if (!n || (!dir && !maildir) || optind != argc)
		usage();
	pools_init();
	if (maildir) {
		snprintf(path, sizeof path, "%s/cur", maildir);
		mkdirs(path);
		snprintf(path, sizeof path, "%s/new", maildir);
		mkdirs(path);
		snprintf(path, sizeof path, "%s/tmp", maildir);
		mkdirs(path);
	}
	for (i = 0; i < n; i++) {
		struct date dt;
		const char *outlet;
		size_t tlen;

		b.len = 0;
		article(&b, seed, i, long_kb, &dt, &outlet, &tlen);
		total += b.len;
		if (dir) {
			if (i % 1000 == 0) {
				snprintf(path, sizeof path, "%s/batch-%03zu", dir, i / 1000);
				mkdirs(path);
			}
			snprintf(path, sizeof path, "%s/batch-%03zu/%06zu.txt", dir, i / 1000, i);
			write_file(path, b.d, b.len, NULL, 0, &dt);
		}
		if (maildir) {
			const char *from = outlet ? outlet : "Newsroom";
			char dom[64];
			size_t k, nd = 0;

			for (k = 0; from[k] && nd < 40; k++)
				if ((from[k] | 32) >= 'a' && (from[k] | 32) <= 'z')
					dom[nd++] = (char)(from[k] | 32);
			dom[nd] = '\0';
			h.len = 0;
			putf(&h, "From: %s <news@%s.example>\n", from, dom);
			puts_(&h, "To: reader@example.org\nSubject: ");
			put_subject(&h, b.d, tlen);
			putf(&h, "\nDate: %s, %d %s %d %02d:%02d:00 +0000\n", wd3[dt.wday], dt.d,
			     mon3[dt.m], dt.y, dt.hh, dt.mm);
			putf(&h, "Message-ID: <%06zu.%llu@bench.dossier.example>\n", i, seed);
			puts_(&h, "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
			      "Content-Transfer-Encoding: 8bit\n\n");
			snprintf(path, sizeof path, "%s/cur/%06zu.%llu.bench:2,", maildir, i, seed);
			write_file(path, h.d, h.len, b.d, b.len, &dt);
		}
	}
	printf("articles %zu bytes %llu\n", n, (unsigned long long)total);
	free(b.d);
	free(h.d);
	return 0;
}
