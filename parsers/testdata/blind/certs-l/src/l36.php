<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$OUT = '/work/blind/certs-l/l36.pdf';

$pdf = new FPDF('P', 'in', 'Letter'); $pdf->SetAutoPageBreak(false); $pdf->SetMargins(1.1, 1, 1.1); $pdf->AddPage();
$pdf->SetFont('Courier', 'B', 20); $pdf->SetTextColor(40, 70, 120); $pdf->SetXY(1.1, 1.0); $pdf->Cell(6.3, 0.35, t('Summit Lab Consulting, LLC'), 0, 1);
$pdf->SetFont('Courier', '', 9); $pdf->SetTextColor(80, 80, 80);
$pdf->Cell(6.3, 0.18, t('Laboratory regulatory compliance · education · webinars'), 0, 1);
$pdf->Cell(6.3, 0.18, t('PO Box 2291, Boise, ID 83701  ·  (208) 555-0190'), 0, 1);
$pdf->SetDrawColor(40, 70, 120); $pdf->SetLineWidth(0.03); $pdf->Line(1.1, 1.85, 7.4, 1.85);
$pdf->SetTextColor(0); $pdf->SetFont('Times', 'B', 16); $pdf->SetXY(1.1, 2.4);
$pdf->Cell(6.3, 0.3, t('Certificate of Continuing Education'), 0, 1, 'C');
$pdf->SetXY(1.1, 3.1); $pdf->SetFont('Times', '', 13);
$pdf->MultiCell(6.3, 0.3, t('Summit Lab Consulting, LLC certifies that Elijah T. Vanderpool, MLS(ASCP), has completed the live webinar '
 . '“CAP Inspection Readiness for the Small Hospital Laboratory” (Webinar No. SLC-W0326) on March 3, 2026 and is awarded 1.5 contact '
 . 'hours of P.A.C.E.® credit.'), 0, 'J');
$pdf->SetXY(1.1, 4.7); $pdf->SetFont('Times', 'I', 10);
$pdf->MultiCell(6.3, 0.2, t('Summit Lab Consulting, LLC is approved as a provider of continuing education programs in the clinical '
 . 'laboratory sciences by the ASCLS P.A.C.E.® Program. This webinar is not affiliated with or endorsed by the College of American Pathologists.'), 0, 'J');
$pdf->SetXY(1.1, 6.2); $pdf->SetFont('Times', 'I', 18); $pdf->SetTextColor(30, 40, 110); $pdf->Cell(3, 0.3, t('Marisa Quintrell'), 0, 1);
$pdf->SetTextColor(0); $pdf->Line(1.1, 6.55, 3.9, 6.55); $pdf->SetXY(1.1, 6.6); $pdf->SetFont('Times', '', 10);
$pdf->Cell(3, 0.18, t('Marisa Quintrell, MBA, MLS(ASCP)CM, CQA(ASQ)'), 0, 1);
$pdf->Cell(3, 0.18, t('Principal Consultant'), 0, 1);
$pdf->SetXY(1.1, 9.9); $pdf->SetFont('Courier', '', 7.5);
$pdf->Cell(6.3, 0.15, t('Order No. 260303-4418  ·  Certificate e-mailed 03/04/2026'), 0, 0, 'C');
$pdf->Output('F', $OUT);
