# tests/cli/state_share.sh -- two TUIs (script mode) and two CLI writers share one state file
# on 3,000 articles for hundreds of rounds: every tag from every side is kept, the file is
# sound. MIT licence. Issue 14 (test c): before the fix a TUI's build thread dropped its own
# locks, and a command closing meanwhile deleted the log under it.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 1
if ! command -v python3 >/dev/null; then
	echo "ok 1 - python3 not installed # SKIP"; echo "1..1"
	exit 0
fi
export DOSSIER_STATE="$T/s.db" COLUMNS=100 LINES=30
# 3,000 short articles in 30 folders; grpK names one in twenty.
awk 'BEGIN { for (i = 0; i < 3000; i++) { d = sprintf("c/b%02d", i % 30)
	if (i < 30) system("mkdir -p " d)
	f = sprintf("%s/a%04d.txt", d, i)
	printf "Report number %d on group grp%d\n\nThe council of district %d met about grp%d and the budget.\n", i, i % 20, i, i % 20 > f
	close(f) } }'

LAUNCHES=8	# per TUI lane
ROUNDS=25	# tags per TUI launch
CLI=80		# tag commands per CLI lane
# keys LANE LAUNCH: a script tagging ROUNDS articles, one after the other.
keys() {
	r=1
	while [ $r -le $ROUNDS ]; do
		echo "t <C-u> + $(echo "$1$2x$r" | sed 's/./& /g')<Enter> j"
		r=$((r + 1))
	done
}
# tui LANE: LAUNCHES script-mode sessions in a row.
tui() {
	l=1
	while [ $l -le $LAUNCHES ]; do
		keys "$1" "$l" >"$1-$l.keys"
		"$DOSSIER" --config /dev/null --script "$1-$l.keys" c >"$1-$l.out" 2>&1 || echo "launch $l failed" >>"$1.err"
		l=$((l + 1))
	done
}
# cli LANE: CLI tag commands, each tagging the articles of one group.
cli() {
	k=1
	while [ $k -le $CLI ]; do
		"$DOSSIER" tag "+$1x$k" --query "grp$((k % 20))" c >>"$1.out" 2>&1 || echo "command $k failed" >>"$1.err"
		k=$((k + 1))
	done
}
tui ta & p1=$!
tui tb & p2=$!
cli ca & p3=$!
cli cb & p4=$!
wait $p1 $p2 $p3 $p4
for lane in ta tb ca cb; do
	if [ -s "$lane.err" ]; then t_fail "lane $lane: every launch and command succeeded" "$(cat "$lane.err")" "$(cat "$lane"*.out | grep -v " articles changed (" | head -20)"
	else t_pass "lane $lane: every launch and command succeeded"; fi
done

"$DOSSIER" export --format=json c >export.json 2>export.err
python3 - "$LAUNCHES" "$ROUNDS" "$CLI" >check.out 2>&1 <<'PY'
import json, sys
launches, rounds, cli = map(int, sys.argv[1:4])
data = json.load(open("export.json"))
arts = data["articles"] if isinstance(data, dict) else data
tags = {}
for a in arts:
    for t in a.get("tags", []):
        tags[t] = tags.get(t, 0) + 1
missing = []
for lane in ("ta", "tb"):
    for l in range(1, launches + 1):
        for r in range(1, rounds + 1):
            if tags.get("%s%dx%d" % (lane, l, r), 0) != 1:
                missing.append("%s%dx%d" % (lane, l, r))
for lane in ("ca", "cb"):
    for k in range(1, cli + 1):
        if tags.get("%sx%d" % (lane, k), 0) != 150:
            missing.append("%sx%d:%d" % (lane, k, tags.get("%sx%d" % (lane, k), 0)))
print("missing %d" % len(missing), " ".join(missing[:20]))
PY
t_eq "every tag of both TUIs and both commands is in the file" "missing 0" "$(cut -d' ' -f1-2 check.out)"
grep -q '^missing 0' check.out || sed 's/^/#   /' check.out | head -5
ic=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$T/s.db")
t_eq "PRAGMA integrity_check" ok "$ic"
t_end
