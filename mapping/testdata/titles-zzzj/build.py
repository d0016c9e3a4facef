#!/usr/bin/python3
"""Check titles-zzzj.tsv: 4 tab-separated columns, allowed areas/families,
'exclude' alone, at most two areas, no duplicate titles, >= 420 titles.
Prints counts per family and per area; exits non-zero on any error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zzzj.tsv")
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
    fam_n, first_area_n, any_area_n, n_areas = Counter(), Counter(), Counter(), Counter()
    rows = 0
    for ln, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = cols
        if not title.strip() or title != title.strip():
            errors.append(f"line {ln}: empty or padded title")
        if not why.strip():
            errors.append(f"line {ln}: empty WHY")
        if family not in FAMILIES:
            errors.append(f"line {ln}: unknown family {family!r}")
        if " " in areas:
            errors.append(f"line {ln}: spaces in AREAS {areas!r}")
        alist = areas.split(",")
        if "exclude" in alist:
            if alist != ["exclude"]:
                errors.append(f"line {ln}: 'exclude' must stand alone")
        else:
            if len(alist) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(alist)) != len(alist):
                errors.append(f"line {ln}: repeated area")
            for a in alist:
                if a not in AREAS:
                    errors.append(f"line {ln}: unknown area {a!r}")
        key = title.strip().casefold()
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = ln
        rows += 1
        fam_n[family] += 1
        first_area_n[alist[0]] += 1
        for a in alist:
            any_area_n[a] += 1
        n_areas[len(alist)] += 1

    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}  (one area: {n_areas[1]}, two areas: {n_areas[2]})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_n[f]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_area_n[a]:4d} / {any_area_n[a]:4d}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
