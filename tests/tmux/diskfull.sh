# tests/tmux/diskfull.sh -- the disk fills up while tagging (RLIMIT_FSIZE put on the running
# process with prlimit): the user is told, nothing reported as done is lost, the state file
# stays consistent, and saving works again once there is room. MIT licence.
. "$SRCDIR/tests/lib.sh"

tmux_setup full prlimit
export DOSSIER_STATE="$T/state.db"

# No mark-read timer: only the keys below write to the state.
printf 'set mark-read-dwell = 0\n' >dossier.conf
cat >run.sh <<EOF2
"$DOSSIER" --config dossier.conf seeds
echo EXIT=\$?
sleep 30
EOF2
tm new-session -d -s "$S" -x 120 -y 30 "sh run.sh"
check "starts" "seeds · 1/5"
tm send-keys -t "$S" t C-u "+before" Enter
check "a tag is saved while there is room" "Tags changed: 1 article"
pid=$(pgrep -P "$(tm list-panes -t "$S" -F '#{pane_pid}')")
# From now on no file of this process may grow: the state's writes fail as on a full disk.
prlimit --pid "$pid" --fsize=1:unlimited
tm send-keys -t "$S" f
check "a flag that cannot be written is reported" "Not saved: could not flag 1 article"
tm send-keys -t "$S" t C-u "+lost" Enter
check "a tag that cannot be written is reported" "Not saved: could not tag +lost 1 article"
if screen | grep -q '★'; then t_fail "the unsaved flag is not shown as set" "$(screen)"; else t_pass "the unsaved flag is not shown as set"; fi
prlimit --pid "$pid" --fsize=unlimited:unlimited
tm send-keys -t "$S" t C-u "+after" Enter
check "saving works again once there is room" "Tags changed: 1 article"
tm send-keys -t "$S" Q
# What was never saved is named on stderr once the terminal is back, and the status says so.
check "quits with status 1" "EXIT=1"
check "stderr names the flag not saved" "dossier: not saved: flag 1 article (could not flag 1 article"
check "stderr names the tag not saved" "dossier: not saved: tag +lost 1 article"
tm kill-server 2>/dev/null
n() { "$DOSSIER" list --query "$1" seeds | tail -n +2 | wc -l; }
t_eq "the tag saved before the disk filled is there" 1 "$(n tag:before)"
t_eq "the tag saved after is there" 1 "$(n tag:after)"
t_eq "the refused flag is not in the state" 0 "$(n is:flagged)"
t_eq "the refused tag is not in the state" 0 "$(n tag:lost)"
"$DOSSIER" export --format=json seeds >export.json 2>export.err; rc=$?
t_eq "the state file still reads cleanly" "0:" "$rc:$(cat export.err)"
t_end
