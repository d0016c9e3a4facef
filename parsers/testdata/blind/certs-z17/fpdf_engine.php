<?php
// FPDF engine for the z17 blind certificate set.
// usage: php fpdf_engine.php spec.json out.pdf
require_once('/usr/share/php/fpdf/fpdf.php');

class CertPDF extends FPDF {
    function Circle($x, $y, $r, $style = 'D') {
        $k = $this->k; $hp = $this->h;
        $op = ($style == 'F') ? 'f' : 'S';
        $ly = 4 / 3 * (M_SQRT2 - 1) * $r;
        $this->_out(sprintf('%.2F %.2F m', ($x + $r) * $k, ($hp - $y) * $k));
        $this->_arc($x + $r, $y - $ly, $x + $ly, $y - $r, $x, $y - $r);
        $this->_arc($x - $ly, $y - $r, $x - $r, $y - $ly, $x - $r, $y);
        $this->_arc($x - $r, $y + $ly, $x - $ly, $y + $r, $x, $y + $r);
        $this->_arc($x + $ly, $y + $r, $x + $r, $y + $ly, $x + $r, $y);
        $this->_out($op);
    }
    function _arc($x1, $y1, $x2, $y2, $x3, $y3) {
        $h = $this->h; $k = $this->k;
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', $x1 * $k, ($h - $y1) * $k, $x2 * $k, ($h - $y2) * $k, $x3 * $k, ($h - $y3) * $k));
    }
}

function enc($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function rgb($h) { $h = ltrim($h, '#'); return array(hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2))); }
function spaced($s) { $out = array(); foreach (explode(' ', $s) as $w) { $out[] = implode(' ', preg_split('//u', $w, -1, PREG_SPLIT_NO_EMPTY)); } return implode('   ', $out); }

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$pg = $spec['page'];
$W = $spec['W']; $H = $spec['H']; $m = $spec['margin'];
$acc = rgb($pg['accent']);
$fam = ($pg['font'] == 'sans') ? 'Arial' : 'Times';

