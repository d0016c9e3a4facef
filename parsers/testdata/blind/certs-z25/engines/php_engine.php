<?php
// FPDF / TCPDF producer: reads a certificate description (JSON written by
// build.py from certdata.py) and lays it out with Cell/MultiCell.
// usage: php php_engine.php fpdf|tcpdf cert.json out.pdf
$lib = $argv[1];
$cert = json_decode(file_get_contents($argv[2]), true);
$out = $argv[3];
$P = $cert['page'];

if ($lib == 'fpdf') {
    require('/usr/share/php/fpdf/fpdf.php');
    class PDFX extends FPDF {
        function Pad0() { $this->cMargin = 0; }
        function Bez($pts, $op) {  // points already in pt, top-left origin
            $h = $this->h;
            $s = sprintf('%.2F %.2F m ', $pts[0], $h - $pts[1]);
            for ($i = 2; $i < count($pts); $i += 6)
                $s .= sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c ', $pts[$i], $h - $pts[$i+1],
                              $pts[$i+2], $h - $pts[$i+3], $pts[$i+4], $h - $pts[$i+5]);
            $this->_out($s . $op);
        }
        function CircleD($x, $y, $r) {
            $l = 4 / 3 * (M_SQRT2 - 1) * $r;
            $this->Bez(array($x + $r, $y,
                $x + $r, $y - $l, $x + $l, $y - $r, $x, $y - $r,
                $x - $l, $y - $r, $x - $r, $y - $l, $x - $r, $y,
                $x - $r, $y + $l, $x - $l, $y + $r, $x, $y + $r,
                $x + $l, $y + $r, $x + $r, $y + $l, $x + $r, $y), 'S');
        }
        function CurveD($a) { $this->Bez($a, 'S'); }
    }
    $pdf = new PDFX($P['orient'], 'pt', 'Letter');
    $pdf->Pad0();
    $FAM = array('serif' => 'Times', 'sans' => 'Helvetica');
    function T8($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
} else {
    require('/usr/share/php/tcpdf/tcpdf.php');
    $pdf = new TCPDF($P['orient'], 'pt', 'LETTER', true, 'UTF-8', false);
    $pdf->setPrintHeader(false);
    $pdf->setPrintFooter(false);
    $pdf->setCellPaddings(0, 0, 0, 0);
    $pdf->setCellHeightRatio(1.2);
    $FAM = array('serif' => 'dejavuserif', 'sans' => 'dejavusans');
    function T8($s) { return $s; }
}
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle(T8($cert['meta_title']));
$pdf->SetAuthor(T8($cert['meta_author']));
$pdf->SetCreator($lib == 'fpdf' ? 'FPDF ' . FPDF_VERSION : 'TCPDF');

function rgb($h) { $h = ltrim($h, '#'); return array(hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2))); }
$ACC = rgb($P['accent']);
$fam = $FAM[$P['font']] ?? $FAM['serif'];

function setfont($b, $i, $size, $f = null) {
    global $pdf, $fam, $FAM;
    $st = ($b ? 'B' : '') . ($i ? 'I' : '');
    $pdf->SetFont($f ? $FAM[$f] : $fam, $st, $size);
}
function color($c) {
    global $pdf, $ACC;
    if ($c === null) { $pdf->SetTextColor(0, 0, 0); return; }
    $v = ($c == 'accent') ? $ACC : rgb($c);
    $pdf->SetTextColor($v[0], $v[1], $v[2]);
}
function spaced($s) {
    $words = explode(' ', $s);
    $o = array();
    foreach ($words as $w) $o[] = implode(' ', preg_split('//u', $w, -1, PREG_SPLIT_NO_EMPTY));
    return implode('   ', $o);
}
// number of lines a MultiCell of width $w will use (same greedy rule as MultiCell)
function nblines($w, $txt) {
    global $pdf;
    $n = 0;
    foreach (explode("\n", $txt) as $para) {
        $words = explode(' ', $para);
        $cur = '';
        $n++;
        foreach ($words as $wd) {
            $t = ($cur === '') ? $wd : $cur . ' ' . $wd;
            if ($pdf->GetStringWidth(T8($t)) <= $w || $cur === '') { $cur = $t; }
            else { $n++; $cur = $wd; }
        }
    }
    return $n;
}

