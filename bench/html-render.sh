#!/usr/bin/env bash
# Times headless Chromium opening report.html (and the first people page)
# of a generated staff of N people (default 5000): the median of three
# screenshots of the first screen, each a fresh browser. A tiny page is
# timed too, as the browser's own start.
#
#   bash bench/html-render.sh          # N = 5000
#   bash bench/html-render.sh 1000
#
# The corpus is bench/out/corpus-N (internal/corpus, seed 1; kept between
# runs), the ledger bench/out/html-N. Needs Go and chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000}
OUT=bench/out
mkdir -p "$OUT"
corpus="$OUT/corpus-$N"
[ -d "$corpus/downloads" ] || go run ./internal/corpus/gen -n "$N" -seed 1 -out "$corpus" -stats "$OUT/corpus-$N.json" >/dev/null
go build -o "$OUT/celedger" ./cmd/import
"$OUT/celedger" -q -as-of 2026-11-24 -roster "$corpus/roster.csv" -out "$OUT/html-$N" "$corpus/downloads/" 2>/dev/null || true
echo '<!DOCTYPE html><title>t</title><p>tiny' > "$OUT/tiny.html"
shot() {
	local prof times=()
	for _ in 1 2 3; do
		prof=$(mktemp -d)
		local t0 t1
		t0=$(date +%s.%N)
		chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
			--disable-component-update --disable-sync --user-data-dir="$prof" --window-size=1280,900 \
			--screenshot="$prof/shot.png" "file://$(realpath "$1")" >/dev/null 2>&1
		t1=$(date +%s.%N)
		rm -rf "$prof"
		times+=("$(echo "$t1 - $t0" | bc)")
	done
	printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
size=$(du -h "$OUT/html-$N/report.html" | cut -f1)
pages=$(ls "$OUT/html-$N" | grep -c '^people-' || true)
echo "N=$N report.html $size, $pages people pages"
echo "chromium, tiny page:        $(shot "$OUT/tiny.html") s"
echo "chromium, report.html:      $(shot "$OUT/html-$N/report.html") s"
[ "$pages" -gt 0 ] && echo "chromium, people-1.html:    $(shot "$OUT/html-$N/people-1.html") s"
exit 0
