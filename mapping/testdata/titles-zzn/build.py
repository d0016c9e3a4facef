#!/usr/bin/python3
"""Check titles-zzn.tsv and print counts per family and per area.

Usage: /usr/bin/python3 build.py [path/to/titles-zzn.tsv]
Exits non-zero if any check fails.
"""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "titles-zzn.tsv")

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
    first_area = Counter()      # first-listed answer
    any_area = Counter()        # every listed answer
    n_two = 0
    two_by_family = Counter()
    typos = 0
    rows = 0

    with open(PATH, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
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
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {lineno}: 'exclude' must stand alone")
            else:
                if len(parts) > 2:
                    errors.append(f"line {lineno}: more than two areas")
                if len(set(parts)) != len(parts):
                    errors.append(f"line {lineno}: repeated area")
                for p in parts:
                    if p not in AREAS:
                        errors.append(f"line {lineno}: unknown area {p!r}")
            key = title.strip().casefold()
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            rows += 1
            fam_count[family] += 1
            first_area[parts[0]] += 1
            for p in parts:
                any_area[p] += 1
            if len(parts) == 2:
                n_two += 1
                two_by_family[family] += 1
            if "typo" in why.lower():
                typos += 1

    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles; need at least {MIN_TITLES}")

    print(f"file: {PATH}")
    print(f"titles: {rows}   two-area titles: {n_two} ({n_two / max(rows, 1):.1%})   marked typos: {typos}")
    print("\nper family (titles / of which two-area):")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}  {two_by_family[f]:3d}")
    print("\nper area (first-listed answer / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_area[a]:4d}  {any_area[a]:4d}")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
