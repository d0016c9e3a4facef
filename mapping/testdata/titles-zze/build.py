#!/usr/bin/python3
"""Check titles-zze.tsv and print counts per family and per area. Exits non-zero on any error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zze.tsv")
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
    area_first = Counter()
    area_any = Counter()
    n_two = 0
    n = 0
    for lineno, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
            continue
        title, areas, why, fam = cols
        if not title.strip() or title != title.strip():
            errors.append(f"line {lineno}: empty title or stray whitespace")
        if not why.strip():
            errors.append(f"line {lineno}: empty WHY")
        if fam not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {fam!r}")
        parts = areas.split(",")
        if areas == "exclude":
            pass
        elif "exclude" in parts:
            errors.append(f"line {lineno}: 'exclude' must stand alone")
        else:
            if len(parts) > 2:
                errors.append(f"line {lineno}: more than two areas")
            if len(parts) != len(set(parts)):
                errors.append(f"line {lineno}: repeated area")
            for a in parts:
                if a not in AREAS:
                    errors.append(f"line {lineno}: unknown area {a!r}")
        key = title.strip().casefold()
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        n += 1
        fam_count[fam] += 1
        area_first[parts[0]] += 1
        for a in parts:
            area_any[a] += 1
        if len(parts) == 2:
            n_two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {n_two} ({n_two / max(n, 1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first-listed / listed anywhere):")
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
