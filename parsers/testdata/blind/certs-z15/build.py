#!/usr/bin/python3
"""Build the blind CE-certificate test set certs-z15.

Usage:  /usr/bin/python3 build.py            (all 40)
        /usr/bin/python3 build.py zo05 zo17  (selected ids)

Writes zoNN.pdf and zoNN.gold.json next to this script, intermediate sources in
_src/, browser/office profiles in .profiles/, and README.md.  Converters are
run one at a time.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

from certs import CERTS  # noqa: E402
from engines.common import spec_for_engine  # noqa: E402

SRC = os.path.join(HERE, "_src")
PROF = os.path.join(HERE, ".profiles")
PY = "/usr/bin/python3"


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300, **kw)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s\n%s" % (" ".join(cmd), r.stdout, r.stderr))
    return r


def soffice_pdf(src, out):
    prof = os.path.join(PROF, "libreoffice")
    os.makedirs(prof, exist_ok=True)
    outdir = os.path.join(SRC, "lo-out")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--norestore", "--convert-to", "pdf",
         "--outdir", outdir, src])
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out)


def content_bottom(pdf, has_seal):
    """(pages, page height, lowest body-text y on page 1) from pdftotext -bbox; footer and seal excluded."""
    import re
    html = run(["pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-"]).stdout
    info = run(["pdfinfo", pdf]).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    W, H = [float(x) for x in re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups()]
    low = 0.0
    for x0, y0, x1, y1 in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html):
        x0, y0, x1, y1 = map(float, (x0, y0, x1, y1))
        if y1 > H - 58:
            continue  # footer zone
        if has_seal and x0 > W - 190 and y0 > H - 190:
            continue  # seal text
        low = max(low, y1)
    return pages, H, low


def office_build(spec, cid, out, maker, ext):
    src = os.path.join(SRC, cid + ext)
    maker(spec, src)
    soffice_pdf(src, out)
    if spec.get("vcenter"):
        pages, H, low = content_bottom(out, bool(spec.get("seal")))
        if pages == 1:
            room = (H - 58) - low
            pad = room * 0.45
            if spec.get("seal"):
                pad = min(pad, (H - 150) - low)
            if pad > 6:
                spec = dict(spec, top_pad=round(pad, 1))
                maker(spec, src)
                soffice_pdf(src, out)


def build_one(cert):
    cid, prod = cert["id"], cert["producer"]
    spec = spec_for_engine(cert)
    out = os.path.join(HERE, cid + ".pdf")
    if prod == "chromium-html":
        from engines.html_engine import build_html
        src = os.path.join(SRC, cid + ".html")
        open(src, "w", encoding="utf-8").write(build_html(spec))
        prof = os.path.join(PROF, "chromium")
        os.makedirs(prof, exist_ok=True)
        run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof,
             "--no-pdf-header-footer", "--print-to-pdf=" + out, "file://" + src])
    elif prod == "libreoffice-fodt":
        from engines.fodt_engine import build_fodt

        def maker(sp, path):
            open(path, "w", encoding="utf-8").write(build_fodt(sp))
        office_build(spec, cid, out, maker, ".fodt")
    elif prod == "docx-libreoffice":
        from engines.docx_engine import build_docx
        office_build(spec, cid, out, build_docx, ".docx")
    elif prod in ("fpdf", "tcpdf"):
        src = os.path.join(SRC, cid + ".json")
        json.dump(spec, open(src, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        eng = os.path.join(HERE, "engines", prod + "_engine.php")
        off = 0.0
        if spec.get("vcenter"):
            m = json.loads(run(["php", eng, src, out, "0", "measure"]).stdout)
            if m["pages"] == 1:
                room = m["H"] - 50 - m["y"]
                off = room * 0.45
                if spec.get("seal"):
                    off = min(off, room - 95)
                off = max(0.0, off)
        run(["php", eng, src, out, "%.2f" % off])
    elif prod == "reportlab-canvas":
        from engines.flow import Layout, render_canvas
        lay = Layout(spec)
        render_canvas(lay.run(), lay.W, lay.H, out)
    elif prod == "acroform-flattened":
        from engines.flow import Layout, render_canvas
        lay = Layout(spec, acro=True)
        form = os.path.join(SRC, cid + ".form.pdf")
        render_canvas(lay.run(), lay.W, lay.H, form, acro=True)
        run(["qpdf", "--warning-exit-0", "--generate-appearances", "--flatten-annotations=all", form, out])
    elif prod == "reportlab-platypus":
        from engines.platypus_engine import build_platypus
        build_platypus(spec, out)
    elif prod == "ghostscript-ps":
        from engines.flow import Layout, render_ps
        lay = Layout(spec)
        src = os.path.join(SRC, cid + ".ps")
        open(src, "w", encoding="latin-1").write(render_ps(lay.run(), lay.W, lay.H))
        run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-sOutputFile=" + out, src])
    else:
        raise ValueError(prod)
    gold = {"style": cert["style"], "producer": prod, "layout": cert["layout"], "notes": cert["notes"]}
    g = cert["gold"]
    for k in ("name", "title", "date", "credits", "unit", "points", "provider", "activity_id"):
        gold[k] = g[k]
    with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


CONVENTIONS = """\
- name: as printed, without trailing credentials and leading honorifics (Dr.), capitals as printed (ALL-CAPS names are in capitals), letter spacing removed, suffixes (Jr., Sr., III) kept.
- title: as printed, wrapped lines joined with a space, no surrounding quotes. Format lines (eCast, LIVE WEBINAR, On-Demand, On-Demand Webinar, Self-Study, Enduring Material, Spring Symposium, Live Virtual Session) are not part of the title; a series name before a colon on the title line ("Grand Rounds: …") is. Meeting attendance without a session title → the meeting name.
- date: completion/attendance date; last day of a range; issue/print/expiry/claim/conferral dates are distractors. A session certificate at a conference: the session date.
- credits/unit: the laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed rather than maximum; AMA PRA/ANCC/ACPE/ABPath/ASQ figures are distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, except CEU ×10.
- provider: full name as printed, then each printed short form; for a department/office: the institution alone and "Institution, Office". Accreditors (ASCLS P.A.C.E., ACCME) are not providers (unless the certificate is ASCLS's own).
- activity_id: the number after a course/program/activity/session/event/class/training/offering label; null when none. Certificate, member, customer, order, registration, transcript, badge, employee, serial, quote, student numbers are distractors.
- Every certificate must be something a real provider might plausibly issue and a human would read unambiguously: the gold must be what a careful human reads off the page.
"""

DEBATABLE = """\
- zo13: "Spring Symposium" stands on its own line, then "educational session", then the session title. Gold title is the session title (format/event line excluded by convention); a reader treating it as meeting attendance would answer "Spring Symposium".
- zo21: hours are printed under a "CE Hours" label (with a P.A.C.E. statement), so the unit is "CE hour" as printed; "contact hour" is arguable.
- zo03, zo11, zo33: claimed figures (1.25, 16.5, 5.5) differ from maximum figures (1.5, 19.0, 6.0); gold is the claimed figure. zo33 prints the credit only on page 2.
- zo11, zo26, zo37: meeting-attendance certificates; title is the meeting name (zo26's contains the word "Meeting"), date is the last day of the range.
- zo17: the course ran September 8 – October 27, 2025; gold date is the last day (the "Date issued" November 3 is a distractor). Its ID "MLS-CE 742" contains a space.
- zo14, zo15, zo16, zo17, zo31, zo33, zo34, zo39: provider gold includes "Institution, Office", which is printed as two separate lines (institution and office/department/council), not as one string.
- zo08, zo20: session certificates at multi-day meetings; gold date is the session date, not the last day of the meeting.
- zo29: the participant's credential wraps onto a second line inside its column; the name itself is on one line.
- TCPDF adds "Powered by TCPDF (www.tcpdf.org)" on the last page of zo05, zo14, zo23, zo33 (library default, left as a realistic distractor).
"""

PRODUCERS = {
    "chromium-html": "HTML + CSS printed by headless Chromium (`engines/html_engine.py`)",
    "libreoffice-fodt": "hand-written flat ODF text (.fodt) converted by LibreOffice (`engines/fodt_engine.py`)",
    "docx-libreoffice": "Word .docx from python-docx converted by LibreOffice (`engines/docx_engine.py`)",
    "fpdf": "PHP FPDF (`engines/fpdf_engine.php`, core Times/Arial fonts, cp1252)",
    "tcpdf": "PHP TCPDF (`engines/tcpdf_engine.php`, embedded DejaVu fonts)",
    "reportlab-canvas": "ReportLab canvas, absolute positioning by `engines/flow.py`",
    "reportlab-platypus": "ReportLab Platypus flowables (`engines/platypus_engine.py`)",
    "acroform-flattened": "ReportLab AcroForm text fields (values in fields) flattened with "
                          "`qpdf --generate-appearances --flatten-annotations=all`",
    "ghostscript-ps": "hand-written PostScript (from `engines/flow.py`) converted by Ghostscript pdfwrite",
}


def write_readme():
    from collections import Counter
    st = Counter(c["style"] for c in CERTS)
    pr = Counter(c["producer"] for c in CERTS)
    L = []
    L.append("# certs-z15 — blind test set of CE certificates (ASCP BOC CMP)\n")
    L.append("40 certificates of completion, `zo01.pdf` … `zo40.pdf`, each with a gold answer `zoNN.gold.json`. "
             "Every person, hospital, university, vendor and activity is invented; real organisation names "
             "(ASCP, AABB, CAP, ASCLS, ADLM, NSH, AMT, ASM, CLSI, LabCE, MediaLab, CAMLT) carry invented "
             "activities only. Written without looking at the reader or at any other test set.\n")
    L.append("## How it was made\n")
    L.append("```\ncd /work/blind/certs-z15\n/usr/bin/python3 build.py        # all 40 (or: build.py zo05 zo17)\n"
             "/usr/bin/python3 verify.py       # pdftotext -layout check of every gold field\n```\n")
    L.append("`certs.py` holds, for every certificate, the gold answer and the printed content as a list of "
             "elements (issuer line, heading, name, format line, title, label/value rows, labels-above-values "
             "columns, tables, fine print, signatures, seal, footer) plus page options (orientation, "
             "alignment, border, font, colour). `build.py` hands each certificate to one producer; converters "
             "run one at a time. Intermediate sources (HTML, FODT, DOCX, JSON for PHP, PostScript, unflattened "
             "form) go to `_src/`; Chromium/LibreOffice profiles go to `.profiles/` (not part of the set).\n")
    L.append("Producers:\n")
    for k, v in PRODUCERS.items():
        L.append("- `%s`: %s" % (k, v))
    L.append("\nTools: /usr/bin/python3 (reportlab, python-docx), Chromium, LibreOffice, PHP with fpdf/tcpdf, "
             "qpdf, Ghostscript, poppler-utils (verify).\n")
    L.append("## Gold schema\n")
    L.append('```\n{"style","producer","layout":[...tags],"notes","name","title","date":"YYYY-MM-DD",'
             '"credits","unit","points","provider":[...],"activity_id"}\n```\n')
    L.append("## Conventions\n")
    L.append(CONVENTIONS)
    L.append("## Verify\n")
    L.append("`verify.py` runs `pdftotext -layout` on each PDF and checks (whitespace-insensitive) that name, "
             "title, every provider string (an \"Institution, Office\" string may be found as its two parts), "
             "activity id, the credits figure, the unit word and the date (in one of the printed formats) "
             "appear, and that points match credits/unit.\n")
    L.append("## Counts\n")
    L.append("| style | n |\n|---|---|")
    for k, v in sorted(st.items()):
        L.append("| %s | %d |" % (k, v))
    L.append("\n| producer | n |\n|---|---|")
    for k, v in sorted(pr.items()):
        L.append("| %s | %d |" % (k, v))
    L.append("\n## Certificates\n")
    L.append("| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |")
    L.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for c in CERTS:
        g = c["gold"]
        esc = lambda s: str(s).replace("|", "\\|")
        L.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            c["id"], c["style"], c["producer"], esc(g["name"]), esc(g["title"]), g["date"], g["credits"],
            g["unit"], g["points"], esc("; ".join(g["provider"])), esc(g["activity_id"])))
    L.append("\n## Golds a reader might dispute\n")
    L.append(DEBATABLE)
    L.append("\n## Notes per certificate\n")
    for c in CERTS:
        L.append("- **%s** (%s): %s" % (c["id"], ", ".join(c["layout"]), c["notes"]))
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")


def main():
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(PROF, exist_ok=True)
    want = set(sys.argv[1:])
    fails = 0
    for c in CERTS:
        if want and c["id"] not in want:
            continue
        try:
            build_one(c)
            print("built", c["id"], c["producer"])
        except Exception as e:  # keep going, report at the end
            fails += 1
            print("FAILED", c["id"], c["producer"], e)
    write_readme()
    print("done, %d failed" % fails)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
