#!/bin/sh
# Regenerates the PDF samples (samples/pdf) and the odd-case test PDFs
# (parsers/testdata/pdf) with five producers:
#   celedger's own writer (internal/pdfgen, via tools/pdfsamples),
#   headless Chromium printing HTML (chromium/*.html),
#   LibreOffice converting documents (libreoffice/*.fodt, *.html),
#   Ghostscript pdfwrite and qpdf rewrites of some of those.
# Needs: go, chromium, soffice, gs, qpdf. Run from anywhere.
set -eu
cd "$(dirname "$0")/../.."
S=samples/pdf
T=parsers/testdata/pdf
SRC=tools/pdfsamples
mkdir -p "$S" "$T"

go run ./tools/pdfsamples -samples "$S" -testdata "$T"

for f in "$SRC"/chromium/*.html; do
	profile=$(mktemp -d)
	chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
		--print-to-pdf="$S/$(basename "$f" .html).pdf" "$f" 2>/dev/null
	rm -rf "$profile"
done

# The CAP transcript with its cells centred vertically (HTML's default)
# instead of top-aligned, as a test file.
profile=$(mktemp -d)
sed 's/vertical-align: top;/vertical-align: middle;/' "$SRC/chromium/cap-transcript-maria-okafor.html" >"$profile/centred-cells.html"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
	--disable-component-update --disable-sync --user-data-dir="$profile" --no-pdf-header-footer \
	--print-to-pdf="$T/chromium-centred-cells.pdf" "$profile/centred-cells.html" 2>/dev/null
rm -rf "$profile"

profile=$(mktemp -d)
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$S" "$SRC"/libreoffice/*.fodt >/dev/null
soffice -env:UserInstallation=file://"$profile" --headless --infilter="HTML (StarWriter)" \
	--convert-to pdf:writer_pdf_Export --outdir "$S" "$SRC"/libreoffice/*.html >/dev/null
rm -rf "$profile"

# Rewrites by other producers.
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$T/gs-aabb-transcript.pdf" "$S/aabb-transcript-maria-okafor.pdf"
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$T/gs-aabb-certificate.pdf" "$S/aabb-certificate-daniel-reyes.pdf"
qpdf --object-streams=generate --linearize "$S/cap-transcript-maria-okafor.pdf" "$T/qpdf-cap-transcript.pdf"
qpdf --object-streams=generate --linearize "$S/ascp-transcript-daniel-reyes.pdf" "$T/qpdf-lo-ascp-transcript.pdf"

# Encrypted with an empty user password, and one that needs a password.
qpdf --allow-weak-crypto --encrypt "" owner-pw 40 -- "$S/ascp-certificate-maria-okafor.pdf" "$T/encrypted-rc4-40.pdf"
qpdf --allow-weak-crypto --encrypt "" owner-pw 128 --use-aes=n -- "$S/aabb-transcript-maria-okafor.pdf" "$T/encrypted-rc4-128.pdf"
qpdf --encrypt "" owner-pw 128 --use-aes=y -- "$S/labce-certificate-maria-okafor.pdf" "$T/encrypted-aes-128.pdf"
qpdf --encrypt "" owner-pw 256 -- "$S/aabb-certificate-daniel-reyes.pdf" "$T/encrypted-aes-256.pdf"
qpdf --encrypt user-pw owner-pw 256 -- "$S/aabb-certificate-daniel-reyes.pdf" "$T/needs-password.pdf"

# Bytes before %PDF and after %%EOF (as mail gateways and download scripts leave them).
{ printf 'Content-Type: application/pdf\r\n\r\n'; cat "$S/labce-certificate-maria-okafor.pdf"; printf '\r\n--=_boundary_42--\r\n'; } > "$T/junk-around.pdf"

# A download cut short: the first 60 % of a file.
size=$(wc -c < "$S/cap-transcript-maria-okafor.pdf")
head -c $((size * 6 / 10)) "$S/cap-transcript-maria-okafor.pdf" > "$T/truncated.pdf"
