<?php
// FPDF full grid in-service log with two-line header labels and a Total row.
require_once(__DIR__ . '/fpdf_common.php');
$d = load_data();
$pdf = new FPDF('P', 'mm', 'Letter');
$pdf->SetMargins(18, 18, 18);
$pdf->SetAutoPageBreak(true, 18);
$pdf->AddPage();
$pdf->SetFont('Helvetica', 'B', 13);
$pdf->Cell(0, 7, 'Clinical Laboratory In-Service Attendance', 0, 1, 'C');
$pdf->SetFont('Helvetica', '', 9);
$pdf->Cell(0, 5, c('Employee: ' . $d['person'] . '          Unit: Microbiology          Fiscal Year 2025'), 0, 1, 'C');
$pdf->Ln(4);
$W = array(90, 24, 16, 30, 20);
$H = array(array('In-Service', 'Topic'), array('Date', 'Completed'), array('CE', 'Hours'), array('Presented', 'By'), array('Supervisor', 'Initials'));
$pdf->SetFont('Helvetica', 'B', 9);
$pdf->SetFillColor(235, 235, 235);
$x = $pdf->GetX(); $y = $pdf->GetY();
$cx = $x;
foreach ($H as $i => $h) {
    $pdf->Rect($cx, $y, $W[$i], 10, 'DF');
    $pdf->SetXY($cx, $y + 0.6); $pdf->Cell($W[$i], 4.4, $h[0], 0, 2, 'C');
    $pdf->Cell($W[$i], 4.4, $h[1], 0, 0, 'C');
    $cx += $W[$i];
}
$pdf->SetXY($x, $y + 10);
$pdf->SetFont('Helvetica', '', 9);
$lh = 4.5;
foreach ($d['rows'] as $r) {
    $lines = wrap_lines($pdf, $r['title'], $W[0] - 2);
    $h = max(count($lines) * $lh + 2, 7);
    $y = $pdf->GetY();
    $pdf->Rect($x, $y, $W[0], $h);
    foreach ($lines as $k => $ln) {
        $pdf->SetXY($x, $y + 1 + $k * $lh);
        $pdf->Cell($W[0], $lh, $ln, 0, 0, 'L');
    }
    $pdf->SetXY($x + $W[0], $y);
    $pdf->Cell($W[1], $h, $r['date_disp'], 1, 0, 'C');
    $pdf->Cell($W[2], $h, $r['credits_disp'], 1, 0, 'C');
    $pdf->Cell($W[3], $h, c($r['provider']), 1, 0, 'C');
    $pdf->Cell($W[4], $h, '', 1, 0, 'C');
    $pdf->SetXY($x, $y + $h);
}
$pdf->SetFont('Helvetica', 'B', 9);
$pdf->Cell($W[0] + $W[1], 7, 'Total', 1, 0, 'R');
$pdf->Cell($W[2], 7, $d['total'], 1, 0, 'C');
$pdf->Cell($W[3] + $W[4], 7, '', 1, 1);
$pdf->Output('F', $argv[2]);
