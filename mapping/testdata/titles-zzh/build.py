#!/usr/bin/python3
"""Check titles-zzh.tsv: format, allowed values, duplicates, size. Print counts."""
import collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "titles-zzh.tsv")
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
    area_n = collections.Counter()     # every listed answer
    first_n = collections.Counter()    # first-listed answer
    n_two = 0
    rows = 0
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
            if any(c != c.strip() or not c for c in cols):
                errors.append(f"line {ln}: empty or padded column")
            if fam not in FAMILIES:
                errors.append(f"line {ln}: unknown family {fam!r}")
            if " " in areas:
                errors.append(f"line {ln}: spaces in AREAS {areas!r}")
            parts = areas.split(",")
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
            if len(parts) == 2:
                n_two += 1
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {ln}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = ln
            rows += 1
            fam_n[fam] += 1
            first_n[parts[0]] += 1
            for a in parts:
                area_n[a] += 1
    if rows < MIN_TITLES:
        errors.append(f"only {rows} titles, need at least {MIN_TITLES}")

    print(f"titles: {rows}   two-area titles: {n_two} ({n_two / max(rows, 1):.1%})")
    print("\nper family:")
    for f in sorted(FAMILIES):
        print(f"  {f:24s} {fam_n[f]:4d}")
    print("\nper area (first-listed / any-listed):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:14s} {first_n[a]:4d} / {area_n[a]:4d}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
