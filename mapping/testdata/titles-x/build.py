#!/usr/bin/python3
"""Check titles-x.tsv and print counts per family and per area. Exit non-zero on error."""
import sys, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "titles-x.tsv")
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
    fam_n = collections.Counter()
    area_any = collections.Counter()
    area_first = collections.Counter()
    n_two = n_typo = 0
    rows = 0
    with open(TSV, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
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
                for a in parts:
                    if a not in AREAS:
                        errors.append(f"line {ln}: unknown area {a!r}")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = ln
            rows += 1
            fam_n[fam] += 1
            area_first[parts[0]] += 1
            for a in parts:
                area_any[a] += 1
            if len(parts) == 2:
                n_two += 1
            if "typo" in why.lower():
                n_typo += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area rows: {n_two} ({n_two/max(rows,1):.1%})   typo rows: {n_typo}")
    print("\nper family:")
    for fam in sorted(FAMILIES):
        print(f"  {fam:24s} {fam_n[fam]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {area_first[a]:4d} / {area_any[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")

if __name__ == "__main__":
    main()
