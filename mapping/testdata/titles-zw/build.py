#!/usr/bin/python3
"""Check titles-zw.tsv: 4 tab-separated columns, allowed areas and families,
'exclude' standing alone, at most two areas, no case-insensitive duplicate titles,
at least 420 titles. Prints counts per family and per area. Exits non-zero on error."""
import os, sys
from collections import Counter

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none", "exclude"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

def main(path):
    errors, seen = [], {}
    fam_n, area_n, first_n, n_areas = Counter(), Counter(), Counter(), Counter()
    typos = 0
    rows = 0
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {ln}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, fam = cols
            if not title.strip() or title != title.strip():
                errors.append(f"line {ln}: empty title or stray whitespace")
            if not why.strip():
                errors.append(f"line {ln}: empty WHY")
            if fam not in FAMILIES:
                errors.append(f"line {ln}: unknown family {fam!r}")
            if " " in areas:
                errors.append(f"line {ln}: spaces in AREAS {areas!r}")
            alist = areas.split(",")
            if len(alist) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(alist)) != len(alist):
                errors.append(f"line {ln}: repeated area")
            for a in alist:
                if a not in AREAS:
                    errors.append(f"line {ln}: unknown area {a!r}")
            if "exclude" in alist and len(alist) != 1:
                errors.append(f"line {ln}: 'exclude' must stand alone")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = ln
            if "typo" in why.lower():
                typos += 1
            rows += 1
            fam_n[fam] += 1
            n_areas[len(alist)] += 1
            first_n[alist[0]] += 1
            for a in alist:
                area_n[a] += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles; need at least {MIN_TITLES}")

    print(f"titles: {rows}")
    print(f"one area: {n_areas[1]}   two areas: {n_areas[2]} "
          f"({n_areas[2] / max(rows, 1):.1%})   marked typo: {typos}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_n[f]:4d}")
    print("\nper area (first-listed / any mention):")
    for a in sorted(AREAS):
        print(f"  {a:24s} {first_n[a]:4d} / {area_n[a]:4d}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "titles-zw.tsv")))
