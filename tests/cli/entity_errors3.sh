# tests/cli/entity_errors3.sh -- entity error classes left on whole corpora of history, speeches and news (round 46). MIT licence.
# Each case is a small corpus written here with invented names; the rules are general
# (a place's slot, a body's country, an event's head, a church, a namesake), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# 1. A trading post or a works named for its place, in a place's slot ("traded furs at
#    York Factory", "Moose Factory"): a place, not a person. "York" is no place of the
#    lists (a family name), "Factory" no place's head, and the run became a PERSON
#    (a probe of round 45; a class of the fur trade's and the frontier's history).
mkdir -p "$T/post"
printf 'Fur trade\n\nThe company traded furs at Zarnak Factory. Later the traders met near Velbrook Depot and at Ostran Works.\n' >"$T/post/a.txt"
t_eq "a post or a works after a locative is a place" \
	"Zarnak Factory>Zarnak Factory PLACE|Velbrook Depot>Velbrook Depot PLACE|Ostran Works>Ostran Works PLACE|" \
	"$(rows "$T/post" a.txt)"
#    Not in another slot: no place there.
printf 'Fur trade\n\nZarnak Factory was slow.\n' >"$T/post/b.txt"
t_eq "no place out of the slot" "" "$(rows "$T/post" b.txt | tr '|' '\n' | grep ' PLACE$' | tr '\n' '|')"

# 2. A national body the name lists know bare ("Congress") and written with its country's
#    short name ("U.S. Congress", listed as "Congress"): one body with its bare name in
#    the articles at home in that country, and with "United States Congress". The
#    short form kept the list's key and made a row apart (milestones: "U.S. Congress"
#    25 mentions in 19 essays beside "Congress" 80 in 37; Reuters, the hard ham).
mkdir -p "$T/body"
printf 'Trade bill\n\nThe U.S. Congress passed the Varlo Act. The United States will trade more.\n' >"$T/body/a.txt"
printf 'Farm bill\n\nCongress passed the farm bill. The United States will grow more.\n' >"$T/body/b.txt"
printf 'Tax bill\n\nCongress passed the tax bill. The United States will pay less.\n' >"$T/body/c.txt"
printf 'Road bill\n\nThe United States Congress passed the road bill. Americans will drive more.\n' >"$T/body/d.txt"
#    (and other countries' Congress in the corpus: no country has three in four of them)
printf 'Chile vote\n\nCongress met in Santiago. Chile will vote. Chile is calm.\n' >"$T/body/e.txt"
printf 'Peru vote\n\nCongress met in Lima. Peru will vote. Peru is calm.\n' >"$T/body/f.txt"
t_eq "a body with its country's short name is the bare one" "1" \
	"$(ments "$T/body" | awk -F'\t' 'NR > 1 && $4 == "ORG" && $7 ~ /Congress/ && $1 !~ /[ef]\.txt$/ { print $5 }' | sort -u | wc -l | tr -d ' ')"

# 3. A meeting named by its place and "Conference" ("the Yalta Conference", "the Paris
#    Peace Conference"), or "Congress of" a town ("the Congress of Vienna"), is an event:
#    not annotated, nor the place in it (RULES.md 1). They were organisations
#    (milestones: 32 of them, 60 mentions, 4 in the ORG top 50; SOTU, the hard ham).
mkdir -p "$T/meet"
printf 'Peace\n\nThe leaders met at the Zarvosk Conference and then at the Paris Trade Conference. Before that, the Congress of Vienna had met.\n' >"$T/meet/a.txt"
t_eq "a meeting is no organisation" "" "$(rows "$T/meet" a.txt)"
#    A standing body named so stays one.
printf 'Bodies\n\nThe Southern Farmers Leadership Conference and the Conference Board met the Congress of Peru.\n' >"$T/meet/b.txt"
t_eq "a standing body named Conference stays one" \
	"Southern Farmers Leadership Conference>Southern Farmers Leadership Conference ORG|Conference Board>Conference Board ORG|Congress of Peru>Congress of Peru ORG|" \
	"$(rows "$T/meet" b.txt)"

