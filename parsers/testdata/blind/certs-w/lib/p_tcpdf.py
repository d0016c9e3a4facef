"""Certificates drawn with TCPDF (PHP)."""
from common import php, gold

P = "TCPDF (PHP)"

PRE = r"""<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$out = $argv[1];
function mk($orient) {
  $pdf = new TCPDF($orient, 'mm', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
  $pdf->SetAutoPageBreak(false); $pdf->SetCreator('CE Records');
  return $pdf;
}
"""


def w05(wid):
    code = PRE + r"""
$pdf = mk('P');
$pdf->SetMargins(20, 18, 20);
$pdf->AddPage();
$html = <<<HTML
<table cellpadding="0"><tr>
<td width="70%"><span style="font-size:17pt;font-weight:bold;color:#27408b;">University of the Northern Plains</span><br/>
<span style="font-size:10.5pt;color:#27408b;">Office of Continuing and Professional Education</span><br/>
<span style="font-size:8pt;color:#666;">UNP Extension Building, 400 Prairie Avenue, Aberdeen, South Dakota 57401</span></td>
<td width="30%" align="right"><span style="font-size:8pt;color:#666;">Transcript No. CPE-T-260320-118<br/>Date printed: March 20, 2026</span></td>
</tr></table>
<hr/>
<p align="center"><span style="font-size:15pt;font-weight:bold;letter-spacing:1px;">Continuing Education Unit Transcript</span></p>
<table cellpadding="3">
<tr><td width="55%"><span style="font-size:7.5pt;color:#666;">NAME</span><br/><span style="font-size:13pt;font-weight:bold;">Abigail M. Fairweather-Stone</span></td>
<td width="25%"><span style="font-size:7.5pt;color:#666;">STUDENT ID</span><br/>UNP-00738114</td>
<td width="20%"><span style="font-size:7.5pt;color:#666;">PROGRAM AREA</span><br/>Health Sciences</td></tr>
</table>
<br/>
<table cellpadding="4" border="0.3">
<tr style="background-color:#e8ecf7;font-size:7.5pt;font-weight:bold;color:#333;">
<td width="17%">COURSE NUMBER</td><td width="24%">DATES</td><td width="12%">CEUs</td><td width="14%">STATUS</td><td width="33%">DELIVERY</td></tr>
<tr style="font-size:10pt;"><td>CLS 5105-CE</td><td>01/12/2026 – 03/06/2026</td><td>2.4</td><td>Completed</td><td>Online, instructor-paced (8 weeks)</td></tr>
<tr style="background-color:#e8ecf7;font-size:7.5pt;font-weight:bold;color:#333;"><td colspan="5">COURSE TITLE</td></tr>
<tr style="font-size:11pt;font-weight:bold;"><td colspan="5">Molecular Diagnostics for the Clinical Laboratory: Principles of PCR, Sequencing, and Variant Interpretation</td></tr>
</table>
<br/><br/>
<p style="font-size:10pt;"><b>Total CEUs on this transcript: 2.4</b></p>
<p style="font-size:8.5pt;color:#333;">One Continuing Education Unit (CEU) equals ten contact hours of participation in an organized continuing
education experience under responsible sponsorship, capable direction and qualified instruction. The University of the
Northern Plains is an IACET Accredited Provider. Courses on this transcript are non-credit and are not applicable to a degree.</p>
<br/><br/><br/>
<table><tr><td width="50%">______________________________<br/><span style="font-size:9.5pt;">Lorraine K. Eagleheart, EdD<br/>Director, Office of Continuing and Professional Education</span></td>
<td width="50%" align="right"><span style="font-size:8pt;color:#666;">Official transcript bears the embossed university seal.</span></td></tr></table>
HTML;
$pdf->SetFont('dejavusans', '', 10);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Output($out, 'F');
"""
    php(wid, code)
    return gold(wid, style="university-ceu", producer=P,
                layout=["portrait", "transcript", "labels-above-values", "table", "long-title", "date-range",
                        "distractor-numbers", "distractor-dates"],
                notes="One-course CEU transcript; 2.4 CEU = 24 points; course run 01/12/2026-03/06/2026, end date "
                      "is the completion date; transcript no., student ID and print date are distractors.",
                name="Abigail M. Fairweather-Stone",
                title="Molecular Diagnostics for the Clinical Laboratory: Principles of PCR, Sequencing, and Variant Interpretation",
                date="2026-03-06", credits=2.4, unit="CEU",
                provider=["University of the Northern Plains",
                          "University of the Northern Plains, Office of Continuing and Professional Education"],
                activity_id="CLS 5105-CE")




