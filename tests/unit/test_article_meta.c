/* test_article_meta.c -- unit tests of dates from file names and header blocks. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "tap.h"

/* An article from a C string; its mtime is 2001-09-09 (1e9 s), never a date tested for. */
static struct article *
parse(const char *path, const char *s)
{
	return article_parse(path, xstrdup(s), strlen(s), (time_t)1000000000);
}

static void
done(struct article *a)
{
	article_free(a);
}

/* Line l's flags, by the text it starts with; 0xFFFFFFFF when no line does. */
static uint32_t
flags_of(const struct article *a, const char *prefix)
{
	size_t l;

	for (l = 0; l < a->nlines; l++)
		if (a->lines[l].end - a->lines[l].start >= strlen(prefix) &&
		    !memcmp(a->text + a->lines[l].start, prefix, strlen(prefix)))
			return a->lines[l].flags;
	return 0xFFFFFFFFu;
}

static const char plain[] = "A speech with no date\n\nIt says nothing about when it was given.\n";

static void
test_name_full_dates(void)
{
	static const struct { const char *path, *date; } cases[] = {
		{ "x/2026-01-21-slug.txt", "2026-01-21" },
		{ "x/20260121_x.txt", "2026-01-21" },
		{ "x/2026_01_21.txt", "2026-01-21" },
		{ "x/talks.2026.01.21.txt", "2026-01-21" },
		{ "x/report-2025-12-19", "2025-12-19" },
		{ "/a/b/19900131-state-of-the-union.txt", "1990-01-31" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct article *a = parse(cases[i].path, plain);

		CHECK_STR(a->date, cases[i].date);
		CHECK_INT(a->date_from, DATE_FROM_NAME);
		CHECK(!a->date_from_mtime);
		done(a);
	}
}

static void
test_name_year_only(void)
{
	struct article *a = parse("speeches/1990_bush.txt", plain);

	CHECK_STR(a->date, "1990");
	CHECK_INT(a->date_key, 19900000);
	CHECK_INT(a->date_from, DATE_FROM_NAME);
	done(a);
	a = parse("speeches/1790_washington.txt", plain);
	CHECK_STR(a->date, "1790");
	done(a);
	/* A leading year with an impossible day after it still gives the year. */
	a = parse("x/2026-02-30-slug.txt", plain);
	CHECK_STR(a->date, "2026");
	done(a);
}

static void
test_name_not_dates(void)
{
	static const char *const paths[] = {
		"seeds/000_26794aa82bd9f140.txt", "x/20261345_x.txt", "x/report_1990.txt",
		"x/0042_x.txt", "x/123456789.txt", "x/12345.txt", "x/3000_x.txt",
	};
	size_t i;

	for (i = 0; i < sizeof paths / sizeof *paths; i++) {
		struct article *a = parse(paths[i], plain);

		CHECK_INT(a->date_from, DATE_FROM_MTIME);
		CHECK(a->date_from_mtime);
		if (a->date_from != DATE_FROM_MTIME)
			printf("#   %s: %s\n", paths[i], a->date);
		done(a);
	}
}

/* The text's own date comes before the name's. */
static void
test_text_before_name(void)
{
	struct article *a = parse("x/2020-01-01-old.txt",
				  "Talks resume\n\nFebruary 4, 2026\n\nThe talks resumed.\n");

	CHECK_STR(a->date, "2026-02-04");
	CHECK_INT(a->date_from, DATE_FROM_TEXT);
	done(a);
}

/* A date met only in the prose of the first lines is often another day's: a full date in
 * the file's name goes before it (14 of 300 presidential speeches were dated by an
 * election or an inauguration they named, a White House release by the day its bill
 * runs to). A year alone in the name does not. */
static void
test_name_before_prose(void)
{
	static const char speech[] =
		"President: Donald Trump\n\nTHE PRESIDENT: Thank you. Since the election"
		" of November 8, 2016, we have worked hard.\n";
	static const char wrapped[] =
		"Press Release: Bill Signed: H.R. 3935\n\n"
		"On Thursday, May 16, 2024, the President signed into law:\n\n"
		"H.R. 3935, which reauthorizes the Federal Aviation Administration through\n"
		"September 30, 2028; and the Board through the same day.\n";
	struct article *a = parse("x/2017-12-18-remarks.txt", speech);

	CHECK_STR(a->date, "2017-12-18");
	CHECK_INT(a->date_from, DATE_FROM_NAME_OVER_TEXT);
	done(a);
	a = parse("x/remarks.txt", speech);
	CHECK_STR(a->date, "2016-11-08");
	CHECK_INT(a->date_from, DATE_FROM_PROSE);
	done(a);
	a = parse("x/2017_remarks.txt", speech);
	CHECK_STR(a->date, "2016-11-08");
	done(a);
	/* A line of a wrapped paragraph that starts with a date does not lead with it. */
	a = parse("x/2024-05-16-bill.txt", wrapped);
	CHECK_STR(a->date, "2024-05-16");
	done(a);
	a = parse("x/bill.txt", wrapped);
	CHECK_STR(a->date, "2024-05-16");
	CHECK_INT(a->date_from, DATE_FROM_PROSE);
	done(a);
	/* A text written a paragraph a line: one that starts with a date still leads with it
	 * (the line above ends its sentence). */
	a = parse("x/lines.txt", "Talks resume\nBy A. Writer\nThe talks resumed in a cold hall.\n"
		  "June 21, 2025 - the second round opened.\n");
	CHECK_STR(a->date, "2025-06-21");
	CHECK_INT(a->date_from, DATE_FROM_TEXT);
	done(a);
	/* A date on the line under the title still goes before the name's. */
	a = parse("x/2020-01-01-old.txt", "Talks resume\nFebruary 4, 2026 - Reuters\n\n"
		  "The talks resumed on a cold day in Geneva, a week after they broke off.\n");
	CHECK_STR(a->date, "2026-02-04");
	CHECK_INT(a->date_from, DATE_FROM_TEXT);
	done(a);
}

/* "On April 20, 2010, an explosion ..." opens a sentence about the past: not the
 * article's date, which the headline gives (a weekly round-up, 2021). */
static void
test_on_date_sentence(void)
{
	struct article *a = parse("x/week.txt",
				  "This Week at Interior April 23, 2021\n\nTranscript:\n\n"
				  "On April 20, 2010, an explosion on the Deepwater Horizon drilling"
				  " rig cost eleven lives and spilled oil into Gulf waters.\n");

	CHECK_STR(a->date, "2021-04-23");
	done(a);
	/* A dateline that starts "On" and says nothing else is still one. */
	a = parse("x/on.txt", "Talks resume\n\nOn February 4, 2026\n\nThe talks resumed."
		  " They met on March 9, 2025 too.\n");
	CHECK_STR(a->date, "2026-02-04");
	done(a);
	/* And with no other date, the sentence's date is better than the file's. */
	a = parse("x/only.txt", "Talks resume\n\nOn April 20, 2010, the talks resumed.\n");
	CHECK_STR(a->date, "2010-04-20");
	done(a);
}

/* "Issued: Oct 13, 2022 (2:04pm EDT)" over a release's headline is its date line (as
 * "Published:" and "Posted:" are), not its title. */
static void
test_issued_label(void)
{
	static const char *const labels[] = { "Issued", "Released", "Filed", "Revised" };
	char text[300];
	size_t i;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		struct article *a;

		snprintf(text, sizeof text, "%s: Oct 13, 2022 (2:04pm EDT)\nEPA Selects Recipients"
			 " of Grants\nWASHINGTON - Today the agency announced grants.\n", labels[i]);
		a = parse("x/release.txt", text);
		CHECK_STR(a->date, "2022-10-13");
		CHECK_STR(a->title, "EPA Selects Recipients of Grants");
		done(a);
	}
}

