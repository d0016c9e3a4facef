<?php
// Renders a page-ops JSON (from engine_layout.to_fpdf_json) with FPDF core fonts.
// usage: php fpdf_engine.php spec.json out.pdf
require('/usr/share/php/fpdf/fpdf.php');

class CertPDF extends FPDF {
    function Circle($x, $y, $r, $style = 'D') {
        // four Bezier arcs; $x,$y in user units (top-left origin)
        $k = $this->k; $hp = $this->h; $c = 0.5523 * $r;
        $op = ($style == 'F') ? 'f' : 'S';
        $this->_out(sprintf('%.2F %.2F m', ($x + $r) * $k, ($hp - $y) * $k));
        $this->_arc($x + $r, $y - $c, $x + $c, $y - $r, $x, $y - $r);
        $this->_arc($x - $c, $y - $r, $x - $r, $y - $c, $x - $r, $y);
        $this->_arc($x - $r, $y + $c, $x - $c, $y + $r, $x, $y + $r);
        $this->_arc($x + $c, $y + $r, $x + $r, $y + $c, $x + $r, $y);
        $this->_out($op);
    }
    function _arc($x1, $y1, $x2, $y2, $x3, $y3) {
        $h = $this->h; $k = $this->k;
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', $x1 * $k, ($h - $y1) * $k,
            $x2 * $k, ($h - $y2) * $k, $x3 * $k, ($h - $y3) * $k));
    }
    function SpacedText($x, $y, $txt, $cs) {
        $s = sprintf('BT %.2F %.2F Td %.3F Tc (%s) Tj 0 Tc ET', $x * $this->k, ($this->h - $y) * $this->k, $cs, $this->_escape($txt));
        if ($this->ColorFlag) $s = 'q ' . $this->TextColor . ' ' . $s . ' Q';
        $this->_out($s);
    }
}

function enc($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function rgb($c) { return array(round($c[0] * 255), round($c[1] * 255), round($c[2] * 255)); }

$spec = json_decode(file_get_contents($argv[1]), true);
$H = $spec['H'];
$pdf = new CertPDF($spec['orient'], 'pt', array(612, 792));
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle(enc($spec['meta']['title']));
$pdf->SetAuthor(enc($spec['meta']['author']));
$pdf->SetCreator(enc($spec['meta']['creator']));
foreach ($spec['pages'] as $ops) {
    $pdf->AddPage();
    foreach ($ops as $op) {
        switch ($op['op']) {
        case 'text':
        case 'field':
            $c = rgb($op['color']);
            $pdf->SetTextColor($c[0], $c[1], $c[2]);
            $pdf->SetFont($op['family'], $op['style'], $op['size']);
            if (!empty($op['cs'])) $pdf->SpacedText($op['x'], $H - $op['y'], enc($op['s']), $op['cs']);
            else $pdf->Text($op['x'], $H - $op['y'], enc($op['s']));
            break;
        case 'line':
            $c = rgb($op['color']);
            $pdf->SetDrawColor($c[0], $c[1], $c[2]);
            $pdf->SetLineWidth($op['lw']);
            $pdf->Line($op['x1'], $H - $op['y1'], $op['x2'], $H - $op['y2']);
            break;
        case 'rect':
            if (!empty($op['fill'])) {
                $c = rgb($op['fill']);
                $pdf->SetFillColor($c[0], $c[1], $c[2]);
                $pdf->Rect($op['x'], $H - $op['y'] - $op['h'], $op['w'], $op['h'], 'F');
            } else {
                $c = rgb($op['color']);
                $pdf->SetDrawColor($c[0], $c[1], $c[2]);
                $pdf->SetLineWidth($op['lw']);
                $pdf->Rect($op['x'], $H - $op['y'] - $op['h'], $op['w'], $op['h'], 'D');
            }
            break;
        case 'circle':
            if (!empty($op['fill'])) {
                $c = rgb($op['fill']);
                $pdf->SetFillColor($c[0], $c[1], $c[2]);
                $pdf->Circle($op['x'], $H - $op['y'], $op['r'], 'F');
            } else {
                $c = rgb($op['color']);
                $pdf->SetDrawColor($c[0], $c[1], $c[2]);
                $pdf->SetLineWidth($op['lw']);
                $pdf->Circle($op['x'], $H - $op['y'], $op['r'], 'D');
            }
            break;
        }
    }
}
$pdf->Output('F', $argv[2]);
