# tests/cli/badinput.sh -- refusals with a clear message instead of a hang, UB or a silent guess. MIT licence.
# The TUI without a terminal, out-of-range numbers in an import, queries with nothing to
# search for, contradictory mark flags, FIFOs and too-deep folders in a scanned tree.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cd "$T" || exit 1

# ---- the TUI needs a terminal (it used to write escapes into the file and spin) ----
timeout 20 "$DOSSIER" --no-state seeds </dev/null >"$T/tui.out" 2>"$T/err"; rc=$?
t_eq "TUI with stdin not a terminal: usage error" 2 "$rc"
t_eq "TUI with stdin not a terminal: says so" "dossier: standard input is not a terminal" \
	"$(cat "$T/err")"
t_eq "TUI with stdin not a terminal: nothing written to stdout" 0 "$(wc -c <"$T/tui.out")"
timeout 20 "$DOSSIER" --cache list seeds </dev/null >"$T/tui.out" 2>"$T/err"; rc=$?
t_eq "--cache list (a command taken as the file): usage error" 2 "$rc"
t_eq "--cache list: the message names the mistake" \
	"dossier: --cache took 'list' as its file; put the option after the command or write --cache=FILE" \
	"$(cat "$T/err")"
t_check "--cache list: no file named list was made" test ! -e "$T/list"
timeout 20 "$DOSSIER" --no-state --query search seeds </dev/null >/dev/null 2>"$T/err"; rc=$?
t_eq "--query search: says the query took a command" \
	"2 dossier: --query took 'search' as its query; put the option after the command or write --query=QUERY" \
	"$rc $(cat "$T/err")"
# The subcommands after such an option still work: the option belongs to them.
t_check "list --cache FILE still works" "$DOSSIER" list --cache "$T/c.db" seeds
# Standard output not a terminal needs a terminal on stdin: tmux gives one.
if command -v tmux >/dev/null; then
	S="dossier-badinput-$$"
	export TMUX_TMPDIR="$T"
	tm new-session -d -s "$S" -x 100 -y 24 \
		"'$DOSSIER' --no-state seeds >'$T/tty.out' 2>'$T/tty.err'; echo \$? >'$T/tty.rc'; sleep 30"
	i=0
	while [ ! -s "$T/tty.rc" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	t_eq "TUI with stdout not a terminal: usage error, says so" \
		"2 dossier: standard output is not a terminal" \
		"$(cat "$T/tty.rc" 2>/dev/null) $(cat "$T/tty.err" 2>/dev/null)"
	tm kill-server 2>/dev/null
else
	t_pass "tmux not installed: stdout case skipped # SKIP"
fi

# ---- import: numbers out of range are refused, naming the record ----
for v in 1e26 -1e30 1e999 -1 253402300800; do
	printf '[{"hash":"aaaa","read":true},\n{"hash":"bbbb","first_seen":%s}]\n' "$v" >"$T/imp.json"
	"$DOSSIER" import "$T/imp.json" --state "$T/imp.db" seeds >"$T/out" 2>"$T/err"; rc=$?
	t_eq "import first_seen $v: refused, naming the record and the field" \
		"1 dossier: $T/imp.json is not a dossier export: line 2 (article record 2): first_seen is out of range ($v; 0 to 253402300799 seconds)" \
		"$rc $(cat "$T/err")"
done
printf '[{"hash":"aaaa","last_opened":inf}]\n' >"$T/imp.json"
"$DOSSIER" import "$T/imp.json" --state "$T/imp.db" seeds >"$T/out" 2>"$T/err"; rc=$?
t_eq "import last_opened inf: not a number" \
	"1 dossier: $T/imp.json is not a dossier export: line 1 (article record 1): expected a number" \
	"$rc $(cat "$T/err")"
# In range (a fraction or an exponent is fine): imported as whole seconds.
h=$("$DOSSIER" export --no-state --format=json seeds | sed -n 's/.*"hash":"\([0-9a-f]*\)".*/\1/p' | head -1)
printf '[{"hash":"%s","read":2.5e0,"first_seen":1.5e9,"last_opened":17000000005e-1}]\n' "$h" >"$T/imp.json"
"$DOSSIER" import "$T/imp.json" --state "$T/ok.db" seeds >"$T/out" 2>"$T/err"; rc=$?
t_eq "import of in-range numbers works" 0 "$rc"
t_eq "imported numbers: read, first_seen, last_opened" "true 1500000000 1700000000" \
	"$("$DOSSIER" export --state "$T/ok.db" --format=json seeds | grep "\"$h\"" |
	   sed 's/.*"read":\([a-z]*\).*"first_seen":\([0-9]*\),"last_opened":\([0-9]*\).*/\1 \2 \3/')"

