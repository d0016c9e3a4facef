<?php
// FPDF source for d52 -- run: php d52.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
$p = new FPDF('L', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('GCLPN certificate'); $p->AddPage();
$p->SetDrawColor(184, 134, 11);
for ($i = 0; $i < 4; $i++) { $p->SetLineWidth($i == 1 ? 1.2 : 0.3); $p->Rect(10 + $i * 2.5, 10 + $i * 2.5, 259.4 - $i * 5, 195.9 - $i * 5); }
$p->SetFont('Helvetica', 'B', 13); $p->SetTextColor(13, 71, 161); $p->SetXY(0, 26); $p->Cell(279.4, 7, t('GULF COAST LABORATORY PROFESSIONALS NETWORK'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 9); $p->Cell(279.4, 5, t('GCLPN · Mobile · Biloxi · Pensacola'), 0, 1, 'C');
$p->SetFont('Times', 'BI', 34); $p->SetTextColor(120, 90, 10); $p->SetXY(0, 48); $p->Cell(279.4, 16, t('Certificate of Achievement'), 0, 1, 'C');
$p->SetTextColor(25, 25, 25); $p->SetFont('Times', 'B', 26); $p->SetXY(0, 76); $p->Cell(279.4, 13, t('Wilhelmina Korsgaard-Adeyemi'), 0, 1, 'C');
$p->SetFont('Times', 'I', 14); $p->Cell(279.4, 10, t('is recognized for completing'), 0, 1, 'C');
$p->SetFont('Times', 'B', 18); $p->SetX(45); $p->MultiCell(189.4, 9, t('Therapeutic Drug Monitoring of Vancomycin: AUC-Guided Dosing vs. Trough-Only Monitoring'), 0, 'C');
$p->SetFont('Times', '', 13); $p->Ln(3);
$p->Cell(279.4, 7, t('on March 18, 2025, earning 1.5 P.A.C.E.® contact hours'), 0, 1, 'C');
$p->Cell(279.4, 7, t('Offering 2503-TDM'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(90, 90, 90); $p->SetXY(30, 168);
$p->MultiCell(219.4, 3.8, t('The Gulf Coast Laboratory Professionals Network (GCLPN) is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (P.A.C.E.® Provider #441). Also approved for 1.5 hours of Florida continuing education, Category: Clinical Chemistry/Toxicology, FL Provider #50-18822.'), 0, 'C');
$p->Output('F', $argv[1]);
