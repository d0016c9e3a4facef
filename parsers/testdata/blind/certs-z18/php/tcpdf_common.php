<?php
// Shared bits for the tcpdf certificates: data file in argv[1], output PDF in argv[2].
require_once('/usr/share/php/tcpdf/tcpdf.php');
$D = json_decode(file_get_contents($argv[1]), true);
$OUT = $argv[2];
function newpdf($orient, $creator) {
    $pdf = new TCPDF($orient, 'mm', 'LETTER', true, 'UTF-8', false);
    $pdf->setPrintHeader(false);
    $pdf->setPrintFooter(false);
    $pdf->SetAutoPageBreak(false, 0);
    $pdf->SetMargins(20, 15, 20);
    $pdf->SetCreator($creator);
    $pdf->setFontSubsetting(true);
    $pdf->AddPage();
    return $pdf;
}
function cline($pdf, $h, $s, $font, $style, $size, $rgb = array(0, 0, 0)) {
    $pdf->SetFont($font, $style, $size);
    $pdf->SetTextColor($rgb[0], $rgb[1], $rgb[2]);
    $pdf->Cell(0, $h, $s, 0, 1, 'C');
}
// labels-above-values row: $cols = array(array(width, label, value), ...)
function lav($pdf, $x, $y, $cols, $rgb, $vsize = 12) {
    $cx = $x;
    foreach ($cols as $c) {
        $pdf->SetXY($cx, $y);
        $pdf->SetFont('helvetica', 'B', 8.5); $pdf->SetTextColor($rgb[0], $rgb[1], $rgb[2]);
        $pdf->Cell($c[0], 5, $c[1], 'B', 0, 'L');
        $pdf->SetXY($cx, $y + 6.5);
        $pdf->SetFont('helvetica', '', $vsize); $pdf->SetTextColor(0, 0, 0);
        $pdf->Cell($c[0], 7, $c[2], 0, 0, 'L');
        $cx += $c[0] + 4;
    }
}
