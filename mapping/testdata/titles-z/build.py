#!/usr/bin/python3
"""Check titles-z.tsv: format, allowed values, duplicates, size; print counts."""
import sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-z.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

errors = []
seen = {}
fam_count, area_count, first_area, n_areas = Counter(), Counter(), Counter(), Counter()
n = 0
with open(PATH, encoding="utf-8") as f:
    for lineno, raw in enumerate(f, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {lineno}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {lineno}: empty title or WHY")
        if cols[0] != title:
            errors.append(f"line {lineno}: title has surrounding whitespace")
        if family not in FAMILIES:
            errors.append(f"line {lineno}: unknown family {family!r}")
        parts = areas.split(",")
        if " " in areas:
            errors.append(f"line {lineno}: spaces in AREAS {areas!r}")
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
                    errors.append(f"line {lineno}: unknown area {p!r}")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {lineno}: duplicate of line {seen[key]}: {title!r}")
        else:
            seen[key] = lineno
        n += 1
        fam_count[family] += 1
        n_areas[len(parts)] += 1
        first_area[parts[0]] += 1
        for p in parts:
            area_count[p] += 1

if n < MIN_TITLES:
    errors.append(f"only {n} titles, need at least {MIN_TITLES}")

print(f"titles: {n}")
print("\nper family:")
for k in sorted(FAMILIES):
    print(f"  {k:24s} {fam_count[k]}")
print("\nper area (any listed answer):")
for k, v in sorted(area_count.items(), key=lambda x: -x[1]):
    print(f"  {k:24s} {v}")
print("\nper area (first answer):")
for k, v in sorted(first_area.items(), key=lambda x: -x[1]):
    print(f"  {k:24s} {v}")
print("\nnumber of answers per title:", dict(sorted(n_areas.items())))

if errors:
    print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK")
