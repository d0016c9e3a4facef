#!/usr/bin/python3
"""Verify certs-l: every gold string must be findable in `pdftotext -layout` output.

Checks per certificate:
  * gold schema keys and value types; unit in the allowed set; points = credits (x10 for CEU)
  * name, title, each provider string, activity_id, date as printed (from src/checks.json),
    credits figure (as a number token), unit word -- whitespace-insensitive
  * name (unless letter-spaced) and title also "strictly": the printed words, joined with single
    spaces across line breaks, equal the gold string (catches glued words and breaks after hyphens)
  * provider strings "Institution, Office" are checked as their two parts
  * page count
Exit status 0 only when everything passes.
"""
import glob, json, os, re, subprocess, sys, datetime

DIR = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit",
        "points", "provider", "activity_id"]
UNITS = {"contact hour": "contacthour", "CMLE": "cmle", "CE hour": "cehour", "CEU": "ceu"}


def nows(s):
    return re.sub(r"\s+", "", s)


def strict_find(target, text):
    parts = []
    t = target.strip()
    for i, ch in enumerate(t):
        if ch.isspace():
            continue
        if parts:
            parts.append(r"\s+" if t[i - 1].isspace() else r"\s*")
        parts.append(re.escape(ch))
    rx = re.compile("".join(parts))
    for m in rx.finditer(text):
        if re.sub(r"\s+", " ", m.group(0)) == re.sub(r"\s+", " ", t):
            return True
    return False


def main():
    checks = json.load(open(os.path.join(DIR, "src", "checks.json"), encoding="utf-8"))
    golds = sorted(glob.glob(os.path.join(DIR, "*.gold.json")))
    nfail = 0
    for gp in golds:
        cid = os.path.basename(gp)[:-len(".gold.json")]
        pdf = os.path.join(DIR, cid + ".pdf")
        errs = []
        g = json.load(open(gp, encoding="utf-8"))
        ck = checks.get(cid, {})
        for k in KEYS:
            if k not in g:
                errs.append("missing key " + k)
        if not os.path.exists(pdf):
            errs.append("no pdf")
            print(cid, "FAIL", errs); nfail += 1
            continue
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        if pages != ck.get("pages", 1):
            errs.append("pages %d != %d" % (pages, ck.get("pages", 1)))
        N = nows(text)
        NL = N.lower()

        def need(label, s):
            if not s or nows(s) not in N:
                errs.append("%s not found: %r" % (label, s))

        need("name", g["name"])
        if not ck.get("name_spaced") and not strict_find(g["name"], text):
            errs.append("name not found strictly: %r" % g["name"])
        need("title", g["title"])
        if not strict_find(g["title"], text):
            errs.append("title not found strictly (wrap/hyphen/glue): %r" % g["title"])
        provs = g["provider"]
        if not isinstance(provs, list) or not provs:
            errs.append("provider must be a non-empty list")
        else:
            for p in provs:
                base = [q for q in provs if q != p and p.startswith(q + ", ")]
                if base:
                    need("provider-institution", base[0])
                    need("provider-office", p[len(base[0]) + 2:])
                else:
                    need("provider", p)
        if g["activity_id"] is not None:
            need("activity_id", g["activity_id"])
        if ck.get("date_printed"):
            need("date as printed", ck["date_printed"])
        try:
            datetime.date.fromisoformat(g["date"])
        except Exception:
            errs.append("bad date " + repr(g["date"]))
        nums = [float(x) for x in re.findall(r"(?<![\d.])\d+(?:\.\d+)?", text)]
        if not isinstance(g["credits"], (int, float)) or g["credits"] not in nums:
            errs.append("credits figure %r not printed" % g["credits"])
        if g["unit"] not in UNITS:
            errs.append("bad unit " + repr(g["unit"]))
        elif UNITS[g["unit"]] not in NL:
            errs.append("unit word not printed: " + g["unit"])
        exp = round(g["credits"] * 10, 4) if g["unit"] == "CEU" else g["credits"]
        if abs(g["points"] - exp) > 1e-9:
            errs.append("points %r != %r" % (g["points"], exp))
        if errs:
            nfail += 1
            print(cid, "FAIL")
            for e in errs:
                print("   ", e)
        else:
            print(cid, "ok")
    print("%d certificates, %d failing" % (len(golds), nfail))
    sys.exit(1 if nfail or not golds else 0)


if __name__ == "__main__":
    main()
