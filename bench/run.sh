#!/usr/bin/env bash
# Measures a whole import of a generated bulk corpus and, as a yardstick
# that can be read on any machine, pdftotext (poppler-utils) extracting
# the same PDFs.
#
#   bash bench/run.sh               # N = 1000 people (or $N)
#   bash bench/run.sh 250 1000 4000 # several sizes: the memory curve
#
# For each N it builds bench/out/celedger, writes the corpus to
# bench/out/corpus-N (internal/corpus, seed $SEED, default 1), runs
#   celedger -q -as-of 2026-11-24 -roster roster.csv -out ledger-N downloads/
# once under /usr/bin/time -v (wall time, peak RSS), then times pdftotext
# on every PDF of the corpus, text to /dev/null:
#   per-file: one pdftotext process per file, one at a time (xargs -P1)
#   parallel: one pdftotext process per file, nproc at a time (xargs -P nproc)
#   batch:    one shell running pdftotext on each file in turn (a while
#             loop reading the file list; pdftotext takes one PDF per run,
#             so this still starts a process per file, minus xargs)
# The pdftotext reference is taken for N <= $PDFTOTEXT_MAX (default 1000;
# it takes minutes at N = 4000); larger sizes show "-".
# Then bench/ledgerstats reads each ledger.json: people per status, and
# lines counted twice for one person (same title, date and provider).
# Results go to bench/out/ (results.tsv, truth-N.txt, the time -v logs). Needs Go,
# GNU time and pdftotext (Debian: apt-get install -y time poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out
SEED=${SEED:-1}
PDFTOTEXT_MAX=${PDFTOTEXT_MAX:-1000}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=("${N:-1000}")
mkdir -p "$OUT"

for tool in /usr/bin/time pdftotext; do
	if ! command -v "$tool" >/dev/null; then
		echo "bench: $tool is missing (Debian: apt-get install -y time poppler-utils)" >&2
		exit 1
	fi
done

go build -o "$OUT/celedger" ./cmd/import
go build -o "$OUT/corpus-gen" ./internal/corpus/gen
go build -o "$OUT/ledgerstats" ./bench/ledgerstats

# secs runs "$@" and prints its wall time in seconds.
secs() {
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >/dev/null 2>&1 || true
	t1=$(date +%s.%N)
	echo "$t1 - $t0" | bc -l
}
num() { grep -o "\"$1\": [0-9]*" "$2" | grep -o '[0-9]*$'; }
r2() { printf '%.2f' "$1"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory, $(go version | cut -d' ' -f3)"
RESULTS=$OUT/results.tsv
printf 'people\tfiles\tpdf_files\tpdf_pages\tgen_s\twall_s\tfiles_per_s\tpages_per_s\tpeak_rss_mb\tpdftotext_per_file_s\tpdftotext_parallel_s\tpdftotext_batch_s\tratio\n' >"$RESULTS"

for n in "${SIZES[@]}"; do
	corpus=$OUT/corpus-$n
	rm -rf "$corpus" "$OUT/ledger-$n"
	gen=$(secs "$OUT/corpus-gen" -n "$n" -seed "$SEED" -out "$corpus" -stats "$OUT/corpus-$n.json")
	files=$(num files "$OUT/corpus-$n.json")
	pdfs=$(num pdf_files "$OUT/corpus-$n.json")
	pages=$(num pdf_pages "$OUT/corpus-$n.json")
	find "$corpus/downloads" -name '*.pdf' | sort >"$OUT/pdfs-$n.txt"
	sync

	/usr/bin/time -v -o "$OUT/time-$n.log" "$OUT/celedger" -q -as-of 2026-11-24 \
		-roster "$corpus/roster.csv" -out "$OUT/ledger-$n" "$corpus/downloads" 2>"$OUT/import-$n.stderr" || true
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$OUT/time-$n.log")
	rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$OUT/time-$n.log")

	per=- par=- batch=- ratio=-
	if [ "$n" -le "$PDFTOTEXT_MAX" ]; then
		per=$(secs sh -c "xargs -a '$OUT/pdfs-$n.txt' -d '\n' -I{} -P1 pdftotext -q {} /dev/null")
		par=$(secs sh -c "xargs -a '$OUT/pdfs-$n.txt' -d '\n' -I{} -P$(nproc) pdftotext -q {} /dev/null")
		batch=$(secs sh -c "while IFS= read -r f; do pdftotext -q \"\$f\" /dev/null; done <'$OUT/pdfs-$n.txt'")
		ratio=$(r2 "$(echo "$wall / $per" | bc -l)") per=$(r2 "$per") par=$(r2 "$par") batch=$(r2 "$batch")
	fi

	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$files" "$pdfs" "$pages" "$(r2 "$gen")" "$(r2 "$wall")" \
		"$(printf '%.0f' "$(echo "$files / $wall" | bc -l)")" "$(printf '%.0f' "$(echo "$pages / $wall" | bc -l)")" "$rss" \
		"$per" "$par" "$batch" "$ratio" >>"$RESULTS"
	echo "N=$n done: import $(r2 "$wall")s, peak RSS ${rss} MB, pdftotext per file ${per}s" >&2
	"$OUT/ledgerstats" "$OUT/ledger-$n/ledger.json" | sed "s/^/N=$n /" >"$OUT/truth-$n.txt" || true
done

echo
echo "celedger import vs pdftotext on the same PDFs (times in seconds; ratio = import wall / pdftotext per-file wall)"
column -t -s $'\t' "$RESULTS"
echo
echo "what the ledgers say (statuses; lines counted twice for one person, which should be 0):"
cat "$OUT"/truth-*.txt
if [ ${#SIZES[@]} -gt 1 ]; then
	echo
	echo "memory curve (peak RSS against corpus size):"
	awk -F'\t' 'NR>1 {printf "  N=%-6s %7s files  %5s MB peak RSS\n", $1, $2, $9}' "$RESULTS"
fi
