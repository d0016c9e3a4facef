<?php
// FPDF source for d04 -- run: php d04.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
function field($p, $x, $y, $w, $value, $label, $size = 14, $style = '') {
    $p->SetXY($x, $y); $p->SetFont('Times', $style, $size); $p->SetTextColor(20, 20, 20);
    $p->MultiCell($w, $size * 0.5, t($value), 0, 'C');
    $yy = $p->GetY() + 1.5; $p->SetDrawColor(60, 60, 60); $p->SetLineWidth(0.3); $p->Line($x, $yy, $x + $w, $yy);
    $p->SetXY($x, $yy + 1); $p->SetFont('Helvetica', '', 8); $p->SetTextColor(90, 90, 90);
    $p->Cell($w, 4, t($label), 0, 0, 'C');
}
$p = new FPDF('P', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('ASCP Certificate'); $p->AddPage();
$p->SetDrawColor(27, 94, 140); $p->SetLineWidth(1.4); $p->Rect(10, 10, 195.9, 259.4);
$p->SetLineWidth(0.3); $p->Rect(14, 14, 187.9, 251.4);
$p->SetFont('Helvetica', 'B', 28); $p->SetTextColor(27, 94, 140); $p->SetXY(0, 30); $p->Cell(215.9, 12, 'ASCP', 0, 2, 'C');
$p->SetFont('Helvetica', '', 12); $p->Cell(215.9, 6, t('American Society for Clinical Pathology'), 0, 2, 'C');
$p->SetFont('Times', 'I', 30); $p->SetTextColor(30, 30, 30); $p->SetXY(0, 62); $p->Cell(215.9, 14, t('Certificate of Continuing Education'), 0, 2, 'C');
$p->SetFont('Times', '', 12); $p->Cell(215.9, 8, t('is hereby granted for the activity and credit recorded below'), 0, 2, 'C');
field($p, 38, 100, 140, 'Barbara-Jean Whitcombe, MT(ASCP)SBB', 'Participant', 20, 'B');
field($p, 30, 128, 156, 'Blood Culture Contamination: Root Causes and Interventions (Part 2 of 3)', 'Activity', 15, 'B');
field($p, 24, 166, 52, '09/23/2024', 'Date Completed', 13);
field($p, 82, 166, 52, '0.5', 'CMLE Credits', 13);
field($p, 140, 166, 52, '24-BCC-2', 'Activity No.', 13);
field($p, 24, 205, 80, ' ', 'Director, Continuing Education', 12);
field($p, 122, 205, 70, '09/30/2024', 'Date Signed', 12);
$p->SetXY(24, 232); $p->SetFont('Helvetica', '', 7.5); $p->SetTextColor(80, 80, 80);
$p->MultiCell(168, 3.6, t('ASCP is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. ASCP designates this activity for 0.5 CMLE credit. This certificate may be submitted to the ASCP Board of Certification Credential Maintenance Program (CMP).'), 0, 'C');
$p->Output('F', $argv[1]);
