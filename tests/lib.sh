# tests/lib.sh -- shell helpers for the CLI, screen and tmux tests (sourced). MIT licence.
# Every test script prints TAP lines ("ok N - name" / "not ok N - name"); tests/run.sh counts them.
# Environment from tests/run.sh: DOSSIER (the binary), SRCDIR, BUILDDIR, T (a scratch folder).

t_n=0
t_failed=0
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC TERM=xterm-256color
unset NO_COLOR
# Tests never touch the user's files.
export HOME="$T/home" XDG_STATE_HOME="$T/home/state" XDG_CONFIG_HOME="$T/home/config"
mkdir -p "$HOME"

t_pass() { t_n=$((t_n + 1)); echo "ok $t_n - $1"; }
t_fail() { t_n=$((t_n + 1)); t_failed=$((t_failed + 1)); echo "not ok $t_n - $1"; shift; for l in "$@"; do echo "#   $l"; done; }

# t_check NAME COMMAND...: pass when the command succeeds.
t_check() { local name=$1; shift; if "$@" >"$T/out" 2>&1; then t_pass "$name"; else t_fail "$name" "command failed: $*" "$(head -c 2000 "$T/out")"; fi; }

# t_eq NAME EXPECTED ACTUAL
t_eq() { if [ "$2" = "$3" ]; then t_pass "$1"; else t_fail "$1" "expected: $2" "actual:   $3"; fi; }

# t_diff NAME EXPECTED_FILE ACTUAL_FILE
t_diff() {
	if diff -u "$2" "$3" >"$T/diff" 2>&1; then t_pass "$1"
	else t_fail "$1" "screen differs from $2:"; sed 's/^/#   /' "$T/diff" | head -60; fi
}

# tmux helpers for the real-terminal tests; $S names the session (and its own server).
tm() { tmux -L "$S" "$@"; }
screen() { tm capture-pane -p -t "$S"; }
# wait_for TEXT: poll the screen until TEXT shows (a bounded number of tries, ~10 s).
wait_for() {
	i=0
	while [ $i -lt 100 ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.1; i=$((i + 1))
	done
	return 1
}
# check NAME TEXT: pass when TEXT shows on the screen.
check() { if wait_for "$2"; then t_pass "$1"; else t_fail "$1" "screen lacks: $2" "$(screen)"; fi; }

t_end() { echo "1..$t_n"; [ "$t_failed" = 0 ]; }
