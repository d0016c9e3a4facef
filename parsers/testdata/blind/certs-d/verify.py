#!/usr/bin/python3
"""Verify the certs-d set.

For every dNN.pdf / dNN.gold.json pair:
  * the gold file has exactly the agreed keys, a valid ISO date, an allowed unit, points = credits
    (or 10 x credits for CEU), a non-empty provider list;
  * pdftotext output contains the gold name, the gold title, the printed date string and the printed
    credit figure (from expect.json), the activity id (when not null) and the first provider form.
    Text is compared after NFKC normalisation and whitespace collapsing; when that fails the
    comparison is repeated with all whitespace removed (letter-spaced names, wrapped lines), and
    with pdftotext -layout / -raw output.  Such fall-backs are reported as notes, not failures;
  * the PDF is below 200 KB;
  * producer-specific checks: filled AcroForms carry /V and an /AP stream on every widget and no
    /NeedAppearances; flattened files have no widget annotations left.
Exit status 0 when everything passes.
"""
import json, os, re, subprocess, sys, unicodedata, datetime, glob

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit", "points", "provider",
        "activity_id"]
UNITS = {"contact hour", "CMLE", "CE hour", "CEU", "AMA PRA Category 1 Credit"}
PRODUCERS = {"chromium", "libreoffice-fodt", "libreoffice-docx", "fpdf", "tcpdf", "reportlab", "ghostscript",
             "acroform-filled", "qpdf-flattened"}


def text(pdf, mode=None):
    cmd = ["pdftotext", "-enc", "UTF-8"] + ([mode] if mode else []) + [pdf, "-"]
    return subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", " ", s).strip()


def nospace(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def find(needle, texts):
    """Return None if found directly, 'fallback' if only found with a fall-back, False if not found."""
    n = norm(needle)
    if n in norm(texts[None]):
        return None
    for mode in ("-layout", "-raw"):
        if n in norm(texts[mode]):
            return "fallback(%s)" % mode
    for mode in (None, "-raw", "-layout"):
        if nospace(needle) in nospace(texts[mode]):
            return "fallback(no-space%s)" % ("" if mode is None else " " + mode)
    return False


def form_checks(pdf, producer):
    from pypdf import PdfReader
    r = PdfReader(pdf)
    root = r.trailer["/Root"]
    widgets = []
    for p in r.pages:
        for a in p.get("/Annots") or []:
            a = a.get_object()
            if a.get("/Subtype") == "/Widget":
                widgets.append(a)
    errs = []
    if producer == "acroform-filled":
        af = root.get("/AcroForm")
        if af is None:
            errs.append("no /AcroForm")
        elif af.get_object().get("/NeedAppearances"):
            errs.append("/NeedAppearances set")
        if not widgets:
            errs.append("no widgets")
        for w in widgets:
            if "/V" not in w or "/AP" not in w or "/N" not in w["/AP"]:
                errs.append("widget %s lacks /V or /AP" % w.get("/T"))
    elif producer == "qpdf-flattened":
        if widgets:
            errs.append("%d widget annotations remain" % len(widgets))
    return errs


def main():
    expect = json.load(open(os.path.join(HERE, "expect.json"), encoding="utf-8"))
    pdfs = sorted(glob.glob(os.path.join(HERE, "d[0-9][0-9].pdf")))
    fails, notes = 0, []
    for pdf in pdfs:
        cid = os.path.basename(pdf)[:-4]
        errs = []
        gp = os.path.join(HERE, cid + ".gold.json")
        if not os.path.exists(gp):
            print("FAIL %s: missing gold" % cid)
            fails += 1
            continue
        g = json.load(open(gp, encoding="utf-8"))
        if list(g.keys()) != KEYS:
            errs.append("gold keys %s" % list(g.keys()))
        try:
            datetime.date.fromisoformat(g["date"])
        except Exception:
            errs.append("bad date %r" % g.get("date"))
        if g.get("unit") not in UNITS:
            errs.append("bad unit %r" % g.get("unit"))
        if g.get("producer") not in PRODUCERS:
            errs.append("bad producer %r" % g.get("producer"))
        exp_pts = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
        if abs(g["points"] - exp_pts) > 1e-9:
            errs.append("points %r != %r" % (g["points"], exp_pts))
        if not (isinstance(g["provider"], list) and g["provider"] and all(isinstance(x, str) for x in g["provider"])):
            errs.append("bad provider")
        if not (g["activity_id"] is None or isinstance(g["activity_id"], str)):
            errs.append("bad activity_id")
        if not isinstance(g["layout"], list):
            errs.append("layout not a list")
        if os.path.getsize(pdf) >= 200 * 1024:
            errs.append("size %d bytes" % os.path.getsize(pdf))
        e = expect.get(cid)
        if not e:
            errs.append("no expect.json entry")
        else:
            texts = {m: text(pdf, m) for m in (None, "-layout", "-raw")}
            if len(norm(texts[None])) < 50:
                errs.append("little or no extractable text")
            checks = [("name", g["name"]), ("title", g["title"]), ("date_str", e["date_str"]),
                      ("credit_str", e["credit_str"]), ("provider[0]", g["provider"][0])]
            if g["activity_id"]:
                checks.append(("activity_id", g["activity_id"]))
            for label, needle in checks:
                r = find(needle, texts)
                if r is False:
                    errs.append("%s not found: %r" % (label, needle))
                elif r:
                    notes.append("%s %s via %s" % (cid, label, r))
        errs += form_checks(pdf, g["producer"])
        if errs:
            fails += 1
            print("FAIL %s: %s" % (cid, "; ".join(errs)))
        else:
            print("ok   %s  %-17s %-24s %s" % (cid, g["producer"], g["style"], g["title"][:60]))
    for n in notes:
        print("note", n)
    print("%d PDFs checked, %d failed" % (len(pdfs), fails))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
