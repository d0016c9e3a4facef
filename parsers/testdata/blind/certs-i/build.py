#!/usr/bin/python3
"""Build blind test set certs-i: CE certificates (ASCP BOC CMP) + gold JSON."""
import json, os, subprocess, textwrap, shutil, html
HERE = os.path.dirname(os.path.abspath(__file__)); SRC = os.path.join(HERE, 'src')
os.makedirs(SRC, exist_ok=True)
from reportlab.lib.pagesizes import letter, landscape, A4
from reportlab.pdfgen import canvas
from reportlab.lib import colors

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)

# ---------- generic line spec ----------
# ('t', text, size, font('r','b','i','c' serif/sans?), align('c','l','r'))  ('kv', label, value) ('gap', pts) ('wrap', text, size, font, align, width_chars) ('page',)
RLF = {'r': 'Helvetica', 'b': 'Helvetica-Bold', 'i': 'Times-Italic', 's': 'Times-Roman', 'sb': 'Times-Bold', 'c': 'Courier', 'cb': 'Courier-Bold'}

def pth(n): return n if n.endswith('.pdf') else os.path.join(HERE, n + '.pdf')

def rl_lines(path, spec, size=letter, margin=72, border=False, kvx=None, top=None):
    c = canvas.Canvas(pth(path), pagesize=size); W, H = size
    def frame():
        if border:
            c.setStrokeColor(colors.HexColor(border)); c.setLineWidth(3); c.rect(24, 24, W-48, H-48)
            c.setLineWidth(0.7); c.rect(32, 32, W-64, H-64); c.setStrokeColor(colors.black)
    frame(); y = top or H - margin - 20
    kx = kvx or margin
    for it in spec:
        k = it[0]
        if k == 'page': c.showPage(); frame(); y = H - margin - 20; continue
        if k == 'gap': y -= it[1]; continue
        if k == 'kv':
            c.setFont('Helvetica-Bold', 11); c.drawString(kx, y, it[1])
            c.setFont('Helvetica', 11); c.drawString(kx + (it[3] if len(it) > 3 else 170), y, it[2]); y -= 18; continue
        if k == 'wrap':
            _, text, sz, f, al, wc = it; parts = textwrap.wrap(text, wc)
        else:
            _, text, sz, f, al = it; parts = [text]
        for p in parts:
            y -= max(0, sz - 13); c.setFont(RLF[f], sz)
            if al == 'c': c.drawCentredString(W/2, y, p)
            elif al == 'r': c.drawRightString(W - margin, y, p)
            else: c.drawString(margin, y, p)
            y -= sz * 1.35
    c.showPage(); c.save()

def rl_spaced(c, x, y, text, font, sz, sp):
    t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, sz); t.setCharSpace(sp); t.textLine(text); t.setCharSpace(0); c.drawText(t)

# ---------- HTML via Chromium ----------
def chromium(name, htmltext):
    src = os.path.join(SRC, name + '.html'); open(src, 'w', encoding='utf-8').write(htmltext)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--print-to-pdf=' + os.path.join(HERE, name + '.pdf'), 'file://' + src])

# ---------- LibreOffice ----------
def soffice(src):
    run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', HERE, src])

def docx_build(name, spec, landscape_=False, table=None, table_after=None):
    import docx
    from docx.shared import Pt, Inches
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    d = docx.Document(); s = d.sections[0]
    if landscape_:
        s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
    AL = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}
    FN = {'r': 'Liberation Sans', 'b': 'Liberation Sans', 'i': 'Liberation Serif', 's': 'Liberation Serif', 'sb': 'Liberation Serif', 'c': 'Liberation Mono', 'cb': 'Liberation Mono'}
    for n, it in enumerate(spec):
        if it[0] == 'gap': d.add_paragraph(''); continue
        if it[0] == 'page': d.add_page_break(); continue
        if it[0] == 'kv':
            p = d.add_paragraph(); r = p.add_run(it[1] + ' '); r.bold = True; p.add_run(it[2]); continue
        _, text, sz, f, al = it[:5]
        p = d.add_paragraph(); p.alignment = AL[al]; r = p.add_run(text); r.font.size = Pt(sz); r.font.name = FN[f]
        r.bold = f in ('b', 'sb', 'cb'); r.italic = f == 'i'
        if table and table_after == n:
            t = d.add_table(rows=0, cols=len(table[0])); t.style = 'Table Grid'
            for row in table:
                cells = t.add_row().cells
                for i, v in enumerate(row): cells[i].text = v
    src = os.path.join(SRC, name + '.docx'); d.save(src); soffice(src)

