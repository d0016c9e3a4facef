<?php
// FPDF source for d12 -- run: php d12.php OUT.pdf
require('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252', $s); }
$p = new FPDF('L', 'mm', 'Letter'); $p->SetMargins(0, 0, 0);
$p->SetAutoPageBreak(false); $p->SetTitle('Seminar certificate'); $p->AddPage();
$p->SetFillColor(92, 64, 51); $p->Rect(0, 0, 279.4, 22, 'F');
$p->SetTextColor(255, 255, 255); $p->SetFont('Times', 'B', 18); $p->SetXY(16, 5); $p->Cell(200, 8, t('Appalachian Society for Clinical Laboratory Science'), 0, 2, 'L');
$p->SetFont('Times', '', 10); $p->Cell(200, 5, t('ASCLS-Appalachia · a constituent society of ASCLS'), 0, 0, 'L');
$p->SetTextColor(40, 40, 40); $p->SetFont('Times', 'B', 30); $p->SetXY(0, 42); $p->Cell(279.4, 14, t('Certificate of Continuing Education'), 0, 1, 'C');
$p->SetLeftMargin(38); $p->SetRightMargin(38); $p->SetXY(38, 72);
$p->SetFont('Times', '', 16); $p->Write(10, t('Be it known that '));
$p->SetFont('Times', 'B', 16); $p->Write(10, t('Cornelius Adeyemi-Vance'));
$p->SetFont('Times', '', 16); $p->Write(10, t(' successfully finished the spring seminar '));
$p->SetFont('Times', 'I', 16); $p->Write(10, t('Urinalysis Sediment Review: Casts, Crystals, and Look-Alikes'));
$p->SetFont('Times', '', 16); $p->Write(10, t(', held on Saturday, April 12, 2025, in Morgantown, sponsored by the Appalachian Society for Clinical Laboratory Science (ASCLS-Appalachia), and is granted 2.5 P.A.C.E.® contact hours for this activity, Course No. APP-25-SP-B.'));
$p->SetDrawColor(60, 60, 60); $p->Line(40, 160, 120, 160); $p->Line(160, 160, 240, 160);
$p->SetFont('Helvetica', '', 9); $p->SetXY(40, 161); $p->Cell(80, 5, t('President, ASCLS-Appalachia'), 0, 0, 'C');
$p->SetXY(160, 161); $p->Cell(80, 5, t('P.A.C.E.® Program Coordinator'), 0, 0, 'C');
$p->SetFont('Helvetica', '', 7.5); $p->SetTextColor(90, 90, 90); $p->SetXY(38, 185);
$p->MultiCell(203.4, 3.6, t('The Appalachian Society for Clinical Laboratory Science is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. P.A.C.E.® Provider No. 204. Retain this certificate for your records.'), 0, 'C');
$p->Output('F', $argv[1]);
