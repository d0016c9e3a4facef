<?php
// FPDF producer: php fpdf_engine.php spec.json out.pdf
require_once('/usr/share/php/fpdf/fpdf.php');
require_once(__DIR__ . '/php_common.php');

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$orient = ($spec['opts']['orient'] ?? 'P') == 'L' ? 'L' : 'P';

$L = [
    'font' => ['serif' => 'Times', 'sans' => 'Helvetica'],
    'enc' => function ($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); },
    // FPDF has no Bezier operator: approximate with short line segments
    'curve' => function ($p, $pts) {
        $prev = null;
        for ($i = 0; $i <= 24; $i++) {
            $t = $i / 24; $a = pow(1 - $t, 3); $b = 3 * pow(1 - $t, 2) * $t; $c = 3 * (1 - $t) * $t * $t; $d = pow($t, 3);
            $pt = [$a * $pts[0][0] + $b * $pts[1][0] + $c * $pts[2][0] + $d * $pts[3][0],
                   $a * $pts[0][1] + $b * $pts[1][1] + $c * $pts[2][1] + $d * $pts[3][1]];
            if ($prev) { $p->Line($prev[0], $prev[1], $pt[0], $pt[1]); }
            $prev = $pt;
        }
    },
];
$make = function () use ($orient, $spec) {
    $pdf = new FPDF($orient, 'pt', 'Letter');
    $pdf->SetAutoPageBreak(false);
    $pdf->SetMargins(36, 36, 36);
    $pdf->SetTitle('Certificate ' . $spec['id'], true);
    $pdf->SetAuthor($spec['author'], true);
    $pdf->SetCreator('certificate generator (FPDF)', true);
    return $pdf;
};
$pdf = render_spec($spec, $make, $L);
$pdf->Output('F', $out);
