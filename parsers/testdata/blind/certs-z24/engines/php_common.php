<?php
// Shared block renderer for the FPDF and TCPDF producers.
// Both libraries expose the same core drawing API (SetFont, Cell, MultiCell,
// SetXY, Line, Rect ...); the differences (encoding, fonts, curves, output)
// are hidden behind the small $L adapter array.

function hex2rgb($h) {
    $h = ltrim($h, '#');
    return [hexdec(substr($h, 0, 2)), hexdec(substr($h, 2, 2)), hexdec(substr($h, 4, 2))];
}

class Renderer {
    public $pdf; public $L; public $o; public $fam; public $acc;
    public $W; public $H; public $mx; public $top; public $bottom; public $cw; public $center;
    public $foots = [];

    function __construct($pdf, $L, $spec) {
        $this->pdf = $pdf; $this->L = $L; $this->o = $spec['opts'];
        $o = $this->o;
        $land = ($o['orient'] ?? 'P') == 'L';
        $this->W = $land ? 792 : 612; $this->H = $land ? 612 : 792;
        $this->fam = $L['font'][$o['font'] ?? 'serif'];
        $this->acc = hex2rgb($o['accent'] ?? '#222222');
        $this->center = ($o['align'] ?? 'left') == 'center';
        $this->mx = $land ? 86 : 72;
        $hasB = ($o['border'] ?? 'none') != 'none';
        $this->top = $hasB ? 60 : 52;
        $this->bottom = $this->H - ($hasB ? 62 : 54);
        $this->cw = $this->W - 2 * $this->mx;
    }

    function t($s) { return call_user_func($this->L['enc'], $s); }
    function font($style, $size) { $this->pdf->SetFont($this->fam, $style, $size); }
    function color($rgb) { $this->pdf->SetTextColor($rgb[0], $rgb[1], $rgb[2]); }
    function sw($s) { return $this->pdf->GetStringWidth($this->t($s)); }

    // number of lines a text needs at current font in width $w
    function nlines($text, $w) {
        $words = explode(' ', $text); $n = 1; $cur = '';
        foreach ($words as $wd) {
            $trial = $cur === '' ? $wd : $cur . ' ' . $wd;
            if ($cur !== '' && $this->sw($trial) > $w - 2.5) { $n++; $cur = $wd; } else { $cur = $trial; }
        }
        return $n;
    }

    function lines($text, $style, $size, $rgb, $lead = 1.25, $align = null, $width = null) {
        $p = $this->pdf;
        $this->font($style, $size); $this->color($rgb);
        $align = $align ?? ($this->center ? 'C' : 'L');
        $w = $width ?? $this->cw;
        $x = $align == 'C' ? ($this->W - $w) / 2 : $this->mx;
        $p->SetX($x);
        $p->MultiCell($w, $size * $lead, $this->t($text), 0, $align);
    }

    function sp($h) { $this->pdf->SetY($this->pdf->GetY() + $h); }

    function block($b) {
        $p = $this->pdf; $acc = $this->acc; $gray = [85, 85, 85]; $black = [22, 22, 22];
        $land = ($this->o['orient'] ?? 'P') == 'L';
        switch ($b['t']) {
        case 'org':
            $this->lines($b['text'], ($b['bold'] ?? true) ? 'B' : '', $b['size'] ?? 16, $acc, 1.15);
            $this->sp(4); break;
        case 'sub':
            $this->lines($b['text'], 'I', $b['size'] ?? 12, $gray); $this->sp(4); break;
        case 'heading':
            $this->sp(6);
            $this->lines($b['text'], 'B', $b['size'] ?? 28, $acc, 1.15); $this->sp(9); break;
        case 'p':
            $st = ($b['bold'] ?? false) ? 'B' : (($b['italic'] ?? false) ? 'I' : '');
            $al = isset($b['align']) && $b['align'] ? ($b['align'] == 'center' ? 'C' : 'L') : null;
            $this->lines($b['text'], $st, $b['size'] ?? 11.5, $black, 1.3, $al); $this->sp(4); break;
        case 'name':
            $this->sp(4);
            $this->lines($b['text'], 'B', $b['size'] ?? ($land ? 26 : 22), $black, 1.2); $this->sp(7); break;
        case 'fmt':
            $this->lines($b['text'], 'B', 11, $acc); $this->sp(4); break;
        case 'title':
            $this->sp(2);
            $w = $this->center ? $this->cw * 0.86 : $this->cw;
            $this->lines($b['text'], 'B', $b['size'] ?? ($land ? 18 : 15.5), $black, 1.22, null, $w);
            $this->sp(6); break;
        case 'small':
            $al = isset($b['align']) && $b['align'] ? ($b['align'] == 'center' ? 'C' : 'L') : null;
            $this->lines($b['text'], '', 8, $gray, 1.3, $al, $this->center ? $this->cw * 0.92 : $this->cw);
            $this->sp(4); break;
        case 'sp':
            $this->sp($b['h']); break;
        case 'rule':
            $this->sp(5);
            $p->SetDrawColor($acc[0], $acc[1], $acc[2]); $p->SetLineWidth(1.2);
            $y = $p->GetY(); $p->Line($this->mx, $y, $this->W - $this->mx, $y);
            $this->sp(7); break;
        case 'kv': $this->kv($b); break;
        case 'cols': $this->cols($b); break;
        case 'table': $this->table($b); break;
        case 'sig': $this->sig($b); break;
        case 'foot': $this->foots[$p->PageNo()] = $b['text']; break;
        }
    }