$pdf = new CertPDF($pg['orient'] == 'landscape' ? 'L' : 'P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle(enc('Certificate ' . $spec['id']));
$pdf->SetAuthor(enc($spec['gold']['provider'][0]));
$pdf->SetCreator('FPDF certificate generator');

function font_of($blk, $fam) {
    if (isset($blk['font']) && $blk['font']) return $blk['font'] == 'sans' ? 'Arial' : 'Times';
    return $fam;
}
function style_of($b, $i) { return ($b ? 'B' : '') . ($i ? 'I' : ''); }

function decorations($pdf, $pg, $W, $H, $acc, $pno, $npages) {
    $b = $pg['border'];
    $pdf->SetDrawColor($acc[0], $acc[1], $acc[2]);
    if ($b == 'double') {
        $pdf->SetLineWidth(3.5); $pdf->Rect(18, 18, $W - 36, $H - 36);
        $pdf->SetLineWidth(0.9); $pdf->Rect(26, 26, $W - 52, $H - 52);
    } elseif ($b == 'thick') {
        $pdf->SetLineWidth(7); $pdf->Rect(20, 20, $W - 40, $H - 40);
    } elseif ($b == 'thin' || $b == 'rounded') {
        $pdf->SetDrawColor(138, 138, 138); $pdf->SetLineWidth(1); $pdf->Rect(24, 24, $W - 48, $H - 48);
    } elseif ($b == 'ornate') {
        $pdf->SetLineWidth(2.5); $pdf->Rect(14, 14, $W - 28, $H - 28);
        $pdf->SetLineWidth(0.6); $pdf->Rect(22, 22, $W - 44, $H - 44);
    }
    if (isset($pg['footer']) && $pg['footer']) {
        $t = $pg['footer'];
        if ($npages > 1) $t .= "   \u{00B7}   Page $pno of $npages";
        $pdf->SetFont('Arial', '', 7.5); $pdf->SetTextColor(102, 102, 102);
        $pdf->SetXY(30, $H - 42); $pdf->Cell($W - 60, 10, enc($t), 0, 0, 'C');
    }
}

function seal($pdf, $pg, $acc, $cx, $cy) {
    $pdf->SetDrawColor($acc[0], $acc[1], $acc[2]);
    $pdf->SetLineWidth(2.2); $pdf->Circle($cx, $cy, 40);
    $pdf->SetLineWidth(0.7); $pdf->Circle($cx, $cy, 35);
    $pdf->SetLineWidth(0.5); $pdf->Circle($cx, $cy, 46);
    $pdf->SetTextColor($acc[0], $acc[1], $acc[2]);
    $n = count($pg['seal']);
    foreach ($pg['seal'] as $k => $s) {
        $size = $k == 0 ? 11 : 6.5;
        $pdf->SetFont('Times', 'B', $size);
        while ($pdf->GetStringWidth(enc($s)) > 62 && $size > 4) { $size -= 0.5; $pdf->SetFont('Times', 'B', $size); }
        $yy = $cy - ($n - 1) * 5.5 + $k * 11 - $size * 0.6;
        $pdf->SetXY($cx - 35, $yy); $pdf->Cell(70, $size * 1.2, enc($s), 0, 0, 'C');
    }
}

$pages = array($spec['blocks']);
if (isset($spec['page2']) && $spec['page2']) $pages[] = $spec['page2'];
$npages = count($pages);
$left = $m; $cw = $W - 2 * $m;

foreach ($pages as $pi => $blocks) {
    $pdf->AddPage();
    decorations($pdf, $pg, $W, $H, $acc, $pi + 1, $npages);
    $y = $m - ($pg['border'] ? 8 : 14);
    $sigs = array();
    foreach ($blocks as $blk) {
        $t = $blk['t'];
        $f = font_of($blk, $fam);
        if ($t == 'gap') { $y += $blk['h']; }
        elseif ($t == 'text') {
            $c = isset($blk['color']) && $blk['color'] ? rgb($blk['color']) : array(17, 17, 17);
            $pdf->SetTextColor($c[0], $c[1], $c[2]);
            $pdf->SetFont($f, style_of($blk['b'], $blk['i']), $blk['size']);
            $w = $cw * ($blk['w'] ? $blk['w'] : 1.0);
            $x = ($blk['al'] == 'c' || $blk['al'] == 'j') ? $left + ($cw - $w) / 2 : $left;
            $s = $blk['sp'] ? spaced($blk['s']) : $blk['s'];
            $pdf->SetXY($x, $y);
            $pdf->MultiCell($w, $blk['size'] * 1.2, enc($s), 0, strtoupper($blk['al'] == 'c' ? 'C' : ($blk['al'] == 'j' ? 'J' : ($blk['al'] == 'r' ? 'R' : 'L'))));
            $y = $pdf->GetY() + $blk['gap'];
        } elseif ($t == 'rule') {
            $c = rgb($blk['color'] ? $blk['color'] : '#444444');
            $pdf->SetDrawColor($c[0], $c[1], $c[2]); $pdf->SetLineWidth($blk['width']);
            $ln = $cw * $blk['frac'];
            $pdf->Line($W / 2 - $ln / 2, $y + 2, $W / 2 + $ln / 2, $y + 2);
            $y += 2 + $blk['width'] + $blk['gap'];
        } elseif ($t == 'cols') {
            $n = count($blk['items']);
            $tw = $cw * ($blk['al'] == 'c' ? 0.92 : 1.0);
            $x0 = $W / 2 - $tw / 2;
            $xs = array(); $cws = array(); $acc_x = $x0;
            foreach ($blk['cw'] as $fr) { $xs[] = $acc_x; $cws[] = $tw * $fr; $acc_x += $tw * $fr; }
            $al = $blk['al'] == 'c' ? 'C' : 'L';
            $ls = max(7.5, $blk['size'] * 0.72);
            $pdf->SetTextColor(85, 85, 85);
            $pdf->SetFont($f, $blk['al'] == 'c' ? 'I' : 'B', $ls);
            foreach ($blk['items'] as $k => $it) {
                $pdf->SetXY($xs[$k], $y);
                $pdf->Cell($cws[$k], $ls * 1.3, enc($blk['al'] == 'l' ? strtoupper($it[0]) : $it[0]), 0, 0, $al);
            }
            $y += $ls * 1.3 + 3;
            $pdf->SetTextColor(17, 17, 17); $pdf->SetFont($f, 'B', $blk['size']);
            $pdf->SetDrawColor(153, 153, 153); $pdf->SetLineWidth(0.5);
            foreach ($blk['items'] as $k => $it) {
                $pdf->SetXY($xs[$k], $y);
                $pdf->Cell($cws[$k], $blk['size'] * 1.3, enc($it[1]), 0, 0, $al);
                $pdf->Line($xs[$k] + 10, $y + $blk['size'] * 1.35, $xs[$k] + $cws[$k] - 10, $y + $blk['size'] * 1.35);
            }
            $y += $blk['size'] * 1.3 + 6 + $blk['gap'];
        } elseif ($t == 'kv') {
            $tw = $cw * ($blk['w'] ? $blk['w'] : 1.0);
            $x0 = $blk['w'] ? $W / 2 - $tw / 2 : $left;
            $lw = $tw * $blk['lw'];
            foreach ($blk['items'] as $it) {
                $pdf->SetTextColor(85, 85, 85); $pdf->SetFont($f, 'B', $blk['size']);
                $pdf->SetXY($x0, $y); $pdf->MultiCell($lw - 4, $blk['size'] * 1.25, enc($it[0] . ':'), 0, 'L');
                $y1 = $pdf->GetY();
                $pdf->SetTextColor(17, 17, 17); $pdf->SetFont($f, '', $blk['size']);
                $pdf->SetXY($x0 + $lw, $y); $pdf->MultiCell($tw - $lw, $blk['size'] * 1.25, enc($it[1]), 0, 'L');
                $y = max($y1, $pdf->GetY()) + $blk['size'] * 0.45;
            }
            $y += $blk['gap'];
        } elseif ($t == 'table') {
            $tw = $cw * ($blk['frac'] ? $blk['frac'] : 0.9);
            $x0 = $W / 2 - $tw / 2;
            $n = count($blk['head']);
            $ws = $blk['w'] ? $blk['w'] : array_fill(0, $n, 1.0 / $n);
            $rh = $blk['size'] * 1.9;
            $pdf->SetDrawColor(122, 122, 122); $pdf->SetLineWidth(0.6); $pdf->SetFillColor(230, 235, 241);
            $pdf->SetTextColor(17, 17, 17);
            $pdf->SetFont($f, 'B', $blk['size']); $pdf->SetXY($x0, $y);
            foreach ($blk['head'] as $k => $h) $pdf->Cell($tw * $ws[$k], $rh, enc($h), 1, 0, 'L', true);
            $y += $rh;
            $pdf->SetFont($f, '', $blk['size']);
            foreach ($blk['rows'] as $r) {
                $pdf->SetXY($x0, $y);
                foreach ($r as $k => $c) $pdf->Cell($tw * $ws[$k], $rh, enc($c), 1, 0, 'L');
                $y += $rh;
            }
            $y += $blk['gap'];
        } elseif ($t == 'sigs') { $sigs[] = $blk; }
    }
    $hasSeal = isset($pg['seal']) && $pg['seal'] && $pi == 0;
    $sy = $H - 100;
    foreach ($sigs as $blk) {
        $n = count($blk['items']);
        if ($y + 40 > $sy - 10 || (isset($blk['anchor']) && $blk['anchor'] == 'flow')) $sy = $y + 40;
        $sw = min(210, $cw * 0.36);
        $xs = array();
        if ($blk['al'] == 'l') { for ($k = 0; $k < $n; $k++) $xs[] = $left + $k * ($sw + 40); }
        elseif ($hasSeal && $n == 2) { $xs = array($left + $cw * 0.22 - $sw / 2, $left + $cw * 0.78 - $sw / 2); }
        elseif ($hasSeal && $n == 1) { $xs = array($left + $cw * 0.68 - $sw / 2); }
        elseif ($n == 1) { $xs = array($W / 2 - $sw / 2); }
        else { for ($k = 0; $k < $n; $k++) $xs[] = $left + $cw * ($k + 0.5) / $n - $sw / 2; }
        $al = $blk['al'] == 'l' ? 'L' : 'C';
        foreach ($blk['items'] as $k => $it) {
            $x = $xs[$k];
            $pdf->SetDrawColor(51, 51, 51); $pdf->SetLineWidth(0.7);
            $pdf->Line($x, $sy, $x + $sw, $sy);
            $pdf->SetTextColor(17, 17, 17); $pdf->SetFont($fam, 'B', 9.5);
            $pdf->SetXY($x, $sy + 3); $pdf->Cell($sw, 11, enc($it[0]), 0, 0, $al);
            $pdf->SetTextColor(51, 51, 51); $pdf->SetFont($fam, 'I', 8.5);
            $pdf->SetXY($x, $sy + 14); $pdf->Cell($sw, 10, enc($it[1]), 0, 0, $al);
        }
        $y = $sy + 26;
    }
    if ($hasSeal) {
        if (count($sigs) && count($sigs[0]['items']) == 2) seal($pdf, $pg, $acc, $W / 2, $sy);
        else seal($pdf, $pg, $acc, $left + $cw * 0.22, $sy);
    }
    if ($y > $H - 40) { fwrite(STDERR, "overflow on page " . ($pi + 1) . " y=$y\n"); exit(2); }
}
$pdf->Output('F', $out);
