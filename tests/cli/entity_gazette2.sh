# tests/cli/entity_gazette2.sh -- entity rules of issue 15 for reference works and news: which country a generic body of an article is, relatives who share a family name, the National Archives. MIT licence.
# Each case is a small corpus written here with invented names (the countries are the
# gazetteer's); the rules are general (how a text names its country), not these names.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ids DIR FILE NAME: the entity ids of mentions written NAME in FILE, one a '|'.
ids() {
	ments "$1" | awk -F'\t' -v f="$2" -v n="$3" \
		'NR > 1 && $1 ~ ("/" f "$") && $7 == n { print $5 }' | sort -u | tr '\n' '|'
}

# 1. An article's country is the one its title names by name, before the one it names
#    most: its text names others often, by a language ("in Dutch", "French-speaking") or
#    a people ("Somali clans"). Belgium's entry names Belgium twice and "Dutch" five
#    times, so its "Supreme Court" went to the Netherlands' (Factbook: the entries of
#    Belgium, the Central African Republic and Djibouti; a news article on Austria quoting
#    German papers would do the same).
mkdir -p "$T/home"
printf 'Austria\n\nAustria is a federal state. Its German-speaking people read German papers, and German dialects are spoken here.\n\nCourts: Supreme Court (consists of 9 judges)\n' >"$T/home/a.txt"
printf 'Germany\n\nGermany is a federal state.\n\nCourts: Supreme Court (consists of 12 judges)\n' >"$T/home/b.txt"
a=$(ids "$T/home" a.txt "Supreme Court")
b=$(ids "$T/home" b.txt "Supreme Court")
t_eq "the Supreme Court of the country a title names is its own" "different" \
	"$([ -n "$a" ] && [ "$a" != "$b" ] && echo different || echo "same: $a $b")"
#    With no country in the title, the one named most (demonyms too) still says it.
printf 'Court rules\n\nThe German government lost. German judges of the Supreme Court ruled on Monday.\n' >"$T/home/c.txt"
t_eq "a demonym alone still gives the country" "$b" "$(ids "$T/home" c.txt "Supreme Court")"

# 2. A country's short name before a generic body ("US Supreme Court", "U.S. Congress",
#    "UK Supreme Court") is the body "of" that country ("Supreme Court of the United
#    States", "American Supreme Court"): one row, not one per spelling (issue 15's news
#    from a hundred outlets; State of the Union addresses write all three).
mkdir -p "$T/us"
printf 'Justices hear case\n\nThe U.S. Supreme Court heard arguments on Wednesday.\n' >"$T/us/a.txt"
printf 'Ruling\n\nThe Supreme Court of the United States ruled. The US Supreme Court said so.\n' >"$T/us/b.txt"
t_eq "US Supreme Court = Supreme Court of the United States" 1 \
	"$(ments "$T/us" | awk -F'\t' '$7 ~ /Supreme Court/ { print $5 }' | sort -u | wc -l | tr -d ' ')"

# 3. A body the article qualifies in its own name ("the U.S. Supreme Court", "the Chilean
#    Supreme Court", "the Supreme Court of Chile") is the one its bare name names there
#    ("The Supreme Court is expected to rule"), as after a possessive ("Brazil's Supreme
#    Court"). The bare name was a row of its article alone when the article named no
#    country outside the body's name (a wire story: "The U.S. Supreme Court ... The
#    Supreme Court").
mkdir -p "$T/qual"
printf 'Justices hear tariff case\n\nWASHINGTON - The U.S. Supreme Court heard arguments on Wednesday. The Supreme Court is expected to rule by June.\n' >"$T/qual/a.txt"
printf 'Court again\n\nSANTIAGO - The Chilean Supreme Court ruled on Monday. The Supreme Court said the law stands.\n' >"$T/qual/b.txt"
a=$(ids "$T/qual" a.txt "U.S. Supreme Court")
t_eq "the bare body is the qualified one of its article" "$a" "$(ids "$T/qual" a.txt "Supreme Court")"
b=$(ids "$T/qual" b.txt "Chilean Supreme Court")
t_eq "the bare body is the demonym's" "$b" "$(ids "$T/qual" b.txt "Supreme Court")"
t_eq "and two countries' bodies stay two" "different" "$([ "$a" != "$b" ] && echo different)"

