#!/usr/bin/python3
"""Check titles-zg.tsv: format, allowed values, duplicates, size. Prints counts. Exits 1 on error."""
import sys, collections, pathlib

HERE = pathlib.Path(__file__).resolve().parent
TSV = HERE / "titles-zg.tsv"
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
    fam = collections.Counter()
    area_first = collections.Counter()
    area_any = collections.Counter()
    n_two = 0
    n = 0
    for ln, raw in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 4:
            errors.append(f"line {ln}: {len(cols)} columns, expected 4")
            continue
        title, areas, why, family = (c.strip() for c in cols)
        if not title or not why:
            errors.append(f"line {ln}: empty title or WHY")
        if cols[0] != title or cols[1] != areas or cols[3] != family:
            errors.append(f"line {ln}: stray whitespace in a field")
        if " " in areas:
            errors.append(f"line {ln}: spaces in AREAS {areas!r}")
        parts = areas.split(",")
        if parts == ["exclude"]:
            pass
        elif "exclude" in parts:
            errors.append(f"line {ln}: 'exclude' must stand alone")
        else:
            if len(parts) > 2:
                errors.append(f"line {ln}: more than two areas")
            if len(set(parts)) != len(parts):
                errors.append(f"line {ln}: repeated area")
            for a in parts:
                if a not in AREAS:
                    errors.append(f"line {ln}: unknown area {a!r}")
        if family not in FAMILIES:
            errors.append(f"line {ln}: unknown family {family!r}")
        key = title.casefold()
        if key in seen:
            errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
        else:
            seen[key] = ln
        n += 1
        fam[family] += 1
        area_first[parts[0]] += 1
        for a in parts:
            area_any[a] += 1
        if len(parts) == 2:
            n_two += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles, need at least {MIN_TITLES}")

    print(f"titles: {n}   two-area titles: {n_two} (1 in {n / max(n_two, 1):.1f})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam[f]:4d}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {area_first[a]:4d} / {area_any[a]:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    sys.exit(main())
