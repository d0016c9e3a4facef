"""Certificates yj01-yj14."""
from html import escape as h

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter, landscape
from reportlab.pdfgen import canvas

import engines
from registry import cert
from rlkit import (double_border, corner_flourish, seal, signature, centred_wrapped,
                   left_wrapped, spaced, stringWidth)


def x(s):
    """XML escape for flat ODF."""
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


# --------------------------------------------------------------------------- yj01
@cert(style='ascp-cmle', producer='chromium-html',
      layout=['landscape', 'centred-award', 'border', 'seal', 'issuer-line-above-heading',
              'letter-spaced-name', 'caps-name', 'credentials-after-name', 'format-line',
              'wrapped-title-then-label', 'signature-block'],
      notes='ASCP named only in an issuer line over "Certificate of Completion" and in the '
            'credit sentence; format phrase "on-demand webinar" is part of the verb line; '
            'long title wraps and is followed directly by "Date of completion:". Issue date '
            'and customer ID are distractors.',
      name='PRIYANKA VENKATARAMAN',
      title='Beyond the Flags: Investigating Spurious Platelet Counts, Pseudothrombocytopenia, '
            'and Analyzer Interferences in the Modern Hematology Laboratory',
      date='2025-03-14', credits=1.0, unit='CMLE',
      provider=['American Society for Clinical Pathology', 'ASCP'],
      activity_id='25W-HEM-118')
def yj01(out):
    g = yj01.gold
    html = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Certificate of Completion</title>
