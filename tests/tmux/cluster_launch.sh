# tests/tmux/cluster_launch.sh -- at launch in a real terminal the story clusters arrive
# after the first paint; before any key the list folds with its first row selected and
# opened (the story's head), not unfolded around the article the launch happened to open.
# MIT licence.
. "$SRCDIR/tests/lib.sh"

tmux_setup cluster_launch
cp -R "$SRCDIR/tests/screen/corpus-story" story

tm new-session -d -s "$S" -x 100 -y 30 "\"$DOSSIER\" --no-state --no-color story; sleep 30"
check "the story folds into one row" "+1 Grape harvest starts two weeks early"
row=$(screen | grep -F "Grape harvest starts")
case $row in
"▶"*) t_pass "its row is selected" ;;
*) t_fail "its row is selected" "$(screen)" ;;
esac
t_eq "no version is unfolded" "" "$(screen | grep -F '└')"
check "the reader shows the story's head" "AFP · 2026-02-02"
check "and where else it ran" "also in: Agrar News"
tm send-keys -t "$S" Q
t_end
