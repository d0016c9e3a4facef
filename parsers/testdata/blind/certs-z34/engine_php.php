<?php
// Block renderer for FPDF and TCPDF (z34 blind certificate set).
// usage: php engine_php.php spec.json      (spec written by engines.py)
// The same Cell/MultiCell flow is used for both libraries; fonts differ:
// FPDF uses the core Times/Helvetica (cp1252), TCPDF embeds DejaVu subsets
// (or uses its core fonts when page.tcpdf_core is set).

$spec = json_decode(file_get_contents($argv[1]), true);
$LIB = $spec['lib'];
if ($LIB == 'fpdf') {
    require_once('/usr/share/php/fpdf/fpdf.php');
    class BasePDF extends FPDF {}
} else {
    require_once('/usr/share/php/tcpdf/tcpdf.php');
    class BasePDF extends TCPDF {}
}

class CertPDF extends BasePDF {
    public function rawPath($pts, $op, $curve = false) {
        $k = $this->k; $h = $this->h;
        $s = sprintf('%.2F %.2F m ', $pts[0][0] * $k, ($h - $pts[0][1]) * $k);
        if ($curve) {
            for ($i = 1; $i + 1 < count($pts); $i += 2) {
                $s .= sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c ', $pts[$i][0] * $k, ($h - $pts[$i][1]) * $k,
                    $pts[$i][0] * $k, ($h - $pts[$i][1]) * $k, $pts[$i + 1][0] * $k, ($h - $pts[$i + 1][1]) * $k);
            }
        } else {
            for ($i = 1; $i < count($pts); $i++) {
                $s .= sprintf('%.2F %.2F l ', $pts[$i][0] * $k, ($h - $pts[$i][1]) * $k);
            }
        }
        $this->_out($s . $op);
    }
}

function rgb($hex) {
    $hex = ltrim($hex, '#');
    return array(hexdec(substr($hex, 0, 2)), hexdec(substr($hex, 2, 2)), hexdec(substr($hex, 4, 2)));
}

class Renderer {
    public $pdf; public $page; public $sty; public $fonts; public $lib;
    public $W; public $H; public $x0; public $cw; public $align; public $mt; public $mb;

    function __construct($spec, $scratch = false) {
        $this->lib = $spec['lib'];
        $this->page = $spec['page'];
        $this->sty = $spec['sty'];
        $this->fonts = $spec['fonts'];
        $p = $this->page;
        $this->W = $p['W']; $this->H = $p['H'];
        $orient = $this->W > $this->H ? 'L' : 'P';
        if ($this->lib == 'fpdf') {
            $this->pdf = new CertPDF($orient, 'pt', array(min($this->W, $this->H), max($this->W, $this->H)));
        } else {
            $this->pdf = new CertPDF($orient, 'pt', array($this->W, $this->H), true, 'UTF-8', false);
            $this->pdf->setPrintHeader(false);
            $this->pdf->setPrintFooter(false);
            $this->pdf->setCellPaddings(0, 0, 0, 0);
        }
        $m = isset($p['margin']) ? $p['margin'] : 64;
        $this->mt = isset($p['mtop']) ? $p['mtop'] : $m;
        $this->mb = isset($p['mbottom']) ? $p['mbottom'] : $m;
        $this->x0 = isset($p['mleft']) ? $p['mleft'] : $m;
        $this->cw = $this->W - $this->x0 - (isset($p['mright']) ? $p['mright'] : $m);
        $this->align = isset($p['align']) ? $p['align'] : 'C';
        $this->pdf->SetMargins($this->x0, $this->mt, $this->W - $this->x0 - $this->cw);
        $this->pdf->SetAutoPageBreak(false);
        if (!$scratch) {
            $this->pdf->SetTitle(isset($p['doctitle']) ? $p['doctitle'] : 'Certificate');
            if (isset($p['docauthor'])) $this->pdf->SetAuthor($p['docauthor']);
            if (isset($p['doccreator'])) $this->pdf->SetCreator($p['doccreator']);
        }
    }

    function txt($s) {
        if ($this->lib == 'fpdf') return iconv('UTF-8', 'windows-1252', $s);
        return $s;
    }

