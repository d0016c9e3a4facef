<?php
// FPDF Times, A4 landscape, credits first and date last, unruled.
require_once(__DIR__ . '/fpdf_common.php');
$d = load_data();
class PDF extends FPDF {
    function Footer() {
        $this->SetY(-13);
        $this->SetFont('Times', 'I', 8);
        $this->Cell(0, 5, 'https://ce.westmarchcollege.edu/records   -   printed 29 November 2025', 0, 0, 'C');
    }
}
$pdf = new PDF('L', 'mm', 'A4');
$pdf->SetMargins(15, 14, 15);
$pdf->SetAutoPageBreak(true, 18);
$pdf->AddPage();
$pdf->SetFont('Times', 'B', 14);
$pdf->Cell(0, 7, 'Westmarch College - Continuing Professional Education Record', 0, 1);
$pdf->SetFont('Times', '', 10.5);
$pdf->Cell(0, 5.5, c('Learner: ' . $d['person'] . '     Program: Clinical Laboratory Science Alumni CE'), 0, 1);
$pdf->Ln(5);
$W = array(16, 26, 105, 48, 40);
$H = array('Credits', 'Unit', 'Title', 'Sponsor', 'Date Completed');
$A = array('R', 'L', 'L', 'L', 'L');
$pdf->SetFont('Times', 'B', 10);
$x = $pdf->GetX();
foreach ($H as $i => $h) $pdf->Cell($W[$i], 6, $h, 'B', 0, $A[$i]);
$pdf->Ln(7);
$pdf->SetFont('Times', '', 10);
$lh = 4.6;
foreach ($d['rows'] as $r) {
    $lines = wrap_lines($pdf, $r['title'], $W[2] - 2);
    $h = count($lines) * $lh;
    $y = $pdf->GetY();
    $pdf->Cell($W[0], $lh, $r['credits_disp'], 0, 0, 'R');
    $pdf->Cell($W[1], $lh, c($r['unit_disp']), 0, 0, 'L');
    $pdf->MultiCell($W[2], $lh, implode("\n", $lines), 0, 'L');
    $pdf->SetXY($x + $W[0] + $W[1] + $W[2], $y);
    $pdf->Cell($W[3], $lh, c($r['provider']), 0, 0, 'L');
    $pdf->Cell($W[4], $lh, $r['date_disp'], 0, 0, 'L');
    $pdf->SetXY($x, $y + $h + 2.2);
}
$pdf->Output('F', $argv[2]);