# 4. A man named first, then one whose name adds a given name before it, are two people:
#    a father and his son named after him ("Idriss DEBY ... his son, Mahamat Idriss
#    DEBY"). The first name joined the longer one as its short form, and the son's own
#    short form ("Mahamat DEBY") was left apart (Factbook: Chad's entry; news on the
#    Debys, the Kims, the Assads do the same). A short form written after the full name
#    ("Samuel VORTANE" after "Daniel Samuel VORTANE") stays his.
mkdir -p "$T/kin"
printf 'Norvania\n\nIn 1990 General Samuel VORTANE led a rebellion. VORTANE ruled until 2021, when he was killed; his son, Daniel Samuel VORTANE, took over. In 2024 Daniel VORTANE was elected.\n' >"$T/kin/a.txt"
t_eq "father and son" "different" \
	"$([ "$(ids "$T/kin" a.txt "Samuel VORTANE")" != "$(ids "$T/kin" a.txt "Daniel Samuel VORTANE")" ] && echo different)"
t_eq "the son's short form is his" "$(ids "$T/kin" a.txt "Daniel Samuel VORTANE")" \
	"$(ids "$T/kin" a.txt "Daniel VORTANE")"
printf 'Norvania\n\nPresident Daniel Samuel KORVELO spoke. Samuel KORVELO, as he is known, left.\n' >"$T/kin/b.txt"
t_eq "a short form after the full name" "$(ids "$T/kin" b.txt "Daniel Samuel KORVELO")" \
	"$(ids "$T/kin" b.txt "Samuel KORVELO")"

#    A two-word name written before a longer one with its first and last words is another
#    man's too ("John Adams" before "John Quincy Adams", his son, in an annual message).
printf 'Norvania\n\nPeter MELKOR was the second president. His son, Peter Samuel MELKOR, was the sixth.\n' >"$T/kin/c.txt"
t_eq "the father's name before the son's" "different" \
	"$([ "$(ids "$T/kin" c.txt "Peter MELKOR")" != "$(ids "$T/kin" c.txt "Peter Samuel MELKOR")" ] && echo different)"

# 5. A kingdom and a land are places ("the Lan Na Kingdom", "the Sukhothai Kingdom",
#    "Adelie Land", "Queen Maud Land", "the Southern Lands", "the Siamese Kingdom"), as an
#    empire and a sultanate are: they were people (or "Kingdom" alone was) (Factbook: "Lan Na Kingdom" 6 mentions and "Adelie
#    Land" 4 in the PERSON top 50; histories and travel news name them alike).
mkdir -p "$T/land"
printf 'Norvania\n\nThe Korvath Kingdom emerged in 1250 and fought the Velmari Kingdom. The claim known as Tessaly Land is disputed, and the Austral Lands are a district. It became the Siamese Kingdom.\n' >"$T/land/a.txt"
t_eq "a kingdom, a land" \
	"Korvath Kingdom PLACE|Velmari Kingdom PLACE|Tessaly Land PLACE|Austral Lands PLACE|Siamese Kingdom PLACE|" \
	"$(rows "$T/land" a.txt | tr '|' '\n' | sed 's/>.* / /' | grep -E 'Kingdom|Land' | tr '\n' '|')"

# 6. A body "of" a title's word is the body's whole name ("the Caribbean Court of
#    Justice", "the European Court of Justice", "the Supreme Court of Justice", "the
#    Ministry of Justice"): "Justice" was read as a title with no name after it and cut
#    off, leaving "Caribbean Court" (Factbook: 8 entries, and "Joint Court", "Supreme
#    Court" rows of Belgium's and others' courts) or nothing at all ("Ministry").
mkdir -p "$T/of"
printf 'Courts\n\nThe Velmari Court of Justice is the final court. The Ministry of Justice said so. Minister of Justice Karl Vemmer spoke, and Supreme Court Chief Justice Orla Tesk agreed.\n' >"$T/of/a.txt"
t_eq "a court of justice" \
	"Velmari Court of Justice ORG|Ministry of Justice ORG|Karl Vemmer PERSON|Supreme Court ORG|Orla Tesk PERSON|" \
	"$(rows "$T/of" a.txt | tr '|' '\n' | sed 's/>.* / /' | grep -v '^Courts' | tr '\n' '|')"

# 7. A body "of" two peoples' plurals joined by "and" is one name ("Alliance of Liberals
#    and Democrats for Europe", "Progressive Alliance of Socialists and Democrats", "Union
#    of Democrats and Independents"): the second word, a party's members that the lists
#    give the US Democratic Party, ended the name and was that party (Factbook: the
#    "Democratic Party" row of Estonia's, Belgium's and Lebanon's parties; EU news).
#    Two parties listed with "and" stay two ("Social Democrats and Greens").
mkdir -p "$T/and"
printf 'Parties\n\nThe Velmar Alliance of Liberals and Democrats for Europe met. The Union of Moderates and Independents won. Social Democrats and Greens agreed.\n' >"$T/and/a.txt"
t_eq "of peoples joined by and" \
	"Velmar Alliance of Liberals and Democrats for Europe ORG|Union of Moderates and Independents ORG|Social Democrats ORG|" \
	"$(rows "$T/and" a.txt | tr '|' '\n' | sed 's/>.* / /' | grep ' ORG$' | tr '\n' '|')"

