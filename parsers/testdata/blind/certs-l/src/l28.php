<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$OUT = '/work/blind/certs-l/l28.pdf';

$pdf = new FPDF('L', 'mm', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->AddPage();
$pdf->SetFillColor(28, 110, 140); $pdf->Rect(0, 20, 279.4, 26, 'F');
$pdf->SetFillColor(236, 180, 40); $pdf->Rect(0, 46, 279.4, 2, 'F');
$pdf->SetTextColor(255); $pdf->SetFont('Arial', 'B', 26); $pdf->SetXY(20, 26); $pdf->Cell(80, 14, 'LabCE', 0, 0);
$pdf->SetFont('Arial', '', 11); $pdf->SetXY(150, 26); $pdf->Cell(110, 14, t('Certificate of Continuing Education'), 0, 0, 'R');
$pdf->SetTextColor(0);
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(0, 66); $pdf->Cell(279.4, 8, t('Presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'B', 28); $pdf->Cell(279.4, 14, t('Siobhan M. Gallagher-Pruitt'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->Cell(279.4, 10, t('for successfully completing'), 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 18); $pdf->Cell(279.4, 12, t('Hemoglobinopathies: Electrophoresis and HPLC Interpretation'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->Cell(279.4, 9, t('on December 29, 2025'), 0, 1, 'C');
$pdf->Ln(6);
$pdf->SetFont('Arial', 'B', 14); $pdf->Cell(279.4, 9, t('1.5 P.A.C.E.® Contact Hours'), 0, 1, 'C');
$pdf->SetFont('Arial', '', 10); $pdf->Cell(279.4, 6, t('Course #1402  ·  Level: Advanced  ·  Category: Hematology'), 0, 1, 'C');
$pdf->SetDrawColor(28, 110, 140); $pdf->SetLineWidth(0.3); $pdf->Line(20, 170, 259.4, 170);
$pdf->SetFont('Arial', '', 7.5); $pdf->SetXY(20, 173);
$pdf->MultiCell(239.4, 3.6, t('LabCE is approved as a provider of continuing education programs in the clinical laboratory sciences by '
 . 'the ASCLS P.A.C.E.® Program. Florida Board of Clinical Laboratory Personnel provider no. 50-12876. '
 . 'Certificate No. 7C41-99D0-2E18  ·  Purchase Order PO-77812  ·  Issued 01/02/2026'), 0, 'C');
$pdf->Output('F', $OUT);
