/* prompt.c -- a one-line editor with history and word completion. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/text.h"
#include "keys.h"
#include "prompt.h"

void
prompt_open(struct prompt *p, enum prompt_kind kind, const char *label, const char *initial)
{
	prompt_close(p);
	p->kind = kind;
	snprintf(p->label, sizeof p->label, "%s", label);
	sb_adds(&p->text, initial ? initial : "");
	sb_cstr(&p->text);
	p->cursor = p->text.len;
	p->hpos = p->nhistory;
	p->dirty = false;
}

void
prompt_close(struct prompt *p)
{
	sb_free(&p->text);
	free(p->saved);
	free(p->before);
	p->saved = p->before = NULL;
	p->kind = PROMPT_NONE;
	p->cursor = 0;
	p->dirty = false;
}

const char *
prompt_text(struct prompt *p)
{
	return sb_cstr(&p->text);
}

static void
set_text(struct prompt *p, const char *s)
{
	p->text.len = 0;
	sb_adds(&p->text, s);
	sb_cstr(&p->text);
	p->cursor = p->text.len;
}

/* Byte offset of the code point before / after the cursor. */
static size_t
prev_cp(const struct prompt *p, size_t at)
{
	while (at > 0 && (p->text.data[--at] & 0xC0) == 0x80)
		;
	return at;
}

static size_t
next_cp(const struct prompt *p, size_t at)
{
	while (at < p->text.len && (p->text.data[++at] & 0xC0) == 0x80)
		;
	return at;
}

static void
delete_range(struct prompt *p, size_t from, size_t to)
{
	memmove(p->text.data + from, p->text.data + to, p->text.len - to + 1);
	p->text.len -= to - from;
	p->cursor = from;
}

static size_t
word_start(const struct prompt *p)
{
	size_t i = p->cursor;

	while (i > 0 && p->text.data[i - 1] == ' ')
		i--;
	while (i > 0 && p->text.data[i - 1] != ' ')
		i--;
	return i;
}

static enum prompt_result
history_move(struct prompt *p, int dir)
{
	if (!p->nhistory)
		return PROMPT_MOVED;
	if (p->hpos == p->nhistory && dir < 0) {
		free(p->saved);
		p->saved = xstrdup(prompt_text(p));
	}
	if (dir < 0 && p->hpos > 0)
		p->hpos--;
	else if (dir > 0 && p->hpos < p->nhistory)
		p->hpos++;
	else
		return PROMPT_MOVED;
	set_text(p, p->hpos == p->nhistory ? (p->saved ? p->saved : "") : p->history[p->hpos]);
	p->dirty = true;
	return PROMPT_EDITED;
}

enum prompt_result
prompt_key(struct prompt *p, int key)
{
	char buf[4];

	sb_cstr(&p->text);
	switch (key) {
	case '\n': case '\r': case DK_ENTER: return PROMPT_ACCEPT;
	case 27: case 7: /* Esc, Ctrl-G */ return PROMPT_CANCEL;
	case '\t': return PROMPT_COMPLETE;
	case DK_UP: case 16: /* Ctrl-P */ return history_move(p, -1);
	case DK_DOWN: case 14: /* Ctrl-N */ return history_move(p, 1);
	case DK_LEFT: case 2: p->cursor = prev_cp(p, p->cursor); return PROMPT_MOVED;
	case DK_RIGHT: case 6: p->cursor = next_cp(p, p->cursor); return PROMPT_MOVED;
	case DK_HOME: case 1: p->cursor = 0; return PROMPT_MOVED;
	case DK_END: case 5: p->cursor = p->text.len; return PROMPT_MOVED;
	case DK_BACKSPACE: case 127: case 8:
		if (p->cursor == 0)
			return p->text.len == 0 && p->kind != PROMPT_CONFIRM &&
			       p->kind != PROMPT_QUIT ? PROMPT_CANCEL : PROMPT_MOVED;
		delete_range(p, prev_cp(p, p->cursor), p->cursor);
		break;
	case DK_DC: case 4:
		if (p->cursor >= p->text.len)
			return PROMPT_MOVED;
		delete_range(p, p->cursor, next_cp(p, p->cursor));
		break;
	case 21: /* Ctrl-U */ delete_range(p, 0, p->cursor); break;
	case 11: /* Ctrl-K */ p->text.len = p->cursor; p->text.data[p->cursor] = '\0'; break;
	case 23: /* Ctrl-W */ delete_range(p, word_start(p), p->cursor); break;
	default:
		if (KEY_IS_FUNC(key) || key < 0x20 || key == 0x7f || (key >= 0x80 && key < 0xa0))
			return PROMPT_MOVED;	/* nothing to insert */
		{
			size_t n = text_encode((uint32_t)key, buf), tail = p->text.len - p->cursor;

			sb_add(&p->text, buf, n);	/* grow, then shift the tail right */
			memmove(p->text.data + p->cursor + n, p->text.data + p->cursor, tail);
			memcpy(p->text.data + p->cursor, buf, n);
			p->cursor += n;
		}
		break;
	}
	p->dirty = true;
	return PROMPT_EDITED;
}

void
prompt_word(const struct prompt *p, char *buf, size_t n)
{
	size_t s = word_start(p), len = p->cursor - s;

	if (len >= n)
		len = n - 1;
	memcpy(buf, p->text.data ? p->text.data + s : "", len);
	buf[len] = '\0';
}

void
prompt_replace_word(struct prompt *p, const char *s)
{
	size_t from = word_start(p), n = strlen(s), tail;

	delete_range(p, from, p->cursor);
	tail = p->text.len - p->cursor;
	sb_add(&p->text, s, n);
	memmove(p->text.data + p->cursor + n, p->text.data + p->cursor, tail);
	memcpy(p->text.data + p->cursor, s, n);
	p->cursor += n;
	p->dirty = true;
}
