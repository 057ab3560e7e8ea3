/* chunk_kind.c -- a chunk's kind by the words around it: an outlet before its noun ("NTV television"), a title's word as a family name after a given name ("John Major"), a team in a match report, a word of kin in apposition, a place gone to, a given name used for a thing, a club's word before its city, a listed place's word inside a person's name, a run of unknown words in a place's slot or after a possessive, a compass word before a given name, a title in apposition, the evidence that a run is a person. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/*
 * Is token z, right after a name, a noun of news outlets that makes the name one: "NTV
 * television reported", "Ekho Moskvy radio", "Bild newspaper", "Macmillan publishers",
 * "the Yonhap news agency", "Britain's Independent newspaper"? Those were dropped or made
 * people ("Ekho Moskvy"). Not when a noun of a programme or a person follows: "the Oprah
 * Winfrey television show", "a Rush Limbaugh radio host". ("Daily", "weekly" and
 * "network" are not among them: "printing the Consular Reports daily", "an XML
 * network".)
 */
int
ck_outlet_after(const struct ex_block *b, size_t z)
{
	static const char *const news[] = { "agency", "agencies", "service", "website", "channel" };
	static const char *const then[] = {
		"show", "shows", "program", "programs", "programme", "programmes", "host", "hosts",
		"presenter", "personality", "star", "interview", "interviews", "appearance",
		"appearances", "series", "debate", "documentary", "commentator", "journalist",
		"reporter", "correspondent", "anchor", "ad", "ads", "advert", "commercial",
		"career", "special", "address", "audience", "speech",
	};

	if (z == 0 || z >= b->n || (b->t[z - 1].gap != GAP_SPACE && !ck_wrapped(b, z - 1)) ||
	    !(b->t[z].flags & TK_LOWER))
		return 0;
	if (tis(b, z, "news")) {
		if (z + 1 >= b->n || b->t[z].gap != GAP_SPACE || !TIS_ANY(b, z + 1, news))
			return 0;
		z++;
	} else if (!(b->t[z].cue & TC_OUTLET)) {	/* "newspaper", "radio", ... */
		return 0;
	}
	return z + 1 >= b->n || b->t[z].gap != GAP_SPACE || !(b->t[z + 1].flags & TK_LOWER) ||
	       !TIS_ANY(b, z + 1, then);
}

/* Are units s on of the chunk before an outlet's noun (CUE_OUTLET: "NTV television", "the
 * Independent newspaper") an outlet's name: no given name, place or place's head ("a
 * Humboldt County newspaper"), title, weekday or month in it, not one adjective ("a
 * Catholic newspaper"; "Macmillan" is no "Mexican"), a word of the language alone only
 * after "the" or a possessive? */
int
ck_outlet(const struct chunker *k, int s)
{
	const struct ex_block *b = k->b;
	size_t a = k->u[s].a;
	const char *w = tfold(b, a);
	size_t n = b->t[a].flen;
	int i;

	for (i = s; i < k->nu; i++)
		if (k->u[i].cls & (GZ_FIRST | GZ_PLACE | GZ_PLACE_HEAD | GZ_TITLE | GZ_HONORIFIC |
				   GZ_WEEKDAY | GZ_MONTH))
			return 0;
	/* (two capitals are a band's or a standard's: "FM radio", "HD television") */
	if (k->nu == s + 1 && (b->t[a].flags & TK_ALLCAP) && b->t[a].end - b->t[a].start <= 2)
		return 0;
	if (k->nu > s + 1 || k->u[s].b != a + 1)
		return 1;
	if (ck_adjective_end(b, a) && !(n > 2 && w[n - 2] == 'a' && w[n - 1] == 'n'))
		return 0;
	return !gaz_is_common(w, n) ||
	       (a > 0 && (tis(b, a - 1, "the") || b->t[a - 1].gap == GAP_POSS));
}

/* "John Major", "Julie Bishop", "Jane Senior", "Charles Prince": a word of titles last in
 * the chunk, right after a known given name, is the family name, not a title with no name
 * after it (the person was cut to "John", or dropped). */
void
ck_family_title(struct chunker *k)
{
	struct unit *l, *g;
	const struct token *lt, *gt;

	if (k->nu < 2)
		return;
	l = &k->u[k->nu - 1];
	g = &k->u[k->nu - 2];
	lt = &k->b->t[l->a];
	gt = &k->b->t[g->a];
	if (l->b != l->a + 1 || g->b != g->a + 1 ||
	    !(l->cls & (GZ_TITLE | GZ_TITLE_MOD)) || (l->cls & (GZ_PERSONISH | GZ_NAME | HEADS)) ||
	    !(g->cls & GZ_FIRST) || (g->cls & (GZ_TITLE | GZ_TITLE_MOD | GZ_HONORIFIC | GZ_NAME)) ||
	    ((lt->flags | gt->flags) & (TK_HYPH | TK_DOTTED)) || gt->end - gt->start < 2 ||
	    gt->gap != GAP_SPACE)
		return;
	/* (an office of a place or a body is one: "Mary Queen of Scots") */
	if (l->b < k->b->n && lt->gap == GAP_SPACE && tis(k->b, l->b, "of"))
		return;
	l->cls = (l->cls & ~(uint32_t)(GZ_TITLE | GZ_TITLE_MOD)) | GZ_SURNAME;
}

