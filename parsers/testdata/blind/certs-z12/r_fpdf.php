<?php
// FPDF renderer: php r_fpdf.php content.json out.pdf
foreach (['/usr/share/php/fpdf/fpdf.php', '/usr/share/fpdf/fpdf.php'] as $f) {
    if (file_exists($f)) { require_once $f; break; }
}

function w($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

class Cert extends FPDF {
    function Ellipse($x, $y, $rx, $ry, $style = 'D') {
        $op = ($style == 'F') ? 'f' : (($style == 'FD' || $style == 'DF') ? 'B' : 'S');
        $lx = 4 / 3 * (M_SQRT2 - 1) * $rx; $ly = 4 / 3 * (M_SQRT2 - 1) * $ry;
        $k = $this->k; $h = $this->h;
        $this->_out(sprintf('%.2F %.2F m %.2F %.2F %.2F %.2F %.2F %.2F c', ($x + $rx) * $k, ($h - $y) * $k,
            ($x + $rx) * $k, ($h - ($y - $ly)) * $k, ($x + $lx) * $k, ($h - ($y - $ry)) * $k, $x * $k, ($h - ($y - $ry)) * $k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', ($x - $lx) * $k, ($h - ($y - $ry)) * $k,
            ($x - $rx) * $k, ($h - ($y - $ly)) * $k, ($x - $rx) * $k, ($h - $y) * $k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c', ($x - $rx) * $k, ($h - ($y + $ly)) * $k,
            ($x - $lx) * $k, ($h - ($y + $ry)) * $k, $x * $k, ($h - ($y + $ry)) * $k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c %s', ($x + $lx) * $k, ($h - ($y + $ry)) * $k,
            ($x + $rx) * $k, ($h - ($y + $ly)) * $k, ($x + $rx) * $k, ($h - $y) * $k, $op));
    }
    function Dashed($x1, $y1, $x2, $y2, $dash = 2, $gap = 1.5) {
        $len = sqrt(($x2 - $x1) ** 2 + ($y2 - $y1) ** 2);
        $dx = ($x2 - $x1) / $len; $dy = ($y2 - $y1) / $len;
        for ($t = 0; $t < $len; $t += $dash + $gap) {
            $e = min($t + $dash, $len);
            $this->Line($x1 + $dx * $t, $y1 + $dy * $t, $x1 + $dx * $e, $y1 + $dy * $e);
        }
    }
    function Triangle($x1, $y1, $x2, $y2, $x3, $y3) {
        $k = $this->k; $h = $this->h;
        $this->_out(sprintf('%.2F %.2F m %.2F %.2F l %.2F %.2F l h f', $x1 * $k, ($h - $y1) * $k,
            $x2 * $k, ($h - $y2) * $k, $x3 * $k, ($h - $y3) * $k));
    }
    function C($h, $txt, $font = 'Times', $style = '', $size = 12, $align = 'C') {
        $this->SetFont($font, $style, $size);
        $this->Cell(0, $h, w($txt), 0, 1, $align);
    }
    function M($h, $txt, $font = 'Times', $style = '', $size = 12, $align = 'C', $wd = 0) {
        $this->SetFont($font, $style, $size);
        $this->MultiCell($wd, $h, w($txt), 0, $align);
    }
}

// ------------------------------------------------------------------ zl10
function zl10($c, $out) {
    $p = new Cert('L', 'mm', 'Letter');
    $p->SetAutoPageBreak(false);
    $p->AddPage();
    $p->SetTitle('Certificate of Attendance');
    $p->SetDrawColor(35, 75, 50); $p->SetLineWidth(2.2); $p->Rect(8, 8, 263.4, 199.9);
    $p->SetLineWidth(0.4); $p->Rect(12, 12, 255.4, 191.9);
    // logo: three overlapping circles (tri-state)
    $p->SetFillColor(35, 75, 50); $p->Ellipse(128, 28, 7, 7, 'F');
    $p->SetFillColor(90, 140, 90); $p->Ellipse(140, 28, 7, 7, 'F');
    $p->SetFillColor(160, 200, 140); $p->Ellipse(152, 28, 7, 7, 'F');
    $p->SetY(37);
    $p->SetTextColor(35, 75, 50);
    $p->C(6, $c['logo'], 'Helvetica', 'B', 11);
    $p->C(6, $c['org'], 'Helvetica', '', 12);
    $p->SetTextColor(0);
    $p->Ln(4);
    $p->C(14, $c['heading'], 'Times', 'B', 30);
    $p->C(7, $c['intro'], 'Times', 'I', 13);
    $p->C(12, $c['name'], 'Times', 'B', 24);
    $p->C(7, $c['verb'], 'Times', 'I', 13);
    $p->Ln(1);
    foreach ($c['title_lines'] as $t) { $p->C(8, $t, 'Times', 'B', 16); }
    $p->Ln(5);
    // label:value block, centred as a whole
    $x0 = 85;
    foreach ($c['fields'] as $f) {
        $p->SetX($x0);
        $p->SetFont('Helvetica', 'B', 10.5); $p->Cell(45, 6, w($f[0] . ':'), 0, 0, 'R');
        $p->SetFont('Helvetica', '', 10.5); $p->Cell(70, 6, w('  ' . $f[1]), 0, 1, 'L');
    }
    $p->SetY(170);
    $p->SetLineWidth(0.3); $p->SetDrawColor(0); $p->Line(30, 170, 100, 170);
    $p->SetXY(30, 171); $p->SetFont('Helvetica', '', 9.5); $p->Cell(70, 5, w($c['sig'][0]), 0, 2, 'L');
    $p->Cell(70, 5, w($c['sig'][1]), 0, 1, 'L');
    $p->SetXY(115, 168); $p->SetFont('Helvetica', 'I', 8);
    $p->MultiCell(140, 4, w($c['statement']), 0, 'L');
    $p->Output('F', $out);
}

// ------------------------------------------------------------------ zl23
function zl23($c, $out) {
    $p = new Cert('P', 'mm', 'Letter');
    $p->SetAutoPageBreak(false);
    $p->AddPage();
    // poppy-like logo: orange circle with dark centre
    $p->SetFillColor(230, 120, 30); $p->Ellipse(32, 28, 11, 11, 'F');
    $p->SetFillColor(60, 30, 10); $p->Ellipse(32, 28, 3.5, 3.5, 'F');
    $p->SetXY(48, 19); $p->SetTextColor(150, 60, 0);
    $p->SetFont('Helvetica', 'B', 20); $p->Cell(0, 9, w($c['logo']), 0, 2, 'L');
    $p->SetFont('Helvetica', '', 11); $p->Cell(0, 6, w($c['org']), 0, 1, 'L');
    $p->SetTextColor(0);
    $p->SetDrawColor(150, 60, 0); $p->SetLineWidth(0.8); $p->Line(20, 45, 196, 45);
    $p->SetY(55);
    $p->C(12, $c['heading'], 'Times', 'B', 26);
    $p->C(7, $c['fmt'], 'Times', 'I', 13);
    $p->Ln(10);
    foreach ($c['fields'] as $f) {
        $y = $p->GetY();
        $p->SetX(25);
        $p->SetFont('Helvetica', 'B', 11); $p->Cell(45, 7, w($f[0] . ':'), 0, 0, 'L');
        $p->SetXY(72, $y);
        $p->SetFont('Times', '', 12.5); $p->MultiCell(118, 7, w($f[1]), 0, 'L');
        $p->SetDrawColor(200); $p->SetLineWidth(0.2); $p->Line(25, $p->GetY() + 1, 190, $p->GetY() + 1);
        $p->Ln(3);
    }
    $p->Ln(12);
    foreach ($c['statements'] as $s) {
        $p->SetX(25); $p->M(5, $s, 'Helvetica', 'I', 9, 'L', 165); $p->Ln(2);
    }
    $p->SetDrawColor(0); $p->Line(25, 235, 90, 235);
    $p->SetXY(25, 236); $p->SetFont('Helvetica', '', 9.5); $p->Cell(65, 5, w('CAMLT Continuing Education Committee'), 0, 1);
    $p->SetXY(20, 258); $p->SetFont('Helvetica', '', 7.5); $p->SetTextColor(110);
    $p->Cell(176, 4, w('CAMLT · 39656 Mission Blvd. · Fremont, CA 94539 · Distance learning courses are self-study and are completed online.'), 0, 1, 'C');
    $p->Output('F', $out);
}

// ------------------------------------------------------------------ zl32
function zl32($c, $out) {
    $p = new Cert('P', 'mm', 'Letter');
    $p->SetAutoPageBreak(false);
    $p->AddPage();
    $p->SetFillColor(20, 24, 48); $p->Rect(0, 0, 215.9, 38, 'F');
    $p->SetFillColor(212, 160, 23);
    // logo: gold triangle
    $p->Triangle(20, 30, 34, 8, 48, 30);
    $p->SetXY(55, 11); $p->SetTextColor(255);
    $p->SetFont('Helvetica', 'B', 20); $p->Cell(0, 9, w($c['org']), 0, 2, 'L');
    $p->SetFont('Helvetica', '', 12); $p->SetTextColor(212, 160, 23); $p->Cell(0, 7, w($c['sub']), 0, 1, 'L');
    $p->SetTextColor(0);
    $p->SetY(55);
    $p->SetX(22); $p->SetFont('Helvetica', 'B', 24); $p->Cell(0, 12, w($c['heading']), 0, 1, 'L');
    $p->Ln(6);
    foreach ($c['fields'] as $f) {
        $y = $p->GetY();
        $p->SetX(22);
        $p->SetFont('Helvetica', '', 9); $p->SetTextColor(100);
        $p->Cell(38, 8, w(strtoupper($f[0])), 0, 0, 'L');
        $p->SetTextColor(0);
        $p->SetXY(62, $y + 0.5);
        $p->SetFont('Helvetica', ($f[0] == 'Learner' || $f[0] == 'Course') ? 'B' : '', 12);
        $p->MultiCell(132, 7, w($f[1]), 0, 'L');
        $p->Ln(2);
    }
    $p->Ln(8);
    $p->SetX(22); $p->M(5, $c['statement'], 'Helvetica', '', 9, 'L', 172);
    $p->SetDrawColor(0); $p->Line(22, 215, 85, 215);
    $p->SetXY(22, 216); $p->SetFont('Helvetica', '', 9.5);
    $p->Cell(80, 5, w('Manager, Customer Education'), 0, 1);
    $p->SetFillColor(212, 160, 23); $p->Rect(0, 262, 215.9, 17.4, 'F');
    $p->SetXY(0, 267); $p->SetFont('Helvetica', '', 8); $p->SetTextColor(20, 24, 48);
    $p->Cell(215.9, 5, w('Aurelian Biosystems · 1200 Meridian Park Drive · Madison, WI 53719 · education@aurelian-bio.example'), 0, 1, 'C');
    $p->Output('F', $out);
}

// ------------------------------------------------------------------ zl40 (two cut-out wallet cards)
function zl40($c, $out) {
    $p = new Cert('P', 'mm', 'Letter');
    $p->SetAutoPageBreak(false);
    $p->AddPage();
    $p->SetXY(20, 18);
    $p->SetFont('Helvetica', 'B', 14); $p->Cell(0, 7, w($c['org']), 0, 2, 'L');
    $p->SetFont('Helvetica', '', 11); $p->Cell(0, 6, w($c['sub']), 0, 2, 'L');
    $p->Ln(3);
    $p->SetFont('Helvetica', 'I', 10); $p->MultiCell(170, 5, w($c['instructions']), 0, 'L');
    $cw = 88.9; $ch = 50.8;  // 3.5 x 2 in
    $ys = [60, 125];
    foreach ($c['copies'] as $i => $copy) {
        $x = 20; $y = $ys[$i];
        $p->SetDrawColor(120); $p->SetLineWidth(0.2);
        $p->Dashed($x - 6, $y, $x + $cw + 6, $y); $p->Dashed($x - 6, $y + $ch, $x + $cw + 6, $y + $ch);
        $p->Dashed($x, $y - 6, $x, $y + $ch + 6); $p->Dashed($x + $cw, $y - 6, $x + $cw, $y + $ch + 6);
        $p->SetFillColor(150, 20, 30); $p->Rect($x, $y, $cw, 9, 'F');
        $p->SetFillColor(255); $p->Ellipse($x + 5.5, $y + 4.5, 2.6, 3.2, 'F');
        $p->SetXY($x + 10, $y + 1.2); $p->SetTextColor(255);
        $p->SetFont('Helvetica', 'B', 9); $p->Cell(50, 4, w($c['heading']), 0, 2, 'L');
        $p->SetFont('Helvetica', '', 5.5); $p->Cell(50, 3, w($c['org']), 0, 0, 'L');
        $p->SetXY($x + 60, $y + 2.5); $p->SetFont('Helvetica', 'B', 5.5); $p->Cell(27, 4, w($copy), 0, 0, 'R');
        $p->SetTextColor(0);
        $yy = $y + 12;
        foreach ($c['fields'] as $f) {
            $p->SetXY($x + 3, $yy);
            $p->SetFont('Helvetica', 'B', 7); $p->Cell(15, 4.6, w($f[0] . ':'), 0, 0, 'L');
            $p->SetFont('Helvetica', '', 7); $p->Cell(68, 4.6, w($f[1]), 0, 0, 'L');
            $yy += 5;
        }
        $p->SetXY($x + 3, $y + $ch - 10); $p->SetFont('Helvetica', '', 5.2);
        $p->MultiCell($cw - 6, 2.6, w('Approved for continuing education by the Rocky Mountain Regional Blood Center, Education Department. 1 CEU = 10 contact hours.'), 0, 'L');
    }
    $p->SetXY(20, 200); $p->SetFont('Helvetica', '', 8); $p->SetTextColor(100);
    $p->Cell(0, 5, w($c['footer']), 0, 1, 'L');
    $p->Output('F', $out);
}

$data = json_decode(file_get_contents($argv[1]), true);
$fn = $data['id'];
$fn($data['c'], $argv[2]);
