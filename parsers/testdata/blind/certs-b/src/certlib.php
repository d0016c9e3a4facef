<?php
// Shared layout code for the FPDF and TCPDF certificates.  Each X.php sets
// $LIB ('fpdf' or 'tcpdf'), requires this file and calls render_cert() with
// the block list written by gen.py.
if ($LIB == 'fpdf') {
    require_once '/usr/share/php/fpdf/fpdf.php';
    class CertPDF extends FPDF { function rawout($s) { $this->_out($s); } }
} else {
    require_once '/usr/share/php/tcpdf/tcpdf.php';
    class CertPDF extends TCPDF { function rawout($s) { $this->_out($s); } }
}

$G = array();   // x0, tw, font map

function enc($s) {
    global $LIB;
    if ($LIB == 'fpdf') {
        $r = iconv('UTF-8', 'windows-1252', $s);
        if ($r === false) { fwrite(STDERR, "cannot encode: $s\n"); exit(1); }
        return $r;
    }
    return $s;
}

function fam($f) {
    global $LIB, $G;
    if ($LIB == 'fpdf') {
        $m = array('serif' => 'Times', 'sans' => 'Helvetica', 'dserif' => 'Times', 'dsans' => 'Helvetica',
                   'narrow' => 'Helvetica', 'mono' => 'Courier');
    } elseif ($G['tcfont'] == 'dejavu') {
        $m = array('serif' => 'dejavuserif', 'sans' => 'dejavusans', 'dserif' => 'dejavuserif',
                   'dsans' => 'dejavusans', 'narrow' => 'dejavusanscondensed', 'mono' => 'dejavusansmono');
    } else {
        $m = array('serif' => 'times', 'sans' => 'helvetica', 'dserif' => 'times', 'dsans' => 'helvetica',
                   'narrow' => 'helvetica', 'mono' => 'courier');
    }
    return $m[$f ? $f : $G['font']];
}

function sf($pdf, $f, $b, $i, $size) {
    $st = ($b ? 'B' : '') . ($i ? 'I' : '');
    $pdf->SetFont(fam($f), $st, $size);
}

function col($pdf, $hex) {
    if (!$hex) { $pdf->SetTextColor(0, 0, 0); return; }
    $h = ltrim($hex, '#');
    $pdf->SetTextColor(hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2)));
}

function drawcol($pdf, $hex) {
    $h = ltrim($hex, '#');
    $pdf->SetDrawColor(hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2)));
}

function al($a) {
    global $LIB;
    // TCPDF's MultiCell also stretches the last line of a justified paragraph
    $m = array('c' => 'C', 'l' => 'L', 'r' => 'R', 'j' => ($LIB == 'fpdf' ? 'J' : 'L'));
    return $m[$a];
}

function mc($pdf, $w, $h, $txt, $align, $border = 0, $fill = false) {
    global $LIB;
    if ($LIB == 'fpdf') $pdf->MultiCell($w, $h, enc($txt), $border, $align, $fill);
    else $pdf->MultiCell($w, $h, $txt, $border, $align, $fill, 1);
}

function md_segments($s) {
    $parts = preg_split('/\*\*(.+?)\*\*/s', $s, -1, PREG_SPLIT_DELIM_CAPTURE);
    $out = array();
    foreach ($parts as $k => $p) { if ($p !== '') $out[] = array($p, $k % 2 == 1); }
    return $out;
}

function nblines($pdf, $w, $txt) {
    $n = 0;
    foreach (explode("\n", $txt) as $para) {
        $cur = '';
        $n++;
        foreach (explode(' ', $para) as $word) {
            $t = $cur === '' ? $word : $cur . ' ' . $word;
            if ($cur !== '' && $pdf->GetStringWidth(enc($t)) > $w) { $n++; $cur = $word; }
            else $cur = $t;
        }
    }
    return $n;
}

