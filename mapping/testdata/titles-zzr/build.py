#!/usr/bin/python3
"""Check titles-zzr.tsv: 4 tab-separated columns, allowed areas and families,
`exclude` alone, at most two areas, no case-insensitive duplicate titles,
at least 420 titles. Prints counts per family and per area. Exits 1 on error."""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-zzr.tsv")
MIN_TITLES = 420

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}


def main():
    errors = []
    seen = {}
    fam_counts = Counter()
    area_counts = Counter()      # every listed answer
    first_counts = Counter()     # first (more likely) answer
    n_two = 0
    n_typo = 0
    n = 0
    with open(PATH, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: {len(cols)} columns, expected 4")
                continue
            title, areas, why, family = cols
            if not title.strip() or title != title.strip():
                errors.append(f"line {lineno}: empty title or stray whitespace")
            if not why.strip():
                errors.append(f"line {lineno}: empty WHY")
            if family not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {family!r}")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
            alist = areas.split(",")
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
            n += 1
            fam_counts[family] += 1
            first_counts[alist[0]] += 1
            for a in alist:
                area_counts[a] += 1
            if len(alist) == 2:
                n_two += 1
            if "typo" in why.lower():
                n_typo += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}")
    print(f"two-area titles: {n_two} ({n_two / max(n, 1):.1%})   marked typos: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_counts[f]:4d}")
    print("\nper area (first answer / any listed answer):")
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
