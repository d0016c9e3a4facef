#!/usr/bin/python3
"""Blind test set 'certs-n': 40 invented CE certificates for medical laboratory
professionals (ASCP BOC CMP), each rendered by one of several PDF producers.

Run:  /usr/bin/python3 build.py            (all)
      /usr/bin/python3 build.py n05 n12    (only some)
Writes nNN.pdf + nNN.gold.json next to this file, intermediate sources to src/.
Every person, activity and number here is invented.
"""
import html as _html
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
SRC.mkdir(exist_ok=True)

CERTS = []  # (gold, render)


def cert(**gold):
    def deco(fn):
        CERTS.append((gold, fn))
        return fn
    return deco


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=240, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


# ---------------------------------------------------------------- producers
def chromium_pdf(stem, html_text):
    src = SRC / f"{stem}.html"
    src.write_text(html_text, encoding="utf-8")
    out = HERE / f"{stem}.pdf"
    if out.exists():
        out.unlink()
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", f"--user-data-dir={SRC / '.chromium'}",
         f"--print-to-pdf={out}", src.as_uri()])
    assert out.exists(), stem


def soffice_pdf(stem, src):
    """src: path of a .docx/.fodt/.odt already written into SRC."""
    run(["soffice", f"-env:UserInstallation=file://{SRC / '.lo-profile'}",
         "--headless", "--convert-to", "pdf", "--outdir", str(SRC), str(src)])
    produced = SRC / (Path(src).stem + ".pdf")
    shutil.move(str(produced), str(HERE / f"{stem}.pdf"))


FPDF_HEAD = r"""<?php
require '/usr/share/php/fpdf/fpdf.php';
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
"""

TCPDF_HEAD = r"""<?php
require '/usr/share/php/tcpdf/tcpdf.php';
class CertPDF extends TCPDF { public function noLink() { $this->tcpdflink = false; } }
"""


def php_pdf(stem, code, kind):
    head = FPDF_HEAD if kind == "fpdf" else TCPDF_HEAD
    src = SRC / f"{stem}.php"
    out = HERE / f"{stem}.pdf"
    src.write_text(head + code.replace("@OUT@", str(out)), encoding="utf-8")
    r = run(["php", str(src)])
    if r.stdout.strip():
        print(r.stdout)
    assert out.exists(), stem


def gs_pdf(stem, ps_text):
    src = SRC / f"{stem}.ps"
    src.write_bytes(ps_text.encode("latin-1"))
    out = HERE / f"{stem}.pdf"
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
         "-dCompatibilityLevel=1.6", f"-sOutputFile={out}", str(src)])


def qpdf_flatten(tmp, out):
    # exit status 3 = "succeeded with warnings" (ReportLab writes a duplicated /Font key)
    r = subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", str(tmp), str(out)],
                       capture_output=True, text=True, timeout=120)
    if r.returncode not in (0, 3):
        raise RuntimeError(f"qpdf failed ({r.returncode}): {r.stderr}")


# ---------------------------------------------------------------- PostScript
PS_PROLOG = r"""%!PS-Adobe-3.0
%%Creator: certs-n hand-written PostScript
/WinEnc ISOLatin1Encoding 256 array copy def
WinEnc 39 /quotesingle put WinEnc 45 /hyphen put
WinEnc 96 /grave put
WinEnc 145 /quoteleft put WinEnc 146 /quoteright put
WinEnc 147 /quotedblleft put WinEnc 148 /quotedblright put
WinEnc 149 /bullet put WinEnc 150 /endash put WinEnc 151 /emdash put
WinEnc 153 /trademark put WinEnc 133 /ellipsis put
/reenc { % newname basename
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding WinEnc def currentdict
  end definefont pop } def
/F-R /Times-Roman reenc /F-B /Times-Bold reenc /F-I /Times-Italic reenc /F-BI /Times-BoldItalic reenc
/F-H /Helvetica reenc /F-HB /Helvetica-Bold reenc /F-HO /Helvetica-Oblique reenc
/F-HBO /Helvetica-BoldOblique reenc
/F-P /Palatino-Roman reenc /F-PB /Palatino-Bold reenc /F-PI /Palatino-Italic reenc
/F-NS /NewCenturySchlbk-Roman reenc /F-NSB /NewCenturySchlbk-Bold reenc /F-NSI /NewCenturySchlbk-Italic reenc
/F-C /Courier reenc /F-CB /Courier-Bold reenc
/F-ZC /ZapfChancery-MediumItalic reenc
/ctext { % x y str
  dup stringwidth pop 2 div 4 -1 roll exch sub 3 -1 roll moveto show } def
/rtext { dup stringwidth pop 4 -1 roll exch sub 3 -1 roll moveto show } def
/ltext { 3 1 roll moveto show } def
/sptext { % x y str spacing  (centred, letter spaced)
  /sp exch def /s exch def
  s stringwidth pop s length 1 sub sp mul add 2 div 3 -1 roll exch sub exch moveto
  sp 0 s ashow } def
"""

_PS_FONT_METRICS = {  # PS font -> reportlab font for width calculations
    "F-R": "Times-Roman", "F-B": "Times-Bold", "F-I": "Times-Italic", "F-BI": "Times-BoldItalic",
    "F-H": "Helvetica", "F-HB": "Helvetica-Bold", "F-HO": "Helvetica-Oblique",
    "F-HBO": "Helvetica-BoldOblique", "F-C": "Courier", "F-CB": "Courier-Bold",
}


def pss(s):
    """Python str -> PostScript string literal in the WinEnc encoding."""
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


class PS:
    def __init__(self, w=612, h=792):
        self.w, self.h = w, h
        self.lines = [PS_PROLOG, f"<< /PageSize [{w} {h}] >> setpagedevice"]
        self.cur = ("F-R", 12)

    def raw(self, s):
        self.lines.append(s)

    def font(self, name, size):
        self.cur = (name, size)
        self.lines.append(f"/{name} findfont {size} scalefont setfont")

    def color(self, r, g, b):
        self.lines.append(f"{r} {g} {b} setrgbcolor")

    def gray(self, v):
        self.lines.append(f"{v} setgray")

    def text(self, x, y, s, align="l"):
        op = {"l": "ltext", "c": "ctext", "r": "rtext"}[align]
        self.lines.append(f"{x} {y} {pss(s)} {op}")

    def spaced(self, x, y, s, sp):
        self.lines.append(f"{x} {y} {pss(s)} {sp} sptext")

    def width(self, s, font=None, size=None):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        f, z = self.cur
        return stringWidth(s, _PS_FONT_METRICS[font or f], size or z)

    def wrap(self, x, y, s, width, leading, align="l"):
        """wrap s to width using the current font; return y below the block."""
        words, line, rows = s.split(), "", []
        for w_ in words:
            t = (line + " " + w_).strip()
            if self.width(t) <= width or not line:
                line = t
            else:
                rows.append(line)
                line = w_
        if line:
            rows.append(line)
        for r_ in rows:
            xx = {"l": x, "c": x + width / 2, "r": x + width}[align]
            self.text(xx, y, r_, align)
            y -= leading
        return y

    def rect(self, x, y, w, h, lw=1, fill=None):
        if fill is not None:
            self.lines.append(f"gsave {fill} setgray {x} {y} {w} {h} rectfill grestore")
        self.lines.append(f"{lw} setlinewidth {x} {y} {w} {h} rectstroke")

    def line(self, x1, y1, x2, y2, lw=0.8):
        self.lines.append(f"{lw} setlinewidth newpath {x1} {y1} moveto {x2} {y2} lineto stroke")

    def circle(self, x, y, r, lw=1):
        self.lines.append(f"{lw} setlinewidth newpath {x} {y} {r} 0 360 arc closepath stroke")

    def showpage(self):
        self.lines.append("showpage")

    def render(self):
        return "\n".join(self.lines) + "\n%%EOF\n"


# ---------------------------------------------------------------- FODT
def fodt_doc(body, *, landscape=False, margins="0.8in", extra_styles="", page_border=None,
             bg=None):
    w, h = ("11in", "8.5in") if landscape else ("8.5in", "11in")
    border = f'fo:border="{page_border}" fo:padding="0.15in"' if page_border else ""
    bgattr = f'fo:background-color="{bg}"' if bg else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="Liberation Sans Narrow" svg:font-family="'Liberation Sans Narrow'" style:font-family-generic="swiss"/>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="URW Bookman" svg:font-family="'URW Bookman'" style:font-family-generic="roman"/>
  <style:font-face style:name="P052" svg:font-family="P052" style:font-family-generic="roman"/>
  <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman"/>
  <style:font-face style:name="Z003" svg:font-family="Z003" style:font-family-generic="script"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" style:print-orientation="{'landscape' if landscape else 'portrait'}"
     fo:margin-top="{margins}" fo:margin-bottom="{margins}" fo:margin-left="{margins}" fo:margin-right="{margins}" {border} {bgattr}/>
  </style:page-layout>
{extra_styles}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
 <office:body><office:text>
{body}
 </office:text></office:body>
</office:document>
"""


def x(s):
    """XML/HTML escape."""
    return _html.escape(s, quote=False)


def pstyle(name, *, size="11pt", bold=False, italic=False, align="start", font="Liberation Serif",
           before="0in", after="0in", color=None, spacing=None, caps=False, break_before=False,
           line_height=None):
    t = [f'style:font-name="{font}"', f'fo:font-size="{size}"']
    if bold:
        t.append('fo:font-weight="bold"')
    if italic:
        t.append('fo:font-style="italic"')
    if color:
        t.append(f'fo:color="{color}"')
    if spacing:
        t.append(f'fo:letter-spacing="{spacing}"')
    if caps:
        t.append('fo:text-transform="uppercase"')
    p = [f'fo:text-align="{align}"', f'fo:margin-top="{before}"', f'fo:margin-bottom="{after}"']
    if break_before:
        p.append('fo:break-before="page"')
    if line_height:
        p.append(f'fo:line-height="{line_height}"')
    return (f'  <style:style style:name="{name}" style:family="paragraph">'
            f'<style:paragraph-properties {" ".join(p)}/>'
            f'<style:text-properties {" ".join(t)}/></style:style>\n')


# ================================================================ CERTIFICATES
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import letter, landscape as rl_landscape
from reportlab.lib.colors import HexColor, black, white, transparent
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth


def rl_center_wrap(c, text, font, size, cx, y, width, leading):
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawCentredString(cx, y, ln)
        y -= leading
    return y


def rl_left_wrap(c, text, font, size, x, y, width, leading):
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, width):
        c.drawString(x, y, ln)
        y -= leading
    return y


# ---------------------------------------------------------------- n01
@cert(nn="n01", style="ascp-cmle", producer="reportlab",
      layout=["landscape", "centred-award", "double-border", "seal", "signature-block"],
      notes="Credentials after the name; Certificate No., Customer ID and Date Printed are distractors; "
            "the 'maximum of 1.0 CMLE' equals the award.",
      name="Danielle M. Okafor",
      title="Red Cell Morphology in Hemolytic Anemias: A Case-Based Review",
      date="2025-09-18", credits=1.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="HEM2509-04")
def n01(stem):
    W, H = rl_landscape(letter)
    c = rl_canvas.Canvas(str(HERE / f"{stem}.pdf"), pagesize=(W, H))
    c.setTitle("CMLE Certificate")
    navy, gold = HexColor("#1d2f5c"), HexColor("#b08d3c")
    c.setStrokeColor(navy); c.setLineWidth(5); c.rect(24, 24, W - 48, H - 48)
    c.setStrokeColor(gold); c.setLineWidth(1.2); c.rect(34, 34, W - 68, H - 68)
    c.setFillColor(navy)
    c.setFont("Helvetica-Bold", 30); c.drawCentredString(W / 2, H - 92, "ASCP")
    c.setFont("Helvetica", 12); c.drawCentredString(W / 2, H - 110, "American Society for Clinical Pathology")
    c.setFont("Times-Bold", 34); c.drawCentredString(W / 2, H - 160, "Certificate of Completion")
    c.setFillColor(black)
    c.setFont("Times-Italic", 14); c.drawCentredString(W / 2, H - 192, "This is to certify that")
    c.setFont("Times-Bold", 26); c.drawCentredString(W / 2, H - 228, "Danielle M. Okafor, MLS(ASCP)CM")
    c.setStrokeColor(gold); c.setLineWidth(0.8); c.line(W / 2 - 220, H - 236, W / 2 + 220, H - 236)
    c.setFont("Times-Italic", 14)
    c.drawCentredString(W / 2, H - 262, "has successfully completed the online educational activity")
    c.setFillColor(navy)
    c.setFont("Times-Bold", 18)
    c.drawCentredString(W / 2, H - 292, "Red Cell Morphology in Hemolytic Anemias: A Case-Based Review")
    c.setFillColor(black)
    c.setFont("Times-Roman", 14)
    c.drawCentredString(W / 2, H - 322, "and is hereby awarded")
    c.setFont("Times-Bold", 20); c.drawCentredString(W / 2, H - 350, "1.0 CMLE")
    c.setFont("Times-Italic", 11)
    c.drawCentredString(W / 2, H - 366, "Continuing Medical Laboratory Education credit")
    c.setFont("Helvetica", 10.5)
    c.drawString(90, H - 404, "Date Completed:  September 18, 2025")
    c.drawRightString(W - 90, H - 404, "Activity ID:  HEM2509-04")
    c.setStrokeColor(gold); c.setFillColor(HexColor("#f4ecd8"))
    c.circle(140, 120, 46, stroke=1, fill=1); c.circle(140, 120, 40, stroke=1, fill=0)
    c.setFillColor(navy); c.setFont("Helvetica-Bold", 11); c.drawCentredString(140, 123, "CMLE")
    c.setFont("Helvetica", 7); c.drawCentredString(140, 111, "CREDIT")
    c.setStrokeColor(black); c.setLineWidth(0.6); c.line(W - 330, 128, W - 90, 128)
    c.setFillColor(HexColor("#223366")); c.setFont("Times-Italic", 20)
    c.drawCentredString(W - 210, 134, "Jordana P. Whitcombe")
    c.setFillColor(black); c.setFont("Helvetica", 9)
    c.drawCentredString(W - 210, 116, "Jordana P. Whitcombe, MHA, MLS(ASCP)CM")
    c.drawCentredString(W - 210, 104, "Director, Continuing Professional Education")
    rl_center_wrap(c, "ASCP designates this enduring material for a maximum of 1.0 CMLE credit. "
                   "Participants should claim only the credit commensurate with the extent of their participation. "
                   "CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.",
                   "Helvetica", 7.5, W / 2, 70, 520, 9)
    c.setFont("Helvetica", 7)
    c.drawString(44, 42, "Certificate No. 88214037     Customer ID: 10293847")
    c.drawRightString(W - 44, 42, "Date Printed: 01/12/2026")
    c.showPage(); c.save()


# ---------------------------------------------------------------- n02
@cert(nn="n02", style="aabb", producer="chromium",
      layout=["portrait", "two-column-label-value", "format-line-above-title", "signature-block"],
      notes="Format word 'eCast' on its own line above the title (not part of it). P.A.C.E. 1.5 contact hours "
            "count; AMA PRA 1.00 claimed of 1.50 is not the lab figure. Member ID and Issued date are distractors.",
      name="Marcus J. Belvedere",
      title="Massive Transfusion in the Community Hospital: Protocols, Pitfalls and Product Ratios",
      date="2025-11-06", credits=1.5, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="25EC-1106")
def n02(stem):
    chromium_pdf(stem, N02_HTML)


N02_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.6in 0.7in; }
body { font-family: 'Liberation Sans', Arial, sans-serif; color:#222; font-size: 11pt; }
.top { display:flex; align-items:center; border-bottom: 3px solid #a4161a; padding-bottom: 10px; }
.logo { font: bold 34pt 'Liberation Serif'; color:#a4161a; letter-spacing: 1px; margin-right: 18px; }
.org { font-size: 12pt; color:#444; }
h1 { font: 600 22pt 'Liberation Serif'; margin: 28px 0 6px; text-align:center; }
.sub { text-align:center; color:#555; margin-bottom: 22px; }
table.kv { width:100%; border-collapse: collapse; }
table.kv th { text-align:left; width: 34%; vertical-align: top; padding: 9px 10px; background:#f5eded;
   border-bottom:1px solid #e0caca; font-weight: bold; font-size: 10pt; }
table.kv td { padding: 9px 10px; border-bottom:1px solid #e0caca; }
.fmt { font-size: 9pt; letter-spacing: 2px; color:#a4161a; font-weight:bold; margin-bottom:3px; }
.ttl { font-size: 12.5pt; font-weight: bold; }
.stmt { font-size: 8.5pt; color:#444; margin-top: 22px; line-height: 1.35; }
.sig { margin-top: 36px; width: 300px; }
.sig .line { border-top: 1px solid #333; padding-top: 4px; font-size: 10pt; }
.script { font: italic 20pt 'URW Bookman', serif; color:#233; }
.foot { position: fixed; bottom: 0; left:0; right:0; font-size:8pt; color:#666; display:flex; justify-content:space-between; }
</style></head><body>
<div class="top"><div class="logo">AABB</div>
<div class="org">Association for the Advancement of Blood &amp; Biotherapies<br>Education &amp; Professional Development</div></div>
<h1>Continuing Education Certificate</h1>
<div class="sub">Record of participation in an AABB education program</div>
<table class="kv">
<tr><th>Participant</th><td>Marcus J. Belvedere, MLS(ASCP)<sup>CM</sup>SBB</td></tr>
<tr><th>Member ID</th><td>0048812</td></tr>
<tr><th>Program</th><td><div class="fmt">eCast</div><div class="ttl">Massive Transfusion in the Community Hospital: Protocols, Pitfalls and Product Ratios</div></td></tr>
<tr><th>Program Number</th><td>25EC-1106</td></tr>
<tr><th>Date of Live Broadcast</th><td>November 6, 2025</td></tr>
<tr><th>P.A.C.E.® Contact Hours</th><td>1.5</td></tr>
<tr><th>AMA PRA Category 1 Credits™</th><td>1.00 claimed (maximum 1.50)</td></tr>
</table>
<div class="stmt">AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.® Program. AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME)
to provide continuing medical education for physicians and designates this live activity for a maximum of
1.50 AMA PRA Category 1 Credits™. Laboratory professionals should report P.A.C.E.® contact hours to their certifying agency.</div>
<div class="sig"><div class="script">Elaine Vasquez-Thorne</div>
<div class="line">Elaine R. Vasquez-Thorne, MEd<br>Director, Education Programs</div></div>
<div class="foot"><span>Issued: November 20, 2025</span><span>Retain this certificate for your records.</span></div>
</body></html>"""


# ---------------------------------------------------------------- n03
@cert(nn="n03", style="cap-joint", producer="tcpdf",
      layout=["landscape", "header-band", "format-line-above-title", "credit-table", "claimed-vs-maximum"],
      notes="Credit table with Maximum vs Claimed for AMA PRA and P.A.C.E.; the lab figure is the P.A.C.E. "
            "claimed 2.00 (not the 2.50 maximum, not AMA 2.25). 'On-Demand Webinar' is a format line. "
            "Transcript ID and Date Issued are distractors.",
      name="Priya S. Raghunathan",
      title="Next-Generation Sequencing in Solid Tumors: Interpreting Variant Reports",
      date="2026-01-22", credits=2.0, unit="contact hour",
      provider=["College of American Pathologists", "CAP"], activity_id="CAP-LRN-25-0931")
