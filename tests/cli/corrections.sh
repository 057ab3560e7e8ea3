# tests/cli/corrections.sh -- entity corrections and the watchlist from the command line. MIT licence.
. "$SRCDIR/tests/lib.sh"

cp -R "$SRCDIR/seeds" "$T/seeds"
cd "$T" || exit 1
export DOSSIER_STATE="$T/state.db"
A0=seeds/000_26794aa82bd9f140.txt
A1=seeds/001_9c716bbef13f2200.txt
A4=seeds/004_f9c06428318d3c91.txt

# rows of `entities` for a canonical name and type; articles matching a query
ent() { "$DOSSIER" entities seeds | awk -F'\t' -v t="$1" -v n="$2" '$1 == t && $3 == n' | wc -l; }
ent_col() { "$DOSSIER" entities seeds | awk -F'\t' -v t="$1" -v n="$2" -v c="$3" '$1 == t && $3 == n { print $c }'; }
nlist() { "$DOSSIER" list --query "$1" seeds | tail -n +2 | wc -l; }
nment() { "$DOSSIER" mentions seeds | awk -F'\t' -v t="$1" -v n="$2" '$4 == t && $6 == n' | wc -l; }

before_ents=$("$DOSSIER" entities seeds)
t_eq "Cuba is a place before" 1 "$(ent PLACE Cuba)"
t_eq "entity:Cuba finds 2 articles before" 2 "$(nlist entity:Cuba)"

# hide
t_eq "hide says so" "hidden" "$("$DOSSIER" entity hide Cuba seeds)"
t_eq "hide: gone from entities" 0 "$(ent PLACE Cuba)"
t_eq "hide: gone from mentions" 0 "$(nment PLACE Cuba)"
t_eq "hide: entity:Cuba finds nothing" 0 "$(nlist entity:Cuba)"
t_eq "the state file is private" 600 "$(stat -c %a "$DOSSIER_STATE")"

# retype
"$DOSSIER" entity retype "Irina Volk" org seeds >/dev/null
t_eq "retype: ORG in entities" 1 "$(ent ORG 'Irina Volk')"
t_eq "retype: no PERSON left" 0 "$(ent PERSON 'Irina Volk')"
t_eq "retype: its mentions are ORG" 4 "$(nment ORG 'Irina Volk')"
t_eq "retype: type:org with entity: finds it" 1 "$(nlist 'entity:volk type:org')"

# rename
"$DOSSIER" entity rename Kolokoltsev "Vladimir A. Kolokoltsev" seeds >/dev/null
t_eq "rename: the new name in entities" 1 "$(ent PERSON 'Vladimir A. Kolokoltsev')"
t_eq "rename: the new name in mentions" 4 "$(nment PERSON 'Vladimir A. Kolokoltsev')"
t_eq "rename: entity: by the new name" 1 "$(nlist 'entity:"Vladimir A. Kolokoltsev"')"
t_eq "rename: and by an old alias" 1 "$(nlist entity:kolokoltsev)"

# an ambiguous name is an error that lists the candidates
"$DOSSIER" entity merge Kremlin Putin seeds >out 2>err; rc=$?
t_eq "ambiguous NAME: exit 1" 1 "$rc"
if grep -q 'Kremlin (ORG)' err && grep -q 'Kremlin (PLACE)' err; then t_pass "and it lists the candidates"
else t_fail "and it lists the candidates" "$(cat err)"; fi
"$DOSSIER" entity hide "Nobody Atall" seeds >out 2>err; rc=$?
t_eq "no such entity: exit 1" 1 "$rc"
"$DOSSIER" entity frobnicate Putin seeds >out 2>err; rc=$?
t_eq "unknown action: exit 2" 2 "$rc"
"$DOSSIER" entity seeds >out 2>err; rc=$?
t_eq "no action: exit 2" 2 "$rc"
"$DOSSIER" entity rename Putin >out 2>err; rc=$?
t_eq "rename without NEW-NAME: exit 2" 2 "$rc"
"$DOSSIER" entity retype Putin animal seeds >out 2>err; rc=$?
t_eq "retype to an unknown type: exit 2" 2 "$rc"

