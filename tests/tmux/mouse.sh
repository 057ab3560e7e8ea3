# tests/tmux/mouse.sh -- the real mouse path in a real terminal (tmux): the program turns
# mouse reporting on, a click (X10 bytes as the terminal sends them) selects a list row,
# the wheel scrolls the reader under the pointer, quitting turns reporting off, and
# `set mouse = no` never turns it on. MIT licence. Waits poll the screen.
. "$SRCDIR/tests/lib.sh"

tmux_setup mouse
export DOSSIER_STATE="$T/state.db"
# X10 mouse report: ESC [ M, then 32+button, 33+column, 33+row (0-based cells).
x10() { printf '\033[M%b%b%b' "\\$(printf '%03o' $((32 + $1)))" \
	"\\$(printf '%03o' $((33 + $2)))" "\\$(printf '%03o' $((33 + $3)))"; }
# click COL ROW: press and release of the first button.
click() { tm send-keys -t "$S" -l "$(x10 0 "$1" "$2")$(x10 3 "$1" "$2")"; }
mouse_flag() { tm display-message -p -t "$S" '#{mouse_any_flag}'; }

# No dwell: only an explicit open marks read here, so the unread count shows what the
# wheel did (nothing).
printf 'set mouse = yes\nset mark-read-dwell = 0\n' >on.config
printf 'set mouse = no\n' >off.config
cat >run.sh <<EOF2
"$DOSSIER" --config "\$1" seeds
echo EXIT=\$?
sleep 30
EOF2

tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh on.config"
check "starts" "seeds · 1/5"
t_eq "mouse reporting is on" 1 "$(mouse_flag)"
click 5 3
check "a click selects the third row" "seeds · 3/5"
check "and shows it in the reader" "Anadolu Agency · 2026-01-21"
# Three notches of the wheel (button 64+1: down) over the reader, the list focused.
for i in 1 2 3; do tm send-keys -t "$S" -l "$(x10 65 60 10)"; done
check "the wheel scrolls the reader (9 lines)" "Volk further said that the minister"
check "the list keeps its row and its unread count" "seeds · 3/5 · unread 5"
tm send-keys -t "$S" Q
check "quits" "EXIT=0"
t_eq "mouse reporting is off after quitting" 0 "$(mouse_flag)"
next_server

tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh off.config"
check "set mouse = no: starts" "seeds · 1/5"
t_eq "set mouse = no: reporting stays off" 0 "$(mouse_flag)"
tm send-keys -t "$S" Q
check "quits" "EXIT=0"
tm kill-server 2>/dev/null
t_end
