/* script.c -- test mode: keys from a file, commands, and text dumps of the screen. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <curses.h>

#include "dossier/text.h"
#include "dossier/util.h"
#include "keys.h"
#include "script.h"
#include "ui.h"

static FILE *script;		/* owned */
static char line[4096];		/* the line being read */
static char *pos;		/* next unread byte of line, NULL when a new line is due */

bool
script_open(const char *path)
{
	script = fopen(path, "r");
	pos = NULL;
	return script != NULL;
}

void
script_close(void)
{
	if (script)
		fclose(script);
	script = NULL;
}

bool
script_save_display(const char *path)
{
	FILE *f = fopen(path, "w");
	int y, x;

	if (!f)
		return false;
	for (y = 0; y < LINES; y++) {
		struct sbuf row = {0};
		size_t keep = 0;

		for (x = 0; x < COLS; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1];
			attr_t at;
			short pair;
			int i;

			if (mvin_wch(y, x, &cc) == ERR || getcchar(&cc, wc, &at, &pair, NULL) == ERR)
				wc[0] = L' ', wc[1] = 0;
			for (i = 0; wc[i]; i++) {
				char buf[4];

				sb_add(&row, buf, text_encode((uint32_t)wc[i], buf));
			}
			if (wc[0] && wcwidth(wc[0]) == 2)
				x++;	/* the second cell of a wide character */
			if (wc[0] != L' ')
				keep = row.len;
		}
		fprintf(f, "%.*s\n", (int)keep, row.data ? row.data : "");
		sb_free(&row);
	}
	return fclose(f) == 0;
}

/* The attributes of a cell as words: "bold", "dim,reverse", "-" for none. */
static void
attr_words(attr_t at, char *buf, size_t n)
{
	static const struct { attr_t a; const char *name; } names[] = {
		{ A_BOLD, "bold" }, { A_DIM, "dim" }, { A_UNDERLINE, "underline" },
		{ A_REVERSE, "reverse" }, { A_ITALIC, "italic" }, { A_BLINK, "blink" },
	};
	size_t i, k = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if ((at & names[i].a) && k + strlen(names[i].name) + 2 < n)
			k += (size_t)snprintf(buf + k, n - k, "%s%s", k ? "," : "", names[i].name);
	if (!k)
		snprintf(buf, n, "-");
}

/* One line per run of cells with the same look: "ROW COL-COL fg=F bg=B ATTRS", colours
 * as curses numbers (-1: the terminal's default). What :save-display leaves out. */
bool
script_save_attrs(const char *path)
{
	FILE *f = fopen(path, "w");
	int y, x, start;

	if (!f)
		return false;
	for (y = 0; y < LINES; y++) {
		attr_t prev_at = 0;
		short prev_pair = -1;

		for (x = 0, start = 0; x <= COLS; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1];
			attr_t at = 0;
			short pair = -2, fg = -1, bg = -1;
			char words[64];

			if (x < COLS && (mvin_wch(y, x, &cc) == ERR ||
					 getcchar(&cc, wc, &at, &pair, NULL) == ERR))
				at = 0, pair = 0;
			at &= A_ATTRIBUTES & ~A_COLOR;
			if (x > 0 && (x == COLS || pair != prev_pair || at != prev_at)) {
				if (!has_colors() || pair_content(prev_pair, &fg, &bg) == ERR)
					fg = bg = -1;
				attr_words(prev_at, words, sizeof words);
				fprintf(f, "%d %d-%d fg=%d bg=%d %s\n", y, start, x - 1, fg, bg, words);
				start = x;
			}
			prev_pair = pair;
			prev_at = at;
		}
	}
	return fclose(f) == 0;
}

/*
 * ":mouse KIND COL ROW" (0-based screen cells): the event goes to ui->mouse_ev and the key
 * returned is KEY_MOUSE, so it reaches ui_mouse() the way a terminal's event does.
 */
static int
script_mouse(struct ui *ui, const char *args)
{
	static const char *const kinds[] = { "click", "double", "wheel-up", "wheel-down" };
	char kind[16];
	int x, y;
	size_t i;

	if (sscanf(args, "%15s %d %d", kind, &x, &y) != 3)
		die("script: usage :mouse click|double|wheel-up|wheel-down COL ROW");
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strcmp(kind, kinds[i]) == 0) {
			ui->mouse_ev.kind = (int)i;
			ui->mouse_ev.x = x;
			ui->mouse_ev.y = y;
			return DK_MOUSE;
		}
	die("script: unknown mouse event %s", kind);
	return 0;
}

