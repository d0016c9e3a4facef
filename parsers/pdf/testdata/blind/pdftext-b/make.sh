#!/bin/sh
# Regenerates every PDF and gold file of this test set, then CHECK.txt and README.md.
set -e
cd "$(dirname "$0")"
HERE=$(pwd)
PY=/usr/bin/python3
mkdir -p build
export TMPDIR="$HERE/build" HOME="$HERE/build" PYTHONDONTWRITEBYTECODE=1
cd src
$PY -c 'import json, data; json.dump([list(r) for r in data.COURSES], open("courses.json", "w"), indent=0)'
# hand-written PDF objects
$PY h_std14.py
$PY h_rotated.py
$PY h_spaced.py
$PY h_macroman.py
$PY h_symbol.py
$PY h_form.py
$PY h_notounicode.py
$PY h_cmap0000.py
$PY h_damaged.py
# producers
$PY r_docs.py
php php/fpdf_docs.php "$HERE"
php php/tcpdf_docs.php "$HERE"
php php/tcpdf_unicode.php "$HERE"
$PY c_docs.py
$PY l_docs.py
$PY g_docs.py      # re-distils symbol-1-hand.pdf
$PY q_docs.py      # flattens form-2-hand.pdf
# verification against poppler and mupdf, and the file list
$PY check.py > /dev/null
$PY readme.py > /dev/null
cd "$HERE"
rm -rf build
for f in *.pdf; do
  s=$(stat -c %s "$f"); [ "$s" -lt 204800 ] || echo "WARNING: $f is $s bytes"
done
echo "done: $(ls *.pdf | wc -l) PDFs"
