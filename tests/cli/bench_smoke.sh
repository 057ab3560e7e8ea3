# tests/cli/bench_smoke.sh -- bench/run --smoke still produces every figure (no time is asserted). MIT licence.
. "$SRCDIR/tests/lib.sh"

# Everything is written under $T: SRCDIR may be read-only (distcheck).
out=$T/bench
if [ ! -f "$SRCDIR/bench/run" ]; then
	t_fail "bench/run is in the source tree" "missing $SRCDIR/bench/run"
	t_end
	exit
fi
# A machine busier than its cores (BENCH_LOADAVG stands for /proc/loadavg): every timed
# figure is marked busy, whatever the real load is.
echo "99.00 98.00 97.00 3/400 1234" >"$T/loadavg"
BENCH_LOADAVG=$T/loadavg DOSSIER=$DOSSIER BUILDDIR=$BUILDDIR BENCH_OUT=$out \
	bash "$SRCDIR/bench/run" --smoke >"$T/bench.out" 2>"$T/bench.err"
rc=$?
if [ "$rc" = 0 ]; then t_pass "bench/run --smoke exits 0"
else t_fail "bench/run --smoke exits 0" "exit status $rc" "$(tail -20 "$T/bench.err")"; fi

# Every figure the harness measures without peers, for the seeds and the 200-article corpus.
missing=""
for f in first_paint.seeds corpus_mb.200 first_paint.200 indexed.200 read_s.200 fts_mbps.200 \
	extract_mbps.200 extract_wall_mbps.200 search_p50.200 search_p99.200 ranked_p50.200 \
	ranked_p99.200 key_list_p50.200 key_list_p99.200 key_pgdn_p50.200 key_pgdn_p99.200 \
	key_filter_p50.200 key_filter_p99.200 peak_rss.200 rss_ratio.200 load_rss.200 \
	sqlite_mem.200 cli_search_p50.200 cli_search_p99.200; do
	v=$(sed -n "s/^BENCH $f=\([^ ]*\) unit=.*/\1/p" "$T/bench.out" | head -1)
	case $v in
	'') missing="$missing $f(absent)" ;;
	*[!0-9.]*|.|*.*.*) missing="$missing $f($v)" ;;
	esac
done
t_eq "every figure printed and numeric" "" "$missing"

bad=$(grep '^BENCH ' "$T/bench.out" | grep -v -E '^BENCH [a-z0-9_]+\.[a-z0-9]+=[0-9.]+ unit=[^ ]+( load=[0-9.]+)?( budget=(<=|>=)[0-9.]+)?( status=(pass|FAIL|busy))?$')
t_eq "every BENCH line is machine-readable" "" "$bad"
t_check "a time taken while busy is marked, with the load and its budget" grep -qE \
	'^BENCH first_paint\.seeds=[0-9.]+ unit=s load=99\.00 budget=<=0\.1 status=busy$' "$T/bench.out"
t_eq "no budget is counted as met or missed while busy" "budgets: 0 met, 0 missed" \
	"$(grep '^budgets: ' "$T/bench.out")"
t_eq "a size is not marked busy" "" "$(grep -E '^BENCH (corpus_mb|peak_rss)\.200=.*busy' "$T/bench.out")"
t_check "the table says how many figures were busy" grep -q '^busy: [0-9]* figures' "$T/bench.out"
if grep -q '^| figure | unit | seeds | 200 |$' "$out/RESULTS.md" 2>/dev/null &&
   grep -q '^| first paint (list drawn) | s | [0-9.]* \*busy\* |' "$out/RESULTS.md"; then
	t_pass "RESULTS.md holds the Markdown table, busy figures marked"
else
	t_fail "RESULTS.md holds the Markdown table, busy figures marked" "$(head -c 2000 "$out/RESULTS.md" 2>&1)"
fi
if grep -q '^figure ' "$T/bench.out" && grep -q '^budgets: ' "$T/bench.out"; then
	t_pass "the table is printed"
else
	t_fail "the table is printed" "$(tail -30 "$T/bench.out")"
fi
t_end
