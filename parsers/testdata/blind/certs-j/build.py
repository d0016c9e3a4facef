#!/usr/bin/python3
"""Generator for the blind certificate test set (prefix j).

Every certificate is rendered by its own function below; the producer named in
its gold record is the tool that actually writes the PDF.  Sources (HTML, PHP,
PostScript, DOCX, FODT, ReportLab form PDFs) are written to src/.

Run:  /usr/bin/python3 build.py            (all)
      /usr/bin/python3 build.py 3 17       (only j03 and j17)
"""
import os, sys, json, subprocess, shutil, html, glob

DIR = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(DIR, 'src')
PREFIX = 'j'
CERTS = []

from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY

_TTF = {
    'DejaVuSerif': 'dejavu/DejaVuSerif.ttf', 'DejaVuSerif-Bold': 'dejavu/DejaVuSerif-Bold.ttf',
    'DejaVuSerif-Italic': 'dejavu/DejaVuSerif-Italic.ttf', 'DejaVuSans': 'dejavu/DejaVuSans.ttf',
    'DejaVuSans-Bold': 'dejavu/DejaVuSans-Bold.ttf', 'DejaVuSansCond': 'dejavu/DejaVuSansCondensed.ttf',
    'DejaVuSansCond-Bold': 'dejavu/DejaVuSansCondensed-Bold.ttf',
    'LibSerif': 'liberation/LiberationSerif-Regular.ttf', 'LibSerif-Bold': 'liberation/LiberationSerif-Bold.ttf',
    'LibSerif-Italic': 'liberation/LiberationSerif-Italic.ttf', 'LibSans': 'liberation/LiberationSans-Regular.ttf',
    'LibSans-Bold': 'liberation/LiberationSans-Bold.ttf', 'LibSans-Oblique': 'liberation/LiberationSans-Italic.ttf', 'LibNarrow': 'liberation/LiberationSansNarrow-Regular.ttf',
    'LibNarrow-Bold': 'liberation/LiberationSansNarrow-Bold.ttf',
}
for _n, _p in _TTF.items():
    pdfmetrics.registerFont(TTFont(_n, '/usr/share/fonts/truetype/' + _p))


def cert(num, producer, style, layout, notes, name, title, date, credits, unit, provider, activity_id):
    """Register a certificate: gold facts + its render function."""
    assert unit in ('contact hour', 'CMLE', 'CE hour', 'CEU'), unit
    points = round(credits * 10, 2) if unit == 'CEU' else credits

    def deco(fn):
        CERTS.append(dict(num=num, fn=fn, gold=dict(
            style=style, producer=producer, layout=layout, notes=notes, name=name, title=title,
            date=date, credits=credits, unit=unit, points=points, provider=provider,
            activity_id=activity_id)))
        return fn
    return deco


def stem(num):
    return '%s%02d' % (PREFIX, num)


def out_pdf(num):
    return os.path.join(DIR, stem(num) + '.pdf')


def src(num, ext):
    return os.path.join(SRC, stem(num) + ext)


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError('command failed: %s\n%s\n%s' % (cmd, r.stdout.decode(errors='replace'),
                                                           r.stderr.decode(errors='replace')))
    return r


# ----------------------------------------------------------------- producers
def chromium_pdf(num, html_text):
    p = src(num, '.html')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(html_text)
    prof = os.path.join(DIR, '.chromium-profile')
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--user-data-dir=' + prof, '--print-to-pdf=' + out_pdf(num), 'file://' + p])


def soffice_pdf(num, srcpath):
    prof = 'file://' + os.path.join(DIR, '.soffice-profile')
    tmpd = os.path.join(SRC, '_lo_out')
    os.makedirs(tmpd, exist_ok=True)
    run(['soffice', '-env:UserInstallation=' + prof, '--headless', '--convert-to', 'pdf',
         '--outdir', tmpd, srcpath])
    base = os.path.splitext(os.path.basename(srcpath))[0]
    shutil.move(os.path.join(tmpd, base + '.pdf'), out_pdf(num))


def php_pdf(num, code, encoding='utf-8'):
    """code must write the PDF to the path in $argv[1]."""
    p = src(num, '.php')
    with open(p, 'w', encoding=encoding) as f:
        f.write(code)
    run(['php', p, out_pdf(num)])


def fpdf_pdf(num, body):
    code = ("<?php\nrequire('/usr/share/php/fpdf/fpdf.php');\n" + body +
            "\n$pdf->Output('F', $argv[1]);\n")
    php_pdf(num, code, encoding='cp1252')


def tcpdf_pdf(num, body):
    code = ("<?php\nrequire_once('/usr/share/php/tcpdf/tcpdf.php');\n" + body +
            "\n$pdf->Output($argv[1], 'F');\n")
    php_pdf(num, code)


def phpq(s):
    """PHP single-quoted literal."""
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


# PostScript: ISO Latin-1 re-encoding with a few fixes (hyphen, quotesingle)
# and typographic glyphs parked in the unused 0x80 block.
PS_EXTRA = {'\u201c': 0x80, '\u201d': 0x81, '\u2013': 0x82, '\u2014': 0x83, '\u2122': 0x84,
            '\u2019': 0x85, '\u2018': 0x86, '\u2022': 0x87}
PS_PRELUDE = r"""%!PS-Adobe-3.0
%%Pages: 1
/reenc { % newname basefont
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding ISOLatin1Encoding 256 array copy
      dup 16#2D /hyphen put dup 16#27 /quotesingle put dup 16#60 /grave put
      dup 16#80 /quotedblleft put dup 16#81 /quotedblright put dup 16#82 /endash put
      dup 16#83 /emdash put dup 16#84 /trademark put dup 16#85 /quoteright put
      dup 16#86 /quoteleft put dup 16#87 /bullet put
    def
    currentdict
  end definefont pop
} def
/TR /Times-Roman reenc  /TB /Times-Bold reenc  /TI /Times-Italic reenc  /TBI /Times-BoldItalic reenc
/HR /Helvetica reenc  /HB /Helvetica-Bold reenc  /HO /Helvetica-Oblique reenc
/PR /Palatino-Roman reenc  /PB /Palatino-Bold reenc  /PI /Palatino-Italic reenc
/BR /Bookman-Light reenc  /BD /Bookman-Demi reenc  /NR /NewCenturySchlbk-Roman reenc
/NB /NewCenturySchlbk-Bold reenc  /NI /NewCenturySchlbk-Italic reenc
/CR /Courier reenc /CB /Courier-Bold reenc
/F { exch findfont exch scalefont setfont } def            % /font size F
/L { moveto show } def                                        % (s) x y L
/C { moveto dup stringwidth pop 2 div neg 0 rmoveto show } def % (s) cx y C
/R { moveto dup stringwidth pop neg 0 rmoveto show } def      % (s) rx y R
/SC { % (s) cx y spacing SC : letter-spaced centred
  /sp exch def moveto dup stringwidth pop 1 index length 1 sub sp mul add 2 div neg 0 rmoveto
  sp 0 3 -1 roll ashow } def
/BOX { % x y w h BOX (stroke)
  4 dict begin /h exch def /w exch def /y exch def /x exch def
  newpath x y moveto w 0 rlineto 0 h rlineto w neg 0 rlineto closepath stroke end } def
"""


def pss(s):
    """PostScript string literal in the encoding above."""
    out = []
    for ch in s:
        if ch in '()\\':
            out.append('\\' + ch)
        elif ch in PS_EXTRA:
            out.append('\\%03o' % PS_EXTRA[ch])
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        elif 160 <= ord(ch) < 256:
            out.append('\\%03o' % ord(ch))
        else:
            raise ValueError('char not encodable for PS: %r' % ch)
    return '(' + ''.join(out) + ')'


PS_FONTS = {'TR': 'Times-Roman', 'TB': 'Times-Bold', 'TI': 'Times-Italic', 'TBI': 'Times-BoldItalic',
            'HR': 'Helvetica', 'HB': 'Helvetica-Bold', 'HO': 'Helvetica-Oblique',
            'PR': 'Times-Roman', 'PB': 'Times-Bold', 'PI': 'Times-Italic',
            'BR': 'Times-Roman', 'BD': 'Times-Bold', 'NR': 'Times-Roman', 'NB': 'Times-Bold',
            'NI': 'Times-Italic', 'CR': 'Courier', 'CB': 'Courier-Bold'}


def wrap(text, font, size, width):
    """Greedy word wrap using ReportLab metrics (approximate for non-Times/Helvetica PS fonts)."""
    fname = PS_FONTS.get(font, font)
    words, lines, cur = text.split(), [], ''
    for w in words:
        t = (cur + ' ' + w).strip()
        if stringWidth(t, fname, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def ps_pdf(num, body, pages=1, size=(612, 792)):
    p = src(num, '.ps')
    w, h = size
    with open(p, 'w', encoding='latin-1') as f:
        f.write(PS_PRELUDE.replace('%%Pages: 1', '%%%%Pages: %d\n%%%%DocumentMedia: cert %d %d 0 () ()'
                                   % (pages, w, h)))
        f.write('<< /PageSize [%d %d] >> setpagedevice\n' % (w, h))
        f.write(body)
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
         '-dDEVICEWIDTHPOINTS=%d' % w, '-dDEVICEHEIGHTPOINTS=%d' % h, '-dFIXEDMEDIA',
         '-sOutputFile=' + out_pdf(num), p])


def flatten_form(num, form_pdf):
    run(['qpdf', '--generate-appearances', '--flatten-annotations=all', form_pdf, out_pdf(num)])


# ----------------------------------------------------------------- RL helpers
def rl_spaced(c, text, cx, y, font, size, space):
    """Centred, letter-spaced string."""
    w = stringWidth(text, font, size) + space * (len(text) - 1)
    t = c.beginText(cx - w / 2, y)
    t.setFont(font, size)
    t.setCharSpace(space)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


def rl_para(c, text, x, y_top, width, style):
    """Draw a Paragraph with its top at y_top; returns bottom y."""
    p = Paragraph(text, style)
    _, h = p.wrap(width, 1000)
    p.drawOn(c, x, y_top - h)
    return y_top - h


def rl_seal(c, cx, cy, r, label_top, label_mid, color=colors.HexColor('#8a6d1d')):
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(2)
    c.circle(cx, cy, r)
    c.setLineWidth(0.7)
    c.circle(cx, cy, r - 5)
    c.circle(cx, cy, r - 18)
    # ticks around the rim
    import math
    for i in range(48):
        a = 2 * math.pi * i / 48
        c.line(cx + (r - 5) * math.cos(a), cy + (r - 5) * math.sin(a),
               cx + (r - 9) * math.cos(a), cy + (r - 9) * math.sin(a))
    c.setFont('Times-Bold', 9)
    c.drawCentredString(cx, cy + 3, label_top)
    c.setFont('Times-Roman', 7)
    c.drawCentredString(cx, cy - 8, label_mid)
    c.restoreState()


def html_page(css, body):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>\n' + css +
            '\n</style></head><body>\n' + body + '\n</body></html>\n')


def esc(s):
    return html.escape(s, quote=False)


def xesc(s):
    return html.escape(s, quote=True)


# =================================================================== j01
@cert(1, 'reportlab', 'ascp-cmle', ['landscape', 'centred-award', 'double-border', 'seal',
      'letter-spaced-name', 'format-line', 'signature-block'],
      'Letter-spaced mixed-case name with credentials; On-Demand on its own line; issue date and '
      'certificate number are distractors.',
      'Marisol T. Vance', 'Hematology Case Studies: Red Cell Morphology in Hemoglobinopathies',
      '2026-01-14', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'HEM-2611')
def j01(g):
    W, H = landscape(letter)
    c = rl_canvas.Canvas(out_pdf(1), pagesize=(W, H))
    navy = colors.HexColor('#1b2f5b')
    c.setStrokeColor(navy)
    c.setLineWidth(4)
    c.rect(24, 24, W - 48, H - 48)
    c.setLineWidth(1)
    c.rect(34, 34, W - 68, H - 68)
    c.setFillColor(navy)
    c.setFont('Helvetica-Bold', 30)
    c.drawCentredString(W / 2, H - 92, 'ASCP')
    c.setFont('Helvetica', 11)
    c.drawCentredString(W / 2, H - 110, 'American Society for Clinical Pathology')
    c.setFont('Times-Bold', 28)
    c.drawCentredString(W / 2, H - 160, 'Certificate of Completion')
    c.setFillColor(colors.black)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 192, 'This is to certify that')
    rl_spaced(c, 'Marisol T. Vance, MLS(ASCP)CM', W / 2, H - 230, 'Times-Bold', 24, 3)
    c.setLineWidth(0.5)
    c.line(W / 2 - 230, H - 240, W / 2 + 230, H - 240)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 264, 'has successfully completed the online course')
    c.setFont('Times-Bold', 17)
    c.drawCentredString(W / 2, H - 292, 'Hematology Case Studies: Red Cell Morphology in Hemoglobinopathies')
    c.setFont('Helvetica-Oblique', 11)
    c.drawCentredString(W / 2, H - 310, 'On-Demand')
    c.setFont('Times-Roman', 13)
    c.drawCentredString(W / 2, H - 340, 'Completed on January 14, 2026, and awarded 1.0 CMLE credit')
    c.setFont('Helvetica', 9.5)
    c.drawCentredString(W / 2, H - 360, 'Course ID: HEM-2611')
    st = ParagraphStyle('s', fontName='Helvetica', fontSize=8, leading=10, alignment=TA_CENTER)
    rl_para(c, 'ASCP is approved as a provider of continuing education programs in the clinical laboratory '
            'sciences by the ASCLS P.A.C.E.&reg; Program. CMLE credit earned through ASCP is accepted by the '
            'ASCP Board of Certification for the Credential Maintenance Program (CMP).',
            W / 2 - 250, H - 378, 500, st)
    # signature
    c.line(110, 112, 300, 112)
    c.setFont('Times-Roman', 11)
    c.drawString(110, 98, 'Edwin R. Castellano, MD')
    c.setFont('Times-Italic', 9.5)
    c.drawString(110, 86, 'Chief Learning Officer')
    rl_seal(c, W - 170, 110, 50, 'ASCP', 'CMLE')
    c.setFont('Helvetica', 7.5)
    c.drawString(50, 46, 'Certificate No. 2026-0114-88231')
    c.drawRightString(W - 50, 46, 'Issued: January 20, 2026')
    c.showPage()
    c.save()


# =================================================================== j02
@cert(2, 'chromium', 'aabb', ['portrait', 'two-column-label-value', 'format-line', 'claimed-vs-maximum'],
      'eCast on its own line under the title in the value cell; 1.5 claimed of 2.0 available; AMA PRA '
      'line says not claimed; member ID and printed-on date are distractors.',
      'Desmond Okafor-Reyes', 'Antibody Identification Strategies: Beyond the Panel', '2026-02-24',
      1.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '26EL-118')
def j02(g):
    css = """
@page { size: letter portrait; margin: 0.6in; }
body { font-family: 'Liberation Sans', sans-serif; color: #222; }
.top { border-bottom: 3px solid #b01c2e; padding-bottom: 10px; }
.logo { font-size: 40px; font-weight: bold; color: #b01c2e; letter-spacing: 1px; }
.org { font-size: 13px; color: #555; }
h1 { font-family: 'Liberation Serif', serif; font-size: 30px; font-weight: normal; margin: 34px 0 6px; }
.sub { font-size: 13px; color: #555; margin-bottom: 26px; }
table.f { border-collapse: collapse; width: 100%; font-size: 14px; }
table.f td { padding: 9px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
table.f td.l { width: 34%; font-weight: bold; color: #444; }
.fmt { font-size: 12px; color: #b01c2e; text-transform: none; margin-top: 3px; }
.acc { font-size: 11px; color: #444; margin-top: 30px; line-height: 1.45; }
.foot { font-size: 10px; color: #888; margin-top: 36px; }
"""
    body = """
<div class="top"><div class="logo">AABB</div>
<div class="org">Association for the Advancement of Blood &amp; Biotherapies</div></div>
<h1>Certificate of Participation</h1>
<div class="sub">Education Program &mdash; record of completed activity</div>
<table class="f">
<tr><td class="l">Participant</td><td>Desmond Okafor-Reyes, MT(ASCP)SBB</td></tr>
<tr><td class="l">AABB Member ID</td><td>004417829</td></tr>
<tr><td class="l">Activity</td><td>Antibody Identification Strategies: Beyond the Panel<div class="fmt">eCast</div></td></tr>
<tr><td class="l">Program No.</td><td>26EL-118</td></tr>
<tr><td class="l">Date Completed</td><td>February 24, 2026</td></tr>
<tr><td class="l">Credits Claimed</td><td>1.5 P.A.C.E.&reg; contact hours (maximum available: 2.0)</td></tr>
<tr><td class="l">AMA PRA Category 1 Credits&trade;</td><td>Not claimed</td></tr>
</table>
<div class="acc">AABB is approved as a provider of continuing education programs in the clinical laboratory
sciences by the ASCLS P.A.C.E.&reg; Program. AABB is accredited by the Accreditation Council for Continuing
Medical Education (ACCME) to provide continuing medical education for physicians. AABB designates this
enduring material for a maximum of 2.0 AMA PRA Category 1 Credits&trade;.</div>
<div class="foot">Printed on March 2, 2026. Retain this certificate for your records; AABB does not issue duplicates after three years.</div>
"""
    chromium_pdf(2, html_page(css, body))


