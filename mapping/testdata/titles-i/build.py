#!/usr/bin/python3
"""Check titles-i.tsv: format, allowed values, duplicates, size. Prints counts; exits 1 on error."""
import sys, os
from collections import Counter

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology", "safety",
         "ethics", "general", "none"}
FAMILIES = {"organisms", "analytes", "drugs", "disorders", "blood_groups", "hazards_safety",
            "quality_process", "general_lab", "ethics", "non_lab_professional", "exclusions",
            "area_named_with_method", "specimen_decides", "two_areas"}
MIN_TITLES = 420

def main(path):
    errors, rows, seen = [], [], {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {n}: expected 4 tab-separated columns, got {len(cols)}")
                continue
            title, areas, why, family = (c.strip() for c in cols)
            if not title:
                errors.append(f"line {n}: empty title")
            if not why:
                errors.append(f"line {n}: empty WHY")
            if family not in FAMILIES:
                errors.append(f"line {n}: unknown family {family!r}")
            if " " in areas:
                errors.append(f"line {n}: spaces in AREAS {areas!r}")
            parts = areas.split(",")
            if "exclude" in parts:
                if parts != ["exclude"]:
                    errors.append(f"line {n}: 'exclude' must stand alone")
            else:
                if len(parts) > 2:
                    errors.append(f"line {n}: more than two areas")
                if len(set(parts)) != len(parts):
                    errors.append(f"line {n}: repeated area")
                for a in parts:
                    if a not in AREAS:
                        errors.append(f"line {n}: unknown area {a!r}")
            key = " ".join(title.lower().split())
            if key in seen:
                errors.append(f"line {n}: duplicate title (first at line {seen[key]}): {title}")
            else:
                seen[key] = n
            rows.append((title, parts, why, family))
    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles; need at least {MIN_TITLES}")

    fam = Counter(r[3] for r in rows)
    first = Counter(r[1][0] for r in rows)
    anyarea = Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if "typo" in r[2].lower())
    print(f"titles: {len(rows)}   two-area: {two} ({two / max(len(rows), 1):.1%})   typos: {typos}")
    print("\nper family:")
    for k in sorted(FAMILIES):
        print(f"  {k:24s} {fam.get(k, 0):4d}")
    print("\nper area (first-listed / listed anywhere):")
    for k in sorted(AREAS | {"exclude"}):
        print(f"  {k:24s} {first.get(k, 0):4d} / {anyarea.get(k, 0):4d}")
    if errors:
        print("\nERRORS:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "titles-i.tsv")))
