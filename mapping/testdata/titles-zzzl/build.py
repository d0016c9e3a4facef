#!/usr/bin/python3
"""Check titles-zzzl.tsv and print counts per family and per area. Exits non-zero on error."""
import sys
from collections import Counter
from pathlib import Path

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

def main():
    path = Path(__file__).with_name("titles-zzzl.tsv")
    errors, seen = [], {}
    fam_count, area_count, first_count = Counter(), Counter(), Counter()
    n_two = n_typo = 0
    rows = 0
    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: expected 4 columns, got {len(cols)}")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or WHY")
        if any(c != c.strip() for c in cols):
            errors.append(f"line {ln}: stray whitespace around a field")
        if family not in FAMILIES:
            errors.append(f"line {ln}: unknown family {family!r}")
        parts = areas.split(",")
        if " " in areas:
            errors.append(f"line {ln}: spaces in AREAS {areas!r}")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {ln}: 'exclude' must stand alone")
        else:
            if len(parts) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(parts)) != len(parts):
                errors.append(f"line {ln}: repeated area")
            for p in parts:
                if p not in AREAS:
                    errors.append(f"line {ln}: unknown area {p!r}")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = ln
        rows += 1
        fam_count[family] += 1
        first_count[parts[0]] += 1
        for p in parts:
            area_count[p] += 1
        if len(parts) == 2:
            n_two += 1
        if "typo" in why.lower():
            n_typo += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area rows: {n_two} ({n_two / max(rows,1):.1%})   typo rows: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (any listed / listed first):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {area_count[a]:4d} / {first_count[a]:4d}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
