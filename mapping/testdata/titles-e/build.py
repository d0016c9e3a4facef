#!/usr/bin/env python3
"""Check titles-e.tsv and print counts. Exits non-zero on any problem."""
import sys
from collections import Counter
from pathlib import Path

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none", "exclude"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]
MIN_TITLES = 400
EXPECTED_TYPOS = 5

def main(path):
    errors, rows, seen = [], [], {}
    for n, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {n}: {len(cols)} columns, expected 4"); continue
        title, areas_s, why, fam = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {n}: empty title or WHY")
        if any(c != c.strip() for c in cols):
            errors.append(f"line {n}: leading/trailing whitespace in a column")
        areas = [a.strip() for a in areas_s.split(",")]
        bad = [a for a in areas if a not in AREAS]
        if bad:
            errors.append(f"line {n}: unknown area(s) {bad}")
        if len(areas) > 2:
            errors.append(f"line {n}: more than two areas")
        if len(set(areas)) != len(areas):
            errors.append(f"line {n}: repeated area")
        if "exclude" in areas and len(areas) != 1:
            errors.append(f"line {n}: 'exclude' must stand alone")
        if fam not in FAMILIES:
            errors.append(f"line {n}: unknown family {fam!r}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {n}: duplicate title (first at line {seen[key]}): {title}")
        seen.setdefault(key, n)
        rows.append((title, areas, why, fam))

    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles, need at least {MIN_TITLES}")
    typos = sum(1 for r in rows if "typo" in r[2].lower())
    if typos != EXPECTED_TYPOS:
        errors.append(f"{typos} rows marked typo, expected {EXPECTED_TYPOS}")

    fam_c = Counter(r[3] for r in rows)
    first_c = Counter(r[1][0] for r in rows)
    any_c = Counter(a for r in rows for a in r[1])
    n_two = sum(1 for r in rows if len(r[1]) == 2)

    print(f"titles: {len(rows)}   two-area titles: {n_two}   typos: {typos}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam_c[f]:4d}")
    print("\nper area (listed first / listed anywhere):")
    for a in sorted(AREAS, key=lambda a: -any_c[a]):
        print(f"  {a:14s} {first_c[a]:4d} / {any_c[a]:4d}")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else here / "titles-e.tsv"))
