/* keys.c -- the request table's names and help, key names (no curses: keys.h codes). MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "keys.h"

struct req_info {
	enum request req;
	const char *group;	/* non-NULL for a group heading */
	const char *name;	/* NAME as written in the table */
	const char *help;
	const char *keys;	/* default keys */
};

#define REQ_GROUP_INFO_(g) { REQ_NONE, g, NULL, NULL, NULL },
#define REQ_INFO_(n, h, k) { REQ_##n, NULL, #n, h, k },
static const struct req_info req_table[] = { REQ_INFO(REQ_GROUP_INFO_, REQ_INFO_) };
#define NREQ_TABLE (sizeof req_table / sizeof req_table[0])

static const struct { const char *name; int key; } key_names[] = {
	{ "Enter", '\n' }, { "Return", '\r' }, { "Tab", '\t' }, { "Space", ' ' },
	{ "Esc", 27 }, { "Backspace", DK_BACKSPACE }, { "BS", 127 },
	{ "S-Tab", DK_BTAB }, { "Up", DK_UP },
	{ "Down", DK_DOWN }, { "Left", DK_LEFT },
	{ "Right", DK_RIGHT }, { "PgDn", DK_NPAGE },
	{ "PgUp", DK_PPAGE }, { "Home", DK_HOME },
	{ "End", DK_END }, { "Insert", DK_IC },
	{ "Delete", DK_DC }, { "KpEnter", DK_ENTER }, { "Lt", '<' }, { "Colon", ':' },
	{ "Hash", '#' },
};
#define NKEY_NAMES (sizeof key_names / sizeof key_names[0])

int
key_parse(const char *s, size_t len)
{
	size_t i;
	uint32_t cp;

	if (len == 1)
		return (unsigned char)s[0] > 0 && (unsigned char)s[0] < 0x80 ? s[0] : -1;
	if ((unsigned char)s[0] >= 0x80)	/* one UTF-8 character, printable */
		return text_decode(s, len, &cp) == len && cp >= 0xA0 && cp != 0xFFFD ? (int)cp : -1;
	if (len >= 3 && s[0] == '<' && s[len - 1] == '>') {
		s++;
		len -= 2;
		/* <C-x>: letters and the five ASCII controls after Z (<C-1> is no key). */
		if (len == 3 && (s[0] == 'C' || s[0] == 'c') && s[1] == '-')
			return isalpha((unsigned char)s[2]) || strchr("[\\]^_", s[2]) ?
				(tolower((unsigned char)s[2]) & 0x1f) : -1;
		if (len >= 2 && (s[0] == 'F' || s[0] == 'f') && isdigit((unsigned char)s[1])) {
			int f = atoi(s + 1);

			return f >= 1 && f <= 12 ? DK_F(f) : -1;
		}
		for (i = 0; i < NKEY_NAMES; i++)
			if (strlen(key_names[i].name) == len &&
			    strncasecmp(key_names[i].name, s, len) == 0)
				return key_names[i].key;
	}
	return -1;
}

void
keys_name(int key, char *buf, size_t n)
{
	char u[4];
	size_t i;

	for (i = 0; i < NKEY_NAMES; i++)
		if (key_names[i].key == key) {
			snprintf(buf, n, "<%s>", key_names[i].name);
			return;
		}
	if (key >= DK_F(1) && key <= DK_F(12))
		snprintf(buf, n, "<F%d>", key - DK_F0);
	else if (key > 0 && key < 27)
		snprintf(buf, n, "<C-%c>", key + 'a' - 1);
	else if (key >= 27 && key < 32)
		snprintf(buf, n, "<C-%c>", key + '@');
	else if (key > 32 && key < 127)
		snprintf(buf, n, "%c", key);
	else if (key >= 0xA0 && key < KEY_FUNC && key != 0xFFFD)
		snprintf(buf, n, "%.*s", (int)text_encode((uint32_t)key, u), u);
	else
		snprintf(buf, n, "<%#x>", (unsigned)key);
}

static const struct req_info *
req_find(enum request req)
{
	size_t i;

	for (i = 0; i < NREQ_TABLE; i++)
		if (!req_table[i].group && req_table[i].req == req)
			return &req_table[i];
	return NULL;
}

const char *
request_name(enum request req)
{
	static char buf[64];
	const struct req_info *r = req_find(req);
	size_t i;

	if (!r)
		return "none";
	for (i = 0; r->name[i] && i < sizeof buf - 1; i++)
		buf[i] = r->name[i] == '_' ? '-' : (char)tolower((unsigned char)r->name[i]);
	buf[i] = '\0';
	return buf;
}

const char *
request_help(enum request req)
{
	const struct req_info *r = req_find(req);

	return r ? r->help : "";
}

const char *
request_default_keys(enum request req)
{
	const struct req_info *r = req_find(req);

	return r && r->keys ? r->keys : "";
}

void
requests_walk(void (*fn)(void *ud, const char *group, enum request req), void *ud)
{
	size_t i;

	for (i = 0; i < NREQ_TABLE; i++)
		fn(ud, req_table[i].group, req_table[i].req);
}

