<?php
// Shared block layout for the fpdf and tcpdf producers (z31 blind set).
// Usage: a thin entry script defines make_pdf($orient) and enc($s), then calls run_engine().

function hex2rgb($h) {
    $h = ltrim($h, '#');
    return [hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2))];
}

function spaced_text($t) {
    $words = explode(' ', $t);
    $out = [];
    foreach ($words as $w) {
        $out[] = implode(' ', preg_split('//u', $w, -1, PREG_SPLIT_NO_EMPTY));
    }
    return implode('   ', $out);
}

class Layout {
    public $pdf; public $pg; public $W; public $H; public $center; public $acc; public $fam; public $mx; public $cw;
    public $mt; public $mb;

    function __construct($pdf, $pg, $fam) {
        $this->pdf = $pdf; $this->pg = $pg; $this->fam = $fam;
        $land = $pg['orient'] == 'L';
        $this->W = $land ? 792 : 612; $this->H = $land ? 612 : 792;
        $this->center = $pg['align'] == 'center';
        $this->acc = hex2rgb($pg['accent']);
        $this->mx = $land ? 80 : 68;
        $this->mt = $land ? 60 : 62;
        $this->mb = $land ? 52 : 58;
        $this->cw = $this->W - 2 * $this->mx;
    }

    function font($style, $size) { $this->pdf->SetFont($this->fam, $style, $size); }
    function col($rgb) { $this->pdf->SetTextColor($rgb[0], $rgb[1], $rgb[2]); }

    // paragraph: returns new y
    function para($text, $style, $size, $y, $rgb, $width = null, $align = null, $lead = 1.25) {
        $w = $width ?: $this->cw;
        $al = $align ?: ($this->center ? 'C' : 'L');
        $x = $al == 'C' ? ($this->W - $w) / 2 : $this->mx;
        $this->font($style, $size);
        $this->col($rgb);
        $this->pdf->SetXY($x, $y);
        $this->pdf->MultiCell($w, $size * $lead, enc($text), 0, $al);
        return $this->pdf->GetY();
    }

