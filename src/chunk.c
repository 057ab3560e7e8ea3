/* chunk.c -- capitalised-span chunking and classification into candidate mentions. MIT licence. */
#include "config.h"

#include <string.h>

#include "dossier/extract.h"
#include "dossier/gazetteer.h"
#include "chunk_int.h"

/* Emit a candidate over tokens [a, z). */
struct cand *
ck_emit(struct chunker *k, size_t a, size_t z, int type, int canon)
{
	struct cand *c = ex_add(k->x, k->b->t[a].start, k->b->t[z - 1].end, type);

	c->canon = (int16_t)canon;
	c->ntok = (uint8_t)(z - a > 255 ? 255 : z - a);
	return c;
}

/* Emit a gazetteer name unit as PLACE or ORG. */
static void
emit_name(struct chunker *k, const struct unit *u, int first)
{
	int org = (u->cls & GZ_ORG) && (!(u->cls & GZ_PLACE) || u->org >= 0) &&
		  !(u->place >= 0 && u->org >= 0 && ck_place_homonym(k->b, u->a, u->b));

	if (u->b == u->a + 1 && ck_acronym_of_item(k->b, u->a, org ? u->org : u->place))
		ck_emit(k, u->a, u->b, CAND_UNKNOWN, -1);	/* "Popular Action or AP" */
	else if (org && ck_caps_emphasis(k->b, u->a, u->b))
		return;		/* "The TIMES, PLACES, and MANNER" */
	else if (org && (u->cls & GZ_SEAT) && first && (k->cues & CUE_LOCATIVE))
		ck_emit(k, u->a, u->b, ENT_PLACE, u->org);
	else if (org)
		ck_emit(k, u->a, u->b, ENT_ORG, u->org);
	else	/* CF_TITLE: after an office of a state ("Governor of New York"); CF_LOC:
		 * one word in a place's slot ("in Hamilton", not a namesake's family name);
		 * CF_LOWER: "Indian tribes", not India's (rs_demonyms_in_place()) */
		ck_emit(k, u->a, u->b, ENT_PLACE, u->place)->flags |=
			(ck_office_of_state(k->b, u->a, u->b) ? CF_TITLE : 0) |
			(ck_other_people(k->b, u) ? CF_LOWER : 0) |
			(u->b - u->a == 1 && (ck_locative(k->b, u->a) ||
					      ck_town_way(k->b, u->a, u)) ? CF_LOC : 0) |
			(k->nu == 1 && u->b - u->a == 1 &&
			 (k->cues & (CUE_SPEECH_AFTER | CUE_SPEECH_BEFORE)) ? CF_SPEECH : 0);
}

/* The head deciding what units [s, e) name: the last one before the first connector
 * ("Centers for Disease Control": Centers), else the last one; -1 if none. */
static int
decisive_head(const struct chunker *k, int s, int e, uint32_t heads)
{
	int i, last = -1;

	for (i = s; i < e; i++) {
		if ((k->u[i].cls & GZ_CONNECTOR) && !(k->u[i].cls & GZ_PARTICLE) && last >= 0)
			return last;
		if (k->u[i].cls & heads)
			last = i;
	}
	return last;
}

/* Is token a after a "the" of prose (not of a headline), one blank between? */
static int
the_before(const struct ex_block *b, size_t a)
{
	return a > 0 && b->t[a - 1].gap == GAP_SPACE && !(b->t[a - 1].flags & TK_HEADLINE) &&
	       tis(b, a - 1, "the");
}

/* A lone capitalised word: a PERSON with a title or speech cue, else left to resolution. */
static void
single(struct chunker *k, const struct unit *u, int mode, int cues)
{
	static const char *const quadrant[] = { "nw", "ne", "sw", "se" };
	const struct token *t = &k->b->t[u->a];
	int fl = 0, type = CAND_UNKNOWN;
	struct cand *c;

	if (t->end - t->start == 1 || ck_roman(k->b, u->a) ||
	    (u->b < k->b->n && ck_member_title(k->b, u->b)) ||
	    ((t->flags & TK_ALLCAP) && TIS_ANY(k->b, u->a, quadrant)))
		return;		/* a lone initial ("B" of "David B"), a numeral ("II"), a
				 * party's word before a member's title ("Green MP"), an
				 * address's quadrant ("2124 Kalorama Road NW") */
	/* "the King", "King of Italy": an office named, not a person ("King" is a family
	 * name too, and would join Martin Luther King). */
	if (ck_office(k->b, u->a))
		return;
	/* a class of ships or engines by its first one's name: "the Han class submarine" */
	if (u->b < k->b->n && t->gap == GAP_SPACE && tis(k->b, u->b, "class") &&
	    (k->b->t[u->b].flags & TK_LOWER))
		return;
	if (ck_people_ite(k->b, u->a)) {
		ck_emit(k, u->a, u->b, ENT_PLACE, -1);
		return;
	}
	if (ck_name_city(k->b, u->a)) {
		ck_emit(k, u->a, u->b, ENT_PLACE, k->b->t[u->a].gz->place);
		return;
	}
	if (ck_town_of(k->b, u->a)) {	/* CF_LOC: it counts as a place word elsewhere too */
		c = ck_emit(k, u->a, u->b, ENT_PLACE, t->gz && t->gz->place >= 0 ? t->gz->place : -1);
		c->flags = CF_LOC;
		return;
	}
	if (t->flags & TK_UNTRUSTED)
		fl |= CF_WEAK;
	if (mode == SEG_AFTER_TITLE || (cues & CUE_TITLE))
		fl |= CF_TITLE;
	if (cues & (CUE_SPEECH_AFTER | CUE_SPEECH_BEFORE))
		fl |= CF_SPEECH;
	/* A word in capitals on a line that is not ("Boston, MA 02110") is an
	 * abbreviation before it is a name ("Ma"). */
	if ((u->cls & GZ_FIRST) && (t->flags & (TK_ALLCAP | TK_CAPSLINE)) != TK_ALLCAP)
		fl |= CF_GIVEN;
	if ((u->cls & (GZ_SURNAME | GZ_FF)) && (t->flags & (TK_ALLCAP | TK_CAPSLINE)) != TK_ALLCAP)
		fl |= CF_SURNAME;
	if (ex_evidence(k->b, t->hash) & EV_LOWER)
		fl |= CF_LOWER;
	if (ck_locative(k->b, u->a))
		fl |= CF_LOC;
	/* "the Philistine said": a lone word after "the" names a group, a body or a thing,
	 * not a person, whatever verb follows; nor is a part of a document ("Sections 2.1"). */
	if (ck_after_the_thing(k->b, u->a, u->cls) || ck_unnamelike(k->b, u->a) || ck_hyphen_lower(k->b, u->a) ||
	    (t->gap != GAP_LINE && ck_numbered(k->b, u->a)) ||
	    ((fl & CF_GIVEN) && ck_thing_slot(k->b, u->a)))
		fl = (fl & ~(CF_TITLE | CF_SPEECH | CF_GIVEN | CF_SURNAME)) | CF_LOWER;
	/* a word the article writes in lower case needs a known name besides the cue: "the
	 * General Staff" beside "a general staff" is no one, "President Grant" beside "a land
	 * grant" is */
	if ((fl & (CF_TITLE | CF_SPEECH)) && (!(t->flags & TK_ALLCAP) || ck_caps_surname(k->b, u->a)) &&
	    mode != SEG_BEFORE_TITLE &&
	    (!(fl & CF_LOWER) || (u->cls & GZ_PERSONISH)) &&
	    /* (a word no list knows opening a sentence, its verb its only cue: the
	     * corpus decides, ck_lookahead_start()) */
	    !((fl & (CF_WEAK | CF_TITLE)) == CF_WEAK && !t->gz &&
	      !(ex_evidence(k->b, t->hash) & EV_CAP)))
		type = ENT_PERSON;
	c = ck_emit(k, u->a, u->b, type, -1);
	c->flags = (uint8_t)fl;
}

