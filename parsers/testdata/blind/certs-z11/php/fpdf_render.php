<?php
// Renders an engine.py op list with FPDF 1.84 (core fonts, windows-1252).
require('/usr/share/php/fpdf/fpdf.php');

class CertPDF extends FPDF {
    function CharSpacing($cs) { $this->_out(sprintf('%.3F Tc', $cs * $this->k)); }
    function Ellipse($cx, $cy, $rx, $ry, $style) {
        $op = ($style == 'F') ? 'f' : (($style == 'FD' || $style == 'DF') ? 'B' : 'S');
        $lx = 4/3 * (M_SQRT2 - 1) * $rx; $ly = 4/3 * (M_SQRT2 - 1) * $ry;
        $k = $this->k; $h = $this->h;
        $this->_out(sprintf('%.2F %.2F m %.2F %.2F %.2F %.2F %.2F %.2F c',
            ($cx+$rx)*$k, ($h-$cy)*$k, ($cx+$rx)*$k, ($h-($cy-$ly))*$k, ($cx+$lx)*$k, ($h-($cy-$ry))*$k, $cx*$k, ($h-($cy-$ry))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c',
            ($cx-$lx)*$k, ($h-($cy-$ry))*$k, ($cx-$rx)*$k, ($h-($cy-$ly))*$k, ($cx-$rx)*$k, ($h-$cy)*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c',
            ($cx-$rx)*$k, ($h-($cy+$ly))*$k, ($cx-$lx)*$k, ($h-($cy+$ry))*$k, $cx*$k, ($h-($cy+$ry))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c %s',
            ($cx+$lx)*$k, ($h-($cy+$ry))*$k, ($cx+$rx)*$k, ($h-($cy+$ly))*$k, ($cx+$rx)*$k, ($h-$cy)*$k, $op));
    }
    function Poly($pts, $style) {
        $op = ($style == 'F') ? 'f' : (($style == 'FD' || $style == 'DF') ? 'b' : 's');
        $k = $this->k; $h = $this->h; $s = '';
        for ($i = 0; $i < count($pts); $i += 2) {
            $s .= sprintf('%.2F %.2F %s ', $pts[$i]*$k, ($h-$pts[$i+1])*$k, $i == 0 ? 'm' : 'l');
        }
        $this->_out($s . $op);
    }
}

function enc($s) { return iconv('UTF-8', 'windows-1252', $s); }

$data = json_decode(file_get_contents($argv[1]), true);
$pdf = new CertPDF('P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetMargins(0, 0, 0);
$pdf->SetTitle($data['meta']['title'], true);
$pdf->SetAuthor($data['meta']['author'], true);
$pdf->SetCreator('FPDF certificate generator', true);
$famap = array('sans' => 'Helvetica', 'serif' => 'Times', 'mono' => 'Courier');
foreach ($data['pages'] as $pg) {
    $w = $pg['w']; $h = $pg['h'];
    $pdf->AddPage($w > $h ? 'L' : 'P', array($w, $h));
    foreach ($pg['ops'] as $o) {
        switch ($o['op']) {
        case 'font':
            $pdf->SetFont($famap[$o['fam']], $o['style'], $o['size']); break;
        case 'fill':
            $c = $o['rgb'];
            $pdf->SetFillColor(round($c[0]*255), round($c[1]*255), round($c[2]*255));
            $pdf->SetTextColor(round($c[0]*255), round($c[1]*255), round($c[2]*255)); break;
        case 'stroke':
            $c = $o['rgb'];
            $pdf->SetDrawColor(round($c[0]*255), round($c[1]*255), round($c[2]*255));
            $pdf->SetLineWidth($o['lw']); break;
        case 'text':
            if ($o['cs']) $pdf->CharSpacing($o['cs']);
            $pdf->Text($o['x'], $o['y'], enc($o['s']));
            if ($o['cs']) $pdf->CharSpacing(0);
            break;
        case 'rect':
            $pdf->Rect($o['x'], $o['y'], $o['w'], $o['h'], $o['mode'] == 'S' ? 'D' : $o['mode']); break;
        case 'line':
            $pdf->Line($o['x1'], $o['y1'], $o['x2'], $o['y2']); break;
        case 'ellipse':
            $pdf->Ellipse($o['cx'], $o['cy'], $o['rx'], $o['ry'], $o['mode']); break;
        case 'poly':
            $pdf->Poly($o['pts'], $o['mode']); break;
        default:
            fwrite(STDERR, "unknown op " . $o['op'] . "\n"); exit(1);
        }
    }
}
$pdf->Output('F', $argv[2]);
