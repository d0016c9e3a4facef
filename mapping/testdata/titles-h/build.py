#!/usr/bin/env python3
"""Validate titles-h.tsv and print counts per family and per area."""
import sys
from collections import Counter
from pathlib import Path

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 300

def main():
    path = Path(__file__).with_name("titles-h.tsv")
    errors, seen, rows = [], {}, []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {n}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = cols
        if not title.strip() or title != title.strip():
            errors.append(f"line {n}: empty title or stray whitespace")
        if not why.strip():
            errors.append(f"line {n}: empty WHY")
        if family not in FAMILIES:
            errors.append(f"line {n}: unknown family {family!r}")
        alist = areas.split(",")
        if areas == "exclude":
            pass
        elif "exclude" in alist:
            errors.append(f"line {n}: 'exclude' must stand alone")
        else:
            if " " in areas:
                errors.append(f"line {n}: spaces in AREAS")
            bad = [a for a in alist if a not in AREAS]
            if bad:
                errors.append(f"line {n}: unknown area(s) {bad}")
            if len(alist) > 2:
                errors.append(f"line {n}: more than two areas")
            if len(set(alist)) != len(alist):
                errors.append(f"line {n}: repeated area")
        key = title.strip().casefold()
        if key in seen:
            errors.append(f"line {n}: duplicate title (first at line {seen[key]})")
        seen[key] = n
        rows.append((title, alist, family, why))
    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles, need at least {MIN_TITLES}")

    fam = Counter(r[2] for r in rows)
    first = Counter(r[1][0] for r in rows)
    anywhere = Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if "typo" in r[3].lower())
    print(f"titles: {len(rows)}   two-area titles: {two}   marked typos: {typos}\n")
    print("per family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam[f]:4d}")
    print("\nper area:            first  anywhere")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:16s} {first[a]:8d} {anywhere[a]:9d}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")

if __name__ == "__main__":
    main()
