# tests/tmux/loading.sh -- a corpus whose files take a while to read opens on the list the
# walk found, filled in as the files are parsed, before the list in its order: seen in a
# real terminal with the reading held at a known file (DOSSIER_TEST_HOLD_LOAD), at 80x24
# and 140x30. Keys typed meanwhile wait for the list; the quit key quits at once and puts
# the terminal back. No timing is asserted (generous polls only). MIT licence.
. "$SRCDIR/tests/lib.sh"

tmux_setup loading

# 400 articles a000.txt .. a399.txt ("Story N about the harbour", dated 1 March 2026 + N
# days mod 28); the walk's order is the names'.
mkdir pile
awk 'BEGIN {
	for (i = 0; i < 400; i++) {
		f = sprintf("pile/a%03d.txt", i)
		printf "Story %d about the harbour\n\n%d March 2026\n\n", i, 1 + i % 28 > f
		printf "The harbour master of Rotterdam said the cranes were idle again. %d\n", i > f
		close(f)
	}
}'

# run.sh: dossier with the reading held while the file "hold" exists, then how it ended.
cat >run.sh <<EOF2
DOSSIER_TEST_HOLD_LOAD="$T/hold" "$DOSSIER" --no-state --no-cache pile
echo "EXIT=\$?"
stty -a | tr ' ;' '\n\n' | grep -x -e echo -e icanon | tr '\n' ,; echo
EOF2

# 1. Held before any file is read (80x24): the rows are the files' paths, in the walk's
# order, and the title bar counts what is read.
touch hold
tm new-session -d -s "$S" -x 80 -y 24 "DOSSIER_TEST_HOLD_FROM=0 sh run.sh; sleep 30"
check "nothing read yet: the title bar counts the files" "pile · reading 0/400 files · 0%"
if screen | grep -Eq '^ +a000\.txt *$'; then
	t_pass "nothing read yet: a row is a file's path below the corpus"
else
	t_fail "nothing read yet: a row is a file's path below the corpus" "$(screen)"
fi
check "nothing read yet: the rows come in the walk's order" "a020.txt"
check "nothing read yet: the status line says what comes and how to quit" \
	"the list opens in its order when every file is read · Q quits"
if screen | grep -q "Story 0 about"; then t_fail "nothing read yet: no title is made up" "$(screen)"
else t_pass "nothing read yet: no title is made up"; fi
rm -f hold
check "read: the list opens in its order (newest first)" "2026-03-28 Story 27 about the harbour"
check "read: the title bar counts the articles" "1/400"
tm send-keys -t "$S" Q
check "read: Q quits" "EXIT=0"
next_server

# 2. Held at the half (140x30): the rows read so far show their date, title and source;
# a key typed meanwhile waits for the list and then moves its cursor.
touch hold
tm new-session -d -s "$S" -x 140 -y 30 "sh run.sh; sleep 30"
check "half read: the title bar counts the files read" "pile · reading 200/400 files · 50%"
check "half read: a row read shows its date and title" "2026-03-01 Story 0 about the harbour"
check "half read: rows keep the walk's order" "2026-03-02 Story 1 about the harbour"
if screen | grep -Eq '^ ●  2026-03-01 Story 0 about the harbour +pile *$'; then
	t_pass "half read: the source column is there at this width"
else
	t_fail "half read: the source column is there at this width" "$(screen)"
fi
tm send-keys -t "$S" j
sleep 0.3
check "half read: the key did not move anything yet" "reading 200/400"
rm -f hold
check "read: the list opens" "Story 27 about the harbour"
check "read: the key typed while reading moved the cursor" "2/400"
tm send-keys -t "$S" Q
check "read: Q quits" "EXIT=0"
next_server

# 3. Q while the reading is held: the process ends at once, no state or list after it,
# and the terminal is cooked again.
touch hold
tm new-session -d -s "$S" -x 100 -y 30 "sh run.sh; sleep 30"
check "held: the screen shows the reading" "reading 200/400 files"
tm send-keys -t "$S" Q
check "held: Q quits at once with status 0" "EXIT=0"
check "held: the terminal is cooked again" "icanon,echo,"
if screen | grep -q "reading 200/400"; then t_fail "held: the screen is gone" "$(screen)"
else t_pass "held: the screen is gone"; fi
next_server

# 4. A window too small while reading says so, and the list comes when it is enlarged.
touch hold
tm new-session -d -s "$S" -x 100 -y 30 "sh run.sh; sleep 30"
check "resize: the screen shows the reading" "reading 200/400 files"
tm resize-window -t "$S" -x 30 -y 8
check "resize: too small says so" "too small"
tm resize-window -t "$S" -x 40 -y 12
check "resize: at 40 columns the count still shows whole" "pile · reading 200/400 files · 50%"
tm resize-window -t "$S" -x 90 -y 26
check "resize: enlarged, the reading shows again" "reading 200/400 files"
rm -f hold
check "resize: the list opens" "1/400"
tm send-keys -t "$S" Q
check "resize: Q quits" "EXIT=0"
rm -f hold

# 5. Hostile names and titles on the screen of the files being read: escapes in a file's
# name (shown as its path until it is read) and in its title reach the terminal as
# visible placeholders, never as controls (script mode, the output kept).
mkdir hostile
awk 'BEGIN {
	for (i = 0; i < 300; i++) {
		f = sprintf("hostile/%03d-\033]0;PWNED\007-\033[31mred.txt", i)
		printf "Title \033[2J number %d\n\nBody.\n", i > f
		close(f)
	}
}'
printf 'Q\n' >q.keys
touch hold
(sleep 2; rm -f hold) &
DOSSIER_TEST_HOLD_LOAD="$T/hold" DOSSIER_TEST_HOLD_FROM=150 DOSSIER_BENCH_NOWAIT=1 \
	DOSSIER_SCRIPT_OUTPUT="$T/hostile.out" COLUMNS=100 LINES=30 \
	"$DOSSIER" --no-state --no-cache --script q.keys hostile >/dev/null 2>&1
wait
if grep -q "reading 150/300 files" "$T/hostile.out"; then t_pass "hostile names: the reading was on screen"
else t_fail "hostile names: the reading was on screen" "$(head -c 300 "$T/hostile.out" | od -c | head -5)"; fi
esc=$(printf '\033')
if grep -q "$esc\]0;PWNED" "$T/hostile.out" || grep -q "$esc\[31mred" "$T/hostile.out"; then
	t_fail "hostile names: no escape from a name or a title reaches the terminal"
else
	t_pass "hostile names: no escape from a name or a title reaches the terminal"
fi
t_end
