<?php
// IACET CEU certificate (landscape, centred)
require_once(__DIR__ . '/lib/fpdf_common.php');
$pdf = new FPDF('L', 'pt', 'Letter');
$pdf->SetTitle('CEU Certificate');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(30, 80, 60); $pdf->SetLineWidth(10); $pdf->Rect(20, 20, 752, 572);
$pdf->SetLineWidth(1); $pdf->Rect(36, 36, 720, 540);
$pdf->SetFont('Courier', 'B', 13); $pdf->SetTextColor(30, 80, 60);
$pdf->SetXY(36, 64); $pdf->Cell(720, 16, w('PHAROS LEARNING SYSTEMS'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 34); $pdf->SetTextColor(0, 0, 0); $pdf->Ln(30);
$pdf->Cell(720, 38, w('Continuing Education Units'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 15); $pdf->Ln(16); $pdf->Cell(720, 20, w('are hereby awarded to'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 28); $pdf->Ln(8); $pdf->Cell(720, 32, w('Carmen Delgado Ruiz'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 15); $pdf->Ln(8); $pdf->Cell(720, 20, w('in recognition of the successful completion of'), 0, 2, 'C');
$pdf->SetFont('Times', 'B', 19); $pdf->Ln(6); $pdf->Cell(720, 24, w('Introduction to Laboratory Information Systems'), 0, 2, 'C');
$pdf->SetFont('Times', '', 14); $pdf->Ln(14);
$pdf->Cell(720, 20, w('0.6 CEU  ·  Program Code: PLS-LIS-101  ·  Completed December 10, 2025'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 8); $pdf->SetTextColor(60, 60, 60); $pdf->SetXY(80, 480);
$pdf->MultiCell(632, 11, w('Pharos Learning Systems (PLS) has been accredited as an Authorized Provider by the International Accreditors for Continuing Education and Training (IACET). One CEU equals ten contact hours of participation in an organized continuing education experience. IACET Provider ID 2014-0562. Certificate no. PLS-C-55872.'), 0, 'C');
$pdf->Output('F', $argv[1]);
