#!/usr/bin/python3
"""Generator for the blind test set certs-p.

Writes pNN.pdf and pNN.gold.json into this directory and the sources that
other programs turn into PDF (HTML, PHP, PostScript, DOCX, FODT) into src/.
Browser/office profiles live in a temporary directory that is removed at the
end.  Run:  /usr/bin/python3 build.py  [pNN ...]
"""
import os
import sys
import json
import shutil
import subprocess
import tempfile
import html as _html

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, "src")
TMP = None
CERTS = []

GOLD_KEYS = ["style", "producer", "layout", "notes", "name", "title", "date",
             "credits", "unit", "points", "provider", "activity_id"]


def cert(cid, **gold):
    """Register a certificate builder together with its gold record."""
    def deco(fn):
        CERTS.append((cid, gold, fn))
        return fn
    return deco


def out(cid):
    return os.path.join(BASE, cid + ".pdf")


def srcp(name):
    return os.path.join(SRC, name)


def wtext(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc) as f:
        f.write(text)


def run(cmd, ok=(0,)):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=300)
    if r.returncode not in ok:
        raise RuntimeError("%s failed (%d): %s %s" % (
            cmd[0], r.returncode, r.stdout.decode(errors="replace")[-800:],
            r.stderr.decode(errors="replace")[-800:]))
    return r


# ---------------------------------------------------------------- producers

def chromium_pdf(cid, html_text):
    p = srcp(cid + ".html")
    wtext(p, html_text)
    prof = os.path.join(TMP, "chromium-profile")
    target = out(cid)
    if os.path.exists(target):
        os.remove(target)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-first-run", "--disable-extensions", "--user-data-dir=" + prof,
         "--no-pdf-header-footer", "--print-to-pdf=" + target,
         "file://" + p])
    if not os.path.exists(target):
        raise RuntimeError("chromium produced no PDF for " + cid)


def soffice_pdf(cid, path):
    prof = os.path.join(TMP, "lo-profile")
    od = os.path.join(TMP, "lo-out")
    os.makedirs(od, exist_ok=True)
    run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
         "--norestore", "--convert-to", "pdf", "--outdir", od, path])
    base = os.path.splitext(os.path.basename(path))[0]
    shutil.move(os.path.join(od, base + ".pdf"), out(cid))


def php_pdf(cid, code):
    p = srcp(cid + ".php")
    wtext(p, code)
    run(["php", p, out(cid)])


def gs_pdf(cid, ps):
    p = srcp(cid + ".ps")
    wtext(p, ps, enc="latin-1")
    run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite",
         "-dCompatibilityLevel=1.6", "-sOutputFile=" + out(cid), p])


def qpdf_flatten(tmp_pdf, cid):
    # exit code 3 = warnings only
    run(["qpdf", "--generate-appearances", "--flatten-annotations=all",
         tmp_pdf, out(cid)], ok=(0, 3))


def esc(s):
    return _html.escape(s, quote=True)


FPDF_HEAD = r"""<?php
require('/usr/share/php/fpdf/fpdf.php');
function w($s) { return iconv('UTF-8', 'windows-1252', $s); }
$OUT = $argv[1];
"""

TCPDF_HEAD = r"""<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = $argv[1];
"""

# PostScript prelude: Latin-1 re-encoded base fonts and a few helpers.
PS_HEAD = r"""%!PS-Adobe-3.0
%%Creator: certs-p build.py
%%Pages: 1
%%EndComments
% ISOLatin1Encoding maps 8#055 to /minus; use /hyphen so '-' stays a hyphen
/LatinEnc ISOLatin1Encoding 256 array copy def
LatinEnc 45 /hyphen put LatinEnc 39 /quotesingle put
/reencode { % newname basename
  findfont dup length dict begin
  { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding LatinEnc def currentdict end definefont pop
} def
/TR /Times-Roman reencode   /TB /Times-Bold reencode
/TI /Times-Italic reencode  /TBI /Times-BoldItalic reencode
/HR /Helvetica reencode     /HB /Helvetica-Bold reencode
/HO /Helvetica-Oblique reencode
/PR /Palatino-Roman reencode /PB /Palatino-Bold reencode /PI /Palatino-Italic reencode
/NCR /NewCenturySchlbk-Roman reencode /NCB /NewCenturySchlbk-Bold reencode
/NCI /NewCenturySchlbk-Italic reencode
/F { exch findfont exch scalefont setfont } def           % /Font size F
/C { dup stringwidth pop 2 div neg 0 rmoveto show } def    % centred at currentpoint
/R { dup stringwidth pop neg 0 rmoveto show } def          % right-aligned
/CS { % (str) spacing CS : centred, letter-spaced
  exch dup length 1 sub 2 index mul 1 index stringwidth pop add
  2 div neg 0 rmoveto exch 0 3 -1 roll ashow } def
"""


def ps_str(s):
    """PostScript string literal (Latin-1)."""
    o = []
    for ch in s:
        c = ord(ch)
        if ch in "()\\":
            o.append("\\" + ch)
        elif 32 <= c < 127:
            o.append(ch)
        else:
            b = ch.encode("latin-1")[0]
            o.append("\\%03o" % b)
    return "(" + "".join(o) + ")"


# =====================================================================
#  CHROMIUM (HTML -> PDF)
# =====================================================================

@cert("p01", style="lms-healthstream", producer="chromium",
      layout=["portrait", "two-column-form", "lms-completion-record", "score"],
      notes="Hospital LMS completion record; enrolled/due/printed dates and employee ID are distractors; credential after name.",
      name="Danielle R. Okafor",
      title="Annual Laboratory Safety Orientation: Chemical Hygiene, Bloodborne Pathogens and Fire Response",
      date="2026-01-14", credits=1.5, unit="contact hour",
      provider=["Mercy Vale Regional Medical Center",
                "Mercy Vale Regional Medical Center, Laboratory Education Office"],
      activity_id="MVR-LSO-2026-01")
