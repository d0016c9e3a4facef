<?php
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }

$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetTitle('ASM webinar certificate'); $pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFillColor(0, 112, 60); $pdf->Rect(0, 0, 22, 792, 'F');
$pdf->SetFont('Arial', 'B', 26); $pdf->SetTextColor(0, 112, 60);
$pdf->SetXY(64, 70); $pdf->Cell(100, 28, 'ASM', 0, 1, 'L');
$pdf->SetFont('Arial', '', 11); $pdf->SetTextColor(40, 40, 40);
$pdf->SetXY(64, 100); $pdf->Cell(400, 13, t('American Society for Microbiology'), 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 20); $pdf->SetTextColor(20, 20, 20);
$pdf->SetXY(64, 170); $pdf->Cell(480, 24, t('Webinar Certificate of Attendance'), 0, 1, 'L');
$pdf->SetFont('Arial', '', 11);
$pdf->SetXY(64, 214); $pdf->Cell(480, 14, t('Awarded to'), 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 18);
$pdf->SetXY(64, 232); $pdf->Cell(480, 22, t('Aurelio F. Bianchi-Sorensen'), 0, 1, 'L');
$pdf->SetFont('Arial', '', 11);
$pdf->SetXY(64, 272); $pdf->Cell(480, 14, t('for participating in'), 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 8.5); $pdf->SetTextColor(0, 112, 60);
$pdf->SetXY(64, 294); $pdf->Cell(480, 11, t('LIVE WEBINAR'), 0, 1, 'L');
$pdf->SetFont('Arial', 'B', 14); $pdf->SetTextColor(20, 20, 20);
$pdf->SetXY(64, 308); $pdf->MultiCell(440, 17, t('Mycology Rapid Identification Update: MALDI-TOF Libraries and Emerging Yeasts'), 0, 'L');
$pdf->SetFont('Arial', '', 11);
$y = $pdf->GetY() + 16;
$lines = array('Event No.: ASMW-2604', 'Date: April 9, 2026', 'Credit: 1.0 P.A.C.E.® contact hour', 'Customer No.: 0088213945');
foreach ($lines as $l) { $pdf->SetXY(64, $y); $pdf->Cell(480, 15, t($l), 0, 1, 'L'); $y += 18; }
$pdf->SetFont('Arial', '', 8.5); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(64, $y + 16);
$pdf->MultiCell(480, 11, t('ASM is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours are awarded to registrants who attend the live broadcast for at least 50 minutes.'), 0, 'L');
$pdf->SetFillColor(235, 245, 238); $pdf->Rect(22, 700, 590, 92, 'F');
$pdf->SetFont('Arial', '', 8); $pdf->SetTextColor(60, 60, 60);
$pdf->SetXY(64, 726); $pdf->Cell(480, 10, t('1752 N Street NW, Washington, DC  ·  education@asm.example  ·  Certificate generated April 10, 2026'), 0, 1, 'L');
$pdf->Output('F', $argv[1]);
