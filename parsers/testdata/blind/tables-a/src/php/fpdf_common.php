<?php
// Shared helpers for the FPDF renderers. Usage: php X.php data.json out.pdf
require_once('/usr/share/php/fpdf/fpdf.php');

function c($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

function load_data() {
    global $argv;
    return json_decode(file_get_contents($argv[1]), true);
}

// Break $text into lines no wider than $w with the current font.
function wrap_lines($pdf, $text, $w) {
    $words = explode(' ', c($text));
    $lines = array(); $cur = '';
    foreach ($words as $wd) {
        $t = ($cur === '') ? $wd : $cur . ' ' . $wd;
        if ($pdf->GetStringWidth($t) <= $w) { $cur = $t; }
        else { if ($cur !== '') $lines[] = $cur; $cur = $wd; }
    }
    if ($cur !== '') $lines[] = $cur;
    return $lines;
}
