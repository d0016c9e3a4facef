<?php
// Generic TCPDF table renderer.  php tcpdf_render.php doc.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

class TT extends TCPDF {
    public $O; public $D; public $inTable = false; public $avail;
    function pf($t) {
        return str_replace(array('{page}', '{pages}'), array($this->getAliasNumPage(), $this->getAliasNbPages()), $t);
    }
    public function Header() {
        $o = $this->O;
        if (!empty($o['page_header'])) {
            $this->SetFont($o['font'], '', $o['hf_size'] ?? 7.5);
            $y = 18;
            foreach (explode('|', $o['page_header']) as $k => $part) {
                $this->SetXY($this->lMargin, $y);
                $this->Cell($this->avail, 10, $this->pf($part), 0, 0, array('L', 'C', 'R')[$k]);
            }
            if (!empty($o['header_rule'])) $this->Line($this->lMargin, $y + 12, $this->lMargin + $this->avail, $y + 12);
        }
        if ($this->inTable) { $this->SetY($this->tMargin); $this->tableHeader(); }
    }
    public function Footer() {
        $o = $this->O;
        if (empty($o['page_footer'])) return;
        $this->SetFont($o['font'], '', $o['hf_size'] ?? 7.5);
        $y = $this->getPageHeight() - 30;
        foreach (explode("\n", $o['page_footer']) as $line) {
            foreach (explode('|', $line) as $k => $part) {
                $this->SetXY($this->lMargin, $y);
                $this->Cell($this->avail, 10, $this->pf($part), 0, 0, array('L', 'C', 'R')[$k]);
            }
            $y += 10;
        }
    }
    function colW($c) { return $this->avail * $c['frac']; }
    function tableHeader() {
        $o = $this->O;
        $this->SetFont($o['font'], 'B', $o['size']);
        $lh = $o['lh']; $lines = 1;
        foreach ($this->D['cols'] as $c) $lines = max($lines, count(explode("\n", $c['label'])));
        $h = $lines * $lh + 4;
        $x = $this->lMargin; $y = $this->GetY();
        foreach ($this->D['cols'] as $c) {
            $w = $this->colW($c);
            if (!empty($o['th_bg'])) { $this->SetFillColor(...$o['th_bg']); $this->Rect($x, $y, $w, $h, 'F'); }
            if ($o['ruled'] == 'all') $this->Rect($x, $y, $w, $h);
            $this->MultiCell($w, $h, $c['label'], 0, strtoupper(substr($c['halign'] ?? ($c['align'] ?? 'left'), 0, 1)),
                false, 0, $x, $y, true, 0, false, true, $h, 'B');
            $x += $w;
        }
        if ($o['ruled'] != 'all' && $o['ruled'] != 'none') $this->Line($this->lMargin, $y + $h, $this->lMargin + $this->avail, $y + $h);
        $this->SetXY($this->lMargin, $y + $h);
        $this->SetFont($o['font'], '', $o['size']);
    }
}

$D = json_decode(file_get_contents($argv[1]), true);
$o = $D['opts'];
$o += array('font' => 'helvetica', 'size' => 9, 'page' => 'LETTER', 'margin' => 40, 'mode' => 'multicell', 'ruled' => 'all');
$o['lh'] = $o['lh'] ?? round($o['size'] * 1.3, 2);
$pdf = new TT(!empty($o['landscape']) ? 'L' : 'P', 'pt', strtoupper($o['page']), true, 'UTF-8', false);
$pdf->O = $o; $pdf->D = $D;
$pdf->SetCreator('TCPDF table renderer');
$pdf->SetTitle($o['pdf_title'] ?? 'CE Transcript');
$pdf->setPrintHeader(!empty($o['page_header']) || true);
$pdf->setPrintFooter(!empty($o['page_footer']));
$tm = $o['tmargin'] ?? $o['margin'];
$pdf->SetMargins($o['margin'], $tm, $o['margin']);
$bm = $o['bmargin'] ?? $o['margin'];
$pdf->SetAutoPageBreak(true, $bm);
$pdf->setCellPaddings($o['cpad'] ?? 2, 1, $o['cpad'] ?? 2, 1);
$pdf->setCellHeightRatio(1.2);
$pdf->SetLineWidth(0.5);
$pdf->avail = $pdf->getPageWidth() - 2 * $o['margin'];
$pdf->AddPage();
$pdf->SetY($tm);
foreach ($D['title_lines'] as $i => $t) {
    $pdf->SetFont($o['font'], 'B', $i == 0 ? $o['size'] * 1.6 : $o['size'] * 1.2);
    $pdf->Cell(0, 0, $t, 0, 1, 'L');
}
foreach ($D['meta'] as $m) {
    $pdf->SetFont($o['font'], '', $o['size']);
    if ($m[0] !== '') $pdf->writeHTMLCell(0, 0, '', '', '<b>' . htmlspecialchars($m[0]) . '</b> ' . htmlspecialchars($m[1]), 0, 1);
    else $pdf->Cell(0, 0, $m[1], 0, 1);
}
$pdf->Ln($o['lh']);
$lh = $o['lh'];
$cols = $D['cols'];
$A = function ($a) { return strtoupper(substr($a, 0, 1)); };

