#!/bin/sh
# Regenerate every certificate PDF, its .gold.json and README.md, then verify the gold facts with pdftotext.
# Needs: /usr/bin/python3 with python3-reportlab, python3-pypdf; chromium; soffice;
#        php with php-fpdf and php-tcpdf; qpdf; ghostscript; poppler-utils.
set -e
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
rm -f ./*.pdf ./*.gold.json
rm -rf src
/usr/bin/python3 gen/build.py
/usr/bin/python3 gen/check.py