def n03(stem):
    php_pdf(stem, r"""
$pdf = new CertPDF('L', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(54, 40, 54); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('CAP Learning'); $pdf->SetTitle('Certificate of Completion');
$pdf->AddPage();
$pdf->SetFillColor(0, 61, 121); $pdf->Rect(0, 0, 792, 72, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 28); $pdf->SetXY(54, 18); $pdf->Cell(90, 36, 'CAP', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(140, 27); $pdf->Cell(330, 20, 'College of American Pathologists', 0, 0, 'L');
$pdf->SetFont('dejavusans', 'I', 11); $pdf->SetXY(480, 27); $pdf->Cell(258, 20, 'CAP Learning', 0, 0, 'R');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->SetXY(54, 96); $pdf->Cell(684, 30, 'CERTIFICATE OF COMPLETION', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(54, 134); $pdf->Cell(684, 18, 'Awarded to', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(54, 156); $pdf->Cell(684, 28, 'Priya S. Raghunathan, MB(ASCP)CM', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(54, 192); $pdf->Cell(684, 18, 'for successful completion of the', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 9); $pdf->SetTextColor(0, 61, 121);
$pdf->SetXY(54, 214); $pdf->Cell(684, 14, 'On-Demand Webinar', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 15); $pdf->SetTextColor(30, 30, 30);
$pdf->SetXY(54, 232); $pdf->Cell(684, 22, 'Next-Generation Sequencing in Solid Tumors: Interpreting Variant Reports', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10);
$pdf->SetXY(80, 278); $pdf->Cell(260, 15, 'Activity ID: CAP-LRN-25-0931', 0, 2, 'L');
$pdf->Cell(260, 15, 'Date Completed: January 22, 2026', 0, 2, 'L');
$pdf->Cell(260, 15, 'Transcript ID: T-5530291', 0, 2, 'L');
$tbl = '<table cellpadding="4" border="1" style="border-color:#7a8fa8;">
<tr style="background-color:#e6edf5;font-weight:bold;"><td width="190">Credit Type</td><td width="80" align="center">Maximum</td><td width="80" align="center">Claimed</td></tr>
<tr><td>AMA PRA Category 1 Credits™</td><td align="center">2.50</td><td align="center">2.25</td></tr>
<tr><td>P.A.C.E.® Contact Hours</td><td align="center">2.50</td><td align="center">2.00</td></tr>
</table>';
$pdf->SetFont('dejavusans', '', 9);
$pdf->writeHTMLCell(360, 0, 380, 276, $tbl, 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(70, 70, 70);
$stmt = 'In support of improving patient care, the College of American Pathologists is jointly accredited by the '
 . 'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE) '
 . 'and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. '
 . 'The CAP designates this enduring material for a maximum of 2.50 AMA PRA Category 1 Credits™. Physicians should claim only '
 . 'the credit commensurate with the extent of their participation in the activity. '
 . 'The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.';
$pdf->SetXY(80, 390); $pdf->MultiCell(632, 10, $stmt, 0, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->Line(470, 500, 712, 500);
$pdf->SetFont('dejavuserif', 'I', 16); $pdf->SetTextColor(20, 40, 90); $pdf->SetXY(470, 478); $pdf->Cell(242, 20, 'R. Castellanos-Meyer', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(30, 30, 30);
$pdf->SetXY(470, 504); $pdf->Cell(242, 12, 'Rafael Castellanos-Meyer, MD, FCAP', 0, 2, 'C');
$pdf->Cell(242, 12, 'Chair, Council on Education', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetXY(54, 570); $pdf->Cell(300, 10, 'Date Issued: 01/23/2026', 0, 0, 'L');
$pdf->Output('@OUT@', 'F');
""", "tcpdf")


# ---------------------------------------------------------------- n04
@cert(nn="n04", style="ascls-pace", producer="fpdf",
      layout=["portrait", "centred", "format-line-above-title", "label-value-lines", "signature-block"],
      notes="'LIVE WEBINAR' on its own line above the title. P.A.C.E. Provider #512 and Date Issued are "
            "distractors; the activity id is the P.A.C.E. course number.",
      name="Theresa Ann Kowalczyk",
      title="Leading Through Staffing Shortages: Practical Tools for Laboratory Supervisors",
      date="2025-10-14", credits=1.0, unit="contact hour",
      provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="512-101-25")
def n04(stem):
    php_pdf(stem, r"""
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetDrawColor(0, 92, 75); $pdf->SetLineWidth(2); $pdf->Rect(30, 30, 552, 732);
$pdf->SetLineWidth(0.5); $pdf->Rect(36, 36, 540, 720);
$pdf->SetTextColor(0, 92, 75);
$pdf->SetFont('Helvetica', 'B', 30); $pdf->SetXY(36, 70); $pdf->Cell(540, 34, 'ASCLS', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetX(36); $pdf->Cell(540, 16, t('American Society for Clinical Laboratory Science'), 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(36, 150); $pdf->Cell(540, 28, t('P.A.C.E.® Certificate of Participation'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(36, 196); $pdf->Cell(540, 16, 'This certificate is presented to', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 20); $pdf->SetXY(36, 222); $pdf->Cell(540, 26, 'Theresa Ann Kowalczyk, MLS(ASCP)', 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(36, 262); $pdf->Cell(540, 16, 'for participation in', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 10); $pdf->SetTextColor(0, 92, 75);
$pdf->SetXY(36, 292); $pdf->Cell(540, 14, 'LIVE WEBINAR', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0); $pdf->SetFont('Times', 'B', 16);
$pdf->SetXY(86, 312); $pdf->MultiCell(440, 20, t('Leading Through Staffing Shortages: Practical Tools for Laboratory Supervisors'), 0, 'C');
$rows = array(
  array('Date of Activity:', 'October 14, 2025'),
  array(t('P.A.C.E.® Course Number:'), '512-101-25'),
  array('Level of Instruction:', 'Intermediate'),
  array('Contact Hours Awarded:', '1.0'),
);
$y = 392;
foreach ($rows as $r) {
  $pdf->SetFont('Helvetica', 'B', 10.5); $pdf->SetXY(130, $y); $pdf->Cell(180, 16, $r[0], 0, 0, 'R');
  $pdf->SetFont('Helvetica', '', 10.5); $pdf->SetXY(318, $y); $pdf->Cell(200, 16, $r[1], 0, 0, 'L');
  $y += 20;
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(80, 500);
$pdf->MultiCell(452, 11, t('The American Society for Clinical Laboratory Science (ASCLS P.A.C.E.® Provider #512) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Participants should retain this certificate for a minimum of four years.'), 0, 'C');
$pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.6); $pdf->Line(190, 640, 422, 640);
$pdf->SetFont('Times', 'I', 18); $pdf->SetXY(190, 618); $pdf->Cell(232, 20, 'Lorraine Abernathy', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(190, 644); $pdf->Cell(232, 12, 'Lorraine K. Abernathy, EdD, MLS(ASCP)CM', 0, 2, 'C');
$pdf->Cell(232, 12, 'Director of Education, ASCLS', 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetXY(50, 730); $pdf->Cell(200, 10, 'Date Issued: 10/15/2025', 0, 0, 'L');
$pdf->Output('F', '@OUT@');
""", "fpdf")


# ---------------------------------------------------------------- n05
@cert(nn="n05", style="labce", producer="reportlab",
      layout=["portrait", "wordmark-header", "all-caps-name", "one-row-course-table"],
      notes="ALL-CAPS name with apostrophe. Course row in a table (Course #, Title, Format, Completed, Contact "
            "Hours); 'Self-Study' is the format column. Order # and Certificate ID are distractors.",
      name="KEVIN P. O'DONNELL",
      title="Urinalysis Sediment Identification: Casts and Crystals",
      date="2025-08-14", credits=2.0, unit="contact hour",
      provider=["LabCE"], activity_id="1184")
def n05(stem):
    W, H = letter
    c = rl_canvas.Canvas(str(HERE / f"{stem}.pdf"), pagesize=letter)
    c.setTitle("LabCE Certificate")
    teal = HexColor("#0b7a8a")
    c.setFillColor(teal); c.rect(0, H - 16, W, 16, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 30); c.drawString(54, H - 78, "LabCE")
    c.setFillColor(HexColor("#555555")); c.setFont("Helvetica", 9.5)
    c.drawString(54, H - 94, "Continuing Education for the Clinical Laboratory")
    c.setFillColor(black); c.setFont("Helvetica-Bold", 20)
    c.drawRightString(W - 54, H - 72, "Certificate of Completion")
    c.setFont("Helvetica", 9); c.drawRightString(W - 54, H - 90, "Certificate ID: LC-3320-88716")
    c.setStrokeColor(teal); c.setLineWidth(1.5); c.line(54, H - 112, W - 54, H - 112)
    c.setFont("Helvetica", 11); c.drawString(54, H - 150, "This certifies that")
    c.setFont("Helvetica-Bold", 24); c.drawString(54, H - 182, "KEVIN P. O'DONNELL, MLT(ASCP)")
    c.setFont("Helvetica", 11); c.drawString(54, H - 210, "has successfully completed the following continuing education course:")
    cols = [(54, "Course #"), (108, "Course Title"), (372, "Format"), (436, "Completed"), (500, "Contact Hours")]
    y = H - 246
    c.setFillColor(HexColor("#e3f1f3")); c.rect(50, y - 6, W - 100, 20, stroke=0, fill=1)
    c.setFillColor(black); c.setFont("Helvetica-Bold", 8.5)
    for xx, lab in cols:
        c.drawString(xx, y, lab)
    y -= 24
    c.setFont("Helvetica", 8.5)
    vals = ["1184", "Urinalysis Sediment Identification: Casts and Crystals", "Self-Study", "08/14/2025", "2.0"]
    for (xx, _), v in zip(cols, vals):
        c.drawString(xx, y, v)
    c.setStrokeColor(HexColor("#99cccc")); c.setLineWidth(0.5); c.line(50, y - 8, W - 50, y - 8)
    y = rl_left_wrap(c, "LabCE is approved as a provider of continuing education programs in the clinical laboratory "
                     "sciences by the ASCLS P.A.C.E.\u00ae Program. This course is also approved by the Florida Board of "
                     "Clinical Laboratory Personnel for credit in the category of Urinalysis.",
                     "Helvetica", 9, 54, H - 320, W - 108, 12)
    c.setFont("Helvetica", 9)
    c.drawString(54, y - 14, "Please keep this certificate for your records. Contact hours are reported as earned.")
    c.setFont("Helvetica-Oblique", 16); c.setFillColor(HexColor("#333366"))
    c.drawString(54, 176, "Gregory Tannhauser")
    c.setStrokeColor(black); c.line(54, 170, 250, 170)
    c.setFillColor(black); c.setFont("Helvetica", 8.5)
    c.drawString(54, 158, "Gregory Tannhauser, MS, MLS(ASCP)")
    c.drawString(54, 147, "Education Director, LabCE")
    c.setFont("Helvetica", 7.5); c.setFillColor(HexColor("#666666"))
    c.drawString(54, 60, "Order #: 774102")
    c.drawRightString(W - 54, 60, "www.labce.com")
    c.showPage(); c.save()


# ---------------------------------------------------------------- n06
@cert(nn="n06", style="medialab", producer="chromium",
      layout=["landscape", "centred-award", "double-border", "footer-distractors"],
      notes="Name with accented letter. 'Safety' in the title. Certificate ID and Printed date are distractors; "
            "Course ID is the activity id.",
      name="Luz Elena Marroquín",
      title="Blood Bank Safety: Preventing Wrong Blood in Tube Errors",
      date="2026-02-03", credits=1.0, unit="contact hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="BB-4471")
def n06(stem):
    chromium_pdf(stem, """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter landscape; margin: 0; }
html, body { margin:0; height:100%; }
body { font-family: 'DejaVu Serif', serif; }
.page { position:absolute; inset: 0.35in; border: 10px double #5a2d82; padding: 0.35in 0.6in; text-align:center; }
.brand { font: bold 13pt 'DejaVu Sans'; color:#5a2d82; letter-spacing: 3px; }
h1 { font-size: 32pt; font-weight: normal; margin: 18px 0 4px; color:#3b1c57; }
.lead { font-style: italic; font-size: 13pt; margin: 14px 0 6px; }
.name { font-size: 28pt; font-weight: bold; margin: 4px 0 10px; }
.ttl { font-size: 16pt; font-weight: bold; color:#3b1c57; margin: 8px 60px; }
.cred { font-size: 13pt; margin-top: 14px; }
.meta { margin-top: 22px; font: 10pt 'DejaVu Sans'; display:flex; justify-content: space-around; }
.stmt { margin-top: 20px; font: 8pt 'DejaVu Sans'; color:#555; }
.foot { position:absolute; bottom: 0.12in; left: 0.6in; right: 0.6in; font: 7.5pt 'DejaVu Sans'; color:#777;
        display:flex; justify-content: space-between; }
</style></head><body><div class="page">
<div class="brand">MEDIALAB</div>
<h1>Certificate of Completion</h1>
<div class="lead">This acknowledges that</div>
<div class="name">Luz Elena Marroquín</div>
<div class="lead">has completed the continuing education course</div>
<div class="ttl">Blood Bank Safety: Preventing Wrong Blood in Tube Errors</div>
<div class="cred">and has earned <b>1.0 contact hour</b> of P.A.C.E.® credit</div>
<div class="meta"><span>Course ID: BB-4471</span><span>Completion Date: Feb 3, 2026</span><span>Certificate ID: ML-26-0092711</span></div>
<div class="stmt">MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences
by the ASCLS P.A.C.E.® Program. MediaLab courses are accepted by the ASCP Board of Certification for the Credential Maintenance Program.</div>
<div class="foot"><span>MediaLab, Inc. • Continuing Education Department</span><span>Printed 02/05/2026 10:42 AM</span></div>
</div></body></html>""")


# ---------------------------------------------------------------- n07
@cert(nn="n07", style="state-society", producer="soffice-docx",
      layout=["portrait", "centred", "meeting-attendance", "date-range", "two-column-table", "two-signatures"],
      notes="Meeting attendance, no session title: the title is the meeting name. Date range April 14-16, 2026 "
            "-> last day. Earned 9.5 vs maximum offered 14.0. 'A constituent society of ASCLS' (ASCLS is not the "
            "provider). Registration No. and Date signed are distractors; P.A.C.E. Event No. is the activity id.",
      name="Rosalind M. Achterberg",
      title="43rd Annual Meeting and Exhibit Show",
      date="2026-04-16", credits=9.5, unit="contact hour",
      provider=["Keystone State Society for Clinical Laboratory Science", "KSSCLS"], activity_id="274-605-26")
def n07(stem):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Inches(1))
    s.top_margin, s.bottom_margin = Inches(0.8), Inches(0.7)
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)

    def para(text, size=11, bold=False, italic=False, color=None, after=4, before=0, align="c", font=None):
        p = d.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        return p
    para("Keystone State Society for Clinical Laboratory Science", 16, True, color="1F4E79", font="Liberation Sans")
    para("KSSCLS  •  A constituent society of ASCLS", 10, color="555555", after=30, font="Liberation Sans")
    para("Certificate of Attendance", 28, True, after=18)
    para("This certifies that", 12, italic=True, after=8)
    para("Rosalind M. Achterberg, MLS(ASCP)CM", 20, True, after=8)
    para("attended the", 12, italic=True, after=8)
    para("43rd Annual Meeting and Exhibit Show", 17, True, color="1F4E79", after=4)
    para("April 14–16, 2026  ·  Harmon Valley Conference Center", 11, after=24)
    t = d.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.style = "Table Grid"
    rows = [("Registration No.", "R-26-0417"), ("P.A.C.E.® Event No.", "274-605-26"),
            ("Maximum contact hours offered", "14.0"), ("Contact hours earned", "9.5")]
    for i, (a, b) in enumerate(rows):
        ca, cb = t.rows[i].cells
        ca.width, cb.width = Inches(3.0), Inches(2.0)
        ca.paragraphs[0].add_run(a).bold = True
        cb.paragraphs[0].add_run(b)
    para("", after=14)
    para("The Keystone State Society for Clinical Laboratory Science is approved as a provider of continuing "
         "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours "
         "earned reflect the sessions verified on the attendee’s session log.", 9, color="444444", after=40,
         font="Liberation Sans")
    sig = d.add_table(rows=3, cols=2)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    data = [("Jolene Fairweather", "Amit Sahgal"),
            ("Jolene Fairweather, MLS(ASCP)CM", "Amit Sahgal, PhD, MLS(ASCP)"),
            ("President, KSSCLS", "Education Committee Chair")]
    for i, (a, b) in enumerate(data):
        for cell, txt in zip(sig.rows[i].cells, (a, b)):
            p = cell.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            if i == 0:
                r.italic = True; r.font.size = Pt(16); r.font.name = "URW Bookman"
            else:
                r.font.size = Pt(9.5)
    para("", after=20)
    para("Date signed: April 20, 2026", 8.5, color="666666", align="l")
    src = SRC / f"{stem}.docx"
    d.save(src)
    soffice_pdf(stem, src)


# ---------------------------------------------------------------- n08
@cert(nn="n08", style="hospital-inservice", producer="fpdf",
      layout=["landscape", "letterhead", "session-table", "two-signatures"],
      notes="Hospital department issues it: provider is the institution plus 'Institution, Department'. "
            "'Orientation' and 'Safety' in the title. Employee ID is a distractor; Session No. is the activity "
            "id; '90 minutes' duration vs 1.5 CE hours.",
      name="Samuel Oyelaran-Pike",
      title="Annual Laboratory Safety Orientation: Chemical Hygiene and Bloodborne Pathogens",
      date="2026-02-11", credits=1.5, unit="CE hour",
      provider=["Riverside Regional Medical Center",
                "Riverside Regional Medical Center, Department of Pathology and Laboratory Medicine"],
      activity_id="LAB-IS-26-02")
def n08(stem):
    php_pdf(stem, r"""
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(18, 84, 140); $pdf->Rect(0, 0, 14, 612, 'F');
$pdf->SetTextColor(18, 84, 140);
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetXY(50, 40); $pdf->Cell(500, 24, 'Riverside Regional Medical Center', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 12); $pdf->SetX(50); $pdf->Cell(500, 16, 'Department of Pathology and Laboratory Medicine', 0, 1, 'L');
$pdf->SetFont('Helvetica', 'I', 10); $pdf->SetX(50); $pdf->Cell(500, 14, t('Laboratory Education & Training'), 0, 1, 'L');
$pdf->SetDrawColor(18, 84, 140); $pdf->SetLineWidth(1); $pdf->Line(50, 104, 742, 104);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 26); $pdf->SetXY(50, 126); $pdf->Cell(692, 30, 'Certificate of In-Service Completion', 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(50, 170); $pdf->Cell(692, 18, 'Presented to', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(50, 192); $pdf->Cell(692, 26, 'Samuel Oyelaran-Pike, MLT(ASCP)', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(50, 220); $pdf->Cell(692, 12, t('Employee ID: E204417   •   Core Laboratory – Chemistry'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(50, 246); $pdf->Cell(692, 18, 'for completing the required in-service', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 16); $pdf->SetXY(50, 270);
$pdf->Cell(692, 20, t('Annual Laboratory Safety Orientation: Chemical Hygiene and Bloodborne Pathogens'), 0, 1, 'C');
$hdr = array('Session No.', 'Date', 'Delivery', 'Duration', 'CE Hours');
$val = array('LAB-IS-26-02', '02/11/2026', 'Classroom', '90 minutes', '1.5');
$w = array(130, 110, 120, 110, 90);
$x0 = (792 - array_sum($w)) / 2;
$pdf->SetFont('Helvetica', 'B', 10); $pdf->SetFillColor(222, 233, 245); $pdf->SetXY($x0, 314);
for ($i = 0; $i < 5; $i++) $pdf->Cell($w[$i], 20, $hdr[$i], 1, 0, 'C', true);
$pdf->Ln(); $pdf->SetX($x0); $pdf->SetFont('Helvetica', '', 10);
for ($i = 0; $i < 5; $i++) $pdf->Cell($w[$i], 20, $val[$i], 1, 0, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(100, 372);
$pdf->MultiCell(592, 11, t('CE hours are granted by the Laboratory Education Committee and recorded in the employee competency file. This in-service satisfies the annual OSHA chemical hygiene and bloodborne pathogens training requirement.'), 0, 'C');
$pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.5);
$pdf->Line(120, 480, 340, 480); $pdf->Line(452, 480, 672, 480);
$pdf->SetFont('Times', 'I', 15);
$pdf->SetXY(120, 460); $pdf->Cell(220, 18, 'Brenda Castellano', 0, 0, 'C');
$pdf->SetXY(452, 460); $pdf->Cell(220, 18, 'Howard L. Ng', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(120, 484); $pdf->Cell(220, 11, 'Brenda Castellano, MT(ASCP)', 0, 2, 'C'); $pdf->Cell(220, 11, 'Laboratory Safety Officer', 0, 0, 'C');
$pdf->SetXY(452, 484); $pdf->Cell(220, 11, 'Howard L. Ng, MD', 0, 2, 'C'); $pdf->Cell(220, 11, 'Medical Director, Clinical Laboratories', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(50, 570); $pdf->Cell(300, 10, 'Form LAB-ED-014 rev. 03/2025', 0, 0, 'L');
$pdf->Output('F', '@OUT@');
""", "fpdf")


