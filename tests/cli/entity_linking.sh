# tests/cli/entity_linking.sh -- entity rules of issue 15 for a family name alone that stands for a full name: it keeps the full name's type. MIT licence.
# Each case is a small corpus written here, with invented names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A full name the corpus writes a few times as an outlet's ("Zorvak Tolvik
#    newspaper") made the family name alone an ORG in an article that names the person
#    (rs_org_names() asked the lone word's count of firms, not the full name's weighing
#    of person against firm): in the 10k bench corpus, seven "Søren Lindqvist newspaper"
#    made 7,985 lone "Lindqvist" of 1,653 articles an ORG "Søren Lindqvist" beside his
#    6,377 mentions in full. The outlet's mentions stay the outlet's.
mkdir -p "$T/lone"
printf 'Talks\n\nZorvak Tolvik said the plan was good. Later Tolvik added that talks would go on.\n' >"$T/lone/a.txt"
printf 'Papers\n\nShe spoke to Zorvak Tolvik newspaper about the strike.\n' >"$T/lone/b.txt"
printf 'Papers again\n\nHe wrote for Zorvak Tolvik radio about the vote.\n' >"$T/lone/c.txt"
t_eq "a family name alone keeps its person's type" \
	"Zorvak Tolvik>Zorvak Tolvik PERSON|Tolvik>Zorvak Tolvik PERSON|" "$(rows "$T/lone" a.txt)"
t_eq "the outlet's name stays the outlet's" "Zorvak Tolvik>Zorvak Tolvik ORG|" \
	"$(rows "$T/lone" b.txt)"

# 2. A word no list knows opening a sentence before a reporting verb ("Stroudley said the
#    plan was fine") was no candidate at all, so the person the corpus names in full
#    elsewhere was missed there (Reuters' "Penner said", FoRK's "Hettinga said",
#    Moby-Dick's "Queequeg"): it is asked of the corpus now, and is a person only where
#    the corpus knows one. Alone in its corpus it is still nothing.
mkdir -p "$T/opens" "$T/alone"
printf 'Talks\n\nOlivia Stroudley spoke first at the meeting.\n' >"$T/opens/a.txt"
printf 'More talks\n\nStroudley said the plan was fine. The mayor agreed.\n' >"$T/opens/b.txt"
t_eq "a sentence's first word before said: the corpus's person" \
	"Stroudley>Olivia Stroudley PERSON|" "$(rows "$T/opens" b.txt)"
printf 'Talks\n\nVornakel said the plan was fine. Officials said no.\n' >"$T/alone/a.txt"
t_eq "... and nothing where the corpus knows no one" "" "$(rows "$T/alone" a.txt)"

# 3. Spelling variants of one name are one entity (data/sources/name_variants.tsv): a
#    given name too when it names one person ("Moammar Qaddafi" beside "Muammar
#    Gaddafi"), and a hyphenated word by its parts ("Ayman al-Zawahri" beside "Ayman
#    al-Zawahiri": a variant after "al-" was not looked up).
mkdir -p "$T/variants"
printf 'Libya\n\nMuammar Gaddafi ruled Libya. Ayman al-Zawahiri hid.\n' >"$T/variants/a.txt"
printf 'Again\n\nMoammar Qaddafi fell. Ayman al-Zawahri was killed.\n' >"$T/variants/b.txt"
t_eq "variants of a name are one entity" \
	"Moammar Qaddafi>Muammar Gaddafi PERSON|Ayman al-Zawahri>Ayman al-Zawahiri PERSON|" \
	"$(rows "$T/variants" b.txt)"
# ... both words of a name at once: the 9/11 Commission's "Usama Bin Ladin" is the press's
# "Osama bin Laden" (two rows before: Ladin was no variant).
printf 'Report\n\nUsama Bin Ladin led al-Qaeda.\n' >"$T/variants/c.txt"
printf 'Raid\n\nOsama bin Laden was killed in 2011.\n' >"$T/variants/d.txt"
t_eq "a name with two variant words is one entity" \
	"Usama Bin Ladin>Osama bin Laden PERSON|" "$(rows "$T/variants" c.txt)"

# 4. A lone family name after a title of office or rank joins the one full name of its
#    family although the corpus writes the lone name far more often (the rarity that
#    keeps a "Moses" of a hundred chapters from a "Levi Moses" of one line): the 219
#    "General Sherman" of Grant's memoirs were a row apart from "W. T. Sherman", the
#    briefings' "President Trump" from Donald Trump. Not after an honorific: a novel's
#    "Miss Dashwood" (Elinor) is no "Miss Marianne Dashwood".
mkdir -p "$T/ranked"
{ printf 'Dispatch\n\n'; for i in $(seq 1 24); do
	printf 'General Harrowgate moved the corps %d miles. ' "$i"; done; printf '\n'; } \
	>"$T/ranked/a.txt"
printf 'Letter\n\nGeneral Tobias Harrowgate wrote to me.\n' >"$T/ranked/b.txt"
printf 'Orders\n\nI sent word to General Tobias Harrowgate at once.\n' >"$T/ranked/c.txt"
t_eq "a titled family name joins its one full name however rare" \
	"Harrowgate>Tobias Harrowgate PERSON|" "$(rows "$T/ranked" a.txt | awk -F'|' '{ print $1 "|" }')"
{ printf 'Chapter\n\n'; for i in $(seq 1 24); do
	printf 'Miss Pellworth came to tea on day %d. ' "$i"; done; printf '\n'; } \
	>"$T/ranked/d.txt"
printf 'Later\n\nMiss Celia Pellworth wrote a letter.\n' >"$T/ranked/e.txt"
printf 'Later still\n\nMiss Celia Pellworth smiled.\n' >"$T/ranked/f.txt"
t_eq "... not after an honorific" "Pellworth>Pellworth PERSON|" \
	"$(rows "$T/ranked" d.txt | awk -F'|' '{ print $1 "|" }')"
# ... and where the corpus writes it after a title in three articles or more, in its
# untitled articles too (Grant's "Sherman marched" of chapters that write no rank);
# not for a family's name written after an honorific somewhere ("Lieutenant Price" and
# "Mrs. Price").
for i in 1 2; do
	printf 'Report %d\n\nGeneral Harrowgate reached the river.\n' "$i" >"$T/ranked/g$i.txt"
done
{ printf 'March\n\n'; for i in $(seq 1 24); do
	printf 'At dawn Harrowgate marched %d miles. ' "$i"; done; printf '\n'; } >"$T/ranked/h.txt"
t_eq "... in its untitled articles where many are titled" \
	"Harrowgate>Tobias Harrowgate PERSON|" "$(rows "$T/ranked" h.txt | awk -F'|' '{ print $1 "|" }')"
mkdir -p "$T/family"
for i in 1 2 3; do
	printf 'Ship %d\n\nLieutenant Tandrell sailed.\n' "$i" >"$T/family/a$i.txt"
done
printf 'Home\n\nMrs. Tandrell wrote. Lieutenant Edwin Tandrell came home. Edwin Tandrell smiled.\n' \
	>"$T/family/b.txt"
{ printf 'Tea\n\n'; for i in $(seq 1 24); do
	printf 'The cook came and Tandrell poured the tea %d. ' "$i"; done; printf '\n'; } \
	>"$T/family/c.txt"
t_eq "... not for a family written with an honorific" "Tandrell>Tandrell PERSON|" \
	"$(rows "$T/family" c.txt | awk -F'|' '{ print $1 "|" }')"

t_end
