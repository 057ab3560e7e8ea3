# tests/tmux/quit.sh -- Q quits at once at every stage of a launch: typed while the corpus
# loads (before the screen opens: no first paint, the key is not lost in the line buffer),
# during the full-text build, the count of quotes, the prefix fill and the cache write; the terminal is cooked
# afterwards and no half-written cache is left. Only generous bounds (5 s), no timing.
# MIT licence.
. "$SRCDIR/tests/lib.sh"

tmux_setup quit
talks_corpus talks

# run.sh LOG: waits for the file "go" (so that keys can be typed before dossier starts),
# runs dossier with a bench log and a cache, then says how it ended.
cat >run.sh <<EOF2
while [ ! -e go ]; do sleep 0.05; done
DOSSIER_BENCH_LOG="\$1" "$DOSSIER" --no-state --cache "$T/cache.db" talks
echo "EXIT=\$?"
stty -a | tr ' ;' '\n\n' | grep -x -e echo -e icanon | tr '\n' ,; echo
EOF2

# has_mark LOG MARK: the bench log holds the mark (a stage reached).
has_mark() { grep -q "^$2 " "$1" 2>/dev/null; }
# wait_mark LOG MARK: poll for it (~20 s at most); false if it never comes.
wait_mark() {
	i=0
	while [ $i -lt 400 ]; do has_mark "$1" "$2" && return 0; sleep 0.05; i=$((i + 1)); done
	return 1
}
# exits_soon NAME: the pane says EXIT=0 within 5 s of Q (the old build took the rest of
# the load, ~1 s at 30k articles, or finished a batch of the prefix fill first).
exits_soon() {
	i=0
	while [ $i -lt 100 ]; do screen | grep -q "EXIT=0" && break; sleep 0.05; i=$((i + 1)); done
	if screen | grep -q "EXIT=0"; then t_pass "$1: exits at once with status 0"
	else t_fail "$1: exits at once with status 0" "$(screen)"; fi
}
no_temp() {
	t_eq "$1: no half-written cache is left" "" "$(ls "$T" | grep 'cache.db.tmp-')"
}

# 1. Typed before dossier starts: the key waits in the terminal's line buffer and is read
# while the corpus loads; the screen never opens.
rm -f go
tm new-session -d -s "$S" -x 100 -y 30 "sh run.sh $T/log1; sleep 30"
tm send-keys -t "$S" Q
sleep 0.2
touch go
exits_soon "during the load"
if has_mark log1 first_paint; then t_fail "during the load: the screen never opened" "$(cat log1)"
else t_pass "during the load: the screen never opened"; fi
t_eq "during the load: no cache yet" "" "$(ls "$T" | grep 'cache.db')"
check "during the load: the terminal is cooked again" "icanon,echo,"
next_server

# 2. A key other than Q typed during the load is not lost: j moves to the second article.
tm new-session -d -s "$S" -x 100 -y 30 "sh run.sh $T/log2; sleep 30"
tm send-keys -t "$S" j
sleep 0.2
check "a key typed during the load: the list opens" "talks"
check "a key typed during the load: it moves the cursor" "2/6000"
tm send-keys -t "$S" Q
exits_soon "after the load"
next_server
rm -f cache.db

# 3-6. During the full-text build, the count of quotes after "ready", the prefix fill
# and the cache write.
n=3
for stage in first_paint:text quotes_start:quotes indexed:prefixes prefixes:cache; do
	mark=${stage%%:*} name=${stage#*:}
	tm new-session -d -s "$S" -x 100 -y 30 "sh run.sh $T/log$n; sleep 30"
	if wait_mark "log$n" "$mark"; then
		tm send-keys -t "$S" Q
		exits_soon "during the $name stage"
	else
		t_fail "during the $name stage: reached" "$(cat "log$n")"
	fi
	no_temp "during the $name stage"
	check "during the $name stage: the terminal is cooked again" "icanon,echo,"
	next_server
	rm -f cache.db
	n=$((n + 1))
done
t_end
