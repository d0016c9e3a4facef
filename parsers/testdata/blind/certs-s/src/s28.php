<?php
$D = json_decode('{}', true);
$OUT = $argv[1];
function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

require('/usr/share/php/fpdf/fpdf.php');
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(245, 245, 240); $pdf->Rect(0, 0, 279.4, 215.9, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->SetDrawColor(70, 100, 60); $pdf->SetLineWidth(1.2);
$pdf->Rect(12, 12, 255.4, 191.9, 'DF');
$pdf->SetFont('Helvetica', 'B', 17); $pdf->SetTextColor(70, 100, 60);
$pdf->SetXY(24, 22); $pdf->Cell(150, 8, w('St. Aurelian Medical Center'), 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetTextColor(80, 80, 80);
$pdf->Cell(150, 5, w('Clinical Laboratory Education Committee'), 0, 2, 'L');
$pdf->SetFont('Helvetica', 'B', 9); $pdf->SetTextColor(255, 255, 255); $pdf->SetFillColor(70, 100, 60);
$pdf->SetXY(205, 22); $pdf->Cell(50, 8, w('LUNCH & LEARN'), 0, 0, 'C', true);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 28); $pdf->SetXY(12, 55); $pdf->Cell(255.4, 12, w('In-Service Certificate'), 0, 2, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(12, 78);
$pdf->Cell(255.4, 7, w('Jerome K. Whitaker Jr., MLT(ASCP)'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 11);
$pdf->Cell(255.4, 7, w('attended the laboratory in-service titled'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 16);
$pdf->Cell(255.4, 10, w('"Specimen Rejection Criteria and the New Hemolysis Index Program"'), 0, 2, 'C');
// two column label/value block
$L = array(array('Date of In-Service', '03/18/2026'), array('In-Service No.', 'LL-2026-03'),
           array('Presenter', 'Farah El-Amin, MLS(ASCP)CM, Chemistry Lead'),
           array('CE Hours', '1.0'), array('Employee ID', 'E-204518'));
$y = 122;
foreach ($L as $r) {
  $pdf->SetFont('Helvetica', 'B', 10); $pdf->SetXY(62, $y); $pdf->Cell(50, 6.5, w($r[0] . ':'), 0, 0, 'R');
  $pdf->SetFont('Helvetica', '', 10.5); $pdf->SetXY(116, $y); $pdf->Cell(120, 6.5, w($r[1]), 0, 0, 'L');
  $y += 8;
}
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(30, 172);
$pdf->MultiCell(219.4, 4, w('Continuing education hours for internal in-services are awarded by St. Aurelian Medical Center for laboratory staff development (1 CE hour = 60 minutes of instruction). Present this certificate to your certification agency as employer-provided continuing education.'), 0, 'C');
$pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.2);
$pdf->Line(40, 192, 110, 192); $pdf->Line(170, 192, 240, 192);
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(40, 193); $pdf->Cell(70, 4, w('Committee Chair'), 0, 0, 'C');
$pdf->SetXY(170, 193); $pdf->Cell(70, 4, w('Laboratory Director'), 0, 0, 'C');
$pdf->Output('F', $OUT);
