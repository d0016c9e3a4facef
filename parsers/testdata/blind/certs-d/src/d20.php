<?php
// FPDF source for d20 -- run: php d20.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
$p = new FPDF('L', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('MicroLearn Lab certificate'); $p->AddPage();
$p->SetFillColor(0, 122, 94); $p->Rect(8, 8, 263.4, 199.9, 'F'); $p->SetFillColor(255, 255, 255); $p->Rect(13, 13, 253.4, 189.9, 'F');
$p->SetDrawColor(0, 122, 94); $p->SetLineWidth(0.4); $p->Rect(17, 17, 245.4, 181.9);
$p->SetFont('Helvetica', 'B', 20); $p->SetTextColor(0, 122, 94); $p->SetXY(24, 24); $p->Cell(100, 9, t('MicroLearn Lab'), 0, 0, 'L');
$p->SetFont('Helvetica', '', 9); $p->SetTextColor(100, 100, 100); $p->SetXY(155, 26); $p->Cell(100, 6, t('microlearnlab.com'), 0, 0, 'R');
$p->SetFont('Helvetica', 'B', 28); $p->SetTextColor(30, 30, 30); $p->SetXY(0, 50); $p->Cell(279.4, 12, t('CERTIFICATE OF COMPLETION'), 0, 1, 'C');
$p->SetFont('Times', 'I', 13); $p->Cell(279.4, 10, t('This is to certify that'), 0, 1, 'C');
$p->SetFont('Times', 'B', 26); $p->Cell(279.4, 13, t('JOSEPHINE A. MBEKI-HARTLEY'), 0, 1, 'C');
$p->SetFont('Times', 'I', 13); $p->Cell(279.4, 8, t('has completed'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 10); $p->SetTextColor(0, 122, 94); $p->Cell(279.4, 7, t('the self-study module'), 0, 1, 'C');
$p->SetTextColor(30, 30, 30); $p->SetFont('Times', 'B', 17); $p->SetX(45);
$p->MultiCell(189.4, 8, t('Mycobacteriology Essentials: AFB Smear Grading (1+ to 4+) and Specimen Processing'), 0, 'C');
$p->SetFont('Helvetica', '', 11); $p->SetY(150);
$p->SetX(30); $p->Cell(73, 6, t('Completion date: 27 Jan 2025'), 0, 0, 'C');
$p->Cell(73, 6, t('Course # MLL-MYC-0203'), 0, 0, 'C');
$p->Cell(73, 6, t('P.A.C.E.® Contact Hours: 1.5'), 0, 1, 'C');
$p->SetFont('Helvetica', '', 8); $p->SetTextColor(110, 110, 110); $p->SetY(172); $p->SetX(30);
$p->MultiCell(219.4, 3.8, t('Post-test score 88% (passing 70%). Cert ID 0000451932. MicroLearn Lab is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.'), 0, 'C');
$p->Output('F', $argv[1]);
