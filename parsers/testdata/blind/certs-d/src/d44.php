<?php
// FPDF source for d44 -- run: php d44.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
$p = new FPDF('L', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('CAP Certificate'); $p->AddPage();
$p->SetDrawColor(122, 31, 43); $p->SetLineWidth(2); $p->Line(20, 20, 259.4, 20); $p->Line(20, 195.9, 259.4, 195.9);
$p->SetFont('Times', 'B', 22); $p->SetTextColor(122, 31, 43); $p->SetXY(0, 28); $p->Cell(279.4, 10, t('College of American Pathologists'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 9); $p->SetTextColor(110, 110, 110); $p->Cell(279.4, 5, t('CAP Learning · Competency Assessment Program'), 0, 1, 'C');
$p->SetFont('Times', '', 34); $p->SetTextColor(30, 30, 30); $p->SetXY(0, 58); $p->Cell(279.4, 16, t('Certificate of Completion'), 0, 1, 'C');
$p->SetFont('Times', 'I', 14); $p->Cell(279.4, 11, t('This certifies that'), 0, 1, 'C');
$p->SetFont('Times', 'B', 24); $p->Cell(279.4, 12, t('Siobhán Ní Bhriain'), 0, 1, 'C');
$p->SetFont('Times', 'I', 14); $p->Cell(279.4, 11, t('has demonstrated completion of'), 0, 1, 'C');
$p->SetFont('Times', 'B', 17); $p->SetX(40); $p->MultiCell(199.4, 8, t('Competency Assessment Hub: Microscopic Urinalysis — Crystals and Casts (2025)'), 0, 'C');
$p->SetY(148); $p->SetFont('Helvetica', '', 11); $p->SetTextColor(40, 40, 40);
$p->SetX(30); $p->Cell(73, 6, t('Completion Date: 04-Jun-2025'), 0, 0, 'L');
$p->Cell(73, 6, t('Continuing Education Hours: 1.0'), 0, 0, 'C');
$p->Cell(73, 6, t('Course Code CAH-URN-0325'), 0, 1, 'R');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(100, 100, 100); $p->SetXY(30, 170);
$p->MultiCell(219.4, 3.8, t('Customer # 4481207 · Laboratory CAP No. 7193205. The College of American Pathologists is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Competency records are retained for two years.'), 0, 'C');
$p->Output('F', $argv[1]);
