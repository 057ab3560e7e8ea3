/* ui_sort.c -- the list's order: date, title, source or path, reversed or not; o, O, :sort. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier/corpus.h"
#include "dossier/util.h"
#include "ui.h"

/* What article ids are sorted by. */
struct sort_by {
	const struct corpus *c;
	enum sort_order mode;
	bool reverse;
	bool by_path;		/* ids no longer follow paths (the live folder) */
};

static int
cmp_articles(const void *pa, const void *pb, void *ctx)
{
	const struct sort_by *by = ctx;
	uint32_t ia = *(const uint32_t *)pa, ib = *(const uint32_t *)pb;
	const struct article *a = by->c->arts[ia];
	const struct article *b = by->c->arts[ib];
	int r = 0;

	switch (by->mode) {
	case SORT_DATE: r = (b->date_key > a->date_key) - (b->date_key < a->date_key); break;
	case SORT_TITLE: r = strcoll(a->title, b->title); break;
	case SORT_SOURCE: r = strcoll(a->source, b->source); break;
	case SORT_PATH: case SORT_N: break;
	}
	/* Ids follow the paths (corpus_finish sorts by path): the same as strcmp of paths,
	 * until the live folder adds or moves an article. */
	if (!r && by->by_path)
		r = strcmp(a->path, b->path);
	r = r ? r : (ia > ib) - (ia < ib);
	/* Reversed, ties too: the list read from the bottom up. */
	return by->reverse ? -r : r;
}

/* Every article by date, as cmp_articles orders them (newest first, then by id; the
 * whole order turned round when reversed), by one radix sort of (date, id) keys: the
 * launch's first sort at 100k took 80 ms through the comparator. */
static void
by_date(const struct corpus *c, bool reverse, uint32_t *out)
{
	uint64_t *k = xmalloc((c->n ? c->n : 1) * sizeof *k);
	size_t i;

	for (i = 0; i < c->n; i++) {
		/* Newest first: the date's bits inverted, with the sign bit flipped so that
		 * negative keys order below positive ones. */
		uint32_t d = ~((uint32_t)c->arts[i]->date_key ^ 0x80000000u);

		k[i] = (uint64_t)d << 32 | (uint32_t)i;
	}
	xsort_u64(k, c->n);
	for (i = 0; i < c->n; i++)
		out[reverse ? c->n - 1 - i : i] = (uint32_t)k[i];
	free(k);
}

/*
 * Sort the list. Every article is sorted once per sort order (sorted_all); a filtered
 * list then takes its articles in that order by one pass over it, so opening, narrowing
 * and clearing a filter on 100k articles costs a pass, not a sort (perf: the sort was
 * most of a 80 ms '/' or Esc at 100k). Story clusters are unfolded first and folded
 * again after (ui_cluster.c).
 */
void
ui_sort(struct ui *ui)
{
	struct sort_by by = { ui->corpus, ui->list.sort, ui->list.reverse, ui->list.ids_unordered };
	int mode = 2 * (int)ui->list.sort + ui->list.reverse;
	uint32_t sel;
	size_t i, n = ui->corpus->n, k = 0;

	ui_list_ungroup(ui);
	sel = ui->list.norder ? ui->list.order[ui->list.cursor] : 0;

	if (ui->list.sorted_mode != mode) {
		if (!ui->list.sorted_all) {
			ui->list.sorted_all = xmalloc((n ? n : 1) * sizeof *ui->list.sorted_all);
			ui->list.sort_mark = xcalloc(n ? n : 1, 1);
		}
		if (by.mode == SORT_DATE && !by.by_path) {
			by_date(ui->corpus, by.reverse, ui->list.sorted_all);
		} else {
			for (i = 0; i < n; i++)
				ui->list.sorted_all[i] = (uint32_t)i;
			xsort(ui->list.sorted_all, n, sizeof *ui->list.sorted_all, cmp_articles,
			      &by);
		}
		ui->list.sorted_mode = mode;
	}
	if (ui->list.norder == n) {
		memcpy(ui->list.order, ui->list.sorted_all, n * sizeof *ui->list.order);
	} else if (ui->list.norder > n / 64) {
		for (i = 0; i < ui->list.norder; i++)
			ui->list.sort_mark[ui->list.order[i]] = 1;
		for (i = 0; i < n; i++)
			if (ui->list.sort_mark[ui->list.sorted_all[i]]) {
				ui->list.sort_mark[ui->list.sorted_all[i]] = 0;
				ui->list.order[k++] = ui->list.sorted_all[i];
			}
	} else {
		xsort(ui->list.order, ui->list.norder, sizeof *ui->list.order, cmp_articles, &by);
	}
	for (i = 0; i < ui->list.norder; i++)
		if (ui->list.order[i] == sel)
			ui->list.cursor = i;
	ui_list_group(ui);
}

static const char *const sort_names[SORT_N] = { "date", "title", "source", "path" };
/* What each order and its reverse mean, for the message after o and O. */
static const char *const sort_ways[SORT_N][2] = {
	{ "newest first", "oldest first" }, { "A to Z", "Z to A" }, { "A to Z", "Z to A" },
	{ "A to Z", "Z to A" } };

/* The order as set sort writes it: "date", "-title". */
const char *
ui_sort_label(const struct ui *ui, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s", ui->list.reverse ? "-" : "", sort_names[ui->list.sort]);
	return buf;
}

static void
report_sort(struct ui *ui)
{
	ui_report(ui, "Sorted by %s, %s · o cycles, O reverses", sort_names[ui->list.sort],
		  sort_ways[ui->list.sort][ui->list.reverse]);
}

/* :sort NAME, -NAME for the reverse order; a prefix of the name is enough. */
void
ui_sort_by(struct ui *ui, const char *name)
{
	bool reverse = name[0] == '-';
	int i;

	name += reverse;
	for (i = 0; i < SORT_N; i++)
		if (*name && strncmp(sort_names[i], name, strlen(name)) == 0) {
			ui->list.sort = (enum sort_order)i;
			ui->list.reverse = reverse;
			ui_sort(ui);
			report_sort(ui);
			return;
		}
	ui_error(ui, "usage: :sort [-]date|title|source|path");
}

/* o cycles the field, O reverses the order. */
void
ui_sort_request(struct ui *ui, enum request req)
{
	if (req == REQ_SORT)
		ui->list.sort = (enum sort_order)((ui->list.sort + 1) % SORT_N);
	else
		ui->list.reverse = !ui->list.reverse;
	ui_sort(ui);
	report_sort(ui);
}
