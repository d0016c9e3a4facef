<?php
// Shared flow layout for the FPDF and TCPDF engines (units: pt, y from the top).
// $api: 'enc' => fn(string)->string, 'font' => fn(fam,b,i)->[family,style],
//       'seal' => fn($pdf,$seal,$cx,$cy,$r), 'spacing' => fn($pdf,$ls) or null

function hex2rgb($h) {
    $h = ltrim($h, '#');
    return [hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2))];
}

function setfont($pdf, $api, $fam, $b, $i, $size) {
    list($f, $s) = $api['font']($fam, $b, $i);
    $pdf->SetFont($f, $s, $size);
}

function textcolor($pdf, $hex) { list($r, $g, $b) = hex2rgb($hex); $pdf->SetTextColor($r, $g, $b); }
function drawcolor($pdf, $hex) { list($r, $g, $b) = hex2rgb($hex); $pdf->SetDrawColor($r, $g, $b); }
function fillcolor($pdf, $hex) { list($r, $g, $b) = hex2rgb($hex); $pdf->SetFillColor($r, $g, $b); }

function decorations($pdf, $pg, $api, $pageno) {
    $W = $pg['W']; $H = $pg['H'];
    if (!empty($pg['band'])) {
        fillcolor($pdf, $pg['band']);
        $pdf->Rect(0, 0, $W, 30, 'F');
        $pdf->Rect(0, $H - 12, $W, 12, 'F');
    }
    $bd = $pg['border'];
    if ($bd) {
        $st = isset($bd['style']) ? $bd['style'] : 'single';
        $col = isset($bd['color']) ? $bd['color'] : '#000000';
        $d = isset($bd['inset']) ? $bd['inset'] : 22;
        drawcolor($pdf, $col);
        if ($st == 'single') {
            $pdf->SetLineWidth(isset($bd['lw']) ? $bd['lw'] : 1.5);
            $pdf->Rect($d, $d, $W - 2 * $d, $H - 2 * $d);
        } elseif ($st == 'double' || $st == 'ornate') {
            $pdf->SetLineWidth(3.0);
            $pdf->Rect($d, $d, $W - 2 * $d, $H - 2 * $d);
            $pdf->SetLineWidth(0.8);
            $pdf->Rect($d + 6, $d + 6, $W - 2 * $d - 12, $H - 2 * $d - 12);
            if ($st == 'ornate') {
                $pdf->SetLineWidth(0.4);
                $pdf->Rect($d + 11, $d + 11, $W - 2 * $d - 22, $H - 2 * $d - 22);
                fillcolor($pdf, $col);
                foreach ([[$d, $d], [$W - $d - 6, $d], [$d, $H - $d - 6], [$W - $d - 6, $H - $d - 6]] as $c) {
                    $pdf->Rect($c[0], $c[1], 6, 6, 'F');
                }
            }
        } elseif ($st == 'thick') {
            $pdf->SetLineWidth(9);
            $pdf->Rect($d, $d, $W - 2 * $d, $H - 2 * $d);
            $pdf->SetLineWidth(0.6);
            $pdf->Rect($d + 9, $d + 9, $W - 2 * $d - 18, $H - 2 * $d - 18);
        }
    }
    $sl = $pg['seal'];
    if ($sl && ($pageno == 1 || !empty($sl['all_pages']))) {
        $r = isset($sl['r']) ? $sl['r'] : 42;
        $pos = isset($sl['pos']) ? $sl['pos'] : 'br';
        $mx = isset($sl['dx']) ? $sl['dx'] : 70;
        $my = isset($sl['dy']) ? $sl['dy'] : 70;
        $cx = ['bl' => $mx + $r, 'br' => $W - $mx - $r, 'bc' => $W / 2, 'tr' => $W - $mx - $r, 'tl' => $mx + $r][$pos];
        $cy = in_array($pos, ['tr', 'tl']) ? $my + $r : $H - $my - $r;
        $api['seal']($pdf, $sl, $cx, $cy, $r);
    }
    if (!empty($pg['footer'])) {
        $fs = $pg['footer_size'];
        setfont($pdf, $api, 'sans', false, false, $fs);
        textcolor($pdf, '#555555');
        $y = $H - (isset($pg['footer_y']) ? $pg['footer_y'] : 30) - $fs * 0.86;
        $al = isset($pg['footer_align']) ? $pg['footer_align'] : 'C';
        foreach ($pg['footer'] as $ln) {
            $ln = str_replace(['{p}', '{n}'], [(string)$pageno, (string)$pg['npages']], $ln);
            $pdf->SetXY($pg['margin'][3], $y);
            $pdf->Cell($W - $pg['margin'][1] - $pg['margin'][3], $fs * 1.2, $api['enc']($ln), 0, 0, $al);
            $y += $fs * 1.3;
        }
    }
}

