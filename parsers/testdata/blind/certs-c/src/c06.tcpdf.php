<?php
// AABB eCast participation certificate (landscape, centred, format words on own line)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('L', 'pt', 'AABB eCast Certificate');
$pdf->AddPage();
$W = 792;
$pdf->SetFillColor(160, 16, 40); $pdf->Rect(0, 0, $W, 86, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 30); $pdf->SetXY(40, 22); $pdf->Cell(200, 40, 'AABB', 0, 0, 'L');
$pdf->SetFont('dejavusans', '', 9); $pdf->SetXY(400, 30);
$pdf->MultiCell(352, 30, "American Association of Blood Banks\nEducation Programs · eCast Series", 0, 'R');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('times', 'B', 32); $pdf->SetXY(0, 120); $pdf->Cell($W, 36, 'Certificate of Participation', 0, 1, 'C');
$pdf->SetFont('times', 'I', 14); $pdf->SetXY(0, 172); $pdf->Cell($W, 18, 'This is to certify that', 0, 1, 'C');
$pdf->SetFont('times', 'B', 26); $pdf->SetXY(0, 198); $pdf->Cell($W, 30, 'Oluwaseun Adeyemi', 0, 1, 'C');
$pdf->SetFont('times', 'I', 14); $pdf->SetXY(0, 240); $pdf->Cell($W, 18, 'participated in', 0, 1, 'C');
$pdf->SetXY(0, 258); $pdf->Cell($W, 18, 'the live eCast', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 15); $pdf->SetTextColor(160, 16, 40);
$pdf->SetXY(96, 286); $pdf->MultiCell(600, 20, 'Cold-Stored Platelets: Implementation, Inventory, and Clinical Outcomes', 0, 'C');
$pdf->SetTextColor(30, 30, 30); $pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(0, 326); $pdf->Cell($W, 16, 'broadcast live on Wednesday, February 12, 2025', 0, 1, 'C');
$pdf->SetXY(0, 346); $pdf->Cell($W, 16, 'Program #: 25EC-0212', 0, 1, 'C');
$html = '<table cellpadding="4" border="0" style="font-size:9.5pt">
<tr><td width="200"><b>Laboratory professionals</b></td><td width="260">1.5 P.A.C.E.® contact hours</td></tr>
<tr><td><b>Nurses</b></td><td>1.75 contact hours (CA BRN)</td></tr></table>';
$pdf->SetFont('dejavusans', '', 9.5);
$pdf->writeHTMLCell(460, 0, 166, 380, $html, 0, 1, false, true, 'L');
$pdf->SetFont('dejavusans', '', 7.5); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(60, 500);
$pdf->MultiCell(672, 40, 'AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. AABB is approved by the California Board of Registered Nursing, Provider Number CEP 7117. Nursing contact hours include the pre-broadcast case review. Site registration ID 88-20417.', 0, 'C');
$pdf->Output($argv[1], 'F');
