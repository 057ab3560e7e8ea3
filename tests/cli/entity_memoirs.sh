# tests/cli/entity_memoirs.sh -- entity rules of issue 15 for history and memoirs: commanders, their units, old place names. MIT licence.
# Each case is a small corpus written here with invented names; the rules are general (word
# classes, the shape of a narrative of war or politics), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A commander's (or a candidate's) headquarters and divisions are not a firm's: "sent to
#    Rosecrans' headquarters", "one of McPherson's divisions" made the general an ORG, and
#    the corpus vote then took his every mention (Grant's memoirs: Meade, McPherson, Bragg,
#    Rosecrans, Wallace, about 280 mentions in 40 chapters).
mkdir -p "$T/hq"
printf 'Chapter one\n\nGeneral Vettergren held the ford. An officer was sent to Vettergren'"'"'s headquarters. Two of Vettergren'"'"'s divisions crossed.\n' >"$T/hq/a.txt"
t_eq "a general's headquarters and divisions" \
	"Vettergren>Vettergren PERSON|Vettergren>Vettergren PERSON|Vettergren>Vettergren PERSON|" \
	"$(rows "$T/hq" a.txt)"
printf 'Chapter two\n\nThe scouts rode on to Vettergren'"'"'s headquarters before noon.\n' >"$T/hq/b.txt"
t_eq "and in a chapter that gives no rank" \
	"Vettergren>Vettergren PERSON|" \
	"$(rows "$T/hq" b.txt)"
#    A firm's shareholders, earnings and subsidiaries still make a firm.
printf 'Some news.\n\nOn Monday Brandolex'"'"'s shareholders voted, and later Brandolex'"'"'s earnings fell.\n' >"$T/hq/c.txt"
t_eq "a firm's shareholders" \
	"Brandolex>Brandolex ORG|Brandolex>Brandolex ORG|" \
	"$(rows "$T/hq" c.txt)"

# 2. The head words of American place names: springs, roads, forks, ferries, landings,
#    shoals, bluffs, bends and a county's court house ("Colorado Springs", "Hampton Roads",
#    "Grand Forks", "Harpers Ferry", "Pittsburg Landing", "Muscle Shoals", "Council
#    Bluffs", "Appomattox Court House"). They were people, or firms and teams after a
#    city's or state's name (Grant's memoirs: Five Forks, Hampton Roads, Mississippi
#    Springs and five court houses, ORG rows of 60 mentions in 20 chapters).
mkdir -p "$T/head"
printf 'Chapter four\n\nThe brigade camped at Vorlick Springs, crossed at Dremmer Roads, reached Alsen Forks, then Tolvar Ferry, Kesh Landing, Mardle Shoals, Hollin Bluffs and Tarrow Bend, and stopped at Pelham Court House and at Brisco Courthouse.\n' >"$T/head/a.txt"
t_eq "unknown names with a place's head" \
	"Vorlick Springs>Vorlick Springs PLACE|Dremmer Roads>Dremmer Roads PLACE|Alsen Forks>Alsen Forks PLACE|Tolvar Ferry>Tolvar Ferry PLACE|Kesh Landing>Kesh Landing PLACE|Mardle Shoals>Mardle Shoals PLACE|Hollin Bluffs>Hollin Bluffs PLACE|Tarrow Bend>Tarrow Bend PLACE|Pelham Court House>Pelham Court House PLACE|Brisco Courthouse>Brisco Courthouse PLACE|" \
	"$(rows "$T/head" a.txt)"
printf 'Chapter five\n\nThe brigade camped at Denver Springs, crossed at Boston Roads and stopped at Boston Court House.\n' >"$T/head/b.txt"
t_eq "after a city's name: no team" \
	"Denver Springs>Denver Springs PLACE|Boston Roads>Boston Roads PLACE|Boston Court House>Boston Court House PLACE|" \
	"$(rows "$T/head" b.txt)"
#    Those heads end a name: no place "Landing of Varnish forces" (a list of events in a
#    State of the Union message).
printf 'A message\n\nOctober 4, 1860.-Landing of Varnish forces in consequence.\n' >"$T/head/d.txt"
t_eq "no ground head first" "" "$(rows "$T/head" d.txt | tr '|' '\n' | grep Landing | tr '\n' '|')"
#    Nor after a phrase of common words: "the new Mend Broken Roads initiative" (a test
#    of entity_evidence2.sh).
printf 'A statement\n\nThey backed the new Fix Broken Roads initiative.\n' >"$T/head/e.txt"
t_eq "no place of common words" "" "$(rows "$T/head" e.txt | tr '|' '\n' | grep Roads | tr '\n' '|')"
#    A court is still a court, a team still a team.
printf 'Some news.\n\nThe Valdor Supreme Court ruled. Later the Denver Broncos won.\n' >"$T/head/c.txt"
t_eq "a court and a team" \
	"Valdor Supreme Court>Valdor Supreme Court ORG|Denver Broncos>Denver Broncos ORG|" \
	"$(rows "$T/head" c.txt)"

