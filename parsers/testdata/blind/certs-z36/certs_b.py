"""Certificates yj15-yj27."""
from html import escape as h

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfgen import canvas

import engines
from registry import cert
from rlkit import (double_border, corner_flourish, seal, signature, centred_wrapped,
                   left_wrapped, spaced, stringWidth)
from certs_a import x


def docx_helpers(d):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    def para(text, size, bold=False, italic=False, color=None, font='Liberation Sans', after=4,
             before=0, align=WD_ALIGN_PARAGRAPH.CENTER):
        p = d.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(before)
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.italic = italic
        r.font.name = font
        if color:
            r.font.color.rgb = color
        return p
    return para


def shade(cell, hexcolor):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd')
    sh.set(qn('w:val'), 'clear')
    sh.set(qn('w:color'), 'auto')
    sh.set(qn('w:fill'), hexcolor)
    tcPr.append(sh)


def page_border(section, color='1F3A5F', val='double', sz='12'):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    pb = OxmlElement('w:pgBorders')
    pb.set(qn('w:offsetFrom'), 'page')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), val)
        e.set(qn('w:sz'), sz)
        e.set(qn('w:space'), '24')
        e.set(qn('w:color'), color)
        pb.append(e)
    section._sectPr.append(pb)


FODT_FONTS = '''<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
<style:font-face style:name="P052" svg:font-family="P052"/>
<style:font-face style:name="C059" svg:font-family="C059"/>
<style:font-face style:name="Z003" svg:font-family="Z003"/>
<style:font-face style:name="URW Gothic" svg:font-family="'URW Gothic'"/>
</office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
</office:styles>
'''


def pstyle(name, size, font='Liberation Sans', align='center', bold=False, italic=False, color='#000000',
           before='0in', after='0.04in', extra=''):
    return (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties fo:text-align="{align}" '
            f'fo:margin-top="{before}" fo:margin-bottom="{after}" {extra}/><style:text-properties style:font-name="{font}" '
            f'fo:font-size="{size}pt" fo:color="{color}"' + (' fo:font-weight="bold"' if bold else '') +
            (' fo:font-style="italic"' if italic else '') + '/></style:style>\n')


# --------------------------------------------------------------------------- yj15
@cert(style='joint-cme', producer='fpdf',
      layout=['portrait', 'letterhead', 'office-provider', 'wrapped-title-then-label', 'series-name-in-title',
              'multi-credit', 'joint-accreditation-statement', 'credentials-after-name', 'hyphenated-name',
              'signature-block'],
      notes='Joint-accreditation CME office of a school of medicine: provider = institution alone and '
            '"Institution, Office". "Pathology Grand Rounds:" series name is part of the title; the long '
            'title wraps and is followed by "Date of Activity:". AMA PRA, ANCC and ACPE (incl. 0.1 CEU) '
            'figures are distractors; P.A.C.E. 1.0 contact hour is gold. Participant ID and generated date '
            'are distractors.',
      name='Adaeze Okonkwo-Reyes',
      title='Pathology Grand Rounds: Molecular Classification of Myeloid Neoplasms Under the 2022 WHO '
            'and ICC Frameworks',
      date='2025-01-22', credits=1.0, unit='contact hour',
      provider=['Harrowgate University School of Medicine',
                'Harrowgate University School of Medicine, Office of Continuing Medical Education'],
      activity_id='25-GR-0122')
def yj15(out):
    g = yj15.gold
    P = engines.php_str
    code = f'''
$pdf = new FPDF('P','pt','Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('CME Certificate');
$pdf->AddPage();
$pdf->SetFillColor(90,20,40); $pdf->Rect(0,0,612,14,'F'); $pdf->Rect(0,778,612,14,'F');
$pdf->SetTextColor(90,20,40);
$pdf->SetFont('Times','B',19); $pdf->SetXY(50,44); $pdf->Cell(512,22,'Harrowgate University School of Medicine',0,1,'C');
$pdf->SetFont('Helvetica','',11); $pdf->SetXY(50,68); $pdf->Cell(512,14,'Office of Continuing Medical Education',0,1,'C');
$pdf->SetFont('Helvetica','',8); $pdf->SetTextColor(90,90,90); $pdf->SetXY(50,83); $pdf->Cell(512,10,w('1400 Collegiate Avenue, Room 3-210 · Harrowgate, VT 05401 · cme@harrowgate-example.edu'),0,1,'C');
$pdf->SetDrawColor(90,20,40); $pdf->SetLineWidth(1.2); $pdf->Line(60,102,552,102);
$pdf->SetTextColor(20,20,20);
$pdf->SetFont('Times','',27); $pdf->SetXY(50,124); $pdf->Cell(512,30,'Certificate of Attendance',0,1,'C');
$pdf->SetFont('Times','I',12); $pdf->SetXY(50,168); $pdf->Cell(512,14,'This is to certify that',0,1,'C');
$pdf->SetFont('Times','B',21); $pdf->SetXY(50,188); $pdf->Cell(512,26,w('Adaeze Okonkwo-Reyes, MS, MLS(ASCP)CM'),0,1,'C');
$pdf->SetFont('Times','I',12); $pdf->SetXY(50,224); $pdf->Cell(512,14,'participated in the educational activity',0,1,'C');
$pdf->SetFont('Times','B',15); $pdf->SetXY(80,246); $pdf->MultiCell(452,19,w({P(g['title'])}),0,'C');
$pdf->SetFont('Times','',12);
$pdf->SetXY(50,290); $pdf->Cell(512,15,'Date of Activity: January 22, 2025',0,1,'C');
$pdf->SetXY(50,306); $pdf->Cell(512,15,w('Activity No. 25-GR-0122  ·  Bellamy Auditorium, Harrowgate University Hospital'),0,1,'C');
$pdf->SetFont('Helvetica','B',9); $pdf->SetTextColor(90,20,40); $pdf->SetXY(70,340); $pdf->Cell(472,12,'JOINT ACCREDITATION STATEMENT',0,1,'L');
$pdf->SetFont('Helvetica','',8.3); $pdf->SetTextColor(40,40,40); $pdf->SetXY(70,354);
$pdf->MultiCell(472,10.5,w('In support of improving patient care, Harrowgate University School of Medicine is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team.'),0,'J');
$pdf->SetFont('Helvetica','B',9); $pdf->SetTextColor(90,20,40); $pdf->SetXY(70,404); $pdf->Cell(472,12,'CREDIT DESIGNATION',0,1,'L');
$pdf->SetFont('Helvetica','',8.3); $pdf->SetTextColor(40,40,40);
$rows = array(
 array('Physicians','Harrowgate University School of Medicine designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.'),
 array('Nurses','This activity is approved for 1.0 ANCC nursing contact hour.'),
 array('Pharmacists','This knowledge-based activity is approved for 1.0 ACPE contact hour (0.1 CEU). UAN JA0007213-0000-25-041-L01-P.'),
 array('Laboratory professionals','Harrowgate University School of Medicine is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This activity is approved for 1.0 P.A.C.E.® contact hour.'));
$y=418;
foreach($rows as $r){{ $pdf->SetXY(70,$y); $pdf->SetFont('Helvetica','B',8.3); $pdf->Cell(118,10.5,w($r[0]),0,0,'L'); $pdf->SetFont('Helvetica','',8.3); $pdf->SetXY(188,$y); $pdf->MultiCell(354,10.5,w($r[1]),0,'L'); $y=$pdf->GetY()+4; }}
$pdf->SetDrawColor(90,20,40); $pdf->SetLineWidth(0.8); $pdf->Rect(150,$y+10,312,40);
$pdf->SetFont('Helvetica','B',10.5); $pdf->SetTextColor(20,20,20);
$pdf->SetXY(150,$y+16); $pdf->Cell(312,13,'Credit claimed by participant',0,1,'C');
$pdf->SetFont('Helvetica','',10.5); $pdf->SetXY(150,$y+31); $pdf->Cell(312,13,w('ASCLS P.A.C.E.® contact hours: 1.0'),0,1,'C');
$pdf->SetDrawColor(40,40,40); $pdf->SetLineWidth(0.6); $pdf->Line(90,690,290,690); $pdf->Line(322,690,522,690);
$pdf->SetFont('Times','I',17); $pdf->SetTextColor(27,42,107);
$pdf->SetXY(90,668); $pdf->Cell(200,20,'Winifred Castellanos',0,0,'C'); $pdf->SetXY(322,668); $pdf->Cell(200,20,'R. Hartigan',0,0,'C');
$pdf->SetFont('Helvetica','',8.5); $pdf->SetTextColor(20,20,20);
$pdf->SetXY(90,694); $pdf->MultiCell(200,10.5,w("Winifred Castellanos, MD\\nAssociate Dean for Continuing Medical Education"),0,'C');
$pdf->SetXY(322,694); $pdf->MultiCell(200,10.5,w("Robert Hartigan, MD, PhD\\nCourse Director, Pathology Grand Rounds"),0,'C');
$pdf->SetFont('Helvetica','',7); $pdf->SetTextColor(120,120,120);
$pdf->SetXY(50,752); $pdf->Cell(512,10,w('Participant ID 77120  ·  Certificate generated 02/04/2025  ·  Verify at cme.harrowgate-example.edu/verify'),0,0,'C');
$pdf->Output('F',$OUT);
'''
    engines.php_pdf(code, out, 'fpdf')


