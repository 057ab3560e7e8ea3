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
};

struct pane {
	const struct pane_ops *ops;
	void *priv;		/* owned; freed by ops->done */
	int h, w;		/* size of the last canvas drawn */
};

extern const struct pane_ops sources_ops;
extern const struct pane_ops reader_ops;
extern const struct pane_ops entities_ops;
extern const struct pane_ops mentions_ops;

/* Shared list movement: apply a movement request to cursor and top in a list of n rows
 * shown in height rows. Returns false if req is not a movement. */
bool pane_move(enum request req, size_t *cursor, size_t *top, size_t n, int height);
/* Keep cursor visible in a window of height rows starting at *top. */
void pane_scroll_to(size_t cursor, size_t *top, size_t n, int height);

#endif
