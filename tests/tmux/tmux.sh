# tests/tmux/tmux.sh -- the real binary in a real terminal (tmux): keys, resize, quit, signals.
# MIT licence. Waits poll the screen for expected text (a bounded number of tries); nothing
# here asserts on how long anything takes.
. "$SRCDIR/tests/lib.sh"

tmux_setup test

# The program runs under a small shell wrapper that reports how it ended.
cat >run.sh <<EOF2
"$DOSSIER" seeds
echo EXIT=\$?
stty -a | tr ' ;' '\n\n' | grep -x echo
sleep 30
EOF2
tm new-session -d -s "$S" -x 120 -y 40 "sh run.sh"
check "starts with the source list" "seeds · 1/5"
check "reader shows the first article" "Putin and Xi also"
tm send-keys -t "$S" j j Enter
check "Enter opens the third article" "Anadolu Agency · 2026-01-21"
tm resize-window -t "$S" -x 80 -y 24
check "resize to 80x24 keeps the selection" "seeds · 3/5"
tm resize-window -t "$S" -x 30 -y 8
check "too small below 40x10, said so that it fits" "too small: 40x10 needed"
tm resize-window -t "$S" -x 200 -y 60
check "grows back with the selection" "seeds · 3/5"
tm send-keys -t "$S" '?'
check "help screen" "Help: keys"
tm send-keys -t "$S" q Q
check "Q quits with status 0" "EXIT=0"
next_server

tm new-session -d -s "$S" -x 100 -y 30 "sh run.sh"
check "second run starts" "seeds · 1/5"
pid=$(tm list-panes -t "$S" -F '#{pane_pid}')
kill -TERM $(pgrep -P "$pid") 2>/dev/null
check "SIGTERM leaves the screen and exits" "EXIT=143"
check "SIGTERM restores echo" "echo"
tm kill-server 2>/dev/null
t_end
