<?php
// Histology convention attendance (landscape, centred, date range)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('L', 'mm', 'Convention Certificate');
$pdf->AddPage();
$pdf->SetLineStyle(array('width' => 1.5, 'color' => array(0, 128, 128)));
$pdf->Rect(10, 10, 259.4, 195.9, 'D');
$pdf->SetLineStyle(array('width' => 0.3, 'color' => array(0, 128, 128), 'dash' => '2,2'));
$pdf->Rect(14, 14, 251.4, 187.9, 'D');
$pdf->SetFont('times', 'B', 15); $pdf->SetTextColor(0, 110, 110);
$pdf->SetXY(0, 26); $pdf->Cell(279.4, 8, 'Pacific Histology Society', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(0, 34); $pdf->Cell(279.4, 5, 'PHS · Honolulu, Hawaii', 0, 1, 'C');
$pdf->SetFont('times', 'B', 30); $pdf->SetTextColor(20, 20, 20);
$pdf->SetXY(0, 54); $pdf->Cell(279.4, 14, 'Certificate of Attendance', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(0, 78); $pdf->Cell(279.4, 7, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('times', 'B', 24); $pdf->SetXY(0, 89); $pdf->Cell(279.4, 12, 'Leilani Kahananui, HTL(ASCP)', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(0, 106); $pdf->Cell(279.4, 7, 'has attended', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 15); $pdf->SetXY(0, 117); $pdf->Cell(279.4, 8, 'Pacific Histology Convention 2025: Bridging Bench and Digital Pathology', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 11.5);
$pdf->SetXY(0, 131); $pdf->Cell(279.4, 6, 'Aug 14–16, 2025  ·  Hilton Hawaiian Village, Honolulu', 0, 1, 'C');
$pdf->SetXY(0, 140); $pdf->Cell(279.4, 6, 'and earned a total of 15.0 P.A.C.E.® contact hours', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(24, 176); $pdf->Cell(120, 5, 'Registration ID: PHS25-0384', 0, 0, 'L');
$pdf->SetXY(135.4, 176); $pdf->Cell(120, 5, 'Education Chair, Pacific Histology Society', 'T', 0, 'C');
$pdf->SetXY(24, 186); $pdf->MultiCell(231.4, 4, 'Pacific Histology Society is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 0, 'L');
$pdf->Output($argv[1], 'F');
