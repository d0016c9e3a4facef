<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(74, 35, 90); $pdf->Rect(0, 0, 215.9, 42, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('Helvetica', 'B', 30); $pdf->SetXY(20, 10); $pdf->Cell(40, 14, 'NSH', 0, 0);
$pdf->SetFont('Helvetica', '', 13); $pdf->SetXY(62, 12); $pdf->Cell(130, 6, t('National Society for Histotechnology'), 0, 2);
$pdf->SetFont('Helvetica', '', 10); $pdf->Cell(130, 6, 'Annual Symposium/Convention  -  Providence, Rhode Island', 0, 2);
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Helvetica', 'B', 22); $pdf->SetXY(20, 62); $pdf->Cell(175, 10, 'Workshop Attendance Certificate', 0, 1);
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(20, 80); $pdf->Cell(175, 7, 'This is to certify that', 0, 1);
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(20, 90); $pdf->Cell(175, 11, t('Rosalind P. Featherstonehaugh, HT(ASCP)'), 0, 1);
$pdf->SetFont('Helvetica', '', 12); $pdf->SetXY(20, 106); $pdf->Cell(175, 7, 'attended the workshop', 0, 1);
$pdf->SetFont('Times', 'B', 16); $pdf->SetXY(20, 116);
$pdf->MultiCell(170, 8, t('Immunohistochemistry Troubleshooting: Antigen Retrieval from Bench to Slide'), 0, 'L');
$y = $pdf->GetY() + 10;
$rows = array(array('Workshop #', 'W-214'), array('Session date', 'September 14, 2025'),
              array('Contact hours', '3.0'), array('Badge #', '18822'));
foreach ($rows as $r) {
  $pdf->SetXY(20, $y); $pdf->SetFont('Helvetica', 'B', 11); $pdf->SetTextColor(74, 35, 90);
  $pdf->Cell(45, 8, t($r[0]), 'B', 0);
  $pdf->SetFont('Helvetica', '', 11); $pdf->SetTextColor(30, 30, 30);
  $pdf->Cell(100, 8, t($r[1]), 'B', 1);
  $y += 10;
}
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(20, $y + 14);
$pdf->MultiCell(175, 4.6, t('The National Society for Histotechnology is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Partial credit is not awarded for workshops.'), 0, 'L');
$pdf->SetDrawColor(0, 0, 0); $pdf->Line(20, 240, 90, 240);
$pdf->SetXY(20, 241); $pdf->SetFont('Helvetica', 'B', 9); $pdf->Cell(80, 5, 'Yolanda S. Pike-Harrison, HTL(ASCP)QIHC', 0, 2);
$pdf->SetFont('Helvetica', '', 9); $pdf->Cell(80, 5, 'Chair, Education Committee', 0, 2);
$pdf->Output('F', $argv[1]);
