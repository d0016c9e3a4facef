<?php
// fpdf renderer: draws pre-laid-out ops (JSON from engines.py) with FPDF core fonts (cp1252).
require '/usr/share/php/fpdf/fpdf.php';
$s = json_decode(file_get_contents($argv[1]), true);
$W = $s['W']; $H = $s['H'];
$pdf = new FPDF($W > $H ? 'L' : 'P', 'pt', array(min($W,$H), max($W,$H)));
$pdf->SetTitle('Certificate of Completion');
$pdf->SetCreator('FPDF');
$pdf->SetAutoPageBreak(false);
$styles = array('R' => '', 'B' => 'B', 'I' => 'I');
function enc($t) { return iconv('UTF-8', 'windows-1252', $t); }
foreach ($s['pages'] as $ops) {
  $pdf->AddPage();
  foreach ($ops as $op) {
    switch ($op[0]) {
      case 'text':
        list(, $x, $y, $t, $fk, $size) = $op;
        $pdf->SetFont('Helvetica', $styles[$fk], $size);
        if ($size < 9.5 && $fk == 'R') $pdf->SetTextColor(85); else $pdf->SetTextColor(0);
        $pdf->Text($x, $H - $y, enc($t));
        break;
      case 'line':
        $pdf->SetDrawColor(0); $pdf->SetLineWidth($op[5]);
        $pdf->Line($op[1], $H - $op[2], $op[3], $H - $op[4]);
        break;
      case 'rect':
        $pdf->SetDrawColor(31, 59, 99); $pdf->SetLineWidth($op[5]);
        $pdf->Rect($op[1], $H - $op[2] - $op[4], $op[3], $op[4]);
        $pdf->SetDrawColor(0);
        break;
    }
  }
}
$pdf->Output('F', $s['out']);
