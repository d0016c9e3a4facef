#!/usr/bin/python3
"""Check titles-o.tsv and print counts per family and per area. Exits non-zero on any error."""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSV = HERE / "titles-o.tsv"
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 420


def main() -> int:
    errors = []
    seen = {}
    fam_count = Counter()
    area_any = Counter()      # every listed answer
    area_first = Counter()    # first (preferred) answer
    n_two = 0
    n_typo = 0
    n = 0
    for lineno, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: expected 4 columns, got {len(cols)}")
            continue
        title, areas, why, fam = cols
        if not title.strip() or not why.strip():
            errors.append(f"line {lineno}: empty title or WHY")
        if title != title.strip() or areas != areas.strip() or fam != fam.strip():
            errors.append(f"line {lineno}: stray whitespace")
        if fam not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {fam!r}")
        if " " in areas:
            errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
        parts = areas.split(",")
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
        key = " ".join(title.casefold().split())
        if key in seen:
            errors.append(f"line {lineno}: duplicate title (first at line {seen[key]}): {title!r}")
        else:
            seen[key] = lineno
        n += 1
        fam_count[fam] += 1
        area_first[parts[0]] += 1
        for p in parts:
            area_any[p] += 1
        if len(parts) == 2:
            n_two += 1
        if "typo" in why.lower():
            n_typo += 1

    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {n_two} ({n_two / max(n, 1):.1%})   typos marked: {n_typo}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam_count[f]:4d}")
    print("\nper area (first answer / any listed answer):")
    for a in sorted(AREAS | {"exclude"}, key=lambda a: -area_any[a]):
        print(f"  {a:14s} {area_first[a]:4d} / {area_any[a]:4d}")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
