/* ui_views.c -- the pick list drawn over the panes (saved searches). MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <curses.h>

#include "dossier/util.h"
#include "config_file.h"
#include "keys.h"
#include "pane.h"
#include "ui.h"

void
ui_draw_menu(struct ui *ui, const struct canvas *c)
{
	struct menu *m = &ui->menu;
	int y;

	pane_scroll_to(m->cursor, &m->top, m->n, c->h);
	for (y = 0; y < c->h && m->top + (size_t)y < m->n; y++) {
		bool cur = m->top + (size_t)y == m->cursor;

		if (cur)
			draw_fill(c, y, 0, c->w, AREA_CURSOR);
		draw_text(c, y, 1, m->labels[m->top + (size_t)y], c->w - 2,
			  cur ? AREA_CURSOR : AREA_DEFAULT, DRAW_ELLIPSIS);
	}
}

void
ui_menu_request(struct ui *ui, enum request req)
{
	struct menu *m = &ui->menu;
	char *value;
	int kind = m->kind;

	if (pane_move(req, &m->cursor, &m->top, m->n, LINES - 3))
		return;
	if (req == REQ_ENTER && m->n) {
		value = xstrdup(m->values[m->cursor]);
		ui_menu_close(ui);
		ui_menu_chosen(ui, kind, value);
		free(value);
	} else if (req == REQ_COPY_LINK && kind == MENU_LINKS && m->n) {
		ui_links_copy(ui, m->values[m->cursor]);
	} else if (req == REQ_BACK || req == REQ_CANCEL) {
		ui_menu_close(ui);
	} else if (req == REQ_QUIT) {
		ui->quit = true;
	}
}
