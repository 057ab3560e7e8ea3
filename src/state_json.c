/* state_json.c -- the JSON export of triage state and a small reader for it. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "state_int.h"

/* Nesting the reader accepts inside unknown values before giving up. */
#define JSON_DEPTH 64

/* \uXXXX for cp, as a surrogate pair past the BMP. */
static void
json_escape_cp(struct sbuf *b, uint32_t cp)
{
	if (cp >= 0x10000) {
		cp -= 0x10000;
		sb_printf(b, "\\u%04x\\u%04x", 0xd800 + (unsigned)(cp >> 10),
			  0xdc00 + (unsigned)(cp & 0x3ff));
	} else {
		sb_printf(b, "\\u%04x", (unsigned)cp);
	}
}

/*
 * JSON's side of the one sanitising rule (text_cp_class()): every code point that is not
 * safe as is -- C0, DEL, C1, bidi controls, zero-width characters, U+2028/9,
 * noncharacters -- is escaped, so the text survives whole for a JSON reader but nothing
 * reaches a terminal that shows the file raw. Invalid bytes become U+FFFD (JSON holds
 * text only; paths keep their bytes in "path_bytes").
 */
void
state_json_string(struct sbuf *b, const char *str)
{
	size_t len = strlen(str), i = 0;
	uint32_t cp;
	char enc[4];

	sb_addc(b, '"');
	while (i < len) {
		i += text_decode(str + i, len - i, &cp);
		if (cp == '"' || cp == '\\') {
			sb_addc(b, '\\');
			sb_addc(b, (char)cp);
		} else if (cp == '\n' || cp == '\t') {
			sb_adds(b, cp == '\n' ? "\\n" : "\\t");
		} else if (text_cp_class(cp) != TEXT_CP_SAFE) {
			json_escape_cp(b, cp);
		} else {
			sb_add(b, enc, text_encode(cp, enc));
		}
	}
	sb_addc(b, '"');
}

/* "key": string, or null when there is none. */
static void
json_opt_string(struct sbuf *b, const char *key, const char *v)
{
	sb_printf(b, ",\"%s\":", key);
	if (v)
		state_json_string(b, v);
	else
		sb_adds(b, "null");
}

/* Times are unix seconds; 0 (never) is written as null. */
static void
json_time(struct sbuf *b, const char *key, int64_t t)
{
	if (t)
		sb_printf(b, ",\"%s\":%lld", key, (long long)t);
	else
		sb_printf(b, ",\"%s\":null", key);
}

/*
 * A path that is not valid UTF-8 cannot be a JSON string as it is (its bad bytes would
 * become U+FFFD and import could never match it), so it also goes out as "path_bytes":
 * every byte outside printable ASCII (and % " \) as %XX. Valid paths have no such field.
 */
bool
state_json_path_bytes(struct sbuf *b, const char *path)
{
	const unsigned char *p;

	if (!path || text_valid_utf8(path, strlen(path)))
		return false;
	sb_addc(b, '"');
	for (p = (const unsigned char *)path; *p; p++)
		if (*p <= ' ' || *p >= 0x7f || *p == '%' || *p == '"' || *p == '\\')
			sb_printf(b, "%%%02X", *p);
		else
			sb_addc(b, (char)*p);
	sb_addc(b, '"');
	return true;
}

void
state_json_fields(struct sbuf *b, const struct art_state *a)
{
	size_t i, mark;

	sb_adds(b, "\"hash\":");
	state_json_string(b, a->hash ? a->hash : "");
	json_opt_string(b, "path", a->path);
	mark = b->len;
	sb_adds(b, ",\"path_bytes\":");
	if (!state_json_path_bytes(b, a->path))
		b->len = mark;	/* a valid path: no field */
	sb_printf(b, ",\"read\":%s,\"flagged\":%s,\"archived\":%s,\"tags\":[",
		  a->read ? "true" : "false", a->flagged ? "true" : "false",
		  a->archived ? "true" : "false");
	for (i = 0; i < a->ntags; i++) {
		if (i)
			sb_addc(b, ',');
		state_json_string(b, a->tags[i]);
	}
	sb_addc(b, ']');
	json_opt_string(b, "note", a->note);
	json_time(b, "first_seen", a->first_seen);
	json_time(b, "last_opened", a->last_opened);
}

/* The reader: a cursor over the text and the first error. */
struct jp {
	const char *start, *p, *end;
	char *err;
	size_t errlen;
	bool failed;
	size_t rec;		/* the article record being read (from 1), 0 outside one */
};

static int
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

