#!/usr/bin/python3
"""Check titles-zzzc.tsv: 4 tab-separated columns, allowed areas and families,
'exclude' alone, at most two areas, no case-insensitive duplicate titles,
at least 420 titles. Prints counts per family and per area. Exits non-zero on error."""
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-zzzc.tsv")
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
    fam_count = Counter()
    area_count = Counter()      # every listed answer
    first_count = Counter()     # first-listed answer
    n_two = 0
    n_typo = 0
    n = 0
    with open(PATH, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, fam = (c.strip() for c in cols)
            if not title:
                errors.append(f"line {lineno}: empty title")
            if not why:
                errors.append(f"line {lineno}: empty WHY")
            if fam not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {fam!r}")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {lineno}: 'exclude' must stand alone ({areas!r})")
            else:
                if len(parts) > 2:
                    errors.append(f"line {lineno}: more than two areas ({areas!r})")
                if len(set(parts)) != len(parts):
                    errors.append(f"line {lineno}: repeated area ({areas!r})")
                for p in parts:
                    if p not in AREAS:
                        errors.append(f"line {lineno}: unknown area {p!r}")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title!r}")
            else:
                seen[key] = lineno
            n += 1
            fam_count[fam] += 1
            for p in parts:
                area_count[p] += 1
            first_count[parts[0]] += 1
            if len(parts) == 2:
                n_two += 1
            if why.lower().startswith("typo"):
                n_typo += 1

    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}")
    print(f"two-area titles: {n_two} ({n_two / max(n, 1):.1%})")
    print(f"typo titles: {n_typo}")
    print("\nper family:")
    for fam in sorted(FAMILIES):
        print(f"  {fam:24s} {fam_count[fam]:4d}")
    print("\nper area (first-listed / any-listed):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_count[a]:4d} / {area_count[a]:4d}")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
