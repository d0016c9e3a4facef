<?php
// Renders a z16 draw-list (JSON) with FPDF core fonts (cp1252).
require('/usr/share/php/fpdf/fpdf.php');

class CertPDF extends FPDF {
    function Circle($x, $y, $r, $style = 'D') {
        // four Bezier arcs, y in FPDF top-left coordinates
        $k = $this->k; $hp = $this->h; $c = 0.5523 * $r;
        $op = ($style == 'F') ? 'f' : (($style == 'FD' || $style == 'DF') ? 'B' : 'S');
        $pts = function($a, $b) use ($k, $hp) { return sprintf('%.2F %.2F', $a * $k, ($hp - $b) * $k); };
        $s = $pts($x + $r, $y) . ' m ';
        $s .= $pts($x + $r, $y - $c) . ' ' . $pts($x + $c, $y - $r) . ' ' . $pts($x, $y - $r) . ' c ';
        $s .= $pts($x - $c, $y - $r) . ' ' . $pts($x - $r, $y - $c) . ' ' . $pts($x - $r, $y) . ' c ';
        $s .= $pts($x - $r, $y + $c) . ' ' . $pts($x - $c, $y + $r) . ' ' . $pts($x, $y + $r) . ' c ';
        $s .= $pts($x + $c, $y + $r) . ' ' . $pts($x + $r, $y + $c) . ' ' . $pts($x + $r, $y) . ' c ';
        $this->_out($s . $op);
    }
}

function fontspec($name) {
    $map = array(
        'Times-Roman' => array('Times', ''), 'Times-Bold' => array('Times', 'B'),
        'Times-Italic' => array('Times', 'I'), 'Times-BoldItalic' => array('Times', 'BI'),
        'Helvetica' => array('Helvetica', ''), 'Helvetica-Bold' => array('Helvetica', 'B'),
        'Helvetica-Oblique' => array('Helvetica', 'I'), 'Helvetica-BoldOblique' => array('Helvetica', 'BI'),
        'Courier' => array('Courier', ''));
    return $map[$name];
}
function rgb($c) { return array(round($c[0] * 255), round($c[1] * 255), round($c[2] * 255)); }

$d = json_decode(file_get_contents($argv[1]), true);
$W = $d['W']; $H = $d['H'];
$pdf = new CertPDF($W > $H ? 'L' : 'P', 'pt', array(min($W, $H), max($W, $H)));
$pdf->SetAutoPageBreak(false);
$pdf->SetCreator('FPDF');
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
            $pdf->Text($x, $H - $y, iconv('UTF-8', 'windows-1252', $s));
            break;
        case 'line':
            list(, $x1, $y1, $x2, $y2, $lw, $col) = $op;
            $c = rgb($col); $pdf->SetDrawColor($c[0], $c[1], $c[2]); $pdf->SetLineWidth($lw);
            $pdf->Line($x1, $H - $y1, $x2, $H - $y2);
            break;
        case 'rect':
        case 'circle':
            if ($op[0] == 'rect') { list(, $x, $y, $w, $h, $lw, $st, $fi) = $op; }
            else { list(, $cx, $cy, $r, $lw, $st, $fi) = $op; }
            $style = '';
            if ($fi) { $c = rgb($fi); $pdf->SetFillColor($c[0], $c[1], $c[2]); $style .= 'F'; }
            if ($st) { $c = rgb($st); $pdf->SetDrawColor($c[0], $c[1], $c[2]); $pdf->SetLineWidth($lw); $style .= 'D'; }
            if ($op[0] == 'rect') $pdf->Rect($x, $H - $y - $h, $w, $h, $style);
            else $pdf->Circle($cx, $H - $cy, $r, $style);
            break;
        }
    }
}
$pdf->Output('F', $d['out']);
