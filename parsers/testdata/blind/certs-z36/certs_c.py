"""Certificates yj28-yj40."""
from html import escape as h

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfgen import canvas

import engines
from registry import cert
from rlkit import (double_border, corner_flourish, seal, signature, centred_wrapped,
                   left_wrapped, spaced, stringWidth)
from certs_a import x
from certs_b import docx_helpers, shade, page_border, FODT_FONTS, pstyle


# --------------------------------------------------------------------------- yj28
@cert(style='medialab', producer='tcpdf',
      layout=['landscape', 'side-panel', 'title-with-safety', 'accented-name', 'expiry-date-distractor',
              'signature-block'],
      notes='Annual compliance course; title contains "Safety Training" (real title words). Completion '
            'date printed ISO 2025-01-09; "Expiration: 2026-01-09" and certificate ID are distractors. '
            'Irish name with fadas.',
      name='Siobhán Ní Bhriain',
      title='Bloodborne Pathogens: OSHA Safety Training for Laboratory Personnel',
      date='2025-01-09', credits=1.0, unit='contact hour',
      provider=['MediaLab, Inc.', 'MediaLab'],
      activity_id='BBP-310')
def yj28(out):
    g = yj28.gold
    P = engines.php_str
    code = f'''
$pdf = new CertPDF('L','pt','LETTER');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('MediaLab Compliance Certificate');
$pdf->AddPage();
$pdf->SetFillColor(34,53,111); $pdf->Rect(0,0,210,612,'F');
$pdf->SetFillColor(210,160,40); $pdf->Rect(210,0,6,612,'F');
$pdf->SetTextColor(255,255,255); $pdf->SetFont('helvetica','B',26); $pdf->SetXY(20,70); $pdf->Cell(170,30,'MediaLab',0,1,'C');
$pdf->SetFont('helvetica','',9.5); $pdf->SetXY(20,104); $pdf->MultiCell(170,12,"MediaLab, Inc.\\nCompliance Training Library",0,'C');
$pdf->SetFont('helvetica','B',10); $pdf->SetXY(20,420); $pdf->MultiCell(170,13,"ANNUAL\\nREGULATORY\\nCOMPLIANCE",0,'C');
$pdf->SetFont('helvetica','',8); $pdf->SetXY(20,540); $pdf->MultiCell(170,10,"www.medialab.com\\nCertificate ID 7F3K-22QX",0,'C');
$pdf->SetTextColor(25,25,25);
$pdf->SetFont('times','B',32); $pdf->SetXY(250,70); $pdf->Cell(500,36,'Certificate of Completion',0,1,'L');
$pdf->SetDrawColor(210,160,40); $pdf->SetLineWidth(1.5); $pdf->Line(252,112,560,112);
$pdf->SetFont('times','I',13); $pdf->SetXY(250,140); $pdf->Cell(500,16,'This certificate is awarded to',0,1,'L');
$pdf->SetFont('dejavuserif','B',24); $pdf->SetXY(250,162); $pdf->Cell(500,30,{P(g['name'])},0,1,'L');
$pdf->SetFont('times','I',13); $pdf->SetXY(250,208); $pdf->Cell(500,16,'for completing the online compliance course',0,1,'L');
$pdf->SetFont('times','B',19); $pdf->SetXY(250,230); $pdf->MultiCell(480,23,{P(g['title'])},0,'L');
$pdf->SetFont('helvetica','',11);
$rows = array(array('Course #','BBP-310'),array('Completed','2025-01-09'),array('Credit','1.0 P.A.C.E.® contact hour'),array('Expiration','2026-01-09 (annual retraining required)'));
$y=300; foreach($rows as $r){{ $pdf->SetFont('helvetica','B',10.5); $pdf->SetXY(250,$y); $pdf->Cell(110,15,$r[0],0,0,'L'); $pdf->SetFont('helvetica','',10.5); $pdf->SetXY(360,$y); $pdf->Cell(380,15,$r[1],0,0,'L'); $y+=19; }}
$pdf->SetFont('helvetica','',8.3); $pdf->SetTextColor(70,70,70); $pdf->SetXY(250,396);
$pdf->MultiCell(490,10.5,'MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course meets the annual training requirement of the OSHA Bloodborne Pathogens Standard, 29 CFR 1910.1030.',0,'L');
$pdf->SetDrawColor(40,40,40); $pdf->SetLineWidth(0.6); $pdf->Line(250,520,450,520);
$pdf->SetFont('times','I',17); $pdf->SetTextColor(27,42,107); $pdf->SetXY(250,497); $pdf->Cell(200,20,'Elaine Barrow-Stokes',0,0,'C');
$pdf->SetFont('helvetica','',8.5); $pdf->SetTextColor(25,25,25); $pdf->SetXY(250,524); $pdf->MultiCell(200,10.5,"Elaine Barrow-Stokes, MS, MLS(ASCP)CM\\nDirector of Continuing Education",0,'C');
$pdf->SetXY(500,524); $pdf->MultiCell(240,10.5,"Assigned by: Lakeside Clinical Laboratories\\nEmployee No. 55-2071",0,'R');
$pdf->Output($OUT,'F');
'''
    engines.php_pdf(code, out, 'tcpdf')


# --------------------------------------------------------------------------- yj29
@cert(style='university-ceu', producer='docx-libreoffice',
      layout=['landscape', 'centred-award', 'border', 'caps-name', 'hyphenated-name', 'office-provider',
              'date-range', 'issue-date-distractor', 'signature-block'],
      notes='University office of professional continuing education: provider = university alone and '
            '"University, Office". Five-day course March 3-7 -> last day; "Date of Issue" is a distractor. '
            '1.2 CEUs -> 12 points. All-caps hyphenated name.',
      name='PRISCILLA WHITCOMBE-DRAY',
      title='Fundamentals of Flow Cytometry for Laboratory Professionals',
      date='2025-03-07', credits=1.2, unit='CEU',
      provider=['Ridgemont State University', 'Ridgemont State University, Office of Professional Continuing Education'],
      activity_id='25SP-MLS-210')
