# tests/cli/entity_minutes.sh -- entity rules of issue 15 from a committee's minutes, a mail list and old papers: Korea, lists of people with their posts, a first initial, a handle's words, a state first named so, entries with no initial, a slash in a name, an acronym defined anew. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE surface" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $7 }' | tr '\n' '|'
}

# 1. The minutes of the FRUS advisory committee (1957-1990, 60 files) wrote "Korea" alone
#    (the Korea volumes, "relations with Korea"): no list had it, and the corpus made it
#    a PERSON of 10 files and 33 mentions. Korea is a place (the one country before 1945,
#    the peninsula since); "Korean(s)" are its people; the two states stay apart.
mkdir -p "$T/korea"
printf 'Minutes\n\nMr. Haldane asked whether Korea would be treated as a unit. Koreans voted. South Korean and North Korean envoys met.\n' \
	>"$T/korea/a.txt"
t_eq "Korea is a place, the Koreans its people" \
	"PERSON Haldane|PLACE Korea|PLACE Koreans|PLACE South Korean|PLACE North Korean|" \
	"$(ents1 "$T/korea" a.txt)"

# 2. The minutes list their members a line each, a name and a post: "Dr. Alona E. Evans,
#    Professor of Political Science, Wellesley College" was "E. Evans", "Hardy C.
#    Dillard, Professor of Law, University of Virginia (American Society of International
#    Law)" had no person and an "American Society": such a line, all capitals, was taken
#    for a headline, whose words say nothing. A name with an initial and a comma opening
#    the line makes it an entry of a list; "Wellesley College" at its end, a headline's
#    word no list knows before an organisation's head, is found since session 54.
mkdir -p "$T/list"
printf 'Members\n\nTorvald C. Dimmick, Professor of Law, University of Virginia (American Society of International Law)\nDr. Alona E. Evans, Professor of Political Science, Wellesley College\n' \
	>"$T/list/a.txt"
t_eq "an entry of a list of members: the person and the bodies" \
	"PERSON Torvald C. Dimmick|ORG University of Virginia|ORG American Society of International Law|PERSON Alona E. Evans|ORG Wellesley College|" \
	"$(ents1 "$T/list" a.txt)"

# 3. "G. Bernard Noble" (5 files, 230 mentions) and "Bernard Noble" (11 files) were two
#    rows, "M. Paul Claussen" and "Paul Claussen" too: a first initial before the name a
#    person goes by is an initial of that name, joined as a middle one is (by the company
#    both forms keep).
filler() {
	for i in $(seq 1 30); do
		printf 'Note %d\n\nThe council met in Bergstadt %d times; Mara Lindqvist%d chaired it.\n' \
			"$i" "$i" "$i" >"$1/n$i.txt"
	done
}
mkdir -p "$T/init"
filler "$T/init"
printf 'Meeting\n\nThe chair, G. Wendel Harrow, met Lev Dravinsky, Anselm Qorvath and Ilse Brandauer.\n' >"$T/init/a.txt"
printf 'Meeting again\n\nWendel Harrow met Lev Dravinsky, Anselm Qorvath and Ilse Brandauer.\n' >"$T/init/b.txt"
t_eq "a first initial before the name one goes by joins it" \
	"a.txt G. Wendel Harrow>G. Wendel Harrow|b.txt Wendel Harrow>G. Wendel Harrow|" \
	"$(ments "$T/init" | awk -F'\t' 'NR > 1 && $7 ~ /Harrow/ { sub(/.*\//, "", $1); print $1 " " $7 ">" $6 }' | tr '\n' '|')"

# 4. In a mail list (fort) the header "X-Yahoo-Profile: terry_colvin2001" wrote "terry" in
#    lower case, and "Terry W. Colvin" of the signature was no name (3 mails): the first
#    part of a handle with a number says nothing of the word.
mkdir -p "$T/handle"
printf 'From: "Odran K. Pellis" <op@example.org>\nX-Yahoo-Profile: odran_pellis2001\nSubject: Note\n\nSome text here about things.\n\n-- \nOdran K. Pellis, Sierra Vista, Arizona\n' \
	>"$T/handle/a.txt"
t_eq "a handle's first part is no word written in lower case" \
	"PERSON Odran K. Pellis|PERSON Odran K. Pellis|PLACE Sierra Vista|PLACE Arizona|" \
	"$(ents1 "$T/handle" a.txt)"

# 5. Each Federalist paper (speeches2) opens "To the People of the State of New York:",
#    and its bare "New York" is the state: they were the city (25 mentions of 63). Where
#    an article first names the state in its own words, with "State", and never the city
#    so, the bare name is the state; not after an address's "N.Y." ("Armonk, N.Y. ... a
#    firm based in New York"), nor a capital's ("Washington").
mkdir -p "$T/state"
printf 'Paper 9\n\nTo the People of the State of New York:\n\nThe convention of New York will meet, and New York will decide.\n' \
	>"$T/state/a.txt"
