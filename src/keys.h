/* keys.h -- key names, the binding table and request names. MIT licence. */
#ifndef DOSSIER_KEYS_H
#define DOSSIER_KEYS_H

#include <stddef.h>
#include <stdio.h>

#include "request.h"

/* Keys are Unicode code points, or curses function keys offset by KEY_FUNC. */
#define KEY_FUNC 0x110000
#define KEY_IS_FUNC(k) ((k) >= KEY_FUNC)

/* Binding contexts: a pane's own keymap is tried before the generic one. */
enum key_context { CTX_GENERIC, CTX_SOURCES, CTX_READER, CTX_ENTITIES, CTX_MENTIONS,
		   CTX_NCONTEXTS };

/* Install the default bindings from the request table. */
void keys_init(void);
void keys_free(void);
/* Map a key in a context to a request (REQ_NONE when unbound). */
enum request keys_lookup(enum key_context ctx, int key);
/* Bind (or with req == REQ_NONE unbind) a key. */
void keys_bind(enum key_context ctx, int key, enum request req);

/* Parse a key name ("j", "<C-d>", "<Enter>", "<PgDn>") to a key; -1 if unknown. */
int key_parse(const char *name, size_t len);
/* Write the display name of key into buf. */
void keys_name(int key, char *buf, size_t n);

/* "move-down", the request's config name (static storage). */
const char *request_name(enum request req);
const char *request_help(enum request req);
/* The keys bound to req in ctx or generic, as "j, <Down>", into buf. */
void request_keys(enum request req, enum key_context ctx, char *buf, size_t n);

/* The key list of the man page, from the same table as the help screen. */
void keys_write_roff(FILE *f);

/* Walk the request table in order: fn(group, NULL...) for a group heading, else a request. */
void requests_walk(void (*fn)(void *ud, const char *group, enum request req), void *ud);

#endif
