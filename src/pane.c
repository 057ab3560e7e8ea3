/* pane.c -- movement and paging shared by every pane and view. MIT licence. */
#include "config.h"

#include "pane.h"

void
pane_scroll_to(size_t cursor, size_t *top, size_t n, int height)
{
	size_t h = height > 0 ? (size_t)height : 1;

	if (cursor < *top)
		*top = cursor;
	else if (cursor >= *top + h)
		*top = cursor - h + 1;
	if (n > h && *top > n - h)
		*top = n - h;
	if (n <= h)
		*top = 0;
}

/* The one page size: a page keeps one line of the last in view, as less does; half a
 * page is half the height. */
static size_t
page_of(int height)
{
	return height > 1 ? (size_t)height - 1 : 1;
}

static size_t
half_of(int height)
{
	return height > 2 ? (size_t)height / 2 : 1;
}

bool
pane_move(enum request req, size_t *cursor, size_t *top, size_t n, int height)
{
	size_t page = page_of(height), half = half_of(height);

	if (n == 0)
		return req == REQ_MOVE_DOWN || req == REQ_MOVE_UP || req == REQ_PAGE_DOWN ||
		       req == REQ_PAGE_UP || req == REQ_HALF_DOWN || req == REQ_HALF_UP ||
		       req == REQ_MOVE_FIRST || req == REQ_MOVE_LAST;
	switch (req) {
	case REQ_MOVE_DOWN: if (*cursor + 1 < n) (*cursor)++; break;
	case REQ_MOVE_UP: if (*cursor > 0) (*cursor)--; break;
	case REQ_PAGE_DOWN: *cursor = *cursor + page < n ? *cursor + page : n - 1; break;
	case REQ_PAGE_UP: *cursor = *cursor > page ? *cursor - page : 0; break;
	case REQ_HALF_DOWN: *cursor = *cursor + half < n ? *cursor + half : n - 1; break;
	case REQ_HALF_UP: *cursor = *cursor > half ? *cursor - half : 0; break;
	case REQ_MOVE_FIRST: *cursor = 0; break;
	case REQ_MOVE_LAST: *cursor = n - 1; break;
	default: return false;
	}
	pane_scroll_to(*cursor, top, n, height);
	return true;
}

void
pane_follow(struct pane *p, size_t cursor, size_t *top, size_t n, int height)
{
	size_t h = height > 0 ? (size_t)height : 1;

	if (p->wheeled && p->wheel_cursor == cursor) {
		if (n <= h)
			*top = 0;
		else if (*top > n - h)
			*top = n - h;
		return;
	}
	p->wheeled = false;
	pane_scroll_to(cursor, top, n, height);
}

void
pane_wheel(struct pane *p, size_t cursor, size_t *top, size_t n, int lines)
{
	size_t h = p->h > 0 ? (size_t)p->h : 1, max = n > h ? n - h : 0;

	if (lines < 0)
		*top = *top > (size_t)-lines ? *top - (size_t)-lines : 0;
	else
		*top = *top + (size_t)lines < max ? *top + (size_t)lines : max;
	p->wheeled = true;
	p->wheel_cursor = cursor;
}

bool
pane_scroll(enum request req, size_t *top, size_t n, int height)
{
	size_t h = height > 0 ? (size_t)height : 1, max = n > h ? n - h : 0;
	size_t page = page_of(height), half = half_of(height);

	switch (req) {
	case REQ_MOVE_DOWN: *top = *top + 1; break;
	case REQ_MOVE_UP: *top = *top > 0 ? *top - 1 : 0; break;
	case REQ_PAGE_DOWN: *top = *top + page; break;
	case REQ_PAGE_UP: *top = *top > page ? *top - page : 0; break;
	case REQ_HALF_DOWN: *top = *top + half; break;
	case REQ_HALF_UP: *top = *top > half ? *top - half : 0; break;
	case REQ_MOVE_FIRST: *top = 0; break;
	case REQ_MOVE_LAST: *top = max; break;
	default: return false;
	}
	if (*top > max)
		*top = max;
	return true;
}

void
pane_line_position(char *buf, size_t len, size_t top, size_t n, int height)
{
	size_t last = top + (size_t)height;

	if (last > n)
		last = n;
	snprintf(buf, len, "line %zu/%zu %zu%%", n ? top + 1 : 0, n, n ? last * 100 / n : 100);
}
