# tests/cli/corr_edit.sh -- :edit re-reads an article and applies the reader's corrections
# to it again (a hidden entity stays hidden, a retyped one keeps its type, a corrected
# mention of the article follows the edit); one whose entity the edit removed is listed
# as unused. The TUI runs in script mode with fake editors. MIT licence.
. "$SRCDIR/tests/lib.sh"

mkdir -p "$T/one" "$T/bin"
cp "$SRCDIR/seeds/001_9c716bbef13f2200.txt" "$T/one/a.txt"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"

# An editor that adds a line (every name stays), and one that removes Irina Volk.
printf '#!/bin/sh\nprintf "\\nAn added line.\\n" >>"$1"\n' >bin/add
printf '#!/bin/sh\nsed -i "s/Irina Volk/the spokeswoman/; s/Volk/She/g" "$1"\n' >bin/unvolk
chmod +x bin/add bin/unvolk

"$DOSSIER" entity hide "Irina Volk" one >/dev/null
"$DOSSIER" entity retype Kolokoltsev org one >/dev/null
"$DOSSIER" entity hide Havana --article one/a.txt --surface Havana --occurrence 2 one >/dev/null
t_eq "three corrections" 3 "$("$DOSSIER" corrections one | tail -n +2 | wc -l)"

# sidebar rows: "│ ▸ NAME   N" (the cursor's) or "│   NAME   N"; a type's heading "│ TYPE"
row() { grep -o "│ . $1  *[0-9]*" "$2" | sed 's/^│ . //; s/  */ /g'; }
tui() { COLUMNS=120 LINES=50 VISUAL="$T/bin/$1" "$DOSSIER" --config /dev/null --script keys one \
	>tui.out 2>&1; }

cat >keys <<'EOF'
3
:save-display before.screen
<Colon> e d i t <Enter>
:save-display edit.screen
EOF
tui add
t_eq "before: Volk hidden, Kolokoltsev an ORG, Havana twice" \
	"|Vladimir Kolokoltsev 4|Havana 2" \
	"$(row 'Irina Volk' before.screen)|$(row 'Vladimir Kolokoltsev' before.screen)|$(row Havana before.screen)"
t_eq ":edit: said" "Re-read one/a.txt (entities extracted again, corrections applied)" \
	"$(tail -n 1 edit.screen | sed 's/^ *//; s/  *entity [0-9/]*$//')"
t_eq ":edit: Volk still hidden" "" "$(row 'Irina Volk' edit.screen)"
t_eq ":edit: Kolokoltsev still an ORG" "ORG" \
	"$(grep -B 30 'Vladimir Kolokoltsev' edit.screen | grep -o '│ [A-Z][A-Z]*$' | tail -1 | sed 's/│ //')"
t_eq ":edit: the hidden mention of Havana still hidden" "Havana 2" "$(row Havana edit.screen)"
t_eq "the edit is in the file" 1 "$(grep -c 'An added line' one/a.txt)"
"$DOSSIER" corrections one >c.tsv
t_eq "the mention's correction follows the edit (its path, one mention)" "one/a.txt 1" \
	"$(awk -F'\t' '$3 == "hide" && $4 == "Havana" { print $7, $11 }' c.tsv)"

# An edit that removes Irina Volk: her correction is kept, and listed as unused.
cat >keys <<'EOF'
<Colon> e d i t <Enter>
<Colon> c o r r e c t i o n s <Enter>
:save-display list.screen
EOF
tui unvolk
t_eq "the gone entity's correction: unused in :corrections" 1 \
	"$(grep -c 'unused  hide Irina Volk (PERSON)' list.screen)"
t_eq "the others are used" 2 "$(grep -c '(made now)  *[0-9][0-9]*  ' list.screen)"
t_eq "and unused in dossier corrections" "hide Irina Volk 0 unused" \
	"$("$DOSSIER" corrections one | awk -F'\t' '$4 == "Irina Volk" { print $3, $4, $11, $12 }')"
t_end
