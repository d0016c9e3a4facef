<?php
// fpdf producer: reads a certificate spec (page options + blocks, JSON) and draws it
// with FPDF's own Cell/MultiCell text flow.  usage: php fpdf_render.php spec.json out.pdf
require('/usr/share/php/fpdf/fpdf.php');

function enc($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
function hexrgb($h) { $h = ltrim($h ?: '#000000', '#'); return array(hexdec(substr($h,0,2)), hexdec(substr($h,2,2)), hexdec(substr($h,4,2))); }

class CertPDF extends FPDF {
    public $P; public $foots = array(); public $W; public $H;
    public $ml; public $mr; public $mt; public $mb; public $cw;

    function fam($key) {
        $m = array('serif'=>'Times', 'sans'=>'Arial', 'mono'=>'Courier', 'chancery'=>'Times',
                   'palatino'=>'Times', 'century'=>'Times', 'bookman'=>'Times', 'gothic'=>'Arial', 'dsans'=>'Arial', 'dserif'=>'Times');
        return isset($m[$key]) ? $m[$key] : 'Times';
    }
    function setf($b, $size) {
        $st = (!empty($b['b']) ? 'B' : '') . (!empty($b['i']) ? 'I' : '');
        $this->SetFont($this->fam(isset($b['font']) ? $b['font'] : $this->P['font']), $st, $size);
    }
    function color($h) { list($r,$g,$b) = hexrgb($h); $this->SetTextColor($r,$g,$b); }
    function dcolor($h) { list($r,$g,$b) = hexrgb($h); $this->SetDrawColor($r,$g,$b); }
    function fcolor($h) { list($r,$g,$b) = hexrgb($h); $this->SetFillColor($r,$g,$b); }

    function Polygon($pts, $fill) {
        $this->fcolor($fill);
        $op = '';
        foreach ($pts as $i => $p) {
            $op .= sprintf('%.2F %.2F %s ', $p[0]*$this->k, ($this->h-$p[1])*$this->k, $i ? 'l' : 'm');
        }
        $this->_out($op . 'h f');
    }
    function Circle($x, $y, $r, $lw, $stroke) {
        $this->dcolor($stroke); $this->SetLineWidth($lw);
        $lx = 4/3*(M_SQRT2-1)*$r; $k = $this->k; $h = $this->h;
        $this->_out(sprintf('%.2F %.2F m', ($x+$r)*$k, ($h-$y)*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', ($x+$r)*$k, ($h-($y-$lx))*$k, ($x+$lx)*$k, ($h-($y-$r))*$k, $x*$k, ($h-($y-$r))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', ($x-$lx)*$k, ($h-($y-$r))*$k, ($x-$r)*$k, ($h-($y-$lx))*$k, ($x-$r)*$k, ($h-$y)*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', ($x-$r)*$k, ($h-($y+$lx))*$k, ($x-$lx)*$k, ($h-($y+$r))*$k, $x*$k, ($h-($y+$r))*$k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', ($x+$lx)*$k, ($h-($y+$r))*$k, ($x+$r)*$k, ($h-($y+$lx))*$k, ($x+$r)*$k, ($h-$y)*$k));
        $this->_out('S');
    }

    function Header() {
        $P = $this->P; $W = $this->W; $H = $this->H;
        $bc = isset($P['bcolor']) ? $P['bcolor'] : (isset($P['accent']) ? $P['accent'] : '#1f3a5f');
        $this->dcolor($bc);
        $k = isset($P['border']) ? $P['border'] : null;
        if ($k == 'single') { $this->SetLineWidth(1.2); $this->Rect(24, 24, $W-48, $H-48); }
        elseif ($k == 'double') { $this->SetLineWidth(3.5); $this->Rect(20, 20, $W-40, $H-40); $this->SetLineWidth(0.8); $this->Rect(28, 28, $W-56, $H-56); }
        elseif ($k == 'thick') { $this->SetLineWidth(10); $this->Rect(18, 18, $W-36, $H-36); $this->SetLineWidth(0.6); $this->Rect(30, 30, $W-60, $H-60); }
        elseif ($k == 'ornate') {
            $this->SetLineWidth(2.2); $this->Rect(22, 22, $W-44, $H-44); $this->SetLineWidth(0.6); $this->Rect(30, 30, $W-60, $H-60);
            foreach (array(array(30,30), array($W-30,30), array(30,$H-30), array($W-30,$H-30)) as $c)
                $this->Polygon(array(array($c[0]-9,$c[1]), array($c[0],$c[1]+9), array($c[0]+9,$c[1]), array($c[0],$c[1]-9)), $bc);
        } elseif ($k == 'band') { $this->fcolor($bc); $this->Rect(0, 0, $W, 16, 'F'); $this->Rect(0, $H-8, $W, 8, 'F'); }
        if (!empty($P['topbar'])) { $this->fcolor($P['topbar']); $this->Rect(0, 0, $W, 60, 'F'); }
        if (!empty($P['seal'])) {
            $r = isset($P['seal_r']) ? $P['seal_r'] : 38;
            $mx = isset($P['mx']) ? $P['mx'] : (isset($P['margin']) ? $P['margin'] : 72);
            $pos = array('bl'=>array($mx+20, $H-100), 'br'=>array($W-110, $H-100), 'bc'=>array($W/2, $H-88),
                         'tr'=>array($W-100, 100), 'tl'=>array(100, 100));
            list($cx, $cy) = $pos[$P['seal']];
            if (!isset($P['ribbon']) || $P['ribbon']) {
                $this->Polygon(array(array($cx-16,$cy), array($cx-28,$cy+$r+22), array($cx-16,$cy+$r+14), array($cx-6,$cy+$r+24), array($cx,$cy)), '#8b1a1a');
                $this->Polygon(array(array($cx+16,$cy), array($cx+28,$cy+$r+22), array($cx+16,$cy+$r+14), array($cx+6,$cy+$r+24), array($cx,$cy)), '#8b1a1a');
            }
            $pts = array();
            for ($i = 0; $i < 48; $i++) { $rr = ($i % 2 == 0) ? $r : $r*0.86; $a = M_PI*2*$i/48; $pts[] = array($cx+$rr*cos($a), $cy+$rr*sin($a)); }
            $this->Polygon($pts, isset($P['seal_color']) ? $P['seal_color'] : '#b8860b');
            $this->Circle($cx, $cy, $r*0.72, 1.2, '#ffffff');
            $this->Circle($cx, $cy, $r*0.6, 0.6, '#ffffff');
        }
        $this->SetXY($this->ml, $this->mt);
    }

    function NbLines($w, $txt) {
        // number of lines a MultiCell of width w will use (from the FPDF tutorials)
        $cw = &$this->CurrentFont['cw'];
        $wmax = ($w - 2*$this->cMargin) * 1000 / $this->FontSize;
        $s = str_replace("\r", '', $txt); $nb = strlen($s);
        $sep = -1; $i = 0; $j = 0; $l = 0; $nl = 1;
        while ($i < $nb) {
            $c = $s[$i];
            if ($c == "\n") { $i++; $sep = -1; $j = $i; $l = 0; $nl++; continue; }
            if ($c == ' ') $sep = $i;
            $l += $cw[$c];
            if ($l > $wmax) { if ($sep == -1) { if ($i == $j) $i++; } else $i = $sep + 1; $sep = -1; $j = $i; $l = 0; $nl++; }
            else $i++;
        }
        return $nl;
    }

    function Footer() {
        if (!$this->foots) return;
        $lines = 0;
        foreach ($this->foots as $f) { $this->setf($f, isset($f['size']) ? $f['size'] : 7.5); $lines += $this->NbLines($this->cw, enc($f['text'])); }
        $lh = 9.5;
        $y = $this->H - $this->mb - $lines * $lh - 2 * count($this->foots);
        foreach ($this->foots as $f) {
            $size = isset($f['size']) ? $f['size'] : 7.5;
            $this->setf($f, $size); $this->color(isset($f['color']) ? $f['color'] : '#444444');
            $this->SetXY($this->ml, $y);
            $this->MultiCell($this->cw, $size * 1.25, enc($f['text']), 0, isset($f['align']) ? $f['align'] : $this->P['align']);
            $y = $this->GetY() + 2;
        }
    }

    function track($s) {
        $words = explode(' ', $s); $o = array();
        foreach ($words as $w) { $o[] = implode(' ', preg_split('//u', $w, -1, PREG_SPLIT_NO_EMPTY)); }
        return implode('   ', $o);
    }

    function blockx($b, $defw) {
        $w = min(isset($b['w']) ? $b['w'] : $defw, $this->cw);
        $al = isset($b['align']) ? $b['align'] : ($this->P['align'] == 'C' ? 'C' : 'L');
        return array($al == 'C' ? $this->ml + ($this->cw - $w) / 2 : $this->ml, $w);
    }

    function Block($b) {
        $P = $this->P; $k = $b['k'];
        $y = $this->GetY();
        if ($k == 'SP') { $this->SetY($y + $b['h']); return; }
        if ($k == 'PB') { $this->AddPage(); return; }
        if ($k == 'RULE') {
            $y += isset($b['sb']) ? $b['sb'] : 2;
            $w = isset($b['w']) ? $b['w'] : $this->cw; $x = $this->ml + ($this->cw - $w) / 2;
            $this->dcolor(isset($b['color']) ? $b['color'] : (isset($P['accent']) ? $P['accent'] : '#444444'));
            $this->SetLineWidth(isset($b['lw']) ? $b['lw'] : 0.8); $this->Line($x, $y, $x + $w, $y);
            $this->SetY($y + (isset($b['sa']) ? $b['sa'] : 8)); return;
        }
        if ($k == 'T') {
            $size = isset($b['size']) ? $b['size'] : 11;
            $this->setf($b, $size); $this->color(isset($b['color']) ? $b['color'] : $P['color']);
            $al = isset($b['align']) ? $b['align'] : $P['align'];
            $w = min(isset($b['w']) ? $b['w'] : $this->cw, $this->cw);
            $x = $al == 'C' ? $this->ml + ($this->cw - $w) / 2 : ($al == 'L' ? $this->ml : $this->ml + $this->cw - $w);
            $txt = !empty($b['track']) ? $this->track($b['text']) : $b['text'];
            $this->SetXY($x, $y + (isset($b['sb']) ? $b['sb'] : 0));
            $this->MultiCell($w, $size * (isset($b['lh']) ? $b['lh'] : 1.22), enc($txt), 0, $al);
            $this->SetY($this->GetY() + (isset($b['sa']) ? $b['sa'] : $size * 0.45));
            return;
        }
        if ($k == 'KV') {
            $size = isset($b['size']) ? $b['size'] : 11; $lh = $size * 1.25;
            list($x0, $w) = $this->blockx($b, $this->cw * 0.82);
            $lw = isset($b['lw']) ? $b['lw'] : 130; $gap = isset($b['gap']) ? $b['gap'] : 4;
            $this->color(isset($b['color']) ? $b['color'] : $P['color']);
            foreach ($b['rows'] as $r) {
                $this->setf(array('b'=>true, 'font'=>isset($b['font']) ? $b['font'] : $P['font']), $size);
                $this->SetXY($x0, $y); $this->Cell($lw, $lh, enc($r[0]));
                $this->setf(array('font'=>isset($b['font']) ? $b['font'] : $P['font']), $size);
                $this->SetXY($x0 + $lw, $y); $this->MultiCell($w - $lw, $lh, enc($r[1]), 0, 'L');
                $y = $this->GetY() + $gap;
            }
            $this->SetY($y + (isset($b['sa']) ? $b['sa'] : 8)); return;
        }
        if ($k == 'COLS') {
            $size = isset($b['size']) ? $b['size'] : 11.5; $lsize = isset($b['lsize']) ? $b['lsize'] : 8;
            list($x0, $w) = $this->blockx($b, $this->cw);
            $calign = isset($b['calign']) ? $b['calign'] : 'L';
            foreach ($b['rows'] as $row) {
                $n = count($row); $fr = isset($b['colw']) ? $b['colw'] : array_fill(0, $n, 1.0 / $n);
                $x = $x0;
                $this->setf(array('b'=>true), $lsize); $this->color('#555555'); $this->dcolor('#999999'); $this->SetLineWidth(0.4);
                foreach ($row as $i => $c) { $cw = $w * $fr[$i]; $this->SetXY($x, $y); $this->Cell($cw - 10, $lsize * 1.4, enc($c[0]), 'B', 0, $calign); $x += $cw; }
                $yv = $y + $lsize * 1.4 + 3; $maxy = $yv; $x = $x0;
                $this->setf(array(), $size); $this->color($P['color']);
                foreach ($row as $i => $c) { $cw = $w * $fr[$i]; $this->SetXY($x, $yv); $this->MultiCell($cw - 10, $size * 1.25, enc($c[1]), 0, $calign); $maxy = max($maxy, $this->GetY()); $x += $cw; }
                $y = $maxy + (isset($b['gap']) ? $b['gap'] : 10);
            }
            $this->SetY($y + (isset($b['sa']) ? $b['sa'] : 4)); return;
        }
        if ($k == 'TABLE') {
            $size = isset($b['size']) ? $b['size'] : 10; $lh = $size * 1.22;
            list($x0, $w) = $this->blockx($b, $this->cw);
            $n = count($b['header']); $fr = isset($b['widths']) ? $b['widths'] : array_fill(0, $n, 1.0 / $n);
            $this->dcolor('#666666'); $this->SetLineWidth(0.6); $this->color($P['color']);
            $rows = array_merge(array($b['header']), $b['rows']);
            foreach ($rows as $ri => $r) {
                $this->setf(array('b'=>$ri == 0), $size);
                $h = 0;
                foreach ($r as $i => $c) $h = max($h, $this->NbLines($w * $fr[$i], enc($c)));
                $h = $h * $lh + 4;
                $x = $x0;
                foreach ($r as $i => $c) {
                    $cw = $w * $fr[$i];
                    if ($ri == 0) { $this->fcolor('#e6e6e6'); $this->Rect($x, $y, $cw, $h, 'DF'); } else $this->Rect($x, $y, $cw, $h);
                    $this->SetXY($x, $y + 2); $this->MultiCell($cw, $lh, enc($c), 0, 'L');
                    $x += $cw;
                }
                $y += $h;
            }
            $this->SetY($y + (isset($b['sa']) ? $b['sa'] : 10)); return;
        }
        if ($k == 'SIG') {
            $size = isset($b['size']) ? $b['size'] : 9.5;
            list($x0, $w) = $this->blockx($b, $this->cw);
            $n = count($b['sigs']); $slot = $w / $n; $y += isset($b['sb']) ? $b['sb'] : 6; $maxy = $y;
            foreach ($b['sigs'] as $i => $s) {
                $ln = min($slot - 24, isset($b['lw']) ? $b['lw'] : 190);
                $lx = $x0 + $slot * $i + ($slot - $ln) / 2;
                if ((isset($b['align']) ? $b['align'] : 'C') == 'L' && $n == 1) $lx = $this->ml;
                $yy = $y;
                if (isset($s[2]) && $s[2]) { $this->SetFont('Times', 'I', 17); $this->color('#1b2a6b'); $this->SetXY($lx, $yy); $this->Cell($ln, 20, enc($s[2]), 0, 0, 'C'); }
                $yy += 22; $this->dcolor('#333333'); $this->SetLineWidth(0.7); $this->Line($lx, $yy, $lx + $ln, $yy); $yy += 2;
                $this->color($P['color']);
                $this->setf(array('b'=>true), $size); $this->SetXY($lx, $yy); $this->Cell($ln, $size * 1.3, enc($s[0]), 0, 0, 'C'); $yy += $size * 1.3;
                foreach (explode("\n", $s[1]) as $tl) { if ($tl === '') continue; $this->setf(array('i'=>true), $size - 0.5); $this->SetXY($lx, $yy); $this->Cell($ln, $size * 1.2, enc($tl), 0, 0, 'C'); $yy += $size * 1.2; }
                $maxy = max($maxy, $yy);
            }
            $this->SetY($maxy + (isset($b['sa']) ? $b['sa'] : 8)); return;
        }
    }
}

$spec = json_decode(file_get_contents($argv[1]), true);
$P = $spec['page'];
$P += array('font'=>'serif', 'align'=>'C', 'color'=>'#000000');
$W = ($P['size'] ?? 'letter') == 'letter' ? 612 : 595.28; $H = ($P['size'] ?? 'letter') == 'letter' ? 792 : 841.89;
if (($P['orient'] ?? 'portrait') == 'landscape') { $t = $W; $W = $H; $H = $t; }
$pdf = new CertPDF(($P['orient'] ?? 'portrait') == 'landscape' ? 'L' : 'P', 'pt', ($P['size'] ?? 'letter') == 'letter' ? 'Letter' : 'A4');
$pdf->P = $P; $pdf->W = $W; $pdf->H = $H;
$mg = $P['margin'] ?? 72;
$pdf->ml = $pdf->mr = $P['mx'] ?? $mg; $pdf->mt = $P['mt'] ?? $mg; $pdf->mb = $P['mb'] ?? $mg;
$pdf->cw = $W - $pdf->ml - $pdf->mr;
$pdf->SetMargins($pdf->ml, $pdf->mt, $pdf->mr);
$pdf->SetAutoPageBreak(false);
$pdf->SetTitle(enc($P['meta_title'] ?? 'Certificate'));
$pdf->SetAuthor(enc($P['meta_author'] ?? ''));
$pdf->SetCreator('FPDF');
foreach ($spec['blocks'] as $b) if ($b['k'] == 'FOOT') $pdf->foots[] = $b;
$pdf->AddPage();
foreach ($spec['blocks'] as $b) if ($b['k'] != 'FOOT') $pdf->Block($b);
$pdf->Output('F', $argv[2]);
