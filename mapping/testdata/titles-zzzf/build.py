#!/usr/bin/python3
"""Check titles-zzzf.tsv: 4 columns, allowed areas/families, exclude alone,
at most two areas, no case-insensitive duplicate titles, >= 420 titles.
Prints counts per family and per area; exits non-zero on any error."""
import sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-zzzf.tsv")
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
    fam_c, area_c, first_c = Counter(), Counter(), Counter()
    n = two = 0
    with open(TSV, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {ln}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, fam = (c.strip() for c in cols)
            if not title or not why:
                errors.append(f"line {ln}: empty title or WHY")
            if any(c != c.strip() for c in cols):
                errors.append(f"line {ln}: stray whitespace around a column")
            if fam not in FAMILIES:
                errors.append(f"line {ln}: unknown family {fam!r}")
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
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = ln
            n += 1
            fam_c[fam] += 1
            first_c[parts[0]] += 1
            for p in parts:
                area_c[p] += 1
            if len(parts) == 2:
                two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {two} ({two / max(n,1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_c[f]:4d}")
    print("\nper area (first-listed / any mention):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_c[a]:4d} / {area_c[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
