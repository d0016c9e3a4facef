#!/usr/bin/python3
"""Check titles-zq.tsv: format, allowed values, duplicates, size. Prints counts.
Exit status is non-zero if any error is found."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zq.tsv")
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
    fam_n, area_first, area_any, n_areas = Counter(), Counter(), Counter(), Counter()
    typos = 0
    rows = 0
    for ln, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or WHY")
        if cols[0] != title:
            errors.append(f"line {ln}: title has surrounding whitespace")
        if family not in FAMILIES:
            errors.append(f"line {ln}: unknown family {family!r}")
        parts = areas.split(",")
        if " " in areas:
            errors.append(f"line {ln}: spaces in AREAS {areas!r}")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {ln}: 'exclude' must stand alone")
        else:
            bad = [p for p in parts if p not in AREAS]
            if bad:
                errors.append(f"line {ln}: unknown area(s) {bad}")
            if len(parts) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(parts) != len(set(parts)):
                errors.append(f"line {ln}: repeated area")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = ln
        rows += 1
        fam_n[family] += 1
        area_first[parts[0]] += 1
        for p in parts:
            area_any[p] += 1
        n_areas[len(parts)] += 1
        if "typo" in why.lower():
            typos += 1

    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}")
    print(f"two-area titles: {n_areas[2]} ({n_areas[2] / max(rows, 1):.1%}), marked typos: {typos}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_n[f]:4d}")
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
