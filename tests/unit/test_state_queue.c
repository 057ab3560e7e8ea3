/* test_state_queue.c -- a short write wait and the queue of writes that wait for a busy file. MIT licence. */
#include "config.h"

#include "state_fixture.h"

/* Another connection (as another process would) holding the write lock of path. */
static sqlite3 *
hold_lock(const char *path)
{
	sqlite3 *db = NULL;

	CHECK(sqlite3_open(path, &db) == SQLITE_OK);
	CHECK(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK);
	return db;
}

static void
release(sqlite3 *db)
{
	CHECK(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
}

static bool
flagged(struct state *s, const char *hash)
{
	struct art_state a;
	bool v;

	memset(&a, 0, sizeof a);
	state_get(s, hash, &a);
	v = a.flagged;
	art_state_clear(&a);
	return v;
}

static size_t
ntags(struct state *s, const char *hash)
{
	struct art_state a;
	size_t n;

	memset(&a, 0, sizeof a);
	state_get(s, hash, &a);
	n = a.ntags;
	art_state_clear(&a);
	return n;
}

/* A short wait gives STATE_BUSY after one try, with nothing written and no undo step. */
static void
test_short_wait_busy(void)
{
	const char *path = fresh("wait");
	struct state *s = open_ok(path);
	sqlite3 *other;

	state_set_wait(s, 20);
	other = hold_lock(path);
	CHECK_INT(state_set_flagged(s, "h1", true), STATE_BUSY);
	CHECK(strstr(state_error(s), "busy") != NULL);
	release(other);
	CHECK(!flagged(s, "h1"));
	CHECK(!state_can_undo(s));
	CHECK_INT(state_set_flagged(s, "h1", true), STATE_OK);
	CHECK(flagged(s, "h1"));
	state_close(s);
}

/* With the file free, a queued write is made at once. */
static void
test_queue_direct(void)
{
	struct state *s = open_ok(fresh("direct"));
	struct state_queue *q = state_queue_new(s);
	struct state_op op = { STATE_OP_FLAG, true, NULL };
	const char *h = "h1";
	const char *desc;

	state_set_wait(s, 20);
	CHECK_INT(state_queue_apply(q, &op, 1, &h, 1, "flag 1 article"), STATE_OK);
	CHECK_INT(state_queue_pending(q), 0);
	CHECK_INT(state_queue_done(q), 1);
	CHECK(flagged(s, "h1"));
	CHECK_INT(state_queue_undo(q, false, &desc), STATE_OK);
	CHECK_STR(desc, "undid: flag 1 article");
	CHECK(!flagged(s, "h1"));
	CHECK_INT(state_queue_undo(q, false, &desc), STATE_NONE);
	state_queue_free(q);
	state_close(s);
}

/* Busy: the jobs wait in order (an undo among them) and all go through once it is free. */
static void
test_queue_waits_in_order(void)
{
	const char *path = fresh("order");
	struct state *s = open_ok(path);
	struct state_queue *q = state_queue_new(s);
	struct state_op flag = { STATE_OP_FLAG, true, NULL }, tag = { STATE_OP_TAG, true, "x" };
	struct state_op bad = { STATE_OP_TAG, true, "a b" };
	const char *h = "h1";
	char **dropped;
	size_t nd;
	sqlite3 *other;

	state_set_wait(s, 20);
	other = hold_lock(path);
	CHECK_INT(state_queue_apply(q, &flag, 1, &h, 1, "flag 1 article"), STATE_PENDING);
	CHECK_INT(state_queue_apply(q, &tag, 1, &h, 1, "tag +x 1 article"), STATE_PENDING);
	CHECK_INT(state_queue_undo(q, false, NULL), STATE_PENDING);
	/* A bad tag is refused at once, not queued to fail later. */
	CHECK_INT(state_queue_apply(q, &bad, 1, &h, 1, "tag +a b"), STATE_INVALID);
	CHECK_INT(state_queue_pending(q), 3);
	CHECK_STR(state_queue_first(q), "flag 1 article");
	CHECK_INT(state_queue_flush(q, 3600, &dropped, &nd), STATE_PENDING);
	CHECK(strstr(state_error(s), "busy") != NULL);
	CHECK_INT(nd, 0);
	CHECK_INT(state_queue_pending(q), 3);
	CHECK_INT(state_queue_done(q), 0);
	release(other);
	CHECK(!flagged(s, "h1"));
	CHECK_INT(state_queue_flush(q, 3600, &dropped, &nd), STATE_OK);
	CHECK_INT(state_queue_pending(q), 0);
	CHECK_INT(state_queue_done(q), 3);
	/* Flag, tag, then the undo took the tag back: the same as typed with a free file. */
	CHECK(flagged(s, "h1"));
	CHECK_INT(ntags(s, "h1"), 0);
	CHECK(state_can_redo(s));
	state_queue_free(q);
	state_close(s);
}

/* Still busy past give_up: every waiting job is dropped and named, nothing half-done. */
static void
test_queue_gives_up(void)
{
	const char *path = fresh("giveup");
	struct state *s = open_ok(path);
	struct state_queue *q = state_queue_new(s);
	struct state_op flag = { STATE_OP_FLAG, true, NULL }, tag = { STATE_OP_TAG, true, "x" };
	const char *h = "h1";
	char **dropped = NULL;
	size_t nd = 0;
	sqlite3 *other;

	state_set_wait(s, 20);
	other = hold_lock(path);
	CHECK_INT(state_queue_apply(q, &flag, 1, &h, 1, "flag 1 article"), STATE_PENDING);
	CHECK_INT(state_queue_apply(q, &tag, 1, &h, 1, "tag +x 1 article"), STATE_PENDING);
	CHECK_INT(state_queue_flush(q, 0, &dropped, &nd), STATE_BUSY);
	CHECK_INT(nd, 2);
	if (nd == 2) {
		CHECK_STR(dropped[0], "flag 1 article");
		CHECK_STR(dropped[1], "tag +x 1 article");
	}
	state_strings_free(dropped, nd);
	CHECK_INT(state_queue_pending(q), 0);
	release(other);
	CHECK(!flagged(s, "h1"));
	CHECK_INT(ntags(s, "h1"), 0);
	CHECK(!state_can_undo(s));
	/* The queue works again afterwards. */
	CHECK_INT(state_queue_apply(q, &flag, 1, &h, 1, "flag 1 article"), STATE_OK);
	CHECK(flagged(s, "h1"));
	/* Abandoning names what waits. */
	other = hold_lock(path);
	CHECK_INT(state_queue_apply(q, &tag, 1, &h, 1, "tag +x 1 article"), STATE_PENDING);
	state_queue_abandon(q, &dropped, &nd);
	CHECK_INT(nd, 1);
	if (nd == 1)
		CHECK_STR(dropped[0], "tag +x 1 article");
	state_strings_free(dropped, nd);
	release(other);
	CHECK_INT(ntags(s, "h1"), 0);
	state_queue_free(q);
	state_close(s);
}

int
main(void)
{
	fixture_init();
	RUN(test_short_wait_busy);
	RUN(test_queue_direct);
	RUN(test_queue_waits_in_order);
	RUN(test_queue_gives_up);
	return TAP_END();
}
