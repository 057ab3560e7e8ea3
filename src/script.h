/* script.h -- test mode: keys and commands read from a file, screen dumps as text. MIT licence. */
#ifndef DOSSIER_SCRIPT_H
#define DOSSIER_SCRIPT_H

#include <stdbool.h>

struct ui;

/* Load a script: each line holds key names separated by spaces ("j j <Enter>"), or a
 * command: ":save-display FILE", ":save-attrs FILE", ":resize COLS ROWS", ":wait-index", ":dwell",
 * ":mouse click|double|wheel-up|wheel-down COL ROW", ":shell COMMAND" (/bin/sh), ":wait-watch"
 * (the live folder's changes so far applied). '#' starts a comment. */
bool script_open(const char *path);
/* Next key from the script; commands are run on the way. -1 when the script ends. */
int script_next_key(struct ui *ui);
void script_close(void);
/* Write the screen as text (one line per row, trailing spaces trimmed) to path. */
bool script_save_display(const char *path);
/* Write the colours and attributes of the screen, one line per run of like cells. */
bool script_save_attrs(const char *path);

#endif
