/* prompt.h -- the one-line editor of the status line: filter, search, command, tag, note. MIT licence. */
#ifndef DOSSIER_PROMPT_H
#define DOSSIER_PROMPT_H

#include <stdbool.h>
#include <stddef.h>

#include "dossier/util.h"

struct ui;

/* What the prompt is for; decides the callbacks the UI runs. */
enum prompt_kind { PROMPT_NONE, PROMPT_FILTER, PROMPT_SEARCH, PROMPT_COMMAND, PROMPT_TAG,
		   PROMPT_NOTE, PROMPT_ENTITY, PROMPT_CONFIRM, PROMPT_PIPE, PROMPT_HELP,
		   PROMPT_QUIT, PROMPT_RENAME, PROMPT_MERGE,
		   PROMPT_ADD, PROMPT_CLUSTER, PROMPT_SPLIT };

struct prompt {
	enum prompt_kind kind;	/* PROMPT_NONE when closed */
	char label[48];		/* shown before the text: "/", ":", "Tag: " */
	struct sbuf text;	/* owned; the line being edited */
	size_t cursor;		/* byte offset of the cursor in text */
	bool dirty;		/* text changed since the last live update */
	char **history;		/* not owned; oldest first, for Up/Down */
	size_t nhistory;
	size_t hpos;		/* position in history while browsing (nhistory: the edit line) */
	char *saved;		/* owned; the edit line while browsing history */
	char *before;		/* owned; what the live view showed before the prompt opened */
};

/* Results of prompt_key. */
enum prompt_result { PROMPT_EDITED, PROMPT_MOVED, PROMPT_ACCEPT, PROMPT_CANCEL, PROMPT_COMPLETE };

void prompt_open(struct prompt *p, enum prompt_kind kind, const char *label, const char *initial);
void prompt_close(struct prompt *p);
/* Feed a key (code point or KEY_FUNC + curses key). */
enum prompt_result prompt_key(struct prompt *p, int key);
/* Replace the word before the cursor with s (completion). */
void prompt_replace_word(struct prompt *p, const char *s);
/* The word before the cursor (for completion), into buf. */
void prompt_word(const struct prompt *p, char *buf, size_t n);
const char *prompt_text(struct prompt *p);

#endif
