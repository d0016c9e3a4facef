#!/usr/bin/python3
"""Check titles-r.tsv and print counts per family and per area.

Checks: 4 tab-separated columns; allowed areas and families; `exclude` alone;
at most two areas, no repeats; no case-insensitive duplicate titles; non-empty
fields; at least 420 titles. Exits non-zero on any error.
"""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSV = HERE / "titles-r.tsv"
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
    fam_count = Counter()
    area_count = Counter()        # every listed answer
    first_count = Counter()       # first (preferred) answer
    n_two = 0
    n_typo = 0
    rows = 0
    with TSV.open(encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {ln}: {len(cols)} columns, expected 4")
                continue
            title, areas, why, family = (c.strip() for c in cols)
            if not title or not areas or not why or not family:
                errors.append(f"line {ln}: empty field")
            if any(c != c.strip() for c in cols):
                errors.append(f"line {ln}: leading/trailing whitespace in a field")
            if " " in areas:
                errors.append(f"line {ln}: spaces in AREAS {areas!r}")
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {ln}: 'exclude' must stand alone ({areas})")
            else:
                if len(parts) > 2:
                    errors.append(f"line {ln}: more than two areas ({areas})")
                if len(parts) != len(set(parts)):
                    errors.append(f"line {ln}: repeated area ({areas})")
                for p in parts:
                    if p not in AREAS:
                        errors.append(f"line {ln}: unknown area {p!r}")
                if len(parts) == 2:
                    n_two += 1
            if family not in FAMILIES:
                errors.append(f"line {ln}: unknown family {family!r}")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = ln
            if "typo" in why.lower():
                n_typo += 1
            rows += 1
            fam_count[family] += 1
            first_count[parts[0]] += 1
            for p in parts:
                area_count[p] += 1

    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area titles: {n_two} ({n_two / max(rows, 1):.1%})"
          f"   marked typo: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first answer / any listed answer):")
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
