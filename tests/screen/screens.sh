# tests/screen/screens.sh -- screen tests: each tests/screen/*.keys drives the real binary in
# script mode; every ":save-display NAME" dump is compared with tests/screen/expected/NAME.
# MIT licence. The first line of a .keys file may be "# size COLSxROWS" (default 80x24).
# A line "# env VAR=VALUE..." sets variables for the run (NO_COLOR=1); NAME.config beside
# NAME.keys is passed with --config; ":save-attrs NAME.attrs" dumps colours and attributes.
# Arguments: the .keys files to run (make check runs one per test); none runs them all.
# UPDATE=1 sh tests/screen/screens.sh rewrites the expected dumps (review them with git diff).
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
# Seed 002 has no date in its text: its date is the file's mtime, pinned here.
touch -d "2026-01-15 12:00:00" "$T/seeds"/*
# Extra corpora for "# corpus NAME" lines: the corpus-* folders here.
for d in "$SRCDIR"/tests/screen/corpus-*; do
	[ -d "$d" ] || continue
	cp -R "$d" "$T/"
	touch -d "2026-01-15 12:00:00" "$T/$(basename "$d")"/*
done
cd "$T" || exit 1

[ $# -gt 0 ] || set -- "$SRCDIR"/tests/screen/*.keys
for keys in "$@"; do
	case $keys in /*) ;; *) keys=$OLDPWD/$keys ;; esac
	name=$(basename "$keys" .keys)
	size=$(sed -n '1s/^# size \([0-9]*x[0-9]*\).*/\1/p' "$keys")
	[ -n "$size" ] || size=80x24
	corpus=$(sed -n 's/^# corpus \(.*\)/\1/p' "$keys")
	[ -n "$corpus" ] || corpus=seeds
	env=$(sed -n 's/^# env \(.*\)/\1/p' "$keys")
	rm -f ./*.screen ./*.attrs
	# Each script starts from an empty triage state, in a folder of its own (the
	# "help seen" mark of the first-run hint lives beside the state file).
	mkdir -p "$HOME/$name"
	export DOSSIER_STATE="$HOME/$name/state.db"
	# NAME.state, when there is one, is the state file the script starts with.
	[ -f "$SRCDIR/tests/screen/$name.state" ] && cp "$SRCDIR/tests/screen/$name.state" "$DOSSIER_STATE"
	# NAME.config, when there is one, is the config file (--config); else none is read.
	config=$SRCDIR/tests/screen/$name.config
	[ -f "$config" ] || config=/dev/null
	# shellcheck disable=SC2086
	if ! env $env COLUMNS=${size%x*} LINES=${size#*x} "$DOSSIER" --config "$config" --script "$keys" \
		$corpus >"$T/run.out" 2>&1; then
		t_fail "$name: dossier exited with an error" "$(head -c 1000 "$T/run.out")"
		continue
	fi
	saved=
	for dump in ./*.screen ./*.attrs; do [ -f "$dump" ] && saved=1; done
	[ -n "$saved" ] || t_fail "$name: no screen saved"
	for dump in ./*.screen ./*.attrs; do
		[ -f "$dump" ] || continue
		d=$(basename "$dump")
		exp="$SRCDIR/tests/screen/expected/$d"
		if [ -n "${UPDATE:-}" ]; then cp "$dump" "$exp"; fi
		if [ ! -f "$exp" ]; then
			t_fail "$name/$d: no expected dump (run with UPDATE=1)"
			continue
		fi
		t_diff "$name/$d" "$exp" "$dump"
	done
done
t_end
