#!/usr/bin/python3
"""Check titles-zzzo.tsv and print counts per family and per area. Exits non-zero on any error."""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-zzzo.tsv")
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
    first_area = Counter()
    any_area = Counter()
    n_two = 0
    n_typo = 0
    n = 0
    with open(TSV, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, fam = (c.strip() for c in cols)
            if not title or not why:
                errors.append(f"line {lineno}: empty title or WHY")
            if cols != [c.strip() for c in cols]:
                errors.append(f"line {lineno}: leading/trailing whitespace in a column")
            if fam not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {fam!r}")
            parts = areas.split(",")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
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
            key = title.casefold()
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            n += 1
            fam_count[fam] += 1
            first_area[parts[0]] += 1
            for p in parts:
                any_area[p] += 1
            if len(parts) == 2:
                n_two += 1
            if "typo" in why.lower():
                n_typo += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {n_two} ({n_two / max(n, 1):.1%})   typo titles: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_area[a]:4d} / {any_area[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
