/* scan_markup.c -- HTML in mail and web text (a tag, its attributes, style, script) and encoded lines. MIT licence. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "dossier/extract.h"

/*
 * HTML mail and saved web pages carry markup among the words. Nothing is decoded here:
 * the tokenizer only learns which bytes are no text of the article (a tag with its
 * attributes, a style sheet, a script, a comment), and skips them. Before, a font list
 * (face="Lucida Grande, Geneva, Arial") gave the place Geneva, "Times New Roman" the
 * Roman Empire, and image addresses (src="...spacer.gif") were the corpus' top links.
 */

/* The longest tag and the longest style sheet, script or comment looked through: markup
 * not closed within them is left to the tokenizer word by word, as before. */
#define MAX_TAG 4096
#define MAX_BLOCK 65536

size_t
scan_html_tag(const char *s, size_t len)
{
	static const char *const tag[] = {
		"a", "abbr", "area", "b", "base", "basefont", "big", "blockquote", "body", "br",
		"caption", "center", "code", "col", "dd", "div", "dl", "dt", "em", "embed",
		"font", "form", "frame", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr",
		"html", "i", "iframe", "img", "input", "li", "link", "map", "meta", "nobr",
		"noscript", "object", "ol", "option", "p", "param", "pre", "s", "script",
		"select", "small", "span", "strike", "strong", "style", "sub", "sup", "table",
		"tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "tt", "u",
		"ul", "wbr",
	};
	size_t i = 1, n, k;

	if (len < 3 || s[0] != '<')
		return 0;
	if (s[i] == '/')
		i++;
	for (n = 0; i + n < len && n < 10 && ((s[i + n] >= 'a' && s[i + n] <= 'z') ||
					      (s[i + n] >= 'A' && s[i + n] <= 'Z') ||
					      (n > 0 && s[i + n] >= '1' && s[i + n] <= '6'));
	     n++)
		;
	/* (quoted-printable writes the blank after it "=20", or breaks the line there: "=\n") */
	if (n == 0 || (i + n < len && (!s[i + n] || !strchr(" \t\r\n>/", s[i + n])) &&
		       !(s[i + n] == '=' && i + n + 2 < len &&
			 ((s[i + n + 1] == '2' && s[i + n + 2] == '0') || s[i + n + 1] == '\n' ||
			  s[i + n + 1] == '\r'))))
		return 0;
	for (k = 0; k < sizeof tag / sizeof tag[0]; k++)
		if (strlen(tag[k]) == n && strncasecmp(tag[k], s + i, n) == 0)
			return i + n;
	return 0;
}

/* Is s (len bytes) at a case-insensitive word w, then a blank, '>' or '/'? */
static int
word_at(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);

	return len > n && strncasecmp(s, w, n) == 0 && strchr(" \t\r\n>/", s[n]) && s[n];
}

/* The value of an "href" attribute at text[i] (after its name): where it starts (past
 * '=', a quoted-printable "3D" and a quote, left in *quote), or 0 when none does. */
static size_t
href_value(const char *text, size_t i, size_t to, char *quote)
{
	while (i < to && (text[i] == ' ' || text[i] == '\t'))
		i++;
	if (i >= to || text[i] != '=')
		return 0;
	i++;
	if (i + 2 < to && text[i] == '3' && (text[i + 1] == 'D' || text[i + 1] == 'd'))
		i += 2;
	if (i < to && (text[i] == '"' || text[i] == '\''))
		*quote = text[i++];
	return i < to ? i : 0;
}

/* The end of the first case-insensitive "</name" at or after text[i], before to: the index
 * after it, or 0. */
static size_t
closing_tag(const char *text, size_t i, size_t to, const char *name)
{
	size_t n = strlen(name), lim = i + MAX_BLOCK < to ? i + MAX_BLOCK : to;
	const char *p;

	while (i + n + 2 <= lim && (p = memchr(text + i, '<', lim - i)) != NULL) {
		i = (size_t)(p - text) + 1;
		if (i + n + 1 <= lim && text[i] == '/' && strncasecmp(text + i + 1, name, n) == 0)
			return i + 1 + n;
	}
	return 0;
}

/* Is text[j] the start of attribute name w (after a blank), then '=' and its value? Where
 * the value starts, its quote in *quote; or 0. */
