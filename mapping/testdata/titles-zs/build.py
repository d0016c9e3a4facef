#!/usr/bin/python3
"""Check titles-zs.tsv and print counts per family and per area.

Exits non-zero if any check fails.
Usage: /usr/bin/python3 build.py [path/to/titles-zs.tsv]
"""
import collections
import os
import sys

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none", "exclude"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 420


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "titles-zs.tsv")
    errors = []
    seen = {}
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
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
            if len(alist) > 2:
                errors.append(f"line {n}: more than two areas {areas!r}")
            if len(set(alist)) != len(alist):
                errors.append(f"line {n}: repeated area {areas!r}")
            for a in alist:
                if a not in AREAS:
                    errors.append(f"line {n}: unknown area {a!r}")
            if "exclude" in alist and len(alist) != 1:
                errors.append(f"line {n}: 'exclude' must stand alone")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {n}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = n
            rows.append((title, alist, why, family))

    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles; need at least {MIN_TITLES}")

    fam = collections.Counter(r[3] for r in rows)
    first = collections.Counter(r[1][0] for r in rows)
    anyarea = collections.Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if "typo" in r[2].lower())

    print(f"titles: {len(rows)}")
    print(f"two-area titles: {two} ({two / max(len(rows), 1):.1%})")
    print(f"titles marked typo: {typos}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam.get(f, 0):4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS):
        print(f"  {a:24s} {first.get(a, 0):4d} / {anyarea.get(a, 0):4d}")

    if errors:
        print("\nERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
