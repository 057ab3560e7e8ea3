# tests/tmux/tagname.sh -- the TUI's tag prompt refuses names with bidi or zero-width
# characters, as the CLI and import do (one rule, state_tag_invalid()). MIT licence.
. "$SRCDIR/tests/lib.sh"

tmux_setup tagname
cat >run.sh <<EOF2
DOSSIER_STATE="$T/state.db" "$DOSSIER" --config /dev/null seeds
echo EXIT=\$?
sleep 30
EOF2
tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
check "the list is on screen" "seeds · 1/5"
for t in bidi:'\342\200\256' zero-width:'\342\200\213' word-joiner:'\342\201\240'; do
	tm send-keys -t "$S" t
	check "the tag prompt opens (${t%%:*})" "Tags (+add -remove)"
	tm send-keys -t "$S" -l -- "bad$(printf "${t#*:}")name"
	tm send-keys -t "$S" Enter
	check "a tag with ${t%%:*} is refused in the TUI" "a tag name cannot contain"
done
tm send-keys -t "$S" t
tm send-keys -t "$S" -l -- "fine"
tm send-keys -t "$S" Enter
check "a plain tag is taken" "Tags changed"
tm send-keys -t "$S" Q
check "quits" "EXIT=0"
tags=$(DOSSIER_STATE="$T/state.db" "$DOSSIER" export --format=json seeds |
	python3 -c 'import json,sys; print(" ".join(t for a in json.load(sys.stdin)["articles"] for t in a["tags"]))')
t_eq "only the plain tag was stored" "fine" "$tags"
tm kill-server 2>/dev/null
t_end
