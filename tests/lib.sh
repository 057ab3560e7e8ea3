# tests/lib.sh -- shell helpers for the CLI, screen and tmux tests (sourced). MIT licence.
# Every test script prints TAP lines ("ok N - name" / "not ok N - name") and ends with t_end
# (the plan); automake's TAP driver counts them. Environment from Makefile.am's
# AM_TESTS_ENVIRONMENT and tests/wrap.sh: DOSSIER (the binary), SRCDIR, BUILDDIR, T (a
# scratch folder of this test's own).

t_n=0
t_failed=0
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC TERM=xterm-256color
unset NO_COLOR
# Tests never touch the user's files.
export HOME="$T/home" XDG_STATE_HOME="$T/home/state" XDG_CONFIG_HOME="$T/home/config" \
	XDG_CACHE_HOME="$T/home/cache"
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

# tmux_setup NAME [COMMAND...]: the preamble of a tmux test. Skips the whole script unless
# tmux and every COMMAND exist; copies seeds/ into $T with pinned mtimes, goes there, gives
# tmux its own socket folder and names the session S. next_server starts a fresh server.
tmux_setup() {
	ts_name=$1
	shift
	for ts_cmd in tmux "$@"; do
		if ! command -v "$ts_cmd" >/dev/null; then
			echo "ok 1 - $ts_cmd not installed # SKIP"; echo "1..1"
			exit 0
		fi
	done
	cp -R "$SRCDIR/seeds" "$T/seeds"
	touch -d "2026-01-15 12:00:00" "$T/seeds"/*
	cd "$T" || exit 1
	export TMUX_TMPDIR="$T"
	S="dossier-$ts_name-$$"
}
next_server() { tm kill-server 2>/dev/null; S="$S-b"; }

# check_cooked: after dossier quit, the shell in the session finds its terminal cooked again.
check_cooked() {
	tm send-keys -t "$S" "stty -a | tr ' ;' '\\n\\n' | grep -x -e echo -e icanon | tr '\\n' ,; echo" Enter
	check "the terminal is cooked again after Q" "icanon,echo,"
}

# talks_corpus DIR: 6000 articles of about 2 KB ("Report N on the talks"), enough that
# indexing takes a moment; one in three mentions a zeppelin, one in five a balloon.
talks_corpus() {
	mkdir -p "$1"
	awk -v d="$1" 'BEGIN {
		p = "Officials in Moscow and Kyiv met Vladimir Putin and Emmanuel Macron on 3 March 2026 to discuss grain exports, sanctions and the ceasefire. "
		for (i = 0; i < 6000; i++) {
			f = d "/a" i ".txt"
			printf "Report %d on the talks\n\n", i > f
			for (k = 0; k < 14; k++) printf "%s", p > f
			printf "%s %s\n", (i % 3 == 0 ? "A zeppelin was seen." : "Nothing else."),
				(i % 5 == 0 ? "And a balloon." : "") > f
			close(f)
		}
	}'
}