# ---------------------------------------------------------------- n09
@cert(nn="n09", style="joint-accreditation-cme", producer="tcpdf",
      layout=["portrait", "letterhead", "multi-credit-table", "two-pages", "transcript-line"],
      notes="Jointly accredited CME with AMA PRA 1.25, ANCC 1.25, ACPE 1.25 contact hours (0.125 CEU) and P.A.C.E. "
            "1.0 contact hour: only P.A.C.E. counts. Leading 'Dr.' and PhD/D(ABMM) removed from the name. "
            "Series name 'Pathology Grand Rounds:' on the title line is part of the title. Page 2 holds the "
            "accreditation statements and a transcript line.",
      name="Henrik J. Solberg",
      title="Pathology Grand Rounds: Emerging Antifungal Resistance in Candida auris",
      date="2026-03-10", credits=1.0, unit="contact hour",
      provider=["Lakeshore University Health",
                "Lakeshore University Health, Office of Continuing Professional Development"],
      activity_id="58213")
def n09(stem):
    php_pdf(stem, r"""
$pdf = new CertPDF('P', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 50, 60); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 17); $pdf->SetTextColor(90, 20, 40);
$pdf->SetXY(60, 50); $pdf->Cell(492, 20, 'Lakeshore University Health', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 10.5); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(492, 14, 'Office of Continuing Professional Development', 0, 2, 'L');
$pdf->SetDrawColor(90, 20, 40); $pdf->SetLineWidth(1.5); $pdf->Line(60, 94, 552, 94);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 24); $pdf->SetXY(60, 130); $pdf->Cell(492, 30, 'Certificate of Participation', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(60, 180); $pdf->Cell(492, 16, 'This is to certify that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 19); $pdf->SetXY(60, 204); $pdf->Cell(492, 24, 'Dr. Henrik J. Solberg, PhD, D(ABMM)', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(60, 240); $pdf->Cell(492, 16, 'participated in the live activity', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 13.5); $pdf->SetXY(60, 266);
$pdf->Cell(492, 18, 'Pathology Grand Rounds: Emerging Antifungal Resistance in Candida auris', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetXY(60, 300);
$pdf->Cell(492, 14, 'Session Date: March 10, 2026     ·     Activity ID: 58213     ·     Live, in person and streamed', 0, 1, 'C');
$tbl = '<table cellpadding="5" border="0">
<tr style="background-color:#5a1428;color:#ffffff;font-weight:bold;"><td width="250">Credit designation</td><td width="90" align="center">Awarded</td><td width="120">Profession</td></tr>
<tr><td>AMA PRA Category 1 Credits™</td><td align="center">1.25</td><td>Physicians</td></tr>
<tr style="background-color:#f3eaec;"><td>ANCC nursing contact hours</td><td align="center">1.25</td><td>Nurses</td></tr>
<tr><td>ACPE contact hours (0.125 CEU)</td><td align="center">1.25</td><td>Pharmacists</td></tr>
<tr style="background-color:#f3eaec;"><td>P.A.C.E.® contact hours</td><td align="center">1.0</td><td>Laboratory professionals</td></tr>
</table>';
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTMLCell(460, 0, 76, 340, $tbl, 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', 'I', 8.5); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(76, 470); $pdf->MultiCell(460, 11, 'Accreditation and credit designation statements appear on page 2 of this certificate.', 0, 'L');
$pdf->SetTextColor(20, 20, 20); $pdf->SetLineWidth(0.5); $pdf->SetDrawColor(0, 0, 0);
$pdf->Line(76, 600, 290, 600);
$pdf->SetFont('dejavuserif', 'I', 15); $pdf->SetXY(76, 580); $pdf->Cell(214, 18, 'Maren Oyelowo', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetXY(76, 604); $pdf->Cell(214, 11, 'Maren T. Oyelowo, MD, MPH', 0, 2, 'C');
$pdf->Cell(214, 11, 'Associate Dean, Continuing Professional Development', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetXY(60, 730); $pdf->Cell(492, 10, 'Certificate generated 03/12/2026  ·  Page 1 of 2', 0, 0, 'R');
$pdf->AddPage();
$pdf->SetFont('dejavuserif', 'B', 14); $pdf->SetXY(60, 60); $pdf->Cell(492, 18, 'Accreditation Statements', 0, 1, 'L');
$html = '<p>In support of improving patient care, Lakeshore University Health is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team.</p>
<p><b>Physicians:</b> Lakeshore University Health designates this live activity for a maximum of 1.25 <i>AMA PRA Category 1 Credits™</i>. Physicians should claim only the credit commensurate with the extent of their participation in the activity.</p>
<p><b>Nurses:</b> This activity is approved for 1.25 ANCC contact hours.</p>
<p><b>Pharmacists:</b> This knowledge-based activity is approved for 1.25 contact hours (0.125 CEU) of ACPE credit.</p>
<p><b>Laboratory professionals:</b> Lakeshore University Health is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 1.0 P.A.C.E.® contact hour.</p>';
$pdf->SetFont('dejavusans', '', 9.5); $pdf->writeHTMLCell(492, 0, 60, 90, $html, 0, 1, false, true, 'L');
$pdf->SetFont('dejavuserif', 'B', 12); $pdf->SetXY(60, 420); $pdf->Cell(492, 16, 'Transcript entry', 0, 1, 'L');
$pdf->SetFont('dejavusansmono', '', 8); $pdf->SetXY(60, 442);
$pdf->Cell(492, 12, '03/10/2026  58213  Pathology Grand Rounds (live)  P.A.C.E. 1.0  AMA 1.25', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetXY(60, 730); $pdf->Cell(492, 10, 'Certificate generated 03/12/2026  ·  Page 2 of 2', 0, 0, 'R');
$pdf->Output('@OUT@', 'F');
""", "tcpdf")


# ---------------------------------------------------------------- n10
@cert(nn="n10", style="university-ceu", producer="soffice-fodt",
      layout=["landscape", "centred-award", "page-border", "date-range", "two-signatures"],
      notes="University division issues CEUs: 2.4 CEU -> 24 points. Date range June 8-11, 2026 -> last day. "
            "Name with suffix 'Jr.'. Transcript No. and Date of Issue are distractors; Course Code is the id.",
      name="Darnell W. Huggins Jr.",
      title="Molecular Diagnostics Bootcamp for Practicing Technologists",
      date="2026-06-11", credits=2.4, unit="CEU",
      provider=["Northern Plains State University",
                "Northern Plains State University, Division of Continuing and Professional Studies"],
      activity_id="MLS-CE 5120")
def n10(stem):
    st = (pstyle("Uni", size="22pt", bold=True, align="center", font="P052", color="#2b3d1f")
          + pstyle("Div", size="12pt", align="center", font="Liberation Sans", after="0.25in", color="#444444")
          + pstyle("Big", size="30pt", align="center", font="P052", after="0.15in")
          + pstyle("It", size="13pt", italic=True, align="center", font="P052", after="0.08in")
          + pstyle("Nm", size="25pt", bold=True, align="center", font="P052", after="0.08in")
          + pstyle("Tt", size="17pt", bold=True, align="center", font="Liberation Sans", after="0.04in", color="#2b3d1f")
          + pstyle("Dt", size="12pt", align="center", font="Liberation Sans", after="0.15in")
          + pstyle("Cr", size="14pt", align="center", font="P052", after="0.12in")
          + pstyle("Sm", size="8.5pt", align="center", font="Liberation Sans", after="0.2in", color="#555555")
          + pstyle("SigS", size="15pt", italic=True, align="center", font="Z003")
          + pstyle("SigT", size="9pt", align="center", font="Liberation Sans")
          + pstyle("Ft", size="8pt", align="start", font="Liberation Sans", color="#666666", before="0.15in")
          + '  <style:style style:name="Tb" style:family="table"><style:table-properties style:width="8.2in" table:align="center"/></style:style>\n'
          + '  <style:style style:name="TbC" style:family="table-column"><style:table-column-properties style:column-width="4.1in"/></style:style>\n')
    body = f"""
<text:p text:style-name="Uni">Northern Plains State University</text:p>
<text:p text:style-name="Div">Division of Continuing and Professional Studies</text:p>
<text:p text:style-name="Big">Certificate of Completion</text:p>
<text:p text:style-name="It">is awarded to</text:p>
<text:p text:style-name="Nm">Darnell W. Huggins Jr.</text:p>
<text:p text:style-name="It">for satisfactory completion of the non-credit professional course</text:p>
<text:p text:style-name="Tt">Molecular Diagnostics Bootcamp for Practicing Technologists</text:p>
<text:p text:style-name="Dt">Course Code: MLS-CE 5120  ·  June 8–11, 2026  ·  32 hours of instruction</text:p>
<text:p text:style-name="Cr">and is granted <text:span>2.4 Continuing Education Units (CEUs)</text:span></text:p>
<text:p text:style-name="Sm">One Continuing Education Unit (CEU) is ten contact hours of participation in an organized continuing education experience under responsible sponsorship, capable direction and qualified instruction.</text:p>
<table:table table:name="sig" table:style-name="Tb">
<table:table-column table:style-name="TbC" table:number-columns-repeated="2"/>
<table:table-row>
<table:table-cell><text:p text:style-name="SigS">Margaret Ellery-Stroud</text:p><text:p text:style-name="SigT">____________________________</text:p><text:p text:style-name="SigT">Margaret Ellery-Stroud, EdD</text:p><text:p text:style-name="SigT">Dean, Continuing and Professional Studies</text:p></table:table-cell>
<table:table-cell><text:p text:style-name="SigS">Tobias Renfield</text:p><text:p text:style-name="SigT">____________________________</text:p><text:p text:style-name="SigT">Tobias Renfield, MS, MB(ASCP)</text:p><text:p text:style-name="SigT">Program Director, Medical Laboratory Science</text:p></table:table-cell>
</table:table-row>
</table:table>
<text:p text:style-name="Ft">Transcript No. 26-00481   ·   Date of Issue: June 19, 2026</text:p>
"""
    src = SRC / f"{stem}.fodt"
    src.write_text(fodt_doc(body, landscape=True, margins="0.45in", extra_styles=st,
                            page_border="4.5pt double #2b3d1f"), encoding="utf-8")
    soffice_pdf(stem, src)


# ---------------------------------------------------------------- n11
@cert(nn="n11", style="vendor-training", producer="ghostscript",
      layout=["portrait", "two-column-label-value", "wrapped-title-in-value", "date-range", "signature-block"],
      notes="Vendor key-operator training over three days (March 2-4, 2026 -> last day). Title wraps inside the "
            "value column. Instrument Serial No. and Training Order No. are distractors; Course ID is the id.",
      name="Yolanda F. Pruitt-Okonkwo",
      title="Aurex 700 Integrated Chemistry and Immunoassay Analyzer: Key Operator Training",
      date="2026-03-04", credits=18.0, unit="contact hour",
      provider=["Halvorsen Diagnostics, Inc."], activity_id="KOT-A700-03")
def n11(stem):
    p = PS(612, 792)
    p.color(0.05, 0.25, 0.45); p.raw("0 742 612 50 rectfill")
    p.gray(1); p.font("F-HB", 20); p.spaced(306, 760, "HALVORSEN DIAGNOSTICS", 3)
    p.gray(0); p.font("F-H", 10.5); p.text(306, 720, "Halvorsen Diagnostics, Inc.  |  Customer Education Center", "c")
    p.font("F-B", 28); p.text(306, 660, "Certificate of Training", "c")
    p.font("F-I", 12); p.text(306, 636, "Issued upon successful completion of instrument operator training", "c")
    rows = [
        ("Trainee", "Yolanda F. Pruitt-Okonkwo, MT(AMT)"),
        ("Customer site", "St. Aldric Community Hospital Laboratory"),
        ("Course", "Aurex 700 Integrated Chemistry and Immunoassay Analyzer: Key Operator Training"),
        ("Course ID", "KOT-A700-03"),
        ("Training dates", "March 2–4, 2026"),
        ("Instrument Serial No.", "A7-2291-0448"),
        ("Training Order No.", "SO-88120"),
        ("P.A.C.E.® contact hours", "18.0"),
    ]
    y = 590
    for lab, val in rows:
        p.font("F-HB", 10.5); p.text(230, y, lab + ":", "r")
        p.font("F-H", 11)
        y = p.wrap(244, y, val, 300, 14) - 10
        p.color(0.8, 0.85, 0.9); p.line(90, y + 14, 540, y + 14, 0.4); p.gray(0)
    p.font("F-H", 8.5)
    y = p.wrap(90, y - 16, "Halvorsen Diagnostics, Inc. is approved as a provider of continuing education programs in the "
               "clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This certificate documents attendance at "
               "manufacturer training; it does not by itself establish competency under the laboratory's CLIA "
               "personnel requirements.", 450, 11)
    p.line(90, 170, 290, 170, 0.6); p.line(330, 170, 530, 170, 0.6)
    p.font("F-I", 15); p.text(190, 176, "Ravi Gundersen", "c"); p.text(430, 176, "Colette Marchetti", "c")
    p.font("F-H", 8.5)
    p.text(190, 158, "Ravi Gundersen, MLS(ASCP)", "c"); p.text(190, 147, "Clinical Applications Specialist, Instructor", "c")
    p.text(430, 158, "Colette Marchetti, MBA", "c"); p.text(430, 147, "Manager, Customer Education", "c")
    p.font("F-H", 7); p.text(90, 60, "Doc. CE-FRM-0107 rev C   Printed 03/05/2026")
    p.showpage()
    gs_pdf(stem, p.render())


# ---------------------------------------------------------------- n12
@cert(nn="n12", style="webinar", producer="reportlab-acroform",
      layout=["landscape", "form-fields-flattened", "format-line-above-title", "title-in-quotes", "label-value"],
      notes="Fill-in AcroForm flattened with qpdf. Title printed in quotes (gold without quotes) and contains the "
            "word 'Date'. 'LIVE WEBINAR' is a format line. Registration # is a distractor; Webinar ID is the id.",
      name="Andrea L. Fitzsimmons",
      title="Date and Time Matters: Specimen Stability for Coagulation Testing",
      date="2026-01-27", credits=1.0, unit="contact hour",
      provider=["Great Lakes Laboratory Education Network", "GLLEN"], activity_id="W26-0127")
def n12(stem):
    W, H = rl_landscape(letter)
    tmp = SRC / f"{stem}.form.pdf"
    c = rl_canvas.Canvas(str(tmp), pagesize=(W, H))
    c.setTitle("GLLEN webinar certificate (fillable)")
    green = HexColor("#2f6b3a")
    c.setStrokeColor(green); c.setLineWidth(3); c.roundRect(30, 30, W - 60, H - 60, 14)
    c.setFillColor(green); c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(W / 2, H - 70, "Great Lakes Laboratory Education Network (GLLEN)")
    c.setFillColor(black); c.setFont("Times-Bold", 32); c.drawCentredString(W / 2, H - 118, "Certificate of Attendance")
    c.setFont("Helvetica-Bold", 10); c.setFillColor(green); c.drawCentredString(W / 2, H - 150, "LIVE WEBINAR")
    c.setFillColor(black)
    f = c.acroForm
    common = dict(borderWidth=0, borderColor=None, fillColor=transparent, textColor=black, forceBorder=False)
    f.textfield(name="webinar_title", value='"Date and Time Matters: Specimen Stability for Coagulation Testing"',
                x=80, y=H - 186, width=W - 160, height=24, fontName="Times-Bold", fontSize=16, **common)
    labels = [("Participant:", "participant", "Andrea L. Fitzsimmons, MLS(ASCP)CM", 250),
              ("Webinar ID:", "webinar_id", "W26-0127", 290),
              ("Webinar date:", "webinar_date", "01/27/2026", 330),
              ("Contact hours:", "hours", "1.0", 370),
              ("Registration #:", "reg", "40917733", 410)]
    for lab, nm, val, dy in labels:
        c.setFont("Helvetica-Bold", 11); c.drawRightString(300, H - dy, lab)
        c.setStrokeColor(HexColor("#999999")); c.setLineWidth(0.5); c.line(310, H - dy - 4, 640, H - dy - 4)
        f.textfield(name=nm, value=val, x=312, y=H - dy - 5, width=320, height=18,
                    fontName="Helvetica", fontSize=11, **common)
    c.setFont("Helvetica", 8.5)
    rl_center_wrap(c, "The Great Lakes Laboratory Education Network is approved as a provider of continuing education "
                   "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. One contact hour is "
                   "awarded for attendance at the full live session and completion of the evaluation.",
                   "Helvetica", 8.5, W / 2, 150, 560, 11)
    c.setFont("Times-Italic", 16); c.drawCentredString(W / 2, 96, "Patrice Zielinski")
    c.line(W / 2 - 120, 90, W / 2 + 120, 90)
    c.setFont("Helvetica", 8.5); c.drawCentredString(W / 2, 79, "Patrice Zielinski, MS, MLS(ASCP) \u2014 GLLEN Program Coordinator")
    c.showPage(); c.save()
    qpdf_flatten(tmp, HERE / f"{stem}.pdf")


# ---------------------------------------------------------------- n13
@cert(nn="n13", style="public-health-lab", producer="chromium",
      layout=["portrait", "labels-above-values-grid", "expiry-distractor", "instructor-signature"],
      notes="State public health laboratory training office; provider is the lab plus 'Lab, Program'. "
            "Labels above values. 'Training valid through' expiry date and 'Division 6.2' in the title are "
            "distractors; Course No. is the id.",
      name="Mei-Ling Chen-Abbott",
      title="Packaging and Shipping Division 6.2 Infectious Substances (Category A and B)",
      date="2026-01-15", credits=3.0, unit="contact hour",
      provider=["Sonoran Regional Public Health Laboratory",
                "Sonoran Regional Public Health Laboratory, Laboratory Training and Outreach Program"],
      activity_id="PHL-TR-118")
def n13(stem):
    chromium_pdf(stem, """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0.5in; }
body { font-family: 'Liberation Sans', sans-serif; color:#1b1b1b; margin:0; }
.frame { border: 2px solid #8a5a00; padding: 30px 38px; height: 9.2in; box-sizing: border-box; position: relative; }
.hdr { display:flex; gap: 18px; align-items:center; }
.seal { width: 74px; height: 74px; border-radius: 50%; border: 3px double #8a5a00; display:flex; align-items:center;
        justify-content:center; font: bold 11pt 'Liberation Serif'; color:#8a5a00; text-align:center; line-height:1.1; }
.org { font: bold 16pt 'Liberation Serif'; }
.prog { font-size: 10.5pt; color:#555; }
h1 { text-align:center; font: 26pt 'Liberation Serif'; margin: 44px 0 30px; letter-spacing: 1px; }
.grid { display:grid; grid-template-columns: 1fr 1fr; column-gap: 36px; row-gap: 22px; }
.full { grid-column: 1 / span 2; }
.lab { font-size: 8pt; color:#8a5a00; letter-spacing: 1.5px; font-weight: bold; margin-bottom: 3px; }
.val { font-size: 13pt; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
.val.big { font-size: 18pt; font-weight: bold; }
.note { font-size: 8.5pt; color:#444; margin-top: 32px; line-height: 1.4; }
.sig { position:absolute; bottom: 40px; left: 38px; width: 260px; font-size: 9pt; }
.sig .s { font: italic 17pt 'DejaVu Serif'; color:#223; border-bottom: 1px solid #333; }
</style></head><body><div class="frame">
<div class="hdr"><div class="seal">PUBLIC<br>HEALTH<br>LAB</div>
<div><div class="org">Sonoran Regional Public Health Laboratory</div>
<div class="prog">Laboratory Training and Outreach Program</div></div></div>
<h1>Certificate of Training</h1>
<div class="grid">
<div class="full"><div class="lab">PARTICIPANT</div><div class="val big">Mei-Ling Chen-Abbott</div></div>
<div class="full"><div class="lab">COURSE</div><div class="val">Packaging and Shipping Division 6.2 Infectious Substances (Category A and B)</div></div>
<div><div class="lab">COURSE NO.</div><div class="val">PHL-TR-118</div></div>
<div><div class="lab">DATE COMPLETED</div><div class="val">January 15, 2026</div></div>
<div><div class="lab">CREDIT</div><div class="val">3.0 P.A.C.E.® contact hours</div></div>
<div><div class="lab">TRAINING VALID THROUGH</div><div class="val">January 15, 2028</div></div>
<div><div class="lab">DELIVERY</div><div class="val">Instructor-led, virtual classroom</div></div>
<div><div class="lab">EMPLOYER</div><div class="val">Mesa Verde Reference Laboratory</div></div>
</div>
<div class="note">The Sonoran Regional Public Health Laboratory is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.® Program. This course addresses the training requirements of 49 CFR 172.704 and IATA
Dangerous Goods Regulations section 1.5 for shippers of infectious substances. Recurrent training is required every two years.</div>
<div class="sig"><div class="s">Carlos B. Ybarra</div>Carlos B. Ybarra, MPH, SM(ASCP)<br>Training Coordinator / Instructor</div>
</div></body></html>""")


