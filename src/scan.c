/* scan.c -- pattern scanners: URLs, @handles, #hashtags, dates and money amounts. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "dossier/extract.h"

/*
 * Each scanner looks at a word start and returns the bytes it matches. They are run by the
 * tokeniser (scan_trigger/scan_span_at/scan_url_span) and, for tests, over a whole text by
 * scan_text. A span found here is final: no token, name or other span overlaps it.
 */

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
};

#define IS_DIGIT(c) ((unsigned)((c) - '0') < 10u)
#define IS_UPPER(c) ((unsigned)((c) - 'A') < 26u)
#define IS_LOWER(c) ((unsigned)((c) - 'a') < 26u)
#define IS_ALPHA(c) (IS_UPPER(c) || IS_LOWER(c))
#define IS_ALNUM(c) (IS_ALPHA(c) || IS_DIGIT(c))

/* Decode the code point at s (n >= 1 bytes); invalid input gives U+FFFD for one byte. */

/* True if the code point continues a word (letter, mark or digit). */
static int
cp_wordish(int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
		return 1;
	default:
		return 0;
	}
}

/* True if the character ending just before text[i] is part of a word (or blocks a scan). */
static int
after_word(const char *text, size_t from, size_t i)
{
	size_t j;
	int32_t cp;
	unsigned char c;

	if (i <= from)
		return 0;
	c = (unsigned char)text[i - 1];
	if (c < 0x80)
		return IS_ALNUM(c) || c == '_' || c == '@' || c == '#' || c == '/' || c == '&';
	for (j = i - 1; j > from && i - j < 4 && ((unsigned char)text[j] & 0xC0) == 0x80; j--)
		;
	ex_decode(text + j, i - j, &cp);
	return cp_wordish(cp);
}

/* Month name (full, or 3-4 letter abbreviation with optional full stop) at s: 1..12 or 0. */
static int
month_at(const char *s, size_t len, size_t *used)
{
	int m;

	if (len < 3 || !IS_UPPER(s[0]))
		return 0;
	for (m = 0; m < 12; m++) {
		const char *name = month_names[m];
		size_t nl, k;

		if (name[0] != s[0] || name[1] != s[1] || name[2] != s[2])
			continue;
		nl = strlen(name);
		if (len >= nl && memcmp(s, name, nl) == 0 && (len == nl || !IS_ALPHA(s[nl]))) {
			*used = nl;
			return m + 1;
		}
		/* Abbreviations: Jan, Feb, ..., Sept. */
		for (k = 3; k <= 4; k++) {
			if (k == 4 && m != 8)
				continue;
			if (len >= k && strncmp(s, name, k) == 0 && (len == k || !IS_ALPHA(s[k]))) {
				*used = k + (len > k && s[k] == '.');
				return m + 1;
			}
		}
	}
	return 0;
}

/* Day number (1-31, optional st/nd/rd/th) at s: the value, with *used set; else 0. */
static int
day_at(const char *s, size_t len, size_t *used)
{
	size_t i = 0;
	int d = 0;

	while (i < len && i < 2 && IS_DIGIT(s[i]))
		d = d * 10 + (s[i++] - '0');
	if (i == 0 || d < 1 || d > 31 || (i < len && IS_DIGIT(s[i])))
		return 0;
	if (i + 1 < len && (!strncmp(s + i, "st", 2) || !strncmp(s + i, "nd", 2) ||
			    !strncmp(s + i, "rd", 2) || !strncmp(s + i, "th", 2)))
		i += 2;
	/* Not part of a word, a decimal or a clock time. */
	if (i < len && (IS_ALPHA(s[i]) || s[i] == '_' ||
			((s[i] == ':' || s[i] == '.' || s[i] == ',') && i + 1 < len && IS_DIGIT(s[i + 1]))))
		return 0;
	*used = i;
	return d;
}

/* Four-digit year (1500-2199) at s, not followed by a word character: the year, else 0.
 * Older prose dates its letters and records too ("born March 1, 1760"). */
static int
year_at(const char *s, size_t len)
{
	int y, i;

	if (len < 4)
		return 0;
	for (i = 0, y = 0; i < 4; i++) {
		if (!IS_DIGIT(s[i]))
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	if (len > 4 && (IS_ALNUM(s[4]) || s[4] == '_'))
		return 0;
	return (y >= 1500 && y <= 2199) ? y : 0;
}

static int
valid_day(int y, int m, int d)
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && y && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	return 1;
}

