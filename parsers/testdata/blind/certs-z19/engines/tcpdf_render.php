<?php
// TCPDF producer driver.  usage: php tcpdf_render.php chunks.json out.pdf
// HTML chunks go through writeHTMLCell(); signatures, rules, borders and seals are TCPDF primitives.
define('K_TCPDF_EXTERNAL_CONFIG', true);
define('K_PATH_MAIN', '/usr/share/php/tcpdf/');
define('K_PATH_URL', '');
define('K_PATH_FONTS', '/usr/share/php/tcpdf/fonts/');
define('K_PATH_CACHE', sys_get_temp_dir() . '/');
define('K_PATH_IMAGES', '');
define('K_BLANK_IMAGE', '_blank.png');
define('K_CELL_HEIGHT_RATIO', 1.2);
define('K_SMALL_RATIO', 2/3);
define('K_THAI_TOPCHARS', false);
define('K_TCPDF_CALLS_IN_HTML', false);
define('K_TCPDF_THROW_EXCEPTION_ERROR', true);
define('PDF_PRODUCER', 'TCPDF');
require_once('/usr/share/php/tcpdf/tcpdf.php');

function hexrgb($h) { $h = ltrim($h ?: '#000000', '#'); return array(hexdec(substr($h,0,2)), hexdec(substr($h,2,2)), hexdec(substr($h,4,2))); }

$spec = json_decode(file_get_contents($argv[1]), true);
$P = $spec['page'] + array('font'=>'serif', 'align'=>'C', 'color'=>'#000000', 'size'=>'letter', 'orient'=>'portrait');
$fmt = $P['size'] == 'letter' ? 'LETTER' : 'A4';
$pdf = new TCPDF($P['orient'] == 'landscape' ? 'L' : 'P', 'pt', $fmt, true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false, 0);
$pdf->SetCreator($P['meta_creator'] ?? 'TCPDF');
$pdf->SetAuthor($P['meta_author'] ?? '');
$pdf->SetTitle($P['meta_title'] ?? 'Certificate');
$W = $pdf->getPageWidth(); $H = $pdf->getPageHeight();
$mg = $P['margin'] ?? 72;
$ml = $P['mx'] ?? $mg; $mt = $P['mt'] ?? $mg; $mb = $P['mb'] ?? $mg; $cw = $W - 2 * $ml;
$pdf->SetMargins($ml, $mt, $ml);
$pdf->setCellPaddings(0, 0, 0, 0);
$FAM = array('serif'=>'times', 'sans'=>'helvetica', 'dserif'=>'dejavuserif', 'dsans'=>'dejavusans', 'chancery'=>'times');
$pf = $FAM[$P['font']] ?? 'times';

function deco($pdf, $P, $W, $H) {
    $bc = hexrgb($P['bcolor'] ?? ($P['accent'] ?? '#1f3a5f'));
    $k = $P['border'] ?? null;
    $s = function($w) use ($bc) { return array('all' => array('width' => $w, 'color' => $bc, 'dash' => 0)); };
    if ($k == 'single') $pdf->Rect(24, 24, $W-48, $H-48, 'D', $s(1.2));
    elseif ($k == 'double') { $pdf->Rect(20, 20, $W-40, $H-40, 'D', $s(3.5)); $pdf->Rect(28, 28, $W-56, $H-56, 'D', $s(0.8)); }
    elseif ($k == 'thick') { $pdf->Rect(18, 18, $W-36, $H-36, 'D', $s(10)); $pdf->Rect(30, 30, $W-60, $H-60, 'D', $s(0.6)); }
    elseif ($k == 'ornate') {
        $pdf->Rect(22, 22, $W-44, $H-44, 'D', $s(2.2)); $pdf->Rect(30, 30, $W-60, $H-60, 'D', $s(0.6));
        foreach (array(array(30,30), array($W-30,30), array(30,$H-30), array($W-30,$H-30)) as $c)
            $pdf->RegularPolygon($c[0], $c[1], 9, 4, 0, false, 'F', array(), $bc);
    } elseif ($k == 'band') { $pdf->Rect(0, 0, $W, 16, 'F', array(), $bc); $pdf->Rect(0, $H-8, $W, 8, 'F', array(), $bc); }
    if (!empty($P['topbar'])) $pdf->Rect(0, 0, $W, 60, 'F', array(), hexrgb($P['topbar']));
    if (!empty($P['seal'])) {
        $r = $P['seal_r'] ?? 38; $mx = $P['mx'] ?? ($P['margin'] ?? 72);
        $pos = array('bl'=>array($mx+20, $H-100), 'br'=>array($W-110, $H-100), 'bc'=>array($W/2, $H-88), 'tr'=>array($W-100, 100), 'tl'=>array(100, 100));
        list($cx, $cy) = $pos[$P['seal']];
        $red = array(139, 26, 26);
        if (!isset($P['ribbon']) || $P['ribbon']) {
            $pdf->Polygon(array($cx-16,$cy, $cx-28,$cy+$r+22, $cx-16,$cy+$r+14, $cx-6,$cy+$r+24, $cx,$cy), 'F', array(), $red);
            $pdf->Polygon(array($cx+16,$cy, $cx+28,$cy+$r+22, $cx+16,$cy+$r+14, $cx+6,$cy+$r+24, $cx,$cy), 'F', array(), $red);
        }
        $pdf->StarPolygon($cx, $cy, $r, 48, 23, 0, false, 'F', array(), hexrgb($P['seal_color'] ?? '#b8860b'));
        $pdf->Circle($cx, $cy, $r*0.72, 0, 360, 'D', array('width'=>1.2, 'color'=>array(255,255,255)));
        $pdf->Circle($cx, $cy, $r*0.6, 0, 360, 'D', array('width'=>0.6, 'color'=>array(255,255,255)));
    }
}