<style>
@page {{ size: 11in 8.5in; margin: 0 }}
body {{ margin:0; font-family: 'C059', serif; color:#1d2433 }}
.page {{ width:11in; height:8.5in; box-sizing:border-box; padding:0.42in; }}
.frame {{ border:10px solid #0b3c6f; height:100%; box-sizing:border-box; padding:5px; }}
.inner {{ border:2px solid #b8962e; height:100%; box-sizing:border-box; padding:0.32in 0.7in; text-align:center; position:relative }}
.issuer {{ font-family:'URW Gothic', sans-serif; font-size:15pt; color:#0b3c6f }}
h1 {{ font-family:'P052', serif; font-weight:normal; font-size:38pt; margin:6px 0 14px; color:#0b3c6f }}
.lead {{ font-style:italic; font-size:13pt; margin:4px 0 }}
.name {{ font-size:24pt; letter-spacing:0.32em; margin:10px 0 2px; font-weight:bold }}
.cred {{ font-size:11pt; color:#555; margin-bottom:10px }}
.title {{ font-size:17pt; font-weight:bold; margin:8px 0 4px; line-height:1.25 }}
.meta {{ font-size:12pt; margin:2px 0 }}
.sigs {{ position:absolute; bottom:0.38in; left:0.7in; right:0.7in; display:flex; justify-content:space-between; font-size:10pt }}
.sig {{ width:2.9in; border-top:1px solid #333; padding-top:4px }}
.sigscript {{ font-family:'Z003', cursive; font-size:22pt; color:#1b2a6b; height:30px }}
.seal {{ position:absolute; bottom:0.32in; left:50%; margin-left:-0.62in; width:1.24in; height:1.24in; border-radius:50%;
        background:radial-gradient(circle,#d8b24a 0,#b8962e 70%); color:#fff; font-size:8pt; display:flex; align-items:center; justify-content:center; text-align:center; line-height:1.2; box-shadow:0 0 0 4px #fff, 0 0 0 6px #b8962e }}
.foot {{ position:absolute; bottom:0.08in; left:0; right:0; font-size:7.5pt; color:#777 }}
</style></head><body><div class="page"><div class="frame"><div class="inner">
<div class="issuer">American Society for Clinical Pathology</div>
<h1>Certificate of Completion</h1>
<div class="lead">This is to certify that</div>
<div class="name">PRIYANKA VENKATARAMAN</div>
<div class="cred">MLS(ASCP)<sup>CM</sup></div>
<div class="lead">has completed the on-demand webinar</div>
<div class="title">{h(g['title'])}</div>
<div class="meta">Date of completion: March 14, 2025</div>
<div class="meta">Course Number: 25W-HEM-118 &nbsp;&nbsp;|&nbsp;&nbsp; Credit awarded: 1.0 CMLE</div>
<div class="meta" style="font-size:9.5pt;color:#444;margin-top:8px">ASCP designates this activity for 1.0 CMLE (Continuing Medical Laboratory Education) credit,
acceptable for the ASCP Board of Certification Credential Maintenance Program.</div>
<div class="sigs">
 <div><div class="sigscript">Rhonda Feldstein</div><div class="sig"><b>Rhonda K. Feldstein, MD, FASCP</b><br>Chief Learning Officer</div></div>
 <div><div class="sigscript">G. Ambrose</div><div class="sig"><b>Gideon Ambrose, MS, MLS(ASCP)<sup>CM</sup></b><br>Director, Continuing Education</div></div>
</div>
<div class="seal">ASCP<br>CONTINUING<br>EDUCATION</div>
<div class="foot">Certificate issued March 16, 2025 &nbsp;&middot;&nbsp; Customer ID 00912844 &nbsp;&middot;&nbsp; Retain this certificate for your records.</div>
</div></div></div></body></html>'''
    engines.html_pdf(html, out)


# --------------------------------------------------------------------------- yj02
@cert(style='aabb', producer='reportlab-platypus',
      layout=['portrait', 'letter', 'letterhead', 'format-line', 'program-no-without-colon',
              'multi-credit', 'hyphenated-name', 'credentials-after-name', 'signature-block'],
      notes='Letter-style attendance confirmation. "AABB eCast" is a format line between the '
            'participation sentence and the title. Program No. without colon. P.A.C.E. 1.5 is '
            'gold; AMA PRA and ANCC figures are distractors; issue date, member ID and '
            'registration number are distractors; faculty names are distractors.',
      name='Danielle Hollings-Marsh',
      title='Managing Warm Autoimmune Hemolytic Anemia: Serologic Workup, Adsorptions, and '
            'Transfusion Decisions',
      date='2025-04-09', credits=1.5, unit='contact hour',
      provider=['Association for the Advancement of Blood & Biotherapies', 'AABB'],
      activity_id='257-118-25')
def yj02(out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    g = yj02.gold
    red = colors.HexColor('#a6192e')
    base = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=15)
    small = ParagraphStyle('s', parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor('#333333'))
    story = []
    head = Table([[Paragraph('<font name="Helvetica-Bold" size="30" color="#a6192e">AABB</font>', ParagraphStyle('lg', parent=base, leading=34)),
                   Paragraph('<font name="Helvetica-Bold" size="10">Association for the Advancement of Blood &amp; Biotherapies</font><br/>'
                             '<font name="Helvetica" size="8.5">Education Department &middot; 1200 Harbor Commons Drive, Suite 400 &middot; Bethesda, MD 20814</font><br/>'
                             '<font name="Helvetica" size="8.5">Tel. +1 301.555.0142 &middot; education@aabb-example.org</font>', base)]],
                 colWidths=[118, 358])
    head.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LINEBELOW', (0, 0), (-1, 0), 1.5, red),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 10)]))
    story += [head, Spacer(1, 18)]
    story.append(Paragraph('April 14, 2025', ParagraphStyle('d', parent=base, alignment=TA_RIGHT)))
    story.append(Spacer(1, 14))
    story.append(Paragraph('Danielle Hollings-Marsh, MT(ASCP)SBB<br/>Transfusion Service, Quarry Hill Medical Center<br/>'
                           '88 Lanterman Road<br/>Harwick, PA 17021', base))
    story.append(Spacer(1, 14))
    story.append(Paragraph('<b>CONFIRMATION OF ATTENDANCE</b>', ParagraphStyle('t', parent=base, fontSize=12.5, textColor=red)))
    story.append(Spacer(1, 8))
    story.append(Paragraph('Dear Ms. Hollings-Marsh:', base))
    story.append(Spacer(1, 6))
    story.append(Paragraph('This letter confirms that <b>Danielle Hollings-Marsh</b> participated in the following educational '
                           'program and successfully completed the post-program evaluation:', base))
    story.append(Spacer(1, 10))
    story.append(Paragraph('AABB eCast', ParagraphStyle('f', parent=base, alignment=TA_CENTER, fontName='Helvetica-Bold', fontSize=10, textColor=red)))
    story.append(Spacer(1, 3))
    story.append(Paragraph(h(g['title']), ParagraphStyle('ti', parent=base, alignment=TA_CENTER, fontName='Times-Bold', fontSize=14, leading=18)))
    story.append(Spacer(1, 8))
    story.append(Paragraph('Live broadcast: Wednesday, April 9, 2025, 12:00&ndash;1:30 p.m. ET<br/>Program No. 257-118-25',
                           ParagraphStyle('c', parent=base, alignment=TA_CENTER)))
    story.append(Spacer(1, 6))
    story.append(Paragraph('Faculty: Renata Solis-Harlan, MD, and Thomas Eberhart, MS, MT(ASCP)SBB', ParagraphStyle('fa', parent=small, alignment=TA_CENTER)))
    story.append(Spacer(1, 12))
    t = Table([['Credit', 'Awarded'],
               ['ASCLS P.A.C.E.\u00ae contact hours (clinical laboratory professionals)', '1.5'],
               ['AMA PRA Category 1 Credits\u2122 (physicians)', '1.5'],
               ['ANCC nursing contact hours', '1.5']], colWidths=[340, 80])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
                           ('GRID', (0, 0), (-1, -1), 0.5, colors.grey), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f2dfe2')),
                           ('ALIGN', (1, 0), (1, -1), 'CENTER')]))
    story += [t, Spacer(1, 6)]
    story.append(Paragraph('Credits shown in the physician and nursing rows are listed for reference only; you have been awarded '
                           '<b>1.5 P.A.C.E.\u00ae contact hours</b>.', base))
    story.append(Spacer(1, 10))
    story.append(Paragraph('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS '
                           'P.A.C.E.\u00ae Program. AABB is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to '
                           'provide continuing medical education for physicians. AABB designates this live activity for a maximum of 1.5 '
                           'AMA PRA Category 1 Credits\u2122. Physicians should claim only the credit commensurate with the extent of their '
                           'participation in the activity.', small))
    story.append(Spacer(1, 14))
    story.append(Paragraph('Sincerely,', base))
    story.append(Spacer(1, 26))
    story.append(Paragraph('<font name="Times-Italic" size="16" color="#1b2a6b">Lorraine Whitfield</font>', base))
    story.append(Paragraph('Lorraine Whitfield, MEd, MT(ASCP)<br/>Senior Director, Education', base))
    story.append(Spacer(1, 16))
    story.append(Paragraph('Member ID 3340921 &middot; Registration #R-88412 &middot; Please retain this letter for six years.', small))
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=68, rightMargin=68, topMargin=48, bottomMargin=48,
                            title='AABB attendance confirmation', author='AABB Education')
    doc.build(story)


# --------------------------------------------------------------------------- yj03
@cert(style='cap-joint', producer='tcpdf',
      layout=['landscape', 'centred-award', 'border', 'format-line', 'title-with-grossing-orientation',
              'credit-table', 'claimed-vs-maximum', 'multi-credit', 'accented-name', 'hyphenated-name',
              'credentials-after-name'],
      notes='"Enduring Material" is a format line. Title contains Grossing and Orientation (real title '
            'words). Credit table shows maximum vs claimed; the P.A.C.E. claimed figure 1.75 is gold; '
            'AMA PRA and ABPath SAM maxima are distractors. Transcript ID and issue date are distractors.',
      name='Tomás Ortega-Ruiz',
      title='Grossing Complex Oncologic Resections: Orientation, Inking, and Margin Sampling',
      date='2025-05-22', credits=1.75, unit='contact hour',
      provider=['College of American Pathologists', 'CAP'],
      activity_id='EM25-0447')
def yj03(out):
    g = yj03.gold
    P = engines.php_str
    code = f'''
$pdf = new CertPDF('L','pt','LETTER');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('CAP Certificate');
$pdf->AddPage();
$pdf->SetLineStyle(array('width'=>4,'color'=>array(0,61,121)));
$pdf->Rect(24,24,744,564);
$pdf->SetLineStyle(array('width'=>1,'color'=>array(0,61,121)));
$pdf->Rect(34,34,724,544);
$pdf->SetTextColor(0,61,121);
$pdf->SetFont('helvetica','B',13);
$pdf->SetXY(0,58); $pdf->Cell(792,16,'College of American Pathologists',0,1,'C');
$pdf->SetFont('times','B',30);
$pdf->SetXY(0,104); $pdf->Cell(792,34,'Certificate of Participation',0,1,'C');
$pdf->SetTextColor(20,20,20);
$pdf->SetFont('times','I',13);
$pdf->SetXY(0,150); $pdf->Cell(792,16,'awarded to',0,1,'C');
$pdf->SetFont('dejavuserif','B',24);
$pdf->SetXY(0,172); $pdf->Cell(792,30,{P('Tomás Ortega-Ruiz, PA(ASCP)CM')},0,1,'C');
$pdf->SetFont('times','I',13);
$pdf->SetXY(0,212); $pdf->Cell(792,16,'for successful completion of the',0,1,'C');
$pdf->SetFont('helvetica','B',10); $pdf->SetTextColor(0,61,121);
$pdf->SetXY(0,232); $pdf->Cell(792,14,'ENDURING MATERIAL',0,1,'C');
$pdf->SetTextColor(20,20,20);
$pdf->SetFont('times','B',18);
$pdf->SetXY(96,250); $pdf->MultiCell(600,22,{P(g['title'])},0,'C');
$pdf->SetFont('times','',11.5);
$pdf->SetXY(0,300); $pdf->Cell(792,14,'Activity ID: EM25-0447     Date completed: 05/22/2025',0,1,'C');
$html = '<table border="0.5" cellpadding="3" style="font-size:9pt">
<tr style="background-color:#dbe6f2;font-weight:bold"><td width="260">Credit type</td><td width="110" align="center">Maximum available</td><td width="110" align="center">Credits claimed</td></tr>
<tr><td>AMA PRA Category 1 Credits&trade;</td><td align="center">2.00</td><td align="center">&mdash;</td></tr>
<tr><td>ASCLS P.A.C.E.&reg; contact hours</td><td align="center">2.00</td><td align="center">1.75</td></tr>
<tr><td>ABPath Continuing Certification SAM credit</td><td align="center">2.00</td><td align="center">&mdash;</td></tr>
</table>';
$pdf->writeHTMLCell(480,0,156,326,$html,0,1,false,true,'C');
$pdf->SetFont('helvetica','',7.5);
$pdf->SetTextColor(60,60,60);
$pdf->SetXY(70,420);
$pdf->MultiCell(652,10,'The College of American Pathologists (CAP) is accredited by the Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians. The CAP designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. The CAP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Successful completion of this activity also enables the participant to earn up to 2.00 Medical Knowledge points in the ABPath Continuing Certification program.',0,'C');
$pdf->SetDrawColor(40,40,40); $pdf->SetLineWidth(0.6);
$pdf->Line(110,518,330,518); $pdf->Line(462,518,682,518);
$pdf->SetFont('times','I',17); $pdf->SetTextColor(27,42,107);
$pdf->SetXY(110,494); $pdf->Cell(220,20,'Miriam Castellane',0,0,'C');
$pdf->SetXY(462,494); $pdf->Cell(220,20,'J. P. Oduya',0,0,'C');
$pdf->SetTextColor(20,20,20); $pdf->SetFont('helvetica','',8.5);
$pdf->SetXY(110,522); $pdf->MultiCell(220,10,"Miriam Castellane, MD, FCAP\\nChair, Council on Education",0,'C');
$pdf->SetXY(462,522); $pdf->MultiCell(220,10,"Jonah P. Oduya, MBA\\nDirector, Learning Programs",0,'C');
$pdf->SetFont('helvetica','',7); $pdf->SetTextColor(110,110,110);
$pdf->SetXY(0,560); $pdf->Cell(792,10,'Transcript ID: T-5520918   |   Date issued: 05/23/2025   |   CAP, 325 Waukegan Road, Northfield, IL 60093',0,0,'C');
$pdf->Output($OUT,'F');
'''
    engines.php_pdf(code, out, 'tcpdf')


# --------------------------------------------------------------------------- yj04
@cert(style='ascls', producer='libreoffice-fodt',
      layout=['portrait', 'two-column-label-value', 'conference-session', 'date-range-distractor',
              'credentials-after-name', 'session-number'],
      notes='ASCLS own certificate (ASCLS P.A.C.E. statement is about ASCLS itself, so ASCLS is the '
            'provider). Session certificate within a conference dated June 24-28; the session date '
            'June 26 is gold. Member number and issue date are distractors.',
      name='Rosalind Achterberg',
      title='Ethics at the Bench: Error Disclosure, Just Culture, and Professional Duty',
      date='2025-06-26', credits=1.0, unit='contact hour',
      provider=['American Society for Clinical Laboratory Science', 'ASCLS'],
      activity_id='4107')
def yj04(out):
    g = yj04.gold
    rows = [('Participant', 'Rosalind Achterberg, MLS(ASCP)CM'),
            ('ASCLS Member No.', '228841'),
            ('Session Number', '4107'),
            ('Session Title', g['title']),
            ('Session Date', 'Thursday, June 26, 2025'),
            ('Presenter', 'Corinne Bledsoe-Harris, EdD, MLS(ASCP)CM'),
            ('P.A.C.E.® Contact Hours', '1.0'),
            ('Level / Category', 'Intermediate / Laboratory Administration')]
    trs = ''.join(f'''<table:table-row><table:table-cell table:style-name="C1" office:value-type="string"><text:p text:style-name="Lab">{x(a)}</text:p></table:table-cell>
<table:table-cell table:style-name="C2" office:value-type="string"><text:p text:style-name="Val">{x(b)}</text:p></table:table-cell></table:table-row>''' for a, b in rows)
    body = f'''<office:font-face-decls>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
<style:font-face style:name="P052" svg:font-family="P052"/>
<style:font-face style:name="Z003" svg:font-family="Z003"/>
</office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait"
 fo:margin-top="0.55in" fo:margin-bottom="0.5in" fo:margin-left="0.8in" fo:margin-right="0.8in"/></style:page-layout>
<style:style style:name="Org" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="P052" fo:font-size="17pt" fo:font-weight="bold" fo:color="#00467f"/></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.02in"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:color="#444444"/></style:style>
<style:style style:name="Rule" style:family="paragraph"><style:paragraph-properties fo:border-bottom="2pt solid #00467f" fo:padding-bottom="0.04in" fo:margin-bottom="0.2in"/><style:text-properties fo:font-size="4pt"/></style:style>
<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.15in" fo:margin-bottom="0.12in"/><style:text-properties style:font-name="P052" fo:font-size="26pt" fo:color="#00467f"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.18in"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt"/></style:style>
<style:style style:name="Lab" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-weight="bold" fo:color="#00467f"/></style:style>
<style:style style:name="Val" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-top="0.18in"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#333333"/></style:style>
<style:style style:name="Sig" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35in"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
<style:style style:name="Script" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3in"/><style:text-properties style:font-name="Z003" fo:font-size="20pt" fo:color="#1b2a6b"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="6.9in" table:align="center"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="2.2in"/></style:style>
<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="4.7in"/></style:style>
<style:style style:name="C1" style:family="table-cell"><style:table-cell-properties fo:padding="0.06in" fo:border-bottom="0.5pt solid #9db3c8" fo:background-color="#eef3f8"/></style:style>
<style:style style:name="C2" style:family="table-cell"><style:table-cell-properties fo:padding="0.06in" fo:border-bottom="0.5pt solid #9db3c8"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Org">American Society for Clinical Laboratory Science</text:p>
<text:p text:style-name="Sub">ASCLS 2025 Annual Meeting &#x2022; Providence, Rhode Island &#x2022; June 24&#x2013;28, 2025</text:p>
<text:p text:style-name="Rule"/>
<text:p text:style-name="H1">Certificate of Session Attendance</text:p>
<text:p text:style-name="Body">The participant named below attended the educational session described and is awarded the continuing education credit shown.</text:p>
<table:table table:name="Details" table:style-name="Tbl"><table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>
{trs}
</table:table>
<text:p text:style-name="Small">ASCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&#x00AE; Program. This certificate is valid only for the session listed above. Credit for other sessions attended at the Annual Meeting is documented on separate certificates. Certificate generated July 7, 2025.</text:p>
<text:p text:style-name="Script">Denise Karlsson</text:p>
<text:p text:style-name="Val">______________________________________</text:p>
<text:p text:style-name="Val">Denise Karlsson, MS, MLS(ASCP)CM &#x2014; Chair, ASCLS Education and Scientific Assembly</text:p>
</office:text></office:body>'''
    engines.fodt_pdf(body, out)


# --------------------------------------------------------------------------- yj05
@cert(style='state-society', producer='docx-libreoffice',
      layout=['landscape', 'centred-award', 'format-line', 'meeting-attendance', 'date-range',
              'provider-only-in-accreditation-statement', 'program-no-without-colon', 'signature-block'],
      notes='Meeting attendance: the format line "Spring Symposium" is not the title; the meeting name '
            '"Frontiers in Laboratory Practice 2025" is the title. Provider named only as the subject of '
            'the P.A.C.E. statement. Conference range April 10-12 -> last day. Program No. without colon.',
      name="Bernadette O'Keefe",
      title='Frontiers in Laboratory Practice 2025',
      date='2025-04-12', credits=9.5, unit='contact hour',
      provider=['Dakota Society for Clinical Laboratory Science'],
      activity_id='530-221-25')
def yj05(out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Inches(11), Inches(8.5)
    for side in ('left_margin', 'right_margin'):
        setattr(s, side, Inches(0.9))
    s.top_margin, s.bottom_margin = Inches(0.6), Inches(0.5)
    # page border
    sectPr = s._sectPr
    pb = OxmlElement('w:pgBorders')
    pb.set(qn('w:offsetFrom'), 'page')
    for side in ('top', 'left', 'bottom', 'right'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'thinThickSmallGap')
        e.set(qn('w:sz'), '24')
        e.set(qn('w:space'), '24')
        e.set(qn('w:color'), '2E5E3E')
        pb.append(e)
    sectPr.append(pb)
    green = RGBColor(0x2E, 0x5E, 0x3E)

    def para(text, size, bold=False, italic=False, color=None, font='Liberation Serif', after=4, before=0, align=WD_ALIGN_PARAGRAPH.CENTER):
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
    para('CERTIFICATE OF ATTENDANCE', 30, bold=True, color=green, font='P052', after=10, before=6)
    para('presented to', 13, italic=True, after=4)
    para("Bernadette O'Keefe", 28, font='Z003', after=6)
    para('for attending the', 13, italic=True, after=2)
    para('Spring Symposium', 12, bold=True, color=green, font='Liberation Sans', after=2)
    para('Frontiers in Laboratory Practice 2025', 22, bold=True, font='P052', after=4)
    para('April 10–12, 2025  •  Missouri River Conference Center  •  Bismarck, North Dakota', 11, after=10)
    para('Total contact hours awarded: 9.5', 13, bold=True, after=10)
    para('The Dakota Society for Clinical Laboratory Science is approved as a provider of continuing education programs '
         'in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. P.A.C.E.® Program No. 530-221-25. '
         'Contact hours are based on sessions attended as verified by the attendee sign-in record.', 9, font='Liberation Sans', after=16)
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sig = [('Colleen Vasquez-Thornby', 'Colleen Vasquez-Thornby, MLS(ASCP)CM', 'President'),
           ('Arvid Lindqvist', 'Arvid Lindqvist, MS, MLS(ASCP)', 'Continuing Education Chair')]
    for i, (scr, nm, tt) in enumerate(sig):
        c0 = t.cell(0, i)
        p = c0.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(scr)
        r.font.name = 'Z003'
        r.font.size = Pt(18)
        r.font.color.rgb = RGBColor(0x1b, 0x2a, 0x6b)
        c1 = t.cell(1, i)
        p = c1.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run('_______________________________\n' + nm + '\n' + tt)
        r.font.size = Pt(10)
        r.font.name = 'Liberation Sans'
    para('Certificate date: April 30, 2025', 8, font='Liberation Sans', before=14, color=RGBColor(0x66, 0x66, 0x66))
    engines.docx_pdf(d, out)


# --------------------------------------------------------------------------- yj06
@cert(style='labce', producer='fpdf',
      layout=['portrait', 'labels-above-values', 'columns', 'border', 'wrapped-title'],
      notes='Labels above values in columns (Participant | Date of Completion | Customer ID, values on '
            'the row below; Course Number | P.A.C.E. Contact Hours | Level). Customer ID is a distractor. '
            'Florida hours equal the P.A.C.E. figure.',
      name='Keanu Makoa-Fujimoto',
      title='Body Fluid Cell Counts and Differentials: Serous, Synovial, and Cerebrospinal Fluids',
      date='2025-02-17', credits=1.5, unit='contact hour',
      provider=['LabCE'],
      activity_id='1291')
def yj06(out):
    g = yj06.gold
    P = engines.php_str
    code = f'''
$pdf = new FPDF('P','pt','Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('LabCE Certificate');
$pdf->AddPage();
$pdf->SetDrawColor(0,122,135); $pdf->SetLineWidth(3); $pdf->Rect(30,30,552,732);
$pdf->SetLineWidth(0.8); $pdf->Rect(38,38,536,716);
$pdf->SetFillColor(0,122,135); $pdf->Rect(38,38,536,70,'F');
$pdf->SetTextColor(255,255,255); $pdf->SetFont('Helvetica','B',30);
$pdf->SetXY(60,52); $pdf->Cell(200,40,'LabCE',0,0,'L');
$pdf->SetFont('Helvetica','',9); $pdf->SetXY(300,60); $pdf->MultiCell(260,12,w('Online continuing education for the clinical laboratory'),0,'R');
$pdf->SetTextColor(30,30,30);
$pdf->SetFont('Times','B',28); $pdf->SetXY(38,140); $pdf->Cell(536,34,'Certificate of Completion',0,1,'C');
$pdf->SetFont('Times','I',12); $pdf->SetXY(38,178); $pdf->Cell(536,16,'This certificate documents completion of the online course listed below.',0,1,'C');
function lab($pdf,$x,$y,$w,$t){{ $pdf->SetFont('Helvetica','B',8); $pdf->SetTextColor(0,122,135); $pdf->SetXY($x,$y); $pdf->Cell($w,10,strtoupper($t),0,0,'L'); }}
function val($pdf,$x,$y,$w,$t,$s=12){{ $pdf->SetFont('Helvetica','',$s); $pdf->SetTextColor(20,20,20); $pdf->SetXY($x,$y); $pdf->Cell($w,16,w($t),'B',0,'L'); }}
lab($pdf,70,230,200,'Participant'); lab($pdf,300,230,120,'Date of Completion'); lab($pdf,440,230,110,'Customer ID');
val($pdf,70,244,210,{P('Keanu Makoa-Fujimoto')},13); val($pdf,300,244,120,'02/17/2025'); val($pdf,440,244,110,'LC-4419027');
lab($pdf,70,290,200,'Course Title');
$pdf->SetFont('Helvetica','B',14); $pdf->SetTextColor(20,20,20); $pdf->SetXY(70,304); $pdf->MultiCell(480,18,w({P(g['title'])}),0,'L');
lab($pdf,70,360,120,'Course Number'); lab($pdf,220,360,160,'P.A.C.E. Contact Hours'); lab($pdf,400,360,150,'Level');
val($pdf,70,374,130,'1291'); val($pdf,220,374,160,'1.5'); val($pdf,400,374,150,'Intermediate');
lab($pdf,70,420,200,'Florida Board of Clinical Laboratory Personnel'); 
val($pdf,70,434,480,'1.5 hours, Hematology (Florida CE broker reporting completed)',10);
$pdf->SetFont('Helvetica','',8.5); $pdf->SetTextColor(60,60,60);
$pdf->SetXY(70,480); $pdf->MultiCell(472,11,w('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course has been approved for 1.5 P.A.C.E.® contact hours. Participants passed the post-test with a score of 70% or higher.'),0,'J');
$pdf->SetDrawColor(60,60,60); $pdf->SetLineWidth(0.6); $pdf->Line(70,620,270,620);
$pdf->SetFont('Times','I',18); $pdf->SetTextColor(27,42,107); $pdf->SetXY(70,596); $pdf->Cell(200,20,'Hollis Brennan',0,0,'C');
$pdf->SetFont('Helvetica','',9); $pdf->SetTextColor(20,20,20); $pdf->SetXY(70,624); $pdf->MultiCell(200,11,w("Hollis Brennan, MS, MLS(ASCP)\\nContinuing Education Coordinator"),0,'C');
$pdf->SetFont('Helvetica','',7.5); $pdf->SetTextColor(110,110,110);
$pdf->SetXY(38,728); $pdf->Cell(536,10,'www.labce.com  |  Page 1 of 1',0,0,'C');
$pdf->Output('F',$OUT);
'''
    engines.php_pdf(code, out, 'fpdf')


# --------------------------------------------------------------------------- yj07
@cert(style='medialab', producer='reportlab-canvas',
      layout=['portrait', 'centred-award', 'border', 'seal', 'wrapped-title-then-label',
              'title-with-safety', 'signature-block'],
      notes='Long title with "Safety" wraps onto a second line and is followed directly by '
            '"Completion Date:". Certificate number and print date are distractors.',
      name='Graciela Montoya',
      title='Laboratory Safety: Chemical Hygiene, Hazard Communication, and Spill Response for Clinical Laboratories',
      date='2025-01-30', credits=2.0, unit='contact hour',
      provider=['MediaLab, Inc.', 'MediaLab'],
      activity_id='ML-2207')
def yj07(out):
    g = yj07.gold
    W, H = letter
    c = canvas.Canvas(out, pagesize=letter)
    c.setTitle('MediaLab Certificate')
    navy = colors.HexColor('#22356f')
    double_border(c, W, H, navy, inset=28)
    corner_flourish(c, W, H, navy, inset=46)
    c.setFillColor(navy)
    c.setFont('Helvetica-Bold', 26)
    c.drawCentredString(W / 2, H - 100, 'MediaLab')
    c.setFont('Helvetica', 9)
    c.drawCentredString(W / 2, H - 114, 'MediaLab, Inc.  \u00b7  Continuing Education for Laboratory Professionals')
    c.setFont('Times-Bold', 34)
    c.drawCentredString(W / 2, H - 175, 'Certificate of Completion')
    c.setFillColor(colors.black)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 220, 'This certifies that')
    c.setFont('Times-Bold', 26)
    c.drawCentredString(W / 2, H - 258, 'Graciela Montoya')
    c.setLineWidth(0.5)
    c.line(W / 2 - 170, H - 266, W / 2 + 170, H - 266)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 292, 'has successfully completed the online course')
    y = centred_wrapped(c, g['title'], W / 2, H - 324, 440, 'Times-Bold', 17, 21)
    c.setFont('Times-Roman', 12.5)
    c.drawCentredString(W / 2, y - 4, 'Completion Date: 01/30/2025')
    c.drawCentredString(W / 2, y - 22, 'Course No. ML-2207     \u00b7     2.0 P.A.C.E.\u00ae contact hours')
    left_y = y - 60
    c.setFont('Helvetica', 8.5)
    c.setFillColor(colors.HexColor('#333333'))
    txt = ('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory '
           'sciences by the ASCLS P.A.C.E.\u00ae Program. This course is also approved by the Florida Board of Clinical '
           'Laboratory Personnel and the California Department of Public Health for 2.0 hours of continuing education.')
    centred_wrapped(c, txt, W / 2, left_y, 430, 'Helvetica', 8.5, 11)
    c.setFillColor(colors.black)
    seal(c, W / 2, 170, 46, colors.HexColor('#b08d2e'), ('APPROVED', 'P.A.C.E.\u00ae', 'PROVIDER'), size=7.5)
    signature(c, 80, 150, 170, 'Elaine Barrow-Stokes, MS, MLS(ASCP)CM', 'Director of Continuing Education', size=8.5, seed=2)
    signature(c, W - 250, 150, 170, 'Paul Okonjo, PhD', 'Chief Executive Officer', size=8.5, seed=5)
    c.setFont('Helvetica', 7.5)
    c.setFillColor(colors.HexColor('#666666'))
    c.drawCentredString(W / 2, 56, 'Certificate #: MLC-2025-0193377   |   Printed on 02/03/2025   |   www.medialab.com')
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- yj08
@cert(style='adlm', producer='ghostscript-ps',
      layout=['landscape', 'centred-award', 'border', 'caps-name', 'hyphenated-name', 'format-line',
              'title-with-meeting', 'presented-by', 'multi-credit', 'signature-block'],
      notes='"LIVE WEBINAR" is a format line; the title begins with the word "Meeting" (real title). '
            'ACCENT contact hour is gold; AMA PRA figure is a distractor; speaker "presented by" is a '
            'distractor. Event ID is the activity id.',
      name='DEVONTE A. MARSHALL-KING',
      title='Meeting the Challenge of Point-of-Care Glucose Testing in Critically Ill Patients',
      date='2025-02-20', credits=1.0, unit='contact hour',
      provider=['Association for Diagnostics & Laboratory Medicine', 'ADLM'],
      activity_id='W25-0220')
def yj08(out):
    g = yj08.gold
    S = engines.ps_str
    ps = f'''
<< /PageSize [792 612] >> setpagedevice
0.07 0.27 0.45 setrgbcolor 6 setlinewidth 22 22 748 568 BOX
1.5 setlinewidth 34 34 724 544 BOX
0.93 0.95 0.98 setrgbcolor 36 36 720 66 FILLBOX
0.07 0.27 0.45 setrgbcolor
/Helvetica-Bold 30 F {S('ADLM')} 396 528 C
/Helvetica 11 F {S('Association for Diagnostics & Laboratory Medicine')} 396 510 C
/Times-Bold 32 F {S('Certificate of Attendance')} 396 456 C
0 setgray
/Times-Italic 13 F {S('This is to certify that')} 396 420 C
/Times-Bold 24 F {S('DEVONTE A. MARSHALL-KING')} 396 388 C
/Times-Italic 13 F {S('participated in the ADLM')} 396 358 C
/Helvetica-Bold 11 F 0.07 0.27 0.45 setrgbcolor {S('LIVE WEBINAR')} 396 338 C 0 setgray
/Times-Bold 19 F {S(g['title'])} 396 312 C
/Times-Roman 12 F {S('presented by Harold Ekwueme, PhD, DABCC')} 396 290 C
/Times-Roman 12 F {S('Broadcast: Thursday, February 20, 2025, 2:00–3:00 PM ET      Event ID W25-0220')} 396 266 C
/Times-Bold 13 F {S('1.0 ACCENT® contact hour')} 396 240 C
/Helvetica 8 F
{S('ADLM designates this activity for 1.0 ACCENT® contact hour of continuing education credit for laboratory professionals. ADLM is accredited by the')} 396 208 C
{S('Accreditation Council for Continuing Medical Education (ACCME) to provide continuing medical education for physicians and designates this live')} 396 198 C
{S('activity for a maximum of 1.0 AMA PRA Category 1 Credit™. Physicians should claim only the credit commensurate with the extent of their participation.')} 396 188 C
0.5 setlinewidth 0 setgray 120 120 320 120 HL 472 120 672 120 HL
0.1 0.16 0.42 setrgbcolor /ZapfChancery-MediumItalic 20 F {S('Lena Vasquez-Orr')} 220 126 C {S('Samuel Adeyemi')} 572 126 C 0 setgray
/Helvetica-Bold 9 F {S('Lena Vasquez-Orr, PhD, DABCC')} 220 106 C {S('Samuel Adeyemi, MBA')} 572 106 C
/Helvetica 8.5 F {S('Chair, Education Core Committee')} 220 94 C {S('Senior Director, Learning & Certification')} 572 94 C
/Helvetica 7 F 0.4 setgray {S('Association for Diagnostics & Laboratory Medicine · 900 Seventh Street NW, Suite 400 · Washington, DC 20001 · Member No. 0071854 · Issued 02/21/2025')} 396 48 C
showpage
'''
    engines.ps_pdf(ps, out, title='ADLM Certificate of Attendance')


# --------------------------------------------------------------------------- yj09
@cert(style='nsh', producer='acroform-qpdf',
      layout=['portrait', 'form-fields', 'label-value-lines', 'title-with-orientation', 'accented-name',
              'hyphenated-name', 'credentials-after-name', 'seal'],
      notes='Filled and flattened AcroForm. Title (two form lines) contains "Orientation" as a real '
            'title word; the webinar format is in the static template text. Event No. is the activity id.',
      name='Zoë Laurent-Chávez',
      title='Tissue Orientation and Embedding for Dermatopathology Specimens: Punches, Shaves, and Excisions',
      date='2025-03-18', credits=1.0, unit='contact hour',
      provider=['National Society for Histotechnology', 'NSH'],
      activity_id='25-0318')
def yj09(out):
    W, H = letter
    plum = colors.HexColor('#5b2a6e')

    def draw(c):
        double_border(c, W, H, plum, inset=30)
        c.setFillColor(plum)
        c.setFont('Helvetica-Bold', 28)
        c.drawCentredString(W / 2, H - 98, 'NSH')
        c.setFont('Helvetica', 12)
        c.drawCentredString(W / 2, H - 116, 'National Society for Histotechnology')
        c.setFont('Times-Bold', 30)
        c.drawCentredString(W / 2, H - 176, 'Certificate of Completion')
        c.setFont('Times-Italic', 13)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, H - 204, 'NSH Webinar Program \u2014 the individual named below attended the live webinar')
        labels = [('Participant Name', H - 262), ('Webinar Title', H - 314), ('Event No.', H - 398),
                  ('Date Attended', H - 440), ('Contact Hours', H - 482)]
        for lab, yy in labels:
            c.setFont('Helvetica-Bold', 10.5)
            c.setFillColor(plum)
            c.drawString(80, yy, lab + ':')
            c.setStrokeColor(colors.HexColor('#999999'))
            c.setLineWidth(0.5)
            c.line(190, yy - 4, 540, yy - 4)
        c.line(190, H - 338, 540, H - 338)
        c.setFillColor(colors.HexColor('#333333'))
        c.setFont('Helvetica', 8.5)
        left_wrapped(c, 'The National Society for Histotechnology is approved as a provider of continuing education programs in the '
                        'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours are awarded to participants '
                        'who attend the full live session and complete the online evaluation.', 80, H - 530, 460, 'Helvetica', 8.5, 11)
        seal(c, W - 130, 150, 44, plum, ('NSH', 'P.A.C.E.\u00ae', 'APPROVED'), size=7.5)
        signature(c, 80, 140, 200, 'Marisol Echeverría, HTL(ASCP)QIHC', 'Education Chair', size=9, seed=3, centre=False)
        c.setFont('Helvetica', 7)
        c.setFillColor(colors.HexColor('#777777'))
        c.drawString(80, 60, 'Form NSH-CE-04 (rev. 2024)   \u00b7   Questions: education@nsh-example.org')
    fields = [dict(name='participant', x=195, y=H - 266, w=340, h=18, font='Times-Bold', size=14),
              dict(name='title1', x=195, y=H - 318, w=345, h=18, font='Times-Roman', size=12),
              dict(name='title2', x=195, y=H - 342, w=345, h=18, font='Times-Roman', size=12),
              dict(name='eventno', x=195, y=H - 402, w=200, h=18, font='Helvetica', size=11),
              dict(name='date', x=195, y=H - 444, w=200, h=18, font='Helvetica', size=11),
              dict(name='hours', x=195, y=H - 486, w=200, h=18, font='Helvetica', size=11)]
    values = dict(participant='Zoë Laurent-Chávez, HTL(ASCP)',
                  title1='Tissue Orientation and Embedding for Dermatopathology',
                  title2='Specimens: Punches, Shaves, and Excisions',
                  eventno='25-0318', date='March 18, 2025', hours='1.0')
    engines.acroform_pdf(draw, fields, values, out, letter)


# --------------------------------------------------------------------------- yj10
@cert(style='amt', producer='tcpdf',
      layout=['portrait', 'centred-award', 'border', 'suffix-name', 'credentials-after-name', 'format-line',
              'title-with-ethics', 'signature-block'],
      notes='"Self-Study" is a format line between "has completed the" and the title (which contains '
            '"Ethics"). Name has suffix III and credential MT(AMT). AMT ID and CCP category are distractors.',
      name='Raymond J. Castellanos III',
      title='Professional Ethics and Patient Identification in Phlebotomy Practice',
      date='2025-06-03', credits=1.5, unit='CE hour',
      provider=['American Medical Technologists', 'AMT'],
      activity_id='AMT-SS-0871')
def yj10(out):
    g = yj10.gold
    P = engines.php_str
    code = f'''
$pdf = new CertPDF('P','pt','LETTER');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle('AMT CE Certificate');
$pdf->AddPage();
$pdf->SetLineStyle(array('width'=>2,'color'=>array(128,0,32)));
$pdf->RoundedRect(30,30,552,732,14,'1111');
$pdf->SetLineStyle(array('width'=>0.6,'color'=>array(128,0,32)));
$pdf->RoundedRect(40,40,532,712,10,'1111');
$pdf->SetFillColor(128,0,32);
$pdf->Circle(306,118,36,0,360,'F');
$pdf->SetTextColor(255,255,255); $pdf->SetFont('helvetica','B',20);
$pdf->SetXY(266,106); $pdf->Cell(80,24,'AMT',0,0,'C');
$pdf->SetTextColor(128,0,32); $pdf->SetFont('times','B',15);
$pdf->SetXY(40,164); $pdf->Cell(532,18,'American Medical Technologists',0,1,'C');
$pdf->SetFont('times','',28); $pdf->SetTextColor(30,30,30);
$pdf->SetXY(40,200); $pdf->Cell(532,32,'Continuing Education Certificate',0,1,'C');
$pdf->SetFont('times','I',13);
$pdf->SetXY(40,256); $pdf->Cell(532,16,'This is to certify that',0,1,'C');
$pdf->SetFont('times','B',24);
$pdf->SetXY(40,282); $pdf->Cell(532,30,{P('Raymond J. Castellanos III, MT(AMT)')},0,1,'C');
$pdf->SetFont('times','I',13);
$pdf->SetXY(40,326); $pdf->Cell(532,16,'has completed the',0,1,'C');
$pdf->SetFont('helvetica','B',11); $pdf->SetTextColor(128,0,32);
$pdf->SetXY(40,348); $pdf->Cell(532,14,'Self-Study',0,1,'C');
$pdf->SetTextColor(30,30,30); $pdf->SetFont('times','B',18);
$pdf->SetXY(80,368); $pdf->MultiCell(452,22,{P(g['title'])},0,'C');
$html = '<table cellpadding="4" border="0.5" style="font-size:10.5pt"><tr style="background-color:#f3e3e7;font-weight:bold"><td align="center">Course No.</td><td align="center">Date Completed</td><td align="center">CE Hours</td></tr><tr><td align="center">AMT-SS-0871</td><td align="center">June 3, 2025</td><td align="center">1.5</td></tr></table>';
$pdf->writeHTMLCell(380,0,116,436,$html,0,1,false,true,'C');
$pdf->SetFont('helvetica','',8.5); $pdf->SetTextColor(60,60,60);
$pdf->SetXY(80,510); $pdf->MultiCell(452,11,'This self-study course was developed by American Medical Technologists and is approved for 1.5 CE hours toward the AMT Certification Continuation Program (CCP). CCP category: Ethics / Professional Practice. AMT ID: 1087734. Retain this certificate for a minimum of three years.',0,'C');
$pdf->SetDrawColor(40,40,40); $pdf->SetLineWidth(0.6); $pdf->Line(190,640,422,640);
$pdf->SetFont('times','I',18); $pdf->SetTextColor(27,42,107); $pdf->SetXY(190,616); $pdf->Cell(232,20,'Theresa Whitlock',0,0,'C');
$pdf->SetFont('helvetica','',9); $pdf->SetTextColor(30,30,30);
$pdf->SetXY(190,644); $pdf->MultiCell(232,11,"Theresa Whitlock, MT(AMT), MEd\\nDirector, Continuing Education",0,'C');
$pdf->SetFont('helvetica','',7); $pdf->SetTextColor(120,120,120);
$pdf->SetXY(40,728); $pdf->Cell(532,10,'American Medical Technologists  |  10700 W. Higgins Road, Suite 150, Rosemont, IL 60018',0,0,'C');
$pdf->Output($OUT,'F');
'''
    engines.php_pdf(code, out, 'tcpdf')


# --------------------------------------------------------------------------- yj11
@cert(style='asm', producer='reportlab-canvas',
      layout=['landscape', 'centred-award', 'border', 'meeting-attendance', 'date-range',
              'claimed-vs-maximum', 'honorific-name'],
      notes='Conference attendance certificate without session title: title is the conference name; '
            'date is the last day of October 8-10. Maximum 18.0 vs claimed 14.5: claimed is gold. '
            'Honorific "Dr." dropped. Badge number and issue date are distractors. No activity number.',
      name='Ingrid Solberg-Mwangi',
      title='2025 ASM Clinical Microbiology Practice Conference',
      date='2025-10-10', credits=14.5, unit='contact hour',
      provider=['American Society for Microbiology', 'ASM'],
      activity_id=None)
def yj11(out):
    g = yj11.gold
    W, H = landscape(letter)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle('ASM Certificate of Attendance')
    teal = colors.HexColor('#005b7f')
    c.setFillColor(colors.HexColor('#f6f9fb'))
    c.rect(0, 0, W, H, fill=1, stroke=0)
    double_border(c, W, H, teal, inset=22, gap=7, w1=4)
    c.setFillColor(teal)
    c.rect(29, H - 120, W - 58, 91, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 30)
    c.drawString(60, H - 84, 'ASM')
    c.setFont('Helvetica', 12)
    c.drawString(60, H - 102, 'American Society for Microbiology')
    c.setFont('Helvetica', 9.5)
    c.drawRightString(W - 60, H - 74, '1752 N Street NW')
    c.drawRightString(W - 60, H - 87, 'Washington, DC 20036')
    c.drawRightString(W - 60, H - 100, 'www.asm-example.org/education')
    c.setFillColor(teal)
    c.setFont('Times-Bold', 32)
    c.drawCentredString(W / 2, H - 172, 'Certificate of Attendance')
    c.setFillColor(colors.black)
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 204, 'This certifies that')
    c.setFont('Times-Bold', 25)
    c.drawCentredString(W / 2, H - 238, 'Dr. Ingrid Solberg-Mwangi')
    c.setFont('Times-Italic', 13)
    c.drawCentredString(W / 2, H - 266, 'attended the')
    c.setFont('Times-Bold', 19)
    c.drawCentredString(W / 2, H - 294, g['title'])
    c.setFont('Times-Roman', 12.5)
    c.drawCentredString(W / 2, H - 316, 'October 8\u201310, 2025  \u00b7  Colorado Convention Center  \u00b7  Denver, Colorado')
    c.setStrokeColor(teal)
    c.setLineWidth(0.8)
    c.rect(W / 2 - 210, H - 392, 420, 54, stroke=1, fill=0)
    c.setFont('Helvetica', 10.5)
    c.drawCentredString(W / 2, H - 356, 'Maximum available: 18.0 P.A.C.E.\u00ae contact hours')
    c.setFont('Helvetica-Bold', 12)
    c.drawCentredString(W / 2, H - 378, 'Contact hours claimed by participant: 14.5')
    c.setFont('Helvetica', 8)
    c.setFillColor(colors.HexColor('#333333'))
    centred_wrapped(c, 'The American Society for Microbiology is approved as a provider of continuing education programs in the '
                       'clinical laboratory sciences by the ASCLS P.A.C.E.\u00ae Program. Contact hours are self-reported by the '
                       'participant in the conference evaluation system and reflect sessions actually attended.',
                    W / 2, H - 414, 560, 'Helvetica', 8, 10)
    c.setFillColor(colors.black)
    signature(c, 110, 112, 200, 'Rebecca Lindgren-Osei, PhD, D(ABMM)', 'Conference Program Chair', size=9, seed=4)
    signature(c, W - 310, 112, 200, 'Marcus Ellery, MEd', 'Director, Professional Development', size=9, seed=7)
    seal(c, W / 2, 100, 40, colors.HexColor('#c8a23c'), ('ASM', '2025'), size=9)
    c.setFont('Helvetica', 7)
    c.setFillColor(colors.HexColor('#777777'))
    c.drawCentredString(W / 2, 40, 'Badge No. 55102   \u00b7   Date issued: October 20, 2025')
    c.showPage()
    c.save()


# --------------------------------------------------------------------------- yj12
@cert(style='clsi', producer='docx-libreoffice',
      layout=['portrait', 'labels-above-values', 'table', 'format-line', 'credentials-after-name',
              'hyphenated-name'],
      notes='"On-Demand Webinar" is a format line above the title. Participant | Date of Completion | '
            'Contact Hours labels above values in a table. Order number is a distractor; Course Code '
            'is the activity id.',
      name='Margaret Oduya-Fleming',
      title='Verification of Precision and Trueness: Applying EP15 in the Small Hospital Laboratory',
      date='2025-09-04', credits=1.5, unit='contact hour',
      provider=['Clinical and Laboratory Standards Institute', 'CLSI'],
      activity_id='WB-EP15-25')
def yj12(out):
    from docx import Document
    from docx.shared import Pt, Inches, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    g = yj12.gold
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Inches(8.5), Inches(11)
    s.left_margin = s.right_margin = Inches(1)
    s.top_margin, s.bottom_margin = Inches(0.7), Inches(0.6)
    blue = RGBColor(0x00, 0x5A, 0x9C)

    def para(text, size, bold=False, italic=False, color=None, font='Liberation Sans', after=4, before=0, align=WD_ALIGN_PARAGRAPH.CENTER):
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

    def shade(cell, hexcolor):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement('w:shd')
        sh.set(qn('w:val'), 'clear')
        sh.set(qn('w:color'), 'auto')
        sh.set(qn('w:fill'), hexcolor)
        tcPr.append(sh)
    para('CLSI', 34, bold=True, color=blue, after=0)
    para('Clinical and Laboratory Standards Institute', 12, color=blue, after=2)
    para('950 West Valley Road, Suite 2500, Wayne, PA 19087', 8, color=RGBColor(0x66, 0x66, 0x66), after=26)
    para('Certificate of Completion', 28, font='P052', after=18)
    para('On-Demand Webinar', 11, bold=True, color=blue, after=4)
    para(g['title'], 16, bold=True, font='Liberation Serif', after=22)
    t = d.add_table(rows=2, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.style = 'Table Grid'
    heads = ['Participant', 'Date of Completion', 'Contact Hours']
    vals = ['Margaret Oduya-Fleming, MT(ASCP), SBB', 'September 4, 2025', '1.5']
    widths = [Inches(3.1), Inches(1.9), Inches(1.3)]
    for i in range(3):
        for r in range(2):
            t.cell(r, i).width = widths[i]
        p = t.cell(0, i).paragraphs[0]
        run = p.add_run(heads[i])
        run.font.bold = True
        run.font.size = Pt(9)
        run.font.name = 'Liberation Sans'
        run.font.color.rgb = blue
        shade(t.cell(0, i), 'E3EEF8')
        p = t.cell(1, i).paragraphs[0]
        run = p.add_run(vals[i])
        run.font.size = Pt(11.5)
        run.font.name = 'Liberation Sans'
    para('', 6, after=6)
    para('Course Code: WB-EP15-25          Credit type: ASCLS P.A.C.E.® contact hours          Level: Intermediate', 10, after=16)
    para('CLSI is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® '
         'Program. To receive credit, participants must view the complete recording and pass the post-assessment.', 9,
         color=RGBColor(0x33, 0x33, 0x33), after=40, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para('Nadia Petrosyan', 20, font='Z003', color=RGBColor(0x1b, 0x2a, 0x6b), after=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para('________________________________', 10, after=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para('Nadia Petrosyan, MS, MT(ASCP)', 10, bold=True, after=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para('Vice President, Education and Training', 9.5, after=40, align=WD_ALIGN_PARAGRAPH.LEFT)
    para('Order No. 1188230  |  Certificate printed 09/05/2025  |  www.clsi-example.org/education', 8,
         color=RGBColor(0x77, 0x77, 0x77), after=0)
    engines.docx_pdf(d, out)


# --------------------------------------------------------------------------- yj13
@cert(style='hospital-inservice', producer='ghostscript-ps',
      layout=['portrait', 'letterhead', 'letter-spaced-name', 'caps-name', 'wrapped-title-then-label',
              'title-with-safety', 'department-provider', 'signature-block'],
      notes='Hospital in-service: provider is the laboratory education department of the medical centre '
            '(institution alone + "Institution, Department"). Letter-spaced all-caps name. Long title with '
            '"Safety" wraps and is followed directly by "Date of in-service:". Employee ID is a distractor; '
            'Class No. is the activity id.',
      name='GRETA HOLLOWAY',
      title='Annual Blood Bank Competency: Safety, Specimen Labeling, Emergency Release, and '
            'Massive Transfusion Protocol Activation',
      date='2025-11-13', credits=1.0, unit='CE hour',
      provider=['St. Brigid Regional Medical Center',
                'St. Brigid Regional Medical Center, Laboratory Education Department'],
      activity_id='IS-25-114')
def yj13(out):
    S = engines.ps_str
    ps = f'''
<< /PageSize [612 792] >> setpagedevice
0.15 0.35 0.55 setrgbcolor 0 700 612 92 FILLBOX
1 setgray /Palatino-Bold 20 F {S('St. Brigid Regional Medical Center')} 56 748 L
/Helvetica 10.5 F {S('Laboratory Education Department')} 56 730 L
/Helvetica 8.5 F {S('2200 Cathedral Hill Parkway · Ashford, OH 43015 · (614) 555-0190')} 56 714 L
0.15 0.35 0.55 setrgbcolor 2 setlinewidth 48 88 516 590 BOX
/Palatino-Bold 26 F {S('Certificate of Completion')} 306 636 C
/Helvetica 10 F 0.3 setgray {S('IN-SERVICE EDUCATION RECORD')} 306 614 C
0 setgray /Palatino-Italic 13 F {S('This certifies that')} 306 572 C
/Palatino-Bold 22 F {S('GRETA HOLLOWAY')} 306 538 7 SPC
/Palatino-Italic 13 F {S('has completed the in-service education program')} 306 500 C
/Palatino-Bold 16 F {S('Annual Blood Bank Competency: Safety, Specimen Labeling,')} 306 470 C
{S('Emergency Release, and Massive Transfusion Protocol Activation')} 306 450 C
/Palatino-Roman 12.5 F {S('Date of in-service: 11/13/2025')} 306 428 C
{S('Class No. IS-25-114      CE Hours Awarded: 1.0')} 306 408 C
/Helvetica 8.5 F 0.25 setgray
{S('Presented by the Laboratory Education Department for Transfusion Service and Core Laboratory staff. This in-service')} 306 368 C
{S('satisfies the annual competency assessment requirement (CAP TRM.40230) and counts toward continuing education hours for')} 306 356 C
{S('certification maintenance. Attendance verified by sign-in roster. Employee ID: 40917.')} 306 344 C
0 setgray 0.5 setlinewidth 90 214 270 214 HL 342 214 522 214 HL
0.1 0.16 0.42 setrgbcolor /ZapfChancery-MediumItalic 19 F {S('Patrice Dunleavy')} 180 220 C {S('A. Raghunathan')} 432 220 C 0 setgray
/Helvetica-Bold 9 F {S('Patrice Dunleavy, MS, MLS(ASCP)CM')} 180 200 C {S('Anand Raghunathan, MD')} 432 200 C
/Helvetica 8.5 F {S('Laboratory Education Coordinator')} 180 188 C {S('Medical Director, Transfusion Service')} 432 188 C
/Helvetica 7 F 0.45 setgray {S('Form LED-112 · Record retained in the Laboratory Education Department for five years · Issued 11/17/2025')} 306 104 C
showpage
'''
    engines.ps_pdf(ps, out, title='In-service certificate')


# --------------------------------------------------------------------------- yj14
@cert(style='public-health-lab', producer='chromium-html',
      layout=['landscape', 'centred-award', 'border', 'seal', 'accented-name', 'hyphenated-name',
              'date-range', 'signature-block'],
      notes='Two-day hands-on training (August 12-13) -> last day. Accented Polish name. Certificate '
            'number and issue date are distractors; Training No. is the activity id. Title contains '
            'italic organism names.',
      name='Łukasz Wiśniewski-Odom',
      title='Sentinel Laboratory Rule-Out Testing for Agents of Bioterrorism: Bacillus anthracis, '
            'Yersinia pestis, Francisella tularensis, and Brucella species',
      date='2025-08-13', credits=12.0, unit='contact hour',
      provider=['Cascade Basin Regional Public Health Laboratory'],
      activity_id='SL-2025-07')
def yj14(out):
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Training Certificate</title>
<style>
@page { size: 11in 8.5in; margin: 0 }
body { margin:0; font-family:'Liberation Serif', serif; color:#222 }
.page { width:11in; height:8.5in; box-sizing:border-box; padding:0.35in; background:#fbfaf4 }
.b1 { border:3px solid #3d5a2a; height:100%; box-sizing:border-box; padding:6px }
.b2 { border:1px dashed #3d5a2a; height:100%; box-sizing:border-box; padding:0.25in 0.6in; text-align:center; position:relative }
.hdr { display:flex; align-items:center; justify-content:center; gap:18px }
.logo { width:62px; height:62px; border-radius:50%; border:3px solid #3d5a2a; display:flex; align-items:center; justify-content:center; font:bold 15px 'Liberation Sans'; color:#3d5a2a }
.cross { width:30px; height:30px; background:linear-gradient(#3d5a2a,#3d5a2a) center/8px 30px no-repeat, linear-gradient(#3d5a2a,#3d5a2a) center/30px 8px no-repeat }
.org { font-family:'Liberation Sans'; font-size:17pt; font-weight:bold; color:#3d5a2a; text-align:left }
.org small { display:block; font-weight:normal; font-size:9.5pt; color:#555 }
h1 { font-size:34pt; margin:16px 0 6px; font-weight:normal; letter-spacing:0.02em }
.l { font-style:italic; font-size:13pt; margin:6px 0 }
.n { font-size:27pt; font-weight:bold; margin:4px 0 8px; color:#1f2f14 }
.t { font-size:16pt; font-weight:bold; margin:6px 0.3in 8px; line-height:1.25 }
.m { font-size:12pt; margin:3px 0 }
.stmt { font-family:'Liberation Sans'; font-size:8.5pt; color:#444; margin:10px 0.5in 0 }
.sigs { position:absolute; left:0.6in; right:0.6in; bottom:0.45in; display:flex; justify-content:space-between; font-family:'Liberation Sans'; font-size:9pt }
.sig { width:3in; text-align:center } .sig .s { font-family:'Z003'; font-size:21pt; color:#1b2a6b } .sig .ln { border-top:1px solid #333; padding-top:3px }
.seal { position:absolute; left:50%; bottom:0.35in; margin-left:-50px; width:100px; height:100px; border-radius:50%; background:#3d5a2a; color:#fff; font:bold 8pt 'Liberation Sans'; display:flex; align-items:center; justify-content:center; text-align:center; box-shadow:0 0 0 3px #fbfaf4, 0 0 0 5px #3d5a2a }
.foot { position:absolute; bottom:0.1in; left:0; right:0; font-family:'Liberation Sans'; font-size:7.5pt; color:#777 }
</style></head><body><div class="page"><div class="b1"><div class="b2">
<div class="hdr"><div class="logo"><div class="cross"></div></div><div class="org">Cascade Basin Regional Public Health Laboratory<small>411 Fir Ridge Way, Columbia Falls, WA 98602</small></div></div>
<h1>Certificate of Training</h1>
<div class="l">awarded to</div>
<div class="n">Łukasz Wiśniewski-Odom</div>
<div class="l">for successfully completing the two-day hands-on laboratory training</div>
<div class="t">Sentinel Laboratory Rule-Out Testing for Agents of Bioterrorism: <i>Bacillus anthracis</i>, <i>Yersinia pestis</i>, <i>Francisella tularensis</i>, and <i>Brucella</i> species</div>
<div class="m">Training No. SL-2025-07 &nbsp;&middot;&nbsp; August 12&ndash;13, 2025 &nbsp;&middot;&nbsp; BSL-3 Training Suite, Columbia Falls</div>
<div class="m"><b>12.0 contact hours</b></div>
<div class="stmt">The Cascade Basin Regional Public Health Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. This training follows the ASM Sentinel Level Clinical Laboratory Guidelines and LRN protocols.</div>
<div class="sigs"><div class="sig"><div class="s">Renée Duquette</div><div class="ln"><b>Renée Duquette, PhD, HCLD(ABB)</b><br>Laboratory Director</div></div>
<div class="sig"><div class="s">Owen Tallchief</div><div class="ln"><b>Owen Tallchief, MPH, SM(ASCP)</b><br>Training Coordinator</div></div></div>
<div class="seal">PUBLIC<br>HEALTH<br>LABORATORY</div>
<div class="foot">Certificate No. CB-PHL-2025-0441 &nbsp;&middot;&nbsp; Issued August 15, 2025</div>
</div></div></div></body></html>'''
    engines.html_pdf(html, out)