    function face($face) {
        $core = ($this->lib == 'fpdf') || !empty($this->page['tcpdf_core']);
        if ($core) {
            $map = array('serif' => 'Times', 'sans' => 'Helvetica', 'mono' => 'Courier');
        } else {
            $map = array('serif' => 'dejavuserif', 'sans' => 'dejavusans', 'mono' => 'dejavusansmono',
                         'dejavu' => 'dejavusans', 'dejavuserif' => 'dejavuserif');
        }
        return isset($map[$face]) ? $map[$face] : ($core ? 'Times' : 'dejavuserif');
    }

    function st($blk, $default = 'body') {
        $st = isset($blk['st']) ? $blk['st'] : $default;
        list($role, $weight, $size) = $this->sty[$st];
        list($face, $forced) = $this->fonts[$role];
        if ($forced !== null) $weight = $forced;
        if (isset($blk['weight'])) $weight = $blk['weight'];
        if (isset($blk['size'])) $size = $blk['size'];
        return array($face, $weight, $size);
    }

    function color($blk, $default = null) {
        $c = isset($blk['c']) ? $blk['c'] : $default;
        if ($c == 'accent') return isset($this->page['accent']) ? $this->page['accent'] : '#1a3c6e';
        if ($c == 'grey') return '#555555';
        if ($c === null) return '#111111';
        return $c;
    }

    function setfont($blk, $default = 'body') {
        list($face, $weight, $size) = $this->st($blk, $default);
        $this->pdf->SetFont($this->face($face), $weight, $size);
        return $size;
    }

    function settext($hex) { list($r, $g, $b) = rgb($hex); $this->pdf->SetTextColor($r, $g, $b); }
    function setdraw($hex) { list($r, $g, $b) = rgb($hex); $this->pdf->SetDrawColor($r, $g, $b); }
    function setfill($hex) { list($r, $g, $b) = rgb($hex); $this->pdf->SetFillColor($r, $g, $b); }

    function box($blk, $dw) {
        $bw = (isset($blk['w']) ? $blk['w'] : $dw) * $this->cw;
        $al = isset($blk['align']) ? $blk['align'] : $this->align;
        $bx = $al == 'L' ? $this->x0 : $this->x0 + ($this->cw - $bw) / 2;
        return array($bx, $bw);
    }

    function spaced($s) {
        $words = explode(' ', $s);
        $o = array();
        foreach ($words as $w) {
            $o[] = implode(' ', preg_split('//u', $w, -1, PREG_SPLIT_NO_EMPTY));
        }
        return implode('   ', $o);
    }

    function render($blocks) {
        $pages = array(array());
        foreach ($blocks as $b) {
            if ($b['t'] == 'pagebreak') $pages[] = array();
            else $pages[count($pages) - 1][] = $b;
        }
        foreach ($pages as $i => $pb) {
            $this->pdf->AddPage();
            $this->decorate($i);
            $this->pdf->SetY($this->mt);
            $this->render_blocks($pb, true);
        }
    }

    function measure($blocks) {
        global $spec;
        $r = new Renderer($spec, true);
        $r->pdf->AddPage();
        $r->pdf->SetY(0);
        $r->render_blocks($blocks, false);
        return $r->pdf->GetY();
    }

    function render_blocks($blocks, $top) {
        $n = count($blocks);
        for ($i = 0; $i < $n; $i++) {
            $b = $blocks[$i];
            if ($b['t'] == 'fill') {
                $rest = array_slice($blocks, $i + 1);
                $rest = array_values(array_filter($rest, function ($x) { return $x['t'] != 'fill'; }));
                $h = $this->measure($rest);
                $y = $this->H - $this->mb - $h;
                if ($y > $this->pdf->GetY()) $this->pdf->SetY($y);
                continue;
            }
            $this->block($b);
        }
    }