# merge (the type given as the candidates are listed)
"$DOSSIER" entity merge "Kremlin (PLACE)" "Kremlin (ORG)" seeds >/dev/null
t_eq "merge: one Kremlin left, the ORG" "1 0" "$(ent ORG Kremlin) $(ent PLACE Kremlin)"
t_eq "merge: its counts add up" 4 "$(ent_col ORG Kremlin 5)"
t_eq "merge: entity:Kremlin finds both articles" 2 "$(nlist entity:kremlin)"
t_eq "merge: every mention is the ORG's" "4 0" "$(nment ORG Kremlin) $(nment PLACE Kremlin)"

# split: every "Xi" out of Xi Jinping, as an entity of its own
xi=$(ent_col PERSON 'Xi Jinping' 5)
"$DOSSIER" entity split "Xi Jinping" --surface Xi seeds >/dev/null
t_eq "split: a new entity Xi" 1 "$(ent PERSON Xi)"
t_eq "split: Xi Jinping lost those mentions" "$((xi - $(ent_col PERSON Xi 5)))" \
	"$(ent_col PERSON 'Xi Jinping' 5)"
t_eq "split: entity:xi names the new one" "$(nlist entity:xi)" "$(ent_col PERSON Xi 4)"
t_eq "split: the mentions say so" "$(ent_col PERSON Xi 5)" "$(nment PERSON Xi)"
t_eq "split: and no Xi is left in Xi Jinping's" 0 \
	"$("$DOSSIER" mentions seeds | awk -F'\t' '$6 == "Xi Jinping" && $7 == "Xi"' | wc -l)"
"$DOSSIER" entity split Putin --surface Nobody seeds >out 2>err; rc=$?
t_eq "split of a surface the entity does not have: exit 1" 1 "$rc"

# add: a word of an article as a mention of a new entity, then of an existing one
"$DOSSIER" entity add "Press Conference" --type org --article "$A0" --surface "press conference" \
	seeds >/dev/null
t_eq "add: the new entity" 1 "$(ent ORG 'Press Conference')"
t_eq "add: its mention, at the right bytes" \
	"$A0	$(grep -bo 'press conference' "$A0" | head -1 | cut -d: -f1)" \
	"$("$DOSSIER" mentions seeds | awk -F'\t' '$6 == "Press Conference" { print $1 "\t" $2 }')"
"$DOSSIER" entity add "Press Conference" --article "$A0" --surface "video conference" seeds >/dev/null
t_eq "add into an existing entity" 2 "$(ent_col ORG 'Press Conference' 5)"
t_eq "add: entity: finds its article" 1 "$(nlist 'entity:"press conference"')"
"$DOSSIER" entity add "Press Conference" --article "$A0" --surface "nowhere to be seen" seeds >out 2>err; rc=$?
t_eq "add of words that are not there: exit 1" 1 "$rc"
"$DOSSIER" entity add "Brand New" --article "$A0" --surface "press" seeds >out 2>err; rc=$?
t_eq "add of a new entity without --type: exit 2" 2 "$rc"

# the watchlist
t_eq "watch" "watched" "$("$DOSSIER" entity watch "Vladimir Putin" seeds)"
t_eq "watch again changes nothing" "unchanged" "$("$DOSSIER" entity watch Putin seeds)"
t_eq "is:watched finds Putin's articles" "$(nlist 'entity:"vladimir putin"')" "$(nlist is:watched)"
"$DOSSIER" entity watch Maduro seeds >/dev/null
t_eq "two watched" "$(nlist 'entity:putin OR entity:maduro')" "$(nlist is:watched)"
"$DOSSIER" entity unwatch Maduro seeds >/dev/null
t_eq "unwatch" "$(nlist entity:putin)" "$(nlist is:watched)"

