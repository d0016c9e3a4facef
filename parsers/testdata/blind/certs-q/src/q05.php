<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(22, 20, 22);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(10, 125, 140);
$pdf->Rect(0, 0, 216, 34, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('Helvetica', 'B', 30);
$pdf->SetXY(22, 9); $pdf->Cell(80, 14, 'LabCE', 0, 0, 'L');
$pdf->SetFont('Helvetica', '', 10);
$pdf->SetXY(110, 12); $pdf->Cell(84, 6, t('Continuing education for laboratory professionals'), 0, 2, 'R');
$pdf->Cell(84, 6, 'www.labce.example', 0, 0, 'R');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('Times', '', 28);
$pdf->SetXY(22, 52); $pdf->Cell(172, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12);
$pdf->Cell(172, 10, 'This certificate is awarded to', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24);
$pdf->Cell(172, 12, t('Tomasz J. Wierzbicki'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 12);
$pdf->Cell(172, 10, 'for successful completion of the online course', 0, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 15);
$pdf->SetX(32); $pdf->MultiCell(152, 8, t('Urinalysis Sediment Identification: Casts, Crystals, and Look-Alikes'), 0, 'C');
$pdf->Ln(10);
$rows = array(
  array('Course #:', '1187'),
  array('Date completed:', 'January 22, 2026'),
  array('Credit:', t('1.5 P.A.C.E.® contact hours')),
  array('Level:', 'Intermediate'),
  array('Florida license #:', 'CL 0049327'),
  array('Order #:', '5538120'),
);
foreach ($rows as $r) {
  $pdf->SetX(50);
  $pdf->SetFont('Helvetica', 'B', 11); $pdf->Cell(45, 8, $r[0], 0, 0, 'L');
  $pdf->SetFont('Helvetica', '', 11);  $pdf->Cell(80, 8, $r[1], 0, 1, 'L');
}
$pdf->SetDrawColor(10, 125, 140);
$pdf->Line(22, 205, 194, 205);
$pdf->SetY(210);
$pdf->SetFont('Helvetica', '', 8.5);
$pdf->MultiCell(172, 4.5, t('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course is accepted for the ASCP Board of Certification Credential Maintenance Program (CMP) and for Florida license renewal.'), 0, 'J');
$pdf->SetFont('Times', 'I', 18);
$pdf->SetXY(22, 236); $pdf->Cell(80, 8, 'Hollis Varga', 0, 1, 'L');
$pdf->SetDrawColor(60, 60, 60); $pdf->Line(22, 245, 100, 245);
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(22, 246); $pdf->Cell(90, 5, 'Hollis Varga, MLS(ASCP), Director of Content', 0, 1, 'L');
$pdf->Output('F', $argv[1]);
