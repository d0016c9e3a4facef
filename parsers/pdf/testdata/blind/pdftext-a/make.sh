#!/bin/bash
# Regenerates every PDF (and gold file) of the blind test set from src/.
# Needs: /usr/bin/python3 with python3-reportlab, php-cli with php-fpdf and
# php-tcpdf, chromium, libreoffice (soffice), qpdf (+fix-qdf), ghostscript.
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
HERE=$PWD
PY=/usr/bin/python3
B=$(mktemp -d /tmp/pdftext-a-build.XXXXXX)
trap 'rm -rf "$B"' EXIT

chrome() { # html pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$2" "$1" >/dev/null 2>&1
}
lo() { # fodt -> $B/<base>.pdf
  soffice --headless --convert-to pdf --outdir "$B" "$1" >/dev/null 2>&1
}

# ---------------------------------------------------------------- sources
# cover images first (coverpage3.fodt embeds one), then the .fodt files
$PY src/make_images.py
(cd src && $PY lo_docs.py)

# ---------------------------------------------------------------- std14
php src/php/std14_fpdf.php "$HERE/std14-1-fpdf.pdf"
php src/php/std14_tcpdf.php "$HERE/std14-2-tcpdf.pdf"
(cd src && $PY hand_std14.py)
$PY src/rl_std14.py std14-4-reportlab.pdf

# ---------------------------------------------------------------- rotated
chrome src/html/rotated1.html "$B/r1.pdf"
qpdf "$B/r1.pdf" --rotate=-90 --flatten-rotation "$B/r1a.pdf"
qpdf "$B/r1a.pdf" --rotate=+90 rotated-1-chromium+qpdf.pdf
lo src/lo/rotated2.fodt
qpdf "$B/rotated2.pdf" --rotate=+90 --flatten-rotation "$B/r2a.pdf"
qpdf "$B/r2a.pdf" --rotate=-90 rotated-2-libreoffice+qpdf.pdf
(cd src && $PY hand_rotated.py)
$PY src/rl_rotated.py rotated-5-reportlab.pdf

# ---------------------------------------------------------------- spaced
(cd src && $PY hand_spaced.py)
$PY src/rl_spaced.py spaced-3-reportlab.pdf
chrome src/html/spaced4.html spaced-4-chromium.pdf
php src/php/spaced_tcpdf.php "$HERE/spaced-5-tcpdf.pdf"
lo src/lo/spaced6.fodt && cp "$B/spaced6.pdf" spaced-6-libreoffice.pdf

# ---------------------------------------------------------------- noTounicode
lo src/lo/notounicode1.fodt
$PY src/post_tounicode.py "$B/notounicode1.pdf" noTounicode-1-libreoffice.pdf drop-ligatures
lo src/lo/notounicode2.fodt
$PY src/post_tounicode.py "$B/notounicode2.pdf" noTounicode-2-libreoffice.pdf remove
php src/php/notounicode_tcpdf.php "$B/n3.pdf" "$B/n3fonts"
$PY src/post_tounicode.py "$B/n3.pdf" noTounicode-3-tcpdf.pdf remove =LiberationSerif
lo src/lo/notounicode6.fodt
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -o noTounicode-6-libreoffice+gs.pdf "$B/notounicode6.pdf"
(cd src && $PY hand_notounicode.py)

# ---------------------------------------------------------------- cmap0000
php src/php/cmap0000_1.php "$HERE/cmap0000-1-tcpdf.pdf"
php src/php/cmap0000_2.php "$HERE/cmap0000-2-tcpdf.pdf" "$B/c2fonts"
php src/php/cmap0000_3.php "$HERE/cmap0000-3-tcpdf.pdf"
(cd src && $PY hand_cmap0000.py)

# ---------------------------------------------------------------- macroman
(cd src && $PY hand_macroman.py)
qpdf --object-streams=generate macroman-4-hand+qpdf.pdf "$B/m4.pdf" && mv "$B/m4.pdf" macroman-4-hand+qpdf.pdf

# ---------------------------------------------------------------- symbol
(cd src && $PY hand_symbol.py)
$PY src/rl_symbol.py symbol-2-reportlab.pdf
php src/php/symbol_fpdf.php symbol-3-fpdf.pdf

# ---------------------------------------------------------------- form
$PY src/rl_form.py form-1-reportlab.pdf
# qpdf exits 3 on the warning about reportlab's duplicated /Font key
qpdf --flatten-annotations=all form-1-reportlab.pdf form-4-reportlab+qpdf.pdf 2>/dev/null || [ $? -eq 3 ]
php src/php/form_tcpdf.php "$HERE/form-2-tcpdf.pdf"
(cd src && $PY hand_form.py)

# ---------------------------------------------------------------- coverpage
$PY src/rl_coverpage.py coverpage-1-reportlab.pdf
chrome src/html/coverpage2.html coverpage-2-chromium.pdf
lo src/lo/coverpage3.fodt
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.7 \
   -o coverpage-3-libreoffice+gs.pdf "$B/coverpage3.pdf"
(cd src && $PY hand_coverpage.py)

# ---------------------------------------------------------------- damaged
chrome src/html/damaged1.html "$B/d1.pdf"
qpdf --encrypt "" northstar-owner 256 -- "$B/d1.pdf" damaged-1-qpdf.pdf
php src/php/damaged_fpdf.php rc4 "$B/d2.pdf"
qpdf --allow-weak-crypto --encrypt "" spbs-owner 128 --use-aes=n -- "$B/d2.pdf" damaged-2-qpdf.pdf
lo src/lo/damaged3.fodt
qpdf --encrypt "cme2025" "lab-owner-77" 256 -- "$B/damaged3.pdf" damaged-3-qpdf.pdf
(cd src && $PY hand_damaged.py)
php src/php/damaged_fpdf.php encrypt damaged-8-fpdf.pdf

# ---------------------------------------------------------------- gold
# hand-written generators wrote their own gold; the rest comes from golds.py
(cd src && $PY write_golds.py)
(cd src && $PY make_readme.py)
echo "done: $(ls *.pdf | wc -l) PDFs, $(ls *.gold.json | wc -l) gold files"
