/* test_quote.c -- unit tests of quote finding: one case per way of reporting speech. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/entity.h"
#include "dossier/quote.h"
#include "dossier/util.h"
#include "tap.h"

/*
 * The mentions are given by hand (every occurrence of each name, whole words), so these
 * tests check the quote finder alone, whatever the entity extractor makes of the text.
 */
struct name {
	const char *surface;
	int type;		/* enum ent_type */
	uint32_t entity;
};

enum { SMITH = 1, JONES, RUSSIA, MINISTRY, EMBASSY };

static const struct name names[] = {
	{ "John Smith", ENT_PERSON, SMITH }, { "Smith", ENT_PERSON, SMITH },
	{ "Mary Jones", ENT_PERSON, JONES }, { "Jones", ENT_PERSON, JONES },
	{ "Russia", ENT_PLACE, RUSSIA }, { "Cuba", ENT_PLACE, 99 },
	{ "United States", ENT_PLACE, 98 }, { "West Midlands Police", ENT_ORG, 97 },
	{ "Church of Scientology", ENT_ORG, 96 }, { "MOSCOW", ENT_PLACE, 95 },
	{ "Foreign Ministry", ENT_ORG, MINISTRY }, { "Russian Embassy", ENT_ORG, EMBASSY },
	{ "Civil Defense Authority", ENT_ORG, 94 }, { "Geological Survey", ENT_ORG, 93 },
	{ NULL, 0, 0 },
};

static struct article *art;
static struct mention ms[64];
static size_t nms;
static struct quote_list ql;

static int
cmp_mention(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	return (x->start > y->start) - (x->start < y->start);
}

