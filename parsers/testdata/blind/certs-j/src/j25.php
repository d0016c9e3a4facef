<?php
require('/usr/share/php/fpdf/fpdf.php');

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Times', 'B', 22); $pdf->SetTextColor(20, 60, 110);
$pdf->SetXY(54, 54); $pdf->Cell(504, 26, "St. Brendan's University Hospital", 0, 1, 'L');
$pdf->SetFont('Times', 'I', 13); $pdf->SetX(54); $pdf->Cell(504, 16, 'Clinical Laboratories', 0, 1, 'L');
$pdf->SetDrawColor(20, 60, 110); $pdf->SetLineWidth(2); $pdf->Line(54, 104, 558, 104);
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetXY(54, 150); $pdf->Cell(504, 30, 'In-Service Completion', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(54, 196);
$pdf->MultiCell(504, 16, 'The employee named below has completed the annual competency in-service and passed the observed practical assessment.', 0, 'L');
$pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetTextColor(20, 60, 110);
$pdf->SetXY(54, 250); $pdf->Cell(504, 12, 'EMPLOYEE', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 16); $pdf->SetTextColor(0, 0, 0);
$pdf->SetX(54); $pdf->Cell(504, 22, 'Craig D. Sorensen, MLT(ASCP)', 'B', 1, 'L');
$pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetTextColor(20, 60, 110);
$pdf->SetXY(54, 300); $pdf->Cell(504, 12, 'IN-SERVICE', 0, 1, 'L');
$pdf->SetFont('Helvetica', '', 16); $pdf->SetTextColor(0, 0, 0);
$pdf->SetX(54); $pdf->Cell(504, 22, 'Point-of-Care Glucose Meter Recertification', 'B', 1, 'L');
$labs = array('DATE COMPLETED', 'CONTACT HOURS', 'EMPLOYEE NO.', 'NEXT DUE');
$vals = array('12/16/2025', '0.5', '118273', '12/2026');
$x = 54;
for ($i = 0; $i < 4; $i++) {
  $pdf->SetFont('Helvetica', 'B', 8.5); $pdf->SetTextColor(20, 60, 110);
  $pdf->SetXY($x, 352); $pdf->Cell(120, 12, $labs[$i], 0, 0, 'L');
  $pdf->SetFont('Helvetica', '', 14); $pdf->SetTextColor(0, 0, 0);
  $pdf->SetXY($x, 366); $pdf->Cell(114, 20, $vals[$i], 'B', 0, 'L');
  $x += 126;
}
$pdf->SetFont('Helvetica', '', 9.5); $pdf->SetXY(54, 420);
$pdf->MultiCell(504, 13, "Contact hours are awarded by St. Brendan's University Hospital, Clinical Laboratories, an approved provider of continuing education programs in the clinical laboratory sciences under the ASCLS P.A.C.E." . chr(174) . " Program. Keep a copy for your competency file.", 0, 'L');
$pdf->SetLineWidth(0.5); $pdf->Line(54, 560, 254, 560); $pdf->Line(330, 560, 530, 560);
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetXY(54, 564); $pdf->Cell(200, 13, 'Monique D. Trahan, MLS(ASCP)CM', 0, 0, 'L');
$pdf->SetXY(330, 564); $pdf->Cell(200, 13, 'Arvind K. Menon, MD', 0, 0, 'L');
$pdf->SetFont('Helvetica', 'I', 9);
$pdf->SetXY(54, 578); $pdf->Cell(200, 12, 'POCT Coordinator', 0, 0, 'L');
$pdf->SetXY(330, 578); $pdf->Cell(200, 12, 'Medical Director, Clinical Laboratories', 0, 0, 'L');

$pdf->Output('F', $argv[1]);