def w16(wid):
    code = PRE + r"""
$pdf = mk('L');
$pdf->SetMargins(18, 15, 18);
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 0.5, 'color' => array(90, 60, 140)));
$pdf->RoundedRect(9, 9, 261.4, 197.9, 4, '1111');
$pdf->SetFillColor(90, 60, 140); $pdf->Rect(9, 30, 4, 150, 'F');
$pdf->SetTextColor(90, 60, 140);
$pdf->SetFont('helvetica', 'B', 18); $pdf->SetXY(20, 16);
$pdf->Cell(150, 8, 'Bellwether Health Sciences Center', 0, 1);
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetX(20);
$pdf->Cell(150, 5, 'BHSC Interprofessional Continuing Education', 0, 1);
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(80); $pdf->SetXY(180, 16);
$pdf->MultiCell(80, 4, "JOINTLY ACCREDITED PROVIDER\nINTERPROFESSIONAL CONTINUING EDUCATION", 0, 'R');
$pdf->SetTextColor(25);
$pdf->SetFont('times', '', 28); $pdf->SetXY(20, 40);
$pdf->Cell(240, 12, 'Certificate of Participation', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetX(20); $pdf->Cell(240, 7, 'This certificate is awarded to', 0, 1, 'C');
$pdf->SetFont('times', 'B', 22); $pdf->SetX(20); $pdf->Cell(240, 11, 'Anjali R. Venkataraman-Doyle', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetX(20); $pdf->Cell(240, 7, 'Profession: Medical Laboratory Scientist  -  for participation in', 0, 1, 'C');
$pdf->Ln(1);
$pdf->SetFont('helvetica', 'B', 9); $pdf->SetTextColor(200, 60, 30); $pdf->setFontSpacing(0.8);
$pdf->SetX(20); $pdf->Cell(240, 6, 'LIVE WEBINAR', 0, 1, 'C');
$pdf->setFontSpacing(0); $pdf->SetTextColor(25);
$pdf->SetFont('helvetica', 'B', 15); $pdf->SetX(45);
$pdf->MultiCell(190, 7, 'Antimicrobial Stewardship Symposium: From Susceptibility Testing to Bedside Decisions', 0, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetX(20);
$pdf->Cell(240, 7, 'September 19, 2025   |   Activity #: BHSC-25-1177', 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('helvetica', '', 9.5);
$tbl = '<table cellpadding="3" border="0.3" style="text-align:center;">
<tr style="background-color:#ece6f5;font-weight:bold;"><td width="25%">AMA PRA Category 1 Credits™</td><td width="25%">ANCC contact hours</td><td width="25%">ACPE contact hours</td><td width="25%">ASCLS P.A.C.E.® contact hours</td></tr>
<tr><td>3.00</td><td>3.00</td><td>3.00 (0.3 CEUs)</td><td><b>2.5</b></td></tr></table>';
$pdf->SetX(50); $pdf->writeHTMLCell(180, 0, 50, $pdf->GetY(), $tbl, 0, 1);
$pdf->Ln(2);
$pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(60);
$stmt = 'In support of improving patient care, Bellwether Health Sciences Center is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. '
 . 'Bellwether Health Sciences Center designates this live activity for a maximum of 3.00 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity. '
 . 'This activity is approved for 3.0 ANCC contact hours. This knowledge-based activity qualifies for 3.0 contact hours (0.3 CEUs) of continuing pharmacy education credit. '
 . 'Bellwether Health Sciences Center is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program; laboratory credit is awarded for the 2.5 hours of laboratory-relevant content.';
$pdf->SetX(30); $pdf->MultiCell(220, 3.6, $stmt, 0, 'L');
$pdf->SetTextColor(25); $pdf->SetFont('helvetica', '', 9);
$pdf->SetXY(30, 186); $pdf->Cell(90, 4.5, 'Constance W. Abernethy, PharmD, BCIDP', 'T', 2, 'L');
$pdf->SetX(30); $pdf->Cell(90, 4.5, 'Activity Director', 0, 0, 'L');
$pdf->SetXY(170, 186); $pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(90);
$pdf->MultiCell(80, 4, "Learner record 7781-204\nIssued September 26, 2025", 0, 'R');
$pdf->Output($out, 'F');
"""
    php(wid, code)
    return gold(wid, style="joint-cme", producer=P,
                layout=["landscape", "centered", "rounded-border", "format-line", "credit-table", "multi-credit",
                        "long-title", "signature-block", "distractor-numbers", "distractor-dates"],
                notes="Joint accreditation with AMA PRA 3.00, ANCC 3.00, ACPE 3.00 (0.3 CEUs) and P.A.C.E. 2.5; "
                      "only the P.A.C.E. figure counts; 'LIVE WEBINAR' is a format line; learner record and "
                      "issue date are distractors.",
                name="Anjali R. Venkataraman-Doyle",
                title="Antimicrobial Stewardship Symposium: From Susceptibility Testing to Bedside Decisions",
                date="2025-09-19", credits=2.5, unit="contact hour",
                provider=["Bellwether Health Sciences Center", "BHSC"], activity_id="BHSC-25-1177")


