# tests/cli/output.sh -- every output is safe for its consumer: JSON, CSV, Markdown, stderr. MIT licence.
. "$SRCDIR/tests/lib.sh"

cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"
# Bytes that must never reach a consumer raw: ESC, BEL, C1 (NEL, CSI), RLO, ZWSP, LS.
raw_pattern=$(printf '\033|\007|\302\205|\302\233|\342\200\256|\342\200\213|\342\200\250')
# has_raw FILE: does FILE hold one of them?
has_raw() { LC_ALL=C grep -qE "$raw_pattern" "$1"; }

# --- JSON: C1, bidi and zero-width characters escaped, text kept whole -------------
mkdir j
name=$(printf 'j/a\302\205b\342\200\256c\342\200\213d\342\200\250e.txt')
printf 'Moscow talks\n\nVladimir Putin met officials in Moscow on Monday.\n' >"$name"
for cmd in list mentions entities search export; do
	case $cmd in
	search) "$DOSSIER" search moscow --format=json j >"$cmd.json" 2>err ;;
	*) "$DOSSIER" "$cmd" --format=json j >"$cmd.json" 2>err ;;
	esac
	if has_raw "$cmd.json"; then t_fail "$cmd --format=json writes no raw C1/bidi/zero-width" \
		"$(cat -v "$cmd.json" | head -5)"
	else t_pass "$cmd --format=json writes no raw C1/bidi/zero-width"; fi
done
if grep -qF '\u0085b\u202ec\u200bd\u2028e.txt' list.json; then t_pass "list --format=json escapes them as \\uXXXX"
else t_fail "list --format=json escapes them as \\uXXXX" "$(cat -v list.json)"; fi
if python3 -c 'import json,sys; d=json.load(open("list.json")); sys.exit(d[0]["path"] != sys.argv[1])' "$name"
then t_pass "a JSON reader gets the path back exactly"; else t_fail "a JSON reader gets the path back exactly" "$(cat list.json)"; fi

# --- Tag names: C1, bidi, zero-width and invalid UTF-8 refused everywhere ----------
for t in C1:'a\302\233b' bidi:'a\342\200\256b' zero-width:'a\342\200\213b' \
	 invalid-UTF-8:'a\377' ESC:'a\033[31mb'; do
	tag=$(printf "${t#*:}")
	"$DOSSIER" tag "+$tag" --query '' j >out 2>err; rc=$?
	if [ "$rc" = 2 ] && grep -q '^dossier: .*a tag name' err && ! has_raw err; then
		t_pass "a tag with ${t%%:*} is refused with a clean message"
	else t_fail "a tag with ${t%%:*} is refused with a clean message" "rc=$rc" "$(cat -v err)"; fi
done
t_eq "no refused tag was stored" "" "$("$DOSSIER" export --format=json j | python3 -c 'import json,sys; print(" ".join(t for a in json.load(sys.stdin)["articles"] for t in a["tags"]))')"
h=$("$DOSSIER" list --format=json j | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["hash"])')
printf '[{"hash":"%s","tags":["ok","bi\\u202edi"]}]\n' "$h" >badtag.json
"$DOSSIER" import badtag.json j >out 2>err; rc=$?
if [ "$rc" = 1 ] && grep -q 'a tag name cannot contain' err; then t_pass "import refuses a bidi tag name"
else t_fail "import refuses a bidi tag name" "rc=$rc" "$(cat -v err)"; fi
t_eq "the refused import changed nothing" 0 "$("$DOSSIER" list --query 'tag:ok' j | tail -n +2 | wc -l)"
printf '[{"hash":"%s","tags":["raw\377"]}]\n' "$h" >rawtag.json
"$DOSSIER" import rawtag.json j >out 2>err; rc=$?
if [ "$rc" = 1 ] && grep -q 'a tag name must be valid UTF-8' err; then t_pass "import refuses a tag that is not UTF-8"
else t_fail "import refuses a tag that is not UTF-8" "rc=$rc" "$(cat -v err)"; fi
# A tag stored before the rule (written here straight into the file) can still be removed.
if command -v sqlite3 >/dev/null; then
	sqlite3 "$DOSSIER_STATE" "INSERT INTO tag(hash, name) VALUES('$h', 'old$(printf '\342\200\256')x')"
	"$DOSSIER" tag "-old$(printf '\342\200\256')x" --query '' j >out 2>err
	t_eq "a tag made before the rule can be removed" "1 article changed (1 matched)" "$(cat out)"
else
	t_pass "sqlite3 not installed # SKIP"
fi

# --- CSV: no cell reaches a spreadsheet as a formula --------------------------------
mkdir -p 'c/=HYPERLINK("x";"y")'
printf '+1 called for more\n\nThe committee met in Paris.\n' >c/plus.txt
printf -- '-2 percent growth\n\nThe bank met in Berlin.\n' >c/minus.txt
printf '@handle wrote this\n\nThe council met in Rome.\n' >c/at.txt
printf 'Plain title\n\nThe board met in Oslo.\n' >'c/=HYPERLINK("x";"y")/eq.txt'
printf 'Budget vote; =SUM(A1:A9) passed\n\nThe assembly met in Lima.\n' >c/semi.txt
"$DOSSIER" tag +@review +=sum --query '' c >/dev/null
"$DOSSIER" export --format=csv c >out.csv
python3 - out.csv >csv.txt <<'EOF'
import csv, sys
bad, quoted = [], 0
for row in list(csv.reader(open(sys.argv[1], newline="")))[1:]:
    for cell in row:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            bad.append(cell)
        if cell[:2] in ("'=", "'+", "'-", "'@"):
            quoted += 1