# ---------------------------------------------------------------- n14
@cert(nn="n14", style="nsh", producer="fpdf",
      layout=["landscape", "centred-award", "letter-spaced-caps-name", "border", "contact-hours-and-ceu"],
      notes="Letter-spaced ALL-CAPS name (char spacing operator). Workshop at a symposium with no dates printed "
            "for the symposium; 3.0 contact hours with 0.3 CEU equivalent (unit contact hour, 3 points). "
            "Workshop No. is the id; Member # is a distractor.",
      name="MARGARET ROSE DELACROIX-HUNT",
      title="Troubleshooting Immunohistochemistry Staining Artifacts",
      date="2025-09-13", credits=3.0, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="W-214")
def n14(stem):
    php_pdf(stem, r"""
class P extends FPDF {
  function SpacedCentered($y, $txt, $sp) {
    $w = $this->GetStringWidth($txt) + $sp * (strlen($txt) - 1);
    $this->_out(sprintf('%.3F Tc', $sp));
    $this->Text(($this->w - $w) / 2, $y, $txt);
    $this->_out('0 Tc');
  }
}
$pdf = new P('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetDrawColor(120, 30, 80); $pdf->SetLineWidth(6); $pdf->Rect(22, 22, 748, 568);
$pdf->SetLineWidth(1); $pdf->Rect(34, 34, 724, 544);
$pdf->SetTextColor(120, 30, 80);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(34, 60); $pdf->Cell(724, 26, 'NSH', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 12); $pdf->SetX(34); $pdf->Cell(724, 16, 'National Society for Histotechnology', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'I', 10.5); $pdf->SetX(34); $pdf->Cell(724, 16, '51st Annual Symposium/Convention', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 30); $pdf->SetXY(34, 150); $pdf->Cell(724, 34, 'Certificate of Continuing Education', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(34, 200); $pdf->Cell(724, 16, 'awarded to', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 22); $pdf->SpacedCentered(250, 'MARGARET ROSE DELACROIX-HUNT, HTL(ASCP)', 3.2);
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(34, 272); $pdf->Cell(724, 16, 'for attending the half-day workshop', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 18); $pdf->SetXY(34, 298); $pdf->Cell(724, 22, 'Troubleshooting Immunohistochemistry Staining Artifacts', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(34, 336);
$pdf->Cell(724, 16, t('Workshop No. W-214   •   Saturday, September 13, 2025'), 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 13); $pdf->SetXY(34, 366); $pdf->Cell(724, 18, '3.0 contact hours (0.3 CEU)', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(110, 402);
$pdf->MultiCell(572, 11, t('The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Credit is awarded only for workshops the participant attended in full.'), 0, 'C');
$pdf->SetLineWidth(0.5); $pdf->SetDrawColor(0, 0, 0); $pdf->Line(120, 500, 330, 500); $pdf->Line(462, 500, 672, 500);
$pdf->SetFont('Times', 'I', 15);
$pdf->SetXY(120, 480); $pdf->Cell(210, 18, 'Deborah Quintanilla', 0, 0, 'C');
$pdf->SetXY(462, 480); $pdf->Cell(210, 18, 'Eamon Falkenrath', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(120, 504); $pdf->Cell(210, 11, 'Deborah Quintanilla, HT(ASCP)', 0, 2, 'C'); $pdf->Cell(210, 11, 'President', 0, 0, 'C');
$pdf->SetXY(462, 504); $pdf->Cell(210, 11, 'Eamon Falkenrath, MS, HTL(ASCP)QIHC', 0, 2, 'C'); $pdf->Cell(210, 11, 'Education Committee Chair', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetXY(44, 560); $pdf->Cell(300, 10, 'Member # 0391-5527', 0, 0, 'L');
$pdf->Output('F', '@OUT@');
""", "fpdf")


# ---------------------------------------------------------------- n15
@cert(nn="n15", style="amt", producer="ghostscript",
      layout=["landscape", "centred-award", "seal", "format-line-above-title", "suffix-name"],
      notes="Name with suffix 'Jr.' and credentials. 'Self-Study' format line above the title. AMT member number "
            "is a distractor; Course No. is the id. Credit in CE hours.",
      name="Reginald T. Haskins Jr.",
      title="Phlebotomy Technique Refresher: Order of Draw and Special Collections",
      date="2025-08-27", credits=1.5, unit="CE hour",
      provider=["American Medical Technologists", "AMT"], activity_id="STEP-PHL-2291")
def n15(stem):
    p = PS(792, 612)
    p.color(0.55, 0.1, 0.1); p.rect(28, 28, 736, 556, lw=4); p.rect(38, 38, 716, 536, lw=0.8)
    p.font("F-HB", 26); p.text(396, 530, "AMT", "c")
    p.font("F-H", 12); p.text(396, 512, "American Medical Technologists", "c")
    p.gray(0); p.font("F-B", 34); p.text(396, 456, "Certificate of Completion", "c")
    p.font("F-I", 14); p.text(396, 420, "presented to", "c")
    p.font("F-B", 26); p.text(396, 386, "Reginald T. Haskins Jr., RPT(AMT)", "c")
    p.font("F-I", 14); p.text(396, 352, "for successfully completing", "c")
    p.color(0.55, 0.1, 0.1); p.font("F-HB", 10); p.spaced(396, 326, "SELF-STUDY", 2.5)
    p.gray(0); p.font("F-B", 18)
    p.text(396, 302, "Phlebotomy Technique Refresher: Order of Draw and Special Collections", "c")
    p.font("F-H", 11)
    p.text(396, 268, "CE Hours: 1.5     |     Course No. STEP-PHL-2291     |     Completed August 27, 2025", "c")
    p.font("F-H", 8.5)
    p.wrap(166, 236, "American Medical Technologists awards CE hours for AMT STEP courses. Certificants may apply "
           "these hours toward the AMT Certification Continuation Program and to other agencies that accept them.",
           460, 11, "c")
    p.color(0.55, 0.1, 0.1); p.circle(150, 118, 44, 2); p.circle(150, 118, 38, 0.6)
    p.font("F-HB", 10); p.text(150, 121, "AMT", "c"); p.font("F-H", 6.5); p.text(150, 110, "EST. 1939", "c")
    p.gray(0); p.line(500, 120, 700, 120, 0.6)
    p.font("F-ZC", 20); p.text(600, 126, "Nadine Holloway", "c")
    p.font("F-H", 8.5); p.text(600, 108, "Nadine Holloway, MEd, MT(AMT)", "c")
    p.text(600, 97, "Director, Education and Professional Development", "c")
    p.font("F-H", 7); p.text(50, 48, "AMT Member No. 1187730")
    p.showpage()
    gs_pdf(stem, p.render())


# ---------------------------------------------------------------- n16
@cert(nn="n16", style="adlm", producer="tcpdf",
      layout=["portrait", "meeting-attendance", "date-range", "claimed-vs-maximum", "multi-credit-lines"],
      notes="Annual meeting attendance: title is the meeting name; July 27-31, 2025 -> last day. ACCENT contact "
            "hours claimed 18.5 of 30.0 maximum; AMA PRA 16.0 claimed is not the lab figure. Leading 'Dr.' and "
            "PhD, DABCC dropped. Registration No. is a distractor; no activity number is printed.",
      name="Sofía Beltrán-Iglesias",
      title="ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo",
      date="2025-07-31", credits=18.5, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id=None)
def n16(stem):
    php_pdf(stem, r"""
$pdf = new CertPDF('P', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(56, 50, 56); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 112, 150); $pdf->Rect(0, 0, 612, 8, 'F'); $pdf->Rect(0, 784, 612, 8, 'F');
$pdf->SetFont('dejavusans', 'B', 30); $pdf->SetTextColor(0, 112, 150);
$pdf->SetXY(56, 48); $pdf->Cell(200, 34, 'ADLM', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 9.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(300, 52); $pdf->MultiCell(256, 12, "Association for Diagnostics & Laboratory Medicine\nEducation and Meetings Department\nContinuing Education Records", 0, 'R');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(56, 150); $pdf->Cell(500, 28, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 11.5); $pdf->SetXY(56, 198); $pdf->Cell(500, 16, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 20); $pdf->SetXY(56, 222); $pdf->Cell(500, 24, 'Dr. Sofía Beltrán-Iglesias, PhD, DABCC', 0, 1, 'C');
$pdf->SetFont('dejavuserif', '', 11.5); $pdf->SetXY(56, 258); $pdf->Cell(500, 16, 'attended the', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 15); $pdf->SetTextColor(0, 90, 120); $pdf->SetXY(56, 282);
$pdf->Cell(500, 20, 'ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo', 0, 1, 'C');
$pdf->SetTextColor(25, 25, 25); $pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(56, 306);
$pdf->Cell(500, 16, 'July 27–31, 2025  ·  McCormick Place, Chicago, Illinois', 0, 1, 'C');
$html = '<table cellpadding="6" border="0" style="border-top:1px solid #00708f;border-bottom:1px solid #00708f;">
<tr><td width="300"><b>ACCENT® contact hours claimed</b></td><td width="120" align="right"><b>18.5</b></td></tr>
<tr><td>Maximum ACCENT® contact hours available</td><td align="right">30.0</td></tr>
<tr><td>AMA PRA Category 1 Credits™ claimed</td><td align="right">16.0</td></tr>
<tr><td>Registration No.</td><td align="right">25AM-0042117</td></tr>
</table>';
$pdf->SetFont('dejavusans', '', 10); $pdf->writeHTMLCell(420, 0, 96, 350, $html, 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', '', 8); $pdf->SetTextColor(80, 80, 80); $pdf->SetXY(76, 480);
$pdf->MultiCell(460, 10, 'ADLM is approved by the ACCENT® Continuing Education Program to provide continuing education for laboratory professionals; one ACCENT® contact hour is awarded for each 60 minutes of educational content. ADLM is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians and designates this live activity for a maximum of 30.0 AMA PRA Category 1 Credits™. Attendees should claim only the credit commensurate with the extent of their participation.', 0, 'L');
$pdf->SetTextColor(25, 25, 25); $pdf->SetDrawColor(0, 0, 0); $pdf->Line(330, 650, 540, 650);
$pdf->SetFont('dejavuserif', 'I', 15); $pdf->SetXY(330, 630); $pdf->Cell(210, 18, 'Kendra Oyelaran', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetXY(330, 654); $pdf->Cell(210, 11, 'Kendra Oyelaran, PhD, DABCC', 0, 2, 'C');
$pdf->Cell(210, 11, 'Chief Learning Officer', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 7); $pdf->SetXY(56, 750); $pdf->Cell(300, 9, 'Certificate created 08/22/2025 from the attendee credit-claim portal', 0, 0, 'L');
$pdf->Output('@OUT@', 'F');
""", "tcpdf")


# ---------------------------------------------------------------- n17
@cert(nn="n17", style="clsi", producer="soffice-docx",
      layout=["portrait", "labels-above-values-table", "format-line-above-title", "signature-block"],
      notes="Labels above values in a 4-column table. 'On-Demand Webinar' format line above the title. The "
            "title itself contains 'CLSI M100'. Order No. is a distractor; Program ID is the id.",
      name="Jerome A. Whitlock-Baines",
      title="Understanding CLSI M100: What Changed in the Antimicrobial Susceptibility Testing Breakpoints",
      date="2025-12-02", credits=1.5, unit="contact hour",
      provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="CLSI-W-2531")
def n17(stem):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = Inches(0.9)
    s.top_margin, s.bottom_margin = Inches(0.7), Inches(0.6)
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(0)

    def P(text="", size=10.5, bold=False, italic=False, color=None, after=0, before=0, align="l", font=None,
          spacing=None):
        p = d.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.space_after = Pt(after); p.paragraph_format.space_before = Pt(before)
        if text:
            r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if font:
                r.font.name = font
            if spacing:
                rpr = r._element.get_or_add_rPr(); sp = OxmlElement("w:spacing")
                sp.set(qn("w:val"), str(spacing)); rpr.append(sp)
        return p
    P("CLSI", 30, True, color="00467F", after=0)
    P("Clinical and Laboratory Standards Institute", 11, color="333333", after=2)
    P("Education Department", 9, italic=True, color="666666", after=36)
    P("CERTIFICATE OF COMPLETION", 22, True, after=4, spacing=30)
    P("Continuing education for laboratory professionals", 10, italic=True, color="555555", after=30)
    P("This certificate is awarded to", 10.5, after=4)
    P("Jerome A. Whitlock-Baines, MLS(ASCP)CM, SM", 19, True, after=22)
    P("for completing the following CLSI education program:", 10.5, after=10)
    P("On-Demand Webinar", 9, True, color="00467F", after=2, spacing=20)
    P("Understanding CLSI M100: What Changed in the Antimicrobial Susceptibility Testing Breakpoints", 14, True,
      after=24)
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    heads = ["PROGRAM ID", "DATE COMPLETED", "CONTACT HOURS", "ORDER NO."]
    vals = ["CLSI-W-2531", "12/02/2025", "1.5", "SO-2025-118406"]
    for i in range(4):
        h = t.rows[0].cells[i].paragraphs[0].add_run(heads[i]); h.font.size = Pt(7.5); h.bold = True
        h.font.color.rgb = RGBColor.from_string("00467F")
        v = t.rows[1].cells[i].paragraphs[0].add_run(vals[i]); v.font.size = Pt(11)
    P("", after=20)
    P("Clinical and Laboratory Standards Institute is approved as a provider of continuing education programs in "
      "the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded upon completion of "
      "the post-test with a score of 70% or higher.", 8.5, color="444444", after=40)
    P("Annika Lindqvist-Sorensen", 17, italic=True, font="URW Bookman", color="222244")
    P("______________________________________", 10)
    P("Annika Lindqvist-Sorensen, MT(ASCP), MBA", 9)
    P("Vice President, Education and Standards Development", 9, after=30)
    src = SRC / f"{stem}.docx"
    d.save(src)
    soffice_pdf(stem, src)


# ---------------------------------------------------------------- n18
@cert(nn="n18", style="asm", producer="reportlab",
      layout=["landscape", "centred-award", "long-title-two-lines", "corner-ornaments", "signature-block"],
      notes="Long title wraps onto two centred lines. P.A.C.E. 1.0 contact hour. 'Event ID' is the activity id; "
            "ASM Member ID and 'Certificate printed' date are distractors.",
      name="Tomasz K. Wieczorek",
      title="Diagnostic Stewardship for Blood Cultures: Contamination, Volume Monitoring and Single-Site "
            "Collection Strategies",
      date="2025-12-09", credits=1.0, unit="contact hour",
      provider=["American Society for Microbiology", "ASM"], activity_id="ASMW-251209")
def n18(stem):
    W, H = rl_landscape(letter)
    c = rl_canvas.Canvas(str(HERE / f"{stem}.pdf"), pagesize=(W, H))
    c.setTitle("ASM Certificate")
    blue = HexColor("#00548f")
    for (x0, y0, dx, dy) in ((36, H - 36, 1, -1), (W - 36, H - 36, -1, -1), (36, 36, 1, 1), (W - 36, 36, -1, 1)):
        c.setStrokeColor(blue); c.setLineWidth(3)
        c.line(x0, y0, x0 + dx * 70, y0); c.line(x0, y0, x0, y0 + dy * 70)
        c.setLineWidth(1); c.line(x0 + dx * 8, y0 + dy * 8, x0 + dx * 50, y0 + dy * 8)
        c.line(x0 + dx * 8, y0 + dy * 8, x0 + dx * 8, y0 + dy * 50)
    c.setFillColor(blue); c.setFont("Helvetica-Bold", 24); c.drawCentredString(W / 2, H - 80, "ASM")
    c.setFont("Helvetica", 11.5); c.drawCentredString(W / 2, H - 97, "American Society for Microbiology")
    c.setFillColor(black); c.setFont("Times-Roman", 30)
    c.drawCentredString(W / 2, H - 148, "Certificate of Participation")
    c.setFont("Times-Italic", 13); c.drawCentredString(W / 2, H - 180, "is presented to")
    c.setFont("Times-Bold", 25); c.drawCentredString(W / 2, H - 214, "Tomasz K. Wieczorek, SM(ASCP)")
    c.setFont("Times-Italic", 13); c.drawCentredString(W / 2, H - 246, "for participating in the live webinar")
    y = rl_center_wrap(c, "Diagnostic Stewardship for Blood Cultures: Contamination, Volume Monitoring and "
                       "Single-Site Collection Strategies", "Times-Bold", 17, W / 2, H - 276, 470, 21)
    c.setFont("Helvetica", 10.5)
    c.drawCentredString(W / 2, y - 12, "held December 9, 2025   \u00b7   Event ID: ASMW-251209")
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(W / 2, y - 40, "1.0 P.A.C.E.\u00ae contact hour")
    rl_center_wrap(c, "The American Society for Microbiology is approved as a provider of continuing education programs "
                   "in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.",
                   "Helvetica", 8.5, W / 2, y - 64, 520, 11)
    c.setStrokeColor(black); c.setLineWidth(0.6); c.line(W / 2 - 130, 112, W / 2 + 130, 112)
    c.setFont("Times-Italic", 17); c.setFillColor(HexColor("#1a2a4a")); c.drawCentredString(W / 2, 118, "Harriet Oduya-Lang")
    c.setFillColor(black); c.setFont("Helvetica", 8.5)
    c.drawCentredString(W / 2, 101, "Harriet Oduya-Lang, PhD, D(ABMM)")
    c.drawCentredString(W / 2, 90, "Chair, Clinical Microbiology Education Committee")
    c.setFont("Helvetica", 7)
    c.drawString(56, 50, "ASM Member ID 2207719")
    c.drawRightString(W - 56, 50, "Certificate printed 12/15/2025")
    c.showPage(); c.save()


# ---------------------------------------------------------------- n19
@cert(nn="n19", style="ascp-cmle", producer="chromium",
      layout=["portrait", "css-uppercase-letter-spaced-name", "labels-above-values-grid", "format-line-above-title"],
      notes="Name set in mixed case in the HTML but rendered ALL CAPS and letter-spaced by CSS: gold is the printed "
            "capitals. Series 'Lab Management University:' on the title line is part of the title. 'Online "
            "Self-Study' format line. Order Number is a distractor; Course Code is the id.",
      name="REBECCA LINDQVIST-ODUYA",
      title="Lab Management University: Budgeting and Financial Management for Laboratory Leaders",
      date="2025-11-19", credits=3.0, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="LMU-FIN-301")
