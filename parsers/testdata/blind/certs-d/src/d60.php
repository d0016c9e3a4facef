<?php
// FPDF source for d60 -- run: php d60.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
$p = new FPDF('P', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('Solvara training'); $p->AddPage();
$p->SetFillColor(38, 50, 56); $p->Rect(0, 0, 62, 279.4, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('Helvetica', 'B', 19); $p->SetXY(8, 26); $p->Cell(48, 9, 'SOLVARA', 0, 2, 'L');
$p->SetFont('Helvetica', '', 9); $p->SetTextColor(200, 210, 215);
$p->MultiCell(48, 4.5, t("Solvara Instruments\nCustomer Education Center\n2200 Innovation Drive\nMadison, WI 53719\n\neducation@solvara-instruments.com"), 0, 'L');
$p->SetXY(8, 240); $p->SetFont('Helvetica', '', 7.5); $p->MultiCell(48, 3.6, t("Site #0031\nInstrument S/N QX-7700-1182"), 0, 'L');
$p->SetTextColor(30, 30, 30); $p->SetFont('Helvetica', '', 10); $p->SetXY(76, 40); $p->Cell(125, 6, t('CUSTOMER EDUCATION'), 0, 2, 'L');
$p->SetFont('Times', 'B', 30); $p->Cell(125, 16, t('Certificate of Attendance'), 0, 2, 'L');
$p->SetFont('Times', '', 13); $p->Ln(10); $p->SetX(76); $p->Cell(125, 7, t('This certificate confirms that'), 0, 2, 'L');
$p->SetFont('Times', 'B', 22); $p->Cell(125, 12, t('Hiroshi Tanabe-Caldwell'), 0, 2, 'L');
$p->SetFont('Times', '', 13); $p->Cell(125, 9, t('attended and completed'), 0, 2, 'L');
$p->SetFont('Times', 'B', 16); $p->SetX(76); $p->MultiCell(120, 8, t("Solvara QX Real-Time PCR Platform: Assay Verification per CLIA '88 and CAP Checklists"), 0, 'L');
$p->Ln(8); $p->SetFont('Helvetica', '', 11);
$p->SetX(76); $p->Cell(40, 7, t('Date'), 0, 0, 'L'); $p->Cell(80, 7, t('Mon 10 Mar 2025'), 0, 1, 'L');
$p->SetX(76); $p->Cell(40, 7, t('Course ID:'), 0, 0, 'L'); $p->Cell(80, 7, t('SQX-AV-301'), 0, 1, 'L');
$p->SetX(76); $p->Cell(40, 7, t('Credit'), 0, 0, 'L'); $p->Cell(80, 7, t('6.5 contact hours'), 0, 1, 'L');
$p->SetX(76); $p->Cell(40, 7, t('Location'), 0, 0, 'L'); $p->Cell(80, 7, t('Madison training lab 2'), 0, 1, 'L');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(90, 90, 90); $p->SetXY(76, 215);
$p->MultiCell(120, 3.8, t('Solvara Instruments is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Contact hours reflect instructional time only.'), 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->Line(76, 250, 140, 250); $p->SetXY(76, 251); $p->Cell(64, 5, t('Applications Training Specialist'), 0, 0, 'L');
$p->Output('F', $argv[1]);