/* Is token i a match score ("2-1", "101-99")? */
int
ck_score_at(const struct ex_block *b, size_t i)
{
	const char *p = b->text + b->t[i].start, *e = b->text + b->t[i].end;
	size_t d1 = 0, d2 = 0;

	if (!(b->t[i].flags & TK_DIGIT))
		return 0;
	for (; p < e && *p >= '0' && *p <= '9'; p++)
		d1++;
	if (p < e && *p == '-')
		p++;
	else if (e - p >= 3 && !memcmp(p, "\xe2\x80\x93", 3))
		p += 3;		/* en dash */
	else
		return 0;
	for (; p < e && *p >= '0' && *p <= '9'; p++)
		d2++;
	return p == e && d1 && d2 && d1 <= 3 && d2 <= 3;
}

/* Is token i a verb of a match result ("beat", "drew", "lost", "v": TC_RESULT)? */
int
ck_result_verb(const struct ex_block *b, size_t i)
{
	return (b->t[i].flags & TK_LOWER) && (b->t[i].cue & TC_RESULT);
}

/* Is the chunk [a, z) a team in a match report: right beside a result verb ("Liverpool
 * beat Chelsea", "drew with Arsenal", "lost to Boston"), with a score or a word of sport
 * in the sentence, or in a team's slot (ck_team_slot())? A city so used is its club. */
int
ck_team_in_match_at(const struct ex_block *b, size_t a, size_t z)
{
	int verb = (z < b->n && b->t[z - 1].gap == GAP_SPACE && ck_result_verb(b, z)) ||
		   (a >= 1 && b->t[a - 1].gap == GAP_SPACE && ck_result_verb(b, a - 1)) ||
		   (a >= 2 && b->t[a - 1].gap == GAP_SPACE &&
		    (tis(b, a - 1, "with") || tis(b, a - 1, "to")) && ck_result_verb(b, a - 2));

	if (!verb)
		return ck_team_slot(b, a, z);
	return ck_in_sentence(b, a, z, 12, ck_score_at) || ck_team_in_sport(b, a, z) ||
	       ck_fixture_side(b, a, z);
}

/* Does token z start a word of kin in apposition: a determiner, at most two lower-case
 * words, then the kin and the comma that closes the apposition ("Elinor, this eldest
 * daughter, whose", "Margaret, the other sister, was")? A company or a place is nobody's
 * daughter, whatever it owns or leads; a clause after a place is not closed so ("with
 * Uppercross, this eldest son of course excepted", "from Longbourn, your uncle had"). */
int
ck_kin_apposition(const struct ex_block *b, size_t z)
{
	static const char *const det[] = { "the", "this", "his", "her", "their", "my", "our",
					   "your" };
	static const char *const kin[] = { "wife", "husband", "son", "daughter", "brother",
					   "sister", "father", "mother", "widow", "widower",
					   "cousin", "uncle", "aunt", "nephew", "niece", "grandson",
					   "granddaughter", "grandfather", "grandmother", "stepson",
					   "stepdaughter", "stepfather", "stepmother", "fiance",
					   "fiancee", "twin" };
	size_t k;

	if (!(b->t[z].flags & TK_LOWER) || !TIS_ANY(b, z, det))
		return 0;
	for (k = z + 1; k < b->n && k <= z + 3; k++) {
		if (b->t[k - 1].gap != GAP_SPACE || !(b->t[k].flags & TK_LOWER))
			return 0;
		if (TIS_ANY(b, k, kin))
			return b->t[k].gap == GAP_COMMA;
	}
	return 0;
}

/* Does token z start a person's noun in apposition: "the", at most three words in lower
 * case before the noun or the title, and the comma that closes it after it ("Hamilton,
 * the seven-time champion, finished", "Orvel, the former prime minister, said")? */
int
ck_noun_apposition(const struct ex_block *b, size_t z)
{
	static const char *const det[] = { "the", "a", "an", "his", "her", "their", "its",
					   "our", "my", "your", "this", "that" };
	const uint32_t noun = GZ_PERSON_NOUN | GZ_TITLE;
	size_t k;

	if (!(b->t[z].flags & TK_LOWER) || !tis(b, z, "the"))
		return 0;
	for (k = z + 1; k < b->n && k <= z + 4; k++) {
		if (b->t[k - 1].gap != GAP_SPACE || !(b->t[k].flags & TK_LOWER) ||
		    TIS_ANY(b, k, det))
			return 0;
		if (b->t[k].gap != GAP_SPACE)
			return b->t[k].gap == GAP_COMMA && (b->t[k].cls & noun) != 0;
		/* a noun that does not close it ends it ("Brooklyn, the defendant called his
		 * wife,"), but for a title of two words ("the former prime minister,") */
		if ((b->t[k].cls & noun) && !(k + 1 < b->n && (b->t[k + 1].cls & noun)))
			return 0;
	}
	return 0;
}

/* Does token z, after a name and its comma, start an apposition that makes it a person's:
 * of kin (ck_kin_apposition()) or of a person's noun (ck_noun_apposition())? */
int
ck_person_apposition(const struct ex_block *b, size_t z)
{
	return z > 0 && z + 1 < b->n && b->t[z - 1].gap == GAP_COMMA &&
	       (ck_kin_apposition(b, z) || ck_noun_apposition(b, z));
}

/* Does "to" at token i end a journey: a verb of going before it, or one with "up",
 * "down", "back" or "over" ("walked up to Hartfield", "flew back to Kestova")? Not "said
 * to", "wrote to", "talked to": a person is spoken or written to, a place gone to. */
