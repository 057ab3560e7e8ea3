# tests/tmux/busy.sh -- another process holds the state file's write lock (python3's sqlite3
# module in BEGIN IMMEDIATE) while the user triages in the TUI: keys are answered meanwhile,
# the wait is on screen, nothing is lost once the lock goes; a save that finally fails stays
# on screen until Enter and is in :messages and on stderr; Q waits for what is queued. MIT
# licence. Nothing asserts on time: every check polls the screen or a file, bounded.
. "$SRCDIR/tests/lib.sh"

tmux_setup busy python3
export DOSSIER_STATE="$T/state.db"

# hold.py STATE READY RELEASE: take the write lock, say so, keep it until RELEASE exists
# (at most ~60 s, so a broken test cannot hang).
cat >hold.py <<'EOF2'
import os, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
db.execute("BEGIN IMMEDIATE")
open(sys.argv[2], "w").close()
for _ in range(1200):
    if os.path.exists(sys.argv[3]):
        break
    time.sleep(0.05)
db.execute("COMMIT")
EOF2
# lock NAME: hold the lock in the background until `unlock NAME`.
lock() {
	rm -f "$1.ready" "$1.release"
	python3 hold.py "$DOSSIER_STATE" "$1.ready" "$1.release" &
	i=0
	while [ ! -e "$1.ready" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
	[ -e "$1.ready" ] || echo "# the lock holder did not start"
}
unlock() { touch "$1.release"; wait; }
# gone NAME TEXT: pass once TEXT has left the screen (bounded).
gone() {
	i=0
	while screen | grep -qF -- "$2" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	if screen | grep -qF -- "$2"; then t_fail "$1" "screen still has: $2" "$(screen)"; else t_pass "$1"; fi
}
n() { "$DOSSIER" list --query "$1" seeds | tail -n +2 | wc -l; }
start() {
	cat >run.sh <<EOF2
"$DOSSIER" --config dossier.conf seeds 2>err.txt
echo EXIT=\$?
cat err.txt
sleep 30
EOF2
	tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
	check "starts ($1)" "1/5"
	# The index is ready before the lock is taken (its builder writes the state too; on a
	# loaded machine that can take a while: bounded, ~30 s).
	i=0
	while screen | head -1 | grep -q indexing && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
}

# 1. The lock is released while the user works: everything typed meanwhile is saved.
printf 'set mark-read-dwell = 0\n' >dossier.conf
start "released"
lock a
tm send-keys -t "$S" f
check "the flag is answered at once" "Flagged: 1 article (waiting to be saved)"
check "the wait is on screen, and why" "Waiting to save flag 1 article: another process holds the state file"
check "the waiting flag shows in the list" "★"
tm send-keys -t "$S" t C-u "+busytag" Enter
check "a tag typed meanwhile is answered" "Tags changed: 1 article (waiting to be saved)"
check "both wait, in order" "(2 changes waiting)"
tm send-keys -t "$S" o
check "other keys keep working" "Sorted by title"
unlock a
gone "the wait ends once the lock goes" "Waiting to save"
tm send-keys -t "$S" Q
check "quits normally" "EXIT=0"
next_server
t_eq "the flag typed while the file was busy is saved" 1 "$(n is:flagged)"
t_eq "the tag typed while the file was busy is saved" 1 "$(n tag:busytag)"

# 2. Q while a save waits: it waits with a message, and saves once the lock goes.
start "quit waits"
lock b
tm send-keys -t "$S" j t C-u "+atquit" Enter
check "the tag waits" "Tags changed: 1 article (waiting to be saved)"
tm send-keys -t "$S" Q
check "Q says it is saving first" "Quitting once 1 change is saved: another process holds the state file"
unlock b
check "and quits once saved" "EXIT=0"
next_server
t_eq "the tag waiting at Q is saved" 1 "$(n tag:atquit)"

# 3. The lock is kept past save-wait: the failure stays until Enter, is in :messages and
#    on stderr, and nothing half-saved is in the file.
printf 'set mark-read-dwell = 0\nset save-wait = 1\n' >dossier.conf
start "kept"
lock c
tm send-keys -t "$S" j j a
check "then fails for good" "Not saved: could not archive 1 article: another process kept the state file busy"
tm send-keys -t "$S" o
check "a later key answers" "Sorted by title"
check "the failure is still on screen after it" "Not saved: could not archive 1 article"
tm send-keys -t "$S" k
check "and after another" "Not saved: could not archive 1 article"
tm send-keys -t "$S" : messages Enter
check ":messages opens the log" "Messages of this run (errors and warnings)"
check ":messages lists the failure" "Not saved: could not archive 1 article: another process kept"
tm send-keys -t "$S" q
gone "q closes the log" "Messages of this run"
check "the failure stays until acknowledged" "Enter/Esc dismisses"
tm send-keys -t "$S" Enter
gone "Enter acknowledges it" "Enter/Esc dismisses"
tm send-keys -t "$S" Q
check "quits with status 1" "EXIT=1"
check "stderr names what was not saved" "dossier: not saved: archive 1 article (could not archive 1 article: another process kept the state file busy"
unlock c
next_server
t_eq "the failed archive is not in the file" 0 "$(n is:archived)"
t_end
