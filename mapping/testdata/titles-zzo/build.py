#!/usr/bin/python3
"""Check titles-zzo.tsv and print counts per family and per area.

Checks: 4 tab-separated columns, allowed areas and families, `exclude` standing
alone, at most two areas (no duplicates, no spaces), non-empty WHY, no
case-insensitive duplicate titles, at least 420 titles. Exits non-zero on error.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-zzo.tsv")
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
    rows = []
    with open(TSV, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
                continue
            title, areas_s, why, family = (c.strip() for c in cols)
            if not title:
                errors.append(f"line {lineno}: empty title")
            if not why:
                errors.append(f"line {lineno}: empty WHY")
            if family not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {family!r}")
            if " " in areas_s:
                errors.append(f"line {lineno}: spaces in AREAS {areas_s!r}")
            areas = areas_s.split(",")
            if "exclude" in areas:
                if areas != ["exclude"]:
                    errors.append(f"line {lineno}: 'exclude' must stand alone")
            else:
                if len(areas) > 2:
                    errors.append(f"line {lineno}: more than two areas")
                if len(set(areas)) != len(areas):
                    errors.append(f"line {lineno}: repeated area")
                for a in areas:
                    if a not in AREAS:
                        errors.append(f"line {lineno}: unknown area {a!r}")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            rows.append((title, areas, why, family))

    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles; need at least {MIN_TITLES}")

    fam = collections.Counter(r[3] for r in rows)
    first = collections.Counter(r[1][0] for r in rows)
    anywhere = collections.Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if "typo" in r[2].lower())

    print(f"titles: {len(rows)}")
    print(f"two-area titles: {two} ({two / max(len(rows), 1):.1%})")
    print(f"titles marked typo: {typos}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam.get(f, 0)}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:14s} {first.get(a, 0):4d} / {anywhere.get(a, 0):4d}")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