void
ex_date_format(uint32_t date, char out[20])
{
	unsigned y = date / 10000, m = date / 100 % 100, d = date % 100;

	if (m < 1 || m > 12) {
		out[0] = '\0';
	} else if (y && y < 10000 && d < 100) {	/* "%04u-%02u-%02u", without snprintf */
		memcpy(out, "0000-00-00", 11);
		out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
		out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10);
		out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10);
		out[8] = (char)('0' + d / 10), out[9] = (char)('0' + d % 10);
	} else if (y)
		snprintf(out, 20, "%04u-%02u-%02u", y, m, d);
	else
		snprintf(out, 20, "%s %u", month_names[m - 1], d);
}

static void
date_canon(char canon[20], int y, int m, int d)
{
	ex_date_format((uint32_t)(y * 10000 + m * 100 + d), canon);
}

/* "2026-01-21" or "January 3" back to the packed form (0 if neither). */
static uint32_t
date_pack(const char *canon)
{
	int y = 0, m = 0, d = 0, i;
	const char *c = canon;

	/* The usual "2026-01-21", read as sscanf would without it */
	if (IS_DIGIT(c[0]) && IS_DIGIT(c[1]) && IS_DIGIT(c[2]) && IS_DIGIT(c[3]) && c[4] == '-' &&
	    IS_DIGIT(c[5]) && IS_DIGIT(c[6]) && c[7] == '-' && IS_DIGIT(c[8]) && IS_DIGIT(c[9]))
		return (uint32_t)(((c[0] - '0') * 1000 + (c[1] - '0') * 100 + (c[2] - '0') * 10 +
				   (c[3] - '0')) * 10000 + ((c[5] - '0') * 10 + (c[6] - '0')) * 100 +
				  (c[8] - '0') * 10 + (c[9] - '0'));
	if (sscanf(canon, "%4d-%2d-%2d", &y, &m, &d) == 3)
		return (uint32_t)(y * 10000 + m * 100 + d);
	for (i = 0; i < 12; i++) {
		size_t l = strlen(month_names[i]);

		if (strncmp(canon, month_names[i], l) == 0 && canon[l] == ' ')
			return (uint32_t)((i + 1) * 100 + atoi(canon + l + 1));
	}
	return 0;
}

/* Optional year after a day: ", 2026" or " 2026". Returns bytes used (0 if none). */
static size_t
year_after(const char *s, size_t len, int *y)
{
	size_t i = 0;

	if (i < len && s[i] == ',')
		i++;
	if (i < len && (s[i] == ' ' || s[i] == '\n'))
		i++;	/* the year may wrap to the next line */
	if (i == 0 || !(*y = year_at(s + i, len - i)))
		return 0;
	return i + 4;
}

/* "2026-01-27": the ISO form. */
static size_t
iso_date(const char *s, size_t len, char canon[20])
{
	int y = 0, m, d, i;

	if (len < 10 || !(s[4] == '-' || s[4] == '/') || s[7] != s[4])
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !IS_DIGIT(s[i]))
			return 0;
	for (i = 0; i < 4; i++)
		y = y * 10 + (s[i] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1800 || y > 2199 || !valid_day(y, m, d) ||
	    (len > 10 && (IS_ALNUM(s[10]) || s[10] == '-' || s[10] == '/')))
		return 0;
	date_canon(canon, y, m, d);
	return 10;
}

size_t
scan_date(const char *s, size_t len, char canon[20])
{
	size_t u1, u2, n;
	int m, d, y = 0;

	if (len && IS_DIGIT(s[0])) {
		if ((n = iso_date(s, len, canon)) > 0)
			return n;
		/* "21 January 2026", "3 Jan". */
		if (!(d = day_at(s, len, &u1)) || u1 + 1 >= len || s[u1] != ' ')
			return 0;
		if (!(m = month_at(s + u1 + 1, len - u1 - 1, &u2)))
			return 0;
		n = u1 + 1 + u2;
		n += year_after(s + n, len - n, &y);
	} else {
		/* "January 3", "Jan. 3, 2026", "February 4 2026". */
		if (!(m = month_at(s, len, &u1)) || u1 + 1 >= len || s[u1] != ' ')
			return 0;
		if (!(d = day_at(s + u1 + 1, len - u1 - 1, &u2)))
			return 0;
		n = u1 + 1 + u2;
		n += year_after(s + n, len - n, &y);
	}
	if (!valid_day(y, m, d))
		return 0;
	date_canon(canon, y, m, d);
	return n;
}

