<?php
// Renders a certificate spec (HTML per page + decoration) with TCPDF writeHTML.
// usage: php tcpdf_engine.php spec.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');
class CertTCPDF extends TCPDF {
    public function __construct($o, $u, $f, $uni, $enc, $dc) { parent::__construct($o, $u, $f, $uni, $enc, $dc); $this->tcpdflink = false; }
}
$spec = json_decode(file_get_contents($argv[1]), true);
$pdf = new CertTCPDF($spec['orient'], 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetCreator($spec['meta']['creator']);
$pdf->SetAuthor($spec['meta']['author']);
$pdf->SetTitle($spec['meta']['title']);
$m = $spec['margin'];
$pdf->SetMargins($m, $m + $spec['top'], $m);
$pdf->SetAutoPageBreak(false, 0);
$pdf->setCellHeightRatio(1.2);
$tagvs = array('div' => array(0 => array('h' => 0, 'n' => 0), 1 => array('h' => 0, 'n' => 0)),
               'table' => array(0 => array('h' => 0, 'n' => 0), 1 => array('h' => 0, 'n' => 0)),
               'hr' => array(0 => array('h' => 0, 'n' => 0), 1 => array('h' => 0, 'n' => 0)));
$pdf->setHtmlVSpace($tagvs);
$W = $spec['W']; $H = $spec['H']; $a = $spec['accent'];
foreach ($spec['pages'] as $pi => $html) {
    $pdf->AddPage();
    $bd = $spec['border'];
    if ($bd == 'double' || $bd == 'ornate') {
        $pdf->SetLineStyle(array('width' => 3.5, 'color' => $a));
        $pdf->Rect(18, 18, $W - 36, $H - 36, 'D');
        $pdf->SetLineStyle(array('width' => 0.8, 'color' => $a));
        $pdf->Rect(26, 26, $W - 52, $H - 52, 'D');
        if ($bd == 'ornate') {
            $pdf->SetFillColor($a[0], $a[1], $a[2]);
            foreach (array(array(26, 26), array($W - 26, 26), array(26, $H - 26), array($W - 26, $H - 26)) as $p)
                $pdf->Rect($p[0] - 7, $p[1] - 7, 14, 14, 'F');
        }
    } elseif ($bd == 'single' || $bd == 'thin') {
        $pdf->SetLineStyle(array('width' => $bd == 'single' ? 2.2 : 0.8, 'color' => $a));
        $pdf->Rect(24, 24, $W - 48, $H - 48, 'D');
    } elseif ($bd == 'band') {
        $pdf->SetFillColor($a[0], $a[1], $a[2]);
        $pdf->Rect(0, 0, $W, 18, 'F');
        $pdf->Rect(0, $H - 10, $W, 10, 'F');
    }
    $pdf->SetLineStyle(array('width' => 0.5, 'color' => array(0, 0, 0)));
    $pdf->SetTextColor(0, 0, 0);
    $pdf->SetXY($m, $m + $spec['top']);
    $pdf->writeHTML($html, true, false, true, false, '');
    foreach ($spec['foots'][$pi] as $f) {
        $n = count($f['lines']);
        $pdf->SetFont($spec['sans'], '', $f['size']);
        $pdf->SetTextColor(89, 89, 89);
        foreach ($f['lines'] as $i => $ln) {
            $y = $H - ($f['y'] + ($n - 1 - $i) * $f['size'] * 1.3) - $f['size'] * 0.9;
            $pdf->SetXY($m, $y);
            $pdf->Cell($W - 2 * $m, $f['size'] * 1.2, $ln, 0, 0, $f['align'] == 'left' ? 'L' : 'C', false, '', 0, false, 'T', 'T');
        }
    }
    if ($pi == 0 && $spec['seal']) {
        $s = $spec['seal']; $r = isset($s['r']) ? $s['r'] : 40;
        $pos = isset($s['pos']) ? $s['pos'] : 'br';
        if (is_array($pos)) { $cx = $pos[0]; $cy = $H - $pos[1]; }
        elseif ($pos == 'br') { $cx = $W - $m - 20; $cy = $H - ($m + 38); }
        else { $cx = $m + 20; $cy = $H - ($m + 38); }
        $pdf->SetFillColor($a[0], $a[1], $a[2]);
        $pdf->Circle($cx, $cy, $r, 0, 360, 'F', array(), $a);
        $pdf->SetLineStyle(array('width' => 0.9, 'color' => array(255, 255, 255)));
        $pdf->Circle($cx, $cy, $r - 5, 0, 360, 'D');
        $pdf->SetTextColor(255, 255, 255);
        $n = count($s['lines']);
        foreach ($s['lines'] as $i => $ln) {
            $size = ($i == intdiv($n, 2)) ? 11 : 8;
            $pdf->SetFont($spec['sans'], 'B', $size);
            $yb = $cy - ($n / 2.0 - $i - 0.8) * 11;   // baseline in top-down coords
            $pdf->SetXY($cx - $r, $yb - $size * 0.95);
            $pdf->Cell(2 * $r, $size * 1.2, $ln, 0, 0, 'C', false, '', 0, false, 'T', 'T');
        }
    }
}
$pdf->Output($argv[2], 'F');
