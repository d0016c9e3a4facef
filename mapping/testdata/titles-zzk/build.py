#!/usr/bin/python3
"""Check titles-zzk.tsv: 4 tab-separated columns, allowed areas and families,
`exclude` alone, at most two areas, no case-insensitive duplicate titles,
at least 420 titles. Prints counts per family and per area; exits 1 on error."""
import sys
from collections import Counter
from pathlib import Path

TSV = Path(__file__).with_name("titles-zzk.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 420


def main():
    errors = []
    seen = {}
    fam = Counter()
    first_area = Counter()
    any_area = Counter()
    n_two = 0
    n = 0
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
        if family not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {family!r}")
        parts = areas.split(",")
        if areas == "exclude":
            pass
        elif "exclude" in parts:
            errors.append(f"line {lineno}: 'exclude' must stand alone")
        else:
            if " " in areas:
                errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
            if len(parts) > 2:
                errors.append(f"line {lineno}: more than two areas")
            if len(set(parts)) != len(parts):
                errors.append(f"line {lineno}: repeated area")
            for p in parts:
                if p not in AREAS:
                    errors.append(f"line {lineno}: unknown area {p!r}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        n += 1
        fam[family] += 1
        first_area[parts[0]] += 1
        for p in parts:
            any_area[p] += 1
        if len(parts) == 2:
            n_two += 1

    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}   with two areas: {n_two} ({n_two / max(n, 1):.1%})")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam[f]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(set(any_area) | set(first_area), key=lambda a: -any_area[a]):
        print(f"  {a:24s} {first_area[a]:4d} / {any_area[a]:4d}")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
