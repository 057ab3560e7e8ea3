# tests/cli/state_concurrency.sh -- two processes triage one state file at once; nothing is lost.
# MIT licence. tests/unit/state_hammer does the work: tags, bulk flags, notes, undo/redo.
. "$SRCDIR/tests/lib.sh"

H="$BUILDDIR/tests/unit/state_hammer"
if [ ! -x "$H" ]; then
	t_fail "state_hammer is built" "not found: $H"
	t_end
	exit 1
fi
cd "$T" || exit 1
db="$T/concurrent/state.db"
N=500
export HAMMER_GO="$T/go"

# Both wait for the go file, so their loops overlap rather than run one after the other;
# neither file nor folder exists yet, so they also race to create them.
"$H" run "$db" a 0 "$N" >a.out 2>&1 &
pa=$!
"$H" run "$db" b 30 "$N" >b.out 2>&1 &
pb=$!
: >"$HAMMER_GO"
wait "$pa"; ra=$?
wait "$pb"; rb=$?
# finished NAME STATUS
finished() {
	if [ "$2" = 0 ]; then t_pass "process $1: $N rounds"
	else t_fail "process $1: $N rounds" "exit status $2" "$(cat "$1.out")"; fi
}
finished a "$ra"
finished b "$rb"

"$H" check "$db" "$N" a:0 b:30 >check.out 2>check.err
t_eq "every tag and flag from both processes is in the file" "missing 0 of 2200" "$(cat check.out)"
[ -s check.err ] && sed 's/^/#   /' check.err | head -20

# The file is a healthy dossier state file (state_open runs quick_check) and private.
if "$H" check "$db" 1 a:0 >/dev/null 2>check.err; then t_pass "the file still opens cleanly"
else t_fail "the file still opens cleanly" "$(cat check.err)"; fi
t_eq "the file is private" "600" "$(stat -c %a "$db")"
if [ -e "$db-wal" ]; then t_fail "the last process to close removed the log"
else t_pass "the last process to close removed the log"; fi

# Both again with the same names: nothing new, nothing lost, still no error.
unset HAMMER_GO
"$H" run "$db" a 0 50 >a.out 2>&1 & pa=$!
"$H" run "$db" a 0 50 >b.out 2>&1 & pb=$!
wait "$pa"; ra=$?
wait "$pb"; rb=$?
t_eq "two processes repeating the same actions both succeed" "0 0" "$ra $rb"
"$H" check "$db" "$N" a:0 b:30 >check.out 2>/dev/null
t_eq "and still nothing is missing" "missing 0 of 2200" "$(cat check.out)"
t_end