print("bad" if bad else "ok", quoted, bad)
EOF
if grep -q '^ok ' csv.txt && [ "$(cut -d' ' -f2 csv.txt)" -ge 7 ]; then
	t_pass "csv: cells starting with = + - @ get a leading quote"
else t_fail "csv: cells starting with = + - @ get a leading quote" "$(cat csv.txt)" "$(cat out.csv)"; fi
if grep -qF '"'"'"'=HYPERLINK(""x"";""y"")"' out.csv; then t_pass "csv: the neutralised cell is quoted"
else t_fail "csv: the neutralised cell is quoted" "$(cat out.csv)"; fi
t_eq "csv: a cell with ';' is quoted" 1 "$(grep -c ',"Budget vote; =SUM(A1:A9) passed",' out.csv)"

# --- Markdown: titles, paths, tags and notes come out as text ------------------------
mkdir m
printf '<img src=x onerror=alert(1)> [click](javascript:alert(1)) *bold* & co\n\nThe envoy met in Paris.\n' \
	>'m/tick`and``more.txt'
"$DOSSIER" tag +'[x](javascript:y)' --query '' m >/dev/null
"$DOSSIER" export --format=md m >out.md
if grep -q '<img' out.md || grep -q '](javascript' out.md || grep -q '^\*bold\*\|[^\\]\*bold' out.md; then
	t_fail "md: HTML and links in a title are escaped" "$(cat out.md)"
else t_pass "md: HTML and links in a title are escaped"; fi
if grep -qF '&lt;img src=x onerror=alert\(1\)&gt; \[click\]\(javascript:alert\(1\)\) \*bold\* &amp; co' out.md
then t_pass "md: the title reads as typed"; else t_fail "md: the title reads as typed" "$(cat out.md)"; fi
if grep -qF '```'"$T"'/m/tick`and``more.txt```' out.md || grep -qF '```m/tick`and``more.txt```' out.md
then t_pass "md: a backtick in a path does not close its code span"
else t_fail "md: a backtick in a path does not close its code span" "$(cat out.md)"; fi
if grep -qF '## \[x\]\(javascript:y\)' out.md; then t_pass "md: a tag heading is escaped"
else t_fail "md: a tag heading is escaped" "$(cat out.md)"; fi

# --- stderr: nothing from argv, the environment or a config file as a control ---------
esc=$(printf '\033]0;owned\007\033[2J')
"$DOSSIER" "--bogus$esc" list j 2>err1; rc1=$?
"$DOSSIER" list "--format=$esc" j 2>err2; rc2=$?
"$DOSSIER" tag "+x$esc" --query '' j 2>err3
touch "f$esc"
DOSSIER_STATE="$T/f$esc/s.db" "$DOSSIER" tag +x --query '' j >/dev/null 2>err4
"$DOSSIER" list --config="$T/none$esc" j >/dev/null 2>err5
printf 'set theme = \302\233x%s\nset date-format = "%%Y%s"\nset cache = "/tmp/c%s"\n' "$esc" "$esc" "$esc" >bad.config
"$DOSSIER" list --config=bad.config j >/dev/null 2>err6
"$DOSSIER" --config=bad.config --dump-config >dump 2>err7
t_eq "unknown option and format are usage errors" "2 2" "$rc1 $rc2"
for f in err1 err2 err3 err4 err5 err6 err7 dump; do
	if has_raw "$f"; then t_fail "no raw control in $f" "$(cat -v "$f")"
	elif [ "$f" != dump ] && ! grep -q '^dossier: ' "$f"; then t_fail "no raw control in $f (has a message)" "$(cat -v "$f")"
	else t_pass "no raw control in $f"; fi
done
if grep -qF "$(printf '\342\220\233')]0;owned" err1; then t_pass "ESC is shown as a visible placeholder"
else t_fail "ESC is shown as a visible placeholder" "$(cat -v err1)"; fi
t_eq "a date-format with controls is refused" 1 "$(grep -c 'bad value for date-format' err6)"

# --- Paths that are not UTF-8 survive export and import ------------------------------
mkdir p
bad=$(printf 'p/bad\377name.txt')
printf 'Bytes in the name\n\nThe minister met in Madrid.\n' >"$bad"
"$DOSSIER" tag +keep --query '' p >/dev/null
"$DOSSIER" export --format=json p >p.json
if grep -qF '"path_bytes":"'"$T"'/p/bad%FFname.txt"' p.json; then t_pass "json export has path_bytes"
else t_fail "json export has path_bytes" "$(cat p.json)"; fi
"$DOSSIER" list --format=json p >pl.json
if grep -qF '"path_bytes": "p/bad%FFname.txt"' pl.json; then t_pass "list --format=json has path_bytes"
else t_fail "list --format=json has path_bytes" "$(cat pl.json)"; fi
rm -f "$DOSSIER_STATE" "$DOSSIER_STATE-wal" "$DOSSIER_STATE-shm"
printf 'An added line: a new content hash, so import must match by path.\n' >>"$bad"
"$DOSSIER" import p.json p >out 2>err
t_eq "import matches the non-UTF-8 path" "1 records: 0 by hash, 1 by path, 0 kept for later, 0 skipped; 1 article changed" "$(cat out)"
t_eq "the tag comes back" 1 "$("$DOSSIER" list --query 'tag:keep' p | tail -n +2 | wc -l)"

t_end
