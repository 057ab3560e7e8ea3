# tests/cli/hangs.sh -- huge articles index in linear time; SIGTERM ends a waiting script run. MIT licence.
# Each big case once took minutes (quadratic loops over one article's mentions); the
# timeouts are generous bounds for the sanitizer build, never a measurement.
. "$SRCDIR/tests/lib.sh"

# 500,000 different hashtags in one article, written in the reverse of their id order:
# the worst case of the old insertion sort of an article's entity ids.
mkdir -p "$T/tags"
awk 'BEGIN { print "Tags"; print ""
	for (i = 499999; i >= 0; i--) { printf "#t%06d ", i; if (i % 20 == 0) printf "\n" } }' \
	>"$T/tags/a.txt"
timeout 120 "$DOSSIER" stats "$T/tags" >"$T/out" 2>"$T/err"; rc=$?
t_eq "500k mentions of different entities in one article: indexed (rc)" 0 "$rc"
t_eq "500k mentions of different entities in one article: all counted" "500000" \
	"$(awk -F '\t' '$1 == "mentions" { print $2 }' "$T/out")"

# 250,000 organisations each defining its own acronym ("Aork Bork Cork Dork Commission
# (ABCDC)"): every definition used to rewrite the whole article's mentions.
mkdir -p "$T/acr"
awk 'BEGIN { U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; print "Acronyms"; print ""
	for (i = 0; i < 250000; i++) {
		n = ""; a = ""; x = i
		for (k = 0; k < 4; k++) { c = substr(U, x % 26 + 1, 1); x = int(x / 26); n = n c "ork "; a = a c }
		printf "He said the %sCommission (%sC) met.%s", n, a, (i % 10 == 9 ? "\n" : " ")
	} }' >"$T/acr/a.txt"
timeout 120 "$DOSSIER" mentions "$T/acr" >"$T/out" 2>"$T/err"; rc=$?
t_eq "250k acronym definitions in one article: indexed (rc)" 0 "$rc"
# Every acronym is the organisation it follows: 500,000 ORG mentions, 250,000 entities.
t_eq "250k acronym definitions: every acronym resolved to its organisation" "500000 250000" \
	"$(awk -F '\t' 'NR > 1 && $4 == "ORG" { n++; e[$5] = 1 } END { print n + 0, length(e) }' "$T/out")"
t_eq "acronym: the first one is its organisation's" "ORG Aork Aork Aork Aork Commission AAAAC" \
	"$(awk -F '\t' 'NR == 3 { print $4, $6, $7 }' "$T/out")"

# 150,000 companies each named with a legal form and then by their first word before a
# firm's noun ("Aork... Holdings Inc ... Aork...'s shareholders"): each lone word looked
# at every organisation of the article for a company it starts.
mkdir -p "$T/firms"
awk 'BEGIN { U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; print "Firms"; print ""
	for (i = 0; i < 150000; i++) {
		n = ""; x = i
		for (k = 0; k < 4; k++) { c = substr(U, x % 26 + 1, 1); x = int(x / 26); n = n c (k ? "" : "ork") }
		printf "The board of %s Holdings Inc met. Later %s'"'"'s shareholders voted.%s", n, n,
			(i % 10 == 9 ? "\n" : " ")
	} }' >"$T/firms/a.txt"
timeout 120 "$DOSSIER" mentions --no-state "$T/firms" >"$T/out" 2>"$T/err"; rc=$?
t_eq "150k companies named by their first word: indexed (rc)" 0 "$rc"
t_eq "firms: the lone word is its company" "ORG AorkAAA Holdings Inc AorkAAA" \
	"$(awk -F '\t' 'NR == 3 { print $4, $6, $7 }' "$T/out")"

# 60 URLs each ending in 500 KB of ")": trimming looked for an opening bracket again at
# every closing one (quadratic within the 512 KB blocks extraction works in).
mkdir -p "$T/urls"
awk 'BEGIN { print "Brackets"; print ""; b = ")"; while (length(b) < 500000) b = b b
	b = substr(b, 1, 500000); for (i = 0; i < 60; i++) printf "see https://x%d.org/%s\n", i, b }' \
	>"$T/urls/a.txt"
timeout 120 "$DOSSIER" mentions "$T/urls" >"$T/out" 2>"$T/err"; rc=$?
t_eq "60 URLs ending in 500 KB of brackets: indexed (rc)" 0 "$rc"
t_eq "brackets: each URL is trimmed to its host and slash" "60 https://x0.org/" \
	"$(awk -F '\t' 'NR > 1 && $4 == "URL" { n++; if (n == 1) s = $7 } END { print n + 0, s }' "$T/out")"

# SIGTERM while script mode waits for the index: the process ends at once. The builder
# would write the cache file at its end, so a cache file means the wait ran to the end.
printf ':save-display %s\nQ\n' "$T/seeds.screen" >"$T/keys"
LINES=24 COLUMNS=80 "$DOSSIER" --no-state --config /dev/null --cache "$T/seeds.cache" \
	--script "$T/keys" "$SRCDIR/seeds" >/dev/null 2>&1
t_check "script mode with --cache writes the cache (the control)" test -s "$T/seeds.cache"

if [ -r /proc/self/status ]; then
	printf ':save-display %s\nQ\n' "$T/term.screen" >"$T/keys"
	LINES=24 COLUMNS=80 "$DOSSIER" --no-state --config /dev/null --cache "$T/term.cache" \
		--script "$T/keys" "$T/tags" >/dev/null 2>"$T/err" &
	pid=$!
	# Wait (bounded) until the UI's SIGTERM handler is in place: bit 15 of SigCgt.
	i=0
	while [ $i -lt 1200 ]; do
		cgt=$(awk '/^SigCgt:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
		[ -n "$cgt" ] && [ $(( (0x$cgt >> 14) & 1 )) = 1 ] && break
		[ -e "/proc/$pid" ] || break
		sleep 0.05; i=$((i + 1))
	done
	kill -TERM "$pid"
	i=0
	while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	if kill -0 "$pid" 2>/dev/null; then
		t_fail "SIGTERM ends script mode waiting for the index" "still running after 100 polls"
		kill -KILL "$pid"
	else
		t_pass "SIGTERM ends script mode waiting for the index"
	fi
	wait "$pid"; rc=$?
	t_eq "SIGTERM: exit status 128+15" 143 "$rc"
	t_check "SIGTERM: the index was not waited for (no cache written)" test ! -e "$T/term.cache"
	t_check "SIGTERM: the script did not run" test ! -e "$T/term.screen"
else
	t_pass "no /proc: SIGTERM case skipped # SKIP"
fi

t_end
