# tests/tmux/state_share.sh -- a TUI and CLI commands share one state file: nothing is lost.
# MIT licence. Issue 14: the TUI's build thread once checked the file with open()/close(),
# which dropped the TUI's locks; the next command to close then deleted the -wal file under
# the running TUI, whose tags went into a deleted log (lost on quit or kill -9). Waits poll
# the screen; nothing asserts on how long anything takes.
. "$SRCDIR/tests/lib.sh"

tmux_setup stshare python3
export DOSSIER_STATE="$T/s.db"
# integrity FILE: PRAGMA integrity_check's answer, through Python's sqlite3 (not dossier's).
integrity() {
	python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$1"
}
# count QUERY: the articles the CLI lists for QUERY.
count() { "$DOSSIER" list --query "$1" seeds | tail -n +2 | wc -l; }

cat >run.sh <<EOF2
"$DOSSIER" seeds
echo EXIT=\$?
sleep 30
EOF2

# (a) TUI and CLI writers interleaved, then quit.
tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
check "the TUI starts" "seeds · 1/5"
check "the TUI has indexed" "PLACE"
"$DOSSIER" tag +cli1 --query xi seeds >/dev/null 2>&1
if [ -e "$T/s.db-wal" ]; then t_pass "the -wal file is there while the TUI runs (after a command closed)"
else t_fail "the -wal file is there while the TUI runs (after a command closed)" "$(ls "$T")"; fi
tm send-keys -t "$S" t C-u "+tui1" Enter
check "the TUI tags" "Tags changed: 1 article"
tm send-keys -t "$S" f
check "the TUI flags" "Flagged: 1 article"
"$DOSSIER" tag +cli2 --query maduro seeds >/dev/null 2>&1
t_eq "a command sees the TUI's tag while it runs" 1 "$(count tag:tui1)"
t_eq "a command sees the TUI's flag while it runs" 1 "$(count is:flagged)"
tm send-keys -t "$S" Q
check "the TUI quits" "EXIT=0"
t_eq "after quitting: the first command's tag" 2 "$(count tag:cli1)"
t_eq "after quitting: the second command's tag" 4 "$(count tag:cli2)"
t_eq "after quitting: the TUI's tag" 1 "$(count tag:tui1)"
t_eq "after quitting: the TUI's flag" 1 "$(count is:flagged)"
t_eq "integrity_check after quitting" ok "$(integrity "$T/s.db")"
tm kill-server 2>/dev/null

# (b) The same with kill -9 of the TUI: everything it said it saved is there.
next_server
rm -f "$T"/s.db*
tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
check "the TUI starts again" "seeds · 1/5"
check "the TUI has indexed again" "PLACE"
"$DOSSIER" tag +cli3 --query xi seeds >/dev/null 2>&1
tm send-keys -t "$S" t C-u "+tui2" Enter
check "the TUI tags again" "Tags changed: 1 article"
"$DOSSIER" tag +cli4 --query maduro seeds >/dev/null 2>&1
tm send-keys -t "$S" f
check "the TUI flags again" "Flagged: 1 article"
pid=$(pgrep -P "$(tm list-panes -t "$S" -F '#{pane_pid}')")
kill -9 "$pid"
check "killed" "EXIT=137"
tm kill-server 2>/dev/null
t_eq "after kill -9: the TUI's tag" 1 "$(count tag:tui2)"
t_eq "after kill -9: the TUI's flag" 1 "$(count is:flagged)"
t_eq "after kill -9: the commands' tags" "2 4" "$(count tag:cli3) $(count tag:cli4)"
t_eq "integrity_check after kill -9" ok "$(integrity "$T/s.db")"
t_end
