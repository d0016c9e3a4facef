<?php
// FPDF source for d28 -- run: php d28.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
$p = new FPDF('P', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('ASPT CE'); $p->AddPage();
$p->SetFillColor(153, 0, 0); $p->Rect(0, 0, 215.9, 40, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('Helvetica', 'B', 30); $p->SetXY(0, 8); $p->Cell(215.9, 13, 'ASPT', 0, 2, 'C');
$p->SetFont('Helvetica', '', 12); $p->Cell(215.9, 7, t('American Society of Phlebotomy Technicians'), 0, 2, 'C');
$p->SetTextColor(25, 25, 25); $p->SetFont('Times', 'B', 26); $p->SetXY(0, 58); $p->Cell(215.9, 12, t('Continuing Education Certificate'), 0, 2, 'C');
$p->SetFont('Times', '', 13); $p->Cell(215.9, 12, t('This is to certify that'), 0, 2, 'C');
$p->SetFont('Times', 'B', 22); $p->Cell(215.9, 12, t('Dequan R. Fairweather, CPT(ASPT)'), 0, 2, 'C');
$p->SetFont('Times', '', 13); $p->Cell(215.9, 11, t('attended and completed the workshop'), 0, 2, 'C');
$p->SetFont('Times', 'BI', 16); $p->SetX(30);
$p->MultiCell(155.9, 8, t('Pediatric and Geriatric Venipuncture: Site Selection, Equipment Choices and Patient Comfort'), 0, 'C');
$p->SetY(150); $p->SetDrawColor(153, 0, 0); $p->SetLineWidth(0.4);
$p->SetFont('Helvetica', 'B', 9); $p->SetFillColor(245, 230, 230);
$p->SetX(25); $p->Cell(55, 8, t('Date'), 1, 0, 'C', true); $p->Cell(55, 8, t('CE Hours'), 1, 0, 'C', true); $p->Cell(55, 8, t('Workshop code'), 1, 1, 'C', true);
$p->SetFont('Helvetica', '', 12);
$p->SetX(25); $p->Cell(55, 11, t('Nov 9, 2024'), 1, 0, 'C'); $p->Cell(55, 11, t('3.0'), 1, 0, 'C'); $p->Cell(55, 11, t('ASPT-WS-1109'), 1, 1, 'C');
$p->SetFont('Helvetica', '', 9); $p->SetXY(25, 178); $p->Cell(165, 5, t('ASPT Member # 77-30418     Location: Charlotte, NC regional workshop'), 0, 1, 'C');
$p->SetDrawColor(60, 60, 60); $p->SetLineWidth(0.3); $p->Line(35, 215, 100, 215); $p->Line(116, 215, 181, 215);
$p->SetXY(35, 216); $p->Cell(65, 5, t('Workshop Instructor'), 0, 0, 'C'); $p->SetXY(116, 216); $p->Cell(65, 5, t('ASPT Education Committee'), 0, 0, 'C');
$p->SetFont('Helvetica', 'I', 7.5); $p->SetTextColor(90, 90, 90); $p->SetXY(25, 240);
$p->MultiCell(165.9, 3.6, t('Continuing education hours awarded by ASPT may be used to maintain ASPT phlebotomy certification and, for laboratory professionals, toward the ASCP BOC Credential Maintenance Program.'), 0, 'C');
$p->Output('F', $argv[1]);
