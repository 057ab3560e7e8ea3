# bench/features.sh -- what quotes, story clusters, timelines and the live folder cost. MIT licence.
# Sourced by bench/run (uses its fig, say, warm, time_ms, pct, mark_gap and $DOSSIER, $RES,
# $OUT).

# feature_figures LABEL CORPUS: the cost of each of issue 20's parts at this size.
#  - quotes_s: finding who said what in every article (the mention thread, after the
#    entities are resolved); clusters_s: near-duplicate detection after the index;
#  - timeline_cli, quotes_cli, clusters_cli: whole-process answers on a warm cache for
#    the corpus' most mentioned person (p50 of 5);
#  - live_1000: 1,000 new files dropped into an opened folder while the TUI runs, from
#    the copy's end to all of them indexed (entities and full text).
feature_figures() {
	local label=$1 c=$2 log w=$RES/feat-build.keys cf=$RES/feat-cache-$label who i
	local burst=$OUT/corpus-burst-1000 drop=$RES/live-drop-$label
	warm "$c"
	say "$label: feature costs (quotes, clusters, timeline, live folder)"
	echo :wait-build >"$w"
	log=$RES/log-feat-$label
	rm -f "$log"
	DOSSIER_BENCH_LOG=$log COLUMNS=120 LINES=40 \
		"$DOSSIER" --no-state --no-cache --script "$w" "$c" >/dev/null 2>&1
	fig quotes_s "$label" "$(mark_gap "$log" quotes_start quoted)" s
	fig clusters_s "$label" "$(mark_gap "$log" indexed clustered)" s
	rm -f "$cf"
	"$DOSSIER" --no-state --cache "$cf" list "$c" >/dev/null 2>&1
	who=$("$DOSSIER" --no-state --cache "$cf" entities --type person "$c" 2>/dev/null |
		awk -F'\t' 'NR == 2 { print $3 }')
	: >"$RES/.ft"; : >"$RES/.fq"; : >"$RES/.fc"
	if [ -n "$who" ]; then
		for ((i = 0; i < 5; i++)); do
			time_ms "$RES/.ft" "$DOSSIER" --no-state --cache "$cf" timeline "$who" "$c"
			time_ms "$RES/.fq" "$DOSSIER" --no-state --cache "$cf" quotes --entity "$who" "$c"
			time_ms "$RES/.fc" "$DOSSIER" --no-state --cache "$cf" clusters "$c"
		done
	fi
	fig timeline_cli_p50 "$label" "$(pct "$RES/.ft" 0.5)" ms
	fig quotes_cli_p50 "$label" "$(pct "$RES/.fq" 0.5)" ms
	fig clusters_cli_p50 "$label" "$(pct "$RES/.fc" 0.5)" ms
	rm -f "$cf"
	# The burst: 1,000 other generated articles, copied in by the script itself.
	if [ ! -d "$burst" ]; then
		"$OUT/bin/gen" -n 1000 -s 7 -o "$burst" >/dev/null || { say "gen failed"; return; }
	fi
	rm -rf "$drop"; mkdir -p "$drop"
	printf ':wait-build\n:shell cp -r %s/. %s/\n:wait-watch\n' "$burst" "$drop" >"$RES/feat-live.keys"
	log=$RES/log-live-$label
	rm -f "$log"
	warm "$c"
	DOSSIER_BENCH_LOG=$log COLUMNS=120 LINES=40 \
		"$DOSSIER" --no-state --no-cache --script "$RES/feat-live.keys" "$c" "$drop" \
		>/dev/null 2>"$log.err" || say "live run failed: $(head -3 "$log.err")"
	fig live_1000 "$label" "$(mark_gap "$log" script_shell watch_synced)" s
	rm -rf "$drop"
}