def n19(stem):
    chromium_pdf(stem, """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; }
.side { position:absolute; top:0; bottom:0; left:0; width: 1.1in; background: #12284c; }
.side div { position:absolute; bottom: 1in; left: 0.35in; transform: rotate(-90deg); transform-origin: left bottom;
            color:#fff; font: bold 14pt 'Liberation Sans'; letter-spacing: 6px; white-space: nowrap; }
.main { position:absolute; left: 1.6in; right: 0.8in; top: 0.9in; }
.org { font-size: 12pt; color:#12284c; font-weight: bold; }
.org small { display:block; font-weight: normal; color:#666; font-size: 9.5pt; margin-top: 2px; }
h1 { font: normal 30pt 'Liberation Serif'; color:#12284c; margin: 60px 0 10px; }
.p { font-size: 11pt; color:#444; margin: 12px 0 6px; }
.name { font-size: 22pt; font-weight: bold; text-transform: uppercase; letter-spacing: 5px; margin: 4px 0 24px; }
.fmt { font-size: 9pt; color:#b8860b; font-weight: bold; margin-bottom: 4px; }
.ttl { font: bold 15pt 'Liberation Serif'; line-height: 1.3; }
.grid { display:grid; grid-template-columns: repeat(3, 1fr); gap: 20px 24px; margin-top: 40px; }
.grid .l { font-size: 8pt; color:#777; text-transform: uppercase; letter-spacing: 1px; }
.grid .v { font-size: 12pt; margin-top: 4px; }
.stmt { font-size: 8.5pt; color:#555; margin-top: 40px; line-height: 1.45; }
.sig { margin-top: 50px; font-size: 9pt; }
.sig .s { font: italic 18pt 'Liberation Serif'; width: 3in; border-bottom: 1px solid #444; }
</style></head><body>
<div class="side"><div>CREDENTIAL MAINTENANCE</div></div>
<div class="main">
<div class="org">American Society for Clinical Pathology<small>ASCP Education</small></div>
<h1>Certificate of Completion</h1>
<div class="p">Awarded to</div>
<div class="name">Rebecca Lindqvist-Oduya</div>
<div class="p">for completing</div>
<div class="fmt">Online Self-Study</div>
<div class="ttl">Lab Management University: Budgeting and Financial Management for Laboratory Leaders</div>
<div class="grid">
<div><div class="l">Course Code</div><div class="v">LMU-FIN-301</div></div>
<div><div class="l">Completion Date</div><div class="v">11/19/2025</div></div>
<div><div class="l">Credits Earned</div><div class="v">3.0 CMLE</div></div>
<div><div class="l">Order Number</div><div class="v">W0061173</div></div>
<div><div class="l">Credit Type</div><div class="v">CMLE</div></div>
<div><div class="l">Certificate Date</div><div class="v">11/20/2025</div></div>
</div>
<div class="stmt">ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.® Program and designates this activity for 3.0 Continuing Medical Laboratory Education (CMLE) credits.
The ASCP Board of Certification accepts CMLE credits for the Credential Maintenance Program.</div>
<div class="sig"><div class="s">Wendell Aucoin</div>Wendell Aucoin, MBA, MLS(ASCP)<br>Program Manager, Lab Management University</div>
</div></body></html>""")


# ---------------------------------------------------------------- n20
@cert(nn="n20", style="aabb", producer="soffice-fodt",
      layout=["landscape", "meeting-attendance", "date-range", "claimed-vs-maximum", "two-pages", "page-border"],
      notes="Annual Meeting attendance: title is the meeting name; October 18-21, 2025 -> last day. P.A.C.E. "
            "12.25 claimed vs 26.5 available; CME 11.0 is not the lab figure. Page 2 holds accreditation "
            "statements and a transcript line. No activity number; Attendee ID is a distractor.",
      name="Ingrid Solvang-Marsh",
      title="2025 AABB Annual Meeting",
      date="2025-10-21", credits=12.25, unit="contact hour",
      provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id=None)
def n20(stem):
    st = (pstyle("Lg", size="36pt", bold=True, align="center", font="Liberation Sans", color="#a4161a")
          + pstyle("Org", size="12pt", align="center", font="Liberation Sans", after="0.35in", color="#444444")
          + pstyle("H", size="28pt", align="center", font="C059", after="0.2in")
          + pstyle("I", size="13pt", italic=True, align="center", font="C059", after="0.06in")
          + pstyle("N", size="24pt", bold=True, align="center", font="C059", after="0.06in")
          + pstyle("T", size="19pt", bold=True, align="center", font="Liberation Sans", color="#a4161a", after="0.04in")
          + pstyle("D", size="12pt", align="center", font="Liberation Sans", after="0.25in")
          + pstyle("C", size="12.5pt", align="center", font="Liberation Sans", after="0.05in")
          + pstyle("F", size="8pt", align="center", font="Liberation Sans", color="#666666", before="0.45in")
          + pstyle("H2", size="15pt", bold=True, align="start", font="Liberation Sans", break_before=True, after="0.15in")
          + pstyle("B", size="10pt", align="justify", font="Liberation Serif", after="0.12in")
          + pstyle("M", size="9pt", align="start", font="Liberation Mono", before="0.2in"))
    body = """
<text:p text:style-name="Lg">AABB</text:p>
<text:p text:style-name="Org">Association for the Advancement of Blood &amp; Biotherapies</text:p>
<text:p text:style-name="H">Certificate of Attendance</text:p>
<text:p text:style-name="I">This is to certify that</text:p>
<text:p text:style-name="N">Ingrid Solvang-Marsh, MT(ASCP)SBB</text:p>
<text:p text:style-name="I">attended the</text:p>
<text:p text:style-name="T">2025 AABB Annual Meeting</text:p>
<text:p text:style-name="D">October 18–21, 2025  ·  Convention Center, San Diego, California</text:p>
<text:p text:style-name="C">P.A.C.E.® contact hours claimed: 12.25  (of 26.5 available)</text:p>
<text:p text:style-name="C">CME credits claimed: 11.0 AMA PRA Category 1 Credits™</text:p>
<text:p text:style-name="F">Attendee ID 25-771904  ·  Claim submitted 11/03/2025  ·  See page 2 for accreditation information</text:p>
<text:p text:style-name="H2">Accreditation and Credit Information</text:p>
<text:p text:style-name="B">AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Participants claimed credit only for the education sessions they attended; the total shown reflects the attendee’s own session claims.</text:p>
<text:p text:style-name="B">AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. AABB designates this live activity for a maximum of 26.5 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.</text:p>
<text:p text:style-name="B">California clinical laboratory personnel: AABB is an approved accrediting agency of the California Department of Public Health, Laboratory Field Services.</text:p>
<text:p text:style-name="M">Transcript: 10/21/2025 | 2025 AABB Annual Meeting | P.A.C.E. 12.25 | CME 11.0</text:p>
"""
    src = SRC / f"{stem}.fodt"
    src.write_text(fodt_doc(body, landscape=True, margins="0.5in", extra_styles=st,
                            page_border="2pt solid #a4161a"), encoding="utf-8")
    soffice_pdf(stem, src)


# ---------------------------------------------------------------- n21
@cert(nn="n21", style="ascls-pace", producer="fpdf",
      layout=["portrait", "one-paragraph", "letterhead", "title-in-quotes"],
      notes="One-paragraph certificate: name, quoted title, date, credits and course number all inside one "
            "justified paragraph (title wraps across lines). 'Program' in the title. Certificate # is a "
            "distractor; the P.A.C.E. course no. is the id.",
      name="Beatriz Q. Almanza",
      title="Point-of-Care Testing Program Oversight: Competency Assessment Made Practical",
      date="2026-03-03", credits=1.5, unit="contact hour",
      provider=["Heartland Clinical Laboratory Educators Consortium", "HCLEC"], activity_id="301-228-26")
def n21(stem):
    php_pdf(stem, r"""
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->SetMargins(72, 72, 72); $pdf->AddPage();
$pdf->SetFont('Times', 'B', 15); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(72, 72); $pdf->Cell(468, 18, 'Heartland Clinical Laboratory Educators Consortium', 0, 1, 'L');
$pdf->SetFont('Times', '', 10); $pdf->SetX(72); $pdf->Cell(468, 13, t('HCLEC  ·  P.A.C.E.® approved provider of continuing education'), 0, 1, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.7); $pdf->Line(72, 112, 540, 112);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 20); $pdf->SetXY(72, 170); $pdf->Cell(468, 24, 'Certificate of Continuing Education', 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(72, 230);
$pdf->MultiCell(468, 20, t('This is to certify that Beatriz Q. Almanza, MLS(ASCP)CM has completed “Point-of-Care Testing Program Oversight: Competency Assessment Made Practical” on March 3, 2026 and is awarded 1.5 contact hours of P.A.C.E.® credit under HCLEC course no. 301-228-26.'), 0, 'J');
$pdf->SetFont('Times', '', 10.5); $pdf->SetXY(72, 360);
$pdf->MultiCell(468, 14, t('The Heartland Clinical Laboratory Educators Consortium is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'L');
$pdf->SetFont('Times', 'I', 16); $pdf->SetXY(72, 470); $pdf->Cell(240, 18, 'Geraldine Moss-Whitaker', 0, 1, 'L');
$pdf->Line(72, 490, 300, 490);
$pdf->SetFont('Times', '', 10); $pdf->SetXY(72, 494); $pdf->Cell(240, 13, 'Geraldine Moss-Whitaker, MS, MLS(ASCP)', 0, 2, 'L');
$pdf->Cell(240, 13, 'Continuing Education Coordinator, HCLEC', 0, 2, 'L');
$pdf->SetFont('Times', '', 9); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(72, 700); $pdf->Cell(468, 12, t('Certificate # HC-2026-00318  ·  Keep for four years for audit purposes'), 0, 0, 'L');
$pdf->Output('F', '@OUT@');
""", "fpdf")


# ---------------------------------------------------------------- n22
@cert(nn="n22", style="regional-society", producer="ghostscript",
      layout=["portrait", "meeting-attendance", "labels-above-values", "border", "badge-number-distractor"],
      notes="Regional society one-day seminar, no session titles: title is the seminar name. Badge No. and "
            "Member No. are distractors; Seminar No. is the id. Labels above values.",
      name="Oluwaseun T. Briggs-Harlan",
      title="2025 Fall Educational Seminar",
      date="2025-11-08", credits=6.0, unit="contact hour",
      provider=["Three Rivers Clinical Microbiology Society", "TRCMS"], activity_id="TRCMS-25F")
def n22(stem):
    p = PS(612, 792)
    p.color(0.1, 0.35, 0.2); p.rect(36, 36, 540, 720, lw=2.5); p.rect(42, 42, 528, 708, lw=0.6)
    p.font("F-PB", 17); p.text(306, 700, "Three Rivers Clinical Microbiology Society", "c")
    p.font("F-P", 11); p.text(306, 682, "TRCMS  \u2014  a regional branch society for clinical microbiologists", "c")
    p.gray(0)
    p.font("F-NSB", 26); p.text(306, 620, "Certificate of Attendance", "c")
    p.font("F-NSI", 13); p.text(306, 584, "awarded to", "c")
    p.font("F-NSB", 22); p.text(306, 552, "Oluwaseun T. Briggs-Harlan, M(ASCP)", "c")
    p.font("F-NSI", 13); p.text(306, 518, "for attendance at the", "c")
    p.color(0.1, 0.35, 0.2); p.font("F-NSB", 19); p.text(306, 488, "2025 Fall Educational Seminar", "c")
    p.gray(0); p.font("F-NS", 11); p.text(306, 466, "Riverside Conference Hall  \u00b7  full-day program, seven sessions", "c")
    cols = [(100, "SEMINAR DATE", "Saturday, November 8, 2025"), (340, "SEMINAR NO.", "TRCMS-25F")]
    cols2 = [(100, "CONTACT HOURS (P.A.C.E.\u00ae)", "6.0"), (340, "BADGE NO.", "0412")]
    for row, y in ((cols, 410), (cols2, 356)):
        for xx, lab, val in row:
            p.color(0.1, 0.35, 0.2); p.font("F-HB", 7.5); p.text(xx, y, lab)
            p.gray(0); p.font("F-H", 12.5); p.text(xx, y - 17, val)
            p.line(xx, y - 22, xx + 200, y - 22, 0.4)
    p.font("F-H", 8.5)
    p.wrap(90, 290, "The Three Rivers Clinical Microbiology Society is approved as a provider of continuing education "
           "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Attendance was verified "
           "at sign-out; partial attendance is not credited.", 432, 11, "c")
    p.line(200, 170, 412, 170, 0.6)
    p.font("F-ZC", 19); p.text(306, 176, "Philippa Vondracek", "c")
    p.font("F-H", 8.5); p.text(306, 158, "Philippa Vondracek, PhD, D(ABMM)", "c"); p.text(306, 147, "President, TRCMS", "c")
    p.font("F-H", 7); p.text(60, 56, "Member No. 10-4471"); p.text(552, 56, "Issued 11/10/2025", "r")
    p.showpage()
    gs_pdf(stem, p.render())


# ---------------------------------------------------------------- n23
@cert(nn="n23", style="hospital-inservice", producer="soffice-docx",
      layout=["portrait", "two-column-label-value-table", "competency-signoff", "two-signatures"],
      notes="Hospital laboratory in-service: provider is the hospital plus 'Hospital, Laboratory Services'. "
            "'Orientation' and 'Date' words in the title. Employee ID, Date signed and Cost center are distractors; "
            "In-service No. is the id.",
      name="Faith A. Nwachukwu",
      title="New Employee Orientation: Laboratory Information System (LIS) Order Entry and Result Verification Date Checks",
      date="2025-10-07", credits=2.0, unit="CE hour",
      provider=["St. Brendan's Hospital", "St. Brendan's Hospital, Laboratory Services"], activity_id="LS-IN-2025-044")
def n23(stem):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = Inches(1)
    s.top_margin, s.bottom_margin = Inches(0.8), Inches(0.7)
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)

    def P(text="", size=10, bold=False, italic=False, after=0, align="l", color=None):
        p = d.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.space_after = Pt(after)
        if text:
            r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        return p
    P("St. Brendan's Hospital", 18, True, after=0, color="0B5345")
    P("Laboratory Services  |  Education and Competency Office", 10, after=28, color="555555")
    P("IN-SERVICE COMPLETION CERTIFICATE", 16, True, after=20, align="c")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [("Employee name", "Faith A. Nwachukwu, MLS(ASCP)"), ("Employee ID", "00731958"),
            ("In-service title", "New Employee Orientation: Laboratory Information System (LIS) Order Entry and "
                                 "Result Verification Date Checks"),
            ("In-service No.", "LS-IN-2025-044"), ("Date completed", "10/07/2025"),
            ("Instruction", "Instructor-led, LIS training room B (2 hours)"),
            ("CE hours", "2.0"), ("Cost center", "7100-LAB")]
    for a, b in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Inches(1.8), Inches(4.7)
        ra = cells[0].paragraphs[0].add_run(a); ra.bold = True; ra.font.size = Pt(9.5)
        rb = cells[1].paragraphs[0].add_run(b); rb.font.size = Pt(10.5)
    P("", after=16)
    P("Competency sign-off: The employee demonstrated order entry, specimen receipt, result review and "
      "verification, including delta and collection-date checks, to the satisfaction of the trainer. CE hours are "
      "recorded in the laboratory education file for credential maintenance.", 9, after=40)
    sig = d.add_table(rows=3, cols=2)
    vals = [("____________________________", "____________________________"),
            ("Trainer: Marcus O. Feldmann, MLS(ASCP)", "Manager: Lorena Pacheco-Vance, MHA, MLS(ASCP)CM"),
            ("LIS Education Coordinator", "Laboratory Operations Manager")]
    for i, (a, b) in enumerate(vals):
        for cell, txt in zip(sig.rows[i].cells, (a, b)):
            r = cell.paragraphs[0].add_run(txt); r.font.size = Pt(8.5)
    P("", after=18)
    P("Date signed: 10/09/2025", 8, color="666666")
    src = SRC / f"{stem}.docx"
    d.save(src)
    soffice_pdf(stem, src)


# ---------------------------------------------------------------- n24
@cert(nn="n24", style="labce", producer="tcpdf",
      layout=["landscape", "centred-award", "ribbon-header", "state-approval-line"],
      notes="LabCE course, landscape. Florida approval line repeats the 1.0 figure in 'hr'. Customer ID and "
            "Certificate # are distractors; Course # is the id.",
      name="Anand V. Subramaniam",
      title="Heparin Monitoring with Anti-Xa Assays",
      date="2026-01-08", credits=1.0, unit="contact hour",
      provider=["LabCE"], activity_id="1207")
def n24(stem):
    php_pdf(stem, r"""
$pdf = new CertPDF('L', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(40, 40, 40); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 2, 'color' => array(11, 122, 138)));
$pdf->RoundedRect(28, 28, 736, 556, 18, '1111');
$pdf->SetFillColor(11, 122, 138); $pdf->Rect(246, 52, 300, 40, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('helvetica', 'B', 24); $pdf->SetXY(246, 58); $pdf->Cell(300, 28, 'LabCE', 0, 0, 'C');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('times', '', 34); $pdf->SetXY(40, 120); $pdf->Cell(712, 40, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('times', 'I', 14); $pdf->SetXY(40, 176); $pdf->Cell(712, 18, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('times', 'B', 26); $pdf->SetXY(40, 202); $pdf->Cell(712, 30, 'Anand V. Subramaniam', 0, 1, 'C');
$pdf->SetFont('times', 'I', 14); $pdf->SetXY(40, 244); $pdf->Cell(712, 18, 'has completed the online course', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 18); $pdf->SetTextColor(11, 100, 115); $pdf->SetXY(40, 272); $pdf->Cell(712, 24, 'Heparin Monitoring with Anti-Xa Assays', 0, 1, 'C');
$pdf->SetTextColor(40, 40, 40); $pdf->SetFont('helvetica', '', 11.5); $pdf->SetXY(40, 312);
$pdf->Cell(712, 16, 'Course # 1207     Completed Jan 08, 2026     P.A.C.E.® Contact Hours: 1.0', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetXY(40, 334);
$pdf->Cell(712, 14, 'Florida Board of Clinical Laboratory Personnel: 1.0 hr, Hemostasis/Coagulation', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(90, 90, 90); $pdf->SetXY(120, 372);
$pdf->MultiCell(552, 10, 'LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. LabCE is an approved provider of continuing education for the Florida Board of Clinical Laboratory Personnel.', 0, 'C');
$pdf->SetTextColor(40, 40, 40); $pdf->SetDrawColor(0, 0, 0); $pdf->SetLineStyle(array('width' => 0.5, 'color' => array(0, 0, 0)));
$pdf->Line(286, 486, 506, 486);
$pdf->SetFont('times', 'I', 16); $pdf->SetXY(286, 464); $pdf->Cell(220, 20, 'Gregory Tannhauser', 0, 0, 'C');
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetXY(286, 490); $pdf->Cell(220, 11, 'Gregory Tannhauser, MS, MLS(ASCP)', 0, 2, 'C'); $pdf->Cell(220, 11, 'Education Director', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 7); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(48, 556); $pdf->Cell(300, 9, 'Customer ID: 2290417   Certificate # 1207-2290417-0108', 0, 0, 'L');
$pdf->Output('@OUT@', 'F');
""", "tcpdf")


# ---------------------------------------------------------------- n25
@cert(nn="n25", style="medialab", producer="ghostscript",
      layout=["portrait", "left-aligned", "credit-box", "footer-distractors"],
      notes="MediaLab compliance course; 'Safety' and 'Program' in the title. Credit printed as '1.5 CE hours' in a "
            "boxed panel. Course ID is the id; Certificate No., Account No. and printed date are distractors.",
      name="Harold B. Mensah-Quaye",
      title="Laboratory Safety Program Essentials: Fire, Electrical and Ergonomic Hazards",
      date="2025-07-22", credits=1.5, unit="CE hour",
      provider=["MediaLab, Inc.", "MediaLab"], activity_id="SAF-3312")
