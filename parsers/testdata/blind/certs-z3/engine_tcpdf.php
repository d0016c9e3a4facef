<?php
// TCPDF back end: flows the certificate blocks (text / cols / kv / table / sig /
// rule / space / page) with MultiCell and writeHTML tables, DejaVu fonts.
// usage: php engine_tcpdf.php spec.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

$spec = json_decode(file_get_contents($argv[1]), true);
$pg = $spec['page'];
$orient = isset($pg['orient']) ? $pg['orient'] : 'P';
$W = $orient == 'L' ? 792 : 612; $H = $orient == 'L' ? 612 : 792;
$m = isset($pg['margin']) ? $pg['margin'] : 72;
$top = isset($pg['top']) ? $pg['top'] : $m;
$fam0 = isset($pg['font']) ? $pg['font'] : 'serif';
$al0 = isset($pg['align']) ? $pg['align'] : 'c';
$acc = isset($pg['accent']) ? $pg['accent'] : '#1f3a5f';
$acc2 = isset($pg['accent2']) ? $pg['accent2'] : '#b08d3c';
$FAM = array('serif' => 'dejavuserif', 'sans' => 'dejavusans');
$ALN = array('c' => 'C', 'l' => 'L', 'r' => 'R');
$HAL = array('c' => 'center', 'l' => 'left', 'r' => 'right');

function rgb($hex) { $hex = ltrim($hex, '#'); return array(hexdec(substr($hex, 0, 2)), hexdec(substr($hex, 2, 2)), hexdec(substr($hex, 4, 2))); }
function colorof($c, $acc) { if (!$c) return '#000000'; if ($c == 'accent') return $acc; if ($c == 'grey') return '#555555'; return $c; }
function lsp($s) { $w = explode(' ', $s); $o = array(); foreach ($w as $x) { $o[] = implode(' ', preg_split('//u', $x, -1, PREG_SPLIT_NO_EMPTY)); } return implode('   ', $o); }
function cv($v) { if (is_array($v) && isset($v['v'])) return array($v['v'], isset($v['ls']) ? $v['ls'] : false); return array($v, false); }
function he($s) { return htmlspecialchars($s, ENT_QUOTES, 'UTF-8'); }

class CertTCPDF extends TCPDF {
    public $deco = array();
    public $feet = array();
    public function Header() {
        $d = $this->deco;
        $W = $this->getPageWidth(); $H = $this->getPageHeight();
        $b = $d['border'];
        if ($b == 'single') {
            $this->SetLineStyle(array('width' => 1.5, 'color' => rgb($d['acc'])));
            $this->Rect(22, 22, $W - 44, $H - 44);
        } elseif ($b == 'double' || $b == 'ornate') {
            $this->SetLineStyle(array('width' => 3, 'color' => rgb($d['acc'])));
            $this->Rect(18, 18, $W - 36, $H - 36);
            $this->SetLineStyle(array('width' => 0.8, 'color' => rgb($d['acc'])));
            $this->Rect(26, 26, $W - 52, $H - 52);
            if ($b == 'ornate') {
                $this->SetLineStyle(array('width' => 0.4, 'color' => rgb($d['acc2'])));
                $this->Rect(34, 34, $W - 68, $H - 68);
            }
        }
        foreach ($d['seal_ops'] as $o) {
            if ($o['op'] == 'circle') {
                $this->SetLineStyle(array('width' => $o['lw'], 'color' => rgb($o['color'])));
                $this->Circle($o['cx'], $H - $o['cy'], $o['r']);
            } elseif ($o['op'] == 'text') {
                $this->SetFont('dejavusans', 'B', $o['size']);
                $this->SetTextColorArray(rgb($o['color']));
                $this->SetXY($o['x'], $H - $o['y'] - $o['size'] * 0.95);
                $this->Cell($o['w'], $o['size'] * 1.1, $o['s'], 0, 0, 'C', false, '', 0, false, 'T', 'T');
            }
        }
    }
    public function Footer() {
        $idx = $this->getPage() - 1;
        if (!isset($this->feet[$idx])) return;
        $H = $this->getPageHeight(); $W = $this->getPageWidth();
        $lines = $this->feet[$idx];
        $yb = $this->deco['foot'];
        foreach (array_reverse($lines) as $f) {
            $this->SetFont($f[1], '', $f[2]);
            $this->SetTextColorArray(rgb($f[4]));
            $this->SetXY($this->deco['m'], $H - $yb - $f[2]);
            $this->Cell($W - 2 * $this->deco['m'], $f[2] * 1.2, $f[0], 0, 0, $f[3], false, '', 0, false, 'T', 'B');
            $yb += $f[2] * 1.3;
        }
    }
}

