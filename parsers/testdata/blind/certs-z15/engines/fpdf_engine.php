<?php
// FPDF certificate engine: php fpdf_engine.php spec.json out.pdf
require_once('/usr/share/php/fpdf/fpdf.php');

function enc($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function rgb($h) { $h = ltrim($h, '#'); return [hexdec(substr($h,0,2)), hexdec(substr($h,2,2)), hexdec(substr($h,4,2))]; }

class CertPDF extends FPDF {
    function Circle($x, $y, $r, $style='D') { $this->Ellipse($x, $y, $r, $r, $style); }
    function Ellipse($x, $y, $rx, $ry, $style='D') {
        $op = ($style=='F') ? 'f' : (($style=='FD' || $style=='DF') ? 'B' : 'S');
        $lx = 4/3*(M_SQRT2-1)*$rx; $ly = 4/3*(M_SQRT2-1)*$ry; $k = $this->k; $h = $this->h;
        $this->_out(sprintf('%.2F %.2F m %.2F %.2F %.2F %.2F %.2F %.2F c', ($x+$rx)*$k, ($h-$y)*$k,
            ($x+$rx)*$k, ($h-($y-$ly))*$k, ($x+$lx)*$k, ($h-($y-$ry))*$k, $x*$k, ($h-($y-$ry))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', ($x-$lx)*$k, ($h-($y-$ry))*$k,
            ($x-$rx)*$k, ($h-($y-$ly))*$k, ($x-$rx)*$k, ($h-$y)*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', ($x-$rx)*$k, ($h-($y+$ly))*$k,
            ($x-$lx)*$k, ($h-($y+$ry))*$k, $x*$k, ($h-($y+$ry))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c %s', ($x+$lx)*$k, ($h-($y+$ry))*$k,
            ($x+$rx)*$k, ($h-($y+$ly))*$k, ($x+$rx)*$k, ($h-$y)*$k, $op));
    }
    function GoPage($n) { $this->page = $n; }
    function NbLines($w, $txt) {
        // number of lines MultiCell will use
        $cw = $this->CurrentFont['cw']; $wmax = ($w-2*$this->cMargin)*1000/$this->FontSize;
        $s = str_replace("\r", '', $txt); $nb = strlen($s); $sep = -1; $i = 0; $j = 0; $l = 0; $nl = 1;
        while ($i < $nb) {
            $c = $s[$i];
            if ($c == "\n") { $i++; $sep = -1; $j = $i; $l = 0; $nl++; continue; }
            if ($c == ' ') $sep = $i;
            $l += $cw[$c];
            if ($l > $wmax) { if ($sep == -1) { if ($i == $j) $i++; } else $i = $sep+1; $sep = -1; $j = $i; $l = 0; $nl++; }
            else $i++;
        }
        return $nl;
    }
}

$spec = json_decode(file_get_contents($argv[1]), true);
$out = $argv[2];
$OFFSET = floatval($argv[3] ?? 0);
$MEASURE = ($argv[4] ?? '') == 'measure';
$land = $spec['orientation'] == 'landscape';
$pdf = new CertPDF($land ? 'L' : 'P', 'pt', 'Letter');
$pdf->SetTitle('Certificate');
$pdf->SetCreator('certs-z15 fpdf');
$pdf->SetAutoPageBreak(false);
$W = $pdf->GetPageWidth(); $H = $pdf->GetPageHeight();
$fam = $spec['font'] == 'serif' ? 'Times' : 'Arial';
$acc = rgb($spec['accent']);
$al = $spec['align'];
$A = $al == 'center' ? 'C' : 'L';
$m = $spec['border'] != 'none' ? 66 : 58;
$cw = $W - 2*$m;
$pageNo = 0;

function frame() {
    global $OFFSET, $pdf, $spec, $W, $H, $acc, $m, $pageNo;
    $pdf->AddPage(); $pageNo++;
    $pdf->SetDrawColor($acc[0], $acc[1], $acc[2]);
    $b = $spec['border'];
    if ($b == 'single') { $pdf->SetLineWidth(1.5); $pdf->Rect(24, 24, $W-48, $H-48); }
    if ($b == 'double') { $pdf->SetLineWidth(3); $pdf->Rect(20, 20, $W-40, $H-40); $pdf->SetLineWidth(0.8); $pdf->Rect(28, 28, $W-56, $H-56); }
    if ($b == 'ornate') { $pdf->SetLineWidth(7); $pdf->Rect(16, 16, $W-32, $H-32); $pdf->SetLineWidth(1); $pdf->Rect(30, 30, $W-60, $H-60);
        $pdf->SetFillColor($acc[0], $acc[1], $acc[2]);
        foreach ([[30,30],[$W-30,30],[30,$H-30],[$W-30,$H-30]] as $c) $pdf->Rect($c[0]-7, $c[1]-7, 14, 14, 'F'); }
    $pdf->SetY(($b != 'none' ? 62 : 54) + (($pageNo == 1) ? $OFFSET : 0));
}
function chk($h) { global $pdf, $H, $spec; if ($pdf->GetY() + $h > $H - 50) { fwrite(STDERR, $spec['id'].": overflow\n"); exit(3); } }
function txt($s, $style, $size, $col=[26,26,26], $align=null, $maxw=null, $lead=1.25) {
    global $pdf, $fam, $A, $m, $cw;
    $align = $align ?? $A; $maxw = $maxw ?? $cw;
    $pdf->SetFont($fam, $style, $size); $pdf->SetTextColor($col[0], $col[1], $col[2]);
    $e = enc($s);
    chk($pdf->NbLines($maxw, $e) * $size * $lead);
    $x = $m + ($align == 'C' ? ($cw - $maxw)/2 : 0);
    $pdf->SetX($x);
    $pdf->MultiCell($maxw, $size*$lead, $e, 0, $align);
}

frame();
$sizes = ['logo'=>26,'issuer'=>13,'issuer2'=>11,'h1'=>30,'h2'=>18,'p'=>12,'fmt'=>13,'name'=>26,'title'=>17,'kv'=>11,'small'=>8,'footer'=>7.5];
$grey = [90,90,96];
foreach ($spec['body'] as $el) {
    $t = $el['t']; $v = $el['v'];
    $size = $el['size'] ?? ($sizes[$t] ?? 12);
    switch ($t) {
    case 'pagebreak': frame(); break;
    case 'sp': $pdf->SetY($pdf->GetY() + $v); break;
    case 'rule':
        $y = $pdf->GetY() + 6; $w = $al == 'center' ? $cw/2 : $cw; $x0 = $m + ($cw-$w)/2;
        $pdf->SetLineWidth(0.8); $pdf->SetDrawColor($acc[0],$acc[1],$acc[2]); $pdf->Line($x0, $y, $x0+$w, $y); $pdf->SetY($y + 8); break;
    case 'logo':
        $pdf->SetFont('Arial', 'B', $size); $sw = $pdf->GetStringWidth(enc($v));
        $x = $al == 'center' ? $m + ($cw-$sw)/2 : $m; $y = $pdf->GetY();
        if ($el['box'] ?? true) { $pdf->SetFillColor($acc[0],$acc[1],$acc[2]); $pdf->Rect($x-8, $y, $sw+16, $size*1.3, 'F'); $pdf->SetTextColor(255,255,255); }
        else $pdf->SetTextColor($acc[0],$acc[1],$acc[2]);
        $pdf->SetXY($x, $y); $pdf->Cell($sw, $size*1.3, enc($v)); $pdf->SetY($y + $size*1.3 + 10); break;
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
            $pdf->SetDrawColor(110,110,110); $pdf->SetLineWidth(0.7); $pdf->Line($x0, $y, $x0+$w, $y); }
        $pdf->SetY($pdf->GetY()+10); break;
    case 'title':
        $pdf->SetY($pdf->GetY()+6); txt($v, 'B', $size, [20,20,20], null, $cw*($el['maxw'] ?? 0.8), 1.22); $pdf->SetY($pdf->GetY()+6); break;
    case 'small':
        $a = isset($el['align']) ? ['center'=>'C','left'=>'L','right'=>'R','justify'=>'J'][$el['align']] : ($al=='center' ? 'C' : 'J');
        $pdf->SetY($pdf->GetY()+3); txt($v, ($el['italic'] ?? false) ? 'I' : '', $size, $grey, $a, $cw*($el['maxw'] ?? ($al=='center'?0.92:1.0)), 1.3); $pdf->SetY($pdf->GetY()+2); break;
    case 'kv':
        $pdf->SetFont($fam, 'B', $size); $lw = 0; foreach ($v as $kv) $lw = max($lw, $pdf->GetStringWidth(enc($kv[0])));
        $lw += 12; $pdf->SetFont($fam, '', $size); $vm = 0; foreach ($v as $kv) $vm = max($vm, $pdf->GetStringWidth(enc($kv[1])));
        if ($al == 'center') { $vw = min($cw*0.62, max($vm+6, 150)); $x0 = $m + ($cw-$lw-$vw)/2; } else { $vw = min($cw-$lw, $cw*0.75); $x0 = $m; }
        $pdf->SetY($pdf->GetY()+4);
        foreach ($v as $kv) {
            $y = $pdf->GetY(); chk($size*1.4);
            $pdf->SetTextColor(26,26,26);
            $pdf->SetFont($fam, 'B', $size); $pdf->SetXY($x0, $y); $pdf->Cell($lw, $size*1.3, enc($kv[0]));
            $pdf->SetFont($fam, '', $size); $pdf->SetXY($x0+$lw, $y); $pdf->MultiCell($vw, $size*1.3, enc($kv[1]), 0, 'L');
            $pdf->SetY($pdf->GetY()+2);
        }
        $pdf->SetY($pdf->GetY()+4); break;
    case 'cols':
        $n = count($v); $bw = $cw * ($el['w'] ?? ($al=='center' ? 0.9 : 1.0)); $x0 = $m + ($cw-$bw)/2; $c = $bw/$n;
        $ls = $el['lsize'] ?? 8.5; $vs = $el['vsize'] ?? 12; $ca = $al=='center' ? 'C' : 'L';
        chk($ls+$vs+30); $y = $pdf->GetY()+6;
        $pdf->SetFont($fam, 'B', $ls); $pdf->SetTextColor($grey[0],$grey[1],$grey[2]);
        for ($i=0; $i<$n; $i++) { $pdf->SetXY($x0+$i*$c, $y); $pdf->Cell($c-10, $ls*1.4, enc($v[$i][0]), 0, 0, $ca); }
        $y += $ls*1.4 + 2; $pdf->SetDrawColor(150,150,150); $pdf->SetLineWidth(0.5);
        for ($i=0; $i<$n; $i++) $pdf->Line($x0+$i*$c, $y, $x0+($i+1)*$c-14, $y);
        $y += 4; $pdf->SetFont($fam, '', $vs); $pdf->SetTextColor(26,26,26);
        for ($i=0; $i<$n; $i++) { $pdf->SetXY($x0+$i*$c, $y); $pdf->Cell($c-10, $vs*1.3, enc($v[$i][1]), 0, 0, $ca); }
        $pdf->SetY($y + $vs*1.3 + 8); break;
    case 'table':
        $size = $el['size'] ?? 10; $head = $v['head']; $rows = $v['rows']; $nc = count($head);
        $bw = $cw * ($el['w'] ?? 0.9); $fr = $v['widths'] ?? array_fill(0, $nc, 1.0/$nc); $x0 = $m + ($cw-$bw)/2;
        $pdf->SetY($pdf->GetY()+6); $pdf->SetDrawColor(120,120,120); $pdf->SetLineWidth(0.5);
        $all = array_merge([$head], $rows);
        foreach ($all as $ri => $r) {
            $pdf->SetFont($fam, $ri==0 ? 'B' : '', $size); $nl = 1;
            foreach ($r as $i => $cell) $nl = max($nl, $pdf->NbLines($bw*$fr[$i], enc($cell)));
            $h = $nl*$size*1.25 + 6; $y = $pdf->GetY(); chk($h); $x = $x0;
            foreach ($r as $i => $cell) {
                $w = $bw*$fr[$i];
                if ($ri == 0) { $pdf->SetFillColor(228,234,241); $pdf->Rect($x, $y, $w, $h, 'FD'); } else $pdf->Rect($x, $y, $w, $h);
                $pdf->SetTextColor(26,26,26); $pdf->SetXY($x, $y+3); $pdf->MultiCell($w, $size*1.25, enc($cell), 0, 'L');
                $x += $w;
            }
            $pdf->SetY($y+$h);
        }
        $pdf->SetY($pdf->GetY()+8); break;
    case 'sig':
        $n = count($v); chk(80); $y = $pdf->GetY() + 34;
        foreach ($v as $i => $s) {
            $cx = $al == 'center' ? $m + $cw/2 + ($i - ($n-1)/2.0) * min($cw/max($n,2), 260) : $m + 90 + $i*230;
            $pdf->SetDrawColor(31,42,90); $pdf->SetLineWidth(1.0);
            $px = $cx-60; $py = $y-6; $seed = strlen($s[0]) + $i*3;
            for ($k=1; $k<12; $k++) { $nx = $cx-60+$k*11; $ny = $y-6-9*sin($k*1.3+$seed)-($k%3)*2; $pdf->Line($px, $py, $nx, $ny); $px = $nx; $py = $ny; }
            $pdf->SetDrawColor(30,30,30); $pdf->SetLineWidth(0.7); $pdf->Line($cx-90, $y, $cx+90, $y);
            $pdf->SetFont($fam, 'B', 9.5); $pdf->SetTextColor(26,26,26); $pdf->SetXY($cx-120, $y+3); $pdf->Cell(240, 12, enc($s[0]), 0, 0, 'C');
            $yy = $y+15; $pdf->SetFont($fam, 'I', 8.5); $pdf->SetTextColor($grey[0],$grey[1],$grey[2]);
            foreach (explode("\n", $s[1]) as $tl) { $pdf->SetXY($cx-120, $yy); $pdf->Cell(240, 11, enc($tl), 0, 0, 'C'); $yy += 11; }
        }
        $nt = 1; foreach ($v as $s) $nt = max($nt, count(explode("\n", $s[1])));
        $pdf->SetY($y + 18 + 11*$nt); break;
    default: fwrite(STDERR, "unknown $t\n"); exit(2);
    }
}
// seal + footer
if ($MEASURE) { echo json_encode(['y' => $pdf->GetY(), 'pages' => $pdf->PageNo(), 'H' => $H]); exit(0); }
$np = $pdf->PageNo();
for ($p = 1; $p <= $np; $p++) {
    $pdf->GoPage($p);
    if (!empty($spec['seal']) && $p == 1) {
        $cx = $al == 'center' ? $W-$m-40 : $W-$m-50; $cy = $H-50-46;
        $pdf->SetDrawColor($acc[0],$acc[1],$acc[2]); $pdf->SetLineWidth(2.2); $pdf->Circle($cx, $cy, 44); $pdf->SetLineWidth(0.7); $pdf->Circle($cx, $cy, 38);
        $lines = explode("\n", $spec['seal']); $pdf->SetFont('Arial', 'B', 6.5); $pdf->SetTextColor($acc[0],$acc[1],$acc[2]);
        $yy = $cy - count($lines)*7.8/2;
        foreach ($lines as $ln) { $pdf->SetXY($cx-40, $yy); $pdf->Cell(80, 7.8, enc($ln), 0, 0, 'C'); $yy += 7.8; }
    }
    if (!empty($spec['footer'])) {
        $pdf->SetFont($fam, '', 7.5); $pdf->SetTextColor(100,100,100);
        $ft = $spec['footer'] . ($np > 1 ? "    Page $p of $np" : '');
        $pdf->SetXY(0, $H - ($spec['border'] != 'none' ? 44 : 36)); $pdf->Cell($W, 10, enc($ft), 0, 0, 'C');
    }
}
$pdf->GoPage($np);
$pdf->Output('F', $out);
