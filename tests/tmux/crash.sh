# tests/tmux/crash.sh -- kill -9 right after triage keys in a real terminal: nothing shown is lost.
# MIT licence. Waits poll the screen for text; nothing asserts on how long anything takes.
. "$SRCDIR/tests/lib.sh"

tmux_setup crash
export DOSSIER_STATE="$T/state.db"

cat >run.sh <<EOF2
"$DOSSIER" seeds
echo EXIT=\$?
sleep 30
EOF2
tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
check "starts" "seeds · 1/5"
# Flag the first article (the cursor then moves on), tag the second.
tm send-keys -t "$S" f
check "flag shown" "Flagged: 1 article"
tm send-keys -t "$S" t C-u "+urgent" Enter
check "tag shown" "Tags changed: 1 article"
pid=$(pgrep -P "$(tm list-panes -t "$S" -F '#{pane_pid}')")
kill -9 "$pid"
check "killed" "EXIT=137"
tm kill-server 2>/dev/null
t_eq "the flag survived kill -9" 1 "$("$DOSSIER" list --query is:flagged seeds | tail -n +2 | wc -l)"
t_eq "the tag survived kill -9" 1 "$("$DOSSIER" list --query tag:urgent seeds | tail -n +2 | wc -l)"
t_eq "flag and tag are on different articles" 0 "$("$DOSSIER" list --query 'is:flagged tag:urgent' seeds | tail -n +2 | wc -l)"
t_end