$pdf = new CertTCPDF($orient, 'pt', 'LETTER', true, 'UTF-8', false);
$pdf->SetCreator('TCPDF');
$pdf->SetAuthor($spec['author']);
$pdf->SetTitle($spec['title']);
$pdf->setPrintHeader(true);
$pdf->setPrintFooter(true);
$pdf->SetMargins($m, $top, $m);
$pdf->SetHeaderMargin(0);
$pdf->SetFooterMargin(0);
$pdf->SetAutoPageBreak(false, 0);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->deco = array('border' => isset($pg['border']) ? $pg['border'] : null, 'acc' => $acc, 'acc2' => $acc2,
    'seal_ops' => $spec['seal_ops'], 'foot' => isset($pg['foot']) ? $pg['foot'] : 44, 'm' => $m);

// collect footers per page first
$pi = 0; $feet = array(array());
foreach ($spec['blocks'] as $b) {
    if ($b['k'] == 'page') { $pi++; $feet[] = array(); continue; }
    if ($b['k'] == 'text' && !empty($b['foot'])) {
        $fam = isset($b['font']) ? $b['font'] : $fam0;
        $al = isset($b['al']) ? $b['al'] : $al0;
        $s = is_array($b['s']) ? implode(' ', $b['s']) : $b['s'];
        $feet[$pi][] = array($s, $FAM[$fam], $b['size'], $ALN[$al], colorof(isset($b['c']) ? $b['c'] : null, $acc));
    }
}
$pdf->feet = $feet;
$pdf->AddPage();
$cw = $W - 2 * $m;