def p01(cid):
    rows = [
        ("Learner", "Danielle R. Okafor, MLS(ASCP)<sup>CM</sup>"),
        ("Employee ID", "004417"),
        ("Department", "Core Laboratory &ndash; Chemistry"),
        ("Course Title", "Annual Laboratory Safety Orientation: Chemical Hygiene, Bloodborne Pathogens and Fire Response"),
        ("Course ID", "MVR-LSO-2026-01"),
        ("Delivery", "Web-based module with post-test"),
        ("Enrolled", "01/05/2026"),
        ("Due Date", "01/31/2026"),
        ("Completion Date", "01/14/2026"),
        ("Post-test Score", "92% (passing score 80%)"),
        ("Status", "Completed &ndash; Passed"),
        ("Credit Awarded", "1.5 P.A.C.E.&reg; contact hours"),
    ]
    trs = "\n".join('<tr><th>%s</th><td>%s</td></tr>' % r for r in rows)
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: letter portrait; margin: 0.6in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; color: #1d2b36; font-size: 11pt; }
.bar { background: #0f5d7a; color: #fff; padding: 14px 18px; }
.bar .org { font-size: 17pt; font-weight: bold; }
.bar .dept { font-size: 11pt; opacity: .9; margin-top: 3px; }
h1 { font-size: 20pt; font-weight: normal; margin: 26px 0 4px; color: #0f5d7a; }
.sub { color: #5a6b78; margin-bottom: 18px; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; width: 32%; background: #eef4f7; font-weight: bold; padding: 7px 10px; border: 1px solid #c9d8e0; vertical-align: top; }
td { padding: 7px 10px; border: 1px solid #c9d8e0; }
.stmt { margin-top: 22px; font-size: 9.5pt; line-height: 1.4; border-left: 4px solid #0f5d7a; padding-left: 10px; }
.sig { margin-top: 34px; display: flex; justify-content: space-between; font-size: 10pt; }
.sig div { width: 45%; border-top: 1px solid #333; padding-top: 4px; }
.foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 8pt; color: #7a8994; border-top: 1px solid #ccc; padding-top: 4px; }
</style></head><body>
<div class="bar"><div class="org">Mercy Vale Regional Medical Center</div>
<div class="dept">Laboratory Education Office &middot; Department of Pathology</div></div>
<h1>Course Completion Record</h1>
<div class="sub">This record confirms that the learner below completed the assigned course in full.</div>
<table>
""" + trs + """
</table>
<div class="stmt">Mercy Vale Regional Medical Center is approved as a provider of continuing education programs in
the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Provider No. 612-431.
Credit is granted only for courses completed in full with a passing post-test.</div>
<div class="sig"><div>Lorraine B. Whitacre, MS, MLS(ASCP)<br>Laboratory Education Coordinator</div>
<div>Arjun Mehta-Collins, MD<br>Medical Director, Clinical Laboratories</div></div>
<div class="foot">Record printed 02/02/2026 09:41 CT &middot; LearnPath Clinical&trade; transcript service &middot; Page 1 of 1</div>
</body></html>"""
    chromium_pdf(cid, h)


@cert("p04", style="cap-joint", producer="chromium",
      layout=["landscape", "centred-award", "border", "seal", "credit-table", "format-line"],
      notes="CAP enduring material; AMA/ANCC 2.00 vs P.A.C.E. 1.75 - lab figure is 1.75; certificate no. and issue date distractors.",
      name="Tomasz Wieczorek",
      title="Quality Management Tools: Root Cause Analysis for the Anatomic Pathology Laboratory",
      date="2026-04-08", credits=1.75, unit="contact hour",
      provider=["College of American Pathologists", "CAP"],
      activity_id="QMT2026-04")
def p04(cid):
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0; }
html, body { margin: 0; }
body { font-family: 'C059', 'Century Schoolbook', serif; color: #222; }
.frame { position: absolute; top: .35in; left: .35in; right: .35in; bottom: .35in; border: 6px double #7b1e2b; padding: .3in .55in; box-sizing: border-box; }
.seal { position: absolute; top: .3in; right: .45in; width: 1.05in; height: 1.05in; border-radius: 50%; border: 3px solid #7b1e2b; color: #7b1e2b; text-align: center; font: bold 22pt 'Nimbus Sans', sans-serif; line-height: 1.05in; }
.org { text-align: center; font-size: 22pt; letter-spacing: 1px; color: #7b1e2b; }
.kind { text-align: center; font-size: 13pt; margin-top: 4px; font-style: italic; }
.cert { text-align: center; font-size: 30pt; margin: 14px 0 6px; }
.p { text-align: center; font-size: 12pt; }
.name { text-align: center; font-size: 26pt; font-style: italic; margin: 6px 0 8px; }
.fmt { text-align: center; font: bold 9.5pt 'Nimbus Sans', sans-serif; letter-spacing: 3px; color: #7b1e2b; margin-top: 8px; }
.title { text-align: center; font-size: 16pt; font-weight: bold; margin: 4px 1in 8px; }
.row { display: flex; justify-content: space-between; margin-top: 12px; font-size: 10pt; }
table { border-collapse: collapse; font-size: 10pt; }
td, th { border: 1px solid #999; padding: 3px 8px; }
th { background: #f3e9ea; text-align: left; }
.meta { font-size: 10pt; line-height: 1.55; }
.stmt { font-size: 8pt; line-height: 1.3; margin-top: 10px; text-align: justify; }
.sig { font-size: 10pt; text-align: center; }
.sig .line { border-top: 1px solid #333; width: 2.6in; margin: 28px auto 3px; }
</style></head><body><div class="frame">
<div class="seal">CAP</div>
<div class="org">College of American Pathologists</div>
<div class="kind">Learning Portal &middot; Continuing Education</div>
<div class="cert">Certificate of Completion</div>
<div class="p">This certifies that</div>
<div class="name">Tomasz Wieczorek, MLS(ASCP)</div>
<div class="p">has successfully completed</div>
<div class="fmt">ENDURING MATERIAL</div>
<div class="title">Quality Management Tools: Root Cause Analysis for the Anatomic Pathology Laboratory</div>
<div class="row">
 <div class="meta">Activity Code: QMT2026-04<br>Date Completed: April 8, 2026<br>Certificate No.: C-5518820<br>Issued: April 9, 2026</div>
 <table><tr><th>Credit type</th><th>Awarded</th></tr>
 <tr><td>AMA PRA Category 1 Credits&trade;</td><td>2.00</td></tr>
 <tr><td>ANCC nursing contact hours</td><td>2.00</td></tr>
 <tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td>1.75</td></tr></table>
 <div class="sig"><div class="line"></div>Marguerite S. Tollefson, MD, FCAP<br>Chair, Council on Education</div>
</div>
<div class="stmt">In support of improving patient care, the College of American Pathologists is jointly accredited by the
Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE),
and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.
The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits&trade;. Physicians should
claim only the credit commensurate with the extent of their participation in the activity. The College of American
Pathologists is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.&reg; Program; laboratory professionals completing this activity are awarded 1.75 contact hours.</div>
</div></body></html>"""
    chromium_pdf(cid, h)


@cert("p08", style="state-society-meeting", producer="chromium",
      layout=["portrait", "letter-spaced-name", "css-uppercase-name", "session-table", "daily-hours", "format-line"],
      notes="Three-day state society symposium; 'Spring Symposium' is a format line above the theme title; total 10.5 over three days; member no. and issue date distractors; no activity number.",
      name="ABIGAIL N. STRAND-HOLLOWAY",
      title="Precision, Partnership, and the Future of the Laboratory",
      date="2026-04-18", credits=10.5, unit="contact hour",
      provider=["Kentucky Society for Clinical Laboratory Science", "KSCLS"],
      activity_id=None)
def p08(cid):
    sessions = [
        ("Thu, Apr 16", "Keynote: The Laboratory Workforce in 2030", "1.0"),
        ("", "Updates in Coagulation Testing and Anticoagulant Monitoring", "1.0"),
        ("", "Biosafety Risk Assessment Workshop", "1.0"),
        ("", "<b>Day total</b>", "<b>3.0</b>"),
        ("Fri, Apr 17", "Emerging Tick-Borne Pathogens in the Ohio Valley", "1.0"),
        ("", "Digital Morphology in the Hematology Laboratory", "1.0"),
        ("", "Proficiency Testing Rule Changes: What Labs Must Do Now", "1.5"),
        ("", "Leading Through Change: A Supervisor&rsquo;s Toolkit", "1.0"),
        ("", "Molecular Respiratory Panels and Diagnostic Stewardship", "1.0"),
        ("", "<b>Day total</b>", "<b>5.5</b>"),
        ("Sat, Apr 18", "Transfusion Service Case Studies", "1.0"),
        ("", "Ethics Roundtable for Laboratory Professionals", "1.0"),
        ("", "<b>Day total</b>", "<b>2.0</b>"),
    ]
    trs = "\n".join("<tr><td class='d'>%s</td><td>%s</td><td class='h'>%s</td></tr>" % s for s in sessions)
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.5in 0.6in; }
body { font-family: 'P052', 'Palatino', serif; color: #233; font-size: 10.5pt; }
.top { text-align: center; border-bottom: 2px solid #2d5f3a; padding-bottom: 8px; }
.top .o { font-size: 16pt; font-weight: bold; color: #2d5f3a; }
.top .ab { font: 10pt 'Nimbus Sans', sans-serif; letter-spacing: 4px; color: #2d5f3a; }
.fmt { text-align: center; font-size: 12pt; font-style: italic; margin-top: 14px; color: #555; }
.theme { text-align: center; font-size: 19pt; font-weight: bold; margin: 2px 0; }
.where { text-align: center; font-size: 10.5pt; color: #444; }
.coa { text-align: center; font: bold 13pt 'Nimbus Sans', sans-serif; letter-spacing: 6px; margin-top: 16px; }
.to { text-align: center; margin-top: 6px; }
.name { text-align: center; font: 20pt 'Nimbus Sans', sans-serif; text-transform: uppercase; letter-spacing: 5px; margin: 6px 0 4px; }
.memb { text-align: center; font-size: 9pt; color: #666; }
table { width: 100%; border-collapse: collapse; margin-top: 12px; font-size: 9.5pt; }
th { border-bottom: 1.5px solid #2d5f3a; text-align: left; padding: 3px 4px; }
td { padding: 2px 4px; border-bottom: 1px dotted #bbb; }
td.d { width: 1in; white-space: nowrap; } td.h, th.h { text-align: right; width: .9in; }
.total { margin-top: 10px; font-size: 12pt; text-align: right; }
.stmt { margin-top: 12px; font-size: 8.5pt; color: #444; }
.sigs { display: flex; justify-content: space-between; margin-top: 26px; font-size: 9.5pt; }
.sigs div { width: 44%; border-top: 1px solid #555; padding-top: 3px; }
</style></head><body>
<div class="top"><div class="o">Kentucky Society for Clinical Laboratory Science</div><div class="ab">KSCLS</div></div>
<div class="fmt">Spring Symposium</div>
<div class="theme">Precision, Partnership, and the Future of the Laboratory</div>
<div class="where">April 16&ndash;18, 2026 &middot; Lexington, Kentucky</div>
<div class="coa">CERTIFICATE OF ATTENDANCE</div>
<div class="to">presented to</div>
<div class="name">Abigail N. Strand-Holloway</div>
<div class="memb">Member No. KS-20417</div>
<table><tr><th>Day</th><th>Session attended</th><th class="h">Contact hours</th></tr>
""" + trs + """
</table>
<div class="total">Total P.A.C.E.&reg; contact hours earned: <b>10.5</b></div>
<div class="stmt">The Kentucky Society for Clinical Laboratory Science is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Please retain this certificate for
your records; the society does not maintain individual transcripts. Issued April 30, 2026.</div>
<div class="sigs"><div>Renee C. Vanderpool, MS, MLS(ASCP)<br>President, KSCLS</div>
<div>Howard T. Ellingsworth, MLS(ASCP)<br>Continuing Education Chair</div></div>
</body></html>"""
    chromium_pdf(cid, h)


@cert("p14", style="public-health-lab", producer="chromium",
      layout=["portrait", "labels-above-values", "grid", "signature-block", "format-line"],
      notes="State public health laboratory sentinel-lab workshop; CLIA number and registration number are distractors; labels sit above values.",
      name="Nkechi Adaeze Umeh",
      title="Biosafety and Biosecurity for Sentinel Clinical Laboratories: Rule-Out Testing for Select Agents",
      date="2026-05-06", credits=3.5, unit="contact hour",
      provider=["Palmetto Coast Public Health Laboratory",
                "Palmetto Coast Public Health Laboratory, Office of Laboratory Training and Outreach"],
      activity_id="PCPHL-SEN-2605")
def p14(cid):
    cells = [
        ("Participant", "Nkechi Adaeze Umeh"),
        ("Facility", "Tidewater Community Hospital Laboratory"),
        ("Facility CLIA No.", "42D0987654"),
        ("Registration No.", "1187"),
        ("Training Event Code", "PCPHL-SEN-2605"),
        ("Date of Training", "May 6, 2026"),
        ("Location", "PCPHL Training Center, BSL-3 Teaching Suite"),
        ("Contact Hours Awarded", "3.5 (P.A.C.E.&reg;)"),
    ]
    grid = "\n".join("<div class='c'><div class='l'>%s</div><div class='v'>%s</div></div>" % c for c in cells)
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.7in; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1a1a1a; }
.hdr { display: flex; align-items: center; border-bottom: 3px solid #b5651d; padding-bottom: 10px; }
.logo { width: 64px; height: 64px; border-radius: 8px; background: #b5651d; color: white; font: bold 15pt 'DejaVu Sans'; display: flex; align-items: center; justify-content: center; margin-right: 14px; }
.h1 { font-size: 15pt; font-weight: bold; }
.h2 { font-size: 10pt; color: #555; }
.ttl { margin-top: 28px; font-size: 11pt; letter-spacing: 2px; color: #b5651d; font-weight: bold; }
.fmt { margin-top: 14px; font-size: 9pt; font-weight: bold; color: #777; letter-spacing: 1px; }
.course { font-size: 15pt; font-weight: bold; margin: 2px 0 20px; line-height: 1.3; }
.grid { display: grid; grid-template-columns: 1fr 1fr; row-gap: 14px; column-gap: 30px; }
.l { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1px; color: #777; }
.v { font-size: 11pt; margin-top: 2px; }
.stmt { margin-top: 24px; font-size: 8.5pt; color: #444; line-height: 1.45; }
.sig { display: flex; justify-content: space-between; margin-top: 40px; }
.sig div { width: 45%; border-top: 1px solid #444; padding-top: 4px; font-size: 9pt; }
</style></head><body>
<div class="hdr"><div class="logo">PCPHL</div><div><div class="h1">Palmetto Coast Public Health Laboratory</div>
<div class="h2">Office of Laboratory Training and Outreach &middot; Division of Laboratory Services</div></div></div>
<div class="ttl">CERTIFICATE OF TRAINING</div>
<div class="fmt">IN-PERSON WORKSHOP</div>
<div class="course">Biosafety and Biosecurity for Sentinel Clinical Laboratories: Rule-Out Testing for Select Agents</div>
<div class="grid">
""" + grid + """
</div>
<div class="stmt">The Palmetto Coast Public Health Laboratory is approved as a provider of continuing education programs in
the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This workshop is presented as part of the
Laboratory Response Network sentinel laboratory outreach program. Participants must attend the full session to receive credit.</div>
<div class="sig"><div>Harriet O. Lindqvist, PhD, D(ABMM)<br>Laboratory Director</div>
<div>Marcus Bellweather, MPH<br>Training Coordinator</div></div>
</body></html>"""
    chromium_pdf(cid, h)


@cert("p19", style="lms-talentlms", producer="chromium",
      layout=["landscape", "side-panel", "labels-above-values", "score", "accented-name"],
      notes="Vendor academy on a TalentLMS-like system; 'valid until' and certificate ID are distractors; LMS brand in footer is not the provider.",
      name="Lucía Fernández-Ortega",
      title="Ardent Q-Series Troponin I Assay: Calibration, Quality Control and Troubleshooting",
      date="2026-03-12", credits=1.5, unit="contact hour",
      provider=["Ardent Biosystems Academy"],
      activity_id="AQ-TNI-201")
def p19(cid):
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0; }
html, body { margin: 0; height: 100%; }
body { font-family: 'URW Gothic', 'Nimbus Sans', sans-serif; color: #20232a; }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 2.3in; background: #3b2c85; color: #fff; padding: .5in .3in; box-sizing: border-box; }
.side .b { font-size: 19pt; font-weight: bold; line-height: 1.15; }
.side .s { font-size: 9pt; margin-top: 10px; opacity: .85; }
.main { position: absolute; left: 2.3in; right: 0; top: 0; bottom: 0; padding: .6in .7in; box-sizing: border-box; }
.h { font-size: 30pt; letter-spacing: 1px; }
.sm { font-size: 11pt; color: #666; margin-top: 22px; }
.name { font-size: 28pt; color: #3b2c85; margin: 6px 0 14px; border-bottom: 2px solid #e2ddf5; padding-bottom: 8px; }
.title { font-size: 16pt; font-weight: bold; line-height: 1.3; margin-top: 4px; }
.boxes { display: flex; gap: 12px; margin-top: 28px; }
.box { flex: 1; background: #f4f2fb; border-radius: 6px; padding: 8px 10px; }
.box .l { font-size: 7.5pt; color: #777; text-transform: uppercase; letter-spacing: 1px; }
.box .v { font-size: 12pt; margin-top: 3px; }
.stmt { font-size: 8.5pt; color: #555; margin-top: 26px; line-height: 1.4; }
.foot { position: absolute; bottom: .35in; left: .7in; right: .7in; font-size: 8pt; color: #888; display: flex; justify-content: space-between; }
</style></head><body>
<div class="side"><div class="b">Ardent<br>Biosystems<br>Academy</div><div class="s">Customer Education &amp; Certification</div></div>
<div class="main">
<div class="h">Certificate of Completion</div>
<div class="sm">This is to certify that</div>
<div class="name">Lucía Fernández-Ortega</div>
<div class="sm" style="margin-top:0">has successfully completed the course</div>
<div class="title">Ardent Q-Series Troponin I Assay: Calibration, Quality Control and Troubleshooting</div>
<div class="boxes">
<div class="box"><div class="l">Course code</div><div class="v">AQ-TNI-201</div></div>
<div class="box"><div class="l">Completion date</div><div class="v">12 March 2026</div></div>
<div class="box"><div class="l">Final score</div><div class="v">100%</div></div>
<div class="box"><div class="l">Credit</div><div class="v">1.5 contact hours</div></div>
<div class="box"><div class="l">Valid until</div><div class="v">12 March 2028</div></div>
</div>
<div class="stmt">Ardent Biosystems Academy is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Credit is P.A.C.E.&reg; contact hours at the intermediate level.</div>
</div>
<div class="foot"><span>Certificate ID 9f2c-77a1-ee40</span><span>Issued through TalentNest LMS</span></div>
</body></html>"""
    chromium_pdf(cid, h)


@cert("p26", style="national-conference", producer="chromium",
      layout=["portrait", "daily-hours", "claimed-vs-maximum", "suffix-name", "border"],
      notes="Three-day ASCLS meeting; certificate title is the meeting name; claimed 13.5 of 16.0 maximum; no activity number; curly apostrophe in meeting name.",
      name="Gregory P. Lindahl Jr.",
      title="Clinical Laboratory Educators’ Conference 2026",
      date="2026-02-21", credits=13.5, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"],
      activity_id=None)
def p26(cid):
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.45in; }
body { margin: 0; font-family: 'Liberation Serif', serif; color: #1e2a44; }
.frame { border: 2px solid #1e2a44; outline: 1px solid #1e2a44; outline-offset: -8px; padding: .45in .55in; min-height: 9.3in; box-sizing: border-box; }
.o { text-align: center; font: bold 13pt 'Liberation Sans', sans-serif; letter-spacing: 2px; }
.o2 { text-align: center; font-size: 10pt; color: #555; }
.m { text-align: center; font-size: 24pt; margin-top: 26px; font-weight: bold; }
.dt { text-align: center; font-size: 12pt; margin-top: 4px; }
.c { text-align: center; font-size: 12pt; margin-top: 26px; }
.name { text-align: center; font-size: 24pt; font-style: italic; margin: 8px 0; }
table { margin: 18px auto 0; border-collapse: collapse; font-size: 11pt; width: 80%; }
td, th { padding: 5px 8px; border-bottom: 1px solid #aab; }
th { text-align: left; background: #e8ecf5; }
td.n, th.n { text-align: right; }
.claim { margin: 14px auto 0; width: 80%; font-size: 11pt; }
.stmt { margin-top: 22px; font-size: 9pt; line-height: 1.4; color: #333; }
.sig { margin-top: 36px; width: 3in; border-top: 1px solid #333; font-size: 10pt; padding-top: 3px; }
.foot { margin-top: 18px; font-size: 8pt; color: #777; }
</style></head><body><div class="frame">
<div class="o">AMERICAN SOCIETY FOR CLINICAL LABORATORY SCIENCE</div>
<div class="o2">ASCLS &middot; Continuing Education Certificate</div>
<div class="m">Clinical Laboratory Educators’ Conference 2026</div>
<div class="dt">February 19&ndash;21, 2026 &middot; Savannah, Georgia</div>
<div class="c">This certifies that</div>
<div class="name">Gregory P. Lindahl Jr.</div>
<div class="c" style="margin-top:0">attended the conference and claimed the continuing education shown below.</div>
<table><tr><th>Conference day</th><th class="n">Hours available</th><th class="n">Hours claimed</th></tr>
<tr><td>Thursday, February 19, 2026</td><td class="n">5.0</td><td class="n">4.0</td></tr>
<tr><td>Friday, February 20, 2026</td><td class="n">7.0</td><td class="n">6.0</td></tr>
<tr><td>Saturday, February 21, 2026</td><td class="n">4.0</td><td class="n">3.5</td></tr>
<tr><th>Total</th><th class="n">16.0</th><th class="n">13.5</th></tr></table>
<div class="claim">P.A.C.E.&reg; contact hours claimed: <b>13.5</b> (maximum available: 16.0)</div>
<div class="stmt">The American Society for Clinical Laboratory Science is approved as a provider of continuing education
programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Participants are responsible for
claiming only the hours they actually attended.</div>
<div class="sig">Camille D. Ostrowski, EdD, MLS(ASCP)<br>Chair, Education Scientific Assembly</div>
<div class="foot">Registration No. 260219-0457 &middot; Certificate generated March 2, 2026</div>
</div></body></html>"""
    chromium_pdf(cid, h)


@cert("p34", style="aabb", producer="chromium",
      layout=["landscape", "multi-credit-table", "claimed-vs-maximum", "daily-hours", "centred-award"],
      notes="AABB Annual Meeting four-day range; claimed 14.0 of 26.5 P.A.C.E. hours; AMA/CNE not claimed; member ID and generation date distractors; no activity number.",
      name="Ingrid Solveig Haugland",
      title="AABB Annual Meeting 2025",
      date="2025-10-28", credits=14.0, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"],
      activity_id=None)
def p34(cid):
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0.5in; }
body { font-family: 'Nimbus Sans', sans-serif; color: #222; margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 4px solid #c8102e; padding-bottom: 6px; }
.top .l { font-size: 26pt; font-weight: bold; color: #c8102e; }
.top .r { font-size: 10pt; text-align: right; color: #555; }
.t { text-align: center; font-size: 24pt; margin-top: 22px; }
.n { text-align: center; font-size: 26pt; font-weight: bold; margin-top: 12px; }
.x { text-align: center; font-size: 12pt; margin-top: 10px; }
.meet { text-align: center; font-size: 18pt; margin-top: 4px; font-weight: bold; }
.when { text-align: center; font-size: 11pt; color: #444; }
.cols { display: flex; justify-content: space-between; margin-top: 22px; }
table { border-collapse: collapse; font-size: 10pt; }
td, th { padding: 4px 10px; border: 1px solid #bbb; }
th { background: #f6e1e4; text-align: left; }
td.r { text-align: right; }
.stmt { font-size: 8pt; color: #444; margin-top: 16px; line-height: 1.35; }
</style></head><body>
<div class="top"><div class="l">AABB</div><div class="r">Association for the Advancement of Blood &amp; Biotherapies<br>Member ID 0081234</div></div>
<div class="t">Certificate of Attendance</div>
<div class="n">Ingrid Solveig Haugland</div>
<div class="x">attended</div>
<div class="meet">AABB Annual Meeting 2025</div>
<div class="when">October 25&ndash;28, 2025 &middot; Nashville, Tennessee</div>
<div class="cols">
<table><tr><th>Meeting day</th><th>P.A.C.E.&reg; hours claimed</th></tr>
<tr><td>Saturday, October 25</td><td class="r">2.5</td></tr>
<tr><td>Sunday, October 26</td><td class="r">4.5</td></tr>
<tr><td>Monday, October 27</td><td class="r">4.0</td></tr>
<tr><td>Tuesday, October 28</td><td class="r">3.0</td></tr></table>
<table><tr><th>Credit type</th><th>Maximum offered</th><th>Claimed</th></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td class="r">26.5</td><td class="r">14.0</td></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td class="r">26.5</td><td class="r">not claimed</td></tr>
<tr><td>Nursing contact hours (CNE)</td><td class="r">26.5</td><td class="r">not claimed</td></tr></table>
</div>
<div class="stmt">AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS
P.A.C.E.&reg; Program. In support of improving patient care, AABB is jointly accredited by the Accreditation Council for
Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses
Credentialing Center (ANCC), to provide continuing education for the healthcare team. Certificate generated November 14, 2025.</div>
</body></html>"""
    chromium_pdf(cid, h)



# =====================================================================
#  REPORTLAB (canvas, and AcroForm fields flattened with qpdf)
# =====================================================================
from reportlab.pdfgen import canvas as _rlcanvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_DJ = "/usr/share/fonts/truetype/dejavu/"
for _n, _f in [("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
               ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"), ("DejaVuSans", "DejaVuSans.ttf"),
               ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")]:
    if os.path.exists(_DJ + _f):
        pdfmetrics.registerFont(TTFont(_n, _DJ + _f))


def rl_center(c, text, y, font, size, width, charspace=0):
    c.setFont(font, size)
    w = pdfmetrics.stringWidth(text, font, size) + charspace * (len(text) - 1)
    x = (width - w) / 2.0
    if charspace:
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(charspace)
        t.textOut(text)
        t.setCharSpace(0)
        c.drawText(t)
    else:
        c.drawString(x, y, text)


def rl_wrap_center(c, text, y, font, size, maxw, pagew, lead=None):
    lead = lead or size * 1.25
    for line in simpleSplit(text, font, size, maxw):
        rl_center(c, line, y, font, size, pagew)
        y -= lead
    return y


def rl_para(c, text, x, y, w, style):
    p = Paragraph(text, style)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, y - h)
    return y - h


def rl_seal(c, x, y, r, label, sub, col):
    c.saveState()
    c.setStrokeColor(col)
    c.setFillColor(colors.white)
    c.setLineWidth(2)
    c.circle(x, y, r, stroke=1, fill=1)
    c.setLineWidth(0.8)
    c.circle(x, y, r - 5, stroke=1, fill=0)
    # serrated edge
    import math
    c.setLineWidth(1)
    for i in range(48):
        a = 2 * math.pi * i / 48
        c.line(x + (r + 1) * math.cos(a), y + (r + 1) * math.sin(a),
               x + (r + 5) * math.cos(a), y + (r + 5) * math.sin(a))
    c.setFillColor(col)
    c.setFont("Times-Bold", r * 0.42)
    c.drawCentredString(x, y - r * 0.12, label)
    c.setFont("Helvetica", r * 0.16)
    c.drawCentredString(x, y - r * 0.48, sub)
    c.restoreState()


@cert("p02", style="ascp-cmle", producer="reportlab",
      layout=["landscape", "centred-award", "double-border", "seal", "format-line", "wrapped-title", "claimed-vs-maximum"],
      notes="ASCP on-demand webinar; CMLE claimed 1.00 of 1.25 maximum; AMA PRA maximum 1.25 is not the lab figure; certificate no. and customer ID distractors.",
      name="Marcus T. Whitfield",
      title="Molecular Diagnostics of Respiratory Pathogens: From Multiplex PCR to Metagenomic Sequencing",
      date="2026-03-19", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"],
      activity_id="ODW-2611")
def p02(cid):
    W, H = landscape(letter)
    c = _rlcanvas.Canvas(out(cid), pagesize=(W, H))
    c.setTitle("ASCP Certificate")
    navy = colors.HexColor("#14365c")
    c.setStrokeColor(navy)
    c.setLineWidth(4)
    c.rect(24, 24, W - 48, H - 48)
    c.setLineWidth(1)
    c.rect(32, 32, W - 64, H - 64)
    rl_seal(c, W - 100, H - 100, 42, "ASCP", "EST. 1922", navy)
    c.setFillColor(navy)
    rl_center(c, "American Society for Clinical Pathology", H - 90, "Times-Bold", 22, W)
    rl_center(c, "CERTIFICATE OF COMPLETION", H - 130, "Helvetica", 15, W, charspace=3)
    c.setFillColor(colors.black)
    rl_center(c, "is awarded to", H - 165, "Times-Italic", 13, W)
    rl_center(c, "Marcus T. Whitfield, MLS(ASCP)", H - 200, "Times-BoldItalic", 28, W)
    c.setStrokeColor(colors.grey)
    c.line(W / 2 - 200, H - 210, W / 2 + 200, H - 210)
    rl_center(c, "for completing the continuing education activity", H - 236, "Times-Roman", 12, W)
    c.setFillColor(navy)
    rl_center(c, "On-Demand Webinar", H - 262, "Helvetica-Oblique", 11, W)
    c.setFillColor(colors.black)
    y = rl_wrap_center(c, "Molecular Diagnostics of Respiratory Pathogens: From Multiplex PCR to Metagenomic Sequencing",
                       H - 286, "Times-Bold", 17, 520, W, lead=21)
    y -= 10
    c.setFont("Helvetica", 10.5)
    lx, vx = 150, 300
    for lab, val in [("Activity ID:", "ODW-2611"), ("Date of completion:", "March 19, 2026"),
                     ("CMLE credits claimed:", "1.00 of a maximum 1.25"),
                     ("Certificate no.:", "ASCP-CE-0884213"), ("Customer ID:", "01927745")]:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(lx, y, lab)
        c.setFont("Helvetica", 10.5)
        c.drawString(vx, y, val)
        y -= 15
    # signature at right
    c.line(W - 330, 170, W - 120, 170)
    c.setFont("Helvetica", 9.5)
    c.drawString(W - 330, 157, "Rafael D. Ochoa, MD, FASCP")
    c.drawString(W - 330, 145, "Chair, ASCP Continuing Education Council")
    st = ParagraphStyle("s", fontName="Times-Roman", fontSize=8.2, leading=10)
    rl_para(c, "The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for "
               "Continuing Medical Education (ACCME) to provide continuing medical education for physicians. ASCP "
               "designates this enduring material for a maximum of 1.25 <i>AMA PRA Category 1 Credits</i>&trade;. "
               "Physicians should claim only the credit commensurate with the extent of their participation in the "
               "activity. ASCP continuing education activities are acceptable to meet the continuing education "
               "requirements for the ASCP Board of Certification (BOC) Credential Maintenance Program (CMP); "
               "laboratory professionals receive 1 CMLE credit per hour of participation.",
            60, 128, W - 120, st)
    c.showPage()
    c.save()


@cert("p15", style="lms-relias", producer="reportlab",
      layout=["portrait", "transcript-one-course", "table", "labels-above-values"],
      notes="Single-course learner transcript from a Relias-like LMS; assigned/printed dates, user ID and transcript ID are distractors; LMS brand is not the provider.",
      name="Fiona M. O'Brien",
      title="Specimen Collection, Labeling and Transport: Preventing Pre-Analytical Errors",
      date="2026-02-03", credits=1.0, unit="contact hour",
      provider=["Cedar Ridge Health Partners",
                "Cedar Ridge Health Partners, Clinical Education & Professional Development"],
      activity_id="CRHP-PRE-112")
def p15(cid):
    W, H = letter
    c = _rlcanvas.Canvas(out(cid), pagesize=letter)
    teal = colors.HexColor("#1b6f6a")
    c.setFillColor(teal)
    c.rect(0, H - 80, W, 80, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, H - 42, "Cedar Ridge Health Partners")
    c.setFont("Helvetica", 10.5)
    c.drawString(50, H - 60, "Clinical Education & Professional Development")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 50, H - 42, "Learner Transcript")
    c.drawRightString(W - 50, H - 56, "Single course view")
    c.setFillColor(colors.black)
    y = H - 120
    lab = ParagraphStyle("l", fontName="Helvetica", fontSize=7.5, textColor=colors.HexColor("#667"), leading=9)
    val = ParagraphStyle("v", fontName="Helvetica", fontSize=11, leading=13.5)
    cols = [("LEARNER", "Fiona M. O'Brien"), ("USER ID", "fobrien04"),
            ("ORGANIZATION UNIT", "Laboratory Services &ndash; Microbiology"), ("JOB TITLE", "Medical Laboratory Scientist II")]
    xs = [50, 210, 320, 470]
    for (l, v), x in zip(cols, xs):
        rl_para(c, l, x, y, 140, lab)
        rl_para(c, v, x, y - 11, 145 if x != 320 else 140, val)
    y -= 60
    c.setStrokeColor(colors.HexColor("#ccd"))
    c.line(50, y, W - 50, y)
    y -= 22
    rl_para(c, "COURSE", 50, y, 300, lab)
    y = rl_para(c, "Specimen Collection, Labeling and Transport: Preventing Pre-Analytical Errors",
                50, y - 11, 420, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=17))
    y -= 16
    data = [["Course Code", "Assigned", "Completed", "Score", "Status", "Contact Hours"],
            ["CRHP-PRE-112", "01/20/2026", "02/03/2026", "95%", "Passed", "1.00"]]
    t = Table(data, colWidths=[92, 74, 74, 55, 62, 80])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                           ("FONT", (0, 1), (-1, 1), "Helvetica", 10),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3f0ef")),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#99b")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    _, th = t.wrap(0, 0)
    t.drawOn(c, 50, y - th)
    y -= th + 26
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=9, leading=12)
    y = rl_para(c, "Credit type: ASCLS P.A.C.E.&reg; &middot; Level: Basic &middot; Delivery: Online self-paced "
                   "module with case scenarios and a 10-question post-test.", 50, y, W - 100, st)
    y -= 12
    y = rl_para(c, "Cedar Ridge Health Partners is approved as a provider of continuing education programs in the "
                   "clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.", 50, y, W - 100, st)
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.HexColor("#778"))
    c.drawString(50, 40, "Transcript ID TR-55120938  |  Printed 02/10/2026 14:07")
    c.drawRightString(W - 50, 40, "Generated by RelayLearn Transcript Services")
    c.showPage()
    c.save()


@cert("p25", style="asm", producer="reportlab",
      layout=["landscape", "centred-award", "seal", "format-line", "honorific-and-credentials"],
      notes="ASM virtual workshop; 'Dr.' and 'PhD, D(ABMM)' stripped from the gold name; registration ID distractor.",
      name="Anjali R. Deshpande",
      title="Antimicrobial Susceptibility Testing: Breakpoint Updates and Implementation Workshop",
      date="2025-11-06", credits=3.0, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"],
      activity_id="CMW25-07")
def p25(cid):
    W, H = landscape(letter)
    c = _rlcanvas.Canvas(out(cid), pagesize=(W, H))
    green = colors.HexColor("#20603d")
    c.setFillColor(colors.HexColor("#f6f8f2"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(green)
    c.setLineWidth(10)
    c.line(0, H - 5, W, H - 5)
    c.line(0, 5, W, 5)
    rl_seal(c, 95, H - 100, 45, "ASM", "MICROBIOLOGY", green)
    c.setFillColor(green)
    c.setFont("DejaVuSerif-Bold", 20)
    c.drawString(160, H - 90, "American Society for Microbiology")
    c.setFont("DejaVuSans", 10)
    c.drawString(160, H - 108, "Clinical Microbiology Workshop Series \u00b7 Professional Development")
    c.setFillColor(colors.black)
    rl_center(c, "Certificate of Participation", H - 180, "DejaVuSerif", 26, W)
    rl_center(c, "Dr. Anjali R. Deshpande, PhD, D(ABMM)", H - 225, "DejaVuSerif-Bold", 22, W)
    rl_center(c, "participated in", H - 255, "DejaVuSerif-Italic", 12, W)
    c.setFillColor(green)
    rl_center(c, "Virtual Hands-On Workshop", H - 280, "DejaVuSans-Bold", 10, W, charspace=1)
    c.setFillColor(colors.black)
    y = rl_wrap_center(c, "Antimicrobial Susceptibility Testing: Breakpoint Updates and Implementation Workshop",
                       H - 305, "DejaVuSerif-Bold", 15, 560, W, lead=19)
    rl_center(c, "held November 6, 2025 \u00b7 Workshop No.: CMW25-07 \u00b7 3.0 P.A.C.E.\u00ae contact hours",
              y - 8, "DejaVuSans", 10.5, W)
    st = ParagraphStyle("s", fontName="DejaVuSans", fontSize=8, leading=10.5, textColor=colors.HexColor("#333"))
    rl_para(c, "ASM is approved as a provider of continuing education programs in the clinical laboratory sciences "
               "by the ASCLS P.A.C.E.\u00ae Program. This workshop is approved for 3.0 P.A.C.E.\u00ae contact hours "
               "at the intermediate level. Registration ID: R-2025-118764.", 80, 150, W - 160, st)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.7)
    c.line(80, 80, 290, 80)
    c.line(W - 290, 80, W - 80, 80)
    c.setFont("DejaVuSans", 9)
    c.drawString(80, 67, "Julianne F. Marchetti, PhD, D(ABMM)")
    c.drawString(80, 56, "Workshop Director")
    c.drawString(W - 290, 67, "Desmond K. Achterberg, MBA")
    c.drawString(W - 290, 56, "Director, Professional Development")
    c.showPage()
    c.save()


@cert("p30", style="lms-vendor-badge", producer="reportlab",
      layout=["portrait", "badge", "score", "two-column-form"],
      notes="Vendor learning hub badge with score; badge expiry date distractor; provider is the vendor company and its customer education unit.",
      name="Ravi Subramaniam",
      title="Lumina NX Sample-to-Answer Platform: Super-User Certification Program",
      date="2026-01-16", credits=4.0, unit="contact hour",
      provider=["Lumina Molecular, Inc.", "Lumina Molecular, Inc., Customer Education"],
      activity_id="LNX-SU-400")
def p30(cid):
    import math
    W, H = letter
    c = _rlcanvas.Canvas(out(cid), pagesize=letter)
    orange = colors.HexColor("#e07a1f")
    dark = colors.HexColor("#262b33")
    c.setFillColor(dark)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, H - 42, "Lumina Molecular, Inc.")
    c.setFont("Helvetica", 10)
    c.drawRightString(W - 40, H - 42, "Customer Education  |  Learning Hub")
    # badge (octagon)
    cx, cy, r = W / 2, H - 200, 80
    p = c.beginPath()
    for i in range(8):
        a = math.pi / 8 + i * math.pi / 4
        (p.moveTo if i == 0 else p.lineTo)(cx + r * math.cos(a), cy + r * math.sin(a))
    p.close()
    c.setFillColor(orange)
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(cx, cy + 16, "SUPER-USER")
    c.setFont("Helvetica", 10)
    c.drawCentredString(cx, cy - 2, "LUMINA NX")
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(cx, cy - 26, "Score 96%")
    c.setFillColor(dark)
    rl_center(c, "Badge earned", H - 310, "Helvetica", 12, W)
    rl_center(c, "Ravi Subramaniam", H - 340, "Helvetica-Bold", 24, W)
    y = rl_wrap_center(c, "Lumina NX Sample-to-Answer Platform: Super-User Certification Program",
                       H - 375, "Helvetica", 15, 420, W, lead=19)
    y -= 20
    rows = [("Course ID", "LNX-SU-400"), ("Completed on", "January 16, 2026"),
            ("Assessment score", "96% (pass mark 85%)"),
            ("Continuing education", "4.0 P.A.C.E.\u00ae contact hours"),
            ("Badge valid through", "January 16, 2027"), ("Learner ID", "LH-339021")]
    for l, v in rows:
        c.setFont("Helvetica", 10.5)
        c.setFillColor(colors.HexColor("#6b7280"))
        c.drawRightString(W / 2 - 10, y, l)
        c.setFillColor(dark)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(W / 2 + 10, y, v)
        y -= 17
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11, textColor=colors.HexColor("#444"))
    rl_para(c, "Lumina Molecular, Inc. is approved as a provider of continuing education programs in the clinical "
               "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Super-User status requires recertification "
               "every 12 months; continuing education credit is awarded once per course.", 60, 120, W - 120, st)
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#888"))
    c.drawCentredString(W / 2, 40, "Verify this badge at learn.luminamolecular.example/verify  \u2022  Badge no. B-7Q4-22X9")
    c.showPage()
    c.save()


@cert("p40", style="state-society-meeting", producer="reportlab",
      layout=["portrait", "two-page", "centred-award", "all-caps-name", "session-transcript-page2"],
      notes="One-day society seminar; series name before the colon is part of the title; page 2 lists sessions and the P.A.C.E. statement; event number is the activity id; member number distractor.",
      name="MARIA-JOSÉ P. ALVARENGA",
      title="Fall Seminar 2025: Hemostasis and Thrombosis Update",
      date="2025-10-18", credits=6.0, unit="contact hour",
      provider=["Delaware Valley Society for Clinical Laboratory Science", "DVSCLS"],
      activity_id="DV-FS25")
def p40(cid):
    W, H = letter
    c = _rlcanvas.Canvas(out(cid), pagesize=letter)
    maroon = colors.HexColor("#6d1a36")
    c.setStrokeColor(maroon)
    c.setLineWidth(2.5)
    c.roundRect(30, 30, W - 60, H - 60, 14)
    c.setFillColor(maroon)
    rl_center(c, "DELAWARE VALLEY SOCIETY FOR", H - 95, "Times-Bold", 16, W, charspace=1.5)
    rl_center(c, "CLINICAL LABORATORY SCIENCE", H - 117, "Times-Bold", 16, W, charspace=1.5)
    rl_center(c, "DVSCLS", H - 137, "Helvetica", 10, W, charspace=4)
    c.setFillColor(colors.black)
    rl_center(c, "Continuing Education Certificate", H - 200, "Times-Italic", 24, W)
    rl_center(c, "awarded to", H - 240, "Times-Roman", 12, W)
    rl_center(c, "MARIA-JOSÉ P. ALVARENGA", H - 275, "Times-Bold", 22, W)
    rl_center(c, "for attendance at", H - 310, "Times-Roman", 12, W)
    rl_center(c, "Fall Seminar 2025: Hemostasis and Thrombosis Update", H - 340, "Times-Bold", 17, W)
    rl_center(c, "Saturday, October 18, 2025", H - 364, "Times-Roman", 12, W)
    rl_center(c, "Conshohocken Conference Center, Conshohocken, Pennsylvania", H - 380, "Times-Roman", 10.5, W)
    c.setFont("Helvetica-Bold", 13)
    rl_center(c, "6.0 P.A.C.E.\u00ae contact hours", H - 425, "Helvetica-Bold", 13, W)
    c.setFont("Helvetica", 10)
    rl_center(c, "Event No. DV-FS25    \u2022    Member No. 30-1142", H - 447, "Helvetica", 10, W)
    rl_center(c, "Session detail and accreditation statement on page 2.", H - 470, "Helvetica-Oblique", 9, W)
    c.line(90, 150, 270, 150)
    c.line(W - 270, 150, W - 90, 150)
    c.setFont("Times-Roman", 10)
    c.drawString(90, 137, "Beatrice L. Kaminski, MLS(ASCP)")
    c.drawString(90, 125, "Seminar Chair")
    c.drawString(W - 270, 137, "Nathaniel O. Forde, MS, MLS(ASCP)")
    c.drawString(W - 270, 125, "President, DVSCLS")
    c.showPage()
    # page 2
    c.setFont("Times-Bold", 15)
    c.drawString(60, H - 70, "Attendance Transcript")
    c.setFont("Times-Roman", 11)
    c.drawString(60, H - 90, "Attendee: MARIA-JOSÉ P. ALVARENGA    Event No. DV-FS25    October 18, 2025")
    data = [["Time", "Session", "Speaker", "Hours"],
            ["8:30", "Coagulation Cascade Revisited: A Cell-Based Model", "L. Ferraro, PhD", "1.0"],
            ["9:40", "Direct Oral Anticoagulants and Laboratory Testing", "K. Huang, PharmD", "1.0"],
            ["10:50", "Heparin-Induced Thrombocytopenia: Algorithms", "S. Oduya, MD", "1.0"],
            ["13:00", "Lupus Anticoagulant Testing in Practice", "P. Novak, MLS(ASCP)", "1.0"],
            ["14:10", "Viscoelastic Testing at the Point of Care", "R. Tamez, MD", "1.0"],
            ["15:20", "Case Studies in Bleeding Disorders", "Panel", "1.0"],
            ["", "Total P.A.C.E.\u00ae contact hours", "", "6.0"]]
    t = Table(data, colWidths=[45, 260, 120, 50])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
                           ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                           ("FONT", (0, -1), (-1, -1), "Times-Bold", 10),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, maroon),
                           ("LINEABOVE", (0, -1), (-1, -1), 1, maroon),
                           ("ALIGN", (3, 0), (3, -1), "RIGHT")]))
    _, th = t.wrap(0, 0)
    t.drawOn(c, 60, H - 120 - th)
    st = ParagraphStyle("s", fontName="Times-Roman", fontSize=10, leading=13)
    rl_para(c, "The Delaware Valley Society for Clinical Laboratory Science is approved as a provider of continuing "
               "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. "
               "This seminar is approved for 6.0 contact hours at the intermediate level. Certificates are issued "
               "only to attendees who signed in and out of every session.", 60, H - 150 - th, W - 120, st)
    c.setFont("Times-Italic", 8.5)
    c.drawString(60, 50, "Printed November 3, 2025")
    c.showPage()
    c.save()


# ---- AcroForm templates filled and flattened with qpdf -------------------

def rl_field(form, name, value, x, y, w, h, font="Helvetica", size=11, color=colors.black, bg=None):
    form.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName=font,
                   fontSize=size, borderWidth=0, fillColor=bg, borderColor=None,
                   textColor=color, forceBorder=False)


@cert("p07", style="medialab", producer="reportlab-acroform+qpdf",
      layout=["portrait", "acroform-flattened", "two-column-form", "state-license-credit"],
      notes="MediaLab course certificate filled as AcroForm fields and flattened; CE Broker tracking number and order number distractors; Florida hours repeat the figure.",
      name="Carla D. Ferreira",
      title="Blood Bank Antibody Identification: Warm Autoantibodies and Adsorption Techniques",
      date="2026-02-20", credits=2.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"],
      activity_id="ML-BB-318")
def p07(cid):
    W, H = letter
    raw = os.path.join(TMP, cid + "_form.pdf")
    c = _rlcanvas.Canvas(raw, pagesize=letter)
    blue = colors.HexColor("#1f4e9c")
    c.setFillColor(blue)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(54, H - 70, "MediaLab, Inc.")
    c.setFont("Helvetica", 10)
    c.setFillColor(colors.HexColor("#555"))
    c.drawString(54, H - 86, "Online Continuing Education for the Clinical Laboratory")
    c.setStrokeColor(blue)
    c.setLineWidth(2)
    c.line(54, H - 96, W - 54, H - 96)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(54, H - 140, "Continuing Education Certificate")
    labels = [("Participant", H - 185), ("Course", H - 215), ("", H - 233), ("Course Code", H - 263),
              ("Date Completed", H - 288), ("P.A.C.E.\u00ae Credit", H - 313), ("Level", H - 338),
              ("Florida Credit", H - 363), ("CE Broker Tracking #", H - 388), ("Order No.", H - 413)]
    c.setFont("Helvetica-Bold", 10)
    for l, y in labels:
        c.drawString(54, y, l)
    f = c.acroForm
    vals = [("participant", "Carla D. Ferreira", 13),
            ("course1", "Blood Bank Antibody Identification: Warm Autoantibodies", 11),
            ("course2", "and Adsorption Techniques", 11),
            ("code", "ML-BB-318", 11), ("done", "February 20, 2026", 11),
            ("pace", "2.0 contact hours", 11), ("level", "Intermediate", 11),
            ("fl", "2.0 hours, Immunohematology", 11), ("cebroker", "20-771345", 11),
            ("order", "ORD-4480192", 11)]
    for (n, v, s), (_, y) in zip(vals, labels):
        rl_field(f, n, v, 190, y - 5, W - 244, 18, size=s)
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    rl_para(c, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory "
               "sciences by the ASCLS P.A.C.E.\u00ae Program. MediaLab is also an approved provider of continuing "
               "education for Florida clinical laboratory personnel licensure. Keep this certificate for at least "
               "four years.", 54, H - 440, W - 108, st)
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(54, 110, "Signed electronically by Continuing Education Department, MediaLab, Inc.")
    c.drawString(54, 96, "Certificate printed 02/21/2026")
    c.showPage()
    c.save()
    qpdf_flatten(raw, cid)


@cert("p20", style="regional-conference", producer="reportlab-acroform+qpdf",
      layout=["landscape", "acroform-flattened", "daily-hours", "claimed-vs-maximum", "attendance-form"],
      notes="Attendee-completed attendance verification form (fields flattened); claimed 12.0 of 15.0; conference code is the activity id; badge number distractor.",
      name="Owen J. Prescott-Wynn",
      title="Cascadia Regional Laboratory Conference 2025",
      date="2025-10-10", credits=12.0, unit="contact hour",
      provider=["Cascadia Society for Clinical Laboratory Science", "CSCLS"],
      activity_id="CRLC25")
def p20(cid):
    W, H = landscape(letter)
    raw = os.path.join(TMP, cid + "_form.pdf")
    c = _rlcanvas.Canvas(raw, pagesize=(W, H))
    fir = colors.HexColor("#2f5d50")
    c.setFillColor(fir)
    c.rect(0, H - 90, W, 90, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, H - 45, "Cascadia Regional Laboratory Conference 2025")
    c.setFont("Helvetica", 11)
    c.drawString(40, H - 66, "Cascadia Society for Clinical Laboratory Science (CSCLS)  \u2022  October 8\u201310, 2025  \u2022  Tacoma, Washington")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, H - 125, "Certificate of Attendance and CE Verification")
    c.setFont("Helvetica", 10)
    c.drawString(40, H - 143, "Complete the hours you attended each day. Claim only time actually spent in accredited sessions.")
    f = c.acroForm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, H - 180, "Attendee name:")
    rl_field(f, "name", "Owen J. Prescott-Wynn", 140, H - 186, 260, 18, size=12)
    c.drawString(430, H - 180, "Badge no.:")
    rl_field(f, "badge", "0417", 500, H - 186, 80, 18)
    c.drawString(600, H - 180, "Conference Code:")
    c.setFont("Helvetica", 10)
    c.drawString(700, H - 180, "CRLC25")
    c.setStrokeColor(colors.grey)
    c.line(140, H - 188, 400, H - 188)
    # table
    top = H - 220
    xs = [40, 260, 420, 580]
    heads = ["Conference day", "Maximum available", "Hours claimed", "Attendee initials"]
    c.setFillColor(colors.HexColor("#e5efe9"))
    c.rect(40, top - 6, 700, 22, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 10)
    for x, hd in zip(xs, heads):
        c.drawString(x + 4, top, hd)
    days = [("Wednesday, October 8, 2025", "5.0", "4.0", "OJP"),
            ("Thursday, October 9, 2025", "6.0", "5.5", "OJP"),
            ("Friday, October 10, 2025", "4.0", "2.5", "OJP")]
    y = top - 28
    for i, (d, mx, cl, ini) in enumerate(days):
        c.setFont("Helvetica", 10)
        c.drawString(44, y, d)
        c.drawString(424, y, "") 
        c.drawString(264, y, mx)
        rl_field(f, "cl%d" % i, cl, 420, y - 5, 80, 17)
        rl_field(f, "in%d" % i, ini, 580, y - 5, 80, 17)
        c.line(40, y - 7, 740, y - 7)
        y -= 26
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(44, y, "Total P.A.C.E.\u00ae contact hours")
    c.drawString(264, y, "15.0")
    rl_field(f, "total", "12.0", 420, y - 5, 80, 17, font="Helvetica-Bold")
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    rl_para(c, "The Cascadia Society for Clinical Laboratory Science is approved as a provider of continuing education "
               "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This form is your "
               "certificate once the hours are entered and the education chair has signed below.", 40, y - 30, 700, st)
    c.line(40, 70, 260, 70)
    c.setFont("Helvetica", 9)
    c.drawString(40, 58, "Leona R. Sakamoto-Birch, MLS(ASCP)")
    c.drawString(40, 47, "CSCLS Education Chair")
    c.drawString(520, 58, "Form completed: October 10, 2025   Signed: October 24, 2025")
    c.showPage()
    c.save()
    qpdf_flatten(raw, cid)


@cert("p38", style="hospital-inservice", producer="reportlab-acroform+qpdf",
      layout=["portrait", "acroform-flattened", "labels-above-values", "signature-block"],
      notes="Children's hospital laboratory in-service; fields flattened; employee number and competency due date distractors; in-service number is the activity id.",
      name="Keisha L. Montgomery-Price",
      title="Pediatric Phlebotomy: Minimizing Iatrogenic Blood Loss and Patient Identification Safety",
      date="2026-03-25", credits=1.0, unit="contact hour",
      provider=["Northgate Children's Hospital",
                "Northgate Children's Hospital, Department of Pathology and Laboratory Medicine"],
      activity_id="NCH-IS-2611")
def p38(cid):
    W, H = letter
    raw = os.path.join(TMP, cid + "_form.pdf")
    c = _rlcanvas.Canvas(raw, pagesize=letter)
    c.setStrokeColor(colors.HexColor("#4b8bbe"))
    c.setLineWidth(1.5)
    c.rect(36, 36, W - 72, H - 72)
    c.setFillColor(colors.HexColor("#4b8bbe"))
    c.circle(80, H - 85, 22, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(80, H - 90, "NCH")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(115, H - 80, "Northgate Children's Hospital")
    c.setFont("Helvetica", 10)
    c.drawString(115, H - 96, "Department of Pathology and Laboratory Medicine")
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(W / 2, H - 150, "LABORATORY IN-SERVICE EDUCATION \u2013 CERTIFICATE OF ATTENDANCE")
    f = c.acroForm

    def lab(t, x, y):
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555"))
        c.drawString(x, y, t)
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor("#aaa"))
        c.setLineWidth(0.5)
    lab("ATTENDEE NAME", 70, H - 195)
    rl_field(f, "att", "Keisha L. Montgomery-Price", 70, H - 220, 280, 20, size=14)
    lab("EMPLOYEE NO.", 380, H - 195)
    rl_field(f, "emp", "E-220781", 380, H - 220, 150, 20, size=12)
    lab("IN-SERVICE TOPIC", 70, H - 250)
    rl_field(f, "t1", "Pediatric Phlebotomy: Minimizing Iatrogenic Blood Loss and", 70, H - 274, 470, 19, size=12)
    rl_field(f, "t2", "Patient Identification Safety", 70, H - 292, 470, 19, size=12)
    lab("IN-SERVICE NO.", 70, H - 322)
    rl_field(f, "num", "NCH-IS-2611", 70, H - 346, 140, 20, size=12)
    lab("DATE PRESENTED", 230, H - 322)
    rl_field(f, "dt", "03/25/2026", 230, H - 346, 130, 20, size=12)
    lab("CONTACT HOURS", 380, H - 322)
    rl_field(f, "ch", "1.0 (P.A.C.E.\u00ae)", 380, H - 346, 150, 20, size=12)
    lab("PRESENTER", 70, H - 376)
    rl_field(f, "pres", "Gretchen A. Lindholm, MT(ASCP), Phlebotomy Supervisor", 70, H - 400, 470, 20, size=11)
    lab("COMPETENCY RE-ASSESSMENT DUE", 70, H - 430)
    rl_field(f, "due", "03/25/2027", 70, H - 454, 140, 20, size=12)
    st = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=11)
    rl_para(c, "Northgate Children's Hospital is approved as a provider of continuing education programs in the "
               "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. One contact hour is awarded for "
               "attendance at the complete in-service, including the hands-on station.", 70, H - 490, W - 140, st)
    c.setStrokeColor(colors.black)
    c.line(70, 130, 270, 130)
    c.line(W - 270, 130, W - 70, 130)
    c.setFont("Helvetica", 9)
    c.drawString(70, 118, "Education Coordinator")
    c.drawString(70, 107, "Rosalyn M. Petrakis, MLS(ASCP)")
    c.drawString(W - 270, 118, "Laboratory Medical Director")
    c.drawString(W - 270, 107, "Ahmed S. Qureshi, MD")
    c.showPage()
    c.save()
    qpdf_flatten(raw, cid)


@cert("p39", style="public-health-lab", producer="reportlab-acroform+qpdf",
      layout=["landscape", "acroform-flattened", "centred-award", "expiry-date"],
      notes="Public health laboratory shipping training; retraining/expiry date and certificate number distractors; course number is the activity id.",
      name="Dmitri A. Volkov",
      title="Packaging and Shipping of Division 6.2 Infectious Substances and Category B Biological Substances",
      date="2026-04-15", credits=3.0, unit="contact hour",
      provider=["Northern Plains Public Health Laboratory", "NPPHL"],
      activity_id="NPPHL-PS-62")
def p39(cid):
    W, H = landscape(letter)
    raw = os.path.join(TMP, cid + "_form.pdf")
    c = _rlcanvas.Canvas(raw, pagesize=(W, H))
    gold = colors.HexColor("#9a7b2f")
    c.setStrokeColor(gold)
    c.setLineWidth(3)
    c.rect(28, 28, W - 56, H - 56)
    c.setLineWidth(0.75)
    c.rect(38, 38, W - 76, H - 76)
    c.setFillColor(colors.HexColor("#2b3a4a"))
    rl_center(c, "Northern Plains Public Health Laboratory", H - 85, "Times-Bold", 22, W)
    rl_center(c, "NPPHL \u2022 Laboratory Preparedness and Training", H - 105, "Times-Roman", 11, W)
    rl_center(c, "Certificate of Training", H - 155, "Times-BoldItalic", 30, W)
    rl_center(c, "This certifies that", H - 190, "Times-Roman", 12, W)
    f = c.acroForm

    def cfld(form, name, value, y, h, font, size):  # centred white field
        sw = pdfmetrics.stringWidth(value, font, size) + 8
        rl_field(form, name, value, (W - sw) / 2, y, sw, h, font=font, size=size, bg=colors.white)
    cfld(f, "nm", "Dmitri A. Volkov", H - 232, 28, "Times-Bold", 22)
    rl_center(c, "has completed the training course", H - 258, "Times-Roman", 12, W)
    cfld(f, "c1", "Packaging and Shipping of Division 6.2 Infectious Substances", H - 292, 22, "Times-Bold", 16)
    cfld(f, "c2", "and Category B Biological Substances", H - 314, 22, "Times-Bold", 16)
    c.setFont("Times-Roman", 11)
    y = H - 350
    pairs = [("Course No.", "NPPHL-PS-62"), ("Training completed", "April 15, 2026"),
             ("Continuing education", "3.0 contact hours (ASCLS P.A.C.E.\u00ae)"),
             ("Retraining due by", "April 15, 2028"), ("Certificate No.", "NP-26-00912")]
    for i, (l, v) in enumerate(pairs):
        c.setFont("Times-Bold", 11)
        c.drawRightString(W / 2 - 8, y, l + ":")
        rl_field(f, "v%d" % i, v, W / 2 + 4, y - 5, 320, 17, font="Times-Roman", size=11, bg=colors.white)
        y -= 18
    st = ParagraphStyle("s", fontName="Times-Roman", fontSize=8.5, leading=10.5, alignment=1)
    rl_para(c, "The Northern Plains Public Health Laboratory is approved as a provider of continuing education programs "
               "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Shipper training must be "
               "repeated at least every 24 months (IATA) or 36 months (DOT).", 90, 150, W - 180, st)
    c.setFillColor(colors.black)
    c.line(90, 80, 300, 80)
    c.line(W - 300, 80, W - 90, 80)
    c.setFont("Times-Roman", 9.5)
    c.drawString(90, 68, "Sigrid E. Halvorsen, PhD, HCLD(ABB)")
    c.drawString(90, 57, "Laboratory Director")
    c.drawString(W - 300, 68, "Tobias N. Redcloud, MPH")
    c.drawString(W - 300, 57, "Preparedness Training Coordinator")
    c.showPage()
    c.save()
    qpdf_flatten(raw, cid)



# =====================================================================
#  PYTHON-DOCX -> LibreOffice (soffice --convert-to pdf)
# =====================================================================
from docx import Document as _Document
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def dx_doc(land=False, margin=0.75, font="Liberation Serif", size=11):
    d = _Document()
    sec = d.sections[0]
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    else:
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Inches(margin))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return d


def dx_run(p, text, size=None, bold=False, italic=False, font=None, color=None, caps=False, spacing=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if spacing:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))  # points -> twentieths
        rpr.append(sp)
    return r


def dx_p(container, text="", align="left", before=0, after=4, **fmt):
    p = container.add_paragraph()
    p.alignment = _ALIGN[align]
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if text:
        dx_run(p, text, **fmt)
    return p


def dx_shade(cell, hexcol):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def dx_borders(table, sz=4, color="999999", inside=True):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement("w:" + e)
        if e in edges and sz:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def dx_cell(cell, text, **fmt):
    cell.paragraphs[0].text = ""
    p = cell.paragraphs[0]
    align = fmt.pop("align", "left")
    p.alignment = _ALIGN[align]
    dx_run(p, text, **fmt)
    return p


def dx_widths(table, widths):
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = Inches(w)
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Inches(w)


def dx_page_border(d, color="7A1F2B", sz=18, space=18, val="double"):
    sectPr = d.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for e in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), str(space))
        el.set(qn("w:color"), color)
        pb.append(el)
    sectPr.append(pb)


def dx_save(cid, d):
    p = srcp(cid + ".docx")
    d.save(p)
    soffice_pdf(cid, p)


@cert("p03", style="aabb", producer="soffice-docx",
      layout=["portrait", "two-page", "centred-award", "format-line", "accreditation-page2", "page-border"],
      notes="AABB eCast; 'eCast' is a format line; original broadcast date and registration number are distractors; page 2 carries accreditation statements.",
      name="Priya Venkataraman-Holt",
      title="Patient Blood Management in the Perioperative Setting: Building a Program That Lasts",
      date="2026-02-11", credits=1.5, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"],
      activity_id="26EL-112")
def p03(cid):
    d = dx_doc(margin=0.9, font="Liberation Sans")
    dx_page_border(d, color="C8102E", sz=12, val="single")
    dx_p(d, "AABB", "center", after=0, size=34, bold=True, color="C8102E")
    dx_p(d, "Association for the Advancement of Blood & Biotherapies", "center", after=30, size=11, color="444444")
    dx_p(d, "CERTIFICATE OF COMPLETION", "center", after=24, size=20, bold=True, spacing=2)
    dx_p(d, "This is to certify that", "center", after=8, size=12, italic=True)
    dx_p(d, "Priya Venkataraman-Holt", "center", after=10, size=24, font="Liberation Serif", bold=True)
    dx_p(d, "has completed the AABB educational program", "center", after=14, size=12)
    dx_p(d, "eCast", "center", after=2, size=11, italic=True, color="C8102E")
    dx_p(d, "Patient Blood Management in the Perioperative Setting: Building a Program That Lasts",
         "center", after=26, size=16, bold=True)
    t = d.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for l, v in [("Program No.", "26EL-112"), ("Original broadcast", "January 28, 2026"),
                 ("Completed on", "February 11, 2026"), ("Registration No.", "7741-2290-01"),
                 ("Credit awarded", "1.5 P.A.C.E.® contact hours"),
                 ("", "1.5 AMA PRA Category 1 Credits™"), ("", "1.5 nursing contact hours (CNE)")]:
        r = t.add_row().cells
        dx_cell(r[0], l, bold=True, size=10.5)
        dx_cell(r[1], v, size=10.5)
    dx_widths(t, [2.0, 3.4])
    dx_p(d, "Accreditation information appears on page 2 of this certificate.", "center", before=22, after=40,
         size=9, italic=True, color="555555")
    dx_p(d, "______________________________", "center", after=0, size=10)
    dx_p(d, "Dolores W. Fairbanks, MS, MT(ASCP)SBB", "center", after=0, size=10)
    dx_p(d, "Director, Education Programs, AABB", "center", after=0, size=10)
    p = d.paragraphs[-1]
    p.add_run().add_break(WD_BREAK.PAGE)
    dx_p(d, "Accreditation Statements", "left", after=10, size=15, bold=True, color="C8102E")
    stm = [
        ("Laboratory professionals", "AABB is approved as a provider of continuing education programs in the clinical laboratory "
         "sciences by the ASCLS P.A.C.E.® Program. This eCast is approved for 1.5 contact hours."),
        ("Joint accreditation", "In support of improving patient care, AABB is jointly accredited by the Accreditation Council "
         "for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the "
         "American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team."),
        ("Physicians", "AABB designates this enduring material for a maximum of 1.5 AMA PRA Category 1 Credits™. "
         "Physicians should claim only the credit commensurate with the extent of their participation in the activity."),
        ("Nurses", "This activity is approved for 1.5 nursing contact hours."),
        ("California", "AABB is approved by the California Department of Public Health as a provider of continuing "
         "education for clinical laboratory scientists; CDPH accrediting agency no. 0012."),
    ]
    for h, txt in stm:
        dx_p(d, h, "left", before=8, after=2, size=11, bold=True)
        dx_p(d, txt, "justify", after=4, size=10)
    dx_p(d, "Registration No. 7741-2290-01 · Certificate printed February 12, 2026", "left", before=30, size=8.5, color="777777")
    dx_save(cid, d)


@cert("p09", style="hospital-inservice", producer="soffice-docx",
      layout=["portrait", "grid-form", "suffix-name", "signature-block"],
      notes="Hospital laboratory in-service form; competency due date and employee number distractors; 'Date' and 'Program' in the title.",
      name="Julian A. Reyes Jr.",
      title="Point-of-Care Glucose Meter Competency and Date/Time Documentation Program",
      date="2026-03-10", credits=0.5, unit="contact hour",
      provider=["St. Aurelian Health System",
                "St. Aurelian Health System, Department of Pathology and Laboratory Medicine"],
      activity_id="IS-26-044")
def p09(cid):
    d = dx_doc(margin=0.8, font="Liberation Sans", size=10.5)
    dx_p(d, "St. Aurelian Health System", "left", after=0, size=18, bold=True, color="2E4A7D")
    dx_p(d, "Department of Pathology and Laboratory Medicine", "left", after=2, size=11, color="2E4A7D")
    dx_p(d, "Laboratory Education & Competency Program", "left", after=18, size=9, color="777777")
    dx_p(d, "IN-SERVICE ATTENDANCE CERTIFICATE", "center", after=14, size=15, bold=True)
    t = d.add_table(rows=8, cols=4)
    dx_borders(t, sz=6, color="8899AA")
    rows = [
        ("Employee", "Julian A. Reyes Jr.", "Employee #", "118204"),
        ("Position", "Point-of-Care Testing Specialist", "Unit", "POCT / Nursing Liaison"),
        ("Topic", "Point-of-Care Glucose Meter Competency and Date/Time Documentation Program", None, None),
        ("In-Service #", "IS-26-044", "Date held", "03/10/2026"),
        ("Duration", "30 minutes", "Contact hours", "0.5"),
        ("Format", "Live, hands-on with observed testing", "Location", "Main Campus, Lab Conf. Rm B3"),
        ("Presenter", "Colette N. Marchand, MLS(ASCP)", "Competency due", "03/10/2027"),
        ("Result", "Competency demonstrated", "Sign-in verified", "Yes"),
    ]
    for ri, row in enumerate(rows):
        cells = t.rows[ri].cells
        if row[2] is None:
            m = cells[1].merge(cells[3])
            dx_cell(cells[0], row[0], bold=True, size=9.5)
            dx_cell(m, row[1], size=10.5, bold=True)
        else:
            dx_cell(cells[0], row[0], bold=True, size=9.5)
            dx_cell(cells[1], row[1], size=10.5)
            dx_cell(cells[2], row[2], bold=True, size=9.5)
            dx_cell(cells[3], row[3], size=10.5)
        dx_shade(cells[0], "E6ECF5")
        if row[2] is not None:
            dx_shade(cells[2], "E6ECF5")
    dx_widths(t, [1.2, 2.6, 1.3, 1.8])
    dx_p(d, "St. Aurelian Health System is approved as a provider of continuing education programs in the clinical "
         "laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded only for complete attendance "
         "and a successful observed test on the glucose meter.", "justify", before=16, after=30, size=9)
    s = d.add_table(rows=3, cols=2)
    dx_cell(s.rows[0].cells[0], "_____________________________", size=10)
    dx_cell(s.rows[0].cells[1], "_____________________________", size=10)
    dx_cell(s.rows[1].cells[0], "Colette N. Marchand, MLS(ASCP)", size=9.5)
    dx_cell(s.rows[1].cells[1], "Winston H. Abernathy, MD", size=9.5)
    dx_cell(s.rows[2].cells[0], "POCT Coordinator", size=9.5)
    dx_cell(s.rows[2].cells[1], "Medical Director, Laboratory Services", size=9.5)
    dx_p(d, "Form LAB-ED-07 rev. 11/2025 · Retain in employee competency file", "left", before=40, size=8, color="888888")
    dx_save(cid, d)


@cert("p16", style="lms-cornerstone", producer="soffice-docx",
      layout=["landscape", "labels-above-values", "lms-completion", "wrapped-title"],
      notes="Cornerstone-like training completion certificate; registered/printed dates and user ID distractors; labels printed above values; LMS brand not provider.",
      name="Beatrix N. Oyelaran",
      title="Delta Checks, Critical Values and Result Reporting: Communication Program for Laboratory Staff",
      date="2026-03-27", credits=0.75, unit="contact hour",
      provider=["Summit Peaks Healthcare", "Summit Peaks Healthcare, Laboratory Services Education"],
      activity_id="LO-77812")
def p16(cid):
    d = dx_doc(land=True, margin=0.7, font="DejaVu Sans", size=10)
    hdr = d.add_table(rows=1, cols=2)
    dx_cell(hdr.rows[0].cells[0], "Summit Peaks Healthcare", size=18, bold=True, color="FFFFFF")
    hp = hdr.rows[0].cells[0].add_paragraph()
    dx_run(hp, "Laboratory Services Education", size=10, color="DDE7F0")
    dx_cell(hdr.rows[0].cells[1], "Training Completion Certificate", size=13, color="FFFFFF", align="right")
    for c_ in hdr.rows[0].cells:
        dx_shade(c_, "3E5C76")
    dx_widths(hdr, [5.6, 4.0])
    dx_p(d, "", after=14)
    dx_p(d, "LEARNER", after=0, size=7.5, color="6B7785", spacing=1)
    dx_p(d, "Beatrix N. Oyelaran", after=12, size=20)
    dx_p(d, "TRAINING TITLE", after=0, size=7.5, color="6B7785", spacing=1)
    dx_p(d, "Delta Checks, Critical Values and Result Reporting: Communication Program for Laboratory Staff",
         after=16, size=14, bold=True)
    t = d.add_table(rows=2, cols=6)
    labs = ["TRAINING ID", "TRAINING TYPE", "REGISTERED", "COMPLETED", "STATUS", "CREDIT"]
    vals = ["LO-77812", "Online Course", "03/20/2026", "03/27/2026", "Completed", "0.75 contact hours"]
    for i, (l, v) in enumerate(zip(labs, vals)):
        dx_cell(t.rows[0].cells[i], l, size=7.5, color="6B7785")
        dx_cell(t.rows[1].cells[i], v, size=10.5)
    dx_widths(t, [1.4, 1.5, 1.35, 1.35, 1.3, 2.6])
    dx_p(d, "", after=10)
    t2 = d.add_table(rows=2, cols=3)
    for i, (l, v) in enumerate([("USER ID", "sph\\boyelaran"), ("COST CENTER", "7310 – Core Lab"),
                                ("CREDIT TYPE", "ASCLS P.A.C.E.® (basic level)")]):
        dx_cell(t2.rows[0].cells[i], l, size=7.5, color="6B7785")
        dx_cell(t2.rows[1].cells[i], v, size=10.5)
    dx_widths(t2, [2.8, 2.8, 4.0])
    dx_p(d, "Summit Peaks Healthcare is approved as a provider of continuing education programs in the clinical "
         "laboratory sciences by the ASCLS P.A.C.E.® Program. This certificate is generated from the learner's "
         "official training transcript.", "left", before=22, after=0, size=8.5, color="444444")
    dx_p(d, "Printed 04/01/2026 · Keystone Talent Suite", "right", before=30, size=8, color="8A94A0")
    dx_save(cid, d)


@cert("p22", style="amt", producer="soffice-docx",
      layout=["portrait", "centred-award", "format-line", "page-border", "credentials-after-name"],
      notes="AMT self-study; 'Self-Study' is a format line; member ID and issue date are distractors; unit is CE hour.",
      name="Kwame Asante-Boateng",
      title="Ethics and Professionalism in the Clinical Laboratory",
      date="2026-01-30", credits=1.0, unit="CE hour",
      provider=["American Medical Technologists", "AMT"],
      activity_id="AMT-ETH-0126")
def p22(cid):
    d = dx_doc(margin=1.0, font="P052", size=11)
    dx_page_border(d, color="1C4E80", sz=24, val="thinThickSmallGap")
    dx_p(d, "AMERICAN MEDICAL TECHNOLOGISTS", "center", before=10, after=2, size=18, bold=True, color="1C4E80", spacing=1.5)
    dx_p(d, "AMT · Certification Continuation Program", "center", after=36, size=10, color="555555")
    dx_p(d, "Certificate of Continuing Education", "center", after=26, size=24, italic=True)
    dx_p(d, "Awarded to", "center", after=6, size=11)
    dx_p(d, "Kwame Asante-Boateng, MLT(AMT)", "center", after=4, size=22, bold=True)
    dx_p(d, "Member ID 2001873", "center", after=20, size=9, color="666666")
    dx_p(d, "in recognition of successful completion of", "center", after=10, size=11)
    dx_p(d, "Self-Study", "center", after=2, size=10, bold=True, color="1C4E80", caps=True, spacing=2)
    dx_p(d, "Ethics and Professionalism in the Clinical Laboratory", "center", after=20, size=17, bold=True)
    dx_p(d, "Course ID: AMT-ETH-0126", "center", after=2, size=11)
    dx_p(d, "Date Completed: January 30, 2026", "center", after=2, size=11)
    dx_p(d, "Credit: 1.0 CE hour", "center", after=26, size=11, bold=True)
    dx_p(d, "This self-study activity has been approved by American Medical Technologists for 1.0 CE hour toward "
         "the AMT Certification Continuation Program (CCP). Post-test passed with a score of 9 of 10.",
         "center", after=40, size=9.5, italic=True)
    dx_p(d, "________________________________", "center", after=0, size=10)
    dx_p(d, "Miriam J. Castellano, MT(AMT), Director of Education", "center", after=16, size=10)
    dx_p(d, "Certificate issued 01/31/2026", "center", size=8.5, color="777777")
    dx_save(cid, d)


@cert("p29", style="lms-healthstream", producer="soffice-docx",
      layout=["landscape", "two-column-form", "lms-transcript-course-detail", "all-caps-name", "score"],
      notes="HealthStream-like course detail transcript; name typed in capitals; assigned/expiration/printed dates, version and user ID are distractors.",
      name="THEODORE J. BROUSSARD",
      title="Laboratory Information System Downtime Procedures: Manual Requisitions, Labeling and Result Reconciliation",
      date="2026-02-09", credits=0.5, unit="contact hour",
      provider=["Bayou Crescent Medical Center",
                "Bayou Crescent Medical Center, Laboratory Professional Development"],
      activity_id="BCMC-LIS-DT3")
def p29(cid):
    d = dx_doc(land=True, margin=0.6, font="Liberation Sans", size=10)
    hdr = d.add_table(rows=1, cols=2)
    dx_cell(hdr.rows[0].cells[0], "Bayou Crescent Medical Center", size=16, bold=True, color="FFFFFF")
    dx_run(hdr.rows[0].cells[0].add_paragraph(), "Laboratory Professional Development", size=10, color="FFFFFF")
    dx_cell(hdr.rows[0].cells[1], "TRANSCRIPT – COURSE DETAIL", size=12, bold=True, color="FFFFFF", align="right")
    for c_ in hdr.rows[0].cells:
        dx_shade(c_, "00736B")
    dx_widths(hdr, [6.0, 3.8])
    dx_p(d, "", after=10)
    dx_p(d, "THEODORE J. BROUSSARD", after=0, size=15, bold=True)
    dx_p(d, "User ID 5503318 · Clinical Laboratory Scientist · Blood Bank", after=12, size=9.5, color="555555")
    rows = [("Course Title", "Laboratory Information System Downtime Procedures: Manual Requisitions, Labeling and Result Reconciliation"),
            ("Course Code", "BCMC-LIS-DT3"), ("Version", "3.2"), ("Assigned Date", "01/26/2026"),
            ("Completion Date", "02/09/2026"), ("Expiration Date", "02/09/2027"),
            ("Status", "Complete"), ("Score", "100%"), ("Credit", "0.5 P.A.C.E.® contact hour")]
    t = d.add_table(rows=0, cols=2)
    dx_borders(t, sz=4, color="B7C9C7")
    for l, v in rows:
        r = t.add_row().cells
        dx_cell(r[0], l, bold=True, size=10)
        dx_shade(r[0], "E8F3F2")
        dx_cell(r[1], v, size=10.5)
    dx_widths(t, [2.0, 7.7])
    dx_p(d, "Bayou Crescent Medical Center is approved as a provider of continuing education programs in the clinical "
         "laboratory sciences by the ASCLS P.A.C.E.® Program.", before=14, after=0, size=9)
    dx_p(d, "Printed from LearnStream on 2/12/2026 at 7:15 AM", "right", before=24, size=8, color="888888")
    dx_save(cid, d)


@cert("p35", style="cap-joint", producer="soffice-docx",
      layout=["portrait", "centred-award", "seal-text", "joint-accreditation-statement"],
      notes="CAP inspector training; CE hours for laboratory professionals alongside AMA PRA; customer number and issue date distractors.",
      name="Hannah E. Whitcombe",
      title="Inspector Training: Checklist Essentials for Inspection Team Members",
      date="2026-01-21", credits=2.5, unit="CE hour",
      provider=["College of American Pathologists", "CAP"],
      activity_id="INSP-TM-26")
def p35(cid):
    d = dx_doc(margin=0.9, font="C059", size=11)
    dx_page_border(d, color="5B2333", sz=8, val="single", space=24)
    dx_p(d, "CAP", "center", after=0, size=30, bold=True, color="5B2333", font="Nimbus Sans")
    dx_p(d, "College of American Pathologists", "center", after=4, size=16, color="5B2333")
    dx_p(d, "Laboratory Accreditation Program · Inspector Education", "center", after=40, size=10, color="666666")
    dx_p(d, "This is to certify that", "center", after=10, size=12)
    dx_p(d, "Hannah E. Whitcombe, MLS(ASCP)SH", "center", after=14, size=22, italic=True)
    dx_p(d, "has completed the online course", "center", after=10, size=12)
    dx_p(d, "Inspector Training: Checklist Essentials for Inspection Team Members", "center", after=24, size=16, bold=True)
    t = d.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    dx_borders(t, sz=4, color="BBAAAA")
    for l, v in [("Course Code", "INSP-TM-26"), ("Date of Completion", "01/21/2026"),
                 ("Laboratory Professionals", "2.5 CE hours"),
                 ("Physicians", "2.5 AMA PRA Category 1 Credits™"), ("Customer #", "7731820")]:
        r = t.add_row().cells
        dx_cell(r[0], l, bold=True, size=10.5)
        dx_cell(r[1], v, size=10.5)
    dx_widths(t, [2.3, 3.0])
    dx_p(d, "In support of improving patient care, the College of American Pathologists is jointly accredited by the "
         "Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
         "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for "
         "the healthcare team. The CAP designates this enduring material for a maximum of 2.5 AMA PRA Category 1 "
         "Credits™. Physicians should claim only the credit commensurate with the extent of their participation in "
         "the activity. The CAP designates this educational activity for a maximum of 2.5 credits of continuing "
         "education; participants should only claim credit commensurate with the extent of their participation.",
         "justify", before=24, after=30, size=8.5)
    dx_p(d, "Certificate issued January 22, 2026", "center", after=0, size=9, color="666666")
    dx_save(cid, d)



# =====================================================================
#  FLAT ODT (hand-written XML) -> LibreOffice
# =====================================================================
_FO_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"')


class FO:
    """Tiny builder for flat ODT documents."""

    def __init__(self, width="8.5in", height="11in", margin="0.75in", border=None, padding="0.2in",
                 font="Liberation Serif", size="11pt"):
        self.fonts = set([font])
        self.font, self.size = font, size
        self.page = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" '
                     'fo:page-height="%s" style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" '
                     'fo:margin-left="%s" fo:margin-right="%s"%s/></style:page-layout>') % (
            width, height, "landscape" if float(width[:-2]) > float(height[:-2]) else "portrait",
            margin, margin, margin, margin,
            (' fo:border="%s" fo:padding="%s"' % (border, padding)) if border else "")
        self.styles = []
        self.body = []
        self.n = 0

    def _txtprops(self, size=None, bold=False, italic=False, color=None, font=None, spacing=None, upper=False):
        a = []
        if font:
            self.fonts.add(font)
            a.append('style:font-name="%s"' % font)
        if size:
            a.append('fo:font-size="%spt"' % size)
        if bold:
            a.append('fo:font-weight="bold"')
        if italic:
            a.append('fo:font-style="italic"')
        if color:
            a.append('fo:color="#%s"' % color)
        if spacing:
            a.append('fo:letter-spacing="%spt"' % spacing)
        if upper:
            a.append('fo:text-transform="uppercase"')
        return "<style:text-properties %s/>" % " ".join(a)

    def pstyle(self, align="start", before=0, after=4, brk=False, bg=None, border=None, pad=None, **tp):
        self.n += 1
        name = "P%d" % self.n
        pp = 'fo:text-align="%s" fo:margin-top="%spt" fo:margin-bottom="%spt"' % (align, before, after)
        if brk:
            pp += ' fo:break-before="page"'
        if bg:
            pp += ' fo:background-color="#%s"' % bg
        if border:
            pp += ' fo:border="%s"' % border
        if pad:
            pp += ' fo:padding="%s"' % pad
        self.styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>%s</style:style>'
                           % (name, pp, self._txtprops(**tp)))
        return name

    def tstyle(self, **tp):
        self.n += 1
        name = "T%d" % self.n
        self.styles.append('<style:style style:name="%s" style:family="text">%s</style:style>' % (name, self._txtprops(**tp)))
        return name

    def p(self, text, align="start", before=0, after=4, raw=False, brk=False, bg=None, border=None, pad=None, **tp):
        st = self.pstyle(align, before, after, brk, bg, border, pad, **tp)
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (st, text if raw else esc(text)))

    def span(self, text, **tp):
        return '<text:span text:style-name="%s">%s</text:span>' % (self.tstyle(**tp), esc(text))

    def table(self, rows, widths, border="0.5pt solid #999999", head_bg=None, label_bg=None, cell_pad="0.05in",
              cellfmt=None, align="center"):
        """rows: list of lists of (text, fmt-dict) or plain strings."""
        self.n += 1
        tn = "Tab%d" % self.n
        total = sum(widths)
        self.styles.append('<style:style style:name="%s" style:family="table"><style:table-properties style:width="%.2fin" table:align="%s"/></style:style>'
                           % (tn, total, align))
        cols = []
        for i, w in enumerate(widths):
            cn = "%sC%d" % (tn, i)
            self.styles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties style:column-width="%.2fin"/></style:style>' % (cn, w))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        out_rows = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, cell in enumerate(row):
                if cell is None:
                    cells.append("<table:covered-table-cell/>")
                    continue
                text, fmt = (cell, {}) if isinstance(cell, str) else cell
                fmt = dict(fmt)
                span = fmt.pop("span", 1)
                bg = fmt.pop("bg", None)
                if bg is None and head_bg and ri == 0:
                    bg = head_bg
                if bg is None and label_bg and ci == 0:
                    bg = label_bg
                self.n += 1
                csn = "%sc%d" % (tn, self.n)
                cp = 'fo:padding="%s" fo:border="%s"' % (cell_pad, border)
                if bg:
                    cp += ' fo:background-color="#%s"' % bg
                self.styles.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s/></style:style>' % (csn, cp))
                ps = self.pstyle(fmt.pop("align", "start"), 0, 0, **fmt)
                sp = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
                paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (ps, esc(t)) for t in text.split("\n"))
                cells.append('<table:table-cell table:style-name="%s"%s office:value-type="string">%s</table:table-cell>' % (csn, sp, paras))
            out_rows.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        self.body.append('<table:table table:name="%s" table:style-name="%s">%s%s</table:table>' % (tn, tn, "".join(cols), "".join(out_rows)))

    def xml(self):
        faces = "".join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f) for f in sorted(self.fonts))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s>'
                '<office:font-face-decls>%s</office:font-face-decls>'
                '<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="%s" fo:font-size="%s"/></style:default-style>'
                '<style:style style:name="Standard" style:family="paragraph"/></office:styles>'
                '<office:automatic-styles>%s%s</office:automatic-styles>'
                '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
                '<office:body><office:text>%s</office:text></office:body></office:document>\n') % (
            _FO_NS, faces, self.font, self.size, self.page, "".join(self.styles), "".join(self.body))

    def save(self, cid):
        p = srcp(cid + ".fodt")
        wtext(p, self.xml())
        soffice_pdf(cid, p)


@cert("p10", style="joint-accreditation-cme", producer="soffice-fodt",
      layout=["portrait", "two-page", "multi-credit-table", "accreditation-page2", "series-title"],
      notes="Joint-accreditation grand rounds; 'Grand Rounds:' on the title line is part of the title; ACPE 0.1 CEU and IPCE credit are not the lab figure; learner ID and claim date distractors.",
      name="Olusegun T. Bankole",
      title="Grand Rounds: Antimicrobial Stewardship and the Microbiology Laboratory—Reporting Cascades That Change Prescribing",
      date="2026-02-26", credits=1.0, unit="contact hour",
      provider=["Kestrel Academic Medical Center",
                "Kestrel Academic Medical Center, Office of Continuing Interprofessional Education"],
      activity_id="JA-26-0871")
def p10(cid):
    f = FO(margin="0.8in", font="Liberation Sans", size="10.5pt")
    f.p("Kestrel Academic Medical Center", "center", after=0, size=20, bold=True, color="1F3B57")
    f.p("Office of Continuing Interprofessional Education", "center", after=30, size=11, color="1F3B57")
    f.p("Certificate of Attendance", "center", after=20, size=26, font="Liberation Serif", italic=True)
    f.p("Olusegun T. Bankole, MLS(ASCP)CM", "center", after=14, size=20, bold=True)
    f.p("attended the live activity", "center", after=10, size=11)
    f.p("Grand Rounds: Antimicrobial Stewardship and the Microbiology Laboratory—Reporting Cascades That Change Prescribing",
        "center", after=8, size=15, bold=True, color="1F3B57")
    f.p("Thursday, February 26, 2026 · 12:00–1:00 PM CT · Hybrid (Auditorium A and live stream)", "center", after=18, size=10.5)
    f.table([[("Activity ID", {"bold": True}), "JA-26-0871", ("Learner ID", {"bold": True}), "KAMC-55821"]],
            [1.1, 1.6, 1.1, 1.6], border="none")
    f.p("", after=10)
    f.table([[("Credit type", {"bold": True}), ("Awarded", {"bold": True, "align": "end"})],
             ["AMA PRA Category 1 Credit™", ("1.00", {"align": "end"})],
             ["ANCC nursing contact hours", ("1.00", {"align": "end"})],
             ["ACPE pharmacy contact hours", ("1.00 (0.1 CEU)", {"align": "end"})],
             ["ASCLS P.A.C.E.® contact hours", ("1.00", {"align": "end"})],
             ["Interprofessional Continuing Education (IPCE) credit", ("1.00", {"align": "end"})]],
            [3.6, 1.6], head_bg="DCE6F0")
    f.p("Credit claimed on March 2, 2026. Accreditation statements are printed on page 2.", "center", before=18, after=40, size=9, italic=True)
    f.table([["______________________________", "______________________________"],
             ["Imogen R. Castellvi, MD", "Terrence A. Whitlock, PharmD"],
             ["Course Director, Infectious Diseases", "Director, Continuing Interprofessional Education"]],
            [3.3, 3.3], border="none", cell_pad="0.02in")
    f.p("Accreditation and Credit Designation", "start", after=10, size=14, bold=True, brk=True, color="1F3B57")
    for head, txt in [
        ("Joint accreditation", "In support of improving patient care, Kestrel Academic Medical Center is jointly accredited "
         "by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy "
         "Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team."),
        ("Physicians", "Kestrel Academic Medical Center designates this live activity for a maximum of 1.00 AMA PRA "
         "Category 1 Credit™. Physicians should claim only the credit commensurate with the extent of their participation in the activity."),
        ("Nurses", "Kestrel Academic Medical Center designates this activity for a maximum of 1.00 ANCC contact hour."),
        ("Pharmacists", "This knowledge-based activity is approved for 1.0 contact hour (0.1 CEU). Credit is reported to CPE Monitor within 60 days."),
        ("Laboratory professionals", "Kestrel Academic Medical Center is approved as a provider of continuing education "
         "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 1.0 contact hour."),
        ("Interprofessional", "This activity was planned by and for the healthcare team, and learners will receive 1.00 "
         "Interprofessional Continuing Education (IPCE) credit for learning and change."),
    ]:
        f.p(head, before=8, after=2, size=11, bold=True)
        f.p(txt, "justify", after=2, size=10)
    f.save(cid)


@cert("p23", style="adlm", producer="soffice-fodt",
      layout=["landscape", "centred-award", "format-line", "page-border", "accented-name"],
      notes="ADLM live webinar; 'LIVE WEBINAR' format line; ACCENT contact hours are the lab figure; order number distractor.",
      name="Siobhán M. Gallagher",
      title="Mass Spectrometry in Therapeutic Drug Monitoring: Method Validation Essentials",
      date="2026-05-14", credits=1.5, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"],
      activity_id="ADLM-26-W118")
def p23(cid):
    f = FO(width="11in", height="8.5in", margin="0.45in", border="2.5pt solid #00629B", padding="0.35in",
           font="DejaVu Sans", size="10pt")
    f.p("ADLM", "center", after=0, size=26, bold=True, color="00629B", spacing=3)
    f.p("Association for Diagnostics & Laboratory Medicine", "center", after=22, size=12, color="00629B")
    f.p("Certificate of Participation", "center", after=14, size=24, font="DejaVu Serif")
    f.p("This certificate is presented to", "center", after=6, size=11)
    f.p("Siobhán M. Gallagher", "center", after=14, size=22, bold=True, font="DejaVu Serif")
    f.p("for participation in", "center", after=8, size=11)
    f.p("LIVE WEBINAR", "center", after=2, size=9.5, bold=True, color="00629B", spacing=2)
    f.p("Mass Spectrometry in Therapeutic Drug Monitoring: Method Validation Essentials", "center", after=16, size=16, bold=True)
    f.table([[("Activity No.", {"size": 8, "color": "666666"}), ("Date attended", {"size": 8, "color": "666666"}),
              ("ACCENT® credit", {"size": 8, "color": "666666"}), ("Order No.", {"size": 8, "color": "666666"})],
             [("ADLM-26-W118", {"size": 11}), ("May 14, 2026", {"size": 11}),
              ("1.5 contact hours", {"size": 11}), ("W-00338217", {"size": 11})]],
            [2.0, 2.0, 2.0, 2.0], border="none")
    f.p("ADLM designates this activity for 1.5 ACCENT® continuing education contact hours. ACCENT® is the continuing "
        "education accreditation program of the Association for Diagnostics & Laboratory Medicine. ADLM is accredited by "
        "the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians "
        "and designates this live activity for a maximum of 1.5 AMA PRA Category 1 Credits™.",
        "center", before=18, after=24, size=8.5, color="444444")
    f.p("Eleanor P. Vasquez-Moreau, PhD, DABCC · Chair, ADLM Education Core Committee", "center", after=0, size=9.5)
    f.save(cid)


@cert("p31", style="ascp-cmle", producer="soffice-fodt",
      layout=["portrait", "labels-above-values", "format-line", "transcript-style"],
      notes="ASCP self-study activity detail; CMLE credits under a label; purchase date and customer ID distractors; 'Self-Study' is a format line.",
      name="Yolanda V. Estrada-Kim",
      title="Case Studies in Transfusion Medicine: Investigating Delayed Hemolytic Transfusion Reactions",
      date="2025-12-09", credits=1.5, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"],
      activity_id="TM-CS-2511")
def p31(cid):
    f = FO(margin="0.7in", font="Liberation Sans", size="10pt")
    f.table([[("ASCP", {"size": 26, "bold": True, "color": "FFFFFF"}),
              ("American Society for Clinical Pathology\nContinuing Education · Certificate of Completion",
               {"size": 11, "color": "FFFFFF", "align": "end"})]],
            [2.0, 5.1], border="none", cell_pad="0.12in", head_bg="003B5C")
    f.p("", after=24)
    f.p("LEARNER", after=0, size=7.5, color="777777", spacing=1)
    f.p("Yolanda V. Estrada-Kim", after=16, size=20)
    f.p("SELF-STUDY", after=0, size=7.5, color="003B5C", bold=True, spacing=1)
    f.p("Case Studies in Transfusion Medicine: Investigating Delayed Hemolytic Transfusion Reactions", after=20, size=15, bold=True)
    lab = {"size": 7.5, "color": "777777"}
    val = {"size": 11.5}
    f.table([[("ACTIVITY CODE", lab), ("COMPLETION DATE", lab), ("CMLE CREDITS", lab), ("CUSTOMER ID", lab)],
             [("TM-CS-2511", val), ("12/09/2025", val), ("1.5", val), ("01183347", val)]],
            [1.75, 1.75, 1.75, 1.75], border="none", align="left")
    f.p("", after=8)
    f.table([[("PURCHASED", lab), ("FORMAT", lab), ("LEVEL", lab), ("POST-TEST", lab)],
             [("11/30/2025", val), ("Online, self-paced", val), ("Intermediate", val), ("Passed (85%)", val)]],
            [1.75, 1.75, 1.75, 1.75], border="none", align="left")
    f.p("The American Society for Clinical Pathology (ASCP) is accredited by the Accreditation Council for Continuing "
        "Medical Education to provide continuing medical education for physicians. This activity is approved for 1.5 CMLE "
        "credits. ASCP continuing education activities are acceptable to meet the continuing education requirements for the "
        "ASCP Board of Certification (BOC) Credential Maintenance Program (CMP).", "justify", before=30, after=0, size=9, color="333333")
    f.p("This certificate was generated on 12/10/2025 and may be printed at any time from your ASCP transcript.",
        before=40, size=8, color="888888")
    f.save(cid)


@cert("p36", style="lms-talentlms", producer="soffice-fodt",
      layout=["landscape", "centred-award", "letter-spaced-name", "css-uppercase-name", "score"],
      notes="Vendor 'university' course on a TalentLMS-like system; name uppercased by the document style; expiry date and certificate code distractors.",
      name="SAMUEL K. OTIENO",
      title="Cobalt Chem 6000 Operator Orientation: Daily Maintenance, Calibration and Safety",
      date="2026-04-29", credits=2.0, unit="contact hour",
      provider=["Cobalt Point Diagnostics University"],
      activity_id="CPD-C6K-101")
def p36(cid):
    f = FO(width="11in", height="8.5in", margin="0.5in", border="14pt solid #0B3D91", padding="0.4in",
           font="URW Gothic", size="11pt")
    f.p("COBALT POINT DIAGNOSTICS UNIVERSITY", "center", before=6, after=30, size=13, bold=True, color="0B3D91", spacing=3)
    f.p("Certificate of Achievement", "center", after=20, size=30)
    f.p("awarded to", "center", after=8, size=11, color="555555")
    f.p("Samuel K. Otieno", "center", after=20, size=24, upper=True, spacing=4, color="0B3D91")
    f.p("for completing the course", "center", after=8, size=11, color="555555")
    f.p("Cobalt Chem 6000 Operator Orientation: Daily Maintenance, Calibration and Safety", "center", after=26, size=17, bold=True)
    f.table([["Course code: CPD-C6K-101", "Completed: April 29, 2026", "Score: 94%"],
             ["Credit: 2.0 P.A.C.E.® contact hours", "Expires: April 29, 2028", "Certificate code: C6K-7731-QF"]],
            [3.1, 3.1, 3.1], border="none")
    f.p("Cobalt Point Diagnostics University is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.® Program.", "center", before=24, after=20, size=9, color="444444")
    f.p("issued via Learnifyr", "end", size=8, color="999999")
    f.save(cid)



# =====================================================================
#  FPDF (PHP)
# =====================================================================
FPDF_SPACED = r"""
function spaced_center($pdf, $txt, $y, $sp) {
    $t = w($txt);
    $n = strlen($t);
    $tw = 0;
    for ($i = 0; $i < $n; $i++) { $tw += $pdf->GetStringWidth($t[$i]); }
    $tw += $sp * ($n - 1);
    $x = ($pdf->GetPageWidth() - $tw) / 2;
    for ($i = 0; $i < $n; $i++) {
        $pdf->Text($x, $y, $t[$i]);
        $x += $pdf->GetStringWidth($t[$i]) + $sp;
    }
}
"""


@cert("p05", style="ascls-pace-provider", producer="fpdf",
      layout=["portrait", "one-paragraph", "quoted-title", "format-line", "border"],
      notes="One-paragraph certificate; title in curly quotes inside the sentence; provider no. 575 and certificate no. distractors; signature date distractor.",
      name="Renata J. Moss",
      title="Hemoglobin Variants and Thalassemias: Interpreting HPLC and Electrophoresis Patterns",
      date="2026-03-03", credits=1.5, unit="contact hour",
      provider=["Great Lakes Laboratory Educators Consortium", "GLLEC"],
      activity_id="575-019-26")
def p05(cid):
    code = FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(40, 70, 110);
$pdf->SetLineWidth(1.2);
$pdf->Rect(12, 12, 191.9, 255.4);
$pdf->SetLineWidth(0.3);
$pdf->Rect(15, 15, 185.9, 249.4);
$pdf->SetTextColor(40, 70, 110);
$pdf->SetY(32);
$pdf->SetFont('Times', 'B', 19);
$pdf->Cell(0, 9, w('Great Lakes Laboratory Educators Consortium'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 10);
$pdf->Cell(0, 6, w('GLLEC  ·  Continuing Education for the Clinical Laboratory'), 0, 1, 'C');
$pdf->SetY(62);
$pdf->SetTextColor(0);
$pdf->SetFont('Times', 'I', 26);
$pdf->Cell(0, 12, w('Certificate of Continuing Education'), 0, 1, 'C');
$pdf->SetY(86);
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->SetTextColor(40, 70, 110);
$pdf->Cell(0, 6, w('Self-Study'), 0, 1, 'C');
$pdf->SetTextColor(0);
$pdf->SetLeftMargin(32); $pdf->SetRightMargin(32);
$pdf->SetY(98);
$pdf->SetFont('Times', '', 14);
$pdf->MultiCell(0, 8, w('This certifies that Renata J. Moss has completed “Hemoglobin Variants and Thalassemias: Interpreting HPLC and Electrophoresis Patterns” on March 3, 2026 and is awarded 1.5 contact hours of P.A.C.E.® credit at the intermediate level.'), 0, 'J');
$pdf->Ln(10);
$pdf->SetFont('Helvetica', '', 10.5);
$pdf->Cell(0, 6, w('P.A.C.E.® Course No.: 575-019-26'), 0, 1, 'L');
$pdf->Cell(0, 6, w('Certificate No.: GL-26-04471'), 0, 1, 'L');
$pdf->Ln(8);
$pdf->SetFont('Helvetica', '', 9);
$pdf->MultiCell(0, 4.8, w('The Great Lakes Laboratory Educators Consortium is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (Provider No. 575). Participants must achieve at least 70% on the post-test to receive credit.'), 0, 'L');
$pdf->SetY(212);
$pdf->Line(32, 212, 102, 212);
$pdf->SetFont('Times', '', 10.5);
$pdf->Cell(0, 5.5, w('Evelyn S. Marchbanks, MS, MLS(ASCP)CM'), 0, 1, 'L');
$pdf->Cell(0, 5.5, w('Program Director'), 0, 1, 'L');
$pdf->Cell(0, 5.5, w('Date signed: March 5, 2026'), 0, 1, 'L');
$pdf->Output('F', $OUT);
"""
    php_pdf(cid, code)


@cert("p11", style="university-ceu", producer="fpdf",
      layout=["landscape", "centred-award", "seal", "border", "suffix-name", "date-range"],
      notes="University CE certificate in CEUs (1.2 CEU = 12 contact hours, points 12); two-day range, last day is the date; student ID and issue date distractors.",
      name="Terrence L. Baptiste III",
      title="Phlebotomy Program Instructor Development Workshop",
      date="2026-01-10", credits=1.2, unit="CEU",
      provider=["Northfield State University", "Northfield State University, Office of Continuing Education"],
      activity_id="CLS 4901-CE")
def p11(cid):
    code = FPDF_HEAD + r"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->GetPageWidth(); $H = $pdf->GetPageHeight();
$pdf->SetFillColor(250, 247, 238);
$pdf->Rect(0, 0, $W, $H, 'F');
$pdf->SetDrawColor(92, 22, 36);
$pdf->SetLineWidth(2.5);
$pdf->Rect(10, 10, $W - 20, $H - 20);
$pdf->SetLineWidth(0.4);
$pdf->Rect(14, 14, $W - 28, $H - 28);
// seal
$pdf->SetFillColor(92, 22, 36);
$pdf->SetLineWidth(0.8);
$pdf->Rect($W / 2 - 13, 22, 26, 26, 'F');
$pdf->SetTextColor(255);
$pdf->SetFont('Times', 'B', 16);
$pdf->SetXY($W / 2 - 13, 28); $pdf->Cell(26, 8, 'NSU', 0, 0, 'C');
$pdf->SetFont('Times', '', 7);
$pdf->SetXY($W / 2 - 13, 36); $pdf->Cell(26, 4, 'EST. 1891', 0, 0, 'C');
$pdf->SetTextColor(92, 22, 36);
$pdf->SetXY(10, 54);
$pdf->SetFont('Times', 'B', 26);
$pdf->Cell($W - 20, 11, w('Northfield State University'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12);
$pdf->Cell(0, 6, w('College of Health Professions  —  Office of Continuing Education'), 0, 1, 'C');
$pdf->SetTextColor(0);
$pdf->Ln(8);
$pdf->SetFont('Times', '', 13);
$pdf->Cell(0, 7, w('This is to certify that'), 0, 1, 'C');
$pdf->SetFont('Times', 'BI', 24);
$pdf->Cell(0, 13, w('Terrence L. Baptiste III'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13);
$pdf->Cell(0, 7, w('has satisfactorily completed the non-credit continuing education course'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 17);
$pdf->Cell(0, 10, w('Phlebotomy Program Instructor Development Workshop'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('held January 9–10, 2026, on the Northfield campus, and is awarded'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 15);
$pdf->Cell(0, 9, w('1.2 Continuing Education Units (CEUs)'), 0, 1, 'C');
$pdf->SetFont('Times', '', 10.5);
$pdf->Cell(0, 5, w('Course No.: CLS 4901-CE     Student ID: N00481127     Date issued: January 23, 2026'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 8.5);
$pdf->SetXY(40, 160);
$pdf->MultiCell($W - 80, 4, w('One CEU equals ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction. This course carries 12 contact hours.'), 0, 'C');
$pdf->SetLineWidth(0.3);
$pdf->Line(40, 192, 110, 192);
$pdf->Line($W - 110, 192, $W - 40, 192);
$pdf->SetFont('Times', '', 10);
$pdf->SetXY(40, 193); $pdf->MultiCell(70, 4.5, w("Lydia M. Hargreaves, EdD\nDean, College of Health Professions"), 0, 'C');
$pdf->SetXY($W - 110, 193); $pdf->MultiCell(70, 4.5, w("Gordon P. Ashby, MBA\nDirector, Office of Continuing Education"), 0, 'C');
$pdf->Output('F', $OUT);
"""
    php_pdf(cid, code)


@cert("p17", style="lms-moodle", producer="fpdf",
      layout=["portrait", "centred-award", "grade", "certificate-code", "day-month-year-date"],
      notes="Moodle-like course certificate: grade, certificate code and course start date are distractors; date printed day-month-year; credit in CEU (points 8).",
      name="Annika L. Sørensen",
      title="Introduction to Flow Cytometry for Clinical Laboratory Scientists",
      date="2026-04-24", credits=0.8, unit="CEU",
      provider=["Lakeshore College of Allied Health"],
      activity_id="MLS-CE 215")
def p17(cid):
    code = FPDF_HEAD + FPDF_SPACED + r"""
$pdf = new FPDF('P', 'mm', 'A4');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetDrawColor(0, 110, 120);
$pdf->SetLineWidth(3);
$pdf->Rect(8, 8, $W - 16, 281);
$pdf->SetFillColor(0, 110, 120);
$pdf->Rect(8, 8, $W - 16, 30, 'F');
$pdf->SetTextColor(255);
$pdf->SetFont('Helvetica', 'B', 16);
$pdf->SetXY(16, 15); $pdf->Cell(0, 8, w('Lakeshore College of Allied Health'), 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetX(16); $pdf->Cell(0, 6, w('CE Online  |  learn.lakeshorecah.example'), 0, 1, 'L');
$pdf->SetTextColor(30);
$pdf->SetFont('Helvetica', 'B', 22);
spaced_center($pdf, 'CERTIFICATE OF COMPLETION', 70, 1.8);
$pdf->SetFont('Helvetica', '', 12);
$pdf->SetXY(10, 84); $pdf->Cell($W - 20, 7, w('This is to certify that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 26);
$pdf->SetXY(10, 96); $pdf->Cell($W - 20, 12, w('Annika L. Sørensen'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 12);
$pdf->SetXY(10, 114); $pdf->Cell($W - 20, 7, w('has completed the course'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 16);
$pdf->SetXY(25, 126); $pdf->MultiCell($W - 50, 8, w('Introduction to Flow Cytometry for Clinical Laboratory Scientists'), 0, 'C');
$pdf->SetFont('Helvetica', '', 11);
$y = 160;
foreach (array(array('Course ID', 'MLS-CE 215'), array('Course start', '2 March 2026'), array('Date completed', '24 April 2026'),
               array('Grade', '94.00 %'), array('Credits', '0.8 CEU'), array('Code', '7F3KQ2XL')) as $r) {
    $pdf->SetXY(50, $y); $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(45, 7, w($r[0] . ':'), 0, 0, 'R');
    $pdf->SetFont('Helvetica', '', 11); $pdf->Cell(70, 7, w(' ' . $r[1]), 0, 1, 'L');
    $y += 8;
}
$pdf->SetFont('Helvetica', 'I', 8.5);
$pdf->SetXY(25, 225);
$pdf->MultiCell($W - 50, 4.2, w('Continuing Education Units are awarded by Lakeshore College of Allied Health; 0.1 CEU is granted for each ten hours of instruction. Verify this certificate with the code above.'), 0, 'C');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(60);
$pdf->Line(70, 260, $W - 70, 260);
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetXY(10, 261); $pdf->Cell($W - 20, 5, w('Marisol T. Kaur, PhD  ·  Dean of Continuing Education'), 0, 1, 'C');
$pdf->Output('F', $OUT);
"""
    php_pdf(cid, code)


@cert("p24", style="clsi", producer="fpdf",
      layout=["portrait", "two-column-form", "format-line", "boxed"],
      notes="CLSI live webinar; 'LIVE WEBINAR' format line; organisation account number distractor; program code is the activity id.",
      name="Leonard B. Ashcombe",
      title="Verification of Performance Specifications: Applying EP15 in Your Laboratory",
      date="2026-02-24", credits=1.5, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"],
      activity_id="CLSI-W26-EP15")
def p24(cid):
    code = FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetFillColor(0, 84, 147);
$pdf->Rect(0, 0, $W, 8, 'F');
$pdf->SetTextColor(0, 84, 147);
$pdf->SetFont('Helvetica', 'B', 34);
$pdf->SetXY(20, 22); $pdf->Cell(60, 14, 'CLSI', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11);
$pdf->SetXY(20, 37); $pdf->Cell(0, 6, w('Clinical and Laboratory Standards Institute'), 0, 1, 'L');
$pdf->SetTextColor(0);
$pdf->SetFont('Helvetica', 'B', 20);
$pdf->SetXY(20, 60); $pdf->Cell(0, 10, w('Certificate of Attendance'), 0, 1, 'L');
$pdf->SetFont('Helvetica', 'B', 9);
$pdf->SetTextColor(200, 80, 0);
$pdf->SetXY(20, 76); $pdf->Cell(0, 5, w('LIVE WEBINAR'), 0, 1, 'L');
$pdf->SetTextColor(0);
$pdf->SetFont('Helvetica', 'B', 15);
$pdf->SetXY(20, 82); $pdf->MultiCell(150, 7, w('Verification of Performance Specifications: Applying EP15 in Your Laboratory'), 0, 'L');
$pdf->SetDrawColor(0, 84, 147);
$pdf->SetLineWidth(0.4);
$pdf->Rect(20, 104, $W - 40, 74);
$rows = array(
  array('Attendee', 'Leonard B. Ashcombe, MLS(ASCP)'),
  array('Organization', 'Harlow Valley Reference Laboratory'),
  array('Organization Account #', '100482'),
  array('Program Code', 'CLSI-W26-EP15'),
  array('Webinar Date', 'February 24, 2026'),
  array('Presenters', 'Dr. Ingrid Faulkner; Marcus O. Tellez, MS'),
  array('Continuing Education', '1.5 P.A.C.E.® contact hours'),
  array('Attendance verified', 'Yes - polling responses recorded'),
);
$y = 109;
foreach ($rows as $r) {
  $pdf->SetXY(25, $y); $pdf->SetFont('Helvetica', 'B', 10); $pdf->Cell(55, 8, w($r[0]), 0, 0, 'L');
  $pdf->SetFont('Helvetica', '', 10.5); $pdf->Cell(100, 8, w($r[1]), 0, 1, 'L');
  $y += 8.5;
}
$pdf->SetFont('Helvetica', '', 8.8);
$pdf->SetXY(20, 188);
$pdf->MultiCell($W - 40, 4.5, w('CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Group registrants must submit a sign-in sheet for each participant; this certificate is valid only for the individual named above.'), 0, 'L');
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->Line(20, 235, 90, 235);
$pdf->SetXY(20, 236); $pdf->MultiCell(90, 4.6, w("Patrice D. Okonkwo, MT(ASCP)\nManager, Education and Training"), 0, 'L');
$pdf->SetFont('Helvetica', '', 7.5);
$pdf->SetTextColor(120);
$pdf->SetXY(20, 262); $pdf->Cell(0, 4, w('Certificate emailed March 3, 2026'), 0, 0, 'L');
$pdf->Output('F', $OUT);
"""
    php_pdf(cid, code)


@cert("p32", style="regional-conference", producer="fpdf",
      layout=["portrait", "daily-hours", "claimed-vs-maximum", "date-range", "credentials-after-name"],
      notes="Regional histology society meeting; meeting name is the title; claimed 14.5 of 18.0; attendee number distractor; no activity number.",
      name="Corinne A. Vasquez",
      title="High Country Histology Summit 2025",
      date="2025-09-13", credits=14.5, unit="contact hour",
      provider=["Rocky Mountain Histology & Cytology Society", "RMHCS"],
      activity_id=None)
def p32(cid):
    code = FPDF_HEAD + FPDF_SPACED + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetDrawColor(70, 100, 60);
$pdf->SetLineWidth(0.8);
$pdf->Rect(10, 10, $W - 20, 259);
$pdf->SetTextColor(70, 100, 60);
$pdf->SetFont('Helvetica', 'B', 14);
$pdf->SetXY(10, 22); $pdf->Cell($W - 20, 7, w('Rocky Mountain Histology & Cytology Society'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9);
spaced_center($pdf, 'RMHCS', 35, 2.5);
$pdf->SetTextColor(0);
$pdf->SetFont('Times', 'B', 24);
$pdf->SetXY(10, 46); $pdf->Cell($W - 20, 11, w('High Country Histology Summit 2025'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('September 11–13, 2025  ·  Estes Park, Colorado'), 0, 1, 'C');
$pdf->Ln(10);
$pdf->SetFont('Times', 'I', 18);
$pdf->Cell(0, 9, w('Continuing Education Certificate'), 0, 1, 'C');
$pdf->Ln(4);
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('This certifies that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 20);
$pdf->Cell(0, 11, w('Corinne A. Vasquez, HTL(ASCP)QIHC'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 6, w('attended the summit and claimed the following continuing education hours:'), 0, 1, 'C');
$pdf->Ln(6);
$x0 = 38; $cw = array(70, 35, 35);
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->SetFillColor(226, 236, 220);
$pdf->SetX($x0);
$pdf->Cell($cw[0], 8, w('Day'), 1, 0, 'L', true);
$pdf->Cell($cw[1], 8, w('Maximum'), 1, 0, 'R', true);
$pdf->Cell($cw[2], 8, w('Claimed'), 1, 1, 'R', true);
$pdf->SetFont('Helvetica', '', 10);
foreach (array(array('Thursday, September 11', '6.0', '5.0'), array('Friday, September 12', '7.0', '6.0'),
               array('Saturday, September 13', '5.0', '3.5')) as $r) {
  $pdf->SetX($x0);
  $pdf->Cell($cw[0], 8, w($r[0]), 1, 0, 'L');
  $pdf->Cell($cw[1], 8, $r[1], 1, 0, 'R');
  $pdf->Cell($cw[2], 8, $r[2], 1, 1, 'R');
}
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->SetX($x0);
$pdf->Cell($cw[0], 8, w('Total contact hours'), 1, 0, 'L', true);
$pdf->Cell($cw[1], 8, '18.0', 1, 0, 'R', true);
$pdf->Cell($cw[2], 8, '14.5', 1, 1, 'R', true);
$pdf->Ln(8);
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetX(25);
$pdf->MultiCell($W - 50, 4.6, w('The Rocky Mountain Histology & Cytology Society is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Hours claimed above are P.A.C.E.® contact hours. Attendee No. 0219.'), 0, 'C');
$pdf->SetLineWidth(0.3);
$pdf->Line(30, 238, 95, 238);
$pdf->Line($W - 95, 238, $W - 30, 238);
$pdf->SetFont('Times', '', 10);
$pdf->SetXY(30, 239); $pdf->MultiCell(65, 4.6, w("Delphine R. Ostrander, HT(ASCP)\nPresident"), 0, 'C');
$pdf->SetXY($W - 95, 239); $pdf->MultiCell(65, 4.6, w("Arturo J. Bellamy, HTL(ASCP)\nEducation Committee Chair"), 0, 'C');
$pdf->Output('F', $OUT);
"""
    php_pdf(cid, code)



# =====================================================================
#  TCPDF (PHP)
# =====================================================================

@cert("p06", style="labce", producer="tcpdf",
      layout=["landscape", "lms-certificate", "html-table", "score", "state-license-credit"],
      notes="LabCE online course; exam score, certificate # and order # distractors; Florida hours repeat the figure.",
      name="Hyun-Woo Park",
      title="Urine Sediment Identification: Casts, Crystals and Cells (Case Studies)",
      date="2026-01-27", credits=2.0, unit="contact hour",
      provider=["LabCE"],
      activity_id="LCE-1184")
def p06(cid):
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 18, 22); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth(); $H = $pdf->getPageHeight();
$pdf->SetFillColor(18, 94, 160);
$pdf->Rect(0, 0, $W, 26, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 24);
$pdf->SetXY(22, 7); $pdf->Cell(60, 12, 'LabCE', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->SetXY(90, 9); $pdf->Cell($W - 112, 8, 'Continuing education for laboratory professionals', 0, 0, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 26);
$pdf->SetXY(22, 40); $pdf->Cell($W - 44, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 12);
$pdf->SetXY(22, 58); $pdf->Cell($W - 44, 7, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24);
$pdf->SetXY(22, 68); $pdf->Cell($W - 44, 12, 'Hyun-Woo Park', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 12);
$pdf->SetXY(22, 84); $pdf->Cell($W - 44, 7, 'has successfully completed the online course', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 17);
$pdf->SetXY(40, 94); $pdf->MultiCell($W - 80, 8, 'Urine Sediment Identification: Casts, Crystals and Cells (Case Studies)', 0, 'C');
$html = '<table cellpadding="4" border="0" style="font-family:helvetica;font-size:10.5pt;">
<tr><td width="45mm" style="color:#666666;">Course #</td><td width="70mm">LCE-1184</td>
    <td width="45mm" style="color:#666666;">Certificate #</td><td width="60mm">26-0127-88412</td></tr>
<tr><td style="color:#666666;">Completed</td><td>Jan 27, 2026</td>
    <td style="color:#666666;">Order #</td><td>5521937</td></tr>
<tr><td style="color:#666666;">Exam score</td><td>88%</td>
    <td style="color:#666666;">Level</td><td>Basic</td></tr>
<tr><td style="color:#666666;">P.A.C.E.® credit</td><td><b>2.0 contact hours</b></td>
    <td style="color:#666666;">Florida credit</td><td>2.0 hours (Urinalysis)</td></tr>
</table>';
$pdf->SetXY(30, 120);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(22, 170);
$pdf->MultiCell($W - 44, 5, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. LabCE is an approved provider of continuing education for Florida laboratory personnel. This certificate may be verified in your LabCE account under "My Transcript".', 0, 'C');
$pdf->Output($OUT, 'F');
"""
    php_pdf(cid, code)


@cert("p12", style="vendor-training", producer="tcpdf",
      layout=["portrait", "daily-hours", "date-range", "html-table", "signature-block"],
      notes="Three-day analyzer key-operator course at a vendor training centre; instrument serial and customer account distractors; total 16.0 over three days.",
      name="Mei-Lin Chaudhry",
      title="Aurelia 900 Hematology Analyzer Key Operator Training",
      date="2026-03-04", credits=16.0, unit="contact hour",
      provider=["Veridian Diagnostics", "Veridian Diagnostics, Technical Education Center"],
      activity_id="VD-KOT-A900")
def p12(cid):
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth();
$pdf->SetDrawColor(0, 128, 96);
$pdf->SetLineWidth(0.6);
$pdf->Line(20, 36, $W - 20, 36);
$pdf->SetTextColor(0, 128, 96);
$pdf->SetFont('dejavusans', 'B', 20);
$pdf->SetXY(20, 16); $pdf->Cell(0, 10, 'Veridian Diagnostics', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 10);
$pdf->SetX(20); $pdf->Cell(0, 6, 'Technical Education Center · Raleigh, North Carolina', 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavusans', '', 12);
$pdf->SetXY(20, 48); $pdf->Cell(0, 7, 'Certificate of Training', 0, 1, 'L');
$pdf->SetFont('dejavusans', 'B', 22);
$pdf->SetX(20); $pdf->Cell(0, 12, 'Mei-Lin Chaudhry', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetX(20); $pdf->MultiCell(0, 6, 'has completed all lectures, hands-on laboratory exercises and the practical examination of', 0, 'L');
$pdf->SetFont('dejavusans', 'B', 15);
$pdf->SetX(20); $pdf->MultiCell(0, 8, 'Aurelia 900 Hematology Analyzer Key Operator Training', 0, 'L');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetX(20); $pdf->Cell(0, 7, 'March 2–4, 2026', 0, 1, 'L');
$html = '<table border="1" cellpadding="4" style="font-size:10pt;">
<tr style="background-color:#e0f2ec;"><th width="40mm"><b>Date</b></th><th width="95mm"><b>Content</b></th><th width="35mm" align="right"><b>Contact hours</b></th></tr>
<tr><td>Mon, March 2, 2026</td><td>System overview, startup, daily maintenance, reagent handling</td><td align="right">6.0</td></tr>
<tr><td>Tue, March 3, 2026</td><td>Calibration, quality control, flags and review criteria</td><td align="right">6.0</td></tr>
<tr><td>Wed, March 4, 2026</td><td>Troubleshooting, error recovery, practical examination</td><td align="right">4.0</td></tr>
<tr><td colspan="2"><b>Total P.A.C.E.® contact hours</b></td><td align="right"><b>16.0</b></td></tr>
</table>';
$pdf->SetXY(20, 112);
$pdf->writeHTML($html, true, false, false, false, '');
$html2 = '<table cellpadding="3" style="font-size:10pt;">
<tr><td width="50mm">Course Code</td><td width="110mm">VD-KOT-A900</td></tr>
<tr><td>Customer account</td><td>30017755 – Bluewater Regional Hospital Laboratory</td></tr>
<tr><td>Instrument serial no.</td><td>A9-220417</td></tr>
<tr><td>Practical exam</td><td>Passed</td></tr>
</table>';
$pdf->SetXY(20, 162);
$pdf->writeHTML($html2, true, false, false, false, '');
$pdf->SetFont('dejavusans', '', 8.5);
$pdf->SetXY(20, 196);
$pdf->MultiCell($W - 40, 4.5, 'Veridian Diagnostics is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Key operator status applies to the Aurelia 900 system only.', 0, 'L');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(0, 0, 0);
$pdf->Line(20, 238, 85, 238);
$pdf->Line(110, 238, 175, 238);
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetXY(20, 239); $pdf->MultiCell(70, 4.5, "Rolando V. Esquivel\nLead Field Application Specialist", 0, 'L');
$pdf->SetXY(110, 239); $pdf->MultiCell(70, 4.5, "Theresa N. Vo, MLS(ASCP)\nManager, Technical Education Center", 0, 'L');
$pdf->Output($OUT, 'F');
"""
    php_pdf(cid, code)


@cert("p18", style="lms-canvas", producer="tcpdf",
      layout=["portrait", "badge", "score", "labels-above-values", "lms-badge"],
      notes="Canvas-like course badge with score 91/100; time stamp and module count distractors; 'Program' in the title; LMS brand is not the provider.",
      name="Jasper T. Reinholt",
      title="Competency Assessment Program for Microscopy: Peripheral Blood Smear Review",
      date="2026-02-17", credits=1.25, unit="contact hour",
      provider=["Mountain Plains Laboratory Consortium", "MPLC"],
      activity_id="MPLC-HEM-207")
def p18(cid):
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth();
$pdf->SetFillColor(228, 60, 40);
$pdf->Rect(0, 0, $W, 14, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->SetXY(20, 3); $pdf->Cell(0, 8, 'Coursewell  ·  Badges', 0, 0, 'L');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('helvetica', 'B', 15);
$pdf->SetXY(20, 24); $pdf->Cell(0, 8, 'Mountain Plains Laboratory Consortium (MPLC)', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->SetX(20); $pdf->Cell(0, 6, 'Regional continuing education for rural and critical-access hospital laboratories', 0, 1, 'L');
// badge
$cx = $W / 2; $cy = 82;
$pdf->SetFillColor(46, 125, 150);
$pdf->Circle($cx, $cy, 24, 0, 360, 'F');
$pdf->SetFillColor(255, 255, 255);
$pdf->Circle($cx, $cy, 19, 0, 360, 'F');
$pdf->SetTextColor(46, 125, 150);
$pdf->SetFont('helvetica', 'B', 16);
$pdf->SetXY($cx - 18, $cy - 8); $pdf->Cell(36, 8, '91/100', 0, 0, 'C');
$pdf->SetFont('helvetica', '', 7);
$pdf->SetXY($cx - 18, $cy + 1); $pdf->Cell(36, 5, 'SMEAR REVIEW', 0, 0, 'C');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('helvetica', '', 11);
$pdf->SetXY(20, 114); $pdf->Cell($W - 40, 6, 'Badge awarded to', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 22);
$pdf->SetX(20); $pdf->Cell($W - 40, 11, 'Jasper T. Reinholt', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11);
$pdf->SetX(20); $pdf->Cell($W - 40, 6, 'for completing', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 14);
$pdf->SetX(35); $pdf->MultiCell($W - 70, 7, 'Competency Assessment Program for Microscopy: Peripheral Blood Smear Review', 0, 'C');
$html = '<table cellpadding="3" style="font-size:8pt;color:#777777;">
<tr><td>COURSE ID</td><td>COMPLETED</td><td>FINAL SCORE</td><td>CONTINUING EDUCATION</td></tr>
<tr style="font-size:11pt;color:#222222;"><td>MPLC-HEM-207</td><td>Feb 17, 2026 3:42 PM</td><td>91/100</td><td>1.25 contact hours</td></tr>
<tr><td>MODULES</td><td>ENROLLED</td><td>LEARNER ID</td><td>CREDIT TYPE</td></tr>
<tr style="font-size:11pt;color:#222222;"><td>12 of 12</td><td>Jan 30, 2026</td><td>u-4471902</td><td>P.A.C.E.®, basic</td></tr>
</table>';
$pdf->SetXY(20, 160);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(20, 200);
$pdf->MultiCell($W - 40, 4.5, 'Mountain Plains Laboratory Consortium is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Badges are issued automatically when all module requirements are met.', 0, 'L');
$pdf->SetFont('helvetica', '', 7.5);
$pdf->SetXY(20, 255); $pdf->Cell($W - 40, 5, 'Badge ID 5c1e-90ab · Issued via Coursewell', 0, 0, 'C');
$pdf->Output($OUT, 'F');
"""
    php_pdf(cid, code)


@cert("p27", style="state-society-meeting", producer="tcpdf",
      layout=["landscape", "session-certificate", "letter-spaced-name", "all-caps-name", "border"],
      notes="Single-session certificate from a two-day state society seminar; the session date (Oct 23) is the date, not the end of the meeting range; session number is the activity id; Florida provider number distractor.",
      name="WENDELL A. HARGROVE",
      title="Sickle Cell Disease Newborn Screening: Date of Collection, Timeliness and Follow-Up",
      date="2025-10-23", credits=1.0, unit="contact hour",
      provider=["Peach State Society for Clinical Laboratory Science", "PSSCLS"],
      activity_id="14B")
def p27(cid):
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth(); $H = $pdf->getPageHeight();
$pdf->SetLineStyle(array('width' => 1.6, 'color' => array(214, 110, 60)));
$pdf->RoundedRect(10, 10, $W - 20, $H - 20, 6, '1111');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(214, 110, 60)));
$pdf->RoundedRect(14, 14, $W - 28, $H - 28, 4, '1111');
$pdf->SetTextColor(150, 60, 30);
$pdf->SetFont('times', 'B', 20);
$pdf->SetXY(20, 24); $pdf->Cell($W - 40, 9, 'Peach State Society for Clinical Laboratory Science', 0, 1, 'C');
$pdf->SetFont('times', '', 11);
$pdf->SetX(20); $pdf->Cell($W - 40, 6, 'PSSCLS 2025 Fall Seminar · October 23–24, 2025 · Macon, Georgia', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('times', 'I', 22);
$pdf->SetXY(20, 52); $pdf->Cell($W - 40, 10, 'Session Attendance Certificate', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 19);
$pdf->setFontSpacing(1.6);
$pdf->SetXY(20, 70); $pdf->Cell($W - 40, 10, 'WENDELL A. HARGROVE', 0, 1, 'C');
$pdf->setFontSpacing(0);
$pdf->SetFont('times', '', 12);
$pdf->SetX(20); $pdf->Cell($W - 40, 7, 'attended the educational session', 0, 1, 'C');
$pdf->SetFont('times', 'B', 16);
$pdf->SetXY(45, 94); $pdf->MultiCell($W - 90, 7.5, 'Sickle Cell Disease Newborn Screening: Date of Collection, Timeliness and Follow-Up', 0, 'C');
$pdf->SetFont('times', '', 11.5);
$pdf->SetXY(20, 116);
$pdf->Cell($W - 40, 6, 'Session #: 14B     Session date: Thursday, October 23, 2025     Room: Oglethorpe C', 0, 1, 'C');
$pdf->SetX(20);
$pdf->Cell($W - 40, 6, 'Speaker: Anita R. Okafor-Lindsey, MPH, MLS(ASCP), State Newborn Screening Program', 0, 1, 'C');
$pdf->SetFont('times', 'B', 13);
$pdf->SetXY(20, 134); $pdf->Cell($W - 40, 7, 'P.A.C.E.® contact hours: 1.0', 0, 1, 'C');
$pdf->SetFont('times', '', 8.5);
$pdf->SetXY(30, 150);
$pdf->MultiCell($W - 60, 4.2, 'The Peach State Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel provider no. 50-12877. Attendees should keep one certificate per session attended.', 0, 'C');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(0, 0, 0)));
$pdf->Line(50, 186, 115, 186);
$pdf->SetFont('times', '', 9.5);
$pdf->SetXY(40, 187); $pdf->MultiCell(85, 4.5, "Bernice T. Oyelowo, MS, MLS(ASCP)\nSeminar Education Chair", 0, 'C');
$pdf->Output($OUT, 'F');
"""
    php_pdf(cid, code)


@cert("p33", style="joint-accreditation-cme", producer="tcpdf",
      layout=["portrait", "multi-credit-table", "claimed-vs-maximum", "format-line", "three-line-title"],
      notes="Joint-accreditation on-demand activity; P.A.C.E. claimed 1.25 of 1.50 maximum; AMA/ANCC/ACPE (0.15 CEU) not claimed; transcript number and expiry of credit date distractors.",
      name="Rosemary D. Kincaid-Tran",
      title="Sepsis Bundles, Lactate Turnaround Time, and Blood Culture Contamination: An Interprofessional Approach to Diagnostic Stewardship",
      date="2026-03-18", credits=1.25, unit="contact hour",
      provider=["Meridian Health University", "Meridian Health University, Center for Continuing Education"],
      activity_id="MHU-IPCE-26-033")
def p33(cid):
    code = TCPDF_HEAD + r"""
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 18, 22); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth();
$pdf->SetTextColor(70, 40, 110);
$pdf->SetFont('dejavuserif', 'B', 19);
$pdf->SetXY(22, 20); $pdf->Cell($W - 44, 9, 'Meridian Health University', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 11);
$pdf->SetX(22); $pdf->Cell($W - 44, 6, 'Center for Continuing Education', 0, 1, 'C');
$pdf->SetLineStyle(array('width' => 0.5, 'color' => array(70, 40, 110)));
$pdf->Line(60, 39, $W - 60, 39);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavuserif', '', 22);
$pdf->SetXY(22, 48); $pdf->Cell($W - 44, 10, 'Certificate of Credit', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10.5);
$pdf->SetXY(22, 64); $pdf->Cell($W - 44, 6, 'Presented to', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 20);
$pdf->SetX(22); $pdf->Cell($W - 44, 10, 'Rosemary D. Kincaid-Tran, MLS(ASCP)', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10.5);
$pdf->SetX(22); $pdf->Cell($W - 44, 6, 'for completion of the accredited activity', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 9);
$pdf->SetTextColor(70, 40, 110);
$pdf->SetXY(22, 94); $pdf->Cell($W - 44, 5, 'On-Demand', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavuserif', 'B', 13.5);
$pdf->SetXY(42, 100); $pdf->MultiCell($W - 84, 6.5, 'Sepsis Bundles, Lactate Turnaround Time, and Blood Culture Contamination: An Interprofessional Approach to Diagnostic Stewardship', 0, 'C');
$pdf->SetFont('dejavusans', '', 10);
$pdf->SetXY(22, 126);
$pdf->Cell($W - 44, 6, 'Activity #: MHU-IPCE-26-033   ·   Completed: March 18, 2026   ·   Transcript No. 004-118-2290', 0, 1, 'C');
$html = '<table border="1" cellpadding="4" style="font-size:9.5pt;">
<tr style="background-color:#ece6f4;"><th width="85mm"><b>Credit type</b></th><th width="40mm" align="right"><b>Maximum available</b></th><th width="40mm" align="right"><b>Claimed</b></th></tr>
<tr><td>AMA PRA Category 1 Credits™</td><td align="right">1.50</td><td align="right">—</td></tr>
<tr><td>ANCC nursing contact hours</td><td align="right">1.50</td><td align="right">—</td></tr>
<tr><td>ACPE pharmacy contact hours (0.15 CEU)</td><td align="right">1.50</td><td align="right">—</td></tr>
<tr><td>ASCLS P.A.C.E.® contact hours</td><td align="right">1.50</td><td align="right">1.25</td></tr>
</table>';
$pdf->SetXY(25, 138);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->SetFont('dejavusans', '', 7.8);
$pdf->SetXY(22, 180);
$pdf->MultiCell($W - 44, 3.8, 'In support of improving patient care, Meridian Health University is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Meridian Health University designates this enduring material for a maximum of 1.50 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. Meridian Health University is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Credit for this enduring material may be claimed until December 31, 2026.', 0, 'L');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(0, 0, 0)));
$pdf->Line(22, 240, 90, 240);
$pdf->SetFont('dejavusans', '', 9);
$pdf->SetXY(22, 241); $pdf->MultiCell(90, 4.5, "Harriet J. Nwachukwu, DNP, RN\nDirector, Center for Continuing Education", 0, 'L');
$pdf->Output($OUT, 'F');
"""
    php_pdf(cid, code)



# =====================================================================
#  HAND-WRITTEN POSTSCRIPT -> Ghostscript pdfwrite
# =====================================================================
_PS_RL = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "TBI": "Times-BoldItalic",
          "HR": "Helvetica", "HB": "Helvetica-Bold", "HO": "Helvetica-Oblique"}


class PS:
    def __init__(self, w=612, h=792):
        self.w, self.h = w, h
        self.ops = ["<< /PageSize [%d %d] >> setpagedevice" % (w, h)]

    def raw(self, s):
        self.ops.append(s)

    def color(self, r, g, b):
        self.ops.append("%.3f %.3f %.3f setrgbcolor" % (r / 255.0, g / 255.0, b / 255.0))

    def text(self, x, y, s, font, size, align="L", spacing=0):
        op = {"L": "show", "C": "C", "R": "R"}[align]
        if spacing and align == "C":
            self.ops.append("/%s %s F %.1f %.1f moveto %s %s CS" % (font, size, x, y, ps_str(s), spacing))
        elif spacing:
            self.ops.append("/%s %s F %.1f %.1f moveto %s 0 %s ashow" % (font, size, x, y, spacing, ps_str(s)))
        else:
            self.ops.append("/%s %s F %.1f %.1f moveto %s %s" % (font, size, x, y, ps_str(s), op))

    def ctext(self, y, s, font, size, spacing=0):
        self.text(self.w / 2.0, y, s, font, size, "C", spacing)

    def wrap(self, x, y, s, font, size, maxw, lead=None, align="L"):
        lead = lead or size * 1.3
        for line in simpleSplit(s, _PS_RL[font], size, maxw):
            self.text(x, y, line, font, size, align)
            y -= lead
        return y

    def rect(self, x, y, w, h, lw=1, fill=False):
        self.ops.append("%s setlinewidth newpath %.1f %.1f moveto %.1f 0 rlineto 0 %.1f rlineto %.1f 0 rlineto closepath %s"
                        % (lw, x, y, w, h, -w, "fill" if fill else "stroke"))

    def line(self, x1, y1, x2, y2, lw=0.7):
        self.ops.append("%s setlinewidth newpath %.1f %.1f moveto %.1f %.1f lineto stroke" % (lw, x1, y1, x2, y2))

    def circle(self, x, y, r, lw=1, fill=False):
        self.ops.append("%s setlinewidth newpath %.1f %.1f %.1f 0 360 arc closepath %s" % (lw, x, y, r, "fill" if fill else "stroke"))

    def save(self, cid):
        ps = PS_HEAD + "%%Page: 1 1\n" + "\n".join(self.ops) + "\nshowpage\n%%EOF\n"
        gs_pdf(cid, ps)


@cert("p13", style="webinar", producer="ghostscript",
      layout=["landscape", "centred-award", "all-caps-name", "format-line", "wrapped-title"],
      notes="Independent network live webinar; name typed in capitals; registration number distractor; session number is the activity id.",
      name="ROSALIND K. ADEYEMI",
      title="Staffing Models That Work: Cross-Training, Float Pools and Retention in the Clinical Laboratory",
      date="2026-01-22", credits=1.0, unit="contact hour",
      provider=["Laboratory Leadership Network", "LLN"],
      activity_id="LLN-W26-03")
def p13(cid):
    d = PS(792, 612)
    d.color(245, 243, 236)
    d.rect(0, 0, 792, 612, fill=True)
    d.color(34, 52, 90)
    d.rect(0, 560, 792, 52, fill=True)
    d.color(255, 255, 255)
    d.text(40, 580, "LABORATORY LEADERSHIP NETWORK", "HB", 15, spacing=1.5)
    d.text(752, 580, "LLN  |  Webinar Series for Laboratory Managers", "HR", 10, "R")
    d.color(34, 52, 90)
    d.ctext(490, "CERTIFICATE OF ATTENDANCE", "TR", 30, spacing=2)
    d.color(0, 0, 0)
    d.ctext(455, "This acknowledges that", "TI", 13)
    d.ctext(415, "ROSALIND K. ADEYEMI", "TB", 28)
    d.ctext(385, "attended the", "TI", 13)
    d.color(176, 64, 32)
    d.ctext(360, "LIVE WEBINAR", "HB", 10, spacing=2.5)
    d.color(0, 0, 0)
    y = d.wrap(396, 334, "Staffing Models That Work: Cross-Training, Float Pools and Retention in the Clinical Laboratory",
               "TB", 18, 560, lead=22, align="C")
    d.ctext(y - 6, "Broadcast January 22, 2026, 1:00-2:00 PM Eastern", "TR", 12)
    d.ctext(y - 28, "Session No. LLN-W26-03     Registration #: 88-40217     Credit: 1.0 P.A.C.E.\u00ae contact hour", "HR", 10.5)
    d.wrap(396, 150, "The Laboratory Leadership Network is approved as a provider of continuing education programs in the "
                     "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Attendance was verified by log-in "
                     "duration of at least 50 minutes.", "HR", 8.5, 600, lead=11, align="C")
    d.line(296, 95, 496, 95)
    d.ctext(82, "Dorothea M. Quist, MBA, MLS(ASCP)", "TR", 10)
    d.ctext(70, "Executive Director", "TR", 10)
    d.save(cid)


@cert("p21", style="nsh", producer="ghostscript",
      layout=["portrait", "two-column-form", "format-line", "corner-border"],
      notes="NSH on-demand webinar; access-expiry date and member number distractors; credential HT(ASCP) after name.",
      name="Bernadette A. Kowalczyk",
      title="Troubleshooting Special Stains: Silver Impregnation Techniques for Reticulin and Fungi",
      date="2026-03-04", credits=1.0, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"],
      activity_id="NSH-OD-2603")
def p21(cid):
    d = PS()
    d.color(110, 30, 90)
    d.rect(30, 30, 552, 732, lw=2)
    for (x, y) in [(30, 30), (582, 30), (30, 762), (582, 762)]:
        d.circle(x, y, 12, fill=True)
    d.ctext(700, "National Society for Histotechnology", "PB", 22)
    d.ctext(680, "NSH", "HB", 11, spacing=5)
    d.color(0, 0, 0)
    d.ctext(610, "Continuing Education Certificate", "PI", 26)
    d.ctext(570, "Bernadette A. Kowalczyk, HT(ASCP)", "PB", 20)
    d.line(150, 560, 462, 560, lw=0.5)
    d.ctext(535, "has completed", "PR", 12)
    d.color(110, 30, 90)
    d.ctext(510, "On-Demand", "HO", 11)
    d.color(0, 0, 0)
    y = d.wrap(306, 488, "Troubleshooting Special Stains: Silver Impregnation Techniques for Reticulin and Fungi",
               "TB", 16, 430, lead=20, align="C")
    y -= 24
    for lab, val in [("Course Number:", "NSH-OD-2603"), ("Completion Date:", "03/04/2026"),
                     ("Contact Hours:", "1.0"), ("Member #:", "44918"), ("Access expires:", "09/04/2026")]:
        d.text(300, y, lab, "HB", 11, "R")
        d.text(312, y, val, "HR", 11)
        y -= 18
    d.wrap(306, y - 20, "The National Society for Histotechnology is approved as a provider of continuing education programs "
                        "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours are P.A.C.E.\u00ae "
                        "credit at the intermediate level.", "TR", 9.5, 440, lead=12, align="C")
    d.line(206, 120, 406, 120)
    d.ctext(106, "Lucinda F. Abernethy, HTL(ASCP)QIHC", "TR", 10)
    d.ctext(94, "Chair, NSH Education Committee", "TR", 10)
    d.save(cid)


@cert("p28", style="ascls-pace-provider", producer="ghostscript",
      layout=["portrait", "one-paragraph", "quoted-title", "format-line"],
      notes="Reference-laboratory client education, one-paragraph wording with the title in straight quotes; client account number and printed date distractors.",
      name="Ezekiel M. Foster-Lang",
      title="Vitamin D Testing: Immunoassay vs. LC-MS/MS and Date-of-Draw Considerations",
      date="2026-04-02", credits=1.0, unit="contact hour",
      provider=["Pinecrest Reference Laboratories", "Pinecrest Reference Laboratories, Client Education Services"],
      activity_id="PRL-EM-0442")
def p28(cid):
    d = PS()
    d.color(30, 80, 60)
    d.rect(0, 712, 612, 80, fill=True)
    d.color(255, 255, 255)
    d.text(54, 752, "Pinecrest Reference Laboratories", "HB", 20)
    d.text(54, 730, "Client Education Services", "HR", 11)
    d.color(0, 0, 0)
    d.text(54, 650, "Certificate of Completion", "TB", 24)
    d.color(30, 80, 60)
    d.text(54, 618, "Enduring Material", "HO", 11)
    d.color(0, 0, 0)
    para = ("Pinecrest Reference Laboratories, Client Education Services, certifies that Ezekiel M. Foster-Lang "
            "completed \"Vitamin D Testing: Immunoassay vs. LC-MS/MS and Date-of-Draw Considerations\" on April 2, 2026 "
            "and has earned 1.0 contact hour of P.A.C.E.\u00ae continuing education credit.")
    y = d.wrap(54, 590, para, "TR", 14, 500, lead=20)
    y -= 16
    for lab, val in [("Course #", "PRL-EM-0442"), ("Client account", "PRL-00871 (Harbor Point Clinic)"),
                     ("Level", "Basic")]:
        d.text(54, y, lab, "HB", 10.5)
        d.text(170, y, val, "HR", 10.5)
        y -= 16
    d.wrap(54, y - 16, "Pinecrest Reference Laboratories is approved as a provider of continuing education programs in the "
                       "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Enduring material: review date "
                       "March 2026.", "HR", 9, 500, lead=12)
    d.line(54, 160, 254, 160)
    d.text(54, 146, "Vivian A. Rosenthal, PhD, DABCC", "TR", 10.5)
    d.text(54, 133, "Director, Client Education Services", "TR", 10.5)
    d.text(54, 60, "Printed 04/06/2026", "HR", 8)
    d.save(cid)


@cert("p37", style="university-ceu", producer="ghostscript",
      layout=["landscape", "centred-award", "seal", "date-range", "ceu"],
      notes="University continuing studies CEU certificate (0.3 CEU = 3 contact hours, points 3); five-day online range; IACET mention is an accreditor; transcript ID distractor.",
      name="Patricia D. Nakamura-Ellis",
      title="Laboratory Management Series: Budgeting, Cost per Reportable Result and Capital Requests",
      date="2025-12-05", credits=0.3, unit="CEU",
      provider=["Western Ridge University", "Western Ridge University, Division of Continuing Studies"],
      activity_id="MLM-404")
def p37(cid):
    d = PS(792, 612)
    d.color(20, 40, 80)
    d.rect(24, 24, 744, 564, lw=3)
    d.rect(32, 32, 728, 548, lw=0.8)
    d.circle(396, 515, 38, lw=2)
    d.circle(396, 515, 32, lw=0.7)
    d.ctext(518, "WRU", "TB", 20)
    d.ctext(500, "1908", "HR", 8)
    d.ctext(445, "Western Ridge University", "NCB", 28)
    d.ctext(424, "Division of Continuing Studies", "NCI", 13)
    d.color(0, 0, 0)
    d.ctext(385, "awards this certificate to", "NCR", 12)
    d.ctext(350, "Patricia D. Nakamura-Ellis", "NCB", 24)
    d.ctext(320, "for successful completion of", "NCR", 12)
    y = d.wrap(396, 294, "Laboratory Management Series: Budgeting, Cost per Reportable Result and Capital Requests",
               "TB", 17, 560, lead=21, align="C")
    d.ctext(y - 4, "December 1-5, 2025  (online, instructor-led)", "NCR", 11.5)
    d.ctext(y - 30, "0.3 Continuing Education Units (CEU)", "NCB", 14)
    d.ctext(y - 50, "Course No. MLM-404     Transcript ID 2025-CS-11873", "HR", 9.5)
    d.wrap(396, 118, "The Division of Continuing Studies awards CEUs in accordance with the criteria of the International "
                     "Accreditors for Continuing Education and Training (IACET). One CEU equals ten contact hours.",
           "TI", 8.5, 560, lead=10.5, align="C")
    d.line(90, 80, 280, 80)
    d.line(512, 80, 702, 80)
    d.text(185, 67, "Conrad L. Whitmore, PhD", "NCR", 9.5, "C")
    d.text(185, 56, "Dean, Division of Continuing Studies", "NCR", 9.5, "C")
    d.text(607, 67, "Alma R. Devereaux", "NCR", 9.5, "C")
    d.text(607, 56, "Registrar", "NCR", 9.5, "C")
    d.save(cid)


# ===MAIN===
def write_gold(cid, gold):
    g = dict(gold)
    cr = g["credits"]
    g["points"] = round(cr * 10, 4) if g["unit"] == "CEU" else cr
    g = {k: g.get(k) for k in GOLD_KEYS}
    with open(os.path.join(BASE, cid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main(argv):
    global TMP
    os.makedirs(SRC, exist_ok=True)
    TMP = tempfile.mkdtemp(prefix=".tmp-build-", dir=BASE)
    want = set(argv)
    try:
        for cid, gold, fn in sorted(CERTS, key=lambda c: c[0]):
            if want and cid not in want:
                continue
            fn(cid)
            write_gold(cid, gold)
            print("built", cid, gold["producer"])
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    ids = [c[0] for c in CERTS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    print(len(CERTS), "certificates registered")


if __name__ == "__main__":
    main(sys.argv[1:])
