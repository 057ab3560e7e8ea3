# tests/cli/cli.sh -- the command line: help, version, usage errors, list, stats, search. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
touch -d "2026-01-15 12:00:00" "$T/seeds"/*
cd "$T" || exit 1

"$DOSSIER" --help >out 2>&1; rc=$?
t_eq "--help exits 0" 0 "$rc"
for w in list entities mentions search stats --format; do
	if grep -q -- "$w" out; then t_pass "--help mentions $w"; else t_fail "--help mentions $w"; fi
done
t_eq "--version" "dossier $(sed -n 's/^AC_INIT(\[dossier\], \[\([^]]*\)\].*/\1/p' "$SRCDIR/configure.ac")" "$("$DOSSIER" --version)"

"$DOSSIER" --bogus >out 2>err; rc=$?
t_eq "unknown option exits 2" 2 "$rc"
t_eq "unknown option message" "dossier: unknown option --bogus" "$(head -1 err)"
"$DOSSIER" list --format=xml seeds >out 2>err; rc=$?
t_eq "unknown format exits 2" 2 "$rc"
"$DOSSIER" list does-not-exist >out 2>err; rc=$?
t_eq "missing path exits 2 (a usage error, as ls and grep)" 2 "$rc"
if grep -q '^dossier: .*does-not-exist' err; then t_pass "missing path is named"; else t_fail "missing path is named" "$(cat err)"; fi
"$DOSSIER" search >out 2>err; rc=$?
t_eq "search without a query exits 2" 2 "$rc"

"$DOSSIER" list seeds >out 2>err; rc=$?
t_eq "list exits 0" 0 "$rc"
t_eq "list header" "path	date	title	source	words" "$(head -1 out)"
t_eq "list has five articles" 5 "$(tail -n +2 out | wc -l)"
t_eq "list dates, newest first" "2026-02-04 2026-01-27 2026-01-21 2026-01-15 2025-12-19" \
	"$(tail -n +2 out | cut -f2 | tr '\n' ' ' | sed 's/ $//')"
t_eq "seed 001 title and source" \
	"Russia says ties with Cuba becoming stronger despite ‘turbulent geopolitical situation’	Anadolu Agency" \
	"$(grep 001_ out | cut -f3,4)"
t_eq "seed 004 title" "Kremlin praises importance of Vladimir Putin, Xi Jinping meeting in Samarkand" \
	"$(grep 004_ out | cut -f3)"
if python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d)==5 and all("title" in a for a in d)' \
	<<EOF2
$("$DOSSIER" list --format=json seeds)
EOF2
then t_pass "list --format=json is valid JSON"; else t_fail "list --format=json is valid JSON"; fi

"$DOSSIER" search maduro seeds >out 2>err; rc=$?
t_eq "search exits 0" 0 "$rc"
t_eq "search header" "path	score	date	title	snippet" "$(head -1 out)"
t_eq "search maduro hits four seeds" 4 "$(tail -n +2 out | wc -l)"
if grep -q '\[Maduro\]' out; then t_pass "search snippet marks the hit"; else t_fail "search snippet marks the hit" "$(cat out)"; fi
t_eq "search folds accents (nicolas finds Nicolás)" 4 "$("$DOSSIER" search nicolas seeds | tail -n +2 | wc -l)"
t_eq "search ANDs words" 1 "$("$DOSSIER" search 'kolokoltsev havana' seeds | tail -n +2 | wc -l)"
t_eq "search cannot inject FTS syntax" 0 "$("$DOSSIER" search 'NEAR( "x' seeds 2>&1 | tail -n +2 | wc -l)"

"$DOSSIER" stats seeds >out 2>err; rc=$?
t_eq "stats exits 0" 0 "$rc"
for f in articles bytes time_read time_parse time_index time_entities peak_rss; do
	if grep -q "^$f	" out; then t_pass "stats reports $f"; else t_fail "stats reports $f" "$(cat out)"; fi
done
t_eq "stats counts articles" "articles	5" "$(grep '^articles' out)"

mkdir -p mixed/.hidden mixed/sub
printf 'Hello world\n' >mixed/a.txt
printf 'Hidden\n' >mixed/.hidden/b.txt
printf 'Also hidden\n' >mixed/.c.txt
printf 'Deep file\nwith text\n' >mixed/sub/d.md
printf 'bin\000ary\001\002' >mixed/e.txt
ln -s .. mixed/sub/loop
"$DOSSIER" list mixed >out 2>err; rc=$?
t_eq "mixed folder exits 0" 0 "$rc"
t_eq "hidden and binary files skipped" "mixed/a.txt mixed/sub/d.md" "$(tail -n +2 out | cut -f1 | sort | tr '\n' ' ' | sed 's/ $//')"
if grep -q '^dossier: skipped mixed/e.txt: binary' err; then t_pass "binary file named on stderr"; else t_fail "binary file named on stderr" "$(cat err)"; fi

# A FIFO as the config file is refused, not read (the read would wait forever), whether
# named by --config or found at the default place; timeout turns a regression into a failure.
mkfifo conf.fifo
timeout 10 "$DOSSIER" --config conf.fifo list seeds >out 2>err; rc=$?
t_eq "--config FIFO: usage error, no hang" 2 "$rc"
t_eq "--config FIFO: says what it is" \
	"dossier: conf.fifo: cannot read the config file: it is a FIFO (a named pipe), not a regular file" \
	"$(cat err)"
mkdir -p fifohome/dossier && mkfifo fifohome/dossier/config
XDG_CONFIG_HOME="$T/fifohome" timeout 10 "$DOSSIER" list seeds >out 2>err; rc=$?
t_eq "a FIFO at the default config place: a warning, the defaults, no hang" \
	"0 6 dossier: $T/fifohome/dossier/config: cannot read the config file: it is a FIFO (a named pipe), not a regular file" \
	"$rc $(wc -l <out) $(cat err)"
timeout 10 "$DOSSIER" --config . list seeds >out 2>err; rc=$?
t_eq "--config of a folder is refused" "2 dossier: .: cannot read the config file: it is a folder, not a file" "$rc $(cat err)"
timeout 10 "$DOSSIER" --config /dev/null list seeds >out 2>err; rc=$?
t_eq "--config /dev/null still means no settings" "0 6" "$rc $(wc -l <out)"
timeout 10 "$DOSSIER" --config= list seeds >out 2>err; rc=$?
t_eq "--config= (empty) is a usage error" 2 "$rc"
t_eq "--config= says what is wrong" "dossier: --config wants a file name (--config=/dev/null for none)" \
	"$(head -1 err)"
timeout 10 "$DOSSIER" --config '' list seeds >out 2>err; rc=$?
t_eq "--config '' (empty) too" "2 dossier: --config wants a file name (--config=/dev/null for none)" \
	"$rc $(head -1 err)"

if command -v groff >/dev/null; then
	groff -man -ww -z "$BUILDDIR/man/dossier.1" >out 2>&1
	t_eq "man page has no groff warning" "" "$(cat out)"
else
	t_pass "man page check skipped (no groff) # SKIP"
fi
t_end
