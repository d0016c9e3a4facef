<?php
// FPDF back end: draws positioned text/line/rect/circle ops (page coordinates
// in points, origin bottom-left as produced by engine.layout_ops) with FPDF.
// usage: php engine_fpdf.php spec.json out.pdf
require_once('/usr/share/php/fpdf/fpdf.php');

class CertPDF extends FPDF {
    function Circle($x, $y, $r, $style = 'D') {
        // four Bezier arcs (FPDF has no circle primitive)
        $k = $this->k; $hp = $this->h;
        $lx = 4 / 3 * (M_SQRT2 - 1) * $r;
        $op = ($style == 'F') ? 'f' : (($style == 'FD' || $style == 'DF') ? 'B' : 'S');
        $this->_out(sprintf('%.2F %.2F m', ($x + $r) * $k, ($hp - $y) * $k));
        $this->_arc($x + $r, $y - $lx, $x + $lx, $y - $r, $x, $y - $r);
        $this->_arc($x - $lx, $y - $r, $x - $r, $y - $lx, $x - $r, $y);
        $this->_arc($x - $r, $y + $lx, $x - $lx, $y + $r, $x, $y + $r);
        $this->_arc($x + $lx, $y + $r, $x + $r, $y + $lx, $x + $r, $y);
        $this->_out($op);
    }
    function _arc($x1, $y1, $x2, $y2, $x3, $y3) {
        $h = $this->h; $k = $this->k;
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', $x1 * $k, ($h - $y1) * $k, $x2 * $k, ($h - $y2) * $k,
            $x3 * $k, ($h - $y3) * $k));
    }
}

function rgb($hex) {
    $hex = ltrim($hex, '#');
    return array(hexdec(substr($hex, 0, 2)), hexdec(substr($hex, 2, 2)), hexdec(substr($hex, 4, 2)));
}
function enc($s) {
    $r = iconv('UTF-8', 'windows-1252//TRANSLIT', $s);
    if ($r === false) { fwrite(STDERR, "cannot encode: $s\n"); exit(2); }
    return $r;
}
function setfont($pdf, $name, $size) {
    $map = array(
        'Times-Roman' => array('Times', ''), 'Times-Bold' => array('Times', 'B'),
        'Times-Italic' => array('Times', 'I'), 'Times-BoldItalic' => array('Times', 'BI'),
        'Helvetica' => array('Helvetica', ''), 'Helvetica-Bold' => array('Helvetica', 'B'),
        'Helvetica-Oblique' => array('Helvetica', 'I'), 'Helvetica-BoldOblique' => array('Helvetica', 'BI'));
    $f = $map[$name];
    $pdf->SetFont($f[0], $f[1], $size);
}

$spec = json_decode(file_get_contents($argv[1]), true);
$W = $spec['W']; $H = $spec['H'];
$pdf = new CertPDF($W > $H ? 'L' : 'P', 'pt', array(min($W, $H), max($W, $H)));
$pdf->SetAutoPageBreak(false);
$pdf->SetMargins(0, 0, 0);
$pdf->SetTitle(enc($spec['title']));
$pdf->SetAuthor(enc($spec['author']));
$pdf->SetCreator('Certificate generator');

foreach ($spec['pages'] as $ops) {
    $pdf->AddPage();
    foreach ($ops as $o) {
        $op = $o['op'];
        if ($op == 'text' || $op == 'field') {
            setfont($pdf, $o['font'], $o['size']);
            list($r, $g, $b) = rgb($o['color']);
            $pdf->SetTextColor($r, $g, $b);
            $s = enc($o['s']);
            $w = $pdf->GetStringWidth($s);
            $x = $o['x'];
            if ($o['al'] == 'c') $x = $o['x'] + ($o['w'] - $w) / 2;
            elseif ($o['al'] == 'r') $x = $o['x'] + $o['w'] - $w;
            $pdf->Text($x, $H - $o['y'], $s);
        } elseif ($op == 'line') {
            list($r, $g, $b) = rgb($o['color']);
            $pdf->SetDrawColor($r, $g, $b);
            $pdf->SetLineWidth($o['lw']);
            $pdf->Line($o['x1'], $H - $o['y1'], $o['x2'], $H - $o['y2']);
        } elseif ($op == 'rect') {
            $style = '';
            if (!empty($o['fill'])) { list($r, $g, $b) = rgb($o['fill']); $pdf->SetFillColor($r, $g, $b); $style .= 'F'; }
            if ($o['lw']) { list($r, $g, $b) = rgb($o['color']); $pdf->SetDrawColor($r, $g, $b); $pdf->SetLineWidth($o['lw']); $style .= 'D'; }
            $pdf->Rect($o['x'], $H - $o['y'] - $o['h'], $o['w'], $o['h'], $style);
        } elseif ($op == 'circle') {
            list($r, $g, $b) = rgb($o['color']);
            $pdf->SetDrawColor($r, $g, $b);
            $pdf->SetLineWidth($o['lw']);
            $pdf->Circle($o['cx'], $H - $o['cy'], $o['r']);
        }
    }
}
$pdf->Output('F', $argv[2]);