    function kv($b) {
        $p = $this->pdf; $size = $b['size'] ?? 10.5;
        $width = $this->cw * ($b['width'] ?? 0.7);
        $this->font('B', $size);
        $lw = 0;
        foreach ($b['rows'] as $r) { $lw = max($lw, $this->sw($r[0] . ':')); }
        $lw += 14;
        $x0 = $this->center ? ($this->W - $width) / 2 : $this->mx;
        foreach ($b['rows'] as $r) {
            $y = $p->GetY() + 2;
            $this->font('B', $size); $this->color([85, 85, 85]);
            $p->SetXY($x0, $y); $p->Cell($lw, $size * 1.3, $this->t($r[0] . ':'), 0, 0, 'L');
            $this->font('', $size); $this->color([22, 22, 22]);
            $p->SetXY($x0 + $lw, $y); $p->MultiCell($width - $lw, $size * 1.3, $this->t($r[1]), 0, 'L');
        }
        $this->sp(6);
    }

    function cols($b) {
        $p = $this->pdf;
        $width = $this->cw * ($b['width'] ?? ($this->center ? 0.9 : 1.0));
        $x0 = $this->center ? ($this->W - $width) / 2 : $this->mx;
        foreach ($b['groups'] as $gi => $group) {
            $n = count($group);
            $fr = (isset($b['widths']) && $b['widths'] && $b['widths'][$gi]) ? $b['widths'][$gi]
                  : array_fill(0, $n, 1.0 / $n);
            $xs = []; $acc = 0;
            foreach ($fr as $f) { $xs[] = $x0 + $acc * $width; $acc += $f; }
            $y = $p->GetY() + 8;
            $this->font('B', 7.5); $this->color($this->acc);
            foreach ($group as $i => $lv) {
                $p->SetXY($xs[$i], $y); $p->Cell($fr[$i] * $width - 12, 10, $this->t(strtoupper($lv[0])), 0, 0, 'L');
            }
            $ymax = $y + 12;
            $this->font('', 11.5); $this->color([22, 22, 22]);
            foreach ($group as $i => $lv) {
                $p->SetXY($xs[$i], $y + 12);
                $p->MultiCell($fr[$i] * $width - 12, 14, $this->t($lv[1]), 0, 'L');
                $ymax = max($ymax, $p->GetY());
            }
            $p->SetDrawColor(119, 119, 119); $p->SetLineWidth(0.5);
            foreach ($group as $i => $lv) {
                $p->Line($xs[$i], $ymax + 3, $xs[$i] + $fr[$i] * $width - 12, $ymax + 3);
            }
            $p->SetY($ymax + 8);
        }
        $this->sp(4);
    }

