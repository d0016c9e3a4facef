#!/usr/bin/python3
"""Check titles-ze.tsv and print counts per family and per area.

Exits non-zero if any check fails.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-ze.tsv")

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
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {n}: {len(cols)} columns, expected 4")
                continue
            title, areas, why, family = (c.strip() for c in cols)
            if not title or not why:
                errors.append(f"line {n}: empty title or WHY")
            if " " in cols[1]:
                errors.append(f"line {n}: spaces in AREAS {cols[1]!r}")
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {n}: 'exclude' must stand alone")
            else:
                if len(parts) > 2:
                    errors.append(f"line {n}: more than two areas")
                if len(set(parts)) != len(parts):
                    errors.append(f"line {n}: repeated area")
                for p in parts:
                    if p not in AREAS:
                        errors.append(f"line {n}: unknown area {p!r}")
            if family not in FAMILIES:
                errors.append(f"line {n}: unknown family {family!r}")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {n}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = n
            rows.append((title, parts, why, family))

    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles, need at least {MIN_TITLES}")

    fam = collections.Counter(r[3] for r in rows)
    first = collections.Counter(r[1][0] for r in rows)
    anyarea = collections.Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if "typo" in r[2].lower())

    print(f"titles: {len(rows)}")
    print(f"two-area titles: {two} (1 in {len(rows) / max(two, 1):.1f})")
    print(f"marked typos: {typos}")
    print("\nper family:")
    for k in sorted(FAMILIES):
        print(f"  {k:24s} {fam.get(k, 0)}")
    print("\nper area (first-listed / listed anywhere):")
    for k in sorted(AREAS | {"exclude"}):
        print(f"  {k:24s} {first.get(k, 0):4d} / {anyarea.get(k, 0)}")

    if errors:
        print("\nERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
