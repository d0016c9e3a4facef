<?php
// Renders a certificate spec (JSON written by engines.py) with FPDF or TCPDF.
// usage: php engine_php.php fpdf|tcpdf spec.json out.pdf
$lib = $argv[1];
$spec = json_decode(file_get_contents($argv[2]), true);
$out = $argv[3];

if ($lib == 'fpdf') {
    require '/usr/share/php/fpdf/fpdf.php';
    class Doc extends FPDF {
        function Circle($x, $y, $r, $angstr = 0, $angend = 360, $style = 'D') {
            // four Bezier arcs (k = 4/3*(sqrt(2)-1))
            $k = $this->k; $hp = $this->h; $lx = 0.5523 * $r;
            $this->_out(sprintf('%.2F %.2F m', ($x + $r) * $k, ($hp - $y) * $k));
            $this->arc($x + $r, $y - $lx, $x + $lx, $y - $r, $x, $y - $r);
            $this->arc($x - $lx, $y - $r, $x - $r, $y - $lx, $x - $r, $y);
            $this->arc($x - $r, $y + $lx, $x - $lx, $y + $r, $x, $y + $r);
            $this->arc($x + $lx, $y + $r, $x + $r, $y + $lx, $x + $r, $y);
            $this->_out('S');
        }
        function arc($x1, $y1, $x2, $y2, $x3, $y3) {
            $h = $this->h; $k = $this->k;
            $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', $x1 * $k, ($h - $y1) * $k,
                $x2 * $k, ($h - $y2) * $k, $x3 * $k, ($h - $y3) * $k));
        }
        function setSpacing($v) { /* FPDF has no character spacing: text is pre-spaced */ }
        function uni() { return false; }
    }
} else {
    require '/usr/share/php/tcpdf/tcpdf.php';
    class Doc extends TCPDF {
        function setSpacing($v) { $this->setFontSpacing($v); }
        function uni() { return true; }
    }
}

function tx($s) {
    global $lib;
    return $lib == 'fpdf' ? iconv('UTF-8', 'windows-1252//TRANSLIT', $s) : $s;
}
function hexrgb($h) {
    $h = ltrim($h, '#');
    return [hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2))];
}

$page = $spec['page'];
$land = isset($page['orient']) && $page['orient'] == 'landscape';
$W = $land ? 792.0 : 612.0; $H = $land ? 612.0 : 792.0;
$fam = isset($page['font']) ? $page['font'] : 'serif';
$acc = isset($page['accent']) ? $page['accent'] : '#333333';
$border = isset($page['border']) ? $page['border'] : null;
$footer = isset($page['footer']) ? $page['footer'] : null;
$seal = isset($page['seal']) ? $page['seal'] : null;
$inset = 24.0;
$m = $border ? 66.0 : 58.0;
$left = $m; $cw = $W - 2 * $m;
$top = $border ? 62.0 : 54.0;
$bottomLimit = $H - ($footer ? 58.0 : 44.0);

if ($lib == 'fpdf') {
    $FONTS = ['serif' => 'Times', 'sans' => 'Helvetica'];
    $pdf = new Doc($land ? 'L' : 'P', 'pt', [612, 792]);
} else {
    $FONTS = ['serif' => 'dejavuserifcondensed', 'sans' => 'dejavusanscondensed'];
    if (isset($page['tcpdf_core']) && $page['tcpdf_core']) $FONTS = ['serif' => 'times', 'sans' => 'helvetica'];
    $pdf = new Doc($land ? 'L' : 'P', 'pt', 'LETTER', true, 'UTF-8', false);
    $pdf->setPrintHeader(false);
    $pdf->setPrintFooter(false);
    $pdf->setCellPaddings(0, 0, 0, 0);
    $pdf->setCellHeightRatio(1.15);
}
$pdf->SetTitle(tx('Certificate ' . $spec['id']));
$pdf->SetCreator(tx($lib == 'fpdf' ? 'FPDF' : 'TCPDF'));
$pdf->SetAutoPageBreak(false);
$pdf->SetMargins(0, 0, 0);
$pageNo = 0;

function setfont($f, $b, $i, $size) {
    global $pdf, $FONTS, $fam;
    $st = ($b ? 'B' : '') . ($i ? 'I' : '');
    $pdf->SetFont($FONTS[$f ? $f : $fam], $st, $size);
}
function color($h) { global $pdf; $c = hexrgb($h); $pdf->SetTextColor($c[0], $c[1], $c[2]); }
function dcolor($h) { global $pdf; $c = hexrgb($h); $pdf->SetDrawColor($c[0], $c[1], $c[2]); }

