<?php
// Vendor education webinar (landscape); title begins with a quoted question
require_once(__DIR__ . '/lib/fpdf_common.php');
$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetTitle('Calderon BioSystems Education Certificate');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(238, 242, 247); $pdf->Rect(0, 0, 279.4, 215.9, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->Rect(14, 14, 251.4, 187.9, 'F');
$pdf->SetFillColor(54, 76, 140); $pdf->Rect(14, 14, 8, 187.9, 'F');
$pdf->SetFont('Helvetica', 'B', 13); $pdf->SetTextColor(54, 76, 140);
$pdf->SetXY(34, 24); $pdf->Cell(120, 7, w('CALDERON BIOSYSTEMS'), 0, 2, 'L');
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(100, 100, 100);
$pdf->Cell(120, 4.5, w('Scientific Education Program'), 0, 2, 'L');
$pdf->SetTextColor(0, 0, 0); $pdf->SetFont('Helvetica', '', 28);
$pdf->SetXY(34, 52); $pdf->Cell(221, 12, w('Certificate of Attendance'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 12); $pdf->Ln(6); $pdf->Cell(221, 6, w('presented to'), 0, 2, 'C');
$pdf->Ln(3); $pdf->SetFont('Times', 'B', 24); $pdf->Cell(221, 11, w('Thandiwe Nkosi'), 0, 2, 'C');
$pdf->Ln(3); $pdf->SetFont('Helvetica', '', 12); $pdf->Cell(221, 6, w('for attending the educational webinar'), 0, 2, 'C');
$pdf->Ln(3); $pdf->SetFont('Times', 'BI', 16); $pdf->SetX(44);
$pdf->MultiCell(201, 7.5, w('“Is It Really a Lupus Anticoagulant?” Mixing Studies, dRVVT and LA-Sensitive aPTT'), 0, 'C');
$pdf->Ln(6); $pdf->SetFont('Helvetica', '', 11); $pdf->SetX(34);
$pdf->Cell(221, 6, w('Webinar date: 07/08/2025     Credit: 1.0 P.A.C.E.® contact hour     Program No. CB-EDU-2507'), 0, 2, 'C');
$pdf->SetFont('Helvetica', '', 7.5); $pdf->SetTextColor(90, 90, 90); $pdf->SetXY(34, 176);
$pdf->MultiCell(221, 3.6, w('Calderon BioSystems is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This program is educational and non-promotional. Product names are used for identification only.'), 0, 'C');
$pdf->Output('F', $argv[1]);
