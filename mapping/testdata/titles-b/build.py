#!/usr/bin/env python3
"""Check titles-b.tsv and print counts per area and per family. Exit 1 on any problem."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-b.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology", "safety",
         "ethics", "general", "none", "exclude"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups", "hazards_safety",
            "quality_process", "general_lab", "area_named_with_method", "specimen_decides",
            "two_areas", "non_lab_professional", "ethics", "exclusions"]
MIN_TOTAL, MIN_FAMILY = 300, 20


def norm(title):
    return re.sub(r"[^a-z0-9]+", "", title.lower())


def main():
    errors, rows, seen = [], [], {}
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4 or not all(c.strip() for c in cols):
                errors.append(f"line {n}: expected 4 non-empty tab-separated columns")
                continue
            title, areas, why, family = cols
            alist = areas.split(",")
            bad = [a for a in alist if a not in AREAS]
            if bad:
                errors.append(f"line {n}: unknown area(s) {bad}")
            if len(set(alist)) != len(alist):
                errors.append(f"line {n}: repeated area")
            if "exclude" in alist and len(alist) > 1:
                errors.append(f"line {n}: 'exclude' combined with other areas")
            if family not in FAMILIES:
                errors.append(f"line {n}: unknown family {family!r}")
            key = norm(title)
            if key in seen:
                errors.append(f"line {n}: duplicate title (same as line {seen[key]}): {title}")
            seen[key] = n
            rows.append((title, alist, why, family))

    fam = collections.Counter(r[3] for r in rows)
    area_any = collections.Counter(a for r in rows for a in r[1])
    area_first = collections.Counter(r[1][0] for r in rows)
    multi = sum(1 for r in rows if len(r[1]) > 1)

    if len(rows) < MIN_TOTAL:
        errors.append(f"only {len(rows)} titles (< {MIN_TOTAL})")
    for f in FAMILIES:
        if fam[f] < MIN_FAMILY:
            errors.append(f"family {f} has {fam[f]} titles (< {MIN_FAMILY})")

    print(f"titles: {len(rows)}   multi-area: {multi}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam[f]:4d}")
    print("\nper area (listed anywhere / listed first):")
    for a in sorted(AREAS, key=lambda a: -area_any[a]):
        print(f"  {a:24s} {area_any[a]:4d} / {area_first[a]:4d}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
