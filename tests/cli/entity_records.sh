# tests/cli/entity_records.sh -- entity rules of issue 15 from records of a legislature (two days of the Congressional Record) and an office's posts: portfolios listed in a body's name, members named in capitals, resolutions, retweets, lobbying reports. MIT licence.
# Each case is a small corpus written here, with invented names where the rule is not a list's.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/entity_lib.sh"

# ents1 DIR FILE: "TYPE surface" of each mention of FILE, one a '|'.
ents1() {
	ments "$1" | awk -F'\t' -v f="$2" 'NR > 1 && $1 ~ ("/" f "$") { print $4 " " $7 }' | tr '\n' '|'
}

# 1. A body whose portfolio is a list: "the Committee on Banking, Housing, and Urban
#    Affairs" was "Committee on Banking" (13 texts of the record, one row with the House's
#    and the Senate's committees), Japan's "Ministry of Agriculture, Forestry and
#    Fisheries" the "Ministry of Agriculture" and a person "Fisheries". The list of words
#    ends with "and" and its last word; a list of names is not a portfolio.
mkdir -p "$T/list"
printf 'Rice\n\nThe Ministry of Agriculture, Forestry and Fisheries said prices rose. The Department for Environment, Food and Rural Affairs agreed, and so did the Ministry of Housing, Communities and Local Government. The Ministry of Defence, John Orlo and Mary Vance met.\n' \
	>"$T/list/a.txt"
t_eq "a body's portfolios listed in its name" \
	"ORG Ministry of Agriculture, Forestry and Fisheries|ORG Department for Environment, Food and Rural Affairs|ORG Ministry of Housing, Communities and Local Government|ORG Ministry of Defence|PERSON John Orlo|PERSON Mary Vance|" \
	"$(ents1 "$T/list" a.txt)"

# 2. The record writes the same name with and without the serial comma, and wraps its
#    lines: "from the Committee on Banking, Housing, and Urban\nAffairs, reported" (the
#    long line, full of capitals, was taken for a headline, and nothing of it was found).
#    One committee, whichever way it is written.
mkdir -p "$T/wrap"
printf 'Senate\n\nMr. Orlovsky, from the Committee on Banking, Housing, and Urban\nAffairs, reported the following original resolution; which was referred\nto the calendar.\n' \
	>"$T/wrap/a.txt"
printf 'Senate\n\nThe bill went to the Committee on Banking, Housing and Urban Affairs today.\n' >"$T/wrap/b.txt"
t_eq "a wrapped line of prose goes on with the name" \
	"PERSON Orlovsky|ORG Committee on Banking, Housing, and Urban Affairs|" "$(ents1 "$T/wrap" a.txt)"
t_eq "the serial comma makes no other body" "2 1" \
	"$(ments "$T/wrap" | awk -F'\t' 'NR > 1 && $4 == "ORG" { n++; if (!s[$5]++) d++ } END { print n + 0, d + 0 }')"

# 3. The record names its speakers by an honorific and the family name in capitals ("Mr.
#    LOTT. Mr. President, ..."): none was found unless the name was also written in mixed
#    case somewhere ("Mrs. BOXER", "Mr. KYL", "Ms. ROS-LEHTINEN", "Mr. D'AMATO", "Mr. VAN
#    HOLLEN"). After an honorific, on a line that is not in capitals, a word in capitals
#    is a family name, even a common word; an acronym elsewhere stays an acronym.
mkdir -p "$T/caps"
printf 'Senate\n\nThe day began early.\n  Mrs. BOXER. Mr. President, I agree with Mr. KYL. Ms. ROS-LEHTINEN and Mr. D'"'"'AMATO and Mr. VAN HOLLEN objected. NATO met.\n' \
	>"$T/caps/a.txt"
t_eq "a family name in capitals after an honorific" \
	"PERSON BOXER|PERSON KYL|PERSON ROS-LEHTINEN|PERSON D'AMATO|PERSON VAN HOLLEN|ORG NATO|" \
	"$(ents1 "$T/caps" a.txt)"
t_eq "its canonical name in mixed case" "Boxer|Kyl|Ros-Lehtinen|D'Amato|Van Hollen|NATO|" \
	"$(ments "$T/caps" | awk -F'\t' 'NR > 1 { print $6 }' | tr '\n' '|')"

# 4. Resolutions by number: "H. Con. Res. 175", "H. Res. 12", "S.J. Res. 4" were persons
#    "H. Con" (11 texts) and "H. Res" (9). A chamber's letter, "Con." or "J.", "Res." and a
#    number are no name; "H. G. Wells" is still one.
mkdir -p "$T/res"
printf 'House\n\nWe agreed to H. Con. Res. 175, H. Res. 12, S. Con. Res. 3, S. Res. 40, H.J. Res. 9 and S.J. Res. 4. H. G. Wells wrote.\n' \
	>"$T/res/a.txt"
t_eq "a resolution's number is no person" "PERSON H. G. Wells|" "$(ents1 "$T/res" a.txt)"

