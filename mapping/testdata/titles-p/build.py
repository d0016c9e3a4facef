#!/usr/bin/python3
"""Check titles-p.tsv: format, allowed values, duplicates, size. Prints counts. Exit 1 on error."""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TSV = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "titles-p.tsv"
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none", "exclude"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 420


def main():
    errors = []
    seen = {}
    rows = []
    for n, line in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {n}: expected 4 tab-separated columns, got {len(cols)}")
            continue
        title, areas, why, family = cols
        if any(c != c.strip() or not c for c in cols):
            errors.append(f"line {n}: empty column or stray whitespace")
        if " " in areas:
            errors.append(f"line {n}: spaces in AREAS {areas!r}")
        alist = areas.split(",")
        bad = [a for a in alist if a not in AREAS]
        if bad:
            errors.append(f"line {n}: unknown area(s) {bad}")
        if "exclude" in alist and len(alist) != 1:
            errors.append(f"line {n}: 'exclude' must stand alone")
        if len(alist) > 2:
            errors.append(f"line {n}: more than two areas")
        if len(set(alist)) != len(alist):
            errors.append(f"line {n}: repeated area")
        if family not in FAMILIES:
            errors.append(f"line {n}: unknown family {family!r}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {n}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = n
        rows.append((title, alist, why, family))

    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles; need at least {MIN_TITLES}")

    fam = Counter(r[3] for r in rows)
    first = Counter(r[1][0] for r in rows)
    anyl = Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if "typo" in r[2].lower())

    print(f"titles: {len(rows)}")
    print(f"two-area titles: {two} ({two / max(len(rows), 1):.1%})")
    print(f"titles marked typo: {typos}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam.get(f, 0)}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS, key=lambda a: -anyl.get(a, 0)):
        print(f"  {a:14s} {first.get(a, 0):4d} / {anyl.get(a, 0)}")

    if errors:
        print("\nERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
