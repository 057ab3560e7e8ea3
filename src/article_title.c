/* article_title.c -- an article's title: the first line that is a headline. MIT licence. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "article_int.h"
#include "dossier/corpus.h"
#include "dossier/extract.h"
#include "dossier/text.h"
#include "dossier/util.h"

/* A short Title Case label followed by a blank line and a headline ("US Trends"): a
 * line of four words or more. A name and a line as short after it are the title and a
 * subtitle ("Algeria", "The World Factbook": every profile's title was its first section's
 * heading, "INTRODUCTION"). */
static bool
is_label(const struct article *a, size_t l, const char *s, size_t n)
{
	const char *t, *e, *p;
	size_t i, k, words = 1, next = 1;

	if (n > 30 || strchr(".!?:", s[n - 1]) || l + 1 >= a->nlines ||
	    !(a->lines[l + 1].flags & LINE_BLANK))
		return false;
	for (i = 0; i < n; i++) {
		if ((i == 0 || s[i - 1] == ' ') && s[i] >= 'a' && s[i] <= 'z')
			return false;
		words += s[i] == ' ';
	}
	for (k = l + 2; k < a->nlines && k < l + 6; k++) {
		if (a->lines[k].flags & (LINE_BLANK | LINE_BOILERPLATE))
			continue;
		article_line_span(a, k, &t, &e);
		for (p = t; p + 1 < e; p++)
			next += p[0] == ' ' && p[1] != ' ';
		return words <= 3 && e - t <= 150 && next >= 4;
	}
	return false;
}

/* The title made from a line: cleaned, a long paragraph cut to its first sentence,
 * then to TITLE_COLS columns. */
static char *
make_title(const char *s, size_t n)
{
	char *t, *cut;
	size_t len;

	if (n > 4096) {
		n = 4096;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	t = text_clean_line(s, n);
	len = strlen(t);
	if (text_width(t, len) <= TITLE_COLS)
		return t;	/* (text_ellipsize() would copy it as it is) */
	t[len = text_sentence_end(t, len)] = '\0';
	cut = text_ellipsize(t, len, TITLE_COLS);
	free(t);
	return cut;
}

/* Short lines that start so are a byline, a source or a press release's contact or
 * embargo line, never the title. */
static const char *const not_titles[] = {
	"by ", "source:", "contact:", "contacts:", "media contact", "press contact",
	"for immediate release", NULL
};

/* A line that is only a telephone number or a mail address, perhaps labelled ("Tel:
 * +1 202-358-1898", "david.weaver@nasa.gov"). */
static bool
is_phone_or_mail(const char *s, size_t n)
{
	static const char *const labels[] = { "tel", "phone", "fax", "mobile", "cell", "office",
					      "email", "e-mail", NULL };
	size_t i, digits = 0, k, len;

	for (k = 0; labels[k] && n > 0; k++) {
		if ((s[0] | 32) != labels[k][0])
			continue;	/* (a call per label was a tenth of finding the title) */
		len = strlen(labels[k]);
		if (n > len && !strncasecmp(s, labels[k], len) && (s[len] == ':' || s[len] == '.')) {
			for (i = len + 1; i < n && s[i] == ' '; i++)
				;
			s += i, n -= i;
			break;
		}
	}
	if (n == 0 || n > 80)
		return false;
	if (memchr(s, '@', n)) {	/* an address, perhaps "<in brackets>." */
		if (*s == '<')
			s++, n--;
		while (n > 0 && strchr(">.,;", s[n - 1]))
			n--;
		return n > 0 && scan_email(s, n) == n;	/* the extractor's own test */
	}
	for (i = 0; i < n; i++) {
		if (is_digit((unsigned char)s[i]))
			digits++;
		else if (!s[i] || !strchr(" +-().x/", s[i]))
			return false;
	}
	return digits >= 7;
}

/* Line l belongs to a contact block: a run of lines without a blank one that holds a
 * telephone number or a mail address alone on its line ("David Weaver / Headquarters,
 * Washington / 202-358-1898"). */
static bool
in_contact_block(const struct article *a, size_t l)
{
	const char *s, *e;
	size_t b = l, k;

	while (b > 0 && l - b < 6 && !(a->lines[b - 1].flags & LINE_BLANK))
		b--;
	for (k = b; k < a->nlines && k < l + 6 && !(a->lines[k].flags & LINE_BLANK); k++) {
		if (k == l)
			continue;
		article_line_span(a, k, &s, &e);
		if (is_phone_or_mail(s, (size_t)(e - s)))
			return true;
	}
	return false;
}

/* Whether the word around s[i] is word (ASCII case ignored). */
static bool
word_is(const char *s, size_t i, const char *word)
{
	size_t b = i, k = strlen(word);

	while (b > 0 && s[b - 1] != ' ')
		b--;
	return !strncasecmp(s + b, word, k) && (s[b + k] == ' ' || s[b + k] == '\0');
}

/* A release's number on a line of its own: words in capitals (or "Release", "No.") and
 * a number with a hyphen ("NOAA 2004-026", "RELEASE : 12-164", "Release No. 07-R901"),
 * not a headline ("Budget 2020-21"). */
static bool
is_release_number(const char *s, size_t n)
{
	size_t i, w = 0, last = 0;
	bool dash = false;

	if (n == 0 || n > 40)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] == ' ' && i + 1 < n && s[i + 1] != ' ')
			w++, last = i + 1;
	if (w > 3 || !is_digit((unsigned char)s[last]))
		return false;
	for (i = last; i < n; i++) {
		if (s[i] == '-')
			dash = true;
		else if (!is_digit((unsigned char)s[i]) && !(s[i] >= 'A' && s[i] <= 'Z'))
			return false;
	}
	for (i = 0; i < last; i++)
		if (s[i] >= 'a' && s[i] <= 'z' && !word_is(s, i, "release") && !word_is(s, i, "no."))
			return false;
	return dash;
}