/* Currency signs and sign prefixes; codes are matched separately. */
static const char *const signs[] = {
	"US$", "A$", "C$", "HK$", "NZ$", "S$", "R$", "$", "\u20ac", "\u00a3", "\u00a5",
	"\u20b9", "\u20bd", "\u20ba", "\u20a9", "\u20aa", "\u20b1", "\u20a6", "\u20b4",
	"\u20ab", "\u0e3f",
};

static const char *const codes[] = {
	"USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "INR", "CHF", "CAD", "AUD", "TRY",
	"BRL", "KRW", "MXN", "SAR", "AED", "ZAR", "HKD", "SGD", "NOK", "SEK", "DKK", "PLN",
	"UAH", "ILS", "IRR", "VES", "NGN", "EGP", "PKR", "IDR", "THB", "VND", "ARS", "COP",
	"BDT", "LKR", "MYR", "TWD", "QAR", "KWD", "KES", "NZD", "CZK", "HUF",
};

/* (South Asian news counts in lakhs, 100,000, and crores, ten million: "Rs 75,000 crore",
 * "Rs 1.5 lakh crore"; the longer first) */
static const char *const multipliers[] = {
	"million", "billion", "trillion", "thousand", "mln", "bln", "mn", "bn", "tn",
	"lakh crore", "lakh", "lakhs", "lac", "crore", "crores", "cr",
};

/* The rupee's and the taka's signs written in letters, before a number ("Rs 500", "Rs.
 * 2,000", "Rs1.5 lakh", "Tk 50 crore"): their length with the point and the blank after,
 * else 0. */
static size_t
letter_sign(const char *s, size_t len)
{
	size_t n;

	if (len < 3 || !((s[0] == 'R' && s[1] == 's') || (s[0] == 'T' && s[1] == 'k')))
		return 0;
	n = 2 + (s[2] == '.');
	n += n < len && s[n] == ' ';
	return n < len && IS_DIGIT(s[n]) ? n : 0;
}

/* Length of a currency code at s followed by a non-letter, else 0. */
static size_t
code_at(const char *s, size_t len)
{
	size_t i;

	if (len < 3 || (len > 3 && IS_ALNUM(s[3])))
		return 0;
	for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (memcmp(s, codes[i], 3) == 0)
			return 3;
	return 0;
}

/* A number with optional multiplier ("220 billion", "1B", "3.5bn"): its length, else 0. */
static size_t
amount_at(const char *s, size_t len)
{
	size_t i = 0, j, k;

	if (!len || !IS_DIGIT(s[0]))
		return 0;
	while (i < len && (IS_DIGIT(s[i]) ||
			   ((s[i] == ',' || s[i] == '.') && i + 1 < len && IS_DIGIT(s[i + 1]))))
		i++;
	/* Glued single-letter multiplier: $1B, $5m, $20k. */
	if (i < len && strchr("mMbBkKT", s[i]) && s[i] && (i + 1 == len || !IS_ALNUM(s[i + 1])))
		return i + 1;
	j = i + (i < len && s[i] == ' ');
	for (k = 0; k < sizeof multipliers / sizeof multipliers[0]; k++) {
		size_t ml;

		if (j >= len || (s[j] | 0x20) != multipliers[k][0])
			continue;	/* the initial first */
		ml = strlen(multipliers[k]);
		if (j + ml <= len && strncasecmp(s + j, multipliers[k], ml) == 0 &&
		    (j + ml == len || !IS_ALNUM(s[j + ml])))
			return j + ml;
	}
	if (i < len && IS_ALPHA(s[i]))
		return 0;
	return i;
}