int
ck_motion_to(const struct ex_block *b, size_t i)
{
	static const char *const verb[] = { "went", "go", "goes", "going", "gone", "came",
					    "come", "comes", "coming", "returned", "return",
					    "returns", "returning", "travelled", "traveled",
					    "travelling", "traveling", "travel", "travels", "flew",
					    "fly", "flies", "flying", "flown", "moved", "move",
					    "moves", "moving", "drove", "drive", "driving", "walked",
					    "walking", "sailed", "sailing", "journeyed", "fled",
					    "flee", "fleeing", "headed", "heading", "rode", "riding",
					    "marched", "relocated", "emigrated", "deported",
					    "evacuated", "exiled", "banished", "removed" };
	static const char *const adv[] = { "up", "down", "back", "over", "out", "on" };
	size_t v;

	if (i == 0 || !(b->t[i].flags & TK_LOWER) || b->t[i - 1].gap != GAP_SPACE)
		return 0;
	v = i - 1;
	if (TIS_ANY(b, v, adv) && v > 0 && b->t[v - 1].gap == GAP_SPACE)
		v--;
	return (b->t[v].flags & TK_LOWER) && TIS_ANY(b, v, verb);
}

/*
 * Is the lone given name at token i the name of a thing where it stands: before an acronym
 * in capitals ("Mac OS X", "Ruby CGI scripts"), after "a" or "an" and at most one word in
 * lower case ("a new Mac"), after "using" or a maker's "of" ("the author of Perl", "the
 * inventor of Velcro")? Given names of the long lists are words of computing too ("Mac",
 * "Perl"): "Mac" was the first person of a corpus of web-log items, 20 mentions in 13,
 * "Perl" the first after it. (Not after "in" or "of" alone: "the tribe of Benjamin" is a
 * place.)
 */
int
ck_thing_slot(const struct ex_block *b, size_t i)
{
	static const char *const maker[] = { "author", "authors", "creator", "creators",
					     "inventor", "inventors", "developer", "developers",
					     "designer", "designers", "maker", "makers" };
	const struct token *t = &b->t[i], *n = i + 1 < b->n ? &b->t[i + 1] : NULL;
	size_t j = i;

	if (t->flags & (TK_ALLCAP | TK_CAPSLINE))
		return 0;
	if (i > 0 && b->t[i - 1].gap == GAP_SPACE && (b->t[i - 1].flags & TK_LOWER) &&
	    (tis(b, i - 1, "using") ||
	     (i > 1 && tis(b, i - 1, "of") && b->t[i - 2].gap == GAP_SPACE &&
	      TIS_ANY(b, i - 2, maker))))
		return 1;
	if (n && t->gap == GAP_SPACE && (n->flags & TK_ALLCAP) && !(n->flags & TK_DOTTED) &&
	    n->end - n->start >= 2 && !ck_roman(b, i + 1))
		return 1;
	if (j > 0 && (b->t[j - 1].flags & TK_LOWER) && b->t[j - 1].gap == GAP_SPACE &&
	    !(b->t[j - 1].cls & GZ_FUNC))
		j--;	/* the adjective of "a new Mac" */
	return j > 0 && b->t[j - 1].gap == GAP_SPACE && (b->t[j - 1].flags & TK_LOWER) &&
	       (tis(b, j - 1, "a") || tis(b, j - 1, "an"));
}

/*
 * Are units [s, e) a sports club's word and a place's name only ("Real Madrid", "Inter
 * Milan", "Dynamo Kyiv", "FC Porto", "Real Salt Lake")? Then they name the club, not the
 * place (issue 15: the cities of "Bayern Munich" and "Sporting Lisbon" were PLACEs).
 * A word after the place ("Real Madrid Academy") or no place ("Real Estate") is not this.
 */
int
ck_club(const struct chunker *k, int s, int e)
{
	const struct ex_block *b = k->b;
	uint32_t a = k->u[s].a;
	int i, c;

	/* (the place after it first: the word is looked up for a few segments, not all) */
	if (e - s < 2 || k->u[s].b - a != 1 || !(b->t[a].flags & (TK_CAP | TK_ALLCAP)) ||
	    !ck_club_place(k->u[s + 1].cls) ||
	    !(c = gaz_club_word(tfold(b, a), b->t[a].flen)) ||
	    (c == 2 && (b->t[a].flags & (TK_ALLCAP | TK_CAPSLINE)) != TK_ALLCAP))
		return 0;
	for (i = s + 1; i < e; i++)
		if (!ck_club_place(k->u[i].cls))
			return 0;
	return 1;
}

/*
 * Is unit h "Capital" first ("the Capital of the Nation") or after words that only say
 * what kind of capital or which city it is ("the National Capital", "Venture Capital is
 * scarce", "Human Capital")? Then it heads no firm's name; after a name it does ("Onex Capital", "Mobius Venture Capital": Reuters
 * and FoRK firms that were people), and after a word that names firms too ("Seed
 * Capital" of FoRK is Seed Capital Partners).
 */
