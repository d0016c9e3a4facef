#!/usr/bin/python3
"""Check titles-q.tsv and print counts per family and per area. Exits 1 on any error."""
import sys
from collections import Counter
from pathlib import Path

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none", "exclude"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

path = Path(__file__).with_name("titles-q.tsv")
errors = []
seen = {}
fam_count, area_first, area_any, n_areas = Counter(), Counter(), Counter(), Counter()
rows = 0
for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
    if not raw.strip() or raw.lstrip().startswith("#"):
        continue
    cols = raw.split("\t")
    if len(cols) != 4:
        errors.append(f"line {ln}: {len(cols)} columns, expected 4")
        continue
    title, areas, why, family = (c.strip() for c in cols)
    if not title or not why:
        errors.append(f"line {ln}: empty title or WHY")
    if cols[0] != title or cols[1] != areas or cols[3] != family:
        errors.append(f"line {ln}: stray whitespace in a column")
    alist = areas.split(",")
    if " " in areas:
        errors.append(f"line {ln}: spaces in AREAS")
    bad = [a for a in alist if a.strip() not in AREAS]
    if bad:
        errors.append(f"line {ln}: unknown area(s) {bad}")
    if len(alist) > 2:
        errors.append(f"line {ln}: more than two areas")
    if len(alist) != len(set(alist)):
        errors.append(f"line {ln}: repeated area")
    if "exclude" in alist and len(alist) != 1:
        errors.append(f"line {ln}: 'exclude' must stand alone")
    if family not in FAMILIES:
        errors.append(f"line {ln}: unknown family {family!r}")
    key = " ".join(title.lower().split())
    if key in seen:
        errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
    else:
        seen[key] = ln
    rows += 1
    fam_count[family] += 1
    area_first[alist[0]] += 1
    for a in alist:
        area_any[a] += 1
    n_areas[len(alist)] += 1

if rows < MIN_TITLES:
    errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

print(f"titles: {rows}   one area: {n_areas[1]}   two areas: {n_areas[2]}")
print("\nper family:")
for f in sorted(FAMILIES):
    print(f"  {f:24s} {fam_count[f]:4d}")
print("\nper area (first-listed / listed anywhere):")
for a in sorted(AREAS):
    print(f"  {a:24s} {area_first[a]:4d} / {area_any[a]:4d}")
if errors:
    print(f"\n{len(errors)} error(s):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK")
