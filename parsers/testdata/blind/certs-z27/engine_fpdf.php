<?php
// FPDF engine: php engine_fpdf.php spec.json out.pdf
require_once('/usr/share/php/fpdf/fpdf.php');
require_once(__DIR__ . '/engine_common.php');

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$pg = $spec['page'];

$pdf = new FPDF($pg['orient'] == 'L' ? 'L' : 'P', 'pt', [min($pg['W'], $pg['H']), max($pg['W'], $pg['H'])]);
$pdf->SetAutoPageBreak(false);
$pdf->SetMargins(0, 0, 0);
$pdf->SetTitle($pg['title']);
if (!empty($pg['author'])) $pdf->SetAuthor($pg['author']);
$pdf->SetCreator('certs-z27 engine_fpdf.php');

$api = [
    'enc' => function ($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); },
    'font' => function ($fam, $b, $i) {
        $map = ['sans' => 'helvetica', 'gothic' => 'helvetica', 'dejavusans' => 'helvetica', 'mono' => 'courier'];
        if ($fam == 'script') return ['times', 'BI'];
        $f = isset($map[$fam]) ? $map[$fam] : 'times';
        return [$f, ($b ? 'B' : '') . ($i ? 'I' : '')];
    },
    'seal' => function ($pdf, $sl, $cx, $cy, $r) {
        $pdf->Image($sl['png'], $cx - $r, $cy - $r, 2 * $r, 2 * $r);
    },
    'spacing' => null,
];
render($pdf, $spec, $api);
$pdf->Output('F', $out);