FODT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="Liberation Serif" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" fo:margin-top="0.8in" fo:margin-bottom="0.8in" fo:margin-left="0.9in" fo:margin-right="0.9in"/></style:page-layout>
<style:style style:name="C" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.08in"/></style:style>
<style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.06in"/></style:style>
<style:style style:name="R" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="big" style:family="text"><style:text-properties fo:font-size="26pt" fo:font-weight="bold" style:font-name="Liberation Serif"/></style:style>
<style:style style:name="med" style:family="text"><style:text-properties fo:font-size="16pt" fo:font-style="italic"/></style:style>
<style:style style:name="bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="small" style:family="text"><style:text-properties fo:font-size="8pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>'''

def fodt_build(name, body, land=False):
    w, h = ('11in', '8.5in') if land else ('8.5in', '11in')
    src = os.path.join(SRC, name + '.fodt'); open(src, 'w', encoding='utf-8').write(FODT % (w, h, body)); soffice(src)

def P(text, st='C', span=None):
    t = html.escape(text)
    if span: t = '<text:span text:style-name="%s">%s</text:span>' % (span, t)
    return '<text:p text:style-name="%s">%s</text:p>' % (st, t)

# ---------- PHP FPDF / TCPDF ----------
def php_fpdf(name, body, orient='P'):
    code = "<?php require('/usr/share/php/fpdf/fpdf.php');\n$pdf=new FPDF('%s','mm','Letter');$pdf->AddPage();\n%s\n$pdf->Output('F','%s');" % (orient, body, os.path.join(HERE, name + '.pdf'))
    src = os.path.join(SRC, name + '.php'); open(src, 'w', encoding='latin-1').write(code); run(['php', src])

def php_tcpdf(name, body, orient='L'):
    code = "<?php require('/usr/share/php/tcpdf/tcpdf.php');\n$pdf=new TCPDF('%s','mm','LETTER',true,'UTF-8',false);$pdf->setPrintHeader(false);$pdf->setPrintFooter(false);$pdf->AddPage();\n%s\n$pdf->Output('%s','F');" % (orient, body, os.path.join(HERE, name + '.pdf'))
    src = os.path.join(SRC, name + '.php'); open(src, 'w', encoding='utf-8').write(code); run(['php', src])

def q(s): return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"

# ---------- Ghostscript PS ----------
def ps_build(name, lines, land=False):
    # lines: (x, y, font, size, text)
    out = ['%!PS-Adobe-3.0', '<< /PageSize [%d %d] >> setpagedevice' % ((792, 612) if land else (612, 792))]
    out.append('/cshow { dup stringwidth pop 2 div neg 0 rmoveto show } def')
    out.append('/F { findfont exch scalefont setfont } def')
    for x, y, f, sz, t in lines:
        if x == 'page': out.append('showpage'); continue
        t = t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
        enc = ''.join('\\255' if ch == '-' else ch if ord(ch) < 128 else '\\%03o' % ord(ch) for ch in t)
        out.append('%s /%s F' % (sz, f + '-L1'))
        if x == 'c': out.append('%d %d moveto (%s) cshow' % ((396 if land else 306), y, enc))
        else: out.append('%d %d moveto (%s) show' % (x, y, enc))
    out.append('showpage')
    fonts = set(l[2] for l in lines if l[0] != 'page')
    hdr = []
    for f in fonts:
        hdr.append('/%s findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding def currentdict end /%s-L1 exch definefont pop' % (f, f))
    out = out[:3] + hdr + out[3:]
    src = os.path.join(SRC, name + '.ps'); open(src, 'w', encoding='latin-1').write('\n'.join(out) + '\n')
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-sOutputFile=' + os.path.join(HERE, name + '.pdf'), src])

# ---------- AcroForm ----------
def acro(name, static, fields, flatten, size=letter):
    tmp = os.path.join(SRC, name + '.form.pdf') if flatten else os.path.join(HERE, name + '.pdf')
    c = canvas.Canvas(tmp, pagesize=size); W, H = size
    c.setStrokeColor(colors.HexColor('#2b4c7e')); c.setLineWidth(2); c.rect(30, 30, W-60, H-60)
    for x, y, f, sz, t in static:
        c.setFont(RLF[f], sz)
        if x == 'c': c.drawCentredString(W/2, y, t)
        else: c.drawString(x, y, t)
    for fn, x, y, w, val, sz in fields:
        c.acroForm.textfield(name=fn, value=val, x=x, y=y, width=w, height=sz + 8, fontName='Helvetica', fontSize=sz,
                             borderWidth=0, fillColor=colors.white, borderColor=colors.white, forceBorder=False)
    c.showPage(); c.save()
    if flatten:
        run(['qpdf', '--generate-appearances', '--flatten-annotations=all', tmp, os.path.join(HERE, name + '.pdf')])

CERTS = []
def cert(**g):
    def deco(fn):
        CERTS.append((fn, g)); return fn
    return deco

# ======================= CERTIFICATES =======================
ASCP = ["American Society for Clinical Pathology", "ASCP"]

@cert(style="ASCP CMLE", producer="ReportLab", layout=["centred landscape", "credentials after name", "distractor certificate number and issue date"],
      notes="Course ID labelled; certificate no. and issue date are distractors",
      name="Marisol Quintero-Vega", title="Hematology Case Rounds: Interpreting Peripheral Smears in Sickle Cell Disease",
      date="2026-03-14", credits=1.5, unit="CMLE", points=1.5, provider=ASCP, activity_id="HEM-2611")
def i01(n, g):
    rl_lines(n, [('t', 'American Society for Clinical Pathology', 14, 'sb', 'c'), ('gap', 14),
        ('t', 'CERTIFICATE OF COMPLETION', 28, 'b', 'c'), ('gap', 10), ('t', 'This certifies that', 13, 'i', 'c'),
        ('t', 'Marisol Quintero-Vega, MLS(ASCP)CM', 24, 'sb', 'c'), ('gap', 4),
        ('t', 'has successfully completed the online course', 13, 'i', 'c'),
        ('t', 'Hematology Case Rounds: Interpreting Peripheral Smears in Sickle Cell Disease', 15, 'b', 'c'),
        ('t', 'Course ID: HEM-2611', 11, 'r', 'c'), ('gap', 6),
        ('t', 'on March 14, 2026 and is awarded 1.5 CMLE credits', 13, 's', 'c'), ('gap', 30),
        ('t', 'Certificate No. 0048821937        Issued: March 16, 2026', 9, 'c', 'c'),
        ('t', 'ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E. Program.', 8, 'r', 'c')],
        size=landscape(letter), margin=60, border='#8a6d1d')

@cert(style="AABB", producer="Chromium", layout=["portrait", "two-column labels/values", "ISO date"],
      notes="eCast program number; member ID distractor",
      name="Desmond Achterberg", title="Patient Blood Management in the Bleeding Obstetric Patient",
      date="2026-01-22", credits=2.0, unit="contact hour", points=2.0, provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="26EC-114")
def i02(n, g):
    chromium(n, '''<html><body style="font-family:Arial;margin:60px">
<h2 style="color:#a0122b">AABB</h2><div style="font-size:12px">Association for the Advancement of Blood &amp; Biotherapies</div>
<h1 style="font-size:26px;margin-top:40px">Continuing Education Certificate</h1>
<table style="font-size:15px;border-collapse:collapse" cellpadding="8">
<tr><td><b>Participant</b></td><td>Desmond Achterberg</td></tr>
<tr><td><b>AABB Member ID</b></td><td>00391774</td></tr>
<tr><td><b>Program</b></td><td>Patient Blood Management in the Bleeding Obstetric Patient</td></tr>
<tr><td><b>Program Number</b></td><td>26EC-114</td></tr>
<tr><td><b>Format</b></td><td>eCast (live webinar)</td></tr>
<tr><td><b>Date Completed</b></td><td>2026-01-22</td></tr>
<tr><td><b>Credit Awarded</b></td><td>2.0 contact hours (P.A.C.E.&reg;)</td></tr>
</table>
<p style="font-size:11px;margin-top:60px">AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Printed 2026-02-03.</p>
</body></html>''')

@cert(style="CAP joint accreditation", producer="LibreOffice docx", layout=["portrait", "several credit types", "small table"],
      notes="AMA PRA 1.25 and CE 1.0 printed; lab figure is CE hours",
      name="Priyanka Raghunathan", title="Molecular Testing for Myeloid Neoplasms: A Practical Update",
      date="2026-02-09", credits=1.0, unit="CE hour", points=1.0, provider=["College of American Pathologists", "CAP"], activity_id="LR26-0417")
def i03(n, g):
    docx_build(n, [('t', 'College of American Pathologists (CAP)', 18, 'sb', 'c'), ('t', 'Certificate of Participation', 24, 'b', 'c'), ('gap',),
        ('t', 'Priyanka Raghunathan', 20, 's', 'c'), ('t', 'participated in the following educational activity:', 11, 'i', 'c'),
        ('t', 'Molecular Testing for Myeloid Neoplasms: A Practical Update', 14, 'b', 'c'),
        ('t', 'Activity Code: LR26-0417     Completion Date: 02/09/2026', 11, 'r', 'c'), ('gap',),
        ('t', 'Credits earned:', 11, 'b', 'l'),
        ('t', 'In support of improving patient care, the College of American Pathologists is jointly accredited by the ACCME, ACPE and ANCC. Certificate generated 02/10/2026.', 8, 'r', 'l')],
        table=[['Credit type', 'Amount'], ['AMA PRA Category 1 Credit(s)\u2122', '1.25'], ['CE (Continuing Education) hours', '1.0'], ['ANCC contact hours', '1.25']], table_after=8)

@cert(style="ASCLS state society meeting", producer="Chromium", layout=["centred landscape", "ALL-CAPS name", "multi-day range", "meeting attendance"],
      notes="meeting attendance naming no session; title is meeting name; last day of Apr 9-11",
      name="TERRENCE O'BANNON", title="2026 Ohio Valley Spring Clinical Laboratory Conference",
      date="2026-04-11", credits=12.5, unit="contact hour", points=12.5, provider=["Ohio Valley Society for Clinical Laboratory Science", "OVSCLS"], activity_id="551-208-26")
def i04(n, g):
    chromium(n, '''<html><head><style>@page{size:11in 8.5in;margin:0}body{margin:0;font-family:Georgia}
