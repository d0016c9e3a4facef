#!/usr/bin/python3
"""Check titles-zzc.tsv: format, allowed values, duplicates, minimum size; print counts."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zzc.tsv")
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
    fam_counts, area_counts, first_counts = Counter(), Counter(), Counter()
    n_two = n_typo = 0
    rows = 0
    for lineno, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if cols[0] != title or not title:
            errors.append(f"line {lineno}: empty title or stray whitespace")
        if not why:
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
            bad = [a for a in parts if a not in AREAS]
            if bad:
                errors.append(f"line {lineno}: unknown area(s) {bad}")
            if len(parts) > 2:
                errors.append(f"line {lineno}: more than two areas")
            if len(set(parts)) != len(parts):
                errors.append(f"line {lineno}: repeated area")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        rows += 1
        fam_counts[family] += 1
        first_counts[parts[0]] += 1
        for a in parts:
            area_counts[a] += 1
        if len(parts) == 2:
            n_two += 1
        if "typo" in why.lower():
            n_typo += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles; need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area titles: {n_two}   typo titles: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_counts[f]:4d}")
    print("\nper area (first-listed answer / any mention):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_counts[a]:4d} / {area_counts[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