int
ck_capital_of_kind(const struct chunker *k, int s, int h)
{
	static const char *const kind[] = { "national", "federal", "state", "venture", "human",
					    "social", "political", "working", "cultural", "royal",
					    "imperial", "provincial", "regional", "european",
					    "intellectual", "natural", "physical" };
	const struct ex_block *b = k->b;
	int i;

	if (k->u[h].b - k->u[h].a != 1 || !tis(b, k->u[h].a, "capital"))
		return 0;
	if (h == s)
		return 1;
	for (i = s; i < h; i++)
		if (k->u[i].b - k->u[i].a != 1 || !TIS_ANY(b, k->u[i].a, kind))
			return 0;
	return 1;
}

/* Does token z, after a name, say the name is a person's: an apposition
 * (ck_person_apposition()), or a speech verb and "he" or "she"? */
static int
person_after(const struct ex_block *b, size_t z)
{
	static const char *const pron[] = { "he", "she" };

	if (z >= b->n || z == 0)
		return 0;
	if (b->t[z - 1].gap == GAP_COMMA)
		return ck_person_apposition(b, z);
	return b->t[z - 1].gap == GAP_SPACE && (b->t[z].flags & TK_LOWER) &&
	       (b->t[z].cls & GZ_SPEECH) && z + 1 < b->n && b->t[z].gap == GAP_SPACE &&
	       TIS_ANY(b, z + 1, pron);
}

/* Is gazetteer name unit i really part of a person's name ("Jordan Bardella")? */
int
ck_person_place(const struct chunker *k, int i, int s, int e, int mode)
{
	const struct unit *u = &k->u[i], *n = i + 1 < e ? &k->u[i + 1] : NULL;

	/* a given name that is a company's one word, before a family name ("Meta Schroeder"),
	 * not before the company's words ("Meta Platforms", "Meta Quest", "Meta Inc."): a
	 * listed family name, or an unknown word no plural, no common word */
	if (!(~u->cls & (GZ_FIRST | GZ_ORG)) && i == s && e - s == 2 && u->b - u->a == 1 &&
	    n->b - n->a == 1 && !(k->cues & CUE_LEGAL) && ((n->cls & GZ_SURNAME) ||
	    (!(n->cls & (GZ_NAME | NOT_NAMEY)) && tfold(k->b, n->a)[k->b->t[n->a].flen - 1] != 's' &&
	     !gaz_is_common(tfold(k->b, n->a), k->b->t[n->a].flen) &&
	     !(ex_evidence(k->b, k->b->t[n->a].hash) & EV_LOWER))))
		return 1;
	/* "Aloysius Wagner", "Mr. Wagner"; a demonym only as a given name ("Roman Polanski") */
	if (u->b - u->a != 1 || (u->cls & (GZ_DEMONYM | GZ_FIRST)) == GZ_DEMONYM ||
	    ((u->cls & GZ_ORG) && ((i == s && mode != SEG_AFTER_TITLE) || !(u->cls & GZ_SURNAME))))
		return 0;
	/* a town's name alone with a person's words after it that no town has: "Hamilton,
	 * the seven-time champion, finished fifth", "Hamilton said he" (a driver's family
	 * name, not the town in Ontario nor Bermuda's capital) */
	if (e == s + 1 && k->nu == 1 && (u->cls & (GZ_CITY | GZ_CAPITAL)) &&
	    !(u->cls & (GZ_COUNTRY | GZ_REGION)) && person_after(k->b, u->b))
		return 1;
	/* so is a byline's in capitals: "By LEON JAROFF" (ex_byline_caps()) */
	if (e - s >= 2 && (k->b->t[u->a].flags & TK_CAPSLINE) && ck_byline(k->b, k->u[s].a))
		return 1;
	/* A mailbox's display name is a person's: "Milan Broz <...>", "Miroslav Kure <...>";
	 * so is a holder's two-word name after a year ("© 2016 Yiyang Fei"). */
	if ((k->cues & CUE_MAILBOX) && e == k->nu && e - s >= 2 && e - s <= 4)
		return 1;
	if ((k->cues & CUE_HOLDER) && i == 0 && s == 0 && e == 2 && k->nu == 2 &&
	    !(k->u[1].cls & (GZ_NAME | NOT_NAMEY)))
		return 1;
	/* Right after a title comes a person: "Defence Minister Israel Katz", and a city's
	 * name alone ("General Washington", "President Houston"), not a state's or a
	 * country's ("Governor Texas" would be none). */
	if (mode == SEG_AFTER_TITLE && i == s && i + 1 < e && namey(&k->u[i + 1]) &&
	    !(k->u[i + 1].cls & GZ_NAME))
		return 1;
	if (mode == SEG_AFTER_TITLE && i == s && e == s + 1 &&
	    (u->cls & (GZ_CITY | GZ_CAPITAL | GZ_SURNAME)) && !(u->cls & (GZ_COUNTRY | GZ_REGION)))
		return 1;
	/* a country's name after a given name and an initial is a family name: "Jerry L.
	 * Jordan" (a Federal Reserve Bank's president, the kingdom in 11 sets of minutes) */
	if (i >= s + 2 && ck_initial(k, i - 1) && (k->u[i - 2].cls & GZ_FIRST) &&
	    !(k->u[i - 2].cls & GZ_NAME) && u->b - u->a == 1)
		return 1;
	/* a country's or a state's name alone after a courtesy honorific, or in a plural
	 * one's roll, is a family name: "Mr. Jordan", "Messrs. Broaddus, Jordan, and Parry"
	 * (not "Miss France", nor "Gov. Texas") */
	if (e == s + 1 && ((i == s && i > 0 && (k->u[i - 1].cls & GZ_HONORIFIC) &&
			    ck_courtesy(k->b, k->u[i - 1].a)) ||
			   (k->nu == 1 && (k->cues & CUE_ROLL))))
		return 1;
	/* and a town's name after one unknown word there is its family name ("Governor Kazuo
	 * Ueda" was a person "Kazuo" and the town of Ueda in Nagano, "Minister Oskenbai
	 * Toledo" a town in Spain) */
	if (mode == SEG_AFTER_TITLE && i == s + 1 && e == s + 2 && k->nu == e &&
	    (u->cls & GZ_CITY) && !(u->cls & (GZ_COUNTRY | GZ_REGION | GZ_CAPITAL)) &&
	    k->u[s].b - k->u[s].a == 1 && !(k->u[s].cls & (GZ_NAME | NOT_NAMEY)) &&
	    !(k->b->t[k->u[s].a].flags & (TK_ALLCAP | TK_DIGIT)))
		return 1;
	/* the last word of a name of three words or more written family name first ("Bùi
	 * Thu Trang", not the town of Trang) */
	if (i > s + 1 && i == e - 1 && (k->u[s].cls & GZ_FF) && !(k->u[s].cls & GZ_NAME) &&
	    !(u->cls & (GZ_COUNTRY | GZ_REGION)) && !(k->u[i - 1].cls & GZ_NAME) &&
	    !(k->b->t[u->a].flags & TK_ALLCAP) && k->b->t[u->a - 1].gap == GAP_SPACE)
		return 1;	/* (not a dateline's town on the next line: "... Lan\nRABAT (AFP)") */
	if ((i > s && !(k->u[i - 1].cls & GZ_NAME) &&
	     ((k->u[i - 1].cls & GZ_FIRST) || ck_given_before(k->b, u->a))) ||
	    (i == s && ck_name_goes_on(k->b, u->a)))
		return 1;
	if (!(u->cls & (GZ_FIRST | GZ_SURNAME | GZ_FF)))
		return 0;
	/* a given name only, and no family name, comes first ("Milan Kundera", not the
	 * "Paris" of "Univ Paris Sud") */
	if (!(u->cls & (GZ_SURNAME | GZ_FF)))
		return i == s && i + 1 < e && !(k->u[i + 1].cls & (GZ_NAME | NOT_NAMEY));
	return (i + 1 < e && !(k->u[i + 1].cls & (GZ_NAME | NOT_NAMEY))) ||
	       (i > s && !(k->u[i - 1].cls & (GZ_NAME | NOT_NAMEY)));
}