/* Two names side by side (ck_kin_pair, ck_given_second) are two words of their own; with
 * kin, each is a lone word that the pair's evidence (ck_person_run, and the word of kin)
 * makes a person, else resolution decides ("from Lachish Joshua passed": a place). */
static void
split_pair(struct chunker *k, int i, int cues, int kin)
{
	int h, part[2] = { cues & ~CUE_SPEECH_AFTER,
			   cues & ~(CUE_TITLE | CUE_SPEECH_BEFORE | CUE_HOLDER) };
	size_t n;

	for (h = 0; h < 2; h++) {
		n = k->x->n;
		single(k, &k->u[i + h], SEG_NORMAL, part[h]);
		if (kin && k->x->n > n && k->x->c[n].type == CAND_UNKNOWN &&
		    !(k->x->c[n].flags & CF_LOWER))
			k->x->c[n].type = ENT_PERSON;
	}
}

/* A run of units that are not gazetteer names: a person's name, or a lone word. */
void
ck_flush_run(struct chunker *k, int ua, int ub, int mode, int cues)
{
	const struct ex_block *b = k->b;
	struct cand *c;
	int i, ua0 = ua;

	if (ub - ua >= 2 && ck_number_lead(b, k->u[ua].a) && namey(&k->u[ua + 1])) {
		ck_emit(k, k->u[ua].a, k->u[ub - 1].b, ENT_ORG, -1);	/* "the Four Seasons" */
		return;
	}
	for (; ua < ub && ((!namey(&k->u[ua]) && !ck_particles_then_name(k, ua) &&
			    !(ua > ua0 && k->u[ua].b == k->u[ua].a + 1 &&
			      ck_common_surname(k, ua - 1, ua - 1, k->u[ua].a))) ||
			   (ub - ua >= 3 && ck_plural_role(k, ua))); ua++)
		cues &= ~(CUE_TITLE | CUE_SPEECH_BEFORE);
	/* (a family name after an initial may be a word no name starts a sentence with:
	 * "David H. Small"; a roll's plural office after a name is none of it, its rank
	 * before it: "David W. Wilcox Associate Economists", not "Robert F. Brothers") */
	for (; ub > ua && ((!namey(&k->u[ub - 1]) &&
			    !(ub - 2 >= ua && ck_initial(k, ub - 2) &&
			      !(k->u[ub - 1].cls & (NOT_NAMEY & ~GZ_STOP))) &&
			    !(ub - 2 >= ua0 && k->u[ub - 1].b == k->u[ub - 1].a + 1 &&
			      ck_common_surname(k, ua0, ub - 2, k->u[ub - 1].a))) ||
			   (ub - ua >= 4 && (k->u[ub - 2].cls & (GZ_TITLE | GZ_TITLE_MOD)) &&
			    ck_plural_role(k, ub - 1))); ub--)
		cues &= ~CUE_SPEECH_AFTER;
	if (ua >= ub)
		return;
	/* a title's words in Title Case before a full name: "Lonely Quest Defending Julian
	 * Assange" (a cited story's title, a person of 11 of the Mueller report's mentions) */
	if ((i = ck_common_words_before_given(k, ua, ub)) > ua) {
		ua = i;
		cues &= ~(CUE_TITLE | CUE_SPEECH_BEFORE);
	}
	/* an abstract noun first is none of a name: "a new Sustainability Accelerator" is no
	 * one, "Engagement Keisha Lance Bottoms" of a list of offices and their holders is
	 * the holder where a listed name follows */
	if (ck_abstract_first(k, ua, ub)) {
		for (i = ua + 1; i < ub && !(k->u[i].cls & GZ_PERSONISH); i++)
			;
		if (ub - ua < 3 || i == ub)
			return;	/* (no listed name after it: "Renewable Thermal Collaborative") */
		ua++;
		cues &= ~(CUE_TITLE | CUE_SPEECH_BEFORE);
	}
	if ((i = ck_spaced_country(b, k->u[ua].a, k->u[ub - 1].b)) >= 0) {	/* "U. S." */
		ck_emit(k, k->u[ua].a, k->u[ub - 1].b, ENT_PLACE, i);
		return;
	}
	/* A headline's verb ends the name before it: "President Biden Announces New Plan";
	 * not after a "the" of prose, where the capitals are one name's ("the Trump Tax
	 * Cuts", 16 mentions of a person "Trump Tax" in the round-ups) */
	for (i = ua + 1; i < ub && !the_before(b, k->u[ua].a); i++)
		if (k->u[i].b == k->u[i].a + 1 && ck_headline_verb(b, k->u[i].a)) {
			ck_flush_run(k, ua, i, mode, cues | CUE_SPEECH_AFTER);
			ck_flush_run(k, i + 1, ub, SEG_NORMAL, 0);
			return;
		}
	/* Full names run together, a roll's line ends lost: a name each. */
	if ((i = ck_names_run_together(k, ua, ub)) > 0) {
		ck_flush_run(k, ua, i, mode, cues & ~CUE_SPEECH_AFTER);
		ck_flush_run(k, i, ub, SEG_NORMAL, cues & ~(CUE_TITLE | CUE_SPEECH_BEFORE | CUE_HOLDER));
		return;
	}
	/* Unknown acronyms are words of their own, never part of a person's name; so are
	 * their plurals ("4 DVDs Free Join Now", in 52 mails' footers, was a person) and
	 * words of a program's shape ("FoRKer Alexander Blakely", "BuddyScript Server"). */
	for (i = ua; i < ub; i++)
		if (((b->t[k->u[i].a].flags & TK_ALLCAP) || ck_plural_acronym(b, k->u[i].a) ||
		     (k->u[i].b == k->u[i].a + 1 && ck_unname_shape(b, k->u[i].a))) &&
		    !(k->u[i].cls & GZ_PERSONISH) &&
		    !((b->t[k->u[i].a].flags & TK_DOTTED) && i + 1 < ub) &&
		    !(i == ub - 1 && i > ua && ck_regnal(b, k->u[i].a)) &&
		    !ck_caps_family(k, ua, i) &&
		    !(i > ua && ck_caps_surname(b, k->u[ua].a)) &&	/* "Mr. VAN HOLLEN" */
		    !((i == ub - 1 || ck_byline(b, k->u[ua].a)) && ck_caps_run(k, ua, ub))) {
			if (ub - ua == 1)
				break;
			ck_flush_run(k, ua, i, mode, cues & ~CUE_SPEECH_AFTER);
			ck_flush_run(k, i, i + 1, SEG_NORMAL, 0);
			ck_flush_run(k, i + 1, ub, mode, cues & ~(CUE_TITLE | CUE_SPEECH_BEFORE));
			return;
		}
	if (k->u[ub - 1].b - k->u[ua].a == 1) {
		single(k, &k->u[ua], mode, cues);
		return;
	}
	/* "Contact Erik Vanderkolk for details", "Dear John": a common word opening a
	 * sentence is no part of the name of the given name after it; nor is an epithet
	 * mid-sentence ("by Crazy Nancy", "Crying Chuck Schumer", "Honest Abe Lincoln":
	 * political speech names people so; RULES.md takes the name only), but for the
	 * first word of a longer name of the lists ("Saint John") */
	if (k->u[ua].b == k->u[ua].a + 1 &&
	    ((b->t[k->u[ua].a].flags & TK_UNTRUSTED) || !(k->u[ua].cls & GZ_MW)) &&
	    !(k->u[ua].cls & (GZ_FIRST | GZ_SURNAME | GZ_FF | GZ_NAME | GZ_PERSONISH |
			      GZ_TITLE | GZ_HONORIFIC)) &&
	    ((k->u[ua + 1].cls & GZ_FIRST) ||	/* (or a word before an initial: "Attendance
						 * Jerome H. Powell") */
	     (ua + 2 < ub && ck_initial(k, ua + 2) && !(k->u[ua + 1].cls & NOT_NAMEY))) &&
	    gaz_is_common(b->fb + b->t[k->u[ua].a].fold, b->t[k->u[ua].a].flen) == 1) {
		ck_flush_run(k, ua + 1, ub, mode, cues & ~(CUE_TITLE | CUE_SPEECH_BEFORE));
		return;
	}
	if (ub - ua == 2 && mode == SEG_NORMAL && k->u[ua].b == k->u[ua].a + 1 &&
	    k->u[ua + 1].b == k->u[ua + 1].a + 1 &&
	    !(k->u[ua].cls & (GZ_PERSONISH | GZ_CONNECTOR)) && !(k->u[ua + 1].cls & GZ_CONNECTOR) &&
	    ck_person_run(k, ua, ub, mode, cues)) {
		if (ck_kin_pair(k->b, k->u[ua].a)) {
			split_pair(k, ua, cues, 1);
			return;
		}
		if (ck_given_second(k->b, k->u[ua].a, k->u[ua].cls, k->u[ua + 1].cls)) {
			split_pair(k, ua, cues, 0);
			return;
		}
	}
	/* an affiliation ("Acme Widgets CEO"), or common words; but a given name and more
	 * before a title is a person's name ("... Anna Kovac President Boris Tadic", a
	 * caption's name written twice, "Theodore Roosevelt President Theodore Roosevelt") */
	if ((mode == SEG_BEFORE_TITLE && !(ub - ua >= 2 && (k->u[ua].cls & GZ_FIRST) &&
					   b->t[k->u[ub - 1].b - 1].flen >= 2)) ||
	    !ck_person_run(k, ua, ub, mode == SEG_BEFORE_TITLE ? SEG_NORMAL : mode, cues))
		return;
	if (mode == SEG_NORMAL && ck_compass_given(k, ua, ub, cues)) {
		ck_emit(k, k->u[ua].a, k->u[ub - 1].b, ENT_PLACE, -1);	/* "the North Anna" */
		return;
	}
	if ((i = ck_place_slot_run(k, ua, ub, mode, cues)) != 0) {
		if (i > 0)
			ck_emit(k, k->u[ua].a, k->u[ub - 1].b, ENT_PLACE, -1)->flags |= CF_LOC;
		return;
	}
	/* after a title, a listed family name before common words only is the person, and the
	 * words after him a title's of a speech or an article cited in Title Case ("President
	 * Trump Remarks on Tax Reform"); a word the lists do not know may be a given name
	 * before a family name that is a word ("Senator Sherrod Brown") */
	if ((mode == SEG_AFTER_TITLE || (cues & CUE_TITLE)) && ck_named_for(k, ua, ub)) {
		single(k, &k->u[ua], mode, cues);
		return;
	}
	/* a thing named for a person ("Trump Accounts", "Martha Stewart Everyday"; a
	 * headline's "Biden Plan" still names him), a phrase ("Tropical Timber 2006", "Libreta Informativa del Mundo") */
	if (mode == SEG_NORMAL && !(cues & (CUE_TITLE | CUE_SPEECH_AFTER | CUE_SPEECH_BEFORE)) &&
	    ((i = ck_named_for(k, ua, ub)) || ck_full_named_for(k, ua, ub) ||
	     ck_phrase_not_name(k, ua, ub))) {
		if (i && (b->t[k->u[ua + 1].a].flags & TK_UNTRUSTED))
			single(k, &k->u[ua], mode, cues);
		return;
	}
	c = ck_emit(k, k->u[ua].a, k->u[ub - 1].b, ENT_PERSON, -1);
	if (k->u[ua].cls & GZ_FF)
		c->flags |= CF_FF;
	if (mode == SEG_AFTER_TITLE || (cues & CUE_TITLE))
		c->flags |= CF_TITLE;
	/* a full name with its office after it holds that office as one after it does
	 * ("WILLIAM H. SEWARD, Secretary of State": "Secretary Seward" elsewhere) */
	if (ub - ua >= 2 && ck_office_apposition(b, k->u[ub - 1].b))
		c->link |= LK_OFFICE;
	/* the evidence the resolver weighs for a name no list knows (rs_person_evidence) */
	if (cues & (CUE_SPEECH_AFTER | CUE_SPEECH_BEFORE | CUE_HOLDER))
		c->flags |= CF_SPEECH;
	/* "Build Back Better", "Black Girls Code": common English words only, a family name
	 * among them ("Black") or not, are a person only with a title or a person's verb;
	 * else an organisation where the corpus names one so, or no one (rs_common_names). */
	if (!(c->flags & (CF_TITLE | CF_SPEECH)) &&
	    (ck_common_words(b, k->u[ua].a, k->u[ub - 1].b) ||
	     ck_unknown_common(b, k->u[ua].a, k->u[ub - 1].b)))
		c->flags |= CF_LOWER;
	for (i = ua; i < ub; i++)
		if (k->u[i].cls & GZ_PERSONISH)
			c->flags |= CF_GIVEN;
}