if ($o['mode'] == 'html') {
    $pdf->SetFont($o['font'], '', $o['size']);
    $b = $o['ruled'] == 'all' ? ' border="1"' : '';
    $h = '<table cellpadding="3"' . $b . '><thead><tr>';
    foreach ($cols as $c) $h .= '<th width="' . round($c['frac'] * 100, 2) . '%" align="' . ($c['halign'] ?? ($c['align'] ?? 'left'))
        . '" style="font-weight:bold;background-color:' . ($o['th_bgcolor'] ?? '#d9e2ec') . '">' . nl2br(htmlspecialchars($c['label'])) . '</th>';
    $h .= '</tr></thead><tbody>';
    $n = 0;
    foreach ($D['body'] as $item) {
        $bg = '';
        if ($item['kind'] == 'row') { if (!empty($o['zebra_html']) && $n % 2 == 1) $bg = ' bgcolor="' . $o['zebra_html'] . '"'; $n++; }
        $h .= '<tr' . $bg . ' nobr="true">';
        foreach ($cols as $c) {
            $v = htmlspecialchars($item['cells'][$c['key']] ?? '');
            if ($item['kind'] != 'row') $v = '<b>' . $v . '</b>';
            $h .= '<td width="' . round($c['frac'] * 100, 2) . '%" align="' . ($c['align'] ?? 'left') . '">' . $v . '</td>';
        }
        $h .= '</tr>';
    }
    $h .= '</tbody></table>';
    $pdf->writeHTML($h, true, false, false, false, '');
} elseif ($o['mode'] == 'cell') {
    $pdf->inTable = true;
    $pdf->tableHeader();
    foreach ($D['body'] as $item) {
        $pdf->SetFont($o['font'], $item['kind'] == 'row' ? '' : 'B', $o['size']);
        $h = $o['rowh'] ?? $lh + 2;
        if ($pdf->GetY() + $h > $pdf->getPageHeight() - $bm) $pdf->AddPage();
        foreach ($cols as $c) {
            if (isset($c['pad'])) $pdf->setCellPaddings($c['pad'][0], 1, $c['pad'][1], 1);
            $pdf->Cell($pdf->colW($c), $h, $item['cells'][$c['key']] ?? '', $o['ruled'] == 'all' ? 1 : 0, 0, $A($c['align'] ?? 'left'));
            $pdf->setCellPaddings($o['cpad'] ?? 2, 1, $o['cpad'] ?? 2, 1);
        }
        $pdf->Ln($h);
    }
    $pdf->inTable = false;
} else { // multicell
    $pdf->inTable = true;
    $pdf->tableHeader();
    $n = 0;
    foreach ($D['body'] as $item) {
        $pdf->SetFont($o['font'], $item['kind'] == 'row' ? '' : 'B', $o['size']);
        $maxn = 1;
        foreach ($cols as $c) $maxn = max($maxn, $pdf->getNumLines($item['cells'][$c['key']] ?? '', $pdf->colW($c)));
        $h = $maxn * $pdf->getCellHeight($o['size']) + 4;
        if ($pdf->GetY() + $h > $pdf->getPageHeight() - $bm) $pdf->AddPage();
        $fill = false;
        if ($item['kind'] == 'row') { $fill = !empty($o['zebra']) && $n % 2 == 1; $n++; }
        if ($fill) $pdf->SetFillColor(...$o['zebra']);
        $x = $pdf->lMargin ?? $o['margin']; $x = $o['margin']; $y = $pdf->GetY();
        foreach ($cols as $c) {
            $w = $pdf->colW($c);
            $pdf->MultiCell($w, $h, $item['cells'][$c['key']] ?? '', $o['ruled'] == 'all' ? 1 : 0, $A($c['align'] ?? 'left'),
                $fill, 0, $x, $y, true, 0, false, true, $h, strtoupper(substr($o['valign'] ?? 'T', 0, 1)) == 'M' ? 'M' : (strtoupper(substr($o['valign'] ?? 'T', 0, 1)) == 'B' ? 'B' : 'T'));
            $x += $w;
        }
        $pdf->SetXY($o['margin'], $y + $h);
        if ($o['ruled'] == 'horizontal') { $pdf->SetDrawColor(140); $pdf->Line($o['margin'], $y + $h, $o['margin'] + $pdf->avail, $y + $h); $pdf->SetDrawColor(0); }
    }
    $pdf->inTable = false;
}
if (!empty($D['notes_below'])) {
    $pdf->Ln($lh);
    $pdf->SetFont($o['font'], '', $o['size'] * 0.9);
    foreach ($D['notes_below'] as $nl) $pdf->MultiCell(0, 0, $nl, 0, 'L', false, 1);
}
$pdf->Output($argv[2], 'F');
