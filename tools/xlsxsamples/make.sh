#!/bin/sh
# Regenerates parsers/testdata/libreoffice.xlsx: the ASCP sample workbook
# (made with excelize by internal/samplegen/xlsx) saved again by
# LibreOffice Calc, whose worksheets, styles and relationships are laid out
# its own way. Needs: soffice. Run from anywhere.
set -eu
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
cp samples/aabb-transcript-maria-okafor.xlsx "$tmp/libreoffice-in.xlsx"
soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp/out" "$tmp/libreoffice-in.xlsx" >/dev/null
mv "$tmp/out/libreoffice-in.xlsx" parsers/testdata/libreoffice.xlsx
rm -rf "$tmp"
