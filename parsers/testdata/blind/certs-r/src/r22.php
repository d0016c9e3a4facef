<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(46, 74, 125); $pdf->SetLineWidth(8); $pdf->Rect(24, 24, 744, 564);
$pdf->SetTextColor(46, 74, 125);
$pdf->SetFont('Arial', 'B', 26); $pdf->SetXY(40, 60); $pdf->Cell(712, 30, 'MediaLab', 0, 1, 'C');
$pdf->SetFont('Arial', '', 10); $pdf->SetX(40); $pdf->Cell(712, 14, 'Competency Assessment  |  Continuing Education  |  Compliance', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('Arial', '', 30); $pdf->SetXY(40, 135); $pdf->Cell(712, 36, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('Arial', '', 13); $pdf->SetXY(40, 190); $pdf->Cell(712, 18, 'presented to', 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 26); $pdf->SetXY(40, 215); $pdf->Cell(712, 32, t('NGUYEN THI BICH NGOC'), 0, 1, 'C');
$pdf->SetFont('Arial', '', 13); $pdf->SetXY(40, 258); $pdf->Cell(712, 18, 'for completing', 0, 1, 'C');
$pdf->SetFont('Arial', 'B', 18); $pdf->SetXY(130, 284);
$pdf->MultiCell(532, 23, t('Competency Assessment for New Hires: Orientation to Point-of-Care Testing'), 0, 'C');
$pdf->SetFont('Arial', '', 12);
$pdf->SetXY(40, 352); $pdf->Cell(712, 17, t('Course ID: POC-114   •   Completed: January 8, 2026   •   1.0 contact hour'), 0, 1, 'C');
$pdf->SetFont('Arial', 'I', 10); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(40, 380); $pdf->Cell(712, 14, 'Competency valid until: January 8, 2027   (Learner no. 200-4471-09)', 0, 1, 'C');
$pdf->SetFont('Arial', '', 9);
$pdf->SetXY(90, 520);
$pdf->MultiCell(612, 12, t('MediaLab, Inc. is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->Output('F', $argv[1]);
