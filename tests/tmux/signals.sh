# tests/tmux/signals.sh -- SIGHUP, SIGINT, SIGQUIT and a crash (SIGSEGV) in a real terminal: each
# leaves the alternate screen, turns mouse reporting off, gives the echo back and ends with the
# signal's status (SIGINT, which Ctrl-C sends, is a normal quit: 0); what was triaged before
# is in the state file. MIT licence.
. "$SRCDIR/tests/lib.sh"

tmux_setup sig
mouse_flag() { tm display-message -p -t "$S" '#{mouse_any_flag}'; }
alt_flag() { tm display-message -p -t "$S" '#{alternate_on}'; }

cat >run.sh <<EOF2
DOSSIER_STATE="\$1" "$DOSSIER" seeds
echo EXIT=\$?
stty -a | tr ' ;' '\n\n' | grep -x echo
sleep 30
EOF2
# SEGV goes to the crash handler, which restores the terminal and dies of the signal.
for sig in HUP INT QUIT SEGV; do
	case $sig in HUP) rc=129 ;; INT) rc=0 ;; QUIT) rc=131 ;; SEGV) rc=139 ;; esac
	tm new-session -d -s "$S" -x 100 -y 30 "sh run.sh $T/state-$sig.db"
	check "$sig: starts" "seeds · 1/5"
	tm send-keys -t "$S" f
	check "$sig: a flag is set first" "Flagged: 1 article"
	t_eq "$sig: the screen is the alternate one while running" 1 "$(alt_flag)"
	kill -s "$sig" "$(pgrep -P "$(tm list-panes -t "$S" -F '#{pane_pid}')")"
	check "$sig: exits with status $rc" "EXIT=$rc"
	check "$sig: echo is back" "echo"
	t_eq "$sig: the alternate screen is left" 0 "$(alt_flag)"
	t_eq "$sig: mouse reporting is off" 0 "$(mouse_flag)"
	next_server
	t_eq "$sig: the flag set before the signal is in the state" 1 \
		"$(DOSSIER_STATE="$T/state-$sig.db" "$DOSSIER" list --query is:flagged seeds |
		   tail -n +2 | wc -l)"
done

# CLI output into a pipe that closes early (head): no message, no hang.
mkdir many
for i in $(seq 1 3000); do printf 'Title %s\n\nBody of %s.\n' "$i" "$i" >"many/$i.txt"; done
for cmd in list mentions entities; do
	{ "$DOSSIER" "$cmd" many 2>"$cmd.err"; echo $? >"$cmd.rc"; } | head -1 >/dev/null
	rc=$(cat "$cmd.rc")
	case $rc in 0|141) t_pass "$cmd | head: quiet exit ($rc)" ;; *) t_fail "$cmd | head: quiet exit" "status $rc" ;; esac
	t_eq "$cmd | head: nothing on stderr" "" "$(cat "$cmd.err")"
done
t_end