# 8. "wa" joins a name as "bin" and "da" do ("Bingu wa Mutharika", "Ngugi wa Thiong'o"):
#    the given name was cut off alone and the family name went to a brother's row
#    (Factbook: Malawi's "Bingu wa MUTHARIKA" in "Peter MUTHARIKA"'s; news of Malawi and
#    Kenya write them so).
mkdir -p "$T/wa"
printf 'Norvania\n\nPresident Tesmu wa Keldani was elected in 2004. Keldani died in 2012, and his brother, Peter Keldani, won in 2014.\n' >"$T/wa/a.txt"
t_eq "a name with wa" "Tesmu wa Keldani>Tesmu wa Keldani PERSON|" \
	"$(rows "$T/wa" a.txt | tr '|' '\n' | grep '^Tesmu' | tr '\n' '|')"

# 9. A national capital counts for its country where the article's country is weighed: a
#    dateline ("LIMA (Reuters) -", "WASHINGTON -") or a government ("Moscow said"). A
#    wire story with a dateline and no country's name kept its "Congress", "Supreme
#    Court" a row of its own (RSS feeds: three one-article "Supreme Court" rows of
#    Washington stories; issue 15's news from a hundred outlets).
mkdir -p "$T/cap"
printf 'Lawmakers vote\n\nLIMA - Congress voted on Friday to remove Minister Tesk Varol.\n' >"$T/cap/a.txt"
printf 'Vote in Peru\n\nPeru'"'"'s Congress approved the motion against Tesk Varol.\n' >"$T/cap/b.txt"
printf 'Budget\n\nWASHINGTON - Congress passed the budget bill.\n' >"$T/cap/c.txt"
a=$(ids "$T/cap" a.txt "Congress")
t_eq "a capital's dateline gives the country" "$a" "$(ids "$T/cap" b.txt "Congress")"
t_eq "and another capital another" "different" \
	"$([ "$a" != "$(ids "$T/cap" c.txt "Congress")" ] && echo different)"

# 10. The name after "bin", "ibn", "bint" is the father's: a lone "Hamad" where the
#     article names "Hamad bin Khalifa" and his son "Tamim bin Hamad" is the father, not
#     the son (Factbook: Qatar's "HAMAD peacefully abdicated, transferring power to his
#     son TAMIM bin Hamad" went to Tamim's row; news of the Gulf's rulers alike).
mkdir -p "$T/bin"
printf 'Norvania\n\nEmir Velmar bin Sorud Al Tesk ruled from 1995. In 2013 Velmar abdicated, transferring power to his son, Karun bin Velmar. Karun later visited Oman.\n' >"$T/bin/a.txt"
t_eq "the father's name after bin" "$(ids "$T/bin" a.txt "Velmar bin Sorud Al Tesk")" \
	"$(ids "$T/bin" a.txt "Velmar")"

# 11. An acronym the article defines ("Serbian People's Party or SNP") is that body's all
#     through the article, before its definition too ("a coalition of SNS, SDPS, SNP"):
#     the earlier use went to the body the lists give it (the Scottish National Party;
#     Factbook: Serbia's entry, one row with the UK's SNP).
mkdir -p "$T/acr"
printf 'Norvania\n\nThe coalition includes KDV, SNP and PLO.\n\nPolitical parties:\n\nSerbian People'"'"'s Party or SNP\n\nUnity Front or KDV\n' >"$T/acr/a.txt"
t_eq "an acronym defined later" "SNP>Serbian People's Party ORG|" \
	"$(rows "$T/acr" a.txt | tr '|' '\n' | grep '^SNP' | sort -u | tr '\n' '|')"

# 12. A body "of" a people is not the body of their country: "the Democratic Party of
#     Albanians" (North Macedonia's Albanians' party) is not Albania's Democratic Party,
#     "the Party of Hungarians" not Hungary's (Factbook: North Macedonia's DPA in the row
#     of Albania's PD).
mkdir -p "$T/ofp"
printf 'Albania\n\nPolitical parties: Democratic Party or PD\n' >"$T/ofp/a.txt"
printf 'North Macedonia\n\nPolitical parties: Democratic Party of Albanians or PDSH\n' >"$T/ofp/b.txt"
t_eq "of a people" "different" \
	"$([ "$(ids "$T/ofp" a.txt "Democratic Party")" != "$(ids "$T/ofp" b.txt "Democratic Party of Albanians")" ] && echo different)"

