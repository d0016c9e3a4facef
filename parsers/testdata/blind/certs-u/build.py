#!/usr/bin/python3
"""Generator for the blind CE-certificate test set, written beside this script.

Writes uNN.pdf + uNN.gold.json for every certificate.  Sources (PHP, PostScript,
HTML, DOCX, FODT) go to src/; scratch files and browser/office profiles go to work/.
Run:  /usr/bin/python3 build.py [NN ...]
"""
import os, sys, json, shutil, subprocess

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib import colors
from reportlab.lib.units import inch, mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.pdfbase.pdfmetrics import stringWidth

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, 'src')
WORK = os.path.join(BASE, 'work')
for d in (SRC, WORK, os.path.join(WORK, 'tmp'), os.path.join(WORK, 'home')):
    os.makedirs(d, exist_ok=True)
ENV = dict(os.environ, TMPDIR=os.path.join(WORK, 'tmp'), HOME=os.path.join(WORK, 'home'))

CERTS = {}


def cert(n):
    def deco(fn):
        CERTS[n] = fn
        return fn
    return deco


def out(n):
    return os.path.join(BASE, 'u%02d.pdf' % n)


def src(n, ext):
    return os.path.join(SRC, 'u%02d.%s' % (n, ext))


def run(cmd, **kw):
    r = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode(errors='replace') + r.stderr.decode(errors='replace'))
        raise SystemExit('command failed: %s' % ' '.join(cmd))
    return r


# ---------------------------------------------------------------- PHP (FPDF / TCPDF)
FPDF_HEAD = r"""<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
class PDF extends FPDF {
    function Ellipse($x, $y, $rx, $ry, $style = 'D') {
        if ($style == 'F') $op = 'f'; elseif ($style == 'FD' || $style == 'DF') $op = 'B'; else $op = 'S';
        $lx = 4/3*(M_SQRT2-1)*$rx; $ly = 4/3*(M_SQRT2-1)*$ry; $k = $this->k; $h = $this->h;
        $this->_out(sprintf('%.2F %.2F m %.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x+$rx)*$k, ($h-$y)*$k, ($x+$rx)*$k, ($h-($y-$ly))*$k, ($x+$lx)*$k, ($h-($y-$ry))*$k, $x*$k, ($h-($y-$ry))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x-$lx)*$k, ($h-($y-$ry))*$k, ($x-$rx)*$k, ($h-($y-$ly))*$k, ($x-$rx)*$k, ($h-$y)*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x-$rx)*$k, ($h-($y+$ly))*$k, ($x-$lx)*$k, ($h-($y+$ry))*$k, $x*$k, ($h-($y+$ry))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c %s',
            ($x+$lx)*$k, ($h-($y+$ry))*$k, ($x+$rx)*$k, ($h-($y+$ly))*$k, ($x+$rx)*$k, ($h-$y)*$k, $op));
    }
    function Circle($x, $y, $r, $style = 'D') { $this->Ellipse($x, $y, $r, $r, $style); }
    function CText($y, $h, $s, $w = null, $x = 0) {
        if ($w === null) $w = $this->w;
        $this->SetXY($x, $y); $this->Cell($w, $h, t($s), 0, 0, 'C');
    }
}
"""

TCPDF_HEAD = r"""<?php
define('K_PATH_CACHE', '%s/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
""" % os.path.join(WORK, 'tmp')


def php(n, head, body):
    p = src(n, 'php')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(head + body)
    run(['php', p, out(n)])


# ---------------------------------------------------------------- PostScript through gs
PS_HEAD = r"""%!PS-Adobe-3.0
%%Creator: hand-written PostScript
%%EndComments
/CertEnc ISOLatin1Encoding dup length array copy def
CertEnc 39 /quotesingle put CertEnc 96 /grave put CertEnc 45 /hyphen put
CertEnc 145 /quoteleft put CertEnc 146 /quoteright put
CertEnc 147 /quotedblleft put CertEnc 148 /quotedblright put
CertEnc 149 /bullet put CertEnc 150 /endash put CertEnc 151 /emdash put
CertEnc 153 /trademark put
/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding CertEnc def currentdict end definefont pop } def
[ /Times-Roman /Times-Bold /Times-Italic /Times-BoldItalic /Helvetica /Helvetica-Bold
  /Helvetica-Oblique /Helvetica-BoldOblique /Palatino-Roman /Palatino-Bold /Palatino-Italic
  /Palatino-BoldItalic /NewCenturySchlbk-Roman /NewCenturySchlbk-Bold /NewCenturySchlbk-Italic
  /Bookman-Light /Bookman-Demi /Bookman-LightItalic /ZapfChancery-MediumItalic ]
{ dup 40 string cvs (-L) concatstrings cvn exch reenc } forall
/ctr { /yy exch def /xx exch def dup stringwidth pop 2 div xx exch sub yy moveto show } def
/rgt { /yy exch def /xx exch def dup stringwidth pop xx exch sub yy moveto show } def
/lft { moveto show } def
/sctr { /yy exch def /xx exch def /ax exch def dup dup stringwidth pop exch length ax mul add 2 div
  xx exch sub yy moveto ax 0 3 -1 roll ashow } def
/slft { /yy exch def /xx exch def /ax exch def xx yy moveto ax 0 3 -1 roll ashow } def
"""


def pss(s):
    b = s.encode('cp1252')
    o = []
    for c in b:
        if c in (40, 41, 92) or c < 32 or c > 126:
            o.append('\\%03o' % c)
        else:
            o.append(chr(c))
    return '(' + ''.join(o) + ')'


class PS:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.parts = [PS_HEAD, '<< /PageSize [%d %d] >> setpagedevice\n' % (w, h)]

    def raw(self, s):
        self.parts.append(s + '\n')

    def font(self, name, size):
        self.raw('/%s-L %.2f selectfont' % (name, size))

    def color(self, r, g, b):
        self.raw('%.3f %.3f %.3f setrgbcolor' % (r, g, b))

    def text(self, x, y, s):
        self.raw('%s %.2f %.2f lft' % (pss(s), x, y))

    def ctext(self, x, y, s):
        self.raw('%s %.2f %.2f ctr' % (pss(s), x, y))

    def rtext(self, x, y, s):
        self.raw('%s %.2f %.2f rgt' % (pss(s), x, y))

    def stext(self, x, y, s, ax, center=True):
        self.raw('%s %.2f %.2f %.2f %s' % (pss(s), ax, x, y, 'sctr' if center else 'slft'))

    def rect(self, x, y, w, h, lw=1, fill=False):
        self.raw('%.2f setlinewidth newpath %.2f %.2f %.2f %.2f rectstroke' % (lw, x, y, w, h) if not fill
                 else 'newpath %.2f %.2f %.2f %.2f rectfill' % (x, y, w, h))

    def line(self, x1, y1, x2, y2, lw=0.6):
        self.raw('%.2f setlinewidth newpath %.2f %.2f moveto %.2f %.2f lineto stroke' % (lw, x1, y1, x2, y2))

    def circle(self, x, y, r, lw=1):
        self.raw('%.2f setlinewidth newpath %.2f %.2f %.2f 0 360 arc closepath stroke' % (lw, x, y, r))

    def build(self, n, pages=1):
        p = src(n, 'ps')
        with open(p, 'w', encoding='latin-1') as f:
            f.write(''.join(self.parts) + '%%EOF\n')
        run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite',
             '-sOutputFile=' + out(n), p])


def wrap(text, font, size, maxw):
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        t = (cur + ' ' + w).strip()
        if stringWidth(t, font, size) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- chromium / soffice
def chromium(n, html):
    p = src(n, 'html')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(html)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--user-data-dir=' + os.path.join(WORK, 'chrome-profile'),
         '--print-to-pdf=' + out(n), 'file://' + p], timeout=180)


def soffice(n, path):
    od = os.path.join(WORK, 'lo-out')
    os.makedirs(od, exist_ok=True)
    run(['soffice', '-env:UserInstallation=file://' + os.path.join(WORK, 'lo-profile'),
         '--headless', '--convert-to', 'pdf', '--outdir', od, path], timeout=240)
    base = os.path.splitext(os.path.basename(path))[0]
    shutil.move(os.path.join(od, base + '.pdf'), out(n))


