# tests/cli/watch.sh -- the live folder's options (--no-watch, set watch) and its cache:
# script mode's :shell changes files, :wait-watch applies what changed (no timing). MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
cp -R "$SRCDIR/seeds" seeds
touch -d "2026-01-15 12:00:00" seeds/*
export COLUMNS=100 LINES=30

# The option in effect, and its errors.
t_eq "set watch: yes by default" "set watch = yes" \
	"$("$DOSSIER" --config /dev/null --dump-config | grep '^set watch ')"
printf 'set watch = poll\n' >poll.config
t_eq "set watch = poll is kept" "set watch = poll" \
	"$("$DOSSIER" --config poll.config --dump-config | grep '^set watch ')"
printf 'set watch = sometimes\n' >bad.config
"$DOSSIER" --config bad.config --dump-config >bad.out 2>bad.err
t_eq "set watch: a bad value is named with what is expected" 1 \
	"$(grep -c 'expected yes, no or poll' bad.err)"
t_eq "--no-watch is in --help" 1 "$("$DOSSIER" --help | grep -c -- '^  --no-watch ')"
t_eq "--no-watch goes with a command too (it is ignored there)" 0 \
	"$("$DOSSIER" --no-watch list seeds >/dev/null 2>&1; echo $?)"

# run NAME [OPTION...]: a script that adds a file while the screen is open, then dumps
# the screen; the file is removed again after.
cat >add.keys <<'EOF'
:shell printf 'Zeppelin lands in Lisbon\n\nPublished 3 March 2026\n\nThe zeppelin crew met the mayor.\n' >seeds/zeppelin.txt
:wait-watch
:save-display add.screen
EOF
run() {
	name=$1
	shift
	rm -f add.screen
	"$DOSSIER" --no-state "$@" --script add.keys seeds >"$name.out" 2>&1
	echo $? >"$name.rc"
	[ -f add.screen ] && mv add.screen "$name.screen"
	rm -f seeds/zeppelin.txt
}
shown() { grep -c 'Zeppelin lands in Lisbon' "$1.screen"; }

run on --config /dev/null
t_eq "watching: the new file is listed" 1 "$(shown on)"
t_eq "watching: the status line says so" 1 "$(grep -c ' 1 new article ' on.screen)"
run poll --config poll.config
t_eq "set watch = poll: the new file is listed" 1 "$(shown poll)"
run off --config /dev/null --no-watch
t_eq "--no-watch: exits 0" 0 "$(cat off.rc)"
t_eq "--no-watch: the new file is not listed" 0 "$(shown off)"
printf 'set watch = no\n' >no.config
run no --config no.config
t_eq "set watch = no: the new file is not listed" 0 "$(shown no)"

# With a cache that was used, a new file goes into the cache's tables (searchable), the
# cache is marked changed in place, and the next launch updates it (not a rebuild).
"$DOSSIER" --no-state --cache "$T/c.db" search minister seeds >/dev/null
cat >cache.keys <<'EOF'
:shell printf 'Zeppelin lands in Lisbon\n\nPublished 3 March 2026\n\nThe zeppelin crew met the mayor.\n' >seeds/zeppelin.txt
:wait-watch
/ z e p p e l i n <Enter>
:save-display cache.screen
:shell rm seeds/zeppelin.txt
:wait-watch
EOF
"$DOSSIER" --config /dev/null --no-state --cache "$T/c.db" --script cache.keys seeds >cache.out 2>&1
t_eq "cache: the new file is found by a filter" 1 "$(grep -c 'Limit: zeppelin · 1 of 6 shown' cache.screen)"
t_eq "cache: marked changed in place" live \
	"$(sqlite3 "$T/c.db" "SELECT v FROM meta WHERE k = 'complete'")"
printf ':save-display next.screen\n' >next.keys
DOSSIER_BENCH_LOG="$T/next.log" "$DOSSIER" --config /dev/null --no-state --cache "$T/c.db" \
	--script next.keys seeds >next.out 2>&1
t_eq "cache: the next launch updates it, nothing said" "? help · / filter · Tab panes article 1/5" \
	"$(tail -n 1 next.screen | sed 's/^ *//; s/   */ /g')"
t_eq "cache: an update, not a rebuild" "1 0" \
	"$(awk '$1 == "cache_text_updated" { u = 1 } $1 == "salvaged" { s = 1 }
		END { print u + 0, s + 0 }' "$T/next.log")"
t_eq "cache: complete again" 1 "$(sqlite3 "$T/c.db" "SELECT v FROM meta WHERE k = 'complete'")"

t_end
