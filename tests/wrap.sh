#!/bin/sh
# tests/wrap.sh -- run one test (automake's LOG_COMPILER) in a scratch folder $T of its own. MIT licence.
# The environment (DOSSIER, SRCDIR, BUILDDIR) comes from AM_TESTS_ENVIRONMENT; by hand:
#   T=$(mktemp -d) DOSSIER=$PWD/dossier SRCDIR=$PWD BUILDDIR=$PWD sh tests/cli/query.sh
T=$(mktemp -d "${TMPDIR:-/tmp}/dossier-test.XXXXXX") || exit 99
export T
"$@"
rc=$?
# A process the test left behind, working in $T (a TUI whose tmux server was killed and
# that hangs in LeakSanitizer's scan at exit, spinning on a core, as one did in a
# sanitizer run), would slow every test after it: stopped here.
for p in /proc/[0-9]*; do
	case $(readlink "$p/cwd" 2>/dev/null) in
	"$T" | "$T"/*) kill -9 "${p#/proc/}" 2>/dev/null ;;
	esac
done
rm -rf "$T"
exit "$rc"
