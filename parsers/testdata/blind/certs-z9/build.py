#!/usr/bin/python3
"""Regenerate the certs-z9 blind test set: ziNN.pdf + ziNN.gold.json + README.md.
Run: /usr/bin/python3 build.py [zi05 zi07 ...]   (sequential, one producer at a time)"""
import os, sys, json, html as H
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engines import *
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import letter, landscape
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle)

REG = []


def C(cid, style, producer, layout, notes, name, title, date, credits, unit, provider, activity_id):
    g = dict(style=style, producer=producer, layout=layout, notes=notes, name=name, title=title,
             date=date, credits=credits, unit=unit,
             points=round(credits * 10, 2) if unit == 'CEU' else credits,
             provider=provider, activity_id=activity_id)

    def deco(fn):
        REG.append((cid, g, fn))
        return fn
    return deco


E = H.escape

# =====================================================================================
# zi01  ASCP  chromium  LMS export, landscape
@C('zi01', 'ASCP', 'chromium', ['landscape', 'lms-export', 'format-line', 'label-value'],
   'Online self-study; completion vs issue date; transcript number distractor; credential after comma.',
   'Marisol Quintero-Baptiste',
   'Flow Cytometry Gating Strategies for Minimal Residual Disease Detection in B-Lymphoblastic Leukemia',
   '2024-03-14', 2.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], '24-FC-2211')
def zi01(g, out):
    html = f"""<html><head><style>/*BASE*/
@page {{ size: 11in 8.5in; margin: 0; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; color:#1d2733; }}
.top {{ background:#0b3a63; color:#fff; padding:18px 40px; display:flex; justify-content:space-between; align-items:center; }}
.logo {{ font-size:30px; font-weight:bold; letter-spacing:2px; }}
.logo small {{ display:block; font-size:12px; font-weight:normal; letter-spacing:0; }}
.portal {{ font-size:12px; text-align:right; }}
.main {{ padding:30px 80px; text-align:center; }}
h1 {{ font-size:34px; margin:10px 0 6px; color:#0b3a63; font-weight:normal; letter-spacing:1px; }}
.nm {{ font-size:30px; font-weight:bold; margin:14px 0; }}
.tt {{ font-size:21px; font-weight:bold; margin:8px auto 4px; width:720px; line-height:1.3; }}
.fmt {{ font-size:14px; font-style:italic; color:#555; }}
table.kv {{ margin:26px auto 0; font-size:14px; border-collapse:collapse; }}
table.kv td {{ padding:4px 14px; text-align:left; }}
table.kv td.k {{ color:#666; text-align:right; }}
.foot {{ position:absolute; bottom:26px; left:40px; right:40px; font-size:10px; color:#777; display:flex; justify-content:space-between; }}
</style></head><body>
<div class="top"><div class="logo">ASCP<small>American Society for Clinical Pathology</small></div>
<div class="portal">ASCP Learning Portal<br>My Transcript &rsaquo; Certificates</div></div>
<div class="main">
<h1>Certificate of Completion</h1>
<div>This is to certify that</div>
<div class="nm">{E(g['name'])}, MLS(ASCP)<sup>CM</sup></div>
<div>has successfully completed the educational activity</div>
<div class="tt">{E(g['title'])}</div>
<div class="fmt">Online Self-Study</div>
<table class="kv">
<tr><td class="k">Completion Date:</td><td>March 14, 2024</td><td class="k">Activity ID:</td><td>24-FC-2211</td></tr>
<tr><td class="k">Date Issued:</td><td>March 18, 2024</td><td class="k">Transcript No.:</td><td>0093381</td></tr>
<tr><td class="k">Credits Awarded:</td><td>2.0 CMLE</td><td class="k">Score:</td><td>90%</td></tr>
</table>
<p style="font-size:11px;color:#555;margin-top:26px;width:760px;margin-left:auto;margin-right:auto">
CMLE credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program (CMP).
Retain this certificate for your records; it may be requested if you are selected for audit.</p>
</div>
<div class="foot"><span>https://learn.ascp.example/transcript/cert?id=0093381</span><span>Printed 03/18/2024 11:42 AM</span><span>Page 1 of 1</span></div>
</body></html>"""
    chromium('zi01', html, out)


# =====================================================================================
# zi02  AABB  reportlab canvas  landscape, ornamental border, session at meeting
@C('zi02', 'AABB', 'reportlab-canvas', ['landscape', 'ornamental-border', 'credit-table'],
   'Session certificate at annual meeting: session date inside meeting range; AMA/ANCC distractors; ALL CAPS name with credentials; badge ID distractor.',
   'DESHAWN T. OKAFOR',
   'Patient Blood Management in Obstetric Hemorrhage: Protocols That Work',
   '2024-10-20', 1.5, 'contact hour',
   ['Association for the Advancement of Blood & Biotherapies', 'AABB'], '4127-TS')
