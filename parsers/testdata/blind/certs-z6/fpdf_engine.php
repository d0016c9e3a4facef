<?php
// FPDF engine: interprets the block list (see engine.py) with core fonts (windows-1252)
require_once('/usr/share/php/fpdf/fpdf.php');
$j = json_decode(file_get_contents($argv[1]), true);
function t($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$pdf = new FPDF($j['orient'], 'pt', 'Letter');
$pdf->SetMargins(64, 60, 64); $pdf->SetAutoPageBreak(true, 50);
$F = $j['serif'] ? 'Times' : 'Arial'; $A = $j['align'] == 'C' ? 'C' : 'L';
$W = $pdf->GetPageWidth() - 128;
function frame($pdf, $j) { $pdf->AddPage(); if ($j['border']) { $w = $pdf->GetPageWidth(); $h = $pdf->GetPageHeight();
  $pdf->SetLineWidth(3); $pdf->Rect(26, 26, $w - 52, $h - 52); $pdf->SetLineWidth(0.8); $pdf->Rect(34, 34, $w - 68, $h - 68); $pdf->SetLineWidth(0.5); } }
frame($pdf, $j);
foreach ($j['blocks'] as $b) {
  $k = $b[0];
  if ($k == 'page') { frame($pdf, $j); }
  elseif ($k == 'h') { $pdf->SetFont($F, 'B', 26); $pdf->MultiCell(0, 32, t($b[1]), 0, $A); $pdf->Ln(4); }
  elseif ($k == 'sub') { $pdf->SetFont($F, '', 12.5); $pdf->MultiCell(0, 16, t($b[1]), 0, $A); }
  elseif ($k == 'p') { $pdf->SetFont($F, '', 11); $pdf->MultiCell(0, 14, t($b[1]), 0, $A); $pdf->Ln(3); }
  elseif ($k == 'big') { $pdf->SetFont($F, 'B', 18); $pdf->MultiCell(0, 23, t($b[1]), 0, $A); $pdf->Ln(3); }
  elseif ($k == 'fmt') { $pdf->SetFont($F, 'I', 12); $pdf->MultiCell(0, 16, t($b[1]), 0, $A); }
  elseif ($k == 'small') { $pdf->SetFont($F, '', 8); $pdf->MultiCell(0, 10, t($b[1]), 0, $A); }
  elseif ($k == 'sp') { $pdf->Ln(12); }
  elseif ($k == 'kv') { foreach ($b[1] as $r) { $pdf->SetFont($F, 'B', 10.5); $pdf->Cell(160, 15, t($r[0]), 0, 0);
      $pdf->SetFont($F, '', 10.5); $pdf->MultiCell(0, 15, t($r[1]), 0, 'L'); } $pdf->Ln(4); }
  elseif ($k == 'cols') { $n = count($b[1]); $w = $W / $n; $pdf->Ln(6);
    $pdf->SetFont($F, '', 8); foreach ($b[1] as $r) $pdf->Cell($w, 12, t(strtoupper($r[0])), 'B', 0, 'L'); $pdf->Ln(16);
    $pdf->SetFont($F, 'B', 11.5); foreach ($b[1] as $r) $pdf->Cell($w, 15, t($r[1]), 0, 0, 'L'); $pdf->Ln(22); }
  elseif ($k == 'table') { $n = count($b[1]); $w = $W / $n; $pdf->Ln(4);
    $pdf->SetFont($F, 'B', 9.5); $pdf->SetFillColor(230, 230, 230); foreach ($b[1] as $h) $pdf->Cell($w, 18, t($h), 1, 0, 'L', true); $pdf->Ln();
    $pdf->SetFont($F, '', 9.5); foreach ($b[2] as $r) { foreach ($r as $c) $pdf->Cell($w, 18, t($c), 1, 0, 'L'); $pdf->Ln(); } $pdf->Ln(8); }
  elseif ($k == 'sig') { $n = count($b[1]); $w = $W / $n; $pdf->Ln(30); $y = $pdf->GetY(); $x0 = $pdf->GetX();
    foreach ($b[1] as $i => $r) { $pdf->Line($x0 + $i * $w + 18, $y, $x0 + ($i + 1) * $w - 18, $y); }
    $pdf->SetFont($F, 'B', 10); foreach ($b[1] as $r) $pdf->Cell($w, 14, t($r[0]), 0, 0, 'C'); $pdf->Ln();
    $pdf->SetFont($F, '', 9); foreach ($b[1] as $r) $pdf->Cell($w, 12, t($r[1]), 0, 0, 'C'); $pdf->Ln(14); }
}
$pdf->Output('F', $j['out']);