/* Cues that apply to a run of units [ra, rb) of the chunk. */
int
ck_run_cues(const struct chunker *k, int ra, int rb)
{
	return (ra == 0 ? k->cues & (CUE_TITLE | CUE_SPEECH_BEFORE | CUE_HOLDER) : 0) |
	       (rb == k->nu ? k->cues & CUE_SPEECH_AFTER : 0);
}

/* Classify units [s, e): head words make one ORG or PLACE, else names and person runs
 * (recursion on strictly smaller ranges only). */
void
ck_segment(struct chunker *k, int s, int e, int mode)
{
	const struct ex_block *b = k->b;
	int i, j, h = -1, run = -1;

	while (s < e && (k->u[s].cls & GZ_CONNECTOR) && !(k->u[s].cls & GZ_PARTICLE))
		s++;
	while (e > s && (k->u[e - 1].cls & GZ_CONNECTOR))
		e--;
	/* a listed company's product, even with a head word in it ("Microsoft Office": 31
	 * mentions of an ORG in the hard ham), is no mention (RULES.md 1) */
	if (e - s >= 2 && k->u[s].b - k->u[s].a == 1 && (k->u[s].cls & GZ_ORG) &&
	    k->u[s].org >= 0 && ck_company_product(k, s, e))
		return;
	if (ck_club(k, s, e)) {	/* "Real Madrid", "Inter Milan": the club, not its city */
		ck_emit(k, k->u[s].a, k->u[e - 1].b, ENT_ORG, -1);
		return;
	}
	if ((i = ck_realm(k, s, e)) >= 0) {	/* "Lan Na Kingdom", "Adelie Land" */
		if (i > s)
			ck_segment(k, s, i, mode);
		ck_emit(k, k->u[i].a, k->u[e - 1].b, ENT_PLACE, -1);
		return;
	}
	if ((i = ck_heading_verb(k, s, e)) > s) {	/* "American Embassy Reopened" */
		ck_segment(k, s, i, mode);
		ck_segment(k, i + 1, e, SEG_NORMAL);
		return;
	}
	h = decisive_head(k, s, e, GZ_ORG_HEAD | GZ_PLACE_HEAD);
	/* A head word first is only a head with a complement or as a prefix ("Lake X",
	 * "St. Lawrence"). */
	if (h == s && s + 1 < e && !(k->u[s + 1].cls & GZ_CONNECTOR) &&
	    !(k->u[s].cls & GZ_HEAD_PREFIX) && !ck_saint(b, k->u[s].a))
		h = -1;
	if (h >= s && ((h == s && ck_ground_head(k, h)) ||	/* (only last: "Kesh Landing") */
		       ck_not_ice(k, s, h)))
		h = -1;
	/* (nor after a phrase of common words: "the Mend Broken Roads initiative") */
	if (h >= 0 && h == e - 1 && e - s >= 3 && ck_ground_head(k, h) &&
	    ck_common_words(b, k->u[s].a, k->u[e - 1].b))
		h = -1;
	if (h >= s && ck_capital_of_kind(k, s, h))
		h = -1;	/* "National Capital", "Capital of the Nation": no firm's name */
	if (h < 0 && e - s >= 2 && k->u[s].b - k->u[s].a == 1 && ck_saint(b, k->u[s].a))
		h = s;
	/* "San Jacinto" with no given or family name after "San" ("Santa Anna", "Santa
	 * Claus"), nor a person's cue, is a place */
	if (h < 0 && e - s == 2 && k->u[s].b - k->u[s].a == 1 && ck_san(b, k->u[s].a) &&
	    !(k->u[s + 1].cls & (GZ_FIRST | GZ_SURNAME | GZ_FF | GZ_NAME)) &&
	    !(k->cues & (CUE_TITLE | CUE_SPEECH_AFTER | CUE_SPEECH_BEFORE | CUE_MAILBOX)))
		h = s;
	/* "U.S. District Judge Ezra": a place's head last before the title, after a
	 * country's name only, is the title's ("District Judge"); the country is the place */
	if (mode == SEG_BEFORE_TITLE && h == e - 1 && h > s && (k->u[h].cls & GZ_PLACE_HEAD) &&
	    !(k->u[h].cls & GZ_ORG_HEAD)) {
		for (i = s; i < h && (k->u[i].cls & GZ_COUNTRY); i++)
			;
		if (i == h) {
			ck_segment(k, s, h, mode);
			return;
		}
	}
	if (h >= 0 && ck_headed(k, s, e, h, mode))
		return;
	for (i = s; i < e; i++) {
		const struct unit *u = &k->u[i];
		const struct token *t = &b->t[u->a];

		if (((u->cls & (GZ_CITY | GZ_CAPITAL | GZ_REGION)) && !(u->cls & GZ_COUNTRY) &&
		     u->place >= 0 && i + 1 < e && ck_team_word(k, i + 1)) ||
		    ck_place_pacific(k, i, e)) {
			if (run >= 0)
				ck_flush_run(k, run, i, mode, ck_run_cues(k, run, i));
			run = -1;
			ck_emit(k, u->a, k->u[i + 1].b, ENT_ORG, -1);
			i++;
			continue;
		}
		/* an honorific that is an organisation's acronym too, with a full stop and a
		 * name in capitals after it, is the honorific: a transcript's "SEC. RUMSFELD:"
		 * (25 of the SEC in a Pentagon briefing) */
		if ((u->cls & GZ_HONORIFIC) && (u->cls & GZ_ORG) && u->b == u->a + 1 &&
		    t->gap == GAP_DOT && i + 1 < e && (b->t[k->u[i + 1].a].flags & TK_ALLCAP)) {
			if (run >= 0)
				ck_flush_run(k, run, i, mode, ck_run_cues(k, run, i));
			run = -1;
			continue;
		}
		if ((u->cls & GZ_NAME) && !ck_person_place(k, i, s, e, mode)) {
			/* a party ("Free Democrats": listed ones are ORG), a place ("New Bedford") */
			if (run >= 0 && (ck_party_named(k, run, i) ||
					 (run == i - 1 && ck_new_place(k, i)))) {
				ck_emit(k, k->u[run].a, u->b, (u->cls & GZ_ORG) ? ENT_ORG : ENT_PLACE, -1);
				run = -1;
				continue;
			}
			/* a common word before a country's name is its epithet, no one's name:
			 * "Red China" (a person "Red" in nine speeches), "Free France" */
			if (run >= 0 && run == i - 1 && (u->cls & GZ_COUNTRY) && ck_epithet(k, run))
				run = -1;
			if (run >= 0 && ck_company_last(k, run, i, e)) {
				ck_emit(k, k->u[run].a, u->b, ENT_ORG, -1);
				run = -1;
				continue;
			}
			if (run >= 0)
				ck_flush_run(k, run, i, mode, ck_run_cues(k, run, i));
			run = -1;
			if ((j = ck_company_goes_on(k, i, e)) > i + 1) {
				if (!ck_company_product(k, i, j))	/* (a product: none) */
					ck_emit(k, u->a, k->u[j - 1].b, ENT_ORG, u->org);
				i = j - 1;
				continue;
			}
			/* (a river's or a place's lead is a region's or a city's word: their
			 * classes asked first) */
			if (u->b - u->a != 1 ||
			    (!((b->t[u->a].cls & (GZ_REGION | GZ_CITY)) &&
			       (ck_state_river(b, u->a) || ck_place_lead(b, u->a))) &&
			     !(b->t[u->a].flen == 5 && ck_faith_see(b, u))))
				emit_name(k, u, i == 0);
			else if ((j = ck_river_of_state(b, u->a)) >= 0)
				ck_emit(k, u->a, u->b, ENT_PLACE, j);	/* "the Missouri" */
			continue;
		}
		/* (a name's glued article is the name's: the "Sabah" of "Ali al-Khalifa
		 * al-Sabah" is no place) */
		if (u->b - u->a == 1 && (t->flags & TK_HYPH) && !(i > s && ck_article_name(b, u->a)) &&
		    ck_emit_parts(k->b, k->x, u->a, 0)) {
			if (run >= 0)
				ck_flush_run(k, run, i, mode, ck_run_cues(k, run, i));
			run = -1;
			continue;
		}
		if (run < 0)
			run = i;
	}
	if (run >= 0)
		ck_flush_run(k, run, e, mode, ck_run_cues(k, run, e));
}

