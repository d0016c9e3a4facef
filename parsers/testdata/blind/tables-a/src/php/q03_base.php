<?php
// FPDF grid table used as the base of the encrypted document.
require_once(__DIR__ . '/fpdf_common.php');
$d = load_data();
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(20, 20, 20);
$pdf->AddPage();
$pdf->SetFont('Helvetica', 'B', 13);
$pdf->Cell(0, 7, 'Southside Community Hospital Laboratory', 0, 1);
$pdf->SetFont('Helvetica', '', 10);
$pdf->Cell(0, 5, c('Continuing Education Summary for ' . $d['person']), 0, 1);
$pdf->Ln(4);
$W = array(110, 30, 35);
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->Cell($W[0], 7, 'Course Title', 1, 0, 'L');
$pdf->Cell($W[1], 7, 'Date', 1, 0, 'C');
$pdf->Cell($W[2], 7, 'Contact Hours', 1, 1, 'C');
$pdf->SetFont('Helvetica', '', 10);
foreach ($d['rows'] as $r) {
    $lines = wrap_lines($pdf, $r['title'], $W[0] - 2);
    $h = count($lines) * 5 + 2;
    $x = $pdf->GetX(); $y = $pdf->GetY();
    $pdf->Rect($x, $y, $W[0], $h);
    foreach ($lines as $k => $ln) { $pdf->SetXY($x, $y + 1 + 5 * $k); $pdf->Cell($W[0], 5, $ln, 0, 0, 'L'); }
    $pdf->SetXY($x + $W[0], $y);
    $pdf->Cell($W[1], $h, $r['date_disp'], 1, 0, 'C');
    $pdf->Cell($W[2], $h, $r['credits_disp'], 1, 0, 'C');
    $pdf->SetXY($x, $y + $h);
}
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->Cell($W[0] + $W[1], 7, 'Total Contact Hours', 1, 0, 'R');
$pdf->Cell($W[2], 7, $d['total'], 1, 1, 'C');
$pdf->Output('F', $argv[2]);
