#!/usr/bin/python3
"""Check titles-zzzb.tsv and print counts per family and per area.

Exits non-zero if any check fails.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-zzzb.tsv")

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
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, family = (c.strip() for c in cols)
            if not title:
                errors.append(f"line {lineno}: empty title")
            if not why:
                errors.append(f"line {lineno}: empty WHY")
            if family not in FAMILIES:
                errors.append(f"line {lineno}: unknown family {family!r}")
            parts = areas.split(",")
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
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
                errors.append(f"line {lineno}: duplicate title (first on line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            rows.append((title, parts, why, family))

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
        print(f"  {f:24s} {fam.get(f, 0):4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first.get(a, 0):4d} / {anywhere.get(a, 0):4d}")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
