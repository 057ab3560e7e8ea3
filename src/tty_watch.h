/* tty_watch.h -- the quit key read while the corpus loads, before the screen opens. MIT licence. */
#ifndef DOSSIER_TTY_WATCH_H
#define DOSSIER_TTY_WATCH_H

#include <stdbool.h>
#include <stddef.h>

#define TTY_WATCH_MAX 256	/* keys typed during the load that the UI gets (more: lost) */

/*
 * Read keys from the terminal on a thread of its own until tty_watch_end(): a key
 * is_quit() accepts ends the process at once with status 0 (the terminal put back);
 * others are kept. False (nothing started) when stdin or stdout is not a terminal.
 */
bool tty_watch_start(int (*is_quit)(int key, void *ud), void *ud);
/* Stop reading, put the terminal back; the keys kept go to keys[TTY_WATCH_MAX]; how many. */
size_t tty_watch_end(char *keys);

#endif
