#!/usr/bin/python3
"""Check titles-zzq.tsv and print counts per family and per area. Exits non-zero on error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zzq.tsv")
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
    fam_count, area_count, first_count = Counter(), Counter(), Counter()
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
        title, areas, why, family = (c.strip() for c in cols)
        rows += 1
        if not title or not why:
            errors.append(f"line {lineno}: empty title or WHY")
        if cols[0] != title or cols[1] != areas or cols[3] != family:
            errors.append(f"line {lineno}: stray whitespace around a field")
        if family not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {family!r}")
        parts = areas.split(",")
        if " " in areas:
            errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {lineno}: 'exclude' must stand alone")
        else:
            if len(parts) > 2:
                errors.append(f"line {lineno}: more than two areas")
            if len(set(parts)) != len(parts):
                errors.append(f"line {lineno}: repeated area")
            for p in parts:
                if p not in AREAS:
                    errors.append(f"line {lineno}: unknown area {p!r}")
        if family == "two_areas" and len(parts) != 2:
            errors.append(f"line {lineno}: two_areas family needs two areas")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first on line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        fam_count[family] += 1
        for p in parts:
            area_count[p] += 1
        first_count[parts[0]] += 1
        n_two += len(parts) == 2
        n_typo += "typo" in why.lower()
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles; need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area titles: {n_two} (1 in {rows / max(n_two, 1):.1f})   typos: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first-listed / any-listed):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_count[a]:4d} / {area_count[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