def zi02(g, out):
    W, Hh = landscape(letter)
    c = rlcanvas.Canvas(out, pagesize=(W, Hh))
    c.setStrokeColor(colors.HexColor('#8a1c2b')); c.setLineWidth(6); c.rect(24, 24, W - 48, Hh - 48)
    c.setLineWidth(1.2); c.rect(36, 36, W - 72, Hh - 72)
    for x in (44, W - 44):
        for y in (44, Hh - 44):
            c.circle(x, y, 5, fill=1)
    c.setFillColor(colors.HexColor('#8a1c2b'))
    c.setFont('Helvetica-Bold', 34); c.drawCentredString(W / 2, Hh - 96, 'AABB')
    c.setFont('Helvetica', 11); c.drawCentredString(W / 2, Hh - 112, 'Association for the Advancement of Blood & Biotherapies')
    c.setFillColor(colors.black)
    c.setFont('Times-Bold', 26); c.drawCentredString(W / 2, Hh - 156, 'Certificate of Attendance')
    c.setFont('Times-Italic', 13); c.drawCentredString(W / 2, Hh - 184, 'AABB Annual Meeting  |  October 19-22, 2024')
    c.setFont('Times-Roman', 13); c.drawCentredString(W / 2, Hh - 214, 'Presented to')
    c.setFont('Times-Bold', 24); c.drawCentredString(W / 2, Hh - 244, g['name'] + ', MLS(ASCP)CM, SBB')
    c.setFont('Times-Roman', 13); c.drawCentredString(W / 2, Hh - 272, 'for participation in the educational session')
    c.setFont('Times-Bold', 17); c.drawCentredString(W / 2, Hh - 298, g['title'])
    c.setFont('Helvetica', 10.5)
    c.drawString(110, 200, 'Session Code: 4127-TS'); c.drawString(110, 184, 'Session Date: October 20, 2024')
    c.drawString(110, 168, 'Badge ID: 100822')
    c.setFont('Helvetica-Bold', 10.5); c.drawString(430, 216, 'Credit Type'); c.drawString(600, 216, 'Hours')
    c.line(430, 212, 660, 212)
    c.setFont('Helvetica', 10.5)
    rows = [('P.A.C.E.\u00ae contact hours', '1.5'), ('AMA PRA Category 1 Credits\u2122', '1.25'), ('Nursing contact hours (ANCC)', '1.25')]
    for i, (a, b) in enumerate(rows):
        c.drawString(430, 198 - 16 * i, a); c.drawString(600, 198 - 16 * i, b)
    c.setFont('Helvetica-Oblique', 8.5)
    c.drawCentredString(W / 2, 92, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.')
    c.drawCentredString(W / 2, 80, 'Claim only the credit commensurate with the extent of your participation in the activity.')
    c.showPage(); c.save()


# =====================================================================================
# zi03  CAP  fpdf  label/value rows
@C('zi03', 'CAP', 'fpdf', ['portrait', 'label-value', 'accented-name'],
   'Label/value rows; print date and customer number distractors; unit printed as CE hour(s).',
   'Siobhán Ní Bhriain',
   'Peripheral Blood Smear Morphology: Red Cell Inclusions and Artifacts',
   '2024-05-02', 1.0, 'CE hour', ['College of American Pathologists', 'CAP'], 'CA-HEM-0307')
def zi03(g, out):
    rows = [('Participant', g['name']), ('Customer Number', '2218830'),
            ('Course Title', g['title']), ('Course Code', 'CA-HEM-0307'),
            ('Format', 'Competency Assessment - Online Module'),
            ('Date Completed', '05/02/2024'), ('Credit Type', 'Continuing Education (CE)'),
            ('Credits Earned', '1.0 CE hour(s)'), ('Score', '100% (Pass)')]
    L = ["$pdf=new FPDF('P','mm','Letter'); $pdf->AddPage(); $pdf->SetMargins(20,20,20);",
         "$pdf->SetFillColor(0,83,155); $pdf->Rect(0,0,216,30,'F'); $pdf->SetTextColor(255,255,255);",
         "$pdf->SetFont('Helvetica','B',22); $pdf->SetXY(20,8); $pdf->Cell(0,10,'CAP',0,1);",
         "$pdf->SetFont('Helvetica','',10); $pdf->SetX(20); $pdf->Cell(0,6,t('College of American Pathologists'),0,1);",
         "$pdf->SetTextColor(0,0,0); $pdf->SetY(44); $pdf->SetFont('Helvetica','B',18);",
         "$pdf->Cell(0,10,t('Continuing Education Certificate'),0,1,'C'); $pdf->Ln(6);",
         "$pdf->SetFont('Helvetica','',11);"]
    for k, v in rows:
        L.append(f"$pdf->SetX(25); $pdf->SetFont('Helvetica','B',11); $pdf->Cell(50,9,t({q(k + ':')}),'B',0);"
                 f" $pdf->SetFont('Helvetica','',11); $pdf->MultiCell(116,9,t({q(v)}),'B','L');")
    L += ["$pdf->Ln(10); $pdf->SetFont('Helvetica','',9);",
          "$pdf->SetX(25); $pdf->MultiCell(166,5,t('The College of American Pathologists (CAP) certifies that the participant named above completed this activity. CE hours are applicable to the ASCP BOC Credential Maintenance Program.'),0,'L');",
          "$pdf->SetY(250); $pdf->SetFont('Helvetica','I',8); $pdf->Cell(0,5,t('Date printed: 05/20/2024   |   CAP Competency Assessment Hub'),0,0,'C');",
          "$pdf->Output('F',@OUT@);"]
    php('zi03', '\n'.join(L), out, 'fpdf')


# =====================================================================================
# zi04  ASCLS  ghostscript  landscape, workshop at annual meeting
@C('zi04', 'ASCLS', 'ghostscript', ['landscape', 'ornamental-border', 'title-wrap-3'],
   'ALL CAPS name with JR. suffix; provider number next to program number; meeting range vs session date.',
   'ROBERT E. HALVORSEN JR.',
   'Troubleshooting Coagulation Analyzers: Clot Detection, Interferences, and Reagent Lot Changes in the Core Laboratory',
   '2024-07-30', 2.0, 'contact hour',
   ['American Society for Clinical Laboratory Science', 'ASCLS'], '001-716-24')
def zi04(g, out):
    p = PS(792, 612)
    p.raw('0.12 0.25 0.45 setrgbcolor 5 setlinewidth 30 30 732 552 rectstroke 1 setlinewidth 40 40 712 532 rectstroke')
    p.font('F-B', 30); p.text(396, 530, 'ASCLS', 'C')
    p.font('F-R', 11); p.text(396, 512, 'American Society for Clinical Laboratory Science', 'C')
    p.color(0, 0, 0)
    p.font('T-B', 26); p.text(396, 470, 'CERTIFICATE OF CONTINUING EDUCATION', 'C')
    p.font('T-I', 13); p.text(396, 442, 'ASCLS Annual Meeting - July 28 to August 1, 2024', 'C')
    p.font('T-R', 13); p.text(396, 412, 'This certifies that', 'C')
    p.font('T-B', 24); p.text(396, 382, g['name'], 'C')
    p.font('T-R', 13); p.text(396, 354, 'attended the workshop', 'C')
    p.font('T-BI', 17)
    for i, ln in enumerate(wrap(g['title'], 48)):
        p.text(396, 328 - 21 * i, ln, 'C')
    p.font('F-R', 11)
    p.text(120, 210, 'Session Date: July 30, 2024')
    p.text(120, 194, 'P.A.C.E.\u00ae Contact Hours: 2.0')
    p.text(470, 210, 'Provider No. 001')
    p.text(470, 194, 'Program No. 001-716-24')
    p.raw('0 setgray 120 120 moveto 320 120 lineto stroke 470 120 moveto 670 120 lineto stroke')
    p.font('F-I', 9); p.text(220, 108, 'Director of Education', 'C'); p.text(570, 108, 'Issued 08/09/2024', 'C')
    p.font('F-R', 8.5)
    p.text(396, 70, 'ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 'C')
    p.write('zi04', out)


# =====================================================================================
# zi05  P.A.C.E.-approved provider  tcpdf  sidebar
@C('zi05', 'PACE-provider', 'tcpdf', ['portrait', 'sidebar', 'format-line', 'title-wrap-2'],
   'Coloured sidebar with provider name at foot; LIVE WEBINAR format line; provider number distractor.',
   'Bethany-Rose Callahan',
   'Point-of-Care Glucose Testing: Regulatory Requirements, Operator Competency, and Quality Control',
   '2024-02-22', 1.5, 'contact hour',
   ['Cascadia Laboratory Learning Collaborative', 'CLLC'], '611-044-24')
def zi05(g, out):
    main = f"""<h1 style="color:#1f5f4a;font-size:24pt">Certificate of Participation</h1>
<p style="font-size:11pt">This certificate is awarded to</p>
<p style="font-size:20pt"><b>{E(g['name'])}</b></p>
<p style="font-size:11pt">for participating in</p>
<p style="font-size:15pt"><b>{E(g['title'])}</b></p>
<p style="font-size:10pt;color:#444">LIVE WEBINAR</p>
<br/>
<table cellpadding="4" style="font-size:10.5pt">
<tr><td width="150"><b>Date of Program:</b></td><td width="200">02/22/2024</td></tr>
<tr><td><b>Program #:</b></td><td>611-044-24</td></tr>
<tr><td><b>Contact Hours:</b></td><td>1.5 (P.A.C.E.&reg;)</td></tr>
<tr><td><b>Provider #:</b></td><td>611</td></tr>
</table>"""
    side = """<p style="color:#ffffff;font-size:10pt"><b>Cascadia Laboratory Learning Collaborative</b><br/>(CLLC)<br/><br/>Continuing education for the clinical laboratory since 2009.</p>"""
    code = f"""$pdf = new TCPDF('P','mm','LETTER',true,'UTF-8',false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(31,95,74); $pdf->Rect(0,0,55,280,'F');
$pdf->SetFont('dejavusans','B',28); $pdf->SetTextColor(255,255,255); $pdf->SetXY(8,20); $pdf->Cell(40,12,'CLLC',0,1,'C');
$pdf->SetTextColor(0,0,0);
$pdf->SetFont('dejavusans','',10);
$pdf->writeHTMLCell(130,0,66,30,{q(main)},0,1);
$pdf->writeHTMLCell(45,0,5,205,{q(side)},0,1);
$pdf->SetFont('dejavusans','',8);
$pdf->writeHTMLCell(130,0,66,235,{q('Cascadia Laboratory Learning Collaborative is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Signed: Continuing Education Coordinator')},0,1);
$pdf->Output(@OUT@,'F');"""
    php('zi05', code, out, 'tcpdf')


# =====================================================================================
# zi06  LabCE  chromium  sidebar, labels above values
@C('zi06', 'LabCE', 'chromium', ['portrait', 'sidebar', 'labels-above', 'format-line', 'all-caps-name'],
   'ALL CAPS hyphenated name; course number without colon; order number and print date distractors.',
   'JEAN-BAPTISTE NDIAYE',
   'Urinalysis Sediment Identification: Casts, Crystals, and Look-Alikes',
   '2024-07-09', 1.5, 'contact hour', ['LabCE'], '1043')
def zi06(g, out):
    html = f"""<html><head><style>/*BASE*/
@page {{ size: 8.5in 11in; margin: 0; }}
body {{ font-family: 'DejaVu Sans', sans-serif; }}
.side {{ position:absolute; left:0; top:0; bottom:0; width:150px; background:#f28c28; }}
.side .lg {{ color:#fff; font-size:34px; font-weight:bold; margin:40px 18px; }}
.main {{ margin-left:190px; margin-right:50px; padding-top:60px; }}
h1 {{ font-size:28px; color:#333; margin:0 0 30px; font-weight:normal; }}
.nm {{ font-size:26px; font-weight:bold; letter-spacing:1px; margin:8px 0 24px; }}
.tt {{ font-size:19px; font-weight:bold; line-height:1.35; }}
.fmt {{ font-size:12px; color:#777; margin:4px 0 34px; }}
.grid {{ display:grid; grid-template-columns: 1fr 1fr 1fr; gap:24px 20px; }}
.lab {{ font-size:10px; color:#888; text-transform:uppercase; letter-spacing:1px; }}
.val {{ font-size:15px; margin-top:4px; }}
.foot {{ position:absolute; bottom:40px; left:190px; right:50px; font-size:10px; color:#666; line-height:1.5; }}
</style></head><body>
<div class="side"><div class="lg">LabCE</div></div>
<div class="main">
<h1>Certificate of Completion</h1>
<div class="lab">Awarded to</div>
<div class="nm">{E(g['name'])}</div>
<div class="lab">Course</div>
<div class="tt">{E(g['title'])}</div>
<div class="fmt">Online Course</div>
<div class="grid">
<div><div class="lab">Course #</div><div class="val">1043</div></div>
<div><div class="lab">Completed</div><div class="val">2024-07-09</div></div>
<div><div class="lab">P.A.C.E.&reg; Contact Hours</div><div class="val">1.5</div></div>
<div><div class="lab">Order #</div><div class="val">88122-4</div></div>
<div><div class="lab">Certificate printed</div><div class="val">2024-08-01</div></div>
<div><div class="lab">Passing score</div><div class="val">Yes (85%)</div></div>
</div></div>
<div class="foot">This course is approved for continuing education credit through the ASCLS P.A.C.E.&reg; Program.
Credit is accepted by the ASCP Board of Certification Credential Maintenance Program.</div>
</body></html>"""
    chromium('zi06', html, out)


# =====================================================================================
# zi07  MediaLab  reportlab platypus  transcript-like certificate
@C('zi07', 'MediaLab', 'reportlab-platypus', ['portrait', 'label-value', 'format-line', 'accented-name'],
   'Start vs completion date; CE Broker tracking number distractor; accented name.',
   'Tomás Ibarra-Lindqvist',
   'Quality Control Essentials: Westgard Rules, Levey-Jennings Charts, and Corrective Action',
   '2024-10-15', 3.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], '2198')
def zi07(g, out):
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50)
    big = ParagraphStyle('big', fontName='Helvetica-Bold', fontSize=22, leading=28, alignment=TA_CENTER, textColor=colors.HexColor('#1a4f8b'))
    cen = ParagraphStyle('cen', fontName='Helvetica', fontSize=12, leading=16, alignment=TA_CENTER)
    nm = ParagraphStyle('nm', fontName='Helvetica-Bold', fontSize=20, leading=26, alignment=TA_CENTER)
    tt = ParagraphStyle('tt', fontName='Helvetica-Bold', fontSize=15, leading=20, alignment=TA_CENTER)
    sm = ParagraphStyle('sm', fontName='Helvetica', fontSize=8.5, leading=11)
    st = [Paragraph('MediaLab', ParagraphStyle('lg', fontName='Helvetica-BoldOblique', fontSize=28, leading=32, textColor=colors.HexColor('#1a4f8b'))),
          Spacer(1, 30), Paragraph('Certificate of Course Completion', big), Spacer(1, 20),
          Paragraph('This is to certify that', cen), Spacer(1, 8), Paragraph(E(g['name']), nm), Spacer(1, 8),
          Paragraph('has completed the online continuing education course', cen), Spacer(1, 8),
          Paragraph(E(g['title']), tt), Spacer(1, 2), Paragraph('Online CE Course', cen), Spacer(1, 24)]
    data = [['Course Number:', '2198'], ['Date Started:', '10/02/2024'], ['Date Completed:', '10/15/2024'],
            ['Contact Hours:', '3.0'], ['CE Broker Tracking #:', '20-771234'], ['Final Exam Score:', '88%']]
    t = Table(data, colWidths=[170, 200])
    t.setStyle(TableStyle([('FONT', (0, 0), (0, -1), 'Helvetica-Bold', 11), ('FONT', (1, 0), (1, -1), 'Helvetica', 11),
                           ('ALIGN', (0, 0), (0, -1), 'RIGHT'), ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey)]))
    st += [t, Spacer(1, 40),
           Paragraph('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. '
                     'MediaLab, Inc. is also an approved provider of continuing education for the Florida Board of Clinical Laboratory Personnel.', sm)]
    doc.build(st)


# =====================================================================================
# zi08  state society  docx (mail merge)
@C('zi08', 'state-society', 'soffice-docx', ['portrait', 'mail-merge', 'format-line', 'accented-name'],
   'Mail-merged Word certificate; provider number vs program number; event date vs mailing date.',
   'Ingrid Ødegaard-Thompson',
   'Antibody Identification Workshop: Resolving Multiple Alloantibodies and Warm Autoantibodies',
   '2024-04-26', 3.0, 'contact hour',
   ['Minnesota Society for Clinical Laboratory Science', 'MNSCLS'], '384-220-24')
