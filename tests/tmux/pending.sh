# tests/tmux/pending.sh -- a filter accepted with Enter while the index is still being built
# applies by itself once the index is ready (it is not dropped, and nobody has to press Enter
# again). MIT licence. Nothing here asserts on timing: when the index is already ready at
# Enter, the filter simply applies at once and the final checks hold the same.
. "$SRCDIR/tests/lib.sh"

tmux_setup pending
# 6000 articles: enough that indexing usually outlasts the keys below.
talks_corpus many
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