def n25(stem):
    p = PS(612, 792)
    p.color(0.35, 0.18, 0.51); p.raw("0 0 18 792 rectfill")
    p.font("F-HB", 22); p.text(60, 720, "MediaLab")
    p.font("F-H", 9.5); p.gray(0.35); p.text(60, 704, "MediaLab, Inc.  \u00b7  Compliance and Continuing Education")
    p.gray(0); p.font("F-B", 30); p.text(60, 640, "Certificate of Completion")
    p.font("F-R", 12.5); p.text(60, 604, "Presented to")
    p.font("F-B", 22); p.text(60, 576, "Harold B. Mensah-Quaye")
    p.font("F-R", 12.5); p.text(60, 546, "for successful completion of the online course")
    p.font("F-B", 16)
    y = p.wrap(60, 518, "Laboratory Safety Program Essentials: Fire, Electrical and Ergonomic Hazards", 420, 20)
    p.font("F-H", 10.5)
    p.text(60, y - 8, "Course ID: SAF-3312")
    p.text(60, y - 24, "Date of completion: 07/22/2025")
    p.text(60, y - 40, "Post-test score: 90%")
    p.rect(390, y - 52, 160, 62, lw=1.2, fill=0.93)
    p.font("F-HB", 20); p.text(470, y - 14, "1.5 CE hours", "c")
    p.font("F-H", 8.5); p.text(470, y - 32, "P.A.C.E.\u00ae approved", "c"); p.text(470, y - 43, "Level: Basic", "c")
    p.font("F-H", 8.5)
    p.wrap(60, y - 90, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical "
           "laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This course also satisfies annual safety training "
           "documentation for laboratory personnel.", 490, 11)
    p.line(60, 190, 260, 190, 0.6)
    p.font("F-I", 16); p.text(60, 196, "Jennifer Alcott-Reyes")
    p.font("F-H", 8.5); p.text(60, 178, "Jennifer Alcott-Reyes, MS, MLS(ASCP)CM"); p.text(60, 167, "Director of Education, MediaLab, Inc.")
    p.font("F-H", 7); p.gray(0.4)
    p.text(60, 56, "Certificate No. 31-0088125   \u00b7   Account No. 55102   \u00b7   Printed 07/23/2025")
    p.showpage()
    gs_pdf(stem, p.render())


# ---------------------------------------------------------------- n26
@cert(nn="n26", style="joint-accreditation-cme", producer="reportlab-acroform",
      layout=["portrait", "form-fields-flattened", "multi-credit-table", "claimed-vs-maximum", "date-range"],
      notes="Jointly accredited two-day conference (March 19-20, 2026 -> last day). Static table lists maximum "
            "AMA PRA 10.5, ANCC 10.5, ACPE 10.5 (1.05 CEU) and P.A.C.E. 9.0; the flattened form fields say the "
            "participant claimed 8.5 P.A.C.E. contact hours, which is the gold figure. Evaluation code is a distractor.",
      name="Cordelia J. Amankwah",
      title="Transfusion Medicine Update 2026",
      date="2026-03-20", credits=8.5, unit="contact hour",
      provider=["Meridian Health Education Institute", "MHEI"], activity_id="26-TMU-0320")
def n26(stem):
    W, H = letter
    tmp = SRC / f"{stem}.form.pdf"
    c = rl_canvas.Canvas(str(tmp), pagesize=letter)
    c.setTitle("MHEI Certificate / Credit Claim")
    plum = HexColor("#4a235a")
    c.setFillColor(plum); c.rect(0, H - 90, W, 90, stroke=0, fill=1)
    c.setFillColor(white); c.setFont("Helvetica-Bold", 18); c.drawString(50, H - 48, "Meridian Health Education Institute")
    c.setFont("Helvetica", 10); c.drawString(50, H - 66, "MHEI  \u00b7  Interprofessional Continuing Education")
    c.setFillColor(black); c.setFont("Times-Bold", 24); c.drawCentredString(W / 2, H - 135, "Certificate of Participation")
    c.setFont("Times-Roman", 12.5); c.drawCentredString(W / 2, H - 160, "Transfusion Medicine Update 2026")
    c.setFont("Times-Roman", 10.5)
    c.drawCentredString(W / 2, H - 176, "March 19\u201320, 2026  \u00b7  Meridian Conference Center  \u00b7  Activity #: 26-TMU-0320")
    f = c.acroForm
    common = dict(borderWidth=0, borderColor=None, fillColor=transparent, textColor=black, forceBorder=False)
    fields = [("Participant name", "name", "Cordelia J. Amankwah, MLS(ASCP)CM, SBB", H - 220),
              ("Profession", "prof", "Medical Laboratory Scientist", H - 246),
              ("Credit type claimed", "ctype", "P.A.C.E. contact hours", H - 272),
              ("Credits claimed", "claimed", "8.5", H - 298)]
    for lab, nm, val, yy in fields:
        c.setFont("Helvetica-Bold", 9.5); c.drawString(70, yy, lab)
        c.setStrokeColor(HexColor("#aaaaaa")); c.setLineWidth(0.5); c.line(210, yy - 4, 540, yy - 4)
        f.textfield(name=nm, value=val, x=212, y=yy - 5, width=326, height=17, fontName="Helvetica",
                    fontSize=10.5, **common)
    c.setFont("Helvetica-Bold", 10); c.drawString(70, H - 340, "Credit designated for this activity (maximum)")
    rows = [("AMA PRA Category 1 Credits\u2122", "10.5", "Physicians"),
            ("ANCC contact hours", "10.5", "Nurses"),
            ("ACPE contact hours (1.05 CEU)", "10.5", "Pharmacists"),
            ("P.A.C.E.\u00ae contact hours", "9.0", "Laboratory professionals")]
    y = H - 362
    c.setFillColor(HexColor("#ede4f1")); c.rect(66, y - 5, 478, 17, stroke=0, fill=1); c.setFillColor(black)
    c.setFont("Helvetica-Bold", 8.5); c.drawString(72, y, "Credit type"); c.drawRightString(380, y, "Maximum")
    c.drawString(400, y, "Audience")
    c.setFont("Helvetica", 9)
    for a, b, cc in rows:
        y -= 18
        c.drawString(72, y, a); c.drawRightString(380, y, b); c.drawString(400, y, cc)
    c.setStrokeColor(plum); c.line(66, y - 7, 544, y - 7)
    c.setFont("Helvetica", 8)
    rl_left_wrap(c, "In support of improving patient care, Meridian Health Education Institute is jointly accredited "
                 "by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for "
                 "Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing "
                 "education for the healthcare team. MHEI designates this live activity for a maximum of 10.5 AMA PRA "
                 "Category 1 Credits\u2122. MHEI is approved as a provider of continuing education programs in the "
                 "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program (9.0 contact hours). Learners should "
                 "claim only the credit commensurate with the extent of their participation.",
                 "Helvetica", 8, 70, y - 30, 472, 10.5)
    c.setFont("Times-Italic", 16); c.drawString(70, 142, "Simone Achebe-Larkin")
    c.setStrokeColor(black); c.line(70, 136, 290, 136)
    c.setFont("Helvetica", 8.5); c.drawString(70, 124, "Simone Achebe-Larkin, PharmD, MEd")
    c.drawString(70, 113, "Director, Interprofessional Continuing Education")
    c.setFont("Helvetica", 7); c.drawString(50, 50, "Evaluation code: EV-88310    Credit claim submitted 03/27/2026")
    c.showPage(); c.save()
    qpdf_flatten(tmp, HERE / f"{stem}.pdf")


# ---------------------------------------------------------------- n27
@cert(nn="n27", style="university-ceu", producer="chromium",
      layout=["landscape", "centred-award", "seal", "ceu-with-contact-hours", "student-id-distractor"],
      notes="University office awards 1.2 CEUs (12 contact hours printed as well): unit CEU, points 12. Student ID "
            "and Certificate Serial are distractors; Course Number is the id. Provider: university plus "
            "'University, Office'.",
      name="Gabriela I. Fonseca-Whitmore",
      title="Clinical Chemistry Refresher for Returning Laboratory Professionals",
      date="2026-01-30", credits=1.2, unit="CEU",
      provider=["Westbrook University", "Westbrook University, Office of Professional and Continuing Education"],
      activity_id="MLSC-7102")
def n27(stem):
    chromium_pdf(stem, """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 11in 8.5in; margin: 0; }
body { margin:0; font-family: 'P052', 'Liberation Serif', serif; color:#222; }
.sheet { position:absolute; inset: 0.4in; border: 1.5px solid #6b4f1d; outline: 6px solid #e8dcc0; outline-offset: -14px;
         text-align:center; padding-top: 0.45in; }
.uni { font-size: 26pt; letter-spacing: 2px; color:#3e2a0a; }
.off { font: 11pt 'Liberation Sans'; color:#6b4f1d; margin-top: 4px; }
.cert { font-size: 15pt; font-style: italic; margin-top: 26px; }
.name { font-size: 30pt; font-weight: bold; margin: 12px 0; }
.txt { font-size: 13pt; }
.ttl { font-size: 19pt; font-weight: bold; margin: 10px 1.2in; color:#3e2a0a; }
.units { font-size: 14pt; margin-top: 14px; }
.row { display:flex; justify-content:center; gap: 48px; margin-top: 18px; font: 10pt 'Liberation Sans'; }
.seal { position:absolute; left: 0.7in; bottom: 0.55in; width: 1.15in; height: 1.15in; border-radius:50%;
        border: 3px solid #6b4f1d; display:flex; align-items:center; justify-content:center; font: bold 8pt 'Liberation Sans';
        color:#6b4f1d; line-height:1.2; }
.sigs { position:absolute; right: 0.8in; bottom: 0.6in; display:flex; gap: 40px; font: 8.5pt 'Liberation Sans'; text-align:center; }
.sigs .s { font: italic 16pt 'Z003', cursive; border-bottom: 1px solid #444; width: 2.4in; }
.foot { position:absolute; left: 0; right: 0; bottom: 0.16in; font: 7pt 'Liberation Sans'; color:#888; }
</style></head><body><div class="sheet">
<div class="uni">Westbrook University</div>
<div class="off">Office of Professional and Continuing Education</div>
<div class="cert">hereby certifies that</div>
<div class="name">Gabriela I. Fonseca-Whitmore</div>
<div class="txt">has satisfactorily completed the six-week online program</div>
<div class="ttl">Clinical Chemistry Refresher for Returning Laboratory Professionals</div>
<div class="units">and is awarded <b>1.2 Continuing Education Units (CEUs)</b> — 12 contact hours</div>
<div class="row"><span>Course Number: MLSC-7102</span><span>Completed: January 30, 2026</span><span>Student ID: W00982231</span></div>
<div class="seal">WESTBROOK<br>UNIVERSITY<br>· 1911 ·</div>
<div class="sigs"><div><div class="s">Helena Marsh-Ortega</div>Helena Marsh-Ortega, PhD<br>Associate Provost, Continuing Education</div>
<div><div class="s">Dwight Ocampo</div>Dwight Ocampo, MS, MLS(ASCP)CM<br>Course Director</div></div>
<div class="foot">Certificate Serial WU-PCE-26-01147 · This is a non-credit continuing education record and does not appear on an academic transcript.</div>
</div></body></html>""")


# ---------------------------------------------------------------- n28
@cert(nn="n28", style="vendor-training", producer="fpdf",
      layout=["portrait", "header-band", "label-value-lines", "ceu", "validity-distractor", "date-range"],
      notes="Vendor operator certification, two days (Feb 19-20, 2026 -> last day). 1.4 CEUs = 14 contact "
            "hours; unit CEU, points 14. 'Program' in the title. 'Operator certification valid until' date and "
            "Sales order are distractors; Class No. is the id.",
      name="Victor E. Lindahl III",
      title="VeriCount XT Hematology Analyzer Operator Certification Program",
      date="2026-02-20", credits=1.4, unit="CEU",
      provider=["Corvane Biosystems, Inc.", "Corvane Biosystems"], activity_id="VCX-2602-B")
def n28(stem):
    php_pdf(stem, r"""
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(230, 90, 20); $pdf->Rect(0, 0, 612, 96, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('Helvetica', 'B', 24); $pdf->SetXY(50, 28); $pdf->Cell(300, 28, 'CORVANE', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetX(50); $pdf->Cell(300, 14, 'Corvane Biosystems, Inc.  |  Technical Training Services', 0, 1, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(50, 140); $pdf->Cell(512, 26, 'CERTIFICATE OF TRAINING', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(50, 176);
$pdf->MultiCell(512, 15, t('Corvane Biosystems certifies that the individual named below has completed instrument training and passed the operator practical assessment.'), 0, 'L');
$rows = array(
 array('Name', 'Victor E. Lindahl III, MLT(ASCP)'),
 array('Program', 'VeriCount XT Hematology Analyzer Operator Certification Program'),
 array('Class No.', 'VCX-2602-B'),
 array('Training dates', t('February 19–20, 2026')),
 array('Location', 'Corvane Training Center, Building 2'),
 array('Continuing Education Units', '1.4 CEUs (14 contact hours)'),
 array('Operator certification valid until', 'February 28, 2028'),
 array('Sales order', 'SO-448201-07'),
);
$y = 240;
foreach ($rows as $r) {
  $pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(120, 120, 120);
  $pdf->SetXY(50, $y); $pdf->Cell(512, 11, strtoupper($r[0]), 0, 1, 'L');
  $pdf->SetFont('Helvetica', 'B', 12); $pdf->SetTextColor(0, 0, 0);
  $pdf->SetXY(50, $y + 12); $pdf->Cell(512, 16, $r[1], 0, 1, 'L');
  $pdf->SetDrawColor(220, 220, 220); $pdf->Line(50, $y + 31, 562, $y + 31);
  $y += 40;
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(60, 60, 60); $pdf->SetXY(50, $y + 8);
$pdf->MultiCell(512, 11, t('Continuing Education Units are awarded by Corvane Biosystems, Inc. in accordance with nationally recognized CEU criteria: one CEU equals ten contact hours of instruction. Operator certification applies only to the instrument model named above.'), 0, 'L');
$pdf->SetTextColor(0, 0, 0); $pdf->SetDrawColor(0, 0, 0);
$pdf->Line(50, 690, 260, 690); $pdf->Line(352, 690, 562, 690);
$pdf->SetFont('Times', 'I', 15);
$pdf->SetXY(50, 670); $pdf->Cell(210, 18, 'Priscilla Nakagawa', 0, 0, 'L');
$pdf->SetXY(352, 670); $pdf->Cell(210, 18, 'Owen T. Gallagher', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->SetXY(50, 694); $pdf->Cell(210, 11, 'Priscilla Nakagawa, MLS(ASCP)', 0, 2, 'L'); $pdf->Cell(210, 11, 'Field Applications Trainer', 0, 0, 'L');
$pdf->SetXY(352, 694); $pdf->Cell(210, 11, 'Owen T. Gallagher', 0, 2, 'L'); $pdf->Cell(210, 11, 'Director, Technical Training Services', 0, 0, 'L');
$pdf->Output('F', '@OUT@');
""", "fpdf")


# ---------------------------------------------------------------- n29
@cert(nn="n29", style="webinar", producer="soffice-docx",
      layout=["landscape", "centred", "format-line-above-title", "bordered-table-frame", "signature-block"],
      notes="Webinar series certificate from an invented regional forum; 'LIVE WEBINAR' format line; title "
            "printed in quotes. CE hours awarded 1.0. Attendee No. and Date issued are distractors; Webinar No. "
            "is the id.",
      name="Natasha R. Vukovich",
      title="Mass Spectrometry in the Clinical Laboratory: From Method Validation to Daily QC",
      date="2025-09-24", credits=1.0, unit="CE hour",
      provider=["Pacific Northwest Laboratory Leadership Forum", "PNLLF"], activity_id="PNW-W-0924")
def n29(stem):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Inches(11), Inches(8.5)
    s.left_margin = s.right_margin = Inches(0.6)
    s.top_margin, s.bottom_margin = Inches(0.5), Inches(0.4)
    st = d.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    frame = d.add_table(rows=1, cols=1)
    cell = frame.rows[0].cells[0]
    cell.width = Inches(9.8)
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "double"); e.set(qn("w:sz"), "18"); e.set(qn("w:color"), "1B4F72")
        borders.append(e)
    tcPr.append(borders)
    first = [True]

    def P(text, size=11, bold=False, italic=False, color=None, after=4, font=None, align="c"):
        p = cell.paragraphs[0] if first[0] else cell.add_paragraph()
        first[0] = False
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
        return p
    P(" ", 8, after=6)
    P("Pacific Northwest Laboratory Leadership Forum", 17, True, color="1B4F72", font="Liberation Sans", after=0)
    P("PNLLF Continuing Education", 10, color="555555", font="Liberation Sans", after=22)
    P("Certificate of Attendance", 30, after=14)
    P("We are pleased to certify that", 12, italic=True, after=6)
    P("Natasha R. Vukovich, MLS(ASCP)CM, MB", 22, True, after=10)
    P("attended the webinar", 12, italic=True, after=8)
    P("LIVE WEBINAR", 9, True, color="1B4F72", font="Liberation Sans", after=2)
    P("“Mass Spectrometry in the Clinical Laboratory: From Method Validation to Daily QC”", 16, True, after=10)
    P("Wednesday, September 24, 2025  ·  12:00–1:00 p.m. Pacific  ·  Webinar No. PNW-W-0924", 10.5,
      font="Liberation Sans", after=6)
    P("CE Hours Awarded: 1.0", 13, True, font="Liberation Sans", after=12)
    P("CE hours are awarded for live attendance of at least 50 minutes as verified by the webinar platform log. "
      "PNLLF is approved as a provider of continuing education programs in the clinical laboratory sciences by the "
      "ASCLS P.A.C.E.® Program.", 8.5, color="444444", font="Liberation Sans", after=26)
    P("Imogen Castellanos", 16, italic=True, font="URW Bookman", after=0)
    P("Imogen Castellanos, MS, MLS(ASCP)  —  Education Chair, PNLLF", 9, font="Liberation Sans", after=14)
    P("Attendee No. 0917-2231        Date issued: 09/26/2025", 7.5, color="777777", font="Liberation Sans", after=6)
    src = SRC / f"{stem}.docx"
    d.save(src)
    soffice_pdf(stem, src)


# ---------------------------------------------------------------- n30
@cert(nn="n30", style="public-health-lab", producer="tcpdf",
      layout=["landscape", "state-seal", "small-table", "signature-block", "hands-on-workshop"],
      notes="State public health laboratory section issues the certificate: provider is the lab plus 'Lab, Section'. "
            "Wet workshop, 4.0 contact hours. Course ID is the id; CLIA number of the participant's lab is a distractor.",
      name="Jonah P. Redcloud",
      title="Biothreat Agent Rule-Out and Referral for Sentinel Laboratories",
      date="2026-03-25", credits=4.0, unit="contact hour",
      provider=["Pinecrest State Public Health Laboratory",
                "Pinecrest State Public Health Laboratory, Emergency Preparedness and Response Section"],
      activity_id="LRN-S-104")
