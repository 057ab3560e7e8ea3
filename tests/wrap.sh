#!/bin/sh
# tests/wrap.sh -- run one test (automake's LOG_COMPILER) in a scratch folder $T of its own. MIT licence.
# The environment (DOSSIER, SRCDIR, BUILDDIR) comes from AM_TESTS_ENVIRONMENT; by hand:
#   T=$(mktemp -d) DOSSIER=$PWD/dossier SRCDIR=$PWD BUILDDIR=$PWD sh tests/cli/query.sh
T=$(mktemp -d "${TMPDIR:-/tmp}/dossier-test.XXXXXX") || exit 99
export T
"$@"
rc=$?
rm -rf "$T"
exit "$rc"