/* Is token i a capitalised word after an elided article ("d'Ivoire", "l'Aquila")? */
int
ck_elided_cap(const struct ex_block *b, size_t i)
{
	const char *s = b->text + b->t[i].start, *e = b->text + b->t[i].end, *p;

	for (p = s + 1; p + 1 < e && p < s + 4; p++) {
		if (*p == '\'' && p[1] >= 'A' && p[1] <= 'Z')
			return 1;
		if (p + 3 < e && memcmp(p, "\xe2\x80\x99", 3) == 0 && p[3] >= 'A' && p[3] <= 'Z')
			return 1;
	}
	return 0;
}

/* Is token z, after a name and its comma, an office in apposition that says what the name
 * holds: "WILLIAM H. SEWARD, Secretary of State.", "John Doe, Chairman."? (A title ending
 * its phrase or going on with "of"; not the next name of a list: "Lee, General Grant".) */
int
ck_office_apposition(const struct ex_block *b, size_t z)
{
	if (z == 0 || z >= b->n || b->t[z - 1].gap != GAP_COMMA || !(b->t[z].flags & TK_CAP) ||
	    !(b->t[z].cls & GZ_TITLE) || (b->t[z].cls & GZ_HONORIFIC))
		return 0;
	return b->t[z].gap != GAP_SPACE ? b->t[z].gap != GAP_DOT :
	       z + 1 < b->n && tis(b, z + 1, "of");
}

/* Is the chunk [a, z) a name in apposition after a title that "the" opens, closed by a
 * comma: "The Treasury Secretary, Steve Mnuchin, said", "the Secretary of State, Mike
 * Pompeo, and"? (Not a title that addresses someone: "Yes, Mr. President, Nancy".) */
int
ck_title_apposition(const struct ex_block *b, size_t a, size_t z)
{
	size_t j;
	int title = 0;

	if (a < 3 || b->t[a - 1].gap != GAP_COMMA || z >= b->n || b->t[z - 1].gap != GAP_COMMA ||
	    !(b->t[a - 1].flags & TK_CAP))
		return 0;
	for (j = a - 1; j + 6 > a && j > 0; j--) {
		if (!(b->t[j].flags & TK_CAP) && !tis(b, j, "of"))
			return 0;
		title |= (b->t[j].cls & GZ_TITLE) != 0;
		if (b->t[j - 1].gap != GAP_SPACE)
			return 0;
		if (tis(b, j - 1, "the"))
			return title;
	}
	return 0;
}

/* Heads of the map's small places, read so only where a place is sure (after a place's
 * slot, after a possessive): a span of them elsewhere is no place ("Executive Branch",
 * "Turning Point", "Benny Hill"). */
static const char *const small_head[] = { "point", "sound", "run", "branch", "swamp", "corners",
					  "grove", "alley", "butte", "furnace", "oaks", "hollow",
					  "ridge", "gap", "junction", "mills", "mill", "woods",
					  "wood", "church", "shoals", "springs", "green", "hill",
					  /* a trading post, a works named for its place: "York
					   * Factory", "Moose Factory" (read as people) */
					  "factory", "depot", "works", "plantation", "settlement" };