def yj29(out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    g = yj29.gold
    d = Document()
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Inches(11), Inches(8.5)
    s.left_margin = s.right_margin = Inches(1)
    s.top_margin, s.bottom_margin = Inches(0.7), Inches(0.5)
    page_border(s, color='4B2E83', val='double', sz='18')
    para = docx_helpers(d)
    purple = RGBColor(0x4B, 0x2E, 0x83)
    para('Ridgemont State University', 26, bold=True, color=purple, font='C059', after=0)
    para('Office of Professional Continuing Education', 12, color=purple, after=18)
    para('Certificate of Completion', 30, italic=True, font='C059', after=10)
    para('This is to certify that', 12.5, italic=True, font='C059', after=4)
    para('PRISCILLA WHITCOMBE-DRAY', 24, bold=True, font='C059', after=6)
    para('has successfully completed the continuing education course', 12.5, italic=True, font='C059', after=4)
    para(g['title'], 19, bold=True, font='C059', after=6)
    para('Offering No. 25SP-MLS-210  •  March 3–7, 2025  •  Ridgemont Health Sciences Building, Room 118', 11, after=8)
    para('Continuing Education Units (CEUs) awarded: 1.2', 13, bold=True, after=8)
    para('The Office of Professional Continuing Education awards CEUs in accordance with IACET criteria; one CEU equals ten '
         'contact hours of instruction. Clinical laboratory personnel may submit CEUs to their certification agency.',
         8.5, color=RGBColor(0x44, 0x44, 0x44), after=18)
    t = d.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sigs = [('Harold Quintana', 'Harold Quintana, PhD', 'Director, Office of Professional Continuing Education'),
            ('Sabine Kruger', 'Sabine Kruger, MS, MLS(ASCP)CM, SH(ASCP)', 'Course Coordinator')]
    for i, (scr, nm, tt) in enumerate(sigs):
        for r_i, (txt, fnt, sz) in enumerate([(scr, 'Z003', 18), ('________________________________', 'Liberation Sans', 10),
                                              (nm + '\n' + tt, 'Liberation Sans', 9.5)]):
            p = t.cell(r_i, i).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.font.name = fnt
            r.font.size = Pt(sz)
            if fnt == 'Z003':
                r.font.color.rgb = RGBColor(0x1b, 0x2a, 0x6b)
    para('Date of Issue: March 14, 2025  •  Learner No. 2025-00733', 8, color=RGBColor(0x77, 0x77, 0x77), before=10)
    engines.docx_pdf(d, out)


# --------------------------------------------------------------------------- yj30
@cert(style='vendor', producer='chromium-html',
      layout=['portrait', 'centred-award', 'format-line', 'presented-by', 'provider-as-company', 'series-header'],
      notes='Vendor educational webinar. "LIVE WEBINAR" is a format line; the "Clinical Education Webinar Series" '
            'header is a series label, not the title. "presented by" speaker is a distractor. Event ID is the '
            'activity id.',
      name='Noor Al-Hakim',
      title='Sepsis Biomarkers in Practice: Procalcitonin, Lactate, and Beyond',
      date='2025-02-26', credits=1.0, unit='contact hour',
      provider=['Aurelian Biosystems'],
      activity_id='AB-WB-0226')
def yj30(out):
    g = yj30.gold
    html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Webinar Certificate</title>
<style>
@page {{ size: 8.5in 11in; margin:0 }}
body {{ margin:0; font-family:'Liberation Sans'; color:#202020 }}
.page {{ width:8.5in; height:11in; box-sizing:border-box; position:relative; background:linear-gradient(160deg,#fff 0,#fff 70%,#eef4f1 100%) }}
.band {{ background:#0e6655; color:#fff; padding:0.45in 0.8in 0.3in }}
.brand {{ font:bold 26pt 'URW Gothic'; letter-spacing:0.02em }}
.series {{ font-size:10.5pt; opacity:0.9; margin-top:3px }}
.body {{ padding:0.5in 0.8in; text-align:center }}
h1 {{ font:normal 30pt 'P052'; margin:0.1in 0 0.25in; color:#0e6655 }}
.i {{ font:italic 12.5pt 'P052'; margin:8px 0 }}
.n {{ font:bold 25pt 'P052'; margin:4px 0 12px }}
.fmt {{ display:inline-block; font-size:10pt; font-weight:bold; color:#fff; background:#c0392b; padding:3px 10px; border-radius:3px; margin:10px 0 8px }}
.t {{ font:bold 18pt 'P052'; line-height:1.3; margin:0 0.2in 10px }}
.m {{ font-size:11.5pt; margin:4px 0 }}
.box {{ margin:22px auto 0; width:4.4in; border:1.5px solid #0e6655; padding:10px; font-size:12pt }}
.stmt {{ font-size:8.5pt; color:#444; margin-top:26px; line-height:1.4 }}
.sig {{ position:absolute; left:0.8in; bottom:1.1in; width:3in; font-size:9pt; text-align:left }} .sig .s {{ font:21pt 'Z003'; color:#1b2a6b }} .sig .l {{ border-top:1px solid #333; padding-top:3px }}
.foot {{ position:absolute; left:0.8in; right:0.8in; bottom:0.45in; font-size:7.5pt; color:#777; text-align:center }}
</style></head><body><div class="page">
<div class="band"><div class="brand">Aurelian Biosystems</div><div class="series">Clinical Education Webinar Series</div></div>
<div class="body">
<h1>Certificate of Attendance</h1>
<div class="i">This certifies that</div>
<div class="n">Noor Al-Hakim</div>
<div class="i">attended the</div>
<div class="fmt">LIVE WEBINAR</div>
<div class="t">{h(g['title'])}</div>
<div class="m">presented by Dana Kessler, PhD, DABCC</div>
<div class="m">Wednesday, 02/26/2025 &nbsp;&middot;&nbsp; 1:00&ndash;2:00 p.m. Eastern</div>
<div class="box">Event ID: AB-WB-0226 &nbsp;&nbsp;|&nbsp;&nbsp; <b>1.0 P.A.C.E.&reg; contact hour</b></div>
<div class="stmt">Aurelian Biosystems is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This program is educational and non-promotional; no product claims are made.</div>
</div>
<div class="sig"><div class="s">Lorna Figueroa</div><div class="l"><b>Lorna Figueroa, MS, MLS(ASCP)<sup>CM</sup></b><br>Manager, Clinical Education Programs</div></div>
<div class="foot">Aurelian Biosystems &middot; 300 Quarry Lake Drive &middot; Columbus, OH 43215 &middot; Attendee email: n.alhakim@example.net &middot; Sent 02/27/2025</div>
</div></body></html>'''
    engines.html_pdf(html, out)


# --------------------------------------------------------------------------- yj31
@cert(style='state-society', producer='reportlab-platypus',
      layout=['landscape', 'centred-award', 'border', 'labels-above-values', 'table', 'conference-session',
              'date-range-distractor', 'hyphenated-name', 'session-number', 'signature-block'],
      notes='State-society fall meeting (October 2-4) session certificate; the session date October 3 is gold. '
            'Session No. | Session Date | Contact Hours labels above values. Provider full name and acronym.',
      name='Dmitri Volkov-Sandoval',
      title='Hemoglobinopathies by HPLC and Capillary Electrophoresis: Interpretation Pitfalls',
      date='2025-10-03', credits=1.5, unit='contact hour',
      provider=['Prairie State Society for Clinical Laboratory Science', 'PSSCLS'],
      activity_id='S-18')
def yj31(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    g = yj31.gold
    W, H = landscape(letter)
    rust = colors.HexColor('#8e3b12')

    def deco(c, doc):
        c.saveState()
        double_border(c, W, H, rust, inset=22, gap=6, w1=3.5)
        corner_flourish(c, W, H, rust, inset=40, size=24)
        seal(c, W / 2, 92, 40, colors.HexColor('#b58b2e'), ('PSSCLS', 'P.A.C.E.\u00ae', 'PROVIDER'), size=7.5)
        c.restoreState()
    ctr = ParagraphStyle('c', fontName='Times-Roman', fontSize=12, leading=15, alignment=TA_CENTER)
    story = [Paragraph('<font name="Helvetica-Bold" size="15" color="#8e3b12">Prairie State Society for Clinical Laboratory Science</font>', ParagraphStyle('o', parent=ctr, leading=19)),
             Paragraph('<font name="Helvetica" size="10" color="#555555">PSSCLS 2025 Fall Meeting &middot; October 2&ndash;4, 2025 &middot; Prairie Capital Convention Center, Springfield, Illinois</font>', ctr),
             Spacer(1, 18),
             Paragraph('<font name="Times-Bold" size="28">Continuing Education Certificate</font>', ParagraphStyle('t', parent=ctr, leading=34)),
             Spacer(1, 10), Paragraph('<i>awarded to</i>', ctr), Spacer(1, 4),
             Paragraph('<font name="Times-Bold" size="23">Dmitri Volkov-Sandoval</font>', ParagraphStyle('n', parent=ctr, leading=28)),
             Spacer(1, 6), Paragraph('<i>for attending the educational session</i>', ctr), Spacer(1, 4),
             Paragraph('<font name="Times-Bold" size="17">%s</font>' % h(g['title']), ParagraphStyle('ti', parent=ctr, leading=21)),
             Spacer(1, 14)]
    t = Table([['SESSION NO.', 'SESSION DATE', 'CONTACT HOURS', 'PRESENTER'],
               ['S-18', 'October 3, 2025', '1.5', 'Anjali Rao, PhD, DABCC']],
              colWidths=[100, 150, 110, 190])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8), ('TEXTCOLOR', (0, 0), (-1, 0), rust),
                           ('FONT', (0, 1), (-1, 1), 'Helvetica', 11), ('ALIGN', (0, 0), (-1, -1), 'CENTER'),
                           ('LINEBELOW', (0, 1), (-1, 1), 0.6, colors.grey), ('BOTTOMPADDING', (0, 0), (-1, 0), 1)]))
    story += [t, Spacer(1, 12),
              Paragraph('<font name="Helvetica" size="8.5" color="#444444">PSSCLS is approved as a provider of continuing education programs in the '
                        'clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. Contact hours are awarded per session; '
                        'retain each session certificate.</font>', ParagraphStyle('s', parent=ctr, leading=11, leftIndent=80, rightIndent=80)),
              Spacer(1, 26)]
    sig = Table([[Paragraph('<font name="Times-Italic" size="17" color="#1b2a6b">Wendell Maddox</font>', ctr), '',
                  Paragraph('<font name="Times-Italic" size="17" color="#1b2a6b">Li Na Forsberg</font>', ctr)],
                 [Paragraph('<font name="Helvetica" size="9">Wendell Maddox, MS, MLS(ASCP)<br/>President, PSSCLS</font>', ParagraphStyle('g', parent=ctr, leading=11)), '',
                  Paragraph('<font name="Helvetica" size="9">Li Na Forsberg, MLS(ASCP)<super>CM</super><br/>Fall Meeting Education Chair</font>', ParagraphStyle('g2', parent=ctr, leading=11))]],
                colWidths=[210, 120, 210])
    sig.setStyle(TableStyle([('LINEABOVE', (0, 1), (0, 1), 0.6, colors.black), ('LINEABOVE', (2, 1), (2, 1), 0.6, colors.black)]))
    story.append(sig)
    doc = SimpleDocTemplate(out, pagesize=(W, H), leftMargin=60, rightMargin=60, topMargin=50, bottomMargin=40,
                            title='PSSCLS Session Certificate', author='PSSCLS')
    doc.build(story, onFirstPage=deco)


# --------------------------------------------------------------------------- yj32
@cert(style='ascp-cmle', producer='acroform-qpdf',
      layout=['portrait', 'form-fields', 'label-value-lines', 'wrapped-title-then-label', 'print-date-distractor',
              'seal'],
      notes='Filled and flattened AcroForm; the course title occupies two form lines and is followed by the '
            '"Course Number" line. Print date field is a distractor.',
      name='Chidinma Eze',
      title='Laboratory Management Essentials: Budgeting, Staffing Models, and Productivity Benchmarks',
      date='2025-06-30', credits=2.0, unit='CMLE',
      provider=['American Society for Clinical Pathology', 'ASCP'],
      activity_id='LM-5102')
def yj32(out):
    W, H = letter
    navy = colors.HexColor('#0b3c6f')
    labels = [('Participant', 'name', H - 280), ('Course Title', 't1', H - 322), ('', 't2', H - 344),
              ('Course Number', 'num', H - 386), ('Date Completed', 'date', H - 422), ('CMLE Credits', 'cmle', H - 458)]

    def draw(c):
        c.setStrokeColor(navy)
        c.setLineWidth(1.2)
        c.rect(36, 36, W - 72, H - 72)
        c.setFillColor(navy)
        c.rect(36, H - 150, W - 72, 114, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('Helvetica-Bold', 34)
        c.drawString(64, H - 100, 'ASCP')
        c.setFont('Helvetica', 12)
        c.drawString(64, H - 122, 'American Society for Clinical Pathology')
        c.setFont('Helvetica', 9)
        c.drawRightString(W - 64, H - 92, '33 West Monroe Street, Suite 1600')
        c.drawRightString(W - 64, H - 105, 'Chicago, IL 60603')
        c.setFillColor(navy)
        c.setFont('Times-Bold', 28)
        c.drawCentredString(W / 2, H - 206, 'Certificate of Completion')
        c.setFillColor(colors.black)
        c.setFont('Times-Italic', 12)
        c.drawCentredString(W / 2, H - 228, 'ASCP eLearning \u2014 Continuing Medical Laboratory Education (CMLE)')
        for lab, key, yy in labels:
            if lab:
                c.setFont('Helvetica-Bold', 10.5)
                c.setFillColor(navy)
                c.drawString(72, yy, lab + ':')
            c.setStrokeColor(colors.HexColor('#9aa9bb'))
            c.setLineWidth(0.5)
            c.line(182, yy - 4, 540, yy - 4)
        c.setFillColor(colors.HexColor('#333333'))
        left_wrapped(c, 'The American Society for Clinical Pathology (ASCP) is approved as a provider of continuing education '
                        'programs in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. ASCP CMLE credits are '
                        'accepted by the ASCP Board of Certification for the Credential Maintenance Program.',
                     72, H - 510, 470, 'Helvetica', 8.5, 11)
        seal(c, W - 140, 170, 46, colors.HexColor('#b8962e'), ('ASCP', 'CMLE', 'CERTIFIED'), size=8)
        signature(c, 72, 150, 210, 'Gideon Ambrose, MS, MLS(ASCP)CM', 'Director, Continuing Education', size=9, seed=9, centre=False)
        c.setFont('Helvetica', 8)
        c.setFillColor(colors.HexColor('#666666'))
        c.drawString(72, 66, 'Print date:')
    fields = [dict(name=k, x=186, y=yy - 4, w=355, h=18, font='Times-Bold' if k == 'name' else 'Helvetica',
                   size=14 if k == 'name' else 11) for _, k, yy in labels]
    fields.append(dict(name='printed', x=118, y=62, w=120, h=14, font='Helvetica', size=8, color=colors.HexColor('#666666')))
    values = dict(name='Chidinma Eze, MLS(ASCP)CM', t1='Laboratory Management Essentials: Budgeting, Staffing',
                  t2='Models, and Productivity Benchmarks', num='LM-5102', date='06/30/2025', cmle='2.0',
                  printed='07/02/2025')
    engines.acroform_pdf(draw, fields, values, out, letter)


# --------------------------------------------------------------------------- yj33
@cert(style='joint-cme', producer='ghostscript-ps',
      layout=['portrait', 'centred-award', 'border', 'caps-name', 'hyphenated-name', 'format-line',
              'multi-credit', 'credit-table', 'joint-accreditation-statement', 'release-expiry-distractors'],
      notes='Children\'s hospital enduring material: "Enduring Material" is a format line. Credit table: AMA PRA '
            '1.25, ANCC 1.25 contact hours, ACPE 1.25 contact hours (0.125 CEU) are distractors; P.A.C.E. 1.0 '
            'contact hour is gold. Release/expiration dates and UAN are distractors. ALL-CAPS name.',
      name='HIROSHI TANAKA-WELLS',
      title='Neonatal Alloimmune Thrombocytopenia: Laboratory Diagnosis and Transfusion Support',
      date='2025-09-19', credits=1.0, unit='contact hour',
      provider=["Cedar Hollow Children's Hospital"],
      activity_id='25-0912-EM')
def yj33(out):
    S = engines.ps_str
    ps = f'''
<< /PageSize [612 792] >> setpagedevice
0.05 0.4 0.45 setrgbcolor 3 setlinewidth 30 30 552 732 BOX 1 setlinewidth 38 38 536 716 BOX
/NewCenturySchlbk-Bold 21 F {S("Cedar Hollow Children's Hospital")} 306 712 C
/Helvetica 9.5 F 0.3 setgray {S('4100 Larkspur Boulevard · Cedar Hollow, OR 97034 · (503) 555-0126')} 306 696 C
0.05 0.4 0.45 setrgbcolor 90 684 522 684 HL
/NewCenturySchlbk-Roman 28 F {S('Certificate of Completion')} 306 640 C
0 setgray /NewCenturySchlbk-Italic 12.5 F {S('This is to certify that')} 306 606 C
/NewCenturySchlbk-Bold 22 F {S('HIROSHI TANAKA-WELLS')} 306 576 C
/NewCenturySchlbk-Italic 12.5 F {S('has completed the')} 306 548 C
/Helvetica-Bold 10 F 0.05 0.4 0.45 setrgbcolor {S('ENDURING MATERIAL')} 306 528 C 0 setgray
/NewCenturySchlbk-Bold 15 F {S('Neonatal Alloimmune Thrombocytopenia: Laboratory Diagnosis')} 306 506 C
{S('and Transfusion Support')} 306 488 C
/NewCenturySchlbk-Roman 11.5 F {S('Activity No. 25-0912-EM   ·   Date Completed: September 19, 2025')} 306 462 C
/Helvetica 8.5 F 0.3 setgray {S('Release date: 01/15/2025   ·   Expiration date: 01/14/2028')} 306 446 C
0 setgray
/Helvetica-Bold 9.5 F (Credit type) 120 416 L (Amount) 430 416 L
0.5 setlinewidth 116 410 496 410 HL
/Helvetica 9.5 F
{S('AMA PRA Category 1 Credits™ (maximum)')} 120 396 L (1.25) 430 396 L
{S('ANCC nursing contact hours')} 120 380 L (1.25) 430 380 L
{S('ACPE contact hours (0.125 CEU), knowledge-based')} 120 364 L (1.25) 430 364 L
/Helvetica-Bold 9.5 F {S('ASCLS P.A.C.E.® contact hours (laboratory)')} 120 348 L (1.0) 430 348 L
/Helvetica 9.5 F 116 340 496 340 HL
/Helvetica 7.8 F 0.25 setgray
{S("In support of improving patient care, Cedar Hollow Children's Hospital is jointly accredited by the Accreditation Council for")} 306 312 C
{S('Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses')} 306 302 C
{S("Credentialing Center (ANCC), to provide continuing education for the healthcare team. Cedar Hollow Children's Hospital")} 306 292 C
{S('designates this enduring material for a maximum of 1.25 AMA PRA Category 1 Credits™. Physicians should claim only the credit')} 306 282 C
{S("commensurate with the extent of their participation in the activity. Cedar Hollow Children's Hospital is approved as a provider of")} 306 272 C
{S('continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. UAN: JA4008-0000-25-112-H01-P.')} 306 262 C
0 setgray 0.5 setlinewidth 200 168 412 168 HL
0.1 0.16 0.42 setrgbcolor /ZapfChancery-MediumItalic 20 F {S('Imogen Castellano')} 306 174 C 0 setgray
/Helvetica-Bold 9 F {S('Imogen Castellano, MD')} 306 154 C
/Helvetica 8.5 F {S('Medical Director, Continuing Education')} 306 142 C
/Helvetica 7 F 0.45 setgray {S('Learner No. 004-7781 · Transcript available at learn.cedarhollow-example.org')} 306 56 C
showpage
'''
    engines.ps_pdf(ps, out, title='Enduring material certificate')


# --------------------------------------------------------------------------- yj34
@cert(style='public-health-lab', producer='reportlab-canvas',
      layout=['portrait', 'two-page', 'letterhead', 'section-provider', 'agenda-page', 'expiry-date-distractor',
              'accented-name', 'signature-block'],
      notes='Public health laboratory training section: provider = laboratory alone and "Laboratory, Section". '
            'Class No. is the activity id. Page 2 is the agenda with session times; the "valid through" '
            'recertification date is a distractor.',
      name='Benedikt Strauß',
      title='Packaging and Shipping of Division 6.2 Infectious Substances',
      date='2025-05-06', credits=4.0, unit='contact hour',
      provider=['Blue Ridge Regional Public Health Laboratory',
                'Blue Ridge Regional Public Health Laboratory, Training and Outreach Section'],
      activity_id='PS-2025-07')
def yj34(out):
    g = yj34.gold
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle('Training Certificate - Blue Ridge Regional PHL')
    blue = colors.HexColor('#1f4e79')
    # page 1
    c.setFillColor(blue)
    c.rect(0, H - 110, W, 110, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 18)
    c.drawString(54, H - 56, 'Blue Ridge Regional Public Health Laboratory')
    c.setFont('Helvetica', 11)
    c.drawString(54, H - 74, 'Training and Outreach Section')
    c.setFont('Helvetica', 8.5)
    c.drawString(54, H - 92, '1620 Laurel Gap Road  \u00b7  Roanoke, VA 24012  \u00b7  (540) 555-0148')
    c.setStrokeColor(blue)
    c.setLineWidth(1.5)
    c.rect(48, 60, W - 96, H - 200)
    c.setFillColor(blue)
    c.setFont('Times-Bold', 30)
    c.drawCentredString(W / 2, H - 180, 'Certificate of Training')
    c.setFillColor(colors.black)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 220, 'This is to certify that')
    c.setFont('Times-Bold', 25)
    c.drawCentredString(W / 2, H - 254, 'Benedikt Strau\u00df')
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 284, 'successfully completed the instructor-led course')
    y = centred_wrapped(c, g['title'], W / 2, H - 314, 430, 'Times-Bold', 18, 22)
    c.setFont('Times-Roman', 12.5)
    c.drawCentredString(W / 2, y - 2, 'Class No. PS-2025-07  \u00b7  May 6, 2025  \u00b7  Roanoke Training Room B')
    c.drawCentredString(W / 2, y - 20, 'Continuing education: 4.0 contact hours')
    c.setFont('Helvetica', 8.5)
    c.setFillColor(colors.HexColor('#333333'))
    centred_wrapped(c, 'This course addresses the training requirements of 49 CFR 172.704 and IATA Dangerous Goods Regulations '
                       'section 1.5 for shippers of Category A (UN2814/UN2900) and Category B (UN3373) infectious substances. '
                       'The Blue Ridge Regional Public Health Laboratory is approved as a provider of continuing education programs '
                       'in the clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', W / 2, y - 56, 440, 'Helvetica', 8.5, 11)
    c.setFillColor(colors.black)
    signature(c, 90, 170, 190, 'Celeste Akinyemi, MPH, M(ASCP)', 'Training Coordinator', size=9, seed=10)
    signature(c, W - 280, 170, 190, 'Gordon Whitlock, PhD, HCLD(ABB)', 'Laboratory Director', size=9, seed=11)
    c.setFont('Helvetica', 8)
    c.setFillColor(colors.HexColor('#555555'))
    c.drawCentredString(W / 2, 96, 'Shipper training valid through May 6, 2027 (recertify every 24 months).')
    c.drawCentredString(W / 2, 84, 'Page 1 of 2')
    c.showPage()
    # page 2
    c.setFillColor(blue)
    c.setFont('Helvetica-Bold', 14)
    c.drawString(60, H - 72, 'Course Agenda and Record of Attendance')
    c.setStrokeColor(blue)
    c.line(60, H - 80, W - 60, H - 80)
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 10)
    c.drawString(60, H - 102, 'Participant: Benedikt Strau\u00df      Class No. PS-2025-07      Date: May 6, 2025')
    rows = [('8:30 \u2013 9:15', 'Regulatory overview: DOT, IATA, and USPS requirements'),
            ('9:15 \u2013 10:00', 'Classification: Category A vs. Category B; exempt specimens'),
            ('10:15 \u2013 11:00', 'Triple packaging systems and marking/labeling'),
            ('11:00 \u2013 11:45', 'Shipper\u2019s Declaration and documentation; dry ice (UN1845)'),
            ('11:45 \u2013 12:30', 'Hands-on packaging exercise and written assessment')]
    yy = H - 136
    c.setFont('Helvetica-Bold', 10)
    c.drawString(60, yy, 'Time')
    c.drawString(170, yy, 'Topic')
    c.line(60, yy - 5, W - 60, yy - 5)
    c.setFont('Helvetica', 10)
    for tm, tp in rows:
        yy -= 20
        c.drawString(60, yy, tm)
        c.drawString(170, yy, tp)
    yy -= 34
    c.drawString(60, yy, 'Written assessment: passed (score 92%).   Hands-on packaging: satisfactory.')
    c.drawString(60, yy - 16, 'Instructors: Celeste Akinyemi, MPH, M(ASCP); Raymond Oduro, BS, MLS(ASCP).')
    c.setFont('Helvetica', 8)
    c.setFillColor(colors.HexColor('#555555'))
    c.drawCentredString(W / 2, 84, 'Page 2 of 2')
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- yj35
@cert(style='clsi', producer='acroform-qpdf',
      layout=['landscape', 'form-fields', 'label-value-lines', 'format-field', 'accented-name'],
      notes='Filled and flattened AcroForm. The delivery format ("Live Virtual Session") is its own labelled '
            'field, not part of the title. Course ID is the activity id; order number is a distractor.',
      name='Rafael Domínguez Ibarra',
      title='Quality Management System Essentials: Managing Nonconforming Events',
      date='2025-12-02', credits=1.5, unit='contact hour',
      provider=['Clinical and Laboratory Standards Institute', 'CLSI'],
      activity_id='QMS-NCE-07')
def yj35(out):
    W, H = landscape(letter)
    blue = colors.HexColor('#005a9c')
    rows = [('Participant', 'name'), ('Course', 'course'), ('Format', 'fmt'), ('Course ID', 'cid'),
            ('Date of Completion', 'date'), ('P.A.C.E.\u00ae Contact Hours', 'hours'), ('Order No.', 'order')]

    def draw(c):
        double_border(c, W, H, blue, inset=24, gap=6, w1=3)
        c.setFillColor(blue)
        c.setFont('Helvetica-Bold', 36)
        c.drawCentredString(W / 2, H - 92, 'CLSI')
        c.setFont('Helvetica', 12)
        c.drawCentredString(W / 2, H - 110, 'Clinical and Laboratory Standards Institute')
        c.setFont('Times-Bold', 28)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, H - 158, 'Certificate of Completion')
        y = H - 205
        for lab, key in rows:
            c.setFont('Helvetica-Bold', 10.5)
            c.setFillColor(blue)
            c.drawRightString(260, y, lab + ':')
            c.setStrokeColor(colors.HexColor('#a8b8c8'))
            c.setLineWidth(0.5)
            c.line(270, y - 4, 640, y - 4)
            y -= 32
        c.setFillColor(colors.HexColor('#333333'))
        centred_wrapped(c, 'CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by '
                           'the ASCLS P.A.C.E.\u00ae Program. Credit is awarded to participants who complete the session and the '
                           'evaluation.', W / 2, 110, 560, 'Helvetica', 8.5, 11)
        c.setFont('Helvetica', 7)
        c.setFillColor(colors.HexColor('#777777'))
        c.drawCentredString(W / 2, 50, 'Clinical and Laboratory Standards Institute \u00b7 950 West Valley Road, Suite 2500 \u00b7 Wayne, PA 19087')
    fields = []
    y = H - 205
    for lab, key in rows:
        fields.append(dict(name=key, x=274, y=y - 4, w=370, h=18, font='Times-Bold' if key == 'name' else 'Helvetica',
                           size=14 if key == 'name' else 11))
        y -= 32
    values = dict(name='Rafael Domínguez Ibarra', course='Quality Management System Essentials: Managing Nonconforming Events',
                  fmt='Live Virtual Session', cid='QMS-NCE-07', date='December 2, 2025', hours='1.5', order='1192457')
    engines.acroform_pdf(draw, fields, values, out, (W, H))


# --------------------------------------------------------------------------- yj36
@cert(style='labce', producer='reportlab-platypus',
      layout=['portrait', 'table', 'course-table', 'labels-above-values', 'hyphenated-name', 'apostrophe-name'],
      notes='Small course table: a full-width COURSE header over the title, then Course # | Date Completed | '
            'P.A.C.E. Hours labels above their values. Florida hours equal the P.A.C.E. figure. Customer ID and '
            'generation timestamp are distractors.',
      name="Brigid O'Sullivan-Park",
      title='Antibody Identification: Rule-Outs, Selected Cells, and Enhancement Techniques',
      date='2025-10-07', credits=1.0, unit='contact hour',
      provider=['LabCE'],
      activity_id='1458')
def yj36(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    g = yj36.gold
    W, H = letter
    teal = colors.HexColor('#007a87')

    def deco(c, doc):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, H - 96, W, 96, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('Helvetica-Bold', 30)
        c.drawString(60, H - 60, 'LabCE')
        c.setFont('Helvetica', 9.5)
        c.drawRightString(W - 60, H - 50, 'Continuing Education Certificate')
        c.drawRightString(W - 60, H - 64, 'www.labce.com')
        c.setStrokeColor(teal)
        c.setLineWidth(1)
        c.rect(40, 40, W - 80, H - 150)
        c.setFont('Helvetica', 7.5)
        c.setFillColor(colors.HexColor('#777777'))
        c.drawCentredString(W / 2, 50, 'Customer ID LC-5502381  \u00b7  Certificate generated 10/07/2025 21:14 CT')
        c.restoreState()
    ctr = ParagraphStyle('c', fontName='Times-Roman', fontSize=12, leading=16, alignment=TA_CENTER)
    cell = ParagraphStyle('cell', fontName='Helvetica', fontSize=10.5, leading=13, alignment=TA_LEFT)
    story = [Spacer(1, 30),
             Paragraph('<font name="Times-Bold" size="28">Certificate of Completion</font>', ParagraphStyle('t', parent=ctr, leading=34)),
             Spacer(1, 18), Paragraph('<i>This certifies that</i>', ctr), Spacer(1, 6),
             Paragraph('<font name="Times-Bold" size="24">Brigid O\'Sullivan-Park</font>', ParagraphStyle('n', parent=ctr, leading=30)),
             Spacer(1, 6), Paragraph('<i>has successfully completed the following LabCE course:</i>', ctr), Spacer(1, 18)]
    hdr = ParagraphStyle('hd', fontName='Helvetica-Bold', fontSize=8.5, leading=10, textColor=colors.white)
    data = [[Paragraph('COURSE', hdr), '', ''],
            [Paragraph('<b>%s</b>' % h(g['title']), cell), '', ''],
            [Paragraph('COURSE #', hdr), Paragraph('DATE COMPLETED', hdr), Paragraph('P.A.C.E.\u00ae HOURS', hdr)],
            [Paragraph('1458', cell), Paragraph('10/07/2025', cell), Paragraph('1.0', cell)]]
    t = Table(data, colWidths=[150, 160, 160])
    t.setStyle(TableStyle([('SPAN', (0, 0), (-1, 0)), ('SPAN', (0, 1), (-1, 1)),
                           ('BACKGROUND', (0, 0), (-1, 0), teal), ('BACKGROUND', (0, 2), (-1, 2), teal),
                           ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#9cc7cc')),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('TOPPADDING', (0, 1), (-1, 1), 7), ('BOTTOMPADDING', (0, 1), (-1, 1), 7),
                           ('TOPPADDING', (0, 3), (-1, 3), 6), ('BOTTOMPADDING', (0, 3), (-1, 3), 6)]))
    story += [t, Spacer(1, 16),
              Paragraph('Subject area: Immunohematology (Blood Banking) &nbsp;&middot;&nbsp; Level: Intermediate &nbsp;&middot;&nbsp; '
                        'Florida: 1.0 hour, Immunohematology', ParagraphStyle('m', parent=ctr, fontName='Helvetica', fontSize=9.5)),
              Spacer(1, 20),
              Paragraph('<font name="Helvetica" size="8.5" color="#444444">LabCE is approved as a provider of continuing education programs in the '
                        'clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This course is approved for 1.0 P.A.C.E.&reg; contact hour. '
                        'LabCE is an approved provider of continuing education for the Florida Board of Clinical Laboratory Personnel.</font>',
                        ParagraphStyle('s', parent=ctr, leading=11, leftIndent=20, rightIndent=20)),
              Spacer(1, 60),
              Paragraph('<font name="Times-Italic" size="18" color="#1b2a6b">Hollis Brennan</font>', ctr),
              Paragraph('<font name="Helvetica" size="9">______________________________<br/>Hollis Brennan, MS, MLS(ASCP)<br/>Continuing Education Coordinator</font>',
                        ParagraphStyle('g', parent=ctr, leading=12))]
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=70, rightMargin=70, topMargin=110, bottomMargin=60,
                            title='LabCE Certificate', author='LabCE')
    doc.build(story, onFirstPage=deco)


# --------------------------------------------------------------------------- yj37
@cert(style='hospital-inservice', producer='fpdf',
      layout=['landscape', 'centred-award', 'border', 'series-name-in-title', 'suffix-name', 'credentials-after-name',
              'presented-by', 'council-provider', 'no-activity-id', 'signature-block'],
      notes='Hospital grand rounds in-service; "Grand Rounds:" before the colon is part of the title. Provider is '
            'the hospital\'s Clinical Laboratory Education Council (institution alone + "Institution, Council"). '
            'Name with Sr. and MT(ASCP). Presenter and employee number are distractors. No activity number.',
      name='Leonard Pettiford Sr.',
      title='Grand Rounds: Diagnostic Stewardship for Urine Cultures',
      date='2025-03-19', credits=1.0, unit='CE hour',
      provider=['Holloway Creek Medical Center', 'Holloway Creek Medical Center, Clinical Laboratory Education Council'],
      activity_id=None)
def yj37(out):
    g = yj37.gold
    P = engines.php_str
    code = f'''
$pdf = new FPDF('L','pt','Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('In-service certificate');
$pdf->AddPage();
$pdf->SetDrawColor(20,80,120); $pdf->SetLineWidth(6); $pdf->Rect(24,24,744,564);
$pdf->SetDrawColor(190,150,60); $pdf->SetLineWidth(1.5); $pdf->Rect(36,36,720,540);
$pdf->SetTextColor(20,80,120);
$pdf->SetFont('Times','B',20); $pdf->SetXY(36,62); $pdf->Cell(720,22,'Holloway Creek Medical Center',0,1,'C');
$pdf->SetFont('Helvetica','',11); $pdf->SetXY(36,86); $pdf->Cell(720,14,'Clinical Laboratory Education Council',0,1,'C');
$pdf->SetTextColor(25,25,25);
$pdf->SetFont('Times','',32); $pdf->SetXY(36,128); $pdf->Cell(720,36,'Certificate of Attendance',0,1,'C');
$pdf->SetFont('Times','I',13); $pdf->SetXY(36,180); $pdf->Cell(720,16,'is presented to',0,1,'C');
$pdf->SetFont('Times','B',25); $pdf->SetXY(36,204); $pdf->Cell(720,30,w('Leonard Pettiford Sr., MT(ASCP)'),0,1,'C');
$pdf->SetFont('Times','I',13); $pdf->SetXY(36,246); $pdf->Cell(720,16,'for attending',0,1,'C');
$pdf->SetFont('Times','B',20); $pdf->SetXY(36,270); $pdf->Cell(720,24,w({P(g['title'])}),0,1,'C');
$pdf->SetFont('Times','',12.5);
$pdf->SetXY(36,302); $pdf->Cell(720,16,w('presented by Anjali Deshmukh, MD, Medical Director of Microbiology'),0,1,'C');
$pdf->SetXY(36,320); $pdf->Cell(720,16,w('Wednesday, 03/19/2025  ·  12:00-1:00 p.m.  ·  Conference Room 4A'),0,1,'C');
$pdf->SetFont('Times','B',13.5); $pdf->SetXY(36,348); $pdf->Cell(720,18,'Continuing education awarded: 1.0 CE hour',0,1,'C');
$pdf->SetFont('Helvetica','',8.5); $pdf->SetTextColor(70,70,70); $pdf->SetXY(110,380);
$pdf->MultiCell(572,11,w('This in-service was planned and approved by the Clinical Laboratory Education Council of Holloway Creek Medical Center for laboratory staff continuing education. Attendance was verified by sign-in sheet.'),0,'C');
$pdf->SetDrawColor(40,40,40); $pdf->SetLineWidth(0.6); $pdf->Line(120,500,330,500); $pdf->Line(462,500,672,500);
$pdf->SetFont('Times','I',18); $pdf->SetTextColor(27,42,107);
$pdf->SetXY(120,477); $pdf->Cell(210,20,'Gwendolyn Price',0,0,'C'); $pdf->SetXY(462,477); $pdf->Cell(210,20,'Tobias Lindgren',0,0,'C');
$pdf->SetFont('Helvetica','',8.5); $pdf->SetTextColor(25,25,25);
$pdf->SetXY(120,504); $pdf->MultiCell(210,10.5,w("Gwendolyn Price, MS, MLS(ASCP)CM\\nChair, Clinical Laboratory Education Council"),0,'C');
$pdf->SetXY(462,504); $pdf->MultiCell(210,10.5,w("Tobias Lindgren, MD\\nLaboratory Medical Director"),0,'C');
$pdf->SetFont('Helvetica','',7); $pdf->SetTextColor(120,120,120);
$pdf->SetXY(36,556); $pdf->Cell(720,10,w('Employee No. 018842  ·  Issued 03/24/2025  ·  Holloway Creek Medical Center, 900 Creekside Drive, Holloway, TN 37388'),0,0,'C');
$pdf->Output('F',$OUT);
'''
    engines.php_pdf(code, out, 'fpdf')


# --------------------------------------------------------------------------- yj38
@cert(style='ascls', producer='fpdf',
      layout=['portrait', 'two-column-label-value', 'format-line', 'program-no-without-colon', 'accented-name',
              'wrapped-title'],
      notes='ASCLS own on-demand webinar. "On-Demand Webinar" is a format line above the wrapped title. '
            'Program No. without colon is the activity id. Member number and print date are distractors.',
      name='Ana Lúcia Pereira',
      title='Professional Advocacy for Laboratory Practitioners: Licensure, Scope of Practice, and Workforce Shortages',
      date='2025-11-21', credits=1.0, unit='contact hour',
      provider=['American Society for Clinical Laboratory Science', 'ASCLS'],
      activity_id='101-225-25')
def yj38(out):
    g = yj38.gold
    P = engines.php_str
    code = f'''
$pdf = new FPDF('P','pt','Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('ASCLS Certificate');
$pdf->AddPage();
$pdf->SetDrawColor(0,70,127); $pdf->SetLineWidth(2); $pdf->Rect(32,32,548,728);
$pdf->SetFillColor(0,70,127); $pdf->Rect(32,32,548,8,'F');
$pdf->SetTextColor(0,70,127);
$pdf->SetFont('Helvetica','B',30); $pdf->SetXY(32,66); $pdf->Cell(548,32,'ASCLS',0,1,'C');
$pdf->SetFont('Helvetica','',11.5); $pdf->SetXY(32,100); $pdf->Cell(548,14,'American Society for Clinical Laboratory Science',0,1,'C');
$pdf->SetTextColor(25,25,25);
$pdf->SetFont('Times','B',27); $pdf->SetXY(32,150); $pdf->Cell(548,30,'Certificate of Completion',0,1,'C');
$pdf->SetFont('Times','I',12); $pdf->SetXY(32,188); $pdf->Cell(548,14,'The individual named below has completed the',0,1,'C');
$pdf->SetFont('Helvetica','B',10.5); $pdf->SetTextColor(0,70,127); $pdf->SetXY(32,210); $pdf->Cell(548,13,'On-Demand Webinar',0,1,'C');
$pdf->SetTextColor(25,25,25); $pdf->SetFont('Times','B',16); $pdf->SetXY(86,228); $pdf->MultiCell(440,20,w({P(g['title'])}),0,'C');
$rows = array(array('Participant','Ana Lúcia Pereira, MLS(ASCP)CM'),array('ASCLS Member No.','3011946'),array('Date completed','11/21/2025'),
              array('Program No.','101-225-25'),array('P.A.C.E. contact hours','1.0'),array('Level','Basic'),array('Category','Management / Professional Issues'));
$y=310;
foreach($rows as $r){{ $pdf->SetFillColor(232,239,246); $pdf->SetFont('Helvetica','B',10.5); $pdf->SetTextColor(0,70,127); $pdf->SetXY(96,$y); $pdf->Cell(150,22,w($r[0]),'B',0,'L',true);
  $pdf->SetFont('Helvetica','',11); $pdf->SetTextColor(25,25,25); $pdf->SetXY(246,$y); $pdf->Cell(270,22,w($r[1]),'B',0,'L'); $y+=24; }}
$pdf->SetFont('Helvetica','',8.5); $pdf->SetTextColor(70,70,70); $pdf->SetXY(96,$y+18);
$pdf->MultiCell(420,11,w('ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This recording remains available to members through December 31, 2026.'),0,'C');
$pdf->SetDrawColor(40,40,40); $pdf->SetLineWidth(0.6); $pdf->Line(206,660,406,660);
$pdf->SetFont('Times','I',18); $pdf->SetTextColor(27,42,107); $pdf->SetXY(206,636); $pdf->Cell(200,20,'Denise Karlsson',0,0,'C');
$pdf->SetFont('Helvetica','',8.5); $pdf->SetTextColor(25,25,25); $pdf->SetXY(206,664); $pdf->MultiCell(200,10.5,w("Denise Karlsson, MS, MLS(ASCP)CM\\nChair, Education and Scientific Assembly"),0,'C');
$pdf->SetFont('Helvetica','',7); $pdf->SetTextColor(120,120,120); $pdf->SetXY(32,732); $pdf->Cell(548,10,'Printed 11/24/2025  |  ascls-example.org/learning',0,0,'C');
$pdf->Output('F',$OUT);
'''
    engines.php_pdf(code, out, 'fpdf')


# --------------------------------------------------------------------------- yj39
@cert(style='pace-provider', producer='libreoffice-fodt',
      layout=['landscape', 'centred-award', 'border', 'issuer-line-below-heading', 'provider-with-for-and',
              'format-line', 'signature-block'],
      notes='Provider with "for" and "and" in its name, printed only as an issuer line under "Certificate of '
            'Completion" and in the P.A.C.E. statement (plus the acronym CLLA). "Self-Study" format line. Date '
            'printed "22 July 2025".',
      name='Thandiwe Mokoena',
      title='Coagulation Testing: Mixing Studies, Lupus Anticoagulant, and Factor Assays',
      date='2025-07-22', credits=1.5, unit='contact hour',
      provider=['Center for Laboratory Learning and Advancement', 'CLLA'],
      activity_id='CLLA-COAG-115')
def yj39(out):
    g = yj39.gold
    styles = (pstyle('H1', 38, 'P052', color='#2d3e50', before='0.45in', after='0.04in') +
              pstyle('Iss', 12, 'URW Gothic', color='#8a6d1f', after='0.28in') +
              pstyle('I', 13, 'P052', italic=True, after='0.1in') +
              pstyle('N', 32, 'Z003', after='0.16in') +
              pstyle('Fmt', 10.5, 'Liberation Sans', bold=True, color='#8a6d1f', before='0.04in', after='0.02in') +
              pstyle('T', 19, 'P052', bold=True, after='0.2in') +
              pstyle('M', 12, 'Liberation Serif', after='0.03in') +
              pstyle('Small', 8.5, 'Liberation Sans', color='#444444', before='0.18in') +
              pstyle('SigS', 20, 'Z003', color='#1b2a6b', before='0.6in', after='0in') +
              pstyle('Sig', 9.5, 'Liberation Sans', after='0in'))
    body = FODT_FONTS + f'''<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="11in" fo:page-height="8.5in" style:print-orientation="landscape"
 fo:margin-top="0.4in" fo:margin-bottom="0.4in" fo:margin-left="0.4in" fo:margin-right="0.4in" fo:border="6pt ridge #8a6d1f" fo:padding="0.3in" fo:background-color="#fdfbf5"/></style:page-layout>
{styles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="H1">Certificate of Completion</text:p>
<text:p text:style-name="Iss">issued by the Center for Laboratory Learning and Advancement (CLLA)</text:p>
<text:p text:style-name="I">This certifies that</text:p>
<text:p text:style-name="N">Thandiwe Mokoena</text:p>
<text:p text:style-name="I">has completed the continuing education course</text:p>
<text:p text:style-name="Fmt">Self-Study</text:p>
<text:p text:style-name="T">{x(g['title'])}</text:p>
<text:p text:style-name="M">Course No. CLLA-COAG-115 · Completed 22 July 2025 · 1.5 contact hours</text:p>
<text:p text:style-name="Small">The Center for Laboratory Learning and Advancement is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</text:p>
<text:p text:style-name="SigS">Marguerite Oyelaran</text:p>
<text:p text:style-name="Sig">______________________________</text:p>
<text:p text:style-name="Sig">Marguerite Oyelaran, PhD, MLS(ASCP)SH — Executive Director</text:p>
</office:text></office:body>'''
    engines.fodt_pdf(body, out)


# --------------------------------------------------------------------------- yj40
@cert(style='adlm', producer='docx-libreoffice',
      layout=['landscape', 'centred-award', 'border', 'meeting-attendance', 'date-range', 'claimed-vs-maximum',
              'multi-credit', 'credit-table', 'credentials-after-name', 'hyphenated-name', 'signature-block'],
      notes='Meeting attendance (no session title): title is the meeting name, date is the last day of April '
            '23-25. ACCENT contact hours claimed 11.5 (gold) vs maximum 15.0; AMA PRA maximum is a distractor. '
            'Registration number is a distractor. No activity id.',
      name='Mohammed Al-Rashidi',
      title='ADLM Laboratory Stewardship Summit 2025',
      date='2025-04-25', credits=11.5, unit='contact hour',
      provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'],
      activity_id=None)
def yj40(out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    g = yj40.gold
    d = Document()
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Inches(11), Inches(8.5)
    s.left_margin = s.right_margin = Inches(0.9)
    s.top_margin, s.bottom_margin = Inches(0.6), Inches(0.5)
    page_border(s, color='124572', val='thickThinSmallGap', sz='24')
    para = docx_helpers(d)
    navy = RGBColor(0x12, 0x45, 0x72)
    para('ADLM', 30, bold=True, color=navy, after=0)
    para('Association for Diagnostics & Laboratory Medicine', 11.5, color=navy, after=14)
    para('Certificate of Attendance', 30, font='P052', after=8)
    para('This is to certify that', 12.5, italic=True, font='P052', after=2)
    para('Mohammed Al-Rashidi, PhD, DABCC', 24, bold=True, font='P052', after=4)
    para('attended the', 12.5, italic=True, font='P052', after=2)
    para(g['title'], 20, bold=True, font='P052', after=2)
    para('April 23–25, 2025  •  Colorado Convention Center  •  Denver, Colorado', 11, after=12)
    t = d.add_table(rows=3, cols=3)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, wd in enumerate([Inches(2.8), Inches(1.6), Inches(1.2)]):
        t.columns[j].width = wd
    data = [('Credit type', 'Maximum available', 'Claimed'),
            ('ACCENT® contact hours', '15.0', '11.5'),
            ('AMA PRA Category 1 Credits™', '15.0', '—')]
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = [Inches(2.8), Inches(1.6), Inches(1.2)][j]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if j else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(val)
            r.font.size = Pt(10)
            r.font.name = 'Liberation Sans'
            r.font.bold = (i == 0)
            if i == 0:
                shade(cell, 'DCE6F0')
    para('ADLM is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical '
         'education for physicians and designates this live activity for a maximum of 15.0 AMA PRA Category 1 Credits™. '
         'ADLM designates this activity for up to 15.0 ACCENT® contact hours of continuing education for laboratory professionals; '
         'participants claim credit commensurate with sessions attended.', 8, color=RGBColor(0x44, 0x44, 0x44), before=10, after=14)
    t2 = d.add_table(rows=3, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    sigs = [('Lena Vasquez-Orr', 'Lena Vasquez-Orr, PhD, DABCC', 'Chair, Education Core Committee'),
            ('Samuel Adeyemi', 'Samuel Adeyemi, MBA', 'Senior Director, Learning & Certification')]
    for i, (scr, nm, tt) in enumerate(sigs):
        for r_i, (txt, fnt, sz) in enumerate([(scr, 'Z003', 17), ('______________________________', 'Liberation Sans', 10),
                                              (nm + '\n' + tt, 'Liberation Sans', 9)]):
            p = t2.cell(r_i, i).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.font.name = fnt
            r.font.size = Pt(sz)
            if fnt == 'Z003':
                r.font.color.rgb = RGBColor(0x1b, 0x2a, 0x6b)
    para('Registration No. 30481  •  Certificate generated May 9, 2025', 7.5, color=RGBColor(0x77, 0x77, 0x77), before=8)
    engines.docx_pdf(d, out)
