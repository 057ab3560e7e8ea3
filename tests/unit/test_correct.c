/* test_correct.c -- entity corrections: state rows, migration, undo/redo, applying each kind. MIT licence. */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>

#include "dossier/correct.h"
#include "dossier/entity.h"
#include "dossier/text.h"
#include "corpus_fixture.h"
#include "state_fixture.h"

static struct corpus corpus;

/* Two articles: "King" is Martin Luther King in one, a king in the other. */
static const char ART_A[] =
	"Civil rights in Atlanta\n"
	"Martin Luther King spoke in Atlanta on Monday. King said the march would go on.\n"
	"Reporters asked King about Washington. Coretta Scott King was there.\n";
static const char ART_B[] =
	"The old king\n"
	"Vladimir Putin met officials in Moscow. Putin spoke of King Charles and of Moscow.\n"
	"Acme Widgets said nothing. Putin left Moscow.\n";

static void
corpus_setup(void)
{
	corpus_init(&corpus);
	fixture_add(&corpus, "/mem/a.txt", ART_A);
	fixture_add(&corpus, "/mem/b.txt", ART_B);
	corpus_finish(&corpus);
}

/* The entity of type t whose canonical name is name, or NULL. */
static const struct entity *
ent(const struct entity_set *es, const char *name, int t)
{
	size_t i;

	for (i = 0; i < es->n; i++)
		if (strcmp(es->ents[i].canonical, name) == 0 && (t < 0 || es->ents[i].type == t))
			return &es->ents[i];
	return NULL;
}

/* Mentions of entity e in the set, counted from the per-article arrays. */
static size_t
count_mentions(const struct entity_set *es, const struct entity *e)
{
	size_t a, k, n = 0;

	for (a = 0; a < es->narticles; a++)
		for (k = 0; k < es->nmentions[a]; k++)
			n += es->mentions[a][k].entity == e->id;
	return n;
}

/* Ids are indexes, counts agree with the mentions, mentions are sorted. */
static void
check_consistent(const struct entity_set *es)
{
	size_t i, a, k, total = 0;

	for (i = 0; i < es->n; i++) {
		CHECK_INT(es->ents[i].id, i);
		CHECK_INT(es->ents[i].nmentions, count_mentions(es, &es->ents[i]));
		CHECK(es->ents[i].nmentions > 0);
	}
	for (a = 0; a < es->narticles; a++) {
		for (k = 0; k < es->nmentions[a]; k++) {
			CHECK(es->mentions[a][k].entity < es->n);
			CHECK_INT(es->mentions[a][k].type, es->ents[es->mentions[a][k].entity].type);
			if (k)
				CHECK(es->mentions[a][k - 1].start <= es->mentions[a][k].start);
		}
		total += es->nmentions[a];
	}
	CHECK_INT(es->total_mentions, total);
}

static struct corr
mk(enum corr_kind kind, const char *name, int type)
{
	struct corr c = { .kind = kind, .type = type, .occurrence = -1, .to_type = -1 };

	c.name = (char *)name;
	c.key = name ? text_fold(name, strlen(name), NULL) : NULL;
	return c;
}

/* Run one correction on a fresh entity set; returns the set, *used the count. */
static struct entity_set *
run1(struct corr *c, uint32_t *used)
{
	struct entity_set *es = entities_build(&corpus);

	corr_apply(&es, &corpus, c, 1, used);
	check_consistent(es);
	free(c->key);
	c->key = NULL;
	return es;
}

static void
test_apply_hide(void)
{
	struct corr c = mk(CORR_HIDE, "Moscow", ENT_PLACE);
	struct entity_set *es;
	uint32_t used = 0;

	es = entities_build(&corpus);
	CHECK(ent(es, "Moscow", ENT_PLACE) != NULL);
	entity_set_free(es);
	es = run1(&c, &used);
	CHECK_INT(used, 3);
	CHECK(ent(es, "Moscow", ENT_PLACE) == NULL);
	entity_set_free(es);
}

