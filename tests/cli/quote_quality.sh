# tests/cli/quote_quality.sh -- quote finding against the gold, with recorded floors. MIT licence.
# Scores `dossier quotes --format=tsv` on the seeds and tests/gold/quotes/articles with
# tests/gold/quotes/score_quotes.py: the development set (annotations.txt, gold.tsv) and
# the held-out sets (heldout.txt, heldout.tsv; heldout2.txt, heldout2.tsv, twelve
# articles annotated before dossier was run on them; heldout3.txt, heldout3.tsv, twenty-one
# more, likewise). Fails when precision or recall of
# (quote, speaker) falls below tests/gold/floor, or when a gold .tsv is not what
# make_gold.py makes of its annotations. Raise the floors as quality rises; the first
# held-out set has five quotes, so its floor leaves room for one.
. "$SRCDIR/tests/lib.sh"

gold="$SRCDIR/tests/gold"
q="$gold/quotes"
floor() { awk -v k="$1" '$1 == k { print $2 }' "$gold/floor"; }

"$DOSSIER" quotes --no-state --format=tsv "$SRCDIR/seeds" "$q/articles" >"$T/sys.tsv" 2>"$T/err"; rc=$?
t_eq "quotes on the gold articles exits 0" 0 "$rc"
t_eq "nothing on stderr" "" "$(cat "$T/err")"
if ! command -v python3 >/dev/null 2>&1; then
	for k in "gold.tsv is made from annotations.txt" "heldout.tsv is made from heldout.txt" \
	    "heldout2.tsv is made from heldout2.txt" "heldout3.tsv is made from heldout3.txt" \
	    quote_precision quote_recall quote_heldout_precision quote_heldout_recall \
	    quote_heldout2_precision quote_heldout2_recall quote_heldout3_precision \
	    quote_heldout3_recall; do
		t_pass "$k # SKIP python3 not found"
	done
	t_end
	exit $?
fi

mkdir -p "$T/gold"
python3 "$q/make_gold.py" "$SRCDIR" "$T/gold" >"$T/make" 2>&1
sed 's/^/# /' "$T/make"
t_diff "gold.tsv is made from annotations.txt" "$q/gold.tsv" "$T/gold/gold.tsv"
t_diff "heldout.tsv is made from heldout.txt" "$q/heldout.tsv" "$T/gold/heldout.tsv"
t_diff "heldout2.tsv is made from heldout2.txt" "$q/heldout2.tsv" "$T/gold/heldout2.tsv"
t_diff "heldout3.tsv is made from heldout3.txt" "$q/heldout3.tsv" "$T/gold/heldout3.tsv"

above() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
# score SET GOLD PREFIX: the scores, the misses and false quotes as comments, the floors
score() {
	python3 "$q/score_quotes.py" "$2" "$T/sys.tsv" --show "$SRCDIR/seeds" "$q/articles" \
		>"$T/$1" 2>&1
	sed "s/^/# $1: /" "$T/$1"
	last=$(tail -1 "$T/$1")
	for m in precision recall; do
		v=$(printf '%s\n' "$last" | tr ' ' '\n' | sed -n "s/^$m=//p")
		f=$(floor "$3$m")
		if [ -n "$v" ] && [ -n "$f" ] && above "$v" "$f"; then t_pass "$1 $m $v >= floor $f"
		else t_fail "$1 $m ${v:-?} >= floor ${f:-?}" "$(cat "$T/$1")"; fi
	done
}
score dev "$q/gold.tsv" quote_
score heldout "$q/heldout.tsv" quote_heldout_
score heldout2 "$q/heldout2.tsv" quote_heldout2_
score heldout3 "$q/heldout3.tsv" quote_heldout3_
t_end
