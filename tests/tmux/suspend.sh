# tests/tmux/suspend.sh -- Ctrl-Z suspends to the shell, fg redraws, Q leaves a sane terminal.
# MIT licence. Waits poll the screen for text; nothing asserts on how long anything takes.
. "$SRCDIR/tests/lib.sh"

tmux_setup suspend bash
# An interactive shell, for job control (Ctrl-Z and fg).
tm new-session -d -s "$S" -x 100 -y 30 "bash --norc --noprofile -i"
tm send-keys -t "$S" "PS1='prompt\$ '; \"$DOSSIER\" --no-state seeds" Enter
check "starts" "seeds · 1/5"
tm send-keys -t "$S" C-z
check "Ctrl-Z stops it and the shell is back" "Stopped"
tm send-keys -t "$S" "fg" Enter
check "fg redraws the screen" "Entities (article)"
tm send-keys -t "$S" j
check "keys work after fg" "seeds · 2/5"
tm send-keys -t "$S" Q
check_cooked
tm kill-server 2>/dev/null
t_end
