/* state_json_lex.c -- the JSON reader's tokens and plain values: strings, numbers, times, skips. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/util.h"
#include "state_json_int.h"

int
jp_fail(struct jp *j, const char *what)
{
	const char *q;
	size_t line = 1;

	if (!j->failed) {
		for (q = j->start; q < j->p; q++)
			line += *q == '\n';
		if (j->rec)
			snprintf(j->err, j->errlen, "line %zu (article record %zu): %s", line,
				 j->rec, what);
		else
			snprintf(j->err, j->errlen, "line %zu: %s", line, what);
		j->failed = true;
	}
	return -1;
}

void
jp_ws(struct jp *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

/* Skip ws, then consume c if it is next. */
bool
jp_eat(struct jp *j, char c)
{
	jp_ws(j);
	if (j->p < j->end && *j->p == c) {
		j->p++;
		return true;
	}
	return false;
}

bool
jp_literal(struct jp *j, const char *word)
{
	size_t n = strlen(word);

	jp_ws(j);
	if ((size_t)(j->end - j->p) >= n && memcmp(j->p, word, n) == 0) {
		j->p += n;
		return true;
	}
	return false;
}

int
jp_hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	       c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Four hex digits of a \u escape. */
static int
hex4(struct jp *j, uint32_t *v)
{
	int i, d;

	*v = 0;
	for (i = 0; i < 4; i++, j->p++) {
		if (j->p >= j->end)
			return jp_fail(j, "unfinished \\u escape");
		d = *j->p >= '0' && *j->p <= '9' ? *j->p - '0' :
		    *j->p >= 'a' && *j->p <= 'f' ? *j->p - 'a' + 10 :
		    *j->p >= 'A' && *j->p <= 'F' ? *j->p - 'A' + 10 : -1;
		if (d < 0)
			return jp_fail(j, "bad \\u escape");
		*v = *v << 4 | (uint32_t)d;
	}
	return 0;
}

