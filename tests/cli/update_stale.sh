# tests/cli/update_stale.sh -- while a launch updates the persistent index (a file was added), the sidebar shows the entities the file held, browse only, and the new set once made. MIT licence.
# The update is held after its text by DOSSIER_TEST_HOLD_ENTITIES (pipeline.c), as in
# tests/cli/text_first.sh. Before, every article's sidebar said "Entities: indexing…" for
# the whole update: 15 s at 100k articles, minutes at a million, for one file added.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export COLUMNS=120 LINES=30 DOSSIER_BENCH_NOWAIT=1

mkdir -p news
cp "$SRCDIR"/seeds/*.txt news/
"$DOSSIER" --no-state --cache "$T/ix.db" list news >/dev/null 2>&1
t_check "the index is written" test -s "$T/ix.db"
printf 'Harbour note\n\nPublished 2 March 2031\n\nThe harbour opened.\n' >news/new.txt
cat >keys <<'KEYS'
:wait-stale
:save-display new.screen
j
:save-display stale.screen
3
<Enter>
:save-display enter.screen
:shell rm -f hold
:wait-index
:save-display ready.screen
KEYS
: >hold
DOSSIER_TEST_HOLD_ENTITIES="$T/hold" "$DOSSIER" --config /dev/null --no-state --cache "$T/ix.db" \
	--script keys news >out 2>&1
t_eq "the script ran" 0 "$?"
# The second article in date order and one of its entities, from the index once made.
second=$("$DOSSIER" --no-state --cache "$T/ix.db" list news | sed -n 3p | cut -f1)
ent=$("$DOSSIER" --no-state --cache "$T/ix.db" mentions --format=tsv news |
	awk -F'\t' -v p="$second" '$1 == p && $4 == "PERSON" { print $6; exit }')
t_check "the second article has a person ($second)" test -n "$ent"
t_check "updating: the new article has no entities yet" grep -q "No entities here" new.screen
t_check "updating: the sidebar says so" grep -q "Entities (updating)" stale.screen
t_check "updating: an unchanged article's entities show ($ent)" grep -qF "$ent" stale.screen
t_check "updating: not 'indexing'" sh -c '! grep -q "Entities: indexing" stale.screen'
t_check "updating: Enter on an entity says they are being updated" \
	grep -q "shown as last indexed until then" enter.screen
t_check "ready: the sidebar is the new set's" grep -q "Entities (article)" ready.screen
t_check "ready: the entity is there" grep -qF "$ent" ready.screen
t_end
