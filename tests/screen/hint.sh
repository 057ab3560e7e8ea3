# tests/screen/hint.sh -- the first-run hint stays gone in later runs once the help was
# opened (a "help-seen" file beside the state file), and comes back with --no-state or a
# fresh state folder. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cd "$T" || exit 1
HINT='? help · / filter · Tab panes'
mkdir -p "$T/st"
export DOSSIER_STATE="$T/st/state.db"

# run NAME [ARGS...]: a script that saves the start screen, then opens and closes the help.
run() {
	name=$1; shift
	printf ':save-display %s.screen\n? q\n:save-display %s-after.screen\n' "$name" "$name" >"$name.keys"
	COLUMNS=80 LINES=24 "$DOSSIER" --config /dev/null "$@" --script "$name.keys" seeds >"$name.out" 2>&1
}
status_line() { tail -n 1 "$1"; }

run first
t_eq "first run: the hint is on the status line" yes \
	"$(status_line first.screen | grep -qF "$HINT" && echo yes || echo no)"
t_eq "first run: gone once the help was opened" no \
	"$(status_line first-after.screen | grep -qF "$HINT" && echo yes || echo no)"
t_check "the help-seen mark is beside the state file" test -f "$T/st/help-seen"

run second
t_eq "second run: no hint from the start" no \
	"$(status_line second.screen | grep -qF "$HINT" && echo yes || echo no)"

run nostate --no-state
t_eq "--no-state: the hint shows (nothing is read)" yes \
	"$(status_line nostate.screen | grep -qF "$HINT" && echo yes || echo no)"

rm -f "$T/st/help-seen"
run fresh
t_eq "without the mark: the hint is back" yes \
	"$(status_line fresh.screen | grep -qF "$HINT" && echo yes || echo no)"

mkdir -p "$T/other"
DOSSIER_STATE="$T/other/state.db" run nostore --no-state
t_eq "--no-state writes no mark" no "$(test -f "$T/other/help-seen" && echo yes || echo no)"
t_end
