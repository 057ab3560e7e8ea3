# tests/cli/cache.sh -- --cache FILE and `set cache`: the index written once, reused while no
# article changed, rebuilt when one did; the same answers with and without it, in the
# subcommands and the TUI (script mode); :edit marks it changed in place. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cp -R "$SRCDIR/tests/data/links" "$T/links"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"
C="$T/index.cache"
inode() { stat -c %i "$1" 2>/dev/null; }

# The subcommands give byte-identical output with the cache (written, then read).
for cmd in "list --query minister" "search minister" "entities" "mentions" \
	"list --query entity:putin" "list --query type:money" "export --query xi"; do
	# shellcheck disable=SC2086
	"$DOSSIER" $cmd seeds >plain.out 2>&1
	# shellcheck disable=SC2086
	"$DOSSIER" --cache "$C" $cmd seeds >cached.out 2>&1
	t_diff "$cmd: the same with the cache" plain.out cached.out
done
t_check "the cache file exists" test -s "$C"
# Short prefixes: from the cache they come from its prefix table, without it from FTS5.
for q in 'mini*' 'ru* -chi*' 'p* OR xi' 'x* OR 20*' '"vladimir put"*'; do
	"$DOSSIER" list --query "$q" seeds >plain.out 2>&1
	"$DOSSIER" --cache "$C" list --query "$q" seeds >cached.out 2>&1
	t_diff "list --query $q: the same from the cache's prefix table" plain.out cached.out
done
t_check "a short prefix finds some articles" test "$(wc -l <cached.out)" -gt 1
ino=$(inode "$C")
"$DOSSIER" --cache "$C" search putin seeds >out 2>err
t_eq "a reused cache is not written again" "$ino" "$(inode "$C")"
t_eq "nothing on stderr when reused" "" "$(cat err)"
t_eq "no temporary file is left" "" "$(ls "$T" | grep 'index.cache.tmp' || true)"

# An edited article: the cache is not used (the answer is the new one) and is written again.
# Edited in place, it moves no folder's time: --recheck stats every file (without it the
# answer could come from the cache file alone, as tests/cli/cache_direct.sh shows).
printf '\nThe zeppelinologist arrived late.\n' >>seeds/002_a4205a8fe78f1143.txt
t_eq "an edited article is found through a stale cache" 1 \
	"$("$DOSSIER" --recheck --cache "$C" list --query zeppelinologist seeds | tail -n +2 | wc -l)"
ino2=$(inode "$C")
if [ "$ino2" != "$ino" ]; then t_pass "the stale cache was written again"; else t_fail "the stale cache was written again"; fi
"$DOSSIER" --cache "$C" list --query zeppelinologist seeds >out 2>err
t_eq "and is then reused" "$ino2" "$(inode "$C")"
t_eq "a new article is found through the new cache" 1 "$(tail -n +2 out | wc -l)"
# An article removed: the count differs, the cache is rebuilt.
mkdir -p gone && mv seeds/004_*.txt gone/
t_eq "a removed article is gone from the answers" 4 \
	"$("$DOSSIER" --cache "$C" list --query 'date:>2000-01-01' seeds | tail -n +2 | wc -l)"
