#!/usr/bin/python3
"""Blind test set generator: CE certificates for medical laboratory professionals.

Writes xNN.pdf + xNN.gold.json next to this script and the sources it renders
into src/.  Every person, number and activity is invented.
Run:  /usr/bin/python3 build.py            (all)
      /usr/bin/python3 build.py x01 x07    (some)
"""
import json, os, shutil, subprocess, sys, textwrap, html

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
PROFILE = os.path.join(HERE, ".profiles")       # browser / office profiles, kept out of src/
os.makedirs(SRC, exist_ok=True)
os.makedirs(PROFILE, exist_ok=True)

CERTS = []


def cert(**gold):
    gold.setdefault("notes", "")
    c = gold["credits"]
    gold["points"] = round(c * 10, 2) if gold["unit"] == "CEU" else c
    def deco(fn):
        CERTS.append((gold, fn))
        return fn
    return deco


def src(name):
    return os.path.join(SRC, name)


def out(cid):
    return os.path.join(HERE, cid + ".pdf")


def write(path, text, enc="utf-8"):
    with open(path, "w", encoding=enc) as f:
        f.write(text)


def run(cmd, timeout=120, **kw):
    r = subprocess.run(cmd, cwd=HERE, timeout=timeout, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s %s" % (cmd[0], r.stdout[-800:], r.stderr[-800:]))
    return r


# ---------------------------------------------------------------- producers
def chromium_pdf(cid, html_text):
    h = src(cid + ".html")
    if "<title>" not in html_text:
        html_text = html_text.replace("<head>", "<head><title>Certificate</title>", 1)
    write(h, html_text)
    prof = os.path.join(PROFILE, "chromium")
    os.makedirs(prof, exist_ok=True)
    run(["timeout", "90", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--user-data-dir=" + prof, "--no-pdf-header-footer",
         "--print-to-pdf=" + out(cid), "file://" + h], timeout=100)


def soffice_pdf(cid, srcfile):
    prof = os.path.join(PROFILE, "lo")
    tmpdir = os.path.join(PROFILE, "lo-out")
    os.makedirs(tmpdir, exist_ok=True)
    run(["timeout", "150", "soffice", "-env:UserInstallation=file://" + prof,
         "--headless", "--convert-to", "pdf", "--outdir", tmpdir, srcfile], timeout=160)
    base = os.path.splitext(os.path.basename(srcfile))[0]
    shutil.move(os.path.join(tmpdir, base + ".pdf"), out(cid))


def fodt_pdf(cid, body_xml, styles_xml, page):
    """page: dict(w='8.5in', h='11in', margin='0.6in', orient='portrait')"""
    doc = FODT_TEMPLATE % dict(styles=styles_xml, body=body_xml, **page)
    f = src(cid + ".fodt")
    write(f, doc)
    soffice_pdf(cid, f)


def php_pdf(cid, php_code):
    p = src(cid + ".php")
    write(p, php_code)
    run(["php", p, out(cid)], timeout=60)


def gs_pdf(cid, ps_code):
    p = src(cid + ".ps")
    write(p, ps_code, enc="cp1252")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
         "-sOutputFile=" + out(cid), p], timeout=60)


def qpdf_flatten(cid, form_pdf):
    run(["qpdf", "--generate-appearances", "--flatten-annotations=all", form_pdf, out(cid)])


FODT_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:hyphenate="false"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="%(w)s" fo:page-height="%(h)s" style:print-orientation="%(orient)s"
   fo:margin-top="%(margin)s" fo:margin-bottom="%(margin)s" fo:margin-left="%(margin)s" fo:margin-right="%(margin)s"
   %(border)s/>
 </style:page-layout>
%(styles)s
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body>
</office:document>
"""


def esc(s):
    return html.escape(s, quote=False)


def ps_str(s):
    """PostScript string literal (the .ps file is written in cp1252, see Enc in PS_PROLOG)."""
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


PS_PROLOG = r"""%!PS-Adobe-3.0
%%Creator: certs-x build.py (hand-written PostScript)
% ISO Latin-1 plus the cp1252 punctuation we use; the file itself is written in cp1252
/Enc ISOLatin1Encoding 256 array copy def
Enc 39 /quotesingle put  Enc 96 /grave put  Enc 45 /hyphen put
Enc 150 /endash put  Enc 151 /emdash put  Enc 147 /quotedblleft put  Enc 148 /quotedblright put
Enc 145 /quoteleft put  Enc 146 /quoteright put  Enc 153 /trademark put  Enc 149 /bullet put
/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall
  /Encoding Enc def currentdict end definefont pop } bind def
/TR /Times-Roman reenc  /TB /Times-Bold reenc  /TI /Times-Italic reenc  /TBI /Times-BoldItalic reenc
/HV /Helvetica reenc  /HB /Helvetica-Bold reenc  /HO /Helvetica-Oblique reenc  /CR /Courier reenc
/ZC /ZapfChancery-MediumItalic reenc  /PB /Palatino-Bold reenc  /PR /Palatino-Roman reenc /PI /Palatino-Italic reenc
/F { exch findfont exch scalefont setfont } bind def                  % /Font size F
/L { /s exch def moveto s show } bind def                                % x y (s) L
/C { /s exch def /y exch def /x exch def x s stringwidth pop 2 div sub y moveto s show } bind def
/R { /s exch def /y exch def /x exch def x s stringwidth pop sub y moveto s show } bind def
/LS { /sp exch def /s exch def /y exch def /x exch def                   % x y (s) spacing LS : centred, letter-spaced
  s stringwidth pop s length 1 sub sp mul add /w exch def x w 2 div sub y moveto sp 0 s ashow } bind def
/rgb { setrgbcolor } bind def
"""


# ---------------------------------------------------------------- certificates
# (sections appended below)

# ================================================================ Chromium
@cert(id="x01", style="ascp-cmle", producer="chromium",
      layout=["landscape", "centred-award", "double-border", "seal", "letter-spaced-name",
              "all-caps-name-css", "format-line", "signature-block"],
      notes="Name typed in mixed case but printed in capitals by CSS text-transform with letter "
            "spacing; 'On-Demand Course' format line below the title; printed date and certificate "
            "number are distractors.",
      name="MARISOL T. OKONKWO-REYES",
      title="Red Cell Morphology in Hemolytic Anemias: A Case-Based Review",
      date="2026-02-11", credits=1.5, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="26-HEM-0412")
def x01(g):
    chromium_pdf("x01", """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0; }
