<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetTitle('BenchPoint webinar certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(230, 120, 20); $pdf->SetLineWidth(10); $pdf->Rect(22, 22, 748, 568);
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.5); $pdf->Rect(36, 36, 720, 540);
$pdf->SetFont('Arial', 'B', 18); $pdf->SetTextColor(230, 120, 20);
$pdf->SetXY(0, 66); $pdf->Cell(792, 20, t('BenchPoint Learning Network (BLN)'), 0, 1, 'C');
$pdf->SetFont('Arial', '', 9.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(0, 88); $pdf->Cell(792, 12, t('Continuing education for the clinical laboratory, one hour at a time'), 0, 1, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('Times', 'B', 32); $pdf->SetXY(0, 128); $pdf->Cell(792, 36, t('Certificate of Attendance'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(0, 180); $pdf->Cell(792, 16, t('This certificate is presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'BI', 26); $pdf->SetXY(0, 204); $pdf->Cell(792, 30, t('Siobhán Delgado-Ferris'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(0, 246); $pdf->Cell(792, 16, t('for attending'), 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 9); $pdf->SetTextColor(230, 120, 20);
$pdf->SetXY(0, 270); $pdf->Cell(792, 12, t('LIVE WEBINAR'), 0, 1, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('Times', 'B', 17); $pdf->SetXY(126, 288);
$pdf->MultiCell(540, 21, t('“Beyond the Expiration Date: Reagent Stability, Open-Vial Claims, and What Your Inspector Expects”'), 0, 'C');
$pdf->SetFont('Times', '', 13);
$pdf->SetXY(0, 344); $pdf->Cell(792, 16, t('broadcast Thursday, November 5, 2026, 1:00–2:00 p.m. Eastern'), 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 12);
$pdf->SetXY(0, 372); $pdf->Cell(792, 16, t('1.0 P.A.C.E.® contact hour  ·  Program ID: BPL-W2611'), 0, 1, 'C');
$pdf->SetFont('Arial', '', 8); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(146, 400);
$pdf->MultiCell(500, 10, t('BenchPoint Learning Network is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Attendance was confirmed by the webinar platform log and a completed evaluation.'), 0, 'C');
$pdf->SetTextColor(25, 25, 25);
$pdf->SetFont('Times', 'I', 15); $pdf->SetXY(96, 480); $pdf->Cell(220, 18, t('Caroline Drummond-Achieng'), 0, 1, 'L');
$pdf->Line(96, 500, 320, 500);
$pdf->SetFont('Arial', '', 8);
$pdf->SetXY(96, 504); $pdf->Cell(220, 10, t('Caroline Drummond-Achieng, MS, MLS(ASCP)CM'), 0, 1, 'L');
$pdf->SetXY(96, 515); $pdf->Cell(220, 10, t('Education Director, BLN'), 0, 1, 'L');
$pdf->SetXY(470, 504); $pdf->Cell(226, 10, t('Registration confirmation #: 77X-4410-2'), 0, 1, 'R');
$pdf->SetXY(470, 515); $pdf->Cell(226, 10, t('Emailed 11/06/2026'), 0, 1, 'R');
$pdf->Output('F', $argv[1]);