mv gone/* seeds/

# A file that is not a cache is not used and never written over (a mistyped --cache must
# not destroy the state file or a document); a cache that cannot be written is said once
# and the command still answers.
printf 'garbage' >"$C"
"$DOSSIER" --cache "$C" search putin seeds >out 2>err; rc=$?
t_eq "not a cache: exit 0" 0 "$rc"
t_eq "not a cache: said, and left alone" \
	"dossier: cannot write the cache $C: the file there is not a dossier cache (remove it to let dossier write one)|garbage" \
	"$(cat err)|$(cat "$C")"
t_eq "not a cache: the answer is there" "$("$DOSSIER" search putin seeds)" "$(cat out)"
"$DOSSIER" --cache "$DOSSIER_STATE" search putin seeds >out 2>err
t_check "the state file named as the cache is left alone" \
	"$DOSSIER" export --format=json --query xi seeds
rm -f "$C"
t_eq "a new cache: nothing on stderr" "" "$("$DOSSIER" --cache "$C" search putin seeds 2>&1 >/dev/null)"
t_eq "a cache is private, like the state (mode 600)" "600" "$(stat -c %a "$C")"
"$DOSSIER" --cache "$T/no/such/dir/c" search putin seeds >out 2>err; rc=$?
t_eq "an unwritable cache: exit 0" 0 "$rc"
t_eq "an unwritable cache: one line naming the file and why" \
	"dossier: cannot write the cache $T/no/such/dir/c: No such file or directory" "$(cat err)"
t_eq "an unwritable cache: the answer is there" "$("$DOSSIER" search putin seeds)" "$(cat out)"
# Two commands writing the same cache at once: both answer, one whole cache is left (the
# next command reuses it) and no temporary file.
rm -f "$C"
"$DOSSIER" --cache "$C" search putin seeds >one.out 2>one.err &
"$DOSSIER" --cache "$C" search putin seeds >two.out 2>two.err
wait
want=$("$DOSSIER" search putin seeds)
t_eq "two writers: both answer, nothing on stderr" "$want|$want||" \
	"$(cat one.out)|$(cat two.out)|$(cat one.err)|$(cat two.err)"
ino=$(inode "$C")
"$DOSSIER" --cache "$C" search putin seeds >/dev/null 2>&1
t_eq "two writers: the cache left is whole and reused" "$ino" "$(inode "$C")"
t_eq "two writers: no temporary file" "" "$(ls "$T" | grep 'index.cache.tmp' || true)"
"$DOSSIER" --cache 2>err; rc=$?
t_eq "--cache without a file is a usage error" 2 "$rc"

# `set cache` in the config file, with ~/ for the home folder; --dump-config shows it.
mkdir -p home
printf 'set cache = ~/dossier.cache\n' >conf
HOME="$T/home" "$DOSSIER" --config conf list --query putin seeds >/dev/null 2>&1
t_check "set cache = ~/FILE writes there" test -s home/dossier.cache
t_eq "--dump-config shows the cache" "set cache = \"$T/home/dossier.cache\"" \
	"$(HOME="$T/home" "$DOSSIER" --config conf --dump-config | grep '^set cache')"
t_eq "the default is the persistent index (auto)" 'set cache = "auto"' \
	"$("$DOSSIER" --config /dev/null --dump-config | grep '^set cache')"

# The TUI (script mode waits for the index and the cache): the same screens with a cache
# written, read back, and without one.
printf '/ p u t i n <Enter>\n:save-display s.screen\n<Tab> <Tab>\n:save-display e.screen\n' >keys
tui() { COLUMNS=100 LINES=30 "$DOSSIER" --config /dev/null --no-state "$@" --script keys seeds >tui.out 2>&1; }
tui && cp s.screen plain-s && cp e.screen plain-e
rm -f "$C"
tui --cache "$C" && cp s.screen write-s && cp e.screen write-e
t_check "TUI: the cache was written" test -s "$C"
ino=$(inode "$C")
tui --cache "$C"
t_eq "TUI: the cache was reused" "$ino" "$(inode "$C")"
t_diff "TUI: filter screen, cache being written" plain-s write-s
t_diff "TUI: filter screen, cache read" plain-s s.screen
t_diff "TUI: entities screen, cache read" plain-e e.screen
# A changed article updates the cache, which is no news for the status line. Without the
# live folder (with it, a file settled in the index keeps its recorded stat at launch and
# the live folder re-reads it: tests/cli/cache_pack.sh).
printf '\nAn added line about zeppelinists.\n' >>seeds/001_9c716bbef13f2200.txt
printf '/ z e p p e l i n i s t s <Enter>\n:save-display n.screen\n' >keys
ino=$(inode "$C")
tui --cache "$C" --no-watch
t_eq "TUI: a changed article is found through the updated cache" 1 \
	"$(grep -c '· 1/1 of 5 ·' n.screen)"
t_eq "TUI: nothing said about the cache" "" "$(grep 'cache' n.screen)"
if [ "$ino" != "$(inode "$C")" ]; then t_pass "TUI: the cache was updated"; else t_fail "TUI: the cache was updated"; fi

# :edit on a cached index changes the file's tables and marks the cache changed in place.
mkdir -p bin
printf '#!/bin/sh\nsed -i "s/herons/egrets/g" "$1"\n' >bin/editor
chmod +x bin/editor
rm -f "$C"
"$DOSSIER" --cache "$C" list --query herons links >/dev/null
printf '<Colon> e d i t <Enter>\n/ e g r e t s <Enter>\n:save-display edit.screen\n' >keys
VISUAL="$T/bin/editor" COLUMNS=100 LINES=30 "$DOSSIER" --config /dev/null --no-state \
	--cache "$C" --script keys links >tui.out 2>&1
t_eq ":edit with a cache: the new word is found" yes \
	"$(grep -q 'egrets' edit.screen && echo yes || echo no)"
printf ':save-display n.screen\n' >keys
COLUMNS=100 LINES=30 "$DOSSIER" --config /dev/null --no-state --cache "$C" --script keys links >tui.out 2>&1
t_eq ":edit with a cache: the next launch updates it, saying nothing" "" \
	"$(grep 'cache' n.screen)"
t_eq ":edit with a cache: then the new word is found from it" "$("$DOSSIER" --no-cache \
	search egrets links 2>&1)" "$("$DOSSIER" --cache "$C" search egrets links 2>&1)"
# The same with a state file: it has an article table too, attached before the cache,
# which the re-read's UPDATE took ("preparing the re-read failed").
printf '#!/bin/sh\nsed -i "s/egrets/storks/g" "$1"\n' >bin/editor2
chmod +x bin/editor2
rm -f "$C"
"$DOSSIER" --cache "$C" list --query egrets links >/dev/null
printf '<Colon> e d i t <Enter>\n:save-display edit2.screen\n/ s t o r k s <Enter>\n:save-display edit3.screen\n' >keys
VISUAL="$T/bin/editor2" COLUMNS=100 LINES=30 DOSSIER_STATE="$T/edit.db" "$DOSSIER" --config /dev/null \
	--cache "$C" --script keys links >tui.out 2>&1
t_eq ":edit with a cache and a state file: re-read" "Re-read" \
	"$(tail -n 1 edit2.screen | sed 's/^ *//' | cut -d' ' -f1)"