foreach ($spec['blocks'] as $b) {
    $k = $b['k'];
    $fam = isset($b['font']) ? $FAM[$b['font']] : $FAM[$fam0];
    if ($k == 'page') { $pdf->AddPage(); continue; }
    if ($k == 'space') { $pdf->SetY($pdf->GetY() + $b['h']); continue; }
    if ($k == 'text') {
        if (!empty($b['foot'])) continue;
        $size = $b['size'];
        $st = (!empty($b['b']) ? 'B' : '') . (!empty($b['i']) ? 'I' : '');
        $pdf->SetFont($fam, $st, $size);
        $pdf->setCellHeightRatio(1.25);
        $pdf->SetTextColorArray(rgb(colorof(isset($b['c']) ? $b['c'] : null, $acc)));
        $gap = isset($b['gap']) ? $b['gap'] : $size * 0.5;
        $al = isset($b['al']) ? $b['al'] : $al0;
        $w = $cw * (isset($b['w']) ? $b['w'] : 1.0);
        $x = $al == 'c' ? $m + ($cw - $w) / 2 : $m;
        $s = $b['s'];
        if (!empty($b['ls'])) $s = lsp($s);
        if (is_array($s)) $s = implode("\n", $s);
        $pdf->SetY($pdf->GetY() + $gap);
        $pdf->MultiCell($w, 0, $s, 0, $ALN[$al], false, 1, $x, '', true, 0, false, true, 0, 'T', false);
        continue;
    }
    if ($k == 'rule') {
        $gap = isset($b['gap']) ? $b['gap'] : 6;
        $w = $cw * (isset($b['w']) ? $b['w'] : 1.0);
        $al = isset($b['al']) ? $b['al'] : $al0;
        $x = $al == 'c' ? $m + ($cw - $w) / 2 : $m;
        $y = $pdf->GetY() + $gap;
        $pdf->SetLineStyle(array('width' => isset($b['lw']) ? $b['lw'] : 0.8, 'color' => rgb(colorof(isset($b['c']) ? $b['c'] : 'accent', $acc))));
        $pdf->Line($x, $y, $x + $w, $y);
        $pdf->SetY($y + (isset($b['after']) ? $b['after'] : 4));
        continue;
    }
    $pdf->SetTextColor(0, 0, 0);
    $pdf->setCellHeightRatio(1.25);
    if ($k == 'cols') {
        $n = count($b['labels']);
        $w = $cw * (isset($b['w']) ? $b['w'] : 1.0);
        $cal = $HAL[isset($b['cal']) ? $b['cal'] : ($al0 == 'c' ? 'c' : 'l')];
        $ls = isset($b['lsize']) ? $b['lsize'] : 8.5;
        $vs = isset($b['size']) ? $b['size'] : 12;
        $html = '<table cellpadding="2" style="width:' . round($w) . 'pt"><tr>';
        $cwf = isset($b['widths']) ? $b['widths'] : array_fill(0, $n, 1.0 / $n);
        foreach ($b['labels'] as $j => $l) $html .= '<td width="' . round($w * $cwf[$j]) . '" align="' . $cal . '" style="font-family:dejavusans;font-weight:bold;font-size:' . $ls . 'pt;color:#555555">' . he(strtoupper($l)) . '</td>';
        $html .= '</tr><tr>';
        foreach ($b['values'] as $j => $v) { list($s, $lsf) = cv($v); if ($lsf) $s = lsp($s);
            $html .= '<td width="' . round($w * $cwf[$j]) . '" align="' . $cal . '" style="font-size:' . $vs . 'pt' . (!empty($b['vb']) ? ';font-weight:bold' : '') . '">' . he($s) . '</td>'; }
        $html .= '</tr></table>';
        $pdf->SetFont($fam, '', $vs);
        $pdf->SetY($pdf->GetY() + (isset($b['gap']) ? $b['gap'] : 8));
        $pdf->writeHTMLCell($w, 0, $m + ($cw - $w) / 2, '', $html, 0, 1, false, true, 'L', true);
        continue;
    }
    if ($k == 'kv') {
        $w = $cw * (isset($b['w']) ? $b['w'] : 1.0);
        $lw = isset($b['lw']) ? $b['lw'] : 0.34;
        $sz = isset($b['size']) ? $b['size'] : 11;
        $la = $HAL[isset($b['la']) ? $b['la'] : 'l'];
        $lb = isset($b['lb']) ? $b['lb'] : true;
        $html = '<table cellpadding="2">';
        foreach ($b['rows'] as $r) {
            $vals = is_array($r[1]) && !isset($r[1]['v']) ? $r[1] : array($r[1]);
            $vs = array(); foreach ($vals as $v) { list($s, $x) = cv($v); $vs[] = he($s); }
            $html .= '<tr><td width="' . round($w * $lw) . '" align="' . $la . '"' . ($lb ? ' style="font-weight:bold"' : '') . '>' . he($r[0]) . '</td><td width="' . round($w * (1 - $lw)) . '"' . (!empty($b['vb']) ? ' style="font-weight:bold"' : '') . '>' . implode('<br />', $vs) . '</td></tr>';
        }
        $html .= '</table>';
        $pdf->SetFont($fam, '', $sz);
        $pdf->SetY($pdf->GetY() + (isset($b['gap']) ? $b['gap'] : 8));
        $pdf->writeHTMLCell($w, 0, $m + ($cw - $w) / 2, '', $html, 0, 1, false, true, 'L', true);
        continue;
    }
    if ($k == 'table') {
        $n = count($b['head']);
        $w = $cw * (isset($b['w']) ? $b['w'] : 1.0);
        $widths = isset($b['widths']) ? $b['widths'] : array_fill(0, $n, 1.0 / $n);
        $aligns = isset($b['aligns']) ? $b['aligns'] : array_merge(array('l'), array_fill(0, $n - 1, 'c'));
        $sz = isset($b['size']) ? $b['size'] : 10;
        $html = '<table border="0.6" cellpadding="4"><tr style="background-color:#e8ecf2">';
        foreach ($b['head'] as $j => $hd) $html .= '<th width="' . round($w * $widths[$j]) . '" align="' . $HAL[$aligns[$j]] . '" style="font-family:dejavusans;font-weight:bold">' . he($hd) . '</th>';
        $html .= '</tr>';
        foreach ($b['rows'] as $r) {
            $html .= '<tr>';
            foreach ($r as $j => $c) { list($s, $x) = cv($c); $html .= '<td width="' . round($w * $widths[$j]) . '" align="' . $HAL[$aligns[$j]] . '">' . he($s) . '</td>'; }
            $html .= '</tr>';
        }
        $html .= '</table>';
        $pdf->SetFont($fam, '', $sz);
        $pdf->SetY($pdf->GetY() + (isset($b['gap']) ? $b['gap'] : 8));
        $pdf->writeHTMLCell($w, 0, $m + ($cw - $w) / 2, '', $html, 0, 1, false, true, 'L', true);
        continue;
    }
    if ($k == 'sig') {
        $sigs = $b['sigs'];
        $n = count($sigs);
        $al = isset($b['al']) ? $b['al'] : 'c';
        $sw = min(isset($b['sw']) ? $b['sw'] : 200, $cw / $n - 24);
        $y0 = $pdf->GetY() + (isset($b['gap']) ? $b['gap'] : 28);
        $maxy = $y0;
        foreach ($sigs as $j => $s) {
            $x = $al == 'c' ? $m + ($cw / $n) * $j + ($cw / $n - $sw) / 2 : $m + $j * ($sw + 40);
            $name = $s[0];
            $titles = is_array($s[1]) ? $s[1] : array($s[1]);
            $script = count($s) > 2 ? $s[2] : explode(',', $name)[0];
            if ($script) {
                $pdf->SetFont('dejavuserif', 'I', 14);
                $pdf->SetTextColor(26, 42, 108);
                $pdf->SetXY($x, $y0 - 19);
                $pdf->Cell($sw, 16, $script, 0, 0, $ALN[$al]);
            }
            $pdf->SetLineStyle(array('width' => 0.7, 'color' => array(0, 0, 0)));
            $pdf->Line($x, $y0, $x + $sw, $y0);
            $pdf->SetTextColor(0, 0, 0);
            $pdf->SetFont($fam, 'B', 9);
            $pdf->SetXY($x, $y0 + 3);
            $pdf->Cell($sw, 11, $name, 0, 2, $ALN[$al]);
            $pdf->SetFont($fam, '', 8);
            $pdf->SetTextColor(51, 51, 51);
            foreach ($titles as $t) { $pdf->SetX($x); $pdf->Cell($sw, 10, $t, 0, 2, $ALN[$al]); }
            $maxy = max($maxy, $pdf->GetY());
        }
        $pdf->SetY($maxy + 4);
        continue;
    }
}
$pdf->Output($argv[2], 'F');
