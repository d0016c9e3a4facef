<?php
// TCPDF source for d53 -- run: php d53.php OUT.pdf
if (!defined('K_PATH_CACHE')) define('K_PATH_CACHE', sys_get_temp_dir() . '/');
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertPDF extends TCPDF {
    public function __construct($o, $u, $f) { parent::__construct($o, $u, $f, true, 'UTF-8', false); $this->tcpdflink = false; }
}
$p = new CertPDF('L', 'mm', 'LETTER');
$p->setPrintHeader(false); $p->setPrintFooter(false); $p->SetAutoPageBreak(false, 0); $p->SetMargins(0, 0, 0);
$p->SetCreator('benchline.org'); $p->SetTitle('Webinar certificate'); $p->AddPage();

$p->SetFillColor(242, 246, 250); $p->Rect(0, 0, 279.4, 215.9, 'F');
$p->SetFillColor(255, 255, 255); $p->RoundedRect(18, 18, 243.4, 179.9, 6, '1111', 'F');
$p->SetFont('dejavusans', 'B', 20); $p->SetTextColor(20, 110, 180); $p->SetXY(30, 28); $p->Cell(120, 10, 'benchline.org', 0, 0, 'L');
$p->SetFont('dejavusans', '', 9); $p->SetTextColor(120, 120, 120); $p->SetXY(150, 30); $p->Cell(100, 6, 'Live webinar series for the clinical lab', 0, 0, 'R');
$p->SetFont('dejavusans', '', 11); $p->SetTextColor(120, 120, 120); $p->setFontSpacing(1.2); $p->SetXY(0, 56); $p->Cell(279.4, 7, 'CERTIFICATE OF COMPLETION', 0, 1, 'C'); $p->setFontSpacing(0);
$p->SetFont('dejavusans', 'B', 24); $p->SetTextColor(30, 30, 30); $p->SetXY(0, 72); $p->Cell(279.4, 12, 'Ximena Castro-Villalobos', 0, 1, 'C');
$p->SetFont('dejavusans', '', 11.5); $p->Cell(279.4, 10, 'has completed the live webinar', 0, 1, 'C');
$p->SetFont('dejavuserif', '', 17); $p->MultiCell(200, 8, 'Sepsis Biomarkers in 2025: Procalcitonin, Lactate & Monocyte Distribution Width', 0, 'C', false, 1, 39.7);
$p->SetFont('dejavusans', '', 11); $p->Ln(6);
$p->Cell(279.4, 7, 'May 7, 2025 · 1:00–2:00 PM CT · 1.0 P.A.C.E.® contact hour', 0, 1, 'C');
$p->Cell(279.4, 7, 'Program ID: BLW-2505-SEP', 0, 1, 'C');
$p->SetFont('dejavusans', '', 7.5); $p->SetTextColor(120, 120, 120); $p->SetXY(30, 176);
$p->MultiCell(219.4, 3.6, 'Registrant ID 77812. This program is approved for 1.0 contact hour of P.A.C.E.® credit. Questions: support@benchline.org', 0, 'C');
$p->Output($argv[1], 'F');
