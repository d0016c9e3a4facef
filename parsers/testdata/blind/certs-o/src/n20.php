<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('Certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(244, 239, 226); $pdf->Rect(0, 0, 612, 792, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->Rect(40, 40, 532, 712, 'F');
$pdf->SetFont('Courier', 'B', 16); $pdf->SetTextColor(80, 60, 20);
$pdf->SetXY(60, 70); $pdf->Cell(492, 18, t('Bench & Beyond Learning, LLC'), 0, 1, 'L');
$pdf->SetFont('Courier', '', 9);
$pdf->SetXY(60, 90); $pdf->Cell(492, 11, t('Practical CE for bench scientists'), 0, 1, 'L');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Times', 'B', 28); $pdf->SetXY(60, 140); $pdf->Cell(492, 30, t('Certificate of Completion'), 0, 1, 'L');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(60, 186); $pdf->Cell(492, 14, t('Learner'), 0, 1, 'L');
$pdf->SetFont('Times', 'B', 19); $pdf->SetXY(60, 202); $pdf->Cell(492, 22, t('Anneliese Ferreira-Holm, MLS(ASCP)CM'), 0, 1, 'L');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(60, 238); $pdf->Cell(492, 14, t('Course'), 0, 1, 'L');
$pdf->SetFont('Times', 'B', 15); $pdf->SetXY(60, 254); $pdf->MultiCell(492, 18, t('Quality Control Program Design: Sigma Metrics and Multirule Selection'), 0, 'L');
$box = function($x, $y, $l, $v) use ($pdf) {
  $pdf->SetDrawColor(170, 150, 110); $pdf->SetLineWidth(0.7); $pdf->Rect($x, $y, 236, 44);
  $pdf->SetFont('Courier', '', 8); $pdf->SetTextColor(110, 90, 50); $pdf->SetXY($x + 8, $y + 6); $pdf->Cell(220, 10, t($l), 0, 0, 'L');
  $pdf->SetFont('Times', 'B', 13); $pdf->SetTextColor(20, 20, 20); $pdf->SetXY($x + 8, $y + 20); $pdf->Cell(220, 16, t($v), 0, 0, 'L');
};
$box(60, 310, 'COURSE NO.', 'BBL-QC-305');
$box(316, 310, 'COMPLETED', 'December 8, 2025');
$box(60, 364, 'CREDIT AWARDED', '2.0 contact hours (P.A.C.E.®)');
$box(316, 364, 'COURSE LEVEL', 'Advanced');
$box(60, 418, 'ORDER NO.', 'BB-104877');
$box(316, 418, 'FORMAT', 'Self-paced, text and video');
$pdf->SetFont('Times', '', 10.5); $pdf->SetTextColor(40, 40, 40);
$pdf->SetXY(60, 486);
$pdf->MultiCell(492, 14, t('Bench & Beyond Learning, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (P.A.C.E.® Provider No. 0519). This certificate documents completion of all lessons and a post-test score of at least 75%.'), 0, 'L');
$pdf->SetFont('Times', 'I', 16); $pdf->SetXY(60, 620); $pdf->Cell(250, 18, t('Wilhelmina Achterhof'), 0, 1, 'L');
$pdf->SetDrawColor(20, 20, 20); $pdf->Line(60, 640, 300, 640);
$pdf->SetFont('Times', '', 9.5);
$pdf->SetXY(60, 644); $pdf->Cell(250, 11, t('Wilhelmina Achterhof, MS, SC(ASCP)'), 0, 1, 'L');
$pdf->SetXY(60, 656); $pdf->Cell(250, 11, t('Founder and Course Author'), 0, 1, 'L');
$pdf->Output('F', $argv[1]);
