<?php
// FPDF Helvetica 8pt, zero cell margin: ID runs into the date, titles fill to the credits column.
require_once(__DIR__ . '/fpdf_common.php');
$d = load_data();
class PDF extends FPDF { function setCellMargin($m) { $this->cMargin = $m; } }
$pdf = new PDF('P', 'mm', 'A4');
$pdf->SetMargins(14, 14, 14);
$pdf->SetAutoPageBreak(true, 15);
$pdf->AddPage();
$pdf->SetFont('Helvetica', 'B', 12);
$pdf->Cell(0, 6, 'Westlake Pathology Associates - CE Hours Report', 0, 1);
$pdf->SetFont('Helvetica', '', 9);
$pdf->Cell(0, 5, c('Staff member: ' . $d['person']), 0, 1);
$pdf->Ln(3);
$pdf->SetFont('Helvetica', '', 8);
$pdf->setCellMargin(0);
$wid = $pdf->GetStringWidth($d['rows'][0]['id']);
foreach ($d['rows'] as $r) $wid = max($wid, $pdf->GetStringWidth($r['id']));
$wdate = $pdf->GetStringWidth('2025-12-31') + 2.5;
$wtitle = 118;
$W = array($wid, $wdate, $wtitle, 16);
$pdf->SetFont('Helvetica', 'B', 8);
$pdf->Cell($W[0], 5, 'ID', 'B', 0, 'L');
$pdf->Cell($W[1], 5, 'Date', 'B', 0, 'L');
$pdf->Cell($W[2], 5, 'Activity Title', 'B', 0, 'L');
$pdf->Cell($W[3], 5, 'CE Hours', 'B', 1, 'L');
$pdf->SetFont('Helvetica', '', 8);
$lh = 3.6;
foreach ($d['rows'] as $r) {
    $lines = wrap_lines($pdf, $r['title'], $W[2]);
    $h = count($lines) * $lh + 1.2;
    $x = $pdf->GetX(); $y = $pdf->GetY();
    $pdf->SetXY($x, $y + 0.6);
    $pdf->Cell($W[0], $lh, $r['id'], 0, 0, 'L');
    $pdf->Cell($W[1], $lh, $r['date_disp'], 0, 0, 'L');
    foreach ($lines as $k => $ln) {
        $pdf->SetXY($x + $W[0] + $W[1], $y + 0.6 + $k * $lh);
        $pdf->Cell($W[2], $lh, $ln, 0, 0, 'L');
    }
    $pdf->SetXY($x + $W[0] + $W[1] + $W[2], $y + 0.6);
    $pdf->Cell($W[3], $lh, $r['credits_disp'], 0, 0, 'L');
    $pdf->Line($x, $y + $h, $x + array_sum($W), $y + $h);
    $pdf->SetXY($x, $y + $h);
}
$pdf->Output('F', $argv[2]);
