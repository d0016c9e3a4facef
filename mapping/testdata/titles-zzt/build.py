#!/usr/bin/python3
"""Check titles-zzt.tsv: format, allowed values, duplicates, size. Prints counts."""
import sys, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-zzt.tsv")
AREAS = {"blood_banking", "chemistry", "hematology", "microbiology", "safety",
         "ethics", "general", "none", "exclude"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups", "hazards_safety",
            "quality_process", "general_lab", "ethics", "non_lab_professional", "exclusions",
            "area_named_with_method", "specimen_decides", "two_areas"}
MIN_TITLES = 420

def main():
    errors = []
    seen = {}
    fam = collections.Counter()
    first = collections.Counter()
    anyarea = collections.Counter()
    n_two = 0
    typos = 0
    rows = 0
    with open(PATH, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {ln}: expected 4 columns, got {len(cols)}")
                continue
            title, areas, why, family = cols
            if not title.strip() or not why.strip():
                errors.append(f"line {ln}: empty title or WHY")
            if title != title.strip():
                errors.append(f"line {ln}: title has leading/trailing spaces")
            if " " in areas:
                errors.append(f"line {ln}: spaces in AREAS {areas!r}")
            alist = areas.split(",")
            for a in alist:
                if a not in AREAS:
                    errors.append(f"line {ln}: unknown area {a!r}")
            if len(alist) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(alist)) != len(alist):
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
            fam[family] += 1
            first[alist[0]] += 1
            for a in alist:
                anyarea[a] += 1
            if len(alist) == 2:
                n_two += 1
            if "typo" in why.lower():
                typos += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles; need at least {MIN_TITLES}")

    print(f"titles: {rows}")
    print(f"two-area titles: {n_two} ({n_two / max(rows, 1):.1%}); marked typos: {typos}")
    print("\nper family:")
    for k in sorted(FAMILIES):
        print(f"  {k:24s} {fam[k]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for k in sorted(AREAS):
        print(f"  {k:24s} {first[k]:4d} / {anyarea[k]:4d}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
