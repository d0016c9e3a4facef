#!/usr/bin/python3
"""Check titles-zzg.tsv: 4 tab-separated columns, allowed areas and families,
'exclude' standing alone, at most two areas, no case-insensitive duplicate titles,
at least 420 titles. Prints counts per family and per area. Exits non-zero on error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).resolve().parent / "titles-zzg.tsv"
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 420


def main():
    errors = []
    seen = {}
    fam_counts = Counter()
    area_counts = Counter()      # every listed answer
    first_counts = Counter()     # first-listed answer
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
        if not title or not why:
            errors.append(f"line {lineno}: empty title or WHY")
        if cols[0] != title or cols[1] != areas or cols[3] != family:
            errors.append(f"line {lineno}: stray whitespace around a field")
        if family not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {family!r}")
        alist = areas.split(",")
        if areas != areas.replace(" ", ""):
            errors.append(f"line {lineno}: spaces inside AREAS")
        if "exclude" in alist:
            if alist != ["exclude"]:
                errors.append(f"line {lineno}: 'exclude' must stand alone")
        else:
            if len(alist) > 2:
                errors.append(f"line {lineno}: more than two areas")
            if len(set(alist)) != len(alist):
                errors.append(f"line {lineno}: repeated area")
            for a in alist:
                if a not in AREAS:
                    errors.append(f"line {lineno}: unknown area {a!r}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        rows += 1
        fam_counts[family] += 1
        for a in alist:
            area_counts[a] += 1
        first_counts[alist[0]] += 1
        if len(alist) == 2:
            n_two += 1
        if "typo" in why.lower():
            n_typo += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}  (two-area: {n_two} = 1 in {rows / max(n_two, 1):.1f}; typos: {n_typo})")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam_counts[f]:4d}")
    print("\nper area (first-listed / any-listed):")
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
