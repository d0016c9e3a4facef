#!/usr/bin/env python3
"""Check titles-d.tsv and print counts per family and per area."""
import collections, pathlib, sys

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology", "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups", "hazards_safety", "quality_process",
            "general_lab", "specimen_decides", "area_named_with_method", "two_areas", "ethics",
            "non_lab_professional", "exclusions"}

path = pathlib.Path(__file__).with_name("titles-d.tsv")
errors, seen = [], {}
fam, area_any, area_first, n_multi = collections.Counter(), collections.Counter(), collections.Counter(), 0
rows = 0
for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip() or line.startswith("#"):
        continue
    cols = line.split("\t")
    if len(cols) != 4:
        errors.append(f"line {i}: {len(cols)} columns"); continue
    title, areas, why, family = (c.strip() for c in cols)
    if not title or not why:
        errors.append(f"line {i}: empty title or why")
    key = title.lower()
    if key in seen:
        errors.append(f"line {i}: duplicate of line {seen[key]}: {title}")
    seen[key] = i
    parts = [a.strip() for a in areas.split(",")]
    if parts == ["exclude"]:
        pass
    elif "exclude" in parts or not all(p in AREAS for p in parts) or len(set(parts)) != len(parts):
        errors.append(f"line {i}: bad areas {areas!r}")
    if len(parts) > 2:
        errors.append(f"line {i}: more than two areas")
    if family not in FAMILIES:
        errors.append(f"line {i}: bad family {family!r}")
    rows += 1
    fam[family] += 1
    area_first[parts[0]] += 1
    for p in parts:
        area_any[p] += 1
    n_multi += len(parts) > 1

print(f"titles: {rows}  (with two acceptable areas: {n_multi})")
print("\nper family:")
for k in sorted(fam):
    print(f"  {k:24s} {fam[k]}")
print("\nper area (first listed / listed anywhere):")
for k in sorted(set(area_any) | set(area_first)):
    print(f"  {k:24s} {area_first[k]:4d} / {area_any[k]}")
if rows < 300:
    errors.append(f"only {rows} titles (< 300)")
if errors:
    print("\nERRORS:"); print("\n".join(errors)); sys.exit(1)
print("\nOK")