static void
put_utf8(struct sbuf *b, uint32_t cp)
{
	char o[4];
	size_t n;

	if (cp < 0x80) {
		o[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		o[0] = (char)(0xc0 | cp >> 6);
		o[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		o[0] = (char)(0xe0 | cp >> 12);
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		o[0] = (char)(0xf0 | cp >> 18);
		o[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		o[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		o[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	sb_add(b, o, n);
}

/* \uXXXX, with a following low surrogate for code points past the BMP. */
static int
unicode_escape(struct jp *j, struct sbuf *b)
{
	uint32_t cp, lo;

	if (hex4(j, &cp) != 0)
		return -1;
	if (cp >= 0xd800 && cp <= 0xdbff && j->end - j->p >= 6 && j->p[0] == '\\' &&
	    j->p[1] == 'u') {
		j->p += 2;
		if (hex4(j, &lo) != 0)
			return -1;
		if (lo >= 0xdc00 && lo <= 0xdfff)
			cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		else {
			put_utf8(b, 0xfffd);
			cp = lo;
		}
	}
	put_utf8(b, cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp);
	return 0;
}

/* A string into b (which is reset); the opening quote must be next. */
int
jp_string(struct jp *j, struct sbuf *b)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *e;

	b->len = 0;
	sb_add(b, "", 0);
	if (!jp_eat(j, '"'))
		return jp_fail(j, "expected a string");
	while (j->p < j->end && *j->p != '"') {
		if ((unsigned char)*j->p < 0x20)
			return jp_fail(j, "control character in a string");
		if (*j->p != '\\') {
			sb_addc(b, *j->p++);
			continue;
		}
		if (++j->p >= j->end)
			break;
		if (*j->p == 'u') {
			j->p++;
			if (unicode_escape(j, b) != 0)
				return -1;
		} else if (*j->p && (e = strchr(from, *j->p))) {
			sb_addc(b, to[e - from]);
			j->p++;
		} else
			return jp_fail(j, "bad escape in a string");
	}
	if (j->p >= j->end)
		return jp_fail(j, "unfinished string");
	j->p++;
	return 0;
}

/*
 * A JSON number (RFC 8259 grammar), checked but not converted: *num and *len give its
 * text. Converting with strtod and a cast was undefined for 1e26 or -1e30 and depends on
 * the locale's decimal point, so the callers read the digits themselves.
 */
int
jp_number_text(struct jp *j, const char **num, size_t *len)
{
	const char *q;

	jp_ws(j);
	q = j->p;
	if (q < j->end && *q == '-')
		q++;
	if (q >= j->end || *q < '0' || *q > '9')
		return jp_fail(j, "expected a number");
	if (*q == '0')
		q++;
	else
		while (q < j->end && *q >= '0' && *q <= '9')
			q++;
	if (q < j->end && *q == '.') {
		if (++q >= j->end || *q < '0' || *q > '9')
			return jp_fail(j, "bad number");
		while (q < j->end && *q >= '0' && *q <= '9')
			q++;
	}
	if (q < j->end && (*q == 'e' || *q == 'E')) {
		if (++q < j->end && (*q == '+' || *q == '-'))
			q++;
		if (q >= j->end || *q < '0' || *q > '9')
			return jp_fail(j, "bad number");
		while (q < j->end && *q >= '0' && *q <= '9')
			q++;
	}
	*num = j->p;
	*len = (size_t)(q - j->p);
	j->p = q;
	return 0;
}

/* Does the checked number s (n bytes) have a non-zero digit before its exponent? */
bool
jp_number_nonzero(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != 'e' && s[i] != 'E'; i++)
		if (s[i] >= '1' && s[i] <= '9')
			return true;
	return false;
}

/* The whole part of the checked number s (n bytes) into *v when it lies in [0, max];
 * false when it does not (negative, too large, an exponent past any range). */
bool
jp_number_whole(const char *s, size_t n, int64_t max, int64_t *v)
{
	char dig[32];
	size_t i = 0, nd = 0, lead;
	long exp = 0, frac = 0, k;
	bool neg = false, in_frac = false;

	if (s[0] == '-')
		neg = true, i = 1;
	for (; i < n && s[i] != 'e' && s[i] != 'E'; i++) {
		if (s[i] == '.') {
			in_frac = true;
			continue;
		}
		if (nd == 0 && s[i] == '0') {	/* leading zeros carry no value */
			frac += in_frac;
			continue;
		}
		if (nd == sizeof dig)
			return false;		/* more significant digits than any time has */
		dig[nd++] = s[i];
		frac += in_frac;
	}
	if (i < n) {
		bool eneg = s[++i] == '-';

		i += s[i] == '-' || s[i] == '+';
		for (; i < n; i++)
			if (exp < 100000)
				exp = exp * 10 + (s[i] - '0');
		exp = eneg ? -exp : exp;
	}
	*v = 0;
	if (nd == 0)
		return true;			/* 0, -0, 0.000e5 */
	if (neg)
		return false;
	/* Digits before the point: nd - frac + exp (may be <= 0: a fraction of one). */
	k = (long)nd - frac + exp;
	if (k <= 0)
		return true;
	if (k > 19)
		return false;
	for (lead = 0; lead < (size_t)k; lead++) {
		int d = lead < nd ? dig[lead] - '0' : 0;

		if (*v > (max - d) / 10)
			return false;
		*v = *v * 10 + d;
	}
	return true;
}

/* A time: unix seconds from 0 to JSON_TIME_MAX (a fraction is dropped); null is 0. */
int
jp_time_value(struct jp *j, const char *key, int64_t *t)
{
	const char *num;
	size_t n;
	char what[96];

	*t = 0;
	if (jp_literal(j, "null"))
		return 0;
	if (jp_number_text(j, &num, &n) != 0)
		return -1;
	if (jp_number_whole(num, n, JSON_TIME_MAX, t))
		return 0;
	snprintf(what, sizeof what, "%s is out of range (%.*s; 0 to %lld seconds)", key,
		 n > 24 ? 24 : (int)n, num, (long long)JSON_TIME_MAX);
	return jp_fail(j, what);
}

/* Any value, checked for syntax and thrown away: the keys the CLI adds (title, entities). */
int
jp_skip_value(struct jp *j, int depth)
{
	struct sbuf b = {0};
	const char *num;
	size_t n;
	int rc = 0;

	if (depth > JSON_DEPTH)
		return jp_fail(j, "nested too deeply");
	jp_ws(j);
	if (j->p >= j->end)
		return jp_fail(j, "unexpected end");
	if (*j->p == '"')
		rc = jp_string(j, &b);
	else if (jp_eat(j, '[')) {
		if (!jp_eat(j, ']')) {
			do
				rc = jp_skip_value(j, depth + 1);
			while (rc == 0 && jp_eat(j, ','));
			if (rc == 0 && !jp_eat(j, ']'))
				rc = jp_fail(j, "expected ] or ,");
		}
	} else if (jp_eat(j, '{')) {
		if (!jp_eat(j, '}')) {
			do {
				rc = jp_string(j, &b);
				if (rc == 0 && !jp_eat(j, ':'))
					rc = jp_fail(j, "expected :");
				if (rc == 0)
					rc = jp_skip_value(j, depth + 1);
			} while (rc == 0 && jp_eat(j, ','));
			if (rc == 0 && !jp_eat(j, '}'))
				rc = jp_fail(j, "expected } or ,");
		}
	} else if (!jp_literal(j, "true") && !jp_literal(j, "false") && !jp_literal(j, "null"))
		rc = jp_number_text(j, &num, &n);
	sb_free(&b);
	return rc;
}

/* true/false, or a number (0 is false); null is false. */
int
jp_bool_value(struct jp *j, bool *v)
{
	const char *num;
	size_t n;

	if (jp_literal(j, "true") || jp_literal(j, "false") || jp_literal(j, "null")) {
		*v = j->p[-1] == 'e' && j->p[-2] == 'u';	/* it was "true" */
		return 0;
	}
	if (jp_number_text(j, &num, &n) != 0)
		return -1;
	*v = jp_number_nonzero(num, n);
	return 0;
}

int
jp_opt_string(struct jp *j, struct sbuf *b, char **out)
{
	free(*out);
	*out = NULL;
	if (jp_literal(j, "null"))
		return 0;
	if (jp_string(j, b) != 0)
		return -1;
	*out = xstrdup(b->data);
	return 0;
}
