#!/usr/bin/python3
"""Check titles-zzzm.tsv and print counts per family and per area.

Usage: /usr/bin/python3 build.py [path-to-tsv]
Exits non-zero if any check fails.
"""
import collections
import os
import sys

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "titles-zzzm.tsv")
    errors = []
    seen = {}
    fam_count = collections.Counter()
    area_count = collections.Counter()        # every listed answer
    first_count = collections.Counter()       # first listed answer only
    n_two = 0
    n_typo = 0
    n = 0
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
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
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {lineno}: 'exclude' must stand alone")
            else:
                for a in parts:
                    if a not in AREAS:
                        errors.append(f"line {lineno}: unknown area {a!r}")
                if len(parts) > 2:
                    errors.append(f"line {lineno}: more than two areas")
                if len(set(parts)) != len(parts):
                    errors.append(f"line {lineno}: repeated area")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            n += 1
            fam_count[family] += 1
            for a in parts:
                area_count[a] += 1
            first_count[parts[0]] += 1
            if len(parts) == 2:
                n_two += 1
            if "typo" in why.lower():
                n_typo += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}")
    print(f"two-area titles: {n_two} ({n_two / max(n, 1):.1%})")
    print(f"titles marked typo: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first listed / any listed):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_count[a]:4d} / {area_count[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
