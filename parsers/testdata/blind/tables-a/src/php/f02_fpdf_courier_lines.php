<?php
// FPDF Courier: each row is one string with spaces between the "columns".
require_once(__DIR__ . '/fpdf_common.php');
$d = load_data();
$pdf = new FPDF('P', 'pt', 'Letter');
$pdf->SetMargins(54, 54, 54);
$pdf->SetAutoPageBreak(true, 54);
$pdf->AddPage();
$pdf->SetFont('Courier', 'B', 10);
$pdf->Cell(0, 13, 'COMMONWEALTH LABORATORY ASSOCIATION - CE HISTORY', 0, 1);
$pdf->SetFont('Courier', '', 9);
$pdf->Cell(0, 12, c('Member ....: ' . $d['person']), 0, 1);
$pdf->Cell(0, 12, 'Member ID .: CLA-0093317', 0, 1);
$pdf->Cell(0, 12, 'Printed ...: 11/30/2025 08:14', 0, 1);
$pdf->Ln(8);
$pdf->Cell(0, 12, 'DATE         CREDITS   UNIT    ACTIVITY', 0, 1);
$pdf->Cell(0, 12, str_repeat('=', 10) . '   ' . str_repeat('=', 7) . '   ' . str_repeat('=', 4) . '    ' . str_repeat('=', 50), 0, 1);
foreach ($d['rows'] as $r) {
    $t = c($r['title']);
    $parts = array();
    while (strlen($t) > 50) {
        $cut = strrpos(substr($t, 0, 51), ' ');
        $parts[] = substr($t, 0, $cut);
        $t = substr($t, $cut + 1);
    }
    $parts[] = $t;
    $line = sprintf('%-10s   %7s   %-4s    %s', $r['date_disp'], $r['credits_disp'], 'CMLE', $parts[0]);
    $pdf->Cell(0, 12, $line, 0, 1);
    for ($k = 1; $k < count($parts); $k++) {
        $pdf->Cell(0, 12, str_repeat(' ', 32) . $parts[$k], 0, 1);
    }
}
$pdf->Cell(0, 12, str_repeat('-', 82), 0, 1);
$pdf->Cell(0, 12, sprintf('%-10s   %7s   %-4s', 'TOTAL', $d['total'], 'CMLE'), 0, 1);
$pdf->Output('F', $argv[2]);
