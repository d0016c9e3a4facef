#!/usr/bin/python3
"""Check titles-zu.tsv: 4 tab-separated columns, allowed areas and families,
'exclude' alone, at most two areas, no duplicate titles, >= 420 titles.
Prints counts per family and per area; exits non-zero on any error."""
import sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-zu.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

errors = []
seen = {}
fam = Counter(); first_area = Counter(); any_area = Counter(); n_areas = Counter()
n = 0
with open(PATH, encoding="utf-8") as fh:
    for ln, raw in enumerate(fh, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns"); continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or why")
        if family not in FAMILIES:
            errors.append(f"line {ln}: bad family {family!r}")
        if " " in areas:
            errors.append(f"line {ln}: spaces in areas {areas!r}")
        alist = [a.strip() for a in areas.split(",")]
        if "exclude" in alist:
            if alist != ["exclude"]:
                errors.append(f"line {ln}: 'exclude' must stand alone")
        else:
            bad = [a for a in alist if a not in AREAS]
            if bad:
                errors.append(f"line {ln}: bad area(s) {bad}")
            if len(alist) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(alist)) != len(alist):
                errors.append(f"line {ln}: repeated area")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {ln}: duplicate of line {seen[key]}: {title!r}")
        seen[key] = ln
        n += 1
        fam[family] += 1
        first_area[alist[0]] += 1
        for a in alist:
            any_area[a] += 1
        n_areas[len(alist)] += 1

if n < MIN_TITLES:
    errors.append(f"only {n} titles (need >= {MIN_TITLES})")

print(f"titles: {n}")
print("\nper family:")
for k in sorted(FAMILIES):
    print(f"  {k:24s} {fam[k]:4d}")
print("\nper area (first-listed / listed anywhere):")
for k in sorted(AREAS | {"exclude"}):
    print(f"  {k:14s} {first_area[k]:4d} / {any_area[k]:4d}")
print(f"\nsingle-answer rows: {n_areas[1]}, two-answer rows: {n_areas[2]}")
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
