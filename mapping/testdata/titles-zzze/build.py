#!/usr/bin/python3
"""Check titles-zzze.tsv: format, allowed values, duplicates, size. Prints counts. Exits 1 on error."""
import sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-zzze.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

errors = []
seen = {}
fam_count, area_first, area_any = Counter(), Counter(), Counter()
n_two = n_typo = n = 0

with open(PATH, encoding="utf-8") as fh:
    for ln, raw in enumerate(fh, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, fam = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or WHY")
        if cols != [c.strip() for c in cols]:
            errors.append(f"line {ln}: leading/trailing whitespace in a field")
        if fam not in FAMILIES:
            errors.append(f"line {ln}: unknown family {fam!r}")
        if " " in areas:
            errors.append(f"line {ln}: spaces in AREAS {areas!r}")
        parts = areas.split(",")
        if "exclude" in parts:
            if parts != ["exclude"]:
                errors.append(f"line {ln}: 'exclude' must stand alone ({areas!r})")
        else:
            if len(parts) > 2:
                errors.append(f"line {ln}: more than two areas ({areas!r})")
            if len(set(parts)) != len(parts):
                errors.append(f"line {ln}: repeated area ({areas!r})")
            for a in parts:
                if a not in AREAS:
                    errors.append(f"line {ln}: unknown area {a!r}")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = ln
        n += 1
        fam_count[fam] += 1
        area_first[parts[0]] += 1
        for a in parts:
            area_any[a] += 1
        if len(parts) == 2:
            n_two += 1
        if "typo" in why.lower():
            n_typo += 1

if n < MIN_TITLES:
    errors.append(f"only {n} titles, need at least {MIN_TITLES}")

print(f"titles: {n}")
print(f"two-area titles: {n_two} ({n_two / max(n, 1):.1%}); typos marked: {n_typo}")
print("\nper family:")
for f in sorted(FAMILIES):
    print(f"  {f:24s} {fam_count[f]:4d}")
print("\nper area (first-listed / listed anywhere):")
for a in sorted(area_any, key=lambda x: -area_any[x]):
    print(f"  {a:14s} {area_first[a]:4d} / {area_any[a]:4d}")

if errors:
    print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nOK")
