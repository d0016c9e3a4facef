#!/usr/bin/python3
"""Check titles-y.tsv and print counts per family and per area. Exit non-zero on any error."""
import sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "titles-y.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420

def main():
    errors = []
    seen = {}
    fam_n, area_first, area_any, n_areas = Counter(), Counter(), Counter(), Counter()
    typos = 0
    rows = 0
    with open(PATH, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {ln}: {len(cols)} columns, expected 4")
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
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {ln}: 'exclude' must stand alone ({areas!r})")
            else:
                if len(parts) > 2:
                    errors.append(f"line {ln}: more than two areas ({areas!r})")
                if len(set(parts)) != len(parts):
                    errors.append(f"line {ln}: repeated area ({areas!r})")
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
            area_first[parts[0]] += 1
            for p in parts:
                area_any[p] += 1
            n_areas[len(parts)] += 1
            if why.lower().startswith("typo"):
                typos += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_n[f]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {area_first[a]:4d} / {area_any[a]:4d}")
    print(f"\nsingle-answer rows: {n_areas[1]}, two-answer rows: {n_areas[2]}"
          f" (1 in {rows / max(n_areas[2], 1):.1f}), typo rows: {typos}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
