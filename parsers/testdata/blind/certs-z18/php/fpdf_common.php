<?php
// Shared bits for the fpdf certificates: data file in argv[1], output PDF in argv[2].
define('FPDF_FONTPATH', '/usr/share/php/fpdf/font/');
require_once('/usr/share/php/fpdf/fpdf.php');
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$D = json_decode(file_get_contents($argv[1]), true);
$OUT = $argv[2];
function ccell($pdf, $h, $s, $font, $style, $size, $rgb = array(0, 0, 0)) {
    $pdf->SetFont($font, $style, $size);
    $pdf->SetTextColor($rgb[0], $rgb[1], $rgb[2]);
    $pdf->Cell(0, $h, t($s), 0, 1, 'C');
}
