<?php
// zr14 - public health laboratory shipping training (tcpdf, landscape, labels above values, expiry distractor)
require(__DIR__ . '/tcpdf_common.php');
$pdf = newpdf('L', 'NPRPHL Training LMS');
$blue = array(25, 60, 110);
$pdf->SetDrawColor(25, 60, 110); $pdf->SetLineWidth(1.6); $pdf->Rect(8, 8, 263.4, 199.9);
$pdf->SetLineWidth(0.3); $pdf->Rect(11, 11, 257.4, 193.9);
$pdf->SetY(20);
cline($pdf, 9, 'Northern Plains Regional Public Health Laboratory', 'helvetica', 'B', 18, $blue);
cline($pdf, 6, 'Office of Laboratory Training and Outreach', 'helvetica', '', 11.5, $blue);
$pdf->Ln(8);
cline($pdf, 14, 'Certificate of Training', 'times', 'B', 32);
$pdf->Ln(2);
cline($pdf, 7, 'Awarded to', 'times', 'I', 12.5, array(60, 60, 60));
cline($pdf, 12, $D['name'], 'times', '', 25);
cline($pdf, 7, 'for successfully completing', 'times', 'I', 12.5, array(60, 60, 60));
$pdf->SetFont('helvetica', 'B', 15); $pdf->SetTextColor(0, 0, 0);
$pdf->SetX(35); $pdf->MultiCell(209.4, 7.5, $D['title'], 0, 'C');
$pdf->Ln(8);
$y = $pdf->GetY();
lav($pdf, 40, $y, array(array(44, 'TRAINING ID', 'PHL-TR-2519'), array(44, 'TRAINING DATE', '10/14/2025'),
                        array(44, 'CONTACT HOURS', '3.0'), array(56, 'SHIPPER TRAINING EXPIRES', '10/14/2027')), $blue);
$pdf->SetY($y + 22);
$pdf->SetFont('helvetica', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetX(30); $pdf->MultiCell(219.4, 4.2, 'Northern Plains Regional Public Health Laboratory is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This training meets the function-specific training requirements of 49 CFR 172.704 and IATA DGR 1.5; recurrent training is required every 24 months.', 0, 'C');
$y = 182;
$pdf->SetDrawColor(40, 40, 40); $pdf->SetLineWidth(0.3);
$pdf->Line(45, $y, 115, $y); $pdf->Line(165, $y, 235, $y);
$pdf->SetFont('helvetica', '', 9); $pdf->SetTextColor(0, 0, 0);
$pdf->SetXY(45, $y + 1); $pdf->MultiCell(70, 4.3, "Raymond Tsosie, PhD\nLaboratory Director", 0, 'C');
$pdf->SetXY(165, $y + 1); $pdf->MultiCell(70, 4.3, "Kirsten Aalders, MPH, MLS(ASCP)\nTraining Coordinator", 0, 'C');
$pdf->Output($OUT, 'F');
