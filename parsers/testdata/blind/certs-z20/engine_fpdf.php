<?php
// FPDF renderer for the z20 certificate description (see engine.py).
require_once('/usr/share/php/fpdf/fpdf.php');
$doc = json_decode(file_get_contents($argv[1]), true);
function enc($s) { return iconv('UTF-8', 'windows-1252//TRANSLIT', $s); }
$land = (isset($doc['orient']) && $doc['orient'] == 'landscape');
$pdf = new FPDF($land ? 'L' : 'P', 'pt', 'Letter');
$pdf->SetAutoPageBreak(false);
$fam = (isset($doc['font']) && $doc['font'] == 'Times') ? 'Times' : 'Arial';
$W = $pdf->GetPageWidth(); $H = $pdf->GetPageHeight();
$border = !empty($doc['border']);
$m = $border ? 66 : 54;
$al = isset($doc['align']) ? $doc['align'] : 'center';
$A = array('center' => 'C', 'left' => 'L', 'right' => 'R');
function frame($pdf, $doc, $W, $H) {
  if (!empty($doc['border'])) {
    $pdf->SetDrawColor(20, 60, 110); $pdf->SetLineWidth(3); $pdf->Rect(24, 24, $W - 48, $H - 48);
    $pdf->SetLineWidth(0.8); $pdf->Rect(32, 32, $W - 64, $H - 64); $pdf->SetDrawColor(0);
  }
  if (!empty($doc['seal'])) {
    $pdf->SetDrawColor(170, 130, 40); $pdf->SetLineWidth(2); $pdf->Rect($W - 150, 60, 80, 80);
    $pdf->SetFont('Arial', 'B', 7); $pdf->SetXY($W - 150, 95); $pdf->Cell(80, 10, enc($doc['seal']), 0, 0, 'C'); $pdf->SetDrawColor(0);
  }
}
$pdf->AddPage(); frame($pdf, $doc, $W, $H);
$pdf->SetMargins($m, $m, $m);
$pdf->SetY($m);
$width = $W - 2 * $m;
foreach ($doc['blocks'] as $b) {
  $t = $b['t'];
  if ($t == 'p') {
    $size = isset($b['size']) ? $b['size'] : 12;
    $st = (!empty($b['b']) ? 'B' : '') . (!empty($b['i']) ? 'I' : '');
    $pdf->SetFont($fam, $st, $size);
    $a = !empty($b['al']) ? $b['al'] : $al;
    $pdf->SetX($m);
    $pdf->MultiCell($width, $size * 1.25, enc($b['text']), 0, $A[$a]);
    $pdf->Ln(isset($b['after']) ? $b['after'] : 6);
  } elseif ($t == 'kv') {
    $size = isset($b['size']) ? $b['size'] : 11; $lw = isset($b['lw']) ? $b['lw'] : 150;
    foreach ($b['rows'] as $r) {
      $y = $pdf->GetY();
      $pdf->SetFont($fam, 'B', $size); $pdf->SetXY($m, $y); $pdf->Cell($lw, $size * 1.35, enc($r[0]));
      $pdf->SetFont($fam, '', $size); $pdf->SetXY($m + $lw, $y); $pdf->MultiCell($width - $lw, $size * 1.35, enc($r[1]), 0, 'L');
      $pdf->Ln(2);
    }
    $pdf->Ln(8);
  } elseif ($t == 'cols') {
    $n = count($b['cols']); $cw = $width / $n; $size = isset($b['size']) ? $b['size'] : 12;
    $y = $pdf->GetY() + 6;
    foreach ($b['cols'] as $j => $c) {
      $pdf->SetFont($fam, 'I', 8.5); $pdf->SetXY($m + $j * $cw, $y); $pdf->Cell($cw - 10, 12, enc($c[0]), 'B');
      $pdf->SetFont($fam, '', $size); $pdf->SetXY($m + $j * $cw, $y + 15); $pdf->Cell($cw - 10, $size * 1.3, enc($c[1]));
    }
    $pdf->SetY($y + 15 + $size * 1.3 + 12);
  } elseif ($t == 'table') {
    $n = count($b['head']);
    $cws = isset($b['widths']) ? $b['widths'] : array_fill(0, $n, $width / $n);
    $tw = array_sum($cws); $tx = $m + ($width - $tw) / 2;
    $pdf->Ln(4);
    $pdf->SetFont($fam, 'B', 9.5); $pdf->SetFillColor(228, 228, 228); $pdf->SetX($tx);
    foreach ($b['head'] as $j => $c) $pdf->Cell($cws[$j], 18, enc($c), 1, 0, 'C', true);
    $pdf->Ln();
    $pdf->SetFont($fam, '', 9.5);
    foreach ($b['rows'] as $r) { $pdf->SetX($tx); foreach ($r as $j => $c) $pdf->Cell($cws[$j], 18, enc($c), 1, 0, 'C'); $pdf->Ln(); }
    $pdf->Ln(12);
  } elseif ($t == 'sig') {
    $n = count($b['sigs']); $cw = $width / $n; $y = $pdf->GetY() + 34;
    foreach ($b['sigs'] as $j => $s) {
      $cx = $m + $j * $cw;
      $pdf->SetLineWidth(0.7); $pdf->Line($cx + 15, $y, $cx + $cw - 15, $y);
      $pdf->SetFont($fam, '', 10); $pdf->SetXY($cx, $y + 3); $pdf->Cell($cw, 12, enc($s[0]), 0, 0, 'C');
      $pdf->SetFont($fam, 'I', 8.5); $pdf->SetXY($cx, $y + 15); $pdf->Cell($cw, 11, enc($s[1]), 0, 0, 'C');
    }
    $pdf->SetY($y + 36);
  } elseif ($t == 'sp') {
    $pdf->Ln(isset($b['h']) ? $b['h'] : 12);
  } elseif ($t == 'pb') {
    $pdf->AddPage(); frame($pdf, $doc, $W, $H); $pdf->SetY($m);
  }
}
$pdf->SetTitle('Certificate');
$pdf->Output('F', $argv[2]);
