# tests/cli/bench_smoke.sh -- bench/run --smoke still produces every figure (no time is asserted). MIT licence.
. "$SRCDIR/tests/lib.sh"

# Everything is written under $T: SRCDIR may be read-only (distcheck).
out=$T/bench
if [ ! -f "$SRCDIR/bench/run" ]; then
	t_fail "bench/run is in the source tree" "missing $SRCDIR/bench/run"
	t_end
	exit
fi
DOSSIER=$DOSSIER BUILDDIR=$BUILDDIR BENCH_OUT=$out bash "$SRCDIR/bench/run" --smoke \
	>"$T/bench.out" 2>"$T/bench.err"
rc=$?
if [ "$rc" = 0 ]; then t_pass "bench/run --smoke exits 0"
else t_fail "bench/run --smoke exits 0" "exit status $rc" "$(tail -20 "$T/bench.err")"; fi

# Every figure the harness measures without peers, for the seeds and the 200-article corpus.
missing=""
for f in first_paint.seeds corpus_mb.200 first_paint.200 indexed.200 read_s.200 fts_mbps.200 \
	extract_mbps.200 extract_wall_mbps.200 search_p50.200 search_p99.200 ranked_p50.200 \
	ranked_p99.200 key_list_p50.200 key_list_p99.200 key_pgdn_p50.200 key_pgdn_p99.200 \
	key_filter_p50.200 key_filter_p99.200 peak_rss.200 rss_ratio.200 load_rss.200 \
	sqlite_mem.200; do
	v=$(sed -n "s/^BENCH $f=\([^ ]*\) unit=.*/\1/p" "$T/bench.out" | head -1)
	case $v in
	'') missing="$missing $f(absent)" ;;
	*[!0-9.]*|.|*.*.*) missing="$missing $f($v)" ;;
	esac
done
t_eq "every figure printed and numeric" "" "$missing"

bad=$(grep '^BENCH ' "$T/bench.out" | grep -v -E '^BENCH [a-z0-9_]+\.[a-z0-9]+=[0-9.]+ unit=[^ ]+( budget=(<=|>=)[0-9.]+ status=(pass|FAIL))?$')
t_eq "every BENCH line is machine-readable" "" "$bad"
if grep -q '^figure ' "$T/bench.out" && grep -q '^budgets: ' "$T/bench.out"; then
	t_pass "the table is printed"
else
	t_fail "the table is printed" "$(tail -30 "$T/bench.out")"
fi
t_end
