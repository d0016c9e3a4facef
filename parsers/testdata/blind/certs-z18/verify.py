#!/usr/bin/python3
"""Verify the z18 blind set: every gold fact must be readable from `pdftotext -layout` output.

Checks per certificate (whitespace-insensitive):
  name, title, each provider string (an "Institution, Office" form may be printed as two separate
  pieces), activity id, credits figure (as a standalone number), unit word (case-insensitive),
  points == credits (x10 for CEU), the date in one of the printed formats (incl. the end of a range),
  plus schema sanity (keys, unit, ISO date, no credentials left in the name).
Exit status 0 when all pass.
"""
import json, os, re, subprocess, sys, datetime, glob

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points",
        "provider", "activity_id"]
UNITS = {"contact hour", "CMLE", "CE hour", "CEU"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def squash(s):
    return re.sub(r"\s+", "", s)


def date_forms(d):
    M, Mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    forms = [f"{M} {d.day}, {d.year}", f"{Mon} {d.day}, {d.year}", f"{d.day} {M} {d.year}",
             f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}", d.isoformat()]
    return [squash(f) for f in forms]


def date_found(text, d):
    flat = squash(text)
    if any(f in flat for f in date_forms(d)):
        return True
    # end of a printed range: "June 22–25, 2025", "June 9-11, 2025"
    M = MONTHS[d.month - 1]
    return re.search(r"%s\d{1,2}[–-]%d,%d" % (M, d.day, d.year), flat) is not None


def number_found(text, x):
    forms = {f"{x:g}", f"{x:.1f}", f"{x:.2f}"}
    for f in forms:
        if re.search(r"(?<![\d.])%s(?![\d]|\.\d)" % re.escape(f), text):
            return True
    return False


def check(gpath):
    cid = os.path.basename(gpath).split(".")[0]
    pdf = os.path.join(HERE, cid + ".pdf")
    errs = []
    g = json.load(open(gpath, encoding="utf-8"))
    if list(g.keys()) != KEYS:
        errs.append("keys %s" % list(g.keys()))
    if not os.path.exists(pdf):
        return cid, ["missing PDF"]
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flat = squash(text)
    low = flat.lower()
    if squash(g["name"]) not in flat:
        errs.append("name not found: %r" % g["name"])
    if re.search(r"\(|,\s*(MLS|MT|PhD|MD|MS)\b|^Dr\.", g["name"]):
        errs.append("name still carries credentials/honorific: %r" % g["name"])
    if squash(g["title"]) not in flat:
        errs.append("title not found: %r" % g["title"])
    if not g["provider"]:
        errs.append("no provider")
    for p in g["provider"]:
        if squash(p) in flat:
            continue
        if ", " in p:
            inst, office = p.split(", ", 1)
            if squash(inst) in flat and squash(office) in flat:
                continue
        errs.append("provider not found: %r" % p)
    if g["activity_id"] is not None and squash(g["activity_id"]) not in flat:
        errs.append("activity id not found: %r" % g["activity_id"])
    if g["unit"] not in UNITS:
        errs.append("bad unit %r" % g["unit"])
    elif squash(g["unit"]).lower() not in low:
        errs.append("unit word not found: %r" % g["unit"])
    if not isinstance(g["credits"], (int, float)) or not number_found(text, g["credits"]):
        errs.append("credits figure not found: %r" % g["credits"])
    want = round(g["credits"] * 10, 3) if g["unit"] == "CEU" else g["credits"]
    if abs(g["points"] - want) > 1e-9:
        errs.append("points %r != %r" % (g["points"], want))
    try:
        d = datetime.date.fromisoformat(g["date"])
        if not date_found(text, d):
            errs.append("date not found in any printed form: %s" % g["date"])
    except Exception as e:
        errs.append("bad date %r (%s)" % (g["date"], e))
    if not isinstance(g["layout"], list) or not g["layout"]:
        errs.append("layout must be a non-empty list")
    return cid, errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "zr[0-9][0-9].gold.json")))
    fails = 0
    for gp in golds:
        cid, errs = check(gp)
        if errs:
            fails += 1
            print("FAIL", cid)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", cid)
    pdfs = sorted(glob.glob(os.path.join(HERE, "zr[0-9][0-9].pdf")))
    print("\n%d certificates, %d PDFs, %d failing" % (len(golds), len(pdfs), fails))
    return 1 if fails or len(golds) != len(pdfs) else 0


if __name__ == "__main__":
    sys.exit(main())
