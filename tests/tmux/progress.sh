# tests/tmux/progress.sh -- a command that reads and indexes a corpus shows one progress
# line on stderr when stderr is a terminal (rewritten with \r, erased at the end), and
# nothing when it is not. DOSSIER_PROGRESS_DELAY=0 shows it at once (default: after a
# second). MIT licence.
. "$SRCDIR/tests/lib.sh"

tmux_setup progress
talks_corpus talks

cat >run.sh <<EOF2
DOSSIER_PROGRESS_DELAY=0 "$DOSSIER" --no-state entities talks >ents.out
echo "EXIT=\$?"
EOF2
tm new-session -d -s "$S" -x 100 -y 30 "sleep 0.5; sh run.sh; sleep 30"
tm pipe-pane -t "$S" -o "cat >>$T/pane.raw"
# A cold build that also writes the persistent index takes a while under the sanitizers:
# wait up to a minute for the end (a bound, not a timing).
i=0
while [ $i -lt 600 ] && ! screen | grep -qF "EXIT="; do sleep 0.1; i=$((i + 1)); done
check "the command ends" "EXIT=0"
raw=$(cat pane.raw)
case $raw in
*"dossier: "*" files read"*) t_pass "the terminal got a progress line" ;;
*) t_fail "the terminal got a progress line" "$(cat -v pane.raw | head -c 2000)" ;;
esac
case $raw in
*"indexing ("*"%)"*|*"6000 indexed, extracting entities"*) t_pass "it counts the work done" ;;
*) t_fail "it counts the work done" "$(cat -v pane.raw | head -c 2000)" ;;
esac
t_eq "the line is rewritten in place (no newline inside it)" 0 \
	"$(tr '\r' '\n' <pane.raw | grep -c 'files read.*EXIT')"
t_eq "the line is erased before the command ends" "" \
	"$(screen | grep 'files read')"
t_check "the answer is on stdout as without a terminal" grep -q "Vladimir Putin" ents.out

# An update of the persistent index (a file added since it was written) says so, with
# the share of its steps done, instead of "0 of N indexed" for the whole of it.
"$DOSSIER" --no-state --cache "$T/ix.db" list talks >/dev/null 2>&1
printf 'Added later\n\nThe minister met the mayor.\n' >talks/zz-added.txt
: >pane.raw
cat >run2.sh <<EOF2
DOSSIER_PROGRESS_DELAY=0 "$DOSSIER" --no-state --cache "$T/ix.db" entities talks >ents3.out
echo "EXIT2=\$?"
EOF2
# The new session before the old one goes: killing the server's only session ends the
# server, and a session started while it shuts down could be lost (seen once under load).
tm new-session -d -s upd -x 100 -y 30 "sleep 0.5; sh run2.sh; sleep 30"
tm kill-session -t "$S"
tm rename-session -t upd "$S"
tm pipe-pane -t "$S" -o "cat >>$T/pane.raw"
i=0
while [ $i -lt 600 ] && ! screen | grep -qF "EXIT2="; do sleep 0.1; i=$((i + 1)); done
check "the update ends" "EXIT2=0"
case $(cat pane.raw) in
*"updating the index ("*"%)"*) t_pass "an update says it is updating the index" ;;
*) t_fail "an update says it is updating the index" "$(cat -v pane.raw | head -c 2000)" ;;
esac
rm -f talks/zz-added.txt

# Not a terminal: not a byte of it, even with no delay.
DOSSIER_PROGRESS_DELAY=0 "$DOSSIER" --no-state entities talks >ents2.out 2>err
t_eq "stderr not a terminal: nothing written" "" "$(cat err)"
t_eq "stderr not a terminal: the same answer" "$(cat ents.out)" "$(cat ents2.out)"
t_end