static size_t
attr_at(const char *text, size_t j, size_t lim, const char *w, char *quote)
{
	size_t n = strlen(w);

	if (!(text[j - 1] == ' ' || text[j - 1] == '\n' || text[j - 1] == '\t') || j + n >= lim ||
	    strncasecmp(text + j, w, n) != 0)
		return 0;
	return href_value(text, j + n, lim, quote);
}

/* Is text[a, z) a caption: six words or more? */
static int
caption(const char *text, size_t a, size_t z)
{
	size_t words = 0;

	for (; a < z && words < 6; a++)
		words += text[a] != ' ' && (a + 1 == z || text[a + 1] == ' ');
	return words >= 6;
}

/* An "alt" or "title" attribute at text[j] with a quoted value: where the value starts,
 * its quote in *q; or 0. */
static size_t
text_attr(const char *text, size_t j, size_t lim, char *q)
{
	size_t v;

	*q = 0;
	if ((v = attr_at(text, j, lim, "alt", q)) == 0)
		v = attr_at(text, j, lim, "title", q);
	return *q ? v : 0;
}

size_t
scan_markup(const char *text, size_t from, size_t i, size_t to, struct scan_vec *sv,
	    struct markup *mk)
{
	size_t n, j, lim, v, end, gt = 0, nsv = sv ? sv->n : 0;
	char quote = 0, q = 0;
	int in_text = 0, words = 0, eq = 0;

	mk->text_at = mk->text_end = 0;
	if (i + 4 <= to && memcmp(text + i, "<!--", 4) == 0) {
		lim = i + MAX_BLOCK < to ? i + MAX_BLOCK : to;
		for (j = i + 4; j + 3 <= lim; j++)
			if (text[j] == '-' && text[j + 1] == '-' && text[j + 2] == '>')
				return mk->end = j + 3, j + 3 - i;
		return 0;
	}
	if ((n = scan_html_tag(text + i, to - i)) == 0)
		return 0;
	/* The attributes, to the '>' outside quotes; a '<' outside them is no tag's. */
	lim = i + MAX_TAG < to ? i + MAX_TAG : to;
	for (j = i + n, end = 0; j < lim && !end; j++) {
		char c = text[j];

		gt = gt ? gt : c == '>' ? j + 1 : 0;
		if (quote) {
			/* (a quote left open runs into the next tag: the tag ends at its first
			 * '>' after all) */
			if (c == '<') {
				end = gt;
				mk->text_at = mk->text_end = 0;
				break;
			}
			if (c == quote) {
				quote = 0;
				if (in_text)
					mk->text_end = j, in_text = 0;
			}
		} else if (c == '"' || c == '\'') {
			/* (an apostrophe inside an unquoted value, "alt=Tom's", is no quote) */
			if (c == '"' || text[j - 1] == '=' || text[j - 1] == ' ' || text[j - 1] == 'D')
				quote = c;
		} else if (c == '>') {
			end = j + 1;
		} else if (c == '<') {
			break;
		} else if ((c == 'h' || c == 'H') && (v = attr_at(text, j, lim, "href", &quote))) {
			/* A link's address is a URL of the text; an image's is not. */
			j = v - 1 + (sv ? scan_url_span(text, from, v, to, sv) : 0);	/* (the step) */
			eq = 1;
		} else if ((c == 'a' || c == 'A' || c == 't' || c == 'T') && !mk->text_at &&
			   (v = text_attr(text, j, lim, &q)) != 0) {
			/* An image's caption or a link's title is text: read, not skipped. */
			mk->text_at = v;
			quote = q;
			in_text = 1;
			eq = 1;
			j = v - 1;
		} else if (c == '=') {
			eq = 1;
		} else if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '/') {
			words = 1;
		}
	}
	/* A logo's or a button's few words are no caption: "Dilbert", "Linux Central" (the
	 * hard ham's newsletters); a news photo's caption is a sentence. */
	if (mk->text_at && mk->text_end && !caption(text, mk->text_at, mk->text_end))
		mk->text_at = mk->text_end = 0;
	/* (words and no attribute: no tag but a name in angle brackets, as wires write a
	 * company's, "<B and R International Inc.>") */
	if (!end || (mk->text_at && !mk->text_end) || (words && !eq)) {
		if (sv)
			sv->n = nsv;	/* (the tokenizer reads the tag's words after all) */
		mk->text_at = mk->text_end = 0;
		return n;
	}
	/* A style sheet or a script is no text either, to its closing tag. */
	if (text[i + 1] != '/' && (word_at(text + i + 1, to - i - 1, "style") ||
				   word_at(text + i + 1, to - i - 1, "script")) &&
	    (j = closing_tag(text, end, to, (text[i + 2] | 0x20) == 't' ? "style" : "script")) != 0)
		end = j;
	mk->end = end;
	return (mk->text_at ? mk->text_at : end) - i;
}

