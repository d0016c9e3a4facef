<?php
// TCPDF certificate engine: php tcpdf_engine.php spec.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

function rgb($h) { $h = ltrim($h, '#'); return [hexdec(substr($h,0,2)), hexdec(substr($h,2,2)), hexdec(substr($h,4,2))]; }

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$OFFSET = floatval($argv[3] ?? 0);
$MEASURE = ($argv[4] ?? '') == 'measure';
$land = $spec['orientation'] == 'landscape';
$pdf = new TCPDF($land ? 'L' : 'P', 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetTitle('Certificate'); $pdf->SetCreator('certs-z15 tcpdf');
$pdf->SetAutoPageBreak(false, 0);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->setCellHeightRatio(1.25);
$W = $pdf->getPageWidth(); $H = $pdf->getPageHeight();
$fam = $spec['font'] == 'serif' ? 'dejavuserif' : 'dejavusans';
$acc = rgb($spec['accent']);
$al = $spec['align'];
$A = $al == 'center' ? 'C' : 'L';
$m = $spec['border'] != 'none' ? 66 : 58;
$pdf->SetMargins($m, 40, $m);
$cw = $W - 2*$m;

function frame() {
    global $OFFSET, $pdf, $spec, $W, $H, $acc;
    $pdf->AddPage();
    $b = $spec['border'];
    $st = function($w) use ($acc) { return ['width' => $w, 'color' => $acc]; };
    if ($b == 'single') $pdf->Rect(24, 24, $W-48, $H-48, 'D', ['all' => $st(1.5)]);
    if ($b == 'double') { $pdf->Rect(20, 20, $W-40, $H-40, 'D', ['all' => $st(3)]); $pdf->Rect(28, 28, $W-56, $H-56, 'D', ['all' => $st(0.8)]); }
    if ($b == 'ornate') { $pdf->Rect(16, 16, $W-32, $H-32, 'D', ['all' => $st(7)]); $pdf->Rect(30, 30, $W-60, $H-60, 'D', ['all' => $st(1)]);
        foreach ([[30,30],[$W-30,30],[30,$H-30],[$W-30,$H-30]] as $c) $pdf->Rect($c[0]-7, $c[1]-7, 14, 14, 'F', [], $acc); }
    $pdf->SetY(($b != 'none' ? 62 : 54) + (($pdf->getNumPages() == 1) ? $OFFSET : 0));
}
function chk($h) { global $pdf, $H, $spec; if ($pdf->GetY() + $h > $H - 50) { fwrite(STDERR, $spec['id'].": overflow at ".$pdf->GetY()."\n"); exit(3); } }
function txt($s, $style, $size, $col=[26,26,26], $align=null, $maxw=null, $lead=1.25) {
    global $pdf, $fam, $A, $m, $cw;
    $align = $align ?? $A; $maxw = $maxw ?? $cw;
    $pdf->SetFont($fam, $style, $size); $pdf->SetTextColor($col[0], $col[1], $col[2]);
    $pdf->setCellHeightRatio($lead);
    chk($pdf->getNumLines($s, $maxw) * $size * $lead);
    $x = $m + ($align == 'C' ? ($cw - $maxw)/2 : 0);
    $pdf->SetX($x);
    $pdf->MultiCell($maxw, 0, $s, 0, $align, false, 1, $x, '', true, 0, false, true, 0, 'T', false);
    $pdf->setCellHeightRatio(1.25);
}

frame();
$sizes = ['logo'=>24,'issuer'=>12,'issuer2'=>10.5,'h1'=>27,'h2'=>17,'p'=>11.5,'fmt'=>12.5,'name'=>24,'title'=>16,'kv'=>10.5,'small'=>7.5,'footer'=>7];
$grey = [90,90,96];
foreach ($spec['body'] as $el) {
    $t = $el['t']; $v = $el['v'];
    $size = $el['size'] ?? ($sizes[$t] ?? 11.5);
    switch ($t) {
    case 'pagebreak': frame(); break;
    case 'sp': $pdf->SetY($pdf->GetY() + $v); break;
    case 'rule':
        $y = $pdf->GetY() + 6; $w = $al == 'center' ? $cw/2 : $cw; $x0 = $m + ($cw-$w)/2;
        $pdf->Line($x0, $y, $x0+$w, $y, ['width' => 0.8, 'color' => $acc]); $pdf->SetY($y + 8); break;
    case 'logo':
        $pdf->SetFont('dejavusans', 'B', $size); $sw = $pdf->GetStringWidth($v);
        $x = $al == 'center' ? $m + ($cw-$sw)/2 : $m; $y = $pdf->GetY();
        if ($el['box'] ?? true) { $pdf->Rect($x-8, $y, $sw+16, $size*1.3, 'F', [], $acc); $pdf->SetTextColor(255,255,255); }
        else $pdf->SetTextColor($acc[0],$acc[1],$acc[2]);
        $pdf->SetXY($x, $y); $pdf->Cell($sw, $size*1.3, $v, 0, 0, 'L', false, '', 0, false, 'T', 'M'); $pdf->SetY($y + $size*1.3 + 10); break;
    case 'issuer': txt($v, 'B', $size, $acc, null, null, 1.3); break;
    case 'issuer2': txt($v, 'I', $size, $grey, null, null, 1.3); break;
    case 'h1': $pdf->SetY($pdf->GetY()+8); txt($v, 'B', $size, $acc, null, null, 1.15); $pdf->SetY($pdf->GetY()+8); break;
    case 'h2': $pdf->SetY($pdf->GetY()+4); txt($v, 'B', $size, $acc, null, null, 1.2); $pdf->SetY($pdf->GetY()+4); break;
    case 'p': case 'pi':
        $st = ($el['bold'] ?? false ? 'B' : '') . (($t=='pi' || ($el['italic'] ?? false)) ? 'I' : '');
        $a = isset($el['align']) ? ['center'=>'C','left'=>'L','right'=>'R'][$el['align']] : null;
        $pdf->SetY($pdf->GetY()+3); txt($v, $st, $size, [26,26,26], $a); $pdf->SetY($pdf->GetY()+3); break;
    case 'fmt': $pdf->SetY($pdf->GetY()+4); txt($v, ($el['italic'] ?? true) ? 'BI' : 'B', $size, $acc); $pdf->SetY($pdf->GetY()+4); break;
    case 'name':
        $pdf->SetY($pdf->GetY()+8);
        txt($v, ($el['style'] ?? 'bi') == 'bi' ? 'BI' : 'B', $size, [20,20,20], null, null, 1.2);
        if ($al == 'center' && ($el['underline'] ?? true)) { $w = min($cw*0.7, 420); $x0 = $m + ($cw-$w)/2; $y = $pdf->GetY()+1;
            $pdf->Line($x0, $y, $x0+$w, $y, ['width' => 0.7, 'color' => [110,110,110]]); }
        $pdf->SetY($pdf->GetY()+10); break;
    case 'title':
        $pdf->SetY($pdf->GetY()+6); txt($v, 'B', $size, [20,20,20], null, $cw*($el['maxw'] ?? 0.8), 1.22); $pdf->SetY($pdf->GetY()+6); break;
    case 'small':
        $a = isset($el['align']) ? ['center'=>'C','left'=>'L','right'=>'R','justify'=>'J'][$el['align']] : ($al=='center' ? 'C' : 'L');
        $pdf->SetY($pdf->GetY()+3); txt($v, ($el['italic'] ?? false) ? 'I' : '', $size, $grey, $a, $cw*($el['maxw'] ?? ($al=='center'?0.92:1.0)), 1.3); $pdf->SetY($pdf->GetY()+2); break;
    case 'kv':
        $pdf->SetFont($fam, 'B', $size); $lw = 0; foreach ($v as $kv) $lw = max($lw, $pdf->GetStringWidth($kv[0]));
        $lw += 12; $pdf->SetFont($fam, '', $size); $vm = 0; foreach ($v as $kv) $vm = max($vm, $pdf->GetStringWidth($kv[1]));
        if ($al == 'center') { $vw = min($cw*0.62, max($vm+8, 150)); $x0 = $m + ($cw-$lw-$vw)/2; } else { $vw = min($cw-$lw, $cw*0.75); $x0 = $m; }
        $pdf->SetY($pdf->GetY()+4);
        foreach ($v as $kv) {
            $y = $pdf->GetY(); chk($size*1.4);
            $pdf->SetTextColor(26,26,26);
            $pdf->SetFont($fam, 'B', $size); $pdf->SetXY($x0, $y); $pdf->Cell($lw, $size*1.3, $kv[0]);
            $pdf->SetFont($fam, '', $size); $pdf->MultiCell($vw, 0, $kv[1], 0, 'L', false, 1, $x0+$lw, $y);
            $pdf->SetY($pdf->GetY()+3);
        }
        $pdf->SetY($pdf->GetY()+4); break;
    case 'cols':
        $n = count($v); $bw = $cw * ($el['w'] ?? ($al=='center' ? 0.9 : 1.0)); $x0 = $m + ($cw-$bw)/2; $c = $bw/$n;
        $ls = $el['lsize'] ?? 8; $vs = $el['vsize'] ?? 11.5; $ca = $al=='center' ? 'C' : 'L';
        chk($ls+$vs+30); $y = $pdf->GetY()+6;
        $pdf->SetFont($fam, 'B', $ls); $pdf->SetTextColor($grey[0],$grey[1],$grey[2]);
        for ($i=0; $i<$n; $i++) { $pdf->SetXY($x0+$i*$c, $y); $pdf->Cell($c-10, $ls*1.4, $v[$i][0], 0, 0, $ca); }
        $y += $ls*1.4 + 2;
        for ($i=0; $i<$n; $i++) $pdf->Line($x0+$i*$c, $y, $x0+($i+1)*$c-14, $y, ['width' => 0.5, 'color' => [150,150,150]]);
        $y += 4; $pdf->SetFont($fam, '', $vs); $pdf->SetTextColor(26,26,26);
        for ($i=0; $i<$n; $i++) { $pdf->SetXY($x0+$i*$c, $y); $pdf->Cell($c-10, $vs*1.3, $v[$i][1], 0, 0, $ca); }
        $pdf->SetY($y + $vs*1.3 + 8); break;
    case 'table':
        $size = $el['size'] ?? 9.5; $head = $v['head']; $rows = $v['rows']; $nc = count($head);
        $bw = $cw * ($el['w'] ?? 0.9); $fr = $v['widths'] ?? array_fill(0, $nc, 1.0/$nc); $x0 = $m + ($cw-$bw)/2;
        $pdf->SetY($pdf->GetY()+6);
        $all = array_merge([$head], $rows);
        foreach ($all as $ri => $r) {
            $pdf->SetFont($fam, $ri==0 ? 'B' : '', $size); $nl = 1;
            foreach ($r as $i => $cell) $nl = max($nl, $pdf->getNumLines($cell, $bw*$fr[$i]-6));
            $h = $nl*$size*1.25 + 6; $y = $pdf->GetY(); chk($h); $x = $x0;
            foreach ($r as $i => $cell) {
                $w = $bw*$fr[$i];
                $pdf->Rect($x, $y, $w, $h, $ri==0 ? 'DF' : 'D', ['all' => ['width' => 0.5, 'color' => [120,120,120]]], $ri==0 ? [228,234,241] : []);
                $pdf->SetTextColor(26,26,26); $pdf->MultiCell($w-6, 0, $cell, 0, 'L', false, 1, $x+3, $y+3);
                $x += $w;
            }
            $pdf->SetY($y+$h);
        }
        $pdf->SetY($pdf->GetY()+8); break;
    case 'sig':
        $n = count($v); chk(80); $y = $pdf->GetY() + 34;
        foreach ($v as $i => $s) {
            $cx = $al == 'center' ? $m + $cw/2 + ($i - ($n-1)/2.0) * min($cw/max($n,2), 260) : $m + 90 + $i*230;
            $seed = strlen($s[0]) + $i*3;
            $pdf->Curve($cx-60, $y-8, $cx-30, $y-28-3*sin($seed), $cx, $y+4, $cx+25, $y-18, '', ['width' => 1.1, 'color' => [31,42,90]]);
            $pdf->Curve($cx+25, $y-18, $cx+40, $y-26, $cx+45, $y-2, $cx+65, $y-12, '', ['width' => 1.1, 'color' => [31,42,90]]);
            $pdf->Line($cx-90, $y, $cx+90, $y, ['width' => 0.7, 'color' => [30,30,30]]);
            $pdf->SetFont($fam, 'B', 9); $pdf->SetTextColor(26,26,26); $pdf->SetXY($cx-120, $y+3); $pdf->Cell(240, 12, $s[0], 0, 0, 'C');
            $yy = $y+15; $pdf->SetFont($fam, 'I', 8); $pdf->SetTextColor($grey[0],$grey[1],$grey[2]);
            foreach (explode("\n", $s[1]) as $tl) { $pdf->SetXY($cx-120, $yy); $pdf->Cell(240, 11, $tl, 0, 0, 'C'); $yy += 11; }
        }
        $nt = 1; foreach ($v as $s) $nt = max($nt, count(explode("\n", $s[1])));
        $pdf->SetY($y + 18 + 11*$nt); break;
    default: fwrite(STDERR, "unknown $t\n"); exit(2);
    }
}
if ($MEASURE) { echo json_encode(['y' => $pdf->GetY(), 'pages' => $pdf->getNumPages(), 'H' => $H]); exit(0); }
$np = $pdf->getNumPages();
for ($p = 1; $p <= $np; $p++) {
    $pdf->setPage($p);
    if (!empty($spec['seal']) && $p == 1) {
        $cx = $al == 'center' ? $W-$m-40 : $W-$m-50; $cy = $H-50-46;
        $pdf->Circle($cx, $cy, 44, 0, 360, 'D', ['width' => 2.2, 'color' => $acc]); $pdf->Circle($cx, $cy, 38, 0, 360, 'D', ['width' => 0.7, 'color' => $acc]);
        $lines = explode("\n", $spec['seal']); $pdf->SetFont('dejavusans', 'B', 6); $pdf->SetTextColor($acc[0],$acc[1],$acc[2]);
        $yy = $cy - count($lines)*7.8/2;
        foreach ($lines as $ln) { $pdf->SetXY($cx-40, $yy); $pdf->Cell(80, 7.8, $ln, 0, 0, 'C'); $yy += 7.8; }
    }
    if (!empty($spec['footer'])) {
        $pdf->SetFont($fam, '', 7); $pdf->SetTextColor(100,100,100);
        $ft = $spec['footer'] . ($np > 1 ? "    Page $p of $np" : '');
        $pdf->SetXY(0, $H - ($spec['border'] != 'none' ? 44 : 36)); $pdf->Cell($W, 10, $ft, 0, 0, 'C');
    }
}
$pdf->lastPage();
$pdf->Output($out, 'F');