t_eq ":edit with a cache and a state file: the new word is found" yes \
	"$(grep -q 'storks' edit3.screen && echo yes || echo no)"

# Temporary files a killed writer left (FILE.tmp-XXXXXX and its -journal) go at the next
# cache write, but only this cache's, only that exact pattern, and never one a running
# writer holds (its flock; held here by python3, which the CLI tests already use).
mkdir clean
K="$T/clean/k.cache"
for f in k.cache.tmp-Ab12cD k.cache.tmp-Ab12cD-journal k.cache.tmp-Zz9999-journal \
	k.cache.tmp-Lk0001 k.cache.tmp-Lk0001-journal k.cache.tmp-abc k.cache.tmp-abcdefg \
	other.cache.tmp-Ab12cD k.cache; do
	printf 'left over\n' >"clean/$f"
done
: >clean/k.cache	# an empty file may be written over
python3 -c '
import fcntl, os, sys, time
f = open(sys.argv[1], "r+")
fcntl.flock(f, fcntl.LOCK_EX)
open(sys.argv[2], "w").close()
for _ in range(600):
    if os.path.exists(sys.argv[3]):
        break
    time.sleep(0.05)
' clean/k.cache.tmp-Lk0001 locked.ready locked.release &
i=0
while [ ! -e locked.ready ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
"$DOSSIER" --cache "$K" search minister seeds >/dev/null 2>err
touch locked.release
wait
t_eq "the cache is written beside left-over files" "format" \
	"$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select k from meta where k=\"format\"").fetchone()[0])' "$K" 2>&1)"
t_eq "a stale temporary file, its journal and an orphan journal are removed; a locked one, other caches' and other names stay" \
	"k.cache k.cache.tmp-Lk0001 k.cache.tmp-Lk0001-journal k.cache.tmp-abc k.cache.tmp-abcdefg other.cache.tmp-Ab12cD" \
	"$(cd clean && ls | tr '\n' ' ' | sed 's/ $//')"
t_end
