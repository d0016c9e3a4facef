<?php
// TCPDF source for d61 -- run: php d61.php OUT.pdf
if (!defined('K_PATH_CACHE')) define('K_PATH_CACHE', sys_get_temp_dir() . '/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o, $u, $f) { parent::__construct($o, $u, $f, true, 'UTF-8', false); $this->tcpdflink = false; }
}
$p = new CertPDF('P', 'mm', 'LETTER');
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false, 0); $p->SetMargins(0, 0, 0);
$p->SetCreator('ADLM Learning Lab'); $p->SetTitle('ADLM certificate'); $p->AddPage();

$p->SetFillColor(0, 59, 92); $p->Rect(0, 0, 18, 279.4, 'F'); $p->SetFillColor(0, 113, 143); $p->Rect(18, 0, 4, 279.4, 'F');
$p->SetFont('helvetica', 'B', 34); $p->SetTextColor(0, 59, 92); $p->SetXY(36, 30); $p->Cell(100, 14, 'ADLM', 0, 2, 'L');
$p->SetFont('helvetica', '', 11); $p->Cell(160, 6, 'Association for Diagnostics & Laboratory Medicine', 0, 2, 'L');
$p->SetFont('helvetica', '', 9); $p->SetTextColor(110, 110, 110); $p->Cell(160, 5, 'Learning Lab · Online certificate programs', 0, 2, 'L');
$p->SetFont('times', '', 28); $p->SetTextColor(25, 25, 25); $p->SetXY(36, 78); $p->Cell(160, 14, 'Certificate of Completion', 0, 2, 'L');
$p->SetFont('times', 'I', 13); $p->SetXY(36, 102); $p->Cell(160, 8, 'awarded to', 0, 2, 'L');
$p->SetFont('times', 'B', 24); $p->Cell(160, 13, 'Tae-yang Seo', 0, 2, 'L');
$p->SetFont('times', 'I', 13); $p->Cell(160, 9, 'for completing the online course', 0, 2, 'L');
$p->SetFont('times', 'B', 17); $p->MultiCell(150, 8, 'Lab Stewardship: Right Test, Right Patient, Right Time — Module 4 of 6', 0, 'L', false, 1, 36);
$p->SetFont('helvetica', '', 11); $p->SetY(172);
foreach (array(array('Completed', '16 March 2025'), array('ACCENT® credits', '1.5'), array('Course ID', 'LL-STW-04'), array('Member No.', '221907')) as $r) {
  $p->SetX(36); $p->SetTextColor(110, 110, 110); $p->Cell(45, 7, $r[0], 0, 0, 'L'); $p->SetTextColor(25, 25, 25); $p->Cell(100, 7, $r[1], 0, 1, 'L');
}
$p->SetFont('helvetica', '', 8); $p->SetTextColor(90, 90, 90); $p->SetXY(36, 225);
$p->MultiCell(150, 4, 'ADLM designates this online activity for a maximum of 1.5 ACCENT® continuing education credits. One ACCENT® credit is equivalent to one contact hour. ADLM is approved by the ASCLS P.A.C.E.® Program.', 0, 'L');
$p->Output($argv[1], 'F');
