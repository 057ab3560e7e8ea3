/* article_front.c -- the YAML (---) or TOML (+++) front matter of a Markdown article: its extent, its fields, their values. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "dossier/corpus.h"
#include "dossier/text.h"
#include "dossier/util.h"

/*
 * Static site generators, pandoc and scrapers put a block of fields before a Markdown
 * article's text:
 *
 *     ---
 *     title: "Statement of President Joe\_Biden on the Passing of Henry Louis \u201CHank\u201D\
 *       \_Aaron"
 *     date: '2021-01-22'
 *     source_url: https://...
 *     ---
 *
 * Before, the block was prose: the title was "source_url: https://...", and "Joe\_Biden"
 * a person "Joe" (65 statements of the White House's briefing room). Here the block is
 * found (a field on every line, or a line folded under one, a list item, a comment), and
 * a field's value is read as YAML or TOML reads it: quotes and escapes undone, lines
 * joined.
 */

#define FRONT_LINES_MAX 400	/* a longer block is no front matter */
#define FRONT_BYTES_MAX 65536

static size_t
line_end(const char *text, size_t i, size_t len)
{
	const char *nl = memchr(text + i, '\n', len - i);

	return nl ? (size_t)(nl - text) : len;
}

/* Is [s, e) the delimiter line d ("---", "+++", "...")? Blanks may follow it. */
static bool
delimiter(const char *s, const char *e, const char *d)
{
	if (e - s < 3 || memcmp(s, d, 3) != 0)
		return false;
	for (s += 3; s < e; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r')
			return false;
	return true;
}

static bool
key_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == '.';
}

/* The length of the key of a field line, "key: value" (YAML) or "key = value" (TOML),
 * with *v where its value starts; 0 for another line. */
static size_t
field_key(const char *s, const char *e, bool toml, const char **v)
{
	const char *p = s;

	while (p < e && key_char((unsigned char)*p))
		p++;
	if (p == s || p - s > 64)
		return 0;
	if (toml) {
		const char *q = p;

		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		if (q >= e || *q != '=')
			return 0;
		*v = q + 1;
	} else {
		if (p >= e || *p != ':' || (p + 1 < e && p[1] != ' ' && p[1] != '\t' &&
					    p[1] != '\r'))
			return 0;
		*v = p + 1;
	}
	return (size_t)(p - s);
}

static bool
blank_line(const char *s, const char *e)
{
	for (; s < e; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r')
			return false;
	return true;
}

size_t
corpus_front_matter(const char *text, size_t from, size_t len, corpus_front_fn fn, void *ud)
{
	size_t i, e, lines = 0, keys = 0, klen = 0, vstart = 0, vend = 0, k;
	const char *s, *v, *key = NULL;
	bool toml;

	if (from >= len)
		return 0;
	e = line_end(text, from, len);
	if (delimiter(text + from, text + e, "---"))
		toml = false;
	else if (delimiter(text + from, text + e, "+++"))
		toml = true;
	else
		return 0;
	for (i = e + 1; i < len && lines < FRONT_LINES_MAX && i - from < FRONT_BYTES_MAX;
	     i = e + 1, lines++) {
		s = text + i;
		e = line_end(text, i, len);
		if (delimiter(s, text + e, toml ? "+++" : "---") ||
		    (!toml && delimiter(s, text + e, "..."))) {
			if (!keys)
				return 0;	/* "---" twice: two rules */
			if (key && fn)
				fn(ud, key, klen, vstart, vend);
			return (e < len ? e + 1 : len) - from;
		}
		if ((k = field_key(s, text + e, toml, &v)) != 0) {
			if (key && fn)
				fn(ud, key, klen, vstart, vend);
			key = s;
			klen = k;
			vstart = (size_t)(v - text);
			vend = e;
			keys++;
		} else if (blank_line(s, text + e) || *s == '#') {
			continue;	/* (a blank line or a comment) */
		} else if (*s == ' ' || *s == '\t') {
			if (key)
				vend = e;	/* folded under the field */
		} else if (!toml && *s == '-' && (s + 1 == text + e || s[1] == ' ')) {
			continue;	/* a list's item under the field above */
		} else if (toml && *s == '[') {
			if (key && fn)
				fn(ud, key, klen, vstart, vend);
			key = NULL;	/* a table's name */
		} else {
			return 0;	/* prose: a rule, then text */
		}
	}
	return 0;
}

static void
put_cp(struct sbuf *b, uint32_t cp)
{
	utf8proc_uint8_t u[4];
	utf8proc_ssize_t n;

	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xA0)
		cp = ' ';	/* (a control is no part of a title; a no-break space is one) */
	else if (!utf8proc_codepoint_valid((utf8proc_int32_t)cp))
		cp = 0xFFFD;
	n = utf8proc_encode_char((utf8proc_int32_t)cp, u);
	sb_add(b, (const char *)u, (size_t)n);
}

