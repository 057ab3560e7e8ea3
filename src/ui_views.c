/* ui_views.c -- the full-screen views over the panes: the help screen and the pick list. MIT licence. */
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

/* The help screen: one line per request, generated from the request table. */
struct help_ctx {
	struct ui *ui;
	const struct canvas *c;
	int row;	/* logical line being produced */
};

static void
help_line(void *ud, const char *group, enum request req)
{
	struct help_ctx *h = ud;
	int y = h->row - h->ui->help_top;
	char keys[128];

	if (group) {
		if (h->row > 0)
			h->row++;
		y = h->row - h->ui->help_top;
		draw_text(h->c, y, 1, group, h->c->w - 2, AREA_GROUP, 0);
		h->row++;
		return;
	}
	config_request_keys(h->ui->opt.cfg, req, h->ui->panes[h->ui->focus]->ops->ctx, keys, sizeof keys);
	draw_text(h->c, y, 3, keys[0] ? keys : "(unbound)", 18, AREA_HELP_KEY, DRAW_ELLIPSIS);
	draw_text(h->c, y, 22, request_name(req), 22, AREA_DIM, DRAW_ELLIPSIS);
	draw_text(h->c, y, 45, request_help(req), h->c->w - 46, AREA_DEFAULT, DRAW_ELLIPSIS);
	h->row++;
}

void
ui_draw_help(struct ui *ui, const struct canvas *c)
{
	struct help_ctx h = { ui, c, 0 };

	requests_walk(help_line, &h);
	if (ui->help_top > h.row - 1)
		ui->help_top = h.row > 0 ? h.row - 1 : 0;
}

void
ui_help_request(struct ui *ui, enum request req)
{
	int page = LINES - 4;

	switch (req) {
	case REQ_MOVE_DOWN: ui->help_top++; break;
	case REQ_MOVE_UP: if (ui->help_top > 0) ui->help_top--; break;
	case REQ_PAGE_DOWN: case REQ_HALF_DOWN: ui->help_top += page; break;
	case REQ_PAGE_UP: case REQ_HALF_UP:
		ui->help_top = ui->help_top > page ? ui->help_top - page : 0;
		break;
	case REQ_MOVE_FIRST: ui->help_top = 0; break;
	case REQ_MOVE_LAST: ui->help_top = 1 << 20; break;
	case REQ_QUIT: ui->quit = true; break;
	case REQ_REDRAW: clearok(curscr, TRUE); break;
	default: ui->help_open = false; break;
	}
}