# the list of corrections, persisted across runs
"$DOSSIER" corrections seeds >c.tsv
t_eq "corrections: header" "id	made	kind	entity	type	surface	article	occurrence	to	to_type	mentions	unused	what" "$(head -1 c.tsv)"
t_eq "corrections: one row each" "hide retype rename merge split add add " \
	"$(tail -n +2 c.tsv | cut -f3 | tr '\n' ' ')"
t_eq "corrections: none unused" 0 "$(tail -n +2 c.tsv | awk -F'\t' '$12 == "unused"' | wc -l)"
t_eq "corrections: hide applied to Cuba's 16 mentions" 16 "$(sed -n 2p c.tsv | cut -f11)"
"$DOSSIER" corrections --format=json seeds >c.json
if python3 -c 'import json; d=json.load(open("c.json")); assert len(d)==7 and d[0]["kind"]=="hide" and d[0]["mentions"]==16 and not d[0]["unused"]'
then t_pass "corrections --format=json"; else t_fail "corrections --format=json" "$(cat c.json)"; fi

# export and import: a fresh state gets the same corrections and the same entities
after_ents=$("$DOSSIER" entities seeds)
"$DOSSIER" export --format=json seeds >exp.json
if python3 -c 'import json; d=json.load(open("exp.json")); assert len(d["articles"])==5 and len(d["corrections"])==7 and [w["key"] for w in d["watched"]]==["vladimir putin"]'
then t_pass "export has corrections and watched"; else t_fail "export has corrections and watched" "$(head -c 2000 exp.json)"; fi
DOSSIER_STATE="$T/other.db" "$DOSSIER" import exp.json seeds >imp.out
t_eq "import says what it restored" "7 corrections and 1 watched entity restored" "$(tail -1 imp.out)"
t_eq "import restores the corrected entities" "$after_ents" "$(DOSSIER_STATE="$T/other.db" "$DOSSIER" entities seeds)"
t_eq "and the watchlist" "$(nlist is:watched)" \
	"$(DOSSIER_STATE="$T/other.db" "$DOSSIER" list --query is:watched seeds | tail -n +2 | wc -l)"
DOSSIER_STATE="$T/other.db" "$DOSSIER" import exp.json seeds >imp.out
t_eq "a second import adds nothing" 7 "$(DOSSIER_STATE="$T/other.db" "$DOSSIER" corrections seeds | tail -n +2 | wc -l)"
t_eq "without corrections, the entities are as extracted" "$before_ents" \
	"$(DOSSIER_STATE="$T/none.db" "$DOSSIER" entities seeds)"

# --cache: corrections are part of what the cache validates
rm -f cache.db
t_eq "--cache: built with the corrections" "$after_ents" "$("$DOSSIER" --cache cache.db entities seeds)"
t_eq "--cache: read back with them" "$after_ents" "$("$DOSSIER" --cache cache.db entities seeds 2>&1)"
"$DOSSIER" entity hide Moscow seeds >/dev/null
t_eq "--cache: a new correction is not served stale" 0 \
	"$("$DOSSIER" --cache cache.db entities seeds 2>/dev/null | awk -F'\t' '$3 == "Moscow"' | wc -l)"
t_eq "--cache: the counts of corrections come back from it" "$("$DOSSIER" corrections seeds)" \
	"$("$DOSSIER" --cache cache.db corrections seeds 2>/dev/null)"
t_eq "--cache: another state's corrections are not served either" "$before_ents" \
	"$(DOSSIER_STATE="$T/none.db" "$DOSSIER" --cache cache.db entities seeds 2>/dev/null)"

# a correction whose entity leaves the corpus (an edited article) is kept, marked unused
"$DOSSIER" entity hide Samarkand seeds >/dev/null
sed -i 's/Samarkand/the city/g' "$A4"
"$DOSSIER" corrections seeds >c2.tsv
t_eq "the edited-away entity's correction is kept, unused" "hide Samarkand 0 unused" \
	"$(awk -F'\t' '$4 == "Samarkand" { print $3, $4, $11, $12 }' c2.tsv)"
