#!/usr/bin/python3
"""Check titles-zzzk.tsv and print counts per family and per area.

Exits non-zero if any check fails.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-zzzk.tsv")

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
    rows = []
    with open(TSV, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {n}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, family = (c.strip() for c in cols)
            if not title:
                errors.append(f"line {n}: empty title")
            if not why:
                errors.append(f"line {n}: empty WHY")
            if family not in FAMILIES:
                errors.append(f"line {n}: unknown family {family!r}")
            if " " in areas:
                errors.append(f"line {n}: spaces in AREAS {areas!r}")
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {n}: 'exclude' must stand alone ({areas!r})")
            else:
                if len(parts) > 2:
                    errors.append(f"line {n}: more than two areas ({areas!r})")
                if len(set(parts)) != len(parts):
                    errors.append(f"line {n}: repeated area ({areas!r})")
                for a in parts:
                    if a not in AREAS:
                        errors.append(f"line {n}: unknown area {a!r}")
            key = title.casefold()
            if key in seen:
                errors.append(f"line {n}: duplicate title of line {seen[key]}: {title!r}")
            else:
                seen[key] = n
            rows.append((title, parts, why, family))

    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles, need at least {MIN_TITLES}")

    fam = collections.Counter(r[3] for r in rows)
    first = collections.Counter(r[1][0] for r in rows)
    anyarea = collections.Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if r[2].lower().startswith("typo"))

    print(f"titles: {len(rows)}   two-area: {two} ({two / max(len(rows), 1):.1%})   typos: {typos}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam.get(f, 0):4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:14s} {first.get(a, 0):4d} / {anyarea.get(a, 0):4d}")

    if errors:
        print("\nERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