# --------------------------------------------------------------------------- yj16
@cert(style='university-ceu', producer='reportlab-platypus',
      layout=['portrait', 'two-page', 'centred-award', 'border', 'office-provider', 'date-range',
              'signature-block', 'course-outline-page'],
      notes='University continuing-education certificate in CEUs (2.4 CEU -> 24 points). Provider is the '
            'university and "University, School". Course ran January 13 - February 24, 2025 -> last day; '
            '"Date awarded" and student ID are distractors; IACET-style "ten contact hours" sentence is not '
            'the unit. Page 2 is a course outline with weekly topics (distractor titles).',
      name='Esperanza Villalobos',
      title='Clinical Microbiology Refresher for Returning Laboratory Professionals',
      date='2025-02-24', credits=2.4, unit='CEU',
      provider=['Northvale University', 'Northvale University, School of Continuing and Professional Studies'],
      activity_id='CLS 4105')
def yj16(out):
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    g = yj16.gold
    W, H = letter
    green = colors.HexColor('#0f4d3a')

    def deco(c, doc):
        c.saveState()
        if doc.page == 1:
            double_border(c, W, H, green, inset=26, gap=6, w1=3)
            corner_flourish(c, W, H, colors.HexColor('#a88a3d'), inset=44)
        else:
            c.setStrokeColor(green)
            c.setLineWidth(1)
            c.line(60, H - 60, W - 60, H - 60)
            c.setFont('Helvetica', 8)
            c.setFillColor(colors.HexColor('#555555'))
            c.drawString(60, H - 54, 'Northvale University \u00b7 School of Continuing and Professional Studies')
        c.setFont('Helvetica', 7.5)
        c.setFillColor(colors.HexColor('#777777'))
        c.drawCentredString(W / 2, 40, 'Page %d of 2' % doc.page)
        c.restoreState()
    ctr = ParagraphStyle('c', fontName='Times-Roman', fontSize=12, leading=16, alignment=TA_CENTER)
    story = [Spacer(1, 20),
             Paragraph('<font name="Times-Bold" size="26" color="#0f4d3a">Northvale University</font>', ParagraphStyle('u', parent=ctr, leading=30)),
             Paragraph('<font name="Helvetica" size="11" color="#0f4d3a">School of Continuing and Professional Studies</font>', ctr),
             Spacer(1, 34),
             Paragraph('<font name="Times-Italic" size="30">Certificate of Completion</font>', ParagraphStyle('t', parent=ctr, leading=36)),
             Spacer(1, 22),
             Paragraph('<i>This certifies that</i>', ctr), Spacer(1, 8),
             Paragraph('<font name="Times-Bold" size="24">Esperanza Villalobos</font>', ParagraphStyle('n', parent=ctr, leading=30)),
             Spacer(1, 10),
             Paragraph('<i>has satisfactorily completed the professional development course</i>', ctr), Spacer(1, 8),
             Paragraph('<font name="Times-Bold" size="17">%s</font>' % h(g['title']), ParagraphStyle('ti', parent=ctr, leading=21)),
             Spacer(1, 8),
             Paragraph('Course No. CLS 4105 &nbsp;&middot;&nbsp; January 13 &ndash; February 24, 2025 &nbsp;&middot;&nbsp; Blended format (online and campus laboratory)', ctr),
             Spacer(1, 16),
             Paragraph('and is hereby awarded', ctr),
             Paragraph('<font name="Times-Bold" size="16">2.4 Continuing Education Units (CEUs)</font>', ParagraphStyle('ceu', parent=ctr, leading=22)),
             Spacer(1, 10),
             Paragraph('<font size="8.5" color="#444444">One Continuing Education Unit (CEU) is defined as ten contact hours of participation in an organized '
                       'continuing education experience under responsible sponsorship, capable direction, and qualified instruction. '
                       'Northvale University maintains a permanent record of all CEUs awarded.</font>',
                       ParagraphStyle('s', parent=ctr, fontName='Helvetica', leading=11, leftIndent=40, rightIndent=40)),
             Spacer(1, 40)]
    sig = Table([[Paragraph('<font name="Times-Italic" size="18" color="#1b2a6b">Margaret Ellery</font>', ctr),
                  Paragraph('<font name="Times-Italic" size="18" color="#1b2a6b">Victor Anand</font>', ctr)],
                 [Paragraph('<font name="Helvetica-Bold" size="9">Margaret Ellery, EdD</font><br/><font name="Helvetica" size="8.5">Dean, School of Continuing and Professional Studies</font>', ParagraphStyle('sg', parent=ctr, leading=11)),
                  Paragraph('<font name="Helvetica-Bold" size="9">Victor Anand, PhD, MLS(ASCP)</font><br/><font name="Helvetica" size="8.5">Program Director, Medical Laboratory Science</font>', ParagraphStyle('sg2', parent=ctr, leading=11))]],
                colWidths=[230, 230])
    sig.setStyle(TableStyle([('LINEABOVE', (0, 1), (-1, 1), 0.6, colors.black), ('LEFTPADDING', (0, 0), (-1, -1), 12), ('RIGHTPADDING', (0, 0), (-1, -1), 12)]))
    story += [sig, Spacer(1, 26),
              Paragraph('<font name="Helvetica" size="7.5" color="#666666">Date awarded: March 3, 2025 &nbsp;&middot;&nbsp; Student ID: N00481127 &nbsp;&middot;&nbsp; Certificate No. SCPS-25-00917</font>', ctr),
              PageBreak()]
    left = ParagraphStyle('l', fontName='Helvetica', fontSize=9.5, leading=13, alignment=TA_LEFT)
    story += [Spacer(1, 10),
              Paragraph('<font name="Helvetica-Bold" size="13" color="#0f4d3a">Course Outline and Record of Participation</font>', left),
              Spacer(1, 8),
              Paragraph('Participant: Esperanza Villalobos &nbsp;&nbsp; Course No. CLS 4105 &nbsp;&nbsp; Term: Winter 2025 &nbsp;&nbsp; Final status: Completed &ndash; Satisfactory', left),
              Spacer(1, 10)]
    weeks = [('1', 'Jan 13', 'Specimen collection, transport, and processing; biosafety refresher', '4'),
             ('2', 'Jan 20', 'Gram stain interpretation and quality assessment', '4'),
             ('3', 'Jan 27', 'Culture media, incubation, and colony morphology', '4'),
             ('4', 'Feb 3', 'Identification methods: biochemical, MALDI-TOF MS, and molecular panels', '4'),
             ('5', 'Feb 10', 'Antimicrobial susceptibility testing and CLSI breakpoints', '4'),
             ('6', 'Feb 17\u201324', 'Campus laboratory practicum and competency assessment', '4')]
    data = [['Week', 'Dates', 'Topic', 'Contact hours']] + [[Paragraph(c, left) for c in r] for r in weeks] + [['', '', Paragraph('<b>Total</b>', left), Paragraph('<b>24 (2.4 CEUs)</b>', left)]]
    t = Table(data, colWidths=[40, 62, 300, 80])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dcebe4')),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story += [t, Spacer(1, 14),
              Paragraph('Instructors: Victor Anand, PhD, MLS(ASCP); Leah Moriarty, MS, M(ASCP); Jorge Palacios, MLS(ASCP)<super>CM</super>.', left),
              Spacer(1, 6),
              Paragraph('Attendance requirement: participation in at least 90% of scheduled contact hours and a passing score on the final '
                        'competency assessment. This is a non-credit course; CEUs are not transferable to academic degree credit.', left),
              Spacer(1, 6),
              Paragraph('Verification: registrar-scps@northvale-example.edu &middot; (802) 555-0117', left)]
    doc = BaseDocTemplate(out, pagesize=letter, leftMargin=66, rightMargin=66, topMargin=60, bottomMargin=56,
                          title='Northvale University Certificate', author='Northvale University SCPS')
    doc.addPageTemplates([PageTemplate(id='p', frames=[Frame(66, 56, W - 132, H - 126, id='f')], onPage=deco)])
    doc.build(story)