static void
test_apply_hide_one_mention(void)
{
	struct corr c = mk(CORR_HIDE, "Moscow", ENT_PLACE);
	const struct entity *e;
	struct entity_set *es;
	uint32_t used = 0;

	c.hash = corpus.arts[1]->hash;
	c.surface = "Moscow";
	c.occurrence = 1;
	es = run1(&c, &used);
	CHECK_INT(used, 1);
	CHECK((e = ent(es, "Moscow", ENT_PLACE)) != NULL);
	CHECK(e && e->nmentions == 2);
	entity_set_free(es);
}

static void
test_apply_retype_rename(void)
{
	struct corr c = mk(CORR_RETYPE, "Moscow", ENT_PLACE);
	const struct entity *e;
	struct entity_set *es;
	uint32_t used = 0;

	c.to_type = ENT_ORG;
	es = run1(&c, &used);
	CHECK_INT(used, 3);
	CHECK(ent(es, "Moscow", ENT_PLACE) == NULL);
	CHECK((e = ent(es, "Moscow", ENT_ORG)) != NULL && e->nmentions == 3);
	entity_set_free(es);

	c = mk(CORR_RENAME, "Vladimir Putin", ENT_PERSON);
	c.to_name = "V. V. Putin";
	es = run1(&c, &used);
	CHECK_INT(used, 3);
	CHECK(ent(es, "Vladimir Putin", -1) == NULL);
	CHECK((e = ent(es, "V. V. Putin", ENT_PERSON)) != NULL && e->nmentions == 3);
	if (e)
		CHECK_STR(e->key, "v. v. putin");
	entity_set_free(es);
}

static void
test_apply_merge(void)
{
	struct corr c = mk(CORR_MERGE, "Atlanta", ENT_PLACE);
	const struct entity *e;
	struct entity_set *es;
	uint32_t used = 0;

	c.to_key = "moscow";
	c.to_type = ENT_PLACE;
	es = run1(&c, &used);
	CHECK_INT(used, 2);
	CHECK(ent(es, "Atlanta", -1) == NULL);
	CHECK((e = ent(es, "Moscow", ENT_PLACE)) != NULL);
	CHECK(e && e->nmentions == 5 && e->narticles == 2);
	/* Its aliases are counted again from the mentions. */
	CHECK(e && e->naliases == 2);
	entity_set_free(es);
}

static void
test_apply_split(void)
{
	struct corr c = mk(CORR_SPLIT, "Martin Luther King", ENT_PERSON);
	const struct entity *e, *k;
	struct entity_set *es = entities_build(&corpus);
	uint32_t used = 0;
	size_t before;

	CHECK((e = ent(es, "Martin Luther King", ENT_PERSON)) != NULL);
	before = e ? e->nmentions : 0;
	entity_set_free(es);
	/* Every "King" of the first article out: an entity of its own. */
	c.hash = corpus.arts[0]->hash;
	c.surface = "King";
	es = run1(&c, &used);
	CHECK_INT(used, 2);
	CHECK((k = ent(es, "King", ENT_PERSON)) != NULL && k->nmentions == 2);
	CHECK((e = ent(es, "Martin Luther King", ENT_PERSON)) != NULL &&
	      e->nmentions == before - 2);
	entity_set_free(es);
	/* One mention (the second "King" of the text) into a chosen entity. */
	c = mk(CORR_SPLIT, "Martin Luther King", ENT_PERSON);
	c.hash = corpus.arts[0]->hash;
	c.surface = "King";
	c.occurrence = 2;	/* "Martin Luther King" holds the first */
	c.to_key = "atlanta";
	c.to_type = ENT_PLACE;
	es = run1(&c, &used);
	CHECK_INT(used, 1);
	CHECK((k = ent(es, "Atlanta", ENT_PLACE)) != NULL && k->nmentions == 3);
	entity_set_free(es);
}

static void
test_apply_add(void)
{
	struct corr c = mk(CORR_ADD, NULL, -1);
	const struct entity *e;
	struct entity_set *es;
	uint32_t used = 0;
	size_t a, k, found = 0;
	long pos = corr_locate(ART_B, strlen(ART_B), "officials", 0);

	c.hash = corpus.arts[1]->hash;
	c.surface = "officials";
	c.occurrence = 0;
	c.to_key = "the officials";
	c.to_type = ENT_ORG;
	c.to_name = "The Officials";
	es = run1(&c, &used);
	CHECK_INT(used, 1);
	CHECK((e = ent(es, "The Officials", ENT_ORG)) != NULL && e->nmentions == 1);
	for (a = 0; e && a < es->narticles; a++)
		for (k = 0; k < es->nmentions[a]; k++)
			if (es->mentions[a][k].entity == e->id) {
				CHECK_INT(a, 1);
				CHECK_INT(es->mentions[a][k].start, pos);
				CHECK_INT(es->mentions[a][k].end, pos + 9);
				found++;
			}
	CHECK_INT(found, 1);
	entity_set_free(es);
}

