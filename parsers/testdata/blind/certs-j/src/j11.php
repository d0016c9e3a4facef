<?php
require('/usr/share/php/fpdf/fpdf.php');

$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(230, 120, 20); $pdf->Rect(0, 0, 18, 612, 'F');
$pdf->SetFillColor(40, 40, 40); $pdf->Rect(18, 0, 6, 612, 'F');
$pdf->SetFont('Arial', 'B', 24); $pdf->SetTextColor(40, 40, 40);
$pdf->SetXY(60, 44); $pdf->Cell(400, 26, 'Veridian Diagnostics, Inc.', 0, 1, 'L');
$pdf->SetFont('Arial', '', 10); $pdf->SetTextColor(110, 110, 110);
$pdf->SetX(60); $pdf->Cell(400, 14, '4100 Commerce Parkway  |  Plano, TX 75024  |  Instrument Systems Education', 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 11); $pdf->SetTextColor(230, 120, 20);
$pdf->SetXY(500, 48); $pdf->Cell(240, 14, 'CERTIFICATE OF TRAINING', 0, 1, 'R');
$pdf->SetDrawColor(230, 120, 20); $pdf->SetLineWidth(1.5); $pdf->Line(60, 92, 740, 92);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(60, 118); $pdf->Cell(680, 16, 'This is to acknowledge that', 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 26); $pdf->SetXY(60, 140); $pdf->Cell(680, 30, 'BAO TRAN NGUYEN', 0, 1, 'L');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(60, 180); $pdf->Cell(680, 16, 'has completed factory-authorized key operator training for the', 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 17); $pdf->SetXY(60, 204); $pdf->Cell(680, 22, 'AX-900 Integrated Chemistry Analyzer: Key Operator Course', 0, 1, 'L');
$rows = array(array('Training Session ID', 'VT-7781'), array('Training Dates', 'February 9 - 11, 2026'),
  array('Location', 'Veridian Training Center, Plano, Texas'), array('Customer Facility', 'Bluebonnet Regional Hospital Laboratory'),
  array('Instrument Serial No.', 'AX9-004512'), array('Continuing Education', '16.0 CE hours (P.A.C.E.' . chr(174) . ' approved)'));
$y = 246;
$pdf->SetLineWidth(0.5); $pdf->SetDrawColor(170, 170, 170);
foreach ($rows as $r) {
  $pdf->SetXY(60, $y); $pdf->SetFont('Arial', 'B', 10.5); $pdf->SetFillColor(245, 238, 230);
  $pdf->Cell(170, 22, '  ' . $r[0], 1, 0, 'L', true);
  $pdf->SetFont('Arial', '', 10.5); $pdf->Cell(330, 22, '  ' . $r[1], 1, 1, 'L');
  $y += 22;
}
$pdf->SetFont('Arial', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(60, 392);
$pdf->MultiCell(500, 11, 'Veridian Diagnostics, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.' . chr(174) . ' Program. Completion of this course authorizes the participant to perform key operator maintenance and to train other operators at the customer facility.', 0, 'L');
$pdf->SetTextColor(0, 0, 0); $pdf->SetDrawColor(0, 0, 0);
$pdf->Line(60, 500, 270, 500); $pdf->Line(320, 500, 480, 500);
$pdf->SetFont('Arial', '', 10);
$pdf->SetXY(60, 504); $pdf->Cell(210, 13, 'Deon M. Castillo', 0, 0, 'L');
$pdf->SetXY(320, 504); $pdf->Cell(160, 13, '02/11/2026', 0, 0, 'L');
$pdf->SetFont('Arial', 'I', 9);
$pdf->SetXY(60, 518); $pdf->Cell(210, 12, 'Senior Applications Specialist, Trainer', 0, 0, 'L');
$pdf->SetXY(320, 518); $pdf->Cell(160, 12, 'Date signed', 0, 0, 'L');
$pdf->SetDrawColor(230, 120, 20); $pdf->SetLineWidth(2);
$pdf->Rect(600, 440, 130, 100);
$pdf->SetFont('Arial', 'B', 11); $pdf->SetTextColor(230, 120, 20);
$pdf->SetXY(600, 468); $pdf->Cell(130, 14, 'KEY OPERATOR', 0, 1, 'C');
$pdf->SetXY(600, 484); $pdf->Cell(130, 14, 'AX-900', 0, 1, 'C');
$pdf->SetFont('Arial', '', 8); $pdf->SetXY(600, 502); $pdf->Cell(130, 12, 'Valid for this instrument model', 0, 1, 'C');

$pdf->Output('F', $argv[1]);