# 5. "referred to the Committee on Rules and Administration" was "Committee on Rules" (19
#    texts, with the House's committee): a head word alone and last after "and" is the
#    portfolio's, not a body of its own ("the Department of Government and Center for
#    International Affairs" are two). A subcommittee is a body ("Subcommittee on Africa,
#    Global Human Rights and International Operations" was "Subcommittee", 10 texts).
mkdir -p "$T/rules"
printf 'Senate\n\nIt was referred to the Committee on Rules and Administration. The Subcommittee on Africa, Global Human Rights and International Operations met. He taught at the Department of Government and Center for International Affairs.\n' \
	>"$T/rules/a.txt"
t_eq "a head word as a portfolio; a subcommittee" \
	"ORG Committee on Rules and Administration|ORG Subcommittee on Africa, Global Human Rights and International Operations|ORG Department of Government|ORG Center for International Affairs|" \
	"$(ents1 "$T/rules" a.txt)"

# 6. A historians' office's posts (2,269, by month; untuned): "RT @HistoryAtState: ..." made
#    the outlet RT the first body of 86 months; "Amb Herrick", "Pres Eisenhower" were
#    persons "Amb Herrick" (6 months) and "Pres Eisenhower"; "PDBs & PICLs" a body. A
#    post's mark before a handle is none; "Amb" and "Pres" are honorifics as "Sen" is;
#    two plural acronyms beside "&" are two. RT the outlet is still named.
mkdir -p "$T/posts"
printf 'Posts\n\n2013-06-27 15:04:45\nRT @HistoryAtState: Amb Herrick met Pres Eisenhower. MT @StateDept: RT said it was untrue.\n' \
	>"$T/posts/a.txt"
printf 'Posts\n\n2015-09-16 19:01:47\nThis is the biggest release of PDBs & consists of PDBs & PICLs. @CIA #PDB\n' \
	>"$T/posts/b.txt"
t_eq "a retweet's mark, honorifics of posts" \
	"DATE 2013-06-27|HANDLE @HistoryAtState|PERSON Herrick|PERSON Eisenhower|HANDLE @StateDept|ORG RT|" \
	"$(ents1 "$T/posts" a.txt)"
t_eq "two plural acronyms beside &" "DATE 2015-09-16|HANDLE @CIA|HASHTAG #PDB|" "$(ents1 "$T/posts" b.txt)"

# 7. The posts write "Dept of State" (8 months) and "State Dept" (3) beside "State
#    Department" (13): three rows. "Dept" is a spelling of "Department" in every key.
mkdir -p "$T/dept"
printf 'State\n\nThe Dept of State moved in 1875. The State Dept building grew, and the State Department agreed.\n' \
	>"$T/dept/a.txt"
t_eq "Dept is Department" "State Department|State Department|State Department|" \
	"$(ments "$T/dept" | awk -F'\t' 'NR > 1 && $4 == "ORG" { print $6 }' | tr '\n' '|')"

# 8. The record tells its members of one family name apart by their seats: "Mr. SMITH of
#    New Jersey", "Mr. SMITH of Texas", "the gentleman from Washington (Mr. Smith)". A
#    lone "Smith" that joined no full name was one row for all of them (Smith, Brown,
#    Davis, Rogers... in 250 days of the record). Where the corpus seats a name in two
#    places or more, a seated mention is the member of that seat, and so is every lone
#    mention of the name in an article that seats it once; a name seated in one place
#    only ("Mr. Vestran of Ohio") keeps its word, and an article without a seat too. A
#    member's Washington is the state.
mkdir -p "$T/seat"
printf 'House\n\n  Mr. ORLAND of New Jersey. Mr. Speaker, I yield to the gentleman from Texas (Mr. Orland).\n  Mr. ORLAND of Texas. I thank the gentleman. The gentleman from Washington [Mr. Orland] agreed.\n' \
	>"$T/seat/a.txt"
printf 'House\n\n  Mr. ORLAND of New Jersey. Mr. Speaker, I rise today. Mr. Orland is right, and Mr. VESTRAN of Ohio agrees with Mr. Vestran.\n' \
	>"$T/seat/b.txt"
printf 'House\n\n  Mr. Orland spoke, and Mr. Vestran answered.\n' >"$T/seat/c.txt"
seats() {
	ments "$T/seat" | awk -F'\t' -v f="$1" 'NR > 1 && $1 ~ ("/" f "$") && $4 == "PERSON" { print $6 }' |
		tr '\n' '|'
}
t_eq "members by their seats" \
	"Orland of New Jersey|Orland of Texas|Orland of Texas|Orland of Washington|" "$(seats a.txt)"
t_eq "an article's one seat is its lone name's" \
	"Orland of New Jersey|Orland of New Jersey|Vestran|Vestran|" "$(seats b.txt)"
t_eq "no seat in the article: the name alone" "Orland|Vestran|" "$(seats c.txt)"
t_eq "a member's Washington is the state" "Washington (U.S. state)" \
	"$(ments "$T/seat" | awk -F'\t' 'NR > 1 && $7 == "Washington" { print $6 }')"

# 15. "Assn" is an association's head word, as "Association" is: the record's lobbying
#     reports list "American Bakers Assn", "Shipowners Assn" (849 mentions of "persons").
mkdir -p "$T/assn"
printf 'Reports\n\nRegistrant: American Bakers Assn, Washington. Client: Shipowners Assn.\n' \
	>"$T/assn/a.txt"
t_eq "an Assn is an organisation" "ORG American Bakers Assn|PLACE Washington|ORG Shipowners Assn|" \
	"$(ents1 "$T/assn" a.txt)"

t_end