size_t
scan_money(const char *s, size_t len)
{
	size_t i, n, a;

	for (i = 0; i < sizeof signs / sizeof signs[0]; i++) {
		if (signs[i][0] != s[0])
			continue;
		n = strlen(signs[i]);
		if (len > n && memcmp(s, signs[i], n) == 0) {
			a = amount_at(s + n + (s[n] == ' '), len - n - (s[n] == ' '));
			return a ? n + (s[n] == ' ') + a : 0;
		}
	}
	if ((n = code_at(s, len)) && n + 1 < len && s[n] == ' ') {
		a = amount_at(s + n + 1, len - n - 1);
		return a ? n + 1 + a : 0;
	}
	if ((n = letter_sign(s, len)) != 0) {
		a = amount_at(s + n, len - n);
		return a ? n + a : 0;
	}
	/* "5 million USD" */
	if ((a = amount_at(s, len)) && a + 1 < len && s[a] == ' ' && code_at(s + a + 1, len - a - 1))
		return a + 4;
	return 0;
}

/* A ticker's symbol at s: a capital, then capitals, digits or dots, six at most ("IBM",
 * "BRK.A", "NKKT.T"): its length, or 0. */
static size_t
symbol_len(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && n < 7 && ((s[n] >= 'A' && s[n] <= 'Z') ||
				     (n > 0 && ((s[n] >= '0' && s[n] <= '9') || s[n] == '.'))))
		n++;
	return n <= 6 ? n : 0;
}

size_t
scan_ticker(const char *s, size_t len)
{
	size_t i, n;

	if (len < 3 || s[0] != '<' || (n = symbol_len(s + 1, len - 1)) == 0 ||
	    (i = 1 + n) >= len)
		return 0;
	if (s[i] == ' ') {	/* the market: "<VOLV ST>" */
		for (i++, n = 0; i < len && n < 4 && s[i] >= 'A' && s[i] <= 'Z'; i++)
			n++;
		if (n == 0 || n > 3 || i >= len)
			return 0;
	}
	return s[i] == '>' ? i + 1 : 0;
}

