#!/usr/bin/python3
"""Check titles-zzd.tsv and print counts per family and per area.

Checks: exactly 4 tab-separated columns; areas drawn from the allowed list;
`exclude` only when standing alone; at most two areas; no duplicate areas in one row;
no case-insensitive duplicate titles; families from the allowed list; non-empty WHY;
at least 420 titles. Exits non-zero if any check fails.
"""
import collections
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "titles-zzd.tsv")
MIN_TITLES = 420

AREAS = {"blood_banking", "chemistry", "hematology", "microbiology",
         "safety", "ethics", "general", "none"}
FAMILIES = ["organisms", "analytes", "drugs", "disorders", "blood_groups",
            "hazards_safety", "quality_process", "general_lab", "ethics",
            "non_lab_professional", "exclusions", "area_named_with_method",
            "specimen_decides", "two_areas"]


def main():
    errors = []
    seen = {}
    rows = []
    with open(TSV, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                errors.append(f"line {n}: expected 4 columns, got {len(cols)}")
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
            parts = [a for a in areas.split(",")]
            if areas == "exclude":
                pass
            elif "exclude" in parts:
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
            if title != title.strip() or "  " in title:
                errors.append(f"line {n}: stray whitespace in title")
            rows.append((title, parts, why, family))

    if len(rows) < MIN_TITLES:
        errors.append(f"only {len(rows)} titles; need at least {MIN_TITLES}")

    fam = collections.Counter(r[3] for r in rows)
    first = collections.Counter(r[1][0] for r in rows)
    anyarea = collections.Counter(a for r in rows for a in r[1])
    two = sum(1 for r in rows if len(r[1]) == 2)
    typos = sum(1 for r in rows if "typo" in r[2].lower())

    print(f"titles: {len(rows)}")
    print(f"two-area titles: {two} (1 in {len(rows) / two:.1f})" if two else "two-area titles: 0")
    print(f"marked typos: {typos}")
    print("\nper family:")
    for f in FAMILIES:
        print(f"  {f:24s} {fam.get(f, 0)}")
    print("\nper area (first-listed / listed anywhere):")
    for a in sorted(AREAS | {"exclude"}):
        print(f"  {a:24s} {first.get(a, 0):4d} / {anyarea.get(a, 0):4d}")

    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