# 13. "Union for the Republic", "Rally for the Republic" are every country's, as
#     "Socialist Party" is: one row for Togo's and the Republic of the Congo's UNIR and UR
#     (Factbook), for France's RPR and others'.
mkdir -p "$T/rep"
printf 'Togo\n\nPolitical parties: Union for the Republic or UNIR\n' >"$T/rep/a.txt"
printf 'Gabon\n\nPolitical parties: Union for the Republic or UR\n' >"$T/rep/b.txt"
t_eq "a republic's union" "different" \
	"$([ "$(ids "$T/rep" a.txt "Union for the Republic")" != "$(ids "$T/rep" b.txt "Union for the Republic")" ] && echo different)"

# 14. A ministry is one a country: "the Foreign Ministry" of two Moscow stories is
#     Russia's in both, not a row per article, and Beijing's another ("Defence
#     Ministry", "Interior Ministry" alike; issue 15's news from a hundred outlets).
mkdir -p "$T/min"
printf 'Moscow warns\n\nMOSCOW - The Foreign Ministry said on Monday that Russia would respond.\n' >"$T/min/a.txt"
printf 'Talks fail\n\nMOSCOW - Russia'"'"'s Foreign Ministry said the talks failed.\n' >"$T/min/b.txt"
printf 'Beijing protests\n\nBEIJING - The Foreign Ministry said China opposed the visit.\n' >"$T/min/c.txt"
a=$(ids "$T/min" a.txt "Foreign Ministry")
t_eq "a country's ministry" "$a" "$(ids "$T/min" b.txt "Foreign Ministry")"
t_eq "another country's ministry" "different" \
	"$([ "$a" != "$(ids "$T/min" c.txt "Foreign Ministry")" ] && echo different)"

# 15. A bare body written before the article qualifies the same name with another country
#     is its own: "In Washington, the Supreme Court ruled ... India's Supreme Court,
#     meanwhile, adjourned" named one court (India's), where the article names the
#     United States and India alike; it is still the qualified one where the article is
#     at home in that country.
mkdir -p "$T/two"
printf 'Rulings\n\nIn Washington, the Supreme Court ruled 6-3 on American tariffs. India'"'"'s Supreme Court, meanwhile, adjourned a hearing.\n' >"$T/two/a.txt"
printf 'Rulings\n\nThe Supreme Court ruled on Monday. Brazil'"'"'s Supreme Court, the highest in Brazil, ordered a fine in Brasilia.\n' >"$T/two/b.txt"
a=$(ids "$T/two" a.txt "Supreme Court")
t_eq "a bare body before another country's is its own" 2 "$(echo "$a" | tr '|' '\n' | grep -c .)"
b=$(ids "$T/two" b.txt "Supreme Court")
t_eq "... and the qualified one at home" 1 "$(echo "$b" | tr '|' '\n' | grep -c .)"

# 16. "National Archives and Records Administration" (frus-history's notes, "Source:
#     National Archives and Records Administration, Record Group 59") was "National
#     Archives" and "Records Administration", or "Archives and Records Administration":
#     the agency is listed, with "National Archives", NARA and its older name (the
#     National Archives and Records Service, 1949-1985) its other names.
mkdir -p "$T/nara"
printf 'Sources\n\nSource: National Archives and Records Administration, Record Group 59.\n\nThe National Archives opened the files; NARA said so. In 1960 the National Archives and Records Service had them.\n' >"$T/nara/a.txt"
t_eq "the archives' agency: one body of four names" \
	"National Archives and Records Administration>National Archives and Records Administration|National Archives>National Archives and Records Administration|NARA>National Archives and Records Administration|National Archives and Records Service>National Archives and Records Administration|" \
	"$(ments "$T/nara" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 ">" $6 }' | tr '\n' '|')"

# 17. Polling organisations are listed: "Ipsos said the margin..." was a person, and so
#     were both halves' second in "a Reuters/Ipsos poll"; "a Pew survey" is the centre's.
mkdir -p "$T/poll"
printf 'Poll\n\nA Reuters/Ipsos poll released on Tuesday showed the president trailing. Ipsos said the margin was three points. A Pew survey and the Economist/YouGov poll agreed.\n' >"$T/poll/a.txt"
t_eq "pollsters are bodies, one with the outlet before its slash" \
	"Reuters>Reuters|Ipsos>Ipsos|Ipsos>Ipsos|Pew>Pew Research Center|YouGov>YouGov|" \
	"$(ments "$T/poll" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 ">" $6 }' | tr '\n' '|')"
