# tests/cli/let_go.sh -- the TUI's first build lets each text go once the full text and the
# extraction have it (issue 19: the texts were two thirds of a cold launch's memory): an
# article opened, a concordance, a short prefix and said: read the texts again and answer
# as a command does (the clusters: tests/screen/clusters*.keys); a file changed after its
# text went is indexed anew. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
export COLUMNS=100 LINES=30
mkdir -p news
cp "$SRCDIR"/seeds/*.txt news/
touch -d "2026-01-15 12:00:00" news/*

# count QUERY: the articles a command lists for QUERY.
count() { "$DOSSIER" --no-state --no-cache list --query "$1" news | tail -n +2 | wc -l; }

# A plain script begins on a finished build (texts let go, quotes counted, prefixes in).
cat >keys <<'KEYS'
j
<Enter>
:save-display open.screen
1
l b e l o * <Enter>
:save-display prefix.screen
l <C-u> s a i d : b e l o u s o v <Enter>
:save-display said.screen
l <C-u> <Enter>
3
m
:save-display mentions.screen
KEYS
DOSSIER_BENCH_LOG="$T/tui.log" "$DOSSIER" --config /dev/null --no-state --no-cache \
	--script keys news >tui.out 2>&1
t_eq "the script ran" 0 "$?"
t_check "no error" test ! -s tui.out
t_eq "every text was let go" 5 "$(awk '$1 == "texts_let_go" { print $2 + 0 }' tui.log)"
t_check "the article opened is read again" \
	grep -q "during a video call with his Chinese counterpart Dong Jun" open.screen
n=$(count 'belo*')
t_check "a short prefix finds what a command finds ($n)" \
	grep -q "Limit: belo\* · $n of 5 shown" prefix.screen
n=$(count 'said:belousov')
t_check "said: counts the quotes as a command does ($n)" \
	grep -q "Limit: said:belousov · $n of 5 shown" said.screen
t_check "the concordance shows its mentions in their text" \
	grep -q "Mentions of " mentions.screen

# Without a cache the index has no words of a text let go to delete its rows by: a file
# changed while the screen is open is indexed anew under another row, the old one out of
# every answer. (004 is never shown: its text was let go; 002 is read again first, and
# then changed: the text read again says so, and is not taken for the one indexed.)
cat >live.keys <<'KEYS'
:shell sed -i 's/Uzbekistan/Zanzibaria/' news/004_f9c06428318d3c91.txt
:shell sed -i 's/publicly framing/loudly framing/' news/002_a4205a8fe78f1143.txt
:wait-watch
l z a n z i b a r i a <Enter>
:save-display new.screen
l <C-u> u z b e k i s t a n <Enter>
:save-display old.screen
l <C-u> z a n z * <Enter>
:save-display newprefix.screen
l <C-u> l o u d l y <Enter>
:save-display new2.screen
l <C-u> p u b l i c l y <Enter>
:save-display old2.screen
l <C-u> r u s s i a <Enter>
:save-display russia.screen
KEYS
n=$(count russia)
"$DOSSIER" --config /dev/null --no-state --no-cache --script live.keys news >live.out 2>&1
t_eq "live: the script ran" 0 "$?"
t_check "live: the new words find it" grep -q "Limit: zanzibaria · 1 of 5 shown" new.screen
t_check "live: the old words no longer do" grep -q "Limit: uzbekistan · 0 of 5 shown" old.screen
t_check "live: a short prefix of the new words finds it" \
	grep -q "Limit: zanz\* · 1 of 5 shown" newprefix.screen
t_check "live: read again, then changed: the new words find it" \
	grep -q "Limit: loudly · 1 of 5 shown" new2.screen
t_check "live: read again, then changed: the old words no longer do" \
	grep -q "Limit: publicly · 0 of 5 shown" old2.screen
t_check "live: the others are found once ($n)" \
	grep -q "Limit: russia · $n of 5 shown" russia.screen
t_check "live: no error" test ! -s live.out
t_end
