# tests/cli/listed.sh -- every test file on disk is in Makefile.am's TESTS (else it never runs). MIT licence.
. "$SRCDIR/tests/lib.sh"

am=$SRCDIR/Makefile.am
cd "$SRCDIR" || exit 1
for f in tests/cli/*.sh tests/screen/*.sh tests/screen/*.keys tests/tmux/*.sh tests/hostile/*.sh; do
	[ "$f" = tests/screen/screens.sh ] && continue
	if grep -qE "(^|[[:space:]])$f([[:space:]]|\$)" "$am"; then
		t_pass "$f is listed"
	else
		t_fail "$f is not in Makefile.am's TESTS: add it to the list of its kind"
	fi
done
for t in $(sed -n 's/^UNIT_TESTS = //p; /^UNIT_TESTS =/,/^$/s/^\t//p' "$am" | tr -d '\\'); do
	[ -f "$t.c" ] && t_pass "$t.c exists" || t_fail "$t is in UNIT_TESTS but $t.c does not exist"
done
for c in tests/unit/test_*.c; do
	t=${c%.c}
	grep -qE "(^|[[:space:]])$t([[:space:]]|\$)" "$am" && t_pass "$t is listed" ||
		t_fail "$c is not in Makefile.am's UNIT_TESTS"
done
t_end