printf 'Firm\n\nARMONK, N.Y. - The firm, based in New York, said so.\n' >"$T/state/b.txt"
t_eq "a state first named so is the bare name's" \
	"State of New York>New York (state)|New York>New York (state)|New York>New York (state)|" \
	"$(ments "$T/state" | awk -F'\t' 'NR > 1 && $1 ~ /a.txt$/ && $4 == "PLACE" { print $7 ">" $6 }' | tr '\n' '|')"
t_eq "... not an address's abbreviation" "New York>New York|" \
	"$(ments "$T/state" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ && $7 == "New York" { print $7 ">" $6 }' | tr '\n' '|')"

# 6. Entries with no initial (the minutes of 1958-1990 on frus-history, session 55): after
#    an honorific ("Mr. Edgar Turlington, American Society of International Law"), or with
#    a post after the comma and more after it ("Hardy Cross Dillard, Dean of the School of
#    Law, University of Virginia (American Society of International Law)"). Both lines
#    were headlines: no person, "American Society" (13 mentions), a person Perkins an
#    organisation of 47. A headline's one comma and the words after it stay a headline's.
mkdir -p "$T/list2"
printf 'Members\n\nTorvald Cross Dimmick, Dean of the School of Law, University of Virginia (American Society of International Law)\nMr. Edwin Quarrington, American Society of International Law\nDr. Bradwell Persimmon, Department of History, University of Michigan\n' \
	>"$T/list2/a.txt"
t_eq "entries of a list with no initial: the person and the bodies" \
	"PERSON Torvald Cross Dimmick|ORG School of Law|ORG University of Virginia|ORG American Society of International Law|PERSON Edwin Quarrington|ORG American Society of International Law|PERSON Bradwell Persimmon|ORG Department of History|ORG University of Michigan|" \
	"$(ents1 "$T/list2" a.txt)"
printf 'Markets Rally Again, Analyst Says\n\nShares rose on Monday in London.\n' >"$T/list2/b.txt"
t_eq "... a headline with one comma stays one" "PLACE London|" "$(ents1 "$T/list2" b.txt)"

# 7. "the Department's Classification/Declassification Center (CDC)" (frus-history, 16
#    texts) was "Declassification Center", and its acronym the listed CDC of Atlanta (654
#    mentions): a capitalised word a slash glues before an unlisted organisation, first in
#    its name, is a part of it, and a slash starts a word of the acronym's. Not where a
#    capitalised word stands before it ("Bristol Myers/Squibb Corp").
mkdir -p "$T/slash"
printf 'Review\n\nThe volumes waited for the Classification/Declassification Center (CDC). The CDC refused again.\n' >"$T/slash/a.txt"
printf 'Gifts\n\nThe fund took money from Bristol Myers/Squibb Corp last year.\n' >"$T/slash/b.txt"
t_eq "a word glued by a slash opens the name; its acronym is the article's" \
	"ORG Classification/Declassification Center|ORG CDC|ORG CDC|" "$(ents1 "$T/slash" a.txt)"
t_eq "... the acronym's body is the article's" \
	"Classification/Declassification Center|Classification/Declassification Center|Classification/Declassification Center|" \
	"$(ments "$T/slash" | awk -F'\t' 'NR > 1 && $1 ~ /a.txt$/ { print $6 }' | tr '\n' '|')"
t_eq "... not after a capitalised word" "ORG Squibb Corp|" \
	"$(ents1 "$T/slash" b.txt | tr '|' '\n' | grep ORG | tr '\n' '|')"

# 8. The acronym so defined, in the texts that do not spell it out: 450 more "CDC" of the
#    minutes, which never name the CDC of Atlanta. A listed acronym two texts (or a
#    quarter of those that use it) define as another body is that body across the corpus
#    where the corpus never writes the listed body out; not where it does.
mkdir -p "$T/acr" "$T/acr2"
printf 'Review\n\nThe volumes waited for the Classification/Declassification Center (CDC). The CDC refused.\n' >"$T/acr/a.txt"
printf 'Review again\n\nThe Department'"'"'s Classification/Declassification Center (CDC) met.\n' >"$T/acr/b.txt"
printf 'Minutes\n\nMr. Quarrington said the CDC had cleared two volumes.\n' >"$T/acr/c.txt"
t_eq "a listed acronym defined as another body is it across the corpus" \
	"CDC>Classification/Declassification Center|" \
	"$(ments "$T/acr" | awk -F'\t' 'NR > 1 && $1 ~ /c.txt$/ && $4 == "ORG" { print $7 ">" $6 }' | tr '\n' '|')"
printf 'Care\n\nThe Child Development Center (CDC) opened.\n' >"$T/acr2/a.txt"
printf 'Health\n\nThe Centers for Disease Control and Prevention warned of flu.\n' >"$T/acr2/b.txt"
printf 'Flu\n\nThe CDC said cases rose.\n' >"$T/acr2/c.txt"
t_eq "... not where the corpus writes the listed body out" \
	"CDC>Centers for Disease Control and Prevention|" \
	"$(ments "$T/acr2" | awk -F'\t' 'NR > 1 && $1 ~ /c.txt$/ && $4 == "ORG" { print $7 ">" $6 }' | tr '\n' '|')"

t_end
