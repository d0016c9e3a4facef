<?php
define('K_PATH_CACHE', '/work/blind/certs-u/work/tmp/');
require_once('/usr/share/php/tcpdf/tcpdf.php');

class CertPDF extends TCPDF { public function __construct() { parent::__construct('L', 'mm', 'LETTER', true, 'UTF-8', false); $this->tcpdflink = false; } }
$pdf = new CertPDF();
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('Certificate of Continuing Education'); $pdf->SetAuthor('Bluewater Laboratory Education, LLC');
$pdf->AddPage();
$W = 279.4; $H = 215.9;
$pdf->SetFillColor(232, 242, 250); $pdf->Rect(0, 0, $W, $H, 'F');
$pdf->SetFillColor(255, 255, 255); $pdf->SetDrawColor(19, 84, 122); $pdf->SetLineWidth(0.6);
$pdf->RoundedRect(14, 14, $W - 28, $H - 28, 6, '1111', 'DF');
$pdf->SetTextColor(19, 84, 122); $pdf->SetFont('dejavuserif', 'B', 15); $pdf->SetXY(0, 26);
$pdf->Cell($W, 7, 'Bluewater Laboratory Education, LLC', 0, 1, 'C');
$pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(90, 90, 90);
$pdf->Cell($W, 5, 'Online continuing education for the clinical laboratory', 0, 1, 'C');
$pdf->SetTextColor(19, 84, 122); $pdf->SetFont('dejavusans', 'B', 12); $pdf->setFontSpacing(1.2);
$pdf->SetXY(0, 48); $pdf->Cell($W, 7, 'CERTIFICATE OF CONTINUING EDUCATION', 0, 1, 'C'); $pdf->setFontSpacing(0);
$pdf->SetTextColor(40, 40, 40); $pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(0, 62);
$pdf->Cell($W, 6, 'awarded to', 0, 1, 'C');
$pdf->SetFont('dejavuserif', 'B', 24); $pdf->setFontSpacing(2.2); $pdf->SetXY(0, 71);
$pdf->Cell($W, 12, 'THEODORA L. VANCE', 0, 1, 'C'); $pdf->setFontSpacing(0);
$pdf->SetFont('dejavuserif', 'I', 12); $pdf->SetXY(0, 88); $pdf->Cell($W, 6, 'upon successful completion of the course', 0, 1, 'C');
$pdf->SetFont('dejavusans', 'B', 9); $pdf->SetTextColor(19, 84, 122); $pdf->SetXY(0, 97); $pdf->Cell($W, 5, 'Self-Study', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20); $pdf->SetFont('dejavuserif', 'B', 17); $pdf->SetXY(40, 104);
$pdf->MultiCell($W - 80, 8, '“Coagulation Cascade to Clot Waveform: Interpreting PT, aPTT, and Mixing Studies in the Bleeding Patient”', 0, 'C');
$L = array(array('P.A.C.E.® Course No.', '624-118-25'), array('Date of Completion', '08/29/2025'), array('Contact Hours', '2.0'));
$R = array(array('Order No.', 'BLE-77120'), array('Certificate printed', '09/02/2025'), array('Passing score', '80%'));
$y = 134;
for ($i = 0; $i < 3; $i++) {
    $pdf->SetXY(40, $y); $pdf->SetFont('dejavusans', '', 9); $pdf->SetTextColor(100, 100, 100); $pdf->Cell(42, 5.5, $L[$i][0], 0, 0, 'L');
    $pdf->SetFont('dejavusans', 'B', 10); $pdf->SetTextColor(20, 20, 20); $pdf->Cell(40, 5.5, $L[$i][1], 0, 0, 'L');
    $pdf->SetXY(160, $y); $pdf->SetFont('dejavusans', '', 8.5); $pdf->SetTextColor(110, 110, 110); $pdf->Cell(36, 5.5, $R[$i][0], 0, 0, 'L');
    $pdf->Cell(40, 5.5, $R[$i][1], 0, 0, 'L');
    $y += 7;
}
$pdf->SetDrawColor(60, 60, 60); $pdf->SetLineWidth(0.3); $pdf->Line(160, 175, 240, 175);
$pdf->SetXY(160, 176); $pdf->SetFont('dejavusans', 'B', 8.5); $pdf->SetTextColor(20, 20, 20);
$pdf->Cell(80, 4.5, 'Marisa K. Donnelly-Obi, MS, MLS(ASCP)CM', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 8); $pdf->Cell(80, 4, 'Program Director', 0, 2, 'C');
$pdf->SetFont('dejavusans', '', 7.6); $pdf->SetTextColor(70, 70, 70); $pdf->SetXY(40, 168);
$pdf->MultiCell(105, 3.7, 'Bluewater Laboratory Education, LLC is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.', 0, 'L');
$pdf->Output($argv[1], 'F');
