# tests/cli/state_busy_open.sh -- a TUI launched while another process writes the state file
# for long keeps its decisions: it opens the file (no upgrade needed, so no write is) and its
# triage waits for the file, where it used to wait 15 s and then run in memory, losing
# them with exit status 0. MIT licence.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 1
if ! command -v python3 >/dev/null; then
	echo "ok 1 - python3 not installed # SKIP"; echo "1..1"
	exit 0
fi
cp -R "$SRCDIR/seeds" seeds
export DOSSIER_STATE="$T/s.db"
"$DOSSIER" tag +before --query cuba seeds >/dev/null 2>&1
# Another writer holds the file for 17 s (longer than a launch used to wait).
python3 - <<'PY' &
import sqlite3, time, os
c = sqlite3.connect(os.environ["DOSSIER_STATE"], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE article SET path = path")
open("locked", "w").close()
time.sleep(17)
c.execute("COMMIT")
PY
held=$!
i=0
while [ ! -f locked ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
[ -f locked ] && t_pass "another process holds the state file" || t_fail "another process holds the state file"
printf 't <C-u> + d u r i n g <Enter>\n:save-display busy.screen\n' >busy.keys
COLUMNS=100 LINES=20 "$DOSSIER" --config /dev/null --script busy.keys seeds >out 2>err
rc=$?
wait $held
t_eq "the launch ends well" 0 "$rc"
if grep -q "memory" busy.screen err 2>/dev/null; then
	t_fail "the session is not in memory" "$(tail -2 busy.screen)" "$(cat err)"
else
	t_pass "the session is not in memory"
fi
t_eq "the tag given while the file was busy is in the file" 1 \
	"$("$DOSSIER" list --query tag:during seeds | tail -n +2 | wc -l | tr -d ' ')"
t_eq "the tag from before is kept" 2 \
	"$("$DOSSIER" list --query tag:before seeds | tail -n +2 | wc -l | tr -d ' ')"
t_end