# 4. A church in a place's slot with no article ("moved to Bethesda Church", "at New Hope
#    Church"): a crossroads or a meeting house of the map, a place as a cathedral is; a
#    faith's body ("the Methodist Church") stays an organisation. Grant's memoirs: 7 such
#    churches, 16 mentions, were organisations.
mkdir -p "$T/church"
printf 'The march\n\nThe corps moved to Varlow Creek Church and camped near Brendle Church. The Methodist Church sent food.\n' >"$T/church/a.txt"
t_eq "a church in a place's slot is a place" \
	"Varlow Creek Church>Varlow Creek Church PLACE|Brendle Church>Brendle Church PLACE|Methodist Church>Methodist Church ORG|" \
	"$(rows "$T/church" a.txt)"
printf 'The faith\n\nHe spoke at the Zorvan Church. Leaders of the Zorvan Church agreed.\n' >"$T/church/b.txt"
t_eq "a church's body stays one" "" "$(rows "$T/church" b.txt | tr '|' '\n' | grep ' PLACE$' | tr '\n' '|')"

# 5. A generic body's bare name in an article that names one longer body of that name
#    most ("the Continental Congress ... Congress adopted"): that body, not the country's
#    (the milestones' revolutionary essays: 62 bare "Congress" in 8 essays were keyed by
#    Britain or France, the country each names most). Not a people's body ("the Iraqi
#    National Congress ... a joint session of Congress": FoRK), not a term of the bare
#    one ("the Seventy-seventh Congress": SOTU), nor one named once.
mkdir -p "$T/wide"
printf 'Independence\n\nThe Colonial Congress met in Marlow. The Colonial Congress chose delegates. Then Congress adopted the text. Britain was angry and France was glad.\n' >"$T/wide/a.txt"
t_eq "a bare name is the longer body the article names" \
	"Colonial Congress|Colonial Congress|Colonial Congress|" \
	"$(ments "$T/wide" | awk -F'\t' 'NR > 1 && $1 ~ /a.txt$/ && $4 == "ORG" { print $6 }' | tr '\n' '|')"
printf 'Iraq\n\nThe Iraqi Unity Congress met. The Iraqi Unity Congress asked for help. Then Congress voted, in the United States.\n' >"$T/wide/b.txt"
t_eq "not a people's body" "Congress" \
	"$(ments "$T/wide" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ && $7 == "Congress" { print $6 }')"

# 6. A national body the corpus gives one country in two of three articles that say or
#    imply one is that country's in an article that names it, though it names another
#    more ("Congress" in an essay on Chinese immigration is the US Congress). Three in
#    four were needed: the milestones' "Congress" (46 of 62 essays) made 14 rows of
#    one to three essays each, "National Security Council" 6 rows.
mkdir -p "$T/dom"
for x in a b c d h i; do
	printf 'Bill %s\n\nCongress passed the bill %s. The United States will change and American firms agree. Britain agreed.\n' "$x" "$x" >"$T/dom/$x.txt"
done
printf 'Chile vote\n\nCongress met in Santiago. Chile will vote. Chile is calm. Britain agreed.\n' >"$T/dom/e.txt"
printf 'Peru vote\n\nCongress met in Lima. Peru will vote. Peru is calm. Britain agreed.\n' >"$T/dom/f.txt"
printf 'China trade\n\nChina sells steel. China buys soy, and Chinese firms grow. Congress wants a deal with the United States firms. Britain agreed.\n' >"$T/dom/g.txt"
ments "$T/dom" >"$T/dom.tsv"
t_eq "the corpus's body in an article naming its country" \
	"$(awk -F'\t' '$1 ~ /a.txt$/ && $7 == "Congress" { print $5 }' "$T/dom.tsv")" \
	"$(awk -F'\t' '$1 ~ /g.txt$/ && $7 == "Congress" { print $5 }' "$T/dom.tsv")"
t_eq "not in an article naming another country only" "3" \
	"$(awk -F'\t' '$7 == "Congress" { print $5 }' "$T/dom.tsv" | sort -u | wc -l | tr -d ' ')"

# 7. A hyphenated party's name of a word that is no name and a members' word the lists
#    give a party ("the Democratic-Republicans", "Christian-Democrat factions"): not that
#    party. The Jeffersonians were the Republican Party of 1854 (milestones: 2 of the 7
#    articles of its row; Reuters: an Italian party was the US Democratic Party).
mkdir -p "$T/hyphen"
printf 'Parties\n\nThe Federalists and the Democratic-Republicans split. The Liberal and Christian-Democrat factions agreed.\n' >"$T/hyphen/a.txt"
t_eq "no party of the lists in a hyphenated party's name" "" \
	"$(rows "$T/hyphen" a.txt | tr '|' '\n' | grep -E '>(Republican|Democratic) Party' | tr '\n' '|')"
