/* ui_help.c -- the help screen: the effective key bindings from the request table, searchable. MIT licence. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <curses.h>

#include "dossier/text.h"
#include "config_file.h"
#include "keys.h"
#include "pane.h"
#include "prompt.h"
#include "ui.h"

#define HELP_MAX_LINES 256	/* the request table has about 60 entries and 7 groups */

/* One line of the help: a group heading, a request, or the blank line before a group. */
struct help_line {
	const char *group;	/* static; NULL for a request or a blank */
	enum request req;	/* REQ_NONE for a heading or a blank */
};

struct help_list {
	struct help_line v[HELP_MAX_LINES];
	int n;
};

static void
add_line(void *ud, const char *group, enum request req)
{
	struct help_list *l = ud;

	if (group && l->n > 0 && l->n < HELP_MAX_LINES)
		l->v[l->n++] = (struct help_line){ NULL, REQ_NONE };
	if (l->n < HELP_MAX_LINES)
		l->v[l->n++] = (struct help_line){ group, group ? REQ_NONE : req };
}

static void
help_lines(struct help_list *l)
{
	l->n = 0;
	requests_walk(add_line, l);
}

/* The keys for req as the help shows them: the bindings in effect in the focused pane. */
static void
line_keys(const struct ui *ui, enum request req, char *buf, size_t n)
{
	config_request_keys(ui->opt.cfg, req, ui->panes[ui->focus]->ops->ctx, buf, n);
	if (!buf[0])
		snprintf(buf, n, "(unbound)");
}

/* needle in hay, ignoring ASCII case (the help is ASCII but for a few symbols). */
static const char *
find_ci(const char *hay, const char *needle)
{
	size_t n = strlen(needle), i;

	if (!n)
		return NULL;
	for (; *hay; hay++) {
		for (i = 0; i < n && hay[i] &&
		     tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]); i++)
			;
		if (i == n)
			return hay;
	}
	return NULL;
}

static bool
line_matches(const struct ui *ui, const struct help_line *h, const char *needle)
{
	char keys[128];

	if (h->group)
		return find_ci(h->group, needle) != NULL;
	if (h->req == REQ_NONE)
		return false;
	line_keys(ui, h->req, keys, sizeof keys);
	return find_ci(keys, needle) || find_ci(request_name(h->req), needle) ||
	       find_ci(request_help(h->req), needle);
}

/* Draw text in maxw columns, then every match of the search over it in hit. */
static void
draw_marked(const struct ui *ui, const struct canvas *c, int y, int x, const char *text,
	    int maxw, enum area a, enum area hit)
{
	const char *m = text, *needle = ui->help_search;
	size_t n = strlen(needle);

	draw_text(c, y, x, text, maxw, a, DRAW_ELLIPSIS);
	while (n && (m = find_ci(m, needle))) {
		int off = text_width(text, (size_t)(m - text)), w = text_width(m, n);

		if (off + w > maxw)
			break;	/* cut by the ellipsis */
		draw_text_ex(c, y, x + off, m, n, w, hit, 0, x + off);
		m += n;
	}
}

void
ui_draw_help(struct ui *ui, const struct canvas *c)
{
	struct help_list l;
	char keys[128];
	int i, y;

	help_lines(&l);
	ui->help_h = c->h;
	/* Scroll no further than a full last page, as less and tig do. */
	if (ui->help_top > l.n - c->h)
		ui->help_top = l.n > c->h ? l.n - c->h : 0;
	for (i = ui->help_top; i < l.n && (y = i - ui->help_top) < c->h; i++) {
		const struct help_line *h = &l.v[i];
		enum area hit = i == ui->help_match ? AREA_SEARCH : AREA_HIT;

		if (i == ui->help_match)
			draw_cp(c, y, 0, 0x25B8, AREA_SEARCH);
		if (h->group) {
			draw_marked(ui, c, y, 1, h->group, c->w - 2, AREA_GROUP, hit);
			continue;
		}
		if (h->req == REQ_NONE)
			continue;
		line_keys(ui, h->req, keys, sizeof keys);
		draw_marked(ui, c, y, 3, keys, 18, AREA_HELP_KEY, hit);
		draw_marked(ui, c, y, 22, request_name(h->req), 22, AREA_DIM, hit);
		draw_marked(ui, c, y, 45, request_help(h->req), c->w - 46, AREA_DEFAULT, hit);
	}
}

/* Scroll so line is in view, a third of the way down when it was not. */
static void
show_line(struct ui *ui, int line)
{
	int h = ui->help_h > 0 ? ui->help_h : LINES - 3;

	if (line < ui->help_top || line >= ui->help_top + h)
		ui->help_top = line > h / 3 ? line - h / 3 : 0;
}

/* The next (dir 1) or previous (-1) matching line from the current match, wrapping. */
static void
step_match(struct ui *ui, int dir)
{
	struct help_list l;
	int i, k, start = ui->help_match, count = 0, index = 0;

	help_lines(&l);
	for (i = 0; i < l.n; i++)
		count += line_matches(ui, &l.v[i], ui->help_search);
	if (!count) {
		ui_error(ui, "No match for \"%s\" in the help", ui->help_search);
		return;
	}
	for (k = 1; k <= l.n; k++) {
		i = ((start < 0 ? (dir > 0 ? -1 : 0) : start) + dir * k + 2 * l.n) % l.n;
		if (line_matches(ui, &l.v[i], ui->help_search))
			break;
	}
	for (k = 0; k <= i; k++)
		index += line_matches(ui, &l.v[k], ui->help_search);
	if (start >= 0 && ((dir > 0 && i <= start) || (dir < 0 && i >= start)))
		ui_report(ui, "Search wrapped to the %s · match %d/%d", dir > 0 ? "top" : "bottom",
			  index, count);
	else
		ui_report(ui, "Match %d/%d · n/N next/previous · Esc clears", index, count);
	ui->help_match = i;
	show_line(ui, i);
}

void
ui_help_search(struct ui *ui, const char *text)
{
	snprintf(ui->help_search, sizeof ui->help_search, "%s", text);
	ui->help_match = -1;
	if (text[0])
		step_match(ui, 1);
}

void
ui_help_open(struct ui *ui)
{
	ui->help_open = true;
	ui->help_top = 0;
	ui->help_search[0] = '\0';
	ui->help_match = -1;
	/* Opened once: the first-run hint is not needed any more, in later runs either. */
	if (!ui->help_seen && ui->opt.hint_file) {
		FILE *f = fopen(ui->opt.hint_file, "w");

		if (f)
			fclose(f);
	}
	ui->help_seen = true;
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
	case REQ_SEARCH: ui_prompt(ui, PROMPT_HELP, "Find in help: ", ""); break;
	case REQ_NEXT_MENTION: case REQ_PREV_MENTION:
		if (ui->help_search[0])
			step_match(ui, req == REQ_NEXT_MENTION ? 1 : -1);
		else
			ui_report(ui, "Nothing searched: / finds in the help");
		break;
	case REQ_CANCEL:
		if (ui->help_search[0]) {
			ui_help_search(ui, "");
			ui_report(ui, "Search cleared");
		} else {
			ui->help_open = false;
		}
		break;
	case REQ_QUIT: ui->quit = true; break;
	case REQ_REDRAW: clearok(curscr, TRUE); break;
	default: ui->help_open = false; break;
	}
}
