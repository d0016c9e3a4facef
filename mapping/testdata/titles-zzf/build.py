#!/usr/bin/python3
"""Check titles-zzf.tsv and print counts per family and per area. Exits non-zero on error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zzf.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none", "exclude"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420


def main():
    errors = []
    seen = {}
    fam_n, area_first, area_any, n_areas = Counter(), Counter(), Counter(), Counter()
    fam_two = Counter()
    rows = 0
    for ln, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or why")
        if cols[0] != title:
            errors.append(f"line {ln}: title has leading/trailing spaces")
        if " " in areas:
            errors.append(f"line {ln}: spaces in AREAS {areas!r}")
        alist = areas.split(",")
        bad = [a for a in alist if a not in AREAS]
        if bad:
            errors.append(f"line {ln}: unknown area(s) {bad}")
        if len(alist) > 2:
            errors.append(f"line {ln}: more than two areas")
        if len(set(alist)) != len(alist):
            errors.append(f"line {ln}: repeated area")
        if "exclude" in alist and len(alist) != 1:
            errors.append(f"line {ln}: 'exclude' must stand alone")
        if family not in FAMILIES:
            errors.append(f"line {ln}: unknown family {family!r}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = ln
        rows += 1
        fam_n[family] += 1
        area_first[alist[0]] += 1
        for a in alist:
            area_any[a] += 1
        n_areas[len(alist)] += 1
        if len(alist) == 2:
            fam_two[family] += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}")
    print(f"one area: {n_areas[1]}   two areas: {n_areas[2]}"
          f"  (1 in {rows / max(n_areas[2], 1):.1f})")
    print("\nper family (titles / with two areas):")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_n[f]:4d} {fam_two[f]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS):
        print(f"  {a:14s} {area_first[a]:4d} {area_any[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
