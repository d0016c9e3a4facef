#!/usr/bin/python3
"""Check titles-j.tsv: 4 tab-separated columns, allowed areas/families,
'exclude' alone, at most two areas, no duplicate titles (case-insensitive),
at least 420 titles. Prints counts per family and per area. Exit 1 on error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-j.tsv")
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
    n_two = n_titles = 0
    for lineno, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {lineno}: empty title or why")
        if cols[0] != title or cols[1] != areas:
            errors.append(f"line {lineno}: stray whitespace in title/areas")
        if family not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {family!r}")
        parts = areas.split(",")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {lineno}: 'exclude' must stand alone")
        else:
            if len(parts) > 2:
                errors.append(f"line {lineno}: more than two areas")
            if len(set(parts)) != len(parts):
                errors.append(f"line {lineno}: repeated area")
            for a in parts:
                if a not in AREAS:
                    errors.append(f"line {lineno}: unknown area {a!r}")
        if family == "two_areas" and len(parts) != 2:
            errors.append(f"line {lineno}: two_areas family needs two areas")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]})")
        else:
            seen[key] = lineno
        n_titles += 1
        fam_counts[family] += 1
        first_counts[parts[0]] += 1
        for a in parts:
            area_counts[a] += 1
        if len(parts) == 2:
            n_two += 1

    if n_titles < MIN_TITLES:
        errors.append(f"only {n_titles} titles, need at least {MIN_TITLES}")

    print(f"titles: {n_titles}   with two areas: {n_two} ({n_two / max(n_titles, 1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_counts[f]:4d}")
    print("\nper area (any listed / listed first):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {area_counts[a]:4d} {first_counts[a]:4d}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
