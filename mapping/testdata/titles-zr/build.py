#!/usr/bin/python3
"""Check titles-zr.tsv and print counts per family and per area. Exit 1 on any error."""
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
    path = Path(__file__).with_name("titles-zr.tsv")
    errors = []
    seen = {}
    fam = Counter()
    first_area = Counter()
    any_area = Counter()
    n_two = 0
    n = 0
    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: expected 4 tab-separated columns, got {len(cols)}")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or WHY")
        if " " in cols[1]:
            errors.append(f"line {ln}: spaces in AREAS")
        parts = areas.split(",")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {ln}: 'exclude' must stand alone")
        else:
            if not 1 <= len(parts) <= 2:
                errors.append(f"line {ln}: need one or two areas, got {len(parts)}")
            for p in parts:
                if p not in AREAS:
                    errors.append(f"line {ln}: unknown area {p!r}")
            if len(parts) == 2 and parts[0] == parts[1]:
                errors.append(f"line {ln}: repeated area")
        if family not in FAMILIES:
            errors.append(f"line {ln}: unknown family {family!r}")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = ln
        n += 1
        fam[family] += 1
        first_area[parts[0]] += 1
        for p in parts:
            any_area[p] += 1
        if len(parts) == 2:
            n_two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {n_two} ({n_two / max(n, 1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam[f]:4d}")
    print("\nper area (first listed / listed anywhere):")
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
