#!/usr/bin/python3
"""Check titles-zl.tsv and print counts per family and per area. Exit non-zero on any error."""
import sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-zl.tsv")
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
    fam_count, area_count, first_count = Counter(), Counter(), Counter()
    n_two = 0
    with open(PATH, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, family = (c.strip() for c in cols)
            if not title or not why:
                errors.append(f"line {lineno}: empty title or WHY")
            if family not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {family!r}")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {lineno}: 'exclude' must stand alone")
            else:
                bad = [p for p in parts if p not in AREAS]
                if bad:
                    errors.append(f"line {lineno}: unknown area(s) {bad}")
                if len(parts) > 2:
                    errors.append(f"line {lineno}: more than two areas")
                if len(parts) == 2 and parts[0] == parts[1]:
                    errors.append(f"line {lineno}: repeated area")
            key = title.casefold()
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            fam_count[family] += 1
            for p in parts:
                area_count[p] += 1
            first_count[parts[0]] += 1
            if len(parts) == 2:
                n_two += 1
    total = len(seen)
    if total < MIN_TITLES:
        errors.append(f"only {total} titles; need at least {MIN_TITLES}")

    print(f"titles: {total}   two-area titles: {n_two} ({n_two/max(total,1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (any listed / listed first):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {area_count[a]:4d} / {first_count[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
