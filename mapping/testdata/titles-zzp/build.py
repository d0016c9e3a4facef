#!/usr/bin/python3
"""Check titles-zzp.tsv: 4 tab-separated columns, allowed areas/families,
'exclude' alone, at most two areas, no case-insensitive duplicate titles,
at least 420 titles. Prints counts per family and per area; exits 1 on error."""
import sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-zzp.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

errors = []
seen = {}
fam_count = Counter()
area_count = Counter()        # every listed answer
first_area_count = Counter()  # first (preferred) answer only
n_two = n_typo = 0
rows = 0

with open(TSV, encoding="utf-8") as fh:
    for ln, raw in enumerate(fh, 1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: expected 4 columns, got {len(cols)}")
            continue
        title, areas, why, fam = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or WHY")
        if cols[0] != title or cols[1] != areas or cols[3] != fam:
            errors.append(f"line {ln}: stray whitespace around a field")
        if fam not in FAMILIES:
            errors.append(f"line {ln}: unknown family {fam!r}")
        parts = areas.split(",")
        if " " in areas:
            errors.append(f"line {ln}: spaces in AREAS {areas!r}")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {ln}: 'exclude' must stand alone")
        else:
            if len(parts) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(parts)) != len(parts):
                errors.append(f"line {ln}: repeated area")
            for p in parts:
                if p not in AREAS:
                    errors.append(f"line {ln}: unknown area {p!r}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = ln
        rows += 1
        fam_count[fam] += 1
        for p in parts:
            area_count[p] += 1
        first_area_count[parts[0]] += 1
        if len(parts) == 2:
            n_two += 1
        if why.lower().startswith("typo"):
            n_typo += 1

if rows < MIN_TITLES:
    errors.append(f"only {rows} titles; need at least {MIN_TITLES}")

print(f"titles: {rows}   two-area: {n_two} ({n_two / max(rows, 1):.1%})   typos: {n_typo}")
print("\nper family:")
for f in sorted(FAMILIES):
    print(f"  {f:24s} {fam_count[f]:4d}")
print("\nper area (first answer / any listed answer):")
for a in sorted(AREAS | {"exclude"}):
    print(f"  {a:24s} {first_area_count[a]:4d} / {area_count[a]:4d}")

if errors:
    print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK")
