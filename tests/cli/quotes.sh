# tests/cli/quotes.sh -- dossier quotes: columns, offsets, --entity, corrections, hostile input. MIT licence.
# Big inputs carry generous timeouts for the sanitizer build: bounds, never a measurement
# (a quadratic pass over them would take hours).
. "$SRCDIR/tests/lib.sh"

seeds="$SRCDIR/seeds"
hdr="path	start	end	speaker_entity_id	speaker	quote_start	quote_end"

"$DOSSIER" quotes --no-state "$seeds" >"$T/all.tsv" 2>"$T/err"; rc=$?
t_eq "quotes on seeds exits 0" 0 "$rc"
t_eq "quotes header" "$hdr" "$(head -1 "$T/all.tsv")"
t_eq "nothing on stderr" "" "$(cat "$T/err")"
t_eq "every row has seven fields" "" "$(awk -F '\t' 'NF != 7' "$T/all.tsv")"
# what was said lies inside the quotation, and both inside the file
if awk -F '\t' 'NR > 1 && !($2 + 0 <= $6 + 0 && $6 + 0 < $7 + 0 && $7 + 0 <= $3 + 0) { bad = 1 }
	END { exit bad }' "$T/all.tsv"; then t_pass "start <= quote_start < quote_end <= end"
else t_fail "start <= quote_start < quote_end <= end" "$(head -20 "$T/all.tsv")"; fi

# The bytes at the offsets are what was said (a quote in marks, without the marks).
bytes() { tail -c +"$(($2 + 1))" "$1" | head -c "$(($3 - $2))"; }
row=$(awk -F '\t' '$1 ~ /004_/ && $5 == "Yuri Ushakov"' "$T/all.tsv" | sed -n 5p)
qs=$(printf '%s\n' "$row" | cut -f6); qe=$(printf '%s\n' "$row" | cut -f7)
t_eq "a quote's offsets: the words inside the marks" \
	"This issue will be discussed thoroughly during the meeting." \
	"$(bytes "$seeds/004_f9c06428318d3c91.txt" "$qs" "$qe")"
# reported speech: the clause after "said", without the full stop
row=$(awk -F '\t' '$1 ~ /004_/ && $5 == "Vladimir Putin"' "$T/all.tsv" | head -1)
t_eq "reported speech: the clause" "the prospect could not be ruled out" \
	"$(bytes "$seeds/004_f9c06428318d3c91.txt" "$(echo "$row" | cut -f6)" "$(echo "$row" | cut -f7)")"
t_eq "reported speech: the whole from the speaker's name" \
	"Putin said the prospect could not be ruled out" \
	"$(bytes "$seeds/004_f9c06428318d3c91.txt" "$(echo "$row" | cut -f2)" "$(echo "$row" | cut -f3)")"

# A pronoun's speaker is the person named before ("he said" after Belousov's words).
t_eq "he said: resolved to the person before" "5" \
	"$(awk -F '\t' '$1 ~ /003_/ && $5 == "Andrey Belousov"' "$T/all.tsv" | wc -l | tr -d ' ')"

# --entity: the quotes of one entity, by its name or an alias, folded.
"$DOSSIER" quotes --no-state --entity USHAKOV "$seeds" >"$T/ush.tsv" 2>"$T/err"
t_eq "--entity by an alias: Ushakov's ten quotes" "10 Yuri Ushakov" \
	"$(awk -F '\t' 'NR > 1 { n++; s[$5] = 1 } END { for (k in s) w = w k; print n, w }' "$T/ush.tsv")"
"$DOSSIER" quotes --no-state --entity "Nobody At All" "$seeds" >"$T/none.tsv" 2>"$T/err"; rc=$?
t_eq "--entity with no such entity: exit 0" 0 "$rc"
t_eq "--entity with no such entity: the header only" "$hdr" "$(cat "$T/none.tsv")"
t_eq "--entity with no such entity: said on stderr" 'dossier: no entity is called "Nobody At All"' \
	"$(cat "$T/err")"
"$DOSSIER" quotes --no-state --query 'date:2025' "$seeds" >"$T/q.tsv" 2>"$T/err"
t_eq "--query narrows the articles" "seeds/004_f9c06428318d3c91.txt" \
	"$(awk -F '\t' 'NR > 1 { print $1 }' "$T/q.tsv" | sort -u | sed 's|.*/seeds/|seeds/|')"

# said: in a query, and its negation.
"$DOSSIER" list --no-state --query 'said:ushakov' "$seeds" >"$T/said.tsv" 2>"$T/err"
t_eq "said:ushakov lists the two articles that quote him" "2" \
	"$(awk 'NR > 1' "$T/said.tsv" | wc -l | tr -d ' ')"
"$DOSSIER" list --no-state --query 'entity:"xi jinping" -said:"xi jinping"' "$seeds" >"$T/xi.tsv"
t_eq "Xi Jinping is named in two articles and quoted in none" "2" \
	"$(awk 'NR > 1' "$T/xi.tsv" | wc -l | tr -d ' ')"