/* Classify the gathered chunk: events are dropped, titles peeled, the rest segmented. */
static void
classify(struct chunker *k)
{
	int i, last = -1, t0, t1, te = 0, ts, end, sex = 0, courtesy;
	uint32_t office;
	size_t n;

	/* a US state's postal code in an address: "New Orleans, LA 70112" (not Los Angeles) */
	if (k->nu == 1 && k->u[0].b == k->u[0].a + 1 && (i = ck_state_code(k->b, k->u[0].a)) >= 0) {
		ck_emit(k, k->u[0].a, k->u[0].b, ENT_PLACE, i)->flags |= CF_LOC;
		return;
	}
	/* "Red Hat, Inc.", "Sun Microsystems, Inc.": a company, whatever its words; a head
	 * word alone ("Foundation, Inc." after a line break) is only the end of one. */
	if ((k->cues & CUE_LEGAL) && !(k->nu == 1 && (k->u[0].cls & HEADS))) {
		for (i = 0; i + 1 < k->nu && (ck_nameish(k->b, k->u[0].a) ||	/* "eBay Inc" ends */
					      !ck_legal_end(k->b, k->u[i].a)); i++)
			;
		ck_emit(k, k->u[0].a, k->u[i].b, ENT_ORG, -1);
		if (i + 1 < k->nu)
			ck_segment(k, i + 1, k->nu, SEG_NORMAL);
		return;
	}
	/* "Tren de Aragua members", "Wagner fighters": a group's name, not a person's, when
	 * no given name opens it and no place, title, head word or people ("Tamil rebels") is
	 * in it, nor is it one adjective ("Islamic militants", "Communist members") */
	if ((k->cues & CUE_GROUP) && !(k->u[0].cls & GZ_FIRST) &&
	    !chunk_has(k, GZ_PLACE | GZ_TITLE | GZ_HONORIFIC | HEADS | GZ_ORG | GZ_PERSON_NOUN) &&
	    !(k->nu == 1 && ck_adjective(k->b, k->u[0].a))) {
		ck_emit(k, k->u[0].a, k->u[k->nu - 1].b, ENT_ORG, -1);
		return;
	}
	if ((k->cues & CUE_OUTLET) && ck_outlet(k, 0)) {
		ck_emit(k, k->u[0].a, k->u[k->nu - 1].b, ENT_ORG, -1);
		return;
	}
	/* (its country's: "Britain's Independent newspaper") */
	if ((k->cues & CUE_OUTLET) && k->nu >= 2 && (k->u[0].cls & GZ_PLACE) &&
	    k->b->t[k->u[0].b - 1].gap == GAP_POSS && ck_outlet(k, 1)) {
		emit_name(k, &k->u[0], 1);
		ck_emit(k, k->u[1].a, k->u[k->nu - 1].b, ENT_ORG, -1);
		return;
	}
	/* a mailbox's display name that a mailing list's or a service's last word ends
	 * ("Digital Bearer Settlement List" <dbs@...>, a list's name in 5 mails' headers) */
	if ((k->cues & CUE_MAILBOX) && k->nu >= 2 && ck_list_word(k->b, k->u[k->nu - 1].b - 1)) {
		ck_emit(k, k->u[0].a, k->u[k->nu - 1].b, ENT_ORG, -1);
		return;
	}
	/* "analysts at Wedbush said", "Vivendi's share price": a firm, when nothing says
	 * otherwise */
	if ((k->cues & (CUE_EMPLOYER | CUE_FIRM)) && !chunk_has(k, GZ_FIRST | GZ_PLACE | GZ_TITLE |
						   GZ_HONORIFIC | HEADS | GZ_ORG) &&
	    !(k->nu == 1 && ck_adjective(k->b, k->u[0].a))) {
		ck_emit(k, k->u[0].a, k->u[k->nu - 1].b, ENT_ORG, -1);
		return;
	}
	ck_family_title(k);
	last = decisive_head(k, 0, k->nu, HEADS);
	/* a given name before a name is no law's head: "Bill Clinton", "President Bill
	 * Gates" (were dropped whole as laws), not "the Finance Bill", "Bill of Rights" */
	if (last >= 0 && last + 1 < k->nu && (k->u[last].cls & GZ_FIRST) &&
	    !(k->u[last + 1].cls & (GZ_CONNECTOR | HEADS)) && namey(&k->u[last + 1]))
		last = -1;
	/* nor a family name after a given name: "Simon Law", "Judge Simon Law" */
	for (t0 = 0; t0 < last && ck_title_part(&k->u[t0]); t0++)
		;
	if (last >= 0 && last == k->nu - 1 && ck_surname_head(k, t0, k->nu, last)) {
		ck_emit(k, k->u[t0].a, k->u[last].b, ENT_PERSON, -1)->flags |=
			CF_GIVEN | (t0 > 0 ? CF_TITLE : 0);
		return;
	}
	if (last >= 0 && k->nu >= 2 && ck_event_head(k, last)) {
		/* (a place before a title that opens the event's name is the place: "Orange
		 * County District Attorney Anonymous Tip Hotline") */
		for (t0 = 1; t0 < last && !((k->u[t0].cls & GZ_TITLE) && ck_title_part(&k->u[t0]));
		     t0++)
			;
		for (ts = t0; ts > 0 && ck_title_part(&k->u[ts - 1]); ts--)
			;
		for (i = 0; i < ts && !(k->u[i].cls & (GZ_PLACE | GZ_PLACE_HEAD)); i++)
			;
		if (t0 < last && i < ts)
			ck_segment(k, 0, ts, SEG_BEFORE_TITLE);
		if (ck_holder_after_body(k, 0, last, k->nu))	/* (a name after it counts) */
			ck_segment(k, last + 1, k->nu, SEG_AFTER_TITLE);
		return;		/* an event, treaty, law or meeting: nothing inside counts */
	}
	/* nor in one named by an event's head first ("Operation Desert Storm": a place by
	 * its "Desert" in two State of the Union addresses, "Operation Just Cause") */
	if (k->nu >= 2 && (k->u[0].cls & GZ_EVENT_HEAD) && (k->u[0].cls & GZ_HEAD_PREFIX))
		return;
	for (t0 = 0; t0 < k->nu; t0++) {
		if (!(k->u[t0].cls & (GZ_TITLE | GZ_HONORIFIC)) || !ck_title_part(&k->u[t0]))
			continue;
		for (te = t0 + 1; te < k->nu && ck_title_part(&k->u[te]) &&
		     !(k->u[te].cls & GZ_PERSONISH); te++)
			;
		/* (not a thing a title owns: "the District Attorney's Investigations
		 * Division" was a person "Investigations Division"; a body with its head
		 * word after it is still peeled of it, "the District Attorney's Frauds
		 * Bureau") */
		if (te < k->nu &&
		    ((namey(&k->u[te]) && !(k->u[te].cls & GZ_CONNECTOR)) ||
		     ck_particles_then_name(k, te)) &&
		    !ck_body_then_title(k, te) &&
		    (k->b->t[k->u[te - 1].b - 1].gap != GAP_POSS || units_have(k, te, HEADS)))
			break;
	}
	if (t0 < k->nu) {
		/* (a body's word between title words is the title's: "Assistant Police
		 * Chief", "Deputy Police Commissioner"; not "D.C. Police Chief") */
		for (ts = t0; ts > 0 && (ck_title_part(&k->u[ts - 1]) ||
					 (ts >= 2 && (k->u[ts - 1].cls & GZ_TITLE_MOD) &&
					  ck_title_part(&k->u[ts - 2]))); ts--)
			;
		/* (and a rank before the body is the title's too: "Deputy Central Bank", not the
		 * "Federal" of "Federal Court Justice") */
		for (i = 0; i < ts && ck_rank_word(k, i); i++)
			;
		ck_segment(k, i, ts, SEG_BEFORE_TITLE);
		n = k->x->n;
		/* another title with a name after it ends the name: a caption's "President
		 * Theodore Roosevelt President Theodore Roosevelt", "Secretary John Kerry
		 * Spokesman Mark Toner" */
		while ((t1 = ck_title_again(k, te)) > te) {
			ck_segment(k, te, t1, SEG_AFTER_TITLE);
			for (te = t1; te < k->nu && ck_title_part(&k->u[te]) &&
			     !(k->u[te].cls & GZ_PERSONISH); te++)
				;
		}
		ck_segment(k, te, k->nu, SEG_AFTER_TITLE);
		/* the names after it know the title's kind: of office ("President",
		 * "Secretary of State") or an honorific ("Dr.", "First Lady"), by its last
		 * word that is either */
		for (i = te - 1; i > t0 && !(k->u[i].cls & (GZ_TITLE | GZ_HONORIFIC)); i--)
			;
		/* and, for an honorific, whose: a man's or which of a woman's (SEX_*); an
		 * office's abbreviation is the office's ("Sen.", ck_office_honorific()) */
		courtesy = (k->u[i].cls & GZ_HONORIFIC) &&
			   !(k->u[i].b == k->u[i].a + 1 && ck_office_honorific(k->b, k->u[i].a));
		if (courtesy && !(sex = ck_feminine(k->b, k->u[i].a)))
			sex = ck_masculine(k->b, k->u[i].a);
		office = courtesy ? 0 : ck_office_hash(k->b, k->u[i].a, k->u[i].b);
		for (; n < k->x->n; n++)
			if (k->x->c[n].type == ENT_PERSON || k->x->c[n].type == CAND_UNKNOWN) {
				k->x->c[n].link = courtesy ? LK_COURTESY : LK_OFFICE;
				k->x->c[n].sex = (uint8_t)sex;
				k->x->c[n].date = NAME_DATE(0, office);
			}
		return;
	}
	/* A title with no name after it ("Russian President") is dropped. */
	for (end = k->nu; end > 0 && ck_title_part(&k->u[end - 1]) &&
	     !(k->u[end - 1].cls & GZ_PERSONISH); end--)
		;
	for (i = end; i < k->nu && !(k->u[i].cls & (GZ_TITLE | GZ_HONORIFIC)); i++)
		;
	/* (not the "Justice" of "Court of Justice", nor the "Prime Minister" of "Office of
	 * the Prime Minister") */
	if (i == k->nu || (end == k->nu - 1 && ck_body_of_title(k, k->nu)) ||
	    (end < k->nu && ck_office_of_title(k, end)))
		end = k->nu;
	n = k->x->n;
	ck_segment(k, 0, end, SEG_NORMAL);
	/* a plural honorific's roll names its people as "Mr." does ("Messrs. Costrell and
	 * Patterson"): by courtesy, no office */
	for (; (k->cues & CUE_ROLL) && n < k->x->n; n++)
		if (k->x->c[n].type == ENT_PERSON)
			k->x->c[n].link = LK_COURTESY;
}

