<?php
// Florida licence CE certificate (portrait, label|value); licence + CE Broker numbers as distractors
require_once(__DIR__ . '/lib/fpdf_common.php');
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('Florida CE Certificate');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(242, 140, 40); $pdf->Rect(0, 0, 612, 14, 'F');
$pdf->SetFont('Arial', 'B', 20); $pdf->SetTextColor(30, 30, 30);
$pdf->SetXY(54, 50); $pdf->Cell(504, 24, w('Sunshine Laboratory Learning, LLC'), 0, 2, 'L');
$pdf->SetFont('Arial', '', 9.5); $pdf->SetTextColor(90, 90, 90);
$pdf->Cell(504, 13, w('SLL  •  Continuing education for Florida clinical laboratory personnel  •  Tampa, FL'), 0, 2, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Arial', 'B', 16); $pdf->SetXY(54, 120); $pdf->Cell(504, 20, w('CERTIFICATE OF COMPLETION'), 0, 2, 'L');
$pdf->SetFont('Arial', '', 10.5); $pdf->Cell(504, 15, w('Florida Board of Clinical Laboratory Personnel — Continuing Education'), 0, 2, 'L');
$pdf->Ln(20);
$rows = [
  ['Licensee', 'Latoya Jefferson-Pryce'],
  ['Florida License No.', 'CT 0000045612'],
  ['Course Title', 'Florida Laws and Rules for Clinical Laboratory Personnel (Chapter 483, F.S. and 64B3, F.A.C.)'],
  ['Course Tracking #', '20-771240'],
  ['Date Completed', '3/31/2025'],
  ['Contact Hours', '1.0 (General: Laws and Rules)'],
  ['Delivery Method', 'Home study / online'],
  ['CE Broker Provider Tracking #', '50-18443'],
];
foreach ($rows as $r) {
  $pdf->SetX(54);
  $pdf->SetFont('Arial', 'B', 10.5); $pdf->Cell(170, 16, w($r[0] . ':'), 0, 0, 'L');
  $pdf->SetFont('Arial', '', 10.5); $pdf->MultiCell(334, 16, w($r[1]), 0, 'L');
  $pdf->Ln(6);
}
$pdf->Ln(20); $pdf->SetX(54); $pdf->SetFont('Arial', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->MultiCell(504, 11, w('Sunshine Laboratory Learning, LLC is an approved continuing education provider of the Florida Board of Clinical Laboratory Personnel. Completion has been reported to CE Broker. Please retain this certificate for four years. Reported 04/01/2025.'), 0, 'L');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(54, 690, 254, 690);
$pdf->SetXY(54, 694); $pdf->SetFont('Arial', '', 8.5); $pdf->Cell(200, 11, w('Education Director'), 0, 0, 'L');
$pdf->Output('F', $argv[1]);
