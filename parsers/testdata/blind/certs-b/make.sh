#!/bin/bash
# Regenerates every PDF of the certs-b blind set.
#   ./make.sh            all certificates
#   ./make.sh b01 b07    only these
# Needs: /usr/bin/python3 (reportlab, pypdf), chromium, soffice, php (fpdf,
# tcpdf), gs, qpdf.  Scratch files go to ./build and are removed at the end
# unless KEEP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")"
HERE=$PWD
B=$HERE/build
PY=/usr/bin/python3
mkdir -p "$B/lo-out"
export SOURCE_DATE_EPOCH=1735689600

$PY gen.py "$@"

lo() {  # lo file -> $B/lo-out/<base>.pdf
  soffice -env:UserInstallation=file://$B/lo-profile --headless --norestore \
    --convert-to pdf --outdir "$B/lo-out" "$1" >"$B/lo.log" 2>&1
}

while read -r id prod via; do
  if [ "$prod" = "$via" ]; then out=$HERE/$id.pdf; else out=$B/$id.pre.pdf; fi
  case "$via" in
    chromium)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --user-data-dir="$B/chrome-profile" --print-to-pdf="$out" "file://$HERE/src/$id.html" \
        >"$B/chrome.log" 2>&1 ;;
    libreoffice-writer)
      lo "src/$id.fodt"; mv "$B/lo-out/$id.pdf" "$out" ;;
    docx-libreoffice)
      lo "src/$id.docx"; mv "$B/lo-out/$id.pdf" "$out" ;;
    fpdf|tcpdf)
      php "src/$id.php" "$out" ;;
    ps)
      gs -q -dSAFER -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -o "$HERE/$id.pdf" "src/$id.ps" ;;
    reportlab|acroform-filled)
      : ;;   # written by gen.py
    *) echo "unknown via $via" >&2; exit 1 ;;
  esac
  if [ "$prod" = ghostscript ] && [ "$via" != ps ]; then
    gs -q -dSAFER -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -o "$HERE/$id.pdf" "$out"
  fi
  if [ "$prod" = acroform-flattened ]; then
    qpdf --flatten-annotations=all "$out" "$HERE/$id.pdf"
  fi
  echo "built $id ($prod via $via)"
done < "$B/plan.txt"

if [ "${KEEP_BUILD:-0}" != 1 ]; then rm -rf "$B"; fi
