# tests/tmux/pending.sh -- a filter accepted with Enter while the index is still being built
# applies by itself once the index is ready (it is not dropped, and nobody has to press Enter
# again). MIT licence. Nothing here asserts on timing: when the index is already ready at
# Enter, the filter simply applies at once and the final checks hold the same.
. "$SRCDIR/tests/lib.sh"

tmux_setup pending
mkdir many
# 6000 articles of about 2 KB: enough that indexing usually outlasts the keys below.
awk 'BEGIN {
	p = "Officials in Moscow and Kyiv met Vladimir Putin and Emmanuel Macron on 3 March 2026 to discuss grain exports, sanctions and the ceasefire. "
	for (i = 0; i < 6000; i++) {
		f = "many/a" i ".txt"
		printf "Report %d on the talks\n\n", i > f
		for (k = 0; k < 14; k++) printf "%s", p > f
		printf "%s\n", (i % 3 == 0 ? "A zeppelin was seen." : "Nothing else.") > f
		close(f)
	}
}'
cat >run.sh <<EOF2
"$DOSSIER" --no-state many
echo EXIT=\$?
sleep 30
EOF2
tm new-session -d -s "$S" -x 100 -y 24 "sh run.sh"
check "the list is on screen" "Report 0 on the talks"
tm send-keys -t "$S" / zeppelin Enter
# Which path this run took, for the log (not asserted: it depends on the machine's speed).
if screen | grep -q "indexing"; then echo "# Enter came while indexing"; else echo "# the index was ready at Enter"; fi
check "the filter applies once the index is ready" "2000 articles"
check "the filter prompt is closed and the filter kept" "Filter: zeppelin"
tm send-keys -t "$S" Q
check "quits" "EXIT=0"
t_end