/* A correction whose entity or article is not there applies to nothing and changes
 * nothing; the ones after it still apply. */
static void
test_apply_unused(void)
{
	struct corr v[2] = { mk(CORR_HIDE, "Nobody Atall", ENT_PERSON),
			     mk(CORR_HIDE, "Atlanta", ENT_PLACE) };
	struct entity_set *es = entities_build(&corpus);
	uint32_t used[2] = { 9, 9 };
	size_t n0 = es->n;

	corr_apply(&es, &corpus, v, 2, used);
	check_consistent(es);
	CHECK_INT(used[0], 0);
	CHECK_INT(used[1], 2);
	CHECK_INT(es->n, n0 - 1);
	entity_set_free(es);
	free(v[0].key);
	free(v[1].key);
}

static void
test_occurrence(void)
{
	const char t[] = "King and King and Kingdom";

	CHECK_INT(corr_occurrence(t, strlen(t), 9, 13), 1);
	CHECK_INT(corr_locate(t, strlen(t), "King", 2), 18);
	CHECK_INT(corr_locate(t, strlen(t), "King", 3), -1);
	CHECK_INT(corr_occurrence(t, strlen(t), 18, 22), 2);
}

static void
test_digest(void)
{
	struct corr a = mk(CORR_HIDE, "Moscow", ENT_PLACE), b = mk(CORR_HIDE, "Atlanta", ENT_PLACE);
	char d1[17], d2[17], d0[17];

	corr_digest(&a, 1, d1);
	corr_digest(&b, 1, d2);
	corr_digest(NULL, 0, d0);
	CHECK(strcmp(d1, d2) != 0);
	CHECK_STR(d0, "none");
	free(a.key);
	free(b.key);
}

static const struct corr_ent MOSCOW = { "moscow", ENT_PLACE, "Moscow" };
static const struct corr_ent ATLANTA = { "atlanta", ENT_PLACE, "Atlanta" };