function decorate() {
    global $pdf, $W, $H, $inset, $border, $acc, $footer, $seal, $pageNo, $FONTS;
    $i = $inset;
    dcolor($acc);
    if ($border == 'single') { $pdf->SetLineWidth(1.5); $pdf->Rect($i, $i, $W - 2 * $i, $H - 2 * $i); }
    elseif ($border == 'double') {
        $pdf->SetLineWidth(2.5); $pdf->Rect($i, $i, $W - 2 * $i, $H - 2 * $i);
        $pdf->SetLineWidth(0.8); $pdf->Rect($i + 6, $i + 6, $W - 2 * $i - 12, $H - 2 * $i - 12);
    } elseif ($border == 'thickthin') {
        $pdf->SetLineWidth(5); $pdf->Rect($i, $i, $W - 2 * $i, $H - 2 * $i);
        $pdf->SetLineWidth(0.6); $pdf->Rect($i + 9, $i + 9, $W - 2 * $i - 18, $H - 2 * $i - 18);
    } elseif ($border == 'frame') {
        dcolor('#888888'); $pdf->SetLineWidth(0.6); $pdf->Rect($i, $i, $W - 2 * $i, $H - 2 * $i);
    }
    if ($footer) {
        setfont('sans', false, false, 7.5); color('#555555');
        $pdf->SetXY(0, $border ? $H - $i - 22 : $H - 38);
        $pdf->Cell($W, 9, tx($footer), 0, 0, 'C');
    }
    if ($seal && $pageNo == 1) {
        $r = 40.0; $pos = isset($seal['pos']) ? $seal['pos'] : 'br';
        $cy = $H - ($border ? ($i + 16 + $r + 18) : (70 + $r));
        if ($pos == 'br') $cx = $W - $i - 30 - $r;
        elseif ($pos == 'bl') $cx = $i + 30 + $r;
        else { $cx = $W / 2; $cy = $H - ($border ? ($i + 26 + $r) : (60 + $r)); }
        dcolor($acc);
        $pdf->SetLineWidth(2.0); $pdf->Circle($cx, $cy, $r);
        $pdf->SetLineWidth(0.7); $pdf->Circle($cx, $cy, $r - 5);
        $n = count($seal['text']);
        foreach ($seal['text'] as $k => $s) {
            $sz = 12;
            setfont('serif', true, false, $sz); color($acc);
            while ($pdf->GetStringWidth(tx($s)) > 2 * ($r - 9)) { $sz -= 0.5; setfont('serif', true, false, $sz); }
            $yy = $cy - ($n - 1) * 6.5 + $k * 13 - $sz * 0.6;
            $pdf->SetXY($cx - 38, $yy);
            $pdf->Cell(76, $sz * 1.2, tx($s), 0, 0, 'C');
        }
    }
}

function newpage() {
    global $pdf, $land, $y, $top, $pageNo;
    $pdf->AddPage($land ? 'L' : 'P');
    $pageNo++;
    $y = $top;
    decorate();
}

function need() {
    global $y, $bottomLimit, $spec, $pageNo;
    if ($y > $bottomLimit) {
        fwrite(STDERR, sprintf("%s: overflow on page %d (y=%.1f > %.1f)\n", $spec['id'], $pageNo, $y, $bottomLimit));
        exit(3);
    }
}