body { margin:0; font-family: 'C059','Liberation Serif',serif; color:#1d2433; }
.frame { position:absolute; inset:0.35in; border:6px double #1f3c6e; padding:0.35in 0.7in; text-align:center; }
.org { font-family:'Nimbus Sans',sans-serif; font-size:15pt; color:#1f3c6e; letter-spacing:1px; margin-top:6px; }
.kind { font-size:34pt; font-style:italic; margin:14px 0 6px; }
.lead { font-size:12pt; margin:8px 0; }
.who { font-family:'Nimbus Sans',sans-serif; font-size:25pt; font-weight:bold; text-transform:uppercase;
       letter-spacing:0.28em; margin:10px 0 12px; border-bottom:1px solid #8a96ad; display:inline-block; padding:0 20px 6px; }
.ttl { font-size:19pt; font-weight:bold; margin:6px 60px 2px; }
.fmt { font-family:'Nimbus Sans',sans-serif; font-size:10pt; letter-spacing:3px; color:#6b7690; margin-bottom:12px; }
.award { font-size:13pt; }
.award b { font-size:16pt; }
.fine { font-size:9pt; color:#4b5568; margin:8px 90px 0; }
.row { position:absolute; left:0.7in; right:0.7in; bottom:0.45in; display:flex; justify-content:space-between;
       font-family:'Nimbus Sans',sans-serif; font-size:9pt; text-align:left; }
.sig { position:absolute; right:1.0in; bottom:1.15in; text-align:center; font-size:10pt; }
.sig .line { width:2.6in; border-top:1px solid #333; padding-top:3px; }
.sig .script { font-family:'Z003',cursive; font-size:22pt; }
.seal { position:absolute; left:1.0in; bottom:1.05in; width:1.25in; height:1.25in; border-radius:50%;
        border:3px solid #b08d2b; color:#b08d2b; font-family:'Nimbus Sans',sans-serif; font-size:8pt;
        display:flex; align-items:center; justify-content:center; text-align:center; box-shadow: inset 0 0 0 5px #fff, inset 0 0 0 6px #b08d2b; }
</style></head><body><div class="frame">
<div class="org">American Society for Clinical Pathology</div>
<div class="kind">Certificate of Completion</div>
<div class="lead">This certifies that</div>
<div class="who">Marisol T. Okonkwo-Reyes</div>
<div class="lead">has successfully completed the online course</div>
<div class="ttl">Red Cell Morphology in Hemolytic Anemias: A <span style="white-space:nowrap">Case-Based Review</span></div>
<div class="fmt">ON-DEMAND COURSE</div>
<div class="award">and is awarded <b>1.5</b> CMLE credits</div>
<div class="fine">CMLE (Continuing Medical Laboratory Education) credit is accepted by the ASCP Board of
Certification toward the Credential Maintenance Program (CMP).</div>
<div class="seal"><div>ASCP<br>CMLE<br>&#9733; 2026 &#9733;</div></div>
<div class="sig"><div class="script">Evelyn Castellano</div><div class="line">Evelyn R. Castellano, MD, MBA<br>Senior Director, Learning Design</div></div>
<div class="row">
 <div>Date Completed: February 11, 2026</div>
 <div>Course Number: 26-HEM-0412</div>
 <div>Certificate No. C-88120457</div>
 <div>Printed 03/02/2026</div>
</div>
</div></body></html>""")


@cert(id="x08", style="state-society", producer="chromium",
      layout=["portrait", "accent-bar", "labels-above-values", "format-line", "accreditation-statement"],
      notes="Session certificate from a state society meeting; 'Spring Symposium' printed on its own "
            "line above the session title; speaker name and P.A.C.E. provider number are distractors.",
      name="Wendell O. Pruitt",
      title="Emerging Fungal Pathogens: Candida auris Screening in the Acute-Care Laboratory",
      date="2025-03-28", credits=1.0, unit="contact hour",
      provider=["Cumberland Society for Clinical Laboratory Science", "CSCLS"], activity_id="3B")
def x08(g):
    chromium_pdf("x08", """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0; }
body { margin:0; font-family:'Liberation Sans',sans-serif; color:#222; }
.bar { position:absolute; left:0; top:0; bottom:0; width:0.55in; background:#2f6b4f; }
.page { margin-left:1.2in; margin-right:0.9in; padding-top:0.9in; }
.logo { font-family:'URW Bookman',serif; font-size:30pt; font-weight:bold; color:#2f6b4f; letter-spacing:2px; }
.soc { font-size:13pt; margin-top:2px; }
hr { border:0; border-top:2px solid #2f6b4f; margin:22px 0 26px; }
h1 { font-size:15pt; font-weight:normal; text-transform:uppercase; letter-spacing:4px; color:#555; margin:0 0 28px; }
.fmt { font-family:'URW Bookman',serif; font-style:italic; font-size:14pt; color:#2f6b4f; }
.ttl { font-size:20pt; font-weight:bold; line-height:1.25; margin:6px 0 6px; }
.spk { font-size:10.5pt; color:#555; margin-bottom:36px; }
.grid { display:grid; grid-template-columns: 2.5in 2.2in 1.7in; row-gap:26px; }
.lab { font-size:8pt; text-transform:uppercase; letter-spacing:1.5px; color:#777; }
.val { font-size:13pt; margin-top:4px; }
.stmt { margin-top:60px; font-size:9.5pt; line-height:1.45; color:#444; border-left:3px solid #ccc; padding-left:12px; }
.foot { position:absolute; bottom:0.6in; left:1.2in; right:0.9in; font-size:8pt; color:#888; }
</style></head><body><div class="bar"></div><div class="page">
<div class="logo">CSCLS</div>
<div class="soc">Cumberland Society for Clinical Laboratory Science</div>
<hr>
<h1>Verification of Session Attendance</h1>
<div class="fmt">Spring Symposium</div>
<div class="ttl">Emerging Fungal Pathogens: Candida auris Screening in the Acute-Care Laboratory</div>
<div class="spk">Presented by Renata Vasquez-Lyle, PhD, D(ABMM), Regional Mycology Reference Laboratory</div>
<div class="grid">
 <div><div class="lab">Attendee</div><div class="val">Wendell O. Pruitt, MLS(ASCP)</div></div>
 <div><div class="lab">Session No.</div><div class="val">3B</div></div>
 <div><div class="lab">Session Date</div><div class="val">March 28, 2025</div></div>
 <div><div class="lab">Location</div><div class="val">Riverside Hotel, Salon C</div></div>
 <div><div class="lab">P.A.C.E.&reg; Contact Hours</div><div class="val">1.0</div></div>
 <div><div class="lab">Level</div><div class="val">Intermediate</div></div>
</div>
<div class="stmt">The Cumberland Society for Clinical Laboratory Science is approved as a provider of continuing
education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program
(Provider No. 180-311). Retain this verification for your records; the society does not keep
individual transcripts.</div>
<div class="foot">CSCLS Continuing Education Committee &middot; questions: ce-chair@cscls.example.org</div>
</div></body></html>""")


@cert(id="x13", style="joint-accreditation", producer="chromium",
      layout=["landscape", "credit-table", "format-line", "accreditation-statement", "several-credit-types"],
      notes="Joint-accreditation CME with AMA PRA 1.25, ANCC 1.25, ACPE 1.25 and P.A.C.E. 1.0; only the "
            "P.A.C.E. figure counts. 'LIVE WEBINAR' on its own line. Learner ID is a distractor.",
      name="Gabriel Ostrowski-Nakamura",
      title="Antimicrobial Stewardship in Practice: Cumulative Antibiograms and Selective Reporting Rules",
      date="2026-02-26", credits=1.0, unit="contact hour",
      provider=["Summit Ridge Center for Continuing Health Education", "SRCCHE"], activity_id="JA-26-0226-W")
def x13(g):
    chromium_pdf("x13", """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter landscape; margin: 0.5in 0.6in; }
body { font-family:'DejaVu Sans',sans-serif; font-size:9.5pt; color:#1b1b1b; margin:0; }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:4px solid #7a2e3a; padding-bottom:8px; }
.brand { font-size:17pt; font-weight:bold; color:#7a2e3a; }
.brand small { display:block; font-size:9pt; font-weight:normal; color:#555; }
.ja { font-size:8pt; text-align:right; color:#555; }
h1 { font-family:'P052',serif; font-size:24pt; font-weight:normal; margin:18px 0 4px; }
.name { font-family:'P052',serif; font-size:22pt; font-weight:bold; margin:4px 0 10px; }
.fmt { font-weight:bold; letter-spacing:2px; color:#7a2e3a; font-size:10pt; margin-top:6px; }
.ttl { font-size:14pt; font-weight:bold; margin:2px 0 4px; max-width:8.2in; }
.meta { color:#444; margin-bottom:12px; }
table { border-collapse:collapse; width:6.9in; }
th, td { border:1px solid #999; padding:4px 8px; text-align:left; }
th { background:#efe4e6; }
td.n { text-align:right; width:1.1in; }
.stmt { font-size:7.8pt; color:#333; margin-top:12px; line-height:1.35; }
</style></head><body>
<div class="top"><div class="brand">Summit Ridge Center for Continuing Health Education<small>SRCCHE &middot; Interprofessional Continuing Education</small></div>
<div class="ja">JOINTLY ACCREDITED PROVIDER&trade;<br>INTERPROFESSIONAL CONTINUING EDUCATION</div></div>
<h1>Certificate of Participation</h1>
<div>awarded to</div>
<div class="name">Gabriel Ostrowski-Nakamura, MLS(ASCP)<sup>CM</sup></div>
<div>for participation in</div>
<div class="fmt">LIVE WEBINAR</div>
<div class="ttl">Antimicrobial Stewardship in Practice: Cumulative Antibiograms and Selective Reporting Rules</div>
<div class="meta">Activity ID: JA-26-0226-W &nbsp;&nbsp;|&nbsp;&nbsp; Activity date: February 26, 2026 &nbsp;&nbsp;|&nbsp;&nbsp; Learner ID 300481</div>
<table>
<tr><th>Credit designation</th><th>Profession</th><th>Awarded</th></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td>Physicians</td><td class="n">1.25</td></tr>
<tr><td>ANCC nursing contact hours</td><td>Nurses</td><td class="n">1.25</td></tr>
<tr><td>ACPE contact hours (knowledge-based)</td><td>Pharmacists</td><td class="n">1.25</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td>Laboratory professionals</td><td class="n">1.0</td></tr>
</table>
<div class="stmt">In support of improving patient care, Summit Ridge Center for Continuing Health Education is jointly
accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for
Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for
the healthcare team. SRCCHE designates this live activity for a maximum of 1.25 AMA PRA Category 1 Credits&trade;.
Physicians should claim only the credit commensurate with the extent of their participation in the activity.
SRCCHE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS
P.A.C.E.&reg; Program; this activity is approved for 1.0 P.A.C.E.&reg; contact hour.<br>Issued electronically 03/04/2026.</div>
</body></html>""")


@cert(id="x23", style="amt", producer="chromium",
      layout=["portrait", "two-column-form", "bordered-grid", "all-caps-name"],
      notes="Name typed in capitals in the source. Member ID and issue date are distractors; dates in "
            "MM/DD/YYYY.",
      name="JAMAL R. PETTIGREW",
      title="Point-of-Care Testing Program Oversight: Training, Competency, and Documentation",
      date="2025-03-18", credits=1.5, unit="CE hour",
      provider=["American Medical Technologists", "AMT"], activity_id="AMT-E-1342")
def x23(g):
    rows = [("Participant", "JAMAL R. PETTIGREW, MT(AMT)"), ("AMT Member ID", "2210458"),
            ("Course Title", "Point-of-Care Testing Program Oversight: Training, Competency, and Documentation"),
            ("Course ID", "AMT-E-1342"), ("Delivery", "Online, self-paced text with post-test"),
            ("Date Completed", "03/18/2025"), ("Post-test Score", "92%"), ("CE Hours Earned", "1.5"),
            ("Certificate Issued", "03/19/2025")]
    trs = "\n".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows)
    chromium_pdf("x23", """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.8in 0.9in; }
body { font-family:'Nimbus Sans',sans-serif; font-size:11pt; color:#111; }
.hd { text-align:center; border:2px solid #0d3b66; padding:14px; }
.hd .o { font-size:18pt; font-weight:bold; color:#0d3b66; }
.hd .s { font-size:10pt; letter-spacing:3px; margin-top:4px; }
h2 { text-align:center; font-size:15pt; margin:26px 0 18px; }
table { width:100%%; border-collapse:collapse; }
th { width:2.0in; text-align:left; background:#e8eef5; font-weight:bold; }
th, td { border:1px solid #7f95ad; padding:9px 10px; vertical-align:top; }
p { font-size:9.5pt; line-height:1.45; margin-top:22px; }
.sig { margin-top:48px; width:3in; border-top:1px solid #000; padding-top:4px; font-size:9.5pt; }
</style></head><body>
<div class="hd"><div class="o">American Medical Technologists</div><div class="s">AMT CONTINUING EDUCATION &middot; STEP ONLINE</div></div>
<h2>Continuing Education Completion Record</h2>
<table>%s</table>
<p>AMT attests that the participant named above completed the course listed and passed the post-test.
CE hours recorded here may be applied toward the AMT Certification Continuation Program (CCP) and
toward other certifying bodies that accept AMT-approved continuing education. Keep this record for
four years.</p>
<div class="sig">Coordinator, AMT Education Services</div>
</body></html>""" % trs)


# ================================================================ LibreOffice from python-docx
def dx_new(landscape=False, margin=0.8):
    import docx
    from docx.shared import Inches
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Inches(margin))
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.paragraph_format.space_after = 0
    return d


def dx_p(d_or_cell, text="", size=11, bold=False, italic=False, align="left", after=4, before=0,
         font=None, color=None, caps=False, spacing=None):
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d_or_cell.add_paragraph()
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if text:
        dx_run(p, text, size, bold, italic, font, color, caps, spacing)
    return p


def dx_run(p, text, size=11, bold=False, italic=False, font=None, color=None, caps=False, spacing=None):
    from docx.shared import Pt, RGBColor
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold, r.italic = bold, italic
    if font:
        r.font.name = font
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if spacing:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))
        r._element.get_or_add_rPr().append(sp)
    return r


def dx_cell_shade(cell, hexcolor):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def dx_page_border(d, sz=24, color="1F3C6E", style="double"):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    sectPr = d.sections[0]._sectPr
    pb = OxmlElement("w:pgBorders")
    pb.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), style); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "24"); e.set(qn("w:color"), color)
        pb.append(e)
    sectPr.append(pb)


def dx_save(cid, d):
    f = src(cid + ".docx")
    d.save(f)
    soffice_pdf(cid, f)


def dx_table(d, rows, widths, label_fill=None, style="Table Grid", size=10.5, bold_labels=True):
    from docx.shared import Inches, Pt
    t = d.add_table(rows=0, cols=len(widths))
    t.style = style
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Inches(w)
    for row in rows:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            cells[i].width = Inches(widths[i])
            cells[i].paragraphs[0].paragraph_format.space_after = Pt(2)
            dx_run(cells[i].paragraphs[0], val, size, bold=(bold_labels and i == 0))
            if label_fill and i == 0:
                dx_cell_shade(cells[i], label_fill)
    return t


@cert(id="x02", style="aabb", producer="lo-docx",
      layout=["portrait", "two-column-label-value-table", "suffix-name", "long-title-wraps",
              "accreditation-statement", "signature-block"],
      notes="Label/value table; the title wraps inside its cell; 'eCast' is given in its own Format row. "
            "Member ID and issue date are distractors; name keeps the 'Jr.' suffix.",
      name="Desmond A. Whitfield Jr.",
      title="Antibody Identification Strategies for the Transfusion Service: Panels, Selected Cells, and Adsorptions",
      date="2026-01-21", credits=1.5, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="26EL-073")
def x02(g):
    d = dx_new(margin=0.9)
    dx_p(d, "AABB", 40, bold=True, align="center", font="Liberation Sans", color="A4123F", after=0)
    dx_p(d, "Association for the Advancement of Blood & Biotherapies", 12, align="center", font="Liberation Sans", after=26)
    dx_p(d, "Continuing Education Certificate", 22, italic=True, align="center", after=22)
    dx_table(d, [
        ("Participant", "Desmond A. Whitfield Jr., MLS(ASCP)SBB"),
        ("AABB Member ID", "0041227"),
        ("Program Title", g["title"]),
        ("Format", "eCast (live broadcast with archived recording)"),
        ("Program No.", "26EL-073"),
        ("Date of Participation", "January 21, 2026"),
        ("Credit Awarded", "1.5 P.A.C.E.\u00ae contact hours"),
    ], [2.0, 4.7], label_fill="F3DCE2", size=11)
    dx_p(d, "AABB is approved as a provider of continuing education programs in the clinical laboratory "
            "sciences by the ASCLS P.A.C.E.\u00ae Program. This program meets the requirements for California "
            "clinical laboratory personnel continuing education. Participants should claim only the credit "
            "commensurate with the extent of their participation.", 9.5, align="justify", before=22, after=40,
         font="Liberation Sans")
    dx_p(d, "Lorraine V. Achebe", 20, italic=True, font="Z003", after=0)
    dx_p(d, "______________________________", 10, after=0)
    dx_p(d, "Lorraine V. Achebe, MHA, MT(ASCP)SBB", 10, after=0, font="Liberation Sans")
    dx_p(d, "Director, Education and Professional Development", 10, after=18, font="Liberation Sans")
    dx_p(d, "Date issued: February 3, 2026", 9, font="Liberation Sans", color="666666")
    dx_save("x02", d)


@cert(id="x10", style="hospital-inservice", producer="lo-docx",
      layout=["portrait", "centred", "two-signature-blocks", "page-border", "title-with-orientation-safety"],
      notes="Hospital department in-service; the provider is the hospital and 'hospital, department'. "
            "Title contains 'Safety' and 'Orientation'. Employee ID and the signing date are distractors.",
      name="Lindiwe N. Mbatha",
      title="Annual Competency and Safety Orientation for Phlebotomy and Specimen Processing Staff",
      date="2025-08-19", credits=1.0, unit="contact hour",
      provider=["St. Brigid Regional Medical Center",
                "St. Brigid Regional Medical Center, Department of Pathology and Laboratory Medicine"],
      activity_id="IS-2025-14")
def x10(g):
    d = dx_new(margin=1.0)
    dx_page_border(d, sz=18, color="2E5E4E", style="thinThickSmallGap")
    dx_p(d, "St. Brigid Regional Medical Center", 20, bold=True, align="center", color="2E5E4E", after=0)
    dx_p(d, "Department of Pathology and Laboratory Medicine", 12, align="center", after=0)
    dx_p(d, "Laboratory Education Program", 10.5, italic=True, align="center", after=34)
    dx_p(d, "IN-SERVICE TRAINING CERTIFICATE", 17, bold=True, align="center", spacing=2, after=26,
         font="Liberation Sans")
    dx_p(d, "presented to", 11, italic=True, align="center", after=6)
    dx_p(d, "Lindiwe N. Mbatha", 26, align="center", after=4, font="Z003")
    dx_p(d, "Employee ID 118-2204  \u2022  Specimen Processing, Core Laboratory", 9, align="center",
         color="555555", after=22)
    dx_p(d, "for attending the in-service", 11, italic=True, align="center", after=6)
    dx_p(d, g["title"], 15, bold=True, align="center", after=14)
    dx_p(d, "held Tuesday, August 19, 2025, Conference Room 4 West (In-Service No. IS-2025-14)", 11,
         align="center", after=6)
    p = dx_p(d, "", align="center", after=30)
    dx_run(p, "Contact hours awarded: ", 12)
    dx_run(p, "1.0", 12, bold=True)
    dx_run(p, " (P.A.C.E.\u00ae)", 12)
    from docx.shared import Inches
    t = d.add_table(rows=1, cols=2)
    for i, (n, ttl) in enumerate([("Harold M. Quist, MD", "Medical Director, Laboratory Services"),
                                   ("Joanne P. Ferris, MLS(ASCP)", "Laboratory Education Coordinator")]):
        c = t.rows[0].cells[i]
        c.width = Inches(3.2)
        c.paragraphs[0].text = ""
        dx_p(c, n.split(",")[0], 18, font="Z003", align="center", after=0)
        dx_p(c, "_____________________________", 10, align="center", after=0)
        dx_p(c, n, 10, align="center", after=0)
        dx_p(c, ttl, 9.5, italic=True, align="center", after=0)
    dx_p(d, "Signed 08/22/2025", 9, align="center", before=16, color="555555", after=12)
    dx_p(d, "St. Brigid Regional Medical Center, Department of Pathology and Laboratory Medicine is approved as a "
            "provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
            "P.A.C.E.\u00ae Program.", 8.5, align="center", color="333333")
    dx_save("x10", d)


@cert(id="x18", style="webinar", producer="lo-docx",
      layout=["landscape", "centred", "format-line", "apostrophe-name", "accreditation-statement"],
      notes="ADLM live webinar, ACCENT contact hour; 'LIVE WEBINAR' on its own line above the title. "
            "Registration number is a distractor.",
      name="Fiona M. O'Callaghan",
      title="Beyond the Reference Interval: Harmonizing Pediatric Chemistry Reporting",
      date="2025-10-29", credits=1.0, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="25-WB-1029")
def x18(g):
    d = dx_new(landscape=True, margin=0.7)
    dx_page_border(d, sz=12, color="00677F", style="single")
    dx_p(d, "ADLM", 30, bold=True, font="Liberation Sans", color="00677F", align="center", after=0, spacing=6)
    dx_p(d, "Association for Diagnostics & Laboratory Medicine", 12, font="Liberation Sans", align="center", after=24)
    dx_p(d, "This certificate acknowledges that", 12, italic=True, align="center", after=8)
    dx_p(d, "Fiona M. O'Callaghan", 28, bold=True, align="center", after=8, font="P052")
    dx_p(d, "attended the", 12, italic=True, align="center", after=10)
    dx_p(d, "LIVE WEBINAR", 11, bold=True, font="Liberation Sans", color="00677F", spacing=3, align="center", after=2)
    dx_p(d, g["title"], 18, bold=True, align="center", after=12)
    p = dx_p(d, "", align="center", after=4)
    dx_run(p, "broadcast on October 29, 2025, and has earned ", 12)
    dx_run(p, "1.0 ACCENT\u00ae contact hour", 12, bold=True)
    dx_run(p, ".", 12)
    dx_p(d, "Program ID: 25-WB-1029          Registration No. R-7730912", 10, font="Liberation Mono",
         align="center", after=30)
    dx_p(d, "ADLM designates this activity for 1.0 ACCENT\u00ae continuing education credit. ADLM is approved as a "
            "provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae "
            "Program. ACCENT\u00ae credit is accepted by the ASCP Board of Certification and by state licensure "
            "agencies that recognize P.A.C.E.\u00ae.", 8.5, align="center", font="Liberation Sans", color="444444")
    dx_save("x18", d)


@cert(id="x27", style="cap", producer="lo-docx",
      layout=["portrait", "format-line", "credit-table", "claimed-vs-maximum", "accreditation-statement"],
      notes="CAP enduring material; table with maximum available and claimed credit for AMA PRA and CE; the "
            "claimed CE figure (1.25) is gold, the maximum (1.50) and the AMA figure are distractors.",
      name="Hollis E. Brandt",
      title="Digital Pathology Validation: Whole Slide Imaging for Primary Diagnosis",
      date="2026-02-02", credits=1.25, unit="contact hour",
      provider=["College of American Pathologists", "CAP"], activity_id="DPV-2026-E")
def x27(g):
    d = dx_new(margin=0.85)
    dx_p(d, "College of American Pathologists", 18, bold=True, font="Liberation Sans", color="003B71", after=0)
    dx_p(d, "CAP Learning  |  Transcript Services", 10, font="Liberation Sans", color="666666", after=30)
    dx_p(d, "Certificate of Credit", 24, align="left", after=18, font="P052")
    p = dx_p(d, "", after=18)
    dx_run(p, "Learner: ", 12)
    dx_run(p, "Hollis E. Brandt, PhD, DABCC", 12, bold=True)
    dx_p(d, "Enduring Material", 10, italic=True, color="003B71", after=2, font="Liberation Sans")
    dx_p(d, g["title"], 16, bold=True, after=6)
    dx_p(d, "Course ID: DPV-2026-E        Completed: 02/02/2026        Customer No. 71004-338", 10,
         font="Liberation Sans", after=20)
    t = dx_table(d, [("Credit type", "Maximum available", "Credit claimed"),
                     ("AMA PRA Category 1 Credits\u2122", "1.50", "0.00"),
                     ("Continuing Education (CE) contact hours", "1.50", "1.25")],
                 [3.4, 1.5, 1.5], label_fill=None, size=10.5, bold_labels=False)
    for c in t.rows[0].cells:
        dx_cell_shade(c, "DCE6F0")
    dx_p(d, "The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical "
            "Education (ACCME) to provide continuing medical education for physicians. The CAP designates this "
            "enduring material for a maximum of 1.50 AMA PRA Category 1 Credits\u2122. Physicians should claim only "
            "the credit commensurate with the extent of their participation in the activity.", 9, before=22,
         after=8, align="justify", font="Liberation Sans")
    dx_p(d, "The American Society for Clinical Laboratory Science (ASCLS) P.A.C.E.\u00ae Program has approved the "
            "College of American Pathologists as a provider of continuing education programs in the clinical "
            "laboratory sciences. Laboratory professionals receive CE contact hours equal to the credit claimed.",
         9, after=28, align="justify", font="Liberation Sans")
    dx_p(d, "Transcript generated 02/09/2026. Release date of this enduring material: 06/01/2025; "
            "expiration date: 05/31/2027.", 8.5, color="666666", font="Liberation Sans")
    dx_save("x27", d)


# ================================================================ LibreOffice from hand-written .fodt
class Fodt:
    """Tiny builder for flat ODF text documents."""

    def __init__(self):
        self.styles, self.body, self.n = [], [], 0

    def pstyle(self, size=11, bold=False, italic=False, align="center", font="Liberation Serif",
               color="#000000", before="0in", after="0.06in", spacing=None, caps=False, border=None):
        self.n += 1
        name = "P%d" % self.n
        tp = 'fo:font-size="%spt" style:font-name="%s" fo:color="%s"' % (size, font, color)
        if bold:
            tp += ' fo:font-weight="bold"'
        if italic:
            tp += ' fo:font-style="italic"'
        if spacing:
            tp += ' fo:letter-spacing="%s"' % spacing
        if caps:
            tp += ' fo:text-transform="uppercase"'
        pp = 'fo:text-align="%s" fo:margin-top="%s" fo:margin-bottom="%s"' % (
            {"center": "center", "left": "start", "right": "end", "justify": "justify"}[align], before, after)
        if border:
            pp += ' fo:border-bottom="%s" fo:padding-bottom="0.04in"' % border
        self.styles.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties %s/>'
                           '<style:text-properties %s/></style:style>' % (name, pp, tp))
        return name

    def tstyle(self, **kw):
        """character style for spans"""
        self.n += 1
        name = "T%d" % self.n
        tp = " ".join('fo:%s="%s"' % (k.replace("_", "-"), v) for k, v in kw.items())
        self.styles.append('<style:style style:name="%s" style:family="text"><style:text-properties %s/></style:style>'
                           % (name, tp))
        return name

    def p(self, style, *parts):
        """parts: plain strings, or (charstyle, text) tuples"""
        self.body.append(self.para_xml(style, *parts))

    @staticmethod
    def para_xml(style, *parts):
        inner = ""
        for part in parts:
            if isinstance(part, tuple):
                inner += '<text:span text:style-name="%s">%s</text:span>' % (part[0], esc(part[1]))
            else:
                inner += esc(part)
        inner = inner.replace("\n", "<text:line-break/>").replace("\t", "<text:tab/>")
        return '<text:p text:style-name="%s">%s</text:p>' % (style, inner)

    def table(self, rows, widths, border="0.5pt solid #777777", fills=None, name=None):
        """rows: list of lists of xml-paragraph strings (or lists of them)."""
        self.n += 1
        tn = name or "Tbl%d" % self.n
        total = sum(widths)
        self.styles.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                           'style:width="%.2fin" table:align="center"/></style:style>' % (tn, total))
        cols = ""
        for i, w in enumerate(widths):
            self.styles.append('<style:style style:name="%s.C%d" style:family="table-column">'
                               '<style:table-column-properties style:column-width="%.2fin"/></style:style>' % (tn, i, w))
            cols += '<table:table-column table:style-name="%s.C%d"/>' % (tn, i)
        xml = '<table:table table:name="%s" table:style-name="%s">%s' % (tn, tn, cols)
        for r, row in enumerate(rows):
            xml += "<table:table-row>"
            for c, cell in enumerate(row):
                fill = (fills or {}).get((r, c)) or (fills or {}).get(("row", r)) or (fills or {}).get(("col", c))
                cs = "%s.R%dC%d" % (tn, r, c)
                self.styles.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties '
                                   'fo:padding="0.05in" fo:border="%s" %s/></style:style>'
                                   % (cs, border, ('fo:background-color="%s"' % fill) if fill else ""))
                paras = cell if isinstance(cell, list) else [cell]
                xml += '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (
                    cs, "".join(paras))
            xml += "</table:table-row>"
        xml += "</table:table>"
        self.body.append(xml)

    def render(self, cid, w="8.5in", h="11in", margin="0.7in", orient="portrait", border=""):
        fodt_pdf(cid, "\n".join(self.body), "\n".join(self.styles),
                 dict(w=w, h=h, margin=margin, orient=orient,
                      border=('fo:border="%s" fo:padding="0.25in"' % border) if border else ""))


@cert(id="x07", style="state-society", producer="lo-fodt",
      layout=["portrait", "centred", "meeting-date-range", "two-signature-blocks", "page-border"],
      notes="Meeting attendance certificate without a session title; title is the meeting name; "
            "date is the last day of April 23-25, 2025. Registration number and issue date are distractors.",
      name="Harriet June Abernathy",
      title="58th Annual Meeting & Scientific Assembly",
      date="2025-04-25", credits=12.5, unit="contact hour",
      provider=["Heartland Society for Clinical Laboratory Science", "HSCLS"], activity_id="299-612-25")
def x07(g):
    f = Fodt()
    logo = f.pstyle(34, bold=True, font="Liberation Sans", color="#8B1E1E", spacing="0.08in", after="0in")
    soc = f.pstyle(13, font="Liberation Sans", color="#333333", after="0.5in")
    big = f.pstyle(28, italic=True, after="0.3in")
    small = f.pstyle(11, italic=True, after="0.12in")
    nm = f.pstyle(24, bold=True, after="0.2in", border="0.75pt solid #8B1E1E")
    ttl = f.pstyle(18, bold=True, color="#8B1E1E", after="0.06in")
    plain = f.pstyle(11.5, after="0.06in")
    credit = f.pstyle(13, before="0.2in", after="0.35in")
    b = f.tstyle(font_weight="bold")
    fine = f.pstyle(8.5, align="justify", font="Liberation Sans", color="#444444", after="0.06in")
    sig1 = f.pstyle(10, align="center", before="0.05in", after="0in")
    sig2 = f.pstyle(9, italic=True, align="center", after="0in")
    line = f.pstyle(10, align="center", after="0in")
    f.p(logo, "HSCLS")
    f.p(soc, "Heartland Society for Clinical Laboratory Science")
    f.p(big, "Certificate of Attendance")
    f.p(small, "This is to certify that")
    f.p(nm, "Harriet June Abernathy")
    f.p(small, "attended the")
    f.p(ttl, "58th Annual Meeting & Scientific Assembly")
    f.p(plain, "April 23\u201325, 2025  \u00b7  Prairie Lakes Conference Center")
    f.p(credit, "and earned a total of ", (b, "12.5"), " P.A.C.E.\u00ae contact hours")
    f.table([[Fodt.para_xml(line, "_________________________"), Fodt.para_xml(line, "_________________________")],
             [Fodt.para_xml(sig1, "Delbert K. Vance, MS, MLS(ASCP)"), Fodt.para_xml(sig1, "Rosalind Ferreira-Holm, MT(ASCP)")],
             [Fodt.para_xml(sig2, "Annual Meeting Chair"), Fodt.para_xml(sig2, "HSCLS President")]],
            [3.0, 3.0], border="none")
    f.p(f.pstyle(9, font="Liberation Sans", before="0.4in", after="0.1in"),
        "P.A.C.E.\u00ae Program No. 299-612-25      Registration No. REG-40917      Issued May 2, 2025")
    f.p(fine, "The Heartland Society for Clinical Laboratory Science is approved as a provider of continuing "
              "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. "
              "Contact hours reflect sessions verified by badge scan; attendees are responsible for retaining "
              "this certificate.")
    f.render("x07", margin="0.75in", border="3pt double #8B1E1E")


@cert(id="x14", style="university-ceu", producer="lo-fodt",
      layout=["landscape", "centred", "all-caps-name", "ceu", "course-date-range", "signature-block"],
      notes="University non-credit course; 2.4 CEU (24 points). Date is the last day of the course range. "
            "Name printed in capitals with a diacritic. Transcript record number and issue date are distractors.",
      name="ANNIKA BJÖRK SALAZAR",
      title="Clinical Microbiology Refresher for Returning Laboratory Professionals",
      date="2025-03-14", credits=2.4, unit="CEU",
      provider=["University of Eastern Piedmont",
                "University of Eastern Piedmont, Division of Continuing and Professional Education"],
      activity_id="CLS-CE 702")
def x14(g):
    f = Fodt()
    uni = f.pstyle(26, font="P052", color="#3B2A63", spacing="0.03in", after="0in")
    div = f.pstyle(12, italic=True, font="P052", color="#3B2A63", after="0.35in")
    small = f.pstyle(12, italic=True, after="0.1in")
    nm = f.pstyle(26, bold=True, font="Liberation Sans", after="0.14in", spacing="0.02in")
    ttl = f.pstyle(19, bold=True, after="0.06in")
    plain = f.pstyle(12, after="0.06in")
    b = f.tstyle(font_weight="bold")
    f.p(uni, "University of Eastern Piedmont")
    f.p(div, "Division of Continuing and Professional Education")
    f.p(small, "This certifies that")
    f.p(nm, "ANNIKA BJÖRK SALAZAR")
    f.p(small, "has satisfactorily completed the non-credit professional course")
    f.p(ttl, "Clinical Microbiology Refresher for Returning Laboratory Professionals")
    f.p(plain, "Course No. CLS-CE 702  \u00b7  offered January 6 \u2013 March 14, 2025  \u00b7  hybrid (online and campus laboratory)")
    f.p(f.pstyle(13, before="0.12in", after="0.3in"), "and is hereby awarded ", (b, "2.4"),
        " Continuing Education Units (CEUs)")
    sig = f.pstyle(10, align="left", after="0in")
    sigi = f.pstyle(9, italic=True, align="left", after="0in")
    f.table([[[Fodt.para_xml(sig, "__________________________"), Fodt.para_xml(sig, "Margarethe L. Onyango, EdD"),
               Fodt.para_xml(sigi, "Dean, Continuing and Professional Education")],
              [Fodt.para_xml(sig, "__________________________"), Fodt.para_xml(sig, "Travis J. Delacroix, MS, MLS(ASCP)"),
               Fodt.para_xml(sigi, "Program Director, Clinical Laboratory Science")]]], [4.0, 4.0], border="none")
    f.p(f.pstyle(8, font="Liberation Sans", color="#555555", before="0.3in", after="0.02in"),
        "One Continuing Education Unit (CEU) represents ten contact hours of participation in an organized continuing "
        "education experience under responsible sponsorship, capable direction, and qualified instruction.")
    f.p(f.pstyle(8, font="Liberation Sans", color="#555555"),
        "Issued by the University of Eastern Piedmont, Division of Continuing and Professional Education "
        "\u00b7 Transcript record 2025-00871 \u00b7 Date of issue: March 21, 2025")
    f.render("x14", w="11in", h="8.5in", orient="landscape", margin="0.5in", border="1.5pt solid #3B2A63")


@cert(id="x24", style="clsi", producer="lo-fodt",
      layout=["portrait", "labels-above-values", "small-table", "format-line", "accreditation-statement"],
      notes="Standards-organisation webinar recording; a one-row table with labels above values. Order "
            "number and printed date are distractors.",
      name="Siobhan T. Kavanagh-Ruiz",
      title="Verification of Performance for Quantitative Methods: Applying the Updated Guideline",
      date="2025-11-05", credits=1.5, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="CLSI-WB-25-11")
def x24(g):
    f = Fodt()
    org = f.pstyle(30, bold=True, align="left", font="Liberation Sans", color="#005A8C", after="0in")
    orgl = f.pstyle(12, align="left", font="Liberation Sans", after="0.6in", border="1.5pt solid #005A8C")
    h = f.pstyle(20, align="left", font="Liberation Sans", after="0.3in")
    lead = f.pstyle(11, align="left", after="0.05in")
    nm = f.pstyle(22, bold=True, align="left", after="0.3in")
    fmt = f.pstyle(10, align="left", font="Liberation Sans", color="#005A8C", spacing="0.03in", caps=True, after="0in")
    ttl = f.pstyle(16, bold=True, align="left", after="0.35in")
    lab = f.pstyle(8, align="left", font="Liberation Sans", color="#666666", caps=True, after="0in")
    val = f.pstyle(11.5, align="left", font="Liberation Sans", after="0in")
    f.p(org, "CLSI")
    f.p(orgl, "Clinical and Laboratory Standards Institute")
    f.p(h, "Continuing Education Certificate")
    f.p(lead, "Presented to")
    f.p(nm, "Siobhan T. Kavanagh-Ruiz")
    f.p(lead, "for completing")
    f.p(fmt, "Webinar recording")
    f.p(ttl, "Verification of Performance for Quantitative Methods: Applying the Updated Guideline")
    f.table([[Fodt.para_xml(lab, x) for x in ("Program Number", "Completion Date", "P.A.C.E.\u00ae Contact Hours")],
             [Fodt.para_xml(val, x) for x in ("CLSI-WB-25-11", "November 5, 2025", "1.5")]],
            [2.3, 2.0, 2.3], fills={("row", 0): "#E6F0F6"})
    f.p(f.pstyle(9, align="justify", font="Liberation Sans", color="#333333", before="0.4in", after="0.1in"),
        "CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
        "ASCLS P.A.C.E.\u00ae Program. Participants must view the entire recording and pass the assessment with a "
        "score of 70% or higher to receive credit.")
    f.p(f.pstyle(8, align="left", font="Liberation Sans", color="#777777", before="0.9in"),
        "Order No. SO-118834  |  Printed 11/12/2025  |  Questions? Contact CLSI Education Services.")
    f.render("x24", margin="0.9in")


@cert(id="x30", style="ascls-pace", producer="lo-fodt",
      layout=["portrait", "centred", "title-in-quotes", "letter-spaced-name", "day-month-year-date",
              "accreditation-statement"],
      notes="Small P.A.C.E.-approved education company; title printed inside curly quotes; name letter-spaced "
            "by the font setting; date written '30 June 2025'.",
      name="Ana Lucía Ferreira-Dunn",
      title="Critical Values Communication: Read-Back, Escalation, and Documentation",
      date="2025-06-30", credits=1.0, unit="contact hour",
      provider=["Blue Heron Laboratory Education Services"], activity_id="404-017-25")
def x30(g):
    f = Fodt()
    org = f.pstyle(15, font="URW Gothic", color="#20507A", spacing="0.05in", caps=True, after="0.05in")
    tag = f.pstyle(9.5, italic=True, color="#555555", after="0.8in")
    h = f.pstyle(30, font="Z003", after="0.35in")
    lead = f.pstyle(11.5, after="0.12in")
    nm = f.pstyle(22, font="URW Gothic", spacing="0.09in", after="0.3in")
    ttl = f.pstyle(16, bold=True, italic=True, after="0.3in")
    b = f.tstyle(font_weight="bold")
    f.p(org, "Blue Heron Laboratory Education Services")
    f.p(tag, "continuing education for the clinical laboratory, since 2009")
    f.p(h, "Certificate of Completion")
    f.p(lead, "Awarded to")
    f.p(nm, "Ana Lucía Ferreira-Dunn")
    f.p(lead, "who successfully completed the online module")
    f.p(ttl, "\u201cCritical Values Communication: Read-Back, Escalation, and Documentation\u201d")
    f.p(lead, "on 30 June 2025")
    f.p(f.pstyle(12, after="0.6in"), "Credit: ", (b, "1.0"), " contact hour")
    f.p(f.pstyle(10, after="0.02in"), "P.A.C.E.\u00ae Program #: 404-017-25        Level: Basic")
    f.p(f.pstyle(10, after="0.5in"), "Certificate #BH-2025-06-3318")
    f.p(f.pstyle(8.5, align="center", color="#444444", font="Liberation Sans"),
        "Blue Heron Laboratory Education Services is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
    f.render("x30", margin="0.9in", border="0.75pt solid #20507A")


# ================================================================ FPDF (PHP)
FPDF_HEAD = r"""<?php
// generated by build.py -- FPDF core fonts, text converted to windows-1252
require 'fpdf/fpdf.php';
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
"""


def php_q(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


@cert(id="x04", style="ascls-pace", producer="fpdf",
      layout=["portrait", "one-paragraph", "title-in-quotes", "minimal"],
      notes="One-paragraph certificate: name, quoted title, date and credit inside one sentence. Member number "
            "and generation date are distractors.",
      name="Tomasz Wierzbicki",
      title="Urinalysis Sediment Identification: Casts, Crystals, and Look-Alikes",
      date="2026-03-03", credits=1.5, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="518-104-26")
def x04(g):
    para = ("This is to certify that Tomasz Wierzbicki has completed \u201cUrinalysis Sediment Identification: Casts, "
            "Crystals, and Look-Alikes\u201d on March 3, 2026 and is awarded 1.5 contact hours of P.A.C.E.\u00ae "
            "continuing education credit.")
    php_pdf("x04", FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(28, 30, 28);
$pdf->AddPage();
$pdf->SetFont('Helvetica', 'B', 26);
$pdf->SetTextColor(0, 84, 147);
$pdf->Cell(0, 12, 'ASCLS', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 11);
$pdf->SetTextColor(60, 60, 60);
$pdf->Cell(0, 6, t('American Society for Clinical Laboratory Science'), 0, 1, 'L');
$pdf->SetDrawColor(0, 84, 147);
$pdf->SetLineWidth(0.8);
$pdf->Line(28, 52, 188, 52);
$pdf->Ln(30);
$pdf->SetFont('Times', 'B', 18);
$pdf->SetTextColor(0, 0, 0);
$pdf->Cell(0, 10, t('Continuing Education Certificate'), 0, 1, 'L');
$pdf->Ln(8);
$pdf->SetFont('Times', '', 14);
$pdf->MultiCell(0, 8, t(""" + php_q(para) + r"""), 0, 'J');
$pdf->Ln(10);
$pdf->SetFont('Helvetica', '', 10);
$pdf->Cell(0, 6, t('P.A.C.E.® Course #: 518-104-26'), 0, 1, 'L');
$pdf->Cell(0, 6, t('ASCLS Member No. 60-228817'), 0, 1, 'L');
$pdf->Ln(50);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetTextColor(90, 90, 90);
$pdf->MultiCell(0, 4.5, t('The American Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Generated 03/05/2026 from the ASCLS CE Organizer.'), 0, 'L');
$pdf->Output('F', $argv[1]);
""")


@cert(id="x11", style="hospital-inservice", producer="fpdf",
      layout=["landscape", "double-border", "centred", "series-name-in-title", "no-activity-id"],
      notes="Hospital grand rounds; 'Laboratory Grand Rounds:' is part of the title. Name printed with PhD and "
            "MLS(ASCP)CM after it. Also shows AMA PRA 1.0 for physicians. No activity number (null); "
            "certificate number is a distractor. Provider: the health system and 'system, office'.",
      name="Oluwaseun Adeyemi-Price",
      title="Laboratory Grand Rounds: Interpreting Thromboelastography in Massive Transfusion",
      date="2025-12-04", credits=1.0, unit="CE hour",
      provider=["Mercy Lakeshore Health System", "Mercy Lakeshore Health System, Office of Clinical Education"],
      activity_id=None)
def x11(g):
    php_pdf("x11", FPDF_HEAD + r"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(110, 30, 60);
$pdf->SetLineWidth(1.6); $pdf->Rect(10, 10, 259.4, 195.9);
$pdf->SetLineWidth(0.4); $pdf->Rect(14, 14, 251.4, 187.9);
$pdf->SetY(26);
$pdf->SetFont('Times', 'B', 22); $pdf->SetTextColor(110, 30, 60);
$pdf->Cell(0, 10, t('Mercy Lakeshore Health System'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetTextColor(40, 40, 40);
$pdf->Cell(0, 7, t('Office of Clinical Education'), 0, 1, 'C');
$pdf->Ln(12);
$pdf->SetFont('Helvetica', 'B', 28); $pdf->SetTextColor(0, 0, 0);
$pdf->Cell(0, 12, t('Certificate of Attendance'), 0, 1, 'C');
$pdf->Ln(6);
$pdf->SetFont('Times', 'I', 13);
$pdf->Cell(0, 7, t('We gratefully acknowledge that'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24);
$pdf->Cell(0, 13, t('Oluwaseun Adeyemi-Price, PhD, MLS(ASCP)CM'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13);
$pdf->Cell(0, 8, t('attended'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 17);
$pdf->SetX(30);
$pdf->MultiCell(219.4, 8, t('Laboratory Grand Rounds: Interpreting Thromboelastography in Massive Transfusion'), 0, 'C');
$pdf->Ln(3);
$pdf->SetFont('Helvetica', '', 12);
$pdf->Cell(0, 7, t('Thursday, December 4, 2025  ·  12:00–1:00 p.m.  ·  Auditorium B, Lakeshore Campus'), 0, 1, 'C');
$pdf->Ln(5);
$pdf->SetFont('Helvetica', 'B', 13);
$pdf->Cell(0, 8, t('Continuing education credit for laboratory staff: 1.0 CE hour'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->Cell(0, 6, t('Physicians: this Regularly Scheduled Series is designated for a maximum of 1.0 AMA PRA Category 1 Credit™.'), 0, 1, 'C');
$pdf->SetY(168);
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetX(40); $pdf->Cell(80, 0, '', 'T');
$pdf->SetX(160); $pdf->Cell(80, 0, '', 'T', 1);
$pdf->SetX(40); $pdf->Cell(80, 6, t('Vanessa K. Thorsby, MD'), 0, 0, 'C');
$pdf->SetX(160); $pdf->Cell(80, 6, t('Curtis A. Belmonte, MBA'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'I', 9);
$pdf->SetX(40); $pdf->Cell(80, 5, t('Course Director, Transfusion Medicine'), 0, 0, 'C');
$pdf->SetX(160); $pdf->Cell(80, 5, t('Manager, Office of Clinical Education'), 0, 1, 'C');
$pdf->SetY(190);
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(90, 90, 90);
$pdf->Cell(0, 4, t('Mercy Lakeshore Health System, Office of Clinical Education  ·  Certificate #MLHS-55102  ·  Retain for licensure renewal'), 0, 1, 'C');
$pdf->Output('F', $argv[1]);
""")


@cert(id="x21", style="public-health-lab", producer="fpdf",
      layout=["landscape", "table", "meeting-date-range", "per-day-hours-with-total"],
      notes="Two-day wet workshop; table of per-day hours (3.5 + 3.0) with a total row (6.5) which is gold. "
            "The participant's own hospital laboratory and its CLIA number are distractors.",
      name="Ezekiel P. Honeycutt",
      title="Sentinel Laboratory Biosafety and Bioterrorism Agent Rule-Out Workshop",
      date="2025-08-06", credits=6.5, unit="contact hour",
      provider=["Sagebrush State Public Health Laboratory", "SSPHL"], activity_id="GB-SLW-2508")
def x21(g):
    php_pdf("x21", FPDF_HEAD + r"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetMargins(20, 18, 20);
$pdf->AddPage();
$pdf->SetFillColor(52, 88, 48); $pdf->Rect(0, 0, 279.4, 30, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetXY(20, 8); $pdf->SetFont('Helvetica', 'B', 20);
$pdf->Cell(0, 9, t('Sagebrush State Public Health Laboratory'), 0, 1, 'L');
$pdf->SetX(20); $pdf->SetFont('Helvetica', '', 10);
$pdf->Cell(0, 6, t('SSPHL Laboratory Training & Outreach  ·  Laboratory Response Network sentinel support'), 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetY(42);
$pdf->SetFont('Times', 'B', 24);
$pdf->Cell(0, 11, t('Certificate of Training'), 0, 1, 'L');
$pdf->SetFont('Times', '', 13);
$pdf->Cell(0, 8, t('Ezekiel P. Honeycutt, MLT(ASCP) has completed the hands-on workshop'), 0, 1, 'L');
$pdf->SetFont('Times', 'B', 16);
$pdf->Cell(0, 9, t('Sentinel Laboratory Biosafety and Bioterrorism Agent Rule-Out Workshop'), 0, 1, 'L');
$pdf->SetFont('Times', '', 12);
$pdf->Cell(0, 7, t('Event No. GB-SLW-2508  ·  August 5–6, 2025  ·  SSPHL Training Laboratory, BSL-2 suite'), 0, 1, 'L');
$pdf->Ln(6);
$w = array(38, 132, 40);
$pdf->SetFont('Helvetica', 'B', 10); $pdf->SetFillColor(225, 235, 222);
foreach (array('Day', 'Content', 'Contact hours') as $i => $h) { $pdf->Cell($w[$i], 8, t($h), 1, 0, 'C', true); }
$pdf->Ln();
$pdf->SetFont('Helvetica', '', 10);
$rows = array(array('Aug 5, 2025', 'Biosafety risk assessment; packaging refresher; agent overview', '3.5'),
              array('Aug 6, 2025', 'Wet lab: rule-out algorithms for B. anthracis, Brucella, F. tularensis, Y. pestis', '3.0'));
foreach ($rows as $r) {
  $pdf->Cell($w[0], 8, t($r[0]), 1, 0, 'C');
  $pdf->Cell($w[1], 8, t($r[1]), 1, 0, 'L');
  $pdf->Cell($w[2], 8, t($r[2]), 1, 1, 'C');
}
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->Cell($w[0] + $w[1], 8, t('Total P.A.C.E.® contact hours awarded'), 1, 0, 'R');
$pdf->Cell($w[2], 8, '6.5', 1, 1, 'C');
$pdf->Ln(5);
$pdf->SetFont('Helvetica', '', 9);
$pdf->Cell(0, 5, t('Participant facility: Juniper Valley Hospital Laboratory  ·  CLIA No. 46D2093317'), 0, 1, 'L');
$pdf->Ln(3);
$pdf->SetFont('Helvetica', 'I', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->MultiCell(0, 4.3, t('The Sagebrush State Public Health Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This certificate does not certify competency to perform Laboratory Response Network reference testing.'), 0, 'L');
$pdf->SetY(188); $pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', '', 10);
$pdf->Cell(0, 5, t('Marguerite S. Nakashima, PhD, HCLD(ABB)  —  Laboratory Director'), 0, 1, 'R');
$pdf->Output('F', $argv[1]);
""")


@cert(id="x29", style="medialab", producer="fpdf",
      layout=["portrait", "banner", "two-column-label-value", "expiry-date"],
      notes="Compliance course with an expiry date one year after completion (distractor); facility account "
            "number is a distractor.",
      name="Ingrid Solveig Haugen",
      title="OSHA Bloodborne Pathogens Training for Laboratory Staff",
      date="2025-09-09", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="BBP-LAB-25")
def x29(g):
    php_pdf("x29", FPDF_HEAD + r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(23, 70, 120); $pdf->Rect(0, 0, 215.9, 48, 'F');
$pdf->SetFillColor(247, 148, 30); $pdf->Rect(0, 48, 215.9, 3, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetXY(22, 14); $pdf->SetFont('Helvetica', 'B', 24);
$pdf->Cell(0, 11, 'MediaLab', 0, 1, 'L');
$pdf->SetX(22); $pdf->SetFont('Helvetica', '', 11);
$pdf->Cell(0, 6, t('Compliance & Continuing Education for the Laboratory'), 0, 1, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetXY(22, 66); $pdf->SetFont('Helvetica', 'B', 20);
$pdf->Cell(0, 10, t('Certificate of Course Completion'), 0, 1, 'L');
$pdf->Ln(8);
$rows = array(
  array('Learner', 'Ingrid Solveig Haugen'),
  array('Course', 'OSHA Bloodborne Pathogens Training for Laboratory Staff'),
  array('Course Code', 'BBP-LAB-25'),
  array('Completed', 'September 9, 2025'),
  array('Credit', '1.0 P.A.C.E.® contact hour'),
  array('Renewal due', 'September 9, 2026 (annual OSHA requirement)'),
  array('Facility Account', '55-2031  (Northfork Community Hospital Laboratory)'),
);
foreach ($rows as $r) {
  $pdf->SetX(22);
  $pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(23, 70, 120);
  $pdf->Cell(44, 10, t($r[0]), 'B', 0, 'L');
  $pdf->SetFont('Helvetica', '', 11); $pdf->SetTextColor(20, 20, 20);
  $pdf->Cell(126, 10, t($r[1]), 'B', 1, 'L');
}
$pdf->Ln(14);
$pdf->SetX(22); $pdf->SetFont('Helvetica', '', 9); $pdf->SetTextColor(80, 80, 80);
$pdf->MultiCell(170, 4.6, t('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Completion of this course satisfies the annual bloodborne pathogens training element of the employer\'s exposure control plan; it does not replace site-specific training.'), 0, 'L');
$pdf->SetXY(22, 250); $pdf->SetFont('Helvetica', '', 8);
$pdf->Cell(0, 4, t('MediaLab, Inc.  ·  Certificate verification code 7QK-22M-9RD'), 0, 1, 'L');
$pdf->Output('F', $argv[1]);
""")


# ================================================================ TCPDF (PHP)
TCPDF_HEAD = r"""<?php
// generated by build.py -- TCPDF
require 'tcpdf/tcpdf.php';
function mk($orient) {
  $pdf = new TCPDF($orient, 'mm', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false);
  $pdf->setPrintFooter(false);
  $pdf->SetCreator('TCPDF');
  $pdf->SetAutoPageBreak(false);
  return $pdf;
}
"""


@cert(id="x03", style="cap", producer="tcpdf",
      layout=["landscape", "centred", "claimed-vs-maximum", "joint-accreditation-statement", "corner-ornaments"],
      notes="CAP online activity: 'maximum 2.00' vs 'claimed 1.75' P.A.C.E. contact hours; AMA PRA maximum 2.00 "
            "also printed. Transcript number is a distractor; date as MM/DD/YYYY.",
      name="Priya Venkataraman-Holt",
      title="Molecular Pathology Update: Next-Generation Sequencing Quality Metrics for Solid Tumor Panels",
      date="2025-11-18", credits=1.75, unit="contact hour",
      provider=["College of American Pathologists", "CAP"], activity_id="CAP-MOL-25-1190")
def x03(g):
    php_pdf("x03", TCPDF_HEAD + r"""
$pdf = mk('L');
$pdf->SetMargins(25, 20, 25);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(0, 59, 113)));
$pdf->Rect(12, 12, 255.4, 191.9);
foreach (array(array(12,12), array(247.4,12), array(12,183.9), array(247.4,183.9)) as $c) {
  $pdf->SetFillColor(0, 59, 113); $pdf->Rect($c[0], $c[1], 20, 20, 'F');
}
$pdf->SetY(24);
$pdf->SetFont('times', 'B', 24); $pdf->SetTextColor(0, 59, 113);
$pdf->Cell(0, 11, 'College of American Pathologists', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(80, 80, 80);
$pdf->Cell(0, 6, 'CAP  |  Learning Activity Transcript Certificate', 0, 1, 'C');
$pdf->Ln(10);
$pdf->SetFont('times', 'I', 30); $pdf->SetTextColor(0, 0, 0);
$pdf->Cell(0, 14, 'Certificate of Continuing Education', 0, 1, 'C');
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 12);
$pdf->Cell(0, 7, 'This document verifies the participation of', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 20);
$pdf->Cell(0, 11, 'Priya Venkataraman-Holt, MB(ASCP)CM', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 12);
$pdf->Cell(0, 7, 'in the online activity', 0, 1, 'C');
$pdf->SetFont('times', 'B', 17);
$pdf->SetX(45);
$pdf->MultiCell(189.4, 8, 'Molecular Pathology Update: Next-Generation Sequencing Quality Metrics for Solid Tumor Panels', 0, 'C', false, 1);
$pdf->Ln(3);
$pdf->SetFont('helvetica', '', 11);
$pdf->Cell(0, 6, 'Activity ID: CAP-MOL-25-1190        Date of completion: 11/18/2025', 0, 1, 'C');
$pdf->Ln(3);
$pdf->SetFont('helvetica', '', 11.5);
$pdf->writeHTMLCell(0, 0, '', '', '<div style="text-align:center">Maximum credit available: 2.00 &nbsp;&middot;&nbsp; <b>Credit claimed by learner: 1.75 P.A.C.E.&reg; contact hours</b></div>', 0, 1);
$pdf->Ln(5);
$pdf->SetFont('helvetica', '', 8);
$pdf->SetTextColor(60, 60, 60);
$pdf->SetX(40);
$pdf->MultiCell(199.4, 4, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits(TM); physicians should claim only the credit commensurate with the extent of their participation. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.(R) Program.', 0, 'C', false, 1);
$pdf->SetY(188);
$pdf->SetFont('helvetica', '', 8);
$pdf->Cell(0, 4, 'Transcript No. TR-2025-448812   |   Generated 12/01/2025', 0, 1, 'C');
$pdf->Output($argv[1], 'F');
""")


@cert(id="x12", style="joint-accreditation", producer="tcpdf",
      layout=["portrait", "two-pages", "credit-table", "several-credit-types", "long-title-three-lines",
              "accreditation-statements-page-2"],
      notes="University CME office, jointly accredited. Table lists AMA PRA 3.00, ANCC 3.00, ACPE 3.0 (0.3 CEU) "
            "and P.A.C.E. 2.5; only the P.A.C.E. figure counts (the 0.3 CEU belongs to ACPE). Page 2 carries the "
            "accreditation statements. Provider: university school and 'school, office'.",
      name="Rebecca S. Lindqvist",
      title="Sepsis Diagnostics Across the Care Continuum: Lactate, Procalcitonin, and Rapid Blood Culture Identification",
      date="2025-09-17", credits=2.5, unit="contact hour",
      provider=["Cedar Hollow University School of Medicine",
                "Cedar Hollow University School of Medicine, Office of Continuing Medical Education"],
      activity_id="JA25-0917")
def x12(g):
    php_pdf("x12", TCPDF_HEAD + r"""
$pdf = mk('P');
$pdf->SetMargins(24, 22, 24);
$pdf->AddPage();
$pdf->SetFont('times', 'B', 19); $pdf->SetTextColor(90, 35, 20);
$pdf->Cell(0, 9, 'Cedar Hollow University School of Medicine', 0, 1, 'L');
$pdf->SetFont('times', '', 12.5); $pdf->SetTextColor(40, 40, 40);
$pdf->Cell(0, 7, 'Office of Continuing Medical Education', 0, 1, 'L');
$pdf->SetLineStyle(array('width' => 0.5, 'color' => array(90, 35, 20)));
$pdf->Line(24, 42, 191.9, 42);
$pdf->Ln(16);
$pdf->SetFont('helvetica', 'B', 22); $pdf->SetTextColor(0, 0, 0);
$pdf->Cell(0, 10, 'Certificate of Credit', 0, 1, 'L');
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 11);
$pdf->Cell(0, 6, 'This certificate is awarded to', 0, 1, 'L');
$pdf->SetFont('helvetica', 'B', 17);
$pdf->Cell(0, 10, 'Rebecca S. Lindqvist, MLS(ASCP)CM', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 11);
$pdf->Cell(0, 6, 'for participation in the live activity', 0, 1, 'L');
$pdf->Ln(1);
$pdf->SetFont('times', 'B', 15);
$pdf->MultiCell(120, 7, 'Sepsis Diagnostics Across the Care Continuum: Lactate, Procalcitonin, and Rapid Blood Culture Identification', 0, 'L', false, 1);
$pdf->Ln(3);
$pdf->SetFont('helvetica', '', 10.5);
$pdf->Cell(0, 6, 'Activity #: JA25-0917      Activity date: September 17, 2025      Location: Hollis Auditorium', 0, 1, 'L');
$pdf->Ln(6);
$pdf->SetFont('helvetica', '', 10);
$html = '<table border="1" cellpadding="5">
<tr style="background-color:#f0e4dc;font-weight:bold"><td width="58%">Credit type</td><td width="20%" align="center">Designated</td><td width="22%" align="center">Awarded to you</td></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td align="center">3.00</td><td align="center">&mdash;</td></tr>
<tr><td>ANCC nursing contact hours</td><td align="center">3.00</td><td align="center">&mdash;</td></tr>
<tr><td>ACPE contact hours (0.3 CEU)</td><td align="center">3.0</td><td align="center">&mdash;</td></tr>
<tr><td>P.A.C.E.&reg; contact hours (clinical laboratory science)</td><td align="center">2.5</td><td align="center"><b>2.5</b></td></tr>
</table>';
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Ln(8);
$pdf->SetFont('helvetica', 'I', 9.5);
$pdf->MultiCell(0, 5, 'Accreditation and credit designation statements appear on page 2. Please keep both pages together.', 0, 'L', false, 1);
$pdf->SetY(238);
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(70, 0, '', 'T', 1);
$pdf->Cell(0, 5, 'Naomi G. Achterberg, MD, MEd', 0, 1, 'L');
$pdf->SetFont('helvetica', 'I', 9);
$pdf->Cell(0, 5, 'Associate Dean for Continuing Medical Education', 0, 1, 'L');
$pdf->SetY(258);
$pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(100, 100, 100);
$pdf->Cell(0, 4, 'Cedar Hollow University School of Medicine, Office of Continuing Medical Education  |  Certificate 2025-CH-10447  |  Page 1 of 2', 0, 1, 'L');

$pdf->AddPage();
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('helvetica', 'B', 14);
$pdf->Cell(0, 8, 'Accreditation and Credit Designation', 0, 1, 'L');
$pdf->Ln(3);
$pdf->SetFont('helvetica', '', 10);
$stm = array(
 'In support of improving patient care, Cedar Hollow University School of Medicine is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.',
 'Physicians: Cedar Hollow University School of Medicine designates this live activity for a maximum of 3.00 AMA PRA Category 1 Credits(TM). Physicians should claim only the credit commensurate with the extent of their participation in the activity.',
 'Nurses: This activity is approved for a maximum of 3.00 ANCC contact hours.',
 'Pharmacists: This knowledge-based activity is approved for 3.0 contact hours (0.3 CEU) of continuing pharmacy education.',
 'Laboratory professionals: Cedar Hollow University School of Medicine is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.(R) Program. This activity is approved for 2.5 P.A.C.E.(R) contact hours; the final panel discussion is not eligible.');
foreach ($stm as $s) { $pdf->MultiCell(0, 5, $s, 0, 'L', false, 1); $pdf->Ln(3); }
$pdf->SetY(258);
$pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(100, 100, 100);
$pdf->Cell(0, 4, 'Page 2 of 2', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
""")


@cert(id="x19", style="webinar", producer="tcpdf",
      layout=["portrait", "letter-style", "letterhead", "format-line", "honorific-salutation", "no-activity-id"],
      notes="Confirmation letter rather than a certificate; the letter date is a distractor; 'On-Demand "
            "Webinar' on its own line above the title; salutation uses 'Mr.'. No activity number (null); "
            "member number and certificate ID are distractors.",
      name="Ravi Chandrasekhar",
      title="Rapid Syndromic Panels for Gastrointestinal Infections: When to Order, How to Interpret",
      date="2026-01-15", credits=1.0, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"], activity_id=None)
def x19(g):
    php_pdf("x19", TCPDF_HEAD + r"""
$pdf = mk('P');
$pdf->SetMargins(28, 20, 28);
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 28); $pdf->SetTextColor(0, 94, 83);
$pdf->Cell(30, 14, 'ASM', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(60, 60, 60);
$pdf->MultiCell(0, 5, "American Society for Microbiology\nEducation Department  |  Continuing Education Services", 0, 'R', false, 1);
$pdf->Ln(14);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('times', '', 12);
$pdf->Cell(0, 6, 'January 20, 2026', 0, 1, 'L');
$pdf->Ln(6);
$pdf->MultiCell(0, 6, "Ravi Chandrasekhar, M(ASCP)\nMember No. 004-71-5526\nCertificate ID ASM-CE-8C41F2", 0, 'L', false, 1);
$pdf->Ln(6);
$pdf->Cell(0, 6, 'Dear Mr. Chandrasekhar:', 0, 1, 'L');
$pdf->Ln(3);
$pdf->MultiCell(0, 6, 'Thank you for your participation. This letter confirms that on January 15, 2026 you completed the requirements, including the evaluation, for the following continuing education activity:', 0, 'L', false, 1);
$pdf->Ln(4);
$pdf->SetX(40);
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetTextColor(0, 94, 83);
$pdf->Cell(0, 5, 'On-Demand Webinar', 0, 1, 'L');
$pdf->SetX(40);
$pdf->SetFont('times', 'B', 13); $pdf->SetTextColor(0, 0, 0);
$pdf->MultiCell(130, 6, 'Rapid Syndromic Panels for Gastrointestinal Infections: When to Order, How to Interpret', 0, 'L', false, 1);
$pdf->Ln(4);
$pdf->SetFont('times', '', 12);
$pdf->writeHTMLCell(0, 0, '', '', 'You have been awarded <b>1.0 P.A.C.E.&reg; contact hour</b> for this activity. The American Society for Microbiology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Please retain this letter as your record of attendance; ASM does not report credit to certification agencies on your behalf.', 0, 1);
$pdf->Ln(8);
$pdf->Cell(0, 6, 'Sincerely,', 0, 1, 'L');
$pdf->Ln(12);
$pdf->Cell(0, 6, 'Theodora P. Marchetti, PhD', 0, 1, 'L');
$pdf->Cell(0, 6, 'Senior Manager, Professional Education', 0, 1, 'L');
$pdf->Output($argv[1], 'F');
""")


@cert(id="x28", style="labce", producer="tcpdf",
      layout=["portrait", "two-pages", "transcript-line-page-2", "centred", "border"],
      notes="LabCE course certificate with a one-line transcript on page 2. Order number and the purchase "
            "date on page 2 are distractors.",
      name="Dmitri A. Volkonsky",
      title="Coagulation Factor Assays: Mixing Studies and Inhibitor Screening",
      date="2025-08-28", credits=1.0, unit="contact hour",
      provider=["LabCE"], activity_id="1342")
def x28(g):
    php_pdf("x28", TCPDF_HEAD + r"""
$pdf = mk('P');
$pdf->SetMargins(22, 20, 22);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 2.2, 'color' => array(0, 122, 153)));
$pdf->Rect(10, 10, 195.9, 259.4);
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(0, 122, 153)));
$pdf->Rect(14, 14, 187.9, 251.4);
$pdf->SetY(34);
$pdf->SetFont('helvetica', 'B', 34); $pdf->SetTextColor(0, 122, 153);
$pdf->Cell(0, 14, 'LabCE', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(90, 90, 90);
$pdf->Cell(0, 5, 'Online continuing education for laboratory professionals', 0, 1, 'C');
$pdf->Ln(22);
$pdf->SetFont('times', '', 30); $pdf->SetTextColor(0, 0, 0);
$pdf->Cell(0, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->Ln(10);
$pdf->SetFont('times', 'I', 13);
$pdf->Cell(0, 7, 'is hereby granted to', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('times', 'B', 24);
$pdf->Cell(0, 12, 'Dmitri A. Volkonsky', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('times', 'I', 13);
$pdf->Cell(0, 7, 'for successfully completing the course', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('helvetica', 'B', 15);
$pdf->SetX(32);
$pdf->MultiCell(151.9, 7, 'Coagulation Factor Assays: Mixing Studies and Inhibitor Screening', 0, 'C', false, 1);
$pdf->Ln(8);
$pdf->SetFont('helvetica', '', 11.5);
$pdf->Cell(0, 7, 'Course #1342   |   Completed August 28, 2025   |   1.0 contact hour (P.A.C.E.®)', 0, 1, 'C');
$pdf->SetY(214);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetX(30);
$pdf->MultiCell(155.9, 4.3, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. LabCE courses are also accepted by the ASCP Board of Certification and by California, Florida and other state licensure boards.', 0, 'C', false, 1);
$pdf->Ln(6);
$pdf->Cell(0, 4, 'Continued on page 2: transcript line', 0, 1, 'C');

$pdf->AddPage();
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('helvetica', 'B', 13);
$pdf->Cell(0, 8, 'LabCE Transcript Excerpt', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 9.5);
$pdf->Cell(0, 6, 'Learner: Dmitri A. Volkonsky     Order #LC-0093817 (purchased 08/02/2025)', 0, 1, 'L');
$pdf->Ln(4);
$html = '<table border="1" cellpadding="4">
<tr style="background-color:#dff1f6;font-weight:bold"><td width="16%">Completed</td><td width="12%">Course</td><td width="50%">Title</td><td width="11%">Hours</td><td width="11%">Score</td></tr>
<tr><td>08/28/2025</td><td>1342</td><td>Coagulation Factor Assays: Mixing Studies and Inhibitor Screening</td><td>1.0</td><td>88%</td></tr>
</table>';
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->Output($argv[1], 'F');
""")


# ================================================================ ReportLab
def rl_wrap(c, text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def rl_lines(c, lines, x, y, lead, align="left"):
    for ln in lines:
        {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[align](x, y, ln)
        y -= lead
    return y


@cert(id="x05", style="labce", producer="reportlab",
      layout=["landscape", "labels-above-values", "format-line", "title-with-safety"],
      notes="Labels above values in four columns; 'Self-Study' on its own line above the title. Order number "
            "is a distractor.",
      name="Keisha L. Montgomery-Dawes",
      title="Blood Bank Safety and Quality: Documentation, Deviations, and Corrective Action",
      date="2025-09-30", credits=2.0, unit="contact hour",
      provider=["LabCE"], activity_id="1187")
def x05(g):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.colors import HexColor
    W, H = landscape(letter)
    c = canvas.Canvas(out("x05"), pagesize=(W, H))
    teal, grey = HexColor("#0B7A75"), HexColor("#666666")
    c.setFillColor(teal); c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(HexColor("#FFFFFF")); c.setFont("Helvetica-Bold", 30); c.drawString(54, H - 48, "LabCE")
    c.setFont("Helvetica", 11); c.drawRightString(W - 54, H - 44, "Continuing Education Certificate")
    c.setFillColor(HexColor("#000000"))
    c.setFont("Helvetica", 12); c.drawString(54, H - 120, "LabCE certifies that the learner named below has completed")
    c.setFont("Helvetica-Oblique", 11); c.setFillColor(teal); c.drawString(54, H - 152, "Self-Study")
    c.setFillColor(HexColor("#000000")); c.setFont("Times-Bold", 24)
    y = rl_lines(c, rl_wrap(c, g["title"], "Times-Bold", 24, W - 108), 54, H - 180, 28)
    c.setStrokeColor(teal); c.setLineWidth(1); c.line(54, y - 4, W - 54, y - 4)
    cols = [("LEARNER", "Keisha L. Montgomery-Dawes"), ("COURSE ID", "1187"),
            ("DATE COMPLETED", "09/30/2025"), ("P.A.C.E.\u00ae CONTACT HOURS", "2.0")]
    xs = [54, 320, 450, 600]
    for (lab, val), x in zip(cols, xs):
        c.setFont("Helvetica", 8); c.setFillColor(grey); c.drawString(x, y - 40, lab)
        c.setFont("Helvetica-Bold" if lab == "LEARNER" else "Helvetica", 14); c.setFillColor(HexColor("#000000"))
        c.drawString(x, y - 60, val)
    c.setFont("Helvetica", 9); c.setFillColor(grey)
    y2 = rl_lines(c, rl_wrap(c, "LabCE is approved as a provider of continuing education programs in the clinical "
                                 "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This course is also approved "
                                 "for California clinical laboratory personnel and Florida Board of Clinical "
                                 "Laboratory Personnel continuing education.", "Helvetica", 9, W - 108),
                  54, y - 110, 12)
    c.drawString(54, 44, "Order 5520918  \u00b7  Certificate generated 10/01/2025 14:22 CT")
    c.setFont("Helvetica-Bold", 9); c.drawRightString(W - 54, 44, "labce.com")
    c.showPage(); c.save()


@cert(id="x09", style="regional-meeting", producer="reportlab",
      layout=["portrait", "two-column-label-value", "meeting-date-range", "claimed-vs-maximum", "no-activity-id"],
      notes="Regional conference attendance; title is the conference name; date is the last day of October "
            "8-10, 2025. Claimed 9.5 of 14.0 available contact hours. Badge number is a distractor; no activity "
            "number (null).",
      name="Colette M. Brandvold",
      title="2025 Northern Plains Fall Laboratory Conference",
      date="2025-10-10", credits=9.5, unit="contact hour",
      provider=["Northern Plains Laboratory Consortium", "NPLC"], activity_id=None)
def x09(g):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor
    W, H = letter
    c = canvas.Canvas(out("x09"), pagesize=letter)
    navy = HexColor("#243B55")
    c.setStrokeColor(navy); c.setLineWidth(3); c.rect(30, 30, W - 60, H - 60)
    c.setFont("Times-Bold", 22); c.setFillColor(navy)
    c.drawCentredString(W / 2, H - 90, "Northern Plains Laboratory Consortium")
    c.setFont("Times-Italic", 12); c.drawCentredString(W / 2, H - 110, "NPLC  \u2014  serving laboratory professionals across the northern plains")
    c.setFillColor(HexColor("#000000")); c.setFont("Helvetica-Bold", 18)
    c.drawCentredString(W / 2, H - 170, "CONFERENCE ATTENDANCE CERTIFICATE")
    rows = [("Attendee", "Colette M. Brandvold, MLS(ASCP)CM"),
            ("Conference", "2025 Northern Plains Fall Laboratory Conference"),
            ("Dates", "October 8\u201310, 2025"),
            ("Location", "Riverfront Civic Center, Bismarck"),
            ("Badge No.", "NP-2025-0388"),
            ("Contact hours available", "14.0"),
            ("Contact hours claimed", "9.5"),
            ("Credit type", "P.A.C.E.\u00ae (ASCLS) continuing education")]
    y = H - 230
    for lab, val in rows:
        c.setFont("Helvetica-Bold", 11); c.drawRightString(250, y, lab + ":")
        c.setFont("Helvetica", 11); c.drawString(265, y, val)
        c.setStrokeColor(HexColor("#CCCCCC")); c.setLineWidth(0.5); c.line(80, y - 8, W - 80, y - 8)
        y -= 30
    c.setFont("Helvetica", 9.5); c.setFillColor(HexColor("#333333"))
    txt = ("The attendee has self-reported attendance at sessions totalling the contact hours claimed above. "
           "The Northern Plains Laboratory Consortium is approved as a provider of continuing education programs "
           "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Audit records are retained "
           "for three years.")
    y = rl_lines(c, rl_wrap(c, txt, "Helvetica", 9.5, W - 160), 80, y - 20, 13)
    c.setFillColor(HexColor("#000000"))
    c.setFont("Times-Italic", 18); c.drawString(80, 150, "Gunnar T. Lindahl")
    c.setLineWidth(0.8); c.setStrokeColor(HexColor("#000000")); c.line(80, 140, 280, 140)
    c.setFont("Helvetica", 9.5); c.drawString(80, 127, "Gunnar T. Lindahl, MS, MLS(ASCP)")
    c.drawString(80, 115, "Education Chair, NPLC")
    c.drawRightString(W - 80, 127, "Date signed: October 24, 2025")
    c.showPage(); c.save()


@cert(id="x16", style="vendor", producer="reportlab",
      layout=["landscape", "border", "seal", "signature-block", "meeting-date-range", "expiry-date"],
      notes="Instrument vendor operator training (two days); date is the last day. Instrument serial number, "
            "operator-certification expiry and trainer are distractors.",
      name="Bartholomew K. Asante",
      title="Operator Training and Certification: HDX-900 Automated Coagulation Analyzer",
      date="2025-05-13", credits=8.0, unit="contact hour",
      provider=["Halvorsen Diagnostics, Inc."], activity_id="TC-25-0512")
def x16(g):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.colors import HexColor
    W, H = landscape(letter)
    c = canvas.Canvas(out("x16"), pagesize=(W, H))
    red, dark = HexColor("#A31F34"), HexColor("#222222")
    c.setStrokeColor(red); c.setLineWidth(8); c.rect(24, 24, W - 48, H - 48)
    c.setStrokeColor(dark); c.setLineWidth(0.8); c.rect(36, 36, W - 72, H - 72)
    c.setFont("Helvetica-Bold", 16); c.setFillColor(red); c.drawString(70, H - 80, "HALVORSEN DIAGNOSTICS")
    c.setFont("Helvetica", 9.5); c.setFillColor(dark)
    c.drawString(70, H - 95, "Halvorsen Diagnostics, Inc.  \u00b7  Customer Training Center  \u00b7  Eden Prairie Campus")
    c.setFont("Times-Roman", 34); c.drawCentredString(W / 2, H - 160, "Certificate of Training")
    c.setFont("Times-Italic", 13); c.drawCentredString(W / 2, H - 192, "This is to certify that")
    c.setFont("Times-Bold", 26); c.drawCentredString(W / 2, H - 226, "Bartholomew K. Asante")
    c.setFont("Times-Italic", 13); c.drawCentredString(W / 2, H - 254, "has successfully completed")
    c.setFont("Helvetica-Bold", 17)
    y = rl_lines(c, rl_wrap(c, g["title"], "Helvetica-Bold", 17, 470), W / 2, H - 284, 22, align="center")
    c.setFont("Helvetica", 11.5)
    c.drawCentredString(W / 2, y - 6, "Class No. TC-25-0512  \u00b7  May 12\u201313, 2025  \u00b7  Instrument S/N 9H0231-HDX")
    c.setFont("Helvetica-Bold", 12.5)
    c.drawCentredString(W / 2, y - 30, "8.0 P.A.C.E.\u00ae contact hours")
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(W / 2, y - 48, "Halvorsen Diagnostics, Inc. is approved as a provider of continuing education programs in the "
                                       "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.")
    c.drawCentredString(W / 2, y - 60, "Operator certification valid through May 13, 2027; recertification requires the online refresher.")
    # seal
    cx, cy = 150, 110
    c.setFillColor(red); c.circle(cx, cy, 42, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#FFFFFF")); c.setLineWidth(1.5); c.circle(cx, cy, 36, stroke=1, fill=0)
    c.setFillColor(HexColor("#FFFFFF")); c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(cx, cy + 6, "CERTIFIED"); c.drawCentredString(cx, cy - 6, "OPERATOR")
    c.setFillColor(dark)
    for x, nm, role in ((W - 330, "Renee D. Castellanos", "Field Applications Specialist, Trainer"),
                        (W - 330 + 150, "Martin J. Oyelaran", "Director, Customer Education")):
        c.setLineWidth(0.6); c.setStrokeColor(dark); c.line(x, 100, x + 135, 100)
        c.setFont("Helvetica", 8.5); c.drawString(x, 88, nm)
        c.setFont("Helvetica-Oblique", 7.5); c.drawString(x, 77, role)
    c.showPage(); c.save()


@cert(id="x22", style="nsh", producer="reportlab",
      layout=["portrait", "centred", "seal", "format-line", "border"],
      notes="Histotechnology society webinar archive; 'Webinar Archive' on its own line above the title. "
            "Member number and issue date are distractors.",
      name="Catalina Ibarra-Novak",
      title="Immunohistochemistry Troubleshooting: Antigen Retrieval, Background, and Controls",
      date="2025-05-21", credits=1.5, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="NSH-W2521")
def x22(g):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor
    W, H = letter
    c = canvas.Canvas(out("x22"), pagesize=letter)
    plum = HexColor("#5B2C6F")
    c.setStrokeColor(plum); c.setLineWidth(1.2)
    for inset in (28, 34):
        c.rect(inset, inset, W - 2 * inset, H - 2 * inset)
    # seal at top
    c.setFillColor(plum); c.circle(W / 2, H - 110, 40, stroke=0, fill=1)
    c.setFillColor(HexColor("#FFFFFF")); c.setFont("Times-Bold", 22); c.drawCentredString(W / 2, H - 118, "NSH")
    c.setFillColor(plum); c.setFont("Times-Bold", 20)
    c.drawCentredString(W / 2, H - 180, "National Society for Histotechnology")
    c.setFillColor(HexColor("#000000")); c.setFont("Times-Roman", 30)
    c.drawCentredString(W / 2, H - 240, "Certificate of Continuing Education")
    c.setFont("Times-Italic", 13); c.drawCentredString(W / 2, H - 285, "This certificate is presented to")
    c.setFont("Helvetica-Bold", 22); c.drawCentredString(W / 2, H - 320, "Catalina Ibarra-Novak, HTL(ASCP)QIHC")
    c.setFont("Times-Italic", 13); c.drawCentredString(W / 2, H - 350, "for completion of the")
    c.setFont("Helvetica", 10.5); c.setFillColor(plum); c.drawCentredString(W / 2, H - 380, "WEBINAR ARCHIVE")
    c.setFillColor(HexColor("#000000")); c.setFont("Times-Bold", 17)
    y = rl_lines(c, rl_wrap(c, g["title"], "Times-Bold", 17, 420), W / 2, H - 402, 21, align="center")
    c.setFont("Helvetica", 11)
    c.drawCentredString(W / 2, y - 14, "Course # NSH-W2521      Date of completion: May 21, 2025")
    c.setFont("Helvetica-Bold", 12); c.drawCentredString(W / 2, y - 40, "Contact hours: 1.5")
    c.setFont("Helvetica", 8.5); c.setFillColor(HexColor("#444444"))
    y = rl_lines(c, rl_wrap(c, "The National Society for Histotechnology is approved as a provider of continuing "
                               "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae "
                               "Program. Contact hours are accepted by the ASCP Board of Certification for "
                               "Credential Maintenance.", "Helvetica", 8.5, 420), W / 2, y - 80, 11, align="center")
    c.drawString(70, 60, "NSH Member # 88123")
    c.drawRightString(W - 70, 60, "Issued 05/22/2025")
    c.showPage(); c.save()


# ================================================================ ReportLab AcroForm, flattened by qpdf
def af(c, name, value, x, y, w, h=18, size=11, font="Helvetica", border=0, fill=None):
    from reportlab.lib.colors import HexColor, transparent
    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName=font,
                         fontSize=size, borderWidth=border, borderColor=HexColor("#999999") if border else transparent,
                         fillColor=HexColor(fill) if fill else transparent, textColor=HexColor("#000000"))


def af_form_path(cid):
    return src(cid + "-form.pdf")


@cert(id="x15", style="university-ceu", producer="acroform-qpdf",
      layout=["portrait", "form-fields-flattened", "two-column-label-value", "ceu", "title-with-program"],
      notes="Fill-in form (AcroForm text fields, flattened with qpdf). 0.6 CEU = 6 points. Student ID and "
            "issue date are distractors. Provider: university and 'university, center'.",
      name="Chen-Wei Lau",
      title="Quality Control Program Design for Small Clinical Laboratories",
      date="2025-06-12", credits=0.6, unit="CEU",
      provider=["Bayshore State University",
                "Bayshore State University, Center for Professional and Continuing Studies"],
      activity_id="PCS-0619")
def x15(g):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor
    W, H = letter
    f = af_form_path("x15")
    c = canvas.Canvas(f, pagesize=letter)
    gold, blue = HexColor("#C99700"), HexColor("#00305E")
    c.setFillColor(blue); c.rect(0, H - 110, W, 110, stroke=0, fill=1)
    c.setFillColor(gold); c.rect(0, H - 116, W, 6, stroke=0, fill=1)
    c.setFillColor(HexColor("#FFFFFF")); c.setFont("Times-Bold", 26); c.drawString(60, H - 60, "Bayshore State University")
    c.setFont("Times-Roman", 13); c.drawString(60, H - 82, "Center for Professional and Continuing Studies")
    c.setFillColor(blue); c.setFont("Helvetica-Bold", 19); c.drawString(60, H - 170, "Continuing Education Unit Certificate")
    c.setFont("Helvetica", 10.5); c.setFillColor(HexColor("#333333"))
    c.drawString(60, H - 192, "The participant named below has met the attendance and assessment requirements of the course.")
    labels = [("Participant", "name", "Chen-Wei Lau"), ("Student ID", "sid", "900417726"),
              ("Course title", "title1", "Quality Control Program Design for Small"),
              ("", "title2", "Clinical Laboratories"),
              ("Course ID", "cid", "PCS-0619"), ("Completion date", "date", "June 12, 2025"),
              ("CEUs awarded", "ceu", "0.6"), ("Date of issue", "issued", "June 20, 2025")]
    y = H - 240
    for lab, fname, val in labels:
        c.setFillColor(blue); c.setFont("Helvetica-Bold", 10.5)
        if lab:
            c.drawRightString(200, y + 5, lab)
        af(c, fname, val, 212, y - 1, 330, h=20, size=12, fill="#F4F6FA")
        y -= 32
    c.setFillColor(HexColor("#333333")); c.setFont("Helvetica", 9)
    txt = ("Bayshore State University, Center for Professional and Continuing Studies awards Continuing Education Units "
           "in accordance with the criteria of the International Association for Continuing Education and Training. "
           "One CEU is equal to ten contact hours of participation in an organized continuing education experience.")
    y = rl_lines(c, rl_wrap(c, txt, "Helvetica", 9, W - 120), 60, y - 20, 12)
    c.setStrokeColor(HexColor("#000000")); c.line(60, 120, 260, 120); c.line(W - 260, 120, W - 60, 120)
    c.setFont("Helvetica", 9); c.setFillColor(HexColor("#000000"))
    c.drawString(60, 108, "Priscilla N. Abernethy-Cole, PhD"); c.drawString(60, 96, "Director, Professional and Continuing Studies")
    c.drawString(W - 260, 108, "Hamid R. Tavakoli, MS, MLS(ASCP)"); c.drawString(W - 260, 96, "Course Instructor")
    c.showPage(); c.save()
    qpdf_flatten("x15", f)


@cert(id="x20", style="public-health-lab", producer="acroform-qpdf",
      layout=["portrait", "form-fields-flattened", "boxed-fields", "expiry-date", "long-title-two-fields"],
      notes="State public health laboratory shipping course; boxed form fields; title split over two fields. "
            "The 'training expires' date (two years later) and certificate number are distractors.",
      name="Monique D. Tremblay-Fox",
      title="Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B",
      date="2025-04-09", credits=2.0, unit="contact hour",
      provider=["Cascadia State Public Health Laboratory", "CSPHL"], activity_id="LT-262")
def x20(g):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.colors import HexColor
    W, H = letter
    f = af_form_path("x20")
    c = canvas.Canvas(f, pagesize=letter)
    green = HexColor("#1E5631")
    c.setStrokeColor(green); c.setLineWidth(2); c.rect(40, 40, W - 80, H - 80)
    c.setFillColor(green); c.setFont("Helvetica-Bold", 18); c.drawCentredString(W / 2, H - 90, "Cascadia State Public Health Laboratory")
    c.setFont("Helvetica", 10.5); c.drawCentredString(W / 2, H - 108, "CSPHL Laboratory Training Program  \u00b7  Outreach and Preparedness Section")
    c.setFillColor(HexColor("#000000")); c.setFont("Times-Bold", 24); c.drawCentredString(W / 2, H - 160, "Training Completion Certificate")
    boxes = [("Name of trainee", "nm", "Monique D. Tremblay-Fox", 14),
             ("Course title", "t1", "Packaging and Shipping Division 6.2 Infectious Substances:", 11.5),
             (None, "t2", "Category A and Category B", 11.5),
             ("Course code", "code", "LT-262", 12), ("Date of training", "dt", "04/09/2025", 12),
             ("Contact hours (P.A.C.E.\u00ae)", "hrs", "2.0", 12), ("Training expires", "exp", "04/09/2027", 12),
             ("Certificate number", "cno", "CSPHL-25-00917", 12)]
    y = H - 215
    for lab, fname, val, sz in boxes:
        if lab:
            c.setFont("Helvetica", 8); c.setFillColor(HexColor("#555555")); c.drawString(80, y + 24, lab.upper())
        af(c, fname, val, 80, y, W - 160, h=22, size=sz, border=1)
        y -= 48 if lab is None or fname in ("code", "dt", "hrs", "exp", "cno", "nm") else 24
    c.setFillColor(HexColor("#333333")); c.setFont("Helvetica", 8.5)
    txt = ("The Cascadia State Public Health Laboratory is approved as a provider of continuing education programs in "
           "the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Function-specific shipping training "
           "must be repeated at least every 24 months; the employer remains responsible for certifying its shippers.")
    rl_lines(c, rl_wrap(c, txt, "Helvetica", 8.5, W - 160), 80, y + 10, 11)
    c.setFont("Helvetica", 9.5); c.setFillColor(HexColor("#000000"))
    c.line(80, 110, 280, 110); c.drawString(80, 97, "Lucinda R. Marsh-Okafor, MPH")
    c.drawString(80, 85, "Training Coordinator, CSPHL")
    c.showPage(); c.save()
    qpdf_flatten("x20", f)


@cert(id="x25", style="ascp-cmle", producer="acroform-qpdf",
      layout=["landscape", "form-fields-flattened", "centred", "format-line", "title-with-safety"],
      notes="ASCP self-study certificate with values in flattened form fields; 'Self-Study' on its own line. "
            "Customer ID and certificate number are distractors.",
      name="Nathaniel B. Osei",
      title="Laboratory Safety: Chemical Hygiene, Fire Response, and Spill Management",
      date="2025-12-15", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="4427-SS")
def x25(g):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.lib.colors import HexColor
    W, H = landscape(letter)
    f = af_form_path("x25")
    c = canvas.Canvas(f, pagesize=(W, H))
    teal = HexColor("#006D77")
    c.setFillColor(HexColor("#F1F7F7")); c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(teal); c.setLineWidth(5); c.rect(22, 22, W - 44, H - 44)
    c.setFillColor(teal); c.setFont("Helvetica-Bold", 28); c.drawCentredString(W / 2, H - 80, "ASCP")
    c.setFont("Helvetica", 12); c.drawCentredString(W / 2, H - 98, "American Society for Clinical Pathology")
    c.setFillColor(HexColor("#000000")); c.setFont("Times-Italic", 30); c.drawCentredString(W / 2, H - 150, "Continuing Education Certificate")
    c.setFont("Helvetica", 11.5); c.drawCentredString(W / 2, H - 180, "ASCP acknowledges that")
    af(c, "learner", "Nathaniel B. Osei", 180, H - 220, W - 360, h=28, size=21)
    c.setStrokeColor(HexColor("#888888")); c.setLineWidth(0.6); c.line(200, H - 222, W - 200, H - 222)
    c.setFont("Helvetica", 11.5); c.drawCentredString(W / 2, H - 246, "completed the activity")
    c.setFont("Helvetica-Oblique", 10); c.setFillColor(teal); c.drawCentredString(W / 2, H - 266, "Self-Study")
    af(c, "title", g["title"], 90, H - 296, W - 180, h=24, size=15)
    c.setFillColor(HexColor("#000000"))
    grid = [("Activity ID", "aid", "4427-SS"), ("Date completed", "dc", "12/15/2025"),
            ("CMLE credits", "cr", "1.0"), ("ASCP Customer ID", "cust", "10293384")]
    x = 110
    for lab, fname, val in grid:
        c.setFont("Helvetica", 8.5); c.setFillColor(HexColor("#555555")); c.drawString(x, H - 340, lab)
        af(c, fname, val, x - 2, H - 366, 140, h=20, size=12)
        x += 150
    c.setFillColor(HexColor("#444444")); c.setFont("Helvetica", 8.5)
    c.drawCentredString(W / 2, 100, "This activity is approved for CMLE credit, acceptable for the ASCP Board of Certification Credential Maintenance Program (CMP).")
    c.drawCentredString(W / 2, 88, "Certificate No. 2025-CE-773104  \u00b7  Please retain for your records.")
    c.showPage(); c.save()
    qpdf_flatten("x25", f)


# ================================================================ Ghostscript (hand-written PostScript)
class PS:
    FONTS = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "HV": "Helvetica",
             "HB": "Helvetica-Bold", "HO": "Helvetica-Oblique", "PB": "Times-Bold", "PR": "Times-Roman",
             "PI": "Times-Italic", "ZC": "Times-Italic", "CR": "Courier"}  # reportlab metrics for wrapping

    def __init__(self, w, h):
        self.w, self.h, self.ops = w, h, []
        self.cur = ("HV", 10)

    def font(self, f, size):
        self.cur = (f, size)
        self.ops.append("/%s %g F" % (f, size))

    def color(self, hexc):
        r, g, b = (int(hexc[i:i + 2], 16) / 255 for i in (1, 3, 5))
        self.ops.append("%.3f %.3f %.3f rgb" % (r, g, b))

    def text(self, x, y, s, align="L"):
        self.ops.append("%g %g %s %s" % (x, y, ps_str(s), align))

    def spaced(self, x, y, s, sp, centre=True):
        if centre:
            self.ops.append("%g %g %s %g LS" % (x, y, ps_str(s), sp))
        else:
            self.ops.append("%g %g moveto %g 0 %s ashow" % (x, y, sp, ps_str(s)))

    def wrap(self, s, width):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        fn, size = self.cur
        words, lines, cur = s.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, self.FONTS[fn], size) <= width or not cur:
                cur = t
            else:
                lines.append(cur); cur = w
        return lines + ([cur] if cur else [])

    def para(self, x, y, s, width, lead, align="L"):
        for ln in self.wrap(s, width):
            self.text(x, y, ln, align)
            y -= lead
        return y

    def rect(self, x, y, w, h, lw=1, fill=False):
        self.ops.append("newpath %g %g %g %g rectpath %s" % (x, y, w, h, "fill" if fill else "%g setlinewidth stroke" % lw))

    def line(self, x1, y1, x2, y2, lw=0.6):
        self.ops.append("newpath %g %g moveto %g %g lineto %g setlinewidth stroke" % (x1, y1, x2, y2, lw))

    def circle(self, x, y, r, lw=1, fill=False):
        self.ops.append("newpath %g %g %g 0 360 arc closepath %s" % (x, y, r, "fill" if fill else "%g setlinewidth stroke" % lw))

    def render(self, cid):
        body = "\n".join(self.ops)
        gs_pdf(cid, PS_PROLOG + "/rectpath { 4 dict begin /h exch def /w exch def /y exch def /x exch def "
                                 "x y moveto w 0 rlineto 0 h rlineto w neg 0 rlineto closepath end } bind def\n"
               "<< /PageSize [%g %g] >> setpagedevice\n%s\nshowpage\n%%%%EOF\n" % (self.w, self.h, body))


@cert(id="x06", style="medialab", producer="gs",
      layout=["portrait", "border", "small-table", "title-with-date-word", "suffix-name"],
      notes="Title contains the word 'Date'; title sits in a full-width table row, the other facts in a row "
            "below. Name keeps the 'III' suffix. Customer number and printed date are distractors.",
      name="Alejandro R. Fuentes III",
      title="Laboratory Math Made Practical: Dilutions, Conversions, and Date Calculations for Stability",
      date="2026-01-07", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="ML-4471")
def x06(g):
    W, H = 612, 792
    p = PS(W, H)
    p.color("#17467A"); p.rect(30, 30, W - 60, H - 60, lw=4); p.rect(38, 38, W - 76, H - 76, lw=0.8)
    p.font("HB", 26); p.text(W / 2, H - 100, "MediaLab, Inc.", "C")
    p.font("HV", 11); p.color("#444444"); p.text(W / 2, H - 118, "Laboratory Continuing Education & Compliance Training", "C")
    p.color("#000000"); p.font("TB", 22); p.spaced(W / 2, H - 180, "CERTIFICATE OF COMPLETION", 2)
    p.font("TI", 13); p.text(W / 2, H - 220, "This certificate is awarded to", "C")
    p.font("TB", 26); p.text(W / 2, H - 258, "Alejandro R. Fuentes III", "C")
    p.font("TI", 13); p.text(W / 2, H - 290, "who has completed the following P.A.C.E.\u00ae-approved course:", "C")
    # table: title row + facts row
    x0, w = 76, W - 152
    top = H - 320
    p.color("#E3ECF6"); p.rect(x0, top - 18, w, 18, fill=True)
    p.color("#E3ECF6"); p.rect(x0, top - 98, w, 18, fill=True)
    p.color("#17467A")
    for y in (top, top - 18, top - 80, top - 98, top - 130):
        p.line(x0, y, x0 + w, y, 0.8)
    p.line(x0, top, x0, top - 130, 0.8); p.line(x0 + w, top, x0 + w, top - 130, 0.8)
    for fx in (x0 + w / 3, x0 + 2 * w / 3):
        p.line(fx, top - 80, fx, top - 130, 0.8)
    p.color("#000000"); p.font("HB", 9)
    p.text(x0 + 8, top - 13, "COURSE TITLE")
    for i, lab in enumerate(("COURSE ID", "DATE COMPLETED", "CONTACT HOURS")):
        p.text(x0 + 8 + i * w / 3, top - 93, lab)
    p.font("TB", 13)
    p.para(x0 + 8, top - 38, g["title"], w - 16, 17)
    p.font("HV", 12)
    for i, val in enumerate(("ML-4471", "January 7, 2026", "1.0")):
        p.text(x0 + 8 + i * w / 3, top - 120, val)
    p.font("HV", 9); p.color("#333333")
    y = p.para(W / 2, top - 170, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical "
                                "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This course is also accepted for "
                                "Florida and California laboratory licensure renewal.", w, 12, "C")
    p.font("ZC", 20); p.color("#000000"); p.text(W / 2, 160, "Sandra J. Whitlock", "C")
    p.line(W / 2 - 110, 152, W / 2 + 110, 152)
    p.font("HV", 9); p.text(W / 2, 140, "Sandra J. Whitlock, MBA, MT(ASCP)  \u2014  Director of Education", "C")
    p.font("HV", 8); p.color("#666666")
    p.text(60, 56, "Customer No. 300-55718"); p.text(W - 60, 56, "Printed 01/08/2026", "R")
    p.render("x06")


@cert(id="x17", style="vendor", producer="gs",
      layout=["landscape", "left-aligned", "long-title-wraps", "non-pace-ce-hours", "day-month-year-date"],
      notes="Vendor application training awarding 'CE hours' (not P.A.C.E.). Title wraps over two lines; date "
            "written '22 July 2025'. Sales order number is a distractor.",
      name="Yasmin El-Sayed",
      title="Flow Cytometry Application Training: Minimal Residual Disease Panel Setup and Compensation",
      date="2025-07-22", credits=3.5, unit="CE hour",
      provider=["Lumenhart Scientific"], activity_id="LS-FC-301")
def x17(g):
    W, H = 792, 612
    p = PS(W, H)
    p.color("#F2A900"); p.rect(0, 0, 18, H, fill=True)
    p.color("#1C1C1C"); p.rect(18, H - 90, W - 18, 90, fill=True)
    p.color("#FFFFFF"); p.font("HB", 24); p.spaced(60, H - 52, "LUMENHART", 4, centre=False)
    p.font("HV", 11); p.text(60, H - 72, "Lumenhart Scientific  \u00b7  Applications Academy")
    p.color("#1C1C1C"); p.font("TR", 30); p.text(60, H - 150, "Certificate of Completion")
    p.font("HV", 11); p.color("#555555"); p.text(60, H - 172, "Customer Application Training")
    p.color("#000000"); p.font("HV", 12); p.text(60, H - 215, "Awarded to")
    p.font("HB", 24); p.text(60, H - 245, "Yasmin El-Sayed, MS, SCYM(ASCP)CM")
    p.font("HV", 12); p.text(60, H - 278, "for completing")
    p.font("TB", 18)
    y = p.para(60, H - 304, g["title"], 520, 22)
    p.font("HV", 11.5)
    p.text(60, y - 8, "Module Code LS-FC-301  \u00b7  Completed 22 July 2025  \u00b7  Lumenhart Training Suite, Raleigh")
    p.font("HB", 13); p.text(60, y - 38, "Continuing education: 3.5 CE hours")
    p.font("HV", 8.5); p.color("#444444")
    p.para(60, y - 64, "Lumenhart Scientific awards CE hours for documented completion of instrument application "
                       "training. This program is not approved under the ASCLS P.A.C.E.\u00ae Program; acceptance of "
                       "these hours is at the discretion of the certifying or licensing agency.", 520, 11)
    p.color("#000000"); p.font("ZC", 19); p.text(W - 210, 150, "Owen Pemberton", "C")
    p.line(W - 300, 142, W - 120, 142)
    p.font("HV", 9); p.text(W - 210, 130, "Owen T. Pemberton, PhD", "C")
    p.text(W - 210, 118, "Senior Applications Scientist", "C")
    p.font("HV", 8); p.color("#777777"); p.text(60, 40, "Sales Order 4500183327  \u00b7  Training record LS-TR-88210")
    p.render("x17")


@cert(id="x26", style="aabb", producer="gs",
      layout=["landscape", "centred", "letter-spaced-name", "all-caps-name", "meeting-date-range",
              "claimed-vs-maximum", "dotted-leaders", "no-activity-id"],
      notes="Annual meeting attendance, name printed in letter-spaced capitals (ashow). Title is the meeting "
            "name; date is the last day of October 25-28, 2025. P.A.C.E. claimed 14.75 of 28.5 available; AMA PRA "
            "not claimed. Registration number and issue date are distractors; no activity number (null).",
      name="MARGARET-ANNE KOWALCZYK",
      title="AABB 2025 Annual Meeting",
      date="2025-10-28", credits=14.75, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id=None)
def x26(g):
    W, H = 792, 612
    p = PS(W, H)
    p.color("#A4123F"); p.rect(20, 20, W - 40, H - 40, lw=2.5)
    p.font("HB", 40); p.text(W / 2, H - 90, "AABB", "C")
    p.color("#333333"); p.font("HV", 12); p.text(W / 2, H - 110, "Association for the Advancement of Blood & Biotherapies", "C")
    p.color("#000000"); p.font("TR", 15); p.spaced(W / 2, H - 160, "CERTIFICATE OF ATTENDANCE", 3)
    p.font("TI", 12); p.text(W / 2, H - 195, "presented to", "C")
    p.font("TB", 24); p.spaced(W / 2, H - 232, "MARGARET-ANNE KOWALCZYK", 5)
    p.font("TI", 12); p.text(W / 2, H - 262, "in recognition of attendance at the", "C")
    p.font("TB", 22); p.color("#A4123F"); p.text(W / 2, H - 294, "AABB 2025 Annual Meeting", "C")
    p.color("#000000"); p.font("TR", 12.5); p.text(W / 2, H - 316, "October 25\u201328, 2025  \u00b7  Harborview Convention Center", "C")
    p.font("HB", 10.5); p.text(W / 2, H - 356, "CONTINUING EDUCATION CREDIT CLAIMED", "C")
    p.font("HV", 11)
    rows = [("ASCLS P.A.C.E.\u00ae contact hours", "14.75"),
            ("AMA PRA Category 1 Credits\u2122", "not claimed"),
            ("Maximum P.A.C.E.\u00ae contact hours offered at this meeting", "28.5")]
    y = H - 378
    for lab, val in rows:
        p.text(200, y, lab)
        p.text(W - 200, y, val, "R")
        p.ops.append("[1 3] 0 setdash")
        p.line(200 + 8 + len(lab) * 5.4, y + 2, W - 200 - 8 - len(val) * 6.3, y + 2, 0.5)
        p.ops.append("[] 0 setdash")
        y -= 18
    p.font("HV", 8.5); p.color("#444444")
    p.para(W / 2, y - 14, "AABB is approved as a provider of continuing education programs in the clinical laboratory "
                          "sciences by the ASCLS P.A.C.E.\u00ae Program. AABB is accredited by the ACCME to provide "
                          "continuing medical education for physicians.", 520, 11, "C")
    p.font("HV", 8); p.text(60, 40, "Registration No. AM25-118402"); p.text(W - 60, 40, "Issued December 1, 2025", "R")
    p.render("x26")


# === MAIN ===
def main(argv):
    want = set(argv)
    done = 0
    for gold, fn in CERTS:
        cid = gold["id"]
        if want and cid not in want:
            continue
        fn(gold)
        g = {k: gold[k] for k in ("style", "producer", "layout", "notes", "name", "title", "date",
                                  "credits", "unit", "points", "provider", "activity_id")}
        with open(os.path.join(HERE, cid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
        done += 1
        print("built", cid, gold["producer"])
    print(done, "certificates")


if __name__ == "__main__":
    main(sys.argv[1:])
