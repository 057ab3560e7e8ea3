# tests/cli/script_end.sh -- the end of a script is Q's: what the build still does after
# the index is ready (the prefix table, the cache) stops, unless the script waits for it
# with :wait-build; :wait-index waits for the index alone. MIT licence.
. "$SRCDIR/tests/lib.sh"
cd "$T" || exit 1
talks_corpus talks
export COLUMNS=100 LINES=30

# run NAME KEYS [ENV...]: a script launch with a cache file NAME.db; its status in NAME.rc.
run() {
	name=$1 keys=$2
	shift 2
	printf '%s\n' "$keys" >"$name.keys"
	env "$@" DOSSIER_BENCH_LOG="$T/$name.log" "$DOSSIER" --config /dev/null --no-state \
		--cache "$T/$name.db" --script "$name.keys" talks >"$name.out" 2>&1
	echo $? >"$name.rc"
}
no_temp() { t_eq "$1: no half-written cache" "" "$(ls | grep "^$1.db.tmp-")"; }

# Started early (as bench/ does), waiting for the index only: the script ends while the
# prefix table is filled, and the cache being written is abandoned as Q does.
run early ":wait-index" DOSSIER_BENCH_NOWAIT=1
t_eq ":wait-index: exits 0" 0 "$(cat early.rc)"
t_eq ":wait-index: the index was ready" 1 "$(grep -c '^indexed ' early.log)"
t_eq ":wait-index: the end stops the build (no cache written)" "no" \
	"$(test -e early.db && echo yes || echo no)"
t_eq ":wait-index: the cache was never written" 0 "$(grep -c '^cache_written ' early.log)"
no_temp early

# :wait-build waits for all of it: the cache is written and used by the next command.
run build ":wait-build" DOSSIER_BENCH_NOWAIT=1
t_eq ":wait-build: exits 0" 0 "$(cat build.rc)"
t_eq ":wait-build: the cache is written" "yes" "$(test -s build.db && echo yes || echo no)"
no_temp build
"$DOSSIER" --no-state --cache "$T/build.db" search --limit 0 zeppelin talks >hits 2>err
t_eq ":wait-build: the cache answers a search" 2000 "$(grep -c "^talks/" hits)"
t_eq ":wait-build: no complaint about the cache" "" "$(cat err)"

# A script started normally begins on a finished build, cache included (tests need it).
run normal "j"
t_eq "a plain script: exits 0" 0 "$(cat normal.rc)"
t_eq "a plain script: the cache is written before it starts" "yes" \
	"$(test -s normal.db && echo yes || echo no)"
t_end
