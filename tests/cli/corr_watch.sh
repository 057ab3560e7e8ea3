# tests/cli/corr_watch.sh -- a watch follows its entity through rename, merge and retype,
# with and without a --cache file, and comes back when the correction goes. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

nlist() { "$DOSSIER" list --query "$1" seeds | tail -n +2 | wc -l; }
nwatched() { nlist is:watched; }
ids() { "$DOSSIER" corrections seeds | tail -n +2 | cut -f1; }

maduro=$(nlist 'entity:"nicolas maduro"')
t_check "Maduro is in some articles" test "$maduro" -gt 0
"$DOSSIER" entity watch Maduro seeds >/dev/null
t_eq "watched: his articles" "$maduro" "$(nwatched)"

# rename: the watch made on the old name follows
"$DOSSIER" entity rename Maduro "Nicolas Maduro Moros" seeds >/dev/null
t_eq "rename: is:watched still finds his articles" "$maduro" "$(nwatched)"
t_eq "rename: watching the new name again changes nothing" "unchanged" \
	"$("$DOSSIER" entity watch "Nicolas Maduro Moros" seeds)"

# merge: the watch of the entity merged away moves to the target (Xi Jinping is in the
# one article Maduro is not in)
both=$(nlist 'entity:"xi jinping" OR entity:"nicolas maduro moros"')
t_check "the target adds an article" test "$both" -gt "$maduro"
"$DOSSIER" entity merge "Nicolas Maduro Moros" "Xi Jinping" seeds >/dev/null
t_eq "merge: is:watched finds the target's articles" "$both" "$(nwatched)"

# retype: the watch follows the type too
"$DOSSIER" entity retype "Xi Jinping" org seeds >/dev/null
t_eq "retype: is:watched still finds them" "$both" "$(nwatched)"

# --cache: the cache keeps where each name went (a hit answers the same)
rm -f cache.db
t_eq "--cache (written): the same" "$both" \
	"$("$DOSSIER" --cache cache.db list --query is:watched seeds 2>/dev/null | tail -n +2 | wc -l)"
t_eq "--cache (read back): the same" "$both" \
	"$("$DOSSIER" --cache cache.db list --query is:watched seeds 2>/dev/null | tail -n +2 | wc -l)"

# export and import: another state file gets the watch and the trail it follows
"$DOSSIER" export --format=json seeds >exp.json
DOSSIER_STATE="$T/other.db" "$DOSSIER" import exp.json seeds >/dev/null
t_eq "import: is:watched follows there too" "$both" \
	"$(DOSSIER_STATE="$T/other.db" "$DOSSIER" list --query is:watched seeds | tail -n +2 | wc -l)"

# unwatch by the name it has now removes the watch made on the old name
t_eq "unwatch by the new name" "unwatched" "$("$DOSSIER" entity unwatch "Xi Jinping" seeds)"
t_eq "unwatch: nothing watched" 0 "$(nwatched)"
t_eq "unwatch: the row is gone" "[]" "$("$DOSSIER" export --format=json seeds |
	python3 -c 'import json, sys; print(json.load(sys.stdin)["watched"])')"

# a watch comes back to the old name when the corrections go
DOSSIER_STATE="$T/back.db"; export DOSSIER_STATE
"$DOSSIER" entity watch Maduro seeds >/dev/null
"$DOSSIER" entity rename Maduro "El Presidente" seeds >/dev/null
t_eq "back: watched under the new name" "$maduro" "$(nwatched)"
python3 - "$DOSSIER_STATE" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DELETE FROM correction")
db.commit()
EOF
t_eq "back: the correction gone, the old name is watched" "$maduro" "$(nwatched)"
t_end
