#!/usr/bin/python3
"""Check titles-zzz.tsv: 4 tab-separated columns, allowed areas/families,
'exclude' alone, at most two areas, no duplicate titles, >= 420 titles.
Prints counts per family and per area; exits non-zero on any error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zzz.tsv")
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
    fam = Counter()
    area_any = Counter()
    area_first = Counter()
    n_two = 0
    n = 0
    for i, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {i}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {i}: empty title or WHY")
        if cols != [c.strip() for c in cols]:
            errors.append(f"line {i}: stray whitespace around a column")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {i}: duplicate title (first at line {seen[key]}): {title}")
        seen.setdefault(key, i)
        if family not in FAMILIES:
            errors.append(f"line {i}: unknown family {family!r}")
        if " " in areas:
            errors.append(f"line {i}: spaces in AREAS {areas!r}")
        parts = areas.split(",")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {i}: 'exclude' must stand alone: {areas!r}")
        else:
            if len(parts) > 2:
                errors.append(f"line {i}: more than two areas: {areas!r}")
            if len(set(parts)) != len(parts):
                errors.append(f"line {i}: repeated area: {areas!r}")
            for a in parts:
                if a not in AREAS:
                    errors.append(f"line {i}: unknown area {a!r}")
        n += 1
        fam[family] += 1
        area_first[parts[0]] += 1
        for a in parts:
            area_any[a] += 1
        if len(parts) == 2:
            n_two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}   with two areas: {n_two} (1 in {n / max(n_two, 1):.1f})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam[f]:4d}")
    print("\nper area (first-listed / any-listed):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {area_first[a]:4d} / {area_any[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