#    Two names stay two, and a prefix is no name.
printf 'Deals\n\nThe NEC-Mitsubishi deal and an Ex-AOL chief, with Pro-EU voters and Republicans.\n' >"$T/hyphen/b.txt"
t_eq "names in other hyphenated words stay" "Mitsubishi|AOL|EU|Republicans|" \
	"$(ments "$T/hyphen" | awk -F'\t' 'NR > 1 && $1 ~ /b.txt$/ && $4 == "ORG" { print $7 }' | tr '\n' '|')"

# 8. A given name alone in an article that names two bearers of it in full or more (a
#    rally's "Mike Lee", "Mike Braun", "Mike Pompeo" ... "Thank you, Mike") joins none of
#    them, nor the full name of other articles its company points to (the speeches'
#    "Mike Pence": 16 of its 43 mentions were other Mikes, 10 in one rally).
mkdir -p "$T/given"
i=1
while [ $i -le 20 ]; do
	printf 'Filler %s\n\nSenator Anna Filler%s met Governor Bob Other%s in Springfield.\n' $i $i $i >"$T/given/f$i.txt"
	i=$((i + 1))
done
for x in a b; do
	printf 'Rally %s\n\nVice President Mike Varnell spoke at the Zorbin Agency. Mike thanked Kelvar Brask and Tessaly Monn of Plovdin Group.\n' $x >"$T/given/$x.txt"
done
printf 'Rally c\n\nGovernor Mike Doltan and Senator Mike Kresh came to the Zorbin Agency with Kelvar Brask and Tessaly Monn of Plovdin Group. I said, thank you, Mike, thank you.\n' >"$T/given/c.txt"
t_eq "a given name of several bearers joins no famous one" "c.txt Mike|" "$(given "$T/given" Mike | tr '|' '\n' | grep '^c.txt' | tr '\n' '|')"
t_eq "where one bearer is named it joins him" "a.txt Mike Varnell|b.txt Mike Varnell|" \
	"$(given "$T/given" Mike | tr '|' '\n' | grep -v '^c.txt' | tr '\n' '|')"

# 9. A US state named counts for the United States when an article's country is weighed,
#    as a capital counts for its country: Grant's chapters name Virginia and Tennessee,
#    and in the Mexican War Mexico, but seldom the country, and their "Congress" made 8
#    rows (9 chapters, 4, 2 and five of one).
mkdir -p "$T/state"
printf 'Vote\n\nCongress voted. Virginia and Ohio agreed.\n' >"$T/state/a.txt"
printf 'Vote again\n\nCongress voted again. Tennessee and Kentucky agreed.\n' >"$T/state/b.txt"
printf 'War\n\nCongress declared war on Mexico. Mexico was angry, and the United States sent troops.\n' >"$T/state/c.txt"
printf 'Recess\n\nCongress adjourned. Illinois and Indiana agreed.\n' >"$T/state/d.txt"
t_eq "the Congress of articles naming states is one" "1" \
	"$(ments "$T/state" | awk -F'\t' 'NR > 1 && $7 == "Congress" { print $5 }' | sort -u | wc -l | tr -d ' ')"

# 10. Two initials and a head word that is also a family name ("N. P. Banks", "Z. B.
#    Tower", "H. W. Hall"): a person, as after a given name ("Simon Law"). Grant's
#    memoirs had "N. P. Banks" as an ORG and "Z. B. Tower" (3 chapters) as a PLACE. Not a
#    country's initials ("U. S. Banks").
mkdir -p "$T/inits"
printf 'Army\n\nGeneral Q. T. Banks moved. Later R. V. Tower wrote. The U. S. Banks failed.\n' >"$T/inits/a.txt"
t_eq "initials before a family name that heads bodies" \
	"Q. T. Banks>Q. T. Banks PERSON|R. V. Tower>R. V. Tower PERSON|U. S. Banks>U. S. Banks ORG|" \
	"$(rows "$T/inits" a.txt)"

t_end
