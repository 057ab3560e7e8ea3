/* state_json.c -- the JSON export of triage state: escaping, one article's fields. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "state_int.h"

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
		size_t j = i;

		/* a run of printable ASCII but the quote and the backslash goes as it is (a
		 * code point at a time was 60% of `entities --format=json`) */
		while (j < len && (unsigned char)str[j] >= 0x20 && (unsigned char)str[j] < 0x7f &&
		       str[j] != '"' && str[j] != '\\')
			j++;
		if (j > i) {
			sb_add(b, str + i, j - i);
			i = j;
			continue;
		}
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
