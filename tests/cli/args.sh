# tests/cli/args.sh -- the command line (getopt_long): options anywhere, values, tag's -TAG,
# mistyped commands and paths that cannot be read, for the commands and the TUI. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

# Options before or after the command and its paths, "--opt VALUE" and "--opt=VALUE".
a=$("$DOSSIER" list --format=json seeds | head -1)
b=$("$DOSSIER" --format json list seeds | head -1)
c=$("$DOSSIER" list seeds --format json | head -1)
t_eq "--format=json before the paths" "[" "$a"
t_eq "--format json before the command" "[" "$b"
t_eq "--format json after the paths" "[" "$c"
t_eq "an unambiguous prefix of a long option (--form)" "[" "$("$DOSSIER" list --form=json seeds | head -1)"

# A missing value is said as such, not as an unknown option.
"$DOSSIER" list seeds --query >out 2>err; rc=$?
t_eq "--query without a value exits 2" 2 "$rc"
t_eq "--query without a value says so" "dossier: --query needs a value: --query=VALUE" "$(head -1 err)"
"$DOSSIER" -x >out 2>err; rc=$?
t_eq "an unknown short option exits 2" 2 "$rc"
t_eq "an unknown short option is named" "dossier: unknown option -x" "$(head -1 err)"
"$DOSSIER" list --read seeds >out 2>err; rc=$?
t_eq "mark's --read elsewhere exits 2" 2 "$rc"
grep -q "mark and tag only" err && t_pass "mark's --read elsewhere says where it belongs" ||
	t_fail "mark's --read elsewhere says where it belongs" "$(cat err)"

# An option of other commands is a usage error, not ignored (`list --entity=X` listed
# every article, `entities --limit=3` every entity).
for c in "list --entity=Putin:--entity:list" "entities --limit=3:--limit:entities" \
	 "stats --query=cuba:--query:stats" "timeline putin --type=person:--type:timeline" \
	 "search cuba --into=x:--into:search" "quotes --surface=x:--surface:quotes"; do
	args=${c%%:*} rest=${c#*:} opt=${rest%%:*} cmd=${rest#*:}
	# shellcheck disable=SC2086
	"$DOSSIER" $args seeds >out 2>err; rc=$?
	t_eq "$args exits 2" 2 "$rc"
	t_eq "$args says whose option it is not" "dossier: $opt is not an option of $cmd" \
		"$(head -1 err)"
	t_eq "$args prints nothing" "" "$(cat out)"
done

# tag: +TAG and -TAG are operations wherever they stand; "--" ends the options.
# rows ARGS...: the articles `dossier list` gives (without its header line).
rows() { "$DOSSIER" list "$@" | tail -n +2 | wc -l | tr -d ' '; }
"$DOSSIER" tag +alpha +beta --query cuba seeds >out 2>err
t_eq "tag +alpha +beta tagged both" 2 "$(rows --query 'tag:alpha tag:beta' seeds)"
"$DOSSIER" tag --query cuba -beta seeds >out 2>err; rc=$?
t_eq "tag -beta after an option exits 0" 0 "$rc"
t_eq "tag -beta removed it" 0 "$(rows --query tag:beta seeds)"
t_eq "tag -beta kept alpha" 2 "$(rows --query tag:alpha seeds)"
t_eq "mark --flag is +flagged" 0 "$("$DOSSIER" mark --flag --query cuba seeds >/dev/null 2>&1; echo $?)"
t_eq "mark --flag flagged" 2 "$(rows --query is:flagged seeds)"
"$DOSSIER" list -- list >out 2>err; rc=$?
t_eq "after --, a command's name is a path" 2 "$rc"
grep -q "cannot read list" err && t_pass "after --, the path 'list' is named" ||
	t_fail "after --, the path 'list' is named" "$(cat err)"

# search's query after "--" may start with a dash, as grep's pattern.
"$DOSSIER" search -- "-havana cuba" seeds >out 2>err; rc=$?
t_eq "search -- -WORD: exits 0" 0 "$rc"
t_eq "search -- -WORD: the query, not a path" \
	"$("$DOSSIER" search "cuba -havana" seeds)" "$(cat out)"

# A value that is a command's name: the TUI says what happened instead of starting.
"$DOSSIER" --cache list seeds </dev/null >out 2>err; rc=$?
t_eq "--cache list exits 2" 2 "$rc"
grep -q "^dossier: --cache took 'list' as its file" err && t_pass "--cache list is explained" ||
	t_fail "--cache list is explained" "$(cat err)"

# Mistyped commands (the old TUI exited 1 with nothing on stderr).
"$DOSSIER" serach cuba </dev/null >out 2>err; rc=$?
t_eq "a mistyped command exits 2" 2 "$rc"
t_eq "a mistyped command is suggested" \
	"dossier: 'serach' is neither a command nor a file; did you mean 'search'?" "$(head -1 err)"
"$DOSSIER" lsit </dev/null >out 2>err; rc=$?
t_eq "lsit suggests list" "dossier: 'lsit' is neither a command nor a file; did you mean 'list'?" "$(head -1 err)"

# The TUI on a path that cannot be read: said, exit 2; with a good path too, it opens
# the good one and its status line says what it skipped.
"$DOSSIER" /nonexistent </dev/null >out 2>err; rc=$?
t_eq "TUI on a bad path exits 2" 2 "$rc"
t_eq "TUI on a bad path says why" "dossier: cannot read /nonexistent: No such file or directory" "$(head -1 err)"
t_eq "TUI on a bad path: nothing to open" "dossier: nothing to open" "$(sed -n 2p err)"
printf ':save-display skip.screen\n' >skip.keys
COLUMNS=100 LINES=20 "$DOSSIER" --no-state --config /dev/null --script skip.keys /nonexistent seeds \
	>out 2>err; rc=$?
t_eq "TUI on a bad and a good path runs" 0 "$rc"
grep -q "skipped /nonexistent: No such file or directory" skip.screen &&
	t_pass "the status line says what was skipped" ||
	t_fail "the status line says what was skipped" "$(cat skip.screen 2>&1)"
grep -q "what is russia saying" skip.screen && t_pass "the good path is open" ||
	t_fail "the good path is open" "$(cat skip.screen 2>&1)"
grep -q "cannot read /nonexistent" err && t_pass "the skipped path is on stderr too" ||
	t_fail "the skipped path is on stderr too" "$(cat err)"
# A command never runs on part of what it was given.
"$DOSSIER" list /nonexistent seeds >out 2>err; rc=$?
t_eq "a command with a bad path exits 2" 2 "$rc"
t_eq "a command with a bad path prints nothing" "" "$(cat out)"
t_eq "a command with a bad path says it did nothing" \
	"dossier: nothing done: give only paths that can be read" "$(sed -n 2p err)"
t_end
