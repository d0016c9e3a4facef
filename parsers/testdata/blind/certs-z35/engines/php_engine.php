<?php
// Certificate engine for FPDF and TCPDF.
// usage: php php_engine.php fpdf|tcpdf spec.json out.pdf
$lib = $argv[1];
$spec = json_decode(file_get_contents($argv[2]), true);
$out = $argv[3];

if ($lib === 'fpdf') {
    define('FPDF_FONTPATH', '/usr/share/php/fpdf/font/');
    require_once('/usr/share/php/fpdf/fpdf.php');
    class CertPDF extends FPDF {
        function Circ($x, $y, $r, $style = 'D') {
            $k = $this->k; $hp = $this->h;
            $op = ($style == 'F') ? 'f' : (($style == 'FD' || $style == 'DF') ? 'B' : 'S');
            $lx = 4 / 3 * (M_SQRT2 - 1) * $r; $ly = $lx;
            $this->_out(sprintf('%.2F %.2F m', ($x + $r) * $k, ($hp - $y) * $k));
            $this->_arc($x + $r, $y - $ly, $x + $lx, $y - $r, $x, $y - $r);
            $this->_arc($x - $lx, $y - $r, $x - $r, $y - $ly, $x - $r, $y);
            $this->_arc($x - $r, $y + $ly, $x - $lx, $y + $r, $x, $y + $r);
            $this->_arc($x + $lx, $y + $r, $x + $r, $y + $ly, $x + $r, $y);
            $this->_out($op);
        }
        function _arc($x1, $y1, $x2, $y2, $x3, $y3) {
            $h = $this->h;
            $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', $x1 * $this->k, ($h - $y1) * $this->k,
                $x2 * $this->k, ($h - $y2) * $this->k, $x3 * $this->k, ($h - $y3) * $this->k));
        }
    }
    function mk($orient) { $p = new CertPDF($orient, 'pt', 'Letter'); return $p; }
    function tx($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
    function fam($f) { return $f === 'sans' ? 'Helvetica' : 'Times'; }
    function circle($pdf, $x, $y, $r, $st) { $pdf->Circ($x, $y, $r, $st); }
} else {
    require_once('/usr/share/php/tcpdf/tcpdf.php');
    function mk($orient) {
        $p = new TCPDF($orient, 'pt', 'LETTER', true, 'UTF-8', false);
        $p->setPrintHeader(false); $p->setPrintFooter(false);
        $p->setCellHeightRatio(1.15);
        return $p;
    }
    function tx($s) { return $s; }
    function fam($f) { return $f === 'sans' ? 'dejavusans' : 'dejavuserif'; }
    function circle($pdf, $x, $y, $r, $st) { $pdf->Circle($x, $y, $r, 0, 360, $st); }
}

function rgb($h) { $h = ltrim($h ?: '#000000', '#'); return [hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2))]; }
function st($b, $i) { return ($b ? 'B' : '') . ($i ? 'I' : ''); }
function spaced($t) { $w = explode(' ', $t); $o = []; foreach ($w as $x) { $o[] = implode(' ', preg_split('//u', $x, -1, PREG_SPLIT_NO_EMPTY)); } return implode('   ', $o); }
function al($a) { return $a === 'left' ? 'L' : ($a === 'right' ? 'R' : 'C'); }

