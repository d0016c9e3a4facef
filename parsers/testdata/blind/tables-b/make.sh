#!/bin/bash
# Regenerate every PDF of the tables-b blind set (sources, gold, PDFs, verification).
set -euo pipefail
cd "$(dirname "$0")"
HERE=$(pwd)
PY=/usr/bin/python3
BUILD=$HERE/build
rm -rf "$BUILD"; mkdir -p "$BUILD"
export HOME=$BUILD/home; mkdir -p "$HOME"

echo "== sources and gold"
$PY tools/gen.py

echo "== chromium"
for f in src/c*.html; do
  id=$(basename "$f" .html)
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$BUILD/chromium" --print-to-pdf="$HERE/$id.pdf" "file://$HERE/$f" >/dev/null 2>&1
done

LO="soffice -env:UserInstallation=file://$BUILD/lo-profile --headless"
echo "== libreoffice writer / calc / docx"
for f in src/w*.htm; do
  timeout 180 $LO --infilter="HTML (StarWriter)" --convert-to pdf --outdir "$BUILD/lo" "$f" >/dev/null 2>&1
done
for f in src/w*.fodt src/w*.odt src/w*.rtf src/k*.fods src/d*.docx; do
  [ -e "$f" ] || continue
  timeout 180 $LO --convert-to pdf --outdir "$BUILD/lo" "$f" >/dev/null 2>&1
done
for f in src/k*.csv; do
  # comma separated, double quotes, UTF-8, first line 1; every column imported as text
  timeout 180 $LO --infilter="CSV:44,34,76,1,1/2/2/2/3/2/4/2" --convert-to pdf --outdir "$BUILD/lo" "$f" >/dev/null 2>&1
done
for p in "$BUILD"/lo/*.pdf; do mv "$p" "$HERE/"; done

echo "== fpdf / tcpdf"
for f in src/f*.json; do case $f in *.check.json) continue;; esac; id=$(basename "$f" .json); php php/fpdf_render.php "$f" "$HERE/$id.pdf"; done
for f in src/t*.json; do case $f in *.check.json) continue;; esac; id=$(basename "$f" .json); php php/tcpdf_render.php "$f" "$HERE/$id.pdf"; done

echo "== reportlab"
for f in src/r*.json; do case $f in *.check.json) continue;; esac; id=$(basename "$f" .json); $PY tools/rl_render.py "$f" "$HERE/$id.pdf"; done

echo "== ghostscript / qpdf"
while read -r id base how; do
  case "$how" in
    gs)        gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -o "$id.pdf" "$base.pdf" ;;
    rotate)    qpdf --rotate=+90 --flatten-rotation "$base.pdf" "$BUILD/$id.tmp.pdf"
               qpdf --rotate=-90 "$BUILD/$id.tmp.pdf" "$id.pdf" ;;
    rotate-lin) qpdf --rotate=+90 --flatten-rotation "$base.pdf" "$BUILD/$id.tmp.pdf"
               qpdf --rotate=-90 --linearize "$BUILD/$id.tmp.pdf" "$id.pdf" ;;
    enc256)    qpdf --encrypt "" owner 256 -- "$base.pdf" "$id.pdf" ;;
    enc128)    qpdf --encrypt "" owner 128 --use-aes=y -- "$base.pdf" "$id.pdf" ;;
    objstm)    qpdf --object-streams=generate "$base.pdf" "$id.pdf" ;;
    linearize) qpdf --linearize "$base.pdf" "$id.pdf" ;;
  esac
done < src/derived.txt

rm -rf "$BUILD"
echo "== verify"
status=0
$PY tools/verify.py || status=$?
$PY tools/readme.py
exit $status