/* A backslash escape of a double-quoted value at s (after the backslash): its code point
 * into b; returns the bytes read. */
static size_t
escape(struct sbuf *b, const char *s, const char *e)
{
	uint32_t cp, lo;
	size_t n;

	switch (*s) {
	case 'x': n = 2; break;
	case 'u': n = 4; break;
	case 'U': n = 8; break;
	case '_': case 't': case 'n': case 'r': case 'N': case 'L': case 'P': case 'a':
	case 'b': case 'e': case 'f': case 'v': case '\t':
		sb_addc(b, ' ');
		return 1;
	case '0':
		return 1;
	default:
		sb_add(b, s, 1);	/* \" \\ \/ \  */
		return 1;
	}
	if (!hex_digits(s + 1, (size_t)(e - s - 1), n, &cp)) {
		sb_add(b, s, 1);
		return 1;
	}
	/* (JSON's way with a code point above U+FFFF: two escapes, a surrogate pair) */
	if (*s == 'u' && cp >= 0xD800 && cp < 0xDC00 && s + 6 < e && s[5] == '\\' &&
	    s[6] == 'u' && hex_digits(s + 7, (size_t)(e - s - 7), 4, &lo) && lo >= 0xDC00 &&
	    lo < 0xE000) {
		put_cp(b, 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00));
		return 11;
	}
	put_cp(b, cp);
	return 1 + n;
}

char *
corpus_front_value(const char *s, size_t n)
{
	const char *e = s + n;
	struct sbuf b = {0};
	char q = 0, *v;

	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	if (s < e && (*s == '|' || *s == '>')) {	/* a block: the lines under the field */
		while (s < e && *s != '\n')
			s++;
	} else if (s < e && (*s == '"' || *s == '\'')) {
		q = *s++;
	}
	while (s < e) {
		char c = *s;

		if (c == '\n' || c == '\r') {
			/* a line break folds to a space; the next line's indent is none of it */
			s++;
			while (s < e && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
				s++;
			sb_addc(&b, ' ');
		} else if (q && c == q) {
			if (q == '\'' && s + 1 < e && s[1] == '\'') {
				sb_addc(&b, '\'');	/* '' in single quotes */
				s += 2;
				continue;
			}
			break;
		} else if (q == '"' && c == '\\' && s + 1 < e) {
			if (s[1] == '\n' || s[1] == '\r') {
				/* an escaped line break joins the lines with nothing between */
				for (s++; s < e && (*s == '\n' || *s == '\r' || *s == ' ' ||
						    *s == '\t'); s++)
					;
				continue;
			}
			s += 1 + escape(&b, s + 1, e);
		} else if (!q && c == ' ' && s + 1 < e && s[1] == '#') {
			break;	/* a comment after a plain value */
		} else {
			sb_add(&b, s, 1);
			s++;
		}
	}
	v = text_clean_line(b.data ? b.data : "", b.len);
	sb_free(&b);
	return v;
}