    function run($blocks, $s, $y) {
        $p = $this->pdf;
        $grey = [85, 85, 85]; $black = [17, 17, 17];
        foreach ($blocks as $b) {
            $t = $b['t'];
            if ($t == 'band') {
                $big = strlen($b['text']) <= 8 ? 30 : 19;
                $y = $this->para($b['text'], 'B', $big * $s, $y, $this->acc);
                if (!empty($b['sub'])) $y = $this->para($b['sub'], '', 10.5 * $s, $y + 1, $grey);
                $y += 4 * $s;
            } elseif ($t == 'h1') {
                $y = $this->para($b['text'], 'B', ($this->center ? 27 : 21) * $s, $y + 10 * $s, $this->acc) + 3 * $s;
            } elseif ($t == 'h2') {
                $y = $this->para($b['text'], 'B', 15 * $s, $y + 8 * $s, $this->acc) + 2 * $s;
            } elseif ($t == 'issuer') {
                $y = $this->para($b['text'], 'I', 12.5 * $s, $y + 2 * $s, $this->acc);
            } elseif ($t == 'p') {
                $al = isset($b['align']) ? ($b['align'] == 'left' ? 'L' : 'C') : null;
                $y = $this->para($b['text'], '', 11.5 * $s, $y + 4 * $s, $black, null, $al);
            } elseif ($t == 'fmt') {
                $y = $this->para($b['text'], 'BI', 13 * $s, $y + 4 * $s, $this->acc);
            } elseif ($t == 'name') {
                $txt = !empty($b['spaced']) ? spaced_text($b['text']) : $b['text'];
                $st = ($this->pg['font'] == 'serif' && empty($b['spaced'])) ? 'BI' : 'B';
                $sz = 26 * $s;
                $this->font($st, $sz);
                while ($p->GetStringWidth(enc($txt)) > $this->cw * 0.94 && $sz > 14) { $sz -= 0.5; $this->font($st, $sz); }
                $y = $this->para($txt, $st, $sz, $y + 8 * $s, $black);
                if ($this->center) {
                    $p->SetDrawColor($this->acc[0], $this->acc[1], $this->acc[2]);
                    $p->SetLineWidth(0.6);
                    $this->font($st, $sz);
                    $half = max(150, $p->GetStringWidth(enc($txt)) / 2 + 16);
                    $p->Line($this->W / 2 - $half, $y + 2, $this->W / 2 + $half, $y + 2);
                }
                $y += 3 * $s;
            } elseif ($t == 'title') {
                $w = $this->cw * ($this->center ? 0.86 : 1.0);
                $y = $this->para($b['text'], 'B', 16.5 * $s, $y + 7 * $s, $this->center ? $black : $this->acc, $w);
            } elseif ($t == 'small') {
                $hasSeal = false;
                foreach ($blocks as $bb) if ($bb['t'] == 'seal') $hasSeal = true;
                $y = $this->para($b['text'], '', 8.2 * $s, $y + 6 * $s, $grey, $this->cw * ($hasSeal ? 0.72 : 0.95));
            } elseif ($t == 'space') {
                $y += $b['h'] * $s;
            } elseif ($t == 'rule') {
                $y += 6 * $s;
                $p->SetDrawColor($this->acc[0], $this->acc[1], $this->acc[2]);
                $p->SetLineWidth(1.2);
                $p->Line($this->mx, $y, $this->W - $this->mx, $y);
                $y += 4 * $s;
            } elseif ($t == 'kv') {
                $size = 11 * $s;
                $tw = $this->cw * ($this->center ? 0.82 : 1.0);
                $x0 = $this->center ? ($this->W - $tw) / 2 : $this->mx;
                $this->font('B', $size);
                $lw = 0;
                foreach ($b['rows'] as $r) $lw = max($lw, $p->GetStringWidth(enc($r[0])));
                $lw += 14;
                $y += 8 * $s;
                foreach ($b['rows'] as $r) {
                    $this->font('B', $size); $this->col($grey);
                    $p->SetXY($x0, $y);
                    $p->Cell($lw, $size * 1.3, enc($r[0]), 0, 0, 'L');
                    $this->font('', $size); $this->col($black);
                    $p->SetXY($x0 + $lw, $y);
                    $p->MultiCell($tw - $lw, $size * 1.3, enc($r[1]), 0, 'L');
                    $y = $p->GetY();
                }
            } elseif ($t == 'cols') {
                $n = count($b['cells']);
                $tw = $this->cw * ($this->center ? 0.94 : 1.0);
                $x0 = $this->center ? ($this->W - $tw) / 2 : $this->mx;
                $cwid = $tw / $n;
                $ls = 8.5 * $s; $vs = 12 * $s;
                $y += 12 * $s;
                $ybot = $y;
                $al = $this->center ? 'C' : 'L';
                foreach ($b['cells'] as $i => $c) {
                    $x = $x0 + $cwid * $i;
                    $this->font('B', $ls); $this->col($grey);
                    $p->SetXY($x, $y);
                    $p->Cell($cwid, $ls * 1.4, enc(strtoupper($c[0])), 0, 0, $al);
                    $p->SetDrawColor($this->acc[0], $this->acc[1], $this->acc[2]);
                    $p->SetLineWidth(0.5);
                    $p->Line($x + 6, $y + $ls * 1.5, $x + $cwid - 6, $y + $ls * 1.5);
                    $this->font('', $vs); $this->col($black);
                    $p->SetXY($x + 3, $y + $ls * 1.5 + 5 * $s);
                    $p->MultiCell($cwid - 6, $vs * 1.25, enc($c[1]), 0, $al);
                    $ybot = max($ybot, $p->GetY());
                }
                $y = $ybot;
            } elseif ($t == 'table') {
                $size = 9.5 * $s;
                $n = count($b['head']);
                $tw = $this->cw * ($this->center ? 0.86 : 1.0);
                $x0 = $this->center ? ($this->W - $tw) / 2 : $this->mx;
                $first = $n > 1 ? $tw * ($n == 3 ? 0.56 : 0.7) : $tw;
                $widths = [$first];
                for ($i = 1; $i < $n; $i++) $widths[] = ($tw - $first) / ($n - 1);
                $y += 10 * $s;
                $rows = array_merge([$b['head']], $b['rows']);
                $p->SetDrawColor(136, 136, 136);
                $p->SetLineWidth(0.5);
                foreach ($rows as $ri => $r) {
                    $this->font($ri == 0 ? 'B' : '', $size); $this->col($black);
                    $p->SetFillColor(236, 238, 242);
                    $x = $x0;
                    foreach ($r as $ci => $c) {
                        $p->SetXY($x, $y);
                        $p->Cell($widths[$ci], $size * 1.9, enc($c), 'TB', 0, $ci == 0 ? 'L' : 'C', $ri == 0);
                        $x += $widths[$ci];
                    }
                    $y += $size * 1.9;
                }
            } elseif ($t == 'sigs') {
                $n = count($b['sigs']);
                $y += 36 * $s;
                $tw = $this->cw * ($n > 1 ? 0.9 : 0.45);
                $x0 = ($this->center || $n > 1) ? ($this->W - $tw) / 2 : $this->mx;
                $cwid = $tw / $n;
                $ybot = $y;
                foreach ($b['sigs'] as $i => $sg) {
                    $x = $x0 + $cwid * $i;
                    $p->SetDrawColor(0, 0, 0);
                    $p->SetLineWidth(0.7);
                    $p->Line($x + $cwid * 0.1, $y, $x + $cwid * 0.9, $y);
                    $this->font('B', 9.5 * $s); $this->col($black);
                    $p->SetXY($x, $y + 3);
                    $p->MultiCell($cwid, 9.5 * $s * 1.25, enc($sg[0]), 0, 'C');
                    $this->font('I', 9 * $s); $this->col($grey);
                    $p->SetX($x);
                    $p->MultiCell($cwid, 9 * $s * 1.25, enc($sg[1]), 0, 'C');
                    $ybot = max($ybot, $p->GetY());
                }
                $y = $ybot;
            } elseif ($t == 'seal') {
                $r = 40;
                $cx = $this->W - $this->mx - 6; $cy = $this->H - $this->mb - 40;
                $p->SetDrawColor($this->acc[0], $this->acc[1], $this->acc[2]);
                $p->SetLineWidth(2);
                draw_circle($p, $cx, $cy, $r);
                $p->SetLineWidth(0.6);
                draw_circle($p, $cx, $cy, $r - 5);
                $nl = count($b['lines']);
                foreach ($b['lines'] as $i => $ln) {
                    $this->font('B', $i == 1 ? 7 : 8.5); $this->col($this->acc);
                    $p->SetXY($cx - $r, $cy - $nl * 5.5 + $i * 11);
                    $p->Cell(2 * $r, 11, enc($ln), 0, 0, 'C');
                }
            }
        }
        return $y;
    }

