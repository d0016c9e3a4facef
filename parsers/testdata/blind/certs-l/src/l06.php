<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = '/work/blind/certs-l/l06.pdf';

$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false); $pdf->SetMargins(72, 60, 72); $pdf->SetAutoPageBreak(false);
$pdf->SetCreator('MediaLab LMS'); $pdf->AddPage();
$pdf->SetDrawColor(0, 102, 153); $pdf->SetLineWidth(2.5); $pdf->Rect(30, 30, 552, 732);
$pdf->SetFillColor(0, 102, 153);
foreach (array(array(30,30), array(552,30), array(30,732), array(552,732)) as $p) { $pdf->Rect($p[0], $p[1], 30, 30, 'F'); }
$html = '<div style="text-align:center;font-family:helvetica;">
<span style="font-size:24pt;font-weight:bold;color:#006699;">MediaLab</span><br/>
<span style="font-size:9pt;color:#555555;">Online learning for laboratory professionals</span><br/><br/><br/>
<span style="font-size:22pt;font-family:times;">Certificate of Completion</span><br/><br/>
<span style="font-size:11pt;">This document confirms that</span><br/><br/>
<span style="font-size:20pt;font-weight:bold;font-family:times;">Angela Whitfield-Brooks</span><br/><br/>
<span style="font-size:11pt;">successfully completed the course and passed the post-test with a score of 90%</span><br/><br/>
<span style="font-size:9pt;letter-spacing:2px;color:#666666;">SELF-STUDY</span><br/>
<span style="font-size:16pt;font-weight:bold;color:#006699;">Chemical Hygiene and Fire Safety for the Clinical Laboratory</span><br/><br/>
</div>
<table cellpadding="5" border="0" style="font-family:helvetica;font-size:10pt;">
<tr><td width="60"></td><td width="160" style="color:#555555;">Course Number</td><td width="200"><b>ML-CS-0207</b></td></tr>
<tr><td></td><td style="color:#555555;">Date Completed</td><td><b>06/03/2024</b></td></tr>
<tr><td></td><td style="color:#555555;">Contact Hours</td><td><b>1.0</b></td></tr>
<tr><td></td><td style="color:#555555;">Organization</td><td>Fairhaven Regional Laboratory</td></tr>
<tr><td></td><td style="color:#555555;">Annual renewal due</td><td>06/03/2025</td></tr>
</table><br/><br/>
<div style="font-family:helvetica;font-size:8.5pt;color:#333333;text-align:justify;">MediaLab, Inc. is approved as a provider of continuing
education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is also accepted by the
ASCP Board of Certification for the Credential Maintenance Program and by AMT for recertification.</div>';
$pdf->SetY(80); $pdf->writeHTML($html, true, false, true, false, '');
$pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(72, 715); $pdf->Cell(468, 10, 'Transcript record 55-7801346  |  MediaLab, Inc., Lawrenceville, GA', 0, 0, 'C');
$pdf->Output($OUT, 'F');
