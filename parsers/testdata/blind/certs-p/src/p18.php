<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
$OUT = $argv[1];

$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(20, 18, 20); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$W = $pdf->getPageWidth();
$pdf->SetFillColor(228, 60, 40);
$pdf->Rect(0, 0, $W, 14, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->SetXY(20, 3); $pdf->Cell(0, 8, 'Coursewell  ·  Badges', 0, 0, 'L');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('helvetica', 'B', 15);
$pdf->SetXY(20, 24); $pdf->Cell(0, 8, 'Mountain Plains Laboratory Consortium (MPLC)', 0, 1, 'L');
$pdf->SetFont('helvetica', '', 10);
$pdf->SetX(20); $pdf->Cell(0, 6, 'Regional continuing education for rural and critical-access hospital laboratories', 0, 1, 'L');
// badge
$cx = $W / 2; $cy = 82;
$pdf->SetFillColor(46, 125, 150);
$pdf->Circle($cx, $cy, 24, 0, 360, 'F');
$pdf->SetFillColor(255, 255, 255);
$pdf->Circle($cx, $cy, 19, 0, 360, 'F');
$pdf->SetTextColor(46, 125, 150);
$pdf->SetFont('helvetica', 'B', 16);
$pdf->SetXY($cx - 18, $cy - 8); $pdf->Cell(36, 8, '91/100', 0, 0, 'C');
$pdf->SetFont('helvetica', '', 7);
$pdf->SetXY($cx - 18, $cy + 1); $pdf->Cell(36, 5, 'SMEAR REVIEW', 0, 0, 'C');
$pdf->SetTextColor(40, 40, 40);
$pdf->SetFont('helvetica', '', 11);
$pdf->SetXY(20, 114); $pdf->Cell($W - 40, 6, 'Badge awarded to', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 22);
$pdf->SetX(20); $pdf->Cell($W - 40, 11, 'Jasper T. Reinholt', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11);
$pdf->SetX(20); $pdf->Cell($W - 40, 6, 'for completing', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 14);
$pdf->SetX(35); $pdf->MultiCell($W - 70, 7, 'Competency Assessment Program for Microscopy: Peripheral Blood Smear Review', 0, 'C');
$html = '<table cellpadding="3" style="font-size:8pt;color:#777777;">
<tr><td>COURSE ID</td><td>COMPLETED</td><td>FINAL SCORE</td><td>CONTINUING EDUCATION</td></tr>
<tr style="font-size:11pt;color:#222222;"><td>MPLC-HEM-207</td><td>Feb 17, 2026 3:42 PM</td><td>91/100</td><td>1.25 contact hours</td></tr>
<tr><td>MODULES</td><td>ENROLLED</td><td>LEARNER ID</td><td>CREDIT TYPE</td></tr>
<tr style="font-size:11pt;color:#222222;"><td>12 of 12</td><td>Jan 30, 2026</td><td>u-4471902</td><td>P.A.C.E.®, basic</td></tr>
</table>';
$pdf->SetXY(20, 160);
$pdf->writeHTML($html, true, false, false, false, '');
$pdf->SetFont('helvetica', '', 8.5);
$pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(20, 200);
$pdf->MultiCell($W - 40, 4.5, 'Mountain Plains Laboratory Consortium is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Badges are issued automatically when all module requirements are met.', 0, 'L');
$pdf->SetFont('helvetica', '', 7.5);
$pdf->SetXY(20, 255); $pdf->Cell($W - 40, 5, 'Badge ID 5c1e-90ab · Issued via Coursewell', 0, 0, 'C');
$pdf->Output($OUT, 'F');