function decorations($pdf, $spec, $W, $H) {
    $pg = $spec['page'];
    $c = rgb($pg['bcolor'] ?? '#333333');
    $pdf->SetDrawColor($c[0], $c[1], $c[2]);
    $pdf->SetFillColor($c[0], $c[1], $c[2]);
    $b = $pg['border'] ?? null;
    if ($b === 'single') { $pdf->SetLineWidth(3); $pdf->Rect(24, 24, $W - 48, $H - 48); }
    elseif ($b === 'thin') { $pdf->SetLineWidth(1); $pdf->Rect(30, 30, $W - 60, $H - 60); }
    elseif ($b === 'double') { $pdf->SetLineWidth(4); $pdf->Rect(20, 20, $W - 40, $H - 40); $pdf->SetLineWidth(1); $pdf->Rect(30, 30, $W - 60, $H - 60); }
    elseif ($b === 'ornate') {
        $pdf->SetLineWidth(6); $pdf->Rect(18, 18, $W - 36, $H - 36); $pdf->SetLineWidth(1.5); $pdf->Rect(30, 30, $W - 60, $H - 60);
        foreach ([[18, 18], [$W - 42, 18], [18, $H - 42], [$W - 42, $H - 42]] as $p) { $pdf->Rect($p[0], $p[1], 24, 24, 'F'); }
    }
    if (!empty($pg['seal'])) {
        $s = $pg['seal']; $pos = $s['pos'] ?? 'br'; $r = $s['r'] ?? 42;
        $cx = ['bl' => 95, 'tl' => 95, 'br' => $W - 95, 'tr' => $W - 95, 'bc' => $W / 2][$pos];
        $cy = in_array($pos, ['bl', 'br', 'bc']) ? $H - 95 : 95;
        $sc = rgb($s['color'] ?? '#b08d2e');
        $pdf->SetFillColor($sc[0], $sc[1], $sc[2]); $pdf->SetDrawColor($sc[0], $sc[1], $sc[2]);
        circle($pdf, $cx, $cy, $r, 'F');
        $pdf->SetDrawColor(255, 255, 255); $pdf->SetLineWidth(1.2); circle($pdf, $cx, $cy, $r - 5, 'D');
        $pdf->SetLineWidth(0.6); circle($pdf, $cx, $cy, $r - 9, 'D');
        $lines = explode("\n", $s['text']); $n = count($lines);
        $pdf->SetTextColor(255, 255, 255);
        foreach ($lines as $k => $ln) {
            $sz = strlen($ln) > 8 ? 7.5 : 9;
            $pdf->SetFont(fam('sans'), 'B', $sz);
            $pdf->SetXY($cx - $r, $cy - ($n - 1) * 5 + $k * 10 - $sz / 2 - 1);
            $pdf->Cell(2 * $r, $sz + 2, tx($ln), 0, 0, 'C');
        }
        $pdf->SetTextColor(0, 0, 0);
    }
}

