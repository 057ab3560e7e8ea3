/* ui_correct_pick.c -- the entity a correction goes to: candidates for a name, Tab through them. MIT licence. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dossier/entity.h"
#include "dossier/text.h"
#include "dossier/util.h"
#include "prompt.h"
#include "ui.h"

/*
 * Merge, split and add name an entity in a prompt. Tab offers the candidates for what
 * was typed (the exact name first, then names with a word starting so, each by
 * articles) one after the other; Enter takes the one Tab showed, even where two
 * entities share its name, else the best by name.
 */

static const struct entity_set *
ents(const struct ui *ui)
{
	return ui->ix ? index_entities(ui->ix) : NULL;
}

/* Entities i and j of one name and type (two clusters of the resolver): a correction,
 * kept by name and type, applies to both. */
bool
ui_corr_same_name(struct ui *ui, size_t i, size_t j)
{
	const struct entity_set *es = ents(ui);

	return es->ents[i].type == es->ents[j].type && strcmp(es->ents[i].key, es->ents[j].key) == 0;
}

/* Entity i into ids[0, *n), kept by articles, most first (ties in id order), at most max
 * of them (the worst goes). */
static void
insert_ranked(const struct entity_set *es, long *ids, size_t *n, size_t max, size_t i)
{
	size_t k = *n;

	if (*n < max)
		(*n)++;
	else if (es->ents[ids[max - 1]].narticles >= es->ents[i].narticles)
		return;
	else
		k = max - 1;
	for (; k > 0 && es->ents[ids[k - 1]].narticles < es->ents[i].narticles; k--)
		ids[k] = ids[k - 1];
	ids[k] = (long)i;
}

/* Candidates for text, best first, into ids (at most max): the entities whose name is
 * exactly text (folded), then those with a word of a name starting with it (as `:`
 * completes entity:), each group by articles, most first. Never one of the name and
 * type of entity not (one name to a correction). Returns how many. */
static size_t
rank(struct ui *ui, const char *text, long not, long *ids, size_t max)
{
	const struct entity_set *es = ents(ui);
	size_t i, wl, n = 0, nexact = 0;
	char *want = text_fold(text, strlen(text), &wl);
	int pass;

	/* The first found in id order used to win, so "free" went to Free Pascal (a PERSON
	 * in 19 articles), not to the Free Software Foundation (384). */
	for (pass = 0; pass < 2 && wl && nexact < max; pass++) {
		for (i = 0; i < es->n; i++) {
			const char *hit = es->ents[i].key;
			bool exact = strcmp(hit, want) == 0;

			if (exact != (pass == 0))
				continue;
			while (!exact && hit && strncmp(hit, want, wl) != 0)
				hit = (hit = strchr(hit, ' ')) ? hit + 1 : NULL;
			if (!hit || !es->ents[i].narticles || (not >= 0 && ui_corr_same_name(ui, i, (size_t)not)))
				continue;
			/* The word matches rank among themselves, after the exact ones. */
			n -= nexact;
			insert_ranked(es, ids + nexact, &n, max - nexact, i);
			n += nexact;
		}
		nexact = n;
	}
	free(want);
	return n;
}

long
ui_corr_best(struct ui *ui, const char *text, long not)
{
	long best;

	return rank(ui, text, not, &best, 1) ? best : -1;
}

void
ui_corr_forget(struct ui *ui)
{
	free(ui->corr.cands);
	free(ui->corr.cand_text);
	ui->corr.cands = NULL;
	ui->corr.cand_text = NULL;
	ui->corr.ncands = ui->corr.cand_at = 0;
}

long
ui_corr_chosen(struct ui *ui, const char *text)
{
	struct ui_corrections *k = &ui->corr;

	if (!k->cand_text || strcmp(k->cand_text, text) != 0 || k->cand_reloads != ui->reloads ||
	    k->cand_at >= k->ncands)
		return -1;
	return k->cands[k->cand_at];
}

#define MAX_CANDS 50

bool
ui_corr_complete(struct ui *ui)
{
	struct ui_corrections *k = &ui->corr;
	struct prompt *p = ui->in.prompt;
	const struct entity_set *es;
	char label[sizeof p->label];
	long e;

	if ((p->kind != PROMPT_MERGE && p->kind != PROMPT_ADD && p->kind != PROMPT_SPLIT) ||
	    !(es = ents(ui)))
		return false;
	if (ui_corr_chosen(ui, prompt_text(p)) >= 0) {
		k->cand_at = (k->cand_at + 1) % k->ncands;	/* Tab again: the next one */
	} else {
		char *text = xstrdup(prompt_text(p));

		ui_corr_forget(ui);
		k->cands = xmalloc(MAX_CANDS * sizeof *k->cands);
		k->ncands = rank(ui, text, p->kind != PROMPT_ADD ? ui->corr.entity : -1, k->cands,
				 MAX_CANDS);
		k->cand_reloads = ui->reloads;
		free(text);
	}
	if (!k->ncands) {
		ui_corr_forget(ui);
		ui_report(ui, "No entity has a name with a word starting so");
		return true;
	}
	e = k->cands[k->cand_at];
	snprintf(label, sizeof label, "%s", p->label);
	prompt_open(p, p->kind, label, es->ents[e].canonical);
	free(k->cand_text);
	k->cand_text = xstrdup(es->ents[e].canonical);
	ui_report(ui, "%s (%s, %u article%s)%s · Enter %s", es->ents[e].canonical,
		  ent_type_name(es->ents[e].type), (unsigned)es->ents[e].narticles,
		  es->ents[e].narticles == 1 ? "" : "s", k->ncands > 1 ? " · Tab: the next" : "",
		  p->kind == PROMPT_MERGE ? "merges into it" : p->kind == PROMPT_SPLIT ?
		  "splits into it" : "adds the mention to it");
	return true;
}

/* The entity named name exactly (folded), the one in most articles, never one of the
 * source's name and type; -1 when none. */
long
ui_corr_by_name(struct ui *ui, const char *name, long not)
{
	long ids[1];
	size_t n = rank(ui, name, not, ids, 1);
	char *want = text_fold(name, strlen(name), NULL);
	bool exact = n && strcmp(ents(ui)->ents[ids[0]].key, want) == 0;

	free(want);
	return exact ? ids[0] : -1;
}