    function border() {
        $p = $this->pdf; $W = $this->W; $H = $this->H;
        $p->SetDrawColor($this->acc[0], $this->acc[1], $this->acc[2]);
        $k = $this->pg['border'];
        if ($k == 'single') { $p->SetLineWidth(2.2); $p->Rect(24, 24, $W - 48, $H - 48); }
        elseif ($k == 'double') {
            $p->SetLineWidth(3); $p->Rect(20, 20, $W - 40, $H - 40);
            $p->SetLineWidth(0.8); $p->Rect(28, 28, $W - 56, $H - 56);
        } elseif ($k == 'ornate') {
            $p->SetLineWidth(4); $p->Rect(18, 18, $W - 36, $H - 36);
            $p->SetLineWidth(1); $p->Rect(27, 27, $W - 54, $H - 54);
            $p->SetLineWidth(0.4); $p->Rect(31, 31, $W - 62, $H - 62);
        }
    }
}

function split_pages($blocks) {
    $pages = []; $cur = [];
    foreach ($blocks as $b) {
        if ($b['t'] == 'pagebreak') { $pages[] = $cur; $cur = []; } else { $cur[] = $b; }
    }
    $pages[] = $cur;
    return $pages;
}

function run_engine($argv, $fam) {
    $cert = json_decode(file_get_contents($argv[1]), true);
    $out = $argv[2];
    $pg = $cert['page'];
    $pdf = make_pdf($pg['orient']);
    foreach (split_pages($cert['blocks']) as $pi => $blocks) {
        // measuring pass on a scratch document
        $s = 1.0;
        $land = $pg['orient'] == 'L';
        while (true) {
            $scratch = make_pdf($pg['orient']);
            $scratch->AddPage();
            $L = new Layout($scratch, $pg, $fam);
            $end = $L->run($blocks, $s, $L->mt);
            $used = $end - $L->mt;
            $avail = $L->H - $L->mt - $L->mb;
            if ($used <= $avail || $s < 0.55) break;
            $s -= 0.03;
        }
        $pdf->AddPage();
        $L = new Layout($pdf, $pg, $fam);
        $L->border();
        $y0 = ($L->center && $pi == 0) ? $L->mt + ($avail - $used) / 2 : $L->mt;
        $L->run($blocks, $s, $y0);
    }
    save_pdf($pdf, $out);
}
