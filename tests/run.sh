#!/bin/sh
# tests/run.sh -- run every test (unit, CLI, screen, tmux) and print "N passed, N failed". MIT licence.
srcdir=$(cd "${srcdir:-.}" && pwd)
builddir=$(cd "${builddir:-.}" && pwd)
DOSSIER="$builddir/dossier"
SRCDIR=$srcdir
BUILDDIR=$builddir
export DOSSIER SRCDIR BUILDDIR
log="$builddir/tests/test-suite.log"
mkdir -p "$builddir/tests"
: >"$log"
pass=0
fail=0
failed_names=""

run_one() {
	name=$1; shift
	T=$(mktemp -d "${TMPDIR:-/tmp}/dossier-test.XXXXXX"); export T
	out="$T.out"
	"$@" >"$out" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$out")
	f=$(grep -c '^not ok ' "$out")
	if [ "$rc" != 0 ] && [ "$f" = 0 ]; then f=1; echo "not ok - $name exited with status $rc" >>"$out"; fi
	if [ "$p" = 0 ] && [ "$f" = 0 ]; then f=1; echo "not ok - $name ran no test" >>"$out"; fi
	pass=$((pass + p)); fail=$((fail + f))
	{ echo "=== $name: $p passed, $f failed"; cat "$out"; } >>"$log"
	if [ "$f" != 0 ]; then
		failed_names="$failed_names $name"
		echo "FAIL: $name ($f failed)"; grep -A12 '^not ok' "$out" | head -60
	else
		echo "PASS: $name ($p)"
	fi
	rm -rf "$T" "$out"
}

for t in "$builddir"/tests/unit/test_*; do
	case $t in *.o|*.c|*.h) continue ;; esac
	[ -x "$t" ] || continue
	run_one "unit/$(basename "$t")" "$t"
done
for t in "$srcdir"/tests/cli/*.sh "$srcdir"/tests/screen/*.sh "$srcdir"/tests/tmux/*.sh \
	"$srcdir"/tests/hostile/*.sh; do
	[ -f "$t" ] || continue
	d=$(basename "$(dirname "$t")")
	run_one "$d/$(basename "$t" .sh)" sh "$t"
done
{ echo "# TOTAL: $((pass + fail))"; echo "# PASS: $pass"; echo "# FAIL: $fail"; } >>"$log"
[ -n "$failed_names" ] && echo "failed:$failed_names (details in $log)"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