def w20(wid):
    code = PRE + r"""
$pdf = mk('P');
$pdf->SetMargins(22, 20, 22);
$pdf->AddPage();
$pdf->SetFillColor(255, 244, 214); $pdf->Rect(0, 0, 215.9, 40, 'F');
$pdf->SetFont('dejavusans', 'B', 17); $pdf->SetTextColor(120, 70, 0); $pdf->SetXY(22, 12);
$pdf->Cell(0, 8, "Whitmore Children's Hospital", 0, 1);
$pdf->SetFont('dejavusans', '', 10); $pdf->SetX(22);
$pdf->Cell(0, 6, 'Pathology & Laboratory Medicine Services', 0, 1);
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(110); $pdf->SetX(22);
$pdf->Cell(0, 5, 'Laboratory Continuing Education  ·  Ext. 4-5521', 0, 1);
$pdf->SetTextColor(20);
$pdf->SetY(52);
$html = '<h2 style="text-align:center;font-size:16pt;">Continuing Education Credit &mdash; Departmental In-Service</h2>
<p style="text-align:center;font-size:11pt;">The following staff member attended the in-service session described below.</p>
<table cellpadding="5" border="0.4">
<tr><td width="32%" style="background-color:#f3f3f3;"><b>Attendee</b></td><td width="68%" style="font-size:12pt;"><b>Colette Marie-Ange Dubois</b>, CLS</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>California CLS License No.</b></td><td>CLS-00091234</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Session title</b></td><td>Pediatric Phlebotomy Safety Program: Minimizing Iatrogenic Blood Loss in the Neonatal Intensive Care Unit</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Session ID</b></td><td>WCH-PLM-1105</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Date of session</b></td><td>11/05/2025 (Wednesday), 07:15&ndash;08:00</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Presenter</b></td><td>Ignatius P. Oduya, MD, Medical Director, Hematology Laboratory</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Credit awarded</b></td><td><b>0.75</b> P.A.C.E.&reg; contact hour</td></tr>
<tr><td style="background-color:#f3f3f3;"><b>Sign-in sheet</b></td><td>Sheet 3 of 4, line 17</td></tr>
</table>
<p style="font-size:9pt;">Whitmore Children\'s Hospital, Pathology &amp; Laboratory Medicine Services is approved as a provider of continuing
education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.&reg; Program. California licensees: P.A.C.E.&reg;
credit is accepted by the California Department of Public Health, Laboratory Field Services, for license renewal.</p>';
$pdf->SetFont('dejavusans', '', 10);
$pdf->writeHTML($html, true, false, true, false, '');
$pdf->Ln(14);
$y = $pdf->GetY();
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->Line(22, $y, 100, $y);
$pdf->SetXY(22, $y + 1); $pdf->MultiCell(80, 4.5, "Shirin Tavakoli, MS, CLS\nLaboratory Education Coordinator\nDate: 11/07/2025", 0, 'L');
$pdf->Output($out, 'F');
"""
    php(wid, code)
    return gold(wid, style="hospital-inservice", producer=P,
                layout=["portrait", "header-band", "two-column-label-value", "table", "long-title",
                        "signature-block", "distractor-numbers", "distractor-dates"],
                notes="Hospital departmental in-service; California license number and sign-in sheet line are "
                      "distractors; coordinator date 11/07/2025 is a distractor; title contains 'Safety Program'.",
                name="Colette Marie-Ange Dubois",
                title="Pediatric Phlebotomy Safety Program: Minimizing Iatrogenic Blood Loss in the Neonatal Intensive Care Unit",
                date="2025-11-05", credits=0.75, unit="contact hour",
                provider=["Whitmore Children's Hospital",
                          "Whitmore Children's Hospital, Pathology & Laboratory Medicine Services"],
                activity_id="WCH-PLM-1105")


