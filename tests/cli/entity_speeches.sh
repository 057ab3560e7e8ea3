# tests/cli/entity_speeches.sh -- entity rules of issue 15 for long speeches and state papers of the 19th and 20th centuries. MIT licence.
# Each case is a small corpus written here; the rules are general (titles, the shapes of
# signatures and headings of state papers), not these names. Where a rule is about a word
# the lists hold (a town's name), the word is one no case of the rule's corpus named.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A listed town's word that the text titles as a person ("Judge Douglas", "Senator
#    Douglas") is that person where it stands alone too ("Lincoln or Douglas", "Douglas
#    and I crossed swords"), in its article, and in the corpus when the corpus never puts
#    the word in a place's slot. Douglas (a capital, of the Isle of Man) was a PLACE of 89
#    mentions in 21 of Lincoln's papers and speeches beside 84 person mentions.
mkdir -p "$T/town1" "$T/town2"
printf 'A letter\n\nJudge Kingston spoke at the fair. I think Kingston will lose. Who but Kingston? In one of Kingston'"'"'s speeches he said so.\n' >"$T/town1/a.txt"
t_eq "a titled town word is the person in its article" \
	"Kingston>Kingston PERSON|Kingston>Kingston PERSON|Kingston>Kingston PERSON|Kingston>Kingston PERSON|" \
	"$(rows "$T/town1" a.txt)"
printf 'A speech\n\nSenator Kingston came here. He spoke.\n' >"$T/town2/a.txt"
printf 'Another speech\n\nI met Judge Kingston last year.\n' >"$T/town2/b.txt"
printf 'A letter\n\nWe must beat Kingston and his friends this fall.\n' >"$T/town2/c.txt"
t_eq "and in the corpus that never writes it as a place" \
	"Kingston>Kingston PERSON|" "$(rows "$T/town2" c.txt)"
#    Not where the article or the corpus puts the word in a place's slot.
printf 'A trip\n\nWe sailed to Kingston in May. Kingston was hot.\n' >"$T/town2/d.txt"
t_eq "a town in a place's slot stays a town" \
	"Kingston>Kingston PLACE|Kingston>Kingston PLACE|" "$(rows "$T/town2" d.txt)"
t_eq "and the corpus's other lone uses stay towns" \
	"Kingston>Kingston PLACE|" "$(rows "$T/town2" c.txt)"
printf 'A letter\n\nMayor Kingston arrived in Kingston. Kingston was quiet.\n' >"$T/town1/b.txt"
t_eq "an article that writes the town keeps it" \
	"Kingston>Kingston PERSON|Kingston>Kingston PLACE|Kingston>Kingston PLACE|" "$(rows "$T/town1" b.txt)"


# 2. A state paper's signature in capitals inside a line of prose ("By the President:
#    WILLIAM H. SEWARD, Secretary of State."), and a family name in capitals after its
#    prefix ("TO GENERAL G. B. McCLELLAN."), are one name. They were "WILLIAM H" and an
#    acronym (15 of Lincoln's proclamations), and "G. B" (4 letters and telegrams).
mkdir -p "$T/sign"
printf 'A proclamation\n\nIn witness whereof I have signed.\n\nBy the President: WILLIAM H. KORVELL, Secretary of State.\n' >"$T/sign/a.txt"
t_eq "a signature in capitals in prose" "WILLIAM H. KORVELL>William H. Korvell PERSON|" "$(rows "$T/sign" a.txt)"
printf 'TO GENERAL G. B. McKORVAN.\n\nYours of today received.\n' >"$T/sign/b.txt"
t_eq "a family name in capitals after Mc" "G. B. McKORVAN>G. B. McKORVAN PERSON|" "$(rows "$T/sign" b.txt)"
#    Not an acronym of the lists after a given name, nor a program's name.
printf 'A note\n\nWe met JAMES NATO there, and Dana ran MacOS.\n' >"$T/sign/c.txt"
t_eq "no name of an acronym" "" "$(rows "$T/sign" c.txt | tr '|' '\n' | grep -e 'JAMES NATO' -e 'MacOS')"


# 3. Initials alone are no person's name: older print spaces the District's, "Washington,
#    D. C., October 11th, 1915", and "D. C" was a person of 4 addresses and of 5 pages of
#    Grant's memoirs, beside the town.
mkdir -p "$T/dc"
printf 'An address\n\nDelivered in the hall of the House, Washington, D. C., at noon.\n' >"$T/dc/a.txt"
t_eq "no person D. C" "Washington>Washington, D.C. PLACE|" "$(rows "$T/dc" a.txt)"
printf 'A letter\n\nI asked J. K. Vormel and H. P. about it.\n' >"$T/dc/b.txt"
t_eq "initials before a family name stay" "J. K. Vormel>J. K. Vormel PERSON|" "$(rows "$T/dc" b.txt)"