def n30(stem):
    php_pdf(stem, r"""
$pdf = new CertPDF('L', 'pt', 'LETTER', true, 'UTF-8', false); $pdf->noLink();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(50, 40, 50); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.2, 'color' => array(40, 70, 40)));
$pdf->Rect(30, 30, 732, 552);
$pdf->Circle(100, 100, 44); $pdf->Circle(100, 100, 38);
$pdf->SetFont('dejavusans', 'B', 7); $pdf->SetTextColor(40, 70, 40);
$pdf->SetXY(62, 88); $pdf->MultiCell(76, 9, "STATE OF\nPINECREST\nPHL", 0, 'C');
$pdf->SetFont('dejavuserif', 'B', 19); $pdf->SetXY(160, 64); $pdf->Cell(560, 22, 'Pinecrest State Public Health Laboratory', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 10.5); $pdf->SetTextColor(70, 70, 70);
$pdf->Cell(560, 14, 'Emergency Preparedness and Response Section', 0, 2, 'L');
$pdf->Cell(560, 14, 'Sentinel Laboratory Outreach', 0, 2, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 26); $pdf->SetXY(50, 170); $pdf->Cell(692, 30, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(50, 214); $pdf->Cell(692, 16, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(50, 236); $pdf->Cell(692, 26, 'Jonah P. Redcloud, MLS(ASCP)', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(50, 270); $pdf->Cell(692, 16, 'completed the hands-on wet workshop', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 16); $pdf->SetXY(50, 292); $pdf->Cell(692, 20, 'Biothreat Agent Rule-Out and Referral for Sentinel Laboratories', 0, 1, 'C');
$tbl = '<table border="1" cellpadding="5" style="border-color:#284628;">
<tr style="background-color:#e4eee4;font-weight:bold;"><td width="110" align="center">Course ID</td><td width="120" align="center">Date</td><td width="150" align="center">Location</td><td width="120" align="center">Contact Hours</td><td width="120" align="center">Facility CLIA No.</td></tr>
<tr><td align="center">LRN-S-104</td><td align="center">March 25, 2026</td><td align="center">BSL-3 Training Suite</td><td align="center">4.0</td><td align="center">44D0918273</td></tr>
</table>';
$pdf->SetFont('dejavusans', '', 9.5); $pdf->writeHTMLCell(620, 0, 86, 334, $tbl, 0, 1, false, true, 'C');
$pdf->SetFont('dejavusans', '', 8); $pdf->SetTextColor(80, 80, 80); $pdf->SetXY(100, 402);
$pdf->MultiCell(592, 10, 'The Pinecrest State Public Health Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded for full attendance, including the practical rule-out exercise.', 0, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetLineStyle(array('width' => 0.5, 'color' => array(0, 0, 0)));
$pdf->Line(500, 510, 712, 510);
$pdf->SetFont('dejavuserif', 'I', 15); $pdf->SetXY(500, 490); $pdf->Cell(212, 18, 'Evelyn Thornquist', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetXY(500, 514); $pdf->Cell(212, 11, 'Evelyn Thornquist, PhD, HCLD(ABB)', 0, 2, 'C');
$pdf->Cell(212, 11, 'Laboratory Director', 0, 2, 'C');
$pdf->Output('@OUT@', 'F');
""", "tcpdf")


# ---------------------------------------------------------------- n31
@cert(nn="n31", style="ascp-cmle", producer="soffice-fodt",
      layout=["portrait", "meeting-attendance", "letter-spaced-caps-name", "date-range", "credit-table",
              "claimed-vs-maximum"],
      notes="ASCP annual meeting attendance: title is the meeting name; September 10-12, 2025 -> last day. Name "
            "printed letter-spaced in capitals with suffix 'SR.' (gold keeps printed caps). CMLE claimed 11.5 vs "
            "16.0 available; AMA PRA 9.0 claimed is not the lab figure. Customer ID is a distractor.",
      name="PATRICK J. DONNELLY SR.",
      title="ASCP 2025 Annual Meeting",
      date="2025-09-12", credits=11.5, unit="CMLE",
      provider=["American Society for Clinical Pathology", "ASCP"], activity_id="AM25-0910")
def n31(stem):
    st = (pstyle("Lg", size="40pt", bold=True, align="center", font="DejaVu Sans", color="#1d2f5c")
          + pstyle("Org", size="12pt", align="center", font="DejaVu Sans", after="0.45in", color="#1d2f5c")
          + pstyle("H", size="26pt", align="center", font="DejaVu Serif", after="0.3in")
          + pstyle("I", size="12pt", italic=True, align="center", font="DejaVu Serif", after="0.08in")
          + pstyle("N", size="20pt", bold=True, align="center", font="DejaVu Serif", after="0.1in", spacing="0.06in")
          + pstyle("T", size="18pt", bold=True, align="center", font="DejaVu Sans", color="#1d2f5c", after="0.04in")
          + pstyle("D", size="11pt", align="center", font="DejaVu Sans", after="0.3in")
          + pstyle("Th", size="9pt", bold=True, align="start", font="DejaVu Sans")
          + pstyle("Td", size="10.5pt", align="start", font="DejaVu Sans")
          + pstyle("Tr", size="10.5pt", align="end", font="DejaVu Sans")
          + pstyle("Sm", size="8pt", align="justify", font="DejaVu Sans", color="#444444", before="0.25in")
          + pstyle("Sig", size="9pt", align="end", font="DejaVu Sans", before="0.5in")
          + pstyle("Ft", size="7.5pt", align="start", font="DejaVu Sans", color="#777777", before="0.4in")
          + '  <style:style style:name="Tb" style:family="table"><style:table-properties style:width="5.6in" table:align="center"/></style:style>\n'
          + '  <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="3.2in"/></style:style>\n'
          + '  <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="1.2in"/></style:style>\n'
          + '  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border-bottom="0.5pt solid #9aa6bf" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>\n'
          + '  <style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:background-color="#e8ecf4" fo:border="none"/></style:style>\n')

    def row(a, b, c, head=False):
        cs, pa, pb = ("CellH", "Th", "Th") if head else ("Cell", "Td", "Tr")
        return (f'<table:table-row><table:table-cell table:style-name="{cs}"><text:p text:style-name="{pa}">{a}</text:p></table:table-cell>'
                f'<table:table-cell table:style-name="{cs}"><text:p text:style-name="{pb}">{b}</text:p></table:table-cell>'
                f'<table:table-cell table:style-name="{cs}"><text:p text:style-name="{pb}">{c}</text:p></table:table-cell></table:table-row>')
    body = f"""
<text:p text:style-name="Lg">ASCP</text:p>
<text:p text:style-name="Org">American Society for Clinical Pathology</text:p>
<text:p text:style-name="H">Certificate of Attendance</text:p>
<text:p text:style-name="I">This certifies that</text:p>
<text:p text:style-name="N">PATRICK J. DONNELLY SR.</text:p>
<text:p text:style-name="I">attended the</text:p>
<text:p text:style-name="T">ASCP 2025 Annual Meeting</text:p>
<text:p text:style-name="D">September 10–12, 2025  ·  Activity ID: AM25-0910</text:p>
<table:table table:name="cr" table:style-name="Tb">
<table:table-column table:style-name="C1"/><table:table-column table:style-name="C2" table:number-columns-repeated="2"/>
{row("Credit", "Claimed", "Available", head=True)}
{row("CMLE credits", "11.5", "16.0")}
{row("AMA PRA Category 1 Credits™", "9.0", "16.0")}
</table:table>
<text:p text:style-name="Sm">ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. ASCP is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians. Credits shown as claimed are those you reported in the meeting evaluation; CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.</text:p>
<text:p text:style-name="Sig">Marisol Eichelberger, MPH, MLS(ASCP)CM</text:p>
<text:p text:style-name="Td"><text:tab/></text:p>
<text:p text:style-name="Tr">Senior Director, Meetings and Continuing Education</text:p>
<text:p text:style-name="Ft">Customer ID 03318874  ·  Certificate generated October 2, 2025</text:p>
"""
    src = SRC / f"{stem}.fodt"
    src.write_text(fodt_doc(body, landscape=False, margins="0.75in", extra_styles=st), encoding="utf-8")
    soffice_pdf(stem, src)


# ---------------------------------------------------------------- n32
@cert(nn="n32", style="cap-joint", producer="chromium",
      layout=["landscape", "split-panel", "credit-lines", "claimed-vs-maximum"],
      notes="CAP inspector training; 'CAP' and 'Inspector' in the title. Laboratory CE hours 3.0 count; AMA PRA "
            "2.50 claimed of 3.00 does not. Inspector ID is a distractor; Course ID is the id. Joint "
            "accreditation statement.",
      name="Eleanor V. Castellano-Reyes",
      title="Inspector Training: Preparing for Your First CAP Laboratory Inspection",
      date="2026-04-02", credits=3.0, unit="CE hour",
      provider=["College of American Pathologists", "CAP"], activity_id="LAP-INSP-101")
def n32(stem):
    chromium_pdf(stem, """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter landscape; margin: 0; }
body { margin:0; font-family: 'DejaVu Sans', sans-serif; color:#1f1f1f; }
.left { position:absolute; left:0; top:0; bottom:0; width: 3.1in; background:#003d79; color:#fff; padding: 0.6in 0.4in; box-sizing:border-box; }
.left .cap { font: bold 44pt 'DejaVu Serif'; }
.left .full { font-size: 12pt; margin-top: 8px; line-height: 1.35; }
.left .lap { font-size: 9.5pt; margin-top: 30px; opacity: .85; }
.left .meta { position:absolute; bottom: 0.55in; left: 0.4in; right: 0.3in; font-size: 8.5pt; line-height: 1.6; }
.right { position:absolute; left: 3.5in; right: 0.5in; top: 0.6in; }
h1 { font: normal 28pt 'DejaVu Serif'; margin: 0 0 18px; color:#003d79; }
.lbl { font-size: 10pt; color:#555; }
.name { font: bold 22pt 'DejaVu Serif'; margin: 4px 0 18px; }
.ttl { font: bold 15pt 'DejaVu Sans'; margin: 4px 0 16px; line-height: 1.3; }
.cr { border-top: 2px solid #003d79; border-bottom: 1px solid #aab; padding: 8px 0; font-size: 10.5pt; line-height: 1.8; }
.stmt { font-size: 7.8pt; color:#444; margin-top: 14px; line-height: 1.45; }
.sig { margin-top: 22px; font-size: 8.5pt; }
.sig .s { font: italic 16pt 'DejaVu Serif'; border-bottom: 1px solid #333; width: 2.8in; }
</style></head><body>
<div class="left"><div class="cap">CAP</div><div class="full">College of American Pathologists</div>
<div class="lap">Laboratory Accreditation Program<br>Inspector Education</div>
<div class="meta">Course ID: LAP-INSP-101<br>Completed: 04/02/2026<br>Inspector ID: INS-0027715<br>Issued: 04/03/2026</div></div>
<div class="right">
<h1>Certificate of Completion</h1>
<div class="lbl">This certifies that</div>
<div class="name">Eleanor V. Castellano-Reyes, MLS(ASCP)CM</div>
<div class="lbl">has completed the online course</div>
<div class="ttl">Inspector Training: Preparing for Your First CAP Laboratory Inspection</div>
<div class="cr">Laboratory professionals: <b>3.0 CE hours</b><br>
Physicians: 2.50 AMA PRA Category 1 Credits™ claimed (maximum 3.00)</div>
<div class="stmt">In support of improving patient care, the College of American Pathologists is jointly accredited by the
Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and
the American Nurses Credentialing Center (ANCC) to provide continuing education for the healthcare team. The CAP designates
this enduring material for a maximum of 3.00 AMA PRA Category 1 Credits™. The CAP also awards CE hours to laboratory
professionals for this course; CE hours are accepted by the ASCP Board of Certification.</div>
<div class="sig"><div class="s">Leonard Ashworth-Kim</div>Leonard Ashworth-Kim, MD, FCAP — Chair, Inspector Education Committee</div>
</div></body></html>""")


# ---------------------------------------------------------------- n33
@cert(nn="n33", style="state-society", producer="reportlab",
      layout=["landscape", "side-panel", "format-line-above-title", "session-certificate", "signature-block"],
      notes="Session certificate from an invented state association's symposium. 'Spring Symposium' is a format "
            "line above the session title (not part of it). Session Code is the id; Attendee badge is a distractor.",
      name="Lucinda F. Okonjo-Petersen",
      title="Cold Agglutinins and Warm Autoantibodies: A Practical Workup Strategy",
      date="2026-04-24", credits=1.5, unit="contact hour",
      provider=["Prairie State Association of Laboratory Professionals", "PSALP"], activity_id="SS26-4B")
def n33(stem):
    W, H = rl_landscape(letter)
    c = rl_canvas.Canvas(str(HERE / f"{stem}.pdf"), pagesize=(W, H))
    c.setTitle("PSALP session certificate")
    wheat = HexColor("#c98b2b"); dark = HexColor("#3d2b12")
    c.setFillColor(HexColor("#f6ecd9")); c.rect(0, 0, 230, H, stroke=0, fill=1)
    c.setFillColor(wheat); c.rect(222, 0, 8, H, stroke=0, fill=1)
    c.setFillColor(dark); c.setFont("Helvetica-Bold", 30); c.drawString(36, H - 90, "PSALP")
    rl_left_wrap(c, "Prairie State Association of Laboratory Professionals", "Helvetica", 11, 36, H - 112, 170, 14)
    c.setFont("Helvetica", 8.5)
    for i, ln in enumerate(["Session Code: SS26-4B", "Attendee badge: 2117", "Room: Prairie Ballroom C"]):
        c.drawString(36, 120 - i * 13, ln)
    x0 = 270
    c.setFont("Times-Bold", 30); c.drawString(x0, H - 96, "Certificate of Attendance")
    c.setFont("Times-Roman", 12.5); c.drawString(x0, H - 134, "This certifies that")
    c.setFont("Times-Bold", 23); c.drawString(x0, H - 164, "Lucinda F. Okonjo-Petersen, MLS(ASCP)CM")
    c.setFont("Times-Roman", 12.5); c.drawString(x0, H - 192, "attended the educational session")
    c.setFillColor(wheat); c.setFont("Helvetica-Bold", 10); c.drawString(x0, H - 222, "Spring Symposium")
    c.setFillColor(dark)
    y = rl_left_wrap(c, "Cold Agglutinins and Warm Autoantibodies: A Practical Workup Strategy", "Times-Bold", 18,
                     x0, H - 244, 460, 22)
    c.setFont("Helvetica", 11)
    c.drawString(x0, y - 12, "Friday, April 24, 2026")
    c.drawString(x0, y - 30, "P.A.C.E.\u00ae contact hours: 1.5")
    c.setFont("Helvetica", 8.5)
    rl_left_wrap(c, "The Prairie State Association of Laboratory Professionals is approved as a provider of continuing "
                 "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. One "
                 "certificate is issued per session attended.", "Helvetica", 8.5, x0, y - 62, 460, 11)
    c.setStrokeColor(dark); c.setLineWidth(0.6); c.line(x0, 110, x0 + 220, 110)
    c.setFont("Times-Italic", 16); c.drawString(x0, 116, "Harlan J. Pettibone")
    c.setFont("Helvetica", 8.5); c.drawString(x0, 98, "Harlan J. Pettibone, MS, MLS(ASCP)")
    c.drawString(x0, 87, "Symposium Program Chair, PSALP")
    c.showPage(); c.save()


# ---------------------------------------------------------------- n34
@cert(nn="n34", style="nsh", producer="soffice-fodt",
      layout=["portrait", "left-aligned", "format-line-above-title", "day-month-year-date", "availability-distractor"],
      notes="NSH enduring material. 'Enduring Material' format line above the title. Completion date printed day "
            "first ('15 May 2026'); 'Credit available through' date and Member No. are distractors; Course Code is "
            "the id.",
      name="Ngozi A. Ekwueme-Bates",
      title="Frozen Section Techniques for Mohs Surgery Laboratories",
      date="2026-05-15", credits=1.5, unit="contact hour",
      provider=["National Society for Histotechnology", "NSH"], activity_id="NSH-OD-0458")
def n34(stem):
    st = (pstyle("Lg", size="30pt", bold=True, font="Liberation Sans", color="#781e50")
          + pstyle("Org", size="11pt", font="Liberation Sans", color="#555555", after="0.6in")
          + pstyle("H", size="24pt", font="Liberation Serif", after="0.35in")
          + pstyle("L", size="10pt", font="Liberation Sans", color="#666666", after="0.04in")
          + pstyle("N", size="20pt", bold=True, font="Liberation Serif", after="0.3in")
          + pstyle("F", size="9pt", bold=True, font="Liberation Sans", color="#781e50", spacing="0.02in")
          + pstyle("T", size="15pt", bold=True, font="Liberation Serif", after="0.3in")
          + pstyle("K", size="10.5pt", font="Liberation Sans", after="0.06in")
          + pstyle("Sm", size="8.5pt", font="Liberation Sans", color="#444444", before="0.3in", after="0.6in")
          + pstyle("S1", size="15pt", italic=True, font="Z003")
          + pstyle("S2", size="9pt", font="Liberation Sans")
          + pstyle("Ft", size="7.5pt", font="Liberation Sans", color="#777777", before="0.9in"))
    body = """
<text:p text:style-name="Lg">NSH</text:p>
<text:p text:style-name="Org">National Society for Histotechnology  ·  Online Learning</text:p>
<text:p text:style-name="H">Continuing Education Certificate</text:p>
<text:p text:style-name="L">Learner</text:p>
<text:p text:style-name="N">Ngozi A. Ekwueme-Bates, HT(ASCP)</text:p>
<text:p text:style-name="L">Activity completed</text:p>
<text:p text:style-name="F">ENDURING MATERIAL</text:p>
<text:p text:style-name="T">Frozen Section Techniques for Mohs Surgery Laboratories</text:p>
<text:p text:style-name="K">Course Code: NSH-OD-0458</text:p>
<text:p text:style-name="K">Completed on: 15 May 2026</text:p>
<text:p text:style-name="K">Credit awarded: 1.5 contact hours</text:p>
<text:p text:style-name="K">Credit available through: 31 December 2027</text:p>
<text:p text:style-name="Sm">The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. To receive credit, learners must view the full recording and pass the post-assessment.</text:p>
<text:p text:style-name="S1">Rosalind Achebe</text:p>
<text:p text:style-name="S2">Rosalind Achebe, HTL(ASCP)QIHC — Director of Education, NSH</text:p>
<text:p text:style-name="Ft">Member No. 0472-1180  ·  NSH Online Learning Center transcript record</text:p>
"""
    src = SRC / f"{stem}.fodt"
    src.write_text(fodt_doc(body, landscape=False, margins="0.9in", extra_styles=st), encoding="utf-8")
    soffice_pdf(stem, src)


# ---------------------------------------------------------------- n35
@cert(nn="n35", style="amt", producer="reportlab-acroform",
      layout=["landscape", "form-fields-flattened", "centred-award", "suffix-name", "border"],
      notes="Flattened AcroForm; name field with suffix 'III'. Static text names the webinar; Webinar Code is the "
            "id; AMT ID is a distractor. 1.0 contact hour.",
      name="Lamar D. Whitfield III",
      title="Professionalism and Ethics for Medical Laboratory Personnel",
      date="2026-11-04", credits=1.0, unit="contact hour",
      provider=["American Medical Technologists", "AMT"], activity_id="AMT-WB-2611")
def n35(stem):
    W, H = rl_landscape(letter)
    tmp = SRC / f"{stem}.form.pdf"
    c = rl_canvas.Canvas(str(tmp), pagesize=(W, H))
    c.setTitle("AMT webinar certificate")
    navy = HexColor("#16325c")
    c.setStrokeColor(navy); c.setLineWidth(2); c.rect(30, 30, W - 60, H - 60)
    c.setDash(3, 3); c.setLineWidth(0.7); c.rect(40, 40, W - 80, H - 80); c.setDash()
    c.setFillColor(navy); c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(W / 2, H - 76, "American Medical Technologists (AMT)")
    c.setFont("Times-Roman", 30); c.drawCentredString(W / 2, H - 124, "Certificate of Participation")
    c.setFillColor(black); c.setFont("Times-Italic", 13); c.drawCentredString(W / 2, H - 156, "This is to certify that")
    f = c.acroForm
    common = dict(borderWidth=0, borderColor=None, fillColor=transparent, textColor=black, forceBorder=False)
    f.textfield(name="participant", value="Lamar D. Whitfield III, MLT(AMT)", x=W / 2 - 190, y=H - 196,
                width=380, height=28, fontName="Times-Bold", fontSize=22, **common)
    c.setStrokeColor(HexColor("#999999")); c.line(W / 2 - 200, H - 200, W / 2 + 200, H - 200)
    c.setFont("Times-Italic", 13); c.drawCentredString(W / 2, H - 226, "participated in the AMT webinar")
    c.setFont("Times-Bold", 18)
    c.drawCentredString(W / 2, H - 256, "Professionalism and Ethics for Medical Laboratory Personnel")
    c.setFont("Helvetica", 10.5)
    for lab, nm, val, xx in (("Webinar date", "date", "11/04/2026", 150), ("Contact hours", "hrs", "1.0", 340),
                              ("Webinar Code", "code", "AMT-WB-2611", 500)):
        c.drawString(xx, H - 300, lab + ":")
        f.textfield(name=nm, value=val, x=xx + 78, y=H - 305, width=100, height=17, fontName="Helvetica-Bold",
                    fontSize=10.5, **common)
    c.setFont("Helvetica", 8.5)
    rl_center_wrap(c, "American Medical Technologists is approved as a provider of continuing education programs in the "
                   "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours may be applied "
                   "toward AMT Certification Continuation Program requirements.", "Helvetica", 8.5, W / 2, H - 350,
                   540, 11)
    c.setFont("Times-Italic", 16); c.drawCentredString(W / 2, 120, "Beverly N. Sato")
    c.line(W / 2 - 120, 114, W / 2 + 120, 114)
    c.setFont("Helvetica", 8.5); c.drawCentredString(W / 2, 102, "Beverly N. Sato, MS, MT(AMT) \u2014 Education Manager")
    c.setFont("Helvetica", 7.5); c.drawString(52, 52, "AMT ID:")
    f.textfield(name="amtid", value="1402287", x=84, y=48, width=80, height=13, fontName="Helvetica", fontSize=7.5,
                **common)
    c.showPage(); c.save()
    qpdf_flatten(tmp, HERE / f"{stem}.pdf")


