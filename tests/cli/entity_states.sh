# tests/cli/entity_states.sh -- entity rules of issue 15 from the State Department's guide to its relations with every country: states named as unions and confederations, rivers, provisional governments, vice consulates. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE surface" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $7 }' | tr '\n' '|'
}
# orgs DIR: "canonical articles" of each ORG row of DIR's corpus, one a '|'.
orgs() {
	"$DOSSIER" entities --format=tsv --no-state "$1" 2>"$T/err" |
		awk -F'\t' '$1 == "ORG" { print $3 " " $4 }' | sort | tr '\n' '|'
}

# 1. The guide (rdcr, 228 essays, session 48) names states as unions of a country: "the
#    Union of South Africa" was an ORG of 6 mentions, and "Confederation of the Rhine" an
#    ORG of 3 files: its river was no place of the lists, so the confederation was of no
#    place. "Union of" one listed country is that state, a PLACE (the Union of Burma, of
#    India, of the Comoros); a union of more words is not ("the Union of South African
#    Miners" is a body). The great rivers are places: "the Rhine", "the Danube".
mkdir -p "$T/union"
printf 'South Africa\n\nThe Union of South Africa was formed in 1910. The Union of Burma followed in 1948. The Union of South African Miners struck. The French made the Confederation of the Rhine; boats sailed the Danube and the Rhine.\n' \
	>"$T/union/a.txt"
t_eq "a union of one country and a confederation of a river are states" \
	"PLACE South Africa|PLACE Union of South Africa|PLACE Union of Burma|ORG Union of South African Miners|PLACE French|PLACE Confederation of the Rhine|PLACE Danube|PLACE Rhine|" \
	"$(ents1 "$T/union" a.txt)"

# 2. "Provisional Government" was one ORG row of 3 essays (Russia's of 1917, France's of
#    1944, Iraq's): a provisional, interim or transitional government is one per country,
#    as a Supreme Court is; and "Vice Consulate" (2 essays) is its article's post, as an
#    embassy named without its host is.
mkdir -p "$T/prov"
printf 'Russia\n\nIn 1917 the Provisional Government ruled Russia. The Provisional Government fell in Russia in November. The Vice Consulate opened in Kazan.\n' \
	>"$T/prov/a.txt"
printf 'France\n\nIn 1944 the Provisional Government ruled France. The Provisional Government moved to Paris. The Vice Consulate closed.\n' \
	>"$T/prov/b.txt"
t_eq "a provisional government is its country's, a vice consulate its article's" \
	"Provisional Government 1|Provisional Government 1|Vice Consulate 1|Vice Consulate 1|" \
	"$(orgs "$T/prov")"

# 3. "Free Association" was an ORG of 3 essays: the "Compact of Free Association" of the
#    United States with Palau and Micronesia, a treaty; names of treaties are not
#    annotated, nor the names inside them (RULES.md), and a compact is one ("the Mayflower
#    Compact").
mkdir -p "$T/compact"
printf 'Palau\n\nIn 1986 the Compact of Free Association between the United States and Palau took effect. The Mayflower Compact was signed in 1620. The Trevan Compact lapsed.\n' \
	>"$T/compact/a.txt"
t_eq "a compact is a treaty: no entity" "PLACE Palau|PLACE United States|PLACE Palau|" \
	"$(ents1 "$T/compact" a.txt)"

# 4. The guide writes "the Office of the U.S. Representative in Majuro opened": "Office of
#    the U.S." was an ORG of 2 essays, the title cut off as a title with no name after it;
#    and "the Office of the Prime Minister", "the Office of the Inspector General" were no
#    entity at all. An office's word, "of (the)", a country's name at most, then a title:
#    the title is the office's. The office of a head of state or government is one per
#    country, as a Supreme Court is.
mkdir -p "$T/office"
printf 'Trade\n\nThe Office of the Prime Minister said so. The Office of the Inspector General opened. The Office of the U.S. Trade Representative and the Office of the U.S. Representative in Majuro opened. Prime Minister Ola Brenn spoke.\n' \
	>"$T/office/a.txt"
t_eq "an office of a title is one body" \
	"ORG Office of the Prime Minister|ORG Office of the Inspector General|ORG Office of the U.S. Trade Representative|ORG Office of the U.S. Representative|PLACE Majuro|PERSON Ola Brenn|" \
	"$(ents1 "$T/office" a.txt)"
mkdir -p "$T/office2"
printf 'Kenya\n\nKenya waited while the Office of the President spoke in Kenya.\n' >"$T/office2/a.txt"
printf 'Israel\n\nIn Israel the Office of the Prime Minister spoke. Israel agreed; the Office of the President was silent in Israel.\n' \
	>"$T/office2/b.txt"
printf 'Japan\n\nJapan said the Office of the Prime Minister would act in Japan.\n' >"$T/office2/c.txt"
t_eq "a head of state's office is its country's" \
	"Office of the President 1|Office of the President 1|Office of the Prime Minister 1|Office of the Prime Minister 1|" \
	"$(orgs "$T/office2")"