newpage();
$AL = ['c' => 'C', 'l' => 'L', 'r' => 'R', 'j' => 'J'];
foreach ($spec['blocks'] as $b) {
    $t = $b['t'];
    if ($t == 'break') { newpage(); continue; }
    if ($t == 'space') { $y += $b['h']; continue; }
    if ($t == 'text') {
        $y += $b['before'];
        setfont(isset($b['font']) ? $b['font'] : null, $b['b'], $b['i'], $b['size']);
        color(isset($b['color']) && $b['color'] ? $b['color'] : '#111111');
        if (!empty($b['ls'])) $pdf->setSpacing($b['size'] * 0.2);
        $pdf->SetXY($left, $y);
        $pdf->MultiCell($cw, $b['size'] * 1.22, tx($b['text']), 0, $AL[$b['al']]);
        if (!empty($b['ls'])) $pdf->setSpacing(0);
        $y = $pdf->GetY();
        need();
        continue;
    }
    if ($t == 'rule') {
        $y += $b['before'];
        $w = $b['w'] * $cw;
        $x = (isset($b['al']) && $b['al'] == 'l') ? $left : $left + ($cw - $w) / 2;
        dcolor(isset($b['color']) && $b['color'] ? $b['color'] : '#666666');
        $pdf->SetLineWidth($b['thick']);
        $pdf->Line($x, $y, $x + $w, $y);
        $y += 2;
        continue;
    }
    if ($t == 'kv') {
        $y += $b['before'];
        $tw = $b['width'] * $cw;
        $x0 = $b['al'] == 'l' ? $left : $left + ($cw - $tw) / 2;
        $lw = $b['lw'] * $tw; $size = $b['size']; $lead = $size * 1.3;
        color('#111111');
        foreach ($b['rows'] as $row) {
            setfont(null, true, false, $size);
            $pdf->SetXY($x0, $y);
            $pdf->Cell($lw, $lead, tx($row[0]), 0, 0, 'L');
            setfont(null, false, false, $size);
            $pdf->SetXY($x0 + $lw, $y);
            $pdf->MultiCell($tw - $lw, $lead, tx($row[1]), 0, 'L');
            $y = $pdf->GetY() + 3;
        }
        need();
        continue;
    }
    if ($t == 'cols') {
        $y += $b['before'];
        $tw = $b['width'] * $cw;
        $x0 = $left + ($cw - $tw) / 2;
        $n = count($b['labels']);
        $ws = $b['widths'] ? $b['widths'] : array_fill(0, $n, 1.0 / $n);
        $al = $b['al'] == 'c' ? 'C' : 'L';
        $lsize = max(7.5, $b['size'] * 0.7);
        setfont('sans', true, false, $lsize); color('#555555');
        $x = $x0;
        foreach ($b['labels'] as $k => $lab) {
            $pdf->SetXY($x + 3, $y);
            $pdf->Cell($ws[$k] * $tw - 6, $lsize * 1.3, tx($b['caps'] ? strtoupper($lab) : $lab), 0, 0, $al);
            $x += $ws[$k] * $tw;
        }
        $y += $lsize * 1.3 + 2;
        dcolor('#999999'); $pdf->SetLineWidth(0.4);
        $pdf->Line($x0 + 4, $y, $x0 + $tw - 4, $y);
        $y += 3;
        setfont(null, true, false, $b['size']); color('#111111');
        $x = $x0; $low = $y;
        foreach ($b['values'] as $k => $val) {
            $pdf->SetXY($x + 3, $y);
            $pdf->MultiCell($ws[$k] * $tw - 6, $b['size'] * 1.25, tx($val), 0, $al);
            $low = max($low, $pdf->GetY());
            $x += $ws[$k] * $tw;
        }
        $y = $low + 2;
        need();
        continue;
    }
    if ($t == 'table') {
        $y += $b['before'];
        $tw = $b['width'] * $cw;
        $x0 = $left + ($cw - $tw) / 2;
        $n = count($b['header']);
        $ws = $b['widths'] ? $b['widths'] : array_fill(0, $n, 1.0 / $n);
        $rh = $b['size'] * 1.9;
        dcolor('#777777'); $pdf->SetLineWidth(0.6); $pdf->SetFillColor(232, 232, 232);
        color('#111111');
        $rows = array_merge([$b['header']], $b['rows']);
        foreach ($rows as $r => $row) {
            setfont('sans', $r == 0, false, $b['size']);
            $pdf->SetXY($x0, $y);
            foreach ($row as $k => $cell) {
                if ($lib == 'tcpdf') $pdf->setCellPaddings(4, 0, 4, 0);
                $pdf->Cell($ws[$k] * $tw, $rh, tx($cell), 1, 0, 'L', $r == 0);
            }
            if ($lib == 'tcpdf') $pdf->setCellPaddings(0, 0, 0, 0);
            $y += $rh;
        }
        need();
        continue;
    }
    if ($t == 'sigs') {
        $y += $b['before'];
        $n = count($b['sigs']);
        $tw = $b['width'] * $cw;
        $x0 = $b['al'] == 'l' ? $left : $left + ($cw - $tw) / 2;
        $size = $b['size'];
        $maxl = 1;
        foreach ($b['sigs'] as $k => $s) {
            $colw = $tw / $n;
            $lw = min($colw * 0.8, 210);
            $lx = $b['al'] == 'l' ? $x0 + $k * $colw : $x0 + $k * $colw + ($colw - $lw) / 2;
            dcolor('#333333'); $pdf->SetLineWidth(0.7);
            $pdf->Line($lx, $y, $lx + $lw, $y);
            $al = $b['al'] == 'l' ? 'L' : 'C';
            color('#111111');
            setfont(null, true, false, $size);
            $pdf->SetXY($lx, $y + 3);
            $pdf->Cell($lw, $size * 1.25, tx($s[0]), 0, 0, $al);
            setfont(null, false, true, $size);
            $tl = explode("\n", $s[1]);
            $maxl = max($maxl, count($tl));
            foreach ($tl as $j => $line) {
                $pdf->SetXY($lx, $y + 3 + ($j + 1) * $size * 1.25);
                $pdf->Cell($lw, $size * 1.25, tx($line), 0, 0, $al);
            }
        }
        $y += 3 + ($maxl + 1) * $size * 1.25;
        need();
        continue;
    }
}
if ($lib == 'fpdf') $pdf->Output('F', $out); else $pdf->Output($out, 'F');
