<?php
// TCPDF MultiCell rows, unruled; header label cells exactly as wide as their labels (zero padding).
require_once(__DIR__ . '/tcpdf_common.php');
$d = load_data();
$pdf = new_pdf('P', 'A4', '', false);
$pdf->SetMargins(16, 16, 16);
$pdf->SetAutoPageBreak(true, 16);
$pdf->AddPage();
$pdf->SetFont('dejavusanscondensed', 'B', 12);
$pdf->Cell(0, 7, 'Continuing Education Certificate Summary', 0, 1);
$pdf->SetFont('dejavusanscondensed', '', 9);
$pdf->Cell(0, 5, 'Name: ' . $d['person'], 0, 1);
$pdf->Cell(0, 5, 'Certification: MLS(ASCP)CM     Current CMP Cycle: 01/01/2025 - 12/31/2027', 0, 1);
$pdf->Ln(4);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->SetFont('dejavusanscondensed', 'B', 9);
$labels = array('Course Title', 'Program Date', 'Contact Hours', 'Sponsor');
$W = array(108, 0, 0, 0);
for ($i = 1; $i < 4; $i++) $W[$i] = $pdf->GetStringWidth($labels[$i]) + 0.3;
$W[3] = 178 - $W[0] - $W[1] - $W[2];
foreach ($labels as $i => $t) $pdf->Cell($W[$i], 6, $t, 0, 0, 'L');
$pdf->Ln(7);
$pdf->SetFont('dejavusanscondensed', '', 9);
foreach ($d['rows'] as $r) {
    $y = $pdf->GetY(); $x = $pdf->GetX();
    $pdf->MultiCell($W[0] - 3, 4.4, $r['title'], 0, 'L', false, 1);
    $y2 = $pdf->GetY();
    $pdf->SetXY($x + $W[0], $y);
    $pdf->Cell($W[1], 4.4, $r['date_disp'], 0, 0, 'L');
    $pdf->Cell($W[2], 4.4, $r['credits_disp'], 0, 0, 'C');
    $pdf->Cell($W[3], 4.4, $r['provider'], 0, 0, 'L');
    $pdf->SetXY($x, $y2 + 1.8);
}
$pdf->Output(out_path(), "F");