/* Run a ':' command line of the script; returns a key to deliver (0 for none). */
static int
script_command(struct ui *ui, char *cmd)
{
	int w, h;

	cmd[strcspn(cmd, "\r\n")] = '\0';
	if (strncmp(cmd, "save-display ", 13) == 0) {
		if (!script_save_display(cmd + 13))
			die("script: cannot write %s", cmd + 13);
	} else if (strncmp(cmd, "save-attrs ", 11) == 0) {
		if (!script_save_attrs(cmd + 11))
			die("script: cannot write %s", cmd + 11);
	} else if (sscanf(cmd, "resize %d %d", &w, &h) == 2) {
		resizeterm(h, w);
		return DK_RESIZE;
	} else if (strcmp(cmd, "wait-index") == 0 || strcmp(cmd, "wait-build") == 0) {
		/* Scripts normally start on a finished build; bench/ starts them early. The
		 * index is ready before the prefix table and the cache: bench/'s "fully
		 * indexed" waits for it alone, and the end of the script stops the rest. */
		if (ui->wait_ready)
			ui->wait_ready(ui->wait_ud, cmd[5] == 'b');
		return DK_RESIZE;	/* redraw with the finished index */
	} else if (strcmp(cmd, "wait-text") == 0) {
		/* The full text whole (a filter of words answers), entities maybe not. */
		while (ui->progress && !ui->progress->text_ready && !ui_index_ready(ui))
			nanosleep(&(struct timespec){ 0, 5000000 }, NULL);
		return DK_RESIZE;
	} else if (strcmp(cmd, "wait-stale") == 0) {
		/* An update: the entities as last indexed handed to the screen (or the index
		 * ready), at most 30 s (tests/cli/update_stale.sh). */
		for (w = 0; w < 6000 && ui->progress && !index_entities_shown(ui->ix) &&
			    !ui_index_ready(ui); w++)
			nanosleep(&(struct timespec){ 0, 5000000 }, NULL);
		return DK_RESIZE;
	} else if (strncmp(cmd, "mouse ", 6) == 0) {
		return script_mouse(ui, cmd + 6);
	} else if (strcmp(cmd, "wait-watch") == 0) {
		/* The live folder: every file event up to now read and applied. */
		ui_live_sync(ui);
		bench_mark("watch_synced");	/* bench/features.sh: a burst's cost */
		return DK_RESIZE;
	} else if (strncmp(cmd, "shell ", 6) == 0) {
		/* A test changes files under the corpus while the screen is open. */
		fflush(NULL);
		if (system(cmd + 6) != 0)
			die("script: :shell %s failed", cmd + 6);
		bench_mark("script_shell");
	} else if (strcmp(cmd, "dwell") == 0) {
		/* As if the reader had shown the article long enough to count as read: the
		 * dwell's own rule (none after the article was read once while shown). */
		if (ui_dwell_left(ui) >= 0)
			ui_mark_read(ui, (uint32_t)ui->sel.article);
	} else {
		die("script: unknown command :%s", cmd);
	}
	return 0;
}

int
script_next_key(struct ui *ui)
{
	for (;;) {
		char *end;
		int key;

		if (!pos || !*pos) {
			if (!fgets(line, sizeof line, script))
				return -1;
			pos = line;
			if (line[0] == ':') {
				pos = NULL;
				key = script_command(ui, line + 1);
				if (key)
					return key;
				continue;
			}
			if (line[0] == '#')
				pos = NULL;
			continue;
		}
		while (*pos == ' ' || *pos == '\t' || *pos == '\n' || *pos == '\r')
			pos++;
		if (!*pos)
			continue;
		for (end = pos; *end && *end != ' ' && *end != '\n' && *end != '\r'; end++)
			;
		key = key_parse(pos, (size_t)(end - pos));
		if (key < 0)
			die("script: unknown key name %.*s", (int)(end - pos), pos);
		pos = end;
		return key;
	}
}