/* Is token z, after a one-word name's possessive that ends the chunk before it, a place's
 * head written with a capital (a listed one, a small one, or when more, one of more[])? */
static int
possessive_head(const struct ex_block *b, size_t z, int more)
{
	static const char *const also[] = { "hill", "ford", "store", "bend", "neck" };
	const struct token *t;

	if (z < 1 || z >= b->n || b->t[z - 1].gap != GAP_POSS ||
	    (b->t[z - 1].flags & (TK_CAP | TK_ALLCAP)) != TK_CAP)
		return 0;
	t = &b->t[z];
	return (t->flags & (TK_CAP | TK_ALLCAP)) == TK_CAP &&
	       ((t->cls & GZ_PLACE_HEAD) || TIS_ANY(b, z, small_head) ||
		(more && TIS_ANY(b, z, also)));
}

/* Is token z such a head that makes a place of both ("Harper's Ferry", "Hatcher's Run",
 * "Champion's Hill", "Todd's Tavern"), not the start of a longer name ("Hudson's Bay
 * Company")? */
int
ck_possessive_place(const struct ex_block *b, size_t z)
{
	/* (a firm's or a place's word after it: "Hudson's Bay Company", "Boston's City
	 * Hall") */
	return possessive_head(b, z, 1) &&
	       !(z + 1 < b->n && b->t[z].gap == GAP_SPACE && (b->t[z + 1].flags & TK_CAP) &&
		 (b->t[z + 1].cls & (GZ_ORG_HEAD | GZ_PLACE_HEAD)));
}

/* Is token z such a head and then an organisation's: a firm named for the place
 * ("Hudson's Bay Company", cut to "Bay Company" in Grant's memoirs and the Milestones
 * essays)? */
int
ck_possessive_firm(const struct ex_block *b, size_t z)
{
	return z + 1 < b->n && possessive_head(b, z, 0) && b->t[z].gap == GAP_SPACE &&
	       (b->t[z + 1].flags & TK_CAP) && (b->t[z + 1].cls & GZ_ORG_HEAD);
}

/* Is the run of units [ua, ub) a point of the compass and a given name alone, with no cue
 * of a person: a river's or a region's name ("the North Anna", "the South Platte"), no
 * person's? (No one's given name is "North"; 28 "North Anna" of Grant's memoirs were a
 * person.) */
int
ck_compass_given(const struct chunker *k, int ua, int ub, int cues)
{
	static const char *const compass[] = { "north", "south", "east", "west" };
	const struct unit *g = &k->u[ua + 1];

	return ub - ua == 2 && !(cues & (CUE_TITLE | CUE_SPEECH_BEFORE | CUE_SPEECH_AFTER)) &&
	       k->u[ua].b - k->u[ua].a == 1 && g->b - g->a == 1 &&
	       (g->cls & GZ_PERSONISH) == GZ_FIRST && TIS_ANY(k->b, k->u[ua].a, compass);
}

/* What "in" at token a - 1 takes after the word before it: 2, a firm or a work, no place
 * ("shares in", "investment in", "scene in", "starred in"); 1, a person or an idea as
 * well as a place ("faith in", "trust in"); 0, anything. */
static int
thing_in(const struct ex_block *b, size_t a)
{
	static const char *const trust[] = { "faith", "trust", "belief", "confidence" };
	static const char *const thing[] = { "interest", "interests", "stake", "stakes", "shares",
					     "investment", "investments", "invested", "investing",
					     "role", "roles", "scene", "scenes", "starred", "starring",
					     "bug", "bugs" };

	if (a < 2 || !tis(b, a - 1, "in") || b->t[a - 2].gap != GAP_SPACE ||
	    !(b->t[a - 2].flags & TK_LOWER))
		return 0;
	return TIS_ANY(b, a - 2, thing) ? 2 : TIS_ANY(b, a - 2, trust) ? 1 : 0;
}

/* Is token i a version number after a name ("Apache Struts 1.1", "XFree86 4.2")? */
static int
version_after(const struct ex_block *b, size_t i)
{
	const struct token *t = &b->t[i];

	return i > 0 && i < b->n && b->t[i - 1].gap == GAP_SPACE && (t->flags & TK_DIGIT) &&
	       memchr(b->text + t->start, '.', t->end - t->start) != NULL;
}

/* A run of words no list knows as a name or title, in a place's slot (ck_locative():
 * "in Chasiv Yar", "residents of Velyka Novosilka", "near Beit Hanoun") with no cue of
 * a person and no possessive after it ("in Kelmar Vost's view"): a place, not the person
 * an unknown name is taken for elsewhere (towns of the news that no list has were
 * people). A word of English in it needs a place's head at its end ("Gravelly Run",
 * "Huntley Corners"; not "the test in Blade Runner", "at Exponent Failure Analysis"),
 * and a slot that takes a firm or a work ("shares in": thing_in()) or a version after
 * the run ("in Apache Struts 1.1") makes no entity at all (-1), one that takes a person
 * too ("faith in") no place: films, programs and firms were places (13 of the 45 places
 * this made on eleven corpora). 1: a place, 0: not known here. */