# --------------------------------------------------------------------------- yj17
@cert(style='vendor', producer='acroform-qpdf',
      layout=['landscape', 'form-fields', 'label-value-lines', 'date-range', 'provider-as-company',
              'signature-block'],
      notes='Vendor key-operator training (filled AcroForm). Training dates July 14-17 -> last day. '
            'Instrument serial number, customer number and issue date are distractors; Training ID is the '
            'activity id.',
      name='Mei-Ling Abernathy',
      title='HX-9 Hematology Analyzer Key Operator Training',
      date='2025-07-17', credits=24.0, unit='contact hour',
      provider=['Celestra Diagnostics, Inc.'],
      activity_id='TRN-HX9-2507')
def yj17(out):
    W, H = landscape(letter)
    orange = colors.HexColor('#d35400')
    dark = colors.HexColor('#2c3e50')
    rows = [('Trainee', 'name'), ('Training Program', 'program'), ('Training ID', 'tid'),
            ('Training Dates', 'dates'), ('Location', 'loc'), ('Instrument Serial No.', 'serial'),
            ('P.A.C.E.\u00ae Contact Hours', 'hours'), ('Customer No.', 'cust')]

    def draw(c):
        c.setFillColor(dark)
        c.rect(0, H - 92, W, 92, fill=1, stroke=0)
        c.setFillColor(orange)
        c.rect(0, H - 98, W, 6, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('Helvetica-Bold', 24)
        c.drawString(48, H - 56, 'Celestra Diagnostics, Inc.')
        c.setFont('Helvetica', 10)
        c.drawString(48, H - 74, '8100 Innovation Parkway  \u00b7  Raleigh, NC 27617  \u00b7  training@celestra-example.com')
        c.setFont('Helvetica-Bold', 20)
        c.drawRightString(W - 48, H - 60, 'CERTIFICATE OF TRAINING')
        c.setFillColor(colors.black)
        c.setFont('Helvetica', 11)
        c.drawString(60, H - 132, 'This certifies that the trainee named below has successfully completed instrument training, including hands-on')
        c.drawString(60, H - 146, 'operation, maintenance, quality control and troubleshooting, and passed the practical assessment.')
        y = H - 186
        for lab, _ in rows:
            c.setFont('Helvetica-Bold', 10.5)
            c.setFillColor(dark)
            c.drawString(60, y, lab + ':')
            c.setStrokeColor(colors.HexColor('#bbbbbb'))
            c.setLineWidth(0.5)
            c.line(230, y - 4, 560, y - 4)
            y -= 30
        c.setFillColor(colors.HexColor('#333333'))
        left_wrapped(c, 'Celestra Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical '
                        'laboratory sciences by the ASCLS P.A.C.E.\u00ae Program.', 590, H - 190, 160, 'Helvetica', 8.5, 11)
        seal(c, 670, H - 300, 48, orange, ('KEY', 'OPERATOR', 'CERTIFIED'), size=7.5, font='Helvetica-Bold')
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        c.line(590, 118, 760, 118)
        c.setFont('Helvetica', 8.5)
        c.drawString(590, 106, 'Instructor')
        c.line(590, 72, 760, 72)
        c.drawString(590, 60, 'Date issued')
        c.setFont('Helvetica', 7)
        c.setFillColor(colors.HexColor('#777777'))
        c.drawString(60, 40, 'Form TRN-CERT-02  \u00b7  This certificate applies to the instrument model listed; re-training is required after major software upgrades.')
    fields = []
    y = H - 186
    for lab, key in rows:
        fields.append(dict(name=key, x=234, y=y - 4, w=330, h=18,
                           font='Times-Bold' if key == 'name' else 'Helvetica', size=13 if key == 'name' else 11))
        y -= 30
    fields.append(dict(name='instructor', x=590, y=121, w=175, h=16, font='Helvetica', size=9))
    fields.append(dict(name='issued', x=590, y=75, w=175, h=16, font='Helvetica', size=9))
    values = dict(name='Mei-Ling Abernathy, MLT(ASCP)', program='HX-9 Hematology Analyzer Key Operator Training',
                  tid='TRN-HX9-2507', dates='July 14\u201317, 2025', loc='Celestra Training Center, Raleigh, NC',
                  serial='HX9-004417', hours='24.0', cust='600218',
                  instructor='Brent Kowalczyk, Sr. Applications Specialist', issued='07/21/2025')
    engines.acroform_pdf(draw, fields, values, out, (W, H))


# --------------------------------------------------------------------------- yj18
@cert(style='state-society', producer='tcpdf',
      layout=['portrait', 'centred-award', 'border', 'format-line', 'wrapped-title-then-label',
              'presented-by', 'accented-name', 'hyphenated-name', 'credentials-after-name', 'signature-block'],
      notes='Regional society webinar: "LIVE WEBINAR" format line between "attended the" and the title; long '
            'title wraps and is followed directly by "Webinar date:". Presenter is a distractor. Course # is '
            'the activity id.',
      name='Jean-Baptiste Thibodeaux',
      title='Transfusion Reactions: Recognition, Laboratory Investigation, and Reporting to the Hospital '
            'Hemovigilance Program',
      date='2025-10-16', credits=1.0, unit='contact hour',
      provider=['Gulf Coast Association of Clinical Laboratory Professionals', 'GCACLP'],
      activity_id='25-W-10')
def yj18(out):
    g = yj18.gold
    P = engines.php_str
    code = f'''
$pdf = new CertPDF('P','pt','LETTER');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('GCACLP Webinar Certificate');
$pdf->AddPage();
$pdf->SetFillColor(233,244,250); $pdf->Rect(0,0,612,792,'F');
$pdf->SetLineStyle(array('width'=>5,'color'=>array(0,105,148))); $pdf->Rect(26,26,560,740);
$pdf->SetLineStyle(array('width'=>1,'color'=>array(0,105,148),'dash'=>'3,2')); $pdf->Rect(36,36,540,720);
$pdf->SetLineStyle(array('width'=>1,'color'=>array(0,105,148),'dash'=>0));
$pdf->SetTextColor(0,105,148);
$pdf->SetFont('helvetica','B',15); $pdf->SetXY(50,70); $pdf->MultiCell(512,18,'Gulf Coast Association of Clinical Laboratory Professionals',0,'C');
$pdf->SetFont('helvetica','',11); $pdf->SetXY(50,90); $pdf->Cell(512,14,'(GCACLP)',0,1,'C');
$pdf->SetFont('times','B',30); $pdf->SetTextColor(25,25,25); $pdf->SetXY(50,140); $pdf->Cell(512,34,'Certificate of Attendance',0,1,'C');
$pdf->SetFont('times','I',13); $pdf->SetXY(50,200); $pdf->Cell(512,16,'This certificate is presented to',0,1,'C');
$pdf->SetFont('dejavuserif','B',20); $pdf->SetXY(50,226); $pdf->Cell(512,26,{P('Jean-Baptiste Thibodeaux, MLS(ASCP)CM')},0,1,'C');
$pdf->SetFont('times','I',13); $pdf->SetXY(50,268); $pdf->Cell(512,16,'who attended the',0,1,'C');
$pdf->SetFont('helvetica','B',11); $pdf->SetTextColor(0,105,148); $pdf->SetXY(50,290); $pdf->Cell(512,14,'LIVE WEBINAR',0,1,'C');
$pdf->SetFont('times','B',17); $pdf->SetTextColor(25,25,25); $pdf->SetXY(80,310); $pdf->MultiCell(452,21,{P(g['title'])},0,'C');
$pdf->SetFont('times','',12.5);
$pdf->SetXY(50,$pdf->GetY()+2); $pdf->Cell(512,16,'Webinar date: October 16, 2025',0,1,'C');
$pdf->SetXY(50,$pdf->GetY()+2); $pdf->Cell(512,16,'presented by Olufemi Adeyinka, MD, Medical Director, Transfusion Medicine',0,1,'C');
$pdf->SetFont('times','B',13); $pdf->SetXY(50,$pdf->GetY()+12); $pdf->Cell(512,16,'1.0 P.A.C.E.® contact hour  |  Course # 25-W-10',0,1,'C');
$pdf->SetFont('helvetica','',8.5); $pdf->SetTextColor(60,60,60);
$pdf->SetXY(90,$pdf->GetY()+16); $pdf->MultiCell(432,11,'GCACLP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Level of instruction: Intermediate. Category: Immunohematology.',0,'C');
$pdf->SetDrawColor(40,40,40); $pdf->SetLineWidth(0.6); $pdf->Line(80,640,280,640); $pdf->Line(332,640,532,640);
$pdf->SetFont('times','I',17); $pdf->SetTextColor(27,42,107);
$pdf->SetXY(80,616); $pdf->Cell(200,20,'Yvette Boudreaux',0,0,'C'); $pdf->SetXY(332,616); $pdf->Cell(200,20,'Carl Menard',0,0,'C');
$pdf->SetFont('helvetica','',8.5); $pdf->SetTextColor(20,20,20);
$pdf->SetXY(80,644); $pdf->MultiCell(200,10.5,"Yvette Boudreaux, MHA, MLS(ASCP)\\nPresident",0,'C');
$pdf->SetXY(332,644); $pdf->MultiCell(200,10.5,"Carl Menard, MS, MT(ASCP)\\nContinuing Education Committee Chair",0,'C');
$pdf->SetFont('helvetica','',7); $pdf->SetTextColor(110,110,110);
$pdf->SetXY(50,728); $pdf->Cell(512,10,'Certificate emailed 10/20/2025  |  www.gcaclp-example.org',0,0,'C');
$pdf->Output($OUT,'F');
'''
    engines.php_pdf(code, out, 'tcpdf')


# --------------------------------------------------------------------------- yj19
@cert(style='cap-joint', producer='chromium-html',
      layout=['portrait', 'centred-award', 'format-line', 'credit-table', 'multi-credit', 'hyphenated-name',
              'credentials-after-name'],
      notes='"Self-Study Module" is a format line. Credit table: P.A.C.E. 1.0 contact hour (gold) vs AMA '
            'PRA maximum 1.25 (distractor). Parentheses inside the title are part of it. Customer number is a '
            'distractor; date printed as "29 August 2025".',
      name='Sven-Erik Halvorsen',
      title='Individualized Quality Control Plan (IQCP): Building a Defensible Risk Assessment',
      date='2025-08-29', credits=1.0, unit='contact hour',
      provider=['College of American Pathologists', 'CAP'],
      activity_id='SSM-IQCP-25')
def yj19(out):
    g = yj19.gold
    html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>CAP Certificate</title>
<style>
@page {{ size: 8.5in 11in; margin:0 }}
body {{ margin:0; font-family:'Liberation Sans', sans-serif; color:#1e1e1e }}
.page {{ width:8.5in; height:11in; box-sizing:border-box; padding:0.5in 0.75in; position:relative }}
.top {{ display:flex; justify-content:space-between; align-items:flex-end; border-bottom:4px solid #003d79; padding-bottom:10px }}
.cap {{ font:bold 40pt 'Liberation Serif'; color:#003d79; line-height:1 }}
.capn {{ font-size:11pt; color:#003d79; text-align:right }}
h1 {{ font:normal 30pt 'P052'; text-align:center; margin:0.55in 0 0.2in; color:#003d79 }}
.c {{ text-align:center }} .i {{ font-style:italic; font-size:12.5pt; margin:10px 0 }}
.n {{ font:bold 24pt 'P052'; margin:6px 0 }}
.fmt {{ font-size:10.5pt; font-weight:bold; letter-spacing:0.06em; color:#003d79; margin:14px 0 4px }}
.t {{ font:bold 17pt 'P052'; margin:0 0.3in 12px; line-height:1.3 }}
table {{ border-collapse:collapse; margin:18px auto 0; font-size:10.5pt }}
td, th {{ border:1px solid #9bb0c7; padding:6px 14px }} th {{ background:#e4ecf5; text-align:left }}
td.v {{ text-align:center }}
.small {{ font-size:8.5pt; color:#444; margin:22px 0.2in 0; text-align:justify; line-height:1.35 }}
.sig {{ position:absolute; bottom:1.25in; left:0.75in; width:3in; font-size:9pt }}
.sig .s {{ font:22pt 'Z003'; color:#1b2a6b }} .sig .l {{ border-top:1px solid #333; padding-top:3px }}
.foot {{ position:absolute; bottom:0.45in; left:0.75in; right:0.75in; font-size:7.5pt; color:#777; border-top:1px solid #ccc; padding-top:5px; display:flex; justify-content:space-between }}
</style></head><body><div class="page">
<div class="top"><div class="cap">CAP</div><div class="capn">College of American Pathologists<br><span style="font-size:9pt;color:#555">325 Waukegan Road &middot; Northfield, IL 60093</span></div></div>
<h1>Certificate of Completion</h1>
<div class="c i">This is to certify that</div>
<div class="c n">Sven-Erik Halvorsen, MB(ASCP)<sup>CM</sup></div>
<div class="c i">has completed the</div>
<div class="c fmt">SELF-STUDY MODULE</div>
<div class="c t">{h(g['title'])}</div>
<div class="c" style="font-size:12pt">Completed on 29 August 2025 &nbsp;&middot;&nbsp; Activity ID: SSM-IQCP-25</div>
<table><tr><th>Credit type</th><th>Credits</th></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td class="v">1.0</td></tr>
<tr><td>AMA PRA Category 1 Credits&trade; (maximum; physicians only)</td><td class="v">1.25</td></tr></table>
<div class="small">The College of American Pathologists is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 1.25 AMA PRA Category 1 Credits&trade;. Physicians should claim only the credit commensurate with the extent of their participation in the activity. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program; this module is approved for 1.0 P.A.C.E.&reg; contact hour.</div>
<div class="sig"><div class="s">Dana Whitford</div><div class="l"><b>Dana Whitford, MD, FCAP</b><br>Chair, CAP Learning Committee</div></div>
<div class="foot"><span>Customer #: 7723015</span><span>Verify this certificate at cap-example.org/verify</span><span>Printed 09/02/2025</span></div>
</div></body></html>'''
    engines.html_pdf(html, out)


# --------------------------------------------------------------------------- yj20
@cert(style='ascp-cmle', producer='reportlab-canvas',
      layout=['landscape', 'centred-award', 'border', 'conference-session', 'date-range-distractor',
              'caps-name', 'suffix-name', 'credentials-after-name', 'multi-credit', 'session-number',
              'signature-block'],
      notes='Annual-meeting session certificate: meeting runs September 10-12 but the session date '
            '(September 11) is gold. ALL-CAPS name with JR. and credential. CMLE 1.5 is gold; the AMA PRA '
            'sentence is a distractor. Session No. is the activity id.',
      name='MARCUS T. OYELARAN JR.',
      title='Antimicrobial Stewardship at the Bench: Cascade Reporting and Rapid Diagnostics',
      date='2025-09-11', credits=1.5, unit='CMLE',
      provider=['American Society for Clinical Pathology', 'ASCP'],
      activity_id='2214')
def yj20(out):
    g = yj20.gold
    W, H = landscape(letter)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle('ASCP 2025 Session Certificate')
    navy = colors.HexColor('#13294b')
    gold = colors.HexColor('#c5a03f')
    c.setFillColor(navy)
    c.rect(0, 0, 70, H, fill=1, stroke=0)
    c.setFillColor(gold)
    c.rect(70, 0, 5, H, fill=1, stroke=0)
    c.setStrokeColor(navy)
    c.setLineWidth(1.5)
    c.rect(95, 24, W - 119, H - 48)
    c.saveState()
    c.translate(44, H / 2)
    c.rotate(90)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 16)
    c.drawCentredString(0, 0, 'ASCP 2025 ANNUAL MEETING')
    c.restoreState()
    cx = 95 + (W - 119) / 2
    c.setFillColor(navy)
    c.setFont('Helvetica-Bold', 13)
    c.drawCentredString(cx, H - 62, 'American Society for Clinical Pathology')
    c.setFont('Helvetica', 10)
    c.drawCentredString(cx, H - 77, 'ASCP 2025 Annual Meeting  \u00b7  September 10\u201312, 2025  \u00b7  Kansas City, Missouri')
    c.setFont('Times-Bold', 30)
    c.drawCentredString(cx, H - 122, 'Session Attendance Certificate')
    c.setFillColor(colors.black)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(cx, H - 158, 'This certifies that')
    c.setFont('Times-Bold', 24)
    c.drawCentredString(cx, H - 190, 'MARCUS T. OYELARAN JR., MLS(ASCP)CM')
    c.setFont('Times-Italic', 13)
    c.drawCentredString(cx, H - 218, 'attended Session No. 2214')
    y = centred_wrapped(c, g['title'], cx, H - 248, 560, 'Times-Bold', 19, 23)
    c.setFont('Times-Roman', 12.5)
    c.drawCentredString(cx, y - 2, 'Session date: Thursday, September 11, 2025  \u00b7  10:30 a.m.\u201312:00 p.m.  \u00b7  Room 2104B')
    c.setFont('Helvetica-Bold', 13)
    c.drawCentredString(cx, y - 30, '1.5 CMLE credits awarded')
    c.setFont('Helvetica', 8.5)
    c.setFillColor(colors.HexColor('#333333'))
    centred_wrapped(c, 'ASCP designates this session for 1.5 CMLE credits, which satisfy ASCP Board of Certification Credential '
                       'Maintenance Program requirements. Physicians attending this session may claim up to 1.5 AMA PRA Category 1 '
                       'Credits\u2122 through the meeting credit-claim portal. ASCP is accredited by the ACCME to provide continuing '
                       'medical education for physicians.', cx, y - 56, 540, 'Helvetica', 8.5, 11)
    c.setFillColor(colors.black)
    signature(c, 150, 100, 200, 'Lydia Marchetti, MD, FASCP', 'Annual Meeting Program Chair', size=9, seed=6)
    signature(c, W - 270, 100, 200, 'Kwame Boateng, MBA, MLS(ASCP)CM', 'Vice President, Learning', size=9, seed=8)
    seal(c, cx, 96, 40, gold, ('ASCP', '2025'), size=9)
    c.setFont('Helvetica', 7)
    c.setFillColor(colors.HexColor('#777777'))
    c.drawCentredString(cx, 34, 'Attendee No. 118-40672  \u00b7  Generated 09/15/2025')
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- yj21
@cert(style='pace-provider', producer='libreoffice-fodt',
      layout=['portrait', 'letter', 'left-aligned', 'format-line', 'provider-only-in-accreditation-statement',
              'hyphenated-name', 'signature-block'],
      notes='Left-aligned certificate from an independent P.A.C.E.-approved company; the provider appears only '
            'as the subject of the accreditation statement at the foot. "Self-Study" is a format line between the '
            'completion sentence and the title. Post-test score and transcript number are distractors.',
      name='Keisha Drummond-Pryce',
      title='Urine Sediment Microscopy: Casts, Crystals, Cells, and Contaminants',
      date='2025-07-08', credits=2.0, unit='contact hour',
      provider=['Meridian Lab Learning, LLC'],
      activity_id='MLL-US-204')
def yj21(out):
    g = yj21.gold
    styles = (pstyle('Kick', 9, 'Liberation Sans', 'start', bold=True, color='#7a4b00', after='0.02in') +
              pstyle('H1', 24, 'C059', 'start', bold=True, color='#3b2a10', after='0.3in',
                     extra='fo:border-bottom="1.5pt solid #c28a2c" fo:padding-bottom="0.08in"') +
              pstyle('Body', 11.5, 'Liberation Serif', 'start', after='0.12in') +
              pstyle('Name', 20, 'C059', 'start', bold=True, after='0.12in') +
              pstyle('Fmt', 10, 'Liberation Sans', 'start', bold=True, color='#7a4b00', before='0.1in', after='0.03in') +
              pstyle('Title', 15, 'C059', 'start', bold=True, after='0.2in') +
              pstyle('Row', 11, 'Liberation Sans', 'start', after='0.05in') +
              pstyle('Script', 20, 'Z003', 'start', color='#1b2a6b', before='0.45in', after='0in') +
              pstyle('Sig', 10, 'Liberation Sans', 'start', after='0in') +
              pstyle('Small', 8.5, 'Liberation Sans', 'justify', color='#444444', before='0.5in',
                     extra='fo:border-top="0.5pt solid #c28a2c" fo:padding-top="0.06in"'))
    body = FODT_FONTS + f'''<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait"
 fo:margin-top="0.9in" fo:margin-bottom="0.6in" fo:margin-left="1.1in" fo:margin-right="1.1in"/></style:page-layout>
{styles}<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Kick">ONLINE LEARNING RECORD</text:p>
<text:p text:style-name="H1">Certificate of Continuing Education</text:p>
<text:p text:style-name="Body">This document certifies that</text:p>
<text:p text:style-name="Name">Keisha Drummond-Pryce</text:p>
<text:p text:style-name="Body">has successfully completed the following continuing education activity, including the post-test and course evaluation:</text:p>
<text:p text:style-name="Fmt">Self-Study</text:p>
<text:p text:style-name="Title">{x(g['title'])}</text:p>
<text:p text:style-name="Row"><text:span text:style-name="B">Course ID:</text:span> MLL-US-204</text:p>
<text:p text:style-name="Row"><text:span text:style-name="B">Completion date:</text:span> July 8, 2025</text:p>
<text:p text:style-name="Row"><text:span text:style-name="B">P.A.C.E.® contact hours:</text:span> 2.0</text:p>
<text:p text:style-name="Row"><text:span text:style-name="B">Level:</text:span> Basic <text:tab/><text:span text:style-name="B">Post-test score:</text:span> 90%</text:p>
<text:p text:style-name="Row"><text:span text:style-name="B">Transcript No.:</text:span> 0045-2291-7</text:p>
<text:p text:style-name="Script">Hannelore Prieto</text:p>
<text:p text:style-name="Sig">______________________________</text:p>
<text:p text:style-name="Sig">Hannelore Prieto, MEd, MLS(ASCP)CM</text:p>
<text:p text:style-name="Sig">Director of Education</text:p>
<text:p text:style-name="Small">Meridian Lab Learning, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Meridian Lab Learning, LLC · 27 Foundry Street, Suite 5 · Lowell, MA 01852 · support@meridianlablearning-example.com</text:p>
</office:text></office:body>'''
    engines.fodt_pdf(body, out)


# --------------------------------------------------------------------------- yj22
@cert(style='hospital-inservice', producer='docx-libreoffice',
      layout=['portrait', 'two-column-label-value', 'table', 'title-with-orientation', 'title-with-safety',
              'accented-name', 'council-provider', 'signature-block'],
      notes='New-employee orientation as the real course title (Orientation, Safety are title words). '
            'Provider is the hospital\'s Laboratory Education Council (institution alone + "Institution, '
            'Council"). Vietnamese name with diacritics. Employee ID is a distractor; Offering No. is the '
            'activity id.',
      name='Nguyễn Thị Thu Hà',
      title='New Employee Laboratory Orientation: Specimen Processing, Safety, and Laboratory Information Systems',
      date='2025-08-21', credits=4.0, unit='CE hour',
      provider=['Fairhaven Memorial Hospital', 'Fairhaven Memorial Hospital, Laboratory Education Council'],
      activity_id='LEC-ORI-0825')
def yj22(out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    g = yj22.gold
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = Inches(1)
    s.top_margin, s.bottom_margin = Inches(0.8), Inches(0.7)
    page_border(s, color='7B1E3A', val='single', sz='18')
    para = docx_helpers(d)
    wine = RGBColor(0x7B, 0x1E, 0x3A)
    para('Fairhaven Memorial Hospital', 22, bold=True, color=wine, font='P052', after=0)
    para('Laboratory Education Council', 12, color=wine, after=2)
    para('75 Harborview Road · Fairhaven, ME 04101 · (207) 555-0163', 8,
         color=RGBColor(0x66, 0x66, 0x66), after=24)
    para('Certificate of Completion', 28, font='P052', after=6)
    para('Continuing Education Record', 11, italic=True, after=20)
    rows = [('Employee Name', 'Nguyễn Thị Thu Hà'), ('Employee ID', 'E-20331'),
            ('Department', 'Core Laboratory – Specimen Processing'),
            ('Course Title', g['title']), ('Offering No.', 'LEC-ORI-0825'),
            ('Date Completed', '08/21/2025'), ('CE Hours', '4.0'), ('Instructor', 'Joanna Kowalski-Reid, MLS(ASCP)CM')]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (a, b) in enumerate(rows):
        ca, cb = t.cell(i, 0), t.cell(i, 1)
        ca.width, cb.width = Inches(1.8), Inches(4.6)
        shade(ca, 'F3E6EA')
        r = ca.paragraphs[0].add_run(a)
        r.font.bold = True
        r.font.size = Pt(10.5)
        r.font.name = 'Liberation Sans'
        r.font.color.rgb = wine
        r = cb.paragraphs[0].add_run(b)
        r.font.size = Pt(11)
        r.font.name = 'DejaVu Sans' if a == 'Employee Name' else 'Liberation Sans'
        if a in ('Employee Name', 'Course Title'):
            r.font.bold = True
    para('', 6, after=8)
    para('This offering was reviewed and approved by the Laboratory Education Council of Fairhaven Memorial Hospital. '
         'CE hours may be submitted toward certification maintenance and state licensure renewal where accepted.',
         9, color=RGBColor(0x44, 0x44, 0x44), align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=36)
    t2 = d.add_table(rows=3, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    sigs = [('Joanna Kowalski-Reid', 'Joanna Kowalski-Reid, MLS(ASCP)CM', 'Education Council Chair'),
            ('Theo Marchand', 'Theo Marchand, MD', 'Laboratory Medical Director')]
    for i, (scr, nm, tt) in enumerate(sigs):
        r = t2.cell(0, i).paragraphs[0].add_run(scr)
        r.font.name = 'Z003'
        r.font.size = Pt(18)
        r.font.color.rgb = RGBColor(0x1b, 0x2a, 0x6b)
        r = t2.cell(1, i).paragraphs[0].add_run('______________________________')
        r = t2.cell(2, i).paragraphs[0].add_run(nm + '\n' + tt)
        r.font.size = Pt(9.5)
        r.font.name = 'Liberation Sans'
    para('Record printed 08/25/2025 · Retain for your education file', 7.5, color=RGBColor(0x88, 0x88, 0x88), before=30)
    engines.docx_pdf(d, out)


# --------------------------------------------------------------------------- yj23
@cert(style='joint-cme', producer='tcpdf',
      layout=['landscape', 'centred-award', 'border', 'format-line', 'series-name-in-title', 'title-with-conference',
              'office-provider', 'multi-credit', 'credit-table', 'joint-accreditation-statement',
              'credentials-after-name', 'hyphenated-name'],
      notes='"Live Virtual Session" is a format line. Title "Multidisciplinary Tumor Board: Lymphoma Case '
            'Conference" keeps its series name. Health-system CPD office: institution + "Institution, Office". '
            'Credit table lists AMA PRA, ANCC, ACPE and P.A.C.E.; only P.A.C.E. is claimed (1.0).',
      name='Farah Qureshi-Abbott',
      title='Multidisciplinary Tumor Board: Lymphoma Case Conference',
      date='2025-05-13', credits=1.0, unit='contact hour',
      provider=['Pinecrest Health System', 'Pinecrest Health System, Office of Continuing Professional Development'],
      activity_id='TB-LYM-0513')
def yj23(out):
    g = yj23.gold
    P = engines.php_str
    code = f'''
$pdf = new CertPDF('L','pt','LETTER');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Certificate - Pinecrest Health System');
$pdf->AddPage();
$pdf->SetLineStyle(array('width'=>3,'color'=>array(34,94,60))); $pdf->Rect(22,22,748,568);
$pdf->SetFillColor(34,94,60); $pdf->Rect(22,22,748,58,'F');
$pdf->SetTextColor(255,255,255); $pdf->SetFont('helvetica','B',18); $pdf->SetXY(40,32); $pdf->Cell(400,20,'Pinecrest Health System',0,0,'L');
$pdf->SetFont('helvetica','',10); $pdf->SetXY(40,54); $pdf->Cell(400,14,'Office of Continuing Professional Development',0,0,'L');
$pdf->SetFont('helvetica','B',9); $pdf->SetXY(470,40); $pdf->MultiCell(280,11,"JOINTLY ACCREDITED PROVIDER\\nINTERPROFESSIONAL CONTINUING EDUCATION",0,'R');
$pdf->SetTextColor(25,25,25);
$pdf->SetFont('times','B',28); $pdf->SetXY(22,104); $pdf->Cell(748,30,'Certificate of Participation',0,1,'C');
$pdf->SetFont('times','I',12.5); $pdf->SetXY(22,144); $pdf->Cell(748,14,'awarded to',0,1,'C');
$pdf->SetFont('times','B',22); $pdf->SetXY(22,162); $pdf->Cell(748,26,{P('Farah Qureshi-Abbott, DCLS, MLS(ASCP)CM')},0,1,'C');
$pdf->SetFont('times','I',12.5); $pdf->SetXY(22,198); $pdf->Cell(748,14,'for participation in the',0,1,'C');
$pdf->SetFont('helvetica','B',10); $pdf->SetTextColor(34,94,60); $pdf->SetXY(22,218); $pdf->Cell(748,12,'Live Virtual Session',0,1,'C');
$pdf->SetFont('times','B',19); $pdf->SetTextColor(25,25,25); $pdf->SetXY(22,234); $pdf->Cell(748,22,{P(g['title'])},0,1,'C');
$pdf->SetFont('times','',12); $pdf->SetXY(22,262); $pdf->Cell(748,14,'Tuesday, May 13, 2025  |  7:00-8:00 a.m. CT  |  Session ID: TB-LYM-0513',0,1,'C');
$html = '<table border="0.5" cellpadding="3" style="font-size:9pt"><tr style="background-color:#dfeee5;font-weight:bold"><td width="250">Credit type</td><td width="90" align="center">Designated</td><td width="90" align="center">Claimed</td></tr>
<tr><td>AMA PRA Category 1 Credit&trade;</td><td align="center">1.00</td><td align="center">0.00</td></tr>
<tr><td>ANCC nursing contact hours</td><td align="center">1.00</td><td align="center">0.00</td></tr>
<tr><td>ACPE pharmacy contact hours (0.1 CEU)</td><td align="center">1.00</td><td align="center">0.00</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td align="center">1.00</td><td align="center">1.00</td></tr></table>';
$pdf->writeHTMLCell(430,0,181,292,$html,0,1,false,true,'C');
$pdf->SetFont('helvetica','',7.8); $pdf->SetTextColor(60,60,60); $pdf->SetXY(60,402);
$pdf->MultiCell(672,10,'In support of improving patient care, Pinecrest Health System is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. Pinecrest Health System designates this live activity for a maximum of 1.00 AMA PRA Category 1 Credit™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. Pinecrest Health System is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.',0,'C');
$pdf->SetDrawColor(40,40,40); $pdf->SetLineWidth(0.6); $pdf->Line(120,520,330,520); $pdf->Line(462,520,672,520);
$pdf->SetFont('times','I',17); $pdf->SetTextColor(27,42,107);
$pdf->SetXY(120,497); $pdf->Cell(210,20,'Gretchen Albers',0,0,'C'); $pdf->SetXY(462,497); $pdf->Cell(210,20,'S. Nakagawa',0,0,'C');
$pdf->SetFont('helvetica','',8.5); $pdf->SetTextColor(25,25,25);
$pdf->SetXY(120,524); $pdf->MultiCell(210,10.5,"Gretchen Albers, MSN, RN-BC\\nDirector, Continuing Professional Development",0,'C');
$pdf->SetXY(462,524); $pdf->MultiCell(210,10.5,"Satoshi Nakagawa, MD\\nTumor Board Chair, Hematopathology",0,'C');
$pdf->SetFont('helvetica','',7); $pdf->SetTextColor(120,120,120);
$pdf->SetXY(22,568); $pdf->Cell(748,10,'Learner ID 0093-5521  |  Credit claimed 05/16/2025  |  cpd.pinecresthealth-example.org',0,0,'C');
$pdf->Output($OUT,'F');
'''
    engines.php_pdf(code, out, 'tcpdf')


# --------------------------------------------------------------------------- yj24
@cert(style='aabb', producer='ghostscript-ps',
      layout=['landscape', 'two-page', 'centred-award', 'border', 'meeting-attendance', 'date-range',
              'claimed-vs-maximum', 'multi-credit', 'hyphenated-name', 'signature-block'],
      notes='Annual-meeting attendance (no session title): title is the meeting name, date is the last day '
            'of October 18-21. P.A.C.E. claimed 16.5 (gold) vs 28.5 maximum; page 2 repeats accreditation '
            'statements with AMA PRA / ANCC maxima (distractors). Registration ID is a distractor. No activity id.',
      name='Catalina Reyes-Whitfield',
      title='AABB 2025 Annual Meeting',
      date='2025-10-21', credits=16.5, unit='contact hour',
      provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'],
      activity_id=None)
def yj24(out):
    S = engines.ps_str
    ps = f'''
<< /PageSize [792 612] >> setpagedevice
%%Page: 1 1
0.65 0.1 0.18 setrgbcolor 8 setlinewidth 20 20 752 572 BOX
0.8 setlinewidth 32 32 728 548 BOX
/Helvetica-Bold 34 F {S('AABB')} 396 520 C
/Helvetica 11 F {S('Association for the Advancement of Blood & Biotherapies')} 396 502 C
0 setgray /Times-Bold 32 F {S('Certificate of Attendance')} 396 446 C
/Times-Italic 13 F {S('This is to certify that')} 396 410 C
/Times-Bold 26 F {S('Catalina Reyes-Whitfield')} 396 376 C
/Times-Italic 13 F {S('attended the')} 396 346 C
/Times-Bold 21 F {S('AABB 2025 Annual Meeting')} 396 318 C
/Times-Roman 12.5 F {S('October 18–21, 2025  ·  Minneapolis Convention Center  ·  Minneapolis, Minnesota')} 396 296 C
0.65 0.1 0.18 setrgbcolor 1 setlinewidth 226 226 340 50 BOX 0 setgray
/Helvetica-Bold 12.5 F {S('P.A.C.E.® contact hours claimed: 16.5')} 396 256 C
/Helvetica 10 F {S('(maximum available for the meeting: 28.5)')} 396 238 C
/Helvetica 8.5 F 0.25 setgray {S('See page 2 for accreditation and credit information.  Registration ID: AM25-118832')} 396 204 C
0 setgray 0.5 setlinewidth 120 122 320 122 HL 472 122 672 122 HL
0.1 0.16 0.42 setrgbcolor /ZapfChancery-MediumItalic 20 F {S('Harriet Oyelowo')} 220 128 C {S('Daniel Fairbanks')} 572 128 C 0 setgray
/Helvetica-Bold 9 F {S('Harriet Oyelowo, MD, PhD')} 220 108 C {S('Daniel Fairbanks, MHA')} 572 108 C
/Helvetica 8.5 F {S('Chair, Annual Meeting Program Committee')} 220 96 C {S('Chief Executive Officer')} 572 96 C
/Helvetica 7 F 0.45 setgray {S('Page 1 of 2')} 396 44 C
showpage
%%Page: 2 2
0.65 0.1 0.18 setrgbcolor /Helvetica-Bold 16 F {S('AABB 2025 Annual Meeting — Continuing Education Information')} 60 540 L
1 setlinewidth 60 530 732 530 HL 0 setgray
/Helvetica 10 F
{S('Participant: Catalina Reyes-Whitfield      Registration ID: AM25-118832      Statement generated: November 3, 2025')} 60 508 L
/Helvetica-Bold 10.5 F {S('Clinical laboratory professionals')} 60 476 L
/Helvetica 9.5 F
{S('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.')} 60 460 L
{S('The meeting offered a maximum of 28.5 P.A.C.E.® contact hours. Contact hours claimed by this participant: 16.5.')} 60 446 L
/Helvetica-Bold 10.5 F {S('Physicians')} 60 414 L
/Helvetica 9.5 F
{S('AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for')} 60 398 L
{S('physicians. AABB designates this live activity for a maximum of 28.5 AMA PRA Category 1 Credits™. Physicians should claim only the')} 60 384 L
{S('credit commensurate with the extent of their participation in the activity.')} 60 370 L
/Helvetica-Bold 10.5 F {S('Nurses')} 60 338 L
/Helvetica 9.5 F
{S('This activity provides up to 28.5 ANCC nursing contact hours. Nursing credit is claimed separately and is not shown on this statement.')} 60 322 L
/Helvetica-Bold 10.5 F {S('Record keeping')} 60 290 L
/Helvetica 9.5 F
{S('Credits were claimed through the online evaluation by November 1, 2025. Certificates cannot be reissued after December 31, 2025.')} 60 274 L
{S('Keep this certificate for at least six years for certification and licensure audits.')} 60 260 L
{S('AABB · 1200 Harbor Commons Drive, Suite 400 · Bethesda, MD 20814 · education@aabb-example.org')} 60 228 L
/Helvetica 7 F 0.45 setgray {S('Page 2 of 2')} 396 44 C
showpage
'''
    engines.ps_pdf(ps, out, title='AABB Annual Meeting Certificate')


# --------------------------------------------------------------------------- yj25
@cert(style='nsh', producer='reportlab-platypus',
      layout=['portrait', 'centred-award', 'border', 'letter-spaced-name', 'caps-name', 'hyphenated-name',
              'conference-session', 'date-range-distractor', 'title-with-grossing', 'session-number', 'seal'],
      notes='Symposium workshop certificate: symposium runs August 22-27, workshop session date August 24 is '
            'gold. Letter-spaced all-caps hyphenated name (printed with spaces between letters). Title contains '
            '"Grossing" as a real word. Session No. W-47.',
      name='LUCIA FERREIRA-BRANDT',
      title='Decalcification Done Right: Bone Specimens from Grossing to Microtomy',
      date='2025-08-24', credits=2.0, unit='contact hour',
      provider=['National Society for Histotechnology', 'NSH'],
      activity_id='W-47')
def yj25(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER
    g = yj25.gold
    W, H = letter
    plum = colors.HexColor('#5b2a6e')

    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor('#faf6fb'))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        double_border(c, W, H, plum, inset=30, gap=5, w1=2, w2=2)
        seal(c, W / 2, 118, 42, colors.HexColor('#b48a2c'), ('NSH', 'WORKSHOP', '2025'), size=8)
        c.restoreState()
    ctr = ParagraphStyle('c', fontName='Times-Roman', fontSize=12, leading=16, alignment=TA_CENTER)
    name_sp = ' '.join('LUCIA') + '&nbsp;&nbsp;&nbsp; ' + ' '.join('FERREIRA-BRANDT')
    story = [Paragraph('<font name="Helvetica-Bold" size="24" color="#5b2a6e">NSH</font>', ParagraphStyle('a', parent=ctr, leading=28)),
             Paragraph('<font name="Helvetica" size="11" color="#5b2a6e">National Society for Histotechnology</font>', ctr),
             Paragraph('<font name="Helvetica" size="9.5" color="#555555">2025 Annual Symposium/Convention &middot; August 22&ndash;27, 2025 &middot; Spokane, Washington</font>', ctr),
             Spacer(1, 34),
             Paragraph('<font name="Times-Bold" size="30" color="#5b2a6e">Workshop Certificate</font>', ParagraphStyle('t', parent=ctr, leading=36)),
             Spacer(1, 20), Paragraph('<i>This certificate is awarded to</i>', ctr), Spacer(1, 10),
             Paragraph('<font name="Times-Bold" size="19">%s</font>' % name_sp, ParagraphStyle('n', parent=ctr, leading=24)),
             Spacer(1, 12), Paragraph('<i>for attendance at the half-day workshop</i>', ctr), Spacer(1, 8),
             Paragraph('<font name="Times-Bold" size="17">%s</font>' % h(g['title']), ParagraphStyle('ti', parent=ctr, leading=21)),
             Spacer(1, 20)]
    t = Table([['Session No.', 'Session Date', 'Contact Hours'], ['W-47', 'Sunday, August 24, 2025', '2.0']],
              colWidths=[120, 180, 110])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('TEXTCOLOR', (0, 0), (-1, 0), plum),
                           ('FONT', (0, 1), (-1, 1), 'Times-Roman', 12.5), ('ALIGN', (0, 0), (-1, -1), 'CENTER'),
                           ('LINEBELOW', (0, 0), (-1, 0), 0.6, plum), ('TOPPADDING', (0, 1), (-1, 1), 6)]))
    story += [t, Spacer(1, 22),
              Paragraph('<font name="Helvetica" size="8.5" color="#444444">The National Society for Histotechnology is approved as a provider '
                        'of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. '
                        'Workshop faculty: Hyun-woo Baek, HTL(ASCP)QIHC, and Maren Lindholm, BS, HT(ASCP).</font>',
                        ParagraphStyle('s', parent=ctr, leading=11, leftIndent=30, rightIndent=30)),
              Spacer(1, 40)]
    sig = Table([[Paragraph('<font name="Times-Italic" size="17" color="#1b2a6b">Corinne Habermann</font>', ctr), '',
                  Paragraph('<font name="Times-Italic" size="17" color="#1b2a6b">Ruth Abernethy</font>', ctr)],
                 [Paragraph('<font size="9">Corinne Habermann, HT(ASCP)<br/>NSH President</font>', ParagraphStyle('g', parent=ctr, fontName='Helvetica', leading=11)), '',
                  Paragraph('<font size="9">Ruth Abernethy, MA, HTL(ASCP)<br/>Symposium Education Chair</font>', ParagraphStyle('g2', parent=ctr, fontName='Helvetica', leading=11))]],
                colWidths=[190, 90, 190])
    sig.setStyle(TableStyle([('LINEABOVE', (0, 1), (0, 1), 0.6, colors.black), ('LINEABOVE', (2, 1), (2, 1), 0.6, colors.black)]))
    story.append(sig)
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=66, rightMargin=66, topMargin=62, bottomMargin=60,
                            title='NSH Workshop Certificate', author='National Society for Histotechnology')
    doc.build(story, onFirstPage=deco)


# --------------------------------------------------------------------------- yj26
@cert(style='amt', producer='chromium-html',
      layout=['landscape', 'centred-award', 'border', 'format-line', 'title-with-meeting', 'credentials-after-name',
              'hyphenated-name', 'labels-above-values', 'signature-block'],
      notes='"On-Demand" is a format line; the title begins with the word "Meeting" (real title). Course ID, '
            'completion date and CE hours in a labels-above-values strip. AMT member ID is a distractor.',
      name='Tamika L. Washington-Boyd',
      title='Meeting Patients Where They Are: Communication Skills for the Phlebotomy Professional',
      date='2025-04-28', credits=1.0, unit='CE hour',
      provider=['American Medical Technologists', 'AMT'],
      activity_id='AMT-OD-3312')
def yj26(out):
    g = yj26.gold
    html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>AMT Certificate</title>
<style>
@page {{ size: 11in 8.5in; margin:0 }}
body {{ margin:0; font-family:'Liberation Sans'; color:#222 }}
.page {{ width:11in; height:8.5in; box-sizing:border-box; padding:0.3in; background:#fff }}
.f {{ height:100%; box-sizing:border-box; border:14px solid #800020; outline:2px solid #c9a227; outline-offset:-22px; padding:0.38in 0.8in; text-align:center; position:relative }}
.logo {{ display:inline-block; width:58px; height:58px; line-height:58px; border-radius:50%; background:#800020; color:#fff; font-weight:bold; font-size:17pt }}
.org {{ font:bold 15pt 'C059'; color:#800020; margin-top:6px }}
h1 {{ font:normal 32pt 'C059'; margin:12px 0 10px }}
.i {{ font:italic 12.5pt 'C059'; margin:6px 0 }}
.n {{ font:bold 25pt 'C059'; margin:4px 0 }}
.fmt {{ font-size:10pt; font-weight:bold; color:#800020; letter-spacing:0.05em; margin-top:8px }}
.t {{ font:bold 18pt 'C059'; margin:4px 0.4in 14px; line-height:1.25 }}
.grid {{ display:flex; justify-content:center; gap:0.35in; margin-top:4px }}
.cell {{ min-width:1.6in; text-align:left }} .lab {{ font-size:8pt; font-weight:bold; color:#800020; text-transform:uppercase; letter-spacing:0.04em }}
.val {{ font-size:12.5pt; border-bottom:1px solid #888; padding:3px 0 }}
.sig {{ position:absolute; bottom:0.45in; right:0.8in; width:3in; font-size:9pt }} .sig .s {{ font:21pt 'Z003'; color:#1b2a6b }} .sig .l {{ border-top:1px solid #333; padding-top:3px }}
.st {{ position:absolute; bottom:0.5in; left:0.8in; width:4.6in; text-align:left; font-size:8pt; color:#555; line-height:1.35 }}
</style></head><body><div class="page"><div class="f">
<div class="logo">AMT</div>
<div class="org">American Medical Technologists</div>
<h1>Certificate of Continuing Education</h1>
<div class="i">presented to</div>
<div class="n">Tamika L. Washington-Boyd, RPT(AMT)</div>
<div class="i">for completion of the course</div>
<div class="fmt">ON-DEMAND</div>
<div class="t">{h(g['title'])}</div>
<div class="grid">
 <div class="cell"><div class="lab">Course ID</div><div class="val">AMT-OD-3312</div></div>
 <div class="cell"><div class="lab">Completed</div><div class="val">04/28/2025</div></div>
 <div class="cell"><div class="lab">CE Hours</div><div class="val">1.0</div></div>
</div>
<div class="st">American Medical Technologists approves this course for 1.0 CE hour toward the Certification Continuation Program. AMT member ID 2204518. This certificate is not valid without a completion record in your AMT online profile.</div>
<div class="sig"><div class="s">Theresa Whitlock</div><div class="l"><b>Theresa Whitlock, MT(AMT), MEd</b><br>Director, Continuing Education</div></div>
</div></div></body></html>'''
    engines.html_pdf(html, out)


# --------------------------------------------------------------------------- yj27
@cert(style='asm', producer='libreoffice-fodt',
      layout=['landscape', 'centred-award', 'border', 'format-line', 'labels-above-values', 'table',
              'accented-name', 'hyphenated-name', 'presented-by'],
      notes='"Webinar" format line over the title. Labels above values in a four-column table (Participant | '
            'Event Code | Date | P.A.C.E. Contact Hours); date printed "13 November 2025". Presenter and '
            'certificate print date are distractors.',
      name='Aurélie Dubois-Nguyen',
      title='Candida auris Screening: Specimen Collection, Testing, and Reporting',
      date='2025-11-13', credits=1.0, unit='contact hour',
      provider=['American Society for Microbiology', 'ASM'],
      activity_id='ASMW-1113')
def yj27(out):
    styles = (pstyle('Logo', 30, 'Liberation Sans', bold=True, color='#005b7f', after='0in') +
              pstyle('Org', 12, 'Liberation Sans', color='#005b7f', after='0.22in') +
              pstyle('H1', 30, 'C059', before='0.1in', after='0.12in') +
              pstyle('I', 12.5, 'C059', italic=True, after='0.08in') +
              pstyle('Fmt', 10.5, 'Liberation Sans', bold=True, color='#005b7f', before='0.06in', after='0.02in') +
              pstyle('T', 18, 'C059', bold=True, after='0.2in') +
              pstyle('Lab', 8.5, 'Liberation Sans', bold=True, color='#005b7f', after='0in') +
              pstyle('Val', 12, 'Liberation Sans', after='0in') +
              pstyle('Small', 8.5, 'Liberation Sans', color='#444444', before='0.25in') +
              pstyle('SigS', 20, 'Z003', color='#1b2a6b', before='0.4in', after='0in') +
              pstyle('Sig', 9.5, 'Liberation Sans', after='0in') +
              pstyle('Foot', 7.5, 'Liberation Sans', color='#777777', before='0.35in'))
    heads = ['Participant', 'Event Code', 'Date', 'P.A.C.E.® Contact Hours']
    vals = ['Aurélie Dubois-Nguyen', 'ASMW-1113', '13 November 2025', '1.0']
    hrow = ''.join(f'<table:table-cell table:style-name="CH" office:value-type="string"><text:p text:style-name="Lab">{x(a)}</text:p></table:table-cell>' for a in heads)
    vrow = ''.join(f'<table:table-cell table:style-name="CV" office:value-type="string"><text:p text:style-name="Val">{x(a)}</text:p></table:table-cell>' for a in vals)
    body = FODT_FONTS + f'''<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="11in" fo:page-height="8.5in" style:print-orientation="landscape"
 fo:margin-top="0.45in" fo:margin-bottom="0.4in" fo:margin-left="0.45in" fo:margin-right="0.45in" fo:border="4pt double #005b7f" fo:padding="0.3in"/></style:page-layout>
{styles}
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="8.2in" table:align="center"/></style:style>
<style:style style:name="Col" style:family="table-column"><style:table-column-properties style:column-width="2.05in"/></style:style>
<style:style style:name="CH" style:family="table-cell"><style:table-cell-properties fo:padding="0.04in" fo:border-bottom="0.75pt solid #005b7f"/></style:style>
<style:style style:name="CV" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Logo">ASM</text:p>
<text:p text:style-name="Org">American Society for Microbiology</text:p>
<text:p text:style-name="H1">Certificate of Participation</text:p>
<text:p text:style-name="I">This certifies participation in the ASM professional development</text:p>
<text:p text:style-name="Fmt">Webinar</text:p>
<text:p text:style-name="T">Candida auris Screening: Specimen Collection, Testing, and Reporting</text:p>
<table:table table:name="Rec" table:style-name="Tbl"><table:table-column table:style-name="Col" table:number-columns-repeated="4"/>
<table:table-row>{hrow}</table:table-row><table:table-row>{vrow}</table:table-row></table:table>
<text:p text:style-name="Small">Presented by Kavita Ramanathan, PhD, D(ABMM), and Elliot Braswell, MPH, M(ASCP). The American Society for Microbiology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.</text:p>
<text:p text:style-name="SigS">Rowan Mbeki-Larsson</text:p>
<text:p text:style-name="Sig">______________________________</text:p>
<text:p text:style-name="Sig">Rowan Mbeki-Larsson, PhD, D(ABMM) — Chair, ASM Professional Development Committee</text:p>
<text:p text:style-name="Foot">Certificate printed 11/18/2025 · ASM Education · 1752 N Street NW, Washington, DC 20036</text:p>
</office:text></office:body>'''
    engines.fodt_pdf(body, out)