function blk_text($pdf, $b, $isp) {
    global $LIB, $G;
    $x0 = $G['x0']; $tw = $G['tw'];
    $pdf->SetY($pdf->GetY() + $b['sb']);
    sf($pdf, $b['font'], $b['b'], $b['i'], $b['size']);
    col($pdf, $b['color']);
    $lh = $b['size'] * $b['lh'];
    $w = $tw; $x = $x0;
    if ($isp && $b['width']) { $w = $tw * $b['width']; $x = $x0 + ($tw - $w) / 2; }
    $ls = isset($b['ls']) ? $b['ls'] : 0;
    $text = $b['text'];
    if (strpos($text, '**') !== false) {
        if ($LIB == 'tcpdf') {
            $h = htmlspecialchars($text, ENT_NOQUOTES, 'UTF-8');
            $h = preg_replace('/\*\*(.+?)\*\*/s', '<b>$1</b>', $h);
            $h = str_replace("\n", '<br />', $h);
            $pdf->setCellHeightRatio($b['lh']);
            $pdf->writeHTMLCell($w, 0, $x, $pdf->GetY(), $h, 0, 1, false, true, al($b['align']));
            $pdf->setCellHeightRatio(1.25);
        } else {
            $segs = md_segments($text);
            $tot = 0;
            foreach ($segs as $s) { sf($pdf, $b['font'], $s[1] || $b['b'], $b['i'], $b['size']); $tot += $pdf->GetStringWidth(enc($s[0])); }
            $pdf->SetLeftMargin($x); $pdf->SetRightMargin($G['pw'] - $x - $w);
            $pdf->SetX($b['align'] == 'c' && $tot < $w ? $x + ($w - $tot) / 2 : $x);
            foreach ($segs as $s) { sf($pdf, $b['font'], $s[1] || $b['b'], $b['i'], $b['size']); $pdf->Write($lh, enc($s[0])); }
            $pdf->Ln($lh);
            $pdf->SetLeftMargin($x0); $pdf->SetRightMargin($G['pw'] - $x0 - $tw);
        }
        return;
    }
    if ($ls) {
        foreach (explode("\n", $text) as $line) {
            $n = iconv_strlen($line, 'UTF-8');
            if ($LIB == 'fpdf') {
                $sw = $pdf->GetStringWidth(enc($line)) + $ls * ($n - 1);
                $pdf->rawout(sprintf('%.2F Tc', $ls));
            } else {
                $pdf->setFontSpacing($ls);
                $sw = $pdf->GetStringWidth($line);
            }
            $sx = $b['align'] == 'c' ? $x + ($w - $sw) / 2 : ($b['align'] == 'r' ? $x + $w - $sw : $x);
            $pdf->SetX($sx - ($LIB == 'fpdf' ? 2.835 : 0));
            if ($LIB == 'fpdf') $pdf->Cell($sw + 6, $lh, enc($line), 0, 1, 'L');
            else $pdf->Cell($sw + 6, $lh, $line, 0, 1, 'L', false, '', 0, false, 'T', 'M');
            if ($LIB == 'fpdf') $pdf->rawout('0 Tc'); else $pdf->setFontSpacing(0);
        }
        return;
    }
    $pdf->SetX($x);
    mc($pdf, $w, $lh, $text, al($b['align']));
}