function render_blocks($pdf, $spec, $blocks, $y, $W) {
    global $lib;
    $pg = $spec['page'];
    $fam = $pg['family'] ?? 'serif';
    $m = $pg['margin'] ?? 72;
    $CW = $W - 2 * $m;
    $palign = $pg['align'] ?? 'center';
    foreach ($blocks as $b) {
        $t = $b['t'];
        $ff = fam($b['ff'] ?? null ?: $fam);
        $wf = $b['w'] ?? null ?: 1.0;
        $bw = $wf <= 1.0 ? $wf * $CW : $wf;
        $bl = $m + ($CW - $bw) / 2;
        $pdf->SetTextColor(0, 0, 0);
        if ($t === 'space') { $y += $b['h']; continue; }
        if ($t === 'rule') {
            $y += $b['sb']; $rw = $b['w'] * $CW; $c = rgb($b['color']);
            $pdf->SetDrawColor($c[0], $c[1], $c[2]); $pdf->SetLineWidth($b['width']);
            $pdf->Line($m + ($CW - $rw) / 2, $y, $m + ($CW + $rw) / 2, $y); continue;
        }
        if ($t === 'p') {
            $y += $b['sb'];
            $pdf->SetFont($ff, st($b['b'], $b['i']), $b['size']);
            $c = rgb($b['color']); $pdf->SetTextColor($c[0], $c[1], $c[2]);
            $text = $b['text'];
            if ($b['ls']) {
                if ($lib === 'tcpdf') { $pdf->setFontSpacing($b['ls']); } else { $text = spaced($text); }
            }
            $pdf->SetXY($bl, $y);
            $pdf->MultiCell($bw, $b['size'] * $b['lh'], tx($text), 0, al($b['al'] ?? null ?: $palign));
            if ($lib === 'tcpdf') { $pdf->setFontSpacing(0); }
            $y = $pdf->GetY();
            continue;
        }
        if ($t === 'kv') {
            $y += $b['sb'];
            foreach ($b['rows'] as $row) {
                $lc = rgb($b['lcolor']);
                $pdf->SetTextColor($lc[0], $lc[1], $lc[2]);
                $pdf->SetFont($ff, $b['lb'] ? 'B' : '', $b['lsize']);
                $pdf->SetXY($bl, $y);
                $pdf->Cell($b['lw'], $b['size'] * 1.3, tx($row[0]), 0, 0, 'L');
                $pdf->SetTextColor(0, 0, 0);
                $pdf->SetFont($ff, $b['vb'] ? 'B' : '', $b['size']);
                $pdf->SetXY($bl + $b['lw'], $y);
                $pdf->MultiCell($bw - $b['lw'], $b['size'] * 1.3, tx($row[1]), 0, 'L');
                $y = $pdf->GetY() + $b['gap'];
            }
            continue;
        }
        if ($t === 'cols') {
            $y += $b['sb'];
            $n = count($b['cols']);
            $widths = $b['widths'] ?? null ?: array_fill(0, $n, 1.0 / $n);
            $x = $bl; $lc = rgb($b['lcolor']);
            $pdf->SetFont($ff, '', $b['lsize']); $pdf->SetTextColor($lc[0], $lc[1], $lc[2]);
            $xs = [];
            foreach ($b['cols'] as $k => $col) {
                $cw = $widths[$k] * $bw; $xs[] = [$x, $cw];
                $pdf->SetXY($x + 4, $y); $pdf->Cell($cw - 8, $b['lsize'] * 1.3, tx($col[0]), 0, 0, al($b['al']));
                $x += $cw;
            }
            $pdf->SetTextColor(0, 0, 0);
            $vy = $y + $b['lsize'] * 1.3 + 2; $maxy = $vy;
            $pdf->SetFont($ff, $b['vb'] ? 'B' : '', $b['size']);
            foreach ($b['cols'] as $k => $col) {
                $pdf->SetXY($xs[$k][0] + 4, $vy);
                $pdf->MultiCell($xs[$k][1] - 8, $b['size'] * 1.25, tx($col[1]), 0, al($b['al']));
                $maxy = max($maxy, $pdf->GetY());
            }
            $y = $maxy + 3;
            if ($b['rule']) {
                $pdf->SetDrawColor(119, 119, 119); $pdf->SetLineWidth(0.6);
                foreach ($xs as $p) { $pdf->Line($p[0] + 4, $y, $p[0] + $p[1] - 4, $y); }
            }
            $y += 2;
            continue;
        }
        if ($t === 'table') {
            $y += $b['sb'];
            $n = count($b['header']);
            $widths = $b['widths'] ?? null ?: array_fill(0, $n, 1.0 / $n);
            $rows = array_merge([$b['header']], $b['rows']);
            $pdf->SetDrawColor(85, 85, 85); $pdf->SetLineWidth(0.6);
            foreach ($rows as $r => $row) {
                $pdf->SetFont($ff, $r == 0 ? 'B' : '', $b['size']);
                // measure row height
                $maxl = 1;
                foreach ($row as $k => $cell) {
                    $cw = $widths[$k] * $bw - 8;
                    $words = explode(' ', $cell); $lines = 1; $cur = '';
                    foreach ($words as $wd) {
                        $try = $cur === '' ? $wd : $cur . ' ' . $wd;
                        if ($pdf->GetStringWidth(tx($try)) > $cw && $cur !== '') { $lines++; $cur = $wd; } else { $cur = $try; }
                    }
                    $maxl = max($maxl, $lines);
                }
                $lh = $b['size'] * 1.25; $rh = $maxl * $lh + 8;
                $x = $bl;
                foreach ($row as $k => $cell) {
                    $cw = $widths[$k] * $bw;
                    if ($r == 0 && $b['hfill']) { $hc = rgb($b['hfill']); $pdf->SetFillColor($hc[0], $hc[1], $hc[2]); $pdf->Rect($x, $y, $cw, $rh, 'DF'); }
                    else { $pdf->Rect($x, $y, $cw, $rh, 'D'); }
                    $pdf->SetXY($x + 2, $y + 4);
                    $pdf->MultiCell($cw - 4, $lh, tx($cell), 0, al($b['al']));
                    $x += $cw;
                }
                $y += $rh;
            }
            continue;
        }
        if ($t === 'sigs') {
            $y += $b['sb'];
            $n = count($b['sigs']); $slot = $bw / $n; $lw = min(180, $slot - 30);
            $base = $y + 22; $maxy = $base;
            foreach ($b['sigs'] as $k => $sig) {
                $cx = $bl + $slot * $k + $slot / 2;
                if ($b['script']) {
                    $pdf->SetFont(fam('serif'), 'I', 17); $pdf->SetTextColor(28, 47, 107);
                    $pdf->SetXY($cx - $slot / 2, $base - 22); $pdf->Cell($slot, 20, tx(explode(',', $sig[0])[0]), 0, 0, 'C');
                    $pdf->SetTextColor(0, 0, 0);
                }
                $pdf->SetDrawColor(0, 0, 0); $pdf->SetLineWidth(0.7);
                $pdf->Line($cx - $lw / 2, $base, $cx + $lw / 2, $base);
                $pdf->SetFont($ff, 'B', $b['size']);
                $pdf->SetXY($cx - $slot / 2, $base + 3); $pdf->Cell($slot, $b['size'] * 1.25, tx($sig[0]), 0, 0, 'C');
                $pdf->SetFont($ff, '', $b['size'] - 0.5);
                $yy = $base + 3 + $b['size'] * 1.25;
                foreach (explode("\n", $sig[1]) as $tl) {
                    $pdf->SetXY($cx - $slot / 2, $yy); $pdf->Cell($slot, $b['size'] * 1.2, tx($tl), 0, 0, 'C');
                    $yy += $b['size'] * 1.2;
                }
                $maxy = max($maxy, $yy);
            }
            $y = $maxy + 4;
            continue;
        }
    }
    return $y;
}