    function table($b) {
        $p = $this->pdf; $size = $b['size'] ?? 10;
        $width = $this->cw * ($b['width'] ?? 1.0);
        $x0 = $this->center ? ($this->W - $width) / 2 : $this->mx;
        $ws = array_map(function ($f) use ($width) { return $f * $width; }, $b['widths']);
        $rows = array_merge([$b['head']], $b['rows']);
        $this->sp(4);
        $p->SetDrawColor(119, 119, 119); $p->SetLineWidth(0.5);
        foreach ($rows as $ri => $r) {
            $this->font($ri == 0 ? 'B' : '', $size);
            $nl = 1;
            foreach ($r as $ci => $c) { $nl = max($nl, $this->nlines($c, $ws[$ci] - 8)); }
            $lh = $size * 1.25; $h = $nl * $lh + 6;
            $y = $p->GetY(); $x = $x0;
            foreach ($r as $ci => $c) {
                if ($ri == 0) { $p->SetFillColor(230, 235, 242); $p->Rect($x, $y, $ws[$ci], $h, 'DF'); }
                else { $p->Rect($x, $y, $ws[$ci], $h); }
                $this->color([22, 22, 22]);
                $p->SetXY($x + 3, $y + 3);
                $p->MultiCell($ws[$ci] - 6, $lh, $this->t($c), 0, 'L');
                $x += $ws[$ci];
            }
            $p->SetY($y + $h);
        }
        $this->sp(6);
    }

    function squiggle($x, $y, $w) {
        $p = $this->pdf;
        $p->SetDrawColor(26, 38, 102); $p->SetLineWidth(0.9);
        $segs = [[[0, 2], [0.15, 22], [0.2, -6], [0.35, 10]],
                 [[0.35, 10], [0.45, 20], [0.55, -2], [0.7, 12]],
                 [[0.7, 12], [0.8, 18], [0.9, 2], [1.0, 6]]];
        foreach ($segs as $s) {
            $pts = [];
            foreach ($s as $pt) { $pts[] = [$x + $pt[0] * $w, $y - $pt[1]]; }
            call_user_func($this->L['curve'], $p, $pts);
        }
    }

    function sig($b) {
        $p = $this->pdf; $n = count($b['signers']); $lw = 170;
        $y = $p->GetY() + 34;
        if ($this->center) {
            $span = $n > 1 ? $this->cw * 0.75 : 0;
            $xs = [];
            for ($i = 0; $i < $n; $i++) { $xs[] = $n > 1 ? $this->W / 2 - $span / 2 + $i * $span / ($n - 1) : $this->W / 2; }
        } else {
            $xs = [];
            for ($i = 0; $i < $n; $i++) { $xs[] = $this->mx + $lw / 2 + $i * ($lw + 60); }
        }
        $ymax = $y;
        foreach ($b['signers'] as $i => $s) {
            $xc = $xs[$i];
            $this->squiggle($xc - $lw / 2 + 20, $y - 6, $lw - 50);
            $p->SetDrawColor(20, 20, 20); $p->SetLineWidth(0.6);
            $p->Line($xc - $lw / 2, $y, $xc + $lw / 2, $y);
            $this->font('B', 9.5); $this->color([22, 22, 22]);
            $p->SetXY($xc - $lw / 2 - 20, $y + 3); $p->Cell($lw + 40, 12, $this->t($s[0]), 0, 0, 'C');
            $yy = $y + 15;
            $this->font('I', 8.5); $this->color([85, 85, 85]);
            foreach ($s[1] as $tl) {
                $p->SetXY($xc - $lw / 2 - 20, $yy); $p->Cell($lw + 40, 11, $this->t($tl), 0, 0, 'C'); $yy += 11;
            }
            $ymax = max($ymax, $yy);
        }
        $p->SetY($ymax + 6);
    }

    function border() {
        $p = $this->pdf; $W = $this->W; $H = $this->H; $a = $this->acc;
        $p->SetDrawColor($a[0], $a[1], $a[2]);
        switch ($this->o['border'] ?? 'none') {
        case 'single': $p->SetLineWidth(1.2); $p->Rect(28, 28, $W - 56, $H - 56); break;
        case 'double':
            $p->SetLineWidth(2.6); $p->Rect(22, 22, $W - 44, $H - 44);
            $p->SetLineWidth(0.8); $p->Rect(30, 30, $W - 60, $H - 60); break;
        case 'thick':
            $p->SetLineWidth(7); $p->Rect(20, 20, $W - 40, $H - 40);
            $p->SetDrawColor(120, 120, 120); $p->SetLineWidth(0.6); $p->Rect(32, 32, $W - 64, $H - 64); break;
        case 'ornate':
            $p->SetLineWidth(0.8); $p->Rect(18, 18, $W - 36, $H - 36);
            $p->SetLineWidth(3.2); $p->Rect(24, 24, $W - 48, $H - 48);
            $p->SetLineWidth(0.8); $p->Rect(32, 32, $W - 64, $H - 64);
            $p->SetFillColor($a[0], $a[1], $a[2]);
            foreach ([[24, 24], [$W - 24, 24], [24, $H - 24], [$W - 24, $H - 24]] as $c) {
                $p->Rect($c[0] - 9, $c[1] - 9, 18, 18, 'DF');
            }
            break;
        }
    }

