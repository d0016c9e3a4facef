<?php
// TCPDF source for d45 -- run: php d45.php OUT.pdf
if (!defined('K_PATH_CACHE')) define('K_PATH_CACHE', sys_get_temp_dir() . '/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o, $u, $f) { parent::__construct($o, $u, $f, true, 'UTF-8', false); $this->tcpdflink = false; }
}
$p = new CertPDF('P', 'mm', 'LETTER');
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false, 0); $p->SetMargins(0, 0, 0);
$p->SetCreator('TCPHL Training Unit'); $p->SetTitle('Training completion'); $p->AddPage();

$p->SetFont('helvetica', 'B', 18); $p->SetTextColor(0, 77, 64); $p->SetXY(0, 26); $p->Cell(215.9, 9, 'Tri-County Public Health Laboratory', 0, 1, 'C');
$p->SetFont('helvetica', '', 10); $p->SetTextColor(90, 90, 90); $p->Cell(215.9, 6, 'TCPHL · Biosafety & Biosecurity Training Unit', 0, 1, 'C');
$p->SetFont('times', 'B', 24); $p->SetTextColor(20, 20, 20); $p->SetXY(0, 52); $p->Cell(215.9, 12, 'Certificate of Training Completion', 0, 1, 'C');
$p->SetY(78);
$rows = array(array('Name', 'Adaeze Okonjo-Brandt'),
  array('Training', 'Biosafety Level 3 (BSL-3) Practices Refresher & Select Agent Rule Review'),
  array('Dates', 'Aug 5-6, 2025'), array('Ref.', 'TCPHL-BSL3-2508'), array('Contact hours', '8.0'),
  array('Badge #', '4471'), array('Tier 1 suitability review due', '2026-08'));
foreach ($rows as $r) {
  $y = $p->GetY(); $p->SetXY(30, $y); $p->SetFont('helvetica', 'B', 10); $p->SetTextColor(0, 77, 64);
  $p->MultiCell(55, 7, $r[0], 0, 'R', false, 0, 30, $y);
  $p->SetFont('times', '', 12.5); $p->SetTextColor(20, 20, 20);
  $p->MultiCell(95, 7, $r[1], 0, 'L', false, 1, 90, $y);
  $p->SetDrawColor(210, 210, 210); $p->Line(30, $p->GetY() + 1, 186, $p->GetY() + 1); $p->SetY($p->GetY() + 3);
}
$p->SetFont('helvetica', 'B', 8); $p->SetTextColor(0, 77, 64); $p->SetXY(30, 166); $p->Cell(156, 4, 'ISSUING LABORATORY', 0, 2, 'L');
$p->SetFont('helvetica', '', 10); $p->SetTextColor(20, 20, 20); $p->Cell(156, 5, 'Tri-County Public Health Laboratory, 400 Meridian Avenue, Building C', 0, 2, 'L');
$p->SetFont('helvetica', '', 8.5); $p->SetTextColor(70, 70, 70); $p->SetXY(30, 182);
$p->MultiCell(156, 4, 'TCPHL is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This training satisfies the annual refresher requirement of the TCPHL Biosafety Manual, section 4.2.', 0, 'L');
$p->SetDrawColor(60, 60, 60); $p->Line(30, 225, 95, 225); $p->Line(121, 225, 186, 225);
$p->SetFont('helvetica', '', 9); $p->SetXY(30, 226); $p->Cell(65, 5, 'Responsible Official', 0, 0, 'C'); $p->SetXY(121, 226); $p->Cell(65, 5, 'Biosafety Officer', 0, 0, 'C');
$p->Output($argv[1], 'F');
