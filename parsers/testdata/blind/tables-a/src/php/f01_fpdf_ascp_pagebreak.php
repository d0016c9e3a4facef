<?php
// FPDF: ruled Cell() table, rows drawn line by line so a wrapped title may continue on the next page.
require_once(__DIR__ . '/fpdf_common.php');
$d = load_data();

class PDF extends FPDF {
    function Footer() {
        $this->SetY(-14);
        $this->SetFont('Helvetica', '', 8);
        $this->Cell(90, 5, 'Printed 11/29/2025 - ascp.org/cmp', 0, 0, 'L');
        $this->Cell(0, 5, 'Page ' . $this->PageNo() . ' of {nb}', 0, 0, 'R');
    }
}

$pdf = new PDF('P', 'mm', 'Letter');
$pdf->AliasNbPages();
$pdf->SetMargins(16, 16, 16);
$pdf->SetAutoPageBreak(false);
$pdf->AddPage();
$pdf->SetFont('Helvetica', 'B', 15);
$pdf->Cell(0, 8, 'ASCP CE Transcript', 0, 1);
$pdf->SetFont('Helvetica', '', 10);
$pdf->Cell(0, 5, c('Name: ' . $d['person']), 0, 1);
$pdf->Cell(0, 5, 'ASCP Customer ID: 11820463', 0, 1);
$pdf->Cell(0, 5, 'Certification: MLS(ASCP)CM', 0, 1);
$pdf->Cell(0, 5, 'Current CMP Cycle: 07/01/2024 - 06/30/2027', 0, 1);
$pdf->Ln(8);

$W = array(112, 30, 18, 24);
$H = array('Activity Title', 'Completion Date', 'Credits', 'Credit Type');
function thead($pdf, $W, $H) {
    $pdf->SetFont('Helvetica', 'B', 9.5);
    $pdf->SetFillColor(220, 226, 234);
    foreach ($H as $i => $h) $pdf->Cell($W[$i], 7, $h, 1, 0, $i >= 1 ? 'C' : 'L', true);
    $pdf->Ln();
    $pdf->SetFont('Helvetica', '', 9.5);
}
thead($pdf, $W, $H);
$lh = 4.8;
$bottom = 279.4 - 22;
foreach ($d['rows'] as $r) {
    $lines = wrap_lines($pdf, $r['title'], $W[0] - 2 * 1.0);
    $i = 0; $first = true;
    while ($i < count($lines)) {
        $avail = (int) floor(($bottom - $pdf->GetY() - 1.6) / $lh);
        if ($avail < 1) { $pdf->AddPage(); thead($pdf, $W, $H); continue; }
        $n = min($avail, count($lines) - $i);
        $h = $n * $lh + 1.6;
        $x0 = $pdf->GetX(); $y0 = $pdf->GetY();
        for ($k = 0; $k < $n; $k++) {
            $pdf->SetXY($x0, $y0 + 0.8 + $k * $lh);
            $pdf->Cell($W[0], $lh, $lines[$i + $k], 0, 0, 'L');
        }
        $pdf->Rect($x0, $y0, $W[0], $h);
        $pdf->SetXY($x0 + $W[0], $y0);
        $pdf->Cell($W[1], $h, $first ? $r['date_disp'] : '', 1, 0, 'C');
        $pdf->Cell($W[2], $h, $first ? $r['credits_disp'] : '', 1, 0, 'C');
        $pdf->Cell($W[3], $h, $first ? 'CMLE' : '', 1, 0, 'C');
        $pdf->SetXY($x0, $y0 + $h);
        $i += $n; $first = false;
        if ($i < count($lines)) {
            fwrite(STDERR, "split row across page: " . $r['title'] . "\n");
            $pdf->AddPage(); thead($pdf, $W, $H);
        }
    }
}
$pdf->SetFont('Helvetica', 'B', 10);
$pdf->Cell($W[0] + $W[1], 7, $d['total'], 1, 0, 'R');
$pdf->Cell($W[2] + $W[3], 7, '', 1, 1);
$pdf->Output('F', $argv[2]);
