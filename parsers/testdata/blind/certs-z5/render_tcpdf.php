<?php
// tcpdf renderer: draws pre-laid-out ops (JSON from engines.py) with embedded DejaVu Sans.
require '/usr/share/php/tcpdf/tcpdf.php';
$s = json_decode(file_get_contents($argv[1]), true);
$W = $s['W']; $H = $s['H'];
$pdf = new TCPDF($W > $H ? 'L' : 'P', 'pt', array(min($W,$H), max($W,$H)), true, 'UTF-8', false);
$pdf->setPrintHeader(false); $pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0); $pdf->SetAutoPageBreak(false, 0);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->SetTitle('Certificate of Completion');
$pdf->SetCreator('TCPDF');
$styles = array('R' => '', 'B' => 'B', 'I' => 'I');
foreach ($s['pages'] as $ops) {
  $pdf->AddPage();
  foreach ($ops as $op) {
    switch ($op[0]) {
      case 'text':
        list(, $x, $y, $t, $fk, $size) = $op;
        $pdf->SetFont('dejavusans', $styles[$fk], $size);
        if ($size < 9.5 && $fk == 'R') $pdf->SetTextColor(85); else $pdf->SetTextColor(0);
        $pdf->Text($x, $H - $y - 0.97 * $size, $t);
        break;
      case 'line':
        $pdf->SetLineStyle(array('width' => $op[5], 'color' => array(0, 0, 0)));
        $pdf->Line($op[1], $H - $op[2], $op[3], $H - $op[4]);
        break;
      case 'rect':
        $pdf->SetLineStyle(array('width' => $op[5], 'color' => array(31, 59, 99)));
        $pdf->Rect($op[1], $H - $op[2] - $op[4], $op[3], $op[4]);
        break;
      case 'seal':
        list(, $x, $y, $r, $t) = $op;
        $pdf->SetLineStyle(array('width' => 2, 'color' => array(138, 109, 29)));
        $pdf->Circle($x, $H - $y, $r);
        $pdf->SetLineStyle(array('width' => 0.7, 'color' => array(138, 109, 29)));
        $pdf->Circle($x, $H - $y, $r - 5);
        $pdf->SetFont('dejavusans', 'B', 10); $pdf->SetTextColor(138, 109, 29);
        $pdf->SetXY($x - $r, $H - $y - 7); $pdf->Cell(2 * $r, 14, $t, 0, 0, 'C');
        $pdf->SetTextColor(0);
        break;
    }
  }
}
$pdf->Output($s['out'], 'F');
