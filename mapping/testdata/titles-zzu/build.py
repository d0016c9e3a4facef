#!/usr/bin/python3
"""Check titles-zzu.tsv and print counts per family and per area. Exit 1 on any error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).resolve().parent / "titles-zzu.tsv"
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
    fam_n, area_n, first_n = Counter(), Counter(), Counter()
    two = 0
    n = 0
    for ln, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, fam = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or WHY")
        if cols[0] != title or cols[1] != areas or cols[3] != fam:
            errors.append(f"line {ln}: stray whitespace in a column")
        if fam not in FAMILIES:
            errors.append(f"line {ln}: unknown family {fam!r}")
        parts = areas.split(",")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {ln}: 'exclude' must stand alone")
        else:
            if len(parts) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(parts)) != len(parts):
                errors.append(f"line {ln}: repeated area")
            for a in parts:
                if a not in AREAS:
                    errors.append(f"line {ln}: unknown area {a!r}")
        if fam == "two_areas" and len(parts) != 2:
            errors.append(f"line {ln}: two_areas family needs two areas")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first on line {seen[key]})")
        else:
            seen[key] = ln
        n += 1
        fam_n[fam] += 1
        first_n[parts[0]] += 1
        for a in parts:
            area_n[a] += 1
        if len(parts) == 2:
            two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}   with two areas: {two} ({two / max(n, 1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_n[f]:4d}")
    print("\nper area (first-listed / any mention):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_n[a]:4d} / {area_n[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
