#!/usr/bin/env python3
"""Validate titles-g.tsv and print counts.

Checks: 4 tab-separated columns per data line, allowed areas and families,
'exclude' only on its own, at most two areas, no repeated area on a line,
non-empty title and WHY, no duplicate titles (case-insensitive, whitespace
collapsed), at least 350 titles. Exits non-zero on any error.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-g.tsv")

AREAS = ["blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"]
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 350


def main():
    errors = []
    seen = {}
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {n}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, family = cols
            if not title.strip() or title != title.strip():
                errors.append(f"line {n}: empty title or stray whitespace")
            if not why.strip():
                errors.append(f"line {n}: empty WHY")
            if family not in FAMILIES:
                errors.append(f"line {n}: unknown family {family!r}")
            if " " in areas:
                errors.append(f"line {n}: spaces in AREAS {areas!r}")
            alist = areas.split(",")
            if alist == ["exclude"]:
                pass
            elif "exclude" in alist:
                errors.append(f"line {n}: 'exclude' must stand alone")
            else:
                for a in alist:
                    if a not in AREAS:
                        errors.append(f"line {n}: unknown area {a!r}")
                if len(alist) > 2:
                    errors.append(f"line {n}: more than two areas")
                if len(set(alist)) != len(alist):
                    errors.append(f"line {n}: repeated area")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {n}: duplicate of line {seen[key]}: {title!r}")
            else:
                seen[key] = n
            rows.append((title, alist, why, family))

    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles, need at least {MIN_TITLES}")

    fam = collections.Counter(r[3] for r in rows)
    first = collections.Counter(r[1][0] for r in rows)
    anywhere = collections.Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if "typo" in r[2].lower())

    print(f"titles: {len(rows)}")
    print(f"two-area titles: {two}   single: {len(rows) - two}   typo-marked: {typos}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam.get(f, 0):4d}")
    print("\nper area (listed first / listed anywhere):")
    for a in AREAS + ["exclude"]:
        print(f"  {a:24s} {first.get(a, 0):4d} / {anywhere.get(a, 0):4d}")

    if errors:
        print(f"\nFAILED with {len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
