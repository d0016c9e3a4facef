#!/usr/bin/python3
"""Check titles-zh.tsv: format, allowed values, duplicates, size. Prints counts.

Usage: /usr/bin/python3 build.py [path]   (exit status 1 on any error)
"""
import collections
import os
import sys

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"}
MIN_TITLES = 420


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "titles-zh.tsv")
    errors = []
    seen = {}
    fam_count = collections.Counter()
    area_first = collections.Counter()
    area_any = collections.Counter()
    n_two = 0
    n_typo = 0
    n = 0
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if line.endswith("\r"):
                errors.append(f"{lineno}: CR line ending")
                line = line[:-1]
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"{lineno}: expected 4 tab-separated columns, got {len(cols)}")
                continue
            title, areas, why, family = cols
            if not title.strip() or title != title.strip():
                errors.append(f"{lineno}: empty title or stray whitespace")
            if not why.strip():
                errors.append(f"{lineno}: empty WHY")
            if family not in FAMILIES:
                errors.append(f"{lineno}: unknown family {family!r}")
            parts = areas.split(",")
            if " " in areas:
                errors.append(f"{lineno}: spaces in AREAS {areas!r}")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"{lineno}: 'exclude' must stand alone: {areas!r}")
            else:
                bad = [p for p in parts if p not in AREAS]
                if bad:
                    errors.append(f"{lineno}: unknown area(s) {bad}")
                if len(parts) > 2:
                    errors.append(f"{lineno}: more than two areas")
                if len(parts) != len(set(parts)):
                    errors.append(f"{lineno}: repeated area")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"{lineno}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = lineno
            n += 1
            fam_count[family] += 1
            area_first[parts[0]] += 1
            for p in parts:
                area_any[p] += 1
            if len(parts) == 2:
                n_two += 1
            if "typo" in why.lower():
                n_typo += 1
    if n < MIN_TITLES:
        errors.append(f"only {n} titles; need at least {MIN_TITLES}")

    print(f"titles: {n}")
    print(f"two-area titles: {n_two} ({n_two / max(n, 1):.1%}, about 1 in {n / max(n_two, 1):.1f})")
    print(f"titles marked typo: {n_typo}")
    print("\nper family:")
    for fam in sorted(FAMILIES):
        print(f"  {fam:24s} {fam_count[fam]:4d}")
    print("\nper area (first-listed answer / listed anywhere):")
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