    function block($b) {
        $pdf = $this->pdf;
        $t = $b['t'];
        $al = isset($b['align']) ? $b['align'] : $this->align;
        if ($t == 'line' || $t == 'lines') {
            $size = $this->setfont($b);
            $lead = isset($b['lead']) ? $b['lead'] : ($t == 'line' ? 1.35 : 1.3);
            $this->settext($this->color($b));
            $lines = $t == 'line' ? array($b['text']) : $b['lines'];
            foreach ($lines as $s) {
                if (!empty($b['spaced'])) {
                    if ($this->lib == 'tcpdf') { $pdf->setFontSpacing($size * 0.28); }
                    else { $s = $this->spaced($s); }
                }
                $pdf->SetX($this->x0);
                $pdf->Cell($this->cw, $size * $lead, $this->txt($s), 0, 1, $al);
                if ($this->lib == 'tcpdf') $pdf->setFontSpacing(0);
            }
        } elseif ($t == 'para') {
            $size = $this->setfont($b, 'fine');
            $this->settext($this->color($b, '#333333'));
            list($bx, $bw) = $this->box($b, 0.85);
            $lead = isset($b['lead']) ? $b['lead'] : 1.3;
            $pdf->SetX($bx);
            $pdf->MultiCell($bw, $size * $lead, $this->txt($b['text']), 0, $al == 'L' ? 'L' : 'C');
        } elseif ($t == 'gap') {
            $pdf->SetY($pdf->GetY() + $b['h']);
        } elseif ($t == 'hr') {
            list($bx, $bw) = $this->box($b, 0.6);
            $h = isset($b['h']) ? $b['h'] : 10;
            $y = $pdf->GetY() + $h / 2;
            $this->setdraw($this->color(array('c' => 'accent')));
            $pdf->SetLineWidth(0.8);
            $pdf->Line($bx, $y, $bx + $bw, $y);
            $pdf->SetY($pdf->GetY() + $h);
        } elseif ($t == 'kv') {
            list($bx, $bw) = $this->box($b, 0.8);
            $lw = (isset($b['lw']) ? $b['lw'] : 0.34) * $bw;
            $ls = array('st' => isset($b['ls']) ? $b['ls'] : 'smallb');
            $vs = array('st' => isset($b['vs']) ? $b['vs'] : 'body');
            foreach ($b['rows'] as $r) {
                $y0 = $pdf->GetY();
                $s1 = $this->setfont($ls);
                $vsz = $this->st($vs)[2];
                $lead = max($s1, $vsz) * 1.45;
                $this->settext($this->color(array('c' => isset($b['lc']) ? $b['lc'] : 'grey')));
                $pdf->SetXY($bx, $y0);
                $pdf->Cell($lw, $lead, $this->txt($r[0]), 0, 0, 'L');
                $this->setfont($vs);
                $this->settext('#111111');
                $pdf->SetXY($bx + $lw, $y0);
                $pdf->MultiCell($bw - $lw, $lead, $this->txt($r[1]), 0, 'L');
                $y1 = max($pdf->GetY(), $y0 + $lead);
                if (!empty($b['rule'])) {
                    $this->setdraw('#999999'); $pdf->SetLineWidth(0.4);
                    $pdf->Line($bx + $lw - 2, $y1 - 2, $bx + $bw, $y1 - 2);
                }
                $pdf->SetY($y1 + 3);
            }
        } elseif ($t == 'cols') {
            list($bx, $bw) = $this->box($b, 0.85);
            $n = count($b['labels']);
            $cwid = $bw / $n;
            $ca = isset($b['calign']) ? $b['calign'] : 'L';
            $y0 = $pdf->GetY();
            $ls = $this->setfont(array('st' => isset($b['ls']) ? $b['ls'] : 'label'));
            $this->settext($this->color(array('c' => isset($b['lc']) ? $b['lc'] : 'grey')));
            for ($i = 0; $i < $n; $i++) {
                $pdf->SetXY($bx + $i * $cwid + 4, $y0);
                $pdf->Cell($cwid - 10, $ls * 1.5, $this->txt($b['labels'][$i]), 0, 0, $ca);
            }
            $rule = isset($b['rule']) ? $b['rule'] : false;
            $this->setdraw('#777777'); $pdf->SetLineWidth(0.6);
            if ($rule === 'mid') {
                for ($i = 0; $i < $n; $i++) $pdf->Line($bx + $i * $cwid + 4, $y0 + $ls * 1.5, $bx + ($i + 1) * $cwid - 8, $y0 + $ls * 1.5);
            }
            $y1 = $y0 + $ls * 1.5 + 3;
            $vs = $this->setfont(array('st' => isset($b['vs']) ? $b['vs'] : 'body'));
            $this->settext('#111111');
            for ($i = 0; $i < $n; $i++) {
                $pdf->SetXY($bx + $i * $cwid + 4, $y1);
                $pdf->Cell($cwid - 10, $vs * 1.6, $this->txt($b['values'][$i]), 0, 0, $ca);
            }
            if ($rule && $rule !== 'mid') {
                for ($i = 0; $i < $n; $i++) $pdf->Line($bx + $i * $cwid + 4, $y1 + $vs * 1.6, $bx + ($i + 1) * $cwid - 8, $y1 + $vs * 1.6);
            }
            $pdf->SetY($y1 + $vs * 1.6 + 5);
        } elseif ($t == 'table') {
            list($bx, $bw) = $this->box($b, 0.85);
            $nc = count($b['header']);
            $widths = isset($b['widths']) ? $b['widths'] : array_fill(0, $nc, 1.0 / $nc);
            $rs = $this->st(array('st' => isset($b['rs']) ? $b['rs'] : 'small'))[2];
            $rh = $rs * 1.9;
            $this->setdraw('#888888'); $pdf->SetLineWidth(0.6);
            $this->setfill(isset($b['hfill']) ? $b['hfill'] : '#e6ebf2');
            $rows = array_merge(array($b['header']), $b['rows']);
            foreach ($rows as $ri => $row) {
                $this->setfont(array('st' => $ri == 0 ? (isset($b['hs']) ? $b['hs'] : 'smallb') : (isset($b['rs']) ? $b['rs'] : 'small')));
                $this->settext('#111111');
                $pdf->SetX($bx);
                foreach ($row as $ci => $cell) {
                    $pdf->Cell($widths[$ci] * $bw, $rh, $this->txt(' ' . $cell), 1, 0, 'L', $ri == 0);
                }
                $pdf->Ln($rh);
            }
            $pdf->SetY($pdf->GetY() + 4);
        } elseif ($t == 'sigs') {
            list($bx, $bw) = $this->box($b, 0.9);
            $n = count($b['sigs']);
            $slot = $bw / $n;
            $sw = min(190, $slot - 24);
            $y0 = $pdf->GetY();
            $maxl = 0;
            foreach ($b['sigs'] as $i => $sig) {
                $cx = $bx + $slot * ($i + 0.5);
                $ly = $y0 + 34;
                // a drawn "signature"
                $seed = crc32($sig[0]); mt_srand($seed);
                $pts = array();
                for ($k = 0; $k <= 14; $k++) {
                    $pts[] = array($cx - $sw / 2 + 10 + ($sw - 30) * $k / 14 + mt_rand(-30, 30) / 10,
                                   $ly - 6 - mt_rand(0, 160) / 10 * ($k % 2 ? 1 : 0.4));
                }
                $this->setdraw('#1b2a5a'); $pdf->SetLineWidth(0.9);
                $pdf->rawPath($pts, 'S', true);
                $this->setdraw('#333333'); $pdf->SetLineWidth(0.7);
                $pdf->Line($cx - $sw / 2, $ly, $cx + $sw / 2, $ly);
                foreach ($sig as $j => $s) {
                    $this->setfont(array('st' => $j == 0 ? 'smallb' : 'fine'));
                    $this->settext('#222222');
                    $pdf->SetXY($cx - $sw / 2 - 20, $ly + 3 + 11 * $j);
                    $pdf->Cell($sw + 40, 11, $this->txt($s), 0, 0, 'C');
                }
                $maxl = max($maxl, count($sig));
            }
            $pdf->SetY($y0 + 34 + 10 + 11 * $maxl);
        } else {
            fwrite(STDERR, "unknown block $t\n");
            exit(1);
        }
    }

