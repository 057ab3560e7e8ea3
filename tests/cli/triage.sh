# tests/cli/triage.sh -- headless triage: tag/mark, export (csv, json, md), import, bad state files. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
touch -d "2026-01-15 12:00:00" "$T/seeds"/*
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

t_eq "tag +review +flagged" "2 articles changed (2 matched)" \
	"$("$DOSSIER" tag +review +flagged --query 'xi' seeds)"
t_eq "tag again changes nothing" "0 articles changed (2 matched)" \
	"$("$DOSSIER" tag +review --query 'xi' seeds)"
t_eq "state file is private" "600" "$(stat -c %a "$DOSSIER_STATE")"
"$DOSSIER" tag +review seeds >out 2>err; rc=$?
t_eq "tag without --query is a usage error" 2 "$rc"
"$DOSSIER" tag '+bad,name' --query x seeds >out 2>err; rc=$?
t_eq "a bad tag name is a usage error" 2 "$rc"
"$DOSSIER" tag --query x seeds >out 2>err; rc=$?
t_eq "tag without operations is a usage error" 2 "$rc"

"$DOSSIER" export --format=csv seeds >out
t_eq "csv header" "path,title,date,source,read,flagged,archived,tags,note,hash,entities" "$(head -1 out)"
t_eq "csv rows" 5 "$(tail -n +2 out | wc -l)"
t_eq "csv tagged rows" 2 "$(grep -c ',1,0,review,' out)"
"$DOSSIER" export --format=md seeds >out
if grep -q '^## review' out && grep -q '^## Untagged' out && grep -q '^# dossier triage report' out; then
	t_pass "md report grouped by tag"; else t_fail "md report grouped by tag" "$(cat out)"; fi
"$DOSSIER" export --format=json --query 'tag:review' seeds >exp.json
if python3 -c 'import json; d=json.load(open("exp.json"))["articles"]; assert len(d)==2 and all(a["flagged"] and a["tags"]==["review"] and a["entities"] for a in d)'; then
	t_pass "json export of the query"; else t_fail "json export of the query" "$(cat exp.json)"; fi
"$DOSSIER" list --format=tsv seeds >/dev/null
"$DOSSIER" export --format=tsv seeds >out 2>err; rc=$?
t_eq "export --format=tsv is a usage error" 2 "$rc"

# Import into a fresh state: by hash.
DOSSIER_STATE="$T/other.db" "$DOSSIER" import exp.json seeds >out
t_eq "import by hash" "2 records: 2 by hash, 0 by path, 0 kept for later, 0 skipped; 2 articles changed" "$(cat out)"
t_eq "imported tags" 2 "$(DOSSIER_STATE="$T/other.db" "$DOSSIER" list --query 'tag:review is:flagged' seeds | tail -n +2 | wc -l)"
# State follows a file renamed and edited: the import finds it by path.
mkdir moved && cp seeds/* moved/ && printf '\nAn added line.\n' >>moved/004_f9c06428318d3c91.txt
DOSSIER_STATE="$T/third.db" "$DOSSIER" list moved >/dev/null
sed "s|$T/seeds|$T/moved|g" exp.json >exp2.json
DOSSIER_STATE="$T/third.db" "$DOSSIER" import exp2.json moved >out
t_eq "import by path when the file changed" "2 records: 1 by hash, 1 by path, 0 kept for later, 0 skipped; 2 articles changed" "$(cat out)"
# Records for articles not in the paths given are kept as before but not counted as changed.
mkdir one && cp "$(python3 -c 'import json; print(json.load(open("exp.json"))["articles"][0]["path"])')" one/
DOSSIER_STATE="$T/fourth.db" "$DOSSIER" import exp.json one >out
t_eq "import counts articles elsewhere apart" "2 records: 1 by hash, 0 by path, 1 kept for later, 0 skipped; 1 article changed; 1 record for an article not in these paths was kept" "$(cat out)"
t_eq "the record kept for later applies once its article is here" 2 \
	"$(DOSSIER_STATE="$T/fourth.db" "$DOSSIER" list --query 'tag:review' seeds | tail -n +2 | wc -l)"
# Imported again where both are known: by hash, nothing changes, one is still elsewhere.
DOSSIER_STATE="$T/fourth.db" "$DOSSIER" import exp.json one >out
t_eq "a known article elsewhere is counted apart too" "2 records: 2 by hash, 0 by path, 0 kept for later, 0 skipped; 0 articles changed; 1 record for an article not in these paths was kept" "$(cat out)"
# Renames keep state (content hash).
mv seeds renamed
t_eq "state follows a renamed folder" 2 "$("$DOSSIER" list --query 'tag:review' renamed | tail -n +2 | wc -l)"
mv renamed seeds

# Bad state files are refused, never modified.
printf 'not a database at all, just text\n' >bad.db
cp bad.db bad.orig
DOSSIER_STATE="$T/bad.db" "$DOSSIER" tag +x --query xi seeds >out 2>err; rc=$?
t_eq "corrupt state: tag exits 1" 1 "$rc"
if grep -q '^dossier: state file .*bad.db' err; then t_pass "corrupt state: clear message"; else t_fail "corrupt state: clear message" "$(cat err)"; fi
if cmp -s bad.db bad.orig && [ ! -e bad.db-wal ]; then t_pass "corrupt state file untouched"; else t_fail "corrupt state file untouched"; fi
DOSSIER_STATE="$T/bad.db" "$DOSSIER" list --query 'xi' seeds >out 2>err; rc=$?
t_eq "corrupt state: a query without is:/tag: still works" 0 "$rc"
DOSSIER_STATE="$T/bad.db" "$DOSSIER" list --query 'is:flagged' seeds >out 2>err; rc=$?
t_eq "corrupt state: is: exits 1" 1 "$rc"
t_eq "--no-state lists" 6 "$("$DOSSIER" --no-state list seeds | wc -l)"
t_eq "--state FILE" "2 articles changed (2 matched)" "$("$DOSSIER" tag +x --query xi --state "$T/s4.db" seeds)"
t_end
