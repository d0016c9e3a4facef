<?php
// TCPDF source for d21 -- run: php d21.php OUT.pdf
if (!defined('K_PATH_CACHE')) define('K_PATH_CACHE', sys_get_temp_dir() . '/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o, $u, $f) { parent::__construct($o, $u, $f, true, 'UTF-8', false); $this->tcpdflink = false; }
}
$p = new CertPDF('L', 'mm', 'LETTER');
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false, 0); $p->SetMargins(0, 0, 0);
$p->SetCreator('CRU Office of Continuing Professional Development'); $p->SetTitle('CRU certificate'); $p->AddPage();

$p->SetDrawColor(0, 48, 87); $p->SetLineWidth(1.5); $p->Rect(12, 12, 255.4, 191.9); $p->SetLineWidth(0.4); $p->Rect(16, 16, 247.4, 183.9);
$p->SetDrawColor(196, 160, 70); $p->SetLineWidth(0.8); $p->Rect(19, 19, 241.4, 177.9);
$p->SetTextColor(0, 48, 87); $p->SetFont('times', 'B', 24); $p->SetXY(0, 30); $p->Cell(279.4, 11, 'Carrollton Ridge University', 0, 1, 'C');
$p->SetFont('times', '', 11); $p->Cell(279.4, 6, 'School of Health Professions · Office of Continuing Professional Development', 0, 1, 'C');
$p->setFontSpacing(1.6); $p->SetFont('helvetica', '', 12); $p->SetXY(0, 52); $p->Cell(279.4, 7, 'CERTIFICATE OF CONTINUING EDUCATION', 0, 1, 'C'); $p->setFontSpacing(0);
$p->SetTextColor(30, 30, 30); $p->SetFont('times', 'I', 14); $p->SetXY(0, 68); $p->Cell(279.4, 8, 'Be it known that', 0, 1, 'C');
$p->SetFont('times', 'B', 28); $p->Cell(279.4, 15, 'Emeka Chukwu-Hollis', 0, 1, 'C');
$p->SetFont('times', 'I', 14); $p->Cell(279.4, 8, 'having fulfilled the requirements of the continuing education course', 0, 1, 'C');
$p->SetFont('times', 'B', 17); $p->SetX(45); $p->MultiCell(189.4, 8, 'Transfusion Medicine Review for Laboratory Scientists — Part III: Antibody Identification', 0, 'C', false, 1, 45);
$p->SetFont('times', '', 14); $p->Ln(3);
$p->Cell(279.4, 8, 'completed on the twenty-first day of February, 2025,', 0, 1, 'C');
$p->Cell(279.4, 8, 'is awarded 0.4 Continuing Education Units.', 0, 1, 'C');
$p->SetFont('helvetica', '', 9); $p->SetXY(30, 160); $p->Cell(70, 5, 'Course No. CRU-TM-303', 0, 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->SetLineWidth(0.3); $p->Line(170, 165, 250, 165); $p->SetXY(170, 166); $p->Cell(80, 5, 'Dean, School of Health Professions', 0, 0, 'C');
$p->SetFont('helvetica', '', 7.5); $p->SetTextColor(100, 100, 100); $p->SetXY(30, 180);
$p->MultiCell(219.4, 3.5, 'One CEU equals ten contact hours of instruction. Carrollton Ridge University (CRU) keeps a transcript of CEUs awarded for seven years.', 0, 'C');
$p->Output($argv[1], 'F');
