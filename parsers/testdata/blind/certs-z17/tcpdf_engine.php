<?php
// TCPDF engine for the z17 blind certificate set.
// usage: php tcpdf_engine.php spec.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

function rgb($h) { $h = ltrim($h, '#'); return array(hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2))); }
function esc($s) { return htmlspecialchars($s, ENT_QUOTES, 'UTF-8'); }

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$pg = $spec['page'];
$W = $spec['W']; $H = $spec['H']; $m = $spec['margin'];
$acc = rgb($pg['accent']);
$fam = ($pg['font'] == 'sans') ? 'dejavusans' : 'dejavuserif';

$pdf = new TCPDF($pg['orient'] == 'landscape' ? 'L' : 'P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false, 0);
$pdf->SetMargins(0, 0, 0);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->SetTitle('Certificate ' . $spec['id']);
$pdf->SetAuthor($spec['gold']['provider'][0]);
$pdf->SetCreator('TCPDF certificate generator');

function font_of($blk, $fam) {
    if (isset($blk['font']) && $blk['font']) return $blk['font'] == 'sans' ? 'dejavusans' : 'dejavuserif';
    return $fam;
}
function style_of($b, $i) { return ($b ? 'B' : '') . ($i ? 'I' : ''); }

function decorations($pdf, $pg, $W, $H, $acc, $pno, $npages) {
    $b = $pg['border'];
    $st = array('width' => 1, 'color' => $acc);
    if ($b == 'double') {
        $pdf->Rect(18, 18, $W - 36, $H - 36, 'D', array('all' => array('width' => 3.5, 'color' => $acc)));
        $pdf->Rect(26, 26, $W - 52, $H - 52, 'D', array('all' => array('width' => 0.9, 'color' => $acc)));
    } elseif ($b == 'thick') {
        $pdf->Rect(20, 20, $W - 40, $H - 40, 'D', array('all' => array('width' => 7, 'color' => $acc)));
    } elseif ($b == 'thin') {
        $pdf->Rect(24, 24, $W - 48, $H - 48, 'D', array('all' => array('width' => 1, 'color' => array(138, 138, 138))));
    } elseif ($b == 'rounded') {
        $pdf->RoundedRect(22, 22, $W - 44, $H - 44, 18, '1111', 'D', array('width' => 2.2, 'color' => $acc));
        $pdf->RoundedRect(30, 30, $W - 60, $H - 60, 12, '1111', 'D', array('width' => 0.5, 'color' => $acc));
    } elseif ($b == 'ornate') {
        $pdf->Rect(14, 14, $W - 28, $H - 28, 'D', array('all' => array('width' => 2.5, 'color' => $acc)));
        $pdf->Rect(22, 22, $W - 44, $H - 44, 'D', array('all' => array('width' => 0.6, 'color' => $acc)));
    }
    if (isset($pg['footer']) && $pg['footer']) {
        $t = $pg['footer'];
        if ($npages > 1) $t .= "   \u{00B7}   Page $pno of $npages";
        $pdf->SetFont('dejavusans', '', 7);
        $pdf->setFontSpacing(0);
        $pdf->SetTextColor(102, 102, 102);
        $pdf->MultiCell($W - 60, 10, $t, 0, 'C', false, 1, 30, $H - 42);
    }
}

function seal($pdf, $pg, $acc, $cx, $cy) {
    $pts = array();
    for ($j = 0; $j < 48; $j++) {
        $rr = ($j % 2 == 0) ? 47 : 42;
        $a = M_PI * $j / 24;
        $pts[] = $cx + $rr * cos($a); $pts[] = $cy + $rr * sin($a);
    }
    $pdf->Polygon($pts, 'D', array('all' => array('width' => 0.6, 'color' => $acc)));
    $pdf->Circle($cx, $cy, 40, 0, 360, 'D', array('width' => 2.2, 'color' => $acc));
    $pdf->Circle($cx, $cy, 35, 0, 360, 'D', array('width' => 0.7, 'color' => $acc));
    $pdf->SetTextColor($acc[0], $acc[1], $acc[2]);
    $n = count($pg['seal']);
    foreach ($pg['seal'] as $k => $s) {
        $size = $k == 0 ? 11 : 6;
        $pdf->SetFont('dejavuserif', 'B', $size);
        while ($pdf->GetStringWidth($s) > 62 && $size > 4) { $size -= 0.5; $pdf->SetFont('dejavuserif', 'B', $size); }
        $yy = $cy - ($n - 1) * 5.5 + $k * 11 - $size * 0.65;
        $pdf->MultiCell(70, $size * 1.2, $s, 0, 'C', false, 1, $cx - 35, $yy);
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
        $pdf->setFontSpacing(0);
        if ($t == 'gap') { $y += $blk['h']; }
        elseif ($t == 'text') {
            $c = isset($blk['color']) && $blk['color'] ? rgb($blk['color']) : array(17, 17, 17);
            $pdf->SetTextColor($c[0], $c[1], $c[2]);
            $pdf->SetFont($f, style_of($blk['b'], $blk['i']), $blk['size']);
            $pdf->setFontSpacing($blk['sp'] ? $blk['sp'] : 0);
            $w = $cw * ($blk['w'] ? $blk['w'] : 1.0);
            $x = ($blk['al'] == 'c' || $blk['al'] == 'j') ? $left + ($cw - $w) / 2 : $left;
            $al = $blk['al'] == 'c' ? 'C' : ($blk['al'] == 'j' ? 'J' : ($blk['al'] == 'r' ? 'R' : 'L'));
            $pdf->setCellHeightRatio(1.15);
            $pdf->MultiCell($w, 0, $blk['s'], 0, $al, false, 1, $x, $y);
            $y = $pdf->GetY() + $blk['gap'];
        } elseif ($t == 'rule') {
            $c = rgb($blk['color'] ? $blk['color'] : '#444444');
            $ln = $cw * $blk['frac'];
            $pdf->Line($W / 2 - $ln / 2, $y + 2, $W / 2 + $ln / 2, $y + 2, array('width' => $blk['width'], 'color' => $c));
            $y += 2 + $blk['width'] + $blk['gap'];
        } elseif ($t == 'cols') {
            // labels above values, as a borderless HTML table with an underline under each value
            $n = count($blk['items']);
            $tw = $cw * ($blk['al'] == 'c' ? 0.92 : 1.0);
            $al = $blk['al'] == 'c' ? 'center' : 'left';
            $ls = max(7.5, $blk['size'] * 0.72);
            $h = '<table cellpadding="2" cellspacing="6"><tr>';
            foreach ($blk['items'] as $k => $it) $h .= '<td width="' . round($blk['cw'][$k] * 100, 1) . '%" align="' . $al . '" style="font-size:' . $ls . 'pt;color:#555555;"><i>' . esc($it[0]) . '</i></td>';
            $h .= '</tr><tr>';
            foreach ($blk['items'] as $it) $h .= '<td align="' . $al . '" style="font-size:' . $blk['size'] . 'pt;border-bottom:0.5pt solid #999999;"><b>' . esc($it[1]) . '</b></td>';
            $h .= '</tr></table>';
            $pdf->SetFont($f, '', $blk['size']);
            $pdf->SetTextColor(17, 17, 17);
            $pdf->writeHTMLCell($tw, 0, $W / 2 - $tw / 2, $y, $h, 0, 1, false, true, 'L');
            $y = $pdf->GetY() + $blk['gap'] - 4;
        } elseif ($t == 'kv') {
            $tw = $cw * ($blk['w'] ? $blk['w'] : 1.0);
            $x0 = $blk['w'] ? $W / 2 - $tw / 2 : $left;
            $lw = $tw * $blk['lw'];
            foreach ($blk['items'] as $it) {
                $pdf->SetTextColor(85, 85, 85); $pdf->SetFont($f, 'B', $blk['size']);
                $pdf->MultiCell($lw - 4, 0, $it[0] . ':', 0, 'L', false, 1, $x0, $y);
                $y1 = $pdf->GetY();
                $pdf->SetTextColor(17, 17, 17); $pdf->SetFont($f, '', $blk['size']);
                $pdf->MultiCell($tw - $lw, 0, $it[1], 0, 'L', false, 1, $x0 + $lw, $y);
                $y = max($y1, $pdf->GetY()) + $blk['size'] * 0.45;
            }
            $y += $blk['gap'];
        } elseif ($t == 'table') {
            $tw = $cw * ($blk['frac'] ? $blk['frac'] : 0.9);
            $n = count($blk['head']);
            $ws = $blk['w'] ? $blk['w'] : array_fill(0, $n, 1.0 / $n);
            $h = '<table border="0.6" cellpadding="5" style="border-color:#7a7a7a;"><tr style="background-color:#e6ebf1;">';
            foreach ($blk['head'] as $k => $c) $h .= '<th width="' . round($ws[$k] * 100, 1) . '%"><b>' . esc($c) . '</b></th>';
            $h .= '</tr>';
            foreach ($blk['rows'] as $r) {
                $h .= '<tr>';
                foreach ($r as $k => $c) $h .= '<td width="' . round($ws[$k] * 100, 1) . '%">' . esc($c) . '</td>';
                $h .= '</tr>';
            }
            $h .= '</table>';
            $pdf->SetFont($f, '', $blk['size']);
            $pdf->SetTextColor(17, 17, 17);
            $pdf->writeHTMLCell($tw, 0, $W / 2 - $tw / 2, $y, $h, 0, 1, false, true, 'L');
            $y = $pdf->GetY() + $blk['gap'];
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
            $pdf->Line($x, $sy, $x + $sw, $sy, array('width' => 0.7, 'color' => array(51, 51, 51)));
            $pdf->SetTextColor(17, 17, 17); $pdf->SetFont($fam, 'B', 8.5);
            $pdf->MultiCell($sw, 0, $it[0], 0, $al, false, 1, $x, $sy + 3);
            $pdf->SetTextColor(51, 51, 51); $pdf->SetFont($fam, 'I', 7.5);
            $pdf->MultiCell($sw, 0, $it[1], 0, $al, false, 1, $x, $pdf->GetY() + 1);
        }
        $y = $sy + 26;
    }
    if ($hasSeal) {
        if (count($sigs) && count($sigs[0]['items']) == 2) seal($pdf, $pg, $acc, $W / 2, $sy);
        else seal($pdf, $pg, $acc, $left + $cw * 0.22, $sy);
    }
    if ($y > $H - 40) { fwrite(STDERR, "overflow on page " . ($pi + 1) . " y=$y\n"); exit(2); }
}
$pdf->Output($out, 'F');