$m = $P['margin'];
$pad = $P['border'] ? $P['pad'] : 0;
$PW = ($P['orient'] == 'L') ? 792 : 612;
$PH = ($P['orient'] == 'L') ? 612 : 792;
$x0 = $m + $pad; $cw = $PW - 2 * ($m + $pad);
$pageno = 0;

function newpage() {
    global $pdf, $P, $ACC, $m, $pad, $PW, $PH, $x0, $cw, $y, $pageno, $lib, $fam;
    $pdf->AddPage();
    $pageno++;
    $y = $m + $pad;
    $pdf->SetDrawColor($ACC[0], $ACC[1], $ACC[2]);
    $b = $P['border'];
    if ($b == 'single') { $pdf->SetLineWidth(1.5); $pdf->Rect($m, $m, $PW - 2*$m, $PH - 2*$m); }
    if ($b == 'double') { $pdf->SetLineWidth(3); $pdf->Rect($m, $m, $PW - 2*$m, $PH - 2*$m);
                          $pdf->SetLineWidth(0.8); $pdf->Rect($m+7, $m+7, $PW - 2*$m - 14, $PH - 2*$m - 14); }
    if ($b == 'thick')  { $pdf->SetLineWidth(9); $pdf->Rect($m, $m, $PW - 2*$m, $PH - 2*$m);
                          $pdf->SetLineWidth(0.6); $pdf->Rect($m+10, $m+10, $PW - 2*$m - 20, $PH - 2*$m - 20); }
    if ($b == 'corners') {
        foreach (array(array($m, $m, 1, 1), array($PW-$m, $m, -1, 1), array($m, $PH-$m, 1, -1), array($PW-$m, $PH-$m, -1, -1)) as $c) {
            $pdf->SetLineWidth(2.5);
            $pdf->Line($c[0], $c[1], $c[0] + $c[2]*46, $c[1]);
            $pdf->Line($c[0], $c[1], $c[0], $c[1] + $c[3]*46);
        }
    }
    if ($P['topbar']) { $pdf->SetFillColor($ACC[0], $ACC[1], $ACC[2]); $pdf->Rect(0, 0, $PW, 18, 'F'); }
    if ($P['footer']) {
        setfont(false, false, 7.5);
        $pdf->SetTextColor(90, 90, 90);
        $pdf->SetXY($x0, $b ? $PH - $m - 20 : $PH - $m + 6);
        $pdf->Cell($cw, 9, T8($P['footer']), 0, 0, 'C');
    }
    if ($P['seal'] && $pageno == 1) {
        $r = 44;
        $pos = $P['seal_pos'];
        $cx = ($pos == 'BR') ? $PW - $m - $pad - $r - 6 : (($pos == 'BC') ? $PW / 2 : $m + $pad + $r + 6);
        $cy = $PH - $m - $pad - $r - 4;
        $pdf->SetLineWidth(2.2);
        if ($lib == 'fpdf') $pdf->CircleD($cx, $cy, $r); else $pdf->Circle($cx, $cy, $r);
        $pdf->SetLineWidth(0.7);
        if ($lib == 'fpdf') $pdf->CircleD($cx, $cy, $r - 5); else $pdf->Circle($cx, $cy, $r - 5);
        $n = count($P['seal']);
        $pdf->SetTextColor($ACC[0], $ACC[1], $ACC[2]);
        foreach ($P['seal'] as $j => $s) {
            setfont(true, false, $j == 0 ? 9 : 7.5);
            $pdf->SetXY($cx - $r, $cy - ($n - 1) * 5.5 + $j * 11 - 5);
            $pdf->Cell(2 * $r, 10, T8($s), 0, 0, 'C');
        }
    }
    $pdf->SetTextColor(0, 0, 0);
    $pdf->SetDrawColor(0, 0, 0);
}