def w21(wid):
    code = PRE + r"""
$pdf = mk('L');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 2.2, 'color' => array(0, 84, 147)));
$pdf->Rect(10, 10, 259.4, 195.9);
$pdf->SetLineStyle(array('width' => 0.4, 'color' => array(214, 162, 32)));
$pdf->Rect(14, 14, 251.4, 187.9);
$pdf->SetTextColor(0, 84, 147);
$pdf->SetFont('helvetica', 'B', 30); $pdf->SetXY(14, 24); $pdf->Cell(251.4, 12, 'ASCLS', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11); $pdf->SetX(14);
$pdf->Cell(251.4, 6, 'American Society for Clinical Laboratory Science', 0, 1, 'C');
$pdf->SetTextColor(30);
$pdf->SetFont('times', '', 26); $pdf->SetXY(14, 50); $pdf->Cell(251.4, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetX(14); $pdf->Cell(251.4, 8, 'is hereby granted to', 0, 1, 'C');
$pdf->SetFont('times', '', 24); $pdf->setFontSpacing(1.6);
$pdf->SetX(14); $pdf->Cell(251.4, 13, 'Maren Østergaard-Bello', 0, 1, 'C');
$pdf->setFontSpacing(0);
$pdf->SetFont('times', 'I', 12); $pdf->SetX(14); $pdf->Cell(251.4, 8, 'upon successful completion of', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetTextColor(214, 140, 0); $pdf->SetX(14);
$pdf->Cell(251.4, 6, 'Recorded Webinar  ·  ASCLS Learning Online', 0, 1, 'C');
$pdf->SetTextColor(30); $pdf->SetFont('helvetica', 'B', 15); $pdf->SetX(50);
$pdf->MultiCell(179.4, 7, '“Leadership Essentials for the New Laboratory Supervisor: Managing Difficult Conversations”', 0, 'C');
$pdf->Ln(4);
$pdf->SetFont('helvetica', '', 10.5);
$lab = array('Completion date', 'P.A.C.E.® course number', 'Contact hours', 'Level');
$val = array('April 2, 2026', '126-512-26', '1.0', 'Intermediate');
$x0 = 40; $w = 50;
for ($i = 0; $i < 4; $i++) {
  $pdf->SetXY($x0 + $i * $w, 122); $pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(110);
  $pdf->Cell($w, 4, strtoupper($lab[$i]), 0, 0, 'C');
  $pdf->SetXY($x0 + $i * $w, 127); $pdf->SetFont('helvetica', 'B', 11); $pdf->SetTextColor(20);
  $pdf->Cell($w, 6, $val[$i], 0, 0, 'C');
}
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(60); $pdf->SetXY(35, 142);
$pdf->MultiCell(209.4, 4, 'The American Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This recorded webinar has been approved for 1.0 contact hour of P.A.C.E.® credit. Florida licensees: this course is reported to CE Broker within 10 business days.', 0, 'C');
$pdf->SetTextColor(30); $pdf->SetFont('helvetica', '', 9);
$pdf->SetXY(40, 178); $pdf->Cell(80, 4.5, 'Yolanda F. Kessler-Ames, EdD, MLS(ASCP)', 'T', 2, 'C');
$pdf->SetX(40); $pdf->Cell(80, 4.5, 'Director of Education, ASCLS', 0, 0, 'C');
$pdf->SetXY(160, 178); $pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(100);
$pdf->MultiCell(80, 4, "ASCLS Member #: 0417762\nTranscript generated: April 3, 2026", 0, 'C');
$pdf->Output($out, 'F');
"""
    php(wid, code)
    return gold(wid, style="ascls-pace", producer=P,
                layout=["landscape", "centered", "double-border", "letter-spaced-name", "format-line",
                        "quoted-title", "labels-above-values", "signature-block", "accented-name",
                        "distractor-numbers", "distractor-dates"],
                notes="ASCLS is both the P.A.C.E. accreditor and the organiser, so it is the provider; title "
                      "printed in curly quotes; name letter-spaced via TCPDF font spacing; member number and "
                      "transcript date are distractors.",
                name="Maren Østergaard-Bello",
                title="Leadership Essentials for the New Laboratory Supervisor: Managing Difficult Conversations",
                date="2026-04-02", credits=1.0, unit="contact hour",
                provider=["American Society for Clinical Laboratory Science", "ASCLS"], activity_id="126-512-26")


CERTS = {"w05": w05, "w16": w16, "w20": w20, "w21": w21}
