#!/usr/bin/python3
"""Check titles-zzzh.tsv and print counts per family and per area.

Exits non-zero if any check fails.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-zzzh.tsv")

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
    fam_counts = collections.Counter()
    area_counts = collections.Counter()      # every listed answer
    first_counts = collections.Counter()     # first-listed answer only
    n_two = 0
    n_typo = 0
    n = 0
    with open(TSV, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: {len(cols)} columns, expected 4")
                continue
            title, areas, why, family = (c.strip() for c in cols)
            if not title:
                errors.append(f"line {lineno}: empty title")
            if not why:
                errors.append(f"line {lineno}: empty WHY")
            if cols[0] != title or cols[1] != areas or cols[3] != family:
                errors.append(f"line {lineno}: stray whitespace around a field")
            if family not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {family!r}")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {lineno}: 'exclude' must stand alone")
            else:
                if len(parts) > 2:
                    errors.append(f"line {lineno}: more than two areas")
                if len(parts) != len(set(parts)):
                    errors.append(f"line {lineno}: repeated area")
                for a in parts:
                    if a not in AREAS:
                        errors.append(f"line {lineno}: unknown area {a!r}")
            if len(parts) == 2:
                n_two += 1
            if "typo" in why.lower():
                n_typo += 1
            key = title.casefold()
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            n += 1
            fam_counts[family] += 1
            first_counts[parts[0]] += 1
            for a in parts:
                area_counts[a] += 1

    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}  (two-area: {n_two} = {n_two / max(n, 1):.1%}; typos: {n_typo})")
    print("\nper family:")
    for fam in sorted(FAMILIES):
        print(f"  {fam:24s} {fam_counts[fam]:4d}")
    print("\nper area (first-listed / any listed):")
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
