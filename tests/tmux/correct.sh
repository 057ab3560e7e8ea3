# tests/tmux/correct.sh -- corrections made by keys in a real terminal are in the state file
# after Q and after kill -9; one made while another process holds the file says it failed.
# MIT licence. Waits poll the screen for text; nothing asserts on how long anything takes.
. "$SRCDIR/tests/lib.sh"

tmux_setup correct python3
export DOSSIER_STATE="$T/state.db"

start() {
	cat >run.sh <<EOF2
"$DOSSIER" seeds
echo EXIT=\$?
sleep 30
EOF2
	tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
	check "starts ($1)" "seeds · 1/5"
	# Corrections wait for the index (and its prefix table): bounded, ~30 s.
	i=0
	while screen | head -1 | grep -q indexing && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
}
corrections() { "$DOSSIER" corrections seeds | tail -n +2; }

# 1. kill -9 right after a hide and a star: both are in the file.
start "kill -9"
tm send-keys -t "$S" 3
check "sidebar" "Entities (article)"
tm send-keys -t "$S" H
check "hide shown" "Hidden: "
tm send-keys -t "$S" '*'
check "star shown" "Watching "
pid=$(pgrep -P "$(tm list-panes -t "$S" -F '#{pane_pid}')")
kill -9 "$pid"
check "killed" "EXIT=137"
tm kill-server 2>/dev/null
t_eq "the hide survived kill -9" 1 "$(corrections | grep -c '	hide	')"
t_eq "the star survived kill -9" 1 "$("$DOSSIER" export --format=json seeds |
	python3 -c 'import json, sys; print(len(json.load(sys.stdin)["watched"]))')"

# 2. A rename, then Q: in the file, and the entities say so.
next_server
start "Q"
tm send-keys -t "$S" 3
check "sidebar again" "Entities (article)"
tm send-keys -t "$S" C C-u "Renamed By Keys" Enter
check "rename shown" "Renamed "
tm send-keys -t "$S" Q
check "quit" "EXIT=0"
tm kill-server 2>/dev/null
t_eq "the rename is in the file" 1 "$(corrections | grep -c '	rename	')"
t_eq "the entities show the new name" 1 "$("$DOSSIER" entities seeds | grep -c 'Renamed By Keys')"

# 3. Another process holds the write lock: the correction fails with a message, the
# screen keeps answering, and nothing half-made is in the file.
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
next_server
start "busy"
tm send-keys -t "$S" 3
check "sidebar, busy" "Entities (article)"
python3 hold.py "$DOSSIER_STATE" held release &
i=0
while [ ! -e held ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
tm send-keys -t "$S" H
check "the failure is said" "Correction not saved"
tm send-keys -t "$S" j
check "keys still answered" "entity 2/"
touch release
wait
tm send-keys -t "$S" Q
check "quit, busy" "EXIT=0"
tm kill-server 2>/dev/null
t_eq "no third correction" 2 "$(corrections | grep -c .)"
t_end
