# tests/cli/state_file.sh -- odd state files: read-only, a FIFO, a negative schema version,
# an empty file made beforehand. MIT licence. Issue 14: each once lost or hid the state.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 1
cp -R "$SRCDIR/seeds" seeds
export DOSSIER_STATE="$T/st/state.db"
mkdir -p st
"$DOSSIER" tag +kept --query xi seeds >/dev/null 2>&1
"$DOSSIER" mark --flag --query maduro seeds >/dev/null 2>&1
want=$("$DOSSIER" export --format=json seeds)

# A read-only state file (and folder), read by a user who cannot write it: the reading
# commands give the real state and exit 0; a writing command fails and says why.
if command -v setpriv >/dev/null && [ "$(id -u)" = 0 ]; then
	chmod 755 "$T"
	cp "$DOSSIER" "$T/dossier-bin"
	chmod 755 "$T/dossier-bin" seeds; chmod 644 seeds/*
	chmod 444 st/state.db; chmod 555 st
	as() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$T" "$@"; }
	as "$T/dossier-bin" export --format=json seeds >ro.json 2>ro.err; rc=$?
	t_eq "export of a read-only state exits 0" "0" "$rc"
	if [ "$(cat ro.json)" = "$want" ]; then t_pass "export of a read-only state gives the real state"
	else t_fail "export of a read-only state gives the real state" "$(head -c 600 ro.json)" "$(cat ro.err)"; fi
	t_eq "list --query tag: on a read-only state" 2 "$(as "$T/dossier-bin" list --query tag:kept seeds 2>&1 | tail -n +2 | wc -l)"
	t_eq "list --query is:flagged on a read-only state" 4 "$(as "$T/dossier-bin" list --query is:flagged seeds 2>&1 | tail -n +2 | wc -l)"
	as "$T/dossier-bin" tag +new --query xi seeds >w.out 2>w.err; rc=$?
	t_eq "tag on a read-only state exits 1" 1 "$rc"
	if grep -q "^dossier: state file .* read-only" w.err; then t_pass "and says the file is read-only"
	else t_fail "and says the file is read-only" "$(cat w.err)"; fi
	chmod 755 st; chmod 644 st/state.db
else
	t_pass "read-only state: needs root and setpriv to act as another user # SKIP"
fi

# A damaged state file: reading commands fail (exit 1) rather than answer from nothing.
mkdir -p bad
printf 'SQLite format 3\000garbage garbage garbage' >bad/state.db
head -c 4096 /dev/urandom >>bad/state.db
DOSSIER_STATE="$T/bad/state.db" "$DOSSIER" export --format=json seeds >bad.json 2>bad.err; rc=$?
t_eq "export of a damaged state exits 1" 1 "$rc"
t_eq "and writes nothing to stdout" "" "$(cat bad.json)"
if grep -q "^dossier: state file .*bad/state.db" bad.err; then t_pass "and names the file"
else t_fail "and names the file" "$(cat bad.err)"; fi
DOSSIER_STATE="$T/bad/state.db" "$DOSSIER" list seeds >/dev/null 2>bad.err; rc=$?
t_eq "list without a query does not need the state" 0 "$rc"

# No state file yet: a reading command is an empty state, quietly, and creates nothing.
DOSSIER_STATE="$T/none/state.db" "$DOSSIER" export --format=json seeds >none.json 2>none.err; rc=$?
t_eq "export without a state file exits 0" 0 "$rc"
t_eq "and says nothing" "" "$(cat none.err)"
t_eq "and makes the state file, private" 600 "$(stat -c %a "$T/none/state.db")"

# A FIFO as the state file is refused at once, not waited on.
mkfifo fifo.db
DOSSIER_STATE="$T/fifo.db" timeout 20 "$DOSSIER" tag +x --query xi seeds >/dev/null 2>fifo.err; rc=$?
t_eq "a FIFO as the state file: exit 1, no hang" 1 "$rc"
if grep -q "not a regular file" fifo.err; then t_pass "and says it is not a regular file"
else t_fail "and says it is not a regular file" "$(cat fifo.err)"; fi
DOSSIER_STATE="$T/fifo.db" timeout 20 "$DOSSIER" export seeds >/dev/null 2>&1; rc=$?
t_eq "a FIFO as the state file, export: exit 1, no hang" 1 "$rc"

# A negative schema version is refused like a newer one, and the file left alone.
if command -v python3 >/dev/null; then
	cp st/state.db neg.db
	python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version = -2"); c.commit()' neg.db
	python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA journal_mode = DELETE")' neg.db
	sum=$(md5sum <neg.db)
	DOSSIER_STATE="$T/neg.db" timeout 20 "$DOSSIER" tag +x --query xi seeds >/dev/null 2>neg.err; rc=$?
	t_eq "user_version -2: tag exits 1" 1 "$rc"
	if grep -q "unknown schema version (-2)" neg.err; then t_pass "and says the version is unknown"
	else t_fail "and says the version is unknown" "$(cat neg.err)"; fi
	t_eq "and the file is untouched" "$sum" "$(md5sum <neg.db)"
	python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version = -2147483648"); c.commit()' neg.db
	DOSSIER_STATE="$T/neg.db" timeout 20 "$DOSSIER" tag +x --query xi seeds >/dev/null 2>&1; rc=$?
	t_eq "user_version -2147483648: exit 1, no hang" 1 "$rc"
fi

# An empty file made beforehand (mode 0644) is adopted and made private.
(umask 022; : >empty.db)
DOSSIER_STATE="$T/empty.db" "$DOSSIER" tag +x --query xi seeds >/dev/null 2>&1
t_eq "an empty state file made beforehand ends up 0600" 600 "$(stat -c %a empty.db)"
t_eq "and holds the tag" 2 "$(DOSSIER_STATE="$T/empty.db" "$DOSSIER" list --query tag:x seeds | tail -n +2 | wc -l)"

# The partial indexes of read, flagged and archived articles: made by a writer, on a
# state that lacks them too, with no new schema version; the is: answers they serve.
ixes() {
	sqlite3 "$1" "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema
		WHERE type = 'index' AND name IN ('article_read', 'article_flagged',
		'article_archived') ORDER BY name)"
}
t_eq "a writer makes the state's partial indexes" "article_archived article_flagged article_read" \
	"$(ixes empty.db)"
ver=$(sqlite3 empty.db 'PRAGMA user_version')
sqlite3 empty.db "DROP INDEX article_read; DROP INDEX article_flagged; DROP INDEX article_archived"
DOSSIER_STATE="$T/empty.db" "$DOSSIER" mark --flag --query xi seeds >/dev/null 2>&1
t_eq "and makes them on a state without them" "article_archived article_flagged article_read" \
	"$(ixes empty.db)"
t_eq "with the same schema version" "$ver" "$(sqlite3 empty.db 'PRAGMA user_version')"
t_eq "is:flagged through them" 2 \
	"$(DOSSIER_STATE="$T/empty.db" "$DOSSIER" list --query is:flagged seeds | tail -n +2 | wc -l)"
t_eq "a query of them uses them" 1 "$(sqlite3 empty.db "EXPLAIN QUERY PLAN SELECT hash FROM
	article WHERE hash IS NOT NULL AND archived" | grep -c 'INDEX article_archived')"
t_end
