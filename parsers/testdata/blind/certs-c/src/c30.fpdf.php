<?php
// Hospital laboratory safety in-service (landscape, centred, capitals name)
require_once(__DIR__ . '/lib/fpdf_common.php');
$pdf = new FPDF('L', 'in', 'Letter');
$pdf->SetTitle('In-Service Attendance Certificate');
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(170, 30, 40); $pdf->Rect(0, 0, 11, 0.35, 'F'); $pdf->Rect(0, 8.15, 11, 0.35, 'F');
$pdf->SetTextColor(170, 30, 40); $pdf->SetFont('Arial', 'B', 18);
$pdf->SetXY(0.7, 0.7); $pdf->Cell(9.6, 0.35, w('Mercy Valley Hospital'), 0, 2, 'L');
$pdf->SetFont('Arial', '', 10); $pdf->SetTextColor(60, 60, 60);
$pdf->Cell(9.6, 0.22, w('Clinical Laboratory  •  Environment of Care / Safety Committee'), 0, 2, 'L');
$pdf->SetTextColor(0, 0, 0);
$pdf->SetFont('Times', 'B', 32); $pdf->SetXY(0.5, 1.8); $pdf->Cell(10, 0.5, w('In-Service Attendance'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 14); $pdf->Ln(0.25); $pdf->Cell(10, 0.3, w('This is to certify that'), 0, 2, 'C');
$pdf->SetFont('Arial', 'B', 24); $pdf->Ln(0.15); $pdf->Cell(10, 0.45, w('KENJI WATANABE'), 0, 2, 'C');
$pdf->SetFont('Times', 'I', 14); $pdf->Ln(0.15); $pdf->Cell(10, 0.3, w('attended the mandatory annual in-service'), 0, 2, 'C');
$pdf->SetFont('Arial', 'B', 16); $pdf->Ln(0.1);
$pdf->SetX(1.5); $pdf->MultiCell(8, 0.3, w('Laboratory Safety Annual Update: Fire, Chemical Spill Response and Eyewash Stations'), 0, 'C');
$pdf->SetFont('Arial', '', 12); $pdf->Ln(0.25);
$pdf->Cell(10, 0.25, w('Presented January 14, 2025, Conference Room B, 07:00–07:45'), 0, 2, 'C');
$pdf->Cell(10, 0.25, w('Continuing education credit: 0.75 CE hours'), 0, 2, 'C');
$pdf->SetFont('Arial', '', 8.5); $pdf->SetTextColor(80, 80, 80);
$pdf->SetXY(0.7, 7.35); $pdf->Cell(4.5, 0.2, w('Badge # 20117   Dept. cost center 6410'), 0, 0, 'L');
$pdf->SetXY(6.8, 7.1); $pdf->SetDrawColor(0, 0, 0); $pdf->Line(6.8, 7.1, 10.3, 7.1);
$pdf->Cell(3.5, 0.2, w('Laboratory Safety Officer'), 0, 2, 'C');
$pdf->SetXY(0.7, 7.6); $pdf->Cell(9.6, 0.2, w('Retain for your competency file. Record entered 01/16/2025.'), 0, 0, 'L');
$pdf->Output('F', $argv[1]);