# ---- queries with nothing to search for (they matched every article) ----
for q in '!!!' '-' "$(printf '\377')" '-!!!'; do
	"$DOSSIER" list --no-state --query "$q" seeds >"$T/out" 2>"$T/err"; rc=$?
	t_eq "list --query with no searchable term: usage error, says so" \
		"2 dossier: bad query: nothing to search for at column 1" "$rc $(head -1 "$T/err")"
done
"$DOSSIER" search '...' --no-state seeds >"$T/out" 2>"$T/err"; rc=$?
t_eq "search with no searchable term: usage error" \
	"2 dossier: bad query: nothing to search for at column 1" "$rc $(head -1 "$T/err")"
t_eq "an empty query still lists every article" 6 \
	"$("$DOSSIER" list --no-state --query '' seeds | wc -l)"
t_eq "punctuation beside a term is ignored as before" 6 \
	"$("$DOSSIER" list --no-state --query 'is:unread !!!' seeds | wc -l)"
# path:[ : an unclosed set is an error; [[] matches a literal "[".
"$DOSSIER" list --no-state --query 'path:[' seeds >"$T/out" 2>"$T/err"; rc=$?
t_eq "path:[ is an error naming the bracket" \
	'2 dossier: bad query: unclosed "[" in a path pattern at column 6 (write [[] for a literal [)' \
	"$rc $(head -1 "$T/err")"
mkdir -p "$T/br"
cp "$T/seeds/000_26794aa82bd9f140.txt" "$T/br/[x].txt"
cp "$T/seeds/001_9c716bbef13f2200.txt" "$T/br/x.txt"
t_eq "path:*[[]* matches the file with a [ in its name" "br/[x].txt" \
	"$("$DOSSIER" list --no-state --query 'path:*[[]*' br | cut -f1 | tail -n +2)"

# ---- mark/tag: contradictory operations are a usage error ----
"$DOSSIER" mark --read --unread --query '' --state "$T/m.db" seeds >"$T/out" 2>"$T/err"; rc=$?
t_eq "mark --read --unread: usage error" \
	"2 dossier: --read and --unread contradict each other" "$rc $(cat "$T/err")"
"$DOSSIER" tag +todo -todo --query '' --state "$T/m.db" seeds >"$T/out" 2>"$T/err"; rc=$?
t_eq "tag +todo -todo: usage error" "2 dossier: +todo and -todo contradict each other" \
	"$rc $(cat "$T/err")"
t_eq "nothing was changed by the refused commands" 1 \
	"$("$DOSSIER" list --state "$T/m.db" --query 'is:read OR tag:todo' seeds | wc -l)"

# ---- a FIFO in a scanned folder is named on stderr; the depth limit says so ----
if mkfifo "$T/br/pipe.txt" 2>/dev/null; then
	timeout 20 "$DOSSIER" list --no-state br >"$T/out" 2>"$T/err"; rc=$?
	t_eq "a FIFO in a folder: skipped, the listing goes on" "0 3" "$rc $(wc -l <"$T/out")"
	t_eq "a FIFO in a folder: named on stderr" \
		"dossier: skipped br/pipe.txt: unreadable: not a regular file (a FIFO)" "$(cat "$T/err")"
	rm -f "$T/br/pipe.txt"
else
	t_pass "mkfifo failed: FIFO case skipped # SKIP"
fi
p=deep
for i in $(seq 1 130); do p=$p/d; done
mkdir -p "$T/$p"
echo "A deep article" >"$T/$p/a.txt"
"$DOSSIER" list --no-state deep >"$T/out" 2>"$T/err"; rc=$?
t_eq "folders nested too deep: reported as too deep with the limit, not as a loop" \
	"0 too deep: folders nested more than 128 levels" "$rc $(sed 's/.*: \(too deep: .*\)/\1/' "$T/err")"
t_eq "stats counts it as too deep" "skipped_too deep	1" \
	"$("$DOSSIER" stats --no-state deep 2>/dev/null | grep '^skipped_')"

t_end