def zi08(g, out):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    sec = d.sections[0]; sec.top_margin = sec.bottom_margin = Pt(54)

    def para(text, size=12, bold=False, italic=False, align='c', font='Liberation Serif', color=None, after=6):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == 'c' else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic; r.font.name = font
        if color: r.font.color.rgb = RGBColor.from_string(color)
        return p
    para('MNSCLS', 30, True, color='2E4A7D', after=0)
    para('Minnesota Society for Clinical Laboratory Science', 13, color='2E4A7D', after=24)
    para('Certificate of Attendance', 26, True, font='Liberation Serif', after=18)
    para('This certifies that', 12)
    p = para('', 12); r = p.add_run(g['name'] + ', MLS(ASCP)'); r.font.size = Pt(22); r.bold = True; r.font.name = 'Liberation Sans'
    para('attended the Spring Seminar session', 12, after=12)
    p = para('', 12); r = p.add_run(g['title']); r.font.size = Pt(16); r.bold = True; r.font.name = 'Liberation Sans'
    para('Hands-On Workshop', 11, italic=True, after=24)
    for k, v in [('Event Date:', 'April 26, 2024'), ('P.A.C.E.\u00ae Contact Hours:', '3.0'),
                 ('P.A.C.E.\u00ae Program #:', '384-220-24'), ('Provider #:', '384'), ('Certificate mailed:', 'May 3, 2024')]:
        p = para('', 12, align='l', after=2); p.paragraph_format.left_indent = Pt(110)
        r = p.add_run(k + ' '); r.bold = True; r.font.name = 'Liberation Sans'; r.font.size = Pt(11)
        r = p.add_run(v); r.font.name = 'Liberation Sans'; r.font.size = Pt(11)
    para('', 12, after=30)
    para('______________________________          ______________________________', 11, after=0)
    para('Education Chair                                          Seminar Coordinator', 10, after=20)
    para('The Minnesota Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 8.5, italic=True)
    src = os.path.join(PROF, 'zi08.docx'); d.save(src); soffice('zi08', src, out)


# =====================================================================================
# zi09  hospital in-service  docx memo
@C('zi09', 'hospital-inservice', 'soffice-docx', ['portrait', 'memo', 'letter'],
   'Memo; title in quotes inside a sentence; memo date vs in-service date; employee ID distractor; provider is a department.',
   'Kwame Asante-Darko',
   'Critical Value Notification and Read-Back: 2024 Policy Update',
   '2024-09-30', 0.75, 'contact hour',
   ['Hollis Creek Regional Medical Center', 'Hollis Creek Regional Medical Center, Department of Pathology and Laboratory Medicine'], 'LM-IS-0912')
def zi09(g, out):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(11)
    p = d.add_paragraph(); r = p.add_run('Hollis Creek Regional Medical Center'); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph('Department of Pathology and Laboratory Medicine\n4100 Millrace Parkway, Hollis Creek, OR 97000')
    p = d.add_paragraph(); r = p.add_run('MEMORANDUM'); r.bold = True; r.font.size = Pt(20)
    t = d.add_table(rows=4, cols=2)
    for i, (k, v) in enumerate([('TO:', g['name'] + ', MLT(ASCP)  (Employee ID 448201)'),
                                ('FROM:', 'Laboratory Education Coordinator'),
                                ('DATE:', 'October 4, 2024'),
                                ('RE:', 'In-Service Attendance \u2013 Continuing Education Credit')]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    d.add_paragraph('_' * 78)
    d.add_paragraph('This memo documents your attendance at the laboratory in-service \u201c' + g['title'] +
                    '\u201d presented in the Core Laboratory conference room on September 30, 2024.')
    d.add_paragraph('Offering No. LM-IS-0912 has been reviewed by the Department of Pathology and Laboratory Medicine and is '
                    'approved for 0.75 contact hour of continuing education. Please retain this memo with your CMP documentation; '
                    'a copy has been placed in your competency file.')
    d.add_paragraph('Questions may be directed to the laboratory education office at extension 4-2210.')
    d.add_paragraph('\n\nLaboratory Education Coordinator\nDepartment of Pathology and Laboratory Medicine')
    src = os.path.join(PROF, 'zi09.docx'); d.save(src); soffice('zi09', src, out)


# =====================================================================================
# zi10  joint-accreditation CME  tcpdf  credit table with maximum/claimed
@C('zi10', 'joint-accreditation-CME', 'tcpdf', ['portrait', 'credit-table', 'title-wrap-2'],
   'Several credit types incl. ANCC contact hours; P.A.C.E. claimed 3.5 of max 4.0; activity date range vs claim date; Dr. honorific and PhD.',
   'Yusuf Al-Rashid',
   'Sepsis Diagnostics Across the Continuum: Biomarkers, Blood Cultures, and Rapid Molecular Panels',
   '2024-05-17', 3.5, 'contact hour',
   ['Lakeshore Institute for Continuing Health Education', 'LICHE'], '24-LI-0577')
def zi10(g, out):
    body = f"""<table width="100%"><tr><td width="60%"><span style="font-size:20pt;color:#4b2a7b"><b>LICHE</b></span><br/>
<span style="font-size:10pt">Lakeshore Institute for Continuing Health Education</span></td>
<td width="40%" align="right" style="font-size:8pt;color:#666">JOINTLY ACCREDITED PROVIDER&trade;<br/>INTERPROFESSIONAL CONTINUING EDUCATION</td></tr></table>
<hr/>
<h2 style="text-align:center;font-size:18pt">Certificate of Participation</h2>
<p style="text-align:center;font-size:11pt">Dr. <b style="font-size:16pt">{E(g['name'])}, PhD</b></p>
<p style="text-align:center;font-size:11pt">participated in the live activity</p>
<p style="text-align:center;font-size:14pt"><b>{E(g['title'])}</b></p>
<p style="text-align:center;font-size:10pt">May 16&ndash;17, 2024 &nbsp;&bull;&nbsp; Activity ID: 24-LI-0577</p>
<br/>
<table border="1" cellpadding="5" style="font-size:10pt">
<tr style="background-color:#e8e2f1"><td width="260"><b>Credit type</b></td><td width="110" align="center"><b>Maximum</b></td><td width="110" align="center"><b>Claimed</b></td></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td align="center">3.75</td><td align="center">3.25</td></tr>
<tr><td>ANCC nursing contact hours</td><td align="center">3.75</td><td align="center">3.25</td></tr>
<tr><td>ACPE pharmacy contact hours</td><td align="center">3.75</td><td align="center">3.25</td></tr>
<tr><td>P.A.C.E.&reg; contact hours (clinical laboratory)</td><td align="center">4.0</td><td align="center">3.5</td></tr>
</table>
<p style="font-size:10pt">Credit claimed: 06/03/2024 &nbsp;&nbsp; Joint Accreditation Provider # JA0071234</p>
<p style="font-size:8pt;color:#444">In support of improving patient care, Lakeshore Institute for Continuing Health Education is jointly accredited by the
Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses
Credentialing Center (ANCC) to provide continuing education for the healthcare team. This activity is approved for P.A.C.E.&reg; credit through
the ASCLS P.A.C.E.&reg; Program.</p>"""
    code = f"""$pdf = new TCPDF('P','mm','LETTER',true,'UTF-8',false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(20,18,20); $pdf->AddPage();
$pdf->SetFont('dejavusans','',10);
$pdf->writeHTML({q(body)}, true, false, true, false, '');
$pdf->Output(@OUT@,'F');"""
    php('zi10', code, out, 'tcpdf')


# =====================================================================================
# zi11  university CE  reportlab canvas  sidebar, 3-line title, CEU
@C('zi11', 'university-CE', 'reportlab-canvas', ['portrait', 'sidebar', 'title-wrap-3', 'date-range'],
   'CEU unit (points x10); 3-day program, last day; issue date and student ID distractors; provider is an office of a university.',
   'Grace Nakamura-Ellison',
   'Molecular Diagnostics Bootcamp: PCR, Next-Generation Sequencing, and Variant Interpretation for the Clinical Laboratory',
   '2024-06-12', 2.1, 'CEU',
   ['Ridgemont State University', 'Ridgemont State University, Office of Continuing and Professional Education'], 'RSU-MDX-0624')
def zi11(g, out):
    W, Hh = letter
    c = rlcanvas.Canvas(out, pagesize=letter)
    c.setFillColor(colors.HexColor('#5b1f1f')); c.rect(0, 0, 150, Hh, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont('Times-Bold', 40); c.drawCentredString(75, Hh - 90, 'RSU')
    c.setFont('Times-Roman', 9)
    for i, s in enumerate(['Ridgemont State', 'University', 'Est. 1891']):
        c.drawCentredString(75, Hh - 110 - 12 * i, s)
    c.setFillColor(colors.black)
    x = 190
    c.setFont('Times-Roman', 12); c.drawString(x, Hh - 80, 'Ridgemont State University')
    c.setFont('Times-Italic', 11); c.drawString(x, Hh - 95, 'Office of Continuing and Professional Education')
    c.setFont('Times-Bold', 28); c.drawString(x, Hh - 170, 'Certificate of Completion')
    c.setFont('Times-Roman', 12); c.drawString(x, Hh - 210, 'This certifies that')
    c.setFont('Times-Bold', 22); c.drawString(x, Hh - 240, g['name'])
    c.setFont('Times-Roman', 12); c.drawString(x, Hh - 268, 'has satisfactorily completed the non-credit continuing education program')
    c.setFont('Times-Bold', 16)
    for i, ln in enumerate(wrap(g['title'], 44)):
        c.drawString(x, Hh - 300 - 20 * i, ln)
    y = Hh - 390
    c.setFont('Times-Roman', 12)
    for k, v in [('Program dates:', 'June 10-12, 2024'), ('Program Code:', 'RSU-MDX-0624'),
                 ('Continuing Education Units:', '2.1 CEU (21 clock hours of instruction)'),
                 ('Student ID:', '900417725'), ('Date of issue:', 'June 20, 2024')]:
        c.setFont('Times-Bold', 12); c.drawString(x, y, k); c.setFont('Times-Roman', 12); c.drawString(x + 165, y, v); y -= 20
    c.line(x, 150, x + 200, 150); c.setFont('Times-Italic', 10); c.drawString(x, 138, 'Dean, Continuing and Professional Education')
    c.setFont('Times-Roman', 8.5)
    c.drawString(x, 90, 'One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing')
    c.drawString(x, 79, 'education experience under responsible sponsorship, capable direction, and qualified instruction.')
    c.showPage(); c.save()


# =====================================================================================
# zi12  public-health lab  fpdf  letter
@C('zi12', 'public-health-lab', 'fpdf', ['portrait', 'letter', 'title-wrap-2'],
   'Letter confirming attendance; letter date vs training date; registration number distractor; course no. inside prose.',
   'Maribel Abernathy-Cole',
   'Laboratory Response Network Sentinel Laboratory Training: Rule-Out and Referral of Biothreat Agents',
   '2024-09-18', 4.0, 'contact hour',
   ['Northern Plains State Public Health Laboratory', 'NPSPHL'], 'LRN-S-2409')
def zi12(g, out):
    paras = ['Dear Ms. Abernathy-Cole:',
             'Thank you for attending our hands-on sentinel laboratory workshop. This letter confirms that ' + g['name'] +
             ', MLS(ASCP), of Prairie Bend Community Hospital attended the full program on September 18, 2024.',
             'Course title: ' + g['title'],
             'Course No. LRN-S-2409 (Registration # 5571) has been approved for 4.0 P.A.C.E.\u00ae contact hours. The Northern Plains State Public Health Laboratory (NPSPHL) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.',
             'Please keep this letter as documentation of your participation. We look forward to seeing you at future trainings.',
             'Sincerely,']
    L = ["$pdf=new FPDF('P','mm','Letter'); $pdf->AddPage(); $pdf->SetMargins(25,20,25);",
         "$pdf->SetFont('Times','B',15); $pdf->Cell(0,7,t('Northern Plains State Public Health Laboratory'),0,1,'C');",
         "$pdf->SetFont('Times','',10); $pdf->Cell(0,5,t('Training and Outreach Unit  |  1200 Capitol Loop, Bismarck Springs, ND 58000  |  (701) 555-0142'),0,1,'C');",
         "$pdf->Line(25,34,191,34); $pdf->Ln(12); $pdf->SetFont('Times','',12);",
         "$pdf->Cell(0,6,t('September 27, 2024'),0,1); $pdf->Ln(6);",
         "$pdf->MultiCell(0,6,t('Maribel Abernathy-Cole\nPrairie Bend Community Hospital Laboratory\n77 Depot Street\nPrairie Bend, ND 58001'),0,'L'); $pdf->Ln(6);",
         "$pdf->Cell(0,6,t('RE: Confirmation of continuing education credit'),0,1); $pdf->Ln(4);"]
    for i, ptxt in enumerate(paras):
        if ptxt.startswith('Course title:'):
            L.append(f"$pdf->SetFont('Times','B',12); $pdf->SetX(35); $pdf->MultiCell(140,6,t({q(ptxt)}),0,'L'); $pdf->SetFont('Times','',12); $pdf->Ln(3);")
        else:
            L.append(f"$pdf->MultiCell(0,6,t({q(ptxt)}),0,'J'); $pdf->Ln(3);")
    L += ["$pdf->Ln(14); $pdf->Cell(0,6,t('Dr. Annika Sorensen-Vale, PhD, D(ABMM)'),0,1); $pdf->Cell(0,6,t('Director, Training and Outreach Unit'),0,1);",
          "$pdf->Output('F',@OUT@);"]
    php('zi12', '\n'.join(L), out, 'fpdf')


# =====================================================================================
# zi13  vendor  qpdf AcroForm  training record form, title over 2 fields
def acro_doc(path, W, Hh, static, fields):
    c = rlcanvas.Canvas(path, pagesize=(W, Hh))
    static(c)
    f = c.acroForm
    for i, (name, x, y, w, h, val, size) in enumerate(fields):
        f.textfield(name=name, value=val, x=x, y=y, width=w, height=h, fontName='Helvetica', fontSize=size,
                    borderWidth=0, fillColor=colors.white, textColor=colors.black, forceBorder=False)
    c.showPage(); c.save()


@C('zi13', 'vendor', 'qpdf-acroform', ['portrait', 'form-fields', 'title-wrap-2', 'label-value', 'date-range'],
   'Flattened form fields; title split over two fields; serial and employee numbers next to training ID; week range vs completion.',
   'Abimbola Okonkwo-Reid',
   'Key Operator Training: VDX-5200 Hematology Analyzer Maintenance and Troubleshooting',
   '2024-04-19', 12.0, 'contact hour', ['Veridian Diagnostic Systems', 'VDS'], 'KOT-5200-118')
def zi13(g, out):
    W, Hh = letter
    t1, t2 = 'Key Operator Training: VDX-5200 Hematology', 'Analyzer Maintenance and Troubleshooting'

    def static(c):
        c.setFillColor(colors.HexColor('#006d77')); c.rect(0, Hh - 80, W, 80, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 26); c.drawString(40, Hh - 50, 'VERIDIAN')
        c.setFont('Helvetica', 10); c.drawString(40, Hh - 66, 'Veridian Diagnostic Systems (VDS)  -  Customer Education Center')
        c.setFillColor(colors.black); c.setFont('Helvetica-Bold', 18); c.drawString(40, Hh - 120, 'CUSTOMER TRAINING RECORD')
        labels = [('Trainee name', 640), ('Employee No.', 610), ('Course title', 580), ('', 560), ('Training ID', 530),
                  ('Instrument serial no.', 500), ('Training dates', 470), ('Date completed', 440), ('Contact hours', 410)]
        c.setFont('Helvetica', 10)
        for lab, y in labels:
            if lab: c.drawString(40, y + 4, lab + ':')
            c.setStrokeColor(colors.lightgrey); c.line(170, y, 570, y)
        c.setFont('Helvetica', 8.5)
        c.drawString(40, 360, 'Veridian Diagnostic Systems is approved as a provider of continuing education programs in the clinical')
        c.drawString(40, 349, 'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours are P.A.C.E.\u00ae credit.')
        c.setStrokeColor(colors.black); c.line(40, 260, 250, 260); c.line(330, 260, 540, 260)
        c.drawString(40, 248, 'Field Applications Specialist'); c.drawString(330, 248, 'Customer Education Manager')
    fields = [('name', 172, 642, 390, 16, g['name'], 12), ('emp', 172, 612, 390, 16, 'E-20931', 11),
              ('t1', 172, 582, 390, 16, t1, 11), ('t2', 172, 562, 390, 16, t2, 11),
              ('tid', 172, 532, 390, 16, 'KOT-5200-118', 11), ('sn', 172, 502, 390, 16, 'VDX52-004417', 11),
              ('dates', 172, 472, 390, 16, '04/15/2024 - 04/19/2024', 11), ('done', 172, 442, 390, 16, '04/19/2024', 11),
              ('hrs', 172, 412, 390, 16, '12.0', 11)]
    src = os.path.join(PROF, 'zi13.form.pdf'); acro_doc(src, W, Hh, static, fields); qpdf_flatten(src, out)


# =====================================================================================
# zi14  ADLM  ghostscript  CE record for meeting, claimed vs max
@C('zi14', 'ADLM', 'ghostscript', ['portrait', 'label-value', 'meeting-attendance', 'date-range'],
   'Meeting attendance record without session title (title = meeting name); claimed 18.5 of 27.0 max; claim date and registration ID distractors.',
   'Wei-Ling Chen-Abernathy',
   'ADLM 2024 Annual Scientific Meeting & Clinical Lab Expo',
   '2024-08-01', 18.5, 'contact hour',
   ['Association for Diagnostics & Laboratory Medicine', 'ADLM'], None)
def zi14(g, out):
    p = PS()
    p.color(0.0, 0.33, 0.55); p.raw('0 712 612 80 rectfill')
    p.color(1, 1, 1); p.font('F-B', 30); p.text(48, 745, 'ADLM')
    p.font('F-R', 10); p.text(48, 728, 'Association for Diagnostics & Laboratory Medicine')
    p.color(0, 0, 0)
    p.font('F-B', 18); p.text(48, 670, 'CONTINUING EDUCATION RECORD')
    p.font('F-R', 11); p.text(48, 650, 'Statement of ACCENT\256 credit claimed')
    rows = [('Attendee', g['name'] + ', PhD, DABCC'), ('Registration ID', 'R24-0081736'),
            ('Meeting', g['title']), ('Meeting dates', 'July 28 - August 1, 2024'),
            ('Location', 'Convention Center, Hall B and online'), ('Maximum available', '27.0 ACCENT\256 contact hours'),
            ('Credit claimed', '18.5 ACCENT\256 contact hours'), ('Date claimed', 'August 20, 2024')]
    y = 600
    for k, v in rows:
        p.font('F-B', 11); p.text(48, y, k + ':'); p.font('F-R', 11); p.text(190, y, v); y -= 24
    p.raw('0.6 setgray 48 %d moveto 564 %d lineto stroke 0 setgray' % (y + 10, y + 10))
    p.font('F-R', 9)
    for i, s in enumerate(['ADLM designates this educational activity for a maximum of 27.0 ACCENT\256 credit hours.',
                           'Participants should claim only the credit commensurate with the extent of their participation.',
                           'ACCENT\256 credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program.']):
        p.text(48, y - 14 - 13 * i, s)
    p.font('F-I', 8); p.text(306, 40, 'Generated from the ADLM CE portal - record 2024-AM-55021', 'C')
    p.write('zi14', out)


# =====================================================================================
# zi15  NSH  chromium  landscape, labels above values
@C('zi15', 'NSH', 'chromium', ['landscape', 'labels-above', 'title-wrap-2', 'accented-name'],
   'Session certificate at symposium: session date inside meeting dates; labels above values; credential after comma.',
   'Ana Lucía Fernández-Ortiz',
   'Heat-Induced Epitope Retrieval on Decalcified Bone: Optimizing Immunohistochemistry for Difficult Specimens',
   '2024-09-15', 3.0, 'contact hour', ['National Society for Histotechnology', 'NSH'], 'HC-214')
def zi15(g, out):
    html = f"""<html><head><style>/*BASE*/
@page {{ size: 11in 8.5in; margin: 0; }}
body {{ font-family: 'Liberation Serif', serif; }}
.frame {{ position:absolute; inset:28px; border:3px double #6b3fa0; padding:40px 70px; text-align:center; }}
.lg {{ font-family:'Liberation Sans'; font-size:40px; font-weight:bold; color:#6b3fa0; letter-spacing:6px; }}
.org {{ font-family:'Liberation Sans'; font-size:13px; color:#6b3fa0; }}
h1 {{ font-size:30px; margin:26px 0 6px; }}
.mt {{ font-style:italic; font-size:15px; }}
.nm {{ font-size:30px; font-weight:bold; margin:18px 0 10px; }}
.tt {{ font-size:21px; font-weight:bold; width:640px; margin:6px auto; line-height:1.3; }}
.cols {{ display:flex; justify-content:center; gap:70px; margin-top:36px; font-family:'Liberation Sans'; }}
.lab {{ font-size:11px; color:#777; text-transform:uppercase; }}
.val {{ font-size:17px; margin-top:3px; }}
.ft {{ position:absolute; bottom:26px; left:70px; right:70px; font-size:10px; color:#555; font-family:'Liberation Sans'; }}
</style></head><body><div class="frame">
<div class="lg">NSH</div><div class="org">National Society for Histotechnology</div>
<h1>Certificate of Attendance</h1>
<div class="mt">2024 Symposium/Convention &middot; September 13&ndash;18, 2024</div>
<div class="nm">{E(g['name'])}, HT(ASCP)</div>
<div>attended the workshop session</div>
<div class="tt">{E(g['title'])}</div>
<div class="cols">
<div><div class="lab">Session Date</div><div class="val">September 15, 2024</div></div>
<div><div class="lab">Session Number</div><div class="val">HC-214</div></div>
<div><div class="lab">Contact Hours</div><div class="val">3.0</div></div>
<div><div class="lab">Member No.</div><div class="val">0417732</div></div>
</div>
<div class="ft">NSH is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Keep this certificate for five years.</div>
</div></body></html>"""
    chromium('zi15', html, out)


# =====================================================================================
# zi16  ASM  platypus  session table attended/claimed
@C('zi16', 'ASM', 'reportlab-platypus', ['portrait', 'session-table', 'meeting-attendance', 'date-range'],
   'Meeting CE record with table of sessions (available vs claimed); title = meeting name; total claimed 7.5; Dr. + post-nominals; registration number distractor.',
   'Fatima Zahra Benali',
   'ASM Microbe 2024',
   '2024-06-17', 7.5, 'contact hour', ['American Society for Microbiology', 'ASM'], None)
def zi16(g, out):
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=54, rightMargin=54, topMargin=44, bottomMargin=44)
    h = ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=18, leading=22)
    n = ParagraphStyle('n', fontName='Helvetica', fontSize=10.5, leading=14)
    c9 = ParagraphStyle('c9', fontName='Helvetica', fontSize=9, leading=11)
    st = [Paragraph('<font size=26 color="#00587a"><b>ASM</b></font>', ParagraphStyle('x', leading=30)),
          Paragraph('American Society for Microbiology', n), Spacer(1, 18),
          Paragraph('Continuing Education Transcript', h), Spacer(1, 4),
          Paragraph('<b>ASM Microbe 2024</b> &nbsp; | &nbsp; June 13-17, 2024', n), Spacer(1, 10),
          Paragraph('Participant: <b>Dr. ' + E(g['name']) + ', PhD, D(ABMM)</b>', n),
          Paragraph('Registration No.: 2024-M-118045', n), Spacer(1, 14)]
    rows = [['Date', 'Session', 'Hours available', 'Hours claimed'],
            ['06/14/2024', 'Carbapenemase Detection in Enterobacterales', '1.5', '1.5'],
            ['06/14/2024', 'Diagnostic Stewardship of Multiplex Panels', '1.0', '1.0'],
            ['06/15/2024', 'Emerging Fungal Pathogens: Candida auris Update', '1.5', '1.5'],
            ['06/15/2024', 'Exhibit Hall Poster Session', '1.5', '0.0'],
            ['06/16/2024', 'MALDI-TOF Library Gaps and Workarounds', '1.0', '1.0'],
            ['06/17/2024', 'Point-of-Care Molecular Testing for STIs', '1.5', '1.5'],
            ['06/17/2024', 'Closing Plenary: Microbes and Climate', '1.0', '1.0'],
            ['', 'Total', '9.0', '7.5']]
    rows = [[Paragraph(x, c9) if j == 1 and 0 < i < len(rows) - 1 else x for j, x in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(rows, colWidths=[70, 270, 80, 80])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9.5), ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
                           ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9.5), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dbe9ef')), ('ALIGN', (2, 0), (-1, -1), 'CENTER'),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    st += [t, Spacer(1, 14),
           Paragraph('Total P.A.C.E.\u00ae contact hours claimed: <b>7.5</b> (maximum available for sessions attended: 9.0)', n), Spacer(1, 10),
           Paragraph('The American Society for Microbiology (ASM) is approved as a provider of continuing education programs in the clinical laboratory '
                     'sciences by the ASCLS P.A.C.E.\u00ae Program. Transcript generated July 2, 2024.', c9)]
    doc.build(st)