/* The first meaningful line: not blank, boilerplate, a date line, a bullet, a byline,
 * a contact block, a release number or a section label; a leading date is dropped. */
void
article_find_title(struct article *a, const struct article_head *h)
{
	const char *s, *e, *fb = NULL, *fe = NULL;
	size_t l, at, end, k;
	int y, m, d;
	bool only;

	if (h->title)
		a->title = make_title(h->title, strlen(h->title));

	for (l = 0; l < a->nlines && l < HEAD_LINES + 10 && !a->title; l++) {
		if (a->lines[l].flags & (LINE_BLANK | LINE_BOILERPLATE | LINE_DATELINE))
			continue;
		article_line_span(a, l, &s, &e);
		if (!fb)
			fb = s, fe = e;
		if (article_trim(&s, &e, true) ||
		    (e - s < 60 && (article_in_list(s, (size_t)(e - s), not_titles, true) ||
				    is_release_number(s, (size_t)(e - s)) ||
				    is_phone_or_mail(s, (size_t)(e - s)))) ||
		    (e - s < 120 && in_contact_block(a, l)))
			continue;
		if ((end = article_line_date(s, (size_t)(e - s), SIZE_MAX, TEXT_YEAR_MIN, &y, &m, &d,
					      &at, &only)) &&
		    article_dateish(s, at))
			for (s += end; s < e && *s && strchr(" -|:,", *s); s++)
				;
		if (s == e || is_label(a, l, s, (size_t)(e - s)))
			continue;
		for (k = 0; s + k < e && !is_alpha((unsigned char)s[k]) && !is_digit((unsigned char)s[k]) &&
			    (unsigned char)s[k] < 0x80; k++)
			;
		if (s + k == e)
			continue;	/* "***", "---" */
		a->title = make_title(s, (size_t)(e - s));
		a->lines[l].flags |= LINE_TITLE;
	}
	if (!a->title && fb)
		a->title = make_title(fb, (size_t)(fe - fb));
	if (a->title && !a->title[0]) {
		free(a->title);
		a->title = NULL;
	}
	if (!a->title)
		article_title_from_path(a);
}

