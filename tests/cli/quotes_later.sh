# tests/cli/quotes_later.sh -- the TUI's first build counts who says each quote after the index is ready: said: and the quotes view wait for the count, then apply; the cache written after it keeps the same counts. MIT licence.
# The count is held by DOSSIER_TEST_HOLD_QUOTES (index_said.c) while the file it names
# exists, so that a script sees that stage.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export COLUMNS=100 LINES=30

mkdir -p news
cp "$SRCDIR"/seeds/*.txt news/
# The articles that quote Putin, counted by a command (which counts before it answers).
n=$("$DOSSIER" --no-state --no-cache list --query said:putin news | tail -n +2 | wc -l)
t_check "some seeds quote Putin" test "$n" -gt 0

cat >keys <<'KEYS'
:wait-index
3
"
:save-display view.screen
1
/ s a i d : p u t i n <Enter>
:save-display held.screen
/ <C-u> e n t i t y : p u t i n <Enter>
:save-display entity.screen
/ <C-u> s a i d : p u t i n <Enter>
:shell rm -f hold
:wait-build
:save-display done.screen
3
"
:save-display view2.screen
KEYS
: >hold
DOSSIER_BENCH_NOWAIT=1 DOSSIER_TEST_HOLD_QUOTES="$T/hold" "$DOSSIER" --config /dev/null \
	--no-state --no-cache --script keys news >tui.out 2>&1
t_eq "the script ran" 0 "$?"
t_check "the quotes view waits for the count" \
	grep -q "The quotes are still being counted: try again in a moment" view.screen
t_check "a said: filter waits for it" \
	grep -q "The quotes are still being counted… the filter applies when they" held.screen
m=$("$DOSSIER" --no-state --no-cache list --query entity:putin news | tail -n +2 | wc -l)
t_check "entity: answers meanwhile" grep -q "Filter: entity:putin · $m articles" entity.screen
t_check "said: applies itself once they are counted" \
	grep -q "Filter: said:putin · $n articles" done.screen
t_check "the quotes view opens then" grep -q "Quotes of " view2.screen
t_check "no error" test ! -s tui.out

# A cache written by the TUI after the count: the counts are the ones a command makes.
printf 'Q\n' >quit
"$DOSSIER" --config /dev/null --no-state --cache "$T/ix.db" --script quit news >/dev/null 2>&1
t_eq "the TUI wrote the cache" 0 "$?"
for q in said:putin said:belousov "said:irina volk"; do
	t_eq "$q from the cache" \
		"$("$DOSSIER" --no-state --no-cache list --query "$q" news)" \
		"$("$DOSSIER" --no-state --cache "$T/ix.db" list --query "$q" news)"
done
t_eq "every quote from the cache" "$("$DOSSIER" --no-state --no-cache quotes news)" \
	"$("$DOSSIER" --no-state --cache "$T/ix.db" quotes news)"
t_end