static bool
word_edge(const char *t, size_t i)
{
	unsigned char c = (unsigned char)t[i];

	return !((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* Find the quotes of text, with mentions of every name in the table. */
static void
run(const char *text)
{
	size_t len = strlen(text), i, k;

	if (art)
		article_free(art);
	art = article_parse("t.txt", xstrdup(text), len, 0);
	nms = 0;
	for (i = 0; i < len; i++) {
		if (i > 0 && !word_edge(text, i - 1))
			continue;
		for (k = 0; names[k].surface; k++) {
			size_t n = strlen(names[k].surface);

			if (!strncmp(text + i, names[k].surface, n) && word_edge(text, i + n) &&
			    nms < 64) {
				ms[nms].start = (uint32_t)i;
				ms[nms].end = (uint32_t)(i + n);
				ms[nms].entity = names[k].entity;
				ms[nms].type = (uint8_t)names[k].type;
				nms++;
				i += n - 1;
				break;
			}
		}
	}
	qsort(ms, nms, sizeof ms[0], cmp_mention);
	quote_article(art, ms, nms, &ql);
}

/* Is there a quote saying exactly said, by entity, of kind? */
static bool
has(const char *said, uint32_t entity, int kind)
{
	size_t i, n = strlen(said);

	for (i = 0; i < ql.n; i++) {
		const struct quote *q = &ql.v[i];

		if (q->quote_end - q->quote_start == n &&
		    !memcmp(art->text + q->quote_start, said, n) && q->entity == entity &&
		    q->kind == kind)
			return true;
	}
	for (i = 0; i < ql.n; i++)
		printf("#   got %s [%.*s] by %u\n", quote_kind_name(ql.v[i].kind),
		       (int)(ql.v[i].quote_end - ql.v[i].quote_start), art->text + ql.v[i].quote_start,
		       (unsigned)ql.v[i].entity);
	return false;
}

static void
test_after_verb(void)
{
	run("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said on Monday.\n");
	CHECK_INT(ql.n, 1);
	CHECK(has("We will win,", SMITH, QUOTE_DIRECT));
	/* the whole quotation and its speaker's words */
	CHECK_INT(ql.v[0].start, 0);
	CHECK_INT(ql.v[0].end, strlen("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said"));
	CHECK(!memcmp(art->text + ql.v[0].who_start, "Smith", 5));
}

static void
test_verb_before(void)
{
	run("Smith said: \xE2\x80\x9CWe will win.\xE2\x80\x9D\n");
	CHECK(has("We will win.", SMITH, QUOTE_DIRECT));
	CHECK_INT(ql.n, 1);
	run("Mary Jones told reporters: \xE2\x80\x9CWe will win.\xE2\x80\x9D\n");
	CHECK(has("We will win.", JONES, QUOTE_DIRECT));
}

static void
test_said_x(void)
{
	run("\xE2\x80\x9CWhy now?\xE2\x80\x9D asked Smith.\n");
	CHECK(has("Why now?", SMITH, QUOTE_DIRECT));
	run("\"We will win,\" said John Smith, the minister.\n");
	CHECK(has("We will win,", SMITH, QUOTE_DIRECT));
}

static void
test_said_that(void)
{
	run("Smith said that the talks would resume next week.\n");
	CHECK(has("the talks would resume next week", SMITH, QUOTE_REPORTED));
	run("Smith said on Tuesday the talks would resume.\n");
	CHECK(has("the talks would resume", SMITH, QUOTE_REPORTED));
	run("Smith said in a statement that the talks would resume.\n");
	CHECK(has("the talks would resume", SMITH, QUOTE_REPORTED));
}

static void
test_told(void)
{
	run("Smith told Mary Jones that the talks would resume.\n");
	CHECK(has("the talks would resume", SMITH, QUOTE_REPORTED));
	run("Smith told reporters the talks would resume.\n");
	CHECK(has("the talks would resume", SMITH, QUOTE_REPORTED));
	/* an order, not speech reported */
	run("Smith told Jones to leave the room.\n");
	CHECK_INT(ql.n, 0);
}

static void
test_according_to(void)
{
	run("According to Smith, the talks will resume in May.\n");
	CHECK(has("the talks will resume in May", SMITH, QUOTE_REPORTED));
	run("The talks will resume in May, according to Smith.\n");
	CHECK(has("The talks will resume in May", SMITH, QUOTE_REPORTED));
	/* the verb inside wins over "according to" */
	run("According to a statement, Smith said the talks will resume.\n");
	CHECK(has("the talks will resume", SMITH, QUOTE_REPORTED));
	CHECK_INT(ql.n, 1);
}

static void
test_said_at_end(void)
{
	run("The talks will resume next week, Smith said.\n");
	CHECK(has("The talks will resume next week", SMITH, QUOTE_REPORTED));
	run("The talks will resume next week, said Smith.\n");
	CHECK(has("The talks will resume next week", SMITH, QUOTE_REPORTED));
}

static void
test_participle(void)
{
	run("Smith left the room on Monday, saying the talks were over.\n");
	CHECK(has("the talks were over", SMITH, QUOTE_REPORTED));
	run("Smith was quoted as saying the talks were over.\n");
	CHECK(has("the talks were over", SMITH, QUOTE_REPORTED));
}

static void
test_paragraphs(void)
{
	/* the opening mark again at the start of the next paragraph, no closing one */
	run("\xE2\x80\x9CWe will win.\n\xE2\x80\x9CNobody can stop us,\xE2\x80\x9D Smith said.\n");
	CHECK(has("We will win.\n\xE2\x80\x9CNobody can stop us,", SMITH, QUOTE_DIRECT));
	CHECK_INT(ql.n, 1);
	/* a quote of its own paragraph goes on with the speaker before */
	run("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said.\n\xE2\x80\x9CNobody can stop us.\xE2\x80\x9D\n");
	CHECK(has("Nobody can stop us.", SMITH, QUOTE_DIRECT));
	/* and so does a second quote of the same paragraph */
	run("\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said. \xE2\x80\x9CNobody can stop us.\xE2\x80\x9D\n");
	CHECK(has("Nobody can stop us.", SMITH, QUOTE_DIRECT));
	CHECK_INT(ql.n, 2);
}

static void
test_pronoun(void)
{
	run("Interior Minister John Smith arrived in Moscow on Monday.\n"
	    "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said.\n");
	CHECK(has("We will win,", SMITH, QUOTE_DIRECT));
	/* the speaker before, not the last name */
	run("Smith told reporters that Mary Jones would come.\n"
	    "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said.\n");
	CHECK(has("We will win,", SMITH, QUOTE_DIRECT));
	run("The Foreign Ministry met on Monday. It said the talks would resume.\n");
	CHECK(has("the talks would resume", MINISTRY, QUOTE_REPORTED));
}

static void
test_description(void)
{
	run("Interior Minister John Smith met his counterpart Mary Jones.\n"
	    "The minister said the talks would resume.\n");
	CHECK(has("the talks would resume", SMITH, QUOTE_REPORTED));
	run("Mary Jones met John Smith, the Kremlin spokesman, on Monday.\n"
	    "The spokesman said the talks would resume.\n");
	CHECK(has("the talks would resume", SMITH, QUOTE_REPORTED));
	run("The Foreign Ministry met on Monday.\nThe ministry said the talks would resume.\n");
	CHECK(has("the talks would resume", MINISTRY, QUOTE_REPORTED));
	/* an indefinite one names nobody */
	run("Smith arrived. A spokesman said the talks would resume.\n");
	CHECK(has("the talks would resume", QUOTE_NOBODY, QUOTE_REPORTED));
}

static void
test_appositive(void)
{
	run("John Smith, the Kremlin spokesman, said the talks would resume.\n");
	CHECK(has("the talks would resume", SMITH, QUOTE_REPORTED));
	run("Smith, who attended the talks, said they would resume.\n");
	CHECK(has("they would resume", SMITH, QUOTE_REPORTED));
}

static void
test_place_speaks(void)
{
	run("Russia says ties with Cuba are becoming stronger\n");
	CHECK(has("ties with Cuba are becoming stronger", RUSSIA, QUOTE_REPORTED));
}

static void
test_partial_quote(void)
{
	/* a few words in marks inside reported speech: one quote, the clause */
	run("Smith said the move was \xE2\x80\x9Cillegal\xE2\x80\x9D.\n");
	CHECK(has("the move was \xE2\x80\x9Cillegal\xE2\x80\x9D", SMITH, QUOTE_REPORTED));
	CHECK_INT(ql.n, 1);
}

static void
test_tweet(void)
{
	run("We stand with Cuba. pic.twitter.com/Q95ZdJ2TiY\n"
	    "\xE2\x80\x94 Russian Embassy (@EmbRusCuba) February 4, 2026\n");
	CHECK(has("We stand with Cuba.", EMBASSY, QUOTE_TWEET));
}

static void
test_not_quotes(void)
{
	run("The so-called \xE2\x80\x9C" "Board of Peace\xE2\x80\x9D met in Gaza.\n");
	CHECK_INT(ql.n, 0);
	run("Smith did not say whether the talks would resume.\n");
	CHECK_INT(ql.n, 0);
	run("What Smith said was not clear to anyone.\n");
	CHECK_INT(ql.n, 0);
	/* unbalanced marks: no quote in marks, nothing read past the paragraph */
	run("\xE2\x80\x9CWe will win, he thought.\nSmith left. \xE2\x80\x9D\n\"\n");
	CHECK(ql.n == 0 || ql.v[0].kind != QUOTE_DIRECT);
}

static void
test_unnamed(void)
{
	run("A witness said the car was red.\n");
	CHECK(has("the car was red", QUOTE_NOBODY, QUOTE_REPORTED));
	CHECK(!memcmp(art->text + ql.v[0].who_start, "A witness", 9));
}

static void
test_statement(void)
{
	/* "issued a statement": the quotation that follows is the author's */
	run("John Smith issued a statement on Monday. \"We will win.\"\n");
	CHECK(has("We will win.", SMITH, QUOTE_DIRECT));
	/* a statement speaks for its author */
	run("Smith's statement added, \"We will win.\"\n");
	CHECK(has("We will win.", SMITH, QUOTE_DIRECT));
}

static void
test_marks_mistyped(void)
{
	/* a closing mark typed as an opening one */
	run("Smith said, \xE2\x80\x9CWe will win.\xE2\x80\x9C Then he left.\n");
	CHECK(has("We will win.", SMITH, QUOTE_DIRECT));
	/* none at all: the quote ends with its paragraph */
	run("Smith said, \"We will win. Nobody can stop us.\nThe talks ended.\n");
	CHECK(has("We will win. Nobody can stop us.", SMITH, QUOTE_DIRECT));
}

static void
test_more_attributions(void)
{
	run("According to Smith the talks will resume in May.\n");
	CHECK(has("the talks will resume in May", SMITH, QUOTE_REPORTED));
	run("Russia kept a policy which, according to Smith, the talks cannot change.\n");
	CHECK(has("the talks cannot change", SMITH, QUOTE_REPORTED));
	run("He met Smith, who had told Jones the talks would resume.\n");
	CHECK(has("the talks would resume", SMITH, QUOTE_REPORTED));
	/* the last name of a long title after the verb */
	run("\"We will win,\" said Acting Region 4 Administrator John Smith.\n");
	CHECK(has("We will win,", SMITH, QUOTE_DIRECT));
	/* someone the text does not name */
	run("\"We will win,\" said one viewer.\n");
	CHECK(has("We will win,", QUOTE_NOBODY, QUOTE_DIRECT));
	/* a long appositive: the sentence's subject */
	run("Professor John Smith, Director of the Study, and Chairman of the Centre, says the"
	    " results were clear.\n");
	CHECK(has("the results were clear", SMITH, QUOTE_REPORTED));
	/* found by the held-out articles: a description after a determiner, and a comma
	 * parenthetical opened by a preposition inside the reported clause */
	run("Secretary John Smith spoke on Monday. In a statement the Secretary said \u201cWe"
	    " will win.\u201d\n");
	CHECK(has("We will win.", SMITH, QUOTE_DIRECT));
	run("Secretary John Smith spoke on Monday. The Secretary said Russia, through all its"
	    " offices, is working to end the war.\n");
	CHECK(has("Russia, through all its offices, is working to end the war", SMITH,
	    QUOTE_REPORTED));
}

static void
test_no_speech(void)
{
	/* "continued to", "told him to", "asked them not to", a noun, a capital */
	run("Smith continued to shun the treatment.\nJones told Smith to leave.\n"
	    "Smith asked the governments of the region not to turn boats away.\n");
	CHECK_INT(ql.n, 0);
	run("Two news reports on the talks generated many views.\n");
	CHECK_INT(ql.n, 0);
	run("The program for States and Tribes supports states in addressing issues.\n");
	CHECK_INT(ql.n, 0);
	run("At the ceremony, John Smith announced the locations that would be given the"
	    " prizes.\n");
	CHECK_INT(ql.n, 0);
}

/* A reporting verb with a noun phrase after it reports nothing, whatever participles
 * and adjectives the phrase holds; a clause whose subject has modifiers still is one. */
static void
test_noun_phrase(void)
{
	run("Smith reaffirmed the United States\xE2\x80\x99 rejection of any forced displacement"
	    " of people from the city.\n");
	CHECK(!has("x", 0, 0) && ql.n == 0);
	run("Today, the Foreign Ministry announced the funding for 11 projects totaling"
	    " $791,225 to be implemented along the border.\n");
	CHECK(!has("the funding for 11 projects totaling $791,225 to be implemented along the"
	    " border", 0, QUOTE_REPORTED) && ql.n == 0);
	run("Smith said the combined security lapses raise serious questions.\n");
	CHECK(has("the combined security lapses raise serious questions", SMITH,
	    QUOTE_REPORTED));
	run("Smith says the decline appears to be due to changes in the industry.\n");
	CHECK(has("the decline appears to be due to changes in the industry", SMITH,
	    QUOTE_REPORTED));
	run("Russia says ties with Cuba becoming stronger\n");
	CHECK(has("ties with Cuba becoming stronger", RUSSIA, QUOTE_REPORTED));
}

/* Every reporting verb of the rules as a participle; a description by another word
 * than the organisation's name ("the force" for a police force), or by a word of it
 * ("the Church"). */
static void
test_participles_descriptions(void)
{
	run("Smith called for lower taxes, also commenting that the law should change.\n");
	CHECK(has("the law should change", SMITH, QUOTE_REPORTED));
	run("West Midlands Police found drugs. \xE2\x80\x9CThe boxes were full\xE2\x80\x9D, the"
	    " force said.\n");
	CHECK(has("The boxes were full", 97, QUOTE_DIRECT));
	run("The Church of Scientology accused them.\n\n\"They did it,\" said the Church in a"
	    " press release.\n");
	CHECK(has("They did it,", 96, QUOTE_DIRECT));
}

/* A subject that a name does not head speaks for nobody named; "quoted by X as
 * saying"; a reported clause stops where "and" opens another report. */
static void
test_subject_and_quoted_by(void)
{
	run("The head of news for the Russia station, who saw it, spoke to reporters, saying"
	    " \xE2\x80\x9CThe houses went down.\xE2\x80\x9D\n");
	CHECK(has("The houses went down.", QUOTE_NOBODY, QUOTE_DIRECT));
	run("An official commented that most buildings were destroyed, and local official,"
	    " John Smith was quoted by the Chinese Xinhua news service as saying:"
	    " \xE2\x80\x9CSoldiers have been sent.\xE2\x80\x9D\n");
	CHECK(has("most buildings were destroyed", QUOTE_NOBODY, QUOTE_REPORTED));
	CHECK(has("Soldiers have been sent.", SMITH, QUOTE_DIRECT));
	CHECK_INT(ql.n, 2);
	/* the same subject's second verb is no other report */
	run("Smith said he expressed his condolences, and emphasized his opposition to the"
	    " war.\n");
	CHECK(has("he expressed his condolences, and emphasized his opposition to the war", SMITH,
	    QUOTE_REPORTED));
}

/* Words in marks inside a sentence: a verb with an object after them does not
 * attribute them; ", X told Y." after them reports the words before the comma. */
static void
test_marks_inside_sentence(void)
{
	run("In what an officer described as \xE2\x80\x9C" "one of the largest seizures\xE2\x80\x9D,"
	    " Smith reported recovering six big boxes containing drugs on Wednesday.\n");
	CHECK(!has("one of the largest seizures", SMITH, QUOTE_DIRECT));
	CHECK(has("recovering six big boxes containing drugs on Wednesday", SMITH,
	    QUOTE_REPORTED));
	CHECK_INT(ql.n, 1);
	run("Smith also formed a chamber, an organisation responsible for many"
	    " \xE2\x80\x9C" "community bond building initiatives\xE2\x80\x9D, the candidate told"
	    " reporters.\n");
	CHECK(has("Smith also formed a chamber, an organisation responsible for many"
	    " \xE2\x80\x9C" "community bond building initiatives\xE2\x80\x9D", QUOTE_NOBODY,
	    QUOTE_REPORTED));
	CHECK_INT(ql.n, 1);
}

/* "issued the following statement:" and the quotation of the next paragraph, with a
 * dateline and an opening adverbial before the speaker. */
static void
test_following_statement(void)
{
	run("MOSCOW -- Following Tuesday's launch of Cuba's rocket, John Smith, Assistant to the"
	    " President, issued the following statement:\n\n\"Congratulations to the teams.\"\n");
	CHECK(has("Congratulations to the teams.", SMITH, QUOTE_DIRECT));
	CHECK_INT(ql.n, 1);
}

/* A closing mark whose opening one was forgotten: the quotation is the paragraph up to
 * it, when an attribution follows (rule 3); a stray mark without one is nothing. */
static void
test_opening_mark_missing(void)
{
	run("We are pleased to keep working with the city,\xE2\x80\x9D commented Managing"
	    " Director John Smith.\n");
	CHECK(has("We are pleased to keep working with the city,", SMITH, QUOTE_DIRECT));
	CHECK_INT(ql.n, 1);
	run("The city grew by a tenth,\xE2\x80\x9D and more people came.\n");
	CHECK_INT(ql.n, 0);
}


/* The third held-out set's first run: a speaker's title with abbreviations, "of" and a
 * suffix ("Air Force Maj. Gen.", "Secretary of Defense … III"), and a hearer with no
 * clause after it. */
static void
test_titles_before_said(void)
{
	run("The minister will travel to Brussels, Press Secretary Air Force Maj. Gen. John"
	    " Smith said.\n");
	CHECK(has("The minister will travel to Brussels", SMITH, QUOTE_REPORTED));
	run("Nations have come together to defend Cuba, Secretary of Defense John Smith III"
	    " said.\n");
	CHECK(has("Nations have come together to defend Cuba", SMITH, QUOTE_REPORTED));
	run("In a changing world, the army needs leaders to be \xE2\x80\x9C" "change agents,"
	    "\xE2\x80\x9D Deputy Defense Secretary John Smith told War College graduates.\n");
	CHECK(has("In a changing world, the army needs leaders to be \xE2\x80\x9C" "change agents",
		  SMITH, QUOTE_REPORTED));
	CHECK_INT(ql.n, 1);
	run("Iraq's police are gaining in capability, a senior U.S. military officer said from"
	    " Baghdad today.\n");
	CHECK(has("Iraq's police are gaining in capability", QUOTE_NOBODY, QUOTE_REPORTED));
}

/* "…, officials reported, and the department has …": nothing said after the verb;
 * "state and federal officials" is one speaker; a passive names no speaker (a quotation
 * after it is someone unnamed's); "such as" is no "as Putin said". */
static void
test_said_then_and(void)
{
	run("Three soldiers were killed in Iraq, military officials reported, and the"
	    " department has identified three earlier casualties.\n");
	CHECK(has("Three soldiers were killed in Iraq", QUOTE_NOBODY, QUOTE_REPORTED));
	CHECK_INT(ql.n, 1);
	run("All centers will remain closed until further notice, state and federal disaster"
	    " officials announced tonight.\n");
	CHECK(has("All centers will remain closed until further notice", QUOTE_NOBODY,
		  QUOTE_REPORTED));
	run("After news of the police response was reported, Mohamed received support online"
	    " ranging from John Smith to Mary Jones.\n");
	CHECK_INT(ql.n, 0);
	run("In what was meant to be a compliment, I have been told twice, \"You don't live like"
	    " the majority. You like things clean.\"\n");
	CHECK(has("You don't live like the majority. You like things clean.", QUOTE_NOBODY,
		  QUOTE_DIRECT));
	CHECK_INT(ql.n, 1);
	run("Other sites such as Smith have stated that they will keep hosting the video.\n");
	CHECK(has("they will keep hosting the video", SMITH, QUOTE_REPORTED));
}

/* “A,” he said, “B.” is two quotes of his (rule 3), also after a hearer; a description
 * before the name and an appositive after it belong to the attribution. */
static void
test_split_quotation(void)
{
	run("\xE2\x80\x9CWe will win,\xE2\x80\x9D team member John Smith told the press,"
	    " \xE2\x80\x9C" "and we will win again.\xE2\x80\x9D\n");
	CHECK(has("We will win,", SMITH, QUOTE_DIRECT));
	CHECK(has("and we will win again.", SMITH, QUOTE_DIRECT));
	run("The mosque was calm. \"Had it happened later it would have been worse,\" John"
	    " Smith, editor at large at the Saudi Gazette, said.\n");
	CHECK(has("Had it happened later it would have been worse,", SMITH, QUOTE_DIRECT));
	run("Civil Defense Authority director General John Smith, in remarks to television,"
	    " said \"All the wounded have been taken to hospital.\"\n");
	CHECK(has("All the wounded have been taken to hospital.", SMITH, QUOTE_DIRECT));
}

/* "according to" after "that", with a possessor, titles, an apposition, a phrase after
 * the head ("hydrologists at …") and a report's author; "According to X, Y said" is
 * Y's also when an appositive comes between (rule 5). */
static void
test_according_more(void)
{
	run("A storm caused a crane to fall, according to Cuba's Civil Defense Authority.\n");
	CHECK(has("A storm caused a crane to fall", 94, QUOTE_REPORTED));
	run("We have learned that according to a posting made a day ago, the website is being"
	    " attacked.\n");
	CHECK(has("the website is being attacked", QUOTE_NOBODY, QUOTE_REPORTED));
	run("According to Cuba's Ambassador to the United States John Smith, the team shows"
	    " progress.\n");
	CHECK(has("the team shows progress", SMITH, QUOTE_REPORTED));
	run("According to the team's coach, John Smith, in their first match, the robot scored"
	    " two points.\n");
	CHECK(has("in their first match, the robot scored two points", SMITH, QUOTE_REPORTED));
	run("Flow was above normal in February, according to hydrologists at the U.S."
	    " Geological Survey.\n");
	CHECK(has("Flow was above normal in February", QUOTE_NOBODY, QUOTE_REPORTED));
	run("Output contributed $400 billion in 1995, according to a new report from the U.S."
	    " Geological Survey.\n");
	CHECK(has("Output contributed $400 billion in 1995", 93, QUOTE_REPORTED));
	run("According to the Cuban Herald, Professor John Smith, the chairman of the panel,"
	    " said the flag has never been open to choice.\n");
	CHECK(has("the flag has never been open to choice", SMITH, QUOTE_REPORTED));
	CHECK_INT(ql.n, 1);
}


/* "…, and wrote that …" is the subject's second report; "As Smith told X, …" opening a
 * sentence reports the clause after the comma. */
static void
test_second_verb_and_as(void)
{
	run("Posts on the board theorized that an attack had occurred, and wrote that the"
	    " site was not loading at all.\n");
	CHECK(has("the site was not loading at all", QUOTE_NOBODY, QUOTE_REPORTED));
	run("As John Smith told the Cuban Herald, surface ozone has dropped partly due to the"
	    " law.\n");
	CHECK(has("surface ozone has dropped partly due to the law", SMITH, QUOTE_REPORTED));
	run("The talks went on, as Smith said.\n");
	CHECK_INT(ql.n, 0);
}

/* A participle after "with" and a name, or after "a statement"; "tell", "reporting"
 * and "media" are words of reports; "said although …" says the clause. */
static void
test_participles_more(void)
{
	run("Critics were critical of the attacks, with one poster writing \"How can people"
	    " look at both sides?\"\n");
	CHECK(has("How can people look at both sides?", QUOTE_NOBODY, QUOTE_DIRECT));
	run("Press Secretary John Smith issued a statement saying the team is now working"
	    " with the services.\n");
	CHECK(has("the team is now working with the services", SMITH, QUOTE_REPORTED));
	run("Officials tell the Cuban Herald every claim will be assessed, with Smith reporting"
	    " no one will be refused.\n");
	CHECK(has("every claim will be assessed", QUOTE_NOBODY, QUOTE_REPORTED));
	CHECK(has("no one will be refused", SMITH, QUOTE_REPORTED));
	run("But media have said the questionnaires attract criticism.\n");
	CHECK(has("the questionnaires attract criticism", QUOTE_NOBODY, QUOTE_REPORTED));
	run("Smith said although ozone is known to harm crops, \"nobody has looked at this\".\n");
	CHECK(has("although ozone is known to harm crops, \"nobody has looked at this\"", SMITH,
		  QUOTE_REPORTED));
	run("According to the Foreign Ministry over 345 pilgrims have been killed near"
	    " Mecca.\n");
	CHECK(has("over 345 pilgrims have been killed near Mecca", MINISTRY, QUOTE_REPORTED));
}

/* Quotations a colon introduces: the sentence's named subject said them, on the line or
 * opening the next paragraph; a clause that ends at "…: “" leaves the quotation its
 * own; "and said it was" is a second report; not a title after "dubbed …:", examples
 * "including:" or a pull-quote's caption. */
static void
test_colon_quotations(void)
{
	run("President John Smith tweeted using his account:\n\n\"Cool clock, Ahmed. Want to"
	    " bring it to the White House?\"\n");
	CHECK(has("Cool clock, Ahmed. Want to bring it to the White House?", SMITH,
		  QUOTE_DIRECT));
	run("Smith defended the record whilst promising an update: \"We are working as"
	    " quickly as possible to bring forward that law.\"\n");
	CHECK(has("We are working as quickly as possible to bring forward that law.", SMITH,
		  QUOTE_DIRECT));
	run("After the leak, CEO of the Foreign Ministry John Smith told Cuba any process"
	    " \"must be thought out\": \"Moves to reduce the backlog are welcome.\"\n");
	CHECK(has("any process \"must be thought out\"", SMITH, QUOTE_REPORTED));
	CHECK(has("Moves to reduce the backlog are welcome.", SMITH, QUOTE_DIRECT));
	run("Mary Jones said her party has supported the idea \"for months\", and said it was"
	    " \"damning\" that nothing was done.\n");
	CHECK(has("her party has supported the idea \"for months\"", JONES, QUOTE_REPORTED));
	CHECK(has("it was \"damning\" that nothing was done", JONES, QUOTE_REPORTED));
	run("Smith dubbed the conflict: \"Scientology vs. the Internet, part XVII\". The"
	    " Herald cited questions, including: \"Were you subject to human trafficking?\"\n");
	CHECK_INT(ql.n, 0);
	run("Smith said the game was hard.\n\n\"So far, it's the Internet: 1, Scientology: 0."
	    " But it's a long game.\" - Matthew Ingram\n");
	CHECK_INT(ql.n, 1);
}

/* “…”, it added; and, later, “…”: the second quotation is the same speaker's; a
 * statement issued does not take a quotation attributed in a later sentence. */
static void
test_quotation_goes_on(void)
{
	run("\"Provocation deserves punishment\", Smith added; and, later, \"the units should"
	    " enter a wartime state\".\n");
	CHECK(has("Provocation deserves punishment", SMITH, QUOTE_DIRECT));
	CHECK(has("the units should enter a wartime state", SMITH, QUOTE_DIRECT));
	run("John Smith issued a statement. Critics were critical, with one poster writing"
	    " \"How can people look at both sides?\"\n");
	CHECK(has("How can people look at both sides?", QUOTE_NOBODY, QUOTE_DIRECT));
}


/* "Police in the West Midlands in England today said" is the article's "West Midlands
 * Police"; a parenthesis does not hide the clause's verb; "the 48 conterminous states
 * coverage" is no verb; a quotation whose next paragraph the writer did not open again
 * goes on to its closing mark; "CEO of the Foreign Ministry John Smith" is Smith, and so
 * is a name in apposition when the subject names nobody. */
static void
test_police_in_place(void)
{
	run("Police in the West Midlands in Cuba today said nearly 200 kilograms of drugs"
	    " (about US$49 million or more) has been seized. West Midlands Police reported"
	    " recovering six boxes.\n");
	CHECK(has("nearly 200 kilograms of drugs (about US$49 million or more) has been seized",
		  97, QUOTE_REPORTED));
	run("Maps are updated every three years. The initial round of the 48 conterminous"
	    " states coverage was completed in September of 2012.\n");
	CHECK_INT(ql.n, 0);
	run("After the match, Smith said, \"I think we have learned a lot.\n\nIt was a very"
	    " emotional day.\"\n");
	CHECK(has("I think we have learned a lot.\n\nIt was a very emotional day.", SMITH,
		  QUOTE_DIRECT));
	CHECK_INT(ql.n, 1);
	run("The secretary general of the Foreign Ministry (its head), John Smith, has called"
	    " the ruling \"dangerous\":\n\n\"We face a dangerous ruling. They do not understand"
	    " what schools do.\"\n");
	CHECK(has("We face a dangerous ruling. They do not understand what schools do.", SMITH,
		  QUOTE_DIRECT));
	run("After the leak, CEO of the Foreign Ministry John Smith defended the record:"
	    " \"Moves to reduce the backlog are welcome.\"\n");
	CHECK(has("Moves to reduce the backlog are welcome.", SMITH, QUOTE_DIRECT));
}


/* Seen on other kinds of text (the GUM corpus' essays, biographies, interviews): a
 * participle before "by" is no report, nor a verb with an object and another verb after
 * a parenthesis, a base form after "and", a second verb with an object in marks, "tell"
 * with no hearer, nor a colon's quotation whose subject is a name after "to". */
static void
test_not_reports_elsewhere(void)
{
	run("Enjambment takes place when a pause suggested by poetic form (e.g. at the end of a"
	    " line) occurs between strongly connected units.\n");
	CHECK_INT(ql.n, 0);
	run("Smith asserted his influence openly (which resulted in reprimands) and generally"
	    " maintained himself as a prominent figure.\n");
	CHECK_INT(ql.n, 0);
	run("John Smith reviewed the paper on equation theory and declared it"
	    " \"incomprehensible\".\n");
	CHECK_INT(ql.n, 0);
	run("The typical pattern is to give the other humans a different label than us, and"
	    " say they are going to harm us.\n");
	CHECK_INT(ql.n, 0);
	run("How can you tell whether they will or will not? When I tell stories I don't like"
	    " that everything will be clear.\n");
	CHECK_INT(ql.n, 0);
	run("He was 20 years old. His last words to his younger brother John Smith were:\n\n"
	    "\"Do not cry, John! I need all my courage to die at twenty.\"\n");
	CHECK(!has("Do not cry, John! I need all my courage to die at twenty.", SMITH,
		   QUOTE_DIRECT));
}

static void
test_hostile(void)
{
	/* every byte: controls, invalid UTF-8, a NUL, marks everywhere */
	static const char junk[] = "\x1b[2J\xE2\x80\x9C\xff\xfe said \"\" \xE2\x80\x9D\xE2\x80\x9C"
				   "\n\xE2\x80\x9C\n, said , \xE2\x80\x94 (@\n";
	char *t = xmalloc(sizeof junk + 1);

	memcpy(t, junk, sizeof junk);
	t[5] = '\0';
	if (art)
		article_free(art);
	art = article_parse("t.txt", t, sizeof junk - 1, 0);
	quote_article(art, NULL, 0, &ql);
	CHECK(ql.n < 10);
}

int
main(void)
{
	RUN(test_after_verb);
	RUN(test_verb_before);
	RUN(test_said_x);
	RUN(test_said_that);
	RUN(test_told);
	RUN(test_according_to);
	RUN(test_said_at_end);
	RUN(test_participle);
	RUN(test_paragraphs);
	RUN(test_pronoun);
	RUN(test_description);
	RUN(test_appositive);
	RUN(test_place_speaks);
	RUN(test_partial_quote);
	RUN(test_tweet);
	RUN(test_not_quotes);
	RUN(test_unnamed);
	RUN(test_statement);
	RUN(test_marks_mistyped);
	RUN(test_more_attributions);
	RUN(test_no_speech);
	RUN(test_noun_phrase);
	RUN(test_participles_descriptions);
	RUN(test_subject_and_quoted_by);
	RUN(test_marks_inside_sentence);
	RUN(test_following_statement);
	RUN(test_opening_mark_missing);
	RUN(test_titles_before_said);
	RUN(test_said_then_and);
	RUN(test_split_quotation);
	RUN(test_according_more);
	RUN(test_second_verb_and_as);
	RUN(test_participles_more);
	RUN(test_colon_quotations);
	RUN(test_quotation_goes_on);
	RUN(test_police_in_place);
	RUN(test_not_reports_elsewhere);
	RUN(test_hostile);
	if (art)
		article_free(art);
	quote_list_free(&ql);
	return TAP_END();
}