function render($pdf, $spec, $api) {
    $pg = $spec['page'];
    $W = $pg['W']; $H = $pg['H'];
    list($top, $right, $bottom, $left) = $pg['margin'];
    $cw = $W - $left - $right;
    $enc = $api['enc'];
    $pageno = 1;
    $pdf->AddPage();
    decorations($pdf, $pg, $api, $pageno);
    $y = $top;
    foreach ($spec['blocks'] as $b) {
        $k = $b['k'];
        $bw = $cw * (isset($b['w']) ? $b['w'] : 1.0);
        $al = isset($b['align']) ? $b['align'] : $pg['align'];
        $bx = ($al == 'C') ? $left + ($cw - $bw) / 2 : $left + (isset($b['indent']) ? $b['indent'] : 0);
        if (method_exists($pdf, 'setCellHeightRatio')) {
            // TCPDF: the MultiCell line pitch is font size x cell height ratio
            $pdf->setCellHeightRatio(isset($b['lead']) ? $b['lead'] : 1.2);
        }
        if ($k == 'BR') {
            $pdf->AddPage();
            $pageno++;
            decorations($pdf, $pg, $api, $pageno);
            $y = $top;
        } elseif ($k == 'SP') {
            $y += $b['h'];
        } elseif ($k == 'RULE') {
            $w = $cw * $b['w'];
            $x = ($pg['align'] == 'C') ? $left + ($cw - $w) / 2 : $left;
            drawcolor($pdf, $b['color']);
            $pdf->SetLineWidth($b['thick']);
            $pdf->Line($x, $y, $x + $w, $y);
            $y += $b['after'];
        } elseif ($k == 'T') {
            setfont($pdf, $api, $b['font'], $b['b'], $b['i'], $b['size']);
            textcolor($pdf, $b['color']);
            $lh = $b['size'] * $b['lead'];
            if ($b['ls'] > 0 && $api['spacing']) {
                $api['spacing']($pdf, $b['ls']);
            }
            if ($b['ls'] > 0 && !$api['spacing']) {
                // FPDF has no character spacing: set the glyphs one by one
                $s = $enc($b['text']);
                $tw = 0;
                for ($j = 0; $j < strlen($s); $j++) $tw += $pdf->GetStringWidth($s[$j]);
                $tw += $b['ls'] * (strlen($s) - 1);
                $x = ($al == 'C') ? $bx + ($bw - $tw) / 2 : (($al == 'R') ? $bx + $bw - $tw : $bx);
                $base = $y + $b['size'] * 0.86;
                for ($j = 0; $j < strlen($s); $j++) {
                    $pdf->Text($x, $base, $s[$j]);
                    $x += $pdf->GetStringWidth($s[$j]) + $b['ls'];
                }
                $y += $lh;
            } else {
                $pdf->SetXY($bx, $y);
                $pdf->MultiCell($bw, $lh, $enc($b['text']), 0, $al);
                $y = $pdf->GetY();
            }
            if ($b['ls'] > 0 && $api['spacing']) {
                $api['spacing']($pdf, 0);
            }
            $y += $b['after'];
        } elseif ($k == 'KV') {
            $lw = $bw * $b['lw'];
            $vw = $bw - $lw;
            $lh = $b['size'] * $b['lead'];
            foreach ($b['rows'] as $row) {
                setfont($pdf, $api, $b['lfont'] ? $b['lfont'] : $b['font'], $b['lb'], false, $b['size']);
                textcolor($pdf, $b['lcolor']);
                $pdf->SetXY($bx, $y);
                $pdf->MultiCell($lw - 4, $lh, $enc($row[0]), 0, 'L');
                $y1 = $pdf->GetY();
                setfont($pdf, $api, $b['font'], !empty($b['vb']), false, $b['size']);
                textcolor($pdf, $b['color']);
                $pdf->SetXY($bx + $lw, $y);
                $pdf->MultiCell($vw, $lh, $enc($row[1]), 0, 'L');
                $y = max($y1, $pdf->GetY()) + $b['rowgap'];
            }
            $y += $b['after'];
        } elseif ($k == 'COLS') {
            $n = count($b['cells']);
            $widths = $b['widths'] ? $b['widths'] : array_fill(0, $n, 1.0 / $n);
            $x = $bx;
            $lh = $b['lsize'] * 1.25;
            $vh = $b['size'] * $b['lead'];
            $maxy = $y;
            foreach ($b['cells'] as $j => $c) {
                $cwid = $bw * $widths[$j];
                setfont($pdf, $api, $b['font'], $b['lb'], false, $b['lsize']);
                textcolor($pdf, $b['lcolor']);
                $pdf->SetXY($x, $y);
                $lab = $b['lcaps'] ? strtoupper($c[0]) : $c[0];
                $pdf->Cell($cwid - 6, $lh, $enc($lab), 0, 0, $b['calign']);
                setfont($pdf, $api, $b['font'], $b['vb'], false, $b['size']);
                textcolor($pdf, $b['color']);
                $pdf->SetXY($x, $y + $lh);
                $pdf->MultiCell($cwid - 6, $vh, $enc($c[1]), 0, $b['calign']);
                $maxy = max($maxy, $pdf->GetY());
                $x += $cwid;
            }
            if ($b['line']) {
                drawcolor($pdf, '#777777');
                $pdf->SetLineWidth(0.6);
                $x = $bx;
                foreach ($b['cells'] as $j => $c) {
                    $cwid = $bw * $widths[$j];
                    $pdf->Line($x, $maxy + 1, $x + $cwid - 12, $maxy + 1);
                    $x += $cwid;
                }
                $maxy += 6;
            }
            $y = $maxy + $b['after'];
        } elseif ($k == 'TABLE') {
            $n = count($b['head']);
            $widths = $b['widths'] ? $b['widths'] : array_fill(0, $n, 1.0 / $n);
            $rh = $b['size'] * $b['lead'] + 8;
            drawcolor($pdf, '#444444');
            $pdf->SetLineWidth(0.6);
            fillcolor($pdf, $b['head_fill'] ? $b['head_fill'] : '#ffffff');
            $allrows = array_merge([$b['head']], $b['rows']);
            foreach ($allrows as $ri => $row) {
                setfont($pdf, $api, $b['font'], $ri == 0, false, $b['size']);
                textcolor($pdf, $b['color']);
                $x = $bx;
                foreach ($row as $j => $c) {
                    $pdf->SetXY($x, $y);
                    $pdf->Cell($bw * $widths[$j], $rh, $enc($c), 1, 0, $b['calign'][$j], $ri == 0 && $b['head_fill']);
                    $x += $bw * $widths[$j];
                }
                $y += $rh;
            }
            $y += $b['after'];
        } elseif ($k == 'SIGS') {
            $bx = $left + ($cw - $bw) / 2;
            $n = count($b['sigs']);
            $colw = $bw / $n;
            $lowest = $y;
            foreach ($b['sigs'] as $j => $s) {
                $x0 = $bx + $j * $colw + 14;
                $x1 = $bx + ($j + 1) * $colw - 14;
                $ly = $y + $b['gap'];
                if (count($s) > 2 && $s[2]) {
                    setfont($pdf, $api, 'script', false, false, 17);
                    textcolor($pdf, '#1b2a6b');
                    $pdf->SetXY($x0, $ly - 22);
                    $pdf->Cell($x1 - $x0, 20, $enc($s[2]), 0, 0, 'C');
                }
                drawcolor($pdf, '#000000');
                $pdf->SetLineWidth(0.7);
                $pdf->Line($x0, $ly, $x1, $ly);
                setfont($pdf, $api, $b['font'], true, false, $b['size']);
                textcolor($pdf, $b['color']);
                $pdf->SetXY($x0, $ly + 2);
                $pdf->MultiCell($x1 - $x0, $b['size'] * $b['lead'], $enc($s[0]), 0, 'C');
                setfont($pdf, $api, $b['font'], false, true, $b['size'] - 1);
                $pdf->SetX($x0);
                $pdf->MultiCell($x1 - $x0, ($b['size'] - 1) * $b['lead'], $enc($s[1]), 0, 'C');
                $lowest = max($lowest, $pdf->GetY());
            }
            $y = $lowest + $b['after'];
        }
    }
}