int
ck_place_slot_run(const struct chunker *k, int ua, int ub, int mode, int cues)
{
	/* and of a place's name they begin ("Point Mugu", "Saint Croix", "San Ysidro") */
	static const char *const prefix[] = { "point", "saint", "sainte", "san", "santa", "santo",
					      "st" };
	int i, uncommon = 0, english = 0, surname_head;

	const struct token *l = &k->b->t[k->u[ub - 1].b - 1];

	/* (nor a maker's product: "in Internet Explorer") */
	if (mode != SEG_NORMAL || (cues & (CUE_TITLE | CUE_SPEECH_BEFORE | CUE_SPEECH_AFTER)) ||
	    (l->flags & TK_POSS) || !ck_locative(k->b, k->u[ua].a) ||
	    ex_product_word(k->b->text + l->start, l->end - l->start))
		return 0;
	if ((i = thing_in(k->b, k->u[ua].a)) != 0 || version_after(k->b, k->u[ub - 1].b))
		return i == 1 ? 0 : -1;
	/* (a family name that is a small head ends a town's name after a word that is no
	 * given name: "at Bowling Green", "at Malvern Hill"; not after "to", where a given
	 * name that is a word too may stand: "the award went to Ray Hill") */
	surname_head = ub - ua >= 2 && !(k->u[ua].cls & GZ_FIRST) && k->u[ua].a > 0 &&
		       !tis(k->b, k->u[ua].a - 1, "to") && TIS_ANY(k->b, k->u[ub - 1].a, small_head);
	for (i = ua; i < ub; i++) {
		const struct token *t = &k->b->t[k->u[i].a];

		if ((k->u[i].cls & (GZ_PERSONISH | GZ_TITLE | GZ_HONORIFIC | GZ_NAME) &
		     ~(surname_head && i == ub - 1 ? (uint32_t)GZ_SURNAME : 0u)) ||
		    t->end - t->start == 1)	/* (an initial: "F. Hoffmann-La Roche") */
			return 0;
		if (gaz_is_common(k->b->fb + t->fold, t->flen))
			english = 1;
		else
			uncommon = 1;
	}
	return (k->u[ub - 1].cls & GZ_PLACE_HEAD) || TIS_ANY(k->b, k->u[ub - 1].a, small_head) ||
	       (ub - ua >= 2 && TIS_ANY(k->b, k->u[ua].a, prefix)) || (uncommon && !english);
}

/*
 * Is unit e - 1, a title's word that ends the chunk with no name after it, the end of a
 * body's name "of" it ("Caribbean Court of Justice", "Ministry of Justice"), not a title
 * to drop? Units e - 3 and e - 2 are an organisation's head and "of". "Justice" was cut
 * off, leaving "Caribbean Court" (Factbook: 8 entries) or nothing ("Ministry").
 */
int
ck_body_of_title(const struct chunker *k, int e)
{
	return e >= 3 && k->u[e - 2].b - k->u[e - 2].a == 1 && tis(k->b, k->u[e - 2].a, "of") &&
	       (k->u[e - 3].cls & GZ_ORG_HEAD) && !(k->u[e - 3].cls & (GZ_TITLE | GZ_HONORIFIC));
}

int
ck_office_of_title(const struct chunker *k, int e)
{
	static const char *const office[] = { "office", "offices", "bureau", "secretariat",
					      "chancellery", "cabinet" };
	const struct ex_block *b = k->b;
	int j = e - 1;

	/* (a country's name or people's before the title: "the U.S. Trade Representative",
	 * "the British High Commissioner") */
	if (j >= 0 && (k->u[j].cls & (GZ_PLACE | GZ_DEMONYM)) &&
	    !(k->u[j].cls & (GZ_PERSONISH | GZ_CONNECTOR | GZ_TITLE)))
		j--;
	if (j >= 0 && k->u[j].b - k->u[j].a == 1 && tis(b, k->u[j].a, "the"))
		j--;
	return j >= 1 && k->u[j].b - k->u[j].a == 1 && tis(b, k->u[j].a, "of") &&
	       k->u[j - 1].b - k->u[j - 1].a == 1 && (k->u[j - 1].cls & GZ_ORG_HEAD) &&
	       TIS_ANY(b, k->u[j - 1].a, office);
}

/*
 * Are the words around "and" at token e two peoples' plurals of one name's "of" ("Alliance
 * of Liberals and Democrats", "Alliance of Socialists and Democrats")? The one after it
 * may be a party the lists know ("Democrats": the US Democratic Party); here it is no
 * other body, but the end of this one's name.
 */
int
ck_members_and(const struct ex_block *b, size_t e)
{
	const struct token *p, *n;

	if (e < 1 || e + 1 >= b->n)
		return 0;
	p = &b->t[e - 1];
	n = &b->t[e + 1];
	return (p->flags & TK_CAP) && (n->flags & TK_CAP) &&
	       !((p->flags | n->flags) & (TK_ALLCAP | TK_DIGIT)) && p->flen > 4 && n->flen > 4 &&
	       b->fb[p->fold + p->flen - 1] == 's' && b->fb[n->fold + n->flen - 1] == 's' &&
	       (n->cls & GZ_ORG) && !(n->cls & (GZ_PLACE | GZ_PERSONISH | GZ_TITLE | GZ_HONORIFIC));
}

/* Evidence that a run of two or more words is a person: a known given or family name, or
 * else no word that the document also writes in lower case ("Data Protection"). */
