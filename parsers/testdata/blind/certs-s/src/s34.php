<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require_once('/usr/share/php/tcpdf/tcpdf.php');
$pdf = new TCPDF('P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(54, 54, 54); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('MediaLab CE Certificate');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 4, 'color' => array(226, 102, 27)));
$pdf->Rect(24, 24, 564, 744);
$pdf->SetFont('helvetica', 'B', 26); $pdf->SetTextColor(226, 102, 27);
$pdf->SetXY(54, 60); $pdf->Cell(504, 30, 'MediaLab', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 10); $pdf->SetTextColor(90, 90, 90);
$pdf->Cell(504, 14, 'MediaLab, Inc.  ·  Continuing Education for Laboratory Professionals', 0, 2, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('dejavuserif', '', 28); $pdf->SetXY(54, 150); $pdf->Cell(504, 34, 'Certificate of Completion', 0, 2, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(54, 210); $pdf->Cell(504, 16, 'awarded to', 0, 2, 'C');
$pdf->SetFont('dejavuserif', 'B', 22); $pdf->SetXY(54, 236); $pdf->Cell(504, 28, 'Desmond T. Ocampo', 0, 2, 'C');
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(54, 280); $pdf->Cell(504, 16, 'for successfully completing', 0, 2, 'C');
$pdf->SetFont('helvetica', 'B', 17); $pdf->SetXY(54, 306); $pdf->Cell(504, 22, 'Transfusion Reaction Investigation: A Case-Based Approach', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 12); $pdf->SetXY(54, 350);
$pdf->Cell(504, 18, 'Completed on February 2, 2026  —  1.5 contact hours', 0, 2, 'C');
$pdf->SetFont('helvetica', '', 10);
$pdf->Cell(504, 16, 'Course ID: ML-1149      Florida License #: CLS 0051823', 0, 2, 'C');
$pdf->SetFont('helvetica', 'I', 9); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(54, 430); $pdf->Cell(504, 14, 'Accreditation statements and your transcript entry appear on page 2.', 0, 2, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->Line(206, 640, 406, 640);
$pdf->SetFont('helvetica', '', 9); $pdf->SetXY(54, 645);
$pdf->Cell(504, 12, 'Courtney E. Vandermolen, MLS(ASCP)CM', 0, 2, 'C');
$pdf->Cell(504, 12, 'Director of Continuing Education, MediaLab, Inc.', 0, 2, 'C');
// page 2
$pdf->AddPage();
$pdf->SetFont('helvetica', 'B', 14); $pdf->SetXY(54, 60); $pdf->Cell(504, 20, 'Accreditation and Transcript Information', 0, 2, 'L');
$pdf->SetFont('helvetica', '', 9.5);
$pdf->SetXY(54, 95);
$pdf->MultiCell(504, 0, "MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.\n\nMediaLab, Inc. is an approved provider of continuing education for clinical laboratory personnel by the Florida Board of Clinical Laboratory Personnel and the California Department of Public Health, Laboratory Field Services. Credit has been reported to CE Broker for the Florida license shown on page 1.\n\nThis certificate documents credit for the ASCP Board of Certification Credential Maintenance Program (CMP) and for AMT CCP.", 0, 'L');
$html = '<table cellpadding="4" border="1" style="font-size:9pt;">
<tr style="background-color:#f3e3d7;font-weight:bold;"><td width="70">Completed</td><td width="60">Course ID</td><td width="300">Course</td><td width="74" align="center">Contact hrs</td></tr>
<tr><td>02/02/2026</td><td>ML-1149</td><td>Transfusion Reaction Investigation: A Case-Based Approach</td><td align="center">1.5</td></tr>
</table>';
$pdf->writeHTMLCell(504, 0, 54, 260, $html, 0, 1);
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(110, 110, 110);
$pdf->SetXY(54, 720); $pdf->Cell(504, 12, 'Order no. 2026-02-0077481   ·   Certificate generated 02/02/2026 16:22 CT   ·   Page 2 of 2', 0, 0, 'L');
$pdf->Output($OUT, 'F');
