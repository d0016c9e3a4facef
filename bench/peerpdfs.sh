#!/usr/bin/env bash
# Fetches the public test PDFs of other PDF projects into DIR (default
# bench/out/peerpdfs), one folder per repository, for bench/pdfwords:
#
#   bash bench/peerpdfs.sh [DIR] && go run ./bench/pdfwords [DIR]
#
# Each repository is read at a fixed commit; every file under the listed
# folders whose name ends in .pdf, that starts with %PDF in its first
# 1024 bytes and is under 4 MiB is copied as <owner>+<repo>/<path with /
# as __>. pdf.js keeps 400 of its files, evenly spaced by size. Needs git
# and network access; nothing fetched is built or run.
set -euo pipefail

dir=${1:-bench/out/peerpdfs}
mkdir -p "$dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# repository, commit, folders
repos=(
	"mozilla/pdf.js 0f26334f9d6f96119f6e5164fb65832fbbde7344 test/pdfs"
	"jsvine/pdfplumber 147f2c4c07dc1191fc1d05bb589b4f6af3aaf74a tests/pdfs"
	"pdfminer/pdfminer.six 9e1243c4ad000bf9bbe60e81fc8dde2fccc0ed3b samples"
	"py-pdf/pypdf f6853ccd3ff492309c84060186aabc88ed472ffd resources"
	"camelot-dev/camelot 2b80d0bc692d1b22203c3385e77da8201675aa50 tests/files docs"
	"tabulapdf/tabula-java 2cdf3b4fd3f7e921dca8cc6814cdd9316be40f0f src/test/resources"
	"pdfcpu/pdfcpu 105c0c28727afe7f85eb3179d03e9810d8774981 pkg/testdata"
	"pymupdf/PyMuPDF 53c9aaf539b4fbb6a53010d90de3a2df96e82b5e tests/resources"
	"euske/pdfminer 423f851fc20ebd701bc4c8b5b7ba0e7904e18e3b samples"
)

for entry in "${repos[@]}"; do
	read -r repo commit folders <<<"$entry"
	name=${repo/\//+}
	git=$work/$name.git
	echo "$repo @ ${commit:0:12}" >&2
	git init -q --bare "$git"
	git -C "$git" fetch -q --depth 1 "https://github.com/$repo.git" "$commit"
	mkdir -p "$dir/$name"
	list=$work/$name.list
	# shellcheck disable=SC2086
	git -C "$git" ls-tree -r -l "$commit" -- $folders |
		awk -F'\t' -v max=$((4 << 20)) '{ split($1, f, " ") } tolower($2) ~ /\.pdf$/ && f[4] != "-" && f[4] < max { print f[4] "\t" f[3] "\t" $2 }' |
		sort -n >"$list"
	if [ "$repo" = mozilla/pdf.js ]; then
		awk -v keep=400 '{ line[NR] = $0 } END { for (i = 0; i < keep && i < NR; i++) print line[1 + int(i * NR / keep)] }' "$list" >"$list.kept"
		mv "$list.kept" "$list"
	fi
	while IFS=$'\t' read -r _ blob path; do
		out="$dir/$name/${path//\//__}"
		git -C "$git" cat-file blob "$blob" >"$out"
		if ! head -c 1024 "$out" | grep -aq '%PDF'; then
			rm -f "$out"
		fi
	done <"$list"
	echo "  $(find "$dir/$name" -type f | wc -l) PDFs" >&2
done
