#!/usr/bin/python3
"""Check titles-zzzn.tsv and print counts per family and per area.

Exits non-zero if any check fails.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-zzzn.tsv")

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
    fam_count = collections.Counter()
    first_area = collections.Counter()
    any_area = collections.Counter()
    two = 0
    typos = 0
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
            if not title or not why:
                errors.append(f"line {lineno}: empty title or WHY")
            if cols[0] != title or cols[1] != areas or cols[3] != family:
                errors.append(f"line {lineno}: stray whitespace")
            if family not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {family!r}")
            parts = areas.split(",")
            if areas == "exclude":
                pass
            elif "exclude" in parts:
                errors.append(f"line {lineno}: 'exclude' must stand alone")
            else:
                if " " in areas:
                    errors.append(f"line {lineno}: spaces in AREAS")
                if len(parts) > 2:
                    errors.append(f"line {lineno}: more than two areas")
                if len(set(parts)) != len(parts):
                    errors.append(f"line {lineno}: repeated area")
                for p in parts:
                    if p not in AREAS:
                        errors.append(f"line {lineno}: unknown area {p!r}")
            key = title.casefold()
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            n += 1
            fam_count[family] += 1
            first_area[parts[0]] += 1
            for p in parts:
                any_area[p] += 1
            if len(parts) == 2:
                two += 1
            if "typo" in why.lower():
                typos += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}")
    print(f"two-area titles: {two} ({two / max(n, 1):.1%})")
    print(f"titles marked typo: {typos}")
    print("\nper family:")
    for fam in sorted(FAMILIES):
        print(f"  {fam:24s} {fam_count[fam]}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:14s} {first_area[a]:4d} / {any_area[a]}")
    if errors:
        print("\nERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