# ---------------------------------------------------------------- n36
@cert(nn="n36", style="hospital-inservice", producer="ghostscript",
      layout=["landscape", "letterhead", "series-name-in-title", "attendance-roster-distractor", "half-hour-credit"],
      notes="Health-system laboratory education office; series name 'Microbiology Bench Rounds:' on the title line "
            "is part of the title. 0.5 contact hour. Roster No. and Employee No. are distractors; Session # is the id.",
      name="Imani R. Castellanos-Boyd",
      title="Microbiology Bench Rounds: Rapid Identification by MALDI-TOF Mass Spectrometry",
      date="2026-07-16", credits=0.5, unit="contact hour",
      provider=["Mercy Valley Health System", "Mercy Valley Health System, Clinical Laboratory Education"],
      activity_id="MBR-2026-07")
def n36(stem):
    p = PS(792, 612)
    p.color(0.0, 0.33, 0.42)
    p.font("F-HB", 18); p.text(60, 552, "Mercy Valley Health System")
    p.font("F-H", 11); p.text(60, 536, "Clinical Laboratory Education")
    p.font("F-HO", 9); p.text(732, 552, "Continuing Education Record", "r")
    p.line(60, 524, 732, 524, 1.2)
    p.gray(0)
    p.font("F-P", 28); p.text(396, 470, "Certificate of Attendance", "c")
    p.font("F-PI", 13); p.text(396, 436, "This acknowledges that", "c")
    p.font("F-PB", 24); p.text(396, 402, "Imani R. Castellanos-Boyd, MLS(ASCP)", "c")
    p.font("F-PI", 13); p.text(396, 372, "attended the monthly teaching conference", "c")
    p.font("F-PB", 17); p.text(396, 342, "Microbiology Bench Rounds: Rapid Identification by MALDI-TOF Mass Spectrometry", "c")
    p.font("F-H", 10.5)
    p.text(396, 310, "Session # MBR-2026-07    \u00b7    Thursday, July 16, 2026, 7:30\u20138:00 a.m.    \u00b7    0.5 contact hour", "c")
    p.font("F-H", 8.5)
    p.wrap(146, 276, "Mercy Valley Health System is approved as a provider of continuing education programs in the "
           "clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Credit is awarded in half-hour "
           "increments for attendance documented on the session roster.", 500, 11, "c")
    p.line(90, 150, 300, 150, 0.5); p.line(492, 150, 702, 150, 0.5)
    p.font("F-PI", 15); p.text(195, 156, "Gideon Falk", "c"); p.text(597, 156, "Renata Vasquez", "c")
    p.font("F-H", 8.5)
    p.text(195, 138, "Gideon Falk, MD, PhD", "c"); p.text(195, 127, "Director, Clinical Microbiology", "c")
    p.text(597, 138, "Renata Vasquez, MEd, MLS(ASCP)CM", "c"); p.text(597, 127, "Laboratory Education Coordinator", "c")
    p.font("F-H", 7); p.gray(0.4)
    p.text(60, 60, "Roster No. R-0716-14   \u00b7   Employee No. 558120")
    p.text(732, 60, "MVHS-LAB-CE-02 (01/2026)", "r")
    p.showpage()
    gs_pdf(stem, p.render())


# ---------------------------------------------------------------- n37
@cert(nn="n37", style="adlm", producer="fpdf",
      layout=["landscape", "two-column-label-value", "title-in-quotes", "format-line-above-title", "multi-credit-lines"],
      notes="ADLM on-demand course. Title printed in quotes; 'On-Demand' format line above it. ACCENT 1.0 contact "
            "hour is the lab figure (AMA PRA 0.75 is not). Activity Code is the id; Order No. and printed date "
            "are distractors.",
      name="Wen-Hsuan Liao",
      title="Reducing Inappropriate Vitamin D Testing: A Utilization Management Case Study",
      date="2026-02-03", credits=1.0, unit="contact hour",
      provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="25-LLW-071")
def n37(stem):
    php_pdf(stem, r"""
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(0, 112, 150); $pdf->Rect(0, 0, 792, 60, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(40, 16); $pdf->Cell(120, 28, 'ADLM', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetXY(150, 22); $pdf->Cell(400, 16, t('Association for Diagnostics & Laboratory Medicine'), 0, 0, 'L');
$pdf->SetXY(560, 22); $pdf->Cell(192, 16, 'ADLM Learning Lab', 0, 0, 'R');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Helvetica', 'B', 24); $pdf->SetXY(40, 92); $pdf->Cell(712, 28, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetDrawColor(0, 112, 150); $pdf->SetLineWidth(0.8); $pdf->Line(40, 130, 752, 130);
$lab = array('Learner', 'Course', '', 'Activity Code', 'Completed', 'ACCENT® contact hours', 'AMA PRA Category 1 Credits™', 'Order No.');
$val = array('Wen-Hsuan Liao, PhD, DABCC', 'On-Demand', t('“Reducing Inappropriate Vitamin D Testing: A Utilization Management Case Study”'),
  '25-LLW-071', 'February 3, 2026', '1.0', '0.75', 'ORD-2602-55917');
$y = 156;
for ($i = 0; $i < count($lab); $i++) {
  $pdf->SetFont('Helvetica', 'B', 10.5); $pdf->SetXY(40, $y); $pdf->Cell(210, 18, t($lab[$i]), 0, 0, 'L');
  if ($i == 1) { $pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetTextColor(0, 112, 150); }
  elseif ($i == 2) { $pdf->SetFont('Times', 'B', 15); }
  elseif ($i == 0) { $pdf->SetFont('Times', 'B', 17); }
  else { $pdf->SetFont('Helvetica', '', 11); }
  $pdf->SetXY(260, $y);
  if ($i == 2) { $pdf->MultiCell(470, 18, $val[$i], 0, 'L'); $y = $pdf->GetY() + 8; }
  else { $pdf->Cell(490, 18, $val[$i], 0, 0, 'L'); $y += ($i == 1) ? 14 : 26; }
  $pdf->SetTextColor(20, 20, 20);
}
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(40, $y + 16);
$pdf->MultiCell(712, 11, t('ADLM is approved by the ACCENT® Continuing Education Program to provide continuing education for laboratory professionals. ADLM is accredited by the Accreditation Council for Continuing Medical Education to provide continuing medical education for physicians and designates this enduring material for a maximum of 0.75 AMA PRA Category 1 Credits™. Claim only the credit commensurate with your participation.'), 0, 'L');
$pdf->SetTextColor(20, 20, 20); $pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.5);
$pdf->Line(40, 530, 260, 530);
$pdf->SetFont('Times', 'I', 15); $pdf->SetXY(40, 510); $pdf->Cell(220, 18, 'Kendra Oyelaran', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetXY(40, 534); $pdf->Cell(220, 11, 'Kendra Oyelaran, PhD, DABCC - Chief Learning Officer', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(120, 120, 120); $pdf->SetXY(560, 570); $pdf->Cell(192, 9, 'Printed 02/04/2026', 0, 0, 'R');
$pdf->Output('F', '@OUT@');
""", "fpdf")


# ---------------------------------------------------------------- n38
@cert(nn="n38", style="university-ceu", producer="ghostscript",
      layout=["portrait", "centred-award", "one-paragraph", "seal", "ceu"],
      notes="College centre for continuing education; the award is written as one paragraph with 0.6 CEU "
            "(points 6). Provider is the college plus 'College, Center'. Transcript No. is a distractor; Course "
            "No. is the id.",
      name="Rhiannon E. Galloway",
      title="Phlebotomy Instructor Development Workshop",
      date="2026-05-09", credits=0.6, unit="CEU",
      provider=["Brightwater College of Health Sciences",
                "Brightwater College of Health Sciences, Center for Continuing Education"],
      activity_id="CE-PHB-210")
def n38(stem):
    p = PS(612, 792)
    p.color(0.15, 0.2, 0.45); p.rect(40, 40, 532, 712, lw=1.5)
    p.circle(306, 668, 40, 2); p.circle(306, 668, 33, 0.7)
    p.font("F-HB", 9); p.text(306, 672, "BCHS", "c"); p.font("F-H", 6); p.text(306, 661, "EST. 1968", "c")
    p.font("F-B", 20); p.text(306, 596, "Brightwater College of Health Sciences", "c")
    p.font("F-I", 12); p.text(306, 578, "Center for Continuing Education", "c")
    p.gray(0)
    p.font("F-R", 30); p.text(306, 512, "Certificate of Completion", "c")
    p.font("F-R", 13)
    y = p.wrap(100, 458, "This is to certify that Rhiannon E. Galloway, PBT(ASCP) has completed the "
               "Phlebotomy Instructor Development Workshop (Course No. CE-PHB-210) on May 9, 2026, and is "
               "awarded 0.6 Continuing Education Units (CEU).", 412, 19, "c")
    p.font("F-H", 8.5)
    p.wrap(100, y - 20, "One CEU is awarded for each ten contact hours of instruction. This is a non-credit record "
           "maintained by the Center for Continuing Education.", 412, 11, "c")
    p.line(110, 200, 290, 200, 0.5); p.line(322, 200, 502, 200, 0.5)
    p.font("F-ZC", 17); p.text(200, 206, "Anita Kowalski", "c"); p.text(412, 206, "Desmond Achterberg", "c")
    p.font("F-H", 8.5)
    p.text(200, 188, "Anita Kowalski, EdD", "c"); p.text(200, 177, "Director, Center for Continuing Education", "c")
    p.text(412, 188, "Desmond Achterberg, MS, PBT(ASCP)", "c"); p.text(412, 177, "Workshop Instructor", "c")
    p.font("F-H", 7); p.gray(0.4); p.text(306, 64, "Transcript No. BC-CE-26-2291   \u00b7   Issued May 12, 2026", "c")
    p.showpage()
    gs_pdf(stem, p.render())


# ---------------------------------------------------------------- n39
@cert(nn="n39", style="vendor-training", producer="chromium",
      layout=["landscape", "stacked-cards", "format-line-above-title", "meeting-id-distractor"],
      notes="Diagnostics company webinar. 'Live Webinar' format line above the title. Zoom meeting ID and "
            "Registration No. are distractors; Webinar ID is the id. 1.0 P.A.C.E. contact hour.",
      name="Desmond K. Ofori-Atta",
      title="Syndromic PCR Panels: Result Interpretation and Antimicrobial Stewardship",
      date="2026-05-14", credits=1.0, unit="contact hour",
      provider=["Stellate Molecular, Inc.", "Stellate Molecular"], activity_id="SM-WEB-2605")
def n39(stem):
    chromium_pdf(stem, """<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: letter landscape; margin: 0.45in; }
body { font-family: 'Liberation Sans', sans-serif; color:#202020; margin:0; }
.hdr { display:flex; justify-content: space-between; align-items:flex-end; border-bottom: 4px solid #6c2bd9; padding-bottom: 8px; }
.brand { font: bold 24pt 'Liberation Sans'; color:#6c2bd9; }
.brand span { display:block; font: normal 10pt 'Liberation Sans'; color:#555; }
.kind { font-size: 10pt; color:#555; text-align:right; }
h1 { font: normal 30pt 'Liberation Serif'; margin: 30px 0 6px; }
.intro { color:#444; font-size: 12pt; }
.name { font: bold 24pt 'Liberation Serif'; margin: 8px 0 16px; }
.cards { display:flex; flex-direction: column; gap: 12px; }
.card.details .kv { display:flex; flex-wrap: wrap; gap: 4px 34px; }
.card { flex: 1; border: 1px solid #d8cdf3; border-radius: 8px; padding: 14px 16px; background: #faf8ff; }
.card h3 { margin: 0 0 8px; font-size: 8.5pt; color:#6c2bd9; letter-spacing: 1px; }
.fmt { font-size: 9pt; font-weight: bold; color:#6c2bd9; margin-bottom: 4px; }
.ttl { font: bold 15pt 'Liberation Serif'; line-height: 1.3; }
.kv { font-size: 10.5pt; line-height: 1.75; }
.stmt { font-size: 8pt; color:#555; margin-top: 18px; line-height: 1.4; }
.sig { margin-top: 18px; font-size: 8.5pt; }
.sig .s { font: italic 15pt 'URW Bookman'; }
</style></head><body>
<div class="hdr"><div class="brand">Stellate Molecular<span>Stellate Molecular, Inc. · Medical Education</span></div>
<div class="kind">Continuing Education<br>Certificate</div></div>
<h1>Certificate of Participation</h1>
<div class="intro">Awarded to</div>
<div class="name">Desmond K. Ofori-Atta, MB(ASCP)CM</div>
<div class="cards">
<div class="card"><h3>EDUCATION ACTIVITY</h3><div class="fmt">Live Webinar</div>
<div class="ttl">Syndromic PCR Panels: Result Interpretation and Antimicrobial Stewardship</div></div>
<div class="card details"><h3>DETAILS</h3><div class="kv"><span>Webinar ID: SM-WEB-2605</span><span>Date: May 14, 2026</span>
<span>Credit: 1.0 P.A.C.E.® contact hour</span><span>Zoom meeting ID: 884 2210 9931</span><span>Registration No.: 55-30917</span></div></div>
</div>
<div class="stmt">Stellate Molecular, Inc. is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.® Program. This educational activity is non-promotional; product names are used for
identification only.</div>
<div class="sig"><div class="s">Yvette Laurendeau</div>Yvette Laurendeau, PhD — Director, Medical Education</div>
</body></html>""")


# ---------------------------------------------------------------- n40
@cert(nn="n40", style="ascls-pace", producer="reportlab",
      layout=["portrait", "centred-award", "long-title-three-lines", "two-pages", "transcript-line", "border"],
      notes="P.A.C.E.-approved education company; title wraps onto three centred lines. Page 2 holds the "
            "accreditation statement and a transcript line (which repeats the credit). Certificate serial and "
            "Verification code are distractors; P.A.C.E. course number is the id.",
      name="Chloé M. Desrosiers-Park",
      title="Beyond the Reference Interval: Applying Patient-Based Real-Time Quality Control, Delta Checks, and "
            "Autoverification Rules to Reduce Reporting Errors in a High-Volume Core Laboratory",
      date="2026-06-03", credits=2.0, unit="contact hour",
      provider=["Summit Laboratory Education Group", "SLEG"], activity_id="418-177-26")
def n40(stem):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for nm, fn in (("DVSerif", "DejaVuSerif.ttf"), ("DVSerif-B", "DejaVuSerif-Bold.ttf"),
                   ("DVSerif-I", "DejaVuSerif-Italic.ttf"), ("DVSans", "DejaVuSans.ttf")):
        try:
            pdfmetrics.getFont(nm)
        except KeyError:
            pdfmetrics.registerFont(TTFont(nm, f"/usr/share/fonts/truetype/dejavu/{fn}"))
    W, H = letter
    c = rl_canvas.Canvas(str(HERE / f"{stem}.pdf"), pagesize=letter)
    c.setTitle("SLEG certificate")
    slate = HexColor("#2e4053")
    c.setStrokeColor(slate); c.setLineWidth(8); c.rect(24, 24, W - 48, H - 48)
    c.setLineWidth(1); c.rect(38, 38, W - 76, H - 76)
    c.setFillColor(slate); c.setFont("DVSans", 11)
    c.drawCentredString(W / 2, H - 84, "SUMMIT LABORATORY EDUCATION GROUP")
    c.setFont("DVSans", 8.5); c.drawCentredString(W / 2, H - 98, "Summit Laboratory Education Group (SLEG) \u00b7 P.A.C.E.\u00ae Provider")
    c.setFillColor(black); c.setFont("DVSerif", 30); c.drawCentredString(W / 2, H - 160, "Certificate of Completion")
    c.setFont("DVSerif-I", 12.5); c.drawCentredString(W / 2, H - 200, "presented to")
    c.setFont("DVSerif-B", 22); c.drawCentredString(W / 2, H - 232, "Chloé M. Desrosiers-Park, MLS(ASCP)CM")
    c.setFont("DVSerif-I", 12.5); c.drawCentredString(W / 2, H - 266, "for successfully completing the case-based course")
    y = rl_center_wrap(c, "Beyond the Reference Interval: Applying Patient-Based Real-Time Quality Control, Delta "
                       "Checks, and Autoverification Rules to Reduce Reporting Errors in a High-Volume Core Laboratory",
                       "DVSerif-B", 14.5, W / 2, H - 296, 420, 19)
    c.setFont("DVSans", 10.5)
    c.drawCentredString(W / 2, y - 16, "Date of completion: June 3, 2026")
    c.drawCentredString(W / 2, y - 32, "P.A.C.E.\u00ae course number: 418-177-26")
    c.setFont("DVSerif-B", 15); c.drawCentredString(W / 2, y - 62, "2.0 P.A.C.E.\u00ae contact hours")
    c.setStrokeColor(black); c.setLineWidth(0.5); c.line(W / 2 - 120, 170, W / 2 + 120, 170)
    c.setFont("DVSerif-I", 16); c.drawCentredString(W / 2, 176, "Anneliese Okafor")
    c.setFont("DVSans", 8.5); c.drawCentredString(W / 2, 158, "Anneliese Okafor, MS, MLS(ASCP)SC")
    c.drawCentredString(W / 2, 147, "Program Director, Summit Laboratory Education Group")
    c.setFont("DVSans", 7); c.drawString(54, 54, "Certificate serial 26-060311-0442")
    c.drawRightString(W - 54, 54, "Page 1 of 2")
    c.showPage()
    c.setFont("DVSerif-B", 14); c.drawString(72, H - 90, "Accreditation statement")
    rl_left_wrap(c, "Summit Laboratory Education Group is approved as a provider of continuing education programs in "
                 "the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This intermediate-level course "
                 "is approved for 2.0 P.A.C.E.\u00ae contact hours. Certificates are issued only after the learner "
                 "passes the final assessment (minimum score 80%) and submits the course evaluation.",
                 "DVSans", 10, 72, H - 116, W - 144, 14)
    c.setFont("DVSerif-B", 12); c.drawString(72, H - 220, "Transcript line")
    c.setFont("Courier", 8.5)
    c.drawString(72, H - 240, "2026-06-03  418-177-26  Beyond the Reference Interval (PBRTQC/autoverification)  2.0 CH")
    c.setFont("DVSans", 8.5)
    c.drawString(72, H - 270, "Verification code: V7K-22Q-90L  \u00b7  Verify at the SLEG learner portal.")
    c.setFont("DVSans", 7); c.drawRightString(W - 54, 54, "Page 2 of 2")
    c.showPage(); c.save()


def main():
    only = set(sys.argv[1:])
    for gold, fn in CERTS:
        nn = gold["nn"]
        if only and nn not in only:
            continue
        fn(nn)
        g = {k: v for k, v in gold.items() if k != "nn"}
        g["points"] = round(g["credits"] * 10, 2) if g["unit"] == "CEU" else g["credits"]
        order = ["style", "producer", "layout", "notes", "name", "title", "date", "credits", "unit",
                 "points", "provider", "activity_id"]
        g = {k: g[k] for k in order}
        (HERE / f"{nn}.gold.json").write_text(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
        print("built", nn, g["producer"])


if __name__ == "__main__":
    main()