size_t
scan_char_ref(const char *s, size_t len, int *space)
{
	size_t i = 1, n = 0;

	if (len < 4 || s[0] != '&')
		return 0;
	if (s[1] == '#') {
		int hex = len > 2 && (s[2] == 'x' || s[2] == 'X');

		for (i = 2 + (size_t)hex; i < len && n < 7 &&
		     ((s[i] >= '0' && s[i] <= '9') ||
		      (hex && ((s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F'))));
		     i++)
			n++;
		*space = n > 0 && i < len && (hex ? (strncasecmp(s + 3, "a0;", 3) == 0 ||
						     strncasecmp(s + 3, "20;", 3) == 0)
						  : (strncmp(s + 2, "160;", 4) == 0 ||
						     strncmp(s + 2, "32;", 3) == 0));
	} else {
		for (; i < len && n < 8 && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
					    (n > 0 && s[i] >= '0' && s[i] <= '9'));
		     i++)
			n++;
		*space = n == 4 && strncasecmp(s + 1, "nbsp", 4) == 0;
	}
	return n > 0 && i < len && s[i] == ';' ? i + 1 : 0;
}

/*
 * Mail carries attachments encoded as lines of letters: base64 (60 to 76 characters of
 * A-Z a-z 0-9 + /, '=' at the end) and uuencode ('M' and 60 characters from ' ' to '`').
 * Their "words" were names and tags: a base64 attachment gave 83 mentions of "AP" (the
 * Associated Press) in one newsletter of the hard ham, a uuencoded one 231 hashtags and
 * handles ("#X", "@8S") in another. (No lower case is needed: "////AP//////".)
 */
size_t
scan_encoded_line(const char *s, size_t len)
{
	const char *nl = memchr(s, '\n', len < 80 ? len : 80);
	size_t n, i, pad = 0;
	int lower = 0, upper = 0, other = 0;

	if (!nl)
		return 0;
	n = (size_t)(nl - s);
	i = n - (n > 0 && s[n - 1] == '\r');	/* the line without its '\r' */
	if (s[0] == 'M' && i == 61) {
		for (i = 1; i < 61 && s[i] >= ' ' && s[i] <= '`'; i++)
			;
		return i == 61 ? n : 0;
	}
	if (i < 60 || i > 76)
		return 0;
	while (pad < 2 && s[i - 1 - pad] == '=')
		pad++;
	for (i -= pad; i > 0; i--) {
		char c = s[i - 1];

		if (c >= 'a' && c <= 'z')
			lower = 1;
		else if (c >= 'A' && c <= 'Z')
			upper = 1;
		else if ((c >= '0' && c <= '9') || c == '+' || c == '/')
			other = 1;
		else
			return 0;
	}
	return (lower || upper) && other ? n : 0;
}

/* Japanese mail in ISO-2022-JP shifts into two-byte characters with ESC "$B" (or "$@") and
 * back with ESC "(B" (or "(J"): the shifted bytes are letters and signs of no word ("$9",
 * "@_DjJ" were money and handles). Their length with the shifts, to the line's end at
 * most, or 0. */
size_t
scan_iso2022(const char *s, size_t len)
{
	size_t i;

	if (len < 3 || s[0] != '\x1b' || s[1] != '$' || (s[2] != 'B' && s[2] != '@'))
		return 0;
	for (i = 3; i < len && s[i] != '\n'; i++)
		if (s[i] == '\x1b' && i + 2 < len && s[i + 1] == '(' &&
		    (s[i + 2] == 'B' || s[i + 2] == 'J'))
			return i + 3;
	return i;
}