# =====================================================================================
# zi17  CLSI  tcpdf  webinar, format line in capitals
@C('zi17', 'CLSI', 'tcpdf', ['landscape', 'format-line', 'apostrophe-name'],
   'LIVE WEBINAR format line above title; certificate number distractor; event ID.',
   "Hannah O'Donnell-Price",
   'Verification of Performance for Quantitative Assays: Applying EP15 in Your Laboratory',
   '2025-01-23', 1.5, 'contact hour', ['Clinical and Laboratory Standards Institute', 'CLSI'], 'W25-0123')
def zi17(g, out):
    body = f"""<p style="text-align:center;font-size:30pt;color:#9b1b30"><b>CLSI</b></p>
<p style="text-align:center;font-size:10pt">Clinical and Laboratory Standards Institute</p>
<p style="text-align:center;font-size:24pt">Certificate of Completion</p>
<p style="text-align:center;font-size:11pt">awarded to</p>
<p style="text-align:center;font-size:22pt"><b>{E(g['name'])}</b></p>
<p style="text-align:center;font-size:10pt;color:#9b1b30"><b>LIVE WEBINAR</b></p>
<p style="text-align:center;font-size:16pt"><b>{E(g['title'])}</b></p>
<p style="text-align:center;font-size:11pt">Webinar date: January 23, 2025 &nbsp;&nbsp;|&nbsp;&nbsp; Event ID: W25-0123 &nbsp;&nbsp;|&nbsp;&nbsp; 1.5 P.A.C.E.&reg; contact hours</p>
<p style="text-align:center;font-size:9pt;color:#555">Certificate No. CLSI-C-55120 &nbsp;&nbsp; Issued 01/24/2025</p>
<p style="text-align:center;font-size:8pt;color:#555">CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</p>"""
    code = f"""$pdf = new TCPDF('L','mm','LETTER',true,'UTF-8',false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(35,20,35); $pdf->AddPage();
$pdf->SetLineStyle(array('width'=>1.5,'color'=>array(155,27,48))); $pdf->Rect(10,10,259.4,195.9);
$pdf->SetFont('dejavusans','',10);
$pdf->writeHTML({q(body)}, true, false, true, false, '');
$pdf->Output(@OUT@,'F');"""
    php('zi17', code, out, 'tcpdf')


