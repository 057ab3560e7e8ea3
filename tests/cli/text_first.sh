# tests/cli/text_first.sh -- the filter searches the full text as soon as it is whole,
# before the entities are (a cold build, and an index updated for a new file): a query of
# words answers, one of entities waits for the index and applies itself then. The build
# is held at that stage by DOSSIER_TEST_HOLD_ENTITIES (pipeline.c). MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export COLUMNS=100 LINES=30 DOSSIER_BENCH_NOWAIT=1

mkdir -p news
cp "$SRCDIR"/seeds/*.txt news/
cat >keys <<'KEYS'
:wait-text
/ p u t i n <Enter>
:save-display text.screen
/ <C-u> t y p e : p e r s o n <Space> p u t i n <Enter>
:save-display ents.screen
:shell rm -f hold
:wait-index
:save-display ready.screen
KEYS
# Run the TUI on the keys with the build held after the text; prefix: the screens' copies.
tui() {
	pre=$1
	shift
	: >hold
	DOSSIER_TEST_HOLD_ENTITIES="$T/hold" "$DOSSIER" --config /dev/null --no-state "$@" \
		--script keys news >"$pre.out" 2>&1
	echo "$?" >"$pre.rc"
	for s in text ents ready; do cp "$s.screen" "$pre-$s" 2>/dev/null || : >"$pre-$s"; done
}
# The seeds' articles with "putin" (the same answer with everything built).
n=$("$DOSSIER" --no-state --no-cache list --query putin news | tail -n +2 | wc -l)
t_check "putin is in some seeds" test "$n" -gt 0

for run in cold update; do
	if [ "$run" = cold ]; then
		tui cold --no-cache
	else
		"$DOSSIER" --no-state --cache "$T/ix.db" list news >/dev/null 2>&1
		printf 'Putin note\n\nPublished 2 March 2026\n\nVladimir Putin spoke.\n' >news/new.txt
		n=$((n + 1))
		tui update --cache "$T/ix.db"
	fi
	t_eq "$run: the script ran" 0 "$(cat "$run.rc")"
	t_check "$run: the words answer before the entities are made" \
		grep -q "Filter: putin · $n articles" "$run-text"
	verb=indexing
	[ "$run" = update ] && verb=updating
	t_check "$run: entities were still being made then ($verb)" \
		grep -Eq "$verb [0-9]+%" "$run-text"
	t_check "$run: a query of entities waits for them" \
		grep -q "the filter applies when the index is ready" "$run-ents"
	t_check "$run: and applies itself once they are made" \
		grep -q "Filter: type:person putin · $n articles" "$run-ready"
done
t_end
