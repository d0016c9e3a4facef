<?php
// Generic FPDF table renderer.  php fpdf_render.php doc.json out.pdf
require_once('/usr/share/php/fpdf/fpdf.php');

function enc($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

class TPDF extends FPDF {
    public $D; public $O; public $inTable = false; public $avail;
    function setCM($m) { $this->cMargin = $m; }
    function NbLines($w, $txt) {
        $cw = &$this->CurrentFont['cw'];
        $wmax = ($w - 2 * $this->cMargin) * 1000 / $this->FontSize;
        $s = str_replace("\r", '', $txt); $nb = strlen($s);
        if ($nb > 0 && $s[$nb - 1] == "\n") $nb--;
        $sep = -1; $i = 0; $j = 0; $l = 0; $nl = 1;
        while ($i < $nb) {
            $c = $s[$i];
            if ($c == "\n") { $i++; $sep = -1; $j = $i; $l = 0; $nl++; continue; }
            if ($c == ' ') $sep = $i;
            $l += $cw[$c];
            if ($l > $wmax) {
                if ($sep == -1) { if ($i == $j) $i++; } else $i = $sep + 1;
                $sep = -1; $j = $i; $l = 0; $nl++;
            } else $i++;
        }
        return $nl;
    }
    function pf($t) {
        return str_replace(array('{page}', '{pages}'), array($this->PageNo(), '{nb}'), enc($t));
    }
    function Header() {
        $o = $this->O;
        if (!empty($o['page_header'])) {
            $this->SetFont($o['font'], '', $o['hf_size'] ?? 7.5);
            $y = $this->GetY();
            foreach (explode('|', $o['page_header']) as $k => $part) {
                $al = array('L', 'C', 'R')[$k];
                $this->SetXY($this->lMargin, $y);
                $this->Cell(0, 10, $this->pf($part), 0, 0, $al);
            }
            $this->Ln(16);
        }
        if ($this->inTable) $this->tableHeader();
    }
    function Footer() {
        $o = $this->O;
        if (empty($o['page_footer'])) return;
        $lines = explode("\n", $o['page_footer']);
        $this->SetY(-($this->bMarginOrig - 6));
        $this->SetFont($o['font'], '', $o['hf_size'] ?? 7.5);
        foreach ($lines as $line) {
            $y = $this->GetY();
            foreach (explode('|', $line) as $k => $part) {
                $this->SetXY($this->lMargin, $y);
                $this->Cell(0, 10, $this->pf($part), 0, 0, array('L', 'C', 'R')[$k]);
            }
            $this->Ln(10);
        }
    }
    public $bMarginOrig;
    function colW($c) { return $this->avail * $c['frac']; }
    function tableHeader() {
        $o = $this->O; $cols = $this->D['cols'];
        $this->SetFont($o['font'], 'B', $o['size']);
        $lh = $o['lh'];
        $lines = 1;
        foreach ($cols as $c) $lines = max($lines, count(explode("\n", $c['label'])));
        $h = $lines * $lh + 2 * ($o['vpad'] ?? 0);
        $x0 = $this->lMargin; $y = $this->GetY();
        if (!empty($o['th_bg'])) { $this->SetFillColor(...$o['th_bg']); }
        $x = $x0;
        foreach ($cols as $c) {
            $w = $this->colW($c);
            if (!empty($o['th_bg'])) $this->Rect($x, $y, $w, $h, 'F');
            if (($o['ruled'] ?? 'all') == 'all') $this->Rect($x, $y, $w, $h);
            $labs = explode("\n", $c['label']);
            $yy = $y + $h - count($labs) * $lh - ($o['vpad'] ?? 0);
            foreach ($labs as $lab) {
                $this->SetXY($x, $yy);
                $this->Cell($w, $lh, enc($lab), 0, 0, strtoupper(substr($c['halign'] ?? ($c['align'] ?? 'left'), 0, 1)));
                $yy += $lh;
            }
            $x += $w;
        }
        $ruled = $o['ruled'] ?? 'all';
        if ($ruled == 'horizontal' || $ruled == 'header') {
            $this->SetLineWidth(0.9);
            $this->Line($x0, $y + $h, $x0 + $this->avail, $y + $h);
            if ($ruled == 'horizontal') $this->Line($x0, $y, $x0 + $this->avail, $y);
            $this->SetLineWidth(0.4);
        }
        $this->SetXY($x0, $y + $h);
        $this->SetFont($o['font'], '', $o['size']);
    }
}

$D = json_decode(file_get_contents($argv[1]), true);
$o = $D['opts'];
$o += array('font' => 'Helvetica', 'size' => 9, 'page' => 'Letter', 'margin' => 40, 'mode' => 'cell', 'ruled' => 'all');
$o['lh'] = $o['lh'] ?? round($o['size'] * 1.25, 2);
$pdf = new TPDF(!empty($o['landscape']) ? 'L' : 'P', 'pt', $o['page']);
$pdf->D = $D; $pdf->O = $o;
$pdf->SetMargins($o['margin'], $o['margin'], $o['margin']);
$bm = $o['bmargin'] ?? $o['margin'];
$pdf->bMarginOrig = $bm;
$pdf->SetAutoPageBreak(true, $bm);
$pdf->AliasNbPages();
$pdf->SetCreator('FPDF table renderer');
$pdf->SetTitle(enc($o['pdf_title'] ?? 'CE Transcript'));
$pdf->SetLineWidth(0.4);
$pdf->avail = $pdf->GetPageWidth() - 2 * $o['margin'];
if (isset($o['cmargin'])) $pdf->setCM($o['cmargin']);
$pdf->AddPage();

// header block
foreach ($D['title_lines'] as $i => $t) {
    $pdf->SetFont($o['font'], 'B', $i == 0 ? $o['size'] * 1.6 : $o['size'] * 1.2);
    $pdf->Cell(0, $i == 0 ? $o['size'] * 2 : $o['size'] * 1.5, enc($t), 0, 1, $o['title_align'] ?? 'L');
}
$pdf->SetFont($o['font'], '', $o['size']);
foreach ($D['meta'] as $m) {
    if ($m[0] !== '') {
        $pdf->SetFont($o['font'], 'B', $o['size']);
        $lw = $pdf->GetStringWidth(enc($m[0] . ' ')) + 2 * 1.0;
        $pdf->Cell($lw, $o['lh'], enc($m[0]), 0, 0);
        $pdf->SetFont($o['font'], '', $o['size']);
        $pdf->Cell(0, $o['lh'], enc($m[1]), 0, 1);
    } else {
        $pdf->Cell(0, $o['lh'], enc($m[1]), 0, 1);
    }
}
$pdf->Ln($o['lh']);

$cols = $D['cols'];
$lh = $o['lh'];
$A = function ($a) { return strtoupper(substr($a, 0, 1)); };

if ($o['mode'] == 'mono') {
    $pdf->SetFont($o['font'], '', $o['size']);
    $o2 = $o;
    // mono: header lines repeated via Header()
    $pdf->inTable = false;
    foreach ($D['opts']['head_lines'] as $l) $pdf->Cell(0, $lh, enc($l), 0, 1);
    $pdf->O['mono_head'] = $D['opts']['head_lines'];
    foreach ($D['opts']['lines'] as $l) {
        if ($pdf->GetY() + $lh > $pdf->GetPageHeight() - $bm) {
            $pdf->AddPage();
            $pdf->SetFont($o['font'], '', $o['size']);
            foreach ($D['opts']['head_lines'] as $hl) $pdf->Cell(0, $lh, enc($hl), 0, 1);
        }
        $pdf->Cell(0, $lh, enc($l), 0, 1);
    }
} else {
    $pdf->inTable = true;
    $pdf->tableHeader();
    $n = 0;
    foreach ($D['body'] as $item) {
        $kind = $item['kind'];
        $pdf->SetFont($o['font'], $kind == 'row' ? '' : 'B', $o['size']);
        $fill = false;
        if ($kind == 'row') { $fill = !empty($o['zebra']) && ($n % 2 == 1); $n++; }
        if ($fill) $pdf->SetFillColor(...$o['zebra']);
        $x0 = $o['margin'];
        if ($o['mode'] == 'cell') {
            $h = $o['rowh'] ?? $lh + 4;
            if ($pdf->GetY() + $h > $pdf->GetPageHeight() - $bm) $pdf->AddPage();
            $border = ($o['ruled'] == 'all') ? 1 : 0;
            foreach ($cols as $c) {
                $v = $item['cells'][$c['key']] ?? '';
                $pdf->Cell($pdf->colW($c), $h, enc($v), $border, 0, $A($c['align'] ?? 'left'), $fill);
            }
            $pdf->Ln($h);
            if ($o['ruled'] == 'horizontal') $pdf->Line($x0, $pdf->GetY(), $x0 + $pdf->avail, $pdf->GetY());
            if ($kind == 'total' && $o['ruled'] != 'all') {
                $pdf->Line($x0, $pdf->GetY() - $h, $x0 + $pdf->avail, $pdf->GetY() - $h);
            }
        } elseif ($o['mode'] == 'multicell' || $o['mode'] == 'naive') {
            $nbs = array(); $maxn = 1;
            foreach ($cols as $c) {
                $v = enc($item['cells'][$c['key']] ?? '');
                $nb = $pdf->NbLines($pdf->colW($c), $v);
                $nbs[] = $nb; $maxn = max($maxn, $nb);
            }
            $vp = $o['vpad'] ?? 2;
            $h = $maxn * $lh + 2 * $vp;
            if ($pdf->GetY() + $h > $pdf->GetPageHeight() - $bm) $pdf->AddPage();
            $y = $pdf->GetY(); $x = $x0;
            foreach ($cols as $k => $c) {
                $w = $pdf->colW($c);
                $v = enc($item['cells'][$c['key']] ?? '');
                if ($o['mode'] == 'naive') {
                    $pdf->SetXY($x, $y);
                    $pdf->MultiCell($w, $lh, $v, 1, $A($c['align'] ?? 'left'), $fill);
                } else {
                    if ($fill) $pdf->Rect($x, $y, $w, $h, 'F');
                    if ($o['ruled'] == 'all') $pdf->Rect($x, $y, $w, $h);
                    $va = $o['valign'] ?? 'top';
                    $off = $vp;
                    if ($va == 'middle') $off = ($h - $nbs[$k] * $lh) / 2;
                    if ($va == 'bottom') $off = $h - $nbs[$k] * $lh - $vp;
                    $pdf->SetXY($x, $y + $off);
                    $pdf->MultiCell($w, $lh, $v, 0, $A($c['align'] ?? 'left'));
                }
                $x += $w;
            }
            $pdf->SetXY($x0, $y + ($o['mode'] == 'naive' ? $maxn * $lh : $h));
            if ($o['ruled'] == 'horizontal') $pdf->Line($x0, $pdf->GetY(), $x0 + $pdf->avail, $pdf->GetY());
        } elseif ($o['mode'] == 'flow') {
            // all single-line cells first, the last column (title) flows and may cross a page break
            if ($pdf->GetY() + $lh + 4 > $pdf->GetPageHeight() - $bm) $pdf->AddPage();
            $y = $pdf->GetY() + 2; $x = $x0;
            $last = count($cols) - 1;
            foreach ($cols as $k => $c) {
                if ($k == $last) break;
                $pdf->SetXY($x, $y);
                $pdf->Cell($pdf->colW($c), $lh, enc($item['cells'][$c['key']] ?? ''), 0, 0, $A($c['align'] ?? 'left'));
                $x += $pdf->colW($c);
            }
            $pdf->SetXY($x, $y);
            $pdf->MultiCell($pdf->colW($cols[$last]), $lh, enc($item['cells'][$cols[$last]['key']] ?? ''), 0, 'L');
            $pdf->SetY($pdf->GetY() + 2);
            if ($o['ruled'] == 'horizontal') {
                $pdf->SetDrawColor(150, 150, 150);
                $pdf->Line($x0, $pdf->GetY(), $x0 + $pdf->avail, $pdf->GetY());
                $pdf->SetDrawColor(0, 0, 0);
            }
        }
    }
    $pdf->inTable = false;
}
$pdf->SetFont($o['font'], '', $o['size'] * 0.9);
if (!empty($D['notes_below'])) {
    $pdf->Ln($lh);
    foreach ($D['notes_below'] as $nl) $pdf->MultiCell(0, $lh, enc($nl), 0, 'L');
}
$pdf->Output('F', $argv[2]);
