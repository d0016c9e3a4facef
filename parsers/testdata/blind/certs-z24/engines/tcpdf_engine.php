<?php
// TCPDF producer: php tcpdf_engine.php spec.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');
require_once(__DIR__ . '/php_common.php');

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$orient = ($spec['opts']['orient'] ?? 'P') == 'L' ? 'L' : 'P';

$L = [
    'font' => ['serif' => 'dejavuserif', 'sans' => 'dejavusans'],
    'enc' => function ($s) { return $s; },
    'curve' => function ($p, $pts) {
        $p->Curve($pts[0][0], $pts[0][1], $pts[1][0], $pts[1][1], $pts[2][0], $pts[2][1],
                  $pts[3][0], $pts[3][1]);
    },
];
$make = function () use ($orient, $spec) {
    $pdf = new TCPDF($orient, 'pt', 'LETTER', true, 'UTF-8', false);
    $pdf->setPrintHeader(false);
    $pdf->setPrintFooter(false);
    $pdf->SetAutoPageBreak(false);
    $pdf->SetMargins(36, 36, 36);
    $pdf->setCellPaddings(0, 0, 0, 0);
    $pdf->SetTitle('Certificate ' . $spec['id']);
    $pdf->SetAuthor($spec['author']);
    $pdf->SetCreator('certificate generator (TCPDF)');
    return $pdf;
};
$pdf = render_spec($spec, $make, $L);
$pdf->Output($out, 'F');