int
ck_person_run(const struct chunker *k, int ua, int ub, int mode, int cues)
{
	int i;

	uint32_t a = k->u[ua].a;

	(void)mode;
	(void)cues;
	for (i = ua + 1; i < ub; i++)	/* "Green New Scam", "Brave New Films": no one's */
		if (k->u[i].b == k->u[i].a + 1 && tis(k->b, k->u[i].a, "new"))
			return 0;
	if (ck_given_then_common(k, ua, ub))	/* "Marine Life Conservation" */
		return 0;
	for (i = ua; i < ub; i++)
		if (k->u[i].cls & GZ_PERSONISH)
			return 1;
	/* "the Upper Lakes", "The Annual Message": unknown words after "the" name a place,
	 * a body or a thing; a person needs a known name there. Nor does a name end in a
	 * plural whose singular the article writes ("Tribal Nations", "Islamic Studies"). */
	if (ck_after_the(k->b, a) || ck_unnamelike(k->b, k->u[ub - 1].a) ||
	    ck_adjective_plural(k->b, a, k->u[ub - 1].a))
		return 0;
	/* (an initial is no word: "R. A. Hettinga" in a text that writes "a") */
	for (i = ua; i < ub; i++)
		if (!(k->u[i].cls & GZ_CONNECTOR) && !ck_article_name(k->b, k->u[i].a) &&
		    !(i + 1 < ub && k->b->t[k->u[i].a].end - k->b->t[k->u[i].a].start == 1 &&
		      k->b->t[k->u[i].a].gap == GAP_DOT) &&
		    ((ex_evidence(k->b, k->b->t[k->u[i].a].hash) & EV_LOWER) ||
		     ck_hyphen_lower(k->b, k->u[i].a)))
			return 0;
	return 1;
}

/* Nouns a family name stands before as the person's ("the Eisenhower administration",
 * "the Maduro government", "the Reagan years"): the name is still the person's. */
static const char *const name_head[] = { "administration", "administrations", "government",
					  "era", "years", "presidency", "campaign", "regime",
					  "cabinet", "doctrine" };

/* Is the lone word at token a after a determiner a thing, a body or a group ("the
 * Philistine said", "our Founders"), and not a known family name before a noun of its
 * bearer's (name_head)? */
int
ck_after_the_thing(const struct ex_block *b, size_t a, uint32_t cls)
{
	if (!ck_after_the(b, a))
		return 0;
	return !((cls & (GZ_SURNAME | GZ_FF)) && tis(b, a - 1, "the") && a + 1 < b->n &&
		 b->t[a].gap == GAP_SPACE && (b->t[a + 1].flags & TK_LOWER) &&
		 TIS_ANY(b, a + 1, name_head));
}

/* Nouns after "Indian" that make it the word of the peoples of the Americas, not of India
 * ("Indian tribes", "Indian affairs", "Indian title" of 19th-century American messages);
 * not those India's are too ("Indian territory", "Indian villages", "Indian traders"). */
static const char *const other_people_head[] = {
	"tribe", "tribes", "reservation", "reservations", "affairs", "agent", "agency",
	"agencies", "title", "titles", "lands", "nations", "war", "wars", "hostilities",
	"depredations", "service", "bureau", "commissioner", "commissioners", "chief", "chiefs",
	"removal", "treaty", "treaties", "allotment", "allotments",
};

/* Is unit u "Indian", a demonym of other peoples too (GZ_AMB_DEMONYM), used for them
 * here: before one of their nouns, or after "American" ("American Indians")? */
int
ck_other_people(const struct ex_block *b, const struct unit *u)
{
	size_t a = u->a;

	/* (the nouns are the peoples' of the Americas: "Georgian territory" is Georgia's) */
	if (u->b != a + 1 || !(u->cls & GZ_AMB_DEMONYM) ||
	    !(tis(b, a, "indian") || tis(b, a, "indians")))
		return 0;
	if (a > 0 && b->t[a - 1].gap == GAP_SPACE && tis(b, a - 1, "american"))
		return 1;
	return a + 1 < b->n && b->t[a].gap == GAP_SPACE && (b->t[a + 1].flags & TK_LOWER) &&
	       TIS_ANY(b, a + 1, other_people_head);
}

/* Is token j what makes the capital and dot before it an initial: another initial
 * ("A. J. Smith") or a listed family name ("A. Lincoln", "A. LINCOLN")? */
int
ck_initial_before_name(const struct ex_block *b, size_t j)
{
	const struct token *t = &b->t[j];

	if (t->end - t->start == 1)
		return t->gap == GAP_DOT && (t->flags & TK_CAP);
	return (t->flags & (TK_CAP | TK_ALLCAP)) && (t->cls & (GZ_SURNAME | GZ_FF)) &&
	       !(t->cls & GZ_FUNC);
}

/* Is token e a member's title written after a party's or a member's name, in capitals
 * ("Labour MP", "Diane Abbott MP", "Lib Dem MEP", "SNP MSPs")? It ends the name before it:
 * "Labour MP" was an organisation of that name, "Tory MPs" a person "Tory". */
int
ck_member_title(const struct ex_block *b, size_t e)
{
	const char *s = b->text + b->t[e].start;

	/* (the list's bit first: asked of every word a name gathers) */
	return (b->t[e].cue & TC_MEMBERS) && (s[0] == 'M' || s[0] == 'T') && s[1] >= 'A' &&
	       s[1] <= 'Z';
}
