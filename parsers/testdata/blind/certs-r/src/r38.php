<?php
require_once('/usr/share/php/tcpdf/tcpdf.php');
function mk($o) {
  $pdf = new TCPDF($o, 'pt', 'LETTER', true, 'UTF-8', false);
  $pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
  $pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
  $pdf->setFontSubsetting(true);
  $pdf->SetCreator('TCPDF');
  return $pdf;
}

$pdf = mk('L');
$pdf->AddPage();
$pdf->SetFillColor(250, 246, 236); $pdf->Rect(0, 0, 792, 612, 'F');
$pdf->SetFillColor(232, 163, 23); $pdf->Rect(0, 0, 792, 10, 'F');
$pdf->SetTextColor(60, 40, 10);
$pdf->SetFont('dejavusans', 'B', 18); $pdf->SetXY(60, 50); $pdf->Cell(500, 24, 'Solstice Molecular, Inc.', 0, 1);
$pdf->SetFont('dejavusans', '', 10); $pdf->SetX(60); $pdf->Cell(500, 14, 'Medical Education Series', 0, 1);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 30); $pdf->SetXY(60, 130); $pdf->Cell(600, 36, 'Certificate of Attendance', 0, 1);
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(60, 186); $pdf->Cell(600, 16, 'Awarded to', 0, 1);
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->SetXY(60, 206); $pdf->Cell(600, 30, 'Leilani K. Kahananui, MB(ASCP)', 0, 1);
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(60, 252); $pdf->Cell(600, 16, 'for attending the live eCast broadcast', 0, 1);
$pdf->SetFont('dejavusans', 'B', 10); $pdf->SetTextColor(200, 120, 0); $pdf->SetXY(60, 276); $pdf->Cell(300, 14, 'eCast', 0, 1);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', 'B', 17); $pdf->SetXY(60, 292);
$pdf->MultiCell(520, 21, 'Syndromic Panel Stewardship: When to Order Multiplex Gastrointestinal PCR', 0, 'L');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(60, 350); $pdf->Cell(600, 16, 'Broadcast date: November 20, 2025', 0, 1);
$pdf->SetX(60); $pdf->Cell(600, 16, 'Event ID: SM-EC-1120', 0, 1);
$pdf->SetX(60); $pdf->Cell(600, 16, 'Credit: 1.0 P.A.C.E.® contact hour', 0, 1);
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetX(60); $pdf->Cell(600, 14, 'Registration ID: 8834-2291-77', 0, 1);
$pdf->SetFillColor(232, 163, 23);
$pdf->StarPolygon(660, 300, 55, 30, 3, 0, 1, 'F');
$pdf->SetFillColor(250, 246, 236); $pdf->Circle(660, 300, 38, 0, 360, 'F');
$pdf->SetFillColor(232, 163, 23); $pdf->Circle(660, 300, 30, 0, 360, 'F');
$pdf->SetXY(60, 520);
$pdf->MultiCell(672, 12, 'Solstice Molecular, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Commercial content was reviewed for fair balance.', 0, 'L');
$pdf->Output($argv[1], 'F');
