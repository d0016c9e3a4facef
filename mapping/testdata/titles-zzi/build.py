#!/usr/bin/python3
"""Check titles-zzi.tsv: 4 tab-separated columns, allowed areas and families,
`exclude` alone, at most two areas, no case-insensitive duplicate titles,
at least 420 titles. Prints counts per family and per area. Exit 1 on error."""
import sys
from collections import Counter
from pathlib import Path

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

def main():
    path = Path(__file__).with_name("titles-zzi.tsv")
    errors = []
    seen = {}
    fam_n, area_n, first_n = Counter(), Counter(), Counter()
    n_two = 0
    n = 0
    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns")
            continue
        title, areas, why, fam = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or why")
        if cols != [c.strip() for c in cols]:
            errors.append(f"line {ln}: stray whitespace around a field")
        if fam not in FAMILIES:
            errors.append(f"line {ln}: unknown family {fam!r}")
        alist = areas.split(",")
        if " " in areas:
            errors.append(f"line {ln}: spaces in areas")
        if "exclude" in alist:
            if alist != ["exclude"]:
                errors.append(f"line {ln}: exclude must stand alone")
        else:
            if len(alist) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(alist)) != len(alist):
                errors.append(f"line {ln}: repeated area")
            for a in alist:
                if a not in AREAS:
                    errors.append(f"line {ln}: unknown area {a!r}")
        key = " ".join(title.lower().split())
        if key in seen:
            errors.append(f"line {ln}: duplicate of line {seen[key]}: {title}")
        seen[key] = ln
        n += 1
        fam_n[fam] += 1
        first_n[alist[0]] += 1
        for a in alist:
            area_n[a] += 1
        if len(alist) == 2:
            n_two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need {MIN_TITLES}")
    print(f"titles: {n}  (two-area: {n_two}, {n_two / max(n, 1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_n[f]}")
    print("\nper area (first-listed / any mention):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first_n[a]:4d} / {area_n[a]}")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")

if __name__ == "__main__":
    main()
