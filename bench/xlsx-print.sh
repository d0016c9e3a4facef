#!/bin/sh
# Prints the staff sample's ledger.xlsx with LibreOffice and checks that
# the Roster fits one page width on its first page: every column header
# and every person on page 1. Needs soffice and pdftotext (poppler-utils).
#   bash bench/xlsx-print.sh
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/import -q -out "$tmp/out" -as-of 2026-11-24 -roster samples/staff/roster.csv samples/staff/ 2>/dev/null || true
timeout 180 soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to pdf --outdir "$tmp" "$tmp/out/ledger.xlsx" >/dev/null 2>&1
pages=$(pdfinfo "$tmp/ledger.pdf" | awk '/^Pages:/ {print $2}')
pdftotext -layout -f 1 -l 1 "$tmp/ledger.pdf" "$tmp/page1.txt"
people=$(tail -n +2 samples/staff/roster.csv | wc -l)
found=0
for id in $(tail -n +2 samples/staff/roster.csv | cut -d, -f2); do
	grep -q "$id" "$tmp/page1.txt" && found=$((found + 1))
done
echo "ledger.xlsx printed by LibreOffice: $pages pages; Roster page 1 holds $found of $people roster IDs"
grep -q "Name" "$tmp/page1.txt" && grep -q "Cycle end" "$tmp/page1.txt" && echo "page 1 holds the first and the last column (Name … Cycle end)"
[ "$found" -eq "$people" ]
