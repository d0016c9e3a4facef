#!/usr/bin/python3
"""Check titles-zza.tsv: format, allowed values, duplicates, size; print counts."""
import sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-zza.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology", "safety",
         "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

errors = []
seen = {}
fam_n = collections.Counter()
area_n = collections.Counter()       # every listed answer
first_n = collections.Counter()      # first (preferred) answer
n_two = 0
rows = 0
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, fam = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or why")
        if cols[0] != title or cols[1] != areas or cols[3] != fam:
            errors.append(f"line {ln}: stray whitespace around a field")
        if fam not in FAMILIES:
            errors.append(f"line {ln}: unknown family {fam!r}")
        parts = areas.split(",")
        if " " in areas:
            errors.append(f"line {ln}: spaces in areas {areas!r}")
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
        fam_n[fam] += 1
        for p in parts:
            area_n[p] += 1
        first_n[parts[0]] += 1
        if len(parts) == 2:
            n_two += 1

if rows < MIN_TITLES:
    errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

print(f"titles: {rows}   two-area titles: {n_two} ({n_two / max(rows, 1):.0%})")
print("\nper family:")
for k in sorted(FAMILIES):
    print(f"  {k:24s} {fam_n[k]:4d}")
print("\nper area (first answer / any listed answer):")
for k in sorted(AREAS | {"exclude"}):
    print(f"  {k:14s} {first_n[k]:4d} / {area_n[k]:4d}")
if errors:
    print(f"\n{len(errors)} error(s):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK")
