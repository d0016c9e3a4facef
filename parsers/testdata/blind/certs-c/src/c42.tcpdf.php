<?php
// APHL shipping recertification (portrait, centred, capitals with accents, 'valid through' distractor)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('P', 'mm', 'APHL Training Certificate');
$pdf->AddPage();
$pdf->SetFillColor(0, 73, 118); $pdf->Rect(0, 0, 215.9, 40, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 24); $pdf->SetXY(20, 10); $pdf->Cell(60, 12, 'APHL', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 9); $pdf->SetXY(20, 23); $pdf->Cell(150, 6, 'Association of Public Health Laboratories  ·  Training & Workforce Development', 0, 0, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('times', '', 26); $pdf->SetXY(0, 62); $pdf->Cell(215.9, 12, 'Certificate of Completion', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetXY(0, 84); $pdf->Cell(215.9, 7, 'awarded to', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 22); $pdf->SetXY(0, 95); $pdf->Cell(215.9, 11, 'JOAQUÍN DEL RÍO', 0, 1, 'C');
$pdf->SetFont('times', 'I', 12); $pdf->SetXY(0, 112); $pdf->Cell(215.9, 7, 'for successfully completing', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 14); $pdf->SetXY(30, 124);
$pdf->MultiCell(155.9, 7, 'Packaging and Shipping Division 6.2 Infectious Substances (Category A and B) — 2025 Recertification', 0, 'C');
$pdf->SetFont('helvetica', '', 11);
$pdf->SetXY(0, 150); $pdf->Cell(215.9, 6, 'Date of completion: 05/20/2025', 0, 1, 'C');
$pdf->SetXY(0, 157); $pdf->Cell(215.9, 6, 'Continuing education: 3.0 P.A.C.E.® contact hours', 0, 1, 'C');
$pdf->SetXY(0, 164); $pdf->Cell(215.9, 6, 'Course ID: APHL-DOT-625', 0, 1, 'C');
$pdf->SetFillColor(255, 243, 205); $pdf->SetXY(48, 180);
$pdf->SetFont('helvetica', 'B', 10);
$pdf->Cell(120, 9, 'Training certificate valid through 05/20/2027', 0, 1, 'C', true);
$pdf->SetFont('helvetica', '', 7.5); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(25, 230);
$pdf->MultiCell(165.9, 4, 'This training meets the function-specific training requirements of 49 CFR 172.704 and IATA DGR 1.5 for the shipment of Category A and Category B infectious substances. The Association of Public Health Laboratories is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Learner record LR-0092281.', 0, 'C');
$pdf->Output($argv[1], 'F');
