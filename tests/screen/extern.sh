# tests/screen/extern.sh -- links ($BROWSER, OSC 52), | pipe, :!, v ($PAGER) and :edit in
# script mode, with fake commands written here that record their argv. MIT licence.
# Each tests/screen/extern/NAME.keys runs with its own environment; its dumps are compared
# with tests/screen/expected/ like screens.sh (UPDATE=1 rewrites them).
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/tests/data/links" "$T/links"
cd "$T" || exit 1
mkdir -p bin
L=$(cd links && pwd -P)
hostile="https://evil.example.net/x?a='1';b=\$(touch\${IFS}pwned)&c=\`id\`&d=|e&f=\\g"

# A fake command: NAME records each argument on its own line in $T/NAME.args. The
# browser is detached, so it writes to a temporary file and renames it when done.
fake() {
	cat >"bin/$1" <<EOF
#!/bin/sh
for a in "\$@"; do printf '%s\n' "\$a"; done >"$T/$1.args.tmp"
$2
mv "$T/$1.args.tmp" "$T/$1.args"
EOF
	chmod +x "bin/$1"
}
fake browser ""
fake pager ""
fake editor 'sed -i "s/herons/egrets/g; s/the city council/Mayor Tomas Brandt/" "$1"'

# wait_file FILE: the detached browser writes in its own time (bounded wait, ~10 s).
wait_file() {
	i=0
	while [ ! -f "$1" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	[ -f "$1" ]
}

# run NAME: run extern/NAME.keys on the links corpus, compare its dumps.
run() {
	name=$1
	keys="$SRCDIR/tests/screen/extern/$name.keys"
	size=$(sed -n '1s/^# size \([0-9]*x[0-9]*\).*/\1/p' "$keys")
	[ -n "$size" ] || size=80x24
	rm -f ./*.screen
	export DOSSIER_STATE="$HOME/state-$name.db"
	if ! COLUMNS=${size%x*} LINES=${size#*x} "$DOSSIER" --script "$keys" links >"$T/run.out" 2>&1; then
		t_fail "$name: dossier exited with an error" "$(head -c 1000 "$T/run.out")"
		return
	fi
	for dump in ./*.screen; do
		[ -f "$dump" ] || { t_fail "$name: no screen saved"; continue; }
		d=$(basename "$dump")
		exp="$SRCDIR/tests/screen/expected/$d"
		if [ -n "${UPDATE:-}" ]; then cp "$dump" "$exp"; fi
		if [ ! -f "$exp" ]; then t_fail "$name/$d: no expected dump (run with UPDATE=1)"; continue; fi
		t_diff "$name/$d" "$exp" "$dump"
	done
}

# Links: the hostile URL reaches $BROWSER as one argument, byte for byte.
BROWSER="$T/bin/browser" run links
if wait_file browser.args; then
	t_eq "links: the browser got exactly one argument" 1 "$(wc -l <browser.args)"
	t_eq "links: the hostile URL arrived unchanged" "$hostile" "$(cat browser.args)"
else
	t_fail "links: the browser never ran"
fi
t_eq "links: nothing in the URL ran as a command" "" "$(find "$T" -name pwned)"
rm -f browser.args

# %s in $BROWSER is replaced by the URL; a bare domain gets https://. OSC 52 copies.
mkdir -p "$XDG_CONFIG_HOME/dossier"
echo "set osc52 = yes" >"$XDG_CONFIG_HOME/dossier/config"
BROWSER="$T/bin/browser --new-tab %s --private" DOSSIER_SCRIPT_OUTPUT="$T/term.out" run links_subst
rm "$XDG_CONFIG_HOME/dossier/config"
if wait_file browser.args; then
	t_eq "subst: %s replaced, other words kept" "--new-tab
https://reuters.com/valmora
--private" "$(cat browser.args)"
else
	t_fail "subst: the browser never ran"
fi
b64=$(printf '%s' "$hostile" | base64 | tr -d '\n')
if grep -qF "$(printf '\033]52;c;%s\a' "$b64")" term.out; then
	t_pass "osc52: the terminal got the URL in base64"
else
	t_fail "osc52: no OSC 52 sequence with $b64" "$(od -c term.out | tail -5)"
fi
# Every OSC 52 sequence carries base64 only (the screen itself shows the URL, sanitised).
payloads=$(tr '\033\007' '\n\n' <term.out | grep -a '^]52;')
t_eq "osc52: one sequence, base64 only" "]52;c;$b64" "$payloads"

BROWSER="/nonexistent/web-browser" run browser_fail

# | : the command reads the article's text on stdin; the text is never on a command line.
run pipe
t_check "pipe: the command got the article's text" cmp piped "$L/harbour.txt"

# :! runs through /bin/sh
rm -f touched "a b"
run shell
t_check "shell: :!touch made its files" test -f touched -a -f "a b"

# v: $PAGER's words, then the absolute path as one argument.
PAGER="$T/bin/pager -R" run pager
t_eq "pager: argv is the pager's words and the absolute path" "-R
$L/harbour.txt" "$(cat pager.args 2>/dev/null)"

# :edit with an editor that leaves the file alone, and with one that cannot run.
VISUAL=true run edit_same
t_eq "edit: an unchanged file keeps its state" "1" \
	"$(DOSSIER_STATE="$HOME/state-edit_same.db" "$DOSSIER" list --query tag:same links 2>&1 | grep -c harbour.txt)"
VISUAL= EDITOR=/nonexistent/editor run edit_noexec

# :edit: $VISUAL first; the file is re-read and re-indexed; the tag follows the edit.
VISUAL="$T/bin/editor" EDITOR=false run edit
t_eq "edit: the editor got the absolute path" "$L/harbour.txt" "$(cat editor.args 2>/dev/null)"
t_check "edit: the file was changed" grep -q egrets "$L/harbour.txt"
export DOSSIER_STATE="$HOME/state-edit.db"
"$DOSSIER" list --query tag:keep links >list.out 2>&1
t_eq "edit: the state file has the tag on the edited article" "1" "$(grep -c 'harbour.txt' list.out)"
"$DOSSIER" list --query 'tag:keep egrets' links >list.out 2>&1
t_eq "edit: the CLI finds the new text with the tag" "1" "$(grep -c 'harbour.txt' list.out)"
t_end