# =====================================================================================
# zi18  AMT  reportlab canvas  wallet card
@C('zi18', 'AMT', 'reportlab-canvas', ['wallet-card', 'all-caps-name', 'title-wrap-2', 'two-page'],
   'Wallet card (3.5x2 in), front and back; ALL CAPS name with apostrophe; member number and card issue date distractors.',
   "KATHLEEN O'SHAUGHNESSY-REYES",
   'Phlebotomy Safety Update: Needlestick Prevention and Order of Draw',
   '2024-03-09', 1.0, 'CE hour', ['American Medical Technologists', 'AMT'], 'AMT-24-0309-PS')
def zi18(g, out):
    W, Hh = 252, 144
    c = rlcanvas.Canvas(out, pagesize=(W, Hh))
    c.setFillColor(colors.HexColor('#123d7a')); c.rect(0, Hh - 34, W, 34, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont('Helvetica-Bold', 16); c.drawString(10, Hh - 22, 'AMT')
    c.setFont('Helvetica', 6.5); c.drawString(50, Hh - 15, 'American Medical Technologists'); c.drawString(50, Hh - 25, 'CE Attendance Card')
    c.setFillColor(colors.black); c.setFont('Helvetica-Bold', 9.5); c.drawString(10, Hh - 50, g['name'])
    c.setFont('Helvetica', 6.5); c.drawString(10, Hh - 60, 'RPT(AMT)   Member # 30-118842')
    c.setFont('Helvetica-Bold', 7.5)
    for i, ln in enumerate(wrap(g['title'], 46)):
        c.drawString(10, Hh - 76 - 9 * i, ln)
    c.setFont('Helvetica', 6.5)
    c.drawString(10, 30, 'Attended: 03/09/2024'); c.drawString(110, 30, 'CE: 1.0 CE hour')
    c.drawString(10, 20, 'Program No. AMT-24-0309-PS'); c.drawString(150, 20, 'Card issued 03/11/2024')
    c.showPage()
    c.setFont('Helvetica', 6.5)
    back = ['This card verifies attendance at an AMT-approved continuing',
            'education program. Record this activity in your AMT Certification',
            'Continuation Program (CCP) profile. CE hours are also accepted by',
            'the ASCP BOC Credential Maintenance Program.', '',
            'AMT Continuing Education Department', 'Not valid without signature: ______________________']
    for i, s in enumerate(back):
        c.drawString(10, Hh - 20 - 10 * i, s)
    c.showPage(); c.save()


# =====================================================================================
# zi19  ASCP  docx  eCast, label/value table
@C('zi19', 'ASCP', 'soffice-docx', ['portrait', 'label-value', 'format-line', 'series-title'],
   'eCast format line; series name before colon is part of title; generated date and member ID distractors; activity number without colon.',
   'Oluwaseun Adebayo-Marsh',
   'Lab Management Essentials: Building a Competency Assessment Program That Survives Inspection',
   '2024-11-07', 1.0, 'CMLE', ['American Society for Clinical Pathology', 'ASCP'], '2024-LM-118')
def zi19(g, out):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'Liberation Sans'; st.font.size = Pt(11)

    def cp(text, size, bold=False, color=None, after=6, italic=False):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(after)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
        if color: r.font.color.rgb = RGBColor.from_string(color)
    cp('ASCP', 32, True, '0B3A63', 0)
    cp('American Society for Clinical Pathology', 12, False, '0B3A63', 26)
    cp('CERTIFICATE OF PARTICIPATION', 22, True, after=20)
    cp(g['name'], 22, True, after=16)
    cp('eCast', 12, italic=True, after=2)
    cp(g['title'], 15, True, after=24)
    t = d.add_table(rows=6, cols=2); t.style = 'Table Grid'
    for i, (k, v) in enumerate([('Activity Number', '2024-LM-118'), ('Member ID', '00482291'),
                                ('Date Completed', '11/07/2024'), ('CMLE Credits', '1.0'),
                                ('Certificate generated', '01/15/2025'), ('Evaluation', 'Submitted')]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v; t.cell(i, 0).paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    cp('The American Society for Clinical Pathology (ASCP) designates this enduring eCast for a maximum of 1.0 CMLE credit. '
       'Participants should claim only the credit commensurate with the extent of their participation in the activity.', 8.5)
    src = os.path.join(PROF, 'zi19.docx'); d.save(src); soffice('zi19', src, out)


# =====================================================================================
# zi20  CAP  chromium  two-column under full-width title, credit table
@C('zi20', 'CAP', 'chromium', ['portrait', 'two-column', 'credit-table', 'format-line'],
   'AMA PRA 1.0 and SAM distractors vs 1.5 CE hours; release/expiration dates vs completion; customer number; Dr. honorific.',
   'Rafael Oyelaran-Bishop',
   'Hematopathology Case Review: Recognizing Acute Promyelocytic Leukemia on the Peripheral Smear',
   '2024-06-21', 1.5, 'CE hour', ['College of American Pathologists', 'CAP'], 'CAPL-24-0619')
def zi20(g, out):
    html = f"""<html><head><style>/*BASE*/
@page {{ size: 8.5in 11in; margin: 0.6in; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size:13px; color:#222; }}
.hd {{ border-bottom:4px solid #00539b; padding-bottom:10px; }}
.hd b {{ font-size:34px; color:#00539b; }} .hd span {{ font-size:13px; color:#00539b; margin-left:10px; }}
h1 {{ font-size:26px; font-weight:normal; margin:26px 0 16px; }}
.tt {{ font-size:20px; font-weight:bold; line-height:1.3; }}
.fmt {{ color:#666; margin:4px 0 22px; }}
.cols {{ display:flex; gap:30px; }}
.cols > div {{ flex:1; }}
.k {{ color:#666; font-size:11px; margin-top:12px; }} .v {{ font-size:15px; }}
table {{ border-collapse:collapse; width:100%; }} td,th {{ border:1px solid #bbb; padding:6px; text-align:left; font-size:12px; }}
th {{ background:#e6eef7; }}
.ft {{ margin-top:40px; font-size:10px; color:#555; line-height:1.5; }}
</style></head><body>
<div class="hd"><b>CAP</b><span>College of American Pathologists &middot; CAP Learning</span></div>
<h1>Certificate of Completion</h1>
<div class="tt">{E(g['title'])}</div>
<div class="fmt">Enduring Material</div>
<div class="cols"><div>
<div class="k">Learner</div><div class="v">Dr. {E(g['name'])}, PhD, DLM(ASCP)</div>
<div class="k">Customer #</div><div class="v">3390147</div>
<div class="k">Activity Code</div><div class="v">CAPL-24-0619</div>
<div class="k">Date of completion</div><div class="v">06/21/2024</div>
<div class="k">Release date / Expiration date</div><div class="v">01/15/2024 &ndash; 01/15/2027</div>
</div><div>
<table><tr><th>Credit</th><th>Earned</th></tr>
<tr><td>AMA PRA Category 1 Credit&trade;</td><td>1.0</td></tr>
<tr><td>Self-Assessment Module (SAM)</td><td>1.0</td></tr>
<tr><td>Continuing education for laboratory professionals</td><td>1.5 CE hours</td></tr>
</table></div></div>
<div class="ft">The College of American Pathologists is accredited by the ACCME to provide continuing medical education for physicians.
The CAP designates this enduring material for a maximum of 1.0 AMA PRA Category 1 Credit&trade;. Laboratory professionals receive 1.5 CE hours,
acceptable for the ASCP BOC Credential Maintenance Program.</div>
</body></html>"""
    chromium('zi20', html, out)


# =====================================================================================
# zi21  P.A.C.E. provider  ghostscript  provider only in accreditation sentence
@C('zi21', 'PACE-provider', 'ghostscript', ['portrait', 'labels-above', 'format-line', 'provider-in-accreditation-sentence'],
   'Provider appears only in the accreditation sentence; labels above values in columns; provider number vs program number; issue date distractor.',
   'Marguerite Saint-Amand',
   'Hemoglobinopathy Screening: Interpreting HPLC and Capillary Electrophoresis Patterns',
   '2024-11-14', 1.0, 'contact hour', ['Harbor Point Clinical Education Group'], '432-091-24')
def zi21(g, out):
    p = PS()
    p.raw('0.55 0.42 0.1 setrgbcolor 2 setlinewidth 36 36 540 720 rectstroke')
    p.color(0.55, 0.42, 0.1); p.font('T-I', 14); p.text(306, 700, 'Continuing Education for the Clinical Laboratory', 'C')
    p.color(0, 0, 0); p.font('T-B', 30); p.text(306, 640, 'Certificate of Completion', 'C')
    p.font('T-R', 13); p.text(306, 600, 'This certifies that', 'C')
    p.font('T-B', 24); p.text(306, 568, g['name'], 'C')
    p.font('T-R', 13); p.text(306, 536, 'has successfully completed', 'C')
    p.font('T-B', 17)
    for i, ln in enumerate(wrap(g['title'], 44)):
        p.text(306, 506 - 21 * i, ln, 'C')
    p.font('T-I', 12); p.text(306, 456, 'Self-Study', 'C')
    cols = [(110, 'DATE COMPLETED', '14 November 2024'), (250, 'CONTACT HOURS', '1.0'),
            (370, 'PROGRAM #', '432-091-24'), (490, 'PROVIDER #', '432')]
    for x, lab, v in cols:
        p.font('F-R', 8); p.text(x, 390, lab, 'C'); p.font('F-B', 12); p.text(x, 372, v, 'C')
    p.raw('0 setgray 0.5 setlinewidth 80 360 moveto 532 360 lineto stroke')
    p.font('F-R', 9); p.text(306, 300, 'Issued 20 November 2024', 'C')
    p.raw('226 220 moveto 386 220 lineto stroke'); p.font('F-I', 9); p.text(306, 208, 'Program Director', 'C')
    p.font('F-R', 8.5)
    p.text(306, 120, 'Harbor Point Clinical Education Group is approved as a provider of continuing education programs in the', 'C')
    p.text(306, 109, 'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 'C')
    p.write('zi21', out)


# =====================================================================================
# zi22  LabCE  qpdf AcroForm  provider only in logo heading
@C('zi22', 'LabCE', 'qpdf-acroform', ['landscape', 'form-fields', 'format-line', 'all-caps-name'],
   "Provider only in logo-like heading; ALL CAPS name with apostrophe; 'Course # 1562' without colon; print date distractor.",
   "PATRICK DE'ANDRE HOLLOWAY",
   'Antimicrobial Stewardship for the Microbiology Laboratory',
   '2024-12-03', 1.0, 'contact hour', ['LabCE'], '1562')
def zi22(g, out):
    W, Hh = landscape(letter)

    def static(c):
        c.setStrokeColor(colors.HexColor('#f28c28')); c.setLineWidth(8); c.rect(20, 20, W - 40, Hh - 40)
        c.setFillColor(colors.HexColor('#f28c28')); c.setFont('Helvetica-Bold', 36); c.drawCentredString(W / 2, Hh - 90, 'LabCE')
        c.setFillColor(colors.black); c.setFont('Helvetica', 26); c.drawCentredString(W / 2, Hh - 145, 'Certificate of Completion')
        c.setFont('Helvetica', 12); c.drawCentredString(W / 2, Hh - 180, 'This is to certify that')
        c.drawCentredString(W / 2, Hh - 248, 'has successfully completed the online course')
        c.setFont('Helvetica-Oblique', 11); c.drawCentredString(W / 2, Hh - 318, 'Online Course')
        c.setFont('Helvetica', 11)
        c.drawString(120, 190, 'Course #'); c.drawString(120, 170, 'Date Completed:'); c.drawString(430, 190, 'P.A.C.E.\u00ae Contact Hours:')
        c.drawString(430, 170, 'Certificate printed:')
        c.setFont('Helvetica', 8)
        c.drawCentredString(W / 2, 60, 'This course is approved for continuing education credit through the ASCLS P.A.C.E.\u00ae Program.')
    fields = [('nm', 150, Hh - 225, W - 300, 26, g['name'], 20), ('tt', 100, Hh - 300, W - 200, 24, g['title'], 16),
              ('cn', 175, 186, 120, 16, '1562', 11), ('dc', 220, 166, 120, 16, '12/03/2024', 11),
              ('ch', 570, 186, 100, 16, '1.0', 11), ('pd', 545, 166, 120, 16, '12/05/2024', 11)]
    src = os.path.join(PROF, 'zi22.form.pdf'); acro_doc(src, W, Hh, static, fields); qpdf_flatten(src, out)


# =====================================================================================
# zi23  MediaLab  fpdf  landscape, provider only in issuer line
@C('zi23', 'MediaLab', 'fpdf', ['landscape', 'all-caps-name', 'provider-in-issuer-line', 'bracketed-id'],
   'Provider only in issuer line; ALL CAPS name; course ID in brackets next to order number; printed date distractor.',
   'MCKENZIE R. DUBOIS-LAFLEUR',
   'Laboratory Safety: Chemical Hygiene and Hazard Communication for Clinical Laboratories',
   '2024-08-30', 2.0, 'contact hour', ['MediaLab, Inc.', 'MediaLab'], 'ML-SAF-1185')
def zi23(g, out):
    L = ["$pdf=new FPDF('L','mm','Letter'); $pdf->AddPage(); $pdf->SetAutoPageBreak(false);",
         "$pdf->SetDrawColor(26,79,139); $pdf->SetLineWidth(1.2); $pdf->Rect(10,10,259.4,195.9); $pdf->SetLineWidth(0.3); $pdf->Rect(14,14,251.4,187.9);",
         "$pdf->SetY(34); $pdf->SetFont('Times','B',32); $pdf->Cell(0,14,t('Certificate of Completion'),0,1,'C');",
         "$pdf->SetFont('Times','I',14); $pdf->Cell(0,10,t('is hereby granted to'),0,1,'C');",
         f"$pdf->SetFont('Helvetica','B',24); $pdf->Cell(0,14,t({q(g['name'])}),0,1,'C');",
         "$pdf->SetFont('Times','I',14); $pdf->Cell(0,10,t('for successful completion of'),0,1,'C');",
         f"$pdf->SetFont('Helvetica','B',17); $pdf->SetX(45); $pdf->MultiCell(189.4,9,t({q(g['title'])}),0,'C');",
         "$pdf->SetFont('Times','',12); $pdf->Cell(0,8,t('Online Course'),0,1,'C'); $pdf->Ln(8);",
         "$pdf->SetFont('Helvetica','',11);",
         "$pdf->SetX(40); $pdf->Cell(95,7,t('Completed on: 08/30/2024'),0,0); $pdf->Cell(95,7,t('Course ID [ML-SAF-1185]   Order 557102'),0,1);",
         "$pdf->SetX(40); $pdf->Cell(95,7,t('Contact Hours: 2.0 (P.A.C.E.®)'),0,0); $pdf->Cell(95,7,t('Date Printed: 09/02/2024'),0,1);",
         "$pdf->SetY(178); $pdf->SetFont('Helvetica','',9); $pdf->Cell(0,5,t('Issued by MediaLab, Inc.  -  approved provider of continuing education through the ASCLS P.A.C.E.® Program'),0,1,'C');",
         "$pdf->Output('F',@OUT@);"]
    php('zi23', '\n'.join(L), out, 'fpdf')


# =====================================================================================
# zi24  state society  platypus  two-day seminar, session table with attended column
@C('zi24', 'state-society', 'reportlab-platypus', ['portrait', 'session-table', 'meeting-attendance', 'date-range', 'accented-name'],
   'Two-day seminar; table with Attended Y/N and claimed hours; title = seminar name; program number vs provider number.',
   'María José Castellanos Ruiz',
   'Keystone Spring Educational Seminar 2024',
   '2024-04-12', 9.5, 'contact hour',
   ['Keystone Society for Clinical Laboratory Science', 'KSCLS'], '276-118-24')
def zi24(g, out):
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50)
    n = ParagraphStyle('n', fontName='Times-Roman', fontSize=11.5, leading=15)
    cen = ParagraphStyle('c', parent=n, alignment=TA_CENTER)
    st = [Paragraph('<b>Keystone Society for Clinical Laboratory Science</b>', ParagraphStyle('h', fontName='Times-Bold', fontSize=17, leading=21, alignment=TA_CENTER)),
          Paragraph('KSCLS &middot; a constituent society of ASCLS', cen), Spacer(1, 22),
          Paragraph('<b>CE ATTENDANCE VERIFICATION</b>', ParagraphStyle('h2', fontName='Times-Bold', fontSize=20, leading=24, alignment=TA_CENTER)), Spacer(1, 10),
          Paragraph(E(g['title']), ParagraphStyle('t', fontName='Times-BoldItalic', fontSize=16, leading=20, alignment=TA_CENTER)),
          Paragraph('April 11-12, 2024 &middot; Harrisburg Valley Conference Center', cen), Spacer(1, 16),
          Paragraph('Name: <b>' + E(g['name']) + '</b>, MLS(ASCP)<super>CM</super>', n),
          Paragraph('P.A.C.E.\u00ae Program No.: 276-118-24 &nbsp;&nbsp;&nbsp; Provider No.: 276', n), Spacer(1, 12)]
    rows = [['Day', 'Session', 'Hours', 'Attended', 'Claimed'],
            ['Thu 4/11', 'Keynote: The Laboratory Workforce in 2030', '1.0', 'Y', '1.0'],
            ['Thu 4/11', 'Hemostasis Testing for the Generalist', '1.5', 'Y', '1.5'],
            ['Thu 4/11', 'Body Fluid Cell Counts', '1.5', 'Y', '1.5'],
            ['Thu 4/11', 'Student Bowl (non-credit)', '0.0', 'N', '0.0'],
            ['Fri 4/12', 'Blood Bank Case Studies', '2.0', 'Y', '2.0'],
            ['Fri 4/12', 'Mycology Morphology Refresher', '1.5', 'N', '0.0'],
            ['Fri 4/12', 'Laboratory Leadership Panel', '1.5', 'Y', '1.5'],
            ['Fri 4/12', 'Lipid Testing Update', '2.0', 'Y', '2.0'],
            ['', 'TOTAL CONTACT HOURS', '11.0', '', '9.5']]
    t = Table(rows, colWidths=[60, 240, 50, 60, 60])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Times-Bold', 10.5), ('FONT', (0, 1), (-1, -1), 'Times-Roman', 10.5),
                           ('FONT', (0, -1), (-1, -1), 'Times-Bold', 10.5), ('BOX', (0, 0), (-1, -1), 0.8, colors.black),
                           ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.grey), ('ALIGN', (2, 0), (-1, -1), 'CENTER')]))
    st += [t, Spacer(1, 14), Paragraph('Total P.A.C.E.\u00ae contact hours earned: <b>9.5</b>', n), Spacer(1, 30),
           Paragraph('_____________________________ &nbsp;&nbsp; Date verified: 04/19/2024', n),
           Paragraph('KSCLS Continuing Education Chair', n), Spacer(1, 20),
           Paragraph('The Keystone Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the '
                     'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', ParagraphStyle('s', fontName='Times-Italic', fontSize=9, leading=11))]
    doc.build(st)