$orient = (($spec['page']['orient'] ?? 'portrait') === 'landscape') ? 'L' : 'P';
$W = $orient === 'L' ? 792 : 612; $H = $orient === 'L' ? 612 : 792;
$pdf = mk($orient);
$pdf->SetMargins(0, 0, 0);
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle(tx($spec['doc_title'] ?? 'Certificate'));
if (!empty($spec['doc_author'])) { $pdf->SetAuthor(tx($spec['doc_author'])); }
$pages = [[]];
foreach ($spec['blocks'] as $b) { if ($b['t'] === 'pagebreak') { $pages[] = []; } else { $pages[count($pages) - 1][] = $b; } }
$m = $spec['page']['margin'] ?? 72;
$top = $m + ($spec['page']['top'] ?? 0);
foreach ($pages as $blocks) {
    $y0 = $top;
    if (($spec['page']['valign'] ?? 'top') === 'center') {
        $tmp = mk($orient); $tmp->SetMargins(0, 0, 0); $tmp->SetAutoPageBreak(false); $tmp->AddPage();
        $end = render_blocks($tmp, $spec, $blocks, $top, $W);
        $y0 = $top + max(0, (($H - $m) - $end) / 2);
    }
    $pdf->AddPage();
    decorations($pdf, $spec, $W, $H);
    $end = render_blocks($pdf, $spec, $blocks, $y0, $W);
    if ($end > $H - 30) { fwrite(STDERR, "overflow: $end\n"); exit(3); }
}
if ($lib === 'tcpdf') { $pdf->Output($out, 'F'); } else { $pdf->Output('F', $out); }