function blk_kv($pdf, $o) {
    global $LIB, $G;
    $x0 = $G['x0']; $tw = $G['tw'];
    $width = $o['width'] * $tw;
    $bx = $x0 + ($o['align'] == 'c' ? ($tw - $width) / 2 : ($o['align'] == 'r' ? $tw - $width : 0));
    $pdf->SetY($pdf->GetY() + $o['sb']);
    $rows = $o['rows'];
    $f = $o['font'];
    $llh = $o['lsize'] * 1.3; $vlh = $o['vsize'] * 1.3;
    if ($o['mode'] == 'inline') {
        foreach ($rows as $r) {
            list($lbl, $v) = $r;
            sf($pdf, $f, $o['lb'], false, $o['lsize']); $lw = $pdf->GetStringWidth(enc($lbl . ' '));
            sf($pdf, $f, $o['vb'], false, $o['vsize']); $vw = $pdf->GetStringWidth(enc($v));
            $sx = $o['align'] == 'c' ? $bx + ($width - $lw - $vw) / 2 : $bx;
            $y = $pdf->GetY();
            sf($pdf, $f, $o['lb'], false, $o['lsize']); col($pdf, $o['lcolor']);
            $pdf->SetXY($sx, $y); $pdf->Cell($lw + 1, $vlh, enc($lbl . ' '), 0, 0, 'L');
            sf($pdf, $f, $o['vb'], false, $o['vsize']); col($pdf, null);
            $pdf->SetXY($sx + $lw, $y); $pdf->Cell($vw + 6, $vlh, enc($v), 0, 1, 'L');
            $pdf->SetY($y + $vlh + 2);
        }
        return;
    }
    $ncols = $o['cols'];
    $pair = ($o['mode'] == 'beside' || $o['mode'] == 'table');
    $per = $pair ? 2 * $ncols : $ncols;
    $widths = array();
    if ($o['widths']) { foreach ($o['widths'] as $wf) $widths[] = $wf * $width; }
    else { for ($i = 0; $i < $per; $i++) $widths[] = $width / $per; }
    $border = $o['mode'] == 'table';
    $pad = $border ? 4 : 0;
    for ($r = 0; $r < count($rows); $r += $ncols) {
        $chunk = array_slice($rows, $r, $ncols);
        $top = $pdf->GetY();
        $low = $top;
        $cx = $bx; $ci = 0;
        if ($pair) {
            // row height
            $hh = 0;
            foreach ($chunk as $k => $rv) {
                sf($pdf, $f, $o['lb'], false, $o['lsize']);
                $nl = nblines($pdf, $widths[2 * $k] - 2 * $pad - 6, $rv[0]);
                sf($pdf, $f, $o['vb'], false, $o['vsize']);
                $nv = nblines($pdf, $widths[2 * $k + 1] - 2 * $pad - 6, $rv[1]);
                $hh = max($hh, $nl * $llh, $nv * $vlh);
            }
            $hh += 2 * $pad;
            foreach ($chunk as $k => $rv) {
                $lw = $widths[2 * $k]; $vw = $widths[2 * $k + 1];
                if ($border) {
                    if ($o['fill']) {
                        $h = ltrim($o['fill'], '#');
                        $pdf->SetFillColor(hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2)));
                        $pdf->Rect($cx, $top, $lw, $hh, 'F');
                    }
                    $pdf->SetDrawColor(85, 85, 85); $pdf->SetLineWidth(0.75);
                    $pdf->Rect($cx, $top, $lw, $hh); $pdf->Rect($cx + $lw, $top, $vw, $hh);
                }
                sf($pdf, $f, $o['lb'], false, $o['lsize']); col($pdf, $o['lcolor']);
                $pdf->SetXY($cx + $pad, $top + $pad); mc($pdf, $lw - 2 * $pad, $llh, $rv[0], 'L');
                sf($pdf, $f, $o['vb'], false, $o['vsize']); col($pdf, null);
                $pdf->SetXY($cx + $lw + $pad, $top + $pad); mc($pdf, $vw - 2 * $pad, $vlh, $rv[1], 'L');
                $cx += $lw + $vw;
            }
            $low = $top + $hh;
        } else {
            foreach ($chunk as $k => $rv) {
                $cw = $widths[$k];
                if ($o['mode'] == 'above') {
                    sf($pdf, $f, $o['lb'], false, $o['lsize']); col($pdf, $o['lcolor']);
                    $pdf->SetXY($cx, $top); mc($pdf, $cw - 8, $llh, $rv[0], al($o['align']));
                    sf($pdf, $f, $o['vb'], false, $o['vsize']); col($pdf, null);
                    $pdf->SetX($cx); mc($pdf, $cw - 8, $vlh, $rv[1], al($o['align']));
                    $low = max($low, $pdf->GetY() + 6);
                } else {
                    sf($pdf, $f, $o['vb'], false, $o['vsize']); col($pdf, null);
                    $pdf->SetXY($cx + 8, $top); mc($pdf, $cw - 16, $vlh, $rv[1], 'C');
                    $yy = $pdf->GetY() + 2;
                    $pdf->SetDrawColor(51, 51, 51); $pdf->SetLineWidth(0.75);
                    $pdf->Line($cx + 10, $yy, $cx + $cw - 10, $yy);
                    sf($pdf, $f, $o['lb'], false, $o['lsize']); col($pdf, $o['lcolor']);
                    $pdf->SetXY($cx + 8, $yy + 2); mc($pdf, $cw - 16, $llh, $rv[0], 'C');
                    $low = max($low, $pdf->GetY() + 6);
                }
                $cx += $cw;
            }
        }
        $pdf->SetY($low);
    }
}

