#!/usr/bin/env python3
"""Check titles-c.tsv: column count, allowed areas/families, duplicates; print counts."""
import sys
from collections import Counter
from pathlib import Path

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "specimen_decides",
            "area_named_with_method", "two_areas", "ethics", "non_lab_professional",
            "exclusions"]

def main(path=Path(__file__).with_name("titles-c.tsv")):
    errors, rows, seen = [], [], {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {n}: {len(cols)} columns"); continue
        title, areas, why, fam = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {n}: empty title or why")
        alist = areas.split(",")
        if alist == ["exclude"]:
            pass
        elif "exclude" in alist:
            errors.append(f"line {n}: exclude must be alone")
        else:
            bad = [a for a in alist if a not in AREAS]
            if bad: errors.append(f"line {n}: bad area(s) {bad}")
            if len(set(alist)) != len(alist): errors.append(f"line {n}: repeated area")
            if "none" in alist and len(alist) > 1: errors.append(f"line {n}: none combined")
        if fam not in FAMILIES:
            errors.append(f"line {n}: bad family {fam}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {n}: duplicate title (first at line {seen[key]})")
        seen[key] = n
        rows.append((title, alist, why, fam))

    fam_c = Counter(r[3] for r in rows)
    area_c = Counter(a for r in rows for a in r[1])
    first_c = Counter(r[1][0] for r in rows)
    multi = sum(1 for r in rows if len(r[1]) > 1)
    typos = sum(1 for r in rows if "typo" in r[2].lower())
    print(f"total titles: {len(rows)}")
    print(f"multi-area titles: {multi}; flagged typos: {typos}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam_c[f]:4d}")
    print("\nper area (each acceptable area counted; first-listed area in brackets):")
    for a in sorted(AREAS) + ["exclude"]:
        print(f"  {a:24s} {area_c[a]:4d}  [{first_c[a]}]")
    if len(rows) < 420: errors.append(f"only {len(rows)} titles (< 420)")
    for f in FAMILIES:
        if not 25 <= fam_c[f] <= 35: errors.append(f"family {f}: {fam_c[f]} outside 25-35")
    if errors:
        print("\nERRORS:"); [print("  " + e) for e in errors]; return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main(*(Path(a) for a in sys.argv[1:])))
