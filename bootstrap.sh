#!/bin/sh
# bootstrap.sh -- install missing build dependencies, then autoreconf. MIT licence.
# Usage: ./bootstrap.sh [--tests]   (--tests also installs what the test suite needs)
set -e
pkgs="build-essential autoconf automake pkg-config libncurses-dev libsqlite3-dev libutf8proc-dev"
if [ "${1:-}" = "--tests" ]; then pkgs="$pkgs tmux groff-base python3"; fi
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then SUDO=""
    elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"
    else
        echo "dossier: missing build dependencies; as root, run:" >&2
        echo "  apt-get update && apt-get install -y$missing" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq$missing >/dev/null
fi
autoreconf -fi
