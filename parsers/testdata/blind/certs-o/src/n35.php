<?php
require('/usr/share/php/tcpdf/tcpdf.php');

$pdf = new TCPDF('L', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false);
$pdf->SetTitle('WALS session certificate');
$pdf->AddPage();
$W = 792; $H = 612;
$pdf->SetFillColor(196, 30, 58);
foreach (array(array(30,30), array($W-90,30), array(30,$H-90), array($W-90,$H-90)) as $p) { $pdf->Rect($p[0], $p[1], 60, 60, 'F'); }
$pdf->SetFillColor(255, 255, 255);
foreach (array(array(40,40), array($W-80,40), array(40,$H-80), array($W-80,$H-80)) as $p) { $pdf->Rect($p[0], $p[1], 40, 40, 'F'); }
$pdf->SetLineStyle(array('width' => 1.5, 'color' => array(196, 30, 58)));
$pdf->Rect(56, 56, $W - 112, $H - 112);
$pdf->SetTextColor(196, 30, 58);
$pdf->SetFont('times', 'B', 22); $pdf->SetXY(0, 84); $pdf->Cell($W, 24, 'Wisconsin Association of Laboratory Scientists', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 10); $pdf->SetXY(0, 110); $pdf->Cell($W, 12, 'WALS 2026 Annual Convention  ·  Kalahari Resort, Wisconsin Dells', 0, 1, 'C');
$pdf->SetTextColor(20, 20, 20);
$pdf->SetFont('times', '', 30); $pdf->SetXY(0, 150); $pdf->Cell($W, 34, 'Session Certificate', 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(0, 198); $pdf->Cell($W, 16, 'This certifies that', 0, 1, 'C');
$pdf->SetFont('times', 'B', 26); $pdf->SetXY(0, 220); $pdf->Cell($W, 30, "Maeve O'Sullivan-Draper", 0, 1, 'C');
$pdf->SetFont('times', 'I', 13); $pdf->SetXY(0, 262); $pdf->Cell($W, 16, 'attended the educational session', 0, 1, 'C');
$pdf->SetFont('times', 'B', 17); $pdf->SetXY(96, 286);
$pdf->MultiCell($W - 192, 20, 'When the Crossmatch Is Incompatible: Case Studies in Transfusion Reaction Workups', 0, 'C');
$pdf->SetFont('helvetica', '', 11);
$pdf->SetXY(0, 342); $pdf->Cell($W, 14, 'Session Code: 2B-14     Date: April 23, 2026     P.A.C.E.® Contact Hours: 1.5', 0, 1, 'C');
$pdf->SetFont('helvetica', '', 8); $pdf->SetTextColor(70, 70, 70);
$pdf->SetXY(120, 374);
$pdf->MultiCell($W - 240, 10, 'The Wisconsin Association of Laboratory Scientists is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Intermediate level. WALS Member No. 30-1187.', 0, 'C');
$pdf->SetTextColor(20, 20, 20);
$sig = array(array(150, 'Beatrix Holmgren', 'Beatrix Holmgren, MLS(ASCP)CM', 'WALS President'), array(470, 'Caspar Nyquist', 'Caspar Nyquist, MS, MLS(ASCP)', 'Convention Education Chair'));
foreach ($sig as $s) {
  $pdf->SetFont('times', 'I', 15); $pdf->SetXY($s[0], 450); $pdf->Cell(180, 18, $s[1], 0, 0, 'C');
  $pdf->Line($s[0], 470, $s[0] + 180, 470);
  $pdf->SetFont('helvetica', '', 8);
  $pdf->SetXY($s[0], 474); $pdf->Cell(180, 10, $s[2], 0, 0, 'C');
  $pdf->SetXY($s[0], 485); $pdf->Cell(180, 10, $s[3], 0, 0, 'C');
}
$pdf->Output($argv[1], 'F');
