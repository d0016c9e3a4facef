<?php
// Usage: php engine_php.php fpdf|tcpdf page.json out.pdf
// Lays out the page description (see engines.py) with FPDF or TCPDF's own Cell/MultiCell.
$lib = $argv[1];
$p = json_decode(file_get_contents($argv[2]), true);
$out = $argv[3];
$orient = (isset($p['orient']) && $p['orient'] == 'L') ? 'L' : 'P';
if ($lib == 'fpdf') {
    require_once('/usr/share/php/fpdf/fpdf.php');
    $pdf = new FPDF($orient, 'pt', 'Letter');
    $SANS = 'Helvetica'; $SERIF = 'Times';
    function T($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
} else {
    require_once('/usr/share/php/tcpdf/tcpdf.php');
    $pdf = new TCPDF($orient, 'pt', 'LETTER', true, 'UTF-8', false);
    $pdf->setPrintHeader(false);
    $pdf->setPrintFooter(false);
    $pdf->SetCellPadding(0);
    $SANS = 'dejavusans'; $SERIF = 'dejavuserif';
    function T($s) { return $s; }
}
$pdf->SetTitle('Certificate');
$pdf->SetAutoPageBreak(false);
$fam = (isset($p['font']) && $p['font'] == 'serif') ? $SERIF : $SANS;
$m = !empty($p['border']) ? 66 : 56;
$pdf->SetMargins($m, $m, $m);
$dal = isset($p['align']) ? $p['align'] : 'C';
$col = isset($p['color']) ? $p['color'] : '#1f3a68';
$cr = hexdec(substr($col, 1, 2)); $cg = hexdec(substr($col, 3, 2)); $cb = hexdec(substr($col, 5, 2));

function newpage($pdf, $p, $m) {
    global $cr, $cg, $cb, $lib;
    $pdf->AddPage();
    $W = $pdf->GetPageWidth(); $H = $pdf->GetPageHeight();
    if (!empty($p['border'])) {
        $pdf->SetDrawColor($cr, $cg, $cb);
        $pdf->SetLineWidth(2.4);
        $pdf->Rect(28, 28, $W - 56, $H - 56);
        if ($p['border'] == 2) { $pdf->SetLineWidth(0.7); $pdf->Rect(36, 36, $W - 72, $H - 72); }
        $pdf->SetDrawColor(0, 0, 0);
    }
    if (!empty($p['seal']) && $lib == 'tcpdf') {
        $pdf->SetFillColor($cr, $cg, $cb);
        $pdf->StarPolygon($W - $m - 40, $H - $m - 70, 34, 24, 11, 0, 0, 'F');
        $pdf->SetFillColor(255, 255, 255);
        $pdf->Circle($W - $m - 40, $H - $m - 70, 24, 0, 360, 'F');
        $pdf->SetDrawColor($cr, $cg, $cb);
        $pdf->Circle($W - $m - 40, $H - $m - 70, 21, 0, 360, 'D');
        $pdf->SetDrawColor(0, 0, 0);
    }
    $pdf->SetY($m + 4);
}
function feet($pdf, $feet, $fam, $m) {
    if (!$feet) return;
    $H = $pdf->GetPageHeight(); $W = $pdf->GetPageWidth();
    $pdf->SetFont($fam, '', 7.5);
    $n = 0;
    foreach ($feet as $f) { $n += ceil($pdf->GetStringWidth(T($f)) / ($W - 2 * $m - 8)) ; }
    $pdf->SetXY($m, $H - $m + 14 - 9.5 * $n);
    foreach ($feet as $f) { $pdf->MultiCell(0, 9.5, T($f), 0, 'C'); }
}
newpage($pdf, $p, $m);
$W = $pdf->GetPageWidth();
$cw = $W - 2 * $m;
$feet = array();
foreach ($p['blocks'] as $b) {
    $k = $b['k'];
    if ($k == 'pb') { feet($pdf, $feet, $fam, $m); $feet = array(); newpage($pdf, $p, $m); continue; }
    if ($k == 't') {
        $size = isset($b['size']) ? $b['size'] : 12;
        $st = (!empty($b['b']) ? 'B' : '') . (!empty($b['i']) ? 'I' : '');
        $al = !empty($b['al']) ? $b['al'] : $dal;
        $pdf->SetFont($fam, $st, $size);
        if ($size >= 16) $pdf->SetTextColor($cr, $cg, $cb);
        $pdf->SetX($m);
        $pdf->MultiCell(0, $size * 1.25, T($b['s']), 0, $al);
        $pdf->SetTextColor(0, 0, 0);
        $pdf->Ln(isset($b['gap']) ? $b['gap'] : 4);
    } elseif ($k == 'sp') {
        $pdf->Ln($b['h']);
    } elseif ($k == 'rule') {
        $y = $pdf->GetY() + 5;
        $pdf->SetLineWidth(0.8);
        $pdf->Line($m + $cw * 0.15, $y, $W - $m - $cw * 0.15, $y);
        $pdf->SetY($y + 9);
    } elseif ($k == 'kv') {
        $lw = 150;
        $bx = $m + ($dal == 'L' ? 0 : $cw * 0.08);
        foreach ($b['rows'] as $r) {
            $pdf->SetX($bx);
            $pdf->SetFont($fam, 'B', 10.5);
            $pdf->Cell($lw, 15, T($r[0]), 0, 0, 'L');
            $pdf->SetFont($fam, '', 11);
            $pdf->MultiCell($W - $m - $bx - $lw - ($dal == 'L' ? 0 : $cw * 0.08), 15, T($r[1]), 0, 'L');
            $pdf->Ln(3);
        }
    } elseif ($k == 'cols') {
        $n = count($b['rows']); $w = $cw / $n;
        $pdf->SetFont($fam, '', 8.5);
        $pdf->SetX($m);
        foreach ($b['rows'] as $r) $pdf->Cell($w, 13, T(strtoupper($r[0])), 0, 0, 'C');
        $pdf->Ln(15);
        $pdf->SetFont($fam, 'B', 12);
        $pdf->SetX($m);
        $y = $pdf->GetY();
        foreach ($b['rows'] as $i => $r) {
            $pdf->Cell($w, 16, T($r[1]), 0, 0, 'C');
            $pdf->SetLineWidth(0.5);
            $pdf->Line($m + $i * $w + 12, $y + 18, $m + ($i + 1) * $w - 12, $y + 18);
        }
        $pdf->Ln(26);
    } elseif ($k == 'table') {
        $ws = isset($b['w']) ? $b['w'] : array_fill(0, count($b['head']), 1);
        $tw = $cw * 0.9; $s = array_sum($ws);
        $pdf->SetLineWidth(0.6);
        $rows = array_merge(array($b['head']), $b['rows']);
        foreach ($rows as $ri => $row) {
            $pdf->SetFont($fam, $ri == 0 ? 'B' : '', 10);
            $pdf->SetX($m + $cw * 0.05);
            foreach ($row as $j => $c) $pdf->Cell($tw * $ws[$j] / $s, 17, T(' ' . $c), 1, 0, 'L');
            $pdf->Ln(17);
        }
        $pdf->Ln(6);
    } elseif ($k == 'sig') {
        $n = count($b['rows']); $w = $cw / $n;
        $pdf->Ln(30);
        $y = $pdf->GetY();
        $pdf->SetLineWidth(0.7);
        foreach ($b['rows'] as $i => $r) {
            $cx = $m + $i * $w + $w / 2;
            $pdf->Line($cx - $w * 0.35, $y, $cx + $w * 0.35, $y);
            $pdf->SetXY($m + $i * $w, $y + 3);
            $pdf->SetFont($fam, 'B', 10);
            $pdf->Cell($w, 12, T($r[0]), 0, 2, 'C');
            $pdf->SetFont($fam, 'I', 9);
            foreach (explode("\n", $r[1]) as $ln) $pdf->Cell($w, 11, T($ln), 0, 2, 'C');
        }
        $pdf->SetY($y + 45);
    } elseif ($k == 'foot') {
        $feet[] = $b['s'];
    }
}
feet($pdf, $feet, $fam, $m);
if ($lib == 'fpdf') $pdf->Output('F', $out); else $pdf->Output($out, 'F');
