# tests/cli/text_behind.sh -- a first build starts the full text once the extraction, which
# takes every core, has no article left to begin (pipeline.c, text_job()): the resolution
# then runs beside it instead of alone. The extraction lets each text go when it is done,
# the full text reads it again, and the words find every article as a command finds them.
# MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export COLUMNS=100 LINES=30 DOSSIER_BENCH_NOWAIT=1
n=60
mkdir -p news
i=1
while [ $i -le $n ]; do
	w=$(printf 'harbour%03d' "$i")
	printf 'Report %d from the harbour\n\nPublished 3 March 2026\n\nThe harbour master Anna Lindqvist said ship %s came in late; the crew of %d went ashore.\n' \
		"$i" "$w" "$i" >"news/r$i.txt"
	i=$((i + 1))
done
cat >keys <<'KEYS'
:wait-index
l h a r b o u r 0 4 2 <Enter>
:save-display one.screen
l <C-u> l i n d q v i s t <Enter>
:save-display all.screen
l <C-u> t y p e : p e r s o n <Space> h a r b o u r 0 0 7 <Enter>
:save-display ent.screen
KEYS
DOSSIER_BENCH_LOG="$T/tui.log" "$DOSSIER" --config /dev/null --no-state --no-cache \
	--script keys news >tui.out 2>&1
t_eq "the script ran" 0 "$?"
t_check "no error" test ! -s tui.out
t_eq "no text stays but the one open in the reader" 1 \
	"$(awk '$1 == "texts_held" { print $2 + 0 }' tui.log)"
again=$(awk '$1 == "texts_read_again" { print $2 + 0 }' tui.log)
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
if [ "$cores" -le 8 ]; then
	# Extraction on every core: the full text began with at most one article a core left.
	t_check "the full text came after the extraction ($again of $n read again)" \
		test "${again:-0}" -ge $((n - cores))
else
	t_pass "# SKIP more cores than extraction threads: the full text starts at once"
fi
t_check "a word of one article finds it" grep -q "Limit: harbour042 · 1 of $n shown" one.screen
t_check "a word of all finds all" grep -q "Limit: lindqvist · $n of $n shown" all.screen
t_check "words and entities together" \
	grep -q "Limit: type:person harbour007 · 1 of $n shown" ent.screen
c=$("$DOSSIER" --no-state --no-cache list --query harbour042 news | tail -n +2 | wc -l)
t_eq "the command finds the one article too" 1 "$c"
t_end
