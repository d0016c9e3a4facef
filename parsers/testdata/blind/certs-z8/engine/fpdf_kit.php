<?php
// Small helper layer over FPDF (core fonts, cp1252) used by the zh15-zh19 scripts.
require_once '/usr/share/php/fpdf/fpdf.php';

function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }

class Kit extends FPDF {
    public $footerText = '';
    public $footerColor = [120, 120, 120];

    function Footer() {
        if ($this->footerText !== '') {
            $this->SetY(-13);
            $this->SetFont('Helvetica', '', 7);
            $this->SetTextColor($this->footerColor[0], $this->footerColor[1], $this->footerColor[2]);
            $this->Cell(0, 4, t($this->footerText), 0, 0, 'C');
        }
    }
    function rgb($c) { $this->SetTextColor($c[0], $c[1], $c[2]); }
    // single line of text in a box of width $w starting at x,y
    function at($x, $y, $w, $txt, $font, $style, $size, $align = 'L', $c = [0, 0, 0]) {
        $this->SetFont($font, $style, $size);
        $this->rgb($c);
        $this->SetXY($x, $y);
        $this->Cell($w, $size * 0.42, t($txt), 0, 0, $align);
    }
    // wrapped paragraph, returns the y after it
    function para($x, $y, $w, $txt, $font, $style, $size, $align = 'J', $c = [0, 0, 0], $lh = null) {
        $this->SetFont($font, $style, $size);
        $this->rgb($c);
        $this->SetXY($x, $y);
        $this->MultiCell($w, $lh ?? $size * 0.45, t($txt), 0, $align);
        return $this->GetY();
    }
    function fillRect($x, $y, $w, $h, $c) {
        $this->SetFillColor($c[0], $c[1], $c[2]);
        $this->Rect($x, $y, $w, $h, 'F');
    }
    function hline($x1, $x2, $y, $c = [0, 0, 0], $lw = 0.3) {
        $this->SetDrawColor($c[0], $c[1], $c[2]);
        $this->SetLineWidth($lw);
        $this->Line($x1, $y, $x2, $y);
    }
    function box($x, $y, $w, $h, $c = [0, 0, 0], $lw = 0.3) {
        $this->SetDrawColor($c[0], $c[1], $c[2]);
        $this->SetLineWidth($lw);
        $this->Rect($x, $y, $w, $h);
    }
    // table: $cols = [[width, align], ...], $rows = [[cell...], ...]
    function grid($x, $y, $cols, $rows, $size = 9, $h = 6.5, $headFill = null, $font = 'Helvetica', $border = 1, $boldLast = false) {
        $n = count($rows);
        foreach ($rows as $ri => $row) {
            $this->SetXY($x, $y + $ri * $h);
            $head = ($ri == 0 && $headFill !== null);
            $bold = $head || ($boldLast && $ri == $n - 1);
            $this->SetFont($font, $bold ? 'B' : '', $head ? $size - 0.5 : $size);
            $this->SetTextColor(0, 0, 0);
            if ($head) { $this->SetFillColor($headFill[0], $headFill[1], $headFill[2]); }
            foreach ($row as $ci => $cell) {
                $this->Cell($cols[$ci][0], $h, t($cell), $border, 0, $cols[$ci][1], $head);
            }
        }
        return $y + $n * $h;
    }
}
