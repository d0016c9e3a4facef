#!/usr/bin/python3
"""Check titles-zj.tsv: 4 columns, allowed areas/families, exclude alone,
at most two areas, no case-insensitive duplicate titles, >= 420 titles.
Prints counts per family and per area; exits non-zero on any error."""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSV = HERE / "titles-zj.tsv"
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
    fam_count = Counter()
    first_area = Counter()
    any_area = Counter()
    n_two = 0
    n_typo = 0
    rows = 0
    for lineno, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
            continue
        title, areas, why, family = cols
        rows += 1
        if not title.strip() or title != title.strip():
            errors.append(f"line {lineno}: empty title or stray whitespace")
        if not why.strip():
            errors.append(f"line {lineno}: empty WHY")
        if family not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {family!r}")
        fam_count[family] += 1
        parts = areas.split(",")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {lineno}: 'exclude' must stand alone: {areas!r}")
        else:
            if len(parts) > 2:
                errors.append(f"line {lineno}: more than two areas: {areas!r}")
            if len(set(parts)) != len(parts):
                errors.append(f"line {lineno}: repeated area: {areas!r}")
            for p in parts:
                if p not in AREAS:
                    errors.append(f"line {lineno}: unknown area {p!r}")
        if len(parts) == 2:
            n_two += 1
        first_area[parts[0]] += 1
        for p in parts:
            any_area[p] += 1
        if "typo" in why.lower():
            n_typo += 1
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title!r}")
        else:
            seen[key] = lineno
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles; need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area rows: {n_two} ({n_two / max(rows, 1):.1%})   typo rows: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_area[a]:4d} / {any_area[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
