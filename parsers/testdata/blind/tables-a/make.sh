#!/bin/bash
# Regenerate every PDF (and gold file) of the blind table test set.
# Needs: chromium, libreoffice (soffice), php + php-fpdf + php-tcpdf, python3-reportlab (/usr/bin/python3),
#        ghostscript, qpdf, poppler-utils (for verify.py).
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
PY=/usr/bin/python3
TMP=$(mktemp -d /tmp/tables-a.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
mkdir -p build src

# 1. data, gold files and sources (ReportLab documents are rendered directly)
$PY mk_chromium.py
$PY mk_writer.py
$PY mk_calc.py
$PY mk_docx.py
$PY mk_php.py
$PY mk_derived.py          # also renders build/g03_base.pdf and build/q02_base.pdf with ReportLab
$PY mk_reportlab.py

# 2. Chromium headless print
chrome() {  # chrome in.html out.pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chrome" \
           --print-to-pdf="$2" "$1" >/dev/null 2>&1
}
for f in src/chromium/*.html; do chrome "$f" "$(basename "${f%.html}").pdf"; done
chrome src/base/g01_base.html build/g01_base.pdf
chrome src/base/q01_base.html build/q01_base.pdf

# 3. LibreOffice (Writer, Calc, .docx) with a private profile
SOFFICE=(soffice -env:UserInstallation=file://$TMP/lo --headless)
"${SOFFICE[@]}" --convert-to pdf --outdir "$HERE" src/writer/*.fodt src/writer/*.odt >/dev/null 2>&1
"${SOFFICE[@]}" --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$HERE" src/writer/w05_html_noperson.html >/dev/null 2>&1
# CSV: comma, quote ", UTF-8 (76), from line 1; column 1 (date) and 3, 4 imported as text, column 2 standard
"${SOFFICE[@]}" --infilter="CSV:44,34,76,1,1/2/2/1/3/2/4/2" --convert-to pdf --outdir "$HERE" src/calc/k01_csv_plain.csv >/dev/null 2>&1
"${SOFFICE[@]}" --convert-to pdf --outdir "$HERE" src/calc/*.fods src/calc/*.xlsx >/dev/null 2>&1
"${SOFFICE[@]}" --convert-to pdf --outdir "$HERE" src/docx/*.docx >/dev/null 2>&1
"${SOFFICE[@]}" --convert-to pdf --outdir "$HERE/build" src/base/g02_base.fodt src/base/q04_base.docx >/dev/null 2>&1

# 4. FPDF / TCPDF
for f in src/php/f0*.php src/php/t0*.php; do
  b=$(basename "${f%.php}")
  php "$f" "src/php/data/$b.json" "$b.pdf"
done
php src/php/q03_base.php src/base/q03_base.json build/q03_base.pdf
php src/php/q05_base.php src/base/q05_base.json build/q05_base.pdf

# 5. Ghostscript re-distil
for b in g01:g01_gs_chromium g02:g02_gs_writer g03:g03_gs_reportlab; do
  gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -o "${b#*:}.pdf" "build/${b%%:*}_base.pdf"
done

# 6. qpdf transforms
for b in q01:q01_qpdf_rotated_chromium q02:q02_qpdf_rotated_reportlab; do
  qpdf "build/${b%%:*}_base.pdf" --rotate=+90 --flatten-rotation "build/${b%%:*}_flat.pdf"
  qpdf "build/${b%%:*}_flat.pdf" --rotate=-90 "${b#*:}.pdf"
done
qpdf --encrypt "" owner 256 -- build/q03_base.pdf q03_qpdf_encrypted_fpdf.pdf
qpdf --object-streams=generate build/q04_base.pdf q04_qpdf_objstreams_docx.pdf
qpdf --linearize build/q05_base.pdf q05_qpdf_linearized_tcpdf.pdf

# 7. README from the gold files, then check every gold row against pdftotext -layout
$PY mk_readme.py
$PY verify.py
