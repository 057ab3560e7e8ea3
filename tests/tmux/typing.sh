# tests/tmux/typing.sh -- the live filter in a real terminal: keys typed while a query runs
# stop it and are never lost; once typing pauses the list matches the whole text typed. MIT
# licence. Nothing here asserts on timing: whether a given key stopped a query depends on
# the machine, but the end state must be the same either way.
. "$SRCDIR/tests/lib.sh"

tmux_setup typing
# 6000 articles, one in three with a zeppelin, one in five with a balloon.
talks_corpus many
cat >run.sh <<EOF2
"$DOSSIER" --no-state --config /dev/null many
echo EXIT=\$?
sleep 30
EOF2
tm new-session -d -s "$S" -x 100 -y 24 "sh run.sh"
check "the list is on screen" "Report 0 on the talks"
# Wait for the index (the title bar says "indexing" until then).
i=0
while screen | head -1 | grep -q indexing && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done

# Keys in bursts around the debounce (40 ms): some land while a query runs.
tm send-keys -t "$S" /
for w in s a n c '*' ' ' z e p p '*' ' ' -b a l l o o n; do
	tm send-keys -t "$S" -l -- "$w"
	sleep 0.03
done
check "every key reached the prompt" "sanc* zepp* -balloon"
# zeppelin and not balloon: i % 3 == 0 and i % 5 != 0, 1600 of 6000.
check "the list matches the whole text once typing pauses" "1600 articles match"
tm send-keys -t "$S" BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
tm send-keys -t "$S" -l -- "-gas"
check "edits while the list is filtered" "sanc* zepp* -gas"
check "and the list follows them" "2000 articles match"
tm send-keys -t "$S" Enter
check "Enter keeps the filter" "Filter: sanc* zepp* -gas · 2000 articles"
tm send-keys -t "$S" Q
check "quits" "EXIT=0"
t_end