# JSON: one object per quote with the kind and the text; it parses.
"$DOSSIER" quotes --no-state --format=json --entity belousov "$seeds" >"$T/q.json" 2>"$T/err"
if command -v python3 >/dev/null 2>&1; then
	t_eq "JSON parses; kinds and first quote" "5 direct,reported the two sides have already" \
		"$(python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))
print(len(v), ",".join(sorted(set(q["kind"] for q in v))), " ".join(v[1]["quote"].split()[:5]))' "$T/q.json")"
else
	t_pass "JSON parses # SKIP python3 not found"
fi

# The reader's corrections decide the speaker: renamed, the quotes say the new name;
# hidden, they keep the words of the text and no entity.
st="$T/state.db"
"$DOSSIER" entity rename "Yuri Ushakov" "Y. Ushakov" --state "$st" "$seeds" >/dev/null 2>&1
"$DOSSIER" quotes --state "$st" --entity "y. ushakov" "$seeds" >"$T/ren.tsv" 2>"$T/err"
t_eq "a renamed entity speaks under its new name" "10 Y. Ushakov" \
	"$(awk -F '\t' 'NR > 1 { n++; s[$5] = 1 } END { for (k in s) w = w k; print n, w }' "$T/ren.tsv")"
"$DOSSIER" entity hide "Andrey Belousov" --state "$st" "$seeds" >/dev/null 2>&1
"$DOSSIER" quotes --state "$st" "$seeds" >"$T/hid.tsv" 2>"$T/err"
t_eq "a hidden entity is nobody's speaker: no id, the text's words" "Belousov" \
	"$(awk -F '\t' '$1 ~ /003_/ && $6 == 354 { print ($4 == "" ? "" : "id ") $5 }' "$T/hid.tsv")"

# Hostile input: unbalanced marks, controls, invalid bytes.
mkdir -p "$T/bad"
printf 'Stray marks\n\n\xe2\x80\x9cWe will win, he thought.\nSmith left. \xe2\x80\x9d said \xe2\x80\x9c\n"\n\xe2\x80\x9c\n' \
	>"$T/bad/marks.txt"
printf 'Escapes\n\nA witness said the \033[31mcar\033[0m was \377 \033]0;red\007.\n' >"$T/bad/esc.txt"
"$DOSSIER" quotes --no-state "$T/bad" >"$T/bad.tsv" 2>"$T/err"; rc=$?
t_eq "unbalanced marks and escapes: exit 0" 0 "$rc"
t_eq "no escape byte reaches the output" "0" "$(tr -cd '\033\007' <"$T/bad.tsv" | wc -c | tr -d ' ')"
t_eq "the escapes' line: a quote by nobody the entities know" "1 " \
	"$(awk -F '\t' '$1 ~ /esc/ { n++; id = id $4 } END { print n, id }' "$T/bad.tsv")"
"$DOSSIER" quotes --no-state --format=json "$T/bad" >"$T/bad.json" 2>"$T/err"
t_eq "JSON: no escape byte either" "0" "$(tr -cd '\033\007' <"$T/bad.json" | wc -c | tr -d ' ')"

# A quotation mark on every line, 10,000 lines: each opening mark left open goes on into
# the next paragraph, so it is one long quote, found in one pass.
mkdir -p "$T/lines"
awk 'BEGIN { print "Marks"; print ""
	for (i = 0; i < 10000; i++) printf "\342\200\234Line %d of the quote goes on\n", i
	print "\342\200\234the end,\342\200\235 Smith said." }' >"$T/lines/a.txt"
timeout 120 "$DOSSIER" quotes --no-state --format=json "$T/lines" >"$T/lines.json" 2>"$T/err"; rc=$?
t_eq "10,000 lines each opening a quote: exit 0" 0 "$rc"
t_eq "10,000 lines: one quote over every paragraph, Smith's" "1 1" \
	"$(grep -c '"kind": "direct"' "$T/lines.json") $(grep -c '"speaker": "Smith"' "$T/lines.json")"
# Half a million lines alternating opening and closing marks, and as many "he said".
mkdir -p "$T/many"
awk 'BEGIN { print "Many"; print ""
	for (i = 0; i < 250000; i++) { printf "\342\200\234We %d,\342\200\235 he said.\n", i; print "\"" } }' \
	>"$T/many/a.txt"
timeout 120 "$DOSSIER" quotes --no-state "$T/many" >"$T/many.tsv" 2>"$T/err"; rc=$?
t_eq "500,000 lines of marks and he said: exit 0" 0 "$rc"
t_eq "250,000 quotes found" "250000" "$(awk 'NR > 1' "$T/many.tsv" | wc -l | tr -d ' ')"
# One line of 200,000 attributions with no full stop: one sentence, still linear.
mkdir -p "$T/long"
awk 'BEGIN { print "Long"; print ""
	for (i = 0; i < 200000; i++) printf "the minister said the talks went well, according to the ministry, "
	print "" }' >"$T/long/a.txt"
timeout 120 "$DOSSIER" quotes --no-state "$T/long" >"$T/long.tsv" 2>"$T/err"; rc=$?
t_eq "one sentence of 200,000 attributions: exit 0" 0 "$rc"
t_end
