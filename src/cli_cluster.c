/* cli_cluster.c -- `dossier clusters`: the story clusters, one row per article in one. MIT licence. */
#include "config.h"

#include <stdio.h>

#include "dossier/cluster.h"
#include "dossier/corpus.h"
#include "cli.h"

/*
 * One row per article that belongs to a cluster of two or more: cluster, path, title.
 * Clusters in their number's order, each representative (earliest dated) first. With
 * --query, only the matching articles of each cluster are listed (a cluster stays whole
 * as found in all the articles).
 */
int
cmd_clusters(struct cli_opts *o, struct cli_env *e)
{
	const struct corpus *c = e->c;
	const uint32_t *m;
	size_t n, i, rows = 0;
	uint32_t k;

	if (o->format == FMT_JSON)
		putchar('[');
	else
		puts("cluster\tpath\ttitle");
	for (k = 1; e->cs && k <= e->cs->n; k++) {
		m = cluster_members(e->cs, k, &n);
		for (i = 0; i < n; i++) {
			const struct article *a = c->arts[m[i]];

			if (e->match && !e->match[m[i]])
				continue;
			if (o->format == FMT_JSON) {
				printf("%s\n {\"cluster\": %u, ", rows ? "," : "", (unsigned)k);
				cli_put_json_path(a->path);
				fputs(", \"title\": ", stdout);
				cli_put_json(a->title);
				printf(", \"representative\": %s}", i == 0 ? "true" : "false");
			} else {
				printf("%u\t", (unsigned)k);
				cli_put_tsv(a->display_path, false);
				cli_put_tsv(a->title, true);
			}
			rows++;
		}
	}
	if (o->format == FMT_JSON)
		puts(rows ? "\n]" : "]");
	return 0;
}