# =====================================================================================
# zi25  hospital in-service  reportlab canvas  sign-off certificate
@C('zi25', 'hospital-inservice', 'reportlab-canvas', ['portrait', 'label-value', 'format-line', 'department-provider'],
   'Hospital clinical laboratory in-service; In-Service format line; training ID; employee number and LMS posting date distractors.',
   'Rosalind Achterberg-Faye',
   'Blood Culture Contamination Reduction: Initial Specimen Diversion Devices',
   '2024-02-08', 0.5, 'contact hour',
   ['Bayfield Memorial Hospital', 'Bayfield Memorial Hospital, Clinical Laboratory'], 'IS-24-006')
def zi25(g, out):
    W, Hh = letter
    c = rlcanvas.Canvas(out, pagesize=letter)
    c.setFont('Helvetica-Bold', 18); c.drawString(54, Hh - 70, 'Bayfield Memorial Hospital')
    c.setFont('Helvetica', 11); c.drawString(54, Hh - 86, 'Clinical Laboratory  |  Education & Competency')
    c.setStrokeColor(colors.HexColor('#2a7f62')); c.setLineWidth(2); c.line(54, Hh - 96, W - 54, Hh - 96)
    c.setFont('Helvetica-Bold', 22); c.drawCentredString(W / 2, Hh - 160, 'Certificate of In-Service Attendance')
    c.setFont('Helvetica', 12); c.drawCentredString(W / 2, Hh - 200, 'presented to')
    c.setFont('Helvetica-Bold', 20); c.drawCentredString(W / 2, Hh - 228, g['name'] + ', MLS(ASCP)')
    c.setFont('Helvetica-Oblique', 11); c.drawCentredString(W / 2, Hh - 262, 'In-Service')
    c.setFont('Helvetica-Bold', 15)
    for i, ln in enumerate(wrap(g['title'], 56)):
        c.drawCentredString(W / 2, Hh - 284 - 19 * i, ln)
    y = Hh - 360
    for k, v in [('Training ID', 'IS-24-006'), ('Employee #', '0071326'), ('Date attended', 'February 8, 2024'),
                 ('Presenter', 'Microbiology Lead Technologist'), ('Continuing education', '0.5 contact hour'),
                 ('Posted to LMS', 'February 15, 2024')]:
        c.setFont('Helvetica-Bold', 11); c.drawString(150, y, k); c.setFont('Helvetica', 11); c.drawString(310, y, v); y -= 20
    c.setFont('Helvetica', 9)
    c.drawString(54, 120, 'This in-service was planned by the Bayfield Memorial Hospital Clinical Laboratory and meets the ASCP BOC')
    c.drawString(54, 108, 'Credential Maintenance Program requirement for documented continuing education.')
    c.line(54, 170, 250, 170); c.drawString(54, 158, 'Laboratory Medical Director')
    c.showPage(); c.save()