# 3. A rank or an office before a family name that is also a head word ("General Banks",
#    "Senator Hall", "Governor Park") is a person: "General Banks" was an ORG row of 14
#    mentions in 8 chapters of Grant's memoirs, "Senator Hall" would be a place. A street
#    or a park named after a king stays a place. (The body is a General Assembly of its
#    own: nothing here names the United Nations, entity_errors5.sh case 1.)
mkdir -p "$T/rank"
printf 'Chapter six\n\nLater General Banks moved up the river, and Senator Hall spoke for him. Governor Park agreed.\n' >"$T/rank/a.txt"
t_eq "a title and a family name that is a head" \
	"Banks>Banks PERSON|Hall>Hall PERSON|Park>Park PERSON|" \
	"$(rows "$T/rank" a.txt)"
printf 'Some news.\n\nThe march went down King Street and through Regent Park to the General Assembly.\n\nVALDORIAN PRIVATE BANKS SEE PROFIT RISE\n' >"$T/rank/b.txt"
t_eq "a street, a park and a body" \
	"King Street>King Street PLACE|Regent Park>Regent Park PLACE|General Assembly>General Assembly ORG|" \
	"$(rows "$T/rank" b.txt | tr '|' '\n' | grep -v BANKS | tr '\n' '|')"
t_eq "no private in a headline" "" "$(rows "$T/rank" b.txt | tr '|' '\n' | grep PERSON | tr '\n' '|')"

# 4. "Petersburg" alone is not Saint Petersburg: the Virginia city of a siege (111
#    mentions in 32 chapters of Grant's memoirs were Russia's city), Petersburg in Alaska.
#    The Russian city is written with its "St." (every one of the 15 in the State of the
#    Union, FoRK, RSS and hard ham corpora). A lexicon entry, so the test names it.
mkdir -p "$T/saint"
printf 'Chapter seven\n\nThe army stayed at Petersburg. Troops were in Petersburg in June.\n' >"$T/saint/a.txt"
printf 'Chapter eight\n\nThe lines at Petersburg held. A letter came from St. Petersburg.\n' >"$T/saint/b.txt"
t_eq "Petersburg and St. Petersburg" \
	"Petersburg>Petersburg PLACE|St. Petersburg>Saint Petersburg PLACE|" \
	"$(rows "$T/saint" b.txt)"

# 5. Initials open a name first in a sentence or a line, and a family name in capitals
#    after initials is the name's: the signatures of letters and dispatches ("U. S. GRANT,
#    Major-General" was a person "U. S" or "S. Grant" in 74 signatures of Grant's memoirs;
#    "J. G. Blaine", "W. B. Allison" lists of the State of the Union were "J. G", "W. B";
#    "R. A. Hettinga" signed FoRK mails as "Hettinga"), and "J. K. Rowling said" at a
#    sentence's start lost its "J.".
mkdir -p "$T/sig"
printf 'Chapter eight\n\nHold the bridge at all costs.\n\nR. T. VARNEY, Major-General.\n\nI am, sir, your obedient servant, H. W. ORMSKIRK, Brig. Gen.\n' >"$T/sig/a.txt"
t_eq "a signature in capitals" \
	"R. T. VARNEY>R. T. Varney PERSON|H. W. ORMSKIRK>H. W. Ormskirk PERSON|" \
	"$(rows "$T/sig" a.txt)"
printf 'Some news.\n\nThe book was late. P. D. Kallendor said it was done.\n' >"$T/sig/b.txt"
t_eq "initials first in a sentence" "P. D. Kallendor>P. D. Kallendor PERSON|" "$(rows "$T/sig" b.txt)"

# 6. A title in the plural before names ("Generals Wright and Ord", "Senators Marsha
#    Blackburn and ...", as "Ministers" already): the title is no part of the first name
#    (Grant's memoirs: "Generals Grant", "Generals Thomas McPherson", persons of their own;
#    State of the Union, RSS: "Senators Kennedy", "Senators Frist").
mkdir -p "$T/plural"
printf 'Chapter nine\n\nLater Generals Vettergren and Ormskirk met, and Senators Halvard Brume and Ossian Tarr spoke. Admirals Kestrel and Dunmore sailed.\n' >"$T/plural/a.txt"
t_eq "a plural title" "Vettergren|Halvard Brume|Ossian Tarr|Kestrel|" \
	"$(rows "$T/plural" a.txt | tr '|' '\n' | grep -E 'Generals|Senators|Admirals|Vettergren|Halvard|Ossian|Kestrel' | sed 's/>.*//' | tr '\n' '|')"

# 7. A country's abbreviation printed with a space between its letters, as older print
#    does ("U. S. forces", "Adjt. Gen. U. S. A.", "the U. K."): the country, not a person
#    "U. S" (23 mentions in 11 chapters of Grant's memoirs). Initials before a name stay
#    the name's ("U. S. Grant").
mkdir -p "$T/abbr"
printf 'Chapter ten\n\nThe U. S. forces came, and U. S. Vettergren spoke. The U. K. agreed.\n' >"$T/abbr/a.txt"
t_eq "a spaced country abbreviation" \
	"U. S>United States PLACE|U. S. Vettergren>U. S. Vettergren PERSON|U. K>United Kingdom PLACE|" \
	"$(rows "$T/abbr" a.txt)"

t_end