    function seal($cx, $cy) {
        $p = $this->pdf; $a = $this->acc; $r = 38;
        $p->SetDrawColor($a[0], $a[1], $a[2]); $p->SetLineWidth(1);
        $n = 36; $prev = null;
        for ($i = 0; $i <= 2 * $n; $i++) {
            $ang = M_PI * $i / $n; $rr = ($i % 2 == 0) ? $r : $r - 4;
            $pt = [$cx + $rr * cos($ang), $cy + $rr * sin($ang)];
            if ($prev) { $p->Line($prev[0], $prev[1], $pt[0], $pt[1]); }
            $prev = $pt;
        }
        foreach ([$r - 8, $r - 11] as $rr) {
            $prev = null;
            for ($i = 0; $i <= 72; $i++) {
                $ang = 2 * M_PI * $i / 72; $pt = [$cx + $rr * cos($ang), $cy + $rr * sin($ang)];
                if ($prev) { $p->Line($prev[0], $prev[1], $pt[0], $pt[1]); }
                $prev = $pt;
            }
        }
        $this->font('B', 13); $this->color($a);
        $p->SetXY($cx - 30, $cy - 7); $p->Cell(60, 14, $this->t($this->o['seal']), 0, 0, 'C');
    }

    function footer_text() {
        $p = $this->pdf; $pg = $p->PageNo();
        if (isset($this->foots[$pg])) {
            $this->font('', 7.5); $this->color([85, 85, 85]);
            $p->SetXY($this->mx, $this->bottom + 2);
            $p->Cell($this->cw, 10, $this->t($this->foots[$pg]), 0, 0, 'C');
        }
    }
}

// Render the spec: page 1 is measured on a scratch document first so that it
// can be vertically placed (centred for award styles).
function render_spec($spec, $make_pdf, $L) {
    $pages = [[]];
    foreach ($spec['blocks'] as $b) {
        if ($b['t'] == 'page') { $pages[] = []; } else { $pages[count($pages) - 1][] = $b; }
    }
    $o = $spec['opts'];
    $center = ($o['align'] ?? 'left') == 'center';
    $valign = $o['valign'] ?? ($center ? 0.5 : 0.3);
    // measure page 1
    $scratch = $make_pdf();
    $rs = new Renderer($scratch, $L, $spec);
    $scratch->AddPage();
    $scratch->SetY($rs->top);
    foreach ($pages[0] as $b) { if ($b['t'] != 'foot') { $rs->block($b); } }
    $used = $scratch->GetY() - $rs->top;
    $hasFoot = count(array_filter($pages[0], function ($b) { return $b['t'] == 'foot'; })) > 0;
    $avail = $rs->bottom - $rs->top - ($hasFoot ? 14 : 0);
    if ($used > $avail) { fwrite(STDERR, "page 1 overflows by " . ($used - $avail) . "pt\n"); exit(2); }
    $pdf = $make_pdf();
    $r = new Renderer($pdf, $L, $spec);
    foreach ($pages as $i => $blocks) {
        $pdf->AddPage();
        $r->border();
        $pdf->SetY($r->top + ($i == 0 ? ($avail - $used) * $valign : 0));
        foreach ($blocks as $b) { $r->block($b); }
        if ($i == 0 && isset($o['seal']) && $o['seal']) {
            $pos = $o['seal_xy'] ?? [$r->W - $r->mx - 10, $r->bottom - 50];
            $r->seal($pos[0], $pos[1]);
        }
        if ($pdf->GetY() > $r->bottom + 2) { fwrite(STDERR, "page " . ($i + 1) . " overflows\n"); exit(2); }
        $r->footer_text();
    }
    return $pdf;
}