# =====================================================================================
# zi26  university CE  soffice (.fodt)  letter
@C('zi26', 'university-CE', 'soffice-fodt', ['portrait', 'letter', 'department-provider', 'date-range'],
   'Letter from a university department; CEU (points x10); series dates range vs letter date; offering number in prose.',
   'Danielle Broussard-Kim',
   'Clinical Microbiology Refresher Series: Antimicrobial Susceptibility Testing and Breakpoint Updates',
   '2024-04-16', 0.8, 'CEU',
   ['Thornbury College of Health Sciences', 'Thornbury College of Health Sciences, Department of Medical Laboratory Science'], 'MLS-CE-4471')
def zi26(g, out):
    X = lambda s: H.escape(s, quote=False)
    paras = [('P2', 'April 30, 2024'), ('P1', ''), ('P1', 'Ms. ' + g['name'] + ', MLS(ASCP)'), ('P1', 'Microbiology Section, Lantern Bay Medical Laboratory'),
             ('P1', ''), ('P1', 'Dear Ms. Broussard-Kim,'), ('P1', ''),
             ('P1', 'On behalf of the Department of Medical Laboratory Science, I am pleased to confirm that you completed all six sessions of'),
             ('P3', g['title']),
             ('P1', 'held on Tuesday evenings from March 5 through April 16, 2024 (Offering No. MLS-CE-4471). Your final session and post-test were completed on April 16, 2024.'),
             ('P1', ''),
             ('P1', 'In recognition of your participation, Thornbury College of Health Sciences awards 0.8 Continuing Education Units (CEUs). Your student record number is 7730-0912; please cite it if you request a duplicate of this letter.'),
             ('P1', ''), ('P1', 'With best regards,'), ('P1', ''), ('P1', ''),
             ('P1', 'Professor Elaine Marchetti-Wong, EdD, MLS(ASCP)'), ('P1', 'Chair, Department of Medical Laboratory Science')]
    body = '\n'.join('<text:p text:style-name="%s">%s</text:p>' % (s, X(t)) for s, t in paras)
    fodt = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenate="false"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt" fo:hyphenate="false"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.7in" fo:margin-bottom="0.7in" fo:margin-left="1in" fo:margin-right="1in"/></style:page-layout>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1e3d59"/></style:style>
<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-bottom="1.5pt solid #1e3d59" fo:padding-bottom="4pt" fo:margin-bottom="18pt"/><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="2pt"/></style:style>
<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="P3" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-left="0.5in" fo:margin-right="0.5in" fo:margin-top="6pt" fo:margin-bottom="6pt"/><style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="H1">Thornbury College of Health Sciences</text:p>
<text:p text:style-name="H2">Department of Medical Laboratory Science &#8226; Continuing Education Programs &#8226; 18 Foundry Hill Road, Thornbury, VT 05000</text:p>
{body}
</office:text></office:body></office:document>"""
    src = os.path.join(PROF, 'zi26.fodt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fodt)
    soffice('zi26', src, out)


# =====================================================================================
# zi27  public-health lab  tcpdf  labels above values, format line
@C('zi27', 'public-health-lab', 'tcpdf', ['portrait', 'labels-above', 'format-line', 'accented-name', 'title-wrap-2'],
   'Live Virtual Session format line; labels above values; certification-valid-through date distractor; class number.',
   'Carlos Eduardo Muñoz',
   'Specimen Packaging and Shipping: Category A and Category B Infectious Substances',
   '2024-11-12', 2.5, 'contact hour',
   ['Pinecrest County Public Health Laboratory', 'PCPHL'], 'PH-DG-1112')
def zi27(g, out):
    body = f"""<table width="100%" cellpadding="6"><tr><td style="background-color:#27496d;color:#ffffff;font-size:16pt"><b>Pinecrest County Public Health Laboratory</b><br/><span style="font-size:9pt">PCPHL &middot; Laboratory Training Program</span></td></tr></table>
