# tests/cli/fuzz_regress.sh -- replay the fuzzers' crashers and chosen inputs through the CLI. MIT licence.
# fuzz/regress/article/* are article files (for fuzz_article), fuzz/regress/query/* query
# texts (for fuzz_query), fuzz/regress/import/* files for `dossier import` (fuzz_import).
# Each must run to a normal exit: no crash, no sanitizer report.
. "$SRCDIR/tests/lib.sh"

R="$SRCDIR/fuzz/regress"
mkdir -p "$T/one"
cp -R "$SRCDIR/seeds" "$T/seeds"

# crashed RC: a signal (128+N from the shell) or a sanitizer report in err.
crashed() { [ "$1" -ge 124 ] || grep -q 'Sanitizer\|runtime error' "$T/err"; }

for f in "$R"/article/*; do
	[ -f "$f" ] || continue
	n=$(basename "$f")
	# Alone in a folder, so the file is read the way any article is.
	rm -f "$T/one"/*
	cp "$f" "$T/one/$n.txt"
	"$DOSSIER" mentions "$T/one" >"$T/out" 2>"$T/err"; rc=$?
	if [ "$rc" = 0 ] && ! crashed "$rc"; then t_pass "mentions survives article $n"
	else t_fail "mentions survives article $n" "rc=$rc" "$(head -c 1000 "$T/err")"; fi
	"$DOSSIER" list "$T/one" >"$T/out" 2>"$T/err"; rc=$?
	if [ "$rc" = 0 ] && ! crashed "$rc"; then t_pass "list survives article $n"
	else t_fail "list survives article $n" "rc=$rc" "$(head -c 1000 "$T/err")"; fi
done

for f in "$R"/query/*; do
	[ -f "$f" ] || continue
	n=$(basename "$f")
	"$DOSSIER" list --query "$(cat "$f")" "$T/seeds" >"$T/out" 2>"$T/err"; rc=$?
	# 0: parsed and ran; 2: a usage error naming the problem.
	if { [ "$rc" = 0 ] || { [ "$rc" = 2 ] && grep -q '^dossier: ' "$T/err"; }; } && ! crashed "$rc"
	then t_pass "list --query survives query $n (rc=$rc)"
	else t_fail "list --query survives query $n" "rc=$rc" "$(head -c 1000 "$T/err")"; fi
done

for f in "$R"/import/*; do
	[ -f "$f" ] || continue
	n=$(basename "$f")
	"$DOSSIER" import "$f" --state "$T/import.db" "$T/seeds" >"$T/out" 2>"$T/err"; rc=$?
	# 0: imported; 1: refused with one clean line naming the problem.
	if { [ "$rc" = 0 ] || { [ "$rc" = 1 ] && [ "$(wc -l <"$T/err")" = 1 ] &&
	     grep -q '^dossier: ' "$T/err"; }; } && ! crashed "$rc"
	then t_pass "import survives $n (rc=$rc)"
	else t_fail "import survives $n" "rc=$rc" "$(head -c 1000 "$T/err")"; fi
done

t_end
