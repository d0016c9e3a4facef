<?php
// TCPDF engine: php engine_tcpdf.php spec.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');
require_once(__DIR__ . '/engine_common.php');

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$pg = $spec['page'];

$pdf = new TCPDF($pg['orient'] == 'L' ? 'L' : 'P', 'pt', [min($pg['W'], $pg['H']), max($pg['W'], $pg['H'])],
                 true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false, 0);
$pdf->SetMargins(0, 0, 0);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->setCellHeightRatio(1.0);
$pdf->SetTitle($pg['title']);
if (!empty($pg['author'])) $pdf->SetAuthor($pg['author']);
$pdf->SetCreator('certs-z27 engine_tcpdf.php');

$unicode = !empty($pg['tcpdf_unicode']);   // DejaVu (embedded, Identity-H) instead of the core fonts

$api = [
    'enc' => function ($s) { return $s; },
    'font' => function ($fam, $b, $i) use ($unicode) {
        $st = ($b ? 'B' : '') . ($i ? 'I' : '');
        if ($unicode) {
            if ($fam == 'script') return ['dejavuserif', 'BI'];
            if (in_array($fam, ['sans', 'gothic', 'dejavusans'])) return ['dejavusans', $st];
            if ($fam == 'mono') return ['dejavusansmono', $st];
            return ['dejavuserif', $st];
        }
        if ($fam == 'script') return ['times', 'BI'];
        if ($fam == 'dejavu') return ['dejavuserif', $st];
        if ($fam == 'dejavusans') return ['dejavusans', $st];
        $map = ['sans' => 'helvetica', 'gothic' => 'helvetica', 'mono' => 'courier'];
        return [isset($map[$fam]) ? $map[$fam] : 'times', $st];
    },
    'seal' => function ($pdf, $sl, $cx, $cy, $r) {
        $col = hex2rgb(isset($sl['color']) ? $sl['color'] : '#8a6d1f');
        $pdf->StarPolygon($cx, $cy, $r, 40, 1, 0, false, 'F', [], $col);
        $pdf->Circle($cx, $cy, $r * 0.93, 0, 360, 'F', [], $col);
        $pdf->Circle($cx, $cy, $r * 0.80, 0, 360, 'D', ['width' => 1.2, 'color' => [255, 255, 255]]);
        $pdf->Circle($cx, $cy, $r * 0.74, 0, 360, 'D', ['width' => 0.5, 'color' => [255, 255, 255]]);
        $fs = isset($sl['size']) ? $sl['size'] : 7.5;
        $pdf->SetFont('helvetica', 'B', $fs);
        $pdf->SetTextColor(255, 255, 255);
        $lines = $sl['lines'];
        $y = $cy - count($lines) * $fs * 1.15 / 2;
        foreach ($lines as $ln) {
            $pdf->SetXY($cx - $r, $y);
            $pdf->Cell(2 * $r, $fs * 1.15, $ln, 0, 0, 'C');
            $y += $fs * 1.15;
        }
    },
    'spacing' => function ($pdf, $ls) { $pdf->setFontSpacing($ls); },
];
render($pdf, $spec, $api);
$pdf->Output($out, 'F');