<br/><br/>
<p style="text-align:center;font-size:22pt">Certificate of Training</p>
<p style="text-align:center;font-size:11pt">This acknowledges that</p>
<p style="text-align:center;font-size:20pt"><b>{E(g['name'])}</b></p>
<p style="text-align:center;font-size:11pt">completed the course</p>
<p style="text-align:center;font-size:15pt"><b>{E(g['title'])}</b></p>
<p style="text-align:center;font-size:10pt;color:#555"><i>Live Virtual Session</i></p>
<br/>
<table width="100%" cellpadding="3" style="text-align:center">
<tr style="font-size:8pt;color:#777"><td>SESSION HELD</td><td>CLASS NO.</td><td>CONTACT HOURS</td><td>CERTIFICATION VALID THROUGH</td></tr>
<tr style="font-size:12pt"><td>2024-11-12</td><td>PH-DG-1112</td><td>2.5</td><td>2026-11-12</td></tr>
</table>
<br/><br/>
<p style="font-size:8.5pt;color:#444">Successful completion meets the training requirement for shippers of Division 6.2 materials for a period of 24 months.
Pinecrest County Public Health Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program.</p>"""
    code = f"""$pdf = new TCPDF('P','mm','LETTER',true,'UTF-8',false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(22,18,22); $pdf->AddPage();
$pdf->SetFont('dejavusans','',10);
$pdf->writeHTML({q(body)}, true, false, true, false, '');
$pdf->Output(@OUT@,'F');"""
    php('zi27', code, out, 'tcpdf')


# =====================================================================================
# zi28  vendor  platypus  customer training record with bracketed class ID
@C('zi28', 'vendor', 'reportlab-platypus', ['portrait', 'label-value', 'bracketed-id', 'date-range', 'title-wrap-2'],
   'Vendor operator certification; class ID in brackets; customer and serial numbers; certification expiry date distractor; 3-day range.',
   'Lan T. Nguyen',
   'ArcSeq 400 Operator Certification: Instrument Operation, Maintenance, and Troubleshooting',
   '2024-08-07', 16.0, 'contact hour', ['Arcturus Molecular, Inc.', 'Arcturus Molecular'], 'AM-CT-0931')
def zi28(g, out):
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=50)
    n = ParagraphStyle('n', fontName='Helvetica', fontSize=11, leading=15)
    st = [Paragraph('<font color="#3d2c8d" size=24><b>ARCTURUS</b></font> <font size=12 color="#3d2c8d">Molecular</font>', ParagraphStyle('l', leading=28)),
          Paragraph('Arcturus Molecular, Inc. &middot; Global Customer Training', n), Spacer(1, 26),
          Paragraph('<b>Operator Training Certificate</b>', ParagraphStyle('h', fontName='Helvetica-Bold', fontSize=22, leading=26)), Spacer(1, 16)]
    data = [['Trainee', g['name'] + ', MB(ASCP)'], ['Customer No.', 'C-448190'], ['Site', 'Tidewater Genomics Laboratory'],
            ['Course', Paragraph('<b>' + E(g['title']) + '</b>', n)], ['Class ID', '[AM-CT-0931]'],
            ['Instrument Serial No.', 'AS4-21-00873'], ['Training dates', 'August 5-7, 2024'],
            ['Contact hours', '16.0'], ['Certification expires', 'August 7, 2026']]
    t = Table(data, colWidths=[140, 330])
    t.setStyle(TableStyle([('FONT', (0, 0), (0, -1), 'Helvetica-Bold', 11), ('FONT', (1, 0), (1, -1), 'Helvetica', 11),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.lightgrey),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    st += [t, Spacer(1, 24),
           Paragraph('Arcturus Molecular, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the '
                     'ASCLS P.A.C.E.\u00ae Program. Contact hours listed above are P.A.C.E.\u00ae credit.', ParagraphStyle('s', fontName='Helvetica', fontSize=9, leading=12)),
           Spacer(1, 40), Paragraph('______________________________<br/>Field Applications Scientist', n)]
    doc.build(st)


# =====================================================================================
# zi29  joint-accreditation CME  qpdf AcroForm  several credit types incl. ACPE CEU
@C('zi29', 'joint-accreditation-CME', 'qpdf-acroform', ['portrait', 'form-fields', 'credit-table', 'title-wrap-2'],
   'Fillable certificate: AMA/ANCC 1.75, ACPE 0.175 CEU distractor, P.A.C.E. 2.0 contact hours; claim date distractor.',
   'Beatriz Souza-Carvalho',
   'Anticoagulation Stewardship: Laboratory Monitoring of Heparin and Direct Oral Anticoagulants',
   '2024-09-26', 2.0, 'contact hour',
   ['Meridian Health Sciences Education Alliance', 'MHSEA'], 'ACT-24-3390')
def zi29(g, out):
    W, Hh = letter
    t1, t2 = 'Anticoagulation Stewardship: Laboratory Monitoring of', 'Heparin and Direct Oral Anticoagulants'

    def static(c):
        c.setFont('Helvetica-Bold', 20); c.setFillColor(colors.HexColor('#7a3b00'))
        c.drawString(50, Hh - 60, 'Meridian Health Sciences Education Alliance')
        c.setFont('Helvetica', 10); c.drawString(50, Hh - 76, 'MHSEA  -  Interprofessional Continuing Education')
        c.setFillColor(colors.black); c.setFont('Helvetica-Bold', 16); c.drawString(50, Hh - 120, 'Certificate of Credit')
        c.setFont('Helvetica', 10)
        for lab, y in [('Participant', 640), ('Activity title', 610), ('Activity ID', 560), ('Date of Activity', 535), ('Date Claimed', 510)]:
            c.drawString(50, y + 4, lab + ':')
        c.setFont('Helvetica-Bold', 10); c.drawString(50, 470, 'Credit designation'); c.drawString(360, 470, 'Credits claimed')
        c.setFont('Helvetica', 10)
        for i, lab in enumerate(['AMA PRA Category 1 Credits\u2122', 'ANCC nursing contact hours', 'ACPE pharmacy (CEU)',
                                 'P.A.C.E.\u00ae contact hours (laboratory)']):
            c.drawString(50, 450 - 20 * i, lab)
        c.setFont('Helvetica', 8)
        for i, s in enumerate(['In support of improving patient care, Meridian Health Sciences Education Alliance is jointly accredited by the ACCME,',
                               'ACPE, and ANCC to provide continuing education for the healthcare team. Laboratory credit is provided through the',
                               'ASCLS P.A.C.E.\u00ae Program.']):
            c.drawString(50, 330 - 11 * i, s)
    fields = [('nm', 160, 640, 380, 18, g['name'] + ', MS, MLS(ASCP)', 12), ('t1', 160, 610, 400, 16, t1, 11),
              ('t2', 160, 592, 400, 16, t2, 11), ('aid', 160, 560, 200, 16, 'ACT-24-3390', 11),
              ('doa', 160, 535, 200, 16, '09/26/2024', 11), ('dcl', 160, 510, 200, 16, '10/14/2024', 11),
              ('c1', 370, 446, 80, 16, '1.75', 10), ('c2', 370, 426, 80, 16, '1.75', 10),
              ('c3', 370, 406, 80, 16, '0.175', 10), ('c4', 370, 386, 80, 16, '2.0', 10)]
    src = os.path.join(PROF, 'zi29.form.pdf'); acro_doc(src, W, Hh, static, fields); qpdf_flatten(src, out)


# =====================================================================================
# zi30  ASCLS  fpdf  meeting attendance (CLEC), suffix III
@C('zi30', 'ASCLS', 'fpdf', ['portrait', 'ornamental-border', 'meeting-attendance', 'date-range', 'apostrophe-title'],
   'Meeting attendance: title = conference name (with apostrophe); range across months; claimed 11.0 of 14.5; suffix III and credentials after comma.',
   'Thomas J. Whitfield III',
   "2025 Clinical Laboratory Educators' Conference",
   '2025-03-01', 11.0, 'contact hour',
   ['American Society for Clinical Laboratory Science', 'ASCLS'], '001-502-25')
def zi30(g, out):
    L = ["$pdf=new FPDF('P','mm','Letter'); $pdf->AddPage(); $pdf->SetAutoPageBreak(false);",
         "$pdf->SetDrawColor(30,64,115); $pdf->SetLineWidth(2); $pdf->Rect(12,12,191.9,255.4); $pdf->SetLineWidth(0.4); $pdf->Rect(16,16,183.9,247.4);",
         "$pdf->SetTextColor(30,64,115); $pdf->SetY(30); $pdf->SetFont('Helvetica','B',26); $pdf->Cell(0,12,'ASCLS',0,1,'C');",
         "$pdf->SetFont('Helvetica','',11); $pdf->Cell(0,6,t('American Society for Clinical Laboratory Science'),0,1,'C'); $pdf->SetTextColor(0,0,0); $pdf->Ln(14);",
         "$pdf->SetFont('Times','B',24); $pdf->Cell(0,12,t('Certificate of Attendance'),0,1,'C'); $pdf->Ln(8);",
         "$pdf->SetFont('Times','',13); $pdf->Cell(0,8,t('This is to certify that'),0,1,'C');",
         f"$pdf->SetFont('Times','B',22); $pdf->Cell(0,12,t({q(g['name'] + ', MS, MLS(ASCP)')}),0,1,'C');",
         "$pdf->SetFont('Times','',13); $pdf->Cell(0,8,t('attended the'),0,1,'C');",
         f"$pdf->SetFont('Times','BI',18); $pdf->Cell(0,10,t({q(g['title'])}),0,1,'C');",
         "$pdf->SetFont('Times','',13); $pdf->Cell(0,8,t('February 27 - March 1, 2025'),0,1,'C'); $pdf->Ln(12);",
         "$pdf->SetFont('Helvetica','',11);",
         "$pdf->SetX(45); $pdf->Cell(70,7,t('P.A.C.E.® Program No.:'),0,0); $pdf->Cell(60,7,'001-502-25',0,1);",
         "$pdf->SetX(45); $pdf->Cell(70,7,t('Maximum available:'),0,0); $pdf->Cell(60,7,t('14.5 contact hours'),0,1);",
         "$pdf->SetX(45); $pdf->Cell(70,7,t('Contact hours claimed:'),0,0); $pdf->SetFont('Helvetica','B',11); $pdf->Cell(60,7,t('11.0 P.A.C.E.® contact hours'),0,1);",
         "$pdf->SetFont('Helvetica','',11); $pdf->SetX(45); $pdf->Cell(70,7,t('Member ID:'),0,0); $pdf->Cell(60,7,'A-0199342',0,1);",
         "$pdf->SetY(225); $pdf->Line(30,222,95,222); $pdf->Line(120,222,185,222); $pdf->SetFont('Helvetica','I',9);",
         "$pdf->SetX(30); $pdf->Cell(65,5,t('ASCLS President'),0,0,'C'); $pdf->SetX(120); $pdf->Cell(65,5,t('Date issued: 03/14/2025'),0,1,'C');",
         "$pdf->SetY(245); $pdf->SetFont('Helvetica','',8); $pdf->Cell(0,4,t('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'),0,1,'C');",
         "$pdf->Output('F',@OUT@);"]
    php('zi30', '\n'.join(L), out, 'fpdf')


# =====================================================================================
def readme():
    from collections import Counter
    golds = [json.load(open(os.path.join(HERE, c + '.gold.json'))) for c, _, _ in REG]
    sc = Counter(x['style'] for x in golds); pc = Counter(x['producer'] for x in golds)
    lay = sorted({t for x in golds for t in x['layout']})
    o = ['# certs-z9 — blind test set of CE certificates (ASCP BOC CMP)', '',
         'Thirty invented continuing-education certificates (`zi01`–`zi30`), each a PDF plus a gold JSON file. '
         'All people, hospitals, universities, vendors and activities are invented; real organisation names '
         '(ASCP, AABB, CAP, ASCLS, ADLM, NSH, ASM, CLSI, AMT, LabCE, MediaLab) carry invented activities.', '',
         '## How it was made', '',
         '`/usr/bin/python3 build.py` regenerates every PDF, gold file and this README (optionally pass ids to rebuild a subset). '
         'Builds run sequentially. `engines.py` holds the producer helpers; temporary sources (HTML, PHP, PostScript, DOCX/FODT, '
         'unflattened form PDFs) and the Chromium/LibreOffice profiles go to `.profiles/` (not part of the set). '
         '`/usr/bin/python3 verify.py` runs `pdftotext -layout` on each PDF and checks that name, title, every provider string, '
         'activity id, credits figure and unit word appear (whitespace-insensitive, NFKC-normalised; a department-form provider '
         '"Institution, Office" is accepted if both parts appear), and that points match credits/unit.', '',
         'Producers: chromium (HTML → headless `--print-to-pdf`), soffice-docx (python-docx → LibreOffice), soffice-fodt '
         '(flat ODT → LibreOffice), fpdf (PHP), tcpdf (PHP, writeHTML), reportlab-canvas, reportlab-platypus, qpdf-acroform '
         '(ReportLab AcroForm text fields → `qpdf --generate-appearances --flatten-annotations=all`), ghostscript (hand-written '
         'PostScript → pdfwrite).', '',
         '## Gold schema', '',
         '`{"style","producer","layout":[tags],"notes","name","title","date":"YYYY-MM-DD","credits","unit","points","provider":[...],"activity_id"}`', '',
         '## Conventions', '',
         '- name: as printed, no trailing credentials or leading honorific (Dr.), capitals as printed, suffixes kept.',
         '- title: as printed, wrapped lines joined by a space, no quotes; format lines (Online Self-Study, LIVE WEBINAR, eCast, '
         'Enduring Material, In-Service, Live Virtual Session, Online Course, Hands-On Workshop, Self-Study) excluded; series name before a colon kept; '
         'meeting attendance without a session title → meeting name.',
         '- date: completion/attendance date; last day of a range; session date for a session at a conference; issue/print/expiry/claim/'
         'generated/mailed/posted dates are distractors.',
         '- credits/unit: laboratory figure (P.A.C.E./ACCENT contact hours, CMLE, CE hours, CEU), claimed not maximum; AMA PRA/ANCC/ACPE are '
         'distractors. unit ∈ contact hour | CMLE | CE hour | CEU; points = credits, CEU × 10.',
         '- provider: full name as printed, then printed short forms; for a department/office: institution alone and "Institution, Office". '
         'Accreditors (ASCLS P.A.C.E., ACCME, Joint Accreditation) are not providers.',
         '- activity_id: value after a course/program/activity/session/event/class/training/offering label; null when none. '
         'Certificate, member, customer, order, registration, transcript, badge, employee, serial, student, provider numbers are distractors.', '',
         '## Counts', '', '| style | n |', '|---|---|'] + ['| %s | %d |' % kv for kv in sorted(sc.items())] + \
        ['', '| producer | n |', '|---|---|'] + ['| %s | %d |' % kv for kv in sorted(pc.items())] + \
        ['', 'Layout tags used (%d): %s' % (len(lay), ', '.join(lay)), '', '## All certificates', '',
         '| id | style | producer | name | title | date | credits | unit | points | provider | activity_id |',
         '|---|---|---|---|---|---|---|---|---|---|---|']
    for (cid, _, _), x in zip(REG, golds):
        o.append('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' % (
            cid, x['style'], x['producer'], x['name'], x['title'].replace('|', '/'), x['date'], x['credits'], x['unit'],
            x['points'], ' ; '.join(x['provider']), x['activity_id'] or 'null'))
    o.append('')
    open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(o))


def main():
    want = set(sys.argv[1:])
    for cid, g, fn in REG:
        if want and cid not in want:
            continue
        out = os.path.join(HERE, cid + '.pdf')
        fn(g, out)
        with open(os.path.join(HERE, cid + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
        print('built', cid, g['producer'])
    readme()


if __name__ == '__main__':
    main()