/* A date's line is looked at to its 160th byte: a year ending there counts, one cut by
 * it does not; a longer number after the year, or a number before the date, changes
 * nothing (the four-digit run is looked for from the end). */
static void
test_date_line_limits(void)
{
	static const char tail[] = "March 3, 2026\nA Headline Here\nBody text.\n";
	char text[400];
	struct article *a;
	size_t pad;

	for (pad = 0; pad < 2; pad++) {
		/* "Published:" and blanks up to byte 147 (+ pad), then the 13-byte date */
		snprintf(text, sizeof text, "Published:%*s%s", (int)(137 + pad), "", tail);
		a = parse("x/limits.txt", text);
		CHECK(pad ? strcmp(a->date, "2026-03-03") != 0 : strcmp(a->date, "2026-03-03") == 0);
		CHECK_INT(a->date_from, pad == 0 ? DATE_FROM_TEXT : DATE_FROM_MTIME);
		done(a);
	}
	a = parse("x/limits.txt", "Published: March 3, 2026, file 123456\nA Headline\nBody.\n");
	CHECK_STR(a->date, "2026-03-03");
	CHECK_INT(a->date_from, DATE_FROM_TEXT);
	done(a);
	a = parse("x/limits.txt", "Posted 09:53 | 2026-02-03 | 1999 words\nA Headline\nBody.\n");
	CHECK_STR(a->date, "2026-02-03");
	CHECK_INT(a->date_from, DATE_FROM_TEXT);
	done(a);
	a = parse("x/limits.txt", "A Headline\nThe 1999 report was filed on Sept. 4th, 2001.\n");
	CHECK_STR(a->date, "2001-09-04");
	CHECK_INT(a->date_from, DATE_FROM_PROSE);
	done(a);
}

