<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(181, 18, 27); $pdf->Rect(0, 0, 279.4, 14, 'F'); $pdf->Rect(0, 201.9, 279.4, 14, 'F');
$pdf->SetTextColor(181, 18, 27);
$pdf->SetFont('Times', 'B', 34); $pdf->SetXY(10, 24); $pdf->Cell(259.4, 14, 'AABB', 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->SetX(10); $pdf->Cell(259.4, 7, t('Association for the Advancement of Blood & Biotherapies'), 0, 1, 'C');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', '', 26); $pdf->SetXY(10, 56); $pdf->Cell(259.4, 12, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 24); $pdf->SetXY(10, 76); $pdf->Cell(259.4, 12, t('Beatriz L. Montenegro-Fitz'), 0, 1, 'C');
$pdf->SetFont('Times', 'I', 13); $pdf->SetXY(10, 92); $pdf->Cell(259.4, 7, 'attended the', 0, 1, 'C');
$pdf->SetFont('Times', 'B', 20); $pdf->SetXY(10, 101); $pdf->Cell(259.4, 10, t('2025 AABB Annual Meeting'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->SetXY(10, 112); $pdf->Cell(259.4, 7, t('October 25–28, 2025  •  Nashville, Tennessee'), 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 11);
$pdf->SetXY(70, 128); $pdf->Cell(100, 8, t('Maximum P.A.C.E.® contact hours available'), 1, 0); $pdf->Cell(40, 8, '21.0', 1, 1, 'C');
$pdf->SetFont('Helvetica', 'B', 11);
$pdf->SetX(70); $pdf->Cell(100, 8, t('P.A.C.E.® contact hours claimed'), 1, 0); $pdf->Cell(40, 8, '14.5', 1, 1, 'C');
$pdf->SetFont('Helvetica', '', 9); $pdf->SetXY(10, 160);
$pdf->Cell(259.4, 5, 'Registration No. AM25-118204   |   Claim submitted 11/14/2025', 0, 1, 'C');
$pdf->SetFont('Times', 'I', 9); $pdf->SetXY(30, 172);
$pdf->MultiCell(219.4, 4.5, t('AABB is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Hours claimed reflect sessions attended as attested by the participant.'), 0, 'C');
$pdf->Output('F', $argv[1]);
