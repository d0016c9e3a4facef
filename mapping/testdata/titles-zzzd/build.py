#!/usr/bin/python3
"""Check titles-zzzd.tsv and print counts per family and per area.

Usage: /usr/bin/python3 build.py [path]   (exits non-zero on any error)
"""
import sys
from collections import Counter
from pathlib import Path

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 420


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("titles-zzzd.tsv")
    errors = []
    seen = {}
    fam_count = Counter()
    area_any = Counter()      # every listed answer
    area_first = Counter()    # first (preferred) answer
    n_two = 0
    n = 0
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: expected 4 tab-separated columns, got {len(cols)}")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {lineno}: empty title or WHY")
        if cols[0] != title or cols[1] != areas or cols[3] != family:
            errors.append(f"line {lineno}: stray whitespace in a column")
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
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = lineno
        n += 1
        fam_count[family] += 1
        area_first[parts[0]] += 1
        for p in parts:
            area_any[p] += 1
        if len(parts) == 2:
            n_two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {n_two} ({n_two / max(n, 1):.1%})")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first answer / any listed answer):")
    for a in sorted(AREAS | {"exclude"}, key=lambda a: -area_any[a]):
        print(f"  {a:24s} {area_first[a]:4d} / {area_any[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
