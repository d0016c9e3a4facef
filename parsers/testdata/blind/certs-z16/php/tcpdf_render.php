<?php
// Renders a z16 draw-list (JSON) with TCPDF core fonts, text placed on its baseline.
require_once('/usr/share/php/tcpdf/tcpdf.php');

function fontspec($name) {
    $map = array(
        'Times-Roman' => array('times', ''), 'Times-Bold' => array('times', 'B'),
        'Times-Italic' => array('times', 'I'), 'Times-BoldItalic' => array('times', 'BI'),
        'Helvetica' => array('helvetica', ''), 'Helvetica-Bold' => array('helvetica', 'B'),
        'Helvetica-Oblique' => array('helvetica', 'I'), 'Helvetica-BoldOblique' => array('helvetica', 'BI'),
        'Courier' => array('courier', ''));
    return $map[$name];
}
function rgb($c) { return array(round($c[0] * 255), round($c[1] * 255), round($c[2] * 255)); }

$d = json_decode(file_get_contents($argv[1]), true);
$W = $d['W']; $H = $d['H'];
$pdf = new TCPDF($W > $H ? 'L' : 'P', 'pt', array(min($W, $H), max($W, $H)), true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false, 0);
$pdf->SetMargins(0, 0, 0);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->setCellMargins(0, 0, 0, 0);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle('Certificate');
foreach ($d['pages'] as $ops) {
    $pdf->AddPage();
    foreach ($ops as $op) {
        switch ($op[0]) {
        case 'text':
            list(, $x, $y, $s, $font, $size, $col) = $op;
            $f = fontspec($font);
            $pdf->SetFont($f[0], $f[1], $size);
            $c = rgb($col); $pdf->SetTextColor($c[0], $c[1], $c[2]);
            $pdf->Text($x, $H - $y, $s, false, false, true, 0, 0, '', false, '', 0, false, 'L', 'M');
            break;
        case 'line':
            list(, $x1, $y1, $x2, $y2, $lw, $col) = $op;
            $pdf->Line($x1, $H - $y1, $x2, $H - $y2, array('width' => $lw, 'color' => rgb($col)));
            break;
        case 'rect':
            list(, $x, $y, $w, $h, $lw, $st, $fi) = $op;
            $style = ($fi ? 'F' : '') . ($st ? 'D' : '');
            $pdf->Rect($x, $H - $y - $h, $w, $h, $style,
                $st ? array('all' => array('width' => $lw, 'color' => rgb($st))) : array(),
                $fi ? rgb($fi) : array());
            break;
        case 'circle':
            list(, $cx, $cy, $r, $lw, $st, $fi) = $op;
            $style = ($fi ? 'F' : '') . ($st ? 'D' : '');
            $pdf->Circle($cx, $H - $cy, $r, 0, 360, $style,
                $st ? array('width' => $lw, 'color' => rgb($st)) : array(), $fi ? rgb($fi) : array());
            break;
        }
    }
}
$pdf->Output($d['out'], 'F');
