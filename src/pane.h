/* pane.h -- the interface every pane implements (one struct pane_ops per pane file). MIT licence. */
#ifndef DOSSIER_PANE_H
#define DOSSIER_PANE_H

#include <stdbool.h>
#include <stddef.h>

#include "draw.h"
#include "keys.h"
#include "ui.h"

struct pane;

struct pane_ops {
	const char *name;		/* "sources", "reader", "entities" */
	enum key_context ctx;		/* its keymap */
	void *(*init)(struct ui *ui);	/* private state, freed by done */
	void (*done)(void *priv);
	/* Draw into c (already cleared); focused says whether it has the keyboard. */
	void (*draw)(struct pane *p, struct ui *ui, const struct canvas *c, bool focused);
	/* Header text for the pane's top border. */
	void (*title)(struct pane *p, struct ui *ui, char *buf, size_t n);
	/* Position text for the status line ("line 3/80"). */
	void (*position)(struct pane *p, struct ui *ui, char *buf, size_t n);
	/* Handle a request; false hands it back to the generic handler. */
	bool (*request)(struct pane *p, struct ui *ui, enum request req);
	/* The article in the reader changed. */
	void (*article_changed)(struct pane *p, struct ui *ui);
	/* The mouse: a click on row y, column x of the pane (twice: a double-click); the
	 * wheel scrolls by lines (negative: up) without moving a cursor. May be NULL. */
	void (*click)(struct pane *p, struct ui *ui, int y, int x, bool twice);
	void (*wheel)(struct pane *p, struct ui *ui, int lines);
};

struct pane {
	const struct pane_ops *ops;
	void *priv;		/* owned; freed by ops->done */
	int h, w;		/* size of the last canvas drawn */
	bool wheeled;		/* the wheel scrolled the view away from the cursor */
	size_t wheel_cursor;	/* the cursor then; moving it ends the wheel's view */
};

extern const struct pane_ops sources_ops;
extern const struct pane_ops reader_ops;
extern const struct pane_ops entities_ops;
extern const struct pane_ops mentions_ops;
extern const struct pane_ops help_ops;
extern const struct pane_ops menu_ops;
extern const struct pane_ops timeline_ops;
extern const struct pane_ops diff_ops;
extern const struct pane_ops quotes_ops;

/* Shared list movement: apply a movement request to cursor and top in a list of n rows
 * shown in height rows. Returns false if req is not a movement. */
bool pane_move(enum request req, size_t *cursor, size_t *top, size_t n, int height);
/* The same requests for a view without a cursor (the reader, the help): scroll its first
 * row *top of n rows shown in height rows, by the same page sizes. */
bool pane_scroll(enum request req, size_t *top, size_t n, int height);
/* The position of a cursorless view of n rows from top, height rows high, for the status
 * line: "line 3/80 12%". */
void pane_line_position(char *buf, size_t len, size_t top, size_t n, int height);
/* Keep cursor visible in a window of height rows starting at *top. */
void pane_scroll_to(size_t cursor, size_t *top, size_t n, int height);
/* pane_scroll_to() for a list drawn by p, unless the wheel scrolled it since the cursor
 * last moved: then the view stays where the wheel left it. */
void pane_follow(struct pane *p, size_t cursor, size_t *top, size_t n, int height);
/* The wheel: scroll the view of a list by lines, leaving its cursor alone. */
void pane_wheel(struct pane *p, size_t cursor, size_t *top, size_t n, int lines);

#endif