int
ex_ticker_after(const char *s, size_t len)
{
	size_t i = 0, n;

	while (i < len && i < 2 && s[i] == ' ')
		i++;
	/* (or first on the next line: "Atlas Copco\n<ASTS ST>", wrapped wire copy) */
	if (i < len && (s[i] == '\n' || (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n'))) {
		size_t k = i + (s[i] == '\r') + 1;

		while (k < len && k < i + 6 && s[k] == ' ')
			k++;
		if (k < len && s[k] == '<')
			i = k;
	}
	if (i < len && s[i] == '<')
		return scan_ticker(s + i, len - i) > 0;
	if (i >= len || s[i] != '(')
		return 0;
	/* "(NYSE: IBM)": an exchange's name (a capital first, 2-16 letters, blanks or
	 * hyphens), a colon, the symbol */
	for (i++, n = 0; i < len && n < 17 && ((s[i] >= 'A' && s[i] <= 'Z') || (n > 0 &&
	     ((s[i] >= 'a' && s[i] <= 'z') || s[i] == ' ' || s[i] == '-'))); i++)
		n++;
	if (n < 2 || n > 16 || i >= len || s[i] != ':')
		return 0;
	for (i++; i < len && s[i] == ' '; i++)
		;
	if ((n = symbol_len(s + i, len - i)) == 0 || (i += n) >= len)
		return 0;
	return s[i] == ')' || s[i] == ',' || s[i] == ';';
}

static int
url_char(unsigned char c)
{
	return c > ' ' && c != '<' && c != '>' && c != '"' && c != 0x7f &&
	       !(c == 0xe2);	/* typographic quotes and dashes end a URL */
}

/* Strip trailing punctuation (and unbalanced closing brackets) from a URL of length n.
 * A closing bracket stays when its opener comes earlier in the URL; where each opener
 * first occurs is found once (looking for it again at every closing bracket made a URL
 * ending in 400 KB of ")" take 1.7 s). */
static size_t
url_trim(const char *s, size_t n)
{
	static const char openers[] = "([{";
	size_t first[3], k;
	const char *p;

	for (k = 0; k < 3; k++)
		first[k] = (p = memchr(s, openers[k], n)) ? (size_t)(p - s) : n;
	while (n > 0) {
		char c = s[n - 1];

		if (strchr(".,;:!?'*", c))
			n--;
		else if (c == ')' || c == ']' || c == '}') {
			k = c == ')' ? 0 : c == ']' ? 1 : 2;
			if (first[k] + 1 < n)	/* an opener before this bracket */
				break;
			n--;
		} else
			break;
	}
	return n;
}

static const char *const tlds[] = {
	"com", "org", "net", "gov", "edu", "int", "mil", "io", "co", "info", "biz", "tv", "me",
	"ly", "gl", "be", "us", "uk", "ru", "cn", "de", "fr", "es", "it", "nl", "jp", "in",
	"br", "ca", "au", "ch", "se", "no", "eu", "ua", "tr", "ir", "ve", "cu", "news", "app",
};

/* A bare domain ("pic.twitter.com/x", "www.example.org", "reuters.com"): length, else 0. */
static size_t
bare_domain(const char *s, size_t len)
{
	size_t i = 0, labels = 0, last = 0, k;
	int upper = 0;

	for (;;) {
		size_t st = i;

		while (i < len && (IS_ALNUM(s[i]) || s[i] == '-'))
			upper |= IS_UPPER(s[i]), i++;
		if (i == st)
			return 0;
		labels++;
		last = st;
		if (i + 1 < len && s[i] == '.' && IS_ALNUM(s[i + 1]))
			i++;
		else
			break;
	}
	if (labels < 2 || (i < len && (s[i] == '@' || s[i] == '_')))
		return 0;
	for (k = 0; k < sizeof tlds / sizeof tlds[0]; k++)
		if (i - last == strlen(tlds[k]) && strncmp(s + last, tlds[k], i - last) == 0)
			break;
	if (k == sizeof tlds / sizeof tlds[0])
		return 0;
	if (i < len && s[i] == '/') {
		while (i < len && url_char((unsigned char)s[i]))
			i++;
		return url_trim(s, i);
	}
	/* Without a path only plain lower-case domains or www. ones. */
	if (upper && strncmp(s, "www.", 4) != 0)
		return 0;
	if (i < len && IS_ALNUM(s[i]))
		return 0;
	return i;
}

size_t
scan_url(const char *s, size_t len)
{
	static const char *const schemes[] = { "https://", "http://", "ftp://" };
	size_t i, n;

	for (i = 0; i < 3 && len > 0 && ((s[0] | 0x20) == 'h' || (s[0] | 0x20) == 'f'); i++) {
		n = strlen(schemes[i]);
		if (len > n && strncasecmp(s, schemes[i], n) == 0 && url_char((unsigned char)s[n])) {
			while (n < len && url_char((unsigned char)s[n]))
				n++;
			return url_trim(s, n);
		}
	}
	return bare_domain(s, len);
}

/* CSS at-rules of the style sheets in mail and web pages ("@media", "@page"): not handles. */
static int
css_at_rule(const char *s, size_t n)
{
	static const char *const rules[] = { "media", "page", "import", "charset", "font",
					     "keyframes", "supports", "namespace", "layer" };
	size_t k;

	for (k = 0; k < sizeof rules / sizeof rules[0]; k++)
		if (n == strlen(rules[k]) && strncasecmp(s, rules[k], n) == 0)
			return 1;
	return 0;
}

/* An HTML colour code after '#': 6 or 8 hexadecimal digits ("#FFFFFF"), or 3 or 4 with a
 * digit or one repeated letter ("#f00", "#fff"): "#ace" and "#FED" stay hashtags. */
static int
colour_code(const char *s, size_t n)
{
	size_t k;
	int digit = 0, same = 1;

	if (n != 3 && n != 4 && n != 6 && n != 8)
		return 0;
	for (k = 0; k < n; k++) {
		if (!IS_DIGIT(s[k]) && !((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'f'))
			return 0;
		digit |= IS_DIGIT(s[k]);
		same &= (s[k] | 0x20) == (s[0] | 0x20);
	}
	return n >= 6 || digit || same;
}

/* "@handle": 1-30 word characters, not all digits, not a CSS at-rule. */
static size_t
scan_handle(const char *s, size_t len)
{
	size_t i = 1, k;

	while (i < len && (IS_ALNUM(s[i]) || s[i] == '_'))
		i++;
	if (i == 1 || i > 31 || (i < len && (unsigned char)s[i] >= 0x80))
		return 0;
	if (i + 1 < len && s[i] == '.' && IS_ALPHA(s[i + 1]))
		return 0;	/* an e-mail domain, not a handle */
	if (css_at_rule(s + 1, i - 1))
		return 0;
	for (k = 1; k < i && IS_DIGIT(s[k]); k++)
		;
	return k == i ? 0 : i;	/* "@09" is a time or a count, not a handle */
}

/* "#hashtag": word characters (any script), at least one letter; a CJK tag may be closed
 * by a second '#'. */
static size_t
scan_hashtag(const char *s, size_t len)
{
	size_t i = 1;
	int letter = 0, wide = 0;

	while (i < len && i < 200) {
		unsigned char c = (unsigned char)s[i];
		int32_t cp;
		size_t k;

		if (c < 0x80) {
			if (!(IS_ALNUM(c) || c == '_'))
				break;
			letter |= IS_ALPHA(c);
			i++;
			continue;
		}
		k = ex_decode(s + i, len - i, &cp);
		if (!cp_wordish(cp))
			break;
		letter |= utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO;
		wide |= cp >= 0x2e80;
		i += k;
	}
	/* Weibo-style topics are closed by a second '#': "#全国确诊新型肺炎病例#". */
	if (letter && wide && i < len && s[i] == '#' && (i + 1 >= len || !IS_ALNUM(s[i + 1])))
		return i + 1;
	return letter && !colour_code(s + 1, i - 1) ? i : 0;
}

static void
push(struct scan_vec *sv, size_t start, size_t len, int type, const char *canon)
{
	struct scan_span *sp;
	size_t n;

	xgrow((void **)&sv->v, &sv->cap, sv->n + 1, sizeof *sv->v);
	sp = &sv->v[sv->n++];
	sp->start = (uint32_t)start;
	sp->end = (uint32_t)(start + len);
	sp->type = (uint8_t)type;
	n = canon ? strnlen(canon, sizeof sp->canon - 1) : 0;	/* as snprintf("%s") */
	memcpy(sp->canon, canon ? canon : "", n);
	sp->canon[n] = '\0';
	sp->date = canon ? date_pack(canon) : 0;
}

/* Do c and d start the name of a month ("Ja", "Se", "De")? (Anything else is no date.) */
static inline int
month_start(unsigned char c, char d)
{
	switch (c) {
	case 'J': return d == 'a' || d == 'u';
	case 'A': return d == 'p' || d == 'u';
	case 'F': case 'S': case 'D': return d == 'e';
	case 'M': return d == 'a';
	case 'O': return d == 'c';
	case 'N': return d == 'o';
	}
	return 0;
}

/* Could a money amount start at s? (Cheap test before scan_money.) */
static int
money_start(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	if (u[0] == '$')
		return 1;
	if (u[0] >= 0x80)	/* £ ¥, the U+20A0 currency block, ฿ */
		return len > 1 && ((u[0] == 0xc2 && (u[1] == 0xa3 || u[1] == 0xa5)) ||
				   (u[0] == 0xe2 && u[1] == 0x82) ||
				   (u[0] == 0xe0 && len > 2 && u[1] == 0xb8 && u[2] == 0xbf));
	if (IS_DIGIT(u[0])) {
		/* "5 million USD": a number, perhaps a multiplier word, then a code. */
		for (i = 0; i < len && i < 40 && (IS_ALNUM(u[i]) || u[i] == ',' || u[i] == '.' ||
						  u[i] == ' '); i++)
			if (u[i] == ' ' && i + 1 < len && IS_UPPER(u[i + 1]))
				return 1;
		return 0;
	}
	if (!IS_UPPER(u[0]) || len < 3)
		return 0;
	if (u[1] == '$' || u[2] == '$' || (len > 3 && u[3] == '$') || letter_sign(s, len))
		return 1;
	return len > 4 && IS_UPPER(u[1]) && IS_UPPER(u[2]) && u[3] == ' ' && IS_DIGIT(u[4]);
}

/* Try every scanner at a word start; wend is the end of its ASCII word. Returns the bytes
 * matched (0 if none). */
static size_t
scan_at(const char *s, size_t len, size_t wend, size_t at, struct scan_vec *sv)
{
	unsigned char c = (unsigned char)s[0];
	char canon[20];
	size_t n;

	if (c == '@')
		return (n = scan_handle(s, len)) ? (push(sv, at, n, ENT_HANDLE, NULL), n) : 0;
	if (c == '#')
		return (n = scan_hashtag(s, len)) ? (push(sv, at, n, ENT_HASHTAG, NULL), n) : 0;
	/* URLs need a "://" or a dot right after the first word. */
	if (IS_ALNUM(c) && wend < len && (s[wend] == ':' || s[wend] == '.' || s[wend] == '-') &&
	    (n = scan_url(s, len)) > 0)
		return push(sv, at, n, ENT_URL, NULL), n;
	if ((IS_DIGIT(c) || (len > 1 && month_start(c, s[1]))) &&
	    (n = scan_date(s, len, canon)) > 0)
		return push(sv, at, n, ENT_DATE, canon), n;
	if (money_start(s, len) && (n = scan_money(s, len)) > 0)
		return push(sv, at, n, ENT_MONEY, NULL), n;
	return 0;
}

int
scan_trigger(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];

	if (c == '@' || c == '#' || c == '$' || IS_DIGIT(c))
		return 1;
	if (c >= 0x80)
		return money_start(s, len);
	if (!IS_UPPER(c) || len < 3)
		return 0;
	/* money_start() of a capital, inline: "US$5", "R$ 3", "USD 5" */
	return month_start(c, s[1]) || s[1] == '$' || s[2] == '$' || (len > 3 && s[3] == '$') ||
	       (len > 4 && IS_UPPER(s[1]) && IS_UPPER(s[2]) && s[3] == ' ' && IS_DIGIT(s[4])) ||
	       ((c == 'R' || c == 'T') && letter_sign(s, len));
}

/* A mail address at s ("Todd.Miller@courtesan.com"): its length, or 0. Its words are no
 * names of their own and its domain no link. */
size_t
scan_email(const char *s, size_t len)
{
	size_t i = 0, dots = 0, lab = 0, at;

	while (i < len && i < 64 && (IS_ALNUM(s[i]) || s[i] == '.' || s[i] == '_' || s[i] == '-' ||
				     s[i] == '+' || s[i] == '%'))
		i++;
	if (i == 0 || i >= len || s[i] != '@' || s[i - 1] == '.')
		return 0;
	/* a domain name has at most 253 bytes: the scan is bounded on any input */
	for (at = ++i; i < len && i < at + 253 &&
	     (IS_ALNUM(s[i]) || s[i] == '-' || (s[i] == '.' && lab > 0)); i++) {
		if (s[i] == '.') {
			dots++;
			lab = 0;
		} else
			lab++;
	}
	while (s[i - 1] == '.' || s[i - 1] == '-') {
		i--;
		dots -= s[i] == '.';
	}
	return dots > 0 && IS_ALPHA(s[i - 1]) ? i : 0;
}

size_t
scan_span_at(const char *text, size_t from, size_t i, size_t to, struct scan_vec *sv)
{
	if (after_word(text, from, i))
		return 0;
	return scan_at(text + i, to - i, 0, i, sv);
}

size_t
scan_url_span(const char *text, size_t from, size_t i, size_t to, struct scan_vec *sv)
{
	size_t n;

	if (after_word(text, from, i) || (n = scan_url(text + i, to - i)) == 0)
		return 0;
	push(sv, i, n, ENT_URL, NULL);
	return n;
}

void
scan_text(const char *text, size_t from, size_t to, struct scan_vec *sv)
{
	size_t i = from, n, w;

	while (i < to) {
		unsigned char c = (unsigned char)text[i];

		if (c >= 0x80) {
			/* Currency signs start with these lead bytes; other characters are skipped. */
			if ((c == 0xc2 || c == 0xe2 || c == 0xe0) && !after_word(text, from, i) &&
			    (n = scan_at(text + i, to - i, 0, i, sv)) > 0) {
				i += n;
				continue;
			}
			/* Skip by the lead byte; an invalid sequence only costs a missed scan. */
			i += c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
			continue;
		}
		if (!ex_ascii[c] && c != '@' && c != '#' && c != '$') {
			i++;
			continue;
		}
		for (w = i + 1; w < to && ex_ascii[(unsigned char)text[w]]; w++)
			;
		/* A lower-case word can only start a URL ("www.", "https:", "pic.twitter"). */
		if (ex_ascii[c] == EXC_LOWER &&
		    (w >= to || (text[w] != '.' && text[w] != ':' && text[w] != '-'))) {
			i = w;
			continue;
		}
		if (!after_word(text, from, i) && (n = scan_at(text + i, to - i, w - i, i, sv)) > 0) {
			i += n;
			continue;
		}
		/* Nothing starts inside the rest of an ASCII word. */
		i = w;
	}
}
