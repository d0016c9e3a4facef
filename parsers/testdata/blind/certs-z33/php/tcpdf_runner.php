<?php
// Executes a JSON list of drawing operations with TCPDF (units: mm, page: Letter, UTF-8).
// usage: php tcpdf_runner.php ops.json out.pdf
require_once('/usr/share/php/tcpdf/tcpdf.php');

$ops = json_decode(file_get_contents($argv[1]), true);
$pdf = new TCPDF('P', 'mm', 'LETTER', true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetAutoPageBreak(false, 0);
$pdf->SetMargins(0, 0, 0);
$pdf->setCellPaddings(0, 0, 0, 0);
foreach ($ops as $o) {
    $c = array_shift($o);
    switch ($c) {
        case 'meta': $pdf->SetTitle($o[0]); $pdf->SetAuthor($o[1]); $pdf->SetCreator($o[2]); break;
        case 'page': $pdf->AddPage($o[0], 'LETTER'); break;
        case 'font': $pdf->SetFont($o[0], $o[1], $o[2]); break;
        case 'spacing': $pdf->setFontSpacing($o[0]); break;
        case 'tc': $pdf->SetTextColor($o[0], $o[1], $o[2]); break;
        case 'dc': $pdf->SetDrawColor($o[0], $o[1], $o[2]); break;
        case 'fc': $pdf->SetFillColor($o[0], $o[1], $o[2]); break;
        case 'lw': $pdf->SetLineWidth($o[0]); break;
        case 'xy': $pdf->SetXY($o[0], $o[1]); break;
        case 'setx': $pdf->SetX($o[0]); break;
        case 'ln': $pdf->Ln($o[0]); break;
        case 'cell': $pdf->Cell($o[0], $o[1], $o[2], $o[3], $o[4], $o[5], $o[6] ?? false); break;
        case 'mcell': $pdf->MultiCell($o[0], $o[1], $o[2], $o[3], $o[4], $o[5] ?? false, 1); break;
        case 'html': $pdf->writeHTMLCell($o[0], $o[1], $o[2], $o[3], $o[4], 0, 1, false, true, $o[5] ?? 'L'); break;
        case 'rect': $pdf->Rect($o[0], $o[1], $o[2], $o[3], $o[4]); break;
        case 'rrect': $pdf->RoundedRect($o[0], $o[1], $o[2], $o[3], $o[4], '1111', $o[5]); break;
        case 'line': $pdf->Line($o[0], $o[1], $o[2], $o[3]); break;
        case 'circle': $pdf->Circle($o[0], $o[1], $o[2], 0, 360, $o[3]); break;
        case 'star': $pdf->StarPolygon($o[0], $o[1], $o[2], $o[3], $o[4], 0, false, $o[5]); break;
        default: fwrite(STDERR, "unknown op $c\n"); exit(2);
    }
}
$pdf->Output($argv[2], 'F');
