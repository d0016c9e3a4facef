#!/usr/bin/env python3
"""Check titles-f.tsv and print counts.

Checks: 4 tab-separated columns, allowed areas and families, `exclude` only on
its own, at most two areas, no repeated area on a line, no empty WHY, no
duplicate titles (case-insensitive, whitespace-normalised), at least 400
titles. Prints counts per family and per area (listed first / listed anywhere).
Exit status is non-zero if any check fails.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-f.tsv")

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 400


def main():
    errors = []
    seen = {}
    fam_count = collections.Counter()
    first_count = collections.Counter()
    any_count = collections.Counter()
    n_areas = collections.Counter()
    typos = 0
    n = 0
    with open(PATH, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: {len(cols)} columns, expected 4")
                continue
            title, areas, why, family = (c.strip() for c in cols)
            if not title or not why:
                errors.append(f"line {lineno}: empty TITLE or WHY")
            if cols[0] != title:
                errors.append(f"line {lineno}: leading/trailing space in title")
            if family not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {family!r}")
            if " " in areas:
                errors.append(f"line {lineno}: space inside AREAS {areas!r}")
            alist = areas.split(",")
            if alist == ["exclude"]:
                pass
            else:
                if "exclude" in alist:
                    errors.append(f"line {lineno}: exclude must stand alone")
                for a in alist:
                    if a not in AREAS:
                        errors.append(f"line {lineno}: unknown area {a!r}")
                if len(alist) > 2:
                    errors.append(f"line {lineno}: more than two areas")
                if len(set(alist)) != len(alist):
                    errors.append(f"line {lineno}: repeated area")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            if "typo" in why.lower():
                typos += 1
            n += 1
            fam_count[family] += 1
            first_count[alist[0]] += 1
            for a in alist:
                any_count[a] += 1
            n_areas[len(alist)] += 1

    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}")
    print(f"titles with one area: {n_areas[1]}, with two areas: {n_areas[2]}")
    print(f"titles marked typo: {typos}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (listed first / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}, key=lambda a: -any_count[a]):
        print(f"  {a:14s} {first_count[a]:4d} / {any_count[a]:4d}")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