// footer html (all FOOT chunks, same on every page)
$foot = '';
foreach ($spec['chunks'] as $c) if ($c['t'] == 'foot') $foot .= $c['html'];

function newpage($pdf, $P, $W, $H, $foot, $ml, $cw, $mb, $mt) {
    $pdf->AddPage();
    deco($pdf, $P, $W, $H);
    if ($foot !== '') {
        $pdf->setCellHeightRatio(1.15);
        // measure then place at the bottom
        $tmp = clone $pdf;
        $tmp->writeHTMLCell($cw, 0, $ml, 100, $foot, 0, 1, false, true, '', true);
        $h = $tmp->GetY() - 100;
        $pdf->writeHTMLCell($cw, 0, $ml, $H - $mb - $h, $foot, 0, 1, false, true, '', true);
    }
    $pdf->SetY($mt);
}

newpage($pdf, $P, $W, $H, $foot, $ml, $cw, $mb, $mt);
$y = $mt;
foreach ($spec['chunks'] as $c) {
    $t = $c['t'];
    if ($t == 'foot') continue;
    if ($t == 'pb') { newpage($pdf, $P, $W, $H, $foot, $ml, $cw, $mb, $mt); $y = $mt; continue; }
    if ($t == 'sp') { $y += $c['h']; continue; }
    if ($t == 'rule') {
        $y += $c['sb'] ?? 2; $w = $c['w'] ?? $cw; $x = $ml + ($cw - $w) / 2;
        $pdf->Line($x, $y, $x + $w, $y, array('width'=>$c['lw'] ?? 0.8, 'color'=>hexrgb($c['color'] ?? ($P['accent'] ?? '#444444'))));
        $y += $c['sa'] ?? 8; continue;
    }
    if ($t == 'html') {
        $y += $c['sb'];
        $w = min($c['w'] ?? $cw, $cw);
        $x = $c['align'] == 'C' ? $ml + ($cw - $w) / 2 : ($c['align'] == 'R' ? $ml + $cw - $w : $ml);
        $pdf->setCellHeightRatio($c['lh']);
        $pdf->writeHTMLCell($w, 0, $x, $y, $c['html'], 0, 1, false, true, '', true);
        $y = $pdf->GetY() + $c['sa'];
        continue;
    }
    if ($t == 'sig') {
        $size = $c['size'] ?? 9.5; $n = count($c['sigs']);
        $w = min($c['w'] ?? $cw, $cw); $x0 = (($c['align'] ?? 'C') == 'C') ? $ml + ($cw - $w) / 2 : $ml;
        $slot = $w / $n; $y += $c['sb'] ?? 6; $maxy = $y;
        foreach ($c['sigs'] as $i => $s) {
            $ln = min($slot - 24, $c['lw'] ?? 190);
            $lx = $x0 + $slot * $i + ($slot - $ln) / 2;
            if ((($c['align'] ?? 'C') == 'L') && $n == 1) $lx = $ml;
            $yy = $y;
            if (isset($s[2]) && $s[2]) { $pdf->SetFont('times', 'I', 17); $pdf->SetTextColor(27, 42, 107); $pdf->SetXY($lx, $yy); $pdf->Cell($ln, 20, $s[2], 0, 0, 'C'); }
            $yy += 22;
            $pdf->Line($lx, $yy, $lx + $ln, $yy, array('width'=>0.7, 'color'=>array(51,51,51))); $yy += 2;
            list($r_, $g_, $b_) = hexrgb($P['color']); $pdf->SetTextColor($r_, $g_, $b_);
            $pdf->SetFont($pf, 'B', $size); $pdf->SetXY($lx, $yy); $pdf->Cell($ln, $size * 1.3, $s[0], 0, 0, 'C'); $yy += $size * 1.3;
            foreach (explode("\n", $s[1]) as $tl) { if ($tl === '') continue; $pdf->SetFont($pf, 'I', $size - 0.5); $pdf->SetXY($lx, $yy); $pdf->Cell($ln, $size * 1.2, $tl, 0, 0, 'C'); $yy += $size * 1.2; }
            $maxy = max($maxy, $yy);
        }
        $pdf->SetFont($pf, '', 11);
        $y = $maxy + ($c['sa'] ?? 8);
        continue;
    }
}
$pdf->Output($argv[2], 'F');