/* The seat of a member of a parliament at tokens [a, z) (ck_seat): a place, with the word
 * after its possessive ("King's Lynn"); returns the token after it. */
static size_t
seat(struct chunker *k, size_t a, size_t z)
{
	const struct ex_block *b = k->b;

	if (b->t[z - 1].gap == GAP_POSS && z < b->n &&
	    (b->t[z].flags & (TK_CAP | TK_ALLCAP)) == TK_CAP)
		z++;
	ck_emit(k, a, z, ENT_PLACE, k->nu == 1 && (k->u[0].cls & GZ_PLACE) ? k->u[0].place : -1)
		->flags |= CF_LOC;
	return z;
}

void
ex_chunk(struct ex_block *b, struct extraction *x)
{
	struct chunker k;
	size_t i = 0, z, lead, paren;

	memset(&k, 0, sizeof k);
	k.b = b;
	k.x = x;
	while (i < b->n) {
		const struct token *t, *tk = b->t;
		const size_t n = b->n;
		const char *fb = b->fb;	/* (read once: the loop below is the hottest) */

		/* Most words: no name can start at them (what follows says no). */
		while (i < n && !(tk[i].flags & (TK_CAP | TK_GLUED | TK_LOWERLINE | TK_HYPH)) &&
		       !(tk[i].flen == 3 && fb[tk[i].fold] == 's'))
			i++;
		if (i == n)
			break;
		/* a listed name that starts with the article "al" in lower case ("we fought
		 * al Qaeda": named no one), looked for at the capital after it */
		if (i > 0 && ck_al_start(b, i - 1) && ck_multi_start(b, i - 1))
			i--;
		t = &tk[i];
		if (t->flags & TK_GLUED) {
			/* a firm's name in camel case before its legal form: "WebSideStory Inc."
			 * (its parts are no breadcrumb's words) */
			if ((t->flags & TK_CAP) && i + 1 < n &&
			    (t->gap == GAP_SPACE || t->gap == GAP_COMMA) && ck_legal_end(b, i + 1)) {
				ck_emit(&k, i, i + 2, ENT_ORG, -1);
				i += 2;
				continue;
			}
			/* (else, no listed name in it, a word for resolution: the firm's name
			 * alone, "an analyst with WebSideStory") */
			if (!ck_emit_parts(b, x, i, 1) && (t->flags & TK_CAP) &&
			    !(t->flags & (TK_HEADLINE | TK_CAPSLINE | TK_REFLINE)))
				ck_emit(&k, i, i + 1, CAND_UNKNOWN, -1);
			i++;
			continue;
		}
		/* a dispatch's signature: "Major-General, Commanding Army of the Potomac" names
		 * the body after the participle (not a title: "the Commanding General") */
		if ((t->flags & (TK_CAP | TK_ALLCAP)) == TK_CAP && t->gap == GAP_SPACE &&
		    i + 1 < n && (tk[i + 1].flags & TK_CAP) &&
		    !(tk[i + 1].cls & (GZ_TITLE | GZ_HONORIFIC)) && tis(b, i, "commanding")) {
			i++;
			continue;
		}
		if ((t->flags & TK_ALLCAP) && ck_paper_kind(b, i)) {
			i++;	/* "TELEGRAM TO GENERAL McCLELLAN." */
			continue;
		}
		if ((((t->flags & TK_ALLCAP) && t->flen <= 5) ||
		     ((t->flen == 5 || t->flen == 7) && b->fb[t->fold] == 's')) &&
		    (z = ck_ship_name(b, i)) != 0) {
			/* "USS Kitty Hawk", "Space Shuttle Columbia" (the test before the call
			 * is its words' shapes: a short prefix in capitals, "space", "shuttle") */
			i += z;
			continue;
		}
		/* a paper, not the messaging service: "Telegram from Herrick (Paris) to
		 * Bryan", "Kennan's Long Telegram" */
		if ((b->cues & TC_PAPER) && (z = ck_paper_named(b, i)) != 0) {
			i += z;
			continue;
		}
		if (t->flen == 2 && ck_retweet(b, i)) {
			i++;	/* "RT @HistoryAtState:" */
			continue;
		}
		if (t->flen <= 4 && (b->text[t->end] == '.' || (t->flags & TK_DOTTED)) &&
		    (z = ck_resolution(b, i)) != 0) {
			i += z;	/* "H. Con. Res. 175" */
			continue;
		}
		if (t->flen == 3 && b->fb[t->fold] == 's' && ck_sun_weekday(b, i)) {
			i++;
			continue;
		}
		if ((b->text[t->end] == '/' || b->text[t->end] == '-') &&
		    (z = ck_month_range(b, i)) != 0) {	/* "during Jan/Sept 1986" */
			i += z;
			continue;
		}
		if (!ck_nameish(b, i) && ((t->flags & TK_REFLINE) ||
		    (!ck_lookahead_start(b, i) &&
		     !(((t->flags & TK_CAP) || ck_al_start(b, i)) && ck_multi_start(b, i)) &&
		    !ck_initials_start(b, i) &&
		    !((t->flags & TK_CAP) && ck_mailbox_start(b, i)) &&
		    !((t->flags & TK_CAP) && ck_byline_name(b, i)) &&
		    !ck_wrapped_start(b, i) && !ck_team_start(b, i) &&
		    /* a firm's one word first in its sentence, said so after it: "Globex,
		     * the oil producer, fell" */
		    !((t->flags & (TK_CAP | TK_ALLCAP)) == TK_CAP && t->gap == GAP_COMMA &&
		      ck_firm_apposition(b, i + 1))))) {
			if ((t->flags & TK_HYPH) && !(t->cls & GZ_NAME))
				ck_emit_parts(b, x, i, 0);
			i++;
			continue;
		}
		if ((z = ck_figure(b, i)) != 0) {
			i += z;
			continue;
		}
		lead = i > 0 && ck_company_lead(b, i - 1) && (k.nu == 0 || k.u[k.nu - 1].b < i);
		i -= lead;	/* by its shape: "g10 Code GmbH", "RSA Data Security, Inc." */
		z = ck_gather(&k, i);
		if (!lead && i > 1 && (tk[i - 1].cls & GZ_WEEKDAY) && ck_weekday_lead(b, i, z))
			z = ck_gather(&k, --i);	/* "the Sunday School Board" */
		k.cues = ck_chunk_cues(b, i, z) | (lead ? CUE_LEGAL : 0);
		if ((paren = ck_paren_legal(b, z)) != 0)	/* "Equity (Pacific) Ltd" */
			k.cues |= CUE_LEGAL;
		/* (each test below its rare word or mark first: the branches of this chain are
		 * taken by every name) */
		if ((t->flags & TK_ALLCAP) && z == i + 1 && k.nu == 1 && ck_signature_line(b, i))
			ck_emit(&k, i, z, ENT_PERSON, -1)->flags |= CF_SURNAME;
		else if (ck_seat(b, i) &&
			 !chunk_has(&k, GZ_ORG | GZ_ORG_HEAD))
			z = seat(&k, i, z);	/* "the Member for Cork" */
		else if ((ck_team_in_match(b, i, z) && k.nu == 1 &&
			  !(t->flags & TK_UNTRUSTED && !(t->cls & GZ_NAME))) ||
			 (k.nu <= 2 && ck_team_may(b, i, z, k.nu) &&
			  ck_team(b, i, z, k.nu, k.nu > 1 && chunk_has(&k, GZ_ORG | GZ_ORG_HEAD |
									 GZ_PLACE))))
			ck_emit(&k, i, z, ENT_ORG, -1);
		else if (tk[z - 1].gap == GAP_POSS && k.nu == 1 && k.u[0].a + 1 == z &&
			 ck_possessive_place(b, z)) {
			ck_emit(&k, i, z + 1, ENT_PLACE, -1);	/* "Harper's Ferry" */
			z++;
		} else if (tk[z - 1].gap == GAP_POSS && k.nu == 1 && k.u[0].a + 1 == z &&
			   ck_possessive_firm(b, z)) {
			ck_emit(&k, i, z + 2, ENT_ORG, -1);	/* "Hudson's Bay Company" */
			z += 2;
		} else if (b->t[z - 1].gap != GAP_POSS ||
			   (!ck_feast_of(b, z) && !ck_numbered_event(b, i, z)))
			classify(&k);
		i = paren ? paren : z;
	}
}