/* A press release's contact line is not its title. */
static void
test_contact_line(void)
{
	static const char *const heads[] = { "Contact: R3press@epa.gov", "Media Contact: Jo Ray",
					     "Contacts: David Miller", "FOR IMMEDIATE RELEASE",
					     "Press contact - Ana Ruiz, 555-0100" };
	char text[300];
	size_t i;

	for (i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		struct article *a;

		snprintf(text, sizeof text, "%s\nEPA Announces Award of $21 Million\nPHILADELPHIA"
			 " (March 4, 2020) - The agency announced grants.\n", heads[i]);
		a = parse("x/release.txt", text);
		CHECK_STR(a->title, "EPA Announces Award of $21 Million");
		done(a);
	}
}

/* A release that opens with its contacts (a name, an office, a telephone number, a mail
 * address) and its number is titled by its headline, not by the first contact's name. */
static void
test_contact_block(void)
{
	static const char *const phones[] = { "202-358-1898", "david.weaver@nasa.gov",
					       "Tel: +1 (202) 358 1898" };
	char text[600];
	size_t i;
	struct article *a;

	for (i = 0; i < sizeof phones / sizeof phones[0]; i++) {
		snprintf(text, sizeof text, "David Weaver\nHeadquarters, Washington\n%s\n\n"
			 "Phil Larson\nOffice of Science and Technology Policy, Executive Office of "
			 "the President\n202-456-6043\nMay 22, 2012\n\nRELEASE : 12-164\n\n"
			 "Statement by John P. Holdren On Launch of Falcon 9\n\nWASHINGTON -- Text.\n",
			 phones[i]);
		a = parse("x/release.txt", text);
		CHECK_STR(a->title, "Statement by John P. Holdren On Launch of Falcon 9");
		done(a);
	}
	a = parse("x/r.txt", "NOAA 2004-026\n\nNOAA Reports Its Results\n\nThe agency said.\n");
	CHECK_STR(a->title, "NOAA Reports Its Results");
	done(a);
	a = parse("x/r.txt", "Release No. 12-164\nNASA Picks Crew\nThe agency said.\n");
	CHECK_STR(a->title, "NASA Picks Crew");
	done(a);
	/* A name over a line of prose is no contact block, nor a year's budget a number. */
	a = parse("x/p.txt", "Jane Smith Wins Award\nThe prize was given on Friday.\n");
	CHECK_STR(a->title, "Jane Smith Wins Award");
	done(a);
	a = parse("x/c.txt", "Budget 2020-21\nThe council met.\n");
	CHECK_STR(a->title, "Budget 2020-21");
	done(a);
}

