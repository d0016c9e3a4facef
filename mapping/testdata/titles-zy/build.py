#!/usr/bin/python3
"""Check titles-zy.tsv: format, allowed values, duplicates, size. Exit non-zero on error."""
import sys
from collections import Counter
from pathlib import Path

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none", "exclude"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

def main():
    path = Path(__file__).with_name("titles-zy.tsv")
    errors = []
    seen = {}
    fam = Counter()
    first_area = Counter()
    any_area = Counter()
    n_two = 0
    n = 0
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
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
        alist = areas.split(",")
        bad = [a for a in alist if a not in AREAS]
        if bad:
            errors.append(f"line {lineno}: unknown area(s) {bad}")
        if len(alist) > 2:
            errors.append(f"line {lineno}: more than two areas")
        if len(set(alist)) != len(alist):
            errors.append(f"line {lineno}: repeated area")
        if "exclude" in alist and len(alist) > 1:
            errors.append(f"line {lineno}: 'exclude' must stand alone")
        key = title.strip().casefold()
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        n += 1
        fam[family] += 1
        first_area[alist[0]] += 1
        for a in alist:
            any_area[a] += 1
        if len(alist) == 2:
            n_two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {n_two} ({n_two / max(n, 1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam[f]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS):
        print(f"  {a:24s} {first_area[a]:4d} / {any_area[a]:4d}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
