#!/usr/bin/python3
"""Check titles-zb.tsv and print counts per family and per area.

Usage: /usr/bin/python3 build.py [path/to/titles-zb.tsv]
Exits non-zero if any check fails.
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "titles-zb.tsv")

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420


def main():
    errors = []
    seen = {}
    fam_count = Counter()
    area_count = Counter()      # every listed answer
    first_count = Counter()     # first (preferred) answer only
    n_two = 0
    n_typo = 0
    rows = 0

    with open(PATH, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.endswith("\r"):
                errors.append(f"line {lineno}: CR line ending")
                line = line.rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: {len(cols)} columns, expected 4: {line[:80]!r}")
                continue
            title, areas, why, family = cols
            if not title.strip() or title != title.strip():
                errors.append(f"line {lineno}: empty title or stray whitespace")
            if not why.strip():
                errors.append(f"line {lineno}: empty WHY")
            if family not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {family!r}")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
            alist = areas.split(",")
            if "exclude" in alist:
                if alist != ["exclude"]:
                    errors.append(f"line {lineno}: 'exclude' must stand alone: {areas!r}")
            else:
                if len(alist) > 2:
                    errors.append(f"line {lineno}: more than two areas: {areas!r}")
                if len(alist) != len(set(alist)):
                    errors.append(f"line {lineno}: repeated area: {areas!r}")
                for a in alist:
                    if a not in AREAS:
                        errors.append(f"line {lineno}: unknown area {a!r}")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title!r}")
            else:
                seen[key] = lineno
            rows += 1
            fam_count[family] += 1
            for a in alist:
                area_count[a] += 1
            first_count[alist[0]] += 1
            if len(alist) == 2:
                n_two += 1
            if "typo" in why.lower():
                n_typo += 1

    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area rows: {n_two} ({n_two / max(rows, 1):.1%})   typo rows: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first answer / any listed answer):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_count[a]:4d} / {area_count[a]:4d}")

    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
