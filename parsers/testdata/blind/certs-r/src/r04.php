<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(120, 20, 40);
$pdf->SetLineWidth(1.6); $pdf->Rect(9, 9, 261.4, 197.9);
$pdf->SetLineWidth(0.4); $pdf->Rect(13, 13, 253.4, 189.9);
$pdf->SetTextColor(120, 20, 40);
$pdf->SetFont('Times', 'B', 22); $pdf->SetXY(15, 24); $pdf->Cell(249.4, 10, t('Keystone Society for Clinical Laboratory Science'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetX(15); $pdf->Cell(249.4, 7, '(KSCLS)', 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Helvetica', 'B', 26); $pdf->SetXY(15, 52); $pdf->Cell(249.4, 12, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(15, 72); $pdf->Cell(249.4, 8, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 28); $pdf->SetXY(15, 84); $pdf->Cell(249.4, 13, t('Bernadette O\'Malley-Chu, MLS(ASCP)'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 14); $pdf->SetXY(15, 102); $pdf->Cell(249.4, 8, 'attended the', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 20); $pdf->SetXY(15, 113); $pdf->Cell(249.4, 10, t('Three Rivers Clinical Laboratory Conference'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetXY(15, 125); $pdf->Cell(249.4, 7, t('April 9–11, 2026  •  Pittsburgh, Pennsylvania'), 0, 1, 'C');
$pdf->SetFont('Times', '', 14); $pdf->SetXY(15, 138); $pdf->Cell(249.4, 8, t('and is awarded 11.5 P.A.C.E.® contact hours'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 10); $pdf->SetXY(15, 147); $pdf->Cell(249.4, 6, t('P.A.C.E.® Program Number: 520-112-26'), 0, 1, 'C');
$pdf->SetLineWidth(0.3); $pdf->Line(30, 173, 100, 173);
$pdf->SetFont('Helvetica', 'B', 9); $pdf->SetXY(30, 174); $pdf->Cell(80, 5, 'Colleen M. Varga-Stetson, MLS(ASCP)SBB', 0, 2);
$pdf->SetFont('Helvetica', '', 9); $pdf->Cell(80, 5, 'Conference Chair', 0, 2);
$pdf->SetXY(180, 174); $pdf->Cell(70, 5, 'Registration No. R-2026-0447', 0, 2, 'R');
$pdf->Cell(70, 5, 'Date issued: 04/20/2026', 0, 2, 'R');
$pdf->SetFont('Times', 'I', 9); $pdf->SetXY(25, 190);
$pdf->MultiCell(229.4, 4.5, t('KSCLS is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$pdf->Output('F', $argv[1]);
