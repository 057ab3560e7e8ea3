/* keys.c -- the request table, key names and the bindings built from it. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

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

struct binding {
	enum key_context ctx;
	int key;
	enum request req;
};

static struct binding *bindings;	/* owned; freed by keys_free() */
static size_t nbindings, capbindings;

static const struct { const char *name; int key; } key_names[] = {
	{ "Enter", '\n' }, { "Return", '\r' }, { "Tab", '\t' }, { "Space", ' ' },
	{ "Esc", 27 }, { "Backspace", KEY_FUNC + KEY_BACKSPACE }, { "BS", 127 },
	{ "S-Tab", KEY_FUNC + KEY_BTAB }, { "Up", KEY_FUNC + KEY_UP },
	{ "Down", KEY_FUNC + KEY_DOWN }, { "Left", KEY_FUNC + KEY_LEFT },
	{ "Right", KEY_FUNC + KEY_RIGHT }, { "PgDn", KEY_FUNC + KEY_NPAGE },
	{ "PgUp", KEY_FUNC + KEY_PPAGE }, { "Home", KEY_FUNC + KEY_HOME },
	{ "End", KEY_FUNC + KEY_END }, { "Insert", KEY_FUNC + KEY_IC },
	{ "Delete", KEY_FUNC + KEY_DC }, { "Lt", '<' }, { "Colon", ':' },
};
#define NKEY_NAMES (sizeof key_names / sizeof key_names[0])

int
key_parse(const char *s, size_t len)
{
	size_t i;

	if (len == 1)
		return (unsigned char)s[0] < 0x80 ? s[0] : -1;
	if (len >= 3 && s[0] == '<' && s[len - 1] == '>') {
		s++;
		len -= 2;
		if (len == 3 && (s[0] == 'C' || s[0] == 'c') && s[1] == '-')
			return tolower((unsigned char)s[2]) & 0x1f;
		if (len >= 2 && (s[0] == 'F' || s[0] == 'f') && isdigit((unsigned char)s[1])) {
			int f = atoi(s + 1);

			return f >= 1 && f <= 12 ? KEY_FUNC + KEY_F(f) : -1;
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
	size_t i;

	for (i = 0; i < NKEY_NAMES; i++)
		if (key_names[i].key == key) {
			snprintf(buf, n, "<%s>", key_names[i].name);
			return;
		}
	if (key >= KEY_FUNC + KEY_F(1) && key <= KEY_FUNC + KEY_F(12))
		snprintf(buf, n, "<F%d>", key - KEY_FUNC - KEY_F(0));
	else if (key > 0 && key < 32)
		snprintf(buf, n, "<C-%c>", key + 'a' - 1);
	else if (key > 32 && key < 127)
		snprintf(buf, n, "%c", key);
	else
		snprintf(buf, n, "<%#x>", (unsigned)key);
}

void
keys_bind(enum key_context ctx, int key, enum request req)
{
	size_t i;

	for (i = 0; i < nbindings; i++)
		if (bindings[i].ctx == ctx && bindings[i].key == key) {
			bindings[i].req = req;
			return;
		}
	xgrow((void **)&bindings, &capbindings, nbindings + 1, sizeof *bindings);
	bindings[nbindings++] = (struct binding){ ctx, key, req };
}

void
keys_init(void)
{
	size_t i;

	for (i = 0; i < NREQ_TABLE; i++) {
		const char *k = req_table[i].keys, *e;

		if (req_table[i].group)
			continue;
		while (k && *k) {
			int key;

			for (e = k; *e && *e != ' '; e++)
				;
			key = key_parse(k, (size_t)(e - k));
			if (key < 0)
				die("internal: bad default key in request table: %.*s", (int)(e - k), k);
			keys_bind(CTX_GENERIC, key, req_table[i].req);
			k = *e ? e + 1 : e;
		}
	}
	/* Curses reports the Enter key several ways; all of them mean Enter. */
	keys_bind(CTX_GENERIC, '\r', REQ_ENTER);
	keys_bind(CTX_GENERIC, KEY_FUNC + KEY_ENTER, REQ_ENTER);
}

void
keys_free(void)
{
	free(bindings);
	bindings = NULL;
	nbindings = capbindings = 0;
}

enum request
keys_lookup(enum key_context ctx, int key)
{
	size_t i;

	for (i = 0; i < nbindings; i++)
		if (bindings[i].ctx == ctx && bindings[i].key == key)
			return bindings[i].req;
	if (ctx != CTX_GENERIC)
		return keys_lookup(CTX_GENERIC, key);
	return REQ_NONE;
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

void
request_keys(enum request req, enum key_context ctx, char *buf, size_t n)
{
	size_t i, used = 0;
	char name[32];

	buf[0] = '\0';
	for (i = 0; i < nbindings && used < n; i++) {
		const struct binding *b = &bindings[i];

		if (b->req != req || (b->ctx != ctx && b->ctx != CTX_GENERIC))
			continue;
		if (b->ctx == CTX_GENERIC && ctx != CTX_GENERIC && keys_lookup(ctx, b->key) != req)
			continue;
		if (b->key == '\r' || b->key == KEY_FUNC + KEY_ENTER)
			continue;
		keys_name(b->key, name, sizeof name);
		used += (size_t)snprintf(buf + used, n - used, "%s%s", used ? " " : "", name);
	}
}

void
requests_walk(void (*fn)(void *ud, const char *group, enum request req), void *ud)
{
	size_t i;

	for (i = 0; i < NREQ_TABLE; i++)
		fn(ud, req_table[i].group, req_table[i].req);
}

/* A roff-safe copy of s: backslashes and dashes escaped. */
static void
roff_put(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", f);
		else if (*s == '-')
			fputs("\\-", f);
		else
			fputc(*s, f);
	}
}

static void
roff_line(void *ud, const char *group, enum request req)
{
	FILE *f = ud;
	char keys[128];

	if (group) {
		fputs(".SS ", f);
		roff_put(f, group);
		fputc('\n', f);
		return;
	}
	request_keys(req, CTX_GENERIC, keys, sizeof keys);
	fputs(".TP\n.B \\&", f);
	roff_put(f, keys[0] ? keys : "(unbound)");
	fputs("\n\\&", f);
	roff_put(f, request_help(req));
	fputs(" (", f);
	roff_put(f, request_name(req));
	fputs(")\n", f);
}

void
keys_write_roff(FILE *f)
{
	keys_init();
	requests_walk(roff_line, f);
	keys_free();
}
