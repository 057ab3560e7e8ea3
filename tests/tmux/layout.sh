# tests/tmux/layout.sh -- set layout = auto across its threshold in a real terminal: rows
# (the list over the reader) below layout-threshold columns, columns from it, and back,
# keeping the selection and the filter's Limit: line; L and Z on the way. MIT licence.
# Waits poll the screen (a bounded number of tries); nothing asserts on time.
. "$SRCDIR/tests/lib.sh"

tmux_setup layout
export DOSSIER_STATE="$T/state.db"
cat >run.sh <<EOF2
"$DOSSIER" --config /dev/null seeds
echo EXIT=\$?
sleep 30
EOF2
# The top row: the panes' headers. Columns put a join (┬) between them; rows do not, and
# have the reader's header further down.
top_joins() { screen | head -1 | grep -o '┬' | wc -l; }
# wait_joins N: poll until the top row has N joins.
wait_joins() {
	i=0
	while [ $i -lt 100 ]; do
		[ "$(top_joins)" -eq "$1" ] && return 0
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
check_joins() { if wait_joins "$2"; then t_pass "$1"; else t_fail "$1" "$(screen)"; fi; }

tm new-session -d -s "$S" -x 159 -y 40 "sh run.sh"
check "starts" "seeds · 1/5"
check_joins "159 columns (under the threshold of 160): rows, no join on the top row" 0
t_eq "rows: the list is full width (the source column beside the title)" 1 \
	"$(screen | sed -n 4p | grep -c 'Anadolu Agency')"
tm send-keys -t "$S" j j / c u b a Enter
check "a filter shows on the Limit: line" "Limit: cuba · 2 of 5 shown"
tm resize-window -t "$S" -x 160 -y 40
check_joins "160 columns: columns, list | reader | sidebar" 2
check "the selection is kept across the change" "seeds · 2/2 of 5"
check "and the Limit: line" "Limit: cuba · 2 of 5 shown"
tm resize-window -t "$S" -x 120 -y 40
check_joins "back under the threshold: rows again" 0
check "the selection is still kept" "seeds · 2/2 of 5"
tm send-keys -t "$S" L
check_joins "L: columns at 120" 2
tm send-keys -t "$S" Z
check_joins "Z: the list alone" 0
check "Z says how to come back" "Z shows every pane again"
tm send-keys -t "$S" Z L L
check "L L: back to auto" "Layout: auto (rows at 120 columns; columns from 160)"
check_joins "auto at 120: rows" 0
tm send-keys -t "$S" Q
check "quits" "EXIT=0"
tm kill-server 2>/dev/null
t_end