def qpdf_flatten(tmp, n):
    r = subprocess.run(['qpdf', '--generate-appearances', '--flatten-annotations=all', tmp, out(n)],
                       env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode not in (0, 3):
        raise SystemExit('qpdf failed: ' + r.stderr.decode())


def G(style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id):
    pts = round(credits * 10, 2) if unit == 'CEU' else credits
    return dict(style=style, producer=producer, layout=layout, notes=notes, name=name, title=title,
                date=date, credits=credits, unit=unit, points=pts, provider=provider,
                activity_id=activity_id)


# =====================================================================================
# u01  ASCP CMLE - FPDF, landscape award, double border, seal, signature
@cert(1)
def u01(n):
    php(n, FPDF_HEAD, r"""
$pdf = new PDF('L', 'mm', 'Letter');
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('CMLE Certificate'); $pdf->SetAuthor('ASCP');
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetDrawColor(18, 58, 110); $pdf->SetLineWidth(1.8); $pdf->Rect(8, 8, $W-16, 199.9);
$pdf->SetLineWidth(0.35); $pdf->Rect(12.5, 12.5, $W-25, 190.9);
$pdf->SetTextColor(18, 58, 110);
$pdf->SetFont('Times', 'B', 13);  $pdf->CText(21, 7, 'AMERICAN SOCIETY FOR CLINICAL PATHOLOGY');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->CText(28, 5, 'Continuing Medical Laboratory Education');
$pdf->SetFont('Times', 'BI', 34); $pdf->CText(38, 14, 'Certificate of Completion');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('Helvetica', '', 12); $pdf->CText(58, 7, 'This is to certify that');
$pdf->SetFont('Times', 'B', 26); $pdf->CText(67, 12, 'Marisol T. Quintanilla-Reyes, MLS(ASCP)CM');
$pdf->SetLineWidth(0.3); $pdf->Line(60, 80, $W-60, 80);
$pdf->SetFont('Helvetica', '', 12); $pdf->CText(84, 7, 'has successfully completed the online learning activity');
$pdf->SetFont('Times', 'B', 17);
$pdf->CText(94, 8, 'Hemoglobinopathies Revisited: Interpreting HPLC and Capillary');
$pdf->CText(102, 8, 'Electrophoresis Patterns in the Adult Patient');
$pdf->SetFont('Helvetica', 'I', 10.5); $pdf->CText(112, 6, 'On-Demand');
$pdf->SetFont('Helvetica', '', 12); $pdf->CText(122, 7, 'and has been awarded 1.5 CMLE credits.');
// lower left facts
$pdf->SetFont('Helvetica', '', 9.5);
$rows = array(array('Date Completed:', 'January 14, 2026'), array('Course Number:', '25-HEM-1147'),
              array('Customer ID:', '00418823'));
$y = 140;
foreach ($rows as $r) { $pdf->SetXY(28, $y); $pdf->SetFont('Helvetica', 'B', 9.5); $pdf->Cell(32, 5, t($r[0]));
  $pdf->SetFont('Helvetica', '', 9.5); $pdf->Cell(40, 5, t($r[1])); $y += 6; }
// seal
$pdf->SetDrawColor(176, 141, 46); $pdf->SetFillColor(250, 244, 222);
$pdf->Circle($W/2, 152, 15, 'FD'); $pdf->SetLineWidth(0.6); $pdf->Circle($W/2, 152, 12.5);
$pdf->SetTextColor(176, 141, 46); $pdf->SetFont('Times', 'B', 11); $pdf->CText(148.5, 6, 'CMP', 30, $W/2-15);
$pdf->SetFont('Times', '', 5.5); $pdf->CText(144, 4, 'BOARD OF CERTIFICATION', 30, $W/2-15);
$pdf->CText(155.5, 4, 'CREDENTIAL MAINTENANCE', 30, $W/2-15);
// lower right
$pdf->SetTextColor(40, 40, 40); $pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY($W-110, 140); $pdf->Cell(82, 5, t('Certificate No. C-88130462'), 0, 2, 'R');
$pdf->Cell(82, 5, t('Issued 01/15/2026'), 0, 2, 'R');
// signature
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.3); $pdf->Line($W-110, 178, $W-28, 178);
$pdf->SetFont('Times', 'I', 16); $pdf->SetXY($W-110, 170); $pdf->Cell(82, 7, t('Renata Ubeda-Lowe'), 0, 0, 'C');
$pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetXY($W-110, 179); $pdf->Cell(82, 4.5, t('Renata Ubeda-Lowe, MS, MLS(ASCP)CM'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 8); $pdf->Cell(82, 4, t('Vice President, Continuing Professional Education'), 0, 2, 'C');
// statement
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetXY(28, 170);
$pdf->MultiCell(105, 3.6, t('ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is acceptable for the ASCP Board of Certification Credential Maintenance Program (CMP).'), 0, 'L');
$pdf->Output('F', $argv[1]);
""")
    return G('ascp-cmle', 'fpdf', ['landscape', 'centred-award', 'double-border', 'seal', 'signature', 'wrapped-title-2', 'format-line', 'distractor-numbers', 'distractor-dates'],
             'Credentials after the name; On-Demand format line under the title; issued date and certificate/customer numbers are distractors.',
             'Marisol T. Quintanilla-Reyes',
             'Hemoglobinopathies Revisited: Interpreting HPLC and Capillary Electrophoresis Patterns in the Adult Patient',
             '2026-01-14', 1.5, 'CMLE', ['AMERICAN SOCIETY FOR CLINICAL PATHOLOGY', 'ASCP'], '25-HEM-1147')


# =====================================================================================
# u02  AABB - TCPDF, portrait, label/value form, ALL CAPS name, eCast line
@cert(2)
def u02(n):
    php(n, TCPDF_HEAD, r"""
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(22, 20, 22); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('AABB Learning Center'); $pdf->SetTitle('Continuing Education Certificate');
$pdf->AddPage();
$pdf->SetFillColor(158, 27, 50); $pdf->Rect(0, 0, 215.9, 13, 'F');
$pdf->SetTextColor(158, 27, 50);
$pdf->SetFont('dejavusans', 'B', 30); $pdf->SetXY(22, 22); $pdf->Cell(60, 13, 'AABB', 0, 1, 'L');
$pdf->SetTextColor(70, 70, 70); $pdf->SetFont('dejavusans', '', 9.5);
$pdf->SetX(22); $pdf->Cell(150, 5, 'Association for the Advancement of Blood & Biotherapies', 0, 1, 'L');
$pdf->SetDrawColor(158, 27, 50); $pdf->SetLineWidth(0.5); $pdf->Line(22, 44, 193.9, 44);
$pdf->SetTextColor(30, 30, 30); $pdf->SetFont('dejavuserif', 'B', 21);
$pdf->SetXY(22, 52); $pdf->Cell(171.9, 10, 'Continuing Education Certificate', 0, 1, 'L');
$pdf->SetFont('dejavusans', '', 9.5); $pdf->SetX(22);
$pdf->Cell(171.9, 6, 'The participant named below attended the following AABB education program.', 0, 1, 'L');
$y = 78;
function row($pdf, &$y, $label, $value, $vstyle = '', $vsize = 11) {
    $pdf->SetXY(22, $y); $pdf->SetFont('dejavusans', 'B', 9); $pdf->SetTextColor(110, 110, 110);
    $pdf->Cell(44, 6, $label, 0, 0, 'L');
    $pdf->SetTextColor(20, 20, 20); $pdf->SetFont('dejavusans', $vstyle, $vsize);
    $pdf->MultiCell(127, 6, $value, 0, 'L', false, 1, 66, $y);
    $y = $pdf->GetY() + 3.5;
}
row($pdf, $y, 'Participant', 'DESMOND A. OYELARAN, MLS(ASCP)SBB', 'B', 12);
row($pdf, $y, 'Program Title', 'Antibody Identification in the Multiply Transfused Patient: Warm Autoantibodies, Adsorption Techniques, and Red Cell Genotyping', 'B', 11);
$pdf->SetXY(66, $y - 3); $pdf->SetFont('dejavusans', 'I', 9.5); $pdf->SetTextColor(158, 27, 50);
$pdf->Cell(100, 5, 'Live eCast', 0, 1, 'L'); $y += 5;
row($pdf, $y, 'Program Number', '26EC-0412');
row($pdf, $y, 'Program Date', 'February 11, 2026');
row($pdf, $y, 'Credit Awarded', '1.5 contact hours (ASCLS P.A.C.E.®)');
row($pdf, $y, 'Registration No.', 'R-5561902', '', 10);
row($pdf, $y, 'AABB Member ID', '0071843', '', 10);
$y += 4;
$pdf->SetFillColor(246, 238, 240); $pdf->Rect(22, $y, 171.9, 30, 'F');
$pdf->SetFont('dejavusans', '', 8.3); $pdf->SetTextColor(50, 50, 50);
$pdf->MultiCell(163, 4.3, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This program has been approved for 1.5 P.A.C.E.® contact hours. Participants should retain this certificate for at least four years for recertification and audit purposes.', 0, 'L', false, 1, 26, $y + 4);
$y += 48;
$pdf->SetDrawColor(80, 80, 80); $pdf->SetLineWidth(0.25); $pdf->Line(22, $y, 100, $y);
$pdf->SetFont('dejavusans', 'B', 9); $pdf->SetTextColor(20, 20, 20); $pdf->SetXY(22, $y + 1.5);
$pdf->Cell(80, 5, 'Kendra L. Osterhaus, MBA, MT(ASCP)SBB', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->Cell(80, 4.5, 'Director, Education and Professional Development', 0, 2, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(120, 120, 120);
$pdf->SetXY(22, 262); $pdf->Cell(171.9, 4, 'Certificate generated February 12, 2026', 0, 0, 'L');
$pdf->SetXY(22, 262); $pdf->Cell(171.9, 4, 'Page 1 of 1', 0, 0, 'R');
$pdf->Output($argv[1], 'F');
""")
    return G('aabb', 'tcpdf', ['portrait', 'label-value-two-column', 'allcaps-name', 'middle-initial', 'wrapped-title-2', 'format-line', 'accreditation-statement', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Name printed in capitals with SBB credential; "Live eCast" printed on its own line under the wrapped title; registration and member numbers are distractors.',
             'DESMOND A. OYELARAN',
             'Antibody Identification in the Multiply Transfused Patient: Warm Autoantibodies, Adsorption Techniques, and Red Cell Genotyping',
             '2026-02-11', 1.5, 'contact hour', ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '26EC-0412')


# =====================================================================================
# u03  CAP joint accreditation - ReportLab Platypus, credit table claimed vs maximum
@cert(3)
def u03(n):
    navy = colors.HexColor('#1d3b5c')

    def deco(c, d):
        c.saveState()
        c.setStrokeColor(navy); c.setLineWidth(2.2)
        c.rect(0.45 * inch, 0.45 * inch, 7.6 * inch, 10.1 * inch)
        c.setLineWidth(0.6); c.rect(0.55 * inch, 0.55 * inch, 7.4 * inch, 9.9 * inch)
        c.setFont('Helvetica', 7); c.setFillColor(colors.grey)
        c.drawRightString(7.85 * inch, 0.68 * inch, 'Transcript ID 6604-227-19  |  Printed 02/20/2026')
        c.restoreState()

    doc = SimpleDocTemplate(out(n), pagesize=letter, leftMargin=0.95 * inch, rightMargin=0.95 * inch,
                            topMargin=0.85 * inch, bottomMargin=0.9 * inch,
                            title='CAP Certificate of Participation', author='College of American Pathologists')
    S = lambda **k: ParagraphStyle('x', **k)
    st_org = S(fontName='Times-Bold', fontSize=17, leading=21, alignment=TA_CENTER, textColor=navy)
    st_sub = S(fontName='Helvetica', fontSize=9, leading=12, alignment=TA_CENTER, textColor=colors.grey)
    st_h = S(fontName='Times-Italic', fontSize=26, leading=32, alignment=TA_CENTER, spaceBefore=14)
    st_c = S(fontName='Helvetica', fontSize=11, leading=15, alignment=TA_CENTER)
    st_name = S(fontName='Times-Bold', fontSize=19, leading=24, alignment=TA_CENTER, spaceBefore=4, spaceAfter=4)
    st_title = S(fontName='Times-Bold', fontSize=15, leading=19, alignment=TA_CENTER)
    st_fmt = S(fontName='Helvetica-Oblique', fontSize=10, leading=13, alignment=TA_CENTER, textColor=navy)
    st_small = S(fontName='Helvetica', fontSize=7.8, leading=10.2, alignment=TA_JUSTIFY)
    st_cell = S(fontName='Helvetica', fontSize=9, leading=11)
    story = [
        Paragraph('College of American Pathologists', st_org),
        Paragraph('CAP Learning &nbsp;&#183;&nbsp; Education Programs for the Laboratory Team', st_sub),
        Paragraph('Certificate of Participation', st_h),
        Spacer(1, 6),
        Paragraph('This certificate confirms that', st_c),
        Paragraph('Priyanka Venkataraman-Holt, MS, MLS(ASCP)<super>CM</super>', st_name),
        Paragraph('participated in the CAP educational activity', st_c),
        Spacer(1, 8),
        Paragraph('Individualized Quality Control Plans in Practice: Risk Assessment, Quality Control Program Design, and Ongoing Monitoring', st_title),
        Spacer(1, 3),
        Paragraph('Enduring Material', st_fmt),
        Spacer(1, 14),
    ]
    facts = Table([['Activity Code', 'QM2611', 'Date Completed', 'February 19, 2026']],
                  colWidths=[1.05 * inch, 1.55 * inch, 1.25 * inch, 1.75 * inch])
    facts.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9.5),
                               ('FONT', (0, 0), (0, 0), 'Helvetica-Bold', 9.5),
                               ('FONT', (2, 0), (2, 0), 'Helvetica-Bold', 9.5),
                               ('ALIGN', (0, 0), (-1, -1), 'LEFT')]))
    story += [facts, Spacer(1, 12)]
    cred = Table([['Credit type', 'Maximum available', 'Credits claimed'],
                  [Paragraph('AMA PRA Category 1 Credits\u2122', st_cell), '2.00', '\u2014'],
                  [Paragraph('ASCLS P.A.C.E.\u00ae contact hours', st_cell), '2.00', '1.75'],
                  [Paragraph('ABPath Continuing Certification (SAM)', st_cell), '\u2014', '\u2014']],
                 colWidths=[2.9 * inch, 1.45 * inch, 1.45 * inch])
    cred.setStyle(TableStyle([
        ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9),
        ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dfe7ef')),
        ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#8797a8')),
        ('ALIGN', (1, 0), (-1, -1), 'CENTER'),
        ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    story += [cred, Spacer(1, 16)]
    story += [Paragraph(
        'In support of improving patient care, the College of American Pathologists is jointly accredited by the '
        'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy '
        'Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education '
        'for the healthcare team. The CAP designates this enduring material for a maximum of 2.00 '
        '<i>AMA PRA Category 1 Credits\u2122</i>. Physicians should claim only the credit commensurate with the '
        'extent of their participation in the activity.', st_small), Spacer(1, 5),
        Paragraph('The CAP is approved as a provider of continuing education programs in the clinical laboratory '
                  'sciences by the ASCLS P.A.C.E.\u00ae Program. Release date: 09/01/2025. Termination date: 08/31/2027.',
                  st_small), Spacer(1, 30)]
    sig = Table([['Aurelio D. Santangelo, MD, FCAP', ''], ['Chair, Council on Education', '']],
                colWidths=[3.2 * inch, 2.6 * inch])
    sig.setStyle(TableStyle([('FONT', (0, 0), (0, 0), 'Helvetica-Bold', 9),
                             ('FONT', (0, 1), (0, 1), 'Helvetica', 8.5),
                             ('LINEABOVE', (0, 0), (0, 0), 0.5, colors.black),
                             ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    story.append(sig)
    doc.build(story, onFirstPage=deco)
    return G('cap', 'reportlab-platypus', ['portrait', 'centred-award', 'double-border', 'credit-table', 'claimed-vs-maximum', 'joint-accreditation', 'wrapped-title-2', 'format-line', 'signature', 'distractor-dates', 'distractor-numbers'],
             'Lab figure is the claimed P.A.C.E. contact hours (1.75) from a table that also lists maxima and AMA PRA credit; release/termination/printed dates and transcript ID are distractors.',
             'Priyanka Venkataraman-Holt',
             'Individualized Quality Control Plans in Practice: Risk Assessment, Quality Control Program Design, and Ongoing Monitoring',
             '2026-02-19', 1.75, 'contact hour', ['College of American Pathologists', 'CAP'], 'QM2611')


# =====================================================================================
# u04  ASCLS national - PostScript, landscape, letter-spaced org, suffix, LIVE WEBINAR
@cert(4)
def u04(n):
    W, H = 792, 612
    p = PS(W, H)
    p.color(0.12, 0.25, 0.45)
    p.rect(24, 24, W - 48, H - 48, lw=3)
    p.rect(32, 32, W - 64, H - 64, lw=0.8)
    for (x, y) in ((24, 24), (W - 48, 24), (24, H - 48), (W - 48, H - 48)):
        p.rect(x, y, 24, 24, fill=True)
    p.font('Helvetica-Bold', 12)
    p.stext(W / 2, 540, 'AMERICAN SOCIETY FOR CLINICAL LABORATORY SCIENCE', 2.2)
    p.color(0, 0, 0)
    p.font('Palatino-Italic', 32)
    p.ctext(W / 2, 492, 'Certificate of Continuing Education')
    p.font('Palatino-Roman', 13)
    p.ctext(W / 2, 460, 'awarded to')
    p.font('Palatino-Bold', 26)
    p.ctext(W / 2, 424, 'Thaddeus R. Kowalczyk Jr., MLS(ASCP)')
    p.line(190, 414, W - 190, 414)
    p.font('Palatino-Roman', 13)
    p.ctext(W / 2, 392, 'for participation in')
    p.color(0.12, 0.25, 0.45)
    p.font('Helvetica-Bold', 9.5)
    p.stext(W / 2, 371, 'LIVE WEBINAR', 3)
    p.color(0, 0, 0)
    p.font('Palatino-Bold', 17)
    p.ctext(W / 2, 346, 'Date Integrity in the Laboratory Information System: Timestamps,')
    p.ctext(W / 2, 325, 'Specimen Aging, and Delta Checks')
    p.font('Palatino-Roman', 13)
    p.ctext(W / 2, 294, 'presented March 25, 2026, and is awarded')
    p.font('Palatino-Bold', 13)
    p.ctext(W / 2, 274, '1.0 P.A.C.E.\u00ae contact hour')
    p.font('Helvetica', 9)
    p.text(80, 200, 'P.A.C.E.\u00ae Course No.: 519-028-26')
    p.text(80, 186, 'ASCLS Member #: 214-5507')
    p.text(80, 172, 'Printed 04/02/2026')
    p.line(492, 196, 712, 196, lw=0.5)
    p.font('ZapfChancery-MediumItalic', 19)
    p.ctext(602, 202, 'Lorena Vasquez-Tillman')
    p.font('Helvetica-Bold', 9)
    p.ctext(602, 184, 'Lorena Vasquez-Tillman, EdD, MLS(ASCP)CM')
    p.font('Helvetica', 8.5)
    p.ctext(602, 172, 'Director, P.A.C.E.\u00ae Program')
    p.font('Helvetica', 8)
    p.ctext(W / 2, 84, 'The American Society for Clinical Laboratory Science (ASCLS) is approved as a provider of continuing education programs')
    p.ctext(W / 2, 73, 'in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.')
    p.raw('showpage')
    p.build(n)
    return G('ascls-pace', 'postscript-gs', ['landscape', 'centred-award', 'border', 'letter-spaced-org', 'suffix', 'middle-initial', 'format-line', 'wrapped-title-2', 'title-contains-Date', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Suffix Jr. before credentials; LIVE WEBINAR printed letter-spaced above the title; title begins with the word Date; member number and print date are distractors.',
             'Thaddeus R. Kowalczyk Jr.',
             'Date Integrity in the Laboratory Information System: Timestamps, Specimen Aging, and Delta Checks',
             '2026-03-25', 1.0, 'contact hour', ['American Society for Clinical Laboratory Science', 'ASCLS'], '519-028-26')


# =====================================================================================
# u05  LabCE - chromium, portrait, CSS uppercase letter-spaced name, labels above values
@cert(5)
def u05(n):
    html = r"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>LabCE Certificate</title>
<style>
@page { size: 8.5in 11in; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #222; }
.page { position: relative; width: 8.5in; height: 11in; box-sizing: border-box; padding: 0.7in 0.8in; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 4px solid #3a8b3c; padding-bottom: 10px; }
.logo { font-size: 38px; font-weight: bold; color: #3a8b3c; letter-spacing: -1px; }
.logo span { color: #1e4f7a; }
.kind { font-size: 15px; text-transform: uppercase; letter-spacing: 3px; color: #1e4f7a; }
.lead { margin-top: 60px; text-align: center; font-size: 15px; color: #555; }
.name { text-align: center; font-size: 30px; font-weight: bold; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: 0.18em; color: #1e4f7a; }
.rule { width: 60%; margin: 0 auto; border-top: 1px solid #999; }
.title { text-align: center; font-family: 'Liberation Serif', serif; font-size: 24px; font-weight: bold; margin: 26px 60px 6px; line-height: 1.25; }
.fmt { text-align: center; font-style: italic; color: #3a8b3c; font-size: 14px; }
.grid { display: grid; grid-template-columns: repeat(4, 1fr); margin-top: 50px; border-top: 1px solid #ccc; border-bottom: 1px solid #ccc; padding: 14px 0; }
.grid div { text-align: center; }
.lab { font-size: 10px; text-transform: uppercase; letter-spacing: 1px; color: #777; }
.val { font-size: 17px; font-weight: bold; margin-top: 6px; }
.misc { margin-top: 26px; font-size: 11px; color: #666; text-align: center; }
.stmt { position: absolute; bottom: 0.9in; left: 0.8in; right: 0.8in; font-size: 10.5px; line-height: 1.45; color: #444; border-top: 1px solid #ddd; padding-top: 10px; }
</style></head><body><div class="page">
<div class="top"><div class="logo">Lab<span>CE</span></div><div class="kind">Certificate of Completion</div></div>
<div class="lead">This certificate is presented to</div>
<div class="name">Hana Nakashima-Brooks</div>
<div class="rule"></div>
<div class="lead" style="margin-top:18px">for successfully completing the course</div>
<div class="title">Urine Sediment Microscopy: Casts, Crystals, Cells, and Common Artifacts</div>
<div class="fmt">Self-Study</div>
<div class="grid">
 <div><div class="lab">Course ID</div><div class="val">1471</div></div>
 <div><div class="lab">Completed</div><div class="val">Nov 30, 2025</div></div>
 <div><div class="lab">P.A.C.E.&reg; Contact Hours</div><div class="val">2.5</div></div>
 <div><div class="lab">Level</div><div class="val">Intermediate</div></div>
</div>
<div class="misc">Order #: LC-2291847 &nbsp;&nbsp;|&nbsp;&nbsp; License #: FL CT-9944521 &nbsp;&nbsp;|&nbsp;&nbsp; Certificate generated 12/01/2025</div>
<div class="stmt">LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. P.A.C.E.&reg; Provider No. 291. Keep this certificate with your continuing education records; LabCE does not report completions to certification agencies on your behalf.</div>
</div></body></html>"""
    chromium(n, html)
    return G('labce', 'chromium', ['portrait', 'css-uppercase-name', 'letter-spaced-name', 'labels-above-values', 'format-line', 'accreditation-statement', 'distractor-numbers', 'distractor-dates'],
             'Name typed in mixed case in HTML but printed in capitals by CSS (gold in capitals); values sit under labels in a four-column strip; order and license numbers are distractors.',
             'HANA NAKASHIMA-BROOKS',
             'Urine Sediment Microscopy: Casts, Crystals, Cells, and Common Artifacts',
             '2025-11-30', 2.5, 'contact hour', ['LabCE'], '1471')


# =====================================================================================
# u06  MediaLab - FPDF, portrait, two-column label/value (labels right-aligned)
@cert(6)
def u06(n):
    php(n, FPDF_HEAD, r"""
$pdf = new PDF('P', 'mm', 'Letter');
$pdf->SetMargins(20, 20, 20); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Certificate of Completion');
$pdf->AddPage();
$pdf->SetFillColor(0, 84, 147); $pdf->Rect(0, 0, 215.9, 30, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 22);
$pdf->SetXY(20, 9); $pdf->Cell(90, 12, t('MediaLab, Inc.'), 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(110, 9); $pdf->Cell(86, 12, t('Continuing Education Certificate'), 0, 0, 'R');
$pdf->SetTextColor(0, 84, 147); $pdf->SetFont('Helvetica', 'B', 26);
$pdf->SetXY(20, 48); $pdf->Cell(175.9, 12, t('Certificate of Completion'), 0, 1, 'C');
$pdf->SetDrawColor(0, 84, 147); $pdf->SetLineWidth(0.8); $pdf->Line(70, 63, 145.9, 63);
$pdf->SetTextColor(30, 30, 30);
$y = 78;
function lv($pdf, &$y, $l, $v, $bold = false, $size = 11) {
    $pdf->SetXY(20, $y); $pdf->SetFont('Helvetica', 'B', 10); $pdf->SetTextColor(90, 90, 90);
    $pdf->Cell(45, 6.5, t($l), 0, 0, 'R');
    $pdf->SetTextColor(20, 20, 20); $pdf->SetFont('Helvetica', $bold ? 'B' : '', $size);
    $pdf->SetXY(70, $y); $pdf->MultiCell(120, 6.5, t($v), 0, 'L');
    $y = $pdf->GetY() + 4;
}
lv($pdf, $y, 'Awarded to:', 'Gregory Ansel Whitcombe, MLT(ASCP)', true, 14);
lv($pdf, $y, 'Course:', 'Laboratory Safety Orientation: Chemical Hygiene, Fire Safety, and Hazard Communication for New Employees', true, 12);
lv($pdf, $y, 'Course #:', '2231');
lv($pdf, $y, 'Date Completed:', '4/7/2026');
lv($pdf, $y, 'Credit Earned:', '1.0 contact hour (P.A.C.E.®)');
lv($pdf, $y, 'Score:', '92%');
$y += 6;
$pdf->SetDrawColor(200, 200, 200); $pdf->SetLineWidth(0.2); $pdf->Line(20, $y, 195.9, $y);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(80, 80, 80); $pdf->SetXY(20, $y + 4);
$pdf->MultiCell(175.9, 4.4, t('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course was completed online; a passing score of 70% or higher on the post-test is required to earn credit.'), 0, 'L');
$pdf->SetXY(20, 238); $pdf->SetFont('Helvetica', '', 8.5);
$pdf->Cell(90, 5, t('Account #: 11875-44'), 0, 0, 'L');
$pdf->Cell(85.9, 5, t('Printed: 4/9/2026'), 0, 0, 'R');
$pdf->SetFillColor(0, 84, 147); $pdf->Rect(0, 269, 215.9, 10.4, 'F');
$pdf->Output('F', $argv[1]);
""")
    return G('medialab', 'fpdf', ['portrait', 'label-value-two-column', 'right-aligned-labels', 'wrapped-title-2', 'title-contains-Orientation-Safety', 'numeric-us-date', 'accreditation-statement', 'distractor-numbers', 'distractor-dates'],
             'Label/value form with right-aligned labels; title with Orientation and Safety wraps inside the value column; dates in M/D/YYYY; printed date, score and account number are distractors.',
             'Gregory Ansel Whitcombe',
             'Laboratory Safety Orientation: Chemical Hygiene, Fire Safety, and Hazard Communication for New Employees',
             '2026-04-07', 1.0, 'contact hour', ['MediaLab, Inc.'], '2231')


# =====================================================================================
# u07  State society annual meeting - ReportLab canvas, landscape, date range, claimed vs available
@cert(7)
def u07(n):
    W, H = landscape(letter)
    c = canvas.Canvas(out(n), pagesize=(W, H))
    c.setTitle('KSCLS Certificate of Attendance'); c.setAuthor('KSCLS')
    green = colors.HexColor('#2f5e3a'); gold = colors.HexColor('#b38b2d')
    c.setStrokeColor(green); c.setLineWidth(6); c.rect(22, 22, W - 44, H - 44)
    c.setStrokeColor(gold); c.setLineWidth(1.2); c.rect(32, 32, W - 64, H - 64)
    # seal top-left
    c.setFillColor(colors.HexColor('#f3ecd8')); c.setStrokeColor(gold); c.setLineWidth(2)
    c.circle(100, H - 100, 40, fill=1)
    c.setLineWidth(0.8); c.circle(100, H - 100, 33)
    c.setFillColor(green); c.setFont('Times-Bold', 14); c.drawCentredString(100, H - 104, 'KSCLS')
    c.setFont('Times-Roman', 6.5); c.drawCentredString(100, H - 118, 'EST. 1967')
    c.setFont('Times-Bold', 21); c.setFillColor(green)
    c.drawCentredString(W / 2, H - 78, 'Keystone Society for Clinical Laboratory Science')
    c.setFont('Times-Italic', 40); c.setFillColor(colors.black)
    c.drawCentredString(W / 2, H - 135, 'Certificate of Attendance')
    c.setFont('Helvetica', 12); c.drawCentredString(W / 2, H - 170, 'is hereby presented to')
    c.setFont('Times-Bold', 27); c.drawCentredString(W / 2, H - 207, 'Abigail Foster-Nwosu, MLS(ASCP)CM')
    c.setLineWidth(0.5); c.setStrokeColor(colors.black); c.line(200, H - 217, W - 200, H - 217)
    c.setFont('Helvetica', 12); c.drawCentredString(W / 2, H - 240, 'for attendance at the')
    c.setFont('Times-Bold', 20); c.drawCentredString(W / 2, H - 268, '58th Annual Convention & Laboratory Exposition')
    c.setFont('Helvetica', 11)
    c.drawCentredString(W / 2, H - 289, 'April 16\u201318, 2026  \u00b7  Harrowgate Convention Center  \u00b7  Harrisburg, Pennsylvania')
    # credit box
    bx, by, bw, bh = W / 2 - 170, H - 372, 340, 58
    c.setStrokeColor(gold); c.setLineWidth(0.8); c.rect(bx, by, bw, bh)
    c.line(bx + bw / 2, by, bx + bw / 2, by + bh)
    c.setFont('Helvetica', 8.5); c.setFillColor(colors.HexColor('#555555'))
    c.drawCentredString(bx + bw / 4, by + 40, 'Contact hours offered (maximum)')
    c.drawCentredString(bx + 3 * bw / 4, by + 40, 'Contact hours earned by attendee')
    c.setFont('Helvetica-Bold', 17); c.setFillColor(colors.black)
    c.drawCentredString(bx + bw / 4, by + 14, '14.0')
    c.drawCentredString(bx + 3 * bw / 4, by + 14, '11.5')
    c.setFont('Helvetica', 9)
    c.drawString(60, 150, 'P.A.C.E.\u00ae Event No.: 518-226-26')
    c.drawString(60, 137, 'Registration #: KS26-0387')
    c.drawString(60, 124, 'Issued: April 30, 2026')
    for x, nm, role in ((W / 2 + 10, 'Dolores Y. Achterberg, MS, MLS(ASCP)', 'President'),
                        (W - 190, 'Raymond Okafor, MLS(ASCP)CM', 'Continuing Education Chair')):
        c.setLineWidth(0.5); c.line(x - 95, 150, x + 95, 150)
        c.setFont('Helvetica-Bold', 8.5); c.drawCentredString(x, 138, nm)
        c.setFont('Helvetica', 8.5); c.drawCentredString(x, 127, role)
    c.setFont('Helvetica', 7.8); c.setFillColor(colors.HexColor('#333333'))
    c.drawCentredString(W / 2, 72, 'The Keystone Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical')
    c.drawCentredString(W / 2, 62, 'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Attendees should claim only the hours of sessions actually attended.')
    c.showPage(); c.save()
    return G('state-society-meeting', 'reportlab-canvas', ['landscape', 'centred-award', 'double-border', 'seal', 'date-range', 'claimed-vs-maximum', 'meeting-attendance', 'two-signatures', 'distractor-numbers', 'distractor-dates'],
             'Meeting attendance without a session title, so the title is the meeting name; date range April 16-18 (gold = last day); 14.0 maximum vs 11.5 earned; issue date and registration number are distractors.',
             'Abigail Foster-Nwosu',
             '58th Annual Convention & Laboratory Exposition',
             '2026-04-18', 11.5, 'contact hour', ['Keystone Society for Clinical Laboratory Science', 'KSCLS'], '518-226-26')


# =====================================================================================
# u08  Regional society session - TCPDF, landscape, labels ABOVE values in columns
@cert(8)
def u08(n):
    php(n, TCPDF_HEAD, r"""
$pdf = new TCPDF('L', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Session Certificate');
$pdf->AddPage();
$W = 279.4;
$pdf->SetFillColor(64, 40, 100); $pdf->Rect(0, 0, 16, 215.9, 'F');
$pdf->SetFillColor(235, 180, 60); $pdf->Rect(16, 0, 3, 215.9, 'F');
$pdf->SetTextColor(64, 40, 100);
$pdf->SetFont('helvetica', 'B', 15); $pdf->SetXY(32, 20);
$pdf->Cell(230, 7, 'Tri-State Laboratory Management Association', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(90, 90, 90); $pdf->SetX(32);
$pdf->Cell(230, 5, 'TSLMA Fall Regional Meeting 2025  |  Wheeling, West Virginia', 0, 1, 'L');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('times', 'B', 30); $pdf->SetXY(32, 42);
$pdf->Cell(230, 12, 'Continuing Education Credit Certificate', 0, 1, 'L');
$pdf->SetFont('helvetica', 'B', 9); $pdf->SetTextColor(235, 150, 30); $pdf->SetXY(32, 66);
$pdf->setFontSpacing(0.6); $pdf->Cell(230, 5, 'BREAKOUT SESSION', 0, 1, 'L'); $pdf->setFontSpacing(0);
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('times', 'B', 19); $pdf->SetXY(32, 73);
$pdf->MultiCell(225, 8.5, 'Building a Blood Culture Contamination Reduction Program: Diversion Devices, Phlebotomy Education, and Unit-Level Feedback', 0, 'L');
$cols = array(array(32, 88, 'ATTENDEE', 'Oluwaseun K. Adebayo-Lindqvist'),
              array(122, 62, 'SESSION DATE', 'Thursday, October 23, 2025'),
              array(186, 36, 'SESSION CODE', 'FR25-B14'),
              array(224, 36, 'CONTACT HOURS', '1.25'));
$pdf->SetDrawColor(64, 40, 100); $pdf->SetLineWidth(0.3); $pdf->Line(32, 108, 260, 108);
foreach ($cols as $c) {
    $pdf->SetXY($c[0], 112); $pdf->SetFont('helvetica', 'B', 7.5); $pdf->SetTextColor(120, 120, 120);
    $pdf->Cell($c[1], 4, $c[2], 0, 0, 'L');
    $pdf->SetXY($c[0], 118); $pdf->SetFont('helvetica', 'B', 11.5); $pdf->SetTextColor(20, 20, 20);
    $pdf->Cell($c[1], 6, $c[3], 0, 0, 'L');
}
$pdf->Line(32, 129, 260, 129);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(90, 90, 90); $pdf->SetXY(32, 133);
$pdf->Cell(228, 5, 'Member ID 44-0917     Issued 10/31/2025     Speaker: Tamsin Greaves-Okoro, MPH, M(ASCP)', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(50, 50, 50); $pdf->SetXY(32, 150);
$pdf->MultiCell(130, 4.3, 'The Tri-State Laboratory Management Association is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded per session attended and verified by badge scan.', 0, 'L');
$pdf->Line(180, 172, 258, 172);
$pdf->SetXY(180, 173); $pdf->SetFont('helvetica', 'B', 9); $pdf->SetTextColor(20, 20, 20);
$pdf->Cell(78, 5, 'Corinne Abernathy-Salas, MBA, MLS(ASCP)', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 8.5); $pdf->Cell(78, 4.5, 'Education Committee Chair, TSLMA', 0, 2, 'C');
$pdf->Output($argv[1], 'F');
""")
    return G('regional-society-meeting', 'tcpdf', ['landscape', 'labels-above-values', 'side-band', 'format-line', 'wrapped-title-2', 'title-contains-Program', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Session certificate from a regional meeting: labels sit above values in four columns; BREAKOUT SESSION printed above the title; member ID and issue date are distractors; speaker name is a distractor person.',
             'Oluwaseun K. Adebayo-Lindqvist',
             'Building a Blood Culture Contamination Reduction Program: Diversion Devices, Phlebotomy Education, and Unit-Level Feedback',
             '2025-10-23', 1.25, 'contact hour', ['Tri-State Laboratory Management Association', 'TSLMA'], 'FR25-B14')


# =====================================================================================
# u09  Hospital in-service - python-docx -> soffice, portrait, label/value table, two signers
@cert(9)
def u09(n):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(1.0)
    sec.top_margin = Inches(0.8); sec.bottom_margin = Inches(0.7)
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(11)

    def para(text, size=11, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER, after=4, color=None, font=None):
        p = d.add_paragraph(); p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if font: r.font.name = font
        return p
    para('Halvorsen Memorial Hospital', 22, bold=True, color='22476B', font='Liberation Serif', after=0)
    para('Department of Pathology and Laboratory Medicine', 12, color='22476B', after=0)
    para('Laboratory In-Service Education', 10.5, italic=True, color='555555', after=26)
    para('Certificate of In-Service Attendance', 20, bold=True, font='Liberation Serif', after=20)
    t = d.add_table(rows=0, cols=2); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [('Employee', 'Rosalind M. Ferreira-Banks, MLT(ASCP)'),
            ('Employee ID', 'E-204817'),
            ('In-service topic', 'Annual Safety Orientation: Bloodborne Pathogens, Chemical Spill Response, and Point-of-Care Glucose Meter Competency'),
            ('Session date', '05/12/2026'),
            ('Presenter', 'Janelle Wu, MS, MLS(ASCP)'),
            ('CE hours awarded', '1.5 CE hours'),
            ('Competency sign-off due', '06/30/2026')]
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].width = Inches(1.9); cells[1].width = Inches(4.6)
        r = cells[0].paragraphs[0].add_run(k); r.bold = True; r.font.size = Pt(10); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        r = cells[1].paragraphs[0].add_run(v); r.font.size = Pt(11.5)
        if k in ('Employee', 'In-service topic'):
            r.bold = True
        for c in cells:
            c.paragraphs[0].paragraph_format.space_after = Pt(7)
    para('', after=10)
    para('Credit for this in-service may be applied toward the ASCP Board of Certification Credential Maintenance Program '
         'and state licensure renewal where laboratory in-service education is accepted. No additional credit is awarded for repeat attendance.',
         9, align=WD_ALIGN_PARAGRAPH.JUSTIFY, color='444444', after=40)
    s = d.add_table(rows=3, cols=2)
    data = [('_______________________________', '_______________________________'),
            ('Victor Almagro, MD', 'Janelle Wu, MS, MLS(ASCP)'),
            ('Medical Director, Clinical Laboratories', 'Laboratory Education Coordinator')]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            p = s.rows[i].cells[j].paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(v); r.font.size = Pt(9.5); r.bold = (i == 1)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('Halvorsen Memorial Hospital, Department of Pathology and Laboratory Medicine  \u2022  Form LAB-ED-014 rev. 03/2025')
    r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    p = src(n, 'docx'); d.save(p); soffice(n, p)
    return G('hospital-inservice', 'soffice-docx', ['portrait', 'label-value-table', 'middle-initial', 'wrapped-title-2', 'title-contains-Orientation-Safety', 'numeric-us-date', 'two-signatures', 'footer', 'distractor-numbers', 'distractor-dates'],
             'python-docx document converted by LibreOffice; department of a hospital issues it (provider lists hospital and "hospital, department"); employee ID, form number and competency due date are distractors; no activity number.',
             'Rosalind M. Ferreira-Banks',
             'Annual Safety Orientation: Bloodborne Pathogens, Chemical Spill Response, and Point-of-Care Glucose Meter Competency',
             '2026-05-12', 1.5, 'CE hour',
             ['Halvorsen Memorial Hospital', 'Halvorsen Memorial Hospital, Department of Pathology and Laboratory Medicine'], None)


# =====================================================================================
# u10  Joint-accreditation CME - ReportLab AcroForm fields flattened with qpdf, 2 pages
@cert(10)
def u10(n):
    W, H = letter
    tmp = os.path.join(WORK, 'u10-form.pdf')
    c = canvas.Canvas(tmp, pagesize=letter)
    c.setTitle('Certificate of Participation'); c.setAuthor('Meridian University Health System')
    teal = colors.HexColor('#0e5a63')
    c.setFillColor(teal); c.rect(0, H - 92, W, 92, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 20)
    c.drawString(54, H - 48, 'Meridian University Health System')
    c.setFont('Helvetica', 11); c.drawString(54, H - 68, 'Office of Continuing Professional Development')
    c.setFillColor(colors.black); c.setFont('Times-Bold', 26)
    c.drawCentredString(W / 2, H - 150, 'CERTIFICATE OF PARTICIPATION')
    c.setFont('Helvetica', 11); c.drawCentredString(W / 2, H - 180, 'This is to certify that')
    form = c.acroForm
    form.textfield(name='learner_name', value='Conrad J. Whitfield III', x=106, y=H - 222, width=400, height=28,
                   fontName='Times-Bold', fontSize=20, borderWidth=0, fillColor=colors.white,
                   textColor=colors.black, fieldFlags='readOnly', annotationFlags='print')
    c.setLineWidth(0.5); c.line(126, H - 224, W - 126, H - 224)
    c.setFont('Helvetica', 11); c.drawCentredString(W / 2, H - 246, 'participated in the live activity')
    c.setFont('Times-Bold', 15)
    c.drawCentredString(W / 2, H - 274, 'Pathology Grand Rounds: Next-Generation Sequencing in Myeloid Neoplasms')
    c.drawCentredString(W / 2, H - 292, 'and What the Clinical Laboratory Must Validate')
    c.setFont('Helvetica', 11); c.drawString(150, H - 322, 'held on')
    form.textfield(name='activity_date', value='Thursday, March 5, 2026', x=195, y=H - 328, width=180, height=18,
                   fontName='Helvetica-Bold', fontSize=11, borderWidth=0, fillColor=colors.white,
                   textColor=colors.black, annotationFlags='print')
    c.setFont('Helvetica', 10)
    c.drawString(150, H - 346, 'Activity ID: GR-PATH-2603')
    c.drawString(340, H - 346, 'Learner ID:')
    form.textfield(name='learner_id', value='778201', x=398, y=H - 351, width=80, height=16,
                   fontName='Helvetica', fontSize=10, borderWidth=0, fillColor=colors.white,
                   textColor=colors.black, annotationFlags='print')
    # credit table
    x0, y0 = 110, H - 390
    cols = [x0, x0 + 230, x0 + 320, x0 + 392]
    c.setFillColor(colors.HexColor('#e3eff0')); c.rect(x0, y0 - 4, 392, 18, fill=1, stroke=0)
    c.setFillColor(colors.black); c.setFont('Helvetica-Bold', 9)
    c.drawString(cols[0] + 6, y0 + 1, 'Credit type'); c.drawCentredString(cols[1] + 45, y0 + 1, 'Designated')
    c.drawCentredString(cols[2] + 36, y0 + 1, 'Awarded')
    rows = [('AMA PRA Category 1 Credits\u2122', '1.25', 'n/a'),
            ('ANCC contact hours (nursing)', '1.25', 'n/a'),
            ('ACPE contact hours (pharmacy)', '1.25', 'n/a'),
            ('ASCLS P.A.C.E.\u00ae contact hours (laboratory)', '1.0', '1.0')]
    y = y0 - 22
    for i, (a, b, v) in enumerate(rows):
        c.setFont('Helvetica', 9.5); c.drawString(cols[0] + 6, y + 1, a)
        c.drawCentredString(cols[1] + 45, y + 1, b)
        form.textfield(name='awarded_%d' % i, value=v, x=cols[2] + 16, y=y - 3, width=40, height=15,
                       fontName='Helvetica-Bold', fontSize=9.5, borderWidth=0, fillColor=colors.white,
                       textColor=colors.black, annotationFlags='print')
        c.setStrokeColor(colors.HexColor('#9fbfc2')); c.setLineWidth(0.4); c.line(x0, y - 5, x0 + 392, y - 5)
        y -= 21
    c.setStrokeColor(colors.black)
    c.setFont('Helvetica-Oblique', 8.5)
    c.drawCentredString(W / 2, y - 8, 'Credit is awarded only for the credit type matching the learner\u2019s profession as attested at claim time.')
    c.setLineWidth(0.5); c.line(W / 2 - 120, 150, W / 2 + 120, 150)
    c.setFont('Helvetica-Bold', 9.5); c.drawCentredString(W / 2, 138, 'Imogen Castellanos-Reid, MD, MEd')
    c.setFont('Helvetica', 9); c.drawCentredString(W / 2, 126, 'Associate Dean, Continuing Professional Development')
    c.setFont('Helvetica', 8); c.setFillColor(colors.grey)
    c.drawString(54, 60, 'Certificate No. MUHS-26-011873')
    c.drawRightString(W - 54, 60, 'Accreditation statements on page 2')
    c.showPage()
    # page 2
    c.setFillColor(colors.black); c.setFont('Helvetica-Bold', 13)
    c.drawString(72, H - 90, 'Accreditation and Credit Designation')
    st = ParagraphStyle('b', fontName='Helvetica', fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=10)
    paras = [
        'In support of improving patient care, Meridian University Health System is jointly accredited by the '
        'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy '
        'Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for '
        'the healthcare team.',
        '<b>Physicians:</b> Meridian University Health System designates this live activity for a maximum of 1.25 '
        '<i>AMA PRA Category 1 Credits\u2122</i>. Physicians should claim only the credit commensurate with the extent '
        'of their participation in the activity.',
        '<b>Nurses:</b> This activity is approved for 1.25 ANCC contact hours.',
        '<b>Pharmacists:</b> This knowledge-based activity is approved for 1.25 contact hours of ACPE credit.',
        '<b>Laboratory professionals:</b> Meridian University Health System, Office of Continuing Professional '
        'Development is approved as a provider of continuing education programs in the clinical laboratory sciences '
        'by the ASCLS P.A.C.E.\u00ae Program. This activity is approved for 1.0 P.A.C.E.\u00ae contact hour.',
        'Disclosure: None of the planners or faculty for this activity have relevant financial relationships with '
        'ineligible companies. Certificate issued 03/09/2026.']
    y = H - 110
    for t in paras:
        p = Paragraph(t, st); w, h = p.wrap(W - 144, 400); p.drawOn(c, 72, y - h); y -= h + 10
    c.showPage(); c.save()
    qpdf_flatten(tmp, n)
    return G('joint-accreditation-cme', 'reportlab-acroform-qpdf', ['portrait', 'two-pages', 'acroform-flattened', 'header-band', 'series-prefix-title', 'wrapped-title-2', 'suffix', 'credit-table', 'multiple-credit-types', 'signature', 'accreditation-page', 'distractor-numbers', 'distractor-dates'],
             'Name, date, learner ID and awarded column are AcroForm fields flattened with qpdf; title starts with the series name "Pathology Grand Rounds:" on the same line; AMA/ANCC/ACPE 1.25 vs P.A.C.E. 1.0; page 2 holds the accreditation statements and the issue date.',
             'Conrad J. Whitfield III',
             'Pathology Grand Rounds: Next-Generation Sequencing in Myeloid Neoplasms and What the Clinical Laboratory Must Validate',
             '2026-03-05', 1.0, 'contact hour',
             ['Meridian University Health System', 'Meridian University Health System, Office of Continuing Professional Development'],
             'GR-PATH-2603')


# =====================================================================================
# u11  University CEU - PostScript, portrait, date range, 3-line title
@cert(11)
def u11(n):
    W, H = 612, 792
    p = PS(W, H)
    p.color(0.45, 0.08, 0.12)
    p.rect(30, 30, W - 60, H - 60, lw=1.2)
    p.rect(36, 36, W - 72, H - 72, lw=4)
    p.font('Times-Bold', 17)
    p.stext(W / 2, 700, 'NORTHFIELD STATE UNIVERSITY', 3.5)
    p.color(0.2, 0.2, 0.2)
    p.font('Times-Italic', 11)
    p.ctext(W / 2, 680, 'College of Health Professions  \u2022  Office of Continuing Education')
    p.line(150, 668, W - 150, 668, lw=0.5)
    p.color(0, 0, 0)
    p.font('NewCenturySchlbk-Roman', 27)
    p.ctext(W / 2, 618, 'Certificate of Continuing Education')
    p.font('NewCenturySchlbk-Italic', 12)
    p.ctext(W / 2, 584, 'This certifies that')
    p.font('NewCenturySchlbk-Bold', 23)
    p.ctext(W / 2, 548, 'Beatriz Alcântara Moura')
    p.font('NewCenturySchlbk-Italic', 12)
    p.ctext(W / 2, 516, 'has satisfactorily completed the non-credit professional program')
    p.font('NewCenturySchlbk-Bold', 15)
    for i, ln in enumerate(['Molecular Diagnostics Intensive: PCR Assay Design,',
                            'Validation, and Troubleshooting for the',
                            'Clinical Laboratory']):
        p.ctext(W / 2, 484 - 20 * i, ln)
    p.font('Helvetica-Oblique', 10)
    p.ctext(W / 2, 412, 'In-Person Workshop')
    p.font('NewCenturySchlbk-Roman', 12)
    p.ctext(W / 2, 384, 'held January 12\u201314, 2026, and is awarded')
    p.font('NewCenturySchlbk-Bold', 14)
    p.ctext(W / 2, 362, '0.8 Continuing Education Units (CEUs)')
    p.font('Helvetica', 9)
    p.text(72, 318, 'Program No.: CE-2601-MDX')
    p.text(72, 305, 'Student ID: N00482217')
    p.rtext(W - 72, 318, 'Date issued: January 30, 2026')
    p.rtext(W - 72, 305, 'Transcript copy: Registrar')
    for x, nm, role in ((180, 'Gwendolyn A. Marchetti, PhD', 'Dean, College of Health Professions'),
                        (432, 'Harlan B. Voss, MEd', 'Director, Office of Continuing Education')):
        p.line(x - 105, 240, x + 105, 240, lw=0.5)
        p.font('Helvetica-Bold', 9); p.ctext(x, 228, nm)
        p.font('Helvetica', 8.5); p.ctext(x, 216, role)
    p.font('Times-Roman', 8.5)
    for i, ln in enumerate(wrap('Northfield State University, Office of Continuing Education awards the Continuing Education '
                                'Unit (CEU) in accordance with nationally recognized criteria. One CEU is defined as ten '
                                'contact hours of participation in an organized continuing education experience under '
                                'responsible sponsorship, capable direction, and qualified instruction.', 'Times-Roman', 8.5, 440)):
        p.ctext(W / 2, 150 - 11 * i, ln)
    p.font('Helvetica', 7)
    p.ctext(W / 2, 60, '1400 College Avenue  \u2022  Northfield, Minnesota')
    p.raw('showpage')
    p.build(n)
    return G('university-ceu', 'postscript-gs', ['portrait', 'centred-award', 'double-border', 'letter-spaced-org', 'wrapped-title-3', 'format-line', 'date-range', 'ceu', 'two-signatures', 'distractor-numbers', 'distractor-dates'],
             'University office issues it (provider lists university and "university, office"); CEU unit (0.8 CEU = 8 points); title on three lines; January 12-14 range; student ID and issue date are distractors; the CEU definition mentions contact hours.',
             'Beatriz Alcântara Moura',
             'Molecular Diagnostics Intensive: PCR Assay Design, Validation, and Troubleshooting for the Clinical Laboratory',
             '2026-01-14', 0.8, 'CEU',
             ['Northfield State University', 'Northfield State University, Office of Continuing Education'], 'CE-2601-MDX')


# =====================================================================================
# u12  Vendor training - chromium, landscape, letter-spaced name, small table, date range
@cert(12)
def u12(n):
    html = r"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Training Certificate</title>
<style>
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; color: #1b1b1b; }
.page { width: 11in; height: 8.5in; display: flex; box-sizing: border-box; }
.side { width: 2.3in; background: linear-gradient(180deg, #0b6e4f, #094c38); color: #fff; padding: 0.6in 0.3in; box-sizing: border-box; }
.side .brand { font-size: 26px; font-weight: bold; letter-spacing: 2px; }
.side .tag { font-size: 11px; margin-top: 6px; opacity: 0.85; line-height: 1.4; }
.main { flex: 1; padding: 0.6in 0.7in 0.4in 0.6in; position: relative; }
h1 { font-family: 'DejaVu Serif', serif; font-weight: normal; font-size: 38px; margin: 0 0 4px; color: #0b6e4f; }
.sub { font-size: 13px; color: #666; }
.name { margin-top: 34px; font-size: 28px; font-weight: bold; letter-spacing: 0.12em; }
.has { margin-top: 16px; font-size: 13px; color: #444; }
.title { margin-top: 8px; font-family: 'DejaVu Serif', serif; font-size: 21px; font-weight: bold; line-height: 1.3; width: 6.6in; }
.fmt { margin-top: 6px; font-size: 12px; color: #0b6e4f; font-style: italic; }
.when { margin-top: 12px; font-size: 13px; }
table { margin-top: 22px; border-collapse: collapse; font-size: 12px; }
th { text-align: left; font-size: 10px; color: #fff; background: #0b6e4f; padding: 5px 12px; }
td { padding: 6px 12px; border-bottom: 1px solid #bbb; }
.stmt { position: absolute; left: 0.6in; right: 0.7in; bottom: 1.35in; font-size: 10px; color: #555; line-height: 1.4; }
.sigs { position: absolute; left: 0.6in; right: 0.7in; bottom: 0.45in; display: flex; justify-content: space-between; font-size: 10.5px; }
.sig { width: 2.9in; border-top: 1px solid #333; padding-top: 4px; }
.sig b { display: block; }
</style></head><body><div class="page">
<div class="side"><div class="brand">VERIDIAN</div><div class="tag">Veridian Diagnostic Systems, Inc.<br>Customer Training</div></div>
<div class="main">
<h1>Certificate of Training</h1>
<div class="sub">Instrument operator qualification &mdash; clinical chemistry and immunoassay</div>
<div class="name">Kwame Osei-Bonsu</div>
<div class="has">has completed all lecture, hands-on and practical assessment requirements of</div>
<div class="title">Aurelis 900 Integrated Chemistry and Immunoassay System: Key Operator Training Program</div>
<div class="fmt">Instructor-Led Course</div>
<div class="when">February 23&ndash;27, 2026 &nbsp;&middot;&nbsp; Veridian Training Center, Raleigh, North Carolina</div>
<table>
<tr><th>Course Code</th><th>Contact Hours</th><th>Instrument S/N</th><th>Training Record No.</th></tr>
<tr><td>VA-900-KOT</td><td>24.0</td><td>A9-118204</td><td>26-0311</td></tr>
</table>
<div class="stmt">Veridian Diagnostic Systems, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This certificate documents operator training only and does not certify the holder&rsquo;s competency under CLIA; competency assessment remains the responsibility of the employing laboratory.</div>
<div class="sigs">
 <div class="sig"><b>Dana M. Pruitt, MLS(ASCP)</b>Lead Applications Instructor</div>
 <div class="sig"><b>Luis F. Arceneaux</b>Manager, Customer Training</div>
</div>
</div></div></body></html>"""
    chromium(n, html)
    return G('vendor-training', 'chromium', ['landscape', 'side-band', 'letter-spaced-name', 'small-table', 'wrapped-title-2', 'format-line', 'date-range', 'title-contains-Program', 'two-signatures', 'accreditation-statement', 'distractor-numbers'],
             'Vendor key-operator course over five days (gold = last day); the small table mixes the course code with instrument serial and training record numbers (distractors).',
             'Kwame Osei-Bonsu',
             'Aurelis 900 Integrated Chemistry and Immunoassay System: Key Operator Training Program',
             '2026-02-27', 24.0, 'contact hour', ['Veridian Diagnostic Systems, Inc.'], 'VA-900-KOT')


# =====================================================================================
# u13  ASM webinar - ReportLab canvas, portrait, left-aligned block, LIVE WEBINAR line
@cert(13)
def u13(n):
    W, H = letter
    c = canvas.Canvas(out(n), pagesize=letter)
    c.setTitle('ASM Webinar Certificate'); c.setAuthor('American Society for Microbiology')
    blue = colors.HexColor('#004b87'); orange = colors.HexColor('#e87722')
    c.setFillColor(blue); c.rect(0, 0, 20, H, fill=1, stroke=0)
    c.setFillColor(orange); c.rect(20, 0, 5, H, fill=1, stroke=0)
    c.setFillColor(blue); c.setFont('Helvetica-Bold', 44); c.drawString(72, H - 110, 'ASM')
    c.setFont('Helvetica', 12); c.setFillColor(colors.HexColor('#333333'))
    c.drawString(72, H - 130, 'American Society for Microbiology')
    c.setStrokeColor(orange); c.setLineWidth(2); c.line(72, H - 145, 300, H - 145)
    c.setFillColor(colors.black); c.setFont('Times-Roman', 34)
    c.drawString(72, H - 205, 'Certificate of Attendance')
    c.setFont('Helvetica', 11.5); c.drawString(72, H - 240, 'This certificate is awarded to')
    c.setFont('Helvetica-Bold', 22); c.drawString(72, H - 270, 'Ingrid S. Lindqvist, PhD, D(ABMM)')
    c.setFont('Helvetica', 11.5); c.drawString(72, H - 300, 'for attending the live educational webinar')
    c.setFont('Helvetica-Bold', 9); c.setFillColor(orange)
    c.drawString(72, H - 326, 'L I V E   W E B I N A R')
    c.setFillColor(colors.black); c.setFont('Times-Bold', 17)
    c.drawString(72, H - 350, 'Carbapenemase Detection in Enterobacterales: Phenotypic,')
    c.drawString(72, H - 371, 'Immunochromatographic, and Molecular Approaches')
    c.setFont('Helvetica', 11); c.drawString(72, H - 398, 'Tuesday, December 9, 2025  \u00b7  1:00\u20132:00 PM Eastern')
    rows = [('P.A.C.E.\u00ae contact hours', '1.0'), ('P.A.C.E.\u00ae Course #', '110-391-25'),
            ('ASM Member No.', '0004471963'), ('Certificate issued', 'December 11, 2025')]
    y = H - 450
    for a, b in rows:
        c.setFont('Helvetica', 10); c.setFillColor(colors.HexColor('#555555')); c.drawString(72, y, a)
        c.setFont('Helvetica-Bold', 10.5); c.setFillColor(colors.black); c.drawString(230, y, b)
        c.setStrokeColor(colors.HexColor('#cccccc')); c.setLineWidth(0.4); c.line(72, y - 6, 400, y - 6)
        y -= 22
    c.setStrokeColor(colors.black); c.setLineWidth(0.5); c.line(72, 200, 262, 200)
    c.setFont('Helvetica-Bold', 9.5); c.drawString(72, 188, 'Rosalyn V. Achterhof, PhD')
    c.setFont('Helvetica', 9); c.drawString(72, 176, 'Chair, Committee on Professional Development')
    st = ParagraphStyle('s', fontName='Helvetica', fontSize=8.3, leading=11, textColor=colors.HexColor('#444444'))
    p = Paragraph('The American Society for Microbiology is approved as a provider of continuing education programs in '
                  'the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This webinar was recorded; '
                  'credit for viewing the recording must be claimed separately.', st)
    w, h = p.wrap(W - 144, 200); p.drawOn(c, 72, 110 - h)
    c.showPage(); c.save()
    return G('webinar', 'reportlab-canvas', ['portrait', 'left-aligned', 'side-band', 'format-line', 'letter-spaced-format', 'wrapped-title-2', 'label-value-rows', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Society webinar; LIVE WEBINAR letter-spaced on its own line above the title; time range and issue date beside the date; member number is a distractor.',
             'Ingrid S. Lindqvist',
             'Carbapenemase Detection in Enterobacterales: Phenotypic, Immunochromatographic, and Molecular Approaches',
             '2025-12-09', 1.0, 'contact hour', ['American Society for Microbiology', 'ASM'], '110-391-25')


# =====================================================================================
# u14  Public health laboratory - FPDF, landscape, ALL CAPS accented name, expiry date, boxes
@cert(14)
def u14(n):
    php(n, FPDF_HEAD, r"""
$pdf = new PDF('L', 'mm', 'Letter');
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Training Certificate');
$pdf->AddPage();
$W = $pdf->GetPageWidth();
$pdf->SetDrawColor(0, 90, 70); $pdf->SetLineWidth(1.2); $pdf->Rect(10, 10, $W-20, 195.9);
$pdf->SetFillColor(0, 90, 70); $pdf->Rect(10, 10, $W-20, 24, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Helvetica', 'B', 16);
$pdf->CText(14, 8, 'Westmarch Department of Public Health');
$pdf->SetFont('Helvetica', '', 10); $pdf->CText(23, 6, 'Bureau of Laboratories  |  Laboratory Training and Outreach Unit');
$pdf->SetTextColor(0, 90, 70); $pdf->SetFont('Times', 'B', 30); $pdf->CText(44, 13, 'Training Certificate');
$pdf->SetTextColor(30, 30, 30); $pdf->SetFont('Helvetica', '', 11); $pdf->CText(62, 6, 'This is to certify that');
$pdf->SetFont('Helvetica', 'B', 22); $pdf->CText(71, 11, 'ERNESTO V. CALDERÓN-PIKE');
$pdf->SetFont('Helvetica', '', 11); $pdf->CText(85, 6, 'has successfully completed the course');
$pdf->SetFont('Times', 'B', 17);
$pdf->CText(94, 8, 'Packaging and Shipping Division 6.2 Infectious Substances:');
$pdf->CText(102, 8, 'Category A and Category B');
$pdf->SetFont('Helvetica', 'I', 10); $pdf->CText(111, 6, 'Hybrid Classroom Course with Practical Packaging Exercise');
$pdf->SetFont('Helvetica', '', 11); $pdf->CText(120, 6, 'on March 18, 2026, earning 4.0 CE hours.');
$boxes = array(array('Course ID', 'BOL-PS-26-03'), array('Training valid until', 'March 18, 2028'),
               array('Laboratory CLIA No.', '47D0998812'), array('Attendee license no.', 'CLS-00311907'));
$x = 30; $bw = ($W - 60 - 3*6) / 4;
foreach ($boxes as $b) {
    $pdf->SetDrawColor(0, 90, 70); $pdf->SetLineWidth(0.3); $pdf->Rect($x, 134, $bw, 17);
    $pdf->SetXY($x, 136); $pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(90, 90, 90);
    $pdf->Cell($bw, 4, t($b[0]), 0, 0, 'C');
    $pdf->SetXY($x, 142); $pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(20, 20, 20);
    $pdf->Cell($bw, 6, t($b[1]), 0, 0, 'C');
    $x += $bw + 6;
}
$pdf->SetFont('Helvetica', '', 7.8); $pdf->SetTextColor(60, 60, 60); $pdf->SetXY(30, 160);
$pdf->MultiCell(120, 3.8, t('This function-specific training addresses 49 CFR 172.704 and the IATA Dangerous Goods Regulations for shippers of UN 2814, UN 2900 and UN 3373. Recurrent training is required before the date shown above.'), 0, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->Line($W-115, 178, $W-30, 178);
$pdf->SetXY($W-115, 179); $pdf->SetFont('Helvetica', 'B', 9); $pdf->SetTextColor(20, 20, 20);
$pdf->Cell(85, 5, t('Priya Raman-Castellano, PhD, HCLD(ABB)'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->Cell(85, 4.5, t('Director, Bureau of Laboratories'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7); $pdf->SetTextColor(110, 110, 110);
$pdf->CText(197, 4, 'Westmarch Department of Public Health, Bureau of Laboratories  -  4100 Laboratory Drive, Westmarch');
$pdf->Output('F', $argv[1]);
""")
    return G('public-health-lab', 'fpdf', ['landscape', 'centred-award', 'border', 'header-band', 'allcaps-name', 'accented-name', 'middle-initial', 'wrapped-title-2', 'format-line', 'boxes-labels-above-values', 'one-sentence-credit', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Public health bureau issues it (provider lists department and "department, bureau"); capitals with an accented letter; expiry ("valid until") two years later, CLIA and license numbers are distractors.',
             'ERNESTO V. CALDERÓN-PIKE',
             'Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B',
             '2026-03-18', 4.0, 'CE hour',
             ['Westmarch Department of Public Health', 'Westmarch Department of Public Health, Bureau of Laboratories'], 'BOL-PS-26-03')


# =====================================================================================
# u15  ADLM - TCPDF, portrait, honorific, HTML table, claimed vs maximum ACCENT
@cert(15)
def u15(n):
    php(n, TCPDF_HEAD, r"""
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(25, 22, 25); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('ADLM Continuing Education Certificate'); $pdf->SetAuthor('ADLM');
$pdf->AddPage();
$pdf->SetFillColor(0, 122, 135); $pdf->Rect(25, 22, 18, 18, 'F');
$pdf->SetTextColor(0, 122, 135); $pdf->SetFont('helvetica', 'B', 26); $pdf->SetXY(47, 22);
$pdf->Cell(60, 10, 'ADLM', 0, 2, 'L');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(140, 6, 'Association for Diagnostics & Laboratory Medicine', 0, 1, 'L');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('times', '', 27); $pdf->SetXY(25, 62);
$pdf->Cell(165.9, 12, 'Certificate of Continuing Education', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetXY(25, 82); $pdf->Cell(165.9, 6, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('times', 'B', 22); $pdf->SetXY(25, 92); $pdf->Cell(165.9, 10, 'Dr. Farida N. Haddad, PhD, DABCC', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetXY(25, 108); $pdf->Cell(165.9, 6, 'completed the education activity', 0, 1, 'C');
$pdf->SetFont('times', 'B', 16); $pdf->SetXY(35, 118);
$pdf->MultiCell(145.9, 7.5, 'High-Sensitivity Cardiac Troponin in Practice: Sex-Specific Cutoffs, Delta Criteria, and Rapid Rule-Out Algorithms', 0, 'C');
$pdf->SetFont('helvetica', 'I', 10); $pdf->SetTextColor(0, 122, 135); $pdf->SetXY(25, $pdf->GetY() + 1.5);
$pdf->Cell(165.9, 6, 'On-Demand Webinar', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('helvetica', '', 10); $pdf->SetXY(40, 150);
$html = '<table cellpadding="4" border="0" style="border-top:1px solid #007a87;border-bottom:1px solid #007a87;">
<tr><td width="62%" style="color:#555555;">Activity ID</td><td width="38%"><b>2026-OD-117</b></td></tr>
<tr style="background-color:#eef6f7;"><td style="color:#555555;">Completion date</td><td><b>February 2, 2026</b></td></tr>
<tr><td style="color:#555555;">ACCENT® contact hours available (maximum)</td><td>1.5</td></tr>
<tr style="background-color:#eef6f7;"><td style="color:#555555;">ACCENT® contact hours claimed</td><td><b>1.0</b></td></tr>
<tr><td style="color:#555555;">Order No.</td><td>W-0082115</td></tr>
<tr style="background-color:#eef6f7;"><td style="color:#555555;">Certificate issued</td><td>Feb 3, 2026</td></tr>
</table>';
$pdf->writeHTMLCell(135.9, 0, 40, 150, $html, 0, 1);
$pdf->SetFont('helvetica', '', 8.3); $pdf->SetTextColor(60, 60, 60); $pdf->SetXY(25, 210);
$pdf->MultiCell(165.9, 4.2, 'The Association for Diagnostics & Laboratory Medicine designates this activity for a maximum of 1.5 ACCENT® contact hours. Participants should claim only the hours commensurate with the extent of their participation in the activity. ACCENT® is a registered trademark of the Association for Diagnostics & Laboratory Medicine.', 0, 'J');
$pdf->SetDrawColor(60, 60, 60); $pdf->Line(110, 246, 190.9, 246);
$pdf->SetXY(110, 247); $pdf->SetFont('helvetica', 'B', 9); $pdf->SetTextColor(20, 20, 20);
$pdf->Cell(80.9, 5, 'Nikolai P. Vrabel, PhD, DABCC', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 8.5); $pdf->Cell(80.9, 4.5, 'Chair, Education Core Committee', 0, 2, 'C');
$pdf->Output($argv[1], 'F');
""")
    return G('adlm', 'tcpdf', ['portrait', 'centred-award', 'honorific', 'credentials-after-name', 'middle-initial', 'wrapped-title-2', 'format-line', 'html-table', 'claimed-vs-maximum', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Honorific "Dr." and PhD, DABCC dropped from the gold name; ACCENT contact hours: 1.5 maximum vs 1.0 claimed; order number and issue date are distractors.',
             'Farida N. Haddad',
             'High-Sensitivity Cardiac Troponin in Practice: Sex-Specific Cutoffs, Delta Criteria, and Rapid Rule-Out Algorithms',
             '2026-02-02', 1.0, 'contact hour', ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], '2026-OD-117')


# =====================================================================================
# FODT helper (flat ODF text document for LibreOffice)
def fodt(n, body, pstyles, landscape_page=False, margins_in=0.7, tstyles=''):
    """pstyles: name -> dict(align, font, size, bold, italic, color, before, after)"""
    W, H = ('11in', '8.5in') if landscape_page else ('8.5in', '11in')
    auto = []
    for nm, d in pstyles.items():
        tp = 'style:font-name="%s" fo:font-size="%spt"' % (d.get('font', 'Liberation Serif'), d.get('size', 11))
        if d.get('bold'): tp += ' fo:font-weight="bold"'
        if d.get('italic'): tp += ' fo:font-style="italic"'
        if d.get('color'): tp += ' fo:color="%s"' % d['color']
        if d.get('ls'): tp += ' fo:letter-spacing="%s"' % d['ls']
        if d.get('caps'): tp += ' fo:text-transform="uppercase"'
        auto.append('<style:style style:name="%s" style:family="paragraph"><style:paragraph-properties fo:text-align="%s" '
                    'fo:margin-top="%spt" fo:margin-bottom="%spt"%s/><style:text-properties %s/></style:style>'
                    % (nm, d.get('align', 'start'), d.get('before', 0), d.get('after', 0),
                       d.get('pextra', ''), tp))
    fonts = ''.join('<style:font-face style:name="%s" svg:font-family="\'%s\'"/>' % (f, f)
                    for f in ('Liberation Serif', 'Liberation Sans', 'DejaVu Sans', 'DejaVu Serif', 'URW Bookman', 'C059', 'P052'))
    doc = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>%s</office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="%sin" fo:margin-bottom="%sin" fo:margin-left="%sin" fo:margin-right="%sin" fo:border="%s" fo:padding="0.25in"/></style:page-layout>
%s
%s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
''' % (fonts, W, H, 'landscape' if landscape_page else 'portrait', margins_in, margins_in, margins_in, margins_in,
       pstyles.get('_border', {}).get('border', 'none'), '\n'.join(a for a in auto if 'name="_border"' not in a), tstyles, body)
    p = src(n, 'fodt')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(doc)
    soffice(n, p)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# =====================================================================================
# u16  NSH workshop - FODT -> soffice, landscape, bordered page, table with labels above values
@cert(16)
def u16(n):
    ps = {
        '_border': {'border': '2.5pt double #5b2a6e'},
        'Org': dict(align='center', font='Liberation Sans', size=19, bold=True, color='#5b2a6e'),
        'Sub': dict(align='center', font='Liberation Sans', size=10.5, color='#555555', after=18),
        'Head': dict(align='center', font='C059', size=30, italic=True, after=10),
        'Lead': dict(align='center', font='Liberation Sans', size=11, before=4, after=4),
        'Name': dict(align='center', font='C059', size=25, bold=True, before=4, after=6),
        'Title': dict(align='center', font='C059', size=18, bold=True, before=6, after=2),
        'Fmt': dict(align='center', font='Liberation Sans', size=10, italic=True, color='#5b2a6e', after=14),
        'TL': dict(align='center', font='Liberation Sans', size=8, color='#666666', caps=True, ls='0.04em'),
        'TV': dict(align='center', font='Liberation Sans', size=12, bold=True),
        'Small': dict(align='justify', font='Liberation Sans', size=8.5, color='#444444', before=14),
        'Sig': dict(align='end', font='Liberation Sans', size=9, bold=True, before=22),
        'SigR': dict(align='end', font='Liberation Sans', size=8.5),
    }
    ts = ('<style:style style:name="Tb" style:family="table"><style:table-properties style:width="8.4in" table:align="center"/></style:style>'
          '<style:style style:name="Tcol" style:family="table-column"><style:table-column-properties style:column-width="2.1in"/></style:style>'
          '<style:style style:name="Tc" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border-top="0.6pt solid #5b2a6e" fo:border-bottom="0.6pt solid #5b2a6e" fo:border-left="none" fo:border-right="none"/></style:style>')
    cells = [('Workshop #', 'W-206'), ('Workshop date', 'September 14, 2025'), ('P.A.C.E.® contact hours', '3.5'), ('Attendee ID', '25-11930')]
    row1 = ''.join('<table:table-cell table:style-name="Tc"><text:p text:style-name="TL">%s</text:p><text:p text:style-name="TV">%s</text:p></table:table-cell>' % (esc(a), esc(b)) for a, b in cells)
    body = '''
<text:p text:style-name="Org">National Society for Histotechnology</text:p>
<text:p text:style-name="Sub">NSH 51st Annual Symposium/Convention  ·  Workshop Program</text:p>
<text:p text:style-name="Head">Certificate of Attendance</text:p>
<text:p text:style-name="Lead">This is to certify that</text:p>
<text:p text:style-name="Name">Mei-Ling Chua-Barrett, HTL(ASCP)QIHC</text:p>
<text:p text:style-name="Lead">attended the workshop</text:p>
<text:p text:style-name="Title">Frozen Section Troubleshooting: From Cryostat to Coverslip</text:p>
<text:p text:style-name="Fmt">Half-Day Wet Workshop</text:p>
<table:table table:name="Facts" table:style-name="Tb"><table:table-column table:style-name="Tcol" table:number-columns-repeated="4"/>
<table:table-row>%s</table:table-row></table:table>
<text:p text:style-name="Small">The National Society for Histotechnology (NSH) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are granted only for workshops attended in full; partial attendance is not credited.</text:p>
<text:p text:style-name="Sig">Teodoro Alvarez-Quinn, HT(ASCP)</text:p>
<text:p text:style-name="SigR">Chair, NSH Education Committee</text:p>
''' % row1
    fodt(n, body, ps, landscape_page=True, margins_in=0.45, tstyles=ts)
    return G('nsh', 'soffice-fodt', ['landscape', 'centred-award', 'double-border', 'table-labels-above-values', 'format-line', 'meeting-session', 'signature', 'distractor-numbers'],
             'Workshop at a society meeting: the certificate prints only the workshop date (no meeting range); attendee ID is a registration-type distractor; credentials after the name.',
             'Mei-Ling Chua-Barrett',
             'Frozen Section Troubleshooting: From Cryostat to Coverslip',
             '2025-09-14', 3.5, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'W-206')


# =====================================================================================
# u17  AMT - ReportLab Platypus, portrait, label/value table with wrapped title cell
@cert(17)
def u17(n):
    maroon = colors.HexColor('#7a1f2b')

    def deco(c, d):
        c.saveState()
        c.setFillColor(maroon); c.rect(0, letter[1] - 0.35 * inch, letter[0], 0.35 * inch, fill=1, stroke=0)
        c.rect(0, 0, letter[0], 0.25 * inch, fill=1, stroke=0)
        c.restoreState()

    doc = SimpleDocTemplate(out(n), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.9 * inch, bottomMargin=0.8 * inch, title='AMT CE Certificate',
                            author='American Medical Technologists')
    S = lambda **k: ParagraphStyle('x', **k)
    st_cell = S(fontName='Helvetica', fontSize=10.5, leading=14)
    st_cellb = S(fontName='Helvetica-Bold', fontSize=11, leading=14.5)
    st_lab = S(fontName='Helvetica-Bold', fontSize=9, leading=12, textColor=colors.HexColor('#666666'))
    head = Table([[Paragraph('<font size=18><b>American Medical Technologists</b></font>', S(fontName='Times-Roman', fontSize=18, leading=22, textColor=maroon)),
                   Paragraph('AMT Continuing Education<br/>Certification Continuation Program', S(fontName='Helvetica', fontSize=8.5, leading=11, alignment=TA_RIGHT, textColor=colors.HexColor('#555555')))]],
                 colWidths=[4.0 * inch, 2.5 * inch])
    head.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LINEBELOW', (0, 0), (-1, 0), 1.2, maroon),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 8), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    story = [head, Spacer(1, 34),
             Paragraph('Continuing Education Certificate', S(fontName='Times-Bold', fontSize=25, leading=30, alignment=TA_LEFT)),
             Spacer(1, 6),
             Paragraph('Record of completed continuing education for AMT-certified professionals.', S(fontName='Helvetica-Oblique', fontSize=10, leading=13, textColor=colors.HexColor('#555555'))),
             Spacer(1, 22)]
    rows = [('Name', Paragraph('Deshawn L. Pritchard, RPT(AMT)', st_cellb)),
            ('AMT ID #', Paragraph('3318207', st_cell)),
            ('Course Title', Paragraph('Phlebotomy Pre-Analytical Errors: Order of Draw, Hemolysis, Patient Identification, and Specimen Rejection Criteria', st_cellb)),
            ('Delivery', Paragraph('Self-Study (online, text-based)', st_cell)),
            ('Course Code', Paragraph('CE-PH-2214', st_cell)),
            ('Date Completed', Paragraph('11/18/2025', st_cell)),
            ('CE Hours Awarded', Paragraph('1.0', st_cellb)),
            ('Quiz Result', Paragraph('Pass (9 of 10)', st_cell))]
    t = Table([[Paragraph(a, st_lab), b] for a, b in rows], colWidths=[1.6 * inch, 4.9 * inch])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('LINEBELOW', (0, 0), (-1, -1), 0.4, colors.HexColor('#d0c0c3')),
                           ('TOPPADDING', (0, 0), (-1, -1), 7), ('BOTTOMPADDING', (0, 0), (-1, -1), 7),
                           ('LEFTPADDING', (0, 0), (-1, -1), 2)]))
    story += [t, Spacer(1, 22),
              Paragraph('American Medical Technologists (AMT) has reviewed and approved this course for 1.0 CE hour toward '
                        'Certification Continuation Program requirements. AMT records this activity automatically when it is '
                        'completed through the AMT learning portal; keep this certificate for your files.',
                        S(fontName='Helvetica', fontSize=9, leading=12.5, alignment=TA_JUSTIFY, textColor=colors.HexColor('#333333'))),
              Spacer(1, 50)]
    sig = Table([['Lucinda Harrow-Baptiste, MT(AMT)'], ['Director, Education and Credentialing']], colWidths=[3 * inch], hAlign='LEFT')
    sig.setStyle(TableStyle([('FONT', (0, 0), (0, 0), 'Helvetica-Bold', 9.5), ('FONT', (0, 1), (0, 1), 'Helvetica', 9),
                             ('LINEABOVE', (0, 0), (0, 0), 0.6, colors.black), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    story += [sig, Spacer(1, 30),
              Paragraph('Generated 11/18/2025 21:47 CT', S(fontName='Helvetica', fontSize=7.5, leading=9, textColor=colors.grey, alignment=TA_RIGHT))]
    doc.build(story, onFirstPage=deco)
    return G('amt', 'reportlab-platypus', ['portrait', 'label-value-table', 'wrapped-title-2', 'middle-initial', 'header-band', 'signature', 'numeric-us-date', 'distractor-numbers', 'distractor-dates'],
             'Label/value table where the title wraps inside its cell; "Self-Study" given as a delivery row; AMT ID and generated timestamp are distractors.',
             'Deshawn L. Pritchard',
             'Phlebotomy Pre-Analytical Errors: Order of Draw, Hemolysis, Patient Identification, and Specimen Rejection Criteria',
             '2025-11-18', 1.0, 'CE hour', ['American Medical Technologists', 'AMT'], 'CE-PH-2214')


# =====================================================================================
# PostScript rich paragraph helper: segments [(text, font)] wrapped to width
def ps_para(p, x, y, segs, size, width, leading, justify=False):
    words = []
    for text, font in segs:
        for w in text.split(' '):
            if w:
                words.append((w, font))
    lines, cur, curw = [], [], 0
    for w, f in words:
        ww = stringWidth(w, PSMET.get(f, f), size)
        sp = stringWidth(' ', PSMET.get(f, f), size)
        if cur and curw + sp + ww > width:
            lines.append(cur); cur, curw = [], 0
        curw += (sp if cur else 0) + ww
        cur.append((w, f, ww, sp))
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        xx = x
        total = sum(a[2] for a in ln) + sum(a[3] for a in ln[1:])
        extra = (width - total) / (len(ln) - 1) if (justify and i < len(lines) - 1 and len(ln) > 1) else 0
        for j, (w, f, ww, sp) in enumerate(ln):
            p.font(f, size)
            p.text(xx, y, w)
            xx += ww + sp + extra
        y -= leading
    return y


PSMET = {'Times-Roman': 'Times-Roman', 'Times-Bold': 'Times-Bold', 'Times-Italic': 'Times-Italic',
         'Times-BoldItalic': 'Times-BoldItalic', 'Helvetica': 'Helvetica', 'Helvetica-Bold': 'Helvetica-Bold'}


# =====================================================================================
# u18  CLSI - PostScript, portrait, one-paragraph certificate with quoted title
@cert(18)
def u18(n):
    W, H = 612, 792
    p = PS(W, H)
    p.color(0.0, 0.29, 0.55)
    p.rect(0, H - 16, W, 16, fill=True)
    p.font('Helvetica-Bold', 40); p.text(72, 680, 'CLSI')
    p.font('Helvetica', 11); p.color(0.25, 0.25, 0.25)
    p.text(72, 660, 'Clinical and Laboratory Standards Institute')
    p.line(72, 648, W - 72, 648, lw=0.8)
    p.color(0, 0, 0)
    p.font('Times-Bold', 24); p.text(72, 596, 'Certificate of Participation')
    y = ps_para(p, 72, 548, [
        ('This is to certify that', 'Times-Roman'),
        ('Nadia F. Kowalski-Ortiz,', 'Times-Bold'),
        ('MS, MLS(ASCP) participated in the CLSI webinar', 'Times-Roman'),
        ('\u201cVerifying Precision and Trueness for Quantitative Measurement Procedures: Applying EP15-A3 in the Routine Laboratory\u201d', 'Times-Italic'),
        ('on October 8, 2025, and has earned 1.5 P.A.C.E.\u00ae contact hours.', 'Times-Roman')],
        14, W - 144, 21)
    p.font('Helvetica', 9.5)
    p.text(72, y - 24, 'Program ID: W25-EP15')
    p.text(250, y - 24, 'Order No. 00128834')
    p.text(410, y - 24, 'Date of issue: 10/15/2025')
    p.font('Times-Roman', 9)
    yy = ps_para(p, 72, 300, [('The Clinical and Laboratory Standards Institute is approved as a provider of continuing education '
                               'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. This webinar '
                               'references CLSI document EP15-A3; a copy of the document is not included with registration.', 'Times-Roman')],
                 9, W - 144, 12, justify=True)
    p.line(72, 190, 280, 190, lw=0.5)
    p.font('Helvetica-Bold', 9.5); p.text(72, 177, 'Bernard T. Kessling, PhD')
    p.font('Helvetica', 9); p.text(72, 165, 'Vice President, Education and Standards Development')
    p.color(0.0, 0.29, 0.55)
    p.rect(0, 0, W, 10, fill=True)
    p.raw('showpage')
    p.build(n)
    return G('clsi', 'postscript-gs', ['portrait', 'left-aligned', 'one-paragraph', 'title-in-quotes', 'middle-initial', 'header-band', 'signature', 'distractor-numbers', 'distractor-dates'],
             'One-paragraph certificate: name, quoted title, date and credit all inside one justified-width paragraph; order number and issue date are distractors.',
             'Nadia F. Kowalski-Ortiz',
             'Verifying Precision and Trueness for Quantitative Measurement Procedures: Applying EP15-A3 in the Routine Laboratory',
             '2025-10-08', 1.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'W25-EP15')


# =====================================================================================
# u19  ASCP annual meeting - chromium, landscape, seal, CMLE claimed, no activity number
@cert(19)
def u19(n):
    html = r"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>ASCP Annual Meeting CMLE Certificate</title>
<style>
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'P052', 'Liberation Serif', serif; color: #1a1a1a; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.35in; }
.frame { border: 10px solid #12395f; outline: 2px solid #b59a4b; outline-offset: -18px; height: 100%; box-sizing: border-box; position: relative; text-align: center; padding-top: 0.55in; }
.org { font-size: 20px; letter-spacing: 0.06em; color: #12395f; }
h1 { font-size: 46px; font-weight: normal; font-style: italic; margin: 14px 0 10px; }
.lead { font-size: 15px; }
.name { font-size: 34px; font-weight: bold; margin: 12px 0 8px; }
.event { font-size: 24px; font-weight: bold; margin-top: 8px; }
.dates { font-size: 15px; margin-top: 6px; }
.credit { margin: 20px auto 0; font-family: 'Liberation Sans', sans-serif; font-size: 14px; }
.credit b { font-size: 18px; }
.seal { position: absolute; left: 0.55in; bottom: 0.5in; width: 1.25in; height: 1.25in; border-radius: 50%; border: 3px double #b59a4b; color: #8a7232; font-family: 'Liberation Sans'; font-size: 9px; display: flex; align-items: center; justify-content: center; line-height: 1.3; }
.sig { position: absolute; right: 0.7in; bottom: 0.6in; width: 3in; border-top: 1px solid #333; padding-top: 5px; font-family: 'Liberation Sans', sans-serif; font-size: 11px; }
.meta { position: absolute; left: 2.2in; bottom: 0.6in; text-align: left; font-family: 'Liberation Sans', sans-serif; font-size: 10px; color: #555; line-height: 1.5; }
.stmt { position: absolute; left: 0.6in; right: 0.6in; bottom: 0.12in; font-family: 'Liberation Sans', sans-serif; font-size: 8.5px; color: #555; }
</style></head><body><div class="page"><div class="frame">
<div class="org">American Society for Clinical Pathology</div>
<h1>Certificate of Attendance</h1>
<div class="lead">This certifies that</div>
<div class="name">Siobhan E. MacAllister, SCT(ASCP)</div>
<div class="lead">attended educational sessions at the</div>
<div class="event">ASCP 2025 Annual Meeting</div>
<div class="dates">September 24&ndash;26, 2025 &nbsp;&middot;&nbsp; Lakeshore Pavilion Convention Center</div>
<div class="credit">CMLE credits claimed: <b>9.5</b> &nbsp;&nbsp;(of 16.0 CMLE offered)</div>
<div class="seal">ASCP<br>CONTINUING<br>EDUCATION</div>
<div class="meta">Registration No. 250918-4471<br>Credit claim submitted: October 3, 2025</div>
<div class="sig"><b>Corwin D. Ashby-Nwachukwu, MD, FASCP</b><br>Chair, ASCP Annual Meeting Steering Committee</div>
<div class="stmt">ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. CMLE credits count toward the ASCP Board of Certification Credential Maintenance Program.</div>
</div></div></body></html>"""
    chromium(n, html)
    return G('ascp-cmle', 'chromium', ['landscape', 'centred-award', 'double-border', 'seal', 'date-range', 'meeting-attendance', 'claimed-vs-maximum', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Meeting attendance: title is the meeting name; range September 24-26 (gold = last day); 9.5 CMLE claimed of 16.0 offered; no activity number (registration number is a distractor).',
             'Siobhan E. MacAllister',
             'ASCP 2025 Annual Meeting',
             '2025-09-26', 9.5, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], None)


# =====================================================================================
# u20  CAP course - ReportLab AcroForm flattened with qpdf, landscape, form-style boxes
@cert(20)
def u20(n):
    W, H = landscape(letter)
    tmp = os.path.join(WORK, 'u20-form.pdf')
    c = canvas.Canvas(tmp, pagesize=(W, H))
    c.setTitle('Certificate of Completion'); c.setAuthor('College of American Pathologists')
    navy = colors.HexColor('#16325c')
    c.setStrokeColor(navy); c.setLineWidth(1.5); c.rect(30, 30, W - 60, H - 60)
    c.setFillColor(navy); c.setFont('Times-Bold', 22)
    c.drawString(60, H - 80, 'College of American Pathologists')
    c.setFont('Helvetica', 10); c.setFillColor(colors.HexColor('#555555'))
    c.drawString(60, H - 97, 'Laboratory Education Series  \u2022  Competency Modules for the Laboratory Team')
    c.setFillColor(colors.black); c.setFont('Helvetica-Bold', 30)
    c.drawString(60, H - 160, 'Certificate of Completion')
    form = c.acroForm

    def box(label, name, value, x, y, w, h=24, size=13, bold=True):
        c.setFont('Helvetica', 8); c.setFillColor(colors.HexColor('#666666'))
        c.drawString(x, y + h + 4, label)
        c.setFillColor(colors.black)
        form.textfield(name=name, value=value, x=x, y=y, width=w, height=h,
                       fontName='Helvetica-Bold' if bold else 'Helvetica', fontSize=size,
                       borderColor=navy, borderWidth=0.8, fillColor=colors.HexColor('#f4f6fa'),
                       textColor=colors.black, annotationFlags='print', fieldFlags='readOnly')
    box('PARTICIPANT NAME', 'participant', 'Marguerite A. Boudreaux', 60, H - 230, 420, 28, 15)
    box('USER ID', 'userid', '1183-22095', 500, H - 230, 170, 28, 11, False)
    c.setFont('Helvetica', 8); c.setFillColor(colors.HexColor('#666666'))
    c.drawString(60, H - 262, 'COURSE TITLE')
    c.setFillColor(colors.black); c.setFont('Times-Bold', 17)
    c.drawString(60, H - 284, 'Blood Bank Competency Module: Resolving ABO Discrepancies')
    c.setFont('Helvetica-Oblique', 10); c.drawString(60, H - 301, 'Online Self-Study Module')
    box('COURSE ID', 'courseid', 'CAH-BB-0417', 60, H - 365, 150, 24, 12)
    box('DATE COMPLETED', 'completed', '12/15/2025', 230, H - 365, 150, 24, 12)
    box('CONTACT HOURS', 'hours', '0.5', 400, H - 365, 110, 24, 12)
    box('DATE PRINTED', 'printed', '01/06/2026', 530, H - 365, 140, 24, 11, False)
    st = ParagraphStyle('s', fontName='Helvetica', fontSize=8.3, leading=11, alignment=TA_JUSTIFY, textColor=colors.HexColor('#333333'))
    p = Paragraph('In support of improving patient care, the College of American Pathologists (CAP) is jointly accredited by the '
                  'Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education '
                  '(ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare '
                  'team. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by '
                  'the ASCLS P.A.C.E.\u00ae Program. This module is approved for 0.5 P.A.C.E.\u00ae contact hours.', st)
    w, h = p.wrap(420, 200); p.drawOn(c, 60, 170 - h)
    c.setLineWidth(0.5); c.setStrokeColor(colors.black); c.line(510, 150, W - 60, 150)
    c.setFont('Helvetica-Bold', 9); c.drawCentredString((510 + W - 60) / 2, 138, 'Hollis J. Varga-Mbeki, MD, FCAP')
    c.setFont('Helvetica', 8.5); c.drawCentredString((510 + W - 60) / 2, 126, 'Medical Director, Laboratory Education')
    c.showPage(); c.save()
    qpdf_flatten(tmp, n)
    return G('cap', 'reportlab-acroform-qpdf', ['landscape', 'form-boxes', 'labels-above-values', 'acroform-flattened', 'border', 'format-line', 'joint-accreditation', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Filled AcroForm boxes (flattened with qpdf) with labels above; date printed and user ID are distractors; title printed once above an "Online Self-Study Module" line.',
             'Marguerite A. Boudreaux',
             'Blood Bank Competency Module: Resolving ABO Discrepancies',
             '2025-12-15', 0.5, 'contact hour', ['College of American Pathologists', 'CAP'], 'CAH-BB-0417')


# =====================================================================================
# u21  P.A.C.E. approved provider (education company) - TCPDF, landscape, letter-spaced caps name, quoted title
@cert(21)
def u21(n):
    php(n, TCPDF_HEAD, r"""
class CertPDF extends TCPDF { public function __construct() { parent::__construct('L', 'mm', 'LETTER', true, 'UTF-8', false); $this->tcpdflink = false; } }
$pdf = new CertPDF();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Certificate of Continuing Education'); $pdf->SetAuthor('Bluewater Laboratory Education, LLC');
$pdf->AddPage();
$W = 279.4; $H = 215.9;
$pdf->SetFillColor(232, 242, 250); $pdf->Rect(0, 0, $W, $H, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->SetDrawColor(19, 84, 122); $pdf->SetLineWidth(0.6);
$pdf->RoundedRect(14, 14, $W - 28, $H - 28, 6, '1111', 'DF');
$pdf->SetTextColor(19, 84, 122); $pdf->SetFont('dejavuserif', 'B', 15); $pdf->SetXY(0, 26);
$pdf->Cell($W, 7, 'Bluewater Laboratory Education, LLC', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->Cell($W, 5, 'Online continuing education for the clinical laboratory', 0, 1, 'C');
$pdf->SetTextColor(19, 84, 122); $pdf->SetFont('dejavusans', 'B', 12); $pdf->setFontSpacing(1.2);
$pdf->SetXY(0, 48); $pdf->Cell($W, 7, 'CERTIFICATE OF CONTINUING EDUCATION', 0, 1, 'C'); $pdf->setFontSpacing(0);
$pdf->SetTextColor(40, 40, 40); $pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(0, 62);
$pdf->Cell($W, 6, 'awarded to', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->setFontSpacing(2.2); $pdf->SetXY(0, 71);
$pdf->Cell($W, 12, 'THEODORA L. VANCE', 0, 1, 'C'); $pdf->setFontSpacing(0);
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(0, 88); $pdf->Cell($W, 6, 'upon successful completion of the course', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 9); $pdf->SetTextColor(19, 84, 122); $pdf->SetXY(0, 97); $pdf->Cell($W, 5, 'Self-Study', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('dejavuserif', 'B', 17); $pdf->SetXY(40, 104);
$pdf->MultiCell($W - 80, 8, '“Coagulation Cascade to Clot Waveform: Interpreting PT, aPTT, and Mixing Studies in the Bleeding Patient”', 0, 'C');
$L = array(array('P.A.C.E.® Course No.', '624-118-25'), array('Date of Completion', '08/29/2025'), array('Contact Hours', '2.0'));
$R = array(array('Order No.', 'BLE-77120'), array('Certificate printed', '09/02/2025'), array('Passing score', '80%'));
$y = 134;
for ($i = 0; $i < 3; $i++) {
    $pdf->SetXY(40, $y); $pdf->SetFont('dejavusans', '', 9); $pdf->SetTextColor(100, 100, 100); $pdf->Cell(42, 5.5, $L[$i][0], 0, 0, 'L');
    $pdf->SetFont('dejavusans', 'B', 10); $pdf->SetTextColor(20, 20, 20); $pdf->Cell(40, 5.5, $L[$i][1], 0, 0, 'L');
    $pdf->SetXY(160, $y); $pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(110, 110, 110); $pdf->Cell(36, 5.5, $R[$i][0], 0, 0, 'L');
    $pdf->Cell(40, 5.5, $R[$i][1], 0, 0, 'L');
    $y += 7;
}
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.3); $pdf->Line(160, 175, 240, 175);
$pdf->SetXY(160, 176); $pdf->SetFont('dejavusans', 'B', 8.5); $pdf->SetTextColor(20, 20, 20);
$pdf->Cell(80, 4.5, 'Marisa K. Donnelly-Obi, MS, MLS(ASCP)CM', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 8); $pdf->Cell(80, 4, 'Program Director', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 7.6); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(40, 168);
$pdf->MultiCell(105, 3.7, 'Bluewater Laboratory Education, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 0, 'L');
$pdf->Output($argv[1], 'F');
""")
    return G('ascls-pace', 'tcpdf', ['landscape', 'centred-award', 'rounded-border', 'letter-spaced-name', 'allcaps-name', 'middle-initial', 'title-in-quotes', 'wrapped-title-2', 'format-line', 'label-value-rows', 'signature', 'distractor-numbers', 'distractor-dates'],
             'P.A.C.E.-approved private education company; capitals letter-spaced name; title in curly quotes wrapped over two lines; Self-Study printed above it; order number and print date are distractors.',
             'THEODORA L. VANCE',
             'Coagulation Cascade to Clot Waveform: Interpreting PT, aPTT, and Mixing Studies in the Bleeding Patient',
             '2025-08-29', 2.0, 'contact hour', ['Bluewater Laboratory Education, LLC'], '624-118-25')


# =====================================================================================
# u22  Joint-accreditation enduring material - chromium, portrait, credit grid, release/expiry dates
@cert(22)
def u22(n):
    html = r"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>CME Certificate</title>
<style>
@page { size: 8.5in 11in; margin: 0.6in 0.75in; }
body { margin: 0; font-family: 'Liberation Serif', serif; color: #222; font-size: 13px; }
.hdr { text-align: center; border-bottom: 2px solid #6b1d1d; padding-bottom: 8px; }
.hdr .u { font-size: 22px; font-weight: bold; color: #6b1d1d; }
.hdr .o { font-size: 14px; font-style: italic; }
h1 { text-align: center; font-size: 30px; margin: 34px 0 6px; font-weight: normal; letter-spacing: 0.03em; }
.c { text-align: center; }
.name { text-align: center; font-size: 26px; font-weight: bold; margin: 12px 0; }
.title { text-align: center; font-size: 19px; font-weight: bold; margin: 12px 0.4in 4px; line-height: 1.3; }
.fmt { text-align: center; font-size: 13px; font-style: italic; color: #6b1d1d; margin-bottom: 22px; }
dl { display: grid; grid-template-columns: 1.7in 1fr; row-gap: 6px; margin: 0 0.6in; font-family: 'Liberation Sans', sans-serif; font-size: 12px; }
dt { font-weight: bold; color: #555; } dd { margin: 0; }
table { margin: 20px auto 0; border-collapse: collapse; font-family: 'Liberation Sans', sans-serif; font-size: 11.5px; width: 5.8in; }
th, td { border: 1px solid #b99; padding: 5px 8px; } th { background: #f3e6e6; text-align: left; }
td.n { text-align: center; width: 1.1in; }
.fine { margin-top: 22px; font-family: 'Liberation Sans', sans-serif; font-size: 9.5px; line-height: 1.45; color: #444; text-align: justify; }
.sig { margin-top: 30px; width: 3in; border-top: 1px solid #333; padding-top: 4px; font-family: 'Liberation Sans', sans-serif; font-size: 11px; }
</style></head><body>
<div class="hdr"><div class="u">Ridgecrest University School of Medicine</div><div class="o">Center for Continuing Medical Education</div></div>
<h1>Certificate of Completion</h1>
<div class="c">This document certifies that</div>
<div class="name">Aleksandr P. Morozov, MLS(ASCP)</div>
<div class="c">has completed the online activity</div>
<div class="title">Transfusion Medicine Update 2026: Patient Blood Management, Massive Transfusion Protocols, and Pathogen-Reduced Platelets</div>
<div class="fmt">Enduring Material</div>
<dl>
<dt>Activity #</dt><dd>26-EM-0093</dd>
<dt>Date completed</dt><dd>January 27, 2026</dd>
<dt>Release date</dt><dd>October 1, 2025</dd>
<dt>Expiration date</dt><dd>September 30, 2027</dd>
<dt>Certificate No.</dt><dd>26-0093-001184</dd>
</dl>
<table>
<tr><th>Credit designation</th><th>Max.</th><th>Earned</th></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td class="n">2.0</td><td class="n">&ndash;</td></tr>
<tr><td>ANCC nursing contact hours</td><td class="n">2.0</td><td class="n">&ndash;</td></tr>
<tr><td>ACPE pharmacy contact hours</td><td class="n">2.0</td><td class="n">&ndash;</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours (laboratory)</td><td class="n">1.5</td><td class="n">1.5</td></tr>
</table>
<div class="fine">In support of improving patient care, Ridgecrest University School of Medicine is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Ridgecrest University School of Medicine designates this enduring material for a maximum of 2.0 <i>AMA PRA Category 1 Credits&trade;</i>. The Center for Continuing Medical Education is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program; laboratory professionals receive 1.5 contact hours for this activity.</div>
<div class="sig"><b>Evangeline Torres-Whitlock, MD</b><br>Director, Center for Continuing Medical Education</div>
</body></html>"""
    chromium(n, html)
    return G('joint-accreditation-cme', 'chromium', ['portrait', 'header', 'label-value-grid', 'credit-table', 'multiple-credit-types', 'wrapped-title-2', 'format-line', 'signature', 'distractor-dates', 'distractor-numbers'],
             'Enduring material from a medical school CME centre (provider lists school and "school, centre"); AMA/ANCC/ACPE 2.0 vs P.A.C.E. 1.5 earned; release and expiration dates and the certificate number are distractors.',
             'Aleksandr P. Morozov',
             'Transfusion Medicine Update 2026: Patient Blood Management, Massive Transfusion Protocols, and Pathogen-Reduced Platelets',
             '2026-01-27', 1.5, 'contact hour',
             ['Ridgecrest University School of Medicine', 'Ridgecrest University School of Medicine, Center for Continuing Medical Education'],
             '26-EM-0093')


# =====================================================================================
# u23  Regional blood bank association conference - PostScript, landscape, seal, date range
@cert(23)
def u23(n):
    W, H = 792, 612
    p = PS(W, H)
    p.color(0.55, 0.05, 0.08)
    p.rect(28, 28, W - 56, H - 56, lw=2.5)
    p.color(0.72, 0.58, 0.25)
    p.rect(38, 38, W - 76, H - 76, lw=0.8)
    for (x, y) in ((38, 38), (W - 38, 38), (38, H - 38), (W - 38, H - 38)):
        p.circle(x, y, 7, lw=1.2)
    # seal at right
    p.circle(676, 470, 46, lw=2.2); p.circle(676, 470, 39, lw=0.7)
    p.font('Times-Bold', 15); p.ctext(676, 466, 'HABBB')
    p.font('Times-Roman', 6.5); p.ctext(676, 452, 'FOUNDED 1958'); p.ctext(676, 484, 'HEARTLAND')
    p.color(0.55, 0.05, 0.08)
    p.font('Bookman-Demi', 17)
    p.ctext(W / 2, 530, 'Heartland Association of Blood Banks and Biotherapies')
    p.color(0, 0, 0)
    p.font('Bookman-LightItalic', 32)
    p.ctext(W / 2, 470, 'Certificate of Attendance')
    p.font('Bookman-Light', 13); p.ctext(W / 2, 432, 'This is to acknowledge that')
    p.font('Bookman-Demi', 25); p.ctext(W / 2, 396, 'Ruth-Ann Delacroix-Whitby')
    p.line(210, 386, W - 210, 386, lw=0.5)
    p.font('Bookman-Light', 13); p.ctext(W / 2, 362, 'attended the')
    p.font('Bookman-Demi', 18); p.ctext(W / 2, 334, '2025 Fall Conference and Vendor Showcase')
    p.font('Bookman-Light', 12); p.ctext(W / 2, 312, 'November 6\u20137, 2025  \u2022  Prairie Crossing Conference Center, Omaha, Nebraska')
    p.font('Bookman-Light', 13); p.ctext(W / 2, 280, 'and earned 10.0 P.A.C.E.\u00ae contact hours')
    p.font('Helvetica', 9)
    p.text(80, 210, 'P.A.C.E.\u00ae Program #: 505-044-25')
    p.text(80, 197, 'Registration No.: HB25-1172')
    p.text(80, 184, 'Date signed: November 14, 2025')
    for x, nm, role in ((W / 2 + 20, 'Thomas J. Eberhardt, MT(ASCP)SBB', 'President'),
                        (W - 150, 'Annika Solberg-Reyes, MLS(ASCP)CM', 'Education Chair')):
        p.line(x - 92, 200, x + 92, 200, lw=0.5)
        p.font('Helvetica-Bold', 8.5); p.ctext(x, 188, nm)
        p.font('Helvetica', 8.5); p.ctext(x, 177, role)
    p.font('Times-Roman', 8.5)
    p.ctext(W / 2, 92, 'The Heartland Association of Blood Banks and Biotherapies (HABBB) is approved as a provider of continuing education programs')
    p.ctext(W / 2, 81, 'in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Retain this certificate for four years.')
    p.raw('showpage')
    p.build(n)
    return G('regional-society-meeting', 'postscript-gs', ['landscape', 'centred-award', 'double-border', 'seal', 'date-range', 'meeting-attendance', 'two-signatures', 'accreditation-statement', 'distractor-numbers', 'distractor-dates'],
             'Regional association conference attendance: title is the conference name; November 6-7 range (gold = last day); program number labelled "P.A.C.E. Program #"; registration number and signature date are distractors.',
             'Ruth-Ann Delacroix-Whitby',
             '2025 Fall Conference and Vendor Showcase',
             '2025-11-07', 10.0, 'contact hour',
             ['Heartland Association of Blood Banks and Biotherapies', 'HABBB'], '505-044-25')


# =====================================================================================
# u24  Hospital in-service, one-paragraph certificate - FPDF, portrait
@cert(24)
def u24(n):
    php(n, FPDF_HEAD, r"""
$pdf = new PDF('P', 'mm', 'Letter');
$pdf->SetMargins(28, 25, 28); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('In-Service Certificate');
$pdf->AddPage();
$pdf->SetDrawColor(120, 160, 60); $pdf->SetLineWidth(0.8); $pdf->Rect(15, 15, 185.9, 249.4);
$pdf->SetFillColor(120, 160, 60); $pdf->Circle(107.95, 42, 11, 'F');
$pdf->SetTextColor(255, 255, 255); $pdf->SetFont('Times', 'B', 15); $pdf->CText(39, 6, 'SH');
$pdf->SetTextColor(50, 80, 20); $pdf->SetFont('Times', 'B', 19); $pdf->CText(58, 8, "Saint Hilda Children's Hospital");
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(90, 90, 90); $pdf->CText(66, 5, 'Laboratory Services Education Office');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('Times', '', 25); $pdf->CText(86, 11, 'Certificate of Completion');
$pdf->SetXY(33, 110); $pdf->SetFont('Times', '', 14);
$pdf->Write(8, t('This certifies that '));
$pdf->SetFont('Times', 'B', 14); $pdf->Write(8, t('Wendell O. Brathwaite, MLS(ASCP)CM'));
$pdf->SetFont('Times', '', 14); $pdf->Write(8, t(' has completed “'));
$pdf->SetFont('Times', 'I', 14); $pdf->Write(8, t('Pediatric Blood Culture Volumes and Contamination Program Update'));
$pdf->SetFont('Times', '', 14); $pdf->Write(8, t('” on March 3, 2026 and is awarded 1.5 contact hours.'));
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetXY(33, 150); $pdf->Cell(70, 5, t('In-Service No. LS-2603-07'), 0, 0, 'L');
$pdf->Cell(80, 5, t('Employee No. 40981'), 0, 0, 'R');
$pdf->SetXY(33, 156); $pdf->Cell(70, 5, t('Location: Laboratory Conference Room B'), 0, 0, 'L');
$pdf->Cell(80, 5, t('Issued 03/10/2026'), 0, 0, 'R');
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.3); $pdf->Line(33, 198, 103, 198);
$pdf->SetXY(33, 199); $pdf->SetFont('Helvetica', 'B', 9); $pdf->Cell(70, 5, t('Anneliese Rourke-Tanaka, MS, MLS(ASCP)'), 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->Cell(70, 4.5, t('Laboratory Education Coordinator'), 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 7.8); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(28, 228);
$pdf->MultiCell(159.9, 3.9, t("Saint Hilda Children's Hospital, Laboratory Services Education Office is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."), 0, 'C');
$pdf->Output('F', $argv[1]);
""")
    return G('hospital-inservice', 'fpdf', ['portrait', 'one-paragraph', 'title-in-quotes', 'title-contains-Program', 'border', 'seal', 'signature', 'middle-initial', 'distractor-numbers', 'distractor-dates'],
             'One-paragraph certificate written with FPDF Write(): name, quoted title, date and contact hours in one sentence; employee number and issue date are distractors; in-service number is the activity ID.',
             'Wendell O. Brathwaite',
             'Pediatric Blood Culture Volumes and Contamination Program Update',
             '2026-03-03', 1.5, 'contact hour',
             ["Saint Hilda Children's Hospital", "Saint Hilda Children's Hospital, Laboratory Services Education Office"], 'LS-2603-07')


# =====================================================================================
# u25  Consortium webinar - python-docx -> soffice, landscape, details table, CE hour
@cert(25)
def u25(n):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    sec.left_margin = sec.right_margin = Inches(0.9)
    sec.top_margin = Inches(0.7); sec.bottom_margin = Inches(0.6)
    d.styles['Normal'].font.name = 'DejaVu Sans'; d.styles['Normal'].font.size = Pt(10.5)

    def para(text, size=10.5, bold=False, italic=False, color=None, after=3, align=WD_ALIGN_PARAGRAPH.CENTER, font=None, spacing=None):
        p = d.add_paragraph(); p.alignment = align; p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if font: r.font.name = font
        if spacing:
            rpr = r._element.get_or_add_rPr(); sp = OxmlElement('w:spacing'); sp.set(qn('w:val'), str(spacing)); rpr.append(sp)
        return p
    para('PACIFIC NORTHWEST CLINICAL MICROBIOLOGY CONSORTIUM', 11, bold=True, color='1F5F7A', spacing=30, after=0)
    para('Pacific Northwest Clinical Microbiology Consortium (PNCMC)  \u00b7  Education Committee', 8.5, color='666666', after=22)
    para('Certificate of Continuing Education', 28, font='DejaVu Serif', after=14)
    para('presented to', 11, italic=True, after=4)
    para('Kaiulani R. Mahoe', 24, bold=True, font='DejaVu Serif', after=10)
    para('for viewing the consortium webinar', 11, italic=True, after=6)
    para('Webinar Recording (On-Demand)', 9.5, color='1F5F7A', after=2)
    para('Rapid Molecular Panels for Bloodstream Infections: Stewardship, Reporting, and Turnaround Time', 16, bold=True, font='DejaVu Serif', after=18)
    t = d.add_table(rows=2, cols=4); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.style = 'Table Grid'
    hdr = ['Session ID', 'Date viewed', 'CE hours', 'Registration No.']
    val = ['PNCMC-W-2601', 'January 21, 2026', '1.0 CE hour', '2601-0448']
    for j in range(4):
        for i, txt in enumerate((hdr[j], val[j])):
            cpar = t.rows[i].cells[j].paragraphs[0]; cpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = cpar.add_run(txt); r.font.size = Pt(8.5 if i == 0 else 11); r.bold = (i == 1)
            if i == 0: r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    para('', after=10)
    para('CE hours are issued by the PNCMC Education Committee and are accepted toward the ASCP Board of Certification Credential '
         'Maintenance Program. Viewers must complete the post-webinar evaluation to receive credit; certificates are not issued for partial viewing.',
         8.5, color='444444', after=18)
    s = d.add_table(rows=1, cols=2)
    for j, (nm, role) in enumerate((('Dr. Haruto Ellison-Kealoha, PhD, D(ABMM)', 'Chair, PNCMC Education Committee'),
                                    ('Marjorie Quist, MLS(ASCP)CM', 'Webinar Coordinator'))):
        cp = s.rows[0].cells[j].paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = cp.add_run('______________________________\n'); r.font.size = Pt(9)
        r = cp.add_run(nm + '\n'); r.bold = True; r.font.size = Pt(9)
        r = cp.add_run(role); r.font.size = Pt(8.5)
    p = src(n, 'docx'); d.save(p); soffice(n, p)
    return G('webinar', 'soffice-docx', ['landscape', 'centred-award', 'letter-spaced-org', 'format-line', 'small-table', 'labels-above-values', 'two-signatures', 'distractor-numbers'],
             'Regional consortium on-demand webinar; format line printed above the title; CE hour unit; registration number in the same table as the session ID; a signer carries the honorific Dr.',
             'Kaiulani R. Mahoe',
             'Rapid Molecular Panels for Bloodstream Infections: Stewardship, Reporting, and Turnaround Time',
             '2026-01-21', 1.0, 'CE hour',
             ['Pacific Northwest Clinical Microbiology Consortium', 'PNCMC'], 'PNCMC-W-2601')


# =====================================================================================
# u26  University CEU with transcript page - ReportLab Platypus, portrait, 2 pages
@cert(26)
def u26(n):
    blue = colors.HexColor('#0d3a6b')

    def deco(c, d):
        c.saveState(); c.setStrokeColor(blue); c.setLineWidth(1.5)
        c.rect(0.5 * inch, 0.5 * inch, 7.5 * inch, 10 * inch)
        c.setFont('Helvetica', 7.5); c.setFillColor(colors.grey)
        c.drawString(0.7 * inch, 0.62 * inch, 'Lakeshore College of Allied Health, Department of Medical Laboratory Science')
        c.drawRightString(7.8 * inch, 0.62 * inch, 'Page %d of 2' % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(out(n), pagesize=letter, leftMargin=1 * inch, rightMargin=1 * inch,
                            topMargin=0.95 * inch, bottomMargin=0.95 * inch, title='CEU Certificate',
                            author='Lakeshore College of Allied Health')
    S = lambda **k: ParagraphStyle('x', **k)
    C = lambda font, size, lead=None, **k: S(fontName=font, fontSize=size, leading=lead or size * 1.25, alignment=TA_CENTER, **k)
    story = [Paragraph('Lakeshore College of Allied Health', C('Times-Bold', 20, textColor=blue)),
             Paragraph('Department of Medical Laboratory Science  \u2022  Continuing Professional Education', C('Helvetica', 9.5, textColor=colors.HexColor('#555555'))),
             Spacer(1, 40),
             Paragraph('Certificate of Completion', C('Times-Italic', 30)),
             Spacer(1, 18),
             Paragraph('is awarded to', C('Helvetica', 11)), Spacer(1, 8),
             Paragraph('Paulette Ngozi Eze-Marchetti', C('Times-Bold', 24)), Spacer(1, 10),
             Paragraph('for successful completion of the online continuing education course', C('Helvetica', 11)), Spacer(1, 10),
             Paragraph('Clinical Immunology and Serology Refresher for Laboratory Professionals Returning to Practice', C('Times-Bold', 16, 20)),
             Spacer(1, 4),
             Paragraph('Ten-Week Online Course', C('Helvetica-Oblique', 10, textColor=blue)),
             Spacer(1, 16),
             Paragraph('Course dates: October 6 \u2013 December 12, 2025', C('Helvetica', 11)), Spacer(1, 4),
             Paragraph('Continuing Education Units awarded: <b>1.2 CEUs</b>', C('Helvetica', 12)),
             Spacer(1, 50)]
    sig = Table([['Dr. Simone Achterberg-Lund, EdD, MLS(ASCP)', 'Farrukh Q. Rahimov, MS, MLS(ASCP)CM'],
                 ['Chair, Department of Medical Laboratory Science', 'Coordinator, Continuing Education']],
                colWidths=[3.25 * inch, 3.25 * inch])
    sig.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.8), ('FONT', (0, 1), (-1, 1), 'Helvetica', 8.3),
                             ('ALIGN', (0, 0), (-1, -1), 'CENTER'),
                             ('LINEABOVE', (0, 0), (0, 0), 0.5, colors.black), ('LINEABOVE', (1, 0), (1, 0), 0.5, colors.black)]))
    story += [sig, Spacer(1, 36),
              Paragraph('One Continuing Education Unit (CEU) equals ten contact hours of instruction. A transcript of this course appears on page 2.',
                        C('Helvetica', 8.5, textColor=colors.HexColor('#444444'))),
              PageBreak(),
              Paragraph('Continuing Education Transcript', S(fontName='Times-Bold', fontSize=17, leading=21, textColor=blue)),
              Spacer(1, 8)]
    meta = Table([['Learner', 'Paulette Ngozi Eze-Marchetti', 'Transcript No.', 'T-2025-118804'],
                  ['Learner ID', 'L0048817', 'Printed', 'December 19, 2025']],
                 colWidths=[0.9 * inch, 2.45 * inch, 1.05 * inch, 2.1 * inch])
    meta.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9), ('FONT', (0, 0), (0, -1), 'Helvetica-Bold', 9),
                              ('FONT', (2, 0), (2, -1), 'Helvetica-Bold', 9), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    cell = S(fontName='Helvetica', fontSize=8.5, leading=10.5)
    tr = Table([['Course No.', 'Course title', 'Completed', 'CEUs', 'Result'],
                ['MLS 590-CE', Paragraph('Clinical Immunology and Serology Refresher for Laboratory Professionals Returning to Practice', cell),
                 '12/12/2025', '1.2', 'Satisfactory']],
               colWidths=[0.85 * inch, 3.15 * inch, 0.85 * inch, 0.55 * inch, 1.1 * inch])
    tr.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5), ('FONT', (0, 1), (-1, -1), 'Helvetica', 8.5),
                            ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6f0')), ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#7f93a8')),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story += [meta, Spacer(1, 16), tr, Spacer(1, 14),
              Paragraph('Lakeshore College of Allied Health awards CEUs for non-credit continuing education that meets institutional standards '
                        'for instruction and assessment. CEUs are not academic credit and cannot be applied toward a degree.',
                        S(fontName='Helvetica', fontSize=8.5, leading=11.5, textColor=colors.HexColor('#444444')))]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return G('university-ceu', 'reportlab-platypus', ['portrait', 'two-pages', 'transcript-page', 'centred-award', 'border', 'format-line', 'wrapped-title-2', 'date-range', 'ceu', 'two-signatures', 'footer', 'distractor-numbers', 'distractor-dates'],
             'Course ran October 6 - December 12 (gold = end date); 1.2 CEUs = 12 points; page 2 is a transcript with course number, learner ID, transcript number and print date; footer prints "College, Department".',
             'Paulette Ngozi Eze-Marchetti',
             'Clinical Immunology and Serology Refresher for Laboratory Professionals Returning to Practice',
             '2025-12-12', 1.2, 'CEU',
             ['Lakeshore College of Allied Health', 'Lakeshore College of Allied Health, Department of Medical Laboratory Science'],
             'MLS 590-CE')


# =====================================================================================
# u27  Public health training network workshop - chromium, landscape, module table summing to total
@cert(27)
def u27(n):
    html = r"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Workshop Certificate</title>
<style>
@page { size: 11in 8.5in; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #1d1d1d; }
.page { width: 11in; height: 8.5in; box-sizing: border-box; padding: 0.45in 0.6in; border-top: 0.3in solid #7a3e00; position: relative; }
.org { font-size: 20px; font-weight: bold; color: #7a3e00; }
.org small { display: block; font-size: 11px; font-weight: normal; color: #555; margin-top: 3px; }
.cols { display: flex; margin-top: 26px; gap: 0.4in; }
.left { flex: 1.35; } .right { flex: 1; }
h1 { font-family: 'Liberation Serif', serif; font-size: 34px; font-weight: normal; margin: 0 0 16px; }
.lab { font-size: 10px; text-transform: uppercase; letter-spacing: 1px; color: #7a3e00; margin-top: 14px; }
.val { font-size: 15px; margin-top: 3px; }
.name { font-size: 25px; font-weight: bold; }
.title { font-family: 'Liberation Serif', serif; font-size: 19px; font-weight: bold; line-height: 1.25; }
.fmt { font-size: 12px; font-style: italic; margin-top: 3px; color: #555; }
table { border-collapse: collapse; width: 100%; font-size: 12px; margin-top: 4px; }
td, th { padding: 5px 6px; border-bottom: 1px solid #d8c3ad; text-align: left; }
th { font-size: 10px; text-transform: uppercase; color: #7a3e00; }
td.h { text-align: right; width: 0.6in; }
tr.tot td { font-weight: bold; border-top: 2px solid #7a3e00; }
.box { border: 1px solid #d8c3ad; padding: 10px 12px; margin-top: 18px; font-size: 11.5px; line-height: 1.6; background: #fbf6f0; }
.stmt { position: absolute; left: 0.6in; right: 0.6in; bottom: 0.35in; font-size: 9.5px; color: #555; line-height: 1.4; }
.sig { margin-top: 26px; border-top: 1px solid #333; padding-top: 4px; font-size: 11px; width: 3in; }
</style></head><body><div class="page">
<div class="org">Northern Plains Laboratory Training Network<small>NPLTN &middot; a partnership of public health laboratories in the northern plains states</small></div>
<div class="cols">
<div class="left">
<h1>Certificate of Completion</h1>
<div class="lab">Participant</div><div class="val name">Marcus T. Bellweather</div>
<div class="lab">Workshop</div>
<div class="val title">Biosafety Risk Assessment for Sentinel Clinical Laboratories: Recognizing, Ruling Out, and Referring Select Agents</div>
<div class="fmt">Regional Sentinel Laboratory Workshop &ndash; in person</div>
<div class="lab">Workshop date</div><div class="val">April 2, 2026</div>
<div class="lab">Event ID</div><div class="val">NPLTN-26-014</div>
<div class="sig"><b>Gretchen Albrecht-Moyo, PhD</b><br>Training Coordinator, NPLTN</div>
</div>
<div class="right">
<table>
<tr><th>Module</th><th style="text-align:right">Hours</th></tr>
<tr><td>1. Risk assessment framework and biosafety levels</td><td class="h">1.0</td></tr>
<tr><td>2. Rule-out algorithms for select agents</td><td class="h">1.0</td></tr>
<tr><td>3. Packaging, referral and LRN communication</td><td class="h">1.0</td></tr>
<tr class="tot"><td>Total P.A.C.E.&reg; contact hours awarded</td><td class="h">3.0</td></tr>
</table>
<div class="box">Host laboratory: Dakota Prairie State Public Health Laboratory<br>Facility CLIA No.: 35D0741129<br>Participant badge no.: 0147<br>Certificate emailed: April 6, 2026</div>
</div>
</div>
<div class="stmt">The Northern Plains Laboratory Training Network is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This workshop was supported in part by a public health laboratory preparedness cooperative agreement.</div>
</div></body></html>"""
    chromium(n, html)
    return G('public-health-lab', 'chromium', ['landscape', 'two-column-page', 'labels-above-values', 'module-table', 'wrapped-title-2', 'format-line', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Labels above values in the left column, module table (three 1.0 rows and a 3.0 total) in the right; host laboratory named in a box is not the provider; CLIA number, badge number and email date are distractors.',
             'Marcus T. Bellweather',
             'Biosafety Risk Assessment for Sentinel Clinical Laboratories: Recognizing, Ruling Out, and Referring Select Agents',
             '2026-04-02', 3.0, 'contact hour',
             ['Northern Plains Laboratory Training Network', 'NPLTN'], 'NPLTN-26-014')


# =====================================================================================
# u28  ASCP online course - TCPDF, portrait, suffix Sr., small 3-column table
@cert(28)
def u28(n):
    php(n, TCPDF_HEAD, r"""
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(25, 20, 25); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('CMLE Transcript Certificate'); $pdf->SetAuthor('American Society for Clinical Pathology');
$pdf->AddPage();
$pdf->SetDrawColor(0, 56, 101); $pdf->SetLineWidth(1.2); $pdf->Rect(12, 12, 191.9, 255.4);
$pdf->SetLineStyle(array('width' => 0.3, 'dash' => '2,1.5', 'color' => array(0, 56, 101))); $pdf->Rect(16, 16, 183.9, 247.4);
$pdf->SetLineStyle(array('width' => 0.3, 'dash' => 0, 'color' => array(0, 0, 0)));
$pdf->SetTextColor(0, 56, 101); $pdf->SetFont('times', 'B', 18); $pdf->SetXY(25, 30);
$pdf->Cell(165.9, 8, 'American Society for Clinical Pathology', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9); $pdf->SetTextColor(90, 90, 90); $pdf->SetX(25);
$pdf->Cell(165.9, 5, 'ASCP Education  |  Laboratory Management and Leadership', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('times', 'I', 30); $pdf->SetXY(25, 56);
$pdf->Cell(165.9, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetXY(25, 80); $pdf->Cell(165.9, 6, 'Presented to', 0, 1, 'C');
$pdf->SetFont('times', 'B', 24); $pdf->SetXY(25, 89); $pdf->Cell(165.9, 11, 'Harold W. Tsosie Sr., MLS(ASCP)CM', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetXY(25, 106); $pdf->Cell(165.9, 6, 'for completing the online course', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 8.5); $pdf->SetTextColor(0, 56, 101); $pdf->SetXY(25, 116); $pdf->Cell(165.9, 5, 'SELF-STUDY', 0, 1, 'C');
$pdf->SetFont('times', 'B', 17); $pdf->SetTextColor(20, 20, 20); $pdf->SetXY(35, 123);
$pdf->MultiCell(145.9, 7.5, 'Leading the Laboratory Through Change: Staffing Models, Scheduling, and Competency Program Design', 0, 'C');
$html = '<table border="1" cellpadding="5" style="border-color:#003865;">
<tr style="background-color:#e4ecf3;font-weight:bold;"><td align="center">Course Code</td><td align="center">Date Completed</td><td align="center">CMLE Credits</td></tr>
<tr><td align="center">LMU-226</td><td align="center">April 14, 2026</td><td align="center">2.0</td></tr>
</table>';
$pdf->SetFont('helvetica', '', 10.5); $pdf->writeHTMLCell(120, 0, 47.95, 150, $html, 0, 1);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(90, 90, 90); $pdf->SetXY(25, 178);
$pdf->Cell(82, 5, 'ASCP Customer #: 01992837', 0, 0, 'L'); $pdf->Cell(83.9, 5, 'BOC Certification #: 221904', 0, 1, 'R');
$pdf->SetX(25); $pdf->Cell(82, 5, 'Printed 04/20/2026', 0, 0, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->Line(110, 214, 190, 214);
$pdf->SetXY(110, 215); $pdf->SetFont('helvetica', 'B', 9); $pdf->SetTextColor(20, 20, 20);
$pdf->Cell(80, 5, 'Odalys Ferreira-Quon, MHA, MLS(ASCP)CM', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 8.5); $pdf->Cell(80, 4.5, 'Director, Online Learning', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 7.8); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(25, 236);
$pdf->MultiCell(165.9, 3.9, 'ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. CMLE credits are accepted by the ASCP Board of Certification for the Credential Maintenance Program.', 0, 'C');
$pdf->Output($argv[1], 'F');
""")
    return G('ascp-cmle', 'tcpdf', ['portrait', 'centred-award', 'double-border', 'suffix', 'middle-initial', 'format-line', 'wrapped-title-2', 'title-contains-Program', 'small-table', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Suffix Sr. before credentials; SELF-STUDY above the wrapped title; three-column table with course code, date and CMLE; customer and BOC certification numbers and print date are distractors.',
             'Harold W. Tsosie Sr.',
             'Leading the Laboratory Through Change: Staffing Models, Scheduling, and Competency Program Design',
             '2026-04-14', 2.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], 'LMU-226')


# =====================================================================================
# u29  Vendor IACET CEU course - FODT -> soffice, portrait letterhead, no activity number
@cert(29)
def u29(n):
    ps = {
        'Brand': dict(align='start', font='Liberation Sans', size=20, bold=True, color='#8a1538'),
        'BrandSub': dict(align='start', font='Liberation Sans', size=9.5, color='#555555', after=4),
        'Rule': dict(align='start', font='Liberation Sans', size=4, after=30, pextra=' fo:border-bottom="1.5pt solid #8a1538" fo:padding-bottom="2pt"'),
        'Head': dict(align='start', font='P052', size=28, after=18),
        'Body': dict(align='start', font='P052', size=12, after=6),
        'Name': dict(align='start', font='P052', size=22, bold=True, after=10),
        'Title': dict(align='start', font='P052', size=16, bold=True, after=2),
        'Fmt': dict(align='start', font='Liberation Sans', size=9.5, italic=True, color='#8a1538', after=18),
        'KV': dict(align='start', font='Liberation Sans', size=10.5, after=5),
        'Small': dict(align='justify', font='Liberation Sans', size=8.5, color='#444444', before=22, after=30),
        'Sig': dict(align='start', font='Liberation Sans', size=9.5, bold=True, pextra=' fo:border-top="0.5pt solid #333333" fo:padding-top="3pt" fo:margin-right="3.6in"'),
        'SigR': dict(align='start', font='Liberation Sans', size=9),
        'Foot': dict(align='center', font='Liberation Sans', size=7.5, color='#777777', before=50),
    }
    ts = '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    kv = [('Training dates', 'March 9\u201310, 2026'), ('Location', 'Ostrander Customer Education Center, Dayton, Ohio'),
          ('IACET CEUs awarded', '0.7'), ('Instructional hours', '7.0'), ('Customer Account No.', '44-10923'),
          ('Instrument Serial No.', 'CV3-0048812')]
    kvx = ''.join('<text:p text:style-name="KV"><text:span text:style-name="B">%s:</text:span> %s</text:p>' % (esc(a), esc(b)) for a, b in kv)
    body = '''
<text:p text:style-name="Brand">Ostrander Hematology Systems</text:p>
<text:p text:style-name="BrandSub">Customer Education Center</text:p>
<text:p text:style-name="Rule"/>
<text:p text:style-name="Head">Certificate of Achievement</text:p>
<text:p text:style-name="Body">This certifies that</text:p>
<text:p text:style-name="Name">Yolanda Pérez-Whitaker, MLS(ASCP)CM</text:p>
<text:p text:style-name="Body">has completed the instructor-led course</text:p>
<text:p text:style-name="Title">CellVista 300 Digital Cell Morphology System: Key Operator Course for Hematology Laboratory Leads</text:p>
<text:p text:style-name="Fmt">Classroom and Hands-On Instrument Training</text:p>
%s
<text:p text:style-name="Small">Ostrander Hematology Systems is accredited by the International Accreditors for Continuing Education and Training (IACET) and is authorized to issue the IACET CEU. One IACET CEU equals ten instructional hours. This program is not approved for ASCLS P.A.C.E.® credit; check with your certifying agency regarding acceptance of IACET CEUs.</text:p>
<text:p text:style-name="Sig">Bradley Nkemelu-Hart, MT(ASCP)</text:p>
<text:p text:style-name="SigR">Senior Clinical Education Specialist</text:p>
<text:p text:style-name="Foot">Ostrander Hematology Systems, Customer Education Center  ·  Document generated 03/11/2026</text:p>
''' % kvx
    fodt(n, body, ps, landscape_page=False, margins_in=0.9, tstyles=ts)
    return G('vendor-training', 'soffice-fodt', ['portrait', 'letterhead', 'left-aligned', 'inline-label-value', 'wrapped-title-2', 'format-line', 'date-range', 'ceu', 'signature', 'footer', 'distractor-numbers', 'distractor-dates'],
             'Vendor education centre issues IACET CEUs (0.7 CEU = 7 points; "instructional hours 7.0" is the same effort, not a second unit); March 9-10 range; no course/activity number printed (account and serial numbers are distractors).',
             'Yolanda Pérez-Whitaker',
             'CellVista 300 Digital Cell Morphology System: Key Operator Course for Hematology Laboratory Leads',
             '2026-03-10', 0.7, 'CEU',
             ['Ostrander Hematology Systems', 'Ostrander Hematology Systems, Customer Education Center'], None)


# =====================================================================================
# u30  State society symposium session - ReportLab canvas, portrait, letter-spaced caps name, Spring Symposium line
@cert(30)
def u30(n):
    W, H = letter
    c = canvas.Canvas(out(n), pagesize=letter)
    c.setTitle('Session Certificate'); c.setAuthor('PSSCLS')
    wine = colors.HexColor('#5a2346'); wheat = colors.HexColor('#c9a14a')
    c.setStrokeColor(wheat); c.setLineWidth(8); c.rect(28, 28, W - 56, H - 56)
    c.setStrokeColor(wine); c.setLineWidth(1); c.rect(40, 40, W - 80, H - 80)
    c.setFillColor(wine); c.setFont('Times-Bold', 16)
    c.drawCentredString(W / 2, H - 92, 'Prairie State Society for Clinical Laboratory Science')
    c.setFont('Helvetica', 9); c.setFillColor(colors.HexColor('#555555'))
    c.drawCentredString(W / 2, H - 107, 'PSSCLS  \u2022  a constituent society of the clinical laboratory profession')
    c.setFillColor(colors.black); c.setFont('Times-Roman', 32)
    c.drawCentredString(W / 2, H - 170, 'Certificate of Participation')
    c.setFont('Helvetica', 11); c.drawCentredString(W / 2, H - 208, 'This is to certify that')
    name = 'CLEMENTINE ARDELEAN-PRICE'
    sz, cs = 21, 3.0
    wdt = stringWidth(name, 'Helvetica-Bold', sz) + cs * (len(name) - 1)
    t = c.beginText(W / 2 - wdt / 2, H - 244); t.setFont('Helvetica-Bold', sz); t.setCharSpace(cs); t.textOut(name); t.setCharSpace(0); c.drawText(t)
    c.setLineWidth(0.5); c.setStrokeColor(colors.black); c.line(110, H - 254, W - 110, H - 254)
    c.setFont('Helvetica', 11); c.drawCentredString(W / 2, H - 280, 'participated in the educational session')
    c.setFont('Times-Bold', 17)
    c.drawCentredString(W / 2, H - 312, 'Emerging Tick-Borne Pathogens of the Upper Midwest:')
    c.drawCentredString(W / 2, H - 333, 'Babesia, Anaplasma, and Powassan Virus')
    c.setFont('Times-Italic', 13); c.setFillColor(wine)
    c.drawCentredString(W / 2, H - 358, 'Spring Symposium')
    c.setFillColor(colors.black)
    rows = [('Session No.', 'SS26-07'), ('Session date', 'Friday, April 10, 2026'),
            ('P.A.C.E.\u00ae contact hours', '1.5'), ('PSSCLS Member ID', 'M-20714')]
    y = H - 410
    for a, b in rows:
        c.setFont('Helvetica', 10); c.setFillColor(colors.HexColor('#555555')); c.drawRightString(W / 2 - 10, y, a)
        c.setFont('Helvetica-Bold', 11); c.setFillColor(colors.black); c.drawString(W / 2 + 10, y, b)
        y -= 19
    c.setLineWidth(0.5); c.line(W / 2 - 110, 200, W / 2 + 110, 200)
    c.setFont('Helvetica-Bold', 9.5); c.drawCentredString(W / 2, 188, 'Wilhelmina J. Oduya, MS, MLS(ASCP)CM')
    c.setFont('Helvetica', 9); c.drawCentredString(W / 2, 176, 'Continuing Education Coordinator')
    c.setFont('Helvetica', 8); c.setFillColor(colors.HexColor('#444444'))
    c.drawCentredString(W / 2, 118, 'The Prairie State Society for Clinical Laboratory Science is approved as a provider of continuing education')
    c.drawCentredString(W / 2, 107, 'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.')
    c.drawCentredString(W / 2, 84, 'Issued May 1, 2026')
    c.showPage(); c.save()
    return G('state-society-meeting', 'reportlab-canvas', ['portrait', 'centred-award', 'double-border', 'letter-spaced-name', 'allcaps-name', 'wrapped-title-2', 'format-line', 'label-value-rows', 'signature', 'distractor-numbers', 'distractor-dates'],
             'Session at a state society symposium; name in letter-spaced capitals (charSpace); "Spring Symposium" printed on its own line under the title; member ID and issue date are distractors.',
             'CLEMENTINE ARDELEAN-PRICE',
             'Emerging Tick-Borne Pathogens of the Upper Midwest: Babesia, Anaplasma, and Powassan Virus',
             '2026-04-10', 1.5, 'contact hour',
             ['Prairie State Society for Clinical Laboratory Science', 'PSSCLS'], 'SS26-07')




def main():
    only = [int(a) for a in sys.argv[1:]]
    for n in sorted(CERTS):
        if only and n not in only:
            continue
        g = CERTS[n](n)
        with open(os.path.join(BASE, 'u%02d.gold.json' % n), 'w', encoding='utf-8') as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write('\n')
        print('u%02d  %-26s %-24s %s' % (n, g['style'], g['producer'], g['title'][:60]))
    # scratch space (browser/office profiles, temp files, unflattened forms) is not kept
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    main()
