/* state_hammer.c -- a triage loop for the two-process state test, and its checker. MIT licence. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>

#include "dossier/state.h"
#include "dossier/util.h"

/*
 * state_hammer run FILE NAME OFFSET N
 *	N rounds on FILE: round i tags article (OFFSET + i) % 60 with NAME-i; every 5th round
 *	also flags and tags NAME-bulk-i three articles in one bulk action, every 7th sets a
 *	note and a history line, every 11th undoes and redoes its last action.
 *	With HAMMER_GO set, waits for that file to exist first, so both loops overlap.
 * state_hammer check FILE N NAME:OFFSET...
 *	Prints "missing M of T" for what those runs must have left, exits 1 if M > 0.
 */
#define ARTICLES 60

static void
hash_of(char *buf, size_t n, int k)
{
	snprintf(buf, n, "art%03d", k % ARTICLES);
}

static void
must(struct state *s, int rc, const char *what, int i)
{
	if (rc != STATE_OK)
		die("round %d: %s: %s", i, what, state_error(s));
}

static void
wait_for_go(void)
{
	const char *go = getenv("HAMMER_GO");
	struct timespec ts = { 0, 1000000 };
	struct stat sb;
	int i;

	for (i = 0; go && i < 20000 && stat(go, &sb) != 0; i++)
		nanosleep(&ts, NULL);
}

static void
bulk(struct state *s, const char *name, int off, int i)
{
	char h[3][16], tag[64];
	const char *hs[3] = { h[0], h[1], h[2] };
	struct state_op ops[2] = { { STATE_OP_FLAG, true, NULL }, { STATE_OP_TAG, true, tag } };
	int j;

	for (j = 0; j < 3; j++)
		hash_of(h[j], sizeof h[j], off + i + j);
	snprintf(tag, sizeof tag, "%s-bulk-%d", name, i);
	must(s, state_apply(s, ops, 2, hs, 3, NULL), "bulk", i);
}

static int
run(const char *file, const char *name, int off, int n)
{
	char err[512], h[16], tag[64];
	struct state *s;
	int i, rc;

	wait_for_go();
	if (!(s = state_open(file, err, sizeof err)))
		die("%s", err);
	for (i = 0; i < n; i++) {
		hash_of(h, sizeof h, off + i);
		snprintf(tag, sizeof tag, "%s-%d", name, i);
		must(s, state_add_tag(s, h, tag), "tag", i);
		if (i % 5 == 0)
			bulk(s, name, off, i);
		if (i % 7 == 0) {
			must(s, state_set_note(s, h, tag), "note", i);
			must(s, state_history_add(s, name, tag), "history", i);
		}
		/* Undo then redo: a net no-op that must not lose anything either. A rerun
		 * may have changed nothing, leaving nothing to undo. */
		if (i % 11 == 0 && (rc = state_undo(s, NULL)) != STATE_NONE) {
			must(s, rc, "undo", i);
			must(s, state_redo(s, NULL), "redo", i);
		}
	}
	state_close(s);
	printf("%s: %d rounds done\n", name, n);
	return 0;
}

/* Is tag on article k? Counts a miss when not. */
static void
expect(struct state *s, int k, const char *tag, bool flag, int *missing, int *total)
{
	struct art_state a;
	char h[16];
	size_t j;
	bool found = false;

	hash_of(h, sizeof h, k);
	if (state_get(s, h, &a) != STATE_OK)
		die("%s", state_error(s));
	for (j = 0; j < a.ntags; j++)
		found |= strcmp(a.tags[j], tag) == 0;
	*total += 1 + flag;
	*missing += !found + (flag && !a.flagged);
	if (!found || (flag && !a.flagged))
		fprintf(stderr, "missing: %s on %s%s\n", tag, h, flag && !a.flagged ? " (unflagged)" : "");
	art_state_clear(&a);
}

static int
check(const char *file, int n, char **runs, int nruns)
{
	char err[512], tag[64], name[32];
	struct state *s;
	int r, i, j, off, missing = 0, total = 0;

	if (!(s = state_open(file, err, sizeof err)))
		die("%s", err);
	for (r = 0; r < nruns; r++) {
		if (sscanf(runs[r], "%31[^:]:%d", name, &off) != 2)
			die("bad run %s (want NAME:OFFSET)", runs[r]);
		for (i = 0; i < n; i++) {
			snprintf(tag, sizeof tag, "%s-%d", name, i);
			expect(s, off + i, tag, false, &missing, &total);
			snprintf(tag, sizeof tag, "%s-bulk-%d", name, i);
			for (j = 0; i % 5 == 0 && j < 3; j++)
				expect(s, off + i + j, tag, true, &missing, &total);
		}
	}
	state_close(s);
	printf("missing %d of %d\n", missing, total);
	return missing ? 1 : 0;
}

int
main(int argc, char **argv)
{
	if (argc == 6 && strcmp(argv[1], "run") == 0)
		return run(argv[2], argv[3], atoi(argv[4]), atoi(argv[5]));
	if (argc >= 5 && strcmp(argv[1], "check") == 0)
		return check(argv[2], atoi(argv[3]), argv + 4, argc - 4);
	fprintf(stderr, "usage: state_hammer run FILE NAME OFFSET N\n"
		"       state_hammer check FILE N NAME:OFFSET...\n");
	return 2;
}