t_eq "... and none is a person" "" \
	"$(ments "$T/poll" | awk -F'\t' 'NR > 1 && $4 == "PERSON"' )"

# 18. Firms that count markets are listed: "Forrester Research" was a person, "IDC" and
#     "Canalys" were missed or a body of their own name; "Forrester" alone stays a name.
mkdir -p "$T/firms"
printf 'Sales fall\n\nAnalysts at Forrester Research said sales fell, according to IDC and Canalys. Sara Forrester agreed.\n' >"$T/firms/a.txt"
t_eq "firms that count markets are bodies" \
	"Forrester Research>Forrester Research|IDC>International Data Corporation|Canalys>Canalys|" \
	"$(ments "$T/firms" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $7 ">" $6 }' | tr '\n' '|')"
t_eq "... and a person of the name is one" "Sara Forrester" \
	"$(ments "$T/firms" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $6 }')"

# 19. A listed name that ends in a possessive's "'s" was never found: "McDonald's said"
#     was a person McDonald, "Moody's Investors Service" a person Moody and a body
#     "Investors Service", "the People's Republic of China" Taiwan (its "Republic of
#     China"). The name keeps its "'s"; a family name's possessive after a given name or
#     a title stays the person's, and "John's" alone is John's (the capital "St.
#     George's" keeps its "'s").
mkdir -p "$T/poss"
printf 'Ratings cut\n\nMcDonald'"'"'s said sales rose. Moody'"'"'s Investors Service and Standard & Poor'"'"'s cut the rating of the People'"'"'s Republic of China. Ronald McDonald'"'"'s show ended. John'"'"'s car was seen in St. George'"'"'s, Grenada. John Hale spoke.\n' >"$T/poss/a.txt"
t_eq "names that end in 's keep it" \
	"McDonald's>McDonald's|Moody's Investors Service>Moody's|Standard & Poor's>Standard & Poor's|People's Republic of China>China|St. George's>St. George's|Grenada>Grenada|" \
	"$(ments "$T/poss" | awk -F'\t' 'NR > 1 && ($4 == "ORG" || $4 == "PLACE") { print $7 ">" $6 }' | tr '\n' '|')"
t_eq "... and persons' possessives are cut" "Ronald McDonald|John|John Hale|" \
	"$(ments "$T/poss" | awk -F'\t' 'NR > 1 && $4 == "PERSON" { print $7 }' | tr '\n' '|')"

# 20. A name with an ampersand inside a word in capitals was nothing ("AT&T", "S&P
#     Global"); the word is one token now. A stock index is no body ("the S&P 500",
#     "the Nikkei 225"), and "R&D" or "M&A" are no names.
mkdir -p "$T/amp"
printf 'Deals\n\nAT&T agreed to buy it; S&P Global and H&M gained. The S&P 500 fell and the Nikkei 225 rose. Spending on R&D rose and M&A slowed. The Interstate Commerce Commission 10 years ago agreed.\n' >"$T/amp/a.txt"
t_eq "names with an ampersand in a word" \
	"AT&T>AT&T|S&P Global>Standard & Poor's|H&M>H&M|Interstate Commerce Commission>Interstate Commerce Commission|" \
	"$(ments "$T/amp" | awk -F'\t' 'NR > 1 { print $7 ">" $6 }' | tr '\n' '|')"

# 21. A saint's or a monarch's possessive inside a name ended it: "St. Mary's Hospital"
#     was a place "St. Mary", "St Patrick's Cathedral" a person Patrick, "King's College
#     London" a person King. Before a head word the name goes on; "St. Patrick's Day" is
#     a feast (no name), "the Queen's Government" no body's name.
mkdir -p "$T/saint"
printf 'Care\n\nShe was taken to St. Mary'"'"'s Hospital. He studied at King'"'"'s College London, prayed in St Patrick'"'"'s Cathedral and walked to St. Peter'"'"'s Square on St. Patrick'"'"'s Day. The Queen'"'"'s Government agreed.\n' >"$T/saint/a.txt"
t_eq "a saint's and a monarch's possessive inside a name" \
	"ORG>St. Mary's Hospital|ORG>King's College London|PLACE>St Patrick's Cathedral|PLACE>St. Peter's Square|" \
	"$(ments "$T/saint" | awk -F'\t' 'NR > 1 { print $4 ">" $7 }' | tr '\n' '|')"

t_end