.b{border:10px double #2f5d50;margin:30px;height:660px;text-align:center;padding-top:30px}</style></head><body><div class="b">
<div style="font-size:18px;letter-spacing:2px">OHIO VALLEY SOCIETY FOR CLINICAL LABORATORY SCIENCE (OVSCLS)</div>
<div style="font-size:40px;margin:30px 0 10px">Certificate of Attendance</div>
<div style="font-size:16px">presented to</div>
<div style="font-size:34px;font-weight:bold;margin:14px">TERRENCE O'BANNON, MLT(ASCP)</div>
<div style="font-size:16px">for attending the</div>
<div style="font-size:24px;font-style:italic;margin:10px">2026 Ohio Valley Spring Clinical Laboratory Conference</div>
<div style="font-size:16px">Columbus, Ohio &bull; April 9&ndash;11, 2026</div>
<div style="font-size:18px;margin-top:24px">Total P.A.C.E.&reg; contact hours: <b>12.5</b></div>
<div style="font-size:13px;margin-top:8px">P.A.C.E.&reg; Program #551-208-26</div>
<div style="font-size:11px;margin-top:40px">Signed May 1, 2026 &mdash; Education Chair</div>
<div style="font-size:10px;margin-top:8px">The Ohio Valley Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div></div></body></html>''')

@cert(style="online CE vendor", producer="PHP FPDF", layout=["portrait", "labels above values", "distractor order and customer numbers", "MM/DD/YYYY date"],
      notes="order # and customer ID distractors; course number labelled",
      name="Gwendolyn Ferreira-Tate", title="Urinalysis Sediment Identification, Level II",
      date="2026-05-06", credits=1.0, unit="contact hour", points=1.0, provider=["LabCredit Academy", "LabCredit"], activity_id="LCA-7702")
def i05(n, g):
    b = "$pdf->SetFont('Helvetica','B',22);$pdf->Cell(0,14,'LabCredit Academy',0,1,'L');"
    b += "$pdf->SetFont('Helvetica','',10);$pdf->Cell(0,6,'Online continuing education for the laboratory',0,1,'L');$pdf->Ln(12);"
    b += "$pdf->SetFont('Times','B',26);$pdf->Cell(0,14,'Certificate of Completion',0,1,'C');$pdf->Ln(8);"
    for lab, val in [('LEARNER', 'Gwendolyn Ferreira-Tate'), ('COURSE TITLE', 'Urinalysis Sediment Identification, Level II'), ('COURSE NUMBER', 'LCA-7702'),
                     ('DATE PASSED', '05/06/2026'), ('P.A.C.E.(R) CONTACT HOURS', '1.0'), ('ORDER #', 'W-88120354'), ('CUSTOMER ID', '311-0927')]:
        b += "$pdf->SetFont('Helvetica','B',8);$pdf->SetTextColor(120,120,120);$pdf->Cell(0,5,%s,0,1);" % q(lab)
        b += "$pdf->SetFont('Helvetica','',14);$pdf->SetTextColor(0,0,0);$pdf->Cell(0,8,%s,0,1);$pdf->Ln(3);" % q(val)
    b += "$pdf->Ln(10);$pdf->SetFont('Helvetica','I',8);$pdf->MultiCell(0,4,%s);" % q('LabCredit Academy is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.(R) Program. Retain this certificate for four years.')
    php_fpdf(n, b)

@cert(style="hospital in-service", producer="LibreOffice fodt", layout=["portrait", "department as issuer", "values beside labels"],
      notes="department of hospital issues; no activity number",
      name="Kwame Asante-Boateng", title="Blood Culture Contamination: Collection Technique Refresher",
      date="2026-06-18", credits=0.75, unit="contact hour", points=0.75,
      provider=["Riverside Memorial Hospital", "Riverside Memorial Hospital, Department of Pathology and Laboratory Medicine"], activity_id=None)
def i06(n, g):
    fodt_build(n, ''.join([P('Riverside Memorial Hospital', 'C', 'med'), P('Department of Pathology and Laboratory Medicine'),
        P(''), P('In-Service Education Record', 'C', 'big'), P(''),
        P('Employee: Kwame Asante-Boateng, MLS(ASCP)', 'L'), P('Employee No.: 204417', 'L'),
        P('Topic: Blood Culture Contamination: Collection Technique Refresher', 'L'),
        P('Session date: 18 June 2026', 'L'), P('Contact hours: 0.75', 'L'), P('Presenter: Laboratory Quality Coordinator', 'L'), P(''),
        P('Reviewed by laboratory director on 06/25/2026', 'R', 'small')]))

@cert(style="university CEU", producer="ReportLab", layout=["portrait", "CEUs", "department/office as issuer", "honorific before name"],
      notes="1.2 CEU = 12 points; office of continuing education of university",
      name="Beatriz Salcedo", title="Advanced Clinical Microbiology: Antimicrobial Resistance Mechanisms",
      date="2026-07-31", credits=1.2, unit="CEU", points=12.0,
      provider=["University of the Northern Plains", "University of the Northern Plains, Office of Continuing Education"], activity_id="MLS-590CE")
def i07(n, g):
    rl_lines(n, [('t', 'University of the Northern Plains', 18, 'sb', 'c'), ('t', 'Office of Continuing Education', 12, 'i', 'c'), ('gap', 40),
        ('t', 'Continuing Education Unit Certificate', 22, 'b', 'c'), ('gap', 20), ('t', 'Awarded to', 11, 'r', 'c'), ('t', 'Dr. Beatriz Salcedo', 22, 'sb', 'c'), ('gap', 10),
        ('kv', 'Course:', 'Advanced Clinical Microbiology: Antimicrobial', 80), ('kv', '', 'Resistance Mechanisms', 80),
        ('kv', 'Course No.:', 'MLS-590CE', 80), ('kv', 'Dates:', 'June 2 - July 31, 2026', 80), ('kv', 'Awarded:', '1.2 CEUs (12 contact hours)', 80),
        ('gap', 30), ('t', 'One CEU equals ten contact hours of participation in an organized continuing education experience.', 9, 'i', 'c'),
        ('t', 'Transcript reference UNP-T-55910  |  Date of issue: August 4, 2026', 9, 'c', 'c')], margin=72)

@cert(style="ADLM ACCENT", producer="Chromium", layout=["centred landscape", "several credit figures", "format words on own line"],
      notes="ACCENT contact hours; format line 'On-Demand Webinar'",
      name="Hiroshi Takemura-Lindqvist", title="Interpreting High-Sensitivity Troponin in the Emergency Department",
      date="2026-09-03", credits=1.5, unit="contact hour", points=1.5, provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="AC-26-3391")
def i08(n, g):
    chromium(n, '''<html><head><style>@page{size:letter landscape;margin:0.5in}body{font-family:'DejaVu Sans';text-align:center;color:#123}</style></head><body>
<div style="font-size:30px;font-weight:bold;color:#0a5c8c">ADLM</div><div style="font-size:13px">Association for Diagnostics &amp; Laboratory Medicine</div>
<div style="font-size:36px;margin:40px 0 20px">Certificate of Credit</div>
<div style="font-size:28px">Hiroshi Takemura-Lindqvist, PhD, DABCC</div>
<div style="margin:20px;font-size:15px">has completed</div>
<div style="font-size:20px;font-weight:bold">Interpreting High-Sensitivity Troponin in the Emergency Department</div>
<div style="font-size:14px;margin:6px">On-Demand Webinar</div>
<div style="font-size:15px;margin-top:20px">Completed: 3 September 2026 &nbsp;&nbsp; ACCENT&reg; Activity ID: AC-26-3391</div>
<div style="font-size:15px;margin-top:10px">ACCENT&reg; contact hours: 1.5 &nbsp;|&nbsp; AMA PRA Category 1 Credits&trade;: 1.0</div>
<div style="font-size:10px;margin-top:40px">Transaction 7719-22031 &middot; This certificate expires for claim purposes on 09/03/2029.</div></body></html>''')

@cert(style="NSH", producer="ReportLab", layout=["portrait", "credentials after name", "workshop number", "signature date distractor"],
      notes="workshop at symposium; lab figure 3.0 contact hours",
      name="Odalys Barrientos", title="Troubleshooting Frozen Sections for the Histotechnician",
      date="2026-09-12", credits=3.0, unit="contact hour", points=3.0, provider=["National Society for Histotechnology", "NSH"], activity_id="W-12")
def i09(n, g):
    c = canvas.Canvas(pth(n), pagesize=letter); W, H = letter
    c.setFillColor(colors.HexColor('#5b2a86')); c.rect(0, H-110, W, 110, fill=1, stroke=0); c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 22); c.drawString(50, H-60, 'National Society for Histotechnology'); c.setFont('Helvetica', 11)
    c.drawString(50, H-82, 'NSH Symposium/Convention  |  Workshop Credit Verification'); c.setFillColor(colors.black)
    c.setFont('Times-Roman', 12); c.drawString(50, H-170, 'This is to verify that')
    c.setFont('Times-Bold', 20); c.drawString(50, H-200, 'Odalys Barrientos, HTL(ASCP)QIHC')
    c.setFont('Times-Roman', 12); c.drawString(50, H-230, 'attended Workshop #W-12')
    c.setFont('Times-BoldItalic', 16); c.drawString(50, H-260, '"Troubleshooting Frozen Sections for the Histotechnician"')
    c.setFont('Times-Roman', 12); c.drawString(50, H-290, 'held Saturday, September 12, 2026, and earned 3.0 contact hours.')
    c.drawString(50, H-330, 'Registration No. 26-SYM-004512')
    c.line(50, H-420, 250, H-420); c.setFont('Helvetica', 9); c.drawString(50, H-434, 'Director of Education  (signed 10/01/2026)')
    c.drawString(50, 60, 'NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E. Program.')
    c.showPage(); c.save()

@cert(style="webinar vendor", producer="PHP TCPDF", layout=["centred landscape", "quoted title", "day month year date"],
      notes="webinar vendor, P.A.C.E. approved; attendee ID distractor",
      name="Anneliese Groß", title="Hemostasis Testing Pitfalls: Pre-analytical Variables",
      date="2026-02-12", credits=1.0, unit="contact hour", points=1.0, provider=["Sigmoid Learning Webinars", "Sigmoid"], activity_id="SLW-1046")
def i10(n, g):
    b = "$pdf->SetFont('dejavuserif','',14);$pdf->Cell(0,10,'Sigmoid Learning Webinars',0,1,'C');$pdf->Ln(10);"
    b += "$pdf->SetFont('dejavusans','B',30);$pdf->Cell(0,16,'CERTIFICATE',0,1,'C');$pdf->SetFont('dejavusans','',12);$pdf->Cell(0,8,'of webinar participation',0,1,'C');$pdf->Ln(8);"
    b += "$pdf->SetFont('dejavuserif','B',24);$pdf->Cell(0,14,'Anneliese Groß',0,1,'C');$pdf->Ln(4);"
    b += "$pdf->SetFont('dejavusans','',12);$pdf->Cell(0,8,'attended the live webinar',0,1,'C');"
    b += "$pdf->SetFont('dejavusans','B',16);$pdf->Cell(0,10,%s,0,1,'C');" % q('\u201cHemostasis Testing Pitfalls: Pre-analytical Variables\u201d')
    b += "$pdf->SetFont('dejavusans','',12);$pdf->Cell(0,8,'broadcast 12 February 2026  \u2022  Webinar No. SLW-1046',0,1,'C');"
    b += "$pdf->Cell(0,8,'P.A.C.E.\u00ae credit: 1.0 contact hour (Basic level)',0,1,'C');$pdf->Ln(14);"
    b += "$pdf->SetFont('dejavusans','',8);$pdf->Cell(0,5,'Attendee ID 5529-AG-0193  \u2022  Sigmoid Learning Webinars is an ASCLS P.A.C.E.\u00ae approved provider.',0,1,'C');"
    php_tcpdf(n, b)

@cert(style="regional meeting", producer="Chromium", layout=["portrait", "two pages", "accreditation statement on page 2", "multi-day range abbreviated month"],
      notes="Oct. 2-3 range -> last day; session count distractor",
      name="Lucía Fernández-Ibarra", title="Great Lakes Regional Laboratory Symposium",
      date="2026-10-03", credits=6.0, unit="contact hour", points=6.0, provider=["Great Lakes Laboratory Professionals Network", "GLLPN"], activity_id="GL26-REG-07")
def i11(n, g):
    chromium(n, '''<html><head><style>@page{size:letter;margin:0.8in}body{font-family:'Liberation Serif'}.pb{page-break-before:always}</style></head><body>
<p style="font-size:13px;text-align:right">GLLPN &bull; Great Lakes Laboratory Professionals Network</p>
<h1 style="font-size:32px;margin-top:80px">Statement of Continuing Education Credit</h1>
<p style="font-size:17px">Lucía Fernández-Ibarra, MLS(ASCP)<sup>CM</sup>SH</p>
<p style="font-size:14px">attended the <b>Great Lakes Regional Laboratory Symposium</b>, Grand Rapids, MI, Oct. 2-3, 2026, and is awarded</p>
<p style="font-size:22px;font-weight:bold">6.0 P.A.C.E.&reg; Contact Hours</p>
<p style="font-size:13px">Event number: GL26-REG-07 &nbsp;&nbsp; Sessions attended: 8 &nbsp;&nbsp; Badge 1187</p>
<div class="pb"><h3>Accreditation</h3><p>Great Lakes Laboratory Professionals Network is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program (provider no. 519).</p>
<p>Participants should retain this statement for a minimum of three years. Questions: education@gllpn.example.org. Certificate printed 2026-10-20.</p></div></body></html>''')

@cert(style="public health lab", producer="LibreOffice docx", layout=["portrait", "training unit as issuer", "values beside labels"],
      notes="state public health laboratory training unit; CE hours",
      name="Nnamdi Okonkwo-Reyes", title="Packaging and Shipping Division 6.2 Infectious Substances",
      date="2026-03-27", credits=4.0, unit="CE hour", points=4.0,
      provider=["Cascadia State Public Health Laboratory", "Cascadia State Public Health Laboratory, Training and Outreach Unit"], activity_id="TOU-2026-019")
def i12(n, g):
    docx_build(n, [('t', 'Cascadia State Public Health Laboratory', 16, 'b', 'l'), ('t', 'Training and Outreach Unit', 12, 'i', 'l'), ('gap',),
        ('t', 'CERTIFICATE OF TRAINING', 22, 'sb', 'c'), ('gap',),
        ('kv', 'Name:', 'Nnamdi Okonkwo-Reyes'), ('kv', 'Course:', 'Packaging and Shipping Division 6.2 Infectious Substances'),
        ('kv', 'Course number:', 'TOU-2026-019'), ('kv', 'Delivery:', 'Instructor-led, in person'), ('kv', 'Date of training:', 'Friday, March 27, 2026'),
        ('kv', 'CE hours:', '4.0'), ('kv', 'Certificate valid for shipping until:', 'March 27, 2028'), ('gap',),
        ('t', 'This training satisfies IATA/DOT function-specific training requirements. CE hours are acceptable for ASCP BOC Credential Maintenance.', 9, 'r', 'l')])

@cert(style="instrument vendor training", producer="ReportLab", layout=["centred landscape", "honorific before name", "course code", "multi-day range"],
      notes="vendor school, 3-day operator course; serial number distractor",
      name="Theodora Vasilakis", title="Automated Hematology Analyzer Operator Certification (HX-900 Series)",
      date="2026-04-23", credits=16.0, unit="contact hour", points=16.0, provider=["Veridian Diagnostics Training Center", "Veridian Diagnostics"], activity_id="VD-HX900-OP")
def i13(n, g):
    rl_lines(n, [('t', 'VERIDIAN DIAGNOSTICS', 12, 'b', 'l'), ('t', 'Veridian Diagnostics Training Center', 10, 'r', 'l'), ('gap', 20),
        ('t', 'Certificate of Training', 34, 'sb', 'c'), ('gap', 8), ('t', 'Ms. Theodora Vasilakis', 26, 'i', 'c'), ('gap', 6),
        ('t', 'has completed the course', 12, 'r', 'c'),
        ('wrap', 'Automated Hematology Analyzer Operator Certification (HX-900 Series)', 18, 'b', 'c', 48),
        ('t', 'Course code VD-HX900-OP   |   April 21-23, 2026   |   Training facility: Raleigh, NC', 11, 'r', 'c'), ('gap', 8),
        ('t', 'Continuing education: 16.0 contact hours', 13, 'b', 'c'), ('gap', 24),
        ('t', 'Instrument S/N 9HX-55120-A   Certificate ID VDT-26-0442', 8, 'c', 'c')], size=landscape(letter), margin=54, border='#1f6f8b')

@cert(style="ASCLS national (AcroForm)", producer="ReportLab AcroForm (not flattened)", layout=["portrait", "filled form fields not flattened", "labels beside values"],
      notes="values live in form fields with appearance streams",
      name="Marguerite Delacroix-Hale", title="Lean Six Sigma for the Clinical Laboratory", date="2026-08-14",
      credits=2.5, unit="contact hour", points=2.5, provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="ASCLS-LX-2608")
def i14(n, g):
    acro(n, [('c', 700, 'sb', 22, 'American Society for Clinical Laboratory Science'), ('c', 675, 'r', 12, 'ASCLS  -  P.A.C.E.(R) Certificate of Continuing Education'),
             (72, 600, 'b', 11, 'Participant name:'), (72, 570, 'b', 11, 'Activity title:'), (72, 540, 'b', 11, 'P.A.C.E. course #:'),
             (72, 510, 'b', 11, 'Completion date:'), (72, 480, 'b', 11, 'Contact hours:'), (72, 450, 'b', 11, 'Level:'),
             (72, 120, 'r', 8, 'ASCLS is approved as a provider of continuing education programs by the ASCLS P.A.C.E.(R) Program. Form rev. 03/2025')],
         [('name', 190, 595, 360, 'Marguerite Delacroix-Hale', 11), ('title', 190, 565, 360, 'Lean Six Sigma for the Clinical Laboratory', 11),
          ('course', 190, 535, 200, 'ASCLS-LX-2608', 11), ('date', 190, 505, 200, '08/14/2026', 11), ('hours', 190, 475, 100, '2.5', 11),
          ('level', 190, 445, 200, 'Intermediate', 11)], flatten=False)

@cert(style="AMT (AcroForm flattened)", producer="ReportLab AcroForm flattened with qpdf", layout=["portrait", "flattened form fields", "labels above values"],
      notes="flattened; member number distractor",
      name="Rosalind Mbeki", title="Phlebotomy Safety and Specimen Integrity", date="2026-05-19",
      credits=1.0, unit="contact hour", points=1.0, provider=["American Medical Technologists", "AMT"], activity_id="AMT-CE-40215")
def i15(n, g):
    acro(n, [('c', 700, 'sb', 22, 'American Medical Technologists'), ('c', 676, 'i', 13, 'AMT Continuing Education Certificate'),
             (72, 620, 'b', 8, 'NAME OF ATTENDEE'), (72, 570, 'b', 8, 'PROGRAM TITLE'), (72, 520, 'b', 8, 'PROGRAM ID'), (320, 520, 'b', 8, 'AMT MEMBER NO.'),
             (72, 470, 'b', 8, 'DATE OF COMPLETION'), (320, 470, 'b', 8, 'CONTACT HOURS AWARDED')],
         [('n', 72, 598, 400, 'Rosalind Mbeki, RPT(AMT)', 12), ('t', 72, 548, 460, 'Phlebotomy Safety and Specimen Integrity', 12),
          ('id', 72, 498, 200, 'AMT-CE-40215', 12), ('mem', 320, 498, 200, '1047733', 12), ('d', 72, 448, 200, 'May 19, 2026', 12), ('h', 320, 448, 200, '1.0', 12)], flatten=True)

@cert(style="CLSI webinar", producer="Ghostscript PostScript", layout=["centred landscape", "Times fonts", "session number"],
      notes="PostScript distilled by gs",
      name="Ingrid Solberg", title="Verification of Quantitative Methods Using EP15",
      date="2026-06-04", credits=1.5, unit="contact hour", points=1.5, provider=["Clinical and Laboratory Standards Institute", "CLSI"], activity_id="WB-26-EP15")
def i16(n, g):
    ps_build(n, [('c', 540, 'Times-Bold', 16, 'Clinical and Laboratory Standards Institute (CLSI)'),
                 ('c', 470, 'Times-Roman', 34, 'Certificate of Participation'), ('c', 420, 'Times-Italic', 14, 'awarded to'),
                 ('c', 385, 'Helvetica-Bold', 26, 'Ingrid Solberg, MS, MLS(ASCP)'), ('c', 345, 'Times-Italic', 14, 'for participating in the webinar'),
                 ('c', 315, 'Times-Bold', 18, 'Verification of Quantitative Methods Using EP15'),
                 ('c', 285, 'Times-Roman', 13, 'Session number WB-26-EP15   held June 4, 2026'),
                 ('c', 255, 'Times-Roman', 13, 'P.A.C.E.(R) contact hours: 1.5'),
                 ('c', 90, 'Helvetica', 8, 'Registration confirmation 600-88217. CLSI is an ASCLS P.A.C.E.(R) approved provider of continuing education.')], land=True)

@cert(style="ASM microbiology", producer="Ghostscript PostScript", layout=["portrait", "left-aligned", "claimed vs maximum credits"],
      notes="max 6.0, claimed 4.5",
      name="Declan Fitzgerald-Osei", title="ASM Microbe 2026 Clinical Microbiology Track", date="2026-06-08",
      credits=4.5, unit="contact hour", points=4.5, provider=["American Society for Microbiology", "ASM"], activity_id=None)
def i17(n, g):
    ps_build(n, [(72, 720, 'Helvetica-Bold', 20, 'American Society for Microbiology'), (72, 700, 'Helvetica', 11, 'ASM Continuing Education'),
                 (72, 640, 'Times-Bold', 24, 'Continuing Education Credit Certificate'),
                 (72, 590, 'Helvetica', 12, 'Learner:'), (200, 590, 'Helvetica-Bold', 12, 'Declan Fitzgerald-Osei, M(ASCP)'),
                 (72, 566, 'Helvetica', 12, 'Activity:'), (200, 566, 'Helvetica-Bold', 12, 'ASM Microbe 2026 Clinical Microbiology Track'),
                 (72, 542, 'Helvetica', 12, 'Dates:'), (200, 542, 'Helvetica', 12, 'June 4 - 8, 2026'),
                 (72, 518, 'Helvetica', 12, 'Maximum available:'), (200, 518, 'Helvetica', 12, '6.0 contact hours'),
                 (72, 494, 'Helvetica', 12, 'Hours claimed:'), (200, 494, 'Helvetica-Bold', 12, '4.5 P.A.C.E.(R) contact hours'),
                 (72, 440, 'Helvetica-Oblique', 9, 'Claim submitted 07/15/2026. Registrant no. 26M-331906.'),
                 (72, 420, 'Helvetica-Oblique', 9, 'ASM is approved as a provider of continuing education programs by the ASCLS P.A.C.E.(R) Program.')])

@cert(style="online CE vendor", producer="Chromium", layout=["cover letter page before certificate", "portrait then landscape-like", "self-study format word"],
      notes="page 1 cover letter with order date; certificate on page 2",
      name="Yevgenia Kowalczyk", title="Blood Bank Antibody Identification: Panels, Cells and Rule-Outs",
      date="2026-11-02", credits=2.0, unit="contact hour", points=2.0, provider=["MedTechEd Online", "MTE"], activity_id="MTE-4418")
def i18(n, g):
    chromium(n, '''<html><head><style>@page{size:letter;margin:0.9in}body{font-family:Arial;font-size:13px}.pb{page-break-before:always;text-align:center}</style></head><body>
<p>MedTechEd Online (MTE)<br>PO Box 2210, Tucson, AZ 85701</p><p>November 4, 2026</p><p>Dear Yevgenia Kowalczyk,</p>
<p>Thank you for your order (Order 55-90213, placed October 28, 2026). Congratulations on completing your course. Your certificate of completion is enclosed on the following page. Please keep it for your records for at least three years, as the ASCP Board of Certification may request documentation during a Credential Maintenance Program audit.</p>
<p>Sincerely,<br>Learner Services</p>
<div class="pb"><div style="font-size:34px;margin-top:60px;font-family:Georgia">Certificate of Completion</div>
<div style="margin-top:30px">This document certifies that</div><div style="font-size:26px;font-weight:bold;margin:12px">Yevgenia Kowalczyk, MLS(ASCP)<sup>CM</sup>BB<sup>CM</sup></div>
<div>has successfully completed</div><div style="font-size:20px;margin:12px;font-weight:bold">Blood Bank Antibody Identification: Panels, Cells and Rule-Outs</div>
<div style="font-size:12px;letter-spacing:1px">SELF-STUDY</div>
<div style="margin-top:18px">Course #: MTE-4418 &nbsp;&nbsp; Completed on: 11/02/2026 &nbsp;&nbsp; Credit: 2.0 P.A.C.E.&reg; contact hours</div>
<div style="font-size:10px;margin-top:60px">MedTechEd Online is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</div></div></body></html>''')

@cert(style="joint-accreditation CME", producer="ReportLab", layout=["portrait", "several credit types", "claimed vs maximum credits", "small table"],
      notes="AMA, ANCC, ACPE, P.A.C.E. rows; P.A.C.E. claimed 2.25 of 3.00",
      name="Samuel Ashworth III", title="Pathology Grand Rounds: Diagnostic Stewardship in Infectious Disease Testing",
      date="2026-03-05", credits=2.25, unit="contact hour", points=2.25, provider=["Pacific Northwest Pathology Education Consortium", "PNPEC"], activity_id="JA-26-0815")
def i19(n, g):
    c = canvas.Canvas(pth(n), pagesize=letter); W, H = letter
    c.setFont('Times-Bold', 18); c.drawString(60, H-80, 'Pacific Northwest Pathology Education Consortium')
    c.setFont('Times-Italic', 11); c.drawString(60, H-98, 'PNPEC  \u00b7  Jointly Accredited Provider of Interprofessional Continuing Education'.replace('\u00b7', '-'))
    c.setFont('Helvetica-Bold', 24); c.drawString(60, H-160, 'Credit Certificate')
    c.setFont('Helvetica', 12); c.drawString(60, H-200, 'Samuel Ashworth III, MD, MLS(ASCP)')
    c.drawString(60, H-222, 'Activity: Pathology Grand Rounds: Diagnostic Stewardship in Infectious')
    c.drawString(60 + c.stringWidth('Activity: ', 'Helvetica', 12), H-238, 'Disease Testing')
    c.drawString(60, H-260, 'Activity ID: JA-26-0815        Date of activity: 5 March 2026')
    rows = [('Credit type', 'Maximum', 'Claimed'), ('AMA PRA Category 1 Credits\u2122', '3.00', '2.25'), ('ANCC contact hours', '3.00', '0.00'),
            ('ACPE (pharmacy) hours', '3.00', '0.00'), ('ASCLS P.A.C.E.\u00ae contact hours', '3.00', '2.25')]
    y = H-310
    for i, r in enumerate(rows):
        c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 11)
        c.drawString(60, y, r[0]); c.drawRightString(380, y, r[1]); c.drawRightString(480, y, r[2]); c.line(60, y-5, 490, y-5); y -= 22
    c.setFont('Helvetica', 8); c.drawString(60, 90, 'Claim recorded 03/09/2026. Certificate #PN-0033719. ')
    c.showPage(); c.save()

@cert(style="state society", producer="PHP FPDF", layout=["centred landscape", "letter-spaced ALL-CAPS name", "Jr. suffix"],
      notes="name drawn letter-spaced; suffix kept",
      name="MARCUS T. DELGADO JR.", title="Quality Control Beyond Westgard: Patient-Based Real-Time QC",
      date="2026-09-26", credits=1.0, unit="contact hour", points=1.0, provider=["Lone Star Society for Laboratory Professionals", "LSSLP"], activity_id="LS-2609-04")
def i20(n, g):
    b = "$pdf->SetDrawColor(150,110,30);$pdf->SetLineWidth(1.5);$pdf->Rect(10,10,259,196);"
    b += "$pdf->SetY(22);$pdf->SetFont('Times','',15);$pdf->Cell(0,8,'Lone Star Society for Laboratory Professionals',0,1,'C');"
    b += "$pdf->SetFont('Times','I',11);$pdf->Cell(0,6,'(LSSLP) - Fall Seminar Series',0,1,'C');$pdf->Ln(12);"
    b += "$pdf->SetFont('Helvetica','B',30);$pdf->Cell(0,14,'CERTIFICATE OF ATTENDANCE',0,1,'C');$pdf->Ln(8);"
    b += "$pdf->SetFont('Helvetica','B',22);$pdf->Cell(0,14,%s,0,1,'C');$pdf->Ln(4);" % q(' '.join('MARCUS T. DELGADO JR.'))
    b += "$pdf->SetFont('Times','',13);$pdf->Cell(0,8,'attended the seminar',0,1,'C');"
    b += "$pdf->SetFont('Times','B',16);$pdf->Cell(0,10,'Quality Control Beyond Westgard: Patient-Based Real-Time QC',0,1,'C');"
    b += "$pdf->SetFont('Times','',13);$pdf->Cell(0,8,'Saturday, Sept. 26, 2026  -  Seminar No. LS-2609-04',0,1,'C');"
    b += "$pdf->Cell(0,8,'1.0 P.A.C.E. contact hour   (Intermediate)',0,1,'C');$pdf->Ln(20);"
    b += "$pdf->SetFont('Helvetica','',8);$pdf->Cell(0,5,'LSSLP is an ASCLS P.A.C.E. approved provider. Certificate serial 000417. Issued 09/28/2026.',0,1,'C');"
    php_fpdf(n, b, 'L')

@cert(style="ASCP CMLE", producer="LibreOffice docx", layout=["landscape", "small table", "labels in table", "distractor expiry date"],
      notes="ASCP lab management course; certificate ID and access expiry are distractors",
      name="Ravindra Chaudhary", title="Laboratory Leadership Essentials: Managing Staffing Shortages",
      date="2026-10-19", credits=3.0, unit="CMLE", points=3.0, provider=ASCP, activity_id="LM-26-0903")
def i21(n, g):
    docx_build(n, [('t', 'ASCP', 28, 'sb', 'c'), ('t', 'American Society for Clinical Pathology', 12, 'i', 'c'),
        ('t', 'Certificate of Completion', 22, 'b', 'c'), ('t', 'The following learner has fulfilled all requirements of the activity listed below.', 10, 'r', 'c'),
        ('t', 'Credit is expressed in Continuing Medical Laboratory Education (CMLE) credits. Certificate ID: C-26-7741058. Course access expired 01/31/2027.', 8, 'r', 'c')],
        landscape_=True, table=[['Learner', 'Ravindra Chaudhary, MBA, MLS(ASCP)CM'], ['Activity', 'Laboratory Leadership Essentials: Managing Staffing Shortages'],
                                ['Activity number', 'LM-26-0903'], ['Completion date', 'October 19, 2026'], ['CMLE credits', '3.0']], table_after=3)

@cert(style="health-system CE office", producer="Chromium", layout=["portrait", "diacritics", "office of institution as issuer", "values beside labels"],
      notes="health-system clinical education office; event number; employee ID distractor",
      name="Zoë Châtelain-Núñez", title="Point-of-Care Glucose Testing: Competency and Regulatory Requirements",
      date="2026-08-06", credits=1.25, unit="contact hour", points=1.25,
      provider=["St. Brigid Health System", "St. Brigid Health System, Office of Clinical Education"], activity_id="SBH-EV-11734")
def i22(n, g):
    chromium(n, '''<html><head><style>@page{size:letter;margin:0.75in}body{font-family:'DejaVu Serif'}td{padding:6px 10px;font-size:14px;vertical-align:top}td:first-child{white-space:nowrap}</style></head><body>
<div style="border-left:8px solid #6b8e23;padding-left:14px"><div style="font-size:22px">St. Brigid Health System</div><div style="font-size:13px">Office of Clinical Education</div></div>
<h1 style="font-weight:normal;font-size:30px;margin-top:60px">Continuing Education Verification</h1>
<table><tr><td>Awarded to:</td><td><b>Zoë Châtelain-Núñez</b>, MLT(ASCP)</td></tr><tr><td>Employee ID:</td><td>E-0088217</td></tr>
<tr><td>Education event:</td><td>Point-of-Care Glucose Testing: Competency and Regulatory Requirements</td></tr>
<tr><td>Event #:</td><td>SBH-EV-11734</td></tr><tr><td>Date held:</td><td>Thursday, August 6, 2026</td></tr><tr><td>Credit:</td><td>1.25 contact hours</td></tr></table>
<p style="font-size:11px;margin-top:50px">St. Brigid Health System, Office of Clinical Education, is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Verified by Education Coordinator, 08/12/2026.</p></body></html>''')

@cert(style="AABB annual meeting", producer="ReportLab", layout=["centred landscape", "letter-spaced name", "multi-day range", "session code"],
      notes="single session at annual meeting; name letter-spaced in mixed case",
      name="Eleanor Whitcombe-Pryce", title="Cold Agglutinin Disease: Serologic Workup and Transfusion Strategies",
      date="2026-10-11", credits=1.0, unit="contact hour", points=1.0, provider=["Association for the Advancement of Blood & Biotherapies", "AABB"], activity_id="S-4217")
def i23(n, g):
    W, H = landscape(letter); c = canvas.Canvas(pth(n), pagesize=(W, H))
    c.setFillColor(colors.HexColor('#f3efe4')); c.rect(0, 0, W, H, fill=1, stroke=0); c.setFillColor(colors.black)
    c.setFont('Helvetica-Bold', 13); c.drawCentredString(W/2, H-70, 'AABB Annual Meeting 2026  \u2022  San Diego, CA  \u2022  October 9\u201311, 2026'.replace('\u2022', '|').replace('\u2013', '-'))
    c.setFont('Times-Roman', 30); c.drawCentredString(W/2, H-140, 'Certificate of Continuing Education')
    nm = 'Eleanor Whitcombe-Pryce, MT(ASCP)SBB'; sp = 3
    w = c.stringWidth(nm, 'Times-Bold', 24) + sp * len(nm); rl_spaced(c, (W - w)/2, H-205, nm, 'Times-Bold', 24, sp)
    c.setFont('Times-Italic', 13); c.drawCentredString(W/2, H-245, 'attended educational session S-4217')
    c.setFont('Helvetica-Bold', 14); c.drawCentredString(W/2, H-275, 'Cold Agglutinin Disease: Serologic Workup and Transfusion Strategies')
    c.setFont('Times-Roman', 13); c.drawCentredString(W/2, H-300, 'presented Sunday, October 11, 2026')
    c.drawCentredString(W/2, H-330, 'Contact hours awarded: 1.0 (P.A.C.E.\u00ae)     California CLS hours: 1.0')
    c.setFont('Helvetica', 8); c.drawCentredString(W/2, 60, 'Association for the Advancement of Blood & Biotherapies  -  Registration ID 26AM-110298  -  Retain for your records.')
    c.showPage(); c.save()

@cert(style="university CEU", producer="LibreOffice fodt", layout=["landscape", "CEUs", "department as issuer", "wrapped title"],
      notes="0.6 CEU = 6 points; department of university issues",
      name="Fatoumata Diallo", title="Flow Cytometry for Leukemia and Lymphoma Immunophenotyping: From Gating Strategy to Final Report",
      date="2026-05-15", credits=0.6, unit="CEU", points=6.0,
      provider=["Westbrook State University", "Westbrook State University, Department of Medical Laboratory Science"], activity_id="CE-MLS-2614")
def i24(n, g):
    fodt_build(n, ''.join([P('Westbrook State University', 'C', 'big'), P('Department of Medical Laboratory Science', 'C', 'med'), P(''),
        P('certifies that'), P('Fatoumata Diallo', 'C', 'big'), P('has satisfactorily completed the continuing education program'),
        P('Flow Cytometry for Leukemia and Lymphoma Immunophenotyping: From Gating Strategy to Final Report', 'C', 'med'),
        P('Program No. CE-MLS-2614, held May 13\u201315, 2026, and is awarded 0.6 Continuing Education Units (CEUs).'), P(''),
        P('Student ID 700-41-2290 \u00b7 Issued June 1, 2026', 'C', 'small')]), land=True)

@cert(style="webinar vendor", producer="Chromium", layout=["portrait", "format words on own line", "quoted title", "ISO distractor date", "labels above values"],
      notes="LIVE WEBINAR on its own line; record created date distractor",
      name="Cornelius Abernathy-Quist", title="Mass Spectrometry in the Toxicology Lab: Drug Screening Without Immunoassays",
      date="2026-12-01", credits=1.0, unit="contact hour", points=1.0, provider=["ClinLab Webcast Network", "CLWN"], activity_id="CLWN-26-212")
def i25(n, g):
    chromium(n, '''<html><head><style>@page{size:letter;margin:0.7in}body{font-family:'Liberation Sans'}.l{font-size:10px;color:#777;text-transform:uppercase;margin-top:16px}.v{font-size:16px}</style></head><body>
<div style="background:#222;color:#fff;padding:14px;font-size:20px">ClinLab Webcast Network <span style="font-size:12px">(CLWN)</span></div>
<div style="font-size:28px;margin:40px 0 10px">Certificate of Attendance</div>
<div class="l">Attendee</div><div class="v">Cornelius Abernathy-Quist, MLS(ASCP)</div>
<div class="l">Program</div><div class="v">&ldquo;Mass Spectrometry in the Toxicology Lab: Drug Screening Without Immunoassays&rdquo;</div>
<div class="v" style="font-weight:bold;margin-top:4px">LIVE WEBINAR</div>
<div class="l">Program ID</div><div class="v">CLWN-26-212</div>
<div class="l">Date attended</div><div class="v">December 1, 2026</div>
<div class="l">P.A.C.E.&reg; contact hours</div><div class="v">1.0</div>
<p style="font-size:10px;margin-top:50px">Record created 2026-12-03T14:22Z &middot; Verification code 8FQ2-77KD. ClinLab Webcast Network is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</p></body></html>''')

@cert(style="ASCP CMLE", producer="PHP TCPDF", layout=["portrait", "two-column labels/values", "HTML table", "credentials after name"],
      notes="TCPDF writeHTML table; transcript number distractor",
      name="Mei-Ling Tsao", title="Cytopathology Self-Assessment: Gynecologic Cytology Challenge",
      date="2026-07-09", credits=2.0, unit="CMLE", points=2.0, provider=ASCP, activity_id="CY2607")
def i26(n, g):
    h = '''<h1 style="text-align:center;color:#003b6f">ASCP</h1><p style="text-align:center">American Society for Clinical Pathology</p>
<h2 style="text-align:center">Continuing Medical Laboratory Education Certificate</h2><br><br>
<table cellpadding="6" border="1"><tr><td width="35%"><b>Name</b></td><td width="65%">Mei-Ling Tsao, SCT(ASCP)CM</td></tr>
<tr><td><b>Course</b></td><td>Cytopathology Self-Assessment: Gynecologic Cytology Challenge</td></tr>
<tr><td><b>Course ID</b></td><td>CY2607</td></tr><tr><td><b>Date of completion</b></td><td>9-Jul-2026</td></tr>
<tr><td><b>CMLE credits earned</b></td><td>2.0</td></tr><tr><td><b>Transcript no.</b></td><td>T-20260709-4471</td></tr></table>
<br><br><p style="font-size:8pt">ASCP designates this enduring material for a maximum of 2.0 CMLE credits. Printed 07/10/2026.</p>'''
    php_tcpdf(n, "$pdf->SetFont('helvetica','',11);$pdf->writeHTML(%s);" % q(h), 'P')

@cert(style="public health lab consortium", producer="ReportLab", layout=["portrait", "left-aligned letter style", "values in sentence", "distractor dates"],
      notes="letter-style certificate; expiry of biosafety certification distractor",
      name="Augustin Rémy Laroche", title="Biosafety Level 3 Practices for Sentinel Laboratories",
      date="2026-02-26", credits=5.5, unit="contact hour", points=5.5,
      provider=["Consortium of Regional Public Health Laboratories", "CRPHL"], activity_id="BSL3-SEN-26")
def i27(n, g):
    rl_lines(n, [('t', 'Consortium of Regional Public Health Laboratories', 15, 'b', 'l'), ('t', 'CRPHL Laboratory Training Program', 10, 'r', 'l'), ('gap', 40),
        ('t', 'Certificate of Successful Completion', 20, 'sb', 'l'), ('gap', 16),
        ('t', 'Augustin Rémy Laroche', 16, 's', 'l'), ('gap', 6),
        ('t', 'completed the hands-on workshop Biosafety Level 3 Practices for Sentinel Laboratories', 11, 's', 'l'),
        ('t', '(training number BSL3-SEN-26) on February 26, 2026, and earned 5.5 contact hours of', 11, 's', 'l'),
        ('t', 'P.A.C.E.-approved continuing education.', 11, 's', 'l'), ('gap', 20),
        ('t', 'Respirator fit-test due: 02/26/2027          Certificate issued: 03/02/2026', 9, 'c', 'l'),
        ('t', 'Participant no. 26-0417', 9, 'c', 'l')], margin=80)

@cert(style="hospital in-service (AcroForm flattened)", producer="ReportLab AcroForm flattened with qpdf", layout=["landscape", "flattened form fields", "department as issuer"],
      notes="department of medical center; no activity number; supervisor signature date distractor",
      name="Bartholomew Nkemelu", title="Critical Value Reporting and Read-Back Procedures",
      date="2026-01-13", credits=0.5, unit="contact hour", points=0.5,
      provider=["Lakeshore University Medical Center", "Lakeshore University Medical Center, Clinical Laboratory Education"], activity_id=None)
def i28(n, g):
    acro(n, [('c', 540, 'sb', 20, 'Lakeshore University Medical Center'), ('c', 518, 'i', 13, 'Clinical Laboratory Education'),
             ('c', 460, 'b', 26, 'In-Service Attendance Certificate'),
             (90, 390, 'r', 12, 'Staff member'), (90, 350, 'r', 12, 'In-service topic'), (90, 310, 'r', 12, 'Date presented'),
             (90, 270, 'r', 12, 'Contact hours'), (430, 270, 'r', 12, 'Supervisor sign-off date')],
         [('s', 230, 385, 450, 'Bartholomew Nkemelu, MLS(ASCP)', 13), ('t', 230, 345, 470, 'Critical Value Reporting and Read-Back Procedures', 13),
          ('d', 230, 305, 200, '2026-01-13', 13), ('h', 230, 265, 80, '0.5', 13), ('sd', 590, 265, 120, '2026-01-20', 13)], flatten=True, size=landscape(letter))

@cert(style="ADLM local section", producer="Chromium", layout=["centred landscape", "meeting attendance", "several credit figures", "honorific before name"],
      notes="local section dinner meeting; ACCENT hours lab figure; CA CLS hours also printed",
      name="Prudence Okafor", title="Upper Midwest Section Fall Scientific Meeting",
      date="2026-11-12", credits=2.0, unit="contact hour", points=2.0, provider=["Association for Diagnostics & Laboratory Medicine", "ADLM"], activity_id="UMW-1126")
def i29(n, g):
    chromium(n, '''<html><head><style>@page{size:letter landscape;margin:0.6in}body{font-family:'Liberation Serif';text-align:center}</style></head><body>
<div style="font-size:14px;letter-spacing:3px">ASSOCIATION FOR DIAGNOSTICS &amp; LABORATORY MEDICINE</div>
<div style="font-size:12px">Association for Diagnostics &amp; Laboratory Medicine (ADLM) &middot; Upper Midwest Local Section</div>
<div style="font-size:40px;margin-top:40px;font-style:italic">Certificate of Attendance</div>
<div style="font-size:28px;margin-top:26px">Dr. Prudence Okafor</div>
<div style="font-size:15px;margin-top:20px">attended the</div>
<div style="font-size:22px;margin-top:8px;font-weight:bold">Upper Midwest Section Fall Scientific Meeting</div>
<div style="font-size:15px;margin-top:8px">Minneapolis, Minnesota &mdash; November 12, 2026 &mdash; Event ID UMW-1126</div>
<table style="margin:26px auto;font-size:15px" cellpadding="4"><tr><td>ACCENT&reg; contact hours</td><td>2.0</td></tr><tr><td>Florida CE hours (Clinical Chemistry)</td><td>2.0</td></tr></table>
<div style="font-size:10px">Section membership no. 44019 &middot; Certificate emailed 11/20/2026</div></body></html>''')

@cert(style="regional histology society", producer="ReportLab", layout=["portrait", "two pages", "session transcript on page 2", "total claimed vs available"],
      notes="title is meeting name; page 2 lists sessions (distractor titles); 7.5 claimed of 9.0 available",
      name="Henrietta Vašková", title="Keystone Histology Society 2026 Annual Symposium",
      date="2026-04-25", credits=7.5, unit="contact hour", points=7.5, provider=["Keystone Histology Society", "KHS"], activity_id="KHS-AS-2026")
def i30(n, g):
    W, H = letter; c = canvas.Canvas(pth(n), pagesize=letter)
    c.setFont('Times-Bold', 20); c.drawCentredString(W/2, H-90, 'Keystone Histology Society')
    c.setFont('Times-Roman', 12); c.drawCentredString(W/2, H-110, 'KHS  -  affiliated state society of the National Society for Histotechnology')
    c.setFont('Helvetica-Bold', 26); c.drawCentredString(W/2, H-200, 'Certificate of Attendance')
    c.setFont('Helvetica', 13); c.drawCentredString(W/2, H-250, 'Henrietta Va\u0161kov\u00e1, HT(ASCP)')
    c.drawCentredString(W/2, H-280, 'Keystone Histology Society 2026 Annual Symposium')
    c.drawCentredString(W/2, H-300, 'Hershey, Pennsylvania  |  April 24-25, 2026  |  Program number KHS-AS-2026')
    c.setFont('Helvetica-Bold', 14); c.drawCentredString(W/2, H-340, 'Total contact hours claimed: 7.5 (of 9.0 available)')
    c.setFont('Helvetica', 9); c.drawCentredString(W/2, H-370, 'See page 2 for session detail.')
    c.showPage()
    c.setFont('Helvetica-Bold', 14); c.drawString(72, H-80, 'Session Transcript')
    rows = [('Date', 'Session', 'Hours'), ('04/24/2026', 'Decalcification Methods Compared', '1.5'), ('04/24/2026', 'IHC Antigen Retrieval Troubleshooting', '2.0'),
            ('04/25/2026', 'Special Stains for Renal Biopsies', '1.5'), ('04/25/2026', 'Lab Safety: Formalin Exposure Monitoring', '1.0'),
            ('04/25/2026', 'Digital Pathology Workflow', '1.5'), ('', 'Total', '7.5')]
    y = H-120
    for r in rows:
        c.setFont('Helvetica', 11); c.drawString(72, y, r[0]); c.drawString(170, y, r[1]); c.drawRightString(520, y, r[2]); y -= 20
    c.setFont('Helvetica', 9)
    c.drawString(72, y-30, 'Keystone Histology Society is approved as a provider of continuing education programs in the clinical laboratory')
    c.drawString(72, y-42, 'sciences by the ASCLS P.A.C.E. Program. Attendee badge 0331.')
    c.showPage(); c.save()

# ======================= MAIN =======================
if __name__ == '__main__':
    import sys
    only = sys.argv[1:]
    for fn, g in CERTS:
        name = fn.__name__
        if only and name not in only: continue
        fn(name, g)
        gold = {k: g[k] for k in ['style', 'producer', 'layout', 'notes', 'name', 'title', 'date', 'credits', 'unit', 'points', 'provider', 'activity_id']}
        json.dump(gold, open(os.path.join(HERE, name + '.gold.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        print('built', name)
