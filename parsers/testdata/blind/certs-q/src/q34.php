<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Courier', 'B', 20);
$pdf->SetXY(20, 18); $pdf->Cell(100, 10, 'CORVID', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(110, 16); $pdf->MultiCell(86, 4.4, "Corvid Instruments LLC\nCustomer Training Center\n2200 Meridian Parkway, Durham, NC 27713", 0, 'R');
$pdf->SetDrawColor(40, 40, 40); $pdf->SetLineWidth(0.8); $pdf->Line(20, 34, 196, 34);
$pdf->SetFont('Helvetica', 'B', 22);
$pdf->SetXY(20, 46); $pdf->Cell(176, 10, 'Training Completion Certificate', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 10.5);
$pdf->SetX(20); $pdf->Cell(176, 7, 'Issued by Corvid Instruments LLC to the operator named below.', 0, 1, 'L');
$pdf->Ln(6);
$rows = array(
  array('Operator', t('Hannah M. Lindqvist, MLS(ASCP)')),
  array('Course', 'Corvid AX-7 Blood Gas System: Key Operator Course'),
  array('Class ID', 'CI-KOT-0326'),
  array('Training dates', 'March 24-25, 2026'),
  array('Training site', 'Pinecrest General Hospital, Asheville, NC'),
  array('Instrument serial no.', 'AX7-21-003518'),
  array('Customer account no.', '0040-77812'),
  array('CE hours awarded', '8.0'),
);
$pdf->SetLineWidth(0.2);
foreach ($rows as $r) {
  $y = $pdf->GetY();
  $pdf->SetFillColor(235, 235, 235);
  $pdf->SetFont('Helvetica', 'B', 10); $pdf->SetX(20); $pdf->Cell(50, 10, '  ' . $r[0], 1, 0, 'L', true);
  $pdf->SetFont('Helvetica', '', 11);  $pdf->Cell(126, 10, '  ' . $r[1], 1, 1, 'L');
}
$pdf->Ln(8);
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetX(20);
$pdf->MultiCell(176, 5, 'The operator attended both days of instruction, completed the hands-on competency assessment, and is qualified to train other operators at the facility listed above. Corvid Instruments LLC awards 8.0 CE hours for this course (one CE hour per 60 minutes of instruction).', 0, 'J');
$pdf->Ln(16);
$pdf->SetFont('Helvetica', '', 9.5);
$pdf->SetX(20); $pdf->Cell(80, 5, '_________________________________', 0, 0, 'L'); $pdf->Cell(96, 5, '_________________________________', 0, 1, 'L');
$pdf->SetX(20); $pdf->Cell(80, 5, 'Kofi B. Mensah, Clinical Applications Specialist', 0, 0, 'L'); $pdf->Cell(96, 5, 'Certificate printed 03/27/2026', 0, 1, 'L');
$pdf->Output('F', $argv[1]);
