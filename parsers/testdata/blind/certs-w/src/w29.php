<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$out = $argv[1];

$pdf = new FPDF('L', 'mm', 'Letter');
$pdf->SetMargins(20, 18, 20);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetDrawColor(0, 102, 68); $pdf->SetLineWidth(0.8); $pdf->Rect(10, 10, 259.4, 195.9);
// seal
$pdf->SetLineWidth(0.6);
$cx = 245; $cy = 32; $r = 14;
for ($a = 0; $a < 360; $a += 6) { $pdf->Line($cx + $r*cos(deg2rad($a)), $cy + $r*sin(deg2rad($a)), $cx + $r*cos(deg2rad($a+6)), $cy + $r*sin(deg2rad($a+6))); }
$pdf->SetFont('Helvetica', 'B', 7); $pdf->SetTextColor(0, 102, 68);
$pdf->SetXY($cx - 12, $cy - 5); $pdf->MultiCell(24, 3.3, t("PUBLIC\nHEALTH\nLABORATORY"), 0, 'C');
$pdf->SetFont('Helvetica', 'B', 17); $pdf->SetXY(20, 20);
$pdf->Cell(200, 8, t('Northern Tier Public Health Laboratory'), 0, 1);
$pdf->SetFont('Helvetica', '', 10.5); $pdf->SetX(20);
$pdf->Cell(200, 5.5, t('Laboratory Training and Outreach Program'), 0, 1);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetTextColor(80); $pdf->SetX(20);
$pdf->Cell(200, 5, t('A member laboratory of the Laboratory Response Network'), 0, 1);
$pdf->SetTextColor(0);
$pdf->SetY(52);
$pdf->SetFont('Times', 'B', 26); $pdf->Cell(0, 11, t('Certificate of Training Completion'), 0, 1, 'C');
$pdf->SetFont('Times', '', 13); $pdf->Cell(0, 8, t('presented to'), 0, 1, 'C');
$pdf->SetFont('Times', 'BI', 24); $pdf->Cell(0, 12, t('Roberta J. Kingfisher'), 0, 1, 'C');
$pdf->SetFont('Times', '', 12); $pdf->Cell(0, 7, t('Sentinel Clinical Laboratory Outreach  -  Course completed with a passing examination score'), 0, 1, 'C');
$pdf->Ln(2);
$pdf->SetFont('Helvetica', 'B', 14); $pdf->SetX(40);
$pdf->MultiCell(199.4, 7, t('Packaging and Shipping Division 6.2 Infectious Substances: Category A and Category B Requirements for Sentinel Laboratories'), 0, 'C');
$pdf->Ln(4);
$w = array(45, 45, 70, 40);
$h = array('Course ID', 'Date completed', 'Delivery', 'Contact hours');
$v = array('NTPHL-PS-2601', '01/22/2026', 'Blended: online modules + live lab', '4.0');
$pdf->SetX((279.4 - array_sum($w)) / 2);
$pdf->SetFillColor(225, 240, 232); $pdf->SetFont('Helvetica', 'B', 9);
for ($i = 0; $i < 4; $i++) $pdf->Cell($w[$i], 7, t($h[$i]), 1, 0, 'C', true);
$pdf->Ln();
$pdf->SetX((279.4 - array_sum($w)) / 2); $pdf->SetFont('Helvetica', '', 10);
for ($i = 0; $i < 4; $i++) $pdf->Cell($w[$i], 8, t($v[$i]), 1, 0, 'C');
$pdf->Ln(12);
$pdf->SetFont('Helvetica', '', 8.5); $pdf->SetX(30);
$pdf->MultiCell(219.4, 4.3, t('The Northern Tier Public Health Laboratory (NTPHL) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Shipper training meets the recurrent-training expectation of 49 CFR 172.704 and IATA; retraining is due by 01/22/2028. Supported in part by the CDC Epidemiology and Laboratory Capacity (ELC) cooperative agreement.'), 0, 'C');
$pdf->SetLineWidth(0.3); $pdf->SetDrawColor(40);
$pdf->Line(40, 186, 115, 186); $pdf->Line(165, 186, 240, 186);
$pdf->SetFont('Helvetica', '', 9);
$pdf->SetXY(40, 187); $pdf->MultiCell(75, 4.3, t("Harlan B. Two Rivers, PhD, HCLD(ABB)\nLaboratory Director"), 0, 'C');
$pdf->SetXY(165, 187); $pdf->MultiCell(75, 4.3, t("Sunita Raghavan, MPH, M(ASCP)\nTraining and Outreach Coordinator"), 0, 'C');
$pdf->Output('F', $out);
