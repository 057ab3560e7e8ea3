# tests/cli/entity_notes.sh -- entity rules of issue 15 from the Office of the Historian's histories and biographies: notes that cite archives and cables, colleges. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE surface" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $7 }' | tr '\n' '|'
}

# 1. A short history of the Department of State's buildings (other-publications, 198
#    texts, session 48; untuned) cites its sources as "MS. National Archives, Record Group
#    53, Waste Book F": "Archives" was the 9th person of the corpus (11 texts), "Record
#    Group" an ORG of 12. "MS." in capitals before a word in mixed case is a manuscript's,
#    not "Ms."; an archive is a body ("National Archives"); an archive's "Record Group"
#    is a series of its papers, no entity. "Ms. Jane Orlo" is still a person.
mkdir -p "$T/ms"
printf 'Notes\n\nMS. National Archives, Record Group 59, Box 3. Ms. Jane Orlo spoke, and the National Archives agreed.\n' \
	>"$T/ms/a.txt"
t_eq "a manuscript in an archive is no person" \
	"ORG National Archives|PERSON Jane Orlo|ORG National Archives|" "$(ents1 "$T/ms" a.txt)"

# 2. The same texts quote cables, "Telegram from Herrick (Paris) to Secretary of State",
#    and Kennan's "Long Telegram": "Telegram" was an ORG of 6 texts, the messaging service
#    of the lists. A telegram from or to someone, or the Long Telegram, is a paper; the
#    service is still named ("Russia blocked Telegram").
mkdir -p "$T/cable"
printf 'Paris\n\nTelegram from Herrick (Paris) to Bryan, August 3. Kennan wrote the Long Telegram in 1946. Russia blocked Telegram in 2018.\n' \
	>"$T/cable/a.txt"
t_eq "a telegram from someone is a paper" \
	"PLACE Paris|PERSON Herrick|PLACE Paris|PERSON Bryan|DATE August 3|PERSON Kennan|PLACE Russia|ORG Telegram|" \
	"$(ents1 "$T/cable" a.txt)"

# 3. The biographies of the Secretaries of State: "He graduated from the College of William
#    & Mary" made an ORG "College of William" (4 texts) and a person Mary. It is listed,
#    and a listed name's " & " is read as the lists write it ("Procter & Gamble" was no
#    entity either).
mkdir -p "$T/wm"
printf 'Monroe\n\nJames Monroe entered the College of William and Mary at sixteen; Marshall studied at the College of William & Mary. Procter & Gamble grew.\n' >"$T/wm/a.txt"
t_eq "the College of William and Mary" \
	"PERSON Monroe|PERSON James Monroe|ORG College of William and Mary|PERSON Marshall|ORG College of William & Mary|ORG Procter & Gamble|" \
	"$(ents1 "$T/wm" a.txt)"

t_end
