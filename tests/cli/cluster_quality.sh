# tests/cli/cluster_quality.sh -- bench/cluster_quality --smoke still runs and the story
# clusters keep their quality on its generated set (300 articles, 30 stories retold with
# cut paragraphs, new headlines, boilerplate, reworded quotes; follow-ups kept apart).
# Deterministic: the set depends only on the seed; no time is measured. MIT licence.
. "$SRCDIR/tests/lib.sh"

if ! command -v python3 >/dev/null || ! command -v "${CC:-cc}" >/dev/null; then
	echo "ok 1 - python3 or cc not installed # SKIP"; echo "1..1"
	exit 0
fi
DOSSIER=$DOSSIER python3 "$SRCDIR/bench/cluster_quality" --smoke --out "$T/q" >"$T/q.out" 2>"$T/q.err"
rc=$?
if [ "$rc" = 0 ]; then t_pass "bench/cluster_quality --smoke exits 0"
else t_fail "bench/cluster_quality --smoke exits 0" "exit status $rc" "$(tail -c 500 "$T/q.err")"; fi
p=$(sed -n 's/^BENCH cluster_precision\.300=\([0-9.]*\) unit=ratio$/\1/p' "$T/q.out")
r=$(sed -n 's/^BENCH cluster_recall\.300=\([0-9.]*\) unit=ratio$/\1/p' "$T/q.out")
t_check "pair precision at least 0.98 (was $p)" awk -v v="$p" 'BEGIN { exit !(v != "" && v >= 0.98) }'
t_check "pair recall at least 0.95 (was $r)" awk -v v="$r" 'BEGIN { exit !(v != "" && v >= 0.95) }'
t_check "no follow-up joins the story it quotes" grep -q '^follow-ups joined to a cluster: 0 of ' "$T/q.out"
t_end