static void
test_mail_header(void)
{
	struct article *a = parse("mail/1.txt",
		"From jane@example.org Tue Jan 20 10:00:00 2026\n"
		"Return-Path: <jane@example.org>\n"
		"From: \"Jane Doe\" <jane@example.org>\n"
		"To: talks@example.org\n"
		"Subject: Talks in Geneva\n"
		"  resume today\n"
		"Date: Tue, 20 Jan 2026 10:00:00 +0000\n"
		"\n"
		"The talks resumed in Geneva this morning, 3 March 2026 is the next round.\n");

	CHECK_STR(a->title, "Talks in Geneva resume today");
	CHECK_STR(a->date, "2026-01-20");
	CHECK_INT(a->date_from, DATE_FROM_HEADER);
	CHECK_STR(a->source, "Jane Doe");
	CHECK(flags_of(a, "From jane") & LINE_BOILERPLATE);
	CHECK(flags_of(a, "Subject:") & LINE_BOILERPLATE);
	CHECK(flags_of(a, "  resume") & LINE_BOILERPLATE);
	CHECK(flags_of(a, "Date:") & LINE_BOILERPLATE);
	CHECK(!(flags_of(a, "The talks") & LINE_BOILERPLATE));
	done(a);
	/* A sender without a name is named by the address. */
	a = parse("mail/2.txt", "From: <desk@example.org>\nSubject: Notes\n\nBody.\n");
	CHECK_STR(a->source, "desk@example.org");
	CHECK_STR(a->title, "Notes");
	done(a);
}

static void
test_news_export_header(void)
{
	struct article *a = parse("export/x.txt",
		"Headline: Russia says ties with Cuba grow stronger\n"
		"Byline: Staff\n"
		"Source: Anadolu Agency\n"
		"Date: January 21, 2026\n"
		"\n"
		"MOSCOW - Russia's interior minister said on Wednesday ...\n");

	CHECK_STR(a->title, "Russia says ties with Cuba grow stronger");
	CHECK_STR(a->source, "Anadolu Agency");
	CHECK_STR(a->date, "2026-01-21");
	CHECK_INT(a->date_from, DATE_FROM_HEADER);
	CHECK(flags_of(a, "Byline:") & LINE_BOILERPLATE);
	done(a);
	/* Source: wins over From:, whichever comes first. */
	a = parse("export/y.txt", "From: Desk <d@x.org>\nSource: Xinhua\nTitle: T\n\nBody.\n");
	CHECK_STR(a->source, "Xinhua");
	done(a);
}

/* An mbox envelope line is never the title, with or without a header after it. */
static void
test_envelope_never_title(void)
{
	struct article *a = parse("mbox/1", "From someone@example.org Mon Feb  2 09:15:00 2026\n"
				  "\nBudget talks stall\n\nThe budget talks stalled.\n");

	CHECK_STR(a->title, "Budget talks stall");
	CHECK(flags_of(a, "From someone") & LINE_BOILERPLATE);
	done(a);
	a = parse("x/desk.txt", "From the desk of the editor\n\nA letter.\n");
	CHECK_STR(a->title, "From the desk of the editor");
	done(a);
}

/* Lines that look like fields but are text are left alone. */
static void
test_not_headers(void)
{
	struct article *a = parse("x/w.txt", "Washington: the talks go on\nMoscow: no comment\n\n"
				  "Body text.\n");

	CHECK_STR(a->title, "Washington: the talks go on");
	CHECK(!(flags_of(a, "Washington:") & LINE_BOILERPLATE));
	done(a);
	/* One field alone is no block. */
	a = parse("x/s.txt", "Subject: budget\nThe budget was passed.\n");
	CHECK(!(flags_of(a, "Subject:") & LINE_BOILERPLATE));
	done(a);
	/* A block that runs into text without a blank line is no header either. */
	a = parse("x/t.txt", "Title: A\nDate: 2026-01-02\nThen the text starts.\n");
	CHECK(!(flags_of(a, "Title:") & LINE_BOILERPLATE));
	done(a);
}

int
main(void)
{
	RUN(test_name_full_dates);
	RUN(test_name_year_only);
	RUN(test_name_not_dates);
	RUN(test_text_before_name);
	RUN(test_name_before_prose);
	RUN(test_on_date_sentence);
	RUN(test_issued_label);
	RUN(test_contact_line);
	RUN(test_contact_block);
	RUN(test_mail_header);
	RUN(test_news_export_header);
	RUN(test_envelope_never_title);
	RUN(test_not_headers);
	RUN(test_date_line_limits);
	return TAP_END();
}