    function decorate($pageno) {
        $pdf = $this->pdf; $p = $this->page;
        $W = $this->W; $H = $this->H;
        $acc = isset($p['accent']) ? $p['accent'] : '#1a3c6e';
        $bd = isset($p['border']) ? $p['border'] : 'none';
        $i = isset($p['binset']) ? $p['binset'] : 22;
        $this->setdraw($acc);
        if ($bd == 'double') {
            $pdf->SetLineWidth(3.5); $pdf->Rect($i, $i, $W - 2 * $i, $H - 2 * $i);
            $pdf->SetLineWidth(0.8); $pdf->Rect($i + 7, $i + 7, $W - 2 * $i - 14, $H - 2 * $i - 14);
        } elseif ($bd == 'single') {
            $pdf->SetLineWidth(1.2); $pdf->Rect($i, $i, $W - 2 * $i, $H - 2 * $i);
        } elseif ($bd == 'frame') {
            $pdf->SetLineWidth(1.0); $pdf->Rect($i, $i, $W - 2 * $i, $H - 2 * $i);
            $pdf->SetLineWidth(2.5); $pdf->Rect($i + 5, $i + 5, $W - 2 * $i - 10, $H - 2 * $i - 10);
            foreach (array(array($i, $i), array($W - $i, $i), array($i, $H - $i), array($W - $i, $H - $i)) as $c) {
                $this->setfill('#ffffff'); $pdf->SetLineWidth(1.0);
                $pdf->Rect($c[0] - 9, $c[1] - 9, 18, 18, 'DF');
                $this->setfill($acc); $pdf->Rect($c[0] - 5, $c[1] - 5, 10, 10, 'F');
            }
        } elseif ($bd == 'band') {
            $this->setfill($acc);
            $pdf->Rect(0, 0, $W, 18, 'F'); $pdf->Rect(0, $H - 8, $W, 8, 'F');
        } elseif ($bd == 'sidebar') {
            $this->setfill($acc); $pdf->Rect(0, 0, 26, $H, 'F');
            $this->setfill(isset($p['accent2']) ? $p['accent2'] : '#c9a227'); $pdf->Rect(30, 0, 4, $H, 'F');
        }
        if (!empty($p['seal']) && $pageno == 0) {
            $pos = $p['seal'];
            $r = 38;
            $cx = array('bl' => $i + 70, 'br' => $W - $i - 70, 'bc' => $W / 2, 'tr' => $W - $i - 70, 'tl' => $i + 70)[$pos];
            $cy = $pos[0] == 'b' ? $H - $i - 70 : $i + 70;
            $gold = isset($p['sealcolor']) ? $p['sealcolor'] : '#c9a227';
            $pts = array();
            for ($k = 0; $k < 48; $k++) {
                $a = M_PI * 2 * $k / 48; $rr = $r + ($k % 2 == 0 ? 6 : 0);
                $pts[] = array($cx + $rr * cos($a), $cy + $rr * sin($a));
            }
            $this->setfill($gold);
            $pdf->rawPath($pts, 'h f');
            $this->setdraw('#ffffff');
            foreach (array(array($r - 4, 1.2), array($r - 10, 0.6)) as $cr) {
                $pts = array();
                for ($k = 0; $k <= 72; $k++) { $a = M_PI * 2 * $k / 72; $pts[] = array($cx + $cr[0] * cos($a), $cy + $cr[0] * sin($a)); }
                $pdf->SetLineWidth($cr[1]);
                $pdf->rawPath($pts, 'h S');
            }
            $pts = array();
            for ($k = 0; $k < 10; $k++) {
                $a = -M_PI / 2 + M_PI * $k / 5; $rr = $k % 2 == 0 ? 14 : 6;
                $pts[] = array($cx + $rr * cos($a), $cy + $rr * sin($a));
            }
            $this->setfill('#ffffff');
            $pdf->rawPath($pts, 'h f');
        }
    }
}

$r = new Renderer($spec);
$r->render($spec['blocks']);
if ($spec['lib'] == 'fpdf') $r->pdf->Output('F', $spec['out']);
else $r->pdf->Output($spec['out'], 'F');
