# tests/tmux/extern.sh -- :! and v hand the real terminal to a child and take it back: the
# screen is restored, a resize while the child ran is picked up, Ctrl-Z in the child stops
# both and fg resumes them. MIT licence. Waits poll the screen for text (bounded tries).
. "$SRCDIR/tests/lib.sh"

tmux_setup extern bash
# A pager that shows its arguments and waits for a line, like a real one waits for q.
cat >pager <<'EOF'
#!/bin/sh
echo "PAGER-ARGS: $*"
read -r line
EOF
chmod +x pager
# Characters on the top row (its rule spans the whole width); wc -m counts the newline.
width() { echo $(($(screen | head -1 | wc -m) - 1)); }

tm new-session -d -s "$S" -x 100 -y 30 "bash --norc --noprofile -i"
tm send-keys -t "$S" "PS1='prompt\$ '; PAGER='$T/pager' \"$DOSSIER\" --no-state seeds" Enter
check "starts" "seeds · 1/5"
tm send-keys -t "$S" ':!echo shell-$((6*7))' Enter
check ":! shows the command's output" "shell-42"
check ":! waits for Enter" "Press Enter to return to dossier"
tm resize-window -t "$S" -x 120 -y 35
tm send-keys -t "$S" Enter
check "the screen is back after :!" "seeds · 1/5"
check "the status line reports the command" 'Ran "echo shell-$((6*7))"'
if wait_for "Entities (article)" && [ "$(width)" = 120 ]; then
	t_pass "a resize while the child ran is picked up"
else
	t_fail "a resize while the child ran is picked up" "width $(width)" "$(screen)"
fi
tm send-keys -t "$S" v
check "v runs \$PAGER on the absolute path" "PAGER-ARGS: $T/seeds/0"
tm send-keys -t "$S" C-z
check "Ctrl-Z in the pager stops the job" "Stopped"
tm send-keys -t "$S" "fg" Enter
# bash echoes the job's command line when it resumes it; an Enter sent before that can be
# read ahead by readline with the "fg" and never reach the pager.
i=0
while [ $i -lt 100 ] && ! screen | grep -q "^PAGER="; do sleep 0.1; i=$((i + 1)); done
tm send-keys -t "$S" Enter
check "fg and Enter: the pager ends and the screen is back" "Entities (article)"
tm send-keys -t "$S" j
check "keys work after the pager" "seeds · 2/5"
tm send-keys -t "$S" Q
tm send-keys -t "$S" 'echo EXIT=$?' Enter
check "Q quits with status 0" "EXIT=0"
check_cooked
tm kill-server 2>/dev/null
t_end