newpage();
foreach ($cert['elements'] as $e) {
    $k = $e['k'];
    if ($k == 'T') {
        setfont($e['b'], $e['i'], $e['size'], $e['font']);
        color($e['color']);
        $txt = $e['text'];
        if ($e['ls'] && $lib == 'fpdf') $txt = spaced($txt);
        if ($e['ls'] && $lib == 'tcpdf') $pdf->setFontSpacing($e['ls']);
        $y += $e['sb'];
        $pdf->SetXY($x0, $y);
        $pdf->MultiCell($cw, $e['size'] * 1.22, T8($txt), 0, $e['align']);
        if ($lib == 'tcpdf') $pdf->setFontSpacing(0);
        $y = $pdf->GetY();
        color(null);
    } elseif ($k == 'KV') {
        $sz = $e['size']; $lh = $sz * 1.25;
        if ($e['align'] == 'C') { $bx = $x0 + $cw * 0.11; $bw = $cw * 0.78; } else { $bx = $x0; $bw = $cw; }
        $lw = $e['lw'] * $bw; $vw = $bw - $lw - 8;
        $y += $e['sb'];
        foreach ($e['rows'] as $r) {
            $y += $e['gap'];
            setfont($e['lb'], false, $sz);
            $pdf->SetTextColor(50, 50, 50);
            $pdf->SetXY($bx, $y);
            $pdf->Cell($lw, $lh, T8($r[0]), 0, 0, 'L');
            setfont(false, false, $sz);
            $pdf->SetTextColor(0, 0, 0);
            $pdf->SetXY($bx + $lw + 8, $y);
            $pdf->MultiCell($vw, $lh, T8($r[1]), 0, 'L');
            $y = $pdf->GetY();
            if ($e['rule']) { $pdf->SetDrawColor(180, 180, 180); $pdf->SetLineWidth(0.4); $pdf->Line($bx, $y + 1, $bx + $bw, $y + 1); $y += 2; }
        }
    } elseif ($k == 'COLS') {
        $y += $e['sb'];
        $xs = array($x0);
        foreach ($e['widths'] as $w) $xs[] = end($xs) + $w * $cw;
        setfont(false, false, $e['lsize']);
        $pdf->SetTextColor(95, 95, 95);
        foreach ($e['labels'] as $j => $l) {
            $pdf->SetXY($xs[$j] + 4, $y);
            $pdf->Cell($xs[$j+1] - $xs[$j] - 8, $e['lsize'] * 1.3, T8($l), 0, 0, $e['align']);
        }
        $y += $e['lsize'] * 1.45;
        $pdf->SetTextColor(0, 0, 0);
        setfont($e['vb'], false, $e['size']);
        $ymax = $y;
        foreach ($e['values'] as $j => $v) {
            $pdf->SetXY($xs[$j] + 4, $y);
            $pdf->MultiCell($xs[$j+1] - $xs[$j] - 8, $e['size'] * 1.25, T8($v), 0, $e['align']);
            $ymax = max($ymax, $pdf->GetY());
        }
        if ($e['rule']) {
            $pdf->SetDrawColor(120, 120, 120); $pdf->SetLineWidth(0.6);
            foreach ($e['values'] as $j => $v) $pdf->Line($xs[$j] + 4, $ymax + 1, $xs[$j+1] - 4, $ymax + 1);
            $ymax += 3;
        }
        $y = $ymax;
    } elseif ($k == 'TABLE') {
        $y += $e['sb'];
        $xs = array($x0);
        foreach ($e['widths'] as $w) $xs[] = end($xs) + $w * $cw;
        $rows = array_merge(array($e['header']), $e['rows']);
        $lh = $e['size'] * 1.2;
        $pdf->SetDrawColor(136, 136, 136); $pdf->SetLineWidth(0.6);
        foreach ($rows as $ri => $row) {
            setfont($ri == 0, false, $e['size']);
            $n = 1;
            foreach ($row as $j => $c) $n = max($n, nblines($xs[$j+1] - $xs[$j] - 8, $c));
            $h = $n * $lh + 7;
            foreach ($row as $j => $c) {
                if ($ri == 0 && $e['shade']) { $pdf->SetFillColor(230, 232, 239); $pdf->Rect($xs[$j], $y, $xs[$j+1] - $xs[$j], $h, 'DF'); }
                else $pdf->Rect($xs[$j], $y, $xs[$j+1] - $xs[$j], $h);
                $pdf->SetXY($xs[$j] + 4, $y + 3.5);
                $pdf->MultiCell($xs[$j+1] - $xs[$j] - 8, $lh, T8($c), 0, $e['align'][$j]);
            }
            $y += $h;
        }
    } elseif ($k == 'SIGS') {
        $n = count($e['sigs']);
        $slot = $cw / $n; $bw = min($slot * 0.82, 230);
        $y += $e['sb'];
        $ymax = $y;
        foreach ($e['sigs'] as $j => $s) {
            $cx = $x0 + $slot * $j + $slot / 2; $sx = $cx - $bw / 2;
            if ($e['scribble']) {
                $pdf->SetDrawColor(31, 41, 115); $pdf->SetLineWidth(1.1);
                $kk = (strlen($s[0]) % 5) * 4;
                $a = array($sx + 14, $y - 4, $sx + 40 + $kk, $y - 30, $sx + 60, $y + 6, $sx + 92 + $kk, $y - 14,
                           $sx + 110, $y - 24, $sx + 118, $y + 2, $sx + 150 - $kk, $y - 8);
                if ($lib == 'fpdf') $pdf->CurveD($a);
                else { $pdf->Curve($a[0], $a[1], $a[2], $a[3], $a[4], $a[5], $a[6], $a[7]);
                       $pdf->Curve($a[6], $a[7], $a[8], $a[9], $a[10], $a[11], $a[12], $a[13]); }
            }
            $pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.7);
            $pdf->Line($sx, $y, $sx + $bw, $y);
            $yy = $y + 3;
            foreach (array_merge(array($s[0]), $s[1]) as $q => $line) {
                $sz = $q == 0 ? $e['size'] : $e['size'] - 1;
                setfont($q == 0, $q > 0, $sz);
                $pdf->SetXY($sx - 20, $yy);
                $pdf->Cell($bw + 40, $sz * 1.25, T8($line), 0, 0, 'C');
                $yy += $sz * 1.25;
            }
            $ymax = max($ymax, $yy);
        }
        $y = $ymax;
    } elseif ($k == 'RULE') {
        $y += $e['sb'];
        $w = $e['w'] * $cw;
        $c = ($e['color'] === null || $e['color'] == 'accent') ? $ACC : rgb($e['color']);
        $pdf->SetDrawColor($c[0], $c[1], $c[2]); $pdf->SetLineWidth($e['thick']);
        $pdf->Line($x0 + ($cw - $w) / 2, $y, $x0 + ($cw + $w) / 2, $y);
        $y += 1;
    } elseif ($k == 'SP') {
        $y += $e['h'];
    } elseif ($k == 'BR') {
        newpage();
    }
    $limit = $PH - $m - $pad - ($P['footer'] ? 12 : 0);
    if ($y > $limit + 0.5) { fwrite(STDERR, "overflow: y=$y limit=$limit\n"); exit(2); }
}
if ($lib == 'fpdf') $pdf->Output('F', $out); else $pdf->Output($out, 'F');
