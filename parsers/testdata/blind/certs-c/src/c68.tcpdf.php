<?php
// ADLM certificate program module (portrait, letter-spaced capitals name)
require_once(__DIR__ . '/lib/tcpdf_common.php');
$pdf = new_pdf('P', 'pt', 'ADLM Certificate');
$pdf->AddPage();
$pdf->SetFillColor(0, 90, 80); $pdf->Rect(0, 0, 612, 120, 'F');
$pdf->SetTextColor(255, 255, 255);
$pdf->SetFont('helvetica', 'B', 40); $pdf->SetXY(54, 34); $pdf->Cell(200, 44, 'ADLM', 0, 0, 'L');
$pdf->SetFont('helvetica', '', 9.5); $pdf->SetXY(260, 44);
$pdf->MultiCell(300, 30, "Association for Diagnostics & Laboratory Medicine\n(formerly AACC)", 0, 'R');
$pdf->SetTextColor(30, 30, 30);
$pdf->SetFont('times', '', 13); $pdf->SetXY(0, 170); $pdf->Cell(612, 16, 'This certificate is presented to', 0, 1, 'C');
$pdf->SetFont('helvetica', 'B', 22); $pdf->setFontSpacing(4);
$pdf->SetXY(0, 200); $pdf->Cell(612, 28, 'KAVYA IYER', 0, 1, 'C');
$pdf->setFontSpacing(0);
$pdf->SetDrawColor(0, 90, 80); $pdf->Line(156, 236, 456, 236);
$pdf->SetFont('times', '', 13); $pdf->SetXY(0, 252); $pdf->Cell(612, 16, 'for completing', 0, 1, 'C');
$pdf->SetFont('times', 'B', 17); $pdf->SetXY(96, 280);
$pdf->MultiCell(420, 22, 'Mass Spectrometry in the Clinical Lab: Best Practices for Method Validation (Certificate Program, Module 5)', 0, 'C');
$pdf->SetFont('helvetica', '', 11);
$pdf->SetXY(0, 370); $pdf->Cell(612, 16, 'Completed 17 March 2025', 0, 1, 'C');
$pdf->SetXY(0, 388); $pdf->Cell(612, 16, '3.0 ACCENT® contact hours', 0, 1, 'C');
$pdf->SetXY(0, 406); $pdf->Cell(612, 16, 'Activity code MSCP-M5-0317', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(90, 90, 90);
$pdf->SetXY(80, 640);
$pdf->MultiCell(452, 11, 'ADLM designates this activity for 3.0 ACCENT® credit hours. ACCENT® credit is accepted by the ASCP Board of Certification for the Credential Maintenance Program. ADLM Member ID 560231. Issued 03/18/2025.', 0, 'C');
$pdf->Output($argv[1], 'F');
