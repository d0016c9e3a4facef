<?php
// Executes a JSON list of drawing operations with FPDF (units: mm, page: Letter).
// usage: php fpdf_runner.php ops.json out.pdf
require('/usr/share/php/fpdf/fpdf.php');

class CertPDF extends FPDF {
    function Circle($x, $y, $r, $style = 'D') {
        $this->Ellipse($x, $y, $r, $r, $style);
    }
    function Ellipse($x, $y, $rx, $ry, $style = 'D') {
        $op = ($style == 'F') ? 'f' : (($style == 'FD' || $style == 'DF') ? 'B' : 'S');
        $lx = 4 / 3 * (M_SQRT2 - 1) * $rx;
        $ly = 4 / 3 * (M_SQRT2 - 1) * $ry;
        $k = $this->k; $h = $this->h;
        $this->_out(sprintf('%.2F %.2F m %.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x + $rx) * $k, ($h - $y) * $k,
            ($x + $rx) * $k, ($h - ($y - $ly)) * $k,
            ($x + $lx) * $k, ($h - ($y - $ry)) * $k,
            $x * $k, ($h - ($y - $ry)) * $k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x - $lx) * $k, ($h - ($y - $ry)) * $k,
            ($x - $rx) * $k, ($h - ($y - $ly)) * $k,
            ($x - $rx) * $k, ($h - $y) * $k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c',
            ($x - $rx) * $k, ($h - ($y + $ly)) * $k,
            ($x - $lx) * $k, ($h - ($y + $ry)) * $k,
            $x * $k, ($h - ($y + $ry)) * $k));
        $this->_out(sprintf('%.2F %.2F %.2F %.2F %.2F %.2F c %s',
            ($x + $lx) * $k, ($h - ($y + $ry)) * $k,
            ($x + $rx) * $k, ($h - ($y + $ly)) * $k,
            ($x + $rx) * $k, ($h - $y) * $k, $op));
    }
}

function enc($s) { return iconv('UTF-8', 'windows-1252', $s); }

$ops = json_decode(file_get_contents($argv[1]), true);
$pdf = new CertPDF('P', 'mm', 'Letter');
$pdf->SetAutoPageBreak(false);
$pdf->SetMargins(0, 0, 0);
foreach ($ops as $o) {
    $c = array_shift($o);
    switch ($c) {
        case 'meta': $pdf->SetTitle(enc($o[0])); $pdf->SetAuthor(enc($o[1])); $pdf->SetCreator(enc($o[2])); break;
        case 'page': $pdf->AddPage($o[0], 'Letter'); break;
        case 'font': $pdf->SetFont($o[0], $o[1], $o[2]); break;
        case 'tc': $pdf->SetTextColor($o[0], $o[1], $o[2]); break;
        case 'dc': $pdf->SetDrawColor($o[0], $o[1], $o[2]); break;
        case 'fc': $pdf->SetFillColor($o[0], $o[1], $o[2]); break;
        case 'lw': $pdf->SetLineWidth($o[0]); break;
        case 'xy': $pdf->SetXY($o[0], $o[1]); break;
        case 'setx': $pdf->SetX($o[0]); break;
        case 'ln': $pdf->Ln($o[0]); break;
        case 'cell': $pdf->Cell($o[0], $o[1], enc($o[2]), $o[3], $o[4], $o[5], $o[6] ?? false); break;
        case 'mcell': $pdf->MultiCell($o[0], $o[1], enc($o[2]), $o[3], $o[4], $o[5] ?? false); break;
        case 'text': $pdf->Text($o[0], $o[1], enc($o[2])); break;
        case 'rect': $pdf->Rect($o[0], $o[1], $o[2], $o[3], $o[4]); break;
        case 'line': $pdf->Line($o[0], $o[1], $o[2], $o[3]); break;
        case 'circle': $pdf->Circle($o[0], $o[1], $o[2], $o[3]); break;
        default: fwrite(STDERR, "unknown op $c\n"); exit(2);
    }
}
$pdf->Output('F', $argv[2]);