# 5. The guide's "Federation of the Centre of America" (the Central American federation
#    of 1823-1839) was an ORG of 5 mentions: the words between a confederation's places
#    ("the", "of", "centre") are a place's name too. Older names of African and Pacific
#    countries are theirs: "Nyasaland", "Northern Rhodesia", "Bechuanaland", "the New
#    Hebrides" (a place of the lists, not a person or nothing).
mkdir -p "$T/fed"
printf 'Central America\n\nThe Federation of the Centre of America dissolved in 1839. Northern Rhodesia and Nyasaland became Zambia and Malawi; Bechuanaland became Botswana. The Federation of Trade Unions of Ukraine met.\n' \
	>"$T/fed/a.txt"
t_eq "a federation of a region's words is a state; older names of countries" \
	"PLACE Central America>Central America|PLACE Federation of the Centre of America>Federation of the Centre of America|PLACE Northern Rhodesia>Zambia|PLACE Nyasaland>Malawi|PLACE Zambia>Zambia|PLACE Malawi>Malawi|PLACE Bechuanaland>Botswana|PLACE Botswana>Botswana|ORG Federation of Trade Unions of Ukraine>Federation of Trade Unions of Ukraine|" \
	"$(ments "$T/fed" | awk -F'\t' 'NR > 1 { print $4 " " $7 ">" $6 }' | tr '\n' '|')"

# 6. Envoys of the continent's courts are written with their rank of nobility: "Freiherr
#    Karl von Hessel", "Vicomte", "Marquess". The ranks are titles, peeled off the name;
#    not those that are family names as often ("Father Ritter", "Anaïs Chevalier, deputy
#    director", "Auguste Comte": the rdcr's "Chevalier Joseph Bertinatti" keeps his).
mkdir -p "$T/rank"
printf 'Sardinia\n\nFreiherr Karl von Hessel came, then Vicomte Aubin Fresnel and Marquess Tobin Rell; Father Ritter stayed. Anaïs Chevalier, deputy director, read Auguste Comte.\n' \
	>"$T/rank/a.txt"
t_eq "a rank of nobility is a title" \
	"PLACE Sardinia|PERSON Karl von Hessel|PERSON Aubin Fresnel|PERSON Tobin Rell|PERSON Ritter|PERSON Anaïs Chevalier|PERSON Auguste Comte|" \
	"$(ents1 "$T/rank" a.txt)"

# 7. "the Imperial Conference held in London that year" and "the 1926 British Imperial
#    Conference" made an ORG of 3 essays: a conference whose words are English ones is a
#    standing body ("the Judicial Conference"), unless the text dates or places it as a
#    meeting: a year before it, "of" a year after it, "held in" or "held at" after it.
mkdir -p "$T/conf"
printf 'London\n\nThe Imperial Conference of 1926 met. The 1926 Imperial Conference agreed. The Imperial Conference held in London that year recognized it. The Judicial Conference held its vote.\n' \
	>"$T/conf/a.txt"
t_eq "a conference dated or placed is a meeting" "PLACE London|PLACE London|ORG Judicial Conference|" \
	"$(ents1 "$T/conf" a.txt)"

# 8. The office of a country's envoy is named for him, and every post has one: "the Office
#    of the U.S. Representative" in Koror and in Majuro were one ORG of 2 essays. Without
#    its host it is its article's, as an embassy is; the Office of the U.S. Trade
#    Representative is one body.
mkdir -p "$T/rep"
printf 'Palau\n\nThe Office of the U.S. Representative opened in Koror.\n' >"$T/rep/a.txt"
printf 'Marshall Islands\n\nThe Office of the U.S. Representative opened in Majuro. The Office of the U.S. Trade Representative agreed.\n' \
	>"$T/rep/b.txt"
t_eq "an envoy's office is its article's" \
	"Office of the U.S. Representative 1|Office of the U.S. Representative 1|Office of the U.S. Trade Representative 1|" \
	"$(orgs "$T/rep")"

# 9. States written as a people's union ("the North German Union", "the Arab Union", "the
#    French Union": ORG rows of 4, 1 and 3 essays) are told from bodies so named ("the
#    African Union", "the European Union") by no rule: the states are listed, with the
#    names the US Government used ("the North German Confederation (referred to ... as the
#    North German Union)").
mkdir -p "$T/polity"
printf 'Germany\n\nThe envoy signed with the North German Union in 1868. Iraq and Jordan formed the Arab Union; Viet Nam joined the French Union. The African Union met.\n' \
	>"$T/polity/a.txt"
t_eq "historical unions of states are listed" \
	"PLACE Germany|PLACE North German Union|PLACE Iraq|PLACE Jordan|PLACE Arab Union|PLACE Viet Nam|PLACE French Union|ORG African Union|" \
	"$(ents1 "$T/polity" a.txt)"

t_end