static void
ws(struct jp *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

/* Skip ws, then consume c if it is next. */
static bool
eat(struct jp *j, char c)
{
	ws(j);
	if (j->p < j->end && *j->p == c) {
		j->p++;
		return true;
	}
	return false;
}

static bool
literal(struct jp *j, const char *word)
{
	size_t n = strlen(word);

	ws(j);
	if ((size_t)(j->end - j->p) >= n && memcmp(j->p, word, n) == 0) {
		j->p += n;
		return true;
	}
	return false;
}

static int
hex_digit(char c)
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
static int
string(struct jp *j, struct sbuf *b)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *e;

	b->len = 0;
	sb_add(b, "", 0);
	if (!eat(j, '"'))
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

/* The latest time an import accepts: 9999-12-31 23:59:59 UTC, in unix seconds. */
#define JSON_TIME_MAX INT64_C(253402300799)

/*
 * A JSON number (RFC 8259 grammar), checked but not converted: *num and *len give its
 * text. Converting with strtod and a cast was undefined for 1e26 or -1e30 and depends on
 * the locale's decimal point, so the callers read the digits themselves.
 */
static int
number_text(struct jp *j, const char **num, size_t *len)
{
	const char *q;

	ws(j);
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
static bool
number_nonzero(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != 'e' && s[i] != 'E'; i++)
		if (s[i] >= '1' && s[i] <= '9')
			return true;
	return false;
}

/* The whole part of the checked number s (n bytes) into *v when it lies in [0, max];
 * false when it does not (negative, too large, an exponent past any range). */
static bool
number_whole(const char *s, size_t n, int64_t max, int64_t *v)
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
static int
time_value(struct jp *j, const char *key, int64_t *t)
{
	const char *num;
	size_t n;
	char what[96];

	*t = 0;
	if (literal(j, "null"))
		return 0;
	if (number_text(j, &num, &n) != 0)
		return -1;
	if (number_whole(num, n, JSON_TIME_MAX, t))
		return 0;
	snprintf(what, sizeof what, "%s is out of range (%.*s; 0 to %lld seconds)", key,
		 n > 24 ? 24 : (int)n, num, (long long)JSON_TIME_MAX);
	return jp_fail(j, what);
}

/* Any value, checked for syntax and thrown away: the keys the CLI adds (title, entities). */
static int
skip_value(struct jp *j, int depth)
{
	struct sbuf b = {0};
	const char *num;
	size_t n;
	int rc = 0;

	if (depth > JSON_DEPTH)
		return jp_fail(j, "nested too deeply");
	ws(j);
	if (j->p >= j->end)
		return jp_fail(j, "unexpected end");
	if (*j->p == '"')
		rc = string(j, &b);
	else if (eat(j, '[')) {
		if (!eat(j, ']')) {
			do
				rc = skip_value(j, depth + 1);
			while (rc == 0 && eat(j, ','));
			if (rc == 0 && !eat(j, ']'))
				rc = jp_fail(j, "expected ] or ,");
		}
	} else if (eat(j, '{')) {
		if (!eat(j, '}')) {
			do {
				rc = string(j, &b);
				if (rc == 0 && !eat(j, ':'))
					rc = jp_fail(j, "expected :");
				if (rc == 0)
					rc = skip_value(j, depth + 1);
			} while (rc == 0 && eat(j, ','));
			if (rc == 0 && !eat(j, '}'))
				rc = jp_fail(j, "expected } or ,");
		}
	} else if (!literal(j, "true") && !literal(j, "false") && !literal(j, "null"))
		rc = number_text(j, &num, &n);
	sb_free(&b);
	return rc;
}

/* true/false, or a number (0 is false); null is false. */
static int
bool_value(struct jp *j, bool *v)
{
	const char *num;
	size_t n;

	if (literal(j, "true") || literal(j, "false") || literal(j, "null")) {
		*v = j->p[-1] == 'e' && j->p[-2] == 'u';	/* it was "true" */
		return 0;
	}
	if (number_text(j, &num, &n) != 0)
		return -1;
	*v = number_nonzero(num, n);
	return 0;
}

static int
opt_string(struct jp *j, struct sbuf *b, char **out)
{
	free(*out);
	*out = NULL;
	if (literal(j, "null"))
		return 0;
	if (string(j, b) != 0)
		return -1;
	*out = xstrdup(b->data);
	return 0;
}

/* ["a", "b"]: a later "tags" key replaces an earlier one. */
static int
tags_value(struct jp *j, struct sbuf *b, struct art_state *a)
{
	size_t cap = 0, i;

	for (i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	a->tags = NULL;
	a->ntags = 0;
	if (literal(j, "null"))
		return 0;
	if (!eat(j, '['))
		return jp_fail(j, "expected a list of tags");
	if (eat(j, ']'))
		return 0;
	do {
		if (string(j, b) != 0)
			return -1;
		xgrow((void **)&a->tags, &cap, a->ntags + 1, sizeof *a->tags);
		a->tags[a->ntags++] = xstrdup(b->data);
	} while (eat(j, ','));
	return eat(j, ']') ? 0 : jp_fail(j, "expected ] or , in the tags");
}

/* One "key": value of an article object. */
static int
field(struct jp *j, const char *key, struct sbuf *b, struct art_state *a)
{
	if (strcmp(key, "hash") == 0)
		return opt_string(j, b, &a->hash);
	if (strcmp(key, "path") == 0)
		return opt_string(j, b, &a->path);
	if (strcmp(key, "note") == 0)
		return opt_string(j, b, &a->note);
	if (strcmp(key, "read") == 0)
		return bool_value(j, &a->read);
	if (strcmp(key, "flagged") == 0)
		return bool_value(j, &a->flagged);
	if (strcmp(key, "archived") == 0)
		return bool_value(j, &a->archived);
	if (strcmp(key, "tags") == 0)
		return tags_value(j, b, a);
	if (strcmp(key, "first_seen") == 0)
		return time_value(j, key, &a->first_seen);
	if (strcmp(key, "last_opened") == 0)
		return time_value(j, key, &a->last_opened);
	return skip_value(j, 1);	/* title, entities...: the CLI's, not ours */
}

/* "path_bytes" (see state_json_path_bytes()) back into the path's bytes: *out. */
static int
path_bytes(struct jp *j, struct sbuf *b, char **out)
{
	struct sbuf raw = {0};
	const char *p;
	int hi, lo;

	if (string(j, b) != 0)
		return -1;
	for (p = b->data; *p; p++) {
		if (*p != '%') {
			sb_addc(&raw, *p);
			continue;
		}
		hi = p[1] ? hex_digit(p[1]) : -1;
		lo = hi >= 0 && p[2] ? hex_digit(p[2]) : -1;
		if (lo < 0 || (hi == 0 && lo == 0)) {
			sb_free(&raw);
			return jp_fail(j, "bad %XX in path_bytes");
		}
		sb_addc(&raw, (char)(hi << 4 | lo));
		p += 2;
	}
	free(*out);
	*out = xstrdup(sb_cstr(&raw));
	sb_free(&raw);
	return 0;
}

static int
record(struct jp *j, struct art_state *a)
{
	struct sbuf key = {0}, b = {0};
	char *bytes = NULL;
	int rc = 0;

	if (!eat(j, '{'))
		return jp_fail(j, "expected an article object");
	if (!eat(j, '}')) {
		do {
			rc = string(j, &key);
			if (rc == 0 && !eat(j, ':'))
				rc = jp_fail(j, "expected :");
			if (rc == 0 && strcmp(key.data, "path_bytes") == 0)
				rc = path_bytes(j, &b, &bytes);
			else if (rc == 0)
				rc = field(j, key.data, &b, a);
		} while (rc == 0 && eat(j, ','));
		if (rc == 0 && !eat(j, '}'))
			rc = jp_fail(j, "expected } or , after a field");
	}
	sb_free(&key);
	sb_free(&b);
	/* The exact bytes win over "path", which holds U+FFFD for them. */
	if (bytes) {
		free(a->path);
		a->path = bytes;
	}
	if (a->hash && !*a->hash) {
		free(a->hash);
		a->hash = NULL;
	}
	return rc;
}

/* [ {article}, ... ]: the records in file order. */
static int
articles(struct jp *j, struct art_state **recs, size_t *n)
{
	size_t cap = 0;
	int rc = 0;

	if (!eat(j, '['))
		return jp_fail(j, "expected a list of articles");
	if (eat(j, ']'))
		return 0;
	do {
		xgrow((void **)recs, &cap, *n + 1, sizeof **recs);
		memset(&(*recs)[*n], 0, sizeof **recs);
		j->rec = *n + 1;
		rc = record(j, &(*recs)[(*n)++]);
	} while (rc == 0 && eat(j, ','));
	if (rc == 0)
		j->rec = 0;
	return rc == 0 && !eat(j, ']') ? jp_fail(j, "expected ] or , after an article") : rc;
}

/* {"articles": [...], ...}: other keys are skipped. */
static int
wrapper(struct jp *j, struct art_state **recs, size_t *n)
{
	struct sbuf key = {0};
	bool found = false;
	int rc = 0;

	eat(j, '{');
	if (!eat(j, '}')) {
		do {
			rc = string(j, &key);
			if (rc == 0 && !eat(j, ':'))
				rc = jp_fail(j, "expected :");
			if (rc == 0 && strcmp(key.data, "articles") == 0 && !found) {
				found = true;
				rc = articles(j, recs, n);
			} else if (rc == 0)
				rc = skip_value(j, 1);
		} while (rc == 0 && eat(j, ','));
		if (rc == 0 && !eat(j, '}'))
			rc = jp_fail(j, "expected } or ,");
	}
	sb_free(&key);
	return rc == 0 && !found ? jp_fail(j, "no \"articles\" list") : rc;
}

/* One member of a flat object: a string, a whole number (may be negative), or null. */
static int
flat_member(struct jp *j, struct sbuf *b, struct json_kv *kv)
{
	const char *num;
	size_t n;
	int64_t v;
	bool neg;

	if (string(j, b) != 0 || !eat(j, ':'))
		return jp_fail(j, "expected \"key\": value");
	kv->key = xstrdup(b->data);
	ws(j);
	if (literal(j, "null"))
		return 0;
	if (j->p < j->end && *j->p == '"') {
		if (string(j, b) != 0)
			return -1;
		kv->str = xstrdup(b->data);
		return 0;
	}
	if (number_text(j, &num, &n) != 0)
		return -1;
	neg = num[0] == '-';
	if (!number_whole(num + neg, n - neg, JSON_TIME_MAX, &v))
		return jp_fail(j, "number out of range");
	kv->is_num = true;
	kv->num = neg ? -v : v;
	return 0;
}

/* [{...}, ...] of flat objects into *objs. */
static int
flat_list(struct jp *j, struct json_obj **objs, size_t *n)
{
	struct sbuf b = {0};
	size_t cap = 0, kcap;
	struct json_obj *o;
	int rc = 0;

	if (literal(j, "null"))
		return 0;
	if (!eat(j, '['))
		return jp_fail(j, "expected a list");
	if (eat(j, ']'))
		return 0;
	do {
		xgrow((void **)objs, &cap, *n + 1, sizeof **objs);
		o = &(*objs)[(*n)++];
		memset(o, 0, sizeof *o);
		kcap = 0;
		if (!eat(j, '{')) {
			rc = jp_fail(j, "expected an object");
			break;
		}
		if (eat(j, '}'))
			continue;
		do {
			xgrow((void **)&o->kv, &kcap, o->n + 1, sizeof *o->kv);
			memset(&o->kv[o->n], 0, sizeof *o->kv);
			rc = flat_member(j, &b, &o->kv[o->n++]);
		} while (rc == 0 && eat(j, ','));
		if (rc == 0 && !eat(j, '}'))
			rc = jp_fail(j, "expected } or ,");
	} while (rc == 0 && eat(j, ','));
	if (rc == 0 && !eat(j, ']'))
		rc = jp_fail(j, "expected ] or ,");
	sb_free(&b);
	return rc;
}

void
state_json_objs_free(struct json_obj *v, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		for (k = 0; k < v[i].n; k++) {
			free(v[i].kv[k].key);
			free(v[i].kv[k].str);
		}
		free(v[i].kv);
	}
	free(v);
}

enum state_status
state_json_objects(const char *text, size_t len, const char *member, struct json_obj **objs,
		   size_t *n, char *err, size_t errlen)
{
	struct jp j = { text, text, text + len, err, errlen, false, 0 };
	struct sbuf key = {0};
	int rc = 0;

	*objs = NULL;
	*n = 0;
	/* An export of before (a list of articles) has none. */
	if (!eat(&j, '{') || eat(&j, '}'))
		return STATE_OK;
	do {
		rc = string(&j, &key);
		if (rc == 0 && !eat(&j, ':'))
			rc = jp_fail(&j, "expected :");
		if (rc == 0 && strcmp(key.data, member) == 0 && !*n)
			rc = flat_list(&j, objs, n);
		else if (rc == 0)
			rc = skip_value(&j, 1);
	} while (rc == 0 && eat(&j, ','));
	sb_free(&key);
	if (rc == 0)
		return STATE_OK;
	state_json_objs_free(*objs, *n);
	*objs = NULL;
	*n = 0;
	return STATE_INVALID;
}

enum state_status
state_json_parse(const char *text, size_t len, struct art_state **recs, size_t *n,
		 char *err, size_t errlen)
{
	struct jp j = { text, text, text + len, err, errlen, false, 0 };
	int rc;

	*recs = NULL;
	*n = 0;
	ws(&j);
	if (j.p < j.end && *j.p == '{')
		rc = wrapper(&j, recs, n);
	else
		rc = articles(&j, recs, n);
	ws(&j);
	if (rc == 0 && j.p != j.end)
		rc = jp_fail(&j, "unexpected text after the export");
	if (rc == 0)
		return STATE_OK;
	art_states_free(*recs, *n);
	*recs = NULL;
	*n = 0;
	return STATE_INVALID;
}