# 4. "Fortress" begins a fort's name as "Fort" does: "the army at and about Fortress
#    Monroe" was James Monroe (4 mentions in 4 letters and speeches; 7 pages of Grant's
#    memoirs named it).
mkdir -p "$T/fort"
printf 'A letter\n\nThe army at and about Fortress Ulvane will move. The war did not end at Fortress Ulvane.\n' >"$T/fort/a.txt"
t_eq "a fortress is a place" "Fortress Ulvane>Fortress Ulvane PLACE|Fortress Ulvane>Fortress Ulvane PLACE|" "$(rows "$T/fort" a.txt)"


# 5. A town named by a word and a family name that is also a small head of places ("Bowling
#    Green", "Malvern Hill", "Pleasant Hill") is a place in a place's slot ("at Bowling
#    Green"), and where the corpus puts it there twice and never titles it, its other uses
#    are the place too ("menace Bowling Green"). It was a person of 7 mentions in 3 letters
#    (Grant's memoirs: 11 in 5 chapters).
mkdir -p "$T/green"
printf 'A letter\n\nNo force was sent from those places to Dorlan Green. If his column shall move on Dorlan Green, it will do.\n' >"$T/green/a.txt"
printf 'A letter\n\nIf the enemy shall concentrate at Dorlan Green, do not retire, but seize the roads left by the concentration at Dorlan Green.\n' >"$T/green/b.txt"
t_eq "a town in a place's slot" "Dorlan Green>Dorlan Green PLACE|Dorlan Green>Dorlan Green PLACE|" "$(rows "$T/green" b.txt)"
t_eq "and out of it" "Dorlan Green>Dorlan Green PLACE|Dorlan Green>Dorlan Green PLACE|" "$(rows "$T/green" a.txt)"
#    Not a given name's family name.
printf 'A letter\n\nWe stopped at Kevin Hill and asked. Kevin Hill said no.\n' >"$T/green/c.txt"
t_eq "a given name and a family name stay a person" "Kevin Hill>Kevin Hill PERSON|Kevin Hill>Kevin Hill PERSON|" "$(rows "$T/green" c.txt)"


# 6. "E." before another initial is an initial, not the particle "e" ("Fernando e Silva"):
#    "Brigadier-General E. V. Sumner", "E. D. Townsend", "E. M. Stanton" lost it ("V.
#    Sumner" of 6 letters; in Grant's memoirs 7 officers, Stanton's 20 mentions split).
mkdir -p "$T/einit"
printf 'A letter\n\nIt was commanded by Brigadier-General E. V. Varnor and E. D. Quellet.\n' >"$T/einit/a.txt"
t_eq "an initial E" "E. V. Varnor>E. V. Varnor PERSON|E. D. Quellet>E. D. Quellet PERSON|" "$(rows "$T/einit" a.txt)"


# 7. A title after "Ex-" is peeled off the name as the title alone is ("Ex-President Taft"
#    was a person "Ex-President Taft" beside "Taft"), and the chair of a dinner or a meeting
#    addressed by office ("Mr. Toastmaster", "Mr. Moderator", as "Mr. Chairman") is no
#    person (2 after-dinner speeches, 4 mentions).
mkdir -p "$T/ex"
printf 'A speech\n\nEx-President Varley spoke, and Ex-Senator Dallo too. Varley smiled.\n' >"$T/ex/a.txt"
t_eq "Ex- and a title" "Varley>Varley PERSON|Dallo>Dallo PERSON|Varley>Varley PERSON|" "$(rows "$T/ex" a.txt)"
printf 'A speech\n\nMr. Toastmaster, ladies and gentlemen: I rise. Mr. Moderator, I thank you.\n' >"$T/ex/b.txt"
t_eq "an office addressed" "" "$(rows "$T/ex" b.txt)"


# 8. "Washington City" is the capital's name of the 19th century (Lincoln's letters are
#    dated "WASHINGTON CITY"): a place of its own beside Washington, D.C. (6 letters; 10
#    chapters of Grant's memoirs).
mkdir -p "$T/wcity"
printf 'A letter\n\nI reached Washington City today. Washington is quiet.\n' >"$T/wcity/a.txt"
t_eq "Washington City is Washington" \
	"Washington City>Washington, D.C. PLACE|Washington>Washington, D.C. PLACE|" "$(rows "$T/wcity" a.txt)"

t_end