t_eq "the others still apply" 0 "$(awk -F'\t' '$4 != "Samarkand" && $12 == "unused"' c2.tsv | tail -n +2 | wc -l)"

# one mention: hide the second "Moscow"... of an article, by its place
cp "$SRCDIR/$A1" "$A1"
DOSSIER_STATE="$T/m.db"; export DOSSIER_STATE
m0=$(nment PLACE Moscow)
"$DOSSIER" entity hide Moscow --article "$A1" --surface Moscow --occurrence 1 seeds >/dev/null
t_eq "hide one mention" $((m0 - 1)) "$(nment PLACE Moscow)"
"$DOSSIER" entity retype Moscow person --article "$A1" --surface Moscow --occurrence 2 seeds >/dev/null
t_eq "retype one mention" 1 "$(nment PERSON Moscow)"
"$DOSSIER" entity hide Moscow --article "$A1" --surface Moscow --occurrence 99 seeds >out 2>err; rc=$?
t_eq "an occurrence that is not there: exit 1" 1 "$rc"

# Two entities of one name and type (the resolver keys a court by its country): NAME names
# both, and a correction applies to both; split --into a new name tells them apart.
cp -R "$SRCDIR/tests/screen/corpus-courts" courts
courts() { DOSSIER_STATE="$T/courts.db" "$DOSSIER" "$@" courts; }
court_rows() { courts entities | awk -F'\t' -v n="$1" '$1 == "ORG" && $3 == n' | wc -l; }
t_eq "two Supreme Courts before" 2 "$(court_rows 'Supreme Court')"
courts entity split "Supreme Court" --surface "Supreme Court" --article courts/india.txt \
	--into "Supreme Court of India" >out 2>err; rc=$?
t_eq "split --into a new name: exit 0" 0 "$rc"
t_eq "split --into a new name: one Supreme Court left" "1 1" \
	"$(court_rows 'Supreme Court') $(court_rows 'Supreme Court of India')"
courts entity split "Supreme Court" --surface "Supreme Court" --into "Supreme Court" >out 2>err
t_eq "split --into the entity's own name: exit 1" 1 "$?"
courts corrections >cc.tsv
t_eq "the refused split kept nothing" 1 "$(tail -n +2 cc.tsv | wc -l)"
rm -f "$T/courts.db"
courts entity rename "Supreme Court" "High Court" >out 2>err; rc=$?
t_eq "rename of a name two entities share: exit 0" 0 "$rc"
t_eq "both renamed, still apart" "0 2" "$(court_rows 'Supreme Court') $(court_rows 'High Court')"
courts entity hide "High Court" >/dev/null
t_eq "hide of the shared name hides both" 0 "$(court_rows 'High Court')"
t_eq "and entity: finds neither" 0 \
	"$(courts list --query 'entity:"high court"' | tail -n +2 | wc -l)"
t_eq "the hide applied to all 4 mentions" 4 \
	"$(courts corrections | awk -F'\t' '$3 == "hide" { print $11 }')"

# a read-only state file: the correction fails and says why; the listing still reads
if command -v setpriv >/dev/null && [ "$(id -u)" = 0 ]; then
	chmod 755 "$T"
	cp "$DOSSIER" "$T/dossier-bin"
	chmod 755 "$T/dossier-bin" seeds; chmod 644 seeds/*
	chmod 444 "$DOSSIER_STATE"
	as() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$T" DOSSIER_STATE="$DOSSIER_STATE" "$@"; }
	as "$T/dossier-bin" entity hide Putin seeds >w.out 2>w.err; rc=$?
	t_eq "a read-only state: entity hide exits 1" 1 "$rc"
	if grep -q "^dossier: .*read" w.err; then t_pass "and says the file is read-only"
	else t_fail "and says the file is read-only" "$(cat w.err)"; fi
	t_eq "a read-only state: corrections still lists" 2 \
		"$(as "$T/dossier-bin" corrections seeds 2>/dev/null | tail -n +2 | wc -l)"
	chmod 644 "$DOSSIER_STATE"
fi
t_end
