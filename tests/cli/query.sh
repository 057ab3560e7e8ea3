# tests/cli/query.sh -- the query language from the command line: every field, errors, ranking. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
touch -d "2026-01-15 12:00:00" "$T/seeds"/*
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

# q QUERY: the matching seed numbers ("000 003"), in list order (newest first).
q() { "$DOSSIER" list --query "$1" seeds 2>"$T/qerr" | tail -n +2 | cut -f1 | sed 's|seeds/\(...\)_.*|\1|' | tr '\n' ' ' | sed 's/ $//'; }
qe() { t_eq "$1" "$2" "$(q "$1")"; }

qe "maduro" "000 003 001 002"
qe "nicolas" "000 003 001 002"
qe "NICOLÁS maduro" "000 003 001 002"
qe '"steadfast ally"' "002"
qe "kolokol*" "001"
qe "samarkand OR kolokoltsev" "001 004"
qe "maduro -havana" "003 002"
qe "(samarkand OR belousov) -kremlin" "003"
qe "entity:\"Vladimir Putin\"" "000 001 002 004"
qe "entity:putin" "000 001 002 004"
qe "entity:\"Dong Jun\"" "003"
qe "type:money" "003 001"
qe "-type:money type:hashtag" "000"
qe "date:2026-01" "003 001 002"
qe "date:2026-01-27" "003"
qe "date:2025-12..2026-01-21" "001 002 004"
qe "date:>2026-01-21" "000 003"
qe "source:anadolu" "001"
qe "source:\"Anadolu Agency\"" "001"
qe "path:*004_*" "004"
qe "-path:*00[0-2]_*" "003 004"
qe "is:unread" "000 003 001 002 004"

t_eq "tag with --query" "1 article changed (1 matched)" "$("$DOSSIER" tag +review --query 'samarkand' seeds)"
qe "tag:review" "004"
qe "-tag:review is:unread" "000 003 001 002"
"$DOSSIER" mark --read --query 'date:2026-01' seeds >/dev/null
qe "is:read" "003 001 002"
qe "is:unread" "000 004"
"$DOSSIER" mark --flag --query 'cuba' seeds >/dev/null
qe "is:flagged" "000 001"
"$DOSSIER" mark --archive --query 'source:anadolu' seeds >/dev/null
qe "cuba" "000"
qe "is:archived" "001"
qe "cuba is:archived" "001"

for bad in 'foo:bar' '"unbalanced' '(a b' 'a)' 'OR' 'a OR' '*' 'date:2026-02-30' 'date:2026-13' \
	'is:bogus' 'type:animal' 'tag:' '()'; do
	"$DOSSIER" list --query "$bad" seeds >out 2>err; rc=$?
	if [ "$rc" = 2 ] && grep -q '^dossier: bad query: .*column [0-9]' err && [ ! -s out ]; then
		t_pass "bad query '$bad' is a usage error naming the column"
	else
		t_fail "bad query '$bad' is a usage error naming the column" "rc=$rc" "$(cat err)"
	fi
done
"$DOSSIER" list --query 'x NEAR(y) title:z' seeds >out 2>err; rc=$?
if grep -qi sqlite err; then t_fail "no raw SQLite text" "$(cat err)"; else t_pass "no raw SQLite text"; fi

"$DOSSIER" search 'xi jinping' seeds >out
t_eq "search ranks title hits first" "004" "$(sed -n 2p out | cut -f1 | sed 's|seeds/\(...\)_.*|\1|')"
"$DOSSIER" search 'kolokoltsev' --format=json seeds >out
if python3 -c 'import json,sys; d=json.load(open("out")); assert len(d)==0' 2>/dev/null; then
	t_pass "search hides archived articles"
else t_fail "search hides archived articles" "$(cat out)"; fi
"$DOSSIER" search 'samarkand' --format=json seeds >out
if python3 -c 'import json,sys; d=json.load(open("out")); assert len(d)==1 and "[Samarkand]" in d[0]["snippet"]'; then
	t_pass "search --format=json with a marked snippet"
else t_fail "search --format=json with a marked snippet" "$(cat out)"; fi
t_end