# =================================================================== j03
@cert(3, 'tcpdf', 'cap-joint', ['portrait', 'labels-above-values', 'credit-table', 'two-pages',
      'honorific', 'format-line', 'long-title-wrap'],
      'Dr. prefix and MD, FCAP suffix dropped; Enduring Material on its own line; AMA PRA 2.00 vs '
      'P.A.C.E. 1.75 (lab figure); transcript number distractor; page 2 carries the joint accreditation '
      'statement and a printed date.',
      'Anand R. Khatri', 'Molecular Oncology Testing in Solid Tumors: Pre-Analytic Variables and Specimen '
      'Adequacy', '2025-11-06', 1.75, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAP-QP-2509')
def j03(g):
    body = r"""
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(60, 50, 60); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 61, 121); $pdf->Rect(0, 0, 612, 70, 'F');
$pdf->SetTextColor(255,255,255);
$pdf->SetFont('helvetica', 'B', 20); $pdf->SetXY(60, 18); $pdf->Cell(0, 20, 'College of American Pathologists', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 11); $pdf->SetX(60); $pdf->Cell(0, 14, 'CAP Learning  |  Continuing Education Transcript Services', 0, 1, 'L');
$pdf->SetTextColor(20,20,20);
$pdf->SetFont('times', 'B', 30); $pdf->SetXY(60, 120); $pdf->Cell(492, 30, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(60, 172); $pdf->Cell(492, 16, 'awarded to', 0, 1, 'C');
$pdf->SetFont('times', 'B', 22); $pdf->SetXY(60, 196); $pdf->Cell(492, 26, 'Dr. Anand R. Khatri, MD, FCAP', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(60, 240); $pdf->Cell(492, 16, 'for successful completion of', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 15); $pdf->SetXY(90, 266);
$pdf->MultiCell(432, 20, 'Molecular Oncology Testing in Solid Tumors: Pre-Analytic Variables and Specimen Adequacy', 0, 'C');
$pdf->SetFont('helvetica', 'I', 10.5); $pdf->SetXY(60, 314); $pdf->Cell(492, 14, 'Enduring Material', 0, 1, 'C');
// labels above values
$cols = array(array('ACTIVITY CODE', 'CAP-QP-2509'), array('COMPLETION DATE', 'November 6, 2025'), array('TRANSCRIPT NO.', 'TR-0091-55713'));
$x = 60;
foreach ($cols as $c) {
  $pdf->SetFont('helvetica', 'B', 8); $pdf->SetTextColor(0,61,121); $pdf->SetXY($x, 370); $pdf->Cell(164, 12, $c[0], 0, 0, 'C');
  $pdf->SetFont('helvetica', '', 12); $pdf->SetTextColor(20,20,20); $pdf->SetXY($x, 384); $pdf->Cell(164, 16, $c[1], 'T', 0, 'C');
  $x += 164;
}
$pdf->SetFont('helvetica', 'B', 11); $pdf->SetXY(60, 440); $pdf->Cell(492, 16, 'Credit awarded', 0, 1, 'L');
$tbl = '<table border="1" cellpadding="5"><tr style="background-color:#e8eef5;"><th width="340"><b>Credit type</b></th><th width="152" align="center"><b>Amount</b></th></tr>'
 . '<tr><td>AMA PRA Category 1 Credits&trade;</td><td align="center">2.00</td></tr>'
 . '<tr><td>ASCLS P.A.C.E.&reg; contact hours (laboratory professionals)</td><td align="center">1.75</td></tr></table>';
$pdf->SetFont('helvetica', '', 10.5); $pdf->SetXY(60, 460); $pdf->writeHTML($tbl, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 9); $pdf->SetXY(60, 560);
$pdf->MultiCell(492, 12, 'Physicians should claim only the credit commensurate with the extent of their participation in the activity. See page 2 for accreditation and designation statements.', 0, 'L');
$pdf->Line(60, 680, 250, 680);
$pdf->SetFont('times', '', 11); $pdf->SetXY(60, 684); $pdf->Cell(200, 14, 'Lorraine B. Whitacre, MD, FCAP', 0, 1, 'L');
$pdf->SetFont('times', 'I', 9.5); $pdf->SetX(60); $pdf->Cell(200, 12, 'Chair, Council on Education', 0, 1, 'L');
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 14); $pdf->SetXY(60, 70); $pdf->Cell(0, 18, 'Accreditation and Designation Statements', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10.5); $pdf->SetXY(60, 100);
$pdf->MultiCell(492, 14, "In support of improving patient care, the College of American Pathologists (CAP) is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.\n\nThe CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.\n\nThe CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 1.75 P.A.C.E.® contact hours.", 0, 'L');
$pdf->SetFont('helvetica', '', 8); $pdf->SetXY(60, 740); $pdf->Cell(0, 10, 'Printed 01/12/2026  -  Page 2 of 2', 0, 0, 'L');
"""
    tcpdf_pdf(3, body)


# =================================================================== j04
@cert(4, 'fpdf', 'ascls-pace', ['portrait', 'boxed', 'format-line', 'label-value-lines', 'signature-block'],
      'LIVE WEBINAR printed on its own line above the title; title contains "Safety"; member number '
      'distractor; retain-until year distractor.',
      'Kristen A. Lindqvist', 'Laboratory Safety Update 2026: Chemical Hygiene and Fire Safety', '2026-01-29',
      1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '579-112-26')
def j04(g):
    body = r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(0, 90, 80); $pdf->SetLineWidth(1.2); $pdf->Rect(12, 12, 191.9, 255.4);
$pdf->SetLineWidth(0.3); $pdf->Rect(15, 15, 185.9, 249.4);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetTextColor(0, 90, 80);
$pdf->SetXY(15, 26); $pdf->Cell(185.9, 10, 'ASCLS', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11); $pdf->SetTextColor(60, 60, 60);
$pdf->SetX(15); $pdf->Cell(185.9, 6, 'American Society for Clinical Laboratory Science', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(15, 56); $pdf->Cell(185.9, 12, 'Continuing Education Certificate', 0, 1, 'C');
$pdf->SetFont('Times', '', 12);
$pdf->SetXY(30, 80); $pdf->Cell(40, 8, 'Participant:', 0, 0); $pdf->SetFont('Times', 'B', 14);
$pdf->Cell(120, 8, 'Kristen A. Lindqvist, MLS(ASCP)', 'B', 1);
$pdf->SetFont('Times', '', 12);
$pdf->SetXY(30, 92); $pdf->Cell(40, 8, 'ASCLS Member #:', 0, 0); $pdf->Cell(120, 8, '1188204', 'B', 1);
$pdf->SetFont('Helvetica', 'B', 10); $pdf->SetTextColor(180, 40, 40);
$pdf->SetXY(15, 112); $pdf->Cell(185.9, 6, 'LIVE WEBINAR', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 16); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(30, 120); $pdf->MultiCell(155.9, 8, 'Laboratory Safety Update 2026: Chemical Hygiene and Fire Safety', 0, 'C');
$pdf->SetFont('Times', '', 12);
$rows = array(array('Date of Program:', 'January 29, 2026'), array('P.A.C.E. Course #:', '579-112-26'),
  array('Level of Instruction:', 'Basic'), array('Contact Hours Earned:', '1.0'));
$y = 146;
foreach ($rows as $r) { $pdf->SetXY(45, $y); $pdf->Cell(55, 8, $r[0], 0, 0, 'R'); $pdf->SetFont('Times', 'B', 12);
  $pdf->Cell(80, 8, '  ' . $r[1], 0, 1, 'L'); $pdf->SetFont('Times', '', 12); $y += 9; }
$pdf->SetFont('Times', 'I', 10);
$pdf->SetXY(28, 190);
$pdf->MultiCell(159.9, 5, 'The American Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' . chr(174) . ' Program. One contact hour equals fifty to sixty minutes of instruction.', 0, 'C');
$pdf->SetLineWidth(0.3); $pdf->Line(30, 235, 95, 235); $pdf->Line(120, 235, 185, 235);
$pdf->SetFont('Times', '', 10.5);
$pdf->SetXY(30, 237); $pdf->Cell(65, 5, 'Renee O. Dufresne, MS, MLS(ASCP)', 0, 1, 'C');
$pdf->SetX(30); $pdf->Cell(65, 5, 'P.A.C.E. Program Coordinator', 0, 0, 'C');
$pdf->SetXY(120, 237); $pdf->Cell(65, 5, 'Participant signature', 0, 0, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(90,90,90);
$pdf->SetXY(15, 254); $pdf->Cell(185.9, 4, 'Keep this certificate until December 31, 2029 for audit purposes.', 0, 0, 'C');
"""
    fpdf_pdf(4, body)

# ----------------------------------------------------------------- DOCX / FODT helpers
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

ALIGN = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT,
         'j': WD_ALIGN_PARAGRAPH.JUSTIFY}


def dpar(doc_or_cell, runs, align='c', before=0, after=4, line=None):
    """runs: list of (text, dict(size=, bold=, italic=, font=, color=, caps=, spacing=))"""
    p = doc_or_cell.add_paragraph()
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, o in runs:
        r = p.add_run(text)
        f = r.font
        f.size = Pt(o.get('size', 11))
        f.bold = o.get('bold')
        f.italic = o.get('italic')
        f.name = o.get('font', 'Liberation Serif')
        if 'color' in o:
            f.color.rgb = RGBColor.from_string(o['color'])
        if o.get('spacing'):
            rpr = r._element.get_or_add_rPr()
            sp = OxmlElement('w:spacing')
            sp.set(qn('w:val'), str(int(o['spacing'] * 20)))
            rpr.append(sp)
    return p


def docx_page_border(section, color='1F3864', sz=24, style='double', space=24):
    sectPr = section._sectPr
    b = OxmlElement('w:pgBorders')
    b.set(qn('w:offsetFrom'), 'page')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), style)
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), str(space))
        e.set(qn('w:color'), color)
        b.append(e)
    sectPr.append(b)


def docx_setup(landscape_=False, margins=1.0):
    doc = Document()
    s = doc.sections[0]
    if landscape_:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Inches(11), Inches(8.5)
    else:
        s.page_width, s.page_height = Inches(8.5), Inches(11)
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(s, side, Inches(margins))
    # remove the default empty paragraph spacing from Normal
    st = doc.styles['Normal']
    st.font.name = 'Liberation Serif'
    st.paragraph_format.space_after = Pt(0)
    return doc


def cell_shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), hexcolor)
    tcPr.append(shd)


def cell_text(cell, runs, align='l', before=2, after=2):
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    return dpar(cell, runs, align, before, after)


def docx_save_pdf(num, doc):
    p = src(num, '.docx')
    doc.save(p)
    soffice_pdf(num, p)


FODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" '
           'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
           'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')


def fodt_doc(styles, auto_styles, body, width='8.5in', height='11in', margin='0.75in', border='none',
             padding='0in'):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s>\n'
            '<office:font-face-decls>'
            '<style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'" style:font-family-generic="roman"/>'
            '<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" style:font-family-generic="swiss"/>'
            '<style:font-face style:name="DejaVu Serif" svg:font-family="\'DejaVu Serif\'" style:font-family-generic="roman"/>'
            '<style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'" style:font-family-generic="swiss"/>'
            '<style:font-face style:name="Liberation Sans Narrow" svg:font-family="\'Liberation Sans Narrow\'" style:font-family-generic="swiss"/>'
            '</office:font-face-decls>\n'
            '<office:styles>'
            '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in"/>'
            '<style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '%s</office:styles>\n'
            '<office:automatic-styles>'
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" '
            'style:print-orientation="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" fo:margin-right="%s" '
            'fo:border="%s" fo:padding="%s"/></style:page-layout>'
            '%s</office:automatic-styles>\n'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>\n'
            '<office:body><office:text>\n%s\n</office:text></office:body>\n</office:document>\n'
            % (FODT_NS, styles, width, height, 'landscape' if width > height else 'portrait',
               margin, margin, margin, margin, border, padding, auto_styles, body))


def pstyle(name, size='11pt', align='center', bold=False, italic=False, font='Liberation Serif', color='#000000',
           before='0in', after='0.04in', spacing=None, extra_para='', caps=False):
    tp = 'style:font-name="%s" fo:font-size="%s" fo:color="%s"' % (font, size, color)
    if bold:
        tp += ' fo:font-weight="bold"'
    if italic:
        tp += ' fo:font-style="italic"'
    if spacing:
        tp += ' fo:letter-spacing="%s"' % spacing
    return ('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" '
            'fo:margin-top="%s" fo:margin-bottom="%s" %s/><style:text-properties %s/></style:style>'
            % (name, align, before, after, extra_para, tp))


def fodt_save_pdf(num, xml):
    p = src(num, '.fodt')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(xml)
    soffice_pdf(num, p)


# =================================================================== j05
@cert(5, 'docx', 'labce', ['portrait', 'centred-award', 'detail-table', 'format-line'],
      'Self-Study line under the title; LabCE provider number (363) and order number are distractors; '
      'numeric course number.',
      'Tomasz Wierzbicki', 'Urine Sediment Identification: Casts and Crystals', '2025-12-09', 2.0,
      'contact hour', ['LabCE'], '1437')
def j05(g):
    doc = docx_setup(margins=0.9)
    dpar(doc, [('LabCE', dict(size=30, bold=True, font='Liberation Sans', color='0E6E8C'))], 'l', 0, 0)
    dpar(doc, [('Continuing education for the laboratory professional',
                dict(size=10, italic=True, font='Liberation Sans', color='555555'))], 'l', 0, 30)
    dpar(doc, [('Certificate of Completion', dict(size=28, font='Liberation Serif'))], 'c', 10, 18)
    dpar(doc, [('This certificate is presented to', dict(size=12, italic=True))], 'c', 0, 8)
    dpar(doc, [('Tomasz Wierzbicki', dict(size=24, bold=True))], 'c', 0, 8)
    dpar(doc, [('who has satisfactorily completed the online course', dict(size=12, italic=True))], 'c', 0, 10)
    dpar(doc, [('Urine Sediment Identification: Casts and Crystals', dict(size=17, bold=True, color='0E6E8C'))],
         'c', 0, 2)
    dpar(doc, [('Self-Study', dict(size=10, font='Liberation Sans', color='777777'))], 'c', 0, 26)
    t = doc.add_table(rows=5, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.style = 'Table Grid'
    rows = [('Course Number', '1437'), ('Completion Date', '12/09/2025'), ('Contact Hours', '2.0'),
            ('Level', 'Intermediate'), ('Order #', '7781-22093')]
    for i, (a, b) in enumerate(rows):
        cell_text(t.rows[i].cells[0], [(a, dict(size=11, bold=True, font='Liberation Sans'))])
        cell_shade(t.rows[i].cells[0], 'E6F2F6')
        cell_text(t.rows[i].cells[1], [(b, dict(size=11, font='Liberation Sans'))])
        t.rows[i].cells[0].width = Inches(2.2)
        t.rows[i].cells[1].width = Inches(2.8)
    dpar(doc, [('LabCE is approved as a provider of continuing education programs in the clinical laboratory '
                'sciences by the ASCLS P.A.C.E.\u00ae Program, Provider #363. This course is also approved for '
                'Florida laboratory personnel license renewal. Contact hours are awarded only after the post-test '
                'is passed with a score of 70% or higher.', dict(size=9, font='Liberation Sans', color='444444'))],
         'j', 36, 0)
    docx_save_pdf(5, doc)


# =================================================================== j06
@cert(6, 'reportlab-acroform', 'medialab', ['portrait', 'form-fields-flattened', 'two-column-label-value',
      'header-band'],
      'AcroForm text fields flattened with qpdf; title contains "Safety"; customer number and '
      'expiration date (annual training) are distractors.',
      'Latoya M. Fairbanks', 'Annual Bloodborne Pathogens Safety Training', '2025-08-19', 1.0, 'contact hour',
      ['MediaLab, Inc.'], 'ML-BBP-2025')
def j06(g):
    W, H = letter
    form = src(6, '.form.pdf')
    c = rl_canvas.Canvas(form, pagesize=letter)
    c.setFillColor(colors.HexColor('#4b2e83'))
    c.rect(0, H - 96, W, 96, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 26)
    c.drawString(54, H - 56, 'MediaLab, Inc.')
    c.setFont('Helvetica', 11)
    c.drawString(54, H - 76, 'Compliance & Continuing Education')
    c.setFillColor(colors.black)
    c.setFont('Helvetica-Bold', 22)
    c.drawString(54, H - 150, 'Certificate of Course Completion')
    c.setFont('Helvetica', 10.5)
    c.drawString(54, H - 172, 'The learner named below has completed the following course and passed the exam.')
    labels = [('Learner', 'learner', 'Latoya M. Fairbanks'),
              ('Course Title', 'course', 'Annual Bloodborne Pathogens Safety Training'),
              ('Course ID', 'courseid', 'ML-BBP-2025'),
              ('Date Completed', 'completed', '08/19/2025'),
              ('Credit', 'credit', '1.0 P.A.C.E.\u00ae contact hour'),
              ('Customer No.', 'cust', 'C-209914'),
              ('Training Valid Until', 'valid', '08/19/2026')]
    y = H - 220
    for lab, nm, val in labels:
        c.setFont('Helvetica-Bold', 10.5)
        c.drawString(54, y + 6, lab + ':')
        c.acroForm.textfield(name=nm, value=val, x=190, y=y, width=360, height=22, fontName='Helvetica',
                             fontSize=11.5, borderWidth=0, fillColor=colors.HexColor('#f1eef8'),
                             textColor=colors.black, forceBorder=False)
        y -= 34
    st = ParagraphStyle('s', fontName='Helvetica', fontSize=9, leading=12)
    rl_para(c, 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
            'sciences by the ASCLS P.A.C.E.&reg; Program. This course meets OSHA Bloodborne Pathogens Standard '
            '(29 CFR 1910.1030) annual training requirements.', 54, y - 10, W - 108, st)
    c.setFont('Helvetica-Oblique', 9)
    c.drawString(54, 90, 'Verify this certificate online using the customer number shown above.')
    c.showPage()
    c.save()
    flatten_form(6, form)


# =================================================================== j07
@cert(7, 'ghostscript', 'state-society', ['landscape', 'centred-award', 'double-border', 'all-caps-name',
      'date-range', 'meeting-attendance', 'signature-block'],
      'Meeting attendance without a session title: title is the meeting name; date range April 23-25 '
      '(last day); registration number and issue date are distractors; ALL-CAPS name with Jr.',
      'HAROLD J. PENNINGTON JR.', 'Forty-Fourth Annual Convention', '2026-04-25', 12.5, 'contact hour',
      ['Keystone State Society for Clinical Laboratory Science', 'KSSCLS'], 'KS-2026-AC44')
def j07(g):
    W, H = 792, 612
    b = []
    b.append('0.15 0.25 0.45 setrgbcolor 5 setlinewidth 22 22 748 568 BOX 1.2 setlinewidth 32 32 728 548 BOX')
    b.append('/HB 13 F %s 396 540 2.2 SC' % pss('KEYSTONE STATE SOCIETY FOR CLINICAL LABORATORY SCIENCE'))
    b.append('/HR 10 F %s 396 523 C' % pss('KSSCLS \u2022 Founded 1962'))
    b.append('0 0 0 setrgbcolor /TB 34 F %s 396 466 C' % pss('Certificate of Attendance'))
    b.append('/TI 14 F %s 396 432 C' % pss('This certifies that'))
    b.append('/TB 24 F %s 396 396 C' % pss('HAROLD J. PENNINGTON JR., MT(ASCP)'))
    b.append('0.5 setlinewidth 196 386 moveto 596 386 lineto stroke')
    b.append('/TI 14 F %s 396 360 C' % pss('attended the'))
    b.append('/TB 22 F %s 396 330 C' % pss('Forty-Fourth Annual Convention'))
    b.append('/TR 12.5 F %s 396 308 C' % pss('April 23\u201325, 2026  \u2022  Susquehanna Riverfront Conference Center, Harrisburg'))
    b.append('/TR 14 F %s 396 276 C' % pss('and earned 12.5 P.A.C.E.\u00ae contact hours of continuing education.'))
    b.append('/HR 9.5 F %s 396 254 C' % pss('Event No. KS-2026-AC44          Registration No. 0412'))
    st = ('The Keystone State Society for Clinical Laboratory Science is approved as a provider of continuing '
          'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.')
    y = 228
    for ln in wrap(st, 'TI', 10, 520):
        b.append('/TI 10 F %s 396 %d C' % (pss(ln), y))
        y -= 13
    b.append('0.5 setlinewidth 90 120 moveto 300 120 lineto stroke 492 120 moveto 702 120 lineto stroke')
    b.append('/TR 11 F %s 195 106 C %s 597 106 C' % (pss('Bernadette A. Kowalski, MS, MLS(ASCP)CM'),
                                                  pss('Luis F. Ocampo, MLS(ASCP)')))
    b.append('/TI 10 F %s 195 93 C %s 597 93 C' % (pss('President'), pss('Continuing Education Chair')))
    b.append('/HR 8 F %s 50 44 L' % pss('Issued May 4, 2026'))
    b.append('showpage')
    ps_pdf(7, '\n'.join(b) + '\n', size=(W, H))


# =================================================================== j08
@cert(8, 'fodt', 'hospital-inservice', ['portrait', 'page-border', 'centred-header', 'detail-table',
      'signature-block'],
      'Department issues it: institution alone and "Institution, Department" both gold; title contains '
      '"Orientation"; employee ID and time of day are distractors; no activity number.',
      'Ngozi Eze-Whitfield', 'New Employee Orientation: Specimen Labeling and Patient Identification',
      '2025-09-10', 0.75, 'contact hour',
      ['Riverside Mercy Medical Center', 'Riverside Mercy Medical Center, Department of Laboratory Medicine'], None)
def j08(g):
    styles = ''.join([
        pstyle('Org', '20pt', bold=True, color='#7a1f2b', after='0.02in'),
        pstyle('Dept', '12pt', italic=True, after='0.3in'),
        pstyle('Kind', '10pt', font='Liberation Sans', color='#555555', spacing='0.04in', after='0.05in'),
        pstyle('Big', '26pt', after='0.25in'),
        pstyle('Small', '11.5pt', italic=True, after='0.08in'),
        pstyle('Name', '22pt', bold=True, after='0.15in'),
        pstyle('Title', '15pt', bold=True, color='#7a1f2b', after='0.3in', extra_para='fo:margin-left="0.4in" fo:margin-right="0.4in"'),
        pstyle('Cell', '10.5pt', align='start', font='Liberation Sans'),
        pstyle('CellB', '10.5pt', align='start', font='Liberation Sans', bold=True),
        pstyle('Stmt', '9pt', align='justify', font='Liberation Sans', before='0.3in', color='#333333'),
        pstyle('Sig', '11pt', align='start', before='0.6in'),
        pstyle('SigT', '9.5pt', align='start', italic=True),
    ])
    auto = ('<style:style style:name="T1" style:family="table"><style:table-properties style:width="5.6in" table:align="center"/></style:style>'
            '<style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="1.9in"/></style:style>'
            '<style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="3.7in"/></style:style>'
            '<style:style style:name="T1.c" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border-bottom="0.5pt solid #999999"/></style:style>')
    rows = [('Date', 'September 10, 2025'), ('Time', '07:30 \u2013 08:15'), ('Location', 'Pathology Conference Room 3B'),
            ('Presenter', 'Gloria Stanek, MLS(ASCP)CM, Education Coordinator'), ('Employee ID', '40022871'),
            ('Contact hours', '0.75')]
    trs = ''.join('<table:table-row><table:table-cell table:style-name="T1.c"><text:p text:style-name="CellB">%s</text:p></table:table-cell>'
                  '<table:table-cell table:style-name="T1.c"><text:p text:style-name="Cell">%s</text:p></table:table-cell></table:table-row>'
                  % (xesc(a), xesc(b)) for a, b in rows)
    body = ('<text:p text:style-name="Org">Riverside Mercy Medical Center</text:p>'
            '<text:p text:style-name="Dept">Department of Laboratory Medicine</text:p>'
            '<text:p text:style-name="Kind">IN-SERVICE EDUCATION</text:p>'
            '<text:p text:style-name="Big">Certificate of Attendance</text:p>'
            '<text:p text:style-name="Small">presented to</text:p>'
            '<text:p text:style-name="Name">Ngozi Eze-Whitfield, MLT(ASCP)</text:p>'
            '<text:p text:style-name="Small">for attending the in-service</text:p>'
            '<text:p text:style-name="Title">New Employee Orientation: Specimen Labeling and Patient Identification</text:p>'
            '<table:table table:name="T1" table:style-name="T1"><table:table-column table:style-name="T1.A"/>'
            '<table:table-column table:style-name="T1.B"/>' + trs + '</table:table>'
            '<text:p text:style-name="Stmt">Riverside Mercy Medical Center, Department of Laboratory Medicine, is approved as a '
            'provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. '
            'Attendance was recorded on the sign-in roster kept by the laboratory education office.</text:p>'
            '<text:p text:style-name="Sig">______________________________</text:p>'
            '<text:p text:style-name="Cell">Harriet L. Osei, MD</text:p>'
            '<text:p text:style-name="SigT">Medical Director, Clinical Laboratories</text:p>')
    fodt_save_pdf(8, fodt_doc(styles, auto, body, border='2.5pt double #7a1f2b', padding='0.3in', margin='0.5in'))


# =================================================================== j09
@cert(9, 'chromium', 'joint-accreditation-cme', ['landscape', 'header-band', 'credit-table',
      'designated-vs-claimed', 'series-title'],
      'Grand Rounds series name before the colon is part of the title; AMA/ANCC/ACPE 1.25 vs P.A.C.E. 1.5 '
      '(lab figure, claimed); ACPE UAN, learner ID and generated date are distractors.',
      'Priya Natarajan', 'Grand Rounds: Antimicrobial Stewardship and the Microbiology Laboratory', '2025-10-16',
      1.5, 'contact hour',
      ['Lakeshore Academic Health System',
       'Lakeshore Academic Health System, Office of Continuing Professional Development'], 'JA-25-0412')
def j09(g):
    css = """
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1d2430; }
.band { background: #0f4c5c; color: #fff; padding: 22px 48px; display: flex; justify-content: space-between; align-items: center; }
.band .o { font-size: 22px; font-weight: bold; }
.band .d { font-size: 13px; opacity: .9; margin-top: 3px; }
.badge { border: 2px solid #fff; padding: 6px 10px; font-size: 10px; text-align: center; line-height: 1.3; }
.main { padding: 20px 48px 0; }
h1 { font-family: 'DejaVu Serif', serif; font-weight: normal; font-size: 28px; margin: 6px 0 10px; }
.nm { font-size: 24px; font-weight: bold; margin: 4px 0; }
.lbl { font-size: 12px; color: #555; }
.tt { font-size: 17px; font-weight: bold; color: #0f4c5c; margin: 4px 0 6px; }
.meta { font-size: 12px; margin-bottom: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border: 1px solid #b9c4cc; padding: 5px 8px; text-align: left; }
th { background: #e3edf0; }
td.n { text-align: center; width: 110px; }
.st { font-size: 9.5px; color: #333; margin-top: 10px; line-height: 1.35; }
.ft { font-size: 9px; color: #777; margin-top: 8px; }
"""
    body = """
<div class="band"><div><div class="o">Lakeshore Academic Health System</div>
<div class="d">Office of Continuing Professional Development</div></div>
<div class="badge">JOINTLY ACCREDITED PROVIDER&trade;<br>INTERPROFESSIONAL CONTINUING EDUCATION</div></div>
<div class="main">
<h1>Certificate of Attendance</h1>
<div class="lbl">This certifies that</div>
<div class="nm">Priya Natarajan, MLS(ASCP)<sup>CM</sup></div>
<div class="lbl">participated in the live activity</div>
<div class="tt">Grand Rounds: Antimicrobial Stewardship and the Microbiology Laboratory</div>
<div class="meta">Date: October 16, 2025 &nbsp;|&nbsp; Activity ID: JA-25-0412 &nbsp;|&nbsp; Format: Live (in person and virtual), 75 minutes &nbsp;|&nbsp; Learner ID: 330918</div>
<table>
<tr><th>Credit type</th><th>Designated (maximum)</th><th>Claimed by learner</th></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td class="n">1.25</td><td class="n">&mdash;</td></tr>
<tr><td>ANCC nursing contact hours</td><td class="n">1.25</td><td class="n">&mdash;</td></tr>
<tr><td>ACPE contact hours (UAN JA4008163-0000-25-112-L04-P)</td><td class="n">1.25</td><td class="n">&mdash;</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours (clinical laboratory sciences)</td><td class="n">1.5</td><td class="n">1.5</td></tr>
</table>
<div class="st">In support of improving patient care, Lakeshore Academic Health System is jointly accredited by the Accreditation
Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American
Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Lakeshore Academic Health System
designates this live activity for a maximum of 1.25 AMA PRA Category 1 Credits&trade;. Physicians should claim only the credit
commensurate with the extent of their participation in the activity. Lakeshore Academic Health System is approved as a provider
of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div>
<div class="ft">Certificate generated 10/21/2025 from the learner portal.</div>
</div>
"""
    chromium_pdf(9, html_page(css, body))


# =================================================================== j10
@cert(10, 'tcpdf', 'university-ceu', ['landscape', 'centred-award', 'border', 'letter-spaced-header',
      'date-range', 'signature-block'],
      'CEU unit (3.2 CEU = 32 points); course ran January 6 through March 2, 2026 (last day); title '
      'contains "Program"; certificate number and date of issue are distractors.',
      'Colleen R. Mahoney', 'Clinical Microbiology Refresher Program', '2026-03-02', 3.2, 'CEU',
      ['Northgate State University', 'Northgate State University, Division of Continuing Studies'], 'CLS-CE 4105')
def j10(g):
    body = r"""
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false);
$pdf->SetMargins(0, 0, 0);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 6, 'color' => array(92, 20, 30))); $pdf->Rect(20, 20, 752, 572);
$pdf->SetLineStyle(array('width' => 0.8, 'color' => array(160, 130, 60))); $pdf->Rect(32, 32, 728, 548);
$pdf->SetTextColor(92, 20, 30);
$pdf->SetFont('times', 'B', 22); $pdf->setFontSpacing(2.5);
$pdf->SetXY(40, 62); $pdf->Cell(712, 26, 'NORTHGATE STATE UNIVERSITY', 0, 1, 'C');
$pdf->setFontSpacing(0);
$pdf->SetFont('times', 'I', 14); $pdf->SetXY(40, 92); $pdf->Cell(712, 18, 'Division of Continuing Studies', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('times', '', 12); $pdf->SetXY(40, 132); $pdf->Cell(712, 16, 'upon the recommendation of the faculty hereby awards this', 0, 1, 'C');
$pdf->SetFont('times', 'B', 32); $pdf->SetXY(40, 156); $pdf->Cell(712, 36, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('times', '', 12); $pdf->SetXY(40, 204); $pdf->Cell(712, 16, 'to', 0, 1, 'C');
$pdf->SetFont('times', 'BI', 28); $pdf->SetXY(40, 226); $pdf->Cell(712, 32, 'Colleen R. Mahoney', 0, 1, 'C');
$pdf->SetFont('times', '', 12); $pdf->SetXY(40, 270); $pdf->Cell(712, 16, 'for satisfactory completion of the non-credit course', 0, 1, 'C');
$pdf->SetFont('times', 'B', 19); $pdf->SetXY(40, 292); $pdf->Cell(712, 24, 'Clinical Microbiology Refresher Program', 0, 1, 'C');
$pdf->SetFont('times', '', 12); $pdf->SetXY(40, 322);
$pdf->Cell(712, 16, 'Course No. CLS-CE 4105, a hybrid course conducted January 6 through March 2, 2026', 0, 1, 'C');
$pdf->SetFont('times', 'B', 14); $pdf->SetXY(40, 352);
$pdf->Cell(712, 18, 'Awarded 3.2 Continuing Education Units (CEUs)', 0, 1, 'C');
$pdf->SetFont('times', 'I', 9.5); $pdf->SetXY(40, 374);
$pdf->Cell(712, 12, 'One CEU represents ten contact hours of participation in an organized continuing education experience.', 0, 1, 'C');
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(0, 0, 0)));
$pdf->Line(110, 470, 330, 470); $pdf->Line(462, 470, 682, 470);
$pdf->SetFont('times', '', 11);
$pdf->SetXY(110, 474); $pdf->Cell(220, 14, 'Marcus D. Whitlow, EdD', 0, 0, 'C');
$pdf->SetXY(462, 474); $pdf->Cell(220, 14, 'Sunita Bhargava, PhD, MLS(ASCP)CM', 0, 0, 'C');
$pdf->SetFont('times', 'I', 9.5);
$pdf->SetXY(110, 489); $pdf->Cell(220, 12, 'Dean, Division of Continuing Studies', 0, 0, 'C');
$pdf->SetXY(462, 489); $pdf->Cell(220, 12, 'Director, Medical Laboratory Science', 0, 0, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(48, 548); $pdf->Cell(300, 10, 'Certificate No. NSU-CE-2026-00318', 0, 0, 'L');
$pdf->SetXY(444, 548); $pdf->Cell(300, 10, 'Date of issue: March 9, 2026', 0, 0, 'R');
$pdf->SetXY(40, 530); $pdf->Cell(712, 10, 'Northgate State University, Division of Continuing Studies  ·  1200 Harmon College Road  ·  Continuing Education Records Office', 0, 0, 'C');
"""
    tcpdf_pdf(10, body)


# =================================================================== j11
@cert(11, 'fpdf', 'vendor-training', ['landscape', 'all-caps-name', 'detail-table', 'date-range',
      'signature-block'],
      'Vendor operator course, three days (last day); ALL-CAPS name; instrument serial number, facility '
      'and signature date are distractors; unit printed as "CE hours".',
      'BAO TRAN NGUYEN', 'AX-900 Integrated Chemistry Analyzer: Key Operator Course', '2026-02-11', 16.0,
      'CE hour', ['Veridian Diagnostics, Inc.'], 'VT-7781')
def j11(g):
    body = r"""
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(230, 120, 20); $pdf->Rect(0, 0, 18, 612, 'F');
$pdf->SetFillColor(40, 40, 40); $pdf->Rect(18, 0, 6, 612, 'F');
$pdf->SetFont('Arial', 'B', 24); $pdf->SetTextColor(40, 40, 40);
$pdf->SetXY(60, 44); $pdf->Cell(400, 26, 'Veridian Diagnostics, Inc.', 0, 1, 'L');
$pdf->SetFont('Arial', '', 10); $pdf->SetTextColor(110, 110, 110);
$pdf->SetX(60); $pdf->Cell(400, 14, '4100 Commerce Parkway  |  Plano, TX 75024  |  Instrument Systems Education', 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 11); $pdf->SetTextColor(230, 120, 20);
$pdf->SetXY(500, 48); $pdf->Cell(240, 14, 'CERTIFICATE OF TRAINING', 0, 1, 'R');
$pdf->SetDrawColor(230, 120, 20); $pdf->SetLineWidth(1.5); $pdf->Line(60, 92, 740, 92);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(60, 118); $pdf->Cell(680, 16, 'This is to acknowledge that', 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 26); $pdf->SetXY(60, 140); $pdf->Cell(680, 30, 'BAO TRAN NGUYEN', 0, 1, 'L');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(60, 180); $pdf->Cell(680, 16, 'has completed factory-authorized key operator training for the', 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 17); $pdf->SetXY(60, 204); $pdf->Cell(680, 22, 'AX-900 Integrated Chemistry Analyzer: Key Operator Course', 0, 1, 'L');
$rows = array(array('Training Session ID', 'VT-7781'), array('Training Dates', 'February 9 - 11, 2026'),
  array('Location', 'Veridian Training Center, Plano, Texas'), array('Customer Facility', 'Bluebonnet Regional Hospital Laboratory'),
  array('Instrument Serial No.', 'AX9-004512'), array('Continuing Education', '16.0 CE hours (P.A.C.E.' . chr(174) . ' approved)'));
$y = 246;
$pdf->SetLineWidth(0.5); $pdf->SetDrawColor(170, 170, 170);
foreach ($rows as $r) {
  $pdf->SetXY(60, $y); $pdf->SetFont('Arial', 'B', 10.5); $pdf->SetFillColor(245, 238, 230);
  $pdf->Cell(170, 22, '  ' . $r[0], 1, 0, 'L', true);
  $pdf->SetFont('Arial', '', 10.5); $pdf->Cell(330, 22, '  ' . $r[1], 1, 1, 'L');
  $y += 22;
}
$pdf->SetFont('Arial', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(60, 392);
$pdf->MultiCell(500, 11, 'Veridian Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' . chr(174) . ' Program. Completion of this course authorizes the participant to perform key operator maintenance and to train other operators at the customer facility.', 0, 'L');
$pdf->SetTextColor(0, 0, 0); $pdf->SetDrawColor(0, 0, 0);
$pdf->Line(60, 500, 270, 500); $pdf->Line(320, 500, 480, 500);
$pdf->SetFont('Arial', '', 10);
$pdf->SetXY(60, 504); $pdf->Cell(210, 13, 'Deon M. Castillo', 0, 0, 'L');
$pdf->SetXY(320, 504); $pdf->Cell(160, 13, '02/11/2026', 0, 0, 'L');
$pdf->SetFont('Arial', 'I', 9);
$pdf->SetXY(60, 518); $pdf->Cell(210, 12, 'Senior Applications Specialist, Trainer', 0, 0, 'L');
$pdf->SetXY(320, 518); $pdf->Cell(160, 12, 'Date signed', 0, 0, 'L');
$pdf->SetDrawColor(230, 120, 20); $pdf->SetLineWidth(2);
$pdf->Ellipse = null;
$pdf->Rect(600, 440, 130, 100);
$pdf->SetFont('Arial', 'B', 11); $pdf->SetTextColor(230, 120, 20);
$pdf->SetXY(600, 468); $pdf->Cell(130, 14, 'KEY OPERATOR', 0, 1, 'C');
$pdf->SetXY(600, 484); $pdf->Cell(130, 14, 'AX-900', 0, 1, 'C');
$pdf->SetFont('Arial', '', 8); $pdf->SetXY(600, 502); $pdf->Cell(130, 12, 'Valid for this instrument model', 0, 1, 'C');
"""
    fpdf_pdf(11, body.replace("$pdf->Ellipse = null;\n", ''))


# =================================================================== j12
@cert(12, 'docx', 'webinar', ['portrait', 'left-aligned', 'format-line', 'long-title-wrap', 'suffix-name',
      'label-value-lines'],
      'LIVE WEBINAR on its own line above a long title that wraps; name with III; registration number and '
      'time of day are distractors.',
      'Samuel O. Achterberg III',
      'Staffing Models for the Post-Pandemic Lab: Recruiting, Retaining, and Cross-Training the Bench Workforce',
      '2025-05-15', 1.0, 'contact hour', ['Pacific Northwest Laboratory Leadership Network', 'PNLLN'], 'PNW-WB-0515')
def j12(g):
    doc = docx_setup(margins=1.0)
    dpar(doc, [('PNLLN', dict(size=26, bold=True, font='Liberation Sans', color='2E7D32'))], 'l', 0, 0)
    dpar(doc, [('Pacific Northwest Laboratory Leadership Network', dict(size=12, font='Liberation Sans', color='2E7D32'))],
         'l', 0, 40)
    dpar(doc, [('Certificate of Attendance', dict(size=24, font='Liberation Sans'))], 'l', 0, 20)
    dpar(doc, [('LIVE WEBINAR', dict(size=10, bold=True, font='Liberation Sans', color='C62828', spacing=1.5))], 'l', 0, 4)
    dpar(doc, [('Staffing Models for the Post-Pandemic Lab: Recruiting, Retaining, and Cross-Training the Bench Workforce',
                dict(size=18, bold=True, font='Liberation Sans'))], 'l', 0, 24, line=1.1)
    for lab, val in [('Issued to', 'Samuel O. Achterberg III, MBA, MLS(ASCP)'),
                     ('Webinar date', 'Thursday, May 15, 2025, 12:00\u20131:00 p.m. Pacific'),
                     ('Event ID', 'PNW-WB-0515'),
                     ('Continuing education', '1.0 P.A.C.E.\u00ae contact hour'),
                     ('Registration no.', '55-10873')]:
        dpar(doc, [(lab + ':  ', dict(size=12, bold=True, font='Liberation Sans', color='555555')),
                   (val, dict(size=12, font='Liberation Sans'))], 'l', 0, 8)
    dpar(doc, [('Attendance was verified through live polling responses (3 of 3 answered). Partial credit is not '
                'awarded for this webinar.', dict(size=10, italic=True, font='Liberation Sans', color='555555'))], 'l', 18, 6)
    dpar(doc, [('The Pacific Northwest Laboratory Leadership Network is approved as a provider of continuing education '
                'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.',
                dict(size=10, font='Liberation Sans', color='555555'))], 'l', 0, 40)
    dpar(doc, [('Ruth E. Amundsen, MHA, MLS(ASCP)CM', dict(size=12, font='Liberation Serif', italic=True))], 'l', 0, 0)
    dpar(doc, [('Education Committee Chair', dict(size=10, font='Liberation Sans', color='555555'))], 'l', 0, 0)
    docx_save_pdf(12, doc)


# =================================================================== j13
@cert(13, 'ghostscript', 'public-health-lab', ['portrait', 'two-column-label-value', 'header-rule',
      'warning-box', 'expiry-date'],
      'Shipping training with a certification expiry date two years after training (distractor); '
      'instructor and trainee ID distractors.',
      'Renata Silva-Moreau', 'Packaging and Shipping Division 6.2 Infectious Substances', '2025-06-12', 3.0,
      'contact hour', ['Great Plains Regional Public Health Laboratory', 'GPRPHL'], 'PHL-SHIP-301')
def j13(g):
    b = []
    b.append('0.1 0.3 0.2 setrgbcolor /HB 17 F %s 60 730 L' % pss('Great Plains Regional Public Health Laboratory'))
    b.append('/HR 10 F %s 60 714 L' % pss('GPRPHL \u2022 Laboratory Training and Outreach'))
    b.append('2 setlinewidth 60 702 moveto 552 702 lineto stroke')
    b.append('0 0 0 setrgbcolor /NB 24 F %s 306 650 C' % pss('Training Certificate'))
    b.append('/NI 12 F %s 306 628 C' % pss('Sentinel Laboratory Training Series'))
    rows = [('Trainee', 'Renata Silva-Moreau, MS, MB(ASCP)'),
            ('Trainee ID', 'GP-TR-55190'),
            ('Course', 'Packaging and Shipping Division 6.2 Infectious Substances'),
            ('Course ID', 'PHL-SHIP-301'),
            ('Training date', '06/12/2025'),
            ('Delivery', 'Instructor-led, hands-on'),
            ('Instructor', 'Dale K. Runningwater, MPH, SM(ASCP)'),
            ('Contact hours', '3.0'),
            ('Certification expires', '06/12/2027')]
    y = 580
    for lab, val in rows:
        b.append('/HB 11 F %s 220 %d R' % (pss(lab + ':'), y))
        lines = wrap(val, 'NR', 12, 300)
        for i, ln in enumerate(lines):
            b.append('/NR 12 F %s 235 %d L' % (pss(ln), y - i * 15))
        y -= 26 + 15 * (len(lines) - 1)
    b.append('0.6 setlinewidth 0.8 0.2 0.1 setrgbcolor 60 %d 492 62 BOX' % (y - 60))
    b.append('/HB 10 F %s 72 %d L' % (pss('IMPORTANT'), y - 14))
    b.append('0 0 0 setrgbcolor')
    msg = ('DOT (49 CFR 172.704) and IATA regulations require recurrent shipper training at least every 24 months. '
           'This certificate must be available for inspection at the shipping site.')
    yy = y - 28
    for ln in wrap(msg, 'HR', 9.5, 470):
        b.append('/HR 9.5 F %s 72 %d L' % (pss(ln), yy))
        yy -= 12
    st = ('The Great Plains Regional Public Health Laboratory is approved as a provider of continuing education programs '
          'in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This course is approved for 3.0 '
          'contact hours.')
    yy = y - 96
    for ln in wrap(st, 'TI', 10, 492):
        b.append('/TI 10 F %s 60 %d L' % (pss(ln), yy))
        yy -= 13
    b.append('0.6 setlinewidth 60 110 moveto 260 110 lineto stroke')
    b.append('/NR 11 F %s 60 96 L' % pss('Corinne Achebe-Lund, PhD, D(ABMM)'))
    b.append('/NI 10 F %s 60 83 L' % pss('Laboratory Director'))
    b.append('showpage')
    ps_pdf(13, '\n'.join(b) + '\n')


# =================================================================== j14
@cert(14, 'reportlab', 'nsh', ['portrait', 'centred-award', 'ornamental-border', 'seal', 'letter-spaced-name',
      'all-caps-name', 'format-line', 'signature-block'],
      'Letter-spaced ALL-CAPS name; Self-Study on its own line; day-month-year date; NSH member number '
      'distractor.',
      'IMOGEN F. CARRAWAY', 'Troubleshooting H&E Staining: Artifacts, Causes, and Corrections', '2025-07-30', 1.5,
      'contact hour', ['National Society for Histotechnology', 'NSH'], 'SS-2025-041')
def j14(g):
    W, H = letter
    c = rl_canvas.Canvas(out_pdf(14), pagesize=letter)
    plum = colors.HexColor('#5b2a6e')
    c.setStrokeColor(plum)
    c.setLineWidth(2.5)
    c.rect(30, 30, W - 60, H - 60)
    c.setLineWidth(0.6)
    c.rect(38, 38, W - 76, H - 76)
    for (x, y) in [(38, 38), (W - 38, 38), (38, H - 38), (W - 38, H - 38)]:
        c.circle(x, y, 7)
    c.setFillColor(plum)
    c.setFont('DejaVuSerif-Bold', 34)
    c.drawCentredString(W / 2, H - 110, 'NSH')
    c.setFont('DejaVuSerif', 12)
    c.drawCentredString(W / 2, H - 130, 'National Society for Histotechnology')
    c.setFillColor(colors.black)
    c.setFont('DejaVuSerif', 26)
    c.drawCentredString(W / 2, H - 200, 'Certificate of Continuing Education')
    c.setFont('DejaVuSerif-Italic', 12)
    c.drawCentredString(W / 2, H - 240, 'is hereby granted to')
    rl_spaced(c, 'IMOGEN F. CARRAWAY, HT(ASCP)', W / 2, H - 282, 'DejaVuSerif-Bold', 20, 4)
    c.setFont('DejaVuSerif-Italic', 12)
    c.drawCentredString(W / 2, H - 322, 'for successful completion of')
    st = ParagraphStyle('t', fontName='DejaVuSerif-Bold', fontSize=17, leading=22, alignment=TA_CENTER,
                        textColor=plum)
    yb = rl_para(c, 'Troubleshooting H&amp;E Staining: Artifacts, Causes, and Corrections', 90, H - 336, W - 180, st)
    c.setFont('DejaVuSans', 10)
    c.drawCentredString(W / 2, yb - 18, 'Self-Study')
    c.setFont('DejaVuSerif', 12)
    c.drawCentredString(W / 2, yb - 58, 'Date completed: 30 July 2025')
    c.drawCentredString(W / 2, yb - 78, 'Contact hours: 1.5')
    c.drawCentredString(W / 2, yb - 98, 'NSH Activity #: SS-2025-041')
    sm = ParagraphStyle('s', fontName='DejaVuSans', fontSize=8, leading=10.5, alignment=TA_CENTER)
    rl_para(c, 'The National Society for Histotechnology is approved as a provider of continuing education programs in '
            'the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.', 110, yb - 118, W - 220, sm)
    c.setLineWidth(0.5)
    c.line(80, 150, 260, 150)
    c.setFont('DejaVuSerif', 10.5)
    c.drawString(80, 137, 'Thaddeus R. Mbeki, HTL(ASCP)QIHC')
    c.setFont('DejaVuSerif-Italic', 9)
    c.drawString(80, 125, 'Chair, Education Committee')
    rl_seal(c, W - 150, 145, 48, 'NSH', 'EDUCATION', color=plum)
    c.setFont('DejaVuSans', 7.5)
    c.drawString(60, 56, 'NSH Member No. 0076321')
    c.showPage()
    c.save()


# =================================================================== j15
@cert(15, 'reportlab-acroform', 'amt', ['landscape', 'labels-above-values', 'form-fields-flattened',
      'header-band'],
      'Labels above field boxes in a grid; AMT ID and certification designation are distractors; unit '
      'printed as "CE hours".',
      'Darnell W. Hightower', 'Phlebotomy Best Practices: Order of Draw and Preventing Pre-Analytical Error',
      '2025-11-21', 2.0, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-ED-2217')
def j15(g):
    W, H = landscape(letter)
    form = src(15, '.form.pdf')
    c = rl_canvas.Canvas(form, pagesize=(W, H))
    c.setFillColor(colors.HexColor('#00205b'))
    c.rect(0, H - 80, W, 80, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('Times-Bold', 28)
    c.drawString(50, H - 50, 'AMT')
    c.setFont('Times-Roman', 15)
    c.drawString(122, H - 50, 'American Medical Technologists')
    c.setFont('Helvetica', 9)
    c.drawRightString(W - 50, H - 50, 'Continuing Education Record')
    c.setFillColor(colors.black)
    c.setFont('Helvetica-Bold', 24)
    c.drawCentredString(W / 2, H - 130, 'Continuing Education Certificate')
    c.setFont('Helvetica', 11)
    c.drawCentredString(W / 2, H - 150, 'awarded upon completion of the activity and evaluation shown below')

    def fld(label, name, value, x, y, w, size=12):
        c.setFont('Helvetica-Bold', 8)
        c.setFillColor(colors.HexColor('#00205b'))
        c.drawString(x, y + 28, label.upper())
        c.setFillColor(colors.black)
        c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=24, fontName='Helvetica',
                             fontSize=size, borderWidth=1, borderColor=colors.HexColor('#8899bb'),
                             fillColor=colors.white, textColor=colors.black, forceBorder=True)

    fld('Participant name', 'name', 'Darnell W. Hightower', 60, H - 215, 400)
    fld('AMT ID', 'amtid', '2210457', 480, H - 215, 120)
    fld('Certification', 'cert', 'RPT', 620, H - 215, 112)
    fld('Activity title', 'title', 'Phlebotomy Best Practices: Order of Draw and Preventing Pre-Analytical Error',
        60, H - 275, 672, size=11.5)
    fld('Course code', 'code', 'AMT-ED-2217', 60, H - 335, 200)
    fld('Date of completion', 'date', 'November 21, 2025', 280, H - 335, 220)
    fld('CE hours awarded', 'hours', '2.0', 520, H - 335, 212)
    st = ParagraphStyle('s', fontName='Helvetica', fontSize=8.5, leading=11)
    rl_para(c, 'American Medical Technologists is approved as a provider of continuing education programs in the '
            'clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Keep this certificate with your '
            'certification records; AMT members may upload it to their continuing education record.', 60, H - 372, 672, st)
    c.line(60, 100, 260, 100)
    c.setFont('Times-Italic', 11)
    c.drawString(60, 86, 'Gwendolyn S. Ferreira, MEd, MT(AMT)')
    c.setFont('Helvetica', 8.5)
    c.drawString(60, 74, 'Director of Education')
    c.showPage()
    c.save()
    flatten_form(15, form)


# =================================================================== j16
@cert(16, 'chromium', 'clsi', ['portrait', 'labels-above-values', 'format-line', 'left-aligned'],
      'On-Demand Webinar on its own line; completion date as "26 Mar 2026"; order number and access-expiry '
      'date are distractors.',
      'Yuki Hasegawa-Bright', 'Verification of Performance for Quantitative Methods: Applying EP15', '2026-03-26',
      1.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'WEB-EP15-0326')
def j16(g):
    css = """
@page { size: letter; margin: 0.75in 0.85in; }
body { font-family: 'Liberation Sans', sans-serif; color: #1a1a1a; }
.hd { display: flex; align-items: baseline; gap: 14px; border-bottom: 1px solid #999; padding-bottom: 8px; }
.hd .a { font-size: 34px; font-weight: bold; color: #005b96; }
.hd .b { font-size: 14px; color: #333; }
.k { font-size: 11px; letter-spacing: 2px; color: #005b96; margin-top: 48px; }
h1 { font-size: 30px; font-weight: normal; margin: 6px 0 36px; }
.nm { font-size: 26px; font-weight: bold; margin-bottom: 26px; }
.fmt { font-size: 12px; font-weight: bold; color: #7a7a7a; text-transform: uppercase; letter-spacing: 1px; }
.tt { font-size: 20px; margin: 4px 0 34px; line-height: 1.3; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 18px 20px; }
.grid .l { font-size: 10px; color: #666; text-transform: uppercase; letter-spacing: 1px; }
.grid .v { font-size: 15px; margin-top: 3px; }
.st { margin-top: 44px; font-size: 10.5px; color: #444; line-height: 1.5; }
.sig { margin-top: 46px; font-size: 12px; }
.sig .n { font-family: 'Liberation Serif', serif; font-style: italic; font-size: 16px; border-top: 1px solid #333; display: inline-block; padding-top: 4px; }
"""
    body = """
<div class="hd"><div class="a">CLSI</div><div class="b">Clinical and Laboratory Standards Institute</div></div>
<div class="k">CONTINUING EDUCATION</div>
<h1>Certificate of Completion</h1>
<div class="nm">Yuki Hasegawa-Bright</div>
<div class="fmt">On-Demand Webinar</div>
<div class="tt">Verification of Performance for Quantitative Methods: Applying EP15</div>
<div class="grid">
<div><div class="l">Webinar ID</div><div class="v">WEB-EP15-0326</div></div>
<div><div class="l">Completion date</div><div class="v">26 Mar 2026</div></div>
<div><div class="l">P.A.C.E.&reg; contact hours</div><div class="v">1.5</div></div>
<div><div class="l">Order number</div><div class="v">SO-448120</div></div>
<div><div class="l">Access expires</div><div class="v">31 Dec 2026</div></div>
<div><div class="l">Level</div><div class="v">Intermediate</div></div>
</div>
<div class="st">CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.&reg; Program. To receive credit, participants must view the full recording and complete the online
evaluation. This certificate is void if altered.</div>
<div class="sig"><span class="n">Harmon T. Lisowski, MS</span><br>Director, Education and Standards Implementation</div>
"""
    chromium_pdf(16, html_page(css, body))


# =================================================================== j17
@cert(17, 'fodt', 'asm', ['landscape', 'side-panel', 'two-column-layout', 'credit-table', 'signature-block'],
      'Left coloured panel with society name, right panel with text; AMA PRA 3.5 vs P.A.C.E. 4.0 (lab figure); '
      'badge number distractor.',
      'Eleanor P. Quintanilla', 'Antifungal Susceptibility Testing Workshop: Yeasts and Molds', '2025-06-20', 4.0,
      'contact hour', ['American Society for Microbiology', 'ASM'], 'WS-07')
def j17(g):
    styles = ''.join([
        pstyle('PanA', '30pt', align='center', bold=True, font='Liberation Sans', color='#ffffff', after='0.1in'),
        pstyle('PanB', '12pt', align='center', font='Liberation Sans', color='#ffffff', after='0.4in'),
        pstyle('PanC', '9pt', align='center', font='Liberation Sans', color='#dfe9f5'),
        pstyle('H', '26pt', align='start', font='Liberation Serif', after='0.2in'),
        pstyle('S', '11pt', align='start', italic=True, after='0.06in'),
        pstyle('N', '22pt', align='start', bold=True, after='0.16in'),
        pstyle('T', '16pt', align='start', bold=True, color='#1f4e79', after='0.18in'),
        pstyle('D', '11pt', align='start', font='Liberation Sans', after='0.04in'),
        pstyle('Cell', '10pt', align='start', font='Liberation Sans'),
        pstyle('CellB', '10pt', align='start', font='Liberation Sans', bold=True),
        pstyle('St', '8.5pt', align='justify', font='Liberation Sans', color='#333333', before='0.12in'),
        pstyle('Sig', '11pt', align='start', italic=True, before='0.3in'),
        pstyle('SigT', '9pt', align='start', font='Liberation Sans'),
    ])
    auto = ('<style:style style:name="L" style:family="table"><style:table-properties style:width="9.5in" table:align="left"/></style:style>'
            '<style:style style:name="L.A" style:family="table-column"><style:table-column-properties style:column-width="2.5in"/></style:style>'
            '<style:style style:name="L.B" style:family="table-column"><style:table-column-properties style:column-width="7in"/></style:style>'
            '<style:style style:name="L.a" style:family="table-cell"><style:table-cell-properties fo:background-color="#1f4e79" fo:padding="0.25in" style:vertical-align="middle"/></style:style>'
            '<style:style style:name="L.b" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.4in" fo:padding-top="0.1in"/></style:style>'
            '<style:style style:name="C" style:family="table"><style:table-properties style:width="5.6in" table:align="left"/></style:style>'
            '<style:style style:name="C.A" style:family="table-column"><style:table-column-properties style:column-width="4.2in"/></style:style>'
            '<style:style style:name="C.B" style:family="table-column"><style:table-column-properties style:column-width="1.4in"/></style:style>'
            '<style:style style:name="C.c" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border="0.5pt solid #8aa4c0"/></style:style>')
    crows = [('Credit', 'Hours'), ('AMA PRA Category 1 Credits\u2122 (physicians)', '3.5'),
             ('ASCLS P.A.C.E.\u00ae contact hours (laboratory scientists)', '4.0')]
    ctab = ''.join('<table:table-row><table:table-cell table:style-name="C.c"><text:p text:style-name="%s">%s</text:p></table:table-cell>'
                   '<table:table-cell table:style-name="C.c"><text:p text:style-name="%s">%s</text:p></table:table-cell></table:table-row>'
                   % ('CellB' if i == 0 else 'Cell', xesc(a), 'CellB' if i == 0 else 'Cell', xesc(b))
                   for i, (a, b) in enumerate(crows))
    right = ('<text:p text:style-name="H">Certificate of Participation</text:p>'
             '<text:p text:style-name="S">This is to certify that</text:p>'
             '<text:p text:style-name="N">Eleanor P. Quintanilla, PhD, SM(ASCP)</text:p>'
             '<text:p text:style-name="S">participated in the pre-meeting workshop</text:p>'
             '<text:p text:style-name="T">Antifungal Susceptibility Testing Workshop: Yeasts and Molds</text:p>'
             '<text:p text:style-name="D">Workshop No. WS-07 \u00b7 Workshop date: June 20, 2025 \u00b7 Badge 118-4472</text:p>'
             '<table:table table:name="C" table:style-name="C"><table:table-column table:style-name="C.A"/>'
             '<table:table-column table:style-name="C.B"/>' + ctab + '</table:table>'
             '<text:p text:style-name="St">The American Society for Microbiology is accredited by the Accreditation Council for '
             'Continuing Medical Education (ACCME) to provide continuing medical education for physicians and designates this '
             'live activity for a maximum of 3.5 AMA PRA Category 1 Credits\u2122. ASM is approved as a provider of continuing '
             'education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.</text:p>'
             '<text:p text:style-name="Sig">Olusegun T. Braithwaite, PhD, D(ABMM)</text:p>'
             '<text:p text:style-name="SigT">Chair, Continuing Education Committee</text:p>')
    left = ('<text:p text:style-name="PanA">ASM</text:p>'
            '<text:p text:style-name="PanB">American Society for Microbiology</text:p>'
            '<text:p text:style-name="PanC">Professional Development</text:p>')
    body = ('<table:table table:name="L" table:style-name="L"><table:table-column table:style-name="L.A"/>'
            '<table:table-column table:style-name="L.B"/><table:table-row>'
            '<table:table-cell table:style-name="L.a">' + left + '</table:table-cell>'
            '<table:table-cell table:style-name="L.b">' + right + '</table:table-cell></table:table-row></table:table>')
    fodt_save_pdf(17, fodt_doc(styles, auto, body, width='11in', height='8.5in', margin='0.6in'))


# =================================================================== j18
@cert(18, 'tcpdf', 'adlm', ['portrait', 'left-bar', 'title-in-quotes', 'format-line', 'label-value-lines'],
      'Title printed in curly quotes (quotes not part of gold); On-Demand Webinar on its own line; ACCENT '
      'credit expressed as contact hour; customer ID distractor.',
      'Rafael A. Dominguez-Ortiz', 'Mass Spectrometry in the Clinical Laboratory: Method Validation Essentials',
      '2025-09-03', 1.0, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'],
      'ADLM-OD-25117')
def j18(g):
    body = r"""
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 122, 110); $pdf->Rect(0, 0, 46, 792, 'F');
$pdf->SetFillColor(244, 179, 33); $pdf->Rect(46, 0, 8, 792, 'F');
$pdf->SetTextColor(0, 122, 110);
$pdf->SetFont('dejavusans', 'B', 30); $pdf->SetXY(90, 60); $pdf->Cell(460, 34, 'ADLM', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetX(90); $pdf->Cell(460, 16, 'Association for Diagnostics & Laboratory Medicine', 0, 1, 'L');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('dejavuserif', '', 28); $pdf->SetXY(90, 150); $pdf->Cell(460, 32, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(90, 200); $pdf->Cell(460, 16, 'Presented to', 0, 1, 'L');
$pdf->SetFont('dejavusans', 'B', 20); $pdf->SetXY(90, 220); $pdf->Cell(460, 26, 'Rafael A. Dominguez-Ortiz, PhD, DABCC', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 11); $pdf->SetXY(90, 270); $pdf->Cell(460, 16, 'for completing', 0, 1, 'L');
$pdf->SetFont('dejavuserif', 'B', 16); $pdf->SetXY(90, 292);
$pdf->MultiCell(440, 21, '“Mass Spectrometry in the Clinical Laboratory: Method Validation Essentials”', 0, 'L');
$pdf->SetFont('dejavusans', 'I', 10); $pdf->SetTextColor(0, 122, 110); $pdf->SetXY(90, $pdf->GetY() + 4);
$pdf->Cell(460, 14, 'On-Demand Webinar', 0, 1, 'L');
$pdf->SetTextColor(30, 30, 30);
$rows = array(array('Activity #', 'ADLM-OD-25117'), array('Date completed', '09/03/2025'),
  array('ACCENT® credit', '1.0 contact hour'), array('Customer ID', '00918344'));
$y = 400;
foreach ($rows as $r) {
  $pdf->SetFont('dejavusans', 'B', 10.5); $pdf->SetXY(90, $y); $pdf->Cell(130, 16, $r[0], 0, 0, 'L');
  $pdf->SetFont('dejavusans', '', 10.5); $pdf->Cell(300, 16, $r[1], 0, 1, 'L');
  $y += 22;
}
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(90, 510);
$pdf->MultiCell(460, 11, 'ADLM designates this activity for 1.0 ACCENT® continuing education credit. ACCENT® credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program and by state licensure agencies that recognize ASCLS P.A.C.E.® equivalents. Credit is issued only once per participant.', 0, 'L');
$pdf->SetTextColor(30, 30, 30);
$pdf->Line(90, 660, 290, 660);
$pdf->SetFont('dejavuserif', 'I', 11); $pdf->SetXY(90, 664); $pdf->Cell(260, 14, 'Wilhelmina J. Okonkwo, PhD', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 9); $pdf->SetX(90); $pdf->Cell(260, 12, 'Vice President, Education', 0, 1, 'L');
"""
    tcpdf_pdf(18, body)


# =================================================================== j19
@cert(19, 'fpdf', 'ascp-cmle', ['portrait', 'one-paragraph', 'title-in-quotes', 'header-rule'],
      'Everything in one justified paragraph with the title in curly quotes; member number and print date '
      'are distractors.',
      'Oluwaseun K. Adebayo', 'Coagulation Testing in the Era of Direct Oral Anticoagulants', '2026-03-03', 1.5,
      'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'COAG-0326')
def j19(g):
    para = ('This certifies that Oluwaseun K. Adebayo, MLS(ASCP)CM, has completed \u201cCoagulation Testing in the Era of '
            'Direct Oral Anticoagulants\u201d (Course #: COAG-0326) on March 3, 2026 and is awarded 1.5 CMLE credits. '
            'The American Society for Clinical Pathology is approved as a provider of continuing education programs in '
            'the clinical laboratory sciences by the ASCLS P.A.C.E.\xae Program, and CMLE credits are accepted by the '
            'ASCP Board of Certification toward the Credential Maintenance Program.')
    body = r"""
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Times', 'B', 18); $pdf->SetXY(25, 28); $pdf->Cell(0, 8, 'American Society for Clinical Pathology', 0, 1, 'L');
$pdf->SetFont('Times', '', 11); $pdf->SetX(25); $pdf->Cell(0, 6, 'ASCP Learning  -  Statement of Continuing Education', 0, 1, 'L');
$pdf->SetLineWidth(0.6); $pdf->Line(25, 46, 190.9, 46);
$pdf->SetFont('Times', 'B', 13); $pdf->SetXY(25, 60); $pdf->Cell(0, 7, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetFont('Times', '', 12.5); $pdf->SetXY(25, 74);
$pdf->MultiCell(165.9, 7, """ + phpq(para) + r""", 0, 'J');
$pdf->SetFont('Times', '', 10); $pdf->SetXY(25, 140);
$pdf->Cell(0, 5, 'ASCP Member No. 00-4471-920', 0, 1, 'L');
$pdf->SetX(25); $pdf->Cell(0, 5, 'Printed 03/05/2026', 0, 1, 'L');
$pdf->SetLineWidth(0.3); $pdf->Line(25, 185, 95, 185);
$pdf->SetFont('Times', 'I', 11); $pdf->SetXY(25, 187); $pdf->Cell(0, 5, 'Nadia F. Westergaard, MD', 0, 1, 'L');
$pdf->SetFont('Times', '', 9.5); $pdf->SetX(25); $pdf->Cell(0, 5, 'Medical Director, Continuing Education', 0, 1, 'L');
"""
    fpdf_pdf(19, body)


# =================================================================== j20
@cert(20, 'docx', 'cap', ['landscape', 'page-border', 'labels-above-values', 'centred-award'],
      'Title contains "Date"; enrollment date is a distractor (completion date is later); labels above '
      'values in a 4-column table.',
      'Bridget Kowalczyk', 'Quality Management Basics: Date and Time Requirements for Laboratory Records',
      '2025-04-07', 0.5, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAP-QM-104')
def j20(g):
    doc = docx_setup(landscape_=True, margins=0.8)
    docx_page_border(doc.sections[0], color='003B71', sz=18, style='single', space=20)
    dpar(doc, [('College of American Pathologists', dict(size=22, bold=True, font='Liberation Sans', color='003B71'))],
         'c', 0, 0)
    dpar(doc, [('CAP Learning \u2022 Laboratory Quality Solutions', dict(size=10, font='Liberation Sans', color='666666'))],
         'c', 0, 22)
    dpar(doc, [('CERTIFICATE OF COMPLETION', dict(size=24, font='Liberation Serif', spacing=2))], 'c', 0, 14)
    dpar(doc, [('The College of American Pathologists recognizes', dict(size=12, italic=True))], 'c', 0, 6)
    dpar(doc, [('Bridget Kowalczyk, MLS(ASCP)CM', dict(size=24, bold=True))], 'c', 0, 6)
    dpar(doc, [('for completing the online course', dict(size=12, italic=True))], 'c', 0, 6)
    dpar(doc, [('Quality Management Basics: Date and Time Requirements for Laboratory Records',
                dict(size=16, bold=True, color='003B71'))], 'c', 0, 18)
    t = doc.add_table(rows=2, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    labs = ['ACTIVITY ID', 'ENROLLED', 'COMPLETED', 'P.A.C.E.\u00ae CONTACT HOURS']
    vals = ['CAP-QM-104', '03/28/2025', '04/07/2025', '0.5']
    for i in range(4):
        cell_text(t.rows[0].cells[i], [(labs[i], dict(size=8.5, bold=True, font='Liberation Sans', color='003B71'))], 'c', 0, 0)
        cell_text(t.rows[1].cells[i], [(vals[i], dict(size=13, font='Liberation Sans'))], 'c', 2, 0)
        t.rows[0].cells[i].width = Inches(2.0)
        t.rows[1].cells[i].width = Inches(2.0)
    dpar(doc, [('The College of American Pathologists is approved as a provider of continuing education programs in the '
                'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.',
                dict(size=9, font='Liberation Sans', color='444444'))], 'c', 20, 0)
    docx_save_pdf(20, doc)


# =================================================================== j21
@cert(21, 'ghostscript', 'aabb', ['landscape', 'centred-award', 'all-caps-name', 'suffix-name', 'date-range',
      'meeting-attendance', 'claimed-vs-maximum', 'border'],
      'Annual meeting attendance: title is the meeting name; October 25-28 range (last day); 14.5 claimed '
      'of 22.0 available; AMA PRA not claimed; registration ID and issue date are distractors.',
      'TERRENCE L. ASHBY SR.', 'AABB 2025 Annual Meeting', '2025-10-28', 14.5, 'contact hour',
      ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '25AM-001')
def j21(g):
    b = []
    b.append('0.69 0.11 0.18 setrgbcolor 14 setlinewidth 30 30 732 552 BOX')
    b.append('0 0 0 setrgbcolor 0.8 setlinewidth 46 46 700 520 BOX')
    b.append('0.69 0.11 0.18 setrgbcolor /HB 40 F %s 396 510 C' % pss('AABB'))
    b.append('0.3 0.3 0.3 setrgbcolor /HR 12 F %s 396 490 C' % pss('Association for the Advancement of Blood & Biotherapies'))
    b.append('0 0 0 setrgbcolor /PB 30 F %s 396 436 C' % pss('Certificate of Attendance'))
    b.append('/PI 13 F %s 396 404 C' % pss('presented to'))
    b.append('/PB 22 F %s 396 370 C' % pss('TERRENCE L. ASHBY SR., MLS(ASCP)SBB'))
    b.append('/PI 13 F %s 396 340 C' % pss('for attendance at the'))
    b.append('/PB 20 F %s 396 312 C' % pss('AABB 2025 Annual Meeting'))
    b.append('/PR 13 F %s 396 290 C' % pss('October 25\u201328, 2025  \u2022  San Antonio, Texas'))
    b.append('/PR 12.5 F %s 396 256 C' % pss('P.A.C.E.\u00ae contact hours claimed: 14.5  (maximum available: 22.0)'))
    b.append('/PR 12.5 F %s 396 238 C' % pss('AMA PRA Category 1 Credits\u2122 claimed: 0'))
    b.append('/HR 9 F %s 396 216 C' % pss('Activity No. 25AM-001        Registration ID: R-7730415'))
    st = ('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
          'P.A.C.E.\u00ae Program. AABB is accredited by the ACCME to provide continuing medical education for physicians.')
    y = 190
    for ln in wrap(st, 'TI', 9.5, 540):
        b.append('/TI 9.5 F %s 396 %d C' % (pss(ln), y))
        y -= 12
    b.append('0.5 setlinewidth 110 110 moveto 310 110 lineto stroke')
    b.append('/PR 11 F %s 210 96 C' % pss('Giselle M. Aranda-Price, MD'))
    b.append('/PI 9.5 F %s 210 83 C' % pss('Chair, Annual Meeting Program Committee'))
    # seal
    b.append('0.69 0.11 0.18 setrgbcolor 2 setlinewidth newpath 610 110 44 0 360 arc stroke')
    b.append('0.7 setlinewidth newpath 610 110 38 0 360 arc stroke')
    b.append('/HB 10 F %s 610 112 C /HR 7 F %s 610 100 C' % (pss('AABB'), pss('EDUCATION')))
    b.append('0 0 0 setrgbcolor /HR 7.5 F %s 60 56 L' % pss('Issued 11/14/2025'))
    b.append('showpage')
    ps_pdf(21, '\n'.join(b) + '\n', size=(792, 612))


# =================================================================== j22
@cert(22, 'chromium', 'labce', ['landscape', 'centred-award', 'css-border', 'seal', 'small-table'],
      'Series-style prefix "Mycology:" on the title line is part of the title; Florida license number and '
      'order number distractors; abbreviated month date.',
      'Mei-Ling Cho', 'Mycology: Identification of Dematiaceous Molds', '2026-01-08', 2.0, 'contact hour',
      ['LabCE'], '2291')
def j22(g):
    css = """
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'DejaVu Serif', serif; }
.frame { position: absolute; left: 0.35in; top: 0.35in; right: 0.35in; bottom: 0.35in; border: 10px solid #0e6e8c; }
.inner { position: absolute; left: 0.55in; top: 0.55in; right: 0.55in; bottom: 0.55in; border: 1.5px solid #c9a227; text-align: center; }
.logo { font-family: 'DejaVu Sans', sans-serif; font-size: 30px; font-weight: bold; color: #0e6e8c; margin-top: 28px; }
h1 { font-size: 34px; font-weight: normal; margin: 18px 0 10px; letter-spacing: 1px; }
.s { font-style: italic; font-size: 15px; color: #444; }
.nm { font-size: 30px; font-weight: bold; margin: 10px 0 12px; }
.tt { font-size: 21px; color: #0e6e8c; font-weight: bold; margin: 10px 0 20px; }
table { margin: 0 auto; border-collapse: collapse; font-family: 'DejaVu Sans', sans-serif; font-size: 13px; }
th { background: #0e6e8c; color: #fff; padding: 5px 16px; font-weight: normal; }
td { border: 1px solid #0e6e8c; padding: 5px 16px; }
.st { font-family: 'DejaVu Sans', sans-serif; font-size: 10px; color: #555; margin: 18px 90px 0; }
.seal { position: absolute; right: 40px; bottom: 28px; width: 96px; height: 96px; border-radius: 50%; border: 3px double #c9a227;
        color: #8a6d1d; font-family: 'DejaVu Sans', sans-serif; font-size: 10px; display: flex; align-items: center; justify-content: center; }
.ft { position: absolute; left: 30px; bottom: 22px; font-family: 'DejaVu Sans', sans-serif; font-size: 9px; color: #777; text-align: left; }
"""
    body = """
<div class="frame"></div>
<div class="inner">
<div class="logo">LabCE</div>
<h1>Certificate of Completion</h1>
<div class="s">This is to certify that</div>
<div class="nm">Mei-Ling Cho, MLS(ASCP)</div>
<div class="s">has successfully completed</div>
<div class="tt">Mycology: Identification of Dematiaceous Molds</div>
<table><tr><th>Course #</th><th>Completed</th><th>P.A.C.E.&reg; Contact Hours</th></tr>
<tr><td>2291</td><td>Jan 8, 2026</td><td>2.0</td></tr></table>
<div class="st">LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the
ASCLS P.A.C.E.&reg; Program. Florida Board of Clinical Laboratory Personnel CE Provider #50-12918.</div>
<div class="seal">VERIFIED</div>
<div class="ft">Order #: LCE-2026-004719<br>FL License: CLS 81443</div>
</div>
"""
    chromium_pdf(22, html_page(css, body))


# =================================================================== j23
@cert(23, 'tcpdf', 'medialab', ['landscape', 'small-table', 'header-band', 'left-aligned'],
      'Course facts in a one-row table (title on one line); title contains "Program"; certificate number '
      'and print date are distractors.',
      'Gustavo H. Prado', 'Chain of Custody Program for Forensic Toxicology Specimens', '2025-10-02', 1.0,
      'contact hour', ['MediaLab, Inc.'], 'ML-COC-114')
def j23(g):
    body = r"""
$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(75, 46, 131); $pdf->Rect(0, 0, 792, 64, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('helvetica', 'B', 20);
$pdf->SetXY(50, 20); $pdf->Cell(400, 24, 'MediaLab, Inc.', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->SetXY(392, 26); $pdf->Cell(350, 14, 'Certificate #: 8841-2207-55', 0, 0, 'R');
$pdf->SetTextColor(35, 35, 35);
$pdf->SetFont('helvetica', '', 30); $pdf->SetXY(50, 100); $pdf->Cell(692, 34, 'Certificate of Completion', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(50, 150); $pdf->Cell(692, 16, 'This certificate verifies that', 0, 1, 'L');
$pdf->SetFont('helvetica', 'B', 22); $pdf->SetXY(50, 172); $pdf->Cell(692, 28, 'Gustavo H. Prado', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(50, 210); $pdf->Cell(692, 16, 'has successfully completed the following continuing education course:', 0, 1, 'L');
$tbl = '<table cellpadding="6" border="1"><tr style="background-color:#ece7f5;">'
 . '<th width="370"><b>Course</b></th><th width="95" align="center"><b>Course ID</b></th>'
 . '<th width="95" align="center"><b>Completed</b></th><th width="132" align="center"><b>P.A.C.E.® Contact Hours</b></th></tr>'
 . '<tr><td>Chain of Custody Program for Forensic Toxicology Specimens</td><td align="center">ML-COC-114</td>'
 . '<td align="center">10/02/2025</td><td align="center">1.0</td></tr></table>';
$pdf->SetFont('helvetica', '', 10.5); $pdf->SetXY(50, 240); $pdf->writeHTML($tbl, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 9); $pdf->SetTextColor(80, 80, 80); $pdf->SetXY(50, 330);
$pdf->MultiCell(692, 12, 'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is also approved by the Florida Board of Clinical Laboratory Personnel and by the California Department of Public Health, Laboratory Field Services.', 0, 'L');
$pdf->SetTextColor(35, 35, 35);
$pdf->Line(50, 480, 250, 480);
$pdf->SetFont('times', 'I', 12); $pdf->SetXY(50, 484); $pdf->Cell(200, 14, 'Jonathan P. Ferrante', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 9); $pdf->SetX(50); $pdf->Cell(200, 12, 'Continuing Education Manager', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(120, 120, 120);
$pdf->SetXY(50, 560); $pdf->Cell(692, 10, 'Date printed: 10/15/2025', 0, 0, 'L');
"""
    tcpdf_pdf(23, body)


# =================================================================== j24
@cert(24, 'reportlab', 'regional-society', ['portrait', 'centred-award', 'letter-spaced-name', 'date-range',
      'meeting-attendance', 'claimed-vs-maximum', 'seal', 'signature-block'],
      'Two-day regional conference (last day); title is the conference name; 9.0 attended of 11.5 offered; '
      'attendee number distractor.',
      'Adaeze N. Obi', '2025 Fall Educational Conference', '2025-11-14', 9.0, 'contact hour',
      ['Mid-Atlantic Regional Blood Bank Association', 'MARBBA'], 'FEC-2025')
def j24(g):
    W, H = letter
    c = rl_canvas.Canvas(out_pdf(24), pagesize=letter)
    red = colors.HexColor('#9e1b32')
    c.setFillColor(colors.HexColor('#faf6ee'))
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setStrokeColor(red)
    c.setLineWidth(1)
    for i in range(3):
        c.rect(28 + i * 4, 28 + i * 4, W - 56 - i * 8, H - 56 - i * 8)
    c.setFillColor(red)
    c.setFont('LibSerif-Bold', 16)
    c.drawCentredString(W / 2, H - 90, 'Mid-Atlantic Regional Blood Bank Association')
    c.setFont('LibSans', 10)
    c.drawCentredString(W / 2, H - 106, 'MARBBA')
    c.setFillColor(colors.black)
    c.setFont('LibSerif', 30)
    c.drawCentredString(W / 2, H - 170, 'Certificate of Attendance')
    c.setFont('LibSerif-Italic', 13)
    c.drawCentredString(W / 2, H - 210, 'awarded to')
    rl_spaced(c, 'Adaeze N. Obi, BB(ASCP)', W / 2, H - 250, 'LibSerif-Bold', 22, 3.5)
    c.setFont('LibSerif-Italic', 13)
    c.drawCentredString(W / 2, H - 290, 'in recognition of attendance at the')
    c.setFont('LibSerif-Bold', 20)
    c.drawCentredString(W / 2, H - 322, '2025 Fall Educational Conference')
    c.setFont('LibSerif', 12.5)
    c.drawCentredString(W / 2, H - 344, 'November 13\u201314, 2025  \u00b7  Chesapeake Bayfront Hotel, Annapolis, Maryland')
    c.setFont('LibSerif', 13)
    c.drawCentredString(W / 2, H - 384, 'Contact hours attended: 9.0 of 11.5 offered')
    c.setFont('LibSans', 9.5)
    c.drawCentredString(W / 2, H - 404, 'Conference No. FEC-2025     Attendee No. 0187')
    st = ParagraphStyle('s', fontName='LibSerif-Italic', fontSize=9.5, leading=12, alignment=TA_CENTER)
    rl_para(c, 'The Mid-Atlantic Regional Blood Bank Association is approved as a provider of continuing education '
            'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Contact hours are '
            'based on sessions verified by badge scan.', 110, H - 424, W - 220, st)
    c.setLineWidth(0.5)
    c.line(70, 140, 250, 140)
    c.line(W - 250, 140, W - 70, 140)
    c.setFont('LibSerif', 10.5)
    c.drawCentredString(160, 127, 'Reginald T. Osei-Bonsu, MT(ASCP)SBB')
    c.drawCentredString(W - 160, 127, 'Marguerite A. Lindholm, MS')
    c.setFont('LibSerif-Italic', 9.5)
    c.drawCentredString(160, 114, 'President')
    c.drawCentredString(W - 160, 114, 'Education Chair')
    rl_seal(c, W / 2, 135, 42, 'MARBBA', 'EST. 1971', color=red)
    c.showPage()
    c.save()


# =================================================================== j25
@cert(25, 'fpdf', 'hospital-inservice', ['portrait', 'labels-above-values', 'header-rule', 'signature-block'],
      'Department of a hospital issues it (both forms gold); apostrophe in institution name; employee number '
      'and next-recertification due date are distractors; no activity number; 0.5 contact hour.',
      'Craig D. Sorensen', 'Point-of-Care Glucose Meter Recertification', '2025-12-16', 0.5, 'contact hour',
      ["St. Brendan's University Hospital", "St. Brendan's University Hospital, Clinical Laboratories"], None)
def j25(g):
    body = r"""
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Times', 'B', 22); $pdf->SetTextColor(20, 60, 110);
$pdf->SetXY(54, 54); $pdf->Cell(504, 26, "St. Brendan's University Hospital", 0, 1, 'L');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(54); $pdf->Cell(504, 16, 'Clinical Laboratories', 0, 1, 'L');
$pdf->SetDrawColor(20, 60, 110); $pdf->SetLineWidth(2); $pdf->Line(54, 104, 558, 104);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetXY(54, 150); $pdf->Cell(504, 30, 'In-Service Completion', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(54, 196);
$pdf->MultiCell(504, 16, 'The employee named below has completed the annual competency in-service and passed the observed practical assessment.', 0, 'L');
$pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetTextColor(20, 60, 110);
$pdf->SetXY(54, 250); $pdf->Cell(504, 12, 'EMPLOYEE', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 16); $pdf->SetTextColor(0, 0, 0);
$pdf->SetX(54); $pdf->Cell(504, 22, 'Craig D. Sorensen, MLT(ASCP)', 'B', 1, 'L');
$pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetTextColor(20, 60, 110);
$pdf->SetXY(54, 300); $pdf->Cell(504, 12, 'IN-SERVICE', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 16); $pdf->SetTextColor(0, 0, 0);
$pdf->SetX(54); $pdf->Cell(504, 22, 'Point-of-Care Glucose Meter Recertification', 'B', 1, 'L');
$labs = array('DATE COMPLETED', 'CONTACT HOURS', 'EMPLOYEE NO.', 'NEXT DUE');
$vals = array('12/16/2025', '0.5', '118273', '12/2026');
$x = 54;
for ($i = 0; $i < 4; $i++) {
  $pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetTextColor(20, 60, 110);
  $pdf->SetXY($x, 352); $pdf->Cell(120, 12, $labs[$i], 0, 0, 'L');
  $pdf->SetFont('Helvetica', '', 14); $pdf->SetTextColor(0, 0, 0);
  $pdf->SetXY($x, 366); $pdf->Cell(114, 20, $vals[$i], 'B', 0, 'L');
  $x += 126;
}
$pdf->SetFont('Helvetica', '', 9.5); $pdf->SetXY(54, 420);
$pdf->MultiCell(504, 13, "Contact hours are awarded by St. Brendan's University Hospital, Clinical Laboratories, an approved provider of continuing education programs in the clinical laboratory sciences under the ASCLS P.A.C.E." . chr(174) . " Program. Keep a copy for your competency file.", 0, 'L');
$pdf->SetLineWidth(0.5); $pdf->Line(54, 560, 254, 560); $pdf->Line(330, 560, 530, 560);
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetXY(54, 564); $pdf->Cell(200, 13, 'Monique D. Trahan, MLS(ASCP)CM', 0, 0, 'L');
$pdf->SetXY(330, 564); $pdf->Cell(200, 13, 'Arvind K. Menon, MD', 0, 0, 'L');
$pdf->SetFont('Helvetica', 'I', 9);
$pdf->SetXY(54, 578); $pdf->Cell(200, 12, 'POCT Coordinator', 0, 0, 'L');
$pdf->SetXY(330, 578); $pdf->Cell(200, 12, 'Medical Director, Clinical Laboratories', 0, 0, 'L');
"""
    fpdf_pdf(25, body)


# =================================================================== j26
@cert(26, 'docx', 'joint-accreditation-cme', ['portrait', 'two-pages', 'credit-table', 'date-range',
      'claimed-vs-maximum', 'meeting-attendance'],
      'Two-day symposium (last day); credit table with AMA PRA, ANCC and ACPE 10.25 (ACPE also 1.025 CEUs, a '
      'distractor unit) and P.A.C.E. 11.0 claimed of 12.0; IPCE credits; page 2 carries the joint accreditation '
      'statement; learner and UAN numbers are distractors.',
      'Fatima Z. Haddad', 'Fifth Annual Sepsis Diagnostics Symposium', '2026-03-13', 11.0, 'contact hour',
      ['Cedar Valley Health Sciences University',
       'Cedar Valley Health Sciences University, Office of Continuing Medical Education'], 'CV-CME-26-031')
def j26(g):
    doc = docx_setup(margins=0.9)
    dpar(doc, [('Cedar Valley Health Sciences University', dict(size=18, bold=True, font='Liberation Serif', color='14532D'))],
         'c', 0, 0)
    dpar(doc, [('Office of Continuing Medical Education', dict(size=12, italic=True, font='Liberation Serif', color='14532D'))],
         'c', 0, 30)
    dpar(doc, [('Certificate of Participation', dict(size=26, font='Liberation Serif'))], 'c', 0, 18)
    dpar(doc, [('Fatima Z. Haddad, MS, MLS(ASCP)CM', dict(size=20, bold=True))], 'c', 0, 10)
    dpar(doc, [('has participated in the live activity', dict(size=12, italic=True))], 'c', 0, 8)
    dpar(doc, [('Fifth Annual Sepsis Diagnostics Symposium', dict(size=17, bold=True, color='14532D'))], 'c', 0, 6)
    dpar(doc, [('March 12\u201313, 2026  |  Cedar Valley Health Sciences University Conference Center',
                dict(size=11))], 'c', 0, 4)
    dpar(doc, [('Activity ID: CV-CME-26-031   \u2022   Learner No. 2026-88104', dict(size=10, font='Liberation Sans'))],
         'c', 0, 20)
    t = doc.add_table(rows=6, cols=3)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    data = [('Credit type', 'Maximum designated', 'Claimed'),
            ('AMA PRA Category 1 Credits\u2122', '10.25', '\u2014'),
            ('ANCC contact hours', '10.25', '\u2014'),
            ('ACPE contact hours (1.025 CEUs)', '10.25', '\u2014'),
            ('ASCLS P.A.C.E.\u00ae contact hours', '12.0', '11.0'),
            ('IPCE credits', '10.25', '\u2014')]
    widths = [Inches(3.4), Inches(1.6), Inches(1.2)]
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell = t.rows[i].cells[j]
            cell.width = widths[j]
            cell_text(cell, [(v, dict(size=10.5, bold=(i == 0), font='Liberation Sans'))], 'l' if j == 0 else 'c')
            if i == 0:
                cell_shade(cell, 'DCEFE3')
    dpar(doc, [('Claimed credit reflects the sessions this learner attended, as recorded in the attendance system. '
                'Accreditation statements appear on page 2.', dict(size=9.5, italic=True, font='Liberation Sans'))],
         'l', 16, 36)
    dpar(doc, [('Henrietta A. Vasquez-Lowell, MD', dict(size=12, italic=True))], 'l', 0, 0)
    dpar(doc, [('Director, Office of Continuing Medical Education', dict(size=10, font='Liberation Sans'))], 'l', 0, 0)
    doc.add_page_break()
    dpar(doc, [('Accreditation Statements', dict(size=14, bold=True, font='Liberation Sans'))], 'l', 0, 12)
    for ptxt in [
        'In support of improving patient care, Cedar Valley Health Sciences University is jointly accredited by the '
        'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education '
        '(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.',
        'Physicians: Cedar Valley Health Sciences University designates this live activity for a maximum of 10.25 AMA PRA '
        'Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their participation '
        'in the activity.',
        'Nurses: This activity is designated for 10.25 ANCC contact hours.',
        'Pharmacists: This knowledge-based activity is approved for 10.25 contact hours (1.025 CEUs). '
        'UAN: JA0007712-0000-26-019-L01-P.',
        'Laboratory professionals: Cedar Valley Health Sciences University is approved as a provider of continuing education '
        'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This activity offers a maximum of '
        '12.0 P.A.C.E.\u00ae contact hours.',
        'IPCE: This activity was planned by and for the healthcare team, and learners will receive 10.25 Interprofessional '
        'Continuing Education (IPCE) credits for learning and change.']:
        dpar(doc, [(ptxt, dict(size=10.5, font='Liberation Sans'))], 'j', 0, 10)
    dpar(doc, [('Certificate issued March 20, 2026.', dict(size=9, font='Liberation Sans', color='666666'))], 'l', 20, 0)
    docx_save_pdf(26, doc)


# =================================================================== j27
@cert(27, 'fodt', 'university-ceu', ['portrait', 'two-column-label-value', 'border', 'signature-block'],
      'CEU unit (1.5 CEU = 15 points); school of a university issues it; student ID and transcript request date '
      'are distractors.',
      'Jonah B. Whitcombe', 'Principles of Laboratory Supervision and Management', '2025-08-01', 1.5, 'CEU',
      ['University of the Cascades', 'University of the Cascades, School of Health Professions'], 'MLS-CE 415')
def j27(g):
    styles = ''.join([
        pstyle('U', '22pt', bold=True, font='DejaVu Serif', color='#2b3a67', after='0.03in'),
        pstyle('Sc', '12pt', font='DejaVu Serif', italic=True, color='#2b3a67', after='0.35in'),
        pstyle('H', '20pt', font='DejaVu Sans', spacing='0.05in', after='0.35in'),
        pstyle('Lab', '10.5pt', align='end', font='DejaVu Sans', bold=True, color='#555555'),
        pstyle('Val', '12pt', align='start', font='DejaVu Serif'),
        pstyle('ValB', '13pt', align='start', font='DejaVu Serif', bold=True),
        pstyle('St', '9pt', align='justify', font='DejaVu Sans', color='#333333', before='0.3in'),
        pstyle('Sig', '11pt', align='start', font='DejaVu Serif', before='0.55in'),
        pstyle('SigT', '9pt', align='start', font='DejaVu Sans', italic=True),
    ])
    auto = ('<style:style style:name="T" style:family="table"><style:table-properties style:width="6.3in" table:align="center"/></style:style>'
            '<style:style style:name="T.A" style:family="table-column"><style:table-column-properties style:column-width="2.0in"/></style:style>'
            '<style:style style:name="T.B" style:family="table-column"><style:table-column-properties style:column-width="4.3in"/></style:style>'
            '<style:style style:name="T.a" style:family="table-cell"><style:table-cell-properties fo:padding-right="0.15in" fo:padding-top="0.07in" fo:padding-bottom="0.07in"/></style:style>'
            '<style:style style:name="T.b" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.15in" fo:padding-top="0.07in" fo:padding-bottom="0.07in" fo:border-left="1pt solid #2b3a67"/></style:style>')
    rows = [('Participant', 'Jonah B. Whitcombe, MLS(ASCP)', 'ValB'), ('Student ID', 'UC-00492817', 'Val'),
            ('Course', 'Principles of Laboratory Supervision and Management', 'ValB'),
            ('Course Number', 'MLS-CE 415', 'Val'), ('Delivery', 'Online, instructor-paced (six weeks)', 'Val'),
            ('Completion date', 'August 1, 2025', 'Val'), ('Grade', 'Satisfactory', 'Val'),
            ('Continuing Education Units', '1.5 CEU', 'ValB')]
    trs = ''.join('<table:table-row><table:table-cell table:style-name="T.a"><text:p text:style-name="Lab">%s</text:p></table:table-cell>'
                  '<table:table-cell table:style-name="T.b"><text:p text:style-name="%s">%s</text:p></table:table-cell></table:table-row>'
                  % (xesc(a), s, xesc(b)) for a, b, s in rows)
    body = ('<text:p text:style-name="U">University of the Cascades</text:p>'
            '<text:p text:style-name="Sc">School of Health Professions \u00b7 Continuing Education</text:p>'
            '<text:p text:style-name="H">CERTIFICATE OF COMPLETION</text:p>'
            '<table:table table:name="T" table:style-name="T"><table:table-column table:style-name="T.A"/>'
            '<table:table-column table:style-name="T.B"/>' + trs + '</table:table>'
            '<text:p text:style-name="St">The University of the Cascades, School of Health Professions, awards Continuing '
            'Education Units in accordance with the criteria of the International Accreditors for Continuing Education and '
            'Training (IACET): one CEU equals ten contact hours of participation. This certificate was produced at the '
            'participant\u2019s request on September 15, 2025.</text:p>'
            '<text:p text:style-name="Sig">Dr. Marianne E. Holloway-Finch</text:p>'
            '<text:p text:style-name="SigT">Associate Dean, School of Health Professions</text:p>')
    fodt_save_pdf(27, fodt_doc(styles, auto, body, border='1.5pt solid #2b3a67', padding='0.35in', margin='0.55in'))


# =================================================================== j28
@cert(28, 'ghostscript', 'vendor-training', ['portrait', 'two-pages', 'transcript-line', 'format-line',
      'header-band', 'signature-block'],
      'Virtual Instructor-Led Training on its own line; training academy of a vendor issues it (both forms '
      'gold); page 2 has a transcript line repeating the course; customer account number distractor.',
      'Ingrid M. Solberg', 'Flow Cytometry Panel Design and Compensation', '2025-05-22', 4.0, 'contact hour',
      ['Halvorsen Biosystems', 'Halvorsen Biosystems, Technical Training Academy'], 'HB-FC-220')
def j28(g):
    b = []
    # page 1
    b.append('0.05 0.35 0.45 setrgbcolor newpath 0 700 moveto 612 700 lineto 612 792 lineto 0 792 lineto closepath fill')
    b.append('1 1 1 setrgbcolor /HB 24 F %s 50 750 L' % pss('Halvorsen Biosystems'))
    b.append('/HR 12 F %s 50 726 L' % pss('Technical Training Academy'))
    b.append('0 0 0 setrgbcolor /BD 26 F %s 306 630 C' % pss('Certificate of Training'))
    b.append('/BR 13 F %s 306 596 C' % pss('This document certifies that'))
    b.append('/BD 22 F %s 306 562 C' % pss('Ingrid M. Solberg, MB(ASCP)'))
    b.append('/BR 13 F %s 306 528 C' % pss('successfully completed the course'))
    b.append('/BD 17 F %s 306 496 C' % pss('Flow Cytometry Panel Design and Compensation'))
    b.append('0.05 0.35 0.45 setrgbcolor /HO 10.5 F %s 306 478 C 0 0 0 setrgbcolor' % pss('Virtual Instructor-Led Training'))
    b.append('/BR 12.5 F %s 306 440 C' % pss('Course code HB-FC-220  \u2022  Completed May 22, 2025'))
    b.append('/BR 12.5 F %s 306 420 C' % pss('4.0 P.A.C.E.\u00ae contact hours'))
    st = ('Halvorsen Biosystems, Technical Training Academy is approved as a provider of continuing education programs in '
          'the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. A transcript line for this course appears '
          'on page 2.')
    y = 384
    for ln in wrap(st, 'TI', 10, 440):
        b.append('/TI 10 F %s 306 %d C' % (pss(ln), y))
        y -= 13
    b.append('0.5 setlinewidth 206 170 moveto 406 170 lineto stroke')
    b.append('/BR 11 F %s 306 156 C' % pss('Anneliese K. Brandvold, PhD'))
    b.append('/TI 10 F %s 306 143 C' % pss('Manager, Technical Training Academy'))
    b.append('/HR 8 F %s 50 40 L %s 562 40 R' % (pss('Customer account 30-77120'), pss('Page 1 of 2')))
    b.append('showpage')
    # page 2: transcript line
    b.append('0 0 0 setrgbcolor /HB 15 F %s 50 730 L' % pss('Training Transcript Extract'))
    b.append('/HR 10 F %s 50 712 L' % pss('Learner: Ingrid M. Solberg    Generated 06/02/2025'))
    b.append('0.8 setlinewidth 50 676 512 24 BOX')
    hdr = [('Code', 56), ('Course', 130), ('Completed', 400), ('Contact hrs', 470)]
    for t, x in hdr:
        b.append('/HB 9.5 F %s %d 684 L' % (pss(t), x))
    b.append('50 652 512 24 BOX')
    row = [('HB-FC-220', 56), ('Flow Cytometry Panel Design and Compensation', 130), ('05/22/2025', 400), ('4.0', 470)]
    for t, x in row:
        b.append('/HR 9.5 F %s %d 660 L' % (pss(t), x))
    b.append('/HR 8 F %s 562 40 R' % pss('Page 2 of 2'))
    b.append('showpage')
    ps_pdf(28, '\n'.join(b) + '\n', pages=2)


# =================================================================== j29
@cert(29, 'reportlab-acroform', 'webinar', ['portrait', 'form-fields-flattened', 'title-split-over-3-fields',
      'long-title-wrap', 'format-line', 'two-column-label-value'],
      'Long title split over three stacked single-line form fields; On-Demand Webinar on its own line '
      'above the field; access code and viewed-minutes distractors.',
      'Vikram S. Rao',
      'Middleware Rules for Autoverification: Design, Validation, and Ongoing Monitoring in a High-Volume Core '
      'Laboratory Serving Outpatient and Emergency Department Populations',
      '2025-09-30', 1.0, 'contact hour', ['Laboratory Informatics Collaborative', 'LIC'], 'LIC-OD-0931')
def j29(g):
    W, H = letter
    form = src(29, '.form.pdf')
    c = rl_canvas.Canvas(form, pagesize=letter)
    c.setStrokeColor(colors.HexColor('#37474f'))
    c.setLineWidth(1.5)
    c.rect(36, 36, W - 72, H - 72)
    c.setFillColor(colors.HexColor('#37474f'))
    c.setFont('LibSans-Bold', 20)
    c.drawString(60, H - 84, 'Laboratory Informatics Collaborative')
    c.setFont('LibSans', 10)
    c.drawString(60, H - 100, 'LIC  \u00b7  Education Committee')
    c.setFillColor(colors.black)
    c.setFont('LibSerif', 26)
    c.drawString(60, H - 160, 'Certificate of Completion')
    c.setFont('LibSans', 10)
    c.drawString(60, H - 180, 'Completed fields are generated automatically when the post-webinar evaluation is submitted.')

    def fld(label, name, value, y, h=22, multiline=False, size=11.5):
        c.setFont('LibSans-Bold', 10)
        c.drawString(60, y + h - 15, label)
        kw = {}
        if multiline:
            kw['fieldFlags'] = 'multiline'
        c.acroForm.textfield(name=name, value=value, x=190, y=y, width=360, height=h, fontName='Helvetica',
                             fontSize=size, borderWidth=0.6, borderColor=colors.HexColor('#90a4ae'),
                             fillColor=colors.HexColor('#f4f7f8'), textColor=colors.black, forceBorder=True, **kw)

    fld('Participant', 'participant', 'Vikram S. Rao', H - 240)
    c.setFont('LibSans-Oblique', 9.5)
    c.setFillColor(colors.HexColor('#c62828'))
    c.drawString(190, H - 262, 'On-Demand Webinar')
    c.setFillColor(colors.black)
    tl = wrap(g['title'], 'Helvetica', 11, 345)
    assert len(tl) == 3, tl
    fld('Webinar title', 'title_1', tl[0], H - 290, h=20, size=11)
    c.acroForm.textfield(name='title_2', value=tl[1], x=190, y=H - 310, width=360, height=20, fontName='Helvetica',
                         fontSize=11, borderWidth=0.6, borderColor=colors.HexColor('#90a4ae'),
                         fillColor=colors.HexColor('#f4f7f8'), textColor=colors.black, forceBorder=True)
    c.acroForm.textfield(name='title_3', value=tl[2], x=190, y=H - 330, width=360, height=20, fontName='Helvetica',
                         fontSize=11, borderWidth=0.6, borderColor=colors.HexColor('#90a4ae'),
                         fillColor=colors.HexColor('#f4f7f8'), textColor=colors.black, forceBorder=True)
    fld('Webinar code', 'code', 'LIC-OD-0931', H - 368)
    fld('Date completed', 'date', 'September 30, 2025', H - 404)
    fld('Minutes viewed', 'minutes', '62 of 60', H - 440)
    fld('Access code', 'access', 'K7Q-22X-90P', H - 476)
    fld('Credit awarded', 'credit', '1.0 P.A.C.E.\u00ae contact hour', H - 512)
    st = ParagraphStyle('s', fontName='LibSans', fontSize=9, leading=12)
    rl_para(c, 'The Laboratory Informatics Collaborative is approved as a provider of continuing education programs in '
            'the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.', 60, H - 540, W - 120, st)
    c.line(60, 120, 250, 120)
    c.setFont('LibSerif-Italic', 11)
    c.drawString(60, 106, 'Tobias N. Engstrom, MS, MLS(ASCP)CM')
    c.setFont('LibSans', 9)
    c.drawString(60, 94, 'Education Committee Chair')
    c.showPage()
    c.save()
    flatten_form(29, form)


# =================================================================== j30
@cert(30, 'docx', 'public-health-lab', ['portrait', 'two-column-label-value', 'header-rule', 'signature-block'],
      'County health department issues it through its public health laboratory (both forms gold); CLIA '
      'number, LRN designation and session time are distractors.',
      'Chantelle R. Boudreaux', 'Bioterrorism Agent Rule-Out for Sentinel Clinical Laboratories', '2026-02-19', 4.0,
      'contact hour',
      ['Metro Valley County Department of Public Health',
       'Metro Valley County Department of Public Health, Public Health Laboratory'], 'MVPHL-BT-22')
def j30(g):
    doc = docx_setup(margins=0.9)
    dpar(doc, [('Metro Valley County Department of Public Health', dict(size=16, bold=True, font='Liberation Sans',
                                                                       color='0B3D91'))], 'l', 0, 0)
    p = dpar(doc, [('Public Health Laboratory  \u2022  Laboratory Response Network Reference Laboratory  \u2022  CLIA No. 05D0987654',
                    dict(size=9, font='Liberation Sans', color='444444'))], 'l', 0, 26)
    pPr = p._element.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    bot = OxmlElement('w:bottom')
    for k, v in (('w:val', 'single'), ('w:sz', '12'), ('w:space', '6'), ('w:color', '0B3D91')):
        bot.set(qn(k), v)
    bdr.append(bot)
    pPr.append(bdr)
    dpar(doc, [('Certificate of Training Completion', dict(size=22, font='Liberation Serif'))], 'c', 10, 24)
    t = doc.add_table(rows=7, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [('Name', 'Chantelle R. Boudreaux, MLS(ASCP)CM'),
            ('Training', 'Bioterrorism Agent Rule-Out for Sentinel Clinical Laboratories'),
            ('Course ID', 'MVPHL-BT-22'),
            ('Date', 'February 19, 2026 (08:30\u201312:45)'),
            ('Format', 'Wet workshop, BSL-2 teaching laboratory'),
            ('Contact hours', '4.0'),
            ('Instructor', 'Aurelio J. Maddox, MPH, M(ASCP)')]
    for i, (a, b) in enumerate(rows):
        cell_text(t.rows[i].cells[0], [(a, dict(size=11, bold=True, font='Liberation Sans', color='0B3D91'))], 'r', 4, 4)
        cell_text(t.rows[i].cells[1], [(b, dict(size=12, font='Liberation Serif'))], 'l', 4, 4)
        t.rows[i].cells[0].width = Inches(1.7)
        t.rows[i].cells[1].width = Inches(4.6)
    dpar(doc, [('The Metro Valley County Department of Public Health, Public Health Laboratory, is approved as a provider of '
                'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. '
                'Content follows current ASM sentinel level clinical laboratory guidelines.',
                dict(size=9.5, font='Liberation Sans', color='333333'))], 'j', 24, 40)
    dpar(doc, [('Ramon E. Castaneda-Whitley, PhD, HCLD(ABB)', dict(size=12, italic=True))], 'l', 0, 0)
    dpar(doc, [('Director, Public Health Laboratory', dict(size=10, font='Liberation Sans'))], 'l', 0, 0)
    docx_save_pdf(30, doc)


# =================================================================== j31
@cert(31, 'ghostscript', 'ascls-pace', ['portrait', 'one-paragraph', 'title-in-quotes', 'ornamental-border',
      'signature-block'],
      'One-paragraph wording; title in curly quotes followed by a comma inside the quotes (comma not part of '
      'title); college program issues it (both forms gold); apostrophe in name.',
      "Patrick O'Donnell", 'Body Fluid Cell Counts and Differentials', '2025-08-09', 3.0, 'contact hour',
      ['Redwood Coast Community College', 'Redwood Coast Community College, Medical Laboratory Technology Program'],
      '612-044-25')
def j31(g):
    b = []
    b.append('0.2 0.35 0.2 setrgbcolor 3 setlinewidth 40 40 532 712 BOX 0.8 setlinewidth 48 48 516 696 BOX')
    for x, y in [(48, 48), (564, 48), (48, 744), (564, 744)]:
        b.append('newpath %d %d 10 0 360 arc stroke' % (x, y))
    b.append('/NB 20 F %s 306 680 C' % pss('Redwood Coast Community College'))
    b.append('/NI 13 F %s 306 660 C' % pss('Medical Laboratory Technology Program'))
    b.append('0 0 0 setrgbcolor /NB 24 F %s 306 590 C' % pss('Certificate of Continuing Education'))
    para = ('Redwood Coast Community College, Medical Laboratory Technology Program, certifies that Patrick O\'Donnell, '
            'MLT(ASCP), attended \u201cBody Fluid Cell Counts and Differentials,\u201d a hands-on Saturday workshop held on '
            'August 9, 2025, and is awarded 3.0 P.A.C.E.\u00ae contact hours (P.A.C.E.\u00ae Program No. 612-044-25).')
    y = 530
    for ln in wrap(para, 'TR', 14, 430):
        b.append('/TR 14 F %s 91 %d L' % (pss(ln), y))
        y -= 21
    st = ('Redwood Coast Community College is approved as a provider of continuing education programs in the clinical '
          'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.')
    y -= 20
    for ln in wrap(st, 'TI', 10.5, 430):
        b.append('/TI 10.5 F %s 306 %d C' % (pss(ln), y))
        y -= 14
    b.append('0.5 setlinewidth 91 190 moveto 281 190 lineto stroke 331 190 moveto 521 190 lineto stroke')
    b.append('/TR 11 F %s 91 176 L %s 331 176 L' % (pss('Dolores M. Achterhof, MS, MLS(ASCP)'), pss('Kenji A. Watanabe, MD')))
    b.append('/TI 9.5 F %s 91 163 L %s 331 163 L' % (pss('Program Director, MLT'), pss('Workshop Medical Advisor')))
    b.append('/HR 8 F %s 306 70 C' % pss('Student/Alumni ID 7720-1184  \u2022  Printed 08/14/2025'))
    b.append('showpage')
    ps_pdf(31, '\n'.join(b) + '\n')


# =================================================================== j32
@cert(32, 'reportlab', 'adlm', ['landscape', 'two-panel', 'claimed-vs-maximum', 'credit-box', 'long-title-wrap'],
      'ACCENT contact hours claimed 1.0 of 1.5 available; credit box in a right-hand panel below the title '
      'lines; session date day-month-year; certificate ID and generated date distractors.',
      'Hana Yilmaz', 'Pediatric Reference Intervals: Establishing, Transferring, and Verifying Limits in a Hospital '
      'Laboratory', '2025-09-17', 1.0, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'],
      '25-WB-0917')
def j32(g):
    W, H = landscape(letter)
    c = rl_canvas.Canvas(out_pdf(32), pagesize=(W, H))
    teal = colors.HexColor('#007a6e')
    c.setFillColor(teal)
    c.rect(0, H - 14, W, 14, fill=1, stroke=0)
    c.rect(0, 0, W, 14, fill=1, stroke=0)
    c.setFont('DejaVuSans-Bold', 24)
    c.drawString(54, H - 70, 'ADLM')
    c.setFillColor(colors.HexColor('#333333'))
    c.setFont('DejaVuSans', 10.5)
    c.drawString(54, H - 88, 'Association for Diagnostics & Laboratory Medicine')
    c.setFillColor(colors.black)
    c.setFont('DejaVuSerif', 30)
    c.drawString(54, H - 150, 'Certificate of Attendance')
    c.setFont('DejaVuSans', 11)
    c.drawString(54, H - 180, 'This is to certify that')
    c.setFont('DejaVuSans-Bold', 22)
    c.drawString(54, H - 208, 'Hana Yilmaz, MLS(ASCP)CM, DLM(ASCP)')
    c.setFont('DejaVuSans', 11)
    c.drawString(54, H - 236, 'attended the live virtual session')
    st = ParagraphStyle('t', fontName='DejaVuSerif-Bold', fontSize=16, leading=21, textColor=teal)
    yb = rl_para(c, 'Pediatric Reference Intervals: Establishing, Transferring, and Verifying Limits in a Hospital '
                 'Laboratory', 54, H - 246, W - 108, st)
    c.setFont('DejaVuSans', 11)
    y = yb - 30
    for lab, val in [('Session date', '17 September 2025'), ('Activity ID', '25-WB-0917'),
                     ('Certificate ID', 'C-25-0917-3318')]:
        c.setFont('DejaVuSans-Bold', 11)
        c.drawString(54, y, lab + ':')
        c.setFont('DejaVuSans', 11)
        c.drawString(170, y, val)
        y -= 18
    # credit box (right, below the title)
    bx, by, bw, bh = W - 330, yb - 110, 276, 92
    c.setStrokeColor(teal)
    c.setLineWidth(1.2)
    c.rect(bx, by, bw, bh)
    c.setFont('DejaVuSans-Bold', 10)
    c.setFillColor(teal)
    c.drawString(bx + 12, by + bh - 18, 'ACCENT\u00ae CREDIT')
    c.setFillColor(colors.black)
    c.setFont('DejaVuSans', 10.5)
    c.drawString(bx + 12, by + bh - 38, 'Contact hours claimed: 1.0')
    c.drawString(bx + 12, by + bh - 56, 'Maximum available: 1.5')
    c.setFont('DejaVuSans', 8.5)
    c.drawString(bx + 12, by + bh - 74, 'Partial attendance recorded by the platform')
    sm = ParagraphStyle('s', fontName='DejaVuSans', fontSize=8.5, leading=11)
    rl_para(c, 'ADLM designates this activity for a maximum of 1.5 ACCENT&reg; contact hours. Participants should claim only '
            'the credit commensurate with the extent of their participation. ACCENT&reg; credit is recognized for the ASCP '
            'Board of Certification Credential Maintenance Program.', 54, by - 16, W - 108, sm)
    c.setFont('DejaVuSerif-Italic', 11)
    c.drawString(54, 72, 'Cornelius B. Adeyemi-Shaw, PhD, DABCC')
    c.setFont('DejaVuSans', 9)
    c.drawString(54, 60, 'Chair, Education Core Committee')
    c.setFont('DejaVuSans', 7.5)
    c.drawRightString(W - 54, 60, 'Generated 2025-09-24 16:02 UTC')
    c.showPage()
    c.save()


# =================================================================== j33
@cert(33, 'fpdf', 'nsh', ['landscape', 'centred-award', 'all-caps-name', 'format-line', 'border', 'seal',
      'signature-block'],
      'Hands-On Workshop on its own line under the title; ALL-CAPS name; NSH membership ID distractor.',
      'LORENZO J. BELLUCCI', 'Heat-Induced Epitope Retrieval: Optimizing IHC Protocols for Decalcified Tissues',
      '2025-09-27', 3.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'W-214')
def j33(g):
    body = r"""
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(91, 42, 110);
$pdf->SetLineWidth(2.5); $pdf->Rect(10, 10, 259.4, 195.9);
$pdf->SetLineWidth(0.4); $pdf->Rect(14, 14, 251.4, 187.9);
for ($i = 0; $i < 24; $i++) { $x = 22 + $i * 10.3; $pdf->Line($x, 18, $x + 5, 18); $pdf->Line($x, 197.9, $x + 5, 197.9); }
$pdf->SetTextColor(91, 42, 110);
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(14, 26); $pdf->Cell(251.4, 7, 'National Society for Histotechnology', 0, 1, 'C');
$pdf->SetFont('Times', '', 10); $pdf->SetX(14); $pdf->Cell(251.4, 5, 'NSH  -  Education and Professional Development', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 30); $pdf->SetXY(14, 46); $pdf->Cell(251.4, 13, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(14, 66); $pdf->Cell(251.4, 6, 'This certificate is awarded to', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 20); $pdf->SetXY(14, 76); $pdf->Cell(251.4, 10, 'LORENZO J. BELLUCCI, HTL(ASCP)QIHC', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12); $pdf->SetXY(14, 92); $pdf->Cell(251.4, 6, 'for completing', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 17); $pdf->SetXY(14, 101); $pdf->Cell(251.4, 8, 'Heat-Induced Epitope Retrieval: Optimizing IHC Protocols for Decalcified Tissues', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9.5); $pdf->SetTextColor(91, 42, 110); $pdf->SetXY(14, 110); $pdf->Cell(251.4, 5, 'Hands-On Workshop', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 12); $pdf->SetXY(14, 122);
$pdf->Cell(251.4, 6, 'Workshop No. W-214   |   September 27, 2025   |   3.0 contact hours', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 9); $pdf->SetXY(50, 132);
$pdf->MultiCell(179.4, 4.5, 'The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' . chr(174) . ' Program. Contact hours are awarded for full attendance only.', 0, 'C');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(0, 0, 0); $pdf->Line(35, 175, 105, 175);
$pdf->SetFont('Times', '', 10.5); $pdf->SetXY(35, 176); $pdf->Cell(70, 5, 'Priscilla D. Ravenwood, HT(ASCP)', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 9); $pdf->SetX(35); $pdf->Cell(70, 4.5, 'Workshop Coordinator', 0, 1, 'C');
$pdf->SetDrawColor(91, 42, 110); $pdf->SetLineWidth(1);
$cx = 225; $cy = 172; $r = 17; $n = 36;
for ($i = 0; $i < $n; $i++) { $a1 = 2 * M_PI * $i / $n; $a2 = 2 * M_PI * ($i + 1) / $n;
  $pdf->Line($cx + $r * cos($a1), $cy + $r * sin($a1), $cx + $r * cos($a2), $cy + $r * sin($a2)); }
$pdf->SetFont('Times', 'B', 11); $pdf->SetTextColor(91, 42, 110); $pdf->SetXY($cx - 15, $cy - 4); $pdf->Cell(30, 5, 'NSH', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(20, 188); $pdf->Cell(100, 4, 'Membership ID 0054418', 0, 0, 'L');
"""
    fpdf_pdf(33, body)


# =================================================================== j34
@cert(34, 'chromium', 'amt', ['portrait', 'one-paragraph', 'title-in-quotes', 'css-border'],
      'One paragraph carries all facts; title in curly quotes; AMT ID and date issued distractors; unit '
      'printed as "CE hour".',
      'Shanice T. Worthington', 'Laboratory Ethics and HIPAA Privacy Refresher', '2026-01-22', 1.0, 'CE hour',
      ['American Medical Technologists', 'AMT'], 'AMT-OL-0458')
def j34(g):
    css = """
@page { size: letter; margin: 0.5in; }
body { font-family: 'Liberation Serif', serif; }
.b { border: 3px solid #00205b; outline: 1px solid #00205b; outline-offset: -10px; height: 9.7in; box-sizing: border-box; padding: 0.8in 0.9in; }
.org { font-family: 'Liberation Sans', sans-serif; font-size: 28px; font-weight: bold; color: #00205b; text-align: center; }
.org2 { font-family: 'Liberation Sans', sans-serif; font-size: 13px; color: #00205b; text-align: center; margin-bottom: 60px; }
h1 { text-align: center; font-weight: normal; font-size: 30px; margin: 0 0 40px; font-variant: small-caps; letter-spacing: 1px; }
p.m { font-size: 18px; line-height: 1.7; text-align: justify; }
.fine { font-family: 'Liberation Sans', sans-serif; font-size: 11px; color: #444; margin-top: 40px; line-height: 1.5; }
.sig { margin-top: 70px; font-size: 14px; }
.sig .line { border-top: 1px solid #000; width: 3in; padding-top: 4px; }
"""
    body = """
<div class="b">
<div class="org">AMT</div>
<div class="org2">American Medical Technologists</div>
<h1>Certificate of Continuing Education</h1>
<p class="m">American Medical Technologists hereby certifies that Shanice T. Worthington, MT(AMT), completed the online
course &ldquo;Laboratory Ethics and HIPAA Privacy Refresher&rdquo; on January 22, 2026, earning 1.0 CE hour
(course code AMT-OL-0458).</p>
<div class="fine">American Medical Technologists is approved as a provider of continuing education programs in the clinical
laboratory sciences by the ASCLS P.A.C.E.&reg; Program.<br>AMT ID: 3308125 &nbsp;&middot;&nbsp; Date issued: 01/23/2026</div>
<div class="sig"><div class="line">Gwendolyn S. Ferreira, MEd, MT(AMT)<br>Director of Education</div></div>
</div>
"""
    chromium_pdf(34, html_page(css, body))


# =================================================================== j35
@cert(35, 'tcpdf', 'state-society', ['portrait', 'centred-award', 'letter-spaced-name', 'all-caps-name',
      'format-line', 'session-certificate', 'date-range', 'border'],
      'Session certificate at a two-day state meeting: "2026 Spring Symposium" on its own line above the session '
      'title (not part of it); session on the last day of the April 10-11 range; letter-spaced ALL-CAPS name; '
      'license number distractor.',
      'MEGAN E. THORSBY',
      'Emerging Tick-Borne Diseases of New England: Babesia, Anaplasma, and Powassan Virus in the Clinical Laboratory',
      '2026-04-11', 1.5, 'contact hour', ['Granite State Clinical Laboratory Society', 'GSCLS'], 'S-12')
def j35(g):
    body = r"""
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false);
$pdf->SetMargins(0, 0, 0);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1, 'color' => array(40, 80, 60), 'dash' => 0));
$pdf->Rect(30, 30, 552, 732);
$pdf->SetLineStyle(array('width' => 4, 'color' => array(40, 80, 60)));
$pdf->Rect(38, 38, 536, 716);
$pdf->SetTextColor(40, 80, 60);
$pdf->SetFont('dejavuserifcondensed', 'B', 17); $pdf->SetXY(50, 80); $pdf->Cell(512, 22, 'Granite State Clinical Laboratory Society', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetXY(50, 104); $pdf->Cell(512, 14, 'GSCLS', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavuserif', '', 26); $pdf->SetXY(50, 160); $pdf->Cell(512, 32, 'Session Attendance Certificate', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(50, 214); $pdf->Cell(512, 16, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 19); $pdf->setFontSpacing(3);
$pdf->SetXY(50, 240); $pdf->Cell(512, 26, 'MEGAN E. THORSBY, MLS(ASCP)CM', 0, 1, 'C');
$pdf->setFontSpacing(0);
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(50, 284); $pdf->Cell(512, 16, 'attended the educational session', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 10); $pdf->SetTextColor(40, 80, 60);
$pdf->SetXY(50, 312); $pdf->Cell(512, 14, '2026 Spring Symposium', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavuserif', 'B', 15); $pdf->SetXY(90, 332);
$pdf->MultiCell(432, 20, 'Emerging Tick-Borne Diseases of New England: Babesia, Anaplasma, and Powassan Virus in the Clinical Laboratory', 0, 'C');
$y = $pdf->GetY() + 16;
$pdf->SetFont('dejavusans', '', 10.5);
$pdf->SetXY(50, $y); $pdf->Cell(512, 15, 'Symposium: April 10–11, 2026, Lakes Region Conference Center, Meredith, New Hampshire', 0, 1, 'C');
$pdf->SetXY(50, $y + 18); $pdf->Cell(512, 15, 'Session S-12 · Saturday, April 11, 2026 · 1.5 P.A.C.E.® contact hours', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 9); $pdf->SetXY(80, $y + 54);
$pdf->MultiCell(452, 12, 'The Granite State Clinical Laboratory Society is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Session attendance was confirmed by the room monitor.', 0, 'C');
$pdf->SetLineStyle(array('width' => 0.6, 'color' => array(0, 0, 0)));
$pdf->Line(100, 640, 280, 640); $pdf->Line(332, 640, 512, 640);
$pdf->SetFont('dejavuserif', '', 10);
$pdf->SetXY(100, 644); $pdf->Cell(180, 13, 'Theresa M. Gagnon, MLS(ASCP)', 0, 0, 'C');
$pdf->SetXY(332, 644); $pdf->Cell(180, 13, 'Elliot J. Pressman, PhD', 0, 0, 'C');
$pdf->SetFont('dejavuserif', 'I', 8.5);
$pdf->SetXY(100, 658); $pdf->Cell(180, 12, 'Symposium Chair', 0, 0, 'C');
$pdf->SetXY(332, 658); $pdf->Cell(180, 12, 'Session Moderator', 0, 0, 'C');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(50, 726); $pdf->Cell(512, 10, 'NH CLS License No. 4471-L (as provided by attendee)', 0, 0, 'C');
"""
    tcpdf_pdf(35, body)


# =================================================================== j36
@cert(36, 'fodt', 'clsi', ['landscape', 'centred-award', 'date-range', 'page-border', 'small-table',
      'signature-block'],
      'Two-day workshop (last day); contact hours in a small facts table; invoice number distractor; series '
      'name "Standards Implementation Workshop" printed above the title on its own line.',
      'Abdullahi Musa', 'Method Comparison and Bias Estimation: Implementing EP09 in Your Laboratory', '2025-06-03',
      12.0, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'WKS-EP09-2506')
def j36(g):
    styles = ''.join([
        pstyle('O', '30pt', bold=True, font='Liberation Sans', color='#005b96', after='0in'),
        pstyle('O2', '12pt', font='Liberation Sans', color='#005b96', after='0.25in'),
        pstyle('H', '28pt', font='Liberation Serif', after='0.15in'),
        pstyle('S', '12pt', italic=True, after='0.06in'),
        pstyle('N', '24pt', bold=True, after='0.12in'),
        pstyle('Ser', '10pt', font='Liberation Sans', color='#666666', spacing='0.02in', after='0.03in'),
        pstyle('T', '17pt', bold=True, color='#005b96', after='0.2in'),
        pstyle('Cell', '10.5pt', align='center', font='Liberation Sans'),
        pstyle('CellB', '9pt', align='center', font='Liberation Sans', bold=True, color='#ffffff'),
        pstyle('St', '8.5pt', font='Liberation Sans', color='#444444', before='0.18in'),
        pstyle('Sig', '10.5pt', align='start', before='0.35in'),
        pstyle('SigT', '9pt', align='start', italic=True),
    ])
    auto = ('<style:style style:name="K" style:family="table"><style:table-properties style:width="7.6in" table:align="center"/></style:style>'
            '<style:style style:name="K.A" style:family="table-column"><style:table-column-properties style:column-width="1.9in"/></style:style>'
            '<style:style style:name="K.h" style:family="table-cell"><style:table-cell-properties fo:background-color="#005b96" fo:padding="0.04in" fo:border="0.5pt solid #005b96"/></style:style>'
            '<style:style style:name="K.c" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border="0.5pt solid #005b96"/></style:style>')
    heads = ['Workshop No.', 'Dates', 'Contact Hours (P.A.C.E.\u00ae)', 'Invoice No.']
    vals = ['WKS-EP09-2506', 'June 2\u20133, 2025', '12.0', 'INV-250611-07']
    tab = ('<table:table table:name="K" table:style-name="K"><table:table-column table:style-name="K.A" table:number-columns-repeated="4"/>'
           '<table:table-row>' + ''.join('<table:table-cell table:style-name="K.h"><text:p text:style-name="CellB">%s</text:p></table:table-cell>' % xesc(h) for h in heads) +
           '</table:table-row><table:table-row>' + ''.join('<table:table-cell table:style-name="K.c"><text:p text:style-name="Cell">%s</text:p></table:table-cell>' % xesc(v) for v in vals) +
           '</table:table-row></table:table>')
    body = ('<text:p text:style-name="O">CLSI</text:p>'
            '<text:p text:style-name="O2">Clinical and Laboratory Standards Institute</text:p>'
            '<text:p text:style-name="H">Certificate of Completion</text:p>'
            '<text:p text:style-name="S">awarded to</text:p>'
            '<text:p text:style-name="N">Abdullahi Musa, MSc, MLS(ASCPi)</text:p>'
            '<text:p text:style-name="S">for full participation in the</text:p>'
            '<text:p text:style-name="Ser">STANDARDS IMPLEMENTATION WORKSHOP</text:p>'
            '<text:p text:style-name="T">Method Comparison and Bias Estimation: Implementing EP09 in Your Laboratory</text:p>'
            + tab +
            '<text:p text:style-name="St">CLSI is approved as a provider of continuing education programs in the clinical '
            'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Held at CLSI headquarters and online.</text:p>'
            '<text:p text:style-name="Sig">Harmon T. Lisowski, MS</text:p>'
            '<text:p text:style-name="SigT">Director, Education and Standards Implementation</text:p>')
    fodt_save_pdf(36, fodt_doc(styles, auto, body, width='11in', height='8.5in', margin='0.5in',
                               border='2pt solid #005b96', padding='0.25in'))


# =================================================================== j37
@cert(37, 'reportlab', 'asm', ['portrait', 'labels-above-values', 'format-line', 'seal', 'header-band'],
      'Self-Study on its own line; labels above values in a two-column grid; purchase date is a distractor '
      '(earlier than completion); order number distractor.',
      'Corinne L. Delacroix', 'Anaerobe Identification: A Case-Based Review for the Clinical Microbiology Laboratory',
      '2025-07-11', 2.0, 'contact hour', ['American Society for Microbiology', 'ASM'], 'ASM-SS-2207')
def j37(g):
    W, H = letter
    c = rl_canvas.Canvas(out_pdf(37), pagesize=letter)
    blue = colors.HexColor('#1f4e79')
    c.setFillColor(blue)
    c.rect(0, H - 110, W, 110, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('LibSerif-Bold', 34)
    c.drawString(60, H - 66, 'ASM')
    c.setFont('LibSerif', 14)
    c.drawString(60, H - 88, 'American Society for Microbiology')
    c.setFont('LibSans', 9)
    c.drawRightString(W - 60, H - 66, 'Continuing Education')
    c.drawRightString(W - 60, H - 80, 'Self-paced learning')
    c.setFillColor(colors.black)
    c.setFont('LibSerif', 28)
    c.drawString(60, H - 170, 'Certificate of Completion')
    c.setFont('LibSans', 11)
    c.drawString(60, H - 200, 'Awarded to')
    c.setFont('LibSerif-Bold', 22)
    c.drawString(60, H - 226, 'Corinne L. Delacroix, M(ASCP)')
    c.setFont('LibSans', 11)
    c.drawString(60, H - 262, 'for completing the course')
    st = ParagraphStyle('t', fontName='LibSerif-Bold', fontSize=16, leading=20, textColor=blue)
    yb = rl_para(c, 'Anaerobe Identification: A Case-Based Review for the Clinical Microbiology Laboratory',
                 60, H - 270, W - 120, st)
    c.setFont('LibSans-Oblique', 10)
    c.drawString(60, yb - 16, 'Self-Study')
    grid = [[('ACTIVITY CODE', 'ASM-SS-2207'), ('DATE OF COMPLETION', 'July 11, 2025')],
            [('P.A.C.E.\u00ae CONTACT HOURS', '2.0'), ('PURCHASED', 'June 3, 2025')],
            [('ORDER NUMBER', 'ASM-WEB-4471902'), ('LEVEL', 'Intermediate')]]
    y = yb - 60
    for row in grid:
        x = 60
        for lab, val in row:
            c.setFont('LibSans-Bold', 8)
            c.setFillColor(blue)
            c.drawString(x, y, lab)
            c.setFillColor(colors.black)
            c.setFont('LibSans', 13)
            c.drawString(x, y - 17, val)
            c.setStrokeColor(colors.HexColor('#c5d3e2'))
            c.line(x, y - 23, x + 220, y - 23)
            x += 250
        y -= 46
    sm = ParagraphStyle('s', fontName='LibSans', fontSize=8.5, leading=11)
    rl_para(c, 'ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
            'ASCLS P.A.C.E.&reg; Program. Credit is awarded after a passing score on the post-test.', 60, y - 4, 380, sm)
    rl_seal(c, W - 120, 140, 46, 'ASM', 'P.A.C.E.', color=blue)
    c.setStrokeColor(colors.black)
    c.line(60, 130, 240, 130)
    c.setFont('LibSerif-Italic', 11)
    c.drawString(60, 117, 'Olusegun T. Braithwaite, PhD, D(ABMM)')
    c.setFont('LibSans', 8.5)
    c.drawString(60, 105, 'Chair, Continuing Education Committee')
    c.showPage()
    c.save()


# =================================================================== j38
@cert(38, 'reportlab-acroform', 'cap-joint', ['landscape', 'form-fields-flattened', 'credit-table', 'suffix-name',
      'two-column-label-value', 'signature-block'],
      'Name with IV; joint accreditation: AMA PRA 2.0 vs P.A.C.E. 2.5 (lab figure) in form fields; inspector ID and '
      'inspector-status expiry are distractors.',
      'William E. Strand IV', 'Inspector Training: Laboratory General and All Common Checklist Requirements',
      '2025-06-18', 2.5, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAP-IT-0618')
def j38(g):
    W, H = landscape(letter)
    form = src(38, '.form.pdf')
    c = rl_canvas.Canvas(form, pagesize=(W, H))
    navy = colors.HexColor('#003d79')
    c.setStrokeColor(navy)
    c.setLineWidth(3)
    c.rect(26, 26, W - 52, H - 52)
    c.setFillColor(navy)
    c.setFont('Helvetica-Bold', 20)
    c.drawString(54, H - 72, 'College of American Pathologists')
    c.setFont('Helvetica', 10)
    c.drawString(54, H - 88, 'CAP  \u00b7  Education for accreditation inspectors')
    c.setFillColor(colors.black)
    c.setFont('Times-Bold', 26)
    c.drawString(54, H - 140, 'Certificate of Completion')

    def fld(label, name, value, x, y, w, lw=130, size=11):
        c.setFont('Helvetica-Bold', 9.5)
        c.drawString(x, y + 7, label)
        c.acroForm.textfield(name=name, value=value, x=x + lw, y=y, width=w, height=20, fontName='Helvetica',
                             fontSize=size, borderWidth=0, fillColor=colors.HexColor('#eef3f9'),
                             textColor=colors.black, forceBorder=False)

    fld('Learner', 'learner', 'William E. Strand IV, MS, MT(ASCP)', 54, H - 190, 540)
    fld('Course', 'course', 'Inspector Training: Laboratory General and All Common Checklist Requirements', 54, H - 220,
        540, size=10.5)
    fld('Activity ID', 'aid', 'CAP-IT-0618', 54, H - 250, 170)
    fld('Completed', 'done', '06/18/2025', 384, H - 250, 170, lw=100)
    fld('Inspector ID', 'insp', 'INS-20931', 54, H - 280, 170)
    fld('Status valid to', 'valid', '06/30/2027', 384, H - 280, 170, lw=100)
    c.setFont('Helvetica-Bold', 10)
    c.drawString(54, H - 320, 'Credit')
    fld('AMA PRA Category 1 Credits\u2122', 'ama', '2.0', 54, H - 348, 80, lw=220)
    fld('ASCLS P.A.C.E.\u00ae contact hours', 'pace', '2.5', 54, H - 374, 80, lw=220)
    st = ParagraphStyle('s', fontName='Helvetica', fontSize=8.5, leading=11)
    rl_para(c, 'In support of improving patient care, the College of American Pathologists is jointly accredited by the '
            'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy '
            'Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for '
            'the healthcare team. The CAP designates this enduring material for a maximum of 2.0 AMA PRA Category 1 '
            'Credits\u2122. The CAP is approved as a provider of continuing education programs in the clinical laboratory '
            'sciences by the ASCLS P.A.C.E.&reg; Program.', 54, H - 398, W - 108, st)
    c.line(54, 92, 244, 92)
    c.setFont('Times-Italic', 11)
    c.drawString(54, 78, 'Lorraine B. Whitacre, MD, FCAP')
    c.setFont('Helvetica', 8.5)
    c.drawString(54, 66, 'Chair, Council on Education')
    c.showPage()
    c.save()
    flatten_form(38, form)


# =================================================================== j39
@cert(39, 'fodt', 'ascp-cmle', ['portrait', 'labels-above-values', 'series-title', 'centred-award', 'border'],
      'Series name "Transfusion Medicine Case of the Month" before the colon on the title line is part of the title; '
      'labels above values in a three-column table; 0.5 CMLE; certificate number and issued date distractors.',
      'Esperanza V. Ruiz', 'Transfusion Medicine Case of the Month: Delayed Hemolytic Transfusion Reaction After '
      'Emergency Release', '2026-02-05', 0.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'],
      'TM-COM-0226')
def j39(g):
    styles = ''.join([
        pstyle('A', '30pt', bold=True, font='Liberation Sans', color='#1b2f5b', after='0in'),
        pstyle('A2', '11pt', font='Liberation Sans', color='#1b2f5b', after='0.45in'),
        pstyle('H', '27pt', font='Liberation Serif', after='0.3in'),
        pstyle('S', '12pt', italic=True, after='0.1in'),
        pstyle('N', '23pt', bold=True, after='0.25in'),
        pstyle('T', '15pt', bold=True, color='#1b2f5b', after='0.4in',
               extra_para='fo:margin-left="0.3in" fo:margin-right="0.3in"'),
        pstyle('L', '8.5pt', font='Liberation Sans', bold=True, color='#1b2f5b'),
        pstyle('V', '13pt', font='Liberation Sans'),
        pstyle('St', '8.5pt', font='Liberation Sans', color='#444444', before='0.45in'),
        pstyle('F', '8pt', font='Liberation Sans', color='#777777', before='0.5in', align='start'),
    ])
    auto = ('<style:style style:name="G" style:family="table"><style:table-properties style:width="6in" table:align="center"/></style:style>'
            '<style:style style:name="G.A" style:family="table-column"><style:table-column-properties style:column-width="2in"/></style:style>'
            '<style:style style:name="G.l" style:family="table-cell"><style:table-cell-properties fo:padding="0.02in"/></style:style>'
            '<style:style style:name="G.v" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border-top="1pt solid #1b2f5b"/></style:style>')
    labs = ['COURSE CODE', 'DATE COMPLETED', 'CMLE CREDIT']
    vals = ['TM-COM-0226', 'February 5, 2026', '0.5']
    tab = ('<table:table table:name="G" table:style-name="G"><table:table-column table:style-name="G.A" table:number-columns-repeated="3"/>'
           '<table:table-row>' + ''.join('<table:table-cell table:style-name="G.l"><text:p text:style-name="L">%s</text:p></table:table-cell>' % l for l in labs) +
           '</table:table-row><table:table-row>' + ''.join('<table:table-cell table:style-name="G.v"><text:p text:style-name="V">%s</text:p></table:table-cell>' % xesc(v) for v in vals) +
           '</table:table-row></table:table>')
    body = ('<text:p text:style-name="A">ASCP</text:p>'
            '<text:p text:style-name="A2">American Society for Clinical Pathology</text:p>'
            '<text:p text:style-name="H">Certificate of Completion</text:p>'
            '<text:p text:style-name="S">presented to</text:p>'
            '<text:p text:style-name="N">Esperanza V. Ruiz, MLS(ASCP)CM SBB</text:p>'
            '<text:p text:style-name="S">for completing</text:p>'
            '<text:p text:style-name="T">Transfusion Medicine Case of the Month: Delayed Hemolytic Transfusion Reaction After '
            'Emergency Release</text:p>' + tab +
            '<text:p text:style-name="St">ASCP is approved as a provider of continuing education programs in the clinical '
            'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. ASCP designates this activity for a maximum of 0.5 '
            'CMLE credit.</text:p>'
            '<text:p text:style-name="F">Certificate No. 2026-0205-10472 \u00b7 Issued 02/06/2026</text:p>')
    fodt_save_pdf(39, fodt_doc(styles, auto, body, margin='0.5in', border='3pt double #1b2f5b', padding='0.35in'))


# =================================================================== j40
@cert(40, 'reportlab-acroform', 'hospital-inservice', ['portrait', 'form-fields-flattened', 'header-band',
      'two-column-label-value', 'signature-block'],
      'Blood center education department issues it (both forms gold); hyphenated surname; staff number and '
      'shift are distractors; format word In-Service in a field of its own.',
      'Keisha A. Montgomery-Lowe', 'Donor Reaction Recognition and Management', '2026-01-27', 1.0, 'contact hour',
      ['Heartland Community Blood Center', 'Heartland Community Blood Center, Department of Education and Training'],
      'IS-2026-004')
def j40(g):
    W, H = letter
    form = src(40, '.form.pdf')
    c = rl_canvas.Canvas(form, pagesize=letter)
    red = colors.HexColor('#b3202a')
    c.setFillColor(red)
    c.rect(0, H - 120, W, 120, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('DejaVuSans-Bold', 22)
    c.drawCentredString(W / 2, H - 60, 'Heartland Community Blood Center')
    c.setFont('DejaVuSans', 12)
    c.drawCentredString(W / 2, H - 82, 'Department of Education and Training')
    c.setFillColor(colors.black)
    c.setFont('DejaVuSerif', 24)
    c.drawCentredString(W / 2, H - 170, 'Continuing Education Certificate')
    rows = [('Staff member', 'name', 'Keisha A. Montgomery-Lowe, MLS(ASCP)'),
            ('Staff no.', 'staff', 'HCBC-01877'),
            ('Session title', 'title', 'Donor Reaction Recognition and Management'),
            ('Session type', 'type', 'In-Service'),
            ('In-service no.', 'isno', 'IS-2026-004'),
            ('Date attended', 'date', 'Tuesday, January 27, 2026'),
            ('Shift', 'shift', 'Night (19:00-07:30)'),
            ('Contact hours', 'hours', '1.0')]
    y = H - 230
    for lab, nm, val in rows:
        c.setFont('DejaVuSans-Bold', 10)
        c.drawRightString(200, y + 6, lab)
        c.acroForm.textfield(name=nm, value=val, x=214, y=y, width=330, height=21, fontName='Helvetica',
                             fontSize=11, borderWidth=0, fillColor=colors.HexColor('#fbeeee'),
                             textColor=colors.black, forceBorder=False)
        y -= 30
    st = ParagraphStyle('s', fontName='DejaVuSans', fontSize=8.5, leading=11.5, alignment=TA_JUSTIFY)
    rl_para(c, 'Heartland Community Blood Center, Department of Education and Training, is approved as a provider of '
            'continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. '
            'This record is retained in the employee training file.', 72, y - 6, W - 144, st)
    c.line(72, 118, 262, 118)
    c.line(W - 262, 118, W - 72, 118)
    c.setFont('DejaVuSerif-Italic', 10.5)
    c.drawString(72, 104, 'Dwayne P. Kittredge, MT(ASCP)SBB')
    c.drawString(W - 262, 104, 'Sofia I. Lindgren-Ames, MD')
    c.setFont('DejaVuSans', 8.5)
    c.drawString(72, 92, 'Education Coordinator')
    c.drawString(W - 262, 92, 'Medical Director')
    c.showPage()
    c.save()
    flatten_form(40, form)


# =================================================================== main
def main(argv):
    os.makedirs(SRC, exist_ok=True)
    only = set(int(a) for a in argv)
    nums = [c['num'] for c in CERTS]
    assert len(nums) == len(set(nums)), 'duplicate numbers'
    for c in sorted(CERTS, key=lambda c: c['num']):
        if only and c['num'] not in only:
            continue
        c['fn'](c['gold'])
        with open(os.path.join(DIR, stem(c['num']) + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(c['gold'], f, indent=2, ensure_ascii=False)
            f.write('\n')
        print('built', stem(c['num']), c['gold']['producer'])
    shutil.rmtree(os.path.join(SRC, '_lo_out'), ignore_errors=True)
    for d in ('.chromium-profile', '.soffice-profile'):
        shutil.rmtree(os.path.join(DIR, d), ignore_errors=True)


if __name__ == '__main__':
    main(sys.argv[1:])
