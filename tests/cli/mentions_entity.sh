# tests/cli/mentions_entity.sh -- dossier mentions --entity NAME and --query Q: the rows of
# the whole listing for that entity (by its name or an alias, folded) and for the articles
# the query matches, in the same order, TSV and JSON. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

"$DOSSIER" mentions seeds >all.tsv 2>err
t_eq "the whole listing" "" "$(cat err)"
id=$(awk -F '\t' '$6 == "Vladimir Putin" { print $5; exit }' all.tsv)
"$DOSSIER" mentions --entity=PUTIN seeds >one.tsv 2>err; rc=$?
t_eq "--entity exits 0" 0 "$rc"
t_eq "--entity: nothing on stderr" "" "$(cat err)"
awk -F '\t' -v id="$id" 'NR == 1 || $5 == id' all.tsv >want.tsv
t_eq "--entity by an alias, folded: that entity's rows of the whole listing" \
	"$(cat want.tsv)" "$(cat one.tsv)"
t_eq "and there are some" yes "$([ "$(wc -l <one.tsv)" -gt 3 ] && echo yes)"
"$DOSSIER" mentions --entity="Nobody At All" seeds >none.tsv 2>err; rc=$?
t_eq "no such entity: exit 0" 0 "$rc"
t_eq "no such entity: the header only" "$(head -1 all.tsv)" "$(cat none.tsv)"
t_eq "no such entity: said on stderr" 'dossier: no entity is called "Nobody At All"' "$(cat err)"

# --query: the mentions of the articles it matches.
"$DOSSIER" list --query=cuba seeds | tail -n +2 | cut -f1 >paths
"$DOSSIER" mentions --query=cuba seeds >q.tsv 2>err
awk -F '\t' 'NR == FNR { p[$1] = 1; next } FNR == 1 || ($1 in p)' paths all.tsv >want.tsv
t_eq "--query: the rows of the articles it matches" "$(cat want.tsv)" "$(cat q.tsv)"
t_eq "--query: fewer rows than all" yes \
	"$([ "$(wc -l <q.tsv)" -lt "$(wc -l <all.tsv)" ] && echo yes)"
"$DOSSIER" mentions --query=cuba --entity=putin seeds >qe.tsv 2>err
awk -F '\t' -v id="$id" 'NR == 1 || $5 == id' q.tsv >want.tsv
t_eq "--query and --entity together" "$(cat want.tsv)" "$(cat qe.tsv)"

# JSON: the same rows.
"$DOSSIER" mentions --format=json --entity=putin seeds >one.json 2>err
if python3 - one.json "$id" "$(($(wc -l <one.tsv) - 1))" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == int(sys.argv[3]), len(rows)
assert all(r["entity_id"] == int(sys.argv[2]) for r in rows)
PY
then t_pass "JSON: the entity's rows"; else t_fail "JSON: the entity's rows" "$(head -c 300 one.json)"; fi
t_end
