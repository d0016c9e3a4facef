#!/usr/bin/python3
"""Check titles-zzx.tsv and print counts per family and per area. Exits non-zero on error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zzx.tsv")
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
    primary = Counter()
    anylisted = Counter()
    n_two = 0
    n_typo = 0
    rows = 0
    for lineno, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {lineno}: empty title or WHY")
        if cols[0] != title or cols[1] != areas or cols[3] != family:
            errors.append(f"line {lineno}: stray whitespace around a field")
        if " " in areas:
            errors.append(f"line {lineno}: spaces in AREAS '{areas}'")
        parts = areas.split(",")
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
                    errors.append(f"line {lineno}: unknown area '{p}'")
        if family not in FAMILIES:
            errors.append(f"line {lineno}: unknown family '{family}'")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        rows += 1
        fam[family] += 1
        primary[parts[0]] += 1
        for p in parts:
            anylisted[p] += 1
        if len(parts) == 2:
            n_two += 1
        if "typo" in why.lower():
            n_typo += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area rows: {n_two} (1 in {rows / max(n_two, 1):.1f})   marked typos: {n_typo}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam[f]:4d}")
    print("\nper area (first-listed / any-listed):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {primary[a]:4d} / {anylisted[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")

if __name__ == "__main__":
    main()
