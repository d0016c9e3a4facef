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
$pdf->SetFillColor(0, 94, 120); $pdf->Rect(0, 0, 792, 70, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('dejavusans', 'B', 26); $pdf->SetXY(40, 18); $pdf->Cell(120, 30, 'CLSI', 0, 0);
$pdf->SetFont('dejavusans', '', 12); $pdf->SetXY(150, 26); $pdf->Cell(400, 16, 'Clinical and Laboratory Standards Institute', 0, 0);
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavuserif', '', 30); $pdf->SetXY(0, 110); $pdf->Cell(792, 36, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 13); $pdf->SetXY(0, 165); $pdf->Cell(792, 18, 'This acknowledges that', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->SetXY(0, 192); $pdf->Cell(792, 30, 'Dr. Farrukh Ismailov', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'I', 13); $pdf->SetXY(0, 232); $pdf->Cell(792, 18, 'has completed', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 10); $pdf->SetTextColor(0, 94, 120); $pdf->SetXY(0, 258); $pdf->Cell(792, 14, 'On-Demand Webinar', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('dejavusans', 'B', 16); $pdf->SetXY(130, 276);
$pdf->MultiCell(532, 20, '“Navigating M100: What’s New in Antimicrobial Susceptibility Testing Breakpoints”', 0, 'C');
$pdf->SetFont('dejavusans', '', 11);
$pdf->SetXY(0, 336); $pdf->Cell(792, 16, 'Completion date: December 3, 2025', 0, 1, 'C');
$pdf->SetXY(0, 354); $pdf->Cell(792, 16, 'Program ID: CLSI-W-M100-25', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 12);
$pdf->SetXY(0, 376); $pdf->Cell(792, 16, '1.5 P.A.C.E.® contact hours', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(60, 470); $pdf->Cell(300, 12, 'Order No. 6620194', 0, 2);
$pdf->Cell(300, 12, 'Webinar access expires 06/30/2026', 0, 2);
$pdf->SetXY(100, 530);
$pdf->MultiCell(592, 12, 'The Clinical and Laboratory Standards Institute (CLSI) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 0, 'C');
$pdf->Output($argv[1], 'F');