/* Every kind through the state API, back from a reopened file, in id order. */
static void
test_state_rows(void)
{
	const char *p = fresh("rows");
	struct corr_place at = { "hash1", "King", 1 };
	struct corr_ent newent = { "the king", ENT_PERSON, "The King" };
	struct state *s = open_ok(p);
	struct state_watch *w;
	struct corr *v;
	size_t n, nw;
	int64_t id = 0;
	struct stat sb;

	CHECK(s != NULL);
	if (!s)
		return;
	CHECK_INT(state_correct_hide(s, &MOSCOW, NULL, &id), STATE_OK);
	CHECK(id > 0);
	CHECK_INT(state_correct_retype(s, &MOSCOW, &at, ENT_ORG, NULL), STATE_OK);
	CHECK_INT(state_correct_rename(s, &MOSCOW, "Moskva", NULL), STATE_OK);
	CHECK_INT(state_correct_merge(s, &ATLANTA, &MOSCOW, NULL), STATE_OK);
	CHECK_INT(state_correct_split(s, &MOSCOW, &at, NULL, NULL), STATE_OK);
	CHECK_INT(state_correct_add(s, &at, &newent, NULL), STATE_OK);
	CHECK_INT(state_watch(s, &MOSCOW, true, NULL), STATE_OK);
	/* Bad ones are refused with a message, nothing written. */
	CHECK_INT(state_correct_rename(s, &MOSCOW, "", NULL), STATE_INVALID);
	CHECK_INT(state_correct_merge(s, &MOSCOW, NULL, NULL), STATE_INVALID);
	CHECK_INT(state_correct_retype(s, &MOSCOW, NULL, 99, NULL), STATE_INVALID);
	state_close(s);
	CHECK(stat(p, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	s = open_ok(p);
	CHECK_INT(state_corrections(s, &v, &n), STATE_OK);
	CHECK_INT(n, 6);
	if (n == 6) {
		CHECK_INT(v[0].kind, CORR_HIDE);
		CHECK_STR(v[0].key, "moscow");
		CHECK_INT(v[0].type, ENT_PLACE);
		CHECK(v[0].surface == NULL && v[0].hash == NULL);
		CHECK_INT(v[1].kind, CORR_RETYPE);
		CHECK_STR(v[1].hash, "hash1");
		CHECK_STR(v[1].surface, "King");
		CHECK_INT(v[1].occurrence, 1);
		CHECK_INT(v[1].to_type, ENT_ORG);
		CHECK_STR(v[2].to_name, "Moskva");
		CHECK_STR(v[3].to_key, "moscow");
		CHECK(v[4].kind == CORR_SPLIT && v[4].to_key == NULL);
		CHECK(v[5].kind == CORR_ADD && v[5].key == NULL);
		CHECK_STR(v[5].to_name, "The King");
		CHECK(v[0].id < v[1].id && v[4].id < v[5].id);
		CHECK(v[0].made > 0);
	}
	corr_free_all(v, n);
	CHECK_INT(state_watched(s, &w, &nw), STATE_OK);
	CHECK_INT(nw, 1);
	if (nw == 1)
		CHECK(strcmp(w[0].key, "moscow") == 0 && w[0].type == ENT_PLACE);
	state_watch_free(w, nw);
	state_close(s);
}

static size_t
ncorr(struct state *s)
{
	struct corr *v;
	size_t n = 0;

	CHECK_INT(state_corrections(s, &v, &n), STATE_OK);
	corr_free_all(v, n);
	return n;
}

/* The same journal as triage: a flag, a hide and a watch undo and redo in order. */
static void
test_undo_redo(void)
{
	struct state *s = open_ok(fresh("undo"));
	struct state_watch *w;
	const char *desc;
	struct corr *v;
	int64_t id = 0;
	size_t n, nw;
	bool changed;

	if (!s)
		return;
	CHECK_INT(state_set_flagged(s, "h1", true), STATE_OK);
	CHECK_INT(state_correct_hide(s, &MOSCOW, NULL, &id), STATE_OK);
	CHECK_INT(state_watch(s, &ATLANTA, true, &changed), STATE_OK);
	CHECK(changed);
	CHECK_INT(state_watch(s, &ATLANTA, true, &changed), STATE_OK);
	CHECK(!changed);	/* no second step */
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: watch Atlanta (PLACE)");
	CHECK_INT(state_watched(s, &w, &nw), STATE_OK);
	CHECK_INT(nw, 0);
	state_watch_free(w, nw);
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: hide Moscow (PLACE)");
	CHECK_INT(ncorr(s), 0);
	CHECK_INT(state_redo(s, &desc), STATE_OK);
	CHECK_INT(state_corrections(s, &v, &n), STATE_OK);
	CHECK_INT(n, 1);
	if (n)
		CHECK_INT(v[0].id, id);	/* back in its place */
	corr_free_all(v, n);
	/* Deleting one is undoable too. */
	CHECK_INT(state_correction_delete(s, id), STATE_OK);
	CHECK_INT(ncorr(s), 0);
	CHECK_INT(state_correction_delete(s, id), STATE_NONE);
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_INT(ncorr(s), 1);
	/* The flag is still on the stack below. */
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_INT(state_undo(s, &desc), STATE_OK);
	CHECK_STR(desc, "undid: flag 1 article");
	state_close(s);
}

/* The entities of the corpus with the state's corrections applied, as one string of
 * "canonical/type/mentions" words (owned). */
static char *
applied(struct state *s)
{
	struct entity_set *es = entities_build(&corpus);
	struct sbuf b = {0};
	struct corr *v = NULL;
	size_t n = 0, i;

	CHECK_INT(state_corrections(s, &v, &n), STATE_OK);
	corr_apply(&es, &corpus, v, n, NULL);
	check_consistent(es);
	for (i = 0; i < es->n; i++)
		sb_printf(&b, "%s/%d/%u ", es->ents[i].canonical, es->ents[i].type,
			  (unsigned)es->ents[i].nmentions);
	corr_free_all(v, n);
	entity_set_free(es);
	return b.data ? b.data : xstrdup("");
}

/* Every kind is one step: undone, the entities are as extracted; redone, as corrected,
 * with the same row (id) back. */
static void
test_undo_redo_each_kind(void)
{
	struct state *s = open_ok(fresh("undo-kinds"));
	struct corr_place king = { NULL, "King", 2 }, off = { NULL, "officials", 0 };
	struct corr_ent mlk = { "martin luther king", ENT_PERSON, "Martin Luther King" };
	struct corr_ent offs = { "the officials", ENT_ORG, "The Officials" };
	char *raw, *done, *again;
	const char *desc;
	struct corr *v;
	int64_t id, id2;
	size_t n;
	int k, rc = STATE_OK;

	if (!s)
		return;
	king.hash = corpus.arts[0]->hash;
	off.hash = corpus.arts[1]->hash;
	raw = applied(s);
	for (k = 0; k < CORR_NKINDS; k++) {
		id = 0;
		switch (k) {
		case CORR_HIDE: rc = state_correct_hide(s, &MOSCOW, NULL, &id); break;
		case CORR_RETYPE: rc = state_correct_retype(s, &MOSCOW, NULL, ENT_ORG, &id); break;
		case CORR_RENAME: rc = state_correct_rename(s, &MOSCOW, "Moskva", &id); break;
		case CORR_MERGE: rc = state_correct_merge(s, &ATLANTA, &MOSCOW, &id); break;
		case CORR_SPLIT: rc = state_correct_split(s, &mlk, &king, NULL, &id); break;
		case CORR_ADD: rc = state_correct_add(s, &off, &offs, &id); break;
		}
		CHECK_INT(rc, STATE_OK);
		done = applied(s);
		CHECK(strcmp(done, raw) != 0);	/* it changed something */
		CHECK_INT(state_undo(s, &desc), STATE_OK);
		CHECK_INT(ncorr(s), 0);
		again = applied(s);
		CHECK_STR(again, raw);
		free(again);
		CHECK_INT(state_redo(s, &desc), STATE_OK);
		CHECK_INT(state_corrections(s, &v, &n), STATE_OK);
		CHECK_INT(n, 1);
		id2 = n ? v[0].id : 0;
		CHECK_INT(id2, id);
		corr_free_all(v, n);
		again = applied(s);
		CHECK_STR(again, done);
		free(again);
		free(done);
		CHECK_INT(state_undo(s, &desc), STATE_OK);
		if (tap_case_failed)
			printf("#   kind %s\n", corr_kind_name((enum corr_kind)k));
	}
	free(raw);
	state_close(s);
}

static void make_v1(const char *p);

/* Such a file that cannot be written is read as it is (not upgraded): it has no
 * corrections and no watchlist, which is not an error. */
static void
test_v1_read_only(void)
{
	const char *p = fresh("v1ro");
	struct state_watch *w;
	struct state *s;
	int status = -1;
	size_t nw = 9;
	pid_t pid;

	make_v1(p);
	chmod(p, 0444);
	fflush(stdout);
	if ((pid = fork()) == 0) {
		if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
			_exit(3);
		if (!(s = state_open_reader(p, err, sizeof err)))
			_exit(5);
		tap_case_failed = 0;
		CHECK_INT(ncorr(s), 0);
		CHECK_INT(state_watched(s, &w, &nw), STATE_OK);
		CHECK_INT(nw, 0);
		state_watch_free(w, nw);
		state_close(s);
		fflush(stdout);
		_exit(tap_case_failed ? 1 : 0);
	}
	CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	chmod(p, 0600);
	CHECK_INT(raw(p, "PRAGMA user_version"), 1);
}

/* kill -9 right after a correction returns loses nothing: each is committed before. */
static void
test_kill9_keeps_corrections(void)
{
	const char *p = fresh("kill9");
	struct state *s;
	int status = -1;
	pid_t pid;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		s = state_open(p, err, sizeof err);
		if (!s || state_correct_hide(s, &MOSCOW, NULL, NULL) != STATE_OK ||
		    state_watch(s, &ATLANTA, true, NULL) != STATE_OK)
			_exit(1);
		raise(SIGKILL);	/* no close, no checkpoint */
		_exit(2);
	}
	CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	s = open_ok(p);
	CHECK(s != NULL);
	if (s) {
		struct state_watch *w;
		size_t nw = 0;

		CHECK_INT(ncorr(s), 1);
		CHECK_INT(state_watched(s, &w, &nw), STATE_OK);
		CHECK_INT(nw, 1);
		state_watch_free(w, nw);
		state_close(s);
	}
}

/* A state file of schema 1 (before corrections) at p. */
static void
make_v1(const char *p)
{
	sqlite3 *db;

	CHECK_INT(sqlite3_open(p, &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db,
		"CREATE TABLE article(hash TEXT PRIMARY KEY, path TEXT,"
		" read INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0,"
		" archived INTEGER NOT NULL DEFAULT 0, note TEXT, first_seen INTEGER,"
		" last_opened INTEGER);"
		"CREATE TABLE tag(hash TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(hash, name));"
		"CREATE TABLE saved_search(name TEXT PRIMARY KEY, query TEXT NOT NULL);"
		"CREATE TABLE history(id INTEGER PRIMARY KEY, kind TEXT, text TEXT, at INTEGER);"
		"INSERT INTO article(hash, flagged) VALUES('old', 1);"
		"INSERT INTO tag VALUES('old', 'kept');"
		"PRAGMA user_version = 1; PRAGMA application_id = 1685287796;",
		NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	chmod(p, 0600);
}

/* A file of the schema before corrections upgrades, keeping its triage. */
static void
test_migrate_from_v1(void)
{
	const char *p = fresh("v1");
	struct state *s;
	struct art_state a;

	make_v1(p);
	s = open_ok(p);
	CHECK(s != NULL);
	if (!s)
		return;
	CHECK_INT(state_get(s, "old", &a), STATE_OK);
	CHECK(a.flagged && a.ntags == 1);
	art_state_clear(&a);
	CHECK_INT(ncorr(s), 0);
	CHECK_INT(state_correct_hide(s, &MOSCOW, NULL, NULL), STATE_OK);
	state_close(s);
	CHECK_INT(raw(p, "PRAGMA user_version"), state_schema_version());
	CHECK_INT(raw(p, "SELECT count(*) FROM correction"), 1);
}

/* A file opened for reading only lists its corrections and refuses new ones: read by
 * a user who cannot write it (root can write any file, so the child becomes nobody). */
static void
test_read_only(void)
{
	const char *p = fresh("ro");
	struct state *s = open_ok(p);
	char e2[512];
	int status = -1;
	pid_t pid;

	if (!s)
		return;
	CHECK_INT(state_correct_hide(s, &MOSCOW, NULL, NULL), STATE_OK);
	state_close(s);
	chmod(p, 0444);
	fflush(stdout);
	if ((pid = fork()) == 0) {
		if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
			_exit(3);
		if (access(p, W_OK) == 0)
			_exit(4);
		s = state_open_reader(p, e2, sizeof e2);
		if (!s)
			_exit(5);
		tap_case_failed = 0;
		CHECK_INT(ncorr(s), 1);
		CHECK_INT(state_correct_hide(s, &ATLANTA, NULL, NULL), STATE_READONLY);
		CHECK_INT(state_watch(s, &ATLANTA, true, NULL), STATE_READONLY);
		state_close(s);
		fflush(stdout);
		_exit(tap_case_failed ? 1 : 0);
	}
	CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status))
		printf("#   the read-only child ended with status %d\n", status);
	chmod(p, 0600);
	CHECK_INT(raw(p, "SELECT count(*) FROM correction"), 1);
}

int
main(void)
{
	fixture_init();
	corpus_setup();
	RUN(test_occurrence);
	RUN(test_digest);
	RUN(test_apply_hide);
	RUN(test_apply_hide_one_mention);
	RUN(test_apply_retype_rename);
	RUN(test_apply_merge);
	RUN(test_apply_split);
	RUN(test_apply_add);
	RUN(test_apply_unused);
	RUN(test_state_rows);
	RUN(test_undo_redo);
	RUN(test_undo_redo_each_kind);
	RUN(test_migrate_from_v1);
	RUN(test_read_only);
	RUN(test_kill9_keeps_corrections);
	RUN(test_v1_read_only);
	corpus_free(&corpus);
	return TAP_END();
}
