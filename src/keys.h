/* keys.h -- key codes and names, the request table's names and help (no curses). MIT licence. */
#ifndef DOSSIER_KEYS_H
#define DOSSIER_KEYS_H

#include <stddef.h>
#include <stdio.h>

#include "request.h"

/*
 * Keys are Unicode code points, or function keys from KEY_FUNC up: dossier's own codes,
 * so that nothing but the input function (ui.c) knows curses' numbers; a curses key
 * without a name here arrives as DK_CURSES + its curses code.
 */
#define KEY_FUNC 0x110000
#define KEY_IS_FUNC(k) ((k) >= KEY_FUNC)
enum {
	DK_UP = KEY_FUNC + 1, DK_DOWN, DK_LEFT, DK_RIGHT, DK_NPAGE, DK_PPAGE, DK_HOME, DK_END,
	DK_IC, DK_DC, DK_BACKSPACE, DK_BTAB, DK_ENTER, DK_MOUSE, DK_RESIZE,
	DK_F0 = KEY_FUNC + 64,		/* DK_F(1) .. DK_F(12) */
	DK_CURSES = KEY_FUNC + 0x1000
};
#define DK_F(n) (DK_F0 + (n))

/* Binding contexts: a pane's own keymap is tried before the generic one. */
enum key_context { CTX_GENERIC, CTX_SOURCES, CTX_READER, CTX_ENTITIES, CTX_MENTIONS,
		   CTX_TIMELINE, CTX_QUOTES, CTX_NCONTEXTS };

/*
 * Parse a key name to a key, -1 if unknown: one character ("j", "é"), <C-x> (letters and
 * the five ASCII controls after Z), <Enter>, <Tab>, <Space>, <Up>, <PgDn>, <Home>,
 * <Esc>, <F1>...<F12>, <Hash> ('#' starts a config comment), <Lt>, <Colon>.
 */
int key_parse(const char *name, size_t len);
/* Write the name of key into buf, as key_parse() reads it back. */
void keys_name(int key, char *buf, size_t n);

/* "move-down", the request's config name (static storage). */
const char *request_name(enum request req);
const char *request_help(enum request req);
/* The default keys of req, as the request table writes them ("j <Down>"). */
const char *request_default_keys(enum request req);

/* The key list of the man page, from the same keymap as the help screen (the default
 * configuration's). */
void keys_write_roff(FILE *f);

/* Walk the request table in order: fn(group, NULL...) for a group heading, else a request. */
void requests_walk(void (*fn)(void *ud, const char *group, enum request req), void *ud);

#endif
