<?php
// TCPDF source for d37 -- run: php d37.php OUT.pdf
if (!defined('K_PATH_CACHE')) define('K_PATH_CACHE', sys_get_temp_dir() . '/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o, $u, $f) { parent::__construct($o, $u, $f, true, 'UTF-8', false); $this->tcpdflink = false; }
}
$p = new CertPDF('L', 'mm', 'LETTER');
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false, 0); $p->SetMargins(0, 0, 0);
$p->SetCreator('RICHE'); $p->SetTitle('CME certificate'); $p->AddPage();

$p->SetFont('helvetica', 'B', 15); $p->SetTextColor(0, 90, 80); $p->SetXY(20, 18); $p->Cell(180, 8, 'Riverbend Institute for Continuing Health Education', 0, 2, 'L');
$p->SetFont('dejavusans', '', 9); $p->SetTextColor(110, 110, 110); $p->Cell(180, 5, 'RICHE · Jointly Accredited Provider™', 0, 2, 'L');
$p->SetFont('dejavuserif', '', 30); $p->SetTextColor(30, 30, 30); $p->SetXY(20, 44); $p->Cell(239.4, 14, 'Certificate of CME Credit', 0, 1, 'L');
$p->SetFont('dejavuserif', '', 12); $p->SetX(20); $p->Cell(239.4, 10, 'This is to certify that', 0, 1, 'L');
$p->SetFont('dejavuserif', 'B', 22); $p->SetX(20); $p->Cell(239.4, 12, 'Kateryna Hrytsenko, MD', 0, 1, 'L');
$p->SetFont('dejavuserif', '', 12); $p->SetX(20); $p->Cell(239.4, 9, 'participated in the live activity', 0, 1, 'L');
$p->SetFont('dejavuserif', 'B', 16); $p->SetX(20); $p->MultiCell(200, 8, 'Pathology Update 2025: Hematopathology, Molecular Diagnostics & Laboratory Stewardship', 0, 'L', false, 1, 20);
$p->SetFont('dejavuserif', '', 12); $p->SetX(20); $p->Cell(239.4, 9, 'held March 8, 2025, in Columbus, Ohio, and claimed 6.25 AMA PRA Category 1 Credits™.', 0, 1, 'L');
$p->SetFont('dejavusans', '', 9.5); $p->SetX(20); $p->Cell(239.4, 7, 'Activity ID: 2025-PU-0308     NPI on file: 1639402287', 0, 1, 'L');
$p->SetFont('dejavusans', '', 7.8); $p->SetTextColor(80, 80, 80); $p->SetXY(20, 160);
$p->MultiCell(239.4, 3.8, 'In support of improving patient care, the Riverbend Institute for Continuing Health Education is jointly accredited by the Accreditation Council for Continuing Medical Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the American Nurses Credentialing Center (ANCC), to provide continuing education for the healthcare team. The Riverbend Institute for Continuing Health Education designates this live activity for a maximum of 7.0 AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', 0, 'L');
$p->Output($argv[1], 'F');
