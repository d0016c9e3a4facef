#!/usr/bin/python3
"""Check titles-m.tsv and print counts per family and per area. Exits non-zero on any error."""
import sys
from collections import Counter
from pathlib import Path

PATH = Path(__file__).with_name("titles-m.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420


def main() -> int:
    errors = []
    seen = {}
    fam_count, area_count, first_area = Counter(), Counter(), Counter()
    n_two = n_typo = 0
    n = 0
    for lineno, raw in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
            continue
        title, areas, why, family = cols
        if not title.strip() or not why.strip():
            errors.append(f"line {lineno}: empty title or WHY")
        if title != title.strip():
            errors.append(f"line {lineno}: title has leading/trailing spaces")
        if family not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {family!r}")
        if areas == "exclude":
            alist = ["exclude"]
        else:
            alist = areas.split(",")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
            if len(alist) > 2:
                errors.append(f"line {lineno}: more than two areas")
            if len(set(alist)) != len(alist):
                errors.append(f"line {lineno}: repeated area")
            for a in alist:
                if a == "exclude":
                    errors.append(f"line {lineno}: 'exclude' must stand alone")
                elif a not in AREAS:
                    errors.append(f"line {lineno}: unknown area {a!r}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        n += 1
        fam_count[family] += 1
        first_area[alist[0]] += 1
        for a in alist:
            area_count[a] += 1
        if len(alist) == 2:
            n_two += 1
        if "typo" in why.lower():
            n_typo += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {n_two} ({n_two / max(n, 1):.1%})   typo titles: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first-listed / any-listed):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_area[a]:4d} / {area_count[a]:4d}")
    if errors:
        print("\nERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
