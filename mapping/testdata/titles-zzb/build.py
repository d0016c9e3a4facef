#!/usr/bin/python3
"""Check titles-zzb.tsv: format, allowed values, duplicates, size. Prints counts; exits non-zero on error."""
import sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "titles-zzb.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology", "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups", "hazards_safety",
            "quality_process", "general_lab", "ethics", "non_lab_professional", "exclusions",
            "area_named_with_method", "specimen_decides", "two_areas"}
MIN_TITLES = 420

def main():
    errors = []
    seen = {}
    fam_count, area_count, first_count = Counter(), Counter(), Counter()
    n_two = 0
    n_typo = 0
    rows = 0
    with open(PATH, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, fam = (c.strip() for c in cols)
            if not title or not why:
                errors.append(f"line {lineno}: empty title or WHY")
            if cols != [c.strip() for c in cols]:
                errors.append(f"line {lineno}: leading/trailing whitespace in a column")
            if fam not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {fam!r}")
            alist = areas.split(",")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS")
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
            fam_count[fam] += 1
            first_count[alist[0]] += 1
            for a in alist:
                area_count[a] += 1
            if len(alist) == 2:
                n_two += 1
            if "typo" in why.lower():
                n_typo += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles; need at least {MIN_TITLES}")

    print(f"titles: {rows}")
    print(f"two-area titles: {n_two} ({n_two / max(rows, 1):.1%})")
    print(f"marked typos: {n_typo}")
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
