# tests/cli/corr_cache.sh -- corrections made in a TUI session that reads a --cache file
# apply at once (the entity tables are made again beside the cache's full text), and the
# cache records the corrections it was built with: rebuilt at the next launch, then used.
# MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"
C="$T/index.cache"
inode() { stat -c %i "$1" 2>/dev/null; }
tui() { COLUMNS=100 LINES=30 "$DOSSIER" --config /dev/null --cache "$C" --script keys seeds \
	>tui.out 2>&1; }
meta() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
	"SELECT v FROM meta WHERE k = ?", (sys.argv[2],)).fetchone()[0])' "$C" "$1"; }

"$DOSSIER" --cache "$C" entities seeds >/dev/null
t_eq "the cache was written with no corrections" none "$(meta corrections)"
ino=$(inode "$C")

# The session: the sidebar's first entity (Nicolás Maduro) hidden, then the full text
# searched, then a rename; every step shows at once.
cat >keys <<'EOF'
3
H
:save-display hide.screen
1
/ c u b a <Enter>
:save-display search.screen
3
C <C-u> V . <Space> V . <Space> P u t i n <Enter>
:save-display rename.screen
<Tab> <Tab>
c
:save-display corpus.screen
EOF
tui
t_eq "the session read the cache (no rebuild)" "$ino" "$(inode "$C")"
t_eq "hide: said" "Hidden: Nicolás Maduro (PERSON) is not an entity · u undoes" \
	"$(tail -n 1 hide.screen | sed 's/^ *//; s/  *entity [0-9/]*$//')"
# sidebar rows: "│ ▸ NAME" (the cursor's) or "│   NAME"
row() { grep -c "│ . $1 " "$2"; }
t_eq "hide: gone from the sidebar at once" 0 "$(row 'Nicolás Maduro' hide.screen)"
t_eq "the full text still answers from the cache" yes \
	"$(grep -q 'Russia says ties with Cuba' search.screen && echo yes || echo no)"
t_eq "rename: the new name at once" 1 "$(row 'V\. V\. Putin' rename.screen)"
t_eq "rename: the old name is gone from the corpus list" "0 1" \
	"$(row 'Vladimir Putin' corpus.screen) $(row 'V\. V\. Putin' corpus.screen)"
t_eq "no error on the status line" 0 "$(cat ./*.screen | grep -c 'not rebuilt')"

# The cache file still holds what it was built with, and says so; the next launch builds
# it again with the two corrections, the one after uses it.
t_eq "the cache still records none" none "$(meta corrections)"
"$DOSSIER" --cache "$C" entities seeds >ents.out 2>err.out
t_eq "next launch: the entities are corrected" "0 1" \
	"$(grep -c 'Nicolás Maduro' ents.out) $(grep -c 'V\. V\. Putin' ents.out)"
t_check "next launch: the cache was written again" test "$ino" != "$(inode "$C")"
t_eq "it records the corrections now" 2 "$(meta corrections_used | wc -w)"
ino=$(inode "$C")
"$DOSSIER" --cache "$C" entities seeds >ents2.out
t_eq "and the launch after uses it" "$ino" "$(inode "$C")"
t_diff "with the same entities" ents.out ents2.out
t_end