function render_cert($spec, $out) {
    global $LIB, $G;
    $sizes = array('letter' => array(612, 792, 'P', 'Letter'), 'letter-l' => array(792, 612, 'L', 'Letter'),
                   'a4' => array(595.28, 841.89, 'P', 'A4'), 'a4-l' => array(841.89, 595.28, 'L', 'A4'));
    list($pw, $ph, $or, $nm) = $sizes[$spec['page']];
    $m = $spec['margin'];
    $fr = $spec['frame'];
    $inset = $fr ? $fr['width'] + $fr['pad'] : 0;
    $G = array('x0' => $m + $inset, 'tw' => $pw - 2 * $m - 2 * $inset, 'font' => $spec['font'],
               'tcfont' => $spec['tcfont'], 'pw' => $pw);
    if ($LIB == 'fpdf') {
        $pdf = new CertPDF($or, 'pt', $nm);
    } else {
        $pdf = new CertPDF($or, 'pt', strtoupper($nm), true, 'UTF-8', false);
        $pdf->setPrintHeader(false);
        $pdf->setPrintFooter(false);
        $pdf->setCellPaddings(2, 0, 2, 0);
        $pdf->setCellHeightRatio(1.25);
        $pdf->setFontSubsetting(true);
    }
    $pdf->SetMargins($G['x0'], $m + $inset, $G['x0']);
    $pdf->SetAutoPageBreak(false);
    $pdf->SetTitle(enc($spec['title']));
    if ($spec['author']) $pdf->SetAuthor(enc($spec['author']));
    foreach ($spec['pages'] as $blocks) {
        $pdf->AddPage();
        if ($fr) {
            drawcol($pdf, $fr['color']);
            if ($fr['style'] == 'double') {
                $pdf->SetLineWidth($fr['width'] / 3);
                $pdf->Rect($m, $m, $pw - 2 * $m, $ph - 2 * $m);
                $d = $fr['width'];
                $pdf->Rect($m + $d, $m + $d, $pw - 2 * $m - 2 * $d, $ph - 2 * $m - 2 * $d);
            } else {
                $pdf->SetLineWidth($fr['width']);
                $pdf->Rect($m, $m, $pw - 2 * $m, $ph - 2 * $m);
                if (!empty($fr['inner'])) {
                    $pdf->SetLineWidth(1);
                    $d = $fr['width'] + 5;
                    $pdf->Rect($m + $d, $m + $d, $pw - 2 * $m - 2 * $d, $ph - 2 * $m - 2 * $d);
                }
            }
        }
        $pdf->SetY($m + $inset);
        foreach ($blocks as $b) {
            switch ($b['k']) {
                case 't': blk_text($pdf, $b, false); break;
                case 'p': blk_text($pdf, $b, true); break;
                case 'kv': blk_kv($pdf, $b); break;
                case 'sp': $pdf->SetY($pdf->GetY() + $b['h']); break;
                case 'rule':
                    $y = $pdf->GetY() + $b['sb'];
                    $w = $b['w'] * $G['tw'];
                    drawcol($pdf, $b['color']);
                    $pdf->SetLineWidth($b['t']);
                    $pdf->Line($G['x0'] + ($G['tw'] - $w) / 2, $y, $G['x0'] + ($G['tw'] + $w) / 2, $y);
                    $pdf->SetY($y + 2);
                    break;
            }
        }
    }
    if ($LIB == 'fpdf') $pdf->Output('F', $out);
    else $pdf->Output($out, 'F');
}
